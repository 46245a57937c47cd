/**
 * A count, a grade, then the share (issue 9, family 9):
 *
 *   '212 were "good" (16.3 per cent)', "168 were rated 'Good' (79%) and nine 'Outstanding' (4%)",
 *   '41 were graded "very good" (43%) for how well …'
 *   '16 were assessed as "met" (53%), 12 as "partly met" (40%)' (the verb left out)
 *   '29 rated the service "good" (44%) and 13 rated it "poor" (20%)'
 *
 * The grade is any quoted phrase, or a capitalised word after rated / graded
 * / judged: no grade word is listed here (frameworks name their own). The
 * count's total is the population of the sentence ('Of the 1,304 lessons
 * observed, …', 'Across the 96 services inspected, …'); a count written with
 * its own total ('212 of the 1,301 schools … (16.3 per cent)') is read by
 * the clause-between reader.
 */
import type { SentenceView } from './index.js';
import { totalsBefore } from './population.js';
import { shareAt, type Anchor, type Reading } from './shares.js';

const QUOTED = String.raw`(?:["\u201c][^"\u201d\n]{1,40}["\u201d]|['\u2018][^'\u2019\n]{1,40}['\u2019](?![\w]))`;
const VERB = String.raw`(?:rated|graded|judged|assessed|evaluated|found|awarded|given|deemed|considered|described|reported|inspected)`;
const GRADE = new RegExp(
  String.raw`^\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:(?:\w+ly\s+)?${VERB}\s+(?:(?:it|them|(?:the|their|its)\s+[a-z]+)\s+)?(?:as\s+)?(?:to\s+be\s+)?(?:an?\s+)?|as\s+)?(?:${QUOTED}|(?<=${VERB}\s+(?:as\s+)?)[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?:\s+or\s+(?:better|above|higher|worse|below|lower))?(?:\s+(?:overall|for\s+[^,;:()\u2013\u2014]{1,60}?))?\s*\(\s*`,
  'u',
);
const CLOSE = /^\s*\)/;
/** The count is followed by the grading verb itself: it has no noun of its own. */
const VERB_FIRST = new RegExp(String.raw`^\s+(?:\w+ly\s+)?${VERB}\b`);
const WINDOW = 200;

export function quotedGradeReadings(s: SentenceView, singles: readonly Anchor[]): Reading[] {
  const out: Reading[] = [];
  for (const a of singles) {
    const m = GRADE.exec(s.text.slice(a.end, a.end + WINDOW));
    if (!m) continue;
    const at = a.end + m[0].length;
    const share = shareAt(s, at);
    if (!share || share.start !== at || share.type === 'quantifier') continue;
    if (!CLOSE.test(s.text.slice(share.end, share.end + 20))) continue;
    for (const p of totalsBefore(s, a.k, { exclude: a.kTok ? [a.kTok] : [], noNoun: VERB_FIRST.test(m[0]) })) out.push({ share, k: a.k, n: p.n, family: 'quoted-grade', nWhy: p.why });
  }
  return out;
}
