/**
 * wink-nlp (with wink-eng-lite-web-model) against our own scanner on the
 * seed: time for sentences and number tokens, and how each reads 'one'.
 * `tsc -b && node out/tools/bench/tokens.js` — the figures behind the choice
 * recorded in ARCHITECTURE.md (numbers: tokens).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentencesOf, tokensOf } from '../../server/src/core/numbers/scan.js';
import { maskMarkup } from '../../server/src/core/text.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const text = fs.readFileSync(path.join(root, 'seeds/sussex-2007.inspection.md'), 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/* eslint-disable @typescript-eslint/no-explicit-any */
let t0 = performance.now();
const nlp = (require('wink-nlp') as any)(require('wink-eng-lite-web-model'));
const load = performance.now() - t0;
const its = nlp.its;
const winkRuns: number[] = [];
let doc: any;
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  doc = nlp.readDoc(text);
  doc.tokens().out();
  doc.sentences().out();
  doc.entities().out();
  winkRuns.push(performance.now() - t0);
}
const kinds: Record<string, number> = {};
for (const e of doc.entities().out(its.detail) as { type: string }[]) kinds[e.type] = (kinds[e.type] ?? 0) + 1;
let oneAsNum = 0;
let ones = 0;
doc.tokens().each((t: any) => {
  if (String(t.out()).toLowerCase() === 'one') {
    ones++;
    if (t.out(its.pos) === 'NUM') oneAsNum++;
  }
});

const ownRuns: number[] = [];
let numberTokens = 0;
let sentences = 0;
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  const masked = maskMarkup(text);
  const ss = sentencesOf(masked);
  numberTokens = 0;
  for (const s of ss) numberTokens += tokensOf(masked.slice(s.start, s.end)).length;
  sentences = ss.length;
  ownRuns.push(performance.now() - t0);
}
console.log(`seed: ${text.length} characters`);
console.log(`wink-nlp: model load ${load.toFixed(0)} ms; readDoc + tokens + sentences + entities, median of 5: ${median(winkRuns).toFixed(0)} ms (first ${winkRuns[0]!.toFixed(0)} ms); ${doc.sentences().length()} sentences; entities ${JSON.stringify(kinds)}; 'one' tagged NUM ${oneAsNum} of ${ones}`);
console.log(`own scanner: mask + sentences + number tokens, median of 5: ${median(ownRuns).toFixed(1)} ms (first ${ownRuns[0]!.toFixed(0)} ms); ${sentences} sentences; ${numberTokens} number tokens`);
