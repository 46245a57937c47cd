/**
 * Sentences that look numeric but state no checkable share, or whose figures
 * belong to different groups: none may raise anything.
 */
import * as assert from 'node:assert/strict';
import { numbersDiagnostics, reportWith } from './helpers.js';

const TRAPS = [
  'Of the 3 offices, 45 staff were interviewed.',
  'Three offices held the cases. In 12 of these cases, plans were late.',
  'Thirty staff were interviewed. Plans were reviewed in 72% (18) of cases.',
  'Plans were sufficient in 70% of cases. On leaving custody, 12 offenders were seen within five days.',
  'Plans were sufficient in 70% of cases. The remaining 8 sessions were cancelled.',
  'Performance stood at 138% of target, and job starts were at 143%.',
  'The area achieved 65% against a target of 70%.',
  'Sickness fell from 11.9 to 10.6 days, better than the national average of 12 days.',
  'In 2006/2007, 1,200 orders were made and £450,000 was spent.',
  'The report went to a third party in the first half of the year; the meeting took half an hour in the last two quarters.',
  'One of the ACOs chaired the group, and one in the morning was cancelled.',
  'Offenders in Tiers 2, 3 and 4 were being helped in 64% of cases.',
  'At 31 March 2007 the caseload was 4,885, with 256 at Level 1, 58 at Level 2 and 7 at Level 3.',
  'All 12 sentencers who returned a questionnaire were positive.',
  'Scores rose by 20% in 2007, and by 110% over five years.',
  'Nearly 90% of staff said their needs were met, and over 100 staff attended.',
  'A sample of 110-120 offenders is inspected over a three year cycle, about a third of them by area assessors.',
  'The area ran a scheme for offenders who had to travel more than three miles; 17:00 was the latest session.',
  'This meant that the 2 teams merged in 2007.',
  'In the 25 cases where it had been managed under MAPPA, the level was communicated in all but four cases.',
  'Half of the respondents said they would recommend it, and half the staff agreed.',
];

describe('numbers: figures that are not claims raise nothing', () => {
  for (const t of TRAPS) {
    it(t.slice(0, 70), () => {
      assert.deepEqual(numbersDiagnostics(reportWith([t])).map((d) => `${d.ruleId}: ${d.message}`), []);
    });
  }
});
