/**
 * Validity of the numeric checks, measured the way statcheck was validated:
 * seeded single-error copies of a report, recall per mutation class, and
 * false alarms on the unmutated report and on the copies.
 *
 *   npm run eval:numbers -- [report] [--seed N] [--per-class N] [--verbose]
 *
 * Detectability is decided by recomputation (oracle.ts), not by whether the
 * checker fired: a mutation that lands on another consistent value, or on a
 * figure that nothing else in the report constrains, is 'undetectable' and is
 * counted apart. A copy counts as detected when a diagnostic that the clean
 * report does not have touches the mutated figure or a relation it breaks.
 */
import { readFileSync } from 'node:fs';
import { analyze, DocumentAnalyzer, type AnalysisResult, type Diagnostic } from '../../server/src/core/index.js';
import type { Span } from '../../server/src/core/model.js';
import { sectionMean, sectionScoreAgrees } from '../../server/src/core/numbers/section.js';
import { CLASSES, generate, type Mutation, type MutationClass } from './mutate.js';
import { mapPos, overlaps, reader, relationsOf, type Relation } from './oracle.js';
import { prng } from '../prng.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SEED = opt('--seed', 20071001);
const PER_CLASS = opt('--per-class', 300);
const VERBOSE = args.includes('--verbose');
const file = args.find((a, i) => !a.startsWith('--') && !['--seed', '--per-class'].includes(args[i - 1] ?? '')) ?? 'seeds/sussex-2007.inspection.md';

const text = readFileSync(file, 'utf8');
const uri = `file://${file}`;
const clean = analyze(text, uri);
/** The rules whose output is under test: everything the numeric work adds, and the conclusion rules. */
const inScope = (d: Diagnostic) => /^(numbers|conclusion)\//.test(d.ruleId);
const baseline = clean.diagnostics.filter(inScope);
const relations = relationsOf(clean.report, clean.blocks, clean.framework, text);
const cleanRead = reader(text, text, undefined);
const heldBefore = relations.filter((r) => r.evaluate(cleanRead) === 'ok');
const brokenBefore = relations.filter((r) => r.evaluate(cleanRead) !== 'ok');

type Status = 'detectable' | 'undetectable' | 'unconstrained' | 'already-flagged';

interface Row {
  copies: number;
  detectable: number;
  detected: number;
  /** Landed on another consistent value of a relation. */
  undetectable: number;
  /** Hit a figure that no recognised relation constrains. */
  free: number;
  undetectableFlagged: number;
  alreadyFlagged: number;
  tp: number;
  fp: number;
  control: number;
  controlFlagged: number;
}
const rows = new Map<MutationClass, Row>(CLASSES.map((c) => [c, { copies: 0, detectable: 0, detected: 0, undetectable: 0, free: 0, undetectableFlagged: 0, alreadyFlagged: 0, tp: 0, fp: 0, control: 0, controlFlagged: 0 }]));
const misses: string[] = [];
const falseAlarms: string[] = [];

function touching(m: Mutation, rels: Relation[]): Relation[] {
  const e = m.edit;
  const site = { start: e.start, end: Math.max(e.end, e.start + 1) };
  return rels.filter((r) => r.operands.some((o) => overlaps(o.span, site)) || (r.texts ?? []).some((t) => overlaps(t, site)) || (r.type.startsWith('fraction') || r.type.startsWith('complement') ? overlaps(r.span, site) : false));
}

function judge(m: Mutation, mutated: string): { status: Status; broken: Relation[] } {
  if (m.cls === 'section mean') {
    const s = m.section!;
    const mean = sectionMean(clean.report, s.id)!;
    return { status: sectionScoreAgrees(mean, s.stated, 0) ? 'undetectable' : 'detectable', broken: [] };
  }
  if (touching(m, brokenBefore).length > 0) return { status: 'already-flagged', broken: [] };
  const rels = touching(m, heldBefore);
  if (rels.length === 0) return { status: 'unconstrained', broken: [] };
  const read = reader(text, mutated, m.edit);
  const broken = rels.filter((r) => r.evaluate(read) !== 'ok');
  return { status: broken.length > 0 ? 'detectable' : 'undetectable', broken };
}

function mapSpan(s: Span, m: Mutation): Span {
  return { start: mapPos(s.start, m.edit), end: Math.max(mapPos(s.start, m.edit), mapPos(s.end, m.edit)) };
}

function key(d: Diagnostic, span: Span): string {
  return `${d.ruleId}@${span.start}:${span.end}`;
}

const analyzer = new DocumentAnalyzer(uri);
analyzer.update(text);
const rng = prng(SEED);
const mutations = generate(text, clean.report, clean.framework, rng, PER_CLASS);
const started = Date.now();

for (const m of mutations) {
  const mutated = text.slice(0, m.edit.start) + m.edit.text + text.slice(m.edit.end);
  const result: AnalysisResult = analyzer.update(mutated);
  const row = rows.get(m.cls)!;
  row.copies++;
  const { status, broken } = judge(m, mutated);
  const old = new Set(baseline.map((d) => key(d, mapSpan(d.span, m))));
  const fresh = result.diagnostics.filter((d) => inScope(d) && !old.has(key(d, d.span)));
  // Where a right diagnostic may sit: the edit, and every figure and claim of a relation it breaks.
  const editSpan = { start: m.edit.start, end: m.edit.start + Math.max(1, m.edit.text.length) };
  const relevant: Span[] = [editSpan, ...broken.flatMap((r) => [r.span, ...r.operands.map((o) => o.span), ...(r.texts ?? [])].map((s) => mapSpan(s, m)))];
  const hits = (d: Diagnostic) => [d.span, ...(d.related ?? []).filter((x) => !x.uri).map((x) => x.span)].some((s) => relevant.some((r) => overlaps({ start: s.start, end: Math.max(s.end, s.start + 1) }, r)));
  const isControl = m.cls === 'section mean' && !m.section!.altered;
  if (isControl) {
    row.control++;
    if (fresh.length > 0) {
      row.controlFlagged++;
      row.fp += fresh.length;
      falseAlarms.push(`[${m.cls}] ${m.note}: ${fresh.map((d) => `${d.ruleId} ${d.message}`).join(' | ')}`);
    }
    continue;
  }
  if (status === 'already-flagged') {
    row.alreadyFlagged++;
    continue;
  }
  if (status === 'undetectable' || status === 'unconstrained') {
    if (status === 'undetectable') row.undetectable++;
    else row.free++;
    if (fresh.length > 0) {
      row.undetectableFlagged++;
      row.fp += fresh.length;
      falseAlarms.push(`[${m.cls}] ${m.note} (undetectable): ${fresh.map((d) => `${d.ruleId} ${d.message}`).join(' | ')}`);
    }
    continue;
  }
  row.detectable++;
  const good = fresh.filter(hits);
  const bad = fresh.filter((d) => !hits(d));
  row.tp += good.length;
  row.fp += bad.length;
  if (good.length > 0) row.detected++;
  else {
    const pos = clean.lines.positionAt(m.edit.start);
    misses.push(`[${m.cls}] line ${pos.line + 1}: ${m.note}; breaks ${broken.map((r) => r.note).join('; ') || 'the section mean'}${fresh.length ? `; raised elsewhere: ${fresh.map((d) => d.ruleId).join(', ')}` : ''}`);
  }
  if (bad.length > 0) falseAlarms.push(`[${m.cls}] ${m.note}: ${bad.map((d) => `${d.ruleId} ${d.message}`).join(' | ')}`);
}

// ---------------------------------------------------------------- coverage, by patterns independent of the extractor

/**
 * A rough, extractor-independent census of figures that state a relation:
 * 'P% (k…', 'k of [the] n', 'P% of [the] [n]'. Each should fall inside some
 * recognised relation; the ones that do not are listed.
 */
const NUM = String.raw`(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-\w+)?)`;
const CENSUS = [
  new RegExp(String.raw`\d+(?:\.\d+)?\s?%\s*\(\s*${NUM}`, 'gi'),
  new RegExp(String.raw`\b${NUM}\s+(?:of|out\s+of)\s+(?:the\s+)?(?:total\s+of\s+)?${NUM}\b`, 'gi'),
  new RegExp(String.raw`\d+(?:\.\d+)?\s?%\s+of\s+(?:the\s+|these\s+)?\[?\d+`, 'gi'),
];
const censusSites: Span[] = [];
for (const re of CENSUS) for (const m of text.matchAll(re)) censusSites.push({ start: m.index!, end: m.index! + m[0].length });
const covered = censusSites.filter((c) => relations.some((r) => overlaps(r.span, c) || r.operands.some((o) => overlaps(o.span, c))));
const uncovered = censusSites.filter((c) => !covered.includes(c));

// ---------------------------------------------------------------- report

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`numbers evaluation — ${file}, seed ${SEED}, up to ${PER_CLASS} copies per class, ${mutations.length} copies in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`relations recognised in the clean report: ${relations.length} (${heldBefore.length} hold, ${brokenBefore.length} already flagged)`);
console.log(`census of relation-shaped figures found by plain patterns: ${covered.length} of ${censusSites.length} inside a recognised relation${uncovered.length ? `; outside: ${uncovered.map((c) => `'${text.slice(c.start, c.end).replace(/\s+/g, ' ')}'`).join(', ')}` : ''}`);
console.log('');
console.log('clean report: diagnostics from numbers/* and conclusion/*');
if (baseline.length === 0) console.log('  (none)');
for (const d of baseline) {
  const p = clean.lines.positionAt(d.span.start);
  console.log(`  ${p.line + 1}:${p.character + 1} ${d.severity} ${d.ruleId}: ${d.message}`);
}
console.log('');
const header = `${'class'.padEnd(18)} ${pad('copies', 6)} ${pad('detectable', 10)} ${pad('detected', 8)} ${pad('recall', 7)} ${pad('consistent', 10)} ${pad('free', 5)} ${pad('flagged', 7)} ${pad('prior', 5)} ${pad('TP', 4)} ${pad('FP', 3)} ${pad('precision', 9)}`;
console.log(header);
console.log('-'.repeat(header.length));
const total: Row = { copies: 0, detectable: 0, detected: 0, undetectable: 0, free: 0, undetectableFlagged: 0, alreadyFlagged: 0, tp: 0, fp: 0, control: 0, controlFlagged: 0 };
for (const [cls, r] of rows) {
  for (const k of Object.keys(total) as (keyof Row)[]) total[k] += r[k];
  console.log(
    `${cls.padEnd(18)} ${pad(r.copies, 6)} ${pad(r.detectable, 10)} ${pad(r.detected, 8)} ${pad(pct(r.detected, r.detectable), 7)} ${pad(r.undetectable, 10)} ${pad(r.free, 5)} ${pad(r.undetectableFlagged, 7)} ${pad(r.alreadyFlagged, 5)} ${pad(r.tp, 4)} ${pad(r.fp, 3)} ${pad(pct(r.tp, r.tp + r.fp), 9)}`,
  );
}
console.log('-'.repeat(header.length));
console.log(
  `${'all'.padEnd(18)} ${pad(total.copies, 6)} ${pad(total.detectable, 10)} ${pad(total.detected, 8)} ${pad(pct(total.detected, total.detectable), 7)} ${pad(total.undetectable, 10)} ${pad(total.free, 5)} ${pad(total.undetectableFlagged, 7)} ${pad(total.alreadyFlagged, 5)} ${pad(total.tp, 4)} ${pad(total.fp, 3)} ${pad(pct(total.tp, total.tp + total.fp), 9)}`,
);
console.log('');
console.log('columns: detectable = a recomputed relation breaks; recall = detected / detectable; undetectable copies are counted apart:');
console.log('         consistent = the edit lands on another consistent value; free = the figure takes part in no relation the report states;');
console.log('         flagged = undetectable copies that still raised a new diagnostic (false alarms); prior = edits to a relation already flagged in the clean report;');
console.log('         TP/FP = new diagnostics on / away from the broken relation; precision = TP / (TP + FP).');
const controls = rows.get('section mean')!;
console.log(`section mean: ${controls.control} control copies (correct mean inserted), ${controls.controlFlagged} raised anything.`);
if (misses.length) {
  console.log('');
  console.log(`missed (${misses.length}):`);
  for (const m of VERBOSE ? misses : misses.slice(0, 25)) console.log(`  ${m}`);
  if (!VERBOSE && misses.length > 25) console.log(`  … ${misses.length - 25} more (--verbose)`);
}
if (falseAlarms.length) {
  console.log('');
  console.log(`false alarms (${falseAlarms.length}):`);
  for (const f of VERBOSE ? falseAlarms : falseAlarms.slice(0, 25)) console.log(`  ${f}`);
  if (!VERBOSE && falseAlarms.length > 25) console.log(`  … ${falseAlarms.length - 25} more (--verbose)`);
}
