/**
 * Forms read by tuner w3 in the session of 2026-12-07 (sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'16,772 patients, 21.4% of the 69,600 treated': a total whose noun a participle leaves out (relations/apposition.ts ELIDED_BY_PARTICIPLE)", () => {
  it('judges the share of the count against the total', () => {
    // 16,772 / 69,600 = 24.1%, not 21.4%
    assert.deepEqual(rulesOf('Waits were recorded for 16,772 patients, 21.4% of the 69,600 treated in the quarter.'), ['numbers/percentage-mismatch']);
    // 16,772 / 69,600 = 24.1%
    const c = claimsOf('Waits were recorded for 16,772 patients, 24.1% of the 69,600 treated in the quarter.').find((x) => x.kind === 'percent-of' && x.operands.some((o) => o.role === 'k'));
    assert.equal(c?.verdict, 'ok');
    // 41 / 312 = 13.1%, not 16%
    assert.deepEqual(rulesOf('The inspectors found faults in 41 homes, 16% of the 312 inspected.'), ['numbers/percentage-mismatch']);
    // 41 / 312 = 13.1% -> 13%
    assert.deepEqual(rulesOf('The inspectors found faults in 41 homes, 13% of the 312 inspected.'), []);
  });
  it('trap: a verb that may open a clause of its own is no elided noun', () => {
    // 'the 70 improved' may be a clause of the 70: 12 is not judged against it (12/70 = 17%)
    const c = claimsOf('We read 12 files, nearly half of the 70 improved in the year.');
    assert.ok(!c.some((x) => x.operands.some((o) => o.raw === '12')));
  });
  it('trap: a total with a noun of its own of another group stays apart', () => {
    // 30 people against 200 staff: other groups, so the 30 is not paired (30/200 = 15% would hold anyway)
    const c = claimsOf('Complaints were upheld for 30 people, 25% of the 200 staff inspected last year.');
    assert.ok(!c.some((x) => x.operands.some((o) => o.raw === '30')));
  });
});
