/**
 * Figures of one claim over two or three sentences (issue 9, the cross-sentence family, fifth round).
 * Sentences written for these tests; the arithmetic is worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import { claims, claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

/** [verdict, figures] of the claims of one kind that are judged. */
const judged = (finding: string, kind: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === kind && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers cross-sentence 5: a rest whose whole is counted in an earlier sentence (remainder.ts)', () => {
  it('takes the one count of the sentence before when the parts open the next one', () => {
    // 9 + 40 + 9 = 58
    assert.deepEqual(judged('The panel reviewed 58 serious incidents. Nine were closed within the target and 40 were closed late, and the other nine are still open.', 'remainder'), [['ok', '58 Nine 40 nine']]);
    // 58 − 49 = 9, not eleven
    assert.deepEqual(judged('The panel reviewed 58 serious incidents. Nine were closed within the target and 40 were closed late, and the other eleven are still open.', 'remainder'), [['inconsistent', '58 Nine 40 eleven']]);
    assert.ok(rulesOf('The panel reviewed 58 serious incidents. Nine were closed within the target and 40 were closed late, and the other eleven are still open.').includes('numbers/complement-mismatch'));
  });
  it('tries both wholes when the first part could be read as a whole, and reports only when both fail', () => {
    // whole 40: 18 + 15 + 7 = 40 ✓ (the 18 read as a whole, 15 + 7 = 22, does not fit, but one reading does)
    assert.deepEqual(judged('The unit held 40 boys in 2023. Only 18 attended education, 15 were on a work placement, and the remaining seven were unoccupied.', 'remainder'), [['ok', '40 18 15 seven']]);
    // whole 40: 18 + 15 + 9 = 42, but a boy may both attend education and be on a placement: with an
    // overlap of two the union is 31 and the rest 9, so the excess is not certain (listed, not reported)
    assert.deepEqual(judged('The unit held 40 boys in 2023. Only 18 attended education, 15 were on a work placement, and the remaining nine were unoccupied.', 'remainder'), []);
    // whole 40: 18 + 15 + 4 = 37: a shortfall no overlap explains
    assert.deepEqual(judged('The unit held 40 boys in 2023. Only 18 attended education, 15 were on a work placement, and the remaining four were unoccupied.', 'remainder'), [['inconsistent', '40 18 15 four']]);
    // a whole of its own sentence that fits: 44,130 + 557 = 44,687 (since 'of them on time' is read as a
    // count of the 44,687, the extractor's complement reads the rest first)
    assert.deepEqual(judged('The service received 44,687 case files, 44,130 of them on time, and the remaining 557 late.', 'complement'), [['ok', '44,130 44,687 557']]);
  });
  it("reads a rest in apposition: 'the rest, 12,'", () => {
    // 22 + 9 = 31
    assert.deepEqual(judged('Inspectors observed 31 lessons. In 22 the support for learners was strong; in the rest, nine, it was weak.', 'remainder'), [['ok', '31 22 nine']]);
    // 31 − 22 = 9, not 11
    assert.deepEqual(judged('Inspectors observed 31 lessons. In 22 the support for learners was strong; in the rest, 11, it was weak.', 'remainder'), [['inconsistent', '31 22 11']]);
    // whole two sentences back, its part after 'Of these,': 48 − 30 = 18
    assert.deepEqual(judged('We sampled the records of 48 tenants. Of these, 30 had a current repair plan. The rest, 18, did not.', 'remainder'), [['ok', '48 30 18']]);
    assert.deepEqual(judged('We sampled the records of 48 tenants. Of these, 30 had a current repair plan. The rest, 16, did not.', 'remainder'), [['inconsistent', '48 30 16']]);
  });
  it("reads 'Of the other N' after a part 'k of them' and the whole two sentences back", () => {
    // 8 + 19 = 27
    assert.deepEqual(judged('The ombudsman closed 27 complaints in June. Eight of them concerned housing. Of the other 19 complaints, 11 were about benefits.', 'remainder'), [['ok', '27 Eight 19']]);
    // 27 − 8 = 19, not 21
    assert.deepEqual(judged('The ombudsman closed 27 complaints in June. Eight of them concerned housing. Of the other 21 complaints, 11 were about benefits.', 'remainder'), [['inconsistent', '27 Eight 21']]);
    // a part of the part ('in 10 of those') is no other part: 20 + 11 = 31
    assert.deepEqual(judged('The council published 31 audit reports. Twenty of them cover schools, and in 10 of those schools the roof needed repair. Of the other 11 reports, five were about libraries.', 'remainder'), [['ok', '31 Twenty 11']]);
  });
  it('stays silent on traps', () => {
    // 'For the rest, 12 had …' counts a part of the rest, not the rest
    assert.deepEqual(judged('We sampled the records of 48 tenants. Of these, 30 had a current repair plan. For the rest, 12 had a plan in draft.', 'remainder'), []);
    // the rest names another noun than the whole: councils are not complaints
    assert.deepEqual(judged('The ombudsman closed 27 complaints in June. Eight of them concerned housing. Of the other 21 councils, 11 were in the north.', 'remainder'), []);
    // managers are not the homes visited, wherever the part stands
    assert.deepEqual(rulesOf('We visited 12 homes. Five managers were new and 3 were acting, and the other 6 were permanent.'), []);
    // the homes themselves: 12 − 8 = 4, not 6
    assert.deepEqual(rulesOf('We visited 12 homes. Five homes were good and 3 were adequate, and the other 6 were inadequate.'), ['numbers/complement-mismatch']);
    // children are not the staff interviewed
    assert.deepEqual(judged('We interviewed 26 staff. Ten were positive and 9 were neutral, and the other eight children said they felt unsafe.', 'remainder'), []);
    assert.deepEqual(rulesOf('We interviewed 26 staff. Ten were positive and 9 were neutral, and the other eight children said they felt unsafe.'), []);
    // a part with a count of what each part has ('on one standard') leaves the list unread
    assert.deepEqual(rulesOf('Inspectors visited all 37 wards in 2024. Only 19 met every standard, 12 fell short on one standard, and the remaining eight on several.'), []);
    // a year and a duration are no wholes: the rest of 2019 or of 12 months is not read
    assert.deepEqual(rulesOf('In 2019 the home opened. Over 12 months, 14 children moved in and the other three stayed for a week.'), []);
  });
});

describe('numbers cross-sentence 5: a change whose old figure is the one count of the sentence before (change.ts)', () => {
  it('judges the change against the count before when the sentence restates its measure', () => {
    // (48 − 64) / 64 = −25%
    assert.deepEqual(judged('In 2021 the council ran 64 libraries. By 2024 it ran 48 libraries, a fall of 25%.', 'change'), [['ok', '64 48 25%']]);
    assert.deepEqual(judged('In 2021 the council ran 64 libraries. By 2024 it ran 48 libraries, a fall of 30%.', 'change'), [['inconsistent', '64 48 30%']]);
    // (1,380 − 1,200) / 1,200 = 15%: 'It now employs'
    assert.deepEqual(judged('The trust employed 1,200 nurses in 2020. It now employs 1,380, up 15%.', 'change'), [['ok', '1,200 1,380 15%']]);
    assert.deepEqual(judged('The trust employed 1,200 nurses in 2020. It now employs 1,380, up 20%.', 'change'), [['inconsistent', '1,200 1,380 20%']]);
    // 'the figure was': (26,100 − 29,000) / 29,000 = −10%
    assert.deepEqual(judged('At the end of June there were 29,000 foster placements. Twelve months later the figure was 26,100, a decrease of 10 per cent.', 'change'), [['ok', '29,000 26,100 10 per cent']]);
    assert.ok(rulesOf('At the end of June there were 29,000 foster placements. Twelve months later the figure was 26,100, a decrease of 16 per cent.').includes('numbers/change-mismatch'));
  });
  it('stays silent when the count is a part, another group, hedged, or one of two', () => {
    // a part of the 400 ('Of these'), and its change is of the remand population
    assert.deepEqual(judged('The prison holds 400 men. Of these, 120 are on remand, a rise of 15%.', 'change'), []);
    // vacancies are not staff
    assert.deepEqual(judged('The service employed 250 staff in 2022. It now has 40 vacancies, a rise of 12%.', 'change'), []);
    // 'the figure for complaints' is another measure than beds
    assert.deepEqual(judged('The home had 30 beds. The figure for complaints was 12, a fall of 20%.', 'change'), []);
    // a year is no old figure, nor is a duration
    assert.deepEqual(judged('The unit opened in 2015. It now holds 60, a rise of 20%.', 'change'), []);
    assert.deepEqual(judged('Cases took 40 days on average last year. The figure is now 34, a fall of 25%.', 'change'), []);
    // a hedged old figure; two candidate old figures
    assert.deepEqual(rulesOf('The force had about 3,000 officers in 2019. The number is now 2,700, a fall of 20%.'), []);
    assert.deepEqual(rulesOf('The prison held 440 men in 2017 and 380 in 2020. It now holds 400, a fall of 15%.'), []);
    // the change names its own comparison
    assert.deepEqual(rulesOf('When we last inspected, the prison held 440 men. It now holds 400, a fall of 15% on the figure for 2015.'), []);
    // 'this' is a share, not a count
    assert.deepEqual(rulesOf('Inspectors found 72 open cases. This was 18% of the caseload, a rise of 4%.'), []);
  });
});

describe("numbers cross-sentence 5: 'Of these, k (P%)' after 'a share of them (n)' (of-these-share.ts)", () => {
  const lead = 'The county has 840 care homes, and a quarter of them (210) were inspected this year.';
  it('takes the group just counted, or else the wider group, as the base', () => {
    // 21/210 = 10%
    assert.deepEqual(judged(`${lead} Of these, 21 (10%) were rated inadequate.`, 'percent-of'), [['ok', '10% 21 210']]);
    // 21/210 = 10%, but 21/840 = 2.5%: the wider group fits
    assert.deepEqual(judged(`${lead} Of these, 21 (2.5%) were rated inadequate.`, 'percent-of'), [['ok', '2.5% 21 840']]);
  });
  it('reports the share only when every base fails', () => {
    // 21/210 = 10%, 21/840 = 2.5%: 15% is neither, and would need a base of 140, fewer than 'these'
    assert.deepEqual(judged(`${lead} Of these, 21 (15%) were rated inadequate.`, 'percent-of'), [['inconsistent', '15% 21 210']]);
    assert.ok(rulesOf(`${lead} Of these, 21 (15%) were rated inadequate.`).length > 0);
  });
});

describe("numbers cross-sentence 5: a share below k/n of 'these' may be of an uncounted wider group (of-these-share.ts)", () => {
  it('lists it, never reports it', () => {
    // 21/210 = 10%, 21/840 = 2.5%: 1% would be of some 2,100, a wider group than any counted
    assert.deepEqual(judged('The county has 840 care homes, and a quarter of them (210) were inspected this year. Of these, 21 (1%) were rated inadequate.', 'percent-of'), []);
    assert.deepEqual(rulesOf('The county has 840 care homes, and a quarter of them (210) were inspected this year. Of these, 21 (1%) were rated inadequate.'), []);
  });
});

describe("numbers cross-sentence 5: 'Of these, k (P%)' with the group counted in the sentence before (of-these-share.ts, readOfTheseOpening)", () => {
  it('judges the share on the one count before', () => {
    // 14/40 = 35%
    assert.deepEqual(judged('We looked at 40 cases. Of these, 14 (35%) had a risk plan.', 'percent-of'), [['ok', '35% 14 40']]);
    // 14/40 = 35%, not 45%
    assert.deepEqual(judged('We looked at 40 cases. Of those, 14 (45%) had a risk plan.', 'percent-of'), [['inconsistent', '45% 14 40']]);
    // 'Of them, just': 9/36 = 25%
    assert.deepEqual(judged('The inspectors sampled 36 complaint files. Of them, just 9 (25%) had been answered within the deadline.', 'percent-of'), [['ok', '25% 9 36']]);
    // a year beside the count is no candidate: 6/40 = 15%, not 50%
    assert.deepEqual(judged('We looked at 40 cases in 2023. Of these, 6 (50%) had a plan.', 'percent-of'), [['inconsistent', '50% 6 40']]);
  });
  it('tries a group and its part counted after it, and reports only when both fail', () => {
    const first = 'The unit saw 2,000 referrals in the year, and 500 people (25%) were seen within a week.';
    // 50/2,000 = 2.5%: of the wider group
    assert.deepEqual(judged(`${first} Of those, 50 (2.5%) were seen the same day.`, 'percent-of'), [['ok', '2.5% 50 2,000']]);
    // 50/500 = 10%: of the part
    assert.deepEqual(judged(`${first} Of those, 50 (10%) were seen the same day.`, 'percent-of'), [['ok', '10% 50 500']]);
    // 50/500 = 10%, 50/2,000 = 2.5%: 6% is neither
    assert.deepEqual(judged(`${first} Of those, 50 (6%) were seen the same day.`, 'percent-of'), [['inconsistent', '6% 50 500']]);
  });
  it('takes the nearest count when a count intervenes, and stays silent when the groups are unrelated', () => {
    // 'these' are the 12: 6/12 = 50%
    assert.deepEqual(judged('We looked at 40 cases. In 12, the risk was high. Of these, 6 (50%) had a plan.', 'percent-of'), [['ok', '50% 6 12']]);
    // beds, staff and volunteers: 'these' is not known
    assert.deepEqual(judged('The trust had 2,400 beds, 2,100 staff and 1,800 volunteers. Of these, 300 (20%) were in the north.', 'percent-of'), []);
    // a hedged group may be rounded
    assert.deepEqual(rulesOf('The charity supports about 300 carers. Of these, 45 (12%) are under 18.'), []);
  });
});

describe('numbers cross-sentence 5: a finding that points back to the group the finding before counted (extract.ts, relations/index.ts)', () => {
  const rulesOfFindings = (findings: string[]) => numbersDiagnostics(reportWith(findings)).map((d) => d.ruleId);
  const judgedIn = (findings: string[]) =>
    claims(reportWith(findings))
      .filter((c) => c.kind !== 'count' && c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'p'))
      .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);
  it("reads 'Of these, P% (k)' and 'in k (P%) of them' against the count of the finding before", () => {
    // 11/25 = 44%
    assert.deepEqual(judgedIn(['The service was supervising 25 young adults at the time of the inspection.', 'Of these, 44% (11) had a current plan.']), [['ok', '44% 11 25']]);
    // 12/25 = 48%, not 44%
    assert.deepEqual(rulesOfFindings(['The service was supervising 25 young adults at the time of the inspection.', 'Of these, 44% (12) had a current plan.']), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOfFindings(['The team held 25 cases on the day we visited.', 'Reviews were up to date in 12 (44%) of them.']), ['numbers/percentage-mismatch']);
    // the relation readers too: 14/40 = 35%, not 45%
    assert.deepEqual(rulesOfFindings(['We looked at 40 cases.', 'Of these, 14 (45%) had a risk plan.']), ['numbers/percentage-mismatch']);
  });
  it('takes the group before only for the first sentence, and only when it points back', () => {
    // 'They included' does not say 'of these': 10/25 = 40% is not judged against 25
    assert.deepEqual(rulesOfFindings(['We inspected 25 cases.', 'They included 42% (10) of the young people on the caseload.']), []);
    // a sentence between: 'these' are the ones with a plan, not counted
    assert.deepEqual(rulesOfFindings(['We looked at 40 cases.', 'Most had a plan. Of these, 14 (45%) had a risk plan.']), []);
    // text under another heading does not take the counts of the finding before
    assert.deepEqual(numbersDiagnostics(reportWith(['We looked at 40 cases.']).replace('### Conclusion\n\n', '### Conclusion\n\nOf these, 14 (45%) had a risk plan. ')).map((d) => d.ruleId), []);
  });
});

describe('numbers cross-sentence 5: two earlier counts that could be the base (back-share.ts, of-these-share.ts, extract/reading.ts)', () => {
  const two = 'The panel heard 60 appeals in 2022 and 80 in 2023.';
  it('is consistent when either base gives the share', () => {
    // 20/60 = 33%, 20/80 = 25%: the gapped '80' is a base too
    for (const next of ['It upheld 20 of them. This was 25% of the appeals heard.', 'In 20 of these, the decision was changed (25%).', 'It upheld 20 of these (25%).', 'It upheld 25% of these (20).', 'Of these, 25% (20) were upheld.', 'It upheld 20 of them, which is 25%.']) {
      assert.deepEqual(rulesOf(`${two} ${next}`), [], next);
    }
  });
  it('reports a share that neither base gives, naming the base', () => {
    // 20/60 = 33%, 20/80 = 25%: 30% is neither
    assert.deepEqual(rulesOf(`${two} It upheld 20 of these (30%).`), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf(`${two} In 20 of these, the decision was changed (30%).`), ['numbers/percentage-mismatch']);
  });
  it('does not take a count that names its own noun for a gapped sibling', () => {
    // '80 staff' is another group; 20 of 60 appeals = 33%, and 25% is not judged against the staff as appeals
    assert.deepEqual(judged('The panel heard 60 appeals and 80 staff gave evidence. Of these appeals, 20 (25%) were upheld.', 'percent-of').filter((c) => c[1]!.includes('80')), []);
  });
});

describe("numbers cross-sentence 5: 'This was P%' pointing back (back-share.ts)", () => {
  it('skips a figure that is no count to find the count pointed back to', () => {
    // 29/412 = 7.04%: the '10 hours' is a duration, not the count
    assert.deepEqual(judged('Our survey was answered by 412 men. Just 29 of them said they were unlocked for 10 hours a day. This was 7%.', 'percent-of'), [['ok', '7% 29 412']]);
    assert.deepEqual(judged('Our survey was answered by 412 men. Just 29 of them said they were unlocked for 10 hours a day. This was 9%.', 'percent-of'), [['inconsistent', '9% 29 412']]);
  });
  it("leaves 'this' alone when it is a change, a comparison, a duration or a restricted group", () => {
    // 'this' is compared, not a share of the 40: 12/40 = 30%
    assert.deepEqual(rulesOf('A plan was in place in 12 of the 40 cases. This was 20% higher than last year.'), []);
    assert.deepEqual(rulesOf('A plan was in place in 12 of the 40 cases. This is 5 percentage points lower than the national figure.'), []);
    // 12 weeks is a duration
    assert.deepEqual(rulesOf('We inspected 40 cases in 2021. It took 12 weeks to allocate them. This was 40% of the target.'), []);
    // the plans due may be fewer than the cases
    assert.deepEqual(rulesOf('We inspected 40 cases. A plan was in place in 12. This was 35% of the plans due.'), []);
  });
});

describe('numbers cross-sentence 5: more traps', () => {
  it("'Of these' after a share of its own: 'these' may be the share's group", () => {
    // 30% of 40 is 12, and 6/12 = 50%: not judged against the 40
    assert.deepEqual(rulesOf('We reviewed 40 cases, and 30% had a plan. Of these, 6 (50%) had been reviewed.'), []);
  });
  it('a change between two groups is no change', () => {
    assert.deepEqual(rulesOf('The prison held 440 men. It now holds 400 women, a fall of 15%.'), []);
    // the same group: (400 − 440) / 440 = −9.09%, not 15%
    assert.deepEqual(rulesOf('The prison held 440 men. It now holds 400 men, a fall of 15%.'), ['numbers/change-mismatch']);
  });
  it('a rest said not to have what the whole has is of a wider group', () => {
    // 12 + 20 + 10 = 42, but the other 10 were not inspected: not of the 40 inspected
    assert.deepEqual(rulesOf('We inspected 40 homes. Twelve were good and 20 were adequate, and the other 10 homes in the area were not inspected.'), []);
  });
});

describe("numbers cross-sentence 5: 'All 21 of the reports' counts the reports (plain-part.ts)", () => {
  it("confirms 'k of the reports' against it, and never reports", () => {
    const countOf = (f: string) => claimsOf(f).filter((c) => c.kind === 'count-of' && c.verdict !== 'unchecked').map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);
    // 9 of 30
    assert.ok(countOf('All 30 of the reports published this month concern nurseries. Nine of the reports found weaknesses in safeguarding.').some((c) => c[0] === 'ok' && c[1] === 'Nine 30'));
    // 34 of 30 is not judged: the reports may be others
    assert.deepEqual(rulesOf('All 30 of the reports published this month concern nurseries. In total 34 of the reports found weaknesses in safeguarding.'), []);
  });
});

describe("numbers cross-sentence 5: 'k (P%)' opening a sentence after the one group counted before (of-these-share.ts)", () => {
  it('judges the share on that group', () => {
    // 18/50 = 36%
    assert.deepEqual(judged('We examined 50 files. Eighteen (36%) contained a plan.', 'percent-of'), [['ok', '36% Eighteen 50']]);
    assert.deepEqual(judged('We examined 50 files in 2023. Only 18 (40%) contained a plan.', 'percent-of'), [['inconsistent', '40% 18 50']]);
    // 'The council has 50 schools': 18/50 = 36%
    assert.deepEqual(judged('The council has 50 schools. 18 (36%) were judged good.', 'percent-of'), [['ok', '36% 18 50']]);
  });
  it('stays silent when the pair names another group or there are two groups before', () => {
    assert.deepEqual(rulesOf('We examined 50 files. Eighteen (40%) nurses said they were busy.'), []);
    assert.deepEqual(rulesOf('We examined 50 files. Eighteen (40%) of the plans were late.'), []);
    // 18/20 = 90%, 18/50 = 36%: which group is not known
    assert.deepEqual(rulesOf('We examined 50 files and spoke to 20 staff. Eighteen (40%) contained a plan.'), []);
  });
});

describe("numbers cross-sentence 5: ', or P%' and '; that is P%' after a count (back-share.ts)", () => {
  it('judges the share on the group of the sentence before', () => {
    // 18/50 = 36%
    assert.deepEqual(judged('We examined 50 files. A plan was in place in just 18, or 36%.', 'percent-of'), [['ok', '36% 18 50']]);
    assert.deepEqual(judged('We examined 50 files. A plan was in place in just 18, or 40%.', 'percent-of'), [['inconsistent', '40% 18 50']]);
    assert.deepEqual(judged('We examined 50 files. A plan was in place in 18; that is 40%.', 'percent-of'), [['inconsistent', '40% 18 50']]);
  });
  it('leaves a duration or a share of another group alone', () => {
    assert.deepEqual(rulesOf('We examined 50 files. The plan had been reviewed within 18 weeks, or 40%.'), []);
    assert.deepEqual(rulesOf('We examined 50 files. A plan was in place in 18, or 40% of the plans due.'), []);
  });
});

describe('numbers cross-sentence 5: years name the time of a group', () => {
  it('does not take a group of one year for the base of a share of another', () => {
    assert.deepEqual(rulesOf('In 2023, 50 children were placed with carers. Eighteen (40%) were placed out of area in 2022.'), []);
    // the same year: 18/50 = 36%, not 40%
    assert.deepEqual(rulesOf('In 2023, 50 children were placed with carers. Of these, 18 (40%) were placed out of area in 2023.'), ['numbers/percentage-mismatch']);
  });
});

describe("numbers cross-sentence 5: 'P% (k) of them' followed by a verb (extract/percent-count.ts)", () => {
  it('takes the group of the sentence or finding before', () => {
    // 11/25 = 44%; 12/25 = 48%
    assert.deepEqual(judged('We interviewed 25 young adults. 44% (11) of them had a current plan.', 'percent-count'), [['ok', '44% 11 25']]);
    assert.deepEqual(rulesOf('We interviewed 25 young adults. 44% (12) of them had a current plan.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(numbersDiagnostics(reportWith(['The service was supervising 25 young adults at the time of the inspection.', '44% (12) of them had a current plan.'])).map((d) => d.ruleId), ['numbers/percentage-mismatch']);
  });
  it('is consistent when either of two groups gives it', () => {
    // 11/40 = 27.5%, 11/25 = 44%
    assert.deepEqual(rulesOf('We interviewed 25 young adults and 40 staff. 44% (11) of them had a current plan.'), []);
  });
});
