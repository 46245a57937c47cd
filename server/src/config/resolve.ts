/**
 * Finds and reads configuration files (I/O, so outside the core). The
 * nearest `.inspectionrc.{yaml,yml,json}` searching upwards from a report's
 * folder applies to it (nested files apply to their own folders, the nearest
 * winning); `extends:` names other files, relative to the one that names
 * them, which it then overrides. Never throws: every problem is a located
 * diagnostic in the file it concerns.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import type { Diagnostic } from '../core/index.js';
import { presetsAsObjects } from './conventions.js';
import { parseConfig } from './parse.js';
import { CONFIG_FILE_NAMES, CONFIG_RULE, type ConfigData } from './schema.js';

export interface IgnoreGlobs {
  /** The folder of the file that lists them: globs are relative to it. */
  base: string;
  patterns: string[];
}

export interface ResolvedConfig {
  /** The files that apply: the nearest (or the one given) first, then those it extends. Empty: none. */
  files: string[];
  /** The editor-settings part (`rules`, `rounding`, `quantifiers`, `style`), merged over `extends`. */
  settings: Record<string, unknown>;
  /** The framework for reports that name none: a built-in id, or an absolute path. */
  framework?: string;
  ignore: IgnoreGlobs[];
  /** Problems in the configuration files, each with the file's uri and a position. */
  diagnostics: Diagnostic[];
}

export const EMPTY_CONFIG: ResolvedConfig = { files: [], settings: {}, ignore: [], diagnostics: [] };

const SETTINGS_KEYS = ['rules', 'rounding', 'quantifiers', 'style'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings objects merged key by key (`rules` entry by entry); anything else is replaced. */
export function mergeSettings(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    // Unset: null, or an empty object (the default of an object setting such as `inspectionReport.style`).
    if (v === undefined || v === null || (isObject(v) && Object.keys(v).length === 0)) continue;
    out[k] = isObject(v) && isObject(out[k]) ? mergeSettings(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

const looksLikePath = (ref: string) => /[/\\]|\.(ya?ml|json)$/i.test(ref);

export interface ResolverOptions {
  /** Where the upward search stops for a report (the workspace folder); default: the user's home or the root. */
  stopDir?: (file: string) => string | undefined;
  /** Reads a file; default: from disk. Returns undefined when it cannot be read. */
  read?: (file: string) => string | undefined;
}

export class ConfigResolver {
  private readonly searchers = new Map<string, ReturnType<typeof lilconfigSync>>();
  private readonly loaded = new Map<string, ResolvedConfig>();

  constructor(private readonly options: ResolverOptions = {}) {}

  private read(file: string): string | undefined {
    if (this.options.read) return this.options.read(file);
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The nearest configuration file for a report, or undefined. */
  nearestFile(reportFile: string): string | undefined {
    const stopDir = this.options.stopDir?.(reportFile);
    const key = stopDir ?? '';
    let searcher = this.searchers.get(key);
    if (!searcher) {
      const raw = (_file: string, content: string) => ({ text: content });
      searcher = lilconfigSync('inspection', {
        searchPlaces: [...CONFIG_FILE_NAMES],
        loaders: { '.yaml': raw, '.yml': raw, '.json': raw },
        ignoreEmptySearchPlaces: false,
        ...(stopDir ? { stopDir } : {}),
      });
      this.searchers.set(key, searcher);
    }
    let found: LilconfigResult = null;
    try {
      found = searcher.search(path.dirname(path.resolve(reportFile)));
    } catch {
      found = null;
    }
    return found?.filepath || undefined;
  }

  /** The configuration that applies to a report. */
  forReport(reportFile: string): ResolvedConfig {
    const file = this.nearestFile(reportFile);
    return file ? this.fromFile(file) : EMPTY_CONFIG;
  }

  /** One configuration file and what it extends. */
  fromFile(configFile: string): ResolvedConfig {
    const abs = path.resolve(configFile);
    const hit = this.loaded.get(abs);
    if (hit) return hit;
    const result = this.load(abs, []);
    this.loaded.set(abs, result);
    return result;
  }

  /** Forgets every file read (after a configuration file changed on disk). */
  clear(): void {
    this.loaded.clear();
    for (const s of this.searchers.values()) s.clearCaches();
  }

  private load(file: string, chain: string[]): ResolvedConfig {
    const uri = pathToFileURL(file).href;
    const text = this.read(file);
    if (text === undefined) {
      return { ...EMPTY_CONFIG, files: [file], diagnostics: [{ ruleId: CONFIG_RULE, severity: 'error', message: `cannot read the configuration file ${file}`, uri, span: { start: 0, end: 0 }, position: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
    }
    const parsed = parseConfig(text, uri);
    const dir = path.dirname(file);
    const diagnostics = [...parsed.diagnostics];
    const files = [file];
    let settings: Record<string, unknown> = {};
    let framework: string | undefined;
    const ignore: IgnoreGlobs[] = [];
    const bases = parsed.data.extends === undefined ? [] : Array.isArray(parsed.data.extends) ? parsed.data.extends : [parsed.data.extends];
    bases.forEach((ref, i) => {
      const target = path.resolve(dir, ref);
      const span = parsed.locate(Array.isArray(parsed.data.extends) ? ['extends', i] : ['extends']);
      if (target === file || chain.includes(target)) {
        diagnostics.push(parsed.at(span, `extends: '${ref}' leads back to this file (a cycle): it is not read again`));
        return;
      }
      if (this.read(target) === undefined) {
        diagnostics.push(parsed.at(span, `extends: cannot read '${ref}' (paths are relative to this file)`));
        return;
      }
      const base = this.load(target, [...chain, file]);
      files.push(...base.files);
      diagnostics.push(...base.diagnostics);
      settings = mergeSettings(settings, base.settings);
      if (base.framework !== undefined) framework = base.framework;
      ignore.push(...base.ignore);
    });
    const own: Record<string, unknown> = {};
    for (const k of SETTINGS_KEYS) if (parsed.data[k] !== undefined) own[k] = parsed.data[k];
    settings = mergeSettings(settings, presetsAsObjects(own));
    if (parsed.data.framework !== undefined) framework = looksLikePath(parsed.data.framework) ? path.resolve(dir, parsed.data.framework) : parsed.data.framework;
    if (parsed.data.ignore?.length) ignore.push({ base: dir, patterns: parsed.data.ignore });
    return { files, settings, ...(framework !== undefined ? { framework } : {}), ignore, diagnostics };
  }
}

export type { ConfigData };
