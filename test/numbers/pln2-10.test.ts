/**
 * Plain shares and counts, round 10 (helper pln2, issue 9 families 1–3): 'k NOUN PHRASE out of the n … (P%)',
 * a 'k (P%)' opening the clause after a counted group (';', ', and'), and 'of those …' after a group and a part
 * of it, which may mean either. Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const judged = (finding: string, kind?: string) => claimsOf(finding).filter((c) => c.verdict !== 'unchecked' && (!kind || c.kind === kind));

describe('pln2-10: a noun phrase of several words before "out of" (count-of.ts NOUN_OUT_OF)', () => {
  it('reads the pair and judges its bracketed share', () => {
    // 9/50 = 18%, not 22%
    assert.deepEqual(rulesOf('Gaps were found in nine medication records out of the 50 reviewed by inspectors (22%).'), ['numbers/percentage-mismatch']);
    // 14/40 = 35%
    assert.deepEqual(rulesOf('Staff had signed 14 daily handover sheets out of the 40 we sampled (35%).'), []);
    assert.ok(judged('Staff had signed 14 daily handover sheets out of the 40 we sampled (35%).').some((c) => c.verdict === 'ok' && /14 daily/.test(c.sentence?.text ?? '')));
  });
  it('does not read a verb or a participle before "out of" as the pair’s noun', () => {
    // '15 prisoners moved out of the 120 places': no pair of 15 of 120
    assert.deepEqual(rulesOf('In the last month 15 prisoners moved out of the 120 places on the unit (20%).'), []);
    assert.deepEqual(rulesOf('Over the year 6 children were taken out of the 30 places at the home (25%).'), []);
  });
});

describe('pln2-10: a share opening the clause after a counted group (count-percent.ts clauseWhole)', () => {
  it('judges k (P%) after a semicolon or ", and" against the one group counted before', () => {
    // 96/1200 = 8%, not 7%
    assert.deepEqual(rulesOf('Officers stopped 1,200 people under section 60 powers; 96 (7%) were arrested.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Officers stopped 1,200 people, and 96 (7%) were arrested.'), ['numbers/percentage-mismatch']);
    // 30/120 = 25%
    assert.deepEqual(rulesOf('The prison released 120 men in 2023; 30 (25%) had nowhere to live.'), []);
    assert.ok(judged('The prison released 120 men in 2023; 30 (25%) had nowhere to live.', 'count-percent').some((c) => c.verdict === 'ok' && c.operands.some((o) => o.role === 'n' && o.value === 120)));
  });
  it('leaves it when the share names another group, another base, or the sentence counts two groups', () => {
    // 'patients' are not the beds
    assert.deepEqual(rulesOf('The trust had 1,200 beds; 96 (7%) patients were delayed in leaving.'), []);
    // 'of the staff' names another base
    assert.deepEqual(rulesOf('The home had 40 residents; 12 (20%) of the staff were agency workers.'), []);
    // two groups before: 13/30 = 43% fits the residents, not the staff (13/48 = 27%)
    assert.deepEqual(rulesOf('We interviewed 48 staff and 30 residents; 13 (43%) said they felt rushed.'), []);
    // a hedged group is no exact whole
    assert.deepEqual(rulesOf('Officers stopped about 1,200 people; 96 (7%) were arrested.'), []);
  });
  it('passes over a later count of other things smaller than the part, which cannot be its whole', () => {
    // 160/640 = 25%, not 30%; 160 cannot be a share of the four houseblocks
    assert.deepEqual(rulesOf('The prison held 640 men in four houseblocks; 160 (30%) were serving sentences of more than 10 years.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The prison held 640 men in four houseblocks; 160 (25%) were serving sentences of more than 10 years.'), []);
    // 200 staff is no smaller than the part: either may be the whole (160/200 = 80%)
    assert.deepEqual(rulesOf('The prison held 640 men and 200 staff; 160 (30%) were new.'), []);
  });
  it('reads a verb after the bracket as no noun, and a time that is no token as no count', () => {
    // 12/48 = 25%, not 29%
    assert.deepEqual(rulesOf('The 2019 cohort had 48 pupils; 12 (29%) achieved grade 7 or above.'), ['numbers/percentage-mismatch']);
    // 9/45 = 20%, not 24%
    assert.deepEqual(rulesOf('Officers attended 45 incidents between 10pm and 2am, and 9 (24%) involved a weapon.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Officers attended 45 incidents between 10pm and 2am, and 9 (20%) involved a weapon.'), []);
  });
});

describe('pln2-10: "k (P%) of whom" and "k of whom (P%)" (count-percent.ts whomWhole)', () => {
  it('judges the share against the group the comma before the part closes', () => {
    // 30/120 = 25%, not 29%
    assert.deepEqual(rulesOf('The wing held 120 men, 30 (29%) of whom were on remand.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The wing held 120 men, 30 of whom (29%) were on remand.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The wing held 120 men, 30 (25%) of whom were on remand.'), []);
  });
  it('leaves it when the group is hedged or two groups stand before', () => {
    assert.deepEqual(rulesOf('The service supported about 120 families, 30 (29%) of whom had a child under five.'), []);
    assert.deepEqual(rulesOf('The service supported 120 families and 40 carers, 30 (29%) of whom had a child under five.'), []);
  });
});

describe('pln2-10: a later sibling after an age or a duration (count-percent.ts siblingTotal)', () => {
  it('leaves the second share unjudged across an age or a duration: it may be of another group', () => {
    // Taking the first part's total across an age or a duration raised false alarms on untuned passages.
    const cs = claimsOf('Of the 80 prisoners, 20 (25%) were aged over 50 and 12 (19%) were over 60.');
    assert.ok(!cs.some((c) => c.verdict === 'inconsistent' && c.operands.some((o) => o.raw === '12')), JSON.stringify(cs.map((c) => c.arithmetic)));
    // the first share is still judged against the frame
    assert.deepEqual(rulesOf('Of the 80 prisoners, 24 (25%) were aged over 50 and 12 (15%) were over 60.'), ['numbers/percentage-mismatch']);
  });
});

describe('pln2-10: a count inside the noun phrase of an "out of" pair (count-percent.ts pairFits)', () => {
  it('does not read "the two inspectors (23%)" as a share of its own when the pair fits', () => {
    // 9/40 = 22.5% -> 23%; 'two (23%)' has no whole of its own
    assert.deepEqual(rulesOf('In 9 out of 40 visits made by the two inspectors (23%), the manager was absent.'), []);
    assert.deepEqual(rulesOf('In 9 of the 40 visits made by the two inspectors (23%), the manager was absent.'), []);
  });
});

describe('pln2-10: "of those …" after a group and a part of it (quantifier-distant.ts groupBefore)', () => {
  it('does not judge a ratio of "those recalled" against the whole when a part stands between', () => {
    // 12/36 = one in three; 12/48 = 25% would be a false alarm
    assert.deepEqual(rulesOf('Of the 48 people on licence, 36 had been recalled at least once, and one in three of those recalled (12) had been recalled twice.'), []);
  });
  it('still judges "of them" against the one group counted before', () => {
    // 24/60 = 40%, not one in four
    assert.deepEqual(rulesOf('We read 60 case files, and one in four of them had no signed consent form (24).'), ['numbers/fraction-mismatch']);
  });
});
