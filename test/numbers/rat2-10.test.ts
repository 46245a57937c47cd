/**
 * Ratios, hedges and changes, round 10 (helper rat2). Sentences written for these tests, with the arithmetic
 * in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const CHANGE = ['numbers/change-mismatch'];
const flagged = (finding: string) => rulesOf(finding).length > 0;
const judged = (finding: string, kind: string) => claimsOf(finding).some((c) => c.kind === kind && c.verdict !== 'unchecked');

describe('rat2-10: a change whose old level is the one count of the sentence before, its subject naming the measure (change.ts earlierOld)', () => {
  it('reads "the number of <what was counted>" as the same measure', () => {
    // (611 - 430)/430 = 42.1%
    const ok = 'In the year before our last visit, staff used force on 430 occasions. Since then the number of times force was used has risen by 42% to 611.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
    // (215 - 250)/250 = -14%, not 18%
    assert.ok(flagged('Last year the regulator served 250 warning notices on care providers. This year the number of warning notices fell by 18% to 215.'));
    assert.deepEqual(rulesOf('Last year the regulator served 250 warning notices on care providers. This year the number of warning notices fell by 14% to 215.'), []);
  });
  it('reads a bare noun subject that names the count of the sentence before', () => {
    // (1,380 - 1,200)/1,200 = 15%, not 12%
    assert.ok(flagged('The team received 1,200 referrals in the spring term. In the following term, referrals rose by 12% to 1,380.'));
  });
  it('leaves a subject naming another group or another measure alone', () => {
    // 'men' is not in the sentence before: uses of force on men may be a part of the 430
    assert.deepEqual(rulesOf('Staff used force 430 times in the year. The number of times force was used on men rose by 10% to 611.'), []);
    // 430 prisoners, not 430 occasions: another measure
    assert.deepEqual(rulesOf('Staff used force on 430 prisoners in the year. The number of times force was used rose by 10% to 611.'), []);
    // two earlier levels: the base is ambiguous
    assert.deepEqual(rulesOf('The service had 300 complaints in 2021 and 320 in 2022. In 2023 complaints rose by 17% to 352.'), []);
  });
});
