/**
 * Lists the numeric claims the checker recognises in a report, with their
 * verdicts and arithmetic: `node out/tools/eval/claims.js [file] [--all]`.
 * Without --all, claims with verdict 'unchecked' are left out.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/core/index.js';

const args = process.argv.slice(2);
const all = args.includes('--all');
const file = args.find((a) => !a.startsWith('--')) ?? 'seeds/sussex-2007.inspection.md';
const text = readFileSync(file, 'utf8');
const result = analyze(text, `file://${file}`);
for (const c of result.report.claims) {
  if (!all && c.verdict === 'unchecked') continue;
  const pos = result.lines.positionAt(c.span.start);
  const src = text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
  console.log(`${pos.line + 1}:${pos.character + 1}\t${c.kind}\t${c.verdict}\t${src}\t${c.arithmetic}`);
}
const counts = new Map<string, number>();
for (const c of result.report.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
console.log([...counts].map(([k, v]) => `${k}: ${v}`).join(', '));
for (const d of result.diagnostics) {
  if (!/^(numbers|conclusion)\//.test(d.ruleId)) continue;
  const pos = result.lines.positionAt(d.span.start);
  console.log(`DIAG ${pos.line + 1}:${pos.character + 1} ${d.ruleId} ${d.message}`);
}
