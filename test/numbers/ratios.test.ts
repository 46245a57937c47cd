/**
 * Ratios, hedges and quantifiers beside their figures (issue 9: the ratio,
 * hedge and quantifier families; relations/ratio.ts, relations/share-beside.ts,
 * interval.ts `quantifierBands`). Sentences written for these tests (not
 * corpus passages); each expected verdict is worked out in the comment.
 */
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

/** The verdicts of the claims of `kind` whose operands include every raw figure given. */
const verdicts = (finding: string, kind: string, ...raws: string[]) =>
  claimsOf(finding)
    .filter((c) => c.kind === kind && raws.every((r) => c.operands.some((o) => o.raw === r)))
    .map((c) => c.verdict)
    // The relation reader and the extractor may both read one figure (merging keeps one): one verdict each.
    .filter((v, i, all) => all.indexOf(v) === i);

describe('numbers ratios: a ratio in figures and its hedge', () => {
  it('reads the hedge of a ratio written in figures beside its share', () => {
    // 'more than 8 in 10' needs more than 80%; 74% is not: inconsistent.
    assert.deepEqual(verdicts('More than 8 in 10 nurseries in the county were rated good: 74%, as in 2021.', 'ratio', '74%'), ['inconsistent']);
    // 86% is more than 80%: consistent.
    assert.deepEqual(verdicts('More than 8 in 10 nurseries in the county were rated good: 86%, as in 2021.', 'ratio', '86%'), ['ok']);
  });
  it('reads a ratio in figures with its bracketed share, and "(or P%)"', () => {
    // around 3 in 10 = 30%: 29% is around it, 18% is not.
    assert.deepEqual(verdicts('Around 3 in 10 referrals were closed early (29%) during the year.', 'ratio', 'Around 3 in 10', '29%'), ['ok']);
    assert.deepEqual(verdicts('Around 3 in 10 referrals were closed early (18%) during the year.', 'ratio', 'Around 3 in 10', '18%'), ['inconsistent']);
    // one in six = 16.7%: 'or 17%' rounds it; 'or 30%' cannot.
    assert.deepEqual(verdicts('On this reading, one in six (or 17%) of the homes had a visit.', 'ratio', '17%'), ['ok']);
    assert.deepEqual(verdicts('On this reading, one in six (or 30%) of the homes had a visit.', 'ratio', '30%'), ['inconsistent']);
  });
});

describe('numbers hedges: a hedged fraction restating a count pair', () => {
  it('judges a hedged fraction in apposition to k of n', () => {
    // 90 of 300 = 30%: 'over a third' needs more than 33.3%: inconsistent.
    assert.deepEqual(verdicts('Each morning 90 of the 300 residents, over a third of the population, were waiting for care.', 'fraction', '90', '300'), ['inconsistent']);
    // 110 of 300 = 36.7%: over a third.
    assert.deepEqual(verdicts('Each morning 110 of the 300 residents, over a third of the population, were waiting for care.', 'fraction', '110', '300'), ['ok']);
  });
  it('judges a hedged fraction of n after the clause of a count', () => {
    // 1200 of 6000 = 20%: not 'nearly half'.
    assert.deepEqual(verdicts('By June, 1200 homes in the region had been visited, nearly half of the 6000 registered.', 'fraction', '1200', '6000'), ['inconsistent']);
    // 2900 of 6000 = 48.3%: nearly half.
    assert.deepEqual(verdicts('By June, 2900 homes in the region had been visited, nearly half of the 6000 registered.', 'fraction', '2900', '6000'), ['ok']);
  });
  it('leaves a share of the part, or of another group, unread', () => {
    // 'most of them' may be a share of the 12, not of the 40.
    assert.deepEqual(verdicts('We read 12 of the 40 files, most of them late.', 'quantifier', '12', '40'), []);
    // 'over half of the girls': the girls are not the 40 files.
    assert.deepEqual(verdicts('We read 12 of the 40 files, over half of the girls, and found gaps.', 'fraction', '12', '40'), []);
  });
});

describe('numbers quantifiers: framework bands completed by the defaults', () => {
  it("reads 'a majority' and 'nearly all', which the framework does not define", () => {
    // a majority > 50%: 40 of 90 (44.4%) is not; 60 of 90 (66.7%) is.
    assert.deepEqual(verdicts('A majority of the 90 tenants we spoke to this spring (40) said repairs were slow.', 'quantifier', '40', '90'), ['inconsistent']);
    assert.deepEqual(verdicts('A majority of the 90 tenants we spoke to this spring (60) said repairs were slow.', 'quantifier', '60', '90'), ['ok']);
    // nearly all (85% or more): 20 of 30 (66.7%) is not.
    assert.deepEqual(verdicts('Nearly all of the 30 trainees – 20 of them – had finished.', 'quantifier', '20', '30'), ['inconsistent']);
  });
  it("keeps the framework's own band for a phrase it defines", () => {
    // hmip-omi-2007: 'almost all' is 85–100%; 27 of 30 = 90%.
    assert.deepEqual(verdicts('Almost all of the 30 trainees (27) had finished.', 'quantifier', '27', '30'), ['ok']);
  });
});

describe('numbers remainders: the whole in the sentence before, the parts after a short subject and verb', () => {
  it('judges the rest against the one count of the sentence before, past a year', () => {
    // 1,250 − 800 = 450: 'the remaining 540' is wrong, 'the remaining 450' right.
    assert.deepEqual(verdicts('In 2021/22 the team reviewed 1,250 referrals. They accepted 800, and the remaining 540 were closed.', 'remainder', '540'), ['inconsistent']);
    assert.deepEqual(verdicts('In 2021/22 the team reviewed 1,250 referrals. They accepted 800, and the remaining 450 were closed.', 'remainder', '450'), ['ok']);
  });
  it('reads a first count that opens its clause as a part, not a whole', () => {
    // 60 − 52 = 8: 'the other nine' is wrong.
    assert.deepEqual(verdicts('We requested 60 action plans. We received 52 by the deadline; the other nine are late.', 'remainder', 'nine'), ['inconsistent']);
  });
  it('does not report a part that names another group', () => {
    // 12 staff are not a part of 30 prisons: not judged.
    assert.deepEqual(verdicts('We visited 30 prisons. We interviewed 12 staff; the other 40 were away.', 'remainder', '40').filter((v) => v === 'inconsistent'), []);
  });
});

describe('numbers changes: a cue word with an adverb, and an improvement', () => {
  it("reads 'rose the most, by P%' and 'an improvement of N percentage points'", () => {
    // 200 → 250 is +25%: 'by 25%' right, 'by 35%' wrong.
    assert.deepEqual(verdicts('Referrals for housing advice rose the most, by 35%, from 200 in 2020 to 250.', 'change', '35%'), ['inconsistent']);
    assert.deepEqual(verdicts('Referrals for housing advice rose the most, by 25%, from 200 in 2020 to 250.', 'change', '25%'), ['ok']);
    // 61% → 68% is 7 points (6 to 8 with rounding): 9 points cannot be.
    assert.deepEqual(verdicts('Timely reviews went from 61% of cases in 2019 to 68% in 2022, an improvement of 9 percentage points.', 'change', '68%').filter((v) => v !== 'unchecked'), ['inconsistent']);
    assert.deepEqual(verdicts('Timely reviews went from 61% of cases in 2019 to 68% in 2022, an improvement of 7 percentage points.', 'change', '68%').filter((v) => v !== 'unchecked'), ['ok']);
  });
  it('between two percentages, a change in per cent may be relative or in points', () => {
    // 40% → 50%: 10 points, or 25% relative; 'an improvement of 25 per cent' fits the relative reading.
    assert.deepEqual(verdicts('Attendance went from 40% in 2019 to 50% in 2022, an improvement of 25 per cent.', 'change', '50%').filter((v) => v === 'inconsistent'), []);
  });
});

describe("numbers changes: the old figure after 'up from' before the change", () => {
  it('judges the change against the figure before and the one after up from, in either reading', () => {
    // 30% → 45%: 15 points, or 50% relative (46.7–53.4% with rounding). 'a rise of 80 per cent' fits neither.
    const s = (c: string) => `This year 45% of the homes had a named lead, up from 30% the year before, a rise of ${c} per cent.`;
    assert.deepEqual(verdicts(s('80'), 'change', '80 per cent'), ['inconsistent']);
    // 50 fits the relative reading, 15 the points reading: neither is reported.
    assert.deepEqual(verdicts(s('50'), 'change', '50 per cent'), ['ok']);
    assert.deepEqual(verdicts(s('15'), 'change', '15 per cent'), ['ok']);
  });
});

describe("numbers changes: the new count after 'there were' just before the change", () => {
  it('judges a right change; a wrong one is reported when both counts open parallel clauses of one group', () => {
    // 400 → 300 is −25%. 'there were 400 homes …; … there were 300': the old count is marked as such (plain-change-mean).
    const s = (c: string) => `In 2010 there were 400 homes on the register; by the end of 2015/16 there were 300, a fall of ${c}%.`;
    assert.deepEqual(verdicts(s('25'), 'change', '25%'), ['ok']);
    assert.deepEqual(verdicts(s('40'), 'change', '40%'), ['inconsistent']);
    // The old count opens no parallel clause: it is a guess, only listed.
    const t = (c: string) => `In 2010 we registered 400 homes; by the end of 2015/16 there were 300, a fall of ${c}%.`;
    assert.deepEqual(verdicts(t('40'), 'change', '40%'), ['unchecked']);
  });
});
