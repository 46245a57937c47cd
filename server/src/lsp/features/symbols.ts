/**
 * The outline: every heading of the document, nested by level (foreword,
 * summary, summary of scores, recommendations, appendices ... as written),
 * with sections -> criteria -> groups (Strengths, Areas for Improvement,
 * Conclusion) -> lettered findings. Findings start collapsed in VS Code
 * through the language default `outline.collapseItems: alwaysCollapse`
 * (package.json `configurationDefaults`): a DocumentSymbol has no collapse flag. Workspace symbols search criteria of every
 * known report by id or title.
 */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { AnalysisResult, Criterion, Section, Span } from '../../core/index.js';
import { normaliseWords } from '../../core/index.js';
import { toRange, trimSpan } from '../convert.js';
import { criterionDetail, criterionName, sectionName } from './display.js';

export function documentSymbols(result: AnalysisResult): DocumentSymbol[] {
  const { report, lines, text, framework } = result;
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
        children: g.findings.map((f, fi) => {
          const fFull = trimSpan(text, f.span);
          return {
            // Bulleted findings (a framework's findings.style) have no letter: number them.
            name: f.bulleted ? `• ${fi + 1}` : `(${f.letter})`,
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

  // Every heading of the document, nested by level: sections hold their
  // criteria, criteria their groups and findings; the other headings
  // (foreword, summary, recommendations, appendices, ...) hold what follows them.
  const criteriaAt = new Map<number, Criterion>();
  for (const c of report.criteria) criteriaAt.set(c.headingSpan.start, c);
  const sectionsAt = new Map<number, Section>();
  for (const s of report.sections) sectionsAt.set(s.headingSpan.start, s);
  interface Open {
    level: number;
    start: number;
    heading: Span;
    section?: Section;
    make: (full: Span, children: DocumentSymbol[]) => DocumentSymbol;
    children: DocumentSymbol[];
  }
  const top: DocumentSymbol[] = [];
  const stack: Open[] = [];
  const close = (end: number) => {
    const node = stack.pop()!;
    const full = trimSpan(text, { start: node.start, end: Math.max(node.start, end) });
    const symbol = node.make(full.end > full.start ? full : node.heading, node.children);
    (stack.length > 0 ? stack[stack.length - 1]!.children : top).push(symbol);
  };
  let inCriterion: Criterion | undefined;
  for (const block of result.blocks) {
    const h = block.heading;
    if (block.frontMatter || !h) continue;
    const c = criteriaAt.get(h.span.start);
    const s = c ? undefined : sectionsAt.get(h.span.start);
    // Group headings and any other heading inside a criterion belong to the criterion's own symbol.
    if (!c && !s && inCriterion && h.span.start < inCriterion.span.end) continue;
    inCriterion = c;
    const keeps = (o: Open) => (c ? o.section?.criteria.includes(c) === true : false);
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level && !keeps(stack[stack.length - 1]!)) close(block.offset);
    if (c) {
      const symbol = criterionSymbol(c);
      (stack.length > 0 ? stack[stack.length - 1]!.children : top).push(symbol);
      continue;
    }
    const name = s ? sectionName(s, framework) : h.text.replace(/\s+/g, ' ').trim() || '(empty heading)';
    const node: Open = {
      level: h.level,
      start: h.span.start,
      heading: h.span,
      children: [],
      make: (full, children) => ({
        name,
        ...(s ? { detail: `${s.criteria.length} criteri${s.criteria.length === 1 ? 'on' : 'a'}` } : {}),
        kind: s ? SymbolKind.Namespace : SymbolKind.String,
        range: toRange(lines, full),
        selectionRange: sel(h.span, full),
        children,
      }),
    };
    if (s) node.section = s;
    stack.push(node);
  }
  while (stack.length > 0) close(text.length);
  // Criteria and sections the block scan did not place (none in practice) still appear.
  const placed = new Set<string>();
  const walk = (list: DocumentSymbol[]) => {
    for (const x of list) {
      placed.add(`${x.selectionRange.start.line}:${x.name}`);
      if (x.children) walk(x.children);
    }
  };
  walk(top);
  for (const c of report.criteria) {
    const symbol = criterionSymbol(c);
    if (!placed.has(`${symbol.selectionRange.start.line}:${symbol.name}`)) top.push(symbol);
  }
  return top.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Does the criterion answer the query: an id prefix (`2.2`) or words of its title (`victims`)? */
export function criterionMatches(c: Pick<Criterion, 'id' | 'title'>, name: string, query: string): boolean {
  const q = normaliseWords(query);
  if (q === '') return true;
  if (c.id.startsWith(q)) return true;
  return normaliseWords(name).includes(q) || normaliseWords(c.title).includes(q);
}

/**
 * What a workspace-symbol search needs of one report: its criteria's ids,
 * titles, names and places. Small, so the server keeps it for an open
 * document whose analysis it has evicted (memory, issue 10 point 11), and a
 * search does not analyse every such document again.
 */
export interface OutlineEntry {
  id: string;
  title: string;
  name: string;
  container: string;
  location: WorkspaceSymbol['location'];
}

export function outlineOf(result: AnalysisResult): OutlineEntry[] {
  const container = result.report.frontMatter?.values.title ?? result.uri.slice(result.uri.lastIndexOf('/') + 1);
  return result.report.criteria.map((c) => ({
    id: c.id,
    title: c.title,
    name: criterionName(c, result.framework),
    container,
    location: { uri: result.uri, range: toRange(result.lines, c.headingSpan) },
  }));
}

/** The entries of an outline whose id or title matches the query, as workspace symbols. */
export function outlineSymbols(entries: readonly OutlineEntry[], query: string, max = 500): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const e of entries) {
    if (out.length >= max) break;
    if (!criterionMatches(e, e.name, query)) continue;
    out.push({ name: e.name, kind: SymbolKind.Class, containerName: e.container, location: e.location });
  }
  return out;
}

/** Criteria of every report whose id or title matches the query. */
export function workspaceSymbols(reports: Iterable<AnalysisResult>, query: string, max = 500): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const result of reports) {
    out.push(...outlineSymbols(outlineOf(result), query, max - out.length));
    if (out.length >= max) break;
  }
  return out;
}
