import * as assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver';
import { rangeContains } from '../../server/src/lsp/convert.js';
import { selectionRange } from '../../server/src/lsp/features/selectionRanges.js';
import { fixture, posOf, textAt } from './helpers.js';

function chain(s: SelectionRange | undefined): SelectionRange[] {
  const out: SelectionRange[] = [];
  for (let x = s; x; x = x.parent) out.push(x);
  return out;
}

describe('lsp: selection ranges', () => {
  it('grows word -> finding -> group -> criterion -> section -> document', () => {
    const result = fixture();
    const steps = chain(selectionRange(result, posOf(result, 'well written', 2)));
    const texts = steps.map((s) => textAt(result, s.range));
    assert.equal(texts[0], 'well');
    assert.match(texts[1]!, /^- \(b\) Reports were well written[\s\S]*A second paragraph of the same finding\.$/);
    assert.match(texts[2]!, /^### Strengths[\s\S]*same finding\.$/);
    assert.match(texts[3]!, /^## 1\.1 Preparing for sentence[\s\S]*was good\.$/);
    assert.match(texts[4]!, /^# 1\. Assessment and sentence planning[\s\S]*priority for improvement\.$/);
    assert.equal(texts[5], result.text.trim());
    for (let i = 1; i < steps.length; i++) assert.ok(rangeContains(steps[i]!.range, steps[i - 1]!.range));
  });

  it('selects a reference target, then the whole reference', () => {
    const result = fixture();
    const texts = chain(selectionRange(result, posOf(result, 'see 1.2b', 5))).map((s) => textAt(result, s.range));
    assert.deepEqual(texts.slice(0, 2), ['1.2b', 'see 1.2b']);
  });
});
