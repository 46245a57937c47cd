/**
 * Totals, second round (issue 9): counts after 'Of the N …,' that answer one
 * question (relations/parts-sum.ts), and the further readings of this file's
 * later blocks. Sentences written for these tests; the sums are worked out by
 * hand in the comments.
 */
import assert from 'node:assert/strict';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { FM, claims, claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

const sums = (finding: string): ClaimRecord[] => claimsOf(finding).filter((c) => c.kind === 'parts-sum' || c.kind === 'shares-sum' || c.kind === 'table-sum');
/** [verdict, figures] of each sum claim. */
const verdicts = (finding: string) => sums(finding).map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers totals 2: counts after an intro that answer one question', () => {
  it('reports counts of one question that exceed the whole', () => {
    // 14 + 12 + 7 = 33, not 32: 'were placed in' differs only after it
    assert.deepEqual(rulesOf('Of the 32 young people who left custody, 14 were placed in foster care, 12 were placed in supported lodgings and 7 were placed in a hostel.'), ['numbers/parts-sum']);
    // 31 + 15 + 9 = 55, not 53: 'related to' differs only after it
    assert.deepEqual(rulesOf('Of the 53 complaints the council logged, 31 related to housing, 15 related to noise and 9 related to parking.'), ['numbers/parts-sum']);
  });
  it('confirms counts that add up', () => {
    // 14 + 12 + 6 = 32
    assert.deepEqual(verdicts('Of the 32 young people who left custody, 14 were placed in foster care, 12 were placed in supported lodgings and 6 were placed in a hostel.'), [['ok', '32 14 12 6']]);
  });
  it('leaves a shortfall alone: the list may leave an answer out', () => {
    // 14 + 12 = 26 of 32: others may have gone home
    assert.deepEqual(rulesOf('Of the 32 young people who left custody, 14 were placed in foster care and 12 were placed in supported lodgings.'), []);
  });
  it('traps: two questions, or one case described several ways', () => {
    // 'were announced' and 'were joint' share only the be-verb: two questions (20 + 15 = 35 of 30)
    assert.deepEqual(rulesOf('Of the 30 visits we made, 20 were announced and 15 were joint.'), []);
    // 'had a' is having: a case may have both (22 + 19 = 41 of 35)
    assert.deepEqual(rulesOf('Of the 35 cases sampled, 22 had a sentence plan and 19 had a risk review.'), []);
    // 'were offered' is being given: one child may be offered both (18 + 16 = 34 of 30)
    assert.deepEqual(rulesOf('Of the 30 children we tracked, 18 were offered an advocate and 16 were offered a mentor.'), []);
    // a verb of receiving accumulates: one member of staff may be trained in both (20 + 15 = 35 of 30)
    assert.deepEqual(rulesOf('Of the 30 staff on the rota, 20 were trained in first aid and 15 were trained in fire safety.'), []);
  });
});

describe('numbers totals 2: a whole split into a stated number of groups (relations/split-groups.ts)', () => {
  it('reports group sizes that do not add up to the whole, either way', () => {
    // 24 + 25 + 23 + 26 = 98, not 96: four classes, four sizes
    assert.deepEqual(rulesOf('The 96 pupils were taught in four classes of 24, 25, 23 and 26.'), ['numbers/parts-sum']);
    // 10 + 11 + 11 = 32, not 33: a size too few is as certain as one too many
    assert.deepEqual(rulesOf('The 33 prisons were visited in three rounds during the year, of 10, 11 and 11 prisons.'), ['numbers/parts-sum']);
  });
  it('confirms sizes that add up', () => {
    // 10 + 11 + 12 = 33
    assert.deepEqual(verdicts('The 33 prisons were visited in three rounds during the year, of 10, 11 and 12 prisons.'), [['ok', '33 10 11 12']]);
  });
  it('traps: sizes of another group, a bound, or more sizes than groups', () => {
    // the managers are not the staff: 8 + 8 + 8 = 24 of 500
    assert.deepEqual(rulesOf('The 500 staff work in three teams of 8, 8 and 8 managers.'), []);
    // 'up to 15' is a bound, not a size
    assert.deepEqual(rulesOf('The 44 forces were inspected in three tranches of up to 15 forces.'), []);
    // three groups but four figures: the list is not the groups
    assert.deepEqual(rulesOf('The 33 prisons were visited in three rounds, of 10, 11, 4 and 12 prisons.'), []);
    // one size for every class: not a list of sizes
    assert.deepEqual(rulesOf('The 90 pupils were taught in four classes of 25.'), []);
  });
});

describe('numbers totals 2: shares of one question over two sentences (relations/continued-shares.ts)', () => {
  it('reports shares of one question that come to more than 100%', () => {
    // 18 + 51 + 27 + 8 = 104%: each home is rated once
    const s = 'Last year 18% of the homes we visited were rated excellent, 51% good and 27% adequate. But 8% were rated poor.';
    assert.deepEqual(verdicts(s).filter(([v]) => v !== 'unchecked'), [['inconsistent', '18% 51% 27% 8%']]);
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
  });
  it('reads the share at the end of a change, not the one it changed from', () => {
    // 22 + 49 + 23 + 6 = 100%; the 19% and 9% are last year's
    const s = 'Some 900 nurseries were inspected, 22% of them graded outstanding, up from 19% the year before. A further 49% were graded good and 23% adequate, and the share graded weak fell from 9% to 6%.';
    assert.deepEqual(verdicts(s).filter(([v]) => v !== 'unchecked'), [['ok', '22% 49% 23% 6%']]);
    // 22 + 49 + 27 + 6 = 104%
    assert.deepEqual(rulesOf(s.replace('23% adequate', '27% adequate')), ['numbers/parts-sum']);
  });
  it('leaves out a share that answers another question, and a shortfall', () => {
    // 15 + 50 + 25 + 10 = 100%; 'being issued a warning' is a breakdown of the 10%
    const s = 'Of the wards we saw, 15% were rated excellent, 50% good and 25% adequate. But 10% were rated poor, 6% being issued a warning notice.';
    assert.deepEqual(verdicts(s).filter(([v]) => v === 'ok'), [['ok', '15% 50% 25% 10%']]);
    // 15 + 50 + 20 + 10 = 95%: an answer may be missing
    assert.deepEqual(rulesOf(s.replace('25% adequate', '20% adequate')), []);
  });
  it('traps: another group, another year, or a band of answers', () => {
    // a frame of its own: the second sentence is about secondary schools (20 + 60 + 30 = 110%)
    assert.deepEqual(rulesOf('In primary schools, 20% were rated excellent and 60% good. In secondary schools, 30% were rated adequate.'), []);
    // a share of another whole
    assert.deepEqual(rulesOf('Last year 20% of the homes were rated excellent and 60% good. 30% of the agencies were rated adequate.'), []);
    // a band overlaps its grades: 'good or better' holds the 20%
    assert.deepEqual(rulesOf('Last year 20% of the homes were rated excellent and 60% good or better. But 30% were rated adequate.'), []);
    // the same answer twice is two breakdowns
    assert.deepEqual(rulesOf('Last year 20% of the homes were rated excellent and 60% good. This year 30% were rated excellent.'), []);
    // an answer with a phrase of time or agent is not a category: 'good at the last appraisal', 'good by their managers' (40 + 70 + 5)
    assert.deepEqual(rulesOf('Across the trust 40% of the staff were rated good at the last appraisal. A further 70% were rated good by their managers and 5% were rated poor by their managers.'), []);
    // a verb of receiving is not a verdict: training topics overlap (20 + 50 + 40 = 110%)
    assert.deepEqual(rulesOf('Last year 20% of the staff were trained in first aid and 50% in fire safety. But 40% were trained in safeguarding.'), []);
  });
});

const doc = (body: string) => `${FM}# Appendix 2 Inspections\n\n${body.trim()}\n`;
const tableSums = (text: string) => claims(text).filter((c) => c.kind === 'table-sum').map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);
const tableRules = (text: string) => numbersDiagnostics(text).map((d) => d.ruleId);

describe('numbers totals 2: a Total row of some of the rows (tables/column-sum.ts)', () => {
  const table = (total: string) =>
    doc(`
| Setting | Places | Visits |
|---|---|---|
| Day nursery | 240 | 31 |
| Childminder | 95 | 18 |
| Holiday club | 60 | 7 |
| Out-of-school club | 130 | 12 |
| Total | ${total} |
`);
  it('confirms a Total that is the sum of the same rows in every column', () => {
    // 240 + 95 + 130 = 465 and 31 + 18 + 12 = 61: the Total leaves out the holiday clubs in both columns
    assert.deepEqual(tableSums(table('465 | 61')), [['ok', '465 240 95 130'], ['ok', '61 31 18 12']]);
  });
  it('traps: a subset that fits one column only, or more than one subset', () => {
    // 465 is 240 + 95 + 130, but 60 fits no set of the visits with the same rows: unresolved as before
    assert.deepEqual(tableSums(table('465 | 60')).map(([v]) => v), ['unchecked', 'unchecked']);
    assert.deepEqual(tableRules(table('465 | 60')), []);
  });
});

describe('numbers totals 2: a column total stated before the table (tables/stated-total.ts)', () => {
  const body = (homes: string, lead = 'Inspectors visited 118 care homes with 2,460 residents in the year.') =>
    doc(`
${lead}

| Rating | Homes | Residents |
|---|---|---|
| Excellent | 21 | 402 |
| Good | 64 | 1,377 |
| Adequate | 25 | 521 |
| Poor | ${homes} | 160 |
`);
  it('confirms columns that add up to the totals stated before the table', () => {
    // 21 + 64 + 25 + 8 = 118; 402 + 1377 + 521 + 160 = 2460
    assert.deepEqual(tableSums(body('8')), [['ok', '118 21 64 25 8'], ['ok', '2,460 402 1,377 521 160']]);
  });
  it('reports a column that misses its stated total when another column adds up to its own', () => {
    // 21 + 64 + 25 + 5 = 115, not 118, while the residents add up to 2,460
    assert.deepEqual(tableRules(body('5')), ['numbers/table-shares']);
  });
  it('traps: a column alone, two counts of the same noun, a hedged total', () => {
    // the residents column now fails too (2,460 against 2,400): no column adds up, so nothing is judged
    assert.deepEqual(tableRules(body('5', 'Inspectors visited 118 care homes with 2,400 residents in the year.')), []);
    // two counts of homes: which one the table breaks down is not known
    assert.deepEqual(tableSums(body('5', 'Of the 140 homes, inspectors visited 118 homes with 2,460 residents.')).filter(([, f]) => f!.startsWith('1')), []);
    // 'about 120 homes' is not a total
    assert.deepEqual(tableRules(body('5', 'Inspectors visited about 118 homes with 2,460 residents in the year.')), []);
  });
});

describe('numbers totals 2: one wrong figure gives one finding (register.ts, sameFindings)', () => {
  const findings = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
  it("reports a share's GRIM impossibility and its mismatch with the count once", () => {
    // 17 of 20 is 85%; 'P% of the 20' must be a multiple of 5, and 88% is neither: one finding, the mismatch
    assert.deepEqual(findings('In 17 cases, 88% of the 20 we sampled, the plan had been reviewed.'), ['numbers/percentage-mismatch']);
  });
  it('reports a fraction phrase read twice over the same figures once', () => {
    // 'Two in five of the 30 cases (18 cases)': 18 of 30 is 60%, not two in five
    assert.deepEqual(findings('Two in five of the 30 cases (18 cases) had a current plan.'), ['numbers/fraction-mismatch']);
  });
  it("drops the fraction's mismatch when the share's fix makes the fraction right", () => {
    // 27 of 40 = 67.5% → 68%, not 73%; 68% is just over two thirds, so '73%' is the one wrong figure
    assert.deepEqual(findings('Of the 40 young people, 27 – just over two thirds, or 73% – had a mentor.'), ['numbers/percentage-mismatch']);
  });
  it("drops the shares' sum when the share's fix brings it to 100%", () => {
    // 9 of 30 = 30%, not 36%; 30 + 60 + 10 = 100%
    assert.deepEqual(findings('Of the 30 actions, 18 were rated "complete" (60%), 9 as "partly complete" (36%) and 3 as "open" (10%).'), ['numbers/percentage-mismatch']);
  });
  it('traps: two wrong figures stay two findings', () => {
    // 27 of 40 is 68%, not 80%, and 'just over half' does not fit 68% either: two findings (the
    // fraction against the 80% says nothing more, and is not a third)
    assert.deepEqual(findings('Of the 40 young people, 27 – just over half, or 80% – had a mentor.').sort(), ['numbers/fraction-mismatch', 'numbers/percentage-mismatch']);
    // 9 of 30 = 30%, not 36%, and the other shares are off too: 30 + 70 + 10 = 110%, still not 100%
    assert.deepEqual(findings('Of the 30 actions, 18 were rated "complete" (70%), 9 as "partly complete" (36%) and 3 as "open" (10%).').sort().length >= 2, true);
  });
});

describe('numbers totals 2: a number with thousands separators after a label word is a count (quantities.ts)', () => {
  it("confirms parts written after 'level' when they add up", () => {
    // 6,900 + 350 = 7,250 at A level; 'level 6,900' is not a label like 'Level 3'
    const s = 'Of the 21,000 entries, 13,750 were for GCSE and 7,250 for A level. For GCSE 12,400 passed and 1,350 did not; at A level 6,900 passed and 350 did not.';
    assert.deepEqual(verdicts(s).filter(([, f]) => f!.startsWith('7,250')), [['ok', '7,250 6,900 350']]);
  });
  it("traps: a small number after a label word stays a label ('Level 3', 'Tier 2')", () => {
    assert.deepEqual(rulesOf('Of the 40 learners, 22 were at Level 3 and 18 at Level 2.'), []);
  });
});

describe('numbers totals 2: shares by grade in one sentence (relations/grade-shares.ts)', () => {
  it('reports shares by grade that come to more than 100%', () => {
    // 9 + 68 + 20 + 6 = 103%: each service has one rating
    assert.deepEqual(rulesOf('At the end of March, 9% of the agencies were outstanding, 68% were good, 20% were requires improvement and 6% were inadequate.'), ['numbers/parts-sum']);
    // a share after its fraction: 'three quarters (74%) were rated good'; 74 + 20 + 8 = 102%
    assert.deepEqual(rulesOf('Three quarters (74%) were rated good, a fifth (20%) requires improvement and 8% were inadequate.'), ['numbers/parts-sum']);
  });
  it('confirms shares by grade that add up, and leaves a shortfall', () => {
    // 9 + 68 + 17 + 6 = 100%
    assert.deepEqual(verdicts('At the end of March, 9% of the agencies were outstanding, 68% were good, 17% were requires improvement and 6% were inadequate.').filter(([v]) => v !== 'unchecked'), [['ok', '9% 68% 17% 6%']]);
    // 9 + 68 + 6 = 83%: a grade is not named
    assert.deepEqual(rulesOf('At the end of March, 9% of the agencies were outstanding, 68% were good and 6% were inadequate.'), []);
  });
  it('traps: other questions, other wholes, other years, bands', () => {
    // 'said … was' is another question each time (70 + 45 = 115%)
    assert.deepEqual(rulesOf('In the survey 70% said the food was good and 45% said the garden was inadequate.'), []);
    // shares of two wholes
    assert.deepEqual(rulesOf('In the county 66% of nurseries were good and 40% of childminders were outstanding.'), []);
    // two years
    assert.deepEqual(rulesOf('This year 30% of the homes were outstanding, and last year 75% were good.'), []);
    // a place of its own before the next share: another whole (80 + 30 = 110%)
    assert.deepEqual(rulesOf('In Wales, 80% of schools were good and in England 30% were outstanding.'), []);
    // a band holds other grades
    assert.deepEqual(rulesOf('At the end of March, 30% of the agencies were outstanding, 75% were good or better and 6% were inadequate.'), []);
    // a grade word that is not all of the answer: 'good at'
    assert.deepEqual(rulesOf('In the lessons seen, 70% of pupils were good at reading and 45% were inadequate.'), []);
  });
});

describe("numbers totals 2: a part with its place after a colon ('40 in the north')", () => {
  it('reads parts written with their place', () => {
    // 40 + 20 + 15 = 75
    assert.deepEqual(verdicts('We made 75 visits: 40 in the north, 20 in the midlands and 15 in the south.'), [['ok', '75 40 20 15']]);
    // 40 + 22 + 15 = 77, not 75
    assert.deepEqual(rulesOf('We made 75 visits: 40 in the north, 22 in the midlands and 15 in the south.'), ['numbers/parts-sum']);
  });
  it('traps: an uncounted part, two wholes before the colon, a ratio', () => {
    // 'a small number' is a part with no count: 40 + 20 + 12 = 72 of 75 may be right
    assert.deepEqual(rulesOf('We made 75 visits: 40 in the north, 20 in the midlands and 12 in the south, with a small number in Wales.'), []);
    // two counts before the colon: the breakdown may be of either or both (30 + 28 + 9 = 67)
    assert.deepEqual(rulesOf('We carried out 60 inspections and 5 follow-up visits: 30 in primary schools, 28 in secondary schools and 9 in special schools.'), []);
  });
});

describe('numbers totals 2: a share broken down by participles (relations/sub-shares.ts)', () => {
  it('confirms a breakdown that fits the share it breaks down', () => {
    // 7 + 5 = 12
    assert.deepEqual(verdicts('In the year 12% of the wards were rated poor, 7% being issued a warning notice and 5% being placed under review.'), [['ok', '12% 7% 5%']]);
  });
  it('never reports one that does not fit', () => {
    // 7 + 8 = 15, not 12: the kinds may overlap (a ward both warned and reviewed)
    const s = 'In the year 12% of the wards were rated poor, 7% being issued a warning notice and 8% being placed under review.';
    assert.deepEqual(verdicts(s), [['unchecked', '12% 7% 8%']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it('traps: shares that are not participles of the first', () => {
    // 'were' is a verb of its own: not a breakdown
    assert.deepEqual(verdicts('In the year 12% of the wards were rated poor, 7% were issued a warning notice and 5% were placed under review.').filter(([, f]) => f === '12% 7% 5%'), []);
  });
});

describe('numbers totals 2: counts by grade with a rest named but not counted (relations/grade-parts.ts)', () => {
  it('reads a shortfall as the rest the sentence names', () => {
    // 2 + 20 + 6 = 28 of 34; 'the remaining reports' are the other 6
    const s = 'We published 34 reports this month. Two services were rated Outstanding, 20 Good and 6 Requires improvement; the remaining reports were of unrated focused visits.';
    assert.deepEqual(verdicts(s), [['ok', '34 Two 20 6']]);
  });
  it('still reports an excess, and a rest of another group does not count', () => {
    // 2 + 30 + 6 = 38, more than 34: the rest cannot make up an excess
    assert.deepEqual(rulesOf('We published 34 reports this month. Two services were rated Outstanding, 30 Good and 6 Requires improvement; the remaining reports were of unrated focused visits.'), ['numbers/parts-sum']);
    // 'the other findings' is not the rest of the 30 reports: every grade named, 4 + 15 + 7 + 3 = 29 of 30 stays unjudged in the sentence before
    assert.deepEqual(verdicts('We published 30 reports. Four services were rated Outstanding, 15 Good, 7 Requires improvement and 3 Inadequate; the other findings are in the annex.').map(([v]) => v), ['unchecked']);
  });
});

describe('numbers totals 2: a list with an approximate count that adds up exactly (relations/list-sum.ts)', () => {
  it("confirms 'some N of these …, while M …' that adds up to the count before", () => {
    // 3,812 + 640 = 4,452
    assert.deepEqual(verdicts('In the year 4,452 referrals were closed. Some 3,812 of these were closed after assessment, while 640 were closed at the front door.'), [['ok', '4,452 3,812 640']]);
  });
  it('traps: a bound is not an approximate count, and a list that does not add up is never reported', () => {
    // 'more than 3,800' + 652 = 4,452 would be a coincidence of a bound: not read
    assert.deepEqual(verdicts('In the year 4,452 referrals were closed. More than 3,800 of these were closed after assessment, while 652 were closed at the front door.'), []);
    // 3,812 + 700 = 4,512, not 4,452: the approximate count may be off; nothing is reported
    assert.deepEqual(rulesOf('In the year 4,452 referrals were closed. Some 3,812 of these were closed after assessment, while 700 were closed at the front door.'), []);
  });
});
