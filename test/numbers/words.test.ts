/** The word lists: numbers, fractions and hedges. */
import * as assert from 'node:assert/strict';
import { hedgeKind, numberToWords, parseFraction, parseNumber, wordsToNumber } from '../../server/src/core/numbers/words.js';

describe('numbers: word lists', () => {
  it('reads numbers in words', () => {
    assert.equal(wordsToNumber('seven'), 7);
    assert.equal(wordsToNumber('Twenty-three'), 23);
    assert.equal(wordsToNumber('twenty six'), 26);
    assert.equal(wordsToNumber('One hundred and ten'), 110);
    assert.equal(wordsToNumber('a hundred'), 100);
    assert.equal(wordsToNumber('several'), undefined);
    assert.deepEqual(parseNumber('4,885'), { value: 4885, word: false });
    assert.deepEqual(parseNumber('nine'), { value: 9, word: true });
  });

  it('writes numbers in words for replacements', () => {
    assert.equal(numberToWords(3), 'three');
    assert.equal(numberToWords(23), 'twenty-three');
    assert.equal(numberToWords(110), 'one hundred and ten');
    assert.equal(numberToWords(1000), undefined);
  });

  it('reads fractions and refuses what is not one', () => {
    assert.deepEqual(parseFraction('half'), { num: 1, den: 2 });
    assert.deepEqual(parseFraction('a third'), { num: 1, den: 3 });
    assert.deepEqual(parseFraction('two-thirds'), { num: 2, den: 3 });
    assert.deepEqual(parseFraction('one-fifth'), { num: 1, den: 5 });
    assert.deepEqual(parseFraction('a quarter'), { num: 1, den: 4 });
    assert.deepEqual(parseFraction('three-quarters'), { num: 3, den: 4 });
    assert.equal(parseFraction('two quarters'), undefined);
    assert.equal(parseFraction('a thirds'), undefined);
    assert.equal(parseFraction('five thirds'), undefined);
  });

  it('knows the hedges', () => {
    assert.equal(hedgeKind('just over'), 'justAbove');
    assert.equal(hedgeKind('Nearly'), 'nearly');
    assert.equal(hedgeKind('fewer  than'), 'below');
    assert.equal(hedgeKind('over'), 'above');
    assert.equal(hedgeKind('around'), 'around');
    assert.equal(hedgeKind('plenty'), undefined);
  });
});
