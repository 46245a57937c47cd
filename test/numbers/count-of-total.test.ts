/**
 * Counts stated as parts of a total with no share (issue 9, the plain
 * family: relations/count-of-total.ts) and 'k of these …(P%)' across
 * sentences (family 4: relations/of-these-share.ts). Sentences written for these
 * tests (not corpus passages); the expected verdicts are worked out by hand
 * in the comments: k of n holds when k ≤ n.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

/** [verdict, total] of every count-of claim whose count is written `k`. */
const partOf = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'count-of' && c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);

describe('numbers count-of-total: a frame and the subjects of its clauses', () => {
  it('reads every clause of the frame, past numbers in the frame that are not counts', () => {
    const s = 'Of the 64 care homes inspected during 2022/23, 41 were rated good and 9 were rated outstanding.';
    assert.deepEqual(partOf(s, '41'), [['ok', '64']]);
    assert.deepEqual(partOf(s, '9'), [['ok', '64']]);
    assert.deepEqual(rulesOf(s), []);
    // The frame's clause holds 'over the past three years'; a quoted grade stands for the verb.
    const g = "Of the 96 youth offending teams we inspected over the past three years, 38 were rated 'Good', 7 'Outstanding' and eleven 'Inadequate'.";
    assert.deepEqual(partOf(g, '7'), [['ok', '96']]);
    assert.deepEqual(partOf(g, 'eleven'), [['ok', '96']]);
  });
  it('reads a verb or a grade word after the count, and the frame noun itself', () => {
    assert.deepEqual(partOf('Of the 35 prisoners we interviewed, 22 told us they felt safe and 13 said they did not.', '13'), [['ok', '35']]);
    assert.deepEqual(partOf('Of the 18 actions, 10 had been completed, five partly completed and three not started.', 'five'), [['ok', '18']]);
    assert.deepEqual(partOf('Of the 50 referrals, 20 referrals came from schools.', '20'), [['ok', '50']]);
  });
  it('reports a first count larger than its frame', () => {
    // 19 of 16 cannot be
    const s = 'Of the 16 approved premises visited in 2023, nineteen had a working fire alarm.';
    assert.deepEqual(partOf(s, 'nineteen'), [['impossible', '16']]);
    assert.deepEqual(rulesOf(s), ['numbers/impossible']);
  });
  it('does not read another group, a unit or a later count of something else', () => {
    // staff are not offices; hours are a unit; '14 contacts' is not a subject
    assert.deepEqual(partOf('Of the 4 offices we visited, 52 staff had completed the training.', '52'), []);
    assert.deepEqual(partOf('Of the 20 cases, 15 had been open for 12 months and 3 had 14 contacts.', '14'), []);
    assert.deepEqual(partOf('Of the 30 homes, 12 qualified nurses had left.', '12'), []);
    assert.deepEqual(rulesOf('Of the 4 offices we visited, 52 staff had completed the training.'), []);
    // 'all but four' is 21, not a count of four
    assert.deepEqual(partOf('In the 25 cases we examined, the risk level was shared with the police in all but four cases.', 'four'), []);
  });
  it('leaves a larger count unresolved where the reading is not certain', () => {
    // 'In the three prisons …, 400 were …': 400 may be prisoners
    const s = 'In the three prisons we visited, 400 were living in crowded cells.';
    assert.deepEqual(partOf(s, '400'), [['unchecked', 'three']]);
    assert.deepEqual(rulesOf(s), []);
    // a later clause may change its subject
    const t = 'Of the 5 prisons, 3 were overcrowded and 1,200 were held in cells designed for one.';
    assert.deepEqual(partOf(t, '1,200'), [['unchecked', '5']]);
    assert.deepEqual(rulesOf(t), []);
  });
});

describe('numbers count-of-total: the part of a group just named', () => {
  it("reads 'k of them', 'of whom', 'of which' and 'of these' within the sentence", () => {
    assert.deepEqual(partOf('We received 318 complaints about food, 120 of them about portion sizes.', '120'), [['ok', '318']]);
    assert.deepEqual(partOf('Use of force rose to 2,410 incidents, of which 377 involved batons.', '377'), [['ok', '2,410']]);
    assert.deepEqual(partOf('The unit cares for 30 young people – 8 of whom are looked after – and has 12 staff.', '8'), [['ok', '30']]);
    assert.deepEqual(partOf('Inspectors read 32 files, 20 of these had a current plan.', '20'), [['ok', '32']]);
    // 'of these' is the bracketed group, not the frame: 14 of the 25 that improved
    assert.deepEqual(partOf('Of the 40 schools judged weak, nearly two thirds (25 schools) improved, and 14 of these became good.', '14'), [['ok', '25']]);
  });
  it('takes an earlier group when the nearest is too small', () => {
    // 5 wings cannot hold 200 of them; 300 men can
    assert.deepEqual(partOf('There were 300 men on 5 wings, 200 of them on remand.', '200'), [['ok', '300']]);
  });
  it('reports a part larger than the one group named', () => {
    // 12 of 9 cannot be
    assert.deepEqual(partOf('Inspectors read 9 case files, 12 of which were incomplete.', '12'), [['impossible', '9']]);
    assert.deepEqual(rulesOf('The unit had 14 beds, of which 16 were occupied.'), ['numbers/impossible']);
  });
  it('leaves it unresolved when an earlier sentence counts a group the part fits', () => {
    // 'them' may be the 40 prisoners
    const s = 'We spoke with 40 prisoners. They had made 3 complaints, 12 of them about food.';
    assert.deepEqual(numbersDiagnostics(reportWith([s])).map((d) => d.ruleId), []);
  });
});

describe('numbers count-of-total: a total written with the count', () => {
  it("reads '(of n)', 'out of a possible n', 'from a total of n'", () => {
    assert.deepEqual(partOf('Inspectors rated 41 (of 52) services as good.', '41'), [['ok', '52']]);
    assert.deepEqual(partOf('The prison met 6 out of a possible 9 standards.', '6'), [['ok', '9']]);
    assert.deepEqual(partOf('Eleven from a total of 30 applications were approved.', 'Eleven'), [['ok', '30']]);
    // 14 (out of 12) cannot be
    assert.deepEqual(rulesOf('Only 14 (out of 12) managers had been trained.'), ['numbers/impossible']);
  });
});

describe("numbers of-these: 'k of these', a clause, then the share (family 4)", () => {
  const shareOf = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'percent-of').map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);
  it('takes the total from the sentence before', () => {
    // 36 / 48 = 75%
    assert.deepEqual(shareOf('We sampled 48 cases of domestic abuse. In 36 of these, a safety plan was in place (75%).'), [['ok', '75% 36 48']]);
    // 36 / 48 = 75%, not 80%
    const bad = 'We sampled 48 cases of domestic abuse. In 36 of these, a safety plan was in place (80%).';
    assert.deepEqual(shareOf(bad), [['inconsistent', '80% 36 48']]);
    assert.deepEqual(rulesOf(bad), ['numbers/percentage-mismatch']);
    // 13 / 20 = 65%, same sentence after a semicolon
    assert.deepEqual(shareOf('Inspectors looked at 20 files; for 13 of them the worker had recorded a home visit (65 per cent).'), [['ok', '65 per cent 13 20']]);
  });
  it('leaves it unresolved when another group could be the total', () => {
    // 13 / 20 = 65%, not 60%; but 'them' may be the 16 rotas… or not: two groups, no report
    const s = 'Inspectors looked at 20 files and 16 staff rotas. For 13 of them the worker had recorded a home visit (60 per cent).';
    assert.deepEqual(rulesOf(s), []);
  });
});
