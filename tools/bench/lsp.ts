/**
 * Drives the real language server process (`bin/inspection-language-server.js --stdio`)
 * over stdio with vscode-languageserver-protocol, as an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { now, msSince } from './stats.js';
import { HEAP_FLAGS } from '../../server/src/lsp/heap.js';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: unknown[];
  /** When the notification arrived (process.hrtime.bigint). */
  at: bigint;
}

export interface ProgressEvent {
  token: string | number;
  kind: 'begin' | 'report' | 'end';
  message?: string;
  percentage?: number;
  at: bigint;
}

export interface Memory {
  rss: number;
  peak: number;
}

export class LspSession {
  readonly conn: ProtocolConnection;
  readonly progress: ProgressEvent[] = [];
  readonly progressCreated: (string | number)[] = [];
  private readonly diagWaiters: { uri: string; pred: (d: PublishedDiagnostics) => boolean; resolve: (d: PublishedDiagnostics) => void }[] = [];
  private readonly progressWaiters: { pred: (e: ProgressEvent) => boolean; resolve: (e: ProgressEvent) => void }[] = [];
  readonly lastDiagnostics = new Map<string, PublishedDiagnostics>();
  stderr = '';
  private exited = false;

  private constructor(readonly proc: ChildProcess) {
    this.conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    proc.stderr!.on('data', (b: Buffer) => {
      if (this.stderr.length < 20_000) this.stderr += b.toString();
    });
    proc.on('exit', () => {
      this.exited = true;
    });
    this.conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.progressCreated.push(p.token);
      return null;
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('workspace/inlayHint/refresh', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.onRequest('workspace/semanticTokens/refresh', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const d: PublishedDiagnostics = { ...p, at: now() };
      this.lastDiagnostics.set(p.uri, d);
      for (let i = this.diagWaiters.length - 1; i >= 0; i--) {
        const w = this.diagWaiters[i]!;
        if (w.uri === p.uri && w.pred(d)) {
          this.diagWaiters.splice(i, 1);
          w.resolve(d);
        }
      }
    });
    this.conn.onNotification('$/progress', (p: { token: string | number; value: { kind: 'begin' | 'report' | 'end'; message?: string; percentage?: number } }) => {
      const e: ProgressEvent = { token: p.token, kind: p.value.kind, message: p.value.message, percentage: p.value.percentage, at: now() };
      this.progress.push(e);
      for (let i = this.progressWaiters.length - 1; i >= 0; i--) {
        const w = this.progressWaiters[i]!;
        if (w.pred(e)) {
          this.progressWaiters.splice(i, 1);
          w.resolve(e);
        }
      }
    });
    this.conn.listen();
  }

  /**
   * Starts the server; `bin` is the path of bin/inspection-language-server.js. It is started as
   * the extension and the installed binary start it: with the heap flags of `server/src/lsp/heap.ts`.
   */
  static start(bin: string): LspSession {
    const proc = spawn(process.execPath, [...HEAP_FLAGS, bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspSession(proc);
  }

  get pid(): number {
    return this.proc.pid!;
  }

  async initialize(workspaceFolders: string[] = []): Promise<void> {
    const folders = workspaceFolders.map((f) => ({ uri: pathToFileURL(f).href, name: f.split('/').pop() ?? 'folder' }));
    await this.withTimeout(
      this.conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folders[0]?.uri ?? null,
        workspaceFolders: folders.length > 0 ? folders : null,
        capabilities: {
          window: { workDoneProgress: true },
          workspace: { workspaceFolders: true },
          textDocument: {
            synchronization: { didSave: false, dynamicRegistration: false },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            definition: { linkSupport: true },
            // As VS Code 1.100 declares it: labels with details and a default edit range for the list.
            completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true }, completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } },
            publishDiagnostics: { relatedInformation: true, versionSupport: true },
          },
        },
      }),
      30_000,
      'initialize',
    );
    await this.conn.sendNotification('initialized', {});
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  async change(
    uri: string,
    version: number,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<void> {
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** The next publishDiagnostics for `uri` that satisfies `pred`. */
  waitForDiagnostics(uri: string, pred: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 60_000): Promise<PublishedDiagnostics> {
    return this.withTimeout(
      new Promise<PublishedDiagnostics>((resolve) => this.diagWaiters.push({ uri, pred, resolve })),
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  waitForProgress(pred: (e: ProgressEvent) => boolean, timeoutMs = 120_000): Promise<ProgressEvent> {
    const seen = this.progress.find(pred);
    if (seen) return Promise.resolve(seen);
    return this.withTimeout(new Promise<ProgressEvent>((resolve) => this.progressWaiters.push({ pred, resolve })), timeoutMs, 'progress');
  }

  /** Round-trip time of one request, in ms, and its result. */
  async timed<T>(method: string, params: unknown): Promise<{ ms: number; result: T }> {
    const t0 = now();
    const result = await this.conn.sendRequest<T>(method, params);
    return { ms: msSince(t0), result };
  }

  /** VmRSS and VmHWM of the server process, in bytes. */
  memory(): Memory {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await this.withTimeout(this.conn.sendRequest('shutdown'), 5_000, 'shutdown');
        await this.conn.sendNotification('exit');
      } catch {
        // Killed below.
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 3_000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.conn.dispose();
  }

  private withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}${this.stderr ? `; server stderr: ${this.stderr.slice(-2000)}` : ''}`)), ms);
      p.then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }
}
