/**
 * 'k of these', a clause, then the share (issue 9, family 4): 'We reviewed 72
 * cases involving a missing child. In 54 of these, a return home interview
 * had been offered (75%).'; 'Inspectors looked at 40 files; for 26 of them
 * the worker had recorded a visit (65 per cent).'
 *
 * The count points back ('of these', 'of them', 'of those'); the share is the
 * one bracketed percentage of its clause, with no other quantity between. The
 * total is a group counted before the count: earlier in the sentence or in
 * the last sentences of the scope (`SentenceView.previous`), nearest first, at
 * least as large as the count and of the same kind of thing when 'of these
 * cases' names one. When a candidate fits, the share is consistent. When none
 * does, it is reported against the nearest candidate only when that is the
 * one group counted in its sentence; otherwise it is unresolved.
 *
 * Totals in a row, their shares in the same order (`readOfTheseInTurn`): 'The
 * waiting list was 2,400 in June, 2,100 in March and 1,800 in December. Of
 * these, 600 (25%) had waited a year, against 420 (20%) in March and 270
 * (15%) in December.' The sentence before counts m groups and nothing else;
 * this one opens with 'Of these,' and gives m 'k (P%)', nothing else; the
 * i-th share is of the i-th total. A year named on both sides must agree (else
 * the order is not the pairing, and nothing is judged). A share that does not
 * fit its total is reported only when it fits none of the others either;
 * otherwise it is unresolved.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, judgeShare, type CountIn } from '../judge.js';
import { judge } from '../rounding.js';
import { bracketClosesClause, isPopulation, nounAfter, OTHER_FIGURE, sameGroup, singular, type Tok } from '../scan.js';
import { countOfTok, depthAt, groupsCountedBefore, type CountedGroup, otherBaseFits, pctOfTok, plainCount, standAside } from './common.js';
import { at, type SentenceView } from './index.js';
import { isCountTok } from './shares.js';
import { severalGroups } from './several-groups.js';

const BACK = /^\s+(?:of|out\s+of)\s+(?:these|them|those)\b(?:\s+([A-Za-z][\w'-]*))?/i;
/** From the end of 'of these' to the bracket: words and commas, no clause break, at most 30 words. */
const GAP = /^(?:\s*,)?(?:\s*[^\s;:()[\]!?\u2013\u2014.]+(?:\s+[^\s;:()[\]!?\u2013\u2014.]+){1,29})\s*\(\s*$/;

/** From the end of 'of these' to a share that closes the sentence: the clause's words, then a dash or ', that is' / ', or'. */
const CLOSING_GAP_END = /^(?:\s*[^\s;:()[\]!?\u2013\u2014.,]+(?:\s+[^\s;:()[\]!?\u2013\u2014.,]+){1,29})\s*(?:\s[\u2013\u2014]|\s-|,\s*(?:that\s+is,?|or|which\s+(?:is|was)))\s*$/;

export function readOfThese(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    // The next figure that is a quantity: a duration or a year may stand between ('884 were assessed within five working days (58%)').
    let j = i + 1;
    while (j < s.toks.length && s.toks[j]!.kind === 'num' && s.toks[j]!.notCount) j++;
    const p = s.toks[j];
    if (!p || !isCountTok(s, k) || p.kind !== 'pct' || p.hedge) continue;
    const m = BACK.exec(s.text.slice(k.end, k.end + 40));
    const back = m ? undefined : pointedBack(s, k);
    if (!m && !back) continue;
    const backEnd = m ? k.end + m[0].length - (m[1]?.length ?? 0) : back!.end;
    const gap = s.text.slice(backEnd, p.start);
    // Words of another figure before the bracket ('faster than the average (58%)', 'the national target (58%)'): the share may be that figure.
    // A threshold the part's members passed ('had waited longer than six months') is no other figure.
    // Or the share set off after the clause, closing the sentence: '… nine of them had made sufficient progress — 43 per cent.'
    const closing = !GAP.test(gap) && CLOSING_GAP_END.test(gap) && /^\s*[.!]?\s*$/.test(s.text.slice(p.end));
    // ('progress against every weakness', 'against each recommendation': 'against' a quantified noun is no other figure.)
    if ((!GAP.test(gap) && !closing) || OTHER_FIGURE.test(gap.replace(THRESHOLD, ' ').replace(/\bagainst\s+(?:every|each|all|any)\b/gi, ' '))) continue;
    if (!closing && !/^\s*\)/.test(s.text.slice(p.end, p.end + 4))) continue;
    const noun = m?.[1] && !/^(?:the|a|an|and|or|but|had|has|have|was|were|is|are|there|it|we|they|he|she|inspectors?)$/i.test(m[1]) ? m[1].toLowerCase() : undefined;
    let cands = back ? back.cands : groupsCountedBefore(s, k, noun);
    // 'Uses of force rose from 1,138 in 2023/24 to 1,214 in 2024/25. Of these, 96 …': the counts of a change
    // state no group's size, but 'these' is one of them; taken only when the share fits none (`wrongOnEveryReading`).
    const fromCounts = cands.length === 0 && back !== undefined && OPENING_PAIR.test(s.text.slice(0, k.start)) && CHANGE_FROM_TO.test(s.previous?.[s.previous.length - 1]?.text ?? '');
    if (fromCounts) cands = countsBefore(s, k);
    if (cands.length === 0) continue;
    const fit = cands.find((c) => judge(k.value, c.tok.value, p.value, p.decimals, s.policy).verdict === 'ok');
    const pick = fit ?? cands[0]!;
    const n: CountIn = { ...countOfTok(pick.tok, pick.offset), inferred: true };
    const kin = countOfTok(k, s.offset);
    const pin = pctOfTok(p, s.offset);
    const close = p.end + (closing ? 0 : /^\s*\)/.exec(s.text.slice(p.end, p.end + 4))![0].length);
    const sources = [{ span: n.span, message: `'these' is taken to mean the ${pick.tok.raw} here` }];
    const claim = judgeShare({ kind: 'percent-of', span: at(s, k.start, close) }, pin, kin, n, s.policy, sources);
    // Another count before that gives the share ('60 appeals in 2022 and 80 in 2023'): that reading fits.
    const other = claim.verdict === 'inconsistent' ? otherBaseFits(s, k, p) : undefined;
    if (other) {
      const nOther: CountIn = { ...countOfTok(other.tok, other.offset), inferred: true };
      out.push(judgeShare({ kind: 'percent-of', span: at(s, k.start, close) }, pin, kin, nOther, s.policy, [{ span: nOther.span, message: `'these' is taken to mean the ${other.tok.raw}: ${k.raw} of the ${pick.tok.raw} does not give ${p.raw}` }]));
      continue;
    }
    if (fromCounts) {
      if (claim.verdict === 'inconsistent' && !fit && wrongOnEveryReading(s, k, p, cands, 1)) out.push({ ...claim, sources: [{ span: n.span, message: `'these' is taken to mean the ${pick.tok.raw} here; ${p.raw} fits none of the counts in the sentence before, nor their sum` }] });
      continue;
    }
    if (claim.verdict === 'ok' || claim.verdict === 'convention' || (pick === cands[0] && pick.alone)) {
      out.push(claim);
      continue;
    }
    out.push(standAside(claim, 'the total may be another group'));
  }
  return out;
}

/** A quantity's change, one figure to another: 'rose from 1,138 in 2023/24 to 1,214 in 2024/25'. */
const CHANGE_FROM_TO = /\bfrom\s+\d[\d,]*(?:\s+[^\s\d,;:.]+){0,3}?(?:\s+\d{4}(?:\/\d{2,4})?)?\s+to\s+\d[\d,]*\b/i;

/** The plain counts of the sentence just before, at least k, nearest last first. */
function countsBefore(s: SentenceView, k: Tok): CountedGroup[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  return prev.toks.filter((t) => t.kind === 'num' && plainCount(prev.text, t) && Number.isInteger(t.value) && t.value >= k.value).reverse().map((t) => ({ tok: t, offset: prev.offset, alone: false }));
}

/**
 * Whether a share 'Of these, k … (P%)' fits no reading of 'these': every candidate total is counted in the sentence
 * just before, no count opens this sentence before k, and neither the sum of that sentence's counts nor the sum
 * less its largest (a total with its parts) gives the share.
 */
function wrongOnEveryReading(s: SentenceView, k: Tok, p: Tok, cands: readonly CountedGroup[], least: number): boolean {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || cands.length === 0 || cands.some((c) => c.offset !== prev.offset)) return false;
  if (s.toks.some((t) => t.end <= k.start && t.kind === 'num' && !t.notCount)) return false;
  const counts = prev.toks.filter((t) => t.kind === 'num' && plainCount(prev.text, t) && Number.isInteger(t.value)).map((t) => t.value);
  if (counts.length < least) return false;
  const sum = counts.reduce((a, b) => a + b, 0);
  for (const n of [sum, sum - Math.max(...counts)]) if (n >= k.value && judge(k.value, n, p.value, p.decimals, s.policy).verdict === 'ok') return false;
  return true;
}

/** Before a count: ', of whom', ', of which', 'among whom' (the whole is the group counted just before). */
const OF_WHOM_BEFORE = /(?:,|\(|[\u2013\u2014])\s*(?:of|among|amongst)\s+(?:whom|which)\s+(?:only\s+|just\s+)?$/i;
/** After a count: 'of the schools' with no figure, the group named by its noun alone. */
const OF_THE_NOUN = /^\s+(?:of|out\s+of)\s+the\s+([A-Za-z][\w'-]*)(?!\s*\d)/i;
/** After that noun: words that restrict it to a part of the group ('of the schools in the north', 'that we visited'). */
const RESTRICTED_AFTER = /^\s+(?:in|at|on|from|with|without|that|which|who|whom|where|we|they|for|of|under|over|aged|run|rated|judged|inspected|visited|sampled|surveyed|where)\b|^\s*\(/i;

/**
 * A count pointed back by its words, with no 'of these': '43 deaths since the last inspection, of whom 12
 * had taken their own lives (28%)' (the whole is the count just before 'of whom'); 'We visited 12
 * schools. In nine of the schools, leaders had a plan (75%).' (the whole is the one group counted before
 * with that same noun, the group not restricted after it).
 */
function pointedBack(s: SentenceView, k: Tok): { end: number; cands: CountedGroup[] } | undefined {
  // 'Of these, 26 were seen within a week (65%)': the sentence opens by pointing back.
  if (OPENING_PAIR.test(s.text.slice(0, k.start))) return { end: k.end, cands: groupsCountedBefore(s, k, undefined) };
  const lead = s.text.slice(Math.max(0, k.start - 30), k.start);
  const w = OF_WHOM_BEFORE.exec(lead);
  if (w) {
    const at0 = k.start - lead.length + w.index;
    const n = [...s.toks].reverse().find((t) => t.end <= at0 && t.kind === 'num' && !t.notCount);
    if (!n || !isPopulation(s.text, n) || n.value < k.value || !/^(?:\s+[A-Za-z][\w'-]*){1,8}\s*$/.test(s.text.slice(n.end, at0))) return undefined;
    return { end: k.end, cands: [{ tok: n, offset: s.offset, alone: true }] };
  }
  const o = OF_THE_NOUN.exec(s.text.slice(k.end, k.end + 60));
  if (!o || RESTRICTED_AFTER.test(s.text.slice(k.end + o[0].length, k.end + o[0].length + 20))) return undefined;
  const noun = singular(o[1]!.toLowerCase());
  if (!/s$/i.test(o[1]!)) return undefined;
  // The one group counted before, in the sentences before, with this same noun.
  const named: CountedGroup[] = [];
  for (const prev of [...(s.previous ?? [])].reverse()) {
    const groups = prev.toks.filter((t) => t.kind === 'num' && !t.notCount && isPopulation(prev.text, t));
    for (const t of groups) if (singular(nounAfter(prev.text, t.end) ?? '') === noun) named.push({ tok: t, offset: prev.offset, alone: true });
  }
  if (named.length !== 1 || named[0]!.tok.value < k.value) return undefined;
  return { end: k.end + o[0].length, cands: named };
}

/**
 * 'We looked at 15 staff files. Of these, 12 showed that checks had been made. Three (25%) did not.': the
 * pair after a part of a whole is of that whole (3/15 = 20%) only when the part and the pair make it
 * exactly (12 + 3 = 15); otherwise which group it is a share of is not known, and nothing is judged.
 */
function siblingOfPart(s: SentenceView, k: Tok, p: Tok, part: Tok, closeLen: number): ClaimRecord[] {
  const before = s.previous?.[s.previous.length - 2];
  if (!before) return [];
  const groups = before.toks.filter((t) => t.kind === 'num' && !t.notCount && isPopulation(before.text, t) && depthAt(before.text, t.start) === 0);
  if (groups.length !== 1 || before.toks.filter((t) => !t.notCount).length !== 1) return [];
  const n = groups[0]!;
  if (n.value !== part.value + k.value) return [];
  const prev = s.previous![s.previous!.length - 1]!;
  const nIn: CountIn = { ...countOfTok(n, before.offset), inferred: true };
  const sources = [{ span: nIn.span, message: `the whole is the ${n.raw} counted before: ${part.raw} (${prev.text.slice(0, part.start).trim()} …) and ${k.raw} make it` }];
  return [judgeShare({ kind: 'percent-of', span: at(s, s.text.search(/\S/), p.end + closeLen) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nIn, s.policy, sources)];
}

/** 'Of those who completed it,', 'Among those who replied,': 'those' restricted by a 'who' clause. */
const OF_THOSE_WHO = /^\s*(?:of|among|amongst)\s+(?:all\s+)?those\s+(?:who|that)\s+(?:had\s+|have\s+|did\s+)?([a-z]+)\b[^,;:()0-9]{0,60},\s*(?:only\s+|just\s+)?$/i;

/**
 * 'Of those who answered,', 'Of those who responded,': a verb of answering a survey with no object of its own
 * (not 'Of those who answered the question on meals,', a part of those who answered at all).
 */
const OF_THOSE_WHO_ANSWERED = /^\s*(?:of|among|amongst)\s+(?:all\s+)?those\s+who\s+(?:answered|responded|replied|returned\s+(?:it|one|them)|completed\s+(?:it|one|them))\s*,\s*(?:only\s+|just\s+)?$/i;
/** After the last count of a survey's sentence: the returns ('and 277 were returned', '… and 84 replied'). */
const RETURNS_AFTER = /^\s+(?:(?:questionnaires?|surveys?|forms?|responses?|replies)\s+)?(?:(?:were|had\s+been|have\s+been)\s+(?:returned|completed|received|sent\s+back)|responded|replied)\s*(?:[.;]|$)/i;
/** A sentence about a survey sent out. */
const SURVEY_SENT = /\b(?:questionnaires?|surveys?)\b[^.;]*\bsent\b|\bsent\b[^.;]*\b(?:questionnaires?|surveys?)\b/i;

/**
 * 'Questionnaires were sent to 719 people … and 277 were returned. Of those who answered, 220 (79%) …': those
 * who answered are the returns, the last count of the sentence before; the share is judged on them.
 */
function returnsCount(lead: string, prev: NonNullable<SentenceView['previous']>[number]): Tok | undefined {
  if (!OF_THOSE_WHO_ANSWERED.test(lead) || !SURVEY_SENT.test(prev.text)) return undefined;
  const pc = prev.toks.filter((t) => !t.notCount);
  const n = pc[pc.length - 1];
  if (!n || n.kind !== 'num' || n.hedge || !Number.isInteger(n.value) || depthAt(prev.text, n.start) > 0) return undefined;
  return RETURNS_AFTER.test(prev.text.slice(n.end)) ? n : undefined;
}

/** Whether the verb of a 'who' clause is a verb of the sentence before ('completed' … 'completed'). */
function echoesVerb(verb: string, text: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/(?:ing|ed|es|s|e|d)$/, '');
  const v = stem(verb);
  if (v.length < 3) return false;
  return (text.match(/[A-Za-z]+/g) ?? []).some((w) => stem(w) === v);
}

/** 'Of these,' opening the sentence. */
const OF_THESE_OPEN = /^\s*(?:of|out\s+of)\s+(?:these|those|them)\s*,/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** How many totals in a row the reading takes (a bound; such lists are short). */
const MAX_IN_TURN = 6;

const yearsIn = (text: string): Set<string> => new Set(text.match(YEAR) ?? []);

/** The counts of a sentence that are quantities (not years, dates, labels), outside brackets. */
function countsOf(text: string, toks: readonly Tok[]): Tok[] {
  return toks.filter((t) => t.kind === 'num' && !t.notCount && plainCount(text, t) && depthAt(text, t.start) === 0);
}

/** The stretch of the sentence between the figure before and the figure after (for the years each names). */
function stretches(text: string, figs: readonly { start: number; end: number }[]): string[] {
  return figs.map((f, i) => text.slice(figs[i - 1]?.end ?? 0, figs[i + 1]?.start ?? text.length));
}

export function readOfTheseInTurn(s: SentenceView): ClaimRecord[] {
  if (!OF_THESE_OPEN.test(s.text)) return [];
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  // This sentence: 'k (P%)' pairs and no other quantity.
  const pairs: { k: Tok; p: Tok; end: number }[] = [];
  const quantities = s.toks.filter((t) => !t.notCount);
  for (let i = 0; i < quantities.length; i++) {
    const k = quantities[i]!;
    const p = quantities[i + 1];
    if (!isCountTok(s, k) || !p || p.kind !== 'pct' || p.hedge || !/^\s*\(\s*$/.test(s.text.slice(k.end, p.start))) return [];
    const close = /^\s*\)/.exec(s.text.slice(p.end, p.end + 4));
    if (!close) return [];
    pairs.push({ k, p, end: p.end + close[0].length });
    i++;
  }
  if (pairs.length < 2 || pairs.length > MAX_IN_TURN) return [];
  // The sentence before: as many totals, and no other quantity.
  if (prev.toks.some((t) => t.kind !== 'num' && !t.notCount)) return [];
  const totals = countsOf(prev.text, prev.toks);
  if (totals.length !== pairs.length || prev.toks.filter((t) => !t.notCount).length !== totals.length) return [];
  if (pairs.some((x, i) => x.k.value > totals[i]!.value)) return [];
  // Totals of one kind: 'the list was 2,400 in June, 2,100 in March', not '212 beds, 191 staff'.
  const nouns = totals.map((t) => nounAfter(prev.text, t.end)).filter((w): w is string => w !== undefined && /[a-z]s$/.test(w));
  if (nouns.some((w) => !sameGroup(w, nouns[0]))) return [];
  // A year on both sides of a pair must be the same year.
  const ya = stretches(prev.text, totals).map(yearsIn);
  const yb = stretches(s.text, pairs.map((x) => ({ start: x.k.start, end: x.end }))).map(yearsIn);
  for (let i = 0; i < pairs.length; i++) {
    if (ya[i]!.size > 0 && yb[i]!.size > 0 && ![...ya[i]!].some((y) => yb[i]!.has(y))) return [];
  }
  const out: ClaimRecord[] = [];
  pairs.forEach((x, i) => {
    const n: CountIn = { ...countOfTok(totals[i]!, prev.offset), inferred: true };
    const sources = [{ span: n.span, message: `'these' is taken to mean the ${totals[i]!.raw} here, the totals and the shares being given in the same order` }];
    const claim = judgeShare({ kind: 'percent-of', span: at(s, x.k.start, x.end) }, pctOfTok(x.p, s.offset), countOfTok(x.k, s.offset), n, s.policy, sources);
    if (claim.verdict === 'ok' || claim.verdict === 'convention') {
      out.push(claim);
      return;
    }
    // Another total fits: the order may not be the pairing.
    if (totals.some((t, j) => j !== i && t.value >= x.k.value && judge(x.k.value, t.value, x.p.value, x.p.decimals, s.policy).verdict === 'ok')) return;
    out.push(claim);
  });
  return out;
}

/** A share of a group with its count alone in brackets: 'a third of them (1978) have been graded'. */
const SHARE_BRACKET_BEFORE = /\b(?:half|thirds?|quarters?|fifths?|tenths?|most|majority|all|some|many)\s+of\s+(?:them|these|those)\s*\(\s*$/i;

/**
 * 'Childminders make up 6048 of the services, and a third of them (1978) have been graded. Of these, 544
 * (27%) … and just nine (0.5%) …': 'these' are the group counted last, in brackets after its share.
 * Each 'k (P%)' of the sentence is judged on it when it fits; otherwise 'these' may be the wider group
 * (6048), tried in turn with every count of the sentence before. A share that fits none is reported only
 * when it is above k/n ('just nine (0.8%)' of 1978 is 0.5%): a base smaller than 'these' is no reading,
 * while a share below it may be of a wider group never counted; otherwise it is listed, not reported.
 */
export function readOfTheseAfterShare(s: SentenceView): ClaimRecord[] {
  if (!OF_THESE_OPEN.test(s.text)) return [];
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const counts = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  const n = counts[counts.length - 1];
  if (!n || !Number.isInteger(n.value) || !SHARE_BRACKET_BEFORE.test(prev.text.slice(Math.max(0, n.start - 40), n.start)) || !/^\s*\)/.test(prev.text.slice(n.end, n.end + 4))) return [];
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    const p = s.toks[i + 1]!;
    if (!isCountTok(s, k) || p.kind !== 'pct' || p.hedge || k.value > n.value || !/^\s*\(\s*$/.test(s.text.slice(k.end, p.start))) continue;
    const close = /^\s*\)/.exec(s.text.slice(p.end, p.end + 4));
    if (!close) continue;
    const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
    const sources = [{ span: nIn.span, message: `'these' is taken to mean the ${n.raw} just counted` }];
    const claim = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end + close[0].length) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nIn, s.policy, sources);
    if (claim.verdict === 'ok') {
      out.push(claim);
      continue;
    }
    // 'these' may be the wider group: every other count of the sentence before is tried as the base. One
    // that fits makes the share consistent; when none does (nor by another rounding), the share is reported
    // against the group just counted, naming the others tried.
    const wider = counts.filter((t) => t !== n && plainCount(prev.text, t) && Number.isInteger(t.value) && t.value >= k.value);
    const verdicts = wider.map((t) => judge(k.value, t.value, p.value, p.decimals, s.policy).verdict);
    const fits = wider.find((_, j) => verdicts[j] === 'ok');
    if (fits) {
      const wIn: CountIn = { ...countOfTok(fits, prev.offset), inferred: true };
      out.push(judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end + close[0].length) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), wIn, s.policy, [{ span: wIn.span, message: `'these' is taken to mean the ${fits.raw}, the wider group: the ${n.raw} just counted does not give ${p.raw}` }]));
      continue;
    }
    // A share below k/n may still be of a wider group that is not counted ('the services' of which the
    // childminders are a part): only a share above it, which would need a group smaller than 'these', is reported.
    const above = p.value / 10 ** p.decimals > (100 * k.value) / n.value;
    if (claim.verdict === 'inconsistent' && above && wider.length > 0 && verdicts.every((v) => v === 'inconsistent')) {
      claim.arithmetic = `${claim.arithmetic}; nor is it ${p.raw} of ${wider.map((t) => `${t.raw} (${k.value}/${t.value} = ${((100 * k.value) / t.value).toFixed(p.decimals + 2)}%)`).join(' or ')}`;
      out.push(claim);
      continue;
    }
    out.push(standAside(claim, claim.verdict === 'convention' ? 'the share fits only by another rounding' : "'these' may be the wider group"));
  }
  return out;
}

/** 'Of these, 14 (35%) …', 'Among them, just 13 (25%) …': the opening back-reference and its first pair. */
const OPENING_PAIR = /^\s*(?:of|out\s+of|among|amongst|within)\s+(?:these|those|them|(?:this|that)\s+(?:number|group|total|cohort|sample|population|figure))\s*,\s*(?:only\s+|just\s+)?$/i;
/** What may open a sentence before its first pair, with no back-reference: 'Eighteen (36%) …', 'Only 9 (25%) …'. */
const BARE_LEAD = /^\s*(?:only\s+|just\s+)?$/i;
/** 'In 45 cases (75%), …', 'For only 12 children (20%) …': a pair with its noun after 'In' or 'For'. */
const IN_LEAD = /^\s*(?:in|for)\s+(?:only\s+|just\s+)?$/i;
/** After a count of the sentence before: it is a part of the count before it ('3680 patients (14.2%)', '48 of them'). */
const PART_MARK = /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*\(\s*\d[\d.,]*\s*(?:%|per\s*cent)|^\s+(?:of|out\s+of)\s+(?:them|these|those|whom|which)\b/i;

/**
 * 'We looked at 40 cases. Of these, 14 (35%) had a risk plan.': the share of the count that opens the
 * sentence after 'Of these,' is of a group the sentence before counts. The candidates are that sentence's
 * counts at least as large as the part: one, or a group and the parts of it counted after it ('25,970
 * attendances …, and 3680 patients (14.2%) waited …. Of those, 587 (2.3%) …' may be of either). One that
 * fits makes the share consistent; when every candidate fails, it is reported against the nearest, with
 * the others named. Groups that are not parts of one another ('2,400 beds, 2,100 staff and 1,800
 * volunteers') leave 'these' unknown: nothing is judged. So is a count in brackets after a share ('a
 * third of them (1978)', read by `readOfTheseAfterShare`) or a hedged figure. With no 'Of these'
 * ('We examined 50 files. Eighteen (36%) contained a plan.'), the sentence before must count one group,
 * and the pair name no other ('Eighteen (40%) nurses', '(40%) of the plans').
 */
/** Between a count and the share that closes its clause: its predicate, no clause break or figure, then '('. */
const CLOSING_GAP = /^[^,;:()\u2013\u2014]{3,80}?\(\s*$/;
/** A later sibling and its share: ' and 13 for less (', ', while 13 were not ('. */
const SIBLING_BEFORE = /^\s*(?:,\s*(?:and|while|whereas|but)?|and|while|whereas|but)\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?$/i;

/**
 * A later sibling of the opening count, joined to its clause by 'and' or a comma, with its own share closing
 * its clause ('… (55%) and 13 for less (42%)'), judged on the group counted before: when it fits, the group is
 * the base of both.
 */
function closingSibling(s: SentenceView, p: Tok, closeLen: number, n: Tok, nOffset: number): ClaimRecord | undefined {
  const from = p.end + closeLen;
  const i = s.toks.findIndex((t) => t.start >= from);
  const k2 = i >= 0 ? s.toks[i] : undefined;
  const p2 = i >= 0 ? s.toks[i + 1] : undefined;
  if (!k2 || !p2 || k2.kind !== 'num' || !plainCount(s.text, k2) || p2.kind !== 'pct' || p2.hedge) return undefined;
  if (!SIBLING_BEFORE.test(s.text.slice(from, k2.start))) return undefined;
  // ('… (30%) and 40 of them awaited deportation (33%)': a part of the first part, no sibling.)
  if (/^\s+(?:of|out\s+of)\s+(?:them|these|those|whom|which)\b/i.test(s.text.slice(k2.end, k2.end + 20))) return undefined;
  const gap = s.text.slice(k2.end, p2.start);
  if (!/^\s*\(\s*$/.test(gap) && !CLOSING_GAP.test(gap)) return undefined;
  // The same question as the first: the sibling's verb left out ('and 13 for less'), or the first's answer
  // denied ('while 24 said they did not'). A clause of its own ('and 50 were in education (30%)') may be a
  // share of another group.
  const ownVerb = /^\s+(?:were|was|are|is|had|have|has|did|do|does|said|felt|told|thought|knew|got|went|left|made|took|gave|saw|came|[a-z]{3,}ed)\b/i.test(gap);
  if (ownVerb && !/\b(?:not|no|never|none)\b|n't\b/i.test(gap)) return undefined;
  if (!/^\s*\)/.test(s.text.slice(p2.end, p2.end + 3))) return undefined;
  const nIn: CountIn = { ...countOfTok(n, nOffset), inferred: true };
  return judgeShare({ kind: 'percent-of', span: at(s, k2.start, p2.end + 1) }, pctOfTok(p2, s.offset), countOfTok(k2, s.offset), nIn, s.policy, [{ span: nIn.span, message: `the total, ${n.raw}, is the one group counted in the sentence before` }]);
}

export function readOfTheseOpening(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const quantities = s.toks.filter((t) => !t.notCount);
  const k = quantities[0];
  const p = quantities[1];
  if (k && k.kind === 'pct') return shareCountOpening(s, prev, quantities);
  if (k && p && k.kind === 'num' && p.kind === 'pct' && VERB_LEAD.test(s.text.slice(0, k.start))) {
    const named = namedObject(s, prev, quantities);
    if (named.length) return named;
  }
  if (k && p && k.kind === 'num' && p.kind === 'pct' && FRAMED_PART.test(s.text.slice(0, k.start))) {
    const framed = framedPart(s, quantities);
    if (framed.length) return framed;
  }
  if (!k || !p || !isCountTok(s, k) || !plainCount(s.text, k) || p.kind !== 'pct' || p.hedge) return [];
  // 'Of those who completed it, 390 (70%) …': 'those' restricted by a clause. The group is the one counted
  // before when the clause repeats its verb ('556 prisoners completed the questionnaire'); otherwise it
  // may be a part of it ('We surveyed 182 prisoners. Of those who responded, …'), whose share is larger.
  const who = OF_THOSE_WHO.exec(s.text.slice(0, k.start));
  const echoed = who ? echoesVerb(who[1]!, prev.text) : false;
  const returns = who && /^\s*\(\s*$/.test(s.text.slice(k.end, p.start)) ? returnsCount(s.text.slice(0, k.start), prev) : undefined;
  if (returns && returns.value >= k.value && /^\s*\)/.test(s.text.slice(p.end, p.end + 4))) {
    const nIn: CountIn = { ...countOfTok(returns, prev.offset), inferred: true };
    const span = at(s, s.text.search(/\S/), p.end + (/^\s*\)/.exec(s.text.slice(p.end))![0].length));
    return [judgeShare({ kind: 'percent-of', span }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nIn, s.policy, [{ span: nIn.span, message: `those who answered are the ${returns.raw} returned, counted in the sentence before` }])];
  }
  const back = OPENING_PAIR.test(s.text.slice(0, k.start)) || who !== null;
  // 'We reviewed 60 cases. In 45 cases (75%), …': a pair with its noun, the same noun as the one group
  // counted before (strictly the same word, not only the same kind), opening the sentence after 'In' or 'For'.
  let closing = false;
  // Or opening it bare, its clause's verb after the bracket ('The service supported 92 families. 58 families (63%) were …').
  const bareNamed = !back && BARE_LEAD.test(s.text.slice(0, k.start));
  // (A plural without 's' too: '36 young people (40%)', '12 children (30%)'.)
  const named = !back && (IN_LEAD.test(s.text.slice(0, k.start)) || bareNamed) ? /^\s+((?:[A-Za-z][\w'-]*\s+)?([A-Za-z][\w'-]*s|people|children|men|women|staff))\s*\(\s*$/.exec(s.text.slice(k.end, p.start)) : null;
  if (named) {
    const pc = prev.toks.filter((t) => !t.notCount);
    // The same noun as the group's, or the same words after its count ('90 young people' and '36 young people').
    const sameWords = pc.length === 1 && prev.text.slice(pc[0]!.end, pc[0]!.end + named[1]!.length + 2).toLowerCase().trim() === named[1]!.toLowerCase().trim() && /^\s+/.test(prev.text.slice(pc[0]!.end)) && !/^[\w'-]/.test(prev.text.slice(pc[0]!.end + 1 + named[1]!.length));
    if (pc.length !== 1 || pc[0]!.kind !== 'num' || (!sameWords && singular((nounAfter(prev.text, pc[0]!.end) ?? '').toLowerCase()) !== singular(named[2]!.toLowerCase()))) return [];
    if (bareNamed && !CLAUSE_VERB_AFTER.test(s.text.slice(p.end).replace(/^\s*\)/, '').slice(0, 24))) return [];
  } else {
    if (!back && !BARE_LEAD.test(s.text.slice(0, k.start))) return [];
    // 'There were 31 prisoners on the list. 18 had been there for over a year (55%) and 13 for less (42%).': with
    // no 'Of these', a share that closes the count's clause is read too, and judged wrong only when a sibling's
    // share fits the same group (`closingSibling`).
    closing = !back && CLOSING_GAP.test(s.text.slice(k.end, p.start)) && /^\s+(?:were|was|had|have|has|are|is|did|said|felt|told|thought|knew|got|went|left|made|took|gave|saw|came|[a-z]{3,}ed)\b/i.test(s.text.slice(k.end, k.end + 16));
    // 'Of these, 884 were assessed within five working days (58%)': after 'Of these', the share may close the part's clause.
    // 'Of these, 8,112 people (68%) said …': after 'Of these', the pair may name its noun, the group's own (or
    // people for the responses that counted them).
    if (!closing && !/^\s*\(\s*$/.test(s.text.slice(k.end, p.start)) && !(back && closesClause(s, k, p)) && !(back && !who && namesGroup(s.text.slice(k.end, p.start), prev))) return [];
  }
  const close = /^\s*\)/.exec(s.text.slice(p.end, p.end + 4));
  if (!close) return [];
  // A year named in both sentences must be one of them ('50 children were placed in 2023. Eighteen (40%)
  // were placed out of area in 2022' compares two years).
  const ya = yearsIn(prev.text);
  const yb = yearsIn(s.text);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) return [];
  // With no 'Of these': the sentence before counts one group, and the pair names no other ('Eighteen (36%)
  // nurses' after '50 files'; '(40%) of the plans' is a share of the plans).
  if (!back) {
    const pc = prev.toks.filter((t) => !t.notCount);
    // The sentence before is itself a part of a whole before it ('We looked at 15 files. Of these, 12 showed
    // a check. Three (25%) did not.'): the pair is its sibling, of that whole, when the two make it exactly.
    if (pc.length === 1 && pc[0]!.kind === 'num' && OPENING_PAIR.test(prev.text.slice(0, pc[0]!.start))) return siblingOfPart(s, k, p, pc[0]!, close[0].length);
    if (pc.length !== 1 || pc[0]!.kind !== 'num' || !isPopulation(prev.text, pc[0]!) || depthAt(prev.text, pc[0]!.start) > 0) return [];
    const tail = s.text.slice(p.end + close[0].length, p.end + close[0].length + 30);
    if (/^\s*(?:of|out\s+of|in|among|across)\b/i.test(tail)) return [];
    const own = /^\s+([A-Za-z][\w'-]*)/.exec(tail)?.[1];
    const plural = own !== undefined && /[a-z]s$/i.test(own) && !/^(?:was|is|has|does|us|this|thus|less|across|unless|always|perhaps)$/i.test(own);
    if (plural && !sameGroup(nounAfter(prev.text, pc[0]!.end), own)) return [];
  }
  const counts = prev.toks.filter((t) => !t.notCount);
  if (counts.length === 0 || counts.some((t) => t.kind === 'frac')) return [];
  // A share of its own ('and 30% had a plan') names a group 'these' may mean; one in brackets after a count is that count's.
  if (counts.some((t, i) => t.kind === 'pct' && !(i > 0 && counts[i - 1]!.kind === 'num' && /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*\(\s*$/.test(prev.text.slice(counts[i - 1]!.end, t.start))))) return [];
  // A count in brackets that is no share's part ('a third of them (1978)') may be the group meant.
  if (counts.some((t) => t.kind === 'num' && depthAt(prev.text, t.start) > 0)) return [];
  const plain = counts.filter((t) => t.kind === 'num' && plainCount(prev.text, t));
  if (plain.length !== counts.filter((t) => t.kind === 'num').length || plain.some((t) => /\b(?:some|about|around|approximately|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|up\s+to)\s*$/i.test(prev.text.slice(Math.max(0, t.start - 16), t.start)))) return [];
  const cands = plain.filter((t) => t.value >= k.value && Number.isInteger(t.value));
  if (cands.length === 0) return [];
  // Several candidates: each after the first must be a part of one before it.
  if (cands.slice(1).some((t) => !PART_MARK.test(prev.text.slice(t.end, t.end + 50)))) return [];
  const nearest = [...cands].reverse();
  const span = at(s, s.text.search(/\S/), p.end + close[0].length);
  const claimsFor = nearest.map((n) =>
    judgeShare({ kind: 'percent-of', span }, pctOfTok(p, s.offset), countOfTok(k, s.offset), { ...countOfTok(n, prev.offset), inferred: true }, s.policy, [{ span: { start: prev.offset + n.start, end: prev.offset + n.end }, message: `'these' is taken to mean the ${n.raw} of the sentence before` }]),
  );
  const fit = claimsFor.find((c) => c.verdict === 'ok' || c.verdict === 'convention');
  // The share fits the wider group ('3680 patients (14.2%) waited …. Of those, 587 (2.3%) …' is 2.3% of all
  // attendances): the count is still one of 'those', the nearest group, which holds it.
  if (fit && fit !== claimsFor[0] && back && k.value <= nearest[0]!.value) {
    const nIn: CountIn = { ...countOfTok(nearest[0]!, prev.offset), inferred: true };
    return [fit, judgeCountOf({ kind: 'count-of', span: at(s, k.start, k.end) }, countOfTok(k, s.offset), nIn, [{ span: nIn.span, message: `'those' is taken to mean the ${nearest[0]!.raw} just counted; the share is of the wider group` }])];
  }
  if (fit) {
    // ('… over a year (58%) and 13 for less (45%)': the first share confirms the group, and the sibling's misfits it.)
    if (closing && fit === claimsFor[0] && nearest.length === 1 && !severalGroups(prev.text, prev.toks)) {
      const sib = closingSibling(s, p, close[0].length, nearest[0]!, prev.offset);
      if (sib && sib.verdict === 'inconsistent') return [fit, sib];
    }
    return [fit];
  }
  // Several groups counted before ('52 schools and 14 colleges'): 'these' may be any or all of them; confirmed only.
  if (severalGroups(prev.text, prev.toks)) return [];
  const first = claimsFor[0]!;
  if (first.verdict !== 'inconsistent') return [];
  const sibling = closing && nearest.length === 1 ? closingSibling(s, p, close[0].length, nearest[0]!, prev.offset) : undefined;
  if (closing && sibling?.verdict !== 'ok') return [];
  // A part of the group counted before has a larger share of the same count: only a share below k/n, which
  // would need a base larger than the group, is reported.
  if (who && !echoed && !(nearest.length === 1 && p.value / 10 ** p.decimals < (100 * k.value) / nearest[0]!.value)) return [];
  if (who && !echoed) first.arithmetic = `${first.arithmetic}; those the clause names are at most the ${nearest[0]!.raw}, and a share of fewer would be larger`;
  if (nearest.length > 1) first.arithmetic = `${first.arithmetic}; nor of ${nearest.slice(1).map((n) => `${n.raw} (${k.value}/${n.value} = ${((100 * k.value) / n.value).toFixed(2)}%)`).join(' or ')}`;
  if (sibling) return [first, sibling];
  return [first];
}

/** A lead that closes on the verb whose object the pair is: 'The first round of inspections rated ', 'Inspectors found '. */
const VERB_LEAD = /^[^\d,;:()]{0,80}\b(?:rated|judged|graded|found|gave|awarded|placed|assessed|classed|classified|put|identified|recorded|issued|referred|visited|inspected)\s+(?:only\s+|just\s+)?$/i;
/** Between a pair's bracket and its gapped sibling: the first one's category, then 'and' or a comma. */
const GAPPED_SIBLING = /^\s*\)\s+(?:as\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:a\s+further\s+|another\s+)?$/i;

/**
 * 'CQC inspected 7,365 practices between 2014 and 2017. The first round of inspections rated 300 practices (4%)
 * inadequate and 972 (16%) requires improvement.': the object of the verb that opens the sentence is a named pair
 * of the one group the sentence before counts, its noun the group's own word, and a gapped sibling of the same
 * verb follows. The pair may be of a part of the group (a first round, one region), so it is only confirmed on the
 * group; when it fits, the group is the sibling's base too, and the sibling is judged on it.
 */
function namedObject(s: SentenceView, prev: NonNullable<SentenceView['previous']>[number], quantities: readonly Tok[]): ClaimRecord[] {
  const [k, p, k2, p2] = quantities;
  if (!k || !p || quantities.length > 4 || p.hedge || !isCountTok(s, k) || !plainCount(s.text, k)) return [];
  const named = /^\s+([A-Za-z][\w'-]*)\s*\(\s*$/.exec(s.text.slice(k.end, p.start));
  if (!named) return [];
  const close = /^\s*\)/.exec(s.text.slice(p.end, p.end + 4));
  if (!close) return [];
  const pc = prev.toks.filter((t) => !t.notCount);
  const n = pc[0];
  if (pc.length !== 1 || !n || n.kind !== 'num' || !Number.isInteger(n.value) || n.value < k.value || !isPopulation(prev.text, n) || !plainCount(prev.text, n) || depthAt(prev.text, n.start) > 0) return [];
  if (/\b(?:some|about|around|approximately|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|up\s+to|a\s+further|another)\s*$/i.test(prev.text.slice(Math.max(0, n.start - 16), n.start))) return [];
  const noun = nounAfter(prev.text, n.end);
  if (!noun || singular(noun.toLowerCase()) !== singular(named[1]!.toLowerCase())) return [];
  const ya = yearsIn(prev.text);
  const yb = yearsIn(s.text);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) return [];
  const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
  const why = [{ span: nIn.span, message: `the total, ${n.raw}, is the one group counted in the sentence before` }];
  const first = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end + close[0].length) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nIn, s.policy, why);
  if (first.verdict !== 'ok' && first.verdict !== 'convention') return [];
  if (!k2 || !p2) return [first];
  if (k2.kind !== 'num' || p2.kind !== 'pct' || p2.hedge || !isCountTok(s, k2) || !plainCount(s.text, k2) || k2.value > n.value) return [first];
  if (!GAPPED_SIBLING.test(s.text.slice(p.end, k2.start)) || !/^\s*\(\s*$/.test(s.text.slice(k2.end, p2.start)) || !/^\s*\)/.test(s.text.slice(p2.end, p2.end + 3))) return [first];
  const second = judgeShare({ kind: 'percent-of', span: at(s, k2.start, p2.end + 1) }, pctOfTok(p2, s.offset), countOfTok(k2, s.offset), nIn, s.policy, [{ span: nIn.span, message: `the total, ${n.raw}, is the group its sibling's share fits` }]);
  return [first, second];
}

/** 'Among the children on court orders, ': a frame naming a part of a group by what was said of it. */
const FRAMED_PART = /^\s*(?:among|amongst|of|for)\s+(?:the|those)\s+([A-Za-z][\w'-]*)\s+((?:[A-Za-z][\w'-]*\s+){0,5}?[A-Za-z][\w'-]*)\s*,\s*(?:only\s+|just\s+)?$/i;
/** Words of a frame that say nothing of which part it is. */
const FRAME_STOP = /^(?:on|in|at|to|of|for|with|by|from|who|that|which|were|was|had|have|has|been|being|subject|the|a|an|and|or|their|its|his|her)$/i;

/**
 * 'The service supervised 186 children. Of these, 112 were subject to court orders. A further 49 …. Among the
 * children on court orders, 34 (18%) were looked after.': a frame that names a part of the group counted before
 * by the words said of it ('on court orders'), and a pair of that part. The part is the one count of the
 * sentences before whose clause holds every such word (two or more of them); two such counts, and none is taken.
 * The share is judged on it.
 */
function framedPart(s: SentenceView, quantities: readonly Tok[]): ClaimRecord[] {
  const [k, p] = quantities;
  const m = FRAMED_PART.exec(s.text.slice(0, k!.start));
  if (!k || !p || !m || p.hedge || !isCountTok(s, k) || !plainCount(s.text, k) || !/^\s*\(\s*$/.test(s.text.slice(k.end, p.start))) return [];
  const close = /^\s*\)/.exec(s.text.slice(p.end, p.end + 4));
  if (!close) return [];
  // The frame's words but the noun of a group counted before ('children', 'cases'): what is said of the part.
  const groupNouns = new Set<string>();
  for (const x of s.previous ?? []) for (const t of x.toks) if (t.kind === 'num' && !t.notCount) groupNouns.add(singular((nounAfter(x.text, t.end) ?? '').toLowerCase()));
  const words = `${m[1]} ${m[2]}`.toLowerCase().split(/\s+/).filter((w) => !FRAME_STOP.test(w)).map((w) => singular(w)).filter((w) => !groupNouns.has(w));
  if (words.length < 2) return [];
  const found: { t: Tok; offset: number }[] = [];
  for (const x of s.previous ?? []) {
    const counts = x.toks.filter((t) => t.kind === 'num' && !t.notCount);
    counts.forEach((t, i) => {
      // The count's clause: to the next count or the next clause break.
      const end = Math.min(i + 1 < counts.length ? counts[i + 1]!.start : x.text.length, ...[x.text.slice(t.end).search(/[;:]|,\s*(?:and|but|while)\b|\s(?:and|but|while|whereas)\s+(?:the\s+)?(?:rest|remaining|remainder|others?)\b/)].filter((j) => j >= 0).map((j) => t.end + j));
      const clause = new Set((x.text.slice(t.end, end).toLowerCase().match(/[a-z][\w'-]*/g) ?? []).map((w) => singular(w)));
      if (words.every((w) => clause.has(w))) found.push({ t, offset: x.offset });
    });
  }
  const one = found[0];
  if (found.length !== 1 || !one || !Number.isInteger(one.t.value) || one.t.value < k.value) return [];
  const nIn: CountIn = { ...countOfTok(one.t, one.offset), inferred: true };
  return [judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end + close[0].length) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nIn, s.policy, [{ span: nIn.span, message: `'the ${m[1]} ${m[2]}' is taken to mean the ${one.t.raw} counted before` }])];
}

/** Nouns of answers that each count one person ('12,875 responses'): their parts may be counted as people. */
const ANSWERS = /^(?:responses?|respondents?|replies|reply|returns?|questionnaires?|surveys?|answers?)$/i;
const PEOPLE = /^(?:people|persons|respondents|individuals)$/i;

/**
 * Whether the words between a count and its bracketed share, ' people (', name the one group counted in the
 * sentence before: its own noun, or people after a count of responses ('drew 12,875 responses. Of these, 8,112
 * people (68%) …').
 */
function namesGroup(gap: string, prev: NonNullable<SentenceView['previous']>[number]): boolean {
  const m = /^\s+([A-Za-z][\w'-]*)\s*\(\s*$/.exec(gap);
  if (!m) return false;
  const pc = prev.toks.filter((t) => !t.notCount);
  if (pc.length !== 1 || pc[0]!.kind !== 'num') return false;
  const noun = nounAfter(prev.text, pc[0]!.end);
  if (!noun) return false;
  const w = m[1]!.toLowerCase();
  return singular(w) === singular(noun.toLowerCase()) || (PEOPLE.test(w) && ANSWERS.test(noun));
}

/** A verb opening a clause's predicate: 'were', 'had been', 'said', 'received'. */
const CLAUSE_VERB_AFTER = /^\s+(?:(?:also|still|all|then|now|only|not)\s+)?(?:were|was|had|have|has|are|is|did|said|felt|told|thought|knew|got|went|left|made|took|gave|saw|came|[a-z]{3,}ed)\b/i;

/**
 * 'The trust employed 120 midwives. 44% (53) had received an appraisal.': a share and its count in brackets
 * opening a sentence bare, its clause's verb right after, with no other figure in the sentence, are of the
 * one group the sentence before counts (and counts with nothing else: no share, no bracket, no rough figure).
 * A misfit is reported only when no count near the group would fit it either way (the group is the whole
 * stated, not one of several).
 */
function shareCountOpening(s: SentenceView, prev: NonNullable<SentenceView['previous']>[number], quantities: readonly Tok[]): ClaimRecord[] {
  const [p, k] = quantities;
  if (!p || !k || quantities.length !== 2 || p.hedge || !isCountTok(s, k) || !BARE_LEAD.test(s.text.slice(0, p.start))) return [];
  if (!/^\s*\(\s*$/.test(s.text.slice(p.end, k.start))) return [];
  const close = /^\s*\)/.exec(s.text.slice(k.end, k.end + 4));
  if (!close || !CLAUSE_VERB_AFTER.test(s.text.slice(k.end + close[0].length, k.end + close[0].length + 24))) return [];
  const pc = prev.toks.filter((t) => !t.notCount);
  const n = pc[0];
  if (pc.length !== 1 || !n || n.kind !== 'num' || !Number.isInteger(n.value) || n.value < k.value || !isPopulation(prev.text, n) || !plainCount(prev.text, n) || depthAt(prev.text, n.start) > 0) return [];
  if (/\b(?:some|about|around|approximately|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|up\s+to|a\s+further|another)\s*$/i.test(prev.text.slice(Math.max(0, n.start - 16), n.start))) return [];
  // A year named in both sentences must be one of them.
  const ya = yearsIn(prev.text);
  const yb = yearsIn(s.text);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) return [];
  const span = at(s, s.text.search(/\S/), k.end + close[0].length);
  const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
  return [judgeShare({ kind: 'percent-of', span }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nIn, s.policy, [{ span: nIn.span, message: `the total, ${n.raw}, is the one group counted in the sentence before` }])];
}

/** A threshold of time after 'than': 'longer than six months', 'more than a year', 'over than 12 weeks'. */
const THRESHOLD = /\b(?:longer|more|less|fewer|older|younger)\s+than\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:working\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b/gi;

/**
 * Whether the share `p` in brackets closes the clause of the count `k` (`bracketClosesClause`), with no count
 * between them ('884 were assessed within five working days (58%), and some …').
 */
function closesClause(s: SentenceView, k: Tok, p: Tok): boolean {
  return !s.toks.some((t) => t.start > k.end && t.start < p.start && !t.notCount) && bracketClosesClause(s.text, k.end, p);
}
