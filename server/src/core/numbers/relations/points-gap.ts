/**
 * The gap between two shares stated in points, closing their sentence (issue 9, family change): 'Sentences were
 * completed in 78% of cases with high-quality supervision and in 56% of cases where it was inadequate: a gap of 22
 * percentage points.', '… 64% of boys and 41% of girls, a difference of 23 points.'
 *
 * The gap is the difference of the two shares, whichever is larger. Each share stands for the values its rounding
 * allows (half its last unit either side; a whole unit under a report's other rounding conventions), and the gap
 * for half its own unit either side: the two are consistent when the ranges meet. Only the sentence's two
 * percentages, both unhedged, both before the gap, and nothing counted after it; a hedged gap ('a gap of nearly 20
 * points') is only confirmed.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { claimOver } from './common.js';
import { at, type SentenceView } from './index.js';

/** '…: a gap of 22 percentage points.', ', a difference of 23 points': the cue, an optional hedge, the amount in points. */
const GAP = /(?:^|[,:;\u2013\u2014]\s*|\s-\s*)(?:(?:this\s+is|this\s+was|that\s+is|giving|making|leaving)\s+)?(?:a|the)\s+(?:gap|difference)\s+of\s+(?:(about|around|nearly|almost|roughly|some|approximately|over|more\s+than|just\s+over|just\s+under|under|less\s+than)\s+)?$/i;
const POINTS_AFTER = /^[\s-]*(?:percentage[\s-]+points?|points?|pp)\b\s*(?:[.;]\s*$|$)/i;

export function readPointsGap(s: SentenceView): ClaimRecord[] {
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length !== 2) return [];
  const [a, b] = pcts as [Tok, Tok];
  if (a.hedge || b.hedge) return [];
  // The amount: the first plain number after the second share, with 'points' after it, closing the sentence.
  const d = s.toks.find((t) => t.start > b.end && t.kind === 'num');
  if (!d || s.toks.some((t) => t.start > b.end && t !== d && !t.notCount)) return [];
  const cue = GAP.exec(s.text.slice(Math.max(b.end, d.start - 60), d.start));
  if (!cue || !POINTS_AFTER.test(s.text.slice(d.end, d.end + 30))) return [];
  // Between the second share and the cue: its own clause, no other figure.
  if (s.toks.some((t) => t.start > b.end && t.end <= d.start && !t.notCount)) return [];
  const unit = (t: Tok) => 10 ** -t.decimals;
  const slack = (t: Tok) => (s.policy.mode === 'nearest' ? unit(t) / 2 : unit(t));
  // (A percentage token's value is scaled by its decimals: 64.2% is 642.)
  const pv = (t: Tok) => t.value / 10 ** t.decimals;
  const diff = Math.abs(pv(a) - pv(b));
  const lo = Math.max(0, diff - slack(a) - slack(b));
  const hi = diff + slack(a) + slack(b);
  const dPlaces = /\.(\d+)$/.exec(d.raw)?.[1]?.length ?? 0;
  const dLo = d.value - 10 ** -dPlaces / 2;
  const dHi = d.value + 10 ** -dPlaces / 2;
  const hedge = cue[1];
  const eps = 1e-9;
  const fits = hedge ? true : hi + eps >= dLo && lo - eps <= dHi;
  const meets = hi + eps >= dLo && lo - eps <= dHi;
  if (hedge && !meets) return [];
  const op = (t: Tok, role: Operand['role']): Operand => ({ role, value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) });
  const operands = [op(a, 'p'), op(b, 'p'), { ...op(d, 'c'), decimals: dPlaces }];
  const show = (x: number) => String(Math.round(x * 100) / 100);
  const expr = `|${a.raw} − ${b.raw}| = ${show(diff)} points`;
  if (fits) return [claimOver('change', RULE.changeMismatch, operands, 'ok', `${expr} ≈ ${d.raw} ✓`)];
  return [claimOver('change', RULE.changeMismatch, operands, 'inconsistent', `${expr} (${show(lo)}–${show(hi)} as rounded), not ${d.raw}`, `The gap does not match its figures: ${a.raw} and ${b.raw} are ${show(diff)} points apart, not ${d.raw}`)];
}
