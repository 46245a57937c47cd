/**
 * The labelled whole reports (`test/reports/*.labels.yaml`, scored by
 * `npm run eval:reports`, and the untouched set in `test/reports-unseen/`,
 * scored with `--dir test/reports-unseen`) are well formed: each label file
 * parses, names a report that exists, and every planted error's text is in
 * that report exactly once, so that scoring can never pin it to the wrong place.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../core/helpers.js';
import { IN_SCOPE, loadLabels, locate } from '../../tools/eval/reports.js';

/** Each labelled folder, with the number of label files it must hold at least. */
const FOLDERS: { dir: string; atLeast: number }[] = [
  { dir: 'test/reports', atLeast: 4 },
  { dir: 'test/reports-unseen', atLeast: 3 },
  { dir: 'test/reports-fresh', atLeast: 3 },
  { dir: 'test/reports-fresh-2', atLeast: 3 },
  { dir: 'test/reports-fresh-3', atLeast: 2 },
  { dir: 'test/reports-fresh-4', atLeast: 3 },
  { dir: 'test/reports-fresh-5', atLeast: 3 },
  { dir: 'test/reports-fresh-6', atLeast: 3 },
];

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

  for (const folder of FOLDERS) {
    const dir = join(ROOT, folder.dir);
    const sets = loadLabels(dir);

    it(`${folder.dir} holds at least ${folder.atLeast} label files`, () => {
      assert.ok(sets.length >= folder.atLeast, `${sets.length} label files in ${folder.dir}`);
    });

    for (const s of sets) {
      it(`${folder.dir}/${s.file} parses and every planted text is in its report once`, () => {
        assert.equal(s.error, undefined, s.error);
        const labels = s.labels!;
        const file = join(dir, labels.report);
        assert.ok(existsSync(file), `${labels.report} does not exist`);
        const text = readFileSync(file, 'utf8');
        const problems = [...labels.planted, ...(labels['unplanted-doubtful'] ?? [])]
          .map((p) => locate(text, p.at))
          .filter((x) => typeof x === 'string');
        assert.deepEqual(problems, []);
        assert.ok(labels.planted.length > 0, 'no planted errors');
      });
    }
  }
});
