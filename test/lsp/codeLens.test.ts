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
});
