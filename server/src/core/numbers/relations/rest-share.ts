/**
 * The share in brackets after the rest of a list, of the list's whole: 'Of the 1,960 people who answered,
 * 862 (44%) felt safe, 392 (20%) felt unsafe and the remaining 760 (36%) felt neither': 760 of 1,960 is
 * 38.8%, not 36%.
 *
 * The rest ('the remaining N', 'the other N') is part of the whole that opens the sentence ('Of the N …,'),
 * and its share is of that whole as the shares of the parts before it are: read only when every part before
 * it gives its share in its own bracket ('862 (44%)') and each of those fits the whole, so that the brackets
 * are shares of it. A hedged share, a share with words of its own in the bracket, or any other figure
 * between the whole and the rest reads nothing.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare } from '../judge.js';
import { judge } from '../rounding.js';
import type { Tok } from '../scan.js';
import { countOfTok, depthAt, pctOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/** 'Of the 1,960 people who answered,' opening the sentence. */
const OF_WHOLE = /^\s*(?:Of|Among)\s+(?:the|all|these|those)\s+$/i;
/** Before the rest's count: 'the remaining', 'the other'. */
const REST = /\bthe\s+(?:remaining|other)\s+$/i;

/** A count with its share alone in the bracket after it: '862 (44%)'; the share token, or undefined. */
function bracketShare(s: SentenceView, k: Tok, i: number): Tok | undefined {
  const p = s.toks[i + 1];
  if (!p || p.kind !== 'pct' || p.hedge || depthAt(s.text, p.start) !== 1) return undefined;
  if (!/^\s*\(\s*$/.test(s.text.slice(k.end, p.start)) || !/^\s*\)/.test(s.text.slice(p.end))) return undefined;
  return p;
}

export function readRestShare(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  if (!/\bthe\s+(?:remaining|other)\s/i.test(text)) return [];
  const whole = s.toks[0];
  if (!whole || !plainCount(text, whole) || !OF_WHOLE.test(text.slice(0, whole.start))) return [];
  const comma = text.indexOf(',', whole.end);
  if (comma < 0 || /[;:()]/.test(text.slice(whole.end, comma))) return [];
  let fitting = 0;
  for (let i = 1; i < s.toks.length; i++) {
    const k = s.toks[i]!;
    if (k.start < comma) return [];
    if (!plainCount(text, k) || depthAt(text, k.start) !== 0) return [];
    const p = bracketShare(s, k, i);
    if (!p) return [];
    if (REST.test(text.slice(Math.max(0, k.start - 20), k.start))) {
      // The rest must close the list: no figure after its share.
      if (fitting === 0 || i + 2 < s.toks.length) return [];
      const claim = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), countOfTok(whole, s.offset), s.policy);
      return [claim];
    }
    // Each part before the rest gives its share of the whole.
    if (judge(k.value, whole.value, p.value, p.decimals, s.policy).verdict !== 'ok') return [];
    fitting++;
    i++;
  }
  return [];
}
