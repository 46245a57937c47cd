/**
 * A lens on every criterion heading: `79% · good · 3 references`. The title
 * is the information; the command id is empty, so clients show it as a label.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/index.js';
import { toRange } from '../convert.js';
import { criterionDetail, plural } from './display.js';

export function codeLenses(result: AnalysisResult): CodeLens[] {
  return result.report.criteria.map((c) => {
    const refs = result.index.referencesTo(c.id).length;
    const range = toRange(result.lines, c.headingSpan);
    return {
      range,
      command: {
        title: `${criterionDetail(c, result.framework)} · ${plural(refs, 'reference')}`,
        command: '',
      },
    };
  });
}
