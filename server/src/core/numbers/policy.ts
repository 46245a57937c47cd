/**
 * The rounding policy a report is checked against: the framework's
 * `rounding`, then the report's front matter (`rounding:`, `decimals:`), then
 * the caller's override (AnalyzeOptions.rounding), each later one winning.
 */
import type { Framework } from '../framework/framework.js';
import type { ExtractorContext } from '../parse/block.js';
import { DEFAULT_POLICY, type RoundingMode, type RoundingPolicy, type Ties } from './rounding.js';

/** Front matter `rounding:` values and what they mean. */
export const ROUNDING_WORDS: Record<string, { mode: RoundingMode; ties?: Ties }> = {
  nearest: { mode: 'nearest', ties: 'either' },
  'half-up': { mode: 'nearest', ties: 'up' },
  'half-down': { mode: 'nearest', ties: 'down' },
  'half-even': { mode: 'nearest', ties: 'even' },
  truncate: { mode: 'truncate' },
  down: { mode: 'truncate' },
  ceiling: { mode: 'ceiling' },
  up: { mode: 'ceiling' },
  any: { mode: 'any' },
};

export function roundingWord(value: string | undefined): { mode: RoundingMode; ties?: Ties } | undefined {
  if (value === undefined) return undefined;
  return ROUNDING_WORDS[value.trim().toLowerCase()];
}

export function decimalsValue(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d\s*$/.test(value)) return undefined;
  const d = Number(value);
  return d >= 0 && d <= 4 ? d : undefined;
}

export function resolvePolicy(framework: Framework | undefined, context: ExtractorContext = {}): RoundingPolicy {
  const policy: RoundingPolicy = { ...DEFAULT_POLICY };
  const fw = framework?.data.rounding;
  if (fw) {
    policy.decimals = fw.decimals;
    policy.ties = fw.ties;
  }
  const fm = context.frontMatter;
  const word = roundingWord(fm?.rounding);
  if (word) {
    policy.mode = word.mode;
    if (word.ties) policy.ties = word.ties;
  }
  const d = decimalsValue(fm?.decimals);
  if (d !== undefined) policy.decimals = d;
  const o = context.rounding;
  if (o?.decimals !== undefined && Number.isInteger(o.decimals) && o.decimals >= 0 && o.decimals <= 4) policy.decimals = o.decimals;
  if (o?.ties) policy.ties = o.ties;
  return policy;
}

export function describePolicy(p: RoundingPolicy): string {
  const mode =
    p.mode === 'nearest'
      ? p.ties === 'either'
        ? 'rounded to nearest'
        : `rounded to nearest, halves ${p.ties === 'even' ? 'to even' : p.ties}`
      : p.mode === 'truncate'
        ? 'truncated'
        : p.mode === 'ceiling'
          ? 'rounded up'
          : 'rounded any way';
  return p.decimals > 0 ? `${mode} to ${p.decimals} decimal place${p.decimals === 1 ? '' : 's'}` : mode;
}
