/**
 * Shares that partition one whole (by bands of a grade scale, the answers to one
 * survey question, a list closed by 'the remaining'), a band broken down by its
 * grades, and changes, multiples and means in shapes the earlier readers missed.
 * Sentences written for these tests; arithmetic by hand.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const verdicts = (finding: string, kind: string, judgedOnly = true) =>
  claimsOf(finding)
    .filter((c) => c.kind === kind && (!judgedOnly || c.verdict !== 'unchecked'))
    .map((c) => c.verdict);

describe('numbers: shares by bands of a grade scale (band-shares)', () => {
  it('single grades and an open band that cover the scale must make 100%', () => {
    // 8 + 40 + 52 = 100.
    assert.deepEqual(verdicts('Of the colleges inspected this term, 8% were inadequate, 40% were satisfactory and 52% were good or better.', 'shares-sum'), ['ok']);
    // 8 + 36 + 52 = 96: every grade is named, so 4% is missing.
    assert.deepEqual(rulesOf('Of the colleges inspected this term, 8% were inadequate, 36% were satisfactory and 52% were good or better.'), ['numbers/parts-sum']);
    // 8 + 46 + 52 = 106: bands that do not overlap cannot exceed 100%.
    assert.deepEqual(rulesOf('Of the colleges inspected this term, 8% were inadequate, 46% were satisfactory and 52% were good or better.'), ['numbers/parts-sum']);
  });
  it("bands written 'at least good' and 'less than good' cover the scale between them", () => {
    assert.deepEqual(verdicts('Of the homes inspected, 68% were at least good and 32% were less than good.', 'shares-sum'), ['ok']);
    // 62 + 30 = 92.
    assert.deepEqual(rulesOf('Of the homes inspected, 62% were at least good and 30% were less than good.'), ['numbers/parts-sum']);
  });
  it("trap: two bands that leave a grade out ('at least good', 'inadequate') are not judged short", () => {
    assert.deepEqual(rulesOf('Of the homes inspected, 62% were at least good and 30% were inadequate.'), []);
  });
  it("the grade written before each share: 'met in P1% of cases, partly met in P2% and not met in P3%'", () => {
    assert.deepEqual(verdicts('The standard was met in 60% of cases, partly met in 30% and not met in 10%.', 'shares-sum'), ['ok']);
    // 60 + 30 + 15 = 105.
    assert.deepEqual(rulesOf('The standard was met in 60% of cases, partly met in 30% and not met in 15%.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Teaching was good in 60% of lessons, satisfactory in 30% and inadequate in 15%.'), ['numbers/parts-sum']);
  });
  it('trap: grades of two subjects, or of two years, are not one list', () => {
    assert.deepEqual(rulesOf('The standard was met in 60% of cases and the plan was not met in 45% of them.'), []);
    assert.deepEqual(rulesOf('Safety was good in 60% of wards, and leadership was inadequate in 50%.'), []);
    assert.deepEqual(rulesOf('Provision was good in 70% of schools in 2019 and inadequate in 40% in 2020.'), []);
  });
  it('a share of an earlier year in brackets is left out of the list', () => {
    // 5 + 45 + 50 = 100; the 7% is last year's.
    assert.deepEqual(verdicts('Of the schools inspected, 5% were inadequate (down from 7% last year), 45% were satisfactory and 50% were good or better.', 'shares-sum'), ['ok']);
  });
  it('overlapping bands: only the one disjoint covering pair is read, and only confirmed', () => {
    // 96 (satisfactory or better) + 4 (inadequate) = 100; 70% good or outstanding overlaps the 96%.
    assert.deepEqual(verdicts('Nearly all the nurseries inspected (96%) provide satisfactory or better care, and 70% are good or outstanding; care is inadequate in 4% of them.', 'shares-sum'), ['ok']);
    // 96 + 7 = 103: listed, not reported.
    assert.deepEqual(rulesOf('Nearly all the nurseries inspected (96%) provide satisfactory or better care, and 70% are good or outstanding; care is inadequate in 7% of them.'), []);
  });
  it('across two sentences: two bands that cover the scale are confirmed', () => {
    // 58 + 42 = 100 on a six-point scale.
    const ok = 'In all, 58 per cent of the schools visited give good, very good or outstanding teaching. Too much remains to do in the 42 per cent of schools graded satisfactory, inadequate or unsatisfactory.';
    assert.deepEqual(verdicts(ok, 'shares-sum'), ['ok']);
    const off = 'In all, 58 per cent of the schools visited give good, very good or outstanding teaching. Too much remains to do in the 47 per cent of schools graded satisfactory, inadequate or unsatisfactory.';
    assert.deepEqual(rulesOf(off), []);
  });
  it('trap: a shortfall when a grade of the scale is not named is not judged', () => {
    // Excellent/good + adequate leave 'unsatisfactory' unnamed: 70 + 25 = 95 may be right.
    assert.deepEqual(rulesOf('In secondary schools, 70% were good or better and 25% adequate.'), []);
  });
  it('trap: bands that overlap with no covering subset, or shares of two years, are not read', () => {
    assert.deepEqual(rulesOf('Among the centres, 30% were good or better and 75% were satisfactory or better.'), []);
    assert.deepEqual(rulesOf('In 2019, 8% were inadequate; in 2020, 36% were satisfactory and 52% were good or better.'), []);
  });
  it("trap: 'P1% had X, and P2% had Y' of different measures is no partition", () => {
    assert.deepEqual(rulesOf('Of the cases inspected, 60% had a plan that was good or better, and 50% had been reviewed.'), []);
    assert.deepEqual(rulesOf('Of the homes inspected, 70% were good or better for safety and 45% were good or better for leadership.'), []);
  });
  it('trap: two measures of one group (different nouns) are not summed', () => {
    assert.deepEqual(rulesOf('Of the nurseries inspected, 70% provide good or better leadership and 40% provide inadequate teaching.'), []);
  });
});

describe('numbers: a band broken down by its grades (band-breakdown)', () => {
  it("'P% were rated G1 (P1%) or G2 (P2%)': the grades' shares add up to the band's", () => {
    // 12 + 24 = 36.
    assert.deepEqual(verdicts('Just over a third of wards (36%) were rated inadequate (12%) or requires improvement (24%) this year.', 'shares-sum'), ['ok']);
    // 12 + 29 = 41, not 36.
    assert.deepEqual(rulesOf('Just over a third of wards (36%) were rated inadequate (12%) or requires improvement (29%) this year.'), ['numbers/parts-sum']);
  });
  it('trap: brackets after words that are not grades are not a breakdown', () => {
    assert.deepEqual(rulesOf('About 36% of wards were rated by the team (12%) or by the trust (29%) this year.'), []);
  });
});

describe('numbers: the answers to one survey question (survey-answers)', () => {
  it("'Asked how …, P1% said A, P2% said B and P3% said they did not know': one answer each", () => {
    assert.deepEqual(verdicts('Asked how safe they felt on the wing, 62% of prisoners said very or quite safe, 30% said unsafe and 8% said they did not know.', 'shares-sum'), ['ok']);
    // 62 + 35 + 8 = 105.
    assert.deepEqual(rulesOf('Asked how safe they felt on the wing, 62% of prisoners said very or quite safe, 35% said unsafe and 8% said they did not know.'), ['numbers/parts-sum']);
  });
  it('a shortfall may leave out those who did not answer: not judged', () => {
    assert.deepEqual(rulesOf('Asked whether they had a named officer, 70% said yes and 20% said no.'), []);
  });
  it('trap: answers that are statements, or a question with several answers, are not summed', () => {
    assert.deepEqual(rulesOf('Asked how they were treated, 80% said staff were respectful and 60% said they were helpful.'), []);
    assert.deepEqual(rulesOf('Asked about their needs, 45% said housing, 40% said employment and 30% said money.'), []);
    // A yes/no question answered with nouns may have several answers a person.
    assert.deepEqual(rulesOf('Asked whether they needed help, 40% said housing, 30% said money and 45% said jobs.'), []);
  });
  it('a yes/no question answered yes and no: an excess is reported', () => {
    // 70 + 40 = 110.
    assert.deepEqual(rulesOf('Asked whether they felt safe, 70% said yes and 40% said no.'), ['numbers/parts-sum']);
    // 55 + 30 + 20 = 105.
    assert.deepEqual(rulesOf('Asked whether the plan was followed, 55% said yes, 30% said partly and 20% said no.'), ['numbers/parts-sum']);
  });
});

describe("numbers: shares closed by 'the remaining' over two sentences (remaining-shares)", () => {
  const lead = 'Local authorities run 30 per cent of the secure places, a share that has now fallen to a quarter (25 per cent).';
  it("the share a change ends on, with the next sentence's shares, makes 100%", () => {
    // 25 + 60 + 15 = 100.
    assert.deepEqual(verdicts(`${lead} Private firms run 60 per cent of places and charities the remaining 15 per cent.`, 'shares-sum'), ['ok']);
    // 25 + 68 + 15 = 108.
    assert.ok(rulesOf(`${lead} Private firms run 68 per cent of places and charities the remaining 15 per cent.`).includes('numbers/complement-mismatch'));
  });
  it('trap: a sentence before of another year with no change to the present is not taken as a part', () => {
    const claims = claimsOf('In 2015 local authorities ran 30 per cent of the secure places. Private firms run 60 per cent of places and charities the remaining 15 per cent.');
    assert.equal(claims.filter((c) => c.kind === 'shares-sum').length, 0);
  });
  it('trap: a sentence before about another whole is not taken as a part', () => {
    const claims = claimsOf('Local authorities ran 30 per cent of the day centres, a share that has now fallen to a quarter (25 per cent). Private firms run 60 per cent of places and charities the remaining 15 per cent.');
    assert.equal(claims.filter((c) => c.kind === 'shares-sum').length, 0);
  });
});

describe('numbers: changes, multiples and means (shares-change-3)', () => {
  it("'a rise of D percentage points on last year's P1%': the old figure after a possessive period", () => {
    assert.deepEqual(verdicts("58% of the homes are now good, a rise of five percentage points on last year's 53%.", 'change'), ['ok']);
    assert.deepEqual(rulesOf("58% of the homes are now good, a rise of three percentage points on last year's 53%."), ['numbers/change-mismatch']);
  });
  it("'doubled …, from X to Y per cent': the first figure takes the percentage's unit", () => {
    assert.deepEqual(verdicts('The share of wards with a vacancy has doubled in two years, from 14 to 28 per cent.', 'multiple'), ['ok']);
    assert.deepEqual(rulesOf('The share of wards with a vacancy has doubled in two years, from 14 to 35 per cent.'), ['numbers/change-mismatch']);
  });
  it("'rose from X to Y per cent, a rise of D percentage points': the old figure takes the unit too", () => {
    assert.deepEqual(verdicts('The share of homes rated good rose from 30 to 45 per cent, a rise of 15 percentage points.', 'change'), ['ok']);
    assert.deepEqual(rulesOf('The share of homes rated good rose from 30 to 45 per cent, a rise of 12 percentage points.'), ['numbers/change-mismatch']);
    // Counts stay counts: (45 - 30) / 30 = 50%.
    assert.deepEqual(verdicts('The number of homes rose from 30 to 45, a rise of 50 per cent.', 'change'), ['ok']);
  });
  it("'over the three years … an average of M a year': a mean per period of the periods named", () => {
    assert.deepEqual(verdicts('Over the three years before the visit the unit recorded 12, 18 and 15 restraints, an average of 15 a year.', 'mean'), ['ok']);
    assert.deepEqual(rulesOf('Over the three years before the visit the unit recorded 12, 18 and 15 restraints, an average of 17 a year.'), ['numbers/mean-mismatch']);
  });
  it('trap: a mean per another period, or over a number of periods that is not the list, stays a rate', () => {
    assert.deepEqual(rulesOf('Over the three years before the visit the unit recorded 12, 18 and 15 restraints, an average of 17 a month.'), []);
    assert.deepEqual(rulesOf('Over the four years the unit recorded 12, 18 and 15 restraints, an average of 17 a year.'), []);
  });
  it("a year-like number alone in brackets after 'a third of them' is its count", () => {
    // 2004 / 6,120 = 32.7%, about a third.
    const text = 'The register holds 6120 services, and a third of them (2004) have been inspected so far.';
    assert.ok(claimsOf(text).some((c) => c.kind === 'fraction' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '2004')));
    assert.deepEqual(rulesOf(text), []);
  });
  it("'Of these, k (P%)' after a sentence that counts the group last: confirmed on the count that fits", () => {
    const ok = 'The register holds 6120 services, and a third of them (2004) have been inspected so far. Of these, just nine (0.4%) were rated poor.';
    // 9 / 2,004 = 0.449% -> 0.4%.
    assert.ok(claimsOf(ok).some((c) => c.kind === 'percent-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '2004')));
  });
});
