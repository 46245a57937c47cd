/**
 * How well the numeric checks read published inspection prose (issue 9):
 * every passage of `test/corpus/passages/*.yaml` is put in a minimal report
 * and analysed by the core; its claims and diagnostics are scored against
 * the passage's labels.
 *
 *   npm run eval:corpus -- [--verbose] [--part dev|held-out] [--family NAME] [--file PREFIX] [--json]
 *
 * Prints, for each part of the fixed split and each family: coverage (the
 * share of decidable relations a judged claim recognises), recall of the
 * inconsistent relations, and false alarms per 100 passages. `--false-alarms`
 * lists only the false alarms of a part (`--part held-out` for the review). `--verbose`
 * lists the missed relations and the false alarms of the development part
 * (of the held-out part only when asked for with `--part held-out`: tune on
 * the development part only).
 *
 * `--dir DIR` scores the passage files of another directory instead (a writer's
 * or a reader's own scratch passages, in the same format): there is no split
 * there, every passage counts as development material and is listed.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type Diagnostic } from '../../server/src/core/index.js';
import {
  add,
  corpusDir,
  coverage,
  emptyTally,
  falseAlarmsPer100,
  FAMILIES,
  loadCorpus,
  recall,
  score,
  wrap,
  type Part,
  type PassageOutcome,
  type Tally,
} from './corpus-data.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VERBOSE = args.includes('--verbose');
const JSON_OUT = args.includes('--json');
const PART = value('--part') as Part | undefined;
const FAMILY = value('--family');
/** Only passage files whose name starts with this ('a-' for corpus-a's, 'b-cqc'). */
const FILE = value('--file');
/** Another directory of passage files (scratch material: no split, all listed as dev). */
const DIR = value('--dir');
if (PART && PART !== 'dev' && PART !== 'held-out') throw new Error(`--part is dev or held-out, not ${PART}`);

const files = loadCorpus(DIR ? resolve(DIR) : corpusDir(ROOT));
if (DIR) {
  // Scratch material only: the corpus's own passages keep their split (its held-out part is never listed).
  const corpusIds = new Set(loadCorpus(corpusDir(ROOT)).flatMap((f) => f.passages.map((p) => p.id)));
  const taken = files.flatMap((f) => f.passages.map((p) => p.id)).filter((id) => corpusIds.has(id));
  if (taken.length) {
    console.error(`--dir is for scratch passages; ${taken.length} of these ids are corpus passages (${taken.slice(0, 3).join(', ')}…): use --file instead`);
    process.exit(2);
  }
}
const problems = files.flatMap((f) => f.errors);
if (problems.length) {
  console.error(`The corpus has ${problems.length} format problem(s) (npm test shows them all):`);
  for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
}

const outcomes: PassageOutcome[] = [];
for (const f of files) {
  if (FILE && !f.file.startsWith(FILE)) continue;
  for (const p of f.passages) {
    if (FAMILY && !(p.families as string[]).includes(FAMILY) && !(FAMILY === 'untagged' && p.families.length === 0)) continue;
    const w = wrap(p);
    const result = analyze(w.text, `file:///corpus/${p.id}.inspection.md`);
    const o = score(p, result, w);
    outcomes.push(DIR ? { ...o, part: 'dev' } : o);
  }
}

const familiesOf = (o: PassageOutcome): string[] => (o.passage.families.length ? o.passage.families : ['untagged']);
const parts: Part[] = PART ? [PART] : DIR ? ['dev'] : ['dev', 'held-out'];
const rowNames = ['all', ...FAMILIES, 'untagged'];

interface Rows {
  part: Part | 'all';
  rows: Map<string, Tally>;
}
function tally(sel: PassageOutcome[]): Map<string, Tally> {
  const rows = new Map<string, Tally>();
  for (const n of rowNames) rows.set(n, emptyTally());
  for (const o of sel) {
    add(rows.get('all')!, o);
    for (const fam of familiesOf(o)) add(rows.get(fam)!, o);
  }
  return rows;
}
const tables: Rows[] = parts.map((part) => ({ part, rows: tally(outcomes.filter((o) => o.part === part)) }));
if (!PART && !DIR) tables.push({ part: 'all', rows: tally(outcomes) });

const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const per = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(2));

if (JSON_OUT) {
  const out = tables.map((t) => ({
    part: t.part,
    families: Object.fromEntries(
      [...t.rows].filter(([, v]) => v.passages > 0).map(([k, v]) => [k, { ...v, coverage: coverage(v), recall: recall(v), falseAlarmsPer100: falseAlarmsPer100(v) }]),
    ),
  }));
  console.log(JSON.stringify(out, null, 2));
} else {
  const head = ['family', 'passages', 'relations', 'recognised', 'coverage', 'inconsistent', 'caught', 'recall', 'false alarms', 'per 100'];
  for (const t of tables) {
    const lines: string[][] = [head];
    for (const [name, v] of t.rows) {
      if (v.passages === 0) continue;
      lines.push([name, `${v.passages}`, `${v.relations}`, `${v.recognised}`, pct(coverage(v)), `${v.inconsistent}`, `${v.caught}`, pct(recall(v)), `${v.falseAlarms}`, per(falseAlarmsPer100(v))]);
    }
    const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
    console.log(`\n== ${t.part === 'all' ? 'whole corpus' : `${t.part} part`}`);
    for (const l of lines) console.log(l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  }
  const held = tables.find((t) => t.part === 'held-out')?.rows.get('all');
  if (held && held.passages) {
    console.log(
      `\nissue 9 targets on the held-out part: coverage ≥ 90% (${pct(coverage(held))}), recall ≥ 95% (${pct(recall(held))}), false alarms ≤ 0.33 per 100 passages (${per(falseAlarmsPer100(held))})`,
    );
  }
}

// `--false-alarms`: only the false alarms of a part (the held-out review reads these and nothing else of held-out).
if (process.argv.includes('--false-alarms') && !VERBOSE) {
  const listed = PART ?? 'dev';
  console.log(`\n== ${listed} part: false alarms`);
  for (const o of outcomes.filter((x) => x.part === listed))
    for (const d of o.falseAlarms) console.log(`  ${o.passage.id}: ${d.ruleId} at '${o.wrapped.text.slice(d.span.start, d.span.end).replace(/\s+/g, ' ')}': ${d.message}`);
}

if (VERBOSE) {
  const listed = PART ?? 'dev';
  const sel = outcomes.filter((o) => o.part === listed);
  const show = (o: PassageOutcome, d: Diagnostic): string =>
    `  ${o.passage.id}: ${d.ruleId} at '${o.wrapped.text.slice(d.span.start, d.span.end).replace(/\s+/g, ' ')}': ${d.message}`;
  console.log(`\n== ${listed} part: missed relations (not recognised by a judged claim)`);
  for (const o of sel)
    for (const r of o.relations)
      if (!r.recognised) console.log(`  ${o.passage.id} [${o.passage.families.join(', ')}] ${r.relation.kind} ${JSON.stringify(r.relation.figures)}${r.relation.holds ? '' : ' (inconsistent)'}`);
  console.log(`\n== ${listed} part: inconsistent relations recognised but not reported`);
  for (const o of sel)
    for (const r of o.relations)
      if (!r.relation.holds && r.recognised && !r.caught) console.log(`  ${o.passage.id} ${r.relation.kind} ${JSON.stringify(r.relation.figures)} (claim ${r.claim?.kind}: ${r.claim?.verdict})`);
  console.log(`\n== ${listed} part: false alarms`);
  for (const o of sel) for (const d of o.falseAlarms) console.log(show(o, d));
  if (!PART && !DIR) console.log('\n(held-out passages are not listed: tune on the development part only)');
}
