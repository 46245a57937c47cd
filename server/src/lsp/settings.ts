/**
 * The `inspectionReport` settings section, validated: anything malformed is
 * dropped rather than passed on to the analysis.
 */
import type { AnalyzeOptions, Severity } from '../core/index.js';
import { conventionsOf } from '../config/conventions.js';

export const SECTION = 'inspectionReport';

export interface Settings {
  /** ruleId -> severity or 'off'. */
  rules: Record<string, Severity | 'off'>;
  rounding?: AnalyzeOptions['rounding'];
  inlayHints: { enabled: boolean };
  /** Size and nesting limits (`inspectionReport.limits.*`, see core/limits.ts). */
  limits?: AnalyzeOptions['limits'];
  /** Folders beyond the workspace folders that framework files may be read from (`inspectionReport.security.allowReadFrom`). */
  allowReadFrom?: string[];
  /** Quantifier words and house style over the framework's (`inspectionReport.quantifiers`, `.style`; config/conventions.ts). */
  quantifiers?: AnalyzeOptions['quantifiers'];
  style?: AnalyzeOptions['style'];
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, inlayHints: { enabled: false } };

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);
const TIES = new Set(['either', 'up', 'down', 'even']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseSettings(raw: unknown): Settings {
  if (!isObject(raw)) return { ...DEFAULT_SETTINGS, rules: {} };
  const rules: Settings['rules'] = {};
  if (isObject(raw.rules)) {
    for (const [id, level] of Object.entries(raw.rules)) {
      if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as Severity | 'off';
    }
  }
  let rounding: Settings['rounding'];
  if (isObject(raw.rounding)) {
    const r: NonNullable<Settings['rounding']> = {};
    const d = raw.rounding.decimals;
    if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 4) r.decimals = d;
    const t = raw.rounding.ties;
    if (typeof t === 'string' && TIES.has(t)) r.ties = t as NonNullable<Settings['rounding']>['ties'];
    if (r.decimals !== undefined || r.ties !== undefined) rounding = r;
  }
  const hints = isObject(raw.inlayHints) ? raw.inlayHints.enabled : undefined;
  const settings: Settings = { rules, inlayHints: { enabled: hints === true } };
  if (rounding) settings.rounding = rounding;
  if (isObject(raw.limits)) {
    const limits: Record<string, number> = {};
    for (const [k, v] of Object.entries(raw.limits)) if (typeof v === 'number' && Number.isInteger(v) && v > 0) limits[k] = v;
    if (Object.keys(limits).length > 0) settings.limits = limits;
  }
  const allow = isObject(raw.security) ? raw.security.allowReadFrom : undefined;
  if (Array.isArray(allow)) {
    const dirs = allow.filter((d): d is string => typeof d === 'string' && d.length > 0);
    if (dirs.length > 0) settings.allowReadFrom = dirs;
  }
  Object.assign(settings, conventionsOf(raw));
  return settings;
}

/** The analysis options these settings ask for (without the framework reader). */
export function analyzeOptionsOf(settings: Settings): AnalyzeOptions {
  const options: AnalyzeOptions = { severities: settings.rules };
  if (settings.rounding) options.rounding = settings.rounding;
  if (settings.limits) options.limits = settings.limits;
  if (settings.quantifiers) options.quantifiers = settings.quantifiers;
  if (settings.style) options.style = settings.style;
  return options;
}
