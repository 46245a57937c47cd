/** Section scores: the mean of the criteria, stated in a line, in prose or in a table. */
import * as assert from 'node:assert/strict';
import { sectionMean, sectionScoreAgrees } from '../../server/src/core/numbers/section.js';
import { FM, numbersDiagnostics, run } from './helpers.js';
import { seedText } from '../core/helpers.js';

const crit = (id: string, title: string, score: string, concl: string) => `## ${id} ${title}\n\nA standard.\n\n${score}\n\n### Strengths\n\n- (a) Something worked.\n\n### Conclusion\n\n${concl}\n\n`;
const section3 = (stated: string) =>
  `${FM}# 3. Achievement and monitoring of outcomes\n\n${stated}\n\n` +
  crit('3.1', 'Achievement of initial outcomes', '58%', 'This criterion represents an urgent priority for improvement.') +
  crit('3.2', 'Sustainability of progress', '65%', 'This criterion represents a priority for improvement.');

describe('numbers: section scores', () => {
  it('computes the mean of the seed sections exactly', () => {
    const r = run(seedText()).report;
    const s1 = sectionMean(r, '1')!;
    assert.equal(s1.arithmetic, '(79 + 70 + 75 + 75 + 68) / 5 = 73.4%');
    assert.equal(s1.rounded, 73);
    assert.equal(sectionMean(r, '2')!.text, '71%');
    assert.equal(sectionMean(r, '3')!.text, '61.5%');
    assert.equal(sectionMean(r, '4'), undefined, 'section 4 is graded, not scored');
  });

  it('allows for the rounding of the criterion scores themselves', () => {
    const r = run(seedText()).report;
    const s1 = sectionMean(r, '1')!;
    assert.ok(sectionScoreAgrees(s1, 73, 0));
    assert.ok(sectionScoreAgrees(s1, 74, 0));
    assert.ok(!sectionScoreAgrees(s1, 72, 0));
    // Stated to one place: within 0.5 + 0.05 of 73.4.
    assert.ok(sectionScoreAgrees(s1, 729, 1));
    assert.ok(!sectionScoreAgrees(s1, 728, 1));
  });

  for (const [form, ok, bad] of [
    ['a line under the heading', 'Section score: 62%', 'Section score: 64%'],
    ['a bare percentage under the heading', '61%', '59%'],
    ['prose', 'The section 3 score was 62%.', 'The section 3 score was 66%.'],
  ] as const) {
    it(`checks a score stated as ${form}`, () => {
      assert.deepEqual(numbersDiagnostics(section3(ok)), []);
      const d = numbersDiagnostics(section3(bad));
      assert.deepEqual(d.map((x) => x.ruleId), ['numbers/section-mean']);
      assert.match(d[0]!.message, /\(58 \+ 65\) \/ 2 = 61\.5% → 62%/);
      assert.equal(d[0]!.fix!.edits[0]!.newText, '62%');
    });
  }

  it('checks a score in a table row', () => {
    const table = (v: string) => `${FM}# Summary of scores\n\n| Section | Score |\n|---|---|\n| 3. Achievement and monitoring of outcomes | ${v} |\n\n` + section3('').slice(FM.length);
    assert.deepEqual(numbersDiagnostics(table('62%')), []);
    assert.deepEqual(numbersDiagnostics(table('70%')).map((d) => d.ruleId), ['numbers/section-mean']);
  });

  it('does not read a contents page number as a score', () => {
    const text = `${FM}# Contents\n\n| | Page |\n|---|---|\n| 3. ACHIEVEMENT AND MONITORING OF OUTCOMES | 31 |\n\n` + section3('').slice(FM.length);
    assert.deepEqual(numbersDiagnostics(text), []);
  });
});
