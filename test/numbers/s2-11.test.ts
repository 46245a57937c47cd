/**
 * Totals the readers missed on material nobody tuned on (helper s2, issue 9 family 13): a Total row against rows
 * that make the total the paragraph before names twice with one count, or the confirmed Total of the same noun
 * in the table just before (tables/column-sum.ts rowsMakeStated); a standard in all its degrees of cases the
 * inspectors examined (parts-sum.ts degreeScale, EXAMINED); degrees of one answer whose first names what all are
 * about (firstComplementCut); a whole listed by label after a colon or by place after a comma
 * (relations/labelled-list.ts). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const sums = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'parts-sum' || c.kind === 'shares-sum');

describe('a Total row against another statement of its whole (tables/column-sum.ts)', () => {
  const after = (lead: string, total: string) =>
    [
      lead,
      '',
      '| Reason for leaving, 2024 | Residents |',
      '|---|---|',
      '| Moved to hospital | 41 |',
      '| Moved to another home | 22 |',
      '| Returned home | 17 |',
      '| Died | 30 |',
      `| Total | ${total} |`,
    ].join('\n');
  it('reports the Total when the rows make the total the paragraph names twice with one count', () => {
    // 41 + 22 + 17 + 30 = 110, as the paragraph says twice
    const lead = 'In 2024, 110 residents left the home. Of the 110 residents who left, most had lived there for over a year.';
    assert.ok(rulesOf(after(lead, '112')).length > 0);
    assert.deepEqual(rulesOf(after(lead, '110')), []);
  });
  it('trap: two different counts of the noun before the table say nothing', () => {
    const lead = 'In 2024, 110 residents left the home and 118 residents moved in.';
    assert.deepEqual(rulesOf(after(lead, '112')), []);
  });
  const two = (first: string, second: string) =>
    [
      'The unit held these men on 3 March 2025.',
      '',
      '| Age, 3 March 2025 | Detainees |',
      '|---|---|',
      '| 18 to 29 | 92 |',
      '| 30 to 49 | 131 |',
      '| 50 or over | 27 |',
      `| Total | ${first} |`,
      '',
      '| Region of origin, 3 March 2025 | Detainees |',
      '|---|---|',
      '| Europe | 88 |',
      '| Asia | 104 |',
      '| Africa | 58 |',
      `| Total | ${second} |`,
    ].join('\n');
  it('reports a Total that differs when its rows make the confirmed Total of the table just before', () => {
    // 92 + 131 + 27 = 250; 88 + 104 + 58 = 250: the second Total, 252, is wrong
    assert.ok(rulesOf(two('250', '252')).length > 0);
    assert.deepEqual(rulesOf(two('250', '250')), []);
  });
  it('trap: a table before whose own Total does not hold, or is of another noun, says nothing', () => {
    // the first table's rows make 250, not 252: no confirmed whole
    // the first table's rows make 250, not 255: no confirmed whole, and neither Total is judged alone
    assert.deepEqual(rulesOf(two('255', '252')), []);
    const other = two('250', '252').replace('| Region of origin, 3 March 2025 | Detainees |', '| Region of origin, 3 March 2025 | Visits |');
    assert.deepEqual(rulesOf(other), []);
  });
});

describe('a standard in all its degrees, of cases examined (parts-sum.ts)', () => {
  it('reports a shortfall of effective, partly effective and not effective of the cases we examined', () => {
    // 64 + 22 + 9 = 95, not 97
    assert.deepEqual(rulesOf('Of the 97 safeguarding referrals we examined, 64 were effective, 22 were partly effective and 9 were not effective.'), ['numbers/parts-sum']);
    const ok = sums('Of the 97 safeguarding referrals we examined, 64 were effective, 24 were partly effective and 9 were not effective.');
    assert.ok(ok.some((c) => c.verdict === 'ok'));
  });
  it('trap: a shortfall of cases not said to be examined, or of an outcome (a participle), is not judged', () => {
    assert.deepEqual(rulesOf('Of the 97 safeguarding referrals, 64 were effective, 22 were partly effective and 9 were not effective.'), []);
    assert.deepEqual(rulesOf('Of the 97 appeals we examined, 64 were upheld, 22 were partly upheld and 9 were not upheld.'), []);
  });
});

describe('degrees of one answer, the first naming what all are about (parts-sum.ts firstComplementCut)', () => {
  it('reports an excess', () => {
    // 44 + 19 + 41 = 104
    assert.deepEqual(rulesOf('In the survey of 860 tenants, 44% were satisfied with the speed of repairs, 19% were neither satisfied nor dissatisfied and 41% were dissatisfied.'), ['numbers/parts-sum']);
    const ok = sums('In the survey of 860 tenants, 44% were satisfied with the speed of repairs, 19% were neither satisfied nor dissatisfied and 37% were dissatisfied.');
    assert.ok(ok.some((c) => c.verdict === 'ok'));
  });
  it('trap: answers each about their own thing may overlap', () => {
    assert.deepEqual(rulesOf('In the survey of 860 tenants, 44% were satisfied with the speed of repairs, 39% were satisfied with the cleaning and 41% were dissatisfied.'), []);
  });
});

describe('a whole listed by label (relations/labelled-list.ts)', () => {
  it('reports a shortfall when the clause names as many groups, and an excess always', () => {
    // 21 + 9 + 14 + 6 = 50, not 52; four departments named, four items
    assert.deepEqual(rulesOf('The college employs 52 lecturers in four departments: engineering 21, business 9, health and care 14, and art 6.'), ['numbers/parts-sum']);
    // 21 + 9 + 14 + 11 = 55 > 52
    assert.deepEqual(rulesOf('The college employs 52 lecturers: engineering 21, business 9, health and care 14, and art 11.'), ['numbers/parts-sum']);
    const ok = sums('The college employs 52 lecturers in four departments: engineering 23, business 9, health and care 14, and art 6.');
    assert.ok(ok.some((c) => c.verdict === 'ok'));
  });
  it('reads bracketed counts after a colon, with each case in one, and places after a comma', () => {
    // 40 + 31 + 12 + 8 = 91, not 95; each complaint logged under one category, the last the others
    assert.deepEqual(rulesOf('The trust logged 95 complaints in 2024, and each was placed under one heading: care (40), communication (31), access (12) and other matters (8).'), ['numbers/parts-sum']);
    // 150 + 97 + 61 = 308 > 300
    assert.deepEqual(rulesOf('Officers made 300 arrests in the year, at Northgate (150), Eastwood (97) and Millbrook (61).'), ['numbers/parts-sum']);
  });
  it('trap: a shortfall with no statement of the whole, and items that may overlap', () => {
    assert.deepEqual(rulesOf('The college employs 52 lecturers: engineering 21, business 9, health and care 14, and art 6.'), []);
    assert.deepEqual(rulesOf('The college employs 52 lecturers, some in more than one department: engineering 21, business 19, health and care 14, and art 6.'), []);
  });
});
