/**
 * Bands of a measure written with bounds and a 'between', that cover it end
 * to end: 'within 28 days', 'between 29 and 90 days', 'longer than 90 days';
 * 'in less than a week' is no band (no figure). A list of parts told apart by
 * such bands names every case, as the bands of `age-bands.ts` do ('under 5',
 * '5-10', '11 and over'). A measure may take any value between whole units:
 * 'more than two years' and 'under three years' overlap, and are no bands;
 * 'within 28 days' then 'between 29 and 90 days' leave no whole day out.
 * Read from the words alone, in one pass.
 */
import { NUMBER, parseNumber } from '../words.js';

const N = NUMBER;
const BAND = new RegExp(
  String.raw`(?<![\w-])(?:(within|up\s+to|no\s+more\s+than|under|less\s+than|fewer\s+than|shorter\s+than)\s+(${N})|between\s+(${N})\s+and\s+(${N})|(more\s+than|longer\s+than|over|in\s+excess\s+of)\s+(${N})|(${N})\s+(?:[a-z]+\s+)?or\s+(more|longer|over))(?![\w-])`,
  'gi',
);

const num = (raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const p = parseNumber(raw);
  return p && Number.isInteger(p.value) && p.value >= 0 ? p.value : undefined;
};

/** The band phrases of the text, when they cover the measure end to end; else undefined. */
export function measureBands(text: string): { start: number; end: number }[] | undefined {
  // Each band as an interval of the measure, with its ends open or closed: a measure may take any value
  // ('more than two years' and 'under three years' overlap), but a gap of less than one unit between two
  // bands is whole units read so ('within 28 days', 'between 29 and 90 days').
  const bands: { lo: number; loOpen: boolean; hi: number; hiOpen: boolean; start: number; end: number }[] = [];
  BAND.lastIndex = 0;
  for (let m = BAND.exec(text); m; m = BAND.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] !== undefined) {
      const a = num(m[2]);
      if (a === undefined) return undefined;
      // 'within 28', 'up to 28' take 28 in; 'under 28', 'less than 28' do not.
      bands.push({ lo: 0, loOpen: false, hi: a, hiOpen: !/^(?:within|up|no)/i.test(m[1]), ...span });
    } else if (m[3] !== undefined) {
      const a = num(m[3]);
      const b = num(m[4]);
      if (a === undefined || b === undefined || b < a) return undefined;
      bands.push({ lo: a, loOpen: false, hi: b, hiOpen: false, ...span });
    } else if (m[5] !== undefined) {
      const c = num(m[6]);
      if (c === undefined) return undefined;
      bands.push({ lo: c, loOpen: true, hi: Infinity, hiOpen: true, ...span });
    } else {
      const c = num(m[7]);
      if (c === undefined) return undefined;
      bands.push({ lo: c, loOpen: false, hi: Infinity, hiOpen: true, ...span });
    }
  }
  if (bands.length < 2) return undefined;
  const sorted = [...bands].sort((x, y) => x.lo - y.lo);
  if (sorted[0]!.lo !== 0 || sorted[sorted.length - 1]!.hi !== Infinity) return undefined;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    // Overlap: b starts before a ends (or at a's end, both ends closed).
    if (b.lo < a.hi || (b.lo === a.hi && !a.hiOpen && !b.loOpen)) return undefined;
    // No gap, or one whole unit between two closed ends ('within 28', 'between 29 and …'); any other gap leaves cases out.
    const gap = b.lo - a.hi;
    if (gap !== 0 && !(gap === 1 && !a.hiOpen && !b.loOpen)) return undefined;
  }
  return bands.map(({ start, end }) => ({ start, end }));
}
