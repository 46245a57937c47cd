/**
 * Changes written with the old figure before the change, an epithet before a
 * figure, or the change word after its percentage (new development passages
 * showed each). Sentences written for these tests; arithmetic by hand.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const changes = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'change').map((c) => c.verdict);

describe('numbers: change shapes', () => {
  it("'N …, against M in <year>, an increase of P%': the old figure after 'against' before the change", () => {
    // (2,730 − 2,100) / 2,100 = 30%.
    assert.deepEqual(changes('There were 2,730 referrals this year, against 2,100 in 2019, an increase of 30%.'), ['ok']);
    assert.deepEqual(rulesOf('There were 2,730 referrals this year, against 2,100 in 2019, an increase of 40%.'), ['numbers/change-mismatch']);
  });
  it("'a P per cent increase on the M': the change word after its percentage", () => {
    // (396 − 330) / 330 = 20%.
    assert.deepEqual(changes('The service logged 396 complaints in 2023, a 20 per cent increase on the 330 logged in 2021.'), ['ok']);
    assert.deepEqual(rulesOf('The service logged 396 complaints in 2023, a 25 per cent increase on the 330 logged in 2021.'), ['numbers/change-mismatch']);
  });
  it("'from a record M to N': an epithet between the cue and its figure", () => {
    // (3,510 − 4,680) / 4,680 = −25%.
    assert.deepEqual(changes('Waiting lists fell by 25 per cent, from a record 4,680 in 2020 to 3,510.'), ['ok']);
    assert.deepEqual(changes('Waiting lists fell by 25 per cent, from a peak of 4,680 in 2020 to 3,510.'), ['ok']);
    assert.deepEqual(rulesOf('Waiting lists fell by 35 per cent, from a record 4,680 in 2020 to 3,510.'), ['numbers/change-mismatch']);
  });
  it('a hedged old figure is not a value: not judged', () => {
    assert.deepEqual(rulesOf('There were 2,730 referrals this year, against over 2,100 in 2019, an increase of 40%.'), []);
  });
});
