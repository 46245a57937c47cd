/**
 * Inspection: Check All Reports — asks the server to read every report of the
 * workspace again and publish its problems (server request
 * `inspection/checkAll`), with a progress notification, then says how many
 * were checked. Problems lists them without opening any.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './ids.js';

const CHECK_ALL_REQUEST = 'inspection/checkAll';

export function registerCheckAll(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkAllReports, async () => {
      const client = getClient();
      if (!client) {
        void vscode.window.showWarningMessage('The Inspection Report language server is not running.');
        return undefined;
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Checking inspection reports…' },
        () => client.sendRequest<{ reports: number }>(CHECK_ALL_REQUEST, {}),
      );
      const n = result?.reports ?? 0;
      void vscode.window.setStatusBarMessage(`Inspection: checked ${n} report${n === 1 ? '' : 's'}; see Problems`, 5000);
      return n;
    }),
  );
}
