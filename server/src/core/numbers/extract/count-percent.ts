/**
 * A count with its percentage in brackets: 'k (P%)', 'k cases (P%)',
 * 'k (P%) of the n'.
 *
 * With no total after it, the total is a candidate stated before; one that no
 * figure fits is used only when the text ties the claim to it ('of these', or
 * the same noun on both). Otherwise the count and percentage are judged on
 * their own (`judgeNoTotal`).
 */
import { countOperand, judgeHedgedCountShare, judgeNoTotal, judgeShare, pctOperand, unchecked, written, type CountIn, type PctIn } from '../judge.js';
import { judge } from '../rounding.js';
import type { Tok } from '../scan.js';
import { nounAfter, ratioBase, sameGroup, singular } from '../scan.js';
import { changeAmountBefore, FRACTION_WORDS, hedgeKind, HEDGE_BEFORE, SHARE_OPENING_WORDS } from '../words.js';

import type { Pop, Reading } from './reading.js';
import { BACKREF, bracketEnd, coordinatedChange, OF_N_PAREN, ofOtherGroup, OPEN, otherPeriod } from './shared.js';
import { sharePartBefore } from './reading.js';


/** What may stand between a sibling's claim and the next 'k (P%)': the rest of its clause, then ',' or 'and' (no other group, no clause break). */
const SIBLING_GAP = /^([^.;:(),\d]{0,60}?)(?:,\s*and|,|\band)\s*$/i;
/** Words in the sibling's tail that open another clause or group ('and, of those upheld, 9 (60%)', 'and for the staff, 9 (60%)'). */
const OTHER_GROUP = /\b(?:of|among|amongst|out|for|and|but|while|whereas|whom|which|those|these|them)\b/i;

/**
 * 'made 278 recommendations: 78 (28%) on care planning and 39 (16%) on …': a later sibling 'k (P%)'
 * joined to one whose share fits a total takes that total too.
 */
function siblingTotal(r: Reading, start: number, end: number): { n: { value: number; raw: string; span: { start: number; end: number }; word?: boolean }; k: string } | undefined {
  const prev = r.claims[r.claims.length - 1];
  // The sibling before is a 'k (P%)' that fits a total, or the first part of an 'Of the n …,' frame
  // ('Of the 48 children, 12 were looked after (25%) and 30 were adopted (63%)').
  if (!prev || (prev.kind !== 'count-percent' && prev.kind !== 'count-of') || prev.verdict !== 'ok') return undefined;
  const n = prev.operands.find((o) => o.role === 'n');
  const k = prev.operands.find((o) => o.role === 'k');
  if (!n || !k || prev.span.end > r.at + start || prev.span.end < r.at) return undefined;
  // A part of the frame names no other group than the frame's ('… and 30 of their siblings (67%)' may be a share of the siblings).
  if (prev.kind === 'count-of') {
    if (n.inferred) return undefined;
    const own = nounAfter(r.text, end);
    if (/^\s+(?:of|out\s+of|in)\s/i.test(r.text.slice(end, end + 8)) || (own !== undefined && !sameGroup(nounAfter(r.text, n.span.end - r.at), own))) return undefined;
  }
  // (An age, a duration or a year between two siblings is not passed over: across one, the second part's
  // total may be another group. Reading it as the same group raised false alarms on passages nobody had tuned on.)
  const gap = r.text.slice(prev.span.end - r.at, start);
  // ('150 were emergencies; 135 (90%) and 40 (80%) respectively were answered': 'respectively' gives each its own group.)
  if (/^\s*(?:\([^()]{0,24}\))?\s*,?\s*respectively\b/i.test(r.text.slice(end, end + 40))) return undefined;
  const m = SIBLING_GAP.exec(gap);
  if (!m || OTHER_GROUP.test(m[1]!)) return undefined;
  const out: { value: number; raw: string; span: { start: number; end: number }; word?: boolean } = { value: n.value, raw: n.raw, span: n.span };
  if (n.word) out.word = true;
  return { n: out, k: k.raw };
}

/** Between an earlier sibling and a gapped one: the rest of its clause with its verb, then 'and' (no other group or figure). */
const GAPPED_GAP = /^([^.;:()\d]{0,80}?)(?:,\s*and|\band)\s*$/i;
const VERB_IN = /\b(?:were|was|are|is|had|have|has|been|did|[a-z]{3,}ed)\b/i;
/** After the gapped sibling's bracket: its predicate with the verb left out ('and five (6%) inadequate.'). */
const GAPPED_TAIL = /^\s+(?!(?:were|was|are|is|had|have|has|did|of|in|for|from|at|on|[a-z]{3,}ed)\b)[A-Za-z][\w'-]*(?:\s+(?!(?:were|was|are|is|had|have|has|did)\b)[A-Za-z][\w'-]*){0,2}\s*(?:[.,;]|$)/i;

/**
 * '12 homes (12%) were rated outstanding … and five (6%) inadequate', after 'There were 86 inspections':
 * the later sibling's share fits the total, and its clause is gapped (its verb is the earlier one's),
 * so the two are shares of one whole. The earlier sibling, read with no total, is judged on it too.
 */
function backFill(r: Reading, t: Tok, close: number, pick: { tok: Tok; span: { start: number; end: number } }): void {
  const prev = r.claims[r.claims.length - 2];
  if (!prev || prev.kind !== 'count-percent' || prev.operands.some((o) => o.role === 'n')) return;
  const po = prev.operands.find((o) => o.role === 'p');
  const ko = prev.operands.find((o) => o.role === 'k');
  if (!po || !ko || po.hedge || prev.span.end > r.at + t.start || prev.span.start < r.at) return;
  const kTok = r.toks.find((x) => r.at + x.start === ko.span.start);
  const pTok = r.toks.find((x) => r.at + x.start === po.span.start);
  if (!kTok || !pTok || pick.tok.end > kTok.start) return;
  const gap = GAPPED_GAP.exec(r.text.slice(prev.span.end - r.at, t.start));
  if (!gap || !VERB_IN.test(gap[1]!) || !GAPPED_TAIL.test(r.text.slice(close, close + 40))) return;
  const again = judgeShare(r.claimBase(kTok.start, prev.span.end - r.at, 'count-percent'), r.pctIn(pTok), r.countIn(kTok), { ...r.countIn(pick.tok), span: pick.span, inferred: true }, r.policy, [
    { span: pick.span, message: `the total, ${pick.tok.raw}, is the one its gapped sibling ${t.raw} is a share of` },
  ]);
  // The claim is shared by the sentence's and the scope's lists: completed in place.
  for (const key of Object.keys(prev) as (keyof typeof prev)[]) if (!(key in again)) delete prev[key];
  Object.assign(prev, again);
}

/** The last word of a sibling's clause, then ',' or 'and': 'led to enquiries, and'. */
const CHAIN_GAP = /^[^.;:(),\d]{0,80}?\b([A-Za-z][\w'-]*)\s*(?:,\s*and|,|\band)\s*$/i;

/**
 * '12,546 (57%) of these reports led to enquiries, and 4,203 (36%) enquiries found …': the count
 * before, with its share, ends its clause with the plural noun this count names, so this count is a
 * part of it (the 12,546 reports are the enquiries). Only the same noun ties them.
 */
function chainedTotal(r: Reading, start: number, value: number, own: string | undefined): { value: number; raw: string; span: { start: number; end: number }; word?: boolean } | undefined {
  if (!own || !/[a-z]s$/.test(own) || /(?:ss|us|is)$/.test(own)) return undefined;
  const prev = r.claims[r.claims.length - 1];
  if (!prev || prev.kind !== 'count-percent' || prev.span.end > r.at + start || prev.span.end < r.at) return undefined;
  const k = prev.operands.find((o) => o.role === 'k');
  if (!k || k.value < value) return undefined;
  const m = CHAIN_GAP.exec(r.text.slice(prev.span.end - r.at, start));
  if (!m || m[1]!.toLowerCase() !== own) return undefined;
  const out: { value: number; raw: string; span: { start: number; end: number }; word?: boolean } = { value: k.value, raw: k.raw, span: k.span };
  if (k.word) out.word = true;
  return out;
}

/**
 * A back-reference to a part of the group just named: 'of those upheld,', 'of those who replied,'.
 * The word after 'those' is a qualifier, not a plural noun ('of these cases' names the group itself).
 */
const SUBGROUP_BEFORE = /\bof\s+(?:these|those|them)\s+(who|that|which|whom|[a-z]*[a-rt-z])\b[^.;:()]*$/i;
/** After a count's bracket: 'of those who did not', 'of those who had not', 'of those not …', 'of those without …'. */
const DENIED_THOSE_AFTER = /^\s*\)?\s*of\s+(?:those|them|these)\s+(?:(?:who|that|which)\s+(?:did|were|was|had|have|has|could|would|do|does|are|is)(?:\s+not\b|n't\b)|not\b|without\b)/i;
/** The same back-reference as the sentence's opening frame, read for any count after it ('Of those on the main wings, 12 (40%) …, compared with 3 (17%) on the unit'). */
const SUBGROUP_OPENING = /^\s*(?:(?:and|but)\s+)?(?:of|among|amongst)\s+(?:these|those|them)\s+(who|that|which|whom|[a-z]*[a-rt-z])\b[^.;:()\d]*,/i;

/** A fraction or share word as the subject of a clause, with no bracketed count after it ('a quarter were rated good', 'most had'). */
const SHARE_WORD_PART = new RegExp(String.raw`\b(?:${FRACTION_WORDS}|${SHARE_OPENING_WORDS})\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|had|have|has|are|is|did|said|received|needed|met)\b`, 'i');

/** 'k (P%) [of the n]'. */
export function countPercent(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, countIn, between, after, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  const t2 = toks[i + 2];
  if (!(t1?.kind === 'pct' && !t1.hedge && (OPEN.test(between(t, t1)) || /^\s+(?:[A-Za-z][\w'-]*\s+){1,3}\(\s*$/.test(between(t, t1))) && /^\s*\)/.test(after(t1)))) return false;
  // 'an increase of 3,860 (35.3 per cent) on 2015': a change and its rate, not a share of a total (change.ts).
  // 'down 752 (2%) since March and 14,669 (26%) since 2012': the second of two coordinated changes, likewise.
  if (changeAmountBefore(text.slice(Math.max(0, t.start - 40), t.start)) || coordinatedChange(text, t.start)) return false;
  // '90 more (16.9%) were appointed than in the year before': a difference and its rate, not a part of a whole.
  if (/^\s+(?:more|fewer|less|extra|higher|lower)\s/i.test(between(t, t1))) return false;
  // 'four out of five (82%) of the 143': the share is of the ratio, not of its five.
  // '2 in 12 of the 20 schools (60%)': a count after 'k of the' is that pair's total, never the part of its own share.
  if (ratioBase(text, t) || /\d\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|its\s+|their\s+)?(?:(?:remaining|other)\s+)?$/i.test(text.slice(Math.max(0, t.start - 34), t.start))) return false;
  // '26 staff in post against an establishment of 30 (87%)': the bracket after a whole set against a count is
  // that pair's share, not a share of the whole in front of it (confirmed when it fits, else unresolved).
  const against = againstPair(r, i);
  if (against) {
    used.add(t).add(t1);
    const p = pctIn(t1);
    const k = countIn(against);
    const n = countIn(t);
    const base = claimBase(against.start, closeAfter(t1), 'percent-of');
    const fitsOf = (a: number, b = n.value) => b > 0 && judge(a, b, p.scaled, p.decimals, r.policy).verdict === 'ok';
    const ops = [pctOperand(p), countOperand(k, 'k'), countOperand(n, 'n')];
    // The share may also be the gap, what is over or short of the whole ('(28%)' over a capacity of 640 for 820,
    // '(13%)' vacant of an establishment of 30 for 26), or the figure after 'against' set over the one before it
    // ('capacity for 120 children against demand of 150 (125%)'), or the gap of that.
    const gap = Math.abs(k.value - n.value);
    const other = fitsOf(gap) ? `the gap of ${gap} of ${n.value}` : fitsOf(n.value, k.value) ? `${n.value} of ${k.value}` : fitsOf(gap, k.value) ? `the gap of ${gap} of ${k.value}` : undefined;
    if (k.value <= n.value && fitsOf(k.value)) emit(judgeShare(base, p, k, n, r.policy));
    else if (fitsOf(k.value) || other) emit(unchecked(base, ops, `${k.value} against ${n.value}: ${written(p)} is ${other ?? `${k.value} of ${n.value}`} ✓ (not judged further)`));
    // A level under its whole and a share no reading gives: the pair's share is wrong.
    else if (k.value <= n.value && gap > 0 && p.scaled <= 100 * 10 ** p.decimals) emit(judgeShare(base, p, k, n, r.policy));
    else emit(unchecked(base, ops, `${written(p)} after ${k.value} against ${n.value}: of neither figure (not judged)`));
    return true;
  }
  used.add(t).add(t1);
  const p = pctIn(t1);
  const k = countIn(t);
  // 'in almost 30 of them (34%)': a hedged count is a range, and its share is judged on the range.
  const hm = HEDGE_BEFORE.exec(text.slice(Math.max(0, t.start - 24), t.start));
  const hk = hm ? hedgeKind(hm[1]!) : undefined;
  const judgeK: typeof judgeShare = hm && hk ? (b, pp, kk, nn, pol, src) => judgeHedgedCountShare(b, pp, kk, { kind: hk, raw: hm[1]! }, nn, pol, src) : judgeShare;
  if (isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start))) {
    used.add(t2);
    addPop(t2);
    emit(judgeK(claimBase(t.start, bracketEnd(text, t2), 'count-percent'), p, k, countIn(t2), r.policy));
    pushBase({ end: at + t2.end, p, k, n: countIn(t2) });
    return true;
  }
  const close = closeAfter(t1);
  const look = BACKREF.test(after(t)) ? lookOf(t.start, t.end) : lookOf(t.start, close);
  let cands = popsBefore(at + t.start, t.value, [t], look, true);
  // '34 women died in prison, and 12 (35%) of those deaths …': 'those' names the sentence's one
  // group in other words (the women who died, their deaths); with one count before it in the
  // sentence, that count is the group.
  if (cands.length === 0 && look.backward && look.noun !== undefined && BACKREF.test(text.slice(close, close + 12))) {
    const own = popsBefore(at + t.start, t.value, [t], { backward: true }, true).filter((c) => c.sentence === r.si);
    if (own.length === 1 && !own[0]!.part && !toks.slice(0, i).some((x) => x !== own[0]!.tok && (x.kind === 'pct' || isCount(x)))) cands = own;
  }
  const fit = cands.find((c) => judge(k.value, c.tok.value, p.scaled, p.decimals, r.policy).verdict === 'ok');
  // A total that no figure fits is only used when the text ties the claim to it: 'of these', or the
  // same noun on both ('In the 36 cases … 36% (12) of cases'). Otherwise '616 (9%)' may be a share of
  // something the passage never counts: unresolved, not wrong.
  // A part counted with its own share is a total only when the share fits it (`Pop.part`).
  const first = cands.find((c) => !c.part);
  // A count naming another group than the total of an earlier sentence ('A further 435 pupils (25%)' after 'the 1,476 schools') is not tied to it.
  const own = nounAfter(text, t.end);
  const sameKind = first !== undefined && (first.sentence === r.si || sameGroup(first.noun, own));
  // 'and, of those upheld, 9 (60%) were resolved': the back-reference names a smaller group that is
  // never counted, so a total it does not fit is not tied to the claim.
  const opening = SUBGROUP_OPENING.exec(text);
  const sub = SUBGROUP_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start)) ?? (opening && opening[0].length <= t.start ? opening : null);
  const restricted = sub !== null && !(first?.noun !== undefined && sameGroup(first.noun, sub[1]!.toLowerCase()));
  const colon = fit ? undefined : (colonWhole(r, t, close) ?? sampleSize(r, i, close) ?? reviewedWhole(r, i, close) ?? whomWhole(r, i, close) ?? ofTheWhole(r, i, close) ?? listedGroupWhole(r, t, own));
  if (colon) cands = [colon];
  const tied = fit !== undefined || colon !== undefined || (first !== undefined && sameKind && ((look.backward && !restricted) || (look.noun !== undefined && first.noun !== undefined && sameGroup(first.noun, look.noun)) || frameCases(r, first, i)));
  // The noun may follow the bracket: '4,203 (36%) enquiries'.
  const named = own ?? nounAfter(text, close);
  // 'In 2023, 36 of the 90 children (40%) … . This compares with 24 (30%) in 2022.': a count and share of another
  // period than the total's is a share of that period's whole, which is not written; only the count's own share
  // is judged (some whole gives it).
  const floor = cands[0] && cands[0].sentence === r.si ? cands[0].end - at : 0;
  // 'Of the 45 staff, 80% had had supervision, and 18 of them (50%) …': the last share read is a bare share of the
  // group, so 'them' may be that share's part (36), whose size is not written: only the count's own share is judged.
  // ('Of the 40 homes, a quarter were rated good, and 4 of these (40%) …': a fraction word of the group, with no
  // count of its own, does the same.)
  const fracPart = (c: Pop) => {
    if (c.sentence !== r.si || c.end - at > t.start) return false;
    const gap = text.slice(c.end - at, t.start);
    // A fraction or share word with no count of its own, and no count after it before the part.
    // ('We reviewed 120 cases; 25% involved domestic abuse, and in 24 of those cases (80%)': a bare percentage
    // opening a clause of its own after the group, no count beside it.)
    if (toks.some((x) => x.kind === 'pct' && !x.hedge && x.start >= c.end - at && x.end <= t.start && /(?:^|[,;:]|\band)\s*$/.test(text.slice(Math.max(0, x.start - 6), x.start)) && /^\s+(?:of\s+(?:them|these|those)\s+)?(?:[a-z]+ed|were|was|had|have|has|are|is|did|said)\b/i.test(text.slice(x.end, x.end + 24)))) return true;
    const m = SHARE_WORD_PART.exec(gap);
    return !!m && !toks.some((y) => y.kind === 'num' && !y.notCount && y.start >= c.end - at + m.index && y.end <= t.start && y.start > c.end - at);
  };
  const whole = colon ?? first;
  const partOfShare = !fit && whole !== undefined && (sharePartBefore(r, whole, at + t.start) || fracPart(whole));
  // '60 passed; 12 (60%) of those who did not …': 'those' denied is the rest of the part before, whose size is the
  // whole less the part: only the count's own share is judged (some whole gives it), when no total fits.
  const ofDenied = !fit && !colon && DENIED_THOSE_AFTER.test(text.slice(close, close + 48));
  // 'Of the 40 cases, 24 were men; 18 (75%) of the men and 8 (50%) of the women …': a share whose own 'of' phrase after
  // the bracket names another group than the total's noun is of a part whose size may not be written (percent-count's
  // ofOtherGroup); only the count's own share is judged when no total fits.
  const ofOther = !fit && !colon && first !== undefined && first.noun !== undefined && /^\s+of\s+the\s/i.test(text.slice(close, close + 8)) && ofOtherGroup(text.slice(close, close + 60), first.noun);
  const elsewhen = partOfShare || ofDenied || ofOther || (!fit && !colon && floor <= t.start && otherPeriod(text, floor, t.start, close));
  const chain = fit || elsewhen ? undefined : chainedTotal(r, t.start, t.value, named);
  const sib = tied || elsewhen ? undefined : siblingTotal(r, t.start, t.end);
  if (elsewhen) {
    emit(judgeNoTotal(claimBase(t.start, close, 'count-percent'), p, k, r.policy));
  } else if (chain) {
    emit(judgeK(claimBase(t.start, close, 'count-percent'), p, k, { ...chain, inferred: true }, r.policy, [{ span: chain.span, message: `the total, ${chain.raw}, is the group the clause before ends with ('${named}')` }]));
  } else if (tied) {
    const pick = fit ?? colon ?? first!;
    emit(judgeK(claimBase(t.start, close, 'count-percent'), p, k, { ...countIn(pick.tok), span: pick.span, inferred: true }, r.policy, [{ span: pick.span, message: `the total, ${pick.tok.raw}, is taken from here` }]));
    if (fit && fit.sentence === r.si) backFill(r, t, close, pick);
  } else if (sib) {
    emit(judgeK(claimBase(t.start, close, 'count-percent'), p, k, { ...sib.n, inferred: true }, r.policy, [{ span: sib.n.span, message: `the total, ${sib.n.raw}, is the one its sibling ${sib.k} is a share of` }]));
  } else {
    // '212 of the 520 cells designed for one held two men (41%)': a share that the sentence's own
    // pair fits may be that pair's, a clause after it, not a share of the count in front of it.
    const pair = pairFits(r, p, t.start);
    if (pair) emit(judgeShare(claimBase(pair.k.span.start - at, close, 'percent-of'), p, pair.k, pair.n, r.policy));
    else {
      const lone = judgeNoTotal(claimBase(t.start, close, 'count-percent'), p, k, r.policy);
      // No whole number gives the share of the count in front of it, and the sentence opens with 'all but c of
      // the n': the share is judged as what 'all but' leaves, the reading a writer would mean.
      const abPair = lone.verdict === 'inconsistent' ? allButBefore(r, t.start) : undefined;
      emit(abPair ? judgeShare(claimBase(abPair.k.span.start - at, close, 'percent-of'), p, abPair.k, abPair.n, r.policy) : lone);
    }
  }
  return true;
}

/** Before a count: 'against' and the whole it names ('against an establishment of ', 'against a target of ', 'against '). */
const AGAINST_WHOLE = /\bagainst\s+(?:(?:an?|the|its|their)\s+)?(?:[A-Za-z][\w'-]*\s+){0,4}?(?:of\s+)?$/i;

/**
 * 'The ward had 22 nurses in post against a funded establishment of 28 (79%)', 'held 820 men against a certified
 * normal accommodation of 640 (128%)': the count before 'against', in the same clause with no figure between, is
 * what the share in brackets after the whole is of.
 */
function againstPair(r: Reading, i: number): Tok | undefined {
  const { text, toks, isCount } = r;
  const t = toks[i]!;
  if (!AGAINST_WHOLE.test(text.slice(Math.max(0, t.start - 70), t.start))) return undefined;
  const k = toks[i - 1];
  if (!k || !isCount(k)) return undefined;
  const gap = text.slice(k.end, t.start);
  if (gap.length > 100 || /[;:()]|\.\s/.test(gap) || !/\bagainst\b/i.test(gap)) return undefined;
  return k;
}

/**
 * 'Of the 30 women and 52 men whose cases we inspected, 21 women (70%) and 29 men (52%) …': groups listed together
 * by their own nouns ('30 women and 52 men'), and a part named by one of those nouns, word for word, is a share of
 * that group (not of its sibling's, nor of the other group's). Only the sentence's groups; one of that noun.
 */
function listedGroupWhole(r: Reading, t: Tok, own: string | undefined): Pop | undefined {
  // (The word right after each count: 'men whose cases' is a group of men.)
  const word = (e: number) => /^\s+([A-Za-z][\w'-]*)/.exec(r.text.slice(e, e + 30))?.[1]?.toLowerCase();
  const mine = word(t.end);
  if (!own || !mine) return undefined;
  const groups = r.sentencePops.filter((c) => !c.part && c.end - r.at <= t.start && word(c.tok.end) !== undefined);
  const same = groups.filter((c) => singular(word(c.tok.end)!) === singular(mine));
  const g = same[0];
  if (same.length !== 1 || !g || g.tok.value < t.value) return undefined;
  // Its sibling group, of another noun, listed right beside it: 'A women and B men', 'A boys, B girls'.
  const listed = groups.some((c) => {
    if (c === g || singular(word(c.tok.end)!) === singular(mine)) return false;
    const [x, y] = c.tok.start < g.tok.start ? [c, g] : [g, c];
    return /^\s+[A-Za-z][\w'-]*\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/i.test(r.text.slice(x.tok.end, y.tok.start));
  });
  return listed ? g : undefined;
}

/** A sentence opened by a frame over a counted group: 'Across the 22 inspections,', 'In the 40 cases we read,'. */
const FRAME_OPEN = /^\s*(?:Across|In|Of|Among|From|Over)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?$/i;
/** The frame's clause ends before the part (a comma, no figure between). */
const FRAME_CLOSE = /^[^\d;:()]*,\s/;

/**
 * 'Across the 22 inspections, inspectors judged compliance to be good in 12 centres (52%)': a 'k (P%)'
 * after 'in' counts the frame's cases (each inspection is of one centre), so the frame's count, the
 * sentence's one count before the part, is its whole.
 */
function frameCases(r: Reading, first: Pop, i: number): boolean {
  const { text, toks } = r;
  const t = toks[i]!;
  if (first.sentence !== r.si || first.tok.value < t.value || !FRAME_OPEN.test(text.slice(0, first.tok.start))) return false;
  if (!FRAME_CLOSE.test(text.slice(first.tok.end, t.start)) || !/\bin\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) return false;
  return !toks.slice(0, i).some((x) => x !== first.tok && (x.kind !== 'num' || !x.notCount));
}

/** The words between a whole and its colon: a few words, no figure, no clause break. */
const COLON_HEAD = /^(?:\s+[A-Za-z][\w'-]*){1,10}\s*:\s*(?:only\s+|just\s+)?$/i;

/**
 * 'We reviewed 60 cases: 45 (75%) had …', 'The results for the 75 pupils were as follows: 45 (60%)
 * achieved …': the one count of the sentence before its colon, naming its group, is the whole the first
 * 'k (P%)' after the colon is a share of (no other figure before the colon, no 'of …' after the bracket,
 * which would name another base, and k no larger than it).
 */
function colonWhole(r: Reading, t: Tok, close: number): Pop | undefined {
  const { text, toks, isCount } = r;
  const colon = text.lastIndexOf(':', t.start);
  if (colon < 0) return clauseWhole(r, t, close);
  const before = toks.filter((x) => x.end <= colon);
  const n = before[before.length - 1];
  if (!n || !isCount(n) || before.some((x) => x !== n && !x.notCount) || n.value < t.value) return undefined;
  if (!COLON_HEAD.test(text.slice(n.end, t.start)) || !nounAfter(text, n.end)) return undefined;
  if (/^\s*(?:of|out\s+of|among)\b/i.test(text.slice(close, close + 12))) return undefined;
  return r.sentencePops.find((c) => c.tok === n) ?? { tok: n, span: r.span(n), end: r.at + n.end, sentence: r.si };
}

/** From a counted group to the next clause: its noun and words (no figure but years, sections, ages), then ';' or ', and'. */
const CLAUSE_HEAD = /^(?:\s+[A-Za-z][\w'-]*){1,10}?\s*(?:;|,?\s+and)\s+(?:only\s+|just\s+)?$/i;
/** A verb in the past after a part's bracket: '-ed', or a common irregular one. */
const VERB_AFTER = /^\s+(?:[a-z]+ed|had|has|have|said|felt|told|got|went|came|made|took|left|saw|did|knew|thought|spent|kept|gave|found|began|won|lost|met|held|led|fell|sent)\b/;

/**
 * 'Officers stopped 1,200 people under section 60; 96 (7%) were arrested.', '… 1,200 people, and 96 (7%) were
 * arrested': a 'k (P%)' with no noun of its own (or the group's) opening the clause after the one count of the
 * sentence, a counted group, is a share of that group (no other figure or share before it, no 'of …' after the
 * bracket, k no larger than the group).
 */
function clauseWhole(r: Reading, t: Tok, close: number): Pop | undefined {
  const { text, toks, isCount } = r;
  const i = toks.indexOf(t);
  const before = toks.slice(0, i).filter((x) => !x.notCount);
  const n = before[0];
  if (!n || n.kind !== 'num' || !isCount(n) || n.value < t.value || HEDGE_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) return undefined;
  const group = nounAfter(text, n.end);
  if (!group || /^\s*(?:of|out\s+of|among|in)\b/i.test(text.slice(close, close + 12))) return undefined;
  // 'The prison held 640 men in four houseblocks; 160 (25%) …': a later count of other things, smaller than the
  // part, cannot be its whole (not one followed by 'of', a part of the group).
  const others = before.slice(1);
  if (others.some((x) => x.kind !== 'num' || x.value >= t.value || /^\s+(?:of|out\s+of)\b/i.test(text.slice(x.end, x.end + 8)) || !nounAfter(text, x.end) || sameGroup(nounAfter(text, x.end), group))) return undefined;
  let gap = text.slice(n.end, t.start);
  for (const x of toks) if ((x.notCount || others.includes(x)) && x.start >= n.end && x.end <= t.start) gap = gap.slice(0, x.start - n.end) + 'x'.repeat(x.end - x.start) + gap.slice(x.end - n.end);
  // (Figures that are no tokens, '10pm', are no counts either: the sentence's one count is n.)
  if (!CLAUSE_HEAD.test(gap.replace(/\d/g, 'x'))) return undefined;
  // The noun may follow the bracket ('96 (7%) patients'); a verb there names none ('12 (25%) achieved …').
  const own = nounAfter(text, t.end) ?? (VERB_AFTER.test(text.slice(close, close + 20)) ? undefined : nounAfter(text, close));
  if (own !== undefined && !sameGroup(own, group)) return undefined;
  return r.sentencePops.find((c) => c.tok === n) ?? { tok: n, span: r.span(n), end: r.at + n.end, sentence: r.si };
}

/**
 * 'Of respondents (n = 210), 147 (70%) said …', 'Prisoners in the sample (n=32) were asked …; 22 (69%)
 * said …': a group's size written '(n = N)' after its noun is the whole of the first 'k (P%)' after it in
 * the sentence, when it is the sentence's one such size, no other figure stands between, and no 'of …'
 * after the bracket names another base. ('P% (n = N)' is a share's own base, read by percent-of.ts.)
 */
function sampleSize(r: Reading, i: number, close: number): Pop | undefined {
  const { text, toks, isCount } = r;
  const t = toks[i]!;
  let size: Tok | undefined;
  for (let j = 0; j < toks.length; j++) {
    const x = toks[j]!;
    if (!isCount(x) || !SAMPLE_OPEN.test(text.slice(Math.max(0, x.start - 12), x.start)) || !/^\s*\)/.test(text.slice(x.end, x.end + 4))) continue;
    if (size) return undefined;
    size = x;
  }
  if (!size || size.end > t.start || size.value < t.value) return undefined;
  if (toks.slice(toks.indexOf(size) + 1, i).some((x) => x.kind !== 'num' || !x.notCount)) return undefined;
  if (/^\s*(?:of|out\s+of|among)\b/i.test(text.slice(close, close + 12))) return undefined;
  return r.sentencePops.find((c) => c.tok === size) ?? { tok: size, span: r.span(size), end: r.at + size.end, sentence: r.si };
}
/** 'Our review of 60 cases', 'An audit of 80 care records', 'a sample of 60 cases': the count of what was looked at. */
const REVIEW_OF = /\b(?:review|audit|sample|examination|analysis|check|scrutiny|inspection|survey|look)s?\s+(?:of|at)\s+(?:the\s+|all\s+(?:the\s+)?|a\s+sample\s+of\s+)?$/i;
/** From the looked-at group to its part: its words, then the verb of finding ('found', 'showed that'), nothing else. */
const FOUND_PART = /^(?:\s+[A-Za-z][\w'-]*){1,8}?\s+(?:found|showed|revealed|identified|established)(?:\s+that)?\s+(?:only\s+|just\s+)?$/i;

/**
 * 'Our review of 60 cases found 45 (75%) with an up-to-date plan', 'An audit of 80 care records found 20
 * (25%) without …': the count of what was reviewed is the whole of the part the finding verb then counts
 * (no other figure between).
 */
function reviewedWhole(r: Reading, i: number, close: number): Pop | undefined {
  const { text, toks, isCount } = r;
  const t = toks[i]!;
  const j = i - 1;
  const n = toks[j];
  if (!n || !isCount(n) || n.value < t.value || !REVIEW_OF.test(text.slice(Math.max(0, n.start - 40), n.start))) return undefined;
  if (!FOUND_PART.test(text.slice(n.end, t.start))) return undefined;
  // '45 (70%) of the plans': the bracket's 'of …' names another base.
  if (/^\s*(?:of|out\s+of|among)\b/i.test(text.slice(close, close + 12))) return undefined;
  // 'found 10 breaches (25%)', 'found 45 children (70%)': a part of its own noun may count other things.
  const own = nounAfter(text, t.end);
  if (own !== undefined && !sameGroup(own, nounAfter(text, n.end))) return undefined;
  return r.sentencePops.find((c) => c.tok === n) ?? { tok: n, span: r.span(n), end: r.at + n.end, sentence: r.si };
}

/** 'k of the NOUN (': a part of a group named again by a bare plural noun with 'the'. */
const OF_THE_NOUN = /^\s+of\s+the\s+([A-Za-z][\w'-]*s)\s*\(\s*$/i;

/**
 * 'Inspectors observed 23 sessions taught by 9 tutors. Teaching was good in 17 of the sessions (81%).': 'of the
 * sessions' names again the one group counted before with that noun, in this sentence or the one before, when
 * it is the one count of that noun there (its noun exactly, no larger than the part, not hedged, not a part)
 * and no 'of …' follows the bracket.
 */
function ofTheWhole(r: Reading, i: number, close: number): Pop | undefined {
  const { text, toks } = r;
  const t = toks[i]!;
  const m = OF_THE_NOUN.exec(text.slice(t.end, toks[i + 1]!.start));
  if (!m || /^\s*(?:of|out\s+of|among)\b/i.test(text.slice(close, close + 12))) return undefined;
  const noun = m[1]!.toLowerCase();
  const all = r.popsBefore(r.at + t.start, 0, [t], { backward: true }, true);
  const cands = all.filter((c) => c.noun === noun && c.sentence >= r.si - 1);
  if (cands.length !== 1) return undefined;
  const c = cands[0]!;
  if (c.part || c.rough || c.tok.value < t.value) return undefined;
  return c;
}

/** 'of whom', 'of which' right after the count or after its bracket. */
const OF_WHOM = /^\s+of\s+(?:whom|which)\b/i;

/**
 * 'The wing held 120 men, 30 (25%) of whom were on remand', '… 120 men, 30 of whom (25%) …': 'of whom' points
 * back to the count whose clause the comma before the part closes, the one count before it in the sentence
 * (its noun named, not hedged, no smaller than the part).
 */
function whomWhole(r: Reading, i: number, close: number): Pop | undefined {
  const { text, toks, isCount } = r;
  const t = toks[i]!;
  if (!OF_WHOM.test(text.slice(t.end, t.end + 16)) && !OF_WHOM.test(text.slice(close, close + 16))) return undefined;
  // The counts of the part's clause (after a semicolon, '…; 82 were interviewed under caution, 57 (70%) of whom …').
  const clause = text.lastIndexOf(';', t.start) + 1;
  const before = toks.slice(0, i).filter((x) => !x.notCount && x.start >= clause);
  const n = before[0];
  // Its noun named, or the count opening its clause with its verb ('82 were interviewed …'): the clause's subject.
  const subject = !!n && /^\s*$/.test(text.slice(clause, n.start)) && /^\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+ed\b/i.test(text.slice(n.end, n.end + 30));
  if (before.length !== 1 || !n || n.kind !== 'num' || !isCount(n) || n.value < t.value || !(nounAfter(text, n.end) || subject) || HEDGE_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) return undefined;
  let gap = text.slice(n.end, t.start);
  for (const x of toks) if (x.notCount && x.start >= n.end && x.end <= t.start) gap = gap.slice(0, x.start - n.end) + 'x'.repeat(x.end - x.start) + gap.slice(x.end - n.end);
  if (!/^(?:\s+[A-Za-z][\w'-]*){1,10}?\s*,\s*$/.test(gap)) return undefined;
  return r.sentencePops.find((c) => c.tok === n) ?? { tok: n, span: r.span(n), end: r.at + n.end, sentence: r.si };
}

/** '(n = ', '(n=' after a group's noun (not after a share: 'P% (n = N)'). */
const SAMPLE_OPEN = /[A-Za-z]\s*\(\s*n\s*=\s*$/i;

/**
 * What the last 'all but c of the n' of this sentence before `before` leaves, as a count of its whole (n − c of
 * n): 'All but three of the 41 files …' is 38 of 41.
 */
function allButBefore(r: Reading, before: number): { k: CountIn; n: CountIn } | undefined {
  let c: (typeof r.claims)[number] | undefined;
  for (let i = r.claims.length - 1; i >= 0 && !c; i--) {
    const x = r.claims[i]!;
    if (x.kind === 'all-but' && x.verdict === 'ok' && x.span.start >= r.at && x.span.end <= r.at + before) c = x;
  }
  if (!c) return undefined;
  const co = c.operands.find((o) => o.role === 'c');
  const no = c.operands.find((o) => o.role === 'n');
  if (!co || !no || no.value <= co.value) return undefined;
  return { k: { value: no.value - co.value, raw: `all but ${co.raw}`, span: co.span }, n: { value: no.value, raw: no.raw, span: no.span } };
}

/** An earlier 'k of n' of the sentence (a count-of claim) whose share rounds to the percentage. */
function pairFits(r: Reading, p: PctIn, before: number): { k: CountIn; n: CountIn } | undefined {
  // 'All but three of the 41 staff files we checked held two written references (93%)': the share of what
  // 'all but' leaves (38 of 41).
  const ab = allButBefore(r, before);
  if (ab && judge(ab.k.value, ab.n.value, p.scaled, p.decimals, r.policy).verdict === 'ok') return ab;
  for (let i = r.claims.length - 1; i >= 0; i--) {
    const c = r.claims[i]!;
    // ('9 out of 40 visits made by the two inspectors (23%)': a pair with 'out of' is a claim of kind 'ratio'
    // with the pair's own counts.)
    if ((c.kind !== 'count-of' && c.kind !== 'ratio') || c.verdict !== 'ok' || c.span.end > r.at + before || c.operands.some((o) => o.role === 'f')) continue;
    const ko = c.operands.find((o) => o.role === 'k');
    const no = c.operands.find((o) => o.role === 'n');
    if (!ko || !no || judge(ko.value, no.value, p.scaled, p.decimals, r.policy).verdict !== 'ok') continue;
    const asCount = (o: typeof ko): CountIn => {
      const x: CountIn = { value: o.value, raw: o.raw, span: o.span };
      if (o.word) x.word = true;
      return x;
    };
    return { k: asCount(ko), n: asCount(no) };
  }
  // '… worked with 2,615 families, 1,930 of them through its nine hubs (74%)': the pair 'k of them' after
  // the count it is of, earlier in the sentence (a relation reader's pair, not yet in the claims here).
  const { toks, text, countIn, isCount } = r;
  for (let j = toks.length - 1; j >= 0; j--) {
    const k = toks[j]!;
    if (k.end > before || !isCount(k) || !/^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i.test(text.slice(k.end, k.end + 20))) continue;
    const n = toks.slice(0, j).reverse().find((x) => isCount(x));
    if (!n || n.value <= k.value || judge(k.value, n.value, p.scaled, p.decimals, r.policy).verdict !== 'ok') continue;
    return { k: countIn(k), n: countIn(n) };
  }
  return undefined;
}
