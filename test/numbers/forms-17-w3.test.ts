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

describe("'Of the N, k had been closed (P%), leaving r in progress': a bracketed share before ', leaving' closes the part's clause (scan.ts CLAUSE_ENDS)", () => {
  it("judges the share of the pair when ', leaving' follows the bracket", () => {
    // 445 / 538 = 82.7%, not 86%
    assert.deepEqual(rulesOf('Of the 538 cases passed to us in January, 445 had been closed by 31 March (86%), leaving 93 in progress.'), ['numbers/percentage-mismatch']);
    // 445 / 538 = 82.7% -> 83%
    assert.deepEqual(rulesOf('Of the 538 cases passed to us in January, 445 had been closed by 31 March (83%), leaving 93 in progress.'), []);
    // 31 / 40 = 77.5%, not 72%
    assert.deepEqual(rulesOf('Of the 40 actions in the plan, 31 had been completed (72%), leaving nine still open.'), ['numbers/percentage-mismatch']);
    // 31 / 40 = 77.5% -> 78%
    assert.deepEqual(rulesOf('Of the 40 actions in the plan, 31 had been completed (78%), leaving nine still open.'), []);
  });
  it("trap: a share in brackets after 'leaving' is the remainder's, not the pair's", () => {
    // 9 / 40 = 22.5% -> 23% (the remainder's share); 31/40 is not judged by it
    assert.deepEqual(rulesOf('Of the 40 actions in the plan, 31 had been completed, leaving nine (23%) still open.'), []);
  });
});
