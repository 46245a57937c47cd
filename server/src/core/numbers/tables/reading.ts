/**
 * How a table reader decides whether its reading of the columns stands
 * (abductive judgement over a table): a reading whose roles the headers name
 * ('Relevant cases', '% of those assessed', a Total row) is judged when most
 * of its other rows agree with it; a reading guessed from the figures alone
 * is judged only when at least two rows agree and twice as many agree as
 * disagree. Otherwise every claim of the reading that does not hold is
 * listed as unresolved, never reported.
 */
import type { ClaimRecord } from '../claim.js';
import { unresolve } from '../judge.js';

export type Strength = 'named' | 'guessed';

const holds = (c: ClaimRecord) => c.verdict === 'ok' || c.verdict === 'convention';

export function supported(claims: readonly ClaimRecord[], strength: Strength): boolean {
  const ok = claims.filter(holds).length;
  const bad = claims.length - ok;
  if (bad === 0) return true;
  if (strength === 'named') return claims.length === 1 || (ok >= 1 && ok >= bad);
  return ok >= 2 && ok >= 2 * bad;
}

/** The claims of one reading, settled: kept when the reading is supported, else the failing ones unresolved. */
export function settle(claims: ClaimRecord[], strength: Strength, why: string): ClaimRecord[] {
  if (supported(claims, strength)) return claims;
  // A row that fits only by another rounding is no finding under a reading that does not stand: unresolved too
  // ('Referrals | Assessments | Assessed within 45 days' over '1,240 | 980 | 80%': the share is of a count not written).
  return claims.map((c) => (c.verdict === 'convention' ? unresolve({ ...c, verdict: 'inconsistent' }, why) : unresolve(c, why)));
}
