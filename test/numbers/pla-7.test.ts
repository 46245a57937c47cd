/**
 * Plain shares, hedges, apposition and distant quantifiers, round 7 (helper pla): a count, its whole
 * and its share in one sentence, in the other ways inspectors write them. Sentences written for these
 * tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const PCT = ['numbers/percentage-mismatch'];
const FRAC = ['numbers/fraction-mismatch'];
const QUANT = ['numbers/quantifier-mismatch'];
/** The kinds and verdicts of the judged claims that hold both figures as operands. */
const judgedWith = (finding: string, a: string, b: string) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.raw === a) && c.operands.some((o) => o.raw === b))
    .map((c) => c.verdict);

describe('pla-7: a ratio is no count of its whole (shares.ts pairsOf, apposed-share pairsOf)', () => {
  it("does not read 'four out of five of the 136' as 5 of 136", () => {
    // 4/5 = 80%; 81% is a rounding of the precise figure (110/136 = 80.9%): no finding.
    assert.deepEqual(rulesOf('Four out of five of the 136 trusts, 81%, had a recovery plan in place.'), []);
    assert.deepEqual(rulesOf('Four out of five of the 136 trusts – 81% – had a recovery plan in place.'), []);
    assert.deepEqual(rulesOf('Four out of five of the 136 trusts (81%) had a recovery plan in place.'), []);
    assert.deepEqual(rulesOf('Four out of five of the 136 trusts, around 80%, had a recovery plan in place.'), []);
  });
  it('still reports a ratio its share does not fit', () => {
    // 4/5 = 80%, not 70%
    assert.deepEqual(rulesOf('Four out of five of the 136 trusts (70%) had a recovery plan in place.'), FRAC);
  });
});

describe("pla-7: 'just' and 'only' before a figure are exact (extract/shared.ts parenFigure, apposed-share OPEN)", () => {
  it('judges the share in brackets or in apposition after them', () => {
    // 30/78 = 38.46% -> 38%, not 41%
    assert.deepEqual(rulesOf('Only 30 of the 78 cases (just 41%) had a plan.'), PCT);
    assert.deepEqual(rulesOf('Only 30 of the 78 cases, just 41%, had a plan.'), PCT);
    // 32/78 = 41.03% -> 41%
    assert.deepEqual(judgedWith('Only 32 of the 78 cases (just 41%) had a plan.', '32', '41%'), ['ok']);
    assert.deepEqual(judgedWith('Only 32 of the 78 cases, just 41%, had a plan.', '32', '41%'), ['ok']);
  });
  it("keeps 'just over' a hedge", () => {
    // 32/78 = 41.03%, just over 40%
    assert.deepEqual(rulesOf('Only 32 of the 78 cases, just over 40%, had a plan.'), []);
  });
});

describe("pla-7: a sample size '(n = N)' is the whole of the 'k (P%)' after it (count-percent sampleSize)", () => {
  it('judges the share on the sample', () => {
    // 147/210 = 70%
    assert.deepEqual(judgedWith('Of respondents (n = 210), 147 (70%) said most staff treated them with respect.', '147', '210'), ['ok']);
    // 22/32 = 68.75% -> 69%
    assert.deepEqual(judgedWith('Prisoners in the sample (n=32) were asked about their first night; 22 (69%) said they had felt safe.', '22', '32'), ['ok']);
    // 126/210 = 60%, not 70%
    assert.deepEqual(rulesOf('Of respondents (n = 210), 126 (70%) said they could get help when they needed it.'), PCT);
  });
  it('takes no size when there are two, or a figure stands between', () => {
    // men and women: which sample is the 12 of?
    assert.deepEqual(rulesOf('Of the men (n=40) and women (n=20) surveyed, 12 (50%) said they felt unsafe.'), []);
    // a share of the 40 in 'P% (n = N)' form is read by percent-of, and the 12 (50%) after another figure is not tied to it
    assert.deepEqual(rulesOf('In the sample (n=40), 6 wings held 12 (50%) of the men who said they felt unsafe.'), []);
  });
});

describe("pla-7: 'a P% share of the N' and a count subject 'were P% of the N' (percent-of, subject-share)", () => {
  it('reads the share named as such', () => {
    // 18/60 = 30%, not 35%
    assert.deepEqual(rulesOf('A 35% share of the 60 placements (18) ended in an unplanned way.'), PCT);
    // 22/32 = 68.75% -> 69%
    assert.deepEqual(judgedWith('The 22 councils with an up-to-date plan represent a 69% share of the 32 councils audited.', '22', '32'), ['ok']);
  });
  it("reads 'The k X … were P% of the N', money in the noun phrase", () => {
    // 14/200 = 7%
    assert.deepEqual(judgedWith('The 14 providers fined £2,500 or more were 7% of the 200 inspected.', '14', '200'), ['ok']);
    // 14/200 = 7%, not 9%
    assert.deepEqual(rulesOf('The 14 providers that were fined were 9% of the 200 inspected.'), PCT);
  });
  it("needs the whole written after a plain 'were'", () => {
    // 'of those' after 'were' may be another group: not judged
    assert.deepEqual(rulesOf('We inspected 200 providers. The 14 that were fined were 9% of those inspected in the region.'), []);
  });
});

describe("pla-7: 'k cases out of n, or P%', ', a rate of P%', 'k (P%) out of n' (apposed-share, shared OF_N_PAREN)", () => {
  it('judges the share on the pair', () => {
    // 27/40 = 67.5% -> 68% (a tie either way)
    assert.deepEqual(judgedWith("The pupil's views were recorded in 27 cases out of 40, or 68 per cent.", '27', '68 per cent'), ['ok']);
    // 27/40 = 67.5%, not 72%
    assert.deepEqual(rulesOf("The pupil's views were recorded in 27 cases out of 40, or 72 per cent."), PCT);
    // 22/32 = 68.75% -> 69%, not 75%
    assert.deepEqual(rulesOf('Of the 32 cases, 22 had a plan, a rate of 75%.'), PCT);
    assert.deepEqual(rulesOf('Plans were reviewed in 22 cases (75%) out of 32.'), PCT);
    assert.deepEqual(judgedWith('Plans were reviewed in 22 cases (69%) out of 32.', '22', '32'), ['ok']);
  });
});

describe("pla-7: 'day care' names a service, not a duration (quantities.ts shiftKindAfter)", () => {
  it('counts the services', () => {
    // 26/41 = 63.41% -> 63%, not 73%
    assert.deepEqual(rulesOf('Of the 41 day care services we inspected, 26 – or 73 per cent – were rated good.'), PCT);
    // 30/41 = 73.17% -> 73%
    assert.deepEqual(rulesOf('Of the 41 day care services we inspected, 30 – or 73 per cent – were rated good.'), []);
  });
});

describe("pla-7: 'in k' closing a frame's clause counts the frame's cases (count-percent frameCases)", () => {
  it('judges the share on the frame', () => {
    // 12/22 = 54.55% -> 55%, not 52%
    assert.deepEqual(rulesOf('Across the 22 inspections, compliance was judged to be good in 12 centres (52%).'), PCT);
    assert.deepEqual(judgedWith('Across the 22 inspections, compliance was judged to be good in 12 centres (55%).', '12', '22'), ['ok']);
  });
  it("needs 'in' before the part and no other figure", () => {
    // '12 breaches' is another count before the part: the 9 (41%) is not tied to the 22
    assert.deepEqual(rulesOf('Across the 22 inspections, inspectors found 12 breaches in 9 centres (50%).'), []);
  });
});

describe('pla-7: a hedged fraction closing the part of an "Of the n" frame (share-beside frameClosing)', () => {
  it('confirms it when it fits, and only then', () => {
    // 30/45 = 66.7%, around two thirds
    assert.deepEqual(judgedWith('Of the 45 trusts, 30 had a plan, around two thirds.', '30', '45'), ['ok', 'ok']);
    // 21/45 = 46.7%: the share may be of another group the clause implies: not judged
    assert.deepEqual(rulesOf('Of the 45 trusts, 21 had a plan, around two thirds.'), []);
  });
});

describe('pla-7: a share and its part said again by a pro-verb after the semicolon (quantifier-distant proVerbPart)', () => {
  it('judges the share on the part and its whole', () => {
    // 17/36 = 47.2%: not a majority
    assert.deepEqual(rulesOf('The majority of the apprentices completed their programme on time; of the 36 who started, 17 did so.'), QUANT);
    // 27/36 = 75%
    assert.deepEqual(rulesOf('The majority of the apprentices completed their programme on time; of the 36 who started, 27 did so.'), []);
    // 18/40 = 45%: not most
    assert.deepEqual(rulesOf('Most of the 40 prisoners said staff treated them well; 18 did.'), QUANT);
    assert.deepEqual(rulesOf('The majority of respondents said they felt safe; in total, 18 of the 40 did.'), QUANT);
    // 28/40 = 70%
    assert.deepEqual(judgedWith('Most of the 40 prisoners said staff treated them well; 28 did.', '28', '40'), ['ok']);
  });
  it('reads no part whose predicate is not the pro-verb alone', () => {
    assert.deepEqual(rulesOf('Most of the 40 prisoners said staff treated them well; 18 did not.'), []);
    assert.deepEqual(rulesOf('Most of the 40 prisoners said staff treated them well; 18 were women.'), []);
    // a smaller group named with the pair
    assert.deepEqual(rulesOf('Most of the staff were trained; 18 of the 40 agency staff did.'), []);
  });
});

describe('pla-7: a quantifier opening the sentence and its share closing the clause in brackets (extract/quantifier closingShare)', () => {
  it('judges the quantifier on the share', () => {
    // 'a minority' is under 50%: 61% is not
    assert.deepEqual(rulesOf('Only a minority said they had been told about the complaints process on arrival (61%).'), QUANT);
    // 53.7% > 50%
    const c = claimsOf('Most respondents thought staff neither respected nor understood their culture (53.7%); only a quarter thought they did.');
    assert.ok(c.some((x) => x.kind === 'quantifier' && x.verdict === 'ok'));
  });
  it('takes no share across another clause or group', () => {
    // 'who' opens a group of its own: the 48% may be of those who were looked after by the staff
    assert.deepEqual(rulesOf('A few children said the staff who looked after them listened to them (48%).'), []);
    // 'but' joins another clause: the 61% is that clause's
    assert.deepEqual(rulesOf('Only a minority said they knew the process, but they had been told about it on arrival (61%).'), []);
  });
});

describe("pla-7: a fraction with '(P% or k)' (extract/fraction.ts)", () => {
  it('judges the fraction on the share, the count beside it', () => {
    // 28% is not under a quarter
    assert.deepEqual(rulesOf("At 31 March 2015, under one quarter of children's homes (28% or 459) were run by local authorities."), FRAC);
    // 23% is under a quarter
    assert.deepEqual(rulesOf("At 31 March 2015, under one quarter of children's homes (23% or 459) were run by local authorities."), []);
    assert.ok(claimsOf("Under one quarter of children's homes (23%, 459) were run by councils.").some((c) => c.kind === 'fraction' && c.verdict === 'ok'));
  });
});

describe("pla-7: a count's share restated after ', or', ', representing', '; this was' (apposed-share readCountThenShareOf, subject-share readThisShare)", () => {
  it('judges the share on the count and the whole written after it', () => {
    // 17/24 = 70.83% -> 71%, not 75%
    assert.deepEqual(rulesOf('Assessments were completed on time in 17 cases, representing 75% of the 24 inspected.'), PCT);
    assert.deepEqual(rulesOf('Assessments were completed on time in 17 cases, or 75% of the 24 inspected.'), PCT);
    assert.deepEqual(rulesOf('Assessments were completed on time in 17 cases; this was 75% of the 24 inspected.'), PCT);
    // 17/24 -> 71%
    assert.deepEqual(judgedWith('Assessments were completed on time in 17 cases; this was 71% of the 24 inspected.', '17', '24'), ['ok']);
    assert.deepEqual(rulesOf('Assessments were completed on time in 17 cases, representing 71% of the 24 inspected.'), []);
  });
  it("reads no share after a list: 'which' may take up the sum", () => {
    assert.deepEqual(rulesOf('We visited 12 homes in the north and 17 in the south, which was 75% of the 24 planned.'), []);
  });
});

describe('pla-7: a pair opening the sentence and its share in brackets closing it (extract/count-of closingPct)', () => {
  it('judges the share on the pair', () => {
    // 14/20 = 70%, not 75%
    assert.deepEqual(rulesOf('14 of the 20 cases, all of which involved a child under the age of 12 at the time of the offence, were referred (75%).'), PCT);
    assert.deepEqual(rulesOf('Fourteen of the twenty young people seen during the fieldwork were referred to the panel (75%).'), PCT);
    // 14/20 = 70%
    assert.deepEqual(judgedWith('14 of the 20 young people seen during the fieldwork were referred to the panel (70%).', '14', '70%'), ['ok']);
  });
  it('reads no share across a comma, a relative clause or another clause', () => {
    assert.deepEqual(rulesOf('14 of the 20 cases were referred to the panel, which accepted the referral (75%).'), []);
    assert.deepEqual(rulesOf('14 of the 20 cases were referred to the panel but the panel accepted the referral (75%).'), []);
  });
});

describe("pla-7: an age range's end before a preposition (quantities.ts propagate)", () => {
  it("types 'aged 15 to 17 in the sample' as ages, so 'of these' finds the part", () => {
    // 12/27 = 44.4% -> 44%: the 17 is no count, and 'of these' is the 27
    assert.deepEqual(rulesOf("Of the 45 children aged 15 to 17 in the sample, 27 were known to children's social care, and 12 of these (44%) had been looked after."), []);
  });
  it('keeps a year range followed by a count a count', () => {
    // 1,240 -> 1,395 is +12.5%, not 15%: the 1,395 is a count, not a year
    assert.deepEqual(rulesOf('Complaints rose from 1,240 in 2022-23 to 1,395 in 2023-24, an increase of 15%.'), ['numbers/change-mismatch']);
  });
});

describe("pla-7: 'Our review of 60 cases found 45 (75%) …' (count-percent reviewedWhole)", () => {
  it('judges the part on what was reviewed', () => {
    // 45/60 = 75%, not 70%
    assert.deepEqual(rulesOf('Our review of 60 cases found 45 (70%) with an up-to-date plan.'), PCT);
    assert.deepEqual(rulesOf('A sample of 60 cases showed 45 (70%) had a plan.'), PCT);
    // 20/80 = 25%
    assert.deepEqual(judgedWith('An audit of 80 care records found 20 (25%) without a completed falls assessment.', '20', '80'), ['ok']);
  });
  it('takes no whole for a part of another noun', () => {
    // breaches are not homes: 10 breaches (30%) may be a share of all breaches
    assert.deepEqual(rulesOf('Our inspection of 40 homes found 10 breaches (30%) of the regulations.'), []);
  });
});

describe("pla-7: 'P% of the n …, or k.' closing the clause (extract/percent-of closingCount)", () => {
  it('judges the share on the count that restates it', () => {
    // 22/32 = 68.75% -> 69%, not 75%
    assert.deepEqual(rulesOf('The plan was reviewed in 75% of the 32 cases, or 22.'), PCT);
    assert.deepEqual(rulesOf('The plan was reviewed in 75% of the 32 cases – 22 in all.'), PCT);
    assert.deepEqual(rulesOf('The plan was reviewed in 75% of the 32 cases, a total of 22.'), PCT);
    assert.deepEqual(judgedWith('The plan was reviewed in 69% of the 32 cases, or 22.', '22', '32'), ['ok']);
  });
  it('takes no count of another noun', () => {
    assert.deepEqual(rulesOf('Staffing was short in 75% of the 32 homes, or 3 wards.'), []);
  });
});
