/**
 * Precision forms read in the sixth part of 2026-12-07 (tuner t6): false alarms found on trap passages written for
 * this round (correct findings-style prose whose figures a number-matcher could pair wrongly); sentences written for
 * these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

const tab = (table: string) => numbersDiagnostics(`${FM}# Results\n\n${table}\n`).map((d) => d.ruleId);

describe("a rest that frames its own clause ('…, and in the remaining 30 cases, 20 (67%) had a home visit') (parts-sum.ts REST_FRAME_BEFORE/AFTER)", () => {
  it('is a whole of its own: the counts after it are its parts, not the first whole\'s', () => {
    assert.deepEqual(rulesOf('Of the 90 cases, 60 were in the city, and in the remaining 30 cases, 20 (67%) had a home visit.'), []);
    assert.deepEqual(rulesOf('Of the 75 centres, 50 were in Dublin, and in the other 25 centres, 15 had a vacancy.'), []);
    assert.deepEqual(rulesOf('Of the 200 files, 150 were from the magistrates\' court, and among the remaining 50 files, 40 (80%) had a case strategy.'), []);
    const c = claimsOf('Of the 90 cases, 60 were in the city, and in the remaining 30 cases, 20 (67%) had a home visit.').find((x) => x.kind === 'parts-sum');
    assert.notEqual(c?.verdict, 'inconsistent');
  });
  it('not ok: a rest that does not make the whole with the part before it is still reported', () => {
    // 60 + 40 = 100, not 90
    assert.ok(rulesOf('Of the 90 cases, 60 were in the city, and in the remaining 40 cases, 20 had a home visit.').some((r) => r.startsWith('numbers/')));
  });
  it("reads a rest named in brackets ('in the remaining 60 (girls), 42 …') and a clause framed by a back-reference ('; of those responsive inspections, 130 …') the same way", () => {
    assert.deepEqual(rulesOf('Of the 160 children, 100 were boys, and in the remaining 60 (girls), 42 (70%) had been in care.'), []);
    assert.deepEqual(rulesOf('Of the 1,000 inspections, 780 were routine and 220 were responsive; of those responsive inspections, 130 found a breach.'), []);
    assert.deepEqual(rulesOf('Of the 1,200 pupils, 700 were boys and 500 girls; of the girls, 85 were in the sixth form.'), []);
    assert.deepEqual(rulesOf('Of the 300 people, 240 answered the question; of those, 168 (70%) felt safe, and 24 (10%) never did.'), []);
    // not ok: 700 + 600 = 1,300, not 1,200; the frame's part is left out of the sum, not the sum's error
    assert.ok(rulesOf('Of the 1,200 pupils, 700 were boys and 600 girls; of the girls, 85 were in the sixth form.').includes('numbers/parts-sum'));
    // (any word of the frame an earlier part named: 'council-run', 'abandoned')
    assert.deepEqual(rulesOf('Of the 48 homes, 36 were private and 12 council-run; across the council-run homes, 10 were good.'), []);
    assert.deepEqual(rulesOf('Of the 2,000 calls, 1,500 were answered and 500 abandoned; of the abandoned calls, 320 were abandoned within a minute.'), []);
    // the whole's own split is still confirmed
    assert.equal(claimsOf('Of the 1,200 pupils, 700 were boys and 500 girls; of the girls, 85 were in the sixth form.').find((c) => c.kind === 'parts-sum')?.verdict, 'ok');
    // trap: a frame with 'the' whose noun no part named ('in the community') keeps its count a part of the list
    assert.equal(claimsOf('Of the 60 cases, 30 were men, 20 were women; in the community, 10 were young adults.').find((c) => c.kind === 'parts-sum')?.arithmetic.startsWith('30 + 20 + 10'), true);
  });
  it('trap: a rest that is a part with its verb (no frame) keeps the list whole', () => {
    // 'the remaining 30 were …' is the third part of a partition: 40 + 20 + 30 = 90 ✓, 40 + 20 + 40 ✗
    assert.deepEqual(rulesOf('Of the 90 cases, 40 were in the city, 20 were in the towns and the remaining 30 were rural.'), []);
    assert.ok(rulesOf('Of the 90 cases, 40 were in the city, 20 were in the towns and the remaining 40 were rural.').some((r) => r.startsWith('numbers/')));
  });
});

describe("a table whose first row states each column's base ('| Number in sample | 48 | 12 | 60 |') over 'k (P%)' cells (tables/cell-counts.ts BASE_ROW)", () => {
  const head = '| | Men | Women | All |\n| --- | --- | --- | --- |\n| Number in sample | 48 | 12 | 60 |\n';
  it("judges each cell on its column's base, not on the row's All column", () => {
    assert.deepEqual(tab(`${head}| Sufficient plan | 31 (65%) | 9 (75%) | 40 (67%) |\n`), []);
    assert.deepEqual(tab('| | North | South | Total |\n| --- | --- | --- | --- |\n| Sample size | 50 | 30 | 80 |\n| Met the standard | 40 (80%) | 15 (50%) | 55 (69%) |\n| Did not | 10 (20%) | 15 (50%) | 25 (31%) |\n'), []);
  });
  it("not ok: a share that does not fit its column's base is reported", () => {
    // 31 of 48 is 65%, not 60%
    assert.ok(tab(`${head}| Sufficient plan | 31 (60%) | 9 (75%) | 40 (67%) |\n`).includes('numbers/percentage-mismatch'));
  });
  it('trap: with no base row, the All column is still the only whole offered', () => {
    // 31 of 40 is 78%: the shares are of the row's total here
    assert.deepEqual(tab('| | Men | Women | All |\n| --- | --- | --- | --- |\n| Sufficient plan | 31 (78%) | 9 (23%) | 40 (100%) |\n'), []);
    assert.ok(tab('| | Men | Women | All |\n| --- | --- | --- | --- |\n| Sufficient plan | 31 (65%) | 9 (23%) | 40 (100%) |\n').includes('numbers/percentage-mismatch'));
  });
});

describe("a fraction change in a clause of another subject ('from 160 to 320, while the population had risen by a quarter') (fraction-change.ts OTHER_SUBJECT)", () => {
  it("is not read as the change between the figures before it", () => {
    assert.deepEqual(rulesOf('The number of use of force incidents had doubled since the last inspection, from 160 to 320, while the population had risen by a quarter.'), []);
    assert.deepEqual(rulesOf('Complaints rose from 30% to 45% of the caseload, but the number of staff fell by a third.'), []);
  });
  it('not ok: the fraction closing the figures\' own clause is still judged', () => {
    // (160 − 120) / 160 is a quarter, not a third
    assert.ok(rulesOf('The number of incidents fell from 160 to 120, a fall of a third.').includes('numbers/change-mismatch'));
  });
  it("trap: a comma alone before the fraction keeps the reading", () => {
    assert.deepEqual(rulesOf('The number of incidents fell from 160 to 120, a fall of a quarter.'), []);
    const c = claimsOf('The number of incidents fell from 160 to 120, a fall of a quarter.').find((x) => x.kind === 'change');
    assert.equal(c?.verdict, 'ok');
  });
});

describe("the word 'one' before a singular noun beside a multiple ('Ten times as many … in one category, stalking, where the number rose from 42 to 420') (multiple.ts usable)", () => {
  it('is no side of the multiple', () => {
    assert.deepEqual(rulesOf('Ten times as many crimes were recorded as at the last inspection in one category, stalking, where the number rose from 42 to 420.'), []);
  });
  it('not ok: the two counts of the multiple are still judged', () => {
    // 420 / 60 = 7, not ten
    assert.ok(rulesOf('Ten times as many crimes were recorded as at the last inspection in one category, stalking, where the number rose from 60 to 420.').includes('numbers/change-mismatch'));
  });
  it("trap: 'one' with no noun after it is still a side of the multiple", () => {
    // 'from one to three': three times ✓
    const c = claimsOf('The number of deaths rose from one to three, three times as many.').find((x) => x.kind === 'multiple');
    assert.equal(c?.verdict, 'ok');
  });
});
