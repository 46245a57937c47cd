/**
 * Registers the numbers extractor: every parsed block gets its numeric
 * claims in `block.extras.claims`, which assembly gathers into `report.claims`.
 *
 * The claims of the extractor (`extract.ts`) and of the relation readers
 * (`relations/`) are merged here, under two rules:
 * - a claim the extractor left unchecked is dropped when readers judged all
 *   of its figures, so that one figure is not counted as both checked and
 *   unresolved;
 * - one sum is judged once: when two judged claims add up the same figures
 *   (a list read both as parts of a whole, `parts-sum`, and as parts with a
 *   named rest, `remainder`; or one reading's figures all within the
 *   other's), only the more specific one is kept (the one that names the
 *   wrong figure and its fix, else the one that names a rest, else the one
 *   with more figures), so one wrong figure gives one finding and the claims
 *   table lists the sum once.
 * Then one finding per wrong figure: a reported claim whose figures another
 * reported claim holds, or that the other's fix makes right, reports nothing
 * of its own (`sameFindings`; it stays in the claims, judged).
 * (A reader's 'inconsistent' does not stand aside for an extractor's
 * consistent reading of the same percentage: measured on the corpus, the
 * extractor's reading is then the misreading, and no false alarm was saved.)
 */
import { registerBlockExtractor } from '../parse/block.js';
import type { ClaimRecord, Operand } from './claim.js';
import { extractClaims } from './extract.js';
import { readRelations } from './relations/index.js';
import { withTokenMemo } from './scan.js';
import { namedMembersFit, otherPairFits, otherPartFits, restFits, otherTotalFits, otherWholeFits } from './other-total.js';
import { judgeCandidatePairs } from './candidate-pairs.js';
import { resolvePolicy } from './policy.js';

const key = (o: Operand) => `${o.span.start}:${o.span.end}`;

/** Claims that assert a sum of parts; two of them over the same figures assert the same thing. */
const SUM_KINDS: ReadonlySet<string> = new Set(['parts-sum', 'remainder', 'shares-sum']);

const judged = (c: ClaimRecord) => c.verdict !== 'unchecked';
const good = (c: ClaimRecord) => c.verdict === 'ok';

/** How specific a sum claim is: a fix for the wrong figure, then a named rest, then more figures. */
function specificity(c: ClaimRecord): number {
  return (c.replacement ? 1000 : 0) + (c.operands.some((o) => o.role === 'c') ? 100 : 0) + c.operands.length;
}

/** Whether every figure of `a` is a figure of `b`. */
function within(a: ClaimRecord, b: ClaimRecord): boolean {
  const keys = new Set(b.operands.map(key));
  return a.operands.every((o) => keys.has(key(o)));
}

/**
 * Sum claims that another judged sum claim of the same verdict (right or
 * wrong) already states, less specifically. Quadratic only in the number of
 * sum claims of one block, which is small.
 */
function restatedSums(claims: readonly ClaimRecord[]): Set<ClaimRecord> {
  const sums = claims.filter((c) => SUM_KINDS.has(c.kind) && judged(c) && c.operands.length > 0);
  const drop = new Set<ClaimRecord>();
  for (const a of sums) {
    for (const b of sums) {
      if (a === b || drop.has(b) || good(a) !== good(b)) continue;
      if (!within(a, b) && !within(b, a)) continue;
      // Keep the more specific of the two (on a tie, the earlier one).
      const sa = specificity(a);
      const sb = specificity(b);
      if (sa < sb || (sa === sb && sums.indexOf(a) > sums.indexOf(b))) {
        drop.add(a);
        break;
      }
    }
  }
  return drop;
}

/** A claim that gives a finding: judged wrong (or against the rounding convention), with its rule. */
const reported = (c: ClaimRecord) => !!c.rule && c.verdict !== 'ok' && c.verdict !== 'unchecked' && c.operands.length > 0;
const touches = (a: Operand, b: Operand) => a.span.start < b.span.end && b.span.start < a.span.end;
/** Every figure of `a` is (or lies inside) a figure of `b`: 'one in five' read as a fraction holds the 'one' and 'five' of a count pair. */
const covered = (a: ClaimRecord, b: ClaimRecord) => a.operands.every((o) => b.operands.some((x) => touches(o, x)));
const rank = (c: ClaimRecord) => (c.verdict === 'inconsistent' ? 10 : 0) + (c.replacement ? 1 : 0);

/** The percentage a replacement writes ('65%', '65 per cent'), if it is one. */
function replacedShare(c: ClaimRecord): { at: number; value: number } | undefined {
  const m = c.replacement && /^\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s*$/i.exec(c.replacement.newText);
  return m ? { at: c.replacement!.span.start, value: Number(m[1]) } : undefined;
}

/**
 * Reported claims that describe the same wrong figure as another reported
 * claim, so that one wrong figure gives one finding (the claim stays, judged,
 * without a report of its own):
 * - the figures of one are all figures of the other (the same reading twice,
 *   or a share's GRIM impossibility, 'P% of 30', beside its mismatch with the
 *   count, 'k (P%) of 30'): the one with more figures is kept; when each
 *   holds the other's ('Nearly one in five (26%)' read as a fraction and as
 *   the pair 1 of 5), the one with fewer figures, which reads the phrase as
 *   written; then the wrong one over one against the convention, then the
 *   one with a fix;
 * - the fix of one makes the other right: 'almost two thirds, or 69%' of
 *   31 of 48 is reported as 69% for 65%, and 65% is almost two thirds, so the
 *   fraction's mismatch with 69% is the same finding;
 * - a pair of figures each of which another reported claim already reports.
 * Quadratic in the reported claims of one block, which are few.
 */
function sameFindings(claims: readonly ClaimRecord[]): Map<ClaimRecord, ClaimRecord> {
  const wrong = claims.filter(reported);
  const drop = new Map<ClaimRecord, ClaimRecord>();
  if (wrong.length < 2) return drop;
  for (const a of wrong) {
    for (const b of wrong) {
      if (a === b || drop.has(b) || drop.has(a)) continue;
      const ab = covered(a, b);
      const ba = covered(b, a);
      if (ab && !ba) {
        drop.set(a, b);
        continue;
      }
      if (ab && ba) {
        const order = a.operands.length - b.operands.length || rank(b) - rank(a) || wrong.indexOf(a) - wrong.indexOf(b);
        if (order > 0 || (order === 0 && wrong.indexOf(a) > wrong.indexOf(b))) drop.set(a, b);
        continue;
      }
      // The fix of b, on a share that is one of a's figures, lies in the share a's words assert,
      // or brings a's shares of one whole to 100% (each within half of its last place).
      const fix = replacedShare(b);
      if (!fix || !a.operands.some((o) => o.role === 'p' && o.span.start === fix.at)) continue;
      if (a.kind === 'shares-sum' && a.operands.every((o) => o.role === 'p')) {
        const shares = a.operands.map((o) => (o.span.start === fix.at ? fix.value : o.value / 10 ** (o.decimals ?? 0)));
        const slack = a.operands.reduce((x, o) => x + 0.5 / 10 ** (o.span.start === fix.at ? 0 : (o.decimals ?? 0)), 0);
        if (Math.abs(shares.reduce((x, v) => x + v, 0) - 100) <= slack + 1e-9) drop.set(a, b);
        continue;
      }
      const iv = a.interval;
      if (!iv) continue;
      const inLo = iv.loOpen ? fix.value > iv.lo : fix.value >= iv.lo;
      const inHi = iv.hiOpen ? fix.value < iv.hi : fix.value <= iv.hi;
      if (inLo && inHi) drop.set(a, b);
    }
  }
  // A pair ('just over half, or 80%') whose two figures are each reported by another claim
  // ('just over half' against 27 of 40, '80%' against 27 of 40) says nothing those two do not.
  for (const a of wrong) {
    if (drop.has(a) || a.operands.length !== 2 || a.replacement) continue;
    const others = wrong.filter((b) => b !== a && !drop.has(b));
    const by = a.operands.map((o) => others.find((b) => b.operands.some((x) => touches(o, x))));
    if (by.every((b) => b)) drop.set(a, by[0]!);
  }
  return drop;
}

/**
 * A share judged wrong against one total that another claim judges right against another, on the same part
 * and share ('made 3,200 investigations …, recommending remedies in 1,280 (40%)': 1,280 of 3,200 is 40%, of
 * the 15,800 complaints received 8%): two readings of the total disagree, so the wrong one is not reported.
 */
function disagreeingTotals(claims: readonly ClaimRecord[]): Set<ClaimRecord> {
  const roleKey = (c: ClaimRecord, role: string) => {
    const o = c.operands.find((x) => x.role === role);
    return o ? key(o) : undefined;
  };
  const okTotals = new Map<string, Set<string>>();
  for (const c of claims) {
    if (!good(c)) continue;
    const p = roleKey(c, 'p');
    const k = roleKey(c, 'k');
    const n = roleKey(c, 'n');
    if (p && k && n) {
      const at = `${p}|${k}`;
      if (!okTotals.has(at)) okTotals.set(at, new Set());
      okTotals.get(at)!.add(n);
    }
  }
  const out = new Set<ClaimRecord>();
  if (okTotals.size === 0) return out;
  for (const c of claims) {
    if (c.verdict !== 'inconsistent') continue;
    const p = roleKey(c, 'p');
    const k = roleKey(c, 'k');
    const n = roleKey(c, 'n');
    const oks = p && k ? okTotals.get(`${p}|${k}`) : undefined;
    if (n && oks && !oks.has(n)) out.add(c);
  }
  return out;
}

/**
 * A share judged wrong with one count as its part that another claim judges right with another count: two
 * readings of which count the share belongs to disagree ('In 28 of them, one had been completed (70%)': the
 * 70% is 28 of 40, and 'one' is a pronoun, not the count 1), so the wrong one is not reported.
 */
function disagreeingParts(all: readonly ClaimRecord[]): Set<ClaimRecord> {
  // Shares of a part in a total only: in a change, 'k' is the new level and 'p' the change.
  const claims = all.filter((c) => SHARE_KINDS.has(c.kind));
  const okParts = new Map<string, Set<string>>();
  for (const c of claims) {
    if (!good(c)) continue;
    const p = c.operands.find((o) => o.role === 'p');
    const k = c.operands.find((o) => o.role === 'k');
    if (!p || !k || p.hedge) continue;
    // (By span and value: a reading of the rest gives the part's span another value, '37 … filled, a vacancy
    // rate of 10%' read as 4 of 41.)
    const list = okParts.get(key(p)) ?? new Set<string>();
    list.add(`${key(k)}=${k.value}`);
    okParts.set(key(p), list);
  }
  // The parts judged right against each total (a part whose share the claim's figure may be instead).
  const okCounts = new Map<string, Operand[]>();
  for (const c of claims) {
    if (!good(c)) continue;
    const k = c.operands.find((o) => o.role === 'k');
    const n = c.operands.find((o) => o.role === 'n');
    if (!k || !n || k.inferred) continue;
    const list = okCounts.get(key(n)) ?? [];
    list.push(k);
    okCounts.set(key(n), list);
  }
  const out = new Set<ClaimRecord>();
  if (okParts.size === 0 && okCounts.size === 0) return out;
  for (const c of claims) {
    if (c.verdict !== 'inconsistent') continue;
    const p = c.operands.find((o) => o.role === 'p');
    const k = c.operands.find((o) => o.role === 'k');
    const n = c.operands.find((o) => o.role === 'n');
    if (!p || !k || p.hedge) continue;
    const oks = okParts.get(key(p));
    if (oks && !oks.has(`${key(k)}=${k.value}`)) out.add(c);
    // A part of the same total, just before the share, that the share fits to its last written digit
    // (a share is a scaled integer: 48.1% is 481 with one decimal).
    else if (n && n.value > 0 && (okCounts.get(key(n)) ?? []).some((x) => key(x) !== key(k) && x.span.end <= p.span.start && p.span.start - x.span.end <= NEAR_PART && Math.abs((100 * x.value) / n.value - p.value / 10 ** (p.decimals ?? 0)) <= 10 ** -(p.decimals ?? 0))) out.add(c);
  }
  return out;
}

/** Kinds of claim whose 'k' is a part and 'p' its share of 'n'. */
const SHARE_KINDS: ReadonlySet<string> = new Set(['count-percent', 'percent-count', 'count-of', 'percent-of']);

/** How far (characters) before a share another part of its total may be the one it belongs to. */
const NEAR_PART = 120;

/**
 * A rest or sum judged wrong against a whole that is itself a part, judged so, of a larger whole written
 * before it ('We sampled 60 plans. Forty-one were current; 13 had not been reviewed. The other eight had
 * lapsed.': the other eight are of the 60, not of the 41): the two readings give different fixes, so the
 * claim is listed, not reported.
 */
function wholeIsPart(c: ClaimRecord, claims: readonly ClaimRecord[], { masked, base }: BlockText): { k: string; n: string } | undefined {
  if (c.verdict !== 'inconsistent' || (c.kind !== 'remainder' && c.kind !== 'complement' && c.kind !== 'parts-sum')) return undefined;
  const w = c.operands.find((o) => o.role === 'n');
  const first = Math.min(...c.operands.filter((o) => o.role === 'k' || o.role === 'c').map((o) => o.span.start));
  if (!w || w.inferred || !(w.span.end <= first)) return undefined;
  const outer = claims.find((x) => x.kind === 'count-of' && x.verdict === 'ok' && x.operands.some((o) => o.role === 'k' && key(o) === key(w)));
  const n = outer?.operands.find((o) => o.role === 'n');
  if (!n || n.span.end > w.span.start) return undefined;
  // A colon, a bracket or a pointer back after the part makes it the whole of what follows ('32 were not
  // compliant: nine with one regulation, …'; '12 of them: 7 …, and the remaining six'; '5 were good (3 private
  // and 3 voluntary)').
  const between = masked.slice(w.span.end - base, first - base);
  if (w.span.end < base || /[:(]|\bof\s+(?:these|them|those|whom|which)\b/i.test(between)) return undefined;
  // So does a frame that names the part by a word of its own clause ('163 concerned property. Of the property
  // applications, 97 …').
  const frame = /[.!?]\s+(?:of|among)\s+the\s+((?:[a-z][\w'-]*\s+){1,3})[a-z][\w'-]*\s*,\s*$/i.exec(between);
  if (frame) {
    const own = between.slice(0, frame.index).toLowerCase();
    if (frame[1]!.trim().split(/\s+/).some((x) => x.length >= 4 && new RegExp(String.raw`\b${x.toLowerCase().replace(/[^\w-]/g, '')}\b`).test(own))) return undefined;
  }
  return { k: w.raw, n: n.raw };
}

/** The sentence of a claim that holds `c`'s span, for a claim that keeps none of its own. */
function sentenceHolding(c: ClaimRecord, claims: readonly ClaimRecord[]): ClaimRecord['sentence'] {
  return claims.find((x) => x.sentence && x.sentence.span.start <= c.span.start && x.sentence.span.end >= c.span.end)?.sentence;
}

/** The block's masked text and where it starts, for the stand-asides that read the words between figures. */
export interface BlockText {
  masked: string;
  base: number;
}

/**
 * A sum that even without its largest part exceeds its whole ('73% said it was easy to contact us, 76% that
 * information was easy to get and 65% that …': 73 + 65 is already over 100): no one wrong figure can explain it (a
 * changed part is either the largest, or its rise would make it so), so the parts are more likely answers to
 * different questions, or groups that overlap, than a partition with two errors. Left unresolved.
 */
function excessBeyondOnePart(c: ClaimRecord, blockText: BlockText | undefined): string | undefined {
  if (c.kind === 'shares-sum') {
    const ps = c.operands.filter((o) => o.role === 'p');
    if (ps.length < 2 || ps.length !== c.operands.length) return undefined;
    // (A share's value is scaled by its decimals: 45.5% is 455 with one decimal.)
    const vs = ps.map((o) => o.value / 10 ** (o.decimals ?? 0));
    const sum = vs.reduce((a, v) => a + v, 0);
    const max = Math.max(...vs);
    // (Each share may be off by up to a whole unit of its last place under any rounding convention.)
    const slack = ps.reduce((a, o) => a + 10 ** -(o.decimals ?? 0), 0);
    return sum - max > 100 + slack ? `even without the largest, the shares make ${Math.round((sum - max) * 10) / 10}%: they may answer different questions or overlap` : undefined;
  }
  if (c.kind === 'parts-sum') {
    const ns = c.operands.filter((o) => o.role === 'n');
    const ks = c.operands.filter((o) => o.role === 'k');
    if (ns.length !== 1 || ks.length < 2 || ns.length + ks.length !== c.operands.length || !blockText) return undefined;
    // Parts over a clause break may be two splits of the whole read as one list ('20 were boys and 19 girls; 11
    // were aged 16 and 9 aged 17'), whose first split may still be wrong: only parts of one clause.
    const first = Math.min(...ks.map((o) => o.span.start));
    const last = Math.max(...ks.map((o) => o.span.end));
    if (/[;:.]/.test(blockText.masked.slice(first - blockText.base, last - blockText.base).replace(/(?<=\d)[.,](?=\d)/g, ''))) return undefined;
    const sum = ks.reduce((a, o) => a + o.value, 0);
    const max = Math.max(...ks.map((o) => o.value));
    return sum - max > ns[0]!.value ? `even without the largest, the parts make ${sum - max}, more than ${ns[0]!.raw}: the groups may overlap` : undefined;
  }
  return undefined;
}

export function mergeClaims(extracted: readonly ClaimRecord[], read: readonly ClaimRecord[], blockText?: BlockText): ClaimRecord[] {
  const judgedByReaders = new Set<string>();
  for (const c of read) if (judged(c)) for (const o of c.operands) judgedByReaders.add(key(o));
  const kept = read.length === 0 ? [...extracted] : extracted.filter((c) => judged(c) || c.operands.length === 0 || !c.operands.every((o) => judgedByReaders.has(key(o))));
  const merged = [...kept, ...read];
  const unsure = new Map<ClaimRecord, string>();
  for (const c of disagreeingTotals(merged)) unsure.set(c, 'another reading of the total fits');
  for (const c of disagreeingParts(merged)) if (!unsure.has(c)) unsure.set(c, 'the share fits another count of the sentence');
  for (const [c, w] of otherWholeFits(merged, key)) if (!unsure.has(c)) unsure.set(c, `the parts, with another count before them, make ${w}`);
  // The stand-asides of one claim judged wrong, the first that fits giving the reason (each reads only a wrong claim).
  for (const c of merged) {
    if (c.verdict !== 'inconsistent' || unsure.has(c)) continue;
    const sentence = c.sentence ?? sentenceHolding(c, merged);
    const reasons: (() => string | undefined)[] = [
      () => excessBeyondOnePart(c, blockText),
      () => {
        const named = namedMembersFit(c, sentence);
        return named && `the list names ${named.join(', ')} as ${named.length === 1 ? 'a part' : 'parts'} without a count; with ${named.length === 1 ? 'it' : 'them'} the parts make the whole`;
      },
      () => {
        const within = blockText && wholeIsPart(c, merged, blockText);
        return within ? `its whole, ${within.k}, is itself a part of ${within.n} written before it, and the rest may be of that` : undefined;
      },
      () => {
        const x = otherTotalFits(c);
        return x === undefined ? undefined : `the share fits ${x}, another count of the sentence, as its total`;
      },
      () => {
        const y = otherPartFits(c);
        return y === undefined ? undefined : `the share fits ${y}, another count of the sentence, as its part`;
      },
      () => {
        const z = otherPairFits(c);
        return z === undefined ? undefined : `the share fits ${z}, another pair of the sentence before it`;
      },
      () => {
        const r = restFits(c, sentence);
        return r === undefined ? undefined : `the share fits the rest, ${r}, and may be of it`;
      },
    ];
    for (const reason of reasons) {
      const why = reason();
      if (why) {
        unsure.set(c, why);
        break;
      }
    }
  }
  const all = merged.map((c) =>
    unsure.has(c) ? { kind: c.kind, span: c.span, operands: c.operands, verdict: 'unchecked' as const, arithmetic: `${c.arithmetic} (${unsure.get(c)}: not judged)`, ...(c.sentence ? { sentence: c.sentence } : {}), ...(c.criterionId ? { criterionId: c.criterionId } : {}) } : c,
  );
  const drop = restatedSums(all);
  // A claim that restates another's finding stays in the claims, judged, with its rule, but reports nothing of its own.
  const same = sameFindings(all.filter((c) => !drop.has(c)));
  return all
    .filter((c) => !drop.has(c))
    .map((c) => {
      const other = same.get(c);
      return other ? { ...c, sameFindingAs: other.span, arithmetic: `${c.arithmetic} (reported as one finding with the claim on the same figure)` } : c;
    }).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

registerBlockExtractor('claims', (block, masked, framework, context) => {
  return withTokenMemo(() => {
    const claims = extractClaims(block, masked, framework, context ?? {});
    const more = readRelations(block, masked, framework, context ?? {}, claims);
    return judgeCandidatePairs(block, masked, mergeClaims(claims, more, { masked, base: block.offset }), resolvePolicy(framework, context ?? {}));
  });
});
