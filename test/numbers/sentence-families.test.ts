/**
 * The within-sentence readers of issue 9 (server/src/core/numbers/relations:
 * apposition, clause-between, slash, quoted-grade, quantifier-distant, with
 * population.ts and the abductive judgement of shares.ts). Sentences written
 * for these tests; the arithmetic is worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

/** Verdicts of the claims that read the given figure (its raw text) as a share. */
const verdictsFor = (finding: string, raw: string) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.raw === raw && (o.role === 'p' || o.role === 'f')) || (c.kind === 'quantifier' && c.qualifier === raw))
    .map((c) => c.verdict);
const messagesOf = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.message);

describe('numbers sentence families: apposition (family 8)', () => {
  it('reads a share set off by commas, dashes or or, against the population of the sentence', () => {
    // 45 / 60 = 75%
    assert.deepEqual(verdictsFor('Of the 60 care plans we sampled, 45, or 75%, had been agreed with the family.', '75%'), ['ok']);
    // 45 / 60 = 75%, not 70%
    assert.deepEqual(verdictsFor('Of the 60 care plans we sampled, 45, or 70%, had been agreed with the family.', '70%'), ['inconsistent']);
    // 22 / 40 = 55%
    assert.deepEqual(verdictsFor('Of the 40 prisons visited, 22 – or 55 per cent – had a working peer scheme.', '55 per cent'), ['ok']);
    // 22 / 40 = 55%, not 60%
    assert.ok(rulesOf('Of the 40 prisons visited, 22 – or 60 per cent – had a working peer scheme.').includes('numbers/percentage-mismatch'));
  });
  it('reads the total written after the share, and names the reading in the message', () => {
    // 18 / 30 = 60%, not 70% (70% of 30 alone is possible: 21)
    const m = messagesOf('In 18 cases, 70% of the 30 we looked at, the manager had countersigned the plan.');
    assert.equal(m.length, 1);
    assert.match(m[0]!, /18 of 30/);
    // 15 / 32 = 46.9%: 'almost half'
    assert.deepEqual(verdictsFor('Exit interviews had been held in 15 cases – almost half – of the 32.', 'half'), ['ok']);
  });
  it('does not read two clauses as an apposition', () => {
    // '50% stayed the same' is a new clause, not the share of the 12.
    assert.deepEqual(rulesOf('Of the 30 schools, 12 improved, 50% stayed the same and the rest declined.'), []);
  });
});

describe('numbers sentence families: clause between the counts and the share (family 1)', () => {
  it('skips a relative clause after the total', () => {
    // 14 / 25 = 56%
    assert.deepEqual(verdictsFor('In 14 of the 25 cases in which a home visit was due (56%), it had taken place.', '56%'), ['ok']);
    // 14 / 25 = 56%, not 60%
    assert.deepEqual(verdictsFor('In 14 of the 25 cases in which a home visit was due (60%), it had taken place.', '60%'), ['inconsistent']);
  });
  it('reads all but j of n as n − j', () => {
    // 21 − 1 = 20; 20 / 21 = 95.2% → 95%
    assert.deepEqual(verdictsFor('All but one of the 21 files where a transfer was planned (95%) held a summary.', '95%'), ['ok']);
    // 21 − 3 = 18; 18 / 21 = 85.7% → 86%, not 95%
    assert.deepEqual(verdictsFor('All but three of the 21 files where a transfer was planned (95%) held a summary.', '95%'), ['inconsistent']);
  });
  it('does not reach across a comma', () => {
    assert.deepEqual(rulesOf('In 14 of the 25 cases, the plan was late and staff turnover was high (60%).'), []);
  });
});

describe('numbers sentence families: k/n with a slash (family 3)', () => {
  it('reads k/n as a count and its total', () => {
    // 15 / 20 = 75%
    assert.deepEqual(verdictsFor('Safety plans were up to date in 15/20 cases (75%).', '75%'), ['ok']);
    // 15 / 20 = 75%, not 80%
    assert.deepEqual(verdictsFor('Safety plans were up to date in 15/20 cases (80%).', '80%'), ['inconsistent']);
    // 5 / 8 = 62.5% → 62% or 63%
    assert.deepEqual(verdictsFor('Only 5/8 of the records, that is 63%, had been signed.', '63%'), ['ok']);
  });
  it('leaves years, dates and 24/7 alone', () => {
    assert.deepEqual(rulesOf('In 2019/20 the team provided 24/7 cover (40%).'), []);
    assert.deepEqual(rulesOf('The review on 12/03/2021 found gaps (15%).'), []);
  });
});

describe('numbers sentence families: a quoted grade before the share (family 9)', () => {
  it('reads the count, the grade and the share against the population', () => {
    // 130 / 400 = 32.5%; 210 / 400 = 52.5%
    assert.deepEqual(verdictsFor('Of the 400 visits made, 130 were "excellent" (32.5 per cent) and 210 were "good" (52.5 per cent).', '52.5 per cent'), ['ok']);
    // 210 / 400 = 52.5%, not 55.2%
    assert.deepEqual(verdictsFor('Of the 400 visits made, 130 were "excellent" (32.5 per cent) and 210 were "good" (55.2 per cent).', '55.2 per cent'), ['inconsistent']);
    // 33 / 75 = 44%; 6 / 75 = 8%
    assert.deepEqual(verdictsFor("Across the 75 nurseries inspected, 33 were rated 'Good' (44%) and six 'Weak' (8%).", '8%'), ['ok']);
  });
});

describe('numbers sentence families: a quantifier a clause away from its count (family 10)', () => {
  it('reads the count in brackets, between dashes or with in total', () => {
    // 19 / 30 = 63% > 50%
    assert.deepEqual(verdictsFor('Most of the 30 young people with a speech and language need (19) had a plan.', 'Most'), ['ok']);
    // 11 / 30 = 37%: not most
    assert.ok(rulesOf('Most of the 30 young people with a speech and language need (11) had a plan.').includes('numbers/quantifier-mismatch'));
    // 44 / 47 = 93.6% ≥ 85%
    assert.deepEqual(verdictsFor('Almost all of the 47 staff on the night shift, 44 in total, had done the training.', 'Almost all'), ['ok']);
    // 30 / 47 = 63.8% < 85%
    assert.deepEqual(verdictsFor('Almost all of the 47 staff on the night shift, 30 in total, had done the training.', 'Almost all'), ['inconsistent']);
  });
  it('reads a hedged fraction the same way', () => {
    // 31 / 60 = 51.7%: around half
    const v = verdictsFor('Around half of the 60 families who asked for help (31) were seen within a week.', 'half');
    assert.ok(v.length > 0 && v.every((x) => x === 'ok'));
    // 42 / 60 = 70%: not around half
    assert.ok(verdictsFor('Around half of the 60 families who asked for help (42) were seen within a week.', 'half').includes('inconsistent'));
    assert.ok(rulesOf('Around half of the 60 families who asked for help (42) were seen within a week.').includes('numbers/fraction-mismatch'));
  });
});

describe('numbers sentence families: abductive judgement', () => {
  it('a share that one plausible total explains is not reported', () => {
    // Two totals: 50 (the frame) and 40 (the sample). 20 / 40 = 50%, so the share is consistent.
    assert.deepEqual(rulesOf('Of the 50 people referred, inspectors reviewed 40 cases, and 20, or 50%, had a plan.'), []);
  });
  it('names the total it used in the related information', () => {
    const d = numbersDiagnostics(reportWith(['Of the 120 files we reviewed, 96, or 84%, held a check.'])).filter((x) => x.ruleId === 'numbers/percentage-mismatch');
    assert.equal(d.length, 1);
    assert.ok(d[0]!.related?.some((r) => /120/.test(r.message)));
  });
});
