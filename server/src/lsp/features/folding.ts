/**
 * Folding ranges for sections, criteria, finding groups (and the conclusion)
 * and findings that run over more than one line.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { AnalysisResult, Span } from '../../core/index.js';
import { trimSpan } from '../convert.js';

export function foldingRanges(result: AnalysisResult): FoldingRange[] {
  const { lines, text, report } = result;
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (span: Span) => {
    const s = trimSpan(text, span);
    const startLine = lines.positionAt(s.start).line;
    const endLine = lines.positionAt(s.end).line;
    if (endLine <= startLine) return;
    const key = `${startLine}:${endLine}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  };
  for (const s of report.sections) add(s.span);
  for (const c of report.criteria) {
    add(c.span);
    for (const g of c.groups) {
      add({ start: Math.min(g.labelSpan.start, g.span.start), end: g.span.end });
      for (const f of g.findings) add(f.span);
    }
    if (c.conclusion?.textSpan) add({ start: c.conclusion.labelSpan.start, end: c.conclusion.textSpan.end });
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}
