/**
 * A change between two counts given as a fraction of the earlier one, with
 * the fraction closing the clause: 'fell from 1,320 to 990, a reduction of a
 * quarter', 'rose from 240 to 365 …, an increase of more than a half', 'a fall
 * of around a fifth, from 510 to 405'. Sentences written for these tests,
 * with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const changes = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'change').map((c) => c.verdict);

describe('numbers: a fraction of change between two counts', () => {
  it('accepts a fraction that fits', () => {
    // (1,320 − 990) / 1,320 = 25% = a quarter
    assert.deepEqual(changes('The number waiting more than 18 weeks fell from 1,320 to 990, a reduction of a quarter.'), ['ok']);
    // (365 − 240) / 240 = 52.1%: more than a half
    assert.deepEqual(changes('Referrals rose from 240 to 365 over the two years, an increase of more than a half.'), ['ok']);
    // (510 − 405) / 510 = 20.6%: around a fifth
    assert.deepEqual(changes('There was a fall of around a fifth, from 510 to 405, in the number of exclusions.'), ['ok']);
    // (96 − 64) / 64 = 50%: a half, with the two years between the figures and the fraction
    assert.deepEqual(rulesOf('Complaints went up from 64 to 96 in two years, a rise of a half.'), []);
  });
  it('reports a fraction that does not fit', () => {
    // 25% is not a third
    assert.deepEqual(rulesOf('The number waiting more than 18 weeks fell from 1,320 to 990, a reduction of a third.'), ['numbers/change-mismatch']);
    // (380 − 240) / 240 = 58.3%: not 'almost a half', which is below 50%
    assert.deepEqual(rulesOf('Referrals rose from 240 to 380 over the two years, an increase of almost a half.'), ['numbers/change-mismatch']);
  });
  it('leaves alone fractions that are not a change between the counts', () => {
    // 'a third' is an ordinal with 'time'; the counts are of different things
    assert.deepEqual(rulesOf('The prison was inspected for a third time in 2023, and 120 of the 400 men were surveyed.'), []);
    // the years are not the counts of a change
    assert.deepEqual(rulesOf('Between 2019 and 2023 the share of women on remand went up by a quarter.'), []);
    // a quarter of the staff is a share, not the change from 60 to 45
    assert.deepEqual(changes('In 2019, 60 staff left and in 2023, 45 did; a quarter of the staff were agency workers.'), []);
  });
});
