/**
 * Precision round r1 (2026-12-07, third session): false-alarm forms found by running the checker on trap passages
 * written for the purpose (correct passages whose figures a checker could misread). Every sentence here is new.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a count that is the object of a part's clause, after the part's bracketed share (relations/common.ts countOfAPart)", () => {
  it("'18 (60%) had a caseload above 50; the remaining 12': the 50 is what each of the 18 has, not another part", () => {
    // 18 + 12 = 30 (the 50 is a caseload, not practitioners)
    assert.deepEqual(rulesOf('Of the 30 practitioners, 18 (60%) had a caseload above 50; the remaining 12 averaged 38 cases each.'), []);
    const c = claimsOf('Of the 30 practitioners, 18 (60%) had a caseload above 50; the remaining 12 averaged 38 cases each.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
    // 20 + 8 = 28: the same with the part's share in brackets and a count of days
    assert.deepEqual(rulesOf('Of the 28 cases, 20 (71%) had waited more than 30 days; the remaining 8 were seen sooner.'), []);
  });
  it('still finds a rest that does not complete the whole', () => {
    // 30 − 18 = 12, not 14
    assert.deepEqual(rulesOf('Of the 30 practitioners, 18 (60%) had a caseload above 50; the remaining 14 averaged 38 cases each.'), ['numbers/complement-mismatch']);
  });
});

describe("'k … against a target / establishment / capacity of n (P%)' (extract/count-percent.ts againstPair)", () => {
  it('reads the bracket after the whole as the pair’s share, not a share of the whole in front of it', () => {
    // 26 / 30 = 86.7% → 87%
    assert.deepEqual(rulesOf('The team had 26 staff in post against an establishment of 30 (87%), and four of the 26 were on long-term sick leave.'), []);
    // 22 / 28 = 78.6% → 79%
    const c = claimsOf('The ward had 22 nurses in post against a funded establishment of 28 (79%), and six of the 22 were newly qualified.').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
    // 41 / 50 = 82%
    assert.deepEqual(rulesOf('The service had completed 41 reviews against a target of 50 (82%), and 12 of the 41 were late.'), []);
  });
  it('trap: a level over its whole, and a share that is the gap, are not judged as a part of the whole', () => {
    // 820 / 640 = 128.1%: a level over its capacity, not 128% of a group of 640
    assert.deepEqual(rulesOf('The prison held 820 men against a certified normal accommodation of 640 (128%), and 312 of them were sharing cells designed for one.'), []);
    // (820 − 640) / 640 = 28.1%: the share over the capacity
    assert.deepEqual(rulesOf('The prison held 820 men against a certified normal accommodation of 640 (28%).'), []);
    // (28 − 22) / 28 = 21.4%: the share vacant
    assert.deepEqual(rulesOf('The ward had 22 nurses in post against a funded establishment of 28 (21%).'), []);
  });
  it("trap: the figure after 'against' set over the one before it", () => {
    // 150 / 120 = 125%: demand over capacity (120 / 150 = 80%)
    assert.deepEqual(rulesOf('The centre has capacity for 120 children against current demand of 150 (125%), and a waiting list of 30.'), []);
    // (150 − 120) / 120 = 25%
    assert.deepEqual(rulesOf('The centre has capacity for 120 children against current demand of 150 (25%).'), []);
  });
  it('still reports a share that neither the pair nor its gap gives', () => {
    // 22 / 28 = 78.6% → 79%, and the gap 6 / 28 = 21.4%: 69% is neither
    assert.deepEqual(rulesOf('The ward had 22 nurses in post against a funded establishment of 28 (69%), and six of the 22 were newly qualified.'), ['numbers/percentage-mismatch']);
  });
});

describe("'P% of the <group> (k)' after a sentence's total, the group a part of it (extract/percent-count.ts namesSubgroup, extract/of-these.ts)", () => {
  it('leaves a share of a group the total does not name unresolved', () => {
    // 32% of 250 = 80 adults; 55% of 80 = 44 (44 / 250 would be 17.6%)
    assert.deepEqual(rulesOf('Thirty-two per cent of the 250 learners were adults, and 55% of the adults (44) were studying part-time.'), []);
    // 60% of 200 = 120 nurses; 40% of 120 = 48
    assert.deepEqual(rulesOf('Sixty per cent of the 200 staff were registered nurses, and 40% of the nurses (48) were employed through the bank.'), []);
  });
  it("trap: the total's noun with a modifier before it, or after a share of the total, may name a part", () => {
    // 3/4 of 80 = 60 private homes; 20% of 60 = 12
    assert.deepEqual(rulesOf('Three quarters of the 80 homes were privately run, and 20% of the private homes (12) had breached a staffing regulation.'), []);
    // 25% of 400 = 100 calls; 30% of 100 = 30
    assert.deepEqual(rulesOf('Of the 400 calls sampled, 25% were about antisocial behaviour, and in 30% of those calls (30) the caller was not updated.'), []);
  });
  it('still judges a share of the group the total counts', () => {
    // 44 / 250 = 17.6% → 18%, not 55%
    assert.deepEqual(rulesOf('The college had 250 learners, and 55% of the learners (44) were studying part-time.'), ['numbers/percentage-mismatch']);
    // 44 / 250 = 17.6% → 18%
    const c = claimsOf('The college had 250 learners, and 18% of the learners (44) were studying part-time.').find((x) => x.kind === 'percent-count');
    assert.equal(c?.verdict, 'ok');
    // 30 / 400 = 7.5% → 8%, not 30%: no share of the calls stands between
    assert.deepEqual(rulesOf('We sampled 400 calls. In 30% of these calls (30) the caller was not updated.'), ['numbers/percentage-mismatch']);
  });
});

describe("'P% of all <group> (k of n)': 'all' after a share and 'of' names the group, not a share (extract/quantifier.ts)", () => {
  it('does not judge the word as the quantifier all', () => {
    // 141 / 486 = 29.0% → 29%: the share is the percentage's, 'all detainees' its group
    assert.deepEqual(rulesOf('Twenty-nine per cent of all detainees (141 of 486) said they had felt depressed or suicidal on arrival.'), []);
    const c = claimsOf('Twenty-nine per cent of all detainees (141 of 486) said they had felt depressed or suicidal on arrival.');
    assert.ok(!c.some((x) => x.kind === 'quantifier'), JSON.stringify(c.map((x) => [x.kind, x.verdict])));
  });
  it('still judges the percentage on the pair, and a quantifier that opens the phrase', () => {
    // 141 / 486 = 29.0% → 29%, not 20%
    assert.deepEqual(rulesOf('Twenty per cent of all detainees (141 of 486) said they had felt depressed or suicidal on arrival.'), ['numbers/percentage-mismatch']);
    // 'Almost all' [85%, 100%] against 29.0%
    assert.deepEqual(rulesOf('Almost all detainees (141 of 486) said they had felt depressed or suicidal on arrival.'), ['numbers/quantifier-mismatch']);
  });
});

describe("'A quarter of the 240 pupils …, and 40% of those pupils (24)': a share of the total before it makes 'those' its part (extract/reading.ts shareOfPopBefore)", () => {
  it("leaves 'P% of those …' unresolved after a share written before the total it is of", () => {
    // a quarter of 240 = 60 pupils with needs; 40% of 60 = 24
    assert.deepEqual(rulesOf('A quarter of the 240 pupils had special educational needs, and 40% of those pupils (24) had an education, health and care plan.'), []);
    // a quarter of 30 = 7.5: 45% of those is no share of the 30
    assert.deepEqual(rulesOf('A quarter of the 30 pupils had special educational needs, and 45% of those pupils had a plan.'), []);
    // 40% of 300 = 120 lone parents; 25% of 120 = 30
    assert.deepEqual(rulesOf('Forty per cent of the 300 families were lone-parent households, and 25% of the lone parents (30) were in work.'), []);
  });
  it('still judges the share when the sentence gives no share of the total before it', () => {
    // 45% of 30: 13 / 30 = 43.3%, 14 / 30 = 46.7%
    assert.deepEqual(rulesOf('We taught 30 pupils, and 45% of those pupils had a plan.'), ['numbers/no-whole-count']);
  });
});

describe("'Of the N …, P% of those on licence (k)': a share's own 'of' phrase naming another group than the frame's (extract/shared.ts ofOtherGroup; total-first.ts, percent-count.ts)", () => {
  it('leaves the share of a named part unresolved', () => {
    // 48% of 750 on licence = 360 (360 / 1,500 would be 24%)
    assert.deepEqual(rulesOf('Of the 1,500 people supervised, 48% of those on licence (360) had been recalled at least once.'), []);
    // 35% of 200 women = 70 (70 / 420 would be 16.7%): 'women' is a part of the 'people', not another word for them
    assert.deepEqual(rulesOf('There were 420 people in the sample; 35% of the women in the sample (70) had a caring role.'), []);
  });
  it("trap: a record named by another word for the total's noun is still the total", () => {
    // 36 / 80 = 45%, 'files' for 'cases'
    const c = claimsOf('Of the 80 cases, 45% of the files (36) held a signed plan.');
    assert.ok(c.some((x) => x.verdict === 'ok'), JSON.stringify(c.map((x) => [x.kind, x.verdict, x.arithmetic])));
  });
  it("still judges a share whose 'of' phrase names the frame's own group", () => {
    // 36 / 80 = 45%, not 60% (nor is the rest, 44 / 80 = 55%)
    assert.deepEqual(rulesOf('Of the 80 cases, 60% of the cases (36) held a signed plan.'), ['numbers/percentage-mismatch']);
  });
});

describe("'P% of the <total's noun> <narrowing phrase> (k)': the noun narrowed after it names a part (extract/shared.ts ofOtherGroup)", () => {
  it('leaves the share unresolved', () => {
    // 20% of 30 records for new starters = 6 (6 / 90 would be 6.7%)
    assert.deepEqual(rulesOf('We sampled 90 records; 20% of the records for new starters (6) lacked a start date.'), []);
    // 41% of 400 officers on neighbourhood teams = 164
    assert.deepEqual(rulesOf('The force had 2,300 officers; 41% of the officers on neighbourhood teams (164) had been moved to response duties at least once.'), []);
  });
  it('still judges the share of the noun alone, or with a verb after it', () => {
    // 6 / 90 = 6.7% → 7%, not 20%
    assert.deepEqual(rulesOf('We sampled 90 records; 20% of the records (6) lacked a start date.'), ['numbers/percentage-mismatch']);
    // 6 / 90 = 6.7% → 7%
    const c = claimsOf('We sampled 90 records; 7% of the records (6) lacked a start date.').find((x) => x.kind === 'percent-count');
    assert.equal(c?.verdict, 'ok');
  });
});

describe("'P% (k) of the <group>' after a share of the total made that group (extract/percent-count.ts percentCount)", () => {
  it('leaves the share unresolved when the group after the bracket is a part of the total', () => {
    // 60% of 80 = 48 men; 36 / 48 = 75% (36 / 80 would be 45%)
    assert.deepEqual(rulesOf('Of the 80 cases, 60% were men, and 75% (36) of the men had a plan.'), []);
    // 30% of 400 = 120 nurses; 48 / 120 = 40%
    assert.deepEqual(rulesOf('Of the 400 staff, 30% were nurses, and 40% (48) of the nurses were from overseas.'), []);
  });
  it('still judges the share of the total itself', () => {
    // 36 / 80 = 45%, not 75%
    assert.deepEqual(rulesOf('We read 80 cases, and 75% (36) of the cases had a plan.'), ['numbers/percentage-mismatch']);
  });
});
