/**
 * The last stand-aside before a share is reported (server/src/core/numbers/other-total.ts): a share
 * judged wrong against the total a reader chose is unresolved when another count of its sentence gives
 * it exactly, as the total or as the part. Tested on the function, with claims as the readers make them
 * (sentences written for these tests), because every reader that exists today already pairs the
 * figures below rightly; the stand-aside is for the pairings no reader foresaw.
 */
import * as assert from 'node:assert/strict';
import type { ClaimRecord, Operand } from '../../server/src/core/numbers/claim.js';
import { otherPartFits, otherTotalFits } from '../../server/src/core/numbers/other-total.js';

const span = { start: 0, end: 0 };
const op = (role: Operand['role'], value: number, raw: string, decimals?: number): Operand => ({ role, value, raw, span, ...(decimals === undefined ? {} : { decimals }) });

function wrongShare(sentence: string, p: number, k: number, n: number, decimals = 0): ClaimRecord {
  return {
    kind: 'count-percent',
    span,
    verdict: 'inconsistent',
    operands: [op('p', p, `${p}%`, decimals), op('k', k, String(k)), op('n', n, String(n))],
    sentence: { text: sentence, span },
  } as ClaimRecord;
}

describe('other-total.ts: another count of the sentence that the share fits', () => {
  it('finds a count that is the share\'s total with the same part', () => {
    // read as 12 of 40 = 30%; 12 / 30 = 40% exactly
    assert.equal(otherTotalFits(wrongShare('Of the 40 boys, 12 of the 30 seen by a nurse had a plan (40%).', 40, 12, 40)), 30);
    // one decimal: 9 / 28 = 32.14% → 32.1%; read as 9 of 36 = 25%
    assert.equal(otherTotalFits(wrongShare('Of the 36 files, 9 of the 28 with a plan had been reviewed (32.1%).', 321, 9, 36, 1)), 28);
  });
  it('finds a count that is the share\'s part of the same total', () => {
    // read as 10 of 80 = 12.5%; 32 / 80 = 40%
    assert.equal(otherPartFits(wrongShare('Of the 80 staff, 32 were agency workers and 10 had not had an induction (40%).', 40, 10, 80)), 32);
  });
  it('stays silent when no count of the sentence fits: the share is reported', () => {
    // 12 / 40 = 30%, 12 / 30 = 40%, 30 / 40 = 75%: none is 45%
    assert.equal(otherTotalFits(wrongShare('Of the 40 boys, 12 of the 30 seen by a nurse had a plan (45%).', 45, 12, 40)), undefined);
    assert.equal(otherPartFits(wrongShare('Of the 40 boys, 12 of the 30 seen by a nurse had a plan (45%).', 45, 12, 40)), undefined);
  });
  it('traps: a year, an age or a fit only by truncation is no other reading', () => {
    // 12 / 30 = 40%, but '30' is an age here
    assert.equal(otherTotalFits(wrongShare('Of the 40 men, 12 aged over 30 had a plan (40%).', 40, 12, 40)), undefined);
    // 2 / 3 = 66.7%: 66% only by truncation
    assert.equal(otherTotalFits(wrongShare('Of the 5 homes, 2 of the 3 inspected were good (66%).', 66, 2, 5)), undefined);
    // a share judged right or hedged is left alone
    const right = { ...wrongShare('Of the 40 boys, 12 of the 30 seen had a plan (40%).', 40, 12, 40), verdict: 'ok' } as ClaimRecord;
    assert.equal(otherTotalFits(right), undefined);
  });
});
