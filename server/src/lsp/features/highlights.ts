/**
 * Document highlights: the criterion, finding or section under the cursor,
 * wherever the report names it. The defining heading or letter is a write,
 * references are reads.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/index.js';
import { toRange } from '../convert.js';
import { occurrences } from './references.js';

export function documentHighlights(result: AnalysisResult, position: Position): DocumentHighlight[] {
  const offset = result.lines.offsetAt(position);
  return occurrences(result, offset).map((o) => ({
    range: toRange(result.lines, o.span),
    kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
