/**
 * A count and its whole after its clause's verb, 'out of a total … of n', with the share beside the
 * whole (issue 9, families 3 and 6):
 *
 *   '17,662 people were held on remand out of a total prison population of 88,300 – 20% of everyone in prison.'
 *   'In 2023, 420 pupils were excluded out of a total of 6,000 (7%).'
 *   '35 complaints were upheld out of the 140 received, or 25%.'
 *
 * k is the last plain count before 'out of' in the same clause, with its verb between ('There were
 * 420 exclusions out of …' has it before) (no other count or share, no
 * bracket, colon or semicolon between); the whole is the count 'out of a total [noun] of' or
 * 'out of the' names. A share set right after the whole (in brackets, between dashes, or after a
 * comma) is the pair's share: judged both ways when ', or' or its own 'of everyone …' ties it to
 * the pair, else only when it fits (it may be the whole's own share of something larger). With no
 * share the pair is kept only when it fits (k ≤ n), since the count may be of another time.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, judgeShare } from '../judge.js';
import type { Tok } from '../scan.js';
import { countOfTok, pctOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/** Before the whole: 'out of a total [prison] [population] of', 'out of the', 'out of a possible'. */
const OUT_OF = /\bout\s+of\s+(?:a\s+total\s+(?:[a-z][\w'-]*\s+){0,3}?of\s+|a\s+possible\s+|an?\s+(?:overall\s+)?total\s+of\s+|the\s+)$/i;
/** Between the count and 'out of': its clause, with a verb (no figure, no clause break). */
const CLAUSE = /^(?:\s+[A-Za-z][\w'-]*){1,10}?\s+$/;
const VERB = /\b(?:were|was|are|is|had|have|has|been|being|[a-z]{3,}ed)\b/i;
/** The share beside the whole: '(20%)', '– 20% –', ', or 20%', ', 20% of …'. */
const SHARE_OPEN = /^(?:\s+[A-Za-z][\w'-]*){0,2}?\s*(?:\(|[\u2013\u2014]|\s-|,\s*(?:or\s+)?)\s*$/;
const SHARE_AFTER = /^\s*(?:\)|[\u2013\u2014]|-\s|,|\.|;|$|\s+of\s+(?:all|everyone|the|those|them)\b)/i;

export function readOutOfTotal(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  if (!/\bout\s+of\b/i.test(text)) return [];
  const out: ClaimRecord[] = [];
  for (let j = 1; j < toks.length; j++) {
    const n = toks[j]!;
    const w = text.slice(Math.max(0, n.start - 60), n.start);
    const m = plainCount(text, n) ? OUT_OF.exec(w) : null;
    if (!m) continue;
    const outAt = n.start - (w.length - m.index);
    // The count: the last figure before, skipping those that are no quantity (years, durations).
    let i = j - 1;
    while (i >= 0 && toks[i]!.kind === 'num' && toks[i]!.notCount) i--;
    const k: Tok | undefined = toks[i];
    if (!k || !plainCount(text, k) || k.value > n.value) continue;
    const clause = gapOf(s, k.end, outAt);
    const thereWere = /\bthere\s+(?:were|was|are|is|had\s+been|have\s+been)\s+$/i.test(text.slice(Math.max(0, k.start - 20), k.start));
    if (!CLAUSE.test(clause) || !(VERB.test(clause) || thereWere) || /\b(?:and|or|but|while|whereas|than)\b/i.test(clause)) continue;
    // The words between 'out of' and the whole name no other figure.
    if (toks.some((t) => t.start > k.end && t.end <= n.start && !t.notCount)) continue;
    const p = toks[j + 1];
    const kIn = countOfTok(k, s.offset);
    const nIn = countOfTok(n, s.offset);
    if (p && p.kind === 'pct' && !p.hedge && SHARE_OPEN.test(text.slice(n.end, p.start)) && SHARE_AFTER.test(text.slice(p.end, p.end + 12))) {
      const c = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctOfTok(p, s.offset), kIn, nIn, s.policy);
      // A bare share beside the whole may be the whole's own share of something larger ('a total of
      // 300 (25%)'): judged both ways only when 'or' or its own 'of everyone …' ties it to the pair.
      const tied = /,\s*or\s+$/i.test(text.slice(n.end, p.start)) || /^\s*(?:[\u2013\u2014,]|-\s)?\s*of\s+(?:all|everyone|the|those|them)\b/i.test(text.slice(p.end, p.end + 16));
      if (tied || c.verdict === 'ok') out.push(c);
      continue;
    }
    const c = judgeCountOf({ kind: 'count-of', span: at(s, k.start, n.end) }, kIn, nIn, [{ span: nIn.span, message: `'out of' names the whole, ${n.raw} (a reading that holds; not reported otherwise)` }]);
    if (c.verdict === 'ok') out.push(c);
  }
  return out;
}

/** The text between two positions with the figures that are no quantity blanked to letters. */
function gapOf(s: SentenceView, from: number, to: number): string {
  let g = s.text.slice(from, to);
  for (const t of s.toks) if (t.notCount && t.start >= from && t.end <= to) g = g.slice(0, t.start - from) + 'x'.repeat(t.end - t.start) + g.slice(t.end - from);
  return g;
}
