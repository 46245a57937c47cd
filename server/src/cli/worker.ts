/**
 * A worker of the CLI's pool (`pool.ts`): checks the reports it is posted,
 * one at a time, with `checkOne`, and posts each outcome back. The run's
 * settings come in `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { adoptAllowRead, checkOne, type RunSettings, type Task } from './check-one.js';

const settings = workerData as RunSettings;
const ruleIds = new Set(settings.ruleIds);
adoptAllowRead(settings);
const port = parentPort!;
port.on('message', (task: Task) => {
  try {
    port.postMessage(checkOne(task, settings, ruleIds));
  } catch (err) {
    port.postMessage({ index: task.index, internalError: (err as Error)?.stack ?? String(err) });
  }
});
