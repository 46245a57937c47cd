/**
 * A count broken down in the bracket right after it (issue 9, family 13):
 *
 *   'We reviewed 60 cases (35 men and 25 women).'
 *   'among them 130 (80 primary and 50 secondary) that have not improved'
 *   'Inspectors found 42 breaches (25 in health and safety and 17 in staffing).'
 *
 * Or between a pair of spaced dashes after the count's noun phrase, each item
 * perhaps definite: 'all 154 acute trusts – the 136 non-specialist trusts and
 * the 18 specialist ones –'.
 *
 * The bracket holds nothing but two or more counts, each with the short name
 * of its category ('men', 'primary', 'in staffing'), joined by commas and
 * 'and': that is how a writer splits a count into its kinds, so the counts
 * make it. A bracket that lists attributes a case may have several of ('35
 * with a plan and 20 reviewed'), that hedges ('about', 'at least',
 * 'including'), gives shares, names what happened to each ('60 improved and
 * 5 closed'), or names an 'other' part it leaves out, is not read. ('less' before
 * an adverb is a manner, no hedge: '2,065 in private interviews and 611 less formally'.)
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, kindsSplit, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/** After the count's noun: the ages of its group ('61 children aged 12 to 17 – …'), which are no part of the split. */
const AGES = String.raw`(?:\s+aged\s+\d{1,2}(?:\s*(?:to|-|\u2013|and)\s*\d{1,2})?(?:\s+(?:years?|and\s+over|or\s+over|or\s+under))?)?`;
const AGES_AT_END = new RegExp(String.raw`${AGES}\s*$`);
/** From the count to its bracket: the count's noun phrase, up to four words (and its ages), no clause break. */
const TO_BRACKET = new RegExp(String.raw`^(?:\s+[A-Za-z][\w'-]*){0,4}${AGES}\s*\(\s*$`);
/** The name of one category after its count: up to three words, or 'in'/'from'/'for' and up to four. */
const CATEGORY = /^\s+(?:(?:in|from|for|at)\s+)?[A-Za-z][\w'-]*(?:\s+(?!and\b)[A-Za-z][\w'-]*){0,3}\s*$/i;
/** Words that make a bracket something other than a split into kinds. */
const NOT_A_SPLIT = /\b(?:with|without|who|which|that|had|has|have|were|was|is|are|being|been|including|includes|among|about|around|approximately|some|over|under|more|fewer|less(?!\s+[a-z]{3,}ly\b)|least|most|almost|nearly|up\s+to|each|per|of|other|others|another|further|also|both|either|respectively|aged|age|years?|months?|weeks?|days?|hours?|times?)\b|%|per\s*cent/i;
/** Between two items: a comma, 'and', ', and'. */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;

export function readBracketBreakdown(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const text = s.text;
  for (let i = 0; i + 2 < s.toks.length; i++) {
    const n = s.toks[i]!;
    if (!plainCount(text, n) || n.value < 2 || depthAt(text, n.start) !== 0) continue;
    const box = bracketAfter(text, n) ?? dashesAfter(text, n);
    if (!box) continue;
    const { open, close } = box;
    const inside = s.toks.filter((t) => t.start > open && t.end <= close);
    if (inside.length < 2 || inside.some((t) => !plainCount(text, t) || t.kind !== 'num')) continue;
    if (NOT_A_SPLIT.test(text.slice(open + 1, close))) continue;
    // Each item: a count, then the name of its category; the items joined by commas and 'and'.
    // Between dashes each may be definite ('– the 136 non-specialist trusts and the 18 specialist ones –').
    if (!(box.dash ? /^\s*(?:the\s+)?$/i : /^\s*$/).test(text.slice(open + 1, inside[0]!.start))) continue;
    let shaped = true;
    for (let j = 0; j < inside.length && shaped; j++) {
      const t = inside[j]!;
      const next = inside[j + 1];
      const tail = text.slice(t.end, next ? next.start : close);
      // The category name, then (before the next item) the join.
      const m = next ? (box.dash ? /^(.*?)(\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)$/i : /^(.*?)(\s*(?:,\s*(?:and\s+)?|\s+and\s+))$/i).exec(tail) : [tail, tail, ''];
      // A participle names what happened to a case ('60 improved and 5 closed'), not its kind: states may overlap.
      const join = box.dash ? m?.[2]?.replace(/\s+the\s*$/i, ' ') : m?.[2];
      if (!m || !CATEGORY.test(m[1]!) || (next && !JOIN.test(join!)) || /\b[a-z]{3,}ed\b/i.test(m[1]!)) shaped = false;
    }
    if (!shaped) continue;
    out.push(kindsSplit(s, n, inside, at(s, n.start, box.dash ? close : close + 1), box.dash ? 'the dashes split' : 'the bracket splits', true));
    i = s.toks.indexOf(inside[inside.length - 1]!);
  }
  return out;
}

/** The bracket right after a count's noun phrase: '60 cases (…)'. */
function bracketAfter(text: string, n: Tok): { open: number; close: number; dash?: boolean } | undefined {
  const open = text.indexOf('(', n.end);
  if (open < 0 || !TO_BRACKET.test(text.slice(n.end, open + 1))) return undefined;
  const close = text.indexOf(')', open);
  if (close < 0 || text.slice(open + 1, close).includes('(')) return undefined;
  return { open, close };
}

/** From the count to an opening dash: its noun phrase, up to four words. */
const TO_DASH = new RegExp(String.raw`^(?:\s+[A-Za-z][\w'-]*){1,4}${AGES}\s[\u2013\u2014]\s*$`);

/**
 * A pair of spaced dashes right after a count's noun phrase: 'all 154 acute trusts – the 136 … and the 18
 * … –'. The closing dash must be there (a dash to the sentence's end may open a clause of another kind).
 */
function dashesAfter(text: string, n: Tok): { open: number; close: number; dash: boolean } | undefined {
  const m = /\s[\u2013\u2014]\s/.exec(text.slice(n.end, n.end + 60));
  if (!m) return undefined;
  const open = n.end + m.index + 1;
  // A noun phrase, not a clause ('610 were good or better – 41 outstanding, …' is a band and, perhaps, its grades).
  if (!TO_DASH.test(text.slice(n.end, open + 1)) || /\b(?:were|was|are|is|had|has|have|been|or|and|[a-z]{3,}ed)\b/i.test(text.slice(n.end, open).replace(AGES_AT_END, ''))) return undefined;
  const c = /\s[\u2013\u2014](?:\s|$)/.exec(text.slice(open + 1, open + 200));
  if (!c) return undefined;
  const close = open + 1 + c.index;
  if (/[();:]/.test(text.slice(open + 1, close))) return undefined;
  return { open, close, dash: true };
}

