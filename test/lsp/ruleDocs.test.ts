import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, analyze } from '../../server/src/core/index.js';
import { OTHER_DIAGNOSTIC_IDS } from '../../server/src/core/diagnostic-ids.js';
import { ruleDocLink } from '../../server/src/lsp/features/diagnostics.js';
import { renderDiagnosticIdDoc } from '../../tools/docs/other-ids.js';
import { ROOT } from './helpers.js';

/** Every diagnostic id written as a literal in the server's source: `ruleId: 'x/y'` and `*_RULE = 'x/y'`. */
function idsInSource(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/ruleId:\s*'([a-z]+\/[a-z0-9-]+)'|_RULE\s*=\s*'([a-z]+\/[a-z0-9-]+)'/g)) out.add(m[1] ?? m[2]!);
      }
    }
  };
  walk(path.join(ROOT, 'server/src'));
  return out;
}

describe('rule docs: every id has its page', () => {
  it('the ids the analyzer itself reports (framework/*, internal/*, front matter) are found in the source', () => {
    const ids = idsInSource();
    for (const id of ['framework/default', 'framework/unknown', 'framework/invalid', 'internal/check-failed']) assert.ok(ids.has(id), id);
  });

  it('every diagnostic id of the source and every rule has a page in docs/rules', () => {
    const ids = new Set([...idsInSource(), ...allRules().map((r) => r.meta.id)]);
    const missing = [...ids].filter((id) => !fs.existsSync(path.join(ROOT, 'docs/rules', `${id}.md`)));
    assert.deepEqual(missing, []);
    const documented = new Set([...allRules().map((r) => r.meta.id), ...OTHER_DIAGNOSTIC_IDS.map((d) => d.id)]);
    assert.deepEqual([...ids].filter((id) => !documented.has(id)), [], 'ids without metadata in core/diagnostic-ids.ts');
  });

  for (const doc of OTHER_DIAGNOSTIC_IDS) {
    it(`${doc.id}: its page is current and its examples raise it`, () => {
      const file = path.join(ROOT, 'docs/rules', `${doc.id}.md`);
      assert.equal(fs.readFileSync(file, 'utf8'), renderDiagnosticIdDoc(doc), `${file} is stale: run npm run docs:rules`);
      for (const text of doc.examples) {
        const found = analyze(text, 'file:///reports/example.inspection.md').diagnostics.filter((d) => d.ruleId === doc.id);
        assert.ok(found.length > 0, `${doc.id} not raised by:\n${text}`);
        assert.equal(found[0]!.severity, doc.severity);
      }
    });
  }

  it("the empty report's 'no framework' note links to a page that exists", () => {
    const result = analyze('', 'file:///reports/test.inspection.md');
    const base = `file://${path.join(ROOT, 'docs/rules')}/`;
    for (const d of result.diagnostics) {
      const href = ruleDocLink(base, d.ruleId)!;
      assert.ok(fs.existsSync(new URL(href)), `${d.ruleId}: ${href}`);
    }
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'framework/default'));
  });
});
