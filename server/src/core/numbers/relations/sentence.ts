/**
 * One sentence, one population: the within-sentence readers of percent-of,
 * count-of-total and quantifier relations, run together so that all the
 * readings of one share are judged at once (`shares.ts`, abductively).
 *
 * Families, one file each: `apposition.ts`, `clause-between.ts`,
 * `slash.ts` (anchors 'k/n' for the other two), `quoted-grade.ts`,
 * `quantifier-distant.ts`, `quantifier-apposed.ts`; the total a sentence is about is found by
 * `population.ts`.
 */
import type { ClaimRecord } from '../claim.js';
import { appositionReadings } from './apposition.js';
import { clauseBetweenReadings } from './clause-between.js';
import type { SentenceView } from './index.js';
import { quantifierDistantReadings } from './quantifier-distant.js';
import { quotedGradeReadings } from './quoted-grade.js';
import { judgeReadings, pairsOf, sharesOf, singlesOf } from './shares.js';
import { apposedQuantifier } from './quantifier-apposed.js';
import { slashPairs } from './slash.js';

export function readSentenceShares(s: SentenceView): ClaimRecord[] {
  // One figure may still be read against a group of the sentence before ('Almost all of them — 13 — …').
  if (s.toks.length < 2 && !(s.toks.length === 1 && s.previous?.some((p) => p.toks.length > 0))) return [];
  const pairs = [...pairsOf(s), ...slashPairs(s)].sort((a, b) => a.end - b.end);
  const singles = singlesOf(s, pairs);
  const readings = [
    ...quantifierDistantReadings(s),
    ...clauseBetweenReadings(s, pairs),
    ...quotedGradeReadings(s, singles),
    ...appositionReadings(s, [...pairs, ...singles]),
  ];
  // A quantifier word that no reading above took, with its count set beside it: confirmed only (quantifier-apposed.ts).
  for (const share of sharesOf(s, { quantifiers: true })) {
    if (share.type !== 'quantifier' || readings.some((r) => r.share.start === share.start)) continue;
    const r = apposedQuantifier(s, share);
    if (r) readings.push(r);
  }
  return readings.length ? judgeReadings(s, readings) : [];
}
