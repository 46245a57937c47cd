/**
 * Shares of every grade of a scale, of the cases that were graded (relations/grade-shares.ts `GRADED_WHOLE`):
 * a shortfall is then an error too, since no grade and no unrated case is left out. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe('shares of every grade of the cases graded', () => {
  it('reports a shortfall beyond the rounding of the shares', () => {
    // 17 + 65 + 12 + 3 = 97: four rounded shares make 98 to 102
    assert.deepEqual(rulesOf('At their most recent inspection, 17 per cent of schools in the region were outstanding, 65 per cent good, 12 per cent requires improvement and 3 per cent inadequate.'), ['numbers/parts-sum']);
    // 14 + 60 + 18 + 4 = 96
    assert.deepEqual(rulesOf('Of the 312 providers inspected, 14% were outstanding, 60% good, 18% requires improvement and 4% inadequate.'), ['numbers/parts-sum']);
  });
  it('accepts a sum within rounding', () => {
    // 17 + 65 + 14 + 3 = 99
    assert.deepEqual(rulesOf('At their most recent inspection, 17 per cent of schools in the region were outstanding, 65 per cent good, 14 per cent requires improvement and 3 per cent inadequate.'), []);
  });
  it('trap: leaves a shortfall unjudged when the whole may hold unrated cases, or a grade is missing', () => {
    // 'of schools in the region' may count schools not yet inspected; 'inadequate' is not given in the second
    assert.deepEqual(rulesOf('17 per cent of schools in the region were outstanding, 65 per cent good, 12 per cent requires improvement and 3 per cent inadequate.'), []);
    assert.deepEqual(rulesOf('Of the 240 schools inspected, 20% were outstanding, 60% good and 12% requires improvement.'), []);
  });
});

describe("a counted rest closes a list of named parts (parts-sum.ts labelledParts), and 'one' before a colon is no whole", () => {
  it("reads 'race (71), …, and other characteristics (30)' against the whole before the colon", () => {
    // 71 + 38 + 24 + 30 = 163 ✓
    const ok = claimsOf('The prison received 163 forms in 2024: race (71), disability (38), religion (24) and other characteristics (30).');
    assert.ok(ok.some((c) => c.kind === 'parts-sum' && c.verdict === 'ok'), JSON.stringify(ok.map((c) => c.arithmetic)));
  });
  it("trap: 'and others' leaves members out, and 'one' smaller than the parts is no whole", () => {
    assert.deepEqual(rulesOf('The prison received 163 forms in 2024: race (71), disability (38) and others.'), []);
    const cs = claimsOf('The prison received 163 forms, and each was logged under one characteristic: race (71), disability (38), religion (24) and other characteristics (21).');
    assert.ok(!cs.some((c) => c.kind === 'parts-sum' && c.operands.some((o) => o.role === 'n' && o.raw === 'one')), JSON.stringify(cs.map((c) => c.arithmetic)));
  });
});

describe('a Total row against rows that make the total the prose states (tables/column-sum.ts rowsMakeStated)', () => {
  const table = (lead: string, total: string) =>
    [
      `The council received ${lead} safeguarding concerns in 2024/25.`,
      '',
      '| Concerns by source | Concerns |',
      '|---|---|',
      '| Police | 1,412 |',
      '| Health services | 1,803 |',
      '| Care providers | 1,627 |',
      '| Other | 1,376 |',
      `| Total | ${total} |`,
    ].join('\n');
  it('reports the Total row when the rows make the stated total', () => {
    // 1,412 + 1,803 + 1,627 + 1,376 = 6,218, as the sentence says: the Total row's 6,281 is wrong
    assert.ok(rulesOf(table('6,218', '6,281')).length > 0);
    assert.deepEqual(rulesOf(table('6,218', '6,218')), []);
  });
  it('trap: leaves it unjudged when nothing says the rows split the whole', () => {
    // the sentence states another figure: the rows may overlap, and either figure may be of something else
    assert.deepEqual(rulesOf(table('7,000', '6,281')), []);
  });
});
