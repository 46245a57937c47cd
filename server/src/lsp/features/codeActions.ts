/**
 * Code actions: the preferred quick fix and the alternatives of every
 * diagnostic, and `source.fixAll.inspection`, which applies the bulk set that
 * `core/fixes.ts` defines (the CLI's `--fix` applies the same set).
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { editsClash, fixAllEdits, withReferenceEdits, type AnalysisResult, type Diagnostic, type TextEdit } from '../../core/index.js';
import { rangesOverlap, toRange } from '../convert.js';
import { toLspDiagnostic, type DiagnosticsOptions } from './diagnostics.js';
import { suppressionActions } from './suppressActions.js';

export { editsClash, fixAllEdits, withReferenceEdits };

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.inspection`;

/** Whether an action of `kind` is wanted when the client asks for `only`. */
export function kindWanted(kind: string, only: string[] | undefined, explicitOnly = false): boolean {
  if (!only || only.length === 0) return !explicitOnly;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Core text edits as LSP text edits of the report. */
export function lspEdits(result: AnalysisResult, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(result.lines, e.span), newText: e.newText }));
}

/**
 * The quick fixes at a range: for each diagnostic there (or whose related
 * information in this report points there, such as the score line of a
 * conclusion that does not match it), its preferred fix, marked `isPreferred`,
 * then its alternatives, never marked preferred.
 */
export function quickFixes(result: AnalysisResult, range: Range, options: DiagnosticsOptions = {}): CodeAction[] {
  const out: CodeAction[] = [];
  const mine = (d: Diagnostic) => !d.uri || d.uri === result.uri;
  for (const d of result.diagnostics) {
    if (!mine(d)) continue;
    const choices = [...(d.fix && d.fix.edits.length > 0 ? [{ fix: d.fix, preferred: true }] : []), ...(d.alternatives ?? []).filter((f) => f.edits.length > 0).map((fix) => ({ fix, preferred: false }))];
    if (choices.length === 0) continue;
    const lsp = toLspDiagnostic(result, d, options);
    const here = rangesOverlap(lsp.range, range) || (d.related ?? []).some((r) => (!r.uri || r.uri === result.uri) && rangesOverlap(toRange(result.lines, r.span), range));
    if (!here) continue;
    for (const { fix, preferred } of choices) {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [result.uri]: lspEdits(result, withReferenceEdits(result, fix.edits)) } },
      };
      if (preferred) action.isPreferred = true;
      out.push(action);
    }
  }
  return out;
}

export function codeActions(result: AnalysisResult, range: Range, only: string[] | undefined, options: DiagnosticsOptions = {}): CodeAction[] {
  const out: CodeAction[] = [];
  if (kindWanted(CodeActionKind.QuickFix, only)) out.push(...quickFixes(result, range, options), ...suppressionActions(result, range, options));
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
