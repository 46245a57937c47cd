/**
 * Forms read by tuner w4 in the session of 2026-12-07 (false alarms of w4's own correct probes,
 * probes/controls.txt; sentences written for these tests): each fix reads a way of writing, with a trap
 * that must stay silent and a control with a real error that must still be caught.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';

describe("a change in points restated in relative terms: '…, an increase of 9 percentage points on 2021 and 26% higher in relative terms' (relations/change.ts RELATIVE_AFTER)", () => {
  it('reads a percentage with a comparative after it as a relative difference, not as a level of the change in points', () => {
    // 44 − 9 = 35 in 2021; 44 / 35 = 1.257, 26% higher: both right
    assert.deepEqual(rulesOf('In the 2023 survey, 44% of staff said they had been bullied, an increase of 9 percentage points on 2021 and 26% higher in relative terms.'), []);
    // 61 + 5 = 66 in 2022; 61 / 66 = 0.924, 8% lower
    assert.deepEqual(rulesOf('Only 61% of the plans were sufficient, a fall of 5 percentage points on the previous year and 8% lower in relative terms.'), []);
  });
  it("trap: a level after 'up from' is still a level ('44% up from 35%')", () => {
    // 44 − 35 = 9, not 11
    assert.deepEqual(rulesOf('The share of staff who said they had been bullied rose from 35% to 44%, an increase of 11 percentage points.'), ['numbers/change-mismatch']);
  });
  it('control: two levels with a change in points between them are still judged', () => {
    // 44 − 35 = 9, not 12
    assert.deepEqual(rulesOf('In 2021, 35% of staff said they had been bullied and in 2023 44%, an increase of 12 percentage points.'), ['numbers/change-mismatch']);
  });
});
