/**
 * A change closing a series of levels by year: 'Adjudications: 611 in 2021, 548 in 2022 and 493 in
 * 2023, a fall of 19% over the two years'; 'There were 44% in 2019 and 51% in 2023, a rise of 7
 * points'. Each level is a plain count or an unhedged percentage with its year after it ('in 2021',
 * 'for 2022/23'), the levels joined by commas or 'and', the years in order; the change follows the last
 * year in apposition (', a fall of', ', up').
 *
 * The change may run over the whole series or over its last step: either reading that fits makes the
 * claim consistent. A change per period ('an average of 5% a year') is not judged when it does not fit.
 * Counts are exact; percentages stand for half a unit either side, and a percentage change between two
 * percentages may be relative or in points.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { judge, exactPercent } from '../rounding.js';
import type { Tok } from '../scan.js';
import { add, claimOver, cmpR, div, maxR, minR, mul, overlaps, plainCount, r, safeR, showR, statedRange, sub, tokValue, type Range } from './common.js';
import { at, type SentenceView } from './index.js';
import { perPeriod } from './change.js';

/** Between the last year and the change: ', a fall of', ', an overall increase of', ', down', ', up by'. */
const APPOSED = /^\s*,\s*(?:(?:an?\s+)?(?:(?:overall|total|net|combined)\s+)?(rise|increase|growth|fall|drop|decrease|reduction|decline)\s+(?:of|by)|(up|down)(?:\s+by)?)\s+$/i;
/** Between a level and its year: 'in', 'during', 'for', after at most three words ('611 adjudications in'). */
const LEVEL_YEAR = /^\s+(?:[a-z][a-z'-]*\s+){0,3}?(?:in|during|for)\s+$/i;
/** Between one level's year and the next level: ',', 'and', ', and'. */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
const POINTS = /^\s*(?:percentage\s+)?points?\b/i;
/** After the change, a base of its own ('on 2019', 'since 2015', 'compared with …'); 'over the period' is the series'. */
const OWN_BASE = /^\s*(?:on|than|compared|since|from|against|relative|in\s+comparison)\b/i;

interface Level {
  tok: Tok;
  year: number;
}

/** The levels of the series that ends at year token index `y`, in the order written. */
function seriesBefore(s: SentenceView, y: number): Level[] {
  const levels: Level[] = [];
  let j = y;
  for (;;) {
    // A year of two parts, '2022/23', '2022-23', is two tokens: the level is before the first.
    const split = s.toks[j]?.type === 'year' && s.toks[j - 1]?.type === 'year' && /^\s*[/\u2013-]\s*$/.test(s.text.slice(s.toks[j - 1]!.end, s.toks[j]!.start));
    if (split) j -= 1;
    const year = s.toks[j];
    const level = s.toks[j - 1];
    if (!year || !level || year.type !== 'year' || !LEVEL_YEAR.test(s.text.slice(level.end, year.start))) break;
    if (!(plainCount(s.text, level) || (level.kind === 'pct' && !level.hedge))) break;
    levels.unshift({ tok: level, year: year.value });
    const prevYear = s.toks[j - 2];
    if (!prevYear || !JOIN.test(s.text.slice(prevYear.end, level.start))) break;
    j -= 2;
  }
  return levels;
}

/** Before a level's year in a series written year first: 'in', 'In'. */
const IN_BEFORE = /(?:^|\s)in\s+$/i;
/** Between a year and its level, year first: at most six words of the clause ('In 2021/22 the front door received 1,904'). */
const YEAR_LEVEL = /^\s*,?\s+(?:[a-z][a-z'-]*\s+){0,6}?$/i;
/** Between a level (and its noun) and the next 'in': ',', 'and', ', and'. */
const LEVEL_JOIN = /^(?:\s+[a-z][a-z'-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

/** The year written just before the level at index `li`, after 'in' (a year of two parts read as its first). */
function yearBefore(s: SentenceView, li: number): { year: number; idx: number } | undefined {
  let j = li - 1;
  if (s.toks[j]?.type !== 'year') return undefined;
  if (s.toks[j - 1]?.type === 'year' && /^\s*[/\u2013-]\s*$/.test(s.text.slice(s.toks[j - 1]!.end, s.toks[j]!.start))) j -= 1;
  const y = s.toks[j]!;
  if (!IN_BEFORE.test(s.text.slice(Math.max(0, y.start - 4), y.start))) return undefined;
  const gap = s.text.slice(s.toks[li - 1]!.end, s.toks[li]!.start);
  // ('In 2022 this fell to 1,700 and in 2023 to 1,610, a fall of 12.5%': a level reached by a change may run from a level before the series.)
  if (!YEAR_LEVEL.test(gap) || /\b(?:and|but|while|whereas|than|compared|against|to|from|by|up|down|rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|reached)\b/i.test(gap)) return undefined;
  return { year: y.value, idx: j };
}

/** 'In 2021/22 the front door received 1,904 referrals and in 2022/23 2,236': the levels of a series written year first, ending at token `li`. */
function seriesYearFirst(s: SentenceView, li: number): Level[] {
  const levels: Level[] = [];
  let j = li;
  for (;;) {
    const level = s.toks[j];
    if (!level || !(plainCount(s.text, level) || (level.kind === 'pct' && !level.hedge))) break;
    const y = yearBefore(s, j);
    if (!y) break;
    levels.unshift({ tok: level, year: y.year });
    const prev = s.toks[y.idx - 1];
    const inAt = s.toks[y.idx]!.start - (/in\s+$/i.exec(s.text.slice(0, s.toks[y.idx]!.start))?.[0].length ?? 0);
    if (!prev || !LEVEL_JOIN.test(s.text.slice(prev.end, inAt))) break;
    j = y.idx - 1;
  }
  return levels;
}

export function readYearSeries(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const p = s.toks[i]!;
    const points = p.kind === 'num' && POINTS.test(s.text.slice(p.end, p.end + 24));
    if ((p.kind !== 'pct' && !points) || p.hedge) continue;
    const cue = APPOSED.exec(s.text.slice(s.toks[i - 1]!.end, p.start));
    if (!cue) continue;
    const byLevel = seriesBefore(s, i - 1);
    const levels = byLevel.length >= 2 ? byLevel : seriesYearFirst(s, i - 1);
    if (levels.length < 2) continue;
    const kind = levels[0]!.tok.kind;
    if (levels.some((l) => l.tok.kind !== kind) || (points && kind !== 'pct')) continue;
    // Two percentages and a change in points are change.ts's (the difference of the sentence's two levels).
    if (points && levels.length === 2) continue;
    const rising = levels.every((l, k) => k === 0 || l.year > levels[k - 1]!.year);
    if (!rising) continue;
    const word = (cue[1] ?? cue[2] ?? '').toLowerCase();
    const dir = /^(?:rise|increase|growth|up)$/.test(word) ? 1 : -1;
    const last = levels[levels.length - 1]!;
    // The whole series, and its last step.
    const pairs: [Level, Level][] = [[levels[0]!, last]];
    if (levels.length > 2) pairs.push([levels[levels.length - 2]!, last]);
    const stated = statedRange(tokValue(p).value, tokValue(p).unit, undefined, r(0));
    const readings = pairs.map(([a, b]) => ({ a, b, ...fitOf(s, a.tok, b.tok, p, points, stated) }));
    if (readings.some((x) => x.fits === undefined)) continue;
    const hit = readings.find((x) => x.fits);
    const shown = hit ?? readings[0]!;
    const operands: Operand[] = [
      { role: 'n', value: shown.a.tok.value, raw: shown.a.tok.raw, span: at(s, shown.a.tok.start, shown.a.tok.end) },
      { role: 'k', value: shown.b.tok.value, raw: shown.b.tok.raw, span: at(s, shown.b.tok.start, shown.b.tok.end) },
      { role: 'p', value: p.value, ...(p.kind === 'pct' ? { decimals: p.decimals } : {}), raw: p.raw, span: at(s, p.start, p.end) },
    ];
    const arithmetic = readings.map((x) => `${x.a.year} → ${x.b.year}: ${x.made}`).join('; ') + ` ${hit ? '≈' : 'vs'} ${p.raw}${points ? ' points' : ''}`;
    const wrongWay = Math.sign(shown.b.tok.value - shown.a.tok.value) === -dir;
    if (hit && !wrongWay) out.push(claimOver('change', RULE.changeMismatch, operands, 'ok', `${arithmetic} ✓`));
    // 'a fall of 19% on 2019': a change with a comparison of its own may be over another period than the series.
    else if (hit || OWN_BASE.test(s.text.slice(p.end, p.end + 40).replace(POINTS, '')) || perPeriod(s.text, p, p.end + (points ? POINTS.exec(s.text.slice(p.end, p.end + 24))![0].length : 0))) out.push(claimOver('change', RULE.changeMismatch, operands, 'unchecked', `${arithmetic} (${hit ? 'the change goes the other way' : 'a change per period, or over a period of its own'}: not judged)`));
    else out.push(claimOver('change', RULE.changeMismatch, operands, 'inconsistent', arithmetic, `The change does not match the levels it follows: ${arithmetic}`));
  }
  return out;
}

/** Whether the change fits the pair a → b, and the arithmetic; `fits` undefined when the pair cannot be judged. */
function fitOf(s: SentenceView, a: Tok, b: Tok, p: Tok, points: boolean, stated: Range): { fits?: boolean; made: string } {
  const va = tokValue(a);
  const vb = tokValue(b);
  if (cmpR(va.value, r(0)) <= 0 || !safeR(va.value, vb.value)) return { made: '' };
  const diff = sub(vb.value, va.value);
  const absDiff = r(Math.abs(diff.n), diff.d);
  if (a.kind === 'num') {
    if (!Number.isSafeInteger(absDiff.n) || absDiff.d !== 1) return { made: '' };
    const j = judge(absDiff.n, va.value.n, p.value, p.decimals, s.policy);
    return { fits: j.verdict === 'ok', made: `(${b.raw} − ${a.raw}) / ${a.raw} = ${exactPercent(absDiff.n, va.value.n, p.decimals + 2)}%` };
  }
  // Two percentages: points (the difference, within the sum of the halves) or a relative change (a range).
  const ha = mul(va.unit, r(1, 2));
  const hb = mul(vb.unit, r(1, 2));
  const slack = add(ha, hb);
  const ptsFit = overlaps({ lo: maxR(r(0), sub(absDiff, slack)), hi: add(absDiff, slack) }, stated);
  if (points) return { fits: ptsFit, made: `${b.raw} − ${a.raw} = ${showR(absDiff)} points` };
  const loA = sub(va.value, ha);
  if (cmpR(loA, r(0)) <= 0) return { made: '' };
  const corners = [loA, add(va.value, ha)].flatMap((x) => [sub(vb.value, hb), add(vb.value, hb)].map((y) => mul(r(100), div(sub(y, x), x)))).map((x) => r(Math.abs(x.n), x.d));
  const crosses = cmpR(sub(vb.value, hb), add(va.value, ha)) < 0 && cmpR(add(vb.value, hb), loA) > 0;
  const lo = crosses ? r(0) : minR(...corners);
  const hi = maxR(...corners);
  return { fits: ptsFit || overlaps({ lo, hi }, stated), made: `${b.raw} − ${a.raw} = ${showR(absDiff)} points, or ${showR(lo, 1)}–${showR(hi, 1)}%` };
}
