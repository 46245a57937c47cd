/**
 * Change shapes read in this round (issue 9, family 12): the old figure of 'the previous week's 26,115';
 * after 'than the year before, when 40% did'; a gapped second change in points with its own comparison
 * ('up 2 points on the 69% of 2021 and 4 points on the 67% of 2019'); a new figure that points back to
 * the one count of the sentence before ('A year later the figure was 26,500, a fall of 8%'). Sentences
 * written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const changes = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'change');

describe('numbers: the old figure of a named earlier period', () => {
  it("reads 'on the previous week's 26,115'", () => {
    // (12,360 − 12,000) / 12,000 = 3%
    const c = changes("In the second week of January, 12,360 calls were made to the helpline, up 3% on the previous week's 12,000.");
    assert.ok(c.some((x) => x.verdict === 'ok'), JSON.stringify(c.map((x) => x.arithmetic)));
  });
  it('reports one that does not fit', () => {
    // 12,000 → 12,360 is 3%, not 5%
    assert.deepEqual(rulesOf("In the second week of January, 12,360 calls were made to the helpline, up 5% on the previous week's 12,000."), ['numbers/change-mismatch']);
  });
  it("reads 'than the year before, when 40% did'", () => {
    // 58 − 41 = 17 points
    const c = changes('Among the schools that had been inadequate, 58% improved, 17 points more than the year before, when 41% did.');
    assert.ok(c.some((x) => x.verdict === 'ok'), JSON.stringify(c.map((x) => x.arithmetic)));
    // 58 − 41 = 17, not 12; but 'when 41% did' names no group, so the earlier figure may be of another: listed, not reported
    const w = changes('Among the schools that had been inadequate, 58% improved, 12 points more than the year before, when 41% did.');
    assert.ok(w.some((x) => x.verdict === 'unchecked'), JSON.stringify(w.map((x) => x.arithmetic)));
    assert.deepEqual(rulesOf('Among the schools that had been inadequate, 58% improved, 12 points more than the year before, when 41% did.'), []);
  });
  it("does not take a count after 'than the 470 it held when' as a period", () => {
    // (400 − 470) / 470 = 14.9%, 15% fewer
    const c = changes('The unit now has 400 places, 15% fewer than the 470 it had when we last visited in 2018.');
    assert.ok(c.some((x) => x.verdict === 'ok'), JSON.stringify(c.map((x) => x.arithmetic)));
  });
});

describe('numbers: a gapped second change in points', () => {
  it('reads both comparisons', () => {
    // 64 − 61 = 3; 64 − 58 = 6
    const c = changes('This year 64% of carers said they felt supported, up 3 percentage points on the 61% of 2022 and 6 points on the 58% of 2020.');
    assert.equal(c.filter((x) => x.verdict === 'ok').length, 2, JSON.stringify(c.map((x) => x.arithmetic)));
  });
  it('reports the second when it does not fit', () => {
    // 64 − 58 = 6 points, not 8
    assert.deepEqual(rulesOf('This year 64% of carers said they felt supported, up 3 percentage points on the 61% of 2022 and 8 points on the 58% of 2020.'), ['numbers/change-mismatch']);
  });
  it('does not read a gapped amount with no comparison of its own', () => {
    // 'and 4 points for girls' has no level of its own: nothing to judge
    assert.deepEqual(rulesOf('Attainment rose by 2 points for boys, to 61%, and 4 points for girls.'), []);
  });
});

describe('numbers: a new figure that points back to the sentence before', () => {
  it('takes the one count of the sentence before as the old figure', () => {
    // (2,070 − 2,300) / 2,300 = −10%
    const c = changes('In 2019 the service supervised 2,300 people. By 2024 the figure was 2,070, a fall of 10%.');
    assert.ok(c.some((x) => x.verdict === 'ok'), JSON.stringify(c.map((x) => x.arithmetic)));
    // (396 − 360) / 360 = 10%
    assert.deepEqual(rulesOf('At our last inspection the home had 360 referrals a year. It now has 396, an increase of 10%.'), []);
  });
  it('reports a change that does not fit', () => {
    // 2,300 → 2,070 is a fall of 10%, not 15%
    assert.deepEqual(rulesOf('In 2019 the service supervised 2,300 people. By 2024 the figure was 2,070, a fall of 15%.'), ['numbers/change-mismatch']);
  });
  it('does not look back when either sentence has another count, or the new figure names its own noun', () => {
    // two counts before: which is the old figure is not certain
    assert.deepEqual(rulesOf('In 2019 the service supervised 2,300 people and 400 families. By 2024 the figure was 2,070, a fall of 15%.'), []);
    // '36 staff' is another measure than the 40 beds
    assert.deepEqual(rulesOf('In 2021 the unit had 40 beds. It now has 36 staff, a fall of 25%.'), []);
  });
});

describe('numbers: the exact amount after a dash', () => {
  it("reads 'rose by only a fraction – 0.4 per cent, from … to …'", () => {
    // (2,008 − 2,000) / 2,000 = 0.4%
    const c = changes('Places in special schools rose by 9%, while places in mainstream units rose by only a fraction – 0.4 per cent, from 2,000 to 2,008.');
    assert.ok(c.some((x) => x.verdict === 'ok' && x.operands.some((o) => o.raw === '0.4 per cent')), JSON.stringify(c.map((x) => x.arithmetic)));
    // 2,000 → 2,008 is 0.4%, not 1.4%
    assert.deepEqual(rulesOf('Places in mainstream units rose only slightly – 1.4 per cent, from 2,000 to 2,008.'), ['numbers/change-mismatch']);
  });
});

describe('numbers: a change amount, its new figure and the rate in apposition', () => {
  it("reads 'rose by 250 to 1,250, a rise of 25%'", () => {
    // 250 / (1,250 − 250) = 25%
    const c = changes('Recorded thefts from vehicles increased by 250 to 1,250, a rise of 25%.');
    assert.ok(c.some((x) => x.verdict === 'ok'), JSON.stringify(c.map((x) => x.arithmetic)));
    // 100 / 1,000 = 10%; the 100 is the change, not the old figure
    assert.deepEqual(rulesOf('The number of visits rose by 100, to 1,100, an increase of 10%.'), []);
  });
  it('reports a rate that fits neither the old nor the new figure', () => {
    // 250 / 1,000 = 25%, 250 / 1,250 = 20%: not 30%
    assert.deepEqual(rulesOf('Recorded thefts from vehicles increased by 250 to 1,250, a rise of 30%.'), ['numbers/change-mismatch']);
  });
});

describe('numbers: two changes against bracketed old figures', () => {
  it('takes the new figure past the first bracketed old figure', () => {
    // 52,780 / 51,750 = 1.0199 (2%); 52,780 / 48,420 = 1.09 (9%)
    const c = changes('At 31 March there were 52,780 people on the register, 2% more than a year earlier (51,750) and 9% more than in 2019 (48,420).');
    assert.equal(c.filter((x) => x.verdict === 'ok').length, 2, JSON.stringify(c.map((x) => x.arithmetic)));
  });
  it('reports the second when it does not fit', () => {
    // 48,420 → 52,780 is 9%, not 12%
    assert.deepEqual(rulesOf('At 31 March there were 52,780 people on the register, 2% more than a year earlier (51,750) and 12% more than in 2019 (48,420).'), ['numbers/change-mismatch']);
  });
});

describe('numbers: more written multiples', () => {
  it("reads 'four-fold' and 'two and a half times as many' after their pair", () => {
    // 240 / 60 = 4
    assert.deepEqual(rulesOf('Referrals to the service increased four-fold, from 60 to 240.'), []);
    assert.ok(claimsOf('Referrals to the service increased four-fold, from 60 to 240.').some((c) => c.kind === 'multiple' && c.verdict === 'ok'));
    // 50 / 20 = 2.5
    assert.ok(claimsOf('The number of trained staff had risen from 20 to 50, two and a half times as many.').some((c) => c.kind === 'multiple' && c.verdict === 'ok'));
  });
  it('reports them when the pair does not fit', () => {
    // 300 / 60 = 5, not 4
    assert.deepEqual(rulesOf('Referrals to the service increased four-fold, from 60 to 300.'), ['numbers/change-mismatch']);
    // 70 / 20 = 3.5, not 2.5
    assert.deepEqual(rulesOf('The number of trained staff had risen from 20 to 70, two and a half times as many.'), ['numbers/change-mismatch']);
  });
  it('does not take a year between the pair for a range', () => {
    // 86 / 43 = 2
    assert.ok(claimsOf('Referrals to the team doubled from 43 in 2021 to 86 in 2023.').some((c) => c.kind === 'multiple' && c.verdict === 'ok'));
  });
});

describe('numbers: more change amounts', () => {
  it("reads 'a relative fall of 25%' between two percentages", () => {
    // (40 − 30) / 40 = 25%
    assert.ok(changes('The share of late reviews fell from 40% to 30%, a relative fall of 25%.').some((c) => c.verdict === 'ok'));
    // 10 points or 25%, not 40%
    assert.deepEqual(rulesOf('The share of late reviews fell from 40% to 30%, a relative fall of 40%.'), ['numbers/change-mismatch']);
  });
  it("reads 'rose by 1,500, or 12.5%, to 13,500'", () => {
    // 1,500 / 12,000 = 12.5%
    assert.ok(changes('Calls to the line rose by 1,500, or 12.5%, to 13,500.').some((c) => c.verdict === 'ok'));
    // 1,500 / 12,000 = 12.5% and 1,500 / 13,500 = 11.1%: not 15%
    assert.deepEqual(rulesOf('Calls to the line rose by 1,500, or 15%, to 13,500.'), ['numbers/change-mismatch']);
  });
  it("reads a change in points against a bracketed old level: 'lower than in the previous year (9.6%)'", () => {
    // 9.6 − 8.2 = 1.4 points
    assert.ok(changes('The vacancy rate was 8.2%, 1.4 percentage points lower than in the previous year (9.6%).').some((c) => c.verdict === 'ok'));
    // 1.4 points, not 2.4
    assert.deepEqual(rulesOf('The vacancy rate was 8.2%, 2.4 percentage points lower than in the previous year (9.6%).'), ['numbers/change-mismatch']);
  });
  it("reads 'a rise of nine cases (25%)'", () => {
    // 45 − 36 = 9; 9 / 36 = 25%
    assert.ok(changes('The average caseload was 45, compared with 36 a year ago, a rise of nine cases (25%).').some((c) => c.verdict === 'ok'));
    // 9 / 36 = 25%, not 20%
    assert.deepEqual(rulesOf('The average caseload was 45, compared with 36 a year ago, a rise of nine cases (20%).'), ['numbers/change-mismatch']);
  });
  it("reads the old figure of 'than in 2020, when it had 2,200'", () => {
    // 2,420 / 2,200 = 1.1
    assert.ok(changes('The service has 2,420 staff, 10% more than in 2020, when it had 2,200.').some((c) => c.verdict === 'ok'));
    // 10%, not 15%
    assert.deepEqual(rulesOf('The service has 2,420 staff, 15% more than in 2020, when it had 2,200.'), ['numbers/change-mismatch']);
  });
});

describe('numbers: a change between two decimals', () => {
  it("reads 'from 6.3 to 5.1, a decrease of 19%' and 'fell by 19%, from 6.3 to 5.1 per 1,000'", () => {
    // (6.3 − 5.1) / 6.3 = 19.0% (17.6–20.5% over the rounding)
    assert.ok(changes('Falls per 1,000 occupied bed days fell from 6.3 to 5.1, a decrease of 19%.').some((c) => c.verdict === 'ok'));
    assert.ok(changes('The rate of falls fell by 19%, from 6.3 to 5.1 per 1,000 bed days.').some((c) => c.verdict === 'ok'));
  });
  it('reports one that does not fit', () => {
    // at most 20.5%, not 29%
    assert.deepEqual(rulesOf('Falls per 1,000 occupied bed days fell from 6.3 to 5.1, a decrease of 29%.'), ['numbers/change-mismatch']);
  });
});

describe('numbers: the new figure one of several', () => {
  it('takes the one that fits', () => {
    // (310 − 190) / 190 = 63.2%; the 46 homes are another count
    assert.ok(changes('In 2023 there were 310 cases of scabies across 46 care homes, compared with 190 in 2022, an increase of 63%.').some((c) => c.verdict === 'ok'));
  });
  it('lists, and does not report, a change that none fits', () => {
    // neither 310 nor 46 gives 43% over 190
    const c = changes('In 2023 there were 310 cases of scabies across 46 care homes, compared with 190 in 2022, an increase of 43%.');
    assert.ok(c.every((x) => x.verdict === 'unchecked'), JSON.stringify(c.map((x) => x.arithmetic)));
    assert.deepEqual(rulesOf('In 2023 there were 310 cases of scabies across 46 care homes, compared with 190 in 2022, an increase of 43%.'), []);
  });
});
