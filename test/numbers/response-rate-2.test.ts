/**
 * A survey that 'went to' or 'was sent to' its population, then its returns
 * and response rate (`relations/response-rate.ts`). Sentences written for
 * these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';


describe('numbers: a survey that went to its population', () => {
  it('judges the response rate of a survey that went to n people', () => {
    // 432 / 1,600 = 27%
    assert.deepEqual(rulesOf('The survey went to 1,600 tenants and 432 replied, a response rate of 27%.'), []);
    assert.deepEqual(rulesOf('The survey went to 1,600 tenants and 432 replied, a response rate of 29%.'), ['numbers/percentage-mismatch']);
    // 95 / 380 = 25%
    assert.deepEqual(rulesOf('Our questionnaire was sent to 380 parents; 95 responded, a response rate of 25 per cent.'), []);
    assert.deepEqual(rulesOf('Our questionnaire was sent to 380 parents; 95 responded, a response rate of 20 per cent.'), ['numbers/percentage-mismatch']);
  });
  it('does not take a count that was not sent the survey', () => {
    // the 12 homes are not what the 240 were of
    assert.deepEqual(rulesOf('The survey went to staff in 12 homes and 240 replied, a response rate of 60%.'), []);
  });
});
