/**
 * The relation readers of server/src/core/numbers/relations: changes,
 * multiples and parts of a whole. Sentences written for these tests; the
 * expected verdicts are worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

const verdictOf = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);

describe('numbers relations: changes (family 12)', () => {
  it('judges a relative change between exact counts', () => {
    // (2300 − 2000) / 2000 = 15%
    assert.deepEqual(verdictOf('Referrals rose by 15% to 2,300, from 2,000 the year before.', 'change'), ['ok']);
    // (1230 − 1200) / 1200 = 2.5%
    assert.deepEqual(verdictOf('Places saw an increase of 2.5% from 1,200 to 1,230.', 'change'), ['ok']);
    // (4505 − 3788) / 3788 = 18.93% → 19%, not 20%
    assert.deepEqual(verdictOf('Concerns raised with us rose by 20% over the year, to 4,505 from 3,788.', 'change'), ['inconsistent']);
    assert.ok(rulesOf('Concerns raised with us rose by 20% over the year, to 4,505 from 3,788.').includes('numbers/change-mismatch'));
  });
  it('reads the old figure after than, on or compared with', () => {
    // (1470 − 1400) / 1400 = 5%, not 7%
    assert.deepEqual(verdictOf('Emergency admissions were 7% higher than a year earlier, at 1,470 compared with 1,400.', 'change'), ['inconsistent']);
    // (1147 − 1129) / 1129 = 1.59% → 1.6%; 1.5% only by truncation: a convention
    assert.deepEqual(verdictOf('Upheld complaints numbered 1,147, an increase of 1.5% on the 1,129 of the previous year.', 'change'), ['convention']);
    // (1150 − 1129) / 1129 = 1.86% → 1.9%, not 1.5%
    assert.deepEqual(verdictOf('Upheld complaints numbered 1,150, an increase of 1.5% on the 1,129 of the previous year.', 'change'), ['inconsistent']);
  });
  it('checks a written absolute change and its percentage', () => {
    // 69,310 − 68,554 = 756; 756 / 68,554 = 1.10% → 1%
    assert.deepEqual(verdictOf('In all 69,310 children were looked after, up by 756, or 1%, from 68,554.', 'change'), ['ok']);
    assert.deepEqual(verdictOf('In all 69,310 children were looked after, up by 756, or 3%, from 68,554.', 'change'), ['inconsistent']);
  });
  it('accepts points or relative change between two percentages', () => {
    // 72 − 60 = 12 points; (72 − 60) / 60 = 20%
    assert.deepEqual(verdictOf('The share of good plans rose from 60% to 72%, an increase of 12 percentage points.', 'change'), ['ok']);
    assert.deepEqual(verdictOf('The share of good plans rose from 60% to 72%, an increase of 20%.', 'change'), ['ok']);
    assert.deepEqual(verdictOf('The share of good plans rose from 60% to 72%, an increase of 15 percentage points.', 'change'), ['inconsistent']);
  });
  it('judges a change by a fraction', () => {
    // (48 − 40) / 48 = 16.7%, not about 25%
    assert.deepEqual(verdictOf('Unfilled vacancies fell by a quarter, from 48 to 40.', 'change'), ['inconsistent']);
    // (40 − 30) / 40 = 25%
    assert.deepEqual(verdictOf('Unfilled vacancies fell by a quarter, from 40 to 30.', 'change'), ['ok']);
  });
  it('leaves hedged or missing old figures alone', () => {
    assert.deepEqual(rulesOf('Serious assaults went up by 31% to almost 3,000.'), []);
    assert.deepEqual(rulesOf('There were more than 20,000 assaults, 27% more than in the year before.'), []);
    assert.deepEqual(rulesOf('Homicides rose by 50%, from four in 2014-15 to six in 2015-16.'), []);
  });
});

describe('numbers relations: multiples (family 12)', () => {
  it('compares the larger figure with the smaller', () => {
    // 18.2 / 9.1 = 2
    assert.deepEqual(verdictOf('Young adults were twice as likely to be breached (18.2% against 9.1%).', 'multiple'), ['ok']);
    // 280 / 140 = 2; 250 / 140 = 1.79
    assert.deepEqual(verdictOf('Cases with a protection plan doubled, from 140 to 280.', 'multiple'), ['ok']);
    assert.deepEqual(verdictOf('Cases with a protection plan doubled, from 140 to 250.', 'multiple'), ['inconsistent']);
    // 63 / 30 = 2.1: halved
    assert.deepEqual(verdictOf('The share who felt unsafe had halved, from 63 per cent to 30 per cent.', 'multiple'), ['ok']);
  });
  it('reads hedges on a multiple', () => {
    // 17 / 7 = 2.43 > 2; 17 / 9 = 1.89
    assert.deepEqual(verdictOf('Schools were more than twice as likely to be outstanding (7 per cent then, 17 per cent now).', 'multiple'), ['ok']);
    // 17 / 10 = 1.7 (at most 17.5 / 9.5 = 1.84 with rounding); 9 and 17 would not be decidable: 17.5 / 8.5 > 2
    assert.deepEqual(verdictOf('Schools were more than twice as likely to be outstanding (10 per cent then, 17 per cent now).', 'multiple'), ['inconsistent']);
    assert.deepEqual(verdictOf('Schools were more than twice as likely to be outstanding (9 per cent then, 17 per cent now).', 'multiple'), ['ok']);
    // 34.1 / 12.3 = 2.77: almost three times
    assert.deepEqual(verdictOf('Pupils on free meals were almost three times as likely to be absent (34.1% against 12.3%).', 'multiple'), ['ok']);
  });
});

describe('numbers relations: parts of a whole (family 13)', () => {
  it('adds counts written as a partition', () => {
    // 29 + 6 + 7 + 1 = 43
    assert.deepEqual(verdictOf('Of the 43 areas assessed, 29 were graded good, six outstanding, seven requires improvement and one inadequate.', 'parts-sum'), ['ok']);
    // 29 + 6 + 8 + 1 = 44
    assert.deepEqual(verdictOf('Of the 43 areas assessed, 29 were graded good, six outstanding, eight requires improvement and one inadequate.', 'parts-sum'), ['inconsistent']);
    // 15 + 8 + 6 = 29
    assert.deepEqual(verdictOf('The 27 settings inspected comprised 15 nurseries, eight playgroups and six childminders.', 'parts-sum'), ['inconsistent']);
  });
  it('checks a breakdown in brackets', () => {
    // 3 + 1 = 4
    assert.deepEqual(verdictOf("Of the ten services rated, four were 'Good' (three in the north and one in the south) and six 'Requires improvement'.", 'parts-sum'), ['ok', 'ok']);
  });
  it('does not judge parts that may overlap or leave some out', () => {
    // Own verbs: a plan and a review may both apply to one case.
    assert.deepEqual(rulesOf('Of the 40 cases, 30 had a plan and 25 had been reviewed.'), []);
    // Two named categories of more.
    assert.deepEqual(rulesOf("Of the 108 services inspected, 55 have been rated 'Good' and 12 'Outstanding'."), []);
    assert.deepEqual(rulesOf('Of the 30 cases, 20 were seen within 10 days and in 15 of these the plan was good.'), []);
  });
  it('adds shares of one whole to 100 within rounding', () => {
    // 2 + 77 + 19 + 2 = 100
    assert.deepEqual(verdictOf('Of the services, 2% are rated outstanding, 77% good, 19% requires improvement and 2% inadequate.', 'shares-sum'), ['ok']);
    // 45 + 39.5 + 15.6 = 100.1, within 1.5 halves
    assert.deepEqual(verdictOf('Of the decisions, 45% fully met the standard, a further 39.5% partly met it and 15.6% did not meet it.', 'shares-sum'), ['ok']);
    // 62 + 16 + 6 + 21 = 105
    assert.deepEqual(verdictOf('Of the complaints, 62% went to the inspector, 16% were resolved by the service, 6% were investigated by the service and 21% were investigated by us.', 'shares-sum'), ['inconsistent']);
  });
  it('does not add overlapping or cumulative shares', () => {
    assert.deepEqual(rulesOf('Of the schools, 94 per cent were satisfactory or better, 74 per cent good or better and 32 per cent very good.'), []);
    // 86 = 21 + 65: a whole and its parts
    assert.deepEqual(verdictOf('By the end of August, 86% of schools were good or outstanding: 21% outstanding and 65% good.', 'shares-sum'), ['ok']);
  });
});

describe('numbers relations: one finding for one wrong list (issue 9)', () => {
  for (const finding of [
    'Of the 30 cases, 19 had a plan, four had one in draft and the remaining eight had none.',
    'We followed up 37 recommendations: 18 had been achieved, 6 partly achieved and the remaining 12 not achieved.',
    'Of the 41 complaints, 25 were upheld, nine were partly upheld and the other six were not upheld.',
  ]) {
    it(`reports '${finding.slice(0, 40)}…' once, as the rest`, () => {
      const diags = numbersDiagnostics(reportWith([finding]));
      assert.deepEqual(diags.map((d) => d.ruleId), ['numbers/complement-mismatch']);
      const sums = claimsOf(finding).filter((c) => c.kind === 'parts-sum' || c.kind === 'remainder');
      assert.equal(sums.length, 1);
    });
  }
});

describe('numbers relations: more changes (issue 9, family 12)', () => {
  it('allows two rounded percentages only a point of slack in their difference', () => {
    // 23% − 14% lies in (8, 10) points: 9 and 10 fit, 11 does not.
    const f = (x: string) => `The share of services judged weak has gone from 14% to 23% since the last round, an increase of ${x} percentage points.`;
    assert.deepEqual(verdictOf(f('9'), 'change'), ['ok']);
    assert.deepEqual(verdictOf(f('10'), 'change'), ['ok']);
    assert.deepEqual(rulesOf(f('11')), ['numbers/change-mismatch']);
  });

  it("reads the figure after 'up from' or 'down from' as the old one, wherever it stands", () => {
    // 41% − 29% = 12 points; 'down from' the other way round: 29% − 41% = −12.
    assert.deepEqual(verdictOf('Good practice was seen in 41% of the homes, up from 29% last year, a rise of 12 percentage points.', 'change'), ['ok']);
    assert.deepEqual(rulesOf('Good practice was seen in 41% of the homes, up from 29% last year, a rise of 15 percentage points.'), ['numbers/change-mismatch']);
    assert.deepEqual(verdictOf('Delays affected 29% of the cases, down from 41% two years before, a fall of 12 percentage points.', 'change'), ['ok']);
  });

  it('finds the new figure by the written absolute change, even when it is written with "some"', () => {
    // 5,240 − 4,980 = 260; 260 / 4,980 = 5.2% → 5%.
    const f = (x: string) => `Some 5,240 adults were supervised across 12 areas, up by 260, or ${x}, from 4,980.`;
    assert.deepEqual(verdictOf(f('5%'), 'change'), ['ok']);
    assert.deepEqual(rulesOf(f('8%')), ['numbers/change-mismatch']);
  });

  it('judges a change between amounts of money, each rounded to its last written place', () => {
    // £2.4m → £3.0m: between (3.05 − 2.35)/2.35 = 29.8% and (2.95 − 2.45)/2.45 = 20.4%.
    assert.deepEqual(verdictOf('The cost of interpreters rose by 25%, from £2.4m to £3.0m.', 'change'), ['ok']);
    assert.deepEqual(rulesOf('The cost of interpreters rose by 40%, from £2.4m to £3.0m.'), ['numbers/change-mismatch']);
    // Different scales are not compared.
    assert.deepEqual(verdictOf('The cost of interpreters rose by 40%, from £2.4m to £3.0 billion.', 'change'), []);
  });

  it("judges an absolute change between counts ('71 more than … (2,071)')", () => {
    assert.deepEqual(verdictOf('At the end of March there were 1,318 registered providers, 46 more than a year earlier (1,272).', 'change'), ['ok']);
    assert.deepEqual(rulesOf('At the end of March there were 1,318 registered providers, 40 more than a year earlier (1,272).'), ['numbers/change-mismatch']);
    assert.deepEqual(verdictOf('The team received 615 referrals, 35 fewer than the 650 of the year before.', 'change'), ['ok']);
    assert.deepEqual(rulesOf('The team received 615 referrals, 35 more than the 650 of the year before.'), ['numbers/change-mismatch']);
  });

  it('lists, and does not report, a change whose old figure is only the other count of the sentence', () => {
    // 'grown to 1,900, a rise of 30%' with 1,500 earlier: 26.7%, but 1,500 might be some other whole.
    assert.deepEqual(verdictOf('In 2015 there were 1,500 places, and the number has since grown to 1,900, a rise of 27 per cent.', 'change'), ['ok']);
    assert.deepEqual(rulesOf('In 2015 there were 1,500 places, and the number has since grown to 1,900, a rise of 40 per cent.'), []);
  });
});
