/**
 * The Sussex report in the dialect: its model, its references, and single
 * mutations that must raise exactly the matching diagnostic at the right line.
 */
import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult, type Diagnostic } from '../../server/src/core/index.js';
import { lineOf, lineOfText, seedText } from './helpers.js';

const URI = 'file:///seeds/sussex-2007.inspection.md';

function key(r: AnalysisResult, d: Diagnostic): string {
  return `${d.ruleId}@${r.lines.positionAt(d.span.start).line + 1}:${d.message}`;
}

/** Diagnostics of the mutated text that the original does not have (compared by rule and message). */
function added(original: AnalysisResult, mutated: AnalysisResult): Diagnostic[] {
  const before = new Map<string, number>();
  for (const d of original.diagnostics) before.set(`${d.ruleId}:${d.message}`, (before.get(`${d.ruleId}:${d.message}`) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of mutated.diagnostics) {
    const k = `${d.ruleId}:${d.message}`;
    const n = before.get(k) ?? 0;
    if (n > 0) before.set(k, n - 1);
    else out.push(d);
  }
  return out;
}

describe('seed: the Sussex report', () => {
  const text = seedText();
  const result = analyze(text, URI);
  const crit = (id: string) => {
    const c = result.report.criteria.find((x) => x.id === id);
    assert.ok(c, `criterion ${id}`);
    return c;
  };

  it('has the 20 criteria of the framework in 4 sections', () => {
    assert.deepEqual(
      result.report.criteria.map((c) => c.id),
      ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6'],
    );
    assert.deepEqual(result.report.sections.map((s) => [s.id, s.criteria.length]), [['1', 5], ['2', 7], ['3', 2], ['4', 6]]);
  });

  it('has the published scores in sections 1 to 3', () => {
    const scores = result.report.criteria.filter((c) => c.sectionId !== '4').map((c) => c.score?.value);
    assert.deepEqual(scores, [79, 70, 75, 75, 68, 67, 61, 66, 81, 67, 88, 67, 58, 65]);
  });

  it('has the published grades in section 4', () => {
    const grades = result.report.criteria.filter((c) => c.sectionId === '4').map((c) => c.grade?.raw);
    assert.deepEqual(grades, ['Well met', 'Well met', 'Satisfactorily met', 'Satisfactorily met', 'Well met', 'Satisfactorily met']);
  });

  it('has the exact letter lists of every criterion', () => {
    const letters = (id: string) => crit(id).groups.map((g) => `${g.kind}:${g.findings.map((f) => f.letter).join('')}`).join(' ');
    const expected: Record<string, string> = {
      '1.1': 'strengths:abcde areas:abcd',
      '1.2': 'strengths:abcdefg areas:abcdefg',
      '1.3': 'strengths:ab areas:abc',
      '1.4': 'strengths:abc areas:ab',
      '1.5': 'strengths:abcde areas:abcdef',
      '2.1': 'strengths:abcdefg areas:abcdefg',
      '2.2': 'strengths:ab areas:abcdefg',
      '2.3': 'strengths:abc areas:abc',
      '2.4': 'strengths:abcdefg areas:abcd',
      '2.5': 'strengths:abcd areas:abc',
      '2.6': 'strengths:abcd',
      '2.7': 'strengths:ab areas:abc',
      '3.1': 'strengths:abcdefg areas:abcdefgh',
      '3.2': 'strengths:ab areas:abc',
      '4.1': 'strengths:abcdefghijk areas:ab',
      '4.2': 'strengths:abcdefg areas:ab',
      '4.3': 'strengths:abcdef areas:abcd',
      '4.4': 'strengths:abcdefgh areas:abcd',
      '4.5': 'strengths:abcde areas:a',
      '4.6': 'strengths:abcdefg areas:abcd',
    };
    for (const [id, want] of Object.entries(expected)) assert.equal(letters(id), want, id);
  });

  it('gives every criterion of sections 1 to 3 its conclusion', () => {
    for (const c of result.report.criteria.filter((x) => x.sectionId !== '4')) {
      assert.ok(c.conclusion?.text, `${c.id} conclusion`);
      assert.ok(result.framework!.bandOfSentence(c.conclusion.text), `${c.id} conclusion phrase`);
    }
  });

  it('resolves every cross-reference, with no reference diagnostics', () => {
    const targets = result.report.references.filter((r) => r.criterionId).map((r) => `${r.criterionId}${r.letter ?? ''}`);
    for (const t of ['1.2d', '2.1d', '2.4g', '2.6a', '4.1c', '4.3d', '4.6d', '4.1', '4.3', '2.1e']) assert.ok(targets.includes(t), `reference to ${t}`);
    for (const ref of result.report.references) assert.equal(result.index.resolve(ref).problem, undefined, text.slice(ref.span.start, ref.span.end));
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId.startsWith('reference/')), []);
  });

  it('raises no structure or conclusion diagnostics on the published text', () => {
    const found = result.diagnostics.filter((d) => d.ruleId.startsWith('structure/') || d.ruleId.startsWith('conclusion/') || d.ruleId.startsWith('framework/'));
    assert.deepEqual(found.map((d) => key(result, d)), []);
  });

  describe('single mutations get exactly the matching diagnostic', () => {
    const expectOne = (mutated: string, ruleId: string, line: number) => {
      const m = analyze(mutated, URI);
      const extra = added(result, m);
      assert.deepEqual(extra.map((d) => [d.ruleId, m.lines.positionAt(d.span.start).line + 1]), [[ruleId, line]], extra.map((d) => d.message).join('\n'));
    };

    it("a reference changed to 'see 4.3z'", () => {
      const at = text.indexOf('(see 4.3d)');
      expectOne(text.replace('(see 4.3d)', '(see 4.3z)'), 'reference/unknown-letter', lineOf(text, at));
    });

    it('a criterion deleted', () => {
      const start = text.indexOf('## 2.5 General Criterion');
      const end = text.indexOf('## 2.6 General Criterion');
      expectOne(text.slice(0, start) + text.slice(end), 'structure/missing-criterion', lineOf(text, start));
    });

    it('a letter skipped', () => {
      const at = text.indexOf('- (c)', text.indexOf('## 2.3 General Criterion'));
      const mutated = text.slice(0, at) + '- (d)' + text.slice(at + 5);
      expectOne(mutated, 'structure/finding-letters', lineOf(text, at));
    });

    it('a summary grade changed', () => {
      const row = '| 4.3 General Criterion: RESOURCE DEPLOYMENT | Satisfactorily met |';
      const mutated = text.replace(row, row.replace('Satisfactorily met', 'Well met'));
      expectOne(mutated, 'rating/summary-mismatch', lineOfText(text, row));
    });

    it('a conclusion swapped for another band', () => {
      const c = text.indexOf('Performance against this criterion was good.', text.indexOf('## 1.3 General'));
      const mutated = text.slice(0, c) + 'This criterion represents a priority for improvement.' + text.slice(c + 'Performance against this criterion was good.'.length);
      expectOne(mutated, 'conclusion/band-mismatch', lineOf(text, c));
    });

    it('a grade misspelt', () => {
      const g = text.indexOf('\nWell met\n', text.indexOf('## 4.5 General')) + 1;
      const mutated = text.slice(0, g) + 'Wel met' + text.slice(g + 'Well met'.length);
      const m = analyze(mutated, URI);
      const extra = added(result, m);
      // One finding, on the grade line; the summary table (which is right) is left alone.
      assert.deepEqual(extra.map((d) => [d.ruleId, m.lines.positionAt(d.span.start).line + 1]), [['structure/unknown-grade', lineOf(text, g)]]);
      // Its fix restores the published text exactly.
      const fix = extra[0]!.fix!.edits[0]!;
      assert.equal(mutated.slice(0, fix.span.start) + fix.newText + mutated.slice(fix.span.end), text);
    });
  });
});
