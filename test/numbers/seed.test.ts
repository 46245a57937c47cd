/**
 * The Sussex seed: its one published inconsistency is found, nothing
 * consistent is flagged, and single errors put into it are found at the
 * right place with the arithmetic. docs/validation.md adjudicates the list.
 */
import * as assert from 'node:assert/strict';
import { seedText } from '../core/helpers.js';
import { at, claims, numbersDiagnostics, run } from './helpers.js';

const SEED = seedText();

function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  assert.ok(i >= 0, `fixture text not found: ${from}`);
  assert.equal(text.indexOf(from, i + 1), -1, `fixture text is not unique: ${from}`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

describe('numbers: the Sussex seed', () => {
  it("flags '36% (12)' of 36 and nothing else but the 72%-of-77 rounding convention", () => {
    const d = numbersDiagnostics(SEED);
    assert.deepEqual(
      d.map((x) => [x.ruleId, at(SEED, x.span)]),
      [
        ['numbers/percentage-mismatch', '36% (12)'],
        ['numbers/rounding-convention', 'This left 21'],
      ],
    );
    const [mismatch, convention] = d;
    assert.equal(mismatch!.message, '36% does not match 12 of 36: 12 / 36 = 33.33% → 33%, not 36%');
    assert.equal(at(SEED, mismatch!.fix!.edits[0]!.span), '36%');
    assert.equal(mismatch!.fix!.edits[0]!.newText, '33%');
    assert.equal(at(SEED, mismatch!.related![0]!.span), '36', 'points at the total, "the 36 cases"');
    assert.equal(convention!.severity, 'info');
    assert.match(convention!.message, /56 \/ 77 = 72\.73% → 73%/);
  });

  it('gives every recognised claim a verdict and its arithmetic', () => {
    const cs = claims(SEED);
    assert.ok(cs.length > 250, `${cs.length} claims`);
    for (const c of cs) {
      assert.ok(['ok', 'inconsistent', 'convention', 'impossible', 'unchecked'].includes(c.verdict));
      assert.ok(c.arithmetic.length > 0, `no arithmetic for ${c.kind} at ${c.span.start}`);
      assert.ok(c.span.start >= 0 && c.span.end <= SEED.length && c.span.start < c.span.end);
      if (c.verdict !== 'ok' && c.verdict !== 'unchecked') assert.ok(c.rule, 'a wrong claim names its rule');
    }
    const ok = cs.filter((c) => c.verdict === 'ok');
    assert.ok(ok.length >= 60, `${ok.length} claims checked and right`);
    assert.ok(ok.find((c) => c.arithmetic === '22 / 32 = 68.75% → 69% ✓'));
  });

  it("finds '69% (22)' changed to '72% (22)', at the claim, with the arithmetic", () => {
    const text = replaceOnce(SEED, '69% (22)', '72% (22)');
    const d = numbersDiagnostics(text).filter((x) => x.ruleId === 'numbers/percentage-mismatch' && at(text, x.span) === '72% (22)');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.message, '72% does not match 22 of 32: 22 / 32 = 68.75% → 69%, not 72%');
    assert.equal(d[0]!.fix!.edits[0]!.newText, '69%');
  });

  it("finds '(38 of the 84)' changed to '(38 of the 48)'", () => {
    const text = replaceOnce(SEED, '(38 of the 84)', '(38 of the 48)');
    const d = numbersDiagnostics(text).filter((x) => x.ruleId === 'numbers/percentage-mismatch' && at(text, x.span) !== '36% (12)');
    assert.deepEqual(d.map((x) => at(text, x.span)), ['45% (38 of the 48)']);
    assert.match(d[0]!.message, /38 \/ 48 = 79\.17% → 79%, not 45%/);
    assert.equal(at(text, d[0]!.fix!.edits[0]!.span), '45%');
  });

  it('finds a summary figure that no longer matches its criterion', () => {
    const text = replaceOnce(SEED, 'Only 58% of offenders had complied', 'Only 68% of offenders had complied');
    const d = numbersDiagnostics(text).filter((x) => x.ruleId === 'conclusion/restated-figure');
    assert.deepEqual(d.map((x) => at(text, x.span)), ['68%']);
  });

  it('finds a rest that no longer adds up, and a part larger than its whole', () => {
    const t1 = replaceOnce(SEED, 'it left three cases', 'it left four cases');
    assert.deepEqual(
      numbersDiagnostics(t1).filter((x) => x.ruleId === 'numbers/complement-mismatch').map((x) => x.fix?.edits[0]?.newText),
      ['three'],
    );
    const t2 = replaceOnce(SEED, 'only 13 of the 34 cases', 'only 43 of the 34 cases');
    assert.deepEqual(numbersDiagnostics(t2).filter((x) => x.ruleId === 'numbers/impossible').map((x) => at(t2, x.span)), ['43 of the 34']);
  });

  it('leaves the rest of the report as it was when one figure changes', () => {
    const text = replaceOnce(SEED, '69% (22)', '72% (22)');
    const ids = numbersDiagnostics(text).map((x) => x.ruleId);
    assert.deepEqual(ids, ['numbers/percentage-mismatch', 'numbers/percentage-mismatch', 'numbers/rounding-convention']);
  });
});
