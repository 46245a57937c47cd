/**
 * `npm run fuzz`: the fuzz properties for FUZZ_MINUTES minutes (default 1),
 * round after round with fresh seeds, printing the figures: cases, failures
 * (crashes, hangs, mismatches) and the slowest case. Exit 1 on any failure,
 * with the seed and the shrunk counterexample to reproduce it.
 *
 * The properties run in a worker thread watched by this one: a case that has
 * not finished after WATCHDOG_MS (a hang that a timer inside the same thread
 * could never report) ends the worker, is counted as a hang with its property
 * and seed, and a fresh worker goes on until the time is up.
 */
import fc from 'fast-check';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { figures, HANG_MS, properties } from './properties.js';

const WATCHDOG_MS = Number(process.env.FUZZ_WATCHDOG_MS ?? '60000');

type FromWorker =
  | { kind: 'case'; phase: 'start' | 'end'; name: string; seed: number }
  | { kind: 'run'; name: string; runs: number; failed: boolean; seed: number; message?: string }
  | { kind: 'figures'; cases: number; hangs: number; slowest: number };

if (isMainThread) {
  const minutes = Number(process.env.FUZZ_MINUTES ?? '1');
  const end = Date.now() + minutes * 60_000;
  const perProperty = new Map<string, { runs: number; failures: number; hangs: number }>();
  const stat = (name: string) => perProperty.get(name) ?? (perProperty.set(name, { runs: 0, failures: 0, hangs: 0 }).get(name) as { runs: number; failures: number; hangs: number });
  const total = { cases: 0, hangs: 0, slowest: 0, failures: 0, rounds: 0, workers: 0 };
  const runWorker = () =>
    new Promise<void>((resolve) => {
      total.workers++;
      const worker = new Worker(new URL(import.meta.url), { workerData: { end } });
      let current: { name: string; seed: number; since: number } | undefined;
      let last = { cases: 0, hangs: 0, slowest: 0 };
      const timer = setInterval(() => {
        if (current && Date.now() - current.since > WATCHDOG_MS) {
          total.hangs++;
          stat(current.name).hangs++;
          console.log(`HANG ${current.name} (seed ${current.seed}): one case ran over ${WATCHDOG_MS} ms; the worker is ended and a fresh one goes on`);
          current = undefined;
          void worker.terminate();
        }
      }, 1000);
      worker.on('message', (m: FromWorker) => {
        if (m.kind === 'case') current = m.phase === 'start' ? { name: m.name, seed: m.seed, since: Date.now() } : undefined;
        else if (m.kind === 'figures') last = m;
        else {
          const s = stat(m.name);
          s.runs += m.runs;
          if (m.name === Object.keys(properties)[0]) total.rounds++;
          if (m.failed) {
            s.failures++;
            total.failures++;
            console.log(`FAILED ${m.name} (seed ${m.seed}): ${m.message}`);
          }
        }
      });
      const done = () => {
        clearInterval(timer);
        total.cases += last.cases;
        total.hangs += last.hangs;
        total.slowest = Math.max(total.slowest, last.slowest);
        resolve();
      };
      worker.on('exit', done);
      worker.on('error', (err) => {
        total.failures++;
        console.log(`FAILED: the worker crashed: ${err.stack ?? String(err)}`);
      });
    });
  while (Date.now() < end) await runWorker();
  console.log(
    `fuzz: ${minutes} min, ${total.rounds} rounds, ${total.cases} analysed cases, slowest finished case ${total.slowest} ms (hang = over ${HANG_MS} ms, or unfinished after ${WATCHDOG_MS} ms): ${total.hangs} hangs, ${total.failures} failing runs (crashes or mismatches), ${total.workers} worker${total.workers === 1 ? '' : 's'}`,
  );
  for (const [name, s] of perProperty) console.log(`  ${name}: ${s.runs} runs, ${s.failures} failures, ${s.hangs} unfinished`);
  process.exitCode = total.failures > 0 || total.hangs > 0 ? 1 : 0;
} else {
  const { end } = workerData as { end: number };
  const port = parentPort!;
  let name = '';
  let seed = 0;
  figures.onCase = (phase) => port.postMessage({ kind: 'case', phase, name, seed } satisfies FromWorker);
  while (Date.now() < end) {
    for (const [n, prop] of Object.entries(properties)) {
      if (Date.now() >= end) break;
      name = n;
      seed = Math.floor(Math.random() * 2 ** 31);
      // Bounded by the run's end (plus a minute to shrink a failure): a failing property's shrinking
      // could otherwise outlast FUZZ_MINUTES by far. An interrupted check still reports a failure found.
      const out = fc.check(prop as fc.IProperty<unknown[]>, { seed, numRuns: 50, interruptAfterTimeLimit: Math.max(1_000, end - Date.now() + 60_000), markInterruptAsFailure: false });
      // A hang over HANG_MS that did finish is a failure of its property (timed() throws), counted in figures.
      const message = out.failed ? `path ${out.counterexamplePath}: ${String(out.errorInstance).slice(0, 500)}\n  counterexample: ${JSON.stringify(out.counterexample).slice(0, 500)}` : undefined;
      port.postMessage({ kind: 'run', name: n, runs: out.numRuns, failed: out.failed, seed, message } satisfies FromWorker);
      port.postMessage({ kind: 'figures', cases: figures.cases, hangs: figures.hangs, slowest: figures.slowest } satisfies FromWorker);
    }
  }
}
