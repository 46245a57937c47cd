/**
 * The report-aware Markdown preview, and the shared access to the renderer
 * bundle (dist/render.cjs) for the dashboard and the exports.
 *
 * `extendMarkdownIt` is VS Code's Markdown extension point
 * (`"markdown.markdownItPlugins": true` in package.json): VS Code's preview
 * calls it with its markdown-it instance, and our rule decorates the tokens
 * of reports only (an open document whose language is inspection-report, or
 * whose name ends in .inspection.md). The renderer bundle is loaded on the first report
 * rendered, not at activation.
 */
import { createRequire } from 'node:module';
import * as vscode from 'vscode';
import type * as Render from './render.js';
import { CLIENT_ID, LANGUAGE_ID } from './ids.js';

let renderModule: typeof Render | undefined;
/** The renderer bundle, loaded on first use. */
export function renderer(): typeof Render {
  const load = createRequire(import.meta.url);
  renderModule ??= load('./render.cjs') as typeof Render;
  return renderModule;
}

let analyses: Render.Analyses | undefined;
let log: vscode.LogOutputChannel | undefined;
/** Where the preview reports its failures (the extension's output channel). */
export function setPreviewLog(channel: vscode.LogOutputChannel): void {
  log = channel;
}

export function isReport(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || document.uri.path.endsWith('.inspection.md');
}

/** The analysis of a document (or of a text given for it), cached and incremental. */
export function analyzeDocument(uri: vscode.Uri, text: string): ReturnType<Render.Analyses['analyze']> {
  const r = renderer();
  analyses ??= new r.Analyses();
  return analyses.analyze(uri.toString(), text, vscode.workspace.getConfiguration(CLIENT_ID, uri));
}

/**
 * The open document a parse is for. VS Code's Markdown engine parses with an
 * empty env (the document's uri is given to the renderer only, after the
 * tokens are cached), so the document is found by its text: `currentDocument`
 * when a host passes it, else the open report whose text is the source.
 */
function documentFor(src: string, env: unknown): vscode.TextDocument | undefined {
  const current = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  if (current instanceof vscode.Uri) {
    const key = current.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }
  const candidates = vscode.workspace.textDocuments.filter(isReport);
  return candidates.find((d) => d.getText() === src);
}

interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: { src: string; env: unknown; tokens: unknown[] }) => void): void } };
}

/** What `activate` returns as `extendMarkdownIt`. */
export function extendMarkdownIt<T>(md: T): T {
  const m = md as unknown as MarkdownItLike;
  log?.info('Markdown preview: report rendering enabled (extendMarkdownIt)');
  m.core.ruler.push('inspection_report', (state) => {
    try {
      const doc = documentFor(state.src, state.env);
      if (!doc || !isReport(doc)) return;
      const result = analyzeDocument(doc.uri, state.src);
      renderer().decorate(md as never, state as never, result, state.env as never);
    } catch (err) {
      // The preview must render even when the decoration fails.
      log?.error(`preview: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  });
  return md;
}
