/**
 * The GRIM stand-aside (numbers/no-whole-count): a percentage that no whole
 * count of the stated total gives is reported only when that total is surely
 * its base; when a plausible reading has a smaller base it is unresolved.
 * Sentences are our own.
 */
import * as assert from 'node:assert/strict';
import { twiceRounded } from '../../server/src/core/numbers/smaller-base.js';
import { claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

const GRIM = 'numbers/no-whole-count';

/** The GRIM claims (a percentage and a total, no count) of a finding. */
const grimClaims = (text: string) => claimsOf(text).filter((c) => c.operands.map((o) => o.role).join('') === 'pn');

describe('numbers: GRIM stands aside when a smaller base is plausible', () => {
  const STAND_ASIDE = [
    // the share is not written of the total
    'Of the 33 services, 77 per cent were rated good.',
    'Of the 26 prisons, 17 per cent had improved.',
    // the share's own 'of' names a sub-group
    'Of the 33 services, 77 per cent of those rated were good.',
    'Of the 26 schools, 17% of those inspected were outstanding.',
    // the sentence takes some out
    'We rated 77 per cent of the 33 services, excluding those not yet inspected, as good.',
    'In 17% of the 26 cases, where known, the victim was a partner.',
    'Staff had training in 83% of the 33 teams, apart from the two new ones.',
    // one-decimal figures in the sentence: a whole share may be a one-decimal one rounded again
    'Of the 22 young people, 45.5% had a job and 46% of the 22 were in training.',
  ];
  for (const text of STAND_ASIDE) {
    it(`unresolved: ${text.slice(0, 70)}`, () => {
      assert.deepEqual(numbersDiagnostics(reportWith([text])).filter((d) => d.ruleId === GRIM || d.ruleId === 'numbers/rounding-convention').map((d) => d.message), []);
      const g = grimClaims(text);
      assert.ok(g.length > 0, 'the share is still listed');
      assert.ok(g.some((c) => c.verdict === 'unchecked' && /but /.test(c.arithmetic)), g.map((c) => `${c.verdict}: ${c.arithmetic}`).join('; '));
    });
  }

  const REPORTED = [
    'We rated 77 per cent of the 33 services as good.',
    'In 77% of the 33 cases where a review was needed, it was done on time.',
    'A plan was in place in 83% (n = 33) of the cases.',
    'The sample included 33 community orders. In 83% of these cases, the plan was structured.',
    'The sample included 33 community orders. In 83% of these [33] cases, the plan was structured.',
    'Only 17% of the 26 people who answered felt safe.',
  ];
  for (const text of REPORTED) {
    it(`reported: ${text.slice(0, 70)}`, () => {
      const d = numbersDiagnostics(reportWith([text])).filter((x) => x.ruleId === GRIM);
      assert.equal(d.length, 1, JSON.stringify(grimClaims(text).map((c) => c.arithmetic)));
    });
  }

  it('a consistent share stays consistent whatever the shape', () => {
    for (const text of ['Of the 33 services, 76 per cent were rated good.', 'We rated 79 per cent of the 33 services as good.', 'Of the 33 services, 76 per cent of those rated were good.']) {
      assert.ok(grimClaims(text).every((c) => c.verdict === 'ok'), text);
    }
  });

  it('finds the count a twice-rounded share needs, in integers', () => {
    assert.equal(twiceRounded(22, 46), 10); // 45.45% -> 45.5% -> 46%
    assert.equal(twiceRounded(29, 35), 10); // 34.48% -> 34.5% -> 35%
    assert.equal(twiceRounded(33, 77), undefined); // 75.76% and 78.79%: no tenth reaches 76.5 to 77.5
    assert.equal(twiceRounded(0, 50), undefined);
  });
});
