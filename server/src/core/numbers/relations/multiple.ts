/**
 * Multiples: 'twice as likely (18.2% against 9.1%)', 'doubled, from 140 to
 * 280', 'doubled, from 30 to 60 per cent' (the unit written once), 'halved, from 63 per cent to 30 per cent', 'three times as many falls
 * in the quarter (27) as in the one before (11)'; 'increased five-fold, from 210 to 1,050', '1.5 times as
 * likely', 'half as many again' (1.5), 'had risen from 18 to 45, two and a half times as many'; and a
 * fraction more or fewer: 'a third fewer restraints this year: 42, against 63', 'a quarter more referrals
 * (250) than the year before (200)', 'nearly a third fewer (16%) than at the peak (23%)'.
 *
 * The multiple is compared with the larger figure over the smaller ('halved'
 * and 'half' with the smaller over the larger), so the reading does not
 * depend on which figure the sentence names first. A plain multiple holds
 * within a tenth of itself; 'more than', 'almost', 'about' widen or bound it.
 * Rounded percentages stand for half a unit either side.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { timesIsMultiple } from '../quantities.js';
import type { Tok } from '../scan.js';
import { hedgeKind, HEDGE_WORDS, parseFraction, UNIT_TYPES, type HedgeKind } from '../words.js';
import { hedged } from '../interval.js';
import { COUNT_HEDGE_REACH, FRACTION_REACH_POINTS, HEDGE_REACH } from '../policy.js';
import { add, cmpR, div, maxR, minR, mul, overlaps, plainCount, r, safeR, sharedUnitPct, showR, sub, tokValue, type R, type Range } from './common.js';
import { at, type SentenceView } from './index.js';

const TIMES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const MULTIPLE = new RegExp(
  String.raw`\b(?:(${HEDGE_WORDS})\s+)?(twice|doubled|double|trebled|tripled|treble|triple|quadrupled|halved|half\s+as|(one(?=\s+and\s+a\s+half)|two|three|four|five|six|seven|eight|nine|ten|(?<![\d.,])\d{1,2}(?:\.\d)?)(?:\s+and\s+a\s+(half))?\s+times|(two|three|four|five|six|seven|eight|nine|ten|(?<![\d.,])\d{1,2})[\s-]?fold)\b`,
  'gi',
);

/** After 'N times' or 'N-fold', a comparative or a change noun: 'times more likely', 'times higher', '-fold increase'. */
const MORE_THAN_BASE = /^[\s-]*(?:more|higher|greater|larger|bigger|longer|increase|increases|rise|rises|growth|jump)\b/i;

/** After a multiple: its base named in words ('double the figure for the year before', 'twice the number of 2019'). */
const NAMED_BASE = /^\s+(?:the|that|its|their|last\s+year's)\s+(?:figure|number|total|level|count|amount|rate)\b/i;

function factor(word: string, n?: string): { m: R; inverse: boolean } | undefined {
  const w = word.toLowerCase();
  if (w === 'twice' || w === 'doubled' || w === 'double') return { m: r(2), inverse: false };
  if (/^(?:trebled|tripled|treble|triple)$/.test(w)) return { m: r(3), inverse: false };
  if (w === 'quadrupled') return { m: r(4), inverse: false };
  if (w === 'halved' || /^half\s+as$/.test(w)) return { m: r(2), inverse: true };
  if (n) {
    // '1.5 times as likely': a multiple to its written tenth.
    const v = TIMES[n.toLowerCase()] ?? Number(n);
    if (Number.isInteger(v) && v >= 2) return { m: r(v), inverse: false };
    if (/^\d{1,2}\.\d$/.test(n) && v > 1) return { m: r(Math.round(v * 10), 10), inverse: false };
  }
  return undefined;
}

/** 'from 30 to 60 per cent': the first figure takes the percentage's unit (`sharedUnitPct`). */
function sharedUnit(s: SentenceView, toks: Tok[]): Tok[] {
  const [a, b] = toks;
  const pa = a && b ? sharedUnitPct(s.text, a, b) : undefined;
  return pa ? [pa, ...toks.slice(1)] : toks;
}

/** Whether `t` is an end of a range 'N to M' or 'N-M' that no 'from' or 'between' opens. */
function bareRange(s: SentenceView, t: Tok): boolean {
  const i = s.toks.indexOf(t);
  const link = /^\s*(?:to|[-\u2013])\s*$/i;
  const opens = (x: Tok) => /\b(?:from|between)\s+(?:the\s+|a\s+)?$/i.test(s.text.slice(Math.max(0, x.start - 14), x.start));
  const prev = s.toks[i - 1];
  const next = s.toks[i + 1];
  if (next && next.kind === t.kind && usable(s, next) && link.test(s.text.slice(t.end, next.start)) && !opens(t)) return true;
  if (prev && prev.kind === t.kind && usable(s, prev) && link.test(s.text.slice(prev.end, t.start)) && !opens(prev)) return true;
  return false;
}

/** A rate's base after it: '53.8 per 100,000', '4.2 per 100 prisoners', '10.8 per million', '11.2 suspensions per 100' (its noun between). */
const RATE_AFTER = /^\s+(?:(?!(?:and|or|but|to|in|of|on|at|for)\s)[a-z-]+\s+){0,2}?per\s+(\d[\d,]*|million|thousand|hundred)\b/i;
/** The base of a rate written as a decimal ('4.2 per 100'), if `t` is one. */
function rateBase(s: SentenceView, t: Tok): string | undefined {
  return t.kind === 'num' && t.type === 'decimal' ? RATE_AFTER.exec(s.text.slice(t.end, t.end + 40))?.[1]?.toLowerCase() : undefined;
}

/** Before the base of a rate: '18 for every 100 prisoners', '9 per 100', 'one in every 20' (the base is no side of a multiple). */
const RATE_BASE_BEFORE = /\b(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+$/i;

function usable(s: SentenceView, t: Tok): boolean {
  if (t.kind === 'num' && RATE_BASE_BEFORE.test(s.text.slice(Math.max(0, t.start - 16), t.start))) return false;
  // 'twice the 2.1 per 100 recorded in 2019': a rate, compared with a rate of the same base (`readMultiple`).
  if (rateBase(s, t) !== undefined) return t.value > 0;
  // ('than in the old one (20)': 'one' after a determiner and an adjective stands for a noun, not a count.)
  if (t.kind === 'num' && t.word && t.value === 1 && /\b(?:the|this|that|each|every|any|which|a|an)\s+(?:[a-z-]+\s+)?$/i.test(s.text.slice(Math.max(0, t.start - 24), t.start)) && !/^\s+(?:in|out\s+of|of)\b/i.test(s.text.slice(t.end, t.end + 8))) return false;
  // ('in one category, stalking, … from 42 to 420': the word 'one' before a singular noun names one thing, no side of a multiple.)
  if (t.kind === 'num' && t.word && t.value === 1 && /^\s+(?!(?:in|of|out|and|or|to|per|for)\b)[a-z-]+(?<!s)\b(?!\s*\()/i.test(s.text.slice(t.end, t.end + 24))) return false;
  if (t.kind === 'num') return (plainCount(s.text, t) || roughCount(s, t)) && t.value > 0;
  // 'Around 38% … – twice the 19%': a percentage hedged either way stands for its hedge's reach.
  if (t.kind === 'pct' && t.hedge) return hedgeKind(t.hedge.raw) === 'around';
  return !t.hedge && (t.kind === 'pct' || (t.kind === 'frac' && !!t.fraction));
}

/** A count given roughly ('from around 36,000 to around 104,000'): a hedge of either side right before it. */
const ROUGH_BEFORE = /\b(?:around|about|approximately|roughly|some|circa|an\s+estimated)\s+$/i;
function roughCount(s: SentenceView, t: Tok): boolean {
  return t.kind === 'num' && !t.notCount && t.type !== 'year' && ROUGH_BEFORE.test(s.text.slice(Math.max(0, t.start - 16), t.start));
}

/**
 * A figure's value and the unit it is rounded to; 'around P%' stands for P within the hedge's reach either side,
 * 'around N' for N within a count hedge's reach (`COUNT_HEDGE_REACH`, a tenth either side).
 */
function pairValue(t: Tok, s?: SentenceView): { value: R; unit: R } | undefined {
  const v = tokValue(t);
  if (t.kind === 'pct' && t.hedge) return { value: v.value, unit: r(2 * HEDGE_REACH.around.points) };
  if (s && roughCount(s, t)) return { value: r(t.value), unit: r(2 * t.value * COUNT_HEDGE_REACH.fraction.num, COUNT_HEDGE_REACH.fraction.den) };
  // ('against 3.0': a whole written to a decimal place is rounded to that place.)
  const places = t.kind === 'num' ? (/\.(\d+)$/.exec(t.raw)?.[1]?.length ?? 0) : 0;
  if (places > 0 && Number.isInteger(t.value)) return { value: r(t.value), unit: r(1, 10 ** places) };
  return v;
}

/** Every match of MULTIPLE holds one of these: a cheap test before it (its optional hedge makes it dear to try at each word). */
const MAY_BE_MULTIPLE = /twice|doubl|trebl|tripl|quadrupl|halved|half|times|fold/i;

export function readMultiple(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  MULTIPLE.lastIndex = 0;
  if (MAY_BE_MULTIPLE.test(s.text)) for (let m = MULTIPLE.exec(s.text); m; m = MULTIPLE.exec(s.text)) {
    const end = m.index + m[0].length;
    // 'half as many again' is one and a half times, not half.
    const again = /^half\s+as$/i.test(m[2]!) && /^\s+(?:many|much|long|large|big|high|likely|often)\b(?:\s+[a-z'-]+){0,3}?\s+again\b/i.test(s.text.slice(end, end + 60));
    // 'two and a half times as many'; 'a five-fold increase', 'increased three-fold'.
    // ('one and a half times the 461,250': one, with its half, is a multiple of 1.5.)
    const base = again ? { m: r(3, 2), inverse: false } : m[5] ? factor('', m[5]) : m[4] && m[3] && /^one$/i.test(m[3]) ? { m: r(1), inverse: false } : factor(m[2]!, m[3]);
    const f = base && m[4] ? { m: add(base.m, r(1, 2)), inverse: false } : base;
    if (!f) continue;
    // 'used 12 times in 40 incidents' is a frequency, not a multiple (quantities.ts).
    if (m[3] && (!m[4] || /^one$/i.test(m[3])) && !timesIsMultiple(s.text, end)) continue;
    // 'inspected twice', 'twice a year', 'met twice in the year': how often, not a multiple. A multiple's
    // 'twice' compares: 'twice as likely', 'twice the rate', 'twice that of', 'twice what it was'.
    if (/^twice$/i.test(m[2]!) && !/^\s+(?:as|the|that|those|these|this|what|its|their|his|her|our|[\d£$€])/i.test(s.text.slice(end, end + 8))) continue;
    // 'twice the 40 cases of last year' has one figure: nothing to judge.
    // A bare range ('NEET at 19 to 21', '16-18'), with no 'from' or 'between' before it, is no pair of the multiple.
    const colon = colonRates(s, end);
    let pair = colon ?? pairFor(s, m.index, end) ?? durationPair(s, end) ?? appositePair(s, m.index, end);
    // 'In contracted-out prisons the figure was 36%, three times as many.': the base the sentence before's one share.
    const earlier = pair ? undefined : earlierBase(s, m.index, end);
    if (earlier) pair = earlier.pair;
    if (!pair) continue;
    // Rates only with rates of the same base ('4.2 per 100 … twice the 2.1 per 100'), never with counts or shares.
    const bases = pair.map((t) => rateBase(s, t));
    // (After a colon the base may be written once: '13.5 arrests per 1,000 against 3.0'.)
    const oneBase = !!colon && (bases[0] === undefined || bases[1] === undefined);
    if ((bases[0] !== undefined || bases[1] !== undefined) && (earlier || (bases[0] !== bases[1] && !oneBase))) continue;
    const [x, y] = pair.map((t) => pairValue(t, s));
    if (!x || !y) continue;
    const range = ratioRange(x.value, x.unit, y.value, y.unit);
    if (!range) continue;
    const said = m[1] ? hedgeKind(m[1]) : undefined;
    // 'Almost half as many' is a ratio a little above 2 the other way round. The verb is not: 'nearly halved'
    // fell nearly by half (a ratio a little below 2), 'more than halved' by more than half (above 2), as
    // 'nearly doubled' and 'more than doubled'.
    const hedge = f.inverse && said && /^half\s+as$/i.test(m[2]!) ? SWAP[said] : said;
    const want = allowed(f.m, hedge);
    // 'three times more likely', 'a fivefold increase': read by some as three times, by others as three
    // times more than the base (four times); either reading that fits makes the claim consistent.
    const plusOne = !f.inverse && (m[3] || m[5]) && MORE_THAN_BASE.test(s.text.slice(end, end + 24));
    const fits = overlaps(range, want) || (!!plusOne && overlaps(range, allowed(add(f.m, r(1)), hedge)));
    const operands = pairOperands(s, pair);
    if (earlier) operands[1]!.span = { start: earlier.offset + pair[1].start, end: earlier.offset + pair[1].end };
    const phraseStart = m.index;
    operands.push({ role: 'q', value: f.m.n / f.m.d, raw: m[0], span: at(s, phraseStart, end) });
    const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
    const ratioText = cmpR(range.lo, range.hi!) === 0 ? showR(range.lo) : `${showR(range.lo)}–${showR(range.hi!)}`;
    const arithmetic = `larger / smaller of ${pair[0].raw} and ${pair[1].raw} = ${ratioText}; '${m[0].trim()}' means a ratio of ${describe(want)}`;
    const c: ClaimRecord = { kind: 'multiple', span, arithmetic: `${arithmetic} ${fits ? '✓' : '✗'}`, verdict: fits ? 'ok' : 'inconsistent', operands };
    if (!fits) {
      c.rule = RULE.changeMismatch;
      c.message = `'${m[0].trim()}' does not fit ${pair[0].raw} and ${pair[1].raw}: ${arithmetic}`;
    }
    out.push(c);
  }
  out.push(...readFractionCompare(s));
  return out;
}

/** 'a third fewer', 'nearly a quarter more', 'two-thirds higher': a fraction and a comparative. */
const FRACTION_COMPARE = new RegExp(
  String.raw`\b(?:(${HEDGE_WORDS})\s+)?((?:a|one|two|three)[-\u2010\u2011 ]+(?:half|thirds?|quarters?|fifths?|tenths?))\s+(fewer|less|lower|smaller|more|higher|greater|larger)\b`,
  'gi',
);

/**
 * 'There were a third fewer restraints this year: 42, against 63 the year before'; 'a quarter more
 * referrals (250) than last year (200)'. The fraction is the change of the larger figure over the
 * smaller ('fewer': (big − small) / big; 'more': (big − small) / small), plain within five points,
 * hedged to the hedge's side. The pair is found as a multiple's (`pairFor`). 'A third more likely' of
 * two rates reads the same way.
 */
function readFractionCompare(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  FRACTION_COMPARE.lastIndex = 0;
  for (let m = FRACTION_COMPARE.exec(s.text); m; m = FRACTION_COMPARE.exec(s.text)) {
    const f = parseFraction(m[2]!);
    if (!f) continue;
    // 'a third more than the 40 expected' (no pair) and 'two-thirds more of them' decide nothing.
    const end = m.index + m[0].length;
    // 'a quarter less than half' / 'a third more than a year': a fraction compared with another fraction or a time.
    if (/^\s+than\s+(?:a|an|one|half)\b/i.test(s.text.slice(end, end + 12))) continue;
    const pair = pairFor(s, m.index, end);
    if (!pair) continue;
    const [x, y] = pair.map((t) => pairValue(t, s));
    if (!x || !y) continue;
    const ratio = ratioRange(x.value, x.unit, y.value, y.unit);
    if (!ratio || !ratio.hi) continue;
    const fewer = /^(?:fewer|less|lower|smaller)$/i.test(m[3]!);
    const kind: HedgeKind | undefined = m[1] ? hedgeKind(m[1]) : undefined;
    if (m[1] && !kind) continue;
    const target = r(100 * f.num, f.den);
    const iv = kind ? hedged(kind, target) : { lo: maxR(r(0), sub(target, r(FRACTION_REACH_POINTS))), hi: add(target, r(FRACTION_REACH_POINTS)), loOpen: false, hiOpen: false };
    // The change in percent as a ratio big/small: fewer by c is 100 / (100 − c); more by c is 1 + c / 100.
    const toRatio = (c: R): R | undefined => (fewer ? (cmpR(c, r(100)) >= 0 ? undefined : div(r(100), sub(r(100), c))) : add(r(1), div(c, r(100))));
    const lo = toRatio(r(iv.lo.n, iv.lo.d));
    const hi = toRatio(r(iv.hi.n, iv.hi.d));
    if (!lo) continue;
    const want: Range = hi ? { lo, hi, loOpen: iv.loOpen, hiOpen: iv.hiOpen } : { lo, loOpen: iv.loOpen };
    const fits = overlaps(ratio, want);
    const operands = pairOperands(s, pair);
    operands.push({ role: 'q', value: f.num / f.den, raw: m[0], span: at(s, m.index, end) });
    const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
    // The change the pair makes, in percent of the base the comparative takes.
    const pct = (v: R) => (fewer ? mul(r(100), sub(r(1), div(r(1), v))) : mul(r(100), sub(v, r(1))));
    const lo2 = pct(ratio.lo);
    const hi2 = pct(ratio.hi);
    const made = cmpR(lo2, hi2) === 0 ? `${showR(lo2)}%` : `${showR(lo2)}%–${showR(hi2)}%`;
    const arithmetic = `${pair[0].raw} and ${pair[1].raw}: the ${fewer ? 'smaller is' : 'larger is'} ${made} ${fewer ? 'fewer than the larger' : 'more than the smaller'}; '${m[0].trim()}' means ${kind ? m[1]!.toLowerCase() + ' ' : ''}${showR(target)}%`;
    const c: ClaimRecord = { kind: 'multiple', span, arithmetic: `${arithmetic} ${fits ? '✓' : '✗'}`, verdict: fits ? 'ok' : 'inconsistent', operands };
    if (!fits) {
      c.rule = RULE.changeMismatch;
      c.message = `'${m[0].trim()}' does not fit ${pair[0].raw} and ${pair[1].raw}: ${arithmetic}`;
    }
    out.push(c);
  }
  return out;
}

/** The two figures compared, as operands ('k' and 'n' for counts, 'p' for shares), with their hedges. */
function pairOperands(s: SentenceView, pair: [Tok, Tok]): Operand[] {
  return pair.map((t, i) => {
    const o: Operand = { role: t.kind === 'num' ? (i === 0 ? 'k' : 'n') : 'p', value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
    if (t.kind === 'pct') o.decimals = t.decimals;
    if (t.hedge) o.hedge = t.hedge.raw;
    return o;
  });
}

/** Between a multiple and the figure of its base: ' the rate of ', ' that of ', ' the figure for ', ' the level at '. */
const BASE_NAMED_AFTER = /^\s+(?:the|that|those|its|their)\b[^,;:.()\d]{0,40}?\b(?:of|for|at|in)\s+(?:the\s+)?$/i;

/**
 * The two figures a multiple or fractional comparison at [start, end) compares: the two after it, the
 * 'from … to …' pair just before it, or one on each side; none when they are of another clause.
 */
function pairFor(s: SentenceView, start: number, end: number): [Tok, Tok] | undefined {
  const afterToks = sharedUnit(s, s.toks.filter((t) => t.start >= end && usable(s, t) && !bareRange(s, t)));
  const beforeToks = s.toks.filter((t) => t.end <= start && usable(s, t));
  let pair: [Tok, Tok] | undefined;
  // ('doubled in ten years, to 1,200, while the number of foster carers rose from 500 to 550': the second
  // figure after a clause of its own is that clause's.)
  // 'twice the rate of 12.0% at our last inspection and above the target of 15%': the multiple names its base
  // right after it, so the figure compared with that base is before it, never the next figure after.
  const namedBase = afterToks.length >= 1 && BASE_NAMED_AFTER.test(s.text.slice(end, afterToks[0]!.start));
  if (namedBase && beforeToks.length === 0) return undefined;
  if (afterToks.length >= 2 && afterToks[0]!.kind === afterToks[1]!.kind && !namedBase) {
    // A verb that gives its new level first ('doubled to 5,600') takes its old level only as such ('…, from 2,800',
    // 'against 2,800'): 'have doubled to 5,600 and the most intimate have trebled to 1,900' are two new levels.
    const toNewFirst = /^\s*(?:to|at)\s+(?:the\s+|a\s+)?$/i.test(s.text.slice(end, afterToks[0]!.start)) && /(?:ed|led)$/i.test(s.text.slice(start, end));
    const oldAfter = /\b(?:from|against|compared\s+(?:with|to)|than|on)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}?$/i.test(s.text.slice(afterToks[0]!.end, afterToks[1]!.start));
    pair = /,\s*(?:and|but)\b|\b(?:while|whereas|although|though)\b|;/i.test(s.text.slice(end, afterToks[1]!.start)) || (toNewFirst && !oldAfter) ? undefined : [afterToks[0]!, afterToks[1]!];
  }
  // 'had risen from 18 to 45, two and a half times as many': the pair just before, the multiple in apposition.
  else if (afterToks.length === 0 && beforeToks.length >= 2) {
    const [a, b] = beforeToks.slice(-2) as [Tok, Tok];
    if (a.kind === b.kind && /\bfrom\s+(?:the\s+|a\s+)?$/i.test(s.text.slice(Math.max(0, a.start - 12), a.start)) && /^\s*to\s+(?:the\s+|a\s+)?$/i.test(s.text.slice(a.end, b.start)) && /^[^;:()\d]{0,30},\s*(?:an?\s+)?$/i.test(s.text.slice(b.end, start))) pair = [a, b];
  }
  else if (afterToks.length >= 1 && beforeToks.length >= 1) {
    const a = beforeToks[beforeToks.length - 1]!;
    const b = afterToks[0]!;
    // 'compared with 19% in 2022, and the vacancy rate doubled to 14%': a figure of a clause before the
    // multiple's own is not its base; nor is any figure when the verb gives only its new level ('doubled to 14%').
    const otherClause = /,\s*(?:and|but|while|whereas|so)\b|\b(?:while|whereas|but|although|though)\b|[;:]/i.test(s.text.slice(a.end, start));
    const toNew = /^\s*(?:to|at)\s+(?:the\s+|a\s+)?$/i.test(s.text.slice(end, b.start)) && /(?:ed|led)$/i.test(s.text.slice(start, end));
    // ('10.8 per million, up from 8.1 per million … and double the England rate of 5.3': a change's old level is no base.)
    const oldLevel = /\b(?:from|than|on)\s+(?:the\s+|a\s+)?$/i.test(s.text.slice(Math.max(0, a.start - 12), a.start)) && rateBase(s, a) !== undefined;
    if (!otherClause && !toNew && !oldLevel && (a.kind === b.kind || (a.kind !== 'num' && b.kind !== 'num'))) pair = [a, b];
  }
  if (!pair) return undefined;
  // '45 of the 60 homes' is a part and its whole, not two figures compared.
  if (/^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+)?$/i.test(s.text.slice(pair[0].end, pair[1].start))) return undefined;
  // The pair is of the multiple's own clause: 'Twenty …, double the figure for the year before; 77 more …, but 49 …'
  // names its base ('the figure for the year before') and gives no number for it.
  const from = Math.min(pair[0].start, start);
  const to = Math.max(pair[1].end, end);
  if (/;/.test(s.text.slice(from, to))) return undefined;
  // A spaced dash after the multiple opens another clause ('more than doubled – partly because … from 18 to 25').
  if (pair[0].start > end && /\s[\u2013\u2014-]\s/.test(s.text.slice(end, pair[0].start))) return undefined;
  // 'roughly halved, to 120 and 2,621 respectively': two new figures of two quantities, not a pair.
  if (pair[0].start > end && /^\s*(?:and|,)\s*$/.test(s.text.slice(pair[0].end, pair[1].start)) && /^\s*respectively\b/i.test(s.text.slice(pair[1].end, pair[1].end + 16))) return undefined;
  if (pair[0].start > end && /\bto\s+$/i.test(s.text.slice(end, pair[0].start)) && /^\s*(?:and|,)\s*$/.test(s.text.slice(pair[0].end, pair[1].start))) return undefined;
  if (NAMED_BASE.test(s.text.slice(end, end + 40)) && !s.toks.some((t) => t.start >= end && t.start < end + 40 && usable(s, t))) return undefined;
  // A multiple of a figure that is not in the pair ('twice the national rate of 10%') is out of reach.
  if (pair[0].kind === 'num' && /\b(?:rate|per\s+cent|percentage|share|proportion)\b/i.test(s.text.slice(start, pair[0].start))) return undefined;
  return pair;
}

/** After a multiple of durations: 'as long', 'as much time', 'longer'. */
const AS_LONG = /^\s+(?:as\s+(?:long|much\s+time|many\s+(?:days|hours|weeks|months))|longer)\b/i;
/** Between the two durations compared: 'as', 'than', 'against', 'compared with', in one clause. */
const DURATION_LINK = /^[^;:.]{0,60}?\b(?:as|than|against|compared\s+(?:with|to))\b[^;:.]{0,60}$/i;

/**
 * 'Men had stayed twice as long on average (28 days) as at the last inspection (14 days)': the two durations after a
 * multiple of length, in one unit, each given once (not a range 'from 28 to 48 days'), compared by 'as' or 'than',
 * and no count between them.
 */
function durationPair(s: SentenceView, end: number): [Tok, Tok] | undefined {
  if (!AS_LONG.test(s.text.slice(end, end + 40))) return undefined;
  // (Years and dates between name the periods compared: 'than in 2019 (12 weeks)'.)
  // (Nor do labels: 'as those admitted to Ward 3 (7.1 hours)'.)
  const after = s.toks.filter((t) => t.start >= end && !(t.notCount && (t.type === 'year' || t.type === 'date' || t.type === 'label')));
  const [a, b] = after;
  // A decimal with a unit of time is a duration too ('an average of 14.2 hours').
  const duration = (t: Tok) => t.type === 'duration' || (t.type === 'decimal' && UNIT_TYPES.get(/^\s*([a-z]+)/i.exec(s.text.slice(t.end, t.end + 12))?.[1]?.toLowerCase() ?? '') === 'duration');
  if (!a || !b || a.kind !== 'num' || b.kind !== 'num' || !duration(a) || !duration(b) || a.value <= 0 || b.value <= 0) return undefined;
  const unit = (t: Tok) => /^\s*([a-z]+)/i.exec(s.text.slice(t.end, t.end + 12))?.[1]?.toLowerCase().replace(/s$/, '');
  if (!unit(a) || unit(a) !== unit(b) || !DURATION_LINK.test(s.text.slice(a.end, b.start))) return undefined;
  if (/^\s*(?:to|and|or|[-\u2013])\s*$/i.test(s.text.slice(a.end, b.start).replace(/^\s*[a-z]+/i, ''))) return undefined;
  return [a, b];
}

/** A frequency 'k times' (no 'a year', 'per …' after it): how often a thing was done, a count of occasions. */
const TIMES_DONE = /^\s+times\b(?!\s+(?:a|an|per|each|every|as|the|that|more|higher|greater|less|lower)\b)/i;

/**
 * 'took 679 days …, almost twice as long as the 380 days in England'; 'used restraint 312 times during the year, almost
 * three times the 108 occasions of the year before': a multiple in apposition after the comma that closes the clause of
 * the figure it is said of, a duration or a frequency ('k times', which the pair readings pass over as no count), and its
 * base the one figure after it, of the same kind (a duration in the same unit; a count of the occasions). No other figure
 * is between them, nor after the base in its clause.
 */
function appositePair(s: SentenceView, start: number, end: number): [Tok, Tok] | undefined {
  const before = s.toks.filter((t) => t.end <= start);
  const a = before[before.length - 1];
  if (!a || a.kind !== 'num' || a.value <= 0 || !/^[^;:()\d\u2013\u2014]{0,60},\s*$/.test(s.text.slice(a.end, start))) return undefined;
  const clauseEnd = (() => { const m = /[;:.]|,\s*(?:and|but|while|whereas)\b/.exec(s.text.slice(end)); return m ? end + m.index : s.text.length; })();
  const after = s.toks.filter((t) => t.start >= end && t.start < clauseEnd && !(t.notCount && (t.type === 'year' || t.type === 'date' || t.type === 'label')));
  const b = after[0];
  if (!b || after.length !== 1 || b.kind !== 'num' || b.value <= 0 || !/^\s+(?:as\s+[a-z]+\s+as\s+)?(?:the|that\s+of\s+the)\s+$/i.test(s.text.slice(end, b.start))) return undefined;
  const unit = (t: Tok) => /^\s*([a-z]+)/i.exec(s.text.slice(t.end, t.end + 16))?.[1]?.toLowerCase().replace(/s$/, '');
  if (a.type === 'duration' && b.type === 'duration') return unit(a) && unit(a) === unit(b) && AS_LONG.test(s.text.slice(end, end + 40)) ? [a, b] : undefined;
  if (a.type === 'frequency' && TIMES_DONE.test(s.text.slice(a.end, a.end + 24)) && !b.notCount && plainCount(s.text, b) && /^\s+(?:occasions|times|incidents|uses)\b/i.test(s.text.slice(b.end, b.end + 16))) return [a, b];
  return undefined;
}

/**
 * 'stopped and searched at 5.8 times the rate of white people: 24.6 searches per 1,000 people against 4.2': the
 * two rates after a colon that follows the multiple in its clause, set against each other ('against',
 * 'compared with', 'versus'); each a plain count, a decimal or a share, the base of a rate ('per 1,000') passed
 * over, and no other figure after them.
 */
function colonRates(s: SentenceView, end: number): [Tok, Tok] | undefined {
  const colon = s.text.indexOf(':', end);
  if (colon < 0 || colon - end > 80 || /[;()]/.test(s.text.slice(end, colon)) || s.toks.some((t) => t.start >= end && t.end <= colon && !t.notCount)) return undefined;
  const base = (t: Tok) => /\bper\s+$/i.test(s.text.slice(Math.max(0, t.start - 8), t.start));
  const after = s.toks.filter((t) => t.start > colon && !base(t) && t.type !== 'year');
  const [a, b] = after;
  if (after.length !== 2 || !a || !b || a.kind !== b.kind || a.hedge || b.hedge || a.value <= 0 || b.value <= 0) return undefined;
  const rate = (t: Tok) => t.kind === 'pct' || (t.kind === 'num' && (t.type === 'decimal' || plainCount(s.text, t)) && !/^-[a-z]/i.test(s.text.slice(t.end, t.end + 2)));
  if (!rate(a) || !rate(b) || !/^\s*$/.test(s.text.slice(colon + 1, a.start))) return undefined;
  const gap = s.text.slice(a.end, b.start);
  if (!/\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?$/i.test(gap) || /[;:]|\b(?:and|but|while)\b/i.test(gap)) return undefined;
  return [a, b];
}

/** A sentence that restates the measure of the sentence before for another group or time: 'the figure was', 'the rate is now'. */
const RESTATED_LEVEL = /\b(?:the\s+(?:figure|rate|proportion|share|percentage|level)|this|it)\s+(?:was|is|were|stood\s+at|stands\s+at|had\s+been|has\s+been|is\s+now|was\s+now|had\s+risen\s+to|has\s+risen\s+to|rose\s+to|reached)\s+$/i;
/** After a multiple that closes its sentence: nothing, or 'as many', 'as high', 'more', 'higher'. */
const CLOSING = /^(?:\s+(?:as\s+(?:many|much|high|likely|often|great|large|common)|more|higher|greater|larger|bigger))?\s*[.!]?\s*$/i;

/**
 * Between the restated share and its multiple: a comma, or a comma and a clause that draws the comparison, 'so the
 * rate here was', 'meaning the figure was' (a few words, no figure).
 */
const SO_THE_RATE = /^\s*,\s*(?:(?:so|and\s+so|meaning|which\s+means|which\s+meant)\s+(?:the|this|that|our|its)\s+(?:rate|figure|proportion|share|level)(?:\s+(?:here|there|locally))?\s+(?:was|is)\s+)?$/i;

/**
 * 'In public sector prisons 12% of the prisoners surveyed said …. In contracted-out prisons the figure was
 * 36%, three times as many.': a multiple in apposition to the one share of its sentence, which restates the
 * measure ('the figure was'), with nothing after it; its base the one share of the sentence before.
 */
function earlierBase(s: SentenceView, start: number, end: number): { pair: [Tok, Tok]; offset: number } | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || !CLOSING.test(s.text.slice(end))) return undefined;
  const own = s.toks.filter((t) => !t.notCount);
  const t = own[own.length - 1];
  if (own.length !== 1 || !t || t.kind !== 'pct' || t.hedge || t.end > start || !SO_THE_RATE.test(s.text.slice(t.end, start))) return undefined;
  if (!RESTATED_LEVEL.test(s.text.slice(Math.max(0, t.start - 40), t.start))) return undefined;
  const shares = prev.toks.filter((x) => x.kind === 'pct' || x.kind === 'frac');
  const o = shares[0];
  if (shares.length !== 1 || !o || o.kind !== 'pct' || o.hedge) return undefined;
  return { pair: [t, o], offset: prev.offset };
}

const SWAP: Record<string, ReturnType<typeof hedgeKind>> = { above: 'below', below: 'above', justAbove: 'justBelow', justBelow: 'justAbove', nearly: 'justAbove', atLeast: 'atMost', atMost: 'atLeast', around: 'around' };

/** The ratio larger/smaller over the values rounded figures stand for. */
function ratioRange(a: R, ua: R, b: R, ub: R): Range | undefined {
  const [big, ubig, small, usmall] = cmpR(a, b) >= 0 ? [a, ua, b, ub] : [b, ub, a, ua];
  const hs = mul(usmall, r(1, 2));
  const hb = mul(ubig, r(1, 2));
  const sLo = sub(small, hs);
  if (cmpR(sLo, r(0)) <= 0 || !safeR(big, small)) return undefined;
  const lo = div(maxR(r(0), sub(big, hb)), add(small, hs));
  const hi = div(add(big, hb), sLo);
  return { lo: minR(lo, hi), hi: maxR(lo, hi) };
}

/** The ratios a multiple allows: plain within a tenth; hedged to one side. */
function allowed(m: R, hedge: ReturnType<typeof hedgeKind>): Range {
  const tenth = mul(m, r(1, 10));
  const fifth = mul(m, r(1, 5));
  switch (hedge) {
    case 'above':
    case 'atLeast':
      return { lo: m, loOpen: hedge === 'above' };
    case 'justAbove':
      return { lo: m, hi: add(m, fifth), loOpen: true };
    case 'below':
    case 'atMost':
      return { lo: r(0), hi: m, hiOpen: hedge === 'below' };
    case 'justBelow':
    case 'nearly':
      return { lo: sub(m, fifth), hi: m };
    case 'around':
      return { lo: sub(m, fifth), hi: add(m, fifth) };
    default:
      return { lo: sub(m, tenth), hi: add(m, tenth) };
  }
}

function describe(x: Range): string {
  if (!x.hi) return `${x.loOpen ? 'more than' : 'at least'} ${showR(x.lo)}`;
  return `${showR(x.lo)} to ${showR(x.hi)}`;
}
