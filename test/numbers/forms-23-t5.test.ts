/**
 * Forms of totals (family totals: counts that must add up to a stated total), read in the sixth part of the
 * session of 2026-12-07 (tuner t5); sentences and tables written for these tests.
 */
import assert from 'node:assert/strict';
import { claims, numbersDiagnostics, rulesOf } from './helpers.js';

const FM0 = '---\ntitle: Example\n---\n\n';
const doc = (body: string) => `${FM0}## Findings\n\n${body}\n`;
const rules = (body: string) => numbersDiagnostics(doc(body)).map((d) => d.ruleId);
const table = (header: string, col: string, rows: [string, number][], total: number) =>
  [`| ${header} | ${col} |`, '| --- | --- |', ...rows.map(([l, v]) => `| ${l} | ${v.toLocaleString('en-GB')} |`), `| Total | ${total.toLocaleString('en-GB')} |`].join('\n');

describe("a table of one count column whose label column is a classification each case has one value of ('Hospital', 'Sector', 'Prison'), its Total row passed by the rows (column-sum.ts oneValueEach)", () => {
  it('confirms a Total row the rows make', () => {
    const c = claims(doc(table('Prison', 'Places', [['Northgate', 412], ['Eastmoor', 298], ['Riverside', 176]], 886))).filter((x) => x.kind === 'table-sum');
    assert.deepEqual(c.map((x) => x.verdict), ['ok']);
  });
  it('reports rows that pass the Total row', () => {
    assert.deepEqual(rules(table('Prison', 'Places', [['Northgate', 412], ['Eastmoor', 298], ['Riverside', 176]], 876)), ['numbers/table-shares']);
    assert.deepEqual(rules(table('Sector', 'Complaints', [['Health', 214], ['Housing', 96], ['Education', 41]], 341)), ['numbers/table-shares']);
    assert.deepEqual(rules(table('Type of setting', 'Children', [['Day nursery', 1210], ['Pre-school', 640], ['Childminder', 95]], 1925)), ['numbers/table-shares']);
  });
  it('trap: a shortfall is not judged (a place or kind may be left out of the rows)', () => {
    assert.deepEqual(rules(table('Prison', 'Places', [['Northgate', 412], ['Eastmoor', 298], ['Riverside', 176]], 896)), []);
  });
  it('trap: some of the rows make the Total exactly (a Total of those rows only)', () => {
    // 412 + 176 = 588: the Total may leave Eastmoor out
    assert.deepEqual(rules(table('Prison', 'Places', [['Northgate', 412], ['Eastmoor', 298], ['Riverside', 176]], 588)), []);
  });
  it('trap: a classification of which one case may have several is not judged', () => {
    assert.deepEqual(rules(table('Rating', 'Homes', [['Nursing', 14], ['Dementia care', 9], ['Respite', 3]], 24)), []);
    assert.deepEqual(rules(table('Need identified', 'Prisoners', [['Housing', 31], ['Debt', 22], ['Alcohol', 17]], 55)), []);
    assert.deepEqual(rules(table('Type of abuse', 'Plans', [['Neglect', 310], ['Emotional', 220], ['Physical', 95]], 590)), []);
  });
});

describe("a list closed by its total after a count of another group in a clause of its own verb ('We visited 11 services and spoke with 43 children, 29 parents and 58 staff, 130 people in all'), and a part whose own adjective is 'further' or 'other' ('13 further visits') (trailing-total.ts otherClauseCounts, PART_ADJECTIVE)", () => {
  it('confirms a total the parts make', () => {
    const c = claims(doc('We visited 12 homes and interviewed 31 residents, 18 relatives and 25 staff, 74 people in all.')).filter((x) => x.kind === 'parts-sum');
    assert.deepEqual(c.map((x) => x.verdict), ['ok']);
  });
  it('reports a total the parts miss', () => {
    assert.deepEqual(rules('We visited 12 homes and interviewed 31 residents, 18 relatives and 25 staff, 78 people in all.'), ['numbers/parts-sum']);
    assert.deepEqual(rules('The evidence comprises six first visits, 11 further visits on a safeguarding theme and 15 later visits – 34 visits in all.'), ['numbers/parts-sum']);
  });
  it("trap: the total is the sum with the other clause's count too, so it is not judged", () => {
    // 12 + 31 + 18 + 25 = 86: a reading that takes the homes in
    assert.deepEqual(rules('We visited 12 homes and interviewed 31 residents, 18 relatives and 25 staff, 86 people in all.'), []);
  });
  it('trap: a total with no noun of its own after another count, or a count of the same kind, is not judged', () => {
    assert.deepEqual(rules('Three inspectors visited 12 homes and 9 wards, 24 in all.'), []);
    assert.deepEqual(rules('We interviewed 14 residents and spoke with 31 residents, 18 relatives and 25 staff, 70 people in all.'), []);
  });
  it("trap: 'a further' before a count still leaves a sum that misses unresolved", () => {
    assert.deepEqual(rules('Inspectors reviewed 20 files in May and a further 14 in June, 30 files in all.'), []);
  });
});
