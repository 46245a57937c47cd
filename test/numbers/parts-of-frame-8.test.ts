/**
 * Which count a share belongs to (extract/count-percent.ts `siblingTotal`, register.ts `disagreeingParts`):
 * - a later part of an 'Of the n …,' frame takes the frame's total, as its first part did;
 * - a share that fits another count of its sentence is not reported against a number word that may be a
 *   pronoun ('one had been completed').
 * Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a later part of an 'Of the n …,' frame takes the frame's total", () => {
  it('reports the second part when its share does not fit the frame', () => {
    // 12/48 = 25% ✓; 30/48 = 62.5% → 63%, not 67%
    assert.deepEqual(rulesOf('Of the 48 children, 12 were looked after (25%) and 30 were adopted (67%).'), ['numbers/percentage-mismatch']);
    // 40/120 = 33% ✓; 20/120 = 16.7% → 17%, not 20%
    assert.deepEqual(rulesOf('Of the 120 complaints we examined, 40 were upheld (33%), and 20 were partly upheld (20%).'), ['numbers/percentage-mismatch']);
  });
  it('accepts right shares of the frame', () => {
    // 30/48 = 62.5% → 63% ✓; 20/120 = 16.67% → 17% ✓
    assert.deepEqual(rulesOf('Of the 48 children, 12 were looked after (25%) and 30 were adopted (63%).'), []);
    assert.deepEqual(rulesOf('Of the 120 complaints we examined, 40 were upheld (33%), and 20 were partly upheld (17%).'), []);
    const c = claimsOf('Of the 48 children, 12 were looked after (25%) and 30 were adopted (63%).').find((x) => x.operands.some((o) => o.raw === '63%'));
    assert.equal(c?.operands.find((o) => o.role === 'n')?.raw, '48');
  });
  it('trap: a part that names another group is not a share of the frame', () => {
    // 30 siblings (67%) may be 30 of 45 siblings; 30 parents likewise: never judged against the 48 children
    assert.deepEqual(rulesOf('Of the 48 children, 12 were looked after (25%) and 30 of their siblings (67%) were adopted.'), []);
    assert.deepEqual(rulesOf('Of the 48 children, 12 were looked after (25%) and 30 parents (67%) were interviewed.'), []);
  });
});

describe('a share that fits another count of its sentence', () => {
  it("trap: 'one' after a pair is a pronoun when the share fits the pair", () => {
    // 28/40 = 70%: the share is the pair's; 'one' (a plan) is no count of 1
    assert.deepEqual(rulesOf('We looked at 40 cases where a plan was needed. In 28 of them, one had been completed (70%).'), []);
    assert.deepEqual(rulesOf('Of the 30 young people, 21 had a plan and in 18 of those one had been reviewed (60%).'), []);
  });
  it('still reports a share that fits no count of the sentence', () => {
    // 1/40 = 2.5%, 28/40 = 70%: 75% fits neither
    assert.deepEqual(rulesOf('We looked at 40 cases where a plan was needed. Of these, 28 had a plan and one had been completed (75%).'), ['numbers/percentage-mismatch']);
  });
  it("reads no count 1 in 'In 28 of them, one had …' (its share is left to the pair, unresolved when it does not fit)", () => {
    const cs = claimsOf('We looked at 40 cases where a plan was needed. In 28 of them, one had been completed (75%).');
    assert.ok(cs.length > 0);
    assert.ok(!cs.some((c) => c.operands.some((o) => o.role === 'k' && o.raw === 'one')), JSON.stringify(cs.map((c) => c.arithmetic)));
  });
  it('is not applied to changes, whose count is a new level', () => {
    // 5,500 − 5,000 = 500, 10%, not 12%; 5,500 − 4,400 = 1,100, 25% ✓
    assert.ok(rulesOf('By March 5,500 people were waiting, 12% (500) more than in December (5,000) and 25% (1,100) more than a year before (4,400).').includes('numbers/change-mismatch'));
  });
});
