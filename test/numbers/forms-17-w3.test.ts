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

describe("'Most staff we spoke with, 19 of the 23, said …': a quantifier with its group named in words, then its pair between commas (relations/apposed-share.ts readQuantifierPair, BARE_GROUP)", () => {
  it('judges the quantifier by the pair', () => {
    // 11 / 23 = 47.8%: not most
    assert.deepEqual(rulesOf('Most staff we spoke with, 11 of the 23, said they felt able to raise concerns.'), ['numbers/quantifier-mismatch']);
    // 19 / 23 = 82.6%: most
    const c = claimsOf('Most staff we spoke with, 19 of the 23, said they felt able to raise concerns.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 9 / 12 = 75%: not nearly all (85% or more)
    assert.deepEqual(rulesOf('Nearly all pupils in the specialist resource base, 9 of 12, have an individual development plan.'), ['numbers/quantifier-mismatch']);
    // 11 / 12 = 91.7%: nearly all
    assert.deepEqual(rulesOf('Nearly all pupils in the specialist resource base, 11 of 12, have an individual development plan.'), []);
  });
  it('traps: a clause of its own, a frame or another group before the pair is not the quantifier\'s group', () => {
    // a verb in the words: 'Most staff felt safe' is a clause; 11/23 is of managers
    assert.deepEqual(rulesOf('Most staff felt safe, 11 of the 23 managers said.'), []);
    // 'Most days' is a time, the pair counts beds
    assert.deepEqual(rulesOf('Most days, 11 of the 12 beds were full.'), []);
    // staff against managers: two groups
    assert.deepEqual(rulesOf('Most staff in the north, 11 of the 23 managers in the south, said they felt safe.'), []);
    // a frame: 'In most cases' does not open the sentence
    assert.deepEqual(rulesOf('In most cases, 11 of the 23 had a plan.'), []);
  });
});

describe("'Most homes were good: 12 of the 40 were outstanding.': a pair after a colon with a predicate of its own may be a part (relations/quantifier-distant.ts colonPair, PAIR_PREDICATE)", () => {
  it('trap: leaves the quantifier unjudged when the pair has its own verb', () => {
    // 12/40 = 30%: the outstanding homes are a part of the good ones, so 'most' is not judged by them
    assert.deepEqual(rulesOf('Most homes were good: 12 of the 40 were outstanding.'), []);
  });
  it('still judges the pair with only its noun, or a pro-verb that says the predicate again', () => {
    // 13/30 = 43.3%: not the majority
    assert.deepEqual(rulesOf('The majority of the records had at least one unexplained gap: 13 of the 30 records.'), ['numbers/quantifier-mismatch']);
    // 32/40 = 80%: most
    const c = claimsOf('Most homes were good: 32 of the 40 were.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
  });
});
