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
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import type { AnalyzeOptions } from '../core/analyze.js';
import { allRules } from '../core/checks/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { isIgnored } from '../config/options.js';
import { ConfigResolver, type ResolvedConfig } from '../config/resolve.js';
import { addCoverage, claimsTableOf, coverageLine, emptyCoverage } from './claims.js';
import { checkText, type Format, type Outcome, type RunSettings, type Task } from './check-one.js';
import { JSON_HEAD, jsonPiece, jsonTail, SarifCollector, type CheckedFile } from './format.js';
import { githubAnnotation } from './github.js';
import { allowRead, allowedReadFolders, confinedFrameworkResolver, followLink, guardStdout, readReport } from './io.js';
import { runInPool, runInProcess, workersFor } from './pool.js';

export { checkText, fixText, reportUri, type AppliedEdit, type Format } from './check-one.js';

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
  --jobs N          check the reports in N worker threads (default: the machine's parallelism,
                    at most 8, for 64 reports or more; 1: in this process); the output is the same
  --exit-zero       exit 0 even when errors are found (usage, configuration and I/O failures still exit 2)
  --list-frameworks  the built-in frameworks (id and name), then exit
  --help            this text

Exit codes: 0 no errors, 1 errors found or too many warnings, 2 usage, configuration or I/O failure.`;

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
  /** `--jobs N`: worker threads (1: in process); undefined: chosen by the number of reports. */
  jobs?: number;
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
    } else if (name === '--jobs') {
      const { value, next } = optionValue(argv, i);
      i = next;
      if (value === undefined || value === '') return `${name} needs a value`;
      if (!/^\d+$/.test(value) || Number(value) < 1) return `--jobs needs a whole number of at least 1, not '${value}'`;
      args.jobs = Number(value);
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

export function checkFile(file: string, options: AnalyzeOptions): CheckedFile {
  return checkText(file, readReport(file), options);
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

export async function main(argv: string[], out: (s: string) => void = writeStdout, err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
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
  const tasks: Task[] = [];
  for (const file of found) {
    const config = configOf(file);
    for (const d of config.diagnostics) configProblems.set(`${d.uri}:${d.span.start}:${d.message}`, d);
    if (isIgnored(config.ignore, file)) {
      if (explicit.has(file)) err(`inspection-check: ${file} is ignored by ${path.relative(process.cwd(), config.files[0] ?? '') || 'the configuration'}\n`);
      continue;
    }
    tasks.push({ index: tasks.length, file, config: { settings: config.settings, ...(config.framework !== undefined ? { framework: config.framework } : {}) } });
  }
  const configErrors = [...configProblems.values()];
  for (const d of configErrors) err(`${configLine(d)}\n`);
  if (configErrors.length > 0 && args.format === 'github') for (const d of configErrors) out(`${githubAnnotation(d, configPathOf(d), d.position!)}\n`);

  const rules = allRules();
  const settings: RunSettings = {
    format: args.format,
    outline: args.outline,
    claims: args.claims === true,
    quiet: args.quiet,
    // A broken configuration might be meant to turn off what would be fixed: fix nothing then.
    fix: args.fix && configErrors.length === 0,
    ...(args.framework !== undefined ? { framework: resolveFrameworkArg(args.framework) } : {}),
    allowRead: allowedReadFolders(),
    ruleIds: rules.map((r) => r.meta.id),
  };

  // Each report's outcome arrives in report order and is written (or, for what
  // has to wait for the end, kept small: SARIF results, --claims rows, the text
  // output under --fix, whose log comes first), then dropped.
  let errorsFound = 0;
  let warnings = 0;
  let infos = 0;
  let checkedCount = 0;
  const coverage = emptyCoverage();
  const fixLog: string[] = [];
  const claimRows: string[][] = [];
  const sarif = args.format === 'sarif' ? new SarifCollector(rules) : undefined;
  let heldText = '';
  let failed = false;
  const write = async (s: string) => {
    if (s === '') return;
    out(s);
    if (out === writeStdout && process.stdout.writableNeedDrain) await stdoutDrained();
  };
  const consume = async (o: Outcome): Promise<boolean> => {
    if (o.readError !== undefined) {
      err(`inspection-check: cannot read ${o.file}: ${o.readError}\n`);
      failed = true;
      return false;
    }
    if (o.fixedText !== undefined) {
      try {
        fs.writeFileSync(o.file, o.fixedText);
      } catch (e) {
        err(`inspection-check: cannot write ${o.file}: ${(e as Error).message}\n`);
        failed = true;
        return false;
      }
      for (const line of o.fixLog) fixLog.push(line);
    }
    checkedCount++;
    errorsFound += o.errors;
    warnings += o.warnings;
    infos += o.infos;
    addCoverage(coverage, o.coverage);
    if (args.format === 'json') await write(`${checkedCount === 1 ? JSON_HEAD : ''}${jsonPiece(o.output, checkedCount === 1)}`);
    else if (sarif) sarif.add(o.sarif!);
    else if (args.format === 'github' || !args.fix) await write(o.output);
    else heldText += o.output;
    if (o.claimRows) for (const r of o.claimRows) claimRows.push(r);
    return true;
  };
  const workers = workersFor(args.jobs, tasks.length);
  try {
    if (workers === 0) await runInProcess(tasks, settings, consume);
    else await runInPool(tasks, settings, workers, consume, settings.fix ? { serialKey: (t) => realPath(t.file) } : {});
  } catch (e) {
    err(`inspection-check: ${(e as Error).message}\n`);
    return 2;
  }
  if (failed) return 2;
  if (args.fix) {
    const log = fixLog.length > 0 ? `${fixLog.join('\n')}\n` : '';
    const summary = configErrors.length > 0 ? 'not fixing: the configuration has errors\n' : `${plural(fixLog.length, 'fix')} applied\n`;
    if (args.format === 'text') out(`${log}${summary}${fixLog.length > 0 || configErrors.length > 0 ? '\n' : ''}`);
    else err(`${log}${summary}`);
  }

  if (args.format === 'json') {
    out(`${checkedCount === 0 ? JSON_HEAD : ''}${jsonTail(checkedCount)}`);
  } else if (sarif) {
    out(`${JSON.stringify(sarif.log(), null, 2)}\n`);
  } else if (args.format === 'text') {
    if (heldText !== '') out(heldText);
    const ignored = found.length - checkedCount;
    if (args.claims) out(`\n${claimsTableOf(claimRows)}`);
    out(`\n${plural(checkedCount, 'report')} checked${ignored > 0 ? ` (${ignored} ignored)` : ''}: ${plural(errorsFound, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')}; ${coverageLine(coverage)}\n`);
  }
  if (configErrors.length > 0) return 2;
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (tooManyWarnings) err(`inspection-check: ${plural(warnings, 'warning')} found, more than --max-warnings ${args.maxWarnings}\n`);
  if (args.exitZero) return 0;
  return errorsFound > 0 || tooManyWarnings ? 1 : 0;
}

const writeStdout = (s: string): void => void process.stdout.write(s);

/** Resolves when standard output has taken what was written (or is closed). */
function stdoutDrained(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('close', done);
    process.stdout.on('error', done);
  });
}

/** A report's real path (`--fix` in the pool: two links to one file are fixed one after the other). */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
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
