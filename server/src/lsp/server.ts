/**
 * Wires the LSP connection to the features. This is the only layer that
 * speaks LSP to the client and the only one that touches the file system:
 * it reads workspace files and framework files and hands them to the core.
 */
import { frameworkFilesNear } from './frameworkFiles.js';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, AnalyzeOptions, FrameworkRefusal, FrameworkSource } from '../core/index.js';
import { rulesDocsBase } from './docs.js';
import { codeActions, FIX_ALL_KIND } from './features/codeActions.js';
import { claims, CLAIMS_REQUEST, type ClaimsParams } from './features/claims.js';
import { codeLenses } from './features/codeLens.js';
import { INSERT_SKELETON_COMMAND, skeletonEdits, skeletonLenses } from './features/firstContact.js';
import { compactList, completion, TRIGGER_CHARACTERS } from './features/completion.js';
import { definition, toLocations } from './features/definition.js';
import { diagnosticsByUri } from './features/diagnostics.js';
import { foldingRanges } from './features/folding.js';
import { documentHighlights } from './features/highlights.js';
import { hover } from './features/hover.js';
import { inlayHints } from './features/inlayHints.js';
import { references } from './features/references.js';
import { prepareRename, rename, RenameError } from './features/rename.js';
import { selectionRange } from './features/selectionRanges.js';
import { LEGEND, semanticTokens } from './features/semanticTokens.js';
import { documentSymbols, outlineOf, outlineSymbols, workspaceSymbols, type OutlineEntry } from './features/symbols.js';
import { analyzeOptionsOf, DEFAULT_SETTINGS, parseSettings, SECTION, type Settings } from './settings.js';
import { filePath, uriKey, Workspace } from './workspace.js';
import { CONFIG_GLOB, isConfigFile, ServerConfig } from './config.js';
import { AnalysisQueue, answerCancelled, checkpoint, ready } from './scheduling/queue.js';
import { confine, DEFAULT_MAX_FRAMEWORK_BYTES, DEFAULT_MAX_REPORT_BYTES, isInside, readRegularFile, realFolder, type ReadOutcome } from '../io/files.js';

/** The clock of the per-block time budget (limits.blockTimeBudgetMs): the server has one, the CLI none. */
const now = () => performance.now();

export const REPORT_GLOB = '**/*.inspection.md';
export const FRAMEWORK_GLOB = '**/*.{yaml,yml,json}';
const REPORT_SUFFIX = '.inspection.md';
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface ServerOptions {
  /** Overrides the rule docs folder (a file URI ending in `/`). */
  docsBase?: string;
}

export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    documentSymbolProvider: { label: 'Inspection report' },
    workspaceSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    hoverProvider: true,
    codeLensProvider: { resolveProvider: false },
    executeCommandProvider: { commands: [INSERT_SKELETON_COMMAND] },
    inlayHintProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false },
    renameProvider: { prepareProvider: true },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    semanticTokensProvider: { legend: LEGEND, full: true, range: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** The request behind *Inspection: Check All Reports*. */
export const CHECK_ALL_REQUEST = 'inspection/checkAll';

/** Every `*.inspection.md` below a folder, skipping dot folders and node_modules. */
export async function findReports(folder: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile() && e.name.endsWith(REPORT_SUFFIX)) {
        out.push(p);
      }
    }
  };
  await walk(folder);
  return out;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const docsBase = options.docsBase ?? rulesDocsBase();
  let caps: ClientCapabilities = {};
  /** A client command that opens a references view, named by the client (see features/codeLens.ts). */
  let showReferencesCommand: string | undefined;
  let folders: WorkspaceFolder[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let watching = false;
  let shuttingDown = false;

  // Framework files read from disk; kept only while file watching tells us when they change.
  // Only regular files, within a size cap, inside a workspace folder (after symlinks) or an allowed folder.
  const frameworkTexts = new Map<string, ReadOutcome>();
  const readFramework = (file: string): ReadOutcome => {
    const key = uriKey(pathToFileURL(file).href);
    const hit = watching ? frameworkTexts.get(key) : undefined;
    if (hit) return hit;
    const read = readRegularFile(file, DEFAULT_MAX_FRAMEWORK_BYTES);
    if (watching) frameworkTexts.set(key, read);
    return read;
  };
  const allowedFor = (report: string): string[] => {
    const roots = folders.map((f) => filePath(f.uri)).filter((d): d is string => d !== undefined);
    const inFolder = roots.filter((r) => isInside(path.resolve(report), path.resolve(r)) || isInside(realFolder(report), realFolder(r)));
    // A report outside every workspace folder may read next to itself only.
    return [...(inFolder.length > 0 ? inFolder : [path.dirname(report)]), ...(settings.allowReadFrom ?? [])];
  };
  const resolveFramework = (ref: string, reportUri: string): FrameworkSource | FrameworkRefusal | undefined => {
    const report = filePath(reportUri);
    if (!report) return undefined;
    const file = path.resolve(path.dirname(report), ref);
    const where = confine(ref, report, allowedFor(report));
    if (!where.ok) return { refused: where.reason };
    const read = readFramework(where.file);
    return read.ok ? { uri: pathToFileURL(file).href, text: read.text } : { refused: read.reason };
  };
  // Per report: its nearest .inspectionrc.* under the editor settings (lsp/config.ts).
  let rawSettings: unknown = {};
  const config = new ServerConfig(() => folders);
  const analyzeOptions = () => (uri: string): AnalyzeOptions => ({ ...config.optionsFor(uri, rawSettings), resolveFramework, clock: now });
  const workspace = new Workspace(analyzeOptions());

  // Settings: pulled once after `initialized`, then on every change. Requests wait for the first pull.
  let settingsReady: Promise<void> = Promise.resolve();
  /** Pulls the settings; true when they changed (then every analysis is redone under them). */
  const pullSettings = async (pushed?: unknown): Promise<boolean> => {
    const before = JSON.stringify(rawSettings ?? null);
    if (caps.workspace?.configuration) {
      try {
        const raw: unknown = await connection.workspace.getConfiguration(SECTION);
        settings = parseSettings(raw);
        rawSettings = raw;
      } catch {
        settings = DEFAULT_SETTINGS;
        rawSettings = {};
      }
    } else {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)[SECTION] : undefined;
      settings = parseSettings(section);
      rawSettings = section;
    }
    // vscode-languageclient sends didChangeConfiguration at start and again when we register for it:
    // unchanged settings must not throw away (and redo) every analysis made so far (start-up, docs/benchmarks.md).
    if (JSON.stringify(rawSettings ?? null) === before) return false;
    workspace.setOptions(analyzeOptions());
    return true;
  };

  // Diagnostics: published after each change through the analysis queue (lsp/scheduling/queue.ts),
  // which spreads each analysis over turns of the event loop and drops one that a newer edit supersedes.
  /** Framework-file diagnostics, by framework uri, by the report that produced them. */
  const frameworkDiagnostics = new Map<string, Map<string, LspDiagnostic[]>>();
  const queue = new AnalysisQueue(
    workspace,
    (uri) => {
      for (const [u, diagnostics] of config.takeChanges()) void connection.sendDiagnostics({ uri: u, diagnostics });
      publish(uri);
    },
    () => settingsReady,
    // Never exit on input: one report that fails to publish is logged, the others go on.
    (uri, err) => connection.console.error(`cannot publish diagnostics for ${uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  );
  const schedule = (uri: string) => queue.add(uri);
  const publish = (uri: string) => {
    if (shuttingDown) return;
    const result = workspace.get(uri);
    const reportKey = uriKey(uri);
    const touched = new Set<string>();
    for (const [fw, byReport] of frameworkDiagnostics) if (byReport.delete(reportKey)) touched.add(fw);
    if (!result || config.ignored(uri)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    } else {
      for (const [target, list] of diagnosticsByUri(result, { docsBase })) {
        if (target === result.uri) {
          void connection.sendDiagnostics({ uri: target, version: workspace.versionOf(uri), diagnostics: list });
          continue;
        }
        let byReport = frameworkDiagnostics.get(target);
        if (!byReport) frameworkDiagnostics.set(target, (byReport = new Map()));
        byReport.set(reportKey, list);
        touched.add(target);
      }
    }
    for (const fw of touched) {
      const seen = new Set<string>();
      const merged: LspDiagnostic[] = [];
      for (const list of frameworkDiagnostics.get(fw)?.values() ?? []) {
        for (const d of list) {
          const key = JSON.stringify([d.range, d.message]);
          if (!seen.has(key)) {
            seen.add(key);
            merged.push(d);
          }
        }
      }
      if (merged.length === 0) frameworkDiagnostics.delete(fw);
      void connection.sendDiagnostics({ uri: fw, diagnostics: merged });
    }
  };

  const refreshViews = () => {
    if (caps.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (caps.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  };

  // Indexing closed files.
  const readReport = async (uri: string): Promise<string | undefined> => {
    const file = filePath(uri);
    if (!file) return undefined;
    // Regular files within the size cap only (a FIFO or a device named *.inspection.md is not read).
    const read = readRegularFile(file, DEFAULT_MAX_REPORT_BYTES);
    return read.ok ? read.text : undefined;
  };
  const indexFolders = async (list: WorkspaceFolder[]): Promise<void> => {
    const progress = caps.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Indexing inspection reports', 0, undefined, false);
    try {
      const files: string[] = [];
      for (const f of list) {
        const dir = filePath(f.uri);
        if (dir) files.push(...(await findReports(dir)));
      }
      let done = 0;
      for (const file of files) {
        if (shuttingDown) return;
        const uri = pathToFileURL(file).href;
        if (!workspace.isOpen(uri)) {
          const text = await readReport(uri);
          if (text !== undefined && !workspace.isOpen(uri) && workspace.indexFile(uri, text)) schedule(uri);
        }
        done++;
        progress?.report(Math.round((done / files.length) * 100), `${done}/${files.length} ${path.basename(file)}`);
        // Let open documents' requests in between files, and their analyses go first.
        await new Promise<void>((resolve) => setImmediate(resolve));
        await queue.openSettled();
      }
    } finally {
      progress?.done();
    }
  };

  const reanalyze = (uris: string[]) => {
    for (const uri of uris) {
      workspace.refresh(uri);
      schedule(uri);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    const init = params.initializationOptions as { showReferencesCommand?: unknown } | undefined;
    showReferencesCommand = typeof init?.showReferencesCommand === 'string' ? init.showReferencesCommand : undefined;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(filePath(params.rootUri) ?? 'root') }] : []);
    return { capabilities: serverCapabilities(), serverInfo: { name: 'inspection-language-server', version: '0.1.0' } };
  });

  let indexing: Promise<void> = Promise.resolve();
  connection.onInitialized(() => {
    settingsReady = pullSettings().then(() => undefined);
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      watching = true;
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: REPORT_GLOB }, { globPattern: FRAMEWORK_GLOB }, { globPattern: CONFIG_GLOB }] })
        .catch(() => {
          watching = false;
          frameworkTexts.clear();
        });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const removed of e.removed) {
          folders = folders.filter((f) => uriKey(f.uri) !== uriKey(removed.uri));
          for (const uri of workspace.closedUnder(removed.uri)) {
            workspace.removeFile(uri);
            schedule(uri);
          }
        }
        folders.push(...e.added);
        indexing = indexing.then(() => indexFolders(e.added));
      });
    }
    indexing = settingsReady.then(() => indexFolders(folders)).catch((err: unknown) => connection.console.error(`indexing failed: ${String(err)}`));
  });

  connection.onDidChangeConfiguration((change) => {
    settingsReady = pullSettings(change.settings).then((changed) => {
      if (!changed) return;
      for (const uri of workspace.allUris()) schedule(uri);
      refreshViews();
    });
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const uri = change.uri;
      if (isConfigFile(uri)) {
        // A configuration file changed, appeared or went: every report may have another one now.
        config.changed();
        workspace.setOptions(analyzeOptions());
        for (const u of workspace.allUris()) schedule(u);
        refreshViews();
        continue;
      }
      if (uri.endsWith(REPORT_SUFFIX)) {
        if (workspace.isOpen(uri)) continue;
        if (change.type === FileChangeType.Deleted) {
          if (workspace.removeFile(uri)) schedule(uri);
          continue;
        }
        const text = await readReport(uri);
        if (text === undefined) {
          if (workspace.removeFile(uri)) schedule(uri);
        } else if (workspace.indexFile(uri, text)) {
          schedule(uri);
        }
      } else if (/\.(ya?ml|json)$/i.test(uri)) {
        frameworkTexts.delete(uriKey(uri));
        reanalyze(workspace.dependentsOf(uri));
      }
    }
  });

  documents.onDidOpen((e) => {
    workspace.openDocument(e.document);
    // Editors may ask for code lenses before the analysis is ready, or drop the request when the
    // editor's layout changes while a report opens; ask them once more when the report is open.
    if (caps.workspace?.codeLens?.refreshSupport) setTimeout(() => void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined), 250);
  });
  documents.onDidChangeContent((e) => {
    workspace.updateDocument(e.document);
    schedule(e.document.uri);
  });
  documents.onDidClose(async (e) => {
    const uri = e.document.uri;
    workspace.closeDocument(uri);
    // The file on disk (if any) is what the workspace holds now.
    const text = await readReport(uri);
    if (text !== undefined && uri.endsWith(REPORT_SUFFIX)) workspace.indexFile(uri, text);
    schedule(uri);
  });

  const withResult = async <T>(uri: string, empty: T, fn: (r: AnalysisResult) => T, token?: CancellationToken): Promise<T> => {
    await settingsReady;
    // Parsed a few blocks per turn: other messages (a cancellation, a newer edit) are read in between.
    await ready(workspace, uri, token);
    const result = workspace.get(uri);
    return result ? fn(result) : empty;
  };

  connection.onDocumentSymbol((p) => withResult(p.textDocument.uri, [], documentSymbols));
  workspace.derived.set('outline', outlineOf);
  connection.onWorkspaceSymbol((p, token) =>
    answerCancelled(async () => {
      await settingsReady;
      // One open document at a time, parsed ahead then analysed and used, so that the evicted
      // ones do not all hold their blocks and analyses at once (memory, issue 10 point 11).
      const max = 500;
      const out: ReturnType<typeof workspaceSymbols> = [];
      const seen = new Set<string>();
      for (const uri of workspace.openUris()) {
        // Between documents the request yields, so that a cancellation is seen however little each costs.
        await checkpoint(token);
        seen.add(uriKey(uri));
        // The outline of an unchanged document is kept through the eviction of its analysis.
        let outline = workspace.kept<OutlineEntry[]>(uri, 'outline');
        if (!outline) {
          await ready(workspace, uri, token);
          const r = workspace.get(uri);
          if (r) workspace.keep(uri, 'outline', (outline = outlineOf(r)));
        }
        if (outline) out.push(...outlineSymbols(outline, p.query, max - out.length));
        if (out.length >= max) return out;
      }
      for (const uri of workspace.allUris()) {
        if (seen.has(uriKey(uri))) continue;
        const r = workspace.get(uri);
        if (r) out.push(...workspaceSymbols([r], p.query, max - out.length));
        if (out.length >= max) return out;
      }
      return out;
    }),
  );
  connection.onDefinition((p) =>
    withResult(p.textDocument.uri, [], (r) => {
      const links = definition(r, p.position);
      return caps.textDocument?.definition?.linkSupport ? links : toLocations(links);
    }),
  );
  connection.onReferences((p, token) => answerCancelled(() => withResult(p.textDocument.uri, [], (r) => references(r, p.position, p.context.includeDeclaration), token)));
  connection.onDocumentHighlight((p) => withResult(p.textDocument.uri, [], (r) => documentHighlights(r, p.position)));
  connection.onHover((p) => withResult(p.textDocument.uri, null, (r) => hover(r, p.position) ?? null));
  connection.onCodeLens((p) => withResult(p.textDocument.uri, [], (r) => [...skeletonLenses(r), ...codeLenses(r, showReferencesCommand)]));
  // The skeleton lens of an empty report: the same edit as its quick fix, against the version it was computed on.
  connection.onExecuteCommand(async (p) => {
    if (p.command !== INSERT_SKELETON_COMMAND) return null;
    const uri = typeof p.arguments?.[0] === 'string' ? p.arguments[0] : undefined;
    if (!uri) return null;
    const edits = await withResult(uri, undefined, skeletonEdits);
    const version = workspace.versionOf(uri);
    if (!edits || version === undefined) return null;
    const edit = caps.workspace?.workspaceEdit?.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
    await connection.workspace.applyEdit({ label: 'Insert report skeleton', edit });
    return null;
  });
  connection.languages.inlayHint.on((p) => withResult(p.textDocument.uri, [], (r) => (settings.inlayHints.enabled ? inlayHints(r, p.range) : [])));
  connection.onCompletion((p) =>
    withResult(p.textDocument.uri, [], (r) => {
      const items = completion(r, p.position, { frameworkFiles: () => frameworkFilesNear(r.uri) });
      // caps is known once initialize has run, before any completion request.
      return caps.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') ? compactList(items) : items;
    }),
  );
  connection.onCodeAction((p) => withResult(p.textDocument.uri, [], (r) => codeActions(r, p.range, p.context.only, { docsBase })));
  connection.onPrepareRename((p) => withResult(p.textDocument.uri, null, (r) => prepareRename(r, p.position) ?? null));
  connection.onRenameRequest(async (p) => {
    try {
      return await withResult(p.textDocument.uri, null, (r) => rename(r, p.position, p.newName));
    } catch (err) {
      if (err instanceof RenameError) return new ResponseError(-32803 /* RequestFailed */, err.message);
      throw err;
    }
  });
  connection.onFoldingRanges((p) => withResult(p.textDocument.uri, [], foldingRanges));
  connection.onSelectionRanges((p) => withResult(p.textDocument.uri, [], (r) => p.positions.map((pos) => selectionRange(r, pos))));
  connection.languages.semanticTokens.on((p) => withResult(p.textDocument.uri, { data: [] }, semanticTokens));
  // Inspection: Check All Reports — read every report of the workspace again from disk and publish its
  // diagnostics (open documents keep the editor's text). Answers with the number of reports checked.
  connection.onRequest(CHECK_ALL_REQUEST, (_params: unknown, token: CancellationToken) => answerCancelled(() => checkAll(token)));
  const checkAll = async (token: CancellationToken): Promise<{ reports: number }> => {
    await indexing;
    const files: string[] = [];
    for (const f of folders) {
      const dir = filePath(f.uri);
      if (dir) files.push(...(await findReports(dir)));
    }
    const progress = caps.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Checking inspection reports', 0, undefined, false);
    let done = 0;
    try {
      for (const file of files) {
        if (shuttingDown) break;
        const uri = pathToFileURL(file).href;
        if (workspace.isOpen(uri)) schedule(uri);
        else {
          const text = await readReport(uri);
          if (text !== undefined) {
            workspace.indexFile(uri, text);
            workspace.refresh(uri);
            schedule(uri);
          }
        }
        done++;
        progress?.report(Math.round((done / Math.max(1, files.length)) * 100), `${done}/${files.length} ${path.basename(file)}`);
        // A cancelled check stops here with RequestCancelled (what it did so far stays done).
        await checkpoint(token);
      }
    } finally {
      progress?.done();
    }
    return { reports: done };
  };
  connection.onRequest(CLAIMS_REQUEST, (p: ClaimsParams, token: CancellationToken) =>
    answerCancelled(() => withResult(p.textDocument.uri, { claims: [], coverage: { numbers: 0, checked: 0, unresolved: 0, inconsistent: 0 } }, claims, token)),
  );

  connection.onShutdown(() => {
    shuttingDown = true;
  });

  documents.listen(connection);
}
