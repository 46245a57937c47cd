/**
 * 'k/n' in running text (issue 9, family 3): '9/12 of the files (75%)',
 * 'in 14/24 cases (65%)', '8/14 of the files examined, that is 57%',
 * '3/12 (25%)'. The scanner types 'a/b' as a date or range (not a count);
 * here it is read as a count and its total when it looks like one: whole
 * numbers, the part no larger than the whole, not a year ('2012/13'), not a
 * date ('12/03/2021'), not '24/7'. The share after it is read as in a
 * clause-between or an apposition (those readers take these pairs as
 * anchors), so a slash pair is only an anchor here.
 */
import type { SentenceView } from './index.js';
import { countFig, type Anchor } from './shares.js';

const SLASH = /^\s*\/\s*$/;

export function slashPairs(s: SentenceView): Anchor[] {
  const out: Anchor[] = [];
  const toks = s.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (a.kind !== 'num' || b.kind !== 'num' || a.word || b.word) continue;
    if (!SLASH.test(s.text.slice(a.end, b.start))) continue;
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value)) continue;
    if (a.value > b.value || b.value < 2) continue;
    // A year or a pair of years ('2012/2013'); a figure written with a thousands separator is a count ('4,823/16,787').
    if ((a.value >= 1900 && !a.raw.includes(',')) || (b.value >= 1900 && !b.raw.includes(','))) continue;
    if (a.value === 24 && b.value === 7) continue;
    // Part of a date or a longer run ('12/03/2021', '1/2/3').
    if (/\d\s*\/\s*$/.test(s.text.slice(Math.max(0, a.start - 3), a.start))) continue;
    if (/^\s*\/\s*\d/.test(s.text.slice(b.end, b.end + 3))) continue;
    // Thousands written with a separator are digits of one number, not a pair ('1,2/3' is not text).
    out.push({ k: countFig(a), n: countFig(b), kTok: a, nTok: b, end: b.end, family: 'slash' });
  }
  return out;
}
