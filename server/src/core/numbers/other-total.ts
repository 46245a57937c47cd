/**
 * The last stand-aside before a share is reported (issue 9, 'report only when no plausible reading is
 * consistent'): a share judged wrong against the total a reader chose, that another count of its own
 * sentence gives exactly, to the share's written places, with the same part ('Of the 40 boys, 12 of the
 * 30 seen by a nurse (40%) …': 12 / 40 = 30%, but 12 / 30 = 40%). The reader may have picked the wrong
 * total; the claim is listed as unresolved, naming the count that fits, and not reported.
 *
 * Only counts (the scanner's types: no years, ages, amounts, labels) larger than the part are tried, and
 * only the nearest rounding (or a tie) counts as a fit: a fit by truncation alone is a convention, not
 * another reading.
 */
import type { ClaimRecord } from './claim.js';
import { explanations } from './rounding.js';
import { tokensOf } from './scan.js';

/** Kinds of claim whose 'k' is a part and 'p' its share of 'n'. */
const SHARE_KINDS: ReadonlySet<string> = new Set(['count-percent', 'percent-count', 'count-of', 'percent-of']);

/** The count of the claim's sentence, other than its total, that its part and share fit; undefined when none does. */
export function otherTotalFits(c: ClaimRecord): number | undefined {
  if (c.verdict !== 'inconsistent' || !SHARE_KINDS.has(c.kind) || !c.sentence) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  if (!p || !k || !n || p.hedge) return undefined;
  const decimals = p.decimals ?? 0;
  for (const t of tokensOf(c.sentence.text)) {
    if (t.kind !== 'num' || t.notCount || !Number.isInteger(t.value) || t.value <= k.value || t.value === n.value) continue;
    const ex = explanations(k.value, t.value, p.value, decimals);
    if (ex.includes('nearest') || ex.includes('tie-up') || ex.includes('tie-down')) return t.value;
  }
  return undefined;
}

/** The count of the claim's sentence, other than its part, that is the share of its total; undefined when none is. */
export function otherPartFits(c: ClaimRecord): number | undefined {
  if (c.verdict !== 'inconsistent' || !SHARE_KINDS.has(c.kind) || !c.sentence) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  if (!p || !k || !n || p.hedge) return undefined;
  const decimals = p.decimals ?? 0;
  for (const t of tokensOf(c.sentence.text)) {
    if (t.kind !== 'num' || t.notCount || !Number.isInteger(t.value) || t.value >= n.value || t.value === k.value) continue;
    const ex = explanations(t.value, n.value, p.value, decimals);
    if (ex.includes('nearest') || ex.includes('tie-up') || ex.includes('tie-down')) return t.value;
  }
  return undefined;
}
