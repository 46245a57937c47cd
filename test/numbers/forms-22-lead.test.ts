/**
 * Forms from the false alarms of round z-'s first run (development part), 2026-12-07, third session; sentences
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'of those …' names the group of the sentence before only when its words are said of that group (apposition.ts)", () => {
  it('leaves a share of those living there unresolved when another count of the sentence before lives there', () => {
    // 12 / 60 = 20% is not a quarter, but 'those living there' are the 47: 12 / 47 = 25.5%
    const text = 'The unit has places for 80 patients and 52 were staying there when we visited. We read the notes of 13 patients – a quarter of those staying there – and care plans were current in ten of them.';
    assert.deepEqual(rulesOf(text), []);
    const c = claimsOf(text).find((x) => x.kind === 'fraction');
    assert.ok(!c || c.verdict !== 'inconsistent');
  });
  it('still reads the group when the words are said of it', () => {
    // 'those we sampled' are the 48 sampled: 10 / 48 = 20.8%, not a third
    assert.deepEqual(rulesOf('We sampled 48 pupils. Of the pupils, 10 – a third of those we sampled – had an attendance plan.'), ['numbers/fraction-mismatch']);
    // 12 / 48 = 25%: a quarter
    const c = claimsOf('We sampled 48 children at the home. We found that 12 children – a quarter of those sampled – had no plan.').find((x) => x.kind === 'fraction');
    assert.ok(!c || c.verdict !== 'inconsistent');
  });
});

describe("a multiple that gives its new level first ('doubled to 5,600') takes the next figure as its old level only when it is said to be (multiple.ts)", () => {
  it('reads two new levels of two clauses as no pair', () => {
    // 5,600 and 1,900 are the new levels of two quantities: no ratio between them is claimed
    assert.deepEqual(rulesOf('Full searches have doubled to 4,200 and the most intrusive have trebled to 1,350.'), []);
    assert.deepEqual(rulesOf('Referrals to the panel doubled to 310 while urgent referrals halved to 45.'), []);
  });
  it('still judges the old level when it is named', () => {
    // 4,200 / 2,100 = 2
    assert.equal(claimsOf('Full searches have doubled to 4,200, from 2,100 the year before.').find((c) => c.kind === 'multiple')?.verdict, 'ok');
    // 4,200 / 1,500 = 2.8, not about 2
    assert.deepEqual(rulesOf('Full searches have doubled to 4,200, from 1,500 the year before.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('Full searches have doubled from 1,500 to 4,200.'), ['numbers/change-mismatch']);
  });
});

describe("a ratio that opens a clause of its own is that clause's subject, not a restatement of the pair before it (ratio.ts)", () => {
  it('does not judge the ratio on the pair of the clause before', () => {
    // 'two in five' had a risk assessment: another predicate; 58 / 120 = 48% says nothing about it
    assert.deepEqual(rulesOf('Of the reports we read, 58 of the 120 had a clear summary, two in five had an action plan.'), []);
    assert.deepEqual(rulesOf('We found that 31 of the 80 homes had a fire drill log, one in ten homes had no log at all.'), []);
  });
  it('still judges a ratio set off after the pair', () => {
    // 58 / 120 = 48.3%, not almost two in five (below 40%)
    assert.deepEqual(rulesOf('58 of the 120 reports had a clear summary – almost two in five.'), ['numbers/fraction-mismatch']);
    // 18 / 24 = 75%: three in four
    const c = claimsOf('18 of the 24 exclusions – three in four – were for persistent disruption.').find((x) => x.kind === 'ratio' && x.verdict !== 'unchecked');
    assert.equal(c?.verdict, 'ok');
  });
});

describe("a number after a label word and a colon, with a noun of people after it, is a count ('the question: 104 people …'; quantities.ts)", () => {
  it('reads the answer count as a whole', () => {
    // 61 / 118 = 51.7%: just over half, 52%
    const text = 'Some skipped a question: 118 parents answered the one about homework, and just over half of them (61, or 52%) said it was set regularly.';
    assert.equal(claimsOf(text).find((c) => c.kind === 'percent-of')?.verdict, 'ok');
    // 61 / 118 = 51.7%, not 58%
    assert.deepEqual(rulesOf('Some skipped a question: 118 parents answered the one about homework, and just over half of them (61, or 58%) said it was set regularly.'), ['numbers/percentage-mismatch']);
  });
  it('keeps a label with a colon a label', () => {
    assert.deepEqual(rulesOf('Question: 4 asked about bullying, and 30 of the 40 pupils said it was dealt with well.'), []);
  });
});
