/**
 * Runs the CLI's reports (`check-one.ts`) in process or in a pool of worker
 * threads (`--jobs N`), and hands each outcome to the caller in report order,
 * whatever order the workers finish in. Memory stays bounded: at most
 * `WINDOW_PER_WORKER` reports per worker are dispatched and not yet consumed,
 * so a slow report holds up at most that many finished outcomes, and an
 * outcome is dropped once consumed.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkOne, type Outcome, type RunSettings, type Task } from './check-one.js';

/** Reports dispatched and not yet consumed, per worker. */
const WINDOW_PER_WORKER = 4;
/** Reports posted to one worker at a time (one working, one waiting), so that it never idles on the round trip. */
const QUEUE_PER_WORKER = 2;
/** The default of `--jobs`: the machine's parallelism, at most this. */
export const MAX_DEFAULT_JOBS = 8;
/**
 * Without `--jobs`, fewer reports than this are checked in process: a worker
 * loads the whole core first (about a second), more than a few dozen small
 * reports take.
 */
export const AUTO_POOL_MIN_REPORTS = 64;

export function defaultJobs(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, n));
}

/** How many workers a run uses (0: in process). */
export function workersFor(jobs: number | undefined, reports: number): number {
  if (jobs === undefined) return reports < AUTO_POOL_MIN_REPORTS ? 0 : workersFor(defaultJobs(), reports);
  const n = Math.min(jobs, reports);
  return n <= 1 ? 0 : n;
}

/** Returns false to stop the run (no further report is consumed). */
export type Consume = (o: Outcome) => boolean | Promise<boolean>;

export interface RunOptions {
  /**
   * Reports with the same key are never in flight together: the later one is
   * dispatched only after the earlier was consumed (`--fix`: two links to one
   * file are fixed one after the other, as in process).
   */
  serialKey?: (task: Task) => string;
}

/** Runs every task in this thread, in order. */
export async function runInProcess(tasks: readonly Task[], settings: RunSettings, consume: Consume): Promise<void> {
  const ruleIds = new Set(settings.ruleIds);
  for (const t of tasks) if (!(await consume(checkOne(t, settings, ruleIds)))) return;
}

type FromWorker = Outcome | { index: number; internalError: string };

/** Runs the tasks in `workers` worker threads; `consume` sees them in order. Rejects on a worker failure. */
export async function runInPool(tasks: readonly Task[], settings: RunSettings, workers: number, consume: Consume, options: RunOptions = {}): Promise<void> {
  if (tasks.length === 0) return;
  const window = workers * WINDOW_PER_WORKER;
  const pool: { worker: Worker; queued: number }[] = [];
  const ready = new Map<number, Outcome>();
  /** Keys (`serialKey`) of the reports dispatched and not yet consumed. */
  const held = new Map<string, number>();
  const keys = options.serialKey ? tasks.map(options.serialKey) : undefined;
  let next = 0;
  let consumed = 0;
  let draining = false;
  let finished = false;
  let settle!: (err?: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    settle = (err) => {
      if (finished) return;
      finished = true;
      if (err) reject(err);
      else resolve();
    };
  });

  const pump = () => {
    while (!finished && next < tasks.length && next - consumed < window) {
      const key = keys?.[next];
      if (key !== undefined && held.has(key)) return;
      let slot: (typeof pool)[number] | undefined;
      for (const s of pool) if (s.queued < QUEUE_PER_WORKER && (!slot || s.queued < slot.queued)) slot = s;
      if (!slot) return;
      if (key !== undefined) held.set(key, (held.get(key) ?? 0) + 1);
      slot.queued++;
      slot.worker.postMessage(tasks[next]!);
      next++;
    }
  };

  const drain = async () => {
    if (draining) return;
    draining = true;
    try {
      while (!finished && ready.has(consumed)) {
        const o = ready.get(consumed)!;
        ready.delete(consumed);
        const key = keys?.[consumed];
        consumed++;
        if (key !== undefined) {
          const n = held.get(key)! - 1;
          if (n === 0) held.delete(key);
          else held.set(key, n);
        }
        if (!(await consume(o))) return settle();
        pump();
      }
      if (consumed === tasks.length) settle();
    } catch (err) {
      settle(err as Error);
    } finally {
      draining = false;
    }
    // Outcomes that arrived while the last one was consumed.
    if (!finished && ready.has(consumed)) void drain();
  };

  for (let i = 0; i < workers; i++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings });
    const slot = { worker, queued: 0 };
    pool.push(slot);
    worker.on('message', (m: FromWorker) => {
      slot.queued--;
      if ('internalError' in m) return settle(new Error(`internal error while checking ${tasks[m.index]?.file ?? '?'}: ${m.internalError}`));
      ready.set(m.index, m);
      pump();
      void drain();
    });
    worker.on('error', (err) => settle(new Error(`a worker failed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (!finished) settle(new Error(`a worker stopped (exit code ${code})`));
    });
  }
  pump();
  try {
    await done;
  } finally {
    finished = true;
    await Promise.all(pool.map((s) => s.worker.terminate()));
  }
}
