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
 * other quantity), and the count: in brackets, between dashes, or between
 * commas with 'in total', 'in all', 'of them'.
 *
 * With 'of them' for 'of (the) N' ('Inspectors examined 64 cases. Risk was
 * assessed well in most of them, 41 in all, …'), the total is the one group
 * the sentence before counts (a sample or a frame, its only quantity), when
 * no other plural noun before the share could be what 'them' means.
 */
import { sameGroup } from '../scan.js';
import type { SentenceView } from './index.js';
import { populationsOf } from './population.js';
import { countFig, groupNoun, isCountTok, quantityBetween, sharesOf, tokAt, type CountFig, type Reading, type ShareFig } from './shares.js';

const OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;
/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = /^(?:was|has|does|is|this|its|his|hers|ours|yours|thus|always|perhaps|whereas|sometimes|across|unless|less|as|us|plus|various|previous|serious|numerous|various)$/i;

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
    if (OF_THEM.test(s.text.slice(share.end, share.end + 20))) {
      const r = ofThemBefore(s, share);
      if (r) out.push(r);
      continue;
    }
    const of = OF.exec(s.text.slice(share.end, share.end + 40));
    if (!of) continue;
    const nTok = tokAt(s.toks, share.end + of[0].length);
    if (!isCountTok(s, nTok) || nTok.value < 1) continue;
    const w = WORDS.exec(s.text.slice(nTok.end, nTok.end + WINDOW));
    if (!w) continue;
    const gapEnd = nTok.end + w[0].length;
    if (/\.\s/.test(s.text.slice(nTok.end, gapEnd)) || quantityBetween(s, nTok.end, gapEnd)) continue;
    for (const form of FORMS) {
      const o = form.open.exec(s.text.slice(gapEnd, gapEnd + 20));
      if (!o) continue;
      const kTok = tokAt(s.toks, gapEnd + o[0].length);
      if (!isCountTok(s, kTok)) continue;
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

/** 'most of them, 41 in all,': the total is the one group counted in the sentence before. */
function ofThemBefore(s: SentenceView, share: ShareFig): Reading | undefined {
  const them = OF_THEM.exec(s.text.slice(share.end, share.end + 20))!;
  const at = share.end + them[0].length;
  const form = FORMS[1]!;
  const o = form.open.exec(s.text.slice(at, at + 20));
  if (!o) return undefined;
  const kTok = tokAt(s.toks, at + o[0].length);
  if (!isCountTok(s, kTok) || !form.close.test(s.text.slice(kTok.end, kTok.end + 40))) return undefined;
  // No quantity before the share in this sentence, and the sentence before counts one group and nothing else.
  if (s.toks.some((t) => t.end <= share.start && !t.notCount)) return undefined;
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || prev.toks.filter((t) => !t.notCount).length !== 1) return undefined;
  const view: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  const pops = populationsOf(view).filter((p) => p.how === 'sample' || p.how === 'frame');
  if (pops.length !== 1 || pops[0]!.n.value < kTok.value) return undefined;
  const pop = pops[0]!;
  // 'The officers were experienced, and most of them …': another plural noun may be what 'them' means.
  const words = s.text.slice(0, share.start).match(/[A-Za-z][\w'-]*/g) ?? [];
  if (words.some((w) => w.length > 3 && /[a-z]s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !NOT_PLURAL.test(w) && !sameGroup(w.toLowerCase(), pop.noun))) return undefined;
  // The total's offsets, local to this sentence (before its start), so that its span is where it is written.
  const shift = prev.offset - s.offset;
  const n: CountFig = { ...pop.n, start: pop.n.start + shift, end: pop.n.end + shift };
  return { share, k: countFig(kTok), n, family: 'quantifier-distant', nWhy: `'them' is taken to mean the ${pop.n.raw} of the sentence before` };
}
