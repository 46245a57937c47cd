/**
 * Rule docs open rendered (issue 12). A diagnostic's code link
 * (`codeDescription.href`, set by the server) is a file URL into the
 * extension's own `docs/` folder; VS Code opens such a link as a text editor,
 * raw and editable, inside the installed extension. The Problems panel and
 * the hover open it through the workbench's opener, which an extension cannot
 * hook, so we watch the tabs instead: when a text tab of a Markdown file under
 * the extension's `docs/` opens, we show VS Code's Markdown preview of it in
 * the same group and close the raw tab (unless it has unsaved changes).
 * Links between the docs then stay in the preview (`markdown.preview.
 * openMarkdownLinks` is `inPreview` by default), and a link the preview
 * hands to the editor comes back here and is shown rendered too. (So does
 * *Open Preview's Source* on these pages: the installed docs are generated and
 * not meant to be edited.)
 */
import * as vscode from 'vscode';

/** Whether a URI is a Markdown file inside `docsRoot` (compared by path: the scheme may be `file` or remote). */
export function isExtensionDoc(uri: vscode.Uri, docsRoot: vscode.Uri): boolean {
  if (uri.scheme !== docsRoot.scheme && uri.scheme !== 'file' && uri.scheme !== 'vscode-remote') return false;
  const root = docsRoot.path.endsWith('/') ? docsRoot.path : `${docsRoot.path}/`;
  return uri.path.startsWith(root) && uri.path.toLowerCase().endsWith('.md') && !uri.path.slice(root.length).split('/').includes('..');
}

export function registerRuleDocsPreview(context: vscode.ExtensionContext, log?: vscode.LogOutputChannel): void {
  const docsRoot = vscode.Uri.joinPath(context.extensionUri, 'docs');
  /** Documents being turned into a preview now (a tab may be reported as opened and changed at once). */
  const busy = new Set<string>();

  const showRendered = async (tab: vscode.Tab): Promise<void> => {
    const input = tab.input;
    if (!(input instanceof vscode.TabInputText) || !isExtensionDoc(input.uri, docsRoot)) return;
    const key = input.uri.toString();
    if (busy.has(key)) return;
    busy.add(key);
    try {
      // The preview opens in the active editor's group: the one the raw tab just opened in.
      await vscode.commands.executeCommand('markdown.showPreview', input.uri);
      const dirty = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.isDirty);
      const raw = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
      if (!dirty && raw.length > 0) await vscode.window.tabGroups.close(raw, true);
      log?.info(`rule doc ${input.uri.path.slice(docsRoot.path.length + 1)} shown in the Markdown preview`);
    } catch (err) {
      // The Markdown extension disabled: leave the raw tab and say why in the output channel.
      log?.warn(`cannot show ${input.uri.toString()} in the Markdown preview: ${String(err)}`);
    } finally {
      busy.delete(key);
    }
  };

  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of [...e.opened, ...e.changed]) void showRendered(tab);
    }),
  );
  // A doc that was already open when the extension started (restored editors).
  for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) void showRendered(tab);
}
