/**
 * Readings that fresh passages showed to be wrong, each a general shape: a
 * change given as a count and its rate ('an increase of 3,860 (35.3 per
 * cent)') is no share of the total; a multiple does not take figures across
 * a dash or two figures given 'respectively'; 'made up' is no rise.
 * Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const verdicts = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);

describe('numbers: a change given as a count and its rate', () => {
  it('judges the rate on the old figure, the new less the change', () => {
    // 2,400 − 600 = 1,800; 600 / 1,800 = 33.3%
    const ok = 'In 2024, 2,400 appeals were lodged, an increase of 600 (33.3 per cent) on 2023.';
    assert.deepEqual(rulesOf(ok), []);
    assert.deepEqual(verdicts(ok, 'change'), ['ok']);
    // 33.3%, not 40%; and 600 of 2,400 (25%) is no reading of 40% either
    assert.deepEqual(rulesOf('In 2024, 2,400 appeals were lodged, an increase of 600 (40 per cent) on 2023.'), ['numbers/change-mismatch']);
  });
  it('does not read the count and its rate as a share of the total', () => {
    // 600 of 2,400 is 25%, but 33.3% is the rate of the change
    assert.ok(!rulesOf('In 2024, 2,400 appeals were lodged, an increase of 600 (33.3 per cent) on 2023.').includes('numbers/percentage-mismatch'));
  });
  it('lists, and does not report, a rate that fits the new figure instead', () => {
    // 600 / 1,800 = 33.3%, but 600 / 2,400 = 25%: the rate may be of the new figure
    assert.deepEqual(rulesOf('In 2024, 2,400 appeals were lodged, an increase of 600 (25%) on 2023.'), []);
  });
  it('reads a fall, the old figure the new plus the change', () => {
    // 1,500 + 500 = 2,000; 500 / 2,000 = 25%
    assert.deepEqual(rulesOf('Last year 1,500 referrals were received, a fall of 500 (25%) on the year before.'), []);
    // 40% is neither 500 / 2,000 (25%) nor 500 / 1,500 (33%)
    assert.deepEqual(rulesOf('Last year 1,500 referrals were received, a fall of 500 (40%) on the year before.'), ['numbers/change-mismatch']);
  });
});

describe('numbers: a multiple keeps to its own clause', () => {
  it('trap: figures after a dash', () => {
    // the ages 16 and 24 are no pair of the multiple
    assert.deepEqual(rulesOf('The number with a plan has more than doubled – partly because the scheme was extended from 16 to 24.'), []);
  });
  it('trap: two new figures given respectively', () => {
    // two quantities halved, to 150 and 3,100 respectively
    assert.deepEqual(rulesOf('The numbers waiting over two years and over 18 months roughly halved, to 150 and 3,100 respectively.'), []);
  });
  it('still judges a multiple with its own pair', () => {
    // 700 → 150 is a ratio of 4.67: not 'roughly halved'
    assert.deepEqual(rulesOf('The number waiting over a year roughly halved, from 700 to 150.'), ['numbers/change-mismatch']);
  });
});

describe('numbers: "made up" is no change', () => {
  it('trap: a share after "made up"', () => {
    // 58.3% is a share of the list, not a rise to 3,335
    assert.deepEqual(rulesOf('Short waits made up 58.3% of the list, and the number waiting over a year rose to 3,335, from 2,738.'), []);
  });
});

describe('numbers: changes whose figures come before the change', () => {
  it('reads amounts of money written before the change', () => {
    // £3.6m → £4.1m: 11.2–16.9% with the amounts rounded to £0.1m; 14% fits, 25% does not
    assert.deepEqual(rulesOf('Spending on the service rose from £3.6 million to £4.1 million, an increase of 14%.'), []);
    assert.deepEqual(rulesOf('Spending on the service rose from £3.6 million to £4.1 million, an increase of 25%.'), ['numbers/change-mismatch']);
  });
  it('reads "rose to B from A" before the change', () => {
    // 1,950 → 2,340 is 20%
    assert.deepEqual(rulesOf('The number of open cases rose to 2,340 from 1,950 the month before – a rise of 20%.'), []);
    assert.deepEqual(rulesOf('The number of open cases rose to 2,340 from 1,950 the month before – a rise of 16%.'), ['numbers/change-mismatch']);
  });
});
