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

describe("a share word's part after its group counted with ';', the part with its own noun before its verb ('Most residents said they felt safe. We spoke with 20 residents; nine people told us this.') (quantifier-distant.ts toldAfter partNoun)", () => {
  it('judges the share word on the part that says its predicate again', () => {
    // 15/20 = 75%: most
    assert.deepEqual(rulesOf('Most tenants said repairs were done quickly. We spoke with 20 tenants; 15 people told us this.'), []);
    // 9/20 = 45%: not most
    assert.deepEqual(rulesOf('Most tenants said repairs were done quickly. We spoke with 20 tenants; nine people told us this.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('Most tenants said repairs were done quickly. We spoke with 20 tenants; eight tenants said so.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: a part that tells another thing is not judged', () => {
    // 'said repairs were slow' is not the share word's predicate
    assert.deepEqual(rulesOf('Most tenants said repairs were done quickly. We spoke with 20 tenants; nine people said the office was hard to reach.'), []);
  });
  it('trap: a noun of another group after the part is not read as the part', () => {
    assert.deepEqual(rulesOf('Most tenants said repairs were done quickly. We spoke with 20 tenants; nine staff told us this.'), []);
  });
});

describe("a grade list closed by a count of cases said to carry no rating ('…, and one was a focused inspection that carries no rating') (grade-parts.ts UNRATED_TAIL)", () => {
  it('takes the unrated count as a part of the whole', () => {
    // 30 + 12 + 5 + 2 = 49
    assert.deepEqual(rules('CQC published 49 reports on GP practices this month. Of these, 30 practices were rated Good, 12 Requires Improvement and five Inadequate, and two were focused inspections that carry no rating.'), []);
    // 30 + 12 + 5 + 2 = 49, not 47
    const d = numbersDiagnostics(doc('CQC published 47 reports on GP practices this month. Of these, 30 practices were rated Good, 12 Requires Improvement and five Inadequate, and two were focused inspections that carry no rating.'));
    assert.deepEqual(d.map((x) => x.ruleId), ['numbers/parts-sum']);
    assert.match(d[0]!.message, /49/);
  });
  it('trap: a count after the grades not said to carry no rating is no part', () => {
    // 30 + 12 + 5 = 47 of 49: the two may be of practices counted in the grades; a shortfall is not judged
    assert.deepEqual(rules('CQC published 49 reports on GP practices this month. Of these, 30 practices were rated Good, 12 Requires Improvement and five Inadequate, and two were focused inspections that found breaches.'), []);
  });
});

describe("a share word after a preposition opening its sentence, 'of them' and its count set off after it, the group a 'k of these' counted in the sentence before ('Inspectors looked at 24 of these cases. In the majority of them, 17 in all, the plan …') (quantifier-distant.ts appositeCount PREP_OPEN, partBefore)", () => {
  it('judges the share word on the count and the k of the sentence before', () => {
    // 17/24: a majority
    assert.deepEqual(rulesOf('Inspectors examined 30 of these plans. In the majority of them, 19 in all, the risks had been reviewed.'), []);
    // 11/30: no majority
    assert.deepEqual(rulesOf('Inspectors examined 30 of these plans. In the majority of them, 11 in all, the risks had been reviewed.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('We read 40 of these files. In most of them, 14 in all, there was a clear plan.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: a sentence before with two counts may mean either group', () => {
    assert.deepEqual(rulesOf('Inspectors examined 30 of these 80 plans. In the majority of them, 20 in all, the risks had been reviewed.'), []);
  });
  it('trap: a count set off with a noun, or no clause after it, is not read', () => {
    assert.deepEqual(rulesOf('Inspectors examined 30 of these plans. In the majority of them, 11 plans, the risks had been reviewed.'), []);
    assert.deepEqual(rulesOf('Inspectors examined 30 of these plans. In the majority of them, 11 in all.'), []);
  });
});

describe("shares of one whole whose last part is its 'other' category ('…, 10% in residential care and 5% in other community settings') (parts-sum.ts: lastOther in the shares' loose test)", () => {
  it('confirms shares that make 100%', () => {
    const c = claims(doc('Of the pupils on roll in May, 46% lived in the town, 31% in nearby villages and 23% in other areas.')).filter((x) => x.kind === 'shares-sum');
    assert.deepEqual(c.map((x) => x.verdict), ['ok']);
  });
  it('reports shares that pass 100%', () => {
    // 46 + 35 + 23 = 104%
    assert.deepEqual(rules('Of the pupils on roll in May, 46% lived in the town, 35% in nearby villages and 23% in other areas.'), ['numbers/parts-sum']);
  });
  it("trap: a shortfall is not judged, and 'other' before the last part still loosens the list", () => {
    assert.deepEqual(rules('Of the pupils on roll in May, 46% lived in the town, 31% in nearby villages and 17% in other areas.'), []);
    assert.deepEqual(rules('Of the pupils on roll in May, 46% lived in the town, 35% in other towns and 23% in villages.'), []);
  });
});
