/**
 * A count that is the object of a part's clause ('23 contained two
 * references', 'eight had two') says what each member of the part has; it is
 * not another part of the whole. Sentences written for these tests, with the
 * arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';


describe('numbers: counts that belong to a part, not to the whole', () => {
  it('does not add the object of a part to the parts', () => {
    // 23 + the other 2 = 25; 'two references' is what each of the 23 held
    assert.deepEqual(rulesOf('Of the 25 staff files we checked, 23 contained two references; the other two had only one each.'), []);
    // 18 + 8 + 4 = 30; the 'three' and 'two' are visits
    assert.deepEqual(rulesOf('Of the 30 cases, 18 had received three home visits, eight had two, and the remaining four had none.'), []);
    // 9 + 3 = 12; 'four sessions' is what the nine attended
    assert.deepEqual(rulesOf('Of the 12 young people, nine attended four sessions or more and the remaining three stopped coming.'), []);
  });
  it('still reports a rest that does not fit', () => {
    // 25 − 23 = 2, not 3
    assert.deepEqual(rulesOf('Of the 25 staff files we checked, 23 contained two references; the other three had only one each.'), ['numbers/complement-mismatch']);
    // 30 − 18 − 8 = 4, not 5
    assert.deepEqual(rulesOf('Of the 30 cases, 18 had received three home visits, eight had two, and the remaining five had none.'), ['numbers/complement-mismatch']);
  });
  it('keeps parts joined by "and" or a comma as parts', () => {
    // 12 + 10 = 22, and the remaining 8 make 30: consistent
    assert.deepEqual(rulesOf('Of the 30 cases, 12 were allocated quickly and 10 within a week; the remaining 8 waited longer.'), []);
    // 12 + 10 + 9 = 31, not 30
    assert.deepEqual(rulesOf('Of the 30 cases, 12 were allocated quickly and 10 within a week; the remaining 9 waited longer.'), ['numbers/complement-mismatch']);
  });
});
