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
function wrongShare(c: ClaimRecord, sentence = c.sentence) {
  if (c.verdict !== 'inconsistent' || !SHARE_KINDS.has(c.kind) || !sentence) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  if (!p || !k || !n || p.hedge) return undefined;
  // Counts only (the scanner's types), in whole numbers.
  const counts = tokensOf(sentence.text).filter((t) => t.kind === 'num' && !t.notCount && Number.isInteger(t.value));
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
  return w?.counts.find((t) => t.value > w.k.value && t.value !== w.n.value && fits(w.k.value, t.value, w.p) && !laterPairWhole(c, w, t))?.value;
}

/**
 * '9 of the 42 court cases (32%) and 3 of the 28 out-of-court cases (11%)': a count after the share that is the
 * whole of a pair of its own ('3 of the 28') is no total of the share of a written pair before it (9 / 28 = 32% by
 * chance).
 */
function laterPairWhole(c: ClaimRecord, w: NonNullable<ReturnType<typeof wrongShare>>, t: { start: number; end: number }): boolean {
  const sentence = c.sentence;
  if (!sentence) return false;
  const base = sentence.span.start;
  const text = sentence.text;
  if (t.start < w.p.span.end - base || w.k.span.end > w.n.span.start || w.n.span.end > w.p.span.start) return false;
  if (!PAIR_BETWEEN.test(text.slice(w.k.span.end - base, w.n.span.start - base))) return false;
  const before = w.counts.filter((x) => x.end <= t.start && x.start >= w.p.span.end - base).pop();
  return before !== undefined && PAIR_BETWEEN.test(text.slice(before.end, t.start));
}

/** The count of the claim's sentence, other than its part, that is the share of its total; undefined when none is. */
export function otherPartFits(c: ClaimRecord): number | undefined {
  const w = wrongShare(c);
  return w?.counts.find((t) => t.value < w.n.value && t.value !== w.k.value && fits(t.value, w.n.value, w.p))?.value;
}

/** Between the two counts of a written pair: '21 of the 86', '9 out of 12'. */
const PAIR_BETWEEN = /^\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+)?$/i;

/**
 * Another written pair of the claim's sentence, before its share, that gives the share ('21 of the 86 children
 * … were in the care of one of the two councils (24%)': 1 / 2 is not 24%, but 21 / 86 is); undefined when none does.
 */
export function otherPairFits(c: ClaimRecord): string | undefined {
  const w = wrongShare(c);
  if (!w || !c.sentence) return undefined;
  const text = c.sentence.text;
  const pAt = w.p.span.start - c.sentence.span.start;
  for (let i = 0; i + 1 < w.counts.length; i++) {
    const a = w.counts[i]!;
    const b = w.counts[i + 1]!;
    if (b.end > pAt || a.value >= b.value || !PAIR_BETWEEN.test(text.slice(a.end, b.start))) continue;
    if (a.value === w.k.value && b.value === w.n.value) continue;
    if (fits(a.value, b.value, w.p)) return `${a.raw} of ${b.raw}`;
  }
  return undefined;
}

/**
 * The rest of the claim's total, when the share is of the rest and is not bracketed to the pair ('37 of the 41
 * posts were filled, a vacancy rate of 10%': 4 / 41 = 10%); undefined otherwise. A bracketed share belongs to
 * the pair it follows ('12 of the 36 (67%)' is reported: the writer gave the rest's share to the part), and so
 * does a share set beside it ('18 files, 55% of those we read').
 * `sentence`: the claim's, or, for a reader's claim that keeps none, the sentence of another claim that holds it.
 */
export function restFits(c: ClaimRecord, sentence = c.sentence): number | undefined {
  const w = wrongShare(c, sentence);
  if (!w || !sentence) return undefined;
  const text = sentence.text;
  const at = w.p.span.start - sentence.span.start;
  const end = w.p.span.end - sentence.span.start;
  if (at < 0 || end > text.length) return undefined;
  const bracketed = /\(\s*(?:[\w'’-]+\s+){0,3}$/.test(text.slice(Math.max(0, at - 40), at)) && /^[^()]{0,40}\)/.test(text.slice(end));
  // A share set beside the pair ('18 files, 55% of those we read') is the pair's too.
  const last = Math.max(w.k.span.end, w.n.span.end) - sentence.span.start;
  const apposed = last >= 0 && last <= at && /^\s*(?:[A-Za-z'’-]+\s+){0,2}?[A-Za-z'’-]*\s*[,–—-]\s*(?:or\s+|that\s+is\s+|some\s+)?$/.test(text.slice(last, at));
  const rest = w.n.value - w.k.value;
  return !bracketed && !apposed && rest > 0 && fits(rest, w.n.value, w.p) ? rest : undefined;
}

/** A part of a list named, not counted: ', Avon was judged …', 'Kent had …'. A name inside the sentence is one member. */
const NAMED_MEMBER = /(?:^|[,;]|\band)\s+(?:the\s+)?[A-Z][a-z'’-]+(?:\s+(?:and\s+)?[A-Z][a-z'’-]+)*\s+(?:was|is|had|has|got|received)\b/g;

/**
 * The members named in a list of parts rather than counted, when the claim's rest (or its sum of parts) is
 * short of the whole by exactly their number ('Of the 14 services, Avon was judged inadequate, eight were told
 * to improve and the remaining five were good': 1 + 8 + 5 = 14); undefined otherwise.
 */
export function namedMembersFit(c: ClaimRecord, sentence = c.sentence): string[] | undefined {
  if (c.verdict !== 'inconsistent' || (c.kind !== 'complement' && c.kind !== 'remainder' && c.kind !== 'parts-sum') || !sentence) return undefined;
  const n = c.operands.find((o) => o.role === 'n');
  const parts = c.operands.filter((o) => o.role === 'k' || o.role === 'c');
  if (!n || parts.length === 0 || c.operands.some((o) => o.role === 'p' || o.role === 'f')) return undefined;
  const short = n.value - parts.reduce((a, o) => a + o.value, 0);
  if (short <= 0) return undefined;
  const from = n.span.end - sentence.span.start;
  const to = Math.max(...parts.map((o) => o.span.start)) - sentence.span.start;
  if (from < 0 || to <= from) return undefined;
  const names = [...sentence.text.slice(from, to).matchAll(NAMED_MEMBER)].map((m) => m[0].replace(/^[,;\s]*(?:and\s+)?(?:the\s+)?/, '').replace(/\s+\S+$/, ''));
  return names.length === short ? names : undefined;
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
    // (A complement, 'Three of them …, and the remaining four', read against a whole before the one group the remainder
    // reader took: 'seven had been achieved. Three of them … the remaining four' is 3 + 4 = 7 there.)
    if (c.verdict !== 'inconsistent' || !(PART_KINDS.has(c.kind) || c.kind === 'complement')) continue;
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
