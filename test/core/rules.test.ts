import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, analyze } from '../../server/src/core/index.js';
import { renderRuleDoc } from '../../tools/docs/render.js';
import { ROOT } from './helpers.js';

describe('rules: ok and not-ok examples', () => {
  for (const rule of allRules()) {
    describe(rule.meta.id, () => {
      it('has examples of both kinds', () => {
        assert.ok(rule.meta.examples.ok.length > 0, 'no ok example');
        assert.ok(rule.meta.examples.notOk.length > 0, 'no not-ok example');
      });
      const on = { severities: { [rule.meta.id]: rule.meta.severity } };
      rule.meta.examples.ok.forEach((text, i) => {
        it(`ok example ${i + 1} raises nothing`, () => {
          const found = analyze(text, 'file:///example.inspection.md', on).diagnostics.filter((d) => d.ruleId === rule.meta.id);
          assert.deepEqual(found.map((d) => d.message), []);
        });
      });
      rule.meta.examples.notOk.forEach((text, i) => {
        it(`not-ok example ${i + 1} is reported`, () => {
          const found = analyze(text, 'file:///example.inspection.md', on).diagnostics.filter((d) => d.ruleId === rule.meta.id);
          assert.ok(found.length > 0, `expected ${rule.meta.id} on:\n${text}`);
          for (const d of found) {
            assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end, 'range inside the text');
            for (const e of d.fix?.edits ?? []) assert.ok(e.span.start >= 0 && e.span.end <= text.length);
          }
        });
      });
      it('has an up-to-date doc in docs/rules', () => {
        const file = path.join(ROOT, 'docs/rules', `${rule.meta.id}.md`);
        assert.ok(fs.existsSync(file), `${file} is missing: run npm run docs:rules`);
        assert.equal(fs.readFileSync(file, 'utf8'), renderRuleDoc(rule.meta), `${file} is stale: run npm run docs:rules`);
      });
    });
  }

  it('rule ids are unique and namespaced', () => {
    const ids = allRules().map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(structure|reference|numbers|conclusion|suppression|rating|style)\/[a-z0-9-]+$/);
  });
});
