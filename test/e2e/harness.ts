/**
 * End-to-end harness: a real VS Code (code-server, installed by
 * scripts/setup-e2e.sh) driven headless by playwright-core + Debian's Chromium.
 *
 * Typical mocha use:
 *
 *   let server: CodeServer; let page: Page;
 *   before(async function () {
 *     this.timeout(180_000);
 *     server = await startCodeServer({ vsixPath, workspaceDir, settings: {} });
 *     page = await openBrowser(server.url);
 *     await waitForWorkbench(page);
 *   });
 *   after(async () => { await stopAll(); });
 *
 * Every UI helper waits on what the screen shows (selectors / polling with a
 * timeout), never on fixed sleeps. Nothing here knows about a particular
 * extension: everything specific is passed in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export type { Page } from 'playwright-core';

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

/** The repo root: the nearest folder above this file holding scripts/setup-e2e.sh (else cwd). */
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'scripts', 'setup-e2e.sh'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();
/** Where scripts/setup-e2e.sh installs code-server (override: E2E_CACHE_DIR). */
export const CODE_SERVER_DIR = process.env.E2E_CACHE_DIR ?? path.join(REPO_ROOT, '.cache', 'code-server');
/** code-server's entry point (override: CODE_SERVER_ENTRY). */
export const CODE_SERVER_ENTRY =
  process.env.CODE_SERVER_ENTRY ?? path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Screenshots go here (override: E2E_ARTIFACTS_DIR). */
export const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR ?? path.join(REPO_ROOT, 'test-artifacts', 'e2e');
/** Debian's chromium (override: CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Settings written for every instance; `settings` passed to startCodeServer override them. */
export const DEFAULT_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
};

// ---------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Poll `fn` until it returns a value that is not undefined/false, or throw
 * after `timeoutMs` with `what` and the last error/value in the message.
 */
export async function pollUntil<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 30_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v as T;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await sleep(intervalMs);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A free TCP port on 127.0.0.1 (bound then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

function httpStatus(url: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** All live descendants of `pid` (via /proc), deepest last. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...  — comm may contain spaces/parens
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      /* process vanished */
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

function tryKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Kill a process group plus any descendants that left it (terminals started by
 * node-pty call setsid, so they are not in the group). SIGTERM, then SIGKILL.
 */
async function killTree(pgid: number, graceMs = 5000): Promise<void> {
  const extra = descendants(pgid);
  tryKill(-pgid, 'SIGTERM');
  for (const p of extra) tryKill(p, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid) && extra.every((p) => !existsSync(`/proc/${p}`))) return;
    await sleep(100);
  }
  tryKill(-pgid, 'SIGKILL');
  for (const p of [...extra, ...descendants(pgid)]) tryKill(p, 'SIGKILL');
}

/** Environment for code-server: without VS Code's own variables (a VSCODE_IPC_HOOK_CLI
 *  from a surrounding VS Code terminal would make code-server act as a client of that one). */
function childEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'PASSWORD' || k === 'HASHED_PASSWORD' || k === 'PORT') continue;
    env[k] = v;
  }
  // code-server writes a heartbeat/logs/config under XDG dirs: keep them in the temp dir.
  env.XDG_CONFIG_HOME = path.join(home, 'xdg-config');
  env.XDG_DATA_HOME = path.join(home, 'xdg-data');
  env.XDG_CACHE_HOME = path.join(home, 'xdg-cache');
  // The server and extension hosts create IPC sockets (vscode-ipc-*.sock) in the
  // temp dir and do not remove them on SIGTERM: keep them in ours.
  env.TMPDIR = path.join(home, 'tmp');
  return { ...env, ...extra };
}

// ---------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------

export interface StartOptions {
  /** .vsix to install before starting (skip to run without one). */
  vsixPath?: string;
  /** More .vsix files or extension ids to install. */
  extraExtensions?: string[];
  /** Folder to open. */
  workspaceDir: string;
  /** User settings (merged over DEFAULT_SETTINGS). */
  settings?: Record<string, unknown>;
  /** Extra code-server command-line arguments. */
  extraArgs?: string[];
  /** Extra environment variables for code-server and its extension host. */
  env?: Record<string, string>;
  /** How long to wait for the HTTP server (default 60 s). */
  startTimeoutMs?: number;
  /** Keep the temp folder (user data, logs) after stop(); also when E2E_KEEP_TMP=1. */
  keepTemp?: boolean;
}

export interface CodeServer {
  /** URL that opens the workspace folder: http://127.0.0.1:<port>/?folder=<dir> */
  url: string;
  /** http://127.0.0.1:<port>/ */
  baseUrl: string;
  port: number;
  pid: number;
  /** Temp folder holding user-data, extensions, logs. */
  tempDir: string;
  userDataDir: string;
  extensionsDir: string;
  /** code-server's own stdout+stderr. Extension-host logs are under userDataDir/logs/. */
  logFile: string;
  /** Last lines code-server printed. */
  output(): string;
  /** Kill the whole process group (and escaped descendants); idempotent. */
  stop(): Promise<void>;
}

const servers = new Set<CodeServer>();
const browsers = new Set<Browser>();
/** Process groups still running -> temp dir to remove on an abrupt exit (undefined: keep). */
const liveGroups = new Map<number, string | undefined>();

// Last resort if the test process exits without stopAll(): kill synchronously.
process.on('exit', () => {
  for (const [pgid, tempDir] of liveGroups) {
    for (const p of descendants(pgid)) tryKill(p, 'SIGKILL');
    tryKill(-pgid, 'SIGKILL');
    if (tempDir) {
      try {
        rmSync(tempDir, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    }
  }
});

function runToEnd(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid) void killTree(child.pid, 1000);
      reject(new Error(`code-server ${args.join(' ')} timed out after ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (child.pid) tryKill(-child.pid, 'SIGKILL'); // stray helpers, if any
      if (code === 0) resolve(out);
      else reject(new Error(`code-server ${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  if (!existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server not found at ${CODE_SERVER_ENTRY}: run \`bash scripts/setup-e2e.sh\` first`);
  }
  const workspaceDir = path.resolve(opts.workspaceDir);
  if (!existsSync(workspaceDir)) throw new Error(`workspaceDir does not exist: ${workspaceDir}`);

  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'e2e-code-server-'));
  const userDataDir = path.join(tempDir, 'user-data');
  const extensionsDir = path.join(tempDir, 'extensions');
  const configFile = path.join(tempDir, 'config.yaml');
  const logFile = path.join(tempDir, 'code-server.log');
  await mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  await mkdir(path.join(tempDir, 'tmp'), { recursive: true });
  // An explicit --config keeps code-server from writing ~/.config/code-server/config.yaml.
  await writeFile(configFile, 'auth: none\ncert: false\n');
  const settings = { ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) };
  await writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const env = childEnv(tempDir, opts.env);
  const common = [
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];

  const keepTemp = opts.keepTemp ?? process.env.E2E_KEEP_TMP === '1';
  const toInstall = [...(opts.vsixPath ? [path.resolve(opts.vsixPath)] : []), ...(opts.extraExtensions ?? [])];
  try {
    for (const ext of toInstall) {
      if (ext.endsWith('.vsix') && !existsSync(ext)) throw new Error(`vsix not found: ${ext}`);
      const out = await runToEnd([...common, '--force', '--install-extension', ext], env, 120_000);
      if (!/successfully installed|already installed/i.test(out)) {
        throw new Error(`installing ${ext} did not report success:\n${out}`);
      }
    }
  } catch (e) {
    if (!keepTemp) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }

  const startTimeoutMs = opts.startTimeoutMs ?? 60_000;
  let lastError: unknown;
  // Retry a couple of times in case another process grabbed the port in between.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      process.execPath,
      [
        CODE_SERVER_ENTRY,
        ...common,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ...(opts.extraArgs ?? []),
        workspaceDir,
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true, cwd: workspaceDir },
    );
    const pid = child.pid;
    if (!pid) throw new Error('failed to spawn code-server');
    liveGroups.set(pid, keepTemp ? undefined : tempDir);

    const tail: string[] = [];
    const onData = (d: Buffer) => {
      const s = d.toString();
      appendFileSync(logFile, s);
      tail.push(...s.split('\n'));
      if (tail.length > 200) tail.splice(0, tail.length - 200);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    let exited: number | null | undefined;
    const exitPromise = new Promise<void>((r) =>
      child.on('exit', (code, signal) => {
        exited = code ?? (signal ? 128 : -1);
        r();
      }),
    );

    let stopped = false;
    const baseUrl = `http://127.0.0.1:${port}/`;
    const server: CodeServer = {
      url: `${baseUrl}?folder=${encodeURIComponent(workspaceDir)}`,
      baseUrl,
      port,
      pid,
      tempDir,
      userDataDir,
      extensionsDir,
      logFile,
      output: () => tail.join('\n'),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        servers.delete(server);
        await killTree(pid);
        if (exited === undefined) await Promise.race([exitPromise, sleep(2000)]);
        liveGroups.delete(pid);
        if (!keepTemp) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
      },
    };
    servers.add(server);

    try {
      // Poll /healthz; fail at once if the process dies.
      const deadline = Date.now() + startTimeoutMs;
      for (;;) {
        if (exited !== undefined) throw new Error(`code-server exited (${exited}) before answering:\n${server.output()}`);
        const status = await httpStatus(`${baseUrl}healthz`).catch(() => 0);
        if (status === 200) return server;
        if (Date.now() > deadline) {
          throw new Error(`code-server did not answer on ${baseUrl}healthz within ${startTimeoutMs} ms:\n${server.output()}`);
        }
        await sleep(200);
      }
    } catch (e) {
      lastError = e;
      const portClash = /EADDRINUSE/.test(server.output());
      // Keep the temp dir for the next attempt; remove it only on final failure.
      stopped = true;
      servers.delete(server);
      await killTree(pid, 2000);
      liveGroups.delete(pid);
      if (!portClash) break;
    }
  }
  if (!keepTemp) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

// ---------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------

export interface OpenBrowserOptions {
  viewport?: { width: number; height: number };
  /** Forward the page's console errors to stderr (default: only when E2E_DEBUG=1). */
  logConsoleErrors?: boolean;
  headless?: boolean;
}

/** Launch Debian's Chromium, open `url`, return the page (viewport 1400x900). */
export async function openBrowser(url: string, opts: OpenBrowserOptions = {}): Promise<Page> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run \`bash scripts/setup-e2e.sh\` first`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: opts.headless ?? true,
  });
  browsers.add(browser);
  browser.on('disconnected', () => browsers.delete(browser));
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (opts.logConsoleErrors ?? process.env.E2E_DEBUG === '1') {
    page.on('console', (m) => {
      if (m.type() === 'error') process.stderr.write(`[browser console] ${m.text()}\n`);
    });
    page.on('pageerror', (e) => process.stderr.write(`[browser pageerror] ${e.message}\n`));
  }
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return page;
}

/** Close every browser and stop every code-server this module started. For an after-hook. */
export async function stopAll(): Promise<void> {
  await Promise.allSettled([...browsers].map((b) => b.close()));
  browsers.clear();
  await Promise.allSettled([...servers].map((s) => s.stop()));
}

// ---------------------------------------------------------------------------
// Workbench helpers (VS Code 1.100 DOM)
// ---------------------------------------------------------------------------

export const SELECTORS = {
  workbench: '.monaco-workbench',
  statusBar: '.monaco-workbench .part.statusbar',
  activityBar: '.monaco-workbench .part.activitybar',
  editorPart: '.monaco-workbench .part.editor',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeTab: '.editor-group-container.active .tabs-container .tab.active',
  activeEditor: '.editor-group-container.active .monaco-editor',
  statusBarItem: '.monaco-workbench .part.statusbar .statusbar-item',
  languageStatus: '#status\\.editor\\.mode',
  problemsPanel: '.markers-panel',
  problemsRow: '.markers-panel .monaco-list-row',
  notificationToast: '.notifications-toasts .notification-toast',
} as const;

/** Wait until the workbench is laid out and the remote (server) connection is up. */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1000, deadline - Date.now());
  for (const sel of [SELECTORS.workbench, SELECTORS.statusBar, SELECTORS.activityBar, SELECTORS.editorPart]) {
    await page.waitForSelector(sel, { state: 'visible', timeout: left() });
  }
  // The remote indicator and the notifications bell are rendered once the
  // workbench's contributions have started.
  await page.waitForSelector('#status\\.host', { state: 'attached', timeout: left() });
  await page.waitForSelector('#status\\.notifications', { state: 'attached', timeout: left() });
  // When a folder is open, the explorer fills in once the file service talks
  // to the server: a good sign the remote connection works.
  const hasFolder = await page.evaluate(() => /[?&](folder|workspace)=/.test(location.search));
  if (hasFolder) {
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { state: 'visible', timeout: left() });
  }
}

/**
 * Open the quick input with a key (F1, Control+P, Control+G ...), retrying while
 * the key press is swallowed, and wait until the widget is visible.
 */
export async function openQuickInput(page: Page, key: string, timeoutMs = 20_000): Promise<void> {
  await closeQuickInput(page);
  const deadline = Date.now() + timeoutMs;
  // Early after load a key press can be swallowed: retry until the widget shows.
  for (;;) {
    await page.keyboard.press(key);
    try {
      await page.waitForSelector(SELECTORS.quickInput, { state: 'visible', timeout: 3000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`quick input did not open with ${key}: ${String(e)}`);
    }
  }
}

/** Close the quick input widget if it is open. */
export async function closeQuickInput(page: Page): Promise<void> {
  if (await page.isVisible(SELECTORS.quickInput)) {
    await page.keyboard.press('Escape');
    await page.waitForSelector(SELECTORS.quickInput, { state: 'hidden', timeout: 5000 });
  }
}

/**
 * Run a command by its palette label (e.g. "View: Toggle Problems") via F1.
 * The label must match a row exactly (category prefix included).
 */
/**
 * Run a command from the palette. A command that opens a quick input of its own (a save dialog in
 * code-server) replaces the palette instead of closing it: with `opensInput`, wait until the input no
 * longer holds the palette's '>' query rather than until no quick input is shown (which raced with a
 * dialog that opens before the palette is seen to close).
 */
export async function runCommand(page: Page, label: string, timeoutMs = 20_000, opts: { opensInput?: boolean } = {}): Promise<void> {
  await openQuickInput(page, 'F1', timeoutMs);
  // F1 pre-fills ">"; fill() replaces it, so put it back.
  await page.fill(SELECTORS.quickInputBox, `>${label}`);
  const row = page
    .locator(SELECTORS.quickInputRow)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) })
    .first();
  try {
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (e) {
    const shown = await page.locator(`${SELECTORS.quickInputRow} .label-name`).allTextContents();
    await closeQuickInput(page);
    throw new Error(`command "${label}" not found in the palette; rows shown: ${JSON.stringify(shown)}`);
  }
  await row.click();
  if (opts.opensInput) {
    await pollUntil(
      `the palette replaced after "${label}"`,
      async () => {
        const visible = await page.locator(SELECTORS.quickInput).isVisible().catch(() => false);
        const value = visible ? await page.inputValue(SELECTORS.quickInputBox).catch(() => '') : '';
        return !visible || !value.startsWith('>') ? true : undefined;
      },
      { timeoutMs, intervalMs: 100 },
    );
    return;
  }
  await page.waitForSelector(SELECTORS.quickInput, { state: 'hidden', timeout: timeoutMs });
}

/**
 * Open a workspace file via quick open (Ctrl+P) by its path relative to the
 * workspace folder, and wait until its editor tab is active.
 */
export async function openFile(page: Page, relativePath: string, timeoutMs = 30_000): Promise<void> {
  const rel = relativePath.split(path.sep).join('/').replace(/^\.\//, '');
  const base = path.posix.basename(rel);
  const dir = path.posix.dirname(rel);
  await openQuickInput(page, 'Control+P', timeoutMs);
  await page.fill(SELECTORS.quickInputBox, rel);
  // Rows show the file name as label and its folder as description.
  const row = page
    .locator(SELECTORS.quickInputRow)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(base)}\\s*$`) }) })
    .filter(
      dir === '.'
        ? { hasNot: page.locator('.label-description:not(:empty)') }
        : { has: page.locator('.label-description', { hasText: new RegExp(`(^|/)${escapeRegExp(dir)}\\s*$`) }) },
    )
    .first();
  try {
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    const shown = await page.locator(SELECTORS.quickInputRow).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')),
    );
    await closeQuickInput(page);
    throw new Error(`"${rel}" not offered by quick open; rows shown: ${JSON.stringify(shown)}`);
  }
  await row.click();
  await page.waitForSelector(SELECTORS.quickInput, { state: 'hidden', timeout: timeoutMs });
  await page.waitForSelector(`${SELECTORS.activeTab}[data-resource-name="${base.replace(/"/g, '\\"')}"]`, {
    state: 'visible',
    timeout: timeoutMs,
  });
  await page.waitForSelector(`${SELECTORS.activeEditor} .view-lines`, { state: 'visible', timeout: timeoutMs });
}

export interface ProblemRow {
  /** 'file' for a resource header row, 'marker' for a diagnostic. */
  kind: 'file' | 'marker';
  /** error | warning | info (markers only). */
  severity?: 'error' | 'warning' | 'info';
  /** Diagnostic message or file name. */
  label: string;
  /** "[Ln 5, Col 1]" for markers. */
  location?: string;
  /** Visible text of the row. */
  text: string;
  /** Screen-reader label, e.g. "Warning: msg at line 5 and character 1." */
  ariaLabel: string;
}

/** Show the Problems panel (View: Focus Problems) and wait until it is visible. */
export async function openProblemsPanel(page: Page, timeoutMs = 20_000): Promise<void> {
  if (!(await page.isVisible(SELECTORS.problemsPanel))) {
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', timeoutMs);
  }
  await page.waitForSelector(SELECTORS.problemsPanel, { state: 'visible', timeout: timeoutMs });
}

/**
 * Rows currently rendered in the Problems panel. The list is virtualised:
 * only rows that fit the panel are in the DOM (maximise the panel for more).
 */
export async function getProblems(page: Page): Promise<ProblemRow[]> {
  return page.locator(SELECTORS.problemsRow).evaluateAll((els) =>
    els.map((el) => {
      const level = el.getAttribute('aria-level');
      const ariaLabel = el.getAttribute('aria-label') ?? '';
      const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (level === '1') {
        const label = el.querySelector('.label-name')?.textContent?.trim() ?? text;
        return { kind: 'file' as const, label, text, ariaLabel };
      }
      const icon = el.querySelector('.marker-icon');
      const severity = icon?.classList.contains('error')
        ? ('error' as const)
        : icon?.classList.contains('warning')
          ? ('warning' as const)
          : ('info' as const);
      return {
        kind: 'marker' as const,
        severity,
        label: el.querySelector('.marker-message')?.textContent?.trim() ?? text,
        location: el.querySelector('.marker-line')?.textContent?.trim() ?? undefined,
        text,
        ariaLabel,
      };
    }),
  );
}

/** Visible text of each Problems row. */
export async function getProblemTexts(page: Page): Promise<string[]> {
  return (await getProblems(page)).map((r) => r.text);
}

/**
 * Open the Problems panel and poll until a diagnostic row matches `match`
 * (substring or RegExp against its message/text/aria-label). Returns the row.
 */
export async function waitForProblem(
  page: Page,
  match: string | RegExp,
  timeoutMs = 30_000,
): Promise<ProblemRow> {
  await openProblemsPanel(page);
  const test = (s: string) => (typeof match === 'string' ? s.includes(match) : match.test(s));
  return pollUntil(
    `a Problems row matching ${String(match)}`,
    async () =>
      (await getProblems(page)).find(
        (r) => r.kind === 'marker' && (test(r.label) || test(r.text) || test(r.ariaLabel)),
      ),
    { timeoutMs, intervalMs: 250 },
  );
}

export interface StatusBarItem {
  id: string;
  text: string;
  ariaLabel: string;
}

/** All status bar entries (id like "status.editor.mode", or "<publisher>.<name>.<itemId>" for extensions). */
export async function getStatusBarItems(page: Page): Promise<StatusBarItem[]> {
  return page.locator(SELECTORS.statusBarItem).evaluateAll((els) =>
    els.map((e) => ({
      id: e.id,
      text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ariaLabel: e.getAttribute('aria-label') ?? '',
    })),
  );
}

/** Poll until a status bar entry's text or aria-label matches. */
export async function waitForStatusBarItem(
  page: Page,
  match: string | RegExp,
  timeoutMs = 30_000,
): Promise<StatusBarItem> {
  const test = (s: string) => (typeof match === 'string' ? s.includes(match) : match.test(s));
  return pollUntil(
    `a status bar item matching ${String(match)}`,
    async () => (await getStatusBarItems(page)).find((i) => test(i.text) || test(i.ariaLabel)),
    { timeoutMs, intervalMs: 250 },
  );
}

/** The language mode shown in the status bar for the active editor (e.g. "Plain Text"), or undefined. */
export async function getStatusBarLanguage(page: Page): Promise<string | undefined> {
  const el = await page.$(SELECTORS.languageStatus);
  const text = (await el?.textContent())?.trim();
  return text || undefined;
}

/** Poll until the status bar language mode equals `expected`; returns what it shows. */
export async function waitForStatusBarLanguage(page: Page, expected: string, timeoutMs = 30_000): Promise<string> {
  let last: string | undefined;
  try {
    return await pollUntil(
      `status bar language "${expected}"`,
      async () => ((last = await getStatusBarLanguage(page)) === expected ? last : undefined),
      { timeoutMs, intervalMs: 200 },
    );
  } catch {
    throw new Error(`status bar language is ${JSON.stringify(last)}, expected "${expected}" (waited ${timeoutMs} ms)`);
  }
}

/** Texts of the notification toasts currently shown. */
export async function getNotifications(page: Page): Promise<string[]> {
  return page
    .locator(`${SELECTORS.notificationToast} .notification-list-item-message`)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** Save a full-window PNG to test-artifacts/e2e/<name>.png and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const safe = name.replace(/[^\w.-]+/g, '_').replace(/\.png$/i, '');
  const file = path.join(ARTIFACTS_DIR, `${safe}.png`);
  await page.screenshot({ path: file });
  return file;
}
