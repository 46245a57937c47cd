/**
 * Our own arithmetic over the corpus's labels: recomputes the relations that
 * exact integer arithmetic decides (percent-of, percent-of-total,
 * count-of-total, remainder, sum-to-total, shares-sum, change, mean) from the
 * figures as written, so that a label's `holds` can be checked against it.
 * This is the labellers' arithmetic, independent of the checker's code.
 *
 * Ratios, hedges, quantifiers, multiples and restatements are judgements of a
 * reading; their labels rest on the written `arithmetic` and are not
 * recomputed here.
 */
import type { Relation } from './corpus-data.js';
import { parseFigure } from './corpus-data.js';

/** An exact non-negative rational num/den, with the decimals it was written with. */
export interface Value {
  num: bigint;
  den: bigint;
  decimals: number;
  percent: boolean;
  points?: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, none: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  a: 1, an: 1, single: 1, both: 2,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** 'seven', 'twenty-two', 'one hundred and twelve', 'a thousand' → integer, or undefined. */
export function wordsValue(words: string): number | undefined {
  const toks = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (toks.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let any = false;
  for (const t of toks) {
    if (t in UNITS) current += UNITS[t]!;
    else if (t in TENS) current += TENS[t]!;
    else if (t === 'hundred') current = (current || 1) * 100;
    else if (t === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
    any = true;
  }
  return any ? total + current : undefined;
}

const PERCENT = /^(.*?)\s*(%|per\s*cent|percent|percentage\s+points?|points?|pp)$/i;

/** The value of a figure as written: '2,300', '37%', '12.5 per cent', 'eleven', 'Twenty-two'. */
export function valueOf(figure: string): Value | undefined {
  let s = parseFigure(figure).needle.trim().replace(/^\(|\)$/g, '');
  let percent = false;
  let points = false;
  const pm = PERCENT.exec(s);
  if (pm) {
    percent = true;
    points = /point|pp/i.test(pm[2]!);
    s = pm[1]!.trim();
  }
  const dm = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s);
  if (dm) {
    const int = dm[1]!.replace(/,/g, '');
    const frac = dm[2] ?? '';
    const den = 10n ** BigInt(frac.length);
    return { num: BigInt(int + frac), den, decimals: frac.length, percent, points };
  }
  const w = wordsValue(s);
  if (w !== undefined) return { num: BigInt(w), den: 1n, decimals: 0, percent, points };
  return undefined;
}

export interface Recomputed {
  /** The relation's kind is one this module decides and its figures could be read. */
  checked: boolean;
  holds?: boolean;
  /** The recomputation, for messages. */
  detail: string;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const show = (v: Value): string => {
  const whole = v.num / v.den;
  const rest = v.num % v.den;
  return v.decimals ? `${whole}.${rest.toString().padStart(v.decimals, '0')}` : `${whole}`;
};
const num = (v: Value): number => Number(v.num) / Number(v.den);

/** |a/b·100 − P| ≤ half a unit of P's last written decimal (nearest, ties either way). */
function roundsTo(partNum: bigint, partDen: bigint, wholeNum: bigint, wholeDen: bigint, p: Value): boolean {
  // part/whole·100 = partNum·wholeDen·100 / (partDen·wholeNum); P = p.num / p.den.
  const lhs = partNum * wholeDen * 100n * p.den;
  const rhs = p.num * partDen * wholeNum;
  const den = partDen * wholeNum * p.den;
  // |lhs − rhs| / den ≤ 1/(2·p.den)  ⇔  2·|lhs − rhs|·p.den ≤ den
  return 2n * abs(lhs - rhs) * p.den <= den;
}

function sum(vs: Value[]): Value {
  const den = vs.reduce((d, v) => (v.den > d ? v.den : d), 1n);
  return { num: vs.reduce((s, v) => s + v.num * (den / v.den), 0n), den, decimals: Math.max(...vs.map((v) => v.decimals)), percent: false };
}

const eq = (a: Value, b: Value): boolean => a.num * b.den === b.num * a.den;

/** Recompute one relation from its figures; `checked: false` when this module does not decide its kind. */
export function recompute(r: Relation): Recomputed {
  const no = (detail: string): Recomputed => ({ checked: false, detail });
  const figs = r.figures;
  switch (r.kind) {
    case 'percent-of':
    case 'percent-of-total': {
      const [partF, wholeF, pF] = r.kind === 'percent-of' ? [figs[0]!, figs[1]!, figs[2]!] : [figs[2]!, figs[1]!, figs[0]!];
      const whole = valueOf(wholeF);
      const p = valueOf(pF);
      if (!whole || !p || !p.percent) return no(`cannot read ${wholeF} / ${pF}`);
      let part = valueOf(partF);
      const allBut = /^all\s+but\s+(.+)$/i.exec(parseFigure(partF).needle);
      if (allBut) {
        const c = valueOf(allBut[1]!);
        if (!c || whole.den !== 1n || c.den !== 1n) return no(`cannot read ${partF}`);
        part = { num: whole.num - c.num, den: 1n, decimals: 0, percent: false };
      } else if (/^all$/i.test(parseFigure(partF).needle)) part = whole;
      if (!part || part.percent) return no(`cannot read ${partF}`);
      if (whole.num === 0n) return { checked: true, holds: false, detail: 'a whole of zero' };
      const holds = roundsTo(part.num, part.den, whole.num, whole.den, p);
      return { checked: true, holds, detail: `${show(part)}/${show(whole)} = ${((100 * num(part)) / num(whole)).toFixed(3)}% vs ${show(p)}%` };
    }
    case 'count-of-total': {
      const part = valueOf(figs[0]!);
      const whole = valueOf(figs[1]!);
      if (!part || !whole) return no(`cannot read ${figs.join(', ')}`);
      return { checked: true, holds: part.num * whole.den <= whole.num * part.den, detail: `${show(part)} ≤ ${show(whole)}` };
    }
    case 'remainder':
    case 'sum-to-total': {
      const vs = figs.map(valueOf);
      if (vs.some((v) => !v)) return no(`cannot read ${figs.join(', ')}`);
      const [total, ...parts] = vs as Value[];
      const s = sum(parts);
      return { checked: true, holds: eq(s, total!), detail: `${parts.map(show).join(' + ')} = ${show(s)} vs ${show(total!)}` };
    }
    case 'shares-sum': {
      const vs = figs.map(valueOf);
      if (vs.some((v) => !v)) return no(`cannot read ${figs.join(', ')}`);
      const shares = vs as Value[];
      const s = sum(shares);
      // Each share is off by at most half a unit of its last decimal: tolerance Σ 1/(2·den_i), on the common den.
      const tol2 = shares.reduce((t, v) => t + s.den / v.den, 0n); // 2·tolerance in units of 1/s.den
      const diff = abs(s.num - 100n * s.den);
      return { checked: true, holds: 2n * diff <= tol2, detail: `${shares.map(show).join(' + ')} = ${show(s)} (100 ± ${Number(tol2) / 2 / Number(s.den)})` };
    }
    case 'change': {
      const from = valueOf(figs[0]!);
      const to = valueOf(figs[1]!);
      const c = valueOf(figs[2]!);
      if (!from || !to || !c) return no(`not a written percentage change: ${figs[2]}`);
      if (c.points || (!c.percent && from.percent && to.percent)) {
        // A change in percentage points: |to − from| rounds to the written change.
        const diff = sum([to, { ...from, num: -from.num }]);
        const d = { ...diff, num: abs(diff.num) };
        const holds = 2n * abs(d.num * c.den - c.num * d.den) * c.den <= d.den * c.den;
        return { checked: true, holds, detail: `|${show(to)} − ${show(from)}| = ${show(d)} points vs ${show(c)}` };
      }
      if (!c.percent) return no(`not a written percentage change: ${figs[2]}`);
      if (from.num === 0n) return { checked: true, holds: false, detail: 'a change from zero' };
      // (to − from)/from·100: part = |to − from|, whole = from.
      const diff = sum([to, { ...from, num: -from.num }]);
      const holds = roundsTo(abs(diff.num), diff.den, from.num, from.den, c);
      return { checked: true, holds, detail: `(${show(to)} − ${show(from)})/${show(from)} = ${((100 * (num(to) - num(from))) / num(from)).toFixed(3)}% vs ${show(c)}%` };
    }
    case 'mean': {
      const vs = figs.map(valueOf);
      if (vs.some((v) => !v)) return no(`cannot read ${figs.join(', ')}`);
      const [stated, ...values] = vs as Value[];
      const s = sum(values);
      // mean = s/len; |mean − stated| ≤ 1/(2·stated.den)
      const n = BigInt(values.length);
      const lhs = s.num * stated.den;
      const rhs = stated.num * s.den * n;
      const holds = 2n * abs(lhs - rhs) * stated.den <= s.den * n * stated.den;
      return { checked: true, holds, detail: `mean ${(num(s) / values.length).toFixed(3)} vs ${show(stated)}` };
    }
    default:
      return no(`${r.kind} is a judgement of a reading`);
  }
}

/** The kinds this module always decides: a figure it cannot read there is a labelling error. */
export const DECIDED: ReadonlySet<string> = new Set(['percent-of', 'percent-of-total', 'count-of-total', 'remainder', 'sum-to-total', 'shares-sum', 'mean']);
