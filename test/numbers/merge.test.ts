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
