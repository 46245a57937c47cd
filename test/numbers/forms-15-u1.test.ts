/**
 * Forms read by tuner u1 (session of 2026-12-07, the s- round's justice passages; sentences written for these
 * tests): a change between two durations with the unit written once ('rose from 28 to 48 days'), …
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a change between durations with the unit written once: 'rose from 28 to 48 days, an increase of 71%' (quantities.ts propagate, relations/change.ts unitAfter)", () => {
  it('judges the change of the two levels', () => {
    // (48 − 28) / 28 = 71.4%, not 20%
    assert.deepEqual(rulesOf('The average stay in the unit rose from 28 to 48 days, an increase of 20%.'), ['numbers/change-mismatch']);
    // (48 − 28) / 28 = 71.4% → 71%
    const c = claimsOf('The average stay in the unit rose from 28 to 48 days, an increase of 71%.').find((x) => x.kind === 'change');
    assert.equal(c?.verdict, 'ok');
    // (9 − 12) / 12 = −25%, not 40%
    assert.deepEqual(rulesOf('Median waits for a first appointment fell from 12 to 9 weeks, a reduction of 40%.'), ['numbers/change-mismatch']);
    // (9 − 12) / 12 = −25%
    assert.deepEqual(rulesOf('Median waits for a first appointment fell from 12 to 9 weeks, a reduction of 25%.'), []);
  });
  it('traps: a range of durations is no change, and a share after it is of other things', () => {
    // 'ranged from 28 to 48 days' is a spread, not a change; 20% is a share of men
    assert.deepEqual(rulesOf('Stays in segregation ranged from 28 to 48 days, and 20% of men stayed longer than a month.'), []);
    assert.deepEqual(rulesOf('Waits rose from 28 to 48 days for 20% of the men we spoke to.'), []);
  });
});
