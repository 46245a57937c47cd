import * as assert from 'node:assert/strict';
import { codeLenses } from '../../server/src/lsp/features/codeLens.js';
import { fixture, seed, textAt } from './helpers.js';

describe('lsp: code lens', () => {
  it('shows score, band and reference count on every criterion heading', () => {
    const result = seed();
    const lenses = codeLenses(result);
    assert.equal(lenses.length, 20);
    assert.equal(lenses[0]!.command!.title, '79% · good · 0 references');
    assert.match(textAt(result, lenses[0]!.range), /^## 1\.1 General Criterion/);
    const c43 = lenses.find((l) => textAt(result, l.range).startsWith('## 4.3'))!;
    assert.equal(c43.command!.title, 'Satisfactorily met · 2 references');
  });

  it('counts references with the report index', () => {
    const result = fixture();
    const titles = codeLenses(result).map((l) => l.command!.title);
    assert.deepEqual(titles, ['79% · good · 5 references', '70% · priority · 1 reference', 'Well met · 0 references']);
  });

  it('runs the client\'s show-references command with the heading position and the reference locations', () => {
    const result = seed();
    const lenses = codeLenses(result, 'client.showReferences');
    const c43 = lenses.find((l) => textAt(result, l.range).startsWith('## 4.3'))!;
    assert.equal(c43.command!.command, 'client.showReferences');
    const [uri, at, locations] = c43.command!.arguments as [string, { line: number; character: number }, { uri: string; range: Parameters<typeof textAt>[1] }[]];
    assert.equal(uri, result.uri);
    assert.equal(at.line, c43.range.start.line);
    assert.deepEqual(locations.map((l) => textAt(result, l.range)).sort(), ['4.3', '4.3d']);
    // A lens with nothing to show stays a label.
    assert.equal(lenses[0]!.command!.command, '');
  });
});
