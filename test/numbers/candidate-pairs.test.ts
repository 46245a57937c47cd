/**
 * The candidate-pairs judgement (`server/src/core/numbers/candidate-pairs.ts`): a share that no reading
 * judged is confirmed with the counts nearest it, or listed as unresolved; it is never reported.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { claimsOf, rulesOf } from './helpers.js';

/** The claim of the share written `share` (its last operand's raw text), if any. */
function shareClaim(text: string, share: string): ClaimRecord | undefined {
  return claimsOf(text).find((c) => c.operands.some((o) => o.role === 'p' && o.raw === share));
}

const figures = (c: ClaimRecord | undefined) => c?.operands.map((o) => `${o.role}=${o.value}`).join(' ');

describe('candidate pairs: an open share read with the counts nearest it', () => {
  it('confirms a share whose clause stands between its part and the bracket', () => {
    // 418 / 1,240 = 33.7% → 34% ✓
    const c = shareClaim('Of the 1,240 people on the waiting list in March, 418 had waited longer than the standard allows before their first appointment (34%).', '34%');
    assert.equal(c?.verdict, 'ok');
    assert.equal(figures(c), 'k=418 n=1240 p=34');
    assert.match(c!.arithmetic, /read with the counts nearest it/);
  });
  it('takes the whole from the sentence before', () => {
    // 23 / 31 = 74.2% → 74% ✓
    const c = shareClaim('The trust employed 31 specialist nurses. 23 had completed the advanced course within the year, 74% of the team.', '74%');
    assert.equal(c?.verdict, 'ok');
    assert.equal(figures(c), 'k=23 n=31 p=74');
  });
  it('gives a part of a list the whole of the parts before it that have shares of their own', () => {
    // 64 / 540 = 11.9% → 12% ✓ (the 96 before it is another part of the 540, not its whole)
    const text = 'Of the 540 complaints, 212 (39%) were about care, 96 (18%) about staffing and 64 about the food the home served at weekends (12%).';
    assert.equal(figures(shareClaim(text, '12%')), 'k=64 n=540 p=12');
    assert.equal(shareClaim(text, '12%')?.verdict, 'ok');
  });
  it("reads a part 'of those' with the group just before it", () => {
    // 944 / 1,021 = 92.5% → 92% ✓ (not of the 1,184 who started)
    const c = shareClaim('Of the 1,184 learners who started a course, 1,021 completed it (86%), and 944 of those who finished went on to gain the qualification they were studying for (92%).', '92%');
    assert.equal(figures(c), 'k=944 n=1021 p=92');
    assert.equal(c?.verdict, 'ok');
  });
  it('never reports a share that its nearest counts do not give: it is listed, unresolved', () => {
    // 47 / 61 = 77.0%, not 72%: the sentence does not tie the 72% to the 47, so no finding
    const text = 'Of the 61 apprentices due to finish in 2024/25, 47 achieved their qualification - 72% - which was above the rate of the year before.';
    const c = shareClaim(text, '72%');
    assert.equal(c?.verdict, 'unchecked');
    assert.match(c!.arithmetic, /47 of 61 = 77\.05%, not 72%/);
    assert.deepEqual(rulesOf(text), []);
  });
  it('names another count that would give the share', () => {
    // 23 / 552 = 4.2%; 23 / 676 = 3.4% → 3%: two readings, none judged
    const text = "Of the 552 men held, below the centre's capacity of 676, 23 had been held for longer than a year – that is, 3%.";
    // (read as the pair's restating share since the dash opens 'that is': the message names the other count too)
    assert.match(shareClaim(text, '3%')?.arithmetic ?? '', /23 (?:of|\/) 552 = 4\.17%.*not 3%.*(?:23 of 676 would give it|fits 676)/);
    assert.deepEqual(rulesOf(text), []);
  });
  it('traps: changes, ranges, ratios, thresholds and shares of the count before are not read with a pair', () => {
    // a change: 1,440 is the fall, and 2% is of last year's number, not of 61,800
    assert.notEqual(shareClaim('On 31 March, 61,800 providers were registered, down by 1,440 (2%) since the year before.', '2%')?.kind, 'percent-of');
    // a range of percentages: 93 is a percentage, not a count
    assert.notEqual(shareClaim('In the north, between 93 and 97% of 999 calls were answered within ten seconds, and 98% of 101 calls within a minute.', '98%')?.kind, 'percent-of');
    // a ratio: 'one in eight' is no part of a whole of 8
    assert.notEqual(shareClaim('One patient in eight said they could not get an appointment, and a further 13% had chosen to wait.', '13%')?.kind, 'percent-of');
    // a threshold: '10% or more of their sessions'
    assert.notEqual(shareClaim('Of the 412 pupils on roll, 93 missed 10% or more of their sessions.', '10%')?.kind, 'percent-of');
    // a share of the count before it ('52% of them'): its part is not written
    assert.notEqual(shareClaim('We made 350 recommendations, 52% of them about learning, and published 40 reports.', '52%')?.kind, 'percent-of');
  });
  it('judges the bracket that closes the clause of a written pair, with words only and no verb between', () => {
    // 1,241 / 1,314 = 94.4% → 94%, not 92%
    assert.deepEqual(rulesOf('By the end of August the inspectorate had judged 1,241 of the 1,314 providers, through full inspections or monitoring visits (92 per cent).'), ['numbers/percentage-mismatch']);
    // 1,241 / 1,314 = 94.4% → 94% ✓
    assert.deepEqual(rulesOf('By the end of August the inspectorate had judged 1,241 of the 1,314 providers, through full inspections or monitoring visits (94 per cent).'), []);
    assert.equal(shareClaim('By the end of August the inspectorate had judged 1,241 of the 1,314 providers, through full inspections or monitoring visits (94 per cent).', '94 per cent')?.verdict, 'ok');
  });
  it('traps: a verb, a share word or another number between the pair and the bracket leaves it unjudged', () => {
    // another clause: the 72% may be of those held for more than a year ('in most cases')
    assert.deepEqual(rulesOf('Staff had stopped trying to return 26 of the 39 people, who had in most cases been held apart for more than a year (72%).'), []);
    // another clause with a verb of its own
    assert.deepEqual(rulesOf('In 14 of the 25 cases, the plan was late and staff turnover was high (60%).'), []);
    // another number between
    assert.deepEqual(rulesOf('We read 14 of the 20 files, from 3 teams across the county (80%).'), []);
    // a verb inside the pair: no part of a whole
    assert.deepEqual(rulesOf('In the last month 15 prisoners moved out of the 120 places on the unit (20%).'), []);
  });
  it("judges 'k of whom (P%)' against the whole that 'of whom' points back to", () => {
    // 29 / 45 = 64.4% → 64%, not 69%
    assert.deepEqual(rulesOf('The home is registered for 48 residents, and 45 were living there during the inspection, 29 of whom (69%) were living with dementia.'), ['numbers/percentage-mismatch']);
    // 29 / 45 = 64.4% → 64% ✓
    assert.deepEqual(rulesOf('The home is registered for 48 residents, and 45 were living there during the inspection, 29 of whom (64%) were living with dementia.'), []);
  });
  it("trap: 'k of them (P%)' after a share of the group may be of that share's part", () => {
    // 'them' may be the 36 (80% of 45) who had supervision: 18 / 36 = 50%
    assert.deepEqual(rulesOf('Of the 45 staff, 80% had had supervision, and 18 of them (50%) had had it monthly.'), []);
  });
  it("names the nearer group that 'of these' points back to, when the share is wrong either way", () => {
    // 221 / 640 = 34.5% → 35%, not 38% (and 221 / 2,140 = 10%): the message names the 640
    const text = 'There are 2,140 students aged 16 to 18 at the college, and 640 of them began without a grade 4 in mathematics. By the summer, 221 of these students (38%) had gained one.';
    const c = shareClaim(text, '38%');
    assert.equal(c?.verdict, 'inconsistent');
    assert.equal(figures(c), 'p=38 k=221 n=640');
    // 38 / 97 = 39.2% → 39%, not 35% (and 38 / 412 = 9%): the message names the 97
    const d = shareClaim('Between April and September, 412 women gave birth at the unit. Of these, 97 (24%) had a caesarean section; 38 of those (35%) were emergencies.', '35%');
    assert.equal(figures(d), 'p=35 k=38 n=97');
  });
  it("trap: a share that fits the nearer group is not reported ('38 of those (39%)')", () => {
    // 38 / 97 = 39.2% → 39% ✓
    assert.deepEqual(rulesOf('Between April and September, 412 women gave birth at the unit. Of these, 97 (24%) had a caesarean section; 38 of those (39%) were emergencies.'), []);
  });
  it('leaves alone a share that a reading already judged', () => {
    // 12 (36%) of 36 is judged by the extractor (12 / 36 = 33.3%): reported once, not re-read
    assert.deepEqual(rulesOf('Of the 36 cases, 12 (36%) had a plan.'), ['numbers/percentage-mismatch']);
  });
});
