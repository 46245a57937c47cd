/**
 * Forms read by tuner u1 (session of 2026-12-07, the s- round's justice passages; sentences written for these
 * tests): a change between two durations with the unit written once ('rose from 28 to 48 days'), a word share set
 * off after the part it restates ('In 12 of them … – most, though not all.'), the gap between two shares in points ('…: a gap of 22 percentage
 * points.').
 */
import assert from 'node:assert/strict';
import { claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

describe("a change between durations with the unit written once: 'rose from 28 to 48 days, an increase of 71%' (quantities.ts propagate, relations/change.ts unitAfter)", () => {
  it('judges the change of the two levels', () => {
    // (48 − 28) / 28 = 71.4%, not 20%
    assert.deepEqual(rulesOf('The average stay in the unit rose from 28 to 48 days, an increase of 20%.'), ['numbers/change-mismatch']);
    // (48 − 28) / 28 = 71.4% → 71%
    const c = claimsOf('The average stay in the unit rose from 28 to 48 days, an increase of 71%.').find((x) => x.kind === 'change');
    assert.equal(c?.verdict, 'ok');
    // (9 − 12) / 12 = −25%, not 40%
    assert.deepEqual(rulesOf('Median waits for a first appointment fell from 12 to 9 weeks, a reduction of 40%.'), ['numbers/change-mismatch']);
    // (9 − 12) / 12 = −25%
    assert.deepEqual(rulesOf('Median waits for a first appointment fell from 12 to 9 weeks, a reduction of 25%.'), []);
  });
  it('traps: a range of durations is no change, and a share after it is of other things', () => {
    // 'ranged from 28 to 48 days' is a spread, not a change; 20% is a share of men
    assert.deepEqual(rulesOf('Stays in segregation ranged from 28 to 48 days, and 20% of men stayed longer than a month.'), []);
    assert.deepEqual(rulesOf('Waits rose from 28 to 48 days for 20% of the men we spoke to.'), []);
  });
});

describe("a word share set off after the part it restates (relations/share-beside.ts partBefore)", () => {
  it("'k of them …, – SHARE.': the whole is the one group of the sentence before", () => {
    // 22 / 40 = 55%, not fewer than half
    assert.deepEqual(rulesOf('We read 40 case files. In 22 of them the risk assessment had been reviewed within a year – fewer than half.'), ['numbers/fraction-mismatch']);
    // 18 / 40 = 45%
    assert.deepEqual(rulesOf('We read 40 case files. In 18 of them the risk assessment had been reviewed within a year – fewer than half.'), []);
    // 16 / 40 = 40%: not most ('though not all' makes it a share of the whole)
    assert.deepEqual(rulesOf('We read 40 case files. In 16 of them the plan was on time – most, though not all.'), ['numbers/quantifier-mismatch']);
    // 26 / 40 = 65%
    const c = claimsOf('We read 40 case files. In 26 of them the plan was on time – most, though not all.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
  });
  it("'Only k of them, about one in five, had …': the share right after the pair", () => {
    // 21 / 60 = 35%, not about one in five (15–25%)
    assert.deepEqual(rulesOf('We interviewed 60 prisoners. Only 21 of them, about one in five, had a job to go to.'), ['numbers/fraction-mismatch']);
    // 12 / 60 = 20%
    assert.deepEqual(rulesOf('We interviewed 60 prisoners. Only 12 of them, about one in five, had a job to go to.'), []);
  });
  it("'k of them' after a part with no whole of its own: 'them' is that part", () => {
    // 14 / 36 = 38.9%, not over half
    assert.deepEqual(rulesOf('Referrals were needed in 36 of the cases we looked at. In 14 of them, despite reminders, none had been made – over half.'), ['numbers/fraction-mismatch']);
    // 20 / 36 = 55.6%
    assert.deepEqual(rulesOf('Referrals were needed in 36 of the cases we looked at. In 20 of them, despite reminders, none had been made – over half.'), []);
  });
  it("the sentence's one count, its noun left out, against the group of the sentence before: 'sufficient in 20, just under half.'", () => {
    // 20 / 30 = 66.7%, not just under half
    assert.deepEqual(rulesOf('We inspected 30 cases. The plan was sufficient in 20, just under half.'), ['numbers/fraction-mismatch']);
    // 14 / 30 = 46.7%
    assert.deepEqual(rulesOf('We inspected 30 cases. The plan was sufficient in 14, just under half.'), []);
  });
  it("a pair with its bracketed share, then its clause: judged on the pair", () => {
    // 140 / 320 = 43.75%: not over half
    assert.deepEqual(rulesOf('On the day, 140 of the 320 men (44%) were locked up during the working day – over half.'), ['numbers/fraction-mismatch']);
    // 250 / 610 = 41%: not roughly a quarter
    assert.deepEqual(rulesOf('We surveyed 250 of the 610 men held (41%), roughly a quarter of the population.'), ['numbers/fraction-mismatch']);
    // 150 / 610 = 24.6%
    assert.deepEqual(rulesOf('We surveyed 150 of the 610 men held (25%), roughly a quarter of the population.'), []);
  });
  it('traps: a share of something else, a rough count, another noun, two groups, a share that fits the wrong bracket', () => {
    // 'most by a week' is a share of the 12 late plans
    assert.deepEqual(rulesOf('We read 40 case files. In 12 of them the plan was late – most by a week.'), []);
    // the share names its own group
    assert.deepEqual(rulesOf('We interviewed 60 prisoners. Only 21 of them, about one in five of the men we met, had a job to go to.'), []);
    assert.deepEqual(rulesOf('We inspected 30 cases. The plan was sufficient in 20, just under half of those that had one.'), []);
    // 20 meetings are not cases
    assert.deepEqual(rulesOf('We inspected 27 cases. Officers held 20 meetings, just under two thirds.'), []);
    // two groups before: which one is not known
    assert.deepEqual(rulesOf('We inspected 30 cases and 12 prisons. The plan was sufficient in 20, just under half.'), []);
    // a rough count is only confirmed: 300 / 1,100 = 27%
    assert.deepEqual(rulesOf('Around 300 men were unemployed, roughly a half of the population of 1,100.'), []);
    // 64% is the wrong figure (140 / 320 = 44%); 'nearly two thirds' follows it, and only the bracket is reported
    assert.deepEqual(rulesOf('On the day, 140 of the 320 men (64%) were locked up during the working day – nearly two thirds.'), ['numbers/percentage-mismatch']);
  });
  it("a rough count and the whole after the share: 'About 400 men …, roughly a third of the population of 1,210.' is confirmed", () => {
    // 400 / 1,210 = 33.1%
    const c = claimsOf('About 400 men were on the waiting list for education, roughly a third of the population of 1,210.').find((x) => x.kind === 'fraction' && x.verdict === 'ok');
    assert.ok(c);
  });
});

describe("the gap between two shares in points closing their sentence: '…: a gap of 22 percentage points.' (relations/points-gap.ts)", () => {
  it('judges the difference of the two shares, each as rounded', () => {
    // 78 − 56 = 22 (21 to 23 as rounded), not 24
    assert.deepEqual(rulesOf('Orders were completed in 78% of cases with good supervision and in 56% of cases where it was poor: a gap of 24 percentage points.'), ['numbers/change-mismatch']);
    // 78 − 56 = 22
    assert.deepEqual(rulesOf('Orders were completed in 78% of cases with good supervision and in 56% of cases where it was poor: a gap of 22 percentage points.'), []);
    // 64 − 41 = 23; 24 is within the rounding of the two shares (64.4 − 40.5 = 23.9)
    assert.deepEqual(rulesOf('Among boys, 64% felt safe, against 41% of girls, a difference of 24 points.'), []);
    // 64.2 − 41.0 = 23.2, not 25.2
    assert.deepEqual(rulesOf('Among boys, 64.2% felt safe, against 41.0% of girls, a difference of 25.2 points.'), ['numbers/change-mismatch']);
  });
  it('traps: a hedged gap, a third share, a gap of something else', () => {
    // hedged: 'nearly 25' fits 64.4 − 40.5 = 23.9 (the hedge is read before a count of points since the merge with
    // u2's 'a difference of' changes; 'nearly 30' for 22-24 points is reported like any hedged change)
    assert.deepEqual(rulesOf('Among boys, 64% felt safe, against 41% of girls, a difference of nearly 25 points.'), []);
    // three shares: which two is not known
    assert.deepEqual(rulesOf('Among boys, 64% felt safe, against 41% of girls and 50% of staff, a difference of 14 points.'), []);
    // points on another scale, named after the gap
    assert.deepEqual(rulesOf('Among boys, 64% felt safe, against 41% of girls, a difference of 9 points on the wellbeing scale.'), []);
  });
});

describe("a multiple of two durations: 'twice as long on average (28 days) as at the last inspection (14 days)' (relations/multiple.ts durationPair)", () => {
  it('judges the ratio of the two durations in one unit', () => {
    // 28 / 17 = 1.65, not twice
    assert.deepEqual(rulesOf('Men in the unit had stayed twice as long on average (28 days) as at the last inspection (17 days).'), ['numbers/change-mismatch']);
    // 28 / 14 = 2
    assert.deepEqual(rulesOf('Men in the unit had stayed twice as long on average (28 days) as at the last inspection (14 days).'), []);
    // 36 / 7 = 5.1: neither three nor four times
    assert.deepEqual(rulesOf('Waits for a first appointment were three times longer (36 weeks) than in 2019 (7 weeks).'), ['numbers/change-mismatch']);
    // 36 / 12 = 3
    assert.deepEqual(rulesOf('Waits for a first appointment were three times longer (36 weeks) than in 2019 (12 weeks).'), []);
  });
  it('traps: durations in two units, a multiple of something else', () => {
    assert.deepEqual(rulesOf('Men stayed twice as long as planned, some for 28 days and others for 14 weeks.'), []);
    assert.deepEqual(rulesOf('Men were unlocked twice a day, for 2 hours in the morning and 1 hour in the evening.'), []);
  });
});

describe("a multiple drawn by 'so the rate here was' after a share restated for a comparator, its base the share of the sentence before (relations/multiple.ts earlierBase, SO_THE_RATE)", () => {
  it('judges the ratio of the two shares', () => {
    // 31 / 21 = 1.48: not nearly twice (1.6 to 2)
    assert.deepEqual(rulesOf('In our survey, 31% of men said they had felt unsafe on the wing. At similar prisons the figure was 21%, so the rate here was nearly twice as high.'), ['numbers/change-mismatch']);
    // 40 / 21 = 1.9
    assert.deepEqual(rulesOf('In our survey, 40% of men said they had felt unsafe on the wing. At similar prisons the figure was 21%, so the rate here was nearly twice as high.'), []);
  });
  it('traps: the multiple of another base, or of a change', () => {
    assert.deepEqual(rulesOf('In our survey, 31% of men said they had felt unsafe on the wing. At similar prisons the figure was 21%, so the rate here was twice as high as in 2019.'), []);
    assert.deepEqual(rulesOf('In our survey, 31% of men said they had felt unsafe on the wing. At similar prisons the figure was 21%, so the rate here fell twice as fast.'), []);
  });
});

describe("a clause of time opening the sentence of a part before its rest: 'By the time the report was published, seven …; the remaining five …' (relations/remainder.ts OPENING)", () => {
  it('reads the part and its rest against the group of the sentence before', () => {
    // 13 − 7 = 6, not 5
    assert.deepEqual(rulesOf('The prison was given 13 recommendations. By the time we returned to check, seven had been achieved; the remaining five were in progress.'), ['numbers/complement-mismatch']);
    // 13 − 7 = 6
    assert.deepEqual(rulesOf('The prison was given 13 recommendations. When we returned in the spring, seven had been achieved; the remaining six were in progress.'), []);
  });
  it('traps: a rest of other things, a count in the clause of time', () => {
    // the five actions and the five cells are not recommendations
    assert.deepEqual(rulesOf('The prison was given 13 recommendations. By the time we returned to check, seven had been achieved; the remaining five actions in the plan were overdue.'), []);
    assert.deepEqual(rulesOf('The prison was given 13 recommendations. By the time we returned to check, seven had been achieved; in the remaining five cells, the heating was broken.'), []);
    // a count in the opening clause: which whole is meant is not known
    assert.deepEqual(rulesOf('The prison was given 13 recommendations. By the time the 20 new officers had started, seven had been achieved; the remaining five were in progress.'), []);
  });
});

describe("'In k' opening the sentence after a group counted, its noun left out, then 'The other c' (relations/remainder.ts IN_K_NO_NOUN)", () => {
  it('reads the rest of the group two sentences back', () => {
    // 31 − 27 = 4, not 3
    assert.deepEqual(rulesOf('We examined 31 cases where the defendant pleaded not guilty. In 27 the prosecution had served its evidence on time. The other three were late.'), ['numbers/complement-mismatch']);
    // 31 − 27 = 4
    assert.deepEqual(rulesOf('We examined 31 cases where the defendant pleaded not guilty. In 27 the prosecution had served its evidence on time. The other four were late.'), []);
  });
  it('traps: a part with a noun of its own, a rest narrowed by its own clause', () => {
    assert.deepEqual(rulesOf('We examined 31 cases. In 27 prisons the staff had been trained. The other three were late.'), []);
    assert.deepEqual(rulesOf('We visited 31 prisons. In 27 the staff had been trained. The other three homes we saw were not visited.'), []);
  });
});

describe("a word share opening its sentence with its count and percentage set off: 'Just over half, 3,143 or 54%, were …' (relations/share-beside.ts openingApposed)", () => {
  it('judges the percentage and the word share on the count and the group of the sentence before', () => {
    // 1,260 / 2,400 = 52.5% → 53%, not 58%
    assert.deepEqual(rulesOf('We counted 2,400 men released in the year. Just over half, 1,260 or 58%, went to settled housing.'), ['numbers/percentage-mismatch']);
    // 1,460 / 2,400 = 60.8%: more than just over half (50–55%)
    assert.deepEqual(rulesOf('We counted 2,400 men released in the year. Just over half, 1,460 or 61%, went to settled housing.'), ['numbers/fraction-mismatch']);
    // 1,260 / 2,400 = 52.5% → 53%
    const cs = claimsOf('We counted 2,400 men released in the year. Just over half, 1,260 or 53%, went to settled housing.');
    assert.ok(cs.some((c) => c.kind === 'percent-of' && c.verdict === 'ok'));
    assert.ok(cs.some((c) => c.kind === 'fraction' && c.verdict === 'ok'));
  });
  it('traps: two groups before, a group given roughly', () => {
    assert.deepEqual(rulesOf('We counted 2,400 men released in the year and 300 women. Just over half, 1,460 or 61%, went to settled housing.'), []);
    // 'Some 2,400' only confirms
    assert.deepEqual(rulesOf('Some 2,400 men were released in the year. Just over half, 1,460 or 61%, went to settled housing.'), []);
  });
});

describe("a rest after a word share's count set off in the sentence between: 'Just over half, 3,143 or 54%, were …. For the remaining 2,717 …' (relations/remainder.ts apposedToShareWord)", () => {
  it('reads the rest of the group two sentences back', () => {
    // 2,400 − 1,260 = 1,140, not 1,410
    assert.deepEqual(rulesOf('We counted 2,400 men released in the year. Just over half, 1,260 or 53%, went to settled housing. For the remaining 1,410, no address was known.'), ['numbers/complement-mismatch']);
    // 2,400 − 1,260 = 1,140
    assert.deepEqual(rulesOf('We counted 2,400 men released in the year. Just over half, 1,260 or 53%, went to settled housing. For the remaining 1,140, no address was known.'), []);
  });
  it('trap: a rest of other things', () => {
    assert.deepEqual(rulesOf('We counted 2,400 men released in the year. Just over half, 1,260 or 53%, went to settled housing. The remaining 1,410 beds in the region were empty.'), []);
  });
});

describe("an aside between a frame and its part: 'Of the 52 cases, including the nine transferred in …, 30 had … (63%).' (extract/total-first.ts asideAfterFrame)", () => {
  it('reads the part and its share against the frame, and the included count as a part of it', () => {
    // 30 / 48 = 62.5% → 63%, not 70%
    assert.deepEqual(rulesOf('Of the 48 cases, including the seven transferred in during the year, 30 had a plan agreed on time (70%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 48 cases, a sample drawn from three offices, 30 had a plan agreed on time (70%).'), ['numbers/percentage-mismatch']);
    // 30 / 48 = 62.5% → 63%; 7 of 48
    const cs = claimsOf('Of the 48 cases, including the seven transferred in during the year, 30 had a plan agreed on time (63%).');
    assert.ok(cs.some((c) => c.kind === 'count-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '63%')));
    assert.ok(cs.some((c) => c.kind === 'count-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === 'seven')));
  });
  it('traps: a part of another group after the aside, an included count larger than the whole', () => {
    assert.deepEqual(rulesOf('Of the 48 cases, including the seven transferred in, staff at 30 prisons had a plan (70%).'), []);
    assert.deepEqual(rulesOf('Of the 40 homes, including the 60 run by the council, 14 were rated good.'), []);
  });
});

describe("a list closed after a colon by its total and 'in all': '…: 94 inspections in all, alongside five thematic reports.' (relations/trailing-total.ts colonLead)", () => {
  it('judges the sum of the list against the total', () => {
    // 8 + 27 + 12 + 40 = 87, not 85
    assert.deepEqual(rulesOf('Over the year we carried out eight full inspections and 27 short reviews of youth work, 12 inspections of adult work and 40 joint inspections in prisons: 85 inspections in all, alongside four thematic reports.'), ['numbers/parts-sum']);
    // 8 + 27 + 12 + 40 = 87
    assert.deepEqual(rulesOf('Over the year we carried out eight full inspections and 27 short reviews of youth work, 12 inspections of adult work and 40 joint inspections in prisons: 87 inspections in all, alongside four thematic reports.'), []);
  });
  it("traps: a colon before a count with no 'in all', a total of another noun", () => {
    assert.deepEqual(rulesOf('We carried out eight full inspections, 27 short reviews, 12 adult inspections and 40 prison inspections: 85 inspections.'), []);
    assert.deepEqual(rulesOf('We carried out eight full inspections, 27 short reviews, 12 adult inspections and 40 prison inspections: 30 inspectors in all took part.'), []);
  });
});

describe("a fraction or ratio set off after a rest whose parts make the whole: 'The remaining 35 – about one in six – had been rejected.' (relations/remainder.ts restWordShare)", () => {
  it('judges the rest as a share of the whole', () => {
    // 30 / 120 = 25%, not about one in three
    assert.deepEqual(rulesOf('We made 120 recommendations. Of these, 70 had been achieved and 20 partly achieved. The remaining 30 – about one in three – had not been achieved.'), ['numbers/fraction-mismatch']);
    // 30 / 120 = 25%
    assert.deepEqual(rulesOf('We made 120 recommendations. Of these, 70 had been achieved and 20 partly achieved. The remaining 30 – about one in four – had not been achieved.'), []);
  });
  it('trap: a rest whose parts do not make the whole is not the whole\'s share', () => {
    // 70 + 10 + 30 = 110: the whole is in doubt, so only the rest is reported, not the ratio
    assert.deepEqual(rulesOf('We made 120 recommendations. Of these, 70 had been achieved and 10 partly achieved. The remaining 30 – about one in three – had not been achieved.'), ['numbers/complement-mismatch']);
  });
});

describe("a gapped sibling of a framed part, its verb left out: '58 had a drug misuse need and 49 an alcohol misuse need' (relations/plain-part.ts siblingsOf, GAPPED_OBJECT)", () => {
  it('confirms the sibling as a part of the frame', () => {
    // 3 of 40
    const c = claimsOf('Of the 40 homes, 12 had a garden and 3 a pool.').find((x) => x.kind === 'count-of' && x.operands.some((o) => o.raw === '3'));
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a sibling larger than the whole is not reported (a reading that holds only)', () => {
    assert.deepEqual(rulesOf('Of the 40 homes, 12 had a garden and 53 a pool.'), []);
  });
});

describe("a mean of decimals in a unit of time: '3.5, 4.0, 2.5, 6.0 and 5.5 hours, an average of 4.3 hours' (relations/mean.ts TIME_UNIT)", () => {
  it('judges the mean as of whole durations', () => {
    // (2.5 + 3.0 + 4.5 + 6.0) / 4 = 4.0, not 4.4
    assert.deepEqual(rulesOf('Across the four wings, time out of cell on a weekday was 2.5, 3.0, 4.5 and 6.0 hours, an average of 4.4 hours.'), ['numbers/mean-mismatch']);
    // = 4.0
    assert.deepEqual(rulesOf('Across the four wings, time out of cell on a weekday was 2.5, 3.0, 4.5 and 6.0 hours, an average of 4.0 hours.'), []);
  });
  it('traps: decimals with no unit of time, a list of another length', () => {
    assert.deepEqual(rulesOf('Across the four wings, the rates were 2.5, 3.0, 4.5 and 6.0, an average of 4.4.'), []);
    assert.deepEqual(rulesOf('Across the three wings, time out of cell on a weekday was 2.5, 3.0, 4.5 and 6.0 hours, an average of 4.4 hours.'), []);
  });
});

describe("a frame whose whole is named as a population: 'Of the centre's population of more than 400 men, 23 had …' (extract/total-first.ts POP_FRAME)", () => {
  it('reads the part of the population', () => {
    // 1,400 of 1,210: more than the whole
    assert.deepEqual(rulesOf('Of its population of 1,210 men, 1,400 were on a waiting list.'), ['numbers/impossible']);
    // 400 of 1,210
    const c = claimsOf('Of its population of 1,210 men, 400 were on a waiting list.').find((x) => x.kind === 'count-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a population given roughly only confirms', () => {
    // 'about 400' may be 430 or more
    assert.deepEqual(rulesOf("Of the centre's population of about 400 men, 430 had been held for over a year."), []);
    const c = claimsOf("Of the centre's population of more than 400 men, 23 had been held for over a year.").find((x) => x.kind === 'count-of');
    assert.equal(c?.verdict, 'ok');
  });
});

describe("a frame's list carried on into the next sentence by bare counts with the same verb (relations/continued-frame.ts, confirm only)", () => {
  it("confirms each later count as a part of the frame: 'Of the 104 …, eight are …. Twelve are …, and fourteen are …'", () => {
    // 20 of 40, 6 of 40
    const cs = claimsOf('Of the 40 homes, 12 were run by charities. Twenty were run by companies and six were run by the council.').filter((x) => x.kind === 'count-of' && x.verdict === 'ok');
    assert.ok(cs.some((c) => c.operands.some((o) => o.raw === 'Twenty') && c.operands.some((o) => o.raw === '40')));
    assert.ok(cs.some((c) => c.operands.some((o) => o.raw === 'six') && c.operands.some((o) => o.raw === '40')));
  });
  it('traps: never reported, and not read for another noun or another verb', () => {
    // 50 > 40: another group may be meant; nothing reported
    assert.deepEqual(rulesOf('Of the 40 homes, 12 were run by charities. Fifty were inspected twice.'), []);
    const cs = claimsOf('Of the 40 homes, 12 had a garden. Twenty staff were on leave.').filter((x) => x.kind === 'count-of' && x.operands.some((o) => o.raw === 'Twenty'));
    assert.equal(cs.length, 0);
  });
});

describe("a table of counts closed by a catch-all row and a Total row (tables/column-sum.ts additiveRows, CATCH_ALL)", () => {
  const table = (other: string, total: string, head = 'Reason for referral') => `${FM}| ${head} | Referrals |\n| --- | --- |\n| Housing | 30 |\n| Employment | 25 |\n| Health | 12 |\n| ${other} | 40 |\n| Total | ${total} |\n`;
  const rules = (t: string) => numbersDiagnostics(t).map((d) => d.ruleId);
  it("judges the Total against the rows: each case is in one row when the last is 'Other'", () => {
    // 30 + 25 + 12 + 40 = 107, not 112
    assert.deepEqual(rules(table('Other', '112')), ['numbers/table-shares']);
    assert.deepEqual(rules(table('Other', '107')), []);
  });
  it('traps: no catch-all row, or rows that are separate questions', () => {
    // rows that may overlap: not judged
    assert.deepEqual(rules(table('Family', '112')), []);
    assert.deepEqual(rules(table('Other', '112', 'Question')), []);
  });
});

describe("a row's counts and their Total column with a share column after each count: 'Settled | % settled | Not settled | % not settled | All releases' (tables/column-sum.ts)", () => {
  const rules = (t: string) => numbersDiagnostics(t).map((d) => d.ruleId);
  it('sums the count columns, passing over the share columns', () => {
    const t = (x: string) => `${FM}| Year | Housed | % housed | Not housed | % not housed | Total |\n| --- | --- | --- | --- | --- | --- |\n| 2021/22 | 900 | 90% | 100 | 10% | 1,000 |\n| 2022/23 | 720 | 80% | 180 | 20% | ${x} |\n`;
    // 720 + 180 = 900, not 950 (and 720 / 950 is not 80%)
    assert.ok(rules(t('950')).includes('numbers/table-shares'));
    assert.deepEqual(rules(t('900')), []);
  });
  it('trap: a last column of something else, with no Total header, is only guessed', () => {
    const t = `${FM}| Prison | Men | % | Women | % | Places |\n| --- | --- | --- | --- | --- | --- |\n| A | 400 | 80% | 20 | 4% | 500 |\n| B | 300 | 75% | 30 | 10% | 400 |\n`;
    assert.deepEqual(rules(t), []);
  });
});
