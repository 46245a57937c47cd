/**
 * A plain `.md` file that is a report — its front matter names a framework,
 * or its headings follow the dialect (a criterion heading `1.2 …` and a
 * Strengths or Areas for Improvement heading) — is offered the
 * inspection-report language mode, once per file. The answer is remembered
 * (workspace state): yes switches the file on every later open, no never asks
 * again for it.
 */
import * as vscode from 'vscode';
import { looksLikeReport } from '../../server/src/render/detect.js';
import { LANGUAGE_ID } from './ids.js';
import { isExtensionDoc } from './ruleDocs.js';

const STATE_KEY = 'inspectionReport.languageModeAnswers';
type Answer = 'yes' | 'no';

export function registerLanguageModeOffer(context: vscode.ExtensionContext): void {
  const asked = new Set<string>();
  const answers = (): Record<string, Answer> => context.workspaceState.get<Record<string, Answer>>(STATE_KEY) ?? {};
  const remember = (uri: string, answer: Answer) => context.workspaceState.update(STATE_KEY, { ...answers(), [uri]: answer });

  const consider = async (document: vscode.TextDocument): Promise<void> => {
    if (document.languageId !== 'markdown' || document.uri.scheme !== 'file') return;
    // Our own docs (rule pages hold example reports) are shown in the preview, never offered the mode.
    if (isExtensionDoc(document.uri, vscode.Uri.joinPath(context.extensionUri, 'docs'))) return;
    const key = document.uri.toString();
    const previous = answers()[key];
    if (previous === 'no' || asked.has(key)) return;
    if (previous === 'yes') {
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      return;
    }
    if (!looksLikeReport(document.getText())) return;
    asked.add(key);
    const name = document.uri.path.split('/').pop();
    const yes = 'Check as Inspection Report';
    const no = 'No, keep Markdown';
    const answer = await vscode.window.showInformationMessage(
      `${name} looks like an inspection report. Check it as one (language mode Inspection Report)? Reports named *.inspection.md get this mode by themselves.`,
      yes,
      no,
    );
    if (answer === yes) {
      await remember(key, 'yes');
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (open && open.languageId === 'markdown') await vscode.languages.setTextDocumentLanguage(open, LANGUAGE_ID);
    } else if (answer === no) {
      await remember(key, 'no');
    }
  };

  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void consider(d)));
  for (const d of vscode.workspace.textDocuments) void consider(d);
}
