/** Exact rounding arithmetic: every rounding question is settled with integers. */
import * as assert from 'node:assert/strict';
import { accepted, countsFor, exactPercent, explanations, formatScaled, grim, judge, roundByPolicy, someDenominator, DEFAULT_POLICY, type RoundingPolicy } from '../../server/src/core/numbers/rounding.js';

const policy = (p: Partial<RoundingPolicy> = {}): RoundingPolicy => ({ ...DEFAULT_POLICY, ...p });

describe('numbers: rounding arithmetic', () => {
  it('explains 22 / 32 = 68.75% as 69% by rounding to nearest and 68% by truncation', () => {
    assert.deepEqual(explanations(22, 32, 69, 0), ['nearest', 'ceiling']);
    assert.deepEqual(explanations(22, 32, 68, 0), ['truncation']);
    assert.deepEqual(explanations(22, 32, 72, 0), []);
  });

  it('treats an exact half as a tie, accepted either way by default', () => {
    // 1 / 8 = 12.5%
    assert.deepEqual(explanations(1, 8, 13, 0), ['tie-up', 'ceiling']);
    assert.deepEqual(explanations(1, 8, 12, 0), ['tie-down', 'truncation']);
    assert.equal(judge(1, 8, 13, 0, policy()).verdict, 'ok');
    assert.equal(judge(1, 8, 12, 0, policy()).verdict, 'ok');
    assert.equal(judge(1, 8, 12, 0, policy({ ties: 'up' })).verdict, 'convention');
    assert.equal(judge(1, 8, 13, 0, policy({ ties: 'down' })).verdict, 'convention');
    // 5 / 8 = 62.5%: to even gives 62.
    assert.equal(judge(5, 8, 62, 0, policy({ ties: 'even' })).verdict, 'ok');
    assert.equal(judge(5, 8, 63, 0, policy({ ties: 'even' })).verdict, 'convention');
  });

  it('does not decide in floating point: 0.1 + 0.2 style values are exact', () => {
    // 7 / 20 = 35% exactly; 29 / 200 = 14.5% exactly (a tie at whole percent).
    assert.equal(judge(7, 20, 35, 0, policy()).verdict, 'ok');
    assert.deepEqual(explanations(29, 200, 15, 0), ['tie-up', 'ceiling']);
    assert.deepEqual(explanations(29, 200, 145, 1), ['nearest', 'truncation', 'ceiling']);
  });

  it('reads decimals at their precision', () => {
    // 74 / 75 = 98.666…%
    assert.equal(judge(74, 75, 987, 1, policy()).verdict, 'ok');
    assert.equal(judge(74, 75, 986, 1, policy()).verdict, 'convention');
    assert.equal(judge(74, 75, 985, 1, policy()).verdict, 'inconsistent');
    // A policy of one decimal reads '99%' as 99.0%.
    assert.equal(judge(74, 75, 99, 0, policy()).verdict, 'ok');
    assert.equal(judge(74, 75, 99, 0, policy({ decimals: 1 })).verdict, 'inconsistent');
  });

  it('follows a truncating report and reports nearest-only values as a convention', () => {
    assert.equal(judge(56, 77, 72, 0, policy({ mode: 'truncate' })).verdict, 'ok');
    assert.equal(judge(56, 77, 73, 0, policy({ mode: 'truncate' })).verdict, 'convention');
    assert.equal(judge(56, 77, 73, 0, policy({ mode: 'any' })).verdict, 'ok');
    assert.equal(judge(56, 77, 72, 0, policy({ mode: 'any' })).verdict, 'ok');
    assert.equal(judge(55, 77, 72, 0, policy({ mode: 'ceiling' })).verdict, 'ok');
  });

  it('rounds by policy for replacements', () => {
    assert.equal(roundByPolicy(12, 36, 0, policy()), 33);
    assert.equal(roundByPolicy(1, 8, 0, policy()), 13);
    assert.equal(roundByPolicy(1, 8, 0, policy({ ties: 'down' })), 12);
    assert.equal(roundByPolicy(56, 77, 0, policy({ mode: 'truncate' })), 72);
    assert.equal(roundByPolicy(55, 77, 0, policy({ mode: 'ceiling' })), 72);
    assert.equal(roundByPolicy(74, 75, 1, policy()), 987);
  });

  it('formats exact shares for the arithmetic', () => {
    assert.equal(exactPercent(22, 32), '68.75');
    assert.equal(exactPercent(12, 36), '33.33');
    assert.equal(exactPercent(1, 2), '50');
    assert.equal(exactPercent(74, 75, 3), '98.667');
    assert.equal(formatScaled(987, 1), '98.7');
    assert.equal(formatScaled(5, 2), '0.05');
  });

  it('GRIM: 82% of 33 is possible, 83% of 33 is not, 72% of 77 only by truncation or rounding up', () => {
    assert.equal(grim(33, 82, 0, policy()).verdict, 'ok');
    assert.equal(grim(33, 83, 0, policy()).verdict, 'inconsistent');
    const g = grim(77, 72, 0, policy());
    assert.equal(g.verdict, 'convention');
    assert.deepEqual(
      g.candidates.map((c) => c.k),
      [55, 56],
    );
    assert.deepEqual(
      countsFor(33, 82, 0).filter((c) => c.by.includes('nearest')).map((c) => c.k),
      [27],
    );
  });

  it('finds whether any total gives P% (k)', () => {
    assert.deepEqual(someDenominator(22, 69, 0, policy()), { verdict: 'ok', n: 32 });
    assert.equal(someDenominator(22, 72, 0, policy()).verdict, 'inconsistent');
    assert.equal(someDenominator(0, 0, 0, policy()).verdict, 'ok');
    assert.equal(someDenominator(0, 5, 0, policy()).verdict, 'inconsistent');
  });

  it('finds the total of a tiny share of a large count (it gave up 100,000 totals past the first guess)', () => {
    // 2,460 (0.04%): any total from 5,466,667 to 7,028,571 gives it; 6.1 million was the one written.
    assert.deepEqual(someDenominator(2460, 4, 2, policy()), { verdict: 'ok', n: 5466667 });
    // Beyond exact arithmetic's range a total surely exists: never a finding.
    assert.equal(someDenominator(9_000_000, 1, 2, policy()).verdict, 'ok');
  });

  it('agrees with a search of every total on small counts, under each policy', () => {
    const search = (k: number, v: number, d: number, pol: RoundingPolicy) => {
      if (k === 0) return v === 0 ? 'ok' : 'inconsistent';
      if (v === 0) return 'inconsistent';
      let convention = false;
      // Past 100k·10^d / (v − 1) no convention gives v.
      const last = v > 1 ? Math.ceil((100 * k * 10 ** d) / (v - 1)) + 2 : 100 * k * 10 ** d + 2;
      for (let n = Math.max(k, 1); n <= last; n++) {
        const ex = explanations(k, n, v, d);
        if (accepted(ex, pol, v)) return 'ok';
        if (ex.length) convention = true;
      }
      return convention ? 'convention' : 'inconsistent';
    };
    for (const pol of [policy(), policy({ mode: 'truncate' }), policy({ decimals: 1, ties: 'even' })]) {
      for (let k = 0; k <= 40; k++) {
        for (const d of [0, 1]) {
          if (d < pol.decimals) continue;
          for (let v = 0; v <= (d ? 1000 : 100); v += d ? 7 : 1) assert.equal(someDenominator(k, v, d, pol).verdict, search(k, v, d, pol), `k ${k}, ${v} at ${d} places, ${pol.mode}`);
        }
      }
    }
  });
});
