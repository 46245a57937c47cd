/**
 * Ratios, hedges, changes, multiples, quantifiers and quoted grades in more of their English (issue 9,
 * families 6, 7, 9, 10 and 13), sixth round, helper rat. Every sentence is our own; arithmetic in the
 * comments. Each reading has an ok and a not-ok example, and a trap that must stay silent.
 */
import * as assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const judged = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind && c.verdict !== 'unchecked');

describe('numbers: rat, sixth round', () => {
  describe('a fraction more or fewer is a multiple of the pair', () => {
    it("'a third fewer: 42, against 63'", () => {
      // 42 / 63 = 2/3: a third fewer.
      const ok = 'There were a third fewer restraint incidents at the home this year: 42, against 63 the year before.';
      assert.deepEqual(rulesOf(ok), []);
      assert.ok(judged(ok, 'multiple').some((c) => c.verdict === 'ok'));
      // 50 / 63 = 0.79: 20.6% fewer, not a third.
      assert.deepEqual(rulesOf('There were a third fewer restraint incidents at the home this year: 50, against 63 the year before.'), ['numbers/change-mismatch']);
    });

    it("'a quarter more … (250) than … (200)', hedged or not", () => {
      // (250 − 200) / 200 = 25%.
      assert.deepEqual(rulesOf('The youth offending team took a quarter more referrals this year (250) than last year (200).'), []);
      // (280 − 200) / 200 = 40%: not a quarter.
      assert.deepEqual(rulesOf('The youth offending team took a quarter more referrals this year (280) than last year (200).'), ['numbers/change-mismatch']);
      // (52 − 37) / 52 = 28.8% fewer: nearly a third (a little under 33.3%).
      assert.deepEqual(rulesOf('Nearly a third fewer children were placed out of the county (37) than in the year before (52).'), []);
    });

    it("no pair from 'k of the n'", () => {
      // 45 of the 60 is a part and its whole, not two figures compared.
      assert.deepEqual(rulesOf('Inspectors made a third fewer visits this year, and found 45 of the 60 homes compliant.'), []);
    });
  });

  describe('a multiple', () => {
    it("takes 'around P%' within the hedge's reach", () => {
      // around 38% (33–43) over 19%: 1.69–2.32, which 'twice' (1.8–2.2) meets.
      assert.deepEqual(rulesOf('Around 38% of the ratings given were requires improvement – twice the 19% of services rated that way now.'), []);
      // around 58% (53–63) over 19%: 2.7 at least, not twice.
      assert.deepEqual(rulesOf('Around 58% of the ratings given were requires improvement – twice the 19% of services rated that way now.'), ['numbers/change-mismatch']);
    });

    it('takes no base from a clause before its own, nor when only the new level is given', () => {
      // 19% is the turnover of 2022, not the vacancy rate; 'doubled to 14%' gives no old level.
      assert.deepEqual(rulesOf('Staff turnover was 28% in 2023, compared with 19% in 2022, and the vacancy rate doubled to 14%.'), []);
    });
  });

  describe('a change', () => {
    it("'up by d on the old', the new figure before it", () => {
      // 1,046 − 960 = 86.
      assert.deepEqual(rulesOf('The prison held 1,046 men on remand at the end of March, up by 86 on the 960 held a year earlier.'), []);
      // 1,046 − 960 = 86, not 96.
      assert.deepEqual(rulesOf('The prison held 1,046 men on remand at the end of March, up by 96 on the 960 held a year earlier.'), ['numbers/change-mismatch']);
    });

    it("a fraction change with a hedge or another verb: 'has gone up by a fifth', 'grew by nearly a third'", () => {
      // 372 / 310 = 1.2: up a fifth.
      assert.deepEqual(rulesOf('The number of children looked after by the council has gone up by a fifth, from 310 to 372.'), []);
      // (4,700 − 3,600) / 3,600 = 30.6%: nearly a third.
      assert.deepEqual(rulesOf('Waiting lists for care assessments grew by nearly a third, from 3,600 to 4,700.'), []);
      // (4,900 − 3,600) / 3,600 = 36.1%: over a third, so not 'nearly'.
      assert.deepEqual(rulesOf('Waiting lists for care assessments grew by nearly a third, from 3,600 to 4,900.'), ['numbers/change-mismatch']);
    });

    it('a fraction change between rounded figures or amounts of money', () => {
      // (8.4 − 6.3) / 8.4 = 25% (23.9%–26.0% over the roundings).
      assert.deepEqual(rulesOf('Staff absence fell by a quarter in the year to March, from 8.4% to 6.3%.'), []);
      // (8.4 − 7.3) / 8.4 = 13.1%: not a quarter.
      assert.deepEqual(rulesOf('Staff absence fell by a quarter in the year to March, from 8.4% to 7.3%.'), ['numbers/change-mismatch']);
      // (1.6 − 1.2) / 1.2 = 33.3% (24%–43% over the roundings): a third; not a half.
      assert.deepEqual(rulesOf('Spending on agency staff rose by a third, from £1.2 million to £1.6 million.'), []);
      assert.deepEqual(rulesOf('Spending on agency staff rose by a half, from £1.2 million to £1.6 million.'), ['numbers/change-mismatch']);
    });

    it("money against the amount after the change's comparison", () => {
      // (4.2 − 3.5) / 3.5 = 20% (16.9%–23.2% over the roundings).
      assert.deepEqual(rulesOf('The council spent £4.2 million on agency social workers in 2023/24, up 20% on the £3.5 million it spent the year before.'), []);
      // not 15%.
      assert.deepEqual(rulesOf('The council spent £4.2 million on agency social workers in 2023/24, up 15% on the £3.5 million it spent the year before.'), ['numbers/change-mismatch']);
      // (800,000 − 890,000) / 890,000 = −10.1%: 10% less; not 20%.
      assert.deepEqual(rulesOf('The trust spent £800,000 on locum doctors, 10% less than the £890,000 of the year before.'), []);
      assert.deepEqual(rulesOf('The trust spent £800,000 on locum doctors, 20% less than the £890,000 of the year before.'), ['numbers/change-mismatch']);
    });

    it('an amount of another clause is not the new figure', () => {
      // £12 million is the budget; the 15% is of the agency spending, whose new amount is not given.
      assert.deepEqual(rulesOf("The council's budget was £12 million, and spending on agency staff rose 15% on the £2 million it spent before."), []);
    });

    it("a 'from' of a clause joined on after the change is that clause's", () => {
      // 1,850 → 1,930 is officers; the 6% is of recorded crime, whose old figure is not given.
      assert.deepEqual(rulesOf('Recorded crime in the force area rose by 6% to 48,200, while the number of police officers was 1,930, from 1,850 the year before.'), []);
      // The from of the change's own clause is still read: (1,624 − 1,450) / 1,450 = 12%, not 8%.
      assert.deepEqual(rulesOf('Referrals to the adult protection team increased by 8%, from 1,450 in 2022 to 1,624 in 2023.'), ['numbers/change-mismatch']);
    });

    it("a fraction change takes no pair of another clause: 'by a fifth; … rose by 15 per cent, from … to …'", () => {
      // (4,885 − 4,255) / 4,255 = 14.8%: the 15 per cent's, not the fifth's.
      assert.deepEqual(rulesOf('The share of grades changed has gone up by a fifth; challenges rose by 15 per cent, from 4,255 to 4,885.'), []);
    });

    it('a percentage with its cue after it is another change', () => {
      // 946 is the 2019 figure of the 30%: (1,230 − 946) / 946 = 30.0%; the 14% has no old figure written.
      assert.deepEqual(rulesOf('The service received 1,230 referrals in 2023, 14% more than in 2022 and 30% more than the 946 in 2019.'), []);
      // (1,230 − 946) / 946 = 30.0%, not 40%.
      assert.deepEqual(rulesOf('The service received 1,230 referrals in 2023, 14% more than in 2022 and 40% more than the 946 in 2019.'), ['numbers/change-mismatch']);
    });
  });

  describe("'close to' is a hedge", () => {
    it('reads as around', () => {
      // 82 / 215 = 38.1%: close to 40% (35%–45%).
      assert.deepEqual(rulesOf('Close to 40% of the 215 households placed in bed and breakfast (82) had children.'), []);
      // 62 / 215 = 28.8%: not close to 40%.
      assert.deepEqual(rulesOf('Close to 40% of the 215 households placed in bed and breakfast (62) had children.'), ['numbers/fraction-mismatch']);
    });
  });

  describe('a quantifier', () => {
    it('with a year among the words of its group', () => {
      // 86% is a majority; 46% is not.
      assert.deepEqual(rulesOf('The majority of those surveyed in 2022 (86%) said staff explained things in a way they understood.'), []);
      assert.deepEqual(rulesOf('The majority of those surveyed in 2022 (46%) said staff explained things in a way they understood.'), ['numbers/quantifier-mismatch']);
    });

    it('whose count in brackets closes the sentence it opens', () => {
      // 17 / 24 = 70.8%: most.
      assert.deepEqual(rulesOf('Most of the 24 men held in the unit during the inspection, several of whom had been there for months, told us that staff treated them well (17).'), []);
      // 16 / 36 = 44.4%: not a majority.
      assert.deepEqual(rulesOf('The majority of the 36 residents who answered, including some who had lived there for over ten years, said they could choose when to get up (16).'), ['numbers/quantifier-mismatch']);
    });

    it('but not a bracket after a legal label or a reference taken out', () => {
      assert.deepEqual(rulesOf('Most of the 30 staff had completed the training required by Regulation 18 (2).'), []);
      assert.deepEqual(rulesOf('Most of the 30 staff had read the guidance in section 4 (11).'), []);
      // A year before the bracket is the group's period: 18 / 38 = 47.4%, nearly half.
      assert.deepEqual(rulesOf('Nearly half of the 38 schools we inspected in 2023-2024 (18) needed some form of follow-up.'), []);
    });

    it('nor a bracket after a clause of another subject', () => {
      assert.deepEqual(rulesOf('Most of the 36 residents said they were happy, and staff said the home was clean (16).'), []);
    });
  });

  describe('a ratio', () => {
    it("'one in four of them … (k)' with the group counted in the sentence before", () => {
      // 24 / 96 = 25%: one in four.
      assert.deepEqual(rulesOf('The inspectorate sampled 96 files. One in four of them had no signed consent form (24).'), []);
      // 34 / 96 = 35.4%: not one in four.
      assert.deepEqual(rulesOf('The inspectorate sampled 96 files. One in four of them had no signed consent form (34).'), ['numbers/fraction-mismatch']);
      // Two groups before: 'them' is not known.
      assert.deepEqual(rulesOf('The inspectorate sampled 96 files and 40 staff. One in four of them had no signed consent form (34).'), []);
    });
  });

  describe("a fraction closing a count's clause, 'F of them'", () => {
    it('is that count\'s share of its group', () => {
      // 12 / 18 = 66.7%: two thirds.
      assert.deepEqual(rulesOf('Of the 18 people whose medicines records we checked, 12 had gaps in their records, two thirds of them.'), []);
      // 14 / 40 = 35%: not nearly half.
      assert.deepEqual(rulesOf('Of the 40 children we met, 14 had been excluded from school, nearly half of them.'), ['numbers/fraction-mismatch']);
      // 'half of them in the last year' is a share of the exclusions, not of the children.
      assert.deepEqual(rulesOf('Of the 40 children we met, 14 had been excluded, half of them in the last year.'), []);
    });
  });

  describe('a quoted grade', () => {
    it("with the count's noun before 'received a grade of'", () => {
      // 9 / 75 = 12%.
      assert.deepEqual(rulesOf('Nine settings received a grade of "weak", 12% of the 75 inspected.'), []);
      // 9 / 75 = 12%, not 15%.
      assert.deepEqual(rulesOf('Nine settings received a grade of "weak", 15% of the 75 inspected.'), ['numbers/percentage-mismatch']);
    });
  });
});
