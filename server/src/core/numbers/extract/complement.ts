/**
 * The rest of a share: a count, percentage or fraction that completes one
 * read before in the sentence, or in the sentence before when the rest points
 * back.
 *
 *   '14 of the 22 orders were met, leaving 8'
 *   '60% (18) had a plan. This left 12 cases without one.'
 *   'a third had been reviewed, meaning two thirds had not'
 *   'the remaining 40%', 'the 12 remaining'
 *
 * Other counts listed between the share and its rest ('19 had a plan, a
 * further four …, of the remaining seven') make the rest one of several
 * parts: `relations/remainder.ts` reads those.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeComplementCount, judgeComplementShare, judgeShare, type CountIn, type PctIn } from '../judge.js';
import { previousShare } from '../relations/common.js';
import { SAMPLE_AFTER, UNCOUNTED_PART } from '../relations/remainder.js';
import { judge } from '../rounding.js';
import { firstTokFrom, nounAfter, sameGroup, type Tok } from '../scan.js';
import { HEDGE_BEFORE, NUMBER } from '../words.js';
import { lastBase, RECENT_POPS, type Reading, type ShareBase } from './reading.js';
import { tokAt, WINDOW } from './shared.js';

/** Words that introduce the rest of a share. Group 1 set: the rest may refer to the previous sentence ('This left 21 cases'). */
const TRIGGER = /\b((?:this|that|it|which)\s+(?:left|leaves|meant|means)(?:\s+that)?)\b|,\s*(?:leaving|meaning(?:\s+that)?)\b|\bthe\s+(?:remaining|outstanding)\b/gi;
const REMAINING_AFTER = new RegExp(String.raw`\bthe\s+(${NUMBER})\s+(?:remaining|outstanding)\b`, 'gi');
/**
 * A rest named, then its share in brackets, between commas or between dashes: 'the rest (30%)', 'the remainder,
 * 39%,', 'the balance – 12% –'. Only a share is read here (a count so written is `relations/remainder.ts`'s).
 */
const NAMED_REST = /\bthe\s+(?:rest|remainder|balance)(?:\s+of\s+(?:them|these|those))?\s*(?:\(|,|\s[\u2013\u2014])\s*$/i;
/** What closes a named rest's share: the bracket, comma or dash it was opened by. */
const NAMED_REST_CLOSE = /^\s*(?:\)|,|[\u2013\u2014])/;
/** Every match of TRIGGER, REMAINING_AFTER and NAMED_REST has one of these in it: a sentence without them has no complement. */
const MAY_HAVE_COMPLEMENT = /left|leav|mean|remaining|outstanding|rest|remainder|balance|other/i;
/** After a count, what makes it a part of a part or of another group, not a sibling of the share: 'of them', 'in every'. */
const NOT_SIBLING_AFTER = /^\s*(?:\)|%|per\s*cent|percent|of\b|out\s+of\b|in\s+(?:every\s+)?\w+\b|\/)/i;

/** The rests of the sentence's shares, read after every token reading. */
export function complements(r: Reading): void {
  const { text, at, si, toks, used, claimBase, pctIn, countIn, fracIn, emit, scope, sentencePops } = r;
  if (!MAY_HAVE_COMPLEMENT.test(text)) return;
  const found: { trigger: number; tok: Tok; anaphoric: boolean }[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const end = m.index + m[0].length;
    const tok = toks[firstTokFrom(toks, end)];
    if (!tok) continue;
    // The complement must follow the trigger closely, in the same clause.
    if (tok.start - end > WINDOW) continue;
    const gap = text.slice(end, tok.start);
    if (/[.;:,()]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 5) continue;
    if (tok.kind === 'num' && (tok.notCount || /^\s+(?:of|out\s+of|in)\s/i.test(text.slice(tok.end, tok.end + WINDOW)))) continue;
    found.push({ trigger: m.index + Math.max(0, m[0].search(/[A-Za-z]/)), tok, anaphoric: m[1] !== undefined });
  }
  REMAINING_AFTER.lastIndex = 0;
  for (let m = REMAINING_AFTER.exec(text); m; m = REMAINING_AFTER.exec(text)) {
    const numAt = m.index + m[0].indexOf(m[1]!, 4);
    const found1 = tokAt(toks, numAt);
    const tok = found1?.kind === 'num' ? found1 : undefined;
    if (tok && !tok.notCount) found.push({ trigger: m.index, tok, anaphoric: false });
  }
  // 'the rest (30%)': the share right after a named rest, closed as it was opened; 'the other two-thirds': a
  // fraction after 'the other' (a count after it is `relations/remainder.ts`'s).
  for (const t of toks) {
    // ('Fourteen per cent of them were upheld, and the other 84% were not': a percentage after 'the other' too.)
    if ((t.kind === 'frac' || t.kind === 'pct') && !t.hedge && /\bthe\s+other\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) && !found.some((f) => f.tok === t)) {
      found.push({ trigger: t.start - /the\s+other\s+$/i.exec(text.slice(Math.max(0, t.start - 12), t.start))![0].length, tok: t, anaphoric: false });
      continue;
    }
    if (t.kind !== 'pct' || t.start < 6) continue;
    const m = NAMED_REST.exec(text.slice(Math.max(0, t.start - 40), t.start));
    if (!m || !NAMED_REST_CLOSE.test(text.slice(t.end, t.end + 3))) continue;
    if (found.some((f) => f.tok === t)) continue;
    found.push({ trigger: Math.max(0, t.start - 40) + m.index, tok: t, anaphoric: false });
  }
  for (const { trigger, tok, anaphoric } of found) {
    // The share is the last one before the trigger in this sentence, or ('This left …') the last one of the sentence before.
    const here = lastBase(scope, (b) => b.sentence === si && b.end <= at + trigger, si);
    const prev = anaphoric && !here ? lastBase(scope, (b) => b.sentence === si - 1, si - 1) : undefined;
    const base = here ?? prev;
    if (!base) continue;
    // A rest pointing back to a sentence that listed other parts after the share ('9 had been achieved, 6 partially
    // achieved and 7 not achieved. That means 15 …'): which parts it leaves out, or adds up, is not known.
    if (!here && tok.kind === 'num' && r.scope.lastCounts?.sentence === si - 1 && r.scope.lastCounts.starts.some((s) => s >= base.end)) continue;
    // 'Two in every three practices …, and the remaining 2,700': a ratio's figures are no counts to take a count from.
    if (base.ratio && tok.kind === 'num') continue;
    // 'Inspectors assessed all 10 standards; half were compliant, and the remaining five …': a base that is the
    // whole of itself ('all 10') leaves no rest, so the rest is of a part named with no figure of its own.
    if (base.k && base.n && base.k.value === base.n.value && !base.p) continue;
    // Other counts listed between the share and its rest ('19 had a plan, a further four …, of the
    // remaining seven'): the rest is of the whole less all of them, which `relations/remainder.ts` reads.
    if (tok.kind === 'num' && toks.some((x) => x.kind === 'num' && !x.notCount && x !== tok && at + x.start >= base.end && x.start < trigger)) continue;
    // A share between the base and the rest that is no base of its own ('eight in 10 …; yet only half of …, which
    // means that half of them do not'): the rest may be of that share, and it is not known which.
    const betweenShares = toks.filter((x) => (x.kind === 'pct' || x.kind === 'frac') && x !== tok && at + x.start >= base.end && x.start < trigger);
    // ('accepted 76% of them and rejected 11%, and … on the other 15%': shares joined to the base by 'and' and a
    // verb, each of nothing of its own, are its siblings, and a named rest is the rest of them all.)
    if (betweenShares.length > 0 && tok.kind === 'pct' && /\bthe\s+(?:other|remaining)\s+$/i.test(text.slice(Math.max(0, tok.start - 16), tok.start)) && base.p && !base.k && !base.p.hedge && betweenShares.every((x) => siblingShare(text, x))) {
      const last = betweenShares[betweenShares.length - 1]!;
      const listed = [base.p, ...betweenShares.slice(0, -1).map((x) => pctIn(x))];
      emit(judgeComplementShare({ ...claimBase(trigger, tok.end, 'complement'), span: { start: at + Math.min(tok.start, trigger), end: at + tok.end } }, { p: pctIn(last) }, { p: pctIn(tok) }, r.policy, [], listed));
      used.add(tok);
      continue;
    }
    if (betweenShares.length > 0) continue;
    // Counts listed between the share and a rest given as a share ('62 were good, 110 partly good and in the
    // remaining 14%'): the rest is of the whole less all of them, when the share has its whole; otherwise unresolved.
    const between = tok.kind !== 'num' ? toks.filter((x) => x.kind === 'num' && !x.notCount && at + x.start >= base.end && x.start < trigger) : [];
    // A part named with no figure between the share and its rest ('41 were fostered and the others were in
    // residential care; the remaining 9 …'), or a rest narrowed by a clause of its own ('the other two we met'):
    // the rest is not all of what the share leaves.
    if (UNCOUNTED_PART.test(text.slice(Math.max(0, base.end - at), trigger))) continue;
    if (tok.kind === 'num' && SAMPLE_AFTER.test(text.slice(tok.end, tok.end + 40))) continue;
    // 'One of the two wings was closed, and either of the two remaining nurses …': a rest that names a group of
    // another noun (a plural) than the share's whole is a count of that group, not the rest of the whole.
    if (tok.kind === 'num' && base.n && base.n.span.start >= at && otherNoun(text, tok.end, base.n.span.end - at)) continue;
    const start = Math.min(tok.hedge ? tok.hedge.start : tok.start, trigger);
    const b0 = claimBase(trigger, tok.end, 'complement');
    if (tok.kind === 'num') {
      let n = base.n;
      let sources: ClaimRecord['sources'];
      if (!n && base.implicitN && base.p) {
        const cands = [...scope.pops.slice(-RECENT_POPS), ...sentencePops.slice(-RECENT_POPS)].filter((p) => !p.part && p.end <= base.end && (p.sentence === base.sentence || base.back)).sort((a, b) => b.end - a.end);
        const fit = cands.find((c) => c.tok.value > tok.value && judge(c.tok.value - tok.value, c.tok.value, base.p!.scaled, base.p!.decimals, r.policy).verdict === 'ok') ?? cands[0];
        if (fit) {
          n = { value: fit.tok.value, raw: fit.tok.raw, span: fit.span, inferred: true };
          sources = [{ span: fit.span, message: `the total, ${fit.tok.raw}, is taken from here` }];
        }
      }
      used.add(tok);
      // A part or whole given roughly ('About 30 of the 40 staff …; the remaining 12'): its rest is rough too, so
      // only a rest that fits is judged.
      const rough = [base.k, n].some((c) => c && c.span.start >= at && HEDGE_BEFORE.test(text.slice(Math.max(0, c.span.start - at - 24), c.span.start - at)));
      if (rough) {
        const c = judgeComplementCount({ ...b0, span: { start: at + start, end: at + tok.end } }, n, base.k, base.p, countIn(tok), r.policy, sources);
        if (c.verdict === 'ok') emit(c);
        continue;
      }
      // 'Of these, 41 …, representing 62% of the population, and the remaining 27 …' (41 + 27 = 68): the part is
      // written, and it and the rest make the whole, so a share that misfits them is the part's share that is wrong,
      // not the rest: judged as the part's share, where the fix belongs.
      if (!base.k && base.p && n && base.p.span.start >= at) {
        const part = toks.find((x) => x.kind === 'num' && !x.notCount && at + x.start > n!.span.end && at + x.end <= base.p!.span.start && x.value === n!.value - tok.value);
        if (part) {
          emit(judgeShare({ ...claimBase(part.start, base.p.span.end - at, 'percent-of') }, base.p, countIn(part), n, r.policy, sources));
          continue;
        }
      }
      emit(judgeComplementCount({ ...b0, span: { start: at + start, end: at + tok.end } }, n, base.k, base.p, countIn(tok), r.policy, sources));
    } else if (between.length > 0) {
      const k = base.k;
      const n = base.n;
      if (!k || !n || between.some((x) => NOT_SIBLING_AFTER.test(text.slice(x.end, x.end + 16)))) continue;
      const sum = k.value + between.reduce((a, x) => a + x.value, 0);
      if (sum > n.value) continue;
      const joint: CountIn = { value: sum, raw: [k.raw, ...between.map((x) => x.raw)].join(' + '), span: k.span };
      const restIn = tok.kind === 'pct' ? { p: pctIn(tok) } : { f: fracIn(tok) };
      const c = judgeComplementShare({ ...b0, span: { start: at + start, end: at + tok.end } }, { k: joint, n }, restIn, r.policy);
      // The rest of the share alone fitting too is another reading: unresolved.
      if (c.verdict !== 'ok' && judgeComplementShare({ ...b0, span: { start: at + start, end: at + tok.end } }, { k, n }, restIn, r.policy).verdict === 'ok') continue;
      c.operands.push(...between.map((x) => ({ role: 'k' as const, value: x.value, raw: x.raw, span: { start: at + x.start, end: at + x.end }, ...(x.word ? { word: true } : {}) })));
      emit(c);
    } else if (tok.kind === 'pct') {
      const listed = listedShares(scope.bases, base, text, at);
      emit(judgeComplementShare({ ...b0, span: { start: at + start, end: at + tok.end } }, { p: base.p, k: base.k, n: base.n }, { p: pctIn(tok) }, r.policy, siblingShares(scope.bases, base, listed.length > 0), listed));
    } else {
      emit(judgeComplementShare({ ...b0, span: { start: at + start, end: at + tok.end } }, { p: base.p, k: base.k, n: base.n }, { f: fracIn(tok) }, r.policy));
    }
  }
}

/** The plural noun after a rest's count (past 'remaining', 'outstanding', 'other') names another group than the whole's noun. */
function otherNoun(text: string, restEnd: number, wholeEnd: number): boolean {
  const tail = text.slice(restEnd, restEnd + 80).replace(/^\s+(?:remaining|outstanding|other)\b/i, '');
  const own = nounAfter(tail, 0);
  const whole = nounAfter(text, wholeEnd);
  if (!own || !whole || !(/[a-z][^su]s$/i.test(own) || /^(?:men|women|children|people|staff)$/i.test(own))) return false;
  return !sameGroup(own, whole);
}

/** A share joined to the one before by 'and' or a comma and a verb, of nothing of its own: 'and rejected 11%'. */
function siblingShare(text: string, x: Tok): boolean {
  if (x.kind !== 'pct' || x.hedge) return false;
  if (!/(?:,|\band)\s+(?:[a-z]+ed\s+|(?:were|was)\s+[a-z]+\s+)$/i.test(text.slice(Math.max(0, x.start - 30), x.start))) return false;
  return /^\s*(?:,|;|\band\b|\.|$)/i.test(text.slice(x.end, x.end + 8));
}

/** Siblings a rest may complete with its share: the scope's shares before it, nearest first (at most SIBLINGS), not those of its own sentence's list when that list is taken (`listedShares`). */
const SIBLINGS = 4;
function siblingShares(bases: readonly ShareBase[], base: ShareBase, listedTaken = false): PctIn[] {
  const out: PctIn[] = [];
  const i = bases.lastIndexOf(base);
  for (let j = i - 1; j >= 0 && out.length < SIBLINGS && i - j <= 16; j--) {
    const b = bases[j]!;
    if (listedTaken && b.sentence === base.sentence && b.p && !b.k && !b.p.hedge) continue;
    if (b.p && !b.p.hedge) out.push(b.p);
  }
  return out;
}

/**
 * The plain shares listed before the rest's share in its own sentence, in text order ('In 61% …, in 25% … and
 * in the remaining 14%': 61%): the rest is of all of them. None when one of them is hedged, a share a change
 * starts from ('from 40%'), or has a count (then it may be of another whole).
 */
function listedShares(bases: readonly ShareBase[], base: ShareBase, text: string, at: number): PctIn[] {
  const out: PctIn[] = [];
  const i = bases.lastIndexOf(base);
  if (!base.p || base.k) return out;
  for (let j = i - 1; j >= 0 && i - j <= 16; j--) {
    const b = bases[j]!;
    if (b.sentence !== base.sentence) break;
    if (!b.p || b.k || b.p.hedge || previousShare(text, { start: b.p.span.start - at })) return [];
    out.unshift(b.p);
  }
  return out;
}
