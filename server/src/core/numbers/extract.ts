/**
 * The numbers extractor: finds the numeric claims of one block and judges
 * each under the report's rounding policy. Everything it needs lies inside
 * the block (a finding never crosses a heading); claims that need other
 * blocks (a summary restating a criterion, a section's mean) are checked by
 * rules on the assembled model.
 *
 * This file only runs the readings, in order; each reading is a file of
 * `extract/` named for what it reads (see `README.md` for the stages):
 *
 *   per scope      tables (`table.ts`), score lines (`extract/section-score.ts`)
 *   per sentence   'Of these, k' (`of-these.ts`), 'Of the n …, k' (`total-first.ts`)
 *   per token      the first reading in PERCENT_READINGS, FRACTION_READINGS or
 *                  COUNT_READINGS that reads it (the order is the precedence)
 *   per sentence   rests (`complement.ts`), quantifier words (`quantifier.ts`),
 *                  group sizes (`group-count.ts`)
 */
import type { Framework } from '../framework/framework.js';
import type { BlockData, ExtractorContext } from '../parse/block.js';
import type { ClaimRecord } from './claim.js';
import { memoScope, type ScopeResult } from './scope-memo.js';
import { bandsWithDefined } from './defined-bands.js';
import { allBut } from './extract/all-but.js';
import { complements } from './extract/complement.js';
import { besideNonCount } from './extract/beside-non-count.js';
import { countOfN } from './extract/count-of.js';
import { countPercent } from './extract/count-percent.js';
import { extremeCount } from './extract/extremes.js';
import { fractionAt } from './extract/fraction.js';
import { groupCounts } from './extract/group-count.js';
import { countOfThese, ofTheseFirst, percentOfThese } from './extract/of-these.js';
import { percentAlone } from './extract/percent-alone.js';
import { percentCount, percentCountOf, percentLaterPair } from './extract/percent-count.js';
import { percentOfN, percentTotalInBrackets } from './extract/percent-of.js';
import { quantifiers } from './extract/quantifier.js';
import { ratioIn } from './extract/ratio-in.js';
import { readingOf, type Pop, type ScopeState, type TokenReading } from './extract/reading.js';
import { scoreLine, sectionScoresInProse } from './extract/section-score.js';
import { totalFirst } from './extract/total-first.js';
import { quantifierBands } from './interval.js';
import { resolvePolicy } from './policy.js';
import { blankScope, pointsBackToFindingBefore, scopesOf, sentencesOf, tokensOf } from './scan.js';
import { gradeScalesOf } from './relations/grade-parts.js';
import { tableClaims } from './table.js';
import { DEFAULT_QUANTIFIER_BANDS } from './words.js';

/** A percentage token: 'P% (k of n)', 'P% (k)', 'P% (n = N)', 'P% of n', 'P% … (k of n)', 'P% of these', or alone. */
const PERCENT_READINGS: readonly TokenReading[] = [percentCountOf, percentCount, percentTotalInBrackets, percentOfN, percentLaterPair, percentOfThese, percentAlone];
/** A fraction token (one reading, which tries its shapes in order). */
const FRACTION_READINGS: readonly TokenReading[] = [fractionAt];
/** A count token: 'all but c', 'both / none / all of the n', 'k (P%)', 'k of n', 'k in n', 'k of these'. */
const COUNT_READINGS: readonly TokenReading[] = [allBut, extremeCount, countPercent, countOfN, ratioIn, countOfThese];

export function extractClaims(block: BlockData, masked: string, framework: Framework | undefined, context: ExtractorContext): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (block.frontMatter) return out;
  const policy = resolvePolicy(framework, context);
  const bands = quantifierBands(framework?.data.quantifiers?.bands, DEFAULT_QUANTIFIER_BANDS);
  const base = block.offset;
  const heading = block.heading;
  const criterionId = heading?.kind === 'criterion' ? heading.id : undefined;
  const refs = block.references.map((r) => ({ start: r.span.start - base, end: r.span.end - base })).sort((a, b) => a.start - b.start);

  // The prose scope just before a table, which may state its column's total ('2,098,828 pupils attended the 5,996 schools').
  let lead: { text: string; at: number; table?: { raw: string; at: number } } | undefined;
  // The totals of the prose scope just before, for a finding of the same list that points back to them.
  let carry: { end: number; pops: Pop[] } | undefined;
  for (const scope of scopesOf(block, masked)) {
    const raw = masked.slice(scope.start, scope.end);
    if (scope.kind === 'table') {
      carry = undefined;
      for (const c of tableClaims(raw, base + scope.start, policy, lead, gradeScalesOf(framework))) out.push(withCriterion(c, criterionId));
      // A table right after this one may count the same whole another way ('Length of detention' over 'Nationality').
      lead = { text: '', at: base + scope.start, table: { raw, at: base + scope.start } };
      continue;
    }
    lead = raw.length <= 2000 ? { text: raw, at: base + scope.start } : undefined;
    const score = scoreLine(heading, raw, base + scope.start);
    if (score) {
      for (const c of score) out.push(c);
      continue;
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
    for (const c of sectionScoresInProse(raw, base + scope.start)) out.push(c);
    const text = blankScope(raw, localRefs);
    // A finding that opens by pointing back ('Of these, 44% (11) …') may mean a group the finding just
    // before counted: its totals are candidates for the first sentence only, and only for readings that
    // point back (`Pop.sentence` -1 is never the sentence's own).
    const carried = carry && pointsBackToFindingBefore(masked, carry.end, scope.start, text) ? carry.pops : [];
    const at0 = base + scope.start;
    const readScope = (): ScopeResult<Pop[]> => {
      // A scope that defines its own bands ('Estyn uses \'many\' to mean 70% or more') reads its share words by them.
      const state: ScopeState = { pops: carried, bases: [], policy, bands: bandsWithDefined(bands, raw), criterionId, out: [] };
      readProse(text, at0, state);
      // The finding after takes the last few totals only (`carry`).
      return { claims: state.out, rest: state.pops.filter((p) => p.sentence >= 0).slice(-CARRIED_POPS) };
    };
    // A scope that takes no totals from the finding before reads the same wherever it stands
    // (the framework and the policy are the analyzer's key): an edit elsewhere in the block keeps its reading.
    const read = carried.length > 0 ? readScope() : memoScope(block, context, { start: scope.start, end: scope.end, masked: raw, prefix: `E\u0000${criterionId ?? ''}\u0000${localRefs.map((r) => `${r.start}-${r.end}`).join(',')}` }, at0, movePops, readScope);
    for (const c of read.claims) out.push(c);
    const own = read.rest;
    carry = own.length > 0 ? { end: scope.end, pops: own.map((p) => ({ ...p, sentence: -1 })) } : undefined;
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

/** How many of a scope's totals the finding after it may point back to. */
const CARRIED_POPS = 8;

/** Totals moved by `delta`: a total's token has offsets local to its sentence (and is never changed); its span and end are absolute. */
function movePops(pops: Pop[], delta: number): Pop[] {
  return pops.map((p) => ({ ...p, span: { start: p.span.start + delta, end: p.span.end + delta }, end: p.end + delta }));
}

function withCriterion(c: ClaimRecord, criterionId: string | undefined): ClaimRecord {
  return criterionId ? { ...c, criterionId } : c;
}

/** The sentences of one prose scope (`text` at absolute offset `base`), in order: a later one may refer to an earlier one's totals. */
function readProse(text: string, base: number, scope: ScopeState): void {
  const sentences = sentencesOf(text);
  sentences.forEach((s, si) => {
    readSentence(scope, text.slice(s.start, s.end), base + s.start, si);
    // The totals of the finding before serve its first sentence only.
    if (si === 0 && scope.pops.some((p) => p.sentence < 0)) scope.pops = scope.pops.filter((p) => p.sentence >= 0);
  });
}

// The readings are functions of their own rather than one long body: small functions are
// optimised by V8 early, a very long one only after many analyses.
function readSentence(scope: ScopeState, text: string, at: number, si: number): void {
  // A number that is no count between a count and its bracketed share ('12 were aged 15 (25%)') is read as a word.
  const seen = besideNonCount(text, tokensOf(text));
  const toks = seen.toks;
  // Every claim, total and share base is made of tokens: a sentence without any (most of them)
  // adds nothing and changes no state that a later sentence reads (its index still counts).
  if (toks.length === 0) return;
  const r = readingOf(scope, seen.text, at, si, toks, text);
  ofTheseFirst(r);
  totalFirst(r);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (r.used.has(t)) continue;
    const readings = t.kind === 'pct' ? PERCENT_READINGS : t.kind === 'frac' ? FRACTION_READINGS : !t.notCount ? COUNT_READINGS : undefined;
    if (readings) for (const read of readings) if (read(r, i)) break;
  }
  complements(r);
  quantifiers(r);
  const starts: number[] = [];
  for (const t of toks) if (t.kind === 'num' && !t.notCount) starts.push(at + t.start);
  scope.lastCounts = { sentence: si, starts };
  // Counts that state the size of a group are claims too (and totals for what follows).
  groupCounts(r);
  // A loop, not a spread: a spread of a very long list overflows the call stack.
  for (const p of r.sentencePops.sort((a, b) => a.end - b.end)) scope.pops.push(p);
}
