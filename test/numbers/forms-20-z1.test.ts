/**
 * Forms read in the session of 2026-12-07 (z1, totals; sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const sums = (t: string) => claimsOf(t).filter((c) => c.kind === 'parts-sum');

describe("a count and its kinds set beside it to the clause's end: '…, 412 men and 30 women.' (relations/apposed-kinds.ts)", () => {
  it('judges a pair of kinds that split a whole after a comma', () => {
    // 412 + 30 = 442, not 424
    assert.deepEqual(rulesOf('At the last count, 424 prisoners were held on the site, 412 men and 30 women.'), ['numbers/parts-sum']);
    // 394 + 30 = 424
    assert.equal(sums('At the last count, 424 prisoners were held on the site, 394 men and 30 women.')[0]?.verdict, 'ok');
  });
  it('only confirms kinds after a single dash or a hyphen closing the sentence (the rule of totals-5)', () => {
    // 1,240 + 655 = 1,895, not 1,985: a dash to the sentence's end may open a clause of another kind
    assert.deepEqual(rulesOf('By the end of the year 1,985 learners were still on programme – 1,240 apprentices and 655 adult learners.'), []);
    assert.deepEqual(rulesOf('By the end of the year 1,985 learners were still on programme - 1,240 apprentices and 655 adult learners.'), []);
    // 1,240 + 745 = 1,985
    assert.equal(sums('By the end of the year 1,985 learners were still on programme – 1,240 apprentices and 745 adult learners.')[0]?.verdict, 'ok');
  });
  it('judges a word and its negative after a colon', () => {
    // 800 + 300 = 1,100, not 1,150
    assert.deepEqual(rulesOf('Over the weekend there were 1,150 calls: 800 emergency calls and 300 non-emergency calls.'), ['numbers/parts-sum']);
  });
  it('after a comma, confirms parts named by a place but judges no miss', () => {
    // 22 + 18 = 40
    assert.equal(sums('We inspected 40 homes, 22 in London and 18 in Leeds.')[0]?.verdict, 'ok');
    // 22 + 19 = 41; 22 + 15 = 37: a comma list may be one list of groups, or leave places out
    assert.deepEqual(rulesOf('We inspected 40 homes, 22 in London and 19 in Leeds.'), []);
    assert.deepEqual(rulesOf('We inspected 40 homes, 22 in London and 15 in Leeds.'), []);
    assert.deepEqual(rulesOf('We inspected 30 wards; 20 staff were interviewed, 15 managers and 12 residents.'), []);
  });
  it("sets aside a part's own share in brackets, and reads 'of them' after the first part of a pair", () => {
    // 88 + 97 = 185, not 187
    assert.deepEqual(rulesOf('Over the year 187 children aged 10 to 17 entered custody, 88 of them girls (47%) and 97 boys (52%).'), ['numbers/parts-sum']);
    // 4,102 + 388 = 4,490, not 4,590
    assert.deepEqual(rulesOf("The survey drew on 4,590 questionnaires: 4,102 from men's prisons and 388 (8%) from women's prisons."), ['numbers/parts-sum']);
    // 90 + 97 = 187
    assert.equal(sums('Over the year 187 children aged 10 to 17 entered custody, 90 of them girls (48%) and 97 boys (52%).').find((c) => c.verdict !== 'unchecked')?.verdict, 'ok');
  });
  it("traps: 'of them' before two kinds that need not split the whole; 'mental' is no 'men'", () => {
    assert.deepEqual(rulesOf('The trust employed 900 staff last year, 300 of them nurses and 200 doctors.'), []);
    // 40 + 45 = 85 < 90 after a comma: judged only for a pair that splits a whole, and these two are no pair
    assert.deepEqual(rulesOf("At the time 90 beds were open, 40 mental health beds and 45 women's beds."), []);
  });
  it("traps: a list of groups, a list with a year, a hedge or 'of them', and a list that goes on", () => {
    // three groups, not a total and two parts (8 + 5 = 13)
    assert.deepEqual(rulesOf('We inspected 12 homes, 8 schools and 5 hospitals.'), []);
    assert.deepEqual(rulesOf('In 2019, 1,200 people were in prison, 800 in 2018 and 500 in 2017.'), []);
    assert.deepEqual(rulesOf('The prison held 900 men, about 600 on the main wings and 320 on the annex.'), []);
    assert.deepEqual(rulesOf('The prison held 900 men, 600 of them sentenced and 320 on remand.'), []);
    // the base of a share is not broken down by what follows
    assert.deepEqual(rulesOf('Ten of the 40 homes were good – 6 nursing homes and 5 residential homes.').filter((r) => r === 'numbers/parts-sum'), []);
    // the parts had something done to them: states, not kinds
    assert.deepEqual(rulesOf('By March 60 referrals had been made – 45 accepted and 10 closed.'), []);
    // two kinds after a colon may leave a third unnamed: 12 + 10 = 22 < 30, 55 + 12 = 67 < 108 are not judged
    assert.deepEqual(rulesOf('The home had 30 staff: 12 nurses and 10 carers.').filter((r) => r === 'numbers/parts-sum'), []);
    assert.deepEqual(rulesOf('We inspected 108 services: 55 good and 12 outstanding.').filter((r) => r === 'numbers/parts-sum'), []);
    // two sources may leave a third out: 45 + 10 = 55 < 60 is not judged
    assert.deepEqual(rulesOf('By March 60 referrals had been made – 45 from schools and 10 from parents.'), []);
  });
});

describe("'less' before an adverb in a breakdown between dashes: '– 2,065 in interviews and 611 less formally –' (relations/bracket-breakdown.ts NOT_A_SPLIT)", () => {
  it('reads the manner as the name of a kind', () => {
    // 1,204 + 390 = 1,594, not 1,549
    assert.deepEqual(rulesOf('Inspectors spoke with 1,549 residents – 1,204 in formal interviews and 390 less formally – and with 85 relatives.'), ['numbers/parts-sum']);
    // 1,204 + 345 = 1,549
    assert.equal(sums('Inspectors spoke with 1,549 residents – 1,204 in formal interviews and 345 less formally – and with 85 relatives.')[0]?.verdict, 'ok');
  });
  it("trap: 'less than' before a figure is still a hedge", () => {
    assert.deepEqual(rulesOf('Inspectors spoke with 1,549 residents – 1,204 in formal interviews and less than 390 informally – and with 85 relatives.'), []);
  });
});

describe("a total in a sentence of its own after its parts: '… A further 120 …. In all, 410 complaints were received.' (relations/closing-total.ts)", () => {
  it('judges the total against every count of the paragraph before it', () => {
    // 300 + 120 = 420, not 410
    assert.deepEqual(rulesOf('We received 300 complaints in the spring. A further 120 came in over the summer. In all, 410 complaints were received.'), ['numbers/parts-sum']);
    // 300 + 120 = 420
    assert.equal(sums('We received 300 complaints in the spring. A further 120 came in over the summer. In all, 420 complaints were received.')[0]?.verdict, 'ok');
    // 40 + 25 = 65, not 66
    assert.deepEqual(rulesOf('We inspected 40 homes in May and 25 in June. Altogether, 66 homes were inspected.'), ['numbers/parts-sum']);
    // 210 + 95 + 60 = 365, not 356
    assert.deepEqual(rulesOf('The first term brought 210 referrals. The second and third brought 95 and 60. Taken together, that came to 356 referrals.'), ['numbers/parts-sum']);
  });
  it("reads a chain of additions ('A further 250 …') closed by a total of a wider noun", () => {
    // 600 + 250 = 850, not 840
    assert.deepEqual(rulesOf('The sample was 600 parents. A further 250 had a child in childcare. That gave 840 respondents in all.'), ['numbers/parts-sum']);
    // 600 + 240 = 840
    assert.equal(sums('The sample was 600 parents. A further 240 had a child in childcare. That gave 840 respondents in all.')[0]?.verdict, 'ok');
    // trap: two counts in the first sentence, '40 schools' is another group
    assert.deepEqual(rulesOf('We surveyed 1,000 parents at 40 schools. A further 111 had a child in childcare. That gave 1,121 respondents in all.'), []);
  });
  it("traps: another group before, a subset, a hedge, a miss as large as a part", () => {
    // '120 schools' is no part of the requests
    assert.deepEqual(rulesOf('The council has 120 schools. Last year they made 300 requests. In all, 400 requests were received.'), []);
    assert.deepEqual(rulesOf('We inspected 40 homes. Of these, 12 were good. In all, 50 homes were rated.'), []);
    assert.deepEqual(rulesOf('About 300 complaints came in during the spring. A further 120 came in over the summer. In all, 410 complaints were received.'), []);
    assert.deepEqual(rulesOf('We received 300 complaints in the spring. A further 120 came in over the summer, 40 of them about noise. In all, 410 complaints were received.'), []);
    // 350 + 300 + 120 = 770 against 400: the 350 may be another year's count
    assert.deepEqual(rulesOf('We received 350 complaints in 2022. In 2023, 300 were about noise and 120 about parking. In all, 400 complaints were received in 2023.'), []);
  });
});
