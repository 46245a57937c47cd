/**
 * The development corpus of issue 9 (`test/corpus/passages/*.yaml`, format in
 * `test/corpus/README.md`): loading and validating passages, finding their
 * figures, the fixed dev / held-out split, and scoring one analysis of a
 * passage against its labels. `corpus.ts` is the command that prints the
 * figures; `test/corpus/format.test.ts` checks the files.
 *
 * The only place that reads the checker's claims is `claimsOf`, so that the
 * numbers engine may change its claim shape and update that one function.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { AnalysisResult, Diagnostic, Span } from '../../server/src/core/index.js';
import { isClaimRecord } from '../../server/src/core/numbers/claim.js';

export const KINDS = [
  'percent-of',
  'percent-of-total',
  'count-of-total',
  'ratio',
  'hedge',
  'quantifier',
  'remainder',
  'sum-to-total',
  'shares-sum',
  'change',
  'multiple',
  'mean',
  'restatement',
] as const;
export type RelationKind = (typeof KINDS)[number];

export const FAMILIES = [
  'plain',
  'clause-between',
  'non-count-number',
  'slash',
  'cross-sentence',
  'remainder',
  'ratio',
  'hedge',
  'apposition',
  'quoted-grade',
  'quantifier-distant',
  'table',
  'change',
  'totals',
  'restatement',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Kinds whose first figure is words ('one in four', 'nearly half', 'most', 'twice'), not a number. */
export const TEXT_FIRST: ReadonlySet<RelationKind> = new Set(['ratio', 'hedge', 'quantifier', 'multiple']);

/** How many figures each kind takes, in role order (see the README). */
export const ARITY: Record<RelationKind, [number, number]> = {
  'percent-of': [3, 3],
  'percent-of-total': [3, 3],
  'count-of-total': [2, 2],
  ratio: [2, 3],
  hedge: [2, 3],
  quantifier: [2, 3],
  remainder: [3, 12],
  'sum-to-total': [3, 20],
  'shares-sum': [2, 20],
  change: [3, 3],
  multiple: [3, 3],
  mean: [3, 40],
  restatement: [2, 2],
};

const RelationSchema = z
  .object({
    kind: z.enum(KINDS),
    figures: z.array(z.string().min(1)).min(1),
    holds: z.boolean(),
    arithmetic: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

const UndecidableSchema = z
  .object({
    figures: z.array(z.string().min(1)).min(1),
    why: z.string().min(1),
  })
  .strict();

export const PassageSchema = z
  .object({
    id: z.string().regex(/^[a-z]-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids look like a-prob-0001'),
    source: z.union([z.literal('written'), z.url()]),
    basedOn: z.url().optional(),
    inspectorate: z.string().min(2),
    families: z.array(z.enum(FAMILIES)),
    text: z.string().min(1),
    relations: z.array(RelationSchema).default([]),
    undecidable: z.array(UndecidableSchema).optional(),
    notes: z.string().optional(),
  })
  .strict();

export type Passage = z.infer<typeof PassageSchema>;
export type Relation = z.infer<typeof RelationSchema>;

export interface PassageFile {
  file: string;
  passages: Passage[];
  /** Problems found while reading: YAML syntax, schema violations (with the passage's index). */
  errors: string[];
}

/** The passages folder, from `out/tools/eval/` or from `tools/eval/`. */
export function corpusDir(root: string): string {
  return join(root, 'test/corpus/passages');
}

export function loadCorpus(dir: string): PassageFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  return files.map((f) => parsePassageFile(f, readFileSync(join(dir, f), 'utf8')));
}

export function parsePassageFile(file: string, source: string): PassageFile {
  const errors: string[] = [];
  const doc = parseDocument(source, { uniqueKeys: true });
  for (const e of doc.errors) errors.push(`${file}: ${e.message}`);
  if (doc.errors.length) return { file, passages: [], errors };
  const data: unknown = doc.toJS();
  if (data == null) return { file, passages: [], errors };
  if (!Array.isArray(data)) return { file, passages: [], errors: [`${file}: the file must be a YAML list of passages`] };
  const passages: Passage[] = [];
  data.forEach((item, i) => {
    const r = PassageSchema.safeParse(item);
    if (r.success) passages.push(r.data);
    else {
      const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `#${i + 1}`;
      for (const issue of r.error.issues) errors.push(`${file} ${id}: ${issue.path.join('.') || '(passage)'}: ${issue.message}`);
    }
  });
  return { file, passages, errors };
}

// ---------------------------------------------------------------------------
// The split

export type Part = 'dev' | 'held-out';

/** Held out ⇔ the first byte of sha1(id) is below 77 (about 30%). Fixed: never tune on held-out passages. */
export function partOf(id: string): Part {
  const first = createHash('sha1').update(id, 'utf8').digest()[0]!;
  return first < 77 ? 'held-out' : 'dev';
}

// ---------------------------------------------------------------------------
// Figures

export interface FigureRef {
  needle: string;
  occurrence: number;
}

/** 'eleven', '11@2' (the second occurrence of the number 11). */
export function parseFigure(figure: string): FigureRef {
  const m = /^(.*\S)@(\d+)$/s.exec(figure);
  if (m) return { needle: m[1]!, occurrence: Number(m[2]) };
  return { needle: figure, occurrence: 1 };
}

const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/**
 * Occurrences of a needle as a whole token: not inside a longer word or
 * number ('1' is not found in '12', '2.5' is not found in '12.5', '5' not in
 * '2.5', 'one' not in 'none'). An edge of the needle that is punctuation
 * ('37%', '(15)') needs no boundary.
 */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const firstAl = ALNUM.test(needle[0]!);
  const lastAl = ALNUM.test(needle[needle.length - 1]!);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (firstAl && i > 0) {
      const b = text[i - 1]!;
      if (ALNUM.test(b)) continue;
      if ((b === '.' || b === ',') && i > 1 && DIGIT.test(text[i - 2]!) && DIGIT.test(needle[0]!)) continue;
    }
    if (lastAl && end < text.length) {
      const a = text[end]!;
      if (ALNUM.test(a)) continue;
      if ((a === '.' || a === ',') && end + 1 < text.length && DIGIT.test(text[end + 1]!) && DIGIT.test(needle[needle.length - 1]!)) continue;
    }
    out.push(i);
  }
  return out;
}

/** The span of a figure in the passage's text, or undefined when it is not there. */
export function locate(text: string, figure: string): Span | undefined {
  const { needle, occurrence } = parseFigure(figure);
  const at = occurrences(text, needle)[occurrence - 1];
  return at === undefined ? undefined : { start: at, end: at + needle.length };
}

// ---------------------------------------------------------------------------
// Wrapping a passage in a report

export interface Wrapped {
  text: string;
  /** Where the passage's text starts in the report. */
  offset: number;
  /** The passage's text as placed (line breaks of a one-paragraph passage become spaces, same length). */
  passage: string;
}

const FRONT = '---\ntitle: Corpus passage\nframework: hmip-omi-2007\n---\n\n';
const BEFORE_FINDING =
  '# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\nActivity in the phase leading up to sentence is timely, purposeful and effective.\n\n### Strengths\n\n- (a) ';

/** A passage that is a Markdown fragment of its own: headings, a table or lettered findings. */
export function isFragment(text: string): boolean {
  return /^(?:#{1,6}\s|\||-\s+\([a-z]\)|---\s*$)/m.test(text);
}

/**
 * A passage in a minimal report: as the one finding of criterion 1.1 of the
 * default framework, or, for a fragment, after front matter (a fragment that
 * starts with its own front matter is analysed as it is).
 */
export function wrap(p: Passage): Wrapped {
  const body = p.text.replace(/\s+$/, '');
  if (isFragment(body)) {
    if (body.startsWith('---\n')) return { text: `${body}\n`, offset: 0, passage: body };
    return { text: `${FRONT}${body}\n`, offset: FRONT.length, passage: body };
  }
  const flat = body.replace(/\n/g, ' ');
  const head = FRONT + BEFORE_FINDING;
  return { text: `${head}${flat}\n`, offset: head.length, passage: flat };
}

// ---------------------------------------------------------------------------
// The adapter over the checker's claims (the one place that knows their shape)

export interface EvalClaim {
  kind: string;
  span: Span;
  /** Spans of every figure the claim was computed from, including totals found elsewhere. */
  operands: Span[];
  verdict: string;
  /** The claim was judged (not left unchecked or unresolved). */
  judged: boolean;
}

export function claimsOf(result: AnalysisResult): EvalClaim[] {
  const out: EvalClaim[] = [];
  for (const c of result.report.claims) {
    if (!isClaimRecord(c)) continue;
    // A bare count is only a candidate total, not a claim about anything.
    if (c.kind === 'count') continue;
    const verdict: string = c.verdict;
    out.push({
      kind: c.kind,
      span: c.span,
      operands: [...c.operands.map((o) => o.span), ...(c.sources ?? []).map((s) => s.span)],
      verdict,
      judged: verdict !== 'unchecked' && verdict !== 'unresolved',
    });
  }
  return out;
}

/** The diagnostics that judge numbers: `numbers/*` and `conclusion/restated-figure`, error to info. */
export function isNumericDiagnostic(d: Diagnostic): boolean {
  if (d.uri) return false;
  if (d.severity === 'hint') return false;
  return d.ruleId.startsWith('numbers/') || d.ruleId === 'conclusion/restated-figure';
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------------------
// Scoring one passage

export interface RelationOutcome {
  relation: Relation;
  /** Spans in the report's text. */
  spans: Span[];
  recognised: boolean;
  /** Only for holds: false — recognised and reported by an overlapping numeric diagnostic. */
  caught: boolean;
  /** The claim that recognised it. */
  claim?: EvalClaim;
}

export interface PassageOutcome {
  passage: Passage;
  part: Part;
  wrapped: Wrapped;
  relations: RelationOutcome[];
  falseAlarms: Diagnostic[];
  /** Numeric diagnostics that overlap a planted or published error (for listing). */
  reports: Diagnostic[];
}

export function score(p: Passage, result: AnalysisResult, wrapped: Wrapped): PassageOutcome {
  const claims = claimsOf(result).filter((c) => c.judged);
  const diags = result.diagnostics.filter(isNumericDiagnostic);
  const toReport = (s: Span): Span => ({ start: s.start + wrapped.offset, end: s.end + wrapped.offset });
  const relations: RelationOutcome[] = p.relations.map((relation) => {
    const spans = relation.figures.map((f) => {
      const s = locate(wrapped.passage, f);
      if (!s) throw new Error(`${p.id}: figure '${f}' is not in the text`);
      return toReport(s);
    });
    const claim = claims.find((c) =>
      spans.every((s, i) => c.operands.some((o) => overlaps(o, s)) || (i === 0 && TEXT_FIRST.has(relation.kind) && overlaps(c.span, s))),
    );
    const recognised = claim !== undefined;
    const caught = !relation.holds && recognised && diags.some((d) => spans.some((s) => overlaps(d.span, s)));
    return { relation, spans, recognised, caught, claim };
  });
  const wrongSpans = relations.filter((r) => !r.relation.holds).flatMap((r) => r.spans);
  const falseAlarms = diags.filter((d) => !wrongSpans.some((s) => overlaps(d.span, s)));
  const reports = diags.filter((d) => wrongSpans.some((s) => overlaps(d.span, s)));
  return { passage: p, part: partOf(p.id), wrapped, relations, falseAlarms, reports };
}

// ---------------------------------------------------------------------------
// Totals

export interface Tally {
  passages: number;
  relations: number;
  recognised: number;
  inconsistent: number;
  caught: number;
  falseAlarms: number;
}

export const emptyTally = (): Tally => ({ passages: 0, relations: 0, recognised: 0, inconsistent: 0, caught: 0, falseAlarms: 0 });

export function add(t: Tally, o: PassageOutcome): void {
  t.passages += 1;
  t.relations += o.relations.length;
  t.recognised += o.relations.filter((r) => r.recognised).length;
  t.inconsistent += o.relations.filter((r) => !r.relation.holds).length;
  t.caught += o.relations.filter((r) => r.caught).length;
  t.falseAlarms += o.falseAlarms.length;
}

export const coverage = (t: Tally): number | undefined => (t.relations ? t.recognised / t.relations : undefined);
export const recall = (t: Tally): number | undefined => (t.inconsistent ? t.caught / t.inconsistent : undefined);
export const falseAlarmsPer100 = (t: Tally): number | undefined => (t.passages ? (100 * t.falseAlarms) / t.passages : undefined);
