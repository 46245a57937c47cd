/**
 * Issue 10, the server's scheduling (lsp/scheduling/queue.ts), over stdio
 * with the real server: `$/cancelRequest` stops long requests with
 * RequestCancelled, a newer edit supersedes an older analysis that has not
 * finished, and `framework:` paths outside the workspace are refused and
 * never read (point 9, the server's side).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, TestClient } from '../protocol/client.js';
import { rssMb } from './protocol.test.js';

const REQUEST_CANCELLED = -32800;

/** A report of `n` criterion blocks (about 100 characters each): long to analyse, and every block different. */
function bigReport(n: number, salt = ''): string {
  const parts = ['---\nframework: hmip-omi-2007\n---\n# 1. Assessment\n\n'];
  for (let i = 0; i < n; i++) parts.push(`## 1.${i + 1} Criterion ${i}${salt}\n\nStrengths\n\n(a) In ${i % 20} of 20 cases (${(i % 20) * 5}%) the plan was good; see 1.1a.\n\n`);
  return parts.join('');
}

describe('robustness: cancellation, supersede and confinement in the server (issue 10)', function () {
  // Not timed: a loaded machine (load 19 on 2 cores) took over 60 s to index 40 reports and check them all.
  this.timeout(300_000);
  let client: TestClient;
  let dir: string;
  let outside: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  /** Sends a request and cancels it right away: the client library sends `$/cancelRequest` with its id. */
  const cancelled = (method: string, params: unknown) => {
    const source = new CancellationTokenSource();
    const sent = client.connection.sendRequest(method, params, source.token);
    source.cancel();
    return sent;
  };
  const open = (name: string, text: string, version = 1) => client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'inspection-report', version, text } });

  before(async () => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-outside-'));
    // A framework file outside the workspace, malformed on purpose: read, it would get framework diagnostics of its own.
    fs.writeFileSync(path.join(outside, 'fw.yaml'), 'id: [unclosed\nsecret: s3cr3t-value\n');
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`many/r${i}.inspection.md`] = bigReport(40, ` r${i}`);
    dir = makeWorkspace(files);
    fs.symlinkSync(path.join(outside, 'fw.yaml'), path.join(dir, 'link.yaml'));
    client = TestClient.start();
    await client.initialize(dir);
  });

  after(async () => {
    await client?.stop();
    for (const d of [dir, outside]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('$/cancelRequest stops inspection/checkAll with RequestCancelled', async () => {
    const sent = cancelled('inspection/checkAll', {});
    await assert.rejects(sent, (err: { code?: number }) => err.code === REQUEST_CANCELLED, 'checkAll answered RequestCancelled');
    // The server goes on: the next checkAll runs to its end.
    const done = await client.request<{ reports: number }>('inspection/checkAll', {});
    assert.ok(done.reports >= 40, JSON.stringify(done));
  });

  it('$/cancelRequest stops inspection/claims on a long document with RequestCancelled', async () => {
    await open('big-claims.inspection.md', bigReport(3000));
    const sent = cancelled('inspection/claims', { textDocument: { uri: uriOf('big-claims.inspection.md') } });
    await assert.rejects(sent, (err: { code?: number }) => err.code === REQUEST_CANCELLED, 'claims answered RequestCancelled');
    // Not cancelled, the same request answers.
    const r = await client.request<{ claims: unknown[] }>('inspection/claims', { textDocument: { uri: uriOf('big-claims.inspection.md') } });
    assert.ok(r.claims.length > 0);
  });

  it('$/cancelRequest stops workspace/symbol (an edited open document analysed) with RequestCancelled', async () => {
    // The outline of an unchanged open document is kept, so the search has work to do only for
    // a document edited since its last analysis: edit a long one, then search and cancel.
    await open('big-symbols.inspection.md', bigReport(3000, ' s'));
    await client.notify('textDocument/didChange', { textDocument: { uri: uriOf('big-symbols.inspection.md'), version: 2 }, contentChanges: [{ text: bigReport(3000, ' t') }] });
    const sent = cancelled('workspace/symbol', { query: 'Criterion' });
    await assert.rejects(sent, (err: { code?: number }) => err.code === REQUEST_CANCELLED);
    // Not cancelled, the same search answers (up to its 500 symbols).
    const found = await client.request<{ location: { uri: string } }[]>('workspace/symbol', { query: 'Criterion' });
    assert.equal(found.length, 500);
  });

  it('a newer edit supersedes an older analysis still running: only the newest text is published', async () => {
    const name = 'superseded.inspection.md';
    const uri = uriOf(name);
    const base = bigReport(2000, ' v');
    const before = client.events.length;
    await open(name, base, 1);
    // Edits while version 1 is being analysed (a long document: many turns of the event loop).
    for (let v = 2; v <= 6; v++) {
      await new Promise((r) => setTimeout(r, 50));
      await client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: `${base}\n## 9.${v} Edit ${v}\n\ntext\n` }] });
    }
    const last = await client.waitFor('the newest version published', () => {
      const p: PublishDiagnosticsParams | undefined = client.latestDiagnostics(uri);
      return p?.version === 6 ? p : undefined;
    }, 50_000);
    assert.ok(last);
    const versions = client.events.slice(before).flatMap((e) => (e.kind === 'diagnostics' && e.params.uri === uri ? [e.params.version] : []));
    assert.ok(!versions.includes(1), `version 1 was superseded, never published (published: ${versions.join(', ')})`);
    console.log(`      published versions: ${versions.join(', ')}; server RSS ${rssMb(client.proc.pid) ?? '?'} MB`);
  });

  it('framework: paths outside the workspace get a diagnostic that says why, and are not read', async () => {
    const cases: [string, string][] = [
      ['absolute.inspection.md', path.join(outside, 'fw.yaml')],
      ['traversal.inspection.md', path.relative(dir, path.join(outside, 'fw.yaml'))],
      ['symlink.inspection.md', './link.yaml'],
      ['passwd.inspection.md', '/etc/passwd'],
    ];
    for (const [name, ref] of cases) await open(name, `---\nframework: ${ref}\n---\n# 1. A\n`);
    for (const [name, ref] of cases) {
      const d = await client.diagnostics(uriOf(name));
      const refusal = d.diagnostics.find((x) => x.code === 'framework/unknown');
      assert.ok(refusal, `${ref}: ${JSON.stringify(d.diagnostics)}`);
      assert.match(String(refusal.message), /outside/, ref);
      assert.ok(!d.diagnostics.some((x) => x.code === 'framework/invalid'), `${ref} was read`);
      assert.ok(!JSON.stringify(d).includes('s3cr3t'), 'nothing of the file is echoed');
    }
    // No diagnostics are published on the files outside.
    const published = new Set(client.events.flatMap((e) => (e.kind === 'diagnostics' ? [e.params.uri] : [])));
    for (const target of [pathToFileURL(path.join(outside, 'fw.yaml')).href, 'file:///etc/passwd', uriOf('link.yaml')]) assert.ok(!published.has(target), target);
    assert.ok(!client.stderr.join('').includes('s3cr3t'));
  });
});

