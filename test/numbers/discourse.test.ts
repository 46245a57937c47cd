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
import { claimsOf, rulesOf } from './helpers.js';

const verdictOf = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);
/** The ratio reader's claims (the extractor also reads 'one in four' alone as a count of a count). */
const ratioOf = (finding: string) => [...new Set(claimsOf(finding).filter((c) => c.kind === 'ratio' && c.operands.some((o) => o.role === 'f')).map((c) => c.verdict))];

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

describe('numbers discourse: ratios (family 6)', () => {
  it('judges a ratio against the count and whole it rounds', () => {
    // 12 / 48 = 25% = one in four
    assert.deepEqual(ratioOf('One in four of the 48 plans (12 plans) named no contingency.'), ['ok']);
    // 20 / 48 = 41.7%, far from 25%
    assert.deepEqual(ratioOf('One in four of the 48 plans (20 plans) named no contingency.'), ['inconsistent']);
    assert.ok(rulesOf('One in four of the 48 plans (20 plans) named no contingency.').includes('numbers/fraction-mismatch'));
    // 'two in every five' of 35 = 14
    assert.deepEqual(ratioOf('Two in every five of the 35 learners (14) had left early.'), ['ok']);
  });
  it('reads a ratio next to a precise figure as its rounding', () => {
    // 3/10 = 30%; 31.5% is within the reach of a rounded figure
    assert.deepEqual(rulesOf('Three out of ten parents (31.5%) said they had not been asked.'), []);
    // 'Four in ten of the 55 tenants (42%)': 40% rounds 42%
    assert.deepEqual(ratioOf('Four in ten of the 55 tenants (42%) had waited over a year.'), ['ok']);
    // 'nearly one in five' below 20%: 18% fits, 23% does not
    assert.deepEqual(ratioOf('Nearly one in five of the staff (18%) had not had supervision.'), ['ok']);
    assert.deepEqual(ratioOf('Nearly one in five of the staff (23%) had not had supervision.'), ['inconsistent']);
  });
  it('takes the count and whole after a colon or before a dash', () => {
    // 41 / 130 = 31.5%: about one in three
    assert.deepEqual(ratioOf('About one in three of the referrals was late: 41 of the 130 we sampled.'), ['ok']);
    // 15 / 20 = 75% = three in four
    assert.deepEqual(ratioOf('Managers had checked 15 of the 20 rotas \u2013 three in four \u2013 before the visit.'), ['ok']);
  });
});

describe('numbers discourse: a share pointing back (family 4)', () => {
  it("reads 'This represented P' against the count and total before it", () => {
    // 21 / 28 = 75%
    const ok = 'We examined 28 cases where a child was missing. The police had been told in 21 of these. This represented 75 per cent.';
    assert.deepEqual(verdictOf(ok, 'percent-of'), ['ok']);
    // 21 / 28 = 75%, not 80%
    const bad = 'We examined 28 cases where a child was missing. The police had been told in 21 of these. This represented 80 per cent.';
    assert.deepEqual(verdictOf(bad, 'percent-of'), ['inconsistent']);
    assert.ok(rulesOf(bad).includes('numbers/percentage-mismatch'));
  });
  it("reads ', which is P of the …' in the same sentence", () => {
    // 18 / 24 = 75%
    assert.deepEqual(verdictOf('Inspectors read 24 files; a plan was in place in 18 of them, which is 75 per cent of the files.', 'percent-of'), ['ok']);
  });
  it('names the group the share is of', () => {
    // 'of the incidents' points at the 50 incidents, not the 3 wings: 9 / 50 = 18%
    const text = 'There were 50 incidents of self-harm on 3 wings. Staff reviewed the care plan in nine. This was 18 per cent of the incidents.';
    assert.deepEqual(verdictOf(text, 'percent-of'), ['ok']);
  });
  it('sees only a few sentences back', () => {
    const view = 'Reviews were due in 40 cases. One. Two. Three. A review was done in 30 of these. This was 90 per cent.';
    // The 40 is four sentences back from the share: beyond PREVIOUS_SENTENCES, so no judged claim.
    assert.deepEqual(verdictOf(view, 'percent-of').filter((v) => v === 'inconsistent'), []);
  });
});
