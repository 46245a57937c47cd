/**
 * Readings that fresh passages showed to be wrong, each fixed by a rule of
 * English rather than of one passage: 'twice' as how often; the base of 'four
 * out of five' is no count; a hedged 'one in 10' keeps its hedge; parts said
 * to overlap ('both', 'neither') are no partition; a percentage that is itself
 * a change is no level of another change. Sentences written for these tests,
 * with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';


describe('numbers: "twice" as a frequency', () => {
  it('does not read how often as a multiple', () => {
    // 52 and six are of different things; 'inspected twice' says how often
    assert.deepEqual(rulesOf('Of the 300 homes, 52 homes inspected twice have since closed, six of them after enforcement action.'), []);
    assert.deepEqual(rulesOf('The board met twice a year, and 14 of its 20 members attended both meetings.'), []);
  });
  it('still judges a multiple that compares', () => {
    // 30% / 10% = 3, not twice
    assert.deepEqual(rulesOf('Black prisoners were twice as likely to be restrained (30% against 10%).'), ['numbers/change-mismatch']);
    // 20% / 10% = 2
    assert.deepEqual(rulesOf('Black prisoners were twice as likely to be restrained (20% against 10%).'), []);
  });
});

describe('numbers: the base of a ratio', () => {
  it('does not take the five of "four out of five" as a count of the share', () => {
    // 82% is of the 143 practices; four out of five = 80%: 'more than' fits
    assert.deepEqual(rulesOf('More than four out of five (82%) of the 143 practices received one of the top two ratings.'), []);
    assert.deepEqual(rulesOf('Nine out of ten (91%) of the 230 parents who replied would recommend the school.'), []);
  });
  it('keeps the hedge of a bracketed ratio', () => {
    // over one in 10 is above 10%: 16.3% fits
    assert.deepEqual(rulesOf('Of the 295 parents, 65% found the reports easy to follow, though over one in 10 (16.3%) did not.'), []);
    // nearly one in 10 is below 10%: 16.3% does not
    assert.deepEqual(rulesOf('Of the 295 parents, 65% found the reports easy to follow, though nearly one in 10 (16.3%) did not.'), ['numbers/fraction-mismatch']);
  });
});

describe('numbers: parts said to overlap', () => {
  it('does not add parts that the sentence says overlap', () => {
    // 40 and 35 overlap in 29
    assert.deepEqual(rulesOf('Of the 48 staff, 40 had completed safeguarding training and 35 fire safety training; 29 had completed both.'), []);
    // the two are the staff with neither: 48 − |union| = 2, so the union is 46 (27 + 19)
    assert.deepEqual(rulesOf('Of the 48 staff, 40 had completed safeguarding training and 35 fire safety training; the remaining two had completed neither.'), []);
  });
  it('still reports a partition that does not add up', () => {
    // 29 + 8 + 4 = 41, more than the 40
    assert.deepEqual(rulesOf('Of the 40 homes we inspected, 29 were good, eight outstanding and four inadequate.'), ['numbers/parts-sum']);
  });
});

describe('numbers: a percentage that is itself a change', () => {
  it('does not take a change rate as a level of a later change in points', () => {
    // 5% is how far the 1,340 fell; 97% rose by a point from a level not written
    assert.deepEqual(rulesOf('The number of childminders had fallen by 1,340 (5%) over the year, to 26,500, and 97% of providers were judged good or better, up 1 percentage point.'), []);
  });
  it('still judges two levels and their difference in points', () => {
    // 72% − 64% = 8 points, not 6
    assert.deepEqual(rulesOf('In 2023, 72% of providers were judged good, up 6 percentage points on 64% in 2022.'), ['numbers/change-mismatch']);
  });
});
