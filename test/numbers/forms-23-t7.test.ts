/**
 * Forms of a population stated in one sentence and its parts, shares or hedged shares in a later one (families
 * cross-sentence and hedge), read in the sixth session of 2026-12-07 (tuner t7); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'Of those who answered, k (P%)' after a survey sent and its returns counted ('… sent to 500 families and 210 were returned.') (of-these-share.ts returnsCount)", () => {
  it('judges the share on the returns', () => {
    // 150 / 210 = 71.4%
    assert.deepEqual(rulesOf('Surveys were sent to 500 families whose children attended the nursery and 210 were returned. Of those who responded, 150 (71%) said their child was happy.'), []);
    const c = claimsOf('Surveys were sent to 500 families whose children attended the nursery and 210 were returned. Of those who responded, 150 (71%) said their child was happy.').find((x) => x.kind === 'percent-of' && x.verdict === 'ok');
    assert.ok(c, 'the share is read as 150 of 210');
    assert.deepEqual(rulesOf('Surveys were sent to 500 families whose children attended the nursery and 210 were returned. Of those who answered, 150 (75%) said their child was happy.'), ['numbers/percentage-mismatch']);
  });
  it('traps: those who answered one question, or no survey sent, are not judged on the returns', () => {
    // those who answered the question on meals may be fewer than the 210, with a larger share
    assert.deepEqual(rulesOf('Surveys were sent to 500 families whose children attended the nursery and 210 were returned. Of those who answered the question on meals, 150 (75%) were positive.'), []);
    // the returns not counted last: 'and 210 were returned on time' (others may have come later)
    assert.deepEqual(rulesOf('Surveys were sent to 500 families whose children attended the nursery and 210 were returned on time. Of those who answered, 150 (75%) said their child was happy.'), []);
  });
});

describe("a word share of the group counted in the sentence before, 'of them', restated after a colon by a count said to be all of it ('We checked the files of the 30 carers. Around half of them had …: 16 carers in all.') (them-share.ts CLOSING_TOTAL_AFTER, with the group's own noun)", () => {
  it('confirms and reports the word share against the count and the group', () => {
    // 16 / 30 = 53%: around half
    assert.deepEqual(rulesOf('We checked the supervision files of the 30 carers. Around half of them had received supervision in the last quarter: 16 carers in all.'), []);
    // 24 / 30 = 80%: not almost two thirds
    assert.deepEqual(rulesOf('We checked the supervision files of the 30 carers. Almost two thirds of them had received supervision in the last quarter: 24 carers in all.'), ['numbers/fraction-mismatch']);
  });
  it("traps: a count not said to be all of it, of another noun, or a share of a named sub-group, is not the share's", () => {
    // no 'in all': the count may be a part (': 12 had it in writing')
    assert.deepEqual(rulesOf('We checked the supervision files of the 30 carers. Almost two thirds of them had received supervision in the last quarter: 12 had it in writing.'), []);
    // the count names other things (sessions, not carers)
    assert.deepEqual(rulesOf('We checked the supervision files of the 30 carers. Almost two thirds of them had received supervision in the last quarter: 45 sessions in all.'), []);
    // 'of those who …': a sub-group the sentence before does not count
    assert.deepEqual(rulesOf('We checked the supervision files of the 30 carers. Almost two thirds of those who had started this year had received supervision: 24 carers in all.'), []);
    assert.deepEqual(rulesOf('We checked the supervision files of the 30 carers. Almost two thirds of those who had started had received supervision: 24 in all.'), []);
  });
});

describe("a fraction opening the clause after a frame's whole, with its share and count in the bracket ('Of the 80 children placed out of area, just over a quarter (26%, or 21 children) had …') (extract/fraction.ts frameWhole)", () => {
  it('judges the share and the fraction on the count and the whole, one report for one error', () => {
    assert.deepEqual(rulesOf('Of the 80 children placed out of area, just over a quarter (26%, or 21 children) had a review of their placement.'), []);
    const c = claimsOf('Of the 80 children placed out of area, just over a quarter (26%, or 21 children) had a review of their placement.').find((x) => x.kind === 'percent-of' && x.verdict === 'ok');
    assert.ok(c, 'the share is read as 21 of 80');
    // 21 / 80 = 26%, not 35%
    assert.deepEqual(rulesOf('Of the 80 children placed out of area, just over a quarter (35%, or 21 children) had a review of their placement.'), ['numbers/percentage-mismatch']);
    // 28 / 80 = 35%: the count misfits both; reported once
    assert.deepEqual(rulesOf('Of the 80 children placed out of area, just over a quarter (26%, or 28 children) had a review of their placement.'), ['numbers/percentage-mismatch']);
    // the fraction misfits both; reported once
    assert.deepEqual(rulesOf('Of the 80 children placed out of area, about a third (26%, or 21 children) had a review of their placement.'), ['numbers/fraction-mismatch']);
  });
  it("traps: a frame with another count, or a clause between the frame and the fraction, is not the bracket's whole", () => {
    // the share may be of the 60 boys
    assert.deepEqual(rulesOf('Of the 80 children placed out of area, 60 were boys and just over a quarter (35%, or 21 boys) had a review.').filter((r) => r === 'numbers/percentage-mismatch'), []);
    // the fraction is the object of a clause of its own ('boys made up'), of another whole
    assert.deepEqual(rulesOf('Of the 80 children placed out of area, boys made up just over a quarter (35%, or 21 boys) of those reviewed.').filter((r) => r === 'numbers/percentage-mismatch'), []);
  });
});

describe("a fraction opening its sentence with its count, noun and share in the bracket, of a group counted before ('We read 50 case files. … However, fewer than half (12 files, or 24%) …') (extract/fraction.ts, the whole from popsBefore)", () => {
  it('confirms on a group before that fits the share; judges on the one group of the sentence before', () => {
    // 12 / 50 = 24%, two sentences back, past a part (40 of these)
    const two = 'Inspectors read 50 case files. In 40 of these (80%) the risk was assessed. However, fewer than half (12 files, or 24%) showed a review.';
    assert.deepEqual(rulesOf(two), []);
    assert.ok(claimsOf(two).some((x) => x.kind === 'percent-of' && x.verdict === 'ok' && x.operands.some((o) => o.raw === '24%')), 'the share is read as 12 of 50');
    // the one group of the sentence before: 12 / 50 = 24%, not 30%
    assert.deepEqual(rulesOf('Inspectors read 50 case files. Fewer than half (12 files, or 30%) showed a review.'), ['numbers/percentage-mismatch']);
  });
  it('traps: with a part between, or a group given roughly, a misfit is not reported', () => {
    // 30% fits neither 50 nor 40: the group meant is unknown
    assert.deepEqual(rulesOf('Inspectors read 50 case files. In 40 of these (80%) the risk was assessed. However, fewer than half (12 files, or 30%) showed a review.'), []);
    assert.deepEqual(rulesOf('Inspectors read about 50 case files. Fewer than half (12 files, or 30%) showed a review.'), []);
  });
});
