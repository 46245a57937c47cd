/**
 * Changes and multiples, round 11 (helper c2). Sentences written for these tests, with the arithmetic in the
 * comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const flagged = (finding: string) => rulesOf(finding).length > 0;
const judged = (finding: string, kind: string) => claimsOf(finding).some((c) => c.kind === kind && c.verdict !== 'unchecked');

describe('c2-11: levels of a change in one sentence (change.ts)', () => {
  it('reads a number of occasions ("412 times") as a level', () => {
    // (300 - 250)/250 = 20%
    const ok = 'Officers searched cells 300 times in the quarter, against 250 in the quarter before, a rise of 20%.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
    // (300 - 250)/250 = 20%, not 17% (50/300)
    assert.ok(flagged('Officers searched cells 300 times in the quarter, against 250 in the quarter before, a rise of 17%.'));
    // (84 - 120)/120 = -30%, not 25%
    assert.ok(flagged('Nurses secluded patients 84 times in 2024, against 120 times in 2023, a fall of 25%.'));
  });
  it('leaves "times" that is a rate or a multiple alone', () => {
    assert.deepEqual(rulesOf('Staff checked the rooms 4 times a day, against 3 in 2022, a rise of 10%.'), []);
  });
  it('takes the part of a pair, not its whole, as the new level', () => {
    // (150 - 200)/200 = -25%, not 20%
    assert.ok(flagged('In 2024, 150 of the 900 pupils (16.7%) were persistently absent, down from 200 in 2023, a fall of 20%.'));
    const ok = 'In 2024, 150 of the 900 pupils (16.7%) were persistently absent, down from 200 in 2023, a fall of 25%.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
  });
  it('passes over a duration in the sentence when it looks for the new level', () => {
    // (210 - 150)/150 = 40%, not 30%
    assert.ok(flagged('The team made 210 referrals in six months, against 150 in the same months of 2023, a rise of 30%.'));
  });
  it('reads a decimal level beside a whole number', () => {
    // (18 - 21.5)/21.5 = -16.3% (a range 13.9%-18.6% with 18 rounded): 16% fits; 30% does not
    assert.deepEqual(rulesOf('The average caseload fell by 16%, from 21.5 to 18.'), []);
    assert.ok(flagged('The average caseload fell by 30%, from 21.5 to 18.'));
  });
});

describe('c2-11: a change whose levels are in the sentence before (change.ts pairBefore2, newBefore)', () => {
  it('reads "X, up from Y. That is a rise of N points."', () => {
    // 71 - 66 = 5 points
    const ok = 'The council upheld 71% of the appeals it heard, up from 66% the year before. That is a rise of five percentage points.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
    // 71 - 66 = 5, not 7
    assert.ok(flagged('The council upheld 71% of the appeals it heard, up from 66% the year before. That is a rise of seven percentage points.'));
    // (1,150 - 1,000)/1,000 = 15%, not 13%
    assert.ok(flagged('In 2024 the helpline took 1,150 calls, against 1,000 the year before. This was an increase of 13%.'));
  });
  it('reads "That was a rise of N points on the P% of a year before" against the one share of the sentence before', () => {
    // 68 - 63 = 5 points
    const ok = "By June, 34 of the 50 nurseries (68%) were judged good. That was a rise of five percentage points on the 63% of a year before.";
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
    // 68 - 63 = 5, not 9
    assert.ok(flagged("By June, 34 of the 50 nurseries (68%) were judged good. That was a rise of nine percentage points on the 63% of a year before."));
  });
  it('leaves the sentence before alone when it holds two shares of the old one\'s kind, or two changes', () => {
    assert.deepEqual(rulesOf('By June, 68% of nurseries were judged good and 12% outstanding. That was a rise of nine percentage points on the 63% of a year before.'), []);
    assert.deepEqual(rulesOf('Boys rose from 40% to 44% and girls from 50% to 59%. That is a rise of nine percentage points.'), []);
  });
});

describe('c2-11: "the rise was N points, from A to B" (change.ts CUE_BEFORE)', () => {
  it('reads the change after "the rise was" with its pair', () => {
    // 60 - 52 = 8 points
    assert.deepEqual(rulesOf('In the north the rise was 8 percentage points, from 52% to 60%.'), []);
    assert.ok(judged('In the north the rise was 8 percentage points, from 52% to 60%.', 'change'));
    // 60 - 52 = 8, not 6
    assert.ok(flagged('In the north the rise was 6 percentage points, from 52% to 60%.'));
    // the fall: 40 - 31 = 9
    assert.ok(flagged('In the south the fall was 5 percentage points, from 40% to 31%.'));
  });
});

describe('c2-11: a multiple of two rates after a colon (multiple.ts colonRates)', () => {
  it('reads "N times the rate of …: A per 1,000 against B"', () => {
    // 13.5/3.0 = 4.5
    const ok = 'Young men were arrested at 4.5 times the rate of young women: 13.5 arrests per 1,000 against 3.0.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'multiple'));
    // 13.5/3.0 = 4.5, not 6.5
    assert.ok(flagged('Young men were arrested at 6.5 times the rate of young women: 13.5 arrests per 1,000 against 3.0.'));
  });
  it('reads a whole written to a decimal place as rounded to that place', () => {
    // 18.3/3.0 = 6.1 (6.02-6.20), not 7.1 (6.39-7.81)
    assert.ok(flagged('Boys were excluded at 7.1 times the rate of girls: 18.3 exclusions per 1,000 pupils against 3.0.'));
  });
  it('leaves a colon list of more figures alone', () => {
    assert.deepEqual(rulesOf('Men were stopped at 6.5 times the rate of women: 13.5 per 1,000 against 3.0 in 2023 and 2.1 against 1.9 in 2022.'), []);
  });
});

describe('c2-11: the whole that opens the sentence is no new level', () => {
  it('reads "Of N X, k …, up from M, a rise of P%" on k', () => {
    // (210 - 180)/180 = 16.7%, not 12%
    assert.ok(flagged('Of 300 calls, 210 were answered within a minute, up from 180 the year before, a rise of 12%.'));
    assert.deepEqual(rulesOf('Of 300 calls, 210 were answered within a minute, up from 180 the year before, a rise of 17%.'), []);
  });
});

describe('c2-11: a change after a sentence that restates the measure at an earlier time (change.ts earlierRestated)', () => {
  it('takes the earlier level from "A year earlier it was" and the new one from the sentence before it', () => {
    // 83 - 77 = 6 points
    const ok = 'The share of plans reviewed on time was 83%. A year earlier it was 77%. That was a rise of six percentage points.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
    // 83 - 77 = 6, not 4
    assert.ok(flagged('The share of plans reviewed on time was 83%. A year earlier it was 77%. That was a rise of four percentage points.'));
  });
  it('leaves it when the first sentence holds two levels, or the second no time', () => {
    assert.deepEqual(rulesOf('The share of plans reviewed on time was 83%, and 90% in the north. A year earlier it was 77%. That was a rise of four percentage points.'), []);
    assert.deepEqual(rulesOf('The share of plans reviewed on time was 83%. In the north it was 77%. That was a rise of four percentage points.'), []);
  });
});
