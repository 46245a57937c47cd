/**
 * Precision regression: every passage of test/probes/controls.txt is correct by its writer's arithmetic
 * (written for this project, each with a trap a number-matching tool could misread: a share of another whole,
 * years, ages, money, points, overlapping groups, comparators, ...), so none may raise a numbers diagnostic.
 * The checker was run on these while they were written and its false alarms fixed by form, so they are
 * development material, not an evaluation: the held-out corpus part measures generalisation.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/core/index.js';
import { isNumericDiagnostic, wrap } from '../../tools/eval/corpus-data.js';

const passages = readFileSync(new URL('../../../test/probes/controls.txt', import.meta.url), 'utf8')
  .split(/^====\s*$/m)
  .map((s) => s.trim())
  .filter(Boolean);

describe('probes: correct written passages raise no numbers diagnostic (test/probes/controls.txt)', function () {
  this.timeout(120_000);
  it(`${passages.length} passages, none flagged`, () => {
    assert.ok(passages.length > 700);
    const flagged: string[] = [];
    passages.forEach((text, i) => {
      const w = wrap({ id: `probe-${i + 1}`, text } as Parameters<typeof wrap>[0]);
      const ds = analyze(w.text, `file:///probe/${i + 1}.inspection.md`).diagnostics.filter(isNumericDiagnostic);
      for (const d of ds) flagged.push(`#${i + 1} ${d.ruleId} at '${w.text.slice(d.span.start, d.span.end)}': ${d.message}`);
    });
    assert.deepEqual(flagged, []);
  });
});
