/**
 * Forms of the plain, clause-between, cross-sentence, non-count-number and apposition families read in the sixth
 * session of 2026-12-07 (tuner t3); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const judgedShare = (finding: string) => claimsOf(finding).find((c) => (c.kind === 'count-of' || c.kind === 'percent-of') && c.operands.some((o) => o.role === 'p'));

describe("a share restating its pair, set off by a dash ('upheld 52 of them – a rate of 65%') or between commas with the pair's clause going on ('In 26 of them, representing 65%, the …') (candidate-pairs.ts restatingShare)", () => {
  it('confirms a share that fits the pair', () => {
    assert.equal(judgedShare('We looked into 80 complaints and upheld 52 of them – a rate of 65%.')?.verdict, 'ok');
    assert.equal(judgedShare('Inspectors read 40 case files. In 26 of them, representing 65%, the risk assessment had been reviewed after an incident.')?.verdict, 'ok');
    assert.equal(judgedShare('Of the 24 tenants we spoke to, 15 had reported at least one repair late, which is 63%.')?.verdict, 'ok');
  });
  it('reports a share that fits no reading', () => {
    // 52 / 80 = 65%, not 58%
    assert.deepEqual(rulesOf('We looked into 80 complaints and upheld 52 of them – a rate of 58%.'), ['numbers/percentage-mismatch']);
    // 26 / 40 = 65%, not 60%
    assert.deepEqual(rulesOf('Inspectors read 40 case files. In 26 of them, representing 60%, the risk assessment had been reviewed after an incident.'), ['numbers/percentage-mismatch']);
    // 15 / 24 = 62.5%, not 70%
    assert.deepEqual(rulesOf('Of the 24 tenants we spoke to, 15 had reported at least one repair late, which is 70%.'), ['numbers/percentage-mismatch']);
  });
  it("trap: a share with a whole of its own, a benchmark's rate, or 'them' of two groups is not the pair's", () => {
    // '60% of the region's files' names another whole
    assert.deepEqual(rulesOf("Inspectors read 40 case files. In 26 of them, representing 60% of the region's files, the risk assessment had been reviewed."), []);
    // a national rate is no share of the pair
    assert.deepEqual(rulesOf('We looked into 80 complaints and upheld 52 of them – a national rate of 58%.'), []);
    // 'them' may be the 40 files or the 12 letters
    assert.deepEqual(rulesOf('Inspectors read 40 case files and 12 letters. In 26 of them, representing 60%, the risk assessment had been reviewed.'), []);
    // 'at least two' counts something: the share may be of it
    assert.deepEqual(rulesOf('Of the 24 tenants we spoke to, 15 had reported at least two repairs late, which is 70%.'), []);
  });
});

describe("a population against its places or a staff complement, and the share of it it works at: 'held 480 men against a design capacity of 400, so it was operating at 120% of capacity', 'has 18 members against an agreed complement of 24, … at 75% of its strength' (relations/over-capacity.ts)", () => {
  const share = (finding: string) => claimsOf(finding).find((c) => c.kind === 'change');
  it('confirms the share that the two counts give', () => {
    assert.equal(share('The unit held 480 men against a design capacity of 400, so it was operating at 120% of capacity.')?.verdict, 'ok');
    assert.equal(share('The panel has 18 members against an agreed complement of 24, so it is working at 75% of its strength.')?.verdict, 'ok');
  });
  it('reports a share the counts do not give', () => {
    // 480 / 400 = 120%, not 125%
    assert.deepEqual(rulesOf('The unit held 480 men against a design capacity of 400, so it was operating at 125% of capacity.'), ['numbers/change-mismatch']);
    // 18 / 24 = 75%, not 80%
    assert.deepEqual(rulesOf('The panel has 18 members against an agreed complement of 24, so it is working at 80% of its strength.'), ['numbers/change-mismatch']);
  });
  it('trap: a share that opens a clause of its own is a part of the places, not the occupancy', () => {
    assert.deepEqual(rulesOf('The panel has 18 members against an agreed complement of 24, and 80% of its strength sits on weekday rotas.'), []);
    assert.deepEqual(rulesOf('The unit held 480 men against a design capacity of 400, and 60% of capacity was in shared cells.'), []);
  });
});

describe("a share restating its pair after a bare dash or ', or', the sentence going on after it ('upheld 300 of these – 60%, compared with …', '… 45 of them within a week, or 75%') (candidate-pairs.ts RESTATING_BEFORE, APPOSED_RIGHT_AFTER)", () => {
  it('confirms a share that fits the pair', () => {
    assert.equal(judgedShare('We looked at 500 cases in detail and upheld 300 of these – 60%, compared with 52% the year before.')?.verdict, 'ok');
    assert.equal(judgedShare('The team had 60 urgent referrals and answered 45 of them within a week, or 75%.')?.verdict, 'ok');
  });
  it('reports a share that fits no reading', () => {
    // 300 / 500 = 60%, not 64%
    assert.deepEqual(rulesOf('We looked at 500 cases in detail and upheld 300 of these – 64%, compared with 52% the year before.'), ['numbers/percentage-mismatch']);
    // 45 / 60 = 75%, not 70%
    assert.deepEqual(rulesOf('The team had 60 urgent referrals and answered 45 of them within a week, or 70%.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a dash before a change, or a share of another whole, is not the pair\'s', () => {
    assert.deepEqual(rulesOf('We looked at 500 cases in detail and upheld 300 of these – 64% more than the year before.'), []);
    assert.deepEqual(rulesOf('We looked at 500 cases in detail and upheld 300 of these – 64% of the national total.'), []);
    // a dash or ', or' after a clause that names a benchmark may give the benchmark
    assert.deepEqual(rulesOf('The team had 60 urgent referrals and answered 45 of them within the expected time, or 70%.'), []);
    assert.deepEqual(rulesOf('The team had 60 urgent referrals and answered 45 of them within a week – 70%.'), []);
  });
});

describe("a share bracketed to a written pair is not of the whole of a later pair of the sentence ('7 of the 40 boys (25%) and 2 of the 28 girls (7%)': 7 / 28 = 25% by chance) (other-total.ts laterPairWhole)", () => {
  it('reports the first share', () => {
    // 7 / 40 = 17.5%, not 25%; 7 / 28 = 25% is the girls' whole
    assert.deepEqual(rulesOf('Restraint had been used on 7 of the 40 boys (25%) and on 2 of the 28 girls (7%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Restraint had been used on 7 of the 40 boys (18%) and on 2 of the 28 girls (7%).'), []);
  });
  it('trap: a count after the share that is no pair\'s whole, or a pair of no written whole, still stands the share aside', () => {
    // '28 were girls' is no written pair: 7 / 28 = 25% may be meant
    assert.deepEqual(rulesOf('Restraint had been used on 7 of the 40 children (25%), and 28 were girls.'), []);
  });
});

describe("a mean written with its items' noun ('an average class size of 25'), with 'average' as a verb ('Groups average 21.5 pupils (…)'), or with the items' noun opening the bracket ('(classes of 20, 23 …)') (relations/mean.ts CUE, listInBrackets)", () => {
  const mean = (finding: string) => claimsOf(finding).find((c) => c.kind === 'mean');
  it('confirms a mean of its figures', () => {
    assert.equal(mean('The three Year 9 tutor groups have 24, 27 and 24 pupils, an average group size of 25.')?.verdict, 'ok');
    assert.equal(mean('Sets in the four mathematics groups average 21.5 pupils (20, 23, 22 and 21).')?.verdict, 'ok');
    assert.equal(mean('In the four Year 3 classes the mean class size was 24.5 pupils (classes of 22, 26, 25 and 25).')?.verdict, 'ok');
  });
  it('reports a mean its figures do not give', () => {
    // (24 + 27 + 24) / 3 = 25, not 26
    assert.deepEqual(rulesOf('The three Year 9 tutor groups have 24, 27 and 24 pupils, an average group size of 26.'), ['numbers/mean-mismatch']);
    // (20 + 23 + 22 + 21) / 4 = 21.5, not 22.5
    assert.deepEqual(rulesOf('Sets in the four mathematics groups average 22.5 pupils (20, 23, 22 and 21).'), ['numbers/mean-mismatch']);
    // (22 + 26 + 25 + 25) / 4 = 24.5, not 23.5
    assert.deepEqual(rulesOf('In the four Year 3 classes the mean class size was 23.5 pupils (classes of 22, 26, 25 and 25).'), ['numbers/mean-mismatch']);
  });
  it("trap: a benchmark's average, an average rate, or a mean of a wider group is not judged", () => {
    assert.deepEqual(rulesOf('Sets in the four mathematics groups are above average 22.5 (20, 23, 22 and 21).'), []);
    assert.deepEqual(rulesOf('The national average 22.5 pupils (20, 23, 22 and 21 in the four sets) was not met.'), []);
    assert.deepEqual(rulesOf('The three wards had 24, 27 and 24 incidents, an average rate of 26 per bed.'), []);
  });
});
