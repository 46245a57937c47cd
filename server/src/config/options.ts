/**
 * What a configuration and the editor settings mean for one report: the
 * analysis options, and whether the report is ignored. The CLI and the
 * language server both use this, so that they give the same diagnostics for
 * the same file and configuration. Editor settings override the file.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { AnalyzeOptions } from '../core/index.js';
import { analyzeOptionsOf, parseSettings } from '../lsp/settings.js';
import { presetsAsObjects } from './conventions.js';
import { mergeSettings, type IgnoreGlobs, type ResolvedConfig } from './resolve.js';

export interface ReportOverrides {
  /** Raw editor settings (the `inspectionReport` section): they override the file. */
  settings?: unknown;
  /** `--framework ID|PATH` of the CLI: overrides the file's `framework`. */
  framework?: string;
}

/** The analysis options for a report under `config` (without the framework reader). */
export function reportOptions(config: ResolvedConfig, overrides: ReportOverrides = {}): AnalyzeOptions {
  const raw = overrides.settings && typeof overrides.settings === 'object' && !Array.isArray(overrides.settings) ? (overrides.settings as Record<string, unknown>) : {};
  const options = analyzeOptionsOf(parseSettings(mergeSettings(config.settings, presetsAsObjects(raw))));
  const framework = overrides.framework ?? config.framework;
  if (framework !== undefined) options.defaultFramework = framework;
  return options;
}

const matchers = new Map<string, (p: string) => boolean>();

/** Whether a report file is ignored by the `ignore` globs that apply to it (relative to each file listing them). */
export function isIgnored(ignore: readonly IgnoreGlobs[], file: string): boolean {
  const abs = path.resolve(file);
  for (const g of ignore) {
    const rel = path.relative(g.base, abs).split(path.sep).join('/');
    if (rel.startsWith('../') || path.isAbsolute(rel)) continue;
    for (const p of g.patterns) {
      let m = matchers.get(p);
      if (!m) {
        m = picomatch(p.replace(/^\.\//, ''), { dot: true });
        matchers.set(p, m);
      }
      // A folder pattern (`drafts` or `drafts/`) ignores what is inside it.
      if (m(rel) || rel.split('/').some((_, i, parts) => m!(parts.slice(0, i + 1).join('/')) && i < parts.length - 1)) return true;
    }
  }
  return false;
}
