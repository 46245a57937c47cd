// Runs inside VS Code (see index.cjs): opens the Sussex seed and checks the
// language, the diagnostics from the language server, the outline and the
// criterion navigation. Waits on editor events with deadlines, never on sleeps.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'inspection-tools.inspection-report';
const LANGUAGE_ID = 'inspection-report';
const repoRoot = process.env.INSPECTION_REPO_ROOT || path.resolve(__dirname, '..', '..', '..');
// run.ts passes a throw-away copy of seeds/; the suite only reads, so seeds/ itself also works.
const workspace = process.env.INSPECTION_TEST_WORKSPACE || path.join(repoRoot, 'seeds');
const seedPath = path.join(workspace, 'sussex-2007.inspection.md');
const seedLines = fs.readFileSync(seedPath, 'utf8').split(/\r?\n/);

/** Resolves with the first value `probe` returns that is not undefined, re-probing on `event`. */
function waitFor(event, probe, what, timeoutMs = 60000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = probe();
      if (value === undefined) return false;
      cleanup();
      resolve(value);
      return true;
    };
    const subscription = event(() => check());
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

describe('Inspection Report in VS Code', function () {
  let document;
  let editor;

  before(async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath));
    editor = await vscode.window.showTextDocument(document);
    const api = await extension.activate();
    assert.equal(await api.ready, true, 'the language server started');
  });

  it('gives *.inspection.md files the inspection-report language', function () {
    assert.equal(document.languageId, LANGUAGE_ID);
  });

  it('receives diagnostics with rule ids from the language server', async function () {
    const diagnostics = await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const list = vscode.languages.getDiagnostics(document.uri);
        return list.length > 0 ? list : undefined;
      },
      'diagnostics on the seed',
    );
    const codes = diagnostics.map((d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code));
    assert.ok(
      codes.some((c) => typeof c === 'string' && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(c)),
      `a rule id among ${JSON.stringify(codes)}`,
    );
  });

  it('moves to the first criterion heading with Inspection: Next Criterion', async function () {
    const firstCriterion = seedLines.findIndex((l) => /^#{1,6}\s+\d+\.\d+\s/.test(l));
    assert.ok(firstCriterion > 0, 'the seed has a criterion heading');
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the outline is not empty');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('inspectionReport.nextCriterion');
    assert.equal(editor.selection.active.line, firstCriterion);
  });
});
