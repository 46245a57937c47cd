/**
 * The typed model of an inspection report.
 *
 * Every span is a pair of absolute UTF-16 offsets into the document text
 * (`start` inclusive, `end` exclusive). Line and column are derived on demand
 * through a {@link LineIndex}, so that a block whose text did not change can be
 * reused after an edit above it by shifting its offsets.
 */

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type GroupKind = 'strengths' | 'areas';

/** A lettered finding: `- (a) ...` under Strengths or Areas for Improvement. */
export interface Finding {
  letter: string;
  group: GroupKind;
  /** Span of the letter itself, without brackets. */
  letterSpan: Span;
  /** Span of the whole finding, continuation paragraphs included. */
  span: Span;
  /** First line of text after the letter (for outlines and hovers). */
  summary: string;
  /** An unlettered bullet finding (frameworks with `findings.style` bulleted or either): `letter` is empty. */
  bulleted?: boolean;
}

export interface FindingGroup {
  kind: GroupKind;
  /** The label as written (`Areas for Improvement`, `Area for Improvement`). */
  label: string;
  labelSpan: Span;
  span: Span;
  findings: Finding[];
}

export interface ScoreLine {
  kind: 'percentage';
  /** The value as written, e.g. 79 or 98.7. */
  value: number;
  raw: string;
  span: Span;
  /** Span of the number and percent sign. */
  valueSpan: Span;
}

export interface GradeLine {
  kind: 'grade';
  /** The grade as written. */
  raw: string;
  span: Span;
  valueSpan: Span;
}

/** A part of a criterion with its own figure: a key question or quality statement line (`- Learning culture: 3`). */
export interface Part {
  name: string;
  nameSpan: Span;
  /** The figure as written: a percentage (`58%`) or a score on the framework's scale (`3`). */
  value: number;
  raw: string;
  kind: 'percentage' | 'points';
  valueSpan: Span;
  span: Span;
}

/** The report's overall rating line (`Overall rating: Good`). */
export interface OverallLine {
  raw: string;
  span: Span;
  labelSpan: Span;
  valueSpan: Span;
}

export interface Conclusion {
  labelSpan: Span;
  /** The conclusion sentence as written (may be empty when missing). */
  text: string;
  /** Span of the sentence. */
  textSpan?: Span;
}

export interface Criterion {
  id: string;
  sectionId: string;
  /** Title as written in the heading, without the id and `General Criterion:`. */
  title: string;
  titleSpan: Span;
  idSpan: Span;
  headingSpan: Span;
  headingLevel: number;
  /** From the heading to the end of the criterion's last block. */
  span: Span;
  standard?: { text: string; span: Span };
  score?: ScoreLine;
  grade?: GradeLine;
  /** More than one score or grade line: the extra ones, for a diagnostic. */
  extraScoreLines: Span[];
  groups: FindingGroup[];
  conclusion?: Conclusion;
  /** Key questions or quality statements with their own figures, in order. */
  parts?: Part[];
}

export interface Section {
  id: string;
  title: string;
  idSpan: Span;
  headingSpan: Span;
  headingLevel: number;
  span: Span;
  criteria: Criterion[];
}

export type ReferenceForm = 'see' | 'section' | 'criterion' | 'omi' | 'under' | 'sections';

/** A cross-reference written in prose. */
export interface Reference {
  form: ReferenceForm;
  /** Span of the whole reference text (`see 4.3d`). */
  span: Span;
  /** Span of the target id (`4.3d`), used for navigation and rename. */
  targetSpan: Span;
  /** A section id (`4`) when the reference points at a section. */
  sectionId?: string;
  /** A criterion id (`4.3`). Empty for `under` references until assembly fills it. */
  criterionId?: string;
  letter?: string;
  /** Span of the letter inside targetSpan. */
  letterSpan?: Span;
  /** Explicit group, when the writer named one. */
  group?: GroupKind;
  /** For `sections 1-3`: the last section of the range. */
  sectionEndId?: string;
}

export interface SummaryRow {
  criterionId: string;
  idSpan: Span;
  span: Span;
  /** The last grade or percentage cell as written. */
  value: string;
  valueSpan: Span;
  valueKind: 'grade' | 'percentage';
  /** Every grade or percentage cell of the row, in column order (which is the report's: `checks/rating/summary-columns.ts`). */
  cells: SummaryCell[];
}

export interface SummaryCell {
  /** Column index (0 is the criterion's). */
  column: number;
  value: string;
  span: Span;
  kind: 'grade' | 'percentage';
}

export interface SummaryTable {
  span: Span;
  /** The header row's cells as plain text, by column ('' where there is none). */
  headers: string[];
  rows: SummaryRow[];
}

export interface FrontMatter {
  span: Span;
  /** Parsed values (only string-valued keys are kept). */
  values: Record<string, string>;
  /** Span of each key's value, for diagnostics and completions. */
  valueSpans: Record<string, Span>;
  keySpans: Record<string, Span>;
}

/** A paragraph of prose with its masked text, for claim and reference scanning. */
export interface TextRun {
  span: Span;
  /** Criterion id whose body holds this run, if any. */
  criterionId?: string;
  /** Finding letter and group, if the run lies inside a finding. */
  finding?: { group: GroupKind; letter: string };
}

/**
 * A numeric claim found in prose or tables ('69% (22)' of 32 cases), with its
 * recomputation. Filled by the numbers extractor (core/numbers).
 */
export interface NumericClaim {
  /** What shape of claim this is, e.g. 'percent-count', 'count-of', 'fraction'. */
  kind: string;
  /** The claim as written. */
  span: Span;
  criterionId?: string;
  /** The arithmetic, e.g. '22 / 32 = 68.75% → 69%'. */
  arithmetic: string;
  /** ok: consistent; the others name why it is not. */
  verdict: 'ok' | 'inconsistent' | 'convention' | 'impossible' | 'unchecked';
  /** Where the denominator (or other operand) was found, when elsewhere. */
  sources?: { span: Span; message: string }[];
  /** The exact replacement that makes the claim consistent, when one is known. */
  replacement?: { span: Span; newText: string };
}

export interface Report {
  uri: string;
  frontMatter?: FrontMatter;
  frameworkId: string;
  sections: Section[];
  /** All criteria in document order, including those outside any section. */
  criteria: Criterion[];
  references: Reference[];
  summaryTables: SummaryTable[];
  /** Numeric claims of every block, in document order. */
  claims: NumericClaim[];
  /** The overall rating line, when the framework defines an overall rating. */
  overall?: OverallLine;
}
