/**
 * Recomputation: from the operands of a claim to its verdict, the arithmetic
 * shown in hovers and messages, and the exact replacement that would make it
 * consistent. Pure functions over numbers and spans.
 */
import type { Span } from '../model.js';
import { HEDGE_NEAR } from './words.js';
import { RULE, type ClaimRecord, type NumbersRuleId, type Operand } from './claim.js';
import {
  band,
  cmp,
  contains,
  countsIn,
  describeInterval,
  fractionInterval,
  intersects,
  percentInterval,
  q,
  share,
  toPlain,
  type RInterval,
} from './interval.js';
import {
  accepted,
  atPrecision,
  countsFor,
  describe,
  exactPercent,
  formatScaled,
  grim,
  judge,
  nearestCount,
  roundByPolicy,
  someDenominator,
  type RoundingPolicy,
} from './rounding.js';
import { smallerBase } from './smaller-base.js';
import { COUNT_HEDGE_REACH } from './policy.js';
import { fractionWords, hedgeKind, numberToWords, type Fraction, type HedgeKind } from './words.js';

export interface PctIn {
  scaled: number;
  decimals: number;
  raw: string;
  span: Span;
  hedge?: { kind: HedgeKind; raw: string };
}

export interface CountIn {
  value: number;
  raw: string;
  span: Span;
  word?: boolean;
  inferred?: boolean;
}

export interface FracIn {
  fraction: Fraction;
  raw: string;
  span: Span;
  hedge?: { kind: HedgeKind; raw: string };
}

type Base = Pick<ClaimRecord, 'kind' | 'span'> & { sentence?: ClaimRecord['sentence']; criterionId?: string };

// Optional fields are added by assignment rather than by spreading `cond ? {…} : {}`: the same
// properties in the same order, without the slower spread (these run for every operand).
const pctOperand = (p: PctIn, role: 'p' | 'q' = 'p'): Operand => {
  const o: Operand = { role, value: p.scaled, decimals: p.decimals, raw: p.raw, span: p.span };
  if (p.hedge) o.hedge = p.hedge.raw;
  return o;
};
const countOperand = (c: CountIn, role: 'k' | 'n' | 'c'): Operand => {
  const o: Operand = { role, value: c.value, raw: c.raw, span: c.span };
  if (c.word) o.word = true;
  if (c.inferred) o.inferred = true;
  return o;
};
const fracOperand = (f: FracIn): Operand => {
  const o: Operand = { role: 'f', value: f.fraction.num / f.fraction.den, fraction: { ...f.fraction }, raw: f.raw, span: f.span };
  if (f.hedge) o.hedge = f.hedge.raw;
  return o;
};

export function written(p: PctIn): string {
  return `${formatScaled(p.scaled, p.decimals)}%`;
}

/** The replacement text for a percentage token, keeping its spelling ('per cent'). */
export function percentText(p: PctIn, scaled: number, decimals: number): string {
  const m = /^\s*([\d.,]+|[A-Za-z -]+?)(\s?%|\s+per\s?cent|\s*percent)?\s*$/i.exec(p.raw);
  const suffix = m?.[2] ?? '%';
  return `${formatScaled(scaled, decimals)}${suffix}`;
}

/** A count in the writer's style: words stay words (capitalised at a sentence start). */
export function countText(c: CountIn | undefined, value: number): string {
  if (c?.word) {
    const w = numberToWords(value);
    if (w) return /^[A-Z]/.test(c.raw) ? w[0]!.toUpperCase() + w.slice(1) : w;
  }
  return value >= 10000 ? value.toLocaleString('en-GB') : String(value);
}

/**
 * A claim: `{ ...base, ...fields, ...extra }`. Object.assign builds the same object (the same
 * properties in the same order) but many times faster in V8 than a spread followed by further
 * properties, and every claim is built here.
 */
function claim(base: Base, fields: Pick<ClaimRecord, 'operands' | 'verdict' | 'arithmetic'> & Partial<ClaimRecord>, extra: Partial<ClaimRecord>): ClaimRecord {
  return Object.assign({}, base, fields, extra);
}

function finish(
  base: Base,
  operands: Operand[],
  verdict: ClaimRecord['verdict'],
  arithmetic: string,
  rule: NumbersRuleId | undefined,
  message?: string,
  replacement?: { span: Span; newText: string },
  extra: Partial<ClaimRecord> = {},
): ClaimRecord {
  const c = claim(base, { operands, verdict, arithmetic }, extra);
  if (verdict !== 'ok' && verdict !== 'unchecked') {
    c.rule = rule;
    if (message) c.message = message;
    if (replacement) c.replacement = replacement;
  }
  return c;
}

/** 'P% (k of n)', 'k of n (P%)', 'P% (k)' with n found: does k/n give P%? */
export function judgeShare(base: Base, p: PctIn, k: CountIn, n: CountIn, policy: RoundingPolicy, sources?: ClaimRecord['sources']): ClaimRecord {
  const operands = [pctOperand(p), countOperand(k, 'k'), countOperand(n, 'n')];
  const extra: Partial<ClaimRecord> = sources ? { sources } : {};
  if (n.value <= 0) return finish(base, operands, 'unchecked', `${k.value} of ${n.value}: no total`, undefined, undefined, undefined, extra);
  if (k.value > n.value) {
    return finish(base, operands, 'impossible', `${k.value} of ${n.value}: the part is larger than the whole`, RULE.impossible, `${k.value} of ${n.value} is more than the whole`, undefined, extra);
  }
  if (p.hedge) return judgeInterval(base, operands, (nn) => percentInterval(p.scaled, p.decimals, p.hedge!.kind, false, nn), `${p.hedge.raw} ${written(p)}`, k.value, n.value, RULE.fractionMismatch, extra);
  const eff = atPrecision(p.scaled, p.decimals, policy.decimals);
  if (eff.scaled > 100 * 10 ** eff.decimals) {
    return finish(base, operands, 'impossible', `${written(p)} of ${n.value}: a share cannot exceed 100%`, RULE.impossible, `${written(p)} is more than the whole`, undefined, extra);
  }
  return judgeRounded(base, operands, p, k, n, policy, extra);
}

/**
 * 'Over 70 of the 90 schools (85%)', 'nearly 200 of the 1,400 learners (13%)': a hedged count is a range
 * (`COUNT_HEDGE_REACH`, policy.ts), and the share is consistent when one whole count in that range gives it.
 */
export function judgeHedgedCountShare(base: Base, p: PctIn, k: CountIn, hedge: { kind: HedgeKind; raw: string }, n: CountIn, policy: RoundingPolicy, sources?: ClaimRecord['sources']): ClaimRecord {
  const operands = [pctOperand(p), { ...countOperand(k, 'k'), hedge: hedge.raw }, countOperand(n, 'n')];
  const extra: Partial<ClaimRecord> = sources ? { sources } : {};
  const said = `${hedge.raw} ${k.value} of ${n.value}`;
  if (n.value <= 0 || p.hedge) return finish(base, operands, 'unchecked', `${written(p)} of ${said}: not judged`, undefined, undefined, undefined, extra);
  const reach = Math.max(COUNT_HEDGE_REACH.cases, Math.floor((k.value * COUNT_HEDGE_REACH.fraction.num) / COUNT_HEDGE_REACH.fraction.den));
  let lo: number;
  let hi: number;
  switch (hedge.kind) {
    case 'above':
      [lo, hi] = [k.value + 1, n.value];
      break;
    case 'atLeast':
      [lo, hi] = [k.value, n.value];
      break;
    case 'justAbove':
      [lo, hi] = [k.value + 1, k.value + reach];
      break;
    case 'below':
      [lo, hi] = [0, k.value - 1];
      break;
    case 'atMost':
      [lo, hi] = [0, k.value];
      break;
    case 'justBelow':
    case 'nearly':
      [lo, hi] = [k.value - reach, k.value - 1];
      break;
    default:
      [lo, hi] = [k.value - reach, k.value + reach];
  }
  lo = Math.max(0, lo);
  hi = Math.min(n.value, hi);
  // The counts the share allows lie around P·n/100; only those in the hedge's range are tried (a bounded scan).
  const centre = (p.scaled / 10 ** p.decimals / 100) * n.value;
  const width = Math.ceil(n.value / (100 * 10 ** p.decimals)) + 2;
  const from = Math.max(lo, Math.floor(centre) - width);
  const to = Math.min(hi, Math.ceil(centre) + width);
  for (let x = from; x <= to && x - from < 5000; x++) {
    const j = judge(x, n.value, p.scaled, p.decimals, policy);
    if (j.verdict === 'ok') return finish(base, operands, 'ok', `${said}: ${x} / ${n.value} = ${exactPercent(x, n.value, 2)}% → ${written(p)} ✓`, undefined, undefined, undefined, extra);
  }
  // A scan cut short (a very large whole) has not tried every count: not judged.
  if (lo > hi || to - from >= 5000) return finish(base, operands, 'unchecked', `${written(p)} of ${said}: not judged`, undefined, undefined, undefined, extra);
  return finish(
    base,
    operands,
    'inconsistent',
    `${said} is ${lo} to ${hi} of ${n.value} = ${exactPercent(lo, n.value, 2)}% to ${exactPercent(hi, n.value, 2)}%, not ${written(p)}`,
    RULE.percentageMismatch,
    `${written(p)} does not fit ${said}: ${lo} to ${hi} of ${n.value} is ${exactPercent(lo, n.value, 1)}% to ${exactPercent(hi, n.value, 1)}%`,
    undefined,
    extra,
  );
}

/**
 * A rate of one count to another, written as a percentage that may pass 100:
 * 'held 732 men against a capacity of 590, an occupancy rate of 124%'.
 */
export function judgeRate(base: Base, p: PctIn, k: CountIn, n: CountIn, policy: RoundingPolicy): ClaimRecord {
  const operands = [pctOperand(p), countOperand(k, 'k'), countOperand(n, 'n')];
  if (n.value <= 0 || p.hedge) return finish(base, operands, 'unchecked', `${k.value} to ${n.value}: not judged`, undefined);
  return judgeRounded(base, operands, p, k, n, policy, {});
}

/** k / n against a written percentage, by the report's rounding (a rounding convention named when only another fits). */
function judgeRounded(base: Base, operands: Operand[], p: PctIn, k: CountIn, n: CountIn, policy: RoundingPolicy, extra: Partial<ClaimRecord>): ClaimRecord {
  const eff = atPrecision(p.scaled, p.decimals, policy.decimals);
  const j = judge(k.value, n.value, p.scaled, p.decimals, policy);
  const exact = exactPercent(k.value, n.value, eff.decimals + 2);
  const r = roundByPolicy(k.value, n.value, eff.decimals, policy);
  const rText = `${formatScaled(r, eff.decimals)}%`;
  if (j.verdict === 'ok') return finish(base, operands, 'ok', `${k.value} / ${n.value} = ${exact}% → ${written(p)} ✓`, undefined, undefined, undefined, extra);
  const replacement = { span: p.span, newText: percentText(p, r, eff.decimals) };
  if (j.verdict === 'convention') {
    return finish(
      base,
      operands,
      'convention',
      `${k.value} / ${n.value} = ${exact}% → ${rText}; ${written(p)} only by ${describe(j.by)}`,
      RULE.roundingConvention,
      `${written(p)} for ${k.value} of ${n.value} follows ${describe(j.by)}, not the report's rounding: ${k.value} / ${n.value} = ${exact}% → ${rText}`,
      replacement,
      extra,
    );
  }
  return finish(
    base,
    operands,
    'inconsistent',
    `${k.value} / ${n.value} = ${exact}% → ${rText}, not ${written(p)}`,
    RULE.percentageMismatch,
    `${written(p)} does not match ${k.value} of ${n.value}: ${k.value} / ${n.value} = ${exact}% → ${rText}, not ${written(p)}`,
    replacement,
    extra,
  );
}

/**
 * 'one in five cases (18%)', 'Three out of ten respondents (31.5%)': a ratio
 * written beside the precise figure rounds it. Consistent when the figure is
 * the ratio's exact rounding, or less than HEDGE_NEAR points from it; otherwise
 * judged as counts.
 */
export function judgeRatio(base: Base, p: PctIn, k: CountIn, n: CountIn, policy: RoundingPolicy): ClaimRecord {
  const exact = judgeShare(base, p, k, n, policy);
  if (exact.verdict === 'ok' || p.hedge || n.value <= 0 || k.value > n.value) return exact;
  const S = 10 ** p.decimals;
  // The ratio rounds the figure when it is the figure's nearest count out of its own denominator ('three out
  // of ten (31.5%)': 3.15 of 10; 'one in 50 (5%)' would be 2.5 of 50, not one), and close to it.
  const nearest = Math.abs(p.scaled * n.value - 100 * S * k.value) <= 50 * S;
  if (nearest && Math.abs(100 * k.value * S - p.scaled * n.value) < HEDGE_NEAR * S * n.value) {
    return ok(base, [pctOperand(p), countOperand(k, 'k'), countOperand(n, 'n')], `${k.raw} in ${n.raw} = ${exactPercent(k.value, n.value, 2)}% ≈ ${written(p)}: the ratio rounds the figure ✓`);
  }
  return exact;
}

/** 'P% of n' with no count: is there a whole k (GRIM)? */
export function judgeGrim(base: Base, p: PctIn, n: CountIn, policy: RoundingPolicy, sources?: ClaimRecord['sources']): ClaimRecord {
  const operands = [pctOperand(p), countOperand(n, 'n')];
  const extra: Partial<ClaimRecord> = sources ? { sources } : {};
  if (n.value <= 0) return finish(base, operands, 'unchecked', `${written(p)} of ${n.value}`, undefined, undefined, undefined, extra);
  const eff = atPrecision(p.scaled, p.decimals, policy.decimals);
  if (eff.scaled > 100 * 10 ** eff.decimals) {
    return finish(base, operands, 'impossible', `${written(p)} of ${n.value}: a share cannot exceed 100%`, RULE.impossible, `${written(p)} of ${n.value} is more than the whole`, undefined, extra);
  }
  const g = grim(n.value, p.scaled, p.decimals, policy);
  const show = (k: number) => `${k} / ${n.value} = ${exactPercent(k, n.value, eff.decimals + 2)}% → ${formatScaled(roundByPolicy(k, n.value, eff.decimals, policy), eff.decimals)}%`;
  if (g.verdict === 'ok') {
    const k = g.candidates.find((c) => accepted(c.by, policy, eff.scaled))!.k;
    return finish(base, operands, 'ok', `${written(p)} of ${n.value}: ${k} / ${n.value} = ${exactPercent(k, n.value, eff.decimals + 2)}% → ${written(p)} ✓`, undefined, undefined, undefined, extra);
  }
  const near = nearestCount(n.value, eff.scaled, eff.decimals);
  const lower = Math.min(n.value, Math.max(0, Math.floor((eff.scaled * n.value) / (100 * 10 ** eff.decimals))));
  const around = [...new Set([lower, Math.min(n.value, lower + 1)])];
  // A plausible reading with a smaller base (a sub-group, a detached share, a figure rounded twice): unresolved, not flagged.
  const aside = smallerBase(base.sentence, p, n);
  if (aside) return finish(base, operands, 'unchecked', `${written(p)} of ${n.value}: ${around.map(show).join(', ')}; no whole number of ${n.value} rounds to ${written(p)}, but ${aside}`, undefined, undefined, undefined, extra);
  if (g.verdict === 'convention') {
    const c = g.candidates.find((x) => x.by.includes('truncation')) ?? g.candidates[0]!;
    const r = roundByPolicy(c.k, n.value, eff.decimals, policy);
    const how = g.candidates.map((x) => `${describe(x.by)} of ${x.k} / ${n.value} = ${exactPercent(x.k, n.value, eff.decimals + 2)}%`).join(' or ');
    return finish(
      base,
      operands,
      'convention',
      `${written(p)} of ${n.value}: ${around.map(show).join(', ')}; ${written(p)} only by ${how}`,
      RULE.roundingConvention,
      `no whole number of ${n.value} rounds to ${written(p)}: ${around.map(show).join(', ')}; only ${how} gives ${written(p)}`,
      { span: p.span, newText: percentText(p, r, eff.decimals) },
      extra,
    );
  }
  const r = roundByPolicy(near, n.value, eff.decimals, policy);
  return finish(
    base,
    operands,
    'inconsistent',
    `${written(p)} of ${n.value}: ${around.map(show).join(', ')}; no whole number gives ${written(p)}`,
    RULE.grim,
    `${written(p)} of ${n.value} is not possible: ${around.map(show).join(', ')}`,
    { span: p.span, newText: percentText(p, r, eff.decimals) },
    extra,
  );
}

/** 'P% (k)' with no total anywhere: is there any whole n? */
export function judgeNoTotal(base: Base, p: PctIn, k: CountIn, policy: RoundingPolicy): ClaimRecord {
  const operands = [pctOperand(p), countOperand(k, 'k')];
  if (p.hedge) return finish(base, operands, 'unchecked', `${p.hedge.raw} ${written(p)} (${k.value}): no total stated`, undefined);
  const eff = atPrecision(p.scaled, p.decimals, policy.decimals);
  if (eff.scaled > 100 * 10 ** eff.decimals) {
    return finish(base, operands, 'impossible', `${written(p)}: a share cannot exceed 100%`, RULE.impossible, `${written(p)} of a group is more than the whole`);
  }
  const d = someDenominator(k.value, p.scaled, p.decimals, policy);
  if (d.verdict === 'ok') return finish(base, operands, 'ok', `${k.value} / n = ${written(p)} for n = ${d.n} (no total stated) ✓`, undefined);
  if (d.verdict === 'convention') {
    return finish(base, operands, 'convention', `${k.value} / ${d.n} = ${exactPercent(k.value, d.n!, eff.decimals + 2)}%: ${written(p)} only by another rounding`, RULE.roundingConvention, `no total rounds ${k.value} to ${written(p)}; only another rounding convention does (${k.value} / ${d.n})`);
  }
  return finish(base, operands, 'inconsistent', `no whole total n gives ${k.value} / n = ${written(p)}`, RULE.grim, `${written(p)} (${k.value}) is not possible for any whole number of cases`);
}

/** A share k/n against an interval (fraction, hedge, quantifier). */
export function judgeInterval(
  base: Base,
  operands: Operand[],
  intervalOf: RInterval | ((n: number) => RInterval),
  said: string,
  k: number,
  n: number,
  rule: NumbersRuleId,
  extra: Partial<ClaimRecord> = {},
): ClaimRecord {
  const interval = typeof intervalOf === 'function' ? intervalOf(n) : intervalOf;
  const x = share(k, n);
  const exact = exactPercent(k, n, 2);
  const ex = { ...extra, interval: toPlain(interval) };
  if (n <= 0) return finish(base, operands, 'unchecked', `${said}: no total`, undefined, undefined, undefined, ex);
  if (k > n) return finish(base, operands, 'impossible', `${k} of ${n}: the part is larger than the whole`, RULE.impossible, `${k} of ${n} is more than the whole`, undefined, ex);
  if (contains(interval, x)) return finish(base, operands, 'ok', `${k} / ${n} = ${exact}%: ${said} ${describeInterval(interval)} ✓`, undefined, undefined, undefined, ex);
  return finish(base, operands, 'inconsistent', `${k} / ${n} = ${exact}%, not ${said} ${describeInterval(interval)}`, rule, `'${said}' does not fit ${k} of ${n} (${exact}%)`, undefined, ex);
}

/** A written percentage against an interval: do the shares it may stand for meet it? */
export function judgePercentInterval(base: Base, operands: Operand[], p: PctIn, interval: RInterval, said: string, rule: NumbersRuleId, loose: boolean, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  const pi = percentInterval(p.scaled, p.decimals, p.hedge?.kind, loose);
  const ex = { ...extra, interval: toPlain(interval) };
  if (intersects(pi, interval)) return finish(base, operands, 'ok', `${written(p)}: ${said} ${describeInterval(interval)} ✓`, undefined, undefined, undefined, ex);
  return finish(base, operands, 'inconsistent', `${written(p)} is outside ${said} ${describeInterval(interval)}`, rule, `'${said}' does not fit ${written(p)}`, undefined, ex);
}

/** A fraction of a stated total, with no count: is some whole count within it? */
export function judgeFractionOf(base: Base, f: FracIn, n: CountIn, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  const operands = [fracOperand(f), countOperand(n, 'n')];
  const interval = fractionInterval(f.fraction, f.hedge?.kind, n.value);
  const said = `${f.hedge ? `${f.hedge.raw} ` : ''}${f.raw}`;
  const ex = { ...extra, interval: toPlain(interval) };
  if (n.value <= 0) return finish(base, operands, 'unchecked', `${said} of ${n.value}`, undefined, undefined, undefined, ex);
  const ks = countsIn(interval, n.value);
  const value = `${(f.fraction.num * n.value) / f.fraction.den}`.replace(/(\.\d{2})\d+$/, '$1');
  if (ks.length > 0) {
    const range = ks.length === 1 ? `${ks[0]}` : `${ks[0]} to ${ks[ks.length - 1]}`;
    return finish(base, operands, 'ok', `${fractionWords(f.fraction)} of ${n.value} = ${value}: ${said} allows ${range} ✓`, undefined, undefined, undefined, ex);
  }
  return finish(base, operands, 'inconsistent', `${fractionWords(f.fraction)} of ${n.value} = ${value}: no whole count is ${said} ${describeInterval(interval)}`, RULE.fractionMismatch, `'${said} of ${n.value}' is not possible: no whole count fits ${describeInterval(interval)}`, undefined, ex);
}

/** 'k of n' on its own. */
export function judgeCountOf(base: Base, k: CountIn, n: CountIn, sources?: ClaimRecord['sources']): ClaimRecord {
  const operands = [countOperand(k, 'k'), countOperand(n, 'n')];
  const extra: Partial<ClaimRecord> = sources ? { sources } : {};
  if (n.value <= 0 && k.value > 0) return finish(base, operands, 'impossible', `${k.value} of ${n.value}`, RULE.impossible, `${k.value} of ${n.value} is more than the whole`, undefined, extra);
  if (k.value > n.value) return finish(base, operands, 'impossible', `${k.value} of ${n.value}: the part is larger than the whole`, RULE.impossible, `${k.value} of ${n.value} is more than the whole`, undefined, extra);
  return finish(base, operands, 'ok', `${k.value} of ${n.value} = ${exactPercent(k.value, n.value, 2)}% ✓`, undefined, undefined, undefined, extra);
}

/** A complement: the rest of a share, as a count ('This left 21 cases'). */
export function judgeComplementCount(
  base: Base,
  n: CountIn | undefined,
  k: CountIn | undefined,
  p: PctIn | undefined,
  c: CountIn,
  policy: RoundingPolicy,
  sources?: ClaimRecord['sources'],
): ClaimRecord {
  const operands: Operand[] = [];
  if (p) operands.push(pctOperand(p));
  if (k) operands.push(countOperand(k, 'k'));
  if (n) operands.push(countOperand(n, 'n'));
  operands.push(countOperand(c, 'c'));
  const extra: Partial<ClaimRecord> = sources ? { sources } : {};
  if (n && k) {
    const rest = n.value - k.value;
    if (rest === c.value) return finish(base, operands, 'ok', `${n.value} − ${k.value} = ${rest} ✓`, undefined, undefined, undefined, extra);
    if (rest < 0) return finish(base, operands, 'impossible', `${k.value} of ${n.value}: nothing can be left`, RULE.impossible, `${k.value} of ${n.value} is more than the whole`, undefined, extra);
    return finish(base, operands, 'inconsistent', `${n.value} − ${k.value} = ${rest}, not ${c.value}`, RULE.complementMismatch, `the rest of ${k.value} of ${n.value} is ${rest}, not ${c.value}: ${n.value} − ${k.value} = ${rest}`, { span: c.span, newText: countText(c, rest) }, extra);
  }
  if (!p || p.hedge) return finish(base, operands, 'unchecked', `${c.value} left`, undefined, undefined, undefined, extra);
  const eff = atPrecision(p.scaled, p.decimals, policy.decimals);
  if (n) {
    const kk = n.value - c.value;
    if (kk < 0) return finish(base, operands, 'impossible', `${c.value} of ${n.value} left: more than the whole`, RULE.impossible, `${c.value} left of ${n.value} is more than the whole`, undefined, extra);
    const j = judge(kk, n.value, p.scaled, p.decimals, policy);
    const exact = exactPercent(kk, n.value, eff.decimals + 2);
    const r = roundByPolicy(kk, n.value, eff.decimals, policy);
    const rText = `${formatScaled(r, eff.decimals)}%`;
    if (j.verdict === 'ok') return finish(base, operands, 'ok', `${n.value} − ${c.value} = ${kk}; ${kk} / ${n.value} = ${exact}% → ${written(p)} ✓`, undefined, undefined, undefined, extra);
    if (j.verdict === 'convention') {
      return finish(base, operands, 'convention', `${n.value} − ${c.value} = ${kk}; ${kk} / ${n.value} = ${exact}% → ${rText}; ${written(p)} only by ${describe(j.by)}`, RULE.roundingConvention, `${written(p)} with ${c.value} of ${n.value} left follows ${describe(j.by)}: ${kk} / ${n.value} = ${exact}% → ${rText}`, { span: p.span, newText: percentText(p, r, eff.decimals) }, extra);
    }
    const g = countsFor(n.value, eff.scaled, eff.decimals).filter((x) => x.by.includes('nearest') || x.by.includes('tie-up') || x.by.includes('tie-down'));
    const fix = g.length === 1 ? { span: c.span, newText: countText(c, n.value - g[0]!.k) } : undefined;
    return finish(
      base,
      operands,
      'inconsistent',
      `${n.value} − ${c.value} = ${kk}; ${kk} / ${n.value} = ${exact}% → ${rText}, not ${written(p)}`,
      RULE.complementMismatch,
      `${c.value} left of ${n.value} does not match ${written(p)}: ${n.value} − ${c.value} = ${kk}, ${kk} / ${n.value} = ${exact}% → ${rText}`,
      fix,
      extra,
    );
  }
  // No total: is there any n with (n − c) / n = P?
  for (let nn = c.value + 1; nn <= c.value * 200 + 200 && nn < 100000; nn++) {
    if (judge(nn - c.value, nn, p.scaled, p.decimals, policy).verdict === 'ok') {
      return finish(base, operands, 'ok', `${written(p)} with ${c.value} left: possible with ${nn - c.value} of ${nn} ✓`, undefined, undefined, undefined, extra);
    }
  }
  return finish(base, operands, 'inconsistent', `no total n has ${written(p)} done and ${c.value} left`, RULE.complementMismatch, `${written(p)} with ${c.value} left is not possible for any whole number of cases`, undefined, extra);
}

/** A complement given as a share ('70% … almost a third'): do they add up to the whole? */
export function judgeComplementShare(base: Base, main: { p?: PctIn; k?: CountIn; n?: CountIn }, rest: { p?: PctIn; f?: FracIn }, policy: RoundingPolicy, siblings: readonly PctIn[] = [], required: readonly PctIn[] = []): ClaimRecord {
  if (required.length && main.p && !main.k && rest.p) return judgeRestOfListed(base, main.p, required, rest.p, policy, siblings);
  const operands: Operand[] = [];
  if (main.p) operands.push(pctOperand(main.p));
  if (main.k) operands.push(countOperand(main.k, 'k'));
  if (main.n) operands.push(countOperand(main.n, 'n'));
  if (rest.p) operands.push(pctOperand(rest.p, 'q'));
  if (rest.f) operands.push(fracOperand(rest.f));
  const loose = policy.mode !== 'nearest';
  // The main share as an interval of true values.
  const mainI: RInterval | undefined = main.k && main.n && main.n.value > 0 ? { lo: share(main.k.value, main.n.value), hi: share(main.k.value, main.n.value), loOpen: false, hiOpen: false } : main.p && !main.p.hedge ? percentInterval(main.p.scaled, main.p.decimals, undefined, loose) : undefined;
  if (!mainI) return finish(base, operands, 'unchecked', 'complement of an unstated share', undefined);
  const restI: RInterval = { lo: q(100 * mainI.hi.d - mainI.hi.n, mainI.hi.d), hi: q(100 * mainI.lo.d - mainI.lo.n, mainI.lo.d), loOpen: mainI.hiOpen, hiOpen: mainI.loOpen };
  const mainText = main.k && main.n ? `${main.k.value} of ${main.n.value}` : written(main.p!);
  if (rest.p) {
    const said = rest.p.hedge ? `${rest.p.hedge.raw} ${written(rest.p)}` : written(rest.p);
    const ri = percentInterval(rest.p.scaled, rest.p.decimals, rest.p.hedge?.kind, loose);
    if (intersects(ri, restI)) return finish(base, operands, 'ok', `100% − ${mainText} = ${describeInterval(restI)}: ${said} ✓`, undefined);
    // Shares written before it may be other parts of the same whole ('councils run 20% …
    // private bodies 72% and voluntary bodies the remaining 8%'): the rest of them together.
    if (main.p && !main.k) {
      let lo = mainI.lo;
      let hi = mainI.hi;
      const parts = [written(main.p)];
      for (const sib of siblings) {
        const si = percentInterval(sib.scaled, sib.decimals, undefined, loose);
        lo = q(lo.n * si.lo.d + si.lo.n * lo.d, lo.d * si.lo.d);
        hi = q(hi.n * si.hi.d + si.hi.n * hi.d, hi.d * si.hi.d);
        parts.unshift(written(sib));
        const sumRest: RInterval = { lo: q(100 * hi.d - hi.n, hi.d), hi: q(100 * lo.d - lo.n, lo.d), loOpen: true, hiOpen: true };
        if (intersects(ri, sumRest)) {
          operands.push(...siblings.slice(0, parts.length - 1).map((x) => pctOperand(x)));
          return finish(base, operands, 'ok', `100% − (${parts.join(' + ')}) = ${describeInterval(sumRest)}: ${said} ✓ (the rest of the shares before it together)`, undefined);
        }
      }
    }
    // The rest at the precision written: 100 − P, or the rounded rest of k of n.
    const d = rest.p.decimals;
    const want = main.k && main.n && main.n.value > 0 ? roundHalfUpRest(main.n.value - main.k.value, main.n.value, d) : main.p && main.p.decimals <= d ? 100 * 10 ** d - main.p.scaled * 10 ** (d - main.p.decimals) : undefined;
    const fix = want !== undefined && !rest.p.hedge ? { span: rest.p.span, newText: percentText(rest.p, want, d) } : undefined;
    return finish(base, operands, 'inconsistent', `100% − ${mainText} = ${describeInterval(restI)}, not ${said}`, RULE.complementMismatch, `the rest of ${mainText} is ${describeInterval(restI)}, not ${said}`, fix);
  }
  const f = rest.f!;
  const fi = fractionInterval(f.fraction, f.hedge?.kind);
  const said = `${f.hedge ? `${f.hedge.raw} ` : ''}${f.raw}`;
  if (intersects(fi, restI)) return finish(base, operands, 'ok', `100% − ${mainText} = ${describeInterval(restI)}: ${said} ${describeInterval(fi)} ✓`, undefined, undefined, undefined, { interval: toPlain(fi) });
  return finish(base, operands, 'inconsistent', `100% − ${mainText} = ${describeInterval(restI)}, not ${said} ${describeInterval(fi)}`, RULE.fractionMismatch, `'${said}' does not fit the rest of ${mainText} (${describeInterval(restI)})`, undefined, { interval: toPlain(fi) });
}

/**
 * The rest of shares listed together in its sentence ('in 61% …, in 25% … and in the remaining 14%'): the rest
 * of all of them (`required`, then `main`), perhaps with shares of the sentences before (`siblings`, nearest
 * first). When only the rest of `main` alone fits, the readings disagree: unresolved.
 */
function judgeRestOfListed(base: Base, main: PctIn, required: readonly PctIn[], rest: PctIn, policy: RoundingPolicy, siblings: readonly PctIn[]): ClaimRecord {
  const loose = policy.mode !== 'nearest';
  const listed = [...required, main];
  const operands: Operand[] = [...listed.map((x) => pctOperand(x)), pctOperand(rest, 'q')];
  const said = rest.hedge ? `${rest.hedge.raw} ${written(rest)}` : written(rest);
  const ri = percentInterval(rest.scaled, rest.decimals, rest.hedge?.kind, loose);
  const restOf = (parts: readonly PctIn[]): RInterval => {
    let lo = q(0, 1);
    let hi = q(0, 1);
    for (const x of parts) {
      const xi = percentInterval(x.scaled, x.decimals, undefined, loose);
      lo = q(lo.n * xi.lo.d + xi.lo.n * lo.d, lo.d * xi.lo.d);
      hi = q(hi.n * xi.hi.d + xi.hi.n * hi.d, hi.d * xi.hi.d);
    }
    return { lo: q(100 * hi.d - hi.n, hi.d), hi: q(100 * lo.d - lo.n, lo.d), loOpen: true, hiOpen: true };
  };
  const text = (parts: readonly PctIn[]) => parts.map((x) => written(x)).join(' + ');
  const all = restOf(listed);
  if (intersects(ri, all)) return finish(base, operands, 'ok', `100% − (${text(listed)}) = ${describeInterval(all)}: ${said} ✓ (the rest of the shares listed before it)`, undefined);
  for (let i = 1; i <= siblings.length; i++) {
    const more = [...siblings.slice(0, i).reverse(), ...listed];
    const r = restOf(more);
    if (intersects(ri, r)) return finish(base, [...operands, ...siblings.slice(0, i).map((x) => pctOperand(x))], 'ok', `100% − (${text(more)}) = ${describeInterval(r)}: ${said} ✓ (the rest of the shares before it together)`, undefined);
  }
  const alone = restOf([main]);
  if (intersects(ri, alone)) return finish(base, operands, 'unchecked', `100% − ${written(main)} = ${describeInterval(alone)} fits ${said}, but the rest of all the shares listed, 100% − (${text(listed)}) = ${describeInterval(all)}, does not: unresolved`, undefined);
  const d = rest.decimals;
  const same = listed.every((x) => x.decimals <= d && !x.hedge);
  const want = same ? 100 * 10 ** d - listed.reduce((a, x) => a + x.scaled * 10 ** (d - x.decimals), 0) : undefined;
  const fix = want !== undefined && want >= 0 && !rest.hedge ? { span: rest.span, newText: percentText(rest, want, d) } : undefined;
  return finish(base, operands, 'inconsistent', `100% − (${text(listed)}) = ${describeInterval(all)}, not ${said}`, RULE.complementMismatch, `the rest of ${text(listed)} is ${describeInterval(all)}, not ${said}`, fix);
}

function roundHalfUpRest(k: number, n: number, d: number): number {
  return Math.floor((200 * k * 10 ** d + n) / (2 * n));
}

/** A quantifier phrase with a figure: '(the vast majority (89%)'. */
export function judgeQuantifier(base: Base, phrase: string, bandMin: number, bandMax: number, figure: { p?: PctIn; k?: CountIn; n?: CountIn }, policy: RoundingPolicy, plurality = false): ClaimRecord {
  const interval = band(bandMin, bandMax);
  const operands: Operand[] = [];
  if (figure.p) operands.push(pctOperand(figure.p));
  if (figure.k) operands.push(countOperand(figure.k, 'k'));
  if (figure.n) operands.push(countOperand(figure.n, 'n'));
  const extra: Partial<ClaimRecord> = { qualifier: phrase };
  if (figure.k && figure.n) return judgeInterval(base, operands, interval, phrase, figure.k.value, figure.n.value, RULE.quantifierMismatch, extra);
  if (figure.p) return pluralityAside(judgePercentInterval(base, operands, figure.p, interval, phrase, RULE.quantifierMismatch, policy.mode !== 'nearest', extra), phrase, plurality, figure.p, bandMin);
  return finish(base, operands, 'unchecked', phrase, undefined, undefined, undefined, extra);
}

/**
 * A quantifier that may name the largest of several groups (its band's
 * `plurality`) stands aside for a percentage below its band: 'most complaints
 * (46%) came from relatives' reads as 'the largest share', so the claim is
 * unresolved, not a mismatch. Only a bare percentage: a count of a stated
 * total is judged as a majority.
 */
export function pluralityAside(c: ClaimRecord, phrase: string, plurality: boolean | undefined, p: PctIn, bandMin: number): ClaimRecord {
  if (!plurality || c.verdict !== 'inconsistent' || p.scaled / 10 ** p.decimals >= bandMin) return c;
  const said = formatScaled(p.scaled, p.decimals);
  return unchecked({ kind: c.kind, span: c.span, sentence: c.sentence, criterionId: c.criterionId }, c.operands, `${said}% is too small for '${phrase}' as a share of the whole, but '${phrase}' may name the largest of several groups: unresolved`, { qualifier: c.qualifier });
}

/** Two shares that must make up the whole ('% White 87.2', '% Minority ethnic 12.8'). */
export function judgeSharesTotal(base: Base, parts: PctIn[], policy: RoundingPolicy): ClaimRecord {
  const operands = parts.map((p) => pctOperand(p));
  const d = Math.max(...parts.map((p) => p.decimals));
  const S = 10 ** d;
  const scaled = parts.map((p) => p.scaled * 10 ** (d - p.decimals));
  const sum = scaled.reduce((a, b) => a + b, 0);
  // Each written value is within half a unit of its true value (a whole unit for truncation).
  const slack = policy.mode === 'nearest' ? parts.length / 2 : parts.length;
  const text = parts.map((p) => formatScaled(p.scaled, p.decimals)).join(' + ');
  if (Math.abs(sum - 100 * S) <= slack) return finish(base, operands, 'ok', `${text} = ${formatScaled(sum, d)} ✓`, undefined);
  const last = parts[parts.length - 1]!;
  const others = scaled.slice(0, -1).reduce((a, b) => a + b, 0);
  const want = 100 * S - others;
  const fix = want >= 0 ? { span: last.span, newText: percentText(last, want, d).replace(/%$/, last.raw.includes('%') ? '%' : '') } : undefined;
  return finish(base, operands, 'inconsistent', `${text} = ${formatScaled(sum, d)}, not 100`, RULE.tableShares, `these shares should make up 100 but add to ${formatScaled(sum, d)}: ${text}`, fix);
}

/**
 * A claim that does not hold under a reading that does not stand (another reading fits, or the reading is only
 * guessed): listed as unresolved, saying why, with no rule, message or fix. A claim that holds is kept as it is.
 */
export function unresolve(c: ClaimRecord, why: string): ClaimRecord {
  if (c.verdict === 'ok' || c.verdict === 'convention' || c.verdict === 'unchecked') return c;
  const out: ClaimRecord = { ...c, verdict: 'unchecked', arithmetic: `${c.arithmetic} (${why}: not judged)` };
  delete out.rule;
  delete out.message;
  delete out.replacement;
  return out;
}

export function unchecked(base: Base, operands: Operand[], arithmetic: string, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return claim(base, { operands, verdict: 'unchecked', arithmetic }, extra);
}

export function impossible(base: Base, operands: Operand[], arithmetic: string, message: string, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return claim(base, { operands, verdict: 'impossible', arithmetic, rule: RULE.impossible, message }, extra);
}

export function ok(base: Base, operands: Operand[], arithmetic: string, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return claim(base, { operands, verdict: 'ok', arithmetic }, extra);
}

export { pctOperand, countOperand, fracOperand, cmp };

const SUGGEST_FRACTIONS: Fraction[] = [
  { num: 1, den: 2 },
  { num: 1, den: 3 },
  { num: 2, den: 3 },
  { num: 1, den: 4 },
  { num: 3, den: 4 },
  { num: 1, den: 5 },
];
const OPPOSITE: Partial<Record<HedgeKind, string>> = { justAbove: 'just under', justBelow: 'just over', nearly: 'just over', above: 'under', below: 'over' };

/**
 * Words that would fit k of n, written like the claim: the same fraction with
 * the hedge turned round ('just over half' → 'just under half'), or another
 * fraction with the same hedge. Undefined when nothing simple fits.
 */
export function fractionSuggestion(f: FracIn, k: number, n: number, span: Span): { span: Span; newText: string } | undefined {
  if (n <= 0 || k > n) return undefined;
  const x = share(k, n);
  const cap = (t: string) => (/^[A-Z]/.test(f.hedge?.raw ?? f.raw) ? t[0]!.toUpperCase() + t.slice(1) : t);
  const tries: { text: string; interval: RInterval }[] = [];
  const kind = f.hedge?.kind;
  const flipped = kind ? OPPOSITE[kind] : undefined;
  if (flipped) tries.push({ text: `${flipped} ${f.raw.toLowerCase()}`, interval: fractionInterval(f.fraction, hedgeKind(flipped), n) });
  for (const g of SUGGEST_FRACTIONS) {
    if (g.num === f.fraction.num && g.den === f.fraction.den) continue;
    tries.push({ text: `${f.hedge ? `${f.hedge.raw.toLowerCase()} ` : ''}${fractionWords(g)}`, interval: fractionInterval(g, kind, n) });
  }
  const fit = tries.find((t) => contains(t.interval, x));
  return fit ? { span, newText: cap(fit.text) } : undefined;
}
