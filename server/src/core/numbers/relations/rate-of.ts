/**
 * A pair of counts, then its rate in apposition (issue 9, families 1 and 8):
 *
 *   'The service had 11 vacancies out of an establishment of 86 posts, a vacancy rate of 13%.'
 *   'The prison held 732 men against a design capacity of 590, an occupancy rate of 124%.'
 *   'Staff had completed 170 of the 220 courses required, a completion rate of 77 per cent.'
 *
 * The pair is 'k … of (the) n' or 'k … out of / against a(n) <words> of n',
 * with no other count between; the rate follows after a comma as
 * 'a(n) <words> rate / proportion / level / percentage of P%' and closes the
 * clause. A rate that compares two counts ('against', 'out of an
 * establishment of') may pass 100%; one of 'k of n' is a share.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeRate, judgeShare } from '../judge.js';
import type { Tok } from '../scan.js';
import { countOfTok, pctOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/**
 * Before the percentage: ', a vacancy rate of', ', an occupancy level of', ', a proportion of'; ', which gives it
 * an overall compliance rate of', ', giving the service a rate of'.
 */
const RATE_BEFORE = /,\s*(?:(?:which\s+(?:gives|gave)|giving)\s+(?:it|them|us|(?:the|this|that)\s+[a-z]+)\s+|(?:which\s+(?:is|was|represents|represented)|giving|making)\s+)?(?:a|an)\s+(?:[A-Za-z-]+\s+){0,3}?(?:rate|proportion|level|percentage|ratio)\s+of\s+(?:only\s+|just\s+)?$/i;
/** Between k and n: the part's noun phrase, then 'of (the)', or 'out of / against a(n) <words> of'. */
const SHARE_GAP = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s+(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
const RATE_GAP = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s+(?:out\s+of|against|compared\s+with|for)\s+(?:a|an|the|its|their)\s+(?:[A-Za-z-]+\s+){0,3}?(?:of\s+)?$/i;
/** After n up to the comma: its noun phrase, no figure, no clause break. */
const N_TAIL = /^(?:\s+[A-Za-z][\w'-]*){0,6}\s*$/;
/** A rate of what is missing: 'a vacancy rate of', 'a shortfall of'. */
const MISSING_RATE = /\b(?:vacancy|vacancies|shortfall|gap|deficit|unfilled)\b/i;
/** The count is itself of what is missing: '11 vacancies out of', '9 unfilled posts against'. */
const MISSING_COUNT = /^\s+(?:[A-Za-z-]+\s+){0,3}?(?:vacan|unfilled|gaps?\b|shortfall|empty|vacant)/i;
/** The clause of the pair says its count is of what is missing: '… posts were vacant', '… were unfilled'. */
const MISSING_CLAUSE = /\b(?:vacan(?:t|cies|cy)|unfilled|empty|not\s+filled|unstaffed)\b/i;
/** After the rate: the clause ends. */
const CLOSE = /^\s*(?:[.;,)]|$)/;

export function readRateOf(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 2; i < s.toks.length; i++) {
    const p = s.toks[i]!;
    if (p.kind !== 'pct' || p.hedge) continue;
    const lead = RATE_BEFORE.exec(s.text.slice(Math.max(0, p.start - 60), p.start));
    if (!lead) continue;
    if (!CLOSE.test(s.text.slice(p.end, p.end + 4))) continue;
    const n: Tok = s.toks[i - 1]!;
    const k: Tok = s.toks[i - 2]!;
    if (!plainCount(s.text, n) || !plainCount(s.text, k)) continue;
    const comma = p.start - lead[0].length;
    if (!N_TAIL.test(s.text.slice(n.end, comma))) continue;
    const gap = s.text.slice(k.end, n.start);
    const share = SHARE_GAP.test(gap);
    if (!share && !RATE_GAP.test(gap)) continue;
    const base = { kind: 'percent-of', span: at(s, k.start, p.end) };
    const pin = pctOfTok(p, s.offset);
    const kin = countOfTok(k, s.offset);
    const nin = countOfTok(n, s.offset);
    // 'employed 172 midwives against a funded establishment of 191, a vacancy rate of 10%': a rate of what is
    // missing, after a count of what is there, is the rest's rate ((191 − 172) / 191), not the count's.
    // The count is of what is missing when the words after it say so ('11 vacancies out of') or its clause does
    // ('41 of the 244 social worker posts were vacant, a vacancy rate of 17%').
    const missingRate = MISSING_RATE.test(lead[0]) && !MISSING_COUNT.test(s.text.slice(k.end, Math.min(n.start, k.end + 40))) && !MISSING_CLAUSE.test(s.text.slice(n.end, comma));
    if (missingRate) {
      if (n.value < k.value) continue;
      const rest = { ...kin, value: n.value - k.value, raw: `${n.raw} − ${k.raw}` };
      const restClaim = judgeRate(base, pin, rest, nin, s.policy);
      // Either reading that fits makes the rate consistent.
      const direct = restClaim.verdict === 'inconsistent' ? (share ? judgeShare(base, pin, kin, nin, s.policy) : judgeRate(base, pin, kin, nin, s.policy)) : undefined;
      out.push(direct?.verdict === 'ok' ? direct : restClaim);
      continue;
    }
    out.push(share ? judgeShare(base, pin, kin, nin, s.policy) : judgeRate(base, pin, kin, nin, s.policy));
  }
  return out;
}
