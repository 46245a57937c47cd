/**
 * A count whose bracketed share follows a number that is no count (issue 9,
 * family 2): '12 were aged 15 (25%)', '30 were aged 16 or 17 (63%)', '9 homes
 * breached Regulation 12 (64%)', '14 were released in 2021 (30%)'. The share in
 * the bracket is the count's: the age, the provision, the year only say which
 * cases the count is of. Every reading of the extractor looks for 'k (P%)' with
 * words between; the number between made each of them give up.
 *
 * `besideNonCount` reads the sentence with each such number written as a word
 * of the same length (so every offset, span and window is unchanged) and
 * without its token: the readings then read 'k were aged xx (P%)' as they read
 * 'k were looked after (P%)'. Only a number between a count and a share's
 * opening bracket, with words only between the count and it, is masked; a
 * number with a noun after it, or the base of a rate ('31 per 1,000 (3.1%)',
 * where the bracket restates the rate), is left alone. So is a value each
 * member of a group has, in a sentence about most of the group or its
 * commonest case ('Most families had 2 children (43%)'): the share is the
 * group's, so the value is read as a word too.
 */
import type { Tok } from '../scan.js';
import type { NumberType } from '../quantities.js';

/** The types a masked number may have: those that name which cases a count is of. */
const MASKED: ReadonlySet<NumberType> = new Set(['age', 'label', 'duration', 'year', 'date', 'time', 'ordinal', 'pronoun', 'measure']);
/** Between the bounds of one masked stretch: 'aged 16 or 17', '18 to 21', '2019/20', '18-21'. */
const STRETCH_LINK = /^\s*(?:to|or|and|[-\u2013\/])\s*$/i;
/** Between the count and the stretch: one to four words, no figure, no punctuation ('were aged', 'breached Regulation'). */
const WORDS_BETWEEN = /^(?:\s+[A-Za-z][\w'\u2019-]*){1,4}\s+$/;
/** The last word before the stretch makes it the base of a rate or a ratio: the bracket may restate the rate. */
const RATE_BEFORE = /\b(?:per|every|each|in|of|out\s+of|than|from|to|by)\s+$/i;
/** What makes a share's bracket: '(', the share, ')'. */
const OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;
/** How many numbers one stretch may hold ('aged 16, 17 or 18'). */
const MAX_STRETCH = 3;

/**
 * A sentence about most members of a group, or its commonest or typical case ('Most families had 2 children
 * (43%)', 'The commonest response was 2 (37%)', 'A typical day involved 2 sessions (37%)'): the share in the
 * bracket is of the group, and the figure before it a value each member has, not a count of cases.
 */
const DISTRIBUTION_SUBJECT = /^\s*(?:most|many|the\s+majority|the\s+(?:most\s+(?:common|frequent|usual|typical)|commonest|usual|typical|largest|biggest)|a\s+typical|typically|usually)\b/i;
/** The word before such a value: a verb or a preposition of the predicate (not a conjunction, a determiner, a hedge or 'in'). */
const VALUE_BEFORE = /\b(?!(?:and|or|but|yet|while|whereas|that|which|who|where|when|whom|only|just|another|further|some|nearly|almost|about|around|over|under|than|these|those|the|of|in|all|a|an)\s)[a-z][a-z'-]*\s+$/;
/** After the value: at most three words, then the share's bracket. */
const VALUE_TO_SHARE = /^(?:\s+[A-Za-z][\w'-]*){0,3}\s*\(\s*\d[\d.]*\s*(?:%|per\s?cent)\s*\)(?!\s*of\b)/i;

/** The preposition before a value in a count's predicate ('with 1 other man', 'by 2 staff'). */
const VALUE_PREPOSITION = /\b(?:with|by|for|at|on|into|between)\s+$/i;

/** Between a count and a value in its own predicate: a few words, no figure, no punctuation ('12 shared a cell with'). */
const SUBJECT_TO_VALUE = /^(?:\s+[A-Za-z][\w'-]*){1,5}\s+$/;

/**
 * Values a share's bracket does not belong to: in a sentence about most of a group, or after the count of
 * the clause ('Of the 30 men, 12 shared a cell with 1 other man (40%)': 40% is the twelve's share).
 */
function distributionValues(text: string, toks: readonly Tok[]): Tok[] {
  const most = DISTRIBUTION_SUBJECT.test(text);
  return toks.filter((t, i) => {
    if (t.kind !== 'num' || t.notCount || t.value > 20 || !VALUE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || !VALUE_TO_SHARE.test(text.slice(t.end, t.end + 48))) return false;
    if (most) return true;
    const k = toks[i - 1];
    // ('1,930 of them through its nine hubs (74%)': a pair's share, which `count-percent.ts` reads at the nine.)
    // The value is the object of a preposition in the count's predicate ('shared a cell with 1 other man'); a
    // figure straight after a verb is the clause's count ('An audit of 80 care records found 20 (25%)'), and
    // a count after 'of' is a whole, not a subject.
    return k !== undefined && k.kind === 'num' && !k.notCount && k.value > t.value && SUBJECT_TO_VALUE.test(text.slice(k.end, t.start)) && !/^\s+(?:of|out\s+of)\b/i.test(text.slice(k.end, k.end + 10)) && VALUE_PREPOSITION.test(text.slice(Math.max(0, t.start - 12), t.start)) && !/\b(?:of|from|among|in)\s+$/i.test(text.slice(Math.max(0, k.start - 8), k.start));
  });
}

/** The sentence as the extractor's readings read it: `text` with the masked numbers written as letters, and its tokens without them. */
export function besideNonCount(text: string, toks: Tok[]): { text: string; toks: Tok[] } {
  let masked: Set<Tok> | undefined;
  for (let i = 1; i < toks.length; i++) {
    const first = toks[i]!;
    if (!maskable(first)) continue;
    const k = toks[i - 1]!;
    if (k.kind !== 'num' || k.notCount || !WORDS_BETWEEN.test(text.slice(k.end, first.start))) continue;
    if (RATE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    let j = i;
    while (j + 1 < toks.length && j - i + 1 < MAX_STRETCH && maskable(toks[j + 1]!) && STRETCH_LINK.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) j++;
    const p = toks[j + 1];
    if (!p || p.kind !== 'pct' || p.hedge || !OPEN.test(text.slice(toks[j]!.end, p.start)) || !CLOSE.test(text.slice(p.end, p.end + 4))) continue;
    masked ??= new Set();
    for (let x = i; x <= j; x++) masked.add(toks[x]!);
    i = j;
  }
  for (const t of distributionValues(text, toks)) (masked ??= new Set()).add(t);
  if (!masked) return { text, toks };
  let out = '';
  let from = 0;
  // One stretch is one word: its numbers and the links between them become letters.
  const kept: Tok[] = [];
  for (let x = 0; x < toks.length; x++) {
    const t = toks[x]!;
    if (!masked.has(t)) {
      kept.push(t);
      continue;
    }
    let end = t.end;
    while (x + 1 < toks.length && masked.has(toks[x + 1]!)) end = toks[++x]!.end;
    out += text.slice(from, t.start) + 'x'.repeat(end - t.start);
    from = end;
  }
  return { text: out + text.slice(from), toks: kept };
}

function maskable(t: Tok): boolean {
  return t.kind === 'num' && t.notCount === true && t.type !== undefined && MASKED.has(t.type);
}
