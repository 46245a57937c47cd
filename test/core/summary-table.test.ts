/**
 * A summary table row against the criterion it names (rating/summary-mismatch),
 * for every column shape: a grade column, a score column, both, one column per
 * period. Small invented reports; precision first (unclear columns, a body
 * with no grade, a body that disagrees with itself: no finding).
 */
import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../server/src/core/index.js';
import { headerYear, reportColumns } from '../../server/src/core/checks/rating/summary-columns.js';
import { lineOfText } from './helpers.js';

const FW = `id: tidy
name: An invented framework for these tests
sections:
  - id: "1"
    title: Running the service
    scoreKind: grade
    criteria:
      - { id: "1.1", title: Direction }
      - { id: "1.2", title: People }
  - id: "2"
    title: Casework
    scoreKind: percentage
    rating: { from: score }
    criteria:
      - { id: "2.1", title: Assessing }
      - { id: "2.2", title: Planning }
grades: [Excellent, Sound, Weak, Failing]
labels: { grade: [Verdict] }
conclusions:
  - { id: ok, phrase: was sound, sentence: Work was sound., min: 0 }
ratings:
  bands:
    - { grade: Excellent, min: 85 }
    - { grade: Sound, min: 60 }
    - { grade: Weak, min: 40 }
    - { grade: Failing, min: 0 }
`;

/** The body: 1.1 Sound, 1.2 Weak, 2.1 72% Sound, 2.2 45% with the verdict given. */
const body = (v22 = 'Weak') =>
  '# 1. Running the service\n\n## 1.1 Direction\n\nVerdict: Sound\n\n## 1.2 People\n\nVerdict: Weak\n\n' +
  '# 2. Casework\n\n## 2.1 Assessing\n\n72%\n\nVerdict: Sound\n\n' +
  `## 2.2 Planning\n\n45%\n\nVerdict: ${v22}\n\n`;

function run(table: string, opts: { date?: string; v22?: string } = {}): AnalysisResult {
  const date = opts.date ? `date: ${opts.date}\n` : '';
  const text = `---\ntitle: T\nframework: ./fw.yaml\n${date}---\n\n# Summary\n\n${table}\n${body(opts.v22)}`;
  return analyze(text, 'file:///r.inspection.md', { resolveFramework: () => ({ uri: 'file:///fw.yaml', text: FW }) });
}

/** Lines of the rule's findings. */
function found(r: AnalysisResult): number[] {
  return r.diagnostics.filter((d) => d.ruleId === 'rating/summary-mismatch').map((d) => r.text.slice(0, d.span.start).split('\n').length);
}
const lineOfRow = (r: AnalysisResult, row: string) => lineOfText(r.text, row);

describe('summary tables against the body (rating/summary-mismatch)', () => {
  describe('a grade column', () => {
    it('ok: every row is its criterion\'s verdict', () => {
      assert.deepEqual(found(run('| Area | Verdict |\n|---|---|\n| 1.1 Direction | Sound |\n| 1.2 People | Weak |\n| 2.1 Assessing | Sound |\n')), []);
    });
    it('not ok: a grade row that is not the grade line', () => {
      const r = run('| Area | Verdict |\n|---|---|\n| 1.1 Direction | Sound |\n| 1.2 People | Sound |\n');
      assert.deepEqual(found(r), [lineOfRow(r, '| 1.2 People | Sound |')]);
      const d = r.diagnostics.find((x) => x.ruleId === 'rating/summary-mismatch')!;
      assert.equal(d.fix?.edits[0]?.newText, 'Weak');
    });
    it('not ok: a grade row against a scored criterion whose verdict and score agree', () => {
      const r = run('| Area | Verdict |\n|---|---|\n| 2.1 Assessing | Weak |\n');
      assert.deepEqual(found(r), [lineOfRow(r, '| 2.1 Assessing | Weak |')]);
      assert.match(r.diagnostics.find((x) => x.ruleId === 'rating/summary-mismatch')!.message, /72%, which is Sound/);
    });
    it('trap: the body disagrees with itself (45% is Weak, its verdict says Sound): a row with either is not reported', () => {
      assert.deepEqual(found(run('| Area | Verdict |\n|---|---|\n| 2.2 Planning | Weak |\n', { v22: 'Sound' })), []);
      assert.deepEqual(found(run('| Area | Verdict |\n|---|---|\n| 2.2 Planning | Sound |\n', { v22: 'Sound' })), []);
    });
    it('not ok, no fix: the body disagrees with itself and the row is neither', () => {
      const r = run('| Area | Verdict |\n|---|---|\n| 2.2 Planning | Excellent |\n', { v22: 'Sound' });
      assert.equal(found(r).length, 1);
      assert.equal(r.diagnostics.find((x) => x.ruleId === 'rating/summary-mismatch')!.fix, undefined);
    });
  });

  describe('a score column and a grade column', () => {
    it('ok: both cells agree with the body', () => {
      assert.deepEqual(found(run('| Area | Score | Verdict |\n|---|---|---|\n| 1.1 Direction | – | Sound |\n| 2.1 Assessing | 72% | Sound |\n')), []);
    });
    it('not ok: the score cell is not the score line, the grade cell being right', () => {
      const r = run('| Area | Score | Verdict |\n|---|---|---|\n| 2.1 Assessing | 74% | Sound |\n');
      assert.deepEqual(found(r), [lineOfRow(r, '| 2.1 Assessing | 74% | Sound |')]);
      assert.match(r.diagnostics.find((x) => x.ruleId === 'rating/summary-mismatch')!.message, /gives 2\.1 74%, but 2\.1 scores 72%/);
    });
    it('not ok: the grade cell is wrong, the score cell being right', () => {
      const r = run('| Area | Score | Verdict |\n|---|---|---|\n| 2.1 Assessing | 72% | Excellent |\n');
      assert.equal(found(r).length, 1);
    });
    it('trap: a score given to one decimal that rounds to the body\'s score line', () => {
      assert.deepEqual(found(run('| Area | Score | Verdict |\n|---|---|---|\n| 2.1 Assessing | 72.0% | Sound |\n')), []);
    });
  });

  describe('period columns', () => {
    const twoYears = (a: string, b: string) => `| Area | Verdict in 2021 | Verdict in 2024 |\n|---|---|---|\n| 1.1 Direction | ${a} | ${b} |\n`;
    it('ok: an earlier year may differ from the body', () => {
      assert.deepEqual(found(run(twoYears('Failing', 'Sound'), { date: '2024-06' })), []);
      assert.deepEqual(found(run(twoYears('Failing', 'Sound'))), []);
    });
    it('not ok: the column of the report\'s year disagrees', () => {
      const r = run(twoYears('Sound', 'Weak'), { date: '2024-06' });
      assert.deepEqual(found(r), [lineOfRow(r, '| 1.1 Direction | Sound | Weak |')]);
    });
    it('not ok: without a date, the latest of the years is the report\'s', () => {
      assert.equal(found(run(twoYears('Sound', 'Weak'))).length, 1);
    });
    it('the report\'s year picks its column wherever it stands', () => {
      const t = '| Area | 2024 | 2021 |\n|---|---|---|\n| 1.1 Direction | Weak | Sound |\n';
      assert.equal(found(run(t, { date: '2024' })).length, 1);
    });
    it('trap: a year after the report\'s, or a single year that is not the report\'s, is not judged', () => {
      assert.deepEqual(found(run(twoYears('Sound', 'Weak'), { date: '2022-01' })), []);
      assert.deepEqual(found(run('| Area | Verdict in 2019 |\n|---|---|\n| 1.1 Direction | Weak |\n', { date: '2024' })), []);
      assert.deepEqual(found(run('| Area | Verdict in 2019 |\n|---|---|\n| 1.1 Direction | Weak |\n')), []);
    });
    it('a column headed as the current one is the report\'s; a previous one never is', () => {
      const t = (prev: string, cur: string) => `| Area | Previous verdict | Verdict |\n|---|---|---|\n| 1.2 People | ${prev} | ${cur} |\n`;
      assert.deepEqual(found(run(t('Excellent', 'Weak'))), []);
      assert.equal(found(run(t('Weak', 'Sound'))).length, 1);
      const cur = '| Area | This inspection | 2019 |\n|---|---|---|\n| 1.2 People | Sound | Weak |\n';
      assert.equal(found(run(cur)).length, 1);
    });
    it('trap: two grade columns with nothing to choose between them are not judged', () => {
      assert.deepEqual(found(run('| Area | Self-assessment | Inspectors |\n|---|---|---|\n| 1.2 People | Sound | Sound |\n')), []);
      // A dated column beside an undated one: the undated one may be the report's.
      assert.deepEqual(found(run('| Area | Verdict | 2021 | 2019 |\n|---|---|---|---|\n| 1.2 People | Weak | Sound | Sound |\n')), []);
    });
    it('trap: a target column beside the score is not the report\'s', () => {
      assert.deepEqual(found(run('| Area | Target | Score |\n|---|---|---|\n| 2.1 Assessing | 80% | 72% |\n')), []);
    });
  });

  describe('the body has nothing to compare', () => {
    it('trap: a criterion with no grade line and no score is not judged', () => {
      const text = `---\ntitle: T\nframework: ./fw.yaml\n---\n\n| Area | Verdict |\n|---|---|\n| 1.1 Direction | Weak |\n\n## 1.1 Direction\n\nSome words.\n`;
      const r = analyze(text, 'file:///r.inspection.md', { resolveFramework: () => ({ uri: 'file:///fw.yaml', text: FW }) });
      assert.deepEqual(found(r), []);
    });
    it('trap: a misspelt grade line is not compared (structure/unknown-grade reports it)', () => {
      const text = `---\ntitle: T\nframework: ./fw.yaml\n---\n\n| Area | Verdict |\n|---|---|\n| 1.1 Direction | Weak |\n\n## 1.1 Direction\n\nVerdict: Sond\n`;
      const r = analyze(text, 'file:///r.inspection.md', { resolveFramework: () => ({ uri: 'file:///fw.yaml', text: FW }) });
      assert.deepEqual(found(r), []);
    });
  });

  it('header years: a span of years is its end year; words without a year give none', () => {
    assert.equal(headerYear('Outcome in 2006/07'), 2007);
    assert.equal(headerYear('2019–2020'), 2020);
    assert.equal(headerYear('Rating'), undefined);
    const table = { span: { start: 0, end: 0 }, headers: ['Area', 'Score', 'Verdict'], rows: [] };
    assert.deepEqual(reportColumns(table, undefined), { grade: undefined, percentage: undefined });
  });
});

describe('the merged rule id structure/summary-mismatch', () => {
  const wrongRow = '| Area | Verdict |\n|---|---|\n| 1.1 Direction | Sound |\n| 1.2 People | Sound |\n';
  it('still silences the summary finding when a suppression names the old id', () => {
    const r = run(`<!-- inspection-disable structure/summary-mismatch -->\n\n${wrongRow}`);
    assert.deepEqual(found(r), []);
    assert.deepEqual(r.diagnostics.filter((d) => d.ruleId.startsWith('suppression/')).map((d) => d.ruleId), []);
  });
  it('is no unknown id in a configuration, and sets the rule that does its work', async () => {
    const { parseConfig } = await import('../../server/src/config/parse.js');
    const parsed = parseConfig('rules:\n  structure/summary-mismatch: off\n', 'file:///c.yaml');
    assert.deepEqual(parsed.diagnostics.map((d: { message: string }) => d.message), []);
    assert.equal(parsed.data.rules?.['rating/summary-mismatch'], 'off');
  });
});
