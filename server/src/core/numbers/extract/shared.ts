/**
 * What the extractor's readings share: the patterns of 'of n', brackets and
 * pairs, and small helpers on tokens (the end of an editor's '[33]', the
 * token at a position, a later '(k of n)', a bracketed figure after a word).
 */
import type { Span } from '../../model.js';
import type { ClaimRecord } from '../claim.js';
import { fractionSuggestion, type CountIn, type FracIn, type PctIn } from '../judge.js';
import { firstTokFrom, singular, type Tok } from '../scan.js';

/** How far the readers look before or after a token (characters). */
export const WINDOW = 400;

/** 'of [the] n', 'out of n', 'of the total of n' between a figure and its total. */
/** ('of the first 26', 'of the last 40': a whole counted from one end of a series is still the whole.) */
export const OF_N = /^\s+(?:of|out\s+of)\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|all\s+(?:the\s+)?|the\s+(?:first\s+|last\s+)?|these\s+|those\s+)?\[?$/i;
/** '…) of the n', '…) out of n' after a bracketed figure. */
export const OF_N_PAREN = /^\s*\)\s+(?:out\s+)?of\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|all\s+(?:the\s+)?|the\s+|these\s+|those\s+)?\[?$/i;
/** An opening bracket and nothing else. */
export const OPEN = /^\s*\(\s*$/;
/** Between the two counts of a pair: 'k of n', 'k out of n', 'k/n'. */
export const PAIR = /^\s+(?:of|out\s+of)\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|the\s+)?$|^\s*\/\s*$/i;
/** 'of these', 'of those', 'of them' after a figure. */
export const BACKREF = /^\s+of\s+(?:these|those|them)\b/i;

/** `s.replace(/\s+/g, ' ').trim()`, without the replacement pass when there is nothing to fold. */
export function foldSpace(s: string): string {
  return (NEEDS_FOLD.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}
/** White space that folding changes: a run of two or more, or one that is not a plain space. */
const NEEDS_FOLD = /\s\s|[^\S ]/;

/** The end of a total written as '[33]' (an editor's insertion) or '33'. */
export function bracketEnd(text: string, t: Tok): number {
  const m = /^\s*\]/.exec(text.slice(t.end, t.end + 40));
  return m && /\[\s*$/.test(text.slice(Math.max(0, t.start - 40), t.start)) ? t.end + m[0].length : t.end;
}

/** The token that starts exactly at `pos`. */
export function tokAt(toks: readonly Tok[], pos: number): Tok | undefined {
  const t = toks[firstTokFrom(toks, pos)];
  return t?.start === pos ? t : undefined;
}

/** A later '(k of n …)' in the same sentence, with no other percentage between. */
export function laterPair(text: string, toks: Tok[], i: number): [Tok, Tok, number] | undefined {
  for (let j = i + 1; j < toks.length - 1; j++) {
    const a = toks[j]!;
    const b = toks[j + 1]!;
    if (a.kind === 'pct' || a.kind === 'frac') return undefined;
    // A bracket a dozen words away is never this far (and the bound keeps the search linear).
    if (a.start - toks[i]!.end > WINDOW) return undefined;
    if (a.kind !== 'num' || b.kind !== 'num' || a.notCount || b.notCount) continue;
    if (!/\(\s*$/.test(text.slice(toks[j - 1]!.end, a.start))) continue;
    if (!PAIR.test(text.slice(a.end, b.start))) continue;
    const m = /^[^()]*\)/.exec(text.slice(b.end, b.end + WINDOW));
    if (!m) continue;
    // The bracket must be close to the percentage: same clause, a dozen words at most.
    const gap = text.slice(toks[i]!.end, a.start);
    if (/[.;]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 16) return undefined;
    return [a, b, b.end + m[0].length];
  }
  return undefined;
}

/** A figure in brackets right after `from` (allowing a few words): '(93%)', '(27)'. */
export function parenFigure(text: string, toks: Tok[], from: number, at: number): { tok: Tok; close: number; p?: PctIn; k?: CountIn } | undefined {
  // '(just 41%)', '(only 12)': the figure is small, not rounded ('just over' is a hedge, read by the scanner).
  const m = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*\(\s*(?:(?:just|only)\s+(?=\d))?/i.exec(text.slice(from, from + WINDOW));
  if (!m) return undefined;
  const pos = from + m[0].length;
  const tok = tokAt(toks, pos);
  const shut = tok ? /^\s*\)/.exec(text.slice(tok.end, tok.end + WINDOW)) : null;
  if (!tok || !shut) return undefined;
  const close = tok.end + shut[0].length;
  const span = { start: at + tok.start, end: at + tok.end };
  if (tok.kind === 'pct' && !tok.hedge) return { tok, close, p: { scaled: tok.value, decimals: tok.decimals, raw: tok.raw, span } };
  if (tok.kind === 'num' && !tok.notCount) return { tok, close, k: { value: tok.value, raw: tok.raw, span, ...(tok.word ? { word: true } : {}) } };
  return undefined;
}

/** An inconsistent fraction claim gets words that would fit as its replacement. */
export function withSuggestion(c: ClaimRecord, f: FracIn, k: number, n: number, span: Span): ClaimRecord {
  if (c.verdict !== 'inconsistent') return c;
  const r = fractionSuggestion(f, k, n, span);
  return r ? { ...c, replacement: r } : c;
}

/** Whether `pre` ends with 'but', 'the', 'these', 'those' or 'all' (any case) and then white space. */
export function endsWithQualifier(pre: string): boolean {
  const words = pre.trimEnd();
  // trimEnd removes exactly what \s matches; the words are at most five letters long.
  return words.length < pre.length && /(?:but|the|these|those|all)$/i.test(words.slice(-5));
}

/** An interval of exact fractions as plain numbers (for the claim's `interval`). */
export function plainInterval(i: { lo: { n: number; d: number }; hi: { n: number; d: number }; loOpen: boolean; hiOpen: boolean }) {
  return { lo: i.lo.n / i.lo.d, hi: i.hi.n / i.hi.d, loOpen: i.loOpen, hiOpen: i.hiOpen };
}

/** What follows a share that is a difference from another figure: '… (20,667) more than in March', 'up on last year'. */
export const COMPARED_AFTER = /^\s*(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\b|^\s*(?:up|down)\s+(?:on|from)\b/i;

/** A period other than now: 'last year', 'the previous inspection', 'a year earlier', 'at that time'. */
export const RELATIVE_PAST = /\b(?:last|previous|preceding|prior)\s+(?:year|quarter|month|inspection|survey|period|report|review)\b|\bthe\s+(?:year|quarter|month)\s+before\b|\b(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|quarters?)\s+(?:earlier|before|ago)\b|\bat\s+that\s+time\b/i;
const YEAR_WORD = /\b(?:19|20)\d\d\b/;
/** A comparison that sets a year's figure against another's: 'This compares with … in 2022', 'than in our 2021 inspection, when …'. */
const COMPARE_WORD = /\b(?:compares?|compared|than|when|earlier|against|whereas|while|(?:up|down|rose|risen|fell|fallen|increased|decreased|improved)\s+from)\b/i;
/** A clause break (a comma not inside a number, or a semicolon). */
const CLAUSE_BREAK = /[,;](?!\d)/g;

/**
 * Whether the clause of a count and its share at [start, close) names another period than now: a relative past
 * ('compared with 24 (30%) last year'), or a year set against another by a comparison ('This compares with 24 (30%)
 * in 2022'). A clause opened by 'when' takes in the clause before it ('in our 2021 inspection, when it was 21 (60%)').
 * Only text after `floor` (the total's end, when it is in the sentence) is read.
 */
export function otherPeriod(text: string, floor: number, start: number, close: number): boolean {
  const breaks = [...text.slice(floor, start).matchAll(CLAUSE_BREAK)].map((m) => floor + m.index + 1);
  let from = breaks.length ? breaks[breaks.length - 1]! : floor;
  if (breaks.length && /^\s*(?:when|where|at\s+which)\b/i.test(text.slice(from, start))) from = breaks.length > 1 ? breaks[breaks.length - 2]! : floor;
  const after = /[,;.](?!\d)/.exec(text.slice(close));
  const w = text.slice(from, after ? close + after.index : text.length);
  return RELATIVE_PAST.test(w) || (YEAR_WORD.test(w) && COMPARE_WORD.test(w));
}

/** Head nouns that name one group in other words: a record of a case, a person. */
const SAME_NOUNS = [/^(?:case|file|record)$/, /^(?:people|person|individual)$/];

/**
 * Whether a share's own 'of' phrase, written between it and its bracket, names a group other than the total's noun:
 * 'of the women in the sample (' after '420 people', 'of those on licence (' after '1,500 people supervised', 'of the
 * adults (' after '250 learners', or the total's noun narrowed by a phrase after it ('of the records for new starters ('). The group may be a part of the total, of a size not written. A phrase of the total's
 * own noun ('of the learners (') names the total; with no noun known, only 'those' narrowed by what follows does.
 */
export function ofOtherGroup(phrase: string, noun: string | undefined): boolean {
  const m = /^\s+of\s+(the|these|those|its|their)\s+([A-Za-z][\w'-]*)/i.exec(phrase);
  if (!m) return false;
  const head = m[2]!.toLowerCase();
  if (noun === undefined) return /^th[eo]se$/i.test(m[1]!) && /^(?:who|whom|whose|that|which|where|we|they|on|in|at|from|with|without|under|over|aged|eligible|still|not|[a-z]+ed)$/.test(head);
  const a = singular(noun.toLowerCase());
  const b = singular(head);
  if (a !== b && !SAME_NOUNS.some((re) => re.test(a) && re.test(b))) return true;
  // The total's noun narrowed by a phrase after it: 'of the records for new starters (', 'of the officers on
  // neighbourhood teams (', 'of the staff who worked nights ('.
  return /^\s+(?:for|on|in|at|with|without|from|under|over|aged|of|who|whom|whose|that|which|where|not)\s/i.test(phrase.slice(m.index + m[0].length));
}

/**
 * A change amount with its bracketed figure, then 'and' and the figure at the end of `before`: 'down 752 (2%) since
 * March and ', 'a fall of 2% (752) on March and of ', 'rose by 120 (15%) on last year and '. The figure after it is a
 * second change of the same measure (over another period), not a part of a whole, so its bracket is not its share.
 */
const COORDINATED_CHANGE = /\b(?:(?:an?\s+)?(?:increase|rise|growth|jump|fall|drop|decrease|reduction|decline)\s+of|(?:up|down|rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|reduced)(?:\s+by)?)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent)?\s*\(\s*\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent)?\s*\)[^.;:()]{0,60}?[\s,](?:and|but|while|whereas)\s+(?:of\s+|by\s+)?$/i;

/** Whether the figure at `start` is the second of two coordinated change amounts (`COORDINATED_CHANGE`). */
export function coordinatedChange(text: string, start: number): boolean {
  const pre = text.slice(Math.max(0, start - 160), start);
  return /\b(?:and|but|while|whereas)\s+(?:of\s+|by\s+)?$/i.test(pre) && COORDINATED_CHANGE.test(pre);
}
