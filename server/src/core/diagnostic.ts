/**
 * What checks report. Ranges are absolute offsets into the text of `uri`
 * (the report itself unless stated otherwise).
 */
import type { Severity, Span } from './model.js';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInfo {
  /** Defaults to the report's own uri. */
  uri?: string;
  span: Span;
  message: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Set when the diagnostic belongs to another file (a framework file). */
  uri?: string;
  related?: RelatedInfo[];
  /**
   * The preferred fix: an exact, minimal edit that resolves the diagnostic,
   * when one is known. Counts are the data; what is derived from them (a
   * percentage, a mean, a band, a conclusion) follows them. Bulk fixing
   * (`core/fixes.ts`) applies only this one, and only for errors and warnings.
   */
  fix?: Fix;
  /** Other complete, exact fixes the user may choose instead (quick fixes only, never bulk). */
  alternatives?: Fix[];
  /**
   * For diagnostics in another file whose text is not the report's: the
   * 0-based line and column there, so that callers need not re-read it.
   */
  position?: { start: { line: number; character: number }; end: { line: number; character: number } };
}
