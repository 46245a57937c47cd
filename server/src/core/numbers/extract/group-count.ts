/**
 * Counts that state the size of a group ('the 36 cases we inspected') and
 * are in no other claim of their sentence: each is listed as a `count` claim
 * (unchecked). They are also the candidate totals (`Reading.sentencePops`)
 * that later claims may be shares of.
 */
import type { ClaimRecord } from '../claim.js';
import { countOperand } from '../judge.js';
import type { Reading } from './reading.js';

/** The `count` claims of the sentence's group sizes, read last. */
export function groupCounts(r: Reading): void {
  const { used, claims, sentencePops, countIn, scope } = r;
  const inClaim = new Set<string>();
  for (const c of claims) for (const o of c.operands) inClaim.add(`${o.span.start}:${o.span.end}`);
  for (const p of sentencePops) {
    if (!used.has(p.tok) && !inClaim.has(`${p.span.start}:${p.span.end}`)) {
      // Built field by field so that criterionId keeps its place after span (no spread in the middle, which is slow).
      const c = { kind: 'count', span: p.span } as ClaimRecord;
      if (scope.criterionId) c.criterionId = scope.criterionId;
      c.operands = [countOperand(countIn(p.tok), 'n')];
      c.verdict = 'unchecked';
      c.arithmetic = `a count: ${p.tok.value}`;
      scope.out.push(c);
    }
  }
}
