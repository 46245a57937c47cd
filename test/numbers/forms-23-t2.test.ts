/**
 * Forms of a share word a clause or sentence away from its count (family quantifier-distant), read in the sixth
 * session of 2026-12-07 (tuner t2); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claims, numbersDiagnostics } from './helpers.js';

const FM0 = '---\ntitle: Example\n---\n\n';
const doc = (text: string) => `${FM0}${text}\n`;
const rules = (text: string) => numbersDiagnostics(doc(text)).map((d) => d.ruleId);
const quantifier = (text: string) => claims(doc(text)).find((c) => c.kind === 'quantifier');

describe("a bare share word opening its sentence or clause, its count set off right after it, of the one group counted before ('We met 24 tenants; most, 20, said …') (quantifier-distant.ts appositeCount)", () => {
  it('judges the share word on the group counted in the clause before', () => {
    // 20 / 24 = 83%: most
    assert.equal(quantifier('We met 24 tenants at the drop-in session; most, 20, said repairs were done on time.')?.verdict, 'ok');
    // 9 / 24 = 38%: not most
    assert.deepEqual(rules('We met 24 tenants at the drop-in session; most, 9, said repairs were done on time.'), ['numbers/quantifier-mismatch']);
  });
  it('reads the group of the sentence before, and the count between dashes or with "in all"', () => {
    // 5 / 36 = 14%: not the majority
    assert.deepEqual(rules('Officers audited 36 fire risk assessments. The majority – 5 in all – had been reviewed in the year.'), ['numbers/quantifier-mismatch']);
    assert.equal(quantifier('Officers audited 36 fire risk assessments. The majority – 29 in all – had been reviewed in the year.')?.verdict, 'ok');
  });
  it("keeps 'the large majority' on its side of half, as 'a large majority' is", () => {
    // 11 / 20 = 55%: over half, which is as far as the describing word is read
    assert.equal(quantifier('We observed 20 lessons. The large majority, 11, were well planned.')?.verdict, 'ok');
    // 8 / 20 = 40%: not a majority of any size
    assert.deepEqual(rules('We observed 20 lessons. The large majority, 8, were well planned.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: two groups counted before, a count that names another noun, or a share word inside its clause', () => {
    // 'them' could be the staff or the parents
    assert.deepEqual(rules('We spoke with 19 staff and 12 parents. Most, 5, said the home was well run.'), []);
    // ', 40 visitors,' is a count of another noun, not of the lessons
    assert.deepEqual(rules('We observed 20 lessons. The majority, 40 visitors, were parents.'), []);
    // the share word follows 'although', inside a clause whose subject is another count
    assert.deepEqual(rules('We reviewed 110 crimes and 71 were investigated well, although a minority, 70, were closed early.'), []);
    // another figure after the share word: the count may be of it
    assert.deepEqual(rules('We observed 20 lessons. Most, 8, were in the 12 classes of Year 5.'), []);
  });
});
