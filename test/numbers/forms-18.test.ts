/**
 * Forms read in the session of 2026-12-07, second part (sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

describe("a fraction as a change, named by a noun or set after its pair: 'from 1,240 to 930, a reduction of a quarter' (relations/change.ts FRACTION_CHANGE_NOUN, pairBefore)", () => {
  it('judges the fraction on the pair before it', () => {
    // (930 − 1,240) / 1,240 = −25% ✓
    assert.equal(claimsOf('The number of adjudications fell from 1,240 in 2022 to 930 in 2023, a reduction of a quarter.').find((c) => c.kind === 'change')?.verdict, 'ok');
    // −25%, not a third (33.3%)
    assert.deepEqual(rulesOf('The number of adjudications fell from 1,240 in 2022 to 930 in 2023, a reduction of a third.'), ['numbers/change-mismatch']);
    // (372 − 310) / 310 = 20% ✓, and not a half (50%)
    assert.equal(claimsOf('Recorded use of force increased from 310 incidents to 372, up by a fifth.').find((c) => c.kind === 'change')?.verdict, 'ok');
    assert.deepEqual(rulesOf('Recorded use of force increased from 310 incidents to 372, up by a half.'), ['numbers/change-mismatch']);
  });
  it("reads 'cut by' and 'an increase of' with the pair after", () => {
    // (100 − 300) / 300 = −66.7% ✓
    assert.equal(claimsOf('The backlog of unallocated cases was cut by two thirds, from 300 to 100.').find((c) => c.kind === 'change')?.verdict, 'ok');
    // (150 − 100) / 100 = 50%, not a third
    assert.deepEqual(rulesOf('The waiting list showed an increase of a third, from 100 to 150.'), ['numbers/change-mismatch']);
  });
  it('traps: a pair of another clause, and a fraction of an amount, are not judged', () => {
    // the fraction is the vacancies' change, not the staff's (40 → 52 is 30%)
    assert.deepEqual(rulesOf('The number of staff rose from 40 to 52, and vacancies were cut by a half.'), []);
    // 'a reduction of a quarter of an hour' is an amount of time
    assert.deepEqual(rulesOf('Waits fell from 50 minutes to 20 minutes, a reduction of a quarter of an hour on average.'), []);
  });
});

describe("a vacancy rate after a count whose own clause says it is of what is missing: '41 of the 244 posts were vacant, a vacancy rate of 17%' (relations/rate-of.ts MISSING_CLAUSE)", () => {
  it('judges the rate on the count itself', () => {
    // 41 / 244 = 16.8% → 17% ✓ (it was read as the 203 filled posts' share, a false alarm)
    assert.deepEqual(rulesOf('In December 2025, 41 of the 244 social worker posts were vacant, a vacancy rate of 17%.'), []);
    // 41 / 244 → 17%, not 21%
    assert.deepEqual(rulesOf('In December 2025, 41 of the 244 social worker posts were vacant, a vacancy rate of 21%.'), ['numbers/percentage-mismatch']);
  });
  it('still reads a count of what is there as the rest of the establishment', () => {
    // (191 − 172) / 191 = 9.9% → 10% ✓; 15% fits neither 19 of 191 nor 172 of 191
    assert.deepEqual(rulesOf('The trust employed 172 midwives against a funded establishment of 191, a vacancy rate of 10%.'), []);
    assert.deepEqual(rulesOf('The trust employed 172 midwives against a funded establishment of 191, a vacancy rate of 15%.'), ['numbers/percentage-mismatch']);
  });
});

describe("a multiple that names its base after it: '24.1%, twice the rate of 12.0% at our last inspection and above the target of 15%' (relations/multiple.ts BASE_NAMED_AFTER)", () => {
  it('compares the figure before with the named base, not the two figures after', () => {
    // 24.1 / 12.0 = 2.01 ✓ (it was read as 12.0% against 15%, a false alarm)
    const text = "The rate of positive drug tests was 24.1% in the six months to February, twice the rate of 12.0% at our last inspection and well above the prison's target of 15%.";
    assert.deepEqual(rulesOf(text), []);
    assert.equal(claimsOf(text).find((c) => c.kind === 'multiple')?.verdict, 'ok');
    // 30.5 / 12.0 = 2.54: not twice
    assert.deepEqual(rulesOf(text.replace('24.1%', '30.5%')), ['numbers/change-mismatch']);
  });
  it('trap: with no figure before, the two after are not its pair', () => {
    assert.deepEqual(rulesOf("Positive tests ran at twice the rate of 12.0% seen at our last inspection and above the prison's target of 15%."), []);
  });
});

describe("another place's rate after 'against' is no old level: '…, against 38% at similar prisons; in 2023 the figure was 21%, so it had risen by 25 points' (relations/change.ts comparisonLevel)", () => {
  it('leaves the change unjudged', () => {
    // the new level is 108 of 234 (46%), written only as counts: 46 − 21 = 25 ✓; 38% is the comparator's
    assert.deepEqual(rulesOf('Nearly half of respondents (108 of 234) said they spent less than two hours out of their cell, against 38% at similar prisons; in 2023 the figure was 21%, so it had risen by 25 percentage points.'), []);
  });
  it("still judges the old level after 'against' with no place named", () => {
    // 46% − 21% = 25 points, not 20
    assert.deepEqual(rulesOf('The figure rose from 21% in 2023 to 46% in 2025, a rise of 20 percentage points.'), ['numbers/change-mismatch']);
    // levels across a semicolon: 76% − 42% = 34 points, not 36
    assert.deepEqual(rulesOf('In 2018-19, 76% of bodies published on time; in 2019-20 the figure was 42%, a fall of 36 percentage points.'), ['numbers/change-mismatch']);
  });
});

describe("a column of counts 'within 45 working days' is additive (tables/grid.ts NOT_ADDITIVE)", () => {
  it("judges each row's share of its own base", () => {
    const table = (p: string) => `| Quarter | Completed | Within 45 working days | % |\n|---|---|---|---|\n| April to June | 812 | 634 | 78% |\n| July to September | 790 | 641 | ${p} |\n| Total | 1,602 | 1,275 | 80% |`;
    // 641 / 790 = 81.1% → 81%; 1,275 / 1,602 = 79.6% → 80%
    assert.deepEqual(numbersDiagnostics(`${FM}# Results\n\n${table('81%')}\n`).map((d) => d.ruleId), []);
    assert.deepEqual(numbersDiagnostics(`${FM}# Results\n\n${table('84%')}\n`).map((d) => d.ruleId), ['numbers/percentage-mismatch']);
  });
  it('trap: a column of days is still no count', () => {
    // 'Average working days' is a mean: no sum, no share
    const days = '| Quarter | Completed | Average working days |\n|---|---|---|\n| April to June | 812 | 41 |\n| July to September | 790 | 38 |\n| Total | 1,602 | 90 |';
    assert.deepEqual(numbersDiagnostics(`${FM}# Results\n\n${days}\n`).map((d) => d.ruleId), []);
  });
});

describe("'about 27%' beside its counts reaches by the place it is written to, not as 'about a quarter' does (interval.ts percentInterval, policy.ts HEDGED_PERCENT_MIN_REACH)", () => {
  it('reports a hedged percentage its counts put well away from it', () => {
    // 82 / 340 = 24.1%: not about 27% (25.5% to 28.5%)
    assert.deepEqual(rulesOf('About 27% of the 340 pupils (82) are disadvantaged.'), ['numbers/fraction-mismatch']);
    // 92 / 340 = 27.06% ✓
    assert.deepEqual(rulesOf('About 27% of the 340 pupils (92) are disadvantaged.'), []);
  });
  it('trap: a percentage written to the ten or the five reaches half of that place', () => {
    // 87 / 310 = 28.1%: about 30% (25% to 35%) ✓; 80 / 340 = 23.5%: about 25% (22.5% to 27.5%) ✓
    assert.deepEqual(rulesOf('About 30% of the 310 pupils (87) are disadvantaged.'), []);
    assert.deepEqual(rulesOf('About 25% of the 340 pupils (80) are disadvantaged.'), []);
  });
});

describe("parts judged wrong against one whole that another claim confirms making another: 'The plan had 14 actions. Nine had been completed. Three were in progress and the remaining two …' (other-total.ts otherWholeFits)", () => {
  it('leaves the rest of the nine unresolved when 9 + 3 + 2 = 14 holds', () => {
    assert.deepEqual(rulesOf('The plan had 14 actions. Nine had been completed. Three were in progress and the remaining two had not been started.'), []);
  });
  it('still reports the rest when no whole fits', () => {
    // 14 − 9 − 3 = 2, not 4; and 3 + 4 is not 9
    assert.deepEqual(rulesOf('The plan had 14 actions. Nine had been completed. Three were in progress and the remaining four had not been started.').length > 0, true);
  });
});
