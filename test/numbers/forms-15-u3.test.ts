/**
 * Forms read by tuner u3 on the t- round's justice and care passages (sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

describe("a rest after parts in bands of time: '31 for more than a year and 52 for six to 12 months; the remaining 157 …' (relations/remainder.ts TIME_BOUND, quantities.ts propagate)", () => {
  it('reads a hedge before a length of time as the band, not as a hedge of the part', () => {
    // 31 + 52 + 157 = 240
    const c = claimsOf('Of 240 prisoners on the unit, 31 had been there for more than a year and 52 for six to 12 months; the remaining 157 had been there for less than six months.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
    // 31 + 52 + 167 = 250, not 240
    assert.deepEqual(rulesOf('Of 240 prisoners on the unit, 31 had been there for more than a year and 52 for six to 12 months; the remaining 167 had been there for less than six months.'), ['numbers/complement-mismatch']);
    // 30 + 20 + 45 = 95, not 90 ('6 to 12 months' is one band, its 6 no part)
    assert.deepEqual(rulesOf('Of 90 men in the unit, 30 had been held for over a year and 20 for 6 to 12 months; the other 45 for under six months.'), ['numbers/complement-mismatch']);
  });
  it('trap: a hedge before a part still leaves the list loose', () => {
    // 'more than 20': the part is not known exactly
    assert.deepEqual(rulesOf('Of 90 men in the unit, 30 had been held for over a year and more than 20 for 6 to 12 months; the other 45 for under six months.'), []);
  });
  it("trap: a band of days after 'within' is no part", () => {
    // 20 + 30 + 14 = 64; the 11 of '11 to 20 days' is a bound
    const c = claimsOf('We reviewed 64 complaints. Of these, 20 were answered within 10 days and 30 within 11 to 20 days; the remaining 14 took longer than 20 days.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
  });
});

describe("a list closed by its total set off by commas or dashes, named for people of any kind: '…, 12 staff in all', '— 13 staff in total —', '…, 119 in all, in …' (relations/trailing-total.ts)", () => {
  it('reads a total named by a word for people of any kind over parts named by their roles', () => {
    // 1 + 3 + 6 = 10
    const c = claimsOf('The night shift was made up of one nurse in charge, three staff nurses and six healthcare assistants, 10 staff in all.').find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
    // 1 + 3 + 6 = 10, not 11
    assert.deepEqual(rulesOf('The night shift was made up of one nurse in charge, three staff nurses and six healthcare assistants — 11 staff in total — for 28 patients.'), ['numbers/parts-sum']);
  });
  it("reads 'in all' followed by a comma and more of the sentence", () => {
    // 84 + 12 = 96, not 98
    assert.deepEqual(rulesOf('The wing held 84 men and 12 women, 98 in all, on the day we visited.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('The wing held 84 men and 12 women, 96 in all, on the day we visited.'), []);
  });
  it('traps: a total of another group, or a hedged total, is not judged', () => {
    // residents are not the staff listed
    assert.deepEqual(rulesOf('The home had one manager, two deputies and nine care workers — 40 residents in all — on two floors.'), []);
    // 'about 14': 1 + 2 + 9 = 12 may be about 14
    assert.deepEqual(rulesOf('The home had one manager, two deputies and nine care workers, about 14 staff in all.'), []);
  });
});

describe("a pair set beside a ratio by a comma or a dash restates it: 'for one in four people, 12 of the 48 using the service' (relations/ratio.ts APPOSED_PAIR)", () => {
  it('judges the ratio on the pair', () => {
    // 12/48 = 25%, one in four
    assert.deepEqual(rulesOf('Care plans had not been reviewed for one in four people, 12 of the 48 using the service.'), []);
    // 18/48 = 37.5%, not one in four
    assert.deepEqual(rulesOf('Care plans had not been reviewed for one in four people, 18 of the 48 using the service.'), ['numbers/fraction-mismatch']);
    // 81/290 = 27.9%, not about one in five (15% to 25%)
    assert.deepEqual(rulesOf('About one in five prisoners, 81 of the 290 we surveyed, said they felt unsafe.'), ['numbers/fraction-mismatch']);
    // 61/290 = 21.0%
    assert.deepEqual(rulesOf('One in five prisoners – 61 of the 290 we surveyed – said they felt unsafe.'), []);
  });
  it('traps: a pair of another group, or of a clause of its own, is not the ratio', () => {
    // homes against inspections: 11/44 = 25% says nothing of one in three homes
    assert.deepEqual(rulesOf('One in three homes, 11 of the 44 inspections, found staff shortages.'), []);
    // 'and' opens another clause: 30/40 = 75% is the women's
    assert.deepEqual(rulesOf('One in four men said they felt unsafe, and 30 of the 40 women said the same.'), []);
    assert.deepEqual(rulesOf('One in three staff had not had supervision, 11 of the 44 residents had no plan.'), []);
  });
});

describe("a rest after a quantifier 'of them' with its count in brackets: 'Most of them (29) said …; the remaining seven …' (relations/remainder.ts QUANTIFIER_OF_THEM)", () => {
  it('reads the bracketed count as the first part of the group before', () => {
    // 29 + 7 = 36
    const c = claimsOf('We spoke with 36 residents. Most of them (29) said the food was good; the remaining seven said it was poor.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
    // 29 + 9 = 38, not 36
    assert.deepEqual(rulesOf('We spoke with 36 residents. Most of them (29) said the food was good; the remaining nine said it was poor.'), ['numbers/complement-mismatch']);
  });
  it('traps: another part between, or a whole given roughly, leaves the rest unjudged', () => {
    // the 12 who said the portions were small may be among the 29
    assert.deepEqual(rulesOf('We spoke with 36 residents. Most of them (29) said the food was good, and 12 said the portions were small; the remaining seven said it was poor.'), []);
    assert.deepEqual(rulesOf('We spoke with about 36 residents. Most of them (29) said the food was good; the remaining nine said it was poor.'), []);
  });
});

describe("a rest of reports told by what they are on: '30 inspection reports on designated centres. … in 22 of the centres and … in the other eight' (relations/remainder.ts leadPartsOfThem, extract/reading.ts RECORD_OF)", () => {
  it('reads the centres named after a part as the things the reports are on, one report each', () => {
    // 22 + 8 = 30
    const c = claimsOf('HIQA published 30 inspection reports on designated centres. Inspectors found compliance in 22 of the centres and non-compliance in the other eight.').find((x) => x.kind === 'remainder');
    assert.equal(c?.verdict, 'ok');
    // 22 + 9 = 31, not 30
    assert.deepEqual(rulesOf('HIQA published 30 inspection reports on designated centres. Inspectors found compliance in 22 of the centres and non-compliance in the other nine.'), ['numbers/complement-mismatch']);
  });
  it('trap: inspections may be several of one centre, so their centres are no whole', () => {
    assert.deepEqual(rulesOf('HIQA carried out 30 inspections of designated centres. Inspectors found compliance in 22 of the centres and non-compliance in the other nine.'), []);
  });
});

describe("a change after two counts each with its year, the second gapped: '14 concerns in 2021/22 and 23 in 2022/23, a 64% increase' (relations/change.ts yearPair)", () => {
  it("judges the change from the earlier year's count to the later one's", () => {
    // (23 − 14) / 14 = 64.3%
    assert.deepEqual(rulesOf('The home raised 14 safeguarding concerns in 2021/22 and 23 in 2022/23, a 64% increase.'), []);
    const c = claimsOf('The home raised 14 safeguarding concerns in 2021/22 and 23 in 2022/23, a 64% increase.').find((x) => x.kind === 'change');
    assert.equal(c?.verdict, 'ok');
    // 64.3%, not 74%
    assert.deepEqual(rulesOf('The home raised 14 safeguarding concerns in 2021/22 and 23 in 2022/23, a 74% increase.'), ['numbers/change-mismatch']);
    // (378 − 420) / 420 = −10%, not 15%
    assert.deepEqual(rulesOf('The force recorded 420 hate crimes in 2022 and 378 in 2023, a fall of 15%.'), ['numbers/change-mismatch']);
  });
  it('trap: a third count in the sentence leaves the levels unknown', () => {
    // 'five homes' may be what the change is of
    assert.deepEqual(rulesOf('The home raised 14 safeguarding concerns in 2021/22 and 23 in 2022/23 across five homes, a 74% increase.'), []);
  });
});

describe("'k (P%) of whom' after a bare count opening its clause with its verb: '…; 82 were interviewed under caution, 57 (70%) of whom …' (extract/count-percent.ts whomWhole)", () => {
  it('takes the clause subject as the whole of the share', () => {
    // 57/82 = 69.5% -> 70%
    const c = claimsOf('In all, 293 officers were investigated; 82 were interviewed under criminal caution, 57 (70%) of whom were referred to the CPS.').find((x) => x.kind === 'count-percent' && x.operands.some((o) => o.value === 57));
    assert.equal(c?.verdict, 'ok');
    assert.ok(c?.operands.some((o) => o.role === 'n' && o.value === 82));
    // 57/82 = 69.5%, not 60%
    assert.deepEqual(rulesOf('In all, 293 officers were investigated; 82 were interviewed under criminal caution, 57 (60%) of whom were referred to the CPS.'), ['numbers/percentage-mismatch']);
  });
  it('traps: a hedged count, or a count that is no subject, is no whole', () => {
    assert.deepEqual(rulesOf('Around 82 were interviewed under caution, 57 (60%) of whom were charged.'), []);
    assert.deepEqual(rulesOf('Staff said 82 were interviewed, 57 (60%) of whom were charged.'), []);
  });
});

describe("grades written before their counts, after a pair and a colon: 'graded on nine of the ten questions: 'good' on six, 'requires improvement' on two and 'inadequate' on one' (relations/grade-parts.ts partsAfterGrades, colonPair)", () => {
  it("reads each grade with the count after it and the pair's part as the whole", () => {
    // 6 + 2 + 1 = 9 (this was a false alarm: 9 + 6 + 2 = 17 against ten)
    assert.deepEqual(rulesOf("The force was graded on nine of the ten questions: 'good' on six, 'requires improvement' on two and 'inadequate' on one."), []);
    // 5 + 2 + 1 = 8
    const c = claimsOf("Inspectors graded the service on eight of the nine standards: 'good' on five, 'requires improvement' on two and 'inadequate' on one.").find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
    // 4 + 2 + 1 = 7, not 8
    assert.deepEqual(rulesOf("Inspectors graded the service on eight of the nine standards: 'good' on four, 'requires improvement' on two and 'inadequate' on one."), ['numbers/parts-sum']);
  });
  it('reads the grades before their counts over a whole counted in the sentence before', () => {
    // 7 + 3 + 2 = 12
    const c = claimsOf("We rated 12 services. We judged the service 'good' in seven, 'requires improvement' in three and 'inadequate' in two.").find((x) => x.kind === 'parts-sum');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a list of two grades after the colon may leave grades out', () => {
    // 5 + 2 = 7 of nine: 'outstanding' and 'inadequate' are not named
    assert.deepEqual(rulesOf("The force was graded on nine of the ten questions: 'good' on five and 'requires improvement' on two."), []);
  });
});

describe("'k of those' after a part of a frame: 'Of the 312 …, 15 per cent (48) involved …, and 33 of those were referred' (extract/of-these.ts countOfThese, relations/count-of-total.ts frameParts, headBefore)", () => {
  const wholeOf = (text: string, k: number) => claimsOf(text).filter((c) => c.kind === 'count-of' && c.operands.some((o) => o.role === 'k' && o.value === k)).map((c) => c.operands.find((o) => o.role === 'n')?.value);
  it("takes the part just counted, not the frame's whole, as what 'those' names", () => {
    // 33 of 48, not of 312 (the 'one' of 'at least one' is no group)
    assert.deepEqual(wholeOf('Of the 312 investigations, 15 per cent (48) involved at least one criminal suspect, and 33 of those were referred to the CPS.', 33), [48]);
    // 37 of 214, past the share in brackets
    assert.deepEqual(wholeOf('Of the 1,946 detainees held in the year, 214 (11%) were children, and 37 of those children were held overnight.', 37), [214]);
  });
  it("trap: a 'k of those' larger than the part may be of the frame, so it is not reported", () => {
    assert.deepEqual(rulesOf('Of the 1,946 detainees held in the year, 214 (11%) were children, and 370 of those were held overnight.'), []);
  });
});

describe("a quantifier given in the next sentence by the group counted with its noun and a part of it: 'Most care plans … . We reviewed 16 care plans, and 13 had been …' (relations/quantifier-distant.ts toldAfter)", () => {
  it('reads the part after the group counted with the quantifier’s noun, or after a frame of it', () => {
    // 14/20 = 70%, most
    const c = claimsOf('Most staff said they felt well supported. We spoke with 20 staff, and 14 said they felt well supported.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 231/412 = 56%, most
    const d = claimsOf('Most of the applications the Board received concerned property. Of the 412 applications in all, 231 were about property lost on transfer.').find((x) => x.kind === 'quantifier');
    assert.equal(d?.verdict, 'ok');
    // 8/20 = 40%, not most: the part's clause says the quantifier's predicate again
    assert.deepEqual(rulesOf('Most staff said they felt well supported. We spoke with 20 staff, and 8 said they felt well supported.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: a part that says another thing only confirms, never reports', () => {
    // 5/16: the plans with no risk assessment are another finding
    assert.deepEqual(rulesOf('Most care plans were up to date. We reviewed 16 care plans, and 5 had no risk assessment.'), []);
    // 'in the last month' is not 'recently': confirm only
    assert.deepEqual(rulesOf('Most care plans had been reviewed recently with the person. We looked at 16 care plans, and 7 had been reviewed in the last month.'), []);
  });
});

describe("a table's Total row under rows that are the grades of a published scale: 'Outstanding | Good | Adequate | Inadequate' (tables/column-sum.ts gradeRows, framework/builtin/grade-scales.ts)", () => {
  const table = (rows: [string, number][], total: number) => `${FM}| Rating | Homes |\n| --- | --- |\n${rows.map(([l, v]) => `| ${l} | ${v} |`).join('\n')}\n| Total | ${total} |\n`;
  const rules = (t: string) => numbersDiagnostics(t).map((d) => d.ruleId);
  it('reports rows of one scale that pass their Total: a case has one grade', () => {
    // 14 + 9 + 3 = 26, more than 25
    assert.deepEqual(rules(table([['Good', 14], ['Adequate', 9], ['Poor', 3]], 25)), ['numbers/table-shares']);
    // 12 + 40 + 9 + 2 = 63, more than 60 (Ofsted's children's social care scale before 2014)
    assert.deepEqual(rules(table([['Outstanding', 12], ['Good', 40], ['Adequate', 9], ['Inadequate', 2]], 60)), ['numbers/table-shares']);
    assert.deepEqual(rules(table([['Outstanding', 12], ['Good', 40], ['Adequate', 9], ['Inadequate', 2]], 63)), []);
  });
  it('traps: a shortfall may be cases with no grade; rows of no one scale may overlap', () => {
    // 26 of 27: a row of ungraded homes may be left out
    assert.deepEqual(rules(table([['Good', 14], ['Adequate', 9], ['Poor', 3]], 27)), []);
    // 'Safe' is no grade of the scale: the rows may overlap
    assert.deepEqual(rules(table([['Good', 14], ['Safe', 9], ['Poor', 3]], 25)), []);
  });
});

describe("a whole named with a possessive: 'Of the trust's 7,948 staff, 1,517 (19%) …', '15 of the trust's 17 core services (88%)' (extract/total-first.ts FRAME_BEFORE, extract/count-of.ts OF_POSS)", () => {
  it('reads the frame and the pair past the possessive, with the share in brackets', () => {
    // 1517/7948 = 19.1% -> 19%
    assert.deepEqual(rulesOf("Of the trust's 7,948 staff, 1,517 (19%) worked at the main hospital."), []);
    // 19%, not 21%
    assert.deepEqual(rulesOf("Of the trust's 7,948 staff, 1,517 (21%) worked at the main hospital."), ['numbers/percentage-mismatch']);
    // 15/17 = 88.2% -> 88%, not 82%
    assert.deepEqual(rulesOf("Following the re-inspection, 15 of the trust's 17 core services (82%) are rated good."), ['numbers/percentage-mismatch']);
    const c = claimsOf("Following the re-inspection, 15 of the trust's 17 core services (88%) are rated good.").find((x) => x.kind === 'count-of');
    assert.equal(c?.verdict, 'ok');
  });
  it("trap: a part with a noun of its own may count several of one, so 'k inspections of its n' stays unjudged", () => {
    assert.deepEqual(rulesOf('The service carried out 39 inspections of its 34 homes (115%).'), []);
  });
});

describe("a fraction of a group named with a possessive: 'Nearly half of the Board's 15 members (seven)' (extract/fraction.ts OF_POSSESSIVE)", () => {
  it('judges the fraction on the count in brackets and the possessive group', () => {
    // 7/15 = 46.7%, nearly half
    assert.deepEqual(rulesOf("Nearly half of the Board's 15 members (seven) had joined in the last two years."), []);
    // 4/15 = 26.7%, not nearly half
    assert.deepEqual(rulesOf("Nearly half of the Board's 15 members (four) had joined in the last two years."), ['numbers/fraction-mismatch']);
  });
  it('trap: a possessive of a period is no group of the fraction', () => {
    // 'last year's': two words before the count, not read as the fraction's group
    assert.deepEqual(rulesOf("Nearly half of last year's 15 members (four) had left."), []);
  });
});

describe("a multiple of two rates of one base: '4.2 per 100 prisoners, twice the 2.1 per 100 recorded in 2019' (relations/multiple.ts rateBase)", () => {
  it('compares the two rates', () => {
    // 6.3 / 2.1 = 3.0
    const c = claimsOf('Self-harm ran at 6.3 per 100 prisoners, three times the 2.1 per 100 of the year before.').find((x) => x.kind === 'multiple');
    assert.equal(c?.verdict, 'ok');
    // 3.0, not twice
    assert.deepEqual(rulesOf('Self-harm ran at 6.3 per 100 prisoners, twice the 2.1 per 100 of the year before.'), ['numbers/change-mismatch']);
  });
  it('traps: rates of other bases, a rate against a count, or a change’s old level, are not compared', () => {
    assert.deepEqual(rulesOf('Self-harm ran at 6.3 per 1,000 prisoners, twice the 2.1 per 100 of the year before.'), []);
    assert.deepEqual(rulesOf('The rate was 6.3 per 100 prisoners, twice the 3 incidents of the year before.'), []);
    // 'up from 8.1': the old level of a change, not the base of 'double' (10.8 / 5.3 = 2.04)
    assert.deepEqual(rulesOf('The rate was 10.8 per million, up from 8.1 per million and double the national rate of 5.3 per million.'), []);
  });
});

describe("a service number after 'calls made to': 'of the 48,210 calls made to 999 (87.3%)' (quantities.ts PHONE_BEFORE)", () => {
  it('reads 999 as the number called, so the share is of the pair', () => {
    // 42087/48210 = 87.30%
    assert.deepEqual(rulesOf('The force answered 42,087 of the 48,210 calls made to 999 (87.3%) within 10 seconds.'), []);
    // 41087/48210 = 85.2%, not 87.3%
    assert.deepEqual(rulesOf('The force answered 41,087 of the 48,210 calls made to 999 (87.3%) within 10 seconds.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a count of 999 things is still a count', () => {
    // 999 visits made to the wing: no number is called
    const c = claimsOf('Staff made 999 visits to the wing (45%) in the year.');
    assert.ok(!c.some((x) => x.verdict === 'inconsistent'));
  });
});
