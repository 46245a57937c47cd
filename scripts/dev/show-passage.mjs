// Text, labels, claims and numbers diagnostics of corpus passages of the DEV part (held-out ones are refused).
// Needs a build. Usage: node scripts/dev/show-passage.mjs ID [ID ...]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { analyze } = await import(join(ROOT, 'out/server/src/core/index.js'));
const { loadCorpus, wrap, isNumericDiagnostic, partOf, corpusDir } = await import(join(ROOT, 'out/tools/eval/corpus-data.js'));
const all = loadCorpus(corpusDir(ROOT)).flatMap((f) => f.passages);
for (const id of process.argv.slice(2)) {
  const p = all.find((x) => x.id === id);
  if (!p) { console.log('no passage', id); continue; }
  if (partOf(id) !== 'dev') { console.log(id, 'is held out: not shown'); continue; }
  console.log('=====', id, p.families.join(','));
  console.log(p.text.trim());
  for (const r of p.relations) console.log('  LABEL', r.kind, JSON.stringify(r.figures), r.holds);
  const w = wrap(p);
  const res = analyze(w.text, 'file:///x.inspection.md');
  for (const c of res.report.claims ?? []) if (c.span && c.span.end > w.offset) console.log('  claim', c.kind, c.verdict, JSON.stringify(w.text.slice(c.span.start, c.span.end)).slice(0, 110), '{' + c.arithmetic + '}');
  for (const d of res.diagnostics.filter(isNumericDiagnostic)) console.log('  DIAG', d.ruleId, d.message.slice(0, 160));
}
