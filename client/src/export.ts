/**
 * Inspection: Export to HTML / Export to Word — the same renderer as
 * `inspection-check render` (server/src/render), on the editor's current
 * text (saved or not). Asks where to write, defaulting to the report's name
 * with .html or .docx beside it.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './ids.js';
import { analyzeDocument, isReport, renderer } from './reportRender.js';

type Format = 'html' | 'docx';

function defaultTarget(uri: vscode.Uri, format: Format): vscode.Uri {
  const base = uri.path.replace(/\.inspection\.md$/i, '').replace(/\.md$/i, '');
  return uri.with({ path: `${base}.${format}` });
}

async function exportReport(format: Format, arg: unknown): Promise<vscode.Uri | undefined> {
  const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
  if (!document || !isReport(document)) {
    void vscode.window.showInformationMessage('Open an inspection report (*.inspection.md) to export it.');
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: document.uri.scheme === 'file' ? defaultTarget(document.uri, format) : undefined,
    filters: format === 'html' ? { 'HTML page': ['html'] } : { 'Word document': ['docx'] },
    title: format === 'html' ? 'Export report to HTML' : 'Export report to Word',
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  const r = renderer();
  const result = analyzeDocument(document.uri, document.getText());
  const bytes = format === 'html' ? new TextEncoder().encode(r.renderHtmlPage(result)) : await r.renderDocx(result);
  await vscode.workspace.fs.writeFile(target, bytes);
  const name = target.path.split('/').pop();
  void vscode.window.showInformationMessage(`Exported ${document.uri.path.split('/').pop()} to ${name}.`, 'Reveal').then((a) => {
    if (a) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}

export function registerExport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.exportHtml, (uri?: unknown) => exportReport('html', uri)),
    vscode.commands.registerCommand(COMMANDS.exportDocx, (uri?: unknown) => exportReport('docx', uri)),
  );
}
