/**
 * Stand-asides found on the first run of test/reports-fresh-9 (each was a false alarm there), with sentences
 * written for these tests:
 * - a summary sentence that names one part of the report ('the court cases') restates a finding of that part,
 *   not of the part on out-of-court work (`restate.ts`, `namedParts`);
 * - a share that an earlier written pair of its sentence gives is not reported against a later pair
 *   (`other-total.ts`, `otherPairFits`);
 * - a share of the rest ('37 of the 41 posts were filled, a vacancy rate of 10%') is not reported against the
 *   part (`other-total.ts`, `restFits`, and `register.ts`, a reading of the rest is another reading of the part).
 */
import * as assert from 'node:assert/strict';
import { FM, numbersDiagnostics } from './helpers.js';

const rules = (text: string) => numbersDiagnostics(`${FM}${text}`).map((d) => d.ruleId);
const R = ['conclusion/restated-figure'];

const crit = (id: string, title: string, finding: string) =>
  `## ${id} ${title}\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n- (a) ${finding}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n\n`;

/** A report with a part on court work and a part on out-of-court work, each with a finding about planning for safety. */
const twoParts = (summary: string) =>
  `${FM}# Summary\n\n${summary}\n\n# 2. Court work\n\n` +
  crit('2.2', 'Planning', 'Planning to keep victims safe was sufficient in 13 of the 25 cases (52%), and the plans named few agencies.') +
  crit('2.3', 'Delivery', 'Court hearings were attended by a case worker in 20 of the 25 court cases (80%).') +
  `# 3. Out-of-court work\n\n` +
  crit('3.2', 'Planning', 'Planning to keep victims and their families safe was sufficient in two thirds of the cases (12 of 18).');
const ids = (summary: string) => numbersDiagnostics(twoParts(summary)).map((d) => d.ruleId);

/** The same, with 2.2 written in other words, so that 3.2's words fit the summary best. */
const otherWords = (summary: string) =>
  numbersDiagnostics(
    `${FM}# Summary\n\n${summary}\n\n# 2. Court work\n\n` +
      crit('2.2', 'Planning', 'Plans protected victims well enough in 13 of the 25 cases (52%).') +
      crit('2.3', 'Delivery', 'Court hearings were attended by a case worker in 20 of the 25 court cases (80%).') +
      `# 3. Out-of-court work\n\n` +
      crit('3.2', 'Planning', 'Planning to keep victims and their families safe was sufficient in two thirds of the cases (12 of 18).'),
  ).map((d) => d.ruleId);

describe('the part a summary names, other pairs and rests (reports-fresh-9 first run)', () => {
  it('a summary of the court cases is not compared with a finding of the out-of-court part', () => {
    // 'barely half' of the court cases fits 2.2's 52%; 3.2 (which also names families) is of other cases
    assert.deepEqual(otherWords('Assessment was good in the court cases, but planning to keep victims and their families safe was sufficient in barely half of them.'), []);
    // the part is named in the clause itself
    assert.deepEqual(otherWords('Planning to keep victims and their families safe was sufficient in barely half of the court cases.'), []);
    // a summary of the out-of-court cases is still compared with 3.2: 12 / 18 = two thirds, not half
    assert.deepEqual(otherWords('Planning to keep victims and their families safe was sufficient in barely half of the out-of-court cases.'), R);
    // (a limit, on the side of silence: 'diverted from court' holds the word 'court', so it names part 2 and
    // the comparison with 3.2 is not made)
    assert.deepEqual(otherWords('Planning to keep victims and their families safe was sufficient in barely half of the cases diverted from court.'), []);
  });
  it('the part a summary names settles a tie between two findings, and a wrong figure is still reported', () => {
    // 2.2 and 3.2 share the same words; 'the court cases' names part 2: 13 / 25 = 52%, not 40%
    assert.deepEqual(ids('Planning to keep victims safe was sufficient in only 40% of the court cases.'), R);
    // and a right one is quiet
    assert.deepEqual(ids('Planning to keep victims safe was sufficient in only 52% of the court cases.'), []);
  });
  it('a summary that names no part leaves the tie, and nothing is reported', () => {
    // no title word ('work' is in both titles): 2.2 and 3.2 tie, so the 40% is not said to differ
    assert.deepEqual(ids('Planning to keep victims safe was sufficient in only 40% of the cases we read.'), []);
  });
  it('a title word that the findings of other parts use more names no part', () => {
    // 'victims' is in the title of part 4, but the findings of part 2 and 3 use it more: the tie stays
    const text = (summary: string) =>
      twoParts(summary) + `# 4. Victims

` + crit('4.1', 'Contact', 'Contact was made with 30 of the 40 people harmed (75%).');
    assert.deepEqual(numbersDiagnostics(text('Planning to keep victims safe was sufficient in only 40% of the cases we read.')).map((d) => d.ruleId), []);
  });
  it('a share an earlier pair of the sentence gives is not reported against a later pair', () => {
    // 21 / 86 = 24.4% → 24%; 'one of the two councils' is which council, not a share
    assert.deepEqual(rules('In 2025, 21 of the 86 children sentenced were in the care of one of the two councils (24%).\n'), []);
    // 29% fits neither 21 / 86 (24%) nor 1 / 2 (50%): reported
    assert.deepEqual(rules('In 2025, 21 of the 86 children sentenced were in the care of one of the two councils (29%).\n'), ['numbers/percentage-mismatch']);
  });
  it('a share of the rest is not reported against the part', () => {
    // 41 − 37 = 4, 4 / 41 = 9.8% → 10%
    assert.deepEqual(rules('Of the 41 posts, 37 were filled, a vacancy rate of 10%.\n'), []);
    assert.deepEqual(rules('On 1 March, 37 of the 41 posts were filled, a vacancy rate of 10%, and two staff had left.\n'), []);
    // 15% fits neither 37 / 41 (90%) nor 4 / 41 (10%): reported
    assert.deepEqual(rules('Of the 41 posts, 37 were filled, a vacancy rate of 15%.\n'), ['numbers/percentage-mismatch']);
  });
  it('trap: a bracketed share or one set beside the part is of the part, never of the rest', () => {
    // 12 / 36 = 33%; 67% is the rest's share, given to the part: reported
    assert.deepEqual(rules('In 12 of the 36 cases (67%), the plan was reviewed.\n'), ['numbers/percentage-mismatch']);
    // 18 / 40 = 45%, not 55% (55% is the rest's)
    assert.deepEqual(rules('We read 40 case files. In the end 18 files, 55% of those we read, had a sound plan.\n'), ['numbers/percentage-mismatch']);
  });
});
