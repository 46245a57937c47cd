/**
 * Code actions: a preferred quick fix for every diagnostic that carries a
 * `fix`, and `source.fixAll.inspection`, which applies the bulk set that
 * `core/fixes.ts` defines (the CLI's `--fix` applies the same set).
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { editsClash, fixable, fixAllEdits, withReferenceEdits, type AnalysisResult, type TextEdit } from '../../core/index.js';
import { rangesOverlap, toRange } from '../convert.js';
import { toLspDiagnostic, type DiagnosticsOptions } from './diagnostics.js';

export { editsClash, fixAllEdits, withReferenceEdits };

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.inspection`;

/** Whether an action of `kind` is wanted when the client asks for `only`. */
export function kindWanted(kind: string, only: string[] | undefined, explicitOnly = false): boolean {
  if (!only || only.length === 0) return !explicitOnly;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function lspEdits(result: AnalysisResult, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(result.lines, e.span), newText: e.newText }));
}

export function quickFixes(result: AnalysisResult, range: Range, options: DiagnosticsOptions = {}): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of fixable(result)) {
    const lsp = toLspDiagnostic(result, d, options);
    if (!rangesOverlap(lsp.range, range)) continue;
    out.push({
      title: d.fix!.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [lsp],
      edit: { changes: { [result.uri]: lspEdits(result, withReferenceEdits(result, d.fix!.edits)) } },
    });
  }
  return out;
}

export function codeActions(result: AnalysisResult, range: Range, only: string[] | undefined, options: DiagnosticsOptions = {}): CodeAction[] {
  const out: CodeAction[] = [];
  if (kindWanted(CodeActionKind.QuickFix, only)) out.push(...quickFixes(result, range, options));
  if (kindWanted(FIX_ALL_KIND, only, true)) {
    const { edits, diagnostics } = fixAllEdits(result);
    if (edits.length > 0) {
      out.push({
        title: `Fix all inspection report problems (${diagnostics.length})`,
        kind: FIX_ALL_KIND,
        diagnostics: diagnostics.map((d) => toLspDiagnostic(result, d, options)),
        edit: { changes: { [result.uri]: lspEdits(result, edits) } },
      });
    }
  }
  return out;
}
