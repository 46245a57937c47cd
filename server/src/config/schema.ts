/**
 * The project configuration file (`.inspectionrc.yaml`, `.yml` or `.json`),
 * as a zod schema. Its keys are the editor's settings (`rules`, `rounding`,
 * `quantifiers`, `style`) plus `framework` (for reports that name none),
 * `ignore` (globs, relative to the file) and `extends` (other files).
 */
import { z } from 'zod';

export const SEVERITY_OR_OFF = z.enum(['error', 'warning', 'info', 'hint', 'off']);

export const RoundingSchema = z
  .object({
    decimals: z.number().int().min(0).max(4).optional(),
    ties: z.enum(['either', 'up', 'down', 'even']).optional(),
  })
  .strict();

/** One schema per top-level key, so that a bad key drops only itself. */
export const CONFIG_KEYS = {
  extends: z.union([z.string().min(1), z.array(z.string().min(1))]),
  rules: z.record(z.string(), SEVERITY_OR_OFF),
  rounding: RoundingSchema,
  framework: z.string().min(1),
  quantifiers: z.union([z.string().min(1), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
  style: z.union([z.string().min(1), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
  ignore: z.array(z.string().min(1)),
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export const ConfigSchema = z.object(CONFIG_KEYS).partial().strict();

export type ConfigData = z.infer<typeof ConfigSchema>;

/** The file names searched for, nearest folder first, in this order within a folder. */
export const CONFIG_FILE_NAMES = ['.inspectionrc.yaml', '.inspectionrc.yml', '.inspectionrc.json'] as const;

export const CONFIG_RULE = 'config/invalid';
