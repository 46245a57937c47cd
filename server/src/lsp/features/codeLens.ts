/**
 * A lens on every criterion heading: `79% · good · 3 references`. The title
 * is the information. When the client has a command that shows references
 * (the VS Code client names one in initializationOptions), a lens with
 * references runs it with the heading's position and the reference
 * locations; otherwise the command id is empty and clients show a label.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/index.js';
import { toRange } from '../convert.js';
import { criterionDetail, plural } from './display.js';

export function codeLenses(result: AnalysisResult, showReferencesCommand?: string): CodeLens[] {
  return result.report.criteria.map((c) => {
    const refs = result.index.referencesTo(c.id);
    const range = toRange(result.lines, c.headingSpan);
    const title = `${criterionDetail(c, result.framework)} · ${plural(refs.length, 'reference')}`;
    if (!showReferencesCommand || refs.length === 0) return { range, command: { title, command: '' } };
    const locations = refs.map((r) => ({ uri: result.uri, range: toRange(result.lines, r.targetSpan) }));
    return {
      range,
      command: { title, command: showReferencesCommand, arguments: [result.uri, toRange(result.lines, c.idSpan).start, locations] },
    };
  });
}
