/**
 * A percentage with its counts in brackets:
 *
 *   'P% (k of n)', 'P% (k/n)'                   percentCountOf
 *   'P% (k)', 'P% (k) of the n'                 percentCount
 *   'P% of the files … (k of n)' later on       percentLaterPair
 *   'P% of premises (k inspections to n premises)'  percentLaterNounPair
 *
 * For 'P% (k)' with no total after it, the total is the candidate stated
 * before that fits (`Reading.popsBefore`); with none, the percentage and its
 * count are judged on their own (`judgeNoTotal`: is there any total?).
 */
import { judge } from '../rounding.js';
import { countOperand, judgeNoTotal, judgeShare, pctOperand, unchecked, written, type CountIn } from '../judge.js';
import { changeAmountBefore, UNIT_WORDS } from '../words.js';
import { singular, type Tok } from '../scan.js';
import { shareOfPopBefore, type Pop } from './reading.js';
import type { Reading } from './reading.js';
import { bracketEnd, COMPARED_AFTER, coordinatedChange, laterPair, OF_N_PAREN, ofOtherGroup, OPEN, PAIR } from './shared.js';

/** 'P% (k of n)'. */
export function percentCountOf(r: Reading, i: number): boolean {
  const { at, toks, used, claimBase, pctIn, countIn, between, after, isCount, closeAfter, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  const t2 = toks[i + 2];
  if (!(isCount(t1) && isCount(t2) && OPEN.test(between(t, t1)) && PAIR.test(between(t1, t2)) && /^[^()]*\)/.test(after(t2)))) return false;
  const p = pctIn(t);
  const c = judgeShare(claimBase(t.start, closeAfter(t2), 'percent-count-of'), p, countIn(t1), countIn(t2), r.policy);
  emit(c);
  used.add(t).add(t1).add(t2);
  addPop(t2);
  pushBase({ end: at + t2.end, p, k: countIn(t1), n: countIn(t2) });
  return true;
}

/** 'P% (k) [of the n]'. */
export function percentCount(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, countIn, between, after, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  const t2 = toks[i + 2];
  if (!(isCount(t1) && OPEN.test(between(t, t1)) && /^\s*\)/.test(after(t1)))) return predicateCount(r, i);
  // 'a fall of 21.3% (204) on the 956 received': a change amount and its count in brackets are a change and its
  // absolute size (change.ts), not a share and its part, unless the bracket names its own whole ('(204 of 956)').
  if ((changeAmountBefore(text.slice(Math.max(0, (t.hedge?.start ?? t.start) - 40), t.hedge?.start ?? t.start)) || coordinatedChange(text, t.hedge?.start ?? t.start)) && !(isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start)))) return false;
  const p = pctIn(t);
  const close = closeAfter(t1);
  used.add(t).add(t1);
  const k = countIn(t1);
  if (isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start))) {
    const end = bracketEnd(text, t2);
    emit(judgeShare(claimBase(t.start, end, 'percent-count'), p, k, countIn(t2), r.policy));
    used.add(t2);
    addPop(t2);
    pushBase({ end: at + t2.end, p, k, n: countIn(t2) });
    return true;
  }
  // '10.8% (20,667) more than in March (191,777)': a difference from another figure, so its
  // base is that figure, not a total stated before.
  // '44% (11) of them had a plan': the word after 'of them' is a verb, not the group's noun.
  const look = lookOf(t.start, close);
  if (look.noun && /^\s*of\s+(?:these|those|them)\s/i.test(text.slice(close, close + 20)) && !/[a-z]s$/i.test(look.noun) && !/^(?:children|people|men|women|staff)$/i.test(look.noun)) look.noun = undefined;
  // ('Of the court orders, 75% (30 cases) had a plan, and 25% (10) did not': a sibling share's bracket is no total.)
  const cands = COMPARED_AFTER.test(text.slice(close, close + 40)) ? [] : popsBefore(at + t.start, t1.value, [t1], look).filter((c) => !shareCount(r, c.tok));
  const fitting = cands.find((c) => judge(k.value, c.tok.value, p.scaled, p.decimals, r.policy).verdict === 'ok');
  // 'Of the 80 cases, 60% were men, and 75% (36) of the men …': a group named after the bracket that is a part of the
  // total (another noun, the noun narrowed, or after a share of the total) is of a size not written.
  // ('Two-thirds of those stations (240) …, 21% (74) are wholetime': a group the sentence names before the share,
  // pointing back with 'those' to another noun than the group counted before, is what its shares are of.)
  const named = [...text.slice(0, t.start).matchAll(/\bof\s+(?:these|those)\s+([a-z]+s)\b/gi)].pop()?.[1];
  const otherNamed = named !== undefined && cands.length > 0 && cands[0]!.noun !== undefined && singular(named.toLowerCase()) !== singular(cands[0]!.noun.toLowerCase());
  if (!fitting && cands.length > 0 && (otherNamed || ofOtherGroup(text.slice(close, close + 60), cands[0]!.noun) || (/^\s*of\s+(?:the|these|those)\s/i.test(text.slice(close, close + 12)) && shareOfPopBefore(r, cands[0]!, at + t.start)))) {
    emit(judgeNoTotal(claimBase(t.start, close, 'percent-count'), p, k, r.policy));
    pushBase({ end: at + close, p, k });
  } else if (cands.length > 0) {
    const pick = fitting ?? cands[0]!;
    const n: CountIn = { ...countIn(pick.tok), span: pick.span, inferred: true };
    const claim = judgeShare(claimBase(t.start, close, 'percent-count'), p, k, n, r.policy, [{ span: pick.span, message: `the total, ${pick.tok.raw}, is taken from here` }]);
    emit(claim);
    pushBase({ end: at + close, p, k, n });
  } else {
    emit(judgeNoTotal(claimBase(t.start, close, 'percent-count'), p, k, r.policy));
    pushBase({ end: at + close, p, k });
  }
  return true;
}

/** A short predicate between the share and its bracket: words only, no clause break. */
const PREDICATE_OPEN = /^\s+(?:[A-Za-z][\w'-]*\s+){0,5}[A-Za-z][\w'-]*\s*\(\s*$/;
/** A predicate that makes the percentage a change: 'increase on', 'fall since', 'more than', 'up on'. */
const CHANGE_PREDICATE = /^\s+(?:(?:rise|increase|growth|jump|fall|drop|decrease|reduction|decline|cut|improvement|deterioration)s?|more|fewer|less|higher|lower|greater|larger|smaller|up|down|above|below)\b/i;
/** The bracket's count and perhaps its noun ('(31 schools)', '(143)'). Group 1 is the noun. */
const COUNT_CLOSE = /^(?:\s+([A-Za-z][\w'-]*))?\s*\)/;

/**
 * 'Of the 309 schools …, 10 per cent were judged outstanding (31 schools), 46 per cent good (143)':
 * the share, a short predicate, then its count in brackets. Judged against a total stated earlier
 * in the same sentence; one that fits confirms it wherever it is.
 */
function predicateCount(r: Reading, i: number): boolean {
  const { at, toks, used, claimBase, pctIn, countIn, between, after, isCount, closeAfter, emit, pushBase, popsBefore, lookOf } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  if (t.hedge || !isCount(t1) || used.has(t1) || !PREDICATE_OPEN.test(between(t, t1))) return false;
  // 'a 3% increase on the previous year (8,690)', 'an increase of 9% on the same period (5,010)': a change
  // and the figure it is of, not a share and its count.
  if (CHANGE_PREDICATE.test(between(t, t1)) || changeAmountBefore(r.text.slice(Math.max(0, t.start - 40), t.start)) || coordinatedChange(r.text, t.start)) return false;
  const c = COUNT_CLOSE.exec(after(t1));
  if (!c || (c[1] && UNIT_WORDS.has(c[1].toLowerCase()))) return false;
  const p = pctIn(t);
  const close = closeAfter(t1);
  const k = countIn(t1);
  const look = lookOf(t.start, close);
  const fit = popsBefore(at + t.start, t1.value, [t1], look, true).find((x) => judge(k.value, x.tok.value, p.scaled, p.decimals, r.policy).verdict === 'ok');
  // With none that fits, only the sentence's own total is taken, when no other count stands between
  // it and the share ('Of the 2,102 …, 309 were secondaries; 10 per cent of these …' is of the 309).
  const own = fit ? undefined : popsBefore(at + t.start, t1.value, [t1], look).find((x) => x.sentence === r.si && !x.part && !shareCount(r, x.tok));
  // (A count already read as a sibling share's, '(31 schools)', is no other count.)
  const between0 = own ? toks.some((x) => x.kind === 'num' && !x.notCount && !used.has(x) && !/\(\s*$/.test(r.text.slice(Math.max(0, x.start - 3), x.start)) && x !== own.tok && at + x.start > own.end && x.start < t.start) : false;
  const pick = fit ?? (own && !between0 && !/\bof\s+(?:these|them|those)\b/i.test(between(t, t1)) && !namesSubgroup(r, own, t, t1) ? own : undefined);
  // 'Of these secondaries, 10 per cent were judged outstanding (31 schools) …, and 10 per cent were inadequate (31)':
  // the bracket is this share's count, a part, never the total a later share of the sentence is of.
  if (!pick) {
    r.addPop(t1, true);
    return false;
  }
  used.add(t).add(t1);
  const n: CountIn = { ...countIn(pick.tok), span: pick.span, inferred: true };
  emit(judgeShare(claimBase(t.start, close, 'percent-count'), p, k, n, r.policy, [{ span: pick.span, message: `the total, ${pick.tok.raw}, is taken from here` }]));
  pushBase({ end: at + close, p, k, n });
  return true;
}

/**
 * A count in brackets just after a share and a short predicate ('10 per cent were judged outstanding (31 schools)'):
 * that share's count, whichever reader took the share, so never the total of a later share of the sentence.
 */
function shareCount(r: Reading, tok: Tok): boolean {
  const j = r.toks.indexOf(tok);
  const prev = j > 0 ? r.toks[j - 1] : undefined;
  if (!prev || prev.kind !== 'pct') return false;
  const gap = r.between(prev, tok);
  return /^\s*\(\s*$/.test(gap) || PREDICATE_OPEN.test(gap);
}

/** The group a share names after 'of': 'of the adults (', 'of the private homes had (', 'of those calls ('. Group 1 its words. */
const OF_GROUP = /^\s+of\s+(?:the|these|those|its|their)\s+([^()]*?)\s*\($/i;

/**
 * 'Thirty-two per cent of the 250 learners were adults, and 55% of the adults (44) …': a share that names its own
 * group after 'of' is of that group, which may be a part the sentence made of its total ('the adults', 'the private
 * homes', 'those calls' after '25% were about …'). The total is its whole only when the group is named by the
 * total's noun first, with no modifier before it, and no share or fraction stands between the total and the share.
 */
function namesSubgroup(r: Reading, own: Pop, t: Tok, t1: Tok): boolean {
  if (!OF_GROUP.test(r.between(t, t1))) return false;
  if (ofOtherGroup(r.between(t, t1), own.noun)) return true;
  return shareOfPopBefore(r, own, r.at + t.start);
}

/** 'P% … (k of n …)' later in the sentence, with no other percentage between. */
export function percentLaterPair(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, countIn, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const later = laterPair(text, toks, i);
  if (!later) return percentLaterNounPair(r, i);
  const p = pctIn(t);
  const [a, b, close] = later;
  used.add(t).add(a).add(b);
  addPop(b);
  emit(judgeShare(claimBase(t.start, close, 'percent-count-of'), p, countIn(a), countIn(b), r.policy));
  pushBase({ end: at + b.end, p, k: countIn(a), n: countIn(b) });
  return true;
}

/** '(k inspections to n premises)', '(2 inspections out of 3403)': a pair whose part names its own noun. */
const NOUN_PAIR = /^\s+([A-Za-z][\w-]*)\s+(?:to|out\s+of|of|for)\s+(?:the\s+|all\s+)?$/i;

/**
 * 'P% of premises (k inspections to n premises)': the part names a noun of
 * its own. When it is the total's noun or the share's ('68% of premises (1109
 * premises …') the share is judged; when it is another ('inspections' of
 * 'premises') the part may count several of one member, so the share is
 * judged only when it fits, otherwise not judged.
 */
function percentLaterNounPair(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, countIn, isCount, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const a = toks[i + 1];
  const b = toks[i + 2];
  if (!isCount(a) || !isCount(b) || used.has(a) || used.has(b)) return false;
  const gap = text.slice(t.end, a.start);
  if (!/\(\s*$/.test(gap) || /[.;()]/.test(gap.replace(/\(\s*$/, '')) || gap.split(/\s+/).filter(Boolean).length > 16) return false;
  const m = NOUN_PAIR.exec(text.slice(a.end, b.start));
  const shut = /^[^()]*\)/.exec(text.slice(b.end, b.end + 80));
  if (!m || !shut) return false;
  const close = b.end + shut[0].length;
  const p = pctIn(t);
  const shareNoun = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([A-Za-z][\w-]*)/i.exec(text.slice(t.end, t.end + 40))?.[1];
  const nNoun = /^\s+([A-Za-z][\w-]*)/.exec(text.slice(b.end, b.end + 40))?.[1];
  const kNoun = m[1]!.toLowerCase();
  // The same word, not only the same kind ('reviews' and 'cases' are one population elsewhere, but 300 reviews may be of fewer cases).
  const one = (w: string | undefined) => w !== undefined && singular(w.toLowerCase()) === singular(kNoun);
  const same = one(nNoun) || one(shareNoun);
  const c = judgeShare(claimBase(t.start, close, 'percent-count-of'), p, countIn(a), countIn(b), r.policy);
  used.add(t).add(a).add(b);
  addPop(b);
  if (same || c.verdict === 'ok' || c.verdict === 'convention') emit(c);
  else emit(unchecked(claimBase(t.start, close, 'percent-count-of'), [pctOperand(p), countOperand(countIn(a), 'k'), countOperand(countIn(b), 'n')], `${written(p)}: ${a.value} ${kNoun} to ${b.value} may count several of one (not judged)`));
  pushBase({ end: at + b.end, p, k: countIn(a), n: countIn(b) });
  return true;
}
