/**
 * Remainders: a whole, its parts, and the rest named as such ('Of the 30
 * young people, 19 had a plan, a further four had one in draft and, of the
 * remaining seven, three …'; 'We followed up 37 recommendations: 18 had been
 * achieved, 6 partly achieved and the remaining 13 not achieved'; 'Of the 22
 * orders, only 14 were completed. This left eight.'; '39 forces were
 * inspected. 20 were graded good, 5 adequate and the other 15 requires
 * improvement.').
 *
 * Only a count written as the rest ('the remaining N', 'the other N',
 * 'leaving N', 'this left N', 'the rest (N)') is read as the remainder, and
 * only the counts listed between the whole and it are its parts: 'a further
 * N' is a part. The whole is the count that opens the list ('Of the N …,',
 * 'N … :', 'N …;'), or the one count of the sentence before. The parts and
 * the rest must make the whole. A list that does not add up is reported only
 * when it is written as a partition (a whole that introduces it, every count
 * of the list accounted for, no 'including', 'at least', hedged or bracketed
 * parts); otherwise it is listed as unresolved.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { countText, judgeShare, type CountIn } from '../judge.js';
import { isPopulation, nounAfter, sameGroup, singular, tokensOf, type Tok } from '../scan.js';
import { countOfAPart, countOfTok, dashBreakdowns, otherThing, overlapSaid, pctOfTok, plainCount, sharesThing, builtRegExp } from './common.js';
import { at, type PreviousSentence, type SentenceView } from './index.js';
import { judgeWordShare } from './share-beside.js';
import { sharesOf } from './shares.js';
import { NUMBER, SHARE_OPENING_WORDS } from '../words.js';
import { RECORD_OF } from '../extract/reading.js';

/** Words right before a count that make it the rest of a whole. */
const REST_BEFORE = /(?:\bthe\s+(?:remaining|other|outstanding)|\bleaving(?:\s+(?:only|just|a\s+further|another))?|\b(?:this|that|which|it)\s+(?:left|leaves)(?:\s+(?:only|just|a\s+further|another))?|\bthe\s+(?:rest|remainder|balance|others)\s*\(|\bthe\s+balance\s+of)\s*$/i;
/** 'k of the remaining ' before a rest: the rest is the whole of that pair. */
export const PAIR_OF_REST_BEFORE = /\d\s+(?:of|out\s+of)\s+the\s+(?:remaining|other)\s+$/i;
/** 'The rest, 25, …': a rest named, then its count between commas. */
const REST_COMMA_BEFORE = /\bthe\s+(?:rest|remainder|balance|others)\s*(?:,|\s[\u2013\u2014])\s*$/i;
/** 'the rest were poor (14': the rest, a short predicate of one category with no figure, and a bracket ('the others were women or young people (18' may count the young people alone). */
const REST_BRACKET_BEFORE = /\bthe\s+(?:rest|remainder|others)\s+(?:(?!and\b|or\b|with\b|including\b)[a-z][\w'-]*\s+){1,5}\(\s*$/i;
/** 'the 13 remaining', 'the seven others'. */
const REST_AFTER = /^\s+(?:remaining|others|outstanding)\b/i;
/** A rest that opens its sentence points back to the sentence before ('This left eight', 'The remaining 557 files'). */
const REST_OPENS = /^\s*(?:(?:this|that|it)\s+(?:left|leaves)|the\s+(?:remaining|other|others|outstanding|rest|remainder|balance)|the\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:remaining|others|outstanding))\b/i;
/** A list that may not be a partition. */
const LOOSE = /\b(?:including|included|includes|among\s+them|such\s+as|at\s+least|more\s+than|fewer\s+than|less\s+than|over|almost|nearly|about|around|approximately|some|respectively|per\s+cent|percent)\b|%/i;
/**
 * A hedge before a length of time ('for more than a year', 'for less than six months', 'over 12 hours') bounds the
 * band a part is in, not the part's count: no hedge of the list ('23 … for more than a year and 61 for six to 12
 * months; the other 478 for less than six months' is a partition by bands of time).
 */
const TIME_BOUND = new RegExp(String.raw`\b(?:(?:more|fewer|less|longer)\s+than|over|under|almost|nearly|about|around)\s+(?=(?:a|an|${NUMBER})\s+(?:and\s+a\s+half\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|nights?)\b)`, 'gi');
/** 'living with at least one parent', 'had more than one placement': a bound on what a case has, not on a part's count. */
const ONE_THING_BOUND = /\b(?:at\s+least|more\s+than)\s+one\s+(?!in\b|of\b|out\b|per\b|or\b|and\b)[a-z]{3,}/gi;
const ONE_THING_AFTER = /^\s+(?!in\b|of\b|out\b|per\b|or\b|and\b)[a-z]{3,}/i;
const looseList = (t: string): boolean => LOOSE.test(t.replace(/\([^)]*\)/g, ' ').replace(TIME_BOUND, ' ').replace(ONE_THING_BOUND, ' '));
/** What follows a count that is not a part of a list (a share, a ratio, a range). */
const NOT_PART_AFTER = /^\s*(?:%|per\s*cent|percent|out\s+of|\/|in\s+(?:every\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|of\s+(?!them\b|these\b|those\b|whom\b|which\b))/i;

/** 'a further' or 'another' right before a count: a part added to the one before. */
const FURTHER_BEFORE = /\b(?:a\s+further|another)\s+$/i;

/** A count that points back to a group just named: 'five of these', '3 of them'. */
const OF_BACK_AFTER = /^\s+(?:of|out\s+of)\s+(?:these|those|them|whom|which)\b/i;

/** A short subject and verb before a sentence's first part ('They upheld', 'We published'). */
const LEAD = /^(?:[A-Za-z][\w'-]*\s+){1,3}$/;
/** An adverb before a sentence's first part: 'Only 11 …', 'Just 20 …'. */
/** A short subject and a denied verb before a first part: 'We did not uphold'. */
const DENIED_LEAD = /^(?:[A-Za-z][\w'-]*\s+){1,2}(?:did|does|do|could|would)\s+not\s+[a-z]+\s+$/i;
const ADVERB_LEAD = /^\s*(?:only|just|exactly|precisely)\s+$/i;
/** A short opening phrase before the first part: 'At the second, ', 'By March, ', 'On re-inspection, '; or a clause of time, 'By the time the report was published, '. */
const OPENING = /^(?:(?:[A-Za-z][\w'-]*\s+){0,3}|(?:by\s+the\s+time|when|once|after|before|since|until)\s+(?:[A-Za-z][\w'-]*\s+){1,8})[A-Za-z][\w'-]*,\s+$/i;

/** Words ending in -s after a count that are verbs, not the group's noun. */
/**
 * A time phrase that opens the parts' sentence with no comma, or a finding's lead: 'By the time of this inspection 22
 * had been achieved …', 'At this visit we found that 12 had been achieved …', 'Inspectors found that 12 …'.
 */
const TIME_LEAD = /^(?:(?:by|at|during)\s+(?:the\s+time\s+of\s+)?(?:this|the|our)\s+(?:[a-z-]+\s+){0,2}?(?:inspection|visit|review|follow-up|re-inspection)\s*,?\s*)?(?:(?:we|inspectors)\s+found\s+(?:that\s+)?)?$/i;
const VERB_S = /^(?:requires|needs|remains|has|does|goes|shows|meets|receives|lacks|falls|comes|gets|gives|makes|takes|means|seems|appears|continues|concerns|relates|involves)$/;

/** A word after a count that is a verb in the past or a verb in -s, not a noun: '11 complied', '80 required'. */
const verbForm = (w: string): boolean => /^[a-z]{2,}ed$/.test(w) || VERB_S.test(w);

interface Whole {
  tok: Tok;
  /** Where the parts start (local to the whole's sentence). */
  from: number;
  /** Written as the whole of a list: 'Of the N …,', a colon or a semicolon, or the one count of a sentence. */
  strong: boolean;
  /** Written after 'of' ('Of the N …', 'three of the five …'). */
  of?: boolean;
}

interface Located {
  tok: Tok;
  sentence: { text: string; offset: number };
}

/** Bracket depth at each position of the last text asked about (one pass per sentence, not one per token). */
let depthText: string | undefined;
let depthArr: Uint16Array = new Uint16Array(0);
function depthAt(text: string, pos: number): number {
  if (text !== depthText) {
    depthArr = new Uint16Array(text.length + 1);
    let d = 0;
    for (let i = 0; i < text.length; i++) {
      depthArr[i] = d;
      if (text[i] === '(') d = Math.min(d + 1, 65535);
      else if (text[i] === ')') d = Math.max(0, d - 1);
    }
    depthArr[text.length] = d;
    depthText = text;
  }
  return depthArr[Math.min(pos, text.length)]!;
}

/** How many rests a sentence may name before the reader stops (a bound that keeps it linear). */
const MAX_RESTS = 8;

/** 'It found maladministration or service failure in ': a subject, a verb of finding, what was found, 'in'. */
const FOUND_LEAD = /^\s*(?:it|we|they|inspectors|the\s+[a-z]+)\s+(?:found|identified|upheld\s+a\s+finding\s+of)\s+([a-z][a-z' -]{0,60}?)\s+in\s+$/i;

/**
 * Two parts told by one verb of finding, the second the denial of the first's finding ('It found maladministration
 * in 268, no maladministration in 107'), each 'in k', and the rest 'in the remaining c': every case is in one of them.
 */
function foundAndDenied(text: string, parts: readonly Tok[], rest: Tok): boolean {
  if (parts.length !== 2) return false;
  const m = FOUND_LEAD.exec(text.slice(0, parts[0]!.start));
  if (!m) return false;
  const thing = m[1]!.toLowerCase().split(/\s+/)[0]!;
  const between = text.slice(parts[0]!.end, parts[1]!.start).replace(/\([^)]*\)/g, ' ');
  const denial = new RegExp(String.raw`^\s*,?\s*(?:and\s+)?(?:no|not|without)\s+${thing.replace(/[^\w-]/g, '')}[a-z' -]{0,40}?\s+in\s+$`, 'i');
  return denial.test(between) && /\bin\s+the\s+(?:remaining|other)\s+$/i.test(text.slice(Math.max(0, rest.start - 24), rest.start));
}

/** The count that opens a list in `text` before `limit`. */
function wholeIn(text: string, toks: readonly Tok[], limit: number): Whole | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start >= limit) return undefined;
    if (!plainCount(text, t)) continue;
    // A cut prefix starts with a NUL, so that '^' means the sentence start.
    const lead = t.start <= 40 ? text.slice(0, t.start) : `\u0000${text.slice(t.start - 40, t.start)}`;
    // ('Of the NAO's 820 staff,', 'Of the council's 40 homes,': an owner's name between the article and the count.)
    const of = /(?:^|[,;:])\s*(?:of|out\s+of)\s+(?:the\s+|these\s+|all\s+(?:the\s+)?|those\s+|its\s+|their\s+)?(?:(?<=\bthe\s+)[A-Za-z][\w&.-]*(?:'s|\u2019s|s')\s+)?$/i.test(lead);
    // Up to the first separator after the count, with no other count before it.
    const rest = text.slice(t.end, Math.min(limit, t.end + 100));
    // A spaced dash opens a breakdown too ('125 violent incidents in six months – 88 of them assaults, the remaining 27 fights –').
    const sep = /^[^,;:.()\u2013\u2014]*?([,;:]|\s[\u2013\u2014]\s)/.exec(rest);
    if (!sep) {
      if (of) return undefined;
      continue;
    }
    const from = t.end + sep[0].length;
    // A figure that is no count ('within four years', 'in 2016') does not stand between the whole and its list.
    let k = i + 1;
    while (k < toks.length && toks[k]!.notCount && toks[k]!.start < from) k++;
    const between = toks[k] !== undefined && toks[k]!.start < from;
    if (between) continue;
    if (of) return { tok: t, from, strong: sep[1] === ',' || sep[1] === ':', of: true };
    if (sep[1] === ':' || sep[1] === ';') return { tok: t, from, strong: true };
    // 'received 44,687 case files, 44,130 of them …': a population, then its parts.
    if (nounAfter(text, t.end)) return { tok: t, from, strong: false };
    return undefined;
  }
  return undefined;
}

/** Whether `w` is the whole of a pair, 'k of n', with the count before it ('at 16 of 34 centres'). */
function pairWhole(text: string, toks: readonly Tok[], w: Tok): boolean {
  const wi = toks.indexOf(w);
  const pk = wi > 0 ? toks[wi - 1] : undefined;
  return !!pk && plainCount(text, pk) && /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$/i.test(text.slice(pk.end, w.start)) && pk.value <= w.value;
}

/** The one count of the sentence two before, when it is larger than the part of the sentence between. */
/**
 * A sentence that opens with a fraction word, its count and percentage set off after it, and no other figure: 'Just
 * over half, 3,143 or 54%, were …', 'About a third – 412 (33%) – had …'. The count is a part of the whole the
 * fraction is of.
 */
function apposedToShareWord(p: PreviousSentence, k: Tok): boolean {
  const [f, kk, pc] = p.toks;
  if (p.toks.length !== 3 || !f || kk !== k || !pc || f.kind !== 'frac' || pc.kind !== 'pct' || pc.hedge) return false;
  if (!/^\s*$/.test(p.text.slice(0, f.hedge?.start ?? f.start)) || !/^\s*(?:,|[\u2013\u2014]|\s-)\s*$/.test(p.text.slice(f.end, k.start))) return false;
  const gap = p.text.slice(k.end, pc.start);
  const close = p.text.slice(pc.end, pc.end + 6);
  return (/^\s+or\s+$/i.test(gap) && /^\s*(?:,|[\u2013\u2014]|\s-\s)/.test(close)) || (/^\s*\(\s*$/.test(gap) && /^\s*\)\s*(?:,|[\u2013\u2014]|\s-\s)/.test(close));
}

function twoBack(s: SentenceView, part: Tok): { tok: Tok; text: string; offset: number } | undefined {
  const pp = s.previous && s.previous.length >= 2 ? s.previous[s.previous.length - 2]! : undefined;
  if (!pp) return undefined;
  const counts = pp.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length !== 1 || pp.toks.some((t) => t.kind !== 'num') || !plainCount(pp.text, counts[0]!) || counts[0]!.value <= part.value) return undefined;
  return { tok: counts[0]!, text: pp.text, offset: pp.offset };
}

/**
 * The running population of a finding before a rest that opens its sentence: the one group an earlier
 * sentence counts (the whole), then the sentences since, each a list of parts of it opening its sentence (after
 * 'Of these,', a short opening phrase, or a short subject and verb), every later one carried on by 'A further'
 * or 'Another' ('We made 120 recommendations. At this visit, 70 had been achieved. A further 30 had been
 * partly achieved.'). Only a chain of two sentences of parts or more (one is read by `twoBack`); a sentence
 * with a share, a figure that is no part, or a part that names another group breaks it, or makes it confirm-only.
 */
function runningLedger(s: SentenceView): { whole: Located; parts: Located[]; strong: boolean; clean: boolean } | undefined {
  const prev = s.previous ?? [];
  const chain: { p: PreviousSentence; parts: Tok[]; clean: boolean }[] = [];
  for (let i = prev.length - 1; i >= 0; i--) {
    const p = prev[i]!;
    const q = p.toks.filter((t) => !t.notCount);
    if (q.length === 0 || q.some((t) => t.kind !== 'num')) return undefined;
    const furtherOpen = FURTHER_OPEN.test(p.text);
    if (chain.length >= 2 && q.length === 1 && !furtherOpen) {
      const w = q[0]!;
      if (!isPopulation(p.text, w) || !plainCount(p.text, w) || depthAt(p.text, w.start) > 0 || FURTHER_LEAD.test(p.text.slice(Math.max(0, w.start - 16), w.start)) || OF_BACK_AFTER.test(p.text.slice(w.end, w.end + 24)) || BACK_OPEN.test(p.text)) return undefined;
      const all = chain.flatMap((c) => c.parts);
      const sum = all.reduce((a, t) => a + t.value, 0);
      if (sum >= w.value) return undefined;
      // Only a plural names a group: a part that names another ('Twelve managers' of '120 homes') is no part of it.
      const wholeNoun = nounAfter(p.text, w.end);
      const named = chain.flatMap((c) => c.parts.map((t) => nounAfter(c.p.text, t.end))).filter((x): x is string => x !== undefined && !verbForm(x) && /[a-z]s$/.test(x) && !/(?:ss|us|is|ly)$/.test(x));
      // The first part sentence must not itself carry on a list; every later one must ('A further …').
      const firstOpensFurther = FURTHER_OPEN.test(chain[0]!.p.text);
      const carried = chain.slice(1).every((c) => FURTHER_OPEN.test(c.p.text));
      if (firstOpensFurther || !carried) return undefined;
      return {
        whole: { tok: w, sentence: { text: p.text, offset: p.offset } },
        parts: chain.flatMap((c) => c.parts.map((tok) => ({ tok, sentence: { text: c.p.text, offset: c.p.offset } }))),
        strong: named.every((x) => sameGroup(wholeNoun, x)),
        clean: chain.every((c) => c.clean),
      };
    }
    // A sentence of parts: its counts from its opening ('Of these,', 'At this visit,', 'It upheld', 'A further').
    const back = BACK_OPEN.exec(p.text);
    const from = back ? back[0].length : 0;
    const first = q[0]!;
    const lead = p.text.slice(from, first.start);
    if (!(lead.trim() === '' || ADVERB_LEAD.test(lead) || OPENING.test(lead) || LEAD.test(lead) || PREP_OPEN.test(lead) || (furtherOpen && /^\s*(?:and\s+)?(?:a\s+further|another)\s+$/i.test(lead)))) return undefined;
    const got = partsIn(p.text, p.toks, from, p.text.length);
    if (!got || got.parts.length === 0 || got.parts.length !== q.length) return undefined;
    chain.unshift({ p, parts: got.parts, clean: got.clean });
  }
  return undefined;
}

/** Between a rest's count and its own share: its noun (a word or two), then ', or', ', some', a dash or a bracket. */
const REST_SHARE_GAP = /^(?:\s+[a-z][\w'-]*){0,2}?\s*(?:,\s*(?:or\s+|some\s+|just\s+|that\s+is\s+)?|\(\s*|\s[\u2013\u2014]\s*(?:or\s+|some\s+)?)$/i;

/** The share set beside a rest's count ('13 centres, or 42%,', '13 (42%)'), closed by a comma, bracket, dash or the sentence's end; no hedge. */
function restShareOf(s: SentenceView, rest: Tok): Tok | undefined {
  const p = s.toks[s.toks.indexOf(rest) + 1];
  if (!p || p.kind !== 'pct' || p.hedge || !REST_SHARE_GAP.test(s.text.slice(rest.end, p.start))) return undefined;
  if (!/^\s*(?:[,;)\u2013\u2014.]|$)/.test(s.text.slice(p.end, p.end + 3))) return undefined;
  return p;
}

/** Between a rest and a word share set off after it, and after the share: a dash, a comma or a bracket. */
const WORD_SHARE_OPEN = /^\s*(?:[\u2013\u2014(,]|\s-)\s*$/;
const WORD_SHARE_CLOSE = /^\s*(?:[\u2013\u2014),]|\s-\s|[.;]|$)/;

/**
 * A fraction or ratio set off right after a rest whose parts make its whole exactly ('The remaining 35 – about one
 * in six – had been rejected.'): the rest's share of that whole, judged as a word share.
 */
function restWordShare(s: SentenceView, rest: Tok, whole: Located): ClaimRecord | undefined {
  const f = sharesOf(s).find((x) => x.start > rest.end && x.start - rest.end < 8);
  if (!f || f.type !== 'frac' || !WORD_SHARE_OPEN.test(s.text.slice(rest.end, f.start)) || !WORD_SHARE_CLOSE.test(s.text.slice(f.end, f.end + 4))) return undefined;
  const shift = whole.sentence.offset - s.offset;
  const n = { value: whole.tok.value, raw: whole.tok.raw, start: whole.tok.start + shift, end: whole.tok.end + shift, word: whole.tok.word };
  const c = judgeWordShare(s, f, rest, n, at(s, rest.start, f.end));
  return c && { ...c, sources: [{ span: at(s, n.start, n.end), message: `the rest is of the ${whole.tok.raw}, which its parts and it make` }] };
}

/** A rest still to come ('will be inspected', 'are due', 'not yet'): it may be the rest of a wider group. */
const YET_TO_COME = /\b(?:will|shall|are\s+(?:due|to\s+be|scheduled|planned)|is\s+(?:due|to\s+be|scheduled|planned)|yet\s+to|not\s+yet|next\s+(?:year|month|quarter))\b/i;

/** Whether the first count in [from, to) follows 'a further' or 'another'. */
function afterFurther(text: string, toks: readonly Tok[], from: number, to: number): boolean {
  const t = toks.find((x) => x.start >= from && x.start < to && x.kind === 'num' && !x.notCount);
  return !!t && FURTHER_LEAD.test(text.slice(Math.max(0, t.start - 16), t.start));
}

/** 'a further' or 'another' right before a part: the list goes on from before. */
const FURTHER_LEAD = /\b(?:a\s+further|another)\s+$/i;
/** After 'In k' opening a sentence: a comma or the clause's own subject, so no noun of k's own. */
const IN_K_NO_NOUN = /^\s*(?:,|(?:the|a|an|it|this|these|there|they|we|he|she|no|all|each|every|its|their|his|her)\b)/i;

/** The text before the first count of a sentence that comes before `limit` ('' when there is none). */
function firstLead(text: string, toks: readonly Tok[], limit: number): string {
  const t = toks.find((x) => x.kind === 'num' && !x.notCount && x.start < limit);
  return t ? text.slice(0, t.start) : '';
}

/**
 * The whole two sentences back of a list in the sentence before ('The panel heard 90 appeals. It allowed 41
 * and dismissed 38.'): the one count there, larger than the list's sum; the list opens its sentence (after
 * a short subject and verb at most), every count of it a part.
 */
function listTwoBack(s: SentenceView, prev: PreviousSentence, counts: readonly Tok[]): { whole: { tok: Tok; text: string; offset: number }; parts: Tok[]; strong: boolean; clean: boolean } | undefined {
  const p = partsIn(prev.text, prev.toks, 0, prev.text.length);
  if (!p || p.parts.length < 2 || p.parts.length !== counts.length) return undefined;
  const sum = p.parts.reduce((a, t) => a + t.value, 0);
  const pp = wholeTwoBack(s);
  if (!pp || pp.tok.value <= sum - 0 || !plainCount(pp.text, pp.tok)) return undefined;
  const first = p.parts[0]!;
  const lead = prev.text.slice(0, first.start);
  // ('We did not uphold 96 of them and upheld 23 …': a subject and a denied verb.)
  if (!(first.start <= 4 || LEAD.test(lead) || OPENING.test(lead) || DENIED_LEAD.test(lead))) return undefined;
  const wholeNoun = nounAfter(pp.text, pp.tok.end);
  // Only a plural names a group ('seven partly achieved' names none).
  const named = p.parts.map((t) => nounAfter(prev.text, t.end)).filter((w): w is string => w !== undefined && !verbForm(w) && /[a-z]s$/.test(w) && !/(?:ss|us|is|ly)$/.test(w));
  const strong = named.every((w) => sameGroup(wholeNoun, w));
  return { whole: pp, parts: p.parts, strong, clean: p.clean };
}

/** A short subject after a part that is a frame ('In 30 the worker had …'): the predicate comes after it. */
const SUBJECT_AFTER = /^\s+(?:the|a|an|their|its|his|her|our)\s+[a-z]+(?:'s)?(?=\s+[a-z])/i;

/** Whether a second part's predicate denies the first's, about the same thing ('a review was due but had not been done'). */
function deniesFirst(first: string, second: string): boolean {
  return /\b(?:not|no|never|without)\b|n't\b/i.test(second) && !otherThing(first, second) && sharesThing(first, second);
}

/** The text after a part's count, past a short subject when the part is a frame ('In 30 the worker had a plan'). */
function predicateAfter(text: string, end: number): string {
  const after = text.slice(end, end + 48);
  const m = /\bin\s+$/i.test(text.slice(Math.max(0, end - 12), end).replace(/[\d,]+$|[a-z-]+$/i, '')) ? SUBJECT_AFTER.exec(after) : null;
  return m ? after.slice(m[0].length) : after.slice(0, 32);
}

/** A group named without a figure among the parts: 'the others were …', 'some were …'. */
export const UNCOUNTED_PART = /\b(?:the\s+others|the\s+rest|the\s+remainder|others|some|several|many|a\s+few|half|most|the\s+majority|a\s+minority|(?:a|one|two)[-\u2010\u2011 ]+(?:thirds?|quarters?)|three[-\u2010\u2011 ]+quarters)\s+(?:were|was|had|have|are|is|did|went|received)\b/i;

/**
 * After a rest, a clause that makes it a sample of the rest ('the other two we met', 'the remaining three
 * files that we read', 'the other four inspectors looked at'): a subject of its own, then a verb.
 */
export const SAMPLE_AFTER = /^\s+(?:[a-z]+s\s+)?(?:that\s+|which\s+|whom\s+)?(?:we|i|inspectors|they|the\s+inspectors?|the\s+team|our\s+inspectors)\s+(?:had\s+|have\s+)?(?:[a-z]+ed|met|saw|read|spoke|took|chose|sampled|visited|interviewed|looked|examined|reviewed|tracked|observed)\b/i;

/** A verb after a part that gives what its cases have, said or did, not which kind they are: such parts may overlap. */
const ATTRIBUTE_AFTER = /^\s+(?:(?:had|has|have)(?!\s+(?:been|not\s+been|yet\s+to|to)\b)|said|felt|reported|received|showed|offered|provided|included|contained|knew|agreed|disagreed|used|wanted|lacked|met|attended|completed|gave|took|could|would|did|mentioned|named|cited|experienced)\b/i;

/** The one count of a sentence, given roughly ('some 29 homes'), with no other figure there but years and dates. */
function prevHedged(prev: PreviousSentence): Tok | undefined {
  const nums = prev.toks.filter((t) => !t.notCount);
  const t = nums[0];
  if (nums.length !== 1 || t!.kind !== 'num' || plainCount(prev.text, t!) || depthAt(prev.text, t!.start) > 0 || !/\b(?:some|about|around|approximately|roughly|nearly|almost)\s+$/i.test(prev.text.slice(Math.max(0, t!.start - 16), t!.start))) return undefined;
  return t;
}

/** Verbs of saying or feeling: answers to a question, perhaps to several. */
const SAYING = /^(?:said|told|felt|thought|reported|agreed|believed|considered|stated|indicated)$/;

/** A figure of time, no count of cases: a duration, a year or a date ('within 24 hours', 'in 2023'). */
const timeFigure = (t: Tok): boolean => !!t.notCount && (t.type === 'duration' || t.type === 'year' || t.type === 'date');

/**
 * The sentence before as one part of the group counted two back: its one count written 'k of them' (or 'of these',
 * 'of those'), with nothing else but that part's own share in brackets and figures of time ('The assessment was
 * sufficient in 51 of them (61%).'), and the sentence two back counting one group larger than it.
 */
function partOfThemBefore(s: SentenceView, prev: PreviousSentence): { k: Tok; n: { tok: Tok; text: string; offset: number } } | undefined {
  const q = prev.toks.filter((t) => !timeFigure(t));
  const counts = q.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length !== 1) return undefined;
  const k = counts[0]!;
  if (!plainCount(prev.text, k) || depthAt(prev.text, k.start) > 0 || !OF_BACK_AFTER.test(prev.text.slice(k.end, k.end + 24))) return undefined;
  if (q.some((t) => t !== k && !(t.kind === 'pct' && /^\s+(?:of|out\s+of)\s+(?:them|these|those)\s*\(\s*$/i.test(prev.text.slice(k.end, t.start))))) return undefined;
  const n = twoBack(s, k);
  return n ? { k, n } : undefined;
}

/** A frame's preposition opening a sentence before its count: 'In 14 …', 'At 20 …', 'For 9 …'. */
const PREP_OPEN = /^\s*(in|at|for|on|across|from)\s+$/i;

/**
 * 'We reviewed 45 cases. In 14 the plan was good. In 16 it was adequate, and in the other 17 it was poor.': the
 * sentence before opens with its one count after a frame's preposition, and this one opens the same way, so
 * both carry on one list of the whole two sentences back.
 */
function parallelFrame(lead: string, text: string, prev: PreviousSentence, prevCounts: readonly Tok[]): boolean {
  const here = PREP_OPEN.exec(lead);
  if (!here || prevCounts.length !== 1) return false;
  const there = PREP_OPEN.exec(prev.text.slice(0, prevCounts[0]!.start));
  if (!there || there[1]!.toLowerCase() !== here[1]!.toLowerCase()) return false;
  // The same question in both: this part's clause speaks of the same subject ('In 14 the plan was good. In 16
  // it was adequate'), by a pronoun or in the same words; 'In 16 cases the offender had moved' asks another.
  // And the same verb ('was good' … 'was adequate'; 'had been reviewed' asks another question).
  // (The frame's own noun may come first: 'In 14 cases the plan was good'.)
  // (A comma may close the frame, 'In 41, the care plan was …'; the subject may have a word before its head, 'the care
  // plan' … 'the plan', the same head.)
  const clause = (t: string) => /^,?(?:\s+[a-z][\w'-]*s(?=\s+(?:the|a|an|their|its|his|her|it|they|this|these|that|those|he|she)\b))?,?\s+((?:the|a|an|their|its|his|her|it|they|this|these|that|those|he|she)\b(?:\s+[a-z][\w'-]*){0,2}?)\s+(was|were|is|are|had|has|have|did|could|would|[a-z]{3,}ed)\b/i.exec(t);
  const mine = clause(text.slice(lead.length, lead.length + 80).replace(/^\S+/, ''));
  const theirs = clause(prev.text.slice(prevCounts[0]!.end, prevCounts[0]!.end + 80));
  if (!mine || !theirs || mine[2]!.toLowerCase() !== theirs[2]!.toLowerCase()) return false;
  const subj = mine[1]!.toLowerCase();
  const head = (x: string) => { const w = x.toLowerCase().split(/\s+/); return `${w[0]} ${w[w.length - 1]}`; };
  return /^(?:it|they|this|these|that|those|he|she)$/.test(subj) || subj === theirs[1]!.toLowerCase() || head(subj) === head(theirs[1]!);
}

/** A short subject and verb before the rest that repeat the sentence before's own ('It judged 30 … . It judged the other 25 …'). */
function parallelLead(lead: string, prevText: string): boolean {
  const l = lead.trim();
  return l !== '' && LEAD.test(lead) && prevText.trimStart().toLowerCase().startsWith(`${l.toLowerCase()} `) && /^\s*(?:\d|[a-z]+\b)/i.test(prevText.trimStart().slice(l.length));
}

/** What may come before a rest that opens its sentence: nothing, or a frame's preposition ('Of the other 12 reports, …'). */
const FRAME_LEAD = /^\s*(?:(?:of|among|in|for|across|at|on|from|within)\s+)?$/i;

/** A sentence that carries a list on: 'A further 8 were adequate.', 'Another 3 …'. */
const FURTHER_OPEN = /^\s*(?:and\s+)?(?:a\s+further|another)\s+(?=\d|[a-z]+\s)/i;

/** A sentence that opens by pointing back to a group just counted: 'Of these,', 'Of them,'. */
const BACK_OPEN = /^\s*(?:of|among)\s+(?:these|them|those)\s*,\s*/i;
/** 'Of these inspections, ': a back-reference that names its group's noun. */
/** ('Of the apprentices, 312 …; the remaining 164 …': 'the' and the noun of one count of the sentence before, named by it alone.) */
const BACK_OPEN_NAMED = /^\s*(?:of|among)\s+(?:these|those|the)\s+([a-z]+)\s*,\s*/i;

/** The one count of the sentence two before (a year or date beside it is no count), with no share there. */
/**
 * Before a rest that closes a list opened by 'Of these,' in the sentence before: a preposition ('In the remaining 16
 * settings'), or a clause of none with no figure ('No authority was judged outstanding, and the remaining 15 …').
 */
const BACK_REST_LEAD = /^\s*(?:(?:in|at|for|among|across)\s+|(?:no|none\s+of\s+(?:them|these|those|the\s+[a-z]+))\s[^,;:()\d%]{3,60},?\s+(?:and|while|but)\s+)$/i;
function wholeTwoBack(s: SentenceView): { tok: Tok; text: string; offset: number } | undefined {
  const pp = s.previous && s.previous.length >= 2 ? s.previous[s.previous.length - 2]! : undefined;
  if (!pp) return undefined;
  const counts = pp.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length !== 1 || pp.toks.some((t) => t.kind !== 'num') || !plainCount(pp.text, counts[0]!) || depthAt(pp.text, counts[0]!.start) > 0) return undefined;
  return { tok: counts[0]!, text: pp.text, offset: pp.offset };
}

/** 'k of them', 'k of these' after a count n of the same clause; 'k of the n'. */
const PAIR_BACK = /^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i;
const PAIR_OF_THE = /^\s+(?:of|out\s+of)\s+(?:the\s+(?:first\s+|last\s+)?|all\s+(?:the\s+)?)?$/i;

/**
 * A count pair written as such: 'inspected 43 services and found 10 of them good', '10 of the 43 services'.
 * With `only`, the pair must be the sentence's only two counts (a year or date is no count); otherwise the first pair.
 */
function pairIn(text: string, toks: readonly Tok[], only: boolean): { n: Tok; k: Tok } | undefined {
  const counts = toks.filter((t) => t.kind === 'num' && !t.notCount);
  // ('22 of the 30 cases (73%)': the pair's own share in brackets after it is no other figure.)
  if (only && (counts.length !== 2 || toks.some((t) => t.kind !== 'num' && !(t.kind === 'pct' && t.start > counts[1]!.end && /^\s*\(\s*$/.test(text.slice(counts[1]!.end, t.start).replace(/^\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,5}/i, ''))) && /^\s*\)/.test(text.slice(t.end))))) return undefined;
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    if (!plainCount(text, a) || !plainCount(text, b) || depthAt(text, a.start) > 0 || depthAt(text, b.start) > 0) continue;
    const gap = text.slice(a.end, b.start);
    // 'all but two of the 26': the part is 24, not two; no rest of it is read here.
    if (PAIR_OF_THE.test(gap) && /\ball\s+(?:but|except)\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) return undefined;
    if (PAIR_OF_THE.test(gap) && a.value < b.value) return { n: b, k: a };
    if (/[.;:()]/.test(gap) || a.value <= b.value || !PAIR_BACK.test(text.slice(b.end, b.end + 16))) continue;
    return { n: a, k: b };
  }
  return undefined;
}

/** After a count, 'of those', 'of these', 'of them' (perhaps with its share in brackets first): a part of a part. */
const SUB_PART_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:of|out\s+of)\s+(?:those|these|them)\b/i;

/** The parts listed in [from, to) of a sentence: plain counts at the list's depth. Undefined when a figure there cannot be placed. */
function partsIn(text: string, toks: readonly Tok[], from: number, to: number): { parts: Tok[]; clean: boolean } | undefined {
  const base = depthAt(text, from);
  const parts: Tok[] = [];
  let clean = true;
  for (const t of toks) {
    if (t.start < from || t.start >= to) continue;
    if (t.kind !== 'num') {
      // A share or fraction of a part ('44,130 (99%) of them') is about that part, not another part.
      if (depthAt(text, t.start) > base) continue;
      return undefined;
    }
    if (t.notCount) continue;
    if (depthAt(text, t.start) > base) continue;
    // '450 (30%) needed a service, and 180 of those (40%) were referred …; the other 270 …': a part of the part
    // before ('k of those') may leave the rest of that part, not of the whole: which, is not known.
    if (parts.length > 0 && t.value < parts[parts.length - 1]!.value && SUB_PART_AFTER.test(text.slice(t.end, t.end + 40))) return undefined;
    // ('61 were living with at least one parent': what each case of the part before has, no part of its own.)
    if (parts.length > 0 && t.value === 1 && /\b(?:at\s+least|more\s+than)\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) && ONE_THING_AFTER.test(text.slice(t.end, t.end + 20))) continue;
    if (!plainCount(text, t)) {
      clean = false;
      continue;
    }
    // 'five of the remaining eight': a part of the rest, not another part of the whole (also with its share between, '28 (70%) of the other 40').
    if (/^(?:\s*\([^()]{1,16}\))?\s+(?:of|out\s+of)\s+the\s+(?:remaining|other)\s/i.test(text.slice(t.end, t.end + 40))) continue;
    if (NOT_PART_AFTER.test(text.slice(t.end, t.end + 24))) return undefined;
    // '23 contained two references; the other two …': the two references are what each of the 23 has.
    const prev = parts[parts.length - 1];
    if (countOfAPart(text, prev, t)) {
      // With a verb between them the reading is plain; without one ('12 men 8 women') it is only likely.
      if (!/\b(?:[a-z]+ed|had|has|have|held|made|took|gave|got|saw|kept|did|spent|sent|won|lost|paid)\b/i.test(text.slice(prev!.end, t.start))) clean = false;
      continue;
    }
    parts.push(t);
  }
  if (looseList(text.slice(from, to))) clean = false;
  // '40 had X and 35 Y; the remaining two had neither': the rest is of the parts' union, which may overlap.
  // ('862 felt very or quite safe, 392 felt quite or very unsafe and the remaining 760 felt neither': the two poles of
  // one answer, a word and its negative, and 'neither' is the middle between them, not the parts' union.)
  if (parts.length >= 2 && overlapSaid(text, parts[0]!.end) && !oppositePoles(text, parts, to)) clean = false;
  // Counts between dashes that make the part before them break it down ('803 … – seven excellent, 189 … and 607 good –').
  const dashed = dashBreakdowns(text, parts, from, to);
  return { parts: dashed.parts, clean: clean && !dashed.ambiguous };
}


/**
 * Two parts whose answers are a word and its negative, with the same verb ('felt very or quite safe', 'felt quite
 * or very unsafe'; 'were satisfied', 'were dissatisfied'): the poles of one question, which exclude each other.
 */
function oppositePoles(text: string, parts: readonly Tok[], to: number): boolean {
  if (parts.length !== 2) return false;
  const words = (t: Tok, end: number) => text.slice(t.end, end).replace(/\([^)]*\)/g, ' ').split(/[,;:]|\band\b(?!\s+(?:very|quite|fairly)\b)/i)[0]!.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const a = words(parts[0]!, parts[1]!.start);
  const b = words(parts[1]!, to);
  if (a.length < 2 || b.length < 2 || a[0] !== b[0]) return false;
  const x = a[a.length - 1]!;
  const y = b[b.length - 1]!;
  const neg = (p: string, q: string) => q.length > 3 && ['un', 'in', 'im', 'dis', 'non-', 'non'].some((pre) => q === pre + p);
  return neg(x, y) || neg(y, x);
}

function operand(role: Operand['role'], l: Located): Operand {
  const o: Operand = { role, value: l.tok.value, raw: l.tok.raw, span: { start: l.sentence.offset + l.tok.start, end: l.sentence.offset + l.tok.end } };
  if (l.tok.word) o.word = true;
  return o;
}

export function readRemainder(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const text = s.text;
  let rests = 0;
  for (let i = 0; i < s.toks.length && rests < MAX_RESTS; i++) {
    const rest = s.toks[i]!;
    if (rest.kind !== 'num' || rest.notCount || rest.value < 1) continue;
    const before = text.slice(Math.max(0, rest.start - 40), rest.start);
    const marked =
      REST_BEFORE.test(before) ||
      (/\bthe\s+$/i.test(before) && REST_AFTER.test(text.slice(rest.end, rest.end + 20))) ||
      // 'The rest, 25, did not'; 'in the remainder, 12, it …': the rest set off by commas.
      // ('the rest, seven in all, were later still': 'in all' or 'in total' may close the count.)
      (REST_COMMA_BEFORE.test(before) && /^\s*(?:in\s+(?:all|total)\s*)?(?:,|[\u2013\u2014]\s)/.test(text.slice(rest.end, rest.end + 14))) ||
      // 'the rest were poor (14)': the rest named, its count alone in the bracket closing its clause.
      (REST_BRACKET_BEFORE.test(before) && /^\s*\)/.test(text.slice(rest.end, rest.end + 3)));
    if (!marked) continue;
    // 'the other 2023 reports': a year-like figure with no thousands comma is a year, not a rest.
    if (/^(?:19|20)\d\d$/.test(rest.raw)) continue;
    if (!plainCount(text, rest) && !/\b(?:remaining|other|others|outstanding|rest|remainder|balance(?:\s+of)?|left|leaves|leaving)\s*\(?\s*$/i.test(before)) continue;
    rests++;
    const claim = readOne(s, rest) ?? restOfPairBefore(s, rest) ?? restAfterSemicolon(s, rest);
    if (claim) out.push(...claim);
  }
  out.push(...remainingSplit(s), ...complementOfPair(s, out), ...definiteRest(s, out), ...deniedRest(s, out), ...ofTheRest(s, out));
  return out;
}

/**
 * 'Inspectors assessed the centre against 18 regulations. The centre was compliant with 12, substantially compliant
 * with 1 and not compliant with the remaining 3': the parts and the rest each after one preposition, the same for
 * all ('with', 'against', 'in', 'for', 'on'), each after a predicate of a few words with no figure, no clause break
 * and no verb of having or saying (`ATTRIBUTE_AFTER`); the lead a short subject and verb. The rest closes the
 * classes the predicates name, so the list is a partition of the whole before.
 */
const PREP_PART_BEFORE = /(?:^|\s)(with|against|in|for|on)\s+$/i;
const PREP_LEAD = /^(?:[A-Za-z][\w'-]*\s+){1,4}(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:fully|partly|partially|not|only|substantially|largely|mostly)\s+)?[a-z][\w'-]*\s+(?:with|against|in|for|on)\s+$/i;
const PREP_GAP = /^\s*(?:,\s*(?:and\s+|but\s+|while\s+)?|\s+and\s+|\s+but\s+)(?:[a-z][\w'-]*\s+){1,3}(with|against|in|for|on)\s+(?:the\s+(?:remaining|other)\s+)?$/i;
function parallelPrepParts(text: string, parts: readonly Tok[], rest: Tok, markStart: number): boolean {
  if (parts.length === 0) return false;
  const lead = text.slice(0, parts[0]!.start);
  const prep = PREP_PART_BEFORE.exec(lead)?.[1]?.toLowerCase();
  if (!prep || !PREP_LEAD.test(lead)) return false;
  const seq = [...parts, rest];
  for (let i = 1; i < seq.length; i++) {
    const gap = text.slice(seq[i - 1]!.end, seq[i]!.start);
    const m = PREP_GAP.exec(gap);
    if (!m || m[1]!.toLowerCase() !== prep || ATTRIBUTE_AFTER.test(gap.replace(/^[\s,]*(?:and|but|while)?/i, ' '))) return false;
  }
  return markStart >= parts[parts.length - 1]!.end;
}

/** '; of the rest, ', ', and of the others, ': the parts after it split what the count before leaves. */
const OF_THE_REST = /(?:[;,]\s*(?:and\s+|but\s+)?)(?:of|among)\s+(?:the\s+rest|the\s+remainder|the\s+others|the\s+remaining\s+[a-z]+s|the\s+other\s+[a-z]+s)\s*,\s*/i;
/** Bounds of one measure from below and from above: 'three regulations or fewer', 'four or more'. */
const UPPER = /\bor\s+(?:fewer|less|under|below)\b|\b(?:up\s+to|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under)\s/i;
const LOWER = /\bor\s+(?:more|over|above)\b|\b(?:at\s+least|more\s+than|over)\s/i;

/**
 * 'HIQA has published 55 inspection reports. Inspectors found 28 centres fully or substantially compliant; of the
 * rest, 15 were non-compliant with three regulations or fewer and 13 with four or more.': a part of the one count
 * of the sentence before (or of 'Of the N,' before it), and a split of what it leaves after 'of the rest'. The split's
 * parts are bands of one measure that cover it ('or fewer', 'or more') or a state and its denial, so they exclude
 * each other: an excess over the rest is judged, a shortfall (a band may be left out) only confirmed.
 */
function ofTheRest(s: SentenceView, already: readonly ClaimRecord[]): ClaimRecord[] {
  const text = s.text;
  const m = OF_THE_REST.exec(text);
  if (!m) return [];
  const from = m.index + m[0].length;
  const counts = s.toks.filter((t) => t.kind === 'num' && !t.notCount);
  const before = counts.filter((t) => t.end <= m.index);
  // (A figure of a part's own measure, 'with three regulations or fewer', 'with four or more', is no part.)
  const after = counts.filter((t) => t.start >= from && !/\b(?:with|of|than|by|to|on|in)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)));
  if (before.length === 0 || before.length > 2 || after.length !== 2 || !after.every((t) => plainCount(text, t)) || s.toks.some((t) => t.kind !== 'num' && t.start >= from)) return [];
  if (already.some((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.span.start === s.offset + after[0]!.start))) return [];
  // The part: the count just before the marker; the whole: 'Of the N,' before it, or the one count of the sentence before.
  const k = before[before.length - 1]!;
  if (!plainCount(text, k)) return [];
  let whole: Located | undefined;
  if (before.length === 2) {
    const w = before[0]!;
    if (!/^\s*(?:of|among)\s+(?:the\s+|all\s+)?$/i.test(text.slice(0, w.start)) || !plainCount(text, w)) return [];
    whole = { tok: w, sentence: { text, offset: s.offset } };
  } else {
    const prev = s.previous?.[s.previous.length - 1];
    const pc = prev?.toks.filter((t) => t.kind === 'num' && !t.notCount) ?? [];
    if (!prev || pc.length !== 1 || !plainCount(prev.text, pc[0]!) || !isPopulation(prev.text, pc[0]!)) return [];
    whole = { tok: pc[0]!, sentence: { text: prev.text, offset: prev.offset } };
  }
  if (k.value >= whole.tok.value) return [];
  const [a, b] = after as [Tok, Tok];
  const pa = text.slice(a.end, b.start);
  const pb = text.slice(b.end);
  const bands = (UPPER.test(pa) && LOWER.test(pb)) || (LOWER.test(pa) && UPPER.test(pb));
  const here = { text, offset: s.offset };
  const parts: Located[] = [{ tok: k, sentence: here }, { tok: a, sentence: here }, { tok: b, sentence: here }];
  const operands: Operand[] = [operand('n', whole), ...parts.map((p) => operand('k', p))];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const sum = k.value + a.value + b.value;
  const expr = `${k.value} + ${a.value} + ${b.value} = ${sum}`;
  if (sum === whole.tok.value) return [{ kind: 'remainder', span, operands, verdict: 'ok', arithmetic: `${expr} = ${whole.tok.raw} ✓ (a part, and the split of the rest)` }];
  if (!bands || sum < whole.tok.value || LOOSE.test(text.slice(from).replace(/\([^)]*\)/g, ' ').replace(/\b(?:fewer|less|more)\s+than\b/gi, ' '))) return [{ kind: 'remainder', span, operands, verdict: 'unchecked', arithmetic: `${expr}, not ${whole.tok.raw} (the split of the rest may leave some out: not judged)` }];
  return [{ kind: 'remainder', span, operands, verdict: 'inconsistent', rule: RULE.partsSum, arithmetic: `${expr}, not ${whole.tok.raw}: the rest is ${whole.tok.value - k.value}, not ${a.value + b.value}`, message: `The parts do not add up to the whole: ${expr}, not ${whole.tok.raw}` }];
}

/** After a rest's count: the verb that counted a part, denied ('the 110 it did not uphold', 'the 40 that were not inspected'). */
const DENIED_AFTER = /^\s+(?:(?:that|which|who|whom)\s+)?(?:(?:it|they|we|he|she|staff|inspectors|the\s+[a-z]+)\s+)?(?:did|had|has|have|was|were|is|are)\s+not\s+(?:been\s+|be\s+)?([a-z]{3,})\b/i;
/** Past forms that are not the base and 'ed': enough for the verbs of deciding and doing that inspectors count by. */
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = { uphold: ['upheld'], hold: ['held'], find: ['found'], see: ['saw', 'seen'], meet: ['met'], give: ['gave', 'given'], take: ['took', 'taken'], make: ['made'], keep: ['kept'], send: ['sent'], do: ['did', 'done'], write: ['wrote', 'written'] };
/** The past forms of a verb written as its base or its past ('uphold', 'upheld', 'inspected'). */
function pastForms(v: string): string[] {
  const w = v.toLowerCase();
  for (const [base, past] of Object.entries(IRREGULAR_PAST)) if (w === base || past.includes(w)) return [...past];
  if (/ed$/.test(w)) return [w];
  return /e$/.test(w) ? [`${w}d`] : [`${w}ed`, `${w}${w.slice(-1)}ed`];
}

/**
 * 'The council received 250 complaints. It upheld 140 of them, and of the 110 it did not uphold, 35 …': a rest
 * named by denying the verb that counted the part, so the part and it are every case of the whole: the one
 * group counted before the part in its sentence, or the one group the sentence before counts. A state and its
 * denial leave no case out, so a shortfall is judged too ('not yet' leaves some undecided: not read).
 */
function deniedRest(s: SentenceView, already: readonly ClaimRecord[]): ClaimRecord[] {
  const text = s.text;
  const taken = new Set(already.flatMap((c) => c.operands.map((o) => o.span.start)));
  for (let i = 1; i < s.toks.length; i++) {
    const c = s.toks[i]!;
    if (!plainCount(text, c) || taken.has(s.offset + c.start) || !/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 6), c.start))) continue;
    const m = DENIED_AFTER.exec(text.slice(c.end, c.end + 60));
    if (!m || /\byet\b/i.test(m[0])) continue;
    // Nothing may qualify the denied verb ('did not uphold in full', '… within a week'): some of the rest may then be
    // of the part, or of neither.
    if (!/^\s*(?:[,;.)]|(?:and|but|were|was|are|is|had|have|has|included|includes)\b|$)/i.test(text.slice(c.end + m[0].length, c.end + m[0].length + 16))) continue;
    const past = pastForms(m[1]!);
    // The part: a count right after the verb's past form ('upheld 140'), or before it ('140 were upheld').
    const partRe = builtRegExp(String.raw`\b(?:${past.join('|')})\s+(?:only\s+|just\s+)?$`, 'i');
    const partAfterRe = builtRegExp(String.raw`^\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:${past.join('|')})\b`, 'i');
    const before = s.toks.slice(0, i).filter((t) => !t.notCount);
    const ki = before.findIndex((t) => t.kind === 'num' && plainCount(text, t) && (partRe.test(text.slice(Math.max(0, t.start - 30), t.start)) || partAfterRe.test(text.slice(t.end, t.end + 40))));
    if (ki < 0 || before.slice(ki + 1).length > 0) continue;
    const k = before[ki]!;
    const here = { text, offset: s.offset };
    let whole: Located | undefined;
    const own = before.slice(0, ki);
    if (own.length === 1 && own[0]!.kind === 'num' && plainCount(text, own[0]!) && isPopulation(text, own[0]!)) whole = { tok: own[0]!, sentence: here };
    else if (own.length === 0) {
      const prev = s.previous?.[s.previous.length - 1];
      const pc = prev ? prev.toks.filter((t) => !t.notCount) : [];
      if (prev && pc.length === 1 && pc[0]!.kind === 'num' && plainCount(prev.text, pc[0]!) && depthAt(prev.text, pc[0]!.start) === 0 && isPopulation(prev.text, pc[0]!)) whole = { tok: pc[0]!, sentence: { text: prev.text, offset: prev.offset } };
    }
    if (!whole || k.value >= whole.tok.value || c.value >= whole.tok.value) continue;
    // ('upheld 140 complaints about care': a part that names another group is of that group.)
    const partNoun = nounAfter(text, k.end);
    if (partNoun !== undefined && /[a-z]s$/.test(partNoun) && !verbForm(partNoun) && !sameGroup(nounAfter(whole.sentence.text, whole.tok.end), partNoun)) continue;
    return [sumClaim(whole, [{ tok: k, sentence: here }], { tok: c, sentence: here }, true)];
  }
  return [];
}

/** 'k of the reports': a count of a group named again by a bare plural noun. */
const OF_THE_NOUN = /^\s+(?:of|out\s+of)\s+the\s+([a-z][a-z-]*[a-rt-z]s)\b/i;
/** An ordinal subject and its verb before the first part: 'The first round covered 18', 'The first inspected 12'. */
const ORDINAL_LEAD = /^\s*the\s+(?:first|second|earlier|initial)\s+(?:[a-z]+\s+)?[a-z]+ed\s+$/i;
/** The number of rounds a whole was done in: 'in two rounds', 'over three phases'. */
const ROUNDS_AFTER = /^\s+(?:rounds|tranches|phases|waves|stages|batches)\b/i;

/** The counts of a sentence less the number of rounds the work was done in ('30 prisons in two rounds'). */
function prevCases(prev: PreviousSentence, counts: readonly Tok[]): Tok[] {
  return counts.filter((t) => !ROUNDS_AFTER.test(prev.text.slice(t.end, t.end + 12)));
}

/** A preposition right before a count ('improved on 22', 'went down in six'). */
const PREP_BEFORE = /(?:^|\s)(in|on|at|for|across|from|within|by)\s+(?:(?:only|just|a\s+further|another)\s+)?$/i;
/** A clause break then a later part of the same list: ', 16 …', 'and 16 …', 'while 16 …' (perhaps 'a further 16'). */
const LIST_GAP_END = /(?:,|\band|\bwhile|\bwhereas|\bbut)\s+(?:(?:only|just|a\s+further|another)\s+)?$/i;

/**
 * The counts before the rest's marker: the first written as a part of the group before ('287 of them'), and
 * no other quantity there but the later parts of its list, each told in the same way as the first: after the
 * same preposition ('improved on 22 of them and got worse on two;', 'went down in six of them and up in
 * four;') or, for a first part with none, right after a clause break with its verb left out ('14 of them were
 * good and 16 adequate;'). Undefined when a figure there cannot be placed.
 */
/** A quantifier of the group before opening the sentence, and the bracket of its count: 'Almost all of them ('. */
const QUANTIFIER_OF_THEM = new RegExp(String.raw`^\s*(?:${SHARE_OPENING_WORDS})\s+of\s+(?:them|these|those)\s*\(\s*$`, 'i');

function leadPartsOfThem(lead: string, toks: readonly Tok[], markStart: number, whole: Tok, wholeNoun?: string, wholeOf?: string): Tok[] | undefined {
  const before = toks.filter((t) => t.end <= markStart && !t.notCount);
  const k = before[0];
  // ('Seven of the reports …' after '14 inspection reports': the group named again by its own noun.)
  const ofNamed = OF_THE_NOUN.exec(lead.slice(k?.end ?? 0, (k?.end ?? 0) + 40));
  // ('in 20 of the centres' after '27 inspection reports on residential centres': one report a centre, `RECORD_OF`.)
  const named = !!ofNamed && [wholeNoun, wholeOf].some((w) => w !== undefined && singular(ofNamed[1]!.toLowerCase()) === singular(w.toLowerCase()));
  // 'Almost all of them (49) rated it good; the remaining 3 …': a quantifier 'of them' opening the sentence, its
  // count in the bracket after it, is the first part.
  if (k && k.kind === 'num' && !k.hedge && k.value < whole.value && QUANTIFIER_OF_THEM.test(lead.slice(0, k.start)) && /^\s*\)/.test(lead.slice(k.end)) && !toks.some((t) => t !== k && t.end <= markStart && t.kind !== 'num')) {
    const later = before.slice(1).filter((t) => depthAt(lead, t.start) === 0);
    return later.length === 0 ? [k] : undefined;
  }
  if (!k || k.kind !== 'num' || !plainCount(lead, k) || k.value >= whole.value || !(OF_BACK_AFTER.test(lead.slice(k.end, k.end + 24)) || named)) return undefined;
  const prepOf = (t: Tok) => PREP_BEFORE.exec(lead.slice(Math.max(0, t.start - 24), t.start))?.[1]?.toLowerCase();
  const firstPrep = prepOf(k);
  const parts: Tok[] = [k];
  for (const t of before.slice(1)) {
    // A share in brackets is about the part ('287 of them had been audited (70%)').
    if (t.kind !== 'num' && depthAt(lead, t.start) > 0) continue;
    // A share or fraction in apposition to it ('Nine of them, three-quarters, are …'; 'Twenty of them – almost three
    // quarters – found …', its hedge before it).
    if (t.kind !== 'num' && /^\s+(?:of|out\s+of)\s+(?:them|these|those)\s*(?:,|[\u2013\u2014]|\s-)\s*(?:(?:almost|nearly|about|around|roughly|some|just|over|under|more|less|than|fewer)\s+){0,3}$/i.test(lead.slice(k.end, t.start))) continue;
    if (t.kind !== 'num' || depthAt(lead, t.start) > 0) return undefined;
    // What the part's cases have ('Four of those homes received two warnings') is no other part.
    const last = parts[parts.length - 1]!;
    // A part of the part before ('allowed 20 of them in full, 15 of those with costs; the other 30 …') is left
    // out, as in `readOne`; one larger than it cannot be placed.
    if (OF_BACK_AFTER.test(lead.slice(t.end, t.end + 24))) {
      if (t.value < last.value) continue;
      return undefined;
    }
    if (countOfAPart(lead, last, t)) continue;
    // A later part of the list, told as the first was: after the same preposition, or gapped after a clause break.
    const gap = lead.slice(last.end, t.start);
    const sameWay = firstPrep !== undefined ? prepOf(t) === firstPrep && /(?:,|\band|\bwhile|\bwhereas|\bbut)\s/i.test(gap) : LIST_GAP_END.test(gap);
    if (sameWay && plainCount(lead, t) && !/[;:.()]/.test(gap) && !NOT_PART_AFTER.test(lead.slice(t.end, t.end + 24)) && !/^\s+(?:more|fewer|times)\b/i.test(lead.slice(t.end, t.end + 10))) {
      parts.push(t);
      continue;
    }
    // An object of a preposition ('are full inspections of all 18 outcomes') is no other part.
    if (/\b(?:of|against|on|with|across)\s+(?:all\s+(?:the\s+)?|the\s+)?$/i.test(lead.slice(Math.max(0, t.start - 16), t.start)) && /^\s+[a-z]/i.test(lead.slice(t.end, t.end + 4))) continue;
    return undefined;
  }
  return parts;
}

/**
 * 'The service received 58 complaints and answered 49 of them on time; the other 11 took longer.': a rest after
 * a semicolon, read as if the clause before were the sentence before (the pair and its whole there), when
 * nothing in its own sentence gave it a reading.
 */
function restAfterSemicolon(s: SentenceView, rest: Tok): ClaimRecord[] | undefined {
  const semi = s.text.lastIndexOf(';', rest.start);
  if (semi < 0) return undefined;
  const headToks = s.toks.filter((t) => t.end <= semi);
  if (headToks.length < 2) return undefined;
  const tailText = s.text.slice(semi + 1);
  const view: SentenceView = { ...s, text: tailText, toks: tokensOf(tailText), offset: s.offset + semi + 1, previous: [{ text: s.text.slice(0, semi), toks: headToks, offset: s.offset }] };
  const r = view.toks.find((t) => t.start === rest.start - semi - 1);
  if (!r) return undefined;
  const got = readOne(view, r) ?? restOfPairBefore(view, r);
  return got && got.length > 0 ? got : undefined;
}

function readOne(s: SentenceView, rest: Tok, beforeOnly = false, asList = false): ClaimRecord[] | undefined {
  const text = s.text;
  const here = { text, offset: s.offset };
  const restAt: Located = { tok: rest, sentence: here };
  // The rest's marker starts here (for 'of the remaining seven, three …').
  // ('In the 9 remaining cases': the marker is the article before the rest and the word after it.)
  const markStart = rest.start - (/(?:\bthe\s+(?:remaining|others|other|outstanding|rest|remainder|balance)|\bleaving|\b(?:this|that|which|it)\s+(?:left|leaves))[^]*$/i.exec(text.slice(Math.max(0, rest.start - 40), rest.start))?.[0].length ?? (/\bthe\s+$/i.test(text.slice(Math.max(0, rest.start - 5), rest.start)) && REST_AFTER.test(text.slice(rest.end, rest.end + 20)) ? /\bthe\s+$/i.exec(text.slice(Math.max(0, rest.start - 5), rest.start))![0].length : 0));
  let whole: Located | undefined;
  let parts: Located[] = [];
  let strong = false;
  let clean = true;
  // The parts may overlap, so that only a shortfall of the whole is certain.
  let excessOpen = false;
  // The one count of the sentence before read as the whole may be the first part of a list of the whole two back
  // (`asList`: 'We made 14 recommendations. By this inspection, nine had been completed. Four were in progress and
  // the remaining two …'): that reading is tried when this one does not fit.
  let listReading = false;
  // 'Of them, 151 … and 38 …; the remaining 35 …' after a sentence that counts one group: that group is the
  // whole, not a count of this sentence ('38 in children's homes;' is a part).
  const prev0 = s.previous?.[s.previous.length - 1];
  const prevOne = prev0 ? prev0.toks.filter((t) => plainCount(prev0.text, t) && depthAt(prev0.text, t.start) === 0) : [];
  const backToOne0 = !!prev0 && BACK_OPEN.test(text) && prevOne.length === 1 && prev0.toks.every((t) => t.kind === 'num') && isPopulation(prev0.text, prevOne[0]!);
  // 'HIQA carried out 758 inspections of 549 nursing homes. Of these inspections, 440 …; the remaining 318 …':
  // the one count of the sentence before whose noun 'these' names.
  const backNamed = prev0 && !backToOne0 ? BACK_OPEN_NAMED.exec(text) : null;
  const namedNoun = backNamed ? singular(backNamed[1]!.toLowerCase()) : undefined;
  const namedToks = namedNoun ? prevOne.filter((t) => { const n = nounAfter(prev0!.text, t.end); return n !== undefined && singular(n) === namedNoun; }) : [];
  const backTok = backToOne0 ? prevOne[0] : namedToks.length === 1 && prev0!.toks.every((t) => t.kind === 'num') ? namedToks[0] : undefined;
  const backToOne = backTok !== undefined;
  const backLen = backToOne0 ? BACK_OPEN.exec(text)![0].length : backNamed ? backNamed[0].length : 0;
  const w0 = backToOne || beforeOnly ? undefined : wholeIn(text, s.toks, markStart);
  // A whole read only from the noun after it ('Only 11 complied with every feature, 21 …') is no whole when a
  // count comes before it in the sentence ('Twelve were inadequate and 80 required improvement, and the other
  // 46 …': the 80 is a part), or when a part or the rest is as large as it: the list is of a whole before.
  const notFirst = (x: Whole) => s.toks.find((t) => t.kind === 'num' && !t.notCount) !== x.tok && !pairWhole(text, s.toks, x.tok);
  const w =
    w0 && !w0.strong && !w0.of && !pairWhole(text, s.toks, w0.tok) && (notFirst(w0) || s.toks.some((t) => t.start >= w0.from && t.start <= rest.start && plainCount(text, t) && depthAt(text, t.start) === depthAt(text, w0.tok.start) && t.value >= w0.tok.value))
      ? undefined
      : // 'Ten were good and 14 reasonably good; the others, 14, …': a count before a semicolon with counts before it and none after is a part.
        w0 && !w0.of && notFirst(w0) && !s.toks.some((t) => t.start >= w0.from && t.end <= markStart && plainCount(text, t))
        ? undefined
        : // 'In 180 the response was timely; a further 70 were late, and the remaining 60 …': a part 'a further'
          // carries on is no part of the count before it; that count is a part too.
          w0 && !w0.of && !pairWhole(text, s.toks, w0.tok) && afterFurther(text, s.toks, w0.from, markStart)
          ? undefined
          : w0;
  // A whole with no parts after it ('We published 39 on our website; the other five …') is a part of the sentence before's whole.
  const wp = w ? partsIn(text, s.toks, w.from, markStart) : undefined;
  if (w && !(wp && wp.parts.length === 0 && s.toks[0] === w.tok)) {
    const p = wp;
    if (!p) return undefined;
    whole = { tok: w.tok, sentence: here };
    parts = p.parts.map((tok) => ({ tok, sentence: here }));
    strong = w.strong;
    clean = p.clean;
    // 'spoke to 40 prisoners, 25 of whom were positive, while the other 17 …': the first part names the whole
    // it is of, and the rest is the rest of that whole.
    if (!strong && parts.length > 0 && OF_BACK_AFTER.test(text.slice(parts[0]!.tok.end, parts[0]!.tok.end + 24)) && /\bthe\s+(?:remaining|other)\s*$/i.test(text.slice(Math.max(0, rest.start - 20), rest.start))) strong = true;
    // 'We met 12 relatives and carers, of whom 9 said …; the remaining 5 wanted …': the one part after ', of whom'
    // right after the whole and its noun phrase, and the rest closing it.
    if (!strong && parts.length === 1 && /^\s+[a-z][\w'-]*(?:\s+(?:and|or)?\s*[a-z][\w'-]*){0,3}\s*,\s*of\s+(?:whom|which)\s+(?:only\s+|just\s+)?$/i.test(text.slice(w.tok.end, parts[0]!.tok.start)) && /\bthe\s+(?:remaining|other)\s*$/i.test(text.slice(Math.max(0, rest.start - 20), rest.start))) strong = true;
    // 'The panel heard 73 cases, upholding 41 and rejecting the other 30': participles right after the whole
    // say what became of it, and the rest closes them.
    if (!strong && parts.length > 0 && text[w.from - 1] === ',' && /^\s*[a-z]{3,}ing\s+$/i.test(text.slice(w.from, parts[0]!.tok.start)) && /\bthe\s+(?:remaining|other)\s*$/i.test(text.slice(Math.max(0, rest.start - 20), rest.start)) && /(?:^|\s)[a-z]{3,}ing\s+(?:the\s+(?:remaining|other)\s*)$/i.test(text.slice(Math.max(0, rest.start - 40), rest.start))) strong = true;
    // 'Three of the five rated inadequate …; the other three …': the whole is the total of a pair, its
    // part the pair's count, and the rest is the rest of it (a partition, since the pair names both).
    const wi = s.toks.indexOf(w.tok);
    const pk = wi > 0 ? s.toks[wi - 1] : undefined;
    if (parts.length === 0 && pk && plainCount(text, pk) && /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$/i.test(text.slice(pk.end, w.tok.start)) && pk.value <= w.tok.value) {
      // 'All but two of the 26 homes …; the other two …': the part is the 24 the pair leaves.
      const allBut = /\ball\s+(?:but|except(?:\s+for)?)\s+$/i.test(text.slice(Math.max(0, pk.start - 16), pk.start));
      parts = [{ tok: allBut ? { ...pk, value: w.tok.value - pk.value, raw: `all but ${pk.raw}` } : pk, sentence: here }];
      strong = true;
    } else if (clean && pk && plainCount(text, pk) && s.toks.indexOf(pk) === 0 && /^\s+(?:of|out\s+of)\s+the\s+$/i.test(text.slice(pk.end, w.tok.start)) && pk.value <= w.tok.value && parts.every((p) => FURTHER_BEFORE.test(text.slice(Math.max(0, p.tok.start - 16), p.tok.start))) && /\bthe\s+(?:remaining|other)\s*$/i.test(text.slice(Math.max(0, rest.start - 20), rest.start))) {
      // 'Thirty-eight of the 60 premises had …, a further 15 had …, and the other seven …': the pair opens the
      // sentence, 'a further' adds to its count, and the rest closes the pair's whole.
      parts = [{ tok: pk, sentence: here }, ...parts];
      strong = true;
    }
  } else {
    // The whole (and perhaps parts) in the sentence before: '39 forces were inspected. 20 were …';
    // 'Of the 22 orders, only 14 were completed. This left eight.'
    const prev: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
    if (!prev) return undefined;
    const lead = text.slice(0, markStart);
    const opens = REST_OPENS.test(text.slice(markStart));
    const prevCounts = prev.toks.filter((t) => plainCount(prev.text, t) && depthAt(prev.text, t.start) === 0);
    // The sentence before's counts less the parts of its first count ('Twenty of them …, and in 10 of those …').
    const prevOwn = prevCounts.filter((t, i) => i === 0 || !(t.value < prevCounts[0]!.value && OF_BACK_AFTER.test(prev.text.slice(t.end, t.end + 24))));
    // ('In 140 the paperwork was complete; in a further 40 …': a count that 'a further' carries on is a part, not the whole.)
    const pw0 = wholeIn(prev.text, prev.toks, prev.text.length);
    const pw1 = pw0 && !pw0.of && afterFurther(prev.text, prev.toks, pw0.from, prev.text.length) ? undefined : pw0;
    // 'We sampled 60 plans. Forty-one were current; 13 had not been reviewed. The other eight had lapsed.': a bare
    // count opening the sentence before, after a sentence that counts one group, is that group's first part, not a
    // whole of the counts after it; the list of the sentence between is of the whole two back (`listTwoBack`).
    const listBetween = (t: Tok) => prevCounts.length >= 2 && t === prevCounts[0] && t.start <= 4 && !pw1?.of && !prev.text.slice(t.end, pw1?.from ?? t.end).includes(':') && prev.toks.filter((x) => !timeFigure(x)).length === prevCounts.length && listTwoBack(s, prev, prevCounts) !== undefined;
    const pw = pw1 && opens && lead.trim() === '' && listBetween(pw1.tok) ? undefined : pw1;
    const there = { text: prev.text, offset: prev.offset };
    const backOpen = BACK_OPEN.exec(prev.text);
    const ppWhole = backOpen ? wholeTwoBack(s) : undefined;
    const pair = pairIn(prev.text, prev.toks, true);
    // 'Of the 40 cases, 25 were good. A further 8 were adequate. The remaining 9 were poor.': the list carried
    // on by 'A further' in the sentence between.
    const pp = FURTHER_OPEN.test(prev.text) && s.previous && s.previous.length >= 2 ? s.previous[s.previous.length - 2]! : undefined;
    const ppw = pp ? wholeIn(pp.text, pp.toks, pp.text.length) : undefined;
    // 'HMICFRS inspected 43 forces. Of these, 11 were outstanding. A further 20 were good. The remaining 13 …':
    // the list opened by 'Of these,' and carried on by 'A further', its whole the one count before it.
    const ppBack = pp && !ppw ? BACK_OPEN.exec(pp.text) : null;
    const ppp = ppBack && s.previous && s.previous.length >= 3 ? s.previous[s.previous.length - 3]! : undefined;
    const pppCounts = ppp ? ppp.toks.filter((t) => t.kind === 'num' && !t.notCount) : [];
    if (opens && lead.trim() === '' && pp && ppBack && ppp && pppCounts.length === 1 && plainCount(ppp.text, pppCounts[0]!) && depthAt(ppp.text, pppCounts[0]!.start) === 0 && ppp.toks.every((t) => t.kind === 'num')) {
      const p1 = partsIn(pp.text, pp.toks, ppBack[0].length, pp.text.length);
      const p2 = partsIn(prev.text, prev.toks, 0, prev.text.length);
      if (!p1 || !p2 || p1.parts.length === 0 || p2.parts.length === 0) return undefined;
      const ppAt = { text: pp.text, offset: pp.offset };
      whole = { tok: pppCounts[0]!, sentence: { text: ppp.text, offset: ppp.offset } };
      parts = [...p1.parts.map((tok) => ({ tok, sentence: ppAt })), ...p2.parts.map((tok) => ({ tok, sentence: there }))];
      strong = !YET_TO_COME.test(text.slice(rest.end));
      clean = p1.clean && p2.clean;
    } else if (opens && lead.trim() === '' && pp && ppw) {
      const p1 = partsIn(pp.text, pp.toks, ppw.from, pp.text.length);
      const p2 = partsIn(prev.text, prev.toks, 0, prev.text.length);
      if (!p1 || !p2 || p1.parts.length === 0 || p2.parts.length === 0) return undefined;
      const ppAt = { text: pp.text, offset: pp.offset };
      whole = { tok: ppw.tok, sentence: ppAt };
      parts = [...p1.parts.map((tok) => ({ tok, sentence: ppAt })), ...p2.parts.map((tok) => ({ tok, sentence: there }))];
      strong = ppw.strong && !YET_TO_COME.test(text.slice(rest.end));
      clean = p1.clean && p2.clean;
    } else if (opens && (lead.trim() === '' || BACK_REST_LEAD.test(lead)) && backOpen && ppWhole) {
      // 'We made 120 recommendations. Of these, 71 had been achieved and 23 partly achieved. The remaining
      // 28 …': the whole is the one count of the sentence two back, its parts listed after 'Of these,'.
      const p = partsIn(prev.text, prev.toks, backOpen[0].length, prev.text.length);
      if (!p || p.parts.length === 0 || p.parts.some((t) => t.value >= ppWhole.tok.value)) return undefined;
      whole = { tok: ppWhole.tok, sentence: { text: ppWhole.text, offset: ppWhole.offset } };
      parts = p.parts.map((tok) => ({ tok, sentence: there }));
      strong = !YET_TO_COME.test(text.slice(rest.end));
      clean = p.clean;
    } else if (pair && /^\s*(?:another|a\s+further)\s/i.test(text) && partsIn(text, s.toks, 0, markStart)?.parts.length) {
      // 'looked at 4,732 complaints and investigated 421 of them. Another 759 were resolved …, while in the
      // remaining 3,525 …': the pair of the sentence before, the parts carried on by 'Another', and the rest.
      const q = partsIn(text, s.toks, 0, markStart)!;
      whole = { tok: pair.n, sentence: there };
      parts = [{ tok: pair.k, sentence: there }, ...q.parts.map((tok) => ({ tok, sentence: here }))];
      strong = !YET_TO_COME.test(text.slice(rest.end));
      clean = q.clean;
    } else if (backToOne && partsIn(text, s.toks, backLen, markStart)?.parts.length) {
      // 'The authority had 214 children in its care. Of them, 151 lived with foster carers and 38 in children's
      // homes; the remaining 35 …': the one group of the sentence before, its parts after 'Of them,', and the rest.
      const p = partsIn(text, s.toks, backLen, markStart)!;
      whole = { tok: backTok!, sentence: there };
      parts = p.parts.map((tok) => ({ tok, sentence: here }));
      strong = !YET_TO_COME.test(text.slice(rest.end));
      clean = p.clean;
    } else if (prevCounts.length === 1 && prev.toks.every((t) => t.kind === 'num') && isPopulation(prev.text, prevCounts[0]!) && leadPartsOfThem(lead, s.toks, markStart, prevCounts[0]!, nounAfter(prev.text, prevCounts[0]!.end), RECORD_OF.exec(prev.text.slice(prevCounts[0]!.end, prevCounts[0]!.end + 80))?.[1])) {
      // 'The service has identified 412 premises … . By January, 287 of them had been audited (70%); the
      // remaining 135 …': the one count of the sentence before, a part of it 'of them', and the rest.
      whole = { tok: prevCounts[0]!, sentence: there };
      parts = leadPartsOfThem(lead, s.toks, markStart, prevCounts[0]!, nounAfter(prev.text, prevCounts[0]!.end), RECORD_OF.exec(prev.text.slice(prevCounts[0]!.end, prevCounts[0]!.end + 80))?.[1])!.map((tok) => ({ tok, sentence: here }));
      strong = !YET_TO_COME.test(text.slice(rest.end));
      // ('… 22 of them and at least 3 …': a loose word among several parts leaves the list open.)
      // ('… had a plan and 16 had an assessment; the remaining 17 had neither': the rest is of the parts' union.)
      if (parts.length > 1) clean = !looseList(lead.slice(parts[0]!.tok.start)) && !overlapSaid(text, parts[0]!.tok.end);
      // Parts that say what their cases have or did may overlap, whatever their verbs: only a shortfall is certain.
      if (parts.length > 1 && parts.some((p) => ATTRIBUTE_AFTER.test(predicateAfter(text, p.tok.end).replace(/^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i, '').slice(0, 24)))) excessOpen = true;
    } else if (prevCounts.length === 0 && prevHedged(prev) && isPopulation(prev.text, prevHedged(prev)!) && leadPartsOfThem(lead, s.toks, markStart, prevHedged(prev)!)) {
      // '… warnings to some 29 homes. Four of those homes …, and the remaining 25 …': a whole given roughly
      // may be confirmed by its part and its rest, never reported.
      whole = { tok: prevHedged(prev)!, sentence: there };
      parts = leadPartsOfThem(lead, s.toks, markStart, prevHedged(prev)!)!.map((tok) => ({ tok, sentence: here }));
      strong = false;
    } else if (pw && (opens || lead.trim() === '')) {
      const p = partsIn(prev.text, prev.toks, pw.from, prev.text.length);
      if (!p || p.parts.length === 0) return undefined;
      const q = partsIn(text, s.toks, 0, markStart);
      if (!q) return undefined;
      whole = { tok: pw.tok, sentence: there };
      parts = [...p.parts.map((tok) => ({ tok, sentence: there })), ...q.parts.map((tok) => ({ tok, sentence: here }))];
      // ('… carried out 214 inspections …, 171 of them unannounced. The remaining 33 …': the whole's only
      // part is 'k of them', and this sentence adds none: the pair and its rest, as below.)
      // (Or with words before the rest that name its whole's own noun: '768 cases in all, 518 of them court disposals.
      // Assessment was weaker in the remaining 240 out-of-court cases.')
      const restNoun1 = nounAfter(text, rest.end);
      const wholeNoun1 = nounAfter(prev.text, pw.tok.end);
      const restNamesWhole = restNoun1 !== undefined && wholeNoun1 !== undefined && /[a-z]s$/.test(restNoun1) && restNoun1.replace(/s$/, '') === wholeNoun1.replace(/s$/, '') && !/[;:]/.test(lead);
      const pairOnly = !!pair && pair.n === pw.tok && p.parts.length === 1 && p.parts[0] === pair.k && q.parts.length === 0 && opens && (lead.trim() === '' || restNamesWhole);
      // ('29 recommendations were made, and 15 of them have been achieved. Two are no longer relevant, and … the
      // remaining 14': the pair, one more part opening this sentence bare with its verb of being, and the rest.)
      const q0 = q.parts[0];
      const pairAndOne = !!pair && pair.n === pw.tok && p.parts.length === 1 && p.parts[0] === pair.k && q.parts.length === 1 && s.toks.find((t) => t.kind !== 'num' || !t.notCount) === q0 && q0!.start <= 4 && /^\s+(?:are|were|is|was|have|had|has)\b/i.test(text.slice(q0!.end, q0!.end + 8)) && /\bthe\s+(?:remaining|other)\s*$/i.test(text.slice(Math.max(0, rest.start - 20), rest.start));
      strong = pw.strong || ((pairOnly || pairAndOne) && !YET_TO_COME.test(text.slice(rest.end)));
      clean = p.clean && q.clean;
    } else if (opens && FRAME_LEAD.test(lead) && runningLedger(s)) {
      // 'We made 120 recommendations. At this visit, 70 had been achieved. A further 30 had been partly
      // achieved. The remaining 25 …': the running population of the finding, its whole and the parts counted since.
      const l = runningLedger(s)!;
      whole = l.whole;
      parts = l.parts;
      strong = l.strong && !YET_TO_COME.test(text.slice(rest.end));
      clean = l.clean;
    } else if (opens && FRAME_LEAD.test(lead) && prevCounts.length === 1 && apposedToShareWord(prev, prevCounts[0]!) && twoBack(s, prevCounts[0]!)) {
      // 'There were 5,860 releases. Just over half, 3,143 or 54%, were to settled accommodation. For the remaining
      // 2,717 (46%), …': a word share of the group opening the sentence between, its count set off after it.
      const pp = twoBack(s, prevCounts[0]!)!;
      whole = { tok: pp.tok, sentence: { text: pp.text, offset: pp.offset } };
      parts = [{ tok: prevCounts[0]!, sentence: there }];
      strong = !YET_TO_COME.test(text.slice(rest.end));
    } else if (opens && FRAME_LEAD.test(lead) && prevOwn.length === 1 && prev.toks.length === prevCounts.length && twoBack(s, prevOwn[0]!)) {
      // 'We published 19 reports. In 13 of them … . The other six …': the whole two sentences back,
      // its one part in the sentence before, each the one count of its sentence.
      const pp = twoBack(s, prevOwn[0]!)!;
      whole = { tok: pp.tok, sentence: { text: pp.text, offset: pp.offset } };
      parts = [{ tok: prevOwn[0]!, sentence: there }];
      // Judged only when the part names the whole's group ('19 reports. 13 reports …'): a count of
      // another noun between them ('Inspectors spoke to 12 residents') may be no part at all.
      const partNoun = nounAfter(prev.text, prevOwn[0]!.end);
      const wholeNoun = nounAfter(pp.text, pp.tok.end);
      // The same noun, not merely a kindred one ('residents' and 'reports' both count cases); or a part
      // written 'Twenty of them', of the one group the sentence before it counts.
      strong =
        (partNoun !== undefined && wholeNoun !== undefined && partNoun.replace(/s$/, '') === wholeNoun.replace(/s$/, '')) ||
        (prev.toks[0] === prevOwn[0] && OF_BACK_AFTER.test(prev.text.slice(prevOwn[0]!.end, prevOwn[0]!.end + 24))) ||
        // 'We reviewed 54 files. Thirty had a plan. Of the other 25, …': a bare part opening its sentence, with a
        // verb after it, is of the group just counted.
        (prevOwn[0]!.start <= 4 && prev.toks[0] === prevOwn[0] && /^\s+(?:were|was|had|have|has|are|is|did|[a-z]{3,}ed)\b/i.test(prev.text.slice(prevOwn[0]!.end, prevOwn[0]!.end + 16))) ||
        // 'We examined 31 cases. In 27 the prosecution had served … . The other three …': 'In k' opening its sentence,
        // its noun left out (a subject of its own, or a comma, right after it), counts cases of the group just counted.
        (prev.toks[0] === prevOwn[0] && /^\s*in\s+$/i.test(prev.text.slice(0, prevOwn[0]!.start)) && IN_K_NO_NOUN.test(prev.text.slice(prevOwn[0]!.end, prevOwn[0]!.end + 12)));
      // Or the rest repeats the whole's noun ('19 reports. In 13 centres … . The other six reports …') and the
      // part is where something was found ('in 13 centres'): one report to a centre, the rest the others of the 19.
      const restNoun0 = nounAfter(text, rest.end);
      if (!strong && restNoun0 !== undefined && wholeNoun !== undefined && restNoun0.replace(/s$/, '') === wholeNoun.replace(/s$/, '') && /(?:^|\s)in\s+$/i.test(prev.text.slice(Math.max(0, prevCounts[0]!.start - 4), prevCounts[0]!.start)) && partNoun !== undefined && /[a-z]s$/.test(partNoun)) strong = true;
    } else if (opens && (lead.trim() === '' || FRAME_LEAD.test(lead)) && pair) {
      // 'Ofsted inspected 43 services and found only 10 of them good. The remaining 33 …': the pair of the
      // sentence before (its only two counts) is the whole and its part.
      whole = { tok: pair.n, sentence: there };
      parts = [{ tok: pair.k, sentence: there }];
      // ('… found 10 of them good. The remaining 8 homes will be inspected next year': the rest of a wider programme.)
      strong = !YET_TO_COME.test(text.slice(rest.end));
    } else if (opens && (FRAME_LEAD.test(lead) || parallelLead(lead, prev.text)) && prevCounts.length >= 2 && prev.toks.filter((t) => !timeFigure(t)).length === prevCounts.length && listTwoBack(s, prev, prevCounts)) {
      // (A duration, year or date in the list's sentence is no count: '13 had not been reviewed in the last six months'.)
      // 'The panel heard 90 appeals. It allowed 41 and dismissed 38. The remaining 13 were withdrawn.': the
      // one count two sentences back is the whole, the list of the sentence between its parts.
      const l = listTwoBack(s, prev, prevCounts)!;
      whole = { tok: l.whole.tok, sentence: { text: l.whole.text, offset: l.whole.offset } };
      parts = l.parts.map((tok) => ({ tok, sentence: there }));
      strong = l.strong && !YET_TO_COME.test(text.slice(rest.end));
      clean = l.clean;
    } else if ((FURTHER_LEAD.test(firstLead(text, s.toks, markStart)) || parallelFrame(firstLead(text, s.toks, markStart), text, prev, prevCounts)) && prevCounts.length === 1 && prev.toks.filter((t) => !timeFigure(t)).length === 1) {
      // ('In 22, the review was held within 24 hours. Another 8 …': a time in the part's clause is no count.)
      // 'Inspectors visited 52 homes. In 30 the care was good. In a further 12 it required improvement, and in
      // the remaining 10 …': 'a further' carries on the list the sentence before opened, so its one count is a
      // part; the whole is the one count two sentences back.
      const pp = twoBack(s, prevCounts[0]!);
      const q = partsIn(text, s.toks, 0, markStart);
      if (!pp || !q || q.parts.length === 0) return undefined;
      whole = { tok: pp.tok, sentence: { text: pp.text, offset: pp.offset } };
      parts = [{ tok: prevCounts[0]!, sentence: there }, ...q.parts.map((tok) => ({ tok, sentence: here }))];
      const k = prevCounts[0]!;
      const partNoun = nounAfter(prev.text, k.end);
      strong = (k.start <= 4 || LEAD.test(prev.text.slice(0, k.start))) && (!partNoun || verbForm(partNoun) || sameGroup(nounAfter(pp.text, pp.tok.end), partNoun)) && !YET_TO_COME.test(text.slice(rest.end));
      clean = q.clean;
    } else if (opens && FRAME_LEAD.test(lead) && partOfThemBefore(s, prev)) {
      // 'We reviewed 84 case files. The assessment was sufficient in 51 of them (61%). In the other 33, …': the one
      // part 'of them' in the sentence between, of the one count two back, and the rest opening this sentence.
      const ob = partOfThemBefore(s, prev)!;
      whole = { tok: ob.n.tok, sentence: { text: ob.n.text, offset: ob.n.offset } };
      parts = [{ tok: ob.k, sentence: there }];
      strong = !YET_TO_COME.test(text.slice(rest.end));
    } else if (prevCases(prev, prevCounts).length === 1 && prev.toks.filter((t) => !t.notCount).length - (prevCounts.length - prevCases(prev, prevCounts).length) === 1) {
      // ('In a further 12 …' carries on a list: the one count before is a part, not the whole.)
      if (FURTHER_LEAD.test(firstLead(text, s.toks, markStart))) return undefined;
      // ('… 30 prisons in two rounds. The first round covered 18 …': the rounds are no whole of the prisons.)
      const cases = prevCases(prev, prevCounts);
      // ('48 visits. At 30 the provider was … . At 12 progress was …, and at the other six …': a count that opens
      // the sentence before after a frame's preposition is a part of the count two back, no whole of its own.)
      if (PREP_OPEN.test(prev.text.slice(0, cases[0]!.start)) && twoBack(s, cases[0]!)) return undefined;
      // The one count of the sentence before (a year or date beside it is no count) is the whole; this
      // sentence lists its parts from its start, or after a short subject and verb ('They upheld 947, …').
      const q = partsIn(text, s.toks, 0, markStart);
      if (!q || q.parts.length === 0 || s.toks.find((t) => !t.notCount) !== q.parts[0]) return undefined;
      const first = q.parts[0]!;
      // A short subject and verb ('They upheld 947'), or a short opening phrase and a comma ('At the second, 40 …').
      // ('It found maladministration in 268, no maladministration in 107 and, in the remaining 47, …': a finding and
      // its denial in cases of the whole, each 'in k', then the rest.)
      const found = foundAndDenied(text, q.parts, rest);
      // (The whole an object of a preposition too, 'assessed … against 18 regulations', 'rated on 12 standards': the
      // things the predicates sort, not a count of places or people visited, '18 centres', which may be another group.)
      const prepParts = parallelPrepParts(text, q.parts, rest, markStart) && /\b(?:against|on|in|across|for|with)\s+(?:all\s+|the\s+|its\s+|their\s+)?$/i.test(prev.text.slice(Math.max(0, cases[0]!.start - 24), cases[0]!.start));
      if (first.start > 4 && !LEAD.test(text.slice(0, first.start)) && !OPENING.test(text.slice(0, first.start)) && !ORDINAL_LEAD.test(text.slice(0, first.start)) && !TIME_LEAD.test(text.slice(0, first.start)) && !found && !prepParts) return undefined;
      // ('We made 14 recommendations. By this inspection, nine had been completed. Four were in progress and the
      // remaining two had not been started.': a bare count opening the sentence before, after the one group
      // counted two back and with no 'of them' of its own, may be that group's first part.)
      const k0 = cases[0]!;
      const pp0 = twoBack(s, k0);
      const bareOpen = (k0.start <= 4 || OPENING.test(prev.text.slice(0, k0.start))) && !OF_BACK_AFTER.test(prev.text.slice(k0.end, k0.end + 24)) && /^\s+(?:had|has|have|were|was|are|is)\b/i.test(prev.text.slice(k0.end, k0.end + 8));
      listReading = !!pp0 && bareOpen && !asList;
      if (asList) {
        if (!pp0 || !bareOpen) return undefined;
        whole = { tok: pp0.tok, sentence: { text: pp0.text, offset: pp0.offset } };
        parts = [{ tok: k0, sentence: there }, ...q.parts.map((tok) => ({ tok, sentence: here }))];
      } else {
        whole = { tok: cases[0]!, sentence: there };
        parts = q.parts.map((tok) => ({ tok, sentence: here }));
      }
      // After a verb, the part must not name another group ('We interviewed 120 staff'): only then a partition.
      const wholeNoun = nounAfter(prev.text, whole.tok.end);
      const partNoun = nounAfter(text, first.end);
      // A verb after the part ('Only 11 complied with …', '80 required improvement') names no group.
      // Wherever it stands, a part that names another group by a plural noun ('Five managers' of '12 homes') is no partition;
      // an adverb alone before it ('Only 11 complied …') is no subject and verb.
      // ('45 fire and rescue services … 14 services': the part's noun closes the whole's longer name.)
      const inName = partNoun !== undefined && new RegExp(String.raw`^(?:\s+[a-z][\w'-]*){0,4}?\s+${singular(partNoun).replace(/[^\w-]/g, '')}s?\b`, 'i').test(prev.text.slice(whole.tok.end, whole.tok.end + 60));
      const otherGroup = partNoun !== undefined && (/[a-z]s$/.test(partNoun) || /^(?:children|people|men|women|staff)$/.test(partNoun)) && !verbForm(partNoun) && !sameGroup(wholeNoun, partNoun) && !inName;
      strong = found || prepParts || (!otherGroup && (first.start <= 4 || ADVERB_LEAD.test(text.slice(0, first.start)) || !partNoun || verbForm(partNoun) || sameGroup(wholeNoun, partNoun) || inName));
      clean = q.clean;
    } else return undefined;
  }
  if (!whole || parts.length === 0) return undefined;
  // 'Of the 40 children, 12 turned 18 … . … timely in five of these; in the remaining seven …':
  // a later part 'of these' is a part of the part before it, not another part of the whole.
  // Such a sub-part right after a larger part ('five of them were removed, two of those within a year; the
  // other nine …') is left out; any other 'of these' part makes the list unreadable.
  const subParts = parts.filter((p, i) => i > 0 && OF_BACK_AFTER.test(p.sentence.text.slice(p.tok.end, p.tok.end + 24)));
  if (subParts.some((p) => { const i = parts.indexOf(p); return !(parts[i - 1] && parts[i - 1]!.tok.value > p.tok.value && parts[i - 1]!.sentence === p.sentence); })) return undefined;
  if (subParts.length) parts = parts.filter((p) => !subParts.includes(p));
  // The rest must be of the same kind as the whole ('the remaining 312 files' of 'cases' may be; 'offices' of 'cases' may not).
  // Only a plural noun after the rest names its group ('the remaining 13 not achieved' names none; 'the
  // other 15 requires improvement' is a verb), and a mismatch only withholds the verdict.
  // A verb right after the rest ('the other 520 needed our recommendations') names no group: the nouns after it are its objects.
  const restWord = /^\s+([a-z][\w'-]*)/i.exec(text.slice(rest.end, rest.end + 30))?.[1]?.toLowerCase();
  // ('the 9 remaining staff': the noun after 'remaining', 'outstanding'.)
  const restEnd = rest.end + (/^\s+(?:remaining|outstanding)\b(?=\s+[a-z])/i.exec(text.slice(rest.end, rest.end + 16))?.[0].length ?? 0);
  const restNoun = restWord !== undefined && verbForm(restWord) ? undefined : nounAfter(text, restEnd);
  const named = restNoun !== undefined && ((/[a-z]s$/.test(restNoun) && !/(?:ss|us|is)$/.test(restNoun) && !VERB_S.test(restNoun)) || /^(?:children|people|men|women|staff)$/.test(restNoun));
  // '125 violent incidents – 88 of them assaults on staff, the remaining 27 fights –': the first part names
  // its kind after 'of them', so the noun after the rest is its kind too, not another group.
  const first = parts[0];
  const kindAt = first && first.sentence.text === text ? OF_BACK_AFTER.exec(text.slice(first.tok.end, first.tok.end + 24)) : null;
  const kindNoun = kindAt ? nounAfter(text, first!.tok.end + kindAt[0].length) : undefined;
  const kinds = kindNoun !== undefined && /[a-z]s$/.test(kindNoun) && /\bthe\s+(?:remaining|other)\s*$/i.test(text.slice(Math.max(0, rest.start - 20), rest.start));
  const same = !named || kinds || sameGroup(nounAfter(whole.sentence.text, whole.tok.end), restNoun);
  // Parts that say what their cases have, said or did ('Forty had a good library and 35 offered enough work,
  // and the other ten …') may overlap: the rest is of their union, so only a shortfall is certain.
  // (Two verbs, one of them such a verb; one verb over all the parts, 'had a plan, … had one in draft', answers one question.)
  const preds = parts.map((p) => predicateAfter(p.sentence.text, p.tok.end));
  const verbs = preds.map((x) => /^\s+(?:(?:partly|partially|fully|not|only|also|still|then|all)\s+)*([a-z]+)/i.exec(x)?.[1]?.toLowerCase()).filter((v): v is string => !!v && !/^(?:and|or|of|in|on|at|for|to|with|from|by|the|a|an)$/.test(v));
  // Parts that each said something ('40 said they felt safe and 35 said staff were respectful') may answer two
  // questions, unless a later one denies the first ('… and 15 said they did not').
  const sayings = parts.length >= 2 && verbs.length === parts.length && verbs.every((v) => SAYING.test(v)) && !parts.slice(1).some((p) => /\b(?:not|no|never|nor)\b|n't\b/i.test(p.sentence.text.slice(p.tok.end, p.tok.end + 40)));
  // Parts after 'a further' or 'another' are more cases, not the same ones again ('In 19 there was a plan, a
  // further four had one in draft'): a list whose every later part is so written cannot overlap.
  const furtherAll = parts.length >= 2 && parts.slice(1).every((p) => FURTHER_BEFORE.test(p.sentence.text.slice(Math.max(0, p.tok.start - 16), p.tok.start)));
  // Two parts, the second denying what the first has ('17 had a formal review …, in 5 a review was due but had
  // not been done'): the has and the has-not of one thing cannot overlap.
  const denied = parts.length === 2 && deniesFirst(preds[0]!, parts[1]!.sentence.text.slice(parts[1]!.tok.end, parts[1]!.tok.end + 48).split(/[,;.]/)[0]!);
  // One verb of having over two parts with different things had ('30 had a good garden and 12 had no activity
  // room'): two questions, so the parts may overlap; the same thing again ('had a plan … had no plan') or a word
  // pointing back ('had one in draft') is one question.
  const twoThings = parts.length >= 2 && !denied && verbs.length === parts.length && new Set(verbs).size === 1 && preds.every((x) => ATTRIBUTE_AFTER.test(x.slice(0, 24))) && preds.slice(1).every((x) => otherThing(preds[0]!, x));
  const overlapRisk = excessOpen || twoThings || (!furtherAll && !denied && (sayings || (parts.length >= 2 && new Set(verbs).size > 1 && preds.some((x) => ATTRIBUTE_AFTER.test(x.slice(0, 24))))));
  const used = parts.reduce((a, p) => a + p.tok.value, 0) + rest.value;
  // 'We inspected 40 homes. … the other 10 homes in the area were not inspected': a rest said not to have
  // what the whole has is of a wider group.
  const wholeVerb = /\b([a-z]{3,}ed)\s+(?:(?:a\s+total\s+of|all|the|some|only|just)\s+)?$/i.exec(whole.sentence.text.slice(Math.max(0, whole.tok.start - 40), whole.tok.start))?.[1];
  const wider = wholeVerb !== undefined && builtRegExp(String.raw`\bnot\s+(?:been\s+|yet\s+|be\s+)?${wholeVerb}\b`, 'i').test(text.slice(rest.end, rest.end + 80));
  // 'the other two we met': a rest narrowed by a clause of its own is some of the rest, not all of it. A rest as
  // large as its whole ('12 homes … . The other 30 homes in the region') is of a wider group.
  const fromAt = whole.sentence.text === text ? whole.tok.end : 0;
  const narrowed = SAMPLE_AFTER.test(text.slice(rest.end, rest.end + 40)) || rest.value >= whole.tok.value || UNCOUNTED_PART.test(text.slice(fromAt, markStart));
  const out: ClaimRecord[] = [sumClaim(whole, parts, restAt, strong && clean && same && !wider && !narrowed && !(overlapRisk && used > whole.tok.value))];
  // The list reading of the whole two back: kept when it fits and this one does not, or when both are wrong (it is
  // the one the sentences read as, and its fix is of the whole they count).
  if (listReading && out[0]!.verdict !== 'ok') {
    const other = readOne(s, rest, beforeOnly, true);
    const alt = other?.[0];
    if (alt && alt.kind === 'remainder' && (alt.verdict === 'ok' || (alt.verdict === 'inconsistent' && out[0]!.verdict === 'inconsistent'))) return other;
  }
  // 'this left 13 centres, or 42%, where …', 'the remaining 13 (42%)': the rest's own share, of the whole its
  // parts and it make exactly (only then is the whole certain), when no other reading took the share.
  if (out[0]!.verdict === 'ok') {
    // ('10 of the remaining 16 (63%)': the bracket is the share of the pair the rest closes, not the rest's own.)
    const share = PAIR_OF_REST_BEFORE.test(text.slice(Math.max(0, rest.start - 30), rest.start)) ? undefined : restShareOf(s, rest);
    if (share) out.push(judgeShare({ kind: 'percent-of', span: { start: s.offset + rest.start, end: s.offset + share.end } }, pctOfTok(share, s.offset), countOfTok(rest, s.offset), countOfTok(whole.tok, whole.sentence.offset), s.policy, [{ span: { start: whole.sentence.offset + whole.tok.start, end: whole.sentence.offset + whole.tok.end }, message: `the rest is of the ${whole.tok.raw}, which its parts and it make` }]));
    else {
      // 'The remaining 35 – about one in six – had been rejected.': a fraction or ratio set off after the rest.
      const w = restWordShare(s, rest, whole);
      if (w) out.push(w);
    }
  }
  // A whole of this sentence that does not frame its list ('Only 19 met every standard, 12 fell short …, and
  // the remaining eight …': the 19 may be a part) is one reading; the one count of the sentence before is
  // the other. Either that fits makes the list consistent; both failing, the reading before is judged.
  if (w && !w.strong && whole.sentence === here && out[0]!.verdict !== 'ok' && !beforeOnly) {
    const other = readOne(s, rest, true);
    const alt = other?.[0];
    if (alt && alt.kind === 'remainder' && alt.verdict !== 'unchecked') {
      if (alt.verdict === 'inconsistent') alt.arithmetic = `${alt.arithmetic}; nor does the ${w.tok.raw} of this sentence make a whole of it: ${out[0]!.arithmetic.replace(/ \(.*\)$/, '')}`;
      return other;
    }
  }
  // 'of the remaining seven, three had …': a part of the rest.
  if (/\bof\s+the\s+(?:remaining|other)\s+$/i.test(text.slice(Math.max(0, rest.start - 24), rest.start))) {
    const next = s.toks[s.toks.indexOf(rest) + 1];
    if (next && plainCount(text, next) && /^\s*,\s*(?:only\s+|just\s+)?$/.test(text.slice(rest.end, next.start))) {
      const k = operand('k', { tok: next, sentence: here });
      const n = operand('n', restAt);
      const span = { start: s.offset + markStart, end: s.offset + next.end };
      if (next.value <= rest.value) out.push({ kind: 'count-of', span, operands: [k, n], verdict: 'ok', arithmetic: `${next.value} of the remaining ${rest.value} ✓` });
      else out.push({ kind: 'count-of', span, operands: [k, n], verdict: 'inconsistent', rule: RULE.impossible, arithmetic: `${next.value} of ${rest.value}: the part is larger than the whole`, message: `${next.value} of the remaining ${rest.value} is more than the whole` });
    }
    // 'five of the remaining eight': the part before the rest.
    const ri = s.toks.indexOf(rest);
    const prevTok = ri > 0 ? s.toks[ri - 1] : undefined;
    if (prevTok && plainCount(text, prevTok) && /^\s+(?:of|out\s+of)\s+the\s+(?:remaining|other)\s+$/i.test(text.slice(prevTok.end, rest.start))) {
      const k = operand('k', { tok: prevTok, sentence: here });
      const n = operand('n', restAt);
      const span = { start: s.offset + prevTok.start, end: s.offset + rest.end };
      if (prevTok.value <= rest.value) out.push({ kind: 'count-of', span, operands: [k, n], verdict: 'ok', arithmetic: `${prevTok.value} of the remaining ${rest.value} ✓` });
      else out.push({ kind: 'count-of', span, operands: [k, n], verdict: 'inconsistent', rule: RULE.impossible, arithmetic: `${prevTok.value} of ${rest.value}: the part is larger than the whole`, message: `${prevTok.value} of the remaining ${rest.value} is more than the whole` });
    }
  }
  return out;
}

function sumClaim(whole: Located, parts: Located[], rest: Located, partition: boolean): ClaimRecord {
  const operands: Operand[] = [operand('n', whole), ...parts.map((p) => operand('k', p)), operand('c', rest)];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const used = parts.reduce((a, p) => a + p.tok.value, 0);
  const sum = used + rest.tok.value;
  const expr = `${[...parts, rest].map((p) => p.tok.value).join(' + ')} = ${sum}`;
  if (sum === whole.tok.value) return { kind: 'remainder', span, operands, verdict: 'ok', arithmetic: `${expr} = ${whole.tok.raw} ✓` };
  if (!partition) return { kind: 'remainder', span, operands, verdict: 'unchecked', arithmetic: `${expr}, not ${whole.tok.raw} (the list may not be all of the whole: not judged)` };
  const left = whole.tok.value - used;
  const c: CountIn = { value: rest.tok.value, raw: rest.tok.raw, span: operands[operands.length - 1]!.span };
  if (rest.tok.word) c.word = true;
  const claim: ClaimRecord = {
    kind: 'remainder',
    span,
    operands,
    verdict: 'inconsistent',
    rule: RULE.complementMismatch,
    arithmetic: `${expr}, not ${whole.tok.raw}`,
    message: left > 0 ? `the rest of ${whole.tok.value} after ${parts.map((p) => p.tok.value).join(' + ')} is ${left}, not ${rest.tok.value}: ${whole.tok.value} − ${used} = ${left}` : `the parts and the rest make ${sum}, not ${whole.tok.raw}: ${expr}`,
  };
  if (left > 0) claim.replacement = { span: c.span, newText: countText(c, left) };
  return claim;
}

/** The first words after a count, singular ('56 mental health NHS trusts in' → mental, health, nhs, trust). */
function nounWords(text: string, end: number): string[] {
  return (/^(?:\s+[A-Za-z][\w'-]*){1,5}/.exec(text.slice(end, end + 60))?.[0] ?? '').trim().toLowerCase().split(/\s+/).map((w) => w.replace(/s$/, ''));
}

/** A confirmed sum over figures of several sentences: the whole 'n', its parts 'k' and the rest 'c'. */
function confirmed(whole: Located, parts: Located[], rest: Located[], why: string): ClaimRecord {
  const operands: Operand[] = [operand('n', whole), ...parts.map((p) => operand('k', p)), ...rest.map((p) => operand('c', p))];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const expr = `${[...parts, ...rest].map((p) => p.tok.value).join(' + ')} = ${whole.tok.value}`;
  return { kind: 'remainder', span, operands, verdict: 'ok', arithmetic: `${expr} = ${whole.tok.raw} ✓ (${why}; a reading that holds, never reported otherwise)` };
}

/**
 * A rest whose whole is a pair counted some sentences before ('… inspections of all 56 trusts and has so far
 * rated 47 of them. [their grades]. Ratings for the remaining 9 trusts will follow.'): the rest of the pair.
 * Nothing ties the rest to that pair but the arithmetic, so this reading only ever confirms.
 */
function restOfPairBefore(s: SentenceView, rest: Tok): ClaimRecord[] | undefined {
  const prev = s.previous ?? [];
  const restNoun = nounAfter(s.text, rest.end);
  for (let i = prev.length - 1; i >= 0; i--) {
    const p = prev[i]!;
    const pair = pairIn(p.text, p.toks, false);
    if (!pair || pair.n.value - pair.k.value !== rest.value) continue;
    if (restNoun && /[a-z]s$/.test(restNoun) && !VERB_S.test(restNoun) && !sameGroup(nounAfter(p.text, pair.n.end), restNoun) && !nounWords(p.text, pair.n.end).includes(restNoun.replace(/s$/, ''))) continue;
    const there = { text: p.text, offset: p.offset };
    return [confirmed({ tok: pair.n, sentence: there }, [{ tok: pair.k, sentence: there }], [{ tok: rest, sentence: { text: s.text, offset: s.offset } }], 'the rest of the pair counted before')];
  }
  return undefined;
}

/** 'Of the six in England and Wales, …': a definite group that opens a sentence, named by where or what it is. */
const DEFINITE_OPEN = /^\s*(?:of|among|for|across)\s+the\s+$/i;

/**
 * 'This year 8 prisons emerged poorly. Two of these prisons are in Northern Ireland. Of the six in England and
 * Wales, …': a definite group opening a sentence after a part of the whole two sentences back is perhaps that
 * part's rest. Nothing says the two groups do not overlap ('in London', 'in England'), so this reading only
 * ever confirms.
 */
function definiteRest(s: SentenceView, already: readonly ClaimRecord[]): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  const first = s.toks[0];
  if (!prev || !first || !plainCount(s.text, first) || !DEFINITE_OPEN.test(s.text.slice(0, first.start))) return [];
  if (!/^\s+(?:[a-z][\w'-]*\s+){0,2}?(?:in|at|from|on|outside|run\s+by|with)\b/i.test(s.text.slice(first.end, first.end + 40))) return [];
  // (The group's own count may be the whole of its own list: 'Of the six …, five … ; the remaining one …'.)
  if (already.some((c) => c.kind === 'remainder' && c.operands.some((o) => o.role !== 'n' && o.span.start === s.offset + first.start))) return [];
  const counts = prev.toks.filter((t) => !t.notCount);
  const k = counts[0];
  if (counts.length !== 1 || !k || !plainCount(prev.text, k) || !OF_BACK_AFTER.test(prev.text.slice(k.end, k.end + 24))) return [];
  // The one count two sentences back (a share beside it is no count).
  const pp = s.previous && s.previous.length >= 2 ? s.previous[s.previous.length - 2]! : undefined;
  const wholes = pp ? pp.toks.filter((t) => t.kind === 'num' && !t.notCount) : [];
  const w = wholes[0];
  if (!pp || wholes.length !== 1 || !w || !plainCount(pp.text, w) || w.value !== k.value + first.value) return [];
  return [confirmed({ tok: w, sentence: { text: pp.text, offset: pp.offset } }, [{ tok: k, sentence: { text: prev.text, offset: prev.offset } }], [{ tok: first, sentence: { text: s.text, offset: s.offset } }], 'a part and a definite group after it')];
}

/** 'Of the remaining centres, 11 … and 15 …': the rest, named with no count, then its parts. */
const REMAINING_SPLIT = /^\s*(?:of|among)\s+the\s+(?:remaining|other)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*s\s*,\s*/i;
/** A bound after a count ('four or more', 'three or fewer') is what a part is of, not a part. */
const BOUND_AFTER = /^\s+or\s+(?:more|fewer|less|above|over|below|under)\b/i;

/**
 * 'Fewer than half of the 48 homes … : just 22 met that bar. Of the remaining centres, 11 … and 15 …':
 * the parts of the rest and the part before make the whole. Two counts of the sentence before are read as
 * the whole and its part only when the rest's parts make their difference: a reading that only confirms.
 */
function remainingSplit(s: SentenceView): ClaimRecord[] {
  const m = REMAINING_SPLIT.exec(s.text);
  const prev = s.previous?.[s.previous.length - 1];
  if (!m || !prev) return [];
  const parts = s.toks.filter((t) => t.start >= m[0].length && plainCount(s.text, t) && depthAt(s.text, t.start) === 0 && !BOUND_AFTER.test(s.text.slice(t.end, t.end + 16)) && !/\b(?:with|in|against)\s+$/i.test(s.text.slice(Math.max(0, t.start - 9), t.start)));
  if (parts.length < 2 || s.toks.some((t) => t.kind !== 'num')) return [];
  const sum = parts.reduce((a, t) => a + t.value, 0);
  const counts = prev.toks.filter((t) => plainCount(prev.text, t) && depthAt(prev.text, t.start) === 0);
  const here = { text: s.text, offset: s.offset };
  const there = { text: prev.text, offset: prev.offset };
  for (let i = 0; i < counts.length; i++)
    for (let j = i + 1; j < counts.length; j++)
      if (counts[i]!.value - counts[j]!.value === sum) return [confirmed({ tok: counts[i]!, sentence: there }, [{ tok: counts[j]!, sentence: there }, ...parts.map((tok) => ({ tok, sentence: here }))], [], 'the part before and the parts of the rest')];
  return [];
}

/**
 * 'HIQA inspected 48 centres and found 32 of them not compliant …. A total of 16 centres were compliant.':
 * a count of the pair's own noun in the next sentence that is the rest of the pair. Nothing says it is the
 * rest (it may be another group of centres), so this reading only ever confirms.
 */
function complementOfPair(s: SentenceView, already: readonly ClaimRecord[]): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const pair = pairIn(prev.text, prev.toks, false);
  if (!pair) return [];
  const wholeNoun = nounAfter(prev.text, pair.n.end);
  if (!wholeNoun || !/[a-z]s$/.test(wholeNoun)) return [];
  const taken = new Set(already.flatMap((c) => c.operands.map((o) => o.span.start)));
  for (const t of s.toks) {
    if (!plainCount(s.text, t) || depthAt(s.text, t.start) > 0 || taken.has(s.offset + t.start) || t.value !== pair.n.value - pair.k.value) continue;
    const noun = nounAfter(s.text, t.end);
    if (!noun || noun.replace(/s$/, '') !== wholeNoun.replace(/s$/, '')) continue;
    if (PAIR_BACK.test(s.text.slice(t.end, t.end + 16)) || /^\s+(?:of|out\s+of)\b/i.test(s.text.slice(t.end, t.end + 8))) continue;
    const there = { text: prev.text, offset: prev.offset };
    return [confirmed({ tok: pair.n, sentence: there }, [{ tok: pair.k, sentence: there }], [{ tok: t, sentence: { text: s.text, offset: s.offset } }], 'the rest of the pair in the sentence before')];
  }
  return [];
}
