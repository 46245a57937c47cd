import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const REPORT = `---
framework: hmip-omi-2007
---

# 1. Assessment

## 1.1 Planning

Work was planned.

### Strengths

- (a) In 11 of the 30 cases (37%) a plan was in place.
- (b) A review was done in 36% (12) of the 36 cases.
- (c) Some 40% of reviews were late.
`;

describe('cli: numeric claims (--claims, json claims, coverage line)', () => {
  let tmp: string;
  let file: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-claims-'));
    file = path.join(tmp, 'claims.inspection.md');
    fs.writeFileSync(file, REPORT);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--format json gives each report a claims array with kind, figures, spans, verdict and arithmetic', async () => {
    const { out } = await run(['--format', 'json', file]);
    const r = JSON.parse(out).reports[0];
    assert.ok(Array.isArray(r.claims));
    const ok = r.claims.find((c: { text: string }) => c.text.startsWith('11 of the 30'));
    assert.ok(ok, JSON.stringify(r.claims.map((c: { text: string }) => c.text)));
    assert.equal(ok.verdict, 'consistent');
    assert.deepEqual(
      ok.figures.map((f: { role: string; text: string }) => [f.role, f.text]),
      [
        ['p', '37%'],
        ['k', '11'],
        ['n', '30'],
      ],
    );
    assert.deepEqual(ok.range.start, { line: 13, column: 10 });
    assert.match(ok.arithmetic, /11 \/ 30/);
    const wrong = r.claims.find((c: { text: string }) => c.text.startsWith('36% (12)'));
    assert.equal(wrong.verdict, 'inconsistent');
    assert.equal(wrong.rule, 'numbers/percentage-mismatch');
    assert.equal(wrong.criterion, '1.1');
    const bare = r.claims.find((c: { text: string }) => c.text.includes('40%'));
    assert.equal(bare.verdict, 'unresolved');
    assert.deepEqual(r.coverage, { numbers: 7, checked: 2, unresolved: 1, inconsistent: 1 });
  });

  it('names the figure a claim was read against in related', async () => {
    const other = path.join(tmp, 'related.inspection.md');
    fs.writeFileSync(other, REPORT.replace(/- \(a\)[^\n]*\n- \(b\)[^\n]*\n- \(c\)[^\n]*\n/, '- (a) Reviews were due in 31 cases. A review had been done in 20 of these (65%).\n'));
    const { out } = await run(['--format', 'json', other]);
    const claims = JSON.parse(out).reports[0].claims as { text: string; related: { text: string; message: string }[]; figures: { text: string; inferred?: boolean }[] }[];
    const c = claims.find((x) => x.figures.some((f) => f.text === '20'));
    assert.ok(c, JSON.stringify(claims));
    assert.ok(c.figures.some((f) => f.text === '31' && f.inferred === true));
    assert.ok(c.related.some((r) => r.text === '31'));
  });

  it('the text summary adds N numbers, K checked, U unresolved', async () => {
    const { out } = await run([file]);
    assert.match(out, /1 report checked: \d+ errors?, \d+ warnings?, \d+ notes?; 7 numbers, 2 checked, 1 unresolved\n$/);
  });

  it('--claims prints a table of the claims after the findings', async () => {
    const { code, out } = await run(['--claims', file]);
    assert.equal(code, 1);
    const lines = out.split('\n');
    const head = lines.findIndex((l) => /^where\s+verdict\s+kind\s+claim\s+arithmetic$/.test(l));
    assert.ok(head >= 0, out);
    assert.match(lines[head + 1]!, /claims\.inspection\.md:13:10\s+ok\s+\S+\s+11 of the 30 cases \(37%\)/);
    assert.match(lines[head + 2]!, /:14:\d+\s+WRONG\s+\S+\s+36% \(12\)/);
    assert.match(lines[head + 3]!, /:15:\d+\s+\?\s+percent\s+Some 40%/);
  });

  it('--outline leaves the claims out', async () => {
    const { out } = await run(['--outline', '--format', 'json', file]);
    assert.equal(JSON.parse(out).reports[0].claims, undefined);
  });
});
