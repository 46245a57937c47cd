/**
 * Registers the numbers extractor: every parsed block gets its numeric
 * claims in `block.extras.claims`, which assembly gathers into `report.claims`.
 *
 * The claims of the extractor (`extract.ts`) and of the relation readers
 * (`relations/`) are merged here, under two rules:
 * - a claim the extractor left unchecked is dropped when readers judged all
 *   of its figures, so that one figure is not counted as both checked and
 *   unresolved;
 * - one sum is judged once: when two judged claims add up the same figures
 *   (a list read both as parts of a whole, `parts-sum`, and as parts with a
 *   named rest, `remainder`; or one reading's figures all within the
 *   other's), only the more specific one is kept (the one that names the
 *   wrong figure and its fix, else the one that names a rest, else the one
 *   with more figures), so one wrong figure gives one finding and the claims
 *   table lists the sum once.
 * (A reader's 'inconsistent' does not stand aside for an extractor's
 * consistent reading of the same percentage: measured on the corpus, the
 * extractor's reading is then the misreading, and no false alarm was saved.)
 */
import { registerBlockExtractor } from '../parse/block.js';
import type { ClaimRecord, Operand } from './claim.js';
import { extractClaims } from './extract.js';
import { readRelations } from './relations/index.js';

const key = (o: Operand) => `${o.span.start}:${o.span.end}`;

/** Claims that assert a sum of parts; two of them over the same figures assert the same thing. */
const SUM_KINDS: ReadonlySet<string> = new Set(['parts-sum', 'remainder', 'shares-sum']);

const judged = (c: ClaimRecord) => c.verdict !== 'unchecked';
const good = (c: ClaimRecord) => c.verdict === 'ok';

/** How specific a sum claim is: a fix for the wrong figure, then a named rest, then more figures. */
function specificity(c: ClaimRecord): number {
  return (c.replacement ? 1000 : 0) + (c.operands.some((o) => o.role === 'c') ? 100 : 0) + c.operands.length;
}

/** Whether every figure of `a` is a figure of `b`. */
function within(a: ClaimRecord, b: ClaimRecord): boolean {
  const keys = new Set(b.operands.map(key));
  return a.operands.every((o) => keys.has(key(o)));
}

/**
 * Sum claims that another judged sum claim of the same verdict (right or
 * wrong) already states, less specifically. Quadratic only in the number of
 * sum claims of one block, which is small.
 */
function restatedSums(claims: readonly ClaimRecord[]): Set<ClaimRecord> {
  const sums = claims.filter((c) => SUM_KINDS.has(c.kind) && judged(c) && c.operands.length > 0);
  const drop = new Set<ClaimRecord>();
  for (const a of sums) {
    for (const b of sums) {
      if (a === b || drop.has(b) || good(a) !== good(b)) continue;
      if (!within(a, b) && !within(b, a)) continue;
      // Keep the more specific of the two (on a tie, the earlier one).
      const sa = specificity(a);
      const sb = specificity(b);
      if (sa < sb || (sa === sb && sums.indexOf(a) > sums.indexOf(b))) {
        drop.add(a);
        break;
      }
    }
  }
  return drop;
}

export function mergeClaims(extracted: readonly ClaimRecord[], read: readonly ClaimRecord[]): ClaimRecord[] {
  const judgedByReaders = new Set<string>();
  for (const c of read) if (judged(c)) for (const o of c.operands) judgedByReaders.add(key(o));
  const kept = read.length === 0 ? [...extracted] : extracted.filter((c) => judged(c) || c.operands.length === 0 || !c.operands.every((o) => judgedByReaders.has(key(o))));
  const all = [...kept, ...read];
  const drop = restatedSums(all);
  return all.filter((c) => !drop.has(c)).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

registerBlockExtractor('claims', (block, masked, framework, context) => {
  const claims = extractClaims(block, masked, framework, context ?? {});
  const more = readRelations(block, masked, framework, context ?? {}, claims);
  return mergeClaims(claims, more);
});
