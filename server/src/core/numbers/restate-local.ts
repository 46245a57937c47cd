/**
 * Restatements inside one passage, not a summary of a criterion (`restate.ts` matches those):
 * - a sentence that opens by summing up ('In summary,', 'Overall,', 'In conclusion,', 'To summarise,')
 *   restating a figure of an earlier sentence of the same block: 'Risk of harm had been assessed well in
 *   26 of them (65%). Overall, the assessment of risk of harm was sufficient in 65% of the cases';
 * - the paragraph just after a table restating one of its cells: 'Only 45% of respondents said they could
 *   have a shower on their first night' under the row 'Could have a shower on their first night | 164 |
 *   74 | 45%', or its count with the row's base, 'only 74 of the 164 respondents'.
 * Tied by what the claim is about, never by one common word: the words of the earlier clause (or the row
 * label) must mostly be in the restatement, and a count pair must have the same whole; a denial that gives
 * the rest of the figure ('14 of the 40 had no plan' after '26 of the 40 had a plan') restates nothing. A disagreement is reported only when one source
 * matches (and, for a summing-up, only one sentence before holds figures: it may total several); a table
 * row with several share columns of its own (men, women) is only confirmed.
 */
import type { Report, Span } from '../model.js';
import type { BlockData } from '../parse/block.js';
import { isClaimRecord, type ClaimRecord, type Operand } from './claim.js';
import { percentInterval, share, type Q } from './interval.js';
import { pctOperand } from './judge.js';
import { sentencesOf } from './scan.js';
import { DEFAULT_QUANTIFIER_BANDS, SHARE_OPENING_WORDS } from './words.js';
import { agree, asPairOf, clauseAround, comparable, figureClause, keywords, marksDiffer, pairOf, quantifierClause, type Band, type FigureClause, type Restatement, type SentenceFinder } from './restate.js';
import { bodyRows, COMPARATOR, gridOf, headerOf, isCountColumn, isPctColumn, NOT_ADDITIVE, pctAt, value, type Grid } from './tables/grid.js';

/** A sentence that sums up what came before: its figure restates one of theirs. */
const SUMS_UP = /^\s*(?:in\s+summary|to\s+summari[sz]e|in\s+conclusion|to\s+conclude|to\s+sum\s+up|in\s+short|in\s+brief|overall|taken\s+together|all\s+in\s+all)\s*,/i;

/** How far back (characters) a summing-up sentence looks for the figure it restates. */
const LOOK_BACK = 1500;

/** Share of the source's words a restatement must hold. */
const MIN_COVER = 0.7;

/** Words two clauses share; a stem of five letters or more matches a longer one it begins ('assess', 'assessment'). */
function sharedWords(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [w, raw] of a) {
    if (w.startsWith('acr:')) {
      if (b.has(w)) out.push(raw);
      continue;
    }
    if (b.has(w)) out.push(raw);
    else for (const v of b.keys()) if (!v.startsWith('acr:') && Math.min(v.length, w.length) >= 5 && (v.startsWith(w) || w.startsWith(v))) {
      out.push(raw);
      break;
    }
  }
  return out;
}

const plainWords = (m: Map<string, string>) => [...m.keys()].filter((w) => !w.startsWith('acr:')).length;

export function localRestatements(report: Report, blocks: readonly BlockData[], finder: SentenceFinder, bands: readonly Band[] = DEFAULT_QUANTIFIER_BANDS): Restatement[] {
  const records = report.claims.filter(isClaimRecord);
  // (One restatement a summary figure: a summing-up that opens its paragraph may also be the sentence a detail follows.)
  const seen = new Set<ClaimRecord>();
  return [...summingUp(records, blocks, finder), ...labelledSummaries(records, blocks, finder, bands), ...tableTrails(records, blocks, finder)].filter((r) => !seen.has(r.summary.claim) && !!seen.add(r.summary.claim));
}

/** The index of the block that holds an offset (blocks in document order). */
function blockAt(blocks: readonly BlockData[], at: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.offset <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** 'Overall, … 65% …' after '… 26 of them (65%)' in the same block. */
function summingUp(records: readonly ClaimRecord[], blocks: readonly BlockData[], finder: SentenceFinder): Restatement[] {
  const out: Restatement[] = [];
  // The claims with a sentence, each asked for its sentence once (most claims carry theirs).
  const withSentence: { c: ClaimRecord; s: { text: string; span: Span } }[] = [];
  for (const c of records) {
    const s = c.sentence ?? finder(c.span);
    if (s) withSentence.push({ c, s });
  }
  for (let i = 0; i < withSentence.length; i++) {
    const { c, s } = withSentence[i]!;
    if (!SUMS_UP.test(s.text) || c.kind === 'restatement') continue;
    const sum = figureClause(c, c.criterionId, finder);
    if (!sum) continue;
    const block = blockAt(blocks, s.span.start);
    // Earlier figures of the sentences before, nearest first (claims are in document order).
    const cands = new Map<number, { src: FigureClause; shared: string[]; strict: boolean }>();
    // The sentences before that hold a figure: a summing-up after two or more may total them ('In the North …
    // 65%. In the South … 70%. Overall, … 68%'), so it is then only confirmed.
    const figureSentences = new Set<number>();
    for (let j = i - 1; j >= 0; j--) {
      const e = withSentence[j]!;
      if (e.s.span.start >= s.span.start) continue;
      if (s.span.start - e.s.span.start > LOOK_BACK || e.c.criterionId !== c.criterionId || blockAt(blocks, e.s.span.start) !== block) break;
      if (SUMS_UP.test(e.s.text)) continue;
      let src = figureClause(e.c, e.c.criterionId, finder);
      if (!src) continue;
      figureSentences.add(e.s.span.start);
      // A change ('fell by 18%') restates a change, and a level a level.
      if (!src.change !== !sum.change) continue;
      // A finding and its denial ('had a plan', 'had no plan') share their words: when the summing-up gives the
      // rest of the finding's figure (14 of 40 after 26 of 40, 35% after 65%), it states the denial, not the finding.
      if (negated(e.s.text, src.figure.operand) !== negated(s.text, sum.figure.operand) && agree(sum.figure, complementOf(src.figure))) continue;
      src = asPairOf(sum, src);
      const shared = sharedWords(src.words, sum.words);
      const a = pairOf(c);
      const b = pairOf(e.c);
      // Two pairs of one whole share the whole's noun ('of the 22 care plans') whatever they say of it: a word
      // of what is said must be shared too.
      const sameWhole = sum.figure.operand.role === 'k' && a && b && a.n.value === b.n.value && shared.some((w) => !nounWords(s.text, a.n).has([...keywords(w).keys()][0] ?? ''));
      const covered = shared.length >= 2 && shared.length >= MIN_COVER * plainWords(src.words);
      if (!sameWhole && !covered) continue;
      // Read by its words alone, the finding says no more than the summing-up does when every word of its clause
      // left out is a word of quality ('well', 'sufficient'): only then can the two figures be said to differ
      // ('assessed well' and 'managed well' share risk, harm and well, but are two findings).
      const left = [...src.words.keys()].filter((w) => !w.startsWith('acr:') && !sharedWords(new Map([[w, w]]), sum.words).length);
      const strict = sameWhole || left.every((w) => QUALITY.test(w));
      const key = src.figure.operand.span.start;
      const had = cands.get(key);
      if (!had || had.shared.length < shared.length) cands.set(key, { src, shared, strict });
    }
    if (cands.size === 0) continue;
    const list = [...cands.values()];
    const same = list.find((x) => agree(sum.figure, x.src.figure));
    if (same) out.push({ summary: sum, source: same.src, agrees: true, shared: same.shared, where: 'the finding before it' });
    else if (list.length === 1 && list[0]!.strict && figureSentences.size === 1) out.push({ summary: sum, source: list[0]!.src, agrees: false, shared: list[0]!.shared, where: 'the finding before it' });
  }
  return out;
}

/**
 * A sentence opened by a summary's label and a colon: 'Summary:', 'Key finding:', 'At a glance:', 'In brief:',
 * 'Overall:', 'In conclusion:' (bold or not).
 */
const LABELLED =
  /^\s*(?:[*_]{1,2})?(?:in\s+summary|summary|key\s+(?:findings?|messages?|points?)|main\s+findings?|headlines?|at\s+a\s+glance|in\s+brief|in\s+short|overall|in\s+conclusion|conclusions?)(?:[*_]{1,2})?\s*:/i;

/** How far (characters) from a labelled summary the finding it restates may be, before or after it. */
const LABEL_REACH = 1500;

/**
 * Words that say how a figure was found or who answered, not what it is of: 'In the detail,', 'In our survey,',
 * 'who responded', 'said', 'told us', 'whose records we read'. They tie nothing, and a finding that has them and
 * its summary lacks says no more than the summary.
 */
const HOW_FOUND = /^(?:detail|survey|answer|respond|respons|reply|repli|ask|told|said|say|report|audit|audited|check|read|sampl|examin|review|interview|spok|spoke|met|look)$/;
/** 'whose records we read', 'that we checked', 'we spoke to': the finding's provenance. */
const PROVENANCE = /\b(?:(?:whose|of\s+whose)\s+[a-z]+\s+)?(?:(?:that|which|who|whom)\s+)?(?:we|inspectors|the\s+inspection\s+team)\s+(?:read|checked|inspected|sampled|examined|reviewed|looked\s+at|spoke\s+(?:to|with)|interviewed|met|asked|audited|surveyed)\b/gi;
/** 'always or usually', 'always or most of the time': the usual top band of a frequency scale, one answer. */
const TOP_BAND = /\balways\s+or\s+(?:usually|mostly|most\s+of\s+the\s+time|often)\b/gi;

/** 'In our survey of people who use the service,': who answered, opening the finding. */
const SURVEY_FRAME = /\b(?:in|from)\s+(?:our|the|a|this)\s+(?:[a-z]+\s+)?survey\s+of\s+[^,;:()]{1,60},/gi;

/** 'Across the provider,', 'In the detail,': a frame of no figure opening a sentence (after a finding's marker). */
const OPENING_FRAME = /^\s*(?:[-*+]\s+)?(?:\(?[a-z0-9]{1,3}\)\s+)?(?:in|across|at|for|from|during|within|throughout|on)\s+[^,;:()\d]{1,50},/i;
const frameOf = new Map<string, Set<string>>();
function frameWords(sentence: string): Set<string> {
  let out = frameOf.get(sentence);
  if (!out) {
    const m = OPENING_FRAME.exec(sentence);
    out = new Set(m ? keywords(m[0]).keys() : []);
    if (frameOf.size > 2000) frameOf.clear();
    frameOf.set(sentence, out);
  }
  return out;
}

/** The stems of a sentence's provenance and band words (cached per sentence text). */
const howFoundOf = new Map<string, Set<string>>();
function ignorable(sentence: string): Set<string> {
  let out = howFoundOf.get(sentence);
  if (!out) {
    out = new Set<string>();
    for (const m of sentence.matchAll(PROVENANCE)) for (const k of keywords(m[0]).keys()) out.add(k);
    for (const m of sentence.matchAll(TOP_BAND)) for (const k of keywords(m[0]).keys()) out.add(k);
    for (const m of sentence.matchAll(SURVEY_FRAME)) for (const k of keywords(m[0]).keys()) out.add(k);
    if (howFoundOf.size > 2000) howFoundOf.clear();
    howFoundOf.set(sentence, out);
  }
  return out;
}

/**
 * 'Summary: staff had received safeguarding training in two thirds of the 36 personnel files we checked.' before
 * or after 'Finding: 24 of the 36 files (67%) showed safeguarding training completed …' in the same block or
 * criterion: the labelled sentence restates the one finding whose clause it mostly holds (or whose pair has the
 * same whole, with a word of what is said shared beside the whole's noun). A difference is said only when exactly
 * one finding so matches, its clause leaves out of the summary only words of quality or of how it was found, and
 * the summary adds at most two words of its own; a figure measured against ('down from 88%') is no finding.
 */
function labelledSummaries(records: readonly ClaimRecord[], blocks: readonly BlockData[], finder: SentenceFinder, bands: readonly Band[]): Restatement[] {
  const out: Restatement[] = [];
  const withSentence: { c: ClaimRecord; s: { text: string; span: Span } }[] = [];
  for (const c of records) {
    if (c.kind === 'restatement') continue;
    const s = c.sentence ?? finder(c.span);
    if (s) withSentence.push({ c, s });
  }
  // The labelled sentences that give a figure of their own, and the ones of no figure (their words' share).
  const withFigure = new Set<number>();
  for (let i = 0; i < withSentence.length; i++) {
    const { c, s } = withSentence[i]!;
    if (!LABELLED.test(s.text)) continue;
    const sum = figureClause(c, c.criterionId, finder);
    if (!sum) continue;
    withFigure.add(s.span.start);
    const r = matchLabelled(sum, c, s, i, i + 1, withSentence, blocks, finder);
    if (r) out.push(r);
  }
  // 'About three quarters of the agencies we inspected met every standard. In detail, 185 of the 250 agencies met
  // all five standards …': a sentence that opens by giving the detail of the one before restates its share, as a
  // finding restates a labelled summary; only that sentence is the finding, and only a sentence before that gives
  // one share (no count of its own) is its summary.
  for (let i = 0; i < withSentence.length; i++) {
    const { c, s } = withSentence[i]!;
    if (!GIVES_DETAIL.test(s.text) || (i > 0 && withSentence[i - 1]!.s.span.start === s.span.start)) continue;
    const detail = withSentence.filter((x) => x.s.span.start < s.span.end && x.s.span.end > s.span.start);
    const prev = s.span.start > 0 ? finder({ start: s.span.start - 1, end: s.span.start }) ?? finder({ start: s.span.start - 2, end: s.span.start }) : undefined;
    if (!prev || prev.span.start === s.span.start || blockAt(blocks, prev.span.start) !== blockAt(blocks, s.span.start) || LABELLED.test(prev.text) || withFigure.has(prev.span.start)) continue;
    const within = (x: { s: { span: Span } }, sp: Span) => x.s.span.start < sp.end && x.s.span.end > sp.start;
    const own = withSentence.filter((x) => within(x, prev.span));
    let sum: FigureClause | undefined;
    let sumClaim: ClaimRecord | undefined;
    const figures = own.map((x) => ({ x, fc: figureClause(x.c, x.c.criterionId, finder) })).filter((y) => y.fc);
    if (figures.length === 1 && !own.some((x) => pairOf(x.c))) [sum, sumClaim] = [figures[0]!.fc!, figures[0]!.x.c];
    else if (figures.length === 0) {
      const m = DETAIL_SUMMARY_QUANTIFIER.exec(prev.text);
      const b = blocks[blockAt(blocks, prev.span.start)];
      if (m && b) {
        const at = prev.span.start - b.offset + m.index + m[0].length - m[1]!.length;
        const q = quantifierClause(b, at, at + m[1]!.length, m[1]!, bands, finder);
        if (q) [sum, sumClaim] = [{ ...q, plurality: false }, q.claim];
      }
    }
    if (!sum || !sumClaim || c.span.start < s.span.start) continue;
    const r = matchLabelled(sum, sumClaim, prev, -1, 0, detail, blocks, finder, true);
    if (r) out.push(r);
  }
  let wi = 0;
  for (const q of quantifierSummaries(blocks, finder, bands)) {
    const pos = q.sum.claim.span.start;
    // The claims before the summary's sentence, and after it (document order); a claim whose sentence holds the
    // share word is of the summary's own sentence.
    while (wi < withSentence.length && withSentence[wi]!.s.span.end <= pos && withSentence[wi]!.c.span.start < pos) wi++;
    let after = wi;
    while (after < withSentence.length && withSentence[after]!.s.span.start <= pos) after++;
    const own = withSentence.slice(wi, after).filter((x) => x.s.span.end > pos);
    // A sentence with a figure of its own (a count, '15 working days' aside) is read by its figure.
    if (own.some((x) => withFigure.has(x.s.span.start) || figureClause(x.c, x.c.criterionId, finder))) continue;
    const r = matchLabelled(q.sum, q.sum.claim, q.s, wi - 1, after, withSentence, blocks, finder);
    if (r) out.push(r);
  }
  return out;
}

/** A sentence that opens by giving the detail of the one before: 'In detail,', 'In more detail,', 'More specifically,'. */
const GIVES_DETAIL = /^\s*(?:in\s+(?:more\s+|greater\s+|the\s+)?detail|more\s+specifically|specifically|to\s+be\s+(?:more\s+)?precise|more\s+precisely)\s*[,:]/i;
/** A share word opening a sentence: 'Most people …', 'Fewer than half of the plans …'. */
const DETAIL_SUMMARY_QUANTIFIER = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:\(?[a-z0-9]{1,3}\)\s+)?(?:(?:only|just|still)\s+)?(${SHARE_OPENING_WORDS})\b(?!\s+(?:more|fewer|less|others?|of\s+(?:them|these|those)\b))(?![\w-])`, 'i');

/** A share word opening what a labelled summary says: 'Summary: most assessments were …', 'a minority of people said …'. */
const SUMMARY_QUANTIFIER = new RegExp(
  String.raw`^\s*(?:[*_]{1,2})?[A-Za-z ]+(?:[*_]{1,2})?\s*:\s*(?:(?:only|just|still)\s+)?(${SHARE_OPENING_WORDS})\b(?!\s+(?:more|fewer|less|others?|extra|times?|of\s+(?:them|these|those)\b))(?![\w-])`,
  'i',
);

/** Labelled summary sentences that open with a share word of the framework's bands (cached per block). */
const quantByBlock = new WeakMap<BlockData, { at: number; end: number; phrase: string; sentence: number }[]>();
function quantifierSummaries(blocks: readonly BlockData[], finder: SentenceFinder, bands: readonly Band[]): { sum: FigureClause; s: { text: string; span: Span } }[] {
  const out: { sum: FigureClause; s: { text: string; span: Span } }[] = [];
  for (const b of blocks) {
    if (!b.text.includes(':')) continue;
    let list = quantByBlock.get(b);
    if (!list) {
      list = [];
      // Where a sentence may start: each sentence's start, and each line's after a finding's marker ('- (a) ').
      const starts = new Set<number>(sentencesOf(b.text).map((sp) => sp.start));
      for (const m of b.text.matchAll(/(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:\(?[a-z0-9]{1,3}\)[ \t]+)?(?=\S)/gi)) starts.add(m.index + m[0].length);
      for (const at0 of [...starts].sort((x, y) => x - y)) {
        const t = b.text.slice(at0, at0 + 120);
        if (!LABELLED.test(t)) continue;
        const m = SUMMARY_QUANTIFIER.exec(t);
        if (!m) continue;
        const at = at0 + m.index + m[0].length - m[1]!.length;
        if (list.some((x) => x.at === at)) continue;
        list.push({ at, end: at + m[1]!.length, phrase: m[1]!, sentence: at0 });
      }
      quantByBlock.set(b, list);
    }
    for (const x of list) {
      const sum = quantifierClause(b, x.at, x.end, x.phrase, bands, finder);
      // (A labelled summary's share word is matched as a plain share: 'most' as the largest group is not weighed here.)
      if (sum) out.push({ sum: { ...sum, plurality: false }, s: sum.claim.sentence! });
    }
  }
  return out;
}

/** The one finding near a labelled summary (claims before `before`, from `after` on) that it restates. */
function matchLabelled(
  sum: FigureClause,
  c: ClaimRecord,
  s: { text: string; span: Span },
  before: number,
  after: number,
  withSentence: readonly { c: ClaimRecord; s: { text: string; span: Span } }[],
  blocks: readonly BlockData[],
  finder: SentenceFinder,
  detail = false,
): Restatement | undefined {
  if (sum.comparator) return undefined;
  const block = blockAt(blocks, s.span.start);
  const sumIgnore = ignorable(s.text);
  // A ratio ('nine in 10 prisoners') is a share, its '10' no whole of anything counted.
  const ratio = c.kind === 'ratio';
  const quant = c.kind === 'quantifier';
  const a = ratio || quant ? undefined : sum.figure.operand.role === 'f' || sum.figure.operand.role === 'p' ? wholeOf(c) : pairOf(c)?.n;
  // Candidates by sentence: a sentence's figures that agree with each other are one finding ('35 of the 52 … (67%)').
  const found: { src: FigureClause; shared: string[]; strict: boolean; at: number; also: Operand[] }[] = [];
  const near = (j: number) => {
    const e = withSentence[j]!;
    if ((e.s.span.start < s.span.end && e.s.span.end > s.span.start) || LABELLED.test(e.s.text) || SUMS_UP.test(e.s.text)) return;
    const sameBlock = blockAt(blocks, e.s.span.start) === block;
    if (!sameBlock && (!c.criterionId || e.c.criterionId !== c.criterionId)) return;
    let src = figureClause(e.c, e.c.criterionId, finder);
    if (!src || src.comparator || marksDiffer(sum, src) || !src.change !== !sum.change) return;
    if (negated(e.s.text, src.figure.operand) !== negated(s.text, sum.figure.operand) && agree(sum.figure, complementOf(src.figure))) return;
    if (!ratio && !quant) src = asPairOf(sum, src);
    if (!ratio && !quant && !comparable(sum, src)) return;
    const srcIgnore = ignorable(e.s.text);
    const skip = (w: string) => HOW_FOUND.test(w) || srcIgnore.has(w) || sumIgnore.has(w);
    const srcWords = new Map([...src.words].filter(([w]) => !skip(w)));
    const sumWords = new Map([...sum.words].filter(([w]) => !skip(w)));
    const shared = sharedWords(srcWords, sumWords);
    const b = wholeOf(e.c);
    const sameWhole =
      !!a &&
      !!b &&
      a.value === b.value &&
      /^[\d,]+$/.test(a.raw) &&
      shared.some((w) => {
        const k = [...keywords(w).keys()][0] ?? '';
        return !nounWords(s.text, a).has(k) && !nounWords(e.s.text, b).has(k);
      });
    // The words of a frame opening the finding ('Across the provider,', 'In the detail,') do not count against the
    // tie, but a finding that has them is only confirmed (the frame may name a part of the whole).
    const frame = frameWords(e.s.text);
    const forCover = new Map([...srcWords].filter(([w]) => !frame.has(w)));
    const covered = shared.length >= 2 && shared.length >= MIN_COVER * plainWords(forCover);
    const left = [...srcWords.keys()].filter((w) => !w.startsWith('acr:') && !sharedWords(new Map([[w, w]]), sumWords).length);
    // A sentence that says it gives the detail of the one before ('In detail, …') is tied to it by one word of the
    // summary's when all it adds is its whole's noun, a word of quality or 'in place' ('Most people had a plan. In
    // detail, plans were in place for 17 of the 42 residents'); a detail that says more ('level 2 training', 'rated
    // good for leadership') may be of a part, and is held to the cover of any finding.
    const detailTie = detail && shared.length >= 1 && !!b && left.every((w) => QUALITY.test(w) || w === 'plac' || nounWords(e.s.text, b).has(w));
    if (!sameWhole && !covered && !detailTie) return;
    const extra = [...sumWords.keys()].filter((w) => !w.startsWith('acr:') && !QUALITY.test(w) && !sharedWords(new Map([[w, w]]), srcWords).length);
    const strict = sameWhole || detailTie || (left.every((w) => QUALITY.test(w)) && extra.length <= 2);
    const at = e.s.span.start;
    // The finding's figures as written (its count and its share), all of them what the summary restates; a summary's
    // share ('a majority', 'two thirds', '45%') restates the finding's pair, its whole too ('41' of the '96').
    const whole = sum.figure.operand.role !== 'k';
    const also = e.c.operands.filter((o) => (o.role === 'k' || o.role === 'p' || (whole && o.role === 'n')) && !o.inferred);
    const one = found.find((x) => x.at === at && agree(x.src.figure, src.figure));
    if (one) {
      for (const o of also) if (!one.also.some((y) => y.span.start === o.span.start)) one.also.push(o);
      // The figure written as the summary's is (a percentage for a percentage) speaks for the finding.
      const role = sum.figure.operand.role;
      if ((src.figure.operand.role === role) > (one.src.figure.operand.role === role) || (one.shared.length < shared.length && (src.figure.operand.role === role) === (one.src.figure.operand.role === role))) Object.assign(one, { src, shared, strict: strict || one.strict });
      return;
    }
    found.push({ src, shared, strict, at, also });
  };
  for (let j = before; j >= 0 && s.span.start - withSentence[j]!.s.span.start <= LABEL_REACH; j--) near(j);
  for (let j = after; j < withSentence.length && withSentence[j]!.s.span.start - s.span.end <= LABEL_REACH; j++) near(j);
  if (found.length === 0) return undefined;
  const also = (x: (typeof found)[number]) => x.also.filter((o) => o.span.start !== x.src.figure.operand.span.start);
  const same = found.find((x) => agree(sum.figure, x.src.figure));
  if (same) return { summary: sum, source: same.src, agrees: true, shared: same.shared, where: 'the finding it sums up', also: also(same) };
  if (found.length === 1 && found[0]!.strict) return { summary: sum, source: found[0]!.src, agrees: false, shared: found[0]!.shared, where: 'the finding it sums up', also: also(found[0]!) };
  return undefined;
}

/** A claim's stated whole ('of the 36 personnel files'), when it states one. */
function wholeOf(c: ClaimRecord): Operand | undefined {
  const n = c.operands.find((o) => o.role === 'n');
  return n && !n.inferred && n.value > 0 ? n : undefined;
}

/** The keywords of the noun written after a pair's whole ('of the 22 care plans were' → care, plan). */
function nounWords(sentence: string, n: Operand): Map<string, string> {
  const at = sentence.indexOf(` ${n.raw} `);
  if (at < 0) return new Map();
  const words: string[] = [];
  for (const w of sentence.slice(at + n.raw.length + 2, at + n.raw.length + 80).split(/\s+/)) {
    const lw = w.toLowerCase().replace(/[^a-z'-]/g, '');
    if (!lw || words.length >= 3 || NOUN_STOP.test(lw)) break;
    words.push(lw);
    if (/[,.;:)]$/.test(w)) break;
  }
  return keywords(words.join(' '));
}

/** Words that end the noun after a count: verbs of being and having, relatives, prepositions. */
const NOUN_STOP = /^(?:had|has|have|were|was|are|is|been|being|did|do|does|with|in|on|at|for|of|by|to|that|who|which|where|we|they|it|could|would|should|said|and|or|but)$/;

/** Stems of words of quality and degree, which say how well, not what: 'well', 'sufficient', 'timely'. */
const QUALITY = /^(?:well|enough|sufficient(?:ly)?|good|effectiv|effectively|appropriat|appropriately|adequat|adequately|satisfactory|timely|proper|properly|full|fully|clear|clearly|least)$/;

/** Words that deny what a clause says. */
const NEGATION = /\b(?:no|not|never|none|nor|neither|without|insufficient|inadequate|unable|failed|lacked|lacking)\b|n't\b/i;

/** Whether the clause around a figure is a denial ('had not been reviewed', 'without a plan'). */
function negated(sentence: string, figure: Operand): boolean {
  const at = sentence.indexOf(figure.raw);
  const clause = clauseAround(sentence, Math.max(0, at), Math.max(0, at) + figure.raw.length);
  return NEGATION.test(clause.replace(/\bno\.\s/gi, ' '));
}

/** The rest of a share (intervals are in percent): 100 − x, its ends swapped. */
function complementOf(f: FigureClause['figure']): FigureClause['figure'] {
  const i = f.interval;
  const rest = (x: Q): Q => ({ n: 100 * x.d - x.n, d: x.d });
  return { operand: { ...f.operand, role: 'c' }, interval: { lo: rest(i.hi), hi: rest(i.lo), loOpen: i.hiOpen, hiOpen: i.loOpen } };
}

/** A table in a block's text: its raw text and offset, and where the prose after it (in the block) starts. */
function tablesIn(b: BlockData): { raw: string; at: number; after: number }[] {
  const out: { raw: string; at: number; after: number }[] = [];
  const lines = b.text.split('\n');
  let pos = 0;
  let start = -1;
  let startPos = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const isRow = line !== undefined && /^\s*\|/.test(line);
    if (isRow && start < 0) [start, startPos] = [i, pos];
    if (!isRow && start >= 0) {
      if (i - start >= 3) out.push({ raw: b.text.slice(startPos, pos), at: b.offset + startPos, after: b.offset + pos });
      start = -1;
    }
    if (line !== undefined) pos += line.length + 1;
  }
  return out;
}

/** The first paragraph after `after`: in the same block, or the next block when it is prose. */
function trailAfter(blocks: readonly BlockData[], i: number, after: number): Span | undefined {
  const b = blocks[i]!;
  const rest = b.text.slice(after - b.offset);
  const lead = rest.length - rest.trimStart().length;
  if (rest.trim() !== '') {
    const para = /\n[ \t]*\n/.exec(rest.slice(lead));
    return { start: after + lead, end: after + lead + (para ? para.index : rest.length - lead) };
  }
  const next = blocks[i + 1];
  if (!next || next.heading || /^\s*(?:\||#|-\s|\*\s|\d+\.\s)/.test(next.text)) return undefined;
  const para = /\n[ \t]*\n/.exec(next.text);
  return { start: next.offset, end: next.offset + (para ? para.index : next.text.length) };
}

interface ShareCell {
  op: Operand;
  comparator: boolean;
  col: number;
}

/** The shares of a row: 'P%' cells, the share of 'k (P%)' and 'k of n (P%)', bare numbers under a '%' header. */
function rowShares(g: Grid, r: number): ShareCell[] {
  const out: ShareCell[] = [];
  for (let c = 1; c < g.width; c++) {
    const v = value(g, r, c);
    const h = headerOf(g, c);
    const p = v.kind === 'count-pct' || v.kind === 'part-pct' ? v.p : isPctColumn(g, c) ? pctAt(g, r, c) : v.kind === 'pct' ? v.p : undefined;
    if (!p) continue;
    out.push({ op: pctOperand(p), comparator: COMPARATOR.test(h) || NOT_ADDITIVE.test(h), col: c });
  }
  return out;
}

/**
 * The counts of a row beside its base: when one count cell of the row is `whole` (the base column), the other
 * count cells of count columns are the parts it may restate ('Respondents | Yes | %' over '164 | 74 | 45%').
 */
function rowCounts(g: Grid, r: number, whole: number): { parts: Operand[]; cols: number[] } | undefined {
  const counts: Operand[] = [];
  const cols: number[] = [];
  let base = false;
  for (let c = 1; c < g.width; c++) {
    const v = value(g, r, c);
    if (v.kind !== 'count' || !isCountColumn(g, c) || COMPARATOR.test(headerOf(g, c))) continue;
    if (v.k.value === whole && !base) base = true;
    else {
      counts.push({ role: 'k', value: v.k.value, raw: v.k.raw, span: v.k.span });
      cols.push(c);
    }
  }
  return base && counts.length > 0 ? { parts: counts, cols } : undefined;
}

/** Header words that name no question of their own ('Yes', '%', 'Number', 'Respondents'). */
const GENERIC_HEADER = /^(?:yes|no|number|numbers|n|count|per|cent|percent|percentage|proportion|share|total|all|respondent|respondents|respons|response|responses|answer|answered|post|figure|figures|rate)$/;

/**
 * Whether a column's header asks something the sentence does not speak of: under 'Completed adult support
 * and protection training', 'Of the 34 care assistants, 31 were registered' shares the row (care assistants)
 * but not the question, so its figure is another one, not a wrong copy of the cell.
 */
function otherQuestion(g: Grid, c: number, words: Map<string, string>): boolean {
  const asked = new Map([...keywords(headerOf(g, c))].filter(([w]) => !w.startsWith('acr:') && !GENERIC_HEADER.test(w)));
  return asked.size > 0 && sharedWords(asked, words).length === 0;
}

/** Share of a row label's words a sentence must hold to restate that row. */
const MIN_LABEL_COVER = 0.75;

/** Words of a restatement beyond its row's label (who answered, 'said') before it may be about another group. */
const MAX_EXTRA = 2;

function tableTrails(records: readonly ClaimRecord[], blocks: readonly BlockData[], finder: SentenceFinder): Restatement[] {
  const out: Restatement[] = [];
  let ci = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i]!.text.includes('|')) continue;
    for (const t of tablesIn(blocks[i]!)) {
      const trail = trailAfter(blocks, i, t.after);
      if (!trail) continue;
      while (ci < records.length && records[ci]!.span.start < trail.start) ci++;
      const inTrail: ClaimRecord[] = [];
      for (let j = ci; j < records.length && records[j]!.span.start < trail.end; j++) inTrail.push(records[j]!);
      if (inTrail.length === 0) continue;
      const g = gridOf(t.raw, t.at);
      const rows = bodyRows(g).map((r) => ({ r, label: g.rows[r]![0]?.text ?? '', words: keywords(g.rows[r]![0]?.text ?? '') }));
      const seen = new Set<number>();
      for (const c of inTrail) {
        const fc = figureClause(c, c.criterionId, finder);
        const pair = fc?.figure.operand.role === 'k' ? pairOf(c) : undefined;
        if (!fc || (fc.figure.operand.role !== 'p' && !pair) || seen.has(fc.figure.operand.span.start) || c.kind === 'restatement') continue;
        seen.add(fc.figure.operand.span.start);
        const scored = rows
          .map((x) => ({ ...x, shared: sharedWords(x.words, fc.words) }))
          .filter((x) => x.shared.length >= 2 && x.shared.length >= MIN_LABEL_COVER * plainWords(x.words))
          .map((x) => ({ ...x, cover: x.shared.length / Math.max(1, plainWords(x.words)) }))
          .sort((a, b) => b.cover - a.cover || b.shared.length - a.shared.length);
        if (scored.length === 0) continue;
        const best = scored[0]!;
        if (scored.length > 1 && scored[1]!.cover === best.cover && scored[1]!.shared.length === best.shared.length) continue;
        const where = `the table's row '${best.label}'`;
        // A difference is said only of a sentence that holds every word of the row's label but words of quality.
        const extra = [...best.words.keys()].some((w) => !w.startsWith('acr:') && !QUALITY.test(w) && !sharedWords(new Map([[w, w]]), fc.words).length)
          ? Number.POSITIVE_INFINITY
          : plainWords(fc.words) - best.shared.length;
        const sentence = c.sentence?.text ?? finder(c.span)?.text ?? '';
        const denies = negated(sentence, fc.figure.operand) !== NEGATION.test(best.label);
        if (pair) {
          // 'Only 74 of the 164 respondents said …': the row's base is the pair's whole, its count the part.
          const r = rowCounts(g, best.r, pair.n.value);
          if (!r) continue;
          const src = (op: Operand): FigureClause => {
            const x = share(op.value, pair.n.value);
            return { claim: { kind: 'table-cell', span: { ...op.span }, operands: [op], verdict: 'unchecked', arithmetic: '' }, figure: { interval: { lo: x, hi: x, loOpen: false, hiOpen: false }, operand: op }, words: best.words };
          };
          if (denies && r.parts.some((op) => op.value + pair.k.value === pair.n.value)) continue;
          const same = r.parts.find((op) => op.value === pair.k.value);
          if (same) out.push({ summary: fc, source: src(same), agrees: true, shared: best.shared, where });
          else if (r.parts.length === 1 && extra <= MAX_EXTRA && !otherQuestion(g, r.cols[0]!, fc.words)) out.push({ summary: fc, source: src(r.parts[0]!), agrees: false, shared: best.shared, where });
          continue;
        }
        const shares = rowShares(g, best.r);
        if (shares.length === 0) continue;
        const source = (op: Operand): FigureClause => ({
          claim: { kind: 'table-cell', span: { ...op.span }, operands: [op], verdict: 'unchecked', arithmetic: '' },
          figure: { interval: percentInterval(op.value, op.decimals ?? 0), operand: op },
          words: best.words,
        });
        // A sentence that denies its row ('did not feel safe' under 'Felt safe') and gives the rest of a cell
        // restates no cell of it.
        if (denies && shares.some((x) => agree(fc.figure, complementOf(source(x.op).figure)))) continue;
        const match = shares.find((x) => agree(fc.figure, source(x.op).figure));
        if (match) {
          out.push({ summary: fc, source: source(match.op), agrees: true, shared: best.shared, where });
          continue;
        }
        const own = shares.filter((x) => !x.comparator);
        if (own.length === 1 && extra <= MAX_EXTRA && !otherQuestion(g, own[0]!.col, fc.words)) out.push({ summary: fc, source: source(own[0]!.op), agrees: false, shared: best.shared, where });
      }
    }
  }
  return out;
}
