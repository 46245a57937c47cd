/**
 * The common part of the within-sentence readers (apposition, clause-between,
 * slash, quoted-grade, quantifier-distant): the figures of one sentence as a
 * share (a percentage, a fraction, a ratio or a quantifier), a count and a
 * total; a *reading* that ties the three together; and the abductive
 * judgement of every reading of one share.
 *
 * A family reader only finds readings. `judgeReadings` groups them by the
 * share they read and judges each group at once: when one reading is
 * consistent the share is consistent (the other readings were wrong
 * guesses); it is reported only when every reading is wrong, and then with
 * the figures of the most plausible reading (the first) in its message and
 * related information.
 *
 * Offsets are local to the sentence (`SentenceView.text`) until `at` makes
 * them absolute.
 */
import type { Span } from '../../model.js';
import { RULE, type ClaimRecord } from '../claim.js';
import { fractionInterval, q, ratioInterval } from '../interval.js';
import { countOperand, fracOperand, judgeInterval, judgeQuantifier, judgeShare, pctOperand, unchecked, type CountIn, type FracIn, type PctIn } from '../judge.js';
import { firstTokFrom, nounAfter, ratioBase, type Tok } from '../scan.js';
import { changeAmountBefore, DEFAULT_QUANTIFIER_BANDS, HEDGE_WORDS, hedgeKind, NUMBER, parseNumber, type Fraction, type HedgeKind } from '../words.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/** A written figure of the sentence (local offsets). */
export interface Fig {
  start: number;
  end: number;
  raw: string;
}

/** A count: a token, or a phrase that stands for one ('all but two' of 18 is 16). */
export interface CountFig extends Fig {
  value: number;
  word: boolean;
}

export type ShareFig =
  | (Fig & { type: 'pct'; tok: Tok })
  | (Fig & { type: 'frac'; fraction: Fraction; hedge?: { kind: HedgeKind; raw: string }; ratio?: boolean })
  | (Fig & { type: 'quantifier'; phrase: string; min: number; max: number; plurality?: boolean });

/** One way of reading a share: k of n is the share. */
export interface Reading {
  share: ShareFig;
  k: CountFig;
  n: CountFig;
  /** The family that found it (the file name under relations/). */
  family: string;
  /** Why n is the total, when it is not written next to the count ('the total, 120, is taken from …'). */
  nWhy?: string;
  /** n is given roughly ('some 460 men'): the share is confirmed on it, never found wrong on it. */
  confirmOnly?: boolean;
}

export type QuantifierBand = { phrase: string; min: number; max: number; plurality?: boolean };

// ---------------------------------------------------------------- tokens

/** A token read as a count: a whole number that is not a year, label or amount, and not hedged. */

export function isCountTok(s: SentenceView, t: Tok | undefined): t is Tok {
  if (t === undefined) return false;
  // Many readers ask of the same token of the same sentence: the answer is remembered with the token (as `plainCount`).
  const hit = countToks.get(t);
  if (hit && hit.text === s.text) return hit.yes;
  const yes = plainCount(s.text, t) && Number.isInteger(t.value) && t.value >= 0 && !changeAmountBefore(s.text.slice(Math.max(0, t.start - 30), t.start));
  countToks.set(t, { text: s.text, yes });
  return yes;
}

const countToks = new WeakMap<Tok, { text: string; yes: boolean }>();

export function countFig(t: Tok): CountFig {
  return { start: t.start, end: t.end, raw: t.raw, value: t.value, word: t.word };
}

/** The token that starts exactly at `pos`, if any. */
export function tokAt(toks: readonly Tok[], pos: number): Tok | undefined {
  const t = toks[firstTokFrom(toks, pos)];
  return t && t.start === pos ? t : undefined;
}

/** Whether a quantity token (a count, a percentage or a fraction) lies inside [from, to). */
export function quantityBetween(s: SentenceView, from: number, to: number): boolean {
  for (let i = firstTokFrom(s.toks, from); i < s.toks.length && s.toks[i]!.start < to; i++) {
    const t = s.toks[i]!;
    if (t.kind !== 'num' || !t.notCount) return true;
  }
  return false;
}

/** Skips white space from `pos`. */
export function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
}

/** The head noun after a count, or undefined when the next word is a pronoun ('the 24 we read'). */
export function groupNoun(text: string, end: number): string | undefined {
  const w = nounAfter(text, end);
  return w && /^(?:we|i|you|he|she|they|inspectors?)$/.test(w) ? undefined : w;
}

// ---------------------------------------------------------------- shares

const RATIO_WORD: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const SMALL = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)`;
/** 'one in four', 'three out of ten', 'two in every five', optionally hedged ('nearly one in five'). */
const RATIO_AT = new RegExp(String.raw`(?:(${HEDGE_WORDS})\s+)?(${SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(${SMALL})(?![\w-])`, 'iy');
const HEDGE_BEFORE_WORD = new RegExp(String.raw`(?<![\w-])${HEDGE_WORDS}\s+$`, 'i');
const ratioValue = (w: string): number | undefined => RATIO_WORD[w.toLowerCase()] ?? (/^\d+$/.test(w) ? Number(w) : undefined);

const bandCache = new WeakMap<readonly QuantifierBand[], { band: QuantifierBand; re: RegExp }[]>();
/** Quantifier phrases as sticky patterns, longest first ('the vast majority' before 'the majority'). */
function bandPatterns(bands: readonly QuantifierBand[]): { band: QuantifierBand; re: RegExp }[] {
  let out = bandCache.get(bands);
  if (!out) {
    out = [...bands]
      .sort((a, b) => b.phrase.length - a.phrase.length)
      .map((band) => ({ band, re: new RegExp(String.raw`${band.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`)}(?![\w-])`, 'iy') }));
    // 'a large majority', 'a significant minority' ('the large majority', tuner t2): a describing word keeps the share on its side of half, never
    // across it (as extract/quantifier.ts reads them), after every exact phrase.
    for (const band of bands) {
      const w = /^a\s+(minority|majority)$/i.exec(band.phrase.trim());
      const side = band.max < 50 ? { min: 0, max: band.max } : band.min > 50 ? { min: band.min, max: 100 } : undefined;
      if (w && side) out.push({ band: { phrase: band.phrase, ...side }, re: new RegExp(String.raw`(?:a|the)\s+(?!${w[1]}\b)[a-z][a-z-]*\s+${w[1]}(?![\w-])`, 'iy') });
    }
    bandCache.set(bands, out);
  }
  return out;
}

const anyBand = new WeakMap<readonly QuantifierBand[], RegExp>();
/** Whether any of the band patterns matches at `p`: one sticky test of them all before trying each in turn. */
function anyBandAt(bands: readonly QuantifierBand[], text: string, p: number): boolean {
  let re = anyBand.get(bands);
  if (!re) anyBand.set(bands, (re = new RegExp(`(?:${bandPatterns(bands).map((x) => x.re.source).join('|')})`, 'iy')));
  re.lastIndex = p;
  return re.test(text);
}

const phraseFinders = new WeakMap<readonly QuantifierBand[], RegExp>();
/**
 * Where any quantifier phrase of `bands` may start: one pattern with every phrase, at a word start. A start it
 * does not find is one where no phrase's own pattern matches, so `shareAt` is tried only where one may.
 */
function phraseFinder(bands: readonly QuantifierBand[]): RegExp {
  let re = phraseFinders.get(bands);
  if (!re) {
    re = new RegExp(String.raw`(?<![A-Za-z0-9_'-])(?:${bandPatterns(bands).map((p) => p.re.source).join('|')})`, 'gi');
    phraseFinders.set(bands, re);
  }
  return re;
}

export function bandsOf(s: SentenceView): readonly QuantifierBand[] {
  return s.quantifierBands ?? DEFAULT_QUANTIFIER_BANDS;
}

export interface ShareOptions {
  /** Accept a quantifier phrase ('most', 'the majority'). Not in apposition: '30 – most of them in the north –' is about something else. */
  quantifiers?: boolean;
}

/**
 * The share written at `pos` (after white space): a percentage or fraction
 * token (its hedge included), a ratio ('three in four'), or a quantifier
 * phrase of the framework's bands.
 */
export function shareAt(s: SentenceView, pos: number, opts: ShareOptions = {}): ShareFig | undefined {
  const p = skipSpace(s.text, pos);
  // A token whose hedge starts here, or the token itself.
  const i = firstTokFrom(s.toks, p);
  for (const t of [s.toks[i], s.toks[i + 1]]) {
    if (!t) continue;
    const starts = t.hedge && t.hedge.start === p ? t.hedge.start : t.start;
    if (starts !== p) continue;
    if (t.kind === 'pct') return { type: 'pct', tok: t, start: starts, end: t.end, raw: s.text.slice(starts, t.end) };
    if (t.kind === 'frac' && t.fraction) {
      const f: ShareFig = { type: 'frac', fraction: t.fraction, start: starts, end: t.end, raw: s.text.slice(starts, t.end) };
      if (t.hedge) f.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
      return f;
    }
  }
  RATIO_AT.lastIndex = p;
  const m = RATIO_AT.exec(s.text);
  if (m) {
    const a = ratioValue(m[2]!);
    const b = ratioValue(m[3]!);
    if (a !== undefined && b !== undefined && a > 0 && a < b) {
      const f: ShareFig = { type: 'frac', fraction: { num: a, den: b }, ratio: true, start: p, end: p + m[0].length, raw: m[0] };
      const kind = m[1] ? hedgeKind(m[1]) : undefined;
      if (m[1] && kind) f.hedge = { kind, raw: m[1] };
      return f;
    }
  }
  if (opts.quantifiers && anyBandAt(bandsOf(s), s.text, p)) {
    const before = s.text.slice(Math.max(0, p - 12), p);
    for (const { band, re } of bandPatterns(bandsOf(s))) {
      re.lastIndex = p;
      const q = re.exec(s.text);
      if (!q) continue;
      // 'most' in 'the most', 'at most' is not the quantifier.
      if (/^most$/i.test(band.phrase) && /\b(?:the|at|for\s+the)\s+$/i.test(before)) return undefined;
      // 'all but two' is a count short of all; '19 in all, or 38%' a total ('in all of them' is the share).
      if (/^all$/i.test(band.phrase) && (/^\s+(?:but|except|bar|save)\b/i.test(s.text.slice(p + q[0].length, p + q[0].length + 10)) || (/\bin\s+$/i.test(before) && !/^\s+of\b/i.test(s.text.slice(p + q[0].length, p + q[0].length + 6))))) return undefined;
      return { type: 'quantifier', phrase: band.phrase, min: band.min, max: band.max, plurality: band.plurality, start: p, end: p + q[0].length, raw: q[0] };
    }
  }
  return undefined;
}

/** The shares of each sentence view, with and without quantifiers (several readers ask for them). */
const sharesCache = new WeakMap<SentenceView, { plain?: readonly ShareFig[]; quantifiers?: readonly ShareFig[] }>();

/** The quantifier phrases and share figures of a sentence, each with its start (for readers that start from the share). */
export function sharesOf(s: SentenceView, opts: ShareOptions = {}): ShareFig[] {
  let entry = sharesCache.get(s);
  if (!entry) sharesCache.set(s, (entry = {}));
  const key = opts.quantifiers ? 'quantifiers' : 'plain';
  const hit = entry[key];
  if (hit) return hit.slice();
  const found = computeShares(s, opts);
  entry[key] = found;
  return found.slice();
}

function computeShares(s: SentenceView, opts: ShareOptions): ShareFig[] {
  const out: ShareFig[] = [];
  let taken = -1;
  const consider = (pos: number) => {
    if (pos < taken) return;
    const f = shareAt(s, pos, opts);
    if (f && f.start === pos) {
      out.push(f);
      taken = f.end;
    }
  };
  // Candidates: each token (or its hedge) and each word start that may open a phrase.
  const starts = new Set<number>();
  for (const t of s.toks) {
    starts.add(t.hedge ? t.hedge.start : t.start);
    // A hedge before a ratio ('fewer than one in ten'): the ratio's words carry no hedge of their own.
    if (t.kind === 'num' && t.word) {
      const h = HEDGE_BEFORE_WORD.exec(s.text.slice(Math.max(0, t.start - 30), t.start));
      if (h) starts.add(t.start - h[0].length + h[0].search(/\S/));
    }
  }
  if (opts.quantifiers) {
    const finder = phraseFinder(bandsOf(s));
    finder.lastIndex = 0;
    for (let m = finder.exec(s.text); m; m = finder.exec(s.text)) starts.add(m.index);
  }
  for (const pos of [...starts].sort((a, b) => a - b)) consider(pos);
  return out;
}

// ---------------------------------------------------------------- counts of a pair

/**
 * 'All but two of the 18 cases': the count is the total less the exception.
 * Returns the phrase as a count (its span covers 'All but two').
 */
const ALL_BUT = new RegExp(String.raw`\ball\s+(?:but|except)\s+(${NUMBER})\s+of\s+(?:the\s+|these\s+|those\s+)?$`, 'i');
export function allBut(s: SentenceView, nTok: Tok): { k: CountFig; except: Tok } | undefined {
  const before = s.text.slice(Math.max(0, nTok.start - 60), nTok.start);
  const m = ALL_BUT.exec(before);
  if (!m) return undefined;
  const start = nTok.start - before.length + m.index;
  const numEnd = start + m[0].indexOf(m[1]!, m[0].search(/\s(?:but|except)\s/i)) + m[1]!.length;
  const except = tokAt(s.toks, numEnd - m[1]!.length);
  const parsed = parseNumber(m[1]!);
  if (!except || !parsed || !Number.isInteger(parsed.value) || parsed.value > nTok.value) return undefined;
  const raw = s.text.slice(start, numEnd);
  return { k: { start, end: numEnd, raw, value: nTok.value - parsed.value, word: /^[a-z]/i.test(m[1]!) }, except };
}

// ---------------------------------------------------------------- judgement

const sameFig = (a: Fig, b: Fig) => a.start === b.start && a.end === b.end;

function pctIn(s: SentenceView, f: ShareFig & { type: 'pct' }): PctIn {
  const t = f.tok;
  const p: PctIn = { scaled: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) };
  if (t.hedge) p.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
  return p;
}

function countIn(s: SentenceView, c: CountFig): CountIn {
  const o: CountIn = { value: c.value, raw: c.raw, span: at(s, c.start, c.end) };
  if (c.word) o.word = true;
  return o;
}

function fracIn(s: SentenceView, f: ShareFig & { type: 'frac' }): FracIn {
  // The fraction's own words and span (as the extractor writes them), without the hedge.
  const raw = f.hedge ? f.raw.slice(f.raw.toLowerCase().indexOf(f.hedge.raw.toLowerCase()) + f.hedge.raw.length).trim() : f.raw;
  const o: FracIn = { fraction: f.fraction, raw, span: at(s, f.end - raw.length, f.end) };
  if (f.hedge) o.hedge = f.hedge;
  return o;
}

const KIND: Record<ShareFig['type'], string> = { pct: 'percent-of', frac: 'fraction', quantifier: 'quantifier' };

/** One reading judged on its own. */
function judgeOne(s: SentenceView, r: Reading): ClaimRecord {
  const { share, k, n } = r;
  const lo = Math.min(share.start, k.start);
  let hi = Math.max(share.end, k.end);
  // A bracketed share: the claim ends with its bracket ('… cases (37%)').
  const close = /^\s*\)/.exec(s.text.slice(hi, hi + 8));
  if (close && s.text.lastIndexOf('(', share.start) > lo) hi += close[0].length;
  const kind = share.type === 'frac' && share.ratio ? 'ratio' : KIND[share.type];
  const base = { kind, span: at(s, lo, hi), sentence: { text: s.text.replace(/\s+/g, ' ').trim(), span: at(s, 0, s.text.length) } };
  const sources: ClaimRecord['sources'] = r.nWhy ? [{ span: at(s, n.start, n.end), message: r.nWhy }] : undefined;
  let c: ClaimRecord;
  if (share.type === 'pct') c = judgeShare(base, pctIn(s, share), countIn(s, k), countIn(s, n), s.policy, sources);
  else if (share.type === 'frac') {
    const f = fracIn(s, share);
    const operands = [fracOperand(f), countOperand(countIn(s, k), 'k'), countOperand(countIn(s, n), 'n')];
    c = judgeInterval(base, operands, (nn) => (share.ratio ? ratioInterval(share.hedge?.kind, q(100 * share.fraction.num, share.fraction.den), nn) : fractionInterval(share.fraction, share.hedge?.kind, nn)), share.raw.replace(/\s+/g, ' '), k.value, n.value, RULE.fractionMismatch, sources ? { sources } : {});
  } else {
    c = judgeQuantifier(base, share.raw.replace(/\s+/g, ' '), share.min, share.max, { k: countIn(s, k), n: countIn(s, n) }, s.policy);
    if (sources) c.sources = sources;
  }
  if (share.type === 'pct' && share.tok.hedge) c.qualifier = share.tok.hedge.raw;
  if (r.confirmOnly && c.verdict !== 'ok' && c.verdict !== 'convention') return unchecked(base, c.operands, `${n.raw} is given roughly: the share is confirmed on it only`);
  return c;
}

const RANK: Record<ClaimRecord['verdict'], number> = { ok: 0, convention: 1, inconsistent: 2, impossible: 2, unchecked: 3 };

/**
 * Judges the readings of a sentence, one claim per share: the first
 * consistent reading, else a rounding convention, else — every reading wrong
 * — the first (most plausible) reading, with the others named in its
 * arithmetic. Readings of the same share that repeat a count and total are
 * judged once.
 */
export function judgeReadings(s: SentenceView, readings: readonly Reading[]): ClaimRecord[] {
  const groups: Reading[][] = [];
  for (const r of readings) {
    if (r.n.value <= 0 || r.k.value > r.n.value || (sameFig(r.k, r.n))) continue;
    const g = groups.find((x) => sameFig(x[0]!.share, r.share));
    if (!g) groups.push([r]);
    else if (!g.some((x) => sameFig(x.k, r.k) && sameFig(x.n, r.n) && x.k.value === r.k.value)) g.push(r);
  }
  const out: ClaimRecord[] = [];
  for (const g of groups) {
    const judged = g.map((r) => ({ r, c: judgeOne(s, r) }));
    let best = judged[0]!;
    for (const j of judged) if (RANK[j.c.verdict] < RANK[best.c.verdict]) best = j;
    if (best.c.verdict === 'unchecked') continue;
    if (judged.length > 1 && RANK[best.c.verdict] >= 2) {
      const others = judged.filter((j) => j !== best).map((j) => `${j.r.k.value} of ${j.r.n.value}`);
      best.c.arithmetic += `; no other reading fits either (${others.join(', ')})`;
    }
    out.push(best.c);
  }
  return out;
}

/** The span of a figure, absolute. */
export function spanOf(s: SentenceView, f: Fig): Span {
  return at(s, f.start, f.end);
}

// ---------------------------------------------------------------- anchors

/**
 * Where a share can attach: a count on its own ('96, or 80%'), or a count
 * with its total ('17 of the 20 schools', 'all but two of the 18 cases',
 * '9/12'). `end` is where the anchor's figures end.
 */
export interface Anchor {
  k: CountFig;
  n?: CountFig;
  kTok?: Tok;
  nTok?: Tok;
  end: number;
  /** The family whose shape the anchor is ('slash' for 'k/n'). */
  family?: string;
}

/** A clause of another subject joined on: '… were referred to the panel but the panel accepted …'. */
export const OTHER_SUBJECT_CLAUSE = /\b(?:but|whereas|while|whilst|although|though|yet)\s+(?:the|a|an|this|these|those|it|they|we|he|she|staff|most|many|some|few|none|only)\b/i;

const PAIR_OF = /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$/i;

/** 'k of the n', 'k out of n', 'all but j of the n' in a sentence (each total once). */
export function pairsOf(s: SentenceView): Anchor[] {
  const out: Anchor[] = [];
  const toks = s.toks;
  for (let i = 0; i < toks.length; i++) {
    const nt = toks[i]!;
    if (!isCountTok(s, nt) || nt.value < 1) continue;
    // 'All but two of the 18': the count is 16, not two.
    const ab = allBut(s, nt);
    if (ab) {
      out.push({ k: ab.k, n: countFig(nt), kTok: ab.except, nTok: nt, end: nt.end });
      continue;
    }
    const kt = toks[i - 1];
    // 'Four out of five of the 136 trusts': the five is a ratio's base, the ratio is the share of the 136.
    if (kt && isCountTok(s, kt) && PAIR_OF.test(s.text.slice(kt.end, nt.start)) && !ratioBase(s.text, kt)) out.push({ k: countFig(kt), n: countFig(nt), kTok: kt, nTok: nt, end: nt.end });
  }
  return out;
}

/** Counts on their own (not the total of a pair). */
export function singlesOf(s: SentenceView, pairs: readonly Anchor[]): Anchor[] {
  const inPair = new Set<Tok>();
  for (const p of pairs) {
    if (p.kTok) inPair.add(p.kTok);
    if (p.nTok) inPair.add(p.nTok);
  }
  const out: Anchor[] = [];
  // The base of a ratio ('four out of five (82%)') is no count a share can be of.
  for (const t of s.toks) if (isCountTok(s, t) && !inPair.has(t) && !ratioBase(s.text, t)) out.push({ k: countFig(t), kTok: t, end: t.end });
  return out;
}

/**
 * A share (a percentage or a fraction) of the group `g` before `pos`, after the group or right before its 'of the',
 * whose count is not written ('Of the 45 staff, 80% said …', 'Four in five (80%) of the 45 staff …'): a later 'of
 * those' may mean that part as well as the group.
 */
export function sharePartOf(s: SentenceView, g: Tok, pos: number): boolean {
  return s.toks.some((t) => (t.kind === 'pct' || t.kind === 'frac') && t.end <= pos && (t.start > g.end || (t.end <= g.start && /^\s*\)?\s*(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+|its\s+|our\s+|their\s+)?$/i.test(s.text.slice(t.end, g.start)))));
}
