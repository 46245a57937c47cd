/**
 * Inspection: New Report… — asks for a framework (a built-in one or a YAML /
 * JSON framework file) and opens an untitled report with the skeleton of
 * every section and criterion of that framework.
 *
 * The framework data comes from the analysis core at bundle time (built-in
 * frameworks) or from the core's framework loader (files): data, not analysis.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as vscode from 'vscode';
import type { FrameworkData } from '../../server/src/core/framework/schema.js';
import type * as Frameworks from './frameworks.js';
import { COMMANDS, LANGUAGE_ID } from './ids.js';
import { reportSkeleton, type Segment } from './skeleton.js';
import { workspaceFrameworks } from './workspaceFrameworks.js';

/**
 * The framework module, loaded on first use. In the extension bundle
 * (dist/extension.cjs) it is the sibling bundle dist/frameworks.cjs.
 */
let frameworksModule: typeof Frameworks | undefined;
function frameworks(): typeof Frameworks {
  const load = createRequire(import.meta.url);
  frameworksModule ??= load('./frameworks.cjs') as typeof Frameworks;
  return frameworksModule;
}

interface Choice {
  data: FrameworkData;
  /** The value of `framework:` in the front matter. */
  ref: string;
  /** Where the report should be saved (its untitled path), if known. */
  folder?: vscode.Uri;
}

function toSnippet(segments: Segment[]): vscode.SnippetString {
  const snippet = new vscode.SnippetString();
  for (const s of segments) {
    if (typeof s === 'string') snippet.appendText(s);
    else snippet.appendPlaceholder(s.placeholder);
  }
  return snippet;
}

async function pickFrameworkFile(): Promise<Choice | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Use this framework',
    filters: { 'Inspection framework': ['yaml', 'yml', 'json'] },
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  const file = picked?.[0];
  if (!file) return undefined;
  return choiceFromFile(file);
}

/** A framework file as a choice: its data, and its path relative to the folder the report is saved in. */
async function choiceFromFile(file: vscode.Uri): Promise<Choice | undefined> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const loaded = frameworks().loadFramework(text, file.toString());
  if (!loaded.framework) {
    const first = loaded.diagnostics[0];
    const where = first?.position ? ` (line ${first.position.start.line + 1})` : '';
    void vscode.window.showErrorMessage(
      `${path.basename(file.fsPath)} is not a valid framework${where}: ${first?.message ?? 'unknown error'}`,
    );
    return undefined;
  }
  // Save the report in the workspace folder that holds the framework, else next to it,
  // and name the framework by a path relative to the report (docs/dialect.md).
  const folder = vscode.workspace.getWorkspaceFolder(file)?.uri ?? vscode.Uri.joinPath(file, '..');
  let ref = path.posix.relative(folder.path, file.path);
  if (!ref.startsWith('.')) ref = `./${ref}`;
  return { data: loaded.framework.data, ref, folder };
}

async function pickFramework(): Promise<Choice | undefined> {
  const { builtinFramework, builtinFrameworkIds } = frameworks();
  type Item = vscode.QuickPickItem & { id?: string; file?: vscode.Uri };
  const items: Item[] = builtinFrameworkIds().map((id) => ({
    label: id,
    description: builtinFramework(id)?.data.name,
    id,
  }));
  // The workspace's own framework files come next (docs/frameworks.md).
  const own = await workspaceFrameworks(frameworks().loadFramework);
  if (own.length > 0) {
    items.push({ label: 'Framework files in this workspace', kind: vscode.QuickPickItemKind.Separator });
    for (const f of own) items.push({ label: f.data.id, description: f.data.name, detail: vscode.workspace.asRelativePath(f.uri), file: f.uri });
  }
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(file) Framework file…', description: 'a YAML or JSON framework (see docs/frameworks.md)' },
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: 'New Inspection Report',
    placeHolder: 'Which framework is the report written against?',
  });
  if (!picked) return undefined;
  if (picked.file) return choiceFromFile(picked.file);
  if (!picked.id) return pickFrameworkFile();
  const fw = builtinFramework(picked.id);
  if (!fw) return undefined;
  return { data: fw.data, ref: picked.id, folder: vscode.workspace.workspaceFolders?.[0]?.uri };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** An untitled document that will be saved as `<folder>/new-report[-n].inspection.md`. */
async function untitledIn(folder: vscode.Uri): Promise<vscode.Uri> {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  for (let n = 1; ; n++) {
    const file = vscode.Uri.joinPath(folder, n === 1 ? 'new-report.inspection.md' : `new-report-${n}.inspection.md`);
    if (!open.has(file.path) && !(await exists(file))) return file.with({ scheme: 'untitled' });
  }
}

export async function newReport(): Promise<vscode.TextEditor | undefined> {
  const choice = await pickFramework();
  if (!choice) return undefined;
  let document = choice.folder
    ? await vscode.workspace.openTextDocument(await untitledIn(choice.folder))
    : await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  const segments = reportSkeleton(choice.data, { frameworkRef: choice.ref, date: new Date() });
  await editor.insertSnippet(toSnippet(segments), new vscode.Position(0, 0));
  return editor;
}

export function registerNewReport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.newReport, newReport));
}
