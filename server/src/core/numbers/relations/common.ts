/**
 * Shared by the relation readers: exact rational ranges (no floating-point
 * comparison decides a verdict), hedged readings of a stated figure, and the
 * words around a token.
 */
import type { HedgeKind } from '../words.js';
import { isPopulation, nounAfter, ratioDenominator, sameGroup, singular, type Tok } from '../scan.js';
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import type { CountIn, PctIn } from '../judge.js';
import type { SentenceView } from './index.js';
import { formatScaled, judge } from '../rounding.js';

/** A non-negative rational n/d (d > 0). */
export interface R {
  n: number;
  d: number;
}

const gcd = (a: number, b: number): number => {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
};
export const r = (n: number, d = 1): R => {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
};
export const add = (a: R, b: R): R => r(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: R, b: R): R => r(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: R, b: R): R => r(a.n * b.n, a.d * b.d);
export const div = (a: R, b: R): R => r(a.n * b.d, a.d * b.n);
export const cmpR = (a: R, b: R): number => Math.sign(a.n * b.d - b.n * a.d);
export const safeR = (...xs: R[]): boolean => xs.every((x) => Number.isSafeInteger(x.n) && Number.isSafeInteger(x.d) && Math.abs(x.n) < 1e7 && x.d < 1e7);
export const minR = (...xs: R[]): R => xs.reduce((a, b) => (cmpR(a, b) <= 0 ? a : b));
export const maxR = (...xs: R[]): R => xs.reduce((a, b) => (cmpR(a, b) >= 0 ? a : b));
export const showR = (x: R, places = 2): string => {
  const v = x.n / x.d;
  return Number.isInteger(v) ? String(v) : v.toFixed(places).replace(/\.?0+$/, '');
};

/** A closed range of values [lo, hi] (hi undefined: unbounded). */
export interface Range {
  lo: R;
  hi?: R;
  loOpen?: boolean;
  hiOpen?: boolean;
}

export function overlaps(a: Range, b: Range): boolean {
  // a.lo < b.hi and b.lo < a.hi, with open ends.
  const below = (lo: R, loOpen: boolean | undefined, hi: R | undefined, hiOpen: boolean | undefined) => {
    if (!hi) return true;
    const c = cmpR(lo, hi);
    return c < 0 || (c === 0 && !loOpen && !hiOpen);
  };
  return below(a.lo, a.loOpen, b.hi, b.hiOpen) && below(b.lo, b.loOpen, a.hi, a.hiOpen);
}

/**
 * The values a stated figure stands for: unhedged, within half a unit of its
 * last written place; hedged, the hedge's side, reaching `near` for 'just',
 * 'nearly' and 'around'.
 */
export function statedRange(value: R, unit: R, hedge: HedgeKind | undefined, near: R): Range {
  const half = mul(unit, r(1, 2));
  const zero = r(0);
  switch (hedge) {
    case 'above':
      return { lo: value, loOpen: true };
    case 'atLeast':
      return { lo: value };
    case 'justAbove':
      return { lo: value, hi: add(value, near), loOpen: true };
    case 'below':
      return { lo: zero, hi: value, hiOpen: true };
    case 'atMost':
      return { lo: zero, hi: value };
    case 'justBelow':
    case 'nearly':
      return { lo: maxR(zero, sub(value, near)), hi: value, hiOpen: true };
    case 'around':
      return { lo: maxR(zero, sub(value, near)), hi: add(value, near) };
    default:
      return { lo: maxR(zero, sub(value, half)), hi: add(value, half) };
  }
}

/** The value of a quantity token and the unit of its last written place. */
export function tokValue(t: Tok): { value: R; unit: R; exact: boolean } {
  if (t.kind === 'frac' && t.fraction) return { value: r(100 * t.fraction.num, t.fraction.den), unit: r(0), exact: false };
  const S = 10 ** t.decimals;
  if (t.kind === 'pct') return { value: r(t.value, S), unit: r(1, S), exact: false };
  // A decimal figure ('a fall of 5.9 percentage points') stands for half a unit of its last written place either side.
  const places = /\.(\d+)$/.exec(t.raw)?.[1]?.length ?? 0;
  if (places > 0 && !Number.isInteger(t.value)) {
    const P = 10 ** places;
    return { value: r(Math.round(t.value * P), P), unit: r(1, P), exact: false };
  }
  return { value: r(t.value), unit: r(1), exact: true };
}

/** A denial: 'no plan', 'did not', 'none' (a part that denies another, or a clause that denies a share word's predicate). */
export const DENIAL = /\b(?:no|not|none|never|without|neither|nor)\b|n't\b/i;

/** Hedge words right before a count (a hedged count is a range, not a value). */
export const COUNT_HEDGE = /\b(?:more\s+than|over|almost|nearly|around|about|some|approximately|roughly|just\s+over|just\s+under|fewer\s+than|less\s+than|up\s+to|at\s+least|at\s+most|in\s+excess\s+of|upwards\s+of|circa|c\.)\s*$/i;

/**
 * Whether a number is a group of a number written with spaces between its thousands ('1 200', '12 460'):
 * one to three digits before a space and exactly three digits, or three digits after such a group. Neither
 * group is a count on its own.
 */
function spaceGrouped(text: string, t: Tok): boolean {
  const after = /^[ \u00a0\u202f]\d{3}(?![\d.,])/.test(text.slice(t.end, t.end + 5)) && /^\d{1,3}$/.test(t.raw);
  const before = /^\d{3}$/.test(t.raw) && /(?:^|[^\d.,])\d{1,3}[ \u00a0\u202f]$/.test(text.slice(Math.max(0, t.start - 5), t.start));
  return after || before;
}

/** Whether a count token is a usable quantity: not a year, label or amount, not hedged. */
export function plainCount(text: string, t: Tok): boolean {
  // Many readers ask of the same token of the same sentence: the answer is remembered with the token.
  const hit = plainCounts.get(t);
  if (hit && hit.text === text) return hit.plain;
  const plain = isPlainCount(text, t);
  plainCounts.set(t, { text, plain });
  return plain;
}

const plainCounts = new WeakMap<Tok, { text: string; plain: boolean }>();

function isPlainCount(text: string, t: Tok): boolean {
  // A number joined to the word after it ('10-outcome inspections', 'a 12-month plan') is part of a modifier, not a count.
  // Nor is the second figure of a ratio ('fewer than one in four (24.1%)': the four is no count of 24.1%),
  // nor the base of a rate ('430 per 100,000', '4.8 per 1,000 bed days'): the population a rate is scaled to.
  return t.kind === 'num' && !t.notCount && !COUNT_HEDGE.test(text.slice(Math.max(0, t.start - 24), t.start)) && !/^-[a-z]/i.test(text.slice(t.end, t.end + 2)) && !ratioDenominator(text, t) && !/\bper\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) && !spaceGrouped(text, t);
}

/**
 * Whether count `t` is the object of the clause that part `prev` opens ('23 contained two references',
 * '12 had three visits'): only words lie between them, no comma, semicolon, 'and', 'or', 'but' or
 * 'while'. Such a count tells what each part's members have; it is not another part.
 */
export function countOfAPart(text: string, prev: Tok | undefined, t: Tok): boolean {
  if (!prev || prev.end >= t.start || t.start - prev.end > 64) return false;
  // ('18 (60%) had a caseload above 50': the part's own share in brackets after it is no break of its clause.)
  const gap = text.slice(prev.end, t.start).replace(/^\s*\([^()\d]*\d[^()]*\)(?=\s)/, '');
  if (gap.length > 48) return false;
  if (!/^\s+[a-z][a-z' -]*\s$/i.test(gap)) return false;
  // '22 of these related to one child': the object of a verb that takes 'to' is what the part has, no range ('12 to 15').
  const g = gap.replace(TO_OBJECT, ' ');
  return !/\b(?:and|or|but|while|whereas|with|plus|then|to)\b|-/i.test(g);
}

/** A verb whose object follows 'to' ('related to', 'belonged to', 'allocated to'), at the end of the gap before a count. */
const TO_OBJECT = /\b(?:relat(?:ed|ing)|belong(?:ed|ing)|referr(?:ed|ing)|link(?:ed|ing)|attribut(?:ed|able)|allocat(?:ed|ing)|assign(?:ed|ing)|due)\s+to\s$/i;

/**
 * Words after the first part that say the parts overlap: '40 had completed safeguarding training and 35
 * fire safety training; 29 had completed both', '… and eight had neither', 'all three', 'as well (as)', 'also',
 * 'in addition' ('3,650 were on permanent contracts and 820 worked bank shifts as well').
 */
export function overlapSaid(text: string, from: number): boolean {
  return /\b(?:both|either|neither|all\s+(?:three|four|five|of\s+them)|as\s+well|also|in\s+addition|additionally)\b/i.test(text.slice(from));
}

/** Local index of the first token at or after `pos`. */
export function tokAfter(toks: readonly Tok[], pos: number): number {
  for (let i = 0; i < toks.length; i++) if (toks[i]!.start >= pos) return i;
  return -1;
}

/** A count token as the judge takes it; `offset` is where the token's text starts in the report. */
export function countOfTok(t: Tok, offset: number): CountIn {
  const c: CountIn = { value: t.value, raw: t.raw, span: { start: offset + t.start, end: offset + t.end } };
  if (t.word) c.word = true;
  return c;
}

/** A percentage token as the judge takes it (without its hedge); `offset` as for `countOfTok`. */
export function pctOfTok(t: Tok, offset: number): PctIn {
  return { scaled: t.value, decimals: t.decimals, raw: t.raw, span: { start: offset + t.start, end: offset + t.end } };
}

/** Depth of parentheses at `pos` of a sentence. */
export function depthAt(text: string, pos: number): number {
  let d = 0;
  for (let i = 0; i < pos; i++) {
    if (text[i] === '(') d++;
    else if (text[i] === ')') d = Math.max(0, d - 1);
  }
  return d;
}

/** A group counted before a figure, as a candidate whole: the token, where its sentence starts, and whether it is its sentence's only group. */
export interface CountedGroup {
  tok: Tok;
  offset: number;
  /** The only group counted in its sentence. */
  alone: boolean;
}

/**
 * The groups counted before `k` that may be its whole, nearest first: in its
 * sentence before it, then in the scope's last sentences; at least as large as
 * k, and naming `noun` when one is given ('of these cases').
 */
export function groupsCountedBefore(s: SentenceView, k: Tok, noun: string | undefined): CountedGroup[] {
  const out: CountedGroup[] = [];
  const consider = (toks: readonly Tok[], text: string, offset: number, before: number) => {
    const groups = toks.filter((t) => t.end <= before && t !== k && isPopulation(text, t));
    for (const t of [...groups].reverse()) {
      if (t.value < k.value || (noun && !sameGroup(nounAfter(text, t.end), noun))) continue;
      out.push({ tok: t, offset, alone: groups.length === 1 });
    }
  };
  consider(s.toks, s.text, s.offset, k.start);
  for (const prev of [...(s.previous ?? [])].reverse()) consider(prev.toks, prev.text, prev.offset, prev.text.length);
  return out;
}

/** A claim that is listed, not reported: the same arithmetic, with why it was not judged. */
export function standAside(claim: ClaimRecord, why: string): ClaimRecord {
  const open: ClaimRecord = { ...claim, verdict: 'unchecked', arithmetic: `${claim.arithmetic} (${why}: not judged)` };
  delete open.rule;
  delete open.message;
  delete open.replacement;
  return open;
}

/**
 * A share written after 'from', 'than' or 'compared with' ('up from 11%', 'fell from 8% in 2006 to 6%',
 * 'higher than 40%'): an earlier or other group's figure, never a part of the shares beside it.
 */
export function previousShare(text: string, t: { start: number }): boolean {
  return /\b(?:from|than|compared\s+(?:with|to))\s+$/i.test(text.slice(Math.max(0, t.start - 16), t.start));
}

/**
 * A claim over its operands, its span from the first to the last of them; a verdict that is
 * neither ok nor unchecked carries `rule`.
 */
export function claimOver(
  kind: string,
  rule: NonNullable<ClaimRecord['rule']>,
  operands: Operand[],
  verdict: ClaimRecord['verdict'],
  arithmetic: string,
  message?: string,
  replacement?: ClaimRecord['replacement'],
): ClaimRecord {
  let lo = Infinity;
  let hi = -Infinity;
  for (const o of operands) {
    lo = Math.min(lo, o.span.start);
    hi = Math.max(hi, o.span.end);
  }
  const c: ClaimRecord = { kind, span: { start: lo, end: hi }, arithmetic, verdict, operands };
  if (verdict !== 'ok' && verdict !== 'unchecked') c.rule = rule;
  if (message) c.message = message;
  if (replacement) c.replacement = replacement;
  return c;
}

/** A token of the sentence as an operand of a claim. */
export function tokOperand(s: SentenceView, role: Operand['role'], t: Tok): Operand {
  // (The span as `at` in index.ts gives it; not imported, since index.ts imports this module.)
  const o: Operand = { role, value: t.value, raw: t.raw, span: { start: s.offset + t.start, end: s.offset + t.end } };
  if (t.word) o.word = true;
  return o;
}

/**
 * A count and the kinds it is split into (`bracket-breakdown.ts`, `apposed-kinds.ts`): confirmed when they add
 * up; otherwise reported when `judged`, else listed. `how` says what splits it ('the bracket splits').
 */
export function kindsSplit(s: SentenceView, n: Tok, kinds: readonly Tok[], span: ClaimRecord['span'], how: string, judged: boolean): ClaimRecord {
  const sum = kinds.reduce((a, t) => a + t.value, 0);
  const operands: Operand[] = [tokOperand(s, 'n', n), ...kinds.map((t) => tokOperand(s, 'k', t))];
  const expr = `${kinds.map((t) => t.value).join(' + ')} = ${sum}`;
  if (sum === n.value) return { kind: 'parts-sum', span, operands, verdict: 'ok', arithmetic: `${expr} = ${n.raw} ✓ (${how} ${n.raw} into its kinds)` };
  if (!judged) return { kind: 'parts-sum', span, operands, verdict: 'unchecked', arithmetic: `${expr}, not ${n.raw} (the kinds may leave some out: not judged)` };
  const said = how.charAt(0).toUpperCase() + how.slice(1);
  return {
    kind: 'parts-sum',
    span,
    operands,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    arithmetic: `${expr}, not ${n.raw} (${how} ${n.raw} into its kinds)`,
    message: `${said} ${n.raw} into its kinds, but they do not add up to it: ${expr}, not ${n.raw}`,
  };
}

/**
 * Counts between a pair of dashes right after a part of a list ('803 were good or better – seven excellent,
 * 189 very good and 607 good – while 373 …') break that part down. When they make it, they are no parts of
 * their own (`groups` holds each such part with its breakdown); when they do not, it is not known which they
 * are (`ambiguous`: the list is no clean partition).
 */
export function dashBreakdowns(text: string, parts: readonly Tok[], from: number, to: number): { parts: Tok[]; groups: { head: Tok; inner: Tok[] }[]; ambiguous: boolean } {
  const dashes: number[] = [];
  const re = /\s[\u2013\u2014-]\s/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to && dashes.length < 16; m = re.exec(text)) dashes.push(m.index + 1);
  let kept = [...parts];
  const groups: { head: Tok; inner: Tok[] }[] = [];
  let ambiguous = false;
  for (let i = 0; i + 1 < dashes.length; i += 2) {
    const open = dashes[i]!;
    const close = dashes[i + 1]!;
    const inner = kept.filter((t) => t.start > open && t.end < close);
    if (inner.length < 2) continue;
    const head = [...kept].reverse().find((t) => t.end <= open);
    const sum = inner.reduce((a, t) => a + t.value, 0);
    if (head && sum === head.value) {
      kept = kept.filter((t) => !inner.includes(t));
      groups.push({ head, inner });
    } else ambiguous = true;
  }
  return { parts: kept, groups, ambiguous };
}

/**
 * 'from 30 to 60 per cent', 'between 30 and 60%': a whole number in words or digits before 'to' or
 * 'and' and a percentage, after 'from' or 'between', is a percentage too (the unit is written once for
 * both ends). Returns it as a percentage token, or undefined.
 */
export function sharedUnitPct(text: string, a: Tok, b: Tok): Tok | undefined {
  if (a.kind !== 'num' || b.kind !== 'pct' || b.hedge || a.word || !Number.isInteger(a.value) || a.value <= 0 || a.end > b.start) return undefined;
  if (!/^\s*(?:to|and)\s+$/i.test(text.slice(a.end, b.start)) || !/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))) return undefined;
  return { ...a, kind: 'pct', value: a.value * 10 ** b.decimals, decimals: b.decimals };
}

/**
 * Shares of one whole, added up: their sum at the finest written precision, and how far it is from 100%
 * in half units against the slack their rounding allows (half a unit of each share's last place either
 * side; a whole unit under truncation or rounding up). `off` and `slack2` are both in half units.
 */
export function sharesTotal(
  parts: readonly { tok: Tok; offset: number }[],
  policy: { mode: string },
): { sum: number; d: number; off: number; slack2: number; operands: Operand[]; expr: string } {
  const toks = parts.map((p) => p.tok);
  const d = Math.max(...toks.map((t) => t.decimals));
  const sum = toks.reduce((x, t) => x + t.value * 10 ** (d - t.decimals), 0);
  const slack2 = toks.reduce((x, t) => x + 10 ** (d - t.decimals), 0) * (policy.mode === 'nearest' ? 1 : 2);
  const off = 2 * (sum - 100 * 10 ** d);
  const operands: Operand[] = parts.map((p): Operand => ({ role: 'p', value: p.tok.value, decimals: p.tok.decimals, raw: p.tok.raw, span: { start: p.offset + p.tok.start, end: p.offset + p.tok.end } }));
  const expr = `${toks.map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  return { sum, d, off, slack2, operands, expr };
}

/**
 * A plain count of the sentence (before `k`) or of the sentences before it, at least `k`, that gives the
 * share `p` of `k`: another base a reading may have missed ('60 appeals in 2022 and 80 in 2023. It upheld
 * 20 of them. This was 25%': the gapped '80' names no group, yet 20 of 80 is 25%). Before a share that
 * fits no candidate total is reported, a base that fits makes it consistent.
 */
/** A count stated as a capacity: 'an operational capacity of 1,210', 'certified normal accommodation of 900', 'room for 60'. */
const CAPACITY_BEFORE = /\b(?:capacity|accommodation|(?:cna|op\s*cap)|room|places|beds?\s+for|registered\s+for|designed\s+(?:to\s+hold|for))\s+(?:of\s+|for\s+)?(?:up\s+to\s+)?$/i;
/** A share that names a capacity as its base: '93% of capacity', 'of its places'. */
const CAPACITY_NAMED = /^\s*(?:per\s*cent|percent)?\s*(?:of\s+(?:the\s+|its\s+|their\s+)?(?:operational\s+|certified\s+|total\s+)?(?:capacity|places|beds|accommodation)|full\b|occupied\b|occupancy\b)/i;

export function otherBaseFits(s: SentenceView, k: Tok, p: Tok): { tok: Tok; offset: number } | undefined {
  const sentences = [...(s.previous ?? []), { text: s.text, toks: s.toks, offset: s.offset }];
  // A capacity is no group of cases ('held 1,124 men, against an operational capacity of 1,210. Of these, 312
  // … 26% of the population'): it is the base of a share only when the share says so ('of capacity', 'of the places').
  const ofCapacity = CAPACITY_NAMED.test(s.text.slice(p.end, p.end + 40));
  for (const x of sentences) {
    const before = x.toks.includes(k) ? k.start : x.text.length;
    for (const t of x.toks) {
      if (t === k || t === p || t.end > before || t.kind !== 'num' || !plainCount(x.text, t) || t.value < k.value || !Number.isInteger(t.value)) continue;
      if (!ofCapacity && CAPACITY_BEFORE.test(x.text.slice(Math.max(0, t.start - 40), t.start))) continue;
      if (judge(k.value, t.value, p.value, p.decimals, s.policy).verdict === 'ok') return { tok: t, offset: x.offset };
    }
  }
  return undefined;
}

/** Patterns built from words of the text, compiled once each (at most this many are kept). */
const BUILT = new Map<string, RegExp>();
const MAX_BUILT = 4096;

/**
 * `new RegExp(source, flags)`, compiled once per source and flags: a reader that builds a pattern from a
 * word of the sentence ('not … reviewed', a grade, a noun) would otherwise compile it per sentence. Only for
 * flags without `g` or `y`, whose `lastIndex` would be shared between callers.
 */
export function builtRegExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = BUILT.get(key);
  if (!re) {
    if (BUILT.size >= MAX_BUILT) BUILT.clear();
    BUILT.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}

/** An item of a list that names a member with no figure: 'a lead inspector', 'the manager', 'the governor'. */
const UNNUMBERED = /^(?:(?:[\s\S]*?\b(?:included|includes|including|comprised|comprises|comprising|consisted\s+of|consisting\s+of|made\s+up\s+of|of|with|met|interviewed|were|was|are|is)\s+))?(?:a|an|the|his|her|their|its|our)\s+(?!(?:other|others|remaining|rest|remainder)\b)[a-z][\w'-]*/i;

/**
 * Whether a list between `from` and `end` has an item with no figure of its own ('made up of a lead
 * inspector, 8 inspectors and 3 specialists'; 'the manager, 8 care workers and 3 nurses'): a member the
 * counts leave out, so the counts need not add up to the whole. Items are cut at commas, semicolons and
 * 'and' outside brackets; an item holding any token is numbered.
 */
export function unnumberedItem(text: string, from: number, end: number, toks: readonly Tok[]): boolean {
  const region = text.slice(from, end).replace(/\([^()]*\)/g, (m) => `(${'x'.repeat(m.length - 2)})`).replace(/(?<=\d)[,.](?=\d)/g, '0');
  const cut = /,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+/g;
  let at = 0;
  const items: [number, number][] = [];
  for (let m = cut.exec(region); m; m = cut.exec(region)) {
    items.push([at, m.index]);
    at = m.index + m[0].length;
  }
  items.push([at, region.length]);
  if (items.length < 2) return false;
  return items.some(([a, b]) => {
    const item = region.slice(a, b).trim();
    if (!item || toks.some((t) => t.start >= from + a && t.start < from + b)) return false;
    return UNNUMBERED.test(item.replace(/[.!?]\s*$/, ''));
  });
}

/**
 * A statement that each case is in one of the parts: 'each of whom chose one of four answers', 'each giving one
 * answer', 'all 298 respondents answered the question', 'with every record falling in one of these groups:'.
 * `n`, the number of answers stated; `these`, the groups are the list that follows.
 */
export function oneAnswerEach(lead: string): { n?: number; these: boolean; start: number; end: number } | undefined {
  const m = EACH_CHOSE.exec(lead) ?? ALL_ANSWERED.exec(lead) ?? EACH_IN_ONE.exec(lead);
  // 'Not all respondents answered the question', 'almost every record …': some are in none.
  if (!m || /\b(?:not|almost|nearly|virtually|practically|most|some|hardly)\s+(?:quite\s+)?$/i.test(lead.slice(Math.max(0, m.index - 20), m.index))) return undefined;
  const w = m.groups?.n?.toLowerCase();
  const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const n = w === undefined ? undefined : words.includes(w) ? words.indexOf(w) + 2 : Number(w);
  // 'one of these groups:' right before the list names it.
  const these = !!m.groups?.these && /^[^,;.]*:\s*$/.test(lead.slice(m.index + m[0].length));
  // The statement's clause ('… answered our question about it:') says nothing loose of the shares.
  const tail = /^[^,;:]*/.exec(lead.slice(m.index + m[0].length))![0];
  return { n, these, start: m.index, end: m.index + m[0].length + tail.length };
}
const N_WORD = String.raw`(?<n>two|three|four|five|six|seven|eight|nine|ten|\d)`;
const EACH_CHOSE = new RegExp(String.raw`\b(?:each|every|all)\b(?:\s+(?:one\s+)?of\s+(?:whom|which|them|these|those|the\s+[\d,]+\s+[a-z'’-]+(?:\s+[a-z'’-]+)?|[\d,]+\s+[a-z'’-]+))?(?:\s+[a-z'’-]+){0,3}?\s+(?:chose|choosing|chosen|choose|chooses|picked|picking|selected|selecting|ticked|ticking|gave|giving)\s+(?:just\s+|only\s+|exactly\s+)?(?:one|a\s+single)\s+(?:answer|response|option|box|of\s+(?:the\s+)?(?:${N_WORD}\s+)?(?:possible\s+)?(?:answers|responses|options|points|boxes))\b`, 'i');
const ALL_ANSWERED = /\b(?:all|every\s+one\s+of)\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[a-z'’-]+\s+){0,2}?(?:answered|responded\s+to)\s+(?:the|this|that|our)\s+question\b/i;
const EACH_IN_ONE = new RegExp(String.raw`\b(?:each|every)\s+(?:[a-z'’-]+\s+){0,2}?(?:falling|falls|fell|placed|put|recorded|classed|classified|assigned|counted)\s+(?:in|into|under)\s+(?:exactly\s+|only\s+|just\s+)?one\s+of\s+(?:(?<these>these|the\s+following)|the\s+${N_WORD}|the)\s+(?:[a-z-]+\s+)?(?:groups|categories|bands|classes|answers|options)\b`, 'i');

/** Words right before a count that make its group more of one counted before: 'a further 20', 'another 12', 'an additional 8'. */
const ADDS_BEFORE = /\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$/i;

/** Words that carry no thing of their own in a predicate ('had a formal review during the period'). */
const THING_STOP = /^(?:been|have|were|with|that|this|they|their|them|from|done|made|also|only|during|period|which|where|when|some|more|less|than|good|well|none|nothing|neither|enough|still|just|into|about|there)$/;

/** The content words of a predicate: four letters or more, none of `THING_STOP`, singular. */
function thingWords(x: string): Set<string> {
  return new Set(x.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !THING_STOP.test(w)).map(singular));
}

/**
 * Whether a later part's predicate is about another thing than the first's: it shares no content word of four
 * letters or more with it and points back by no pronoun ('30 had a good garden' and '12 had no activity room'
 * are two things; 'had a plan' and 'had no plan', 'had one in draft', 'had none' are one).
 */
export function otherThing(first: string, later: string): boolean {
  const object = (x: string) => x.toLowerCase().replace(/^\s*(?:(?:partly|partially|fully|not|only|also|still|then|all)\s+)*[a-z']+\s*/, '').split(/[,;.()]|\s(?:and|but|or)\s/)[0]!;
  const o2 = object(later);
  if (/(?:^|\s)(?:one|ones|it|them|these|those|this|that|so|too|none|either|neither)(?:\s|$)/.test(o2)) return false;
  const w1 = thingWords(object(first));
  const w2 = thingWords(o2);
  return w1.size > 0 && w2.size > 0 && ![...w2].some((x) => w1.has(x));
}

/** Whether two predicates share a content word ('had a formal review', 'a review was due'). */
export function sharesThing(a: string, b: string): boolean {
  const w = thingWords(a);
  return [...thingWords(b)].some((x) => w.has(x));
}

/**
 * Whether the count `t` of `text` adds to a group counted before it ('We read 50 cases. A further 20 cases …'):
 * its group is a part of a running whole, so 'these' after it may be that whole rather than the count itself.
 */
export function addsToEarlier(text: string, t: { start: number }): boolean {
  return ADDS_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/**
 * A time set against another ('last year', 'the year before', 'in 2019', 'compared with', 'than'): a later count of
 * such a text may be of another time, so the readers that tie a count to a group by its noun alone stand aside.
 */
export const OTHER_TIME = /\b(?:last|previous|preceding|next|following)\s+(?:year|month|quarter|inspection|period|week)\b|\bthe\s+(?:year|month)\s+before\b|\b(?:in|since|by|during)\s+(?:19|20)\d\d\b|\bcompared\b|\bagainst\b|\bthan\b|\bper\s+cent\s+(?:more|fewer)\b/i;
