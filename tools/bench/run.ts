/**
 * `npm run bench`: every figure measured in this one process (and the language
 * server processes it starts), side by side, so that the ratios mean something
 * on whatever machine runs it. See docs/benchmarks.md.
 *
 * Options: --core-only (skip the language server), --quick (fewer rounds, for
 * trying the harness), --json <file> (also write the figures as JSON).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRules, analyze, DocumentAnalyzer, LineIndex, type AnalysisResult, type AnalyzeOptions } from '../../server/src/core/index.js';
import type { RuleContext } from '../../server/src/core/checks/rule.js';
import { assemble } from '../../server/src/core/parse/assemble.js';
import { splitBlocks } from '../../server/src/core/parse/blocks.js';
import { completion } from '../../server/src/lsp/features/completion.js';
import { definition } from '../../server/src/lsp/features/definition.js';
import { hover } from '../../server/src/lsp/features/hover.js';
import { markdownItParse, markdownLanguageServicePass, remarkGfmParse } from './baselines.js';
import { generateLargeReport, generateWorkspace } from './generate.js';
import { LspSession, type Memory } from './lsp.js';
import { fmtMB, fmtMs, gc, median, msSince, now, p95, prng, timeSync, type Rng } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = path.join(ROOT, 'seeds/sussex-2007.inspection.md');
const SERVER_BIN = path.join(ROOT, 'bin/inspection-language-server.js');

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const CORE_ONLY = args.includes('--core-only');
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

const LARGE_CHARS = Math.round(1.1 * 1024 * 1024);
const EDITS = QUICK ? 40 : 200;
const REQUESTS = QUICK ? 60 : 300;
const WORKSPACE_FILES = 200;

const log = (s = '') => process.stderr.write(`${s}\n`);

// ------------------------------------------------------------------ figures

interface Figure {
  id: string;
  label: string;
  doc: string;
  ms?: number;
  bytes?: number;
  note?: string;
}
const figures: Figure[] = [];
const fig = (f: Figure): Figure => {
  figures.push(f);
  return f;
};
const get = (id: string): Figure | undefined => figures.find((f) => f.id === id);

interface Target {
  label: string;
  pass: boolean | undefined;
  detail: string;
}
const targets: Target[] = [];

// --------------------------------------------------------------- documents

interface BenchDoc {
  key: 'seed' | 'large';
  name: string;
  text: string;
  uri: string;
  options: AnalyzeOptions;
}

function describeDoc(d: BenchDoc, r: AnalysisResult): string {
  return `${d.name}: ${d.text.length.toLocaleString('en')} chars, ${r.blocks.length} blocks, ${r.report.sections.length} sections, ${r.report.criteria.length} criteria, ${r.report.references.length} references, ${r.diagnostics.length} diagnostics`;
}

// ------------------------------------------------------------------- core

/** Full passes, interleaved round by round so that drift hits every contender alike. */
async function fullPasses(d: BenchDoc, rounds: number, warmups: number): Promise<void> {
  const samples = { remark: [] as number[], mdit: [] as number[], peer: [] as number[], analyze: [] as number[] };
  let peerShape = { symbols: 0, diagnostics: 0 };
  // No gc() inside the rounds: a forced full collection shrinks the young generation, which then
  // slows whichever contender builds the largest live tree next (the whole-text remark parse most).
  for (let r = 0; r < warmups + rounds; r++) {
    const keep = r >= warmups;
    const a = timeSync(() => remarkGfmParse(d.text));
    const b = timeSync(() => markdownItParse(d.text));
    const t0 = now();
    peerShape = await markdownLanguageServicePass(d.text);
    const c = msSince(t0);
    const e = timeSync(() => analyze(d.text, d.uri, d.options));
    if (keep) {
      samples.remark.push(a);
      samples.mdit.push(b);
      samples.peer.push(c);
      samples.analyze.push(e);
    }
  }
  fig({ id: `${d.key}.remark`, label: 'bare remark-parse + remark-gfm parse', doc: d.name, ms: median(samples.remark) });
  fig({ id: `${d.key}.mdit`, label: 'markdown-it parse', doc: d.name, ms: median(samples.mdit) });
  fig({
    id: `${d.key}.peer`,
    label: 'peer: vscode-markdown-languageservice symbols + diagnostics, fresh document',
    doc: d.name,
    ms: median(samples.peer),
    note: `${peerShape.symbols} symbols, ${peerShape.diagnostics} diagnostics`,
  });
  fig({ id: `${d.key}.analyze`, label: 'full analysis (analyze, from scratch)', doc: d.name, ms: median(samples.analyze), note: `median of ${rounds}` });
}

/** One-character edits at random places inside findings: insertions and deletions alternate, and accumulate. */
function incremental(d: BenchDoc, rng: Rng, edits: number): void {
  const analyzer = new DocumentAnalyzer(d.uri, d.options);
  let text = d.text;
  let result = analyzer.update(text);
  let heapBefore = 0;
  const samples: number[] = [];
  let reparsed = 0;
  let maxReparsed = 0;
  const warm = Math.min(20, edits);
  for (let i = 0; i < warm + edits; i++) {
    if (i === warm) {
      gc();
      heapBefore = process.memoryUsage().heapUsed;
    }
    const findings = result.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings));
    const f = rng.pick(findings);
    // A letter of the finding's prose, past the `- (a) `.
    const src = text.slice(f.span.start, f.span.end);
    let at = -1;
    for (let tries = 0; tries < 20 && at < 0; tries++) {
      const k = 8 + rng.int(Math.max(1, src.length - 8));
      if (/[a-z]/.test(src[k] ?? '')) at = f.span.start + k;
    }
    if (at < 0) at = f.span.start + src.search(/[a-z]{2}/);
    text = i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    const t0 = now();
    result = analyzer.update(text);
    const ms = msSince(t0);
    if (i >= warm) {
      samples.push(ms);
      reparsed += analyzer.lastParsed;
      maxReparsed = Math.max(maxReparsed, analyzer.lastParsed);
    }
  }
  const note = `${edits} edits; blocks re-parsed per edit: ${(reparsed / edits).toFixed(2)} (max ${maxReparsed}) of ${result.blocks.length}`;
  fig({ id: `${d.key}.incr.median`, label: 're-analysis after a 1-char edit in a finding, median', doc: d.name, ms: median(samples), note });
  fig({ id: `${d.key}.incr.p95`, label: 're-analysis after a 1-char edit in a finding, p95', doc: d.name, ms: p95(samples) });
  if ((globalThis as { gc?: unknown }).gc) {
    gc();
    const grown = process.memoryUsage().heapUsed - heapBefore;
    fig({
      id: `${d.key}.incr.heap`,
      label: `heap growth over ${edits} edits after the warm-up, after gc (old versions must not stay alive)`,
      doc: d.name,
      bytes: grown,
      // Naming the analyzer and its last result here keeps them (and their cache) alive through the measurement.
      note: `${(grown / edits / 1024).toFixed(1)} KB per edit; ${analyzer.lastParsed} block re-parsed last; ${result.blocks.length} blocks cached`,
    });
  }
}

/**
 * Where a re-analysis goes besides re-parsing the edited block: the steps that
 * run over the whole document on every update, timed one by one.
 */
function breakdown(d: BenchDoc): void {
  const r = analyze(d.text, d.uri, d.options);
  const reps = QUICK ? 3 : 9;
  const med = (fn: () => unknown): number => {
    fn();
    const xs: number[] = [];
    for (let i = 0; i < reps; i++) xs.push(timeSync(fn));
    return median(xs);
  };
  const split = med(() => splitBlocks(d.text));
  const lines = med(() => new LineIndex(d.text));
  const asm = med(() => assemble([...r.blocks], d.uri, r.report.frameworkId, r.framework, r.report.frontMatter));
  const ctx: RuleContext = { text: r.text, report: r.report, framework: r.framework, lines: r.lines, blocks: r.blocks, index: r.index };
  const fw = r.framework;
  const active = allRules().filter((rule) => !(rule.meta.needsFramework && !fw) && !(rule.meta.defaultOff && !(fw && rule.meta.enabledBy?.(fw))));
  const rules = active.map((rule) => ({
    id: rule.meta.id,
    ms: med(() => {
      try {
        rule.check(ctx, () => undefined);
      } catch {
        // Counted as run; analyze reports the failure.
      }
    }),
  }));
  const checks = rules.reduce((n, x) => n + x.ms, 0);
  const top = [...rules].sort((a, b) => b.ms - a.ms).slice(0, 3);
  fig({ id: `${d.key}.step.split`, label: 'step: split into blocks (line scan, whole text)', doc: d.name, ms: split });
  fig({ id: `${d.key}.step.lines`, label: 'step: line index (whole text)', doc: d.name, ms: lines });
  fig({ id: `${d.key}.step.assemble`, label: 'step: assemble the model from blocks', doc: d.name, ms: asm });
  fig({
    id: `${d.key}.step.checks`,
    label: `step: run the ${active.length} active checks`,
    doc: d.name,
    ms: checks,
    note: `slowest: ${top.map((x) => `${x.id} ${fmtMs(x.ms)}`).join(', ')}`,
  });
}

/** The very first analysis in the process: nothing compiled yet (informative; not compared). */
function firstRun(d: BenchDoc): void {
  const t = timeSync(() => analyze(d.text, d.uri, d.options));
  fig({ id: `${d.key}.first`, label: 'first analysis in this process (JIT cold)', doc: d.name, ms: t });
}

// -------------------------------------------------------------- positions

interface Positions {
  hover: { line: number; character: number }[];
  completion: { line: number; character: number }[];
}

/** Request positions in the large report: references, finding letters, headings, grade lines, prose. */
function positions(r: AnalysisResult, rng: Rng, n: number): Positions {
  const lines = new LineIndex(r.text);
  const refs = r.report.references;
  const findings = r.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings));
  const criteria = r.report.criteria;
  const pos = (o: number) => lines.positionAt(o);
  const hover: Positions['hover'] = [];
  const completion: Positions['completion'] = [];
  for (let i = 0; i < n; i++) {
    const k = rng.next();
    if (k < 0.5 && refs.length > 0) {
      const ref = rng.pick(refs);
      hover.push(pos(ref.targetSpan.start + rng.int(Math.max(1, ref.targetSpan.end - ref.targetSpan.start))));
    } else if (k < 0.7) {
      hover.push(pos(rng.pick(findings).letterSpan.start));
    } else if (k < 0.8) {
      hover.push(pos(rng.pick(criteria).idSpan.start + 1));
    } else {
      hover.push(pos(rng.int(r.text.length)));
    }
  }
  const seeRefs = refs.filter((x) => x.form === 'see' || x.form === 'omi' || x.form === 'criterion' || x.form === 'section');
  const graded = criteria.filter((c) => c.grade || c.score);
  for (let i = 0; i < n; i++) {
    const k = rng.next();
    if (k < 0.35 && seeRefs.length > 0) {
      // Right after `see ` / `criterion ` / `section `: criterion ids.
      completion.push(pos(rng.pick(seeRefs).targetSpan.start));
    } else if (k < 0.6 && seeRefs.some((x) => x.criterionId)) {
      // Right after `see 4.3`: finding letters.
      const ref = rng.pick(seeRefs.filter((x) => x.criterionId));
      completion.push(pos(ref.targetSpan.start + ref.criterionId!.length));
    } else if (k < 0.8 && graded.length > 0) {
      // End of a score or grade line.
      const c = rng.pick(graded);
      completion.push(pos((c.grade ?? c.score)!.valueSpan.end));
    } else {
      completion.push(pos(rng.int(r.text.length)));
    }
  }
  return { hover, completion };
}

/** The same requests' server-side work, called in this process: what the round trip adds is transport. */
function featuresInProcess(d: BenchDoc, r: AnalysisResult): void {
  const pos = positions(r, prng(7), REQUESTS);
  const measure = (fn: (p: { line: number; character: number }) => unknown, list: { line: number; character: number }[]) => {
    for (const p of list.slice(0, 50)) fn(p);
    return list.map((p) => timeSync(() => fn(p)));
  };
  const h = measure((p) => hover(r, p), pos.hover);
  const df = measure((p) => definition(r, p), pos.hover);
  const c = measure((p) => completion(r, p), pos.completion);
  const most = Math.max(...pos.completion.map((p) => completion(r, p).length));
  fig({ id: 'inproc.hover', label: 'hover, p95 (feature code in process, no transport)', doc: d.name, ms: p95(h), note: `median ${fmtMs(median(h))}` });
  fig({ id: 'inproc.definition', label: 'definition, p95 (feature code in process, no transport)', doc: d.name, ms: p95(df), note: `median ${fmtMs(median(df))}` });
  fig({
    id: 'inproc.completion',
    label: 'completion, p95 (feature code in process, no transport)',
    doc: d.name,
    ms: p95(c),
    note: `median ${fmtMs(median(c))}; up to ${most} items`,
  });
}

// -------------------------------------------------------------------- LSP

async function lspLarge(dir: string, large: BenchDoc, largeResult: AnalysisResult, withFolder: boolean): Promise<void> {
  const session = LspSession.start(SERVER_BIN);
  const tag = withFolder ? ' (its folder open, indexed)' : '';
  try {
    await session.initialize(withFolder ? [dir] : []);
    const t0 = now();
    await session.open(large.uri, large.text);
    const first = await session.waitForDiagnostics(large.uri);
    const openMs = Number(first.at - t0) / 1e6;
    if (withFolder) {
      // Wait for indexing to finish too (the server reports it as progress).
      await session.waitForProgress((e) => e.kind === 'end', 60_000).catch(() => undefined);
    }
    if (!withFolder) {
      fig({ id: 'lsp.open', label: 'didOpen -> first publishDiagnostics (server process)', doc: large.name, ms: openMs, note: `${first.diagnostics.length} diagnostics` });
    }
    await settle();
    const memOpen = session.memory();

    if (withFolder) {
      fig({ id: 'lsp.rss.folder', label: `server RSS with the report open${tag}`, doc: large.name, bytes: memOpen.rss, note: `peak ${fmtMB(memOpen.peak)}` });
      return;
    }

    const uri = large.uri;
    const pos = positions(largeResult, prng(7), REQUESTS);
    const td = (p: { line: number; character: number }) => ({ textDocument: { uri }, position: p });
    // Warm-up: the server's code paths and the client's.
    for (let i = 0; i < 50; i++) {
      await session.timed('textDocument/hover', td(pos.hover[i % pos.hover.length]!));
      await session.timed('textDocument/definition', td(pos.hover[i % pos.hover.length]!));
      await session.timed('textDocument/completion', td(pos.completion[i % pos.completion.length]!));
      await session.timed('bench/ping', {}).catch(() => undefined);
    }
    const ping: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t = now();
      await session.conn.sendRequest('bench/ping', {}).catch(() => undefined);
      ping.push(msSince(t));
    }
    const run = async (method: string, list: { line: number; character: number }[]) => {
      const samples: number[] = [];
      let nonEmpty = 0;
      for (const p of list) {
        const { ms, result } = await session.timed<unknown>(method, td(p));
        samples.push(ms);
        if (result !== null && !(Array.isArray(result) && result.length === 0) && !(typeof result === 'object' && result && 'items' in result && (result as { items: unknown[] }).items.length === 0)) nonEmpty++;
      }
      return { samples, nonEmpty };
    };
    const hover = await run('textDocument/hover', pos.hover);
    const definition = await run('textDocument/definition', pos.hover);
    const completion = await run('textDocument/completion', pos.completion);
    fig({ id: 'lsp.ping', label: 'request round trip, unknown method (transport floor), p95', doc: large.name, ms: p95(ping), note: `median ${fmtMs(median(ping))}` });
    fig({ id: 'lsp.hover', label: 'hover, p95 (round trip)', doc: large.name, ms: p95(hover.samples), note: `median ${fmtMs(median(hover.samples))}; ${hover.nonEmpty}/${pos.hover.length} non-empty` });
    fig({ id: 'lsp.definition', label: 'definition, p95 (round trip)', doc: large.name, ms: p95(definition.samples), note: `median ${fmtMs(median(definition.samples))}; ${definition.nonEmpty}/${pos.hover.length} non-empty` });
    fig({ id: 'lsp.completion', label: 'completion, p95 (round trip)', doc: large.name, ms: p95(completion.samples), note: `median ${fmtMs(median(completion.samples))}; ${completion.nonEmpty}/${pos.completion.length} non-empty` });

    // Edits through the server: didChange -> publishDiagnostics of that version.
    const edits: number[] = [];
    const rng = prng(11);
    let text = large.text;
    let version = 1;
    let result = largeResult;
    const n = QUICK ? 10 : 40;
    for (let i = 0; i < n; i++) {
      const findings = result.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings));
      const f = rng.pick(findings);
      const at = f.span.start + 8 + rng.int(Math.max(1, f.span.end - f.span.start - 8));
      const lines = new LineIndex(text);
      const p = lines.positionAt(at);
      const insert = i % 2 === 0;
      const range = insert ? { start: p, end: p } : { start: p, end: lines.positionAt(at + 1) };
      text = insert ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      version++;
      const v = version;
      const t = now();
      const wait = session.waitForDiagnostics(uri, (d) => d.version === v);
      await session.change(uri, v, range, insert ? 'x' : '');
      const d = await wait;
      edits.push(Number(d.at - t) / 1e6);
      if (i % 10 === 9) result = analyze(text, large.uri, large.options);
    }
    fig({ id: 'lsp.edit', label: 'didChange (1 char) -> publishDiagnostics, median (server process)', doc: large.name, ms: median(edits), note: `p95 ${fmtMs(p95(edits))}, ${n} edits` });
    await settle();
    const mem = session.memory();
    fig({ id: 'lsp.rss', label: 'server RSS with the report open (no folder)', doc: large.name, bytes: memOpen.rss, note: `300 ms after its first diagnostics; peak so far ${fmtMB(memOpen.peak)}` });
    fig({
      id: 'lsp.rss.after',
      label: 'server RSS after the requests and edits above',
      doc: large.name,
      bytes: mem.rss,
      note: `peak (VmHWM) ${fmtMB(mem.peak)}; ${REQUESTS * 4} timed requests, ${n} edits`,
    });
  } finally {
    await session.stop();
  }
}

async function lspWorkspace(wsDir: string, files: { name: string; text: string }[]): Promise<void> {
  const session = LspSession.start(SERVER_BIN);
  try {
    const t0 = now();
    await session.initialize([wsDir]);
    const begin = await session.waitForProgress((e) => e.kind === 'begin', 30_000).catch(() => undefined);
    if (!begin) {
      fig({ id: 'ws.progress', label: 'indexing progress (window/workDoneProgress)', doc: `${files.length} reports`, note: 'no progress begin within 30 s' });
      return;
    }
    // Open a report once indexing is under way (about 5% done), as an editor restoring a tab would.
    await session.waitForProgress((e) => e.kind === 'end' || (e.kind === 'report' && (e.percentage ?? 0) >= 5), 60_000).catch(() => undefined);
    const target = files[files.length - 1]!;
    const uri = pathToFileURL(path.join(wsDir, target.name)).href;
    const tOpen = now();
    const wait = session.waitForDiagnostics(uri, () => true, 120_000);
    await session.open(uri, target.text);
    const first = await wait;
    const end = await session.waitForProgress((e) => e.kind === 'end', 180_000);
    const firstMs = Number(first.at - tOpen) / 1e6;
    const endMs = Number(end.at - tOpen) / 1e6;
    const reports = session.progress.filter((e) => e.kind === 'report').length;
    const indexMs = Number(end.at - begin.at) / 1e6;
    fig({
      id: 'ws.first',
      label: 'open a report during indexing -> its first publishDiagnostics',
      doc: `${files.length} reports`,
      ms: firstMs,
      note: `${first.diagnostics.length} diagnostics`,
    });
    fig({ id: 'ws.end', label: 'open a report during indexing -> indexing ends', doc: `${files.length} reports`, ms: endMs });
    fig({
      id: 'ws.index',
      label: 'indexing the workspace (progress begin -> end)',
      doc: `${files.length} reports`,
      ms: indexMs,
      note: `${reports} progress reports; initialize -> end ${fmtMs(Number(end.at - t0) / 1e6)}`,
    });
    await settle();
    const mem: Memory = session.memory();
    fig({ id: 'ws.rss', label: 'server RSS after indexing', doc: `${files.length} reports`, bytes: mem.rss, note: `peak ${fmtMB(mem.peak)}` });
    targets.push({
      label: 'first diagnostics of an opened file before indexing ends, with progress reported',
      pass: firstMs < endMs && session.progressCreated.length > 0,
      detail: `first diagnostics ${fmtMs(firstMs)} after didOpen, indexing ended ${fmtMs(endMs)} after it; progress begin/${reports} reports/end`,
    });
  } finally {
    await session.stop();
  }
}

const settle = () => new Promise<void>((r) => setTimeout(r, 300));

// ----------------------------------------------------------------- output

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '';
  return `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`;
}

function table(): string {
  const rows: string[][] = [['Figure', 'Document', 'Value', '÷ remark+gfm', '÷ markdown-it', '÷ peer pass', 'Notes']];
  for (const f of figures) {
    const key = f.id.startsWith('seed.') ? 'seed' : f.id.startsWith('large.') || f.id.startsWith('lsp.') ? 'large' : undefined;
    const base = (k: string) => (key ? get(`${key}.${k}`)?.ms : undefined);
    // Only whole-document work is compared with whole-document baselines.
    const compared = /\.(analyze|incr\.median|incr\.p95)$|^lsp\.(open|edit)$/.test(f.id);
    rows.push([
      f.label,
      f.doc,
      f.ms !== undefined ? fmtMs(f.ms) : f.bytes !== undefined ? fmtMB(f.bytes) : '-',
      f.ms !== undefined && compared && key ? ratio(f.ms, base('remark')) : '',
      f.ms !== undefined && compared && key ? ratio(f.ms, base('mdit')) : '',
      f.ms !== undefined && compared && key ? ratio(f.ms, base('peer')) : '',
      f.note ?? '',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, i) => (i >= 2 && i <= 5 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function evaluateCoreTargets(): void {
  const r = (a: string, b: string) => (get(a)?.ms ?? NaN) / (get(b)?.ms ?? NaN);
  const t = (label: string, value: number, limit: number, detail: string) =>
    targets.push({ label, pass: Number.isFinite(value) ? value <= limit : undefined, detail: `${detail} = ${value.toFixed(3)}× (limit ${limit}×)` });
  t(
    're-analysis after a 1-char edit ≤ 0.5× the peer full pass (114 KB seed)',
    r('seed.incr.median', 'seed.peer'),
    0.5,
    `median ${fmtMs(get('seed.incr.median')!.ms!)} (p95 ${fmtMs(get('seed.incr.p95')!.ms!)}, ${ratio(get('seed.incr.p95')!.ms, get('seed.peer')!.ms)}) / ${fmtMs(get('seed.peer')!.ms!)}`,
  );
  t(
    're-analysis after a 1-char edit ≤ 0.2× the peer full pass (1.1 MB)',
    r('large.incr.median', 'large.peer'),
    0.2,
    `median ${fmtMs(get('large.incr.median')!.ms!)} (p95 ${fmtMs(get('large.incr.p95')!.ms!)}, ${ratio(get('large.incr.p95')!.ms, get('large.peer')!.ms)}) / ${fmtMs(get('large.peer')!.ms!)}`,
  );
  // Issue 9's target for the numeric readers: cold full analysis of the seed within 1.5× the parse.
  t('cold full analysis ≤ 1.5× bare remark+gfm (114 KB seed; issue 9)', r('seed.analyze', 'seed.remark'), 1.5, `${fmtMs(get('seed.analyze')!.ms!)} / ${fmtMs(get('seed.remark')!.ms!)}`);
  for (const key of ['seed', 'large'] as const) {
    t(
      `cold full analysis ≤ 1.2× bare remark+gfm (${key === 'seed' ? '114 KB seed' : '1.1 MB'})`,
      r(`${key}.analyze`, `${key}.remark`),
      1.2,
      `${fmtMs(get(`${key}.analyze`)!.ms!)} / ${fmtMs(get(`${key}.remark`)!.ms!)}`,
    );
  }
}

function evaluateLspTargets(lspError?: string): void {
  for (const [id, name] of [
    ['lsp.hover', 'hover'],
    ['lsp.definition', 'definition'],
    ['lsp.completion', 'completion'],
  ] as const) {
    const f = get(id);
    targets.push({
      label: `${name} p95 ≤ 1 ms on 1.1 MB (round trip through the server)`,
      pass: f?.ms !== undefined ? f.ms <= 1 : undefined,
      detail:
        f?.ms !== undefined
          ? `${fmtMs(f.ms)} round trip; the feature code alone ${fmtMs(get(`inproc.${name}`)?.ms ?? NaN)}; transport floor p95 ${fmtMs(get('lsp.ping')?.ms ?? NaN)}`
          : `not measured${lspError ? `: ${lspError}` : ''}`,
    });
  }
  const rss = get('lsp.rss');
  const rssFolder = get('lsp.rss.folder');
  const worst = Math.max(rss?.bytes ?? -1, rssFolder?.bytes ?? -1);
  targets.push({
    label: 'server RSS ≤ 150 MB with the 1.1 MB report open',
    pass: worst >= 0 ? worst <= 150 * 1024 * 1024 : undefined,
    detail:
      worst >= 0
        ? `after opening it: ${rss?.bytes !== undefined ? fmtMB(rss.bytes) : 'n/a'} alone, ${rssFolder?.bytes !== undefined ? fmtMB(rssFolder.bytes) : 'n/a'} with its folder open (the larger is judged); ${fmtMB(get('lsp.rss.after')?.bytes ?? NaN)} after requests and edits`
        : `not measured${lspError ? `: ${lspError}` : ''}`,
  });
  if (!targets.some((t) => t.label.startsWith('first diagnostics'))) {
    targets.push({ label: 'first diagnostics of an opened file before indexing ends, with progress reported', pass: undefined, detail: `not measured${lspError ? `: ${lspError}` : ''}` });
  }
}

function loadAverage(): string {
  const l = os.loadavg();
  return `load average ${l.map((x) => x.toFixed(2)).join(' ')}`;
}

function machine(): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return `node ${process.version}, ${cpu}, ${os.availableParallelism()} cores, ${fmtMB(os.totalmem()).replace(' MB', '')} MB RAM, ${os.platform()} ${os.release()}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: no gc between phases)'}`;
}

// -------------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = now();
  const seedText = fs.readFileSync(SEED, 'utf8');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-bench-'));
  try {
    const loadBefore = loadAverage();
    log(`machine: ${machine()}; ${loadBefore}`);
    const seedDoc: BenchDoc = { key: 'seed', name: '114 KB seed', text: seedText, uri: pathToFileURL(SEED).href, options: {} };
    // Before anything else runs the core (the generator analyses the seed).
    firstRun(seedDoc);

    // Documents.
    const largeDir = path.join(tmp, 'large');
    fs.mkdirSync(largeDir);
    const generated = generateLargeReport(seedText, { targetChars: LARGE_CHARS, frameworkRef: './bench-framework.yaml' });
    const largePath = path.join(largeDir, 'large.inspection.md');
    const fwPath = path.join(largeDir, 'bench-framework.yaml');
    fs.writeFileSync(largePath, generated.text);
    fs.writeFileSync(fwPath, generated.frameworkYaml);
    const fwUri = pathToFileURL(fwPath).href;
    const large: BenchDoc = {
      key: 'large',
      name: '1.1 MB generated',
      text: generated.text,
      uri: pathToFileURL(largePath).href,
      options: { resolveFramework: (ref) => (ref === generated.frameworkRef ? { uri: fwUri, text: generated.frameworkYaml } : undefined) },
    };

    const seedResult = analyze(seedDoc.text, seedDoc.uri);
    const largeResult = analyze(large.text, large.uri, large.options);
    log(describeDoc(seedDoc, seedResult));
    log(`${describeDoc(large, largeResult)} (seed sections repeated ${generated.copies}×; framework ${generated.frameworkId}: ${generated.sections} sections, ${generated.criteria} criteria)`);

    // Core, in process.
    log('core: full passes on the seed ...');
    await fullPasses(seedDoc, QUICK ? 4 : 15, 6);
    gc();
    log('core: full passes on the 1.1 MB report ...');
    await fullPasses(large, QUICK ? 2 : 5, 1);
    gc();
    log('core: one-character edits ...');
    incremental(seedDoc, prng(1), EDITS);
    gc();
    incremental(large, prng(2), EDITS);
    gc();
    breakdown(seedDoc);
    breakdown(large);
    gc();
    featuresInProcess(large, largeResult);
    gc();
    evaluateCoreTargets();

    // The language server.
    let lspError: string | undefined;
    if (CORE_ONLY) lspError = '--core-only';
    else if (!fs.existsSync(SERVER_BIN)) lspError = `${SERVER_BIN} is missing`;
    else {
      const wsDir = path.join(tmp, 'workspace');
      fs.mkdirSync(wsDir);
      const files = generateWorkspace(seedText, WORKSPACE_FILES);
      for (const f of files) fs.writeFileSync(path.join(wsDir, f.name), f.text);
      const total = files.reduce((n, f) => n + f.text.length, 0);
      try {
        log('lsp: the 1.1 MB report ...');
        await lspLarge(largeDir, large, largeResult, false);
        log('lsp: the 1.1 MB report with its folder ...');
        await lspLarge(largeDir, large, largeResult, true);
        log(`lsp: indexing ${files.length} reports (${(total / 1024 / 1024).toFixed(1)} MB) ...`);
        await lspWorkspace(wsDir, files);
      } catch (err) {
        lspError = err instanceof Error ? err.message.split('\n')[0] : String(err);
        log(`lsp: ${lspError}`);
      }
    }
    evaluateLspTargets(lspError);

    // Report.
    const out: string[] = [];
    out.push(`Inspection report benchmark: ${machine()}`);
    out.push(`Documents: ${describeDoc(seedDoc, seedResult)}`);
    out.push(`           ${describeDoc(large, largeResult)}`);
    out.push('Ratios divide a figure by the baseline measured on the same document in this run. Full passes: median of interleaved rounds.');
    out.push('');
    out.push(table());
    out.push('');
    out.push('Targets:');
    for (const t of targets) out.push(`  [${t.pass === undefined ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}] ${t.label}: ${t.detail}`);
    out.push('');
    out.push(`Total bench time ${(msSince(started) / 1000).toFixed(1)} s; ${loadBefore} at the start, ${loadAverage()} at the end (other processes compete for the cores when it is above 0).`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify({ machine: machine(), load: [loadBefore, loadAverage()], figures, targets }, null, 2));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
