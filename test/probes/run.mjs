// Runs each passage of a probe file (passages separated by a line '====') through the checker's core, wrapped as
// the corpus wraps a passage (tools/eval/corpus-data.ts wrap), and lists every diagnostic of a numbers rule.
// Usage: node test/probes/run.mjs test/probes/controls.txt [--quiet] [--root DIR]   (DIR: another built checkout, default this one)
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const ri = args.indexOf('--root');
const root = ri >= 0 ? resolve(args[ri + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = args.find((a, i) => !a.startsWith('--') && (ri < 0 || i !== ri + 1)) ?? 'test/probes/controls.txt';
const { analyze } = await import(pathToFileURL(`${root}/out/server/src/core/index.js`).href);
const { wrap, isNumericDiagnostic } = await import(pathToFileURL(`${root}/out/tools/eval/corpus-data.js`).href);

const passages = readFileSync(file, 'utf8').split(/^====\s*$/m).map((s) => s.trim()).filter(Boolean);
let flagged = 0;
let diags = 0;
passages.forEach((text, i) => {
  const w = wrap({ id: `probe-${i + 1}`, text });
  const result = analyze(w.text, `file:///probe/${i + 1}.inspection.md`);
  const ds = result.diagnostics.filter(isNumericDiagnostic);
  if (ds.length) flagged++;
  diags += ds.length;
  if (ds.length && !quiet) {
    console.log(`#${i + 1}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    for (const d of ds) console.log(`   ${d.ruleId} at '${w.text.slice(d.span.start, d.span.end).replace(/\s+/g, ' ')}': ${d.message}`);
  }
});
console.log(`${file}: ${passages.length} passages, ${flagged} with a numbers diagnostic, ${diags} diagnostics`);
