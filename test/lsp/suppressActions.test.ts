import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { analyze, type Diagnostic } from '../../server/src/core/index.js';
import { codeActions } from '../../server/src/lsp/features/codeActions.js';
import { analyzeText, applyEdits, posOf, seed, seedText, SEED_URI } from './helpers.js';

const PM = 'numbers/percentage-mismatch';
const edits = (a: CodeAction): TextEdit[] => Object.values(a.edit!.changes!)[0]!;
const ignoreActions = (result: ReturnType<typeof analyzeText>, needle: string, delta = 0) => {
  const at = posOf(result, needle, delta);
  return codeActions(result, { start: at, end: at }, [CodeActionKind.QuickFix]).filter((a) => a.title.startsWith('Ignore '));
};
/** What changed between two analyses, by rule and message. */
const diff = (before: Diagnostic[], after: Diagnostic[]) => {
  const k = (d: Diagnostic) => `${d.ruleId} ${d.message}`;
  const a = after.map(k);
  const b = before.map(k);
  return { gone: b.filter((x) => !a.includes(x)), added: a.filter((x) => !b.includes(x)) };
};

describe('lsp: quick fixes that ignore a problem', () => {
  it("'Ignore … on this line' on the seed's '36% (12)' inserts a disable-next-line comment above the item, which silences that finding alone", () => {
    const result = seed();
    const line = ignoreActions(result, '36% (12)', 1).find((a) => a.title === `Ignore ${PM} on this line`)!;
    assert.ok(line);
    assert.equal(line.isPreferred, undefined, 'never preferred over the real fix');
    const after = applyEdits(result, edits(line));
    const at = seedText().indexOf('- (a) In the 36 cases where the e-OASys');
    assert.equal(after, seedText().slice(0, at) + `<!-- inspection-disable-next-line ${PM} -->\n` + seedText().slice(at));
    const { gone, added } = diff(result.diagnostics, analyze(after, SEED_URI).diagnostics);
    assert.deepEqual(gone.map((g) => g.split(' ')[0]), [PM]);
    assert.deepEqual(added, []);
  });

  it("'Ignore RULE in this file' adds the rule to front matter disable: (created when missing)", () => {
    const result = seed();
    const file = ignoreActions(result, '36% (12)', 1).find((a) => a.title === `Ignore ${PM} in this file`)!;
    const after = applyEdits(result, edits(file));
    assert.equal(after, seedText().replace('framework: hmip-omi-2007\n---\n', `framework: hmip-omi-2007\ndisable: [${PM}]\n---\n`));
    const again = analyze(after, SEED_URI);
    assert.ok(!again.diagnostics.some((d) => d.ruleId === PM));
    assert.ok(!again.diagnostics.some((d) => d.ruleId.startsWith('suppression/')));
    // A second rule joins the list.
    const r2 = analyzeText(after.replace('(see 4.3d)', '(see 4.3z)'));
    const unknown = r2.diagnostics.find((d) => d.ruleId === 'reference/unknown-letter')!;
    assert.ok(unknown, 'fixture: an unknown letter');
    const at = r2.lines.positionAt(unknown.span.start);
    const add = codeActions(r2, { start: at, end: at }, [CodeActionKind.QuickFix]).find((a) => a.title === 'Ignore reference/unknown-letter in this file')!;
    assert.match(applyEdits(r2, edits(add)), new RegExp(`disable: \\[${PM}, reference/unknown-letter\\]\\n`));
    // No front matter: one is created.
    const bare = analyzeText('## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n- (a) It was done in 36% (12) of the 36 cases.\n');
    const create = ignoreActions(bare, '36% (12)', 1).find((a) => a.title === `Ignore ${PM} in this file`)!;
    const created = applyEdits(bare, edits(create));
    assert.ok(created.startsWith(`---\ndisable: [${PM}]\n---\n\n## 2.3`));
    assert.ok(!analyze(created, SEED_URI).diagnostics.some((d) => d.ruleId === PM));
  });

  it('in the middle of a paragraph the comment goes at the end of the line (a comment line would split the paragraph)', () => {
    const text = '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n- (a) Work was prompt and\n  it was done in 36% (12) of the 36 cases.\n';
    const result = analyzeText(text);
    const line = ignoreActions(result, '36% (12)', 1).find((a) => a.title.endsWith('on this line'))!;
    const after = applyEdits(result, edits(line));
    assert.equal(after, text.replace('36 cases.\n', `36 cases. <!-- inspection-disable-line ${PM} -->\n`));
    const { gone, added } = diff(result.diagnostics, analyze(after, SEED_URI).diagnostics);
    assert.deepEqual(gone.map((g) => g.split(' ')[0]), [PM]);
    assert.deepEqual(added, []);
  });

  it('a second rule on a line with a directive joins that directive', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n<!-- inspection-disable-next-line ${PM} -->\n- (a) It was done in 36% (12) of the 36 cases (see 2.3q).\n`;
    const result = analyzeText(text);
    const line = ignoreActions(result, '2.3q', 3).find((a) => a.title === 'Ignore reference/unknown-letter on this line')!;
    const after = applyEdits(result, edits(line));
    assert.equal(after, text.replace(`${PM} -->`, `${PM}, reference/unknown-letter -->`));
    const again = analyze(after, SEED_URI).diagnostics;
    assert.ok(!again.some((d) => d.ruleId === 'reference/unknown-letter' || d.ruleId === PM || d.ruleId.startsWith('suppression/')));
  });
});
