/**
 * Precision round r1 (2026-12-07, third session): false-alarm forms found by running the checker on trap passages
 * written for the purpose (correct passages whose figures a checker could misread). Every sentence here is new.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a count that is the object of a part's clause, after the part's bracketed share (relations/common.ts countOfAPart)", () => {
  it("'18 (60%) had a caseload above 50; the remaining 12': the 50 is what each of the 18 has, not another part", () => {
    // 18 + 12 = 30 (the 50 is a caseload, not practitioners)
    assert.deepEqual(rulesOf('Of the 30 practitioners, 18 (60%) had a caseload above 50; the remaining 12 averaged 38 cases each.'), []);
    const c = claimsOf('Of the 30 practitioners, 18 (60%) had a caseload above 50; the remaining 12 averaged 38 cases each.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
    // 20 + 8 = 28: the same with the part's share in brackets and a count of days
    assert.deepEqual(rulesOf('Of the 28 cases, 20 (71%) had waited more than 30 days; the remaining 8 were seen sooner.'), []);
  });
  it('still finds a rest that does not complete the whole', () => {
    // 30 − 18 = 12, not 14
    assert.deepEqual(rulesOf('Of the 30 practitioners, 18 (60%) had a caseload above 50; the remaining 14 averaged 38 cases each.'), ['numbers/complement-mismatch']);
  });
});
