/**
 * A whole split into a stated number of groups, with each group's size: 'The
 * 43 forces are inspected in three tranches across the year, of 14, 15 and 15
 * forces'; 'the 96 pupils were taught in four classes of 24, 25, 23 and 24'.
 * The groups are said to be the whole (it is split into them) and there are
 * as many sizes as groups, so the sizes must add up to the whole either way:
 * a size too many or too few is reported.
 *
 * Read only when the list is exactly the stated groups: a whole (a count with
 * its noun), then 'in' or 'into' and the number of groups with their noun,
 * then 'of' and a run of bare counts, as many as the groups, closed by the
 * whole's noun or by the end of the clause. A size with its own noun
 * ('three teams of 8, 8 and 8 managers' of '500 staff') is another group, a
 * hedge or a loose word ('up to', 'about') is no size: nothing is read.
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { sumClaim } from './parts-sum.js';
import type { SentenceView } from './index.js';

/** From the whole's noun to the number of groups: '… forces are inspected in', '… were split into'. */
const TO_GROUPS = /^\s+[a-z][^.;:()\d]{0,80}?\b(?:in|into)\s+$/i;
/** From the number of groups to the first size: 'tranches across the year, of', 'classes of'. */
const TO_SIZES = /^\s+(?:[a-z-]+\s+)?[a-z-]+s\b[^.;:()\d%]{0,50}?,?\s*\bof\s+$/i;
const BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
const LOOSE = /\b(?:up\s+to|about|around|roughly|approximately|some|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|over|under|between|each|respectively|per|including)\b/i;
const MAX_GROUPS = 12;

const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

export function readSplitGroups(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const toks = s.toks;
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const whole = toks[i]!;
    const groups = toks[i + 1]!;
    if (!plainCount(text, whole) || !plainCount(text, groups) || whole.hedge) continue;
    const k = groups.value;
    if (!Number.isInteger(k) || k < 2 || k > MAX_GROUPS || i + 1 + k >= toks.length) continue;
    const lead = text.slice(whole.end, groups.start);
    if (!TO_GROUPS.test(lead) || LOOSE.test(lead)) continue;
    const nouns = (/^\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(lead)?.[1] ?? '').split(/\s+/).map(stem);
    const sizes = toks.slice(i + 2, i + 2 + k);
    const gap = text.slice(groups.end, sizes[0]!.start);
    if (!TO_SIZES.test(gap) || LOOSE.test(gap)) continue;
    if (sizes.some((t, j) => !plainCount(text, t) || t.hedge || t.value > whole.value || (j > 0 && !BETWEEN.test(text.slice(sizes[j - 1]!.end, t.start))))) continue;
    const last = sizes[sizes.length - 1]!;
    // A further count in the list is a size the groups do not have room for: another reading.
    const next = toks[i + 2 + k];
    if (next && BETWEEN.test(text.slice(last.end, next.start))) continue;
    const after = /^\s*([a-z][\w-]*)?/i.exec(text.slice(last.end, last.end + 30))!;
    const word = after[1];
    // The clause ends after the sizes, or they are followed by the whole's own noun ('of 14, 15 and 15 forces').
    if (word ? !nouns.includes(stem(word)) || !/^\s*[a-z][\w-]*\s*(?:[.,;)]|$)/i.test(text.slice(last.end, last.end + 30)) : !/^\s*(?:[.,;)]|$)/.test(text.slice(last.end, last.end + 3))) continue;
    out.push(sumClaim(s, whole, sizes, true));
  }
  return out;
}
