/**
 * Inspection: Open Dashboard — a webview beside the report with the chart,
 * the criteria and the claims. It follows the report it was opened for and
 * updates as the writer types (debounced); a click on a row or a bar puts the
 * cursor there in the report's editor.
 *
 * The claims come from the server's `inspection/claims` request when the
 * server answers it, else from the client's own analysis (the same core), so
 * the table is never empty for want of that request.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../ids.js';
import { analyzeDocument, isReport, renderer } from '../reportRender.js';
import { dashboardBody, dashboardPage, localClaims, type ClaimRow } from './html.js';

export const DASHBOARD_VIEW_TYPE = 'inspectionReport.dashboard';
const UPDATE_DELAY_MS = 250;

/** The server's claims, when it has the request; undefined otherwise. */
async function serverClaims(client: LanguageClient | undefined, document: vscode.TextDocument): Promise<ClaimRow[] | undefined> {
  if (!client || !client.isRunning()) return undefined;
  try {
    const answer = await client.sendRequest<unknown>('inspection/claims', { textDocument: { uri: document.uri.toString() } });
    const list = Array.isArray(answer) ? answer : (answer as { claims?: unknown[] } | null)?.claims;
    if (!Array.isArray(list)) return undefined;
    const rows: ClaimRow[] = [];
    for (const c of list as Record<string, unknown>[]) {
      const range = c['range'] as { start?: { line?: number; character?: number } } | undefined;
      const line = range?.start?.line;
      if (typeof line !== 'number') continue;
      rows.push({
        text: String(c['text'] ?? c['raw'] ?? ''),
        kind: String(c['kind'] ?? ''),
        verdict: String(c['verdict'] ?? ''),
        arithmetic: String(c['arithmetic'] ?? ''),
        ...(typeof c['criterionId'] === 'string' ? { criterionId: c['criterionId'] } : {}),
        line,
        character: range?.start?.character ?? 0,
      });
    }
    return rows;
  } catch {
    return undefined; // Method not found (older server) or not ready: use the local analysis.
  }
}

class Dashboard implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private version = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public document: vscode.TextDocument,
    private readonly client: () => LanguageClient | undefined,
    private readonly onDispose: () => void,
  ) {
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: { type?: string; line?: number; character?: number }) => {
        if (m?.type === 'reveal' && typeof m.line === 'number') void this.reveal(m.line, m.character ?? 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
    );
  }

  async show(first: boolean): Promise<void> {
    const body = await this.body();
    if (first) {
      const nonce = randomBytes(16).toString('base64');
      this.panel.webview.html = dashboardPage(body, nonce, this.panel.webview.cspSource);
    } else {
      void this.panel.webview.postMessage({ type: 'update', body });
    }
    this.panel.title = `Dashboard: ${this.document.uri.path.split('/').pop()}`;
  }

  async retarget(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    await this.show(true);
  }

  private async body(): Promise<string> {
    const version = ++this.version;
    const r = renderer();
    const result = analyzeDocument(this.document.uri, this.document.getText());
    const fromServer = await serverClaims(this.client(), this.document);
    if (version !== this.version) return '';
    return fromServer ? dashboardBody(r, result, fromServer, 'from the language server') : dashboardBody(r, result, localClaims(result), 'from the analysis of this text');
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.body().then((body) => {
        if (body) void this.panel.webview.postMessage({ type: 'update', body });
      });
    }, UPDATE_DELAY_MS);
  }

  private async reveal(line: number, character: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const pos = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.onDispose();
  }
}

export function registerDashboard(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  let current: Dashboard | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openDashboard, async (uri?: unknown) => {
      const document =
        uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || !isReport(document)) {
        void vscode.window.showInformationMessage('Open an inspection report (*.inspection.md) to see its dashboard.');
        return;
      }
      if (current) {
        current.panel.reveal(vscode.ViewColumn.Beside, true);
        if (current.document !== document) await current.retarget(document);
        return;
      }
      const panel = vscode.window.createWebviewPanel(
        DASHBOARD_VIEW_TYPE,
        'Report dashboard',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false },
      );
      current = new Dashboard(panel, document, client, () => (current = undefined));
      await current.show(true);
    }),
    { dispose: () => current?.panel.dispose() },
  );
}
