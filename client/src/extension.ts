/**
 * The VS Code extension: starts the language server and adds the UI around
 * it (commands, status bar item, preview). All analysis happens in the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, CLIENT_NAME } from './ids.js';
import { registerCheckAll } from './checkAll.js';
import { registerClaims } from './claims.js';
import { registerInconsistencyNavigation } from './inconsistencies.js';
import { CriterionStatus, registerNavigation } from './navigation.js';
import { registerNewReport } from './newReport.js';
import { registerPreview } from './preview.js';
import { createClient, registerShowReferences, ServerDiagnostics } from './server.js';
import { registerDashboard } from './dashboard/panel.js';
import { registerExport } from './export.js';
import { registerLanguageModeOffer } from './languageMode.js';
import { extendMarkdownIt, setPreviewLog } from './reportRender.js';
import { registerRuleDocsPreview } from './ruleDocs.js';
import { CriteriaCache } from './symbols.js';

let client: LanguageClient | undefined;

/** What `activate` returns: tests wait on `ready` before talking to the server. */
export interface InspectionReportApi {
  /** Settles when the language server has started (or failed to). */
  ready: Promise<boolean>;
  /** VS Code's Markdown extension point (`markdown.markdownItPlugins`): the report-aware preview. */
  extendMarkdownIt<T>(md: T): T;
}

export function activate(context: vscode.ExtensionContext): InspectionReportApi {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  setPreviewLog(output);
  const diagnostics = new ServerDiagnostics();
  const cache = new CriteriaCache();
  const status = new CriterionStatus(cache);
  const languageClient = createClient(context, output, diagnostics);
  client = languageClient;
  context.subscriptions.push(output, diagnostics, cache, status);

  registerNavigation(context, cache);
  registerInconsistencyNavigation(context, diagnostics);
  registerClaims(context, () => client);
  registerCheckAll(context, () => client);
  registerPreview(context);
  registerNewReport(context);
  registerShowReferences(context);
  registerDashboard(context, () => client);
  registerExport(context);
  registerLanguageModeOffer(context);
  registerRuleDocsPreview(context, output);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      await languageClient.restart();
      status.refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
  );

  const ready = languageClient.start().then(
    () => {
      status.refresh();
      return true;
    },
    (err: unknown) => {
      output.error(`The ${CLIENT_NAME} language server did not start: ${String(err)}`);
      void vscode.window.showErrorMessage(`The ${CLIENT_NAME} language server did not start. See the output channel for details.`, 'Show Output').then(
        (answer) => {
          if (answer) output.show(true);
        },
      );
      return false;
    },
  );
  return { ready, extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
