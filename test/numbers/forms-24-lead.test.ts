/**
 * Two false alarms of a trap round (226 correct passages, written without running the checker), read by the lead
 * in the session of 2026-12-08: a change amount's share of the older figure, and a share of a capacity.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a change amount's share and a share of capacity (back-share.ts)", () => {
  it("trap: 'up from 1,752: an extra 160, or 9%' is of the older figure, not the newer", () => {
    assert.deepEqual(rulesOf('The force now has 1,912 police officers, up from 1,752 in 2019: an extra 160 officers, or 9%.'), []);
  });
  it('not-ok: the same change with a share that neither figure gives is not confirmed', () => {
    const c = claimsOf('The force now has 1,912 police officers, up from 1,752 in 2019: an extra 160 officers, or 14%.').find((x) => x.operands.some((o) => o.raw === '14%'));
    assert.notEqual(c?.verdict, 'ok');
  });
  it("trap: 'That is 113% of capacity' may pass 100%", () => {
    assert.deepEqual(rulesOf('The prison held 412 men, against a design capacity of 364. That is 113% of capacity.'), []);
  });
});
