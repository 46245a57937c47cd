/**
 * Opening a report the server has already indexed reuses the indexing
 * analyzer's parsed blocks (no second parse of the whole report), and the
 * result is exactly a fresh analysis of the text.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/index.js';
import { Workspace } from '../../server/src/lsp/workspace.js';
import { FIXTURE } from './helpers.js';

const strip = (r: ReturnType<typeof analyze>) => JSON.stringify({ report: r.report, diagnostics: r.diagnostics });

describe('lsp: opening an indexed report', () => {
  it('parses no block again when the text is what was indexed, and equals a fresh analysis', () => {
    const uri = 'file:///r/a.inspection.md';
    const ws = new Workspace();
    ws.indexFile(uri, FIXTURE);
    ws.openDocument(TextDocument.create(uri, 'inspection-report', 1, FIXTURE));
    const opened = ws.get(uri)!;
    const analyzer = (ws as unknown as { open: Map<string, { analyzer: { lastParsed: number } }> }).open.get(uri)!.analyzer;
    assert.equal(analyzer.lastParsed, 0);
    assert.equal(strip(opened), strip(analyze(FIXTURE, uri)));
  });

  it('parses only the edited blocks when the open text differs, and starts afresh after a settings change', () => {
    const uri = 'file:///r/b.inspection.md';
    const ws = new Workspace();
    ws.indexFile(uri, FIXTURE);
    const edited = FIXTURE.replace('79%', '80%');
    assert.notEqual(edited, FIXTURE);
    ws.openDocument(TextDocument.create(uri, 'inspection-report', 1, edited));
    const open = (ws as unknown as { open: Map<string, { analyzer: { lastParsed: number } }> }).open;
    assert.equal(strip(ws.get(uri)!), strip(analyze(edited, uri)));
    assert.equal(open.get(uri)!.analyzer.lastParsed, 1);

    const other = 'file:///r/c.inspection.md';
    ws.indexFile(other, FIXTURE);
    ws.setOptions({ severities: { 'numbers/percentage-mismatch': 'off' } });
    ws.openDocument(TextDocument.create(other, 'inspection-report', 1, FIXTURE));
    assert.equal(strip(ws.get(other)!), strip(analyze(FIXTURE, other, { severities: { 'numbers/percentage-mismatch': 'off' } })));
  });
});
