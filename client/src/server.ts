/**
 * Starts the bundled language server (dist/server.cjs) over Node IPC and
 * keeps the diagnostics it publishes, so that commands can tell the server's
 * diagnostics from other extensions' ones without relying on a `source` string.
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, INTERNAL_COMMANDS, LANGUAGE_ID } from './ids.js';
import { HEAP_FLAGS } from '../../server/src/lsp/heap.js';

/** The latest diagnostics of our server per document, for push and pull diagnostics alike. */
export class ServerDiagnostics implements vscode.Disposable {
  private readonly byUri = new Map<string, readonly vscode.Diagnostic[]>();
  private readonly onDidChangeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.onDidChangeEmitter.event;
  private readonly closing = vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString()));

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.byUri.get(uri.toString()) ?? [];
  }

  private set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    this.byUri.set(uri.toString(), diagnostics);
    this.onDidChangeEmitter.fire(uri);
  }

  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      this.set(uri, diagnostics);
      next(uri, diagnostics);
    },
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      if (report && report.kind === 'full') {
        this.set(document instanceof vscode.Uri ? document : document.uri, report.items);
      }
      return report;
    },
  };

  dispose(): void {
    this.closing.dispose();
    this.onDidChangeEmitter.dispose();
    this.byUri.clear();
  }
}

export function createClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  diagnostics: ServerDiagnostics,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  if (!existsSync(module)) {
    outputChannel.error(`${module} is missing: run \`npm run bundle\` (or \`npm run package\`) first.`);
  }
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...HEAP_FLAGS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...HEAP_FLAGS, '--nolazy', '--inspect=6011'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    // The server reads settings with workspace/configuration; this makes the
    // client tell it when they change. File watchers are registered by the
    // server itself (dynamic registration), so none are set up here.
    synchronize: { configurationSection: CLIENT_ID },
    outputChannel,
    middleware: diagnostics.middleware,
    // Code lenses ('79% · good · 3 references') open the references peek through this command.
    initializationOptions: { showReferencesCommand: INTERNAL_COMMANDS.showReferences },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** The JSON shapes the server sends with the show-references command. */
interface JsonPosition {
  line: number;
  character: number;
}
interface JsonLocation {
  uri: string;
  range: { start: JsonPosition; end: JsonPosition };
}

/**
 * Turns the server's JSON arguments into VS Code types and opens the
 * references peek (VS Code's own command needs a Uri, a Position and Locations).
 */
export function registerShowReferences(context: vscode.ExtensionContext): void {
  const position = (p: JsonPosition) => new vscode.Position(p.line, p.character);
  context.subscriptions.push(
    vscode.commands.registerCommand(INTERNAL_COMMANDS.showReferences, (uri: string, at: JsonPosition, locations: JsonLocation[]) =>
      vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        position(at),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end)))),
      ),
    ),
  );
}
