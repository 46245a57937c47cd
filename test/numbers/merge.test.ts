/**
 * Merging the extractor's claims with the relation readers' (numbers/register.ts).
 */
import assert from 'node:assert/strict';
import type { ClaimRecord, Operand } from '../../server/src/core/numbers/claim.js';
import { mergeClaims } from '../../server/src/core/numbers/register.js';

const op = (role: Operand['role'], value: number, start: number): Operand => ({ role, value, raw: String(value), span: { start, end: start + String(value).length } });
const claim = (verdict: ClaimRecord['verdict'], operands: Operand[]): ClaimRecord =>
  ({ kind: 'percentage', verdict, span: { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end }, operands }) as unknown as ClaimRecord;

describe('numbers: merging extractor and reader claims', () => {
  // 'Of the 120 files, 96, or 80%, ...': the extractor could not pin the total, a reader judged all three figures.
  const n = op('n', 120, 7);
  const k = op('k', 96, 18);
  const p = op('p', 80, 26);

  it('drops an unchecked extractor claim whose figures a reader judged', () => {
    const merged = mergeClaims([claim('unchecked', [k, p])], [claim('ok', [k, n, p])]);
    assert.deepEqual(merged.map((c) => c.verdict), ['ok']);
  });

  it('keeps an unchecked extractor claim when a reader judged only some of its figures', () => {
    const other = op('p', 40, 60);
    const merged = mergeClaims([claim('unchecked', [k, other])], [claim('ok', [k, n, p])]);
    assert.deepEqual(merged.map((c) => c.verdict).sort(), ['ok', 'unchecked']);
  });

  it("keeps the extractor's judged claims and an unchecked reader claim beside them", () => {
    const merged = mergeClaims([claim('inconsistent', [k, n, p])], [claim('unchecked', [k, p])]);
    assert.deepEqual(merged.map((c) => c.verdict).sort(), ['inconsistent', 'unchecked']);
  });
});

describe('numbers: one wrong figure gives one finding (sum claims merged)', () => {
  const sum = (kind: string, verdict: ClaimRecord['verdict'], operands: Operand[], extra: Partial<ClaimRecord> = {}): ClaimRecord =>
    ({ kind, verdict, span: { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end }, operands, ...extra }) as unknown as ClaimRecord;
  const whole = op('n', 30, 7);
  const a = op('k', 19, 18);
  const b = op('k', 4, 30);
  const restK = op('k', 8, 60);
  const restC = op('c', 8, 60);

  it('keeps the remainder, which names the wrong figure, over the parts-sum of the same figures', () => {
    const parts = sum('parts-sum', 'inconsistent', [whole, a, b, restK], { rule: 'numbers/parts-sum' });
    const rest = sum('remainder', 'inconsistent', [whole, a, b, restC], { rule: 'numbers/complement-mismatch', replacement: { span: restC.span, newText: '7' } });
    const merged = mergeClaims([], [parts, rest]);
    assert.deepEqual(merged.map((c) => c.kind), ['remainder']);
  });

  it('lists a consistent sum once', () => {
    const merged = mergeClaims([], [sum('parts-sum', 'ok', [whole, a, b, op('k', 7, 60)]), sum('remainder', 'ok', [whole, a, b, op('c', 7, 60)])]);
    assert.deepEqual(merged.map((c) => c.kind), ['remainder']);
  });

  it('keeps sums of different figures, and a right and a wrong reading side by side', () => {
    const other = sum('parts-sum', 'inconsistent', [op('n', 12, 80), op('k', 5, 90), op('k', 6, 95)]);
    const merged = mergeClaims([], [sum('parts-sum', 'ok', [whole, a, b, op('k', 7, 60)]), other, sum('remainder', 'inconsistent', [whole, a, b])]);
    assert.equal(merged.length, 3);
  });
});
