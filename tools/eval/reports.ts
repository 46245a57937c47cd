/**
 * Whole reports in the dialect, with planted errors (`test/reports/`): each
 * `<name>.labels.yaml` names its report and the text of every error planted
 * in it, worked out by hand by someone who never ran the checker. Every
 * report is checked the way a user checks it (the CLI, `--format json`), and
 * the findings of the rules that judge figures, conclusions, ratings and
 * references are scored against the labels:
 *
 *   npm run eval:reports -- [--verbose] [--json] [--dir FOLDER]
 *
 * - caught: a planted error that a finding touches (its range, or one of its
 *   related ranges, overlaps the planted text);
 * - false alarm: a finding that touches no planted error. Findings are
 *   counted one by one, so one wrong figure reported twice counts once as
 *   caught and never as a false alarm.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
/** The labelled reports: `test/reports/` unless `--dir` names another folder. */
const DIR = dirArg >= 0 && args[dirArg + 1] ? resolve(args[dirArg + 1]!) : join(ROOT, 'test/reports');
const VERBOSE = args.includes('--verbose');
const JSON_OUT = args.includes('--json');

/** The rules whose findings are about figures and judgements (not layout or house style). */
export const IN_SCOPE = /^(numbers|conclusion|rating|reference)\//;

export const LabelsSchema = z
  .object({
    report: z.string().min(1),
    planted: z
      .array(
        z
          .object({
            at: z.string().min(1),
            kind: z.string().min(1),
            arithmetic: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    'unplanted-doubtful': z
      .array(z.object({ at: z.string().min(1), why: z.string().min(1) }).strict())
      .optional(),
  })
  .strict();
export type Labels = z.infer<typeof LabelsSchema>;

interface Pos {
  line: number;
  column: number;
}
interface JsonDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: Pos; end: Pos };
  related?: { range?: { start: Pos; end: Pos }; path?: string }[];
}

/** Offsets of the starts of lines (1-based line numbers, as the JSON output gives). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function loadLabels(dir = DIR): { file: string; labels?: Labels; error?: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.yaml'))
    .sort()
    .map((file) => {
      try {
        const parsed = LabelsSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
        if (!parsed.success) return { file, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
        return { file, labels: parsed.data };
      } catch (e) {
        return { file, error: String(e) };
      }
    });
}

/** Where a label's text is in the report: it must be there exactly once. */
export function locate(text: string, at: string): { start: number; end: number } | string {
  const i = text.indexOf(at);
  if (i < 0) return `not in the report: ${JSON.stringify(at)}`;
  if (text.indexOf(at, i + 1) >= 0) return `more than once in the report: ${JSON.stringify(at)}`;
  return { start: i, end: i + at.length };
}

function main(): void {
  const sets = loadLabels();
  if (sets.length === 0) {
    console.log('no labelled reports in test/reports');
    return;
  }
  const bad = sets.filter((s) => s.error);
  for (const b of bad) console.error(`${b.file}: ${b.error}`);
  const good = sets.filter((s): s is { file: string; labels: Labels } => s.labels !== undefined);
  const paths = good.map((s) => join(DIR, s.labels.report));
  let out = '';
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'bin/inspection-check.js'), '--format', 'json', '--exit-zero', '--jobs', '1', ...paths], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    console.error(`the checker failed: ${String(e)}`);
    process.exitCode = 2;
    return;
  }
  const json = JSON.parse(out) as { reports: { path: string; diagnostics: JsonDiagnostic[] }[] };
  const rows: { report: string; planted: number; caught: number; falseAlarms: number; findings: number }[] = [];
  const lines: string[] = [];
  for (const s of good) {
    const file = join(DIR, s.labels.report);
    const text = readFileSync(file, 'utf8');
    const starts = lineStarts(text);
    const off = (p: Pos) => (starts[p.line - 1] ?? text.length) + p.column - 1;
    const entry = json.reports.find((r) => resolve(ROOT, r.path) === file);
    const diags = (entry?.diagnostics ?? []).filter((d) => IN_SCOPE.test(d.ruleId));
    const spans = s.labels.planted.map((p) => locate(text, p.at));
    const touches = (d: JsonDiagnostic, sp: { start: number; end: number }) => {
      const ranges = [d.range, ...(d.related ?? []).filter((r) => !r.path || resolve(ROOT, r.path) === file).map((r) => r.range)];
      return ranges.some((r) => r !== undefined && off(r.start) < sp.end && sp.start < Math.max(off(r.end), off(r.start) + 1));
    };
    let caught = 0;
    s.labels.planted.forEach((p, i) => {
      const sp = spans[i]!;
      if (typeof sp === 'string') {
        lines.push(`  ${s.labels.report}: label problem: ${sp}`);
        return;
      }
      const hit = diags.filter((d) => touches(d, sp));
      if (hit.length) caught++;
      else if (VERBOSE) lines.push(`  ${s.labels.report}: missed ${p.kind} at ${JSON.stringify(p.at)} (${p.arithmetic})`);
    });
    const located = spans.filter((x): x is { start: number; end: number } => typeof x !== 'string');
    const alarms = diags.filter((d) => !located.some((sp) => touches(d, sp)));
    if (VERBOSE)
      for (const d of alarms) {
        const a = off(d.range.start);
        lines.push(`  ${s.labels.report}: FALSE ALARM ${d.ruleId} at line ${d.range.start.line} '${text.slice(a, Math.max(a + 1, off(d.range.end))).replace(/\n/g, ' ').slice(0, 80)}': ${d.message}`);
      }
    rows.push({ report: s.labels.report, planted: s.labels.planted.length, caught, falseAlarms: alarms.length, findings: diags.length });
  }
  const total = rows.reduce((t, r) => ({ planted: t.planted + r.planted, caught: t.caught + r.caught, falseAlarms: t.falseAlarms + r.falseAlarms, findings: t.findings + r.findings }), { planted: 0, caught: 0, falseAlarms: 0, findings: 0 });
  if (JSON_OUT) {
    console.log(JSON.stringify({ rows, total }, null, 2));
    return;
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  console.log(`${'report'.padEnd(44)} planted  caught  recall  findings  false alarms`);
  for (const r of [...rows, { report: 'all', ...total }])
    console.log(`${r.report.padEnd(44)} ${String(r.planted).padStart(7)} ${String(r.caught).padStart(7)} ${pct(r.caught, r.planted).padStart(7)} ${String(r.findings).padStart(9)} ${String(r.falseAlarms).padStart(13)}`);
  if (lines.length) console.log(`\n${lines.join('\n')}`);
  if (bad.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
