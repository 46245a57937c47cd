/**
 * A count given with its own share ('240 (30%) of these files …') is a group
 * of its own: a later share may be of it. It is a candidate total only when
 * the later share fits it, never the fallback total, since the next count of
 * the sentence is as likely a sibling part as a sub-group.
 */
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const verdictOf = (finding: string, figure: string) => {
  const c = claimsOf(finding).find((x) => x.kind === 'count-percent' && x.operands.some((o) => o.raw === figure));
  assert.ok(c, `a claim for ${figure}`);
  return c;
};

describe('numbers: a part counted with its share as the total of a later share', () => {
  it('a share of the sub-group just counted is consistent (60 of 240 is 25%, not 60 of 800)', () => {
    const c = verdictOf('Inspectors read 800 case files. 240 (30%) of these files concerned young adults, and 60 (25%) young adults had a plan.', '60');
    assert.equal(c.verdict, 'ok', c.arithmetic);
    assert.match(c.arithmetic ?? '', /60 \/ 240/);
  });

  it('the same with the whole in the sentence before and a clause between', () => {
    const c = verdictOf('There were 1,500 referrals in the year. Of these, 600 (40%) led to an assessment; where recorded, 150 (25%) assessments found a need for care.', '150');
    assert.equal(c.verdict, 'ok', c.arithmetic);
  });

  it('a sibling part that fits neither is judged against the whole, not against the part', () => {
    const c = verdictOf('There were 1,200 referrals. Of these, 300 (25%) were urgent and 48 (2%) were withdrawn.', '48');
    assert.equal(c.verdict, 'inconsistent', c.arithmetic);
    assert.match(c.arithmetic ?? '', /48 \/ 1200/);
  });

  it('a sibling part that fits the whole stays consistent', () => {
    const c = verdictOf('There were 1,200 referrals. Of these, 300 (25%) were urgent and 48 (4%) were withdrawn.', '48');
    assert.equal(c.verdict, 'ok', c.arithmetic);
  });
});

describe('numbers: an overall rate followed by the rates of its groups', () => {
  const sharesSum = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'shares-sum');

  it('is unresolved when the overall rate lies between its groups\' rates (a weighted mean), not a parts-sum error', () => {
    const c = sharesSum('Overall, 64% of visits found the service safe: 70% for day services, 58% for home care and 61% for care homes.');
    assert.ok(c.length >= 1, 'read');
    for (const x of c) assert.equal(x.verdict, 'unchecked', x.arithmetic);
  });

  it('is still an error when no reading fits: parts of the whole that add to more, and a whole outside its groups\' rates', () => {
    const c = sharesSum('In all, 40% of services were good or better: 25% outstanding and 30% good.');
    assert.ok(c.some((x) => x.verdict === 'inconsistent'), JSON.stringify(c.map((x) => x.arithmetic)));
  });
});

describe('numbers: a change with its own comparison before another "from"', () => {
  const changes = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'change');

  it("'12% more than in 2018/19 and up from 2,900 in 2016/17': the 2,900 may be of another period, so not judged", () => {
    const c = changes('In 2019/20 the service received 3,120 applications, 12% more than in 2018/19 and up from 2,900 in 2016/17.');
    assert.ok(c.length >= 1, 'read');
    for (const x of c) assert.equal(x.verdict, 'unchecked', x.arithmetic);
  });

  it("a change whose 'from' is its own is still judged: 'rose by 12% to 3,120, from 2,900'", () => {
    const c = changes('Applications rose by 12% to 3,120, from 2,900 the year before.');
    assert.ok(c.some((x) => x.verdict === 'inconsistent'), JSON.stringify(c.map((x) => x.arithmetic)));
  });
});
