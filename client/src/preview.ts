/**
 * Markdown preview for reports.
 *
 * VS Code's built-in Markdown extension (markdown-language-features, 1.100)
 * shows its preview commands, editor-title button and keybindings only
 * `when editorLangId == markdown`, so they disappear for our language. The
 * commands themselves do not check the language: `markdown.showPreview` and
 * `markdown.showPreviewToSide` take the document's `Uri` as first argument
 * (falling back to the active editor when it is not a Uri) and render any
 * document `workspace.openTextDocument` can open, then refresh on every change.
 * So our commands pass the report's Uri on. See client/README.md.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './ids.js';

async function showPreview(command: 'markdown.showPreview' | 'markdown.showPreviewToSide', uri: unknown): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) return;
  try {
    await vscode.commands.executeCommand(command, target);
  } catch (err) {
    void vscode.window.showErrorMessage(
      `Cannot open the Markdown preview: the built-in Markdown extension (vscode.markdown-language-features) must be enabled. (${String(err)})`,
    );
  }
}

export function registerPreview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openPreview, (uri?: unknown) => showPreview('markdown.showPreview', uri)),
    vscode.commands.registerCommand(COMMANDS.openPreviewToSide, (uri?: unknown) =>
      showPreview('markdown.showPreviewToSide', uri),
    ),
  );
}
