import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { codeActions, editsClash, FIX_ALL_KIND, kindWanted } from '../../server/src/lsp/features/codeActions.js';
import { analyzeText, applyEdits, posOf } from './helpers.js';

const TEXT = `---
framework: hmip-omi-2007
---

# 1. Assessment and sentence planning

## 1.1 Preparing for sentence

79%

### Strengths

- (a) First.
- (c) Second, see 1.1d below.
- (d) Third.

### Conclusion

This criterion represents a priority for improvement.

## 1.2 Assessment of risk of harm

70%

### Strengths

- (a) As 1.1 shows (see 1.1c), reports were thorough.

### Conclusion

Performance against this criterion was good.
`;

const edits = (a: CodeAction): TextEdit[] => Object.values(a.edit!.changes!)[0]!;
const everything = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };

describe('lsp: code actions', () => {
  const result = analyzeText(TEXT);

  it('offers a preferred quick fix for a diagnostic with a fix, with the diagnostic attached', () => {
    const at = posOf(result, 'This criterion represents a priority', 3);
    const actions = codeActions(result, { start: at, end: at }, undefined);
    const fix = actions.find((a) => a.kind === CodeActionKind.QuickFix)!;
    assert.ok(fix, actions.map((a) => a.title).join(','));
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics![0]!.code, 'conclusion/band-mismatch');
    const after = applyEdits(result, edits(fix));
    assert.equal(after, TEXT.replace('This criterion represents a priority for improvement.', 'Performance against this criterion was good.'));
    // No fix-all unless asked for.
    assert.ok(!actions.some((a) => a.kind === FIX_ALL_KIND));
  });

  it('keeps a bare reference on its finding when relettering would send it to the other group', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n## 1.1 Preparing for sentence\n\nA standard.\n\n79%\n\n### Strengths\n\n- (a) One.\n- (b) Two.\n\n### Areas for Improvement\n\n- (a) Three.\n- (c) Four, as noted (see 1.1c).\n`;
    const r = analyzeText(text);
    // Before: 'see 1.1c' reaches Areas (c), since Strengths has no (c).
    const at = posOf(r, '(c) Four', 1);
    const fix = codeActions(r, { start: at, end: at }, [CodeActionKind.QuickFix]).find((a) => a.diagnostics?.[0]?.code === 'structure/finding-letters')!;
    assert.ok(fix);
    const after = applyEdits(r, edits(fix));
    // Areas (c) becomes (b); a bare 'see 1.1b' would reach Strengths (b), so the group is named.
    assert.match(after, /- \(b\) Four, as noted \(see 1\.1b \(Areas for Improvement\)\)\./);
    const again = analyzeText(after);
    const ref = again.report.references.find((x) => x.criterionId === '1.1')!;
    const target = again.index.resolve(ref).finding!;
    assert.equal(target.group, 'areas');
    assert.match(target.summary, /Four/);
  });

  it('reletters findings and updates the references to the moved letters', () => {
    const at = posOf(result, '(c) Second', 1);
    const fix = codeActions(result, { start: at, end: at }, [CodeActionKind.QuickFix]).find((a) => a.diagnostics?.[0]?.code === 'structure/finding-letters')!;
    assert.ok(fix);
    const after = applyEdits(result, edits(fix));
    assert.match(after, /- \(b\) Second, see 1\.1c below\./);
    assert.match(after, /- \(c\) Third\./);
    assert.match(after, /\(see 1\.1b\)/);
    // Nothing else changed: only letters moved.
    assert.equal(after.length, TEXT.length);
    const relettered = analyzeText(after);
    assert.ok(!relettered.diagnostics.some((d) => d.ruleId === 'structure/finding-letters'));
  });

  it('source.fixAll applies every non-overlapping fix', () => {
    const actions = codeActions(result, everything, [CodeActionKind.SourceFixAll]);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, FIX_ALL_KIND);
    const after = applyEdits(result, edits(actions[0]!));
    const fixed = analyzeText(after);
    assert.deepEqual(
      fixed.diagnostics.filter((d) => d.fix).map((d) => d.ruleId),
      [],
    );
    assert.match(after, /- \(b\) Second/);
    assert.match(after, /## 1\.1[\s\S]*Performance against this criterion was good\.[\s\S]*## 1\.2[\s\S]*This criterion represents a priority for improvement\./);
    assert.equal(codeActions(result, everything, ['source.fixAll.inspection']).length, 1);
    assert.equal(codeActions(result, everything, ['source']).length, 1);
  });

  it('matches requested kinds by prefix', () => {
    assert.equal(kindWanted('quickfix', undefined), true);
    assert.equal(kindWanted(FIX_ALL_KIND, undefined, true), false);
    assert.equal(kindWanted(FIX_ALL_KIND, ['source.fixAll']), true);
    assert.equal(kindWanted('quickfix', ['source']), false);
    assert.equal(kindWanted('quickfix', ['quickfix']), true);
  });

  it('treats overlapping edits and insertions inside a replacement as clashing', () => {
    const e = (start: number, end: number) => ({ span: { start, end }, newText: 'x' });
    assert.equal(editsClash(e(0, 5), e(4, 6)), true);
    assert.equal(editsClash(e(0, 5), e(5, 6)), false);
    assert.equal(editsClash(e(3, 3), e(0, 5)), true);
    assert.equal(editsClash(e(3, 3), e(3, 3)), true);
  });
});
