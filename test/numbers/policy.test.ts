/** The rounding policy: framework, front matter, and the caller's override; the block cache follows it. */
import * as assert from 'node:assert/strict';
import { DocumentAnalyzer } from '../../server/src/core/index.js';
import { builtinFramework } from '../../server/src/core/framework/load.js';
import { resolvePolicy } from '../../server/src/core/numbers/policy.js';
import { claimsOf, numbersDiagnostics, reportWith, run } from './helpers.js';

const TRUNC = '---\ntitle: Example\nframework: hmip-omi-2007\nrounding: truncate\n---\n\n';
const FINDING = 'The full analysis was satisfactory in 72% of the 77 cases where it was completed. This left 21 cases where it was insufficient.';

describe('numbers: rounding policy', () => {
  it('defaults to the framework: nearest, either tie, reported precision', () => {
    assert.deepEqual(resolvePolicy(builtinFramework('hmip-omi-2007'), {}), { decimals: 0, mode: 'nearest', ties: 'either' });
  });

  it('reads the front matter, and the override wins', () => {
    const fw = builtinFramework('hmip-omi-2007');
    assert.deepEqual(resolvePolicy(fw, { frontMatter: { rounding: 'half-up', decimals: '1' } }), { decimals: 1, mode: 'nearest', ties: 'up' });
    assert.deepEqual(resolvePolicy(fw, { frontMatter: { rounding: 'truncate' }, rounding: { decimals: 2, ties: 'even' } }), { decimals: 2, mode: 'truncate', ties: 'even' });
    assert.deepEqual(resolvePolicy(fw, { frontMatter: { rounding: 'sideways', decimals: 'x' } }), { decimals: 0, mode: 'nearest', ties: 'either' });
  });

  it("a truncating report's 72% of 77 is fine; a nearest one is told about the convention", () => {
    const near = numbersDiagnostics(reportWith([FINDING]));
    assert.deepEqual(near.map((d) => d.ruleId), ['numbers/rounding-convention']);
    assert.equal(near[0]!.severity, 'info');
    assert.deepEqual(numbersDiagnostics(reportWith([FINDING], TRUNC)), []);
  });

  it('AnalyzeOptions.rounding changes the precision and the tie rule', () => {
    const finding = 'It was recorded in 13% (1 of 8) of cases.';
    assert.equal(claimsOf(finding)[0]!.verdict, 'ok');
    assert.equal(claimsOf(finding, { rounding: { ties: 'down' } })[0]!.verdict, 'convention');
    assert.equal(claimsOf('It was recorded in 99% (74 of 75) of records.', { rounding: { decimals: 1 } })[0]!.verdict, 'inconsistent');
  });

  it('an incremental analyzer re-reads every block when the front matter rounding changes', () => {
    const a = new DocumentAnalyzer('file:///test.inspection.md');
    const nearText = reportWith([FINDING]);
    const truncText = reportWith([FINDING], TRUNC);
    const first = a.update(nearText).diagnostics.filter((d) => d.ruleId.startsWith('numbers/'));
    assert.equal(first.length, 1);
    const second = a.update(truncText);
    assert.deepEqual(second.diagnostics.filter((d) => d.ruleId.startsWith('numbers/')), []);
    assert.deepEqual(JSON.parse(JSON.stringify(second.report.claims)), JSON.parse(JSON.stringify(run(truncText).report.claims)));
    const third = a.update(nearText);
    assert.deepEqual(JSON.parse(JSON.stringify(third.report.claims)), JSON.parse(JSON.stringify(run(nearText).report.claims)));
  });

  it('and when setOptions changes the override', () => {
    const text = reportWith(['It was recorded in 13% (1 of 8) of cases.']);
    const a = new DocumentAnalyzer('file:///test.inspection.md');
    assert.equal(a.update(text).diagnostics.filter((d) => d.ruleId.startsWith('numbers/')).length, 0);
    a.setOptions({ rounding: { ties: 'down' } });
    assert.equal(a.update(text).diagnostics.filter((d) => d.ruleId === 'numbers/rounding-convention').length, 1);
  });

  it('claims move with their block when text above them changes', () => {
    const a = new DocumentAnalyzer('file:///test.inspection.md');
    const text = reportWith(['In the 36 cases where it was used, it helped in 36% (12) of cases.']);
    const before = a.update(text);
    const edited = text.replace('title: Example', 'title: Example report');
    // Front matter changed: all blocks are re-read; now edit prose above the finding instead.
    a.update(edited);
    const moved = edited.replace('Activity in the phase', 'All activity in the phase');
    const after = a.update(moved);
    const d = after.diagnostics.find((x) => x.ruleId === 'numbers/percentage-mismatch')!;
    assert.equal(moved.slice(d.span.start, d.span.end), '36% (12)');
    assert.equal(moved.slice(d.fix!.edits[0]!.span.start, d.fix!.edits[0]!.span.end), '36%');
    assert.ok(before.diagnostics.some((x) => x.ruleId === 'numbers/percentage-mismatch'));
  });
});
