import * as assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { documentHighlights } from '../../server/src/lsp/features/highlights.js';
import { references } from '../../server/src/lsp/features/references.js';
import { fixture, posOf, seed, textAt } from './helpers.js';

describe('lsp: references and highlights', () => {
  it('finds every reference to a criterion from its heading', () => {
    const result = fixture();
    const refs = references(result, posOf(result, '## 1.1', 4), false);
    assert.deepEqual(
      refs.map((r) => textAt(result, r.range)),
      // `see 'b' under 'Strengths'` (inside 1.1), criterion 1.1, section 1.1, OMI Criterion: 1.1a, see 1.1b.
      ['b', '1.1', '1.1', '1.1a', '1.1b'],
    );
    const withDecl = references(result, posOf(result, '## 1.1', 4), true);
    assert.equal(withDecl.length, 6);
    assert.equal(textAt(result, withDecl[0]!.range), '1.1');
    assert.equal(result.lines.offsetAt(withDecl[0]!.range.start), result.index.criteria.get('1.1')!.idSpan.start);
  });

  it('finds the references to one finding from its letter and from a reference', () => {
    const result = fixture();
    // (b) of 1.1 Strengths: `see 'b' under 'Strengths'` and `see 1.1b`.
    const fromLetter = references(result, posOf(result, '(b) Reports were well written', 1), false);
    assert.deepEqual(
      fromLetter.map((r) => textAt(result, r.range)),
      ['b', '1.1b'],
    );
    const fromRef = references(result, posOf(result, 'see 1.1b', 6), true);
    assert.deepEqual(
      fromRef.map((r) => textAt(result, r.range)),
      ['b', 'b', '1.1b'],
    );
  });

  it('includes summary-table rows of a criterion', () => {
    const result = seed();
    const refs = references(result, posOf(result, '## 4.3', 4), false);
    const texts = refs.map((r) => textAt(result, r.range));
    assert.ok(texts.includes('4.3d'), texts.join(','));
    const rowLine = result.report.summaryTables.flatMap((t) => t.rows).find((r) => r.criterionId === '4.3')!;
    assert.ok(refs.some((r) => result.lines.offsetAt(r.range.start) === rowLine.idSpan.start));
  });

  it('highlights the declaration as a write and references as reads', () => {
    const result = fixture();
    const hl = documentHighlights(result, posOf(result, 'OMI Criterion: 1.1a', 16));
    assert.deepEqual(
      hl.map((h) => [textAt(result, h.range), h.kind]),
      [
        ['a', DocumentHighlightKind.Write],
        ['1.1a', DocumentHighlightKind.Read],
      ],
    );
  });

  it('gives nothing on prose', () => {
    const result = fixture();
    assert.deepEqual(references(result, posOf(result, 'Assessments were thorough', 2), true), []);
  });
});
