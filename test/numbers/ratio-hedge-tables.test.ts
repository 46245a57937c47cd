/**
 * Issue 9: ratio and hedge words that restate a figure beside them, and
 * tables whose rows or Total must add up. A ratio or hedge is an interval
 * (the framework/default hedge reach, `HEDGE_REACH`); it is reported only when
 * no rounding of the precise figure beside it meets that interval. Sentences
 * and tables written for these tests; the arithmetic is in the comments.
 */
import * as assert from 'node:assert/strict';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { at, claims, claimsOf, FM, numbersDiagnostics, reportWith } from './helpers.js';

/** [kind, verdict, figures] of each judged claim of a finding of the given kinds. */
const judged = (finding: string, kinds: string[]) =>
  claimsOf(finding)
    .filter((c: ClaimRecord) => kinds.includes(c.kind) && c.verdict !== 'unchecked')
    .map((c) => [c.kind, c.verdict, c.operands.map((o) => o.raw).join(' ')]);
const rules = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
const SHARE = ['ratio', 'fraction', 'hedge', 'quantifier'];

describe('numbers: a ratio with its pair in brackets', () => {
  it('judges the ratio on the pair', () => {
    // 27 / 80 = 33.75%: one in three reaches [28.3%, 38.3%]
    assert.deepEqual(judged('One in three parents (27 of 80) said they had not been asked for their views.', ['ratio']).filter((c) => c[2] !== 'One three'), [['ratio', 'ok', 'One in three 27 80']]);
    // 16 / 80 = 20%: one in five, not one in three
    assert.deepEqual(rules('One in three parents (16 of 80) said they had not been asked for their views.'), ['numbers/fraction-mismatch']);
    // A hedged ratio takes its hedge's interval: 'nearly one in four' is below 25%; 19 / 80 = 23.75%
    assert.deepEqual(rules('Nearly one in four parents (19 out of 80) had not been asked.'), []);
  });
  it('leaves brackets that are not the pair alone', () => {
    // 'of whom' is not a count pair; a bracket that goes on is not the ratio's pair
    assert.deepEqual(rules('One in three parents (16 of whom were fathers) had not been asked.'), []);
    assert.deepEqual(rules('One in three parents (16 of 80 in the spring survey) had not been asked.'), []);
  });
});

describe("numbers: a ratio or hedge in apposition after a count pair, with 'only'", () => {
  it("reads 'k of the n cases, only one in three'", () => {
    // 11 / 36 = 30.6%: one in three
    assert.deepEqual(rules('Risk was reviewed in 11 of the 36 relevant cases, only one in three.'), []);
    assert.ok(judged('Risk was reviewed in 11 of the 36 relevant cases, only one in three.', ['ratio']).some((c) => c[1] === 'ok' && c[2] === 'one in three 11 36'));
    // 20 / 36 = 55.6%: more than one in two, not one in three
    assert.deepEqual(rules('Risk was reviewed in 20 of the 36 relevant cases, only one in three.'), ['numbers/fraction-mismatch']);
  });
  it('does not read a share of something else after the pair', () => {
    // 'only one in three of them' may be a share of the 20
    assert.deepEqual(rules('Risk was reviewed in 20 of the 36 relevant cases, only one in three of them on time.'), []);
  });
});

describe('numbers: a hedge or ratio closing the clause of a bracketed figure', () => {
  it("reads '(P%), roughly one in three' and '(P%) …, just under half'", () => {
    // 95 / 290 = 32.8% → 33%: roughly one in three
    assert.deepEqual(rules('Locum doctors covered 95 of the 290 clinics (33%), roughly one in three.'), []);
    // 61 / 290 = 21.0% → 21%: outside one in three's [28.3%, 38.3%]
    assert.deepEqual(rules('Locum doctors covered 61 of the 290 clinics (21%), roughly one in three.'), ['numbers/fraction-mismatch']);
    // 44 / 95 = 46.3% → 46%: just under half
    assert.deepEqual(rules('Of the 95 homes visited, 44 (46%) had no fire risk assessment or an out-of-date one, just under half.'), []);
    // 52 / 95 = 54.7% → 55%: over half, not just under it
    assert.deepEqual(rules('Of the 95 homes visited, 52 (55%) had no fire risk assessment or an out-of-date one, just under half.'), ['numbers/fraction-mismatch']);
  });
  it('does not read a hedge after another count or a share of something else', () => {
    // 'and 20 …': the hedge may restate either figure
    assert.deepEqual(rules('Of the 95 homes visited, 52 (55%) had no fire risk assessment and 20 had no plan, just under half.'), []);
    // 'an old one' is a pronoun, not a count of one home: 44 / 95 = 46.3% is just under half
    assert.deepEqual(rules('Of the 95 homes visited, 44 had no fire risk assessment or an old one, just under half.'), []);
    // 'just under half of them' is a share of the 52
    assert.deepEqual(rules('Of the 95 homes visited, 52 (55%) had no fire risk assessment, just under half of them in the north.'), []);
  });
});

describe('numbers: a word share before a colon and a clause with its own group', () => {
  it('confirms a fitting figure and never reports one that does not', () => {
    // 'Nearly a fifth' is below 20%; 18% fits
    assert.deepEqual(judged('Nearly a fifth of the nurseries were judged inadequate: 18% of the 140 settings visited received that grade.', ['fraction']), [['fraction', 'ok', 'a fifth 18%']]);
    // 29% does not fit, but the clause after the colon may speak of other settings: not judged
    assert.deepEqual(rules('Nearly a fifth of the nurseries were judged inadequate: 29% of the 140 settings visited received that grade.'), []);
  });
});

describe("numbers: a fraction in apposition to 'k of them'", () => {
  it('confirms it on the group named before, and reports it only when that group is the only one counted', () => {
    // 'them' is the 60 visits: 28 / 60 = 46.7%, nearly half
    assert.ok(judged('The team made 60 visits in 2024, and in 28 of them, nearly half, the family was not at home.', ['fraction']).some((c) => c[1] === 'ok' && c[2] === 'half 28 60'));
    // 15 / 60 = 25%: not nearly half, and the 60 visits are the only group counted before
    assert.deepEqual(rules('The team made 60 visits in 2024, and in 15 of them, nearly half, the family was not at home.'), ['numbers/fraction-mismatch']);
    // with two groups counted before, 'them' may be either: not reported
    assert.deepEqual(rules('The team made 60 visits and 90 calls in 2024, and in 15 of them, nearly half, the family was not at home.'), []);
    // 'nearly half of the families' is a share of something else
    assert.deepEqual(judged('The team made 60 visits in 2024, and in 28 of them, nearly half of the families were out.', ['fraction']), []);
  });
});

describe('numbers: a ratio shared by a gapped second object, and figures given respectively', () => {
  it("confirms 'Nine in ten had X (P%) and Y (P%)' when the second figure fits", () => {
    // 'nine in ten' reaches [85%, 95%]: 88% fits
    assert.ok(judged('Nine in ten had a care plan (90%) and a named worker (88%).', ['ratio']).some((c) => c[1] === 'ok' && c[2] === 'Nine in ten 88%'));
    // 52% does not fit, but 'and a named worker' may have its own subject: not reported
    assert.deepEqual(rules('Nine in ten had a care plan (90%) and a named worker (52%).'), []);
    // A second clause with its own quantifier is not the gapped object
    assert.ok(!judged('Nine in ten had a care plan (90%) and most had a named worker (88%).', ['ratio']).some((c) => c[2] === 'Nine in ten 88%'));
  });
  it("confirms each figure of '(P1% and P2% respectively)' against the word share", () => {
    // 'most' is [50%, 100%]: 71% and 64% fit
    assert.deepEqual(judged('Most parents rated the food and the activities as good (71% and 64% respectively).', ['quantifier']), [['quantifier', 'ok', '71%'], ['quantifier', 'ok', '64%']]);
    // 38% does not fit 'most', but the figures may be of other groups: not reported
    assert.deepEqual(rules('Most parents rated the food and the activities as good (71% and 38% respectively).'), []);
    // A bracket with words besides its figures is not a list of figures
    assert.deepEqual(judged('Most parents rated the food as good (71% in May and 64% in June respectively).', ['quantifier']), []);
  });
});

describe("numbers: 'a <word> minority', 'a <word> majority'", () => {
  it('takes the band to its side of half, never across it', () => {
    // 9 / 25 = 36%: a minority, whatever the describing word
    assert.deepEqual(judged('A sizeable minority of the 25 carers we asked (9) had not had a break.', ['quantifier']), [['quantifier', 'ok', '9 25']]);
    // 16 / 25 = 64%: not a minority of any kind
    assert.deepEqual(rules('A sizeable minority of the 25 carers we asked (16) had not had a break.'), ['numbers/quantifier-mismatch']);
    // 'a small minority' of 9 / 25 is still on the minority side: not reported (its own band, if any, is the framework's)
    assert.deepEqual(rules('A small minority of the 25 carers we asked (9) had not had a break.'), []);
    // 10 / 25 = 40%: not a majority
    assert.deepEqual(rules('A clear majority of the 25 carers we asked (10) had had a break.'), ['numbers/quantifier-mismatch']);
  });
});

describe("numbers: 'fraction (k)' whose whole was stated before", () => {
  it('confirms it on a total before that fits, and never reports it', () => {
    // 'rated 38 of them': 13 / 38 = 34.2%, about a third (13 / 50 = 26% would not be)
    assert.ok(judged('The council has 50 care homes and has so far visited 38 of them. About a third (13) had a vacancy.', ['fraction']).some((c) => c[1] === 'ok' && c[2] === 'a third 13 38'));
    // 30 fits no total before as about a third: not reported
    assert.deepEqual(rules('The council has 50 care homes and has so far visited 38 of them. About a third (30) had a vacancy.'), []);
  });
});

describe('numbers: a ratio opening a sentence, given precisely by the next', () => {
  it('confirms it on the next sentence\'s first figure when it fits, and never reports it', () => {
    // 'Three in ten' reaches [25%, 35%]: 31% fits
    assert.ok(judged('Three in ten homes had no activities coordinator. Inspectors found 31% of the 84 homes without one.', ['ratio']).some((c) => c[1] === 'ok' && c[2] === 'Three in ten 31%'));
    // 'Of the 84 homes visited, 26 …': 26 / 84 = 31.0%
    assert.ok(judged('Three in ten homes had no activities coordinator. Of the 84 homes visited, 26 had none in post.', ['ratio']).some((c) => c[1] === 'ok' && c[2] === 'Three in ten 26 84'));
    // 60% does not fit, but the next sentence may be about something else: not reported
    assert.deepEqual(rules('Three in ten homes had no activities coordinator. Inspectors found 60% of the 84 homes had a garden.'), []);
  });
  it('does not read a ratio of a group of its own or with its own figure', () => {
    assert.ok(!judged('Three in ten of the homes had no coordinator. Inspectors found 31% of the 84 homes without one.', ['ratio']).some((c) => c[2] === 'Three in ten 31%'));
  });
});

const doc = (table: string) => `${FM}# Appendix 3 Outcomes\n\n${table.trim()}\n`;
const flagged = (text: string) => numbersDiagnostics(text).map((d) => `${d.ruleId} ${/([\d.,]+%?)\)?$/.exec(at(text, d.span))?.[1] ?? at(text, d.span)}`);
const sums = (text: string) => claims(text).filter((c) => c.kind === 'table-sum').map((c) => c.verdict);

describe('numbers: a last column that is the Total of the columns before it, under its own noun', () => {
  const t = (last: string) =>
    doc(`
| Standard | Met | Partly met | Not met | Prisons |
|---|---|---|---|---|
| Safer custody | 14 | 6 | 4 | 24 |
| Health care | 10 | 9 | 5 | 24 |
| Resettlement | 8 | 7 | 9 | ${last} |
`);
  it('checks each row when most rows add up', () => {
    // 14 + 6 + 4 = 24, 10 + 9 + 5 = 24, 8 + 7 + 9 = 24
    assert.deepEqual(sums(t('24')), ['ok', 'ok', 'ok']);
    assert.deepEqual(flagged(t('24')), []);
    // 8 + 7 + 9 = 24, not 22: more than the column's total
    assert.deepEqual(flagged(t('22')), ['numbers/table-shares 22']);
    // 8 + 7 + 9 = 24, short of 26: two prisons may be in a category with no column (not assessed): listed only
    assert.deepEqual(flagged(t('26')), []);
    assert.deepEqual(sums(t('26')), ['ok', 'ok', 'unchecked']);
  });
  it('says nothing when the rows do not mostly add up, or the columns are years', () => {
    const other = doc(`
| Standard | Met | Partly met | Not met | Prisons |
|---|---|---|---|---|
| Safer custody | 14 | 6 | 4 | 30 |
| Health care | 10 | 9 | 5 | 24 |
| Resettlement | 8 | 7 | 9 | 31 |
`);
    assert.deepEqual(sums(other), []);
    const years = doc(`
| Region | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| North | 14 | 6 | 4 | 24 |
| South | 10 | 9 | 5 | 24 |
| West | 8 | 7 | 9 | 26 |
`);
    assert.deepEqual(sums(years), []);
  });
});

describe('numbers: rows that are the grades of one rating scale', () => {
  const t = (rows: string, total: string) =>
    doc(`
| Rating | Care homes |
|---|---|
${rows}
| Total | ${total} |
`);
  const all = '| Outstanding | 3 |\n| Good | 52 |\n| Requires improvement | 12 |\n| Inadequate | 2 |\n| Not yet rated | 5 |';
  it('reports a Total below the parts: a home has one rating', () => {
    // 3 + 52 + 12 + 2 + 5 = 74
    assert.deepEqual(flagged(t(all, '74')), []);
    assert.deepEqual(flagged(t(all, '72')), ['numbers/table-shares 72']);
    // Fewer grades named: the parts still cannot overlap; 3 + 52 + 12 = 67 > 65
    assert.deepEqual(flagged(t('| Outstanding | 3 |\n| Good | 52 |\n| Requires improvement | 12 |', '65')), ['numbers/table-shares 65']);
  });
  it('reports a Total above the parts only when every grade and the unrated cases are rows', () => {
    assert.deepEqual(flagged(t(all, '76')), ['numbers/table-shares 76']);
    // No unrated row: the two more may be homes not yet rated
    assert.deepEqual(flagged(t('| Outstanding | 3 |\n| Good | 52 |\n| Requires improvement | 12 |\n| Inadequate | 2 |', '71')), []);
  });
  it('does not take rows that are not grades as a split of the whole', () => {
    // Services may offer both: the rows may overlap
    assert.deepEqual(flagged(t('| Nursing | 30 |\n| Dementia care | 41 |\n| Respite | 9 |', '72')), []);
  });
});
