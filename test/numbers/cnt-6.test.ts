/**
 * Helper cnt, round 6: count pairs with no share, a share closing its pair's clause, a whole before a
 * colon, and numbers that are no counts. Sentences written for these tests (inspectorates and nouns
 * varied); the arithmetic is worked by hand in the comments. A reading that cannot be sure is never
 * reported: a misfit leaves no claim, or an unchecked one.
 */
import assert from 'node:assert/strict';
import { tokensOf } from '../../server/src/core/numbers/scan.js';
import { claimsOf, rulesOf } from './helpers.js';

/** [verdict, total] of every count-of claim whose count is written `k`. */
const partOf = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'count-of' && c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);
/** [verdict, k, n] of every judged share claim with the percentage `p`. */
const shareOf = (finding: string, p: string) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'p' && o.raw === p) && c.operands.some((o) => o.role === 'n'))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'k')?.raw, c.operands.find((o) => o.role === 'n')?.raw]);
/** The type of the first number token written `raw`. */
const typeOf = (text: string, raw: string) => tokensOf(text).find((t) => t.kind === 'num' && t.raw === raw)?.type;

describe("numbers cnt-6: 'k out of our n', 'k of the country's n'", () => {
  it('a possessive whole is read, and judged when it fits', () => {
    // 10 ≤ 14.
    assert.deepEqual(partOf('Although 10 out of our 14 services were rated good, the trust as a whole required improvement.', '10'), [['ok', '14']]);
    // 7 ≤ 195; 12 ≤ 22.
    assert.deepEqual(partOf("Seven of the country's 195 secondary schools are in special measures.", 'Seven'), [['ok', '195']]);
    assert.deepEqual(partOf("Only 12 out of Wales's 22 councils met the target.", '12'), [['ok', '22']]);
  });
  it('trap: a larger count of something done to the whole is not reported', () => {
    // 40 > 34, but an inspection of one home may be counted more than once.
    const s = 'The regulator completed 40 inspections of its 34 homes.';
    assert.deepEqual(rulesOf(s), []);
  });
});

describe("numbers cnt-6: a frame of a rest, 'Of the remaining 24, nine …'", () => {
  it('its counts are parts of it', () => {
    // 9 ≤ 24; 11 ≤ 30.
    assert.deepEqual(partOf('Of the remaining 24, nine were placed under review.', 'nine'), [['ok', '24']]);
    assert.deepEqual(partOf('Among the other 30 prisons, 11 had a drug-free wing.', '11'), [['ok', '30']]);
  });
  it('a first count larger than the rest is reported', () => {
    // 31 > 24.
    assert.deepEqual(rulesOf('Of the remaining 24 homes, 31 were rated good.'), ['numbers/impossible']);
  });
});

describe("numbers cnt-6: 'and in 10 of those centres'", () => {
  it('a partitive after a preposition takes the group just named', () => {
    // 10 ≤ 20.
    assert.deepEqual(partOf('Twenty of them concern homes run by the council, and in 10 of those homes the fire checks were late.', '10'), [['ok', 'Twenty']]);
  });
});

describe('numbers cnt-6: a list inside the noun phrase before the bracket', () => {
  it("'23/64 education, health and care plans (36%)'", () => {
    // 23/64 = 35.94% -> 36%: consistent; 38% is not.
    assert.deepEqual(shareOf('Only 23/64 education, health and care plans (36%) were issued on time.', '36%'), [['ok', '23', '64']]);
    assert.deepEqual(rulesOf('Only 23/64 education, health and care plans (38%) were issued on time.'), ['numbers/percentage-mismatch']);
    // 9/20 = 45%.
    assert.deepEqual(shareOf('The landlord had completed 9 of the 20 gas, water and electricity checks (45%).', '45%'), [['ok', '9', '20']]);
  });
  it('trap: a comma that opens a clause still ends the gap', () => {
    // '14 of the 30 cases, the plan was reviewed and updated (40%)': the bracket is not read as the pair's share.
    assert.deepEqual(shareOf('In 14 of the 30 cases, the plan was reviewed and updated (40%).', '40%'), []);
  });
});

describe('numbers cnt-6: a share closing its pair’s clause', () => {
  it("'…; that is, 47 per cent.' and '– 47%.'", () => {
    // 14/30 = 46.67% -> 47%.
    assert.deepEqual(shareOf('A plan was in place in 14 of the 30 cases; that is, 47 per cent.', '47 per cent'), [['ok', '14', '30']]);
    assert.deepEqual(shareOf('Only 14 of the 30 homes had a fire plan – 47%.', '47%'), [['ok', '14', '30']]);
  });
  it('a wrong share is reported', () => {
    // 21/56 = 37.5% -> 38% (or 37%), not 41%.
    assert.deepEqual(rulesOf('Inspectors found that 21 of the 56 schools had improved, 41 per cent.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a share with words after it, or after a comparison, is of something else', () => {
    assert.deepEqual(rulesOf('Only 14 of the 30 wards were fully staffed, 40% more than last year.'), []);
    assert.deepEqual(rulesOf('Inspectors found 14 of the 30 cases had a plan, compared with 40% nationally.'), []);
    assert.deepEqual(rulesOf('Just 14 of the 30 prisons had a plan; 40% had none.'), []);
  });
});

describe('numbers cnt-6: the one count before a colon is the whole of the first k (P%) after it', () => {
  it("'We reviewed 60 cases: 45 (75%) had …'", () => {
    // 45/60 = 75%.
    assert.deepEqual(shareOf('We reviewed 60 cases: 45 (75%) had a sentence plan.', '75%'), [['ok', '45', '60']]);
    // 45/75 = 60%, not 65%.
    assert.deepEqual(rulesOf('The results for the 75 pupils were as follows: 45 (65%) reached the expected standard.'), ['numbers/percentage-mismatch']);
  });
  it("trap: a share of respondents after the bracket is not of the population before the colon", () => {
    // 310/640 = 48%, but the 58% is of those who answered.
    assert.deepEqual(rulesOf('The prison held 640 men at the time: 310 (58%) of respondents said they felt unsafe.'), []);
  });
  it('trap: two counts before the colon leave the whole open', () => {
    assert.deepEqual(rulesOf('The prison held 1,200 men in 12 houseblocks: 400 (25%) were on remand.'), []);
  });
});

describe('numbers cnt-6: a past form with its object is the verb of a frame’s clause', () => {
  it("'Of the 9 practices, 5 offered appointments in the evening'", () => {
    // 5 ≤ 9.
    assert.deepEqual(partOf('Of the 9 practices, 5 offered appointments in the evening.', '5'), [['ok', '9']]);
  });
  it('trap: a past form that is an adjective of another group is not judged when larger', () => {
    // 30 managers of 12 homes: another group.
    assert.deepEqual(rulesOf('Of the 12 homes, 30 registered managers left in the year.'), []);
  });
});

describe('numbers cnt-6: a count of the noun the sentence before counts as a whole', () => {
  it("'three of the 15 boards … 13 boards met the standard'", () => {
    // 13 ≤ 15.
    assert.deepEqual(partOf('Just three of the 15 boards kept to the guarantee. In September, 13 boards met the referral standard.', '13'), [['ok', '15']]);
  });
  it('trap: another time is not read', () => {
    assert.deepEqual(partOf('Of the 40 homes we visited, 12 were good. Last year 35 homes were visited.', '35'), []);
  });
});

describe('numbers cnt-6: a part whose noun is left out after a group counted (sample-part.ts)', () => {
  it('after a semicolon, in the next sentence, after found, after a participle', () => {
    // 19 ≤ 25; 32 ≤ 40; 84 ≤ 120; 6 ≤ 48; 140 ≤ 380.
    assert.deepEqual(partOf('We looked at 25 care records; 19 were up to date.', '19'), [['ok', '25']]);
    assert.deepEqual(partOf('Forty children were referred to the service. 32 were seen within a week.', '32'), [['ok', 'Forty']]);
    assert.deepEqual(partOf('Inspectors examined 120 cases. In 84, the plan addressed the risks.', '84'), [['ok', '120']]);
    assert.deepEqual(partOf('Inspectors sampled 48 staff files and found 6 without a DBS check.', '6'), [['ok', '48']]);
    assert.deepEqual(partOf('The ombudsman received 380 complaints, upholding 140.', '140'), [['ok', '380']]);
  });
  it('a larger count is not read and never reported', () => {
    // 40 > 25: the 40 may be of something else.
    assert.deepEqual(partOf('We looked at 25 care records; 40 were up to date.', '40'), []);
    assert.deepEqual(rulesOf('We looked at 25 care records; 40 were up to date.'), []);
  });
  it('trap: a number held or employed is no group looked at; a count with its verb is a part, not a whole', () => {
    assert.deepEqual(partOf('The team has 12 staff and 10 were in post.', '10'), []);
    // 400 is a part of the 292,350 (a sibling of 53,850), not of the 53,850.
    assert.deepEqual(partOf('At GCSE, 292,350 results were challenged; of those that changed, 53,850 went up and 400 went down.', '400'), [['ok', '292,350']]);
  });
});

describe('numbers cnt-6: numbers that are no counts', () => {
  it('labels in lists, plural labels and numbered days', () => {
    assert.equal(typeOf('Regulations 12 and 17 were breached at both homes.', '17'), 'label');
    assert.equal(typeOf('The home met standards 1, 2 and 3 in full.', '2'), 'label');
    assert.equal(typeOf('Answers to questions 5 and 6 were mixed.', '5'), 'label');
    assert.equal(typeOf('He was released on day 14.', '14'), 'label');
    assert.equal(typeOf('The provider breached Regulation 12(2)(g).', '2'), 'label');
  });
  it('telephone numbers, rate bases and staffing ratios', () => {
    assert.equal(typeOf('Families can call 0300 123 1231 for advice.', '123'), 'phone');
    assert.equal(typeOf('There were 32 incidents per 1,000 prisoners.', '1,000'), 'measure');
    assert.equal(typeOf('Two residents needed 1:1 support at night.', '1'), 'measure');
    assert.equal(typeOf('It kept its 5-star food hygiene rating.', '5'), 'measure');
  });
  it('counts beside them are still counts', () => {
    assert.equal(typeOf('Against Regulation 12, 9 homes were compliant.', '9'), 'count');
    assert.equal(typeOf('Each week 12 were released on temporary licence.', '12'), 'count');
    assert.equal(typeOf('In the week 45 cases were closed.', '45'), 'count');
    assert.equal(typeOf('The clinic opens at 17:00 on Fridays.', '17'), 'time');
  });
  it('trap: a label in a list is no total', () => {
    // Without the list reading, 17 might be taken as a whole of the 12.
    assert.deepEqual(rulesOf('Breaches of Regulations 12 and 17 were found in 20 of the 24 homes.'), []);
  });
});

describe("numbers cnt-6: a sentence opening with 'k of these' takes the group the sentence before counts", () => {
  it('a verb after "these" is no noun of the group', () => {
    // 12 ≤ 52; 30 ≤ 96.
    assert.deepEqual(partOf('We inspected 52 schools. Twelve of these were good.', 'Twelve'), [['ok', '52']]);
    assert.deepEqual(partOf('The service employs 96 care workers. It paid £1,250 in bonuses to 30 of them in 2024.', '30'), [['ok', '96']]);
  });
  it('a larger count opening the sentence, with one group before, is reported', () => {
    // 60 > 52.
    assert.deepEqual(rulesOf('Ofsted inspected 52 nurseries. 60 of these were good.'), ['numbers/impossible']);
  });
  it('trap: two groups before, or "them" after words that may name another group, are not reported', () => {
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. 30 of these were good.'), []);
    assert.deepEqual(rulesOf('The prison held 96 men. Staff said the wings were dirty and 120 of them needed repainting.'), []);
    assert.deepEqual(partOf('We inspected 52 schools. In 12 of these colleges leadership was weak.', '12'), []);
  });
});
