/**
 * The outline: sections -> criteria -> groups (Strengths, Areas for
 * Improvement, Conclusion) -> lettered findings. Criteria outside any section
 * are listed at the top level. Workspace symbols search criteria of every
 * known report by id or title.
 */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { AnalysisResult, Criterion, Span } from '../../core/index.js';
import { normaliseWords } from '../../core/index.js';
import { toRange, trimSpan } from '../convert.js';
import { criterionDetail, criterionName, sectionName } from './display.js';

export function documentSymbols(result: AnalysisResult): DocumentSymbol[] {
  const { report, lines, text, framework } = result;
  const range = (span: Span) => toRange(lines, trimSpan(text, span));
  const sel = (span: Span, within: Span) => {
    // The selection range must lie inside the full range.
    const s = { start: Math.max(span.start, within.start), end: Math.min(span.end, Math.max(within.end, span.start)) };
    return toRange(lines, s.end >= s.start ? s : { start: within.start, end: within.start });
  };

  const criterionSymbol = (c: Criterion): DocumentSymbol => {
    const full = trimSpan(text, c.span);
    const children: DocumentSymbol[] = [];
    for (const g of c.groups) {
      const gFull = trimSpan(text, { start: Math.min(g.labelSpan.start, g.span.start), end: g.span.end });
      children.push({
        name: g.label,
        detail: `${g.findings.length} finding${g.findings.length === 1 ? '' : 's'}`,
        kind: SymbolKind.Array,
        range: toRange(lines, gFull),
        selectionRange: sel(g.labelSpan, gFull),
        children: g.findings.map((f) => {
          const fFull = trimSpan(text, f.span);
          return {
            name: `(${f.letter})`,
            detail: f.summary,
            kind: SymbolKind.Field,
            range: toRange(lines, fFull),
            selectionRange: sel(f.letterSpan, fFull),
          };
        }),
      });
    }
    if (c.conclusion) {
      const end = c.conclusion.textSpan?.end ?? c.conclusion.labelSpan.end;
      const cFull = trimSpan(text, { start: c.conclusion.labelSpan.start, end });
      children.push({
        name: 'Conclusion',
        detail: c.conclusion.text,
        kind: SymbolKind.String,
        range: toRange(lines, cFull),
        selectionRange: sel(c.conclusion.labelSpan, cFull),
      });
    }
    return {
      name: criterionName(c, framework),
      detail: criterionDetail(c, framework),
      kind: SymbolKind.Class,
      range: toRange(lines, full),
      selectionRange: sel(c.idSpan, full),
      children,
    };
  };

  const out: { start: number; symbol: DocumentSymbol }[] = [];
  const inSection = new Set<Criterion>();
  for (const s of report.sections) {
    for (const c of s.criteria) inSection.add(c);
    const full = trimSpan(text, s.span);
    out.push({
      start: s.span.start,
      symbol: {
        name: sectionName(s, framework),
        detail: `${s.criteria.length} criteri${s.criteria.length === 1 ? 'on' : 'a'}`,
        kind: SymbolKind.Namespace,
        range: range(s.span),
        selectionRange: sel(s.headingSpan, full),
        children: s.criteria.map(criterionSymbol),
      },
    });
  }
  for (const c of report.criteria) if (!inSection.has(c)) out.push({ start: c.span.start, symbol: criterionSymbol(c) });
  out.sort((a, b) => a.start - b.start);
  return out.map((x) => x.symbol);
}

/** Does the criterion answer the query: an id prefix (`2.2`) or words of its title (`victims`)? */
export function criterionMatches(c: Criterion, name: string, query: string): boolean {
  const q = normaliseWords(query);
  if (q === '') return true;
  if (c.id.startsWith(q)) return true;
  return normaliseWords(name).includes(q) || normaliseWords(c.title).includes(q);
}

/** Criteria of every report whose id or title matches the query. */
export function workspaceSymbols(reports: Iterable<AnalysisResult>, query: string, max = 500): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const result of reports) {
    const container = result.report.frontMatter?.values.title ?? result.uri.slice(result.uri.lastIndexOf('/') + 1);
    for (const c of result.report.criteria) {
      const name = criterionName(c, result.framework);
      if (!criterionMatches(c, name, query)) continue;
      out.push({
        name,
        kind: SymbolKind.Class,
        containerName: container,
        location: { uri: result.uri, range: toRange(result.lines, c.headingSpan) },
      });
      if (out.length >= max) return out;
    }
  }
  return out;
}
