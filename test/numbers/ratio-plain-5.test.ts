/**
 * Ratio, hedge, clause-between, plain and non-count-number shapes (issue 9,
 * families 1, 2, 3, 6, 7, 8 and 10), fifth round. Sentences written for these
 * tests; the arithmetic is worked by hand in the comments. A reading that
 * cannot be sure is never reported: a misfit leaves no claim, or an
 * unchecked one.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

/** [verdict, total] of every judged claim with the count `k` and the share `p`. */
const shareOf = (finding: string, k: string, p: string) =>
  claimsOf(finding)
    .filter((c) => c.operands.some((o) => o.role === 'k' && o.raw === k) && c.operands.some((o) => o.role === 'p' && o.raw === p))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);

describe("numbers ratio-plain-5: 'Of these, k (P%) …, and k2, or P2%, …'", () => {
  it('the bracketed share is of the total the sentence before counts', () => {
    // 312/2,480 = 12.58% -> 12.6%.
    const s = 'The service took 2,480 calls in March. Of these, 312 (12.6%) were about housing.';
    assert.deepEqual(shareOf(s, '312', '12.6%'), [['ok', '2,480']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it('a wrong bracketed share is reported', () => {
    // 312/2,480 = 12.58%, not 14.6%.
    const s = 'The service took 2,480 calls in March. Of these, 312 (14.6%) were about housing.';
    assert.deepEqual(shareOf(s, '312', '14.6%'), [['inconsistent', '2,480']]);
  });
  it("a gapped sibling with ', or P%,' is a part of the same 'these'", () => {
    // 95/640 = 14.84% -> 14.8%; 41/640 = 6.41% -> 6.4%, not 7.4%.
    const ok = 'Inspectors sampled 640 referrals. Of these, 95 (14.8%) waited over 3 weeks and 41, or 6.4%, more than 6 weeks.';
    assert.deepEqual(shareOf(ok, '41', '6.4%'), [['ok', '640']]);
    const bad = 'Inspectors sampled 640 referrals. Of these, 95 (14.8%) waited over 3 weeks and 41, or 7.4%, more than 6 weeks.';
    assert.deepEqual(shareOf(bad, '41', '7.4%'), [['inconsistent', '640']]);
  });
  it('trap: a sibling with its own verb is another clause, not judged on these', () => {
    // 41/640 = 6.4%; but the second clause has its own verb and may be of something else.
    const s = 'Inspectors sampled 640 referrals. Of these, 95 (14.8%) waited over 3 weeks and 41, or 9%, were later closed by the team.';
    assert.deepEqual(shareOf(s, '41', '9%'), []);
    assert.deepEqual(rulesOf(s), []);
  });
});

describe("numbers ratio-plain-5: 'k (P%) of those [noun]' in the sentence of its group", () => {
  it('the one count before it is the group', () => {
    // 9/27 = 33.3% -> 33%.
    const s = 'Over the last three years, 27 children went missing from care, and 9 (33%) of those episodes lasted more than a day.';
    assert.deepEqual(shareOf(s, '9', '33%'), [['ok', '27']]);
  });
  it('a wrong share of it is reported', () => {
    // 9/27 = 33.3%, not 39%.
    const s = 'In 2023, 27 children went missing from care, and 9 (39%) of those episodes lasted more than a day.';
    assert.deepEqual(shareOf(s, '9', '39%'), [['inconsistent', '27']]);
  });
  it('trap: two counts before it, so which group is not known: never reported', () => {
    const s = 'In 2023, 27 children went missing and 40 were reported absent, and 9 (39%) of those episodes lasted a day.';
    assert.deepEqual(rulesOf(s), []);
  });
});

describe("numbers ratio-plain-5: 'Of the n …, k … (P%).' with the share closing the part's clause", () => {
  it('the share is of the frame, with a duration in between', () => {
    // 45/60 = 75%.
    const s = 'Of the 60 complaints received by the trust, 45 were answered within 20 working days (75%).';
    assert.deepEqual(shareOf(s, '45', '75%'), [['ok', '60']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it('a wrong closing share is reported', () => {
    // 45/60 = 75%, not 72%.
    const s = 'Of the 60 complaints received by the trust, 45 were answered within 20 working days (72%).';
    assert.deepEqual(shareOf(s, '45', '72%'), [['inconsistent', '60']]);
  });
  it('a dash-set aside with no figure may stand between', () => {
    // 52/208 = 25%, not 27%.
    const s = 'Of the 208 learners who replied, 52 – nearly all of them apprentices – said they had not been given a timetable (27%).';
    assert.deepEqual(shareOf(s, '52', '27%'), [['inconsistent', '208']]);
  });
  it("'Of these, k … (P%)' takes the total the sentence before counts", () => {
    // 30/120 = 25%.
    const s = 'The panel heard 120 appeals. Of these, 30 were upheld in full (25%).';
    assert.deepEqual(shareOf(s, '30', '25%'), [['ok', '120']]);
  });
  it('trap: a comparison before the bracket makes it another figure: never reported', () => {
    const s = 'Of the 60 complaints received by the trust, 45 were answered on time, above the national rate (72%).';
    assert.deepEqual(rulesOf(s), []);
    const t = 'Of the 60 complaints received, 45 were answered faster than last year (72%).';
    assert.deepEqual(rulesOf(t), []);
  });
  it('trap: another count in the clause: never reported', () => {
    const s = 'Of the 60 complaints received, 45 were answered by 12 staff on the complaints team (72%).';
    assert.deepEqual(rulesOf(s), []);
  });
});

describe("numbers ratio-plain-5: pairs given their shares 'respectively' (respective-shares.ts)", () => {
  it('bare after a comma: each share is its pair’s', () => {
    // 23/31 = 74.2% -> 74%; 8/12 = 66.7% -> 67%.
    const s = '23 of the 31 men and 8 of the 12 women said staff treated them with respect, 74% and 67% respectively.';
    assert.deepEqual(shareOf(s, '23', '74%'), [['ok', '31']]);
    assert.deepEqual(shareOf(s, '8', '67%'), [['ok', '12']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it('in brackets, with three pairs; a wrong share is reported', () => {
    // 41/52 = 78.8% -> 79%; 9/15 = 60%; 3/4 = 75%, not 80%.
    const s = 'Inspectors found that 41 of the 52 homes, 9 of the 15 hostels and three of the four secure units met the standard (79%, 60% and 80% respectively).';
    assert.deepEqual(shareOf(s, '41', '79%'), [['ok', '52']]);
    assert.deepEqual(shareOf(s, '9', '60%'), [['ok', '15']]);
    assert.deepEqual(shareOf(s, 'three', '80%'), [['inconsistent', 'four']]);
  });
  it('trap: shares of last year, respectively, are other figures: never reported', () => {
    const s = '23 of the 31 men and 8 of the 12 women said they felt safe, against 60% and 50% respectively last year.';
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: fewer shares than pairs: not read', () => {
    const s = '23 of the 31 men and 8 of the 12 women said they felt safe, and 60% respectively of the staff.';
    assert.deepEqual(shareOf(s, '23', '60%'), []);
  });
});

/** [kind, verdict] of every judged fraction or ratio claim with the percentage `p`. */
const wordShare = (finding: string, p: string) =>
  claimsOf(finding)
    .filter((c) => (c.kind === 'fraction' || c.kind === 'ratio') && c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'p' && o.raw === p))
    .map((c) => [c.kind, c.verdict]);

describe('numbers ratio-plain-5: a fraction or ratio with its figure set between dashes', () => {
  it("'A quarter – 25.2 per cent – of …' rounds the figure", () => {
    // 25.2% is within a quarter's reach [21%, 29%].
    const s = 'A quarter – 25.2 per cent – of the adults on the caseload were unemployed at the start of their order.';
    assert.deepEqual(wordShare(s, '25.2 per cent'), [['fraction', 'ok']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it("'Two-thirds – 52% – of …' does not", () => {
    // 52% is far from two-thirds (66.7%).
    const s = 'Two-thirds – 52% – of the schools visited had a current accessibility plan.';
    assert.deepEqual(wordShare(s, '52%'), [['fraction', 'inconsistent']]);
  });
  it("a hedged ratio between dashes: 'nearly one in five cases – 18% –'", () => {
    // 'nearly' one in five: just under 20%; 18% fits.
    const ok = 'Nearly one in five homes – 18% – had no registered manager in post.';
    assert.deepEqual(wordShare(ok, '18%'), [['ratio', 'ok']]);
    // 'one in three' is about 33%; 21% is not.
    const bad = 'One in three learners – 21% – left the course early.';
    assert.deepEqual(wordShare(bad, '21%'), [['ratio', 'inconsistent']]);
  });
  it('trap: a dash that opens a new clause with its own share is no apposition', () => {
    const s = 'A quarter of the wards were short-staffed – 40% of the shifts had no senior nurse.';
    assert.deepEqual(rulesOf(s), []);
    const t = 'One in five prisoners said they had a job – 60% said they had no work at all.';
    assert.deepEqual(rulesOf(t), []);
  });
});

/** [verdict, total] of every fraction claim whose count is written `k`. */
const fractionOf = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'fraction' && c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);

describe("numbers ratio-plain-5: 'k – about a third –' with the group counted before (judged only when it fits)", () => {
  it('the group the sentence before counts', () => {
    // 47/150 = 31.3%: about a third.
    const s = 'The college surveyed 150 apprentices. 47 – about a third – said they had not had a review this year.';
    assert.deepEqual(fractionOf(s, '47'), [['ok', '150']]);
  });
  it('after a sibling part of the same group', () => {
    // 58/230 = 25.2%: roughly a quarter.
    const s = 'Our survey was answered by 230 women. Only 12 of them (5%) had a job to go to, while 58 – roughly a quarter – had nowhere to live.';
    assert.deepEqual(fractionOf(s, '58'), [['ok', '230']]);
  });
  it('trap: a count the fraction does not fit may be of another group: never reported', () => {
    // 90/150 = 60%: not about a third of the 150, but the third may be of a group never counted.
    const s = 'The college surveyed 150 apprentices. 90 – about a third of all its learners – were on level 3 courses.';
    assert.deepEqual(fractionOf(s, '90'), []);
    assert.deepEqual(rulesOf(s), []);
  });
});

describe("numbers ratio-plain-5: 'k … out of a total … of n' with its share (out-of-total.ts)", () => {
  it('a share between dashes after the whole', () => {
    // 1,240/6,200 = 20%.
    const s = 'In March 2024, 1,240 children were waiting for an assessment out of a total caseload of 6,200 – 20% of all open cases.';
    assert.deepEqual(shareOf(s, '1,240', '20%'), [['ok', '6,200']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it("a wrong share with its own 'of all …' is reported", () => {
    // 420/6,000 = 7%, not 9%.
    const s = 'There were 420 fixed-term exclusions out of a total roll of 6,000, 9% of all pupils.';
    assert.deepEqual(shareOf(s, '420', '9%'), [['inconsistent', '6,000']]);
  });
  it('a bare bracket after the whole is judged only when it fits', () => {
    // 420/6,000 = 7%; the 9% may be the roll's share of something larger.
    assert.deepEqual(shareOf('There were 420 exclusions out of a total roll of 6,000 (7%).', '420', '7%'), [['ok', '6,000']]);
    assert.deepEqual(rulesOf('There were 420 exclusions out of a total roll of 6,000 (9%).'), []);
  });
  it("', or P%' after 'out of the n'", () => {
    // 35/140 = 25%.
    assert.deepEqual(shareOf('35 complaints were upheld out of the 140 received, or 25%.', '35', '25%'), [['ok', '140']]);
  });
  it('trap: a whole and its share are not a range', () => {
    // 'a total of 6,000 – 7%' is a whole and a share; 'rose by 10 – 15 per cent' stays a range of amounts.
    assert.deepEqual(shareOf('In 2023, 420 pupils were excluded out of a total of 6,000 – 7% of the roll.', '420', '7%'), [['ok', '6,000']]);
    assert.deepEqual(rulesOf('Fees rose by 10 – 15 per cent over the year.'), []);
  });
  it('trap: two clauses, the count of the second is not the part: never reported', () => {
    const s = 'The unit held 40 boys and 12 were released out of a total of 300 (25%) this year.';
    assert.deepEqual(rulesOf(s), []);
  });
});

/** [verdict, total] of every count-of claim whose count is written `k`. */
const partOf = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'count-of' && c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);

describe('numbers ratio-plain-5: clause subjects after a colon are parts of the whole before it (count-of-total.ts)', () => {
  it('a whole with a clause of its own before the colon', () => {
    // 19 ≤ 52 and 6 ≤ 52 (19 + 6 = 25 ≤ 52).
    const s = 'Since the last round, 52 schools have been visited again: 19 have improved their grade and six have declined.';
    assert.deepEqual(partOf(s, '19'), [['ok', '52']]);
    assert.deepEqual(partOf(s, 'six'), [['ok', '52']]);
  });
  it('parts that may overlap are each a part when each has its own verb', () => {
    // 28 ≤ 35 and 20 ≤ 35; 28 + 20 = 48 > 35, so they overlap: no sum is judged.
    const s = 'We read the files of 35 young people: 28 had a current plan and 20 had been seen within a week, and most were settled.';
    assert.deepEqual(partOf(s, '28'), [['ok', '35']]);
    assert.deepEqual(partOf(s, '20'), [['ok', '35']]);
  });
  it('trap: a part larger than the whole is not read as one, never reported', () => {
    const s = 'We visited 12 homes and spoke to staff: 40 had been trained and 9 had not.';
    assert.deepEqual(partOf(s, '40'), []);
  });
});

describe("numbers ratio-plain-5: '…; of them, k' and a later clause's subject (judged only when they fit)", () => {
  it("'of them' opening the next clause takes the group just counted", () => {
    // 7 ≤ 16.
    assert.deepEqual(partOf('The trust referred 16 patients to the specialist unit; of them, 7 were admitted within a week.', '7'), [['ok', '16']]);
    assert.deepEqual(partOf('Since 2020 the service has supported 22 families, and of these, nine have moved to their own home.', 'nine'), [['ok', '22']]);
  });
  it("a later clause's subject with its noun left out", () => {
    // 11 ≤ 30.
    assert.deepEqual(partOf('Since 2019, 30 councils have been judged inadequate and 11 have since improved.', '11'), [['ok', '30']]);
  });
  it('trap: an amount in hours is no group of people', () => {
    assert.deepEqual(partOf('The team held 120 hours of meetings; of them, 30 were online.', '30'), []);
  });
  it('trap: the same verb for another month is a sibling, not a part', () => {
    assert.deepEqual(partOf('30 homes were visited in May and 15 in June.', '15'), []);
  });
});

describe('numbers ratio-plain-5: parts that say what each case has may overlap (parts-sum.ts)', () => {
  it('trap: two trainings completed by one staff group are no partition: never reported', () => {
    // 40 + 35 = 75 > 48, but a member of staff may have completed both.
    assert.deepEqual(rulesOf('Of the 48 staff, 40 had completed safeguarding training and 35 fire safety training.'), []);
    assert.deepEqual(rulesOf('Of the 26 carers, 20 had attended first aid courses and 18 manual handling courses.'), []);
  });
  it('trap: a plan and a review are two questions after a colon: never reported', () => {
    // 30 + 15 = 45 > 40; a child may have both.
    assert.deepEqual(rulesOf('Inspectors spoke to 40 children and read their records: 30 had an up-to-date plan and 15 had had a review in the last six months.'), []);
  });
  it('a list of grades after a colon is still a partition', () => {
    // 20 + 9 + 6 = 35, not 34: reported.
    assert.ok(rulesOf('The 34 homes inspected: 20 were rated good, 9 requires improvement and 6 inadequate.').includes('numbers/parts-sum'));
  });
});

describe('numbers ratio-plain-5: money with thousands separators gives no count', () => {
  it("trap: the tail of '£1,200' is no part of a list", () => {
    // Only 12 and 3 are counts: 12 + 3 = 15 ≤ 50, no sum is judged and the 200 is not read.
    const s = 'Of the 50 homes, 12 (24%) charged more than £1,200 a week and 3 were rated inadequate.';
    assert.equal(claimsOf(s).some((c) => c.operands.some((o) => o.raw === '200')), false);
    assert.deepEqual(rulesOf(s), []);
    assert.equal(claimsOf('The council spent $3,400,000 on 40 placements, and 12 of them (30%) were out of area.').some((c) => c.operands.some((o) => o.raw === '400,000')), false);
  });
});

describe("numbers ratio-plain-5: 'Of the n …, one in four (P%)': the ratio is no count of the frame", () => {
  it('trap: the ratio with its own figure is not 1 of the n', () => {
    // one in four = 25%, and (25%) is its figure; 1/60 would be 1.7%.
    const s = 'Of the 60 staff we surveyed, one in four (25%) had been in post for under 2 years.';
    assert.deepEqual(rulesOf(s), []);
    assert.deepEqual(rulesOf('Of the 90 learners, three out of ten (31%) were on level 2 courses.'), []);
  });
  it('a ratio that does not round its figure is still reported', () => {
    // one in four = 25%, not 45%.
    assert.deepEqual(rulesOf('Of the 60 staff we surveyed, one in four (45%) had been in post for under 2 years.'), ['numbers/percentage-mismatch']);
  });
});

describe('numbers ratio-plain-5: parts told apart by bounds may nest (parts-sum.ts)', () => {
  it("trap: 'within 10 seconds' and 'within 60 seconds' may count one call twice: never reported", () => {
    // 180 + 30 = 210 > 200, but the 30 may include some of the 180 or not: no partition.
    assert.deepEqual(rulesOf('Of the 200 calls, 180 were answered within 10 seconds and 30 within 60 seconds.'), []);
    assert.deepEqual(rulesOf('Of the 75 patients, 50 waited more than 4 hours and 40 more than 12 hours.'), []);
  });
  it('grades with their verb left out are still a partition', () => {
    // 29 + 6 + 7 + 2 = 44, not 43: reported.
    assert.ok(rulesOf('Of the 43 forces, 29 were graded good, six outstanding, seven requires improvement and two inadequate.').includes('numbers/parts-sum'));
  });
});

/** [verdict] of every judged claim over the count `k` and the share `p`. */
const verdictsOf = (finding: string, k: string, p: string) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'k' && o.raw === k) && c.operands.some((o) => o.role === 'p' && o.raw === p))
    .map((c) => c.verdict);

describe("numbers ratio-plain-5: a hedged count of a pair with its share ('over 70 of the 90 (80%)') is a range", () => {
  it('the share fits a count the hedge allows', () => {
    // over 70: 71 to 90; 72/90 = 80%.
    assert.deepEqual(verdictsOf('Over 70 of the 90 schools visited (80%) were judged good.', '70', '80%'), ['ok']);
    // almost 30: 27 to 29; 29/40 = 72.5% -> 72% (ties either way).
    assert.deepEqual(verdictsOf('Almost 30 of the 40 homes (72%) had a registered manager.', '30', '72%'), ['ok']);
    // nearly 200: 180 to 199; 182/1,400 = 13%.
    assert.deepEqual(verdictsOf('Nearly 200 of the 1,400 learners (13%) left before the end of the course.', '200', '13%'), ['ok']);
    // about 40: 36 to 44; 41/90 = 45.6% -> 46%.
    assert.deepEqual(verdictsOf('About 40 of the 90 wards (46%) were short of nurses.', '40', '46%'), ['ok']);
    assert.deepEqual(rulesOf('About 40 of the 90 wards (46%) were short of nurses.'), []);
  });
  it('a share no count in the range gives is reported', () => {
    // about 40: 36 to 44 of 90 = 40% to 48.9%, not 60%.
    assert.deepEqual(verdictsOf('About 40 of the 90 wards (60%) were short of nurses.', '40', '60%'), ['inconsistent']);
    // fewer than 10: 0 to 9 of 40 = 0% to 22.5%, not 30%.
    assert.deepEqual(verdictsOf('Fewer than 10 of the 40 homes (30%) were good.', '10', '30%'), ['inconsistent']);
  });
});

describe("numbers ratio-plain-5: a hedged 'k of them (P%)' is judged on the hedge's range", () => {
  it('a share the range allows', () => {
    // almost 30: 27 to 29 of 90; 29/90 = 32.2% -> 32%.
    assert.deepEqual(verdictsOf('Inspectors read 90 files, and in almost 30 of them (32%) the plan was late.', '30', '32%'), ['ok']);
  });
  it('a share outside it, whatever the rounding', () => {
    // almost 30: 27 to 29 of 90 = 30% to 32.2%, not 34% (34% would need 31).
    assert.deepEqual(verdictsOf('Inspectors read 90 files, and in almost 30 of them (34%) the plan was late.', '30', '34%'), ['inconsistent']);
  });
});

describe("numbers ratio-plain-5: a share restated by the pair after it ('46%, or 2,393 of the 5,200') (apposed-share.ts)", () => {
  it("', or k of the n'", () => {
    // 312/780 = 40%.
    assert.deepEqual(shareOf('The tribunal allowed 40%, or 312 of the 780 appeals it heard.', '312', '40%'), [['ok', '780']]);
    // 312/780 = 40%, not 44%.
    assert.deepEqual(shareOf('The tribunal allowed 44%, or 312 of the 780 appeals it heard.', '312', '44%'), [['inconsistent', '780']]);
  });
  it('a hedged share between dashes, by its hedge', () => {
    // 'nearly 30%': just under 30; 86/300 = 28.7% fits.
    assert.deepEqual(shareOf('Nearly 30% – 86 of the 300 learners surveyed – said they had been bullied.', '86', '30%'), [['ok', '300']]);
  });
  it('trap: a change is no level of the pair: never reported', () => {
    assert.deepEqual(rulesOf('Referrals rose by 46%, or 2,393 of the 5,200 made this year.'), []);
  });
});

/** [verdict] of every judged 'hedge' claim (a share against a target). */
const againstTarget = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'hedge' && c.verdict !== 'unchecked')
    .map((c) => c.verdict);

describe('numbers ratio-plain-5: a share against a target with a word of direction (against-target.ts)', () => {
  it("'just short of the 95 per cent standard'", () => {
    // 94.6 < 95, within the reach of 'just'.
    assert.deepEqual(againstTarget('In March, 94.6 per cent of patients started treatment within 62 days, just short of the 95 per cent standard.'), ['ok']);
    // 95.4 is over 95: not short of it.
    assert.deepEqual(againstTarget('In March, 95.4 per cent of patients started treatment within 62 days, just short of the 95 per cent standard.'), ['inconsistent']);
  });
  it("'above the national average of Q%' and 'well below the target of Q%'", () => {
    // 96.1 > 94.5.
    assert.deepEqual(againstTarget("The school's attendance was 96.1%, above the national average of 94.5%."), ['ok']);
    // 93.1 < 94.5: not above it.
    assert.deepEqual(rulesOf("The school's attendance was 93.1%, above the national average of 94.5%."), ['numbers/fraction-mismatch']);
    // 72 < 90.
    assert.deepEqual(againstTarget('Only 72% of calls were answered within 10 seconds, well below the target of 90%.'), ['ok']);
  });
  it('traps: a change, a hedged share, no target noun, or better/worse: not read', () => {
    assert.deepEqual(againstTarget('Waiting times rose by 5%, above the 3% target.'), []);
    assert.deepEqual(againstTarget('Some 97% of patients were seen within 18 weeks, just short of the 90% target.'), []);
    assert.deepEqual(againstTarget('In 2023, 12% of pupils were persistently absent, below the 15% of 2019.'), []);
    assert.deepEqual(againstTarget('Persistent absence was 20%, better than the national average of 22%.'), []);
  });
});

/** [verdict] of every judged fraction claim over the percentages `p` and `q`. */
const fractionOfFigure = (finding: string, p: string, q: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'fraction' && c.verdict !== 'unchecked' && c.operands.some((o) => o.raw === p) && c.operands.some((o) => o.raw === q))
    .map((c) => c.verdict);

describe('numbers ratio-plain-5: a fraction of another figure (fraction-of-figure.ts)', () => {
  it("'less than half this figure, at P2%'", () => {
    // 20/48 = 41.7%: less than half.
    const ok = 'In 2024, 48% of the children were placed out of area, whereas in 2019 the share had been less than half this figure, at 20%.';
    assert.deepEqual(fractionOfFigure(ok, '20%', '48%'), ['ok']);
    // 30/48 = 62.5%: not less than half.
    const bad = 'In 2024, 48% of the children were placed out of area, whereas in 2019 the share had been less than half this figure, at 30%.';
    assert.deepEqual(fractionOfFigure(bad, '30%', '48%'), ['inconsistent']);
  });
  it("'P2%, about a third of the P1%'", () => {
    // 12.4/36.9 = 33.6%: about a third.
    assert.deepEqual(fractionOfFigure('The exclusion rate was 12.4%, about a third of the 36.9% recorded nationally.', '12.4%', '36.9%'), ['ok']);
  });
  it('trap: a fraction of a group, not of a figure, is not read here', () => {
    assert.deepEqual(fractionOfFigure('Half of the 40 homes (20) were good, and 45% were requires improvement.', '20', '45%'), []);
  });
});

/** [verdict, total] of every quantifier claim whose count is written `k`. */
const quantifierOf = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'quantifier' && c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);

describe("numbers ratio-plain-5: 'In most of them – k –' with the whole of the sentence before (them-share.ts)", () => {
  it("a share after 'In' opens the sentence too", () => {
    // 230/412 = 55.8%: the majority.
    assert.deepEqual(quantifierOf('The service received 412 complaints. In the majority of them (230) the issue was resolved locally.', '230'), [['ok', '412']]);
    // 31/90 = 34.4%: not most.
    assert.deepEqual(quantifierOf('Inspectors read 90 case files. In most of them – 31 – there was a sentence plan.', '31'), [['inconsistent', '90']]);
  });
  it('trap: two groups in the sentence before could be them: not read', () => {
    assert.deepEqual(quantifierOf('Inspectors read 90 case files and 60 court reports. In most of them – 31 – there was a plan.', '31'), []);
  });
});

describe("numbers ratio-plain-5: 'Of those who … – N in all – four in five (k)' (population.ts, ratio.ts)", () => {
  it("the frame's size set aside is the ratio's whole", () => {
    // 246/305 = 80.7%: four in five.
    const ok = 'Of those who raised a concern during labour – 305 in all – four in five (246) felt it had been taken seriously.';
    assert.deepEqual(claimsOf(ok).filter((c) => c.kind === 'ratio' && c.operands.some((o) => o.raw === '305')).map((c) => c.verdict), ['ok']);
    // 150/305 = 49.2%: not four in five.
    const bad = 'Of those who raised a concern during labour – 305 in all – four in five (150) felt it had been taken seriously.';
    assert.deepEqual(claimsOf(bad).filter((c) => c.kind === 'ratio' && c.operands.some((o) => o.raw === '305')).map((c) => c.verdict), ['inconsistent']);
  });
});

describe("numbers ratio-plain-5: a gapped part with another object of the same verb (count-of-total.ts)", () => {
  it("'40 had completed safeguarding training and 35 fire safety training': 35 of the frame", () => {
    // 35 ≤ 48.
    assert.deepEqual(partOf('Of the 48 staff, 40 had completed safeguarding training and 35 fire safety training.', '35'), [['ok', '48']]);
  });
  it('trap: a larger gapped count is not judged, never reported', () => {
    const s = 'Of the 26 carers, 20 had attended first aid courses and 48 manual handling courses.';
    assert.equal(partOf(s, '48').some(([v]) => v === 'ok' || v === 'impossible'), false);
    assert.deepEqual(rulesOf(s), []);
  });
});

describe("numbers ratio-plain-5: a count with 'all but c of the n' set beside it (all-but.ts)", () => {
  it("'14 of them – all but one of the 15 practitioners –'", () => {
    // 15 − 1 = 14.
    const ok = 'The team had 120 hours of training, and 14 of them – all but one of the 15 practitioners – had completed the module.';
    assert.deepEqual(claimsOf(ok).filter((c) => c.kind === 'all-but').map((c) => c.verdict), ['ok']);
    // 15 − 1 = 14, not 13.
    const bad = 'The team had 120 hours of training, and 13 of them – all but one of the 15 practitioners – had completed the module.';
    assert.deepEqual(rulesOf(bad), ['numbers/complement-mismatch']);
  });
  it("in brackets: '24 (all but two of the 26 homes)'", () => {
    // 26 − 2 = 24.
    assert.deepEqual(rulesOf('Inspectors found that 24 (all but two of the 26 homes) were compliant.'), []);
    // 26 − 2 = 24, not 23.
    assert.deepEqual(rulesOf('Inspectors found that 23 (all but two of the 26 homes) were compliant.'), ['numbers/complement-mismatch']);
  });
  it('trap: an hour count is no count of people beside the phrase', () => {
    assert.deepEqual(rulesOf('Staff completed 120 hours – all but two of the 26 staff – of refresher training.'), []);
  });
});
