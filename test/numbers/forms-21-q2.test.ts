/**
 * Forms read by tuner q2 (issue 9, families cross-sentence and totals; sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const sums = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'parts-sum');

describe("degrees of compliance given with a preposition: 'compliant with 15, substantially compliant with five and not compliant with three' (relations/degree-with.ts)", () => {
  it('takes the whole from the sentence before when the judging verb has an object before it', () => {
    // 14 + 4 + 3 = 21, not 20: each regulation gets one judgement
    assert.deepEqual(rulesOf('Inspectors assessed the designated centre against 20 regulations. It was compliant with 14, substantially compliant with four and not compliant with three.'), ['numbers/parts-sum']);
    // 13 + 4 + 3 = 20
    assert.deepEqual(sums('Inspectors assessed the designated centre against 20 regulations. It was compliant with 13, substantially compliant with four and not compliant with three.').map((c) => c.verdict), ['ok']);
  });
  it("reads a list whose last part closes with an aside of no count: ', including Regulation 28 on fire safety'", () => {
    // 9 + 4 + 2 = 15, not 14
    assert.deepEqual(rulesOf('Of the 14 regulations reviewed, the service was compliant with 9, substantially compliant with 4 and not compliant with 2, including Regulation 28 on fire safety.'), ['numbers/parts-sum']);
    // 8 + 4 + 2 = 14
    assert.deepEqual(sums('Of the 14 regulations reviewed, the service was compliant with 8, substantially compliant with 4 and not compliant with 2, including Regulation 28 on fire safety.').map((c) => c.verdict), ['ok']);
  });
  it("reads a band of two degrees and a frame after a phrase of place: 'At the Mater, of the 12 standards …, compliant or substantially compliant with seven'", () => {
    // 7 + 6 = 13 > 12: the bands share no degree, so they cannot pass the whole
    assert.deepEqual(rulesOf('At the regional hospital, of the 12 national standards assessed, the hospital was compliant or substantially compliant with seven and partially compliant with six.'), ['numbers/parts-sum']);
    // 7 + 5 = 12
    assert.deepEqual(sums('At the regional hospital, of the 12 national standards assessed, the hospital was compliant or substantially compliant with seven and partially compliant with five.').map((c) => c.verdict), ['ok']);
  });
  it('traps: a band or a list with no denial may leave a degree out, so a shortfall is not judged', () => {
    // 7 + 4 = 11 < 12: the last standard may have been not compliant
    assert.deepEqual(rulesOf('At the regional hospital, of the 12 national standards assessed, the hospital was compliant or substantially compliant with seven and partially compliant with four.'), []);
    assert.deepEqual(rulesOf('Of the 12 standards assessed, the centre was compliant with seven and substantially compliant with four.'), []);
    // with no band and no denial, not even an excess is read (7 + 6 = 13 > 12)
    assert.deepEqual(rulesOf('Of the 12 standards assessed, the centre was compliant with seven and substantially compliant with six.'), []);
  });
  it('traps: two bands that share a degree, or an aside with a count of its own, are not read', () => {
    // 'compliant or substantially compliant' and 'substantially compliant' overlap: 8 + 6 = 14 > 12 says nothing
    assert.deepEqual(rulesOf('Of the 12 standards assessed, the centre was compliant or substantially compliant with eight and substantially compliant with six.'), []);
    // the aside counts two more things: the list is not the last thing said
    assert.deepEqual(rulesOf('Of the 14 regulations reviewed, the service was compliant with 9, substantially compliant with 4 and not compliant with 2, including two on fire safety.'), []);
  });
  it("trap: a count of the sentence before that was not judged ('employs 22 staff') is no whole", () => {
    assert.deepEqual(rulesOf('The centre employs 22 staff. It was compliant with 15, substantially compliant with five and not compliant with three.'), []);
  });
});
