/**
 * Changes and multiples, round 8 (helper chg): right figures the checker called wrong in my own controls,
 * each fixed by its form, and the wrong figures of the same form that must still be reported.
 * Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const CHANGE = ['numbers/change-mismatch'];
const okOf = (finding: string, kind = 'change') => claimsOf(finding).some((c) => c.kind === kind && c.verdict === 'ok');

describe('chg-8: a hedged verb of halving is hedged on the fall, not on the multiple (multiple.ts)', () => {
  it('reads nearly halved as a ratio a little below 2, more than halved as above 2', () => {
    // 3,020 / 1,560 = 1.94: the number fell nearly by half
    assert.deepEqual(rulesOf('The number of people waiting more than 18 weeks nearly halved, from 3,020 to 1,560.'), []);
    assert.ok(okOf('The number of people waiting more than 18 weeks nearly halved, from 3,020 to 1,560.', 'multiple'));
    // 3,000 / 1,200 = 2.5: it fell by more than half
    assert.deepEqual(rulesOf('Open cases more than halved, from 3,000 to 1,200.'), []);
    assert.ok(okOf('Open cases more than halved, from 3,000 to 1,200.', 'multiple'));
  });
  it('still reports a hedged halving the figures do not bear', () => {
    // 3,000 / 2,400 = 1.25: not nearly halved
    assert.deepEqual(rulesOf('Open cases nearly halved, from 3,000 to 2,400.'), CHANGE);
    // 3,000 / 1,700 = 1.76: not more than halved
    assert.deepEqual(rulesOf('Open cases more than halved, from 3,000 to 1,700.'), CHANGE);
  });
  it('keeps "almost half as many" a ratio a little above 2', () => {
    // 3,000 / 1,400 = 2.14: almost half as many
    assert.ok(okOf('There were almost half as many open cases: 1,400, compared with 3,000.', 'multiple'));
  });
});

describe('chg-8: a change in a clause joined on after both levels is not theirs (change.ts CLAUSE_BETWEEN)', () => {
  it('leaves the other subject\'s change alone', () => {
    // 24% from 21% is 3 points; the 6% is the roll's own growth
    assert.deepEqual(rulesOf('Pupils eligible for free school meals made up 24% of the roll, up from 21%, while the overall roll grew by 6%.'), []);
    // 96% from 91% is five points; the 3% is the number of beds
    assert.deepEqual(rulesOf('Bed occupancy rose to 96% from 91%, up five percentage points, while the number of beds rose by 3%.'), []);
    assert.ok(okOf('Bed occupancy rose to 96% from 91%, up five percentage points, while the number of beds rose by 3%.'));
  });
  it('still reports a change in apposition to its levels', () => {
    // (24 - 21) = 3 points, not 6
    assert.deepEqual(rulesOf('Pupils eligible for free school meals made up 24% of the roll, up from 21%, a rise of 6 percentage points.'), CHANGE);
  });
});

describe('chg-8: a gapped change with a subject of its own owns the figures after it (change.ts GAPPED_AMOUNT)', () => {
  it('does not take the second subject\'s old figure for the first change', () => {
    // knife possession: 9% to 2,180 (no old figure); robbery: 1,500 -> 1,560 is 4%
    assert.deepEqual(rulesOf('Knife possession offences rose by 9%, to 2,180, and robbery by 4%, from 1,500 to 1,560.'), []);
  });
  it('still reports the first change against its own pair', () => {
    // (2,180 - 2,000) / 2,000 = 9%, not 15%
    assert.deepEqual(rulesOf('Knife possession offences rose by 15%, from 2,000 to 2,180.'), CHANGE);
  });
});

describe('chg-8: a pair another change already owns is not this change\'s (change.ts pairOwnedByOther)', () => {
  it('leaves a second change of another place or period alone', () => {
    // 410 -> 520 is 26.8%: the 12% is the national rise
    assert.deepEqual(rulesOf('Visits rose from 410 to 520, an increase of 27%, compared with a national increase of 12%.'), []);
    // 49% -> 55% is 6 points: the 2 points are the national change
    assert.deepEqual(rulesOf('Care leavers in education or work rose from 49% to 55%, an increase of 6 percentage points, compared with an increase of 2 points nationally.'), []);
    // 2,500 -> 2,300 is -8%: the 12% is the quarter before's rise
    assert.deepEqual(rulesOf('Waiting lists fell by 8% in the quarter, from 2,500 to 2,300, after rising by 12% in the quarter before.'), []);
    // 10 -> 15 is 50%: the 25% is of caseloads, whose figures are not given
    assert.deepEqual(rulesOf('A 50% increase in staff (from 10 to 15) was matched by a 25% rise in caseloads.'), []);
  });
  it('still judges a restatement of the other change', () => {
    // 75% -> 62% is 13 points, and 13/75 = 17.3%
    assert.ok(claimsOf('The proportion of staff who felt safe fell to 62% from 75% in 2021, a drop of 13 percentage points, or 17%.').filter((c) => c.kind === 'change' && c.verdict === 'ok').length === 2);
    // 13/75 = 17.3%, not 25%
    assert.deepEqual(rulesOf('The proportion of staff who felt safe fell to 62% from 75% in 2021, a drop of 13 percentage points, or 25%.'), CHANGE);
  });
  it('still reports the first change against its pair', () => {
    // 410 -> 520 is 26.8%, not 21%
    assert.deepEqual(rulesOf('Visits rose from 410 to 520, an increase of 21%, compared with a national increase of 12%.'), CHANGE);
  });
});

describe('chg-8: a pair before the change\'s verb is of its subject (change.ts CHANGE_VERB)', () => {
  it('does not read an age band or hours as levels', () => {
    assert.deepEqual(rulesOf('The number of children aged from 10 to 17 in custody rose by 5%.'), []);
    assert.deepEqual(rulesOf('Opening hours, from 9 to 5, were cut by 10% in the year.'), []);
  });
  it('still reads a pair after the verb', () => {
    // 40 -> 32 is -20%, not 10%
    assert.deepEqual(rulesOf('The number of children in custody fell from 40 to 32, a fall of 10%.'), CHANGE);
  });
});

describe('chg-8: a small ratio rounds within a quarter of its share (extract/ratio-in.ts)', () => {
  it('reports a share far from a small ratio', () => {
    // 1 in 50 = 2%, not 5%
    assert.deepEqual(rulesOf('One in every 50 prisoners, or 5%, had been recalled.').length, 1);
    // 1 in 12 = 8.3%, not 4%
    assert.deepEqual(rulesOf('One in 12 detainees (4%) had been held for more than a month.').length, 1);
  });
  it('keeps a share near a small ratio', () => {
    // 1 in 20 = 5%: 6% is within a quarter of it
    assert.deepEqual(rulesOf('One in 20 staff (6%) had left within a year.'), []);
    // 1 in 14 = 7.1%
    assert.deepEqual(rulesOf('One in 14 detainees (7%) had been held for more than a month.'), []);
    // 1 in 10 = 10%, 12% within a quarter
    assert.deepEqual(rulesOf('One in ten respondents (12%) said they had not been told.'), []);
    // hedged: its hedge's reach
    assert.deepEqual(rulesOf('More than one in ten respondents (14%) said they had not been told.'), []);
  });
});

describe('chg-8: figures a change reader must not take (change.ts, quantities.ts)', () => {
  it('does not read a scale named with "on" as the old figure', () => {
    // 2.8 -> 3.5 is 25%; '1 to 5' is the scale
    assert.deepEqual(rulesOf('Ratings on the 1 to 5 scale improved from an average of 2.8 to 3.5, a rise of 25%.'), []);
    assert.ok(okOf('Ratings on the 1 to 5 scale improved from an average of 2.8 to 3.5, a rise of 25%.'));
  });
  it('reads a pair of averages', () => {
    // 2.8 -> 3.5 is 21.1%-29.1% from the rounded levels, not 15%
    assert.deepEqual(rulesOf('Ratings improved from an average of 2.8 to 3.5, a rise of 15%.'), CHANGE);
  });
  it('keeps a comparison cue before the change for its old figure', () => {
    // (451,000 - 304,400) / 304,400 = 48.2%
    assert.ok(okOf('There were 451,000 enquiries, against 304,400 in 2013, an increase of 48%.'));
  });
  it('does not take a figure of a while-clause after the change for a level', () => {
    // 77% -> 79% is 2 points; the 2% is another share that stayed the same
    assert.ok(okOf('The share of women who felt listened to rose from 77% in 2018 to 79% in 2019, an increase of 2 percentage points, while the share who felt ignored stayed at 2%.'));
  });
  it('never reads a number with a thousands comma as the end of a range of years', () => {
    // (2,072 - 2,451) / 2,451 = -15.5%
    assert.ok(okOf('Enquiries fell by 15.5%, from 2,451 in 2021 to 2,072 in 2022.'));
    assert.deepEqual(rulesOf('Enquiries fell by 25.5%, from 2,451 in 2021 to 2,072 in 2022.'), CHANGE);
  });
});

describe('chg-8: recall by form (change.ts)', () => {
  it('reads "by half" without its article, but not "by half a day"', () => {
    // (45 - 30) / 30 = 50%
    assert.ok(okOf('Caseloads rose by half, from 30 to 45.'));
    // (55 - 30) / 30 = 83%
    assert.deepEqual(rulesOf('Caseloads rose by half, from 30 to 55.'), CHANGE);
    // half a post is an amount, not a fraction of the level
    assert.deepEqual(rulesOf('Staffing fell by half a post, from 10 to 9.'), []);
    assert.deepEqual(rulesOf('The average grade fell by a quarter of a point, from 6 to 5.'), []);
  });
  it('reads a sentence that compares its figure back over a period of several words', () => {
    // (120 - 100) / 100 = 20%
    assert.ok(okOf('There were 120 referrals in the quarter. This compares with 100 in the same quarter last year, an increase of 20%.'));
    assert.deepEqual(rulesOf('There were 120 referrals in the quarter. This compares with 100 in the same quarter last year, an increase of 25%.'), CHANGE);
  });
  it('takes the same verb phrase after both counts for the same measure', () => {
    // (2,695 - 2,450) / 2,450 = 10%
    assert.ok(okOf('Last year 2,450 children were referred. This year 2,695 were referred, a rise of 10%.'));
    assert.deepEqual(rulesOf('Last year 2,450 children were referred. This year 2,695 were referred, a rise of 12%.'), CHANGE);
    // another verb: another measure
    assert.deepEqual(rulesOf('Last year 2,450 children were referred. This year 2,695 were seen, a rise of 12%.'), []);
  });
});

describe('chg-8: a list of change amounts owns its figures together (change.ts inAmountList)', () => {
  it('judges no one amount of a list against the list\'s pair', () => {
    // 2,000 x 0.95 x 0.94 = 1,786
    assert.deepEqual(rulesOf('Admissions fell by 5% in 2022 and 6% in 2023, from 2,000 to 1,786.'), []);
    // 1,000 x 1.03 x 1.05 x 1.08 = 1,168
    assert.deepEqual(rulesOf('Admissions rose by 3%, 5% and 8% in the three years, from 1,000 to 1,168.'), []);
    assert.deepEqual(rulesOf('Referrals and assessments fell by 10% and 20% respectively, from 500 to 450 and from 300 to 240.'), []);
  });
  it('still judges a single amount', () => {
    // (1,786 - 2,000) / 2,000 = -10.7%, not 5%
    assert.deepEqual(rulesOf('Admissions fell by 5% over the two years, from 2,000 to 1,786.'), CHANGE);
  });
});

describe('chg-8: a clause joined on after the change has its own figures (change.ts OTHER_CLAUSE_AFTER)', () => {
  it('does not take the pair of a clause after ", and", ", but" or "although"', () => {
    // 15% since 2015; 400 -> 440 is the last year's 10%
    assert.deepEqual(rulesOf('Referrals rose by 15% since 2015, and from 400 to 440 in the last year.'), []);
    // 12% in the year to 1,120; 500 is the 2015 level of the doubling
    assert.deepEqual(rulesOf('Use of force rose by 12% in the year, to 1,120, and has more than doubled since 2015, when it was 500.'), []);
    // 9% across the estate; 300 -> 420 is 40%
    assert.deepEqual(rulesOf('Self-harm rose by 9% across the estate, and at this prison from 300 to 420 incidents, an increase of 40%.'), []);
    assert.deepEqual(rulesOf('Costs rose by 10%, and income from £1.2 million to £1.5 million.'), []);
    assert.deepEqual(rulesOf('Out-of-area placements fell by 18%, although costs rose from £4.2m to £4.6m.'), []);
    // a quarter to 3,000; 200 -> 300 is the over-a-year waits
    assert.deepEqual(rulesOf('The number waiting fell by a quarter to 3,000, but the number waiting over a year rose from 200 to 300.'), []);
  });
  it('still judges a change with its own pair', () => {
    // (1.5 - 1.2) / 1.2 = 25% (from 17% to 35% with the rounding), not 10%
    assert.deepEqual(rulesOf('Income rose by 10%, from £1.2 million to £1.5 million.'), CHANGE);
    // (300 - 400) / 400 = -25%, not a third
    assert.deepEqual(rulesOf('The number waiting fell by a third, from 400 to 300.'), CHANGE);
  });
});

describe('chg-8: multiples and their pairs (multiple.ts pairFor, usable; change.ts own)', () => {
  it('does not take the figure of a clause joined on after the multiple', () => {
    // doubled to 1,200; 500 -> 550 are foster carers
    assert.deepEqual(rulesOf('The number of children in care doubled in ten years, to 1,200, while the number of foster carers rose from 500 to 550.'), []);
  });
  it('does not read "the old one" as a count', () => {
    // 200 / 20 = 10
    assert.deepEqual(rulesOf('Recorded incidents were ten times higher in the new unit (200) than in the old one (20).'), []);
    // 200 / 40 = 5, not ten
    assert.deepEqual(rulesOf('Recorded incidents were ten times higher in the new unit (200) than in the old one (40).'), CHANGE);
  });
  it('does not give a change the pair of another verb after it', () => {
    // places doubled from 100 to 200; the 50% is of costs
    assert.deepEqual(rulesOf('Costs rose by 50% as the number of places doubled, from 100 to 200.'), []);
  });
});

describe('chg-8: two large round counts may be rounded levels (change.ts roundCountUnit)', () => {
  it('reads the change over the range the rounded levels allow', () => {
    // 40,500-41,500 -> 59,500-60,500 is 43.4%-49.4%: 44% fits
    assert.ok(okOf('The backlog rose from 41,000 cases to 60,000, a rise of 44%.'));
    // 82,500-83,500 -> 87,500-88,500 is 4.8%-7.3%
    assert.ok(okOf('The prison population rose from 83,000 to 88,000, a rise of 5.5%.'));
    // 12,450-12,550 -> 13,950-14,050 is 11.2%-12.9%
    assert.ok(okOf('Calls rose from 12,500 to 14,000, an increase of 13%.'));
  });
  it('still reports a change outside that range, and keeps small round counts exact', () => {
    // 11.2%-12.9%, not 25%
    assert.deepEqual(rulesOf('Calls rose from 12,500 to 14,000, an increase of 25%.'), CHANGE);
    // (2,300 - 2,000) / 2,000 = 15%, not 20%
    assert.deepEqual(rulesOf('The number of recorded incidents rose by 20% to 2,300, from 2,000.'), CHANGE);
  });
});

describe('chg-8: points written as "-point", "percentage-point", "pp" (change.ts POINTS)', () => {
  it('reads them as points', () => {
    // 74 - 71 = 3 points
    assert.ok(okOf('Completion rates rose from 71% to 74%, a 3-point rise.'));
    assert.ok(okOf('Completion rates rose from 71% to 74%, a three-point rise.'));
    assert.ok(okOf('Completion rates fell from 74% to 71%, a 3 percentage-point fall.'));
    assert.ok(okOf('Unemployment among care leavers fell from 39% to 36.5%, a fall of 2.5 pp.'));
  });
  it('reports a wrong change in those units', () => {
    assert.deepEqual(rulesOf('Completion rates fell from 74% to 71%, a 5 percentage-point fall.'), CHANGE);
  });
});

describe('chg-8: an absolute change beside its pair (change.ts readPairAmount)', () => {
  it('confirms the difference of exact counts or amounts in one unit', () => {
    assert.ok(okOf('Incidents rose from 1,204 to 1,505, a rise of 301.'));
    assert.ok(okOf('Staffing levels fell by 11 officers, from 120 to 109.'));
    assert.ok(okOf('Waiting times grew by 12 days, from 34 days to 46 days.'));
    assert.ok(okOf('Waits fell from 20 weeks to 16 weeks, a fall of 4 weeks.'));
  });
  it('reports a difference that is wrong', () => {
    // 1,505 - 1,204 = 301
    assert.deepEqual(rulesOf('Incidents rose from 1,204 to 1,505, a rise of 251.'), CHANGE);
    // 120 - 109 = 11
    assert.deepEqual(rulesOf('Staffing levels fell by 12 officers, from 120 to 109.'), CHANGE);
    // 46 - 34 = 12
    assert.deepEqual(rulesOf('Waiting times grew by 10 days, from 34 days to 46 days.'), CHANGE);
  });
  it('leaves an amount of another period, unit or a gross figure alone', () => {
    assert.deepEqual(rulesOf('Admissions fell from 1,200 to 1,100, a fall of 250 since 2019.'), []);
    assert.deepEqual(rulesOf('Waits fell from 20 weeks to 16 weeks, a fall of 4 days.'), []);
    assert.deepEqual(rulesOf('Net places rose from 400 to 430, an increase of 60 new places offset by 30 closures.'), []);
    assert.deepEqual(rulesOf('Referrals rose from 400 cases to 520, an increase of 30 in the number of urgent cases.'), []);
    assert.deepEqual(rulesOf('The number of referrals rose from 150 to 190 over two years, up 25 in the last year.'), []);
    // 60,000 - 41,000 = 19,000: 18,600 is within the rounding of the two levels
    assert.deepEqual(rulesOf('The backlog rose from 41,000 to 60,000, an increase of 18,600.'), []);
  });
});

describe('chg-8: a new amount of money after "to", before "up from" (change.ts)', () => {
  it('pairs them', () => {
    // £24.5m-£25.5m -> £26.5m-£27.5m is 3.9%-12.2%: 8% fits
    assert.ok(okOf('Income from fees grew by 8% to £27m, up from £25m the year before.'));
    // not 20%
    assert.deepEqual(rulesOf('Income from fees grew by 20% to £27m, up from £25m the year before.'), CHANGE);
  });
});

describe('chg-8: a with-clause after the change has its own figures (change.ts OTHER_CLAUSE_AFTER)', () => {
  it('does not take them for the change\'s levels', () => {
    // 91.2 -> 93.4 is 2.2 points; 21% -> 17% is persistent absence
    assert.deepEqual(rulesOf('Attendance rose to 93.4% in 2023 from 91.2% in 2022, up 2.2 points, with persistent absence down from 21% to 17%, a fall of 4 percentage points.'), []);
    // 1,480 -> 1,720 is 16%; 350 is the families' old figure
    assert.deepEqual(rulesOf('The number of homeless households in temporary accommodation rose from 1,480 to 1,720, up 16%, with 410 of them families with children, up from 350.'), []);
  });
  it('still reports the change against its own pair', () => {
    // 91.2 -> 93.4 is 2.2 points, not 3.2
    assert.deepEqual(rulesOf('Attendance rose to 93.4% in 2023 from 91.2% in 2022, up 3.2 points, with persistent absence down from 21% to 17%.'), CHANGE);
  });
});

describe('chg-8: an absolute change in apposition owns its pair too (change.ts pairOwnedByOther)', () => {
  it('leaves a later change of another period alone', () => {
    // 62 -> 40 is a reduction of 22; the 30% is the year before's rise
    assert.deepEqual(rulesOf('Rough sleeping fell from 62 people to 40, a reduction of 22, after rising by 30% the year before.'), []);
  });
  it('still judges a restatement of it', () => {
    // 22 / 62 = 35.5%, not 45%
    assert.ok(rulesOf('Rough sleeping fell from 62 people to 40, a reduction of 22, or 45%.').includes('numbers/change-mismatch'));
  });
});

describe('chg-8: a ratio\'s count set between commas after its whole (ratio.ts)', () => {
  it('judges it', () => {
    // 50 / 400 = 12.5%
    assert.ok(okOf('Only one in eight of the 400 prisoners, 50 men, had a job to go to.', 'ratio'));
    // 80 / 400 = 20%, not one in eight
    assert.deepEqual(rulesOf('Only one in eight of the 400 prisoners, 80 men, had a job to go to.').length, 1);
    // 120 / 250 = 48%, not six in ten
    assert.deepEqual(rulesOf('Six out of ten of the 250 respondents, 120 people, were positive.').length, 1);
  });
  it('leaves a list or a count of another noun alone', () => {
    assert.deepEqual(rulesOf('One in four of the 80 men, 20 men and 5 women, had no plan.'), []);
    assert.deepEqual(rulesOf('One in four of the 60 schools, 12 primaries, were inadequate.'), []);
  });
});
