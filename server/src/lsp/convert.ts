/**
 * Conversions between the core's model (absolute UTF-16 offsets, core
 * severities) and LSP types (line/character ranges, numeric severities).
 */
import { DiagnosticSeverity, type Position, type Range } from 'vscode-languageserver';
import type { AnalysisResult, LineIndex, Severity, Span } from '../core/index.js';

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

export function offsetAt(result: AnalysisResult, position: Position): number {
  return result.lines.offsetAt(position);
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** Whether `offset` lies in the span; `end` counts as inside, so a cursor right after a word still hits it. */
export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

export function rangesOverlap(a: Range, b: Range): boolean {
  const lt = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character);
  // Touching ranges overlap too: a cursor (empty range) at a diagnostic's end still asks for its fix.
  return !lt(a.end, b.start) && !lt(b.end, a.start);
}

/** The span with surrounding white space (line ends included) removed. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
