/**
 * Restatement guards found on reports-fresh-5 and -6 (restate.ts): a differing summary figure is not reported
 * when another finding its words fit gives the same figure, or when the two figures are of different wholes.
 * Sentences written for these tests.
 */
import * as assert from 'node:assert/strict';
import { FM, numbersDiagnostics } from './helpers.js';

const report = (summary: string, findings: string[]) =>
  `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n## 3.1 Achievement of initial outcomes\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n${findings.map((f, i) => `- (${String.fromCharCode(97 + i)}) ${f}`).join('\n')}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n`;
const rules = (summary: string, findings: string[]) => numbersDiagnostics(report(summary, findings)).map((d) => d.ruleId);
const R = ['conclusion/restated-figure'];

describe('restatement guards (restate.ts)', () => {
  it('another finding the summary fits, with the same figure, keeps a differing best match quiet', () => {
    const crit = (id: string, title: string, finding: string) =>
      `## ${id} ${title}\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n- (a) ${finding}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n\n`;
    const text = (summary: string) =>
      `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n` +
      crit('3.1', 'Achievement of initial outcomes', 'Assessment of desistance was sufficient in 22 of the 27 cases (81%).') +
      crit('3.2', 'Monitoring of outcomes', "Reviewing to support a child's desistance was sufficient in 16 of the 27 (59%), and reviewing to keep the child safe in only 14 of the 27 (52%).");
    const ids = (summary: string) => numbersDiagnostics(text(summary)).map((d) => d.ruleId);
    assert.deepEqual(ids("Assessment was sufficient to support a child's desistance in 81% of the court cases we inspected."), []);
    // a figure that no finding gives is still reported
    assert.deepEqual(ids("Assessment was sufficient to support a child's desistance in 74% of the court cases we inspected."), R);
  });
  it('a rival finding with the summary figure must match nearly as well: two common words make none', () => {
    const crit = (id: string, title: string, finding: string) =>
      `## ${id} ${title}\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n- (a) ${finding}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n\n`;
    const text = (summary: string) =>
      `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n` +
      crit('3.1', 'Achievement of initial outcomes', 'OASys had been rescored in 75% of cases.') +
      crit('3.2', 'Monitoring of outcomes', "In three of the six cases with a transfer, the offender's file held no record of the reason.");
    const ids = (summary: string) => numbersDiagnostics(text(summary)).map((d) => d.ruleId);
    // 'half' fits 'three of the six', but that finding shares only 'offender' and 'file' with the summary
    assert.deepEqual(ids("OASys had been rescored in half of the offender file sample."), R);
    assert.deepEqual(ids("OASys had been rescored in three-quarters of the offender file sample."), []);
  });
  it('a share of one thing is no restatement of a count of another', () => {
    const findings = ['Refresher training was below the provider’s target of 95% for three of the seven modules.'];
    assert.deepEqual(rules('Staff had completed 88% of their refresher training overall, below the provider’s target of 95%.', findings), []);
  });
  it("trap: a ratio's noun is what it counts, not a whole: 'one in four plans' still restates '40% of the cases'", () => {
    const findings = ['A review of the plan had been completed after a change in 40% of the cases.'];
    assert.deepEqual(rules('Only one in four plans had been reviewed after a change.', findings), R);
  });
  it('trap: the same whole named twice is still compared', () => {
    const findings = ['Refresher training had been completed by 30 of the 40 staff (75%).'];
    assert.deepEqual(rules('Refresher training had been completed by 70% of the staff.', findings), R);
  });
});
