/**
 * Forms read in the session of 2026-12-07 (sentences written for these tests): asides set off by commas
 * between a total and its part or between a part and its verb, and a count set beside 'P% of the N'.
 */
import assert from 'node:assert/strict';
import { claims as claimsFull, claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

describe("'Of the 552 men held, a population below the capacity of 676, 23 were … (4%)' (extract/total-first.ts ASIDE_BETWEEN)", () => {
  it('reads the part after a comma-set aside that has a figure of its own', () => {
    // 23 / 552 = 4.17% → 4%, not 6%
    assert.deepEqual(rulesOf('Of the 552 men held, a population below the capacity of 676, 23 were on an open ACCT (6%).'), ['numbers/percentage-mismatch']);
    // → 4% ✓
    assert.deepEqual(rulesOf('Of the 552 men held, a population below the capacity of 676, 23 were on an open ACCT (4%).'), []);
    // 41 / 96 = 42.7% → 43% ✓ ('which' opens the aside)
    const c = claimsOf('Of the 96 cases we read, which was around 12 per officer, 41 had a sentence plan (43%).').find((x) => x.operands.some((o) => o.raw === '43%'));
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a figure that opens the aside is a part of its own, and the bracket may be its share', () => {
    // 9 / 20 = 45%: the 45% may be the northern cases' share, so nothing is flagged
    assert.deepEqual(rulesOf('Of the 60 cases, 20 in the north, 9 had a plan (45%).'), []);
    assert.deepEqual(rulesOf('Of the 60 young people we met, 20 were on remand; 9 of them were in education (45%).'), []);
  });
});

describe("'593, including three new academies, were judged good (72%)' (extract/total-first.ts PART_ASIDE)", () => {
  it("skips an aside after the part when the bracket closes the part's clause", () => {
    // 593 / 819 = 72.4% → 72%, not 75%
    assert.deepEqual(rulesOf('Of the 819 providers, 593, mostly in the north of the county, were judged good (75%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 819 providers, 593, mostly in the north of the county, were judged good (72%).'), []);
    // an aside with a count of its own may own the bracket: not judged
    assert.deepEqual(rulesOf('Of the 819 providers, 593, including three new academies, were judged good (75%).'), []);
    // 40 / 60 = 66.7% → 67% ✓
    assert.deepEqual(rulesOf('Of the 60 staff, 40, most of them recruited this year, had completed safeguarding training (67%).'), []);
  });
  it("trap: ', and a further 40 …,' adds to the part: the bracket is not judged against the first count", () => {
    // (593 + 40) / 819 = 77.3% → 77%; 593 / 819 = 72%: not flagged
    assert.deepEqual(rulesOf('Of the 819 providers, 593, and a further 40 that opened this year, were judged good (77%).'), []);
  });
});

describe("'68 – that is 71% of the 96 –' (extract/percent-of.ts APPOSED_BEFORE)", () => {
  it("judges the share against the count set before it, not only whether some count of 96 gives it", () => {
    // 68 / 96 = 70.8% → 71%, not 75% (75% of 96 is 72, a whole number, so the share alone looked fine)
    assert.deepEqual(rulesOf('Of the 96 complaints we investigated, 68 – that is 75% of the 96 – were upheld.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 96 complaints we investigated, 68, that is 75% of the 96, were upheld.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 96 complaints we investigated, 68 – that is 71% of the 96 – were upheld.'), []);
    // 40 / 200 = 20% ✓
    assert.deepEqual(rulesOf('Inspectors sampled 200 cases and found 40, or 20% of the 200, without a risk assessment.'), []);
  });
  it('trap: a count with a noun of its own before the share counts something else', () => {
    // 12 / 50 = 24%; the 40% is of the files, not 12 of them
    assert.deepEqual(rulesOf('We found 12 errors, 40% of the 50 files, in the records of the night shift.'), []);
  });
});

describe("'61%, up 4 points on the previous year but still below the national rate of 63%' (relations/change.ts PERIOD_COMPARED)", () => {
  it('a change in points measured from a period named with no level is not judged against a comparison figure', () => {
    // the old level (57%) is not written; 63% is another population's rate
    assert.deepEqual(rulesOf('Achievement rates for apprentices improved to 61%, up 4 points on the previous year but still below the national rate of 63%.'), []);
    assert.deepEqual(rulesOf('Attendance was 91%, up 3 points since the last inspection, compared with 94% nationally.'), []);
  });
  it("still judges the period's own level when it follows ('on the previous year's 59%')", () => {
    // 61 − 59 = 2 points, not 4
    assert.deepEqual(rulesOf("Achievement rates for apprentices improved to 61%, up 4 points on the previous year's 59%."), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('Achievement rates improved to 61%, up 4 points on the previous year, when it was 59%.'), ['numbers/change-mismatch']);
    // 61 − 57 = 4 ✓
    assert.deepEqual(rulesOf("Achievement rates for apprentices improved to 61%, up 4 points on the previous year's 57%."), []);
  });
});

describe("'Of the 36 people we spoke to, 24 said … (67%)'; '…, without a full investigation (90%)' (extract/total-first.ts PART_VERB_AFTER, TAIL_PHRASE)", () => {
  it('reads a verb of saying after the part, and a closing phrase of manner after a comma', () => {
    // 24 / 36 = 66.7% → 67%, not 75%
    assert.deepEqual(rulesOf('Of the 36 people we spoke to, 24 said staff treated them with dignity and respect (75%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 36 people we spoke to, 24 said staff treated them with dignity and respect (67%).'), []);
    // 1,093 / 1,208 = 90.5% → 90%, not 95%
    assert.deepEqual(rulesOf('Of the 1,208 complaints we dealt with, 1,093 were resolved at the early stages, without a full investigation (95%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 1,208 complaints we dealt with, 1,093 were resolved at the early stages, without a full investigation (90%).'), []);
  });
  it('traps: a phrase after the comma with a figure or a word of another figure leaves the bracket alone', () => {
    // 12 / 40 = 30%: the 25% may be the previous year's; (12 + 10) / 40 = 55%
    assert.deepEqual(rulesOf('Of the 40 schools, 12 were judged good, in the previous year (25%).'), []);
    assert.deepEqual(rulesOf('Of the 40 schools, 12 were judged good, with 10 more close behind (55%).'), []);
    // 45 / 60 = 75%; the 70% is the national average
    assert.deepEqual(rulesOf('Of the 60 staff, 45 had been trained, in line with the national average (70%).'), []);
  });
});

describe("a summary's share word against a finding under a 'Findings' heading (restate.ts clearFinding)", () => {
  const doc = (summary: string, findings: string[]) => `${FM}# Summary\n\n${summary}\n\n# Findings\n\n${findings.map((f, i) => `- (${String.fromCharCode(97 + i)}) ${f}`).join('\n')}\n`;
  const restated = (text: string) => numbersDiagnostics(text).filter((d) => d.ruleId === 'conclusion/restated-figure').length;
  it("reports a summary that differs from the one finding holding every word of it", () => {
    // 24 / 36 = 67%: two thirds, not three quarters
    assert.equal(restated(doc('Three quarters of the people we spoke to said staff treated them with dignity.', ['Of the 36 people we spoke to, 24 said staff treated them with dignity and respect (67%).', 'Fewer said they were involved in planning their care: 15 of the 36 (42%).'])), 1);
    // 42 / 47 = 89%: about nine in ten, not eight in ten
    assert.equal(restated(doc('Eight in ten staff had completed their safeguarding training.', ['Training records showed that 42 of the 47 staff (89%) had completed safeguarding training within the last year.', 'Fewer had completed training on the Mental Capacity Act: 30 of the 47 (64%).'])), 1);
    // two thirds ✓
    assert.equal(restated(doc('Two thirds of the people we spoke to said staff treated them with dignity.', ['Of the 36 people we spoke to, 24 said staff treated them with dignity and respect (67%).'])), 0);
  });
  it('traps: a summary word that the matched finding lacks, or a wrong finding, leaves the summary alone', () => {
    // 'at night' is finding (b)'s (48%: nearly half ✓), not (a)'s
    assert.equal(restated(doc('Nearly half of the children said they felt safe at night.', ['Of the 40 children we surveyed, 31 (78%) said they felt safe during the day.', 'Fewer felt safe at night: 19 of the 40 (48%).'])), 0);
    // 'complain' is not 'make a complaint': (b)'s 33% may be what the summary restates
    assert.equal(restated(doc('About a third of the people we spoke to said they knew how to complain.', ['Of the 30 people we spoke to, 20 (67%) said they knew how to make a complaint.', 'Only 10 of the 30 (33%) said they had been told how complaints were handled.'])), 0);
    // 26 / 58 = 45%, under half: the finding's own 55% is wrong and is reported there, not the summary
    const wrongFinding = doc('Fewer than half of child in need plans were reviewed on time.', ['Of the 58 child in need plans we sampled, 26 (55%) had been reviewed within the required timescale.']);
    assert.equal(restated(wrongFinding), 0);
    assert.ok(numbersDiagnostics(wrongFinding).some((d) => d.ruleId === 'numbers/percentage-mismatch'));
  });
});

describe('a summary confirmed by a finding that gives its own figure; sections of a report with no criteria confirm only (restate.ts confirmOnly)', () => {
  const restatements = (text: string) => claimsFull(text).filter((c) => c.kind === 'restatement').map((c) => c.verdict);
  it('confirms on shared words alone when the finding gives the summary its figure', () => {
    // 138 / 171 = 80.7% → four in five ✓
    assert.deepEqual(restatements(`${FM}## Summary\n\nAround four in five nurseries in the county were graded good or better.\n\n## Findings\n\nOf the 171 nurseries we inspected across the county's three districts, 138 (81%) were graded good or better for care, play and learning.\n`), ['ok']);
    // a section that is no 'Findings' heading: 1,212 / 1,340 = 90.4% ✓
    assert.deepEqual(restatements(`${FM}# Summary\n\nNine in ten complaints were settled without a full investigation.\n\n# How we handled complaints\n\nOf the 1,340 complaints we closed, 1,212 were settled at an early stage, without a full investigation (90%).\n`), ['ok']);
  });
  it('trap: a section that is no findings heading never makes a summary wrong', () => {
    // 1,212 / 1,340 = 90%, not eight in ten: the section may not be what the summary restates
    assert.deepEqual(numbersDiagnostics(`${FM}# Summary\n\nEight in ten complaints were settled without a full investigation.\n\n# How we handled complaints\n\nOf the 1,340 complaints we closed, 1,212 were settled at an early stage, without a full investigation (90%).\n`).map((d) => d.ruleId), []);
  });
});

describe("a change in points beside a target, an average or a share of another clause (relations/change.ts comparisonLevel, CONTRAST)", () => {
  it('takes neither for the change’s other level', () => {
    // the old level (62%) is not written; 70% is a target
    assert.deepEqual(rulesOf('Achievement rates improved by 5 percentage points to 67%, still below the 70% target.'), []);
    // 12% is the share of another group, in a clause set against the change
    assert.deepEqual(rulesOf('The share of children seen within four weeks was 64%, an improvement of 9 points since the 2022 inspection, though 12% still waited more than 12 weeks.'), []);
    assert.deepEqual(rulesOf('The proportion of plans reviewed on time fell to 58%, down 6 points on last year, when the regional figure was 71%.'), []);
  });
  it('still judges a change whose two levels are written', () => {
    // 74 − 71 = 3 points, not 5
    assert.deepEqual(rulesOf('In 2024, 74% of pupils met the expected standard, up 5 points from 71% in 2023, against a target of 80%.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('In 2024, 74% of pupils met the expected standard, up 3 points from 71% in 2023, against a target of 80%.'), []);
  });
});

describe("two states after a colon: 'We sampled 20 staff files: 17 were complete and four were out of date' (relations/parts-sum.ts twoStates)", () => {
  it('a word and its negative split the whole in two and are judged', () => {
    // 17 + 4 = 21, not 20
    assert.deepEqual(rulesOf('We sampled 20 staff files: 17 were complete and four were incomplete.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('We sampled 20 staff files: 17 were complete and three were incomplete.'), []);
  });
  it('trap: two states of different words may both hold of one file', () => {
    // a file may be complete and out of date: 17 + 4 = 21 is no error
    assert.deepEqual(rulesOf('We sampled 20 staff files: 17 were complete and four were out of date.'), []);
    assert.deepEqual(rulesOf('We visited 12 wards: nine were clean and five were understaffed.'), []);
  });
});

describe("overlap said after the parts ('… and 820 worked bank shifts as well'), and states that exclude each other (common.ts overlapSaid, words.ts EXCLUSIVE_STATES)", () => {
  it("reads 'as well', 'also' and 'in addition' as parts that overlap", () => {
    // 3,650 + 820 = 4,470 > 4,200: some permanent nurses worked bank shifts too
    assert.deepEqual(rulesOf('The trust employed 4,200 nurses: 3,650 were on permanent contracts and 820 worked bank shifts as well.'), []);
    assert.deepEqual(rulesOf('The trust employed 4,200 nurses: 3,650 were on permanent contracts and 820 also worked bank shifts.'), []);
  });
  it('judges two states that exclude each other', () => {
    // 18 + 14 = 32, not 30
    assert.deepEqual(rulesOf('We sampled 30 staff: 18 were full-time and 14 were part-time.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('We sampled 30 staff: 18 were full-time and 12 were part-time.'), []);
  });
});

describe('the two dev false alarms of the u- round’s first run, by form', () => {
  it("'… went up 2 percentage points to 40%, and with local authority carers 6 points to 58%': two changes to their own levels (relations/change.ts POINTS_TO_LEVEL)", () => {
    assert.deepEqual(rulesOf('The share staying with agency carers went up 2 percentage points to 40%, and with council carers 6 points to 58%.'), []);
    // one change with both levels is still judged: 58 − 52 = 6, not 4
    assert.deepEqual(rulesOf('The share staying with council carers went up 4 percentage points, from 52% to 58%.'), ['numbers/change-mismatch']);
  });
  it("'Of 38 staff and 41 residents, 33 staff … while 29 residents …': a frame of two groups gives no one whole (relations/parts-sum.ts wholeOf)", () => {
    assert.deepEqual(rulesOf('Of 38 staff and 41 residents, 33 staff had completed safeguarding training (87%), while 29 residents (71%) had had their plan reviewed.'), []);
    // a frame of one group still is one: 20 + 12 = 32, not 30
    assert.deepEqual(rulesOf('Of the 30 residents, 20 had had their plan reviewed and 12 had not.'), ['numbers/parts-sum']);
  });
});

describe("'held 1,210 men, 87% of its capacity of 1,390': the share before the places (relations/over-capacity.ts shareBeforePlaces)", () => {
  it('judges the population against the places named after its share', () => {
    // 1,210 / 1,390 = 87.1% → 87%, not 83%
    assert.deepEqual(rulesOf('The prison held 1,210 men, 83% of its capacity of 1,390.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('The prison held 1,210 men, 87% of its capacity of 1,390.'), []);
    // over 100%: 1,412 / 987 = 143%
    assert.deepEqual(rulesOf('The prison held 1,412 men, 143% of its certified normal accommodation of 987.'), []);
  });
  it('trap: a share after another count of the sentence is not read as the population’s', () => {
    // 520 / 1,390 = 37%: the 40% follows the count in work, not the population held
    assert.deepEqual(rulesOf('The prison held 1,210 men and 520 were in work, 40% of its capacity of 1,390 being in the new wing.'), []);
  });
});

describe("bare numbers under a '%' header are a column's shares of its Total row (tables/column-share.ts, grid.ts pctAt)", () => {
  const table = (good: string) => `| Judgement | Number | % |\n|---|---|---|\n| Outstanding | 12 | 15 |\n| Good | 52 | ${good} |\n| Requires improvement | 14 | 18 |\n| Inadequate | 2 | 3 |\n| Total | 80 | 100 |`;
  it('judges each row as it does cells written with a % sign', () => {
    // 52 / 80 = 65%, not 60%
    assert.ok(claimsFull(`${FM}# Results\n\n${table('60')}\n`).some((c) => c.kind === 'table-percent' && c.verdict === 'inconsistent'));
    assert.ok(!claimsFull(`${FM}# Results\n\n${table('65')}\n`).some((c) => c.verdict === 'inconsistent'));
  });
  it('trap: a column of another rate in each row (no Total of 100, a thing of its own) is left alone', () => {
    const rates = '| Wing | Prisoners | % in work |\n|---|---|---|\n| A | 120 | 70 |\n| B | 96 | 50 |\n| Total | 216 | 61 |';
    assert.ok(!claimsFull(`${FM}# Results\n\n${rates}\n`).some((c) => c.verdict === 'inconsistent'));
  });
});

describe("'all but two (82%)' and '19 in all, or 38%' are no share 'all' (extract/quantifier.ts NOT_ALL, relations/shares.ts) — the two dev false alarms of the v- round's first run", () => {
  it('reads neither as the quantifier all', () => {
    assert.deepEqual(rulesOf('Inspectors looked at 11 interventions. In all but two (82%), staff had spoken with the child.'), []);
    assert.deepEqual(rulesOf('Fewer than two in five of the 50 centres – 19 in all, or 38% – were compliant.'), []);
  });
  it("still judges 'in all of the 30 cases (90%)'", () => {
    assert.deepEqual(rulesOf('In all of the 30 cases (90%) there was a plan.'), ['numbers/quantifier-mismatch']);
  });
});
