/**
 * Relation readers: one file per family of numeric relation that the claims
 * extractor (`../extract.ts`) does not read. Each reader looks at one
 * sentence of a prose scope, with its number tokens, and returns judged
 * claims. `readRelations` runs them over a block after the extractor, and
 * keeps a claim only when the extractor has not already judged the same
 * figures.
 *
 * Readers must be precise: a reader that cannot pin a figure to one reading
 * returns an `unchecked` claim (listed, never reported), or nothing.
 */
import type { Span } from '../../model.js';
import type { BlockData, ExtractorContext } from '../../parse/block.js';
import type { Framework } from '../../framework/framework.js';
import type { ClaimRecord, Operand } from '../claim.js';
import { quantifierBands } from '../interval.js';
import { unresolve } from '../judge.js';
import { bandsWithDefined } from '../defined-bands.js';
import { resolvePolicy } from '../policy.js';
import { DEFAULT_QUANTIFIER_BANDS } from '../words.js';
import type { RoundingPolicy } from '../rounding.js';
import { blankScope, pointsBackToFindingBefore, scopesOf, sentencesOf, tokensOf, type Tok } from '../scan.js';
import { memoScope, type ScopeResult } from '../scope-memo.js';
import { readChange } from './change.js';
import { readThatWasChange } from './that-was-change.js';
import { readMean } from './mean.js';
import { readMeanPer } from './mean-per.js';
import { readMultiple } from './multiple.js';
import { readPointsGap } from './points-gap.js';
import { readContinuedFrame } from './continued-frame.js';
import { readListedShares } from './listed-shares.js';
import { readFurtherShares } from './further-shares.js';
import { readBracketBreakdown } from './bracket-breakdown.js';
import { readApposedKinds } from './apposed-kinds.js';
import { readClosingTotal } from './closing-total.js';
import { readPartsSum } from './parts-sum.js';
import { readRemainder } from './remainder.js';
import { readFractionPartAfter, readRatio, readRatioBefore, readShareWordBefore } from './ratio.js';
import { readClosingRatio, readDashedRatio } from './closing-ratio.js';
import { readOverCapacity } from './over-capacity.js';
import { readBackShare } from './back-share.js';
import { readSentenceShares } from './sentence.js';
import { readShareBeside } from './share-beside.js';
import { readRestatedPair, readRestatedShare } from './restated-share.js';
import { readCountOfTotal } from './count-of-total.js';
import { readRateOf } from './rate-of.js';
import { readShareThenCount, readSubjectShare } from './subject-share.js';
import { readOfThese, readOfTheseAfterShare, readOfTheseInTurn, readOfTheseOpening } from './of-these-share.js';
import { gradeScalesOf } from './grade-parts.js';
import { readHedgeCount } from './hedge-count.js';
import { readBandBreakdown, readBandShares } from './band-shares.js';
import { readSurveyAnswers } from './survey-answers.js';
import { readRemainingShares } from './remaining-shares.js';
import { readApposedShare } from './apposed-share.js';
import { readResponseRate } from './response-rate.js';
import { readPairShare } from './pair-share.js';
import { readThemShare } from './them-share.js';
import { readMatchedBreakdown } from './matched-breakdown.js';
import { readFractionChange } from './fraction-change.js';
import { readColonShare } from './colon-share.js';
import { readElidedPart } from './elided-part.js';
import { readRespectiveShares } from './respective-shares.js';
import { readRespectiveList } from './respective-list.js';
import { readOutOfTotal } from './out-of-total.js';
import { readAgainstTarget } from './against-target.js';
import { readFractionOfFigure } from './fraction-of-figure.js';
import { readYearSeries } from './year-series.js';
import { readEchoedPart } from './echoed-part.js';
import { readDegreeVerbs, readDegreeWith } from './degree-with.js';
import { readCapacityVacancies } from './capacity-vacancies.js';
import { readEqualGroups } from './equal-groups.js';
import { readMadeShares } from './made-shares.js';
import { readRestShare } from './rest-share.js';
import { readRestParts } from './rest-parts.js';
import { readPairRest } from './pair-rest.js';
import { readMeasureBandShares } from './measure-band-shares.js';
import { readThatIsShare, THAT_IS_SENTENCE } from './that-is-share.js';
import { readNamedWhole } from './named-whole.js';
import { readQuantifierThenPair } from './quantifier-then-pair.js';

/** One sentence as a reader sees it: masked text, its number tokens, and where it sits. */
export interface SentenceView {
  /** The sentence text (masked markup, references blanked). Offsets below are into this text. */
  text: string;
  toks: Tok[];
  /** Absolute offset of `text[0]` in the report. */
  offset: number;
  /**
   * The sentences of the same scope before this one, nearest last: at most
   * PREVIOUS_SENTENCES of them, each as a reader sees it (its own text, tokens
   * and offset), so that a reader may look back ('Reviews were due in 31
   * cases. A review had been done in 20 of these (65%).') in constant time.
   */
  previous?: readonly PreviousSentence[];
  policy: RoundingPolicy;
  criterionId?: string;
  /** The framework's quantifier bands ('most' > 50%), for readers of quantifier words. */
  quantifierBands?: readonly { phrase: string; min: number; max: number }[];
  /** The grade scales of the frameworks (the report's first), for readers of counts by grade (`grade-parts.ts`). */
  gradeScales?: readonly (readonly string[])[];
}

/** An earlier sentence of the scope. */
export interface PreviousSentence {
  text: string;
  toks: Tok[];
  offset: number;
}

/** How many earlier sentences of a scope a reader sees (a bound, so that looking back stays linear). */
export const PREVIOUS_SENTENCES = 3;

export type RelationReader = (s: SentenceView) => ClaimRecord[];

/** The readers, in order. One file each. */
export const RELATION_READERS: readonly { name: string; read: RelationReader }[] = [
  { name: 'change', read: readChange },
  { name: 'that-was-change', read: readThatWasChange },
  { name: 'multiple', read: readMultiple },
  { name: 'points-gap', read: readPointsGap },
  { name: 'mean', read: readMean },
  { name: 'mean-per', read: readMeanPer },
  { name: 'parts-sum', read: readPartsSum },
  { name: 'degree-with', read: readDegreeWith },
  { name: 'degree-verbs', read: readDegreeVerbs },
  { name: 'capacity-vacancies', read: readCapacityVacancies },
  { name: 'equal-groups', read: readEqualGroups },
  { name: 'made-shares', read: readMadeShares },
  { name: 'band-shares', read: readBandShares },
  { name: 'measure-band-shares', read: readMeasureBandShares },
  { name: 'band-breakdown', read: readBandBreakdown },
  { name: 'survey-answers', read: readSurveyAnswers },
  { name: 'remaining-shares', read: readRemainingShares },
  { name: 'remainder', read: readRemainder },
  { name: 'rest-share', read: readRestShare },
  { name: 'rest-parts', read: readRestParts },
  { name: 'pair-rest', read: readPairRest },
  { name: 'ratio', read: readRatio },
  { name: 'ratio-before', read: readRatioBefore },
  { name: 'closing-ratio', read: readClosingRatio },
  { name: 'dashed-ratio', read: readDashedRatio },
  { name: 'over-capacity', read: readOverCapacity },
  { name: 'back-share', read: readBackShare },
  { name: 'sentence', read: readSentenceShares },
  { name: 'share-beside', read: readShareBeside },
  { name: 'restated-share', read: readRestatedShare },
  { name: 'restated-pair', read: readRestatedPair },
  { name: 'count-of-total', read: readCountOfTotal },
  { name: 'of-these-share', read: readOfThese },
  { name: 'subject-share', read: readSubjectShare },
  { name: 'share-then-count', read: readShareThenCount },
  { name: 'rate-of', read: readRateOf },
  { name: 'of-these-in-turn', read: readOfTheseInTurn },
  { name: 'hedge-count', read: readHedgeCount },
  { name: 'of-these-after-share', read: readOfTheseAfterShare },
  { name: 'of-these-opening', read: readOfTheseOpening },
  { name: 'listed-shares', read: readListedShares },
  { name: 'further-shares', read: readFurtherShares },
  { name: 'bracket-breakdown', read: readBracketBreakdown },
  { name: 'apposed-kinds', read: readApposedKinds },
  { name: 'closing-total', read: readClosingTotal },
  { name: 'apposed-share', read: readApposedShare },
  { name: 'response-rate', read: readResponseRate },
  { name: 'pair-share', read: readPairShare },
  { name: 'them-share', read: readThemShare },
  { name: 'that-is-share', read: readThatIsShare },
  { name: 'named-whole', read: readNamedWhole },
  { name: 'quantifier-then-pair', read: readQuantifierThenPair },
  { name: 'matched-breakdown', read: readMatchedBreakdown },
  { name: 'fraction-change', read: readFractionChange },
  { name: 'colon-share', read: readColonShare },
  { name: 'elided-part', read: readElidedPart },
  { name: 'respective-shares', read: readRespectiveShares },
  { name: 'respective-list', read: readRespectiveList },
  { name: 'out-of-total', read: readOutOfTotal },
  { name: 'against-target', read: readAgainstTarget },
  { name: 'fraction-of-figure', read: readFractionOfFigure },
  { name: 'year-series', read: readYearSeries },
  { name: 'echoed-part', read: readEchoedPart },
  { name: 'continued-frame', read: readContinuedFrame },
  // Last: they give way to any reader above that judged the same word share (`DEFERRING`).
  { name: 'share-word-before', read: readShareWordBefore },
  { name: 'fraction-part-after', read: readFractionPartAfter },
];

/** Absolute span of a local range of the sentence. */
export function at(s: SentenceView, start: number, end: number): Span {
  return { start: s.offset + start, end: s.offset + end };
}

const MAX_SENTENCE = 2000;

/** Kinds of claim the extractor never makes: a reader's claim of these kinds is never its duplicate. */
const SUMS: ReadonlySet<string> = new Set(['parts-sum', 'shares-sum', 'remainder']);

/** Whether one judged claim of the extractor holds every figure of a reader's claim. */
function repeats(c: ClaimRecord, claimsWith: ReadonlyMap<string, readonly Set<string>[]>): boolean {
  const keys = c.operands.map((o) => `${o.span.start}:${o.span.end}`);
  if (keys.length === 0) return false;
  return (claimsWith.get(keys[0]!) ?? []).some((set) => keys.every((k) => set.has(k)));
}

export function readRelations(block: BlockData, masked: string, framework: Framework | undefined, context: ExtractorContext, existing: readonly ClaimRecord[]): ClaimRecord[] {
  if (block.frontMatter) return [];
  const policy = resolvePolicy(framework, context);
  const base = block.offset;
  const heading = block.heading;
  const criterionId = heading?.kind === 'criterion' ? heading.id : undefined;
  const refs = block.references.map((r) => ({ start: r.span.start - base, end: r.span.end - base }));
  // The operands of each judged claim, by operand: a reader's claim repeats the extractor's only when
  // one claim of the extractor holds all of its figures (a figure judged as the total of one share
  // may still be the part of another: '4380 … had been graded, almost a third of the 14,859; 834 (19%) …').
  const claimsWith = new Map<string, Set<string>[]>();
  // Where the extractor judged a quantifier or hedge phrase: a reader's claim that adds one (its
  // words are not an operand) stands unless the extractor read the same phrase.
  const judgedWords = new Set<number>();
  // The shares the extractor judged with a whole: a share it read with none ('34 (18%)', no total stated) is
  // still open to a reader that finds its whole.
  const sharesWithWhole = new Set<string>();
  for (const c of existing) {
    if (c.verdict === 'unchecked') continue;
    if (c.operands.some((o) => o.role === 'n')) for (const o of c.operands) if (o.role === 'p') sharesWithWhole.add(`${o.span.start}:${o.span.end}`);
    const keys = new Set(c.operands.map((o) => `${o.span.start}:${o.span.end}`));
    for (const k of keys) {
      const list = claimsWith.get(k);
      if (list) list.push(keys);
      else claimsWith.set(k, [keys]);
    }
    if (c.qualifier) judgedWords.add(c.span.start);
  }
  const out: ClaimRecord[] = [];
  const seen = new Set<string>();
  const scales = gradeScalesOf(framework);
  const bands = framework?.data.quantifiers?.bands?.length ? quantifierBands(framework.data.quantifiers.bands, DEFAULT_QUANTIFIER_BANDS) : undefined;
  const options: ReadOptions = { policy, criterionId, bands, scales };
  // The last sentence of the finding just before, for a finding of the same list that opens by pointing
  // back to it ('(a) We inspected 25 cases. (b) In 11 (44%) of these, …').
  let carry: { end: number; last: PreviousSentence } | undefined;
  // The last sentence of the paragraph before, when it closes on a colon: the intro of a bulleted list.
  let intro: { end: number; start: number; text: string; previous: PreviousSentence[] } | undefined;
  const scopes = scopesOf(block, masked);
  for (let si = 0; si < scopes.length; si++) {
    const scope = scopes[si]!;
    if (scope.kind !== 'prose') {
      carry = undefined;
      intro = undefined;
      continue;
    }
    const raw = masked.slice(scope.start, scope.end);
    const bulleted = /^[-*+][ \t]/.test(raw);
    if (bulleted && intro && /^\s*$/.test(masked.slice(intro.end, scope.start))) {
      // The run of items of this list: bulleted scopes one line apart, read as one sentence with its intro
      // (a reading across scopes: never memoised, and rare).
      let sj = si;
      while (sj + 1 < scopes.length && scopes[sj + 1]!.kind === 'prose' && /^[ \t]*\n[ \t]*$/.test(masked.slice(scopes[sj]!.end, scopes[sj + 1]!.start)) && /^[-*+][ \t]/.test(masked.slice(scopes[sj + 1]!.start, scopes[sj + 1]!.start + 2)) && sj - si < 12) sj++;
      const listEnd = scopes[sj]!.end;
      const local = refs.filter((r) => r.start >= scope.start && r.end <= listEnd).map((r) => ({ start: r.start - scope.start, end: r.end - scope.start }));
      const joined = sj > si ? joinedList(intro.text, masked.slice(intro.start + intro.text.length, scope.start), blankScope(masked.slice(scope.start, listEnd), local)) : undefined;
      if (joined && joined.length <= MAX_SENTENCE && sentencesOf(joined).length === 1) {
        const toks = tokensOf(joined);
        if (toks.length >= 3) {
          const claims: ClaimRecord[] = [];
          const restShare = new Set<ClaimRecord>();
          readSentence({ text: joined, toks, offset: base + intro.start, previous: intro.previous, policy }, LIST_READER_LIST, options, claims, restShare);
          keep(claims, restShare);
        }
      }
    }
    intro = undefined;
    const carried = carry && pointsBackToFindingBefore(masked, carry.end, scope.start, raw) ? carry.last : undefined;
    carry = undefined;
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|double|half|halved|treble)/i.test(raw)) continue;
    const local = refs.filter((r) => r.start >= scope.start && r.end <= scope.end).map((r) => ({ start: r.start - scope.start, end: r.end - scope.start }));
    const at0 = base + scope.start;
    // What the readers read in this scope depends on its text, its references, the sentence carried
    // from the finding before and the criterion (the framework and the policy are the analyzer's key).
    const key = { start: scope.start, end: scope.end, masked: raw, prefix: `R\u0000${criterionId ?? ''}\u0000${local.map((r) => `${r.start}-${r.end}`).join(',')}\u0000${carried ? `${carried.offset - at0}\u0000${carried.text}` : ''}` };
    let text: string | undefined;
    const read = memoScope(block, context, key, at0, moveScopeRest, () => readScope((text = blankScope(raw, local)), at0, carried, scopeOptions(options, raw)));
    const { last, restShare } = read.rest;
    if (last) {
      text ??= blankScope(raw, local);
      const st = text.slice(last.start - at0, last.end - at0);
      carry = { end: scope.end, last: { text: st, toks: tokensOf(st), offset: last.start } };
    }
    keep(read.claims, new Set(restShare.map((i) => read.claims[i]!)));
    // The last sentence of a paragraph that closes on a colon introduces a bulleted list right after it.
    if (!bulleted && /:\s*$/.test(raw)) {
      text ??= blankScope(raw, local);
      intro = colonIntro(text, at0, scope, carried, policy);
    }
  }
  return settleSums(out, masked, base);

  function keep(claims: readonly ClaimRecord[], restShare: ReadonlySet<ClaimRecord>): void {
    for (const c of claims) {
      // The extractor already judged these figures: its reading stands. It never reads a sum, so a
      // sum over figures it judged one by one ('89 (16%) good, 327 (60%) …' of 545) is a relation of its own.
      // A new reading over figures that each have a reading already stands only when it is consistent:
      // it then confirms, and a disagreeing one is more likely a misreading than an error
      // ('Four out of five of the 136 trusts (81%)' is not 5 of 136).
      const allJudged = c.operands.every((o) => claimsWith.has(`${o.span.start}:${o.span.end}`));
      // A count-of over figures judged in different claims ('60 (25%) of 240 …, including 12 (5%)': 12 of 60) is a relation of its own.
      // (The share of a list's rest of its stated whole, read beside the shares of the parts before it,
      // stands over a reading that found no total for it: rest-share.ts.)
      // A share the extractor read with no whole, given one by a reader: that reading is the first of its whole.
      const firstWhole = c.kind === 'percent-of' && c.operands.some((o) => o.role === 'n' && o.inferred) && c.operands.every((o) => o.role !== 'p' || !sharesWithWhole.has(`${o.span.start}:${o.span.end}`));
      if (!SUMS.has(c.kind) && allJudged && (repeats(c, claimsWith) || (c.verdict !== 'ok' && c.kind !== 'count-of' && !restShare.has(c) && !firstWhole)) && (c.kind !== 'quantifier' || judgedWords.has(c.span.start))) continue;
      // Two readers may find the same reading ('120 files, around a quarter of the 480'): it is one claim.
      const sig = `${c.kind}|${c.verdict}|${c.operands.map((o) => `${o.role}@${o.span.start}:${o.span.end}`).sort().join(',')}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push(c);
    }
  }
}

/** Kinds of claim that add parts up to a whole. */
const SUM_KINDS: ReadonlySet<string> = new Set(['remainder', 'parts-sum']);

/**
 * Two readings of one list that disagree: a sum that does not make its whole is not reported when another
 * reader's sum of the same whole, ending on the same last figure, makes it ('Of the 40 referrals, 12 were late,
 * rising to 15 by March, and the other 25 were on time': 15 + 25 = 40 is a reading, 12 + 15 + 25 a misreading).
 * The inconsistent one is listed as unresolved, saying which reading fits.
 */
function settleSums(claims: ClaimRecord[], masked: string, base: number): ClaimRecord[] {
  const oks = claims.filter((c) => SUM_KINDS.has(c.kind) && c.verdict === 'ok');
  if (oks.length === 0) return claims;
  const whole = (c: ClaimRecord) => c.operands.find((o) => o.role === 'n');
  const last = (c: ClaimRecord) => c.operands.reduce<Operand | undefined>((a, o) => (o.role !== 'n' && (!a || o.span.start > a.span.start) ? o : a), undefined);
  const same = (a: Operand | undefined, b: Operand | undefined) => !!a && !!b && a.span.start === b.span.start && a.span.end === b.span.end;
  // A sub-whole's list must name it as its frame, 'Of the strategic recommendations, one …': a sum that only happens
  // to add up ('A further 7 planned to appoint one …, and the remaining 6') is no reading of the rest.
  const framedBy = (o: ClaimRecord) => {
    const w = whole(o)!;
    const first = o.operands.filter((x) => x.role !== 'n').reduce((a, x) => (x.span.start < a.span.start ? x : a));
    if (first.span.start <= w.span.end) return false;
    // ('of the rest,' is the rest of the whole, not a part of it named again.)
    return /(?:^|[.;:]\s*)(?:of|among|for)\s+(?:the|these|those)\s+(?!(?:rest|remainder|others?|remaining|balance)\b)[^.;:,\d]{0,60},\s*$/i.test(masked.slice(Math.max(w.span.end - base, first.span.start - base - 90), first.span.start - base));
  };
  return claims.map((c) => {
    if (!SUM_KINDS.has(c.kind) || c.verdict !== 'inconsistent') return c;
    // (Or the other's whole is a part of this list: 'made 11 recommendations: five strategic and six operational. Of the
    // strategic recommendations, one … and the remaining four …' is a rest of the five, 1 + 4 = 5, not of the 11.)
    const fit = oks.find((o) => o !== c && same(last(o), last(c)) && (same(whole(o), whole(c)) || (c.operands.some((x) => x.role !== 'n' && same(x, whole(o))) && framedBy(o))));
    if (!fit) return c;
    const parts = fit.operands.filter((o) => o.role !== 'n').map((o) => o.raw).join(' + ');
    return unresolve(c, `but ${parts} = ${whole(fit)!.raw} is another reading of the list`);
  });
}

/** The readers of a whole and its parts, run over a colon and the bulleted list after it. */
const LIST_READERS = new Set(['parts-sum', 'degree-with', 'survey-answers']);
const LIST_READER_LIST = RELATION_READERS.filter((r) => LIST_READERS.has(r.name));

/**
 * A sentence that closes on a colon and the bulleted list right after it ('Of the 36 homes inspected:' then
 * '- 10 were outstanding', '- 18 were good', …) read as one sentence: the markers become separators of the
 * same length ('…inspected:    10 were outstanding,  18 were good'), so every offset stays the text's. Only a
 * flat list of one-line items, each with no sentence of its own; otherwise undefined.
 */
export function joinedList(introText: string, gap: string, list: string): string | undefined {
  if (!/^\s*$/.test(gap)) return undefined;
  const lines = list.replace(/\s+$/, '').split('\n');
  // (The scope's markers may be blanked already: a line opens with its marker or with white space.)
  const MARKER = /^(?:[-*+][ \t]+|[ \t]{2,})(?=\S)/;
  if (lines.length < 2 || lines.length > 12 || lines.some((l) => !MARKER.test(l))) return undefined;
  const items = lines.map((l) => l.replace(MARKER, ''));
  // One sentence an item: no full stop inside one, a number's point aside.
  if (items.some((x) => /[.!?]\s+\S/.test(x.replace(/(?<=\d)\.(?=\d)/g, '0')))) return undefined;
  let joined = '';
  for (const [i, l] of lines.entries()) {
    const marker = MARKER.exec(l)![0];
    let item = l.slice(marker.length);
    const lastItem = i === lines.length - 1;
    // A full stop closing an item before the last would end the sentence: a comma of the same length.
    if (!lastItem) item = item.replace(/\.\s*$/, (m) => ',' + m.slice(1));
    // The line break before an item becomes a comma, unless the item before closes on one ('…;', '…; and').
    const sep = i === 0 ? '' : /[,;:]\s*(?:and|or)?\s*$/.test(joined) ? ' ' : ',';
    joined += sep + ' '.repeat(marker.length) + item;
  }
  return introText + gap.replace(/\n/g, ' ') + joined;
}

/** Where the last sentence of a scope with a figure is (for the finding after it), if there is one: offsets, not its text, which would keep the scope's text alive. */
type LastSentence = { start: number; end: number } | undefined;

/** What a scope's reading passes on besides its claims: its last sentence with a figure, and which claims rest-share.ts read (by index). */
interface ScopeRest {
  last: LastSentence;
  restShare: number[];
}

function moveScopeRest(r: ScopeRest, delta: number): ScopeRest {
  return { last: r.last && { start: r.last.start + delta, end: r.last.end + delta }, restShare: r.restShare };
}

interface ReadOptions {
  policy: RoundingPolicy;
  criterionId: string | undefined;
  bands: SentenceView['quantifierBands'];
  scales: SentenceView['gradeScales'];
}

/** The options of a scope that defines its own quantifier bands ('Estyn uses 'many' to mean 70% or more'): its bands put first. */
function scopeOptions(o: ReadOptions, raw: string): ReadOptions {
  const bands = bandsWithDefined(o.bands ?? DEFAULT_QUANTIFIER_BANDS, raw);
  return bands === (o.bands ?? DEFAULT_QUANTIFIER_BANDS) ? o : { ...o, bands };
}

/** Readers of a word share that give way to any other reader of the same sentence that judged the same word share. */
const DEFERRING = new Set(['share-word-before', 'fraction-part-after']);

function readAlready(c: ClaimRecord, claims: readonly ClaimRecord[], from: number): boolean {
  const f = c.operands.find((x) => x.role === 'f');
  if (!f?.span) return false;
  for (let i = from; i < claims.length; i++) {
    const d = claims[i]!;
    if (d.verdict !== 'unchecked' && d.operands.some((x) => x.role === 'f' && x.span !== undefined && x.span.end > f.span!.start && x.span.start < f.span!.end)) return true;
  }
  return false;
}

/** The readers over one sentence view: their claims in `claims`, those of rest-share.ts also in `restShare`. */
function readSentence(view: SentenceView, readers: readonly { name: string; read: RelationReader }[], o: ReadOptions, claims: ClaimRecord[], restShare: Set<ClaimRecord>): void {
  if (o.criterionId) view.criterionId = o.criterionId;
  if (o.bands) view.quantifierBands = o.bands;
  view.gradeScales = o.scales;
  const from = claims.length;
  for (const r of readers) {
    for (const c of r.read(view)) {
      // A looser reading of a word share that another reader of this sentence has already judged adds nothing.
      if (DEFERRING.has(r.name) && readAlready(c, claims, from)) continue;
      if (o.criterionId) c.criterionId = o.criterionId;
      claims.push(c);
      if (r.name === 'rest-share') restShare.add(c);
    }
  }
}

/** Types of number that name no amount (`quantities.ts`). */
const NO_AMOUNT: ReadonlySet<string> = new Set(['year', 'date', 'time', 'label', 'ordinal', 'pronoun', 'phone', 'age', 'range', 'score']);

/**
 * The sentences of a prose scope as the readers see them: each with its tokens, offset and the sentences
 * before it that it may look back to (bounded by PREVIOUS_SENTENCES; the finding before serves the first only).
 */
function* sentenceViews(text: string, at0: number, carried: PreviousSentence | undefined, policy: RoundingPolicy): Generator<{ view: SentenceView; read: boolean; previous: PreviousSentence[] } | { long: true }> {
  const previous: PreviousSentence[] = carried ? [carried] : [];
  let first = true;
  for (const se of sentencesOf(text)) {
    if (se.end - se.start > MAX_SENTENCE) {
      previous.length = 0;
      yield { long: true };
      continue;
    }
    const st = text.slice(se.start, se.end);
    const toks = tokensOf(st);
    const offset = at0 + se.start;
    // A sentence with one figure may still close a relation begun before it ('This left eight.').
    // Or a change between amounts of money, which are not tokens ('rose by 25%, from £1.2 million to £1.5 million').
    // (A sentence whose every figure names no amount, years, dates, times, labels, ordinals, pronouns and phone
    // numbers alone, has nothing to read; a decimal, a measure, a duration or money may still be a level.)
    // ('That is a quarter.' after a count: a share word alone, read by `that-is-share.ts`.)
    const read = (toks.some((t) => !(t.kind === 'num' && t.notCount && NO_AMOUNT.has(t.type ?? ''))) && (toks.length >= 2 || (toks.length === 1 && (previous.some((p) => p.toks.length > 0) || /[£$€]\s*\d/.test(st))))) || (toks.length === 0 && previous.length > 0 && previous[previous.length - 1]!.toks.length > 0 && THAT_IS_SENTENCE.test(st));
    const view: SentenceView = { text: st, toks, offset, previous: previous.slice(), policy };
    if (first && carried) previous.length = 0;
    first = false;
    previous.push({ text: st, toks, offset });
    if (previous.length > PREVIOUS_SENTENCES) previous.shift();
    yield { view, read, previous };
  }
}

/** Every reader over every sentence of one prose scope (`text` with its references blanked, at `at0`). */
function readScope(text: string, at0: number, carried: PreviousSentence | undefined, o: ReadOptions): ScopeResult<ScopeRest> {
  const claims: ClaimRecord[] = [];
  const restShare = new Set<ClaimRecord>();
  let last: LastSentence;
  for (const x of sentenceViews(text, at0, carried, o.policy)) {
    if ('long' in x) continue;
    if (x.view.toks.length > 0) last = { start: x.view.offset, end: x.view.offset + x.view.text.length };
    if (x.read) readSentence(x.view, RELATION_READERS, o, claims, restShare);
  }
  return { claims, rest: { last, restShare: claims.flatMap((c, i) => (restShare.has(c) ? [i] : [])) } };
}

/**
 * The last sentence of a scope that closes on a colon, as the intro of a bulleted list after it, with the
 * sentences before it that it may look back to (none when it is over-long).
 */
function colonIntro(text: string, at0: number, scope: { start: number; end: number }, carried: PreviousSentence | undefined, policy: RoundingPolicy): { end: number; start: number; text: string; previous: PreviousSentence[] } | undefined {
  let lastView: SentenceView | undefined;
  let lastPrevious: PreviousSentence[] = [];
  for (const x of sentenceViews(text, at0, carried, policy)) {
    if ('long' in x) {
      lastView = undefined;
      continue;
    }
    lastView = x.view;
    lastPrevious = x.previous;
  }
  if (!lastView || lastView.text.charCodeAt(lastView.text.length - 1) !== 58) return undefined;
  return { end: scope.end, start: lastView.offset - at0 + scope.start, text: lastView.text, previous: lastPrevious.slice(0, -1) };
}
