/**
 * Configuration files in the language server: the nearest
 * `.inspectionrc.{yaml,yml,json}` per report (searching upwards to the
 * workspace folder that holds it), merged under the editor settings (which
 * override the file) by the same function the CLI uses (config/options.ts),
 * `ignore` globs, and the located diagnostics of bad configuration files.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic, WorkspaceFolder } from 'vscode-languageserver';
import type { AnalyzeOptions } from '../core/index.js';
import { isIgnored, reportOptions } from '../config/options.js';
import { ConfigResolver, EMPTY_CONFIG, type ResolvedConfig } from '../config/resolve.js';
import { CONFIG_FILE_NAMES } from '../config/schema.js';
import { SOURCE } from './features/diagnostics.js';
import { filePath, uriKey } from './workspace.js';

export const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

export function isConfigFile(uri: string): boolean {
  const p = filePath(uri);
  return p !== undefined && (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(p));
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

export class ServerConfig {
  private resolver: ConfigResolver;
  /** Diagnostics of every configuration file read since the last change, by uri. */
  private current = new Map<string, LspDiagnostic[]>();
  /** What was last sent per configuration file (JSON), so that only changes are sent. */
  private sent = new Map<string, string>();

  constructor(folders: () => readonly WorkspaceFolder[]) {
    this.resolver = new ConfigResolver({
      // The search stops at the workspace folder that holds the report (the deepest, for nested folders).
      stopDir: (file) => {
        let best: string | undefined;
        for (const f of folders()) {
          const dir = filePath(f.uri);
          if (!dir) continue;
          const rel = path.relative(dir, file);
          if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || dir.length > best.length)) best = dir;
        }
        return best;
      },
    });
  }

  /** The configuration of a report; records its files' diagnostics. */
  configOf(uri: string): ResolvedConfig {
    const file = filePath(uri);
    if (!file) return EMPTY_CONFIG;
    const config = this.resolver.forReport(file);
    for (const f of config.files) {
      const key = uriKey(pathToFileURL(f).href);
      if (!this.current.has(key)) this.current.set(key, []);
    }
    for (const d of config.diagnostics) {
      if (!d.uri || !d.position) continue;
      const key = uriKey(d.uri);
      const list = this.current.get(key) ?? [];
      if (!list.some((x) => x.message === d.message && x.range.start.line === d.position!.start.line && x.range.start.character === d.position!.start.character)) {
        list.push({ range: d.position, severity: SEVERITY[d.severity], source: SOURCE, code: d.ruleId, message: d.message });
      }
      this.current.set(key, list);
    }
    return config;
  }

  /** Analysis options for a report: its configuration file, overridden by the raw editor settings. */
  optionsFor(uri: string, rawSettings: unknown): AnalyzeOptions {
    return reportOptions(this.configOf(uri), { settings: rawSettings });
  }

  /** Whether the report's configuration ignores it (no diagnostics are published for it). */
  ignored(uri: string): boolean {
    const file = filePath(uri);
    return file !== undefined && isIgnored(this.configOf(uri).ignore, file);
  }

  /** A configuration file changed, appeared or went: forget what was read. */
  changed(): void {
    this.resolver.clear();
    this.current.clear();
  }

  /** Configuration files whose diagnostics changed since the last call, with their new lists. */
  takeChanges(): [string, LspDiagnostic[]][] {
    const out: [string, LspDiagnostic[]][] = [];
    for (const [uri, list] of this.current) {
      const json = JSON.stringify(list);
      if (list.length === 0 && !this.sent.has(uri)) continue;
      if (this.sent.get(uri) !== json) {
        this.sent.set(uri, json);
        out.push([uri, list]);
      }
    }
    for (const uri of [...this.sent.keys()]) {
      if (this.current.has(uri)) continue;
      this.sent.delete(uri);
      out.push([uri, []]);
    }
    return out;
  }
}
