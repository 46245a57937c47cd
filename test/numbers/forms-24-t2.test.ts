/**
 * Forms of a rest after a pair (family remainder), read in the sixth session of 2026-12-07 (tuner t2);
 * sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claims, claimsOf, reportWith, rulesOf } from './helpers.js';

const remainder = (finding: string) => claimsOf(finding).find((c) => c.kind === 'remainder');

describe("the rest of a pair whose share is in brackets after it ('in 17 of the 25 homes (68%). The remaining 8 …') (remainder.ts pairIn)", () => {
  it('reads the pair and its rest and confirms it', () => {
    const c = remainder('Medicines were stored safely in 17 of the 25 homes visited (68%). The remaining 8 homes had no locked cabinet.');
    assert.equal(c?.verdict, 'ok');
  });
  it('reports a rest that does not complete the pair', () => {
    // 25 - 17 = 8, not 6
    assert.deepEqual(rulesOf('Medicines were stored safely in 17 of the 25 homes visited (68%). The remaining 6 homes had no locked cabinet.'), ['numbers/complement-mismatch']);
    // 'In the 6 remaining homes': the rest written with 'remaining' after its count, after a preposition
    assert.deepEqual(rulesOf('Medicines were stored safely in 17 of the 25 homes visited (68%). In the 6 remaining homes, there was no locked cabinet.'), ['numbers/complement-mismatch']);
  });
  it('trap: a rest of a wider programme yet to come is not judged', () => {
    assert.deepEqual(rulesOf('Medicines were stored safely in 17 of the 25 homes visited (68%). The remaining 40 homes will be visited next year.'), []);
  });
  it('trap: a second share outside the brackets leaves the pair unread', () => {
    assert.deepEqual(rulesOf('Medicines were stored safely in 17 of the 25 homes visited, 68% against 75% last year. The remaining 6 homes had no locked cabinet.'), []);
  });
});

describe("a finding of a list that opens with the rest of the pair the finding before counts ('(a) … in 17 of the 25 cases (68%). (b) In the 8 remaining cases, …') (scan.ts pointsBackToFindingBefore)", () => {
  const rest = (a: string, b: string) => claims(reportWith([a, b])).find((c) => c.kind === 'remainder');
  const rules = (a: string, b: string) => claims(reportWith([a, b])).filter((c) => c.verdict === 'inconsistent').map((c) => c.rule);
  it('carries the pair over and confirms the rest', () => {
    assert.equal(rest('Risk was reviewed well in 17 of the 25 cases we sampled (68%).', 'In the 8 remaining cases, the review was late or missing.')?.verdict, 'ok');
    assert.equal(rest('Risk was reviewed well in 17 of the 25 cases we sampled (68%).', 'For the remaining eight cases, the review was late.')?.verdict, 'ok');
  });
  it('reports a rest that does not complete the pair', () => {
    // 25 - 17 = 8, not 9
    assert.equal(rest('Risk was reviewed well in 17 of the 25 cases we sampled (68%).', 'In the 9 remaining cases, the review was late or missing.')?.verdict, 'inconsistent');
    assert.equal(rules('Risk was reviewed well in 17 of the 25 cases we sampled (68%).', 'The other 9 cases had no review.').length, 1);
  });
  it('trap: a finding that opens with another group is not tied to the finding before', () => {
    assert.equal(rest('Risk was reviewed well in 17 of the 25 cases we sampled (68%).', 'Nine cases from other areas were not sampled, and the remaining staff were trained.'), undefined);
    // and a rest word with no count after it carries nothing
    assert.deepEqual(rules('Risk was reviewed well in 17 of the 25 cases we sampled (68%).', 'The other concern was the quality of 9 plans.'), []);
  });
});

describe("a part whose clause says what each case has with 'at least one' ('61 were living with at least one parent') (remainder.ts partsIn, looseList)", () => {
  it('reads the part and its rest', () => {
    assert.equal(remainder('We read the files of 70 children. Of these, 58 were living with at least one parent. The remaining 12 lived with kinship carers.')?.verdict, 'ok');
  });
  it('reports a rest that does not complete the whole', () => {
    // 70 - 58 = 12, not 10
    assert.equal(remainder('We read the files of 70 children. Of these, 58 were living with at least one parent. The remaining 10 lived with kinship carers.')?.verdict, 'inconsistent');
  });
  it("trap: 'at least' before the part's own count leaves the list open", () => {
    assert.deepEqual(rulesOf('We read the files of 70 children. Of these, at least 58 were living with a parent. The remaining 10 lived with kinship carers.'), []);
    // 'at least one in five' is a ratio, not what a case has
    assert.notEqual(remainder('We read the files of 70 children. Of these, 58 were living with a parent, at least one in five of them with a grandparent too. The remaining 10 lived with kinship carers.')?.verdict, 'inconsistent');
  });
});
