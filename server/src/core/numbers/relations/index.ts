/**
 * Relation readers: one file per family of numeric relation that the claims
 * extractor (`../extract.ts`) does not read. Each reader looks at one
 * sentence of a prose scope, with its number tokens, and returns judged
 * claims. `readRelations` runs them over a block after the extractor, and
 * keeps a claim only when the extractor has not already judged the same
 * figures.
 *
 * Readers must be precise: a reader that cannot pin a figure to one reading
 * returns an `unchecked` claim (listed, never reported), or nothing.
 */
import type { Span } from '../../model.js';
import type { BlockData, ExtractorContext } from '../../parse/block.js';
import type { Framework } from '../../framework/framework.js';
import type { ClaimRecord } from '../claim.js';
import { resolvePolicy } from '../policy.js';
import type { RoundingPolicy } from '../rounding.js';
import { blankScope, scopesOf, sentencesOf, tokensOf, type Tok } from '../scan.js';
import { readChange } from './change.js';
import { readMultiple } from './multiple.js';
import { readPartsSum } from './parts-sum.js';
import { readSentenceShares } from './sentence.js';

/** One sentence as a reader sees it: masked text, its number tokens, and where it sits. */
export interface SentenceView {
  /** The sentence text (masked markup, references blanked). Offsets below are into this text. */
  text: string;
  toks: Tok[];
  /** Absolute offset of `text[0]` in the report. */
  offset: number;
  /** The whole scope's text before this sentence (for readers that look back), bounded. */
  policy: RoundingPolicy;
  criterionId?: string;
  /** The framework's quantifier bands ('most' > 50%), for readers of quantifier words. */
  quantifierBands?: readonly { phrase: string; min: number; max: number }[];
}

export type RelationReader = (s: SentenceView) => ClaimRecord[];

/** The readers, in order. One file each. */
export const RELATION_READERS: readonly { name: string; read: RelationReader }[] = [
  { name: 'change', read: readChange },
  { name: 'multiple', read: readMultiple },
  { name: 'parts-sum', read: readPartsSum },
  { name: 'sentence', read: readSentenceShares },
];

/** Absolute span of a local range of the sentence. */
export function at(s: SentenceView, start: number, end: number): Span {
  return { start: s.offset + start, end: s.offset + end };
}

const MAX_SENTENCE = 2000;

export function readRelations(block: BlockData, masked: string, framework: Framework | undefined, context: ExtractorContext, existing: readonly ClaimRecord[]): ClaimRecord[] {
  if (block.frontMatter) return [];
  const policy = resolvePolicy(framework, context);
  const base = block.offset;
  const heading = block.heading;
  const criterionId = heading?.kind === 'criterion' ? heading.id : undefined;
  const refs = block.references.map((r) => ({ start: r.span.start - base, end: r.span.end - base }));
  const judged = new Set<string>();
  for (const c of existing) if (c.verdict !== 'unchecked') for (const o of c.operands) judged.add(`${o.span.start}:${o.span.end}`);
  const out: ClaimRecord[] = [];
  for (const scope of scopesOf(block, masked)) {
    if (scope.kind !== 'prose') continue;
    const raw = masked.slice(scope.start, scope.end);
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|double|half|halved|treble)/i.test(raw)) continue;
    const local = refs.filter((r) => r.start >= scope.start && r.end <= scope.end).map((r) => ({ start: r.start - scope.start, end: r.end - scope.start }));
    const text = blankScope(raw, local);
    for (const se of sentencesOf(text)) {
      if (se.end - se.start > MAX_SENTENCE) continue;
      const st = text.slice(se.start, se.end);
      const toks = tokensOf(st);
      if (toks.length < 2) continue;
      const view: SentenceView = { text: st, toks, offset: base + scope.start + se.start, policy };
      if (criterionId) view.criterionId = criterionId;
      if (framework?.data.quantifiers?.bands?.length) view.quantifierBands = framework.data.quantifiers.bands;
      for (const r of RELATION_READERS) {
        for (const c of r.read(view)) {
          // The extractor already judged these figures: its reading stands.
          if (c.operands.every((o) => judged.has(`${o.span.start}:${o.span.end}`))) continue;
          if (criterionId) c.criterionId = criterionId;
          out.push(c);
        }
      }
    }
  }
  return out;
}
