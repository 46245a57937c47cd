/**
 * Cuts a block's masked text into scopes (a finding with its continuation
 * paragraphs, a paragraph, a list item, a table) and sentences, and finds the
 * number, percentage and fraction tokens in each sentence. Offsets here are
 * local to the block text; the extractor makes them absolute.
 */
import type { BlockData } from '../parse/block.js';
import { propagate, shiftKindAfter, typeOfNumber, type NumberType } from './quantities.js';
import {
  FRACTION_WORDS,
  HEDGE_WORDS,
  NUMBER,
  UNIT_WORDS,
  hedgeKind,
  parseFraction,
  parseNumber,
  parsePercentValue,
  type Fraction,
  type HedgeKind,
} from './words.js';

export interface Tok {
  kind: 'num' | 'pct' | 'frac';
  start: number;
  end: number;
  raw: string;
  /** num: the count; pct: the scaled percentage. */
  value: number;
  decimals: number;
  word: boolean;
  fraction?: Fraction;
  /** A hedge written just before a fraction or percentage. */
  hedge?: { kind: HedgeKind; raw: string; start: number; end: number };
  /** num: what the number is (`quantities.ts`): a count, or a year, an age, a label, …. */
  type?: NumberType;
  /** The number is not a count: its `type` is a year, age, label, amount, … ('Tier 3', '2006', 'aged 18'). */
  notCount?: boolean;
}

/** Index of the first token that starts at or after `pos` (binary search; tokens are in text order). */
export function firstTokFrom(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying wholly within [from, to), found by binary search (no scan of the whole sentence). */
export function toksBetween(toks: readonly Tok[], from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (let i = firstTokFrom(toks, from); i < toks.length && toks[i]!.start < to; i++) if (toks[i]!.end <= to) out.push(toks[i]!);
  return out;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  toks: Tok[];
}

export interface Scope {
  start: number;
  end: number;
  kind: 'prose' | 'table';
  sentences: Sentence[];
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|no|nos|mr|mrs|ms|dr|st|approx|vs|cf|fig|para|ref|inc|ltd|co)|\b[A-Z])\.$/i;

/** Between two findings of one list: white space and the next item's marker ('- (b) '). */
const SAME_LIST = /^\s*(?:[-*+]|\d+[.)])?\s*(?:\(\s*[a-z]{1,3}\s*\)\s*)?$/;
/** A finding's opening that points back to a group: 'Of these, …', 'In 11 (44%) of them, …', 'Among those …'. */
const POINTS_BACK = /^[^.;:]*?\b(?:of|among|amongst)\s+(?:these|those|them)\b/i;
/** A finding's opening that is the rest of a group: 'In the remaining 9 cases, …', 'The other 12 …', 'For the 13 remaining children, …'. */
const REST_OPENING = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:\(\s*[a-z]{1,3}\s*\)\s*)?(?:(?:in|for|of|among|across|at|on|with)\s+)?the\s+(?:(?:remaining|other)\s+${NUMBER}\b|${NUMBER}\s+(?:remaining|others)\b)`, 'i');

/**
 * Whether the scope starting at `start` is the next finding of the list whose previous scope ended at
 * `prevEnd`, and opens by pointing back to a group ('(a) We inspected 25 cases. (b) In 11 (44%) of these, …'):
 * the finding before may then give its group.
 */
export function pointsBackToFindingBefore(masked: string, prevEnd: number, start: number, scopeText: string): boolean {
  return SAME_LIST.test(masked.slice(prevEnd, start)) && (POINTS_BACK.test(scopeText.slice(0, 80)) || REST_OPENING.test(scopeText.slice(0, 60)));
}

/** The scopes of a block: each finding (with what continues it), paragraph, other list item, or table. */
export function scopesOf(block: BlockData, masked: string): { start: number; end: number; kind: 'prose' | 'table' }[] {
  const out: { start: number; end: number; kind: 'prose' | 'table' }[] = [];
  const base = block.offset;
  let current: { start: number; end: number; kind: 'prose' | 'table' } | undefined;
  for (const item of block.items) {
    const s = item.span.start - base;
    const e = item.span.end - base;
    if (e <= s) continue;
    const src = masked.slice(s, e);
    if (item.kind === 'finding') {
      current = { start: s, end: e, kind: 'prose' };
      out.push(current);
      continue;
    }
    if (item.kind === 'paragraph') {
      // A paragraph right after a finding continues it (the dialect's rule).
      if (current && current.kind === 'prose' && /^\s*$/.test(masked.slice(current.end, s)) && isContinuation(src)) {
        current.end = e;
        continue;
      }
      current = undefined;
      out.push({ start: s, end: e, kind: 'prose' });
      continue;
    }
    if (item.kind === 'label') {
      current = undefined;
      if (item.rest) out.push({ start: item.rest.span.start - base, end: item.rest.span.end - base, kind: 'prose' });
      continue;
    }
    current = undefined;
    if (/^\s*\|/.test(src) || hasDelimiterLine(src)) out.push({ start: s, end: e, kind: 'table' });
    else if (/^\s*(?:[-*+]|\d+[.)])\s/.test(src)) out.push({ start: s, end: e, kind: 'prose' });
  }
  return out;
}

/** A line break, then a line that reads as a GFM table delimiter row ('|---', ' :--'). */
const DELIMITER_AT = /[ \t\f\v]*(?:\|[ \t\f\v]*)?:?-{2,}/y;

/**
 * Whether a line after the first starts like a table delimiter row: what
 * `/\n\s*\|?\s*:?-{2,}/` found, tried once at each line start with a sticky
 * pattern that cannot cross a line, so linear in the text (the free pattern
 * is cubic on long runs of white space, which masking makes of HTML). The
 * white space after the optional '|' is only tried after a '|': two runs of
 * white space side by side are quadratic on one long line.
 */
export function hasDelimiterLine(src: string): boolean {
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) {
    DELIMITER_AT.lastIndex = i + 1;
    if (DELIMITER_AT.test(src)) return true;
  }
  return false;
}

function isContinuation(src: string): boolean {
  return !/^\s*(?:`{3}|~{3}|<)/.test(src);
}

/**
 * Blanks what is not prose inside a scope: list markers, finding letters,
 * cross-references (their numbers are ids, not quantities) and URLs.
 */
export function blankScope(text: string, refs: { start: number; end: number }[]): string {
  let t = blankMarkers(text);
  // Every URL has '://' in it: most scopes have none and skip the pattern.
  if (t.includes('://')) t = t.replace(/<?https?:\/\/[^\s>)]+>?/g, (m) => ' '.repeat(m.length));
  // A dash typed as two hyphens between spaces ('24,000 -- more than a third -- are') is read as the
  // en dash it stands for; the same length, so offsets hold (' -- ' becomes ' –  ').
  if (t.includes(' -- ')) t = t.replace(/(?<=[ \t])--(?=[ \t])/g, '\u2013 ');
  if (refs.length === 0) return t;
  // One pass over the references in order: slicing the whole text per reference is quadratic.
  const sorted = refs.length > 1 ? [...refs].sort((a, b) => a.start - b.start) : refs;
  const parts: string[] = [];
  let done = 0;
  for (const r of sorted) {
    const s = Math.max(done, r.start);
    const e = Math.min(t.length, r.end);
    if (e <= s) continue;
    parts.push(t.slice(done, s), ' '.repeat(e - s));
    done = e;
  }
  parts.push(t.slice(done));
  return parts.join('');
}

/**
 * A list marker and/or a finding letter after a line's indentation, at a given line start.
 * Groups: indentation, marker, letter after a marker, letter alone.
 */
const LINE_MARKER = /([ \t]*)(?:((?:[-*+]|\d{1,3}[.)])[ \t]+)(\([a-z]{1,2}\))?|(\([a-z]{1,2}\)))/y;
/** What ends a line for `^` in a multiline pattern. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * `text.replace(/^([ \t]*)((?:[-*+]|\d{1,3}[.)])[ \t]+)?(\([a-z]{1,2}\))?/gm, …)` blanking the marker
 * and the letter: the same result, but it tries the pattern only at line starts (a marker cannot
 * hold a line break, so the next line start is always after the next break).
 */
function blankMarkers(text: string): string {
  let out = '';
  let done = 0;
  for (let start = 0; ; ) {
    LINE_MARKER.lastIndex = start;
    const m = LINE_MARKER.exec(text);
    if (m) {
      out += text.slice(done, start) + m[1]! + ' '.repeat((m[2]?.length ?? 0) + (m[3]?.length ?? m[4]?.length ?? 0));
      done = start + m[0].length;
    }
    LINE_BREAK.lastIndex = start;
    const br = LINE_BREAK.exec(text);
    if (!br) break;
    start = br.index + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Sentences of a prose scope (offsets local to the scope text). */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  };
  // A sentence ends at . ! ? (not after an abbreviation or inside a number), or at a blank line.
  const re = /([.!?])["'\u2019\u201d)\]]*(?=\s+["'\u2018\u201c(\[]?[A-Z0-9])|\n[ \t]*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) {
      const upto = text.slice(Math.max(0, m.index - 12), m.index + 1);
      if (ABBREVIATIONS.test(upto)) continue;
    }
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

// Each of these patterns starts with a word character after a look-behind that excludes one, so
// it can only match at a word boundary; the leading \b says so, and lets the engine skip ahead
// much faster (it changes no match).
const PCT_RE = new RegExp(String.raw`\b(?<![\w.,£$€/:-])(${NUMBER})(\s?%|\s*per\s?cent\b|\s*percent\b)`, 'gi');
const FRAC_RE = new RegExp(String.raw`\b(?<![\w-])(?:(${HEDGE_WORDS})\s+)?(${FRACTION_WORDS})(?![\w-])`, 'gi');
// Not the tail of a figure whose head is no token ('£1,200': the 200 is no count of its own).
const NUM_RE = new RegExp(String.raw`\b(?<![\w.£$€])(?<!\d,)(${NUMBER})(?![\w])`, 'gi');
const HEDGE_BEFORE = new RegExp(String.raw`(?:^|[^\w])(${HEDGE_WORDS})\s+(?:an?\s+)?$`, 'i');

/** A fraction word set off by a dash, a comma or a bracket before it and a closing mark after it: an apposition. */
const SET_OFF_BEFORE = /(?:[\w)]\s*[,(\u2013\u2014]|\w\s+-)\s*(?:or\s+|that\s+is,?\s+)?(?:(?:only|just)\s+)?(?:a\s+|one\s+)?$/;
/** After a fraction set off, a closing mark or the end of its sentence ('… in 19, just a third.'). */
const SET_OFF_AFTER = /^\s*(?:[,)\u2013\u2014]|-\s|[.;]?\s*$)/;

/** Every percentage has '%' or 'cent' ('per cent', 'percent') in it. */
const MAY_HAVE_PERCENT = /%|cent/i;
/** 'A quarter – 25.2 per cent – of pupils': a fraction with its figure set between dashes, then 'of'. */
const DASHED_SHARE_OF = /^\s*(?:[\u2013\u2014]|-(?=\s))\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*(?:[\u2013\u2014]|-(?=\s))\s*of\b/;
/** Every fraction word has one of these in it. */
const MAY_HAVE_FRACTION = /half|third|quarter|fourth|fifth|sixth|eighth|tenth/i;

/** The tokens of sentences already read in this block (`withTokenMemo`), by sentence text. */
let memo: Map<string, readonly Tok[]> | undefined;

/**
 * Runs `f` with a memo of `tokensOf` by sentence text: the extractor and the relation readers read
 * the same sentences of a block, and tokenising (with number typing) is the dearer half. Each call
 * gets tokens of its own (shallow copies), since readers mark tokens as they read them.
 */
export function withTokenMemo<T>(f: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return f();
  } finally {
    memo = outer;
  }
}

/** Number, percentage and fraction tokens of one sentence (offsets local to `text`). */
export function tokensOf(text: string): Tok[] {
  if (!memo) return tokenize(text);
  const hit = memo.get(text);
  if (hit) return hit.map((t) => ({ ...t }));
  const toks = tokenize(text);
  memo.set(text, toks.map((t) => ({ ...t })));
  return toks;
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  // Characters already in a percentage or fraction token (allocated only when there is one):
  // a list of taken ranges searched per token is quadratic in the tokens of a sentence.
  let taken: Uint8Array | undefined;
  const free = (s: number, e: number) => {
    if (!taken) return true;
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const take = (s: number, e: number) => {
    taken ??= new Uint8Array(text.length);
    taken.fill(1, s, e);
  };
  // Lower-cased once, and only for a sentence with a fraction candidate (the only reader).
  let lowered: string | undefined;

  // The two cheap tests skip whole passes: most sentences have no percentage and no fraction.
  if (MAY_HAVE_PERCENT.test(text)) for (let m = PCT_RE.exec(text); m; m = PCT_RE.exec(text)) {
    const p = parsePercentValue(m[1]!);
    if (!p) continue;
    const start = m.index;
    const end = start + m[0].length;
    const tok: Tok = { kind: 'pct', start, end, raw: m[0], value: p.scaled, decimals: p.decimals, word: /^[a-z]/i.test(m[1]!) };
    const h = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (h) {
      const kind = hedgeKind(h[1]!);
      const hs = start - (h[0].length - h[0].indexOf(h[1]!));
      if (kind) tok.hedge = { kind, raw: h[1]!, start: hs, end: hs + h[1]!.length };
    }
    toks.push(tok);
    take(start, end);
  }
  PCT_RE.lastIndex = 0;

  if (MAY_HAVE_FRACTION.test(text)) for (let m = FRAC_RE.exec(text); m; m = FRAC_RE.exec(text)) {
    const fracRaw = m[2]!;
    const f = parseFraction(fracRaw);
    if (!f) continue;
    const fs = m.index + m[0].length - fracRaw.length;
    const fe = fs + fracRaw.length;
    if (!free(fs, fe)) continue;
    const lower = (lowered ??= text.toLowerCase());
    const before = lower.slice(Math.max(0, fs - 12), fs);
    const after = lower.slice(fe, fe + 12);
    if (fracRaw.toLowerCase() === 'half') {
      // 'half' is a share as 'half of', 'half the', 'half (', or hedged: not 'the first half', 'half an hour'.
      if (/\b(?:first|second|last|other)\s+$/.test(before)) continue;
      if (!m[1] && !/^\s*(?:of\b|the\b|these\b|those\b|\(|,|\.|;|:|$)/.test(after) && !(SET_OFF_BEFORE.test(before) && SET_OFF_AFTER.test(after))) continue;
    } else if (f.num === 1 && !m[1] && !/^\s*(?:of\b|\()/.test(after) && !DASHED_SHARE_OF.test(lower.slice(fe, fe + 40))) {
      // 'a third party', 'a quarter past': not shares. 'a fall of a third.', 'rose by a quarter,': an amount of change.
      // Set off as an apposition after a figure, it is a share: '15 – a third – were', '12 of the 28 prisons, a quarter, had'.
      if (!(/^\s*(?:[.,;:)]|$)/.test(after) && /\b(?:of|by)\s+(?:a\s+|one\s+)?$/.test(before)) && !(SET_OFF_BEFORE.test(before) && SET_OFF_AFTER.test(after))) continue;
    }
    const tok: Tok = { kind: 'frac', start: fs, end: fe, raw: fracRaw, value: f.num / f.den, decimals: 0, word: true, fraction: f };
    if (m[1]) {
      const kind = hedgeKind(m[1]);
      if (kind) tok.hedge = { kind, raw: m[1], start: m.index, end: m.index + m[1].length };
    }
    toks.push(tok);
    take(fs, fe);
  }
  FRAC_RE.lastIndex = 0;

  for (let m = NUM_RE.exec(text); m; m = NUM_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const raw = m[1]!;
    const parsed = parseNumber(raw);
    if (!parsed) continue;
    // What the number is (quantities.ts): a count, or a year, an age, a label, the pronoun 'one', ….
    const type = typeOfNumber(text, start, end, parsed.value, parsed.word);
    const tok: Tok = { kind: 'num', start, end, raw, value: parsed.value, decimals: 0, word: parsed.word, type };
    tok.notCount = type !== 'count';
    toks.push(tok);
  }
  NUM_RE.lastIndex = 0;

  toks.sort((a, b) => a.start - b.start);
  propagate(text, toks);
  return toks;
}

/** Words that never head the noun phrase after a count. */
const NOT_NOUN = new Set([
  'of',
  'in',
  'and',
  'or',
  'to',
  'at',
  'on',
  'for',
  'by',
  'with',
  'from',
  'about',
  'out',
  'were',
  'was',
  'had',
  'have',
  'has',
  'are',
  'is',
  'be',
  'per',
  'cent',
  'percent',
  'but',
  'than',
  'as',
  'the',
  'a',
  'an',
  'that',
  'which',
  'who',
  'it',
  'this',
]);

/**
 * Whether a count token reads as the size of a group ('the 32 cases',
 * 'Twenty-six offenders', '17 PPOs'): a count followed by a noun phrase.
 */
export function isPopulation(text: string, tok: Tok): boolean {
  if (tok.kind !== 'num' || tok.notCount || tok.value < 1) return false;
  const next = /^\s+([A-Za-z][\w'-]*)/.exec(text.slice(tok.end, tok.end + 40))?.[1]?.toLowerCase();
  if (!next) return false;
  // The second figure of a ratio is no group: 'two in every three GP practices', 'one in 10 homes'.
  if (RATIO_DENOMINATOR_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start))) return false;
  return !NOT_NOUN.has(next) && (!UNIT_WORDS.has(next) || shiftKindAfter(text.slice(tok.end, tok.end + 40)));
}

const RATIO_DENOMINATOR_BEFORE = /(?:^|[^\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+in\s+(?:every\s+)?$/i;

/** Whether a number is the second figure of a ratio ('one in four', 'two in every three'): a base, never a count. */
export function ratioDenominator(text: string, tok: Tok): boolean {
  return RATIO_DENOMINATOR_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start));
}

const RATIO_BASE_BEFORE = /(?:^|[^\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;

/**
 * Whether a number is the second figure of 'k in n' or 'k out of n' ('four out of five (82%)'): the
 * base of what comes after it, never a count that a bracketed share after it is of.
 */
export function ratioBase(text: string, tok: Tok): boolean {
  return RATIO_BASE_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start));
}

/** The head noun after a count ('cases' in 'the 32 relevant cases', 'PPOs' in '17 PPOs'), best effort. */
/** Relative words that open a clause after a count whose noun is left out (besides 'that', 'which', 'who' of NOT_NOUN). */
const RELATIVE_AFTER = new Set(['where', 'whom', 'whose', 'when']);
/** Verbs of saying and modals, which follow a count as its clause's verb and never name what it counts. */
const VERB_AFTER_COUNT = /^(?:said|told|felt|thought|agreed|disagreed|reported|described|rated|could|would|should|will|can|may|might|must)$/i;

export function nounAfter(text: string, end: number): string | undefined {
  // A noun of measure names no group of its own: '44 sets of care records' counts records, '30 samples of work' work.
  const measure = MEASURE_OF.exec(text.slice(end, end + 24));
  if (measure) return nounAfter(text, end + measure[0].length - 1);
  const m = /^((?:\s+[A-Za-z][\w'-]*){1,4})/.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  // ('the 94 where one was required', 'the 31 whose plans …': a relative clause after a whole whose noun is left out.)
  if (NOT_NOUN.has(words[0]!.toLowerCase()) || RELATIVE_AFTER.has(words[0]!.toLowerCase())) return undefined;
  // A verb right after the count ('91 said they felt supported', '12 could not') is its clause's, no noun of it.
  if (VERB_AFTER_COUNT.test(words[0]!)) return undefined;
  const stop = words.findIndex((w) => NOT_NOUN.has(w.toLowerCase()));
  const kept = stop === -1 ? words : words.slice(0, stop);
  // A present participle alone names no group: its noun is left out ('of the 88 living at the home').
  // ('-ed' is not taken so: 'nearly half of the 70 improved' may be a verb of a new clause.)
  if (kept.length === 1 && /[a-z]ing$/i.test(kept[0]!)) return undefined;
  const plural = kept.find((w) => /[a-z]s$/i.test(w) && !/(?:ss|us|is)$/i.test(w));
  return (plural ?? kept[0])?.toLowerCase();
}

/** A noun of measure and 'of' after a count ('44 sets of', '30 samples of', '12 pieces of'), then the noun counted. */
const MEASURE_OF = /^\s+(?:sets?|samples?|pieces?|copies|bundles?)\s+of\s(?=\s*[A-Za-z])/;

/** People and cases are one population in inspection reports: '32 offenders … 63% (20) of cases'. */
const CASE_NOUN = /^(?:case|offender|order|licence|license|report|plan|ppo|people|person|individual|resident|sentence|adult|child|children|young|men|women|prisoner|detainee|file|record|assessment|review|referral|requirement|user)$/;

/** The singular of a head noun, best effort ('homes' → 'home', 'authorities' → 'authority', "trust's" → 'trust'). */
export function singular(w: string): string {
  return w.replace(/'s$/, '').replace(/(?:ies)$/, 'y').replace(/(?<=[a-z])s$/, '');
}

/** Whether two head nouns can name the same group ('offenders' and 'cases' can; 'offices' and 'cases' cannot). */
export function sameGroup(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const x = singular(a);
  const y = singular(b);
  return x === y || (CASE_NOUN.test(x) && CASE_NOUN.test(y));
}

/** Verbs of a part's clause ('23 took place', '30 met'); a past in -ed may be an adjective ('12 qualified nurses'). */
export const CLAUSE_VERBS = String.raw`were|was|are|is|had|have|has|did|took|went|came|saw|got|made|gave|left|met|kept|held|spent|began|became|found|sent|won|lost|paid|knew|rose|fell|grew|ran`;
/** Verbs of saying and thinking with an irregular past. */
export const SAYING_VERBS = String.raw`said|told|felt|thought|led|brought|taught|wrote|spoke|chose`;
/** Modal verbs: '121 would recommend the school'. */
export const MODALS = String.raw`would|could|should|will|can|may|might|must`;
/** A verb somewhere in a clause: those above, verbs of saying, modals, or any past in -ed. */
export const CLAUSE_VERB = new RegExp(String.raw`\b(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|[a-z]{3,}ed)\b`, 'i');
/** Words in a clause that make a closing bracket another figure's: a comparison, a rate, a benchmark. */
export const OTHER_FIGURE = /\b(?:than|compared|against|average|national(?:ly)?|rate|target|benchmark|previous|last|year|other|while|whereas|which|who|whom)\b/i;
/**
 * Words in a clause that give the bracket a measure of its own: a change ('said fees had increased (12%)')
 * or a question reported ('could not say how many were absent (8%)').
 */
export const CHANGE_OR_QUESTION = /\b(?:increas|decreas|rose\b|risen\b|fell\b|fallen\b|grew\b|grown\b|reduc|higher\b|lower\b|(?:say|know|knew|tell|asked|sure)\s+(?:how|what|whether)\b)/i;
/** After the bracket: the sentence ends, or another clause follows ('(58%), and some men waited …'). */
/** (Or a phrase that sets the share against a target or standard: '(99.5 per cent), just short of the 100 per cent target'.) */
/** (Or the next part of a list, its count and verb: '175 led to a changed grade (29%), 40 were upheld …'.) */
/** (Or what the part leaves of the whole: '445 had been closed (86%), leaving 93 in progress'.) */
const CLAUSE_ENDS = new RegExp(String.raw`^\s*\)\s*(?:,\s+${NUMBER}\s+(?:were|was|had|have|has|are|is)\b|[.;]|,\s+(?:and|but|while|whereas|with|although|though|leaving)\s|,\s+(?:(?:just|well|slightly|far|only)\s+)?(?:short\s+of|below|above|against|compared\s+with|in\s+line\s+with|exceeding|meeting|missing)\s+(?:the|a|an|its|their)\s|$)`);

/**
 * Whether the share token `p`, in brackets, closes the clause of the count that ends at `kEnd`: only the
 * clause's own words between (with a verb; no clause break, no words of another figure; a dash-set aside
 * with no figure is allowed, 'Of the 318 who answered, 97 – most on one wing – said … (29%)'), and the
 * sentence or its clause ends after the bracket. `ignore` blanks words that are no other figure (a time threshold).
 */
export function bracketClosesClause(text: string, kEnd: number, p: Tok, ignore?: RegExp): boolean {
  const open = /\(\s*$/.exec(text.slice(kEnd, p.start));
  if (!open || !CLAUSE_ENDS.test(text.slice(p.end, p.end + 40))) return false;
  let gap = text.slice(kEnd, p.start - open[0].length).replace(/\s[\u2013\u2014-]\s[^.;:()\u2013\u2014]{1,80}?\s[\u2013\u2014-]\s/, ' ');
  if (ignore) gap = gap.replace(ignore, ' ');
  return gap.length <= 140 && !/[.;:(),\u2013\u2014]/.test(gap) && !OTHER_FIGURE.test(gap) && !CHANGE_OR_QUESTION.test(gap) && CLAUSE_VERB.test(gap);
}
