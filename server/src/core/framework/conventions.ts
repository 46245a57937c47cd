/**
 * Quantifier words and house style given by settings or a configuration file
 * (`quantifiers`, `style`), laid over the report's framework. Pure: the
 * framework is copied with its `quantifiers` and `style` replaced, so every
 * check and the numbers extractor read them where they read the framework's.
 */
import { Framework } from './framework.js';
import { QUANTIFIER_PRESETS, STYLE_PRESETS, type StyleSettings } from './presets.js';

/** What a setting says about quantifier words (already validated). */
export interface QuantifierConvention {
  /** Default true: naming quantifiers in a setting turns `numbers/quantifier-mismatch` on. */
  enabled?: boolean;
  /** A published convention (`education-scotland`); explicit `bands` win over it. */
  preset?: string;
  bands?: { phrase: string; min: number; max: number }[];
}

/** What a setting says about house style (already validated): a preset name, or keys over a preset. */
export interface StyleConvention extends StyleSettings {
  preset?: string;
}

export interface Conventions {
  quantifiers?: QuantifierConvention;
  style?: StyleConvention;
}

type FrameworkQuantifiers = NonNullable<Framework['data']['quantifiers']>;

/** The framework's quantifiers with the setting's over them. */
export function quantifiersOver(own: Framework['data']['quantifiers'], setting: QuantifierConvention): FrameworkQuantifiers {
  const preset = setting.preset !== undefined && Object.hasOwn(QUANTIFIER_PRESETS, setting.preset) ? QUANTIFIER_PRESETS[setting.preset] : undefined;
  const bands = setting.bands?.length ? setting.bands : preset ? preset.bands : (own?.bands ?? []);
  const out: FrameworkQuantifiers = { enabled: setting.enabled ?? true, bands: bands.map((b) => ({ ...b })) };
  const presetId = setting.preset ?? own?.preset;
  if (presetId !== undefined) out.preset = presetId;
  return out;
}

/** The framework's style with the setting's over it, key by key (a preset first, then its explicit keys). */
export function styleOver(own: StyleSettings | undefined, setting: StyleConvention): StyleSettings {
  const preset = setting.preset !== undefined && Object.hasOwn(STYLE_PRESETS, setting.preset) ? STYLE_PRESETS[setting.preset]!.style : {};
  const explicit: StyleSettings = {};
  for (const k of ['percent', 'smallNumbers', 'noNumeralAtSentenceStart', 'ranges'] as const) {
    if (setting[k] !== undefined) (explicit as Record<string, unknown>)[k] = setting[k];
  }
  return { ...(own ?? {}), ...preset, ...explicit };
}

const derived = new WeakMap<Framework, Map<string, Framework>>();

/** A stable key of the conventions ('' when there are none), for caches of parsed blocks. */
export function conventionsKey(c: Conventions): string {
  if (c.quantifiers === undefined && c.style === undefined) return '';
  return JSON.stringify([c.quantifiers ?? null, c.style ?? null]);
}

/** The framework as the conventions change it (the same object when there are none); cached per framework. */
export function withConventions(framework: Framework, c: Conventions): Framework {
  const key = conventionsKey(c);
  if (key === '') return framework;
  let byKey = derived.get(framework);
  if (!byKey) derived.set(framework, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const data = { ...framework.data };
  if (c.quantifiers) data.quantifiers = quantifiersOver(framework.data.quantifiers, c.quantifiers);
  if (c.style) data.style = styleOver(framework.data.style as StyleSettings | undefined, c.style) as typeof data.style;
  const out = new Framework(data);
  byKey.set(key, out);
  return out;
}
