/**
 * A word share set off after a frame's part that is the object of 'in' or 'for' ('Of the 57 cases …, a visit was
 * made in 19, just a third.'), hedged or not (families hedge and ratio), read in the sixth session of 2026-12-07
 * (tuner t1); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const fractions = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'fraction' || c.kind === 'ratio');

describe("a fraction set off after a frame's part counted with 'in' or 'for' ('Of the n …, … in k, just a third.') (share-beside.ts frameClosing, scan.ts SET_OFF_AFTER)", () => {
  it('judges the fraction on the frame and confirms it when it fits', () => {
    // 14 / 42 = 33.3%: a third
    const c = fractions('Of the 42 supervision records we read, a manager had signed the plan in 14, just a third.');
    assert.equal(c.length, 1);
    assert.equal(c[0]!.verdict, 'ok');
    assert.deepEqual(c[0]!.operands.map((o) => o.raw), ['a third', '14', '42']);
    // 12 / 48 = 25%, with 'only' before the part
    assert.deepEqual(fractions('Of the 48 homes visited, staff had been trained in only 12, a quarter.').map((c) => c.verdict), ['ok']);
  });
  it('reports an unhedged fraction that does not fit the frame', () => {
    // 14 / 42 = 33.3%: not a quarter
    assert.deepEqual(rulesOf('Of the 42 supervision records we read, a manager had signed the plan in 14, just a quarter.'), ['numbers/fraction-mismatch']);
    // 20 / 48 = 41.7%: not about a quarter
    assert.deepEqual(rulesOf('Of the 48 homes visited, staff had been trained for 20, about a quarter.'), ['numbers/fraction-mismatch']);
  });
  it('trap: a part that is the subject of its own clause may be of another group the clause implies (judged only when it fits)', () => {
    // 14 / 42 = 33.3%: 'a quarter' may be of those with a plan, so nothing is reported
    assert.deepEqual(rulesOf('Of the 42 supervision records we read, 14 had a signed plan, a quarter.'), []);
  });
  it('trap: a second clause between the frame and the part, or a group named after the fraction, is not read so', () => {
    // 'and' opens a second clause whose part may be of the 20
    assert.deepEqual(rulesOf('Of the 42 records we read, 20 had a plan, and it had been signed in 10, a quarter.'), []);
    // the fraction names a group of its own ('of those with a manager')
    assert.deepEqual(rulesOf('Of the 42 records we read, a manager had signed the plan in 12, a quarter of those reviewed on time.'), []);
  });
  it('trap: a fraction that ends its sentence after a comma with no count before it is no share of a part', () => {
    assert.deepEqual(rulesOf('Prices rose over the year, a third.'), []);
    assert.deepEqual(rulesOf('In 60 cases the plan was good, a third.'), []);
  });
});

describe("a quantifier opening its sentence, 'of the <words> (k)', of the one count before with those words ('… 26 children on roll. Almost all of the children (25) …') (named-whole.ts)", () => {
  const quantifiers = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'quantifier');
  it('judges the quantifier on the count named by the same words and confirms it when it fits', () => {
    // 19 / 21 = 90.5%: almost all
    const c = quantifiers('The playgroup has 21 children on its register. Almost all of the children (19) join in songs at circle time.');
    assert.deepEqual(c.map((x) => x.verdict), ['ok']);
    assert.deepEqual(c[0]!.operands.filter((o) => o.role !== 'q').map((o) => o.raw).slice(-2), ['19', '21']);
  });
  it('reports a quantifier that does not fit', () => {
    // 9 / 21 = 42.9%: not most
    assert.deepEqual(rulesOf('The playgroup has 21 children on its register. Most of the children (9) join in songs at circle time.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: two counts with those words before, or a group of other words, leave the quantifier unresolved', () => {
    // 'children' counted twice: either may be meant
    assert.deepEqual(rulesOf('The playgroup has 21 children on its register and 6 children with a funded place. Most of the children (5) join in songs.'), []);
    // 'the volunteers' were never counted
    assert.deepEqual(rulesOf('The playgroup has 21 children on its register. Most of the volunteers (2) have a first aid certificate.'), []);
    // 'the other children' is no restatement of the group
    assert.deepEqual(rulesOf('The playgroup has 21 children on its register. Most of the other children (3) attend in the morning.'), []);
  });
});

describe("a share opening its sentence, 'of the <noun> (k)', of the one count before whose noun ends with that noun ('40 case files … half of the files (22)') (named-whole.ts)", () => {
  it('judges the share on that count', () => {
    // 17 / 30 = 56.7%: just over half is (50%, 56%]; 16 / 30 = 53.3% fits
    assert.deepEqual(claimsOf('Inspectors sampled 30 supervision records. Just over half of the records (16) showed a clear action plan.').filter((c) => c.kind === 'fraction' && c.verdict === 'ok').length, 1);
    assert.deepEqual(rulesOf('Inspectors sampled 30 supervision records. Just over half of the records (9) showed a clear action plan.'), ['numbers/fraction-mismatch']);
  });
  it('trap: two counts whose nouns end so, or a further group of that noun, leave the share unresolved', () => {
    assert.deepEqual(rulesOf('Inspectors sampled 30 supervision records and 12 training records. Just over half of the records (9) showed a plan.'), []);
    assert.deepEqual(rulesOf('Inspectors sampled 30 supervision records. A further 12 records were missing. Just over half of the records (9) showed a plan.'), []);
  });
});
