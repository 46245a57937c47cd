/**
 * A fraction word ('half', 'two thirds', 'a quarter'), hedged or not, with
 * what completes it:
 *
 *   'two thirds (20 of 30)'          its counts in brackets
 *   'almost half (48%)'              a percentage in brackets
 *   'a third (9) of the 27'          a count, then its total
 *   'half of the 40 (20)'            its total, then a count
 *   'a quarter … (5 of 20)'          counts later in the sentence
 *   'half of these'                  a total stated before
 *
 * A fraction with a hedge is an interval (`fractionInterval`), never an exact
 * value; an inconsistent one gets the words that would fit.
 */
import { RULE } from '../claim.js';
import { fractionInterval } from '../interval.js';
import { countOperand, fracOperand, judgeFractionOf, judgeInterval, judgePercentInterval, judgeShare, pctOperand, unchecked, type FracIn } from '../judge.js';
import { ratioBase, singular } from '../scan.js';
import { lastBase, sharePartBefore, type Pop, type Reading } from './reading.js';
import type { Tok } from '../scan.js';

/** Between a count and a fraction in apposition to it: a comma or a dash, nothing else. */
const APPOSITION_OPEN = /^\s*(?:,|[\u2013\u2014]|\s-)\s*$/;
/** After the fraction in apposition: the apposition closes (not 'nearly half of them'). */
const APPOSITION_CLOSE = /^\s*(?:[,;.\u2013\u2014]|\s-\s|$)/;
import { BACKREF, bracketEnd, laterPair, OF_N, OF_N_PAREN, OPEN, PAIR, withSuggestion } from './shared.js';

/** Before a fraction that restates a count's share at the sentence's end: ', which is', ', that is', ', or'. */
const WHICH_IS_BEFORE = /,\s*(?:which\s+(?:is|was|represents|represented)|that\s+is|or)\s+(?:only\s+|just\s+)?$/i;
/** After a fraction, its group's words (no figure, no clause break) up to a bracket: ' of people who had used crisis care ('. */
const GROUP_THEN_BRACKET = /^\s+of\s+(?:the\s+)?[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){1,11}\s*\(\s*$/;

/** A fraction token: always read here (on its own when nothing completes it). */
/** A possessive before the whole: 'two thirds of the college's 410 apprentices (224)', 'half of its 30 homes', 'Nearly half of the Board's 15 members'. */
const OF_POSSESSIVE = /^\s+of\s+(?:(?:the\s+)?[A-Za-z][\w-]*['\u2019]s?|its|their|our)\s+$/i;

/** After a fraction, its group named back or by a bare plural noun, then the bracket of its count: ' of them (', ' of pupils ('. */
const OF_GROUP_BRACKET = /^\s+of\s+(?:them|these|those|([a-z]+s|people|children|staff|men|women))\s*\(\s*$/i;

/** 'of those investigated', 'of those assessed': the earlier count named by its verb. */
const THOSE_DONE = /^\s+of\s+(?:those|the\s+ones|them)\s+([a-z]{3,}ed)\b/i;
/** The group's noun restated after a closing fraction: 'of the sample', 'of the city's services', 'of those read'. */
const RESTATED_GROUP = /^\s+of\s+(?:the|those|these|all|our)\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,2}[A-Za-z][\w'\u2019-]*)(?=\s*[.!]?\s*$)/i;
/** Words that make the phrase another figure or another whole ('a third of the number last year', 'of the national rate'). */
const NOT_THE_GROUP = /\b(?:number|numbers|figure|population|establishment|prison|service|authority|total\s+of|average|rate|level|target|last|previous|year|years|national|nationally|England|Wales|Scotland|country|region|regional|all\s+)\b/i;
/** The group's words: no verb ('of the families were out' is a clause of its own), the last a plural or a word for the whole. */
function restatedGroup(words: string): boolean {
  const ws = words.toLowerCase().split(/\s+/);
  if (ws.some((w) => /^(?:were|was|are|is|had|has|have|did|do|does|been|be|said|felt|could|would|should|will|may|might|must|not|[a-z]+ed)$/.test(w))) return false;
  return /^(?:[a-z]{2,}[^s\W']s|people|men|women|children|staff|sample|total|group|cohort|caseload)$/.test(ws[ws.length - 1]!);
}

/**
 * A fraction closing its sentence after a comma or colon, alone or with its group's noun restated: the tail, and
 * whether it ends the sentence. (`null` when neither.)
 */
function closingTail(rest: string, before: string): (RegExpExecArray & { closing?: boolean }) | null {
  if (!/(?:,|:|[\u2013\u2014]|\s-)\s*(?:(?:only|just)\s+)?$/.test(before)) return null;
  const m: (RegExpExecArray & { closing?: boolean }) | null = RESTATED_GROUP.exec(rest) ?? /^(?=\s*[.!]?\s*$)/.exec(rest);
  if (!m || (m[1] && (NOT_THE_GROUP.test(m[1]) || !restatedGroup(m[1])))) return null;
  m.closing = true;
  return m;
}

/** The whole of a frame the sentence opens with, 'Of the 97 people … aged 65 or over, ', closing right before `pos`. */
function frameWhole(r: Reading, pos: number): Tok | undefined {
  const n = r.toks.find((t) => !t.notCount);
  if (!n || !r.isCount(n) || n.hedge || !/^\s*(?:Of|Among|Amongst)\s+(?:the\s+|all\s+(?:the\s+)?)?$/.test(r.text.slice(0, n.start))) return undefined;
  const gap = r.text.slice(n.end, pos);
  if (!/^\s+[a-z][^;:()\u2013\u2014]*,\s*$/i.test(gap) || r.toks.some((t) => t.start > n.end && t.end <= pos && !t.notCount)) return undefined;
  return n;
}

export function fractionAt(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, countIn, fracIn, between, after, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  const t2 = toks[i + 2];
  const f = fracIn(t);
  const startAt = t.hedge ? t.hedge.start : t.start;
  const said = `${f.hedge ? `${f.hedge.raw} ` : ''}${f.raw}`;
  const fi = fractionInterval(f.fraction, f.hedge?.kind);
  const fiOf = (n: number) => fractionInterval(f.fraction, f.hedge?.kind, n);
  used.add(t);
  // fraction (k of n)
  if (isCount(t1) && isCount(t2) && OPEN.test(between(t, t1)) && PAIR.test(between(t1, t2)) && /^[^()]*\)/.test(after(t2))) {
    used.add(t1).add(t2);
    addPop(t2);
    emit(withSuggestion(judgeInterval(claimBase(startAt, closeAfter(t2), 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand(countIn(t2), 'n')], fiOf, said, t1.value, t2.value, RULE.fractionMismatch), f, t1.value, t2.value, { start: at + startAt, end: at + t.end }));
    pushBase({ end: at + t2.end, k: countIn(t1), n: countIn(t2) });
    return true;
  }
  // 'Of the 97 people …, just under a fifth (24%, or 19 people) had …': the fraction opens the clause after a
  // frame's whole, its share and its count in the bracket after it, all three of the frame's whole.
  if (t1?.kind === 'pct' && !t1.hedge && isCount(t2) && OPEN.test(between(t, t1)) && /^\s*,\s*or\s+$/i.test(between(t1, t2))) {
    const close = /^(?:\s+[a-z][\w'-]*){0,2}\s*\)/i.exec(after(t2));
    const n = close ? frameWhole(r, startAt) : undefined;
    if (close && n && n.value >= t2.value) {
      used.add(t1).add(t2);
      const p = pctIn(t1);
      const end = t2.end + close[0].length;
      const nIn = countIn(n);
      const why = [{ span: nIn.span, message: `the whole, ${n.raw}, is the group the sentence opens with` }];
      const share = { ...judgeShare(claimBase(t1.start, end, 'percent-of'), p, countIn(t2), nIn, r.policy), sources: why };
      // (A share that misfits its count is the one error of the bracket: the fraction is judged on the count alone.)
      const onShare = share.verdict !== 'inconsistent' ? judgePercentInterval(claimBase(startAt, end, 'fraction'), [fracOperand(f), pctOperand(p)], p, fi, said, RULE.fractionMismatch, r.policy.mode !== 'nearest') : undefined;
      if (onShare) emit(onShare);
      emit(share);
      const onCount = { ...judgeInterval(claimBase(startAt, end, 'fraction'), [fracOperand(f), countOperand(countIn(t2), 'k'), countOperand(nIn, 'n')], fiOf, said, t2.value, n.value, RULE.fractionMismatch), sources: why };
      // (One error, one report: the fraction on the count is kept when it fits, or when nothing else was found wrong.)
      if (onCount.verdict === 'ok' || (share.verdict !== 'inconsistent' && onShare?.verdict !== 'inconsistent')) emit(onCount);
      pushBase({ end: at + t2.end, k: countIn(t2), n: nIn });
      return true;
    }
  }
  // 'However, fewer than half (14 records, or 23%) contained …': a fraction opening its sentence, its count with
  // a noun and its share in the bracket after it. The whole is a group counted before: the share and the fraction
  // are judged on the one that fits the share; with none fitting, only on the one group of the sentence before.
  if (isCount(t1) && t2?.kind === 'pct' && !t2.hedge && OPEN.test(between(t, t1)) && /^\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s*,\s*or\s+$/i.test(between(t1, t2)) && /^\s*\)/.test(after(t2)) && /^\s*(?:(?:However|But|And|Overall),?\s+)?$/i.test(text.slice(0, startAt))) {
    const end = closeAfter(t2);
    const p = pctIn(t2);
    const cands = popsBefore(at + t.start, t1.value, [t1], { backward: true }, true).filter((c) => c.sentence < r.si && !c.rough).slice(0, 3);
    const shareOn = (c: Pop) => ({ ...judgeShare(claimBase(t1.start, end, 'percent-of'), p, countIn(t1), { ...countIn(c.tok), span: c.span, inferred: true }, r.policy), sources: [{ span: c.span, message: `the ${c.tok.raw} stated before is taken as the whole here` }] });
    const fit = cands.find((c) => { const v = shareOn(c).verdict; return v === 'ok' || v === 'convention'; });
    const all = popsBefore(at + t.start, 0, [t1], { backward: true }, true);
    const sole = all.length === 1 && all[0]!.sentence === r.si - 1 && !all[0]!.part && !all[0]!.rough && all[0]!.tok.value >= t1.value ? all[0] : undefined;
    const whole = fit ?? sole;
    used.add(t1).add(t2);
    const onShare = judgePercentInterval(claimBase(startAt, end, 'fraction'), [fracOperand(f), pctOperand(p)], p, fi, said, RULE.fractionMismatch, r.policy.mode !== 'nearest');
    emit(onShare);
    if (whole) {
      const share = shareOn(whole);
      emit(share);
      const onCount = { ...judgeInterval(claimBase(startAt, end, 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand({ ...countIn(whole.tok), span: whole.span, inferred: true }, 'n')], fiOf, said, t1.value, whole.tok.value, RULE.fractionMismatch), sources: share.sources };
      if (onCount.verdict === 'ok' || (share.verdict !== 'inconsistent' && onShare.verdict !== 'inconsistent')) emit(onCount);
      pushBase({ end: at + t2.end, k: countIn(t1), n: countIn(whole.tok) });
    } else pushBase({ end: at + t2.end, p, implicitN: true });
    return true;
  }
  // fraction (P%); fraction – P% – of …
  const dashed = t1?.kind === 'pct' && /^\s*(?:[\u2013\u2014]|\s-)\s*$/.test(between(t, t1)) ? /^\s*(?:[\u2013\u2014]|-(?=\s))(?=\s*of\b)/.exec(after(t1)) : null;
  // ('under one quarter of children's homes (23% or 459)': the bracket may add the count, with no total.)
  if (t1?.kind === 'pct' && !t1.hedge && (dashed || ((OPEN.test(between(t, t1)) || /^\s+(?:[A-Za-z][\w'-]*\s+){1,3}\(\s*$/.test(between(t, t1))) && /^\s*(?:,\s*|\s+or\s+)?(?:\d[\d,]*\s*)?\)/.test(after(t1))))) {
    if (t2?.kind === 'num' && t2.start < closeAfter(t1)) used.add(t2);
    used.add(t1);
    const p = pctIn(t1);
    emit(judgePercentInterval(claimBase(startAt, dashed ? t1.end + dashed[0].length : closeAfter(t1), 'fraction'), [fracOperand(f), pctOperand(p)], p, fi, said, RULE.fractionMismatch, r.policy.mode !== 'nearest'));
    pushBase({ end: at + t1.end, p, implicitN: true });
    return true;
  }
  // 'Almost a third of people who had used crisis care (29%) said …': the bracket after the fraction's whole
  // group, its clause going on after it. The bracket may be the share of the group's own clause ('of respondents
  // who had used crisis care (12%)'), so the fraction is only confirmed on it.
  if (t1?.kind === 'pct' && !t1.hedge && GROUP_THEN_BRACKET.test(between(t, t1)) && /^\s*\)\s+[a-z]/.test(after(t1))) {
    const p = pctIn(t1);
    const c = judgePercentInterval(claimBase(startAt, closeAfter(t1), 'fraction'), [fracOperand(f), pctOperand(p)], p, fi, said, RULE.fractionMismatch, r.policy.mode !== 'nearest');
    if (c.verdict === 'ok') {
      used.add(t1);
      emit(c);
      pushBase({ end: at + t1.end, p, implicitN: true });
      return true;
    }
  }
  // fraction (k) of the n  /  fraction of the n (k)  /  fraction – k – (its count between dashes, no 'of' after)
  const dashK = isCount(t1) && /^\s*(?:[\u2013\u2014]|\s-)\s*$/.test(between(t, t1)) && /^\s*(?:[\u2013\u2014]|-(?=\s))\s+(?!of\b)[a-z]/i.test(after(t1));
  if (isCount(t1) && ((OPEN.test(between(t, t1)) && /^\s*\)/.test(after(t1))) || dashK)) {
    used.add(t1);
    const close = dashK ? t1.end : closeAfter(t1);
    if (!dashK && isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start))) {
      used.add(t2);
      addPop(t2);
      emit(withSuggestion(judgeInterval(claimBase(startAt, bracketEnd(text, t2), 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand(countIn(t2), 'n')], fiOf, said, t1.value, t2.value, RULE.fractionMismatch), f, t1.value, t2.value, { start: at + startAt, end: at + t.end }));
      pushBase({ end: at + t2.end, k: countIn(t1), n: countIn(t2) });
    } else {
      // 'has rated 47 of them. Nearly two thirds (29) require improvement': the group may be a total stated
      // before; with no total of its own the fraction is judged on one only when it fits.
      const cands = popsBefore(at + t.start, t1.value, [t1], { backward: true }, true).slice(0, 3);
      const judgeOn = (c: Pop) => judgeInterval(claimBase(startAt, close, 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand({ ...countIn(c.tok), span: c.span, inferred: true }, 'n')], fiOf, said, t1.value, c.tok.value, RULE.fractionMismatch);
      const fit = cands.map((c) => ({ c, claim: judgeOn(c) })).find((x) => x.claim.verdict === 'ok');
      // 'Inspectors read 52 case files. Fewer than a third – 15 – contained …': a fraction opening its sentence,
      // its count beside it and no 'of …' after, is a share of the group the sentence before counts when that
      // is the one group counted before (not rough, not a part): judged both ways.
      const all = popsBefore(at + t.start, 0, [t1], { backward: true }, true);
      const sole = all.length === 1 && all[0]!.sentence === r.si - 1 && !all[0]!.part && !all[0]!.rough && all[0]!.tok.value >= t1.value ? all[0] : undefined;
      const opensSentence = /^\s*$/.test(text.slice(0, startAt)) && !/^\s*\)?\s*(?:of|out\s+of|among|in)\b/i.test(text.slice(close, close + 12));
      if (fit) emit({ ...fit.claim, sources: [{ span: fit.c.span, message: `the ${fit.c.tok.raw} stated before is taken as the whole here` }] });
      else if (sole && opensSentence) emit({ ...judgeOn(sole), sources: [{ span: sole.span, message: `the ${sole.tok.raw} stated before, the one group counted, is taken as the whole here` }] });
      else emit(unchecked(claimBase(startAt, close, 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k')], `${said} (${t1.value}): no total stated`));
    }
    return true;
  }
  if (isCount(t1) && (OF_N.test(between(t, t1)) || OF_POSSESSIVE.test(between(t, t1)))) {
    used.add(t1);
    addPop(t1);
    const end = bracketEnd(text, t1);
    if (isCount(t2) && OPEN.test(text.slice(end, t2.start).replace(/^(?:\s+[A-Za-z][\w'-]*){0,4}/, '')) && /^\s*\)/.test(after(t2))) {
      used.add(t2);
      emit(withSuggestion(judgeInterval(claimBase(startAt, closeAfter(t2), 'fraction'), [fracOperand(f), countOperand(countIn(t2), 'k'), countOperand(countIn(t1), 'n')], fiOf, said, t2.value, t1.value, RULE.fractionMismatch), f, t2.value, t1.value, { start: at + startAt, end: at + t.end }));
      pushBase({ end: at + t2.end, k: countIn(t2), n: countIn(t1) });
    } else {
      emit(judgeFractionOf(claimBase(startAt, end, 'fraction'), f, countIn(t1)));
    }
    return true;
  }
  // 'and over a third of them (2,752) were in north Wales', 'Just over a quarter of pupils (372) are eligible …', 'just
  // over half of them (58, or 56%)': the fraction's count in brackets right after its group, named back ('of them') or
  // by a bare plural noun. The whole is a group counted before, no smaller than the count: judged on one that fits, or
  // on the only such group (not rough); a share beside the count is judged on the same whole.
  const grp = t1 && isCount(t1) ? OF_GROUP_BRACKET.exec(between(t, t1)) : null;
  const grpTail = grp ? /^\s*(?:\)|,\s*(?:or\s+)?(?=\d[\d.]*\s*(?:%|per\s*cent)\s*\)))/i.exec(after(t1!)) : null;
  if (grp && grpTail && t1) {
    const noun = grp[1]?.toLowerCase();
    const pctTok = grpTail[0].includes(')') ? undefined : toks[i + 2]?.kind === 'pct' && !toks[i + 2]!.hedge ? toks[i + 2] : undefined;
    const withParts = popsBefore(at + t.start, t1.value, [t1], { backward: true, ...(noun ? { noun } : {}) }, true).filter((c) => !noun || !c.noun || singular(c.noun) === singular(noun));
    // ('Of the 60 children, 45 had a plan, and a third of those (20) …': after a part, 'those' may be that part; left to
    // the readings of a part's part.)
    const nearestPart = withParts[0]?.part === true;
    const all = withParts.filter((c) => !c.part);
    const cands = nearestPart ? [] : all.slice(0, 3);
    const close = closeAfter(pctTok ?? t1);
    const judgeOn = (c: Pop) => judgeInterval(claimBase(startAt, close, 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand({ ...countIn(c.tok), span: c.span, inferred: true }, 'n')], fiOf, said, t1.value, c.tok.value, RULE.fractionMismatch);
    const pctOn = (c: Pop) => (pctTok ? judgeShare(claimBase(t1.start, close, 'percent-of'), pctIn(pctTok), countIn(t1), { ...countIn(c.tok), span: c.span, inferred: true }, r.policy, [{ span: c.span, message: `the whole, ${c.tok.raw}, is the group the fraction is of` }]) : undefined);
    const fits = cands.filter((c) => judgeOn(c).verdict === 'ok' && (!pctTok || pctOn(c)!.verdict === 'ok'));
    // (No count as large as the part between that group and it, which 'them' may be: '104 people answered …, and just over half of them (58)'.)
    // (Nor a figure read as a label there: 'every question: 104 people answered'.)
    // (Nor a share or fraction of that group before it, whose part 'those' may be: 'Of the 60 children, three-quarters had
    // a plan, and two-thirds of those (30) …'.)
    // (Or a share, fraction or ratio anywhere before it in its sentence: 'Four in five (80%) of the 45 staff …, but only half of those (18)'.)
    const shareHere = toks.some((x) => x !== t && x.end <= t.start && (x.kind === 'pct' || x.kind === 'frac' || ratioBase(text, x)));
    // (Or a share read since that group in the sentences between: 'Of the 60 children, three-quarters had a plan. Two-thirds of those (30) …'.)
    const shareSince = (c: Pop) => r.scope.out.some((x) => x.span.start >= c.span.end && x.span.start < at + t.start && (x.kind === 'fraction' || x.kind === 'ratio' || x.kind === 'quantifier' || x.operands.some((o) => o.role === 'p')));
    const figureSince = (c: Pop) => shareHere || shareSince(c) || toks.some((x) => x !== t1 && x !== t && x.end <= t.start && at + x.start >= c.span.end && x.kind === 'num' && x.value >= t1.value && (!x.notCount || x.type === 'label')) || sharePartBefore(r, c, at + t.start);
    const sole = !nearestPart && all.length === 1 && !all[0]!.rough && !all[0]!.part && noCountSince(r, all[0]!, t1) && !figureSince(all[0]!) ? all[0] : undefined;
    const pick = fits[0] ?? sole;
    if (pick) {
      used.add(t1);
      if (pctTok) used.add(pctTok);
      emit({ ...judgeOn(pick), sources: [{ span: pick.span, message: fits[0] ? `the ${pick.tok.raw} stated before is taken as the whole here` : `the ${pick.tok.raw} stated before, the one group counted that is as large, is taken as the whole here` }] });
      const pc = pctOn(pick);
      if (pc) emit(pc);
      return true;
    }
  }
  // fraction … (k of n) later in the sentence
  const laterF = laterPair(text, toks, i);
  if (laterF) {
    const [a, b, close] = laterF;
    used.add(a).add(b);
    addPop(b);
    emit(withSuggestion(judgeInterval(claimBase(startAt, close, 'fraction'), [fracOperand(f), countOperand(countIn(a), 'k'), countOperand(countIn(b), 'n')], fiOf, said, a.value, b.value, RULE.fractionMismatch), f, a.value, b.value, { start: at + startAt, end: at + t.end }));
    pushBase({ end: at + b.end, k: countIn(a), n: countIn(b) });
    return true;
  }
  // 'in 34 of them, nearly half, …': the fraction in apposition to a count of a group named before. The group
  // is inferred ('them'), so the fraction is judged on it only when it fits, or when that group is the only
  // one counted before in the scope ('We inspected 22 centres. … in 10 of them, just over half.').
  const pair = lastBase(r.scope, (b) => b.k !== undefined && b.n?.inferred === true && !b.ratio && !b.p, r.si);
  if (pair && pair.end <= at + startAt && APPOSITION_OPEN.test(text.slice(pair.end - at, startAt)) && APPOSITION_CLOSE.test(after(t))) {
    const c = judgeInterval(claimBase(pair.k!.span.start - at, t.end, 'fraction'), [fracOperand(f), countOperand(pair.k!, 'k'), countOperand(pair.n!, 'n')], fiOf, said, pair.k!.value, pair.n!.value, RULE.fractionMismatch);
    if (c.verdict === 'ok' || pair.sole) {
      emit({ ...c, sources: [{ span: pair.n!.span, message: `the fraction restates ${pair.k!.raw} of the ${pair.n!.raw}` }] });
      return true;
    }
  }
  // 'Of these, 74 were living more than 20 miles from home, which is almost a quarter.': the fraction closing the
  // sentence after the clause of a count of a group, as the count's share of it (no other figure between).
  const pairW = pair ?? lastBase(r.scope, (b) => b.k !== undefined && b.n !== undefined && !b.ratio && !b.p && !b.implicitN, r.si);
  if (pairW && pairW.k && pairW.n && pairW.end <= at + startAt && pairW.k.span.start >= at && WHICH_IS_BEFORE.test(text.slice(0, startAt)) && /^\s*[.!]?\s*$/.test(after(t))) {
    const gap = text.slice(pairW.end - at, startAt);
    if (!/[;:()\u2013\u2014]/.test(gap) && !toks.some((x) => x.start >= pairW.end - at && x.end <= startAt && !x.notCount)) {
      const c = judgeInterval(claimBase(pairW.k.span.start - at, t.end, 'fraction'), [fracOperand(f), countOperand(pairW.k, 'k'), countOperand(pairW.n, 'n')], fiOf, said, pairW.k.value, pairW.n.value, RULE.fractionMismatch);
      if (c.verdict === 'ok' || pairW.sole || !pairW.n.inferred) {
        emit({ ...c, sources: [{ span: pairW.n.span, message: `the fraction restates ${pairW.k.raw} of the ${pairW.n.raw}` }] });
        return true;
      }
    }
  }
  // 'in 19 cases – nearly half – of the 41 where …': the fraction set between dashes after a count, and the
  // count's whole after it; both written, so the fraction is judged on them.
  const kBefore = toks[i - 1];
  if (kBefore && isCount(kBefore) && !used.has(kBefore) && isCount(t1) && t1.value >= kBefore.value && /^(?:\s+[A-Za-z][\w'-]*){0,2}\s*(?:[\u2013\u2014]|\s-)\s*$/.test(text.slice(kBefore.end, startAt)) && /^\s*(?:[\u2013\u2014]|-(?=\s))\s*(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(between(t, t1))) {
    used.add(kBefore).add(t1);
    addPop(t1);
    emit(withSuggestion(judgeInterval(claimBase(kBefore.start, t1.end, 'fraction'), [fracOperand(f), countOperand(countIn(kBefore), 'k'), countOperand(countIn(t1), 'n')], fiOf, said, kBefore.value, t1.value, RULE.fractionMismatch), f, kBefore.value, t1.value, { start: at + startAt, end: at + t.end }));
    pushBase({ end: at + t1.end, k: countIn(kBefore), n: countIn(t1) });
    return true;
  }
  // '412 men answered. … while 138 – about a third – said …': a fraction set beside a bare count is its
  // share of a group counted before. Which group is inferred, so it is judged only when it fits one, or when
  // only one group was counted before.
  const kTok = toks[i - 1];
  // '… although in 19, over half, the same officer …': between commas too, the fraction closing at its comma.
  const commaSet = /^\s*,\s*$/.test(text.slice(kTok?.end ?? 0, startAt)) && /^\s*,(?!\s*(?:\d|(?:and|or)\b))/.test(after(t));
  if (kTok && isCount(kTok) && !used.has(kTok) && (commaSet || (/^\s*(?:[\u2013\u2014]|\s-|\()\s*$/.test(text.slice(kTok.end, startAt)) && /^\s*(?:[\u2013\u2014)]|\s-\s)/.test(after(t))))) {
    const cands = popsBefore(at + kTok.start, kTok.value + 1, [kTok], { backward: true });
    const against = (c: Pop) =>
      judgeInterval(claimBase(kTok.start, t.end, 'fraction'), [fracOperand(f), countOperand(countIn(kTok), 'k'), countOperand({ ...countIn(c.tok), span: c.span, inferred: true }, 'n')], fiOf, said, kTok.value, c.tok.value, RULE.fractionMismatch);
    for (const c of cands.slice(0, 3)) {
      const claim = against(c);
      if (claim.verdict !== 'ok') continue;
      used.add(kTok);
      emit({ ...claim, sources: [{ span: c.span, message: `the fraction is taken as ${kTok.raw} of the ${c.tok.raw} counted before (a reading that holds; not reported otherwise)` }] });
      return true;
    }
    // The only group counted before, not given roughly: no other reading of the fraction is left.
    // ('We inspected 52 cases, of which 40 were men. In 21, over half, …': a part counted since may be meant too.)
    const only = cands.length === 1 && noCountSince(r, cands[0]!, kTok) ? cands[0]! : undefined;
    if (only && !only.rough) {
      used.add(kTok);
      emit({ ...against(only), sources: [{ span: only.span, message: `the fraction is taken as ${kTok.raw} of the ${only.tok.raw}, the only group counted before` }] });
      return true;
    }
  }
  // 'Of the 18 people …, 12 had gaps in their records, two thirds of them.': the fraction closing the clause of
  // a count of a group is that count's share of it ('them' is the group); no other figure between.
  // ('…, nine of them, a third of the city's services.', '… 25 of them …: three quarters of the sample.', '91 of them
  // …, about 1/5.': the fraction alone, or with the group's noun restated, closing the sentence after a comma or colon.)
  // 'We investigated 9 of them and upheld 6, or two thirds of those investigated.': 'those' + a participle names
  // the earlier count of the same sentence its verb counts; the fraction is the last count's share of it.
  const those = THOSE_DONE.exec(after(t));
  const kLast = toks[i - 1];
  if (those && kLast && isCount(kLast) && !used.has(kLast) && /,\s*(?:or\s+|that\s+is,?\s+)?(?:only\s+|just\s+)?$/.test(text.slice(kLast.end, startAt)) && /^[^\d;:()]{0,40}$/.test(text.slice(kLast.end, startAt)) && /^\s*[.;]?\s*$/.test(text.slice(t.end + those[0].length))) {
    const word = those[1]!.toLowerCase();
    const done = toks.slice(0, i - 1).filter((x) => isCount(x) && x.value >= kLast.value && (new RegExp(String.raw`\b${word}\s+(?:only\s+|just\s+)?$`, 'i').test(text.slice(Math.max(0, x.start - 30), x.start)) || new RegExp(String.raw`^(?:\s+(?:of\s+(?:them|these|those)|[a-z]+)){0,2}\s+(?:were|was|had\s+been|have\s+been|been)\s+${word}\b`, 'i').test(text.slice(x.end, x.end + 40))));
    const x = done[done.length - 1];
    // One such count, and none between it and the last count but the last.
    if (done.length === 1 && x && !toks.some((y) => y.start > x.end && y.end < kLast.start && !y.notCount)) {
      const c = judgeInterval(claimBase(x.start, t.end + those[0].length, 'fraction'), [fracOperand(f), countOperand(countIn(kLast), 'k'), countOperand(countIn(x), 'n')], fiOf, said, kLast.value, x.value, RULE.fractionMismatch);
      used.add(kLast);
      emit({ ...c, sources: [{ span: countIn(x).span, message: `'those ${word}' is taken to mean the ${x.raw} ${word}` }] });
      return true;
    }
  }
  const ofThem: (RegExpExecArray & { closing?: boolean }) | null = BACKREF.exec(after(t)) ?? closingTail(after(t), text.slice(0, startAt));
  if (ofThem && APPOSITION_CLOSE.test(text.slice(t.end + ofThem[0].length)) && /,\s*$/.test(text.slice(0, startAt)) || (ofThem && ofThem.closing)) {
    const base = lastBase(r.scope, (b) => b.k !== undefined && b.n !== undefined && !b.ratio && !b.p && !b.implicitN, r.si);
    const k = base?.k;
    const n = base?.n;
    if (base && k && n && k.span.start >= at && base.end <= at + startAt && !/[;:.()]/.test(text.slice(base.end - at, startAt).replace(/\d[.,]\d/g, '').replace(ofThem.closing ? /:\s*(?:(?:only|just)\s+)?$/ : /$^/, '')) && !toks.some((x) => x.start >= base.end - at && x.end <= startAt && !x.notCount)) {
      const end = t.end + ofThem[0].length;
      const c = judgeInterval(claimBase(k.span.start - at, end, 'fraction'), [fracOperand(f), countOperand(k, 'k'), countOperand(n, 'n')], fiOf, said, k.value, n.value, RULE.fractionMismatch);
      // A closing fraction with no group restated may be of another group the clause implies ('Of the 45 trusts, 21
      // had a plan, around two thirds.'), and a pair whose whole is inferred may be of another group before: confirmed only.
      if (!(ofThem.closing && c.verdict !== 'ok' && (!ofThem[0].trim() || (n.inferred && !base.sole)))) {
        const why = ofThem[0].trim() ? `'${ofThem[0].trim()}' is taken to mean the ${n.raw} the count ${k.raw} is of` : `the fraction closing the sentence is taken as ${k.raw} of the ${n.raw}`;
        emit(withSuggestion({ ...c, sources: [{ span: n.span, message: why }] }, f, k.value, n.value, { start: at + startAt, end: at + t.end }));
        return true;
      }
    }
  }
  if (BACKREF.test(after(t))) {
    const cands = popsBefore(at + t.start, 1, [], lookOf(t.start, t.end));
    const end = t.end + BACKREF.exec(after(t))![0].length;
    if (cands.length > 0) {
      const all = cands.map((c) => judgeFractionOf(claimBase(startAt, end, 'fraction'), f, { ...countIn(c.tok), span: c.span, inferred: true }, { sources: [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }] }));
      emit(all.find((c) => c.verdict === 'ok') ?? all[0]!);
      return true;
    }
  }
  emit(unchecked(claimBase(startAt, t.end, 'fraction'), [fracOperand(f)], `${said} = ${describeFraction(f)}: no total stated`, { interval: { lo: fi.lo.n / fi.lo.d, hi: fi.hi.n / fi.hi.d, loOpen: fi.loOpen, hiOpen: fi.hiOpen } }));
  return true;
}

/**
 * Whether no count stands between the group `pop` and the count `k` that a larger part could be ('We inspected 52
 * cases, of which 40 were men. In 21, over half, …': 'over half' may be of the 40): none after the group in its
 * sentence, none in a later sentence before this one (as far as the scope's last counts tell), none larger than
 * `k` before it here.
 */
function noCountSince(r: Reading, pop: Pop, k: Tok): boolean {
  const here = r.toks.some((t) => t !== k && t.kind === 'num' && !t.notCount && t.end <= k.start && t.start + r.at >= pop.span.end && t.value > k.value);
  if (here) return false;
  if (pop.sentence === r.si) return true;
  const lc = r.scope.lastCounts;
  if (!lc) return false;
  return lc.sentence === pop.sentence ? lc.starts.every((st) => st <= pop.span.start) : lc.starts.length === 0;
}

function describeFraction(f: FracIn): string {
  const v = Math.round((10000 * f.fraction.num) / f.fraction.den) / 100;
  return `${v}%`;
}
