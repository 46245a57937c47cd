/**
 * File snapshots for the grammar tests. `UPDATE_SNAPSHOTS=1` rewrites them;
 * otherwise a missing or different snapshot fails with the first differences.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SNAPSHOTS } from './textmate.js';

export const updating = process.env.UPDATE_SNAPSHOTS === '1';

export function matchSnapshot(name: string, actual: string): void {
  const file = path.join(SNAPSHOTS, `${name}.snap`);
  if (updating) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`snapshot ${path.relative(process.cwd(), file)} is missing; run the tests with UPDATE_SNAPSHOTS=1 to write it`);
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(a.length, e.length) && diffs.length < 12; i++) {
    if (a[i] !== e[i]) diffs.push(`  line ${i + 1}\n    expected: ${e[i] ?? '(end)'}\n    actual:   ${a[i] ?? '(end)'}`);
  }
  throw new Error(
    `snapshot ${name}.snap differs (run with UPDATE_SNAPSHOTS=1 to accept the new tokens):\n${diffs.join('\n')}`,
  );
}
