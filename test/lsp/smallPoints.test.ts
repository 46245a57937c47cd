import * as assert from 'node:assert/strict';
import { hover } from '../../server/src/lsp/features/hover.js';
import { inlayHints } from '../../server/src/lsp/features/inlayHints.js';
import { completion, TRIGGER_CHARACTERS } from '../../server/src/lsp/features/completion.js';
import { analyzeText, posOf, seed } from './helpers.js';

const FM = (extra = '') => `---\nframework: hmip-omi-2007\n${extra}---\n\n`;
const REPORT = (extra = '') =>
  FM(extra) +
  `# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\n79%\n\n### Strengths\n\n- (a) A PSR had been written in 60 of the 69 cases.\n- (b) Reports were good (see 1.2b).\n\n### Conclusion\n\nPerformance against this criterion was good.\n\n## 1.2 Assessment of risk of harm\n\n79%\n\n### Strengths\n\n- (a) Risk was assessed.\n- (b) Plans were thorough, see 1.1 and 1.2z.\n\n### Conclusion\n\nPerformance against this criterion was good.\n`;

describe('lsp: the smaller points of issue 12', () => {
  it('one hover text per problem: no claim hover where a diagnostic already says it', () => {
    const result = seed();
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'numbers/percentage-mismatch'));
    const h = hover(result, posOf(result, '36% (12)', 1));
    const text = h ? JSON.stringify(h.contents) : '';
    assert.ok(!text.includes('12 / 36'), text);
    // A claim that is right still gets its arithmetic.
    const ok = hover(result, posOf(result, '69% (22)', 1));
    assert.match(JSON.stringify(ok!.contents), /22 \/ 32 = 68\.75% → 69%/);
  });

  it("inlay hints round under the report's policy: whole percentages by default, one decimal when the front matter asks", () => {
    const whole = analyzeText(REPORT());
    const hint = inlayHints(whole).find((h) => typeof h.label === 'string' && h.label.startsWith('= '));
    assert.equal(hint?.label, '= 87%');
    const one = analyzeText(REPORT('decimals: 1\n'));
    const hint1 = inlayHints(one).find((h) => typeof h.label === 'string' && h.label.startsWith('= '));
    assert.equal(hint1?.label, '= 87.0%');
    assert.match(String(hint1?.tooltip), /60 \/ 69 = 86\.957% → 87\.0%/);
  });

  it('inlay hints show the title of the criterion a reference points to', () => {
    const result = analyzeText(REPORT());
    const labels = inlayHints(result).map((h) => [result.lines.offsetAt(h.position), h.label] as const);
    const at = result.text.indexOf('see 1.2b') + 'see 1.2b'.length;
    assert.ok(labels.some(([o, l]) => o === at && l === 'Assessment of risk of harm'), JSON.stringify(labels));
  });

  it("every reference of a list is checked: in 'see 1.1 and 1.2z' the 1.2z is an unknown letter", () => {
    const result = analyzeText(REPORT());
    const d = result.diagnostics.filter((x) => x.ruleId === 'reference/unknown-letter');
    assert.equal(d.length, 1, result.diagnostics.map((x) => x.message).join('\n'));
    const z = result.text.indexOf('1.2z');
    assert.ok(d[0]!.span.start >= z && d[0]!.span.end <= z + 4, 'on the 1.2z of the list');
    const ids = result.report.references.map((r) => `${r.criterionId}${r.letter ?? ''}`);
    assert.deepEqual(ids, ['1.2b', '1.1', '1.2z']);
  });

  it("offers finding letters right after 'see 4.3', and digits trigger completion so the list appears", () => {
    assert.ok(TRIGGER_CHARACTERS.includes('3'));
    const result = analyzeText(REPORT().replace('see 1.1 and 1.2z', 'see 1.1'));
    const items = completion(result, posOf(result, 'see 1.1.', 7));
    assert.deepEqual(
      items.map((i) => i.label),
      ['1.1', 'a', 'b'],
    );
    assert.equal(items[1]!.detail, '1.1 Strengths (a)');
  });
});
