/**
 * Section scores: a section's score is the mean of its criteria's scores.
 * `sectionMean` is pure and cheap, for hovers and charts as well as the
 * numbers/section-mean rule.
 */
import type { Report, Span } from '../model.js';
import { isClaimRecord, type ClaimRecord } from './claim.js';
import { formatScaled, roundHalfUp } from './rounding.js';

export interface SectionMean {
  sectionId: string;
  /** Criteria whose percentage scores went into the mean, in order. */
  criteria: { id: string; value: number; raw: string }[];
  /** Criteria of the section with no percentage score (the mean leaves them out). */
  missing: string[];
  /** The exact mean is `sum / (count · 10^decimals)`. */
  sum: number;
  count: number;
  /** Decimal places the scores were written with (the most any has). */
  decimals: number;
  /** The mean, rounded half up to the scores' precision. */
  rounded: number;
  /** '73.4%' — the exact mean to two more places, for display. */
  text: string;
  /** '(79 + 70 + 75 + 75 + 68) / 5 = 73.4%' */
  arithmetic: string;
}

/** The mean of a section's criterion scores, or undefined when it has none. */
export function sectionMean(report: Report, sectionId: string): SectionMean | undefined {
  const section = report.sections.find((s) => s.id === sectionId);
  const criteria = section ? section.criteria : report.criteria.filter((c) => c.sectionId === sectionId);
  const scored = criteria.filter((c) => c.score !== undefined);
  if (scored.length === 0) return undefined;
  const decimals = Math.max(...scored.map((c) => decimalsOf(c.score!.raw)));
  const S = 10 ** decimals;
  const values = scored.map((c) => Math.round(c.score!.value * S));
  const sum = values.reduce((a, b) => a + b, 0);
  const count = scored.length;
  // sum / count in units of 10^-decimals; show two more places.
  const shown = formatScaled(roundHalfUp(sum, 100 * count * S, decimals + 2), decimals + 2).replace(/0+$/, '').replace(/\.$/, '');
  const rounded = roundHalfUp(sum, 100 * count * S, decimals);
  return {
    sectionId,
    criteria: scored.map((c, i) => ({ id: c.id, value: values[i]!, raw: c.score!.raw })),
    missing: criteria.filter((c) => c.score === undefined).map((c) => c.id),
    sum,
    count,
    decimals,
    rounded,
    text: `${shown}%`,
    arithmetic: `(${scored.map((c) => c.score!.raw.replace(/%$/, '')).join(' + ')}) / ${count} = ${shown}%`,
  };
}

function decimalsOf(raw: string): number {
  const m = /\.(\d+)/.exec(raw);
  return m ? m[1]!.length : 0;
}

/** The section scores stated in the report (found by the claims extractor). */
export function statedSectionScores(report: Report): { sectionId: string; scaled: number; decimals: number; raw: string; span: Span; claim?: ClaimRecord }[] {
  const out: { sectionId: string; scaled: number; decimals: number; raw: string; span: Span; claim?: ClaimRecord }[] = [];
  for (const c of report.claims) {
    if (c.kind !== 'section-score' || !isClaimRecord(c) || !c.sectionId) continue;
    const o = c.operands[0];
    if (!o || out.some((x) => x.span.start === o.span.start)) continue;
    out.push({ sectionId: c.sectionId, scaled: o.value, decimals: o.decimals ?? 0, raw: o.raw, span: o.span, claim: c });
  }
  return out;
}

/**
 * Whether a stated section score agrees with the mean of rounded criterion
 * scores. Each criterion score is within half a unit of its true value, so
 * the true mean is within half a unit of the mean of rounded scores; the
 * stated score is within half of its own unit of the true mean. Compared in
 * integers: |stated − mean| ≤ ½·10^−dc + ½·10^−ds (whole units when the
 * policy truncates or rounds up).
 */
export function sectionScoreAgrees(mean: SectionMean, scaled: number, decimals: number, loose = false): boolean {
  const dc = mean.decimals;
  const ds = decimals;
  const lhs = Math.abs(2 * scaled * mean.count * 10 ** dc - 2 * mean.sum * 10 ** ds);
  const rhs = mean.count * (10 ** ds + 10 ** dc) * (loose ? 2 : 1);
  return lhs <= rhs;
}
