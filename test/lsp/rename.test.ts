import * as assert from 'node:assert/strict';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename, rename, RenameError } from '../../server/src/lsp/features/rename.js';
import { analyzeText, applyEdits, fixture, posOf, seed, seedText, SEED_URI, textAt } from './helpers.js';

const apply = (result: ReturnType<typeof seed>, edit: WorkspaceEdit) => applyEdits(result, edit.changes![result.uri]!);

describe('lsp: rename', () => {
  it('renumbers a criterion: heading, references and summary rows', () => {
    // The seed without criterion 4.6, so that 4.6 is an id the framework has and the report does not.
    const text = seedText();
    const from = text.indexOf('## 4.6 General Criterion');
    const result = analyzeText(text.slice(0, from) + text.slice(text.indexOf('# APPENDIX 1', from)).replace(/^\| 4\.6 .*\n/m, ''), SEED_URI);
    const prep = prepareRename(result, posOf(result, '## 4.3', 4));
    assert.ok(prep);
    assert.equal(prep.placeholder, '4.3');
    const after = apply(result, rename(result, posOf(result, '## 4.3', 4), '4.6'));
    assert.match(after, /^## 4\.6 General Criterion: RESOURCE DEPLOYMENT$/m);
    assert.match(after, /\(see 4\.6d\)/);
    assert.match(after, /see section 4\.6 for more details/);
    assert.match(after, /^\| 4\.6 General Criterion: RESOURCE DEPLOYMENT \| Satisfactorily met \|$/m);
    assert.ok(!/see 4\.3d|section 4\.3\b/.test(after));
    // Only ids changed.
    assert.equal(after.length, result.text.length);
  });

  it('renames a criterion from a reference to it', () => {
    const result = fixture();
    const at = posOf(result, 'OMI Criterion: 1.1a', 16);
    assert.equal(prepareRename(result, at)!.placeholder, '1.1');
    const after = apply(result, rename(result, at, '1.3'));
    assert.match(after, /## 1\.3 Preparing for sentence/);
    assert.match(after, /criterion 1\.3 expects/);
    assert.match(after, /see section 1\.3 and OMI Criterion: 1\.3a/);
    assert.match(after, /see 1\.3b\./);
    // The under-reference names no id: unchanged.
    assert.match(after, /see 'b' under 'Strengths' above/);
  });

  it('renames a finding letter and every reference to that finding', () => {
    const result = fixture();
    const at = posOf(result, '(b) Reports were well written', 1);
    const prep = prepareRename(result, at)!;
    assert.equal(textAt(result, prep.range), 'b');
    const after = apply(result, rename(result, at, 'c'));
    assert.match(after, /- \(c\) Reports were well written/);
    assert.match(after, /see 'c' under 'Strengths' above/);
    assert.match(after, /Leadership was visible, see 1\.1c\./);
    // 1.2 (b) is another finding: untouched.
    assert.match(after, /\(see 1\.2b\)/);
  });

  it('renames a letter from a reference when the cursor is on the letter', () => {
    const result = fixture();
    const at = posOf(result, 'see 1.1b.', 7);
    assert.equal(textAt(result, prepareRename(result, at)!.range), 'b');
    const after = apply(result, rename(result, at, 'd'));
    assert.match(after, /- \(d\) Reports were well written/);
  });

  it('refuses bad names and clashes, and prose', () => {
    const result = fixture();
    assert.throws(() => rename(result, posOf(result, '## 1.1', 4), 'four'), RenameError);
    assert.throws(() => rename(result, posOf(result, '## 1.1', 4), '1.2'), /already has a criterion 1\.2/);
    // An id the framework does not have is refused with a clear message, and nothing is changed.
    assert.throws(() => rename(result, posOf(result, '## 1.1', 4), '1.9'), /has no criterion 1\.9 \(its criteria run from 1\.1 to 4\.6\)/);
    assert.throws(() => rename(result, posOf(result, '(b) Reports were well written', 1), 'a'), /already has a finding \(a\)/);
    assert.equal(prepareRename(result, posOf(result, 'Reports were timely', 3)), undefined);
  });
});
