/**
 * Figures that are not what a first reading takes them for: the first figure
 * of a ratio after 'than' ('fewer than one in four') is no pronoun, its second
 * figure is no count; 'one for every force' is a rate; a change amount owns
 * the 'from … to' after it, not an earlier change; counts between dashes
 * after a part break that part down; a rest after two shares is of neither
 * for sure. Sentences written for these tests, with the arithmetic in the
 * comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const judged = (finding: string) => claimsOf(finding).filter((c) => c.verdict !== 'unchecked').map((c) => [c.kind, c.verdict]);

describe('numbers: the figures of a ratio after a hedge', () => {
  it('reads a hedged ratio with its bracketed share, and never the base as a count', () => {
    // one in four = 25%; 'fewer than one in four' is [0, 25%): 23.6% fits. The four is no count of 23.6% of 380.
    assert.deepEqual(rulesOf('Of the 380 files we sampled, fewer than one in four (23.6%) held a current plan.'), []);
    assert.ok(judged('Of the 380 files we sampled, fewer than one in four (23.6%) held a current plan.').some(([k, v]) => k === 'ratio' && v === 'ok'));
  });
  it('still reports a hedged ratio that its share breaks', () => {
    // 'more than one in three' is above 33.3%: 29% is not
    assert.deepEqual(rulesOf('Of the 380 files we sampled, more than one in three (29%) held a current plan.'), ['numbers/fraction-mismatch']);
  });
  it('keeps a pronoun one a pronoun', () => {
    // 'more than one' officer: no count of one; 9 of 12 = 75%
    assert.deepEqual(rulesOf('In 9 of the 12 cases (75%) more than one officer had held the case.'), []);
  });
});

describe('numbers: a rate inside a list of parts', () => {
  it('does not add "one for every force" to the parts', () => {
    // 41 + 9 = 50; 'one for every force' says how the 41 were spread
    assert.deepEqual(rulesOf('Over five years the team completed 50 reviews: 41 full inspections, one for every county force, and 9 revisits.'), []);
  });
  it('still reports parts that do not make the whole', () => {
    // 41 + 12 = 53, not 50
    assert.deepEqual(rulesOf('Over five years the team completed 50 reviews: 41 full inspections, one for every county force, and 12 revisits.'), ['numbers/parts-sum']);
  });
});

describe('numbers: two changes in one sentence', () => {
  it('pairs each change amount with its own figures', () => {
    // 61% → 80% is 19 points; 22% → 19% is 3 points
    assert.deepEqual(rulesOf('The share of homes rated good rose from 61% in 2019 to 80% in 2024, a rise of 19 percentage points, while the share rated outstanding fell by three points, from 22% to 19%.'), []);
  });
  it('reports the change that its own figures break', () => {
    // 22% → 19% is 3 points, not 5
    assert.deepEqual(rulesOf('The share of homes rated good rose from 61% in 2019 to 80% in 2024, a rise of 19 percentage points, while the share rated outstanding fell by five points, from 22% to 19%.'), ['numbers/change-mismatch']);
  });
  it('keeps a change with its new figure before the old one', () => {
    // 40% → 46% is 6 points
    assert.deepEqual(rulesOf('Attendance rose by 6 percentage points to 46%, from 40% the year before.'), []);
  });
});

describe('numbers: a breakdown between dashes', () => {
  const ok = 'Of the 940 lessons observed, 610 were good or better – 41 outstanding, 212 very good and 357 good – while 270 were satisfactory. Of the remaining 60, 52 were weak and eight poor.';
  it('reads the counts between dashes as a breakdown of the part before them', () => {
    // 41 + 212 + 357 = 610; 610 + 270 + 60 = 940; 52 + 8 = 60
    assert.deepEqual(rulesOf(ok), []);
    const kinds = judged(ok);
    assert.ok(kinds.some(([k, v]) => k === 'remainder' && v === 'ok'), JSON.stringify(kinds));
    assert.ok(kinds.some(([k, v]) => k === 'parts-sum' && v === 'ok'), JSON.stringify(kinds));
  });
  it('reports a remainder that the parts break', () => {
    // 610 + 270 + 80 = 960, not 940
    assert.deepEqual(rulesOf(ok.replace('remaining 60, 52 were weak and eight', 'remaining 80, 72 were weak and eight')), ['numbers/complement-mismatch']);
  });
  it('does not judge a list whose dashed counts make no part', () => {
    // 41 + 212 + 300 = 553, not 610: a breakdown with an error, or parts of their own? Not known.
    const rules = rulesOf('Of the 940 lessons observed, 610 were good or better – 41 outstanding, 212 very good and 300 good – while 270 were satisfactory, and 60 were weak.');
    assert.ok(!rules.includes('numbers/parts-sum'), rules.join());
  });
});

describe('numbers: the rest of which share', () => {
  it('does not take a rest for the rest of an earlier share when a later one stands between', () => {
    // 'half of them do not' is the rest of 'only half', not of eight in 10
    assert.deepEqual(rulesOf('Standards were good in eight in 10 primary schools; yet only half of the secondary schools kept good standards, which means that half of them did not.'), []);
  });
  it('still judges a rest right after its share', () => {
    // 31 on time leaves 9, not 12
    assert.deepEqual(rulesOf('Of the 40 reports, 31 were on time, leaving 12 that were late.'), ['numbers/complement-mismatch']);
  });
});

describe('numbers: a decimal change in points', () => {
  it('takes a written decimal for half a unit of its last place either side', () => {
    // 58.4% → 51% is 7.4 points (51 stands for 50.5–51.5: 6.9–7.95); 6.4 points is not it
    assert.deepEqual(rulesOf('Only 51% of letters were on time, against 58.4% two years before, a fall of 6.4 percentage points.'), ['numbers/change-mismatch']);
    assert.deepEqual(rulesOf('Only 51% of letters were on time, against 58.4% two years before, a fall of 7.4 percentage points.'), []);
  });
});

describe('numbers: an unhedged ratio is a rounding, not a rough guess', () => {
  it('reports "one in 10" for 13%', () => {
    // 611 / 4,700 = 13.0%: nearer one in eight; one in 10 reaches 8% to 12%
    assert.deepEqual(rulesOf('Of the 4,700 homes inspected, one in 10 (611) was rated inadequate.'), ['numbers/fraction-mismatch']);
  });
  it('accepts "one in 10" for 11%, and a hedged ratio by its hedge', () => {
    // 517 / 4,700 = 11.0%
    assert.deepEqual(rulesOf('Of the 4,700 homes inspected, one in 10 (517) was rated inadequate.'), []);
    // 'more than one in 10': above 10%, so 13.0% fits
    assert.deepEqual(rulesOf('Of the 4,700 homes inspected, more than one in 10 (611) was rated inadequate.'), []);
  });
  it('keeps a case either side for a small group', () => {
    // one in four of 12 is 3; 4 of 12 is one case off, 33%: not reported
    assert.deepEqual(rulesOf('One in four of the 12 young people we met (4) had been excluded from school.'), []);
  });
});

describe('numbers: "one in N" for a large N', () => {
  it('stands for the shares whose nearest "one in M" is within one of N', () => {
    // 1,426 / 20,000 = 7.13%: nearest 'one in 14'; 'one in 12' is 7.4% to 9.5%
    assert.deepEqual(rulesOf('Of the 20,000 inspections, 1,426 (one in 12) ended in an inadequate rating.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Of the 20,000 inspections, 1,426 (one in 14) ended in an inadequate rating.'), []);
  });
});
