/**
 * Block-incremental analysis must be invisible: after every edit, a
 * DocumentAnalyzer that has seen the previous versions gives exactly what a
 * fresh `analyze` gives (report model, diagnostics and parsed blocks, compared
 * as JSON). A seeded PRNG drives random edit sequences over the Sussex seed,
 * excerpts of it and small generated reports.
 *
 * Reproduce or fuzz longer (after `npx tsc -b`):
 *   INCREMENTAL_SEED=<n> INCREMENTAL_SCALE=<k> npx mocha --no-config --timeout 0 out/test/core/incremental.test.js
 */
import * as assert from 'node:assert/strict';
import { prng } from '../../tools/prng.js';
import { analyze, builtinFramework, DocumentAnalyzer, type AnalysisResult, type AnalyzeOptions } from '../../server/src/core/index.js';
import { seedText } from './helpers.js';

const BASE_SEED = Number(process.env.INCREMENTAL_SEED ?? 20070104);
const SCALE = Number(process.env.INCREMENTAL_SCALE ?? 1);

type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------- frameworks

const USER_FW_URI = 'file:///work/fw.yaml';
const USER_FW = `id: mini-bench
name: A small user framework
sections:
  - id: "1"
    title: Assessment
    scoreKind: percentage
    conclusionRequired: true
    criteria:
      - { id: "1.1", title: Preparing for sentence, standard: Activity before sentence is timely. }
      - { id: "1.2", title: Assessment of risk of harm }
  - id: "2"
    title: Leadership
    scoreKind: grade
    criteria:
      - { id: "2.1", title: Leadership and planning }
      - { id: "2.2", title: Resource deployment }
grades: [Well met, Satisfactorily met, Partly met, Not met]
conclusions:
  - { id: good, phrase: was good, sentence: Performance against this criterion was good., min: 73 }
  - { id: priority, phrase: a priority for improvement, sentence: This criterion represents a priority for improvement., min: 0 }
summaryTable: { criteria: ["2.1", "2.2"], shows: grade }
`;

/** Edits a framework file in ways that keep it valid, break it, or change what it lists. */
const FW_EDITS: ((fw: string) => string)[] = [
  (fw) => fw.replace('Preparing for sentence', 'Preparing for the sentence'),
  (fw) => fw.replace('Preparing for the sentence', 'Preparing for sentence'),
  (fw) => fw.replace('[Well met, ', '[Well met, Fully met, '),
  (fw) => fw.replace('min: 73', 'min: 80'),
  (fw) => fw.replace('min: 80', 'min: 73'),
  (fw) => fw.replace('scoreKind: grade', 'scoreKind: percentage'),
  (fw) => fw.replace('scoreKind: percentage\n    criteria:\n      - { id: "2.1"', 'scoreKind: grade\n    criteria:\n      - { id: "2.1"'),
  (fw) => fw.replace('sections:', 'sections: ['),
  (fw) => fw.replace('sections: [', 'sections:'),
  () => USER_FW,
];

// ------------------------------------------------------------ small reports

const FRAMEWORK_REFS = ['hmip-omi-2007', './fw.yaml', './missing.yaml', 'no-such-framework', ''];

function sentence(rng: Rng): string {
  const words = ['the', 'offender', 'manager', 'cases', 'assessment', 'was', 'timely', 'in', 'most', 'of', 'plans', 'RoH', 'reviewed', 'staff', 'area', 'good'];
  const n = 4 + rng.int(14);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(words));
  if (rng.chance(0.3)) out.push(`${rng.int(101)}%`);
  if (rng.chance(0.2)) out.push(`${rng.int(90)}% (${rng.int(40)}) of ${40 + rng.int(40)} cases`);
  if (rng.chance(0.25)) out.push(rng.pick(['(see 1.2b)', 'see 1.1a', "see 'b' under 'Areas for Improvement' below", 'OMI Criterion: 2.1a', 'see section 2.1', 'criterion 1.2', 'sections 1-2', 'see 4.3d']));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** A small report in the dialect, built from random choices. */
function smallReport(rng: Rng): string {
  const fw = builtinFramework('hmip-omi-2007')!;
  const lines: string[] = [];
  const ref = rng.pick(FRAMEWORK_REFS);
  if (rng.chance(0.85)) {
    lines.push('---', `title: Report ${rng.int(1000)}`);
    if (ref) lines.push(`framework: ${ref}`);
    lines.push('---', '');
  }
  lines.push('A report on offender management', '');
  if (rng.chance(0.4)) lines.push('# Summary', '', sentence(rng), '');
  if (rng.chance(0.3)) {
    lines.push('| Criterion | Grade |', '|---|---|');
    for (const id of ['4.1', '4.2', '2.1']) if (rng.chance(0.7)) lines.push(`| ${id} Leadership | ${rng.pick(fw.grades)} |`);
    lines.push('');
  }
  const sections = rng.chance(0.5) ? fw.sections.slice(0, 2) : [rng.pick(fw.sections)];
  for (const s of sections) {
    lines.push(`# ${s.id}. ${s.title.toUpperCase()}`, '');
    for (const c of s.criteria) {
      if (!rng.chance(0.6)) continue;
      lines.push(`## ${c.id} ${rng.chance(0.5) ? 'General Criterion: ' : ''}${c.title.toUpperCase()}`, '');
      if (c.standard && rng.chance(0.8)) lines.push(c.standard, '');
      lines.push(s.scoreKind === 'grade' ? rng.pick(fw.grades) : `${40 + rng.int(60)}%`, '');
      for (const group of ['Strengths', rng.pick(['Areas for Improvement', 'Area for Improvement'])]) {
        if (!rng.chance(0.85)) continue;
        lines.push(rng.chance(0.7) ? `### ${group}` : `**${group}:**`, '');
        const n = 1 + rng.int(4);
        for (let i = 0; i < n; i++) {
          lines.push(`- (${String.fromCharCode(97 + i + (rng.chance(0.05) ? 1 : 0))}) ${sentence(rng)}`);
          if (rng.chance(0.2)) lines.push('', `  ${sentence(rng)}`, '');
        }
        lines.push('');
      }
      if (s.conclusionRequired || rng.chance(0.2)) {
        lines.push(rng.chance(0.7) ? '### Conclusion' : 'Conclusion:', '', rng.pick(fw.bands).sentence, '');
      }
      if (rng.chance(0.1)) lines.push('```', '# not a heading', '- (z) not a finding', '```', '');
    }
  }
  if (rng.chance(0.3)) lines.push('# APPENDIX 1 Contextual information', '', sentence(rng), '');
  return lines.join(rng.chance(0.05) ? '\r\n' : '\n');
}

// -------------------------------------------------------------------- edits

const SNIPPETS = [
  '\n', '\n\n', ' ', 'x', 'e', '#', '# ', '## ', '\n# ', '\n## 1.1 Preparing for sentence\n\n', '\n## 2.2 PROTECTING THE PUBLIC\n', '\n# 3. ACHIEVEMENT\n\n',
  '\n### Strengths\n\n', '\n### Areas for Improvement\n\n', '\nConclusion\n\n', '\n**Strengths:**\n', '\n- (a) ', '\n- (x) A finding text.\n', '- (b) ', '(c) ',
  '\n79%\n\n', '79%', '\nScore: 64%\n', '\nWell met\n\n', 'Partly met', '\n```\n', '\n~~~\n', '```', '\n    ```\n', '\n````md\n',
  'see 1.2b', ' (see 4.3d) ', 'OMI Criterion: 2.1a', "see 'b' under 'Areas for Improvement' below", 'sections 1-3', 'criterion 2.2', ' section 4 ',
  '\n| 4.1 Leadership | Well met |\n', '\n|---|---|\n', '| 1.1 | 79% |', '\n---\n', '---', '*', '**', '`', '\\', '<b>', '</b>',
  '69% (22) of 32 cases', 'Performance against this criterion was good.', 'This criterion represents a priority for improvement.', '\r\n', '\r',
  '(b)', '1.', '- ', '  ', '\t', '>', '\n> quoted\n', '[link](#x)', '\n\n---\n\n', '\n***\n', '<!-- c -->', '\n<div>\n', 'é', '\u2019', '😀',
];
const ALPHABET = 'abcdefgh #-()%.*`\n\n\n0123456789|:_~>';

function randomText(rng: Rng): string {
  let out = '';
  const n = 1 + rng.int(3);
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.7)) out += rng.pick(SNIPPETS);
    else for (let k = 1 + rng.int(8); k > 0; k--) out += rng.pick([...ALPHABET]);
  }
  return out;
}

interface Doc {
  text: string;
  fw: string;
}

type EditFn = (rng: Rng, doc: Doc, fresh: AnalysisResult) => string;

const splice = (t: string, start: number, end: number, ins: string) => t.slice(0, start) + ins + t.slice(end);

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

const EDITS: [weight: number, name: string, fn: EditFn][] = [
  [18, 'insert', (rng, d) => {
    const at = rng.int(d.text.length + 1);
    return splice(d.text, at, at, randomText(rng));
  }],
  [14, 'insert at line start', (rng, d) => {
    const at = rng.pick(lineStarts(d.text));
    return splice(d.text, at, at, randomText(rng));
  }],
  [14, 'delete', (rng, d) => {
    const at = rng.int(d.text.length + 1);
    return splice(d.text, at, Math.min(d.text.length, at + 1 + rng.int(rng.chance(0.8) ? 12 : 400)), '');
  }],
  [10, 'replace', (rng, d) => {
    const at = rng.int(d.text.length + 1);
    return splice(d.text, at, Math.min(d.text.length, at + 1 + rng.int(20)), randomText(rng));
  }],
  [12, 'one character in a finding', (rng, d, fresh) => {
    const findings = fresh.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings));
    if (findings.length === 0) return d.text;
    const f = rng.pick(findings);
    const at = f.span.start + rng.int(Math.max(1, f.span.end - f.span.start));
    return splice(d.text, at, Math.min(at + 1, d.text.length), rng.pick(['x', 'Y', ' ', '', '\n', '7', '%', '(', '#']));
  }],
  [7, 'delete a block', (rng, d, fresh) => {
    const b = rng.pick(fresh.blocks);
    return splice(d.text, b.offset, b.offset + b.text.length, '');
  }],
  [7, 'paste a block', (rng, d, fresh) => {
    const b = rng.pick(fresh.blocks);
    const at = rng.chance(0.7) ? rng.pick(fresh.blocks).offset : rng.int(d.text.length + 1);
    return splice(d.text, at, at, b.text);
  }],
  [3, 'move a block', (rng, d, fresh) => {
    const b = rng.pick(fresh.blocks);
    const without = splice(d.text, b.offset, b.offset + b.text.length, '');
    const targets = fresh.blocks.filter((x) => x !== b).map((x) => (x.offset > b.offset ? x.offset - b.text.length : x.offset));
    const at = targets.length > 0 ? rng.pick(targets) : 0;
    return splice(without, at, at, b.text);
  }],
  [8, 'front matter', (rng, d, fresh) => {
    const fm = fresh.report.frontMatter;
    if (!fm) return rng.chance(0.5) ? `---\nframework: ${rng.pick(FRAMEWORK_REFS)}\n---\n\n${d.text}` : d.text;
    const vs = fm.valueSpans.framework;
    switch (rng.int(4)) {
      case 0:
        return vs ? splice(d.text, vs.start, vs.end, rng.pick(FRAMEWORK_REFS.filter(Boolean))) : splice(d.text, 4, 4, `framework: ${rng.pick(FRAMEWORK_REFS)}\n`);
      case 1:
        return splice(d.text, 4, 4, rng.pick(['area: Kent\n', 'bad: [\n', 'rounding: 1\n', '- list\n', 'date: 2007-10\n']));
      case 2:
        return splice(d.text, fm.span.start, fm.span.end, '');
      default: {
        const at = fm.span.start + rng.int(fm.span.end - fm.span.start);
        return splice(d.text, at, at + 1, rng.pick(['', 'x', '\n', ':', ' ']));
      }
    }
  }],
  [4, 'framework file', (rng, d) => {
    d.fw = rng.pick(FW_EDITS)(d.fw);
    return d.text;
  }],
];
const TOTAL_WEIGHT = EDITS.reduce((n, [w]) => n + w, 0);

function pickEdit(rng: Rng): [string, EditFn] {
  let r = rng.int(TOTAL_WEIGHT);
  for (const [w, name, fn] of EDITS) {
    if (r < w) return [name, fn];
    r -= w;
  }
  throw new Error('unreachable');
}

// ---------------------------------------------------------------- comparing

function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 300);
  return `${path}: incremental ${show(a)} vs fresh ${show(b)}`;
}

/** JSON of what must agree, taken right away (later updates move cached spans in place). */
function snapshot(r: AnalysisResult): Record<'report' | 'diagnostics' | 'blocks', string> {
  return { report: JSON.stringify(r.report), diagnostics: JSON.stringify(r.diagnostics), blocks: JSON.stringify(r.blocks) };
}

interface RunStats {
  steps: number;
  reparsed: number;
  blocks: number;
}

/** Applies `steps` random edits to `text`; after each, incremental and fresh analyses must agree. */
function run(label: string, seed: number, text: string, steps: number, stats: RunStats): void {
  const rng = prng(seed);
  const doc: Doc = { text, fw: USER_FW };
  const uri = 'file:///work/report.inspection.md';
  const options: AnalyzeOptions = {
    resolveFramework: (ref) => (ref.replace(/^\.\//, '') === 'fw.yaml' ? { uri: USER_FW_URI, text: doc.fw } : undefined),
  };
  const analyzer = new DocumentAnalyzer(uri, options);
  const history: string[] = [];
  let fresh = analyze(doc.text, uri, options);
  analyzer.update(doc.text);
  for (let step = 0; step < steps; step++) {
    const [name, edit] = pickEdit(rng);
    doc.text = edit(rng, doc, fresh);
    history.push(name);
    const inc = snapshot(analyzer.update(doc.text));
    stats.reparsed += analyzer.lastParsed;
    fresh = analyze(doc.text, uri, options);
    stats.blocks += fresh.blocks.length;
    stats.steps++;
    const expected = snapshot(fresh);
    for (const key of ['report', 'diagnostics', 'blocks'] as const) {
      if (inc[key] === expected[key]) continue;
      const diff = firstDifference(JSON.parse(inc[key]), JSON.parse(expected[key]), key) ?? 'no difference found field by field';
      assert.fail(
        `${label} (seed ${seed}), step ${step + 1} after [${history.slice(-5).join(', ')}]: the incremental ${key} differs from a fresh analysis\n  ${diff}`,
      );
    }
  }
}

describe('incremental analysis equals a fresh analysis', function () {
  this.timeout(60_000);
  const seed = seedText();
  const stats: RunStats = { steps: 0, reparsed: 0, blocks: 0 };
  const started = process.hrtime.bigint();

  after(() => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Kept short: one line for the test log.
    console.log(
      `      ${stats.steps} random edits compared in ${(ms / 1000).toFixed(1)} s; blocks re-parsed per edit: ${(stats.reparsed / Math.max(1, stats.steps)).toFixed(2)} of ${(stats.blocks / Math.max(1, stats.steps)).toFixed(1)}`,
    );
  });

  it('on the Sussex seed (random edits anywhere)', () => {
    run('seed', BASE_SEED, seed, 12 * SCALE, stats);
  });

  it('on excerpts of the seed (front matter and a run of blocks)', () => {
    const rng = prng(BASE_SEED + 1);
    const blocks = analyze(seed, 'file:///seed').blocks;
    for (let i = 0; i < 4; i++) {
      const from = 1 + rng.int(blocks.length - 12);
      const to = from + 4 + rng.int(8);
      const excerpt = blocks[0]!.text + blocks.slice(from, to).map((b) => b.text).join('');
      run(`seed excerpt ${i + 1} (blocks ${from}-${to - 1})`, BASE_SEED + 100 + i, excerpt, 22 * SCALE, stats);
    }
  });

  it('on small generated reports', () => {
    const rng = prng(BASE_SEED + 2);
    for (let i = 0; i < 16; i++) run(`generated report ${i + 1}`, BASE_SEED + 1000 + i, smallReport(rng), 16 * SCALE, stats);
  });

  it('re-parses only the edited block after a one-character edit inside a finding', () => {
    const uri = 'file:///seeds/sussex-2007.inspection.md';
    const analyzer = new DocumentAnalyzer(uri);
    let text = seed;
    let result = analyzer.update(text);
    const rng = prng(BASE_SEED + 3);
    const count = result.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings)).length;
    assert.ok(count > 100, `only ${count} findings in the seed`);
    for (let i = 0; i < 6; i++) {
      const findings = result.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings));
      const f = rng.pick(findings);
      // A letter inside the finding's prose, well after the `(a)`.
      const src = text.slice(f.span.start, f.span.end);
      const candidates = [...src.matchAll(/[a-z]/g)].map((m) => m.index!).filter((k) => k > 6);
      const at = f.span.start + rng.pick(candidates);
      text = splice(text, at, at + 1, text[at] === 'x' ? 'y' : 'x');
      result = analyzer.update(text);
      assert.equal(analyzer.lastParsed, 1, `edit at ${at} in finding (${f.letter}) re-parsed ${analyzer.lastParsed} blocks`);
      assert.equal(JSON.stringify(result.report), JSON.stringify(analyze(text, uri).report));
    }
  });
});

describe('a re-parsed block takes over the readings of its unchanged findings (numbers/scope-memo.ts)', () => {
  // Findings full of figures, some pointing back to the finding before ('Of these'), so that a reading
  // carried from one finding to the next is exercised; one finding holds an error.
  const report = [
    '---',
    'framework: hmip-2007',
    '---',
    '',
    '# 1 Assessment',
    '',
    '## 1.1 Risk of harm',
    '',
    '- (a) We inspected 40 cases. In 26 of them (65%) a risk assessment had been completed on time.',
    '- (b) Of these, 13 (50%) had been reviewed, and a further 7 were under review.',
    '- (c) Of the 52 cases where a plan was needed, 39 (75%) had one; the remaining 13 did not.',
    '- (d) Home visits were made in 18 of 30 cases (62%), and in nine of the 12 high-risk cases.',
    '- (e) Overall, the assessment of risk had been done well in 65% of the cases.',
    '',
    '| Measure | Cases | Yes | % |',
    '|---|---|---|---|',
    '| Plan in place | 40 | 30 | 75% |',
    '| Reviewed | 40 | 22 | 55% |',
    '',
  ].join('\n');
  const uri = 'file:///memo.inspection.md';
  const same = (a: AnalysisResult, text: string, what: string) => {
    const b = analyze(text, uri);
    assert.equal(JSON.stringify(a.report.claims), JSON.stringify(b.report.claims), `${what}: the claims differ from a fresh analysis`);
    assert.equal(JSON.stringify(a.diagnostics), JSON.stringify(b.diagnostics), `${what}: the diagnostics differ from a fresh analysis`);
  };

  it('gives exactly the fresh analysis after edits in each finding, before it and in the carried sentence', () => {
    const analyzer = new DocumentAnalyzer(uri);
    let text = report;
    analyzer.update(text);
    const edits: [string, string][] = [
      ['completed on time', 'completed in time'], // the finding that (b) points back to
      ['13 (50%)', '13 (52%)'], // the error moves
      ['a plan was needed', 'a plan was required'],
      ['# 1 Assessment', '# 1 Assessment of risk'], // everything after shifts
      ['18 of 30 cases (62%)', '18 of 30 cases (60%)'],
      ['We inspected 40 cases.', 'We inspected 42 cases.'], // the carried total changes
      ['Overall, the', 'Overall the'],
      ['| Reviewed | 40 | 22 | 55% |', '| Reviewed | 40 | 23 | 55% |'],
    ];
    for (const [from, to] of edits) {
      assert.ok(text.includes(from), from);
      text = text.replace(from, to);
      same(analyzer.update(text), text, `after '${from}' → '${to}'`);
    }
    // And back, each edit undone in turn (the earlier versions' readings are no longer at hand).
    for (const [from, to] of [...edits].reverse()) {
      text = text.replace(to, from);
      same(analyzer.update(text), text, `after undoing '${from}' → '${to}'`);
    }
    assert.equal(text, report);
  });

  it('parsing ahead (the server queue) gives the same as a plain update', () => {
    const analyzer = new DocumentAnalyzer(uri);
    let text = report;
    analyzer.update(text);
    for (const [from, to] of [['(65%)', '(66%)'], ['nine of the 12', 'eight of the 12'], ['Of these, 13', 'Of these, 14']] as const) {
      text = text.replace(from, to);
      while (!analyzer.prewarm(text, 1));
      same(analyzer.update(text), text, `after '${from}' → '${to}' parsed ahead`);
    }
  });
});
