/**
 * Two readings of fresh text: 'one or two', 'two or three' and 'three or more'
 * are rough figures or bounds, never counts that a remainder can use; and a
 * sentence that lists the parts of the sentence before may open with a short
 * phrase and a comma ('At the second visit, 40 …'). Sentences written for these
 * tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';


describe('numbers: rough figures are not counts', () => {
  it('does not read "one or two" or "three or more" as parts', () => {
    // 11 + (one or two) + 13 cannot be summed: the rough figure is a range of features, not forces
    assert.deepEqual(rulesOf('We assessed all 43 forces. Only 11 complied with every feature, 19 fell short on one or two of them, and the remaining 13 on three or more.'), []);
    assert.deepEqual(rulesOf('Of the 25 homes, 14 had been visited two or three times and the remaining 11 once.'), []);
  });
  it('still judges a remainder of real counts', () => {
    // 11 + 19 + 12 = 42, not 43
    assert.deepEqual(rulesOf('Of the 43 forces, 11 were good, 19 required improvement and the remaining 12 were inadequate.'), ['numbers/complement-mismatch']);
  });
});

describe('numbers: parts after a short opening phrase', () => {
  it('reports parts of the sentence before that do not leave the remainder', () => {
    // 40 + 80 + 21 = 141, not 151
    assert.deepEqual(rulesOf('We followed up 151 practices. At the second visit, 40 had improved, 80 had made progress, and the remaining 21 had not changed.'), ['numbers/complement-mismatch']);
  });
  it('accepts parts that do', () => {
    // 40 + 90 + 21 = 151
    assert.deepEqual(rulesOf('We followed up 151 practices. At the second visit, 40 had improved, 90 had made progress, and the remaining 21 had not changed.'), []);
  });
  it('does not take a long clause before the parts as an opening', () => {
    // the 12 and 30 are of inspectors, not of the 151 practices
    assert.deepEqual(rulesOf('We followed up 151 practices. Because the team had grown over the previous year from 12 inspectors, 30 now took part and the remaining 4 advised.'), []);
  });
});
