/**
 * Hedges and ratios over a sentence's clauses and sentences, round 9 (helper hedges): a share word or a share
 * resolved to the one group counted before, or reported only when it fits no reading of 'them' / 'these'.
 * Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { rulesOf } from './helpers.js';

const FRACTION = ['numbers/fraction-mismatch'];
const flagged = (finding: string) => rulesOf(finding).length > 0;

describe('hedges-9: a fraction of them after a sentence of several counts (them-share.ts)', () => {
  it('reports a share that fits none of the counts nor their sum', () => {
    // 112/486 = 23%, 112/261 = 43%, 112/139 = 81%, 112/496 = 23%: never almost a third
    assert.ok(flagged('Officers made 486 arrests in the year, in Northgate (261), Southbank (139) and Eastfield (96). Almost a third of them (112) were of women.'));
  });
  it('says nothing when one reading fits', () => {
    // 112/340 = 33%: almost a third of the 340 would be just under; 112/360 = 31.1% fits
    assert.deepEqual(rulesOf('Officers made 360 arrests in the year, in Northgate (200) and Southbank (160). Almost a third of them (112) were of women.'), []);
    // 'them' the 820 men (48.5%) or the 90 women
    assert.deepEqual(rulesOf('The prison held 820 men and 90 women. Nearly half of them (398) were on remand.'), []);
  });
  it('says nothing after two groups of their own, even when no reading fits', () => {
    // 300/820 = 36.6%, 300/910 = 33%: 'them' may be a group not counted; several groups are confirm-only
    assert.deepEqual(rulesOf('The prison held 820 men and 90 women. Nearly half of them (300) were on remand.'), []);
  });
  it('reads a share opening the clause after a semicolon against the clause before', () => {
    // 248/1,046 = 23.7%: not roughly one in ten
    assert.ok(flagged('In the year, 1,046 patients waited more than two hours; roughly one in ten of them (248) waited more than four.'));
    // 101/1,046 = 9.7%
    assert.deepEqual(rulesOf('In the year, 1,046 patients waited more than two hours; roughly one in ten of them (101) waited more than four.'), []);
    // 248/1,046 = 23.7%: not roughly a tenth
    assert.deepEqual(rulesOf('In the year, 1,046 patients waited more than two hours; roughly a tenth of them (248) waited more than four.'), FRACTION);
  });
});

describe('hedges-9: Of these, k … (P%) (of-these-share.ts)', () => {
  it('reads past a time threshold in the clause', () => {
    // 312/1,164 = 26.8%
    assert.ok(flagged('At the end of June, 1,164 people were waiting for a review. Of these, 312 had waited longer than six months (31%).'));
    assert.deepEqual(rulesOf('At the end of June, 1,164 people were waiting for a review. Of these, 312 had waited longer than six months (27%).'), []);
  });
  it('reports a share after a change that fits neither count nor their sum', () => {
    // 96/1,214 = 7.9%, 96/1,138 = 8.4%, 96/2,352 = 4.1%: never 11%
    assert.ok(flagged('Restraints in the unit rose from 1,138 in 2023 to 1,214 in 2024. Of these, 96 involved a child (11%).'));
    // 96/1,214 = 7.9%
    assert.deepEqual(rulesOf('Restraints in the unit rose from 1,138 in 2023 to 1,214 in 2024. Of these, 96 involved a child (8%).'), []);
    // 96/1,138 = 8.4%: the earlier year's reading holds
    assert.deepEqual(rulesOf('Restraints in the unit rose from 1,138 in 2023 to 1,214 in 2024. Of these, 96 involved a child (8.4%).'), []);
  });
  it('still leaves two groups of their own unresolved', () => {
    // 96/520 = 18%, 96/640 = 15%: 'these' may be either, or neither
    assert.deepEqual(rulesOf('The trust employed 520 nurses and 120 doctors. Of these, 96 were agency staff (11%).'), []);
  });
});

describe('hedges-9: a count after ", and" with its share in dashes (apposition.ts)', () => {
  it('takes the one count of the clause before as the whole', () => {
    // 1,106/1,842 = 60.0%
    assert.ok(flagged('In March, 1,842 pupils were waiting for a place, and 1,106 – or 52% – had waited a term or more.'));
    assert.deepEqual(rulesOf('In March, 1,842 pupils were waiting for a place, and 1,106 – or 60% – had waited a term or more.'), []);
  });
  it('says nothing when the share is of a group named after it', () => {
    // 120/400 = 30%; the 45% is of the reviews, not of the assessments
    assert.deepEqual(rulesOf('Staff completed 400 assessments, and 120 – or 45% – of the reviews were late.'), []);
  });
  it('says nothing when the clause before counts two things', () => {
    assert.deepEqual(rulesOf('In March, 1,842 pupils and 300 adults were waiting, and 210 – or 52% – had waited a term or more.'), []);
  });
});

describe('hedges-9: a ratio closing a count\'s clause (ratio.ts)', () => {
  it('reads it against the frame the sentence opens with', () => {
    // 372/2,640 = 14.1%: not about one in four
    assert.deepEqual(rulesOf('Of the 2,640 requests waiting, 372 had been waiting for more than a year, about one in four, and none had been triaged.'), FRACTION);
    // 650/2,640 = 24.6%
    assert.deepEqual(rulesOf('Of the 2,640 requests waiting, 650 had been waiting for more than a year, about one in four, and none had been triaged.'), []);
  });
  it('reads it against a pair, an of-whom group and the one group of the sentence before', () => {
    assert.deepEqual(rulesOf('372 of the 2,640 requests had been waiting for more than a year, about one in four.'), FRACTION);
    // 30/88 = 34%: not nearly one in two; 42/88 = 47.7% is
    assert.deepEqual(rulesOf('The agency supported 88 people, 30 of whom lived alone, nearly one in two.'), FRACTION);
    assert.deepEqual(rulesOf('The agency supported 88 people, 42 of whom lived alone, nearly one in two.'), []);
    // 180/1,200 = 15%: not about one in three; 400/1,200 = 33.3% is
    assert.deepEqual(rulesOf('The academy had 1,200 students on roll. Of these, 180 had a support plan, about one in three.'), FRACTION);
    assert.deepEqual(rulesOf('The academy had 1,200 students on roll. Of these, 400 had a support plan, about one in three.'), []);
  });
  it('does not read a ratio with words of its own after it', () => {
    assert.deepEqual(rulesOf('Of the 2,640 requests waiting, 372 had been waiting for more than a year, about one in four nationally.'), []);
    assert.deepEqual(rulesOf('The academy had 1,200 students and 90 staff. Of these, 180 had a support plan, about one in three.'), []);
  });
});
