// Full dump of claims and diagnostics over corpus passages, report sets and seeds, for identity checks: node dump.mjs ROOT > file
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv[2] ?? '/work/main';
const { analyze } = await import(`${root}/out/server/src/core/index.js`);
const D = await import(`${root}/out/tools/eval/corpus-data.js`);
const out = [];
const line = (id, r) => {
  out.push(`## ${id}`);
  for (const c of r.report.claims ?? []) out.push(`C ${c.kind} ${c.verdict} ${c.span.start}-${c.span.end} ${c.operands.map((o) => `${o.role}:${o.span.start}-${o.span.end}`).join(',')} | ${c.arithmetic ?? ''}`);
  for (const d of r.diagnostics) out.push(`D ${d.ruleId} ${d.severity} ${d.span.start}-${d.span.end} ${d.message}`);
};
for (const f of D.loadCorpus(D.corpusDir(root))) for (const p of f.passages) { const w = D.wrap(p); line(p.id, analyze(w.text, 'file:///x.inspection.md')); }
for (const dir of ['seeds', ...readdirSync(join(root, 'test')).filter((d) => d.startsWith('reports')).map((d) => `test/${d}`)]) {
  for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.md')).sort()) line(`${dir}/${f}`, analyze(readFileSync(join(root, dir, f), 'utf8'), `file:///${dir}/${f}`));
}
process.stdout.write(out.join('\n') + '\n');
