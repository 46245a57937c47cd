/**
 * `inspection-check`: the command-line checker. It reuses the analysis core
 * and adds what the core must not do: reading configuration and report
 * files, writing fixes and printing.
 *
 * Exit codes: 0 no errors, 1 errors found (or more warnings than
 * `--max-warnings`), 2 usage, configuration or I/O failure. With `--fix`, the
 * exit code says what remains after fixing.
 */
import { listFrameworks } from './list-frameworks.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { analyze, type AnalysisResult, type AnalyzeOptions, type FrameworkSource } from '../core/analyze.js';
import { allRules } from '../core/checks/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { fixAllEdits } from '../core/fixes.js';
import { LineIndex } from '../core/text.js';
import { isIgnored, reportOptions } from '../config/options.js';
import { ConfigResolver, type ResolvedConfig } from '../config/resolve.js';
import { claimsTable, coverageSummary } from './claims.js';
import { diagnosticPath, diagnosticRange, toJson, toSarif, type CheckedFile } from './format.js';
import { githubAnnotation } from './github.js';
import { allowRead, confinedFrameworkResolver, followLink, guardStdout, readReport } from './io.js';

const USAGE = `usage: inspection-check [options] [paths or globs...]
       inspection-check render [--format html|docx] [-o OUT] REPORT   (see render --help)

Checks inspection reports (*.inspection.md). Paths are files or folders
(searched recursively); quoted glob patterns ('reports/**/*.inspection.md')
match Markdown files. The default is seeds/. Each report uses the nearest
.inspectionrc.yaml (.yml, .json) found upwards from its folder.

  --format text     one line per finding, path:line:col severity message [rule-id] (default)
  --format json     the report model and findings as JSON
  --format sarif    SARIF 2.1.0, for code-scanning uploaders
  --format github   GitHub Actions workflow annotations (::error file=...::message)
  --outline         with json: criteria only, no diagnostics
  --claims          print the numeric claims as a table (verdict, kind, claim, arithmetic)
  --fix             apply the preferred fixes of errors and warnings (as the editor's Fix all),
                    write the files in place and print what changed
  --config FILE     use this configuration file for every report (no search)
  --framework ID|PATH  the framework for reports whose front matter names none
  --max-warnings N  exit 1 when there are more than N warnings
  --quiet           report errors only
  --allow-read DIR  framework files may also be read from DIR (by default only the report's
                    folder and the working folder, after symlinks; repeatable)
  --exit-zero       exit 0 even when errors are found (usage, configuration and I/O failures still exit 2)
  --list-frameworks  the built-in frameworks (id and name), then exit
  --help            this text

Exit codes: 0 no errors, 1 errors found or too many warnings, 2 usage, configuration or I/O failure.`;

export type Format = 'text' | 'json' | 'sarif' | 'github';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

export interface Args {
  format: Format;
  outline: boolean;
  claims?: boolean;
  exitZero: boolean;
  fix: boolean;
  quiet: boolean;
  config?: string;
  framework?: string;
  maxWarnings?: number;
  allowRead?: string[];
  paths: string[];
}

/** The value of `--name VALUE` or `--name=VALUE`; undefined when missing. */
function optionValue(argv: string[], i: number): { value: string | undefined; next: number } {
  const a = argv[i]!;
  if (a.includes('=')) return { value: a.slice(a.indexOf('=') + 1), next: i };
  const v = argv[i + 1];
  return { value: v === undefined || (v.startsWith('--') && v.length > 2) ? undefined : v, next: i + 1 };
}

export function parseArgs(argv: string[]): Args | 'help' | string {
  const args: Args = { format: 'text', outline: false, exitZero: false, fix: false, quiet: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--outline') args.outline = true;
    else if (a === '--claims') args.claims = true;
    else if (a === '--exit-zero') args.exitZero = true;
    else if (a === '--fix') args.fix = true;
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (name === '--allow-read') {
      const { value, next } = optionValue(argv, i);
      i = next;
      if (value === undefined || value === '') return `${name} needs a value`;
      (args.allowRead ??= []).push(value);
    } else if (name === '--format' || name === '--config' || name === '--framework' || name === '--max-warnings') {
      const { value, next } = optionValue(argv, i);
      i = next;
      if (value === undefined || value === '') return `${name} needs a value`;
      if (name === '--format') {
        if (!FORMATS.includes(value as Format)) return `unknown format '${value}': use ${FORMATS.join(', ')}`;
        args.format = value as Format;
      } else if (name === '--config') args.config = value;
      else if (name === '--framework') args.framework = value;
      else {
        if (!/^\d+$/.test(value)) return `--max-warnings needs a whole number, not '${value}'`;
        args.maxWarnings = Number(value);
      }
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) args.paths.push('seeds');
  return args;
}

const skipDir = (name: string) => name === 'node_modules' || name.startsWith('.');

function walkFiles(dir: string, errors: string[], keep: (file: string) => boolean, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(`cannot read folder ${dir}: ${(err as Error).message}`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (skipDir(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, errors, keep, out);
    else if (e.isFile() && keep(p)) out.push(p);
    else if (e.isSymbolicLink() && keep(p) && followLink(p)) out.push(p);
  }
}

/**
 * Finds report files under the given paths and glob patterns, in a stable
 * order and without duplicates. `explicit` holds the files named one by one.
 */
export function collectFiles(paths: string[]): { files: string[]; errors: string[]; explicit: Set<string> } {
  const files: string[] = [];
  const errors: string[] = [];
  const explicit = new Set<string>();
  for (const p of paths) {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(p);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) walkFiles(p, errors, (f) => f.endsWith('.inspection.md'), files);
    else if (st) {
      files.push(p);
      explicit.add(p);
    } else if (picomatch.scan(p).isGlob) {
      const { base } = picomatch.scan(p);
      const isMatch = picomatch(p.replace(/\\/g, '/'), { dot: false });
      const found: string[] = [];
      const root = base === '' ? '.' : base;
      if (fs.existsSync(root)) walkFiles(root, errors, (f) => f.endsWith('.md') && isMatch((base === '' ? path.relative('.', f) : f).split(path.sep).join('/')), found);
      if (found.length === 0) errors.push(`no files match ${p}`);
      files.push(...found);
    } else errors.push(`no such file or folder: ${p}`);
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => (seen.has(path.resolve(f)) ? false : (seen.add(path.resolve(f)), true))), errors, explicit };
}

/** Reads framework files relative to the report, as the core asks: confined and checked (cli/io.ts). */
export function fileFrameworkResolver(): AnalyzeOptions['resolveFramework'] {
  return confinedFrameworkResolver();
}

export function reportUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

export function checkText(file: string, text: string, options: AnalyzeOptions): CheckedFile {
  const result = analyze(text, reportUri(file), options);
  return { path: file, result, frameworkLines: frameworkLines(result) };
}

export function checkFile(file: string, options: AnalyzeOptions): CheckedFile {
  return checkText(file, readReport(file), options);
}

function frameworkLines(result: AnalysisResult): LineIndex | undefined {
  return result.frameworkSource ? new LineIndex(result.frameworkSource.text) : undefined;
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

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : /(x|s|ch)$/.test(w) ? 'es' : 's'}`;

function configLine(d: Diagnostic): string {
  let p = d.uri ?? '';
  try {
    p = path.relative(process.cwd(), fileURLToPath(d.uri!)) || p;
  } catch {
    // Not a file uri: print it as it is.
  }
  const at = d.position?.start ?? { line: 0, character: 0 };
  return `${p}:${at.line + 1}:${at.character + 1} ${d.severity} ${d.message} [${d.ruleId}]`;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  guardStdout();
  // `inspection-check render ...`: export (server/src/cli/render.ts).
  if (argv[0] === 'render') return (await import('./render.js')).render(argv.slice(1), out, err, fileFrameworkResolver());
  if (argv.includes('--list-frameworks')) {
    out(listFrameworks());
    return 0;
  }
  const args = parseArgs(argv);
  if (args === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    err(`inspection-check: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (args.config !== undefined && !fs.existsSync(args.config)) {
    err(`inspection-check: no such configuration file: ${args.config}\n`);
    return 2;
  }
  if (args.allowRead) allowRead(args.allowRead);
  const { files: found, errors, explicit } = collectFiles(args.paths);
  for (const e of errors) err(`inspection-check: ${e}\n`);
  if (errors.length > 0) return 2;
  if (found.length === 0) {
    err(`inspection-check: no *.inspection.md files in ${args.paths.join(', ')}\n`);
    return 2;
  }

  // Configuration: one file for all (--config), or the nearest per report.
  const resolver = new ConfigResolver();
  const configOf = (file: string): ResolvedConfig => (args.config !== undefined ? resolver.fromFile(args.config) : resolver.forReport(file));
  const configProblems = new Map<string, Diagnostic>();
  const files: { file: string; options: AnalyzeOptions }[] = [];
  for (const file of found) {
    const config = configOf(file);
    for (const d of config.diagnostics) configProblems.set(`${d.uri}:${d.span.start}:${d.message}`, d);
    if (isIgnored(config.ignore, file)) {
      if (explicit.has(file)) err(`inspection-check: ${file} is ignored by ${path.relative(process.cwd(), config.files[0] ?? '') || 'the configuration'}\n`);
      continue;
    }
    const options = reportOptions(config, args.framework !== undefined ? { framework: resolveFrameworkArg(args.framework) } : {});
    options.resolveFramework = fileFrameworkResolver();
    files.push({ file, options });
  }
  const configErrors = [...configProblems.values()];
  for (const d of configErrors) err(`${configLine(d)}\n`);
  if (configErrors.length > 0 && args.format === 'github') for (const d of configErrors) out(`${githubAnnotation(d, configPathOf(d), d.position!)}\n`);

  const checked: CheckedFile[] = [];
  const fixLog: string[] = [];
  for (const { file, options } of files) {
    let text: string;
    try {
      text = readReport(file);
    } catch (e) {
      err(`inspection-check: cannot read ${file}: ${(e as Error).message}\n`);
      return 2;
    }
    // A broken configuration might be meant to turn off what would be fixed: fix nothing then.
    if (args.fix && configErrors.length === 0) {
      const fixed = fixText(file, text, options);
      if (fixed.text !== text) {
        try {
          fs.writeFileSync(file, fixed.text);
        } catch (e) {
          err(`inspection-check: cannot write ${file}: ${(e as Error).message}\n`);
          return 2;
        }
        for (const a of fixed.applied) fixLog.push(`${file}:${a.line + 1}:${a.character + 1} fixed ${JSON.stringify(a.before)} → ${JSON.stringify(a.after)} [${a.ruleId}]`);
        text = fixed.text;
      }
    }
    const c = checkText(file, text, options);
    if (args.quiet) c.result = { ...c.result, diagnostics: c.result.diagnostics.filter((d) => d.severity === 'error') };
    checked.push(c);
  }
  if (args.fix) {
    const log = fixLog.length > 0 ? `${fixLog.join('\n')}\n` : '';
    const summary = configErrors.length > 0 ? 'not fixing: the configuration has errors\n' : `${plural(fixLog.length, 'fix')} applied\n`;
    if (args.format === 'text') out(`${log}${summary}${fixLog.length > 0 || configErrors.length > 0 ? '\n' : ''}`);
    else err(`${log}${summary}`);
  }

  let errorsFound = 0;
  let warnings = 0;
  let infos = 0;
  for (const c of checked) {
    for (const d of c.result.diagnostics) {
      if (d.severity === 'error') errorsFound++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }

  if (args.format === 'json') {
    out(`${JSON.stringify(toJson(checked, args.outline), null, 2)}\n`);
  } else if (args.format === 'sarif') {
    out(`${JSON.stringify(toSarif(checked, allRules()), null, 2)}\n`);
  } else if (args.format === 'github') {
    for (const c of checked) for (const d of c.result.diagnostics) out(`${githubAnnotation(d, diagnosticPath(c, d), diagnosticRange(c, d))}\n`);
  } else {
    for (const c of checked) {
      for (const d of c.result.diagnostics) {
        const r = diagnosticRange(c, d);
        out(`${diagnosticPath(c, d)}:${r.start.line + 1}:${r.start.character + 1} ${d.severity} ${d.message} [${d.ruleId}]\n`);
      }
    }
    const ignored = found.length - checked.length;
    if (args.claims) out(`\n${claimsTable(checked)}`);
    out(`\n${plural(checked.length, 'report')} checked${ignored > 0 ? ` (${ignored} ignored)` : ''}: ${plural(errorsFound, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')}; ${coverageSummary(checked)}\n`);
  }
  if (configErrors.length > 0) return 2;
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (tooManyWarnings) err(`inspection-check: ${plural(warnings, 'warning')} found, more than --max-warnings ${args.maxWarnings}\n`);
  if (args.exitZero) return 0;
  return errorsFound > 0 || tooManyWarnings ? 1 : 0;
}

/** `--framework`: a built-in id as it is, a path made absolute (relative to the working folder). */
function resolveFrameworkArg(ref: string): string {
  return /[/\\]|\.(ya?ml|json)$/i.test(ref) ? path.resolve(ref) : ref;
}

function configPathOf(d: Diagnostic): string {
  try {
    return path.relative(process.cwd(), fileURLToPath(d.uri!));
  } catch {
    return d.uri ?? '';
  }
}
