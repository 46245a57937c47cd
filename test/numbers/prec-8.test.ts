/**
 * Precision, round 8 (helper prec): numbers that are right but relate to another whole, a running total or a
 * second split of the same group, which the readers took for parts or shares of the wrong base. Each fix has an
 * ok example and a not-ok example of the same shape. Sentences and tables written for these tests, with the
 * arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { FM, numbersDiagnostics, rulesOf } from './helpers.js';

const doc = (body: string) => `${FM}# Background\n\n${body.trim()}\n`;
const rules = (text: string) => numbersDiagnostics(text).map((d) => d.ruleId);

describe('prec-8: a rest pointing back to a sentence that listed several parts (extract/complement.ts)', () => {
  it('leaves the rest unjudged when other parts follow the share in the sentence before', () => {
    // 9 + 6 + 7 = 22; 'That means 15' is 9 + 6, not 22 - 9
    assert.deepEqual(rulesOf('Of the 22 recommendations made at our last inspection, 9 had been achieved, 6 partially achieved and 7 not achieved. That means 15 (68%) had been at least partially achieved.'), []);
    // 9 + 6 + 7 = 22; 'That leaves 7' is 22 - 9 - 6
    assert.deepEqual(rulesOf('Of the 22 recommendations, 9 had been achieved, and 6 had been partially achieved. That leaves 7 not achieved.'), []);
  });
  it('still reports the rest of a single share in the sentence before', () => {
    // 22 - 9 = 13, not 15
    assert.deepEqual(rulesOf('Of the 22 recommendations made at our last inspection, 9 had been achieved. This left 15 that had not been achieved.'), ['numbers/complement-mismatch']);
  });
});

describe('prec-8: a share column of a running total or of a named base (tables/row-denominator.ts)', () => {
  const cumulative = (p: string) =>
    doc(`
| Waiting time | Cases | Cumulative % |
|---|---|---|
| Under 4 weeks | 40 | 40% |
| 4 to 8 weeks | 35 | ${p} |
| Over 8 weeks | 25 | 100% |
`);
  const ofSixty = (p: string) =>
    doc(`
| Need | Cases | % of 60 |
|---|---|---|
| Accommodation | 21 | ${p} |
| Substance misuse | 33 | 55% |
| Mental health | 27 | 45% |
`);
  const perRow = (p: string) =>
    doc(`
| Area | Cases sampled | % met |
|---|---|---|
| North | 21 | ${p} |
| South | 33 | 55% |
| West | 30 | 40% |
`);
  it('does not take a cumulative share or a share of a stated base for a share of the row\'s count', () => {
    // 40 + 35 = 75 of 100 so far: 75% is cumulative, not 35 of 35
    assert.deepEqual(rules(cumulative('75%')), []);
    // 21/60 = 35%, 33/60 = 55%, 27/60 = 45%: the header names the base, 60
    assert.deepEqual(rules(ofSixty('35%')), []);
  });
  it('still judges a share column of each row\'s sample', () => {
    // 35% of 21 is no whole number (7/21 = 33.3%, 8/21 = 38.1%); 8/21 = 38.1% → 38%; 18/33 = 54.5% → 55%; 12/30 = 40%
    assert.ok(rules(perRow('35%')).includes('numbers/no-whole-count'));
    assert.deepEqual(rules(perRow('38%')), []);
  });
});

describe('prec-8: a whole split twice, the second split after a clause break (relations/parts-sum.ts)', () => {
  it('judges the first split alone when it makes the whole', () => {
    // 20 + 16 = 36; 11 + 9 = 20 are children of two ages among the 36
    assert.deepEqual(rulesOf('Of the 36 children, 20 were boys and 16 girls; 11 were aged 16 and 9 aged 17.'), []);
  });
  it('takes a second split after a comma with its own verb or a contrast', () => {
    // 28 + 22 = 50; 15 + 35 = 50 by age
    assert.deepEqual(rulesOf('Of the 50 children, 28 were boys and 22 girls, and 15 were aged 10 to 13 and 35 aged 14 to 17.'), []);
    // 28 + 22 = 50; the 15 under 14 are of either sex
    assert.deepEqual(rulesOf('Of the 50 children, 28 were boys and 22 girls, while 15 were aged under 14.'), []);
    // 40 + 24 = 64 by shift; 30 full time is another split
    assert.deepEqual(rulesOf('Of the 64 staff, 40 worked days and 24 worked nights, and 30 were full time.'), []);
  });
  it('still reports a third part of the same list after a comma', () => {
    // 28 + 22 + 5 = 55, not 50
    assert.deepEqual(rulesOf('Of the 50 cases, 28 were good, 22 were adequate, and 5 were poor.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Of the 50 cases, 28 were good, 22 adequate; 5 were poor.'), ['numbers/parts-sum']);
  });
  it('still reports a split that does not make the whole', () => {
    // 20 + 19 = 39, not 36
    assert.deepEqual(rulesOf('Of the 36 children, 20 were boys and 19 girls; 11 were aged 16 and 9 aged 17.'), ['numbers/parts-sum']);
    // 20 + 16 + 4 = 40, not 36
    assert.deepEqual(rulesOf('Of the 36 children, 20 were good, 16 adequate and 4 poor.'), ['numbers/parts-sum']);
  });
});

describe('prec-8: a last row that names the base and holds 100% is the Total row (tables/grid.ts)', () => {
  const survey = (dis: string, all: string) =>
    doc(`
| Survey answer | Number | % of respondents |
|---|---|---|
| Very satisfied | 88 | 44% |
| Fairly satisfied | 64 | 32% |
| Dissatisfied | 36 | ${dis} |
| Don't know | 12 | 6% |
| Respondents | ${all} | 100% |
`);
  it('does not add the base row\'s 100% to the shares', () => {
    // 88 + 64 + 36 + 12 = 200; 44 + 32 + 18 + 6 = 100
    assert.deepEqual(rules(survey('18%', '200')), []);
  });
  it('judges the shares against the base row', () => {
    // 36 / 200 = 18%, not 21%
    assert.ok(rules(survey('21%', '200')).includes('numbers/percentage-mismatch'));
    // 88 + 64 + 36 + 12 = 200, not 210
    assert.ok(rules(survey('18%', '210')).length > 0);
  });
});

describe("prec-8: a fraction 'of those cases' points back to the nearest count (relations/apposition.ts)", () => {
  it('takes the nearest count before as the whole, not the sentence\'s population', () => {
    // half of the 10 is 5 (not of the 30)
    assert.deepEqual(rulesOf('Of the 30 children, 10 had a brother or sister in care, and in half of those cases (5) the siblings lived together.'), []);
    assert.deepEqual(rulesOf('Of the 30 children, a third (10) had a brother or sister in care, and in half of those cases (5) the siblings lived together.'), []);
  });
  it('reports a fraction that the nearest count does not give', () => {
    // 3 / 10 = 30%, not half
    assert.deepEqual(rulesOf('Of the 30 children, 10 had a brother or sister in care, and in half of those cases (3) the siblings lived together.'), ['numbers/fraction-mismatch']);
  });
});

describe("prec-8: shares with a part that names their overlap ('and in 31% both') (relations/parts-sum.ts)", () => {
  it('does not add up shares that overlap', () => {
    // 58% and 47% overlap in 31%: 58 + 47 - 31 = 74% had one or both
    assert.deepEqual(rulesOf('In 58% of the 120 cases, the person had a history of substance misuse, in 47% a history of mental illness, and in 31% both.'), []);
  });
  it('still reports shares of one whole that add up to more than 100%', () => {
    // 48 + 47 + 9 = 104%
    assert.deepEqual(rulesOf('Of the 200 respondents, 48% were women, 47% were men and 9% preferred not to say.'), ['numbers/parts-sum']);
  });
});

describe('prec-8: a figure typed by its unit joined to the parts as a sibling (relations/parts-sum.ts)', () => {
  it("does not judge a list in which a part may be written as a duration ('and 24 nights')", () => {
    // 40 + 24 = 64 by shift; 30 + 34 = 64 by hours: '24 nights' is a count of staff with its noun left out
    assert.deepEqual(rulesOf('Of the 64 staff, 40 worked days and 24 nights; 30 were full time and 34 part time.'), []);
  });
  it('still reports a list whose durations are the parts\' own', () => {
    // 40 + 34 = 74, not 64 ('12-hour' and '8-hour' describe the parts)
    assert.deepEqual(rulesOf('Of the 64 staff, 40 worked 12-hour shifts and 34 worked 8-hour shifts.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Of the 64 staff, 40 were full time and 34 part time.'), ['numbers/parts-sum']);
  });
});

describe('prec-8: shares in turn of a list of groups (relations/parts-sum.ts readShares)', () => {
  it('does not add up shares of several groups listed in turn', () => {
    // 64% of 310, 55% of 88 and 48% of 21: three bases, no whole
    assert.deepEqual(rulesOf('Of the 1st, 2nd and 3rd stage complaints in 2022/23 (310, 88 and 21), 64%, 55% and 48% were upheld in part or in full.'), []);
  });
  it('still adds up the shares of one whole by their categories', () => {
    // 52 + 41 + 12 = 105%
    assert.deepEqual(rulesOf('Of the 310 complaints, 52% were upheld, 41% were not upheld and 12% were withdrawn.'), ['numbers/parts-sum']);
  });
});

describe("prec-8: a count 'of the <group>' that an earlier count was said to be (relations/apposition.ts)", () => {
  it('reads the share against the earlier count too', () => {
    // 1,080 / 3,600 = 30%; 216 / 1,080 = 20% (216 / 3,600 = 6%)
    assert.deepEqual(rulesOf('Of the 3,600 crimes recorded in the quarter, 1,080 (30%) were violent crimes, and 216 of the violent crimes (20%) were domestic abuse related.'), []);
  });
  it('reports a share that neither group gives', () => {
    // 216 / 1,080 = 20% and 216 / 3,600 = 6%, not 25%
    assert.deepEqual(rulesOf('Of the 3,600 crimes recorded in the quarter, 1,080 (30%) were violent crimes, and 216 of the violent crimes (25%) were domestic abuse related.'), ['numbers/percentage-mismatch']);
  });
});

describe('prec-8: parts each with its own share, the shares well over 100% (relations/parts-sum.ts)', () => {
  it('does not add up parts that the writer\'s shares say overlap', () => {
    // 47 / 72 = 65%, 68 / 72 = 94%: 159% in all, so a care leaver may be in both
    assert.deepEqual(rulesOf('Among the 72 care leavers aged 19 to 21, 47 (65%) were in education, employment or training, and 68 (94%) were in suitable accommodation.'), []);
  });
  it('still reports parts whose shares are near 100%', () => {
    // 47 + 30 = 77, not 72 (65% + 42% = 107%)
    assert.deepEqual(rulesOf('Of the 72 care leavers, 47 (65%) were in work and 30 (42%) were in education.'), ['numbers/parts-sum']);
  });
});

describe("prec-8: a group named in words the total's own words lack is a part of it (relations/apposition.ts narrowTotals)", () => {
  it('reads the share against the earlier count said to be that part', () => {
    // 104 / 160 = 65%; 38 / 104 = 36.5% -> 37% ('private' / 'privately')
    assert.deepEqual(rulesOf("Of the 160 children's homes in the region, 104 (65%) were privately run, and 38 of the private homes (37%) belonged to 2 companies."), []);
    // 1,560 / 5,200 = 30%; 468 / 1,560 = 30%
    assert.deepEqual(rulesOf('Of the 5,200 calls received, 1,560 (30%) were about anti-social behaviour, and 468 of the anti-social behaviour calls (30%) needed a police attendance.'), []);
    // 14 + 8 = 22; a quarter of the 8 adults is 2
    assert.deepEqual(rulesOf('Of the 22 learners on the course, 14 were aged 16 to 18 and 8 were adults, and a quarter of the adults (2) had already achieved a level 3 qualification.'), []);
  });
  it('reports a share that the part does not give, and keeps the total when the words name it', () => {
    // 38 / 104 = 37%, not 45%
    assert.deepEqual(rulesOf("Of the 160 children's homes in the region, 104 (65%) were privately run, and 38 of the private homes (45%) belonged to 2 companies."), ['numbers/percentage-mismatch']);
    // 4 / 8 = 50%, not a quarter
    assert.deepEqual(rulesOf('Of the 22 learners on the course, 14 were aged 16 to 18 and 8 were adults, and a quarter of the adults (4) had already achieved a level 3 qualification.'), ['numbers/fraction-mismatch']);
    // 12 / 40 = 30%, not a quarter: 'the staff' are the 40
    assert.deepEqual(rulesOf('Of the 40 staff, a quarter of the staff (12) were agency workers.'), ['numbers/fraction-mismatch']);
  });
});

describe('prec-8: a last row of 100% whose count is the sum of the rows above is the Total row (tables/grid.ts)', () => {
  const asked = (poor: string, all: string) =>
    doc(`
| Answer | Residents | % |
|---|---|---|
| Very good | 22 | 44% |
| Good | 18 | 36% |
| Poor | 6 | ${poor} |
| No answer | 4 | 8% |
| Residents asked | ${all} | 100% |
`);
  it('does not add the 100% of the base row, whatever its label', () => {
    // 22 + 18 + 6 + 4 = 50; 44 + 36 + 12 + 8 = 100
    assert.deepEqual(rules(asked('12%', '50')), []);
  });
  it('judges the shares against that row', () => {
    // 6 / 50 = 12%, not 16%
    assert.ok(rules(asked('16%', '50')).includes('numbers/percentage-mismatch'));
  });
});

describe('prec-8: a named group given only as a share of the total leaves the count unjudged (relations/apposition.ts)', () => {
  it('does not take the total for the group', () => {
    // 35% of 1,420 is about 497; 297 / 497 = 60% (297 / 1,420 = 21%)
    assert.deepEqual(rulesOf('In 2023, the trust received 1,420 complaints, 35% of them about communication; 297 of the communication complaints (60%) were resolved within 25 working days.'), []);
  });
  it('still judges a count of the group a count was said to be', () => {
    // 468 / 1,560 = 30%, not 20%
    assert.deepEqual(rulesOf('Of the 5,200 calls received, 1,560 (30%) were about anti-social behaviour, and 468 of the anti-social behaviour calls (20%) needed a police attendance.'), ['numbers/percentage-mismatch']);
  });
});
