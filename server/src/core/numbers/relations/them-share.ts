/**
 * A share word 'of them' with its count, the whole counted in the sentence before (issue 9, families 5
 * and 10):
 *
 *   'We read 90 case files at the three offices. The majority of them (52) had a plan, and in 11 there
 *    was no plan at all.'
 *   'Inspectors spoke to 40 staff on two wings. Most of these – 31 – felt safe.'
 *
 * The sentence opens with the share ('Most of them', 'The majority of these', 'Around half of those')
 * and its count follows in brackets or between dashes. 'Them' is the group the sentence before counts:
 * of its counted groups, the one at least as large as the count (a smaller group, 'the three offices',
 * cannot hold it); when two could, nothing is said. A later bare part of the same sentence ('and in
 * 11 …', 'and 9 did not') is a part of that whole too, judged only when it fits.
 */
import type { ClaimRecord } from '../claim.js';
import { RULE } from '../claim.js';
import { contains, fractionInterval, share as shareOf } from '../interval.js';
import type { Fraction, HedgeKind } from '../words.js';
import { HEDGE_BEFORE } from '../words.js';
import { countOperand, fracOperand, judgeCountOf, judgeInterval, judgeQuantifier, type CountIn } from '../judge.js';
import { CLAUSE_VERBS, isPopulation, MODALS, nounAfter, SAYING_VERBS, singular, type Tok } from '../scan.js';
import { depthAt, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';
import { sharesOf } from './shares.js';
import { severalGroups } from './several-groups.js';

const OF_THEM = /^\s+of\s+(?:them|these|those)(?:\s+[a-z]+){0,1}?\s*(\(|[\u2013\u2014]|,)\s*$/i;
const CLOSE = /^\s*(?:\)|[\u2013\u2014]|,)/;
/** A bare share word's count in brackets: 'Almost all (381)'. */
const BARE_OPEN = /^\s*\(\s*$/;
/** After it, the clause's verb ('(381) said', '(38) were good'), not a noun of another group ('(45) staff'). */
const BARE_VERB_AFTER = new RegExp(String.raw`^\s*\)\s+(?:(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS})\b|[a-z]{3,}ed\b)`, 'i');
/** After a bare share's count set between commas: the clause's verb ('Just over half, 1,733, attend …'). */
const BARE_VERB_AFTER_COMMA = new RegExp(String.raw`^\s*,\s+(?:(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|attend|attended|live|lived|go|went|use|used|need|needed|receive|received)\b|[a-z]{3,}ed\b)`, 'i');
/** Before a later share word of the same sentence: 'and', 'while', 'but'. */
const LATER_SHARE = /(?:,\s*|\s)(?:and|while|but|whereas)\s+$/i;
/** A later bare part: ', and in 11 …', ', and 9 …', ', while in 11 …'. */
const LATER_PART = /(?:,\s*|\s)(?:and|while|but|whereas)\s+(?:in\s+(?:a\s+further\s+|another\s+|the\s+other\s+)?|a\s+further\s+|another\s+)?$/i;

export function readThemShare(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const shares = sharesOf(s, { quantifiers: true });
  const share = shares[0];
  if (!share || share.type === 'pct') return out;
  // '1,046 people waited more than two hours; roughly one in ten of them (248) …': a share opening the clause after
  // a semicolon points back to the clause before it, as one opening a sentence points back to the sentence before.
  const semi = s.text.lastIndexOf(';', share.start);
  const prev = semi >= 0 ? { text: s.text.slice(0, semi), toks: s.toks.filter((t) => t.end <= semi), offset: s.offset } : s.previous?.[s.previous.length - 1];
  if (!prev) return out;
  // The share opens the sentence (or the clause), with no figure before it.
  // Or after 'Of these,': 'Of these, the majority (18) were good.'
  const opening = s.text.slice(semi + 1, share.start);
  const ofThese = /^\s*(?:Of|Among)\s+(?:these|those|them),\s*$/i.test(opening);
  // 'In the great majority of them – 19,157 – the office …': the share after 'In' or 'For' opens it too.
  if (!ofThese && !/^\s*(?:(?:But|And|However,?|Overall,?)\s+)?(?:(?:In|For)\s+)?$/i.test(opening)) return out;
  const i0 = s.toks.findIndex((t) => t.start >= share.end);
  // ('… within the required three years: 29 staff in all.': figures that count nothing in the share's clause are
  // passed over to a count closing the sentence.)
  const last = s.toks.length - 1;
  const i = i0 >= 0 && i0 < last && s.toks.slice(i0, last).every((t) => t.notCount) && CLOSING_TOTAL_AFTER.test(s.text.slice(s.toks[last]!.end)) ? last : i0;
  const k = s.toks[i];
  if (!k || k.kind !== 'num' || !plainCount(s.text, k)) return out;
  const between = s.text.slice(share.end, k.start);
  // 'In all, 412 children completed our questionnaire. Almost all (381) said …': a bare share word opening the
  // sentence, its count in brackets and the clause's verb right after, is 'of them' left unsaid.
  // ('The area has 3,412 children … Just over half, 1,733, attend mainstream schools': between commas too.)
  const bare = !ofThese && ((BARE_OPEN.test(between) && BARE_VERB_AFTER.test(s.text.slice(k.end, k.end + 30))) || ((share.type === 'frac' || share.type === 'quantifier') && /^\s*,\s*$/.test(between) && BARE_VERB_AFTER_COMMA.test(s.text.slice(k.end, k.end + 30))));
  // 'More than a third of them were sent a notice of serious risk: 13 in all.': the count closing the sentence,
  // the last figure of it, counts the share's members; nothing between names another group ('and the rest …').
  const closingAfter = CLOSING_TOTAL_AFTER.exec(s.text.slice(k.end));
  const closing = !ofThese && i === s.toks.length - 1 && CLOSING_TOTAL_BEFORE.test(between) && !OTHER_GROUP_BETWEEN.test(between) && !RESTRICTED_THOSE.test(between) && closingAfter !== null;
  if (!(bare || closing || (ofThese ? /^\s*(\(|[\u2013\u2014])\s*$/.test(between) : OF_THEM.test(between)))) return out;
  // The count set off may carry its own plural noun, closed as it was opened ('Roughly a third of them, sixteen
  // men, had …', 'Most of these – 31 staff – felt safe', 'Half of them (12 boys) said …'); a verb after the count
  // ('a third of them, 12 were late,') makes it a clause of its own.
  const named = !closing && !CLOSE.test(s.text.slice(k.end, k.end + 4));
  if (named && !(!bare && namedCount(s.text.slice(k.end, k.end + 40), between))) return out;
  // A sentence that only states the size of the group the one before it names ('We looked at the records of every
  // prisoner segregated … There were 29.') counts that group.
  const sizeOnly = (t: Tok) => prev.toks.length === 1 && SIZE_ONLY.test(prev.text.slice(0, t.start)) && /^(?:\s+of\s+them|\s+in\s+(?:all|total))?\s*\.?\s*$/.test(prev.text.slice(t.end));
  const groups = prev.toks.filter((t) => (isPopulation(prev.text, t) || sizeOnly(t)) && !t.notCount && t.value >= k.value);
  if (groups.length === 0) return out;
  const nTok = groups[0]!;
  // ('…: 29 staff in all.': a closing count with a noun of its own is the group's only with the group's own noun.)
  // (Word for word: `sameGroup` takes 'plans' and 'residents' as one population of cases, but '21 plans in all' after
  // 'the records of 30 residents' counts plans.)
  if (closing && closingAfter?.[1] && singular(closingAfter[1].toLowerCase()) !== singular(nounAfter(prev.text, nTok.end) ?? '')) return out;
  // A count with a noun of its own is of the group only when the group is counted with that noun ('40 nursery
  // schools … 28 schools', read by `quantifier-distant.ts`) or with none ('There were 29. … sixteen men').
  if (named && !sizeOnly(nTok)) return out;
  // 'of those stations' names its group: after '7,834 people' it is another ('Two-thirds of those stations (240)').
  // (Unless the sentence before has the noun's word: 'Twenty-four children had been strip-searched. Half of these searches …'.)
  const ofNoun = /^\s+of\s+(?:these|those)\s+([a-z]+s)\s*[(\u2013\u2014,]/i.exec(between)?.[1]?.toLowerCase();
  const groupNoun = nounAfter(prev.text, nTok.end);
  if (ofNoun && groupNoun && singular(ofNoun) !== singular(groupNoun.toLowerCase()) && !prev.text.toLowerCase().includes(singular(ofNoun))) return out;
  // A group given roughly ('Some 460 men') is a whole to confirm on, never to find a share wrong on.
  const rough = (named || closing) && HEDGE_BEFORE.test(prev.text.slice(Math.max(0, nTok.start - 30), nTok.start));
  // The sentence before names no part of its group that 'them' could mean instead ('… 90 files, and 60 were late').
  // When its other counts break its one group down in brackets ('486 searches, at A (261), B (139) and C (96)'),
  // 'them' may be the whole or one of its parts: the share is reported only when it fits none of these readings.
  const others = prev.toks.filter((t) => t !== nTok && !t.notCount && t.kind === 'num' && t.value >= k.value);
  if (groups.length !== 1) return out;
  const ambiguous = others.length > 0;
  if (ambiguous && (share.type !== 'frac' || share.ratio || !bracketedParts(prev.text, prev.toks, nTok) || !everyReadingWrong(prev.toks, k.value, share.fraction, share.hedge?.kind))) return out;
  const n: CountIn = { value: nTok.value, raw: nTok.raw, span: { start: prev.offset + nTok.start, end: prev.offset + nTok.end }, inferred: true };
  if (nTok.word) n.word = true;
  const kIn: CountIn = { value: k.value, raw: k.raw, span: at(s, k.start, k.end) };
  if (k.word) kIn.word = true;
  const base = { kind: 'quantifier', span: at(s, share.start, k.end) };
  const sources = [{ span: n.span, message: `'them' is taken to mean the ${nTok.raw} counted in the sentence before` }];
  let c: ClaimRecord | undefined;
  if (share.type === 'quantifier') c = judgeQuantifier(base, share.phrase, share.min, share.max, { k: kIn, n }, s.policy, share.plurality);
  else {
    const f = { fraction: share.fraction, raw: share.raw, span: at(s, share.start, share.end), ...(share.hedge ? { hedge: share.hedge } : {}) };
    c = judgeInterval({ ...base, kind: 'fraction' }, [fracOperand(f), countOperand(kIn, 'k'), countOperand(n, 'n')], (nn) => fractionInterval(share.fraction, share.hedge?.kind, nn), share.raw, k.value, nTok.value, RULE.fractionMismatch);
  }
  // The sentence before counts several groups ('52 schools and 14 colleges'): 'them' may be any or all of them, so the share is only confirmed.
  if (c.verdict !== 'ok' && !ambiguous && severalGroups(prev.text, prev.toks)) return out;
  // A bare share word is only confirmed of a group counted roughly ('We spoke to about 47 patients.'), and 'most'
  // below its band may name the largest of several groups ('Most (19) were about staffing, 12 about food …').
  if (bare && c.verdict !== 'ok' && (HEDGE_BEFORE.test(prev.text.slice(Math.max(0, nTok.start - 30), nTok.start)) || (share.type === 'quantifier' && share.plurality && (100 * k.value) / nTok.value < share.min))) return out;
  if (rough && c.verdict !== 'ok') return out;
  out.push({ ...c, sources });
  // '… and most (322) said staff treated them fairly': a later bare share word of the same whole, its count in
  // brackets, judged when the first fits.
  if (bare) for (const later of shares.slice(1)) {
    if (later.type !== 'quantifier' || !LATER_SHARE.test(s.text.slice(Math.max(0, later.start - 12), later.start))) continue;
    const j = s.toks.findIndex((t) => t.start >= later.end);
    const kt = s.toks[j];
    if (!kt || kt.kind !== 'num' || !plainCount(s.text, kt) || kt.value > nTok.value || !BARE_OPEN.test(s.text.slice(later.end, kt.start))) continue;
    if (!BARE_VERB_AFTER.test(s.text.slice(kt.end, kt.end + 30)) || s.toks.slice(i + 1, j).some((t) => !t.notCount)) continue;
    const kl: CountIn = { value: kt.value, raw: kt.raw, span: at(s, kt.start, kt.end) };
    if (kt.word) kl.word = true;
    const lc = judgeQuantifier({ kind: 'quantifier', span: at(s, later.start, kt.end) }, later.phrase, later.min, later.max, { k: kl, n }, s.policy, later.plurality);
    if (c.verdict === 'ok' || lc.verdict === 'ok') out.push({ ...lc, sources });
  }
  // A later bare part of the same whole, judged only when it fits.
  for (const t of s.toks.slice(i + 1)) {
    if (t.kind !== 'num' || !plainCount(s.text, t)) continue;
    if (!LATER_PART.test(s.text.slice(Math.max(0, t.start - 30), t.start))) continue;
    if (s.toks.some((u: Tok) => u.start > k.end && u.end < t.start && !u.notCount)) break;
    const tIn: CountIn = { value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
    const part = judgeCountOf({ kind: 'count-of', span: at(s, t.start, t.end) }, tIn, n);
    if (part.verdict === 'ok' && t.value + k.value <= nTok.value) out.push({ ...part, sources });
    break;
  }
  return out;
}

/** The share's clause before a count that closes the sentence: 'of them were sent a notice:', '… – '. */
const CLOSING_TOTAL_BEFORE = /^\s+of\s+(?:them|these|those)\s+[a-z][^;()]*?[a-z)]\s*(?::|[\u2013\u2014]|,)\s*$/i;
/** Words between that name another group the closing count may be of, or another clause. */
const OTHER_GROUP_BETWEEN = /\b(?:and|but|while|whereas|whom|which|rest|remainder|others?|remaining|each|both|all)\b/i;
/** 'of those who had started …': a part of the group named by a clause, not the group. */
const RESTRICTED_THOSE = /^\s+of\s+those\s+(?:who|that|which|whose|with|without)\b/i;
/** After it: 'in all', 'in total', 'altogether', and the sentence's end; a noun before them must be the group's. */
const CLOSING_TOTAL_AFTER = /^\s+(?:([a-z][\w'-]*)\s+)?(?:in\s+all|in\s+total|altogether)\s*\.?\s*$/i;

/** 'There were 29.', 'In all there were 29 of them.': a sentence that only gives a group's size. */
const SIZE_ONLY = /^\s*(?:In\s+(?:all|total),?\s+)?There\s+(?:were|are)\s+(?:only\s+|just\s+)?$/i;

/** A plural noun, the last word of the count's own words: 'men', 'staff', 'cases'. */
const PLURAL_NOUN = /^(?:[a-z]{2,}[^s\W]s|men|women|children|people|staff|police|personnel)$/i;
const NOT_NOUN = new RegExp(String.raw`^(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|[a-z]{3,}ed|[a-z]+ly|of|in|at|on|for|to|with|by|from|and|or|but|this|these|those|them|their|the|a|an|does|goes|was|has|is|uses|needs|seems|remains|gets|lives|stays|says)$`, 'i');
const CLOSING_OF = (open: string): RegExp => (open === '(' ? /^\s*\)/ : open === ',' ? /^\s*,/ : /^\s*[\u2013\u2014]/);

/** Whether the words after a count set off after 'of them' are its noun (one or two words, the last a plural), then the closing mark. */
function namedCount(after: string, between: string): boolean {
  const open = /(\(|[\u2013\u2014]|,)\s*$/.exec(between)?.[1];
  if (!open) return false;
  const m = /^\s+([a-z]+)(?:\s+([a-z]+))?(?=\s*[),\u2013\u2014])/i.exec(after);
  if (!m) return false;
  const words = [m[1]!, ...(m[2] ? [m[2]] : [])];
  if (words.some((w) => NOT_NOUN.test(w)) || !PLURAL_NOUN.test(words[words.length - 1]!)) return false;
  return CLOSING_OF(open).test(after.slice(m[0].length));
}

/** Whether every count of a sentence but its group's is in brackets after the group ('486 searches, at A (261), …'). */
function bracketedParts(text: string, toks: readonly Tok[], group: Tok): boolean {
  return toks.every((t) => t === group || t.notCount || t.kind !== 'num' || (t.start > group.end && depthAt(text, t.start) > 0));
}

/**
 * Whether a fraction of `k` is wrong on every reading of 'them' in a sentence that counts several figures: each
 * count at least `k`, the sum of all its counts, and that sum less its largest (a total with its parts).
 */
function everyReadingWrong(toks: readonly Tok[], k: number, fraction: Fraction, hedge: HedgeKind | undefined): boolean {
  const counts = toks.filter((t) => t.kind === 'num' && !t.notCount && t.value > 1).map((t) => t.value);
  if (counts.length === 0) return false;
  const sum = counts.reduce((a, b) => a + b, 0);
  const readings = new Set([...counts, sum, sum - Math.max(...counts)].filter((v) => v >= k && v > 0));
  if (readings.size === 0) return false;
  for (const n of readings) if (contains(fractionInterval(fraction, hedge, n), shareOf(k, n))) return false;
  return true;
}
