/**
 * Counts that must add up to a stated total, in shapes the readers missed (helper tot2, issue 9 family 13):
 * a list framed by one agent or origin after its whole's clause (parts-sum.ts framedAfterComma), an aside
 * saying every case is in one of the parts before a colon (EVERY_ASIDE), a passive's agent carried over a
 * list (gappedAgent), the verb and preposition repeated in each part (gapped), the number of groups before
 * a colon that is no part (groupsBeforeColon), and a whole split in the next sentence by who did each case
 * (subject-list.ts). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const sums = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'parts-sum');

describe('a list framed by one agent or origin after its whole (parts-sum.ts framedAfterComma)', () => {
  it('reports an excess and confirms a list that makes the whole', () => {
    // 1,420 + 510 + 260 = 2,190 > 2,150
    assert.deepEqual(rulesOf('In the quarter 2,150 home care visits were made, 1,420 by the council’s own carers, 510 by an agency and 260 by a voluntary scheme.'), ['numbers/parts-sum']);
    // 900 + 260 + 75 = 1,235 > 1,200
    assert.deepEqual(rulesOf('Last year 1,200 calls were received, 900 from the public, 260 from partner agencies and 75 from staff.'), ['numbers/parts-sum']);
    const ok = sums('In the quarter 2,150 home care visits were made, 1,420 by the council’s own carers, 470 by an agency and 260 by a voluntary scheme.');
    assert.ok(ok.some((c) => c.verdict === 'ok'), JSON.stringify(ok.map((c) => c.arithmetic)));
  });
  it('reads an active verb before the whole, with a recipient or an origin', () => {
    // 28 + 12 + 9 = 49 > 46
    assert.deepEqual(rulesOf('RQIA issued 46 notices in the year, 28 to nursing homes, 12 to residential homes and 9 to domiciliary care agencies.'), ['numbers/parts-sum']);
    // 200 + 80 + 40 = 320 > 300
    assert.deepEqual(rulesOf('The council received 300 complaints last year, 200 from tenants, 80 from leaseholders and 40 from neighbours.'), ['numbers/parts-sum']);
    const ok = sums('RQIA issued 46 notices in the year, 25 to nursing homes, 12 to residential homes and 9 to domiciliary care agencies.');
    assert.ok(ok.some((c) => c.verdict === 'ok'), JSON.stringify(ok.map((c) => c.arithmetic)));
  });
  it('trap: a referral may go to two services, and receiving names no recipient', () => {
    assert.deepEqual(rulesOf('In the year 60 children were referred, 40 to CAMHS, 30 to social care and 5 to the police.'), []);
    assert.deepEqual(rulesOf('The council received 300 complaints last year, 200 to its housing team, 80 to social care and 40 to planning.'), []);
  });
  it('trap: a shortfall is not judged (the list is not said to be complete)', () => {
    assert.deepEqual(rulesOf('In the quarter 2,150 home care visits were made, 1,420 by the council’s own carers, 410 by an agency and 260 by a voluntary scheme.'), []);
  });
  it('trap: an agent who may share a case, and mixed prepositions, are no frame', () => {
    // 'seen by' a nurse and a doctor: one patient may be seen by both
    assert.deepEqual(rulesOf('In the week 140 patients were seen, 90 by a nurse, 60 by a doctor and 20 by a pharmacist.'), []);
    assert.deepEqual(rulesOf('Last year 1,200 calls were received, 900 from the public, 260 by text and 75 from staff.'), []);
  });
});

describe('an aside that says every case is in one of the parts, before a colon (parts-sum.ts EVERY_ASIDE)', () => {
  it('reports a shortfall after "each was one of three types" or "all of them investigated"', () => {
    // 71 + 33 + 12 = 116, not 120
    assert.deepEqual(rulesOf('We read 120 case files, and each was one of three types: 71 were community orders, 33 were suspended sentences and 12 were licence cases.'), ['numbers/parts-sum']);
    // 62 + 31 + 79 = 172, not 180
    assert.deepEqual(rulesOf('The Ombudsman closed 180 complaints, all of them fully investigated: 62 were upheld, 31 partly upheld and 79 not upheld.'), ['numbers/parts-sum']);
  });
  it('confirms a list that makes the whole', () => {
    const ok = sums('The Ombudsman closed 180 complaints, all of them fully investigated: 62 were upheld, 31 partly upheld and 87 not upheld.');
    assert.ok(ok.some((c) => c.verdict === 'ok'), JSON.stringify(ok.map((c) => c.arithmetic)));
  });
  it('trap: a comma aside with no word of every case is no colon whole', () => {
    assert.deepEqual(rulesOf('We read 120 case files, mostly from the north: 71 were community orders, 33 were suspended sentences and 12 were licence cases.'), []);
  });
});

describe('a passive carried over a list, and a repeated verb and preposition (parts-sum.ts gappedAgent, gapped)', () => {
  it('reads every part after "were managed by …, … by … and … by …" as gapped', () => {
    // 1,480 + 690 + 230 = 2,400 > 2,300
    assert.deepEqual(rulesOf('The service supervised 2,300 people on licence at the end of March. Of these, 1,480 were managed by the probation service, 690 by community rehabilitation companies and 230 by a youth team.'), ['numbers/parts-sum']);
  });
  it('reads "14 of them were to …, 17 were to … and seven were to …" as one frame', () => {
    // 14 + 17 + 7 = 38 > 36
    assert.deepEqual(rulesOf('Inspectors completed 36 monitoring visits this term. Fourteen of them were to secondary schools, 17 were to primary schools and seven were to special schools.'), ['numbers/parts-sum']);
    const ok = sums('Inspectors completed 36 monitoring visits this term. Fourteen of them were to secondary schools, 15 were to primary schools and seven were to special schools.');
    assert.ok(ok.some((c) => c.verdict === 'ok'), JSON.stringify(ok.map((c) => c.arithmetic)));
  });
  it('trap: "were to be …" is a plan, not a place, and a shortfall is not judged', () => {
    assert.deepEqual(rulesOf('Inspectors completed 36 monitoring visits this term. Fourteen of them were to be followed up, 17 were to be closed and seven were to be repeated.'), []);
    assert.deepEqual(rulesOf('Inspectors completed 36 monitoring visits this term. Fourteen of them were to secondary schools, 11 were to primary schools and seven were to special schools.'), []);
  });
});

describe('the number of groups before a colon is no part (parts-sum.ts groupsBeforeColon)', () => {
  it('reads "split between three routes: 30 …, 19 … and 6 …" without the three', () => {
    // 30 + 19 + 6 = 55, not 58 (3 + 30 + 19 + 6 would make 58)
    const cs = sums('The 58 apprentices who finished in the year were split between three routes: 30 in engineering, 19 in business and 6 in care.');
    assert.ok(cs.some((c) => c.verdict === 'inconsistent' && c.operands.filter((o) => o.role === 'k').length === 3), JSON.stringify(cs.map((c) => c.arithmetic)));
    assert.ok(!cs.some((c) => c.verdict === 'ok'));
  });
});

describe('a count that points back is no whole of the list it opens (list-sum.ts POINTS_BACK)', () => {
  it("does not confirm 'Nine of them …, four …, three … and two …' as 4 + 3 + 2 = Nine", () => {
    const cs = sums('The agency released 21 reports today. Nine of them cover visits against ten outcomes, four record a full visit, three deal with a single issue and two are follow-ups.');
    assert.ok(!cs.some((c) => c.verdict === 'ok' && c.operands.some((o) => o.role === 'n' && o.raw === 'Nine')), JSON.stringify(cs.map((c) => c.arithmetic)));
  });
});

describe('a whole split in the next sentence by who did each case (subject-list.ts)', () => {
  it('reports a shortfall when every case was done, and an excess', () => {
    // 1,032 + 146 + 52 = 1,230, not 1,240, and every shift was filled
    assert.deepEqual(rulesOf('The ward rota for May set out 1,240 nursing shifts, and every one of them was filled. Permanent staff covered 1,032, bank staff 146 and agency nurses 52.'), ['numbers/parts-sum']);
    // 441 + 80 + 7 = 528 > 518
    assert.deepEqual(rulesOf('We received 518 survey responses. Men completed 441, women 80 and non-binary prisoners 7.'), ['numbers/parts-sum']);
  });
  it('confirms a list that makes the whole', () => {
    const ok = sums('We received 518 survey responses. Men completed 441, women 70 and non-binary prisoners 7.');
    assert.ok(ok.some((c) => c.verdict === 'ok'), JSON.stringify(ok.map((c) => c.arithmetic)));
  });
  it('trap: a shortfall with no word that every case was done, a verb that several may share, or a word of overlap', () => {
    assert.deepEqual(rulesOf('The ward rota for May set out 1,240 nursing shifts. Permanent staff covered 1,032, bank staff 146 and agency nurses 52.'), []);
    assert.deepEqual(rulesOf('The service went to 1,950 incidents last year. Firefighters from the main station attended 1,200, crews from the retained stations 900 and volunteers 100.'), []);
    assert.deepEqual(rulesOf('We received 518 survey responses. Men completed 441, women 80 and staff 7, some of them together.'), []);
  });
});
