/**
 * The candidate-pairs judgement (issue 9, 'report an inconsistency only when no plausible reading is
 * consistent'), run on a block's merged claims as their last stage. It reads no syntax: it asks which two
 * counts of a share's own sentence, or of the sentence before it in the same paragraph, could be its part
 * and its whole.
 *
 * - **An open share**, a percentage that no reading judged ('The home had 36 residents. 12 had a fall;
 *   the falls team saw 33% of them.'), is confirmed when a pair of counts gives it by the report's rounding
 *   ('12 of 36 = 33.3%'): the claim names the pair and says how it was found. When no pair gives it, it is
 *   listed, unresolved, saying so. An open share is never reported: a candidate pair is a guess at the
 *   reading, not a reading.
 *
 * - **A closing pair**: a bracketed share that closes the clause of a written 'k of n' judged in its sentence,
 *   with words only between them (no number, verb, share word, hedge, comparison or sub-group), is that pair's
 *   share, and is judged in full (`closingPair`, `judgeClosing`).
 *
 * Only counts are tried (the scanner's types: no years, ages, amounts, labels, pronouns), in whole numbers,
 * with the part no larger than the whole. Only a fit by the report's rounding policy counts.
 */
import type { BlockData } from '../parse/block.js';
import type { ClaimRecord, Operand } from './claim.js';
import { accepted, exactPercent, explanations, formatScaled, type RoundingPolicy } from './rounding.js';
import { NUMBER } from './words.js';
import { judgeShare, unresolve } from './judge.js';
import { otherPairFits, otherPartFits, otherTotalFits } from './other-total.js';
import { blankScope, CLAUSE_VERB, nounAfter, sameGroup, scopesOf, sentencesOf, tokensOf, type Tok } from './scan.js';


/** The head noun after a count, or none when a verb stands there. */
function groupNoun(text: string, end: number): string | undefined {
  const n = nounAfter(text, end);
  // (A verb where a head noun would stand, '47 achieved their …', names no group.)
  return n && CLAUSE_VERB.test(n) ? undefined : n;
}

/** A count of a window sentence, with absolute offsets and what lies around it. */
interface WindowCount {
  value: number;
  start: number;
  end: number;
  raw: string;
  word: boolean;
  /** It can be no part or whole of a share: a bound of a range, a figure of a ratio, or a change. */
  barred: boolean;
  /** It names a whole group, never a part of one: 'all three', 'each of the 12', 'both'. */
  notPart?: boolean;
  /** It points back to the group before it: '944 of those who completed'. */
  ofThose?: boolean;
  /** The head noun after it ('wards' in '40 wards'), when there is one. */
  noun?: string;
}

/** A sentence of the block: absolute span, its text, and its count tokens. */
interface WindowSentence {
  start: number;
  end: number;
  text: string;
  counts: WindowCount[];
}

/** Words near a percentage that make it a change, a comparison or a target, not a share of a group. */
const NOT_A_SHARE_BEFORE = /\b(?:by|up|down|rose|risen|rise|fell|fallen|fall|increase[sd]?|decrease[sd]?|reduction|reduced|improvement|improved|growth|grew|change[sd]?|target|threshold|national|average|compared\s+with|against|than|from|to|between|and|or|rate\s+of|at|above|below|over|under|exceed(?:ed|ing)?)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$/i;
const NOT_A_SHARE_AFTER = /^\s*\)?\s*(?:or\s+(?:more|less|fewer|over|above|below|under|higher|lower)|points?|percentage\s+points?|more|less|fewer|higher|lower|increase|decrease|rise|fall|reduction|target|threshold|national|average|above|below|up|down|compared|against|than|on\s+(?:the\s+)?(?:year|last|previous)|since|over\s+the|of\s+(?:the\s+)?(?:target|national|average|budget|capacity|income|spend|funding|costs?|time))\b/i;

/**
 * A share set after its count by ', or' ('In 12 cases, or 40%, …', '(8 records, or 18%)'): the count's own
 * share, not an alternative to another figure ('20% or 30%'), which NOT_A_SHARE_BEFORE bars.
 */
const APPOSED_OR = new RegExp(String.raw`(?<![\w.,])${NUMBER}(?:\s+[a-z][\w'-]*){0,2}\s*,\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$`, 'i');

/** Before a count: a change ('an increase of 1,346 (15%)', 'down by 1,440'), a range ('between 93 and'), a ratio ('one in'). */
const BARRED_BEFORE = new RegExp(String.raw`(?:\b(?:by|up|down|increase[sd]?|decrease[sd]?|rise|rose|fall|fell|reduction|drop(?:ped)?|grew|growth|between|from|rate|ratio|score|average|mean|median|aged?|out\s+of)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|over\s+|under\s+)?|(?<![\w.,])${NUMBER}(?:\s+[a-z]+)?\s+in\s+(?:every\s+)?|[-–—]\s*)$`, 'i');
/** After a count: a range to a percentage ('93 and 97%', '91 to 100%'), a ratio ('one in four'), a comparison. */
const BARRED_AFTER = /^(?:\s*(?:and|to|or|[-–—])\s*\d[\d,.]*\s*(?:%|per\s?cent)|\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)|\s*(?:\(\s*\d[\d.]*\s*(?:%|per\s?cent)\s*\)\s*)?(?:more|fewer|less|higher|lower)\b|\s*%|\s+per\s?cent|\s+percentage)/i;

/** Before a count that names a whole group: 'all three', 'each of the 12', 'both'. */
const NOT_PART_BEFORE = /\b(?:all|each|every|both|any)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$/i;
/** After a part that points back to the group before it: '944 of those who completed', '12 of them'. */
const OF_THOSE_AFTER = /^\s+of\s+(?:those|these|them|whom)\b(?!\s+\d)/i;

/** A sentence that opens on its whole: 'Of the 36 cases, …', '(a) Of these 41 orders, …'. */
const OPENER = /^[\s\-*+•(a-z0-9).]{0,8}\b(?:of|among|across)\s+(?:the\s+|these\s+|those\s+|its\s+|our\s+|their\s+|all\s+(?:the\s+)?)?$/i;

/** The block's prose sentences, with their counts; built once a block and only when a claim needs them. */
function windowSentences(block: BlockData, masked: string): WindowSentence[][] {
  const base = block.offset;
  const refs = block.references.map((r) => ({ start: r.span.start - base, end: r.span.end - base }));
  const out: WindowSentence[][] = [];
  for (const scope of scopesOf(block, masked)) {
    if (scope.kind !== 'prose') continue;
    const raw = masked.slice(scope.start, scope.end);
    const local = refs.filter((r) => r.start >= scope.start && r.end <= scope.end).map((r) => ({ start: r.start - scope.start, end: r.end - scope.start }));
    const text = blankScope(raw, local);
    const at0 = base + scope.start;
    const list: WindowSentence[] = [];
    for (const se of sentencesOf(text)) {
      const st = text.slice(se.start, se.end);
      const at = at0 + se.start;
      const counts = tokensOf(st)
        .filter(isCount)
        .map((t) => {
          const before = st.slice(Math.max(0, t.start - 30), t.start);
          const after = st.slice(t.end, t.end + 40);
          return { value: t.value, start: at + t.start, end: at + t.end, raw: t.raw, word: t.word, barred: BARRED_BEFORE.test(before) || BARRED_AFTER.test(after), notPart: NOT_PART_BEFORE.test(before), ofThose: OF_THOSE_AFTER.test(after), noun: groupNoun(st, t.end) };
        });
      list.push({ start: at, end: at0 + se.end, text: st, counts });
    }
    out.push(list);
  }
  return out;
}

const isCount = (t: Tok) => t.kind === 'num' && !t.notCount && Number.isInteger(t.value) && t.value >= 0;

/** The sentence of a figure at `at` and the one before it in its scope. */
function sentenceAt(sentences: WindowSentence[][], at: number): { own: WindowSentence; before?: WindowSentence } | undefined {
  for (const list of sentences) {
    const i = list.findIndex((s) => s.start <= at && at < s.end);
    if (i >= 0) return { own: list[i]!, ...(i > 0 ? { before: list[i - 1]! } : {}) };
  }
  return undefined;
}

/** Whether k of n gives the share by the report's rounding. */
function fits(k: number, n: number, p: Operand, policy: RoundingPolicy): boolean {
  if (n <= 0 || k > n) return false;
  return accepted(explanations(k, n, p.value, p.decimals ?? 0), policy, p.value);
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
const dist = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** What the judged claims of the block say about its counts. */
interface Judged {
  /** Parts judged with a share of their own (a sibling in a list, never the whole of another part). */
  shareParts: Set<string>;
  /** The whole each part was judged with where no share was ('Of the 88 schools, 79 …' read as 79 of 88). */
  wholeOf: Map<string, string>;
  /** The judged shares of a part in a written whole: the part's place and the whole. */
  shareWholes: { kStart: number; n: WindowCount }[];
  /** The written pairs judged as 'k of n' with no share of their own. */
  countOfs: ClaimRecord[];
}

/**
 * The part and whole a share is read with: the part is the last count before it in its sentence; the whole
 * is the one a reading judged the part with ('Of the n …, k' read as k of n), else the whole of the parts
 * before it in its sentence that were judged with shares of their own ('86 to administration (12%) and 80 to
 * …'), else the count its sentence opens on ('Of the n …'), else the count larger than the part nearest to
 * it, in the sentence or the one before, that is no other part with a share of its own. Undefined when
 * there is no such pair, or the part is barred (a change, a range, a ratio).
 */
function readPair(w: { own: WindowSentence; before?: WindowSentence }, p: Operand, judged: Judged): { k: WindowCount; n: WindowCount; others: WindowCount[] } | undefined {
  const { own, before } = w;
  const prior = own.counts.filter((x) => x.end <= p.span.start);
  const k = prior[prior.length - 1];
  if (!k || k.barred || k.notPart) return undefined;
  const first = own.counts[0];
  const opener = first && first !== k && first.value > k.value && !first.barred && sameGroup(first.noun, k.noun) && OPENER.test(own.text.slice(0, first.start - own.start)) ? first : undefined;
  // Counts of another group are no whole of it ('Of the 40 wards, 18 staff …').
  const wholes = [...own.counts, ...(before?.counts ?? [])].filter((x) => x !== k && !x.barred && x.value > k.value && !judged.shareParts.has(key(x)) && sameGroup(x.noun, k.noun));
  const judgedWhole = judged.wholeOf.get(key(k));
  const sibling = judged.shareWholes.filter((x) => x.kStart >= own.start && x.kStart < k.start && x.n.value > k.value && sameGroup(x.n.noun, k.noun)).pop()?.n;
  // A part of the group just before it ('1,021 completed it, and 944 of those who completed'): that group is its whole.
  const back = k.ofThose ? [...own.counts, ...(before?.counts ?? [])].filter((x) => x.end <= k.start && !x.barred && x.value > k.value && sameGroup(x.noun, k.noun)).reduce<WindowCount | undefined>((a, b) => (!a || dist(b, k) < dist(a, k) ? b : a), undefined) : undefined;
  if (k.ofThose && !back) return undefined;
  const n = wholes.find((x) => key(x) === judgedWhole) ?? back ?? sibling ?? opener ?? (wholes.length ? wholes.reduce((a, b) => (dist(b, k) < dist(a, k) ? b : a)) : undefined);
  if (!n) return undefined;
  return { k, n, others: wholes.filter((x) => key(x) !== key(n)) };
}

/**
 * The block's claims after the candidate-pairs judgement: each open share confirmed by the pair of counts it
 * is read with, or listed, unresolved, saying why.
 */
export function judgeCandidatePairs(block: BlockData, masked: string, claims: ClaimRecord[], policy: RoundingPolicy): ClaimRecord[] {
  const judgedFigures = new Set<string>();
  const judged: Judged = { shareParts: new Set(), wholeOf: new Map(), shareWholes: [], countOfs: [] };
  for (const c of claims) {
    if (c.verdict === 'unchecked') continue;
    for (const o of c.operands) judgedFigures.add(key(o.span));
    noteJudged(c, judged);
  }
  const open = (c: ClaimRecord) => c.kind === 'percent' && c.verdict === 'unchecked' && c.operands.length === 1 && c.operands[0]!.role === 'p' && !c.operands[0]!.hedge && !judgedFigures.has(key(c.operands[0]!.span));
  if (!claims.some((c) => open(c) || (c.kind === 'count-percent' && c.operands.length === 2) || (c.verdict === 'inconsistent' && c.operands.some((o) => o.role === 'n' && o.inferred)))) return claims;
  const sentences = windowSentences(block, masked);
  // Shares another claim judged against a whole: their no-total reading is no more than a second look.
  const sharesWithWhole = new Set(claims.filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'n')).flatMap((c) => c.operands.filter((o) => o.role === 'p').map((o) => key(o.span))));
  // In text order (claims are sorted), so that a share confirmed in a list is a sibling for the next one.
  return claims.map((c) => {
    const whom = ofWhomShare(c, masked, block.offset, judged, policy);
    if (whom) return whom;
    const nearer = nearerGroup(c, masked, block.offset, judged, policy);
    if (nearer) return nearer;
    const other = otherGroupFits(c, sentences, masked, block.offset, policy);
    if (other) return other;
    if (noTotal(c) && !c.operands.some((o) => o.role === 'p' && sharesWithWhole.has(key(o.span)))) return withNearestWhole(c, sentences, policy);
    if (!open(c)) return c;
    const d = confirmOpen(c, sentences, masked, block.offset, policy, judged);
    if (d !== c) noteJudged(d, judged);
    return d;
  });
}

/** 'In 131 (18%) there was …' judged only for some whole ('131 / n = 18% for n = 709 (no total stated)'). */
const noTotal = (c: ClaimRecord) => c.kind === 'count-percent' && c.verdict === 'ok' && c.operands.length === 2 && c.operands.some((o) => o.role === 'p' && !o.hedge) && c.operands.some((o) => o.role === 'k');

/**
 * A share with its count and no total stated ('We reviewed 725 vetting files. In 131 (18%) …'), that only some
 * whole number fits, read with the whole nearest it (the pair readers' `readPair`): confirmed against that whole
 * when it gives the share; otherwise listed as unresolved with the arithmetic, not left as 'consistent' for a whole
 * the text never names. Never reported: the text does not say what the share is of.
 */
function withNearestWhole(c: ClaimRecord, sentences: WindowSentence[][], policy: RoundingPolicy): ClaimRecord {
  const p = c.operands.find((o) => o.role === 'p')!;
  const kOp = c.operands.find((o) => o.role === 'k')!;
  const w = sentenceAt(sentences, p.span.start);
  if (!w?.before) return c;
  // The part is the one count of its sentence; the whole, the one count of the sentence before larger than it
  // and of its group ('We reviewed 725 vetting files.').
  const k = w.own.counts.find((x) => x.start === kOp.span.start);
  if (!k || w.own.counts.length !== 1) return c;
  const wholes = w.before.counts.filter((x) => !x.barred && !x.ofThose && x.value > k.value && sameGroup(x.noun, k.noun));
  // (A sentence before with several counts: the one whole that gives the share exactly is confirmed, as the share
  // is already consistent with some whole; none fitting leaves the claim as it is.)
  const shown = `${formatScaled(p.value, p.decimals ?? 0)}%`;
  if (w.before.counts.length > 1) {
    if (c.verdict !== 'ok') return c;
    const fitting = wholes.filter((x) => fits(k.value, x.value, p, policy));
    if (fitting.length !== 1) return c;
    const n = fitting[0]!;
    return { ...c, kind: 'percent-of', operands: [operand('k', k), operand('n', n), p], arithmetic: `${k.value} of ${n.value} = ${exactPercent(k.value, n.value)}% ✓ (${shown} read with the one whole of the sentence before that gives it)` };
  }
  if (wholes.length !== 1) return c;
  const n = wholes[0]!;
  if (fits(k.value, n.value, p, policy)) {
    return { ...c, kind: 'percent-of', operands: [operand('k', k), operand('n', n), p], arithmetic: `${k.value} of ${n.value} = ${exactPercent(k.value, n.value)}% ✓ (${shown} read with the whole of the sentence before)` };
  }
  const { rule: _rule, message: _message, replacement: _replacement, ...rest } = c;
  return { ...rest, verdict: 'unchecked', arithmetic: `${c.arithmetic.replace(/\s*✓\s*$/, '')}, but read with the whole of the sentence before, ${k.value} of ${n.value} = ${exactPercent(k.value, n.value)}%, not ${shown}: the text does not say which whole it is of, so not judged` };
}

/**
 * Words between a pair and the bracket that closes its clause which give the bracket a figure of its own: a
 * share word or a hedge ('who had in most cases …'), a comparison, a change, a sub-group ('of whom'), a rate.
 */
const OWN_FIGURE_BETWEEN = new RegExp(
  String.raw`\b(?:most|majority|minority|half|quarters?|thirds?|few|fewer|many|several|some|all|none|nearly|almost|about|around|approximately|over|under|more|less|least|than|compared|against|average|national(?:ly)?|rate|target|benchmark|previous|last|year|other|others|rest|remaining|whereas|while|whilst|increas\w*|decreas\w*|rose|risen|fell|fallen|grew|grown|reduc\w*|higher|lower|each|per|both|either|neither|including|includes?|such|whom|of\s+(?:which|these|those|them)|among\s+(?:them|these|those))\b`,
  'i',
);

/** Any verb of a clause: the scanner's clause verbs (`CLAUSE_VERB`), and 'be' and 'do'. */
const hasVerb = (text: string) => CLAUSE_VERB.test(text) || /\b(?:be|been|being|does|do)\b/i.test(text);

/** A pair whose clause the share closes, in brackets: '1,241 of the 1,314 providers, through full inspections or monitoring visits (92 per cent)'. */
interface ClosingPair {
  claim: ClaimRecord;
  k: Operand;
  n: Operand;
}

/**
 * The judged 'k of n' whose clause the share closes: the share is in brackets, the pair is in its sentence
 * before it, and between them stand words only (no other number, and none of `OWN_FIGURE_BETWEEN`), as in
 * 'in 11 of the 30 cases in which a referral was needed (37%)'. The bracket then can only be the pair's.
 */
function closingPair(own: WindowSentence, p: Operand, masked: string, base: number, judged: Judged): ClosingPair | undefined {
  const local = p.span.start - base;
  if (!/\(\s*$/.test(masked.slice(Math.max(0, local - 3), local)) || !/^\s*\)/.test(masked.slice(p.span.end - base, p.span.end - base + 3))) return undefined;
  let best: ClosingPair | undefined;
  for (const c of judged.countOfs) {
    const k = c.operands.find((o) => o.role === 'k');
    const n = c.operands.find((o) => o.role === 'n');
    if (!k || !n || k.hedge || n.hedge || k.inferred || n.inferred || k.span.start < own.start || n.span.end > p.span.start || k.span.end > n.span.start) continue;
    if (judged.shareParts.has(key(k.span))) continue;
    if (!best || n.span.end > best.n.span.end) best = { claim: c, k, n };
  }
  if (!best) return undefined;
  const between = masked.slice(best.n.span.end - base, local - 1);
  if (between.length > 160 || /\d/.test(between) || OWN_FIGURE_BETWEEN.test(between)) return undefined;
  // No verb: a verb opens another clause, whose figure the bracket may be ('In 14 of the 25 cases, the plan was
  // late and staff turnover was high (60%)', '… to the panel, which accepted the referral (75%)').
  if (hasVerb(between)) return undefined;
  // And the pair is a noun phrase: '15 prisoners moved out of the 120 places' pairs no part with a whole.
  if (hasVerb(masked.slice(best.k.span.end - base, best.n.span.start - base)) || /\btaken\b/i.test(masked.slice(best.k.span.end - base, best.n.span.start - base))) return undefined;
  // No number word either: 'one followed up an earlier visit'.
  if (tokensOf(between).some((t) => t.kind === 'num' || t.kind === 'pct')) return undefined;
  return best;
}

/** Right before a part that points back: 'Of these, ', 'of those '. */
const POINTS_BACK_BEFORE = /\bof\s+(?:these|those|them)\s*,?\s*$/i;
/** A rate named as the pair's own ('an accuracy rate of', 'an uphold rate of'): not a response, occupancy or vacancy rate, which other readers read, nor a benchmark ('an average rate of', 'the national rate of'). */
const RATE_OF = String.raw`(?:an?|the)\s+(?!(?:[a-z][\w-]*\s+)?(?:response|occupancy|vacancy|reoffending|change|growth|average|mean|median|national|regional|local|overall|expected|typical|target|benchmark)\b)(?:[a-z][\w-]*\s+){0,2}rate\s+of`;
/** Before a share that restates the part of its sentence: ', representing', ', which is', ', equivalent to', ', an accuracy rate of'. */
const RESTATING_BEFORE = new RegExp(String.raw`(?:(?:,|\s[\u2013\u2014]|\s-)\s*(?:representing|which\s+(?:is|was|represents|represented)|equivalent\s+to|that\s+is,?|${RATE_OF})|,\s*or|\s[\u2013\u2014]|\s-)\s*$`, 'i');
/** The rate alone: the share after it is read only as the pair's (`NOT_A_SHARE_BEFORE` keeps it from any other reading). A dash may open it too ('upheld 131 of them – a rate of 61%'). */
const RATE_BEFORE = new RegExp(String.raw`(?:,|\s[\u2013\u2014]|\s-)\s*${RATE_OF}\s*$`, 'i');
/**
 * A share set right after its pair between commas, the pair's clause going on after it ('In 43 of them, representing
 * 68%, the victim had been referred'): only the restating word stands between the pair and the share.
 */
const APPOSED_RIGHT_AFTER = /^(?:\s+of\s+(?:them|these|those))?(?:\s*,\s*(?:representing|which\s+(?:is|was)|equivalent\s+to)|\s[\u2013\u2014]|\s-)\s*$/i;
const BARE_DASH_BEFORE = /(?:\s[\u2013\u2014]|\s-)\s*$/;
/** ', or' right before a share ('… within a week, or 75%'). */
const OR_BEFORE = /,\s*or\s*$/i;
const RESTATED_RIGHT_AFTER = /^(?:\s+of\s+(?:them|these|those))?\s*(?:[\u2013\u2014]|-)\s*$/i;
const OTHER_GROUND = /\b(?:average|national|target|benchmark|rate|than|against|compared|expected|previous|last)\b/i;
const AT_LEAST_BEFORE = /\bat\s+least\s+$/i;
const APPOSITION_CLOSES = /^\s*,\s*[a-z]/i;
/** After it, to the sentence's end: the whole named as the total or as 'all' of its noun. Group 1 is that noun's first word. */
const RESTATING_AFTER = /^(?:\s+of\s+(?:the\s+(?:total|whole)|all\s+(?:the\s+)?([a-z][\w'-]*)(?:\s+[a-z][\w'-]*){0,2}))?\s*[.!]?\s*$/i;

/**
 * 'Of these, 3,949 were classed as serious, representing 13% of the total.', 'In 40 of these the quality … was good or
 * better, representing 89% of all lessons seen.': a share that closes the sentence of a judged 'k of n' (its whole
 * perhaps in the sentence before, 'of these'), opened by a word of restating and naming its whole as the total, or
 * as all of the whole's own noun. The part is the pair's, the only count of the clause before the share.
 */
function restatingShare(own: WindowSentence, p: Operand, masked: string, base: number, judged: Judged, before?: WindowSentence): ClosingPair | undefined {
  const local = p.span.start - base;
  if (!RESTATING_BEFORE.test(masked.slice(Math.max(own.start - base, local - 40), local))) return undefined;
  const tail = masked.slice(p.span.end - base, own.end - base);
  const after = RESTATING_AFTER.exec(tail);
  // (A share closed by a comma with its pair's clause going on: read as one with no whole named after it.)
  const apposed = !after && APPOSITION_CLOSES.test(tail);
  if (!after && !apposed) return undefined;
  // With no whole named after it ('…, representing 75%.', '…, an accuracy rate of 89%.'), a share of a whole counted
  // before its sentence is that whole's only when the sentence before counts one group ('We inspected 52 schools and
  // 14 colleges. … in 30 of them, which is 45 per cent.' may be of 52, 14 or 66).
  const bare = !after || after[0].trim() === '' || /^[.!]$/.test(after[0].trim());
  let best: ClosingPair | undefined;
  for (const c of judged.countOfs) {
    const k = c.operands.find((o) => o.role === 'k');
    const n = c.operands.find((o) => o.role === 'n');
    if (!k || !n || k.hedge || n.hedge || k.inferred || k.span.start < own.start || k.span.end > p.span.start || n.span.end > k.span.start) continue;
    // A whole from before only when the part points back to it: 'Of these, 3,949', '40 of these'.
    if ((n.inferred || n.span.start < own.start) && !POINTS_BACK_BEFORE.test(masked.slice(Math.max(0, k.span.start - base - 20), k.span.start - base)) && !POINTS_BACK_AFTER.test(masked.slice(k.span.end - base, k.span.end - base + 20))) continue;
    if (judged.shareParts.has(key(k.span))) continue;
    if (bare && n.span.start < own.start && !(before && before.counts.length === 1 && before.counts[0]!.start === n.span.start)) continue;
    if (!best || k.span.end > best.k.span.end) best = { claim: c, k, n };
  }
  if (!best) return undefined;
  // The part is the only figure between the pair and the share.
  const between = masked.slice(best.k.span.end - base, local);
  if (apposed && !APPOSED_RIGHT_AFTER.test(between)) return undefined;
  // A bare dash or ', or' restates the pair only right after it, or after a clause that names no other figure's
  // ground ('made progress against the national average — 53%' may give the average).
  const opener = masked.slice(Math.max(own.start - base, local - 40), local);
  if (BARE_DASH_BEFORE.test(opener) && !RESTATED_RIGHT_AFTER.test(between)) return undefined;
  if (OR_BEFORE.test(opener) && OTHER_GROUND.test(between)) return undefined;
  // ('11 had at least one visit late, which is 61%': 'at least one' says of each case, it counts no group.)
  if (tokensOf(between).some((t) => t.kind === 'pct' || t.kind === 'frac' || (t.kind === 'num' && !t.notCount && !(t.value === 1 && AT_LEAST_BEFORE.test(between.slice(Math.max(0, t.start - 12), t.start)))))) return undefined;
  // 'of all lessons seen': the whole's own noun, written with it ('observed 46 lessons').
  if (after?.[1]) {
    const noun = nounAfter(masked, best.n.span.end - base);
    if (!noun || !sameGroup(after[1].toLowerCase(), noun)) return undefined;
  }
  return best;
}

/** The closing pair's share, judged: confirmed, or reported when no other pair or count of the sentence gives it. */
function judgeClosing(c: ClaimRecord, pair: ClosingPair, policy: RoundingPolicy): ClaimRecord {
  const p = c.operands[0]!;
  const base = { kind: 'count-of' as const, span: { start: pair.k.span.start, end: p.span.end }, ...(pair.claim.sentence ? { sentence: pair.claim.sentence } : {}), ...(c.criterionId ? { criterionId: c.criterionId } : {}) };
  const judgedClaim = judgeShare(base, { scaled: p.value, decimals: p.decimals ?? 0, raw: p.raw, span: p.span }, pair.k, pair.n, policy);
  if (judgedClaim.verdict !== 'inconsistent') return judgedClaim;
  const why = otherTotalFits(judgedClaim) ?? otherPartFits(judgedClaim);
  const pairFit = why === undefined ? otherPairFits(judgedClaim) : undefined;
  if (why === undefined && pairFit === undefined) return judgedClaim;
  return unresolve(judgedClaim, `the share fits ${why ?? pairFit}, another count of the sentence`);
}

/** Between a part and its bracketed share: ' of whom (', ' of them (', ' of these ('. */
const OF_WHOM_BRACKET = /^\s+of\s+(?:whom|them|these|those|which)\s*\(\s*$/i;

/**
 * 'k of whom (P%)' read with no total ('45 were living there …, 29 of whom (69%) had …') when a reading judged
 * 'k of whom' as k of n: the share is of that n, and is judged in full. Not when a share or fraction stands
 * between the whole and the part, in figures or words ('Of the 45 staff, 80% had supervision, and 18 of them
 * (50%)', 'Of the 50 people, most had a plan, and 30 of them (75%)': 'them' may be that share), nor when the part's own share was judged against a total already.
 */
function ofWhomShare(c: ClaimRecord, masked: string, base: number, judged: Judged, policy: RoundingPolicy): ClaimRecord | undefined {
  if (c.kind !== 'count-percent' || c.verdict === 'inconsistent' || c.verdict === 'impossible' || c.operands.length !== 2) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  const k = c.operands.find((o) => o.role === 'k');
  if (!p || !k || p.hedge || k.hedge) return undefined;
  const pair = judged.countOfs.find((x) => x.operands.some((o) => o.role === 'k' && o.span.start === k.span.start && o.span.end === k.span.end));
  const n = pair?.operands.find((o) => o.role === 'n');
  if (!pair || !n || n.hedge || n.span.end > k.span.start) return undefined;
  if (!OF_WHOM_BRACKET.test(masked.slice(k.span.end - base, p.span.start - base))) return undefined;
  const between = masked.slice(n.span.end - base, k.span.start - base);
  if (tokensOf(between).some((t) => t.kind === 'pct' || t.kind === 'frac') || OWN_FIGURE_BETWEEN.test(between)) return undefined;
  const sources = [{ span: n.span, message: `the whole, ${n.raw}, is the group 'of whom' points back to` }];
  return judgeShare({ kind: 'count-percent', span: c.span, ...(c.sentence ? { sentence: c.sentence } : {}), ...(c.criterionId ? { criterionId: c.criterionId } : {}) }, { scaled: p.value, decimals: p.decimals ?? 0, raw: p.raw, span: p.span }, k, { ...n, inferred: true }, policy, sources);
}

/** After a part: ' of these', ' of those', ' of them', with or without a noun. */
const POINTS_BACK_AFTER = /^\s+of\s+(?:these|those|them)\b/i;

/**
 * A share wrong against a whole taken from before, when the part points back ('38 of those (35%)', '221 of these
 * students (38%)') and a nearer group was counted as a part of that whole or as the part's own whole ('Of these,
 * 97 …; 38 of those', '640 of them began …'): 'these' is that nearer group. The share is judged against it, so
 * that the message and the fix name it; the claim is wrong either way (a share that fits the nearer group is
 * confirmed by the extractor already).
 */
function nearerGroup(c: ClaimRecord, masked: string, base: number, judged: Judged, policy: RoundingPolicy): ClaimRecord | undefined {
  const back = pointingBack(c, masked, base);
  if (!back) return undefined;
  const { p, k, n } = back;
  const same = (a: Operand, b: Operand) => a.span.start === b.span.start && a.span.end === b.span.end;
  // The part's own whole, as a reading of 'k of those' gave it; else the last part of the whole counted before the part.
  const own = judged.countOfs.map((x) => ({ k: x.operands.find((o) => o.role === 'k'), n: x.operands.find((o) => o.role === 'n') })).find((x) => x.k && x.n && same(x.k, k) && !same(x.n, n) && !x.n.inferred && x.n.span.end <= k.span.start)?.n;
  const sub = own
    ? undefined
    : judged.countOfs
        .map((x) => ({ k: x.operands.find((o) => o.role === 'k'), n: x.operands.find((o) => o.role === 'n') }))
        .filter((x) => x.k && x.n && same(x.n, n) && x.k.span.start > n.span.end && x.k.span.end <= k.span.start && x.k.value > k.value)
        .map((x) => x.k!)
        .pop();
  const whole = own ?? sub;
  if (!whole || whole.value <= k.value) return undefined;
  // (The group's own share, bracketed after it, is no other figure: '97 (24%) had a caesarean section; 38 of those'.)
  const between = masked.slice(whole.span.end - base, k.span.start - base).replace(/^\s*\(\s*\d[\d.]*\s*(?:%|per\s*cent)\s*\)/i, '');
  if (tokensOf(between).some((t) => t.kind === 'pct' || t.kind === 'frac' || (t.kind === 'num' && !t.notCount && Number.isInteger(t.value) && t.value > k.value))) return undefined;
  const judgedClaim = judgeShare({ kind: c.kind, span: c.span, ...(c.sentence ? { sentence: c.sentence } : {}), ...(c.criterionId ? { criterionId: c.criterionId } : {}) }, { scaled: p.value, decimals: p.decimals ?? 0, raw: p.raw, span: p.span }, k, { value: whole.value, raw: whole.raw, span: whole.span, inferred: true, ...(whole.word ? { word: true } : {}) }, policy, [{ span: whole.span, message: `the whole, ${whole.raw}, is the group '${back.pointer}' points back to` }]);
  return judgedClaim.verdict === 'inconsistent' ? judgedClaim : undefined;
}

/**
 * A share wrong against a whole taken from before, whose part points back ('21 of them (44%)'), when another group
 * counted between that whole and the part, in the part's paragraph, gives it ('Of the 100 files, 52 were Crown Court and 48 magistrates'
 * court files. … The magistrates' court files were better: 21 of them (44%) fell short.': 21 of 48 = 44%): 'them'
 * may be that group, so the share is not reported; it is listed with the reading that fits.
 */
function otherGroupFits(c: ClaimRecord, sentences: WindowSentence[][], masked: string, base: number, policy: RoundingPolicy): ClaimRecord | undefined {
  const back = pointingBack(c, masked, base);
  if (!back) return undefined;
  const { p, k, n } = back;
  // The counts from the whole's own place to the part, in the part's paragraph: the groups 'them' may be.
  // (At most the four sentences before the part's own, so that the work stays linear in a long paragraph.)
  const list = sentences.find((l) => l.some((x) => x.start <= k.span.start && k.span.start < x.end));
  if (!list) return undefined;
  const own = list.findIndex((x) => x.start <= k.span.start && k.span.start < x.end);
  const pool = list.slice(Math.max(0, own - 4), own + 1).flatMap((x) => x.counts).filter((x) => x.start > n.span.start && x.end <= k.span.start);
  const fit = pool.find((x) => !x.barred && x.value > k.value && fits(k.value, x.value, p, policy));
  if (!fit) return undefined;
  return unresolve(c, `but ${k.value} of ${fit.value}, a group counted just before that '${back.pointer}' may point back to, gives ${formatScaled(p.value, p.decimals ?? 0)}%`);
}

/**
 * A share judged wrong against a whole taken from before ('inferred'), whose part points back ('38 of those (35%)',
 * '21 of them (44%)'): its operands and the pointing words; undefined for any other claim. The part may point back to
 * a nearer group than the whole it was judged with (`nearerGroup`, `otherGroupFits`).
 */
function pointingBack(c: ClaimRecord, masked: string, base: number): { p: Operand; k: Operand; n: Operand; pointer: string } | undefined {
  if (c.verdict !== 'inconsistent' || (c.kind !== 'count-percent' && c.kind !== 'percent-count')) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  if (!p || !k || !n || !n.inferred || p.hedge || k.hedge || c.operands.length !== 3) return undefined;
  const after = masked.slice(k.span.end - base, k.span.end - base + 20);
  if (!POINTS_BACK_AFTER.test(after)) return undefined;
  return { p, k, n, pointer: after.trim().split(/\s+/).slice(0, 2).join(' ') };
}

function noteJudged(c: ClaimRecord, judged: Judged): void {
  if (c.verdict === 'unchecked') return;
  const k = c.operands.find((o) => o.role === 'k');
  if (!k) return;
  const n = c.operands.find((o) => o.role === 'n');
  if (c.operands.some((o) => o.role === 'p')) {
    judged.shareParts.add(key(k.span));
    if (n && !n.inferred && SHARE_KINDS.has(c.kind)) judged.shareWholes.push({ kStart: k.span.start, n: { value: n.value, start: n.span.start, end: n.span.end, raw: n.raw, word: !!n.word, barred: false } });
  }
  if (c.kind === 'count-of' && n && !judged.wholeOf.has(key(k.span))) judged.wholeOf.set(key(k.span), key(n.span));
  if (c.kind === 'count-of' && n && c.operands.length === 2) judged.countOfs.push(c);
}

/** Kinds of claim whose 'k' is a part and 'p' its share of 'n'. */
const SHARE_KINDS: ReadonlySet<string> = new Set(['count-percent', 'percent-count', 'count-of', 'percent-of']);

const operand = (role: 'k' | 'n', x: WindowCount): Operand => ({ role, value: x.value, raw: x.raw, span: { start: x.start, end: x.end }, ...(x.word ? { word: true } : {}) });

function confirmOpen(c: ClaimRecord, sentences: WindowSentence[][], masked: string, base: number, policy: RoundingPolicy, judged: Judged): ClaimRecord {
  const p = c.operands[0]!;
  const local = p.span.start - base;
  if (NOT_A_SHARE_AFTER.test(masked.slice(p.span.end - base, p.span.end - base + 40))) return c;
  // 'k …, P% of them': the share is of the count before it, whose part is not written.
  if (/^\s+of\s+(?:them|these|those|whom|which|it)\b/i.test(masked.slice(p.span.end - base, p.span.end - base + 20))) return c;
  const w = sentenceAt(sentences, p.span.start);
  // A rate named as the pair's own ('Of these, 71 were recorded correctly, an accuracy rate of 89%.') closes its
  // sentence and restates the pair before it: read only so, never with the counts nearest it.
  const before = masked.slice(Math.max(0, local - 40), local);
  if (NOT_A_SHARE_BEFORE.test(before) && !APPOSED_OR.test(before)) {
    // (', or P%' restating the pair too: '… answered 45 of them within a week, or 75%.')
    const rate = w && (RATE_BEFORE.test(masked.slice(Math.max(w.own.start - base, local - 40), local)) || OR_BEFORE.test(before)) ? restatingShare(w.own, p, masked, base, judged, w.before) : undefined;
    return rate ? judgeClosing(c, rate, policy) : c;
  }
  const closing = w && (closingPair(w.own, p, masked, base, judged) ?? restatingShare(w.own, p, masked, base, judged, w.before));
  if (closing) return judgeClosing(c, closing, policy);
  const pair = w && readPair(w, p, judged);
  // A part another claim judged with a share of its own is that share's: this share is another figure's.
  if (!pair || judged.shareParts.has(key(pair.k))) return c;
  const shown = `${formatScaled(p.value, p.decimals ?? 0)}%`;
  const { k, n } = pair;
  if (!fits(k.value, n.value, p, policy)) {
    const other = pair.others.find((x) => fits(k.value, x.value, p, policy));
    const also = other ? `; ${k.value} of ${other.value} would give it` : '';
    return { ...c, arithmetic: `${c.arithmetic}; read with the counts nearest it, ${k.value} of ${n.value} = ${exactPercent(k.value, n.value)}%, not ${shown}${also}: the sentence does not say which counts it is of, so not judged` };
  }
  return {
    kind: 'percent-of',
    span: c.span,
    operands: [operand('k', k), operand('n', n), p],
    verdict: 'ok',
    arithmetic: `${k.value} of ${n.value} = ${exactPercent(k.value, n.value)}% ✓ (${shown} read with the counts nearest it, the part before it and the whole it is of)`,
    ...(c.sentence ? { sentence: c.sentence } : {}),
    ...(c.criterionId ? { criterionId: c.criterionId } : {}),
  };
}
