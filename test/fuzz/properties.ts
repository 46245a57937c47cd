/**
 * The fuzz properties of issue 10, shared by the short run inside `npm test`
 * (fixed seed, a few seconds) and the long run of `npm run fuzz`
 * (test/fuzz/run.ts, FUZZ_MINUTES). They reach what fuzzing Markdown did not:
 * front matter values, hostile YAML framework files, sequences of document
 * events as the server receives them, and the adversarial shapes.
 *
 * Each property must never throw, must finish within HANG_MS, and where an
 * incremental analysis is involved, must equal a full one.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, DocumentAnalyzer, loadFramework } from '../../server/src/core/index.js';
import { Workspace } from '../../server/src/lsp/workspace.js';

export const HANG_MS = 5000;
const URI = 'file:///fuzz/r.inspection.md';

/** Counts kept by the long run; `onCase` lets its watchdog see a case start and end. */
export const figures: { cases: number; hangs: number; slowest: number; onCase?: (phase: 'start' | 'end') => void } = { cases: 0, hangs: 0, slowest: 0 };

function timed<T>(fn: () => T): T {
  figures.onCase?.('start');
  const t = Date.now();
  const v = fn();
  figures.onCase?.('end');
  const ms = Date.now() - t;
  figures.cases++;
  figures.slowest = Math.max(figures.slowest, ms);
  if (ms > HANG_MS) {
    figures.hangs++;
    throw new Error(`took ${ms} ms (a hang)`);
  }
  return v;
}

const PROTO = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'prototype', 'then'];
const yamlScalar = fc.oneof(
  fc.constantFrom(...PROTO, 'hmip-omi-2007', './fw.yaml', '../../etc/passwd', '/dev/zero', '~', 'null', 'true', '1e309', '0x1F', "'", '"', '*a', '&a x', '!!binary x', '[', '{', '|', '>-'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A front matter block of random keys and values. */
export const frontMatter = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO, 'framework', 'rounding', 'decimals', 'title'), fc.string({ maxLength: 12 })), yamlScalar), { maxLength: 8 })
  .map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`);

const BODY = '# 1. Assessment\n\n## 1.1 Something\n\nStrengths\n\n(a) 12 of 20 (60%) cases were good; see 1.1a.\n\nConclusion: Good.\n';

/** A hostile YAML framework file, put together from fragments. */
export const hostileYaml = fc
  .array(
    fc.oneof(
      fc.constantFrom('a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'),
      fc.constantFrom('name: *missing', '<<: *a', 'id: !!js/function "x"', '? [a, b]\n: c', 'id: x\nid: y', '__proto__: {polluted: true}', 'constructor: {prototype: {x: 1}}', 'sections: 3', '%YAML 9.9', '--- !!map'),
      fc.nat(400).map((n) => `deep: ${'['.repeat(n)}${']'.repeat(n)}`),
      fc.nat(400).map((n) => `deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
      fc.string({ maxLength: 60 }),
    ),
    { maxLength: 10 },
  )
  .map((lines) => `${lines.join('\n')}\n`);

/** The adversarial shapes of the issue, at random sizes, mixed into a report. */
export const shape = fc
  .tuple(
    fc.constantFrom('> ', '- ', '1. ', '*a ', ' a*', '![a', '](b)', '[a', ' ', '\t', ' \n', '|', ' | ', '<div>', '</div>', '`', '```\n', '~~~\n', '(1/2) ', 'see 1.2d ', ' a~', 'a]', '![a](', '[^a ', ' a_', 'Of these, ', '\u2028', '\r\n', '#', '\u00a0', '_a ', '**'),
    fc.nat(3000),
  )
  .map(([unit, n]) => unit.repeat(n));
export const adversarial = fc.array(fc.oneof(shape, fc.constantFrom(BODY, '\n\n', '# 2. B\n', '## 1.2 C\n', '| 1.1 | 50% |\n|---|---|\n')), { maxLength: 6 }).map((parts) => parts.join(''));

/** One edit: replace [from, from+del) by ins. */
const edit = fc.tuple(fc.nat(), fc.nat(40), fc.oneof(shape, fc.string({ maxLength: 20 })));
function applyEdit(text: string, [from, del, ins]: [number, number, string]): string {
  const at = text.length === 0 ? 0 : from % (text.length + 1);
  return text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
}

function sameAnalysis(a: ReturnType<typeof analyze>, b: ReturnType<typeof analyze>): void {
  assert.deepEqual(a.diagnostics, b.diagnostics);
  assert.deepEqual(JSON.parse(JSON.stringify(a.report)), JSON.parse(JSON.stringify(b.report)));
}

export const properties = {
  'front matter values never throw': fc.property(frontMatter, (fm) => {
    timed(() => analyze(fm + BODY, URI, { resolveFramework: () => ({ uri: 'file:///fuzz/fw.yaml', text: 'name: *x\n' }) }));
  }),
  'hostile YAML framework files become diagnostics': fc.property(hostileYaml, (yaml) => {
    const r = timed(() => loadFramework(yaml, `file:///fuzz/${yaml.length}.yaml`));
    assert.ok(r.framework || r.diagnostics.length > 0);
    timed(() => analyze(`---\nframework: ./fw.yaml\n---\n${BODY}`, URI, { resolveFramework: () => ({ uri: 'file:///fuzz/fw.yaml', text: yaml }) }));
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
  }),
  'adversarial shapes: incremental equals full': fc.property(adversarial, fc.array(edit, { maxLength: 3 }), (text, edits) => {
    const inc = new DocumentAnalyzer(URI);
    timed(() => inc.update(text));
    let current = text;
    for (const e of edits) {
      current = applyEdit(current, e);
      const a = timed(() => inc.update(current));
      sameAnalysis(a, timed(() => analyze(current, URI)));
    }
  }),
  'document event sequences never throw and never go stale': fc.property(
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('open' as const), doc: fc.nat(2), text: fc.oneof(adversarial, fc.constantFrom<unknown>(42, null, { a: 1 }, ['x'])) }),
        fc.record({ kind: fc.constant('change' as const), doc: fc.nat(2), edit, version: fc.oneof(fc.constant(1), fc.integer()) }),
        fc.record({ kind: fc.constant('close' as const), doc: fc.nat(2) }),
        fc.record({ kind: fc.constant('get' as const), doc: fc.nat(2) }),
      ),
      { maxLength: 12 },
    ),
    (events) => {
      const ws = new Workspace({});
      const docs = new Map<number, TextDocument>();
      for (const ev of events) {
        const uri = `file:///fuzz/d${ev.doc}.inspection.md`;
        if (ev.kind === 'open') {
          const doc = TextDocument.create(uri, 'inspection-report', 1, ev.text as string);
          docs.set(ev.doc, doc);
          timed(() => ws.openDocument(doc));
        } else if (ev.kind === 'change') {
          const old = docs.get(ev.doc);
          if (!old || typeof old.getText() !== 'string') continue;
          const doc = TextDocument.create(uri, 'inspection-report', ev.version, applyEdit(old.getText(), ev.edit));
          docs.set(ev.doc, doc);
          timed(() => ws.updateDocument(doc));
        } else if (ev.kind === 'close') {
          docs.delete(ev.doc);
          ws.closeDocument(uri);
        } else {
          const r = timed(() => ws.get(uri));
          const doc = docs.get(ev.doc);
          if (doc) {
            const text = typeof doc.getText() === 'string' ? doc.getText() : '';
            assert.equal(r?.text, text, 'the analysis is of the newest text');
            sameAnalysis(r!, analyze(text, uri));
          } else assert.equal(r, undefined);
        }
      }
    },
  ),
};
