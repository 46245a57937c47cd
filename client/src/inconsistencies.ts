/**
 * Next / Previous Inconsistency: moves to the next diagnostic that our
 * language server reported in this document (wrapping at the end) and shows
 * its hover. Hints are skipped: a rule set to 'hint' asked to stay quiet.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from './ids.js';
import type { ServerDiagnostics } from './server.js';

export function registerInconsistencyNavigation(context: vscode.ExtensionContext, diagnostics: ServerDiagnostics): void {
  const go = (direction: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
    const list = diagnostics
      .get(editor.document.uri)
      .filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint)
      .slice()
      .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
    if (list.length === 0) {
      vscode.window.setStatusBarMessage('No inconsistencies in this report', 3000);
      return;
    }
    const cursor = editor.selection.active;
    const target =
      direction === 1
        ? (list.find((d) => d.range.start.isAfter(cursor)) ?? list[0]!)
        : ([...list].reverse().find((d) => d.range.start.isBefore(cursor)) ?? list[list.length - 1]!);
    // Anchor at the end, cursor at the start: the hover opens on the diagnostic.
    editor.selection = new vscode.Selection(target.range.end, target.range.start);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const index = list.indexOf(target) + 1;
    vscode.window.setStatusBarMessage(`Inconsistency ${index} of ${list.length}`, 3000);
    await vscode.commands.executeCommand('editor.action.showHover');
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.nextInconsistency, go(1)),
    vscode.commands.registerCommand(COMMANDS.previousInconsistency, go(-1)),
  );
}
