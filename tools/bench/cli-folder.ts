/**
 * The CLI over a large folder (issue 10, point 11): writes N small reports
 * (default 10,000, about 1.5 KB each, in folders of 100, some with numeric
 * errors), then runs `inspection-check` on the folder under `/usr/bin/time -v`
 * for each contender, interleaved round after round so that the machine's
 * load hits every contender alike, and prints the wall time and peak RSS of
 * each, with the load average. Every contender's standard output must be the
 * same bytes (the run says so, or fails).
 *
 *   node out/tools/bench/cli-folder.js [--reports N] [--rounds R] [--format text|json|sarif|github]
 *        [--cli LABEL=PATH/TO/bin/inspection-check.js ...] [--jobs LIST]   (LIST: 1,2,4)
 *
 * Without `--cli`, this checkout's CLI is run with each `--jobs` value.
 * A contender `LABEL=PATH` runs that CLI as it is (no `--jobs`); `LABEL=PATH@N`
 * adds `--jobs N`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../prng.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === name && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1]!);
  });
  return out;
}

/** A small report under the built-in framework: two criteria with findings, percentages right or (1 in 5) wrong. */
export function smallReport(i: number): string {
  const rng = prng(1000 + i);
  const parts = [`---\nframework: hmip-omi-2007\n---\n\n# Inspection of area ${i}\n\n`];
  for (const [section, criterion] of [
    [1, 1],
    [2, 3],
  ] as const) {
    const n = 20 + rng.int(80);
    const k = rng.int(n + 1);
    const right = Math.round((100 * k) / n);
    const pct = rng.chance(0.2) ? right + 3 : right;
    parts.push(`## ${section}.${criterion} Criterion ${section}.${criterion}\n\n${60 + rng.int(30)}%\n\n`);
    parts.push(`### Strengths\n\n- (a) In ${k} of the ${n} cases (${pct}%) the plan had been reviewed on time.\n`);
    parts.push(`- (b) Staff knew the people they supervised well (see ${section}.${criterion}a).\n\n`);
    parts.push(`### Areas for improvement\n\n- (a) Records were not always complete; ${rng.int(10) + 1} files had gaps.\n\n`);
    parts.push(`The criterion was ${rng.pick(['partly', 'largely', 'fully'])} met.\n\n`);
  }
  return parts.join('');
}

interface Contender {
  label: string;
  cli: string;
  jobs?: number;
}

function parseTime(stderr: string): { wall: number; rssKb: number } {
  const wallM = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
  const rssM = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const wall = wallM ? Number(wallM[1] ?? 0) * 3600 + Number(wallM[2]) * 60 + Number(wallM[3]) : NaN;
  return { wall, rssKb: rssM ? Number(rssM[1]) : NaN };
}

function main(): void {
  const reports = Number(arg('--reports') ?? '10000');
  const rounds = Number(arg('--rounds') ?? '1');
  const format = arg('--format') ?? 'text';
  const contenders: Contender[] = [];
  for (const c of args('--cli')) {
    const m = /^([^=]+)=(.+?)(?:@(\d+))?$/.exec(c);
    if (!m) throw new Error(`--cli LABEL=PATH[@JOBS], not ${c}`);
    contenders.push({ label: m[1]!, cli: path.resolve(m[2]!), ...(m[3] ? { jobs: Number(m[3]) } : {}) });
  }
  if (contenders.length === 0) {
    for (const j of (arg('--jobs') ?? '1,2').split(',')) contenders.push({ label: `--jobs ${j}`, cli: path.join(ROOT, 'bin/inspection-check.js'), jobs: Number(j) });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-folder-'));
  try {
    let bytes = 0;
    for (let i = 0; i < reports; i++) {
      const sub = path.join(dir, `area-${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0) fs.mkdirSync(sub);
      const text = smallReport(i);
      bytes += text.length;
      fs.writeFileSync(path.join(sub, `r${String(i).padStart(5, '0')}.inspection.md`), text);
    }
    console.log(`${reports} reports, ${(bytes / 1024 / 1024).toFixed(1)} MB, format ${format}, ${rounds} round(s), ${os.cpus().length} CPUs`);
    const results = new Map<string, { wall: number[]; rss: number[]; load: number[] }>();
    let reference: Buffer | undefined;
    for (let r = 0; r < rounds; r++) {
      for (const c of contenders) {
        const load = os.loadavg()[0]!;
        const argv = ['-v', process.execPath, c.cli, '--format', format, ...(c.jobs !== undefined ? ['--jobs', String(c.jobs)] : []), '.'];
        const run = spawnSync('/usr/bin/time', argv, { cwd: dir, maxBuffer: 1 << 30 });
        const { wall, rssKb } = parseTime(run.stderr.toString());
        if (run.status !== 0 && run.status !== 1) throw new Error(`${c.label}: exit ${run.status}: ${run.stderr.toString().slice(0, 2000)}`);
        if (reference === undefined) reference = run.stdout;
        else if (!reference.equals(run.stdout)) throw new Error(`${c.label}: the output differs from the first contender's`);
        const s = results.get(c.label) ?? { wall: [], rss: [], load: [] };
        s.wall.push(wall);
        s.rss.push(rssKb);
        s.load.push(load);
        results.set(c.label, s);
        console.log(`  round ${r + 1} ${c.label.padEnd(16)} ${wall.toFixed(1).padStart(6)} s  ${(rssKb / 1024).toFixed(0).padStart(5)} MB peak RSS  (load ${load.toFixed(1)} at start, exit ${run.status})`);
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`\nmedian of ${rounds} round(s); every contender's output was the same ${reference?.length ?? 0} bytes`);
    for (const [label, s] of results) console.log(`  ${label.padEnd(16)} ${med(s.wall).toFixed(1).padStart(6)} s  ${(med(s.rss) / 1024).toFixed(0).padStart(5)} MB  (load ${Math.min(...s.load).toFixed(1)}–${Math.max(...s.load).toFixed(1)})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
