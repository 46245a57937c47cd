/**
 * Forms read in the session z2 of 2026-12-07 (sentences written for these tests): a 'That is …' sentence restating
 * the pair of the sentence before as a ratio of any base, hedged or not, with the group's noun restated ('That is
 * about 1 in 12 detainees.'); a ratio or fraction set after the pair that closes its sentence.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'n people …, k of them X. That is about 1 in N detainees.' (relations/that-is-share.ts WIDE_RATIO, TAIL; interval.ts ratioInterval)", () => {
  it('judges a ratio of a large base restating the pair of the sentence before', () => {
    // 198 / 4,371 = 4.5%: about one in 22, not about one in 12 (8.3%; 5.6% to 12.5%), even of 3,934 to 4,809 people
    assert.deepEqual(rulesOf("Some 4,371 people passed through the custody suites, 198 of them children. That is about 1 in 12 detainees."), ['numbers/fraction-mismatch']);
    // 198 / 4,371 = 4.5% = about one in 22
    assert.deepEqual(rulesOf("Some 4,371 people passed through the custody suites, 198 of them children. That is about 1 in 22 detainees."), []);
    const c = claimsOf('Some 4,371 people passed through the custody suites, 198 of them children. That is about 1 in 22.').find((x) => x.kind === 'fraction');
    assert.equal(c?.verdict, 'ok');
    // 18 / 400 = 4.5%, not about one in 12
    assert.deepEqual(rulesOf('We held 400 people in the suites, 18 of them children. That is about one in 12.'), ['numbers/fraction-mismatch']);
    // 33 / 400 = 8.25%: about one in 12
    assert.deepEqual(rulesOf('We held 400 people in the suites, 33 of them children. That is about one in 12.'), []);
  });
  it('judges a small-base ratio after the pair, with the noun restated', () => {
    // 130 / 160 = 81.3%, not nine in ten (85% to 95%)
    assert.deepEqual(rulesOf('We read 160 files, 130 of them from the last year. That is nine in ten of the files.'), ['numbers/fraction-mismatch']);
    // 144 / 160 = 90%
    assert.deepEqual(rulesOf('We read 160 files, 144 of them from the last year. That is nine in ten of the files.'), []);
  });
  it('trap: a rough group is found wrong only when the share is wrong of a whole a tenth either side', () => {
    // 38 / 400 = 9.5%; of 360 it would be 10.6%: one in ten fits
    assert.deepEqual(rulesOf('About 400 people were held, 38 of them children. That is one in ten.'), []);
  });
  it("traps: another clause or part after 'k of them', or a noun naming another whole, is not taken", () => {
    // 'and 40 others': 'k of them' is one of two parts
    assert.deepEqual(rulesOf('We held 400 people, 18 of them children and 40 of them women. That is about one in 12.'), []);
    // 'in England': the ratio is of another whole
    assert.deepEqual(rulesOf('We held 400 people, 18 of them children. That is about one in 12 prisoners in England.'), []);
  });
});

describe("'k of them …, a third of the city's services.' / ': three quarters of the sample.' (extract/fraction.ts closingTail)", () => {
  it('judges a fraction closing the sentence of a pair, with the group restated, after a comma or a colon', () => {
    // 9 / 18 = 50%, not a third
    assert.deepEqual(rulesOf("London has 18 probation delivery units. We have now inspected nine of them, a third of the city's services."), ['numbers/fraction-mismatch']);
    // 6 / 18 = 33.3%
    assert.deepEqual(rulesOf("London has 18 probation delivery units. We have now inspected six of them, a third of the city's services."), []);
    // 25 / 36 = 69.4%, not three quarters (70% to 80%)
    assert.deepEqual(rulesOf('Inspectors read the files of 36 learners. In 25 of them, records of training were complete: three quarters of the sample.'), ['numbers/fraction-mismatch']);
    // 27 / 36 = 75%
    assert.deepEqual(rulesOf('Inspectors read the files of 36 learners. In 27 of them, records of training were complete: three quarters of the sample.'), []);
  });
  it('trap: a fraction of another figure (the number last year, a national rate) is not the pair\'s share', () => {
    assert.deepEqual(rulesOf('We read 18 files. We have now inspected 9 of them, a third of the number in 2022.'), []);
    assert.deepEqual(rulesOf('We read 18 files. We have now inspected 9 of them, a third of the national rate.'), []);
  });
});

describe("'91 of them …, about 1/5.' (relations/closing-ratio.ts SLASH)", () => {
  it('judges a hedged written fraction of a small base closing the sentence as the share of the pair', () => {
    // 91 / 300 = 30.3%, not about a fifth (15% to 25%)
    assert.deepEqual(rulesOf('On the first day the centre held 300 people. The Home Office had assessed 91 of them as at the higher levels of risk, about 1/5.'), ['numbers/fraction-mismatch']);
    // 61 / 300 = 20.3%
    assert.deepEqual(rulesOf('On the first day the centre held 300 people. The Home Office had assessed 61 of them as at the higher levels of risk, about 1/5.'), []);
  });
  it('traps: an unhedged d/m may be a date; a larger base may be a pair of its own', () => {
    assert.deepEqual(rulesOf('We inspected 9 of the 18 files, 1/5.'), []);
    assert.deepEqual(rulesOf('We inspected 9 of the 18 files, about 12/40.'), []);
  });
});

describe("'In 38 of them, that is four in ten, we found …' (relations/share-beside.ts: 'or' / 'that is' opening the apposition)", () => {
  it("judges a ratio set after 'k of them' and ', that is' or ', or' as the share of the group before", () => {
    // 58 / 96 = 60.4%, not four in ten
    assert.deepEqual(rulesOf('We completed 96 investigations. In 58 of them, that is four in ten, we found maladministration.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('We completed 96 investigations. In 58 of them, or four in ten, we found maladministration.'), ['numbers/fraction-mismatch']);
    // 38 / 96 = 39.6%
    assert.deepEqual(rulesOf('We completed 96 investigations. In 38 of them, that is four in ten, we found maladministration.'), []);
  });
  it("trap: 'or' between two parts is no restatement", () => {
    // 'or in 58 others': another part, not a share
    assert.deepEqual(rulesOf('We completed 96 investigations. In 18 of them, or in the 40 others, we found four in ten had failings.'), []);
  });
});

describe("'That is exactly nine in ten.' after 'In the great majority, 136, …'; 'This was nearly three in ten of the 1,012 men held.' (relations/that-is-share.ts QUANTIFIER_BESIDE, exactly, OWN_WHOLE)", () => {
  it('judges the share of a count set beside a share word, the group counted in the sentence before', () => {
    // 136 / 160 = 85%, not exactly nine in ten (144, within a case)
    assert.deepEqual(rulesOf('We examined 160 files. In the great majority, 136, the decision to charge was correct. That is exactly nine in ten.'), ['numbers/fraction-mismatch']);
    // 144 / 160 = 90%
    assert.deepEqual(rulesOf('We examined 160 files. In the great majority, 144, the decision to charge was correct. That is exactly nine in ten.'), []);
    // 145 / 160 = 90.6%: within a case of 144
    assert.deepEqual(rulesOf('We examined 160 files. We upheld 145 of them. That is exactly nine in ten.'), []);
  });
  it('judges a share whose whole is written with it, the count the one count of the sentence before', () => {
    // 389 / 1,012 = 38.4%, not nearly three in ten
    assert.deepEqual(rulesOf('At the time of the inspection 389 prisoners were unemployed. This was nearly three in ten of the 1,012 men held.'), ['numbers/fraction-mismatch']);
    // 289 / 1,012 = 28.6%
    assert.deepEqual(rulesOf('At the time of the inspection 289 prisoners were unemployed. This was nearly three in ten of the 1,012 men held.'), []);
  });
  it('traps: two counts before, or a count larger than the whole, are not taken', () => {
    assert.deepEqual(rulesOf('At the time of the inspection 389 prisoners were unemployed and 120 were in education. This was nearly three in ten of the 1,012 men held.'), []);
    assert.deepEqual(rulesOf('We examined 160 files. In 136 the decision to charge was correct. That is exactly nine in ten.'), []);
  });
});

describe("'We investigated 9 of them and upheld 6, or two thirds of those investigated.' (extract/fraction.ts THOSE_DONE)", () => {
  it("judges the last count's share of the earlier count its participle names", () => {
    // 4 / 9 = 44.4%, not two thirds
    assert.deepEqual(rulesOf('We received 31 complaints. We investigated 9 of them and upheld 4, or two thirds of those investigated.'), ['numbers/fraction-mismatch']);
    // 6 / 9 = 66.7%
    assert.deepEqual(rulesOf('We received 31 complaints. We investigated 9 of them and upheld 6, or two thirds of those investigated.'), []);
    // 40 / 80 = 50%, not three quarters; 60 / 80 = 75%
    assert.deepEqual(rulesOf('Of the 120 referrals, 80 were assessed and 40 were accepted, three quarters of those assessed.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Of the 120 referrals, 80 were assessed and 60 were accepted, three quarters of those assessed.'), []);
  });
  it('trap: a participle no count of the sentence carries is not read', () => {
    assert.deepEqual(rulesOf('We received 31 complaints. We investigated 9 of them and upheld 4, or two thirds of those received.'), []);
  });
});

describe("'That is about 9% of detainees.' after a pair (relations/back-share.ts hedgedPct)", () => {
  it('judges a hedged percentage that is the whole sentence by the interval its hedge reaches', () => {
    // 198 / 4,371 = 4.5%, not about 9% (7.5% to 10.5%)
    assert.deepEqual(rulesOf('We held 4,371 people in the custody suites, 198 of them children. That is about 9% of detainees.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We held 4,371 people. We released 198 of them. That is about 9%.'), ['numbers/percentage-mismatch']);
    // 4.5% is nearly 5%
    assert.deepEqual(rulesOf('We held 4,371 people. We released 198 of them. That is nearly 5%.'), []);
  });
  it('traps: a rough group a tenth either side, or a hedged percentage inside a longer sentence, is not found wrong', () => {
    // 38 / 400 = 9.5%; about 9%
    assert.deepEqual(rulesOf('Some 400 people were held, 38 of them children. That is about 9%.'), []);
    // 38 / 360 = 10.6% is within 'about 12%' (10.5% to 13.5%)
    assert.deepEqual(rulesOf('Some 400 people were held, 38 of them children. That is about 12%.'), []);
    assert.deepEqual(rulesOf('We held 4,371 people. We released 198 of them, and about 9% of them were children.'), []);
  });
});

describe("'524 free schools …, of which 87 — about one in six — had …' (relations/apposed-share.ts pairsOf: ', of which k'); a closing fraction after a dash (extract/fraction.ts closingTail)", () => {
  it("judges a share set in apposition to the part after ', of which' as its share of the group just counted", () => {
    // 57 / 524 = 10.9%, not about one in six (16.7%)
    assert.deepEqual(rulesOf('The Department had approved 524 free schools by the end of the period, of which 57 — about one in six — had opened in temporary accommodation.'), ['numbers/fraction-mismatch']);
    // 87 / 524 = 16.6%
    assert.deepEqual(rulesOf('The Department had approved 524 free schools by the end of the period, of which 87 — about one in six — had opened in temporary accommodation.'), []);
  });
  it('judges a fraction closing the sentence after a dash', () => {
    // 18 / 40 = 45%, not a quarter
    assert.deepEqual(rulesOf('Of the 40 reports in the year, 18 took longer than the target — a quarter of the total.'), ['numbers/fraction-mismatch']);
    // 10 / 40 = 25%
    assert.deepEqual(rulesOf('Of the 40 reports in the year, 10 took longer than the target — a quarter of the total.'), []);
  });
  it("trap: a count that is no group before ', of which' is not a whole", () => {
    assert.deepEqual(rulesOf('The review took 524 days, of which 57 — about one in six — were spent waiting for records.'), []);
  });
});

describe("'… 389 were children in care. Two thirds of the children in care (209) …' (relations/named-whole.ts)", () => {
  it('judges a share of a group named by the words it was counted with before', () => {
    // 209 / 389 = 53.7%, not two thirds
    assert.deepEqual(rulesOf('The authority had 2,104 open cases. Of these, 412 were children subject to a plan and 389 were children in care. Two thirds of the children in care (209) lived with foster carers.'), ['numbers/fraction-mismatch']);
    // 259 / 389 = 66.6%
    assert.deepEqual(rulesOf('The authority had 2,104 open cases. Of these, 412 were children subject to a plan and 389 were children in care. Two thirds of the children in care (259) lived with foster carers.'), []);
    // 40 / 90 = 44.4%, not two thirds
    assert.deepEqual(rulesOf('We held 400 people, including 90 children. Two thirds of the children (40) were held overnight.'), ['numbers/fraction-mismatch']);
  });
  it('traps: two counts with those words, or other words of the phrase, leave it unresolved', () => {
    assert.deepEqual(rulesOf('We held 400 people, including 90 children and 40 children under 12. Two thirds of the children (40) were held overnight.'), []);
    assert.deepEqual(rulesOf('Of these, 412 were children subject to a plan and 389 were children in care. Two thirds of the children (209) lived with foster carers.'), []);
    assert.deepEqual(rulesOf('We held 400 people, including 90 children. Two thirds of the other children (40) were held overnight.'), []);
  });
});

describe("'The area has 3,412 children … Just over half, 1,733, attend …' (relations/them-share.ts BARE_VERB_AFTER_COMMA); 'of the population' is no restated group (extract/fraction.ts NOT_THE_GROUP)", () => {
  it('judges a bare fraction opening the sentence, its count between commas and the verb after, on the group before', () => {
    // 1,133 / 3,412 = 33.2%, not just over half
    assert.deepEqual(rulesOf('The area has 3,412 children and young people with a plan. Just over half, 1,133, attend mainstream schools.'), ['numbers/fraction-mismatch']);
    // 1,733 / 3,412 = 50.8%
    assert.deepEqual(rulesOf('The area has 3,412 children and young people with a plan. Just over half, 1,733, attend mainstream schools.'), []);
  });
  it('trap: a count with a noun of its own between the commas is not the share\'s', () => {
    assert.deepEqual(rulesOf('The area has 3,412 children with a plan. Just over half, 1,133 schools, were placed out of area.'), []);
  });
  it("trap: a closing fraction 'of the population' may be of the establishment's whole, not the pair's", () => {
    // (the closing-tail reading does not take it; 'k of n, F of the population' is share-beside's)
    assert.deepEqual(rulesOf('We held 618 men. On average 52 of them attended education, a quarter of the establishment.'), []);
  });
});

describe("'Inspectors read 40 files. In 16 of these files, around two thirds, …' (relations/share-beside.ts groupWord)", () => {
  it("reads the group's own noun after 'of these' as still right after the pair", () => {
    // 16 / 40 = 40%, not around two thirds
    assert.deepEqual(rulesOf('Inspectors read 40 files. In 16 of these files, around two thirds, the plan was good.'), ['numbers/fraction-mismatch']);
    // 26 / 40 = 65%
    assert.deepEqual(rulesOf('Inspectors read 40 files. In 26 of these files, around two thirds, the plan was good.'), []);
  });
  it("trap: another noun after 'of these' ('the work of 40 pupils … of these books') is not taken", () => {
    assert.deepEqual(rulesOf('Inspectors scrutinised the work of 40 pupils. In 16 of these books, around two thirds, feedback helped pupils.'), []);
  });
});

describe('closing fraction traps (extract/fraction.ts closingTail: confirmed only without a restated group; no verb in the group words)', () => {
  it('only confirms a closing fraction with no group restated, or of a whole inferred among several groups', () => {
    // 21 / 45 = 46.7%: the share may be of another group the clause implies
    assert.deepEqual(rulesOf('Of the 45 trusts, 21 had a plan, around two thirds.'), []);
    assert.deepEqual(rulesOf('We visited 22 hostels and 40 flats. Staffing was safe in 10 of them, just over half.'), []);
  });
  it("does not read a clause after 'of the' as the group restated", () => {
    assert.deepEqual(rulesOf('The team made 60 visits in 2024, and in 15 of them, nearly half of the families were out.'), []);
  });
});
