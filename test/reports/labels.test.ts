/**
 * The labelled whole reports (`test/reports/*.labels.yaml`, scored by
 * `npm run eval:reports`) are well formed: each label file parses, names a
 * report that exists, and every planted error's text is in that report
 * exactly once, so that scoring can never pin it to the wrong place.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../core/helpers.js';
import { IN_SCOPE, loadLabels, locate } from '../../tools/eval/reports.js';

const DIR = join(ROOT, 'test/reports');
const sets = loadLabels(DIR);

describe('reports: the labelled whole reports', () => {
  it('scores the rules about figures and judgements only', () => {
    assert.ok(IN_SCOPE.test('numbers/percentage-mismatch'));
    assert.ok(IN_SCOPE.test('conclusion/band-mismatch'));
    assert.ok(!IN_SCOPE.test('style/small-numbers'));
    assert.ok(!IN_SCOPE.test('structure/missing-criterion'));
  });

  it('finds the planted text exactly once, or says why not', () => {
    assert.deepEqual(locate('a 12 of 36 b', '12 of 36'), { start: 2, end: 10 });
    assert.match(String(locate('a b', 'c')), /not in the report/);
    assert.match(String(locate('x x', 'x')), /more than once/);
  });

  for (const s of sets) {
    it(`${s.file} parses and every planted text is in its report once`, () => {
      assert.equal(s.error, undefined, s.error);
      const labels = s.labels!;
      const file = join(DIR, labels.report);
      assert.ok(existsSync(file), `${labels.report} does not exist`);
      const text = readFileSync(file, 'utf8');
      const problems = [...labels.planted, ...(labels['unplanted-doubtful'] ?? [])]
        .map((p) => locate(text, p.at))
        .filter((x) => typeof x === 'string');
      assert.deepEqual(problems, []);
      assert.ok(labels.planted.length > 0, 'no planted errors');
    });
  }
});
