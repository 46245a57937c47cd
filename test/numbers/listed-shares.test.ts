/**
 * Counts with their shares in a list, of a total named before the list
 * (relations/listed-shares.ts). Sentences written for these tests, with the
 * arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const ofTotal = (finding: string, total: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'percent-of' && c.operands.some((o) => o.role === 'n' && o.raw === total))
    .map((c) => c.verdict);

describe('numbers: a list of counts and shares of a total named before it', () => {
  const ok = 'In 2024, 860 nurseries were inspected. Of them, 43 were rated outstanding (5.0%), 611 good (71.0%), 164 requires improvement (19.1%) and 42 inadequate (4.9%).';
  it('reads every pair against the total of the sentence before', () => {
    // 43/860 = 5.0%, 611/860 = 71.0%, 164/860 = 19.07% → 19.1%, 42/860 = 4.88% → 4.9%
    assert.deepEqual(ofTotal(ok.replace('Of them, ', ''), '860'), ['ok', 'ok', 'ok', 'ok']);
    assert.deepEqual(rulesOf(ok.replace('Of them, ', '')), []);
  });
  it('reports the one pair that is not a share of the total the others are shares of', () => {
    // 164/860 = 19.1%, not 21.1%; the other three fit 860
    const wrong = 'In 2024, 860 nurseries were inspected. 43 were rated outstanding (5.0%), 611 good (71.0%), 164 requires improvement (21.1%) and 42 inadequate (4.9%).';
    assert.deepEqual(rulesOf(wrong), ['numbers/percentage-mismatch']);
  });
  it('reads a colon list in the sentence of its total', () => {
    // 96/240 = 40%, 60/240 = 25%, 84/240 = 35%
    assert.deepEqual(rulesOf('We sampled 240 files, and the results were clear: 96 held a plan (40%), 60 a draft (25%) and 84 neither (35%).'), []);
    // 60/240 = 25%, not 30%
    assert.deepEqual(rulesOf('We sampled 240 files, and the results were clear: 96 held a plan (40%), 60 a draft (30%) and 84 neither (35%).'), ['numbers/percentage-mismatch']);
  });
  it('trap: two pairs of which one fits is no evidence of the whole', () => {
    // 30/120 = 25% fits; 50 (30%) does not: the second may be of another group
    assert.deepEqual(rulesOf('The service supervised 120 young people. 30 were girls (25%) and 50 were in education (30%).'), []);
  });
  it('trap: a pair set apart by "of whom" is not part of the list', () => {
    // 45/150 = 30%, 90/150 = 60%; 9 (20%) is of the 45
    assert.deepEqual(rulesOf('Inspectors reviewed 150 cases. 45 were high risk (30%), of whom 9 were women (20%), and 90 medium risk (60%).'), []);
  });
  it('trap: two earlier groups that fit the list equally are not chosen between', () => {
    // 100 and 200 are 25% and 50% of 400 and of 401 alike; 120 (35%) fits neither (30% and 29.9%): which whole is not known
    assert.deepEqual(rulesOf('The service held 400 reviews with 401 families. 100 were short (25%), 200 were long (50%) and 120 were cancelled (35%).'), []);
  });
});
