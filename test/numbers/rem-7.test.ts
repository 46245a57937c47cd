/**
 * Remainders, round 7 (helper rem): a rest is of the whole after every part
 * listed before it; a rest named with its figure in brackets or between
 * commas; 'the balance'; 'a further' parts that cannot overlap; a rest two
 * sentences after its whole behind a frame's preposition. Sentences written
 * for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const MISMATCH = ['numbers/complement-mismatch'];
const FRACTION = ['numbers/fraction-mismatch'];
const okKind = (finding: string, kind: string) => claimsOf(finding).some((c) => c.kind === kind && c.verdict === 'ok');

describe('rem-7: a share rest after counts listed (extract/complement.ts)', () => {
  it('takes the rest of the whole after all the counts listed', () => {
    // 62 + 110 = 172 of 200 = 86%: the rest is 14%
    assert.ok(okKind('Of the 200 cases, 62 were good, 110 were partly good and in the remaining 14% the work was poor.', 'complement'));
    assert.deepEqual(rulesOf('Of the 200 cases, 62 were good, 110 were partly good and in the remaining 14% the work was poor.'), []);
    // 100% - 86% = 14%, not 19%
    assert.deepEqual(rulesOf('Of the 200 cases, 62 were good, 110 were partly good and in the remaining 19% the work was poor.'), MISMATCH);
  });
  it('leaves the rest unresolved when the rest of the first count alone fits', () => {
    // 10 + 5 = 15 of 30: the rest is a half, not two-thirds; but 10 of 30 alone leaves two-thirds
    assert.deepEqual(rulesOf('Of the 30 staff, 10 had completed the training, 5 had started it and the other two-thirds had not.'), []);
  });
  it('leaves it unread when a count between is a part of a part', () => {
    // '3 of them' is within the 62: the rest is not 100% - (62 + 3)/200
    assert.deepEqual(rulesOf('Of the 200 cases, 62 were good, 3 of them outstanding, and in the remaining 69% the work was poor.'), []);
  });
});

describe('rem-7: the other fraction (extract/complement.ts)', () => {
  it('reads a fraction after "the other" as the rest of a pair', () => {
    // 30 - 10 = 20 of 30 = two-thirds
    assert.ok(okKind('Of the 30 staff, 10 had completed the training; the other two-thirds had not.', 'complement'));
    // 30 - 12 = 18 of 30 = 60%, not two-thirds
    assert.deepEqual(rulesOf('Of the 30 staff, 12 had completed the training; the other two-thirds had not.'), FRACTION);
  });
});

describe('rem-7: shares closed by a named rest in one sentence (relations/remaining-shares.ts listRest)', () => {
  it('reports an excess', () => {
    // 73 + 29 = 102, beyond the 1 that two rounded shares allow
    assert.deepEqual(rulesOf('Across the 220 reviews, 73% had been completed on time; the rest, 29%, were late.'), MISMATCH);
    // 58 + 14 + 32 = 104
    assert.deepEqual(rulesOf("Of the 160 children's homes inspected, 58% were judged good, 14% outstanding and the remainder (32%) requires improvement or inadequate."), MISMATCH);
  });
  it('reports a shortfall when no share comes before the sentence', () => {
    // 58 + 14 + 20 = 92, short of 100 by more than rounding
    assert.deepEqual(rulesOf("Of the 160 children's homes inspected, 58% were judged good, 14% outstanding and the remainder (20%) requires improvement or inadequate."), MISMATCH);
  });
  it('confirms shares that make the whole', () => {
    // 45 + 25 + 30 = 100
    assert.ok(okKind('Of the 240 staff who responded, 45% said they felt supported, 25% were unsure and the rest (30%) said they did not.', 'shares-sum'));
    // 61 + 39 = 100
    assert.deepEqual(rulesOf('In the services we evaluated, 61% of the personal plans were of a good standard; the rest, 39%, needed to be improved.'), []);
  });
  it('stands aside when the shares may be of two groups or overlap', () => {
    // boys and girls: two wholes, 61 + 40 + 60 is no partition
    assert.deepEqual(rulesOf('In the survey, 61% of boys and 40% of girls said yes; the rest, 60%, said no.'), []);
    // 'both': the shares overlap
    assert.deepEqual(rulesOf('Of the 80 staff, 60% had both kinds of training, 30% had one and the rest (20%) had none.'), []);
    // a shortfall after a share in the sentence before may have left that share out: 40 + 30 + 20 = 90
    assert.deepEqual(rulesOf('In 10% of cases there was no plan. In 40% the plan was good, in 30% it was adequate and in the remaining 20% it was poor.'), []);
  });
});

describe('rem-7: the balance, further parts and a framed rest (relations/remainder.ts)', () => {
  it('reads "the balance of N" and "the balance, N,"', () => {
    // 71 + 27 = 98, not 96
    assert.deepEqual(rulesOf('Of the 96 staff eligible, 71 had completed safeguarding training and the balance of 27 were booked onto a course.'), MISMATCH);
    // 71 + 25 = 96
    assert.ok(okKind('Of the 96 staff eligible, 71 had completed safeguarding training and the balance, 25, were booked onto a course.', 'remainder'));
  });
  it('judges parts after "a further", which cannot overlap the ones before', () => {
    // 19 + 5 + 7 = 31, not 30
    assert.deepEqual(rulesOf('We looked at 30 cases. In 19 there was a sentence plan, a further five had one in draft and, of the remaining seven, three had no plan at all.'), MISMATCH);
    // 19 + 4 + 7 = 30
    assert.deepEqual(rulesOf('We looked at 30 cases. In 19 there was a sentence plan, a further four had one in draft and, of the remaining seven, three had no plan at all.'), []);
  });
  it('reads the verb of a framed part past its subject, and leaves parts with different verbs unjudged on an excess', () => {
    // 'had' and 'offered' may overlap: 30 + 15 + 6 = 51 of 50 is consistent with one case having both
    assert.deepEqual(rulesOf('We looked at 50 cases. In 30 the worker had a plan, in 15 the worker offered support and the remaining 6 had nothing.'), []);
    assert.deepEqual(rulesOf('We looked at 50 cases. In 30 the worker had a plan, 15 offered support and the remaining 6 had nothing.'), []);
    // one verb over the parts: 30 + 15 + 6 = 51, not 50
    assert.deepEqual(rulesOf('We looked at 50 cases. In 30 the plan was good, in 15 it was adequate and in the remaining 6 it was poor.'), MISMATCH);
  });
  it('reads a rest opening its sentence after "At", "On" or "From"', () => {
    // 31 + 15 = 46, not 48
    assert.deepEqual(rulesOf('Ofsted carried out 48 monitoring visits. At 31 of them, inspectors found effective action. At the remaining 15, progress was insufficient.'), MISMATCH);
    // 31 + 17 = 48
    assert.ok(okKind('Ofsted carried out 48 monitoring visits. At 31 of them, inspectors found effective action. At the remaining 17, progress was insufficient.', 'remainder'));
  });
});

describe('rem-7: a rough part, and shares closed in the next sentence', () => {
  it('judges the rest of a rough part only when it fits (extract/complement.ts)', () => {
    // 'About 30' may be 28: 40 - 28 = 12, so 12 is no error
    assert.deepEqual(rulesOf('About 30 of the 40 staff had been trained; the remaining 12 had not.'), []);
    // 40 - 30 = 10
    assert.ok(okKind('About 30 of the 40 staff had been trained; the remaining 10 had not.', 'complement'));
  });
  it('closes a list of shares of the sentence before (relations/remaining-shares.ts loneRest)', () => {
    // 62 + 21 + 21 = 104: 'a further' makes the two shares one list
    assert.deepEqual(rulesOf('In 62% of the cases the plan was good, and a further 21% had a plan that was adequate. In the remaining 21% there was no plan.'), MISMATCH);
    // 62 + 21 + 17 = 100
    assert.ok(okKind('In 62% of the cases the plan was good, and a further 21% had a plan that was adequate. In the remaining 17% there was no plan.', 'shares-sum'));
    // shares framed alike, 'in P%': 62 + 21 + 25 = 108
    assert.deepEqual(rulesOf('In 62% of the cases the plan was good, in 21% it was adequate. In the remaining 25% there was no plan.'), MISMATCH);
  });
  it('stands aside for shares of two questions before the rest', () => {
    // a good plan and a risk assessment may overlap, and 'neither' says so: 62 + 40 + 38 is no partition
    assert.deepEqual(rulesOf('In 62% of the cases the plan was good, and 40% had a risk assessment. The remaining 38% had neither.'), []);
  });
});

describe('rem-7: the rest of "all but" and "the others (N)" (relations/remainder.ts)', () => {
  it('takes the part of "all but c of the n" as n - c', () => {
    // 26 - 2 = 24; 24 + 2 = 26
    assert.deepEqual(rulesOf('All but two of the 26 homes were rated good or better; the other two were judged to require improvement.'), []);
    // 26 - 3 = 23; 23 + 2 = 25, not 26
    assert.deepEqual(rulesOf('All but three of the 26 homes were rated good or better; the other two were judged to require improvement.'), MISMATCH);
  });
  it('reads the others with their count in brackets', () => {
    // 61 + 21 = 82, not 80
    assert.deepEqual(rulesOf('Sixty-one of the 80 cases had a plan. The others (21) did not.'), MISMATCH);
    // 61 + 19 = 80
    assert.ok(okKind('Of the 80 cases, 61 had a plan and the others (19) did not.', 'remainder'));
  });
});

describe('rem-7: a part of the rest before it, "k of the remaining N" (relations/remainder.ts)', () => {
  it('reads the rest past the part of it', () => {
    // 12 + 8 = 20, not 19 (the five are within the eight)
    assert.deepEqual(rulesOf('Of the 19 inspections, 12 led to a good grade, and five of the remaining eight led to a grade of requires improvement.'), MISMATCH);
    // 12 + 7 = 19, and 5 <= 7
    assert.deepEqual(rulesOf('Of the 19 inspections, 12 led to a good grade, and five of the remaining seven led to a grade of requires improvement.'), []);
  });
  it('reports a part larger than the rest', () => {
    // 9 of 7 is impossible
    assert.deepEqual(rulesOf('Of the 19 inspections, 12 led to a good grade, and nine of the remaining seven were poor.'), ['numbers/impossible']);
  });
});

describe('rem-7: rests that are not all of what is left', () => {
  it('leaves a rest with an uncounted part before it unjudged', () => {
    // 'the others' are counted by no figure: 41 + 9 of 70 leaves 20 unnamed, no error
    assert.deepEqual(rulesOf('Of the 70 children, 41 were placed in foster care and the others were in residential care or placed with parents; the remaining 9 children were in secure settings.'), []);
  });
  it('leaves a rest as large as its whole unjudged', () => {
    // 30 homes in the region are more than the 12 inspected: another group
    assert.deepEqual(rulesOf('We inspected 12 homes in the north. Nine were good. The other 30 homes in the region were inspected last year.'), []);
  });
  it('still reports a plain rest', () => {
    // 11 + 5 = 16, not 18
    assert.deepEqual(rulesOf('Of the 18 care leavers, 11 had an up-to-date plan; the other five were in custody.'), MISMATCH);
  });
});

describe('rem-7: shares that cannot all be parts of the rest (relations/remaining-shares.ts listRest)', () => {
  it('stands aside when the shares before the rest make 100% or more on their own', () => {
    // 91 + 94 = 185: a comparison, not parts
    assert.deepEqual(rulesOf('Attendance was 91%, below the national figure of 94%; the remaining 9% of sessions were missed.'), []);
    // 61 + 80 = 141: answers to two questions
    assert.deepEqual(rulesOf('Of those who replied, 61% were satisfied, 80% would recommend the service and the rest (20%) would not.'), []);
  });
  it('stands aside when the rest fits the last shares alone', () => {
    // 62 + 38 = 100: the rest of this year's share, not of last year's as well
    assert.deepEqual(rulesOf('Last year 58% of homes were good; this year 62% were good and the rest (38%) were not.'), []);
  });
});

describe('rem-7: a list carried on by "a further" in the sentence before the rest (relations/remainder.ts)', () => {
  it('takes the count two sentences back as the whole, not the first part', () => {
    // 140 + 40 + 30 = 210
    assert.ok(okKind('There were 210 use of force incidents. In 140 the paperwork was complete; in a further 40 it was partly complete. In the remaining 30, there was no paperwork.', 'remainder'));
    // 140 + 40 + 20 = 200, not 210
    assert.deepEqual(rulesOf('There were 210 use of force incidents. In 140 the paperwork was complete; in a further 40 it was partly complete. In the remaining 20, there was no paperwork.'), MISMATCH);
  });
});
