/**
 * Protocol tests: the real server over stdio, a temporary workspace holding
 * a copy of seeds/, a closed report and a report on a framework file.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InitializeResult,
  LocationLink,
  MarkupContent,
  Position,
  Range,
  SemanticTokens,
  TextEdit,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { makeWorkspace, ROOT, TestClient } from './client.js';

const SEED = fs.readFileSync(path.join(ROOT, 'seeds', 'sussex-2007.inspection.md'), 'utf8');

const OTHER = `---
title: A report on Elsewhere
framework: hmip-omi-2007
---

# 2. Implementation of interventions

## 2.3 Victims

64%

### Strengths

- (a) Victim contact was prompt.

### Conclusion

This criterion represents a priority for improvement.
`;

const BAD_FRAMEWORK = 'id: custom\nname: Custom\nsections: none\n';
const GOOD_FRAMEWORK = `id: custom
name: Custom
sections:
  - id: "1"
    title: Work
    scoreKind: percentage
    criteria:
      - id: "1.1"
        title: Doing it
`;
const ON_FRAMEWORK = `---
title: On a framework file
framework: ./custom.yaml
---

# 1. Work

## 1.1 Doing it

70%
`;

/** 0-based position of a needle (plus delta) in a text. */
function pos(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

function offset(text: string, p: Position): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i]!.length + 1;
  return o + p.character;
}

function slice(text: string, r: Range): string {
  return text.slice(offset(text, r.start), offset(text, r.end));
}

function apply(text: string, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ s: offset(text, e.range.start), e: offset(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

describe('protocol: the language server over stdio', function () {
  this.timeout(20_000);
  let client: TestClient;
  let dir: string;
  let init: InitializeResult;
  let seedUri: string;
  let otherUri: string;
  let fwReportUri: string;
  let fwUri: string;
  let text = SEED;
  let version = 1;

  before(async () => {
    dir = makeWorkspace({ 'area/other.inspection.md': OTHER, 'fw/on-framework.inspection.md': ON_FRAMEWORK, 'fw/custom.yaml': BAD_FRAMEWORK });
    seedUri = pathToFileURL(path.join(dir, 'sussex-2007.inspection.md')).href;
    otherUri = pathToFileURL(path.join(dir, 'area', 'other.inspection.md')).href;
    fwReportUri = pathToFileURL(path.join(dir, 'fw', 'on-framework.inspection.md')).href;
    fwUri = pathToFileURL(path.join(dir, 'fw', 'custom.yaml')).href;
    client = TestClient.start();
    init = await client.initialize(dir);
    await client.notify('textDocument/didOpen', { textDocument: { uri: seedUri, languageId: 'markdown', version, text } });
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('announces every capability', () => {
    const c = init.capabilities;
    assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2 });
    for (const key of [
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'hoverProvider',
      'codeLensProvider',
      'executeCommandProvider',
      'inlayHintProvider',
      'completionProvider',
      'codeActionProvider',
      'renameProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
      'semanticTokensProvider',
    ] as const) {
      assert.ok(c[key], `${key} is announced`);
    }
    assert.deepEqual(c.renameProvider, { prepareProvider: true });
    assert.ok((c.completionProvider!.triggerCharacters ?? []).includes(' '));
    const actions = c.codeActionProvider as { codeActionKinds: string[] };
    assert.deepEqual(actions.codeActionKinds, ['quickfix', 'source.fixAll', 'source.fixAll.inspection']);
    const tokens = c.semanticTokensProvider as { legend: { tokenTypes: string[] }; full: boolean };
    assert.ok(tokens.full && tokens.legend.tokenTypes.includes('namespace'));
    assert.equal(c.workspace?.workspaceFolders?.supported, true);
  });

  it('registers file watchers for reports and framework files, and configuration changes', async () => {
    const watchers = await client.waitFor('the file watcher registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const globs = (watchers.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(globs, ['**/*.inspection.md', '**/*.{yaml,yml,json}', '**/{.inspectionrc.yaml,.inspectionrc.yml,.inspectionrc.json}']);
    await client.waitFor('the configuration registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeConfiguration'));
  });

  it('publishes diagnostics for the open document first, with rule links, then indexes with progress', async () => {
    const diags = await client.diagnostics(seedUri);
    assert.equal(diags.version, 1);
    const end = await client.progressEnd();
    assert.ok(client.indexOfFirstDiagnostics(seedUri) < end, 'the open document was checked before indexing ended');
    const begin = client.events.find((e) => e.kind === 'progress' && e.value.kind === 'begin');
    assert.ok(begin, 'progress began');
    for (const d of diags.diagnostics) {
      assert.equal(d.source, 'inspection');
      assert.match(d.codeDescription!.href, new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
    }
  });

  it('outlines every heading, with 4 sections holding 20 criteria', async () => {
    const all = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
    assert.equal(all[0]!.name, 'FOREWORD');
    assert.equal(all[all.length - 1]!.name, 'APPENDIX 4 Role of HMI Probation');
    const symbols = all.filter((s) => s.kind === 3 /* Namespace */);
    assert.equal(symbols.length, 4);
    assert.equal(symbols.reduce((n, s) => n + (s.children?.length ?? 0), 0), 20);
    assert.equal(symbols[0]!.children![0]!.name, '1.1 Preparing for sentence');
    assert.equal(symbols[0]!.children![0]!.detail, '79% · good');
  });

  it("goes to definition from 'see 4.3d' to finding (d) of 4.3", async () => {
    const [link] = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: seedUri }, position: pos(text, 'see 4.3d', 6) });
    assert.ok(link);
    assert.equal(link.targetUri, seedUri);
    assert.equal(slice(text, link.targetSelectionRange), 'd');
    assert.match(slice(text, link.targetRange), /^- \(d\) Overall, sentencers were satisfied/);
    assert.ok(link.targetRange.start.line > pos(text, '## 4.3 ').line && link.targetRange.start.line < pos(text, '## 4.4 ').line);
  });

  it("hovers on '69% (22)' with the arithmetic", async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: seedUri }, position: pos(text, '69% (22)', 2) });
    assert.ok(h, 'a hover on the claim (needs the numbers extractor to fill report.claims)');
    assert.match((h.contents as MarkupContent).value, /22 \/ 32/);
  });

  it("offers a quick fix on '36% (12)' that changes exactly those characters", async () => {
    const start = pos(text, '36% (12)');
    const range = { start, end: pos(text, '36% (12)', 8) };
    const diags = client.latestDiagnostics(seedUri)!.diagnostics.filter((d: Diagnostic) => d.range.start.line === start.line);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: seedUri }, range, context: { diagnostics: diags, only: ['quickfix'] } });
    const fix = actions.find((a) => {
      const edits = a.edit?.changes?.[seedUri] ?? [];
      return edits.length > 0 && edits.every((e) => offset(text, e.range.start) >= offset(text, range.start) && offset(text, e.range.end) <= offset(text, range.end));
    });
    assert.ok(fix, `a fix inside '36% (12)' (needs the numbers rules); got: ${actions.map((a) => a.title).join('; ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const after = apply(text, fix.edit!.changes![seedUri]!);
    const at = offset(text, range.start);
    assert.equal(after.slice(0, at), text.slice(0, at));
    const tail = text.slice(at + 8);
    assert.equal(after.slice(after.length - tail.length), tail);
    assert.notEqual(after.slice(at, after.length - tail.length), '36% (12)');
  });

  it('refuses to rename criterion 4.3 to an id the framework does not have, with a clear message', async () => {
    const at = pos(text, '## 4.3 ', 4);
    const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: seedUri }, position: at });
    assert.equal(prep.placeholder, '4.3');
    await assert.rejects(client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: seedUri }, position: at, newName: '4.9' }), /has no criterion 4\.9 \(its criteria run from 1\.1 to 4\.6\)/);
  });

  it('rejects a rename to a criterion id that exists', async () => {
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: seedUri }, position: pos(text, '## 4.3 ', 4), newName: '4.4' }), /already has a criterion 4\.4/);
  });

  it("completes criterion ids after 'see '", async () => {
    const res = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: seedUri }, position: pos(text, 'see 4.3d', 4) });
    // The client accepts a default edit range, so the range is sent once for the whole list.
    assert.ok(!Array.isArray(res), 'a CompletionList');
    const range = res.itemDefaults?.editRange as Range | undefined;
    assert.ok(range && 'start' in range, 'itemDefaults.editRange');
    assert.deepEqual(range.start, pos(text, 'see 4.3d', 4));
    assert.equal(res.items.length, 20);
    const victims = res.items.find((i) => i.label === '2.3');
    assert.equal(victims?.labelDetails?.detail, ' Victims');
    assert.equal(victims?.textEdit, undefined);
  });

  it('answers references, highlights, code lens, folding, selection ranges and semantic tokens', async () => {
    const doc = { textDocument: { uri: seedUri } };
    const refs = await client.request<{ range: Range }[]>('textDocument/references', { ...doc, position: pos(text, '## 4.3 ', 4), context: { includeDeclaration: false } });
    assert.ok(refs.some((r) => slice(text, r.range) === '4.3d'));
    const hl = await client.request<unknown[]>('textDocument/documentHighlight', { ...doc, position: pos(text, '## 4.3 ', 4) });
    assert.ok(hl.length >= 3);
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', doc);
    assert.equal(lenses.length, 20);
    assert.equal(lenses[0]!.command.title, '79% · good · 0 references');
    const folds = await client.request<unknown[]>('textDocument/foldingRange', doc);
    assert.ok(folds.length > 20);
    const sel = await client.request<{ range: Range; parent?: unknown }[]>('textDocument/selectionRange', { ...doc, positions: [pos(text, 'see 4.3d', 6)] });
    assert.equal(slice(text, sel[0]!.range), '4.3d');
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', doc);
    assert.ok(tokens.data.length > 100 && tokens.data.length % 5 === 0);
  });

  it('re-checks after incremental edits: an unknown letter appears at its range, and goes', async () => {
    const anchor = 'All but one of the reports were of the appropriate type.';
    const insertAt = pos(text, anchor, anchor.length);
    const inserted = ' (see 4.3z)';
    text = text.slice(0, offset(text, insertAt)) + inserted + text.slice(offset(text, insertAt));
    version++;
    await client.notify('textDocument/didChange', {
      textDocument: { uri: seedUri, version },
      contentChanges: [{ range: { start: insertAt, end: insertAt }, text: inserted }],
    });
    const withZ = await client.diagnostics(seedUri, (p) => p.version === version, 'diagnostics after the insertion');
    const unknown = withZ.diagnostics.find((d) => d.code === 'reference/unknown-letter');
    assert.ok(unknown, withZ.diagnostics.map((d) => d.code).join(','));
    assert.equal(unknown.range.start.line, insertAt.line);
    const refStart = insertAt.character + 2; // after ' ('
    assert.ok(unknown.range.start.character >= refStart && unknown.range.end.character <= refStart + 'see 4.3z'.length, JSON.stringify(unknown.range));
    assert.ok(slice(text, unknown.range).includes('z'));

    // Typing one character at a time elsewhere, in one message with two changes.
    const before = pos(text, '## 4.6 ');
    text = text.slice(0, offset(text, before)) + 'xy\n\n' + text.slice(offset(text, before));
    version++;
    await client.notify('textDocument/didChange', {
      textDocument: { uri: seedUri, version },
      contentChanges: [
        { range: { start: before, end: before }, text: 'x\n\n' },
        { range: { start: { line: before.line, character: 1 }, end: { line: before.line, character: 1 } }, text: 'y' },
      ],
    });
    await client.diagnostics(seedUri, (p) => p.version === version, 'diagnostics after the second edit');
    const symbols = (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } })).filter((s) => s.kind === 3 /* Namespace */);
    assert.equal(symbols.reduce((n, s) => n + (s.children?.length ?? 0), 0), 20);

    // Delete the reference again.
    const delStart = pos(text, inserted);
    const delEnd = pos(text, inserted, inserted.length);
    text = text.replace(inserted, '');
    version++;
    await client.notify('textDocument/didChange', { textDocument: { uri: seedUri, version }, contentChanges: [{ range: { start: delStart, end: delEnd }, text: '' }] });
    const without = await client.diagnostics(seedUri, (p) => p.version === version, 'diagnostics after the deletion');
    assert.ok(!without.diagnostics.some((d) => d.code === 'reference/unknown-letter'));
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: seedUri }, position: pos(text, 'see 4.3d', 6) });
    assert.match((h!.contents as MarkupContent).value, /4\.3 Resource deployment/);
  });

  it('indexes closed files: workspace symbols find criteria in every report', async () => {
    await client.progressEnd();
    const found = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'victims' });
    const uris = found.map((s) => ('uri' in s.location ? s.location.uri : ''));
    assert.ok(uris.includes(otherUri) && uris.includes(seedUri), uris.join(', '));
    const byId = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '2.3' });
    assert.ok(byId.some((s) => s.containerName === 'A report on Elsewhere'));
    // Closed reports get diagnostics too.
    await client.diagnostics(otherUri);
  });

  it('re-checks a closed report when its file changes', async () => {
    const file = path.join(dir, 'area', 'other.inspection.md');
    fs.writeFileSync(file, OTHER.replace('was prompt.', 'was prompt (see 2.3q).'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: otherUri, type: 2 }] });
    const d = await client.diagnostics(otherUri, (p) => p.diagnostics.some((x) => x.code === 'reference/unknown-letter'), 'the changed file re-checked');
    assert.ok(d.diagnostics.length > 0);
  });

  it('checks all reports on request (Inspection: Check All Reports), reading closed ones from disk again', async () => {
    const file = path.join(dir, 'area', 'other.inspection.md');
    // The test before left 'see 2.3q' (an unknown letter) in it. Put the clean text back on disk without
    // any watcher event: only the request can see it.
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, OTHER);
    const answer = await client.request<{ reports: number }>('inspection/checkAll', {});
    assert.ok(answer.reports >= 2, `checked ${answer.reports}`);
    const d = await client.diagnostics(otherUri, (p) => !p.diagnostics.some((x) => x.code === 'reference/unknown-letter'), 'the closed report re-read and re-checked');
    assert.ok(d.diagnostics.every((x) => x.code !== 'reference/unknown-letter'));
    // Leave the file as the later tests expect it.
    fs.writeFileSync(file, before);
    await client.request('inspection/checkAll', {});
    await client.diagnostics(otherUri, (p) => p.diagnostics.some((x) => x.code === 'reference/unknown-letter'), 'the file restored');
  });

  it('re-checks reports on a framework file when that file changes', async () => {
    const broken = await client.diagnostics(fwReportUri, (p) => p.diagnostics.some((d) => d.code === 'framework/invalid'), 'framework/invalid on the report');
    assert.ok(broken);
    const inFile = await client.diagnostics(fwUri, (p) => p.diagnostics.length > 0, 'diagnostics in the framework file');
    assert.ok(inFile.diagnostics.every((d) => d.code === 'framework/invalid'));

    fs.writeFileSync(path.join(dir, 'fw', 'custom.yaml'), GOOD_FRAMEWORK);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fwUri, type: 2 }] });
    await client.diagnostics(fwReportUri, (p) => !p.diagnostics.some((d) => d.code?.toString().startsWith('framework/')), 'the report re-checked against the fixed framework');
    await client.diagnostics(fwUri, (p) => p.diagnostics.length === 0, 'the framework file cleared');
  });

  it('applies settings: rule severities and inlay hints', async () => {
    client.settings = { rules: { 'structure/missing-score': 'off', 'reference/unknown-letter': 'hint' }, inlayHints: { enabled: true } };
    const file = path.join(dir, 'area', 'other.inspection.md');
    assert.ok(fs.readFileSync(file, 'utf8').includes('2.3q'));
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const d = await client.diagnostics(otherUri, (p) => p.diagnostics.some((x) => x.code === 'reference/unknown-letter' && x.severity === 4), 'the severity from settings');
    assert.ok(d);
    const hints = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri: seedUri }, range: { start: { line: 0, character: 0 }, end: { line: 2000, character: 0 } } });
    assert.ok(Array.isArray(hints));
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(otherUri, (p) => p.diagnostics.some((x) => x.code === 'reference/unknown-letter' && x.severity !== 4), 'the default severity back');
  });

  it('fixes all problems of a document with source.fixAll', async () => {
    const letters = text.replace('- (b) Although local performance information', '- (c) Although local performance information');
    assert.notEqual(letters, text);
    version++;
    const lastLine = text.split('\n').length;
    await client.notify('textDocument/didChange', { textDocument: { uri: seedUri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: 0 } }, text: letters }] });
    text = letters;
    await client.diagnostics(seedUri, (p) => p.version === version && p.diagnostics.some((d) => d.code === 'structure/finding-letters'), 'the letter problem');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: seedUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.inspection');
    const after = apply(text, actions[0]!.edit!.changes![seedUri]!);
    assert.match(after, /- \(b\) Although local performance information/);
  });

  it("gives an empty report an 'Insert report skeleton' lens that applies the skeleton (no code actions on an empty line in VS Code)", async () => {
    const emptyUri = pathToFileURL(path.join(dir, 'empty.inspection.md')).href;
    await client.notify('textDocument/didOpen', { textDocument: { uri: emptyUri, languageId: 'inspection-report', version: 1, text: '' } });
    await client.diagnostics(emptyUri, (p) => p.diagnostics.some((d) => d.code === 'structure/missing-criterion'));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: emptyUri } });
    const lens = lenses.find((l) => l.command?.title === 'Insert report skeleton');
    assert.ok(lens, JSON.stringify(lenses));
    assert.deepEqual(lens.range.start, { line: 0, character: 0 });
    const caps = init.capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(caps.includes(lens.command!.command), `the lens's command is announced: ${caps.join(', ')}`);
    const before = client.appliedEdits.length;
    await client.request('workspace/executeCommand', { command: lens.command!.command, arguments: lens.command!.arguments });
    const applied = await client.waitFor('the skeleton edit', () => client.appliedEdits[before]);
    const changes = applied.edit.changes?.[emptyUri] ?? [];
    assert.equal(changes.length, 1);
    assert.match(changes[0]!.newText, /^---\n[\s\S]*framework: hmip-omi-2007[\s\S]*## 4\.6 /);
    await client.notify('textDocument/didClose', { textDocument: { uri: emptyUri } });
  });

  it('closes a document: its file on disk is what the workspace holds again', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri: seedUri } });
    const d = await client.diagnostics(seedUri, (p) => p.version === undefined || p.version === null, 'diagnostics of the file on disk');
    assert.ok(!d.diagnostics.some((x) => x.code === 'structure/finding-letters'));
  });
});
