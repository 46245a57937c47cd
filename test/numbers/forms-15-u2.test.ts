/**
 * Forms read in the s- round (care and education findings; sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const judged = (t: string, kind?: string) => claimsOf(t).filter((c) => c.verdict !== 'unchecked' && (!kind || c.kind === kind));

describe("'Of the n …, k reached the … (P%)': a past in -ed before a determiner is the part's verb (extract/total-first.ts PART_VERB_AFTER)", () => {
  it('judges the closing share of the part', () => {
    // 40 / 64 = 62.5% -> 62% or 63%, not 68%
    assert.deepEqual(rulesOf('Of the 64 pupils, 40 reached the expected standard in English and mathematics (68%).'), ['numbers/percentage-mismatch']);
    // 12 / 30 = 40%
    assert.deepEqual(rulesOf('Of the 30 apprentices, 12 completed their programme on time (40%).'), []);
    assert.ok(judged('Of the 30 apprentices, 12 completed their programme on time (40%).').some((c) => c.verdict === 'ok' && /40%/.test(c.arithmetic ?? '')));
    // a clause between the total and the part: 40 / 64 = 62.5%, a tie, 63% fits
    assert.deepEqual(rulesOf('Of the 64 pupils who joined in Year 7 with low attainment, and despite a rise in absence, 40 reached the expected standard (63%).'), []);
  });
  it("trap: a past in -ed with no determiner may be an adjective of another group ('12 qualified nurses')", () => {
    // 12 / 40 = 30%, but the 12 may not be staff of the 40: nothing judged against 35%
    assert.deepEqual(rulesOf('Of the 40 staff, 12 qualified nurses were on duty at night (35%).'), []);
  });
});

describe("an aside ', including …,' between the part and its clause (extract/total-first.ts closingShare, relations/clause-between.ts ASIDE_GAP)", () => {
  it('judges the closing share through the aside', () => {
    // 593 / 819 = 72.41% -> 72%, not 75%
    assert.deepEqual(rulesOf('Of the 819 providers inspected, 593, including childminders, nannies, nurseries and preschools, were judged good (75%).'), ['numbers/percentage-mismatch']);
    // 593 / 819 = 72%
    assert.deepEqual(rulesOf('Of the 819 providers inspected, 593, including childminders, nannies, nurseries and preschools, were judged good (72%).'), []);
    // 38 / 45 = 84.44% -> 84%, not 89%
    assert.deepEqual(rulesOf('38 of the 45 staff on the rota, including bank staff, had completed level 2 safeguarding training (89%).'), ['numbers/percentage-mismatch']);
    assert.ok(judged('38 of the 45 staff on the rota, including bank staff, had completed level 2 safeguarding training (84%).', 'percent-of').some((c) => c.verdict === 'ok'));
  });
  it('traps: an aside with a figure of its own, or a clause of another figure, is not passed over', () => {
    // the 75% may be of the 40 nurseries' share or another group
    assert.deepEqual(rulesOf('Of the 819 providers, 593, including the 40 nurseries, were judged good (75%).'), []);
    assert.deepEqual(rulesOf('Of the 819 providers, 593, including those rated last year, were judged good (75%).'), []);
    assert.deepEqual(rulesOf('38 of the 45 staff, including those who joined last year, had completed the training (89%).'), []);
    assert.deepEqual(rulesOf('38 of the 45 staff, including two agency nurses, had completed the training (89%).'), []);
  });
});

describe("the count's share named as a rate: '14 posts, of which 5 were vacant – a vacancy rate of 36%' (relations/apposition.ts rateReading)", () => {
  it("judges the rate against the pair, the whole before 'of which', or the one count of the clause before ', and'", () => {
    // 5 / 14 = 35.71% -> 36%, not 29%
    assert.deepEqual(rulesOf('The ward had 14 registered nurse posts, of which 5 were vacant – a vacancy rate of 29%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The ward had 14 registered nurse posts, of which 5 were vacant – a vacancy rate of 36%.'), []);
    // 367 / 1,000 = 36.7%, not 33%
    assert.deepEqual(rulesOf('The survey went to 1,000 parents, and 367 questionnaires came back, a response rate of 33%.'), ['numbers/percentage-mismatch']);
    assert.ok(judged('The survey went to 1,000 parents, and 367 questionnaires came back, a response rate of 36.7%.', 'percent-of').some((c) => c.verdict === 'ok'));
    // 12 / 40 = 30%, not 35%
    assert.deepEqual(rulesOf('12 of the 40 pupils had been excluded at least once, an exclusion rate of 35%.'), ['numbers/percentage-mismatch']);
  });
  it('traps: a benchmark rate, a rate that does not close its clause, a rate per head', () => {
    assert.deepEqual(rulesOf('The ward had 14 posts, of which 5 were vacant, against a national vacancy rate of 29%.'), []);
    assert.deepEqual(rulesOf('The ward had 14 posts, of which 5 were vacant, a vacancy rate of 29% across the trust.'), []);
    assert.deepEqual(rulesOf('The ward had 14 posts, of which 5 were vacant, an average rate of 29%.'), []);
    assert.deepEqual(rulesOf('The area had 2,000 children, and 12 were in care, a rate of 60 per 10,000.'), []);
  });
});

describe("'Of the n …, P% did X and Q% did not': a share and its denial after a framed whole (relations/parts-sum.ts readSharePair)", () => {
  it('judges the pair as the two answers of one question', () => {
    // 92 + 10 = 102% > 100%
    assert.deepEqual(rulesOf('Of the 715 centres inspected, 92% met the positive criteria and 10% did not.'), ['numbers/parts-sum']);
    // 92 + 8 = 100%
    assert.ok(judged('Of the 715 centres inspected, 92% met the positive criteria and 8% did not.', 'shares-sum').some((c) => c.verdict === 'ok'));
    // 62 + 45 = 107%; a count inside a bracket glosses the first share and changes nothing
    assert.deepEqual(rulesOf('Of the 40 homes visited, 62% had a registered manager (good in all three checks) and 45% did not.'), ['numbers/parts-sum']);
  });
  it('traps: a shortfall, a second question, a second count', () => {
    // 60 + 30 = 90%: some may not have answered
    assert.deepEqual(rulesOf('Of the 715 centres inspected, 60% met the positive criteria and 30% did not.'), []);
    // 'did not have a deputy' is another question
    assert.deepEqual(rulesOf('Of the 40 homes, 62% had a manager and 45% did not have a deputy.'), []);
    // two wholes: the shares may be of either
    assert.deepEqual(rulesOf('Of the 40 homes and 12 agencies, 62% had a manager and 45% did not.'), []);
  });
});

describe("a list by grade carried on by a sentence of one count: '… and five inadequate. One home was rated outstanding.' (relations/grade-parts.ts lonePart)", () => {
  it('joins the one count to the list before: an excess is judged, an exact sum confirmed', () => {
    // 41 + 24 + 5 + 1 = 71 > 69
    assert.deepEqual(rulesOf('Of the 69 care homes inspected, 41 were rated good, 24 requires improvement and five inadequate. One home was rated outstanding.'), ['numbers/parts-sum']);
    // 41 + 22 + 5 + 1 = 69
    assert.ok(judged('Of the 69 care homes inspected, 41 were rated good, 22 requires improvement and five inadequate. One home was rated outstanding.', 'parts-sum').some((c) => c.verdict === 'ok' && c.operands.length === 5));
  });
  it('traps: a shortfall, another group, another time', () => {
    // 41 + 20 + 5 + 1 = 67 < 69: the last sentence may be a remark apart
    assert.deepEqual(rulesOf('Of the 69 care homes inspected, 41 were rated good, 20 requires improvement and five inadequate. One was rated outstanding.'), []);
    // 41 + 24 + 5 = 70 > 69 is judged in its own sentence; the hospital is not one of the homes
    assert.ok(!claimsOf('Of the 69 care homes inspected, 41 were rated good, 20 requires improvement and six inadequate. Two hospitals were rated outstanding.').some((c) => c.kind === 'parts-sum' && c.operands.length === 5));
    assert.ok(!claimsOf('Of the 69 care homes inspected, 41 were rated good, 20 requires improvement and six inadequate. Three homes were previously rated outstanding.').some((c) => c.kind === 'parts-sum' && c.operands.length === 5));
  });
});

describe("a share word, then after a colon the pair that counts its group: 'More than half of the homes were failing: of 361 homes inspected, 197 …' (relations/quantifier-distant.ts colonFrame)", () => {
  it('judges the share word on the pair', () => {
    // 157 / 361 = 43.5%, not more than half
    assert.deepEqual(rulesOf('More than half of the care homes in the region were found to be failing: of 361 homes inspected, 157 were rated inadequate or requires improvement.'), ['numbers/fraction-mismatch']);
    // 197 / 361 = 54.6%, more than half
    assert.ok(judged('More than half of the care homes in the region were found to be failing: of 361 homes inspected, 197 were rated inadequate or requires improvement.', 'fraction').some((c) => c.verdict === 'ok'));
    // 15 / 40 = 37.5%, not most
    assert.deepEqual(rulesOf('Most of the nurseries were good: of the 40 nurseries we visited, 15 were rated good.'), ['numbers/quantifier-mismatch']);
  });
  it("traps: a pair of a part of the group, or of another group, is not the share word's", () => {
    // the 40 are the homes inadequate last year, a part of all homes
    assert.deepEqual(rulesOf('Most homes had improved: of the 40 homes rated inadequate last year, 15 were now good.'), []);
    assert.deepEqual(rulesOf('Most of the homes had improved: of the 40 homes in the north, 15 were now good.'), []);
    // agencies are not the homes
    assert.deepEqual(rulesOf('Most of the homes were failing: of the 40 agencies inspected, 15 were rated inadequate.'), []);
  });
});

describe("'of them' after a sentence of one count and its share of a wider, uncounted group: '87 parents responded, 41% of those invited. Almost all of them, 71 in total, …' (relations/quantifier-distant.ts oneCountedGroup)", () => {
  it("takes 'them' as the one group counted before", () => {
    // 71 / 87 = 81.6%, under 'almost all'
    assert.deepEqual(rulesOf('Eighty-seven parents responded to the questionnaire, 41% of those invited to do so. Almost all of them, 71 in total, said their child is happy at school.'), ['numbers/quantifier-mismatch']);
    // 81 / 87 = 93.1%
    assert.ok(judged('Eighty-seven parents responded to the questionnaire, 41% of those invited to do so. Almost all of them, 81 in total, said their child is happy at school.', 'quantifier').some((c) => c.verdict === 'ok'));
  });
  it("trap: a share of the group itself ('41% of them by post') is a second group 'them' may mean", () => {
    assert.deepEqual(rulesOf('Eighty-seven parents responded to the questionnaire, 41% of them by post. Almost all of them, 71 in total, said their child is happy.'), []);
    // two counts before: not known which
    assert.deepEqual(rulesOf('Eighty-seven parents and 40 pupils responded, 41% of those invited. Almost all of them, 71 in total, said they were happy.'), []);
  });
});

describe("a fraction, its group's words, then a bracketed share: 'Almost a third of people who had used crisis care (29%) said …' (extract/fraction.ts GROUP_THEN_BRACKET)", () => {
  it('confirms the fraction on the share when it fits', () => {
    // 29% is just under a third
    assert.ok(judged('Almost a third of people who had used crisis care (29%) said they did not know who to contact.', 'fraction').some((c) => c.verdict === 'ok'));
    // 52% is about half
    assert.ok(judged('About half of the parents who answered the online questionnaire (52%) said communication was good.', 'fraction').some((c) => c.verdict === 'ok'));
  });
  it("trap: a share that does not fit may be the group's own clause's ('respondents who had used crisis care (12%)'), so it is not reported", () => {
    assert.deepEqual(rulesOf('Half of the respondents who had used crisis care (12%) said they did not know who to contact.'), []);
    assert.deepEqual(rulesOf('Almost a third of people who had used crisis care (39%) said they did not know who to contact.'), []);
  });
});

describe("a difference in points written 'above' or 'below' its comparison: '41%, 26 percentage points above the rate for all (15%)' (relations/change.ts CUE_AFTER, bracketedOld)", () => {
  it('judges the difference against the bracketed figure', () => {
    // 41 − 15 = 26 points, not 29 ('some 29' is a hedge since the merge: it is read before a count of points)
    assert.deepEqual(rulesOf('The NEET rate for care leavers was 41%, 29 percentage points above the rate for all young people (15%).'), ['numbers/change-mismatch']);
    assert.ok(judged('The NEET rate for care leavers was 41%, some 26 percentage points above the rate for all young people (15%).', 'change').some((c) => c.verdict === 'ok'));
    // 92 − 88 = 4 points, not 6
    assert.deepEqual(rulesOf('Attendance was 88%, 6 percentage points below the national figure (92%).'), ['numbers/change-mismatch']);
    // (1,200 − 1,000) / 1,000 = 20%, not 25%
    assert.deepEqual(rulesOf('Referrals reached 1,200, 25% above the previous year (1,000).'), ['numbers/change-mismatch']);
  });
  it("traps: no comparison figure in brackets, 'above' as a threshold, a benchmark after 'of'", () => {
    assert.deepEqual(rulesOf('Attendance was 88%, 3 percentage points below the target.'), []);
    assert.deepEqual(rulesOf('Twelve schools scored 20% above the benchmark (65%).'), []);
    // the order of the two levels is not read from 'of': nothing judged either way
    assert.deepEqual(rulesOf('Attendance was 88%, 3 percentage points below the national figure of 92%.'), []);
    assert.deepEqual(rulesOf('Attendance was 88%, 4 percentage points above the national figure of 92%.'), []);
  });
});

describe("a difference between two shares named 'a difference' or 'a gap': '8 per cent …, compared with 13 per cent …, a five percentage point difference' (relations/change.ts CUE_BEFORE, CUE_AFTER)", () => {
  it('judges the difference of the two levels, without a direction', () => {
    // 13 − 8 = 5 points
    assert.ok(judged('Inadequate ratings were 8 per cent this term, compared with 13 per cent over the whole year, a five percentage point difference.', 'change').some((c) => c.verdict === 'ok'));
    // 70 − 60 = 10 points, not 12
    assert.deepEqual(rulesOf('Boys scored 60% and girls 70%, a gap of 12 points.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('Boys scored 60% and girls 70%, a gap of 10 points.'), []);
  });
  it('traps: a difference of counts, or of a share and a figure not written', () => {
    assert.deepEqual(rulesOf('There were 120 referrals in 2022 and 150 in 2023, a difference of 20.'), []);
    assert.deepEqual(rulesOf('Of the staff, 60% were women, a difference of 5% from last year.'), []);
    // rounding: 8 and 13 may be 7.5 and 13.49, a difference of nearly six
    assert.deepEqual(rulesOf('Inadequate ratings were 8 per cent this term, compared with 13 per cent over the year, a difference of six percentage points.'), []);
  });
});

describe("', or P%' after a count with its own noun, of a group counted before: '340 schools were inspected. … to 151 schools, or 44%' (relations/back-share.ts COUNT_NOUN)", () => {
  it("judges the share on the group before that the count's noun names", () => {
    // 151 / 340 = 44.4% -> 44%, not 48%
    assert.deepEqual(rulesOf('340 schools were inspected. The grade went to 151 schools, or 48%.'), ['numbers/percentage-mismatch']);
    assert.ok(judged('340 schools were inspected. The grade went to 151 schools, or 44%.', 'percent-of').some((c) => c.verdict === 'ok'));
  });
  it("traps: a count of another noun, or a total among several groups, is not judged", () => {
    assert.deepEqual(rulesOf('340 schools were inspected. The award went to 151 teachers, or 48%.'), []);
    assert.deepEqual(rulesOf('We inspected 340 schools and 120 colleges. The grade went to 151 schools, or 48%.'), []);
  });
});

describe("counts by degree of compliance after 'compliant with': 'judged the centre compliant with three, substantially compliant with one and not compliant with three' (relations/degree-with.ts AND_JUDGED, wholeBefore)", () => {
  it('adds the degrees to the standards assessed: an excess is reported, an exact sum confirmed', () => {
    // 3 + 1 + 3 = 7
    assert.ok(judged('Inspectors assessed seven standards and judged the centre compliant with three, substantially compliant with one and not compliant with three.', 'parts-sum').some((c) => c.verdict === 'ok'));
    // 4 + 1 + 3 = 8 > 7
    assert.deepEqual(rulesOf('Inspectors assessed seven standards and judged the centre compliant with four, substantially compliant with one and not compliant with three.'), ['numbers/parts-sum']);
    // over two sentences, one list for each centre after a semicolon: 3 + 2 + 3 = 8; 2 + 4 + 3 = 9 > 8
    assert.deepEqual(rulesOf('Inspectors visited two centres, and each was assessed against eight standards. The first was compliant with three, substantially compliant with two and not compliant with three; the second was compliant with two, substantially compliant with four and not compliant with three.'), ['numbers/parts-sum']);
  });
  it('traps: a shortfall, a count of another noun, a list of one degree', () => {
    // 3 + 2 = 5 < 7: some may not have been judged
    assert.deepEqual(rulesOf('Inspectors assessed seven standards and judged the centre compliant with three and not compliant with two.'), []);
    assert.deepEqual(rulesOf('Inspectors assessed seven standards. The home was compliant with 12 regulations and not compliant with three actions.'), []);
    assert.deepEqual(rulesOf('Inspectors assessed seven standards. The home was compliant with five and the other home compliant with six.'), []);
    // the whole before must be what was assessed, not the homes visited; degrees at two times may count one standard twice
    assert.deepEqual(rulesOf('We visited two homes. The first was compliant with six and not compliant with five.'), []);
    assert.deepEqual(rulesOf('Ten standards were assessed. Staff were compliant with six on the first day and not compliant with five on the second.'), []);
    // of 'Ten standards … at each of the two centres', the ten: 6 + 5 = 11 > 10
    assert.deepEqual(rulesOf('Ten standards were assessed at each of the two centres. The first was compliant with six and not compliant with five.'), ['numbers/parts-sum']);
  });
});

describe("two lists by grade, one in each clause of a semicolon: '27 of the 65 … good, 28 requires improvement and 10 inadequate; in London, 20 of 31 …' (relations/grade-parts.ts readGradeParts)", () => {
  it('reads each clause as a list of its own', () => {
    // 27 + 28 + 12 = 67 > 65; 20 + 8 + 3 = 31
    assert.deepEqual(rulesOf('Across the south, 27 of the 65 care homes were rated good, 28 requires improvement and 12 inadequate; in London, 20 of 31 were good, 8 requires improvement and three inadequate.'), ['numbers/parts-sum']);
    const ok = judged('Across the south, 27 of the 65 care homes were rated good, 28 requires improvement and 10 inadequate; in London, 20 of 31 were good, 8 requires improvement and three inadequate.', 'parts-sum');
    assert.equal(ok.filter((c) => c.verdict === 'ok').length, 2);
  });
  it('trap: lists of two years with no whole are not judged', () => {
    assert.deepEqual(rulesOf('In 2022, 30 homes were rated good and 10 inadequate; in 2023, 28 were good and 12 inadequate.'), []);
  });
});

describe("'k of them, or P%' after a group whose sentence also gives its old level: '76,634 contacts, down from 80,567 the year before. … 37,217 of them, or 45%' (relations/apposed-share.ts OLD_LEVEL_BEFORE)", () => {
  it('takes the group, not its old level, as the total', () => {
    // 37,217 / 76,634 = 48.6% -> 49%, not 45% (nor 46.2% of 80,567)
    assert.deepEqual(rulesOf('The regulator received 76,634 contacts, down from 80,567 the year before. Complaints about providers made up 37,217 of them, or 45%.'), ['numbers/percentage-mismatch']);
    assert.ok(judged('The regulator received 76,634 contacts, down from 80,567 the year before. Complaints about providers made up 37,217 of them, or 49%.', 'percent-of').some((c) => c.verdict === 'ok'));
  });
  it('traps: a share that fits the old level, or two groups, is left open', () => {
    // 37,217 / 80,567 = 46.2%: the writer may have used last year's total
    assert.deepEqual(rulesOf('The regulator received 76,634 contacts, down from 80,567 the year before. Complaints about providers made up 37,217 of them, or 46%.'), []);
    assert.deepEqual(rulesOf('The regulator received 76,634 contacts and 12,000 calls. Complaints made up 7,217 of them, or 45%.'), []);
  });
});

describe("'k of them', its clause, then the share closing the sentence after a dash: '… nine of them had made sufficient progress — 43 per cent.' (relations/of-these-share.ts CLOSING_GAP_END)", () => {
  it('judges the closing share on the group counted before', () => {
    // 9 / 21 = 42.9% -> 43%, not 53%
    assert.deepEqual(rulesOf('Twenty-one local areas had a revisit. Inspectors judged that nine of them had made sufficient progress against every significant weakness — 53 per cent.'), ['numbers/percentage-mismatch']);
    assert.ok(judged('Twenty-one local areas had a revisit. Inspectors judged that nine of them had made sufficient progress against every significant weakness — 43 per cent.', 'percent-of').some((c) => c.verdict === 'ok'));
  });
  it("traps: a comparison before the share, a share of another whole, or several groups before", () => {
    assert.deepEqual(rulesOf('Twenty-one local areas had a revisit. Nine of them had made progress against the national average — 53 per cent.'), []);
    assert.deepEqual(rulesOf('We reviewed 40 files. In 12 of these the plan was up to date — 35% of the sample.'), []);
    assert.deepEqual(rulesOf('We reviewed 40 files and 20 plans. In 12 of these the plan was up to date — 35%.'), []);
  });
});

describe("a quantifier opening its sentence with a bracketed count, of the one group the sentence before counts: 'We spoke to 47 patients. Almost all (30) …' (extract/quantifier.ts BARE_BRACKET)", () => {
  it('judges the quantifier on the group before', () => {
    // 30 / 47 = 63.8%, not almost all
    assert.deepEqual(rulesOf('We spoke to 47 patients. Almost all (30) rated the service as excellent.'), ['numbers/quantifier-mismatch']);
    // 39 / 47 = 83%: most; respondents are the questionnaires returned
    assert.ok(judged('We received 47 completed questionnaires. Most respondents (39) rated the service as very good.', 'quantifier').some((c) => c.verdict === 'ok'));
  });
  it("traps: 'most' as the largest of several groups, a group of another noun, a rough or second group", () => {
    // 19 of 47 may be the largest group
    assert.deepEqual(rulesOf('We received 47 complaints. Most (19) were about staffing, 12 about food and 10 about visits.'), []);
    assert.deepEqual(rulesOf('We visited 47 homes. Almost all staff (19) said they felt supported.'), []);
    assert.deepEqual(rulesOf('We spoke to about 47 patients. Almost all (30) rated the service as excellent.'), []);
    assert.deepEqual(rulesOf('We spoke to 47 patients and 12 relatives. Almost all (30) rated the service as excellent.'), []);
  });
});

describe("a fraction closing the sentence after ', which is', restating a count's share: 'Of these, 74 were living more than 20 miles away, which is almost a quarter.' (extract/fraction.ts WHICH_IS_BEFORE, extract/of-these.ts sole)", () => {
  it("judges the fraction on the count and its group (the pair's, or the one group counted before)", () => {
    // 94 / 312 = 30.1%, not almost a quarter
    assert.deepEqual(rulesOf('The authority had 312 children in care. Of these, 94 were living more than 20 miles from home, which is almost a quarter.'), ['numbers/fraction-mismatch']);
    // 74 / 312 = 23.7%
    assert.ok(judged('The authority had 312 children in care. Of these, 74 were living more than 20 miles from home, which is almost a quarter.', 'fraction').some((c) => c.verdict === 'ok'));
    // 18 / 40 = 45%, not almost a third
    assert.deepEqual(rulesOf('Of the 40 cases, 18 had a plan, which is almost a third.'), ['numbers/fraction-mismatch']);
  });
  it("traps: a rough group, or several groups, before 'these'; another count between", () => {
    assert.deepEqual(rulesOf('The authority had about 312 children in care. Of these, 94 were living more than 20 miles from home, which is almost a quarter.'), []);
    assert.deepEqual(rulesOf('The authority had 312 children in care and 140 care leavers. Of these, 94 were living more than 20 miles from home, which is almost a quarter.'), []);
    assert.deepEqual(rulesOf('Of the 40 cases, 12 had a plan and 20 had been reviewed, which is almost a third.'), []);
  });
});

describe("'at least one …' inside a category's words is a threshold, not a hedge of the list: '20% had made insufficient progress in at least one area; 63% …, and the remaining 19% …' (relations/parts-sum.ts looseText)", () => {
  it('judges the shares of one whole', () => {
    // 20 + 63 + 19 = 102%
    assert.deepEqual(rulesOf("Of the providers visited, 20 per cent had made 'insufficient progress' in at least one area; 63 per cent had made 'reasonable progress' throughout, and the remaining 19 per cent had at least one 'significant progress' judgement."), ['numbers/parts-sum']);
    assert.ok(judged("Of the providers visited, 20 per cent had made 'insufficient progress' in at least one area; 63 per cent had made 'reasonable progress' throughout, and the remaining 17 per cent had at least one 'significant progress' judgement.", 'shares-sum').some((c) => c.verdict === 'ok'));
  });
  it("traps: 'at least' before a share still hedges it; overlapping categories stay open", () => {
    assert.deepEqual(rulesOf('Of the homes, at least 40% were good, 50% requires improvement and 20% inadequate.'), []);
    assert.deepEqual(rulesOf('Of the providers, 40% had at least one weak area, 50% had a strong area and 30% had both.'), []);
  });
});
