import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols, workspaceSymbols } from '../../server/src/lsp/features/symbols.js';
import { analyzeText, fixture, seed, textAt } from './helpers.js';

describe('lsp: document symbols', () => {
  it('outlines the seed as 4 sections holding its 20 criteria', () => {
    const symbols = documentSymbols(seed());
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['1. Assessment and sentence planning', '2. Implementation of interventions', '3. Achievement and monitoring of outcomes', '4. Leadership and strategic management'],
    );
    assert.deepEqual(
      symbols.map((s) => s.children!.length),
      [5, 7, 2, 6],
    );
  });

  it('names criteria from the heading, with score and band or grade as detail', () => {
    const [s1, , , s4] = documentSymbols(seed());
    const c11 = s1!.children![0]!;
    assert.equal(c11.name, '1.1 Preparing for sentence');
    assert.equal(c11.detail, '79% · good');
    assert.equal(c11.kind, SymbolKind.Class);
    assert.equal(s4!.children![0]!.detail, 'Well met');
    const c24 = documentSymbols(seed())[1]!.children![3]!;
    assert.equal(c24.name, '2.4 Ensuring containment and promoting compliance (Punish)');
  });

  it('nests groups and lettered findings under a criterion, with the conclusion last', () => {
    const result = seed();
    const c11 = documentSymbols(result)[0]!.children![0]!;
    assert.deepEqual(
      c11.children!.map((g) => g.name),
      ['Strengths', 'Areas for Improvement', 'Conclusion'],
    );
    const strengths = c11.children![0]!;
    assert.deepEqual(
      strengths.children!.map((f) => f.name),
      ['(a)', '(b)', '(c)', '(d)', '(e)'],
    );
    const areas = c11.children![1]!;
    assert.match(areas.children![0]!.detail!, /^In the 36 cases where the e-OASys PSR template had been used/);
    assert.equal(textAt(result, areas.children![0]!.selectionRange), 'a');
    assert.equal(c11.children![2]!.detail, 'Performance against this criterion was good.');
  });

  it('keeps every selection range inside its range', () => {
    const check = (syms: ReturnType<typeof documentSymbols>) => {
      for (const s of syms) {
        const inside =
          (s.range.start.line < s.selectionRange.start.line || (s.range.start.line === s.selectionRange.start.line && s.range.start.character <= s.selectionRange.start.character)) &&
          (s.selectionRange.end.line < s.range.end.line || (s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character));
        assert.ok(inside, `${s.name}: selection outside range`);
        if (s.children) check(s.children);
      }
    };
    check(documentSymbols(seed()));
    check(documentSymbols(fixture()));
  });

  it('lists criteria outside any section at the top level, in document order', () => {
    const result = analyzeText(`---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\n66%\n\n# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\n79%\n`);
    const names = documentSymbols(result).map((s) => s.name);
    assert.deepEqual(names, ['2.3 Victims', '1. Assessment and sentence planning']);
  });
});

describe('lsp: workspace symbols', () => {
  const other = analyzeText(`---\nframework: hmip-omi-2007\ntitle: Another area\n---\n\n# 2. Implementation of interventions\n\n## 2.3 Victims\n\n60%\n`, 'file:///reports/other.inspection.md');

  it('finds a criterion by id in every report', () => {
    const found = workspaceSymbols([seed(), other], '2.3');
    assert.deepEqual(
      found.map((s) => [s.name, 'uri' in s.location ? s.location.uri : '']),
      [
        ['2.3 Victims', seed().uri],
        ['2.3 Victims', other.uri],
      ],
    );
    assert.equal(found[1]!.containerName, 'Another area');
  });

  it('finds a criterion by a word of its title, case-insensitively', () => {
    assert.deepEqual(
      workspaceSymbols([seed()], 'victims').map((s) => s.name),
      ['2.3 Victims'],
    );
    assert.deepEqual(
      workspaceSymbols([seed()], 'RISK OF HARM').map((s) => s.name),
      ['1.2 Assessment of risk of harm', '2.2 Protecting the public by minimising risk of harm'],
    );
  });

  it('points at the criterion heading', () => {
    const [sym] = workspaceSymbols([seed()], '2.2');
    assert.ok(sym && 'range' in sym.location);
    assert.match(textAt(seed(), sym.location.range), /^## 2\.2 General Criterion: PROTECTING THE PUBLIC/);
  });
});
