import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { analyze, builtinFramework, builtinFrameworkIds } from '../../server/src/core/index.js';
import { reportSkeleton, skeletonText } from '../../server/src/core/skeleton.js';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/features/codeActions.js';
import { completion } from '../../server/src/lsp/features/completion.js';
import { applyEdits } from './helpers.js';

const URI = 'file:///reports/test.inspection.md';
const edits = (a: CodeAction): TextEdit[] => Object.values(a.edit!.changes!)[0]!;
const loud = (text: string) => analyze(text, URI).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('lsp: first contact', () => {
  for (const [name, text] of [
    ['an empty report', ''],
    ['a report of white space', '\n\n'],
    ['a report with only a title', '# A report on Somewhere\n'],
    ['a report with only front matter', '---\ntitle: A report\nframework: hmip-omi-2007\n---\n'],
  ] as const) {
    it(`${name}: no errors or warnings, and an 'Insert report skeleton' fix that writes every criterion`, () => {
      const result = analyze(text, URI);
      assert.deepEqual(loud(text).map((d) => d.message), []);
      const note = result.diagnostics.find((d) => d.ruleId === 'structure/missing-criterion')!;
      assert.ok(note, 'a note says there are no criteria yet');
      assert.equal(note.severity, 'info');
      const at = { start: result.lines.positionAt(note.span.start), end: result.lines.positionAt(note.span.end) };
      const [fix] = codeActions(result, at, [CodeActionKind.QuickFix]).filter((a) => a.title === 'Insert report skeleton');
      assert.ok(fix, 'the skeleton fix is offered at the top');
      const after = applyEdits(result, edits(fix!));
      // Nothing the writer wrote is lost.
      for (const line of text.split('\n').filter((l) => l.trim() !== '')) assert.ok(after.includes(line), line);
      const again = analyze(after, URI);
      assert.equal(again.report.criteria.length, 20);
      assert.equal(again.report.frontMatter?.values.framework, 'hmip-omi-2007');
      assert.deepEqual(loud(after).map((d) => `${d.ruleId}: ${d.message}`), []);
      // Not a correction: Fix all does not insert it.
      assert.deepEqual(codeActions(result, origin, [FIX_ALL_KIND]), []);
    });
  }

  for (const id of builtinFrameworkIds()) {
    it(`the New Report… skeleton of ${id} opens with hints for its placeholders, not errors`, () => {
      const text = skeletonText(reportSkeleton(builtinFramework(id)!.data, { frameworkRef: id, date: new Date(2026, 0, 1) }));
      const result = analyze(text, URI);
      assert.deepEqual(loud(text).map((d) => `${d.ruleId}: ${d.message}`), []);
      const hints = result.diagnostics.filter((d) => d.severity === 'hint');
      assert.ok(hints.length > 0, 'the placeholders still to fill in are hints');
      assert.ok(hints.every((d) => /placeholder/.test(d.message)));
    });
  }

  it('a missing score without a placeholder is still an error', () => {
    const text = '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nConsistent attention is given to issues concerning victims.\n\n### Strengths\n\n- (a) Good.\n';
    const d = analyze(text, URI).diagnostics.find((x) => x.ruleId === 'structure/missing-score')!;
    assert.equal(d.severity, 'error');
  });

  it('offers front matter in an empty report', () => {
    const result = analyze('', URI);
    const items = completion(result, { line: 0, character: 0 });
    const fm = items.find((i) => i.label === 'Front matter');
    assert.ok(fm, items.map((i) => i.label).join(','));
    const text = (fm!.textEdit as TextEdit).newText;
    assert.match(text, /^---\n/);
    assert.match(text, /framework: \$\{\d+\|hmip-omi-2007/);
  });
});
