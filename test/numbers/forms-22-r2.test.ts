/**
 * Forms of a share word read against a count pair told elsewhere (families quantifier-distant, restatement,
 * cross-sentence), read in the third session of 2026-12-07 (tuner r2); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { stem } from '../../server/src/core/numbers/restate.js';
import { claims, claimsOf, numbersDiagnostics, rulesOf } from './helpers.js';

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

describe("a summary's share word and a finding's part with its share counted after its whole ('We received 60 surveys. Of these, 33 tenants said … (55%).') in a report of no criteria (restate.ts: the part's sentence is read, as for 'k of them')", () => {
  const report = (finding: string) => `${FM0}## Summary\n\nAround a third of the tenants said their repairs had been completed on time.\n\n## Repairs\n\n${finding}\n`;
  it('judges the share word against the part\'s share', () => {
    // 33 / 60 = 55%: not around a third
    assert.deepEqual(restated(report('We received 60 completed surveys from tenants. Of these, 33 tenants said their repairs had been completed on time (55%).')), ['conclusion/restated-figure']);
    // 21 / 60 = 35%: around a third
    const c = restatement(report('We received 60 completed surveys from tenants. Of these, 21 tenants said their repairs had been completed on time (35%).'));
    assert.equal(c?.verdict, 'ok');
    assert.deepEqual(c!.operands.map((o) => o.raw), ['a third', '35%']);
  });
  it('reads the count and its share of one sentence as one finding (the summary is judged once)', () => {
    // 'Of these, 29 (45%)': 29 of 64 and 45% are one finding, not two rival ones
    const text = `${FM0}## Key findings\n\nMost of the learners we spoke to knew how to report a concern about bullying.\n\n## Safeguarding\n\nInspectors spoke with 64 learners across three campuses. Of these, 29 (45%) could explain how they would report a concern about bullying.\n`;
    assert.deepEqual(restated(text), ['conclusion/restated-figure']);
  });
  it('trap: a part of another measure is not the summary\'s', () => {
    // 'had reported a repair' is not 'repairs completed on time'
    assert.deepEqual(restated(report('We received 60 surveys from tenants. Of these, 33 tenants had reported a repair in the year (55%).')), []);
    // nor one whose sentence keeps only the group's words ('tenants said') of the summary's
    assert.deepEqual(restated(report('We received 60 surveys from tenants. Of these, 33 tenants said their landlord answered the phone promptly (55%).')), []);
  });
});

describe("a summary opened by a described share word ('A significant minority of …', 'The large majority of …') is read as 'a minority' or 'a majority' on its side of half (restate.ts describedBand)", () => {
  const report = (summary: string, finding: string) => `${FM0}## Key findings\n\n${summary}\n\n## Boarding\n\n${finding}\n`;
  it('judges it against the finding it restates when the finding is on the other side of half', () => {
    // 31 of 40 = 77.5%: not a minority of any kind
    const text = report('A significant minority of boarders feel homesick in their first term.', 'We spoke with 40 boarders in their first term. Of these, 31 told us they feel homesick (78%).');
    assert.deepEqual(restated(text), ['conclusion/restated-figure']);
    // 14 of 40 = 35%: a minority
    const ok = restatement(report('A significant minority of boarders feel homesick in their first term.', 'We spoke with 40 boarders in their first term. Of these, 14 told us they feel homesick (35%).'));
    assert.equal(ok?.verdict, 'ok');
  });
  it('reads a majority with its describing word after "the"', () => {
    // 84 of 96 = 87.5%: a majority
    const c = restatement(report('The large majority of boarders are happy in their boarding house.', 'The survey was completed by 96 boarders. Of these, 84 said they were happy in their house.'));
    assert.equal(c?.verdict, 'ok');
    // 40 of 96 = 41.7%: no majority
    assert.deepEqual(restated(report('The large majority of boarders are happy in their boarding house.', 'The survey was completed by 96 boarders. Of these, 40 said they were happy in their house.')), ['conclusion/restated-figure']);
  });
  it("trap: a word that is not a share's ('the majority view', 'a minority language') opens no share", () => {
    assert.deepEqual(restated(report('The majority view of boarders is that the house is well run.', 'The survey was completed by 96 boarders. Of these, 40 said the house was well run.')), []);
    // 'the ethnic minority boarders' is a group: 10 of 40 is no share of it to judge
    assert.deepEqual(restated(report('The ethnic minority boarders we spoke with said they felt safe in the house.', 'We spoke with 40 boarders. Of these, 10 ethnic minority boarders said they felt safe in the house.')), []);
  });
});

describe("a quantifier opening its sentence, its group described by relative clauses ('whose cases we inspected and who had been in custody'), and its pair closing the sentence in brackets (extract/quantifier.ts closingShare, withoutGroupRelatives)", () => {
  it('judges the quantifier on the pair', () => {
    // 9 / 20 = 45%: not most
    assert.deepEqual(rulesOf('Most of the young people whose cases we inspected and who had been in custody had a plan for their release (9 of 20).'), ['numbers/quantifier-mismatch']);
    // 14 / 20 = 70%: most
    const c = claimsOf('Most of the young people whose cases we inspected and who had been in custody had a plan for their release (14 of 20).').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 31 / 58 = 53.4%: not fewer than half
    assert.deepEqual(rulesOf('Fewer than half of the parents who replied to our survey said that the school dealt well with bullying (31 of 58).'), ['numbers/quantifier-mismatch']);
    // 21 / 58 = 36.2%: fewer than half
    assert.deepEqual(rulesOf('Fewer than half of the parents who replied to our survey said that the school dealt well with bullying (21 of 58).'), []);
  });
  it("trap: a relative clause of another noun ('the staff who worked with them', 'a nurse who checked') keeps the bracket unread", () => {
    assert.deepEqual(rulesOf('Most of the young people said that the staff who worked with them were kind (9 of 20).'), []);
    assert.deepEqual(rulesOf('Most of the young people whose cases we inspected had been seen by a nurse who checked their medication (9 of 20).'), []);
    // a clause of its own after ', but' is still a break
    assert.deepEqual(rulesOf('Most of the young people whose cases we inspected had a plan, but staff who supervised them were not trained (9 of 20).'), []);
  });
});
