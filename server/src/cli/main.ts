/**
 * `inspection-check`: the command-line checker. It reuses the analysis core
 * and adds what the core must not do: reading files and printing.
 *
 * Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.
 */
import { listFrameworks } from './list-frameworks.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, type AnalysisResult, type AnalyzeOptions, type FrameworkSource } from '../core/analyze.js';
import { allRules } from '../core/checks/index.js';
import { LineIndex } from '../core/text.js';
import { diagnosticPath, diagnosticRange, toJson, toSarif, type CheckedFile } from './format.js';

const USAGE = `usage: inspection-check [--format text|json|sarif] [--outline] [--exit-zero] [paths...]
       inspection-check render [--format html|docx] [-o OUT] REPORT   (see render --help)

Checks inspection reports (*.inspection.md). Paths are files or folders
(searched recursively); the default is seeds/.

  --format text   one line per finding, path:line:col severity message [rule-id] (default)
  --format json   the report model and findings as JSON
  --format sarif  SARIF 2.1.0, for code-scanning uploaders
  --outline       with json: criteria only, no diagnostics
  --exit-zero     exit 0 even when errors are found (I/O and usage failures still exit 2)
  --list-frameworks  the built-in frameworks (id and name), then exit
  --help          this text

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.`;

interface Args {
  format: 'text' | 'json' | 'sarif';
  outline: boolean;
  exitZero: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { format: 'text', outline: false, exitZero: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--outline') args.outline = true;
    else if (a === '--exit-zero') args.exitZero = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return `unknown format '${v ?? ''}': use text, json or sarif`;
      args.format = v;
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) args.paths.push('seeds');
  return args;
}

/** Finds report files under the given paths, in a stable order. */
export function collectFiles(paths: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      errors.push(`cannot read folder ${dir}: ${(err as Error).message}`);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.inspection.md')) files.push(p);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push(`no such file or folder: ${p}`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

/** Reads framework files relative to the report, as the core asks. */
export function fileFrameworkResolver(): AnalyzeOptions['resolveFramework'] {
  return (ref: string, reportUri: string): FrameworkSource | undefined => {
    try {
      const p = path.resolve(path.dirname(fileURLToPath(reportUri)), ref);
      return { uri: pathToFileURL(p).href, text: fs.readFileSync(p, 'utf8') };
    } catch {
      return undefined;
    }
  };
}

export function checkFile(file: string, options: AnalyzeOptions): CheckedFile {
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(path.resolve(file)).href;
  const result = analyze(text, uri, options);
  return { path: file, result, frameworkLines: frameworkLines(result) };
}

function frameworkLines(result: AnalysisResult): LineIndex | undefined {
  return result.frameworkSource ? new LineIndex(result.frameworkSource.text) : undefined;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
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
  const { files, errors } = collectFiles(args.paths);
  for (const e of errors) err(`inspection-check: ${e}\n`);
  if (errors.length > 0) return 2;
  if (files.length === 0) {
    err(`inspection-check: no *.inspection.md files in ${args.paths.join(', ')}\n`);
    return 2;
  }
  const options: AnalyzeOptions = { resolveFramework: fileFrameworkResolver() };
  const checked: CheckedFile[] = [];
  for (const f of files) {
    try {
      checked.push(checkFile(f, options));
    } catch (e) {
      err(`inspection-check: cannot read ${f}: ${(e as Error).message}\n`);
      return 2;
    }
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
  } else {
    for (const c of checked) {
      for (const d of c.result.diagnostics) {
        const r = diagnosticRange(c, d);
        out(`${diagnosticPath(c, d)}:${r.start.line + 1}:${r.start.character + 1} ${d.severity} ${d.message} [${d.ruleId}]\n`);
      }
    }
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    out(`\n${plural(checked.length, 'report')} checked: ${plural(errorsFound, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')}\n`);
  }
  return errorsFound > 0 && !args.exitZero ? 1 : 0;
}
