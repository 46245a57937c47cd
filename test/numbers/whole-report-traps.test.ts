/**
 * Readings that a whole report showed to be wrong, each a general shape:
 * words of time do not tie a summary figure to a finding; 'all but two of
 * the 26 … The other two' is no pair with a rest; 'k of them' after an
 * amount in units may count the units; a table whose shares are all of the
 * rows' own sum blames no row when the Total differs. Sentences and tables
 * written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { FM, numbersDiagnostics, reportWith } from './helpers.js';

const rulesOf = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
const report = (summary: string, finding: string) =>
  `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n## 3.1 Achievement of initial outcomes\n\nPlanned objectives are efficiently achieved.\n\n### Strengths\n\n- (a) ${finding}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n`;

describe('numbers: readings a whole report showed to be wrong', () => {
  it('does not tie a summary figure to a finding by words of time alone', () => {
    // trainees (9 of 15 = 60%) and staff (96%) share only 'completed', 'last' and 'year'
    const text = report('Nine of the 15 trainees who completed last year found work.', 'Nearly all staff (96%) had completed first aid training in the last year.');
    assert.deepEqual(numbersDiagnostics(text).filter((d) => d.ruleId === 'conclusion/restated-figure'), []);
  });
  it('still ties a summary figure to the finding it restates', () => {
    // 'first aid training' is the same finding: 90% is not 96%
    const text = report('Only 90% of staff had completed first aid training.', 'Nearly all staff (96%) had completed first aid training in the last year.');
    assert.deepEqual(numbersDiagnostics(text).map((d) => d.ruleId), ['conclusion/restated-figure']);
  });
  it('reads "all but two of the 26 … The other two" as 24 and the two, not as a pair and its rest', () => {
    // all but 2 of 26 = 24 acted on; the other 2 are the two
    assert.deepEqual(rulesOf('The service had acted on all but two of the 26 safety notices issued in 2024. The other two were awaiting new equipment.'), []);
  });
  it('does not count "k of them" after an amount in units against an earlier group', () => {
    // 'them' are the 3,100 hours, not the 24 cases: 1,860 of 3,100 = 60%
    assert.deepEqual(rulesOf('In the 24 cases we inspected, 3,100 hours had been ordered in total, and 1,860 of them had been worked (60%).'), []);
  });
  it('blames no row when every share is of the rows\' own sum and the Total differs', () => {
    // rows: 500 + 300 + 200 = 1,000, and 50%, 30%, 20% are of 1,000; the Total says 1,040
    const text = `${FM}# Background\n\n| Orders | People | % |\n|---|---|---|\n| Community | 500 | 50% |\n| Suspended | 300 | 30% |\n| Licence | 200 | 20% |\n| Total | 1,040 | 100% |\n`;
    assert.deepEqual(numbersDiagnostics(text).filter((d) => d.ruleId === 'numbers/percentage-mismatch' || d.ruleId === 'numbers/rounding-convention'), []);
  });
  it('still reports a row whose share fits neither the Total nor the rows\' sum', () => {
    // 500 of 1,000 is 50%, not 60%
    const text = `${FM}# Background\n\n| Orders | People | % |\n|---|---|---|\n| Community | 500 | 60% |\n| Suspended | 300 | 30% |\n| Licence | 200 | 20% |\n| Total | 1,000 | 100% |\n`;
    assert.ok(numbersDiagnostics(text).some((d) => d.ruleId === 'numbers/percentage-mismatch'));
  });
});
