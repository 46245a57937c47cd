/**
 * The `quantifiers` and `style` keys, from editor settings or a configuration
 * file (merged the same way, editor settings over the file), to the analysis
 * options the core lays over the framework (core/framework/conventions.ts).
 * A value that does not validate is dropped here; the configuration file
 * parser reports it with its location (config/parse.ts).
 */
import type { Conventions } from '../core/framework/conventions.js';
import { QuantifiersSettingSchema, StyleSettingSchema } from './schema.js';

export function conventionsOf(raw: Record<string, unknown>): Conventions {
  const out: Conventions = {};
  const q = QuantifiersSettingSchema.safeParse(raw.quantifiers);
  if (q.success) out.quantifiers = typeof q.data === 'string' ? { preset: q.data } : q.data;
  const s = StyleSettingSchema.safeParse(raw.style);
  if (s.success) out.style = typeof s.data === 'string' ? { preset: s.data } : s.data;
  return out;
}

/**
 * A preset name written alone (`style: ons`) as the object it stands for
 * (`{ preset: ons }`), so that the editor settings merge over the file key by
 * key whichever way each is written, as `rules` and `rounding` do.
 */
export function presetsAsObjects(settings: Record<string, unknown>): Record<string, unknown> {
  let out = settings;
  for (const k of ['quantifiers', 'style'] as const) {
    if (typeof settings[k] === 'string') out = { ...out, [k]: { preset: settings[k] } };
  }
  return out;
}
