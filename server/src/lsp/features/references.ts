/**
 * Find all references to a criterion or a finding, from its heading, its
 * letter, or any reference to it.
 *
 * Scope: one report. Criterion ids and finding letters name things inside a
 * report (every report of the same framework has a 4.3), so a `see 4.3d` in
 * one report never points into another. References are therefore searched in
 * the report the request came from.
 */
import type { Location, Position } from 'vscode-languageserver';
import type { AnalysisResult, Reference, Span } from '../../core/index.js';
import { toRange } from '../convert.js';
import { locate, type Target } from './locate.js';

export interface Occurrence {
  span: Span;
  /** The heading or letter that defines the target. */
  declaration: boolean;
}

/** References to a criterion (with its letters) or a section. */
function referencesOf(result: AnalysisResult, t: Target): Reference[] {
  switch (t.kind) {
    case 'criterion':
      return result.index.referencesTo(t.criterion.id);
    case 'finding':
      return result.index.referencesTo(t.criterion.id, t.finding);
    case 'section':
      return result.report.references.filter((r) => {
        if (r.criterionId || !r.sectionId) return false;
        if (r.sectionEndId) return Number(r.sectionId) <= Number(t.section.id) && Number(t.section.id) <= Number(r.sectionEndId);
        return r.sectionId === t.section.id;
      });
    case 'unresolved':
      return [];
  }
}

/** Every occurrence of the thing under the cursor in the report, in document order. */
export function occurrences(result: AnalysisResult, offset: number): Occurrence[] {
  const t = locate(result, offset);
  if (!t || t.kind === 'unresolved') return [];
  const out: Occurrence[] = [];
  if (t.kind === 'criterion') {
    out.push({ span: t.criterion.idSpan, declaration: true });
    for (const table of result.report.summaryTables) {
      for (const row of table.rows) if (row.criterionId === t.criterion.id) out.push({ span: row.idSpan, declaration: false });
    }
  } else if (t.kind === 'finding') {
    out.push({ span: t.finding.letterSpan, declaration: true });
  } else {
    out.push({ span: t.section.idSpan, declaration: true });
  }
  for (const r of referencesOf(result, t)) out.push({ span: r.targetSpan, declaration: false });
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

export function references(result: AnalysisResult, position: Position, includeDeclaration: boolean): Location[] {
  const offset = result.lines.offsetAt(position);
  return occurrences(result, offset)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => ({ uri: result.uri, range: toRange(result.lines, o.span) }));
}
