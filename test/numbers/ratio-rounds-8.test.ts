/**
 * A ratio beside a precise figure is a rounding of it only when it is the figure's nearest count out of the
 * ratio's own denominator (judge.ts `judgeRatio`). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';

describe('a ratio that rounds its figure', () => {
  it('accepts a ratio that is the nearest count out of its denominator', () => {
    // 31.5% of 10 = 3.15 → three; 12% of 10 = 1.2 → one; 22% of 5 = 1.1 → one
    assert.deepEqual(rulesOf('Three out of ten respondents (31.5%) said they felt unsafe.'), []);
    assert.deepEqual(rulesOf('One in ten staff (12%) had not been trained.'), []);
    assert.deepEqual(rulesOf('One in five of the men (22%) had a job to go to.'), []);
  });
  it('reports a ratio that another count out of its denominator would give', () => {
    // 5% of 50 = 2.5: two or three in 50, not one (1 in 50 = 2%)
    assert.deepEqual(rulesOf('One in 50 prisoners (5%) said they had been assaulted.'), ['numbers/percentage-mismatch']);
    // 2% of 100 = 2: two in 100, not one
    assert.deepEqual(rulesOf('One in 100 learners (2%) left without a qualification.'), ['numbers/percentage-mismatch']);
  });
});
