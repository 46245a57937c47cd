/**
 * Helper rst2 (issue 9, families 14 and 10): a labelled summary sentence inside a finding ('Summary:', 'Key
 * finding:', 'At a glance:', 'In brief:') restating a figure of the finding beside it (restate-local.ts
 * `labelledSummaries`). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const restated = (text: string) => claimsOf(text).filter((c) => c.kind === 'restatement');

describe('a labelled summary restating the finding beside it (restate-local.ts labelledSummaries)', () => {
  it('confirms a summary share that the finding gives as a count pair and a percentage', () => {
    // 22/40 = 55%
    const cs = restated('Summary: a sufficient review of the sentence plan was completed in 55% of the cases. In the detail, 22 of the 40 cases had a sufficient review of the sentence plan (55%).');
    assert.equal(cs.length, 1, JSON.stringify(cs.map((c) => c.arithmetic)));
    assert.equal(cs[0]!.verdict, 'ok');
    // the finding's count and share are both related to the summary's figure
    assert.ok((cs[0]!.sources ?? []).length >= 2);
  });
  it('reports a summary share that differs from the finding', () => {
    // 22/40 = 55%, not 65%
    assert.deepEqual(rulesOf('Summary: a sufficient review of the sentence plan was completed in 65% of the cases. In the detail, 22 of the 40 cases had a sufficient review of the sentence plan (55%).'), ['conclusion/restated-figure']);
  });
  it('reads a fraction of the same whole before the finding, and a summary ratio', () => {
    // 18/24 = three quarters
    assert.deepEqual(rulesOf('At a glance: fire risk assessments were up to date in three quarters of the 24 homes we visited. Finding: 18 of the 24 homes (75%) had an up-to-date fire risk assessment.'), []);
    // two thirds of 24 is 16, not 18
    assert.deepEqual(rulesOf('At a glance: fire risk assessments were up to date in two thirds of the 24 homes we visited. Finding: 18 of the 24 homes (75%) had an up-to-date fire risk assessment.'), ['conclusion/restated-figure']);
    // 8 in 10 against 131/164 = 79.9%
    assert.deepEqual(rulesOf('Key finding: eight in 10 residents told us they liked the food. In our survey, 131 of the 164 residents who replied (80%) said they liked the food.'), []);
    assert.deepEqual(rulesOf('Key finding: six in 10 residents told us they liked the food. In our survey, 131 of the 164 residents who replied (80%) said they liked the food.'), ['conclusion/restated-figure']);
  });
  it('reads a hedged fraction word', () => {
    // 33/64 = 51.6%: just over half
    assert.deepEqual(rulesOf('In brief: just over half of the learners had a work placement arranged. Of the 64 learners whose files we read, 33 had a work placement arranged (52%).'), []);
    assert.deepEqual(rulesOf('In brief: just over a third of the learners had a work placement arranged. Of the 64 learners whose files we read, 33 had a work placement arranged (52%).'), ['conclusion/restated-figure']);
  });
  it('trap: a summary of another measure, sharing only a generic word or the staff counted, restates nothing', () => {
    assert.deepEqual(rulesOf('Summary: 37% of staff had completed first aid training. Across the home, 41% of the 61 care staff had completed their fire safety refresher.'), []);
    assert.deepEqual(restated('Summary: visits were made within ten days in 30% of the cases. Home visits had been carried out in 45% of the domestic abuse cases, and unpaid work began within ten days in 62% of them.').filter((c) => c.verdict !== 'ok'), []);
  });
  it("trap: the finding's comparator or another year is no finding the summary restates", () => {
    assert.deepEqual(rulesOf('Overall: 91% of calls were answered within ten seconds at our last inspection. We listened to 400 calls; 348 of them were answered within ten seconds (87%), down from 91% at our last inspection.'), []);
    assert.deepEqual(rulesOf('Summary: 14% of pupils were persistently absent in 2023. In 2024, 17% of pupils were persistently absent, up from 14% the year before.'), []);
  });
  it('trap: a summary that may sum two findings of the same words is left alone', () => {
    assert.deepEqual(rulesOf('Summary: a sufficient plan was in place in 58% of the cases. In the North, 12 of the 20 cases had a sufficient plan (60%). In the South, 11 of the 20 cases had a sufficient plan (55%).'), []);
  });
  it('reads a share word that opens a summary of no figure of its own', () => {
    // 27/35 = 77%: most
    const ok = restated('Summary: most carers said the service kept them informed. In our survey of unpaid carers, 27 of the 35 who replied (77%) said the service kept them informed.');
    assert.equal(ok.length, 1, JSON.stringify(ok.map((c) => c.arithmetic)));
    assert.equal(ok[0]!.verdict, 'ok');
    assert.deepEqual(rulesOf('Summary: a minority of carers said the service kept them informed. In our survey of unpaid carers, 27 of the 35 who replied (77%) said the service kept them informed.'), ['conclusion/restated-figure']);
    // a duration in the summary's sentence ('within 20 working days') is no figure of its own: 58/90 = 64% is most
    assert.deepEqual(rulesOf('Summary: most complaints were answered within 20 working days. Of the 90 complaints, 58 were answered within 20 working days (64%).'), []);
  });
  it('trap: a share word of another measure, or of them, restates nothing', () => {
    assert.deepEqual(rulesOf('Summary: few carers said they had been offered a break. In our survey of unpaid carers, 27 of the 35 who replied (77%) said the service kept them informed.'), []);
    assert.deepEqual(rulesOf('Summary: most of them said the service kept them informed. Of the 35 carers who replied, 9 said the service kept them informed on time (26%).'), []);
  });
});


describe('a share word a clause away from its count (relations/quantifier-distant.ts)', () => {
  it("reads a share word in apposition closing the sentence, of the frame's whole", () => {
    // 19/23 = 83%: a majority; not almost all
    const ok = claimsOf('Of the 23 youth offending services inspected this year, leadership was good or better in 19 – a majority.');
    assert.ok(ok.some((c) => c.verdict === 'ok' && c.operands.some((o) => o.raw === '19') && c.operands.some((o) => o.raw === '23')), JSON.stringify(ok.map((c) => c.arithmetic)));
    assert.deepEqual(rulesOf('Of the 23 youth offending services inspected this year, leadership was good or better in 12 – almost all.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: no frame, or another count in the sentence, leaves the trailing share word alone', () => {
    assert.deepEqual(rulesOf('Leadership was good or better in 12 of the services – almost all.'), []);
    assert.deepEqual(rulesOf('Of the 23 services inspected, 4 were new and leadership was good or better in 12 – almost all.'), []);
  });
  it("reads a share word with its noun and a count pair in apposition: 'nearly all learners, 40 of the 42 on the course,'", () => {
    const ok = claimsOf('In the sessions we observed, nearly all learners, 40 of the 42 on the course, used the equipment safely.');
    assert.ok(ok.some((c) => c.kind !== 'count-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '40')), JSON.stringify(ok.map((c) => c.arithmetic)));
    assert.deepEqual(rulesOf('In the sessions we observed, nearly all learners, 30 of the 42 on the course, used the equipment safely.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: a pair of another noun is no count of the share word', () => {
    assert.deepEqual(rulesOf('In the sessions we observed, nearly all learners, 30 of the 42 sessions in the week, used the equipment safely.'), []);
  });
  it("reads 'a large majority of them – in total 11, …' against the group counted before", () => {
    // 11/25 = 44%: no majority
    assert.deepEqual(rulesOf('We spoke to 25 women held on the mother and baby unit. A large majority of them – in total 11, several of whom were pregnant – said that staff were kind.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('We spoke to 25 women held on the mother and baby unit. A large majority of them – in total 21, several of whom were pregnant – said that staff were kind.'), []);
  });
});

describe("a share word opening a clause after a semicolon, its share closing it with the year before (extract/quantifier.ts closingShare)", () => {
  it("reads '(91% in 2024, up from 86% in 2023)' as the clause's share", () => {
    assert.deepEqual(rulesOf('Communication improved; the great majority said staff explained their treatment clearly (91% in 2024, up from 86% in 2023).'), []);
    assert.deepEqual(rulesOf('Communication improved; the great majority said staff explained their treatment clearly (61% in 2024, up from 56% in 2023).'), ['numbers/quantifier-mismatch']);
  });
  it("trap: a bracket of a year alone may be the earlier figure", () => {
    assert.deepEqual(rulesOf('Communication improved; the great majority said staff explained their treatment clearly (61% in 2023).'), []);
  });
});

describe('labelled summaries and trailing share words, after probe set B', () => {
  it("confirms a summary against a finding opened by a frame ('Across the trust,'), and only confirms", () => {
    // 7 in 10 against 84/120 = 70%
    const ok = restated('Key finding: seven in 10 nurses had completed sepsis training. Across the trust, 84 of the 120 nurses (70%) had completed sepsis training this year.');
    assert.equal(ok.length, 1, JSON.stringify(ok.map((c) => c.arithmetic)));
    assert.equal(ok[0]!.verdict, 'ok');
    // the frame may name a part of the whole the summary is of: no difference is said
    assert.deepEqual(rulesOf('Key finding: nine in 10 nurses had completed sepsis training. Across the trust, 84 of the 120 nurses (70%) had completed sepsis training this year.'), []);
  });
  it("reads 'in 50 – most of them.' closing the sentence, of the frame's whole", () => {
    assert.deepEqual(rulesOf('Of the 64 referrals we examined, a decision was made within one working day in 50 – most of them.'), []);
    assert.deepEqual(rulesOf('Of the 64 referrals we examined, a decision was made within one working day in 20 – most of them.'), ['numbers/quantifier-mismatch']);
  });
});
