/**
 * A quantifier word with its count set beside it, and the group it is of counted before (issue 9, families 10 and
 * 4), when no stricter reading of `quantifier-distant.ts` took the word:
 *
 *   'Of the 96 patients with dementia, the large majority – 48 – had had their plan reviewed.'
 *   'Nineteen pupils have a statement. … a majority of them, 12 pupils, are making good progress.'
 *   'Of the 38 pupils on roll, 26 attend … A minority, 9 pupils, attend for fewer than half …'
 *   'Most were very good or better: 18 of them, with the rest good.' (after 'The inspectors observed 40 lessons.')
 *
 * The count is the first figure after the word (and 'of them', 'of these', or 'of the' and up to four words),
 * after a comma, a dash, a bracket or a colon, with no other figure between; it closes its aside ('– 48 –',
 * '(12)', ', 12 pupils,', ': 18 of them'). The group is the last population of the word's sentence before it
 * (`population.ts`), or else of the nearest sentence before that counts one, with the count's noun when it
 * has one. Nothing else ties the three, so the word is confirmed when the count's share of the group is in its
 * band, and never found wrong here.
 */
import { singular } from '../scan.js';
import type { SentenceView } from './index.js';
import { populationsBefore, populationsOf, type Population } from './population.js';
import { countFig, groupNoun, isCountTok, type Reading, type ShareFig } from './shares.js';

/** From the word to its count: 'of them', 'of these', 'of the <words>', then the mark that sets the count off. */
const TO_COUNT = /^(?:\s+of\s+(?:them|these|those|(?:the|these|those)(?:\s+[a-z][\w'-]*){1,4}))?\s*(?:,|\(|[\u2013\u2014]|\s-|:)\s*(?:only\s+|just\s+|some\s+)?$/i;
/** After the count: its noun or 'in all', then the end of its aside ('48 –', '12 pupils,', '(12)', '18 of them,'). */
const CLOSES = /^(?:\s+[a-z][\w'-]*){0,2}?(?:\s+(?:in\s+all|in\s+total|altogether|of\s+them|of\s+these))?\s*(?:[),;.\u2013\u2014]|\s-\s|$)/i;

export function apposedQuantifier(s: SentenceView, share: ShareFig): Reading | undefined {
  if (share.type !== 'quantifier') return undefined;
  const after = s.toks.filter((t) => t.start >= share.end && !(t.kind === 'num' && t.notCount));
  const k = after[0];
  if (!k || k.kind !== 'num' || k.hedge || !isCountTok(s, k) || k.value < 1) return undefined;
  if (!TO_COUNT.test(s.text.slice(share.end, k.start)) || !CLOSES.test(s.text.slice(k.end, k.end + 40))) return undefined;
  // ('a majority, 12 of the 19, …': the count's own whole is read by the pair readers.)
  if (/^\s+(?:of|out\s+of)\s+(?:the\s+)?\d/i.test(s.text.slice(k.end, k.end + 16))) return undefined;
  const noun = groupNoun(s.text, k.end);
  const g = groupOf(s, share, noun);
  if (!g || g.pop.n.value < k.value || g.pop.tok === k) return undefined;
  const shift = g.offset - s.offset;
  return {
    share,
    k: countFig(k),
    n: { ...g.pop.n, start: g.pop.tok.start + shift, end: g.pop.tok.end + shift },
    family: 'quantifier-distant',
    nWhy: `${g.pop.why}; the ${k.raw} set beside '${share.raw}' is read as its part`,
    confirmOnly: true,
  };
}

function groupOf(s: SentenceView, share: ShareFig, noun: string | undefined): { pop: Population; offset: number } | undefined {
  const fits = (p: Population) => noun === undefined || p.noun === undefined || singular(p.noun) === singular(noun);
  const here = populationsOf(s).filter((p) => p.tok.end <= share.start);
  if (here.length) return fits(here[here.length - 1]!) ? { pop: here[here.length - 1]!, offset: s.offset } : undefined;
  const previous = s.previous ?? [];
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i]!;
    const pops = populationsBefore(s, p);
    if (pops.length === 0) continue;
    const named = pops.filter(fits);
    return named.length === 1 ? { pop: named[0]!, offset: p.offset } : undefined;
  }
  return undefined;
}
