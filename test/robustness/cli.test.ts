/**
 * Issue 10, the CLI's part (points 9, 10, 15) and the shared file access:
 * confinement of framework paths, regular files only, size caps, EPIPE, `--`,
 * symlinked reports. Each test failed before the fix.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main.js';
import { setWarn } from '../../server/src/cli/io.js';
import { confine, readRegularFile } from '../../server/src/io/files.js';
import { ROOT } from '../core/helpers.js';

const REPORT = (fw: string) => `---\nframework: ${fw}\n---\n# 1. Assessment\n\n## 1.1 Something\n\nStrengths\n\n(a) Good.\n`;

async function run(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const here = process.cwd();
  const warned: string[] = [];
  setWarn((s) => void warned.push(s));
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(args, (s) => void (out += s), (s) => void (err += s));
    return { code, out, err: err + warned.join('') };
  } finally {
    process.chdir(here);
    setWarn((s) => void process.stderr.write(s));
  }
}

describe('robustness: the CLI reads only what it should (issue 10)', function () {
  this.timeout(20_000);
  let dir: string;
  let outside: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'robust-cli-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'robust-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.yaml'), 'id: x\nname: SECRET-VALUE-123\n? [a]\n: 1\n');
    fs.mkdirSync(path.join(dir, 'r'));
    fs.writeFileSync(path.join(dir, 'r', 'abs.inspection.md'), REPORT('/etc/passwd'));
    fs.writeFileSync(path.join(dir, 'r', 'up.inspection.md'), REPORT(`${path.relative(path.join(dir, 'r'), outside)}/secret.yaml`));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'r', 'link.yaml'));
    fs.writeFileSync(path.join(dir, 'r', 'link.inspection.md'), REPORT('./link.yaml'));
    fs.writeFileSync(path.join(dir, 'r', 'zero.inspection.md'), REPORT('/dev/zero.yaml'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'r', 'zero.yaml'));
    fs.writeFileSync(path.join(dir, 'r', 'zerolink.inspection.md'), REPORT('./zero.yaml'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  describe('point 9: framework paths are confined', () => {
    for (const name of ['abs', 'up', 'link']) {
      it(`${name}: refused with a reason, the file is not read, nothing of it is printed`, async () => {
        const r = await run([path.join(dir, 'r', `${name}.inspection.md`)], dir);
        assert.match(r.out, /is not read: it resolves to a file outside/);
        assert.doesNotMatch(r.out + r.err, /SECRET-VALUE|root:/);
        assert.doesNotMatch(r.out, /etc\/passwd:\d/, 'no diagnostics located in the outside file');
      });
    }
    it('--allow-read lets a folder in', async () => {
      const r = await run(['--allow-read', outside, path.join(dir, 'r', 'link.inspection.md')], dir);
      assert.doesNotMatch(r.out, /is not read/);
      assert.doesNotMatch(r.err, /SECRET-VALUE/, 'YAML warnings never go to standard error');
    });
    it('confine() resolves symlinks before deciding', () => {
      const c = confine('./link.yaml', path.join(dir, 'r', 'x.inspection.md'), [dir]);
      assert.equal(c.ok, false);
    });
  });

  describe('point 10: only regular files within a size cap', () => {
    it('/dev/zero as a framework, through a symlink, is refused at once', async () => {
      const r = await run([path.join(dir, 'r', 'zerolink.inspection.md'), '--allow-read', '/dev'], dir);
      assert.match(r.out, /not a regular file/);
    });
    it('/dev/zero or /dev/urandom as a report is refused with exit 2', async () => {
      for (const dev of ['/dev/zero', '/dev/urandom']) {
        const r = await run([dev]);
        assert.equal(r.code, 2);
        assert.match(r.err, /a device, not a regular file/);
      }
    });
    it('a FIFO is refused without blocking', function () {
      const fifo = path.join(dir, 'pipe.inspection.md');
      try {
        execFileSync('mkfifo', [fifo]);
      } catch {
        this.skip();
      }
      const r = readRegularFile(fifo, 1000);
      assert.deepEqual(r, { ok: false, reason: 'it is a named pipe (FIFO), not a regular file' });
    });
    it('a file beyond the cap is not read', () => {
      const big = path.join(dir, 'big.yaml');
      fs.writeFileSync(big, 'x'.repeat(5000));
      const r = readRegularFile(big, 4096);
      assert.equal(r.ok, false);
      assert.match((r as { reason: string }).reason, /5000 bytes, more than the limit of 4096/);
    });
  });

  describe('point 15: CLI details', () => {
    it('a closed standard output ends quietly with the exit code of the findings', async () => {
      const bin = path.join(ROOT, 'bin', 'inspection-check.js');
      const proc = spawn(process.execPath, [bin, path.join(ROOT, 'seeds')], { stdio: ['ignore', 'pipe', 'pipe'] });
      proc.stdout.destroy();
      let err = '';
      proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
      assert.doesNotMatch(err, /EPIPE|Unhandled/);
      const expected = (await run([path.join(ROOT, 'seeds')])).code;
      assert.equal(code, expected);
    });
    it('-- ends the options: a report named like an option is checked', async () => {
      const odd = path.join(dir, '--odd.inspection.md');
      fs.writeFileSync(odd, REPORT('hmip-omi-2007'));
      const r = await run(['--', '--odd.inspection.md'], dir);
      assert.match(r.out, /1 report checked/);
    });
    it('a symlinked report is followed when it leads to a regular file, and a skipped one is named', async () => {
      const scan = path.join(dir, 'scan');
      fs.mkdirSync(scan);
      fs.writeFileSync(path.join(dir, 'real.md'), REPORT('hmip-omi-2007'));
      fs.symlinkSync(path.join(dir, 'real.md'), path.join(scan, 'a.inspection.md'));
      fs.symlinkSync('/dev/null', path.join(scan, 'b.inspection.md'));
      const r = await run([scan]);
      assert.match(r.out, /1 report checked/);
      assert.match(r.err, /skipped .*b\.inspection\.md: a symlink to something that is not a regular file/);
    });
  });
});
