/**
 * Relations across sentences and parts (issue 9, families 2, 4, 5, 6, 7):
 * remainders, hedge intervals, the pronoun 'one'. Sentences written for
 * these tests (not corpus passages); the expected verdicts are worked out by
 * hand in the comments.
 */
import assert from 'node:assert/strict';
import { hedged, q, contains, share } from '../../server/src/core/numbers/interval.js';
import { HEDGE_REACH, hedgeReach } from '../../server/src/core/numbers/policy.js';
import { tokensOf } from '../../server/src/core/numbers/scan.js';
import { hedgeKind } from '../../server/src/core/numbers/words.js';
import { claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

const verdictOf = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);
const rulesOf = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);

describe('numbers discourse: remainders and parts (family 5)', () => {
  it("counts 'a further N' as a part before 'the remaining N'", () => {
    // 14 + 3 + 9 = 26
    const ok = 'Of the 26 prisoners we tracked, 14 had a release plan, a further three had one in draft and, of the remaining nine, four had no address.';
    assert.deepEqual(verdictOf(ok, 'remainder'), ['ok']);
    assert.deepEqual(rulesOf(ok), []);
    // 14 + 3 + 10 = 27, not 26
    const bad = 'Of the 26 prisoners we tracked, 14 had a release plan, a further three had one in draft and, of the remaining ten, four had no address.';
    assert.deepEqual(verdictOf(bad, 'remainder'), ['inconsistent']);
    assert.ok(rulesOf(bad).includes('numbers/complement-mismatch'));
  });
  it("reads a part of the rest: 'of the remaining nine, four'", () => {
    const c = claimsOf('Of the 26 prisoners we tracked, 14 had a release plan, a further three had one in draft and, of the remaining nine, four had no address.').filter((x) => x.kind === 'count-of' && x.operands.some((o) => o.raw === 'four'));
    assert.deepEqual(c.map((x) => [x.verdict, x.operands.map((o) => o.raw)]), [['ok', ['four', 'nine']]]);
  });
  it('reads a list after a colon and a semicolon', () => {
    // 11 + 4 + 9 = 24
    assert.deepEqual(verdictOf('We checked 24 actions: 11 had been completed, 4 partly completed and the remaining 9 not started.', 'remainder'), ['ok']);
    // 11 + 4 + 10 = 25, not 24
    assert.deepEqual(verdictOf('We checked 24 actions: 11 had been completed, 4 partly completed and the remaining 10 not started.', 'remainder'), ['inconsistent']);
    // 8 + 12 = 20
    assert.deepEqual(verdictOf('The audit covered 20 referrals; 8 were made by schools and the remaining 12 by health visitors.', 'remainder'), ['ok']);
  });
  it('takes the whole from the sentence before', () => {
    // 17 + 6 + 4 = 27
    const text = '27 wards were visited. 17 were rated good, 6 adequate and the other 4 inadequate.';
    assert.deepEqual(verdictOf(text, 'remainder'), ['ok']);
    // 17 + 6 + 5 = 28, not 27
    assert.deepEqual(verdictOf('27 wards were visited. 17 were rated good, 6 adequate and the other 5 inadequate.', 'remainder'), ['inconsistent']);
  });
  it('does not judge a list that may not be all of the whole', () => {
    // 'including' and 'at least' make the list open: 9 + 5 + 3 ≠ 20, but not reported.
    const text = 'Of the 20 homes, at least 9 had a vacancy, including 5 with two and, of the remaining 3, one was closing.';
    assert.deepEqual(rulesOf(text).filter((r) => r === 'numbers/complement-mismatch'), []);
  });
  it('leaves a plain rest of one share to the extractor', () => {
    // 40 − 31 = 9: one claim, the complement
    assert.deepEqual(rulesOf('Of the 40 reports, 31 were on time, leaving 9 that were late.'), []);
    assert.ok(rulesOf('Of the 40 reports, 31 were on time, leaving 12 that were late.').includes('numbers/complement-mismatch'));
  });
});

describe('numbers discourse: hedge intervals (family 7)', () => {
  it('states every reach once, as data', () => {
    assert.deepEqual(Object.keys(HEDGE_REACH).sort(), ['around', 'justAbove', 'justBelow', 'nearly']);
    // 'nearly' of 29 cases: one case = 100/29 = 3.45 points < 7.5 points
    assert.deepEqual(hedgeReach('nearly', 29), { num: 15, den: 2 });
    // 'nearly half' of 2 cases: one case is 50 points, but never none — 0 of 2 is not nearly half
    assert.ok(!contains(hedged('nearly', q(50), 2), share(0, 2)));
    // 'just over' of 3 cases: half a case = 16.67 points > 5 points
    const r = hedgeReach('justAbove', 3);
    assert.equal(r.num / r.den, 50 / 3);
  });
  it("reads 'nearly' and 'almost' below the target, a little further than 'just under'", () => {
    assert.equal(hedgeKind('nearly'), 'nearly');
    assert.equal(hedgeKind('almost'), 'nearly');
    assert.equal(hedgeKind('just under'), 'justBelow');
    const half = q(50);
    // 25 of 57 = 43.86%: nearly half (6.14 points below), not just under half
    assert.ok(contains(hedged('nearly', half, 57), share(25, 57)));
    assert.ok(!contains(hedged('justBelow', half, 57), share(25, 57)));
    // 20 of 57 = 35.09%: not nearly half
    assert.ok(!contains(hedged('nearly', half, 57), share(20, 57)));
    // 30 of 57 = 52.6%: above half, never 'nearly half'
    assert.ok(!contains(hedged('nearly', half, 57), share(30, 57)));
  });
  it("accepts 'nearly half' a few cases short and flags it well short", () => {
    // 25 / 57 = 43.86%: within 7.5 points below half
    assert.deepEqual(rulesOf('Nearly half of the 57 learners (25) had a work placement.'), []);
    // 19 / 57 = 33.33%: a third, not nearly half
    assert.ok(rulesOf('Nearly half of the 57 learners (19) had a work placement.').includes('numbers/fraction-mismatch'));
  });
});

describe("numbers discourse: the pronoun 'one' (family 2)", () => {
  it("does not count 'one' after a verb with no noun after it", () => {
    const toks = tokensOf('a further six had one in draft and two needed one, but none had one.');
    const one = toks.filter((t) => t.raw === 'one');
    assert.equal(one.length, 3);
    assert.ok(one.every((t) => t.notCount));
  });
  it("still counts 'one' before a noun or 'of'", () => {
    const toks = tokensOf('Only one case had one plan, and one of the nine had none.');
    assert.ok(toks.filter((t) => t.raw === 'one').every((t) => !t.notCount));
  });
});
