/**
 * Precision round r4 (2026-12-07, third session): false-alarm forms found by running the checker on passages
 * modelled on published inspection and statistics prose (figures kept, sentences rewritten). Every sentence here
 * is new; none is a passage's own words.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a count in brackets after a share and a short predicate is that share's count, never a later share's total (extract/percent-count.ts shareCount)", () => {
  it("'Of these cases, 25% were sufficient (30 cases), … and 25% insufficient (30)': the last share is not of the first bracket", () => {
    // 30 / 120 = 25%, 60 / 120 = 50%, 30 / 120 = 25% (the 30 in the first bracket is a part, not a total)
    assert.deepEqual(rulesOf('Inspectors sampled 400 files, of which 120 were youth cases. Of these cases, 25% were sufficient (30 cases), 50% partly sufficient (60) and 25% insufficient (30).'), []);
    // 18 / 150 = 12%, 90 / 150 = 60%, 18 / 150 = 12%
    assert.deepEqual(rulesOf('The board reviewed 600 complaints, of which 150 concerned property. Of these complaints, 12% were upheld (18 complaints), 60% not upheld (90) and 12% withdrawn (18).'), []);
  });
  it("with the sentence's own total, the later share is judged on it, not on the first bracket", () => {
    // 36 / 240 = 15%, 120 / 240 = 50%, 36 / 240 = 15%
    assert.deepEqual(rulesOf('Of the 240 cases, 15% were rated good (36 cases), 50% adequate (120) and 15% poor (36).'), []);
    const c = claimsOf('Of the 240 cases, 15% were rated good (36 cases), 50% adequate (120) and 15% poor (36).').filter((x) => x.kind === 'percent-count');
    assert.ok(c.length > 0 && c.every((x) => x.verdict === 'ok'));
  });
  it('still reports a share that its count does not give of the total', () => {
    // 36 / 240 = 15%, not 25%
    assert.deepEqual(rulesOf('Of the 240 cases, 15% were rated good (36 cases), 50% adequate (120) and 25% poor (36).'), ['numbers/percentage-mismatch']);
  });
});

describe("'P% were good or better: Q% …, R% …, S% … and T% …' where the list after the colon breaks down the whole population (relations/parts-sum.ts wholeShare, fullBreakdown)", () => {
  it('leaves the headline share unresolved when the shares after the colon make 100%', () => {
    // 15 + 50 = 65 (good or better); 15 + 50 + 30 + 5 = 100: a breakdown of all homes, the first taken 'of all homes'
    assert.deepEqual(rulesOf('Overall, 65% of the homes were good or better: 15% of all homes were outstanding, a further 50% were good, 30% required improvement and 5% were inadequate.'), []);
    // 22 + 51 = 73; 22 + 51 + 24 + 3 = 100
    assert.deepEqual(rulesOf('Inspectors judged that 73% of providers were good or better: 22% of all providers were outstanding, a further 51% were good, 24% required improvement and 3% were inadequate.'), []);
  });
  it('still reports a headline the grades after it do not make', () => {
    // 15 + 60 = 75, not 65 (no full breakdown)
    assert.deepEqual(rulesOf('Overall, 65% of the homes were good or better: 15% were outstanding and 60% were good.'), ['numbers/parts-sum']);
    // a full breakdown (15 + 60 + 20 + 5 = 100) whose first two grades make 75, not 65: still caught as a band of grades
    assert.deepEqual(rulesOf('Overall, 65% of the homes were good or better: 15% of all homes were outstanding, a further 60% were good, 20% required improvement and 5% were inadequate.'), ['numbers/parts-sum']);
  });
});

describe("a second change amount coordinated with a first ('down k (P%) since … and k2 (P2%) since …') is a change, not a part with its share (extract/shared.ts coordinatedChange; count-percent, percent-count)", () => {
  it('does not judge the second bracket as a share of the total stated before', () => {
    // 1,120 / 28,400 = 3.9% (of the earlier figure) and 6,800 / 34,200 = 19.9%: changes over two periods, not parts of 27,280
    assert.deepEqual(rulesOf('There were 27,280 registered places at the end of the year. This was down 1,120 (4%) since March and 6,920 (20%) since 2019.'), []);
    // the share first, the count in brackets
    assert.deepEqual(rulesOf('The service held 5,400 open cases. This was up 6% (310) on last year and 35% (1,400) on 2018.'), []);
    // 'a fall of … and of …'
    assert.deepEqual(rulesOf('There were 3,150 applications in the year. This was a fall of 240 (7%) on the previous year and of 1,050 (25%) on 2016.'), []);
  });
  it('trap: two parts of a total joined by "and", with no change word, are still judged', () => {
    // 80 / 400 = 20%, not 25%
    assert.deepEqual(rulesOf('Of the 400 cases reviewed, 120 (30%) were late and 80 (25%) were incomplete.'), ['numbers/percentage-mismatch']);
    // 120 / 400 = 30% and 100 / 400 = 25%
    assert.deepEqual(rulesOf('Of the 400 cases reviewed, 120 (30%) were late and 100 (25%) were incomplete.'), []);
  });
});

describe("'P% were good or outstanding: Q% …, R% …, S% … and T% …' where the parts themselves make 100% and the first (or last) of them make P% (relations/parts-sum.ts wholeShare, endRunFits)", () => {
  it('leaves the headline unresolved when a run of grades at one end of the breakdown makes it', () => {
    // 19 + 64 = 83; 19 + 64 + 14 + 3 = 100
    assert.deepEqual(rulesOf('Overall, 83 per cent of the settings were good or outstanding: 19 per cent were outstanding, 64 per cent good, 14 per cent required improvement and 3 per cent were inadequate.'), []);
    // 45 + 30 = 75 (the first two); 45 + 30 + 18 + 7 = 100
    assert.deepEqual(rulesOf('Of the 160 staff, 75% were permanent: 45% full-time, 30% part-time, 18% agency and 7% bank.'), []);
  });
  it('still reports a headline that no run at either end of the breakdown makes', () => {
    // 40 + 30 = 70, 40 + 30 + 25 = 95, 5 + 25 = 30 …: none is 75
    assert.deepEqual(rulesOf('Of the 120 staff, 75% were permanent: 40% full-time, 30% part-time, 25% agency and 5% bank.'), ['numbers/parts-sum']);
    // 20 + 60 = 80, not 82: still caught as a band of grades
    assert.deepEqual(rulesOf('Overall, 82 per cent of schools were good or outstanding: 20 per cent were outstanding, 60 per cent good, 18 per cent required improvement and 2 per cent were inadequate.'), ['numbers/parts-sum']);
  });
});

describe("'P% (k <noun>)' read by no reader is still that share's count, not the total of a later 'P% (k)' (extract/percent-count.ts percentCount, shareCount)", () => {
  it("'Of the court orders, 75% (30 cases) had a plan, and 25% (10) did not': the 10 is not of the 30", () => {
    // 30 / 40 = 75%, 10 / 40 = 25% (the court orders are 40 of the 60 cases)
    assert.deepEqual(rulesOf('Inspectors examined 60 cases, of which 40 were court orders. Of the court orders, 75% (30 cases) had a sufficient plan, and 25% (10) did not.'), []);
    // 18 / 24 = 75%, 6 / 24 = 25%
    assert.deepEqual(rulesOf('The board heard 90 applications, of which 24 were about property. Of the property applications, 75% (18 applications) were resolved, and 25% (6) were not.'), []);
  });
  it('still reports a share its count does not give of the total in the sentence', () => {
    // 10 / 40 = 25%, not 35%
    assert.deepEqual(rulesOf('Of the 40 court orders, 75% (30 cases) had a sufficient plan, and 35% (10) did not.'), ['numbers/percentage-mismatch']);
  });
});
