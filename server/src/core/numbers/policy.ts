/**
 * The rounding policy a report is checked against: the framework's
 * `rounding`, then the report's front matter (`rounding:`, `decimals:`), then
 * the caller's override (AnalyzeOptions.rounding), each later one winning.
 */
import type { Framework } from '../framework/framework.js';
import type { ExtractorContext } from '../parse/block.js';
import { DEFAULT_POLICY, type RoundingMode, type RoundingPolicy, type Ties } from './rounding.js';
import type { HedgeKind } from './words.js';

/**
 * How far a hedge reaches from the figure it qualifies, as writers of
 * inspection reports use them. The one place these tolerances are stated;
 * `interval.ts` (shares), `relations/common.ts` (stated figures) and
 * `words.ts` (plain intervals) read it.
 *
 * - `points`: percentage points from the target (a share in percent);
 * - `cases`: for a group of n, at least this many cases (`cases × 100 / n`
 *   points), so the reach grows for small groups: 'nearly half' of 29 may be
 *   13 (44.8%), 'just over half' of 3 may be 2. A reach below the target
 *   never reaches none: 'nearly half' of 2 is not 0 (`interval.ts`).
 *
 * 'Just over/under', 'slightly', 'a little' are narrow and one-sided;
 * 'nearly', 'almost', 'not quite' are below the target, a little further;
 * 'around', 'about', 'some', 'approximately' reach either side. 'Over',
 * 'more than', 'fewer than', 'at least', 'up to' are open on one side and
 * have no reach.
 */
export const HEDGE_REACH: Readonly<Record<'justAbove' | 'justBelow' | 'nearly' | 'around', { points: number; cases: number }>> = {
  justAbove: { points: 6, cases: 0.5 },
  justBelow: { points: 6, cases: 0.5 },
  nearly: { points: 7.5, cases: 1 },
  around: { points: 5, cases: 1 },
};

/**
 * The least reach, in points, of 'about', 'around' or 'some' before a written percentage ('about 27%' of the
 * 340 is 25.5% to 28.5%). A percentage written to the five or the ten reaches half of that place ('about 25%'
 * 2.5 points, 'about 30%' 5, as 'about a quarter' does); none reaches further than `HEDGE_REACH.around`.
 */
export const HEDGED_PERCENT_MIN_REACH = 1.5;

/**
 * How far an unhedged fraction of a change or comparison may stray from its value, in percentage
 * points: 'went up by a quarter' fits 20% to 30%, 'a third fewer' 28.3% to 38.3%.
 */
export const FRACTION_REACH_POINTS = 5;

/**
 * How far a hedge on a count reaches ('nearly 200', 'about 40', 'just over 70'): a tenth of the figure,
 * and at least one case. 'over 70 of the 90' reaches the whole; 'fewer than 20', down to none.
 */
export const COUNT_HEDGE_REACH = { fraction: { num: 1, den: 10 }, cases: 1 } as const;

/** The reach of a hedge, in percentage points, for a group of `n` (when known): `num / den`. */
export function hedgeReach(kind: HedgeKind, n?: number): { num: number; den: number } {
  const reach = kind === 'justAbove' || kind === 'justBelow' || kind === 'nearly' || kind === 'around' ? HEDGE_REACH[kind] : HEDGE_REACH.around;
  // points vs cases·100/n, compared exactly: points·n against cases·100 (both scaled by 2 to keep halves whole).
  if (n && n > 0 && reach.cases * 100 > reach.points * n) return { num: reach.cases * 200, den: 2 * n };
  return { num: reach.points * 2, den: 2 };
}

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
