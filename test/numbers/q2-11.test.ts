/**
 * Quantifiers, hedges and ratios whose whole is counted before, round 11 (helper q2). Sentences written for
 * these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const flagged = (finding: string) => rulesOf(finding).length > 0;
const judged = (finding: string, kind: string) => claimsOf(finding).some((c) => c.kind === kind && c.verdict !== 'unchecked');

describe('q2-11: a share of them with a count pair in apposition (quantifier-distant themPair)', () => {
  it('judges the share on the pair, whose whole is written', () => {
    // 22/35 = 62.9%: most (over half)
    const ok = 'Officers told us about the scheme. Most of them, 22 of the 35 we interviewed, thought it worked.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'quantifier'));
    // 12/35 = 34.3%: not most
    assert.ok(flagged('Officers told us about the scheme. Most of them, 12 of the 35 we interviewed, thought it worked.'));
    // 29/40 = 72.5%: not a minority (between dashes)
    assert.ok(flagged('Staff explained the scheme. A minority of them – 29 of the 40 we spoke to – understood it.'));
    assert.deepEqual(rulesOf('Staff explained the scheme. A minority of them – 9 of the 40 we spoke to – understood it.'), []);
  });
  it('leaves a pair whose words hold another figure alone', () => {
    // the pair does not close before another count: 12 of the 35 may not be the share's part
    assert.deepEqual(rulesOf('Officers told us about the scheme. Most of them, 12 of the 35 on 3 wings thought it worked.'), []);
  });
});

describe("q2-11: ', 46 schools,' after a share of them: the count with the group's own noun", () => {
  it('judges the share on the one group counted before', () => {
    // 28/40 = 70%: not almost all (85% or more)
    assert.ok(flagged('Inspectors visited 40 nursery schools. Almost all of them, 28 schools, had a clear policy.'));
    // 38/40 = 95%
    assert.deepEqual(rulesOf('Inspectors visited 40 nursery schools. Almost all of them, 38 schools, had a clear policy.'), []);
    // 60/85 = 70.6%: not less than half
    assert.ok(flagged('Inspectors observed 85 lessons. Less than half of them, 60 lessons, were good.'));
  });
  it('leaves another noun, or two groups before, alone', () => {
    // 'staff' is not 'care workers': the count may be of another group
    assert.deepEqual(rulesOf('The provider employed 25 care workers. Few of them, 13 staff, had completed the training.'), []);
    // 30 of 40 or of 52: two groups before
    assert.deepEqual(rulesOf('Inspectors visited 40 primary schools and 12 special schools. Almost all of them, 30 schools, had a clear policy.'), []);
  });
});

describe("q2-11: a pro-verb part after a colon, 'them' the one group before (proVerbPart)", () => {
  it('judges the share on the group', () => {
    // 51/120 = 42.5%: not the majority
    assert.ok(flagged('We examined 120 crime reports. The majority of them, as in our last inspection, were recorded on time: 51 were.'));
    // 81/120 = 67.5%
    assert.deepEqual(rulesOf('We examined 120 crime reports. The majority of them, as in our last inspection, were recorded on time: 81 were.'), []);
  });
  it('leaves two groups before alone', () => {
    assert.deepEqual(rulesOf('We examined 120 crime reports and 40 incident logs. The majority of them were accurate: 51 were.'), []);
  });
});

describe('q2-11: a fraction between dashes after a count, its whole after it', () => {
  it("judges 'k cases – nearly half – of the n'", () => {
    // 9/36 = 25%: not almost half
    assert.ok(flagged('Home visits were made in 9 cases – almost half – of the 36 where children were present.'));
    // 17/36 = 47.2%
    assert.deepEqual(rulesOf('Home visits were made in 17 cases – almost half – of the 36 where children were present.'), []);
  });
});

describe('q2-11: a fraction between commas beside a bare count, the group counted before', () => {
  it('reports it when the group is the only one counted before', () => {
    // 90/210 = 42.9%: not just over half
    assert.ok(flagged('We surveyed 210 prisoners. In 90, just over half, cells were shared.'));
    // 110/210 = 52.4%
    assert.deepEqual(rulesOf('We surveyed 210 prisoners. In 110, just over half, cells were shared.'), []);
  });
  it('stays confirm-only when a part counted since may be meant, or the group is given roughly', () => {
    // 21/40 = 52.5% is over half: the 40 men may be meant
    assert.deepEqual(rulesOf('We inspected 52 cases, of which 40 were men. In 21, over half, the plan had not been reviewed.'), []);
    // 'about 300': the group is given roughly
    assert.deepEqual(rulesOf('About 300 families used the service last year. In 130, over half, the first visit was within a week.'), []);
    // a list, not an apposition
    assert.deepEqual(rulesOf('We surveyed 210 prisoners. The counts were 90, half, and 20.'), []);
  });
});

describe('q2-11: a group given roughly is a whole to confirm on, never to find a share wrong on', () => {
  it('confirms a share of them on a rough group and leaves a wrong one unreported', () => {
    // 94/460 = 20.4%: one in five, confirmed
    assert.ok(judged('Some 460 men answered our survey. One in five of them, 94 men, said they had been victimised.', 'ratio'));
    // 194/460 = 42%: not one in five, but 'some 460' is rough
    assert.deepEqual(rulesOf('Some 460 men answered our survey. One in five of them, 194 men, said they had been victimised.'), []);
    assert.deepEqual(rulesOf('We examined about 120 crime reports. The majority of them were recorded on time: 51 were.'), []);
    // 'in 130 of them, over half': 130/300 = 43%, but 'about 300' is rough
    assert.deepEqual(rulesOf('About 300 families used the service last year. In 130 of them, over half, the first visit was within a week.'), []);
  });
});
