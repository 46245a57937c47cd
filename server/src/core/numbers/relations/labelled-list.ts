/**
 * A whole counted in its clause and listed after a colon by label, each label with its count after it, bare or
 * in brackets: 'The school has 78 teachers across six faculties: English and Welsh 16, mathematics 12, …, and
 * technology 14'; '163 forms, and each was logged under one characteristic: race (71), disability (38), …';
 * or after a comma and a preposition of place, each place with its count in brackets: 'Staff carried out 486
 * strip searches, at Brackwater Central (261), Cobham Road (139) and Eldersley (96)'.
 *
 * Every figure after the colon (or the preposition) is an item's; the list ends the sentence, or a clause of
 * its own follows after ', and' or ';' that a pronoun or 'each' opens ('…, and each case officer is …').
 * No word says an item overlaps another ('both', 'also', 'more than one', 'including'). An excess is
 * reported (a case in one faculty, one place); a shortfall only when the list is said to be the whole: as many
 * items as the groups the whole's clause names ('across six faculties'), a statement that each case is in one
 * ('each was logged under one …'), or a last item of the others ('other characteristics', 'the rest').
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount } from './common.js';
import { sumClaim } from './parts-sum.js';
import type { SentenceView } from './index.js';

const LABEL = String.raw`[A-Za-z][A-Za-z'’-]*(?:\s+(?:and\s+|&\s+|of\s+|or\s+)?[A-Za-z][A-Za-z'’-]*){0,5}`;
/** Between two items: ', ', ' and ', ', and '. */
const SEP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)$/;
/** Words that say the items overlap, or one holds another. */
const OVERLAP = /\b(?:both|also|as\s+well|more\s+than\s+one|several|including|of\s+(?:whom|which)|some\s+in|jointly|shared|overlap\w*|at\s+least)\b/i;
/** The whole's clause says each case is in one item. */
const EACH_ONE = /\b(?:each|every)\b[^:;]*\b(?:one|a\s+single)\b|\ball\s+of\s+(?:them|these)\b/i;
const N_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

interface Item {
  label: string;
  tok: Tok;
  /** The label is a name ('Ash House'), not a category ('race'). */
  capital: boolean;
}

/** The items of a list from `from`, each 'label k' or 'label (k)', with the end of the last one. */
function itemsFrom(text: string, toks: readonly Tok[], from: number): { items: Item[]; end: number } | undefined {
  const items: Item[] = [];
  let pos = from;
  for (const t of toks) {
    if (t.start < from) continue;
    const gap = text.slice(pos, t.start);
    const bracket = depthAt(text, t.start) === 1;
    const sep = items.length === 0 ? /^\s*/ : /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)/;
    const m = new RegExp(String.raw`${sep.source}(${LABEL})\s*${bracket ? String.raw`\(\s*` : ''}$`).exec(gap);
    // A count after a capitalised label is typed a label ('Welsh 16', as 'Houseblock 4'); in a list of counts by
    // label it is the label's count, when the item ends there.
    const named = t.type === 'label' && !bracket && /^\s*(?:[,;.]|\s+and\b|$)/.test(text.slice(t.end));
    if (!m || t.kind !== 'num' || t.hedge || (!named && (t.notCount || !plainCount(text, t)))) return undefined;
    if (bracket && !/^\s*\)/.test(text.slice(t.end))) return undefined;
    if (!bracket && depthAt(text, t.start) !== 0) return undefined;
    items.push({ label: m[1]!.toLowerCase().replace(/^(?:and|the)\s+/, ''), tok: t, capital: /^(?:the\s+)?[A-Z]/.test(m[1]!) });
    pos = bracket ? text.indexOf(')', t.end) + 1 : t.end;
  }
  if (items.filter((x) => x.tok.type === 'label').length * 2 >= items.length) return undefined;
  return items.length >= 3 ? { items, end: pos } : undefined;
}

export function readLabelledList(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const toks = s.toks;
  if (toks.length < 4) return [];
  const colon = text.indexOf(':');
  // The whole: the one count before the colon (or before ', at'), a plain count of a plural noun.
  const comma = colon < 0 ? /,\s+(?:at|in|from|across|on)\s+(?=[A-Z])/.exec(text) : null;
  const cut = colon >= 0 ? colon + 1 : comma ? comma.index + comma[0].length : -1;
  if (cut < 0) return [];
  // (A number word after the whole names its groups or says each is in one: 'across six faculties', 'under one …'.)
  const counted = toks.filter((t) => t.end <= cut && !t.notCount);
  const before = counted.filter((t, i) => i === 0 || !(t.word && t.value <= 10));
  if (before.length !== 1 || toks.some((t) => t.end <= cut && t.kind !== 'num')) return [];
  const whole = before[0]!;
  if (!plainCount(text, whole) || whole.hedge || depthAt(text, whole.start) > 0) return [];
  const noun = /^\s+(?:[a-z-]+\s+){0,4}?([a-z-]+s)\b/i.exec(text.slice(whole.end, cut));
  if (!noun) return [];
  const after = toks.filter((t) => t.start >= cut);
  const list = itemsFrom(text, after, cut);
  if (!list) return [];
  const { items } = list;
  // Nothing after the list but the stop, or a clause of its own opened by a pronoun or 'each'.
  const tail = text.slice(list.end);
  if (!/^\s*[.!]?\s*$/.test(tail) && !/^\s*(?:,\s*and|;)\s+(?:each|every|it|they|this|these|which|there|the\s+[a-z]+\s+(?:is|are|was|were|has|have))\b/i.test(tail)) return [];
  // Figures in the tail are no items, but must not be counts of the list either: left alone.
  if (after.some((t) => !items.some((x) => x.tok === t) && t.start < list.end)) return [];
  if (comma && !items.every((x) => depthAt(text, x.tok.start) === 1)) return [];
  // After a colon, names with a count in brackets may be the whole's own members, each with a count of something
  // else ('We visited 12 homes: Ash House (4), Elm Court (5) …'): bracketed items there are categories, in lower case.
  if (!comma && items.some((x) => x.capital && depthAt(text, x.tok.start) === 1)) return [];
  if (OVERLAP.test(text.slice(whole.end, list.end))) return [];
  if (new Set(items.map((x) => x.label)).size !== items.length) return [];
  if (items.some((x) => x.tok.value >= whole.value)) return [];
  // Items that are ages, times or ranks ('aged 16 (25)') are not read here: every label must begin with a letter.
  const sum = items.reduce((a, x) => a + x.tok.value, 0);
  const lead = text.slice(0, cut);
  const stated = /\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s*:\s*$/i.exec(lead);
  const n = stated ? N_WORDS.indexOf(stated[1]!.toLowerCase()) + 2 : undefined;
  const last = items[items.length - 1]!.label;
  const whole2 = n === items.length || EACH_ONE.test(text.slice(whole.end, cut)) || /^(?:(?:all|any)\s+)?(?:other|others|the\s+rest|the\s+remainder)\b/.test(last);
  const c = sumClaim(s, whole, items.map((x) => x.tok), sum > whole.value || whole2);
  return [c];
}
