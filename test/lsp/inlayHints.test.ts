import * as assert from 'node:assert/strict';
import type { AnalysisResult, NumericClaim } from '../../server/src/core/index.js';
import { claimPercentage, inlayHints } from '../../server/src/lsp/features/inlayHints.js';
import { analyzeText, offsetOf } from './helpers.js';

const TEXT = `---\nframework: hmip-omi-2007\n---\n\n## 1.1 Preparing for sentence\n\n79%\n\n### Strengths\n\n- (a) A PSR had been written in 60 of the 69 cases, and 69% (22) were clear.\n`;

function withClaims(result: AnalysisResult, claims: NumericClaim[]): AnalysisResult {
  return { ...result, report: { ...result.report, claims } };
}

describe('lsp: inlay hints', () => {
  const base = analyzeText(TEXT);
  const countAt = offsetOf(TEXT, '60 of the 69 cases');
  const pctAt = offsetOf(TEXT, '69% (22)');
  const count: NumericClaim = { kind: 'count-of', span: { start: countAt, end: countAt + '60 of the 69 cases'.length }, arithmetic: '60 / 69 = 86.96% → 87%', verdict: 'unchecked' };
  const pct: NumericClaim = { kind: 'percent-count', span: { start: pctAt, end: pctAt + 8 }, arithmetic: '22 / 32 = 68.75% → 69%', verdict: 'ok' };
  const result = withClaims(base, [count, pct]);

  it('puts the percentage after a count that does not state one', () => {
    const hints = inlayHints(result);
    assert.equal(hints.length, 1);
    assert.equal(hints[0]!.label, '= 87%');
    assert.equal(result.lines.offsetAt(hints[0]!.position), count.span.end);
    assert.equal(hints[0]!.tooltip, '60 / 69 = 86.96% → 87%');
  });

  it('limits hints to the requested range', () => {
    const before = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    assert.deepEqual(inlayHints(result, before), []);
  });

  it('reads the last percentage of the arithmetic', () => {
    assert.equal(claimPercentage(count), '87%');
    assert.equal(claimPercentage({ ...count, arithmetic: 'no numbers' }), undefined);
  });
});
