/**
 * Counts with their shares in a list, of a total named before the list
 * (issue 9, family 4):
 *
 *   '1,269 schools were inspected in all. Only seven were rated excellent
 *   (0.6 per cent), 189 very good (14.9 per cent), 607 good (47.8 per cent)
 *   …'
 *   'We sampled 240 files: 96 (40%) held a plan, 60 (25%) a draft and 84
 *   (35%) neither.'
 *
 * Each 'k (P%)' names no whole of its own. The whole is one of the groups
 * counted before the first pair (in the sentence or the sentences before,
 * `groupsCountedBefore`). The reading is abductive: a whole is taken only
 * when the pairs themselves point to it, that is when every pair but one is
 * the share of it (with two pairs, both), and no other group counted before
 * fits as many. Then the pair that does not fit is reported against it.
 * When two wholes fit as well, or the odd pair is set apart from the list
 * ('of whom', 'of these', another bracket), nothing is reported.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare, type CountIn } from '../judge.js';
import { judge } from '../rounding.js';
import type { Tok } from '../scan.js';
import { countOfTok, depthAt, groupsCountedBefore, pctOfTok, standAside } from './common.js';
import { at, type SentenceView } from './index.js';
import { isCountTok } from './shares.js';

/** How many pairs a list may hold (a bound; lists are short). */
const MAX_PAIRS = 12;

/** Between two pairs of one list: a comma, 'and', a semicolon, and words of the next category; no clause that sets it apart. */
const APART = /\b(?:of\s+(?:whom|which|these|them|those)|including|among\s+(?:them|whom|these)|compared\s+with|against|than|from)\b/i;

/** From a count to its bracketed share: up to five words of its category, no clause break. */
const CATEGORY = /^(?:\s+['\u2018\u201c"]?[A-Za-z][\w'-]*['\u2019\u201d"]?){0,5}\s*\(\s*$/;

interface Pair {
  k: Tok;
  p: Tok;
  end: number;
}

/** The 'k (P%)' pairs of the sentence, outside other brackets. */
function pairsIn(s: SentenceView): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < s.toks.length && out.length < MAX_PAIRS; i++) {
    const k = s.toks[i]!;
    const p = s.toks[i + 1]!;
    if (!isCountTok(s, k) || k.value < 1 || p.kind !== 'pct' || p.hedge) continue;
    // The share right after its count, or after the words of its category ('189 very good (14.9 per cent)').
    if (!CATEGORY.test(s.text.slice(k.end, p.start)) || depthAt(s.text, k.start) !== 0) continue;
    const close = /^\s*\)/.exec(s.text.slice(p.end, p.end + 4));
    if (!close) continue;
    // 'of the 240 (…)': a pair whose count is followed by 'of' names its own whole.
    if (/^\s*\)\s*(?:of|out\s+of)\s/i.test(s.text.slice(p.end, p.end + 12))) continue;
    out.push({ k, p, end: p.end + close[0].length });
  }
  return out;
}

export function readListedShares(s: SentenceView): ClaimRecord[] {
  const pairs = pairsIn(s);
  if (pairs.length < 2) return [];
  // Pairs of one list: nothing between two of them sets the later apart from the earlier.
  for (let i = 1; i < pairs.length; i++) if (APART.test(s.text.slice(pairs[i - 1]!.end, pairs[i]!.k.start))) return [];
  const first = pairs[0]!.k;
  const largest = pairs.reduce((m, x) => Math.max(m, x.k.value), 0);
  const kTok = pairs.find((x) => x.k.value === largest)!.k;
  // Groups counted before the list, at least as large as its largest count ('of them' and its like aside).
  const cands = groupsCountedBefore(s, kTok, undefined).filter((c) => c.offset !== s.offset || c.tok.end <= first.start);
  if (cands.length === 0) return [];
  const fitsOf = (n: Tok) => pairs.filter((x) => judge(x.k.value, n.value, x.p.value, x.p.decimals, s.policy).verdict === 'ok').length;
  const scored = cands.map((c) => ({ c, fits: fitsOf(c.tok) })).sort((a, b) => b.fits - a.fits);
  const best = scored[0]!;
  const need = pairs.length === 2 ? 2 : pairs.length - 1;
  if (best.fits < need) return [];
  // Another whole that fits as well: the pairs do not say which.
  const tie = scored.some((x) => x !== best && x.fits === best.fits && x.c.tok.value !== best.c.tok.value);
  const n: CountIn = { ...countOfTok(best.c.tok, best.c.offset), inferred: true };
  const sources = [{ span: n.span, message: `the whole of the list is taken to be the ${best.c.tok.raw} here: ${best.fits} of its ${pairs.length} shares are of it` }];
  return pairs.map((x) => {
    const claim = judgeShare({ kind: 'percent-of', span: at(s, x.k.start, x.end) }, pctOfTok(x.p, s.offset), countOfTok(x.k, s.offset), n, s.policy, sources);
    if (claim.verdict === 'ok' || claim.verdict === 'convention' || !tie) return claim;
    return standAside(claim, 'another group counted before fits the list as well');
  });
}
