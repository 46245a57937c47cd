/**
 * Exact rounding arithmetic. Every question of the form "is P% (written with
 * d decimals) what k out of n rounds to?" is answered with integers only:
 * with S = 10^d and P written as the integer V (P = V / S),
 *
 *   nearest:   |100·k·S − V·n| · 2 ≤ n   (equality is an exact half: a tie)
 *   truncate:  V·n ≤ 100·k·S < (V + 1)·n
 *   ceiling:   (V − 1)·n < 100·k·S ≤ V·n
 *
 * The products stay far below 2^53 for any count a report can hold
 * (k, n < 10^7 and d ≤ 4), which `safe` checks.
 */

export type Ties = 'either' | 'up' | 'down' | 'even';
export type RoundingMode = 'nearest' | 'truncate' | 'ceiling' | 'any';

export interface RoundingPolicy {
  /** Fewest decimal places a percentage is taken to have ('69%' with decimals 1 means 69.0%). */
  decimals: number;
  mode: RoundingMode;
  ties: Ties;
}

export const DEFAULT_POLICY: RoundingPolicy = { decimals: 0, mode: 'nearest', ties: 'either' };

/** Which convention explains a written value. */
export type Explanation = 'nearest' | 'tie-up' | 'tie-down' | 'truncation' | 'ceiling';

const LIMIT = 1e7;

function safe(...xs: number[]): boolean {
  return xs.every((x) => Number.isSafeInteger(x) && x >= 0 && x < LIMIT);
}

export function pow10(d: number): number {
  return 10 ** d;
}

/** A written percentage brought to at least `decimals` places. */
export function atPrecision(scaled: number, decimals: number, minDecimals: number): { scaled: number; decimals: number } {
  if (decimals >= minDecimals) return { scaled, decimals };
  return { scaled: scaled * pow10(minDecimals - decimals), decimals: minDecimals };
}

/**
 * Every convention under which k/n, as a percentage with `decimals` places,
 * is written as `scaled`. Empty when none is.
 */
export function explanations(k: number, n: number, scaled: number, decimals: number): Explanation[] {
  if (n <= 0 || k < 0 || !safe(k, n, scaled) || decimals > 4) return [];
  const S = pow10(decimals);
  const a = 100 * k * S; // the exact value, times n
  const b = scaled * n;
  const out: Explanation[] = [];
  const twice = 2 * Math.abs(a - b);
  if (twice < n) out.push('nearest');
  else if (twice === n) out.push(a < b ? 'tie-up' : 'tie-down');
  if (b <= a && a < b + n) out.push('truncation');
  if (b - n < a && a <= b) out.push('ceiling');
  return out;
}

function tieAccepted(e: Explanation, ties: Ties, scaled: number): boolean {
  if (e === 'tie-up') return ties === 'either' || ties === 'up' || (ties === 'even' && scaled % 2 === 0);
  if (e === 'tie-down') return ties === 'either' || ties === 'down' || (ties === 'even' && scaled % 2 === 0);
  return false;
}

/** Whether the policy accepts a value with these explanations. */
export function accepted(ex: Explanation[], policy: RoundingPolicy, scaled: number): boolean {
  const nearest = ex.includes('nearest') || ex.some((e) => (e === 'tie-up' || e === 'tie-down') && tieAccepted(e, policy.ties, scaled));
  switch (policy.mode) {
    case 'nearest':
      return nearest;
    case 'truncate':
      return ex.includes('truncation');
    case 'ceiling':
      return ex.includes('ceiling');
    case 'any':
      return nearest || ex.includes('truncation') || ex.includes('ceiling') || ex.includes('tie-up') || ex.includes('tie-down');
  }
}

export type Judgement =
  | { verdict: 'ok'; by: Explanation[] }
  | { verdict: 'convention'; by: Explanation[] }
  | { verdict: 'inconsistent' };

/** Judges 'P% of n is k' under a policy. */
export function judge(k: number, n: number, scaled: number, decimals: number, policy: RoundingPolicy): Judgement {
  const p = atPrecision(scaled, decimals, policy.decimals);
  const ex = explanations(k, n, p.scaled, p.decimals);
  if (accepted(ex, policy, p.scaled)) return { verdict: 'ok', by: ex };
  if (ex.length > 0) return { verdict: 'convention', by: ex };
  return { verdict: 'inconsistent' };
}

/** k/n rounded half up to `decimals` places, as a scaled integer. */
export function roundHalfUp(k: number, n: number, decimals: number): number {
  const S = pow10(decimals);
  return Math.floor((200 * k * S + n) / (2 * n));
}

/** The value the policy would write for k/n (scaled). */
export function roundByPolicy(k: number, n: number, decimals: number, policy: RoundingPolicy): number {
  const S = pow10(decimals);
  switch (policy.mode) {
    case 'truncate':
      return Math.floor((100 * k * S) / n);
    case 'ceiling':
      return Math.ceil((100 * k * S) / n);
    default: {
      const a = 100 * k * S;
      const lo = Math.floor(a / n);
      const twice = 2 * (a - lo * n);
      if (twice < n) return lo;
      if (twice > n) return lo + 1;
      if (policy.ties === 'down') return lo;
      if (policy.ties === 'even') return lo % 2 === 0 ? lo : lo + 1;
      return lo + 1;
    }
  }
}

/** Formats a scaled integer with its decimals: (6875, 2) -> '68.75'. */
export function formatScaled(scaled: number, decimals: number): string {
  const neg = scaled < 0;
  const s = String(Math.abs(scaled)).padStart(decimals + 1, '0');
  const out = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  return neg ? `-${out}` : out;
}

/** The share k/n in percent to `places` places (exact when it terminates), trailing zeros dropped: '68.75', '33.33', '50'. */
export function exactPercent(k: number, n: number, places = 2): string {
  if (n <= 0) return '\u221e';
  const text = formatScaled(roundHalfUp(k, n, places), places);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** 'nearest' or the convention that explains a value, in words. */
export function describe(ex: Explanation[]): string {
  if (ex.includes('truncation') && !ex.includes('nearest')) return 'truncation (rounding down)';
  if (ex.includes('ceiling') && !ex.includes('nearest')) return 'rounding up';
  if (ex.includes('tie-up')) return 'rounding a half up';
  if (ex.includes('tie-down')) return 'rounding a half down';
  return 'rounding to nearest';
}

/** Every whole k in [0, n] that explains P% of n, with explanations. */
export function countsFor(n: number, scaled: number, decimals: number): { k: number; by: Explanation[] }[] {
  if (n <= 0 || !safe(n, scaled)) return [];
  const S = pow10(decimals);
  const centre = Math.floor((scaled * n) / (100 * S));
  const out: { k: number; by: Explanation[] }[] = [];
  for (let k = Math.max(0, centre - 2); k <= Math.min(n, centre + 3); k++) {
    const by = explanations(k, n, scaled, decimals);
    if (by.length > 0) out.push({ k, by });
  }
  return out;
}

/** GRIM: is there a whole count k of n for P%? */
export function grim(n: number, scaled: number, decimals: number, policy: RoundingPolicy): { verdict: 'ok' | 'convention' | 'inconsistent'; candidates: { k: number; by: Explanation[] }[] } {
  const p = atPrecision(scaled, decimals, policy.decimals);
  const candidates = countsFor(n, p.scaled, p.decimals);
  if (candidates.some((c) => accepted(c.by, policy, p.scaled))) return { verdict: 'ok', candidates };
  if (candidates.length > 0) return { verdict: 'convention', candidates };
  return { verdict: 'inconsistent', candidates };
}

/** The whole k nearest to P% of n (ties to the larger). */
export function nearestCount(n: number, scaled: number, decimals: number): number {
  const S = pow10(decimals);
  return Math.floor((2 * scaled * n + 100 * S) / (200 * S));
}

/**
 * Is there a denominator n ≥ max(k, 1) for which k/n is P%? Used when a
 * claim gives 'P% (k)' and names no total. Returns the smallest such n.
 */
export function someDenominator(k: number, scaled: number, decimals: number, policy: RoundingPolicy): { verdict: 'ok' | 'convention' | 'inconsistent'; n?: number } {
  const p = atPrecision(scaled, decimals, policy.decimals);
  const S = pow10(p.decimals);
  if (k === 0) return p.scaled === 0 ? { verdict: 'ok', n: 1 } : { verdict: 'inconsistent' };
  if (p.scaled === 0) return { verdict: 'inconsistent' };
  // Under each convention the totals that give V form one run of whole numbers; the smallest
  // of each run (and at least k) is found directly, so a tiny share of a large count
  // ('2,460 (0.04%)', n in the millions) costs the same as any other.
  const A = 100 * k * S;
  const V = p.scaled;
  const floorAtLeast = (n: number) => Math.max(k, 1, n);
  const starts = [
    floorAtLeast(Math.floor((2 * A) / (2 * V + 1)) + 1), // nearest: n(2V+1) > 2A
    floorAtLeast(Math.floor((2 * A) / (2 * V + 1))), // a tie at the lower end
    floorAtLeast(Math.floor(A / (V + 1)) + 1), // truncation: n(V+1) > A
    floorAtLeast(Math.ceil(A / V)), // ceiling: nV >= A
  ];
  let convention: number | undefined;
  for (const n of [...new Set(starts)].sort((a, b) => a - b)) {
    // Beyond exact arithmetic's range a total surely exists (the runs are long there): never a finding.
    if (!safe(n)) return { verdict: 'ok', n };
    const ex = explanations(k, n, p.scaled, p.decimals);
    if (accepted(ex, policy, p.scaled)) return { verdict: 'ok', n };
    if (ex.length > 0 && convention === undefined) convention = n;
  }
  return convention !== undefined ? { verdict: 'convention', n: convention } : { verdict: 'inconsistent' };
}
