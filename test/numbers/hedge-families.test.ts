/**
 * Hedges, word shares beside precise figures, the share before its count,
 * counts set off by dashes, hedged ratios (issue 9, families 6, 7, 8, 10).
 * Sentences written for these tests; the arithmetic is worked out by hand in
 * the comments. A hedge is an interval: 'nearly' reaches 7.5 points below,
 * 'just over/under' 5 points, 'around' 5 either side (policy.ts HEDGE_REACH);
 * an unhedged fraction is within 4 points; an unhedged ratio reaches as far
 * as 'around'.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

/** Verdicts of the judged claims that name a qualifier (a hedge, fraction, ratio or quantifier as written). */
const wordVerdicts = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && (c.qualifier !== undefined || c.operands.some((o) => o.role === 'f')))
    .map((c) => c.verdict);

describe('numbers hedges: a word share beside its precise figure (share-beside.ts)', () => {
  it('reads the precise figure in brackets, dashes or commas after the word share', () => {
    // 'almost 80' is [72.5, 80); 77% is inside
    assert.deepEqual(wordVerdicts('Almost 80 per cent of the respondents (77 per cent) said they felt safe.'), ['ok']);
    // 82% is [81.5, 82.5], above 80: not 'almost 80'
    assert.deepEqual(rulesOf('Almost 80 per cent of the respondents (82 per cent) said they felt safe.'), ['numbers/percentage-mismatch']);
    // 'just over a quarter' is (25, 30]; 27% fits
    assert.deepEqual(wordVerdicts('Just over a quarter of the homes – 27% – had a registered manager in post.'), ['ok']);
    // 24% is [23.5, 24.5], below 25
    assert.deepEqual(rulesOf('Just over a quarter of the homes – 24% – had a registered manager in post.'), ['numbers/fraction-mismatch']);
    // 'more than two thirds' is above 66.67; 64% is not
    assert.deepEqual(rulesOf('More than two thirds of parents, 64%, agreed that the school kept them informed.'), ['numbers/fraction-mismatch']);
  });
  it('reads a word share that restates the figure before it, closing the clause', () => {
    // 'roughly two in five' is 40 ± 5
    assert.deepEqual(wordVerdicts('Staff had received training in 41% of the services we visited – roughly two in five.'), ['ok']);
    // 51% is not 'fewer than half'
    assert.deepEqual(rulesOf('Staff had received training in 51% of the services we visited – fewer than half.'), ['numbers/fraction-mismatch']);
  });
  it('reads the first figure after a colon', () => {
    // 'around a third' is [28.33, 38.33]; 35% fits
    assert.deepEqual(wordVerdicts('Around a third of the referrals came from schools: 35%, with the police next at 20%.'), ['ok']);
    // 48% is not more than half
    assert.ok(rulesOf('More than half of the inspections were unannounced: 212 (48%), against 230 that were planned.').includes('numbers/fraction-mismatch'));
  });
  it('treats a plain fraction or ratio beside a precise figure as a rounding of it', () => {
    // a third is 33.33 ± 4; 31.5% fits
    assert.deepEqual(rulesOf('A third of the answers (31.5%) were incomplete.'), []);
    assert.deepEqual(rulesOf('Three in ten of the young people – 31.5% – had a mentor.'), []);
  });
  it('does not read a share of something else as a restatement', () => {
    assert.deepEqual(rulesOf('Nearly half of the boys, 38% of the girls and a third of the staff said so.'), []);
    assert.deepEqual(rulesOf('In 38% of cases the plans were late and in others – nearly half – they were missing.'), []);
    assert.deepEqual(rulesOf('Almost half of the schools were inspected in the spring: 30% in March and the rest in April.'), []);
    assert.deepEqual(rulesOf('In 30% of cases, over half were late.'), []);
    assert.deepEqual(rulesOf('Over half of the staff (35 of 60) had been trained, and 45% had been supervised.'), []);
  });
});

describe('numbers hedges: the share before its count (apposition.ts shareFirstReadings)', () => {
  it('takes the total from the population of the sentence', () => {
    // 31 / 48 = 64.58%, within 'around two thirds' [61.67, 71.67]
    assert.deepEqual(wordVerdicts('Of the 48 care leavers we spoke to, around two thirds (31) had a pathway plan.'), ['ok']);
    // 25 / 48 = 52.08%
    assert.deepEqual(rulesOf('Of the 48 care leavers we spoke to, around two thirds (25) had a pathway plan.'), ['numbers/fraction-mismatch']);
    // 12 / 30 = 40%: not most
    assert.deepEqual(rulesOf('Among the 30 prisons inspected, most (12) had a waiting list for education.'), ['numbers/quantifier-mismatch']);
  });
  it('takes the total written after the count', () => {
    // 14 / 30 = 46.67%, within 'roughly half' [45, 55]
    assert.deepEqual(wordVerdicts('Exit interviews took place in roughly half – 14 – of the 30 cases.'), ['ok']);
    // 9 / 30 = 30%
    assert.deepEqual(rulesOf('Exit interviews took place in roughly half – 9 – of the 30 cases.'), ['numbers/fraction-mismatch']);
  });
  it('leaves a bracket about something else alone', () => {
    assert.deepEqual(rulesOf('Of the 40 homes, about half (12 in the north) improved.'), []);
    assert.deepEqual(rulesOf('Of the 60 schools, a third (20) were primary, and half of these (10) were in the city.'), []);
    assert.deepEqual(rulesOf('Of the 20 offices, about half (45 staff) worked from home on some days.'), []);
  });
});

describe('numbers apposition: a count set off by dashes (apposition.ts dashAnchors)', () => {
  it('reads the count before a spaced dash as a count, not a range', () => {
    // 20 / 25 = 80%
    assert.deepEqual(rulesOf('Of the 25 homes visited, 20 – 80 per cent – had a manager in post.'), []);
    assert.ok(claimsOf('Of the 25 homes visited, 20 – 80 per cent – had a manager in post.').some((c) => c.verdict === 'ok' && c.operands.some((o) => o.raw === '80 per cent')));
    // 20 / 25 = 80%, not 85%
    assert.deepEqual(rulesOf('Of the 25 homes visited, 20 – 85 per cent – had a manager in post.'), ['numbers/percentage-mismatch']);
  });
  it('leaves a range alone', () => {
    assert.deepEqual(rulesOf('Of the 40 schools, results rose by 10 – 15 per cent – over the year.'), []);
    assert.deepEqual(rulesOf('Of the 40 schools, results rose in 10 – 15 per cent of subjects.'), []);
  });
});

describe('numbers hedges on ratios and quantifiers a clause away', () => {
  it('keeps the hedge of a ratio', () => {
    // 24 / 200 = 12%: not fewer than one in ten
    assert.ok(rulesOf('Fewer than one in ten of the 200 cases (24) were escalated.').includes('numbers/fraction-mismatch'));
    // 8 / 200 = 4%: fewer than one in ten (without the hedge, 4% is far from 10%)
    assert.deepEqual(rulesOf('Fewer than one in ten of the 200 cases (8) were escalated.'), []);
  });
  it('judges a quantifier whose count the extractor read as a plain part', () => {
    // 18 / 40 = 45%: not a majority
    assert.deepEqual(rulesOf('The majority of the 40 people whose medicines we checked, 18 of them, had received every dose.'), ['numbers/quantifier-mismatch']);
    // 25 / 36 = 69.4%: most
    assert.deepEqual(rulesOf('Most of the 36 young people we met, 25 of them, said staff listened to them.'), []);
    assert.deepEqual(wordVerdicts('Most of the 36 young people we met, 25 of them, said staff listened to them.'), ['ok']);
  });
});

describe('numbers quantifiers: most with a share under half (the band is marked plurality)', () => {
  it('leaves a plurality reading unresolved, and judges a count of a stated total', () => {
    // 'most complaints (46%)' may name the largest group of complaints: not reported
    assert.deepEqual(rulesOf('Most complaints received (46%) came from relatives of people using the service.'), []);
    // a count of a stated total is judged as a majority: 14 of 40 is not most
    assert.deepEqual(rulesOf('Most of the 40 complaints received (14) came from relatives of people using the service.'), ['numbers/quantifier-mismatch']);
  });
});
