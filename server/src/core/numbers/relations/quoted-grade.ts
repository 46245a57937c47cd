/**
 * A count, a grade, then the share (issue 9, family 9):
 *
 *   '212 were "good" (16.3 per cent)', "168 were rated 'Good' (79%) and nine 'Outstanding' (4%)",
 *   '41 were graded "very good" (43%) for how well …'
 *   '16 were assessed as "met" (53%), 12 as "partly met" (40%)' (the verb left out)
 *   '29 rated the service "good" (44%) and 13 rated it "poor" (20%)'
 *   '14 were judged outstanding, 26%.' (a bare percentage set off by a comma, closing its clause)
 *   '39 were rated outstanding, 26 per cent, and 96 good, 64 per cent' (the verb left out)
 *   '18 services were "inadequate", or 9 per cent of the 200 inspected' (the count's noun; the share names its whole)
 *   '168 "good" grades were awarded (79%)' (the grade before the count's noun: the grades, not the graded)
 *   '88 described lessons as "boring" (22%)', '45 received a grade of \'good\' (25%)'
 *   'Nine settings received a grade of "weak", 12% of the 75 inspected' (the count's noun before the phrase)
 *   "198 were graded 5 'Very good' or 6 'Excellent' for care (48.1%)" (scale points before their labels)
 *
 * The grade is any quoted phrase, or a capitalised word or up to three
 * lower-case words after rated / graded / judged: no grade word is listed here (frameworks name their own). The
 * count's total is the population of the sentence ('Of the 1,304 lessons
 * observed, …', 'Across the 96 services inspected, …'); a count written with
 * its own total ('212 of the 1,301 schools … (16.3 per cent)') is read by
 * the clause-between reader.
 */
import { commonGradeScales } from '../../framework/builtin/grade-scales.js';
import type { SentenceView } from './index.js';
import { totalsBefore } from './population.js';
import { sameGroup } from '../scan.js';
import { countFig, groupNoun, isCountTok, shareAt, tokAt, type Anchor, type Reading } from './shares.js';

const QUOTED = String.raw`(?:["\u201c][^"\u201d\n]{1,40}["\u201d]|['\u2018][^'\u2019\n]{1,40}['\u2019](?![\w]))`;
/** A scale point before its quoted label: 'graded 5 'Very good'' (quantities.ts types it as a score). */
const POINT = String.raw`\d{1,2}\s+(?=['\u2018"\u201c])`;
const VERB = String.raw`(?:rated|graded|judged|assessed|evaluated|found|awarded|given|deemed|considered|described|reported|inspected)`;
/** Words that cannot be (or begin) a grade written in lower case after the verb: 'judged to have', 'rated by'. */
const NOT_GRADE = String.raw`(?:to|that|in|on|at|by|for|with|from|and|or|not|be|being|been|as|the|a|an|this|these|those|it|them|their|its|were|was|had|has|have|is|are|after|before|during|when|while|since|because|against|under|over)`;
/**
 * A grade written without quotes after the verb: capitalised ('Good'), or in lower case ('outstanding',
 * 'requires improvement'; captured, and taken only when it is a grade of a known scale: the report's
 * framework, the built-in frameworks or the published scales).
 */
const BARE_GRADE = String.raw`(?:[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}?|((?!${NOT_GRADE}\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?))`;
/** 'received a grade of', 'were given an overall rating of': the grade is the object of the phrase. */
const GRADE_OF = String.raw`(?:received|achieved|gained|got|(?:were|was)\s+(?:given|awarded))\s+(?:an?|the|their|its)\s+(?:[a-z]+\s+)?(?:grade|rating|judgement|judgment)\s+(?:of\s+)?`;
const GRADE = new RegExp(
  String.raw`^\s+(?:(?:(?!${NOT_GRADE}\b)[a-z][\w'-]*\s+){0,3}?(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:${QUOTED}\s+[a-z][\w-]*(?:\s+(?:were|was|had\s+been|have\s+been)\s+(?:awarded|given|made|received|recorded))?|(?:(?!${NOT_GRADE}\b)[a-z][\w'-]*\s+){0,3}?${GRADE_OF}(?:${QUOTED}|${BARE_GRADE})|(?:(?:\w+ly\s+)?${VERB}\s+(?:(?:it|them|(?:the|their|its)\s+[a-z]+|[a-z]+(?=\s+as\s))\s+)?(?:as\s+)?(?:to\s+be\s+)?(?:an?\s+)?(?:${POINT})?|as\s+)?(?:${QUOTED}|(?<=${VERB}\s+(?:as\s+)?(?:to\s+be\s+)?)${BARE_GRADE})|(?<gap>(?!${NOT_GRADE}\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?))(?:\s+or\s+(?:better|above|higher|worse|below|lower)|\s+(?:or|to)\s+(?:${POINT})?${QUOTED})?(?:\s+(?:overall|for\s+[^,;:()\u2013\u2014]{1,60}?))?(?<sep>\s*\(\s*|\s*,\s*(?:or\s+)?)`,
  'u',
);
const CLOSE = /^\s*\)/;
/** The grade written before the count's noun: '168 "good" grades'. */
const QUOTED_NOUN = new RegExp(String.raw`^\s+${QUOTED}\s+[a-z]`, 'u');
const GAP_BEFORE = /(?:,|\band)\s*$/;
const VERB_BEFORE = new RegExp(String.raw`\b${VERB}\b`);
/** A share set off by a comma after the grade closes its clause: '14 were judged outstanding, 26%.' (not '…, 26% were good'). */
const COMMA_CLOSE = /^\s*(?:[,;.]|$)/;
const SHARE_OF = /^\s+of\s+(?:the|all(?:\s+the)?|these|those)\s+/i;
/** The count is followed by the grading verb itself: it has no noun of its own. */
const VERB_FIRST = new RegExp(String.raw`^\s+(?:(?:\w+ly\s+)?${VERB}\b|${GRADE_OF})`);
const WINDOW = 200;

export function quotedGradeReadings(s: SentenceView, singles: readonly Anchor[]): Reading[] {
  const out: Reading[] = [];
  for (const a of singles) {
    const m = GRADE.exec(s.text.slice(a.end, a.end + WINDOW));
    if (!m) continue;
    const at = a.end + m[0].length;
    const share = shareAt(s, at);
    if (!share || share.start !== at || share.type === 'quantifier') continue;
    const comma = !m.groups!['sep']!.includes('(');
    // A grade in lower case is taken only before a share set off by a comma (a bracket after it is the
    // other readers', which weigh the other totals it may be of), and only when a scale has it.
    const lower = m[1] ?? m[2] ?? m.groups!['gap'];
    if (lower !== undefined && (!comma || !isKnownGrade(s, lower))) continue;
    // A grade with its verb left out ('…, 39 were rated outstanding, 26 per cent, and 96 good, 68 per cent'):
    // the count follows 'and' or a comma, and the verb is written earlier in the sentence.
    if (m.groups!['gap'] !== undefined && !(GAP_BEFORE.test(s.text.slice(Math.max(0, a.k.start - 8), a.k.start)) && VERB_BEFORE.test(s.text.slice(0, a.k.start)))) continue;
    // Set off by a comma, the share is a bare percentage (a word share there is another reader's).
    if (comma && share.type !== 'pct') continue;
    // ', or 9 per cent of the 200 inspected': the share names its whole.
    const of = comma ? SHARE_OF.exec(s.text.slice(share.end, share.end + 30)) : null;
    const nTok = of ? tokAt(s.toks, share.end + of[0].length) : undefined;
    if (of) {
      // 'of the 200 inspected': a participle after the whole is no noun of its own.
      const nNoun = nTok ? groupNoun(s.text, nTok.end) : undefined;
      if (isCountTok(s, nTok) && nTok.value >= a.k.value && sameGroup(groupNoun(s.text, a.k.end), nNoun && /[a-z]ed$/.test(nNoun) ? undefined : nNoun)) out.push({ share, k: a.k, n: countFig(nTok), family: 'quoted-grade' });
      continue;
    }
    if (!(comma ? COMMA_CLOSE : CLOSE).test(s.text.slice(share.end, share.end + 20))) continue;
    for (const p of totalsBefore(s, a.k, { exclude: a.kTok ? [a.kTok] : [], noNoun: VERB_FIRST.test(m[0]) || m.groups!['gap'] !== undefined || QUOTED_NOUN.test(m[0]) })) out.push({ share, k: a.k, n: p.n, family: 'quoted-grade', nWhy: p.why });
  }
  return out;
}

let common: Set<string> | undefined;
const ownCache = new WeakMap<readonly (readonly string[])[], Set<string>>();

/** A lower-case phrase that is a grade of the report's scales or of a published scale. */
function isKnownGrade(s: SentenceView, phrase: string): boolean {
  const g = phrase.toLowerCase().replace(/\s+/g, ' ');
  common ??= new Set(commonGradeScales().flatMap((sc) => sc.map((x) => x.toLowerCase())));
  if (common.has(g)) return true;
  const scales = s.gradeScales;
  if (!scales) return false;
  let own = ownCache.get(scales);
  if (!own) ownCache.set(scales, (own = new Set(scales.flatMap((sc) => sc.map((x) => x.toLowerCase())))));
  return own.has(g);
}
