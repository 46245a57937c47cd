/**
 * Forms of a share word read against a count pair told elsewhere (families quantifier-distant, restatement,
 * cross-sentence), read in the third session of 2026-12-07 (tuner r2); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { stem } from '../../server/src/core/numbers/restate.js';
import { claims, numbersDiagnostics } from './helpers.js';

const FM0 = '---\ntitle: Example\n---\n\n';
const restated = (text: string) => numbersDiagnostics(text).filter((d) => d.ruleId === 'conclusion/restated-figure').map((d) => d.ruleId);
const restatement = (text: string) => claims(text).find((c) => c.kind === 'restatement');

describe("a summary's share word and a finding that writes its verb as a noun with a doubled consonant ('had a plan' / 'Planning …', 'referred' / 'refer') (restate.ts stem)", () => {
  const report = (summary: string, finding: string) => `${FM0}## Summary\n\n${summary}\n\n## Care planning\n\n${finding}\n`;
  it('ties the two on the noun phrase and verb and judges the share word', () => {
    // 12 / 30 = 40%: not most
    assert.deepEqual(restated(report('Most of the children had a plan that was reviewed with their carers.', "We sampled 30 children's records. Planning had been reviewed with carers in 12 of them (40%).")), ['conclusion/restated-figure']);
    // 24 / 30 = 80%: most
    const c = restatement(report('Most of the children had a plan that was reviewed with their carers.', "We sampled 30 children's records. Planning had been reviewed with carers in 24 of them (80%)."));
    assert.equal(c?.verdict, 'ok');
  });
  it("keys a verb's '-ing' and '-ed' forms with a doubled consonant as the word itself", () => {
    assert.equal(stem('planning'), stem('plan'));
    assert.equal(stem('planned'), stem('plans'));
    assert.equal(stem('referred'), stem('refer'));
    assert.equal(stem('admitted'), stem('admits'));
    // 'ss', 'll', 'ff' are the word's own: 'assessed' is 'assess', 'staffing' is 'staff'
    assert.equal(stem('assessed'), stem('assess'));
    assert.equal(stem('staffing'), stem('staff'));
    assert.equal(stem('called'), stem('call'));
  });
  it('trap: a finding of another verb on the same noun is not the summary\'s', () => {
    // 'signed the plan' is not 'reviewed with carers': 12 / 30 = 40% is not judged against 'Most'
    assert.deepEqual(restated(report('Most of the children had a plan that was reviewed with their carers.', "We sampled 30 children's records. Carers had signed the plan in 12 of them (40%).")), []);
  });
});
