/** Issue 9, restatement: summaries under other headings, comparator figures, one finding in two figures, anaphoric wholes, marks. */
import * as assert from 'node:assert/strict';
import { FM, numbersDiagnostics } from './helpers.js';
import { marksDiffer, marksOf, type FigureClause } from '../../server/src/core/numbers/restate.js';

const report = (heading: string, summary: string, findings: string[]) =>
  `${FM}# ${heading}\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n## 3.1 Achievement of initial outcomes\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n- (a) OASys had been rescored in 75% of cases.\n\n### Areas for Improvement\n\n${findings.map((f, i) => `- (${String.fromCharCode(97 + i)}) ${f}`).join('\n')}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n`;

const rules = (heading: string, summary: string, findings: string[]) => numbersDiagnostics(report(heading, summary, findings)).map((d) => d.ruleId);
const R = ['conclusion/restated-figure'];

describe('restatement (issue 9)', () => {
  describe('summary headings', () => {
    for (const h of ['What we found', 'Main findings', 'Key messages', 'What is it like to be a resident of this home?', 'Summary of key findings', 'Opening summary']) {
      it(`reads '${h}' as a summary`, () => {
        assert.deepEqual(rules(h, 'Only 33% of tenants had a gas safety check on time.', ['Gas safety checks were done on time for 39% of tenants.']), R);
        assert.deepEqual(rules(h, 'Only 39% of tenants had a gas safety check on time.', ['Gas safety checks were done on time for 39% of tenants.']), []);
      });
    }
    it('does not read an ordinary section as a summary', () => {
      assert.deepEqual(rules('About the service', 'Only 33% of tenants had a gas safety check on time.', ['Gas safety checks were done on time for 39% of tenants.']), []);
    });
  });

  describe('a comparator in the finding is another figure', () => {
    it("'up from' an earlier figure: the summary restates the current one", () => {
      const f = ['Residents rated their meals good in 81% of our survey replies, up from 70% a year earlier.'];
      assert.deepEqual(rules('Summary', 'Residents rated their meals good in 76% of our survey replies.', f), R);
      assert.deepEqual(rules('Summary', 'Residents rated their meals good in 81% of our survey replies.', f), []);
    });
    it("'below the rate of N% in England': the national rate is not the finding", () => {
      const f = ['In the carers survey, 44% of carers said that they had as much social contact as they wanted, below the rate of 52% in England.'];
      assert.deepEqual(rules('Overview', 'In the carers survey, 48% of carers said that they had as much social contact as they wanted.', f), R);
      assert.deepEqual(rules('Overview', 'In the carers survey, 44% of carers said that they had as much social contact as they wanted.', f), []);
    });
    it('a summary that gives the comparator, right, is quiet', () => {
      const f = ['In our survey, 38% of prisoners said that they could get a shower every day, against 57% in similar prisons.'];
      assert.deepEqual(rules('Summary', 'In similar prisons, 57% of prisoners said that they could get a shower every day.', f), []);
    });
    it("a target ('against a target of 90%') is no restated figure", () => {
      const f = ['76% of annual health checks were completed on time, against a target of 90%.'];
      assert.deepEqual(rules('Key findings', 'Only 72% of annual health checks were completed on time.', f), R);
      assert.deepEqual(rules('Key findings', 'Only 76% of annual health checks were completed on time.', f), []);
    });
  });

  it("a share judged against an average ('below the England average of 80%') is the finding's figure", () => {
    const f = ['Complaints were acknowledged within three days in 66% of cases, below the England average of 75%.'];
    assert.deepEqual(rules('Summary', 'Complaints were acknowledged within three days in 61% of cases.', f), R);
    assert.deepEqual(rules('Summary', 'Complaints were acknowledged within three days in 66% of cases.', f), []);
    assert.deepEqual(rules('Summary', 'Nationally, 75% of complaints were acknowledged within three days.', f), []);
  });

  describe('one finding in two figures', () => {
    it("a count pair and its percentage ('1,204 … (81%)') are one finding", () => {
      const f = ['Of the 1,480 referrals, 1,204 had a decision within a day (81%).'];
      assert.deepEqual(rules('Summary', 'Only 78% of referrals had a decision within a day.', f), R);
      assert.deepEqual(rules('Summary', 'Only 81% of referrals had a decision within a day.', f), []);
    });
  });

  describe("a count of a whole named earlier ('only 9 of the 61')", () => {
    it('reads the whole’s clause', () => {
      const f = ['The team asked for a second opinion for 48 patients in the year, and only 12 of the 48 (25%) were seen by another doctor.'];
      assert.deepEqual(rules('Summary', 'Only 30% of the patients for whom the team asked for a second opinion were seen by another doctor.', f), R);
      assert.deepEqual(rules('Summary', 'Only 25% of the patients for whom the team asked for a second opinion were seen by another doctor.', f), []);
    });
  });

  describe('another period, place or group is no restatement', () => {
    it('another year', () => {
      assert.deepEqual(rules('Summary', 'In 2021, 66% of nurses said that they had regular clinical supervision.', ['In 2024, 59% of nurses said that they had regular clinical supervision.']), []);
      assert.deepEqual(rules('Summary', 'In 2024, 66% of nurses said that they had regular clinical supervision.', ['In 2024, 59% of nurses said that they had regular clinical supervision.']), R);
    });
    it('a finding of two years leaves the summary’s year open', () => {
      assert.deepEqual(rules('Summary', 'In 2022, 53% of nurses said that they had regular clinical supervision.', ['In 2024, 59% of nurses said that they had regular clinical supervision, up from 51% in 2022.']), []);
    });
    it('another term', () => {
      assert.deepEqual(rules('Summary', 'Apprentices attended 79% of their off-the-job sessions in the spring term.', ['Apprentices attended 85% of their off-the-job sessions in the autumn term.']), []);
    });
    it('another group', () => {
      assert.deepEqual(rules('Summary', 'Only 41% of girls took part in an enrichment activity each week.', ['Pupils took part in an enrichment activity each week in 63% of the timetables we checked.']), []);
    });
    it('a national figure against a local one', () => {
      assert.deepEqual(rules('Summary', 'In England, 64% of carers said that they had been included in discussions.', ['In Hollowmere, 57% of carers said that they had been included in discussions.']), []);
    });
    it('a tie between two findings says nothing', () => {
      assert.deepEqual(rules('Summary', 'Records were signed in 66% of the files we sampled.', ['Care records were signed in 70% of the files we sampled.', 'Risk records were signed in 62% of the files we sampled.']), []);
    });
  });

  describe('marks', () => {
    const fc = (clause: string): FigureClause => ({ marks: marksOf(clause) }) as FigureClause;
    it('reads years, terms, groups and places', () => {
      assert.deepEqual(marksOf('In 2024/25, 40% of boys in England attended in the autumn term').sort(), ['g:boy', 'p:england', 't:autumn', 'y:2024']);
    });
    it('a summary naming its own area, against a finding naming none, is no difference', () => {
      assert.equal(marksDiffer(fc('In Hollowmere, 57% of carers'), fc('57% of carers said')), false);
      assert.equal(marksDiffer(fc('nationally, 57% of carers'), fc('57% of carers said')), true);
    });
  });
});
