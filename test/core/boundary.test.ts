/**
 * The analysis core is pure: it must not import VS Code, the language server
 * libraries or the file system. This test is the boundary's enforcement.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers.js';

const FORBIDDEN = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads))$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

export function importsOf(source: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\s])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[;\s])import\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return out;
}

describe('architecture: the analysis core is pure', () => {
  const files = sources(path.join(ROOT, 'server/src/core'));

  it('finds the core sources', () => {
    assert.ok(files.length > 10, `only ${files.length} files under server/src/core`);
  });

  it('the import scanner sees every form of import', () => {
    assert.deepEqual(importsOf("import * as fs from 'node:fs';\nexport { x } from './y.js';\nconst a = await import('vscode');\nimport 'side';\nrequire('child_process')"), ['node:fs', './y.js', 'vscode', 'side', 'child_process']);
  });

  for (const file of files) {
    const rel = path.relative(ROOT, file);
    it(`${rel} imports nothing outside the core's allowance`, () => {
      const bad = importsOf(fs.readFileSync(file, 'utf8')).filter((s) => FORBIDDEN.test(s));
      assert.deepEqual(bad, []);
      for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        assert.ok(target.startsWith(path.join(ROOT, 'server/src/core')), `${spec} leaves the core`);
      }
    });
  }
});
