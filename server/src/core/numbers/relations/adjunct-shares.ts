/**
 * Shares of several groups, one per place or time, written as one list
 * (issue 9, family 2): '30% of shifts were short on ward 1, 40% on ward 6 and
 * 50% on ward 12'; 'Across the year, 30% were short in May, 40% in June …';
 * '30% of men were unemployed at Leeds, 40% at Hull'. Each later share keeps
 * only a phrase of place or time ('on ward 6', 'in June', 'in the sixth'),
 * and in the first share's clause that phrase follows a predicate of its own
 * ('were short', 'were unemployed'): the phrase names which group each share
 * is of, not a category of one group, so the shares need not add up to 100%.
 *
 * A phrase right after the verb is the category itself ('30% were in Year 7,
 * 40% in Year 8 …'; '30% came from schools, 40% from the police'): not read
 * here. Used by `parts-sum.ts` (`oneDimension`) to leave such a list unjudged.
 */
import type { Tok } from '../scan.js';
import { builtRegExp } from './common.js';

/** Prepositions of place or time that an adjunct opens with ('by' and 'from' name an agent or a source: categories). */
const ADJUNCT = /^\s*(?:,\s*)?(in|on|at|during|across|within|over)\s+\S/i;
/** A time after the first share's ('… on release and 45% six weeks later'): another time, so another group. */
const LATER = /^\s*(?:,\s*)?(?:[\w-]+\s+){1,3}(?:later|earlier|afterwards)\b/i;
/** The share's own 'of' phrase after it ('30% of shifts'), left out of its predicate. */
const OF_PHRASE = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?(?=\s+(?:were|was|are|is|had|have|has|did|do|said|spent|felt|got|received|waited|lived|left|stayed)\b)/i;

/** Whether shares whose later members keep only an adjunct ('40% on ward 6') are shares of one group each. */
export function adjunctShares(text: string, toks: readonly Tok[]): boolean {
  if (toks.length < 2) return false;
  const preps = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const rest = text.slice(toks[i]!.end, toks[i]!.end + 32);
    const m = ADJUNCT.exec(rest);
    if (m) preps.add(m[1]!.toLowerCase());
    else if (!LATER.test(rest)) return false;
  }
  if (preps.size !== 1) return false;
  const prep = [...preps][0]!;
  const first = text.slice(toks[0]!.end, toks[1]!.start);
  const of = OF_PHRASE.exec(first);
  const clause = of ? first.slice(of[0].length) : first;
  // The first share's predicate up to the same preposition: at least a verb and a word of its own.
  const m = builtRegExp(String.raw`^((?:\s+[A-Za-z][\w'-]*){2,6}?)\s+${prep}\s`, 'i').exec(clause);
  return m !== null && !/[,;:()]/.test(m[1]!);
}
