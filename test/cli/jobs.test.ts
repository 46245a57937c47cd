/**
 * `--jobs N` (issue 10, point 11): reports checked in a pool of worker
 * threads give the same bytes, exit code and files as in process, in every
 * format, with `--fix`, `--claims`, `--quiet`, `--outline`, `--max-warnings`,
 * configuration files and ignore globs; the streamed JSON and SARIF are what
 * one `JSON.stringify` of all reports gives.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempFolders } from './folders.js';
import { allRules } from '../../server/src/core/checks/index.js';
import { checkText, main } from '../../server/src/cli/main.js';
import { toJson, toSarif } from '../../server/src/cli/format.js';
import { fileFrameworkResolver, parseArgs } from '../../server/src/cli/main.js';
import { AUTO_POOL_MIN_REPORTS, workersFor } from '../../server/src/cli/pool.js';
import { ROOT, SEED_PATH } from '../core/helpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

const FW = 'id: tiny\nname: Tiny\nsections:\n  - id: "1"\n    title: One\n    scoreKind: percentage\n    criteria:\n      - id: "1.1"\n        title: First\n';

/** Reports of varied shapes: right and wrong percentages, a skipped letter, a framework file, no framework. */
function reports(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 9; i++) {
    const n = 12 + i * 7;
    const k = 3 + i;
    const pct = Math.round((100 * k) / n) + (i % 3 === 0 ? 4 : 0);
    files[`a/r${i}.inspection.md`] =
      `---\nframework: hmip-omi-2007\n---\n\n## 2.${(i % 4) + 1} Criterion\n\n${50 + i}%\n\n### Strengths\n\n- (a) Of the ${n} cases, ${k} (${pct}%) had a plan.\n` +
      (i % 2 === 0 ? '- (c) A letter is skipped.\n' : '- (b) Staff were visible (see 2.1z).\n');
  }
  files['b/fw.yaml'] = FW;
  files['b/own.inspection.md'] = '---\nframework: ./fw.yaml\n---\n\n# 1. One\n\n## 1.1 First\n\n75%\n\nIn 9 of 12 cases (80%) it was done.\n';
  files['b/none.inspection.md'] = '# A report with no framework\n\nHalf of the 30 staff (50%) said so; 7 of 20 (30%) did not.\n';
  files['c/.inspectionrc.yaml'] = 'rules:\n  numbers/percentage-mismatch: warning\n  structure/finding-letters: off\nignore:\n  - drafts\n';
  files['c/seed.inspection.md'] = '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n- (a) It was done in 36% (12) of the 36 cases.\n- (b) And in 9 of the 12 (70%) visits.\n';
  files['c/drafts/skip.inspection.md'] = '# ignored\n';
  files['c/tail.inspection.md'] = '---\nframework: hmip-omi-2007\n---\n\n## 1.1 Criterion\n\n- (a) 5 of 8 (60%).\n- (c) Skipped.\n';
  return files;
}

describe('cli: --jobs N checks reports in worker threads with the same output', function () {
  this.timeout(300_000);
  const folder = tempFolders('inspection-jobs-');

  it('parses --jobs N and --jobs=N, and refuses 0, words and a missing value (exit 2)', async () => {
    assert.equal((parseArgs(['--jobs', '3', 'x']) as { jobs: number }).jobs, 3);
    assert.equal((parseArgs(['--jobs=2']) as { jobs: number }).jobs, 2);
    for (const bad of [['--jobs', '0'], ['--jobs', 'two'], ['--jobs'], ['--jobs=-1']]) {
      const r = await run([...bad, SEED_PATH]);
      assert.equal(r.code, 2, bad.join(' '));
      assert.match(r.err, /--jobs needs/);
    }
  });

  it('uses workers only when asked or for many reports: --jobs 1 and small runs stay in process', () => {
    assert.equal(workersFor(1, 500), 0);
    assert.equal(workersFor(4, 3), 3);
    assert.equal(workersFor(4, 1), 0);
    assert.equal(workersFor(undefined, AUTO_POOL_MIN_REPORTS - 1), 0);
    assert.ok(workersFor(undefined, AUTO_POOL_MIN_REPORTS) >= 0);
  });

  for (const flags of [['--claims'], ['--quiet', '--max-warnings', '2'], ['--format', 'json', '--outline'], ['--format', 'sarif'], ['--format', 'github']]) {
    it(`${flags.join(' ')}: --jobs 2 gives the bytes and exit code of --jobs 1`, async () => {
      const dir = folder(reports());
      const one = await run(['--jobs', '1', ...flags, dir]);
      const three = await run(['--jobs', '2', ...flags, dir]);
      assert.ok(one.out.length > 200, 'something to compare');
      assert.equal(three.out, one.out);
      assert.equal(three.err, one.err);
      assert.equal(three.code, one.code);
    });
  }

  it('the streamed json and sarif are one JSON.stringify of every report, as before', async () => {
    const dir = folder(reports());
    const json = await run(['--jobs', '2', '--format', 'json', dir]);
    const files = JSON.parse(json.out).reports.map((r: { path: string }) => r.path) as string[];
    assert.equal(files.length, 13, 'the ignored draft is left out');
    // What the CLI printed before it streamed: every report analysed, then one stringify.
    const { reportOptions } = await import('../../server/src/config/options.js');
    const { ConfigResolver } = await import('../../server/src/config/resolve.js');
    const resolver = new ConfigResolver();
    const checked = files.map((f) => {
      const options = reportOptions(resolver.forReport(f));
      options.resolveFramework = fileFrameworkResolver();
      return checkText(f, fs.readFileSync(f, 'utf8'), options);
    });
    assert.equal(json.out, `${JSON.stringify(toJson(checked, false), null, 2)}\n`);
    const sarif = await run(['--jobs', '3', '--format', 'sarif', dir]);
    assert.equal(sarif.out, `${JSON.stringify(toSarif(checked, allRules()), null, 2)}\n`);
    assert.ok(JSON.parse(sarif.out).runs[0].results.length > 20);
  });

  it('a json run whose every report is ignored prints an empty list, as before', async () => {
    const dir = folder({ '.inspectionrc.yaml': 'ignore:\n  - "*.inspection.md"\n', 'x.inspection.md': '# x\n', 'y.inspection.md': '# y\n' });
    const r = await run(['--jobs', '2', '--format', 'json', dir]);
    assert.equal(r.out, `${JSON.stringify({ reports: [] }, null, 2)}\n`);
  });

  it('--fix: the same files and log in workers, and two links to one report are fixed one after the other', async () => {
    const files = reports();
    const a = folder(files);
    const b = folder(files);
    for (const d of [a, b]) {
      fs.symlinkSync(path.join(d, 'c', 'seed.inspection.md'), path.join(d, 'c', 'link1.inspection.md'));
      fs.symlinkSync(path.join(d, 'c', 'seed.inspection.md'), path.join(d, 'c', 'link2.inspection.md'));
    }
    const one = await run(['--fix', '--jobs', '1', a]);
    const four = await run(['--fix', '--jobs', '4', b]);
    assert.match(one.out, /fixed "\d+%" → "\d+%"/);
    assert.equal(four.out.replaceAll(b, a), one.out);
    assert.equal(four.code, one.code);
    for (const rel of Object.keys(files)) assert.equal(fs.readFileSync(path.join(b, rel), 'utf8'), fs.readFileSync(path.join(a, rel), 'utf8'), rel);
    // A second run changes nothing.
    const again = await run(['--fix', '--jobs', '4', b]);
    assert.match(again.out, /^0 fixes applied\n/);
  });

  it('a report that cannot be read stops the run with exit 2 and its reason, in workers too', async () => {
    const dir = folder(reports());
    const fifo = path.join(dir, 'a', 'pipe.inspection.md');
    execFileSync('mkfifo', [fifo]);
    const one = await run(['--jobs', '1', path.join(dir, 'a', 'r0.inspection.md'), fifo, path.join(dir, 'a', 'r1.inspection.md')]);
    const two = await run(['--jobs', '2', path.join(dir, 'a', 'r0.inspection.md'), fifo, path.join(dir, 'a', 'r1.inspection.md')]);
    for (const r of [one, two]) {
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot read .*pipe\.inspection\.md: it is a named pipe/);
    }
    assert.equal(two.out, one.out);
  });

  it('many reports through the real entry point: the default pool and --jobs 1 agree, byte for byte', () => {
    const files: Record<string, string> = {};
    const base = reports();
    const names = Object.keys(base).filter((k) => k.startsWith('a/'));
    for (let i = 0; i < AUTO_POOL_MIN_REPORTS + 6; i++) files[`m/${String(i).padStart(3, '0')}.inspection.md`] = base[names[i % names.length]!]!.replace('Criterion', `Criterion ${i}`);
    const dir = folder(files);
    const bin = path.join(ROOT, 'bin', 'inspection-check.js');
    const exec = (extra: string[]) => {
      try {
        return execFileSync(process.execPath, [bin, ...extra, dir], { encoding: 'utf8' });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    };
    const pooled = exec(['--format', 'github']);
    assert.ok(pooled.split('\n').length > AUTO_POOL_MIN_REPORTS);
    assert.equal(pooled, exec(['--format', 'github', '--jobs', '1']));
  });
});
