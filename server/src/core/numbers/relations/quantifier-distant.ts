/**
 * A share word a clause away from its count (issue 9, family 10):
 *
 *   'Most of the 24 offenders with a housing need (10)'
 *   'Almost all of the 46 children in the nursery class, 43 in total, …'
 *   'Only a minority of the 35 carers we contacted – 12 – said …'
 *   'Around half of the 88 pupils eligible for the grant (45) …'
 *   'Fewer than half of the 52 complaints received in the year, 29 in all, …'
 *
 * The share is a quantifier of the framework's bands, a fraction, a ratio or
 * a percentage; then 'of (the) N', the group's words (no clause break, no
 * other quantity but a definite count of its description smaller than the
 * count, 'most of the 1,716 prisoners held at the two sites (1,203)'), and the
 * count: in brackets, between dashes, or between commas (alone, 'Two-thirds of
 * the 18 units visited, 12, had …', or with 'in total', 'in all', 'of them').
 * A share ending in 'all' or 'half' takes its group without 'of': 'Almost all
 * the 30 families we met (28)', 'nearly all 52 homes inspected (50)', 'half the
 * 30 schools (15)'.
 */
import { CLAUSE_VERBS, isPopulation, MODALS, sameGroup, SAYING_VERBS, toksBetween, type Tok } from '../scan.js';
import type { SentenceView } from './index.js';
import { COUNT_HEDGE, DENIAL, plainCount } from './common.js';
import { keywords } from '../restate.js';
import { populationsOf } from './population.js';
import { countFig, groupNoun, isCountTok, quantityBetween, sharePartOf, sharesOf, tokAt, type CountFig, type Reading, type ShareFig } from './shares.js';

const OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;
/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = /^(?:was|has|does|is|this|its|his|hers|ours|yours|thus|always|perhaps|whereas|sometimes|across|unless|less|as|us|plus|various|previous|serious|numerous|various)$/i;

const OF = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?/i;
const ALL_THE = /^\s+(?:(?:the|these|those)\s+)?(?=\d)/i;
/** The group's words after N: no clause break. */
const WORDS = /^(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,30}?(?=\s*[(,\u2013\u2014])/;
const FORMS: { open: RegExp; close: RegExp }[] = [
  // '(10)', '(10 of them)', '(15 cases)'
  { open: /^\s*\(\s*/, close: /^(?:\s+(?:of\s+them|in\s+total|in\s+all|altogether|[A-Za-z][\w'-]*))?\s*\)/i },
  // ', 43 in total,' ', 26 of them,'
  { open: /^\s*,\s*/, close: /^\s+(?:in\s+total|in\s+all|of\s+them|altogether)\s*(?:[,;:.\u2013\u2014]|$)/i },
  // ', 12,': a bare count set off by commas (not the first of a list, '12, 14 and 4')
  { open: /^\s*,\s*/, close: /^\s*,(?!\s*(?:\d|(?:and|or)\s+\d))/i },
  // '– 12 –', '– 26 of them –', '— 30 people —', '– in total 11, many of whom … –'
  { open: /^\s*[\u2013\u2014]\s*(?:(?:in\s+total|in\s+all|altogether)\s+)?/i, close: /^(?:\s+(?:of\s+them|in\s+total|in\s+all|altogether|[A-Za-z][\w'-]*))?\s*(?:[\u2013\u2014,]|$)/i },
  // ', 46 schools,': a count and the group's own noun set off by commas (the noun must be the group's, below)
  { open: /^\s*,\s*/, close: /^\s+[A-Za-z][\w'-]*\s*,/i },
];
/** The form whose word after the count must be the group's own noun, written with the group. */
const NOUN_FORM = FORMS[FORMS.length - 1]!;
const WINDOW = 300;

export function quantifierDistantReadings(s: SentenceView): Reading[] {
  const out: Reading[] = [];
  const told = toldAfter(s);
  if (told) out.push(told);
  for (const share of sharesOf(s, { quantifiers: true })) {
    if (share.type === 'quantifier') {
      const r = trailingWord(s, share) ?? framedApposite(s, share) ?? appositePair(s, share) ?? colonPair(s, share) ?? colonFrame(s, share) ?? colonCount(s, share) ?? appositeCount(s, share);
      if (r) {
        out.push(r);
        continue;
      }
    }
    if (share.type === 'frac') {
      const r = colonFrame(s, share);
      if (r) {
        out.push(r);
        continue;
      }
    }
    if (OF_THEM.test(s.text.slice(share.end, share.end + 20))) {
      const r = themPair(s, share) ?? ofThemBefore(s, share);
      if (r) {
        out.push(r);
        continue;
      }
    }
    // 'Most of those we interviewed – 11 – said …': the group is the sample counted before.
    const sp = samplePart(s, share);
    if (sp) {
      out.push(sp);
      continue;
    }
    // 'almost all the 30 families', 'nearly all these 12 homes': 'all' takes its group without 'of'.
    const of = OF.exec(s.text.slice(share.end, share.end + 40)) ?? (/\b(?:all|half)$/i.test(share.raw) ? ALL_THE.exec(s.text.slice(share.end, share.end + 40)) : null);
    if (!of) continue;
    const pv = proVerbPart(s, share, share.end + of[0].length);
    if (pv) {
      out.push(pv);
      continue;
    }
    let n: CountFig;
    let nWhy: string | undefined;
    let nNoun: string | undefined;
    let gapEnd: number;
    let inner: Tok[] = [];
    let rough = false;
    const them = OF_THEM.exec(s.text.slice(share.end, share.end + 40));
    // 'In almost all of the 27 schools (25), …. In most of them (20), …': the group and its part counted before,
    // either of which 'them' may mean; both are readings, and the share is wrong only when it fits neither.
    let alt: GroupBefore | undefined;
    if (them) {
      // 'Almost all of them — 13 — said …': the one group counted before, in this sentence or the one before.
      let g = groupBefore(s, share.start);
      if (!g && share.type === 'quantifier') {
        const pair = pairBefore(s, share.start);
        if (pair) [g, alt] = pair;
      }
      if (!g) continue;
      ({ n, why: nWhy, noun: nNoun } = g);
      rough = g.rough === true;
      gapEnd = share.end + them[0].length;
    } else {
      const nTok = tokAt(s.toks, share.end + of[0].length);
      if (!isCountTok(s, nTok) || nTok.value < 1) continue;
      const w = WORDS.exec(s.text.slice(nTok.end, nTok.end + WINDOW));
      if (!w) continue;
      gapEnd = nTok.end + w[0].length;
      if (/\.\s/.test(s.text.slice(nTok.end, gapEnd))) continue;
      // A count inside the group's words is only a definite part of its description ('held at the two sites'),
      // and the bracketed count must be larger than it, so that it cannot be that count's.
      inner = s.toks.filter((t) => t.start >= nTok.end && t.start < gapEnd && (t.kind !== 'num' || !t.notCount));
      if (inner.some((t) => t.kind !== 'num' || !isCountTok(s, t) || !/\bthe\s+$/i.test(s.text.slice(Math.max(0, t.start - 5), t.start)) || !/^\s+[A-Za-z]/.test(s.text.slice(t.end, t.end + 3)))) continue;
      if (inner.length && quantityBetween(s, nTok.end, inner[0]!.start)) continue;
      n = countFig(nTok);
      nNoun = groupNoun(s.text, nTok.end);
    }
    let found = false;
    for (const form of FORMS) {
      const o = form.open.exec(s.text.slice(gapEnd, gapEnd + 20));
      if (!o) continue;
      if (form === FORMS[0] && labelBefore(s, share.end, gapEnd)) continue;
      const kTok = tokAt(s.toks, gapEnd + o[0].length);
      if (!isCountTok(s, kTok) || inner.some((t) => t.value >= kTok.value)) continue;
      const c = form.close.exec(s.text.slice(kTok.end, kTok.end + 40));
      if (!c) continue;
      // '(15 cases)', '— 30 people —': a word after the count must name the same kind of thing as the group.
      const word = /^\s+([A-Za-z][\w'-]*)\s*[)\u2013\u2014,]/.exec(c[0])?.[1] ?? /^\s+([A-Za-z][\w'-]*)\s*$/.exec(c[0])?.[1];
      // 'people' and 'individuals' restate any group of people ('of the 87 care staff — 30 people —').
      if (word && !/^(?:them|total|all|altogether|people|persons|individuals)$/i.test(word) && !sameGroup(word.toLowerCase(), nNoun)) continue;
      // ', 46 schools,' only when the group's noun is known and is that word ('57 post-primary schools').
      if (form === NOUN_FORM && (!word || !nNoun || !sameGroup(word.toLowerCase(), nNoun))) continue;
      const r: Reading = { share, k: countFig(kTok), n, family: 'quantifier-distant' };
      if (nWhy) r.nWhy = nWhy;
      if (rough) r.confirmOnly = true;
      out.push(r);
      if (alt) pushAlt(out, r, alt, kTok);
      found = true;
      break;
    }
    if (found) continue;
    // 'In most of these incidents, which we checked …, the force used was proportionate (12).': a frame of the
    // group counted before, its count closing the sentence.
    if (them && /^\s*(?:in|for|at|on|with)\s+$/i.test(s.text.slice(0, share.start))) {
      const kTok = closingCount(s, gapEnd, share.end);
      if (kTok && kTok.value <= n.value) {
        const r: Reading = { share, k: countFig(kTok), n, family: 'quantifier-distant' };
        if (nWhy) r.nWhy = nWhy;
        if (rough) r.confirmOnly = true;
        out.push(r);
        if (alt) pushAlt(out, r, alt, kTok);
      }
      continue;
    }
    if (share.start > 0 && !/^\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(0, share.start))) continue;
    if (them) {
      // 'The majority of them, which had been accepted in full, were now achieved (ten).': the group counted before.
      const kTok = closingCount(s, gapEnd, share.end);
      if (!kTok || kTok.value > n.value) continue;
      const r: Reading = { share, k: countFig(kTok), n, family: 'quantifier-distant' };
      if (nWhy) r.nWhy = nWhy;
      if (rough) r.confirmOnly = true;
      out.push(r);
      if (alt) pushAlt(out, r, alt, kTok);
      continue;
    }
    // 'Most of the 24 men held in the unit, several of whom had been there for months, told us that staff
    // treated them well (17).': the share opens the sentence, and its count closes it, in brackets, with
    // no other quantity, clause of another subject or break between.
    const kTok = closingCount(s, gapEnd, share.end);
    if (!kTok || inner.length || kTok.value > n.value) continue;
    out.push({ share, k: countFig(kTok), n, family: 'quantifier-distant' });
  }
  laterBareShares(s, out);
  return out;
}

/** Before a later share word of the same sentence: ', and', ', but', ', while', ', whereas', ';'. */
const LATER_SHARE = /(?:,\s*(?:and|but|while|whilst|whereas)|;\s*(?:and\s+|but\s+)?)\s+(?:only\s+|just\s+)?$/i;
/** A bare share word's count in brackets, then the clause's verb ('most (39) said', '(12) were'), not a noun of another group. */
const BARE_COUNT = /^\s*\(\s*$/;
const VERB_AFTER_BRACKET = new RegExp(String.raw`^\s*\)\s+(?:(?:also|still|now)\s+)?(?:(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|agreed|rated|described|reported|received|needed|showed)\b|[a-z]{3,}ed\b)`, 'i');

/**
 * 'Inspectors spoke with 48 parents. Almost all of them, 45 in total, said their child felt safe, and most (39) said
 * the school kept them well informed.', 'Almost all of the 48 parents (45) said …, and most (39) said …': a later
 * share word of the sentence with no group of its own, opening its clause (', and', ', but', ';') with its count in
 * brackets and its verb right after, is a share of the group the share word before it was read of. It may also be
 * a share of that word's part (the 45 who said the first thing), so it is judged only when it says the same of
 * both (fits both, or neither); no other figure stands between the two, or after it but the bracketed counts of
 * further share words of the same kind.
 */
function laterBareShares(s: SentenceView, out: Reading[]): void {
  if (out.length === 0) return;
  const shares = sharesOf(s, { quantifiers: true }).filter((q) => q.type === 'quantifier');
  const figures = s.toks.filter((t) => !t.notCount);
  const bareOf = (q: ShareFig): Tok | undefined => {
    const kTok = figures.find((t) => t.start >= q.end);
    if (!kTok || !isCountTok(s, kTok) || !BARE_COUNT.test(s.text.slice(q.end, kTok.start))) return undefined;
    return VERB_AFTER_BRACKET.test(s.text.slice(kTok.end, kTok.end + 30)) ? kTok : undefined;
  };
  for (const later of shares) {
    if (out.some((r) => r.share.start === later.start)) continue;
    if (!LATER_SHARE.test(s.text.slice(Math.max(0, later.start - 16), later.start))) continue;
    const kTok = bareOf(later);
    if (!kTok) continue;
    // The share word read before it in this sentence, its count the last figure before this share.
    const before = out.filter((r) => r.share.start >= 0 && r.share.end <= later.start && r.k.end <= later.start && r.k.start >= 0);
    const first = before[before.length - 1];
    if (!first || first.confirmOnly || first.share.type !== 'quantifier') continue;
    if (before.some((r) => r.n.start !== first.n.start || r.n.value !== first.n.value)) continue;
    if (figures.some((t) => t.start >= first.k.end && t.end <= later.start)) continue;
    // After its count, only the bracketed counts of further bare share words ('…, and a few (3) said …').
    const rest = figures.filter((t) => t.start > kTok.end);
    if (rest.some((t) => !shares.some((q) => q.start > kTok.end && bareOf(q) === t))) continue;
    if (kTok.value > first.n.value || /\bof\s+(?:them|these|those)\b/i.test(s.text.slice(later.end, kTok.start))) continue;
    const { min, max } = later;
    const fits = (n: number) => n > 0 && (100 * kTok.value) / n >= min && (100 * kTok.value) / n <= max;
    // The part of the first share word may be what it is of: only a reading that says the same of both is judged.
    if (kTok.value <= first.k.value && fits(first.n.value) !== fits(first.k.value)) continue;
    const r: Reading = { share: later, k: countFig(kTok), n: first.n, family: 'quantifier-distant', nWhy: `the share is taken to be of the ${first.n.raw} that '${first.share.raw}' before it is of` };
    out.push(r);
  }
}

/** The second clause's opening words: 'in total,', 'in fact,' (a comma after them). */
const PV_LEAD = /^\s*(?:(?:in\s+total|in\s+fact|in\s+all|overall|altogether|in\s+practice)\s*,\s*)?/i;
/** The part's predicate said again by a pro-verb that closes the sentence: 'did', 'did so', 'were', 'had'. */
const PRO_VERB = /^\s+(?:(?:in\s+fact|actually)\s+)?(?:did|do|does|had|have|has|were|was|are|is|could|would)(?:\s+so)?\s*\.?\s*$/i;
/** 'of the 36 who started, ' before the part: its whole, then the whole's words and a comma. */
const PV_OF = /^(?:of|out\s+of)(?:\s+(?:the|all(?:\s+the)?))?$/i;

/**
 * 'The majority of the apprentices completed on time; of the 36 who started, 17 did so.', 'Most of the 40
 * prisoners said they felt safe; 18 did.': the share opens the sentence, and the clause after the
 * semicolon gives its part with a pro-verb that says the share's predicate again (nothing after it). The
 * whole is the share's own 'of the N', or the one written with the part ('18 of the 40 did', 'of the 36
 * who started, 17 did so'); no other figure in the sentence.
 */
function proVerbPart(s: SentenceView, share: ShareFig, ofEnd: number): Reading | undefined {
  if (share.start > 0 && !/^\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(0, share.start))) return undefined;
  const semi = s.text.slice(share.end).search(/[;:]/) + share.end;
  if (semi < share.end || semi - share.end > WINDOW || /[;:]/.test(s.text.slice(semi + 1))) return undefined;
  const counts = s.toks.filter((t) => !t.notCount && t.start >= share.end);
  const first = counts.filter((t) => t.end <= semi);
  const second = counts.filter((t) => t.start > semi);
  // The share's own whole, right after 'of the', or none.
  const ownN = first.length === 1 && first[0]!.start === ofEnd && isCountTok(s, first[0]) ? first[0] : undefined;
  if (first.length !== (ownN ? 1 : 0) || /[():\u2013\u2014]/.test(s.text.slice(share.end, semi))) return undefined;
  const lead = PV_LEAD.exec(s.text.slice(semi + 1))!;
  const from = semi + 1 + lead[0].length;
  let k: Tok | undefined;
  let n: Tok | undefined = ownN;
  if (second.length === 1) {
    k = second[0];
    if (s.text.slice(from, k!.start).trim() !== '') return undefined;
  } else if (second.length === 2) {
    const [a, b] = second as [Tok, Tok];
    if (ownN || !isCountTok(s, a) || !isCountTok(s, b)) return undefined;
    const pre = s.text.slice(from, a.start).trim();
    if (pre === '' && /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(s.text.slice(a.end, b.start))) [k, n] = [a, b];
    else if (PV_OF.test(pre) && /^[^\d;:()]{0,60},\s*$/.test(s.text.slice(a.end, b.start))) [k, n] = [b, a];
    else return undefined;
  } else return undefined;
  // 'The majority of them, as in 2019, gave reasonable grounds: 58 did.': 'them' is the one group counted before.
  const g = !n && second.length === 1 && /^\s+of\s+(?:them|these|those)\b/i.test(s.text.slice(share.end, share.end + 20)) ? groupBefore(s, share.start) : undefined;
  if (!isCountTok(s, k) || (!n && !g) || k.value > (n ? n.value : g!.n.value)) return undefined;
  // The pro-verb closes the sentence after the later of the two ('18 of the 40 did', 'of the 36 …, 17 did so').
  if (!PRO_VERB.test(s.text.slice(n ? Math.max(k.end, n.end) : k.end))) return undefined;
  if (g) return { share, k: countFig(k), n: g.n, family: 'quantifier-distant', nWhy: g.why, ...(g.rough ? { confirmOnly: true } : {}) };
  return { share, k: countFig(k), n: countFig(n!), family: 'quantifier-distant' };
}

/** A clause of another subject joined on: 'but', 'while', 'whereas', '(al)though', ', and', ', so'. */
const OTHER_CLAUSE = /\b(?:but|while|whereas|although|though|yet|because|except)\b|,\s*(?:and|so|or)\b|[;:()\[\]\u2013\u2014]|\s-\s/i;

/** 'Regulation 18 (2)', 'section 4 (11)', 'the regulation (12)': a bracket after a label or a number is a paragraph of it, not a count. */
function labelBefore(s: SentenceView, from: number, to: number): boolean {
  const words = s.text.slice(from, to);
  if (/\b(?:regulations?|sections?|schedules?|articles?|clauses?|paragraphs?|para|annexe?|appendix|chapter|rules?)\s*$/i.test(words)) return true;
  // 'read the guidance in (11)': a preposition before the bracket, its object taken out (a cross-reference);
  // not one left at the end of a relative clause ('the 60 pupils we looked at (7)').
  if (/\b(?:in|under|within)\s*$/i.test(words)) return true;
  if (!/\d\s*$/.test(words)) return false;
  // A year or a date before the bracket is the period of the group ('the 38 schools we inspected in 2023-2024 (18)').
  const last = toksBetween(s.toks, from, to).pop();
  return !last || (last.type !== 'year' && last.type !== 'date');
}

/** The bare count in brackets that closes the sentence after `from` ('… told us they felt safe (17).'), none between. */
function closingCount(s: SentenceView, from: number, shareEnd: number): Tok | undefined {
  const close = /\(\s*(\S+)\s*\)\s*\.?\s*$/.exec(s.text);
  if (!close || close.index < from) return undefined;
  const kTok = tokAt(s.toks, close.index + close[0].indexOf(close[1]!));
  if (!kTok || kTok.raw !== close[1] || !isCountTok(s, kTok)) return undefined;
  const between = s.text.slice(from, close.index);
  if (OTHER_CLAUSE.test(between) || between.length > 240) return undefined;
  if (labelBefore(s, shareEnd, close.index)) return undefined;
  if (toksBetween(s.toks, from, close.index).some((t) => !t.notCount)) return undefined;
  return kTok;
}

/**
 * The one group counted before `pos`: in this sentence, else in the sentence before (its figure kept
 * at its place in the text: a position before this sentence's start). Two groups, and it is not known.
 */
export interface GroupBefore {
  n: CountFig;
  why: string;
  noun?: string;
  /** Given roughly ('some 460 men'). */
  rough?: boolean;
}

export function groupBefore(s: SentenceView, pos: number): GroupBefore | undefined {
  const here = s.toks.filter((t) => t.end <= pos && isPopulation(s.text, t));
  const pick = (toks: Tok[], text: string, shift: number) => {
    if (toks.length !== 1) return undefined;
    const t = toks[0]!;
    const n = { ...countFig(t), start: t.start + shift, end: t.end + shift };
    const noun = groupNoun(text, t.end);
    const g: GroupBefore = { n, why: `'of them' is taken to mean the ${t.raw} counted before` };
    if (noun) g.noun = noun;
    // 'some 460 men', 'over 40 schools': a group given roughly is a whole to confirm a share on, not to find it wrong on.
    if (COUNT_HEDGE.test(text.slice(Math.max(0, t.start - 24), t.start))) g.rough = true;
    return g;
  };
  // 'Of the 48 people, 36 had been recalled, and one in three of those recalled (12) …': a count after the group is
  // a part of it, which 'those' may mean as well as the group; two readings, so none.
  if (here.length && s.toks.some((t) => t.kind === 'num' && !t.notCount && t.start > here[here.length - 1]!.end && t.end <= pos)) return undefined;
  // 'Of the 45 staff, 80% said …, but only half of those (18) …', 'Four in five (80%) of the 45 staff …, but half of
  // those (18)': so is a share of the group, after it or right before its 'of the', whose count is not written.
  if (here.length && sharePartOf(s, here[here.length - 1]!, pos)) return undefined;
  if (here.length) return otherPluralBefore(s.text.slice(here[here.length - 1]!.end, pos), groupNoun(s.text, here[here.length - 1]!.end)) ? undefined : pick(here, s.text, 0);
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return undefined;
  const counted = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  // The sentence before counts one group and nothing else ('Inspectors spoke to 18 parents during the visit.').
  if (counted.length !== 1 || (prev.toks.some((t) => t.kind !== 'num') && !oneCountedGroup(prev)) || !isPopulation(prev.text, counted[0]!)) return undefined;
  // 'The officers were experienced, and almost all of them …': another plural noun may be what 'them' means;
  // not the subject of the one clause 'them' is in ('Weaknesses were found at a few of them'), which a pronoun
  // of its own clause cannot mean (it would be 'themselves').
  if (otherPluralBefore(withoutOwnSubject(s.text.slice(0, pos)), groupNoun(prev.text, counted[0]!.end))) return undefined;
  return pick(counted, prev.text, prev.offset - s.offset);
}

/** The words of one clause before 'of them' that opens on its subject: a plural noun, then its verb (no break). */
const OWN_SUBJECT = /^(\s*(?:(?:the|these|those|such)\s+)?)([A-Za-z][a-z'-]*[a-z]s)(?=\s)/i;
/** A clause break, a subordinator or a coordinator: a second clause, whose subject 'them' may mean. */
const CLAUSE_BREAK = /[,;:()\[\]\u2013\u2014]|\s-\s|\b(?:that|which|who|whom|whose|where|when|while|whereas|because|although|though|if|unless|and|or|but|so|as|than|after|before|since|until)\b/i;
/** A preposition right before the share word ('at only a few'). */
const SHARE_PREP = /\b(?:at|in|on|for|with|by|from|to|about|among|across|within|throughout)\s+(?:(?:only|just|almost|nearly)\s+)?$/i;
/** A verb of the clause before the share word. */
const CLAUSE_VERB = /\b(?:were|was|is|are|had|has|have|did|do|does|been|[a-z]{3,}ed)\b/i;

/**
 * Words before a share word's 'of them' with the clause's own subject taken out: 'Weaknesses serious enough to put
 * value for money at risk were found at only' → the words after 'Weaknesses'. Only for one clause (no break) that
 * opens on a plural noun and has a verb between it and the share word; else the words as they are.
 */
function withoutOwnSubject(words: string): string {
  const m = OWN_SUBJECT.exec(words);
  if (!m || NOT_PLURAL.test(m[2]!) || /(?:ss|us|is)$/i.test(m[2]!)) return words;
  const rest = words.slice(m[0].length);
  // The share word is the object of a preposition ('found at a few of them'), not a clause after a verb of saying
  // ('Pupils reported most of them felt safe', where 'them' may be the pupils).
  if (CLAUSE_BREAK.test(rest) || !CLAUSE_VERB.test(rest) || !SHARE_PREP.test(rest)) return words;
  return rest;
}

/**
 * The second reading of 'them', the part counted before (when the count can be a part of it): the share word is
 * judged on the group only when it says the same of the part (it fits both, or neither); else neither reading is
 * kept, and the share is left unresolved (confirming it on the part would hide a wrong share of the group).
 */
function pushAlt(out: Reading[], r: Reading, alt: GroupBefore, kTok: Tok): void {
  if (kTok.value > alt.n.value || r.share.type !== 'quantifier') return;
  const { min, max } = r.share;
  const fits = (n: number) => n > 0 && (100 * kTok.value) / n >= min && (100 * kTok.value) / n <= max;
  if (fits(r.n.value) !== fits(alt.n.value) || alt.rough) out.splice(out.indexOf(r), 1);
}

/**
 * 'In almost all of the 27 primary schools inspected (25), children say they feel safe. In most of them (20), …',
 * 'In 19 of the 24 classes, pupils read well. In most of them (15), …': the sentence before counts a group and one
 * part of it, written as a pair ('k of the n', or 'n … (k)' with no other figure or break between), and nothing else;
 * no count before the share word in this sentence. The group (first) and the part are both what 'them' may mean.
 */
function pairBefore(s: SentenceView, pos: number): [GroupBefore, GroupBefore] | undefined {
  if (s.toks.some((t) => t.end <= pos && !t.notCount)) return undefined;
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || prev.toks.some((t) => t.kind !== 'num' && !t.notCount)) return undefined;
  const counted = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counted.length !== 2) return undefined;
  const view: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  const [a, b] = counted as [Tok, Tok];
  if (!isCountTok(view, a) || !isCountTok(view, b)) return undefined;
  const between = prev.text.slice(a.end, b.start);
  let whole: Tok;
  let part: Tok;
  if (/^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(between)) [part, whole] = [a, b];
  else if (/^[^\d.;:()\[\]\u2013\u2014]{1,80}\(\s*$/.test(between) && /^\s*\)/.test(prev.text.slice(b.end))) [whole, part] = [a, b];
  else return undefined;
  if (part.value > whole.value || !isPopulation(prev.text, whole)) return undefined;
  const noun = groupNoun(prev.text, whole.end);
  if (otherPluralBefore(withoutOwnSubject(s.text.slice(0, pos)), noun)) return undefined;
  const shift = prev.offset - s.offset;
  const fig = (t: Tok): CountFig => ({ ...countFig(t), start: t.start + shift, end: t.end + shift });
  const g: GroupBefore = { n: fig(whole), why: `'of them' is taken to mean the ${whole.raw} counted before` };
  if (noun) g.noun = noun;
  const p: GroupBefore = { n: fig(part), why: `'of them' is taken to mean the ${part.raw} counted before` };
  if (noun) p.noun = noun;
  if (COUNT_HEDGE.test(prev.text.slice(Math.max(0, whole.start - 24), whole.start))) g.rough = true;
  return [g, p];
}

/** Whether words hold a plural noun other than the group's, which 'them' could mean instead. */
function otherPluralBefore(words: string, noun: string | undefined): boolean {
  const ws = words.match(/[A-Za-z][\w'-]*/g) ?? [];
  return ws.some((w) => w.length > 3 && /[a-z]s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !NOT_PLURAL.test(w) && !sameGroup(w.toLowerCase(), noun));
}

/** 'most of them, 41 in all,': the total is the one group counted in the sentence before. */
function ofThemBefore(s: SentenceView, share: ShareFig): Reading | undefined {
  const them = OF_THEM.exec(s.text.slice(share.end, share.end + 20))!;
  const at = share.end + them[0].length;
  const form = FORMS[1]!;
  const o = form.open.exec(s.text.slice(at, at + 20));
  if (!o) return undefined;
  const kTok = tokAt(s.toks, at + o[0].length);
  if (!isCountTok(s, kTok) || !form.close.test(s.text.slice(kTok.end, kTok.end + 40))) return undefined;
  // No quantity before the share in this sentence, and the sentence before counts one group and nothing else.
  if (s.toks.some((t) => t.end <= share.start && !t.notCount)) return undefined;
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || !oneCountedGroup(prev)) return undefined;
  const view: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  const pops = populationsOf(view).filter((p) => p.how === 'sample' || p.how === 'frame');
  if (pops.length !== 1 || pops[0]!.n.value < kTok.value) return undefined;
  const pop = pops[0]!;
  // 'The officers were experienced, and most of them …': another plural noun may be what 'them' means.
  if (otherPluralBefore(s.text.slice(0, share.start), pop.noun)) return undefined;
  // The total's offsets, local to this sentence (before its start), so that its span is where it is written.
  const shift = prev.offset - s.offset;
  const n: CountFig = { ...pop.n, start: pop.n.start + shift, end: pop.n.end + shift };
  return { share, k: countFig(kTok), n, family: 'quantifier-distant', nWhy: `'them' is taken to mean the ${pop.n.raw} of the sentence before` };
}

/**
 * Whether a sentence counts one group and nothing else: one figure, or one count and after it the share it is of
 * a wider group with no count ('87 parents responded, 41% of those invited to do so'), which 'them' cannot mean
 * for want of a count.
 */
function oneCountedGroup(prev: { text: string; toks: readonly Tok[] }): boolean {
  const figures = prev.toks.filter((t) => !t.notCount);
  if (figures.length === 1) return true;
  const counts = figures.filter((t) => t.kind === 'num');
  if (counts.length !== 1 || figures.length !== 2) return false;
  const p = figures.find((t) => t.kind === 'pct');
  return !!p && !p.hedge && p.start > counts[0]!.end && /,\s*$/.test(prev.text.slice(counts[0]!.end, p.start)) && !/[;:()]/.test(prev.text.slice(counts[0]!.end, p.start)) && /^\s+of\s+(?:those|all\s+those|the\s+[a-z]+\s+(?:invited|asked|eligible|approached|contacted))\b/i.test(prev.text.slice(p.end, p.end + 40));
}

/** 'Of the 57 schools inspected over the two years,': a frame opening the sentence with its whole. */
const FRAME = /^\s*(?:of|out\s+of)\s+(?:the|these|those|all(?:\s+the)?)\s+(?=\S)/i;

/**
 * 'Of the 57 schools inspected over the two years, the quality of education was good or better in 36 – a
 * majority.': a share word in apposition to the count before it, closing the sentence, of the whole the sentence's
 * frame counts. No other count in the sentence, and the count is of the frame (no larger than it).
 */
function trailingWord(s: SentenceView, share: ShareFig): Reading | undefined {
  if (!/^(?:\s+of\s+(?:them|these|those))?\s*\.?\s*$/i.test(s.text.slice(share.end))) return undefined;
  const before = /(?:^|[^\w,.])([\d,]*\d)\s*(?:[\u2013\u2014]|,)\s*$/.exec(s.text.slice(Math.max(0, share.start - 20), share.start));
  if (!before) return clauseTrailingWord(s, share);
  const kTok = s.toks.find((t) => t.end <= share.start && t.raw === before[1] && share.start - t.end <= 4);
  const frame = FRAME.exec(s.text);
  if (!kTok || !frame || !isCountTok(s, kTok)) return undefined;
  const nTok = tokAt(s.toks, frame[0].length);
  if (!isCountTok(s, nTok) || nTok.value < kTok.value || nTok === kTok) return undefined;
  // The frame closes at its comma, with no figure of another kind in it; the count is the only other one.
  const comma = s.text.indexOf(',', nTok.end);
  if (comma < 0 || comma > kTok.start || /[;:()]/.test(s.text.slice(nTok.end, comma))) return undefined;
  if (s.toks.some((t) => t !== nTok && t !== kTok && !t.notCount)) return undefined;
  // The count closes the clause of the frame: 'in 36 – a majority', 'for 12, a minority'.
  if (!/\b(?:in|for|at|by|to|of)\s+$/i.test(s.text.slice(Math.max(0, kTok.start - 6), kTok.start))) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}

/**
 * 'Of the 17 reports we published in 2022, 10 gave a rating of 'Inadequate' – the majority.': the share word closes
 * the sentence after a dash or comma, in apposition to the count that opens the clause after the frame's comma (the
 * part's clause, with no other figure, comma or clause break in it). The frame's whole is the group; the count is
 * no larger. ('… – most of them' is not read so: it may be most of the part.)
 */
function clauseTrailingWord(s: SentenceView, share: ShareFig): Reading | undefined {
  if (!/^\s*\.?\s*$/.test(s.text.slice(share.end))) return undefined;
  const mark = /\s*[\u2013\u2014,]\s*$/.exec(s.text.slice(0, share.start));
  if (!mark) return undefined;
  const frame = FRAME.exec(s.text);
  if (!frame) return undefined;
  const nTok = tokAt(s.toks, frame[0].length);
  if (!isCountTok(s, nTok)) return undefined;
  const comma = s.text.indexOf(',', nTok.end);
  if (comma < 0 || comma >= mark.index || /[;:()\u2013\u2014]/.test(s.text.slice(nTok.end, comma))) return undefined;
  const kTok = s.toks.find((t) => t.start > comma && !t.notCount);
  if (!kTok || !isCountTok(s, kTok) || s.text.slice(comma + 1, kTok.start).trim() !== '' || kTok.value > nTok.value) return undefined;
  // The part's clause: its verb right after the count, then no break, figure or second clause up to the share word.
  const clause = s.text.slice(kTok.end, mark.index);
  if (!/^\s+(?:had|have|has|were|was|are|is|gave|got|received|said|told|felt|did|could|would|met|made|showed|needed|rated|[a-z]{3,}ed)\b/i.test(clause)) return undefined;
  if (/[,;:()\[\]\u2013\u2014]|\s-\s|\b(?:and|or|but|while|whereas|which|who|whom|that|of\s+(?:them|whom|which))\b/i.test(clause)) return undefined;
  if (s.toks.some((t) => t !== nTok && t !== kTok && !t.notCount)) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}

/**
 * 'nearly all pupils, 31 of the 33 in the Year 5 class, used …': a share word and its plural noun, then a count
 * pair set off by commas or dashes that says which and how many. The pair's whole is the group the share is of.
 */
function appositePair(s: SentenceView, share: ShareFig): Reading | undefined {
  // 'In most cases, 12 of the 42 files …': a frame after a preposition is no group in apposition.
  if (/\b(?:in|for|at|on|with|by|from|to|of|across|among|amongst|under|over)\s+$/i.test(s.text.slice(Math.max(0, share.start - 10), share.start))) return undefined;
  // The noun may have words before it ('most suspended pupils – 37 of the 88 –'); its last word is the plural.
  const m = /^\s+(?:the\s+|these\s+|those\s+)?(?:[a-z][a-z'-]*\s+){0,2}?([a-z][a-z'-]*s)\s*([,\u2013\u2014])\s*/i.exec(s.text.slice(share.end, share.end + 60));
  if (!m || NOT_PLURAL.test(m[1]!)) return undefined;
  // ('Most were pupils, 12 of the 40 …': a verb among the words is a clause, not the share's noun.)
  if (/\b(?:were|was|are|is|be|been|had|have|has|did|do|does|said|felt|told|gave|got|made|took|saw|knew|thought|would|could|should|will|can|may|not)\b/i.test(m[0].slice(0, m[0].lastIndexOf(m[1]!)))) return undefined;
  const kAt = share.end + m[0].length;
  const kTok = tokAt(s.toks, kAt);
  if (!isCountTok(s, kTok)) return undefined;
  const of = /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?/i.exec(s.text.slice(kTok.end, kTok.end + 20));
  if (!of) return undefined;
  const nTok = tokAt(s.toks, kTok.end + of[0].length);
  if (!isCountTok(s, nTok) || nTok.value < kTok.value || nTok.value < 1) return undefined;
  // The pair's words close at the same mark that opened it (no clause break, no other figure but a year).
  const close = m[2] === ',' ? ',' : /[\u2013\u2014]/;
  const rest = s.text.slice(nTok.end, nTok.end + WINDOW);
  const at = typeof close === 'string' ? rest.indexOf(close) : rest.search(close);
  if (at < 0 || /[;:()]|\.\s/.test(rest.slice(0, at))) return undefined;
  if (toksBetween(s.toks, nTok.end, nTok.end + at).some((t) => !t.notCount && t.type !== 'year')) return undefined;
  // The pair's noun, when written, is the share's ('31 of the 33 pupils'), or none ('of the 33 in the class').
  const noun = groupNoun(s.text, nTok.end);
  if (noun && !/^(?:in|on|at|from|who|we|they|that|which)$/i.test(noun) && !sameGroup(noun.toLowerCase(), m[1]!.toLowerCase())) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}

/**
 * 'Few of them, only 14 of the 31 we spoke to, had read it.': a share of 'them' and, set off by commas or dashes,
 * a count pair that says how many of how many. The pair's whole is written, so 'them' needs no group before.
 */
function themPair(s: SentenceView, share: ShareFig): Reading | undefined {
  const m = /^\s+of\s+(?:them|these|those)\s*([,\u2013\u2014])\s*(?:(?:only|just|some|around|about)\s+)?/i.exec(s.text.slice(share.end, share.end + 40));
  if (!m) return undefined;
  const kTok = tokAt(s.toks, share.end + m[0].length);
  if (!isCountTok(s, kTok)) return undefined;
  const of = /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?/i.exec(s.text.slice(kTok.end, kTok.end + 20));
  if (!of) return undefined;
  const nTok = tokAt(s.toks, kTok.end + of[0].length);
  if (!isCountTok(s, nTok) || nTok.value < kTok.value || nTok.value < 1) return undefined;
  // The pair closes at the mark that opened it, with no clause break and no other figure but a year.
  const close = m[1] === ',' ? ',' : /[\u2013\u2014]/;
  const rest = s.text.slice(nTok.end, nTok.end + WINDOW);
  const end = typeof close === 'string' ? rest.indexOf(close) : rest.search(close);
  if (end < 0 || /[;:()]|\.\s/.test(rest.slice(0, end))) return undefined;
  if (toksBetween(s.toks, nTok.end, nTok.end + end).some((t) => !t.notCount && t.type !== 'year')) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}

/** Verbs by which inspectors take a sample of people or records: 'spoke to', 'interviewed', 'met', 'surveyed'. */
const SAMPLE_VERB = String.raw`(?:spoke|spoken|talked|interviewed|met|surveyed|asked|consulted|contacted)(?:\s+(?:to|with))?`;
/** 'of (all) those we spoke to', 'of the parents we interviewed', 'of the people whom inspectors met' after a share. */
const OF_SAMPLE = new RegExp(
  String.raw`^\s+of\s+(?:all\s+(?:of\s+)?)?(?:those|the\s+((?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*))\s+(?:(?:who|whom|that)\s+)?(?:we|inspectors|the\s+inspectors?)\s+(?:had\s+)?${SAMPLE_VERB}\b`,
  'i',
);
/** A count right after a sampling verb: 'We spoke to 26 young people', 'interviewed a total of 16'. */
const SAMPLE_BEFORE = new RegExp(String.raw`\b${SAMPLE_VERB}\s+(?:a\s+total\s+of\s+|(?:the|all)\s+)?$`, 'i');

/**
 * 'We spoke to 16 of them. Most of those we interviewed – 11 – said …', 'We spoke to 26 young people …. Only a
 * minority of all those we spoke to, nine, knew …': a share of the people (or records) the inspectors sampled,
 * named by the sampling verb, with its count set off by brackets, dashes or commas. The whole is the one count
 * taken by a sampling verb in this sentence before the share or in the sentences before it (two such counts
 * in sight, and none is taken). A sample that is one of a list ('spoke to 12 staff and 20 parents') is no whole.
 */
function samplePart(s: SentenceView, share: ShareFig): Reading | undefined {
  const m = OF_SAMPLE.exec(s.text.slice(share.end, share.end + 120));
  if (!m) return undefined;
  const noun = m[1] ? m[1].split(/\s+/).pop()!.toLowerCase() : undefined;
  const afterVerb = share.end + m[0].length;
  // The group's words may go on a little ('we spoke to during the visit'); then the count, set off.
  const w = WORDS.exec(s.text.slice(afterVerb, afterVerb + WINDOW));
  if (!w) return undefined;
  const gapEnd = afterVerb + w[0].length;
  if (quantityBetween(s, afterVerb, gapEnd)) return undefined;
  let kTok: Tok | undefined;
  for (const form of FORMS.slice(0, 4)) {
    const o = form.open.exec(s.text.slice(gapEnd, gapEnd + 20));
    if (!o) continue;
    const t = tokAt(s.toks, gapEnd + o[0].length);
    if (!isCountTok(s, t)) continue;
    const c = form.close.exec(s.text.slice(t.end, t.end + 40));
    if (!c) continue;
    const word = /^\s+([A-Za-z][\w'-]*)\s*[)\u2013\u2014,]/.exec(c[0])?.[1] ?? /^\s+([A-Za-z][\w'-]*)\s*$/.exec(c[0])?.[1];
    if (word && !/^(?:them|total|all|altogether|people|persons|individuals)$/i.test(word) && !sameGroup(word.toLowerCase(), noun)) continue;
    kTok = t;
    break;
  }
  if (!kTok) return undefined;
  const sample = sampleBefore(s, share.start);
  if (!sample || sample.n.value < kTok.value) return undefined;
  // 'of the parents we spoke to' and a sample of another noun ('26 staff'): not the same group.
  if (noun && sample.noun && !/^(?:people|persons|individuals)$/i.test(noun) && !sameGroup(noun, sample.noun.toLowerCase())) return undefined;
  return { share, k: countFig(kTok), n: sample.n, family: 'quantifier-distant', nWhy: `'${m[0].trim().replace(/^of\s+/i, '')}' is taken to mean the ${sample.n.raw} sampled before` };
}

/** The one count taken by a sampling verb before `pos` in this sentence or the sentences before it that a reader sees. */
function sampleBefore(s: SentenceView, pos: number): { n: CountFig; noun?: string } | undefined {
  const find = (text: string, toks: readonly Tok[], upTo: number): Tok[] =>
    toks.filter((t) => t.end <= upTo && t.kind === 'num' && !t.notCount && Number.isInteger(t.value) && t.value >= 1 && SAMPLE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)));
  const listed = (text: string, toks: readonly Tok[], t: Tok) => {
    // 'spoke to 12 staff and 20 parents': another count joined on after the sample's noun.
    const next = toks.find((x) => x.start >= t.end && x.kind === 'num' && !x.notCount);
    return !!next && /^\s+(?:[A-Za-z][\w'-]*\s+){0,4}?(?:and|,|or)\s*(?:[A-Za-z][\w'-]*\s+)?$/i.test(text.slice(t.end, next.start).replace(/,/g, ' , '));
  };
  const here = find(s.text, s.toks, pos);
  const sentences: { text: string; toks: readonly Tok[]; shift: number; upTo: number }[] = [{ text: s.text, toks: s.toks, shift: 0, upTo: pos }];
  for (const p of [...(s.previous ?? [])].reverse()) sentences.push({ text: p.text, toks: p.toks, shift: p.offset - s.offset, upTo: p.text.length });
  let one: { t: Tok; x: (typeof sentences)[number] } | undefined;
  for (const x of sentences) {
    const found = x === sentences[0] ? here : find(x.text, x.toks, x.upTo);
    if (found.length === 0) continue;
    // Two samples in sight ('We spoke to 12 staff. We also spoke to 20 parents.'): either may be meant.
    if (one || found.length > 1 || listed(x.text, x.toks, found[0]!)) return undefined;
    one = { t: found[0]!, x };
  }
  if (!one) return undefined;
  const { t, x } = one;
  const n: CountFig = { ...countFig(t), start: t.start + x.shift, end: t.end + x.shift };
  const noun = groupNoun(x.text, t.end);
  return noun ? { n, noun } : { n };
}

/** Words of who told or how, which tie nothing: 'told us', 'said', 'reported'. */
const HOW_SAID = /^(?:told|tell|said|say|report|respond|respons|answer|repli|reply|ask|spok|talk|interview|spoke|u)$/;
/** The part's clause closing on a pro-verb that says the share word's predicate again: 'said so', 'did so'. */
/** ('said this', 'told us this', 'agreed with this', closing the clause: 'said that' may open a clause of its own.) */
const SAID_SO = /^\s+(?:(?:had|have)\s+)?(?:said|did|felt|thought|agreed|were|was|had)\s+so\b|^\s+(?:agreed|did)\s*[.;]?\s*$|^\s+(?:(?:had|have)\s+)?(?:said|told\s+us|told\s+inspectors|thought|agreed\s+with|confirmed)\s+this\s*[.;]?\s*$/i;

/** A word that opens the clause after a share word's group: a verb, a pronoun or a relative. */
const GROUP_STOP = /^(?:we|they|who|whom|that|which|it|were|was|had|have|has|are|is|did|do|does|said|told|felt|could|would|should|knew|received|agreed|been|being|not)$/i;

/** The words a share word's group is named by: 'staff', 'the people we spoke with', 'the plans we examined'. */
const GROUP_AFTER = /^\s+(?:of\s+(?:the|these|those|our)\s+)?((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)/i;

/**
 * A share word and the count that gives it, told after it: 'Most staff told us they felt well supported by the
 * manager. We spoke with 23 members of staff, and 17 of them said they felt well supported.', 'A minority of the
 * plans we examined had been signed. Across the sample, 14 of the 39 plans carried a signature.', or in one
 * sentence after a group counted before, 'We produced 215 reports. Nearly all were delivered by the deadline, and
 * we issued 209 of them on time.' The share word opens its sentence (or clause), which gives no figure; the part
 * is the one pair of the sentence, 'k of the n' of the share word's group (the pair's noun is a word of the
 * group's) or 'k of them' of the one group counted before. The part may tell another answer than the share
 * word's, so it is judged in full only when its clause says the share word's predicate again (two of its words,
 * or 'said so'), and neither denies what the other says; otherwise the share word is only confirmed on it.
 */
function toldAfter(s: SentenceView): Reading | undefined {
  if (s.toks.some((t) => t.kind !== 'num' && !t.notCount)) return undefined;
  const counts = s.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length === 0 || counts.length > 2) return undefined;
  // The share word: opening the sentence before, which has no figure, or opening this one before any figure.
  let share: ShareFig | undefined;
  let groupWords: string[] = [];
  let predicate = '';
  let bare = false;
  const open = (v: SentenceView, shift: number): boolean => {
    const qs = sharesOf(v, { quantifiers: true });
    const q = qs[0];
    if (qs.length === 0 || q!.type !== 'quantifier' || !/^\s*(?:only\s+|just\s+)?$/i.test(v.text.slice(0, q!.start))) return false;
    const after = v.text.slice(q!.end);
    // 'Most of them', 'most others': no group of its own to be counted.
    if (/^\s+(?:of\s+(?:them|these|those|us|it)\b|more|fewer|less|others?)\b/i.test(after)) return false;
    const g = GROUP_AFTER.exec(after);
    const verbFirst = /^\s+(?:were|was|had|have|has|are|is|did|said|told|felt|could|would|knew|received|agreed)\b/i.test(after);
    if (!g && !verbFirst) return false;
    share = { ...q!, start: q!.start + shift, end: q!.end + shift };
    bare = verbFirst;
    // The group's words stop at the first word of a clause ('the people we spoke with', 'staff told us').
    const ws = bare ? [] : g![1]!.split(/\s+/);
    const stop = ws.findIndex((w) => GROUP_STOP.test(w));
    groupWords = (stop < 0 ? ws : ws.slice(0, stop)).map((w) => w.toLowerCase());
    if (!bare && groupWords.length === 0) return false;
    let gEnd = bare ? 0 : g![0].length - g![1]!.length;
    for (const w of ws.slice(0, stop < 0 ? ws.length : stop)) gEnd = after.indexOf(w, gEnd) + w.length;
    predicate = after.slice(gEnd);
    return true;
  };
  const prev = s.previous?.[s.previous.length - 1];
  const firstCount = counts[0]!;
  const hereFirst = s.text.slice(0, firstCount.start);
  if (!open({ text: s.text.slice(0, firstCount.start), toks: [], offset: s.offset, policy: s.policy, ...(s.quantifierBands ? { quantifierBands: s.quantifierBands } : {}) }, 0) || !/,\s*(?:and|so)\b/i.test(hereFirst)) {
    share = undefined;
    if (!prev || prev.toks.some((t) => !t.notCount)) return undefined;
    const pv: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy, ...(s.quantifierBands ? { quantifierBands: s.quantifierBands } : {}) };
    if (!open(pv, prev.offset - s.offset) || bare) return undefined;
  } else {
    // In this sentence: the share word's clause closes before the part's ('…, and we issued 209 of them').
    predicate = s.text.slice(share!.end, firstCount.start).replace(/,\s*(?:and|so)\b[\s\S]*$/i, '');
  }
  if (!share) return undefined;
  // The part: 'k of them' (the one group counted before) or 'k of the n' (the pair of this sentence).
  let k: Tok;
  let n: CountFig;
  let nWhy: string | undefined;
  let rough = false;
  const last = counts[counts.length - 1]!;
  if (/^\s+of\s+them\b/i.test(s.text.slice(last.end, last.end + 10))) {
    k = last;
    const g = groupBefore(s, k.start);
    if (!g || !isCountTok(s, k)) return undefined;
    if (bare ? counts.length !== 1 : counts.length !== 2) return undefined;
    n = g.n;
    nWhy = g.why;
    rough = g.rough === true;
    if (!bare && !nounOfGroup(s.text, counts[0]!, groupWords)) return undefined;
  } else if (counts.length === 2 && !bare && /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(s.text.slice(counts[0]!.end, last.start))) {
    k = counts[0]!;
    if (!isCountTok(s, k) || !isCountTok(s, last) || !nounOfGroup(s.text, last, groupWords)) return undefined;
    n = countFig(last);
  } else if (counts.length === 2 && !bare && share.start < 0 && isCountTok(s, counts[0]) && isCountTok(s, last) && nounOfGroup(s.text, counts[0]!, groupWords) && (GROUP_FRAME.test(s.text.slice(0, counts[0]!.start)) ? FRAME_PART.test(s.text.slice(counts[0]!.end, last.start)) : AND_PART.test(s.text.slice(counts[0]!.end, last.start)) && PART_VERB.test(s.text.slice(last.end + partNoun(s.text, last.end, groupWords), last.end + 40)))) {
    // 'We reviewed 16 care plans, and 13 had been reviewed …', 'Of the 412 applications in all, 231 were about …':
    // the share word's group counted with its noun, then its part, the subject of its own clause.
    k = last;
    n = countFig(counts[0]!);
  } else return undefined;
  if (k.value > n.value) return undefined;
  // The part's clause: after the part, to the next clause break.
  const tail = s.text.slice(k.end + partNoun(s.text, k.end, groupWords)).replace(/^\s+of\s+(?:them|the\s+[\d,]+)/i, '');
  const clause = tail.slice(0, Math.max(0, tail.search(/[;:]|,\s*(?:but|while|whereas|although)\b|$/i)));
  if (DENIAL.test(clause) !== DENIAL.test(predicate)) return undefined;
  const own = [...keywords(predicate).keys()].filter((w) => !w.startsWith('acr:') && !HOW_SAID.test(w));
  const theirs = [...keywords(clause).keys()].filter((w) => !w.startsWith('acr:'));
  const tie = own.filter((w) => theirs.some((v) => v === w || (Math.min(v.length, w.length) >= 5 && (v.startsWith(w) || w.startsWith(v))))).length;
  // Every word of the part's clause is one of the share word's predicate: it says that again and nothing else
  // ('said they felt well supported'), not another finding of like words ('had completed fire safety training').
  const extra = theirs.filter((v) => !HOW_SAID.test(v) && !own.some((w) => v === w || (Math.min(v.length, w.length) >= 5 && (v.startsWith(w) || w.startsWith(v)))));
  const full = !rough && ((tie >= 2 && extra.length === 0) || SAID_SO.test(clause));
  const r: Reading = { share, k: countFig(k), n, family: 'quantifier-distant' };
  if (nWhy) r.nWhy = nWhy;
  if (!full) r.confirmOnly = true;
  return r;
}

/** A frame that opens the part's sentence with the group's count: 'Of the 412 applications in all, '. */
const GROUP_FRAME = /^\s*(?:of|out\s+of|among|amongst)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** Between the frame's count and the part: the group's words and the frame's comma. */
const FRAME_PART = /^[^.;:()\d]{0,80},\s*(?:only\s+|just\s+)?$/i;
/** Between the group's count and the part: its words, then 'and' or a semicolon opening the part's clause. */
const AND_PART = /^[^.;:()\d]{0,60}?(?:,?\s+and|;)\s+(?:only\s+|just\s+)?$/i;
/** The part's own verb right after it. */
const PART_VERB = /^\s+(?:had|have|has|were|was|are|is|said|told|felt|did|could|would)\b/i;
/**
 * The part's own noun right after it, before its verb: 'people' or a word of the share word's group ('We spoke with
 * 20 residents; nine people told us this', '…; 12 residents said so'). Its length, or 0.
 */
function partNoun(text: string, end: number, groupWords: readonly string[]): number {
  const m = /^\s+([a-z][a-z'-]*)(?=\s)/i.exec(text.slice(end, end + 30));
  if (!m) return 0;
  const w = m[1]!.toLowerCase();
  // (A group's words may hold 'of': 'The majority of tenants' gives 'of', 'tenants'.)
  if (/^(?:of|the|these|those|them|our|and|or|in)$/.test(w)) return 0;
  return w === 'people' || groupWords.some((g) => g === w || g.replace(/s$/, '') === w.replace(/s$/, '')) ? m[0].length : 0;
}

/** Whether the words after a count name one of the share word's group words ('23 members of staff' for 'staff'). */
function nounOfGroup(text: string, t: Tok, groupWords: readonly string[]): boolean {
  const words = (/^(?:\s+[A-Za-z][\w'-]*){1,4}/.exec(text.slice(t.end, t.end + 60))?.[0] ?? '').trim().split(/\s+/).map((w) => w.toLowerCase());
  return groupWords.some((g) => g.length > 2 && !/^(?:the|these|those|our|we|of)$/.test(g) && words.some((w) => w === g || (sameGroup(w, g) && w.length > 2 && /^[a-z]/.test(w) && singularEq(w, g))));
}

const singularEq = (a: string, b: string) => a.replace(/s$/, '') === b.replace(/s$/, '');

/**
 * 'Of the 56 homes we inspected, 44 – almost all – gave children a warm place to live', 'Of the 149 services
 * inspected, 129 – the great majority – were care homes': the frame's whole, its count right after the frame's
 * comma, and the share word in apposition to the count between dashes (or commas, or brackets). No other count
 * in the sentence.
 */
function framedApposite(s: SentenceView, share: ShareFig): Reading | undefined {
  const frame = FRAME.exec(s.text);
  if (!frame) return undefined;
  const nTok = tokAt(s.toks, frame[0].length);
  if (!isCountTok(s, nTok)) return undefined;
  const m = /(?:^|[^\w,.])([\d,]*\d|[a-z]+)\s*([\u2013\u2014,(])\s*$/i.exec(s.text.slice(Math.max(0, share.start - 24), share.start));
  if (!m) return undefined;
  const kTok = s.toks.find((t) => t.end <= share.start && t.raw === m[1] && share.start - t.end <= 4);
  if (!kTok || kTok === nTok || !isCountTok(s, kTok) || kTok.value > nTok.value) return undefined;
  // The count opens the clause after the frame's comma.
  const comma = s.text.indexOf(',', nTok.end);
  if (comma < 0 || s.text.slice(comma + 1, kTok.start).trim() !== '' || /[;:()\u2013\u2014]/.test(s.text.slice(nTok.end, comma))) return undefined;
  // The share word closes at the mark that opened it.
  const close = m[2] === '(' ? /^\s*\)/ : m[2] === ',' ? /^\s*,/ : /^\s*[\u2013\u2014]/;
  if (!close.test(s.text.slice(share.end, share.end + 4))) return undefined;
  if (s.toks.some((t) => t !== nTok && t !== kTok && !t.notCount)) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}

/** A verb among the words after a pair: they say something of their own of it. */
const PAIR_PREDICATE = /\b(?:were|was|is|are|had|has|have|did|do|does|said|told|felt|got|made|took|went|met|would|could|should|will|can|may|might|must|[a-z]{2,}ed)\b/i;

/**
 * 'The majority of the records, including several on the dementia unit, had at least one unexplained gap: 13 of
 * the 30.': the share word opens the sentence, and a pair after a colon closes it, with nothing after the pair
 * but the group's noun. The pair's whole is the group, the sentence's only other count.
 */
function colonPair(s: SentenceView, share: ShareFig): Reading | undefined {
  if (!/^\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(0, share.start))) return undefined;
  const colon = s.text.lastIndexOf(':');
  if (colon < share.end) return undefined;
  const m = /^:\s*(?:only\s+|just\s+)?([\d,]*\d|[a-z]+)\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?([\d,]*\d)((?:\s+[a-z][\w'-]*){0,2})\s*\.?\s*$/i.exec(s.text.slice(colon));
  if (!m) return undefined;
  // The words after the pair are its group's noun, not a predicate of their own: in 'Most homes were good: 12 of
  // the 40 were outstanding.' the 12 may be a part of the good homes, not all of them.
  // (A pro-verb alone says the share's predicate again: '…: 32 of the 40 were.')
  if (PAIR_PREDICATE.test(m[3]!) && !/^\s+(?:were|was|did|had|have|do|does)$/i.test(m[3]!)) return undefined;
  const counts = s.toks.filter((t) => !t.notCount && t.start > colon);
  // Before the colon, no figure but 'at least one' of the predicate ('had at least one unexplained gap').
  if (counts.length !== 2 || s.toks.some((t) => t.start < colon && !t.notCount && (t.kind !== 'num' || isCountTok(s, t)))) return undefined;
  const [kTok, nTok] = counts as [Tok, Tok];
  if (!isCountTok(s, kTok) || !isCountTok(s, nTok) || kTok.value > nTok.value) return undefined;
  // No clause of another subject between the share word's group and the colon.
  if (/[;()]/.test(s.text.slice(share.end, colon))) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}

/**
 * 'We asked all 22 councils for their evaluations. Few had carried one out: three in total.': a bare share word (its
 * verb right after it) opens the sentence, and after its one colon a bare count closes it ('three', 'three in
 * total', 'three of them'); the group is the one counted in the sentence before (`groupBefore`). No other figure.
 */
function colonCount(s: SentenceView, share: ShareFig): Reading | undefined {
  if (!/^\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(0, share.start))) return undefined;
  if (!/^\s+(?:were|was|had|have|has|are|is|did|said|told|felt|could|would|knew|received|agreed|met|showed|gave|made)\b/i.test(s.text.slice(share.end))) return undefined;
  const colon = s.text.indexOf(':', share.end);
  if (colon < 0 || s.text.indexOf(':', colon + 1) >= 0 || /[;()\u2013\u2014]/.test(s.text.slice(share.end, colon))) return undefined;
  const m = /^:\s*([\d,]*\d|[a-z]+)(?:\s+(?:in\s+total|in\s+all|altogether|of\s+them))?\s*\.?\s*$/i.exec(s.text.slice(colon));
  if (!m) return undefined;
  // ('one' before the colon is a pronoun of the predicate: 'had carried one out'.)
  const figures = s.toks.filter((t) => !t.notCount && !(t.start < colon && /^one$/i.test(t.raw)));
  if (figures.length !== 1 || figures[0]!.start <= colon) return undefined;
  const kTok = figures[0]!;
  if (!isCountTok(s, kTok) || kTok.raw.toLowerCase() !== m[1]!.toLowerCase()) return undefined;
  const g = groupBefore(s, share.start);
  if (!g || kTok.value > g.n.value) return undefined;
  // 'Most had vacancies: 9 in total': a plural noun of the predicate may be what the count counts.
  if (otherPluralBefore(s.text.slice(share.end, colon), g.noun)) return undefined;
  return { share, k: countFig(kTok), n: g.n, family: 'quantifier-distant', nWhy: g.why, ...(g.rough ? { confirmOnly: true } : {}) };
}

/**
 * 'We spoke with 19 staff; the large majority, 16, said they …', 'We sampled 30 files. A minority – 8 – had a plan.':
 * a bare share word opens its sentence (or the clause after ';'), its count set off right after it (commas, dashes,
 * brackets; 'in all', 'of them'), then the verb of its clause; the group is the one counted before (`groupBefore`).
 * No other figure after the share word (tuner t2).
 */
const APPOSITE_OPEN = /(?:^|;)\s*(?:(?:so|but|and|yet)\s+)?(?:only\s+|just\s+)?$/i;
const APPOSITE_VERB = new RegExp(String.raw`^\s*(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|[a-z]{3,}ed)\b`, 'i');
function appositeCount(s: SentenceView, share: ShareFig): Reading | undefined {
  // ('In the majority of them, 17 in all, the plan …': the share word after a preposition opening the sentence,
  // 'of them' after it, and its clause's subject and verb after the count.)
  const framed = !APPOSITE_OPEN.test(s.text.slice(Math.max(0, share.start - 40), share.start));
  if (framed && !PREP_OPEN.test(s.text.slice(0, share.start))) return undefined;
  const ofThem = framed ? (/^\s+of\s+(?:them|these|those)(?=\s*,)/i.exec(s.text.slice(share.end, share.end + 20))?.[0].length ?? -1) : 0;
  if (ofThem < 0) return undefined;
  const from = share.end + ofThem;
  let kTok: Tok | undefined;
  for (const form of FORMS.slice(0, 4)) {
    const o = form.open.exec(s.text.slice(from, from + 20));
    if (!o) continue;
    const t = tokAt(s.toks, from + o[0].length);
    if (!isCountTok(s, t)) continue;
    const c = form.close.exec(s.text.slice(t.end, t.end + 40));
    // The close is the mark alone or 'in all', 'of them', and the verb of the share word's clause comes next.
    if (!c || /[A-Za-z]\s*[)\u2013\u2014,]?\s*$/.test(c[0]) && !/\b(?:them|all|total|altogether)\s*[)\u2013\u2014,;:.]?\s*$/i.test(c[0])) continue;
    const next = s.text.slice(t.end + c[0].length, t.end + c[0].length + 60);
    if (!(framed ? /[,\u2013\u2014]\s*$/.test(c[0]) && SUBJECT_VERB.test(next) : APPOSITE_VERB.test(next.slice(0, 20)))) continue;
    kTok = t;
    break;
  }
  if (!kTok) return undefined;
  if (s.toks.some((t) => t !== kTok && !t.notCount && t.start >= share.end)) return undefined;
  const g = groupBefore(s, share.start) ?? (framed ? partBefore(s) : undefined);
  if (!g || kTok.value > g.n.value) return undefined;
  return { share, k: countFig(kTok), n: g.n, family: 'quantifier-distant', nWhy: g.why, ...(g.rough ? { confirmOnly: true } : {}) };
}

/** A preposition opening the sentence before the share word: 'In the majority of them', 'For most of these'. */
const PREP_OPEN = /^\s*(?:in|for|at|with|across)\s+(?:only\s+|just\s+)?$/i;
/** The subject of the share word's clause and its verb: 'the plan was', 'inspectors found', 'there was'. */
const SUBJECT_VERB = new RegExp(String.raw`^\s*(?:(?:the|their|a|an|this|its|there|we|inspectors|staff)\s+)?(?:[a-z][\w'-]*\s+){0,3}?(?:${CLAUSE_VERBS}|${MODALS}|[a-z]{3,}ed)\b`, 'i');

/**
 * The group 'them' means when the sentence before counts one part only, 'k of these …' ('Inspectors looked at 24
 * of these cases.'): the k the inspectors looked at, of which the share word's sentence speaks. The one figure of
 * that sentence, with 'of these', 'of them' or 'of those' and a noun after it.
 */
function partBefore(s: SentenceView): GroupBefore | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return undefined;
  const counted = prev.toks.filter((t) => !t.notCount || t.kind !== 'num');
  if (counted.length !== 1 || counted[0]!.kind !== 'num' || !plainCount(prev.text, counted[0]!)) return undefined;
  const t = counted[0]!;
  const m = /^\s+of\s+(?:these|those|them|the)(?:\s+([a-z][\w'-]*))?/i.exec(prev.text.slice(t.end, t.end + 40));
  if (!m) return undefined;
  const n = { ...countFig(t), start: t.start + prev.offset - s.offset, end: t.end + prev.offset - s.offset };
  const g: GroupBefore = { n, why: `'of them' is taken to mean the ${t.raw} counted before` };
  if (m[1]) g.noun = m[1].toLowerCase();
  return g;
}

/**
 * 'More than half of the care homes inspected were failing: of 361 homes inspected, 197 were rated inadequate or
 * requires improvement.': the share word opens the sentence, and after its one colon a total-first pair opens the
 * clause that closes it ('of n …, k …', the two counts of the sentence); the pair's noun is a word of the share's
 * group (before the colon), so the pair counts that group.
 */
function colonFrame(s: SentenceView, share: ShareFig): Reading | undefined {
  if (!/^\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(0, share.start))) return undefined;
  const colon = s.text.indexOf(':', share.end);
  if (colon < 0 || s.text.indexOf(':', colon + 1) >= 0 || /[;()]/.test(s.text.slice(share.end, colon))) return undefined;
  const counts = s.toks.filter((t) => !t.notCount && t.end > share.end);
  if (counts.length !== 2 || counts[0]!.start < colon || s.toks.some((t) => t.start < colon && t.end > share.end && !t.notCount)) return undefined;
  const [nTok, kTok] = counts as [Tok, Tok];
  if (!isCountTok(s, kTok) || !isCountTok(s, nTok) || kTok.value > nTok.value) return undefined;
  if (!/^:\s*(?:of|out\s+of|among)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(s.text.slice(colon, nTok.start))) return undefined;
  // The pair's group is the whole sample, not a part of it ('of the 40 homes rated inadequate last year, 15 …'):
  // its noun, then at most the verb of its sampling.
  const gap = /^\s+([a-z][\w'-]*)(?:\s+(?:(?:that|which|whom)\s+)?(?:we\s+|inspectors\s+|[A-Z]{2,6}\s+)?(?:inspected|visited|surveyed|reviewed|assessed|sampled|checked|examined|audited|contacted|interviewed))?\s*,\s*(?:only\s+|just\s+)?$/.exec(s.text.slice(nTok.end, kTok.start));
  if (!gap || !/^\s+(?:were|was|had|have|are|is|did|said|told|felt)\b[^;:()]*$/i.test(s.text.slice(kTok.end))) return undefined;
  const noun = gap[1]!.toLowerCase().replace(/(?:ies|es|s)$/, '');
  if (noun.length < 3 || !s.text.slice(share.end, colon).toLowerCase().includes(noun)) return undefined;
  return { share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' };
}
