/**
 * Shares chained by 'a further' and 'another' (relations/further-shares.ts),
 * a change in points written before its cue ('0.9 points fewer than the
 * 94.3%'), a change whose comparison figure is not written, and a mean
 * stated as 'the average … was M (a, b, c)' over durations. Sentences written
 * for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const verdicts = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);

describe('numbers: shares chained by "a further" and "another"', () => {
  it('confirms a chain that makes the whole, over two sentences', () => {
    // 44 + 35 + 21 = 100
    const ok = 'Some 2,300 referrals were made last year, and 44% of them led to an assessment. A further 35% were closed with advice, and another 21% were still open at the year end.';
    assert.deepEqual(rulesOf(ok), []);
    assert.deepEqual(verdicts(ok, 'shares-sum'), ['ok']);
  });
  it('reports a chain that adds up to more than the whole', () => {
    // 44 + 35 + 25 = 104
    assert.deepEqual(rulesOf('Some 2,300 referrals were made last year, and 44% of them led to an assessment. A further 35% were closed with advice, and another 25% were still open at the year end.'), ['numbers/parts-sum']);
  });
  it('does not judge a chain short of the whole', () => {
    // 44 + 35 = 79: the rest may be unnamed
    assert.deepEqual(rulesOf('Some 2,300 referrals were made, and 44% of them led to an assessment; a further 35% were closed with advice.'), []);
  });
  it('trap: a further share of another whole', () => {
    // 70% of boys and a further 60% of girls: two wholes
    assert.deepEqual(rulesOf('In all, 70% of the boys had been excluded at least once, and a further 60% of the girls had been warned.'), []);
  });
  it('trap: a chain that starts at an earlier figure', () => {
    // 'up from 60%' is last year's figure, not a part
    assert.deepEqual(rulesOf('This year 45% were seen on time, up from 60%, and a further 50% within a week.'), []);
  });
});

describe('numbers: a change in points written before its cue', () => {
  it('reads "N points fewer than the P%" against the share before it', () => {
    // 88.1% − 90.4% = 2.3 points
    assert.deepEqual(rulesOf('In May 88.1% of callers were answered within a minute, 2.3 percentage points fewer than the 90.4% of April.'), []);
    // 2.3, not 3.2
    assert.deepEqual(rulesOf('In May 88.1% of callers were answered within a minute, 3.2 percentage points fewer than the 90.4% of April.'), ['numbers/change-mismatch']);
  });
  it('trap: a comparison whose figure is not written', () => {
    // 'than in 2019/20' gives no figure: the 12% before is not the old one
    assert.deepEqual(rulesOf('Excellence rose to 12% of schools, and good practice was found in 41%, 9 percentage points more than in 2019/20.'), []);
  });
});

describe('numbers: a mean stated after "the average … was"', () => {
  it('judges a mean of durations listed in brackets', () => {
    // (3 + 6 + 9 + 10) / 4 = 7
    assert.deepEqual(rulesOf('Across the four units the average wait for a first review was 7 days (3, 6, 9 and 10 days respectively).'), []);
    assert.deepEqual(verdicts('Across the four units the average wait for a first review was 7 days (3, 6, 9 and 10 days respectively).', 'mean'), ['ok']);
    // 7, not 8
    assert.deepEqual(rulesOf('Across the four units the average wait for a first review was 8 days (3, 6, 9 and 10 days respectively).'), ['numbers/mean-mismatch']);
  });
  it('trap: a mean of a wider group than the figures listed', () => {
    // the national average is not the mean of the four units
    assert.deepEqual(rulesOf('The average wait nationally was 8 days, against 3, 6, 9 and 10 days in the four units.'), []);
  });
});
