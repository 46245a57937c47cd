/**
 * A share word a clause away from its count (issue 9, family 10):
 *
 *   'Most of the 24 offenders with a housing need (10)'
 *   'Almost all of the 46 children in the nursery class, 43 in total, …'
 *   'Only a minority of the 35 carers we contacted – 12 – said …'
 *   'Around half of the 88 pupils eligible for the grant (45) …'
 *   'Fewer than half of the 52 complaints received in the year, 29 in all, …'
 *
 * The share is a quantifier of the framework's bands, a fraction, a ratio or
 * a percentage; then 'of (the) N', the group's words (no clause break, no
 * other quantity but a definite count of its description smaller than the
 * count, 'most of the 1,716 prisoners held at the two sites (1,203)'), and the
 * count: in brackets, between dashes, or between commas with 'in total', 'in
 * all', 'of them'.
 */
import { sameGroup } from '../scan.js';
import type { SentenceView } from './index.js';
import { countFig, groupNoun, isCountTok, quantityBetween, sharesOf, tokAt, type Reading } from './shares.js';

const OF = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?/i;
/** The group's words after N: no clause break. */
const WORDS = /^(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,30}?(?=\s*[(,\u2013\u2014])/;
const FORMS: { open: RegExp; close: RegExp }[] = [
  // '(10)', '(10 of them)', '(15 cases)'
  { open: /^\s*\(\s*/, close: /^(?:\s+(?:of\s+them|in\s+total|in\s+all|altogether|[A-Za-z][\w'-]*))?\s*\)/i },
  // ', 43 in total,' ', 26 of them,'
  { open: /^\s*,\s*/, close: /^\s+(?:in\s+total|in\s+all|of\s+them|altogether)\s*(?:[,;:.\u2013\u2014]|$)/i },
  // '– 12 –', '– 26 of them –'
  { open: /^\s*[\u2013\u2014]\s*/, close: /^(?:\s+(?:of\s+them|in\s+total|in\s+all|altogether))?\s*(?:[\u2013\u2014,]|$)/i },
];
const WINDOW = 300;

export function quantifierDistantReadings(s: SentenceView): Reading[] {
  const out: Reading[] = [];
  for (const share of sharesOf(s, { quantifiers: true })) {
    const of = OF.exec(s.text.slice(share.end, share.end + 40));
    if (!of) continue;
    const nTok = tokAt(s.toks, share.end + of[0].length);
    if (!isCountTok(s, nTok) || nTok.value < 1) continue;
    const w = WORDS.exec(s.text.slice(nTok.end, nTok.end + WINDOW));
    if (!w) continue;
    const gapEnd = nTok.end + w[0].length;
    if (/\.\s/.test(s.text.slice(nTok.end, gapEnd))) continue;
    // A count inside the group's words is only a definite part of its description ('held at the two sites'),
    // and the bracketed count must be larger than it, so that it cannot be that count's.
    const inner = s.toks.filter((t) => t.start >= nTok.end && t.start < gapEnd && (t.kind !== 'num' || !t.notCount));
    if (inner.some((t) => t.kind !== 'num' || !isCountTok(s, t) || !/\bthe\s+$/i.test(s.text.slice(Math.max(0, t.start - 5), t.start)) || !/^\s+[A-Za-z]/.test(s.text.slice(t.end, t.end + 3)))) continue;
    if (inner.length && quantityBetween(s, nTok.end, inner[0]!.start)) continue;
    for (const form of FORMS) {
      const o = form.open.exec(s.text.slice(gapEnd, gapEnd + 20));
      if (!o) continue;
      const kTok = tokAt(s.toks, gapEnd + o[0].length);
      if (!isCountTok(s, kTok) || inner.some((t) => t.value >= kTok.value)) continue;
      const c = form.close.exec(s.text.slice(kTok.end, kTok.end + 40));
      if (!c) continue;
      // '(15 cases)': a word in the bracket must name the same kind of thing as the group.
      const word = /^\s+([A-Za-z][\w'-]*)\s*\)/.exec(c[0])?.[1];
      if (word && !/^(?:them|total|all|altogether)$/i.test(word) && !sameGroup(word.toLowerCase(), groupNoun(s.text, nTok.end))) continue;
      out.push({ share, k: countFig(kTok), n: countFig(nTok), family: 'quantifier-distant' });
      break;
    }
  }
  return out;
}
