/**
 * Bands of a number scale that cover it end to end: 'under 5', '5-10', '11
 * and over'; 'under one', 'one to four', 'five to nine', '10 to 15', '16 and
 * over'. A list of parts whose bands chain from an open lower band to an open
 * upper band, with no gap and no overlap, names every case: it is a whole
 * list, as 'the rest' or a stated number of categories makes one.
 *
 * Read from the words alone, in one pass; a band that does not fit the chain
 * (a year '2014-15', a gap, an overlap) means the list is not known to be
 * whole.
 */
import { NUMBER, parseNumber } from '../words.js';

const N = NUMBER;
const BAND = new RegExp(
  String.raw`(?<![\w-])(?:(?:under|below|less\s+than|younger\s+than)\s+(${N})|(${N})\s*(?:-|\u2013|to)\s*(${N})|(${N})\s*(?:and|or)\s+(?:over|above|older))(?![\w-])`,
  'gi',
);

const num = (raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const p = parseNumber(raw);
  return p && Number.isInteger(p.value) && p.value >= 0 ? p.value : undefined;
};

/** The band phrases of the text, when they cover the scale end to end; else undefined. */
export function coveringBands(text: string): { start: number; end: number }[] | undefined {
  const bands: { lo: number; hi: number; start: number; end: number }[] = [];
  BAND.lastIndex = 0;
  for (let m = BAND.exec(text); m; m = BAND.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] !== undefined) {
      const a = num(m[1]);
      if (a === undefined) return undefined;
      bands.push({ lo: 0, hi: a, ...span });
    } else if (m[2] !== undefined) {
      const a = num(m[2]);
      const b = num(m[3]);
      if (a === undefined || b === undefined || b < a) return undefined;
      bands.push({ lo: a, hi: b + 1, ...span });
    } else {
      const c = num(m[4]);
      if (c === undefined) return undefined;
      bands.push({ lo: c, hi: Infinity, ...span });
    }
  }
  if (bands.length < 2) return undefined;
  const sorted = [...bands].sort((x, y) => x.lo - y.lo);
  let at = 0;
  for (const b of sorted) {
    if (b.lo !== at) return undefined;
    at = b.hi;
  }
  return at === Infinity ? bands.map(({ start, end }) => ({ start, end })) : undefined;
}
