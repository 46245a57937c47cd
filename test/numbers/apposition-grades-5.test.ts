/**
 * Apposition and grades in more of their English (issue 9, families 8 and 9): shapes met in our own
 * passages beyond the dev corpus. Every sentence is our own; arithmetic in the comments.
 */
import * as assert from 'node:assert/strict';
import { claimsOf, FM, numbersDiagnostics, reportWith } from './helpers.js';

const rules = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
/** A report whose summary restates a criterion's finding. */
const restating = (summary: string, finding: string) =>
  `${FM}# Summary\n\n${summary}\n\n# 2. Interventions\n\n## 2.1 Delivering the plan\n\nThe plan is delivered.\n\n60%\n\n### Areas for Improvement\n\n- (a) ${finding}\n\n### Conclusion\n\nThis criterion needs improvement.\n`;
const restated = (summary: string, finding: string) => numbersDiagnostics(restating(summary, finding)).map((d) => d.ruleId);
const judged = (finding: string) => claimsOf(finding).filter((c) => c.verdict !== 'unchecked');

describe('numbers: apposition and grades, fifth round', () => {
  describe('a fraction word set off after a figure is its share', () => {
    it('between dashes', () => {
      // 12 / 36 = 33.3%: a third.
      const ok = 'Of the 36 approved premises visited, 12 – a third – had a waiting list.';
      assert.deepEqual(rules(ok), []);
      assert.ok(judged(ok).some((c) => c.kind === 'fraction' && c.verdict === 'ok'));
      // 20 / 36 = 55.6%: not a third.
      assert.deepEqual(rules('Of the 36 approved premises visited, 20 – a third – had a waiting list.'), ['numbers/fraction-mismatch']);
    });

    it('in brackets', () => {
      // 17 / 34 = 50%: half.
      assert.deepEqual(rules('Of the 34 wards we visited, 17 (half) had a named lead for falls.'), []);
      // 25 / 34 = 73.5%: not half.
      assert.deepEqual(rules('Of the 34 wards we visited, 25 (half) had a named lead for falls.'), ['numbers/fraction-mismatch']);
    });

    it('between commas after a pair', () => {
      // 11 / 44 = 25%: a quarter.
      assert.deepEqual(rules('Eleven of the 44 young people, a quarter, were not in education or training.'), []);
      // 18 / 44 = 40.9%: not a quarter.
      assert.deepEqual(rules('Eighteen of the 44 young people, a quarter, were not in education or training.'), ['numbers/fraction-mismatch']);
    });

    it("is still no share in 'a third party' or 'the first half'", () => {
      assert.deepEqual(rules('Of the 20 referrals, 8 – a third party had made them – were late.'), []);
      assert.deepEqual(rules('In the first half, 14 of the 30 homes were visited.'), []);
    });
  });

  describe('a total written after the apposition closes belongs to the count', () => {
    it("'k, or nearly P, of the n'", () => {
      // 29 / 40 = 72.5%: nearly three-quarters.
      assert.deepEqual(rules('29, or nearly three-quarters, of the 40 nurseries had a trained first aider on site.'), []);
      // 19 / 40 = 47.5%: far from three-quarters.
      assert.deepEqual(rules('19, or nearly three-quarters, of the 40 nurseries had a trained first aider on site.'), ['numbers/fraction-mismatch']);
    });

    it('but a share with its own clause is not an apposition', () => {
      // 'nearly half of the 70 … were late' is a clause of its own, of the 70, not of 12.
      assert.deepEqual(rules('We read 12 files, nearly half of the 70 in the region were late.'), []);
    });
  });

  describe("'k, or P% of them,'", () => {
    it('is the share of the count it follows', () => {
      // 45 / 60 = 75%.
      assert.deepEqual(rules('Of the 60 custody suites, 45, or 75 per cent of them, had a working cell call system.'), []);
      // 45 / 60 = 75%, not 80%.
      assert.deepEqual(rules('Of the 60 custody suites, 45, or 80 per cent of them, had a working cell call system.'), ['numbers/percentage-mismatch']);
    });
  });

  describe('a grade and its share set off by a comma', () => {
    it('with a lower-case grade of a known scale', () => {
      // 9 / 36 = 25%.
      assert.deepEqual(rules('Of the 36 colleges inspected, 9 were judged outstanding, 25%.'), []);
      // 9 / 36 = 25%, not 30%.
      assert.deepEqual(rules('Of the 36 colleges inspected, 9 were judged outstanding, 30%.'), ['numbers/percentage-mismatch']);
    });

    it('with a quoted grade', () => {
      // 12 / 30 = 40%.
      assert.deepEqual(rules("Of the 30 centres, 12 were rated 'very good', 40%."), []);
      assert.deepEqual(rules("Of the 30 centres, 12 were rated 'very good', 48%."), ['numbers/percentage-mismatch']);
    });

    it('with the verb left out in a second part', () => {
      // 21 / 70 = 30%; 42 / 70 = 60%.
      assert.deepEqual(rules('Of the 70 childminders inspected, 21 were rated outstanding, 30 per cent, and 42 good, 60 per cent.'), []);
      // 42 / 70 = 60%, not 66%.
      assert.deepEqual(rules('Of the 70 childminders inspected, 21 were rated outstanding, 30 per cent, and 42 good, 66 per cent.'), ['numbers/percentage-mismatch']);
    });

    it('leaves a share that opens a clause of its own, and a word that is no grade', () => {
      // '26% were good' is a second clause, a share of its own.
      assert.deepEqual(rules('Of the 54 services inspected, 14 were judged outstanding, 31% were good.'), []);
      // 'late' is no grade of any scale: 31% may be of anything.
      assert.deepEqual(rules('Of the 54 reports, 14 were judged late, 31%.'), []);
    });
  });

  describe('other ways of giving a grade', () => {
    it("'described X as \"grade\" (P%)'", () => {
      // 66 / 300 = 22%.
      assert.deepEqual(rules('Of the 300 patients surveyed, 66 described the food as "poor" (22%).'), []);
      assert.deepEqual(rules('Of the 300 patients surveyed, 66 described the food as "poor" (28%).'), ['numbers/percentage-mismatch']);
    });

    it("'received a grade of \"grade\" (P%)'", () => {
      // 16 / 64 = 25%.
      assert.deepEqual(rules("Of the 64 schools visited, 16 received a rating of 'excellent' (25%)."), []);
      assert.deepEqual(rules("Of the 64 schools visited, 16 received a rating of 'excellent' (20%)."), ['numbers/percentage-mismatch']);
    });
  });

  describe("'of those …' and 'of which'", () => {
    it("'of those' with its group counted in the sentence before", () => {
      // 18 / 40 = 45%.
      assert.deepEqual(rules('We read 40 case files. In the end 18 files, 45% of those we read, had a sound plan.'), []);
      // 18 / 40 = 45%, not 55%.
      assert.deepEqual(rules('We read 40 case files. In the end 18 files, 55% of those we read, had a sound plan.'), ['numbers/percentage-mismatch']);
    });

    it("leaves 'of those' when the group counted before is of another noun", () => {
      // 'those we spoke to' are residents, not the 40 homes.
      assert.deepEqual(rules('We visited 40 homes. We found 12 residents, 55% of those we spoke to, had no plan.'), []);
    });

    it("the whole before 'of which'", () => {
      // 36 / 120 = 30%.
      assert.deepEqual(rules('The team received 120 referrals, of which 36, or 30%, came from the police.'), []);
      assert.deepEqual(rules('The team received 120 referrals, of which 36, or 40%, came from the police.'), ['numbers/percentage-mismatch']);
    });
  });

  describe('pairs and back-references', () => {
    it("'k cases out of n (P%)' is the pair's share", () => {
      // 18 / 24 = 75%.
      assert.deepEqual(rules('In 18 cases out of 24 (75%), the victim had been offered support.'), []);
      // 18 / 24 = 75%, not 70%: the message is about 18 of 24, not 24 of an unknown whole.
      const d = numbersDiagnostics(reportWith(['In 18 cases out of 24 (70%), the victim had been offered support.']));
      assert.deepEqual(d.map((x) => x.ruleId), ['numbers/percentage-mismatch']);
      assert.match(d[0]!.message, /18 of 24/);
    });

    it("'Of these, k – P% –' with the one group counted before", () => {
      // 27 / 36 = 75%.
      assert.deepEqual(rules('We read 36 case files. Of these, 27 – 75 per cent – had a plan.'), []);
      assert.deepEqual(rules('We read 36 case files. Of these, 27 – 80 per cent – had a plan.'), ['numbers/percentage-mismatch']);
      // Two groups before: 'these' is not known.
      assert.deepEqual(rules('We read 36 case files and met 20 staff. Of these, 27 – 80 per cent – had a plan.'), []);
    });
  });

  describe('a quantifier with its pair set off', () => {
    it('between commas', () => {
      // 26 / 40 = 65%: a majority.
      assert.deepEqual(rules('The majority, 26 of the 40 learners, had completed their course.'), []);
      // 16 / 40 = 40%: not a majority.
      assert.deepEqual(rules('The majority, 16 of the 40 learners, had completed their course.'), ['numbers/quantifier-mismatch']);
    });

    it('after its group named in words', () => {
      // 30 / 42 = 71.4%: most.
      assert.deepEqual(rules('Most of the parents we asked – 30 of the 42 – said communication was good.'), []);
      // 12 / 42 = 28.6%: not most.
      assert.deepEqual(rules('Most of the parents we asked – 12 of the 42 – said communication was good.'), ['numbers/quantifier-mismatch']);
    });

    it("but not a frame that opens the sentence ('In most cases, …')", () => {
      assert.deepEqual(rules('In most cases, 12 of the 42 files had a plan, and the rest were being written.'), []);
    });

    it("'nearly all n' and 'half the n' without 'of'", () => {
      // 46 / 48 = 95.8%: nearly all; 30 / 48 = 62.5%: not.
      assert.deepEqual(rules('Nearly all 48 wards visited (46) had a named lead for falls.'), []);
      assert.deepEqual(rules('Nearly all 48 wards visited (30) had a named lead for falls.'), ['numbers/quantifier-mismatch']);
      // 12 / 24 = 50%: half; 18 / 24 = 75%: not.
      assert.deepEqual(rules('Half the 24 teams (12) had cleared their backlog.'), []);
      assert.deepEqual(rules('Half the 24 teams (18) had cleared their backlog.'), ['numbers/fraction-mismatch']);
    });

    it("'almost all the n' without 'of', and a bare count between commas", () => {
      // 38 / 40 = 95%: almost all.
      assert.deepEqual(rules('Almost all the 40 residents we met (38) said staff were kind.'), []);
      // 22 / 40 = 55%: not almost all.
      assert.deepEqual(rules('Almost all the 40 residents we met (22) said staff were kind.'), ['numbers/quantifier-mismatch']);
      // 10 / 15 = 66.7%: two-thirds; 6 / 15 = 40%: not.
      assert.deepEqual(rules('Two-thirds of the 15 teams inspected, 10, had a clear plan.'), []);
      assert.deepEqual(rules('Two-thirds of the 15 teams inspected, 6, had a clear plan.'), ['numbers/fraction-mismatch']);
    });
  });

  describe('more grades', () => {
    it("a count with its noun, and ', or P% of the n'", () => {
      // 24 / 300 = 8%.
      assert.deepEqual(rules('24 nurseries were "inadequate", or 8 per cent of the 300 inspected.'), []);
      // 24 / 300 = 8%, not 11%.
      assert.deepEqual(rules('24 nurseries were "inadequate", or 11 per cent of the 300 inspected.'), ['numbers/percentage-mismatch']);
    });

    it("the grade before the count's noun: 'k \"good\" grades were awarded (P%)'", () => {
      // 45 / 150 = 30%.
      assert.deepEqual(rules('Of the 150 lessons seen, 45 "excellent" grades were awarded (30%).'), []);
      assert.deepEqual(rules('Of the 150 lessons seen, 45 "excellent" grades were awarded (36%).'), ['numbers/percentage-mismatch']);
    });

    it("'k/n = P%'", () => {
      // 18/24 = 75%.
      assert.deepEqual(rules('The share of staff with current training was 18/24 = 75%.'), []);
      assert.deepEqual(rules('The share of staff with current training was 18/24 = 72%.'), ['numbers/percentage-mismatch']);
    });

    it("'received the grade \"…\" (P%)'", () => {
      // 21 / 70 = 30%.
      assert.deepEqual(rules("Among the 70 centres, 21 received the grade 'very good' (30%)."), []);
      assert.deepEqual(rules("Among the 70 centres, 21 received the grade 'very good' (37%)."), ['numbers/percentage-mismatch']);
    });
  });

  describe('traps: shares that describe a part of the count, or another group', () => {
    it("'– half of them in London –' is a part of the count, not its share", () => {
      // 'half of them in London' is 6 of the 12; nothing says what share of 36 the 12 are.
      assert.deepEqual(rules('Of the 36 prisons, 12 – half of them in London – were overcrowded.'), []);
      assert.deepEqual(rules('Of the 50 schools, 20, a third of the total in 2019, were good.'), []);
    });

    it("'of those in England' names another group than the one counted", () => {
      assert.deepEqual(rules('We inspected 30 prisons. 12 prisons, 20% of those in England, were overcrowded.'), []);
      assert.deepEqual(rules('Of the 30 prisons, 12 prisons, 20% of those in England, were overcrowded.'), []);
    });

    it("after 'or', the words after 'of them' are the count's: 'k or P% of them about …'", () => {
      // 450 / 1,250 = 36%; a decimal share after 'or' is no rough range ('884 or 48.7%').
      assert.deepEqual(rules('The service handled 1,250 complaints in the year, 450 or 36.0% of them about delays.'), []);
      assert.deepEqual(rules('The service handled 1,250 complaints in the year, 450 or 46.0% of them about delays.'), ['numbers/percentage-mismatch']);
    });

    it("'a quarter of whom' is a share of the count, not the count's share", () => {
      assert.deepEqual(rules('Of the 60 staff, 20, a quarter of whom were new, had been trained.'), []);
    });

    it('a share after a grade that goes on with words of its own', () => {
      assert.deepEqual(rules('Of the 80 practices, 20 were rated good, 35% more than last year.'), []);
      assert.deepEqual(rules('Of the 54 services, 14 were judged outstanding, 31% of them in the north.'), []);
    });
  });

  describe('a summary that restates a finding as a ratio', () => {
    it("'one in four' restates 25% and 26%, not 40%", () => {
      const finding = (p: string) => `A review of the plan had been completed after a change in ${p} of the cases.`;
      assert.deepEqual(restated('Only one in four plans had been reviewed after a change.', finding('25%')), []);
      // one in four = 25%, rounded: 26% is close enough.
      assert.deepEqual(restated('Only one in four plans had been reviewed after a change.', finding('26%')), []);
      assert.deepEqual(restated('Only one in four plans had been reviewed after a change.', finding('40%')), ['conclusion/restated-figure']);
    });

    it('keeps the hedge of the ratio', () => {
      const finding = (p: string) => `A review of the plan had been completed after a change in ${p} of the cases.`;
      // 'over one in four': 31% is over 25%; 'nearly one in four': 23% is just under.
      assert.deepEqual(restated('Over one in four plans had been reviewed after a change.', finding('31%')), []);
      assert.deepEqual(restated('Nearly one in four plans had been reviewed after a change.', finding('23%')), []);
      // 'over one in four' cannot be 15%.
      assert.deepEqual(restated('Over one in four plans had been reviewed after a change.', finding('15%')), ['conclusion/restated-figure']);
    });
  });
});
