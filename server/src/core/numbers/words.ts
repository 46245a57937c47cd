/**
 * Our own small, exact word lists: number words, fractions and the hedges
 * that turn a fraction or a percentage into an inequality. Pure data and
 * look-ups; the patterns that use them live in scan.ts.
 */
import { HEDGE_REACH } from './policy.js';
import type { NumberType } from './quantities.js';

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT_VALUE = new Map(UNITS.map((w, i) => [w, i] as const));
const TEN_VALUE = new Map(TENS.map((w, i) => [w, i * 10] as const).filter(([w]) => w !== ''));

const UNIT_ALT = [...UNITS].sort((a, b) => b.length - a.length).join('|');
const TEN_ALT = TENS.filter(Boolean).join('|');
/** 0-99 in words: 'seven', 'twenty', 'twenty-three', 'twenty three'. */
const BELOW_100 = String.raw`(?:(?:${TEN_ALT})(?:[-\u2010\u2011 ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:${UNIT_ALT}))`;
/** Up to 999 in words: 'one hundred and ten', 'a hundred', 'twenty-six'. */
export const NUMBER_WORDS = String.raw`(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|a)\s+hundred(?:\s+(?:and\s+)?${BELOW_100})?)|${BELOW_100})`;

/** The value of a number written in words, or undefined when it is not one. */
export function wordsToNumber(raw: string): number | undefined {
  const s = raw
    .toLowerCase()
    .replace(/[\u2010\u2011-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return undefined;
  const parts = s.split(' ').filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of parts) {
    if (w === 'a' && !seen) {
      current = 1;
      seen = true;
      continue;
    }
    const u = UNIT_VALUE.get(w);
    if (u !== undefined) {
      current += u;
      seen = true;
      continue;
    }
    const t = TEN_VALUE.get(w);
    if (t !== undefined) {
      current += t;
      seen = true;
      continue;
    }
    if (w === 'hundred') {
      current = (current || 1) * 100;
      continue;
    }
    if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      continue;
    }
    return undefined;
  }
  return seen ? total + current : undefined;
}

/** A whole number in words (0-999), for replacements written in the writer's style. */
export function numberToWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999) return undefined;
  if (n < 20) return UNITS[n];
  if (n < 100) {
    const t = TENS[Math.floor(n / 10)]!;
    return n % 10 === 0 ? t : `${t}-${UNITS[n % 10]}`;
  }
  const h = `${UNITS[Math.floor(n / 100)]} hundred`;
  return n % 100 === 0 ? h : `${h} and ${numberToWords(n % 100)}`;
}

/** Digits with thousands separators or a decimal part: '4,885', '98.7', '12'. */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** A number as written: digits or words. */
export const NUMBER = String.raw`(?:${DIGITS}|${NUMBER_WORDS})`;

export interface ParsedNumber {
  value: number;
  word: boolean;
}

export function parseNumber(raw: string): ParsedNumber | undefined {
  const t = raw.trim();
  if (/^\d/.test(t)) {
    const v = Number(t.replace(/,/g, ''));
    return Number.isFinite(v) ? { value: v, word: false } : undefined;
  }
  const v = wordsToNumber(t);
  return v === undefined ? undefined : { value: v, word: true };
}

/** A percentage as written, kept exact: value = scaled / 10^decimals. */
export interface ExactPercent {
  scaled: number;
  decimals: number;
}

export function parsePercentValue(raw: string): ExactPercent | undefined {
  const t = raw.trim().replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (m) {
    const decimals = m[2]?.length ?? 0;
    if (decimals > 6) return undefined;
    return { scaled: Number(m[1]! + (m[2] ?? '')), decimals };
  }
  const w = wordsToNumber(t);
  return w === undefined ? undefined : { scaled: w, decimals: 0 };
}

// ---------------------------------------------------------------- fractions

export interface Fraction {
  num: number;
  den: number;
}

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

const NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };

/**
 * A fraction in words: 'half', 'a half', 'a third', 'two-thirds', 'one-fifth',
 * 'a quarter', 'three-quarters'. A bare ordinal ('third', 'fifth') needs a
 * numerator, so that 'the third priority' is not read as a fraction.
 */
export const FRACTION_WORDS = String.raw`(?:(?:(?:a|one|two|three|four|five|seven|nine)[-\u2010\u2011 ]+(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?))|half)`;

export function parseFraction(raw: string): Fraction | undefined {
  const parts = raw
    .toLowerCase()
    .replace(/[\u2010\u2011-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'half') return { num: 1, den: 2 };
  if (parts.length !== 2) return undefined;
  const num = NUMERATORS[parts[0]!];
  const den = DENOMINATORS[parts[1]!];
  if (num === undefined || den === undefined || num >= den) return undefined;
  // 'two quarters' (of a year), 'two sixths': writers reduce fractions, so these are not shares.
  if (gcd(num, den) !== 1) return undefined;
  // 'a thirds' or 'two third' are not fractions.
  if (num === 1 && /s$/.test(parts[1]!) && parts[1] !== 'halves') return undefined;
  return { num, den };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function fractionWords(f: Fraction): string {
  if (f.num === 1 && f.den === 2) return 'half';
  const names: Record<number, [string, string]> = {
    3: ['third', 'thirds'],
    4: ['quarter', 'quarters'],
    5: ['fifth', 'fifths'],
    6: ['sixth', 'sixths'],
    8: ['eighth', 'eighths'],
    10: ['tenth', 'tenths'],
  };
  const [one, many] = names[f.den] ?? [`/${f.den}`, `/${f.den}`];
  return f.num === 1 ? `a ${one}` : `${numberToWords(f.num)}-${many}`;
}

// ---------------------------------------------------------------- hedges

/**
 * How a hedge bends the value it qualifies. `near` is how far (in
 * percentage points) 'just over', 'nearly' and 'around' may stray from it.
 */
export type HedgeKind = 'above' | 'justAbove' | 'below' | 'justBelow' | 'nearly' | 'atLeast' | 'atMost' | 'around';

/** The narrow reach of 'just over/under' in points (see `HEDGE_REACH` in policy.ts, where every reach is stated). */
export const HEDGE_NEAR = 5;

const HEDGES: [string, HedgeKind][] = [
  ['just over', 'justAbove'],
  ['just above', 'justAbove'],
  ['slightly over', 'justAbove'],
  ['slightly more than', 'justAbove'],
  ['a little over', 'justAbove'],
  ['a little more than', 'justAbove'],
  ['just under', 'justBelow'],
  ['just below', 'justBelow'],
  ['slightly under', 'justBelow'],
  ['slightly less than', 'justBelow'],
  ['slightly fewer than', 'justBelow'],
  ['just short of', 'justBelow'],
  // 'almost exactly a third' (151 of 454, 33.3%): a share at the figure itself, either side.
  ['almost exactly', 'around'],
  ['nearly exactly', 'around'],
  ['not quite', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['well over', 'above'],
  ['well above', 'above'],
  ['over', 'above'],
  ['more than', 'above'],
  ['above', 'above'],
  ['in excess of', 'above'],
  ['upwards of', 'above'],
  ['well under', 'below'],
  ['well below', 'below'],
  ['under', 'below'],
  ['less than', 'below'],
  ['fewer than', 'below'],
  ['below', 'below'],
  ['at least', 'atLeast'],
  ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'],
  ['at most', 'atMost'],
  ['no more than', 'atMost'],
  ['up to', 'atMost'],
  ['around', 'around'],
  ['close to', 'around'],
  ['about', 'around'],
  ['approximately', 'around'],
  ['roughly', 'around'],
  ['some', 'around'],
  ['circa', 'around'],
];

const HEDGE_BY_WORDS = new Map(HEDGES.map(([w, k]) => [w, k] as const));

/** Longest first, so that 'just over' wins over 'over'. */
export const HEDGE_WORDS = String.raw`(?:${[...HEDGES]
  .map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, String.raw`\s+`))
  .join('|')})`;

/** A hedge word or phrase right before a figure ('nearly 40', 'more than one in four'); group 1 is the hedge. */
export const HEDGE_BEFORE = new RegExp(String.raw`(?:^|[^\w])(${HEDGE_WORDS})\s+$`, 'i');

export function hedgeKind(raw: string): HedgeKind | undefined {
  return HEDGE_BY_WORDS.get(raw.toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * The set of true shares (in percent, as exact rationals scaled by `den`) a
 * hedged value allows: [lo, hi] with open or closed ends. Values are in
 * percent; `target` is the value the hedge qualifies.
 */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export function hedgeInterval(kind: HedgeKind | undefined, target: number): Interval {
  switch (kind) {
    case 'above':
      return { lo: target, hi: 100, loOpen: true, hiOpen: false };
    case 'justAbove':
      return { lo: target, hi: Math.min(100, target + HEDGE_NEAR), loOpen: true, hiOpen: false };
    case 'below':
      return { lo: 0, hi: target, loOpen: false, hiOpen: true };
    case 'justBelow':
      return { lo: Math.max(0, target - HEDGE_NEAR), hi: target, loOpen: false, hiOpen: true };
    case 'nearly':
      return { lo: Math.max(0, target - HEDGE_REACH.nearly.points), hi: target, loOpen: false, hiOpen: true };
    case 'atLeast':
      return { lo: target, hi: 100, loOpen: false, hiOpen: false };
    case 'atMost':
      return { lo: 0, hi: target, loOpen: false, hiOpen: false };
    case 'around':
      return { lo: Math.max(0, target - HEDGE_NEAR), hi: Math.min(100, target + HEDGE_NEAR), loOpen: false, hiOpen: false };
    default:
      return { lo: target, hi: target, loOpen: false, hiOpen: false };
  }
}

/** How far an unhedged fraction may be from the figure it restates, in percentage points. */
export const FRACTION_TOLERANCE = 4;

// ---------------------------------------------------------------- quantifiers

/** Quantifier phrases with the share each implies, used when a framework gives no bands. */
export const DEFAULT_QUANTIFIER_BANDS: { phrase: string; min: number; max: number; plurality?: boolean }[] = [
  { phrase: 'all', min: 100, max: 100 },
  { phrase: 'almost all', min: 85, max: 100 },
  { phrase: 'nearly all', min: 85, max: 100 },
  { phrase: 'virtually all', min: 90, max: 100 },
  { phrase: 'almost every one', min: 85, max: 100 },
  { phrase: 'nearly every one', min: 85, max: 100 },
  { phrase: 'virtually every one', min: 90, max: 100 },
  { phrase: 'the vast majority', min: 75, max: 100 },
  { phrase: 'the great majority', min: 75, max: 100 },
  { phrase: 'the majority', min: 50.0001, max: 100 },
  { phrase: 'a majority', min: 50.0001, max: 100 },
  { phrase: 'most', min: 50.0001, max: 100, plurality: true },
  { phrase: 'a minority', min: 0, max: 49.9999 },
  { phrase: 'less than half', min: 0, max: 49.9999 },
  { phrase: 'fewer than half', min: 0, max: 49.9999 },
  { phrase: 'few', min: 0, max: 25 },
  { phrase: 'a few', min: 0, max: 25 },
  { phrase: 'none', min: 0, max: 0 },
];

/** Plural nouns of groups that do not end in s ('staff', 'people', 'children'), as a pattern's alternatives. */
export const PLURALS_WITHOUT_S = 'staff|people|children|men|women|police|personnel';

/**
 * Words that follow a number without making it a count of people or cases,
 * with what they make it: 'six months' (a duration), 'three miles' (a
 * measure), '30 times' (a frequency), '31 March' (a date), '9 pm' (a time).
 */
export const UNIT_TYPES: ReadonlyMap<string, NumberType> = new Map<string, NumberType>([
  ...(['day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours', 'hrs', 'minute', 'minutes', 'mins', 'second', 'seconds', 'night', 'nights', 'working', 'calendar'] as const).map(
    (w) => [w, 'duration'] as [string, NumberType],
  ),
  ...(['miles', 'mile', 'km', 'kg', 'metres', 'meters', 'feet', 'yards', 'litres', 'degrees', 'point', 'points', 'percentage', 'per', 'million', 'billion', 'thousand', 'percent'] as const).map(
    (w) => [w, 'measure'] as [string, NumberType],
  ),
  ['times', 'frequency'],
  ['pounds', 'money'],
  ['pence', 'money'],
  ['euros', 'money'],
  ['dollars', 'money'],
  ['am', 'time'],
  ['pm', 'time'],
  ["o'clock", 'time'],
  ['th', 'ordinal'],
  ['st', 'ordinal'],
  ['nd', 'ordinal'],
  ['rd', 'ordinal'],
  ['year-olds', 'age'],
  ['year-old', 'age'],
  ...(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const).map((w) => [w, 'date'] as [string, NumberType]),
]);

/** Words that follow a number without making it a count of people or cases (the keys of `UNIT_TYPES`). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(UNIT_TYPES.keys());

/**
 * Words before a number that make it a label, not a quantity: 'Tier 3',
 * 'Level 1', 'section 47', 'Schedule 21', 'Rule 45', 'Standard 2', 'ward 7'.
 * The words of `PLACE_LABEL_WORDS` are labels only when capitalised or when
 * no noun follows the number ('on ward 7, six …'; 'on the ward 7 patients' counts patients).
 */
export const LABEL_WORDS = new Set([
  'tier',
  'tiers',
  'level',
  'levels',
  'phase',
  'section',
  'sections',
  'schedule',
  'schedules',
  'article',
  'articles',
  'regulation',
  'regulations',
  // ('rule 35 reports' in immigration detention, 'Rule 45': a rule number before a noun is still a label.)
  'rule',
  'clause',
  'clauses',
  'annex',
  'annexe',
  'criterion',
  'criteria',
  'chapter',
  'table',
  'chart',
  'figure',
  'appendix',
  'page',
  'pages',
  'no',
  'nos',
  'number',
  'report',
  'pc',
  'nvq',
  'stage',
  'step',
  'version',
  'question',
  'paragraph',
  'para',
  'recommendation',
  'item',
  'ogrs',
  'ogrs2',
  'grade',
  'band',
  'category',
  'street',
  'kloe',
  'qi',
  'indicator',
  'domain',
  'theme',
  'principle',
  'outcome',
  'priority',
  'objective',
  'module',
  'cohort',
  'wave',
  'route',
  'type',
]);

/** Place and document words that label a number only when capitalised or when no noun follows it. */
export const PLACE_LABEL_WORDS = new Set(['ward', 'wing', 'unit', 'block', 'cell', 'landing', 'room', 'house', 'floor', 'class', 'standard', 'standards', 'rules', 'part', 'area', 'region', 'zone', 'site']);

/**
 * Nouns that name a whole group, so that 'of the population' after a share
 * in apposition to 'k of the n' restates n ('201 of the 640 prisoners, over
 * a third of the population,'), where 'of them' would be a share of k.
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['population', 'total', 'sample', 'cohort', 'caseload', 'whole', 'group']);

/** Words that may stand between 'from', 'on the' or 'against' and a figure without making it another figure: 'from a record 60,190', 'from a peak of 2,300'. */
export const FIGURE_EPITHETS = 'record|high|peak|low|previous|revised|provisional|combined';

/**
 * Past tenses of verbs that take no object and say what became of a group
 * ('nearly half of the 70 improved'). After 'of the n' such a word may be the
 * verb of a new clause about the n, where a transitive participle ('of the
 * 6,000 registered', 'of the 40 inspected') only names the n.
 */
export const INTRANSITIVE_PAST: ReadonlySet<string> = new Set([
  'improved', 'declined', 'deteriorated', 'increased', 'decreased', 'rose', 'fell', 'grew', 'dropped',
  'failed', 'succeeded', 'passed', 'progressed', 'changed', 'remained', 'stayed', 'left', 'returned',
  'moved', 'reoffended', 're-offended', 'offended', 'absconded', 'escaped', 'died', 'responded',
  'attended', 'complied', 'engaged', 'participated', 'agreed', 'disagreed', 'replied', 'withdrew',
]);


/**
 * Before the amount of a change: 'an increase of', 'a fall of', 'up by', 'rose by' (and a hedge:
 * 'an increase of about'); in the shorthand of statistics, ', up 1,420 (10%)', 'rose 40'. Group 1 is the noun
 * of the change, group 2, 3 or 4 its verb. A count after it is a
 * difference ('an increase of 3,860 (35.3 per cent)'), never a part of a share of the total.
 */
export const CHANGE_AMOUNT_BEFORE = /\b(?:(?:an?\s+)?(increase|rise|growth|jump|fall|drop|decrease|reduction|decline)\s+of|(up|down|rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|reduced)\s+by|(?:(?<=,\s*)|(?<=\b(?:was|were|is|are|been|now)\s+))(up|down)|(rose|risen|fell|fallen))\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$/i;

/** The word that must close the text (before its trailing space) for CHANGE_AMOUNT_BEFORE to match: its verbs and hedges' last words. */
const CHANGE_AMOUNT_LAST = new Set(['of', 'by', 'up', 'down', 'rose', 'risen', 'fell', 'fallen', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'than', 'under']);

/**
 * `CHANGE_AMOUNT_BEFORE.test(text)`, with a cheap test first: the pattern ends in white space after one of a
 * few words, so text that does not is no match (most text before a figure, which many readers ask about).
 */
/** `/\s/` for one character, without a pattern for the common ones (space, tab, line breaks). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(text[i]!);
}

/** `/[A-Za-z]/` for one character. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

export function changeAmountBefore(text: string): boolean {
  let e = text.length;
  if (e === 0 || !isSpaceAt(text, e - 1)) return false;
  while (e > 0 && isSpaceAt(text, e - 1)) e--;
  let b = e;
  while (b > 0 && isLetterAt(text, b - 1)) b--;
  if (!CHANGE_AMOUNT_LAST.has(text.slice(b, e).toLowerCase())) return false;
  return CHANGE_AMOUNT_BEFORE.test(text);
}

/** The share words a summary sentence may open with, in a pattern ('most', 'nearly all', 'a minority', …). */
export const SHARE_OPENING_WORDS = String.raw`almost\s+all|nearly\s+all|virtually\s+all|the\s+vast\s+majority|the\s+great\s+majority|the\s+majority|a\s+majority|most|a\s+minority|less\s+than\s+half|fewer\s+than\s+half|few|a\s+few`;

/**
 * Pairs of states that exclude each other, so that two parts in them split a whole ('18 were full-time and 12
 * part-time'); two states of other words may both hold of one member ('complete' and 'out of date').
 */
export const EXCLUSIVE_STATES: readonly (readonly [string, string])[] = [
  ['men', 'women'], ['male', 'female'], ['boys', 'girls'], ['adults', 'children'],
  ['full-time', 'part-time'], ['full time', 'part time'], ['permanent', 'temporary'],
  ['on remand', 'sentenced'], ['convicted', 'unconvicted'], ['open', 'closed'], ['public', 'private'],
  ['internal', 'external'], ['urban', 'rural'], ['primary', 'secondary'], ['day', 'night'],
];
