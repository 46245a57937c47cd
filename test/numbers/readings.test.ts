/**
 * How readings of one sentence meet (relations/index.ts, share-beside.ts,
 * scan.ts): a participle after a total leaves its noun out; a figure judged
 * as the total of one share may be the part of another; a reader's reading
 * over figures that each have one already may only confirm; two readers that
 * find the same reading give one claim. Sentences written for these tests,
 * with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

const rulesOf = (finding: string) => numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
const judgedWith = (finding: string, raw: string) =>
  claimsOf(finding).filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.raw === raw)).map((c) => [c.kind, c.verdict]);

describe('numbers readings: a participle after the total', () => {
  it('reads the count before a hedged share of the total that a participle follows', () => {
    // 25 / 88 = 28.4%, not about half
    assert.deepEqual(rulesOf('We spoke to 25 people, about half of the 88 living at the home.'), ['numbers/fraction-mismatch']);
    // 45 / 88 = 51.1%: about half
    assert.deepEqual(judgedWith('We spoke to 45 people, about half of the 88 living at the home.', '45'), [['fraction', 'ok']]);
  });
  it('does not report a count against a total that an intransitive verb follows', () => {
    // 'improved' may be the verb of a new clause about the 70: 12 / 70 = 17% is not a misstatement of 'nearly half'
    assert.deepEqual(rulesOf('We read 12 files, nearly half of the 70 improved.'), []);
    assert.deepEqual(rulesOf('We saw 9 learners, almost a third of the 60 left early.'), []);
    // … but such a reading still confirms: 33 / 70 = 47.1%, nearly half
    assert.deepEqual(judgedWith('We read 33 files, nearly half of the 70 improved.', '33'), [['fraction', 'ok']]);
  });
  it('reads a transitive participle after the total as naming it', () => {
    // 'registered' only names the 3,900: 700 / 3,900 = 17.9%, not almost a third
    assert.deepEqual(rulesOf('By May 700 services had been graded, almost a third of the 3,900 registered.'), ['numbers/fraction-mismatch']);
    // 1,200 / 3,900 = 30.8%: almost a third
    assert.deepEqual(judgedWith('By May 1200 services had been graded, almost a third of the 3,900 registered.', '1200'), [['fraction', 'ok']]);
  });
});

describe('numbers readings: a total of one share, a part of another', () => {
  it('reads a count that is the whole of a later share as the part of an earlier whole', () => {
    // 1,200 / 3,900 = 30.8%: almost a third; 230 / 1,200 = 19.2% → 19%
    const s = 'By May 1200 services had been graded, almost a third of the 3,900 registered; 230 (19%) had the top grade.';
    const k = claimsOf(s).filter((c) => c.verdict !== 'unchecked');
    assert.ok(k.some((c) => c.kind === 'fraction' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '1200') && c.operands.some((o) => o.raw === '3,900')), 'the fraction of the 3,900 is read');
    assert.ok(k.some((c) => c.operands.some((o) => o.raw === '230') && c.operands.some((o) => o.raw === '1200') && c.verdict === 'ok'), 'the 19% of the 1,200 is read');
    assert.deepEqual(rulesOf(s), []);
  });
  it('keeps a misreading over figures read already from being reported', () => {
    // 'Four out of five … (81%)' is a ratio with its rounding, and 136 is the whole: 'five' is no count of 136
    assert.deepEqual(rulesOf('Four out of five of the 136 hospitals (81%) were rated inadequate or requires improvement, and 11% the lowest rating.'), []);
    // the ratio still disagrees with its own figure: 4/5 = 80%, far from 62%
    assert.deepEqual(rulesOf('Four out of five of the 136 hospitals (62%) were rated inadequate or requires improvement.').length > 0, true);
  });
});

describe('numbers readings: one claim for one reading', () => {
  it('gives one claim when two readers find the same reading', () => {
    // 120 / 480 = 25%: around a quarter
    const found = claimsOf('The team read 120 files, around a quarter of the 480 open cases.').filter((c) => c.operands.some((o) => o.raw === '120'));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.verdict, 'ok');
  });
  it('reports a wrong figure once', () => {
    // 40 / 480 = 8.3%, not around a quarter
    assert.deepEqual(rulesOf('The team read 40 files, around a quarter of the 480 open cases.'), ['numbers/fraction-mismatch']);
  });
});
