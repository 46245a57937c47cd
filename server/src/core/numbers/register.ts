/**
 * Registers the numbers extractor: every parsed block gets its numeric
 * claims in `block.extras.claims`, which assembly gathers into `report.claims`.
 */
import { registerBlockExtractor } from '../parse/block.js';
import { extractClaims } from './extract.js';
import { readRelations } from './relations/index.js';

registerBlockExtractor('claims', (block, masked, framework, context) => {
  const claims = extractClaims(block, masked, framework, context ?? {});
  const more = readRelations(block, masked, framework, context ?? {}, claims);
  if (more.length === 0) return claims;
  return [...claims, ...more].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
});
