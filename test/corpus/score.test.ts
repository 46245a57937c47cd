/**
 * The scoring of the corpus runner (tools/eval/corpus-data.ts): what counts
 * as recognised, caught and a false alarm, on hand-made analysis results and
 * on one real analysis.
 */
import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult, type Diagnostic } from '../../server/src/core/index.js';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { claimsOf, PassageSchema, score, wrap, type Passage } from '../../tools/eval/corpus-data.js';

const passage = (text: string, relations: Passage['relations']): Passage =>
  PassageSchema.parse({ id: 'a-test-1', source: 'written', inspectorate: 'HMI Probation', families: ['plain'], text, relations });

/** A result with the given claims and diagnostics, spans given in passage offsets. */
function fake(p: Passage, claims: { kind: string; span: [number, number]; operands: [number, number][]; verdict?: string }[], diags: { rule: string; span: [number, number]; severity?: Diagnostic['severity'] }[]): AnalysisResult {
  const w = wrap(p);
  const s = ([a, b]: [number, number]) => ({ start: a + w.offset, end: b + w.offset });
  const records: ClaimRecord[] = claims.map((c) => ({
    kind: c.kind,
    span: s(c.span),
    arithmetic: '',
    verdict: (c.verdict ?? 'ok') as ClaimRecord['verdict'],
    operands: c.operands.map((o) => ({ role: 'k', value: 0, raw: '', span: s(o) })),
  }));
  const diagnostics: Diagnostic[] = diags.map((d) => ({ ruleId: d.rule, severity: d.severity ?? 'warning', message: '', span: s(d.span) }));
  return { report: { claims: records }, diagnostics } as unknown as AnalysisResult;
}

describe('corpus: scoring a passage', () => {
  const text = 'Of the 36 cases, 12 (36%) had a plan.';
  const at = (needle: string): [number, number] => [text.indexOf(needle), text.indexOf(needle) + needle.length];
  const p = passage(text, [{ kind: 'percent-of', figures: ['12', '36', '36%'], holds: false, arithmetic: '12/36 = 33%' }]);

  it('recognises a relation when one judged claim has operands on all its figures, and catches it with an overlapping diagnostic', () => {
    const o = score(p, fake(p, [{ kind: 'percent-count', span: at('12 (36%)'), operands: [at('12'), at('36'), at('36%')], verdict: 'inconsistent' }], [{ rule: 'numbers/percentage-mismatch', span: at('36%') }]), wrap(p));
    assert.equal(o.relations[0]!.recognised, true);
    assert.equal(o.relations[0]!.caught, true);
    assert.equal(o.falseAlarms.length, 0);
  });

  it('does not recognise it from a claim that lacks a figure, or from an unchecked claim', () => {
    const partial = score(p, fake(p, [{ kind: 'percent-count', span: at('12 (36%)'), operands: [at('12'), at('36%')] }], []), wrap(p));
    assert.equal(partial.relations[0]!.recognised, false);
    const unchecked = score(p, fake(p, [{ kind: 'percent-count', span: at('12 (36%)'), operands: [at('12'), at('36'), at('36%')], verdict: 'unchecked' }], []), wrap(p));
    assert.equal(unchecked.relations[0]!.recognised, false);
  });

  it('a report on the wrong relation is not a catch, and a diagnostic away from every wrong figure is a false alarm', () => {
    const o = score(p, fake(p, [], [{ rule: 'numbers/percentage-mismatch', span: at('36%') }, { rule: 'numbers/impossible', span: at('a plan') }]), wrap(p));
    assert.equal(o.relations[0]!.caught, false, 'not recognised, so not caught');
    assert.equal(o.falseAlarms.length, 1);
    assert.equal(o.falseAlarms[0]!.ruleId, 'numbers/impossible');
  });

  it('hints and other families of rules are neither catches nor false alarms', () => {
    const o = score(p, fake(p, [], [{ rule: 'numbers/rounding-convention', span: at('a plan'), severity: 'hint' }, { rule: 'structure/missing-score', span: at('a plan') }]), wrap(p));
    assert.equal(o.falseAlarms.length, 0);
  });

  it('scores a real analysis: the seed error shape 12 (36%) of 36 is recognised and caught', () => {
    const w = wrap(p);
    const result = analyze(w.text, 'file:///corpus/a-test-1.inspection.md');
    assert.ok(claimsOf(result).length > 0);
    const o = score(p, result, w);
    assert.equal(o.relations[0]!.caught, true);
    assert.deepEqual(o.falseAlarms, []);
  });
});
