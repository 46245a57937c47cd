/**
 * The project configuration file (`.inspectionrc.yaml`, `.yml` or `.json`),
 * as a zod schema. Its keys are the editor's settings (`rules`, `rounding`,
 * `quantifiers`, `style`) plus `framework` (for reports that name none),
 * `ignore` (globs, relative to the file) and `extends` (other files).
 */
import { z } from 'zod';
import { QUANTIFIER_PRESETS, STYLE_PRESETS } from '../core/framework/presets.js';
import { QuantifierBandSchema } from '../core/framework/schema.js';

export const SEVERITY_OR_OFF = z.enum(['error', 'warning', 'info', 'hint', 'off']);

export const RoundingSchema = z
  .object({
    decimals: z.number().int().min(0).max(4).optional(),
    ties: z.enum(['either', 'up', 'down', 'even']).optional(),
  })
  .strict();

const presetIds = (presets: Record<string, unknown>) => Object.keys(presets) as [string, ...string[]];

/**
 * `quantifiers`: a preset name (`education-scotland`), or `{ enabled, preset, bands }` as in a
 * framework. Either turns `numbers/quantifier-mismatch` on unless `enabled: false`; explicit
 * `bands` win over a preset; with neither the framework's bands are kept.
 */
export const QuantifiersSettingSchema = z.union([
  z.enum(presetIds(QUANTIFIER_PRESETS)).describe('A published convention of quantifier words; turns numbers/quantifier-mismatch on.'),
  z
    .object({
      enabled: z.boolean().optional().describe('Check quantifier words against their figures (default true when quantifiers are set).'),
      preset: z.enum(presetIds(QUANTIFIER_PRESETS)).optional().describe('A published convention; explicit bands win over it.'),
      bands: z.array(QuantifierBandSchema.strict()).optional().describe('Quantifier words with the share they stand for, in percent (both ends inclusive).'),
    })
    .strict(),
]);

/**
 * `style`: a preset name (`ons`, `gov-uk`), or the framework's `style` keys; they override the
 * framework's style key by key, a preset first, then its explicit keys. Each key turns one
 * `style/` rule on.
 */
export const StyleSettingSchema = z.union([
  z.enum(presetIds(STYLE_PRESETS)).describe('A published house style for numbers.'),
  z
    .object({
      preset: z.enum(presetIds(STYLE_PRESETS)).optional().describe('A published house style; explicit keys override it.'),
      percent: z.enum(['symbol', 'words']).optional().describe('symbol: 45%; words: 45 per cent (style/percent).'),
      smallNumbers: z.enum(['words', 'numerals']).optional().describe('words: one to nine in words; numerals: 2 to 9 as numerals (style/small-numbers).'),
      noNumeralAtSentenceStart: z.boolean().optional().describe('A sentence does not start with a numeral (style/sentence-start-numeral).'),
      ranges: z.enum(['to']).optional().describe("Ranges are written '5 to 10', not '5-10' (style/range-to)."),
    })
    .strict(),
]);

/** One schema per top-level key, so that a bad key drops only itself. */
export const CONFIG_KEYS = {
  extends: z.union([z.string().min(1), z.array(z.string().min(1))]).describe('Other configuration files (paths relative to this one), read first; this file overrides them.'),
  rules: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id is a family and a name, like structure/missing-score'), SEVERITY_OR_OFF).describe('A severity (error, warning, info, hint) or off, per rule id (the code shown with each problem; see docs/rules/).'),
  rounding: RoundingSchema.describe("How reported percentages are rounded; overrides the framework's."),
  framework: z.string().min(1).describe('The framework of reports whose front matter names none: a built-in id (inspection-check --list-frameworks) or a path relative to this file.'),
  quantifiers: QuantifiersSettingSchema.describe("Quantifier words checked against their figures, over the framework's (numbers/quantifier-mismatch)."),
  style: StyleSettingSchema.describe("House style for numbers, over the framework's, key by key (the style/ rules)."),
  ignore: z.array(z.string().min(1)).describe('Globs, relative to this file, of reports that are not checked.'),
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export const ConfigSchema = z.object(CONFIG_KEYS).partial().strict();

export type ConfigData = z.infer<typeof ConfigSchema>;

/** The file names searched for, nearest folder first, in this order within a folder. */
export const CONFIG_FILE_NAMES = ['.inspectionrc.yaml', '.inspectionrc.yml', '.inspectionrc.json'] as const;

export const CONFIG_RULE = 'config/invalid';
