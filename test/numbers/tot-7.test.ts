/**
 * Totals, round 7 (helper tot): when parts are disjoint by their words, when
 * they overlap, and when a list names every case. Sentences written for these
 * tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const PARTS = ['numbers/parts-sum'];
const okSum = (finding: string, kind = 'parts-sum') => claimsOf(finding).some((c) => c.kind === kind && c.verdict === 'ok');

describe('tot-7: a bracket is a breakdown of the part before it only in that part\'s own clause', () => {
  it('does not read a comparison of two other groups as the parts of a count', () => {
    // 60 and 30 compare men and women under 25: they are no breakdown of the 120 women
    assert.deepEqual(rulesOf('Of the 400 people referred, 120 were women and there were twice as many men as women among the under-25s (60 against 30).'), []);
    assert.deepEqual(rulesOf('Of the 400 people referred to the service, 120 were women, with twice as many men as women (60 against 30) among those aged under 25.'), []);
  });
  it('still reads a bracket right after its part', () => {
    // Of the 12: 5 + 4 + 3 = 12, and the 5 good ones (3 + 3 = 6) do not make 5
    assert.deepEqual(rulesOf('Of the 12 providers inspected, 5 were good (3 private and 3 voluntary), 4 required improvement and 3 were inadequate.'), PARTS);
  });
});

describe('tot-7: parts that overlap never sum to the whole', () => {
  it('leaves needs and attributes unjudged', () => {
    // 50 + 40 + 30 = 120 of 80: a case may have several needs
    assert.deepEqual(rulesOf('Of the 80 cases, 50 were assessed as having a mental health need, 40 as having a substance misuse need and 30 as having a housing need.'), []);
    assert.deepEqual(rulesOf('Of the 80 cases, 50 had a mental health need, 40 had a substance misuse need and 30 had a housing need.'), []);
    // two bounds of one direction nest: 40 + 15 + 12 = 67 of 60 is no sum
    assert.deepEqual(rulesOf('Of the 60 calls, 40 were answered within 10 seconds, 15 within 30 seconds and 12 within 60 seconds.'), []);
    // two things rated, not one: 28 + 25 = 53 of 40
    assert.deepEqual(rulesOf('Of the 40 people, 28 said the food was good and 25 said the cleanliness was poor.'), []);
  });
});

describe('tot-7: bands of a measure and bounds on a measure', () => {
  it('reads bands that cover the measure end to end as the whole', () => {
    // 23 + 20 + 19 = 62, not 58
    assert.deepEqual(rulesOf('Of the 58 adjudications we examined, 23 were dealt with within 28 days, 20 took between 29 and 90 days and 19 took longer than 90 days.'), PARTS);
    // 23 + 20 + 15 = 58
    assert.ok(okSum('Of the 58 adjudications we examined, 23 were dealt with within 28 days, 20 took between 29 and 90 days and 15 took longer than 90 days.'));
  });
  it('takes a bound on a duration for no hedge on the counts', () => {
    // 17 + 8 + 7 = 32, not 30: 'more than four years' bounds the sentence, not the count
    // (the rest's reader reads it too since the time bound leaves its list clean, and its finding is the one given)
    assert.deepEqual(rulesOf('Of the 30 prisoners we interviewed, 17 were serving sentences of more than four years, eight were on remand and the remaining seven had been recalled.'), ['numbers/complement-mismatch']);
    // 17 + 8 + 5 = 30
    assert.deepEqual(rulesOf('Of the 30 prisoners we interviewed, 17 were serving sentences of more than four years, eight were on remand and the remaining five had been recalled.'), []);
  });
});

describe('tot-7: lists after a whole in the sentence before', () => {
  it('reads degrees split by semicolons after "Of these"', () => {
    // 19 + 14 + 15 = 48, more than 45
    assert.deepEqual(rulesOf('At the previous inspection we made 45 recommendations. Of these, 19 had been achieved; 14 had been partially achieved; 15 had not been achieved.'), PARTS);
    // 19 + 14 + 12 = 45
    assert.ok(okSum('At the previous inspection we made 45 recommendations. Of these, 19 had been achieved; 14 had been partially achieved; 12 had not been achieved.'));
  });
  it('reads a gapped list closed by "other" as a partition', () => {
    // 512 + 436 + 301 = 1249, more than 1,240
    assert.deepEqual(rulesOf('The ombudsman received 1,240 complaints last year. Of these, 512 concerned residential care, 436 home care and 301 other services.'), PARTS);
    // 'had' a safeguarding element: the elements may overlap, 1249 of 1,240 is no sum
    assert.deepEqual(rulesOf('We received 1,240 complaints. Of these, 512 had a safeguarding element, 436 a financial element and 301 other elements.'), []);
  });
});

describe('tot-7: one rating a person (parts-sum.ts ratingAnswers)', () => {
  it('reports counts of ratings that pass the whole', () => {
    // 78 + 45 + 30 = 153, not 150
    assert.deepEqual(rulesOf('Of the 150 staff who took part, 78 (52 per cent) said morale was good, 45 (30 per cent) said it was poor and 30 (20 per cent) had no view.'), PARTS);
    // 18 + 14 + 6 + 4 = 42, not 40
    assert.deepEqual(rulesOf('Of the 40 people on probation who answered, 18 said their supervision was very good, 14 good, 6 poor and 4 very poor.'), PARTS);
  });
  it('confirms a fit and leaves a shortfall unjudged', () => {
    // 18 + 14 + 5 + 3 = 40
    assert.ok(okSum('Of the 40 people on probation who answered, 18 said their supervision was very good, 14 good, 5 poor and 3 very poor.'));
    // 18 + 14 + 4 = 36 of 40: some may not have answered
    assert.deepEqual(rulesOf('Of the 40 people on probation who answered, 18 said their supervision was very good, 14 good and 4 poor.'), []);
  });
});

describe('tot-7: categories and their figures given respectively (respective-list.ts)', () => {
  it('reports shares of one judgement that pass 100%', () => {
    // 18 + 64 + 21 = 103 > 101.5
    assert.deepEqual(rulesOf('The proportions of schools judged excellent, good and adequate were 18%, 64% and 21% respectively.'), PARTS);
  });
  it('reports counts that pass the whole, and confirms a fit', () => {
    // 30 + 48 + 22 = 100, more than 96
    assert.deepEqual(rulesOf('Of the 96 people in the sample, the numbers assessed as low, medium and high risk were 30, 48 and 22 respectively.'), PARTS);
    // 30 + 44 + 22 = 96
    assert.ok(okSum('Of the 96 people in the sample, the numbers assessed as low, medium and high risk were 30, 44 and 22 respectively.'));
  });
  it('leaves a shortfall and categories with no judgement unjudged', () => {
    // 18 + 64 + 14 = 96: a category may be left unnamed
    assert.deepEqual(rulesOf('The proportions of schools judged excellent, good and adequate were 18%, 64% and 14% respectively.'), []);
    // men and women who felt safe, two groups: 70 + 65 is no sum
    assert.deepEqual(rulesOf('The proportions of men and women who felt safe were 70% and 65% respectively.'), []);
  });
});

describe('tot-7: a list closed by "other" and one standard in its degrees', () => {
  it('reads a classification closed by its residual category as disjoint', () => {
    // 31 + 17 + 10 = 58, more than 56
    assert.deepEqual(rulesOf('There were 56 deaths in custody in the period. Thirty-one were from natural causes, 17 were self-inflicted and 10 were classified as other.'), PARTS);
    // 31 + 17 + 8 = 56
    assert.ok(okSum('There were 56 deaths in custody in the period. Thirty-one were from natural causes, 17 were self-inflicted and 8 were classified as other.'));
    // 'had … other needs': needs overlap, 50 + 40 + 30 = 120 of 80 is no sum
    assert.deepEqual(rulesOf('Of the 80 cases, 50 had a mental health need, 40 had a substance misuse need and 30 had other needs.'), []);
  });
  it('reads compliant, partly compliant and not compliant as one question', () => {
    // 96 + 38 + 10 = 144, not 140
    assert.deepEqual(rulesOf('Inspectors visited 140 premises. Of the 140, 96 were compliant, 38 were partly compliant and 10 were not compliant.'), PARTS);
    // 92 + 38 + 10 = 140
    assert.ok(okSum('Inspectors visited 140 premises. Of the 140, 92 were compliant, 38 were partly compliant and 10 were not compliant.'));
  });
});

describe('tot-7: a list by grade carried on, and yes, no and no view', () => {
  it('reads a grade list that goes on in the next sentence with its first part', () => {
    // 9 + 26 + 7 + 4 = 46, not 44
    assert.deepEqual(rulesOf('Of the 44 providers, 9 were judged outstanding. Twenty-six were good, seven required improvement and four were inadequate.'), PARTS);
    // another time: 'This year' opens the sentence, no list carried on
    assert.deepEqual(rulesOf('Of the 44 providers, 9 were judged outstanding last year. This year 26 were good, seven required improvement and four were inadequate.'), []);
  });
  it('reads a state, its denial and no view as one question', () => {
    // 47 + 39 + 17 = 103 > 101.5
    assert.deepEqual(rulesOf('Of the 1,050 prisoners who responded, 47 per cent said they felt safe, while 39 per cent said they did not and 17 per cent did not know.'), PARTS);
    // 30 + 25 + 8 = 63, not 60
    assert.deepEqual(rulesOf('Of the 60 women, 30 said they had a key worker, 25 said they did not and 8 did not know.'), PARTS);
    // a key worker and a mentor are two questions: 63 of 60 is no sum
    assert.deepEqual(rulesOf('Of the 60 women, 30 said they had a key worker, 25 said they had a mentor and 8 did not know.'), []);
  });
});

describe('tot-7: a verb and its preposition left out of later parts (parts-sum.ts gappedAgent)', () => {
  it('reads the agent of a verb of running or making as one a case', () => {
    // 76 + 24 + 3 = 103 > 101.5
    assert.deepEqual(rulesOf('Of the 577 centres, 76% are run by private providers, 24 per cent are operated by the HSE and 3% by voluntary bodies.'), PARTS);
    // 50 + 30 + 15 = 95, not 90
    assert.deepEqual(rulesOf('Of the 90 complaints, 50 were made by prisoners, 30 by families and 15 by staff.'), PARTS);
  });
  it('leaves agents of assessing or treating, and qualifications, unjudged, and confirms no part of the list alone', () => {
    // a prisoner may be assessed by several: 50 + 30 + 10 = 90 of 80 is no sum, and 50 + 30 = 80 is no reading
    assert.deepEqual(rulesOf('Of the 80 prisoners, 50 were assessed by a psychiatrist, 30 by a psychologist and 10 by a nurse.'), []);
    assert.ok(!okSum('Of the 80 prisoners, 50 were assessed by a psychiatrist, 30 by a psychologist and 10 by a nurse.'));
    // qualifications overlap: 40 + 20 + 10 = 70 of 60
    assert.deepEqual(rulesOf('Of the 60 staff, 40 were qualified in nursing, 20 in social work and 10 in teaching.'), []);
  });
});

describe('tot-7: a judgement, its negative and "not required"', () => {
  it('reads "In k" parts judged sufficient, insufficient and not required as one question', () => {
    // 29 + 33 + 11 = 73, more than 70
    assert.deepEqual(rulesOf('We reviewed 70 cases. In 29 the work was judged sufficient, in 33 it was insufficient and in 11 it was not required.'), PARTS);
    // 29 + 30 + 11 = 70
    assert.ok(okSum('We reviewed 70 cases. In 29 the work was judged sufficient, in 30 it was insufficient and in 11 it was not required.'));
  });
  it('leaves two things judged unjudged', () => {
    // the plan and the risk assessment: 73 of 70 is no sum
    assert.deepEqual(rulesOf('We reviewed 70 cases. In 29 the plan was judged sufficient, in 33 the risk assessment was insufficient and in 11 it was not required.'), []);
  });
});

describe('tot-7: "the others, P%," closes a list of shares', () => {
  it('reports an excess and confirms a fit', () => {
    // 20 + 60 + 25 = 105
    assert.deepEqual(rulesOf('Of the schools, 20% were outstanding and 60% good; the others, 25%, required improvement.'), PARTS);
    // 20 + 60 + 20 = 100
    assert.ok(okSum('Of the schools, 20% were outstanding and 60% good; the others, 20%, required improvement.', 'shares-sum'));
  });
});

describe('tot-7: the items of a bulleted list are parts (parts-sum.ts LINE_BREAK)', () => {
  it('reads a list broken into bullets under its whole', () => {
    // 18 + 14 + 6 + 4 = 42, not 40
    assert.deepEqual(rulesOf('Of the 40 people on probation who answered our survey:\n  - 18 said their supervision was very good\n  - 14 said it was good\n  - 6 said it was poor\n  - 4 said it was very poor.'), PARTS);
    // 5 + 22 + 7 + 2 = 36
    assert.deepEqual(rulesOf('Of the 36 schools inspected:\n  - 5 were judged outstanding\n  - 22 were judged good\n  - 7 required improvement\n  - 2 were judged inadequate.'), []);
  });
  it('does not take a wrapped line of one sentence for a list', () => {
    // 'reviewed by' needs its agent: 9 managers is no part, 15 + 8 = 23 of 20 is not judged
    assert.deepEqual(rulesOf('Of the 20 cases, 15 were reviewed by\n  9 managers and 8 were not.'), []);
  });
});

describe('tot-7: a list framed in one sentence and carried on by "A further" (parts-sum.ts readContinuedCounts)', () => {
  it('reads the two sentences as one list', () => {
    // 19 + 14 + 15 = 48, not 45
    assert.deepEqual(rulesOf('Of the 45 recommendations, 19 had been achieved and 14 partly achieved. A further 15 had not been achieved.'), PARTS);
    // 19 + 14 + 12 = 45
    assert.ok(okSum('Of the 45 recommendations, 19 had been achieved and 14 partly achieved. A further 12 had not been achieved.'));
  });
  it('leaves two questions unjudged', () => {
    // a plan and a risk assessment: 30 + 40 = 70 of 60 is no sum
    assert.deepEqual(rulesOf('Of the 60 cases, 30 had a plan. A further 40 had a risk assessment.'), []);
  });
});

describe('tot-7: bounds of a measure that overlap, and a part beside covering bands', () => {
  it('leaves overlapping bounds unjudged', () => {
    // 'more than two years' and 'under three years' overlap: 40 + 35 = 75 of 70 is no sum
    assert.deepEqual(rulesOf('Of the 70 children, 40 had been in care for more than two years and 35 for under three years.'), []);
    // a life sentence may be counted among those of more than four years: 22 + 14 + 6 = 42 of 40 is no sum
    assert.deepEqual(rulesOf('Of the 40 men, 22 were serving more than four years, 14 were serving less than four years and 6 were serving life.'), []);
  });
  it('reads an upper and a lower bound at one figure as apart', () => {
    // 'more than two years' and 'under two years': 40 + 35 = 75, more than 70
    assert.deepEqual(rulesOf('Of the 70 children, 40 had been in care for more than two years and 35 for under two years.'), PARTS);
  });
});

describe('tot-7: origins are one a case, activities are not', () => {
  it('reads a list of origins closed by "other" as a partition', () => {
    // 90 + 40 + 30 = 160, not 150
    assert.deepEqual(rulesOf('Of the 150 referrals, 90 came from the police, 40 from schools and 30 from other agencies.'), PARTS);
    // 50 + 30 + 15 = 95, not 90: a passive of sending, the verb left out
    assert.deepEqual(rulesOf('Of the 90 women released, 50 were sent to approved premises, 30 to family homes and 15 to hostels.'), PARTS);
  });
  it('leaves activities one may do several of unjudged', () => {
    // a prisoner may go to the gym and the library: 160 of 150 is no sum
    assert.deepEqual(rulesOf('Of the 150 prisoners, 90 went to the gym, 40 to the library and 30 to other activities.'), []);
  });
});

describe('tot-7: more overlap traps', () => {
  it('leaves shares of needs, and a bracket split by an age bound, unjudged', () => {
    // needs overlap: 60 + 45 + 20 = 125% is no sum of one whole
    assert.deepEqual(rulesOf('Of the cases, 60% had a mental health need, 45% a substance misuse need and 20% a housing need.'), []);
    // 'under 25' is a bound, not a part of the 120: 60 + 60 = 120
    assert.deepEqual(rulesOf('Of the 400 people referred, 120 were women (60 under 25 and 60 older).'), []);
  });
});

describe('tot-7: a named rest after answers that may overlap (parts-sum.ts)', () => {
  it('leaves two answers to different questions and "the remaining" unjudged', () => {
    // 28 + 22 + 6 = 56 of 45: the two answers overlap (at least 11 said both); the six said neither
    assert.deepEqual(rulesOf('Of the 45 people on probation we interviewed, 28 said their supervisor helped them and 22 said they got help with housing; the remaining six had no contact with services.'), []);
  });
  it('still reports answers of one rating and a rest that overrun the whole', () => {
    // good and poor exclude each other: 28 + 15 + 6 = 49, not 45
    assert.deepEqual(rulesOf('Of the 45 people we interviewed, 28 said the food was good and 15 said it was poor; the remaining six had no view.'), ['numbers/parts-sum']);
  });
});

describe('tot-7: a count of one in the sentence before is no whole (parts-sum.ts wholeBefore)', () => {
  it('does not split "One of the inspectors" into the team after it', () => {
    // 1 + 8 + 3 = 12: the team, not the one inspector of the sentence before
    assert.deepEqual(rulesOf('One of the inspectors spent a day at each campus. The team was made up of one lead inspector, 8 inspectors and 3 senior inspectors.'), []);
  });
});
