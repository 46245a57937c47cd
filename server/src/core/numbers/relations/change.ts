/**
 * Changes: 'rose by 15% to 2,300, from 2,000', 'an increase of 2.5% from 1,200
 * to 1,230', '7% higher than a year earlier, at 1,470 compared with 1,400',
 * 'up by 756, or 1%, from 68,554', 'a rise of 10 percentage points' between
 * two percentages ('a rise of four percentage points on last year's 36%'), 'fell by a quarter, from 48 to 40';
 * 'rose by 250 to 1,250, a rise of 25%', 'by 1,500, or 12.5%, to 13,500', 'a rise of nine cases (25%)', a
 * score's points ('rose by 4 points, from 40 to 44'), two decimals ('from 6.3 to 5.1, a decrease of 19%'),
 * and, over two sentences, a new figure whose old figure is the one count of the sentence before ('The prison held
 * 440 men in 2017. It now holds 400, a fall of 9 per cent.').
 *
 * The stated change is judged against the old and new figures. Counts are
 * exact; percentages stand for half a unit either side, so a relative change
 * between two percentages is a range. Between two percentages, a percentage
 * change may be read as relative or as points: either reading that fits
 * makes the claim consistent.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { countText, type CountIn } from '../judge.js';
import { judge, roundByPolicy, exactPercent, formatScaled } from '../rounding.js';
import { changeAmountBefore, CHANGE_AMOUNT_BEFORE, FIGURE_EPITHETS, hedgeKind, HEDGE_BEFORE, HEDGE_WORDS } from '../words.js';
import { nounAfter, sameGroup, type Tok } from '../scan.js';
import { add, cmpR, div, maxR, minR, mul, overlaps, plainCount, r, safeR, sharedUnitPct, showR, statedRange, sub, tokValue, type R, type Range, claimOver } from './common.js';
import { at, type SentenceView } from './index.js';
import { hedged, q } from '../interval.js';
import { FRACTION_REACH_POINTS } from '../policy.js';

const UP = /^(?:above|rose|risen|rising|rises|increased?|increases|increasing|grew|grown|growing|grows|went\s+up|gone\s+up|up|rise|increase|growth|jump(?:ed)?|climbed|higher|more|greater|soared|surged?|leapt|leaped|leap|rocketed|escalated|expanded|upturn|gain)$/i;
const DOWN = /^(?:below|fell|fallen|falling|falls|dropped|drop|decreased?|decreases|decreasing|declined?|declines|down|reduced|reduction|fall|cut|lower|fewer|less|plummeted|plunged|slumped?|dipped|dip|slipped|tumbled|shrank|shrunk|sank|downturn)$/i;
/** After a change in points, the period it is measured from, named with no level: ' points on the previous year', ' points since the last inspection'. */
const PERIOD_COMPARED = /^\s*(?:percentage\s+)?points?\s+(?:(?:more|fewer|higher|lower|less|greater|up|down)\s+)?(?:than|on|from|compared\s+(?:with|to)|since|over)\s+(?:the\s+|a\s+|its\s+|their\s+|our\s+)?(?:(?:previous|last|prior|preceding|same)\s+)?(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s+)?(?:year|quarter|month|inspection|survey|period|time)\b/i;
/** A change in points to its new level: ' points to 58%', ' percentage points, to 58%'. */
const POINTS_TO_LEVEL = /^\s*(?:percentage\s+)?points?,?\s+to\s+\d/i;
/** Points named as another scale's: ' points on the wellbeing scale', ' points in its index'. */
const OTHER_SCALE = /^\s*(?:percentage\s+)?points?\s+(?:on|in)\s+(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,4}?(?:scale|score|index|measure)\b/i;
/** A clause set against another: 'though', 'while', 'but', 'whereas'. */
const CONTRAST = /\b(?:though|although|while|whilst|whereas|but|yet|however)\b/i;
/** Before a share that is a target, an average or another place's rate: 'a target of', 'the national average of', 'the regional figure was'. */
const COMPARISON_BEFORE = /\b(?:target|benchmark|threshold|ambition|aim|expectation|standard|average|national(?:ly)?|regional|(?:England|Wales|Scotland)(?:'s)?|similar\s+\w+|comparable\s+\w+)(?:\s+(?:\w+\s+){0,2}?(?:of|was|is|stood\s+at))?\s+(?:about\s+|around\s+)?$/i;
/** After it: 'target', 'nationally', 'in similar schools', 'across England'. */
const COMPARISON_AFTER = /^\s*(?:target|benchmark|threshold|average|nationally|(?:seen\s+)?(?:in|across|for|at)\s+(?:similar|comparable|other|all)\s|(?:in|across)\s+(?:England|Wales|Scotland|Northern\s+Ireland)\b)/i;
function comparisonLevel(text: string, t: Tok): boolean {
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start)) || COMPARISON_AFTER.test(text.slice(t.end, t.end + 30));
}

/** The period's own level right after it: ''s 57%', ' of 57%', ', when it was 57%', ' (57%)'. */
const PERIOD_LEVEL = /^(?:'s|\s+(?:figure\s+|rate\s+)?of|,?\s+when\s+it\s+(?:was|stood\s+at)|\s*\(|\s+[\u2013\u2014-])?\s*\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b)/i;

const CUE_BEFORE = new RegExp(
  String.raw`\b(rose|risen|rising|rises|increased?|increases|increasing|grew|grown|growing|grows|went\s+up|gone\s+up|up|fell|fallen|falling|falls|dropped|decreased?|decreases|decreasing|declined?|declines|down|reduced|cut|jumped|climbed|soared|surged|leapt|leaped|rocketed|escalated|expanded|plummeted|plunged|slumped|dipped|slipped|tumbled|shrank|shrunk|sank|improved|deteriorated|worsened|(?:the|its|their)\s+(?:rise|increase|growth|fall|drop|decrease|reduction|decline)\s+(?:was|is)|(?:a|an)\s+(?:(?:relative|further|small|slight|large|sharp|steep|significant|marked|modest|overall|net|total|real-terms|annual)\s+)?(?:rise|increase|growth|fall|drop|decrease|reduction|decline|jump|improvement|deterioration|surge|leap|dip|slump|upturn|downturn|gain|difference|gap)(?:\s+in\s+\w+)?)(?:\s+the\s+(?:most|least|fastest)|\s+(?:sharply|steeply|slightly|markedly|again))?(?:,?\s+(?:of\s+|by\s+)?(?:${HEDGE_WORDS}\s+)?(?:some\s+)?|(?:\s+by)?\s+(?:only\s+)?(?:a\s+fraction|a\s+little|slightly|marginally)\s*[\u2013\u2014-]\s*)$`,
  'i',
);
/** After a gap in points: 'better than', 'worse than', 'better on' (no direction: a better rate may be the lower). */
const BETTER_AFTER = /^\s*(better|worse)\s+(?:than|on)\b/i;
/** ('1.7 percentage points above 2014/15 (66.0%)': a year right after 'above' or 'below', its level in brackets or its own.) */
const CUE_AFTER = /^\s*(more|fewer|higher|lower|less|greater|up|down|increase|rise|growth|jump|fall|drop|decrease|reduction|decline|difference|gap)\b|^\s*(above|below)(?=\s+(?:that|those|the|a|an|its|their|this|last|in|for|among|of)\b|\s+(?:19|20)\d\d(?:[/-]\d{2,4})?(?:\s*\(|'s\b))/i;
/** After a percentage, a comparative that makes it a relative difference: ' higher in relative terms', ' more than in 2021'. */
const RELATIVE_AFTER = /^\s*(?:more|fewer|higher|lower|less|greater|(?:up|down)(?!\s+from\b)|in\s+relative\s+terms)\b/i;
/** The unit of a change in points: 'points', 'percentage points', 'percentage-point', '-point' ('a 3-point rise'), 'pp', 'ppts'. */
const POINTS = /^(?:\s*(?:percentage\s+|percentage[-\u2010\u2011])?points?\b|[-\u2010\u2011](?:percentage[-\u2010\u2011\s])?points?\b|\s?(?:pp|ppts?)\b)/i;
/**
 * A later clause with a change verb of its own right before 'from' or 'to', after a comma: '…, with the average
 * places per childminder rising from 5.1 to 6.1'; '…, and then fell to'.
 */
const PARTICIPLE_CHANGE = /,[^;]*\b(?:rising|falling|growing|dropping|increasing|decreasing|declining|going\s+(?:up|down)|rose|fell|grew|dropped|increased|decreased|declined)\s+(?:from|to)\s+(?:the\s+|a\s+)?[£$€]?$/i;

/**
 * A clause joined on with a change verb of its own, right before the cue of the figure: '…, though the number
 * … fell from'; or with a figure of its own before 'up from' or 'down from' ('…, and 123,900 were waiting,
 * down from'), not a gapped 'and up from' of the same subject.
 */
const OTHER_CLAUSE_CHANGE = /(?:[,;]\s*|\s)(?:while|whereas|though|although|but|and)\s(?:[^;]*\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined)|[^;]*\d[^;]*\b(?:up|down))\s+(?:from|to)\s+(?:the\s+|a\s+)?[£$€]?$/i;
const FRACTION_CHANGE = new RegExp(
  String.raw`\b(rose|risen|increased|grew|grown|fell|fallen|dropped|decreased|declined|reduced|cut|soared|surged|plummeted|plunged|slumped|dipped|slipped|tumbled|shrank|shrunk|(?:went|gone|come|came)\s+(?:up|down)|up|down)\s+by\s+(?:(${HEDGE_WORDS})\s+)?(?:(a|one|two|three)[-\u2010\u2011 ]+)?(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b`,
  'gi',
);
/** The same change named by a noun: 'a reduction of a quarter', 'an increase of nearly a third', 'a fall of two fifths'. */
/** What both patterns above end in: a sentence without one of these has no change by a fraction. */
const FRACTION_WORD = /half|third|quarter|fifth|tenth/i;
const FRACTION_CHANGE_NOUN = new RegExp(
  String.raw`\b(?:a|an)\s+(?:(?:further|small|slight|sharp|steep|significant|marked|modest|overall|net)\s+)?(rise|increase|growth|fall|drop|decrease|reduction|decline|cut)\s+of\s+(?:(${HEDGE_WORDS})\s+)?(?:(a|one|two|three)[-\u2010\u2011 ]+)?(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b`,
  'gi',
);
/**
 * What may stand between the new level of a 'from … to …' pair and the fraction set after it: its period and a
 * comma or dash ('from 1,240 in 2022 to 930 in 2023, a reduction of a quarter'; 'from 310 to 372, up by a fifth').
 */
const PAIR_THEN_FRACTION = /^(?:\s+(?:in|by|during|at)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?))?\s*(?:,|\s[\u2013\u2014-])\s*$/;
const FRACTIONS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

interface Figure {
  tok: Tok;
  value: R;
  unit: R;
  exact: boolean;
  /** An amount of money ('£1.2 million'): the power of ten of its scale word ('6' for million, '0' for none). */
  money?: string;
  /**
   * A hedged count ('to more than 427,000', 'to about 89,700'): a bound, not a value. 'above' and
   * 'below' are one side of it; 'around' the figure rounded to its last written non-zero place.
   * A change over a hedged figure is judged only when it fits (else listed).
   */
  bound?: 'above' | 'below' | 'around';
  /** A figure of an earlier sentence: that sentence's offset (its token's offsets are into its own text). */
  offset?: number;
  /** An amount in units: its unit word ('day' for '9.1 days'), or '' when none is written ('11.4 per person'). */
  unitWord?: string;
}

/**
 * The old and new levels of the 'from … to …' pair that ends right before `idx` (only its period and a comma or
 * dash between), in one clause: no semicolon, and no other figure after the new level.
 */
function pairBefore(s: SentenceView, idx: number): [Figure | undefined, Figure | undefined] {
  const head = s.text.slice(0, idx);
  const fromAt = head.search(/\bfrom\s+(?:[^;:]{0,80})$/i);
  if (fromAt < 0) return [undefined, undefined];
  const a = quantity(s, after(s, fromAt, /\bfrom\b/i));
  const b = a ? quantity(s, after(s, a.tok.end, /\bto\b/i)) : undefined;
  if (!a || !b || b.tok.end > idx || !PAIR_THEN_FRACTION.test(s.text.slice(b.tok.end, idx))) return [undefined, undefined];
  return [a, b];
}

/** A unit of time after a decimal amount ('9.1 days'). */
const DURATION_AFTER = /^\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b/i;

/** The unit word written after an amount ('day' in '9.1 days in 2022/23'), singular and plural alike. */
function unitAfter(text: string, t: Tok): string {
  // 'from 28 to 48 days': the first level's unit is written once, after the second (quantities.ts `propagate`).
  const to = /^\s+to\s+\d[\d,.]*\s+([A-Za-z]+)/.exec(text.slice(t.end, t.end + 32));
  if (to && t.type === 'duration' && DURATION_AFTER.test(to[1]!)) return to[1]!.toLowerCase().replace(/s$/, '');
  const w = /^\s*([A-Za-z]+)/.exec(text.slice(t.end, t.end + 16))?.[1]?.toLowerCase() ?? '';
  return w.replace(/s$/, '');
}

/** The hedge right before a count, as a bound: 'more than', 'over' (above); 'fewer than', 'nearly' (below); 'about' (around). */
const COUNT_BOUND = /\b(more\s+than|over|in\s+excess\s+of|upwards\s+of|at\s+least|just\s+over|fewer\s+than|less\s+than|under|up\s+to|at\s+most|almost|nearly|just\s+under|about|around|approximately|roughly|some|circa)\s+$/i;

function boundOf(text: string, t: Tok): Figure['bound'] {
  const m = COUNT_BOUND.exec(text.slice(Math.max(0, t.start - 24), t.start));
  if (!m) return undefined;
  const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:more than|over|in excess of|upwards of|at least|just over)$/.test(w)) return 'above';
  if (/^(?:about|around|approximately|roughly|some|circa)$/.test(w)) return 'around';
  return 'below';
}

function figure(t: Tok): Figure {
  return { tok: t, ...tokValue(t) };
}

const SCALE: Record<string, string> = { thousand: '3', k: '3', million: '6', m: '6', mn: '6', billion: '9', bn: '9' };

/** An amount of money: a number right after a currency sign, with its scale word ('£1.2 million', '$3bn', '€450,000'). */
export function moneyOf(text: string, t: Tok): { scale: string } | undefined {
  if (t.kind !== 'num' || t.word || !/[£$€]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return undefined;
  const m = /^\s*(thousand|million|billion|bn|mn|m|k)\b/i.exec(text.slice(t.end, t.end + 10));
  return { scale: m ? SCALE[m[1]!.toLowerCase()]! : '0' };
}

const AMOUNT = /\b(from|to)\s+([£$€])(\d{1,3}(?:,\d{3})*(?:\.\d{1,3})?|\d+(?:\.\d{1,3})?)(?:\s*(thousand|million|billion|bn|mn|m|k)\b)?/y;

/** The amount of money written right after 'from' or 'to' at or after `pos` (within the next 40 characters). */
function amountAfter(s: SentenceView, pos: number, cue: 'from' | 'to'): Figure | undefined {
  const limit = Math.min(s.text.length, pos + 40);
  for (let i = s.text.indexOf(cue, pos); i >= 0 && i < limit; i = s.text.indexOf(cue, i + 1)) {
    AMOUNT.lastIndex = i;
    const m = AMOUNT.exec(s.text);
    if (!m || m[1] !== cue || (i > 0 && /\w/.test(s.text[i - 1]!))) continue;
    const start = i + m[0].indexOf(m[3]!, m[1].length + 1);
    const tok: Tok = { kind: 'num', start, end: start + m[3]!.length, raw: m[3]!, value: Number(m[3]!.replace(/,/g, '')), decimals: 0, word: false, notCount: true };
    return moneyFigure(s.text, tok);
  }
  return undefined;
}

const MONEY = /[£$€](\d{1,3}(?:,\d{3})*(?:\.\d{1,3})?|\d+(?:\.\d{1,3})?)(?:\s*(thousand|million|billion|bn|mn|m|k)\b)?/g;

function moneyTok(m: RegExpExecArray): Tok {
  const start = m.index + 1;
  return { kind: 'num', start, end: start + m[1]!.length, raw: m[1]!, value: Number(m[1]!.replace(/,/g, '')), decimals: 0, word: false, notCount: true };
}

/** The amount of money written at `pos` ('£3.5 million'). */
function amountAt(s: SentenceView, pos: number): Figure | undefined {
  MONEY.lastIndex = pos;
  const m = MONEY.exec(s.text);
  return m && m.index === pos ? moneyFigure(s.text, moneyTok(m)) : undefined;
}

/** The last amount of money written before `pos`. */
function lastAmountBefore(s: SentenceView, pos: number): Figure | undefined {
  MONEY.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = MONEY.exec(s.text); m && m.index < pos; m = MONEY.exec(s.text)) if (m.index + m[0].length <= pos) last = m;
  return last ? moneyFigure(s.text, moneyTok(last)) : undefined;
}

/**
 * An amount as a figure: rounded to its last written place (so '£1.2 million' stands for 1.15–1.25
 * million). Two amounts are compared only in the same scale, which the ratio of a change does not need.
 */
function moneyFigure(text: string, t: Tok): Figure | undefined {
  const m = moneyOf(text, t);
  if (!m) return undefined;
  const digits = t.raw.replace(/,/g, '');
  if (!/^\d+(?:\.\d{1,3})?$/.test(digits)) return undefined;
  const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const S = 10 ** places;
  const n = Math.round(Number(digits) * S);
  if (!Number.isSafeInteger(n) || n <= 0) return undefined;
  return { tok: t, value: r(n, S), unit: r(1, S), exact: false, money: m.scale };
}

/**
 * What may stand between a cue word and its figure: 'from the', 'from a total of', 'from a record', 'from a peak of';
 * the period the old figure is of, as a possessive ('on last year's 36%', 'from the previous year's 1,200').
 */
const BEFORE_FIGURE = new RegExp(
  String.raw`^\s*(?:(?:last|(?:the\s+)?(?:previous|last|preceding|same))\s+(?:year|month|quarter|term|week|day|fortnight|period|decade|cohort|census|review|visit|inspection|survey)['\u2019]s\s+)?(?:the\s+|a\s+total\s+of\s+|an\s+average\s+of\s+|an?\s+)?(?:(?:${FIGURE_EPITHETS})\s+(?:of\s+)?)?(?:(?:more|fewer|less)\s+than\s+|over\s+|under\s+|almost\s+|nearly\s+|about\s+|around\s+|approximately\s+|roughly\s+)?[£$€]?$`,
  'i',
);

/** A comparison cue that marks the old figure of a change written after it: 'against 304,400', 'compared with', 'up on'. */
const OLD_BEFORE = /\b(?:than|compared\s+(?:with|to)|against|(?:up|down|more|fewer|higher|lower|less|greater|rise|increase|growth|fall|drop|decrease|reduction|decline)\s+(?:of\s+\S+\s+)?on)\b(?:\s+(?:the|a|an))?(?:\s+(?:figure|total|number|level)\s+of)?/i;

/** The token right after a cue word ('from', 'to', 'than the', 'on the', 'compared with', 'at'), the first such after `from`. */
function after(s: SentenceView, from: number, cue: RegExp): Tok | undefined {
  const re = new RegExp(cue.source, 'gi');
  re.lastIndex = from;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const pos = m.index + m[0].length;
    const t = s.toks.find((x) => x.start >= pos);
    if (!t) return undefined;
    if (t.start - pos <= 24 && BEFORE_FIGURE.test(s.text.slice(pos, t.start))) return t;
    if (m[0].length === 0) re.lastIndex++;
  }
  return undefined;
}

/** The last figure right after `cue` that ends before `end`. */
function lastBefore(s: SentenceView, end: number, cue: RegExp): Tok | undefined {
  let found: Tok | undefined;
  for (let t = after(s, 0, cue); t && t.end <= end; t = after(s, t.end, cue)) found = t;
  return found;
}

function quantity(s: SentenceView, t: Tok | undefined, hedged = false): Figure | undefined {
  if (!t) return undefined;
  if (t.kind === 'num') {
    // 'fell from one in three to one in four', 'from 1 in 10 … to 1 in 8': the first figure of a ratio is no level of its own.
    if (ratioNumerator(s, t)) return undefined;
    if (plainCount(s.text, t)) return figure(t);
    // 'used force 412 times in six months, against 282': a number of occasions is a count (not 'three times a
    // week', 'three times the rate', 'times more').
    if (t.type === 'frequency' && Number.isInteger(t.value) && t.value > 1 && /^\s+times\b(?!\s+(?:a|an|per|each|every|the|as|more|higher|lower|greater|larger|fewer|less|smaller|over|that|than|what)\b)/i.test(s.text.slice(t.end, t.end + 24)) && !COUNT_BOUND.test(s.text.slice(Math.max(0, t.start - 24), t.start)) && !/\b(?:at|by|of)\s+$/i.test(s.text.slice(Math.max(0, t.start - 4), t.start))) return figure(t);
    const money = moneyFigure(s.text, t);
    if (money) return money;
    // An amount in units ('up from 9.1 days … to 11.4 days'): a figure like a count, in its unit (`unitWord`).
    if ((t.type === 'duration' || t.type === 'measure' || (t.type === 'decimal' && DURATION_AFTER.test(s.text.slice(t.end, t.end + 12)))) && t.value > 0 && !boundOf(s.text, t)) return { ...figure(t), unitWord: unitAfter(s.text, t) };
    // A hedged count ('to more than 427,000'): a bound.
    const bound = hedged && !t.notCount && Number.isInteger(t.value) && t.value > 0 && !/^-[a-z]/i.test(s.text.slice(t.end, t.end + 2)) ? boundOf(s.text, t) : undefined;
    return bound ? { ...figure(t), exact: false, bound } : undefined;
  }
  if (t.kind === 'pct' && !t.hedge) return figure(t);
  return undefined;
}

/**
 * The year a level is of, written after it in its clause ('77% were good as at 31 August 2015'): the first
 * year token after it, with only words, dates and other non-counts between, and no clause break.
 */
function yearOfLevel(s: SentenceView, t: Tok): number | undefined {
  const i = s.toks.indexOf(t);
  for (let j = i + 1; i >= 0 && j < s.toks.length; j++) {
    const x = s.toks[j]!;
    if (x.start - t.end > 60 || /[;.:]|\b(?:and|but|while|against|compared|than|from|to)\b/i.test(s.text.slice(t.end, x.start))) return undefined;
    if (x.type === 'year') return x.value;
    if (!x.notCount) return undefined;
  }
  return undefined;
}

/** Whether `t` opens a ratio: 'one in three', '2 out of 5', 'one in every 50'. */
function ratioNumerator(s: SentenceView, t: Tok): boolean {
  const i = s.toks.indexOf(t);
  const next = i >= 0 ? s.toks[i + 1] : undefined;
  return !!next && next.kind === 'num' && !next.notCount && /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/i.test(s.text.slice(t.end, next.start));
}

export function readChange(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const lower = s.text;
  let lastPointsDir: number | undefined;
  for (let i = 0; i < s.toks.length; i++) {
    const t = s.toks[i]!;
    let points = false;
    if (t.kind === 'num' && POINTS.test(lower.slice(t.end, t.end + 24))) points = true;
    else if (t.kind !== 'pct') continue;
    const before = lower.slice(Math.max(0, (t.hedge?.start ?? t.start) - 60), t.hedge?.start ?? t.start);
    let cueB = CUE_BEFORE.exec(before);
    // 'up by 756, or 1%': the cue stands before the absolute change.
    const prevTok = s.toks[i - 1];
    if (!cueB && prevTok && prevTok.kind === 'num' && /^\s*,?\s*(?:or|\()\s*$/.test(lower.slice(prevTok.end, t.hedge?.start ?? t.start))) {
      cueB = CUE_BEFORE.exec(lower.slice(Math.max(0, prevTok.start - 60), prevTok.start));
    }
    // 'a drop of 13 percentage points, or 17%': the cue stands before the change in points.
    if (!cueB && !points && prevTok && prevTok.kind === 'num' && POINTS.test(lower.slice(prevTok.end, prevTok.end + 24))) {
      const pe = prevTok.end + POINTS.exec(lower.slice(prevTok.end, prevTok.end + 24))![0].length;
      if (/^\s*,?\s*(?:or|\()\s*$/.test(lower.slice(pe, t.hedge?.start ?? t.start))) cueB = CUE_BEFORE.exec(lower.slice(Math.max(0, (prevTok.hedge?.start ?? prevTok.start) - 60), prevTok.hedge?.start ?? prevTok.start));
    }
    // 'a rise of seven cases (23%)': the cue before the amount and its noun.
    if (!cueB && prevTok && prevTok.kind === 'num' && /^\s+[a-z]+\s*\(\s*$/i.test(lower.slice(prevTok.end, t.start)) && /^\s*\)/.test(lower.slice(t.end, t.end + 3))) {
      cueB = CUE_BEFORE.exec(lower.slice(Math.max(0, prevTok.start - 60), prevTok.start));
    }
    // 'a fall of nearly a quarter (28 per cent)': the percentage in brackets after the fraction it gives.
    if (!cueB && prevTok && prevTok.kind === 'frac' && /^\s*\(\s*$/.test(lower.slice(prevTok.end, t.start)) && /^\s*\)/.test(lower.slice(t.end, t.end + 3))) {
      const fs = prevTok.hedge?.start ?? prevTok.start;
      cueB = CUE_BEFORE.exec(lower.slice(Math.max(0, fs - 60), fs));
    }
    // '12.8% (20,667) more than in March 2015': the absolute change in brackets between the percentage and its cue.
    const nextTok = s.toks[i + 1];
    const bracketed = nextTok && nextTok.kind === 'num' && /^\s*\(\s*$/.test(lower.slice(t.end, nextTok.start)) && /^\s*\)/.test(lower.slice(nextTok.end, nextTok.end + 3)) ? nextTok : undefined;
    // '0.9 percentage points fewer than …': the cue after the points.
    const afterAmount = points ? t.end + (POINTS.exec(lower.slice(t.end, t.end + 24))?.[0].length ?? 0) : t.end;
    let cueA = cueB ? undefined : CUE_AFTER.exec(lower.slice(afterAmount, afterAmount + 20)) ?? (bracketed ? CUE_AFTER.exec(lower.slice(lower.indexOf(')', bracketed.end) + 1, lower.indexOf(')', bracketed.end) + 21)) : null);
    // 'seven percentage points better than the 92%': a gap in points, its direction left open (better may be lower).
    if (!cueB && !cueA && points) cueA = BETTER_AFTER.exec(lower.slice(afterAmount, afterAmount + 20));
    // 'improved 40% of the plans', 'expanded 30% of its places': a verb with a share as its object, not a change
    // amount (which is 'by 40%', or a bare '40%' that no 'of' follows).
    if (cueB && !/^(?:a|an)\s/i.test(cueB[1]!) && !/\b(?:by|of)\s+(?:\S+\s+)?$/i.test(cueB[0]) && /^\s*of\b/i.test(lower.slice(t.end, t.end + 6))) continue;
    // 'made up 58.3% of the list': a phrasal verb, not a rise.
    if (cueB && /^up$/i.test(cueB[1]!) && /\b(?:made|make|makes|making|took|take|takes|taken|set|sets|adds?|added|ends?|ended|sum|sums|summed)\s+up\b/i.test(before.slice(Math.max(0, cueB.index - 12)))) continue;
    // 'up 2 percentage points on the 69 per cent of 2021 and 4 points on the 67 per cent of 2019': a gapped
    // second change in points, with its own comparison, takes the first one's direction.
    const gapped = !cueB && !cueA && points && lastPointsDir !== undefined && /\band\s+$/i.test(before) && /^\s*(?:on|than|from)\b/i.test(lower.slice(afterAmount, afterAmount + 8));
    // 'went up from 250 to 300 (20%)': the change in brackets after the pair its verb opens.
    const verbPair = !cueB && !cueA && !gapped ? PAIR_THEN_BRACKET.exec(lower.slice(Math.max(0, t.start - 90), t.start)) : null;
    if (verbPair) cueB = verbPair;
    // 'rose from 130 to 135, or 4 per cent', 'went up by 497 during the year, from 3,145 to 3,642, or 14%': the change
    // restated after ', or' closing the pair its verb opens (not a share: no 'of' follows).
    const orPair = !cueB && !cueA && !gapped && !/^\s*of\b/i.test(lower.slice(afterAmount, afterAmount + 6)) ? PAIR_THEN_OR.exec(lower.slice(Math.max(0, t.start - 120), t.start)) : null;
    if (orPair) cueB = orPair;
    if (!cueB && !cueA && !gapped) continue;
    const cueWord = (cueB?.[1] ?? cueA?.[1] ?? cueA?.[2] ?? '').replace(/^(?:a|an|the|its|their)\s+/i, '').split(/\s+/)[0]!;
    const dir = gapped ? lastPointsDir! : UP.test(cueWord) ? 1 : DOWN.test(cueWord) ? -1 : 0;
    if (points) lastPointsDir = dir;
    // 'fell by 5% in 2022 and 6% in 2023, from 2,000 to 1,786', 'by 3%, 5% and 8%', 'by 10% and 20% respectively':
    // one of a list of change amounts, whose figures are the list's, not this one's.
    if (inAmountList(s, i)) continue;
    let claim = judgeChange(s, t, points, dir, i);
    // The new figure one of several: the claim is judged only when one of them fits ('310 cases of scabies
    // across 46 care homes, compared with 190 in 2022, an increase of 63%').
    for (let k = 1; k <= 3 && claim?.verdict === 'unchecked' && / one of several/.test(claim.arithmetic); k++) {
      const other = judgeChange(s, t, points, dir, i, k);
      if (!other) break;
      if (other.verdict === 'ok') claim = other;
    }
    // 'rose from 250 to 300 (75%)': a percentage in brackets after a count may be its share of a whole ('of the
    // 400 cases'), so a change read there is judged only when it fits.
    if (claim && verbPair && claim.verdict !== 'ok') claim = { ...claim, verdict: 'unchecked', arithmetic: `${claim.arithmetic} (the bracket after the new figure may be its share of a whole: not judged)` };
    if (claim && verbPair && claim.verdict === 'unchecked') {
      delete claim.rule;
      delete claim.message;
      delete claim.replacement;
    }
    if (claim) out.push(claim);
  }
  out.push(...readAbsolute(s), ...readCountAndRate(s), ...readPairAmount(s));
  // (Both need a fraction word: one cheap test spares the two long patterns on most sentences.)
  for (const m of FRACTION_WORD.test(lower) ? [...lower.matchAll(FRACTION_CHANGE), ...lower.matchAll(FRACTION_CHANGE_NOUN)] : []) {
    // 'grew by nearly a third': the hedge bends the fraction (`hedged`, interval.ts).
    const hedgeRaw = m[2];
    const kind = hedgeRaw ? hedgeKind(hedgeRaw) : undefined;
    if (hedgeRaw && !kind) continue;
    // 'rose by half': only 'half' goes without its article.
    if (!m[3] && !/^half$/i.test(m[4]!)) continue;
    // 'fell by half a day', 'by a quarter of a point', 'by a third of the figure': the fraction of an amount, not of the level.
    if (/^\s+(?:a|an|of)\b/i.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const numWord = (m[3] ?? 'a').toLowerCase();
    const num = numWord === 'three' ? 3 : numWord === 'two' ? 2 : 1;
    const den = FRACTIONS[m[4]!.toLowerCase()]!;
    if (num >= den || (num > 1 && !/s$/i.test(m[4]!))) continue;
    const start = m.index + m[0].length - (m[3] ? m[3].length + 1 : 0) - m[4]!.length;
    const fracSpan = { start: m.index + m[0].indexOf(hedgeRaw ?? m[3] ?? m[4]!, m[1]!.length), end: m.index + m[0].length };
    let a = quantity(s, after(s, m.index + m[0].length, /\bfrom\b/i));
    let b = quantity(s, after(s, m.index + m[0].length, /\bto\b/i));
    // The pair set before the fraction, in the fraction's own clause: 'fell from 1,240 to 930, a reduction of a quarter'.
    // (The fraction closes its clause: 'a fall of a third in the gap' is of something else.)
    if (!a && !b && /^\s*(?:[.;,)\u2013\u2014]|$)/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) [a, b] = pairBefore(s, m.index);
    // 'rose by a third, from £1.2 million to £1.6 million'.
    if (!a && !b) {
      a = amountAfter(s, m.index + m[0].length, 'from');
      b = a ? amountAfter(s, a.tok.end, 'to') : undefined;
    }
    if (!a || !b || start < 0 || a.bound || b.bound || a.tok.kind !== b.tok.kind || a.money !== b.money || a.unitWord !== b.unitWord) continue;
    // The pair is of the fraction's own clause: no semicolon, and no change amount of its own between
    // ('gone up by a fifth; challenges rose by 15 per cent, from 4,255 to 4,885').
    const gapEnd = m.index + m[0].length;
    // Nor a clause joined on with a verb of its own ('fell by a quarter to 3,000, but the number waiting over a year rose from 200 to 300').
    const gapText = s.text.slice(gapEnd, Math.max(a.tok.start, b.tok.start));
    if (OTHER_CLAUSE_AFTER.test(gapText) && CHANGE_VERB.test(gapText)) continue;
    if (/[;:]/.test(s.text.slice(gapEnd, a.tok.start)) || s.toks.some((t) => t.start >= gapEnd && t.end <= a.tok.start && (t.kind === 'pct' || t.kind === 'frac'))) continue;
    const dir = DOWN.test(m[1]!.split(/\s+/)[0]!) || /down/i.test(m[1]!) ? -1 : 1;
    const exact = a.exact && b.exact;
    // Rounded figures ('from 8.4% to 6.3%', '£1.2 million') stand for half a unit either side: the change is a range.
    const half = (f: Figure) => (f.exact ? r(0) : mul(f.unit, r(1, 2)));
    const aLo = sub(a.value, half(a));
    if (cmpR(aLo, r(0)) <= 0 || !safeR(a.value, b.value)) continue;
    const corners = [aLo, add(a.value, half(a))].flatMap((x) => [sub(b.value, half(b)), add(b.value, half(b))].map((y) => mul(r(100 * dir), div(sub(y, x), x))));
    const cLo = corners.reduce((u, v) => minR(u, v));
    const cHi = corners.reduce((u, v) => maxR(u, v));
    const target = r(100 * num, den);
    // 'By a quarter' of a count: within five points, or half a case.
    const near = maxR(r(FRACTION_REACH_POINTS), exact ? r(50, Math.max(1, a.value.n)) : r(0));
    const iv = kind ? hedged(kind, q(100 * num, den)) : undefined;
    const want: Range = iv ? { lo: r(iv.lo.n, iv.lo.d), hi: r(iv.hi.n, iv.hi.d), loOpen: iv.loOpen, hiOpen: iv.hiOpen } : { lo: sub(target, near), hi: add(target, near) };
    const ok = overlaps({ lo: cLo, hi: cHi }, want) && (!exact || Math.sign(sub(b.value, a.value).n) === dir);
    const operands: Operand[] = [placed(s, 'n', a), placed(s, 'k', b), { role: 'f', value: num / den, fraction: { num, den }, raw: s.text.slice(fracSpan.start, fracSpan.end), span: at(s, fracSpan.start, fracSpan.end) }];
    const made = cmpR(cLo, cHi) === 0 ? `${showR(cLo.n < 0 ? r(-cLo.n, cLo.d) : cLo)}%` : `${showR(cLo)}%–${showR(cHi)}%`;
    const arithmetic = `(${b.tok.raw} − ${a.tok.raw}) / ${a.tok.raw} = ${exact && dir * Math.sign(sub(b.value, a.value).n) < 0 ? 'the other way: ' : ''}${made}, ${ok ? '≈' : 'not'} ${hedgeRaw ? `${hedgeRaw.toLowerCase()} ` : ''}${num}/${den} (${showR(target)}%)`;
    // 'fell by a quarter, from 1,240 to 1,020 in the first year and to 930 in the second': the change may run to the later level.
    if (!ok && (chainedLevel(s.text, b.tok) || realTerms(s.text, m.index, b.tok.end))) {
      out.push(record(s, operands, 'unchecked', `${arithmetic} (${chainedLevel(s.text, b.tok) ? 'a later level follows, to which the change may run' : 'a change in real terms, of figures in cash'}: not judged)`));
      continue;
    }
    out.push(record(s, operands, ok ? 'ok' : 'inconsistent', arithmetic, ok ? undefined : `'${operands[2]!.raw}' does not fit ${a.tok.raw} → ${b.tok.raw}: ${arithmetic}`));
  }
  return out;
}


/**
 * 'in 2016, 14,794 requests were turned down, an increase of 3,860 (35.3 per cent) on 2015': the new
 * figure is the count the change follows, the old one the new less the change (more, for a fall), and
 * the rate is the change over the old. Or the new figure after 'to' ('rose by 756 (6%) to 13,356').
 * Exact counts: the rate is judged to its written places.
 */
function readCountAndRate(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  // (Every reading is of a rate, a 'pct' token after the count: a sentence with none has nothing here.)
  if (!s.toks.some((t) => t.kind === 'pct')) return out;
  const text = s.text;
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const d = s.toks[i]!;
    let p = s.toks[i + 1]!;
    // 'rose by 250 to 1,250, a rise of 25%': the rate after the new figure, in apposition.
    let toAfter: Tok | undefined;
    // 'rose by 2,150, or 14%, to 17,500': the rate after ', or', no bracket.
    let orRate = false;
    const later = s.toks[i + 2];
    if (plainCount(text, d) && p.kind === 'num' && later && later.kind === 'pct' && !later.hedge && /^\s*,?\s*to\s+$/i.test(text.slice(d.end, p.start)) && /^\s*,\s*(?:an?\s+)?(?:increase|rise|growth|jump|fall|drop|decrease|reduction|decline)\s+of\s+$/i.test(text.slice(p.end, later.start)) && !POINTS.test(text.slice(later.end, later.end + 24))) {
      toAfter = p;
      p = later;
    } else if (!plainCount(text, d) || p.kind !== 'pct' || p.hedge || !((/^\s*\(\s*$/.test(text.slice(d.end, p.start)) && /^\s*\)/.test(text.slice(p.end, p.end + 3))) || (orRate = /^\s*,\s*or\s+$/i.test(text.slice(d.end, p.start))))) continue;
    const cue = CHANGE_AMOUNT_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (!cue) continue;
    const word = (cue[1] ?? cue[2] ?? cue[3] ?? cue[4] ?? '').toLowerCase();
    const up = /^(?:increase|rise|growth|jump|up|rose|risen|increased|grew|grown)$/.test(word);
    const cueStart = d.start - cue[0].length;
    // The new figure: after 'to' right after the bracket, or the plain count just before the cue, its clause joined by a comma.
    const close = toAfter || orRate ? p.end : p.end + /^\s*\)/.exec(text.slice(p.end, p.end + 3))![0].length;
    const toNew = /^\s*,?\s*to\s+$/i;
    let nw = toAfter ?? s.toks.find((t) => t.start >= close && t.start - close <= 12 && toNew.test(text.slice(close, t.start)));
    // (', or 1%, from 68,554' with no 'to' is read by judgeChange, with its old figure.)
    if (!nw && !orRate) {
      const before = s.toks.filter((t) => t.end <= cueStart);
      const last = before[before.length - 1];
      if (last && plainCount(text, last) && /^[^.;:()\d]{0,80},\s*$/.test(text.slice(last.end, cueStart))) nw = last;
    }
    if (!nw || !plainCount(text, nw)) continue;
    // '42 deaths, up from 35, an increase of seven (20%)': a count after 'from' is the old figure, not the new one.
    const isOld = !toAfter && /\b(?:from|than|on|compared\s+(?:with|to)|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, nw.start - 20), nw.start));
    if (isOld) {
      const newValue = up ? nw.value + d.value : nw.value - d.value;
      if (newValue <= 0) continue;
      const jo = judge(d.value, nw.value, p.value, p.decimals, s.policy);
      const ops: Operand[] = [
        { role: 'n', value: nw.value, raw: nw.raw, span: at(s, nw.start, nw.end) },
        { role: 'c', value: d.value, raw: d.raw, span: at(s, d.start, d.end) },
        { role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: at(s, p.start, p.end) },
      ];
      const ex = `${d.raw} / ${nw.raw} = ${exactPercent(d.value, nw.value, p.decimals + 2)}%`;
      if (jo.verdict === 'ok') out.push(record(s, ops, 'ok', `${ex} ≈ ${p.raw} ✓`));
      else if (judge(d.value, newValue, p.value, p.decimals, s.policy).verdict !== 'inconsistent') out.push(record(s, ops, 'unchecked', `${ex}; but ${d.raw} is ${exactPercent(d.value, newValue, p.decimals + 2)}% of ${newValue}, so the rate may be given of the new figure (not judged)`));
      else out.push(record(s, ops, 'inconsistent', `${ex}, not ${p.raw}`, `The change does not match its figures: ${d.raw} on ${nw.raw} is ${exactPercent(d.value, nw.value, p.decimals + 1)}%, not ${p.raw}`));
      continue;
    }
    const old = up ? nw.value - d.value : nw.value + d.value;
    if (old <= 0) continue;
    const j = judge(d.value, old, p.value, p.decimals, s.policy);
    const operands: Operand[] = [
      { role: 'k', value: nw.value, raw: nw.raw, span: at(s, nw.start, nw.end) },
      { role: 'c', value: d.value, raw: d.raw, span: at(s, d.start, d.end) },
      { role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: at(s, p.start, p.end) },
    ];
    const expr = `${d.raw} / (${nw.raw} ${up ? '−' : '+'} ${d.raw}) = ${d.value} / ${old} = ${exactPercent(d.value, old, p.decimals + 2)}%`;
    if (j.verdict === 'ok') out.push(record(s, operands, 'ok', `${expr} ≈ ${p.raw} ✓`));
    // The rate may be given of the new figure instead ('an increase of 1,346 (15%)' of 8835 is 15.2%): another reading, listed.
    else if (judge(d.value, nw.value, p.value, p.decimals, s.policy).verdict !== 'inconsistent') out.push(record(s, operands, 'unchecked', `${expr}; but ${d.raw} is ${exactPercent(d.value, nw.value, p.decimals + 2)}% of ${nw.raw}, so the rate may be given of the new figure (not judged)`));
    else if (j.verdict === 'convention') {
      const c = record(s, operands, 'convention', `${expr} (only by truncation or rounding up)`, `${p.raw} for a change of ${d.raw} to ${nw.raw} follows truncation or rounding up, not the report's rounding: ${expr}`);
      c.rule = RULE.roundingConvention;
      out.push(c);
    } else out.push(record(s, operands, 'inconsistent', `${expr}, not ${p.raw}`, `The change does not match its figures: ${d.raw} on ${old} is ${exactPercent(d.value, old, p.decimals + 1)}%, not ${p.raw}`));
  }
  return out;
}

/** After a pair's new figure, the absolute change in apposition: ', a rise of', ', an increase of', ', down', ', up by'. */
const PAIR_AMOUNT_AFTER = /^(?:\s+[a-z]+)?(?:\s+(?:in|by|at|during|over|between)\s+[^,;:()\d]{0,30}?(?:\d{4}(?:[-/]\d{2,4})?)?)?\s*,\s*(?:(?:an?\s+)?(?:(?:net|overall)\s+)?(rise|increase|growth|fall|drop|decrease|reduction|decline)\s+of|(up|down)(?:\s+by)?)\s+$/i;
/** Before a pair, the change verb and its absolute amount: 'fell by 11 officers, from', 'grew by 12 days from'. */
const PAIR_AMOUNT_BEFORE = /\b(rose|risen|increased|grew|grown|fell|fallen|dropped|decreased|declined|went\s+up|went\s+down|gone\s+up|gone\s+down)\s+by\s+$/i;

/**
 * 'rose from 1,204 to 1,505, a rise of 301'; 'fell by 11 officers, from 120 to 109'; 'grew by 12 days, from
 * 34 days to 46 days': a 'from … to …' pair of exact counts (or amounts in one unit) and the absolute change
 * set beside it, which must be their difference. Two round counts of 10,000 or more may be rounded levels:
 * then the change may differ by their rounding.
 */
function readPairAmount(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const text = s.text;
  const figs = s.toks.filter((t) => !t.notCount || t.type === 'duration' || t.type === 'measure');
  for (let i = 0; i + 1 < figs.length; i++) {
    const x = figs[i]!;
    const y = figs[i + 1]!;
    if (x.kind !== 'num' || y.kind !== 'num' || !/\bfrom\s+(?:the\s+|a\s+total\s+of\s+)?$/i.test(text.slice(Math.max(0, x.start - 20), x.start))) continue;
    if (!/^\s+(?:[a-z]+\s+)?(?:(?:in|at|during|for)\s+[^,;:()\d]{0,20}?(?:\d{4}(?:[-/]\d{2,4})?)?\s+)?to\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start))) continue;
    const a = quantity(s, x);
    const b = quantity(s, y);
    if (!a || !b || !a.exact || !b.exact || a.money || b.money || a.bound || b.bound) continue;
    if (a.unitWord !== b.unitWord && !(a.unitWord === '' || b.unitWord === undefined)) continue;
    if (a.unitWord !== undefined && b.unitWord !== undefined && a.unitWord !== '' && b.unitWord !== '' && a.unitWord !== b.unitWord) continue;
    // The amount: after the pair in apposition, or before it after its verb.
    let d: Tok | undefined;
    let dir = 0;
    let beforePair = false;
    const nextFig = figs[i + 2];
    const m = nextFig ? PAIR_AMOUNT_AFTER.exec(text.slice(y.end, nextFig.hedge?.start ?? nextFig.start)) : null;
    if (m && nextFig) {
      d = nextFig;
      dir = /^(?:rise|increase|growth|up)$/i.test(m[1] ?? m[2]!) ? 1 : -1;
    } else {
      const prevFig = figs[i - 1];
      // ('went up by 497 during the year, from 3,145 to 3,642': a few words of the change's period may come between.)
      const lead = prevFig ? /^(?:\s+[a-z]+){0,3}\s*,?\s+from\s+(?:the\s+)?$/i.exec(text.slice(prevFig.end, x.start)) : null;
      const verb = prevFig && lead ? PAIR_AMOUNT_BEFORE.exec(text.slice(Math.max(0, prevFig.start - 24), prevFig.start)) : null;
      if (prevFig && verb) {
        d = prevFig;
        beforePair = true;
        dir = /^(?:rose|risen|increased|grew|grown|went\s+up|gone\s+up)$/i.test(verb[1]!) ? 1 : -1;
      }
    }
    if (!d || d.kind !== 'num' || d.hedge || d.value <= 0 || !Number.isInteger(d.value) || boundOf(text, d)) continue;
    const after = text.slice(d.end, d.end + 24);
    // Not a change in points or a share ('a rise of 3 points', 'a fall of 2 in 10'), nor of another measure ('a rise of 30 in the number of …').
    if (POINTS.test(after) || /^\s*(?:%|per\s?cent|percent)/i.test(after) || /^\s+(?:[a-z]+\s+)?(?:in|out\s+of|of|per|for|among)\b/i.test(after)) continue;
    // Nor one with a comparison of its own ('a fall of 250 since 2019', 'an increase of 120 on last year'): it may be over another period.
    if (/^\s+(?:[a-z]+\s+)?(?:since|on|than|compared|against|relative|from)\b/i.test(after)) continue;
    // The amount closes its phrase, with at most its noun ('a rise of 30 places.'); a gross figure ('an increase
    // of 60 new places offset by 30 closures') is no net change.
    // (Before the pair, the words to its comma are the ones the lead allows: 'by 497 during the year, from'.)
    const close = (beforePair ? /^((?:\s+[a-z][a-z-]*){0,3})\s*(?:[,.;:)\u2013\u2014]|$)/i : /^((?:\s+[a-z][a-z-]*){0,2})\s*(?:[,.;:)\u2013\u2014]|$)/i).exec(text.slice(d.end, d.end + 40));
    if (!close || /\b(?:new|gross|additional|extra|more|further|fewer|other)\b/i.test(close[1]!)) continue;
    // In units: the amount in the levels' unit, or none ('grew by 12 days, from 34 days to 46 days').
    const dUnit = d.type === 'duration' || d.type === 'measure' || d.type === 'decimal' ? unitAfter(text, d) : undefined;
    if (a.unitWord !== undefined || b.unitWord !== undefined) {
      const lvl = a.unitWord || b.unitWord || '';
      if (dUnit !== undefined && dUnit !== lvl) continue;
    } else if (!plainCount(text, d)) continue;
    const diff = sub(b.value, a.value);
    if (diff.d !== 1 || Math.sign(diff.n) !== dir) continue;
    const gap = Math.abs(Math.abs(diff.n) - d.value);
    const unit = roundCountUnit(a.value.n, b.value.n);
    const ops: Operand[] = [placed(s, 'n', a), placed(s, 'k', b), placed(s, 'c', figure(d))];
    const expr = `${y.raw} − ${x.raw} = ${diff.n < 0 ? '−' : ''}${Math.abs(diff.n)}`;
    if (gap === 0) out.push(record(s, ops, 'ok', `${expr} ✓`));
    else if (unit > 0 && gap <= unit) out.push(record(s, ops, 'ok', `${expr} ≈ ${d.raw} ✓ (levels rounded to the nearest ${unit.toLocaleString('en-GB')})`));
    else {
      const cIn: CountIn = { value: d.value, raw: d.raw, span: ops[2]!.span };
      if (d.word) cIn.word = true;
      const replacement = plainCount(text, d) ? { span: cIn.span, newText: countText(cIn, Math.abs(diff.n)) } : undefined;
      out.push(record(s, ops, 'inconsistent', `${expr}, not ${dir < 0 ? '−' : ''}${d.raw}`, `The change does not match its figures: ${x.raw} → ${y.raw} is a change of ${Math.abs(diff.n)}, not ${d.raw}`, replacement));
    }
  }
  return out;
}

const ABS_CUE = /^\s+(more|fewer|higher|lower|less|up|down)\s+(?:than|on|from)\b/i;
/** 'up by', 'down by', 'up', 'down' after a comma, right before an absolute change. */
const ABS_CUE_BEFORE = /,\s*(up|down)(?:\s+by)?\s+$/i;

/**
 * An absolute change between counts: 'there were 2,145 homes, 71 more than on 31 March 2016 (2,071)';
 * '… 412 referrals, 38 fewer than the 450 of the year before'. The new count is the one just before the
 * change (a comma or a dash between them, or a be-verb after the count's subject: 'The 1,211 people restrained
 * in 2020 were 232 fewer than in 2019 (1,443)'; a year or date between is passed over, 'completed 718
 * investigations during 2019/20 – 210 more than the 508 we opened'), the old one the first count after 'than'
 * (bracketed, or right after it, or closing a short noun phrase with 'of': 'its funded establishment of 201'),
 * within a short phrase. Exact counts: new − old must be the change.
 */
function readAbsolute(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const text = s.text;
  for (let i = 1; i < s.toks.length; i++) {
    const d = s.toks[i]!;
    // '1,046 men …, up by 96 on the 960 held a year earlier': the cue before the change, its old figure after 'on' or 'from'.
    const lead = ABS_CUE_BEFORE.exec(text.slice(Math.max(0, d.start - 24), d.start));
    const leadOld = lead && plainCount(text, d) ? /^\s+(?:on|from)\s+/i.exec(text.slice(d.end, d.end + 8)) : null;
    const cue = leadOld ? ([leadOld[0], lead![1]!] as unknown as RegExpExecArray) : ABS_CUE.exec(text.slice(d.end, d.end + 24));
    if (!cue || !plainCount(text, d)) continue;
    // (A year or date between the new count and the change is passed over: '718 investigations during 2019/20 – 210 more'.)
    let j = i - 1;
    while (j > 0 && (s.toks[j]!.type === 'year' || s.toks[j]!.type === 'date')) j--;
    const nTok = s.toks[j]!;
    const skipped = s.toks.slice(j + 1, i);
    let head0 = text.slice(nTok.end, d.start);
    for (const t of skipped) head0 = head0.slice(0, t.start - nTok.end) + 'x'.repeat(t.end - t.start) + head0.slice(t.end - nTok.end);
    const head = leadOld ? head0.replace(ABS_CUE_BEFORE, ',') : head0;
    // ('The 1,211 people … were 232 fewer than': the count's subject and a be-verb, as a comma; a dash as a comma.)
    const copula = !leadOld && /^\s+[a-z][^,;:()\d]{0,60}\s(?:were|was|are|is)\s+$/i.test(head) && !/\b(?:and|or|but|while|which|who|that|of)\s/i.test(head.replace(/\s(?:were|was|are|is)\s+$/i, ' '));
    if (!plainCount(text, nTok) || (!/^[^,;:()\d]{0,60}(?:,|\s[\u2013\u2014-])\s*$/.test(head) && !copula)) continue;
    if (skipped.length && !/^[^,;:()\d]{0,60}(?:,|\s[\u2013\u2014-])\s*$/.test(head) && !copula) continue;
    // The old figure: the next plain count within 50 characters, in brackets or right after 'than (the)'.
    const from = d.end + cue[0].length;
    const o = s.toks.slice(i + 1).find((t) => t.start >= from && t.start - from <= 50 && plainCount(text, t));
    if (!o) continue;
    const between = text.slice(from, o.start);
    const bracketed = /\(\s*$/.test(between) && /^\s*\)/.test(text.slice(o.end, o.end + 3)) && !/[()]/.test(between.slice(0, -1));
    // ('than its funded establishment of 201': a short noun phrase closed by 'of', the old figure its count.)
    if (!bracketed && !/^\s*(?:the\s+)?$/i.test(between) && !/^\s*(?:the|its|their|our)\s+(?:[a-z-]+\s+){1,3}of\s+$/i.test(between)) continue;
    if (s.toks.some((t) => t.start > d.end && t.start < o.start && !t.notCount)) continue;
    const up = /^(?:more|higher|up)$/i.test(cue[1]!);
    const diff = nTok.value - o.value;
    const ok = diff === (up ? d.value : -d.value);
    const operands: Operand[] = [placed(s, 'n', figure(o)), placed(s, 'k', figure(nTok)), placed(s, 'c', figure(d))];
    const expr = `${nTok.raw} − ${o.raw} = ${diff < 0 ? `−${-diff}` : diff}`;
    if (ok) out.push(record(s, operands, 'ok', `${expr} ✓`));
    else {
      const said = `${d.raw} ${cue[1]!.toLowerCase()}`;
      const c = record(s, operands, 'inconsistent', `${expr}, not ${up ? '' : '−'}${d.raw}`, `The change does not match its figures: ${o.raw} → ${nTok.raw} is a change of ${expr.split(' = ')[1]}, not '${said}'`);
      if (Math.sign(diff) === (up ? 1 : -1)) {
        const cIn: CountIn = { value: d.value, raw: d.raw, span: operands[2]!.span };
        if (d.word) cIn.word = true;
        c.replacement = { span: cIn.span, newText: countText(cIn, Math.abs(diff)) };
      }
      out.push(c);
    }
  }
  return out;
}

function op(role: 'k' | 'n' | 'c' | 'p' | 'q', f: Figure): Operand {
  const o: Operand = { role, value: f.tok.value, raw: f.tok.raw, span: { start: 0, end: 0 } };
  if (f.tok.kind === 'pct') o.decimals = f.tok.decimals;
  if (f.tok.word) o.word = true;
  return o;
}

function record(_s: SentenceView, operands: Operand[], verdict: ClaimRecord['verdict'], arithmetic: string, message?: string, replacement?: ClaimRecord['replacement']): ClaimRecord {
  return claimOver('change', RULE.changeMismatch, operands, verdict, arithmetic, message, replacement);
}

function placed(s: SentenceView, role: Operand['role'], f: Figure): Operand {
  const o = op(role as 'k', f);
  o.span = f.offset !== undefined ? { start: f.offset + f.tok.start, end: f.offset + f.tok.end } : at(s, f.tok.start, f.tok.end);
  return o;
}

/**
 * 'from 6.3 to 5.1 (per 1,000 bed days)', 'from 44.3 to 46.4': two plain numbers of a 'from … to …' pair, one at
 * least with decimals, neither a year, label or amount, and no unit word after the first: the old and new
 * figures of one measure, each rounded to its last written place.
 */
function decimalPair(s: SentenceView, x: Tok, y: Tok): [Figure, Figure] | undefined {
  // (A signed figure, '-0.2', is a score on a scale through zero: no relative change.)
  const plain = (t: Tok) => t.kind === 'num' && !t.hedge && (t.type === 'decimal' || plainCount(s.text, t)) && t.value > 0 && !boundOf(s.text, t) && !/[-\u2212\u2013+]\s*$/.test(s.text.slice(Math.max(0, t.start - 2), t.start));
  if (!plain(x) || !plain(y) || (x.type !== 'decimal' && y.type !== 'decimal')) return undefined;
  if (!/^\s*to\s+$/i.test(s.text.slice(x.end, y.start))) return undefined;
  return [{ ...figure(x), unitWord: '' }, { ...figure(y), unitWord: '' }];
}

/**
 * 'rose from 2,400 to 3,000 in a year, a 25% rise': a 'from … to …' pair of plain counts or percentages
 * that the change follows in apposition (a comma, then 'a', 'an' or 'the' and a few words, no other figure).
 */
function appositivePair(s: SentenceView, p: Tok): [Tok, Tok] | undefined {
  const text = s.text;
  const start = p.hedge?.start ?? p.start;
  const before = s.toks.filter((t) => t.end <= start);
  const b = before[before.length - 1];
  const a = before[before.length - 2];
  if (!a || !b || a.kind !== b.kind || !/\bfrom\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(0, a.start - 12), a.start)) || !/^\s*to\s+(?:the\s+|a\s+)?$/i.test(text.slice(a.end, b.start))) return undefined;
  // ('went up from 250 to 300 (20%)': the change in brackets right after the pair.)
  const bracketed = /^\s*\(\s*$/.test(text.slice(b.end, start)) && /^\s*\)/.test(text.slice(p.end, p.end + 3));
  if (!bracketed && !/^[^;:()\d]{0,40},\s*(?:an?|the)\s+[^;:()\d,]{0,30}$/i.test(text.slice(b.end, start))) return undefined;
  return [a, b];
}

/**
 * 'more than in March 2015 (191,777)': the old figure in brackets after 'than' and a short phrase of its
 * period (no other count between), the first 'than' after `from`.
 */
function bracketedOld(s: SentenceView, from: number): Tok | undefined {
  // 'a 3% increase on the previous year (8,690)': 'on' and the period, as 'than' and the period.
  // ('29 points above the rate for all 19-year-olds (15%)': 'above' and 'below' compare as 'than' does.)
  const m = /^\s*(?:(?:more|fewer|higher|lower|less|greater)?\s*than|above|below|(?:increase|rise|growth|fall|drop|decrease|reduction|decline)?\s*on)\b([^.;:,()]{0,40})\(\s*$/i;
  for (const t of s.toks) {
    if (t.start <= from) continue;
    if (t.start - from > 70) return undefined;
    if (t.notCount) continue;
    if ((t.kind !== 'num' && !(t.kind === 'pct' && !t.hedge)) || !m.test(s.text.slice(from, t.start)) || !/^\s*\)/.test(s.text.slice(t.end, t.end + 3))) return undefined;
    return t;
  }
  return undefined;
}

/** A clause of its own joined on after the change: 'while', 'whereas', 'though', 'although', 'but', ', and the'. */
const CLAUSE_JOIN = /(?:\b(?:while|whereas|though|although|but)\b|,\s*and\s+(?:the|its|their|there)\b)/gi;

/**
 * Whether a figure after the change is of another clause: a clause joined on after the change
 * ('rose by 6% to 48,200, while the number of officers was 1,930, from 1,850') that states a figure of
 * its own before this one. Its 'from' is that clause's old figure, not the change's.
 */
function otherClauseFigure(s: SentenceView, tail: number, t: Tok): boolean {
  const gap = s.text.slice(tail, t.start);
  CLAUSE_JOIN.lastIndex = 0;
  const m = CLAUSE_JOIN.exec(gap);
  if (!m) return false;
  const join = tail + m.index;
  return s.toks.some((x) => x.start > join && x.end <= t.start && !x.notCount);
}

function judgeChange(s: SentenceView, p: Tok, points: boolean, dir: number, index: number, pick = 0): ClaimRecord | undefined {
  const text = s.text;
  // Old and new figures, from the cues around the change.
  // 'since 2019, when 3,205 grades were challenged': the old figure of the period the change is measured from.
  // '16 points more than the year before, when 40% did': the same, after 'than' or 'on' and the period.
  // 'than in 2019, when it had 1,717': the same, with a pronoun and its verb.
  const OLD = /\b(?:(?:since\s+[^,.;:()]{1,30}?,?|(?:than|on)\s+(?:[^,.;:()\d]|(?<!\d)(?:19|20)\d\d(?:[-/]\d{2,4})?(?!\d)){1,30}?,)\s+when(?:\s+(?:it|they|we|there)\s+(?:had|held|were|was|made|received|employed|recorded|saw|supervised))?|than|on|compared\s+(?:with|to)|against|over)\b(?:\s+(?:the|a|an))?(?:\s+(?:figure|total|number|level)\s+of)?/i;
  // '12.8% (20,667) more than …': the absolute change in brackets right after the percentage.
  const next = s.toks[index + 1];
  const dAfter =
    !points && next && next.kind === 'num' && plainCount(text, next) && /^\s*\(\s*$/.test(text.slice(p.end, next.start)) && /^\s*\)\s*(?:more|fewer|higher|lower|less|greater|up|down)\b/i.test(text.slice(next.end, next.end + 16)) ? next : undefined;
  // After a change in points, past its unit ('2.1 percentage points lower than in the previous cohort (26.4%)').
  const tail = dAfter ? text.indexOf(')', dAfter.end) + 1 : points ? p.end + (POINTS.exec(text.slice(p.end, p.end + 24))?.[0].length ?? 0) : p.end;
  // Old and new figures after the change ('… by 15% to 2,300, from 2,000'), or else around it ('rose from 60% to 72%, an increase of 20%').
  // A figure after another change amount is that change's ('a rise of 21 points, while … fell by two points, from 18% to 16%').
  // So is a figure after a change verb of a clause of its own ('rose by 22%, to 1,830, though the number … fell
  // from 410 to 380'; '…, a 50% increase, while announced visits fell from 20 to 15'), or after a semicolon.
  // ('14% more than in 2022 and 30% more than the 946 in 2019': the 946 is the second change's, its cue after it.)
  const own = (t: Tok | undefined) => (t && !s.toks.some((x) => x.start >= tail && x.end <= t.start && x !== p && (x.kind === 'pct' || (x.kind === 'num' && POINTS.test(text.slice(x.end, x.end + 24)))) && (CUE_BEFORE.test(text.slice(Math.max(0, (x.hedge?.start ?? x.start) - 60), x.hedge?.start ?? x.start)) || GAPPED_AMOUNT.test(text.slice(Math.max(0, (x.hedge?.start ?? x.start) - 30), x.hedge?.start ?? x.start)) || (x.kind === 'pct' && CUE_AFTER.test(text.slice(x.end, x.end + 20))))) && !OTHER_CLAUSE_CHANGE.test(text.slice(tail, t.start)) && !PARTICIPLE_CHANGE.test(text.slice(tail, t.start)) && !text.slice(tail, t.start).includes(';') && !OTHER_CLAUSE_AFTER.test(text.slice(tail, t.start)) && !CHANGE_VERB.test(text.slice(tail, t.start)) && !otherClauseFigure(s, tail, t) ? t : undefined);
  // 'grew from 2,400 to 3,000 in a year, a 25% rise, and the median wait from 48 weeks to 61 weeks': a
  // change in apposition to the pair just before it is that pair's; a pair after it is of another clause.
  // 'up 20% (250 to 300)', '20% higher than in 2022 (300 compared with 250)': the pair in a bracket after the change.
  const pairBefore = appositivePair(s, p) ?? bracketPairAfter(s, tail) ?? colonLevels(s, tail);
  const fromTok = pairBefore ? undefined : own(after(s, tail, /\bfrom\b/i));
  // 'a decline of 6 points on 2022 (54%)': a year after the cue is the period; the old figure is in the bracket after it.
  const oldTok = own(after(s, tail, OLD));
  let a = pairBefore ? quantity(s, pairBefore[0]) : quantity(s, fromTok ?? (oldTok?.type === 'year' ? (own(bracketedOld(s, tail)) ?? oldTok) : oldTok) ?? own(bracketedOld(s, tail)), true);
  let b = pairBefore ? quantity(s, pairBefore[1]) : quantity(s, own(after(s, tail, /\bto\b/i)) ?? own(after(s, tail, /\bat\b/i)), true);
  // Two decimals of one measure in a pair ('fell by 19%, from 6.3 to 5.1'; '… from 6.3 to 5.1, a decrease of 19%').
  // ('fell by 14.7%, from 19.5 to 17': one decimal beside a whole number, which alone reads as a count.)
  if (!a || !b) {
    const toTok = fromTok ? own(after(s, fromTok.end, /\bto\b/i)) : undefined;
    const pd = pairBefore ? decimalPair(s, pairBefore[0], pairBefore[1]) : fromTok && toTok ? decimalPair(s, fromTok, toTok) : undefined;
    if (pd) [a, b] = pd;
  }
  // '12% more than in 2018/19 and up from 2,900 in 2016/17': the change has its own comparison ('than …')
  // before a 'from' that another change word opens; that figure may be of another period, so a failing
  // reading is only listed.
  const ownComparison = fromTok !== undefined && /^\s*(?:more|fewer|higher|lower|less|greater|up|down)?\s*than\b[^]*?\b(?:up|down|rose|risen|fell|fallen|increased|decreased|grew|dropped)\s+from\s*$/i.test(text.slice(tail, fromTok.start));
  // Amounts of money, which the scanner does not take for quantities: 'rose by 25%, from £1.2 million to £1.5 million'.
  if (!a && !b) {
    a = amountAfter(s, tail, 'from');
    // ('Costs rose by 10%, and income from £1.2 million to £1.5 million': the pair of a clause of its own.)
    if (a && (OTHER_CLAUSE_AFTER.test(text.slice(tail, a.tok.start)) || OTHER_CLAUSE_CHANGE.test(text.slice(tail, a.tok.start - 1)) || PARTICIPLE_CHANGE.test(text.slice(tail, a.tok.start - 1)))) a = undefined;
    b = a ? amountAfter(s, a.tok.end, 'to') : undefined;
    // 'grew by 12% to £27m, up from £25m': the new amount after 'to' before the old one.
    if (a && !b) {
      const nb = amountAfter(s, tail, 'to');
      if (nb && nb.money === a.money && nb.tok.end <= a.tok.start && /^\s*,?\s*(?:up|down)\s+from\s+(?:the\s+)?[£$€]$/i.test(text.slice(text.indexOf(' ', nb.tok.end - 1) >= 0 ? nb.tok.end : nb.tok.end, a.tok.start).replace(/^\s*(?:thousand|million|billion|bn|mn|m|k)\b/i, ''))) b = nb;
    }
  }
  // 'spent £4.2 million …, up 15% on the £3.5 million it spent the year before': the old amount right after
  // the change's comparison, the new one the last amount before the change in its clause.
  if (!a && !b) {
    const cmpOld = /^\s*(?:(?:more|less|higher|lower|greater|up|down)\s+)?(?:on|than|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+)?(?=[£$€])/i.exec(text.slice(tail, tail + 40));
    const old = cmpOld ? amountAt(s, tail + cmpOld[0].length) : undefined;
    const nw = old ? lastAmountBefore(s, p.hedge?.start ?? p.start) : undefined;
    if (old && nw && nw.money === old.money) {
      const between = text.slice(nw.tok.end, p.hedge?.start ?? p.start);
      if (!/[;:()]/.test(between) && between.length <= 80 && !/\b(?:and|but|while|whereas|though|although|which|who)\b/i.test(between) && !s.toks.some((t) => t.start >= nw.tok.end && t.end <= p.start && !t.notCount)) {
        a = old;
        b = nw;
      }
    }
  }
  // 'rose from £2.4 million to £2.7 million, an increase of 15%': the amounts before the change, in its clause.
  if (!a && !b) {
    const from = text.lastIndexOf('from', p.start);
    const fa = from >= 0 && p.start - from < 90 && !/[.;:]/.test(text.slice(from, p.start).replace(/\d\.\d/g, '')) ? amountAfter(s, from, 'from') : undefined;
    const tb = fa ? amountAfter(s, fa.tok.end, 'to') : undefined;
    if (fa && tb && tb.tok.end <= p.start) {
      a = fa;
      b = tb;
    }
  }
  // The pair nearest before the change: 'increased from 12 to 18, a 50% increase, while … fell from 20 to 15, a 25% fall'.
  if (!a && !b) {
    let fromTok: Tok | undefined;
    let toTok: Tok | undefined;
    for (let f = after(s, 0, /\bfrom\b/i); f && f.end <= p.start; f = after(s, f.end, /\bfrom\b/i)) {
      const t = after(s, f.end, /^\s*to\b|\bto\b/i);
      // ('grew from 3,263 charged cases in July to September 2023 to 3,813': a longer gap only of words and the
      // old figure's period, with no clause break and no other count.)
      const far = !!t && t.start - f.end >= 40 && (t.start - f.end >= 64 || /[,;:()]/.test(text.slice(f.end, t.start)) || s.toks.some((x) => x.start > f.end && x.end < t.start && !x.notCount));
      if (!t || far || t === p || f === p) continue;
      // ('Complaints from the three prisons rose to 328 from 144': a verb between 'from' and 'to' makes the
      // 'from' the subject's, not the change's.)
      if (CHANGE_VERB.test(text.slice(f.end, t.start))) continue;
      fromTok = f;
      toTok = t;
    }
    // A pair of a clause before the change's own ('had fallen from 1,120 to 980, and 14% fewer people …') is not its.
    // Nor is a pair before the change's verb ('children aged from 10 to 17 in custody rose by 5%', 'Opening
    // hours, from 9 to 5, were cut by 10%'): the levels of a change follow its verb; the pair is of its subject.
    if (toTok && toTok.end <= p.start && /;|\b(?:and|but|while|whereas|although|though|yet)\b/i.test(text.slice(toTok.end, p.hedge?.start ?? p.start))) fromTok = toTok = undefined;
    if (toTok && toTok.end <= p.start && CHANGE_VERB.test(text.slice(toTok.end, p.hedge?.start ?? p.start))) fromTok = toTok = undefined;
    if (fromTok && toTok) {
      a = quantity(s, fromTok);
      b = quantity(s, toTok);
      if (!a && !b) [a, b] = decimalPair(s, fromTok, toTok) ?? [undefined, undefined];
    }
  }
  // 'rose to 3,335 from 2,738 the month before – a rise of 18%': the new figure first, both before the change.
  if (!a && !b) {
    const toTok = after(s, 0, /\b(?:rose|risen|rising|increased|grew|fell|fallen|dropped|decreased|declined|went\s+up|went\s+down)\s+to\b/i);
    const fromTok = toTok ? after(s, toTok.end, /\bfrom\b/i) : undefined;
    // ('rose to 93.4% in 2023 from 91.2% in 2022': the new figure's period may stand between; 'dropped to 61,
    // from 90 in the preceding quarter': or a comma.)
    // (After a comma, 'from' may name a source, 'rose to 340, from 120 schools': the old figure names no other group.)
    const gap = toTok && fromTok ? s.text.slice(toTok.end, fromTok.start) : '';
    const commaFrom = /,\s*from\s+(?:the\s+)?$/i.test(gap);
    if (toTok && fromTok && /^\s*(?:(?:in|at|for|during|by)\s+[^,;:()%]{1,20}?\s*)?,?\s*from\s+(?:the\s+)?$/i.test(gap) && (!commaFrom || !nounAfter(s.text, fromTok.end) || (nounAfter(s.text, toTok.end) !== undefined && sameGroup(nounAfter(s.text, toTok.end), nounAfter(s.text, fromTok.end)))) && fromTok.end <= p.start && toTok !== p && fromTok !== p) {
      a = quantity(s, fromTok);
      b = quantity(s, toTok);
    }
  }
  // 'there were 47,590 …, so … the total has grown to 82,170, a rise of 72 per cent': the new figure just
  // before the change after 'to', the old one the only other figure of its kind. Another count of the
  // sentence may be a whole rather than the old figure, so a reading that fails is only listed.
  let loose = false;
  if (!a && !b) {
    const j = index - 1;
    const t = s.toks[j];
    if (t && /\b(?:to|there\s+(?:were|was|are|is))\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) && /^\s*,\s*(?:an?\s+|the\s+)?[a-z]+\s+(?:of|by)\s+$/i.test(text.slice(t.end, p.hedge?.start ?? p.start))) {
      const nb = quantity(s, t);
      // The amount of a change ('rose by 100, to 1,100') is no old figure (readCountAndRate reads it).
      const others = nb ? s.toks.filter((x) => x !== t && x !== p && x.kind === t.kind && quantity(s, x) !== undefined && !changeAmountBefore(text.slice(Math.max(0, x.start - 40), x.start))) : [];
      if (nb && others.length === 1 && others[0]!.start < t.start) {
        a = quantity(s, others[0]!);
        b = nb;
        // 'In 1998 there were 524 schools …; by 2006 there were 208, a fall of 66%': the two figures open
        // parallel clauses ('there were … there were'), and the new one names no other group: the old
        // figure is marked as such.
        const lead = (x: Tok) => /\bthere\s+(were|was|are|is|had\s+been)\s+$/i.exec(text.slice(Math.max(0, x.start - 16), x.start))?.[1]?.toLowerCase();
        const o = others[0]!;
        const parallel = lead(t) !== undefined && lead(t) === lead(o) && /[;,]|\b(?:and|but|while|by|in)\b/i.test(text.slice(o.end, t.start)) && sameGroup(nounAfter(text, o.end), nounAfter(text, t.end));
        // 'In 2012, 74% of providers were good; by 2017 this had risen to 94%, a rise of 20 points': 'this' (or 'it',
        // 'the figure') before the new figure names the old one's measure again, which marks the old figure.
        const restated = SAME_SHARE.test(text.slice(Math.max(0, t.start - 60), t.start)) && o.kind === t.kind && /[;,]/.test(text.slice(o.end, t.start));
        loose = !parallel && !restated;
      }
    }
  }
  // 'raised 14 concerns in 2021/22 and 23 in 2022/23, a 64% increase': two counts, each with a year (`yearPair`).
  if (!a && !b && !points) {
    const e = yearPair(s, p);
    if (e) {
      a = e.a;
      b = e.b;
    }
  }
  // 'When we last inspected, the prison held 440 men. It now holds 400, a fall of 9 per cent.': the old
  // figure is the one count of the sentence before (`earlierFigure`).
  if (!a && !b) {
    const e = (!points || s.toks[index - 1]?.kind === 'pct' ? earlierFigure(s, p, index) : undefined) ?? pairBefore2(s, p) ?? earlierRestated(s, p) ?? comparesBack(s, p);
    if (e) {
      a = e.a;
      b = e.b;
    }
  }
  // 'Last year 2,450 children were referred. This year the number rose by 10% to 2,695.': the new figure
  // after 'to', the old one the one figure of the sentence before, the subject a word for the same measure.
  if (!a && b && b.offset === undefined) a = earlierOld(s, p, b);
  // 'Against 7 per cent the year before, 17 per cent …, a rise of 10 percentage points.'
  if (!a) {
    const lead = after(s, 0, /^\s*(?:against|compared\s+with|from)\b/i);
    if (lead && lead !== p) a = quantity(s, lead);
  }
  // '65 per cent … are now rated …, up from 54 per cent the year before, a rise of 20 per cent': the old
  // figure after 'up from' before the change; the new one is looked for before it (below).
  if (!a && !b) {
    const old = after(s, 0, /\b(?:up|down)\s+from\b/i);
    if (old && old !== p && old.end <= p.start && !OWN_SUBJECT_CHANGE.test(text.slice(old.end, p.hedge?.start ?? p.start))) a = quantity(s, old);
  }
  // '451,000 enquiries, against 304,400 in 2013, an increase of 48%': the old figure after a comparison
  // cue before the change; the new one is looked for before it (below).
  if (!a && !b) {
    // ('Ratings on the 1 to 5 scale improved …': a bare 'on' or 'over' before the change names no comparison.)
    const old = lastBefore(s, p.start, OLD_BEFORE);
    // ('…, against 38% at similar prisons; in 2023 the figure was 21%, so it had risen by 25 points': another
    // place's rate after 'against' is a comparison, not the old level.)
    if (old && old !== p && !comparisonLevel(text, old) && !(old.end <= p.start && OWN_SUBJECT_CHANGE.test(text.slice(old.end, p.hedge?.start ?? p.start)))) a = quantity(s, old);
  }
  // 'by 756, or 1%': the absolute change written before the percentage.
  let d: Figure | undefined = dAfter ? figure(dAfter) : undefined;
  const prev = s.toks[index - 1];
  if (!d && prev && prev.kind === 'num' && /^\s*,?\s*(?:or|\()\s*$/.test(text.slice(prev.end, p.hedge?.start ?? p.start)) && /(?:\bby|,\s*(?:up|down))\s*$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && plainCount(text, prev)) {
    d = figure(prev);
  }
  // 'a rise of seven cases (23%)': the amount named with its noun, after 'a rise of'.
  if (!d && prev && prev.kind === 'num' && /^\s+[a-z]+\s*\(\s*$/i.test(text.slice(prev.end, p.start)) && /^\s*\)/.test(text.slice(p.end, p.end + 3)) && changeAmountBefore(text.slice(Math.max(0, prev.start - 40), prev.start)) && plainCount(text, prev)) {
    d = figure(prev);
  }
  // The new figure not written after the change: a plain figure of the same kind before it — the one that
  // differs from the old by the written absolute change, or else the nearest; when more than one could be
  // meant, a failing reading is only listed (see `guessed`).
  let guessed = false;
  let unmarkedLevels = false;
  // The old and new counts differ by exactly the written absolute change: they are exact, even when one is
  // written 'some 69,310' (a house style of statistical releases, not a rounding: the difference shows it).
  let tied = false;
  if (a && !b) {
    const cands: Figure[] = [];
    const hedged: Figure[] = [];
    for (let j = index - (d && !dAfter ? 2 : 1); j >= 0; j--) {
      const t = s.toks[j]!;
      if (t === a.tok || t.kind !== a.tok.kind || a.money !== moneyOf(text, t)?.scale) continue;
      // The old figure of another change ('… than the 23,300 of the year before and 2 per cent more than …') is not a new one.
      if (/\b(?:than|on|from|compared\s+(?:with|to)|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
      // So is one in brackets after its comparison ('2% more than a year earlier (82,170) and 9% more than …';
      // '1.7 points above 2014/15 (66.0%) and 8.2 points above 2010/11 (59.5%)').
      if (/\b(?:than|on|above|below|compared\s+(?:with|to))\b[^.;:,()]{0,40}\(\s*$/i.test(text.slice(Math.max(0, t.start - 60), t.start)) && /^\s*\)/.test(text.slice(t.end, t.end + 3))) continue;
      // The whole of a pair ('161 of the 988 pupils …, down from 214'): the level is the pair's part, not its whole.
      const pj = s.toks[j - 1];
      if (pj && pj.kind === 'num' && t.kind === 'num' && /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?$/i.test(text.slice(pj.end, t.start))) continue;
      // So is the whole that opens a sentence ('Of 300 calls, 210 were answered …, up from 180').
      if (t.kind === 'num' && /(?:^|[,;]\s*)of\s+(?:the\s+|all\s+)?$/i.test(text.slice(Math.max(0, t.start - 14), t.start)) && s.toks.some((x) => x.start > t.end && x.end <= a!.tok.start && x.kind === 'num' && !x.notCount)) continue;
      const f = quantity(s, t);
      // An amount in another unit ('in six months') is never the new level of a count: no candidate.
      if (f && f.unitWord !== a.unitWord && f.unitWord !== undefined) continue;
      if (f) cands.push(f);
      else if (t.kind === 'num' && !t.notCount) hedged.push(figure(t));
    }
    const differsByD = (f: Figure) => cmpR(sub(f.value, a!.value), d!.value) === 0 || cmpR(sub(a!.value, f.value), d!.value) === 0;
    const byD = d ? (cands.find(differsByD) ?? hedged.find(differsByD)) : undefined;
    if (pick > 0 && (byD || pick >= cands.length)) return undefined;
    b = byD ?? cands[pick];
    tied = byD !== undefined;
    guessed = !byD && (d !== undefined || cands.length > 1);
    // 'The Ombudsman received 8,123 contacts (2,867 enquiries and 5,256 complaints). Enquiries were up 27% on
    // the 2,252 of the quarter before': no new figure before the change in its sentence; the subject's noun
    // names the one count of the sentence before written with it.
    if (!b && cands.length === 0 && hedged.length === 0 && !points && a.tok.kind === 'num') b = newOfSubject(s, p, a);
    // 'In September, 92 of the 153 councils (60%) were rated good. That was a rise of six percentage points on
    // the 56% of a year before.': the new level the one level of the old one's kind in the sentence before.
    if (!b && cands.length === 0 && hedged.length === 0) b = newBefore(s, p, a);
  }
  // '38%, 13 percentage points more than in 2013/14': the change names its comparison, and no figure of it is written.
  // '61%, up 4 points on the previous year but still below the national rate of 63%': so does a period named
  // with no level of its own ('on the previous year', 'since the last inspection'), unless its level follows
  // in the same clause ('on the previous year's 57%').
  // '… a difference of 9 points on the wellbeing scale': points of another scale than the shares'.
  if (points && OTHER_SCALE.test(text.slice(p.end, p.end + 80))) return undefined;
  const namedPeriod = PERIOD_COMPARED.exec(text.slice(p.end, p.end + 80));
  const unwrittenOld = points && !a && (/^\s*(?:percentage\s+)?points?\s+(?:(?:more|fewer|higher|lower|less|greater|up|down)\s+(?:than|on|from|compared\s+with)|above|below)\b/i.test(text.slice(p.end, p.end + 60)) ||
    (!!namedPeriod && !PERIOD_LEVEL.test(text.slice(p.end + namedPeriod[0].length, p.end + namedPeriod[0].length + 40))));
  if (points && (!a || !b) && !unwrittenOld) {
    // Two percentages in the sentence other than the points: their difference.
    // A percentage that is itself a change ('fallen by 1,340 (5%)', 'a rise of 4%') is no level of this one.
    // '… an increase of 9 percentage points on 2021 and 26% higher in relative terms': a percentage after the change
    // with a comparative after it is a relative difference, not a level ('44% up from 35%' is still a level); '… up
    // 1.4 percentage points, or 1.6% in relative terms', '(4% in relative terms)': one set beside the change in points
    // restates it relatively. Either is this change again, no other change of the sentence.
    const restatesThis = (t: Tok) =>
      t.kind === 'pct' && t.start > p.end && (RELATIVE_AFTER.test(text.slice(t.end, t.end + 30)) || (points && /^\s*(?:percentage\s+)?points?\s*(?:,\s*or|,?\s+or|\()\s*$/i.test(text.slice(p.end, t.start))));
    const changeAmount = (t: Tok, j: number) => {
      if (CUE_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return true;
      if (restatesThis(t)) return true;
      const k = s.toks[j - 1];
      return !!k && k.kind === 'num' && /^\s*[(,]\s*(?:or\s+)?$/.test(text.slice(k.end, t.start)) && changeAmountBefore(text.slice(Math.max(0, k.start - 40), k.start));
    };
    // A target, an average or another population's rate ('still below the 70% target', 'the national average
    // of 71%'), or a share in a clause set against the change's ('…, though 12% still waited'), is no level of it.
    const otherClause = (t: Tok) => CONTRAST.test(t.start > p.end ? text.slice(p.end, t.start) : text.slice(t.end, p.hedge?.start ?? p.start));
    let pcts = s.toks.filter((t, j) => t.kind === 'pct' && !t.hedge && !changeAmount(t, j) && !comparisonLevel(text, t) && !otherClause(t));
    // 'was 11.7% in autumn 2020 and 8.5% in autumn 2021 – 3.7 percentage points lower – with 1.6% of sessions
    // lost': two levels right before a change set beside the second (a comma or a dash, only a phrase of its
    // period between) are its pair; a share after the change is of its own.
    if (pcts.length > 2) {
      const lead = pcts.filter((t) => t.end <= (p.hedge?.start ?? p.start));
      const second = lead[lead.length - 1];
      const gap = second ? text.slice(second.end, p.hedge?.start ?? p.start) : '';
      if (lead.length === 2 && /^[^;:()]{0,40}(?:,|\s[\u2013\u2014])\s*$/.test(gap) && !/\b(?:and|but|while|whereas|against|compared|than)\b/i.test(gap) && !s.toks.some((t) => t.start >= second!.end && t.end <= p.start && !t.notCount)) pcts = lead;
    }
    // With another change amount in the sentence ('rose by 4 points to 62%, while girls' rose by 2 points to
    // 70%'), the two levels may be the new levels of two changes, not the old and new of one.
    // A gapped change ('and girls' by 2 points') is one too.
    const otherChange = s.toks.some((t, j) => t !== p && !restatesThis(t) && (t.kind === 'pct' || (t.kind === 'num' && POINTS.test(text.slice(t.end, t.end + 24)))) && (changeAmount(t, j) || /\bby\s+$/i.test(text.slice(Math.max(0, (t.hedge?.start ?? t.start) - 4), t.hedge?.start ?? t.start)))) ||
      // '… went up 2 percentage points to 40%, and with local authority carers 6 points to 58%': a gapped change in
      // points to its own new level.
      s.toks.some((t) => t !== p && t.kind === 'num' && POINTS_TO_LEVEL.test(text.slice(t.end, t.end + 40))) ||
      // 'one percentage point fewer than in 2015, and … 81%, one point more': each level has its own change.
      s.toks.some((t) => t !== p && t.kind === 'num' && t.end < p.start && /^\s+(?:percentage\s+)?points?\s+(?:more|fewer|higher|lower|less|greater|up|down)\b/i.test(text.slice(t.end, t.end + 40)));
    if (pcts.length === 2 && !otherChange) {
      // 'in 38% of schools, up from 25% in 2013/14': the figure after 'from' is the old one, wherever it stands.
      const old = (t: Tok) => /\b(?:from|than|compared\s+(?:with|to)|against|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 24), t.start));
      // '77% … as at 31 August 2015, against 71% as at 31 August 2016': the years written with the levels order them.
      const ya = yearOfLevel(s, pcts[0]!);
      const yb = yearOfLevel(s, pcts[1]!);
      const swap = ya !== undefined && yb !== undefined && ya !== yb ? ya > yb : old(pcts[1]!) && !old(pcts[0]!);
      a = figure(pcts[swap ? 1 : 0]!);
      b = figure(pcts[swap ? 0 : 1]!);
      // Neither marked as the old level or the new ('In the second it was 74%, and in the third 81%, a rise of
      // 13 points over two quarters'), with a level in the sentence before: the change may run from that
      // level, so a failing pair is only listed.
      const marked = (t: Tok) => old(t) || /\bto\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
      const levelBefore = s.previous?.[s.previous.length - 1]?.toks.some((t) => t.kind === 'pct' && !t.hedge) ?? false;
      unmarkedLevels = levelBefore && !marked(pcts[0]!) && !marked(pcts[1]!);
    }
  }
  if (!a || !b || a.tok === b.tok || a.tok === p || b.tok === p) return undefined;
  // 'rose to 96% from 91%, …, while the number of beds rose by 3%': a change in a clause joined on after both
  // levels is that clause's subject's, not theirs.
  if (a.offset === undefined && b.offset === undefined && Math.max(a.tok.end, b.tok.end) <= (p.hedge?.start ?? p.start) && CLAUSE_BETWEEN.test(text.slice(Math.max(a.tok.end, b.tok.end), p.hedge?.start ?? p.start))) return undefined;
  // 'rose from 410 to 520, an increase of 27%, compared with a national increase of 12%'; 'fell by 8%, from
  // 2,500 to 2,300, after rising by 12% in the quarter before': a pair before the change that another change
  // amount already owns (in apposition between them, or opening the pair) is that change's; this one is of
  // another place or period. Not when this one restates the other ('a drop of 13 points, or 17%').
  if (a.offset === undefined && b.offset === undefined && Math.max(a.tok.end, b.tok.end) <= (p.hedge?.start ?? p.start) && pairOwnedByOther(s, p, Math.min(a.tok.start, b.tok.start), Math.max(a.tok.end, b.tok.end))) return undefined;
  // 'from 30 to 45 per cent': the old figure takes the new one's unit.
  const pa = a.offset !== undefined ? undefined : sharedUnitPct(text, a.tok, b.tok);
  if (pa && !a.bound) a = figure(pa);
  if (a.tok.kind !== b.tok.kind || a.money !== b.money) return undefined;
  // Amounts in units change only within one unit ('9.1 days' to '11.4 days'), never against a count.
  if ((a.unitWord !== undefined || b.unitWord !== undefined) && a.unitWord !== b.unitWord) return undefined;
  if (cmpR(a.value, r(0)) <= 0) return undefined;
  const pf = tokValue(p);
  // A count of points or units carries no hedge of the scanner's: 'rose by nearly 25 points' has it just before.
  const hedgeRaw = p.hedge?.raw ?? (p.kind === 'num' ? HEDGE_BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1] : undefined);
  const hedge = hedgeRaw ? hedgeKind(hedgeRaw) : undefined;
  const operands: Operand[] = [placed(s, 'n', a), placed(s, 'k', b)];
  if (d) operands.push(placed(s, 'c', d));
  const pOp = placed(s, 'p', figure(p));
  if (hedgeRaw) pOp.hedge = hedgeRaw;
  operands.push(pOp);
  const diff = sub(b.value, a.value);
  const sign = Math.sign(diff.n);
  const absDiff = r(Math.abs(diff.n), diff.d);
  if (!safeR(absDiff, a.value, b.value)) return undefined;
  const problems: string[] = [];
  const said: string[] = [];
  // The absolute change, when written, must be the difference of exact counts.
  if (d && a.exact && b.exact && cmpR(d.value, absDiff) !== 0) problems.push(`${b.tok.raw} − ${a.tok.raw} = ${showR(absDiff)}, not ${d.tok.raw}`);
  const stated = statedRange(pf.value, pf.unit, hedge, maxR(r(5), mul(pf.value, r(1, 10))));
  // The readings of the written change that the figures allow.
  const readings: { name: string; fits: boolean; convention?: boolean; exact?: string; fix?: string }[] = [];
  if ((a.bound || b.bound) && !points) return judgeBounded(s, operands, a, b, p, stated, dir);
  if (points) {
    // Each rounded percentage stands for half a unit either side, so their difference for the sum of the halves.
    const slack = mul(add(a.unit, b.unit), r(1, 2));
    const lo = a.exact ? absDiff : maxR(r(0), sub(absDiff, slack));
    const hi = a.exact ? absDiff : add(absDiff, slack);
    // Between two percentages, percentage points; between two scores ('rose by 4 points, from 40 to 44'), the
    // points of the scale: either way the difference of the two figures.
    readings.push({ name: 'points', fits: overlaps({ lo, hi }, stated), exact: `${showR(absDiff)} points`, fix: formatScaled(Math.round((absDiff.n / absDiff.d) * 10 ** p.decimals), p.decimals) });
  } else {
    if (a.exact && b.exact && !hedge && Number.isSafeInteger(absDiff.n) && absDiff.d === 1) {
      const j = judge(absDiff.n, a.value.n, p.value, p.decimals, s.policy);
      const want = roundByPolicy(absDiff.n, a.value.n, p.decimals, s.policy);
      readings.push({ name: 'relative', fits: j.verdict === 'ok', convention: j.verdict === 'convention', exact: `${exactPercent(absDiff.n, a.value.n, p.decimals + 2)}%`, fix: formatScaled(want, p.decimals) });
      // 'from 41,000 to 60,000, a rise of 44%': two round counts may be levels rounded to their common last
      // place, the change worked from the figures before rounding; read so, the change is a range.
      const u = !d && j.verdict !== 'ok' ? roundCountUnit(a.value.n, b.value.n) : 0;
      if (u > 0) {
        const h = r(u, 2);
        const corners = [sub(a.value, h), add(a.value, h)].flatMap((x) => [sub(b.value, h), add(b.value, h)].map((y) => div(sub(y, x), x))).map((x) => mul(r(Math.abs(x.n), x.d), r(100)));
        const range: Range = { lo: minR(...corners), hi: maxR(...corners) };
        if (overlaps(range, stated)) readings.push({ name: 'relative', fits: true, exact: `${showR(range.lo, 1)}–${showR(range.hi!, 1)}% (levels rounded to the nearest ${u.toLocaleString('en-GB')})` });
      }
    } else {
      // Rounded old and new figures: the relative change is a range.
      const ha = mul(a.unit, r(1, 2));
      const hb = mul(b.unit, r(1, 2));
      const loA = sub(a.value, ha);
      if (cmpR(loA, r(0)) <= 0) return undefined;
      const cands = [
        div(sub(add(b.value, hb), loA), loA),
        div(sub(sub(b.value, hb), loA), loA),
        div(sub(add(b.value, hb), add(a.value, ha)), add(a.value, ha)),
        div(sub(sub(b.value, hb), add(a.value, ha)), add(a.value, ha)),
      ].map((x) => mul(r(Math.abs(x.n), x.d), r(100)));
      const range: Range = { lo: minR(...cands), hi: maxR(...cands) };
      readings.push({ name: 'relative', fits: overlaps(range, stated), exact: showR(range.lo, 1) === showR(range.hi!, 1) ? `${showR(range.lo, 1)}%` : `${showR(range.lo, 1)}–${showR(range.hi!, 1)}%` });
      if (a.tok.kind === 'pct') {
        const lo = maxR(r(0), sub(absDiff, add(ha, hb)));
        const hi = add(absDiff, add(ha, hb));
        readings.push({ name: 'points', fits: overlaps({ lo, hi }, stated), exact: `${showR(absDiff)} points` });
      }
    }
  }
  const fits = readings.some((x) => x.fits);
  const wrongWay = dir !== 0 && sign !== 0 && sign !== dir;
  const from = `${a.tok.raw} → ${b.tok.raw}`;
  const arithmetic = readings.map((x) => `${x.name === 'points' ? `${b.tok.raw} − ${a.tok.raw}` : `(${b.tok.raw} − ${a.tok.raw}) / ${a.tok.raw}`} = ${x.exact}`).join('; ') + ` ${fits ? '≈' : 'vs'} ${p.hedge ? `${p.hedge.raw} ` : ''}${p.raw}`;
  if (fits && problems.length === 0) return wrongWay ? record(s, operands, 'unchecked', `${arithmetic} (the change goes the other way: not judged)`) : record(s, operands, 'ok', `${arithmetic} ✓`);
  if (ownComparison) return record(s, operands, 'unchecked', `${arithmetic} (the change has its own comparison, so this old figure may be of another period: not judged)`);
  // Only truncation or rounding up gives the written change: a convention, reported as such.
  if (!fits && problems.length === 0 && readings.some((x) => x.convention)) {
    const c = record(s, operands, 'convention', `${arithmetic} (only by truncation or rounding up)`, `${p.raw} for ${from} follows truncation or rounding up, not the report's rounding: ${arithmetic}`);
    c.rule = RULE.roundingConvention;
    return c;
  }
  if (guessed) return record(s, operands, 'unchecked', `${arithmetic} (the new figure is one of several: not judged)`);
  // 'rose by 10% in each of the last two years, from 500 to 605', 'by an average of 5% a year': a rate per
  // period, compounded over the pair, is no change between its two figures.
  // 'fell by 12% in real terms, from £41,000 to £38,000': the change is after inflation, the figures in cash.
  if (a.offset === undefined && realTerms(text, p.hedge?.start ?? p.start, Math.max(a.tok.end, b.tok.end))) return record(s, operands, 'unchecked', `${arithmetic} (a change in real terms, of figures in cash: not judged)`);
  // 'from 1,240 to 1,020 in the first year and to 930 in the second': the change may run to the later level.
  if (b.offset === undefined && chainedLevel(text, b.tok)) return record(s, operands, 'unchecked', `${arithmetic} (a later level follows, to which the change may run: not judged)`);
  // 'rose by 2% to 83,840, the highest figure since 1985, when there were 70,000': 'since' dates a superlative, not the change.
  if (a.offset === undefined && a.tok.start > tail && SUPERLATIVE_SINCE.test(text.slice(tail, a.tok.start))) return record(s, operands, 'unchecked', `${arithmetic} (the earlier figure dates a record, not the change: not judged)`);
  if (perPeriod(text, p, tail)) return record(s, operands, 'unchecked', `${arithmetic} (a change per period, which compounds over the pair: not judged)`);
  // 'This year 69% … . Last year the figure was 64%, up from 59% in 2005/6: a ten-point rise over the period.': a
  // change said to be over the whole period may run to a level written elsewhere, when there is one.
  if (OVER_PERIOD.test(text.slice(tail, tail + 60)) && [...(s.previous ?? []).flatMap((x) => x.toks), ...s.toks].some((t) => t.kind === a.tok.kind && t !== a.tok && t !== b.tok && t !== p && !t.notCount)) return record(s, operands, 'unchecked', `${arithmetic} (a change over a whole period, which may run to another level written here: not judged)`);
  // 'fell by 10% to 2,700, compared with 3,200 planned', 'against a target of 3,000': a plan or target is no earlier level.
  if (a.offset === undefined && plannedFigure(text, a.tok)) return record(s, operands, 'unchecked', `${arithmetic} (the other figure is a plan or target, not an earlier level: not judged)`);
  if (unmarkedLevels) return record(s, operands, 'unchecked', `${arithmetic} (neither level is marked as the earlier: not judged)`);
  // 'since 2020, when it had 40 staff': the figure of the earlier period may count something else.
  if (a.offset === undefined && /\b(?:since|than|on)\b[^,.;:()]{1,30}?,?\s+when\s+(?:(?:it|they|we|there)\s+[a-z]+\s+)?(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, a.tok.start - 50), a.tok.start)) && !sameGroup(nounAfter(text, a.tok.end), nounAfter(text, b.tok.end))) {
    return record(s, operands, 'unchecked', `${arithmetic} (the earlier figure names another group: not judged)`);
  }
  if (loose) return record(s, operands, 'unchecked', `${arithmetic} (the old figure is not marked as such: not judged)`);
  // A count hedged with 'some' or 'about' may be rounded: no reading is certain.
  if (!tied && a.offset === undefined && /\b(?:some|about|around|approximately|roughly)\s*$/i.test(text.slice(Math.max(0, Math.min(a.tok.start, b.tok.start) - 16), Math.min(a.tok.start, b.tok.start)))) {
    return record(s, operands, 'unchecked', `${arithmetic} (approximate figures: not judged)`);
  }
  // 'is understood to have fallen by 70 per cent, from 4,000 … to 1,250': a change written as reported or
  // estimated, over a figure of one significant digit beside one of three or more, may rest on the round
  // figure rounded to its leading place; when the change fits it read so, it is only listed.
  if (!fits && problems.length === 0 && !tied && REPORTED.test(text) && roundReadingFits(a, b, stated)) {
    return record(s, operands, 'unchecked', `${arithmetic} (${a.tok.raw} may be a round figure; read so, the change fits: not judged)`);
  }
  if (!fits) problems.unshift(`${from} is ${readings.map((x) => x.exact).join(' or ')}, not ${p.hedge ? `${p.hedge.raw} ` : ''}${p.raw}`);
  const fixText = !fits && !hedge ? readings.find((x) => x.fix !== undefined)?.fix : undefined;
  const replacement = fixText !== undefined ? { span: at(s, p.start, p.end), newText: p.raw.replace(/^[\d.,]+/, fixText) } : undefined;
  return record(s, operands, 'inconsistent', arithmetic, `The change does not match its figures: ${problems.join('; ')}`, replacement);
}

/**
 * A change amount gapped onto an earlier change's verb: 'fell by 3% in 2022 and by a further 4%, to 931':
 * a figure after it is that change's.
 */
const GAPPED_AMOUNT = /\b(?:by|of)\s+(?:(?:a|an)\s+)?(?:further|additional|another|extra)\s+$|\band\s+(?:then\s+|(?:the\s+)?[a-z'\u2019-]+\s+(?:[a-z'\u2019-]+\s+)?)?by\s+$/i;

/** Whether `x` is a change amount: a percentage or points with a change word before it, or a comparative after a percentage. */
function changeAmountTok(s: SentenceView, x: Tok): boolean {
  const text = s.text;
  const xs = x.hedge?.start ?? x.start;
  if (x.kind !== 'pct' && !(x.kind === 'num' && POINTS.test(text.slice(x.end, x.end + 24)))) return false;
  return CUE_BEFORE.test(text.slice(Math.max(0, xs - 60), xs)) || (x.kind === 'pct' && CUE_AFTER.test(text.slice(x.end, x.end + 20)));
}

/** A pair (from `pairStart` to `pairEnd`) before `p` that another change amount owns: one between them, or one right before the pair's 'from'. */
function pairOwnedByOther(s: SentenceView, p: Tok, pairStart: number, pairEnd: number): boolean {
  const text = s.text;
  const ps = p.hedge?.start ?? p.start;
  // An absolute change in apposition owns the pair as well ('from 62 people to 40, a reduction of 22, after rising by 30%').
  const absolute = (x: Tok) => x.kind === 'num' && plainCount(text, x) && changeAmountBefore(text.slice(Math.max(0, x.start - 40), x.start));
  return s.toks.some((x) => {
    if (x === p || !(changeAmountTok(s, x) || (absolute(x) && x.start >= pairEnd))) return false;
    const xs = x.hedge?.start ?? x.start;
    if (xs >= pairEnd && x.end <= ps) {
      // 'a drop of 13 percentage points, or 17%': this change restates the other.
      const xe = x.kind === 'num' ? x.end + (POINTS.exec(text.slice(x.end, x.end + 24))?.[0].length ?? 0) : x.end;
      return !/^(?:\s+[a-z]+)?\s*,?\s*(?:or|\(|which\s+(?:is|was))\s*$/i.test(text.slice(xe, ps));
    }
    if (x.end <= pairStart) {
      const xe = x.kind === 'num' ? x.end + (POINTS.exec(text.slice(x.end, x.end + 24))?.[0].length ?? 0) : x.end;
      // ('a 25% increase, while overnight stays fell from 30 to 24': a clause of its own opens that pair.)
      const between = text.slice(xe, pairStart);
      return /^[^;:()\d]{0,40}(?:\(\s*)?\bfrom\s+(?:the\s+|a\s+|an\s+)?[£$€]?$/i.test(between) && !/\b(?:while|whereas|although|though|but|and|yet|with)\b/i.test(between) && !CHANGE_VERB.test(between);
    }
    return false;
  });
}

/**
 * The place two round counts may be rounded to: both 10,000 or more and whole hundreds (a smaller whole
 * hundred may well be an exact count), the finer of their last non-zero places, at most a thousand
 * ('41,000' and '60,000': 1,000; '12,500' and '14,000': 100); else 0.
 */
function roundCountUnit(x: number, y: number): number {
  const place = (n: number) => {
    let u = 1;
    while (u < 1000 && n % (u * 10) === 0) u *= 10;
    return u;
  };
  if (x < 10000 || y < 10000 || x % 100 !== 0 || y % 100 !== 0) return 0;
  return Math.min(place(x), place(y));
}

/** After a change, the start of a clause of its own: 'while', 'whereas', 'although', 'though', ', and', ', but', ', with'. */
const OTHER_CLAUSE_AFTER = /\b(?:while|whereas|although|though)\b|,\s*(?:and|but|with|yet)\b/i;

/** What joins two change amounts of a list: ', ', ' and ', ', or ', with the period of the first between ('5% in 2022 and 6%'). */
const AMOUNT_LIST_JOIN = /^(?:\s+(?:in|during|for|over|at|among|across)\s+[^,;:()%\d]{0,24}?(?:\d{4}(?:[-/]\d{2,4})?)?)?\s*(?:,\s*(?:and\s+|or\s+|then\s+)?|\s+(?:and|or|then)\s+)(?:by\s+)?$/i;

/** Whether the change amount at `i` is one of a list of them: a percentage or points right before or after it, joined as a list. */
function inAmountList(s: SentenceView, i: number): boolean {
  const isAmount = (t: Tok | undefined) => !!t && !t.hedge && (t.kind === 'pct' || (t.kind === 'num' && POINTS.test(s.text.slice(t.end, t.end + 24))));
  const end = (t: Tok) => (t.kind === 'num' ? t.end + (POINTS.exec(s.text.slice(t.end, t.end + 24))?.[0].length ?? 0) : t.end);
  const t = s.toks[i]!;
  // The neighbours among the figures that are counts or shares (a year between is the first amount's period).
  let j = i - 1;
  while (j >= 0 && s.toks[j]!.notCount) j--;
  let k = i + 1;
  while (k < s.toks.length && s.toks[k]!.notCount) k++;
  const prev = j >= 0 ? s.toks[j] : undefined;
  const next = k < s.toks.length ? s.toks[k] : undefined;
  if (prev && isAmount(prev) && prev.kind === t.kind && AMOUNT_LIST_JOIN.test(s.text.slice(end(prev), t.hedge?.start ?? t.start))) return true;
  if (next && isAmount(next) && next.kind === t.kind && AMOUNT_LIST_JOIN.test(s.text.slice(end(t), next.hedge?.start ?? next.start))) return true;
  return false;
}

/** A finite verb of change: 'rose', 'were cut', 'has fallen'. */
const CHANGE_VERB = /\b(?:rose|risen|rises|fell|fallen|falls|increased|decreased|grew|grown|grows|dropped|declined|cut|reduced|climbed|jumped|soared|plummeted|went\s+(?:up|down)|gone\s+(?:up|down)|doubled|halved|trebled|tripled)\b/i;

/** Between the levels and a change after them, a clause of its own: 'while', 'whereas', 'though', 'but', a semicolon, ', and the'. */
const CLAUSE_BETWEEN = /;|\b(?:while|whereas|although|though|but|yet)\b|,\s*and\s+(?:the|its|their|there)\b/i;

/** A change per period: 'in each of the last two years', 'a year', 'year on year', 'annually', 'an average of … a year', 'an annual rise of'. */
const PER_PERIOD_AFTER = /^\s*(?:(?:a|per|each|every)\s+(?:year|annum|month|quarter|week|term|decade)\b|(?:in\s+|for\s+|over\s+)?(?:each|every)\s+(?:of\s+the\s+)?(?:last\s+|past\s+|previous\s+|next\s+|following\s+)?(?:[a-z]+\s+)?(?:years?|months?|quarters?|terms?|weeks?)\b|(?:year|month|quarter)[-\s]on[-\s](?:year|month|quarter)\b|(?:annually|yearly|per\s+annum|on\s+average|compound(?:ed)?)\b)/i;
const PER_PERIOD_BEFORE = /(?:\b(?:annual|yearly|year[-\s]on[-\s]year|compound(?:ed)?|annuali[sz]ed|average(?:\s+annual)?)\s+(?:rate\s+of\s+)?(?:rise|increase|growth|fall|drop|decrease|reduction|decline)\s+(?:of\s+)?|\b(?:annually|each\s+year|every\s+year|a\s+year|per\s+year)\s+by\s+|\baverage\s+of\s+|\baveraging\s+)(?:[a-z]+\s+)?$/i;

/** After a change amount: 'rise over the period', 'over that time', 'across the whole period'. */
const OVER_PERIOD = /^\s*(?:[a-z]+\s+){0,2}?(?:over|across|during|throughout)\s+(?:the|that|this)\s+(?:whole\s+|same\s+|entire\s+)?(?:period|time|years|decade)\b/i;

export function perPeriod(text: string, p: Tok, tail: number): boolean {
  const start = p.hedge?.start ?? p.start;
  return PER_PERIOD_AFTER.test(text.slice(tail, tail + 60)) || PER_PERIOD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A change with a subject of its own after the levels: '83 deaths …, up from 72 the year before, and reported
 * self-harm rose by 25%' (the 25% is self-harm's, not the deaths'). Not when the subject points back to the
 * same measure ('and the number rose by', 'and it rose by').
 */
const OWN_SUBJECT_CHANGE = /(?:,|;)\s*(?:and|but|while|whilst|whereas)\s+(?!(?:it|this|that|they|these|the\s+(?:number|figure|total|rate|count|level|proportion|share))\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+(?:rose|fell|increased|decreased|grew|dropped|went\s+(?:up|down)|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$/i;

/** A change verb, its 'from A to B' pair, and the bracket the change stands in: 'went up from 250 to 300 ('. */
const PAIR_THEN_BRACKET = /\b(rose|risen|increased|grew|grown|went\s+up|gone\s+up|fell|fallen|dropped|decreased|declined|went\s+down|gone\s+down)\s+from\s+(?:the\s+|a\s+)?[\d,.]+(?:\s*(?:%|per\s+cent|percent))?\s+to\s+(?:the\s+|a\s+)?[\d,.]+(?:\s*(?:%|per\s+cent|percent))?\s*\(\s*$/i;

/** Between the two figures of a bracketed pair: old to new ('250 to 300'), or new against old ('300 compared with 250'). */
/** As PAIR_THEN_BRACKET, closed by ', or' (the verb may have its absolute change first: 'went up by 497 during the year, from …'). */
const PAIR_THEN_OR = /\b(rose|risen|increased|grew|grown|went\s+up|gone\s+up|fell|fallen|dropped|decreased|declined|went\s+down|gone\s+down)(?:\s+by\s+\d[\d,.]*(?:\s+[a-z]+){0,4}\s*,)?\s+from\s+(?:the\s+|a\s+)?\d[\d,.]*(?:\s*(?:%|per\s+cent|percent))?\s+to\s+(?:the\s+|a\s+)?\d[\d,.]*(?:\s*(?:%|per\s+cent|percent))?\s*,\s*or\s+$/i;
const OLD_TO_NEW = /^\s+to\s+$/i;
const NEW_AGAINST_OLD = /^\s*,?\s+(?:compared\s+(?:with|to)|against|vs\.?|versus|(?:up|down)\s+from|from)\s+(?:the\s+)?$/i;

/**
 * A pair in a bracket right after the change, no figure that is a count between: 'up 20% (250 to 300)',
 * '20% higher than in 2022 (300 compared with 250)'. Returned old figure first; nothing else in the bracket.
 */
function bracketPairAfter(s: SentenceView, tail: number): [Tok, Tok] | undefined {
  const open = s.text.indexOf('(', tail);
  if (open < 0 || open - tail > 50 || /[;:.)]/.test(s.text.slice(tail, open).replace(/\d\.\d/g, ''))) return undefined;
  if (s.toks.some((t) => t.start >= tail && t.end <= open && !t.notCount)) return undefined;
  const i = s.toks.findIndex((t) => t.start > open);
  const x = s.toks[i];
  const y = s.toks[i + 1];
  if (!x || !y || x.kind !== y.kind || x.notCount || y.notCount || x.hedge || y.hedge || !/^\s*$/.test(s.text.slice(open + 1, x.start)) || !/^\s*\)/.test(s.text.slice(y.end, y.end + 3))) return undefined;
  const between = s.text.slice(x.end, y.start);
  if (OLD_TO_NEW.test(between)) return [x, y];
  if (NEW_AGAINST_OLD.test(between)) return [y, x];
  return undefined;
}

/** A level's time said with a word, not a year: '199,869 now'. */
const NOW_AFTER = /^\s+(?:[a-z]+\s+)?(?:now|today|currently|at\s+present|this\s+year)\b/i;

/**
 * The two levels a change closing its clause with a colon is of, each dated: 'capacity dipped by 0.2%:
 * 200,190 places in 2016, 199,869 now'. Nothing else after the colon counts; the earlier one (a year before
 * a later year or 'now') is the old figure. Returned old figure first.
 */
function colonLevels(s: SentenceView, tail: number): [Tok, Tok] | undefined {
  const m = /^\s*:\s*/.exec(s.text.slice(tail, tail + 4));
  if (!m) return undefined;
  const from = tail + m[0].length;
  if (/[:;()]/.test(s.text.slice(from)) || s.text.length - from > 120) return undefined;
  const levels = s.toks.filter((t) => t.start >= from && !t.notCount);
  const [x, y] = levels;
  if (levels.length !== 2 || !x || !y || x.kind !== y.kind || x.hedge || y.hedge || (x.kind === 'num' && (!plainCount(s.text, x) || !plainCount(s.text, y)))) return undefined;
  const when = (t: Tok) => yearOfLevel(s, t) ?? (NOW_AFTER.test(s.text.slice(t.end, t.end + 24)) ? Infinity : undefined);
  const wx = when(x);
  const wy = when(y);
  if (wx === undefined || wy === undefined || wx === wy) return undefined;
  return wx < wy ? [x, y] : [y, x];
}

/** A superlative dated by 'since': 'the highest figure since 1985', 'the first time since'. */
const SUPERLATIVE_SINCE = /\b(?:highest|lowest|largest|smallest|biggest|greatest|most|fewest|least|best|worst|first|record)\b[^.;]*\bsince\b/i;

/** A level written after the new one, joined by 'and to', 'then to', ', rising to': 'to 1,020 in 2022 and to 930 in 2023'. */
const CHAINED_TO = /^[^.;:()]{0,40}?(?:\band|\bthen|,)\s+(?:then\s+)?(?:(?:rising|falling|dropping|climbing|growing|increasing|decreasing|declining)\s+(?:again\s+|further\s+)?)?to\s+(?:the\s+|a\s+)?[£$€]?\d/i;

function chainedLevel(text: string, b: Tok): boolean {
  return CHAINED_TO.test(text.slice(b.end, b.end + 60));
}

/** A change in real terms, after inflation: 'fell by 12% in real terms', 'a real-terms cut', 'adjusted for inflation'. */
const REAL_TERMS = /\breal[-\s]terms\b|\b(?:after|adjusted\s+for|allowing\s+for|once\s+inflation)\s+inflation\b|\binflation[-\s]adjusted\b|\bconstant\s+prices\b/i;

function realTerms(text: string, from: number, to: number): boolean {
  return REAL_TERMS.test(text.slice(Math.max(0, from - 40), to + 30));
}

/** A figure that is a plan, forecast or target, not an earlier level: '3,200 planned', 'a target of 3,000', 'the expected 40'. */
const PLANNED_AFTER = /^\s*(?:[a-z]+\s+)?(?:planned|expected|projected|forecast|budgeted|targeted|intended|anticipated|required|commissioned|allocated|agreed|promised|predicted|sought|aimed\s+for)\b/i;
const PLANNED_BEFORE = /\b(?:target|targets|plan|planned|forecast|projection|projected|budget|budgeted|expected|expectation|ambition|aim|goal|trajectory|commitment|commissioned|contracted|required|requirement)\s+(?:figure\s+|level\s+|number\s+|total\s+)?(?:of\s+)?(?:the\s+|a\s+|an\s+|some\s+)?[£$€]?$/i;

function plannedFigure(text: string, t: Tok): boolean {
  return PLANNED_AFTER.test(text.slice(t.end, t.end + 30)) || PLANNED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/** Between a new count and its change: ', a fall of', ', an increase of', ', down by', ', up'. */
const CHANGE_APPOSED = /^(?:\s+[a-z][a-z'-]*){0,3}\s*,\s*(?:(?:an?\s+)?(?:rise|increase|growth|fall|drop|decrease|reduction|decline)\s+(?:of|by)|(?:up|down)(?:\s+by)?)\s+$/i;
/** Words that say a sentence restates the measure of the sentence before at another time. */
const SAME_MEASURE = /\b(?:the\s+(?:figure|number|total|count|population|headcount)\b(?!\s+(?:for|of|among|in|on|at|from)\b)|(?:it|they|this)\s+(?:now\s+)?(?:holds?|has|have|had|held|employs?|employed|houses?|housed|cares?\s+for|cared\s+for|recorded|received|made|saw|handled|completed|carried\s+out|issued|supported)\b|now\s+(?:holds?|has|have|stands?|employs?|houses?)|(?:it|this|the\s+(?:figure|number|total|count|population))\s+(?:now\s+|had\s+|has\s+)?(?:stood\s+at|stands\s+at|(?:risen|fallen|grown|dropped|increased|decreased|rose|fell|grew)\s+to)\s*$)/i;
/** Words that mark a sentence's figure as of a part of a group, not the group. */
const PART_WORDS = /\b(?:of\s+(?:these|them|those|whom|which)|among|amongst|including|included|such\s+as)\b/i;

/**
 * 'At the end of March there were 27,840 registered childminders. A year later the figure was 26,500, a
 * fall of 5%.': a change written right after its new count, with no old figure in its sentence, whose old
 * figure is the one count of the sentence before. Taken only when the second sentence restates that
 * measure ('the figure', 'It now holds', or the same noun after both counts), names no part of a group
 * ('Of these, 120 …'), and neither figure is hedged; the sentence before must hold no share (a share
 * may be the level that changed).
 */
function earlierFigure(s: SentenceView, p: Tok, index: number): { a: Figure; b: Figure } | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  const t = s.toks[index - 1];
  if (prev && t && t.kind === 'pct') return earlierShare(s, p, t, prev);
  if (!prev || !t || p.hedge || !plainCount(s.text, t) || !CHANGE_APPOSED.test(s.text.slice(t.end, p.start))) return undefined;
  // No other figure in the sentence: one that is no count (a year, a date) may name the time.
  if (s.toks.some((x) => x !== t && x !== p && !x.notCount)) return undefined;
  // A change with its own comparison ('a fall of 15% on 2015', '… since the 2019 peak') may be over another period.
  if (/^\s*(?:on|than|compared|since|from|against|over|relative|in\s+comparison)\b/i.test(s.text.slice(p.end, p.end + 24))) return undefined;
  if (PART_WORDS.test(s.text) || HEDGE_BEFORE.test(s.text.slice(Math.max(0, t.start - 16), t.start))) return undefined;
  const counts = prev.toks.filter((x) => !x.notCount);
  const o = counts[0];
  if (counts.length !== 1 || !o || o.kind !== 'num' || !plainCount(prev.text, o) || o.value <= 0 || HEDGE_BEFORE.test(prev.text.slice(Math.max(0, o.start - 16), o.start)) || PART_WORDS.test(prev.text)) return undefined;
  const newNoun = nounAfter(s.text, t.end);
  const oldNoun = nounAfter(prev.text, o.end);
  const same = newNoun !== undefined && oldNoun !== undefined && newNoun.replace(/s$/, '') === oldNoun.replace(/s$/, '');
  // ('It now holds 400 women' after '440 men' compares two groups: the noun, when written, must be the same.)
  // 'Last year 2,450 children were referred. This year 2,695 were referred, a rise of 10%.': the same verb
  // phrase after both counts says the same measure.
  const verb = /^\s+((?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+[a-z]+(?:\s+[a-z]+)?)\s*,/i.exec(s.text.slice(t.end, p.start))?.[1];
  const sameVerb = verb !== undefined && new RegExp(String.raw`^\s+(?:[a-z'-]+\s+){0,2}${verb.replace(/\s+/g, '\\s+')}\s*(?:[.;]|$)`, 'i').test(prev.text.slice(o.end));
  // 'There were 1,200 complaints in 2022. In 2023 there were 1,450, an increase of 15%.': 'there were' before
  // both counts, the new one's noun left out, says the same measure.
  const there = (text: string, x: Tok) => /\bthere\s+(?:were|was|had\s+been|have\s+been)\s+$/i.exec(text.slice(Math.max(0, x.start - 24), x.start))?.[0].replace(/\s+/g, ' ').toLowerCase();
  const thereBoth = newNoun === undefined && oldNoun !== undefined && /^\s*,/.test(s.text.slice(t.end, p.start)) && there(s.text, t) !== undefined && there(s.text, t) === there(prev.text, o);
  if (!same && !sameVerb && !thereBoth && !(SAME_MEASURE.test(s.text.slice(0, t.start)) && newNoun === undefined)) return undefined;
  return { a: { ...figure(o), offset: prev.offset }, b: figure(t) };
}

/** A phrase naming the group a figure is of: 'for men', 'among girls', 'in the women's prisons'. */
const GROUP_AFTER = /^\s*(?:for|among|amongst|in\s+the\s+case\s+of)\s+(?!the\s+(?:year|period|quarter|month)\b)[a-z]/i;

/** A sentence that restates a share of the sentence before at another time: 'This has risen to', 'The figure is now', 'In 2023 the rate was'. */
const SAME_SHARE = /(?:^|\b)(?:(?:this|it|the\s+(?:figure|rate|proportion|share|percentage))\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:(?:risen|fallen|grown|dropped|increased|decreased|improved|rose|fell|grew|climbed|gone\s+(?:up|down))\s+to|(?:is|was|stood\s+at|stands\s+at)(?:\s+now)?)|(?:this|that)\s+(?:had\s+|has\s+)?(?:risen|fallen|increased|decreased|improved|dropped|grown|gone\s+(?:up|down))\s+to)\s*$/i;

/**
 * 'At the last inspection, 62% of cases had a sufficient assessment. This has risen to 71%, a rise of 9
 * percentage points.': a change right after a share that the sentence says restates the share of the
 * sentence before at another time (`SAME_SHARE`), the one share there; no other figure in either
 * sentence but years and the share's group.
 */
function earlierShare(s: SentenceView, p: Tok, t: Tok, prev: NonNullable<SentenceView['previous']>[number]): { a: Figure; b: Figure } | undefined {
  if (t.hedge || p.hedge || !CHANGE_APPOSED_ANY.test(s.text.slice(t.end, p.start))) return undefined;
  if (!SAME_SHARE.test(s.text.slice(0, t.start))) return undefined;
  // 'This has risen to 71% for men, an increase of 14 points for women': a level or a change of a sub-group.
  if (GROUP_AFTER.test(s.text.slice(t.end, t.end + 16)) || GROUP_AFTER.test(s.text.slice(p.end, p.end + 40).replace(/^\s*(?:percentage\s+)?points?/i, ''))) return undefined;
  if (s.toks.some((x) => x !== t && x !== p && !x.notCount)) return undefined;
  if (ownComparisonAfter(s, p)) return undefined;
  const shares = prev.toks.filter((x) => x.kind === 'pct');
  const o = shares[0];
  if (shares.length !== 1 || !o || o.hedge || prev.toks.some((x) => x.kind === 'frac') || PART_WORDS.test(prev.text)) return undefined;
  return { a: { ...figure(o), offset: prev.offset }, b: figure(t) };
}

/**
 * A change with a comparison of its own after it ('an increase of 35% on the figure for 2019', '9 points
 * higher than in 2021'): it is over another period than the pair of the sentence before.
 */
export function ownComparisonAfter(s: SentenceView, p: Tok): boolean {
  const tail = s.text.slice(p.end, p.end + 40).replace(/^\s*(?:percentage\s+)?points?/i, '');
  return /^\s*(?:percentage\s+)?(?:points?\s+)?(?:on|than|compared|since|from|against|over|relative|in\s+comparison)\b/i.test(tail);
}

/** Between a new figure and its change, a word of change or of betterment: ', a rise of', ', an improvement of', ', down'. */
const CHANGE_APPOSED_ANY = /^(?:\s+[a-z][a-z'-]*){0,3}\s*,\s*(?:(?:an?\s+)?(?:(?:further|small|slight|large|sharp|marked|significant)\s+)?(?:rise|increase|growth|fall|drop|decrease|reduction|decline|improvement|deterioration)\s+(?:of|by)|(?:up|down)(?:\s+by)?)\s+$/i;

/** As CHANGE_APPOSED_ANY, with up to seven words of the figure's period before the comma. */
const CHANGE_APPOSED_LONG = new RegExp(CHANGE_APPOSED_ANY.source.replace('{0,3}', '{0,7}'), 'i');

/** A sentence that names the change of the pair just before: 'This was an increase of 25%.', 'That represents a fall of a fifth'. */
/** 'This was', 'It is', 'This was unchanged from 31 December 2016 and': before a gap in points that opens its sentence. */
const THIS_POINTS = /^\s*(?:this|that|it)\s+(?:was|is|has\s+been|had\s+been)\s+(?:(?:unchanged|the\s+same)\s+(?:from|since|on|as)\s+[^,;.()%]{1,40}?\s+(?:and|but)\s+)?$/i;
/** After the points: their comparison, a short period and the old level in brackets ('higher than at 31 August 2012 ('). */
const POINTS_THAN_BRACKET = /^\s+(?:higher|lower|more|less|greater|above|below)(?:\s+than)?\b[^.;:,()]{0,40}\(\s*$/i;
const THIS_WAS = /^\s*(?:this|that|which)\s+(?:was|is|represents|represented|amounts\s+to|amounted\s+to|marks|marked|is\s+equivalent\s+to)\s+(?:an?\s+)?(?:(?:further|small|slight|large|sharp|marked|significant|overall)\s+)?(?:rise|increase|growth|fall|drop|decrease|reduction|decline)\s+of\s+$/i;

/**
 * 'Complaints rose from 312 to 390. This was an increase of 25%.': the change opens its sentence and names
 * the 'from … to …' pair that closes the sentence before (no other figure after the pair, none in this
 * sentence).
 */
function pairBefore2(s: SentenceView, p: Tok): { a: Figure; b: Figure } | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || p.hedge || !THIS_WAS.test(s.text.slice(0, p.start))) return undefined;
  if (s.toks.some((x) => x !== p && !x.notCount)) return undefined;
  // 'This was an increase of 35% on the figure for 2019': a change with its own comparison is over another period.
  if (ownComparisonAfter(s, p)) return undefined;
  const figs = prev.toks.filter((x) => !x.notCount);
  let [x, y] = figs.slice(-2);
  if (!x || !y || x.kind !== y.kind || x.hedge || y.hedge) return undefined;
  const view: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  // (What follows the pair: a few words, the years and dates of its figures blanked.)
  let rest = prev.text.slice(y.end);
  for (const t of prev.toks) if (t.notCount && t.start >= y.end) rest = rest.slice(0, t.start - y.end) + 'x'.repeat(t.end - t.start) + rest.slice(t.end - y.end);
  if (!/^[^,;:()\d]{0,40}[.!]?\s*$/.test(rest)) return undefined;
  // 'We upheld 54% of the complaints, up from 51% the year before. That is a rise of five percentage points.':
  // the new level, then the old one marked by 'up from', 'against' or 'compared with' after a comma, in one clause.
  const markedOld = /^[^;:()\d]{0,80},\s*(?:(?:up|down)\s+from|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?$/i.test(prev.text.slice(x.end, y.start)) && !/\b(?:and|but|while|whereas|although|though)\b/i.test(prev.text.slice(x.end, y.start));
  if (markedOld) {
    if (PART_WORDS.test(prev.text.slice(x.end, y.start))) return undefined;
    [x, y] = [y, x];
  } else if (!/\bfrom\s+(?:the\s+|a\s+)?$/i.test(prev.text.slice(Math.max(0, x.start - 12), x.start)) || !/^\s*to\s+(?:the\s+|a\s+)?$/i.test(prev.text.slice(x.end, y.start))) {
    // 'In 2023, 120 referrals were made; in 2022, 100 were made. This was an increase of 20%.': the sentence's
    // only two figures, each with a year of its own: the earlier year's is the old figure.
    const yx = yearNear(view, x);
    const yy = yearNear(view, y);
    if (figs.length !== 2 || yx === undefined || yy === undefined || yx === yy || PART_WORDS.test(prev.text)) return undefined;
    if (yx > yy) [x, y] = [y, x];
  }
  const fa = quantity(view, x);
  const fb = quantity(view, y);
  if (!fa || !fb) return undefined;
  return { a: { ...fa, offset: prev.offset }, b: { ...fb, offset: prev.offset } };
}

/**
 * The new level of a change that opens its sentence ('That was a rise of six percentage points on the 56% of a
 * year before.') with its old level after its own comparison: the one figure of that level's kind in the
 * sentence before (a share: no fraction there either), unhedged, no change amount, and no other figure in
 * this sentence.
 */
function newBefore(s: SentenceView, p: Tok, a: Figure): Figure | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || p.hedge || a.offset !== undefined) return undefined;
  if (a.tok.start < p.end || s.toks.some((x) => x !== p && x !== a.tok && !x.notCount)) return undefined;
  // 'This was unchanged from December and 19 percentage points higher than at 31 August 2012 (74%).': a gap in
  // points opening its sentence after 'This was', its old level in brackets after its comparison and period.
  const pts = POINTS.exec(s.text.slice(p.end, p.end + 24));
  const thisPoints = pts !== null && THIS_POINTS.test(s.text.slice(0, p.start)) && POINTS_THAN_BRACKET.test(s.text.slice(p.end + pts[0].length, a.tok.start));
  if (!thisPoints && !THIS_WAS.test(s.text.slice(0, p.start))) return undefined;
  if (!thisPoints && !/^\s*(?:(?:percentage\s+)?points?\s+)?on\s+(?:the\s+)?$/i.test(s.text.slice(p.end, a.tok.start).replace(/^\s*(?:percentage[-\s])?points?\b|^\s*(?:pp|ppts?)\b/i, ' '))) return undefined;
  const view: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  const same = prev.toks.filter((x) => x.kind === a.tok.kind && !x.notCount);
  const o = same[0];
  if (same.length !== 1 || !o || o.hedge || (a.tok.kind === 'pct' && prev.toks.some((x) => x.kind === 'frac'))) return undefined;
  if (CUE_BEFORE.test(prev.text.slice(Math.max(0, o.start - 60), o.start)) || POINTS.test(prev.text.slice(o.end, o.end + 24))) return undefined;
  const f = a.tok.kind === 'num' ? (plainCount(prev.text, o) ? quantity(view, o) : undefined) : quantity(view, o);
  return f && f.unitWord === a.unitWord ? { ...f, offset: prev.offset } : undefined;
}

/** A sentence that restates the measure at an earlier time: 'A year earlier it was', 'The year before, the figure had been'. */
const EARLIER_RESTATED = /^\s*(?:(?:a|one|two|three|six|twelve)\s+(?:years?|months?|quarters?)\s+(?:earlier|before)|the\s+(?:year|quarter|month)\s+before|(?:at|in)\s+the\s+(?:last|previous)\s+(?:inspection|year|quarter)|last\s+year|the\s+previous\s+year)\s*,?\s*(?:it|the\s+(?:figure|rate|proportion|share|percentage|level))\s+(?:was|had\s+been|stood\s+at)\s+(?:the\s+)?$/i;

/**
 * 'The proportion of children seen within 10 days was 71%. A year earlier it was 65%. That was a rise of six
 * percentage points.': a change opening its sentence with no other figure, after a sentence whose one figure
 * restates the measure at an earlier time (`EARLIER_RESTATED`): that is the old level, the new one the one
 * figure of that kind of the sentence before it (unhedged, no fraction beside a share).
 */
function earlierRestated(s: SentenceView, p: Tok): { a: Figure; b: Figure } | undefined {
  const prevs = s.previous ?? [];
  const prev = prevs[prevs.length - 1];
  const first = prevs[prevs.length - 2];
  if (!prev || !first || p.hedge || !THIS_WAS.test(s.text.slice(0, p.start))) return undefined;
  if (s.toks.some((x) => x !== p && !x.notCount) || ownComparisonAfter(s, p)) return undefined;
  const olds = prev.toks.filter((x) => !x.notCount);
  const o = olds[0];
  if (olds.length !== 1 || !o || o.hedge || !EARLIER_RESTATED.test(prev.text.slice(0, o.start))) return undefined;
  const news = first.toks.filter((x) => !x.notCount && x.kind === o.kind);
  const n = news[0];
  if (news.length !== 1 || !n || n.hedge || (o.kind === 'pct' && first.toks.some((x) => x.kind === 'frac')) || PART_WORDS.test(first.text)) return undefined;
  if (CUE_BEFORE.test(first.text.slice(Math.max(0, n.start - 60), n.start)) || POINTS.test(first.text.slice(n.end, n.end + 24))) return undefined;
  const fa = quantity({ text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy }, o);
  const fb = quantity({ text: first.text, toks: first.toks, offset: first.offset, policy: s.policy }, n);
  if (!fa || !fb || fa.unitWord !== fb.unitWord) return undefined;
  return { a: { ...fa, offset: prev.offset }, b: { ...fb, offset: first.offset } };
}

/** Between the later level's year and the change: a comma, then the change's own words ('a 64% increase', 'an increase of', 'up'). */
const YEAR_PAIR_CHANGE = /^\s*,\s*(?:an?\s+(?:(?:rise|increase|growth|fall|drop|decrease|reduction|decline)\s+of\s+)?|(?:up|down)(?:\s+by)?\s+)?$/i;

/**
 * 'The home raised 14 safeguarding concerns in 2021/22 and 23 in 2022/23, a 64% increase': the change right after
 * the sentence's only two counts, each with a year of its own after it, the second gapped after 'and' (its verb
 * and noun left out, 'and 23 in 2022/23'), written in order of time; the earlier year's count is the old figure.
 */
function yearPair(s: SentenceView, p: Tok): { a: Figure; b: Figure } | undefined {
  const text = s.text;
  if (p.hedge) return undefined;
  const figs = s.toks.filter((x) => !x.notCount && x !== p);
  const [x, y] = figs;
  if (figs.length !== 2 || !x || !y || x.kind !== 'num' || y.kind !== 'num' || y.end > p.start || x.hedge || y.hedge) return undefined;
  if (!plainCount(text, x) || !plainCount(text, y) || !/^[^;:()]{0,80}?\band\s+$/i.test(text.slice(x.end, y.start))) return undefined;
  if (!/^\s+(?:in|during)\s/i.test(text.slice(y.end, y.end + 8))) return undefined;
  const yx = yearOfLevel(s, x);
  const yy = yearOfLevel(s, y);
  // (Written in order of time, and no rate per year: '605 in 2023 and 500 in 2021', 'an increase of 10% a year'.)
  if (yx === undefined || yy === undefined || yx >= yy || perPeriod(text, p, p.end)) return undefined;
  // (The year's last token: '2022/23' is two.)
  const yTok = s.toks.filter((t) => t.start > y.end && t.end <= p.start && t.type === 'year').pop();
  if (!yTok || yTok.end > p.start || !YEAR_PAIR_CHANGE.test(text.slice(yTok.end, p.start))) return undefined;
  const fa = quantity(s, x);
  const fb = quantity(s, y);
  return fa && fb ? { a: fa, b: fb } : undefined;
}

/** The year a figure is of: written after it in its clause ('120 in 2023'), or just before it ('in 2022, 100'). */
function yearNear(s: SentenceView, t: Tok): number | undefined {
  const after = yearOfLevel(s, t);
  if (after !== undefined) return after;
  const i = s.toks.indexOf(t);
  const y = i > 0 ? s.toks[i - 1] : undefined;
  if (!y || y.type !== 'year' || !/^\s*,?\s*$/.test(s.text.slice(y.end, t.start)) || !/\b(?:in|during|for|by)\s+$/i.test(s.text.slice(Math.max(0, y.start - 8), y.start))) return undefined;
  return y.value;
}

/** A sentence that sets its one figure against the one of the sentence before: 'This compares with 100 last year'. */
const COMPARES_BACK = /^\s*(?:this|that|these|which|the\s+(?:figure|number|total))\s+(?:compares|compared|is\s+compared|was\s+compared|can\s+be\s+compared)\s+(?:with|to|against)\s+(?:the\s+|a\s+)?$/i;

/**
 * 'There were 120 referrals. This compares with 100 last year, an increase of 20%.': the old figure the one
 * this sentence sets the new one against, the new one the one figure of the sentence before, of its kind.
 */
function comparesBack(s: SentenceView, p: Tok): { a: Figure; b: Figure } | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || p.hedge) return undefined;
  const own = s.toks.filter((x) => !x.notCount && x !== p);
  const o = own[0];
  if (own.length !== 1 || !o || o.end > p.start || o.hedge || !COMPARES_BACK.test(s.text.slice(0, o.start))) return undefined;
  // ('This compares with 100 in the same quarter last year, an increase of 20%': the period may take a few words.)
  if (!CHANGE_APPOSED_LONG.test(s.text.slice(o.end, p.start)) || ownComparisonAfter(s, p)) return undefined;
  const figs = prev.toks.filter((x) => !x.notCount);
  const n = figs[0];
  if (figs.length !== 1 || !n || n.kind !== o.kind || n.hedge || PART_WORDS.test(prev.text)) return undefined;
  const view: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  const fa = quantity(s, o);
  const fb = quantity(view, n);
  if (!fa || !fb) return undefined;
  return { a: fa, b: { ...fb, offset: prev.offset } };
}

/** A subject that restates the measure of the sentence before, then its change verb: 'This year the number rose by'. */
const SAME_SUBJECT_CHANGE = /\b(?:the\s+(?:figure|number|total|count|population|headcount)(?!\s+(?:for|of|among|in|on|at|from)\b)|this|it)\s+(?:had\s+|has\s+|have\s+)?(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|went\s+(?:up|down)|gone\s+(?:up|down))\s+by\s+$/i;

/**
 * The old figure of a change whose new one follows it after 'to', written in the sentence before: its one
 * count, of the same kind, when the subject says it is the same measure ('This year the number rose by 10%
 * to 2,695' after 'Last year 2,450 children were referred.'). No other figure in this sentence.
 */
function earlierOld(s: SentenceView, p: Tok, b: Figure): Figure | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || p.hedge || b.money || b.unitWord !== undefined) return undefined;
  const before = s.text.slice(Math.max(0, p.start - 60), p.start);
  const named = SAME_SUBJECT_CHANGE.test(before) ? undefined : NAMED_SUBJECT_CHANGE.exec(s.text.slice(0, p.start));
  if (!SAME_SUBJECT_CHANGE.test(before) && !named) return undefined;
  if (s.toks.some((x) => x !== p && x !== b.tok && !x.notCount)) return undefined;
  const counts = prev.toks.filter((x) => !x.notCount);
  const o = counts[0];
  if (counts.length !== 1 || !o || o.kind !== b.tok.kind || o.hedge || (o.kind === 'num' && !plainCount(prev.text, o)) || PART_WORDS.test(prev.text)) return undefined;
  if (named && (o.kind !== 'num' || !subjectRestates(named[1]!, prev.text, o))) return undefined;
  return { ...figure(o), offset: prev.offset };
}

/**
 * A subject that names its measure, then its change verb, opening the sentence (after a time phrase):
 * 'Since then the number of times force was used has risen by', 'This year warning notices fell by'.
 */
const NAMED_SUBJECT_CHANGE = /^\s*(?:(?:since\s+then|this\s+(?:year|quarter|month|term|time)|in\s+the\s+(?:following|next|latest|last)\s+(?:year|quarter|month|term|period)|a\s+year\s+later|over\s+the\s+(?:following|next)\s+(?:year|quarter|month|term|period))\s*,?\s+)?((?:the\s+(?:number|total|count)\s+of\s+)?[a-z][a-z0-9' -]{2,80}?)\s+(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|went\s+(?:up|down)|gone\s+(?:up|down))\s+by\s+$/i;

/** Words of a subject that say nothing of which measure it is. */
const SUBJECT_FILLER = new Set(['the', 'a', 'an', 'of', 'number', 'total', 'count', 'figure', 'was', 'were', 'is', 'are', 'been', 'be', 'had', 'has', 'have', 'in', 'on', 'at', 'to', 'by', 'for', 'and', 'that', 'which', 'its', 'their', 'our', 'we',
  // The time a subject's opening phrase names ('By September vacancies', 'In 2023 complaints'): not which measure.
  'since', 'then', 'this', 'next', 'following', 'later', 'after', 'during', 'over', 'end', 'year', 'quarter', 'month', 'term', 'week', 'period',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'winter']);
/** Words for the occasions a count counts, any of which may say another's: '430 occasions' and 'the number of times'. */
const OCCASION = /^(?:times?|occasions?|instances?|incidents?|events?)$/;
const stem = (w: string) => w.toLowerCase().replace(/['\u2019]s$/, '').slice(0, 5);

/**
 * Whether a subject names the measure the one count of the sentence before counts: every word of the subject
 * that says which measure (not 'the number of', not a word for occasions) is a word of that sentence, and
 * the count's noun, when it has one, is a word of the subject or both are words for occasions ('430 occasions'
 * and 'the number of times force was used'). 'The number of uses of force on men' after '430 uses of force'
 * names another group: 'men' is not in the sentence before.
 */
function subjectRestates(subject: string, prevText: string, o: Tok): boolean {
  const words = subject.toLowerCase().split(/[\s-]+/).filter((w) => w && !SUBJECT_FILLER.has(w) && !/^\d+$/.test(w));
  if (words.length === 0) return false;
  const said = new Set(prevText.toLowerCase().split(/[^a-z'\u2019]+/).filter(Boolean).map(stem));
  const content = words.filter((w) => !OCCASION.test(w));
  if (content.length === 0 || content.some((w) => w.length < 3 || !said.has(stem(w)))) return false;
  const noun = nounAfter(prevText, o.end);
  if (noun === undefined) return true;
  if (words.some((w) => stem(w) === stem(noun))) return true;
  return OCCASION.test(noun) && words.some((w) => OCCASION.test(w));
}

/** A change's subject, a plural noun, with its verb left out or 'were' / 'was': 'Enquiries were up', ', and complaints up'. */
const NOUN_SUBJECT_UP = /(?:^|[,;]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?)\s*([A-Za-z][a-z-]*[a-rt-z]s)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:up|down)\s+(?:by\s+)?$/i;

/**
 * The new figure of a change that names it by its subject alone: 'Enquiries were up 27% on the 2,252 of the
 * quarter to September' after '… (2,867 enquiries and 5,256 complaints).' The one count of the sentence
 * before whose noun, written right after it, is the subject's (not one of a joint noun, '8,123 enquiries and
 * complaints'); none hedged, none of a part ('of these'), and the old figure of the same kind.
 */
function newOfSubject(s: SentenceView, p: Tok, a: Figure): Figure | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || p.hedge || a.money || PART_WORDS.test(prev.text)) return undefined;
  const m = NOUN_SUBJECT_UP.exec(s.text.slice(Math.max(0, p.start - 60), p.start));
  if (!m) return undefined;
  const noun = m[1]!.toLowerCase();
  const found = prev.toks.filter((t) => {
    if (t.kind !== 'num' || t.notCount) return false;
    const w = /^\s+([A-Za-z][a-z-]*)(\s+(?:and|or)\s+[A-Za-z])?/.exec(prev.text.slice(t.end, t.end + 40));
    return w !== null && w[1]!.toLowerCase() === noun && w[2] === undefined;
  });
  const t = found[0];
  if (found.length !== 1 || !t || !plainCount(prev.text, t) || HEDGE_BEFORE.test(prev.text.slice(Math.max(0, t.start - 16), t.start))) return undefined;
  return { ...figure(t), offset: prev.offset };
}

/** The values a count figure allows: exact, one side of a bound, or rounded to its last non-zero place ('about 89,700'). */
function figureRange(f: Figure): { lo: R; hi?: R } {
  if (f.bound === 'above') return { lo: f.value };
  if (f.bound === 'below') return { lo: r(0), hi: f.value };
  if (f.bound === 'around') {
    let unit = 1;
    while (unit < 1e6 && f.value.d === 1 && f.value.n % (unit * 10) === 0) unit *= 10;
    const half = r(unit, 2);
    return { lo: maxR(r(0), sub(f.value, half)), hi: add(f.value, half) };
  }
  return { lo: f.value, hi: f.value };
}

/**
 * A change over a hedged count ('fell by 25 per cent, to more than 427,000 from 572,400'): the signed
 * relative change runs from lo(new)/hi(old) − 1 to hi(new)/lo(old) − 1, and the stated change, in its
 * direction, must meet it. A bound says little of the figure, so a change that does not fit is only listed.
 */
function judgeBounded(s: SentenceView, operands: Operand[], a: Figure, b: Figure, p: Tok, stated: Range, dir: number): ClaimRecord {
  const ra = figureRange(a);
  const rb = figureRange(b);
  const show = `(${b.tok.raw} − ${a.tok.raw}) / ${a.tok.raw}`;
  if (dir === 0 || cmpR(ra.lo, r(0)) <= 0 || a.tok.kind !== 'num' || b.tok.kind !== 'num') return record(s, operands, 'unchecked', `${show}: a hedged figure (not judged)`);
  const pc = (x: R) => mul(sub(x, r(1)), r(100));
  const lo = pc(ra.hi ? div(rb.lo, ra.hi) : r(0));
  const hi = rb.hi ? pc(div(rb.hi, ra.lo)) : undefined;
  const abs = (x: R) => r(Math.abs(x.n), x.d);
  if (!safeR(abs(lo), ...(hi ? [abs(hi)] : []))) return record(s, operands, 'unchecked', `${show}: a hedged figure (not judged)`);
  const signed: Range = dir > 0 ? stated : { lo: r(-(stated.hi?.n ?? 0), stated.hi?.d ?? 1), hi: r(-stated.lo.n, stated.lo.d), loOpen: stated.hiOpen, hiOpen: stated.loOpen };
  if (dir < 0 && !stated.hi) return record(s, operands, 'unchecked', `${show}: a hedged figure (not judged)`);
  const range: Range = { lo, ...(hi ? { hi } : {}) };
  const fits = overlaps(range, signed);
  const span = `${showR(lo, 1)}%${hi ? ` to ${showR(hi, 1)}%` : ' or more'}`;
  const said = `${p.hedge ? `${p.hedge.raw} ` : ''}${p.raw}`;
  if (fits) return record(s, operands, 'ok', `${show} runs from ${span} ≈ ${dir < 0 ? 'a fall' : 'a rise'} of ${said} ✓`);
  return record(s, operands, 'unchecked', `${show} runs from ${span}, vs ${dir < 0 ? 'a fall' : 'a rise'} of ${said} (a hedged figure is a bound: not judged)`);
}

/** A statement given as reported or estimated, not measured: 'is understood to', 'is thought to', 'reportedly', 'an estimated'. */
const REPORTED = /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:understood|thought|believed|estimated|reported|said)\s+to|reportedly|an\s+estimated)\b/i;

/** Significant digits of a whole number (4,000 has one, 1,250 three). */
function significant(n: number): number {
  let x = Math.abs(n);
  if (!Number.isInteger(x) || x === 0) return 0;
  while (x % 10 === 0) x /= 10;
  return String(x).length;
}

/** Whether the change fits when the one-significant-digit figure of the pair is read as rounded to its leading place. */
function roundReadingFits(a: Figure, b: Figure, stated: Range): boolean {
  if (!a.exact || !b.exact || a.tok.kind !== 'num' || b.tok.kind !== 'num') return false;
  const round = (f: Figure, o: Figure) => f.value.n >= 1000 && significant(f.value.n) === 1 && significant(o.value.n) >= 3;
  const ra = round(a, b) ? figureRange({ ...a, bound: 'around' }) : figureRange(a);
  const rb = round(b, a) ? figureRange({ ...b, bound: 'around' }) : figureRange(b);
  if (ra.lo === undefined || !ra.hi || !rb.hi || cmpR(ra.lo, r(0)) <= 0 || (!round(a, b) && !round(b, a))) return false;
  const pc = (x: R) => mul(sub(x, r(1)), r(100));
  const ends = [pc(div(rb.lo, ra.hi)), pc(div(rb.hi, ra.lo))].map((x) => r(Math.abs(x.n), x.d));
  const crosses = cmpR(rb.lo, ra.hi) < 0 && cmpR(rb.hi, ra.lo) > 0;
  const range: Range = { lo: crosses ? r(0) : minR(...ends), hi: maxR(...ends) };
  return overlaps(range, stated);
}
