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
import type { ClaimRecord, Operand } from './claim.js';
import { explanations } from './rounding.js';
import { tokensOf } from './scan.js';

/** Kinds of claim whose 'k' is a part and 'p' its share of 'n'. */
const SHARE_KINDS: ReadonlySet<string> = new Set(['count-percent', 'percent-count', 'count-of', 'percent-of']);

/** The part, share and total of a share judged wrong, with its sentence's tokens; undefined for any other claim. */
function wrongShare(c: ClaimRecord) {
  if (c.verdict !== 'inconsistent' || !SHARE_KINDS.has(c.kind) || !c.sentence) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  if (!p || !k || !n || p.hedge) return undefined;
  // Counts only (the scanner's types), in whole numbers.
  const counts = tokensOf(c.sentence.text).filter((t) => t.kind === 'num' && !t.notCount && Number.isInteger(t.value));
  return { p, k, n, counts };
}

/** Whether x / y gives the share to its written places by the nearest rounding (or a tie). */
function fits(x: number, y: number, p: Operand): boolean {
  const ex = explanations(x, y, p.value, p.decimals ?? 0);
  return ex.includes('nearest') || ex.includes('tie-up') || ex.includes('tie-down');
}

/** The count of the claim's sentence, other than its total, that its part and share fit; undefined when none does. */
export function otherTotalFits(c: ClaimRecord): number | undefined {
  const w = wrongShare(c);
  return w?.counts.find((t) => t.value > w.k.value && t.value !== w.n.value && fits(w.k.value, t.value, w.p))?.value;
}

/** The count of the claim's sentence, other than its part, that is the share of its total; undefined when none is. */
export function otherPartFits(c: ClaimRecord): number | undefined {
  const w = wrongShare(c);
  return w?.counts.find((t) => t.value < w.n.value && t.value !== w.k.value && fits(t.value, w.n.value, w.p))?.value;
}

/** Kinds of claim whose parts ('k', and a rest 'c') make a whole 'n'. */
const PART_KINDS: ReadonlySet<string> = new Set(['remainder', 'parts-sum']);

/**
 * Claims of parts judged wrong against the whole a reader chose, when another claim confirms the same parts
 * (each of them, and perhaps more) making another whole: 'The plan had 14 actions. Nine had been completed.
 * Three were in progress and the remaining two had not been started.' read as 3 + 2 of the nine is wrong,
 * but 9 + 3 + 2 = 14 holds. The first reading is listed as unresolved, naming the whole that fits.
 */
export function otherWholeFits(claims: readonly ClaimRecord[], key: (o: Operand) => string): Map<ClaimRecord, number> {
  const out = new Map<ClaimRecord, number>();
  const ok = claims.filter((c) => c.verdict === 'ok' && PART_KINDS.has(c.kind));
  if (ok.length === 0) return out;
  for (const c of claims) {
    if (c.verdict !== 'inconsistent' || !PART_KINDS.has(c.kind)) continue;
    const n = c.operands.find((o) => o.role === 'n');
    const parts = c.operands.filter((o) => o.role === 'k' || o.role === 'c');
    if (!n || parts.length === 0) continue;
    const other = ok.find((x) => {
      const xn = x.operands.find((o) => o.role === 'n');
      if (!xn || key(xn) === key(n)) return false;
      const xs = new Set(x.operands.filter((o) => o.role !== 'n').map(key));
      return parts.every((o) => xs.has(key(o)));
    });
    if (other) out.set(c, other.operands.find((o) => o.role === 'n')!.value);
  }
  return out;
}
