/**
 * Shares of one whole by bands of a measure that cover it end to end: 'Asked how long they spent out of cell,
 * 38% said less than two hours, 41% between two and six hours and 27% more than six hours' (106%). A case
 * is in one band only, so the shares cannot add up to more than 100% beyond rounding: an excess is reported.
 * A sum short of 100% may leave out those who did not answer or did not know, and is not judged.
 *
 * Read only when every share of the sentence is followed by its own band (`measure-bands.ts`: the bands
 * cover the measure with no overlap and no gap), of one unit, unhedged and not in brackets, with no second
 * whole ('of women') among the later shares and no second time ('compared with', 'last year').
 */
import { RULE, type ClaimRecord } from '../claim.js';
import { depthAt, previousShare, sharesTotal } from './common.js';
import { measureBands } from './measure-bands.js';
import type { SentenceView } from './index.js';

/** A second time or a comparison: the shares may be of two periods. */
const TIME = /\b(?:compared|previous(?:ly)?|last\s+year|the\s+year\s+before|a\s+year\s+(?:ago|earlier)|up\s+from|down\s+from|rose|fell|increased|decreased|in\s+(?:19|20)\d\d)\b/i;
/** A share of another whole after the first: '41% of women'. */
const OWN_WHOLE = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+|all\s+|those\s+)?[a-z]/i;
/** Words that say the shares overlap or leave the list open. */
const LOOSE = /\b(?:including|such\s+as|at\s+least|also|both|either|respectively|each|cumulative(?:ly)?|in\s+all)\b/i;
/** The unit after a band's last figure. */
const UNIT = /^\s*(?:and\s+a\s+half\s+)?([a-z]+)/i;

export function readMeasureBandShares(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 2 || pcts.length > 8) return [];
  if (pcts.some((t) => t.hedge || depthAt(text, t.start) > 0 || previousShare(text, t))) return [];
  if (TIME.test(text) || LOOSE.test(text.slice(pcts[0]!.start))) return [];
  if (pcts.slice(1).some((t) => OWN_WHOLE.test(text.slice(t.end, t.end + 40)))) return [];
  // Each share's segment, to the next share or the sentence's end, holds exactly one band, and the bands cover the measure.
  const region = text.slice(pcts[0]!.start);
  const from = pcts[0]!.start;
  const bands = measureBands(region);
  if (!bands || bands.length !== pcts.length) return [];
  const units = new Set<string>();
  for (const [i, b] of bands.entries()) {
    const start = from + b.start;
    const lo = pcts[i]!.end;
    const hi = pcts[i + 1]?.start ?? text.length;
    if (start < lo || start >= hi) return [];
    const unit = UNIT.exec(text.slice(from + b.end, hi))?.[1]?.toLowerCase().replace(/s$/, '');
    if (unit && /^(?:hour|day|week|month|year|minute|second|night|mile|time|session|visit)$/.test(unit)) units.add(unit);
  }
  if (units.size !== 1) return [];
  const { off, slack2, operands, expr } = sharesTotal(pcts.map((tok) => ({ tok, offset: s.offset })), s.policy);
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  if (Math.abs(off) <= slack2) return [{ kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (bands of one measure)`, verdict: 'ok', operands }];
  if (off < 0) return [{ kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (some may have given no answer: not judged)`, verdict: 'unchecked', operands }];
  return [
    {
      kind: 'shares-sum',
      span,
      arithmetic: `${expr}, more than 100% (bands of one measure that do not overlap: a case is in one of them)`,
      verdict: 'inconsistent',
      rule: RULE.partsSum,
      message: `Shares by bands of one measure cannot add up to more than 100% beyond rounding, but ${expr}`,
      operands,
    },
  ];
}
