/**
 * 'Most' may name the largest of several groups (a plurality): a bare
 * percentage below half is then unresolved, never a mismatch; a count of a
 * stated total is still judged, and so is 'the majority'.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

const quantifierRules = (finding: string) => numbersDiagnostics(reportWith([finding])).filter((d) => d.ruleId === 'numbers/quantifier-mismatch');

describe('quantifiers that may name the largest group', () => {
  for (const finding of [
    'Most complaints received (46%) came from friends, relatives or carers.',
    'Most referrals (38%) were made by the police, and 27% by schools.',
    'Most of the concerns raised (41%) related to medicines.',
  ]) {
    it(`'${finding}': listed as unresolved, not reported`, () => {
      assert.deepEqual(quantifierRules(finding), []);
      const q = claimsOf(finding).filter((c) => c.kind === 'quantifier');
      assert.ok(q.length >= 1, 'the quantifier is still read');
      for (const c of q) assert.equal(c.verdict, 'unchecked', c.arithmetic);
    });
  }

  it('a count of a stated total is still judged as a majority', () => {
    assert.equal(quantifierRules('Most of the 32 people whose review was due (14) had had it on time.').length, 1);
  });

  it("'the majority' has no plurality reading", () => {
    assert.equal(quantifierRules('The majority of complaints (46%) came from relatives.').length, 1);
  });

  it('a percentage inside the band is consistent', () => {
    const q = claimsOf('Most complaints received (64%) came from relatives.').filter((c) => c.kind === 'quantifier');
    assert.ok(q.length >= 1 && q.every((c) => c.verdict === 'ok'), JSON.stringify(q.map((c) => c.verdict)));
  });
});
