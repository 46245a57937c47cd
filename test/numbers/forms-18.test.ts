/**
 * Forms read in the session of 2026-12-07, second part (sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a fraction as a change, named by a noun or set after its pair: 'from 1,240 to 930, a reduction of a quarter' (relations/change.ts FRACTION_CHANGE_NOUN, pairBefore)", () => {
  it('judges the fraction on the pair before it', () => {
    // (930 − 1,240) / 1,240 = −25% ✓
    assert.equal(claimsOf('The number of adjudications fell from 1,240 in 2022 to 930 in 2023, a reduction of a quarter.').find((c) => c.kind === 'change')?.verdict, 'ok');
    // −25%, not a third (33.3%)
    assert.deepEqual(rulesOf('The number of adjudications fell from 1,240 in 2022 to 930 in 2023, a reduction of a third.'), ['numbers/change-mismatch']);
    // (372 − 310) / 310 = 20% ✓, and not a half (50%)
    assert.equal(claimsOf('Recorded use of force increased from 310 incidents to 372, up by a fifth.').find((c) => c.kind === 'change')?.verdict, 'ok');
    assert.deepEqual(rulesOf('Recorded use of force increased from 310 incidents to 372, up by a half.'), ['numbers/change-mismatch']);
  });
  it("reads 'cut by' and 'an increase of' with the pair after", () => {
    // (100 − 300) / 300 = −66.7% ✓
    assert.equal(claimsOf('The backlog of unallocated cases was cut by two thirds, from 300 to 100.').find((c) => c.kind === 'change')?.verdict, 'ok');
    // (150 − 100) / 100 = 50%, not a third
    assert.deepEqual(rulesOf('The waiting list showed an increase of a third, from 100 to 150.'), ['numbers/change-mismatch']);
  });
  it('traps: a pair of another clause, and a fraction of an amount, are not judged', () => {
    // the fraction is the vacancies' change, not the staff's (40 → 52 is 30%)
    assert.deepEqual(rulesOf('The number of staff rose from 40 to 52, and vacancies were cut by a half.'), []);
    // 'a reduction of a quarter of an hour' is an amount of time
    assert.deepEqual(rulesOf('Waits fell from 50 minutes to 20 minutes, a reduction of a quarter of an hour on average.'), []);
  });
});
