import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/cli/main.js';
import { makeWorkspace, TestClient } from './client.js';

const PM = 'numbers/percentage-mismatch';
/** Also `quantifiers` and `style`, so that the agreement covers them (issue 13). */
const RC = `rules:\n  ${PM}: off\n  structure/finding-letters: info\nquantifiers: education-scotland\nstyle: { ranges: to }\n`;

/** The CLI's JSON diagnostics of one file, as LSP-style (0-based) tuples. */
async function cliDiagnostics(file: string): Promise<{ code: number; list: string[] }> {
  let out = '';
  const code = await main(['--format', 'json', file], (s) => (out += s), () => undefined);
  const report = JSON.parse(out).reports[0];
  const list = (report.diagnostics as { ruleId: string; severity: string; message: string; range: { start: { line: number; column: number } }; path?: string }[])
    .filter((d) => d.path === undefined)
    .map((d) => `${d.range.start.line - 1}:${d.range.start.column - 1} ${d.severity} ${d.ruleId} ${d.message}`);
  return { code, list: list.sort() };
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

describe('protocol: configuration files and the language server', function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;
  let seedUri: string;
  let rcFile: string;
  let rcUri: string;

  before(async () => {
    dir = makeWorkspace({ '.inspectionrc.yaml': RC });
    seedUri = pathToFileURL(path.join(dir, 'sussex-2007.inspection.md')).href;
    rcFile = path.join(dir, '.inspectionrc.yaml');
    rcUri = pathToFileURL(rcFile).href;
    client = TestClient.start();
    await client.initialize(dir);
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the server and the CLI give the same diagnostics for the same file and configuration', async () => {
    const published = await client.diagnostics(seedUri, (p) => p.diagnostics.length > 0, 'the indexed seed');
    const server = published.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${SEVERITY[d.severity ?? 1]} ${d.code} ${d.message}`).sort();
    const cli = await cliDiagnostics(path.join(dir, 'sussex-2007.inspection.md'));
    assert.deepEqual(server, cli.list);
    assert.ok(!server.some((s) => s.includes(PM)), 'numbers/percentage-mismatch: off applies');
    assert.ok(server.some((s) => s.includes(' style/range-to ')), 'style: { ranges: to } applies');
    assert.ok(!server.some((s) => s.includes(' style/small-numbers ')), 'and only that style key');
    assert.equal(cli.code, 0, 'and the CLI exits 0');
  });

  it('editor settings override the file', async () => {
    client.settings = { rules: { [PM]: 'warning' } };
    await client.notify('workspace/didChangeConfiguration', { settings: { inspectionReport: client.settings } });
    const d = await client.diagnostics(seedUri, (p) => p.diagnostics.some((x) => x.code === PM), 'the setting turns the rule back on');
    assert.equal(d.diagnostics.find((x) => x.code === PM)!.severity, 2);
    // The file's other entry still applies.
    assert.ok(d.diagnostics.filter((x) => x.code === 'structure/finding-letters').every((x) => x.severity === 3));
    // The style setting overrides the file's style key by key (as rules entries override the file's entries).
    client.settings = { style: { smallNumbers: 'words' } };
    await client.notify('workspace/didChangeConfiguration', { settings: { inspectionReport: client.settings } });
    const styled = await client.diagnostics(seedUri, (p) => p.diagnostics.some((x) => x.code === 'style/small-numbers'), 'the style setting applies');
    assert.ok(styled.diagnostics.some((x) => x.code === 'style/range-to'), "the file's other style key still applies");
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: { inspectionReport: {} } });
    await client.diagnostics(
      seedUri,
      (p) => !p.diagnostics.some((x) => x.code === PM || x.code === 'style/small-numbers') && p.diagnostics.some((x) => x.code === 'style/range-to'),
      'back to the file',
    );
  });

  it('editing .inspectionrc.yaml re-checks the reports; a malformed file gets located diagnostics in it, and fixing it clears them', async () => {
    fs.writeFileSync(rcFile, `rules:\n  ${PM}: of\n`);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
    const bad = await client.diagnostics(rcUri, (p) => p.diagnostics.length > 0, 'diagnostics in the configuration file');
    assert.equal(bad.diagnostics[0]!.code, 'config/invalid');
    assert.deepEqual(bad.diagnostics[0]!.range.start, { line: 1, character: 31 });
    // The bad entry is dropped: the rule is on again for the report.
    await client.diagnostics(seedUri, (p) => p.diagnostics.some((x) => x.code === PM), 'the report re-checked');
    fs.writeFileSync(rcFile, RC);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
    await client.diagnostics(rcUri, (p) => p.diagnostics.length === 0, 'the configuration file cleared');
    await client.diagnostics(seedUri, (p) => !p.diagnostics.some((x) => x.code === PM), 'the report re-checked again');
  });

  it('a nested configuration applies to its own folder; ignore globs silence a report', async () => {
    const sub = path.join(dir, 'area');
    fs.mkdirSync(sub, { recursive: true });
    const report = path.join(sub, 'copy.inspection.md');
    fs.copyFileSync(path.join(dir, 'sussex-2007.inspection.md'), report);
    fs.writeFileSync(path.join(sub, '.inspectionrc.yaml'), `rules:\n  ${PM}: error\n`);
    const uri = pathToFileURL(report).href;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(sub, '.inspectionrc.yaml')).href, type: 1 }, { uri, type: 1 }] });
    await client.diagnostics(uri, (p) => p.diagnostics.some((x) => x.code === PM), 'the nearest file wins');
    fs.writeFileSync(path.join(sub, '.inspectionrc.yaml'), 'ignore:\n  - "*.inspection.md"\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(sub, '.inspectionrc.yaml')).href, type: 2 }] });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0, 'the ignored report has no diagnostics');
  });

  it('a didChangeConfiguration with unchanged settings (as vscode-languageclient sends at start) redoes nothing; a change redoes every report', async () => {
    await client.progressEnd();
    const other = pathToFileURL(path.join(dir, 'alderbrook-lodge-cqc.inspection.md')).href;
    const before = await client.diagnostics(other, (p) => p.diagnostics.length > 0, 'the indexed CQC report');
    const code = String(before.diagnostics[0]!.code);
    const count = () => client.events.filter((e) => e.kind === 'diagnostics' && e.params.uri === other).length;
    const n0 = count();
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.notify('workspace/didChangeConfiguration', { settings: { inspectionReport: client.settings } });
    // Requests wait for the settings pulled last; a second one comes back after any publish the first let through.
    for (let i = 0; i < 2; i++) await client.request('textDocument/documentSymbol', { textDocument: { uri: other } });
    assert.equal(count(), n0, 'nothing published again for unchanged settings');
    // A real change after them is published.
    client.settings = { rules: { [code]: 'hint' } };
    await client.notify('workspace/didChangeConfiguration', { settings: { inspectionReport: client.settings } });
    await client.diagnostics(other, (p) => p.diagnostics.some((d) => d.code === code && d.severity === 4), 'the changed setting applied');
    assert.equal(count() - n0, 1, 'one publish, for the change only');
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: { inspectionReport: {} } });
    await client.diagnostics(other, (p) => p.diagnostics.some((d) => d.code === code && d.severity !== 4), 'back');
  });
});
