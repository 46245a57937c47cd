/**
 * One report through the CLI: read, fix (the fixed text is returned, the
 * caller writes it), analyse, and render what the chosen format prints for
 * it. The same function runs in process (`--jobs 1`) and in each worker of
 * the pool (`worker.ts`), so both give the same bytes. What is returned is
 * plain data (strings and numbers), small next to an analysis, and can be
 * posted between threads.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type AnalysisResult, type AnalyzeOptions } from '../core/analyze.js';
import type { Severity } from '../core/model.js';
import type { ClaimCoverage } from '../core/numbers/coverage.js';
import { fixAllEdits } from '../core/fixes.js';
import { LineIndex } from '../core/text.js';
import { reportOptions } from '../config/options.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { claimCoverage, claimRows } from './claims.js';
import { diagnosticPath, diagnosticRange, jsonElement, jsonEntry, sarifResults, type CheckedFile, type SarifResult } from './format.js';
import { githubAnnotation } from './github.js';
import { allowRead, allowedReadFolders, confinedFrameworkResolver, readReport } from './io.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';

/** What every report of one run shares (posted once to each worker). */
export interface RunSettings {
  format: Format;
  outline: boolean;
  claims: boolean;
  quiet: boolean;
  /** `--fix`, and the configuration has no errors. */
  fix: boolean;
  /** `--framework`, resolved (`resolveFrameworkArg`). */
  framework?: string;
  /** Every folder allowed with `--allow-read` so far (absolute). */
  allowRead: string[];
  /** The registry's rule ids (SARIF: the others are listed as extra rules). */
  ruleIds: string[];
}

/** The part of a resolved configuration that the analysis options come from. */
export type TaskConfig = Pick<ResolvedConfig, 'settings' | 'framework'>;

export interface Task {
  index: number;
  file: string;
  config: TaskConfig;
}

/** What one report gives: everything the output needs from it, and nothing more. */
export interface Outcome {
  index: number;
  file: string;
  /** The report could not be read: the run stops with this message (exit 2). */
  readError?: string;
  /** `--fix` changed the text: the caller writes it (in report order), then prints `fixLog`. */
  fixedText?: string;
  fixLog: string[];
  errors: number;
  warnings: number;
  infos: number;
  coverage: ClaimCoverage;
  /** text: the diagnostic lines; github: the annotation lines; json: the report's entry (`jsonElement`). */
  output: string;
  claimRows?: string[][];
  sarif?: { results: SarifResult[]; extra: [string, Severity][] };
}

export function reportUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

function frameworkLines(result: AnalysisResult): LineIndex | undefined {
  return result.frameworkSource ? new LineIndex(result.frameworkSource.text) : undefined;
}

export function checkText(file: string, text: string, options: AnalyzeOptions): CheckedFile {
  const result = analyze(text, reportUri(file), options);
  return { path: file, result, frameworkLines: frameworkLines(result) };
}

/** One applied edit, for the `--fix` log (positions in the text before that pass). */
export interface AppliedEdit {
  line: number;
  character: number;
  before: string;
  after: string;
  ruleId: string;
}

const MAX_FIX_PASSES = 10;

/**
 * Applies the bulk fixes (`fixAllEdits`, the editor's Fix all) until none is
 * left or nothing changes, so that a second run changes nothing.
 */
export function fixText(file: string, text: string, options: AnalyzeOptions): { text: string; applied: AppliedEdit[] } {
  const applied: AppliedEdit[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const result = analyze(current, reportUri(file), options);
    const { edits, diagnostics } = fixAllEdits(result);
    if (edits.length === 0) break;
    const owner = new Map<string, string>();
    for (const d of diagnostics) for (const e of d.fix!.edits) owner.set(`${e.span.start}:${e.span.end}`, d.ruleId);
    let next = current;
    for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) next = next.slice(0, e.span.start) + e.newText + next.slice(e.span.end);
    if (next === current) break;
    for (const e of edits) {
      const pos = result.lines.positionAt(e.span.start);
      applied.push({ line: pos.line, character: pos.character, before: current.slice(e.span.start, e.span.end), after: e.newText, ruleId: owner.get(`${e.span.start}:${e.span.end}`) ?? 'reference update' });
    }
    current = next;
  }
  return { text: current, applied };
}

/** The analysis options of a report, as the CLI has always made them. */
export function taskOptions(config: TaskConfig, settings: RunSettings): AnalyzeOptions {
  const full: ResolvedConfig = { files: [], settings: config.settings, ignore: [], diagnostics: [], ...(config.framework !== undefined ? { framework: config.framework } : {}) };
  const options = reportOptions(full, settings.framework !== undefined ? { framework: settings.framework } : {});
  options.resolveFramework = confinedFrameworkResolver();
  return options;
}

/** Makes this thread's `--allow-read` folders those of the run (a worker starts with none). */
export function adoptAllowRead(settings: RunSettings): void {
  const have = new Set(allowedReadFolders());
  allowRead(settings.allowRead.filter((d) => !have.has(d)));
}

/** Reads, fixes, analyses and renders one report. Never throws for a report it cannot read. */
export function checkOne(task: Task, settings: RunSettings, ruleIds: ReadonlySet<string>): Outcome {
  const { file } = task;
  const none: ClaimCoverage = { numbers: 0, checked: 0, unresolved: 0, inconsistent: 0 };
  let text: string;
  try {
    text = readReport(file);
  } catch (e) {
    return { index: task.index, file, readError: (e as Error).message, fixLog: [], errors: 0, warnings: 0, infos: 0, coverage: none, output: '' };
  }
  const options = taskOptions(task.config, settings);
  const fixLog: string[] = [];
  let fixedText: string | undefined;
  if (settings.fix) {
    const fixed = fixText(file, text, options);
    if (fixed.text !== text) {
      for (const a of fixed.applied) fixLog.push(`${file}:${a.line + 1}:${a.character + 1} fixed ${JSON.stringify(a.before)} → ${JSON.stringify(a.after)} [${a.ruleId}]`);
      text = fixedText = fixed.text;
    }
  }
  const c = checkText(file, text, options);
  if (settings.quiet) c.result = { ...c.result, diagnostics: c.result.diagnostics.filter((d) => d.severity === 'error') };
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of c.result.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  const outcome: Outcome = { index: task.index, file, fixLog, errors, warnings, infos, coverage: claimCoverage(c.result.report), output: '' };
  if (fixedText !== undefined) outcome.fixedText = fixedText;
  if (settings.format === 'json') outcome.output = jsonElement(jsonEntry(c, settings.outline));
  else if (settings.format === 'sarif') outcome.sarif = sarifResults(c, ruleIds);
  else if (settings.format === 'github') {
    let s = '';
    for (const d of c.result.diagnostics) s += `${githubAnnotation(d, diagnosticPath(c, d), diagnosticRange(c, d))}\n`;
    outcome.output = s;
  } else {
    let s = '';
    for (const d of c.result.diagnostics) {
      const r = diagnosticRange(c, d);
      s += `${diagnosticPath(c, d)}:${r.start.line + 1}:${r.start.character + 1} ${d.severity} ${d.message} [${d.ruleId}]\n`;
    }
    outcome.output = s;
    if (settings.claims) outcome.claimRows = claimRows(c);
  }
  return outcome;
}
