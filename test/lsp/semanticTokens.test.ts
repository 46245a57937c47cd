import * as assert from 'node:assert/strict';
import type { AnalysisResult, NumericClaim } from '../../server/src/core/index.js';
import { LEGEND, semanticTokens, tokens } from '../../server/src/lsp/features/semanticTokens.js';
import { fixture, offsetOf, seed } from './helpers.js';

const show = (result: AnalysisResult) => tokens(result).map((t) => `${t.type}${t.declaration ? '*' : ''}:${result.text.slice(t.span.start, t.span.end)}`);

describe('lsp: semantic tokens', () => {
  it('marks ids, scores, grades, references, labels and conclusions', () => {
    const result = fixture();
    const all = show(result);
    for (const expected of ['namespace*:1', 'namespace*:1.1', 'number:79%', 'keyword:Strengths', 'macro:see 1.2b', "macro:see 'b' under 'Strengths'", 'macro:OMI Criterion: 1.1a', 'string:Performance against this criterion was good.', 'enumMember:Well met']) {
      assert.ok(all.includes(expected), `${expected} not in ${all.join(' | ')}`);
    }
  });

  it('paints numeric claims as numbers and splits a longer token around a shorter one', () => {
    const base = fixture();
    const at = offsetOf(base.text, 'Performance against this criterion was good.');
    // A claim inside the conclusion: the conclusion token is split around it.
    const claim: NumericClaim = { kind: 'test', span: { start: at + 12, end: at + 19 }, arithmetic: '', verdict: 'unchecked' };
    const result = { ...base, report: { ...base.report, claims: [claim] } };
    const all = show(result);
    assert.ok(all.includes('number:against'), all.join(' | '));
    assert.ok(all.includes('string:Performance'));
    assert.ok(all.includes('string:this criterion was good.'));
  });

  it('encodes sorted, non-overlapping, single-line tokens', () => {
    const result = seed();
    const list = tokens(result);
    for (let i = 1; i < list.length; i++) assert.ok(list[i]!.span.start >= list[i - 1]!.span.end, 'sorted and disjoint');
    for (const t of list) assert.ok(!result.text.slice(t.span.start, t.span.end).includes('\n'));
    const { data } = semanticTokens(result);
    assert.equal(data.length, list.length * 5);
    // Decode the first token back.
    const first = list[0]!;
    const pos = result.lines.positionAt(first.span.start);
    assert.deepEqual(data.slice(0, 5), [pos.line, pos.character, first.span.end - first.span.start, LEGEND.tokenTypes.indexOf(first.type), first.declaration ? 1 : 0]);
  });
});

describe('lsp: semantic tokens of claims with operands', () => {
  it('paints only the numbers of a claim when the extractor recorded them', () => {
    const base = fixture();
    const at = offsetOf(base.text, 'Reports were timely in most cases.');
    const claim = {
      kind: 'test',
      span: { start: at, end: at + 20 },
      arithmetic: '',
      verdict: 'unchecked' as const,
      operands: [{ span: { start: at + 8, end: at + 12 } }, { span: { start: at + 13, end: at + 19 }, inferred: true }],
    };
    const result = { ...base, report: { ...base.report, claims: [claim] } };
    const all = show(result);
    assert.ok(all.includes('number:were'), all.join(' | '));
    assert.ok(!all.some((t) => t.startsWith('number:Reports')));
    assert.ok(!all.includes('number:timely'), 'an inferred operand is not painted');
  });
});
