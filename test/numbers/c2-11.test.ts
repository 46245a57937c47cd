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
