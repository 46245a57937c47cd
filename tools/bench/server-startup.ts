/**
 * What the language server does before its first publish (issue 12,
 * start-up). Spawns the bundled server (`dist/server.cjs`, as VS Code does)
 * over stdio on a temp copy of seeds/, sends `initialize`, `initialized` and,
 * at once, `didOpen` of the Sussex seed (VS Code activates the extension when
 * the workspace holds a report, so indexing and the first open race), and
 * (and didChangeConfiguration as vscode-languageclient sends it at start) and
 * times: spawn → initialize answered (bundle load), didOpen → the seed's first
 * publishDiagnostics for that version, and → indexing done (its progress
 * ends). Other scenarios open the seed once the first closed report is indexed
 * (the seed, last in order, is not yet), and after indexing is done.
 *
 *   npm run bundle && tsc -b && node out/tools/bench/server-startup.js [runs=5] [--cpu-prof DIR]
 *
 * Figures are printed (median and range); they are for docs/benchmarks.md,
 * never asserted.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER = process.env.STARTUP_SERVER ?? path.join(ROOT, 'dist', 'server.cjs');

interface Run {
  initializeMs: number;
  firstPublishMs: number;
  /** didOpen → the code lenses answered (VS Code asks for symbols, semantic tokens and lenses as it opens). */
  codeLensMs: number;
  indexedMs: number;
  /** Diagnostics published for the seed until indexing ended (each one an analysis or a re-publish). */
  seedPublishes: number;
}

type When = 'start' | 'mid-indexing' | 'after-indexing';

async function once(when: When, cpuProfDir?: string): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-bench-'));
  fs.cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
  const seed = path.join(dir, 'sussex-2007.inspection.md');
  const seedUri = pathToFileURL(seed).href;
  const t0 = performance.now();
  const args = [...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), SERVER, '--stdio'];
  const proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  let indexedAt = 0;
  let indexingToken: string | number | undefined;
  let resolveIndexed!: () => void;
  const indexed = new Promise<void>((r) => (resolveIndexed = r));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  // As vscode-languageclient does (SyncConfigurationFeature): a didChangeConfiguration with no
  // settings when the feature starts, and again when the server registers for the notification.
  conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
    if (p.registrations.some((r) => r.method === 'workspace/didChangeConfiguration')) setImmediate(() => conn.sendNotification('workspace/didChangeConfiguration', { settings: null }));
    return null;
  });
  conn.onRequest('window/workDoneProgress/create', () => null);
  let resolveFirstIndexed!: () => void;
  const firstIndexed = new Promise<void>((r) => (resolveFirstIndexed = r));
  conn.onNotification('$/progress', (p: { token: string | number; value: { kind: string; title?: string } }) => {
    if (p.value.kind === 'begin' && p.value.title?.startsWith('Indexing')) indexingToken = p.token;
    if (p.value.kind === 'report' && p.token === indexingToken) resolveFirstIndexed();
    if (p.value.kind === 'end' && p.token === indexingToken) {
      indexedAt = performance.now();
      resolveIndexed();
    }
  });
  let opened = 0;
  let published = 0;
  let resolvePublished!: () => void;
  const firstPublish = new Promise<void>((r) => (resolvePublished = r));
  let seedPublishes = 0;
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (p.uri === seedUri && !indexedAt) seedPublishes++;
    if (opened && !published && p.uri === seedUri && p.version === 1) {
      published = performance.now();
      resolvePublished();
    }
  });
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'seeds' }],
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
    },
  });
  const initializeMs = performance.now() - t0;
  conn.sendNotification('initialized', {});
  conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  if (when === 'after-indexing') await indexed;
  // The first closed report is indexed; the seed (last in order) is not yet.
  if (when === 'mid-indexing') await firstIndexed;
  opened = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: seedUri, languageId: 'inspection-report', version: 1, text: fs.readFileSync(seed, 'utf8') } });
  const td = { textDocument: { uri: seedUri } };
  const lenses = Promise.all([conn.sendRequest('textDocument/documentSymbol', td), conn.sendRequest('textDocument/semanticTokens/full', td), conn.sendRequest('textDocument/codeLens', td)]).then(() => performance.now());
  await firstPublish;
  const lensAt = await lenses;
  await indexed;
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await new Promise((r) => proc.once('exit', r));
  conn.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  return { initializeMs, firstPublishMs: published - opened, codeLensMs: lensAt - opened, indexedMs: indexedAt - t0, seedPublishes };
}

const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${Math.round(s[Math.floor(s.length / 2)]!)} ms (${Math.round(s[0]!)}–${Math.round(s[s.length - 1]!)})`;
};

async function main(): Promise<void> {
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
  const profAt = process.argv.indexOf('--cpu-prof');
  const cpuProfDir = profAt > 0 ? path.resolve(process.argv[profAt + 1] ?? 'cpu-prof') : undefined;
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: npm run bundle`);
  for (const when of ['start', 'mid-indexing', 'after-indexing'] as const) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(when, cpuProfDir));
    console.log(
      `open ${when.padEnd(14)}: initialize ${fmt(results.map((r) => r.initializeMs))}, ` +
        `didOpen → first diagnostics ${fmt(results.map((r) => r.firstPublishMs))}, → code lenses ${fmt(results.map((r) => r.codeLensMs))}, indexing done ${fmt(results.map((r) => r.indexedMs))} after spawn, seed published ${results.map((r) => r.seedPublishes).join('/')} times`,
    );
  }
  console.log(`(${runs} runs each, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)})`);
}

void main();
