/**
 * Count pairs given their shares respectively, after the clause (issue 9, families 6 and 7):
 *
 *   'Seventeen of the 20 boys and 11 of the 16 girls said they felt safe, 85% and 69% respectively.'
 *   '41 of the 52 homes and 9 of the 15 hostels met the standard (79% and 60% respectively).'
 *
 * Two or more pairs 'k of (the) n' joined by 'and' or commas, then, closing the sentence or its
 * clause, as many unhedged percentages as pairs and 'respectively' (bare after a comma or in
 * brackets). Only the pairs' clause may stand between: no other count or share, no colon or
 * semicolon, no word of a comparison ('than', 'against', 'last year', 'national'). Each share is
 * then its pair's, in order, and is judged both ways.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare } from '../judge.js';
import type { Tok } from '../scan.js';
import { countOfTok, pctOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const OF = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** Between one pair and the next: its group's words, then 'and' or a comma. */
const NEXT_PAIR = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*(?:,\s*and|,|\band)\s+$/i;
/** Between two shares of the list. */
const LIST_JOIN = /^\s*(?:,\s*and|,|\band)\s*$/i;
const CLOSE = /^(\s+respectively\s*\)?|\s*\)?\s*respectively\b)\s*(?:[.;,]|$)/i;
const OTHER_FIGURE = /\b(?:than|compared|against|average|national(?:ly)?|rate|target|previous|last|year|from|up|down|rose|fell)\b/i;
const MAX_PAIRS = 6;

export function readRespectiveShares(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  if (!/\brespectively\b/i.test(text)) return [];
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const pairs: { k: Tok; n: Tok }[] = [];
    let j = i;
    while (j + 1 < toks.length && pairs.length < MAX_PAIRS) {
      const k = toks[j]!;
      const n = toks[j + 1]!;
      if (!plainCount(text, k) || !plainCount(text, n) || !OF.test(text.slice(k.end, n.start)) || k.value > n.value) break;
      if (pairs.length > 0 && !NEXT_PAIR.test(text.slice(pairs[pairs.length - 1]!.n.end, k.start))) break;
      pairs.push({ k, n });
      j += 2;
    }
    if (pairs.length < 2) continue;
    // Years, ages and durations may stand between; then the shares, one per pair.
    while (j < toks.length && toks[j]!.kind === 'num' && toks[j]!.notCount) j++;
    const shares = toks.slice(j, j + pairs.length);
    const last = pairs[pairs.length - 1]!.n;
    const first = shares[0];
    if (shares.length !== pairs.length || shares.some((p) => p.kind !== 'pct' || p.hedge) || !first) {
      i = j - 1;
      continue;
    }
    const gap = text.slice(last.end, first.start);
    const list = shares.slice(1).every((p, x) => LIST_JOIN.test(text.slice(shares[x]!.end, p.start)));
    const end = shares[shares.length - 1]!.end;
    const close = CLOSE.exec(text.slice(end, end + 20));
    const bracketed = /\(\s*$/.test(gap);
    if (!list || !close || /[;:]/.test(gap) || OTHER_FIGURE.test(gap) || bracketed !== /\)/.test(close[1]!) || (!bracketed && !/,\s*$/.test(gap))) {
      i = j - 1;
      continue;
    }
    pairs.forEach((pr, x) => {
      const p = shares[x]!;
      out.push(
        judgeShare({ kind: 'percent-of', span: at(s, pr.k.start, p.end) }, pctOfTok(p, s.offset), countOfTok(pr.k, s.offset), countOfTok(pr.n, s.offset), s.policy, [
          { span: at(s, p.start, p.end), message: `the ${x + 1}${['st', 'nd', 'rd'][x] ?? 'th'} share of the list given 'respectively'` },
        ]),
      );
    });
    i = j + shares.length - 1;
  }
  return out;
}
