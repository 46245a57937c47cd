/**
 * The report skeleton written by "Inspection: New Report…" (client/src/skeleton.ts)
 * is read as the dialect by both the grammar and the analysis core: every
 * criterion of the framework, in order, with matching titles; what is left
 * for the writer (scores, grades, conclusions) is reported as missing.
 *
 * The client project is not a reference of test/tsconfig.json, so its
 * compiled module is loaded from out/ at run time (tsc -b builds it first).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IGrammar } from 'vscode-textmate';
import { analyze, builtinFramework, builtinFrameworkIds, loadFramework } from '../../server/src/core/index.js';
import type { FrameworkData } from '../../server/src/core/framework/schema.js';
import { REPO_ROOT, loadGrammar, scopesAt, tokenize } from './textmate.js';

type Segment = string | { placeholder: string };
interface SkeletonModule {
  reportSkeleton(fw: FrameworkData, options: { frameworkRef: string; date: Date }): Segment[];
  skeletonText(segments: Segment[]): string;
}

const SKELETON_JS = path.join(REPO_ROOT, 'out', 'client', 'src', 'skeleton.js');

/** Rules a fresh skeleton may trigger: what the writer has still to fill in. */
const TO_FILL_IN = new Set(['structure/missing-score', 'structure/missing-conclusion', 'structure/summary-incomplete', 'rating/summary-mismatch']);

describe('new report skeleton', () => {
  let skeleton: SkeletonModule;
  let grammar: IGrammar;
  before(async () => {
    assert.ok(existsSync(SKELETON_JS), `${SKELETON_JS} is built (tsc -b)`);
    skeleton = (await import(pathToFileURL(SKELETON_JS).href)) as SkeletonModule;
    grammar = await loadGrammar();
  });

  const frameworks: { name: string; data: () => FrameworkData; ref: string }[] = [
    ...builtinFrameworkIds().map((id) => ({ name: id, data: () => builtinFramework(id)!.data, ref: id })),
    {
      name: 'a user framework file',
      ref: './frameworks/example.yaml',
      data: () => {
        const text = [
          'id: example-skeleton',
          'name: Example',
          'sections:',
          '  - id: "1"',
          '    title: Delivery',
          '    scoreKind: grade',
          '    criteria:',
          '      - { id: "1.1", title: Governance, standard: Governance is effective. }',
          '  - id: "2"',
          '    title: Casework',
          '    scoreKind: percentage',
          '    conclusionRequired: true',
          '    criteria:',
          '      - { id: "2.1", title: Assessment }',
          '      - { id: "2.2", title: Planning, scoreKind: grade }',
          'grades: [Good, Requires improvement]',
          'conclusions:',
          '  - { id: ok, phrase: met adequately, sentence: This standard was met adequately., min: 65 }',
          '  - { id: weak, phrase: requires improvement, sentence: This standard requires improvement., min: 0 }',
          'groups: { strengths: [Strengths], areas: [Areas for Improvement], conclusion: [Conclusion] }',
        ].join('\n');
        const loaded = loadFramework(text, 'file:///w/frameworks/example.yaml');
        assert.ok(loaded.framework, JSON.stringify(loaded.diagnostics));
        return loaded.framework.data;
      },
    },
  ];

  for (const fw of frameworks) {
    it(`lays out every criterion of ${fw.name} so that the analysis finds only what is left to fill in`, () => {
      const data = fw.data();
      const segments = skeleton.reportSkeleton(data, { frameworkRef: fw.ref, date: new Date(2024, 2, 1) });
      const text = skeleton.skeletonText(segments);
      assert.ok(segments.some((s) => typeof s !== 'string'), 'the skeleton has fields to tab through');
      assert.match(text, new RegExp(`^framework: ${fw.ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'));
      assert.match(text, /^date: 2024-03$/m);

      const result = analyze(text, 'file:///w/new-report.inspection.md', {
        resolveFramework: () => undefined,
      });
      const expected = data.sections.flatMap((s) => s.criteria.map((c) => c.id));
      assert.deepEqual(result.report.criteria.map((c) => c.id), expected);
      for (const c of result.report.criteria) {
        assert.deepEqual(c.groups.map((g) => g.kind), ['strengths', 'areas'], c.id);
        assert.deepEqual(c.groups.map((g) => g.findings.map((f) => f.letter)), [['a'], ['a']], c.id);
      }
      if (fw.ref === fw.name) {
        // A built-in framework: the analysis uses it, and flags only what the writer must add.
        const unexpected = result.diagnostics.filter((d) => !TO_FILL_IN.has(d.ruleId) && d.severity !== 'hint');
        assert.deepEqual(unexpected.map((d) => `${d.ruleId}: ${d.message}`), []);
        assert.ok(result.diagnostics.some((d) => d.ruleId === 'structure/missing-score'));
      }

      const lines = text.split('\n');
      const tokens = tokenize(grammar, text);
      for (const id of expected) {
        const i = lines.findIndex((l) => l.startsWith(`## ${id} `));
        assert.ok(scopesAt(tokens[i]!, lines[i]!, id).includes('constant.numeric.criterion-id.inspection'), id);
      }
    });
  }
});
