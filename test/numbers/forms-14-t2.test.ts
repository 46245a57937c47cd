/**
 * Forms read by tuner t2 in the session of 2026-12-06 (sentences written for these tests): counts that must add up
 * to a stated total, and rests ('the remaining N') of parts told before.
 */
import assert from 'node:assert/strict';
import { claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

describe("'all N …; half were …, and the remaining M' (extract/complement.ts, relations/remainder.ts UNCOUNTED_PART)", () => {
  it("takes no rest from 'all N', which is the whole, and none past a part named by a share word with no figure", () => {
    // 'all 10' is the whole: the rest is of 'half' (5), 10 − 5 = 5, which the words give no figure for
    assert.deepEqual(rulesOf('Inspectors assessed all 10 standards; half were met in full, and the remaining five were not met.'), []);
    // 'most' names a part with no figure: what 'the remaining three' is the rest of is not known
    assert.deepEqual(rulesOf('We looked at all 20 care plans; most were up to date, and the remaining three were not.'), []);
    assert.deepEqual(rulesOf('All 14 homes were visited. Two-thirds were judged safe and the remaining four were not.'), []);
  });
  it('still judges a rest of a counted part', () => {
    // 20 − 12 = 8, not 9
    assert.ok(rulesOf('Of the 20 centres, 12 were good; the remaining 9 were adequate.').includes('numbers/complement-mismatch'));
    // 20 − 12 = 8
    assert.deepEqual(rulesOf('Of the 20 centres, 12 were good; the remaining 8 were adequate.'), []);
  });
});

describe("'with' as a separator of parts only when it opens its clause (relations/parts-sum.ts SEPARATOR)", () => {
  it("a count after a verb and 'with' in a clause of its own is no part of the list before", () => {
    // 2 + 1 = 3; the 11 children are another group
    assert.deepEqual(rulesOf('Of the three standards assessed, two were substantially compliant and one was compliant; inspectors talked with 11 children about their rights.'), []);
    const c = claimsOf('Of the three standards assessed, two were substantially compliant and one was compliant; inspectors talked with 11 children about their rights.').find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
    assert.deepEqual(rulesOf('Of the 12 files we read, eight were complete and four were not; we met with 15 staff.'), []);
  });
  it("', with 70 upheld, …' still opens a list of parts", () => {
    // 70 + 30 + 25 = 125, not 120
    assert.deepEqual(rulesOf('A total of 120 complaints were received, with 70 upheld, 30 partly upheld and 25 not upheld.'), ['numbers/parts-sum']);
    // 70 + 30 + 20 = 120
    assert.deepEqual(rulesOf('A total of 120 complaints were received, with 70 upheld, 30 partly upheld and 20 not upheld.'), []);
  });
});

describe("'Four were met, three were partly met and two were not met' (relations/grade-parts.ts siblingOfGrades)", () => {
  it('takes a count whose clause ends in a word of the scale for a part, not for the whole of the parts after it', () => {
    // 4 + 3 + 2 = 9: 'Four' is no whole of 3 + 2 ('met' is no grade of the scale 'Well met', 'Partly met', …)
    assert.deepEqual(rulesOf('The inspection covered nine rules. Four were met, three were partly met and two were not met.'), []);
    // 4 + 3 + 2 = 9, not 8
    assert.deepEqual(rulesOf('The inspection covered eight rules. Four were met, three were partly met and two were not met.'), ['numbers/parts-sum']);
  });
  it('trap: a whole with a clause of its own before the grades is still the whole', () => {
    // 3 + 20 + 4 = 27, not 26
    assert.deepEqual(rulesOf('Twenty-six services were inspected, three were rated outstanding, 20 good and four inadequate.'), ['numbers/parts-sum']);
    // 3 + 20 + 3 = 26
    assert.deepEqual(rulesOf('Twenty-six services were inspected, three were rated outstanding, 20 good and three inadequate.'), []);
  });
});

describe("one outcome in its degrees, the last a bare denial: '… were complied with, … substantially complied with and two were not' (relations/parts-sum.ts degreeScale)", () => {
  it('reads the list as exclusive degrees of the outcome and judges an excess over the group counted before', () => {
    // 4 + 3 + 2 = 9, more than the eight rules
    assert.deepEqual(rulesOf('The inspection covered eight rules. Four of the rules were complied with, three were substantially complied with and two were not.'), ['numbers/parts-sum']);
    // 4 + 3 + 3 = 10, more than nine
    assert.deepEqual(rulesOf('The inspection covered nine rules. Four were compliant, three were substantially compliant and three were not.'), ['numbers/parts-sum']);
    // 12 + 10 + 8 = 30
    const c = claimsOf('We looked at 30 plans. Twelve were reviewed, ten were partly reviewed and eight were not.').find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
  });
  it('traps: a shortfall is not judged (a case may be left out), nor parts with different outcomes', () => {
    // 4 + 3 + 1 = 8 of nine: one rule may not have been assessed
    assert.deepEqual(rulesOf('The inspection covered nine rules. Four were compliant, three were substantially compliant and one was not.'), []);
    // inspected and reviewed are two questions: 6 + 5 + 2 = 13 of ten may overlap
    assert.deepEqual(rulesOf('We looked at ten plans. Six were inspected, five were reviewed and two were not.'), []);
  });
});

describe("a running total carried on by an addition: '44 … by June. Another 13 …, taking the number discharged to 55' (relations/running-total.ts)", () => {
  it('judges the earlier level and the addition against the new total', () => {
    // 44 + 13 = 57, not 55
    assert.deepEqual(rulesOf('Forty-four recommendations had been discharged by June. Another 13 were signed off by the end of September, taking the number discharged to 55.'), ['numbers/parts-sum']);
    // 30 + 12 = 42, not 40
    assert.deepEqual(rulesOf('By March, 30 homes had been inspected, and a further 12 were inspected in April, bringing the number inspected to 40.'), ['numbers/parts-sum']);
    // 44 + 11 = 55
    const c = claimsOf('The last progress report recorded 44 recommendations as discharged. The group has since signed off a further 11 as complete, which brings the number discharged to 55.').find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
  });
  it('traps: an earlier flow of a period, or a total that names nothing, is not judged', () => {
    // the number recruited may hold staff recruited before 2023: 12 + 5 = 17 of 30 is no error
    assert.deepEqual(rulesOf('Twelve inspectors had been recruited in 2023. Another five were recruited in 2024, bringing the number recruited to 30.'), []);
    // 'the total' of what? 120 + 30 = 150, not 160: unresolved
    assert.deepEqual(rulesOf('We have closed 120 cases so far. Another 30 were closed this week, bringing the total to 160.'), []);
  });
});

describe("cases the inspectors examined, each given one degree of a standard: 'We examined 120 files. Of these, 54 were rated fully meeting the standard, 41 partially meeting it and 23 not meeting it.' (relations/parts-sum.ts degreeScale, examinedBefore)", () => {
  it('judges a shortfall too: every case examined has its degree', () => {
    // 54 + 41 + 23 = 118, not 120
    assert.deepEqual(rulesOf('We examined 120 files. Of these, 54 were rated fully meeting the standard, 41 partially meeting it and 23 not meeting it.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Of the 120 files we examined, 54 were rated fully meeting the standard, 41 partially meeting it and 23 not meeting it.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('We examined 120 files. Of these, 54 were effective, 41 partly effective and 23 not effective.'), ['numbers/parts-sum']);
    // 54 + 41 + 25 = 120
    assert.deepEqual(rulesOf('We examined 120 files. Of these, 54 were effective, 41 partly effective and 25 not effective.'), []);
  });
  it('trap: a group that was not examined may hold cases with no degree', () => {
    // published, not examined: 118 of 120 may leave two unassessed
    assert.deepEqual(rulesOf('We published 120 files. Of these, 54 were effective, 41 partly effective and 23 not effective.'), []);
  });
});

describe("a pair, one more part opening the next sentence, and the rest: '29 … made, and 15 of them achieved. Two are no longer relevant, and … the remaining 14' (relations/remainder.ts pairAndOne)", () => {
  it('judges the rest of the pair less the part', () => {
    // 29 − 15 − 2 = 12, not 14
    assert.deepEqual(rulesOf('At the last inspection 29 recommendations were made, and 15 of them have since been achieved. Two are no longer relevant, and we again identify the remaining 14 as areas requiring attention.'), ['numbers/complement-mismatch']);
    // 15 + 2 + 12 = 29
    const c = claimsOf('At the last inspection 29 recommendations were made, and 15 of them have since been achieved. Two are no longer relevant, and we again identify the remaining 12 as areas requiring attention.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a rest still to come is of a wider programme', () => {
    // 'will be followed up': not judged
    assert.deepEqual(rulesOf('We made 29 recommendations, and 15 of them have been achieved. Two were dropped; the remaining 10 will be followed up at the next visit.'), []);
  });
});

describe("shares by grade with the grades in quotation marks, a whole with a thousands separator, a year before the shares (relations/grade-shares.ts)", () => {
  it('reads every grade of the scale, of the cases graded, and judges a shortfall', () => {
    // 18 + 72 + 4 + 1 = 95%: every grade, at their most recent inspection
    assert.deepEqual(rulesOf("At their most recent inspection, 18% of the 2,140 nurseries in the region were 'outstanding', 72% 'good', 4% 'requires improvement' and 1% 'inadequate'."), ['numbers/parts-sum']);
    // 18 + 72 + 4 + 6 = 100%
    assert.deepEqual(rulesOf("At their most recent inspection, 18% of the 2,140 nurseries in the region were 'outstanding', 72% 'good', 4% 'requires improvement' and 6% 'inadequate'."), []);
    // 13 + 43 + 31 + 18 = 105%: a case has one grade
    assert.deepEqual(rulesOf('The grades of the schools inspected in 2023 were: outstanding 13%, good 43%, requires improvement 31%, inadequate 18%.'), ['numbers/parts-sum']);
  });
  it('trap: a shortfall of a whole that is not said to be graded stays open', () => {
    // 95%: some of the 2,140 nurseries may not have been inspected
    assert.deepEqual(rulesOf("Of the 2,140 nurseries in the region, 18% were 'outstanding', 72% 'good', 4% 'requires improvement' and 1% 'inadequate'."), []);
  });
});

describe("the two poles of one answer and 'the remaining N … felt neither' (relations/remainder.ts oppositePoles; relations/index.ts SUMS)", () => {
  it("reads 'neither' as the middle between a word and its negative, not the parts' union", () => {
    // 200 − 86 − 39 = 75, not 70
    assert.deepEqual(rulesOf('Of the 200 people who answered, 86 felt safe, 39 felt unsafe and the remaining 70 felt neither.'), ['numbers/complement-mismatch']);
    // 86 + 39 + 75 = 200
    assert.deepEqual(rulesOf('Of the 200 people who answered, 86 felt safe, 39 felt unsafe and the remaining 75 felt neither.'), []);
    // 1,960 − 862 − 392 = 706, not 760; the shares beside each count are read too, and the rest is judged over them
    const c = claimsOf('Of the 1,960 people who answered, 862 (44 per cent) felt very or quite safe, 392 (20 per cent) felt quite or very unsafe and the remaining 760 (36 per cent) felt neither.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'inconsistent');
  });
  it("trap: 'neither' after two things had is the rest of their union, which may overlap", () => {
    // a prisoner may have a job and a course: 86 + 39 + 70 = 195 of 200 is not judged
    assert.deepEqual(rulesOf('Of the 200 prisoners, 86 had a job, 39 had a course and the remaining 70 had neither.'), []);
  });
});

describe("a frame with an owner's name before the count: 'Of the NAO's 820 staff, 610 … and the other 240 …' (relations/remainder.ts wholeIn)", () => {
  it('reads the count as the whole the parts and the rest make', () => {
    // 820 − 610 = 210, not 240
    assert.deepEqual(rulesOf("Of the NAO's 820 staff, 610 worked on financial audit and the other 240 on value-for-money studies."), ['numbers/complement-mismatch']);
    // 610 + 210 = 820
    assert.deepEqual(rulesOf("Of the NAO's 820 staff, 610 worked on financial audit and the other 210 on value-for-money studies."), []);
  });
  it('trap: a rest narrowed by a clause of its own is not all of the rest', () => {
    assert.deepEqual(rulesOf("Of the council's 40 homes, 25 were good, and of the other 12 we visited, most were adequate."), []);
  });
});

describe("shares closed by ', so that P% were … in all', written 'per cent', with amounts after 'by' (relations/trailing-total.ts shareTotal)", () => {
  it('judges the shares against the total the words make their sum', () => {
    // 35.6 + 3.3 + 0.2 = 39.1, not 41.1
    assert.deepEqual(rulesOf('Of the 718,276 grades, 35.6 per cent were adjusted down by one grade, 3.3 per cent by two grades and 0.2 per cent by three, so that 41.1 per cent were downgraded in all.'), ['numbers/parts-sum']);
    // 35.6 + 3.3 + 0.2 = 39.1
    const c = claimsOf('Of the 718,276 grades, 35.6 per cent were adjusted down by one grade, 3.3 per cent by two grades and 0.2 per cent by three, so that 39.1 per cent were downgraded in all.').find((x) => x.kind === 'shares-sum' && x.verdict === 'ok');
    assert.ok(c);
  });
  it("trap: 'so that' with no 'in all' after the share makes no total", () => {
    assert.deepEqual(rulesOf('Of the 718,276 grades, 35.6 per cent were adjusted down and 3.3 per cent were adjusted up, so that 41.1 per cent of centres were affected.'), []);
  });
});

describe("a total 'in all' after an addition opening its sentence, and 'those N' naming two groups together (relations/running-total.ts)", () => {
  it("'… 1,333 new complaints. A further 334 …, so that 1,677 cases came to us in all.'", () => {
    // 1,333 + 334 = 1,667, not 1,677
    assert.deepEqual(rulesOf('The office received 1,333 new complaints in the year. A further 334 were re-presented, so that 1,677 cases came to us in all.'), ['numbers/parts-sum']);
    // 40 + 12 = 52
    assert.deepEqual(rulesOf('We inspected 40 homes in the spring. A further 12 were inspected in the autumn, making 52 inspections in all.'), []);
  });
  it("'97 schools … and another 130 … . … each of those 237 schools.'", () => {
    // 97 + 130 = 227, not 237
    assert.deepEqual(rulesOf('Ninety-seven schools are in the most serious category and another 130 have growing deficits. Specialist staff will work with each of those 237 schools.'), ['numbers/parts-sum']);
    // 12 + 8 = 20, not 21, in one sentence
    assert.deepEqual(rulesOf('Twelve homes were rated good and another eight outstanding; we will revisit those 21 homes.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Twelve homes were rated good and another eight were rated outstanding. We will revisit all of those 20 homes next year.'), []);
  });
  it("traps: no 'in all', or 'those N' of another noun, makes no total", () => {
    assert.deepEqual(rulesOf('We inspected 40 homes in the spring. A further 12 were inspected in the autumn, so that 20 had been seen twice.'), []);
    assert.deepEqual(rulesOf('Twelve homes were rated good and another eight were rated outstanding. Inspectors met those 30 managers last year.'), []);
  });
});

describe("'the other P%' as the rest of a share (extract/complement.ts)", () => {
  it('judges the rest as it does after the remaining', () => {
    // 100 − 14 = 86, not 84
    assert.deepEqual(rulesOf('Investigation was completed on 31,333 allegations. Fourteen per cent of them were upheld, and the other 84% were not upheld.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('Investigation was completed on 31,333 allegations. Fourteen per cent of them were upheld, and the other 86% were not upheld.'), []);
  });
  it('trap: a rough share leaves a rough rest, not judged', () => {
    assert.deepEqual(rulesOf('About 40% of homes were good, and the other 55% were not.'), []);
  });
});

describe("shares joined by 'and' and a verb, then 'the other P%' (extract/complement.ts siblingShare)", () => {
  it('reads the rest as the rest of every share listed', () => {
    // 100 − (76 + 11) = 13, not 15
    assert.deepEqual(rulesOf('The Ombudsman made 134 recommendations: the Prison Service accepted 76% of them and rejected 11%, and a decision was awaited on the other 15%.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('The Ombudsman made 134 recommendations: the Prison Service accepted 76% of them and rejected 11%, and a decision was awaited on the other 13%.'), []);
  });
  it('trap: a share between of a whole of its own leaves the rest unresolved', () => {
    assert.deepEqual(rulesOf('Staff accepted 76% of the recommendations and spent 11% of the budget on training, and the other 15% went on agency cover.'), []);
  });
});

describe("a finding and its denial, each 'in k', then 'in the remaining c' (relations/remainder.ts foundAndDenied)", () => {
  it('judges the parts and the rest against the one count of the sentence before', () => {
    // 268 + 107 + 47 = 422, not 412
    assert.deepEqual(rulesOf('The Ombudsman determined 412 complaints. It found maladministration or service failure in 268, no maladministration in 107 and, in the remaining 47, that the landlord had already put things right.'), ['numbers/complement-mismatch']);
    // 268 + 97 + 47 = 412
    assert.deepEqual(rulesOf('The Ombudsman determined 412 complaints. It found maladministration or service failure in 268, no maladministration in 97 and, in the remaining 47, that the landlord had already put things right.'), []);
  });
  it('trap: two findings of different things may overlap', () => {
    // poor planning and poor recording may be found in the same case
    assert.deepEqual(rulesOf('We reviewed 50 cases. We found poor planning in 30, poor recording in 20 and, in the remaining 10, no concerns.'), []);
  });
});

describe("a list opened by a denied verb in the sentence between, 'We did not uphold 96 of them and upheld 23', then 'The other 15' (relations/remainder.ts DENIED_LEAD)", () => {
  it('reads the whole two sentences back and its parts in the sentence between', () => {
    // 144 − 96 − 23 = 25, not 15
    assert.deepEqual(rulesOf('Our investigators finished 144 complaint investigations in August 2023. We did not uphold 96 of them and upheld 23 in full or in part. The other 15 were settled by mediation.'), ['numbers/complement-mismatch']);
    // 96 + 23 + 25 = 144
    assert.deepEqual(rulesOf('Our investigators finished 144 complaint investigations in August 2023. We did not uphold 96 of them and upheld 23 in full or in part. The other 25 were settled by mediation.'), []);
  });
  it('trap: a rest still to come is of a wider group', () => {
    assert.deepEqual(rulesOf('Our investigators finished 144 complaint investigations in August 2023. We did not uphold 96 of them and upheld 23 in full or in part. The other 15 will be decided next month.'), []);
  });
});

describe("a table's share column over one outcome in all its degrees, 'Upheld', 'Partly upheld', 'Not upheld' (tables/shares-sum.ts degreeLabels)", () => {
  const table = (rows: string[]) => `${FM}# 1. Complaints\n\n## 1.1 Outcomes\n\nThe outcomes were as follows.\n\n| Outcome of investigation | Share of cases |\n| --- | --- |\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;
  const rules = (rows: string[]) => numbersDiagnostics(table(rows)).map((d) => d.ruleId);
  it('judges the column as a split of one whole', () => {
    // 18.2 + 27.9 + 54.4 = 100.5, outside 100 ± 0.15
    assert.deepEqual(rules(['Upheld | 18.2%', 'Partly upheld | 27.9%', 'Not upheld | 54.4%']), ['numbers/table-shares']);
    // 18.2 + 27.4 + 54.4 = 100
    assert.deepEqual(rules(['Upheld | 18.2%', 'Partly upheld | 27.4%', 'Not upheld | 54.4%']), []);
  });
  it('trap: outcomes that are not the degrees of one stay unresolved', () => {
    // 'Withdrawn' is another outcome, and no denial closes the list
    assert.deepEqual(rules(['Upheld | 18.2%', 'Partly upheld | 27.9%', 'Withdrawn | 54.4%']), []);
  });
});

describe("a part, then '; of the rest, a … and b …' split by bands of one measure (relations/remainder.ts ofTheRest)", () => {
  it('judges an excess of the split over what the part leaves', () => {
    // 55 − 28 = 27, but 15 + 13 = 28
    assert.deepEqual(rulesOf('HIQA has published 55 inspection reports. Inspectors found 28 centres fully or substantially compliant; of the rest, 15 were non-compliant with three regulations or fewer and 13 with four or more.'), ['numbers/parts-sum']);
    // 28 + 15 + 12 = 55
    const c = claimsOf('HIQA has published 55 inspection reports. Inspectors found 28 centres fully or substantially compliant; of the rest, 15 were non-compliant with three regulations or fewer and 12 with four or more.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
  });
  it('traps: a shortfall, or a split that is no bands of one measure, is not judged', () => {
    // 28 + 15 + 10 = 53 of 55: a band may be left out
    assert.deepEqual(rulesOf('HIQA has published 55 inspection reports. Inspectors found 28 centres fully or substantially compliant; of the rest, 15 were non-compliant with three regulations or fewer and 10 with four or more.'), []);
    // staffing and premises may both be found in one centre
    assert.deepEqual(rulesOf('HIQA has published 55 inspection reports. Inspectors found 28 centres fully compliant; of the rest, 15 had staffing problems and 14 had problems with premises.'), []);
  });
});
