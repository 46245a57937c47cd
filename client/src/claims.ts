/**
 * Inspection: Show Claims — a quick pick of the numeric claims the server
 * recognised in the active report (verdict, claim, arithmetic), which jumps
 * to the chosen claim; and, when `inspectionReport.claims.showUnresolved` is
 * on, a faint decoration on the claims the checker could not judge.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_ID, COMMANDS, LANGUAGE_ID } from './ids.js';

/** The server's request (server/src/lsp/features/claims.ts). */
const CLAIMS_REQUEST = 'inspection/claims';

interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface WireClaim {
  kind: string;
  text: string;
  range: WireRange;
  verdict: 'consistent' | 'inconsistent' | 'rounding-convention' | 'unresolved';
  arithmetic: string;
  criterionId?: string;
}
interface WireResult {
  claims: WireClaim[];
  coverage: { numbers: number; checked: number; unresolved: number; inconsistent: number };
}

const ICON: Record<WireClaim['verdict'], string> = {
  consistent: '$(pass)',
  inconsistent: '$(error)',
  'rounding-convention': '$(warning)',
  unresolved: '$(question)',
};

const toRange = (r: WireRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

async function fetchClaims(client: LanguageClient | undefined, doc: vscode.TextDocument): Promise<WireResult | undefined> {
  if (!client || !client.isRunning()) return undefined;
  try {
    return await client.sendRequest<WireResult>(CLAIMS_REQUEST, { textDocument: { uri: doc.uri.toString() } });
  } catch {
    return undefined;
  }
}

export function registerClaims(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showClaims, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
      const result = await fetchClaims(getClient(), editor.document);
      if (!result || result.claims.length === 0) {
        vscode.window.setStatusBarMessage('No numeric claims in this report', 3000);
        return;
      }
      const { coverage } = result;
      const items = result.claims.map((c) => ({
        label: `${ICON[c.verdict]} ${c.text}`,
        description: `${c.verdict}${c.criterionId ? ` · ${c.criterionId}` : ''} · line ${c.range.start.line + 1}`,
        detail: c.arithmetic,
        claim: c,
      }));
      const pick = await vscode.window.showQuickPick(items, {
        title: `Claims: ${coverage.numbers} numbers, ${coverage.checked} checked, ${coverage.unresolved} unresolved, ${coverage.inconsistent} inconsistent`,
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!pick) return;
      const range = toRange(pick.claim.range);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );

  // Unresolved numbers, faintly (a setting, off by default).
  const faint = vscode.window.createTextEditorDecorationType({ opacity: '0.55', textDecoration: 'underline dotted' });
  context.subscriptions.push(faint);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
      const on = vscode.workspace.getConfiguration(CLIENT_ID, editor.document.uri).get<boolean>('claims.showUnresolved', false);
      if (!on) {
        editor.setDecorations(faint, []);
        return;
      }
      const result = await fetchClaims(getClient(), editor.document);
      if (!result || vscode.window.activeTextEditor !== editor) return;
      editor.setDecorations(
        faint,
        result.claims.filter((c) => c.verdict === 'unresolved').map((c) => ({ range: toRange(c.range), hoverMessage: `Unresolved: ${c.arithmetic}` })),
      );
    }, 400);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CLIENT_ID}.claims.showUnresolved`)) refresh();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  refresh();
}
