/**
 * `npm run fuzz`: the fuzz properties for FUZZ_MINUTES minutes (default 1),
 * round after round with fresh seeds, printing the figures: cases, failures
 * (crashes, hangs, mismatches) and the slowest case. Exit 1 on any failure,
 * with the seed and the shrunk counterexample to reproduce it.
 */
import fc from 'fast-check';
import { figures, HANG_MS, properties } from './properties.js';

const minutes = Number(process.env.FUZZ_MINUTES ?? '1');
const end = Date.now() + minutes * 60_000;
const perProperty = new Map<string, { runs: number; failures: number }>();
let failures = 0;
let rounds = 0;
while (Date.now() < end) {
  rounds++;
  for (const [name, prop] of Object.entries(properties)) {
    if (Date.now() >= end) break;
    const seed = Math.floor(Math.random() * 2 ** 31);
    const stat = perProperty.get(name) ?? { runs: 0, failures: 0 };
    const out = fc.check(prop as fc.IProperty<unknown[]>, { seed, numRuns: 50 });
    stat.runs += out.numRuns;
    if (out.failed) {
      stat.failures++;
      failures++;
      console.log(`FAILED ${name} (seed ${seed}, path ${out.counterexamplePath}): ${String(out.errorInstance).slice(0, 500)}\n  counterexample: ${JSON.stringify(out.counterexample).slice(0, 500)}`);
    }
    perProperty.set(name, stat);
  }
}
console.log(`fuzz: ${minutes} min, ${rounds} rounds, ${figures.cases} analysed cases, slowest ${figures.slowest} ms (hang = over ${HANG_MS} ms): ${figures.hangs} hangs, ${failures} failing runs`);
for (const [name, s] of perProperty) console.log(`  ${name}: ${s.runs} runs, ${s.failures} failures`);
process.exitCode = failures > 0 ? 1 : 0;
