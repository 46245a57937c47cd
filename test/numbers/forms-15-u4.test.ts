/**
 * Forms read by tuner u4 on the t- round's education and variants passages (sentences written for these
 * tests): a dash typed as two hyphens, …
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a dash typed as two hyphens between spaces, ' -- ' (scan.ts blankScope)", () => {
  it('reads a hedge set off by such dashes as an en dash would be read', () => {
    // 59/116 = 50.9%: just over half
    assert.deepEqual(rulesOf('Of the 116 areas inspected, 59 -- just over half -- were required to produce a written statement of action.'), []);
    assert.ok(claimsOf('Of the 116 areas inspected, 59 -- just over half -- were required to produce a written statement of action.').some((c) => c.kind === 'fraction' && c.verdict === 'ok'));
    // 59/116 = 50.9%, not just over two thirds
    assert.deepEqual(rulesOf('Of the 116 areas inspected, 59 -- just over two thirds -- were required to produce a written statement of action.'), ['numbers/fraction-mismatch']);
    // 24,000/64,000 = 37.5%: more than a third
    assert.deepEqual(rulesOf('Of the 64,000 buildings on the estate, 24,000 -- more than a third -- are past their design life.'), []);
  });
  it('reads a breakdown between such dashes', () => {
    // 26 + 12 = 38, not 40
    assert.deepEqual(rulesOf('We read 40 cases -- 26 from the north and 12 from the south -- in March.'), ['numbers/parts-sum']);
    // 26 + 14 = 40
    assert.deepEqual(rulesOf('We read 40 cases -- 26 from the north and 14 from the south -- in March.'), []);
  });
  it('traps: hyphens that are no spaced pair stay as they are', () => {
    // a range written with a double hyphen and no spaces, and a table-like rule, are no dash
    assert.deepEqual(rulesOf('Pupils aged 11--16 attend the school, and 40 of the 120 pupils (33%) have a plan.'), []);
    assert.deepEqual(rulesOf('Of the 90 homes --- a third of the region --- 30 were good.'), []);
  });
});
