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
import { depthAt, plainCount } from './common.js';
import { groupsBeforeColon, sumClaim } from './parts-sum.js';
import { nounAfter } from '../scan.js';
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
  out.push(...readGroupsAfterColon(s));
  return out;
}

/** Nouns of a record made for each case counted ('45 services … The reports …'): one report to a service. */
const RECORD_NOUN = /^(?:reports?|inspections?|visits?|ratings?|assessments?|reviews?|judgements?|judgments?)$/i;
/** Between two sizes: a comma or 'and', perhaps with the rest marked ('and the final 15'). */
const SIZE_GAP = /(?:,|\band)\s*(?:and\s+)?(?:(?:the\s+)?(?:final|last|remaining|other)\s+)?$/i;
const singular = (w: string) => w.toLowerCase().replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

/**
 * 'The first round covered all 45 services. The reports came out in three tranches: 14 in December, 17 in
 * June and the final 15 in December.': a whole split into a stated number of groups, their sizes after a
 * colon. The whole is a count before the number of groups in the sentence, or else the one count of the
 * sentence before. A whole in the sentence before is judged only when the sentence's subject names its
 * noun or a record made for each of them ('The reports'); otherwise the groups may be of another thing
 * ('The inspectors worked in three teams: …') and a sum that does not fit is left unresolved.
 */
function readGroupsAfterColon(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const g = s.toks.find((t) => groupsBeforeColon(s, t));
  if (!g) return [];
  const colon = text.indexOf(':', g.end);
  const sizes = s.toks.filter((x) => x.start > colon && x.kind === 'num' && !x.notCount && depthAt(text, x.start) === depthAt(text, colon));
  if (sizes.some((t, j) => t.hedge || (j > 0 && !SIZE_GAP.test(text.slice(Math.max(sizes[j - 1]!.end, t.start - 40), t.start))))) return [];
  if (LOOSE.test(text.slice(colon))) return [];
  const here = s.toks.filter((t) => t.end <= g.start && t.kind === 'num' && !t.notCount);
  if (here.length === 1 && plainCount(text, here[0]!)) return [sumClaim(s, here[0]!, sizes, true)];
  if (here.length > 0) return [];
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const counts = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length !== 1 || prev.toks.some((t) => t.kind !== 'num') || !plainCount(prev.text, counts[0]!)) return [];
  const whole = counts[0]!;
  const subject = /^\s*the\s+([a-z][a-z-]*)\b/i.exec(text)?.[1];
  const wholeWords = (/^(?:\s+[a-z][a-z'-]*){1,5}/i.exec(prev.text.slice(whole.end, whole.end + 60))?.[0] ?? '').trim().split(/\s+/).map(singular);
  const tied = !!subject && (RECORD_NOUN.test(subject) || wholeWords.includes(singular(subject)) || singular(subject) === singular(nounAfter(prev.text, whole.end) ?? ''));
  const c = sumClaim(s, whole, sizes, tied);
  // The whole's span is in the sentence before.
  c.operands[0]!.span = { start: prev.offset + whole.start, end: prev.offset + whole.end };
  c.span = { start: c.operands[0]!.span.start, end: c.span.end };
  return [c];
}
