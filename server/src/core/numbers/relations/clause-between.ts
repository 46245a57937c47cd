/**
 * A clause between the counts and the bracketed share (issue 9, family 1):
 *
 *   'in 11 of the 30 cases in which a referral was needed (37%)'
 *   'all but two of the 18 cases where a review was due (89%)'
 *   'in 14 of the 23 children whose case involved a safeguarding concern (61 per cent)'
 *   "212 of the 1,301 schools inspected were judged 'outstanding' (16.3 per cent)"
 *
 * The pair's noun phrase and what follows it, up to the bracket, may be any
 * words but no clause break (comma, semicolon, colon, another bracket) and no
 * other quantity: numbers that are not counts ('within 24 hours', 'under
 * 18') are fine. The bracket holds the share alone (or 'P% of them').
 */
import { judge } from '../rounding.js';
import type { Tok } from '../scan.js';
import type { SentenceView } from './index.js';
import { OTHER_SUBJECT_CLAUSE, quantityBetween, shareAt, tokAt, type Anchor, type Reading } from './shares.js';

/** The words up to the first bracket: no clause break, at most 30 words. */
const GAP = /^(?:\s*[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,29})?\s*\(\s*/;
const CLOSE = /^\s*(?:of\s+(?:them|these|those|cases|the\s+[A-Za-z][\w'-]*))?\s*\)/i;
const WINDOW = 300;

/**
 * The gap may hold one subset of the pair's k: 'in 23 of the 31 cases where …, including two where …
 * (79%)'. Group 1 is the text before the subset's count.
 */
const INCLUDING_GAP = /^((?:\s*[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,29})?\s*,\s*including\s+)[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,29}\s*\(\s*/i;

/**
 * The gap may hold an aside naming kinds of the pair's members, or those its count leaves out, with no figure:
 * '38 of the 45 staff on the rota, including bank staff, had completed the training (84%)', '19 of the 27
 * nurses on shift, excluding the nurse in charge, were substantive staff (70%)'. Group 1 is the aside.
 */
const ASIDE_GAP = /^(?:\s*[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,14})?\s*(,\s*(?:including|excluding|not\s+counting|not\s+including|leaving\s+aside|apart\s+from|except(?:\s+for)?)\s+[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,14}\s*,)(?:\s*[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,24})\s*\(\s*/i;
/** Words in an aside that make it a clause of another figure (a comparison, a rate). */
const ASIDE_OTHER = /\b(?:than|compared|against|average|rate|target|previous|last|other|but|while|whereas|which|who|whom)\b/i;

/**
 * A comma inside the pair's noun phrase that lists its words ('23/64 education, health and care plans
 * (36%)', 'in 9 of the 20 gas, water and electricity checks (45%)'): one word after it, then maybe more
 * listed words, then 'and' or 'or' and a word. Blanked to a space so the gap reads as one phrase.
 */
const LIST_COMMA = /(?<=[A-Za-z]),(?=(?:\s+[A-Za-z][\w'-]*,)*\s+[A-Za-z][\w'-]*\s+(?:and|or)\s+[A-Za-z])/g;
const listCommas = (x: string): string => x.replace(LIST_COMMA, ' ');

/**
 * The pair's clause, then its share set after it, closing the sentence: '14 of the 30 cases had a plan,
 * 40 per cent.', '… in 14 of the 30 cases; that is, 47 per cent.', '… had a plan – 47%.'. The clause
 * has no other figure and no break before the opener; the share is a percentage, alone or with 'of
 * them' / 'of the total' / 'of cases', and nothing follows it but the sentence's end.
 */
const CLOSING_GAP = /^(?:\s*[^\s,;:()[\]!?\u2013\u2014]+(?:\s+[^\s,;:()[\]!?\u2013\u2014]+){0,24})?\s*(?:,|;|:|\s[\u2013\u2014]|\s-(?=\s))\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+|which\s+(?:is|was)\s+|in\s+other\s+words,?\s+|representing\s+)?/i;
const CLOSING_END = /^\s*(?:of\s+(?:them|these|those|cases|the\s+total|the\s+sample|all\s+cases))?\s*(?:[.!?]\s*$|$)/i;

function closingShare(s: SentenceView, a: Anchor): Reading | undefined {
  if (!a.n) return undefined;
  const rest = listCommas(s.text.slice(a.end, a.end + WINDOW));
  const m = CLOSING_GAP.exec(rest);
  if (!m) return undefined;
  const at = a.end + m[0].length;
  if (quantityBetween(s, a.end, at)) return undefined;
  if (/\.\s/.test(s.text.slice(a.end, at))) return undefined;
  const share = shareAt(s, at);
  if (!share || share.type !== 'pct' || share.start !== skipWs(s.text, at)) return undefined;
  if (!CLOSING_END.test(s.text.slice(share.end, share.end + 60))) return undefined;
  return { share, k: a.k, n: a.n, family: a.family ?? 'clause-between' };
}

const skipWs = (text: string, pos: number): number => pos + (/^\s*/.exec(text.slice(pos))?.[0].length ?? 0);

export function clauseBetweenReadings(s: SentenceView, pairs: readonly Anchor[]): Reading[] {
  const out: Reading[] = [];
  for (const a of pairs) {
    if (!a.n) continue;
    const closing = closingShare(s, a);
    if (closing) {
      out.push(closing);
      continue;
    }
    const rest = listCommas(s.text.slice(a.end, a.end + WINDOW));
    let m = GAP.exec(rest);
    // The subset's count, when the gap names one ('…, including two where …').
    let subset: Tok | undefined;
    if (!m) {
      const aside = ASIDE_GAP.exec(rest);
      if (aside && !ASIDE_OTHER.test(aside[1]!)) m = aside;
    }
    if (!m) {
      const inc = INCLUDING_GAP.exec(rest);
      if (!inc) continue;
      subset = tokAt(s.toks, a.end + inc[1]!.length);
      if (!subset || subset.kind !== 'num' || subset.notCount || subset.value > a.k.value) continue;
      m = inc;
    }
    const open = a.end + m[0].lastIndexOf('(');
    // A full stop inside the gap ends the sentence's clause (decimals are tokens, caught below).
    if (/\.\s/.test(s.text.slice(a.end, open))) continue;
    // '… were referred to the panel but the panel accepted the referral (75%)': a clause of another subject.
    if (OTHER_SUBJECT_CLAUSE.test(s.text.slice(a.end, open))) continue;
    if (subset ? quantityBetween(s, a.end, subset.start) || quantityBetween(s, subset.end, open) : quantityBetween(s, a.end, open)) continue;
    const share = shareAt(s, a.end + m[0].length);
    if (!share || share.start !== a.end + m[0].length) continue;
    if (!CLOSE.test(s.text.slice(share.end, share.end + 60))) continue;
    // The share may be the subset's, of the whole or of the pair's part: then the pair is not judged by it.
    if (subset && share.type === 'pct' && !share.tok.hedge) {
      const p = share.tok;
      if (judge(subset.value, a.n.value, p.value, p.decimals, s.policy).verdict !== 'inconsistent' || judge(subset.value, a.k.value, p.value, p.decimals, s.policy).verdict !== 'inconsistent') continue;
    } else if (subset) continue;
    out.push({ share, k: a.k, n: a.n, family: a.family ?? 'clause-between' });
  }
  return out;
}
