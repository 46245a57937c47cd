/**
 * A mean per unit of a total over a stated number of units
 * (`relations/mean-per.ts`): 'considered 96 cases at its 11 meetings, an
 * average of just under nine per meeting'. Sentences written for these tests,
 * with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const means = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'mean').map((c) => c.verdict);

describe('numbers: a mean per unit over a stated number of units', () => {
  it('accepts a mean that fits', () => {
    // 96 / 11 = 8.73: just under nine
    assert.deepEqual(means('The panel considered 96 cases at its 11 meetings, an average of just under nine per meeting.'), ['ok']);
    // 1,300 / 52 = 25
    assert.deepEqual(means('Over 52 weeks the line took 1,300 calls, an average of 25 a week.'), ['ok']);
    // 4,380 / 12 = 365, a total of time
    assert.deepEqual(means('In all, 4,380 hours of unpaid work were done across the 12 teams, averaging 365 per team.'), ['ok']);
    // 3,400 / 4 = 850; the locality with 1,200 comes after the mean
    assert.deepEqual(rulesOf('The service had 3,400 referrals across its 4 localities, an average of 850 per locality, though one locality had 1,200.'), []);
  });
  it('reports a mean that does not fit', () => {
    // 96 / 11 = 8.73 is not over nine
    assert.deepEqual(rulesOf('The panel considered 96 cases at its 11 meetings, an average of just over nine per meeting.'), ['numbers/mean-mismatch']);
    // 210 / 14 = 15, not 16
    assert.deepEqual(rulesOf('The 14 inspectors completed 210 visits in the year, an average of 16 visits per inspector.'), ['numbers/mean-mismatch']);
  });
  it('leaves alone what it cannot tie', () => {
    // a rate per 100,000: not a mean of the 12 forces
    assert.deepEqual(means('The rate was an average of 4.6 per 100,000 people across the 12 forces.'), []);
    // no count names the weeks: the year's 1,300 calls over 'a week' are not read
    assert.deepEqual(means('The line took 1,300 calls in the year, an average of 30 a week.'), []);
    // two candidate totals
    assert.deepEqual(means('Of the 3,400 referrals, 1,200 came from the police, across 4 localities, an average of 300 per locality.'), []);
    // 'around' 25 for 28.9 is on the side the hedge allows, beyond its reach: listed, not reported
    assert.deepEqual(rulesOf('Over 52 weeks the line took 1,500 calls, an average of around 25 a week.'), []);
  });
});
