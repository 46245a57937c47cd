/**
 * How readings of one sentence meet (relations/index.ts, share-beside.ts,
 * scan.ts): a participle after a total leaves its noun out; a figure judged
 * as the total of one share may be the part of another; a reader's reading
 * over figures that each have one already may only confirm; two readers that
 * find the same reading give one claim. Sentences written for these tests,
 * with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

const judgedWith = (finding: string, raw: string) =>
  claimsOf(finding).filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.raw === raw)).map((c) => [c.kind, c.verdict]);

describe('numbers readings: a participle after the total', () => {
  it('reads the count before a hedged share of the total that a participle follows', () => {
    // 25 / 88 = 28.4%, not about half
    assert.deepEqual(rulesOf('We spoke to 25 people, about half of the 88 living at the home.'), ['numbers/fraction-mismatch']);
    // 45 / 88 = 51.1%: about half
    assert.deepEqual(judgedWith('We spoke to 45 people, about half of the 88 living at the home.', '45'), [['fraction', 'ok']]);
  });
  it('does not report a count against a total that an intransitive verb follows', () => {
    // 'improved' may be the verb of a new clause about the 70: 12 / 70 = 17% is not a misstatement of 'nearly half'
    assert.deepEqual(rulesOf('We read 12 files, nearly half of the 70 improved.'), []);
    assert.deepEqual(rulesOf('We saw 9 learners, almost a third of the 60 left early.'), []);
    // … but such a reading still confirms: 33 / 70 = 47.1%, nearly half
    assert.deepEqual(judgedWith('We read 33 files, nearly half of the 70 improved.', '33'), [['fraction', 'ok']]);
  });
  it('reads a transitive participle after the total as naming it', () => {
    // 'registered' only names the 3,900: 700 / 3,900 = 17.9%, not almost a third
    assert.deepEqual(rulesOf('By May 700 services had been graded, almost a third of the 3,900 registered.'), ['numbers/fraction-mismatch']);
    // 1,200 / 3,900 = 30.8%: almost a third
    assert.deepEqual(judgedWith('By May 1200 services had been graded, almost a third of the 3,900 registered.', '1200'), [['fraction', 'ok']]);
  });
});

describe('numbers readings: a total of one share, a part of another', () => {
  it('reads a count that is the whole of a later share as the part of an earlier whole', () => {
    // 1,200 / 3,900 = 30.8%: almost a third; 230 / 1,200 = 19.2% → 19%
    const s = 'By May 1200 services had been graded, almost a third of the 3,900 registered; 230 (19%) had the top grade.';
    const k = claimsOf(s).filter((c) => c.verdict !== 'unchecked');
    assert.ok(k.some((c) => c.kind === 'fraction' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '1200') && c.operands.some((o) => o.raw === '3,900')), 'the fraction of the 3,900 is read');
    assert.ok(k.some((c) => c.operands.some((o) => o.raw === '230') && c.operands.some((o) => o.raw === '1200') && c.verdict === 'ok'), 'the 19% of the 1,200 is read');
    assert.deepEqual(rulesOf(s), []);
  });
  it('keeps a misreading over figures read already from being reported', () => {
    // 'Four out of five … (81%)' is a ratio with its rounding, and 136 is the whole: 'five' is no count of 136
    assert.deepEqual(rulesOf('Four out of five of the 136 hospitals (81%) were rated inadequate or requires improvement, and 11% the lowest rating.'), []);
    // the ratio still disagrees with its own figure: 4/5 = 80%, far from 62%
    assert.deepEqual(rulesOf('Four out of five of the 136 hospitals (62%) were rated inadequate or requires improvement.').length > 0, true);
  });
});

describe('numbers readings: one claim for one reading', () => {
  it('gives one claim when two readers find the same reading', () => {
    // 120 / 480 = 25%: around a quarter
    const found = claimsOf('The team read 120 files, around a quarter of the 480 open cases.').filter((c) => c.operands.some((o) => o.raw === '120'));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.verdict, 'ok');
  });
  it('reports a wrong figure once', () => {
    // 40 / 480 = 8.3%, not around a quarter
    assert.deepEqual(rulesOf('The team read 40 files, around a quarter of the 480 open cases.'), ['numbers/fraction-mismatch']);
  });
});

describe('numbers readings: figures that are not what they first seem', () => {
  it('takes a bracketed share after a later count as the share of the sentence\'s own pair when it fits', () => {
    // 180 / 450 = 40%; 'two' counts people per room, and 2 can be 40% of 5 but the clause is about the rooms
    const ok = 'On the older wings, 180 of the 450 rooms built for one held two people (40%).';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(claimsOf(ok).some((c) => c.kind === 'percent-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '180')));
    // 2 (41%) fits no whole, and 180 / 450 = 40% is not 41% either: still reported
    assert.deepEqual(rulesOf('On the older wings, 180 of the 450 rooms built for one held two people (41%).').length, 1);
  });
  it('reads a birthday as an age, not a count', () => {
    // 'turned 17' is an age; 9 of the 30 reached it, 4 of these were planned for, 9 − 4 = 5 were not
    assert.deepEqual(rulesOf('Of the 30 young people, 9 turned 17 during the order. Transition plans were timely in four of these; in the remaining five they were late.'), []);
    // … and the rest of the nine is still checked: 9 − 4 = 5, not 6
    assert.deepEqual(rulesOf('Of the 30 young people, 9 turned 17 during the order. Transition plans were timely in four of these; in the remaining six they were late.'), ['numbers/complement-mismatch']);
  });
  it('does not take a count for the rest of a ratio', () => {
    // 'one in five' gives no count; the remaining 400 are not 5 − 1
    assert.deepEqual(rulesOf('One in five homes has had a visit this year, and the remaining 400 will be visited by June.'), []);
    assert.deepEqual(rulesOf('Two in every three schools have a report, and the remaining 1,100 are due one; 3,000 of them are small.'), []);
  });
  it('does not count the numbers that say what each part is of', () => {
    // 8 + 5 + 3 + 4 = 20; 'one', 'two', 'three', 'four' count the breaches, not the homes
    assert.deepEqual(judgedWith('The review found 20 homes in breach of at least one standard: eight were in breach of one standard, five with two, three with three and four with four or more.', '20'), [['parts-sum', 'ok']]);
    // 8 + 5 + 3 + 6 = 22, not 20
    assert.deepEqual(rulesOf('The review found 20 homes in breach of at least one standard: eight were in breach of one standard, five with two, three with three and six with four or more.'), ['numbers/parts-sum']);
    // a number in words after a colon opens the list, it is no label ('regulation: nine')
    // 9 + 7 + 5 = 21
    assert.deepEqual(judgedWith('The audit found 21 of them in breach of a regulation: nine were in breach of one regulation, seven with two and five with three or more.', 'nine'), [['parts-sum', 'ok']]);
    // the whole is a part of a count before it ('40 … and found 21 of them'), and 'one or more' is a bound, not a second count: 9 + 7 + 6 = 22, not 21
    assert.deepEqual(rulesOf('We visited 40 homes in the spring and found 21 of them in breach of one or more standards: nine were in breach of one standard, seven with two and six with three or more.'), ['numbers/parts-sum']);
  });
  it('reads a share before a colon as the whole of the shares after it, past a figure with a thousands separator', () => {
    // 33 + 45 = 78: the 78% is their whole, not a third share to add to 100
    assert.deepEqual(rulesOf('Seventy-eight per cent of the 12,480 settings are now good or outstanding: 33 per cent are outstanding and 45 per cent good.'), []);
    // 36 + 45 = 81, not 78
    assert.deepEqual(rulesOf('Seventy-eight per cent of the 12,480 settings are now good or outstanding: 36 per cent are outstanding and 45 per cent good.'), ['numbers/parts-sum']);
  });
});

describe('numbers readings: a clause with a subset between the pair and its share', () => {
  it('judges the pair when the share fits neither the subset nor the pair', () => {
    // 17 / 25 = 68%; the subset 3 is 12% of 25 and 17.6% of 17: 75% fits no reading
    assert.deepEqual(rulesOf('A plan had been agreed in 17 of the 25 cases in which a review was due, including three where the review was late (75%).'), ['numbers/percentage-mismatch']);
    // 68% is the pair's share
    assert.deepEqual(rulesOf('A plan had been agreed in 17 of the 25 cases in which a review was due, including three where the review was late (68%).'), []);
    // 12% is the subset's share of the 25: not the pair's, not reported
    assert.deepEqual(rulesOf('A plan had been agreed in 17 of the 25 cases in which a review was due, including three where the review was late (12%).'), []);
  });
  it('stays linear on a long sentence with many commas and no share', () => {
    const long = `${'In the audit we read the files, and the notes, and the plans, '.repeat(40)}and nothing else.`;
    const t = Date.now();
    rulesOf(long);
    assert.ok(Date.now() - t < 2000, 'the clause-between reading must not backtrack');
  });
});

describe('numbers readings: a share of a group, then its count set off', () => {
  it('reads a count between dashes that names the group in other words', () => {
    // 30 / 87 = 34.5%: not just under a third; 27 / 87 = 31.0% is
    assert.deepEqual(rulesOf('Just under a third of the 87 care staff — 30 people — had finished the training.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Just under a third of the 87 care staff — 27 people — had finished the training.'), []);
  });
  it("reads 'of them' as the one group counted in the sentence before", () => {
    // 11 / 16 = 68.8%: not almost all; 15 / 16 = 93.8% is
    assert.deepEqual(rulesOf('Inspectors met 16 carers on the day. Almost all of them — 11 — said the home kept them informed.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('Inspectors met 16 carers on the day. Almost all of them — 15 — said the home kept them informed.'), []);
    // 'most' of 33: 14 is 42%
    assert.deepEqual(rulesOf('We interviewed 33 people on licence. Most of them, 14 in all, said they saw the same officer.'), ['numbers/quantifier-mismatch']);
  });
  it("leaves 'of them' alone when the sentence before counts two groups", () => {
    assert.deepEqual(rulesOf('Inspectors met 16 carers and 40 residents. Almost all of them — 11 — said the home kept them informed.'), []);
  });
});

describe('numbers readings: a share, a short predicate, then its count in brackets', () => {
  it('judges each share of a list against the frame of the sentence', () => {
    // 24 / 240 = 10%; 110 / 240 = 45.8% → 46%, not 49%; 84 / 240 = 35%; 22 / 240 = 9.2% → 9%
    const s = 'Of the 240 primary schools visited in the term, 10 per cent were judged outstanding (24 schools), 49 per cent good (110), 35 per cent requires improvement (84) and 9 per cent inadequate (22).';
    // (the shares then add up to 103%: the same wrong figure, so one finding)
    assert.deepEqual(rulesOf(s), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf(s.replace('49 per cent', '46 per cent')), []);
  });
  it("takes 'of these' to the count just named, and never judges against a whole it does not fit past another count", () => {
    // 'of these' is the 240 primaries, not the 1,500 schools: 24 / 240 = 10%, 110 / 240 = 46%
    assert.deepEqual(rulesOf('Of the 1,500 schools visited in the term, 240 were primaries; 10 per cent of these were judged outstanding (24 schools), 46 per cent good (110).'), []);
  });
  it('does not read a bracket after later shares as a breakdown of an earlier part', () => {
    // (24 schools) and (110) are the shares' counts, not parts of the 240 that must add up to it
    const d = numbersDiagnostics(reportWith(['Of the 1,500 schools visited in the term, 240 were primaries; 10 per cent of these were judged outstanding (24 schools), 46 per cent good (110).']));
    assert.deepEqual(d.filter((x) => x.ruleId === 'numbers/parts-sum'), []);
  });
  it('leaves a bracket of days or a unit alone', () => {
    assert.deepEqual(rulesOf('Of the 60 complaints, 45 per cent were answered within the target (20 days).'), []);
  });
});

describe('numbers readings: a counted group said to be a share of a whole', () => {
  it('takes the whole from the group counted before', () => {
    // 24 / 52 = 46.2% → 46%, not 43%
    assert.deepEqual(rulesOf('We inspected 52 homes this year. The 24 homes judged good represent 43 per cent of those inspected.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We inspected 52 homes this year. The 24 homes judged good represent 46 per cent of those inspected.'), []);
  });
  it("reads 'of the N' and other verbs of part and whole", () => {
    // 18 / 60 = 30%
    assert.deepEqual(rulesOf('These 18 referrals made up 35 per cent of the 60 received.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('These 18 referrals made up 30 per cent of the 60 received.'), []);
  });
  it('leaves the share unresolved when two groups were counted and neither fits', () => {
    // 12 of 40 = 30%, 12 of 25 = 48%: 50% fits neither, and either could be 'those seen'
    assert.deepEqual(rulesOf('We saw 40 men and 25 women. The 12 who were on remand represent 50 per cent of those seen.'), []);
    // … and one that fits confirms it
    assert.ok(claimsOf('We saw 40 men and 25 women. The 12 who were on remand represent 30 per cent of those seen.').some((c) => c.verdict === 'ok' && c.operands.some((o) => o.raw === '40')));
  });
});

describe('numbers readings: a pair of counts, then its rate', () => {
  it('judges a rate in apposition to k out of n', () => {
    // 9 / 70 = 12.9% → 13%
    assert.deepEqual(rulesOf('The team had 9 vacancies out of an establishment of 70 posts, a vacancy rate of 13%.'), []);
    assert.deepEqual(rulesOf('The team had 9 vacancies out of an establishment of 70 posts, a vacancy rate of 16%.'), ['numbers/percentage-mismatch']);
  });
  it('lets a rate of one count against another pass 100%', () => {
    // 610 / 500 = 122%
    assert.deepEqual(rulesOf('The jail held 610 men against a certified capacity of 500, an occupancy rate of 122%.'), []);
    assert.deepEqual(rulesOf('The jail held 610 men against a certified capacity of 500, an occupancy rate of 128%.'), ['numbers/percentage-mismatch']);
  });
  it('reads a completion rate of k of the n', () => {
    // 150 / 200 = 75%
    assert.deepEqual(rulesOf('Staff had finished 150 of the 200 modules set, a completion rate of 80 per cent.'), ['numbers/percentage-mismatch']);
  });
  it('leaves a rate alone when another count stands between the pair and the rate', () => {
    assert.deepEqual(rulesOf('The team had 9 vacancies out of 70 posts and 4 agency staff, a vacancy rate of 16%.'), []);
  });
});

describe('numbers readings: a share with its count at the end of the clause', () => {
  it('takes the whole from the group counted before', () => {
    // 540 / 1,200 = 45%
    const ok = 'A total of 1,200 homes were inspected in the year. The figures show that 45 per cent of all the homes inspected had improved their grade, a total of 540 homes.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(claimsOf(ok).some((c) => c.kind === 'percent-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '540')));
    // 500 / 1,200 = 41.7% → 42%, not 45%
    assert.deepEqual(rulesOf(ok.replace('540', '500')), ['numbers/percentage-mismatch']);
  });
  it('leaves a count of another noun alone', () => {
    assert.deepEqual(rulesOf('A total of 1,200 homes were inspected in the year. The figures show that 45 per cent of all the homes inspected had improved their grade, a total of 500 residents.'), []);
  });
});

describe('numbers readings: a multiple of a base named in words, and a score out of a scale', () => {
  it('does not take figures of another clause for the base of a multiple', () => {
    // 'the figure for the year before' is not given; 40 and 19 belong to the next clauses
    assert.deepEqual(rulesOf('Twelve homes were rated outstanding, double the figure for the year before; 40 more were good, but 19 were weak.'), []);
    // the base given in the clause is still judged: 50 / 23 = 2.17, more than double
    assert.deepEqual(rulesOf('Attacks on staff more than doubled in a year, from 23 to 50.'), []);
    assert.deepEqual(rulesOf('Attacks on staff more than doubled in a year, from 23 to 40.'), ['numbers/change-mismatch']);
  });
  it('reads a score out of a scale after a rating as no group', () => {
    // 'one out of four' is the rating; 'of them' is the 445 assaults
    assert.deepEqual(rulesOf('The prison was given the lowest safety rating, one out of four. Assaults rose from 263 to 445 in the year, 152 of them on staff.'), []);
  });
});
