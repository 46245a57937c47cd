/**
 * A minimal LSP client for protocol tests: spawns the real server
 * (`node bin/inspection-language-server.js --stdio`), answers the requests a
 * client must answer (configuration, registrations, progress tokens), records
 * notifications, and lets tests await them. Nothing here sleeps: every wait
 * resolves on a message, or fails after a time limit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type ApplyWorkspaceEditParams,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SERVER_BIN = path.join(ROOT, 'bin', 'inspection-language-server.js');

export const CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    definition: { linkSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true }, completionList: { itemDefaults: ['editRange'] } },
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    inlayHint: { refreshSupport: true },
    codeLens: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
  },
  window: { workDoneProgress: true },
};

type Event = { kind: 'diagnostics'; params: PublishDiagnosticsParams } | { kind: 'progress'; token: string | number; value: { kind: string; message?: string } };

export class TestClient {
  readonly events: Event[] = [];
  readonly registrations: Registration[] = [];
  readonly progressTokens: (string | number)[] = [];
  /** The `workspace/applyEdit` requests the server sent (the client answers that each applied). */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly stderr: string[] = [];
  settings: unknown = {};
  private waiters = new Set<() => void>();
  private exited = false;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  /** Starts `node bin/inspection-language-server.js --stdio`, or another command line that starts it. */
  static start(command: { file: string; args: string[] } = { file: process.execPath, args: [SERVER_BIN, '--stdio'] }): TestClient {
    const proc = spawn(command.file, command.args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection);
    proc.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    proc.on('exit', () => {
      client.exited = true;
      client.wake();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'inspectionReport' ? client.settings : null)));
    connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      client.registrations.push(...p.registrations);
      client.wake();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      client.progressTokens.push(p.token);
      return null;
    });
    connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      client.appliedEdits.push(p);
      client.wake();
      return { applied: true };
    });
    for (const refresh of ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) connection.onRequest(refresh, () => null);
    connection.onNotification('$/progress', (p: { token: string | number; value: { kind: string; message?: string } }) => {
      client.events.push({ kind: 'progress', token: p.token, value: p.value });
      client.wake();
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.events.push({ kind: 'diagnostics', params: p });
      client.wake();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    return client;
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first non-undefined value of `check`, re-checked on every message. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = (fn: () => void) => {
        this.waiters.delete(run);
        clearTimeout(timer);
        fn();
      };
      const run = () => {
        let v: T | undefined;
        try {
          v = check();
        } catch (err) {
          done(() => reject(err as Error));
          return;
        }
        if (v !== undefined) done(() => resolve(v));
        else if (this.exited) done(() => reject(new Error(`server exited while waiting for ${what}: ${this.stderr.join('')}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`timed out waiting for ${what}`))), timeoutMs);
      this.waiters.add(run);
      run();
    });
  }

  /** The latest diagnostics published for a uri that satisfy `match`, awaiting them if needed. */
  diagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, what = `diagnostics for ${uri}`): Promise<PublishDiagnosticsParams> {
    return this.waitFor(what, () => {
      const latest = this.latestDiagnostics(uri);
      return latest && match(latest) ? latest : undefined;
    });
  }

  latestDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i]!;
      if (e.kind === 'diagnostics' && e.params.uri === uri) return e.params;
    }
    return undefined;
  }

  indexOfFirstDiagnostics(uri: string): number {
    return this.events.findIndex((e) => e.kind === 'diagnostics' && e.params.uri === uri);
  }

  /** Index of the `end` of the first progress the server created. */
  progressEnd(): Promise<number> {
    return this.waitFor('indexing progress to end', () => {
      const token = this.progressTokens[0];
      if (token === undefined) return undefined;
      const i = this.events.findIndex((e) => e.kind === 'progress' && e.token === token && e.value.kind === 'end');
      return i >= 0 ? i : undefined;
    });
  }

  async initialize(workspaceDir: string): Promise<InitializeResult> {
    const uri = pathToFileURL(workspaceDir).href;
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uri,
      capabilities: CAPABILITIES,
      workspaceFolders: [{ uri, name: path.basename(workspaceDir) }],
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.request('shutdown', null), this.waitFor('exit', () => (this.exited ? true : undefined), 2000)]);
        await this.notify('exit', null);
      } catch {
        // The process is killed below anyway.
      }
    }
    this.connection.dispose();
    if (!this.exited) this.proc.kill();
  }
}

/** A temporary copy of seeds/ plus the given extra files. */
export function makeWorkspace(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-lsp-'));
  fs.cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
