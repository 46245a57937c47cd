import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { uriKey, Workspace } from '../../server/src/lsp/workspace.js';
import { FIXTURE } from './helpers.js';

describe('lsp: workspace', () => {
  it('analyses an open document lazily, once per version', () => {
    const ws = new Workspace();
    let doc = TextDocument.create('file:///r/a.inspection.md', 'markdown', 1, FIXTURE);
    ws.openDocument(doc);
    const first = ws.get(doc.uri)!;
    assert.equal(ws.get(doc.uri), first, 'same version: same result');
    doc = TextDocument.create(doc.uri, 'markdown', 2, FIXTURE.replace('see 1.2b', 'see 1.2z'));
    ws.updateDocument(doc);
    const second = ws.get(doc.uri)!;
    assert.notEqual(second, first);
    assert.ok(second.diagnostics.some((d) => d.ruleId === 'reference/unknown-letter'));
    assert.equal(ws.versionOf(doc.uri), 2);
  });

  it('keeps closed files apart from open ones, open ones winning', () => {
    const ws = new Workspace();
    ws.indexFile('file:///r/b.inspection.md', FIXTURE);
    const doc = TextDocument.create('file:///r/b.inspection.md', 'markdown', 1, FIXTURE.replace('79%', '80%'));
    ws.openDocument(doc);
    assert.equal(ws.indexFile('file:///r/b.inspection.md', FIXTURE), undefined, 'an open file is not re-indexed');
    assert.equal(ws.reports().length, 1);
    assert.equal(ws.get(doc.uri)!.report.criteria[0]!.score!.value, 80);
    ws.closeDocument(doc.uri);
    assert.equal(ws.get(doc.uri)!.report.criteria[0]!.score!.value, 79);
    assert.deepEqual(ws.closedUnder('file:///r'), ['file:///r/b.inspection.md']);
    assert.equal(ws.removeFile(doc.uri), true);
    assert.equal(ws.get(doc.uri), undefined);
  });

  it('re-analyses dependants of a framework file when it changes', () => {
    let fwText = 'not: [valid';
    const fwUri = 'file:///r/fw.yaml';
    const ws = new Workspace({ resolveFramework: () => ({ uri: fwUri, text: fwText }) });
    ws.indexFile('file:///r/c.inspection.md', '---\nframework: ./fw.yaml\n---\n\n# 1. A\n');
    ws.indexFile('file:///r/d.inspection.md', FIXTURE);
    assert.deepEqual(ws.dependentsOf(fwUri), ['file:///r/c.inspection.md']);
    assert.ok(ws.get('file:///r/c.inspection.md')!.diagnostics.some((d) => d.ruleId === 'framework/invalid'));
    fwText = 'id: mine\nname: Mine\nsections:\n  - id: "1"\n    title: A\n    scoreKind: percentage\n    criteria:\n      - id: "1.1"\n        title: B\n';
    const after = ws.refresh('file:///r/c.inspection.md')!;
    assert.ok(!after.diagnostics.some((d) => d.ruleId === 'framework/invalid'), after.diagnostics.map((d) => d.message).join('\n'));
    assert.equal(after.framework!.id, 'mine');
  });

  it('spells file uris one way', () => {
    assert.equal(uriKey('file:///r/a%20b.inspection.md'), uriKey('file:///r/a b.inspection.md'));
    assert.equal(uriKey('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
