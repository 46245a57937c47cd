// Interleaved A/B timing of the core's full analysis of one document in one process (for speed work: load
// on the machine hits both builds alike). Usage: node --expose-gc scripts/dev/ab-speed.mjs ROOT_A ROOT_B [FILE] [ROUNDS]
// Each ROOT is a checkout with a build in out/. Prints the median ms of each and the ratio B/A.
import { readFileSync } from 'node:fs';
const [rootA, rootB, file, rounds = '40'] = process.argv.slice(2);
if (!rootA || !rootB) throw new Error('usage: ab-speed.mjs ROOT_A ROOT_B [FILE] [ROUNDS]');
const A = (await import(`${rootA}/out/server/src/core/index.js`)).analyze;
const B = (await import(`${rootB}/out/server/src/core/index.js`)).analyze;
const text = readFileSync(file ?? `${rootA}/seeds/sussex-2007.inspection.md`, 'utf8');
const time = (f) => { const t0 = performance.now(); f(text, 'file:///ab.md'); return performance.now() - t0; };
for (let i = 0; i < 8; i++) { time(A); time(B); }
const a = [], b = [];
for (let i = 0; i < +rounds; i++) { if (i % 2) { b.push(time(B)); a.push(time(A)); } else { a.push(time(A)); b.push(time(B)); } }
const med = (x) => { const s = [...x].sort((p, q) => p - q); return s[s.length >> 1]; };
console.log(`A ${med(a).toFixed(1)} ms  B ${med(b).toFixed(1)} ms  B/A ${(med(b) / med(a)).toFixed(3)}`);
