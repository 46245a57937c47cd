/**
 * Exact intervals of shares, in percent, with rational ends. Fractions
 * ('two-thirds' is 200/3 %), hedges ('nearly half'), quantifier bands and the
 * rounding interval of a written percentage are all compared as rationals, so
 * that no rounding question is decided in floating point.
 */
import type { Fraction, HedgeKind } from './words.js';
import { FRACTION_TOLERANCE } from './words.js';
import { HEDGE_REACH, HEDGED_PERCENT_MIN_REACH, hedgeReach } from './policy.js';

/** n / d with d > 0. */
export interface Q {
  n: number;
  d: number;
}

export interface RInterval {
  lo: Q;
  hi: Q;
  loOpen: boolean;
  hiOpen: boolean;
}

export const q = (n: number, d = 1): Q => (d < 0 ? { n: -n, d: -d } : { n, d });

export function cmp(a: Q, b: Q): number {
  return Math.sign(a.n * b.d - b.n * a.d);
}

const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const clamp = (a: Q, lo: Q, hi: Q): Q => (cmp(a, lo) < 0 ? lo : cmp(a, hi) > 0 ? hi : a);

const ZERO = q(0);
const HUNDRED = q(100);

export function contains(i: RInterval, x: Q): boolean {
  const a = cmp(x, i.lo);
  const b = cmp(x, i.hi);
  return (a > 0 || (a === 0 && !i.loOpen)) && (b < 0 || (b === 0 && !i.hiOpen));
}

export function intersects(i: RInterval, j: RInterval): boolean {
  // The later start must come before the earlier end.
  const c1 = cmp(i.lo, j.lo);
  const lo = c1 > 0 ? i.lo : j.lo;
  const loOpen = c1 > 0 ? i.loOpen : c1 < 0 ? j.loOpen : i.loOpen || j.loOpen;
  const c2 = cmp(i.hi, j.hi);
  const hi = c2 < 0 ? i.hi : j.hi;
  const hiOpen = c2 < 0 ? i.hiOpen : c2 > 0 ? j.hiOpen : i.hiOpen || j.hiOpen;
  const c = cmp(lo, hi);
  return c < 0 || (c === 0 && !loOpen && !hiOpen);
}

/** max(a, b) of two rationals. */
const maxQ = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);

/**
 * The interval a hedge makes of a target share (percent). No hedge: the point
 * itself. 'Just over/under', 'nearly' and 'around' reach as far as
 * `HEDGE_REACH` (policy.ts) says, in points or, for a group of n, in cases:
 * with 3 cases, 2 is 'just over half'; with 29, 13 is 'nearly half'.
 */
export function hedged(kind: HedgeKind | undefined, target: Q, n?: number): RInterval {
  const reach = (k: HedgeKind): Q => {
    const r = hedgeReach(k, n);
    return q(r.num, r.den);
  };
  switch (kind) {
    case 'above':
      return { lo: target, hi: HUNDRED, loOpen: true, hiOpen: false };
    case 'justAbove': {
      // ('just over half of the 14 (eight)': the first count above the target is 'just over' it, when it is
      // within twice the hedge's reach in points; 'just over half of the 4' is still no count at all.)
      const hi = clamp(add(target, reach(kind)), ZERO, HUNDRED);
      const next = n && n > 0 ? share(Math.floor((target.n * n) / (100 * target.d)) + 1, n) : undefined;
      const far = add(target, q(2 * HEDGE_REACH.justAbove.points, 1));
      return { lo: target, hi: next && cmp(next, far) <= 0 ? clamp(maxQ(hi, next), ZERO, HUNDRED) : hi, loOpen: true, hiOpen: false };
    }
    case 'below':
      return { lo: ZERO, hi: target, loOpen: false, hiOpen: true };
    case 'justBelow':
    case 'nearly': {
      // 'Nearly half' is some: a reach that gets to zero stops short of it.
      // (The last count below the target is always 'just under' or 'nearly' it: 'nearly half of the 14 (six)'.)
      const lo0 = clamp(sub(target, reach(kind)), ZERO, HUNDRED);
      const below = n && n > 0 ? Math.ceil((target.n * n) / (100 * target.d)) - 1 : -1;
      const lo = below > 0 && cmp(share(below, n!), lo0) < 0 && cmp(share(below, n!), sub(target, q(2 * HEDGE_REACH.justBelow.points, 1))) >= 0 ? share(below, n!) : lo0;
      return { lo, hi: target, loOpen: cmp(lo, ZERO) === 0 && cmp(target, ZERO) > 0, hiOpen: true };
    }
    case 'atLeast':
      return { lo: target, hi: HUNDRED, loOpen: false, hiOpen: false };
    case 'atMost':
      return { lo: ZERO, hi: target, loOpen: false, hiOpen: false };
    case 'around': {
      const near = reach(kind);
      const lo = clamp(sub(target, near), ZERO, HUNDRED);
      return { lo, hi: clamp(add(target, near), ZERO, HUNDRED), loOpen: cmp(lo, ZERO) === 0 && cmp(target, ZERO) > 0, hiOpen: false };
    }
    default:
      return { lo: target, hi: target, loOpen: false, hiOpen: false };
  }
}

/**
 * The interval an unhedged ratio stands for: 'one in 10' is a rounding, as 'around' would be
 * (`HEDGE_REACH.around`), but never further than a fifth of the ratio itself: twice the margin of
 * rounding to the nearest whole 'one in N' (13% is nearer one in eight than one in 10; 21% is one in
 * five, not one in six), and never nearer than the hedge's reach in cases for a small group (one
 * case in 12 is 8 points). 'One in N' for N of 10 or more stands for the shares whose nearest 'one in
 * M' is within one of N: 100/(N + 1.5) to 100/(N − 1.5).
 */
export function ratioInterval(kind: HedgeKind | undefined, target: Q, n?: number): RInterval {
  if (kind === 'around') {
    // 'about one in 12' (8.3%) is a rounding of N too, looser than 'one in 12': the shares from a base half as large
    // again to two-thirds as large (one in 18 to one in eight), never narrower than the hedge's reach in cases; for
    // N of 10 or more the points reach (5) would take 'about one in 12' down to one in 30.
    const N = target.n > 0 ? (100 * target.d) / target.n : 0;
    if (Number.isInteger(N) && N >= 10) {
      const h = hedged(kind, target, n);
      const byN: RInterval = { lo: q(2 * target.n, 3 * target.d), hi: q(3 * target.n, 2 * target.d), loOpen: false, hiOpen: false };
      if (n && n > 0) {
        const byCases = q(HEDGE_REACH.around.cases * 100, n);
        if (cmp(byCases, sub(target, byN.lo)) > 0) return h;
      }
      return { lo: maxQ(h.lo, byN.lo), hi: cmp(h.hi, byN.hi) < 0 ? h.hi : byN.hi, loOpen: false, hiOpen: false };
    }
  }
  if (kind) return hedged(kind, target, n);
  // 'one in N' with a large N is a rounding of N itself: the shares whose nearest whole 'one in M' is
  // within one of N ('one in 14' for 7.1%, not 'one in 12').
  const N = target.n > 0 ? (100 * target.d) / target.n : 0;
  if (Number.isInteger(N) && N >= 10) {
    const byN: RInterval = { lo: q(200, 2 * N + 3), hi: q(200, 2 * N - 3), loOpen: false, hiOpen: true };
    if (!(n && n > 0 && cmp(q(HEDGE_REACH.around.cases * 100, n), sub(byN.hi, target)) > 0)) return byN;
  }
  const points = q(HEDGE_REACH.around.points * 2, 2);
  const fifth = q(target.n, target.d * 5);
  let near = cmp(fifth, points) < 0 ? fifth : points;
  if (n && n > 0) {
    const byCases = q(HEDGE_REACH.around.cases * 100, n);
    if (cmp(byCases, near) > 0) near = byCases;
  }
  const lo = clamp(sub(target, near), ZERO, HUNDRED);
  return { lo, hi: clamp(add(target, near), ZERO, HUNDRED), loOpen: false, hiOpen: false };
}

/**
 * A fraction as a share: hedged, or unhedged within FRACTION_TOLERANCE points
 * (for a group of n, at least half a case: 'half' of 17 may be 8 or 9).
 */
export function fractionInterval(f: Fraction, kind: HedgeKind | undefined, n?: number): RInterval {
  const target = q(100 * f.num, f.den);
  if (kind) return hedged(kind, target, n);
  const tol = n && n > 0 ? maxQ(q(FRACTION_TOLERANCE), q(50, n)) : q(FRACTION_TOLERANCE);
  return { lo: clamp(sub(target, tol), ZERO, HUNDRED), hi: clamp(add(target, tol), ZERO, HUNDRED), loOpen: false, hiOpen: false };
}

/**
 * The true shares a written percentage can stand for: within half a unit of
 * its last place (widened to a whole unit when truncation or rounding up is
 * allowed), or the hedge's interval around the written value.
 */
export function percentInterval(scaled: number, decimals: number, kind?: HedgeKind, loose = false, n?: number): RInterval {
  const S = 10 ** decimals;
  const v = q(scaled, S);
  // 'about 27%' is a rounding of a figure near 27, not of one anywhere from 22 to 32 (as 'about a quarter' is):
  // its reach follows the place it is written to ('about 30%' to the ten, 'about 25%' to the five).
  if (kind === 'around') {
    const place = scaled % (10 * S) === 0 ? 10 : scaled % (5 * S) === 0 ? 5 : 1;
    let near = q(Math.min(2 * HEDGE_REACH.around.points, Math.max(2 * HEDGED_PERCENT_MIN_REACH, place)), 2);
    if (n && n > 0 && cmp(q(HEDGE_REACH.around.cases * 100, n), near) > 0) near = q(HEDGE_REACH.around.cases * 100, n);
    const lo = clamp(sub(v, near), ZERO, HUNDRED);
    return { lo, hi: clamp(add(v, near), ZERO, HUNDRED), loOpen: false, hiOpen: false };
  }
  if (kind) return hedged(kind, v, n);
  const half = loose ? q(1, S) : q(1, 2 * S);
  return { lo: clamp(sub(v, half), ZERO, HUNDRED), hi: clamp(add(v, half), ZERO, HUNDRED), loOpen: false, hiOpen: false };
}

/** The share k/n in percent. */
export function share(k: number, n: number): Q {
  return q(100 * k, n);
}

/** A band from decimal bounds (framework data), exactly as written to 4 places. */
export function band(min: number, max: number): RInterval {
  return { lo: q(Math.round(min * 10000), 10000), hi: q(Math.round(max * 10000), 10000), loOpen: false, hiOpen: false };
}

/** Whole counts k in [0, n] whose share lies in the interval (over a wide span, only its lowest and highest). */
export function countsIn(i: RInterval, n: number): number[] {
  const out: number[] = [];
  if (n <= 0) return out;
  // The counts near the bounds (lo·n/100 and hi·n/100), found exactly; between them every count is inside.
  const near = (x: Q) => Math.floor((x.n * n) / (100 * x.d));
  const first = Math.max(0, near(i.lo) - 1);
  const last = Math.min(n, near(i.hi) + 2);
  if (last - first <= 1000) {
    for (let k = first; k <= last; k++) if (contains(i, share(k, n))) out.push(k);
    return out;
  }
  // A wide span: the lowest and the highest count inside stand for it (every count between them is inside).
  let lo = first;
  while (lo <= last && !contains(i, share(lo, n))) lo++;
  let hi = last;
  while (hi >= lo && !contains(i, share(hi, n))) hi--;
  return lo <= hi ? (lo === hi ? [lo] : [lo, hi]) : [];
}

/** Decimal text of a rational, to two places at most. */
export function show(x: Q): string {
  const v = Math.round((x.n * 100) / x.d) / 100;
  return String(v);
}

export function describeInterval(i: RInterval): string {
  const lo = show(i.lo);
  const hi = show(i.hi);
  if (cmp(i.lo, i.hi) === 0) return `${lo}%`;
  return `${i.loOpen ? '(' : '['}${lo}%, ${hi}%${i.hiOpen ? ')' : ']'}`;
}

export function toPlain(i: RInterval): { lo: number; hi: number; loOpen: boolean; hiOpen: boolean } {
  return { lo: i.lo.n / i.lo.d, hi: i.hi.n / i.hi.d, loOpen: i.loOpen, hiOpen: i.hiOpen };
}

type QuantifierBand = { phrase: string; min: number; max: number; plurality?: boolean };
const bandsCache = new WeakMap<readonly QuantifierBand[], readonly QuantifierBand[]>();
/**
 * The quantifier bands a check reads: the framework's own, then the default
 * bands (`DEFAULT_QUANTIFIER_BANDS`, words.ts) of the phrases it does not
 * define ('a majority', 'nearly all'). A framework's band always wins for its
 * phrase; without framework bands, the defaults.
 */
export function quantifierBands(framework: readonly QuantifierBand[] | undefined, defaults: readonly QuantifierBand[]): readonly QuantifierBand[] {
  if (!framework?.length) return defaults;
  let out = bandsCache.get(framework);
  if (!out) {
    const own = new Set(framework.map((b) => b.phrase.toLowerCase().replace(/\s+/g, ' ')));
    out = [...framework, ...defaults.filter((b) => !own.has(b.phrase.toLowerCase().replace(/\s+/g, ' ')))];
    bandsCache.set(framework, out);
  }
  return out;
}
