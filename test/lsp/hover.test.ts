import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import type { AnalysisResult, NumericClaim } from '../../server/src/core/index.js';
import { hover } from '../../server/src/lsp/features/hover.js';
import { fixture, offsetOf, posOf, seed, textAt } from './helpers.js';

function value(h: ReturnType<typeof hover>): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

/** The result with the given claims, as the numbers extractor would give them. */
function withClaims(result: AnalysisResult, claims: NumericClaim[]): AnalysisResult {
  return { ...result, report: { ...result.report, claims } };
}

describe('lsp: hover', () => {
  it('on a reference: title, grade, and the finding text', () => {
    const result = seed();
    const h = hover(result, posOf(result, 'see 4.3d', 6));
    const v = value(h);
    assert.match(v, /\*\*4\.3 Resource deployment\*\* · Satisfactorily met/);
    assert.match(v, /Strengths \(d\)/);
    assert.match(v, /> Overall, sentencers were satisfied/);
    assert.equal(textAt(result, h!.range!), 'see 4.3d');
  });

  it('on a reference to a scored criterion: score and conclusion', () => {
    const result = fixture();
    const v = value(hover(result, posOf(result, 'criterion 1.1', 3)));
    assert.match(v, /\*\*1\.1 Preparing for sentence\*\* · 79%/);
    assert.match(v, /Conclusion: _Performance against this criterion was good\._/);
  });

  it('on a criterion heading: standard, score, band, section mean and references', () => {
    const result = seed();
    const v = value(hover(result, posOf(result, '## 1.1 General', 5)));
    assert.match(v, /Standard: _Activity in the phase leading up to sentence is timely, purposeful and effective\._/);
    assert.match(v, /Score: 79%/);
    assert.match(v, /Band: \*\*good\*\*/);
    // Section 1: (79 + 70 + 75 + 75 + 68) / 5 = 73.4.
    assert.match(v, /Section 1 mean: 73\.4%/);
    assert.match(v, /0 references in this report/);
    const v43 = value(hover(result, posOf(result, '## 4.3 General', 5)));
    assert.match(v43, /Grade: Satisfactorily met/);
    assert.match(v43, /2 references in this report/);
  });

  it('on a numeric claim: the arithmetic with a tick or a cross', () => {
    const result = seed();
    const at = offsetOf(result.text, '69% (22)');
    const ok: NumericClaim = { kind: 'percent-count', span: { start: at, end: at + 8 }, arithmetic: '22 / 32 = 68.75% → 69%', verdict: 'ok' };
    const v = value(hover(withClaims(result, [ok]), posOf(result, '69% (22)', 5)));
    assert.match(v, /22 \/ 32 = 68\.75% → 69%/);
    assert.match(v, /✓/);
    const bad: NumericClaim = { ...ok, verdict: 'inconsistent', arithmetic: '22 / 32 = 68.75% → 69%, not 70%', replacement: { span: ok.span, newText: '69% (22)' } };
    const vb = value(hover(withClaims(result, [bad]), posOf(result, '69% (22)', 1)));
    assert.match(vb, /✗/);
    assert.match(vb, /Consistent: `69% \(22\)`/);
  });

  it('on a real claim of the seed: one tick, as the core computed it', () => {
    const result = seed();
    const v = value(hover(result, posOf(result, '69% (22)', 1)));
    assert.match(v, /22 \/ 32 = 68\.75% → 69%/);
    assert.equal((v.match(/✓/g) ?? []).length, 1, v);
  });

  it('on a section reference: the section and its mean', () => {
    const result = seed();
    const v = value(hover(result, posOf(result, 'criteria in section 4', 14)));
    assert.match(v, /\*\*4\. Leadership and strategic management\*\*/);
    assert.match(v, /4\.1 Leadership and planning: Well met/);
  });

  it('gives nothing on plain prose', () => {
    const result = fixture();
    assert.equal(hover(result, posOf(result, 'Assessments were thorough', 3)), undefined);
  });
});
