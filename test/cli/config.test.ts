import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempFolders } from './folders.js';
import { main } from '../../server/src/cli/main.js';
import { ROOT, SEED_PATH } from '../core/helpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const SEED = fs.readFileSync(SEED_PATH, 'utf8');
const PM = 'numbers/percentage-mismatch';
/** Rules that a one-criterion example breaks on purpose, off. */
const QUIET_RULES = '  structure/missing-criterion: off\n  structure/missing-conclusion: off\n';
const SMALL = '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n- (a) It was done in 36% (12) of the 36 cases.\n- (c) Skipped a letter.\n';

describe('cli: configuration, --fix and flags', () => {
  const folder = tempFolders('inspection-config-');

  it('a copy of the seed with .inspectionrc.yaml setting numbers/percentage-mismatch: off exits 0 without that finding', async () => {
    const dir = folder({ 'sussex.inspection.md': SEED, '.inspectionrc.yaml': `rules:\n  ${PM}: off\n` });
    const without = await run(['--format', 'json', dir]);
    assert.equal(without.code, 0);
    assert.ok(!JSON.parse(without.out).reports[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === PM));
    // The same copy without the file: the finding and exit 1.
    fs.rmSync(path.join(dir, '.inspectionrc.yaml'));
    const withIt = await run(['--format', 'json', dir]);
    assert.equal(withIt.code, 1);
    assert.ok(JSON.parse(withIt.out).reports[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === PM));
  });

  it('the npx entry point agrees (a child process in that folder)', () => {
    const dir = folder({ 'sussex.inspection.md': SEED, '.inspectionrc.yml': `rules:\n  ${PM}: off\n` });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/inspection-check.js'), '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /percentage-mismatch/);
  });

  it('nested files apply to their own folders, the nearest winning; extends reads another file', async () => {
    const dir = folder({
      'base.yaml': `rules:\n  ${PM}: warning\n  structure/finding-letters: off\n`,
      '.inspectionrc.json': JSON.stringify({ extends: './base.yaml', rules: { [PM]: 'info' } }),
      'top.inspection.md': SMALL,
      'sub/.inspectionrc.yaml': `rules:\n  ${PM}: off\n`,
      'sub/deep/low.inspection.md': SMALL,
    });
    const json = JSON.parse((await run(['--format', 'json', dir])).out);
    const of = (p: string) => json.reports.find((r: { path: string }) => r.path.endsWith(p)).diagnostics as { ruleId: string; severity: string }[];
    const top = of('top.inspection.md');
    assert.equal(top.find((d) => d.ruleId === PM)?.severity, 'info', 'the file overrides what it extends');
    assert.ok(!top.some((d) => d.ruleId === 'structure/finding-letters'), 'what it extends applies');
    const low = of('low.inspection.md');
    assert.ok(!low.some((d) => d.ruleId === PM), 'the nearest file wins');
    assert.ok(low.some((d) => d.ruleId === 'structure/finding-letters'), 'the nearest file alone applies (no cascade)');
  });

  it('a malformed .inspectionrc.yaml gets a located diagnostic and exit 2, never a stack trace', async () => {
    const dir = folder({ 'r.inspection.md': SMALL, '.inspectionrc.yaml': `rules:\n  ${PM}: of\nrounding:\n  decimals: 9\ncolour: blue\n` });
    const { code, out, err } = await run([dir]);
    assert.equal(code, 2);
    assert.doesNotMatch(out + err, /\n\s+at /);
    const rc = path.relative(process.cwd(), path.join(dir, '.inspectionrc.yaml'));
    assert.ok(err.includes(`${rc}:2:32 error rules.${PM}: use error, warning, info, hint or off`), err);
    assert.ok(err.includes(`${rc}:4:13 error rounding.decimals:`), err);
    assert.ok(err.includes(`${rc}:5:1 error unknown key 'colour'`), err);
    const broken = folder({ 'r.inspection.md': SMALL, '.inspectionrc.yaml': 'rules: [\n' });
    const b = await run([broken]);
    assert.equal(b.code, 2);
    assert.match(b.err, /\.inspectionrc\.yaml:\d+:\d+ error not valid YAML or JSON/);
    assert.doesNotMatch(b.out + b.err, /\n\s+at /);
    // An extends cycle and a missing base are located too.
    const cyc = folder({ 'r.inspection.md': SMALL, '.inspectionrc.yaml': 'extends: [./.inspectionrc.yaml, ./missing.yaml]\n' });
    const c = await run([cyc]);
    assert.equal(c.code, 2);
    assert.match(c.err, /:1:11 error extends: '\.\/\.inspectionrc\.yaml' leads back to this file/);
    assert.match(c.err, /:1:33 error extends: cannot read '\.\/missing\.yaml'/);
  });

  it("--fix on a copy of the seed changes '36%' to '33%' and nothing else; a second run changes nothing", async () => {
    const dir = folder({ 'sussex.inspection.md': SEED });
    const file = path.join(dir, 'sussex.inspection.md');
    const first = await run(['--fix', file]);
    const after = fs.readFileSync(file, 'utf8');
    const at = SEED.indexOf('36% (12)');
    assert.equal(after, SEED.slice(0, at) + '33%' + SEED.slice(at + 3), 'one edit: 36% → 33%');
    assert.match(first.out, /sussex\.inspection\.md:344:151 fixed "36%" → "33%" \[numbers\/percentage-mismatch\]\n1 fix applied/);
    assert.equal(first.code, 0, 'exit by what remains: no error is left');
    const second = await run(['--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), after);
    assert.match(second.out, /^0 fixes applied\n/);
    assert.equal(second.code, 0);
  });

  it('--fix exits by what remains, fixes only what the configuration leaves on, and nothing while the configuration is broken', async () => {
    const dir = folder({ 'r.inspection.md': SMALL, '.inspectionrc.yaml': `rules:\n  ${PM}: off\n${QUIET_RULES}` });
    const file = path.join(dir, 'r.inspection.md');
    const r = await run(['--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), SMALL.replace('- (c)', '- (b)'), 'the letter is fixed, the percentage (off) is not');
    assert.equal(r.code, 0);
    // An error without a fix remains: exit 1 after fixing.
    fs.writeFileSync(path.join(dir, '.inspectionrc.yaml'), `rules:\n  structure/missing-criterion: off\n`);
    fs.writeFileSync(file, SMALL);
    const remains = await run(['--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), SMALL.replace('36%', '33%').replace('- (c)', '- (b)'));
    assert.match(remains.out, /2 fixes applied/);
    assert.match(remains.out, /error .*\[structure\/missing-conclusion\]/);
    assert.equal(remains.code, 1);
    fs.writeFileSync(path.join(dir, '.inspectionrc.yaml'), 'rules: 3\n');
    fs.writeFileSync(file, SMALL);
    const broken = await run(['--fix', file]);
    assert.equal(broken.code, 2);
    assert.equal(fs.readFileSync(file, 'utf8'), SMALL);
    assert.match(broken.out, /not fixing: the configuration has errors/);
  });

  it('--config FILE applies one file to every report, instead of the nearest', async () => {
    const dir = folder({ 'r.inspection.md': SMALL, '.inspectionrc.yaml': `rules:\n  ${PM}: off\n`, 'ci.yaml': 'rules:\n  structure/finding-letters: off\n' });
    const json = JSON.parse((await run(['--format', 'json', '--config', path.join(dir, 'ci.yaml'), dir])).out);
    const ids = json.reports[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
    assert.ok(ids.includes(PM));
    assert.ok(!ids.includes('structure/finding-letters'));
    assert.equal((await run(['--config', path.join(dir, 'nope.yaml'), dir])).code, 2);
  });

  it('--framework ID|PATH and the file\'s framework apply to reports whose front matter names none', async () => {
    const body = '## 1.1 Preparing for sentence\n\nA standard.\n\n79%\n';
    const fw = 'id: tiny\nname: Tiny\nsections:\n  - id: "1"\n    title: One\n    scoreKind: percentage\n    criteria:\n      - id: "1.1"\n        title: Preparing for sentence\n';
    const dir = folder({ 'r.inspection.md': body, 'fw/tiny.yaml': fw, '.inspectionrc.yaml': 'framework: ./fw/tiny.yaml\n' });
    const viaFile = JSON.parse((await run(['--format', 'json', dir])).out).reports[0];
    assert.equal(viaFile.framework, 'tiny');
    assert.ok(!viaFile.diagnostics.some((d: { ruleId: string }) => d.ruleId.startsWith('framework/')));
    const viaFlag = JSON.parse((await run(['--format', 'json', '--framework', 'hmip-omi-2007', dir])).out).reports[0];
    assert.equal(viaFlag.framework, 'hmip-omi-2007');
    const viaPath = JSON.parse((await run(['--format', 'json', '--framework', path.join(dir, 'fw/tiny.yaml'), path.join(dir, 'r.inspection.md')])).out).reports[0];
    assert.equal(viaPath.framework, 'tiny');
  });

  it('--max-warnings N and --quiet', async () => {
    const dir = folder({ 'r.inspection.md': SMALL, '.inspectionrc.yaml': `rules:\n  ${PM}: off\n${QUIET_RULES}` });
    // One warning (the skipped letter), no error.
    assert.equal((await run([dir])).code, 0);
    assert.equal((await run(['--max-warnings', '1', dir])).code, 0);
    const over = await run(['--max-warnings=0', dir]);
    assert.equal(over.code, 1);
    assert.match(over.err, /1 warning found, more than --max-warnings 0/);
    assert.equal((await run(['--max-warnings', 'x', dir])).code, 2);
    const quiet = await run(['--quiet', path.join(SEED_PATH)]);
    assert.match(quiet.out, /error .* \[numbers\/percentage-mismatch\]/);
    assert.doesNotMatch(quiet.out, / (warning|info|hint) /);
  });

  it('glob patterns, and ignore globs of the configuration file', async () => {
    const dir = folder({ 'a/one.inspection.md': SMALL, 'b/two.inspection.md': SMALL, 'drafts/three.inspection.md': SMALL, '.inspectionrc.yaml': 'ignore:\n  - drafts/**\n' });
    const json = (args: string[]) => run(['--format', 'json', ...args]).then((r) => JSON.parse(r.out).reports.map((x: { path: string }) => path.basename(x.path)));
    assert.deepEqual(await json([path.join(dir, '*/one.inspection.md')]), ['one.inspection.md']);
    assert.deepEqual(await json([path.join(dir, '**/*.inspection.md')]), ['one.inspection.md', 'two.inspection.md']);
    assert.deepEqual(await json([dir]), ['one.inspection.md', 'two.inspection.md']);
    const named = await run([path.join(dir, 'drafts/three.inspection.md')]);
    assert.match(named.err, /three\.inspection\.md is ignored by/);
    assert.match(named.out, /0 reports checked \(1 ignored\)/);
    assert.equal(named.code, 0);
    const none = await run([path.join(dir, '*/nothing-*.md')]);
    assert.equal(none.code, 2);
    assert.match(none.err, /no files match/);
  });

  it('--format github prints workflow annotations, escaped', async () => {
    const { code, out } = await run(['--format', 'github', SEED_PATH]);
    assert.equal(code, 1);
    const line = out.split('\n').find((l) => l.includes(PM))!;
    assert.match(line, /^::error file=.*sussex-2007\.inspection\.md,line=344,col=151,endLine=344,endColumn=159,title=numbers\/percentage-mismatch::36%25 does not match 12 of 36/);
    assert.ok(out.split('\n').some((l) => l.startsWith('::notice ')), 'info becomes a notice');
    assert.ok(out.split('\n').every((l) => l === '' || /^::(error|warning|notice) file=/.test(l)));
  });

  it('an inline suppression in a copy of the seed silences the finding for the CLI too', async () => {
    const at = SEED.indexOf('- (a) In the 36 cases where the e-OASys');
    const dir = folder({ 'sussex.inspection.md': SEED.slice(0, at) + `<!-- inspection-disable-next-line ${PM} -->\n` + SEED.slice(at) });
    const r = await run([dir]);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.out, /percentage-mismatch|suppression\//);
  });

  it('quantifiers and style in the configuration file change the findings, as the settings of the same names do', async () => {
    const report = SMALL.replace('- (c) Skipped a letter.\n', '- (b) In most of the 20 cases (12) the plan was sound.\n- (c) Reviews took 5-7 days.\n');
    const idsOf = async (dir: string) => (JSON.parse((await run(['--format', 'json', dir])).out).reports[0].diagnostics as { ruleId: string }[]).map((d) => d.ruleId);
    const plain = await idsOf(folder({ 'r.inspection.md': report, '.inspectionrc.yaml': `rules:\n${QUIET_RULES}` }));
    assert.ok(!plain.includes('numbers/quantifier-mismatch') && !plain.some((id) => id.startsWith('style/')), plain.join());
    const withKeys = await idsOf(folder({ 'r.inspection.md': report, '.inspectionrc.yaml': `rules:\n${QUIET_RULES}quantifiers: education-scotland\nstyle: { ranges: to }\n` }));
    assert.ok(withKeys.includes('numbers/quantifier-mismatch'), withKeys.join());
    assert.deepEqual(withKeys.filter((id) => id.startsWith('style/')), ['style/range-to']);
    // The same through --config with a JSON file, and a bad preset is a located error with exit 2.
    const dir = folder({ 'r.inspection.md': report, 'ci.json': JSON.stringify({ style: 'govuk' }) });
    const bad = await run([ '--config', path.join(dir, 'ci.json'), dir]);
    assert.equal(bad.code, 2);
    assert.match(bad.out + bad.err, /ci\.json:1:10.*style/);
  });
});
