/** A summary restating a criterion's figure must agree with it. */
import * as assert from 'node:assert/strict';
import { seedText } from '../core/helpers.js';
import { FM, numbersDiagnostics, run } from './helpers.js';
import { restatements } from '../../server/src/core/numbers/restate.js';

const report = (summary: string, finding = 'Only 58% of offenders complied with the requirements of the sentence.') =>
  `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n## 3.1 Achievement of initial outcomes\n\nPlanned objectives are efficiently achieved.\n\n58%\n\n### Strengths\n\n- (a) OASys had been rescored in 75% of cases.\n\n### Areas for Improvement\n\n- (a) ${finding}\n- (b) Increased victim awareness had been clearly evidenced in only 20% of the relevant cases in the sample.\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n`;

describe('conclusion/restated-figure', () => {
  it('pairs the seed summary figures with their findings, all agreeing', () => {
    const r = run(seedText());
    const pairs = restatements(r.report, r.blocks);
    assert.deepEqual(
      pairs.map((p) => [p.summary.figure.operand.raw, p.source.criterionId, p.source.figure.operand.raw, p.agrees]),
      [
        ['three-quarters', '3.1', '75%', true],
        ['58%', '3.1', '58%', true],
        ['20%', '3.1', '20%', true],
      ],
    );
  });

  it('flags a summary figure that differs, at the summary, pointing at the finding', () => {
    const text = report('Only 59% of offenders had complied with their supervision and only 20% demonstrated increased victim awareness.');
    const d = numbersDiagnostics(text);
    assert.deepEqual(d.map((x) => x.ruleId), ['conclusion/restated-figure']);
    assert.equal(text.slice(d[0]!.span.start, d[0]!.span.end), '59%');
    assert.equal(text.slice(d[0]!.related![0]!.span.start, d[0]!.related![0]!.span.end), '58%');
    assert.equal(d[0]!.fix!.edits[0]!.newText, '58%');
  });

  it('flags a finding changed under an unchanged summary', () => {
    const text = report('Only 58% of offenders had complied with their supervision.', 'Only 61% of offenders complied with the requirements of the sentence.');
    assert.deepEqual(numbersDiagnostics(text).map((x) => x.ruleId), ['conclusion/restated-figure']);
  });

  it('accepts a fraction that restates a percentage, and not one that does not', () => {
    assert.deepEqual(numbersDiagnostics(report('OASys had been rescored in three-quarters of the case file sample.')), []);
    assert.deepEqual(numbersDiagnostics(report('OASys had been rescored in half of the case file sample.')).map((x) => x.ruleId), ['conclusion/restated-figure']);
  });

  it('says nothing when no finding clearly matches', () => {
    assert.deepEqual(numbersDiagnostics(report('Sentencers were satisfied in 90% of their responses.')), []);
  });
});
