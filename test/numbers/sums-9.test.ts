/**
 * Shares of the answers to one question, round 9 (helper sums, issue 9): a statement that each case is in one
 * of the listed answers or groups ('each of whom chose one of four answers', 'all the respondents answered the
 * question', 'with every record falling in one of these groups:'), a whole scale of ratings or of degrees of one
 * answer, a band of one pole ('good or very good'), and the forms that stay unjudged because the shares may
 * overlap or leave out those who did not answer. Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const PARTS = ['numbers/parts-sum'];
const sharesOk = (finding: string) => claimsOf(finding).some((c) => c.kind === 'shares-sum' && c.verdict === 'ok');

describe('sums-9: a statement that each case chose one answer (parts-sum.ts oneAnswerEach)', () => {
  it('reports a shortfall when as many answers are stated as are given', () => {
    // 16 + 38 + 24 + 15 = 93, four shares off by 2 at most
    assert.deepEqual(rulesOf('Of the 880 tenants who replied, each of whom chose one of four answers, 16% were very satisfied, 38% fairly satisfied, 24% fairly dissatisfied and 15% very dissatisfied.'), PARTS);
    // 12 + 33 + 26 + 21 = 92
    assert.deepEqual(rulesOf('Of the 405 parents who took part, each choosing one of four answers, 12% said that the information they got was very good, 33% good, 26% poor and 21% very poor.'), PARTS);
    // 44 + 30 + 19 = 93, three answers of three
    assert.deepEqual(rulesOf('When asked how safe they felt, each of the 212 women chose one of three answers: 44% said very safe, 30% said fairly safe and 19% said not safe.'), PARTS);
  });
  it('reads boxes ticked as answers chosen', () => {
    // 26 + 44 + 15 + 7 = 92
    assert.deepEqual(rulesOf('Of the 1,870 patients who sent the form back, each of whom ticked one of four boxes, 26% rated the food as very good, 44% as good, 15% as poor and 7% as very poor.'), PARTS);
  });
  it('reports an excess of a stated scale, the last answer naming what all are about', () => {
    // 25 + 36 + 26 + 19 = 106
    assert.deepEqual(rulesOf('Of the 1,310 carers who answered, each of whom chose one of four answers, 25% were very satisfied, 36% fairly satisfied, 26% dissatisfied and 19% very dissatisfied with the respite on offer.'), PARTS);
  });
  it('confirms shares that make 100', () => {
    // 16 + 38 + 27 + 19 = 100
    assert.ok(sharesOk('Of the 880 tenants who replied, each of whom chose one of four answers, 16% were very satisfied, 38% fairly satisfied, 27% fairly dissatisfied and 19% very dissatisfied.'));
    // 12 + 41 + 26 + 21 = 100
    assert.ok(sharesOk('Of the 405 parents who took part, each choosing one of four answers, 12% said that the information they got was very good, 41% good, 26% poor and 21% very poor.'));
  });
  it('leaves a stated number of answers that is not the number given unjudged', () => {
    // five answers stated, four given: the fifth may be the missing 7 points (16 + 38 + 24 + 15 = 93)
    assert.deepEqual(rulesOf('Of the 880 tenants who replied, each of whom chose one of five answers, 16% were very satisfied, 38% fairly satisfied, 24% fairly dissatisfied and 15% very dissatisfied.'), []);
  });
});

describe('sums-9: all respondents answered, and a whole scale (parts-sum.ts ratingScale, degreesComplete)', () => {
  it('reports a shortfall of a whole scale of bands when all answered', () => {
    // 22 + 30 + 41 = 93
    assert.deepEqual(rulesOf('All 164 pupils answered the question about it: 22% said the playground was good or very good, 30% said it was neither good nor bad and 41% said it was bad or very bad.'), PARTS);
    // 22 + 30 + 48 = 100
    assert.ok(sharesOk('All 164 pupils answered the question about it: 22% said the playground was good or very good, 30% said it was neither good nor bad and 48% said it was bad or very bad.'));
  });
  it('never judges a shortfall of a whole scale without such a statement (a "don\'t know" may be left out)', () => {
    // 22 + 30 + 41 = 93: some may not have known
    assert.deepEqual(rulesOf('In the survey, 22% said the playground was good or very good, 30% said it was neither good nor bad and 41% said it was bad or very bad.'), []);
    // 13 + 29 + 25 + 20 = 87
    assert.deepEqual(rulesOf('13% said that the advice was very good, 29% good, 25% poor and 20% very poor.'), []);
  });
  it('reports the excess of a scale of bands or of degrees whatever the lead', () => {
    // 32 + 30 + 44 = 106
    assert.deepEqual(rulesOf('In the survey, 32% said the playground was good or very good, 30% said it was neither good nor bad and 44% said it was bad or very bad.'), PARTS);
    // 24 + 38 + 28 + 16 = 106
    assert.deepEqual(rulesOf('24% were very satisfied, 38% fairly satisfied, 28% dissatisfied and 16% very dissatisfied with how their appeal was handled.'), PARTS);
  });
  it('never reads a statement that is denied or hedged ("not all", "almost every")', () => {
    // 22 + 30 + 41 = 93: some did not answer
    assert.deepEqual(rulesOf('Not all 164 pupils answered the question about it: 22% said the playground was good or very good, 30% said it was neither good nor bad and 41% said it was bad or very bad.'), []);
    // 66 + 12 + 8 + 5 + 2 = 93: some records are in no group
    assert.deepEqual(rulesOf('Almost every detainee fell in one of these groups: 66% were white, 12% Black, 8% Asian, 5% of mixed ethnicity and 2% of another ethnic group.'), []);
  });
  it('never reads "answered the question" as one answer each when the answers are statements', () => {
    // clean, quiet, warm: one person may say all three (41 + 37 + 33 = 111)
    assert.deepEqual(rulesOf('All 220 residents answered the question: 41% said the lounge was clean, 37% said it was quiet and 33% said it was warm.'), []);
  });
});

describe('sums-9: a list of groups named before a colon (parts-sum.ts named)', () => {
  it('reads every group, "of" and "for" ones too, and reports the excess', () => {
    // 71 + 12 + 8 + 5 + 3 + 6 = 105
    assert.deepEqual(rulesOf('By ethnicity, with every detainee falling in one of these groups: 71% of the people held were white, 12% Black, 8% Asian, 5% of mixed ethnicity, 3% of another ethnic group, and for 6% no ethnicity was recorded.'), PARTS);
    // 71 + 12 + 8 + 3 + 2 + 4 = 100
    assert.ok(sharesOk('By ethnicity, with every detainee falling in one of these groups: 71% of the people held were white, 12% Black, 8% Asian, 3% of mixed ethnicity, 2% of another ethnic group, and for 4% no ethnicity was recorded.'));
  });
});

describe('sums-9: shares that may overlap stay unjudged (parts-sum.ts saidAttributes, ownComplements)', () => {
  it('never reports what people said they had or had done', () => {
    // 52 + 41 + 29 = 122: one man may have all three problems
    assert.deepEqual(rulesOf('Of the 330 men who responded, 52% said they had a drug problem, 41% said they had an alcohol problem and 29% said they had a debt problem.'), []);
    // 64 + 57 + 44 = 165
    assert.deepEqual(rulesOf('Of the 610 officers who answered, 64% said they had done public order training, 57% said they had done first aid training and 44% said they had done taser training.'), []);
  });
  it('never reports answers that each name their own thing', () => {
    // food, laundry, noise, visits: four things rated (25 + 33 + 30 + 20 = 108)
    assert.deepEqual(rulesOf('25% were very satisfied with the meals, 33% were fairly satisfied with the cleaning, 30% were dissatisfied with the noise and 20% very dissatisfied with the visits.'), []);
  });
});

describe('sums-9: a stated number of answers of agreement (survey-answers.ts answerSum)', () => {
  it('reports a shortfall when each chose one of as many answers as are given', () => {
    // 18 + 33 + 14 + 19 + 9 = 93, five shares off by 2.5 at most
    assert.deepEqual(rulesOf('Of the 318 nurses who responded, each choosing one of five answers, 18% strongly agreed that managers supported them, 33% agreed, 14% neither agreed nor disagreed, 19% disagreed and 9% strongly disagreed.'), PARTS);
    // 18 + 33 + 14 + 21 + 14 = 100
    assert.ok(sharesOk('Of the 318 nurses who responded, each choosing one of five answers, 18% strongly agreed that managers supported them, 33% agreed, 14% neither agreed nor disagreed, 21% disagreed and 14% strongly disagreed.'));
  });
  it('leaves the shortfall unjudged without the statement, or with another number of answers', () => {
    assert.deepEqual(rulesOf('Of the 318 nurses who responded, 18% strongly agreed that managers supported them, 33% agreed, 14% neither agreed nor disagreed, 19% disagreed and 9% strongly disagreed.'), []);
    assert.deepEqual(rulesOf('Of the 318 nurses who responded, each choosing one of six answers, 18% strongly agreed that managers supported them, 33% agreed, 14% neither agreed nor disagreed, 19% disagreed and 9% strongly disagreed.'), []);
  });
});
