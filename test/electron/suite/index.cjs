// The in-editor test entry point that @vscode/test-electron loads inside the
// VS Code extension host (see test/electron/run.ts). Plain CommonJS, so it
// needs no compile step and no `vscode` type definitions.
'use strict';
const path = require('node:path');

const repoRoot = process.env.INSPECTION_REPO_ROOT || path.resolve(__dirname, '..', '..', '..');
// Mocha 12's package entry is ESM; its CommonJS build loads in any extension host.
const { Mocha } = require(path.join(repoRoot, 'node_modules', 'mocha', 'lib', 'mocha.cjs'));

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true });
  mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
};
