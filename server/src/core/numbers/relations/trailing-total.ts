/**
 * A list of counts closed by its total ('62 at the first hearing and 28 at
 * the second, 90 in all'; '…, 41 altogether'): the words after the total
 * say it is the sum of the list before it, so a sum that misses it is
 * reported either way (a part too many or a part short).
 *
 * The list is the run of counts just before the total, each after the first
 * following a comma or 'and'. Any other count in the clause (a count of
 * another group: '3 inspectors visited 12 homes and 9 wards, 21 in all'), a
 * share among the parts, a loose word ('including', 'about') or a hedge
 * leaves a sum that misses unresolved; a sum that matches is confirmed.
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount } from './common.js';
import { sumClaim } from './parts-sum.js';
import type { SentenceView } from './index.js';

/** After the total, closing its clause: 'in all', 'in total', 'altogether', 'all told'. */
const TOTAL_AFTER = /^\s*(?:in\s+(?:all|total)|altogether|all\s+told)\s*(?:[.;!?)]|$)/i;
/** Between two parts: the words of the part before, then a comma or 'and'. */
const BETWEEN = /^[^.;:()]{0,70}?(?:,|\band)\s*$/i;
const LOOSE = /\b(?:including|included|includes|such\s+as|of\s+these|of\s+them|of\s+whom|of\s+which|at\s+least|more\s+than|fewer\s+than|less\s+than|over|under|almost|nearly|about|around|some|up\s+to|approximately|roughly|another|further|other|respectively|each|per|a\s+day|a\s+week|a\s+month|a\s+year)\b/i;
const MAX_PARTS = 12;


export function readTrailingTotal(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const total = s.toks[i]!;
    if (!plainCount(text, total) || !TOTAL_AFTER.test(text.slice(total.end, total.end + 20))) continue;
    if (!/,\s*$/.test(text.slice(Math.max(0, total.start - 4), total.start))) continue;
    // The clause the list is in: from the last semicolon or colon before the total.
    const clause = Math.max(text.lastIndexOf(';', total.start), text.lastIndexOf(':', total.start)) + 1;
    const depth = depthAt(text, total.start);
    const parts: Tok[] = [];
    let j = i - 1;
    let next = total;
    for (; j >= 0 && parts.length < MAX_PARTS; j--) {
      const t = s.toks[j]!;
      if (t.start < clause) break;
      if (depthAt(text, t.start) !== depth) continue;
      if (!plainCount(text, t)) break;
      // The gap to the next figure (the total for the last part) must be a list separator.
      if (!BETWEEN.test(text.slice(t.end, next.start))) break;
      parts.unshift(t);
      next = t;
    }
    if (parts.length < 2) continue;
    const first = parts[0]!;
    // Any other figure of the clause at the list's level: another group or a share, so another reading.
    const stray = s.toks.some((t) => t.start >= clause && t.start < total.start && !parts.includes(t) && depthAt(text, t.start) === depth && (plainCount(text, t) || t.kind === 'pct'));
    const loose = LOOSE.test(text.slice(first.start, total.end + 20).replace(/\([^)]*\)/g, ' ')) || [...parts, total].some((t) => !!t.hedge);
    out.push(sumClaim(s, total, parts, !stray && !loose));
  }
  return out;
}
