/**
 * Forms read by tuner u4 on the t- round's education and variants passages (sentences written for these
 * tests): a dash typed as two hyphens, …
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a dash typed as two hyphens between spaces, ' -- ' (scan.ts blankScope)", () => {
  it('reads a hedge set off by such dashes as an en dash would be read', () => {
    // 59/116 = 50.9%: just over half
    assert.deepEqual(rulesOf('Of the 116 areas inspected, 59 -- just over half -- were required to produce a written statement of action.'), []);
    assert.ok(claimsOf('Of the 116 areas inspected, 59 -- just over half -- were required to produce a written statement of action.').some((c) => c.kind === 'fraction' && c.verdict === 'ok'));
    // 59/116 = 50.9%, not just over two thirds
    assert.deepEqual(rulesOf('Of the 116 areas inspected, 59 -- just over two thirds -- were required to produce a written statement of action.'), ['numbers/fraction-mismatch']);
    // 24,000/64,000 = 37.5%: more than a third
    assert.deepEqual(rulesOf('Of the 64,000 buildings on the estate, 24,000 -- more than a third -- are past their design life.'), []);
  });
  it('reads a breakdown between such dashes', () => {
    // 26 + 12 = 38, not 40
    assert.deepEqual(rulesOf('We read 40 cases -- 26 from the north and 12 from the south -- in March.'), ['numbers/parts-sum']);
    // 26 + 14 = 40
    assert.deepEqual(rulesOf('We read 40 cases -- 26 from the north and 14 from the south -- in March.'), []);
  });
  it('traps: hyphens that are no spaced pair stay as they are', () => {
    // a range written with a double hyphen and no spaces, and a table-like rule, are no dash
    assert.deepEqual(rulesOf('Pupils aged 11--16 attend the school, and 40 of the 120 pupils (33%) have a plan.'), []);
    assert.deepEqual(rulesOf('Of the 90 homes --- a third of the region --- 30 were good.'), []);
  });
});

describe("'Of the n X, k said / would … (P%)': a part whose verb is one of saying, a modal or a past with its object (extract/total-first.ts PART_VERB_AFTER; scan.ts CLAUSE_VERB)", () => {
  it('judges the closing share of the part against the frame', () => {
    // 121/146 = 82.9% -> 83%
    assert.deepEqual(rulesOf('Of the 146 parents who responded to the survey, 121 would recommend the school (83%).'), []);
    // 121/146 = 82.9%, not 93%
    assert.deepEqual(rulesOf('Of the 146 parents who responded to the survey, 121 would recommend the school (93%).'), ['numbers/percentage-mismatch']);
    // 88/112 = 78.6%, not 89%
    assert.deepEqual(rulesOf('Of the 112 patients who responded, 88 described their overall experience as good (89%).'), ['numbers/percentage-mismatch']);
    // 39/47 = 83.0%, not 73%; the second pair 31/36 = 86.1% -> 86%
    assert.deepEqual(rulesOf('Of the 47 women who answered the survey, 39 said they were treated with kindness (73%), while 31 of the 36 who had a caesarean said pain relief was offered promptly (86%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 47 women who answered the survey, 39 said they were treated with kindness (83%), while 31 of the 36 who had a caesarean said pain relief was offered promptly (86%).'), []);
  });
  it('traps: a bracket with a measure of its own in the clause said, or a past that is an adjective', () => {
    // 12% is the rise in fees, not a share of the parents
    assert.deepEqual(rulesOf('Of the 200 parents who responded, 150 said fees had increased (12%).'), []);
    // 8% is the absence asked about
    assert.deepEqual(rulesOf('Of the 30 schools, 12 could not say how many pupils were absent (8%).'), []);
    // '12 qualified nurses' names another group: 4% is not a share of the 60 staff
    assert.deepEqual(rulesOf('Of the 60 staff, 12 qualified nurses left during the year (4%).'), []);
  });
});

describe("'k X <up to six words>, representing P% of the n …' (relations/apposed-share.ts readCountThenShareOf; scan.ts CASE_NOUN)", () => {
  it('judges the share a word of restating sets after the count and its own words', () => {
    // 1,049/17,480 = 6.0%
    assert.deepEqual(rulesOf('The region made 1,049 referrals to the Channel programme, representing 6% of the 17,480 referrals made nationally.'), []);
    // 1,049/17,480 = 6.0%, not 8%
    assert.deepEqual(rulesOf('The region made 1,049 referrals to the Channel programme, representing 8% of the 17,480 referrals made nationally.'), ['numbers/percentage-mismatch']);
    // detainees are people held: 97/2,426 = 4.0%, not 9%
    assert.deepEqual(rulesOf('Strip searches were carried out on 97 detainees, representing 9% of the 2,426 people held.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Strip searches were carried out on 97 detainees, representing 4% of the 2,426 people held.'), []);
  });
  it('trap: without a word of restating, a count with more than four words of its own is no part of the share', () => {
    // '40 visits … in the spring term, 30% of the 60 schools' need not be 40 of the 60
    assert.deepEqual(rulesOf('Inspectors made 40 visits to schools in the spring term, 30% of the 60 schools in the county, to check on safeguarding.'), []);
  });
});

describe("'k of the n X, P%, were …': a bare share between commas before the pair's verb (relations/apposed-share.ts bareBeforeVerb)", () => {
  it('judges the share against the pair', () => {
    // 12/40 = 30%
    assert.deepEqual(rulesOf('Twelve of the 40 care leavers we spoke with, 30 per cent, were not in education, employment or training.'), []);
    // 15/40 = 37.5% -> 38%, not 30%
    assert.deepEqual(rulesOf('Fifteen of the 40 care leavers we spoke with, 30 per cent, were not in education, employment or training.'), ['numbers/percentage-mismatch']);
    // 18/24 = 75%, not 70%
    assert.deepEqual(rulesOf('Only 18 of the 24 homes inspected, 70%, had been rated good.'), ['numbers/percentage-mismatch']);
  });
  it('traps: a share of another group, or after the pair’s clause, is not the pair’s', () => {
    // the share closes the clause with a comma and no verb after it: the figure after it is another clause's
    assert.deepEqual(rulesOf('Twelve of the 40 care leavers we spoke with were in training, 45% more than in 2022, and the rest were not.'), []);
    // the share names its own group
    assert.deepEqual(rulesOf('Twelve of the 40 care leavers we spoke with, 45% of those in the area, were in training.'), []);
  });
});

describe("'k of its / our / Wales's n X (P%)': a possessive whole with its share in brackets (extract/count-of.ts possShare)", () => {
  it('judges the bracketed share against the pair', () => {
    // 143/188 = 76.1% -> 76%
    assert.deepEqual(rulesOf('The council answered 143 of its 188 stage 1 complaints (76%) within that time.'), []);
    // 143/188 = 76.1%, not 86% (the label '1' in the noun is no figure)
    assert.deepEqual(rulesOf('The council answered 143 of its 188 stage 1 complaints (86%) within that time.'), ['numbers/percentage-mismatch']);
    // 17/22 = 77.3%, not 71%
    assert.deepEqual(rulesOf("By the start of the year, 17 of Wales's 22 councils (71%) had agreed a balanced budget."), ['numbers/percentage-mismatch']);
    // 5,028/7,082 = 71.0%
    assert.deepEqual(rulesOf('Maladministration was found in 5,028 of our 7,082 determinations (71%).'), []);
  });
  it('traps: a part with a noun of its own may count several of one; a bracket with more than the share is not read', () => {
    // 39 inspections of 34 homes: not a share of the homes
    assert.deepEqual(rulesOf('The provider made 39 inspections of its 34 homes (115%) during the year.'), []);
    // the bracket gives last year's share, not this pair's
    assert.deepEqual(rulesOf('The council answered 143 of its 188 complaints (62% in 2022) within that time.'), []);
  });
});

describe("'… 412 children completed our questionnaire. Almost all (381) said …': a bare share word opening the sentence, its count in brackets (relations/them-share.ts BARE_OPEN)", () => {
  it("reads it as 'of them', the one group the sentence before counts", () => {
    // 381/412 = 92.5%: almost all; 322/412 = 78.2%: most
    assert.deepEqual(rulesOf('In all, 412 children completed our questionnaire. Almost all (381) said they felt safe in school and most (322) said staff treated them fairly.'), []);
    // 281/412 = 68.2%, not almost all
    assert.deepEqual(rulesOf('In all, 412 children completed our questionnaire. Almost all (281) said they felt safe in school.'), ['numbers/quantifier-mismatch']);
    // the later share word of the same whole: 122/412 = 29.6%, not most
    assert.deepEqual(rulesOf('In all, 412 children completed our questionnaire. Almost all (381) said they felt safe in school and most (122) said staff treated them fairly.'), ['numbers/quantifier-mismatch']);
  });
  it('traps: several groups before, or a bracket before a noun of another group', () => {
    // 'Most' may be of the homes, the hospitals or both
    assert.deepEqual(rulesOf('We visited 40 homes and 12 hospitals. Most (10) were good.'), []);
    // '(45) staff' counts staff, not the parents' responses
    assert.deepEqual(rulesOf('We received 412 responses from parents. Almost all (45) staff said they felt supported.'), []);
  });
});

describe("'two thirds of the college's 410 apprentices (224)', 'most of its 30 wards (22)': a possessive before the whole (extract/fraction.ts OF_POSSESSIVE, extract/quantifier.ts QUANTIFIER_OF)", () => {
  it('judges the fraction or share word against the bracketed count and the whole', () => {
    // 271/410 = 66.1%: around two thirds
    assert.deepEqual(rulesOf("Around two thirds of the college's 410 apprentices (271) follow level 3 standards."), []);
    // 224/410 = 54.6%, not around two thirds
    assert.deepEqual(rulesOf("Around two thirds of the college's 410 apprentices (224) follow level 3 standards."), ['numbers/fraction-mismatch']);
    // 12/30 = 40%, not most
    assert.deepEqual(rulesOf("Most of the trust's 30 wards (12) were fully staffed."), ['numbers/quantifier-mismatch']);
    // 22/30 = 73.3%: most
    assert.deepEqual(rulesOf('Most of its 30 wards (22) were fully staffed.'), []);
  });
  it('trap: a possessive before a year is no whole', () => {
    assert.deepEqual(rulesOf("Around two thirds of the region's 2023 inspections (41) found good practice."), []);
  });
});

describe("'rose from a to b, or P%': a change restated after ', or' closing the pair its verb opens (relations/change.ts PAIR_THEN_OR)", () => {
  it('judges the change against the pair', () => {
    // (135 − 130)/130 = 3.85% -> 4%
    assert.deepEqual(rulesOf('Penalties issued to schools and colleges rose from 130 to 135, or 4 per cent.'), []);
    // 3.85%, not 9%
    assert.deepEqual(rulesOf('Penalties issued to schools and colleges rose from 130 to 135, or 9 per cent.'), ['numbers/change-mismatch']);
    // (3,642 − 3,145)/3,145 = 15.8%, not 14% (14% is 497 of the later year)
    assert.deepEqual(rulesOf('Complaints went up by 497 during the year, from 3,145 to 3,642, or 14%.'), ['numbers/change-mismatch']);
    // 28 − 21 = 7 points, not 9
    assert.deepEqual(rulesOf('The share with a plan rose from 21% to 28%, or 9 percentage points.'), ['numbers/change-mismatch']);
  });
  it("trap: a share of a whole after ', or' is no change", () => {
    assert.deepEqual(rulesOf('Penalties issued to colleges rose from 130 to 135, or 9 per cent of all penalties.'), []);
  });
});

describe("'went up by d during the year, from a to b': the absolute change before the pair with words of its period between (relations/change.ts readPairAmount)", () => {
  it('judges the amount against the pair', () => {
    // 3,642 − 3,145 = 497
    assert.deepEqual(rulesOf('Complaints went up by 497 during the year, from 3,145 to 3,642.'), []);
    // 497, not 487
    assert.deepEqual(rulesOf('Complaints went up by 487 during the year, from 3,145 to 3,642.'), ['numbers/change-mismatch']);
    // 120 − 109 = 11, not 14
    assert.deepEqual(rulesOf('The number of officers fell by 14 over the year, from 120 to 109.'), ['numbers/change-mismatch']);
  });
  it('trap: a place phrase after the amount may give it to another place', () => {
    assert.deepEqual(rulesOf('Complaints went up by 487 in the north, from 3,145 to 3,642 in the south.'), []);
  });
});

describe("'was 11.7% in 2020 and 8.5% in 2021 – 3.2 points lower – with 1.6% of …': a change in points beside the second of two levels, another share after it (relations/change.ts judgeChange)", () => {
  it('takes the two levels before the change as its pair', () => {
    // 11.7 − 8.5 = 3.2 points
    assert.deepEqual(rulesOf('Absence across the school was 11.7% in autumn 2020 and 8.5% in autumn 2021 – 3.2 percentage points lower – with 1.6% of sessions lost to illness.'), []);
    // 3.2 points, not 3.7
    assert.deepEqual(rulesOf('Absence across the school was 11.7% in autumn 2020 and 8.5% in autumn 2021 – 3.7 percentage points lower – with 1.6% of sessions lost to illness.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('Attendance at the college was 88% in 2022 and 91% in 2023, 5 percentage points higher, and 4% of learners left early.'), ['numbers/change-mismatch']);
  });
  it('trap: a change compared with another level after it is not of the pair', () => {
    assert.deepEqual(rulesOf('Absence was 11.7% in 2020 and 8.5% in 2021, 3.7 points higher than the 5% nationally.'), []);
  });
});

describe("'1,904 referrals in 2021/22 and 2,236 in 2022/23, an increase of 17%': a series by year of two parts (relations/year-series.ts seriesBefore)", () => {
  it('reads a year written as two parts as one year of the series', () => {
    // (2,236 − 1,904)/1,904 = 17.4%
    assert.deepEqual(rulesOf('The front door received 1,904 referrals in 2021/22 and 2,236 in 2022/23, an increase of 17%.'), []);
    // 17.4%, not 12%
    assert.deepEqual(rulesOf('The front door received 1,904 referrals in 2021/22 and 2,236 in 2022/23, an increase of 12%.'), ['numbers/change-mismatch']);
    // (493 − 611)/611 = 19.3% over the series, (493 − 548)/548 = 10.0% over the last step: neither is 29%
    assert.deepEqual(rulesOf('There were 611 referrals in 2021-22, 548 in 2022-23 and 493 in 2023-24, a fall of 29%.'), ['numbers/change-mismatch']);
  });
  it('trap: years out of order make no series', () => {
    assert.deepEqual(rulesOf('The service received 2,236 referrals in 2022/23 and 1,904 in 2021/22, an increase of 12%.'), []);
  });
});

describe("'In 2021/22 the front door received 1,904 referrals and in 2022/23 2,236, an increase of 17%': a series written year first (relations/year-series.ts seriesYearFirst)", () => {
  it('judges the change over the series or its last step', () => {
    // (2,236 − 1,904)/1,904 = 17.4%
    assert.deepEqual(rulesOf('In 2021/22 the front door received 1,904 referrals and in 2022/23 2,236, an increase of 17%.'), []);
    // 17.4%, not 27%
    assert.deepEqual(rulesOf('In 2021/22 the front door received 1,904 referrals and in 2022/23 2,236, an increase of 27%.'), ['numbers/change-mismatch']);
    // 19.3% over the series, 10.0% over its last step: not 29%
    assert.deepEqual(rulesOf('In 2021 the service made 611 referrals, in 2022 548 and in 2023 493, a fall of 29%.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('In 2021 the service made 611 referrals, in 2022 548 and in 2023 493, a fall of 19%.'), []);
  });
  it('traps: a first clause with two counts is no level of the series; nor is a level reached by a change', () => {
    assert.deepEqual(rulesOf('In 2023 we inspected 40 homes and found 12 good, in 2024 30, an increase of 20%.'), []);
    // the fall of 12.5% runs from the 1,840 of 2021: (1,610 − 1,840)/1,840 = 12.5%
    assert.deepEqual(rulesOf('In 2021, 1,840 children were referred. In 2022 this fell to 1,700 and in 2023 to 1,610, a fall of 12.5%.'), []);
  });
});

describe("'14, 19, 23 and 28 weeks across the four clinics, a mean of 21 weeks': the number of the list's items between the list and its mean (relations/mean.ts ITEMS_BEFORE)", () => {
  it('judges the mean of the list', () => {
    // (14 + 19 + 23 + 28)/4 = 21
    assert.deepEqual(rulesOf('Waiting times for a first appointment were 14, 19, 23 and 28 weeks across the four clinics, a mean of 21 weeks.'), []);
    // 21, not 24
    assert.deepEqual(rulesOf('Waiting times for a first appointment were 14, 19, 23 and 28 weeks across the four clinics, a mean of 24 weeks.'), ['numbers/mean-mismatch']);
  });
  it('trap: a number of items that is not the list’s length leaves the mean unjudged', () => {
    assert.deepEqual(rulesOf('Waiting times were 14, 19, 23 and 28 weeks across the five clinics, a mean of 24 weeks.'), []);
  });
});

describe("'Of the 685 appeals, 175 led to a changed grade (29%), 40 were upheld …': a closing share followed by the next part of the list (scan.ts CLAUSE_ENDS)", () => {
  it("reads the bracket as closing the first part's clause", () => {
    // 175/685 = 25.5% -> 26%, not 29%
    assert.deepEqual(rulesOf('Of the 685 appeals about A level grades, 175 led to a changed grade (29%), 40 were upheld without a change and 470 were not upheld.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 685 appeals about A level grades, 175 led to a changed grade (26%), 40 were upheld without a change and 470 were not upheld.'), []);
  });
  it('trap: a bracket with a measure of its own before the next part is not the share', () => {
    // the 12% is the rise in pay
    assert.deepEqual(rulesOf('Of the 60 staff who responded, 20 said their pay had risen (12%), 30 were unsure and 10 said it had not.'), []);
  });
});

describe("'Of the 17 complaints we investigated, we upheld 14, which is an uphold rate of 86%' (relations/apposed-share.ts pairsOf, closingShare)", () => {
  it("reads the part object of 'we upheld' in the frame, and a rate named by one word", () => {
    // 14/17 = 82.4% -> 82%
    assert.deepEqual(rulesOf('Of the 17 complaints we investigated, we upheld 14, which is an uphold rate of 82%.'), []);
    // 82%, not 86%
    assert.deepEqual(rulesOf('Of the 17 complaints we investigated, we upheld 14, which is an uphold rate of 86%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 17 complaints we investigated, we upheld 14, a rate of 86%.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a national rate set beside the part is not its share', () => {
    assert.deepEqual(rulesOf('Of the 17 complaints we investigated, we upheld 14, a national rate of 86%.'), []);
  });
});
