/**
 * The corpus of issue 9 is well formed and its labels are arithmetically
 * right: every passage file parses against the schema, ids are unique, every
 * figure is in its passage's text, and every relation that exact arithmetic
 * decides has the `holds` that our own recomputation gives (not the checker's).
 */
import * as assert from 'node:assert/strict';
import { ROOT } from '../core/helpers.js';
import { DECIDED, recompute, valueOf, wordsValue } from '../../tools/eval/corpus-arith.js';
import {
  ARITY,
  corpusDir,
  isFragment,
  loadCorpus,
  locate,
  occurrences,
  parsePassageFile,
  partOf,
  wrap,
  type Passage,
} from '../../tools/eval/corpus-data.js';

const files = loadCorpus(corpusDir(ROOT));
const passages: Passage[] = files.flatMap((f) => f.passages);

describe('corpus: format of the passage files', () => {
  it('has passage files with passages', () => {
    assert.ok(files.length > 0, 'no passage files');
    assert.ok(passages.length >= 20, `only ${passages.length} passages`);
  });

  it('every file parses and every passage matches the schema', () => {
    assert.deepEqual(files.flatMap((f) => f.errors), []);
  });

  it('ids are unique across the corpus and start with the file prefix', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const f of files) {
      for (const p of f.passages) {
        if (seen.has(p.id)) dup.push(`${p.id} in ${seen.get(p.id)} and ${f.file}`);
        seen.set(p.id, f.file);
        assert.equal(p.id[0], f.file[0], `${p.id} in ${f.file}: id prefix is not the writer's letter`);
      }
    }
    assert.deepEqual(dup, []);
  });

  it('every figure is in its text, as a whole token, at the stated occurrence', () => {
    const bad: string[] = [];
    for (const p of passages) {
      const figs = [...p.relations.flatMap((r) => r.figures), ...(p.undecidable ?? []).flatMap((u) => u.figures)];
      for (const f of figs) if (!locate(p.text, f)) bad.push(`${p.id}: '${f}'`);
    }
    assert.deepEqual(bad, []);
  });

  it('every relation has the number of figures its kind takes', () => {
    const bad: string[] = [];
    for (const p of passages)
      for (const r of p.relations) {
        const [lo, hi] = ARITY[r.kind];
        if (r.figures.length < lo || r.figures.length > hi) bad.push(`${p.id}: ${r.kind} with ${r.figures.length} figures`);
      }
    assert.deepEqual(bad, []);
  });

  it('the figures of one relation are distinct places in the text', () => {
    const bad: string[] = [];
    for (const p of passages)
      for (const r of p.relations) {
        const starts = r.figures.map((f) => locate(p.text, f)?.start);
        if (new Set(starts).size !== starts.length) bad.push(`${p.id}: ${JSON.stringify(r.figures)}`);
      }
    assert.deepEqual(bad, []);
  });

  it('a written variant says so, and a modelled passage records a URL', () => {
    for (const p of passages) {
      if (p.source === 'written') continue;
      assert.match(p.source, /^https?:\/\//, p.id);
    }
  });
});

describe('corpus: our own arithmetic agrees with every label', () => {
  it('every relation that arithmetic decides can be read and has the recomputed holds', () => {
    const bad: string[] = [];
    let decided = 0;
    for (const p of passages)
      for (const r of p.relations) {
        const c = recompute(r);
        if (!c.checked) {
          if (DECIDED.has(r.kind)) bad.push(`${p.id}: ${r.kind} ${JSON.stringify(r.figures)} unreadable: ${c.detail}`);
          continue;
        }
        decided++;
        if (c.holds !== r.holds) bad.push(`${p.id}: ${r.kind} ${JSON.stringify(r.figures)} labelled holds: ${r.holds}, arithmetic gives ${c.holds} (${c.detail})`);
      }
    assert.deepEqual(bad, []);
    assert.ok(decided > 0);
  });

  it('the corpus has planted or published errors and correct controls', () => {
    const rels = passages.flatMap((p) => p.relations);
    assert.ok(rels.some((r) => !r.holds), 'no inconsistent relation');
    assert.ok(rels.some((r) => r.holds), 'no consistent relation');
  });
});

describe('corpus: the tools behind the format', () => {
  it('reads figures as written', () => {
    assert.deepEqual(valueOf('2,300'), { num: 2300n, den: 1n, decimals: 0, percent: false, points: false });
    assert.deepEqual(valueOf('37%'), { num: 37n, den: 1n, decimals: 0, percent: true, points: false });
    assert.deepEqual(valueOf('12.5 per cent'), { num: 125n, den: 10n, decimals: 1, percent: true, points: false });
    assert.equal(valueOf('Twenty-two')?.num, 22n);
    assert.equal(valueOf('11@2')?.num, 11n);
    assert.equal(valueOf('nearly half'), undefined);
    assert.equal(wordsValue('one hundred and twelve'), 112);
    assert.equal(wordsValue('a thousand'), 1000);
  });

  it('finds a figure only as a whole token', () => {
    const t = 'In 1 of the 12 cases (8.3%), and in 3 of 12.5 or 2.5 of none, one';
    assert.deepEqual(occurrences(t, '1'), [3]);
    assert.deepEqual(occurrences(t, '12'), [12]);
    assert.deepEqual(occurrences(t, '2.5'), [t.indexOf(' 2.5') + 1]);
    assert.deepEqual(occurrences(t, '5'), []);
    assert.deepEqual(occurrences(t, 'one'), [t.length - 3]);
    assert.deepEqual(locate('12 of 12 (100%)', '12@2'), { start: 6, end: 8 });
    assert.equal(locate('12 of 12 (100%)', '12@3'), undefined);
  });

  it('recomputes each decided kind both ways', () => {
    const r = (kind: string, figures: string[]) => recompute({ kind, figures, holds: true, arithmetic: 'x' } as Passage['relations'][number]).holds;
    assert.equal(r('percent-of', ['11', '30', '37%']), true);
    assert.equal(r('percent-of', ['11', '30', '36%']), false);
    assert.equal(r('percent-of', ['1', '8', '12.5%']), true);
    assert.equal(r('percent-of', ['1', '8', '13%']), true, 'a tie rounds either way');
    assert.equal(r('percent-of', ['1', '8', '12%']), true, 'a tie rounds either way');
    assert.equal(r('percent-of', ['2', '3', '66%']), false, 'truncation is not a usual rounding');
    assert.equal(r('percent-of', ['all but two', '18', '89%']), true);
    assert.equal(r('percent-of-total', ['44%', '25', '11']), true);
    assert.equal(r('count-of-total', ['seven', 'nine']), true);
    assert.equal(r('count-of-total', ['ten', 'nine']), false);
    assert.equal(r('remainder', ['30', '19', 'four', 'seven']), true);
    assert.equal(r('remainder', ['22', '14', 'eight']), true);
    assert.equal(r('remainder', ['22', '14', 'nine']), false);
    assert.equal(r('sum-to-total', ['40', '12', '28']), true);
    assert.equal(r('shares-sum', ['25%', '51%', '19%', '5%']), true);
    assert.equal(r('shares-sum', ['33%', '33%', '33%']), true, '99 is within 3 × 0.5');
    assert.equal(r('shares-sum', ['30%', '30%', '30%']), false);
    assert.equal(r('change', ['2,000', '2,300', '15%']), true);
    assert.equal(r('change', ['1,200', '1,230', '2.5%']), true);
    assert.equal(r('change', ['1,200', '1,230', '3.5%']), false);
    assert.equal(r('change', ['40%', '55%', '15 percentage points']), true);
    assert.equal(r('mean', ['2.3', '2', '2', '3']), true);
    assert.equal(r('mean', ['2.5', '2', '2', '3']), false);
    assert.equal(recompute({ kind: 'ratio', figures: ['one in four', '60', '15'], holds: true, arithmetic: 'x' }).checked, false);
  });

  it('the split is fixed by the id and holds out about 30%', () => {
    assert.equal(partOf('a-prob-0001'), partOf('a-prob-0001'));
    let held = 0;
    for (let i = 0; i < 1000; i++) if (partOf(`x-${i}`) === 'held-out') held++;
    assert.ok(held > 250 && held < 350, `${held} of 1000 held out`);
    const parts = new Set(passages.map((p) => partOf(p.id)));
    assert.ok(parts.has('dev'));
  });

  it('wraps a passage so that its figures keep their offsets', () => {
    for (const p of passages) {
      const w = wrap(p);
      assert.equal(w.text.slice(w.offset, w.offset + w.passage.length), w.passage, p.id);
      for (const r of p.relations)
        for (const f of r.figures) {
          const a = locate(p.text, f)!;
          const b = locate(w.passage, f)!;
          assert.deepEqual(a, b, `${p.id}: ${f}`);
        }
    }
    assert.ok(isFragment('### 2.1 Title\n\n- (a) text'));
    assert.ok(!isFragment('In 11 of the 30 cases (37%).'));
  });

  it('reports schema problems with the passage id', () => {
    const f = parsePassageFile('x.yaml', '- id: a-x-1\n  source: written\n  inspectorate: X\n  families: [nonsense]\n  text: t\n');
    assert.equal(f.passages.length, 0);
    assert.match(f.errors.join('\n'), /a-x-1: families\.0/);
    assert.match(parsePassageFile('y.yaml', 'a: [').errors.join('\n'), /y\.yaml/);
  });
});
