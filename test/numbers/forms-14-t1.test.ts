/**
 * Forms read by tuner t1 in the session of 2026-12-06 (sentences written for these tests): a quantifier word a
 * sentence away from its count, and its whole (the sample counted before, the group 'them' names).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'Most of those we interviewed – 11 –' after the sample counted before (relations/quantifier-distant.ts samplePart)", () => {
  it('judges the quantifier on the count against the sample', () => {
    // 5 of 14 = 35.7%: not 'most'
    assert.deepEqual(rulesOf('We interviewed 14 residents during the visit. Most of those we interviewed – 5 – said the food was good.'), ['numbers/quantifier-mismatch']);
    // 10 of 14 = 71.4%: most
    assert.deepEqual(rulesOf('We interviewed 14 residents during the visit. Most of those we interviewed – 10 – said the food was good.'), []);
    const c = claimsOf('We interviewed 14 residents during the visit. Most of those we interviewed – 10 – said the food was good.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // two sentences back, by commas: 21 of 30 = 70%, not 'a minority'
    assert.deepEqual(rulesOf('Inspectors spoke to 30 parents. Eleven of them had more than one child at the school. A minority of all those we spoke to, 21, had read the new policy.'), ['numbers/quantifier-mismatch']);
    // 9 of 30 = 30%: a minority
    assert.deepEqual(rulesOf('Inspectors spoke to 30 parents. Eleven of them had more than one child at the school. A minority of all those we spoke to, 9, had read the new policy.'), []);
  });
  it('traps: two samples, a sample in a list, or another noun leave it unread', () => {
    // 'those we spoke to' may be the 12 staff or the 20 parents
    assert.deepEqual(rulesOf('We spoke to 12 staff. We also spoke to 20 parents. Most of those we spoke to, 8, were positive.'), []);
    assert.deepEqual(rulesOf('We spoke to 12 staff and 20 parents. Most of those we spoke to, 8, were positive.'), []);
    // the parents are not the 40 staff
    assert.deepEqual(rulesOf('We spoke to 40 staff on the wards. Most of the parents we spoke to, 6, were positive.'), []);
  });
});

describe("'The majority of them, which …, were achieved (ten).' (relations/quantifier-distant.ts, closing count after 'of them')", () => {
  it("judges the closing bracket against the one group counted before 'them'", () => {
    // 6 of 15 = 40%: not the majority
    assert.deepEqual(rulesOf('The review followed up all 15 recommendations of the last report. The majority of them, which the board had accepted in full, were now met (six).'), ['numbers/quantifier-mismatch']);
    // 11 of 15 = 73.3%
    assert.deepEqual(rulesOf('The review followed up all 15 recommendations of the last report. The majority of them, which the board had accepted in full, were now met (11).'), []);
  });
  it('trap: another plural noun before the share may be what them means', () => {
    assert.deepEqual(rulesOf('The review followed up all 15 recommendations of the last report. The managers were new, and the majority of them, which surprised us, were now trained (six).'), []);
  });
});
