/**
 * The reports the server knows: open documents (each with its own
 * incremental DocumentAnalyzer, re-analysed lazily when its version moves on)
 * and closed `*.inspection.md` files indexed from disk. Features receive it as
 * a {@link WorkspaceView}; file access is injected so that it can be tested
 * without a disk.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, analyze, type AnalysisResult, type AnalyzeOptions } from '../core/index.js';

export interface WorkspaceView {
  /** Every known report, open documents first. */
  reports(): AnalysisResult[];
  get(uri: string): AnalysisResult | undefined;
}

/** A uri in one spelling, so that the editor's and the disk's agree. */
export function uriKey(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

interface OpenReport {
  doc: TextDocument;
  analyzer: DocumentAnalyzer;
  result?: AnalysisResult;
  /**
   * Changes seen, and the count the result was computed at. A counter of our
   * own, never the client's version number: a client that reuses a version
   * (or sends none) must still get a fresh analysis.
   */
  changes: number;
  analyzedAt?: number;
  /** When it was last edited or asked for (for the eviction of caches, see {@link Workspace.keepAnalyzed}). */
  used?: number;
  /** Its analyzer holds blocks parsed ahead (prewarm) for an analysis not made yet: a cache to evict too. */
  prewarmed?: boolean;
  /** Small values derived from an analysis (see {@link Workspace.kept}), with the change count they were made at; kept through eviction. */
  kept?: Map<string, { at: number; value: unknown }>;
}

export class Workspace implements WorkspaceView {
  private readonly open = new Map<string, OpenReport>();
  private readonly closed = new Map<string, AnalysisResult>();
  /**
   * The analyzer that indexed each closed file: opening the file takes it
   * over, so its first analysis reuses every parsed block instead of parsing
   * the report again (start-up time, docs/benchmarks.md).
   */
  private readonly closedAnalyzers = new Map<string, DocumentAnalyzer>();

  /**
   * Open documents whose analysis and block cache are kept; beyond, those used
   * least recently give theirs up (memory, issue 10 point 11) and are analysed
   * again from their text when next needed. The editor does not say which
   * documents are visible: the recently edited or asked for stand in for them.
   */
  keepAnalyzed = 8;
  private clock = 0;

  /**
   * Values derived from every new analysis of an open document and kept
   * through its eviction (see {@link kept}), by name: the server registers
   * the outline that workspace symbols search.
   */
  readonly derived = new Map<string, (result: AnalysisResult) => unknown>();

  /** Options per report (each may have its own configuration file, see lsp/config.ts). */
  private optionsOf: (uri: string) => AnalyzeOptions;

  constructor(options: AnalyzeOptions | ((uri: string) => AnalyzeOptions) = {}) {
    this.optionsOf = typeof options === 'function' ? options : () => options;
  }

  setOptions(options: AnalyzeOptions | ((uri: string) => AnalyzeOptions)): void {
    this.optionsOf = typeof options === 'function' ? options : () => options;
    for (const o of this.open.values()) {
      o.analyzer.setOptions(this.optionsOf(o.doc.uri));
      o.analyzedAt = undefined;
      o.kept = undefined;
    }
    this.closedAnalyzers.clear();
    for (const [key, r] of this.closed) this.closed.set(key, analyze(r.text, r.uri, this.optionsOf(r.uri)));
  }

  isOpen(uri: string): boolean {
    return this.open.has(uriKey(uri));
  }

  openDocument(doc: TextDocument): void {
    const key = uriKey(doc.uri);
    const indexed = this.closedAnalyzers.get(key);
    this.closedAnalyzers.delete(key);
    const analyzer = indexed && indexed.uri === doc.uri ? indexed : new DocumentAnalyzer(doc.uri, this.optionsOf(doc.uri));
    this.open.set(key, { doc, analyzer, changes: 0 });
  }

  /** The document's newest version (TextDocuments replaces the object on each change). */
  updateDocument(doc: TextDocument): void {
    const o = this.open.get(uriKey(doc.uri));
    if (o) {
      o.doc = doc;
      o.changes++;
    } else this.openDocument(doc);
  }

  closeDocument(uri: string): void {
    this.open.delete(uriKey(uri));
  }

  versionOf(uri: string): number | undefined {
    return this.open.get(uriKey(uri))?.doc.version;
  }

  /** Adds or replaces a closed file's analysis; ignored while the file is open. */
  indexFile(uri: string, text: string): AnalysisResult | undefined {
    const key = uriKey(uri);
    if (this.open.has(key)) return undefined;
    const analyzer = this.closedAnalyzers.get(key) ?? new DocumentAnalyzer(uri, this.optionsOf(uri));
    const result = analyzer.update(text);
    this.closedAnalyzers.set(key, analyzer);
    this.closed.set(key, result);
    return result;
  }

  removeFile(uri: string): boolean {
    this.closedAnalyzers.delete(uriKey(uri));
    return this.closed.delete(uriKey(uri));
  }

  /** Closed files whose uri starts with the folder's. */
  closedUnder(folderUri: string): string[] {
    const prefix = uriKey(folderUri).replace(/\/?$/, '/');
    return [...this.closed.values()].map((r) => r.uri).filter((u) => uriKey(u).startsWith(prefix));
  }

  get(uri: string): AnalysisResult | undefined {
    const key = uriKey(uri);
    const o = this.open.get(key);
    if (o) {
      o.used = ++this.clock;
      if (!o.result || o.analyzedAt !== o.changes) {
        o.result = o.analyzer.update(o.doc.getText());
        o.analyzedAt = o.changes;
        o.prewarmed = false;
        for (const [name, derive] of this.derived) this.keep(uri, name, derive(o.result));
        this.evict();
      }
      return o.result;
    }
    return this.closed.get(key);
  }

  /**
   * Parses up to `max` blocks of an open document's newest text ahead of its
   * analysis; true when get() has nothing left to parse (lsp/scheduling/queue.ts).
   */
  prewarm(uri: string, max: number): boolean {
    const o = this.open.get(uriKey(uri));
    if (!o || (o.result && o.analyzedAt === o.changes)) return true;
    o.used = ++this.clock;
    if (!o.prewarmed) {
      o.prewarmed = true;
      this.evict();
    }
    return o.analyzer.prewarm(o.doc.getText(), max);
  }

  /** The change counter of an open document (undefined when it is not open). */
  changesOf(uri: string): number | undefined {
    return this.open.get(uriKey(uri))?.changes;
  }

  /** Open documents that hold an analysis or blocks parsed ahead (a block cache). */
  analyzedCount(): number {
    let n = 0;
    for (const o of this.open.values()) if (o.result || o.prewarmed) n++;
    return n;
  }

  /**
   * Drops the analysis and block cache of the least recently used open
   * documents beyond keepAnalyzed, counting those whose blocks were only
   * parsed ahead (a workspace-wide request prewarms every open document).
   */
  private evict(): void {
    const held = [...this.open.values()].filter((o) => o.result || o.prewarmed);
    if (held.length <= this.keepAnalyzed) return;
    held.sort((a, b) => (a.used ?? 0) - (b.used ?? 0));
    for (const o of held.slice(0, held.length - this.keepAnalyzed)) {
      o.result = undefined;
      o.analyzedAt = undefined;
      o.prewarmed = false;
      o.analyzer = new DocumentAnalyzer(o.doc.uri, this.optionsOf(o.doc.uri));
    }
  }

  /** Re-analyses a report (open or closed) from its current text, e.g. after its framework file changed. */
  refresh(uri: string): AnalysisResult | undefined {
    const key = uriKey(uri);
    const o = this.open.get(key);
    if (o) {
      o.analyzedAt = undefined;
      o.kept = undefined;
      return this.get(uri);
    }
    const r = this.closed.get(key);
    if (!r) return undefined;
    this.closedAnalyzers.delete(key);
    const next = analyze(r.text, r.uri, this.optionsOf(r.uri));
    this.closed.set(key, next);
    return next;
  }

  /**
   * A small value derived from an open document's analysis (an outline for
   * workspace symbols) that `keep` stored while the text was as it is now, or
   * undefined. It outlives the eviction of the analysis, so a workspace-wide
   * request need not analyse every evicted document again.
   */
  kept<T>(uri: string, name: string): T | undefined {
    const o = this.open.get(uriKey(uri));
    const k = o?.kept?.get(name);
    return o && k && k.at === o.changes ? (k.value as T) : undefined;
  }

  /** Stores a value derived from the open document's current analysis (see {@link kept}). */
  keep(uri: string, name: string, value: unknown): void {
    const o = this.open.get(uriKey(uri));
    if (!o) return;
    (o.kept ??= new Map()).set(name, { at: o.changes, value });
  }

  openUris(): string[] {
    return [...this.open.values()].map((o) => o.doc.uri);
  }

  allUris(): string[] {
    const out = this.openUris();
    for (const [key, r] of this.closed) if (!this.open.has(key)) out.push(r.uri);
    return out;
  }

  reports(): AnalysisResult[] {
    return [...this.eachReport()];
  }

  /**
   * Every known report, one at a time: a caller that uses each and lets it
   * go holds at most keepAnalyzed analyses of open documents (an array of
   * them all would hold every evicted document's new analysis at once).
   */
  *eachReport(): Generator<AnalysisResult> {
    for (const u of this.allUris()) {
      const r = this.get(u);
      if (r) yield r;
    }
  }

  /**
   * Reports that depend on a framework file: those that read it, and those
   * whose framework could not be read at all (the file may just have appeared).
   */
  dependentsOf(frameworkUri: string): string[] {
    const key = uriKey(frameworkUri);
    const out: string[] = [];
    for (const r of this.eachReport()) if ((r.frameworkSource && uriKey(r.frameworkSource.uri) === key) || r.diagnostics.some((d) => d.ruleId === 'framework/unknown')) out.push(r.uri);
    return out;
  }
}

/** The file path of a `file:` uri, or undefined for any other uri or a malformed one. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
