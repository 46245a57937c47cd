/**
 * Registers the numbers extractor: every parsed block gets its numeric
 * claims in `block.extras.claims`, which assembly gathers into `report.claims`.
 */
import { registerBlockExtractor } from '../parse/block.js';
import { extractClaims } from './extract.js';

registerBlockExtractor('claims', (block, masked, framework, context) => extractClaims(block, masked, framework, context ?? {}));
