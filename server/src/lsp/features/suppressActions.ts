/**
 * Quick fixes that silence a finding instead of changing the text: 'Ignore
 * RULE on this line' and 'Ignore RULE in this file' (edits from
 * core/suppressEdits.ts). Never preferred: the finding's own fix is.
 */
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/index.js';
import { ignoreInFileEdit, ignoreOnLineEdit } from '../../core/suppressEdits.js';
import { rangesOverlap, toRange } from '../convert.js';
import { toLspDiagnostic, type DiagnosticsOptions } from './diagnostics.js';

export function suppressionActions(result: AnalysisResult, range: Range, options: DiagnosticsOptions = {}): CodeAction[] {
  const out: CodeAction[] = [];
  const fileRules = new Set<string>();
  for (const d of result.diagnostics) {
    if ((d.uri && d.uri !== result.uri) || d.ruleId.startsWith('suppression/')) continue;
    const lsp = toLspDiagnostic(result, d, options);
    if (!rangesOverlap(lsp.range, range)) continue;
    const line = ignoreOnLineEdit(result, d);
    if (line) {
      out.push({
        title: `Ignore ${d.ruleId} on this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [result.uri]: [{ range: toRange(result.lines, line.span), newText: line.newText }] } },
      });
    }
    if (fileRules.has(d.ruleId)) continue;
    fileRules.add(d.ruleId);
    const file = ignoreInFileEdit(result, d.ruleId);
    if (file) {
      out.push({
        title: `Ignore ${d.ruleId} in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [result.uri]: [{ range: toRange(result.lines, file.span), newText: file.newText }] } },
      });
    }
  }
  return out;
}
