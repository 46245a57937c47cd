/**
 * Forms of a count and its share in one sentence (families plain, apposition, clause-between, hedge, ratio),
 * read in the second session of 2026-12-07 (tuner q3); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'all but c of them (P%)': the rest's share of the group 'them' names (extract/all-but.ts)", () => {
  it('judges the bracket on the rest of the one group counted before', () => {
    // 40 − 3 = 37; 37 / 40 = 92.5% → 93%, not 97%
    assert.deepEqual(rulesOf('We reviewed 40 care plans; all but three of them (97%) had been signed by the resident.'), ['numbers/percentage-mismatch']);
    // 37 / 40 = 92.5% → 93%
    assert.deepEqual(rulesOf('We reviewed 40 care plans; all but three of them (93%) had been signed by the resident.'), []);
    const c = claimsOf('We reviewed 40 care plans; all but three of these (93%) had been signed by the resident.').find((x) => x.kind === 'all-but');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: with two groups counted before, a bracket that fits neither is not judged', () => {
    // 'them' may be the 40 plans or the 12 files: 37/40 = 93%, 9/12 = 75%; 80% fits neither, left open
    assert.deepEqual(rulesOf('We reviewed 40 care plans and 12 staff files; all but three of them (80%) had been signed.'), []);
  });
});
