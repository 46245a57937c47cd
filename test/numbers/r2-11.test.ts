/**
 * Summary restatements missed on untouched material (restate.ts, helper r2): a summary's share word with no
 * figure of its own ('Most residents had …') restating one finding; a ratio summary ('nine in ten') against a
 * finding's count pair; the finding's count and share both related. Sentences written for these tests.
 */
import * as assert from 'node:assert/strict';
import { claims, FM, numbersDiagnostics } from './helpers.js';

const report = (summary: string, findings: string[]) =>
  `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n## 3.1 Achievement of initial outcomes\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n${findings.map((f, i) => `- (${String.fromCharCode(97 + i)}) ${f}`).join('\n')}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n`;
const rules = (summary: string, findings: string[]) => numbersDiagnostics(report(summary, findings)).map((d) => d.ruleId);
const restated = (summary: string, findings: string[]) => claims(report(summary, findings)).filter((c) => c.kind === 'restatement');
const R = ['conclusion/restated-figure'];

describe('summary restatements (r2, restate.ts)', () => {
  describe('a share word with no figure of its own', () => {
    it('confirms a finding that fits it, relating both its count and its share', () => {
      const text = report('Most tenants had a repair completed within the agreed timescale.', ['Of the 64 tenants we contacted, 49 had a repair completed within the agreed timescale (77%).']);
      const r = claims(text).filter((c) => c.kind === 'restatement');
      assert.equal(r.length, 1);
      assert.equal(r[0]!.verdict, 'ok');
      const raws = [...r[0]!.operands.map((o) => o.raw), ...(r[0]!.sources ?? []).map((s) => text.slice(s.span.start, s.span.end))];
      assert.ok(raws.includes('49') && raws.includes('77%'), raws.join(' '));
    });
    it('reports a finding it does not fit', () => {
      assert.deepEqual(rules('Most tenants had a repair completed within the agreed timescale.', ['Of the 64 tenants we contacted, 27 had a repair completed within the agreed timescale (42%).']), R);
      assert.deepEqual(rules('Nearly all learners had a review of their learning plan.', ['A review of their learning plan was held for 30 of the 44 learners (68%).']), R);
    });
    it('matches the finding of its own words, not one that shares a word of time', () => {
      const findings = ['Of the 52 men who arrived, 44 were seen by a pharmacist within 48 hours (85%).', 'A medicines review within 14 days was done for 19 of the 52 (37%).'];
      assert.deepEqual(rules('Most new arrivals had a medicines review within 14 days.', findings), R);
      assert.deepEqual(rules('Most new arrivals were seen by a pharmacist within 48 hours.', findings), []);
    });
    it('trap: two findings its words fit equally are not told apart (nothing reported)', () => {
      const findings = ['Of the 52 people admitted, 44 were seen by a pharmacist within 48 hours (85%).', 'A medicines review within 14 days was done for 19 of the 52 (37%).'];
      assert.deepEqual(rules('Most people admitted had a medicines review within 14 days.', findings), []);
    });
    it('trap: a summary of another thing that shares two words is not said to differ', () => {
      // 'told' and 'staff' are shared, but what was told differs.
      assert.deepEqual(rules('Most residents told us that staff treated them kindly.', ['Of the 90 residents, 12 had told staff that they had a hearing impairment.']), []);
    });
    it("trap: 'most' against a finding of several shares (a plurality) is not said to differ", () => {
      assert.deepEqual(rules('Most schools were judged good for the quality of education.', ['Of the 40 schools, the quality of education was judged good in 18 (45%), requires improvement in 12 (30%) and outstanding in 10 (25%).']), []);
    });
    it('trap: a sentence with a figure of its own is read by its figure, not by its share word', () => {
      assert.equal(restated('Most tenants (77%) had a repair completed within the agreed timescale.', ['Of the 64 tenants we contacted, 27 had a repair completed within the agreed timescale (42%).']).filter((c) => c.operands[0]!.raw.toLowerCase() === 'most').length, 0);
    });
    it("trap: 'most of them' points back and is not read", () => {
      assert.deepEqual(rules('Most of them had a repair completed within the agreed timescale.', ['Of the 64 tenants we contacted, 27 had a repair completed within the agreed timescale (42%).']), []);
    });
  });
  describe('a ratio summary', () => {
    it('is a share: compared with the finding whatever its whole', () => {
      assert.deepEqual(rules('Governors had reviewed the safeguarding policy in nine in ten academies.', ['Of the 60 academies visited, 42 had reviewed the safeguarding policy (70%).']), R);
      assert.deepEqual(rules('Governors had reviewed the safeguarding policy in seven in ten academies.', ['Of the 60 academies visited, 42 had reviewed the safeguarding policy (70%).']), []);
    });
    it('trap: a count summary of another whole is still no wrong copy', () => {
      assert.deepEqual(rules('Governors had reviewed the safeguarding policy in 9 of the 10 trusts.', ['Of the 60 academies visited, 42 had reviewed the safeguarding policy (70%).']), []);
    });
  });
});
