/**
 * The numbers extractor: finds the numeric claims of one block and judges
 * each under the report's rounding policy. Everything it needs lies inside
 * the block (a finding never crosses a heading); claims that need other
 * blocks (a summary restating a criterion, a section's mean) are checked by
 * rules on the assembled model.
 */
import type { Framework } from '../framework/framework.js';
import type { Span } from '../model.js';
import type { BlockData, ExtractorContext } from '../parse/block.js';
import { RULE, type ClaimRecord } from './claim.js';
import { fractionInterval, percentInterval } from './interval.js';
import {
  countOperand,
  fracOperand,
  fractionSuggestion,
  impossible,
  judgeComplementCount,
  judgeComplementShare,
  judgeCountOf,
  judgeFractionOf,
  judgeGrim,
  judgeInterval,
  judgeNoTotal,
  judgePercentInterval,
  judgeQuantifier,
  judgeRatio,
  judgeShare,
  ok,
  pctOperand,
  unchecked,
  written,
  type CountIn,
  type FracIn,
  type PctIn,
} from './judge.js';
import { resolvePolicy } from './policy.js';
import { judge, type RoundingPolicy } from './rounding.js';
import { blankScope, firstTokFrom, isPopulation, nounAfter, sameGroup, scopesOf, sentencesOf, tokensOf, type Tok } from './scan.js';
import { sectionScoreClaim, tableClaims } from './table.js';
import { DEFAULT_QUANTIFIER_BANDS, NUMBER } from './words.js';

const SCORE_LINE = /^(?:(?:overall\s+)?score\s*:\s*)?\d{1,3}(?:\.\d+)?\s*%$/i;
const SECTION_SCORE_LINE = /^(?:(?:section|overall|mean|average)\s+)?(?:score|mean|average)?\s*(?:score)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\s*%$/i;
const SECTION_SCORE_PROSE = /\bsection\s+(\d+)(?:\s+(?:overall|mean|average))?\s+(?:score|mean|average)(?:\s+(?:was|is|of|stood\s+at))?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\s*%/gi;

export function extractClaims(block: BlockData, masked: string, framework: Framework | undefined, context: ExtractorContext): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (block.frontMatter) return out;
  const policy = resolvePolicy(framework, context);
  const bands = framework?.data.quantifiers?.bands?.length ? framework.data.quantifiers.bands : DEFAULT_QUANTIFIER_BANDS;
  const base = block.offset;
  const heading = block.heading;
  const criterionId = heading?.kind === 'criterion' ? heading.id : undefined;
  const refs = block.references.map((r) => ({ start: r.span.start - base, end: r.span.end - base })).sort((a, b) => a.start - b.start);

  for (const scope of scopesOf(block, masked)) {
    const raw = masked.slice(scope.start, scope.end);
    if (scope.kind === 'table') {
      for (const c of tableClaims(raw, base + scope.start, policy)) out.push(withCriterion(c, criterionId));
      continue;
    }
    // Both score-line patterns end in '%', so only a scope whose last visible character is '%'
    // can match: the folded text is built for those alone.
    const plain = (heading?.kind === 'criterion' || heading?.kind === 'section') && endsWithPercent(raw) ? foldSpace(raw) : '';
    if (heading?.kind === 'criterion' && SCORE_LINE.test(plain)) continue;
    if (heading?.kind === 'section') {
      const m = SECTION_SCORE_LINE.exec(plain);
      if (m && /\d/.test(plain)) {
        const at = raw.indexOf(m[1]!);
        const pctEnd = raw.indexOf('%', at) + 1;
        out.push(sectionScoreClaim(heading.id!, base + scope.start + at, base + scope.start + pctEnd, raw.slice(at, pctEnd)));
        continue;
      }
    }
    // The references inside the scope, found by a binary search (a filter per scope is quadratic).
    const localRefs: { start: number; end: number }[] = [];
    let lo = 0;
    let hi = refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (refs[mid]!.start < scope.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < refs.length && refs[i]!.start < scope.end; i++) {
      const r = refs[i]!;
      if (r.end <= scope.end) localRefs.push({ start: r.start - scope.start, end: r.end - scope.start });
    }
    // Stated section scores written as prose ('The section 1 score was 73%').
    SECTION_SCORE_PROSE.lastIndex = 0;
    for (let m = SECTION_SCORE_PROSE.exec(raw); m; m = SECTION_SCORE_PROSE.exec(raw)) {
      const at = m.index + m[0].lastIndexOf(m[2]!);
      const end = raw.indexOf('%', at) + 1;
      out.push(sectionScoreClaim(m[1]!, base + scope.start + at, base + scope.start + end, raw.slice(at, end)));
    }
    const text = blankScope(raw, localRefs);
    new ProseScope(text, base + scope.start, policy, bands, criterionId, out).run();
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

/** Whether the last character that is not white space is '%' (the last character of `foldSpace(s)`). */
function endsWithPercent(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && WHITE.test(s[i]!)) i--;
  return i >= 0 && s[i] === '%';
}
const WHITE = /\s/;

/** `s.replace(/\s+/g, ' ').trim()`, without the replacement pass when there is nothing to fold. */
function foldSpace(s: string): string {
  return (NEEDS_FOLD.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}
/** White space that folding changes: a run of two or more, or one that is not a plain space. */
const NEEDS_FOLD = /\s\s|[^\S ]/;

function withCriterion(c: ClaimRecord, criterionId: string | undefined): ClaimRecord {
  return criterionId ? { ...c, criterionId } : c;
}

// ---------------------------------------------------------------- prose

const OF_N = /^\s+(?:of|out\s+of)\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|all\s+(?:the\s+)?|the\s+|these\s+|those\s+)?\[?$/i;
const OF_N_PAREN = /^\s*\)\s+of\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|all\s+(?:the\s+)?|the\s+|these\s+|those\s+)?\[?$/i;
const OPEN = /^\s*\(\s*$/;
const PAIR = /^\s+(?:of|out\s+of)\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|the\s+)?$|^\s*\/\s*$/i;
const BACKREF = /^\s+of\s+(?:these|those|them)\b/i;
/** Words that introduce the rest of a share. Group 1 set: the rest may refer to the previous sentence ('This left 21 cases'). */
const TRIGGER = /\b((?:this|that|it|which)\s+(?:left|leaves|meant|means)(?:\s+that)?)\b|,\s*(?:leaving|meaning(?:\s+that)?)\b|\bthe\s+(?:remaining|outstanding)\b/gi;
const REMAINING_AFTER = new RegExp(String.raw`\bthe\s+(${NUMBER})\s+(?:remaining|outstanding)\b`, 'gi');
/** Every match of TRIGGER and REMAINING_AFTER has one of these in it: a sentence without them has no complement. */
const MAY_HAVE_COMPLEMENT = /left|leav|mean|remaining|outstanding/i;
/** 'of the …' after a quantifier phrase. */
const QUANTIFIER_OF = /^\s+of\s+(?:the\s+|these\s+|those\s+)?(?=\S)/i;

interface Pop {
  tok: Tok;
  span: Span;
  /** Absolute end, for 'before the claim' tests. */
  end: number;
  /** The sentence it was stated in. */
  sentence: number;
  /** The head noun after it ('cases', 'offenders'), when there is one. */
  noun?: string;
}

/** How far the readers look before or after a token (characters). */
const WINDOW = 400;
/** How many of the latest candidate totals a claim considers (a finding names far fewer). */
const RECENT_POPS = 64;

/** Words that point back to a group named before: a total may then come from an earlier sentence. */
const ANAPHORA = /\b(?:these|those|this|such|them|they|of\s+whom|of\s+which)\b/i;

interface ShareBase {
  end: number;
  sentence: number;
  p?: PctIn;
  k?: CountIn;
  n?: CountIn;
  /** The total may be looked up in earlier text. */
  implicitN?: boolean;
  /** The share's sentence points back ('This was …'), so its total may be in an earlier sentence. */
  back?: boolean;
}

/** The start of a claim record: its kind and span, the sentence it sits in, and its criterion. */
type ClaimBase = { kind: string; span: Span; sentence: { text: string; span: Span }; criterionId?: string };

/** One sentence being read: its text, tokens and claimed tokens, and the helpers its readers share. */
interface Reading {
  text: string;
  /** Absolute offset of the sentence. */
  at: number;
  /** Index of the sentence in its scope. */
  si: number;
  toks: Tok[];
  /** Tokens already part of a claim. */
  used: Set<Tok>;
  span(t: { start: number; end: number }): Span;
  claimBase(start: number, end: number, kind: string): ClaimBase;
  pctIn(t: Tok): PctIn;
  countIn(t: Tok): CountIn;
  fracIn(t: Tok): FracIn;
  between(a: Tok, b: Tok): string;
  after(t: Tok): string;
  before(t: Tok): string;
  isCount(t: Tok | undefined): t is Tok;
  closeAfter(t: Tok): number;
  emit(c: ClaimRecord): void;
  pushBase(b: Omit<ShareBase, 'sentence'>): void;
  popsBefore(pos: number, min?: number, exclude?: Tok[], look?: { backward?: boolean; noun?: string }): Pop[];
  lookOf(s: number, e: number): { backward: boolean; noun: string | undefined };
  anaphoraBefore(s: number): boolean;
  addPop(t: Tok): void;
}

class ProseScope {
  private pops: Pop[] = [];
  private bases: ShareBase[] = [];
  /** Population counts of the sentence being read. */
  private sentencePopsNow: Pop[] = [];

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly policy: RoundingPolicy,
    private readonly bands: readonly { phrase: string; min: number; max: number }[],
    private readonly criterionId: string | undefined,
    private readonly out: ClaimRecord[],
  ) {}

  run(): void {
    const sentences = sentencesOf(this.text);
    sentences.forEach((s, si) => this.sentence(this.text.slice(s.start, s.end), this.base + s.start, si));
  }

  private sentence(text: string, at: number, si: number): void {
    const toks = tokensOf(text);
    // Every claim, total and share base is made of tokens: a sentence without any (most of them)
    // adds nothing and changes no state that a later sentence reads (its index still counts).
    if (toks.length === 0) return;
    const span = (t: { start: number; end: number }): Span => ({ start: at + t.start, end: at + t.end });
    // The folded sentence is shared by the sentence's claims; most sentences have none, so it is built on first use.
    let sent: { text: string; span: Span } | undefined;
    // Optional fields are assigned, not spread from `cond ? {…} : {}` (same properties, same order, faster).
    const claimBase = (start: number, end: number, kind: string): ClaimBase => {
      const b: ClaimBase = {
        kind,
        span: { start: at + start, end: at + end },
        sentence: (sent ??= { text: foldSpace(text), span: { start: at, end: at + text.length } }),
      };
      if (this.criterionId) b.criterionId = this.criterionId;
      return b;
    };
    const pctIn = (t: Tok): PctIn => {
      const p: PctIn = { scaled: t.value, decimals: t.decimals, raw: t.raw, span: span(t) };
      if (t.hedge) p.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
      return p;
    };
    const countIn = (t: Tok): CountIn => {
      const c: CountIn = { value: t.value, raw: t.raw, span: span(t) };
      if (t.word) c.word = true;
      return c;
    };
    const fracIn = (t: Tok): FracIn => {
      const f: FracIn = { fraction: t.fraction!, raw: t.raw, span: span(t) };
      if (t.hedge) f.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
      return f;
    };
    const between = (a: Tok, b: Tok) => text.slice(a.end, b.start);
    // What follows or precedes a token, within a window: every pattern read on them looks at a
    // few words, and the whole rest of a long sentence per token would make the reading quadratic.
    // A cut prefix starts with a NUL so that a pattern anchored at the sentence start cannot match it.
    const after = (t: Tok) => text.slice(t.end, t.end + WINDOW);
    const before = (t: Tok) => (t.start <= WINDOW ? text.slice(0, t.start) : `\u0000${text.slice(t.start - WINDOW, t.start)}`);
    const isCount = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'num' && !t.notCount;
    // '(20/73)' after a percentage is a count and its total, not a date: the tokens take back their role.
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i]!;
      const b = toks[i + 1]!;
      if (a.kind === 'num' && b.kind === 'num' && Number.isInteger(a.value) && Number.isInteger(b.value) && a.value <= b.value && b.value < 1900 && /^\s*\/\s*$/.test(text.slice(a.end, b.start)) && /\(\s*$/.test(text.slice(Math.max(0, a.start - WINDOW), a.start)) && /^\s*\)/.test(text.slice(b.end, b.end + WINDOW))) {
        a.notCount = false;
        b.notCount = false;
      }
    }
    // Where the first word pointing back ends ('these', 'of whom'): found once, not per claim.
    let anaphoraEnd: number | undefined;
    const anaphoraBefore = (s: number): boolean => {
      if (anaphoraEnd === undefined) {
        const m = ANAPHORA.exec(text);
        anaphoraEnd = m ? m.index + m[0].length : Infinity;
      }
      return anaphoraEnd <= s;
    };
    const closeAfter = (t: Tok): number => {
      const m = /^[^()]*?\)/.exec(after(t));
      return m ? t.end + m[0].length : t.end;
    };
    const claims: ClaimRecord[] = [];
    const used = new Set<Tok>();
    const emit = (c: ClaimRecord) => {
      claims.push(c);
      this.out.push(c);
    };
    // Every caller passes a fresh literal, so it is completed in place (cheaper than copying it).
    const pushBase = (b: Omit<ShareBase, 'sentence'>) => this.bases.push(Object.assign(b, { sentence: si }));

    // Population counts of this sentence become candidate totals for what follows.
    const sentencePops: Pop[] = [];
    const pop = (t: Tok): Pop => ({ tok: t, span: span(t), end: at + t.end, sentence: si, noun: nounAfter(text, t.end) });
    for (const t of toks) if (isPopulation(text, t)) sentencePops.push(pop(t));
    this.sentencePopsNow = sentencePops;
    // The first `scanned` are in text order; `addPop` appends the rest as claims name them.
    const scanned = sentencePops.length;
    const popToks = new Set<Tok>(sentencePops.map((p) => p.tok));
    /** The latest candidates before `pos`: at most RECENT_POPS from earlier sentences and from each part of this one. */
    const recentPops = (pos: number): Pop[] => {
      const out = this.pops.length > RECENT_POPS ? this.pops.slice(-RECENT_POPS) : this.pops.slice();
      let lo = 0;
      let hi = scanned;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentencePops[mid]!.end <= pos) lo = mid + 1;
        else hi = mid;
      }
      for (let i = Math.max(0, lo - RECENT_POPS); i < lo; i++) out.push(sentencePops[i]!);
      for (let i = Math.max(scanned, sentencePops.length - RECENT_POPS); i < sentencePops.length; i++) if (sentencePops[i]!.end <= pos) out.push(sentencePops[i]!);
      return out;
    };
    /**
     * Candidate totals before a position, nearest first. Earlier sentences count only when the
     * claim points back ('of these', 'These issues …'); a named group must be the same kind.
     */
    const popsBefore = (pos: number, min = 0, exclude: Tok[] = [], look: { backward?: boolean; noun?: string } = {}): Pop[] =>
      recentPops(pos)
        .filter((p) => p.tok.value >= min && !exclude.includes(p.tok))
        .filter((p) => p.sentence === si || look.backward !== false)
        .filter((p) => sameGroup(p.noun, look.noun))
        .sort((a, b) => b.end - a.end);
    /** How a claim at [s, e) points back: anaphora before it in the sentence, or 'of these' after it. */
    const lookOf = (s: number, e: number) => {
      const rest = text.slice(e, e + WINDOW);
      const m = /^\s*\)?\s*of\s+(?:these|those|them)\b\s*(?:\[\s*\d+\s*\]\s*)?([A-Za-z][\w'-]*)?/i.exec(rest);
      const of = /^\s*\)?\s*of\s+(?:the\s+)?([A-Za-z][\w'-]*)/i.exec(rest);
      const noun = m?.[1] ?? of?.[1];
      return { backward: m !== null || anaphoraBefore(s), noun: noun && !/^(?:the|these|those|all|them)$/i.test(noun) ? noun.toLowerCase() : undefined };
    };
    const addPop = (t: Tok) => {
      if (!popToks.has(t) && isCount(t)) {
        popToks.add(t);
        sentencePops.push(pop(t));
      }
    };

    const r: Reading = { text, at, si, toks, used, span, claimBase, pctIn, countIn, fracIn, between, after, before, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, anaphoraBefore, addPop };
    // The readers are methods of their own rather than one long body: small functions are
    // optimised by V8 early, a very long one only after many analyses.
    this.ofThese(r);
    this.totalFirst(r);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (used.has(t)) continue;
      if (t.kind === 'pct') this.percentAt(r, i);
      else if (t.kind === 'frac') this.fractionAt(r, i);
      else if (!t.notCount) this.countAt(r, i);
    }

    this.complements(text, at, si, toks, used, claimBase, pctIn, countIn, fracIn, emit);
    this.quantifiers(text, toks, claimBase, pctIn, countIn, emit);

    // Counts that state the size of a group are claims too (and totals for what follows).
    const inClaim = new Set<string>();
    for (const c of claims) for (const o of c.operands) inClaim.add(`${o.span.start}:${o.span.end}`);
    for (const p of sentencePops) {
      if (!used.has(p.tok) && !inClaim.has(`${p.span.start}:${p.span.end}`)) {
        // Built field by field so that criterionId keeps its place after span (no spread in the middle, which is slow).
        const c = { kind: 'count', span: p.span } as ClaimRecord;
        if (this.criterionId) c.criterionId = this.criterionId;
        c.operands = [countOperand(countIn(p.tok), 'n')];
        c.verdict = 'unchecked';
        c.arithmetic = `a count: ${p.tok.value}`;
        this.out.push(c);
      }
    }
    // A loop, not a spread: a spread of a very long list overflows the call stack.
    for (const p of sentencePops.sort((a, b) => a.end - b.end)) this.pops.push(p);
  }

  /** 'Of these, 24 had been visited': the total is the one stated before. */
  private ofThese(r: Reading): void {
    const { text, at, toks, used, claimBase, countIn, before, isCount, emit, pushBase, popsBefore } = r;
    const k0 = toks[0];
    const m = /^\s*(?:of|out\s+of)\s+(?:these|those|them)\s*,\s*(?:only\s+|just\s+)?$/i.exec(k0 ? before(k0) : '');
    if (m && isCount(k0)) {
      const cands = popsBefore(at + k0.start, 1, [k0], { backward: true, noun: nounAfter(text, k0.end) });
      if (cands.length > 0) {
        used.add(k0);
        const fit = cands.find((c) => c.tok.value >= k0.value) ?? cands[0]!;
        const n: CountIn = { ...countIn(fit.tok), span: fit.span, inferred: true };
        emit(judgeCountOf(claimBase(m.index + m[0].search(/\S/), k0.end, 'count-of'), countIn(k0), n, [{ span: fit.span, message: `'these' is taken to mean the ${fit.tok.raw} here` }]));
        pushBase({ end: at + k0.end, k: countIn(k0), n });
      }
    }
  }

  /** 'Of the 50 questionnaires sent, 12 were returned' / 'Of the 84 cases, 45% …': the total comes first. */
  private totalFirst(r: Reading): void {
    const { text, at, toks, used, claimBase, pctIn, countIn, between, before, isCount, emit, pushBase, addPop } = r;
    const [n0, k0] = toks;
    if (
      isCount(n0) &&
      k0 &&
      /^\s*(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$/i.test(before(n0)) &&
      /^[^.;:()]*,\s*(?:only\s+|just\s+|some\s+)?$/i.test(between(n0, k0)) &&
      // 'Of the 3 offices, 45 staff …' counts something else.
      (k0.kind !== 'num' || sameGroup(nounAfter(text, n0.end), nounAfter(text, k0.end)))
    ) {
      const n = countIn(n0);
      if (k0.kind === 'num' && !k0.notCount) {
        used.add(n0).add(k0);
        addPop(n0);
        const k = countIn(k0);
        const paren = this.parenFigure(text, toks, k0.end, at);
        if (paren?.p) {
          used.add(paren.tok);
          emit(judgeShare(claimBase(n0.start, paren.close, 'count-of'), paren.p, k, n, this.policy));
        } else {
          emit(judgeCountOf({ ...claimBase(n0.start, k0.end, 'count-of') }, k, n));
        }
        pushBase({ end: at + k0.end, k, n });
      } else if (k0.kind === 'pct') {
        used.add(n0).add(k0);
        addPop(n0);
        const p = pctIn(k0);
        const paren = this.parenFigure(text, toks, k0.end, at);
        if (paren?.k) {
          used.add(paren.tok);
          emit(judgeShare(claimBase(n0.start, paren.close, 'percent-of'), p, paren.k, n, this.policy));
          pushBase({ end: at + paren.close, p, k: paren.k, n });
        } else {
          emit(p.hedge ? unchecked(claimBase(n0.start, k0.end, 'percent-of'), [pctOperand(p), countOperand(n, 'n')], `${p.hedge.raw} ${written(p)} of ${n.value}`) : judgeGrim(claimBase(n0.start, k0.end, 'percent-of'), p, n, this.policy));
          pushBase({ end: at + k0.end, p, n });
        }
      }
    }
  }

  /** A percentage token, with what completes it: '(k of n)', '(k)', '(n = N)', 'of n', a later '(k of n)', 'of these', or nothing. */
  private percentAt(r: Reading, i: number): void {
    const { text, at, toks, used, claimBase, pctIn, countIn, between, after, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, addPop } = r;
    const t = toks[i]!;
    const t1 = toks[i + 1];
    const t2 = toks[i + 2];
    const p = pctIn(t);
    // P% (k of n)
    if (isCount(t1) && isCount(t2) && OPEN.test(between(t, t1)) && PAIR.test(between(t1, t2)) && /^[^()]*\)/.test(after(t2))) {
      const c = judgeShare(claimBase(t.start, closeAfter(t2), 'percent-count-of'), p, countIn(t1), countIn(t2), this.policy);
      emit(c);
      used.add(t).add(t1).add(t2);
      addPop(t2);
      pushBase({ end: at + t2.end, p, k: countIn(t1), n: countIn(t2) });
      return;
    }
    // P% (k) [of the n]
    if (isCount(t1) && OPEN.test(between(t, t1)) && /^\s*\)/.test(after(t1))) {
      const close = closeAfter(t1);
      used.add(t).add(t1);
      const k = countIn(t1);
      if (isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start))) {
        const end = bracketEnd(text, t2);
        emit(judgeShare(claimBase(t.start, end, 'percent-count'), p, k, countIn(t2), this.policy));
        used.add(t2);
        addPop(t2);
        pushBase({ end: at + t2.end, p, k, n: countIn(t2) });
        return;
      }
      const cands = popsBefore(at + t.start, t1.value, [t1], lookOf(t.start, close));
      if (cands.length > 0) {
        const pick = cands.find((c) => judge(k.value, c.tok.value, p.scaled, p.decimals, this.policy).verdict === 'ok') ?? cands[0]!;
        const n: CountIn = { ...countIn(pick.tok), span: pick.span, inferred: true };
        const claim = judgeShare(claimBase(t.start, close, 'percent-count'), p, k, n, this.policy, [{ span: pick.span, message: `the total, ${pick.tok.raw}, is taken from here` }]);
        emit(claim);
        pushBase({ end: at + close, p, k, n });
      } else {
        emit(judgeNoTotal(claimBase(t.start, close, 'percent-count'), p, k, this.policy));
        pushBase({ end: at + close, p, k });
      }
      return;
    }
    // P% (n = N): the total in brackets
    if (isCount(t1) && /^\s*\(\s*(?:n|base|total)\s*[=:]\s*$/i.test(between(t, t1)) && /^\s*\)/.test(after(t1))) {
      used.add(t).add(t1);
      addPop(t1);
      const n = countIn(t1);
      const end = closeAfter(t1);
      if (p.hedge) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p), countOperand(n, 'n')], `${p.hedge.raw} ${written(p)} of ${n.value}: no count stated`));
      else emit(judgeGrim(claimBase(t.start, end, 'percent-of'), p, n, this.policy));
      pushBase({ end: at + end, p, n });
      return;
    }
    // P% of [the] n  (GRIM), also with an editor's [n], and with a later '(k)'
    if (isCount(t1) && OF_N.test(between(t, t1)) && !/^\s*(?:of|out)\b/i.test(after(t1))) {
      const end = bracketEnd(text, t1);
      used.add(t).add(t1);
      addPop(t1);
      const n = countIn(t1);
      const paren = this.parenFigure(text, toks, end, at);
      if (paren?.k) {
        used.add(paren.tok);
        emit(judgeShare(claimBase(t.start, paren.close, 'percent-of'), p, paren.k, n, this.policy));
        pushBase({ end: at + paren.close, p, k: paren.k, n });
        return;
      }
      if (p.hedge) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p), countOperand(n, 'n')], `${p.hedge.raw} ${written(p)} of ${n.value}: no count stated`));
      else emit(judgeGrim(claimBase(t.start, end, 'percent-of'), p, n, this.policy));
      pushBase({ end: at + end, p, n });
      return;
    }
    // P% … (k of n …) later in the sentence
    const later = laterPair(text, toks, i);
    if (later) {
      const [a, b, close] = later;
      used.add(t).add(a).add(b);
      addPop(b);
      emit(judgeShare(claimBase(t.start, close, 'percent-count-of'), p, countIn(a), countIn(b), this.policy));
      pushBase({ end: at + b.end, p, k: countIn(a), n: countIn(b) });
      return;
    }
    // P% of these (a back-reference to a total stated before)
    if (BACKREF.test(after(t)) && !p.hedge) {
      const cands = popsBefore(at + t.start, 1, [], lookOf(t.start, t.end));
      const end = t.end + BACKREF.exec(after(t))![0].length;
      used.add(t);
      if (cands.length > 0) {
        const claimsFor = cands.map((c) => judgeGrim(claimBase(t.start, end, 'percent-of'), p, { ...countIn(c.tok), span: c.span, inferred: true }, this.policy, [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }]));
        const good = claimsFor.find((c) => c.verdict === 'ok') ?? claimsFor.find((c) => c.verdict === 'convention') ?? claimsFor[0]!;
        emit(good);
        pushBase({ end: at + end, p, n: { ...countIn(cands[claimsFor.indexOf(good)]!.tok), span: cands[claimsFor.indexOf(good)]!.span, inferred: true } });
      } else {
        emit(this.barePercent(claimBase(t.start, end, 'percent'), p, true));
        pushBase({ end: at + end, p, implicitN: true });
      }
      return;
    }
    // A percentage on its own.
    used.add(t);
    const isShare = shareContext(text, t);
    emit(this.barePercent(claimBase(t.hedge ? t.hedge.start : t.start, t.end, 'percent'), p, isShare, isShare && ofGroup(text, t)));
    if (isShare) pushBase({ end: at + t.end, p, implicitN: true, back: r.anaphoraBefore(t.start) });
    return;
  }

  /** A fraction token, with what completes it: '(k of n)', '(P%)', '(k) of the n', 'of n', a later '(k of n)', 'of these', or nothing. */
  private fractionAt(r: Reading, i: number): void {
    const { text, at, toks, used, claimBase, pctIn, countIn, fracIn, between, after, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, addPop } = r;
    const t = toks[i]!;
    const t1 = toks[i + 1];
    const t2 = toks[i + 2];
    const f = fracIn(t);
    const startAt = t.hedge ? t.hedge.start : t.start;
    const said = `${f.hedge ? `${f.hedge.raw} ` : ''}${f.raw}`;
    const fi = fractionInterval(f.fraction, f.hedge?.kind);
    const fiOf = (n: number) => fractionInterval(f.fraction, f.hedge?.kind, n);
    used.add(t);
    // fraction (k of n)
    if (isCount(t1) && isCount(t2) && OPEN.test(between(t, t1)) && PAIR.test(between(t1, t2)) && /^[^()]*\)/.test(after(t2))) {
      used.add(t1).add(t2);
      addPop(t2);
      emit(withSuggestion(judgeInterval(claimBase(startAt, closeAfter(t2), 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand(countIn(t2), 'n')], fiOf, said, t1.value, t2.value, RULE.fractionMismatch), f, t1.value, t2.value, { start: at + startAt, end: at + t.end }));
      pushBase({ end: at + t2.end, k: countIn(t1), n: countIn(t2) });
      return;
    }
    // fraction (P%)
    if (t1?.kind === 'pct' && !t1.hedge && (OPEN.test(between(t, t1)) || /^\s+(?:[A-Za-z][\w'-]*\s+){1,3}\(\s*$/.test(between(t, t1))) && /^\s*\)/.test(after(t1))) {
      used.add(t1);
      const p = pctIn(t1);
      emit(judgePercentInterval(claimBase(startAt, closeAfter(t1), 'fraction'), [fracOperand(f), pctOperand(p)], p, fi, said, RULE.fractionMismatch, this.policy.mode !== 'nearest'));
      pushBase({ end: at + t1.end, p, implicitN: true });
      return;
    }
    // fraction (k) of the n  /  fraction of the n (k)
    if (isCount(t1) && OPEN.test(between(t, t1)) && /^\s*\)/.test(after(t1))) {
      used.add(t1);
      if (isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start))) {
        used.add(t2);
        addPop(t2);
        emit(withSuggestion(judgeInterval(claimBase(startAt, bracketEnd(text, t2), 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k'), countOperand(countIn(t2), 'n')], fiOf, said, t1.value, t2.value, RULE.fractionMismatch), f, t1.value, t2.value, { start: at + startAt, end: at + t.end }));
        pushBase({ end: at + t2.end, k: countIn(t1), n: countIn(t2) });
      } else {
        emit(unchecked(claimBase(startAt, closeAfter(t1), 'fraction'), [fracOperand(f), countOperand(countIn(t1), 'k')], `${said} (${t1.value}): no total stated`));
      }
      return;
    }
    if (isCount(t1) && OF_N.test(between(t, t1))) {
      used.add(t1);
      addPop(t1);
      const end = bracketEnd(text, t1);
      if (isCount(t2) && OPEN.test(text.slice(end, t2.start).replace(/^(?:\s+[A-Za-z][\w'-]*){0,4}/, '')) && /^\s*\)/.test(after(t2))) {
        used.add(t2);
        emit(withSuggestion(judgeInterval(claimBase(startAt, closeAfter(t2), 'fraction'), [fracOperand(f), countOperand(countIn(t2), 'k'), countOperand(countIn(t1), 'n')], fiOf, said, t2.value, t1.value, RULE.fractionMismatch), f, t2.value, t1.value, { start: at + startAt, end: at + t.end }));
        pushBase({ end: at + t2.end, k: countIn(t2), n: countIn(t1) });
      } else {
        emit(judgeFractionOf(claimBase(startAt, end, 'fraction'), f, countIn(t1)));
      }
      return;
    }
    // fraction … (k of n) later in the sentence
    const laterF = laterPair(text, toks, i);
    if (laterF) {
      const [a, b, close] = laterF;
      used.add(a).add(b);
      addPop(b);
      emit(withSuggestion(judgeInterval(claimBase(startAt, close, 'fraction'), [fracOperand(f), countOperand(countIn(a), 'k'), countOperand(countIn(b), 'n')], fiOf, said, a.value, b.value, RULE.fractionMismatch), f, a.value, b.value, { start: at + startAt, end: at + t.end }));
      pushBase({ end: at + b.end, k: countIn(a), n: countIn(b) });
      return;
    }
    if (BACKREF.test(after(t))) {
      const cands = popsBefore(at + t.start, 1, [], lookOf(t.start, t.end));
      const end = t.end + BACKREF.exec(after(t))![0].length;
      if (cands.length > 0) {
        const all = cands.map((c) => judgeFractionOf(claimBase(startAt, end, 'fraction'), f, { ...countIn(c.tok), span: c.span, inferred: true }, { sources: [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }] }));
        emit(all.find((c) => c.verdict === 'ok') ?? all[0]!);
        return;
      }
    }
    emit(unchecked(claimBase(startAt, t.end, 'fraction'), [fracOperand(f)], `${said} = ${describeFraction(f)}: no total stated`, { interval: { lo: fi.lo.n / fi.lo.d, hi: fi.hi.n / fi.hi.d, loOpen: fi.loOpen, hiOpen: fi.hiOpen } }));
    return;
  }

  /** A count token: 'all but c', 'both of the n', 'none of the n', 'all n', 'k (P%)', 'k of n', 'k in n', 'k of these'. */
  private countAt(r: Reading, i: number): void {
    const { text, at, toks, used, span, claimBase, pctIn, countIn, between, after, before, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, addPop } = r;
    const t = toks[i]!;
    const t1 = toks[i + 1];
    const t2 = toks[i + 2];
    const pre = text.slice(Math.max(0, t.start - 80), t.start);
    // 'all but', 'both/either/neither of the', 'none of the' and '(in) all (of the)' each end with
    // one of a few words and white space; a count after anything else skips the four patterns,
    // which would each scan all of `pre`.
    const qualified = endsWithQualifier(pre);
    // all but c [of the n]
    const allBut = qualified ? /\ball\s+but\s+$/i.exec(pre) : null;
    if (allBut) {
      used.add(t);
      const start = t.start - allBut[0].length;
      const c = countIn(t);
      if (isCount(t1) && OF_N.test(between(t, t1))) {
        used.add(t1);
        addPop(t1);
        const n = countIn(t1);
        const end = bracketEnd(text, t1);
        if (c.value >= n.value) {
          emit(impossible(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value}: nothing is left`, `'all but ${t.raw}' of ${n.value} leaves nothing`));
        } else {
          const k: CountIn = { value: n.value - c.value, raw: `${n.value - c.value}`, span: c.span, inferred: true };
          const paren = this.parenFigure(text, toks, end, at);
          if (paren?.p) {
            used.add(paren.tok);
            emit(judgeShare(claimBase(start, paren.close, 'all-but'), paren.p, k, n, this.policy));
          } else if (paren?.k) {
            used.add(paren.tok);
            emit(judgeComplementCount(claimBase(start, paren.close, 'all-but'), n, paren.k, undefined, c, this.policy));
          } else {
            emit(ok(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value} = ${n.value - c.value} ✓`));
          }
          pushBase({ end: at + end, k, n });
        }
        return;
      }
      // all but c of these (cases): the total stated before
      if (BACKREF.test(after(t))) {
        const end = t.end + BACKREF.exec(after(t))![0].length;
        const cands = popsBefore(at + t.start, 1, [t], lookOf(t.start, t.end));
        if (cands.length > 0) {
          const fit = cands.find((x) => x.tok.value > c.value) ?? cands[0]!;
          const n: CountIn = { ...countIn(fit.tok), span: fit.span, inferred: true };
          const sources = [{ span: fit.span, message: `'these' is taken to mean the ${fit.tok.raw} here` }];
          if (c.value >= n.value) emit(impossible(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value}: nothing is left`, `'all but ${t.raw}' of ${n.value} leaves nothing`, { sources }));
          else emit(ok(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value} = ${n.value - c.value} ✓`, { sources }));
          pushBase({ end: at + end, k: { value: n.value - c.value, raw: `${n.value - c.value}`, span: c.span, inferred: true }, n });
          return;
        }
      }
      const paren = this.parenFigure(text, toks, t.end, at);
      if (paren?.p) {
        // 'all but two (93%)': is there a total n with (n − 2) / n = 93%?
        used.add(paren.tok);
        emit(judgeComplementCount(claimBase(start, paren.close, 'all-but'), undefined, undefined, paren.p, c, this.policy));
      } else {
        emit(unchecked(claimBase(start, t.end, 'all-but'), [countOperand(c, 'c')], `all but ${c.value}: no total stated`));
      }
      return;
    }
    // both / either / neither of the n
    const pair = qualified ? /\b(both|either|neither)\s+of\s+(?:the|these|those)\s+$/i.exec(pre) : null;
    if (pair) {
      used.add(t);
      addPop(t);
      const start = t.start - pair[0].length;
      const n = countIn(t);
      if (n.value !== 2) emit(impossible(claimBase(start, t.end, 'extreme'), [countOperand(n, 'n')], `'${pair[1]!.toLowerCase()}' means two, not ${n.value}`, `'${pair[1]!.toLowerCase()} of the ${t.raw}' only makes sense for two`));
      else emit(ok(claimBase(start, t.end, 'extreme'), [countOperand(n, 'n')], `${pair[1]!.toLowerCase()} of 2 ✓`));
      return;
    }
    // none of the n
    const none = qualified ? /\bnone\s+of\s+(?:the|these|those)\s+$/i.exec(pre) : null;
    if (none) {
      used.add(t);
      addPop(t);
      emit(ok(claimBase(t.start - none[0].length, t.end, 'extreme'), [countOperand(countIn(t), 'n')], `none of ${t.value} = 0 ✓`));
      pushBase({ end: at + t.end, k: { value: 0, raw: '0', span: span(t), inferred: true }, n: countIn(t) });
      return;
    }
    // all n [of the m]
    const all = qualified ? /\b(?:in\s+)?all\s+(?:of\s+the\s+)?$/i.exec(pre) : null;
    if (all && !/\ball\s+but\s+$/i.test(pre)) {
      used.add(t);
      addPop(t);
      const start = t.start - all[0].length + (all[0].toLowerCase().startsWith('in') ? 3 : 0);
      if (isCount(t1) && OF_N.test(between(t, t1))) {
        used.add(t1);
        addPop(t1);
        const end = bracketEnd(text, t1);
        if (t.value !== t1.value) emit(impossible(claimBase(start, end, 'extreme'), [countOperand(countIn(t), 'k'), countOperand(countIn(t1), 'n')], `all ${t.value} of ${t1.value}: 'all' means ${t1.value}`, `'all ${t.raw} of the ${t1.raw}': all of ${t1.value} is ${t1.value}`));
        else emit(ok(claimBase(start, end, 'extreme'), [countOperand(countIn(t), 'k'), countOperand(countIn(t1), 'n')], `all ${t.value} of ${t1.value} ✓`));
        return;
      }
      emit(ok(claimBase(start, t.end, 'extreme'), [countOperand(countIn(t), 'n')], `all ${t.value} ✓`));
      pushBase({ end: at + t.end, k: countIn(t), n: countIn(t) });
      return;
    }
    // k (P%) [of the n]
    if (t1?.kind === 'pct' && !t1.hedge && (OPEN.test(between(t, t1)) || /^\s+(?:[A-Za-z][\w'-]*\s+){1,3}\(\s*$/.test(between(t, t1))) && /^\s*\)/.test(after(t1))) {
      used.add(t).add(t1);
      const p = pctIn(t1);
      const k = countIn(t);
      if (isCount(t2) && OF_N_PAREN.test(text.slice(t1.end, t2.start))) {
        used.add(t2);
        addPop(t2);
        emit(judgeShare(claimBase(t.start, bracketEnd(text, t2), 'count-percent'), p, k, countIn(t2), this.policy));
        pushBase({ end: at + t2.end, p, k, n: countIn(t2) });
        return;
      }
      const close = closeAfter(t1);
      const look = BACKREF.test(after(t)) ? lookOf(t.start, t.end) : lookOf(t.start, close);
      const cands = popsBefore(at + t.start, t.value, [t], look);
      const fit = cands.find((c) => judge(k.value, c.tok.value, p.scaled, p.decimals, this.policy).verdict === 'ok');
      // A total that no figure fits is only used when the text ties the claim to it: 'of these', or the
      // same noun on both ('In the 36 cases … 36% (12) of cases'). Otherwise '616 (9%)' may be a share of
      // something the passage never counts: unresolved, not wrong.
      const tied = fit !== undefined || look.backward || (cands[0] !== undefined && look.noun !== undefined && cands[0].noun !== undefined && sameGroup(cands[0].noun, look.noun));
      if (cands.length > 0 && tied) {
        const pick = fit ?? cands[0]!;
        emit(judgeShare(claimBase(t.start, close, 'count-percent'), p, k, { ...countIn(pick.tok), span: pick.span, inferred: true }, this.policy, [{ span: pick.span, message: `the total, ${pick.tok.raw}, is taken from here` }]));
      } else {
        emit(judgeNoTotal(claimBase(t.start, close, 'count-percent'), p, k, this.policy));
      }
      return;
    }
    // k of [the] n [...] [(P%)]  and  k out of n
    if (isCount(t1) && OF_N.test(between(t, t1)) && !/^\s*\)/.test(after(t1))) {
      used.add(t).add(t1);
      addPop(t1);
      const k = countIn(t);
      const n = countIn(t1);
      const end = bracketEnd(text, t1);
      const paren = this.parenFigure(text, toks, end, at);
      if (paren?.p) {
        used.add(paren.tok);
        // 'Three out of ten respondents (31.5%)' is a ratio rounding its figure; '22 out of 32 (69%)' is counts.
        const ratio = /out\s+of/i.test(between(t, t1)) && (t.word || t1.word || t1.value <= 10);
        emit((ratio ? judgeRatio : judgeShare)(claimBase(t.start, paren.close, ratio ? 'ratio' : 'count-of'), paren.p, k, n, this.policy));
      } else {
        emit(judgeCountOf(claimBase(t.start, end, /out\s+of/i.test(between(t, t1)) ? 'ratio' : 'count-of'), k, n));
      }
      pushBase({ end: at + end, k, n });
      return;
    }
    // k in n ('one in five')
    if (isCount(t1) && /^\s+in\s+(?:every\s+)?$/i.test(between(t, t1)) && (t.word || t1.word || t1.value <= 100) && !/^\s*(?:[A-Za-z]+\s+)?(?:cases?|offenders?|people|staff)\b/i.test(after(t)) ) {
      used.add(t).add(t1);
      const paren = this.parenFigure(text, toks, t1.end, at);
      if (paren?.p) {
        used.add(paren.tok);
        // 'one in five cases (18%)': a ratio next to the precise figure is a rounding of it.
        emit(judgeRatio(claimBase(t.start, paren.close, 'ratio'), paren.p, countIn(t), countIn(t1), this.policy));
      } else {
        emit(judgeCountOf(claimBase(t.start, t1.end, 'ratio'), countIn(t), countIn(t1)));
      }
      pushBase({ end: at + t1.end, k: countIn(t), n: countIn(t1) });
      return;
    }
    // k of these (cases)
    if (BACKREF.test(after(t))) {
      used.add(t);
      const end = t.end + BACKREF.exec(after(t))![0].length;
      const cands = popsBefore(at + t.start, 1, [t], lookOf(t.start, t.end));
      if (cands.length > 0) {
        const max = cands.reduce((a, b) => (b.tok.value > a.tok.value ? b : a));
        const near = cands[0]!;
        if (t.value > max.tok.value) {
          emit(judgeCountOf(claimBase(t.start, end, 'count-of'), countIn(t), { ...countIn(near.tok), span: near.span, inferred: true }, [{ span: near.span, message: `'these' is taken to mean the ${near.tok.raw} here` }]));
        } else {
          const fit = cands.find((c) => c.tok.value >= t.value)!;
          emit(judgeCountOf(claimBase(t.start, end, 'count-of'), countIn(t), { ...countIn(fit.tok), span: fit.span, inferred: true }, [{ span: fit.span, message: `'these' is taken to mean the ${fit.tok.raw} here` }]));
          pushBase({ end: at + end, k: countIn(t), n: { ...countIn(fit.tok), span: fit.span, inferred: true } });
        }
      }
      return;
    }
  }

  /** The latest share base that `test` accepts, looking back only over sentence `from` and later (bases are in text order). */
  private lastBase(test: (b: ShareBase) => boolean, from: number): ShareBase | undefined {
    for (let i = this.bases.length - 1, seen = 0; i >= 0 && seen < 256; i--, seen++) {
      const b = this.bases[i]!;
      if (b.sentence < from) return undefined;
      if (test(b)) return b;
    }
    return undefined;
  }

  private barePercent(base: Parameters<typeof unchecked>[0], p: PctIn, isShare: boolean, ofGroup = isShare): ClaimRecord {
    const S = 10 ** p.decimals;
    if (ofGroup && p.scaled > 100 * S && p.hedge?.kind !== 'below' && p.hedge?.kind !== 'justBelow' && p.hedge?.kind !== 'nearly' && p.hedge?.kind !== 'atMost') {
      return impossible(base, [pctOperand(p)], `${written(p)} of a group: a share cannot exceed 100%`, `${written(p)} of a group is more than the whole`);
    }
    const said = p.hedge ? `${p.hedge.raw} ${written(p)}` : written(p);
    const extra = { ...(isShare ? { share: true } : {}), ...(p.hedge ? { qualifier: p.hedge.raw, interval: plainInterval(percentInterval(p.scaled, p.decimals, p.hedge.kind)) } : {}) };
    return unchecked(base, [pctOperand(p)], isShare ? `${said} of an unstated total` : said, extra);
  }

  /** A figure in brackets right after `from` (allowing a few words): '(93%)', '(27)'. */
  private parenFigure(text: string, toks: Tok[], from: number, at: number): { tok: Tok; close: number; p?: PctIn; k?: CountIn } | undefined {
    const m = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*\(\s*/.exec(text.slice(from, from + WINDOW));
    if (!m) return undefined;
    const pos = from + m[0].length;
    const tok = tokAt(toks, pos);
    const shut = tok ? /^\s*\)/.exec(text.slice(tok.end, tok.end + WINDOW)) : null;
    if (!tok || !shut) return undefined;
    const close = tok.end + shut[0].length;
    const span = { start: at + tok.start, end: at + tok.end };
    if (tok.kind === 'pct' && !tok.hedge) return { tok, close, p: { scaled: tok.value, decimals: tok.decimals, raw: tok.raw, span } };
    if (tok.kind === 'num' && !tok.notCount) return { tok, close, k: { value: tok.value, raw: tok.raw, span, ...(tok.word ? { word: true } : {}) } };
    return undefined;
  }

  private complements(
    text: string,
    at: number,
    si: number,
    toks: Tok[],
    used: Set<Tok>,
    claimBase: (s: number, e: number, kind: string) => Parameters<typeof unchecked>[0],
    pctIn: (t: Tok) => PctIn,
    countIn: (t: Tok) => CountIn,
    fracIn: (t: Tok) => FracIn,
    emit: (c: ClaimRecord) => void,
  ): void {
    if (!MAY_HAVE_COMPLEMENT.test(text)) return;
    const found: { trigger: number; tok: Tok; anaphoric: boolean }[] = [];
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
      const end = m.index + m[0].length;
      const tok = toks[firstTokFrom(toks, end)];
      if (!tok) continue;
      // The complement must follow the trigger closely, in the same clause.
      if (tok.start - end > WINDOW) continue;
      const gap = text.slice(end, tok.start);
      if (/[.;:,()]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 5) continue;
      if (tok.kind === 'num' && (tok.notCount || /^\s+(?:of|out\s+of|in)\s/i.test(text.slice(tok.end, tok.end + WINDOW)))) continue;
      found.push({ trigger: m.index + Math.max(0, m[0].search(/[A-Za-z]/)), tok, anaphoric: m[1] !== undefined });
    }
    REMAINING_AFTER.lastIndex = 0;
    for (let m = REMAINING_AFTER.exec(text); m; m = REMAINING_AFTER.exec(text)) {
      const numAt = m.index + m[0].indexOf(m[1]!, 4);
      const found1 = tokAt(toks, numAt);
      const tok = found1?.kind === 'num' ? found1 : undefined;
      if (tok && !tok.notCount) found.push({ trigger: m.index, tok, anaphoric: false });
    }
    for (const { trigger, tok, anaphoric } of found) {
      // The share is the last one before the trigger in this sentence, or ('This left …') the last one of the sentence before.
      const here = this.lastBase((b) => b.sentence === si && b.end <= at + trigger, si);
      const prev = anaphoric && !here ? this.lastBase((b) => b.sentence === si - 1, si - 1) : undefined;
      const base = here ?? prev;
      if (!base) continue;
      // Other counts listed between the share and its rest ('19 had a plan, a further four …, of the
      // remaining seven'): the rest is of the whole less all of them, which `relations/remainder.ts` reads.
      if (tok.kind === 'num' && toks.some((x) => x.kind === 'num' && !x.notCount && x !== tok && at + x.start >= base.end && x.start < trigger)) continue;
      const start = Math.min(tok.hedge ? tok.hedge.start : tok.start, trigger);
      const b0 = claimBase(trigger, tok.end, 'complement');
      if (tok.kind === 'num') {
        let n = base.n;
        let sources: ClaimRecord['sources'];
        if (!n && base.implicitN && base.p) {
          const cands = [...this.pops.slice(-RECENT_POPS), ...this.sentencePopsNow.slice(-RECENT_POPS)].filter((p) => p.end <= base.end && (p.sentence === base.sentence || base.back)).sort((a, b) => b.end - a.end);
          const fit = cands.find((c) => c.tok.value > tok.value && judge(c.tok.value - tok.value, c.tok.value, base.p!.scaled, base.p!.decimals, this.policy).verdict === 'ok') ?? cands[0];
          if (fit) {
            n = { value: fit.tok.value, raw: fit.tok.raw, span: fit.span, inferred: true };
            sources = [{ span: fit.span, message: `the total, ${fit.tok.raw}, is taken from here` }];
          }
        }
        used.add(tok);
        emit(judgeComplementCount({ ...b0, span: { start: at + start, end: at + tok.end } }, n, base.k, base.p, countIn(tok), this.policy, sources));
      } else if (tok.kind === 'pct') {
        emit(judgeComplementShare({ ...b0, span: { start: at + start, end: at + tok.end } }, { p: base.p, k: base.k, n: base.n }, { p: pctIn(tok) }, this.policy));
      } else {
        emit(judgeComplementShare({ ...b0, span: { start: at + start, end: at + tok.end } }, { p: base.p, k: base.k, n: base.n }, { f: fracIn(tok) }, this.policy));
      }
    }
  }

  private quantifiers(
    text: string,
    toks: Tok[],
    claimBase: (s: number, e: number, kind: string) => Parameters<typeof unchecked>[0],
    pctIn: (t: Tok) => PctIn,
    countIn: (t: Tok) => CountIn,
    emit: (c: ClaimRecord) => void,
  ): void {
    const { any, patterns } = compiledBands(this.bands);
    // One test for all the phrases: most sentences have none, and then no phrase is looked for.
    if (!any.test(text)) return;
    // Characters already in a quantifier claim (a list of ranges searched per match is quadratic).
    const taken = new Uint8Array(text.length);
    const isFree = (s: number, e: number) => {
      for (let i = s; i < e; i++) if (taken[i]) return false;
      return true;
    };
    for (const { band, re } of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index;
        const e = s + m[0].length;
        if (!isFree(s, e)) continue;
        // 'most' in 'the most', 'at most' is not the quantifier.
        if (/^most$/i.test(band.phrase) && /\b(?:the|at|for\s+the)\s+$/i.test(text.slice(Math.max(0, s - 12), s))) continue;
        const rest = text.slice(e, e + WINDOW);
        // Optional 'of the n …' then a bracketed figure.
        const ofN = QUANTIFIER_OF.exec(rest);
        let from = e + (ofN ? ofN[0].length : 0);
        const nAt = tokAt(toks, from);
        const nTok = nAt && nAt.kind === 'num' && !nAt.notCount ? nAt : undefined;
        if (nTok) from = bracketEnd(text, nTok);
        const paren = /^(?:\s*[A-Za-z][\w'-]*){0,4}?\s*\(\s*/.exec(text.slice(from, from + WINDOW));
        if (!paren) continue;
        const figAt = from + paren[0].length;
        const figIndex = firstTokFrom(toks, figAt);
        const fig = toks[figIndex]?.start === figAt ? toks[figIndex] : undefined;
        if (!fig) continue;
        const t2 = toks[figIndex + 1];
        let figure: { p?: PctIn; k?: CountIn; n?: CountIn } | undefined;
        let close: number | undefined;
        if (fig.kind === 'pct' && !fig.hedge && /^\s*\)/.test(text.slice(fig.end, fig.end + WINDOW))) {
          figure = { p: pctIn(fig) };
          close = fig.end + /^\s*\)/.exec(text.slice(fig.end, fig.end + WINDOW))![0].length;
        } else if (fig.kind === 'num' && !fig.notCount && t2?.kind === 'num' && PAIR.test(text.slice(fig.end, t2.start)) && /^[^()]*\)/.test(text.slice(t2.end, t2.end + WINDOW))) {
          figure = { k: countIn(fig), n: countIn(t2) };
          close = t2.end + /^[^()]*\)/.exec(text.slice(t2.end, t2.end + WINDOW))![0].length;
        } else if (fig.kind === 'num' && !fig.notCount && nTok && /^\s*\)/.test(text.slice(fig.end, fig.end + WINDOW))) {
          figure = { k: countIn(fig), n: countIn(nTok) };
          close = fig.end + /^\s*\)/.exec(text.slice(fig.end, fig.end + WINDOW))![0].length;
        }
        if (!figure || close === undefined) continue;
        taken.fill(1, s, close);
        const c = judgeQuantifier(claimBase(s, close, 'quantifier'), m[0].replace(/\s+/g, ' '), band.min, band.max, figure, this.policy);
        emit(c);
      }
    }
  }
}

type Band = { phrase: string; min: number; max: number };
interface CompiledBands {
  /** Matches where any of the phrases does (a sentence it does not match has no quantifier). */
  any: RegExp;
  patterns: { band: Band; re: RegExp }[];
}
const bandCache = new WeakMap<readonly Band[], CompiledBands>();

/** Quantifier phrases as patterns, longest first (so 'the vast majority' wins over 'the majority'). */
function compiledBands(bands: readonly Band[]): CompiledBands {
  let out = bandCache.get(bands);
  if (!out) {
    const sorted = [...bands].sort((a, b) => b.phrase.length - a.phrase.length);
    const phrase = (band: Band) => band.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
    // A phrase that starts with a word character can only match at a word boundary (the
    // look-behind excludes one before it): a leading \b changes no match and is much faster.
    const edge = (bs: Band[]) => (bs.every((b) => /^\w/.test(b.phrase)) ? String.raw`\b` : '');
    out = {
      any: new RegExp(String.raw`${edge(sorted)}(?<![\w-])(?:${sorted.map(phrase).join('|')})(?![\w-])`, 'i'),
      patterns: sorted.map((band) => ({ band, re: new RegExp(String.raw`${edge([band])}(?<![\w-])${phrase(band)}(?![\w-])`, 'gi') })),
    };
    bandCache.set(bands, out);
  }
  return out;
}

/** An inconsistent fraction claim gets words that would fit as its replacement. */
function withSuggestion(c: ClaimRecord, f: FracIn, k: number, n: number, span: Span): ClaimRecord {
  if (c.verdict !== 'inconsistent') return c;
  const r = fractionSuggestion(f, k, n, span);
  return r ? { ...c, replacement: r } : c;
}

/** Whether `pre` ends with 'but', 'the', 'these', 'those' or 'all' (any case) and then white space. */
function endsWithQualifier(pre: string): boolean {
  const words = pre.trimEnd();
  // trimEnd removes exactly what \s matches; the words are at most five letters long.
  return words.length < pre.length && /(?:but|the|these|those|all)$/i.test(words.slice(-5));
}

/** The end of a total written as '[33]' (an editor's insertion) or '33'. */
function bracketEnd(text: string, t: Tok): number {
  const m = /^\s*\]/.exec(text.slice(t.end, t.end + 40));
  return m && /\[\s*$/.test(text.slice(Math.max(0, t.start - 40), t.start)) ? t.end + m[0].length : t.end;
}

/** The token that starts exactly at `pos`. */
function tokAt(toks: readonly Tok[], pos: number): Tok | undefined {
  const t = toks[firstTokFrom(toks, pos)];
  return t?.start === pos ? t : undefined;
}

/** A later '(k of n …)' in the same sentence, with no other percentage between. */
function laterPair(text: string, toks: Tok[], i: number): [Tok, Tok, number] | undefined {
  for (let j = i + 1; j < toks.length - 1; j++) {
    const a = toks[j]!;
    const b = toks[j + 1]!;
    if (a.kind === 'pct' || a.kind === 'frac') return undefined;
    // A bracket a dozen words away is never this far (and the bound keeps the search linear).
    if (a.start - toks[i]!.end > WINDOW) return undefined;
    if (a.kind !== 'num' || b.kind !== 'num' || a.notCount || b.notCount) continue;
    if (!/\(\s*$/.test(text.slice(toks[j - 1]!.end, a.start))) continue;
    if (!PAIR.test(text.slice(a.end, b.start))) continue;
    const m = /^[^()]*\)/.exec(text.slice(b.end, b.end + WINDOW));
    if (!m) continue;
    // The bracket must be close to the percentage: same clause, a dozen words at most.
    const gap = text.slice(toks[i]!.end, a.start);
    if (/[.;]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 16) return undefined;
    return [a, b, b.end + m[0].length];
  }
  return undefined;
}

/** Whether a percentage reads as a share of a group: 'in 85% of cases', 'in an impressive 96%', '80% of the offenders'. */
function shareContext(text: string, t: Tok): boolean {
  const after = text.slice(t.end, t.end + 40);
  const before = text.slice(Math.max(0, t.start - 40), t.hedge ? t.hedge.start : t.start);
  if (/^\s+of\s+(?:the\s+)?(?:target|national|average|budget|capacity|the\s+target)\b/i.test(after)) return false;
  if (/^\s+of\s/i.test(after)) return true;
  if (/\b(?:in|for)\s+(?:only\s+|just\s+|a\s+(?:further\s+)?|an\s+)?(?:[a-z]+\s+){0,2}$/i.test(before) && !/\b(?:increase|rise|fall|decrease|improvement|reduction)\s+(?:of\s+)?in\s+$/i.test(before)) return true;
  return false;
}

const GROUP_NOUNS = /^\s*(?:of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:cases|offenders|reports|people|staff|victims|respondents|orders|plans|assessments|records|sentences|licences|men|women|children|young\s+people|them|these|those|sample)\b|$|[,.;)])/i;

/** A share of a group of people or cases (not of a target): 'in 104% of cases', 'in 104%.' — over 100% is impossible. */
function ofGroup(text: string, t: Tok): boolean {
  return GROUP_NOUNS.test(text.slice(t.end, t.end + 60)) && !/\b(?:target|capacity|budget|average|baseline)\b/i.test(text.slice(t.end, t.end + 40));
}

function describeFraction(f: FracIn): string {
  const v = Math.round((10000 * f.fraction.num) / f.fraction.den) / 100;
  return `${v}%`;
}

function plainInterval(i: { lo: { n: number; d: number }; hi: { n: number; d: number }; loOpen: boolean; hiOpen: boolean }) {
  return { lo: i.lo.n / i.lo.d, hi: i.hi.n / i.hi.d, loOpen: i.loOpen, hiOpen: i.hiOpen };
}

