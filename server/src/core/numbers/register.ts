/**
 * Registers the numbers extractor: every parsed block gets its numeric
 * claims in `block.extras.claims`, which assembly gathers into `report.claims`.
 *
 * The claims of the extractor (`extract.ts`) and of the relation readers
 * (`relations/`) are merged here, under two rules:
 * - a claim the extractor left unchecked is dropped when readers judged all
 *   of its figures, so that one figure is not counted as both checked and
 *   unresolved.
 * (A reader's 'inconsistent' does not stand aside for an extractor's
 * consistent reading of the same percentage: measured on the corpus, the
 * extractor's reading is then the misreading, and no false alarm was saved.)
 */
import { registerBlockExtractor } from '../parse/block.js';
import type { ClaimRecord, Operand } from './claim.js';
import { extractClaims } from './extract.js';
import { readRelations } from './relations/index.js';

const key = (o: Operand) => `${o.span.start}:${o.span.end}`;

export function mergeClaims(extracted: readonly ClaimRecord[], read: readonly ClaimRecord[]): ClaimRecord[] {
  if (read.length === 0) return [...extracted];
  const judgedByReaders = new Set<string>();
  for (const c of read) if (c.verdict !== 'unchecked') for (const o of c.operands) judgedByReaders.add(key(o));
  const kept = extracted.filter((c) => c.verdict !== 'unchecked' || c.operands.length === 0 || !c.operands.every((o) => judgedByReaders.has(key(o))));
  return [...kept, ...read].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

registerBlockExtractor('claims', (block, masked, framework, context) => {
  const claims = extractClaims(block, masked, framework, context ?? {});
  const more = readRelations(block, masked, framework, context ?? {}, claims);
  return mergeClaims(claims, more);
});
