/**
 * The invented framework files beside the labelled test reports load without
 * a diagnostic: a report scored against a framework that the schema rejects
 * would measure the framework's error, not the checker.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFramework } from '../../server/src/core/index.js';
import { ROOT } from './helpers.js';

const DIRS = ['test/reports/frameworks', 'test/reports-unseen/frameworks', 'test/reports-fresh/frameworks', 'test/reports-fresh-2/frameworks', 'test/reports-fresh-3/frameworks', 'test/reports-fresh-4/frameworks', 'test/reports-fresh-5/frameworks', 'test/reports-fresh-6/frameworks'];

describe('framework files of the labelled test reports', () => {
  for (const dir of DIRS) {
    const full = join(ROOT, dir);
    it(`${dir} holds framework files`, () => {
      assert.ok(existsSync(full) && readdirSync(full).some((f) => /\.(?:ya?ml|json)$/.test(f)), `no framework files in ${dir}`);
    });
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).filter((x) => /\.(?:ya?ml|json)$/.test(x))) {
      it(`${dir}/${f} validates`, () => {
        const r = loadFramework(readFileSync(join(full, f), 'utf8'), `file:///${dir}/${f}`);
        assert.deepEqual(r.diagnostics.map((d) => d.message), []);
        assert.ok(r.framework, 'no framework');
      });
    }
  }
});
