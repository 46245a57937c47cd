/**
 * Forms of a count carried across sentences and of a restated figure (families cross-sentence and restatement),
 * read in the sixth session of 2026-12-07 (tuner t1); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a rate named as a pair's own closing its sentence after a part that points back ('We checked 60 files. Of these, 48 were complete, a completeness rate of 80%.') (candidate-pairs.ts restatingShare, RATE_BEFORE)", () => {
  it('confirms the rate against the part and the whole it points back to', () => {
    assert.deepEqual(rulesOf('We checked 60 referral files. Of these, 48 had been completed within the timescale, a completion rate of 80%.'), []);
    const c = claimsOf('We checked 60 referral files. Of these, 48 had been completed within the timescale, a completion rate of 80%.').find((x) => x.operands.some((o) => o.raw === '80%') && x.verdict === 'ok');
    assert.ok(c, 'the rate is read as 48 of 60');
  });
  it('reports a rate that no reading of the pair gives', () => {
    // 48 / 60 = 80%, not 75%
    assert.deepEqual(rulesOf('We checked 60 referral files. Of these, 48 had been completed within the timescale, a completion rate of 75%.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a rate with words after it, or a part that does not point back, is not read as the pair\'s', () => {
    // a rate of another whole ('across the region')
    assert.deepEqual(rulesOf('We checked 60 referral files. Of these, 48 had been completed within the timescale, a completion rate of 75% across the region.'), []);
    // the part counted in the second clause of its sentence, of a whole the text does not give ('fault was found in 31')
    assert.deepEqual(rulesOf('We received 220 complaints. We investigated 40 of them, and fault was found in 31, an uphold rate of 78%.'), []);
    // a benchmark rate ('an average rate of')
    assert.deepEqual(rulesOf('We checked 60 referral files. Of these, 48 had been completed within the timescale, an average rate of 75%.'), []);
    // a response rate is the response-rate reader's
    assert.deepEqual(rulesOf('We sent 90 questionnaires to parents. Of these, 45 were returned, a response rate of 45%.').filter((r) => r === 'numbers/percentage-mismatch'), []);
  });
});

describe("a share after ', representing' closing the sentence of 'k of them' with nothing after it ('…in 26 of them, representing 65%.') (candidate-pairs.ts RESTATING_AFTER)", () => {
  it('confirms and reports the share against the pair', () => {
    assert.deepEqual(rulesOf('Inspectors looked at 40 searches. The reason was recorded in 30 of them, representing 75%.'), []);
    assert.deepEqual(rulesOf('Inspectors looked at 40 searches. The reason was recorded in 30 of them, representing 70%.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a share with a tail of its own is not the pair\'s', () => {
    assert.deepEqual(rulesOf('Inspectors looked at 40 searches. The reason was recorded in 30 of them, representing 70% of the force\'s searches.'), []);
    // 'them' after two groups counted may be either or both: 30 of 52, of 14 or of 66
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. Teaching was good in 30 of them, representing 45%.'), []);
  });
});

describe("a summary sentence and the sentence after it that says it gives the detail and adds only its whole's noun ('Most residents had a plan. In detail, plans were in place for 17 of the 42 residents (40%).') (restate-local.ts labelledSummaries, matchLabelled detail)", () => {
  const restated = (finding: string) => rulesOf(finding).filter((r) => r === 'conclusion/restated-figure');
  it("ties a share word to the detail by one word when the detail adds only its whole's noun or 'in place'", () => {
    assert.deepEqual(restated('Most residents had a personal evacuation plan. In detail, plans were in place for 30 of the 42 residents (71%).'), []);
    // 17 / 42 = 40%: not most
    assert.deepEqual(restated('Most residents had a personal evacuation plan. In detail, plans were in place for 17 of the 42 residents (40%).'), ['conclusion/restated-figure']);
  });
  it('traps: a detail of another measure, or of something more, is not the summary\'s', () => {
    // a detail that says more ('level 2 … for adults and children') may be of a part of what the summary counts
    assert.deepEqual(restated('Overall, 91% of staff were up to date with safeguarding training. In detail, 38 of the 45 staff on the rota had completed level 2 safeguarding training for adults and children (84%).'), []);
    // two words only in common ('staff', 'training'): another course
    assert.deepEqual(restated('Overall, 91% of staff were up to date with safeguarding training. In detail, 38 of the 45 staff had completed the manual handling training (84%).'), []);
    // the plans 'had been signed': a part of those that exist
    assert.deepEqual(restated('Most residents had a personal evacuation plan. In detail, plans for 17 of the 42 residents had been signed by their families (40%).'), []);
    // without 'In detail,' the second sentence is not said to be the first's detail
    assert.deepEqual(restated('Most residents had a personal evacuation plan. Plans were in place for 17 of the 42 residents (40%).'), []);
  });
});
