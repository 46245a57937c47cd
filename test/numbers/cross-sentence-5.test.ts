/**
 * Figures of one claim over two or three sentences (issue 9, the cross-sentence family, fifth round).
 * Sentences written for these tests; the arithmetic is worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

const rulesOf = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
/** [verdict, figures] of the claims of one kind that are judged. */
const judged = (finding: string, kind: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === kind && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers cross-sentence 5: a rest whose whole is counted in an earlier sentence (remainder.ts)', () => {
  it('takes the one count of the sentence before when the parts open the next one', () => {
    // 9 + 40 + 9 = 58
    assert.deepEqual(judged('The panel reviewed 58 serious incidents. Nine were closed within the target and 40 were closed late, and the other nine are still open.', 'remainder'), [['ok', '58 Nine 40 nine']]);
    // 58 − 49 = 9, not eleven
    assert.deepEqual(judged('The panel reviewed 58 serious incidents. Nine were closed within the target and 40 were closed late, and the other eleven are still open.', 'remainder'), [['inconsistent', '58 Nine 40 eleven']]);
    assert.ok(rulesOf('The panel reviewed 58 serious incidents. Nine were closed within the target and 40 were closed late, and the other eleven are still open.').includes('numbers/complement-mismatch'));
  });
  it('tries both wholes when the first part could be read as a whole, and reports only when both fail', () => {
    // whole 40: 18 + 15 + 7 = 40 ✓ (the 18 read as a whole, 15 + 7 = 22, does not fit, but one reading does)
    assert.deepEqual(judged('The unit held 40 boys in 2023. Only 18 attended education, 15 were on a work placement, and the remaining seven were unoccupied.', 'remainder'), [['ok', '40 18 15 seven']]);
    // whole 40: 18 + 15 + 9 = 42; whole 18: 15 + 9 = 24: every base fails
    assert.deepEqual(judged('The unit held 40 boys in 2023. Only 18 attended education, 15 were on a work placement, and the remaining nine were unoccupied.', 'remainder'), [['inconsistent', '40 18 15 nine']]);
    // a whole of its own sentence that fits: 44,130 + 557 = 44,687
    assert.deepEqual(judged('The service received 44,687 case files, 44,130 of them on time, and the remaining 557 late.', 'remainder'), [['ok', '44,687 44,130 557']]);
  });
  it("reads a rest in apposition: 'the rest, 12,'", () => {
    // 22 + 9 = 31
    assert.deepEqual(judged('Inspectors observed 31 lessons. In 22 the support for learners was strong; in the rest, nine, it was weak.', 'remainder'), [['ok', '31 22 nine']]);
    // 31 − 22 = 9, not 11
    assert.deepEqual(judged('Inspectors observed 31 lessons. In 22 the support for learners was strong; in the rest, 11, it was weak.', 'remainder'), [['inconsistent', '31 22 11']]);
    // whole two sentences back, its part after 'Of these,': 48 − 30 = 18
    assert.deepEqual(judged('We sampled the records of 48 tenants. Of these, 30 had a current repair plan. The rest, 18, did not.', 'remainder'), [['ok', '48 30 18']]);
    assert.deepEqual(judged('We sampled the records of 48 tenants. Of these, 30 had a current repair plan. The rest, 16, did not.', 'remainder'), [['inconsistent', '48 30 16']]);
  });
  it("reads 'Of the other N' after a part 'k of them' and the whole two sentences back", () => {
    // 8 + 19 = 27
    assert.deepEqual(judged('The ombudsman closed 27 complaints in June. Eight of them concerned housing. Of the other 19 complaints, 11 were about benefits.', 'remainder'), [['ok', '27 Eight 19']]);
    // 27 − 8 = 19, not 21
    assert.deepEqual(judged('The ombudsman closed 27 complaints in June. Eight of them concerned housing. Of the other 21 complaints, 11 were about benefits.', 'remainder'), [['inconsistent', '27 Eight 21']]);
    // a part of the part ('in 10 of those') is no other part: 20 + 11 = 31
    assert.deepEqual(judged('The council published 31 audit reports. Twenty of them cover schools, and in 10 of those schools the roof needed repair. Of the other 11 reports, five were about libraries.', 'remainder'), [['ok', '31 Twenty 11']]);
  });
  it('stays silent on traps', () => {
    // 'For the rest, 12 had …' counts a part of the rest, not the rest
    assert.deepEqual(judged('We sampled the records of 48 tenants. Of these, 30 had a current repair plan. For the rest, 12 had a plan in draft.', 'remainder'), []);
    // the rest names another noun than the whole: councils are not complaints
    assert.deepEqual(judged('The ombudsman closed 27 complaints in June. Eight of them concerned housing. Of the other 21 councils, 11 were in the north.', 'remainder'), []);
    // children are not the staff interviewed
    assert.deepEqual(judged('We interviewed 26 staff. Ten were positive and 9 were neutral, and the other eight children said they felt unsafe.', 'remainder'), []);
    assert.deepEqual(rulesOf('We interviewed 26 staff. Ten were positive and 9 were neutral, and the other eight children said they felt unsafe.'), []);
    // a part with a count of what each part has ('on one standard') leaves the list unread
    assert.deepEqual(rulesOf('Inspectors visited all 37 wards in 2024. Only 19 met every standard, 12 fell short on one standard, and the remaining eight on several.'), []);
    // a year and a duration are no wholes: the rest of 2019 or of 12 months is not read
    assert.deepEqual(rulesOf('In 2019 the home opened. Over 12 months, 14 children moved in and the other three stayed for a week.'), []);
  });
});
