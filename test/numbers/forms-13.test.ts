/**
 * Forms read in the session of 2026-12-06 (sentences written for these tests): parts named by their
 * subject ('448 about housing'), and a list that says what the group counted before was made of
 * ('They were 27 community orders, …').
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("parts named by a subject: '635 were about X, 448 about Y and 119 about Z' (relations/parts-sum.ts LOOSE, scan.ts NOT_NOUN)", () => {
  it("judges the parts against the whole ('about' after a part is no hedge)", () => {
    // 635 + 448 + 119 = 1,202, more than 1,192
    assert.deepEqual(rulesOf('Of the 1,192 recommendations we made, 635 were about learning and improvement, 448 about putting things right and 119 about complaints handling.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('We made 1,192 recommendations. Of these, 635 were about learning, 448 about remedy and 119 about complaints handling.'), ['numbers/parts-sum']);
    // 635 + 448 + 109 = 1,192
    assert.deepEqual(rulesOf('We made 1,192 recommendations. Of these, 635 were about learning, 448 about remedy and 109 about complaints handling.'), []);
    const c = claimsOf('Of the 1,192 recommendations we made, 635 were about learning, 448 about remedy and 109 about complaints handling.').find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
  });
  it("trap: 'about' before a figure is still a hedge that leaves the list loose", () => {
    // 600 + about 450 + 119 = 1,169: a rough part, not judged
    assert.deepEqual(rulesOf('Of the 1,192 recommendations we made, 600 were about learning, about 450 about remedy and 119 about complaints handling.'), []);
  });
});

describe("'We inspected 60 cases. They were 27 …, 11 … and 24 ….' (relations/parts-sum.ts MADE_OF_OPEN)", () => {
  it('reads the list as what the group before was made of', () => {
    // 27 + 11 + 24 = 62, not 60
    assert.deepEqual(rulesOf('We inspected 60 cases. They were 27 community orders, 11 suspended sentence orders and 24 licences.'), ['numbers/parts-sum']);
    // 27 + 11 + 22 = 60
    assert.deepEqual(rulesOf('We inspected 60 cases. They were 27 community orders, 11 suspended sentence orders and 22 licences.'), []);
    // a shortfall too: 27 + 11 + 20 = 58 ('They were' names every case)
    assert.deepEqual(rulesOf('We inspected 60 cases. These were 27 community orders, 11 suspended sentence orders and 20 licences.'), ['numbers/parts-sum']);
  });
  it("traps: 'They were' before a measure or a single figure is no list", () => {
    assert.deepEqual(rulesOf('We met 12 prisoners on the wing. They were 19 years old on average and 4 had children.'), []);
    assert.deepEqual(rulesOf('We visited 14 homes. They were 30 miles apart at most, and 9 were rated good.'), []);
    assert.deepEqual(rulesOf('We spoke to 40 staff. They were 12 in all on the night shift.'), []);
  });
});

describe("'P% of them' after a share of a group with no count (extract/of-these.ts percentOfThese, relations/several-groups.ts otherNounBefore)", () => {
  it("leaves the share unresolved when 'them' may be a group named between with no count", () => {
    // 'them' are the relative foster carers, not the 38 inspections: nothing is known of their number
    assert.deepEqual(rulesOf('The review drew on 38 inspections. More than two-thirds of relative foster carers had not been vetted, and only 40% of them had an allocated social worker.'), []);
  });
  it('still judges the share when the one group before is the only one it can be', () => {
    // 40% of 38: 15/38 = 39.5%, 16/38 = 42.1%; no whole count gives 40% by usual rounding
    const cs = claimsOf('The review drew on 38 foster carers. Only 40% of them had an allocated social worker.');
    assert.ok(cs.some((c) => c.kind === 'percent-of' && c.verdict !== 'unchecked' && c.verdict !== 'ok'), JSON.stringify(cs.map((c) => [c.kind, c.verdict, c.arithmetic])));
  });
});
