import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols, workspaceSymbols } from '../../server/src/lsp/features/symbols.js';
import { analyzeText, fixture, seed, textAt } from './helpers.js';

describe('lsp: document symbols', () => {
  it('outlines every heading of the seed, with the 4 sections holding its 20 criteria', () => {
    const symbols = documentSymbols(seed());
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'FOREWORD',
        'ACKNOWLEDGEMENTS',
        'CONTENTS',
        'LIST OF ABBREVIATIONS/ACRONYMS',
        'SUMMARY',
        'SUMMARY OF SCORES',
        'RECOMMENDATIONS FOR IMPROVEMENT',
        'NEXT STEPS',
        'SHARING GOOD PRACTICE',
        "SERVICE USERS' PERSPECTIVE",
        '1. Assessment and sentence planning',
        '2. Implementation of interventions',
        '3. Achievement and monitoring of outcomes',
        '4. Leadership and strategic management',
        'APPENDIX 1 Contextual information',
        'APPENDIX 2 Inspection model, methodology and publication arrangements',
        'APPENDIX 3 Scoring Approach',
        'APPENDIX 4 Role of HMI Probation',
      ],
    );
    const sections = symbols.filter((s) => s.kind === SymbolKind.Namespace);
    assert.deepEqual(
      sections.map((s) => s.children!.length),
      [5, 7, 2, 6],
    );
    const scores = symbols.find((s) => s.name === 'SUMMARY OF SCORES')!;
    assert.deepEqual(
      scores.children!.map((c) => c.name),
      ['Chart 1: Scoring of sections 1-3:', 'Table 1: Scoring of section 4:', 'Table 2: Risk of Harm Thread'],
    );
    const appendix2 = symbols.find((s) => s.name.startsWith('APPENDIX 2'))!;
    assert.deepEqual(
      appendix2.children!.map((c) => c.name),
      ['Model', 'Methodology', 'Publication arrangements'],
    );
    // A heading's range runs to the next heading of its level or higher.
    const foreword = symbols[0]!;
    assert.equal(foreword.range.end.line < symbols[1]!.range.start.line, true);
  });

  it('nests a criterion under a section whose heading has the same level, and keeps other headings by level', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n# Foreword\n\nWords.\n\n# 1. Assessment and sentence planning\n\n# 1.1 Preparing for sentence\n\n79%\n\n### Strengths\n\n- (a) One.\n\n# Appendix\n\n## Notes\n\nMore.\n`;
    const symbols = documentSymbols(analyzeText(text));
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Foreword', '1. Assessment and sentence planning', 'Appendix'],
    );
    assert.deepEqual(
      symbols[1]!.children!.map((c) => c.name),
      ['1.1 Preparing for sentence'],
    );
    assert.deepEqual(
      symbols[1]!.children![0]!.children!.map((c) => c.name),
      ['Strengths'],
    );
    assert.deepEqual(
      symbols[2]!.children!.map((c) => c.name),
      ['Notes'],
    );
  });

  it('names criteria from the heading, with score and band or grade as detail', () => {
    const [s1, , , s4] = documentSymbols(seed()).filter((s) => s.kind === SymbolKind.Namespace);
    const c11 = s1!.children![0]!;
    assert.equal(c11.name, '1.1 Preparing for sentence');
    assert.equal(c11.detail, '79% · good');
    assert.equal(c11.kind, SymbolKind.Class);
    assert.equal(s4!.children![0]!.detail, 'Well met');
    const c24 = documentSymbols(seed()).filter((s) => s.kind === SymbolKind.Namespace)[1]!.children![3]!;
    assert.equal(c24.name, '2.4 Ensuring containment and promoting compliance (Punish)');
  });

  it('nests groups and lettered findings under a criterion, with the conclusion last', () => {
    const result = seed();
    const c11 = documentSymbols(result).filter((s) => s.kind === SymbolKind.Namespace)[0]!.children![0]!;
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
