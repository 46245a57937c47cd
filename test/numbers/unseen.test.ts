/**
 * A report in another hand (test/numbers/fixtures/northshire.inspection.md):
 * every kind of claim written consistently raises nothing, and each single
 * error put into it is reported by the right rule at the right text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../core/helpers.js';
import { at, claims, numbersDiagnostics } from './helpers.js';

const TEXT = fs.readFileSync(path.join(ROOT, 'test/numbers/fixtures/northshire.inspection.md'), 'utf8');

function swap(from: string, to: string): string {
  const i = TEXT.indexOf(from);
  assert.ok(i >= 0 && TEXT.indexOf(from, i + 1) === -1, `fixture text not unique: ${from}`);
  return TEXT.slice(0, i) + to + TEXT.slice(i + from.length);
}

describe('numbers: a report in another style', () => {
  it('raises nothing on consistent figures', () => {
    assert.deepEqual(numbersDiagnostics(TEXT).map((d) => `${d.ruleId}: ${d.message}`), []);
  });

  it('checks claims of every shape in it', () => {
    const kinds = new Set(claims(TEXT).filter((c) => c.verdict === 'ok').map((c) => c.kind));
    for (const k of ['count-of', 'all-but', 'complement', 'percent-count-of', 'percent-of', 'ratio', 'fraction', 'extreme', 'table-shares', 'table-percent']) assert.ok(kinds.has(k), `no checked ${k} claim`);
  });

  const cases: [string, string, string, string, ...string[]][] = [
    ['31 (78%)', '31 (81%)', 'numbers/percentage-mismatch', '40 cases inspected, 31 (81%)'],
    ['All but three of the 40 cases (93%)', 'All but three of the 40 cases (90%)', 'numbers/percentage-mismatch', 'All but three of the 40 cases (90%)'],
    ['the remaining four did not', 'the remaining five did not', 'numbers/complement-mismatch', 'the remaining five'],
    ['45 per cent (18 of the 40)', '45 per cent (18 of the 04)', 'numbers/impossible', '45 per cent (18 of the 04)'],
    // The summary's 83% is 20 of 24; the finding's own 85% is wrong, so the summary is not said to differ from it.
    ['83% of these [24] cases', '85% of these [24] cases', 'numbers/no-whole-count', '85% of these [24]'],
    ['This left nine cases', 'This left eight cases', 'numbers/complement-mismatch', 'This left eight'],
    ['just over half (11 of 21)', 'just over half (10 of 21)', 'numbers/fraction-mismatch', 'just over half (10 of 21)'],
    ['neither of the two custody cases', 'neither of the three custody cases', 'numbers/impossible', 'neither of the three'],
    ['(22 of 36)', '(22 of 38)', 'numbers/percentage-mismatch', '61% of offenders had engaged with victim awareness work (22 of 38)'],
    ['A quarter (25%)', 'A quarter (40%)', 'numbers/fraction-mismatch', 'A quarter (40%)'],
    ['around two-thirds of these (6 of 9)', 'around two-thirds of these (3 of 9)', 'numbers/fraction-mismatch', 'around two-thirds of these (3 of 9)'],
    ['leaving eight without a visit', 'leaving seven without a visit', 'numbers/complement-mismatch', 'leaving seven'],
    ['| % Female | 11.5 |', '| % Female | 12.5 |', 'numbers/table-shares', '% Male | 88.5 |\n| % Female | 12.5'],
    ['| Completed | 54 | 72% |', '| Completed | 54 | 74% |', 'numbers/percentage-mismatch', 'Completed | 54 | 74%'],
    ['Section score: 74%', 'Section score: 76%', 'numbers/section-mean', '76%'],
    ['Only 61% of offenders had engaged with victim awareness work, and', 'Only 64% of offenders had engaged with victim awareness work, and', 'conclusion/restated-figure', '64%'],
  ];
  for (const [from, to, ...expected] of cases) {
    it(`${expected[0]}: '${from}' → '${to}'`, () => {
      const text = swap(from, to);
      const want: [string, string][] = [];
      for (let i = 0; i < expected.length; i += 2) want.push([expected[i]!, expected[i + 1]!]);
      const d = numbersDiagnostics(text);
      assert.deepEqual(
        d.map((x) => [x.ruleId, at(text, x.span)]).sort(),
        want.sort(),
      );
    });
  }
});
