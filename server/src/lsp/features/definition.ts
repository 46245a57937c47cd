/**
 * Go to definition from a reference (`see 4.3d`, `section 4.1`,
 * `OMI Criterion: 1.2d`, `criterion 2.2`, `see 'e' under 'Areas for
 * Improvement'`) or a summary-table row id: to the criterion heading, the
 * section heading or the exact lettered finding. The target range is the
 * whole finding (or criterion); the selection lands on the finding's letter
 * (or the criterion's id).
 */
import type { Location, LocationLink, Position } from 'vscode-languageserver';
import type { AnalysisResult, Span } from '../../core/index.js';
import { toRange, trimSpan } from '../convert.js';
import { locate } from './locate.js';

export function definition(result: AnalysisResult, position: Position): LocationLink[] {
  const offset = result.lines.offsetAt(position);
  const t = locate(result, offset);
  if (!t || t.kind === 'unresolved') return [];
  let origin: Span;
  if (t.kind === 'criterion' && t.via === 'summary-row' && t.row) origin = t.row.idSpan;
  else if (t.via === 'reference' && t.reference) origin = t.reference.span;
  else return []; // On a heading or a finding's own letter: that is the definition already.
  const link = (target: Span, selection: Span): LocationLink => ({
    originSelectionRange: toRange(result.lines, origin),
    targetUri: result.uri,
    targetRange: toRange(result.lines, trimSpan(result.text, target)),
    targetSelectionRange: toRange(result.lines, selection),
  });
  switch (t.kind) {
    case 'finding':
      return [link(t.finding.span, t.finding.letterSpan)];
    case 'criterion':
      return [link(t.criterion.span, t.criterion.idSpan)];
    case 'section':
      return [link(t.section.span, t.section.idSpan)];
  }
}

/** For clients without `linkSupport`. */
export function toLocations(links: LocationLink[]): Location[] {
  return links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
}
