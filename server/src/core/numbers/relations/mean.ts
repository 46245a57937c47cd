/**
 * A mean stated with the figures it is the mean of (issue 9): 'recorded 914,
 * 881 and 653, an average of 816 each'; 'an average of 816 across the three
 * years (914, 881, 653)'; 'a mean of 4.5 visits (3, 5, 4 and 6)'.
 *
 * The list is the figures written right before the cue (', an average of M')
 * or in brackets right after the mean. The mean is judged with exact
 * arithmetic: sum / number of figures, against the stated mean read to its
 * last written place (a whole mean with trailing zeros, '800', may be rounded
 * to its last non-zero place). A mean per period of the periods the list is
 * of ('over the four quarters … 31, 27, 40 and 34, an average of 33 a quarter')
 * is the list's mean. Unresolved (listed, never reported):
 *
 * - figures that are percentages or decimals (rates), whose mean over groups
 *   of different sizes may be weighted;
 * - a number of items named in the sentence that is not the list's length
 *   ('the four prisons … 914, 881 and 653'), or a mean written as a rate
 *   ('an average of 4.6 per 100,000');
 * - a mean said to be of a wider group ('an average of 33 across the
 *   service', 'nationally'): after the mean only 'each', a unit noun or the
 *   list's own items ('across the three years') may stand;
 * - a hedged mean ('an average of about 800') that the figures do not fit.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { HEDGE_WORDS } from '../words.js';
import { add, cmpR, div, r, safeR, showR, sub, type R, claimOver } from './common.js';
import { at, type SentenceView } from './index.js';

/** The words before a stated mean: 'an average of', 'a mean of', 'averaging', 'an average of about', 'the average wait for a first appointment was'. */
const CUE = new RegExp(String.raw`\b(?:an?\s+(?:overall\s+|annual\s+|monthly\s+|weekly\s+)?(?:average|mean)\s+(?:(?!rate\b|of\b)[a-z][\w-]*\s+){0,2}of|averaging|averaged|(?<!\b(?:the|an?|national|overall|regional|local|its|their|above|below)\s+)average[s]?|on\s+average|the\s+(?:overall\s+)?(?:average|mean)\s+(?:[A-Za-z][\w'-]*\s+){0,8}?(?:was|were|is|stood\s+at))\s+(?:(${HEDGE_WORDS})\s+)?$`, 'i');
/** What may stand between the list and the cue: ', an average of', ' – an average of', ', giving an average of'. */
const LIST_TO_CUE = /^(?:\s+[A-Za-z][\w'-]*){0,3}\s*(?:,|\u2013|\u2014|\s-)\s*(?:which\s+is\s+|giving\s+|making\s+|with\s+|or\s+)?$/i;
/** Between a list and the number of its items: its unit, then 'across the', 'at the', 'in the' ('28 weeks across the four clinics'). */
const ITEMS_BEFORE = /^(?:\s+[A-Za-z][\w'-]*)?\s+(?:across|at|in|for|over|from)\s+(?:the|its|their|our)\s+$/i;
/** After the number of items: their noun, then the comma or dash before the cue. */
const ITEMS_TO_CUE = /^\s+[A-Za-z][\w'-]*\s*(?:,|\u2013|\u2014|\s-)\s*$/;
/** Between two figures of a list: ',', 'and', ', and'. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** Words after a mean that make it a rate or a duration, not a mean of the figures: 'per 100,000', 'a day'. */
const RATE_AFTER = /^\s*(?:per\b|a\s+(?:day|week|month|year)\b|an\s+hour\b|%|per\s*cent\b|percent\b)/i;
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** The stated mean as an exact value and the unit of its last written place. */
function meanValue(t: Tok): { value: R; unit: R; scaled: number; decimals: number } | undefined {
  const digits = t.raw.replace(/,/g, '');
  if (t.word || !/^\d+(?:\.\d{1,3})?$/.test(digits)) return undefined;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const S = 10 ** decimals;
  const scaled = Math.round(Number(digits) * S);
  if (!Number.isSafeInteger(scaled)) return undefined;
  let unit = r(1, S);
  if (decimals === 0 && scaled > 0) {
    let u = 1;
    while (u < 1e6 && scaled % (u * 10) === 0) u *= 10;
    unit = r(u);
  }
  return { value: r(scaled, S), unit, scaled, decimals };
}

/** A figure of a list: a count, a percentage or a decimal, not a year, date or label. */
const listable = (t: Tok): boolean => (t.kind === 'num' && (!t.notCount || t.type === 'decimal' || t.type === 'duration')) || (t.kind === 'pct' && !t.hedge);

/** The figures joined as a list ending at token `last` (going back), at least two. */
function listBack(s: SentenceView, last: number): Tok[] {
  if (!listable(s.toks[last]!)) return [];
  const out: Tok[] = [s.toks[last]!];
  for (let i = last - 1; i >= 0; i--) {
    const t = s.toks[i]!;
    if (!LIST_GAP.test(s.text.slice(t.end, out[0]!.start)) || !listable(t)) break;
    out.unshift(t);
  }
  return out.length >= 2 ? out : [];
}

/**
 * A list whose figures each carry a label of the same shape, '48 days in Board A, 88 in Board B, 75 in Board C and
 * 66 in Board D': the figure, its unit once at most, one preposition (the same for every figure) and a name that
 * opens with a capital ('Board A', 'Ward 3', 'the North'), ending at token `last`, whose label the cue follows.
 * A label's own number ('Ward 3') is passed over. At least three figures.
 */
const LABEL_AFTER = /^(?:\s+[a-z]+)?\s+(in|at|for|on|across)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'-]*|of\s+[A-Z][\w'-]*)){0,3})/;
function labelledListBack(s: SentenceView, last: number, cueStart: number): Tok[] {
  const out: Tok[] = [];
  let prep: string | undefined;
  let end = cueStart;
  for (let i = last; i >= 0; i--) {
    const t = s.toks[i]!;
    // A label's own number ('Ward 3', 'Board 2') stands inside the gap.
    if (t.kind === 'num' && t.type === 'label') continue;
    if (!listable(t) || t.kind === 'pct') break;
    const gap = s.text.slice(t.end, end);
    const m = LABEL_AFTER.exec(gap);
    if (!m || (prep !== undefined && m[1] !== prep)) break;
    const rest = gap.slice(m[0].length);
    if (out.length === 0 ? !LIST_TO_CUE.test(rest) : !LIST_GAP.test(rest)) break;
    prep = m[1];
    out.unshift(t);
    end = t.start;
  }
  return out.length >= 3 ? out : [];
}

/** The figures in brackets right after the mean ('816 across the three years (914, 881, 653)'). */
function listInBrackets(s: SentenceView, after: number, mean: Tok): { toks: Tok[]; between: string } | undefined {
  const open = s.text.indexOf('(', mean.end);
  if (open < 0 || open - mean.end > 60) return undefined;
  const between = s.text.slice(mean.end, open);
  if (/[.;:()]/.test(between.replace(/\d\.\d/g, ''))) return undefined;
  const close = s.text.indexOf(')', open);
  if (close < 0) return undefined;
  const inside = s.toks.slice(after + 1).filter((t) => t.start > open && t.end <= close);
  // Only number words of the items may stand between the mean and the bracket ('across the three years').
  if (s.toks.some((t) => t.start > mean.end && t.end <= open && !(t.word && WORD_NUMBERS[t.raw.toLowerCase()]) && !t.notCount)) return undefined;
  // After the last figure only its unit and 'respectively' ('(4, 5, 7, 8 and 8 days respectively)').
  // ('(classes of 28, 26, 29 and 27)': the items' noun and 'of' may open the bracket.)
  if (inside.length < 2 || !/^\s*(?:[a-z][\w'-]*\s+of\s+)?$/i.test(s.text.slice(open + 1, inside[0]!.start)) || !/^(?:\s+[a-z]+s)?(?:\s+respectively)?\s*$/i.test(s.text.slice(inside[inside.length - 1]!.end, close))) return undefined;
  for (let i = 1; i < inside.length; i++) if (!LIST_GAP.test(s.text.slice(inside[i - 1]!.end, inside[i]!.start))) return undefined;
  return { toks: inside, between };
}

/** The words after a mean up to the clause's end say it is the mean of the list ('each', 'incidents', 'across the three years'). */
function ownScope(after: string, n: number, named = false): boolean {
  const tail = /^[^,.;:()]*/.exec(after)![0].replace(/\s+/g, ' ').trim().toLowerCase();
  // (`named`: only a scope that names the items, 'across the four boards', will do.)
  if (named) return /^(?:[a-z][\w'-]*\s+)?(?:across|over|for|in|between)\s+(?:the|these|those|its|their|all)\s+([a-z]+|\d+)\s+[a-z][\w'-]*$/.test(tail) && ownScope(after, n);
  if (tail === '') return true;
  const words = tail.split(' ');
  if (/^(?:[a-z][\w'-]*\s+){0,2}(?:each|apiece)$/.test(tail)) return true;
  if (words.length === 1 && /^[a-z][\w'-]*s$/.test(tail) && !/ly$/.test(tail)) return true;
  const m = /^(?:[a-z][\w'-]*\s+)?(?:across|over|for|in|between)\s+(?:the|these|those|its|their)\s+([a-z]+|\d+)\s+[a-z][\w'-]*(?:\s+each)?$/.exec(tail);
  if (m) return (WORD_NUMBERS[m[1]!] ?? Number(m[1])) === n;
  return false;
}

/**
 * 'an average of 33 a quarter' where the sentence names 'the four quarters' and the list has four
 * figures: the mean per period is the mean of the list. Only 'a', 'per' or 'each' and one period word
 * may stand to the clause's end.
 */
function perNamedPeriod(text: string, after: string, n: number, before?: string): boolean {
  // Any item the sentence names with the list's length, not only a period: 'The six wards had 22, 25, …
  // beds, an average of 23 beds a ward' (the unit noun of the mean may come first; 'the five residential wings',
  // up to two words before the item's noun).
  const m = /^\s*(?:[a-z][\w'-]*\s+)?(?:a|an|per|each)\s+([a-z][a-z-]{2,})\s*(?:$|[,.;:)])/i.exec(after);
  if (!m) return false;
  // An umbrella word for the place counted ('an average of 160 children per establishment' after 'the four young
  // offender institutions') stands for any kind of establishment the sentence names.
  const said = m[1]!.toLowerCase();
  const item = UMBRELLA.test(said) ? PLACE_ITEMS : said.replace(/y$/, '(?:y|ie)');
  const named = new RegExp(String.raw`\b(?:the|these|those|its|their|last|past|previous)\s+(${Object.keys(WORD_NUMBERS).join('|')}|\d{1,2})\s+(?:[a-z][\w'-]*\s+){0,2}?${item}s\b`, 'gi');
  const counts = [...text.matchAll(named)].map((x) => WORD_NUMBERS[x[1]!.toLowerCase()] ?? Number(x[1]));
  // 'We inspected five pupil referral units this year. They received 4, 6, 3, 5 and 4 recommendations
  // respectively, a mean of 4.4 per unit.': the items counted in the sentence before (`before`, given only when
  // this one points back to them), written with any word before their number.
  if (counts.length === 0 && before !== undefined) {
    const loose = new RegExp(String.raw`\b(${Object.keys(WORD_NUMBERS).join('|')}|\d{1,2})\s+(?:[a-z][\w'-]*\s+){0,2}?${item}s\b`, 'gi');
    const back = [...before.matchAll(loose)].map((x) => WORD_NUMBERS[x[1]!.toLowerCase()] ?? Number(x[1]));
    return back.length > 0 && back.every((c) => c === n);
  }
  return counts.length > 0 && counts.every((c) => c === n);
}

/** Words for any establishment, and the kinds of establishment they stand for ('per establishment' of 'the four prisons'). */
const UMBRELLA = /^(?:establishment|institution|site|setting|provider|organisation|organization)$/;
const PLACE_ITEMS = String.raw`(?:establishment|institution|prison|school|college|home|centre|center|unit|site|setting|provider|hospital|trust|force|service|organisation|organization|academy|nurserie|nursery|authoritie|authority)`;

/** A unit of time right after a figure: 'hours', 'days'. */
const TIME_UNIT = /^\s*(?:hours?|days?|weeks?|months?|minutes?)\b/i;

function record(_s: SentenceView, operands: Operand[], verdict: ClaimRecord['verdict'], arithmetic: string, message?: string, replacement?: ClaimRecord['replacement']): ClaimRecord {
  return claimOver('mean', RULE.meanMismatch, operands, verdict, arithmetic, message, replacement);
}

export function readMean(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (s.toks.length < 3 || !/\b(?:average|mean|averag)/i.test(s.text)) return out;
  for (let i = 0; i < s.toks.length; i++) {
    const m = s.toks[i]!;
    if (!(m.kind === 'pct' && !m.hedge) && (m.kind !== 'num' || (m.notCount && m.type !== 'decimal' && m.type !== 'duration'))) continue;
    const before = s.text.slice(Math.max(0, m.start - 90), m.start);
    const cue = CUE.exec(before);
    if (!cue) continue;
    const mv = m.kind === 'pct' ? { value: r(m.value, 10 ** m.decimals), unit: r(1, 10 ** m.decimals), scaled: m.value, decimals: m.decimals } : meanValue(m);
    if (!mv) continue;
    const cueStart = m.start - before.length + cue.index;
    // The list: right before the cue, or in brackets right after the mean.
    let list: Tok[] = [];
    let last = i - 1;
    // '14, 19, 23 and 28 weeks across the four clinics, a mean of 21 weeks': the number of the list's items,
    // named after it, stands between the list and the cue (it must then be the list's length, below).
    const items = s.toks[last];
    if (items?.word && WORD_NUMBERS[items.raw.toLowerCase()] !== undefined && s.toks[last - 1] && ITEMS_BEFORE.test(s.text.slice(s.toks[last - 1]!.end, items.start)) && ITEMS_TO_CUE.test(s.text.slice(items.end, cueStart))) last -= 1;
    const prev = s.toks[last];
    if (prev && prev.end <= cueStart && (last < i - 1 || LIST_TO_CUE.test(s.text.slice(prev.end, cueStart)))) list = listBack(s, last);
    if (!list.length) list = listInBrackets(s, i, m)?.toks ?? [];
    // '48 days in Board A, 88 in Board B, …, an average of 69.2 days across the four boards': a labelled list is
    // read only when the mean names its items, as many as the list has.
    let labelled = false;
    if (!list.length && prev && prev.end <= cueStart) {
      const ll = labelledListBack(s, last, cueStart);
      if (ll.length && (ownScope(s.text.slice(m.end, m.end + 80), ll.length, true) || perNamedPeriod(s.text, s.text.slice(m.end, m.end + 40), ll.length))) {
        list = ll;
        labelled = true;
      }
    }
    if (list.length < 2) continue;
    const operands: Operand[] = [
      { role: 'c', value: mv.scaled, decimals: mv.decimals, raw: m.raw, span: at(s, m.start, m.end) },
      ...list.map((t): Operand => {
        const o: Operand = { role: 'k', value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
        if (t.kind === 'pct') o.decimals = t.decimals;
        if (t.word) o.word = true;
        return o;
      }),
    ];
    if (cue[1]) operands[0]!.hedge = cue[1];
    const shown = `(${list.map((t) => t.raw).join(' + ')}) / ${list.length}`;
    // Shares or rates: a mean over groups of different sizes may be weighted.
    // A duration of each item ('4, 5 and 8 days') is a whole figure like a count.
    // ('3.5, 4.0, 2.5, 6.0 and 5.5 hours, an average of 4.3 hours': decimals in a unit of time, written after the
    // list and after the mean, are durations too.)
    const lastTok = list[list.length - 1]!;
    const inTime = m.kind === 'num' && TIME_UNIT.test(s.text.slice(lastTok.end, lastTok.end + 12)) && TIME_UNIT.test(s.text.slice(m.end, m.end + 12));
    const duration = (t: Tok) => t.type === 'duration' || (inTime && t.kind === 'num' && (t.type === 'decimal' || t.type === 'count'));
    if (m.kind === 'pct' || list.some((t) => t.kind === 'pct' || (t.notCount && !duration(t)) || (!Number.isInteger(t.value) && !duration(t)))) {
      // '88%, 91%, 84% and 93%, an average of 89%': the plain mean of the figures that fits is confirmed (a
      // weighted mean may be any figure between them, so one that does not fit is never reported).
      const fitsPlain = labelled ? false : plainMeanFits(list, m, mv);
      out.push(fitsPlain ? record(s, operands, 'ok', `${shown} ≈ ${m.raw} ✓ (the plain mean; a mean of shares or rates may be weighted)`) : record(s, operands, 'unchecked', `${shown}: a mean of shares or rates may be weighted by the groups' sizes (not judged)`));
      continue;
    }
    // 'recorded 31, 27, 40 and 34 assaults over the four quarters, an average of 33 a quarter': a mean per
    // period of the periods the list is of is the mean of the list.
    // (The items may be counted in the sentence before, when this one points back to them: 'They', 'respectively'.)
    const prevText = /^\s*(?:they|these|those|each\s+of\s+them)\b/i.test(s.text) || /\brespectively\b/i.test(s.text.slice(list[list.length - 1]!.end, m.start)) ? s.previous?.[s.previous.length - 1]?.text : undefined;
    const perPeriod = perNamedPeriod(s.text, s.text.slice(m.end, m.end + 40), list.length, prevText);
    if (!perPeriod && RATE_AFTER.test(s.text.slice(m.end, m.end + 12))) {
      out.push(record(s, operands, 'unchecked', `${m.raw} is a rate, not clearly the mean of ${list.map((t) => t.raw).join(', ')} (not judged)`));
      continue;
    }
    // What the mean is of, when written after it: nothing, 'each', a unit noun, or 'across the three years'
    // (the list's own items). 'across the service', 'nationally', 'for similar authorities' may be a wider group.
    if (!perPeriod && !ownScope(s.text.slice(m.end, m.end + 80), list.length)) {
      out.push(record(s, operands, 'unchecked', `${shown}: the mean may be of a wider group than the figures listed (not judged)`));
      continue;
    }
    // A number of items named in the sentence ('the three prisons'): it must be the list's length.
    const named = s.toks.filter((t) => t.word && WORD_NUMBERS[t.raw.toLowerCase()] !== undefined && !list.includes(t) && t !== m);
    if (named.length && !named.some((t) => t.value === list.length)) {
      out.push(record(s, operands, 'unchecked', `${shown}: the sentence names ${named[0]!.raw} items, not ${list.length} (not judged)`));
      continue;
    }
    let sum = 0;
    for (const t of list) sum += t.value;
    const mean = r(sum, list.length);
    if (!safeR(mean, mv.value)) continue;
    const gap = sub(mean, mv.value);
    const dist = r(Math.abs(gap.n), gap.d);
    const half = div(mv.unit, r(2));
    const exact = showR(mean, Math.max(2, mv.decimals + 2));
    const arithmetic = `${shown} = ${sum}/${list.length} = ${exact}`;
    const fits = cmpR(dist, half) <= 0;
    const hedged = cue[1] !== undefined;
    if (fits) {
      out.push(record(s, operands, 'ok', `${arithmetic} ≈ ${hedged ? `${cue[1]} ` : ''}${m.raw} ✓`));
      continue;
    }
    if (hedged) {
      out.push(record(s, operands, 'unchecked', `${arithmetic} vs ${cue[1]} ${m.raw} (a hedged mean: not judged)`));
      continue;
    }
    // The recomputed mean at the stated precision (no fix on a tie, or when the stated mean may be rounded further).
    const S = 10 ** mv.decimals;
    const scaled = mul100(mean, S);
    const replacement =
      scaled !== undefined && cmpR(mv.unit, r(1, S)) === 0 ? { span: at(s, m.start, m.end), newText: formatMean(scaled, mv.decimals, m.raw.includes(',')) } : undefined;
    out.push(record(s, operands, 'inconsistent', `${arithmetic}, not ${m.raw}`, `The mean does not match its figures: ${arithmetic}, not ${m.raw}`, replacement));
  }
  return out;
}

/** The value of a figure of a list: a percentage's written value, a number's own. */
function valueOf(t: Tok): R {
  return t.kind === 'pct' ? r(t.value, 10 ** t.decimals) : t.value === Math.round(t.value) ? r(t.value) : decimalR(t);
}
function decimalR(t: Tok): R {
  const digits = t.raw.replace(/,/g, '');
  if (!/^\d+(?:\.\d{1,4})?$/.test(digits)) return r(Math.round(t.value * 10000), 10000);
  const dec = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  return r(Math.round(Number(digits) * 10 ** dec), 10 ** dec);
}
/** Whether the plain (unweighted) mean of the list is the stated mean at its written precision (a figure of another kind than the mean's: no). */
function plainMeanFits(list: readonly Tok[], m: Tok, mv: { value: R; unit: R }): boolean {
  if (list.some((t) => (t.kind === 'pct') !== (m.kind === 'pct') || t.word)) return false;
  let sum = r(0);
  for (const t of list) {
    sum = add(sum, valueOf(t));
    if (!safeR(sum)) return false;
  }
  const mean = div(sum, r(list.length));
  if (!safeR(mean, mv.value)) return false;
  const gap = sub(mean, mv.value);
  return cmpR(r(Math.abs(gap.n), gap.d), div(mv.unit, r(2))) <= 0;
}

/** mean·S rounded to the nearest whole number, or undefined on a tie. */
function mul100(mean: R, S: number): number | undefined {
  const x = add(r(mean.n * S, mean.d), r(1, 2));
  const floor = Math.floor(x.n / x.d);
  if (x.n % x.d === 0) return undefined;
  return floor;
}

function formatMean(scaled: number, decimals: number, commas: boolean): string {
  const S = 10 ** decimals;
  const whole = Math.floor(scaled / S);
  const frac = decimals ? `.${String(scaled % S).padStart(decimals, '0')}` : '';
  return `${commas ? whole.toLocaleString('en-GB') : String(whole)}${frac}`;
}
