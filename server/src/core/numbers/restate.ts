/**
 * Matching a summary's figure to the criterion finding it restates: 'Only 58%
 * of offenders had complied with their supervision' (Summary) and 'Only 58% of
 * offenders complied with the requirements of the sentence' (3.1). Figures are
 * matched by the words of the clause around them, weighted by how rare each
 * word is among the report's figure clauses. Conservative by design: a
 * restatement is only judged when one finding matches clearly.
 */
import type { Framework } from '../framework/framework.js';
import type { Report, Span } from '../model.js';
import type { BlockData } from '../parse/block.js';
import { isClaimRecord, RULE, type ClaimRecord, type Operand } from './claim.js';
import { band as bandInterval, fractionInterval, intersects, percentInterval, quantifierBands, share, type RInterval } from './interval.js';
import { DEFAULT_QUANTIFIER_BANDS, HEDGE_BEFORE, NUMBER_WORDS, SHARE_OPENING_WORDS, hedgeKind } from './words.js';
import { sentencesOf } from './scan.js';
import { localRestatements } from './restate-local.js';

const STOP = new Set(
  (
    'a about above after again all also although an and any are as at be been being but by can could did do does done during each either for from further had has have having he her his how however i if in into is it its itself just less more most much must no nor not of off on once only or other our out over own per cent percent same she should so some such than that the their them then there these they this those though through to too under until up very was we were what when where whether which while whilst who whom why will with within would yet you your'
  ).split(' '),
);

/** Crude stems, enough to match 'complied' with 'complied' and 'rescored' with 'rescore'. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A consonant doubled before '-ing' or '-ed' ('planning', 'planned', 'referred') is the word's own ('plan', 'refer'). */
const undouble = (w: string): string => (w.length > 3 && /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w);

/** The clause of a sentence around a figure: cut at ; : and at ', although' / ' and ' before another figure. */
export function clauseAround(sentence: string, figureStart: number, figureEnd: number): string {
  const breaks =
    /;|:|,\s+(?:although|but|whilst|while|though|however|which|where)\b|,\s+and\s+|\s+and\s+(?=(?:the|a|an|there|it|this|these|those|they|we|in|insufficient|no|only|just|some|all|most|about|around|over|under|nearly|almost|half|\d)\b)|\s+(?:although|whilst|but)\s+/gi;
  let start = 0;
  let end = sentence.length;
  for (let m = breaks.exec(sentence); m; m = breaks.exec(sentence)) {
    if (m.index + m[0].length <= figureStart) start = m.index + m[0].length;
    else if (m.index >= figureEnd) {
      end = m.index;
      break;
    }
  }
  // A list of figures with what each says ('Of these, 26 (40%) improved on their first grade, 15 (23%) held on to a
  // good grade and 12 (18%) declined'): each item is a clause of its own, cut at the comma before the next item's
  // figure, when words stand between (not '26, 15 and 12 were …'); an item before is cut off only when it opens on
  // its figure too (a frame such as 'Of the 58 cases, 26 …' or 'In 2023, 26 …' stays with the figure it frames).
  const item = /,\s+(?=(?:a\s+further\s+|another\s+)?\d)/g;
  let from = start;
  for (let m = item.exec(sentence); m; m = item.exec(sentence)) {
    if (m.index >= end) break;
    if (m.index >= figureEnd) {
      if (/[A-Za-z]{2,}/.test(sentence.slice(figureEnd, m.index))) end = m.index;
      break;
    }
    if (m.index < start) continue;
    const cut = m.index + m[0].length;
    const before = sentence.slice(from, m.index);
    if (cut <= figureStart && /^\s*(?:a\s+further\s+|another\s+)?\d/.test(before) && /[A-Za-z]{2,}/.test(before)) start = cut;
    from = cut;
  }
  return sentence.slice(start, end);
}

/**
 * Words too common in inspection reports to tie two findings together, and words of time ('in the last
 * year', 'this quarter'): two findings of one period are not one finding.
 */
const GENERIC = new Set(['case', 'sampl', 'relevant', 'inspection', 'inspect', 'overall', 'total', 'number', 'proportion', 'percentage', 'figure', 'found', 'work', 'year', 'last', 'month', 'week', 'day', 'quarter', 'previou', 'current', 'period', 'annual', 'time', 'sinc', 'inspector', 'summary', 'summaris', 'conclusion', 'conclud']);

/** The figure's own words ('half', 'two-thirds', 'seven') are not what ties two findings. */
const FIGURE_WORD = new RegExp(String.raw`^(?:${NUMBER_WORDS}|halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|(?:${NUMBER_WORDS})-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))$`, 'i');

/** A word's key (its stem), or '' when it ties nothing: remembered, since reports repeat their words. */
const wordKeys = new Map<string, string>();
function keyOfWord(lw: string): string {
  let k = wordKeys.get(lw);
  if (k === undefined) {
    const s = lw.length < 3 || STOP.has(lw) ? '' : stem(lw);
    k = s.length >= 3 && !GENERIC.has(s) && !FIGURE_WORD.test(lw) ? s : '';
    // (A bound on what is remembered: the words of a few long reports.)
    if (wordKeys.size >= 50_000) wordKeys.clear();
    wordKeys.set(lw, k);
  }
  return k;
}

/** The words of a clause that can tie it to another: stem (or acronym key) → the word as written. */
export function keywords(clause: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of clause.split(/[^A-Za-z'-]+/)) {
    const s = keyOfWord(w.toLowerCase());
    if (s !== '' && !out.has(s)) out.set(s, w);
  }
  for (const [k, w] of acronyms(clause)) if (!out.has(k)) out.set(k, w);
  return out;
}

/** Two capitals or more: a word that may be an abbreviation. */
const HAS_CAPITALS = /[A-Z].*[A-Z]/;

/**
 * Reports write a term out in one place and abbreviate it in another
 * ('The Offender Assessment System' and 'OASys', 'Risk of Harm' and 'RoH'):
 * both give the key 'acr:oas' / 'acr:rh', from an abbreviation's capitals or
 * from the initials of a run of capitalised words.
 */
export function acronyms(clause: string): Map<string, string> {
  const out = new Map<string, string>();
  const words = clause.split(/[^A-Za-z]+/).filter(Boolean);
  for (const w of words) {
    if (!HAS_CAPITALS.test(w)) continue;
    const caps = w.replace(/[^A-Z]/g, '');
    if (caps.length >= 2 && caps.length <= 6 && caps.length >= w.length / 2) out.set(`acr:${caps.toLowerCase()}`, w);
  }
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.set(`acr:${run.map((x) => x[0]!.toLowerCase()).join('')}`, run.join(' '));
    run = [];
  };
  for (const w of words) {
    if (/^[A-Z][a-z]+$/.test(w) && !(run.length === 0 && STOP.has(w.toLowerCase()))) run.push(w);
    else if (run.length > 0 && /^(?:of|and|for|the)$/.test(w)) continue;
    else flush();
  }
  flush();
  return out;
}

/** The figure a claim states, as an interval of shares, and the operand that holds it. */
export function figureOf(c: ClaimRecord): { interval: RInterval; operand: Operand } | undefined {
  if (c.kind === 'complement' || c.kind === 'quantifier' || c.kind === 'section-score' || c.kind === 'count' || c.kind.startsWith('table')) return undefined;
  const p = c.operands.find((o) => o.role === 'p');
  if (p) return { interval: percentInterval(p.value, p.decimals ?? 0, p.hedge ? hedgeKind(p.hedge) : undefined), operand: p };
  const f = c.operands.find((o) => o.role === 'f');
  if (f?.fraction) return { interval: fractionInterval(f.fraction, f.hedge ? hedgeKind(f.hedge) : undefined), operand: f };
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  // A ratio on its own ('one in five offenders', 'three out of ten'): a rounded share, like a fraction word.
  if (k && n && n.value > 0 && k.value < n.value && !k.inferred && !n.inferred && c.kind === 'ratio' && n.value <= 20) {
    // Its hedge is written before it ('over one in five'): read from the sentence, by the figure's place.
    let q = k.hedge ?? c.qualifier;
    if (!q && c.sentence) {
      const at = c.sentence.text.lastIndexOf(k.raw, Math.max(0, k.span.start - c.sentence.span.start));
      const h = at >= 0 ? HEDGE_BEFORE.exec(c.sentence.text.slice(Math.max(0, at - 30), at)) : null;
      if (h) q = h[1];
    }
    const hk = q ? hedgeKind(q) : undefined;
    if (q && !hk) return undefined;
    const raw = c.sentence ? ratioRaw(c, k) : k.raw;
    return { interval: fractionInterval({ num: k.value, den: n.value }, hk), operand: { ...k, raw, span: { start: k.span.start, end: k.span.start + raw.length } } };
  }
  // A count of a whole counted in the sentence before ('… 12 secondary schools. Seven of them had …'), judged
  // against it, is a share of that whole too.
  // (Only a whole of another sentence: 'in 4 of those cases' after '(9)' in its own may name a part of a group.)
  const before = !!n?.inferred && c.verdict === 'ok' && !!c.sentence && n.span.start < c.sentence.span.start && !!k && k.value <= n.value;
  if (k && n && n.value > 0 && !k.inferred && (!n.inferred || before) && c.kind === 'count-of') {
    const x = share(k.value, n.value);
    return { interval: { lo: x, hi: x, loOpen: false, hiOpen: false }, operand: k };
  }
  return undefined;
}


/** The ratio as written ('one in five'), for the message; the operand's own text when it is not found. */
function ratioRaw(c: ClaimRecord, k: Operand): string {
  const n = c.operands.find((o) => o.role === 'n');
  const t = c.sentence!.text;
  const at = t.lastIndexOf(k.raw, Math.max(0, k.span.start - c.sentence!.span.start));
  const m = at >= 0 && n ? new RegExp(String.raw`^${k.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:in|out\s+of)\s+(?:every\s+)?${n.raw}`, 'i').exec(t.slice(at)) : null;
  return m ? m[0] : k.raw;
}

export interface FigureClause {
  claim: ClaimRecord;
  figure: NonNullable<ReturnType<typeof figureOf>>;
  words: Map<string, string>;
  criterionId?: string;
  /** The figure is another one the finding is measured against ('up from 83%', 'below the rate of 71% in England'). */
  comparator?: boolean;
  /** The figure is a change, not a level: 'self-harm had fallen by 18%', 'a rise of 12%'. */
  change?: boolean;
  /** What the clause is of: its years ('y:2024'), groups ('g:girl') and places ('p:england'). */
  marks?: string[];
  /** A share word that may name the largest of several groups ('most'), not only a majority. */
  plurality?: boolean;
  /** A summary's share word with no figure: the clause it opens (a claim there reads the clause instead). */
  scope?: Span;
  /** Where the sentence it was read in starts, for a claim that carries no sentence (a part counted after its whole). */
  at?: number;
  /** A part's share read in its own sentence: the words of that sentence alone (its whole's words are added to `words`). */
  partWords?: Map<string, string>;
}

/** Where the sentence of a figure clause starts: two clauses of one sentence are one finding's. */
const sentAt = (fc: FigureClause): number | undefined => fc.at ?? fc.claim.sentence?.span.start;

export interface Restatement {
  summary: FigureClause;
  source: FigureClause;
  agrees: boolean;
  shared: string[];
  /** What the source is, for the message, when it is no criterion ('the finding before it', 'the table's row …'). */
  where?: string;
  /** The source's other figures of the same finding ('24 of the 36' beside its '67%'), related to the summary's too. */
  also?: Operand[];
}

/** The region (top heading text) each offset falls under, from the blocks. */
function regions(blocks: readonly BlockData[]): { start: number; end: number; title: string }[] {
  const out: { start: number; end: number; title: string }[] = [];
  let top: { level: number; title: string; start: number } | undefined;
  for (const b of blocks) {
    const h = b.heading;
    if (h && (!top || h.level <= top.level)) {
      if (top) out.push({ start: top.start, end: b.offset, title: top.title });
      top = { level: h.level, title: h.text, start: b.offset };
    }
  }
  if (top) out.push({ start: top.start, end: Number.MAX_SAFE_INTEGER, title: top.title });
  return out;
}

/**
 * The parts of a report that hold criteria, by their top headings ('2. Court disposals', '3. Out-of-court
 * disposals'), and which of them a summary sentence names: a word of one part's title and of no other's.
 */
function namedParts(blocks: readonly BlockData[], sources: readonly FigureClause[]): { partOf: (sp: Span) => number; of: (s: FigureClause) => Set<number> } {
  const regs = regions(blocks).filter((r) => !SUMMARY_TITLE.test(r.title));
  const partOf = (sp: Span) => regs.findIndex((r) => sp.start >= r.start && sp.start < r.end);
  const holding = new Set<number>();
  const sourcePart = sources.map((src) => (src.claim.criterionId ? partOf(src.claim.span) : -1));
  for (const i of sourcePart) if (i >= 0) holding.add(i);
  // A title word → the one part it names (-1 when several titles hold it).
  const byWord = new Map<string, number>();
  if (holding.size > 1) {
    for (const i of holding) {
      for (const w of keywords(regs[i]!.title).keys()) {
        if (w.startsWith('acr:')) continue;
        byWord.set(w, byWord.has(w) ? -1 : i);
      }
    }
    // A title word that the findings of other parts use more than its own part's do ('force' in 'Running the
    // force', written in every part's findings) is a word of the whole report and names no one part.
    const own = new Map<string, number>();
    const elsewhere = new Map<string, number>();
    sources.forEach((src, j) => {
      for (const w of src.words.keys()) {
        const i = byWord.get(w);
        if (i === undefined || i < 0) continue;
        const tally = sourcePart[j] === i ? own : elsewhere;
        tally.set(w, (tally.get(w) ?? 0) + 1);
      }
    });
    for (const [w, n] of elsewhere) if (n > (own.get(w) ?? 0)) byWord.set(w, -1);
  }
  const of = (s: FigureClause): Set<number> => {
    const out = new Set<number>();
    if (byWord.size === 0) return out;
    // The clause's words name the part, and when the clause points back ('in barely half of them') the words
    // before it, where its group is named ('the court cases'); a word elsewhere in the sentence names nothing.
    // A word written with a capital inside the sentence is part of a name ('The Offender Assessment System'),
    // not the part's title.
    const plain = (m: Map<string, string>) => [...m].filter(([k, w], i) => !k.startsWith('acr:') && !(i > 0 && /^[A-Z]/.test(w))).map(([k]) => k);
    const keys = plain(s.words);
    const sent = s.claim.sentence;
    const o = s.figure.operand.span;
    if (sent && o.start >= sent.span.start && o.end <= sent.span.end) {
      const clause = clauseAround(sent.text, o.start - sent.span.start, o.end - sent.span.start);
      const at = sent.text.indexOf(clause);
      if (at > 0 && POINTS_BACK.test(clause)) keys.push(...plain(keywords(sent.text.slice(0, at))));
    }
    for (const w of keys) {
      const i = byWord.get(w);
      if (i !== undefined && i >= 0) out.add(i);
    }
    return out;
  };
  return { partOf, of };
}

/** A clause whose group is named before it: 'in barely half of them', 'of these', 'for whom'. */
const POINTS_BACK = /\b(?:of|in|for|among)\s+(?:them|these|those)\b/i;

/** A word in more source clauses than this does not propose candidates. */
const MAX_PROPOSERS = 48;

/** How far from its figure a clause is read (characters). */
const CLAUSE_WINDOW = 200;

/** How strongly two clauses must share words to count as one finding restated. */
const MIN_SCORE = 3;

/**
 * How many words two clauses must share: a restatement is about the same
 * thing (a noun phrase and what was done with it: 'home visits ... made'),
 * never one common word such as 'days' or 'visit', however rare in the report.
 */
const MIN_SHARED = 2;

/** A heading over the findings themselves, when a report has no criteria. */
const FINDINGS_TITLE = /^\s*(?:(?:detailed|our|the)\s+)?findings\b|^\s*what\s+we\s+found\s+in\s+detail\b/i;

const SUMMARY_TITLE =
  /\b(?:summary|foreword|overview|key\s+(?:findings|messages|points)|(?:main|headline|overall)\s+findings|what\s+(?:we|inspectors)\s+found|at\s+a\s+glance|in\s+brief|executive|introduction|conclusions?)\b|^\s*what\s+is\s+it\s+like\b/i;

/**
 * A figure that another is measured against: an earlier one ('up from 83%'), a rate elsewhere ('below the
 * rate of 71% in England', 'against 45% in similar prisons', 'compared with 60% nationally') or a target
 * ('below the target of 90%'). Read just before the figure (LEAD) or just after it (TRAIL).
 */
const COMPARATOR_LEAD =
  /(?:\b(?:up|down|rising|falling|rose|fell|risen|fallen|increas(?:ed|ing)|decreas(?:ed|ing)|improv(?:ed|ing)|declin(?:ed|ing)|dropp(?:ed|ing))\s+from|\bcompared\s+(?:with|to)|\bagainst|\bthe\s+(?:[\w']+\s+){0,2}(?:average|rate|figure|level)\s+of|\b(?:target|benchmark|aim)\s+of|\b(?:in|across)\s+(?:England|Wales|Scotland|similar\s+\w+|comparable\s+\w+|other\s+\w+)\s*,?|\bnationally\s*,?)\s*(?:(?:the|a|an)\s+)?(?:(?:about|around|approximately|nearly|almost|just|over|under)\s+)?$/i;
const COMPARATOR_TRAIL =
  /^\s*\)?\s*(?:in\s+(?:England|Wales|Scotland|similar\s+\w+|comparable\s+\w+|other\s+\w+)|nationally|across\s+England|(?:a|the|one)\s+year\s+(?:earlier|before)|(?:at|in)\s+the\s+(?:last|previous)\s+(?:inspection|year|survey))\b/i;

/** A change before its amount: 'had fallen by 18%', 'rose 5%', 'a reduction of 12%' (not 'fell to 18%', a level). */
const CHANGE_BY =
  /(?:\b(?:rose|risen|rising|fell|fallen|falling|increas(?:ed|ing)|decreas(?:ed|ing)|reduc(?:ed|ing)|declin(?:ed|ing)|dropp(?:ed|ing)|grew|grown|improv(?:ed|ing)|went\s+(?:up|down))\s+(?:by\s+)?|\b(?:a|an)\s+(?:rise|fall|increase|decrease|reduction|drop|decline|improvement)\s+of\s+)(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?$/i;

/** Groups of people a figure can be of: a summary figure of one group restates no finding of another. */
const GROUP = /\b(boys?|girls?|men|women|males?|females?|black|white|asian|disabled|older|younger|foreign\s+nationals?|british)\b/gi;
/** Years ('2024', '2024/25'): keyed by the first. */
const YEAR = /\b((?:19|20)\d\d)(?:\s*[/–-]\s*\d\d(?:\d\d)?)?\b/g;
/** Parts of a year ('the autumn term', 'in March'). */
const SEASON = /\b(autumn|spring|summer|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
/** Places a figure can be of ('in England', 'nationally', 'in Hollinsmere'). */
const PLACE = /\b(?:[Ii]n|[Aa]cross)\s+(England|Wales|Scotland|Northern\s+Ireland|[A-Z][a-z]{3,})\b(?!\s+[A-Z])|\b(nationally|national\s+(?:average|rate|figure))\b/g;

/** The marks of a clause: its years, groups and places. */
export function marksOf(clause: string): string[] {
  const out = new Set<string>();
  for (const m of clause.matchAll(YEAR)) out.add(`y:${m[1]}`);
  for (const m of clause.matchAll(GROUP)) out.add(`g:${stem(m[1]!.replace(/\s+.*/, ''))}`);
  for (const m of clause.matchAll(SEASON)) if (m[1] !== 'May' || /\bMay\s+(?:19|20)\d\d\b/.test(clause)) out.add(`t:${m[1]!.toLowerCase()}`);
  for (const m of clause.matchAll(PLACE)) out.add(`p:${(m[1] ?? 'national').toLowerCase().startsWith('national') ? 'national' : (m[1] ?? '').toLowerCase()}`);
  return [...out];
}

/**
 * Whether a summary figure and a finding's are of different things by their marks: other years (when both
 * name one, or the finding two), other parts of the year, another group (the summary names one the finding
 * lacks), or a country or place the summary names and the finding does not ('In England, 71% …' against
 * 'In Hollinsmere, 68% …').
 */
export function marksDiffer(summary: FigureClause, src: FigureClause): boolean {
  const a = new Set(summary.marks ?? []);
  const b = new Set(src.marks ?? []);
  const of = (s: Set<string>, k: string) => [...s].filter((x) => x.startsWith(k));
  const ya = of(a, 'y:');
  const yb = of(b, 'y:');
  // (A finding of two years, 'in 2024, 57% …, up from 49% in 2023', leaves open which a summary's year is of.)
  if (ya.length > 0 && (yb.length > 1 || (yb.length > 0 && !ya.some((y) => b.has(y))))) return true;
  const ta = of(a, 't:');
  const tb = of(b, 't:');
  if (ta.length > 0 && tb.length > 0 && !ta.some((t) => b.has(t))) return true;
  const ga = of(a, 'g:');
  // (A finding may name the group a summary leaves out: 'prisoners' for '23% of men'.)
  if (ga.some((g) => !b.has(g))) return true;
  // A summary names its area where a finding need not: only a country, or another place, differs.
  const pb = of(b, 'p:');
  return of(a, 'p:').some((p) => !b.has(p) && (pb.length > 0 || /^p:(?:england|wales|scotland|northern|national)/.test(p)));
}

/**
 * A claim's clause depends only on the claim, which a cached block keeps from
 * one version to the next: remember it, so that an edit elsewhere does not
 * recompute the keywords of every figure in the report.
 */
const clauses = new WeakMap<ClaimRecord, FigureClause | null>();
const fallbackClauses = new WeakMap<ClaimRecord, FigureClause | null>();

export function figureClause(c: ClaimRecord, criterionId: string | undefined, sentenceOf?: SentenceFinder): FigureClause | undefined {
  // A claim that carries no sentence is read in the sentence of the block that holds it, when asked
  // (a summary's figure, a restatement in the same passage); its clause is remembered apart.
  const memo = !c.sentence && sentenceOf ? fallbackClauses : clauses;
  let clause = memo.get(c);
  if (clause === undefined) {
    const found = clauseOf(memo === clauses ? c : { ...c, sentence: sentenceOf!(c.span) }, c);
    clause = found ? { ...found, criterionId } : null;
    memo.set(c, clause);
  } else if (clause && clause.criterionId !== criterionId) {
    clause = { ...clause, criterionId };
    memo.set(c, clause);
  }
  return clause ?? undefined;
}

/** The sentence (white space folded) that holds a span, for a claim that carries none. */
export type SentenceFinder = (span: Span) => { text: string; span: Span } | undefined;

/** A block's sentences, by local offset: a block's text never changes, so it is cut once for the life of the block, across every update that keeps it. */
const sentencesByBlock = new WeakMap<BlockData, { start: number; end: number }[]>();

/** Finds sentences in the blocks (in document order) by binary search. */
export function sentenceFinder(blocks: readonly BlockData[]): SentenceFinder {
  // Each sentence is folded once, however many claims ask for it (a long sentence of many claims would
  // otherwise be copied once per claim: quadratic in time and memory).
  const folded = new Map<BlockData, Map<number, { text: string; span: Span }>>();
  return (span) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.offset <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const b = blocks[lo - 1];
    if (!b || span.start >= b.offset + b.text.length) return undefined;
    const local = span.start - b.offset;
    let list = sentencesByBlock.get(b);
    if (!list) sentencesByBlock.set(b, (list = sentencesOf(b.text)));
    let i = 0;
    let j = list.length;
    while (i < j) {
      const mid = (i + j) >> 1;
      if (list[mid]!.end <= local) i = mid + 1;
      else j = mid;
    }
    const s = list[i] && list[i]!.start <= local ? list[i] : undefined;
    if (!s) return undefined;
    let done = folded.get(b);
    if (!done) folded.set(b, (done = new Map()));
    let found = done.get(s.start);
    if (!found) done.set(s.start, (found = { text: b.text.slice(s.start, s.end).replace(/\s+/g, ' '), span: { start: b.offset + s.start, end: b.offset + s.end } }));
    return found;
  };
}

/**
 * Where an operand stands in its claim's sentence text. The sentence text is white-space folded, so the
 * operand is mapped by its text: folding only removes characters, so it sits at or before its unfolded
 * offset and is looked for near there (a search from the sentence start is quadratic in a long sentence,
 * and finds the wrong one of two equal figures).
 */
function inSentence(s: { text: string; span: Span }, o: Operand): number {
  const pos = Math.max(0, Math.min(s.text.length, o.span.start - s.span.start));
  const near = s.text.lastIndexOf(o.raw, pos);
  return near >= 0 && pos - near <= CLAUSE_WINDOW ? near : pos;
}

function clauseOf(c: ClaimRecord, own: ClaimRecord = c): Omit<FigureClause, 'criterionId'> | undefined {
  const figure = figureOf(c);
  if (!figure || !c.sentence) return undefined;
  const s = c.sentence;
  const raw = figure.operand.raw;
  const at = inSentence(s, figure.operand);
  // A clause is read within a window around its figure: a clause longer than that ties nothing.
  const from = Math.max(0, at - CLAUSE_WINDOW);
  const window = s.text.slice(from, at + raw.length + CLAUSE_WINDOW);
  // A count of a whole named earlier in the sentence ('asked for 61 children …, and only 9 of the 61 (15%)
  // were moved'): the clause reaches back to that whole, which says what the figure is of.
  let begin = at - from;
  const n = c.operands.find((o) => o.role === 'n' && !o.inferred);
  if (n && /^[\d,]+$/.test(n.raw)) {
    const nRaw = n.raw;
    const before = window.slice(0, begin);
    const off = Math.max(0, before.length - 60);
    const back = new RegExp(String.raw`\bof\s+(?:the|these|those)\s+${nRaw}(?![\d,])(?!\s+[a-z])`).exec(before.slice(off));
    if (back) {
      const upTo = off + back.index;
      const first = new RegExp(String.raw`(?<![\d,.])${nRaw}(?![\d,])\s+[a-z]`).exec(before.slice(0, Math.max(0, upTo)));
      if (first) begin = first.index;
    } else if (figure.operand.role === 'k') {
      // The pair's own 'of the n' after its count, with no noun of its own ('We spoke with 9 of the 11 children …,
      // and 7 of the 9 said they felt safe'): the clause reaches back to where that whole is counted.
      const after = window.slice(at - from + raw.length, at - from + raw.length + 40);
      const pair = new RegExp(String.raw`^\s+(?:out\s+)?of\s+(?:the|these|those)\s+${nRaw}(?![\d,])(?=\s*[(),.;:]|\s+(?:had|have|has|were|was|are|is|did|said|told|felt|could|would|agreed|thought|reported|[a-z]{3,}ed)\b)`);
      if (pair.test(after)) {
        const first = new RegExp(String.raw`(?<![\d,.])${nRaw}(?![\d,])\s+[a-z]`).exec(before);
        if (first) begin = first.index;
      }
    }
  }
  const clause = clauseAround(window, begin, at - from + raw.length);
  const comparator = COMPARATOR_LEAD.test(window.slice(Math.max(0, at - from - 60), at - from)) || COMPARATOR_TRAIL.test(window.slice(at - from + raw.length, at - from + raw.length + 40));
  const change = CHANGE_BY.test(window.slice(Math.max(0, at - from - 40), at - from));
  return { claim: own, figure, words: keywords(clause), comparator, marks: marksOf(clause), ...(change ? { change } : {}) };
}

/**
 * Every summary figure that restates a criterion's figure, with whether the
 * two agree. A summary figure is one outside any criterion, under a heading
 * such as Summary or Foreword; it restates the criterion figure whose clause
 * shares its words: each shared word scores 3 when no other figure clause in
 * the report holds it, 2 when at most four do, 1 otherwise; a match needs 3
 * and must beat the next best finding.
 */
export function restatements(report: Report, blocks: readonly BlockData[], framework?: Framework): Restatement[] {
  let found = memo.get(report);
  if (!found) {
    const finder = sentenceFinder(blocks);
    const bands = quantifierBands(framework?.data.quantifiers?.bands, DEFAULT_QUANTIFIER_BANDS);
    found = findRestatements(report, blocks, finder, bands);
    const taken = new Set(found.map((r) => r.summary.claim));
    found.push(...localRestatements(report, blocks, finder, bands).filter((r) => !taken.has(r.summary.claim)));
    memo.set(report, found);
  }
  return found;
}

/** One matching per report: the claims hook and the rule share it. */
const memo = new WeakMap<Report, Restatement[]>();

/**
 * Each restatement as a claim (kind 'restatement': the summary's figure and
 * the finding's, with the verdict), so that the claims view and coverage list
 * it. `conclusion/restated-figure` reports the ones that disagree.
 */
export function restatementClaims(report: Report, blocks: readonly BlockData[], framework?: Framework): ClaimRecord[] {
  return restatements(report, blocks, framework).map((r): ClaimRecord => {
    const s = r.summary.figure.operand;
    const src = r.source.figure.operand;
    const where = r.where ?? r.source.criterionId ?? 'a criterion';
    const operands: Operand[] = [{ ...s }, { ...src, inferred: true }];
    const c: ClaimRecord = {
      kind: 'restatement',
      span: { ...s.span },
      operands,
      verdict: r.agrees ? 'ok' : 'inconsistent',
      arithmetic: `${s.hedge ? `${s.hedge} ` : ''}${s.raw} restates ${r.where ? '' : `${where}'s `}${src.hedge ? `${src.hedge} ` : ''}${src.raw}${r.where ? ` in ${where}` : ''} (shared words: ${r.shared.join(', ')})${r.agrees ? ' ✓' : ': they differ'}`,
      sources: [{ span: { ...src.span }, message: `${where}: ${src.raw}` }, ...(r.also ?? []).map((o) => ({ span: { ...o.span }, message: `${where}: ${o.raw}` }))],
    };
    if (!r.agrees) {
      c.rule = RULE.restatedFigure;
      c.message = `${r.where ? 'the restatement' : 'the summary'} says ${s.raw}, but ${where} says ${src.raw}`;
    }
    return c;
  });
}

export type Band = { phrase: string; min: number; max: number; plurality?: boolean };

/**
 * A share word of a summary at [at, end) of block `b` as a figure clause of the word's band (the framework's
 * bands), with the words of its clause; undefined when the word has no band or no sentence.
 */
export function quantifierClause(b: BlockData, at: number, end: number, phrase: string, bands: readonly Band[], finder: SentenceFinder): FigureClause | undefined {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  const band = bands.find((y) => y.phrase.toLowerCase() === key) ?? describedBand(key, bands);
  if (!band) return undefined;
  const span = { start: b.offset + at, end: b.offset + end };
  const s = finder(span);
  if (!s) return undefined;
  const local = s.text.search(new RegExp(String.raw`\b${phrase.replace(/\s+/g, String.raw`\s+`)}\b`, 'i'));
  if (local < 0) return undefined;
  const clause = clauseAround(s.text, local, local + phrase.length);
  const op: Operand = { role: 'q', value: 0, raw: phrase, span };
  const claim: ClaimRecord = { kind: 'quantifier', span: { ...span }, operands: [op], verdict: 'unchecked', arithmetic: '', sentence: s };
  return { claim, figure: { interval: bandInterval(band.min, band.max), operand: op }, words: keywords(clause), comparator: false, marks: marksOf(clause), plurality: !!band.plurality };
}

/** 'a significant minority', 'the large majority': the band of 'a minority' or 'a majority' widened to its side of half. */
function describedBand(key: string, bands: readonly Band[]): Band | undefined {
  const m = /^(?:a|the) (?!vast |great )[a-z][a-z-]* (majority|minority)$/.exec(key);
  const base = m && bands.find((y) => y.phrase.toLowerCase() === `a ${m[1]}`);
  if (!base) return undefined;
  if (base.max < 50) return { phrase: key, min: 0, max: base.max };
  if (base.min > 50) return { phrase: key, min: base.min, max: 100 };
  return undefined;
}

/**
 * A share word opening a summary sentence that gives no figure of its own: 'Most children had a plan …',
 * 'Nearly all new arrivals were seen …', 'Only a minority of the cases …' (not 'Most of them', 'most others').
 */
/**
 * 'A significant minority', 'the large majority', 'a small minority': a describing word keeps the share on its side
 * of half (as the readers of `relations/shares.ts` read it), so the phrase stands for 'a minority' or 'a majority'
 * widened to that side; only as a share 'of' a group ('the ethnic minority pupils' is a group, not a share).
 */
const DESCRIBED_SIDE = String.raw`(?:a|the)\s+(?!(?:vast|great|majority|minority)\b)[a-z][a-z-]*\s+(?:majority|minority)(?=\s+of\b)`;
const OPENING_WORDS = `${SHARE_OPENING_WORDS}|${DESCRIBED_SIDE}`;
const QUANT_OPENING = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?(?:(?:only|just|still)\s+)?(${OPENING_WORDS})\b(?!\s+(?:more|fewer|less|others?|extra|times?|recommendations?|of\s+(?:them|these|those|us|it|all)\b|[a-z]+ly\b|(?:important|concerning|notabl|significant|striking|worrying|serious|common|recent|effective|frequent|urgent|pressing|encouraging|positive|negative|difficult|telling)[a-z]*\b))(?![\w-])`,
  'i',
);
/** The same share word opening a later clause of a summary sentence: ', but fewer than half …', '; most …', ', although most …'. */
const QUANT_CLAUSE_OPENING = new RegExp(
  String.raw`(?:,\s*(?:but|and|while|whilst|whereas|although|though)|;)\s+(?:(?:only|just|still)\s+)?(${OPENING_WORDS})\b(?!\s+(?:more|fewer|less|others?|extra|times?|recommendations?|of\s+(?:them|these|those|us|it|all)\b|[a-z]+ly\b|(?:important|concerning|notabl|significant|striking|worrying|serious|common|recent|effective|frequent|urgent|pressing|encouraging|positive|negative|difficult|telling)[a-z]*\b))(?![\w-])`,
  'gi',
);
/** Where a clause of a summary sentence ends: the next clause's opening. */
const CLAUSE_END = /,\s*(?:but|and|while|whereas|although|though)\b|;/i;

/** The share-word openings of a block's sentences (local offsets), cut once per block. */
type QuantOpening = { at: number; end: number; phrase: string; sentence: { start: number; end: number }; clause: { start: number; end: number } };
const quantOpenings = new WeakMap<BlockData, QuantOpening[]>();
function quantOpeningsOf(b: BlockData): QuantOpening[] {
  let list = quantOpenings.get(b);
  if (!list) {
    list = [];
    for (const cut of sentencesOf(b.text)) {
      // A block opens with its heading line, which is no sentence of the summary.
      const head = /^\s*#[^\n]*(?:\n\s*|$)/.exec(b.text.slice(cut.start, cut.end));
      const sp = head ? { start: cut.start + head[0].length, end: cut.end } : cut;
      const t = b.text.slice(sp.start, sp.end);
      // A sentence with a figure of its own is read by its figure.
      if (!t.trim() || /%|\bper\s*cent\b/i.test(t)) continue;
      // Each share word that opens the sentence or one of its clauses, with the clause it opens (to its end).
      const found: { local: number; phrase: string }[] = [];
      const m = QUANT_OPENING.exec(t);
      if (m) found.push({ local: m.index + m[0].length - m[1]!.length, phrase: m[1]! });
      for (const c of t.matchAll(QUANT_CLAUSE_OPENING)) found.push({ local: c.index + c[0].length - c[1]!.length, phrase: c[1]! });
      for (const f of found) {
        const rest = t.slice(f.local + f.phrase.length);
        const stop = rest.search(CLAUSE_END);
        const clauseEnd = stop < 0 ? sp.end : sp.start + f.local + f.phrase.length + stop;
        const at = sp.start + f.local;
        list.push({ at, end: at + f.phrase.length, phrase: f.phrase, sentence: sp, clause: { start: at, end: clauseEnd } });
      }
    }
    quantOpenings.set(b, list);
  }
  return list;
}

/** A summary's share words with no figure ('Most children had a plan …'), as figure clauses of the word's band. */
function quantifierSummaries(blocks: readonly BlockData[], inSummary: (sp: Span) => boolean, finder: SentenceFinder, bands: readonly Band[]): FigureClause[] {
  const out: FigureClause[] = [];
  for (const b of blocks) {
    if (b.frontMatter || !inSummary({ start: b.offset, end: b.offset + b.text.length })) continue;
    for (const x of quantOpeningsOf(b)) {
      const fc = quantifierClause(b, x.at, x.end, x.phrase, bands, finder);
      if (fc) out.push({ ...fc, scope: { start: b.offset + x.clause.start, end: b.offset + x.clause.end } });
    }
  }
  return out;
}

function findRestatements(report: Report, blocks: readonly BlockData[], finder: SentenceFinder, bands: readonly Band[]): Restatement[] {
  // Claims and regions are both in document order: walk them together.
  const regs = regions(blocks).filter((r) => SUMMARY_TITLE.test(r.title) && !/\bscores?\b/i.test(r.title));
  const walker = () => {
    let ri = 0;
    return (sp: Span) => {
      while (ri < regs.length && regs[ri]!.end <= sp.start) ri++;
      return ri < regs.length && sp.start >= regs[ri]!.start;
    };
  };
  const inSummary = walker();
  // A report with no criteria may give its findings under a heading of their own ('Findings', 'Detailed
  // findings', 'What we found in detail'): their figures are what a summary restates.
  const findingRegs = regions(blocks).filter((r) => FINDINGS_TITLE.test(r.title) && !SUMMARY_TITLE.test(r.title));
  let fi = 0;
  const inFindings = (sp: Span) => {
    while (fi < findingRegs.length && findingRegs[fi]!.end <= sp.start) fi++;
    return fi < findingRegs.length && sp.start >= findingRegs[fi]!.start;
  };
  const findingClaims = new Set<ClaimRecord>();
  const sources: FigureClause[] = [];
  const summaries: FigureClause[] = [];
  const criterionClaims: ClaimRecord[] = [];
  // The spans of the summary's claims: a sentence that holds one is read by it, not by a share word.
  const held: Span[] = [];
  // In a report with no criteria and no 'Findings' heading, the figures of its other sections ('Purposeful
  // activity', 'Complaints handled') are what a summary restates, but only to confirm: nothing says they are findings.
  const confirmOnly = new Set<ClaimRecord>();
  const noCriteria = findingRegs.length === 0 && !report.claims.some((c) => isClaimRecord(c) && c.criterionId);
  for (const c of report.claims) {
    if (!isClaimRecord(c)) continue;
    // Assembly gives every claim the criterion whose text holds it.
    if (c.criterionId) criterionClaims.push(c);
    else if (findingRegs.length > 0 && inFindings(c.span)) {
      criterionClaims.push(c);
      findingClaims.add(c);
    } else if (inSummary(c.span)) {
      if (c.kind !== 'count') held.push(c.span);
      const fc = figureClause(c, undefined, finder);
      if (fc) summaries.push(fc);
    } else if (noCriteria && regs.length > 0) {
      criterionClaims.push(c);
      findingClaims.add(c);
      confirmOnly.add(c);
    }
  }
  // A summary's share word with no figure of its own ('Most children had a plan …'); a sentence that holds a
  // claim is read by that claim.
  if (regs.length > 0) {
    for (const q of quantifierSummaries(blocks, walker(), finder, bands)) {
      // (Its clause: 'Most people were happy with their care, but fewer than half felt involved' holds a claim
      // of 'fewer than half' in its second clause, and 'Most' opens the first, which holds none.)
      const sp = q.scope ?? q.claim.sentence!.span;
      if (!held.some((h) => h.start < sp.end && h.end > sp.start)) summaries.push(q);
    }
  }
  // Without a summary figure nothing is restated: the clauses of the criteria are not read.
  if (summaries.length === 0) return [];
  for (const c of criterionClaims) {
    // A criterion's claim with no sentence of its own is not a source (its words would weigh on every match).
    // A share judged against another in its sentence ('74% of cases, below the England average of 80%') is
    // read in its block's sentence: its own figure is the finding's.
    // A finding outside any criterion that counts a part in the sentence after its whole ('We reviewed 26 medicines
    // records. Fifteen were complete.') spans two sentences and carries none: it is read in its part's sentence, and
    // withWhole adds the words of its whole's.
    // So does a part with its share ('We received 41 completed questionnaires. Of these, 27 patients rated … (66%).'),
    // when the share is written in the part's sentence.
    const k = !c.criterionId && !c.sentence && (c.kind === 'count-of' || c.kind === 'percent-of' || c.kind === 'count-percent') ? c.operands.find((o) => o.role === 'k' && !o.inferred) : undefined;
    const n = k && c.operands.find((o) => o.role === 'n');
    const p = k && c.kind !== 'count-of' ? c.operands.find((o) => o.role === 'p') : undefined;
    const found = k && n && n.span.end <= k.span.start ? finder(k.span) : undefined;
    const partSentence = found && (c.kind === 'count-of' || (p && !p.inferred && p.span.start >= found.span.start && p.span.end <= found.span.end)) ? found : undefined;
    const read = partSentence && n!.span.start < partSentence.span.start ? figureClause(c, undefined, () => partSentence) : undefined;
    const fc = read
      ? { ...read, at: partSentence!.span.start, ...(c.kind === 'count-of' ? {} : { partWords: read.words }) }
      : figureClause(c, c.criterionId, c.kind === 'hedge' && c.operands.some((o) => o.role === 'q') ? finder : undefined);
    // (A criterion's finding is matched by its own clause, as it always was.)
    if (fc) sources.push(c.criterionId ? fc : withWhole(fc, finder, partSentence));
  }
  // Only words of summary clauses can be shared, so only they need counting:
  // how many clauses hold each, and which sources hold it.
  const df = new Map<string, number>();
  for (const fc of summaries) for (const w of fc.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  sources.forEach((src, i) => {
    for (const w of src.words.keys()) {
      if (!df.has(w)) continue;
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  for (const [w, list] of byWord) df.set(w, df.get(w)! + list.length);
  // The claims that judge a written count, by where the count stands.
  const byCount = new Map<number, ClaimRecord[]>();
  for (const c of criterionClaims) {
    if (c.kind !== 'percent-of' && c.kind !== 'count-percent' && c.kind !== 'count-of') continue;
    const k = c.operands.find((o) => o.role === 'k' && !o.inferred);
    if (k) byCount.set(k.span.start, [...(byCount.get(k.span.start) ?? []), c]);
  }
  const named = namedParts(blocks, sources);
  // The words of the title of the section a finding is in.
  const allRegs = regions(blocks);
  const titleWords = new Map<number, Map<string, string>>();
  const titleOf = (sp: Span): Map<string, string> => {
    const i = allRegs.findIndex((r) => sp.start >= r.start && sp.start < r.end);
    let w = titleWords.get(i);
    if (!w) titleWords.set(i, (w = i >= 0 ? keywords(allRegs[i]!.title) : new Map()));
    return w;
  };
  const out: Restatement[] = [];
  for (const s of summaries) {
    const parts = named.of(s);
    // A shared word counts 3 when only these two clauses hold it, 2 when rare, 1 otherwise.
    const weight = (w: string) => ((df.get(w) ?? 0) <= 2 ? 3 : (df.get(w) ?? 0) <= 4 ? 2 : 1);
    const candidates = new Set<number>();
    // A word held by many figure clauses names no one finding: it adds to a score but does not
    // propose candidates (which also keeps the matching linear when a report repeats one clause).
    for (const w of s.words.keys()) {
      const list = byWord.get(w);
      if (list && list.length <= MAX_PROPOSERS) for (const i of list) candidates.add(i);
    }
    // Source order decides between equal scores, as a full scan would.
    const all = [...candidates]
      .sort((a, b) => a - b)
      .map((i) => sources[i]!)
      .map((src) => {
        const shared = [...s.words.keys()].filter((w) => src.words.has(w));
        return { src, shared, score: shared.reduce((a, w) => a + weight(w), 0) };
      });
    const scored = all
      // A finding outside any criterion is matched more strictly: the two must share half the summary's words.
      // (A finding that gives the summary's own figure confirms it on the shared words alone.)
      // A change ('had fallen by 18%') restates a change, and a level a level.
      .filter((x) => !x.src.change === !s.change)
      .filter((x) => x.score >= MIN_SCORE && x.shared.length >= MIN_SHARED && (!findingClaims.has(x.src.claim) || findingCovered(s, x.src, x.shared) || agree(s.figure, asPairOf(s, x.src).figure)))
      .sort((a, b) => b.score - a.score);
    if (scored.length === 0) continue;
    // The best match decides; a tie between findings is only settled when one of them agrees.
    // Two claims of one written figure (a share judged twice) are one finding.
    const figures = new Set<number>();
    const top = scored
      .filter((x) => x.score === scored[0]!.score)
      .map((x) => ({ ...x, src: asPairOf(s, x.src) }))
      .filter((x) => !figures.has(x.src.figure.operand.span.start) && !!figures.add(x.src.figure.operand.span.start));
    const same = top.find((x) => agree(s.figure, x.src.figure));
    if (same) {
      out.push({ summary: s, source: same.src, agrees: true, shared: same.shared.map((w) => s.words.get(w) ?? w), also: alsoOf(same.src, scored, s, byCount), ...(findingClaims.has(same.src.claim) ? { where: 'the findings' } : {}) });
      continue;
    }
    // A figure measured against ('up from 83%', 'below the rate of 71% in England') is not the finding's own:
    // a summary figure restates the one of its own kind. A count pair and its percentage in one sentence
    // ('2,371 had an annual review … (74%)') are one finding, and the one written as the summary's figure is
    // (a percentage for a percentage) speaks for it.
    const own: typeof top = [];
    const kind = (x: (typeof top)[number]) => (x.src.figure.operand.role === s.figure.operand.role ? 0 : 1);
    for (const x of top.filter((y) => !!y.src.comparator === !!s.comparator).sort((a, b) => kind(a) - kind(b))) {
      const at = sentAt(x.src);
      if (!own.some((y) => at !== undefined && sentAt(y.src) === at && agree(y.src.figure, x.src.figure))) own.push(x);
    }
    // A summary sentence that names one part of the report ('the court cases', against the part on out-of-court
    // work) restates a finding of that part: findings of the others tie with it no longer, and are never its match.
    const ofPart = parts.size > 0 && own.length > 1 ? own.filter((x) => parts.has(named.partOf(x.src.claim.span))) : own;
    if (ofPart.length !== 1) continue;
    const one = ofPart[0]!;
    // A finding of the part the summary names, of a word in common at least, that gives the summary's figure
    // is a reading in which the summary is right ('planning to keep other people safe in barely half of them',
    // of the court cases, against the court part's 54%, when the best match is of the out-of-court part).
    if (parts.size > 0 && !parts.has(named.partOf(one.src.claim.span)) && all.some((x) => x.src !== one.src && x.shared.length >= 1 && parts.has(named.partOf(x.src.claim.span)) && agree(s.figure, asPairOf(s, x.src).figure))) continue;
    // A finding outside any criterion is only confirmed: its section may hold other findings of like words that
    // the summary restates instead, and no criterion says which one it is.
    // Unless the two share three words or more, words of who told aside, and no other finding of the section shares as many.
    // A summary's figureless share word ('most are in education, employment or training') whose every word is in the
    // one finding's sentence, three at least, and no other finding's as many, names that finding clearly, in a section
    // of any title.
    const wordShare = isWordShare(s);
    if ((confirmOnly.has(one.src.claim) && !(wordShare && clearFinding(s, one, scored, titleOf, all))) || (findingClaims.has(one.src.claim) && !clearFinding(s, one, scored, titleOf, all))) continue;
    if (!comparable(s, one.src) || marksDiffer(s, one.src)) continue;
    // A finding's figure that is itself wrong against its counts ('26 (55%)' of 58) is reported there; which of
    // its figures the summary follows is not known, so the summary is not said to differ from it.
    if (one.src.claim.verdict === 'inconsistent' || one.src.claim.verdict === 'convention') continue;
    // 'Plans were sufficient in 71% of cases, up from 58% at our last inspection' against 'At our last inspection,
    // 58% of plans were sufficient': the summary writes the finding's figure too, as the level its own is measured
    // against, so the finding restates that figure, not this one.
    if (writesFigureElsewhere(s, one.src.figure.operand)) continue;
    // Another finding that the summary's words fit nearly as well gives the summary's figure: that is a reading
    // in which the summary is right, so nothing is reported ('Assessment was sufficient … in 81%' against 2.1's
    // 81%, when 2.4's 52% shares one word more). Nearly as well: three shared words or more, and two thirds of
    // the best score; two common words ('offender', 'file') make no rival reading.
    if (scored.some((x) => x.src !== one.src && x.shared.length >= 3 && 3 * x.score >= 2 * one.score && agree(s.figure, asPairOf(s, x.src).figure))) continue;
    // A denial ('lacked a pre-release visit') against a finding that affirms ('24 had been visited') gives the rest of
    // its figure, not the figure: they are not said to differ.
    if (deniesOther(s, one.src)) continue;
    // A share of one thing is no restatement of a count of another: '83% of their mandatory training' and 'four
    // of the five courses' name different wholes.
    if (wholesDiffer(s, one.src)) continue;
    // A share word with no figure ('Most children had a plan …') is said to differ only from a finding whose
    // clause it mostly holds; and 'most' may name the largest of several groups, so not against a finding that
    // gives several shares.
    // (A fraction restating a criterion's figure, 'rescored in three-quarters of the case file sample', is matched as
    // any figure is; one restating a finding outside any criterion is held to what a share word is.)
    if (wordShare && (s.claim.kind === 'quantifier' || confirmOnly.has(one.src.claim) || findingClaims.has(one.src.claim))) {
      // Words of how it was found or who answered ('told us', 'said') tie nothing, nor the share's own words.
      const phrase = phraseWords(s);
      const plain = (m: Map<string, string>) => [...m.keys()].filter((w) => !w.startsWith('acr:') && !HOW_TOLD.test(w) && !phrase.has(w)).length;
      const shared = one.shared.filter((w) => !HOW_TOLD.test(w)).length;
      // A finding that says more than the summary ('could explain how they would report a concern about radicalisation
      // or extremism', of 'the 64 learners across three campuses') is held to half its words when it is the only one
      // of two words or more in common with the summary.
      const alone = !all.some((x) => sentAt(x.src) !== sentAt(one.src) && x.shared.filter((w) => !HOW_TOLD.test(w)).length >= 2);
      const cover = alone && shared >= 4 && one.src.claim.verdict === 'ok' ? QUANT_SUMMARY_COVER : QUANT_COVER;
      if (shared < 2 || shared < cover * plain(one.src.words) || shared < QUANT_SUMMARY_COVER * plain(s.words)) continue;
      if (s.plurality && scored.some((x) => sentAt(x.src) === sentAt(one.src) && !agree(x.src.figure, one.src.figure))) continue;
    }
    // A part's share counted after its whole ('We received 60 completed surveys. Of these, 33 tenants (55%) had
    // reported a repair') is of what its own sentence says: the whole's words ('completed') name the group, not what
    // the part did, so three words of the part's own sentence must be the summary's.
    if (one.src.partWords && [...s.words.keys()].filter((w) => one.src.partWords!.has(w) && !HOW_TOLD.test(w) && !w.startsWith('acr:')).length < 3) continue;
    out.push({ summary: s, source: one.src, agrees: false, shared: one.shared.map((w) => s.words.get(w) ?? w), also: alsoOf(one.src, scored, s, byCount), ...(findingClaims.has(one.src.claim) ? { where: 'the findings' } : {}) });
  }
  return out;
}

/**
 * A summary's share written in words, with no count or whole of its own: a quantifier ('Most children …',
 * 'A minority of …') or a fraction ('Fewer than half of the schools …', 'Three-quarters of the men …').
 */
function isWordShare(s: FigureClause): boolean {
  if (s.claim.kind === 'quantifier' && s.figure.operand.role === 'q') return true;
  return s.claim.kind === 'fraction' && s.figure.operand.role === 'f' && !s.claim.operands.some((o) => (o.role === 'n' || o.role === 'k') && !o.inferred);
}

/** The keys of a summary figure's own words ('Fewer than half', 'A minority', 'Nearly all'): they tie nothing. */
function phraseWords(s: FigureClause): Set<string> {
  const o = s.figure.operand;
  return new Set([...keywords(`${o.hedge ?? ''} ${o.raw}`).keys()]);
}

/**
 * A finding's figure whose whole is counted in another sentence ('Inspectors visited the authority's 12 secondary
 * schools. Seven of them had …', '186 men were released. Of these, 124 had …'): the words of the clause that counts
 * the whole say what the figure is of, and are the finding's too.
 */
function withWhole(fc: FigureClause, finder: SentenceFinder, partSentence?: { text: string; span: Span }): FigureClause {
  const c = fc.claim;
  const n = c.operands.find((o) => o.role === 'n');
  const own = c.sentence ?? partSentence;
  // A share of no whole written that opens by pointing back ('Of these, 65% were over 50'): the group is the one
  // the sentence before counts.
  if (!n && own && c.kind === 'percent' && /^\s*(?:of|among)\s+(?:these|them|those)\s*,/i.test(own.text) && own.span.start > 0) {
    const prev = finder({ start: own.span.start - 1, end: own.span.start }) ?? finder({ start: own.span.start - 2, end: own.span.start });
    if (!prev || prev.span.start === own.span.start || !/\d/.test(prev.text)) return fc;
    const words = new Map(fc.words);
    for (const [k, w] of keywords(prev.text)) if (!words.has(k)) words.set(k, w);
    return { ...fc, words, marks: [...new Set([...(fc.marks ?? []), ...marksOf(prev.text)])] };
  }
  if (!n || !own || (n.span.start >= own.span.start && n.span.start < own.span.end) || n.span.start > own.span.start) return fc;
  const s = finder(n.span);
  if (!s || s.span.start === own.span.start) return fc;
  const at = inSentence(s, n);
  const words = new Map(fc.words);
  for (const [k, w] of keywords(clauseAround(s.text, at, at + n.raw.length))) if (!words.has(k)) words.set(k, w);
  return { ...fc, words };
}

/** Words that deny what a clause says. */
const DENIAL = /\b(?:no|not|never|none|nor|neither|without|insufficient|inadequate|unable|failed|lacked|lacking|lacks)\b|n't\b/i;

/** Whether one of the two clauses denies and the other does not. */
function deniesOther(a: FigureClause, b: FigureClause): boolean {
  const clause = (fc: FigureClause) => {
    const sent = fc.claim.sentence;
    if (!sent) return undefined;
    const at = inSentence(sent, fc.figure.operand);
    return clauseAround(sent.text, at, at + fc.figure.operand.raw.length).replace(/\bno\.\s/gi, ' ');
  };
  const x = clause(a);
  const y = clause(b);
  return x !== undefined && y !== undefined && DENIAL.test(x) !== DENIAL.test(y);
}

/** Whether the summary's sentence writes the figure `o` (as written) other than at the summary's own figure. */
function writesFigureElsewhere(summary: FigureClause, o: Operand): boolean {
  const sent = summary.claim.sentence;
  if (!sent || !/\d/.test(o.raw)) return false;
  const own = summary.figure.operand.span;
  const raw = o.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`(?<![\d.,])${raw}(?![\d]|[.,]\d)`, 'g');
  for (const m of sent.text.matchAll(re)) {
    const at = sent.span.start + m.index;
    if (at + m[0].length <= own.start || at >= own.end) return true;
  }
  return false;
}

/**
 * A finding outside any criterion that the summary names clearly: every word of the summary's clause (who told
 * aside) is in the finding's sentence, three of them at least, and no other finding shares as many ('felt safe at
 * night' is not the finding 'felt safe during the day', nor 'knew how to complain' one of making a complaint).
 */
function clearFinding(summary: FigureClause, one: { src: FigureClause; shared: string[] }, scored: readonly { src: FigureClause; shared: string[] }[], title?: (sp: Span) => Map<string, string>, all?: readonly { src: FigureClause; shared: string[] }[]): boolean {
  const plain = (ws: Iterable<string>) => [...ws].filter((w) => !HOW_TOLD.test(w) && !w.startsWith('acr:'));
  const own = (x: { shared: string[] }) => plain(x.shared).length;
  const n = own(one);
  const at = sentAt(one.src);
  if (n < 3 || scored.some((x) => sentAt(x.src) !== at && own(x) >= n)) return false;
  // The finding's sentence, the clause that counts its whole ('We spoke with 22 people …') and the title of its
  // section ('Children in custody') say what it is of.
  const sentence = new Map([...(one.src.claim.sentence ? keywords(one.src.claim.sentence.text) : []), ...one.src.words, ...(title ? title(one.src.claim.span) : [])]);
  const phrase = phraseWords(summary);
  const need = plain(summary.words.keys()).filter((w) => !phrase.has(w));
  const missing = need.filter((w) => !sentence.has(w));
  const held = need.length - missing.length;
  if (missing.length === 0) return true;
  // Or all but a few, two thirds of them and four at least, when no other finding shares nearly as many, and no
  // other finding holds a word the finding lacks ('staff had recorded the reasons and held a debrief' against a
  // finding of reasons recorded, beside one of debriefs recorded).
  const others = (all ?? scored).filter((x) => sentAt(x.src) !== at);
  // The group the summary's share is of ('of registered childminders', 'of the secondary schools') is the finding's.
  if ([...groupWords(summary)].some((w) => missing.includes(w))) return false;
  return held >= 4 && 3 * held >= 2 * need.length && !others.some((x) => own(x) >= n - 1 || x.shared.some((w) => missing.includes(w)));
}

/** The words of the group a summary's share is of, written just after it: 'Fewer than half of the secondary schools have'. */
function groupWords(summary: FigureClause): Set<string> {
  const sent = summary.claim.sentence;
  const o = summary.figure.operand;
  if (!sent) return new Set();
  const at = inSentence(sent, o) + o.raw.length;
  const m = /^\s+(?:of\s+(?:the|these|those|our|its|their|all)?\s*)?((?:[A-Za-z'-]+\s+){0,1}[A-Za-z'-]+)/.exec(sent.text.slice(at, at + 80));
  if (!m) return new Set();
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    if (STOP.has(w.toLowerCase())) break;
    words.push(w);
  }
  return new Set(keywords(words.join(' ')).keys());
}

/** Share of a finding's own words (who told aside) that a summary must hold to restate a finding outside any criterion. */
const FINDING_COVER = 0.5;

/**
 * A finding outside any criterion (under a 'Findings' heading) is matched more strictly than a criterion's, and only
 * confirmed: the two clauses share half the summary's words and half the finding's, words of who told or answered aside.
 */
function findingCovered(summary: FigureClause, src: FigureClause, shared: readonly string[]): boolean {
  const plain = (m: Map<string, string>) => [...m.keys()].filter((w) => !w.startsWith('acr:'));
  const own = shared.filter((w) => !HOW_TOLD.test(w)).length;
  return shared.length >= QUANT_SUMMARY_COVER * plain(summary.words).length && own >= FINDING_COVER * plain(src.words).filter((w) => !HOW_TOLD.test(w)).length;
}

/**
 * Share of a finding's clause words a figureless share word's clause must hold to be said to differ from it, and
 * share of its own words the finding must hold (it says what the finding says, not more).
 */
const QUANT_COVER = 0.7;
const QUANT_SUMMARY_COVER = 0.5;

/** Stems of words that say who told or answered, not what: 'told us', 'said', 'responded'. */
const HOW_TOLD = /^(?:told|said|say|tell|respond|respondent|respons|answer|reply|repli|ask|survey|report)$/;

/**
 * The finding's other figures as written, all of them what the summary restates: its count beside its share
 * ('71 … (83%)'), and the figure of another claim of the same sentence that agrees with it ('46 of the 98 …
 * (47%)' read twice).
 */
function alsoOf(src: FigureClause, scored: readonly { src: FigureClause }[], summary?: FigureClause, byCount?: Map<number, ClaimRecord[]>): Operand[] {
  const at = sentAt(src);
  const own = src.figure.operand.span.start;
  const out: Operand[] = [];
  // A summary's share ('Fewer than half', '45%') restates the finding's pair, its whole too ('26 of the 58').
  const whole = summary !== undefined && summary.figure.operand.role !== 'k';
  const add = (o: Operand) => {
    if ((o.inferred && !(whole && o.role === 'n')) || (o.role !== 'k' && o.role !== 'p' && !(whole && o.role === 'n')) || o.span.start === own || out.some((y) => y.span.start === o.span.start)) return;
    out.push(o);
  };
  for (const o of src.claim.operands) add(o);
  if (at !== undefined) for (const x of scored) if (x.src.claim !== src.claim && sentAt(x.src) === at && agree(x.src.figure, src.figure)) for (const o of x.src.claim.operands) add(o);
  // The share judged of the same written count ('Of these, 29 (45%) …', read as a share of the whole before).
  const k = src.claim.operands.find((o) => o.role === 'k' && !o.inferred);
  if (k && byCount) for (const c of byCount.get(k.span.start) ?? []) if (c !== src.claim && c.verdict === 'ok') for (const o of c.operands) if (o.role === 'p' && !o.inferred) add(o);
  return out;
}

/** What a figure is a share or a part of, as written after it: 'of their mandatory training', '(of the) five courses'. */
function wholeWords(fc: FigureClause): Set<string> | undefined {
  const c = fc.claim;
  const s = c.sentence;
  if (!s) return undefined;
  const n = c.operands.find((o) => o.role === 'n' && !o.inferred);
  const f = fc.figure.operand;
  const after = (o: Operand) => {
    const at = inSentence(s, o) + o.raw.length;
    return s.text.slice(at, at + 60);
  };
  let m: RegExpExecArray | null = null;
  // Only a whole written as such: 'k of the n X' ('one in four plans' names what is counted, not its whole).
  const pairOfWords = () => {
    const from = inSentence(s, f) + f.raw.length;
    const to = s.text.indexOf(n!.raw, from);
    return to >= 0 && /^\s+(?:of|out\s+of)\s+(?:the\s+|their\s+|its\s+|all\s+(?:the\s+)?)?$/i.test(s.text.slice(from, to));
  };
  if (n && f.role === 'k' && pairOfWords()) m = /^\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)/i.exec(after(n));
  else if (f.role === 'p') m = /^\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the|their|its|his|her|our|all|these|those)\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)/i.exec(after(f));
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/).filter((w) => !STOP.has(w.toLowerCase())).map(stem);
  return words.length ? new Set(words) : undefined;
}

/** Both figures name what they are of, and no word of the two is shared. */
function wholesDiffer(summary: FigureClause, src: FigureClause): boolean {
  // A ratio ('one in four plans') is a share, and its noun no whole counted.
  if (summary.claim.kind === 'ratio') return false;
  const a = wholeWords(summary);
  const b = wholeWords(src);
  return !!a && !!b && ![...a].some((w) => b.has(w));
}

/**
 * Whether a summary count can be a wrong copy of its source's figure: a count of one whole ('104 cases: 58
 * community orders') and a share of another ('49 of the 58 community order cases (84%)') are different
 * figures, and a summary count that is the source's whole is its base, not its figure.
 */
export function comparable(summary: FigureClause, src: FigureClause): boolean {
  // A ratio ('nine in ten schools') is a share: its '10' is no whole of anything counted.
  if (summary.figure.operand.role !== 'k' || summary.claim.kind === 'ratio') return true;
  const a = pairOf(summary.claim);
  const b = pairOf(src.claim);
  if (b && summary.figure.operand.value === b.n.value) return false;
  return !(a && b && a.n.value !== b.n.value);
}

/** A claim's count pair ('16 of the 30'), when it states both figures. */
export function pairOf(c: ClaimRecord): { k: Operand; n: Operand } | undefined {
  const k = c.operands.find((o) => o.role === 'k');
  const n = c.operands.find((o) => o.role === 'n');
  return k && n && !k.inferred && !n.inferred && n.value > 0 ? { k, n } : undefined;
}

/**
 * A summary that restates a count pair ('16 of the 30 cases') against a source that gives its pair with the
 * same whole ('18 of 30 cases (60%)'): the counts are what is compared, and the source's count is the figure.
 */
export function asPairOf(summary: FigureClause, src: FigureClause): FigureClause {
  if (summary.figure.operand.role !== 'k' || src.figure.operand.role === 'k') return src;
  const a = pairOf(summary.claim);
  const b = pairOf(src.claim);
  if (!a || !b || a.n.value !== b.n.value) return src;
  const x = share(b.k.value, b.n.value);
  return { ...src, figure: { interval: { lo: x, hi: x, loOpen: false, hiOpen: false }, operand: b.k } };
}

/** Two figures agree when they can be the same share; two plain percentages at one precision must be equal. */
export function agree(a: FigureClause['figure'], b: FigureClause['figure']): boolean {
  const pa = a.operand;
  const pb = b.operand;
  if (pa.role === 'p' && pb.role === 'p' && !pa.hedge && !pb.hedge && (pa.decimals ?? 0) === (pb.decimals ?? 0)) return pa.value === pb.value;
  return intersects(a.interval, b.interval);
}
