/**
 * A regression set of correct passages of our own (`traps/correct-passages.txt`,
 * one per line: changes, multiples, rates, averages, survey results, money,
 * durations, ages, years, regulation numbers, overlapping categories, two
 * populations in one sentence, across inspectorates). Every figure was worked
 * by hand; each passage, as the one finding of a report, must raise no
 * finding about its figures. A false alarm here tells a writer that a right
 * number is wrong.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../core/helpers.js';
import { numbersDiagnostics, reportWith } from './helpers.js';

const passages = readFileSync(join(ROOT, 'test/numbers/traps/correct-passages.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

describe('numbers: correct passages of our own raise no finding', function () {
  // Some 900 analyses in one test: about 8 s of CPU, 37 s of wall time on a loaded machine (the default is 20 s).
  this.timeout(120_000);
  it('holds several hundred passages', () => {
    assert.ok(passages.length >= 900, `${passages.length} passages`);
  });
  it('finds nothing wrong in any of them', () => {
    const alarms = passages.flatMap((p) => numbersDiagnostics(reportWith([p])).map((d) => `${d.ruleId}: ${p.slice(0, 90)} — ${d.message}`));
    assert.deepEqual(alarms, []);
  });
});
