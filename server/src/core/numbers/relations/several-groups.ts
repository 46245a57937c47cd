/**
 * Several groups before a back-reference (issue 9, family 4): 'We inspected 52 schools and 14
 * colleges. 30 of these were good.' 'These' may be the 52, the 14 or the 66 together, so no one
 * of them is the antecedent. A reading that points back to such a sentence is confirm-only: a
 * share that fits one of the groups, or their sum, is consistent; one that fits none is
 * unresolved, never reported, since the group meant is not known. A count larger than every
 * group and than their sum is impossible on every reading and may still be reported.
 *
 * The groups of a sentence are its counts that state a group's size (`isPopulation`), outside
 * brackets, that are not themselves a part written with a share or 'of them' after them
 * ('3680 patients (14.2%) waited …', '48 of them') and not a total's part ('12 of the 40').
 */
import { isPopulation, type Tok } from '../scan.js';
import { depthAt } from './common.js';

/** After a count: it is a part (a share in brackets, 'of them', 'of the 40'), not a group of its own. */
const PART_AFTER = /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*\(\s*\d[\d.,]*\s*(?:%|per\s*cent)|^\s+(?:of|out\s+of)\s+(?:them|these|those|whom|which|the\s+\d|\d)/i;
/** Before a count: it is a part of a group before it ('of whom 12', 'Of these, 12', '12 of the 40'). */
const PART_BEFORE = /(?:\b(?:of|among|amongst)\s+(?:whom|which|these|those|them)\s*,?\s*(?:only\s+|just\s+)?|\bof\s+)$/i;

/** The counts of a sentence that each state a group of its own (see the file comment). */
export function groupsOf(text: string, toks: readonly Tok[]): Tok[] {
  const groups = toks.filter(
    // A count of one is no group that 'these' names ('from one business year into the next').
    (t) => t.kind === 'num' && !t.notCount && t.value > 1 && isPopulation(text, t) && depthAt(text, t.start) === 0 && !PART_AFTER.test(text.slice(t.end, t.end + 50)) && !PART_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)),
  );
  // A group after a preposition, following a group of its own phrase ('90 case files at the three offices',
  // '40 pupils in 12 schools'), says where the first group is: a modifier, not another group.
  return groups.filter((t, i) => i === 0 || !MODIFIER_AFTER_GROUP.test(text.slice(groups[i - 1]!.end, t.start)));
}

/** Between a group and a later count: its noun words, then a preposition (no verb, comma or 'and'). */
const MODIFIER_AFTER_GROUP = /^(?:\s+[A-Za-z][\w'-]*){1,4}?\s+(?:at|in|on|from|across|within|for|by|over|among|amongst|held\s+in|run\s+by)\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;

/** Whether a sentence counts two or more groups, so that 'these' after it names no one of them for sure. */
export function severalGroups(text: string, toks: readonly Tok[]): boolean {
  return groupsOf(text, toks).length >= 2;
}

/** A plural noun phrase after a determiner or a figure: 'the wings', 'their cells', '3,100 hours'. */
const PLURAL_NP = /\b(?:the|their|its|his|her|our|\d[\d,.]*)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b/gi;

/**
 * Whether words before a back-reference, in its sentence, name a group other than the counted candidates:
 * a plural noun after a determiner or a figure that is no count ('the wings were dirty and 120 of them',
 * '3,100 hours had been ordered …, and 1,860 of them'). 'Them' may be that group, uncounted.
 */
export function otherNounBefore(text: string, toks: readonly Tok[], k: { start: number }, from = 0): boolean {
  const lo = Math.max(from, k.start - 160);
  const stretch = text.slice(lo, k.start);
  for (const m of stretch.matchAll(PLURAL_NP)) {
    const head = m[1]!.split(/\s+/).pop()!.toLowerCase();
    if (!plural(head) || /^(?:was|has|does|this|its|us)$/.test(head)) continue;
    // A figure before it must be no count ('3,100 hours'): a counted group is a candidate, tried already.
    const fig = /^\d/.test(m[0]) ? toks.find((t) => t.start === lo + m.index!) : undefined;
    if (fig && fig.kind === 'num' && !fig.notCount) continue;
    return true;
  }
  // A share of a group named by its bare plural: 'two-thirds of relative foster carers …, only 40% of them'.
  for (const m of stretch.matchAll(SHARE_OF_PLURAL)) {
    if (m[1]!.toLowerCase().split(/\s+/).some(plural)) return true;
  }
  return false;
}

/** A word that reads as a plural noun: 'carers', 'wings'; not 'class', 'bus', 'this'. */
const plural = (w: string): boolean => /[a-z]s$/.test(w) && !/(?:ss|us|is)$/.test(w);

/** A fraction or share word, then 'of' and a bare plural noun phrase: 'two-thirds of relative foster carers'. */
const SHARE_OF_PLURAL = /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|most|majority|minority|proportion|share|percentage|per\s+cent|%)\s+of\s+((?:(?!the\b|these\b|those\b|them\b|their\b)[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b/gi;
