/**
 * Totals and remainders, round 6 (helper tot): when a list of parts is written
 * as a partition of its whole, and when it is not. Sentences written for these
 * tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const PARTS = ['numbers/parts-sum'];
const MISMATCH = ['numbers/complement-mismatch'];
const okSum = (finding: string, kind = 'parts-sum') => claimsOf(finding).some((c) => c.kind === kind && c.verdict === 'ok');

describe('tot-6: a state and its denial name every case (parts-sum.ts denialPair)', () => {
  it('reports a pair that does not make the whole it is framed by', () => {
    // 88 + 29 = 117, not 120
    assert.deepEqual(rulesOf('Of the 120 services inspected, 88 were compliant with the standards and 29 were not.'), PARTS);
    // 30 + 15 = 45, not 48 ('had' with an object, then 'had not')
    assert.deepEqual(rulesOf('Of the 48 prisoners we interviewed, 30 had a resettlement plan and 15 had not.'), PARTS);
    // 41 + 16 = 57, not 60 ("weren't")
    assert.deepEqual(rulesOf("Of the 60 staff files checked, 41 were complete and 16 weren't."), PARTS);
    // 98 + 20 = 118, not 122: a one-word state and its negative
    assert.deepEqual(rulesOf('Of the 122 deaths reviewed, 98 were expected and 20 unexpected.'), PARTS);
    // 30 + 12 = 42, more than 40
    assert.deepEqual(rulesOf('Of the 40 staff, 30 were qualified and 12 were unqualified.'), PARTS);
    // after a whole in the clause before, an excess: 98 + 26 = 124, more than 122
    assert.deepEqual(rulesOf('During the year the board reviewed 122 deaths; 98 were expected and 26 were unexpected.'), PARTS);
  });
  it('confirms the pair that makes the whole', () => {
    // 20 + 16 = 36
    assert.ok(okSum('Of the 36 homes, 20 met the standard and 16 did not.'));
    // 88 + 32 = 120
    assert.deepEqual(rulesOf('Of the 120 services inspected, 88 were compliant with the standards and 32 were not.'), []);
  });
  it('leaves a denial of another state, or a shortfall after a whole before, unjudged', () => {
    // 'not assessed' is another question: 30 + 12 = 42 of 50 is not judged
    assert.deepEqual(rulesOf('Of the 50 cases, 30 were reviewed and 12 were not assessed.'), []);
    // 'not yet' says more than the denial: 40 + 12 = 52 of 60
    assert.deepEqual(rulesOf('Of the 60 staff, 40 were trained in first aid and 12 were not yet.'), []);
    // a whole in the clause before may be wider: 98 + 20 = 118 of 122 is only an excess question
    assert.deepEqual(rulesOf('The board reviewed 122 deaths; 98 were expected and 20 were unexpected.'), []);
    // 'compliant' and 'non-compliant with fire regulations' are not one question: 41 + 16 = 57 of 60
    assert.deepEqual(rulesOf('Of the 60 services, 41 were compliant and 16 were non-compliant with fire regulations.'), []);
  });
});

describe('tot-6: two shares of a state and its denial, or of a complement pair', () => {
  it('reports an excess', () => {
    // 58 + 45 = 103 > 100 + 1
    assert.deepEqual(rulesOf('Of the cases we read, 58% had a plan and 45% did not.'), PARTS);
    // 71 + 32 = 103
    assert.deepEqual(rulesOf('Of the homes, 71% were compliant and 32% were not.'), PARTS);
    // 64 + 38 = 102
    assert.deepEqual(rulesOf('Of the respondents, 64% were women and 38% men.'), PARTS);
  });
  it('confirms 100% and leaves a shortfall, a hedge, two years or another attribute unjudged', () => {
    // 58 + 42 = 100
    assert.ok(okSum('Of the cases we read, 58% had a plan and 42% did not.', 'shares-sum'));
    // 58 + 40 = 98: some may be in neither
    assert.deepEqual(rulesOf('Of the cases we read, 58% had a plan and 40% did not.'), []);
    // 'Some 64%' is a hedge
    assert.deepEqual(rulesOf('Some 64% of respondents were women and 38% were men.'), []);
    // two years, two wholes
    assert.deepEqual(rulesOf('In 2019, 58% had a plan and in 2023, 45% did not.'), []);
    // 'from London' is another attribute: 64 + 38 is no sum
    assert.deepEqual(rulesOf('Of the respondents, 64% were women and 38% were from London.'), []);
  });
});

describe('tot-6: one outcome in its degrees of cases said to be decided', () => {
  it('judges a shortfall when the whole is of decided cases', () => {
    // 96 + 58 + 79 = 233, not 240
    assert.deepEqual(rulesOf('Of the 240 complaints investigated, 96 were upheld, 58 were partly upheld and 79 were not upheld.'), PARTS);
    // 50 + 20 + 25 = 95, not 100
    assert.deepEqual(rulesOf('Of the 100 appeals decided, 50 were allowed, 20 were partly allowed and 25 were not allowed.'), PARTS);
    // 96 + 58 + 86 = 240
    assert.deepEqual(rulesOf('Of the 240 complaints investigated, 96 were upheld, 58 were partly upheld and 86 were not upheld.'), []);
  });
  it('leaves the shortfall of cases not said to be decided unjudged', () => {
    // 60 + 25 + 10 = 95 of 100: some may be pending
    assert.deepEqual(rulesOf('Of the 100 appeals, 60 were upheld, 25 were partly upheld and 10 were not upheld.'), []);
  });
});

describe('tot-6: a list after a subject and a verb of grading (parts-sum.ts GRADING_LEAD)', () => {
  it('reports an excess over the count of the sentence before', () => {
    // 23 + 44 + 22 + 9 = 98, more than 95
    assert.deepEqual(rulesOf('We evaluated 95 care homes for older people. We graded 23 as very good, 44 as good, 22 as adequate and nine as weak.'), PARTS);
    // 12 + 30 + 8 = 50, more than 48
    assert.ok(rulesOf('The authority maintains 48 schools. Inspectors rated 12 as outstanding, 30 as good and 8 as inadequate.').length === 1);
  });
  it('confirms a list that makes the whole and leaves a shortfall unjudged', () => {
    // 23 + 44 + 22 + 6 = 95
    assert.ok(okSum('We evaluated 95 care homes for older people. We graded 23 as very good, 44 as good, 22 as adequate and six as weak.'));
    // 23 + 44 + 22 + 3 = 92 of 95: a grade may be left out
    assert.deepEqual(rulesOf('We evaluated 95 care homes for older people. We graded 23 as very good, 44 as good, 22 as adequate and three as weak.'), []);
  });
});

describe('tot-6: a list closed by its total with prepositions in it (trailing-total.ts)', () => {
  it("reads 'about' and 'over' before words as prepositions", () => {
    // 17 + 9 + 6 = 32, not 34
    assert.deepEqual(rulesOf('Inspectors made 17 recommendations about safeguarding, 9 about education and 6 about resettlement, 34 in all.'), PARTS);
    // 17 + 9 + 8 = 34
    assert.ok(okSum('Inspectors made 17 recommendations about safeguarding, 9 about education and 8 about resettlement, 34 in all.'));
  });
  it("reads a period after 'making' as closing the total's clause", () => {
    // 26 + 31 = 57, not 59
    assert.deepEqual(rulesOf('Twenty-six inspections took place in the autumn term and 31 in the spring term, making 59 in the year.'), PARTS);
    // 26 + 31 = 57
    assert.ok(okSum('Twenty-six inspections took place in the autumn term and 31 in the spring term, making 57 in the year.'));
  });
  it("keeps 'about' before a figure a hedge", () => {
    // about 17: 17 + 9 + 6 = 32 of 34 is not judged
    assert.deepEqual(rulesOf('Inspectors made about 17 recommendations on safeguarding, 9 on education and 6 on resettlement, 34 in all.'), []);
  });
});

describe('tot-6: answers of how often and of agreement (survey-answers.ts)', () => {
  it('reports answers of one scale that pass 100%', () => {
    // 71 + 18 + 8 + 6 = 103 > 100 + 2
    assert.deepEqual(rulesOf('When asked whether they felt safe, 71% of pupils said always, 18% said usually, 8% said sometimes and 6% said never.'), PARTS);
    // 12 + 30 + 61 = 103, no question: three answers of how often, one an end of the scale
    assert.deepEqual(rulesOf('Pupils were asked about bullying: 12% said often, 30% said sometimes and 61% said never.'), PARTS);
    // 58 + 29 + 15 = 102 > 100 + 1.5
    assert.deepEqual(rulesOf("Parents' views were mixed – 58% agreed that the school dealt well with bullying, 29% disagreed and 15% did not know."), PARTS);
    // 64 + 30 + 9 = 103
    assert.deepEqual(rulesOf('In the staff survey, 64% agreed that they had enough time, 30% disagreed and 9% neither agreed nor disagreed.'), PARTS);
  });
  it('confirms 100% and leaves shortfalls, other statements and nested points unjudged', () => {
    // 71 + 18 + 8 + 3 = 100
    assert.ok(okSum('When asked whether they felt safe, 71% of pupils said always, 18% said usually, 8% said sometimes and 3% said never.', 'shares-sum'));
    // 46 + 31 + 19 = 96: some may not have answered
    assert.deepEqual(rulesOf('Responses to our staff survey were mixed: 46% agreed that senior leaders listened to them, 31% were unsure and 19% disagreed.'), []);
    // two statements, not one: 61 + 45
    assert.deepEqual(rulesOf('In the survey, 61% agreed that the food was good and 45% agreed that there was enough of it.'), []);
    // a disagreement with another statement: 70 + 35
    assert.deepEqual(rulesOf('In the survey, 70% agreed that staff were kind, while 35% disagreed that the food was good.'), []);
    // 'agreed' may count the strong ones again, and read so 60 + 40 = 100: not judged (60 + 25 + 40 = 125)
    assert.deepEqual(rulesOf('In the staff survey, 60% agreed, 25% strongly agreed and 40% disagreed.'), []);
  });
});

describe('tot-6: degrees of one answer (parts-sum.ts degreesOfOneAnswer)', () => {
  it('reads a first answer that names its topic, and degrees before the verb', () => {
    // 61 + 27 + 15 = 103
    assert.deepEqual(rulesOf('Of the parents who replied, 61% said their child was happy at school, 27% said mostly happy and 15% said unhappy.'), PARTS);
    // 52 + 36 + 15 = 103
    assert.deepEqual(rulesOf('Of the pupils, 52% said they always felt safe, 36% felt safe most of the time and 15% did not feel safe.'), PARTS);
    // 52 + 36 + 12 = 100
    assert.deepEqual(rulesOf('Of the pupils, 52% said they always felt safe, 36% felt safe most of the time and 12% did not feel safe.'), []);
  });
  it('leaves a bare answer beside "all of the time" that fits read as nested, and answers about other places, unjudged', () => {
    // 'felt safe' may be everyone who felt safe at all, and read so 80 + 20 = 100: 80 + 30 + 20 = 130 is not judged
    assert.deepEqual(rulesOf('Of the pupils, 80% said they felt safe, 30% felt safe all of the time and 20% did not feel safe.'), []);
    // read either way it fails: 62 + 26 + 15 = 103, and without the 26, 62 + 15 = 77
    assert.deepEqual(rulesOf('Of the pupils, 62% said they felt safe, 26% felt safe most of the time and 15% did not feel safe.'), PARTS);
    // three places, three questions: 40 + 30 + 45
    assert.deepEqual(rulesOf('Of the men, 40% said they felt safe on the wing, 30% said safe in the gym and 45% said safe at work.'), []);
  });
});

describe('tot-6: rests (remainder.ts)', () => {
  it('reads a rest followed by a verb, and participles closed by a rest', () => {
    // 810 + 520 = 1330, not 1,380: 'needed our recommendations' names no group of the rest
    assert.deepEqual(rulesOf('Of the 1,380 complaints we upheld, the council had put things right before we became involved in 810; the other 520 needed our recommendations to remedy the injustice.'), MISMATCH);
    // 41 + 30 = 71, not 73
    assert.deepEqual(rulesOf('The panel heard 73 cases, upholding 41 and rejecting the other 30.'), MISMATCH);
    // 120 + 85 = 205, not 210
    assert.deepEqual(rulesOf('The ombudsman closed 210 complaints, upholding 120 and not upholding the remaining 85.'), MISMATCH);
    // 41 + 32 = 73
    assert.deepEqual(rulesOf('The panel heard 73 cases, upholding 41 and rejecting the other 32.'), []);
  });
  it("leaves a rest after 'including' unjudged", () => {
    // 'including 12 women' is a part of the 40, not a part beside the rest: 12 + 25 of 40
    assert.deepEqual(rulesOf('We interviewed 40 prisoners, including 12 women, and the other 25 were men.'), []);
  });
});

describe('tot-6: parts that say who each case involved may overlap', () => {
  it('leaves an excess of incidents by who they involved unjudged', () => {
    // an incident may involve residents and staff: 90 + 45 + 20 = 155 of 150 is not judged
    assert.deepEqual(rulesOf('There were 150 incidents: 90 involved residents, 45 involved staff and 20 involved visitors.'), []);
    // allocated to one team each: 20 + 15 + 11 = 46, not 44
    assert.deepEqual(rulesOf('The 44 cases were allocated as follows: 20 to the north team, 15 to the south team and 11 to the east team.'), PARTS);
  });
});

describe('tot-6: answers after a verb of saying, a pair opening its list, and "other" as the last category', () => {
  it('reads a denial pair after "said they"', () => {
    // 152 + 92 = 244, more than 240
    assert.deepEqual(rulesOf('Of the 240 men we surveyed, 152 said they had a key worker and 92 said they did not.'), PARTS);
    // 'did not' alone denies the first's answer: 152 + 92 = 244
    assert.deepEqual(rulesOf('Of the 240 men we surveyed, 152 said they had a key worker and 92 did not.'), PARTS);
    // 152 + 88 = 240
    assert.ok(okSum('Of the 240 men we surveyed, 152 said they had a key worker and 88 said they did not.'));
  });
  it('leaves a survey shortfall and two answers of two questions unjudged', () => {
    // 152 + 80 = 232 of 240: some may not have answered
    assert.deepEqual(rulesOf('Of the 240 men we surveyed, 152 said they had a key worker and 80 said they did not.'), []);
    // two things had: 152 + 60 is no sum
    assert.deepEqual(rulesOf('Of the 240 men we surveyed, 152 said they had a key worker and 160 said they had a personal officer.'), []);
  });
  it("reads 'k of the n …, a further m …, and the other r' as a partition of the pair's whole", () => {
    // 38 + 15 + 9 = 62, not 60
    assert.deepEqual(rulesOf('Thirty-eight of the 60 approved premises had enough staff on duty at night, a further 15 had enough on most nights, and the other nine were often short.'), MISMATCH);
    // 38 + 15 + 7 = 60
    assert.ok(okSum('Thirty-eight of the 60 approved premises had enough staff on duty at night, a further 15 had enough on most nights, and the other seven were often short.', 'remainder'));
  });
  it("reads 'other' naming the last part's category as the rest, not a loose list", () => {
    // 88 + 39 + 17 = 144, not 142
    assert.deepEqual(rulesOf('In the year we completed 142 fatal incident investigations: 88 into deaths from natural causes, 39 into self-inflicted deaths and 17 into other deaths.'), PARTS);
    // 'among other reasons' still loosens the list: 30 + 12 of 50 is not judged
    assert.deepEqual(rulesOf('Of the 50 exclusions, 30 were for violence and 12 for drugs, among other reasons.'), []);
  });
});
