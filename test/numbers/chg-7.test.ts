/**
 * Changes and multiples, round 7 (helper chg): readings that must stay silent when the figures may be right
 * (a change per period, a plan or target as the other figure, a gapped further change, a ratio as a level,
 * real terms, a later level, 'N times more'), and the plain readings beside them that still report.
 * Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const CHANGE = ['numbers/change-mismatch'];
const okChange = (finding: string, kind = 'change') => claimsOf(finding).some((c) => c.kind === kind && c.verdict === 'ok');

describe('chg-7: a change per period compounds over its pair (change.ts perPeriod)', () => {
  it('leaves a rate per year over a pair of years unjudged', () => {
    // 300 x 1.2 x 1.2 = 432: right as 20% in each year, though 432/300 is 44% overall
    assert.deepEqual(rulesOf('Missed appointments rose by 20% in each of the last two years, from 300 to 432.'), []);
    // 1,000 x 1.05^3 = 1,157.6: 5% a year for three years
    assert.deepEqual(rulesOf('Recalls grew by 5% a year, from 1,000 in 2020 to 1,158 in 2023.'), []);
    // 'an average of' a rate per year: 800 -> 968 is 21% over two years, 10% a year compounded
    assert.deepEqual(rulesOf('Referrals rose by an average of 10% from 800 to 968 over the two years.'), []);
    // 'year on year'
    assert.deepEqual(rulesOf('The backlog grew 25% year on year, from 640 to 1,000.'), []);
  });
  it('still reports a plain change between the same figures', () => {
    // (432 - 300)/300 = 44%, not 20%
    assert.deepEqual(rulesOf('Missed appointments rose by 20% over the two years, from 300 to 432.'), CHANGE);
    // (1,158 - 1,000)/1,000 = 15.8%, not 5%
    assert.deepEqual(rulesOf('Recalls grew by 5%, from 1,000 in 2020 to 1,158 in 2023.'), CHANGE);
  });
});

describe('chg-7: a plan or target is no earlier level (change.ts plannedFigure)', () => {
  it('leaves a change against a planned or targeted figure unjudged', () => {
    // 1,800 against 2,000 planned is -10%, but the 12% fall is on last year
    assert.deepEqual(rulesOf('The service completed 1,800 assessments, down 12% compared with 2,000 planned.'), []);
    // a target of 500: 450 is 10% short of it, the 4% rise is on the year before
    assert.deepEqual(rulesOf('Placements rose by 4% to 450, against a target of 500.'), []);
  });
  it('still reports a change against an earlier level', () => {
    // (1,800 - 2,000)/2,000 = -10%, not 12%
    assert.deepEqual(rulesOf('The service completed 1,800 assessments, down 12% compared with 2,000 the year before.'), CHANGE);
  });
});

describe('chg-7: a gapped further change owns the figures after it (change.ts GAPPED_AMOUNT)', () => {
  it('does not take the later change\'s figures for the first one', () => {
    // 2,000 x 0.95 x 0.94 = 1,786: 5% then a further 6%
    assert.deepEqual(rulesOf('Admissions fell by 5% in 2022 and by a further 6%, to 1,786, in 2023, from 2,000 in 2021.'), []);
  });
  it('reports the first change when it has its own figures', () => {
    // (1,900 - 2,000)/2,000 = -5%, not 8%
    assert.deepEqual(rulesOf('Admissions fell by 8%, from 2,000 to 1,900, in 2022.'), CHANGE);
  });
});

describe('chg-7: ratios, real terms and later levels (change.ts ratioNumerator, realTerms, chainedLevel)', () => {
  it('does not read the first figure of a ratio as a level', () => {
    // one in three (33.3%) to one in four (25%) is 8.3 points
    assert.deepEqual(rulesOf('Reconviction fell from one in three to one in four, a fall of 8 percentage points.'), []);
  });
  it('leaves a change in real terms over cash figures unjudged', () => {
    // 52,000 -> 48,000 is -7.7% in cash; 12% after inflation may be right
    assert.deepEqual(rulesOf('Spending per place fell by 12% in real terms, from £52,000 to £48,000.'), []);
    assert.deepEqual(rulesOf('Spending per place fell by 12%, from £52,000 to £48,000.'), CHANGE);
  });
  it('leaves a change followed by a later level unjudged, and reports it alone', () => {
    // 900 -> 600 is a third, the rise from 900 to 720 is not: the change may run to the later level
    assert.deepEqual(rulesOf('The waiting list fell by a third, from 900 to 720 in the first year and to 600 in the second.'), []);
    assert.deepEqual(rulesOf('The waiting list fell by a third, from 900 to 720.'), CHANGE);
    // (1,020 - 1,240)/1,240 = -17.7%; to 930, -25%
    assert.deepEqual(rulesOf('Adjudications fell by 25%, from 1,240 to 1,020 in 2022 and then to 930 in 2023.'), []);
    assert.ok(okChange('Adjudications fell by 25%, from 1,240 to 930.'));
  });
  it('leaves a share restated for a sub-group unjudged', () => {
    // 58% -> 66% is 8 points; the 11 points is for another group
    assert.deepEqual(rulesOf('At the last inspection 58% of cases had a good plan. This has risen to 66% for men, an increase of 11 percentage points for women.'), []);
    assert.deepEqual(rulesOf('At the last inspection 58% of cases had a good plan. This has risen to 66%, an increase of 11 percentage points.'), CHANGE);
  });
});

describe('chg-7: N times more may be N or N+1 times (multiple.ts MORE_THAN_BASE)', () => {
  it('accepts either reading of times more and fold increase', () => {
    // 40/10 = 4: 'three times more' as three times more than the base
    assert.deepEqual(rulesOf('Women were three times more likely than men to self-harm (40% against 10%).'), []);
    // 30/10 = 3: the plain reading
    assert.deepEqual(rulesOf('Women were three times more likely than men to self-harm (30% against 10%).'), []);
    // 150/30 = 5: a fourfold increase read as four times more
    assert.deepEqual(rulesOf('There was a fourfold increase in searches, from 30 to 150.'), []);
  });
  it('reports a multiple that fits neither reading, and keeps "as" strict', () => {
    // 60/10 = 6: neither 3 nor 4
    assert.deepEqual(rulesOf('Women were three times more likely than men to self-harm (60% against 10%).'), CHANGE);
    // 40/10 = 4, not three times as likely
    assert.deepEqual(rulesOf('Women were three times as likely as men to self-harm (40% against 10%).'), CHANGE);
  });
});

describe('chg-7: a change closing a series of levels by year (year-series.ts)', () => {
  it('confirms a change over the whole series or its last step', () => {
    // (372 - 450)/450 = -17.3% -> 17%, over 2020 to 2023
    assert.ok(okChange('Exclusions: 450 in 2020, 401 in 2021, 390 in 2022 and 372 in 2023, a fall of 17% over the period.'));
    // (372 - 390)/390 = -4.6% -> 5%, the last step
    assert.ok(okChange('Exclusions: 450 in 2020, 401 in 2021, 390 in 2022 and 372 in 2023, a fall of 5% on the year.'));
    // two percentages: 38% -> 45% is 7 points, or 15.6%-21.9% relative: 18% fits
    assert.ok(okChange('The share was 38% in 2018 and 45% in 2023, a rise of 18%.'));
  });
  it('reports a change that fits neither reading', () => {
    // -17.3% over the series, -4.6% on the last step: not 25%
    assert.deepEqual(rulesOf('Exclusions: 450 in 2020, 401 in 2021, 390 in 2022 and 372 in 2023, a fall of 25%.'), CHANGE);
    // (240 - 200)/200 = 20%, not 12%
    assert.deepEqual(rulesOf('The trust received 200 complaints in 2021 and 240 in 2022, an increase of 12%.'), CHANGE);
  });
  it('leaves a rate per year unjudged, and reads no years out of order', () => {
    // 500 -> 605 over two years is 10% a year compounded
    assert.deepEqual(rulesOf('There were 500 admissions in 2021 and 605 in 2023, an increase of 10% a year.'), []);
    // 'on 2019': a base of its own, outside the series
    assert.deepEqual(rulesOf('Exclusions: 450 in 2020, 401 in 2021, 390 in 2022 and 372 in 2023, a fall of 25% on 2019.'), []);
    // years written backwards: not a series this reader takes
    assert.deepEqual(rulesOf('There were 605 admissions in 2023 and 500 in 2021, an increase of 10%.'), []);
  });
});

describe('chg-7: levels ordered by the years written with them (change.ts yearOfLevel)', () => {
  it('takes the earlier year as the old level, whatever marks the other', () => {
    // 83% (2019) -> 79% (2020) is a fall of 4 points, though 'against' stands before the later level
    assert.ok(okChange('The share of schools judged good fell by 4 percentage points: 83% were good as at 31 August 2019, against 79% as at 31 August 2020.'));
    // 4 points, not 6
    assert.deepEqual(rulesOf('The share of schools judged good fell by 6 percentage points: 83% were good as at 31 August 2019, against 79% as at 31 August 2020.'), CHANGE);
  });
});

describe('chg-7: a multiple whose base is the one share of the sentence before (multiple.ts earlierBase)', () => {
  it('judges the multiple against the share the sentence restates', () => {
    // 42/14 = 3
    assert.deepEqual(rulesOf('In the men\'s prisons 14% of those surveyed said they had a job to go to. In the women\'s prisons the figure was 42%, three times as many.'), []);
    assert.ok(claimsOf('In the men\'s prisons 14% of those surveyed said they had a job to go to. In the women\'s prisons the figure was 42%, three times as many.').some((c) => c.kind === 'multiple' && c.verdict === 'ok'));
    // 42/14 = 3, not twice
    assert.deepEqual(rulesOf('In the men\'s prisons 14% of those surveyed said they had a job to go to. In the women\'s prisons the figure was 42%, twice as many.'), CHANGE);
  });
  it('takes no base the multiple names, nor one of a sentence with two shares', () => {
    // 'the national rate' is the base, not the 14%
    assert.deepEqual(rulesOf('In the men\'s prisons 14% of those surveyed said they had a job to go to. In the women\'s prisons the figure was 42%, twice the national rate.'), []);
    // two shares before: which one is the base is not said
    assert.deepEqual(rulesOf('In the men\'s prisons 14% said they had a job to go to and 30% a home. In the women\'s prisons the figure was 42%, twice as many.'), []);
  });
});

describe('chg-7: a ratio with its share after ", or" (extract/ratio-in.ts orFigure)', () => {
  it('confirms a share that the ratio rounds', () => {
    // 1/25 = 4%
    assert.ok(claimsOf('One in every 25 learners, or 4%, left the course early.').some((c) => c.kind === 'ratio' && c.verdict === 'ok'));
    // 3/10 = 30%, 31% rounds to it
    assert.ok(claimsOf('Three in ten staff, or 31%, had no appraisal.').some((c) => c.kind === 'ratio' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '31%')));
  });
  it('reports a share far from the ratio', () => {
    // 3/10 = 30%, not 52%
    assert.deepEqual(rulesOf('Three in ten staff, or 52%, had no appraisal.').length, 1);
  });
});

describe('chg-7: an opening ratio given by the next sentence\'s one share (ratio.ts readRatioBefore)', () => {
  it('confirms the ratio by the one share of the next sentence, wherever it stands', () => {
    // 1/6 = 16.7%; 'some 17%' fits
    assert.ok(claimsOf('One in six home visits may not have been needed. Inspectors read 50 files in each of the 12 areas and in some 17% the visit had no recorded purpose.').some((c) => c.kind === 'ratio' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '17%')));
  });
  it('says nothing when the share does not fit (it may be of another group)', () => {
    // 1/6 = 16.7%, 40% does not fit: not judged
    assert.deepEqual(rulesOf('One in six home visits may not have been needed. Inspectors read 50 files in each of the 12 areas and in 40% the visit had no recorded purpose.'), []);
  });
});

describe('chg-7: the old figure of an absolute change and its rate (change.ts readCountAndRate, SUPERLATIVE_SINCE)', () => {
  it('takes a count after "up from" as the old figure', () => {
    // 9 / 60 = 15%
    assert.ok(okChange('There were 69 admissions, up from 60, an increase of nine (15%).'));
    // 9 / 60 = 15%, not 22%; nor is it 9 / 69 = 13%
    assert.deepEqual(rulesOf('There were 69 admissions, up from 60, an increase of nine (22%).'), CHANGE);
    // 9 / 69 = 13%: the rate may be given of the new figure, so not judged
    assert.deepEqual(rulesOf('There were 69 admissions, up from 60, an increase of nine (13%).'), []);
  });
  it('does not take the figure a superlative is dated by as the old one', () => {
    // 'since 2004, when there were 3,000' dates the record, not the 4% rise
    assert.deepEqual(rulesOf('Referrals rose by 4% to 5,200, the highest figure since 2004, when there were 3,000.'), []);
    // (5,200 - 4,000)/4,000 = 30%, not 4%
    assert.deepEqual(rulesOf('Referrals rose by 4% to 5,200 since 2004, when there were 4,000.'), CHANGE);
  });
});

describe('chg-7: a ratio with its count closing the clause and its whole the opening frame (ratio.ts frameBefore)', () => {
  it('judges the count against the frame', () => {
    // 12/48 = 25%
    assert.ok(claimsOf('Of the 48 files we checked, one in four lacked a signed plan (12 files).').some((c) => c.kind === 'ratio' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '48')));
    // 20/48 = 41.7%, not one in four
    assert.deepEqual(rulesOf('Of the 48 files we checked, one in four lacked a signed plan (20 files).'), ['numbers/fraction-mismatch']);
  });
  it('takes no whole with another count between, and no bracket of another noun', () => {
    // the 30 staff stand between the frame and the ratio
    assert.deepEqual(rulesOf('Of the 48 files, which 30 staff held, one in four lacked a signed plan (20 files).'), []);
    // 'visits' is not the frame's noun
    assert.deepEqual(rulesOf('Of the 48 files we checked, one in four lacked a signed plan (20 visits).'), []);
  });
});

describe('chg-7: old figures written after a year, or in the sentence before (change.ts comparesBack, pairBefore2)', () => {
  it('takes the bracket after "on YEAR" as the old level', () => {
    // 61% - 55% = 6 points
    assert.ok(okChange('The figure for 2024 was 55%, a decline of 6 percentage points on 2023 (61%).'));
    // 6 points, not 4
    assert.deepEqual(rulesOf('The figure for 2024 was 55%, a decline of 4 percentage points on 2023 (61%).'), CHANGE);
  });
  it('reads "This compares with N" against the one figure of the sentence before', () => {
    // (90 - 72)/72 = 25%
    assert.ok(okChange('The panel heard 90 appeals. This compares with 72 the year before, an increase of 25%.'));
    // 25%, not 20%
    assert.deepEqual(rulesOf('The panel heard 90 appeals. This compares with 72 the year before, an increase of 20%.'), CHANGE);
  });
  it('orders a pair of the sentence before by the years written with it', () => {
    // 2022: 72, 2023: 90; (90 - 72)/72 = 25%
    assert.ok(okChange('In 2023, 90 appeals were heard; in 2022, 72 were heard. This was an increase of 25%.'));
    assert.deepEqual(rulesOf('In 2023, 90 appeals were heard; in 2022, 72 were heard. This was an increase of 30%.'), CHANGE);
    // no years: which figure is the earlier is not said
    assert.deepEqual(rulesOf('The first panel heard 90 appeals and the second 72. This was an increase of 30%.'), []);
  });
});

describe('chg-7: a change and its pair in brackets (change.ts bracketPairAfter, PAIR_THEN_BRACKET)', () => {
  it('reads the pair in a bracket after the change', () => {
    // (126 - 105)/105 = 20%
    assert.ok(okChange('Recalls were up 20% (105 to 126).'));
    assert.deepEqual(rulesOf('Recalls were up 30% (105 to 126).'), CHANGE);
    // new against old: (126 - 105)/105 = 20%
    assert.ok(okChange('Recalls were 20% higher than in 2022 (126 compared with 105).'));
    assert.deepEqual(rulesOf('Recalls were 30% higher than in 2022 (126 compared with 105).'), CHANGE);
  });
  it('reads the change in brackets after the pair its verb opens', () => {
    assert.ok(okChange('The number of recalls went up from 105 to 126 (20%).'));
    // 126/105 is 20%, not 30%; but a bracket after a count may be its share of a whole, so it is only confirmed
    assert.deepEqual(rulesOf('The number of recalls went up from 105 to 126 (30%).'), []);
    // 300/400 = 75%: the share of the frame's whole, not a change
    assert.deepEqual(rulesOf('Of the 400 cases, the number with a plan rose from 250 to 300 (75%).'), []);
  });
  it('takes no bracket of years, nor one that names another group', () => {
    // '(126 compared with 105 nationally)': the bracket says more than the pair
    assert.deepEqual(rulesOf('Recalls were 30% higher than in 2022 (126 compared with 105 nationally).'), []);
  });
});

describe('chg-7: a bracketed change belongs to the pair right before it (change.ts appositivePair)', () => {
  it('does not take a later pair for the bracket of an earlier one', () => {
    // 800 -> 1,000 is 25%; the 600 -> 690 pair is the second clause's
    assert.deepEqual(rulesOf('Referrals rose from 800 to 1,000 (25%) and assessments from 600 to 690 (15%).'), []);
    assert.ok(okChange('Referrals rose from 800 to 1,000 (25%) and assessments from 600 to 690 (15%).'));
  });
});

describe('chg-7: a ratio "out of every" (extract/ratio-in.ts)', () => {
  it('reads it as "in every"', () => {
    // 7/10 = 70%, 71% rounds to it; 55% does not
    assert.ok(claimsOf('Seven out of every ten parents (71%) were satisfied.').some((c) => c.kind === 'ratio' && c.verdict === 'ok'));
    assert.deepEqual(rulesOf('Seven out of every ten parents (55%) were satisfied.').length, 1);
  });
});

describe('chg-7: change verbs of one class (change.ts CUE_BEFORE, UP, DOWN)', () => {
  it('reads vivid verbs and nouns of rise and fall', () => {
    // (84 - 60)/60 = 40%
    assert.ok(okChange('Missed visits soared by 40%, from 60 to 84.'));
    assert.deepEqual(rulesOf('Missed visits soared by 50%, from 60 to 84.'), CHANGE);
    // (42 - 60)/60 = -30%
    assert.ok(okChange('Missed visits plummeted by 30%, from 60 to 42.'));
    assert.ok(okChange('There was a surge of 40% in missed visits, from 60 to 84.'));
  });
  it('reads "improved" with no direction of its own', () => {
    // waiting 10 weeks -> 8 weeks is a 20% fall, an improvement
    assert.ok(okChange('Waiting times improved by 20%, from 10 weeks to 8 weeks.'));
    // 12 points, not 5
    assert.deepEqual(rulesOf('Attendance improved by 5 percentage points, from 78% to 90%.'), CHANGE);
  });
});

describe('chg-7: a verb with a share as its object is no change (change.ts readChange)', () => {
  it('does not read "improved 40% of the plans" as a rise of 40%', () => {
    // 12 -> 32 is +167%; the 40% is a share of the plans, not the change
    assert.deepEqual(rulesOf('Managers improved 40% of the 50 plans we read, from 12 to 32 good ones.'), []);
    assert.deepEqual(rulesOf('There were 64 wards; the trust improved 25% of them, from 40 good to 56.'), []);
  });
  it('still reads "rose 20%" and "rose by 20%"', () => {
    assert.ok(okChange('Referrals rose 20%, from 100 to 120.'));
    assert.deepEqual(rulesOf('Referrals rose 25%, from 100 to 120.'), CHANGE);
  });
});

describe('chg-7: a fraction compared with a fraction or a time is no multiple of a pair (multiple.ts readFractionCompare)', () => {
  it('judges no multiple when the fraction is "more than a year earlier" or "less than half"', () => {
    // 60/45 = 1.33, a third more, but the comparison is with a year, not with 45: no claim either way
    assert.ok(!claimsOf('The unit held a third more than a year earlier: 60 against 45.').some((c) => c.kind === 'multiple'));
    assert.deepEqual(rulesOf('The unit held a third more than a year earlier: 70 against 45.'), []);
  });
});
