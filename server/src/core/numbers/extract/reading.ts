/**
 * One sentence being read by the extractor, and what its readings share:
 * the sentence's tokens and claimed tokens, the candidate totals stated so far
 * in the scope ('the 36 cases', `Pop`), the shares already read that a later
 * rest may complete (`ShareBase`), and helpers that build claim records.
 *
 * `readingOf` builds a `Reading` for one sentence; the readings in the other
 * files of this folder read it; `extract.ts` runs them in order.
 */
import type { Span } from '../../model.js';
import type { ClaimRecord, Operand } from '../claim.js';
import type { CountIn, FracIn, PctIn } from '../judge.js';
import type { RoundingPolicy } from '../rounding.js';
import { firstTokFrom, isPopulation, nounAfter, sameGroup, singular, type Tok } from '../scan.js';
import { foldSpace, WINDOW } from './shared.js';

/** A hedge before a count ('about 300', 'over 40'), as `COUNT_HEDGE` of relations/common.ts. */
const ROUGH_BEFORE = /\b(?:more\s+than|over|almost|nearly|around|about|some|approximately|roughly|just\s+over|just\s+under|fewer\s+than|less\s+than|up\s+to|at\s+least|at\s+most|in\s+excess\s+of|upwards\s+of|circa|c\.)\s*$/i;

/** A candidate total: a count that states the size of a group. */
/** Not a head noun after 'of these': a verb, an auxiliary, an adverb or a function word ('were', 'could', 'showed', 'also'). */
const NOT_A_NOUN = /^(?:were|was|is|are|be|been|being|had|has|have|did|do|does|could|would|should|will|can|may|might|must|said|felt|told|got|went|came|made|also|still|then|now|both|only|just|in|on|at|by|for|to|from|with|within|during|over|under|as|and|but|or|a|an|who|which|that|there|it|we|they|[a-z]+ed)$/i;

/**
 * The noun of a record of one thing each: 'reports' (a batch of published reports, one a centre). Not
 * 'inspections' or 'visits': a home may be inspected twice ('758 inspections of nursing homes' are of fewer homes).
 */
const RECORD_NOUN = /^reports?$/;
/** After such a count, its noun and what each is of: '31 inspection reports on residential centres' (no figure between). */
export const RECORD_OF = /^(?:\s+[a-z][\w'-]*){0,2}?\s+reports?\s+(?:on|of|into)\s+(?:(?:the|its|their|all)\s+)?(?:[a-z][\w'-]*\s+){0,2}?([a-z][\w'-]*s)\b(?![\w'-])/i;

/** A frame of a bare plural noun opening a sentence, before its first figure: 'Of the nurses, ', 'Among the complaints, only '. */
const NOUN_FRAME = /^\s*(?:of|among|amongst)\s+(?:the|these|those)\s+([a-z][a-z-]*[a-rt-z]s)\s*,\s*(?:only\s+|just\s+)?/i;

export interface Pop {
  tok: Tok;
  span: Span;
  /** Absolute end, for 'before the claim' tests. */
  end: number;
  /** The sentence it was stated in. */
  sentence: number;
  /** The head noun after it ('cases', 'offenders'), when there is one. */
  noun?: string;
  /**
   * The things its cases are each of, when its noun is a record or a visit of them ('31 inspection reports on
   * residential centres', '40 inspections of prisons'): 'these centres' names the same group.
   */
  of?: string;
  /**
   * A part counted with its own share ('12,546 (57%) …'): a total for a later
   * share only when that share fits it, never the fallback total, because the
   * next count of the sentence is as likely a sibling part as a sub-group.
   */
  part?: true;
  /** Given roughly ('about 300 families', 'over 40 cases'): a whole a share can be confirmed on but not found wrong on. */
  rough?: true;
}

/** How many of the latest candidate totals a claim considers (a finding names far fewer). */
export const RECENT_POPS = 64;

/** Words that point back to a group named before ('a further 12 schools' is one more part of it): a total may then come from an earlier sentence. */
const ANAPHORA = /\b(?:these|those|this|such|them|they|of\s+whom|of\s+which|a\s+further)\b/i;

/** A share already read, which a later rest ('This left 21') may complete. */
export interface ShareBase {
  end: number;
  sentence: number;
  p?: PctIn;
  k?: CountIn;
  n?: CountIn;
  /** The total may be looked up in earlier text. */
  implicitN?: boolean;
  /** The share's sentence points back ('This was …'), so its total may be in an earlier sentence. */
  back?: boolean;
  /** A ratio ('two in every three'): its figures are a proportion, not counts, so no count is its rest. */
  ratio?: boolean;
  /** An inferred total that is the only group counted before ('We inspected 22 centres. … in 10 of them'). */
  sole?: boolean;
}

/** The start of a claim record: its kind and span, the sentence it sits in, and its criterion. */
export type ClaimBase = { kind: string; span: Span; sentence: { text: string; span: Span }; criterionId?: string };

/** What lasts from one sentence of a prose scope to the next. */
export interface ScopeState {
  /** Candidate totals of earlier sentences, in text order. */
  pops: Pop[];
  /** Shares read so far, in text order. */
  bases: ShareBase[];
  policy: RoundingPolicy;
  bands: readonly { phrase: string; min: number; max: number }[];
  criterionId: string | undefined;
  /** Every claim of the block. */
  out: ClaimRecord[];
  /** The last sentence read that had tokens: its index and the absolute starts of its counts. */
  lastCounts?: { sentence: number; starts: number[] };
}

/** One sentence being read: its text, tokens and claimed tokens, and the helpers its readers share. */
export interface Reading {
  text: string;
  /** Absolute offset of the sentence. */
  at: number;
  /** Index of the sentence in its scope. */
  si: number;
  toks: Tok[];
  /** Tokens already part of a claim. */
  used: Set<Tok>;
  /** The scope's lasting state (earlier totals and shares, policy, bands). */
  scope: ScopeState;
  policy: RoundingPolicy;
  /** The claims of this sentence, in the order they were read. */
  claims: ClaimRecord[];
  /** Candidate totals of this sentence: in text order, then those that claims added. */
  sentencePops: Pop[];
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
  /** Candidate totals before `pos`, nearest first; parts (`Pop.part`) only when `withParts`. */
  popsBefore(pos: number, min?: number, exclude?: Tok[], look?: { backward?: boolean; noun?: string }, withParts?: boolean): Pop[];
  lookOf(s: number, e: number): { backward: boolean; noun: string | undefined };
  anaphoraBefore(s: number): boolean;
  addPop(t: Tok, part?: boolean): void;
}

/**
 * The Reading of one sentence (with at least one token) at absolute offset `at`, index `si` in its scope.
 * `text` is the sentence as the readings read it (`besideNonCount` may have written a number as a word);
 * `shown`, the sentence as written, is the one the claims quote.
 */
export function readingOf(scope: ScopeState, text: string, at: number, si: number, toks: Tok[], shown: string = text): Reading {
  const criterionId = scope.criterionId;
  const span = (t: { start: number; end: number }): Span => ({ start: at + t.start, end: at + t.end });
  // The folded sentence is shared by the sentence's claims; most sentences have none, so it is built on first use.
  let sent: { text: string; span: Span } | undefined;
  // Optional fields are assigned, not spread from `cond ? {…} : {}` (same properties, same order, faster).
  const claimBase = (start: number, end: number, kind: string): ClaimBase => {
    const b: ClaimBase = {
      kind,
      span: { start: at + start, end: at + end },
      sentence: (sent ??= { text: foldSpace(shown), span: { start: at, end: at + text.length } }),
    };
    if (criterionId) b.criterionId = criterionId;
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
    scope.out.push(c);
    // A part counted with its share or whole ('12,546 (57%) of these reports …') is a group of its own: a later
    // share may be of it (`Pop.part`). Hoisted function: `addPop` is defined below.
    partsAsPops(c);
  };
  // Every caller passes a fresh literal, so it is completed in place (cheaper than copying it).
  const pushBase = (b: Omit<ShareBase, 'sentence'>) => scope.bases.push(Object.assign(b, { sentence: si }));

  // Population counts of this sentence become candidate totals for what follows.
  const sentencePops: Pop[] = [];
  const pop = (t: Tok): Pop => {
    const p: Pop = { tok: t, span: span(t), end: at + t.end, sentence: si, noun: nounAfter(text, t.end) };
    const of = p.noun && RECORD_NOUN.test(p.noun) ? RECORD_OF.exec(text.slice(t.end, t.end + 80)) : null;
    if (of) p.of = of[1]!.toLowerCase();
    if (ROUGH_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) p.rough = true;
    return p;
  };
  for (const t of toks) if (isPopulation(text, t)) sentencePops.push(pop(t));
  // A count of the same group with its noun left out ('60 appeals in 2022 and 80 in 2023'): a total too.
  for (const g of gappedSiblings(text, toks, sentencePops.map((p) => p.tok))) {
    const p = { ...pop(g.tok), ...(g.noun ? { noun: g.noun } : {}) };
    const after = sentencePops.findIndex((x) => x.end > p.end);
    sentencePops.splice(after === -1 ? sentencePops.length : after, 0, p);
  }
  // 'registered for 48 residents; 45 were living there, 30 of them (67%) …': 'of them' points to the count
  // just before it, a group even with its noun left out (a total too, and the nearest).
  for (const g of themGroups(text, toks, sentencePops.map((p) => p.tok))) {
    const p = pop(g);
    const after = sentencePops.findIndex((x) => x.end > p.end);
    sentencePops.splice(after === -1 ? sentencePops.length : after, 0, p);
  }
  // The first `scanned` are in text order; `addPop` appends the rest as claims name them.
  const scanned = sentencePops.length;
  const popToks = new Map<Tok, Pop>(sentencePops.map((p) => [p.tok, p]));
  /** The latest candidates before `pos`: at most RECENT_POPS from earlier sentences and from each part of this one. */
  const recentPops = (pos: number): Pop[] => {
    const out = scope.pops.length > RECENT_POPS ? scope.pops.slice(-RECENT_POPS) : scope.pops.slice();
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
  const popsBefore = (pos: number, min = 0, exclude: Tok[] = [], look: { backward?: boolean; noun?: string } = {}, withParts = false): Pop[] =>
    recentPops(pos)
      .filter((p) => (withParts || !p.part) && p.tok.value >= min && !exclude.includes(p.tok))
      .filter((p) => p.sentence === si || look.backward !== false)
      .filter((p) => sameGroup(p.noun, look.noun) || (p.of !== undefined && look.noun !== undefined && singular(p.of) === singular(look.noun)))
      .sort((a, b) => b.end - a.end);
  /** How a claim at [s, e) points back: anaphora before it in the sentence, or 'of these' after it. */
  let frameAt: { end: number; noun: string } | null | undefined;
  const lookOf = (s: number, e: number) => {
    const rest = text.slice(e, e + WINDOW);
    const m = /^\s*\)?\s*of\s+(?:these|those|them)\b\s*(?:\[\s*\d+\s*\]\s*)?([A-Za-z][\w'-]*)?/i.exec(rest);
    const of = /^\s*\)?\s*of\s+(?:the\s+)?([A-Za-z][\w'-]*)/i.exec(rest);
    const noun = m ? m[1] : of?.[1];
    // A verb or a function word after 'of these' names no group ('12 of these were good', '12 of these also had').
    const named = noun && !/^(?:the|these|those|all|them)$/i.test(noun) && !NOT_A_NOUN.test(noun) ? noun.toLowerCase() : undefined;
    // 'The trust employs 900 nurses and 300 doctors. Of the nurses, 180 (20%) …': a frame of a bare plural noun
    // opening the sentence points back to the group counted with that noun (a modifier, 'Of the night nurses',
    // may name a part of it, and is not read so).
    if (named === undefined && m === null) {
      // (Read once a sentence: the frame must end where the claim starts.)
      if (frameAt === undefined) {
        const f = NOUN_FRAME.exec(text);
        frameAt = f && !NOT_A_NOUN.test(f[1]!) ? { end: f.index + f[0].length, noun: f[1]!.toLowerCase() } : null;
      }
      if (frameAt && frameAt.end === s) return { backward: true, noun: frameAt.noun };
    }
    return { backward: m !== null || anaphoraBefore(s), noun: named };
  };
  function partsAsPops(c: ClaimRecord): void {
    // A part: a count with its share or its whole ('600 (40%)', 'Of these, 600', '600 of the 1,500').
    let k: Operand | undefined;
    let part = false;
    for (const o of c.operands) {
      if (o.role === 'k') k = o;
      else if (o.role === 'p' || o.role === 'n') part = true;
    }
    if (!k || !part) return;
    const t = toks[firstTokFrom(toks, k.span.start - at)];
    if (t && t.start === k.span.start - at && t.end === k.span.end - at) addPop(t, true);
  }
  const addPop = (t: Tok, part = false) => {
    const known = popToks.get(t);
    // A group stated as such ('4,371 cases') that then gets its own share or whole is a part all the same.
    if (known) {
      if (part) known.part = true;
    } else if (isCount(t)) {
      const p = pop(t);
      popToks.set(t, p);
      if (part) p.part = true;
      sentencePops.push(p);
    }
  };

  return { text, at, si, toks, used, scope, policy: scope.policy, claims, sentencePops, span, claimBase, pctIn, countIn, fracIn, between, after, before, isCount, closeAfter, emit, pushBase, popsBefore, lookOf, anaphoraBefore, addPop };
}

/** The latest share base that `test` accepts, looking back only over sentence `from` and later (bases are in text order). */
export function lastBase(scope: ScopeState, test: (b: ShareBase) => boolean, from: number): ShareBase | undefined {
  for (let i = scope.bases.length - 1, seen = 0; i >= 0 && seen < 256; i--, seen++) {
    const b = scope.bases[i]!;
    if (b.sentence < from) return undefined;
    if (test(b)) return b;
  }
  return undefined;
}

/** A reading tried at token `i`: true when it read the token (the next readings are then not tried). */
export type TokenReading = (r: Reading, i: number) => boolean;

/** Between a group's count and a sibling count of it: its noun and period, then ',', 'and' or 'against'. */
const SIBLING_GAP = /^\s+[A-Za-z][A-Za-z' -]{0,40}?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+against\s+|\s+compared\s+with\s+)$/i;
/** After a sibling count with its noun left out: its period or the clause's end. */
const GAPPED_AFTER = /^(?:\s+(?:in|at|on|during|for|by|over|from|among|across|within|last|this|the\s+(?:year|month|previous))\b|\s*[,.;)]|\s*$)/i;

/**
 * Counts of a group written with its noun left out after the group's own count: '60 appeals in 2022 and
 * 80 in 2023', '412 men, against 380 the year before' (not '60 appeals and 80 staff': a noun after it
 * names its own group). Only the figures between may be no counts (years, dates).
 */
export function gappedSiblings(text: string, toks: readonly Tok[], pops: readonly Tok[]): { tok: Tok; noun?: string }[] {
  const out: { tok: Tok; noun?: string }[] = [];
  for (const t of pops) {
    const i = toks.indexOf(t);
    let j = i + 1;
    while (j < toks.length && toks[j]!.notCount) j++;
    const u = toks[j];
    if (!u || u.kind !== 'num' || u.notCount || pops.includes(u) || u.value < 1) continue;
    // The gap, with the years and dates between blanked.
    let gap = text.slice(t.end, u.start);
    for (let x = i + 1; x < j; x++) gap = gap.replace(toks[x]!.raw, 'Y');
    if (/[(%]/.test(gap) || !SIBLING_GAP.test(gap) || !GAPPED_AFTER.test(text.slice(u.end, u.end + 20))) continue;
    const noun = nounAfter(text, t.end);
    out.push(noun ? { tok: u, noun } : { tok: u });
  }
  return out;
}

/** After a count: 'of them', 'of these', 'of those' (the count is a part of the group just named). */
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\b/i;

/**
 * The count a 'k of them' points to when it is no candidate total yet: the nearest count before k in the
 * sentence, not less than k, itself no part ('… 45 were living there, 30 of them …'; not '18 of the 24 …,
 * 12 of them', whose 18 is already a part of its pair).
 */
export function themGroups(text: string, toks: readonly Tok[], pops: readonly Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 1; i < toks.length; i++) {
    const u = toks[i]!;
    if (u.kind !== 'num' || u.notCount || !OF_THEM_AFTER.test(text.slice(u.end, u.end + 16))) continue;
    let j = i - 1;
    while (j >= 0 && toks[j]!.kind === 'num' && toks[j]!.notCount) j--;
    const t = toks[j];
    if (!t || t.kind !== 'num' || t.notCount || pops.includes(t) || out.includes(t) || t.value < u.value) continue;
    if (/^\s+(?:of|out\s+of)\b|^\s*\(/i.test(text.slice(t.end, t.end + 12))) continue;
    out.push(t);
  }
  return out;
}

/** The last share read before `pos` is a bare share of the group `pop` (a percentage of it with no count of its own). */
/**
 * Whether the sentence gives a share of the total `pop` before the token at `pos` with no count of the part:
 * 'A quarter of the 240 pupils had …', 'Of the 400 calls, 25% were …'. A later 'those pupils', 'the adults' may
 * then be that part, whose size is not written.
 */
export function shareOfPopBefore(r: Reading, pop: Pop, pos: number): boolean {
  if (pop.sentence !== r.si) return false;
  const popStart = pop.tok.start;
  const isShare = (x: Tok) => x.kind === 'pct' || x.kind === 'frac';
  // A share between the total and the claim: the tokens from the total on, in order, up to the claim.
  for (let i = firstTokFrom(r.toks, pop.end - r.at); i < r.toks.length && r.at + r.toks[i]!.end <= pos; i++) if (isShare(r.toks[i]!)) return true;
  // A share of the total written just before it ('A quarter of the 240'): only the tokens a few words before it.
  for (let i = firstTokFrom(r.toks, popStart) - 1; i >= 0 && popStart - r.toks[i]!.end <= SHARE_OF_GAP; i--) {
    const x = r.toks[i]!;
    if (isShare(x) && r.at + x.end <= pos && SHARE_OF_BEFORE.test(r.text.slice(x.end, popStart))) return true;
  }
  return false;
}

/** Between a share and the total it is of: ' of the ', ' of these '. */
const SHARE_OF_BEFORE = /^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+)?$/i;
/** The longest such gap worth testing: a few words, with room for markup masked to spaces. */
const SHARE_OF_GAP = 200;

export function sharePartBefore(r: Reading, pop: Pop, pos: number): boolean {
  const b = lastBase(r.scope, () => true, r.si - 1);
  if (!b || b.end > pos || b.p === undefined || b.k !== undefined) return false;
  // ('We reviewed 120 cases; 25% involved domestic abuse, and in 24 of those cases (80%) …': a share read with no
  // whole of its own, after the group, is of it as likely as not.)
  if (b.n === undefined) return !!b.implicitN && b.end >= pop.end;
  return !b.implicitN && b.n.span.start === pop.span.start;
}
