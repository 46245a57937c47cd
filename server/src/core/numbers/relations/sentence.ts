/**
 * One sentence, one population: the within-sentence readers of percent-of,
 * count-of-total and quantifier relations, run together so that all the
 * readings of one share are judged at once (`shares.ts`, abductively).
 *
 * Families, one file each: `apposition.ts`, `clause-between.ts`,
 * `slash.ts` (anchors 'k/n' for the other two), `quoted-grade.ts`,
 * `quantifier-distant.ts`; the total a sentence is about is found by
 * `population.ts`.
 */
import type { ClaimRecord } from '../claim.js';
import { appositionReadings } from './apposition.js';
import { clauseBetweenReadings } from './clause-between.js';
import type { SentenceView } from './index.js';
import { quantifierDistantReadings } from './quantifier-distant.js';
import { quotedGradeReadings } from './quoted-grade.js';
import { judgeReadings, pairsOf, singlesOf } from './shares.js';
import { slashPairs } from './slash.js';

export function readSentenceShares(s: SentenceView): ClaimRecord[] {
  // One figure may still be read with a total of the sentence before ('most of them, 31 in all').
  if (s.toks.length < 2) {
    const q = s.previous?.length ? quantifierDistantReadings(s) : [];
    return q.length ? judgeReadings(s, q) : [];
  }
  const pairs = [...pairsOf(s), ...slashPairs(s)].sort((a, b) => a.end - b.end);
  const singles = singlesOf(s, pairs);
  const readings = [
    ...quantifierDistantReadings(s),
    ...clauseBetweenReadings(s, pairs),
    ...quotedGradeReadings(s, singles),
    ...appositionReadings(s, [...pairs, ...singles]),
  ];
  return readings.length ? judgeReadings(s, readings) : [];
}
