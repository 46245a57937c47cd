// Validates a corpus writer's passage file WITHOUT running the checker (issue 9 corpus rounds): schema, ids,
// figures as whole tokens, arity, distinct figure places, and our own exact arithmetic for the decided kinds
// (tools/eval/corpus-arith.ts); USED-URL when a modelled passage's source is already cited in test/ or docs/.
// Needs a build (npx tsc -b). Usage: node scripts/dev/validate-passages.mjs FILE.yaml [FILE2.yaml ...]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { parsePassageFile, locate, ARITY } = await import(join(ROOT, 'out/tools/eval/corpus-data.js'));
const { recompute, DECIDED } = await import(join(ROOT, 'out/tools/eval/corpus-arith.js'));
const used = new Set();
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(ya?ml|md|txt)$/.test(f)) for (const m of readFileSync(p, 'utf8').matchAll(/https?:\/\/[^\s"')>|`]+/g)) used.add(m[0].replace(/[.,;:]$/, '')); } };
walk(join(ROOT, 'test')); walk(join(ROOT, 'docs'));
const mainIds = new Set();
const dir = join(ROOT, 'test/corpus/passages');
for (const f of readdirSync(dir)) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/^- id: (\S+)/gm)) mainIds.add(m[1]);
let bad = 0, rels = 0, falses = 0, n = 0, modelled = 0;
const seen = new Set();
for (const file of process.argv.slice(2)) {
  const inCorpus = file.startsWith(dir) || join(ROOT, file).startsWith(dir);
  const pf = parsePassageFile(basename(file), readFileSync(file, 'utf8'));
  for (const e of pf.errors) { console.log('ERROR', e); bad++; }
  for (const p of pf.passages) {
    n++;
    if (p.source !== 'written') modelled++;
    if (seen.has(p.id) || (!inCorpus && mainIds.has(p.id))) { console.log('DUP id', p.id); bad++; }
    seen.add(p.id);
    if (p.id[0] !== basename(file)[0]) { console.log('PREFIX', p.id, file); bad++; }
    if (!inCorpus && p.source !== 'written' && used.has(p.source.replace(/[.,;:]$/, ''))) console.log('USED-URL', p.id, p.source);
    const figs = [...p.relations.flatMap((r) => r.figures), ...(p.undecidable ?? []).flatMap((u) => u.figures)];
    for (const f of figs) if (!locate(p.text, f)) { console.log('FIGURE-NOT-FOUND', p.id, JSON.stringify(f)); bad++; }
    for (const r of p.relations) {
      rels++; if (!r.holds) falses++;
      const [lo, hi] = ARITY[r.kind];
      if (r.figures.length < lo || r.figures.length > hi) { console.log('ARITY', p.id, r.kind, r.figures.length); bad++; }
      const starts = r.figures.map((f) => locate(p.text, f)?.start);
      if (new Set(starts).size !== starts.length) { console.log('SAME-PLACE', p.id, JSON.stringify(r.figures)); bad++; }
      const c = recompute(r);
      if (!c.checked) { if (DECIDED.has(r.kind)) { console.log('UNREADABLE', p.id, r.kind, JSON.stringify(r.figures), c.detail); bad++; } continue; }
      if (c.holds !== r.holds) { console.log('LABEL', p.id, r.kind, JSON.stringify(r.figures), 'labelled', r.holds, 'arithmetic gives', c.holds, c.detail); bad++; }
    }
  }
}
console.log(`${n} passages (${modelled} modelled), ${rels} relations, ${falses} holds:false; ${bad} problem(s)`);
process.exit(bad ? 1 : 0);
