import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../server/src/cli/main.js';
import { ROOT, SEED_PATH } from '../core/helpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('cli: inspection-check', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--outline --format json lists the criteria with scores, grades, conclusions and letters, and no diagnostics', async () => {
    const { code, out } = await run(['--outline', '--format', 'json', SEED_PATH]);
    // The published report has a real error ('36% (12)' of 36): the exit code says so even in outline mode.
    assert.equal(code, 1);
    const json = JSON.parse(out);
    assert.equal(json.reports.length, 1);
    const r = json.reports[0];
    assert.equal(r.diagnostics, undefined);
    assert.equal(r.criteria.length, 20);
    const c11 = r.criteria[0];
    assert.deepEqual(Object.keys(c11).sort(), ['conclusion', 'findings', 'grade', 'id', 'score', 'title']);
    assert.equal(c11.score, 79);
    assert.equal(c11.grade, null);
    assert.deepEqual(c11.findings, { strengths: ['a', 'b', 'c', 'd', 'e'], areasForImprovement: ['a', 'b', 'c', 'd'] });
    const c43 = r.criteria.find((c: { id: string }) => c.id === '4.3');
    assert.equal(c43.score, null);
    assert.equal(c43.grade, 'Satisfactorily met');
    assert.equal(c43.conclusion, null);
  });

  it('text output is path:line:col severity message [rule-id] with a summary, exit 1 on errors', async () => {
    const file = path.join(tmp, 'bad.inspection.md');
    fs.writeFileSync(file, '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\n66%\n\n### Strengths\n\n- (a) One.\n- (c) Two (see 2.3z).\n');
    const { code, out } = await run([file]);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:12:19 error .* \\[reference/unknown-letter\\]$`, 'm'));
    assert.match(out, /:12:4 warning .*\(b\) is skipped.* \[structure\/finding-letters\]$/m);
    assert.match(out, /1 report checked: \d+ errors?, \d+ warnings?, \d+ notes?/);
    assert.equal((await run(['--exit-zero', file])).code, 0);
  });

  it('json diagnostics have 1-based ranges', async () => {
    const file = path.join(tmp, 'range.inspection.md');
    fs.writeFileSync(file, '---\nframework: hmip-omi-2007\n---\n\n## 2.9 Victims\n\n66%\n');
    const { out } = await run(['--format', 'json', file]);
    const d = JSON.parse(out).reports[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'structure/unknown-criterion');
    assert.deepEqual(d.range, { start: { line: 5, column: 4 }, end: { line: 5, column: 7 } });
    assert.equal(d.severity, 'error');
  });

  it('sarif output is SARIF 2.1.0 with rules and located results', async () => {
    const file = path.join(tmp, 'sarif.inspection.md');
    fs.writeFileSync(file, '---\nframework: hmip-omi-2007\n---\n\n## 2.9 Victims\n\n66%\n');
    const { out } = await run(['--format', 'sarif', file]);
    const sarif = JSON.parse(out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'inspection-check');
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'structure/unknown-criterion');
    assert.ok(result);
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'structure/unknown-criterion');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 5, startColumn: 4, endLine: 5, endColumn: 7 });
    assert.equal(result.level, 'error');
    for (const rule of run0.tool.driver.rules) assert.equal(rule.helpUri, undefined, 'no relative helpUri');
    assert.match(run0.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
  });

  it('sarif locations are URI references, percent-encoded', async () => {
    const dir = path.join(tmp, 'sp ace');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'r#1.inspection.md');
    fs.writeFileSync(file, '---\nframework: hmip-omi-2007\n---\n\n## 2.9 Victims\n\n66%\n');
    const rel = path.relative(process.cwd(), file);
    const sarif = JSON.parse((await run(['--format', 'sarif', rel])).out);
    const uri: string = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.match(uri, /sp%20ace\/r%231\.inspection\.md$/);
    const base = sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
    assert.equal(fileURLToPath(new URL(uri, base)), file);
  });

  it('a malformed framework file gives located diagnostics, not a stack trace', async () => {
    const dir = path.join(tmp, 'fw');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'fw.yaml'), 'id: broken\nname: Broken\nsections:\n  - id: one\n    title: T\n    scoreKind: grade\n    criteria: []\n');
    fs.writeFileSync(path.join(dir, 'r.inspection.md'), '---\nframework: ./fw.yaml\n---\n\n# 1. One\n');
    const { code, out, err } = await run([dir]);
    assert.equal(code, 1);
    assert.equal(err, '');
    assert.doesNotMatch(out, /\n\s+at /);
    assert.match(out, /r\.inspection\.md:2:12 error the framework file '\.\/fw\.yaml' has \d+ problems?/);
    assert.match(out, /fw\.yaml:4:9 error framework sections\.0\.id: a section id is a whole number/);
  });

  it('usage and I/O failures exit 2', async () => {
    assert.equal((await run(['--format', 'xml'])).code, 2);
    assert.equal((await run(['--nope'])).code, 2);
    assert.equal((await run([path.join(tmp, 'missing')])).code, 2);
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    assert.equal((await run([empty])).code, 2);
  });

  it('defaults to seeds/ and checks both example reports, exit 1 only for errors', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/inspection-check.js'), '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    const json = JSON.parse(r.stdout);
    const paths = json.reports.map((x: { path: string }) => x.path).sort();
    assert.deepEqual(paths, ['seeds/alderbrook-lodge-cqc.inspection.md', 'seeds/example-youth-2024.inspection.md', 'seeds/sussex-2007.inspection.md']);
    const errors = json.reports.flatMap((x: { diagnostics: { severity: string }[] }) => x.diagnostics).filter((d: { severity: string }) => d.severity === 'error');
    assert.equal(r.status, errors.length > 0 ? 1 : 0);
    const example = json.reports.find((x: { path: string }) => x.path.includes('example-youth'));
    assert.equal(example.framework, 'example-youth-2024');
    assert.equal(example.criteria.length, 4);
  });
});
