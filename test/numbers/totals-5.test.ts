/**
 * Totals and remainders (issue 9 families 'Parts and remainders' and
 * 'Totals'): lists that are written as a partition of a stated whole, and
 * the traps where they are not. Sentences written for these tests, with the
 * arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

const MISMATCH = ['numbers/complement-mismatch'];

describe('totals-5: a rest after parts whose first is read by the verb after it', () => {
  it('takes the whole of the sentence before, not a part followed by a verb', () => {
    // 9 + 37 + 14 = 60, not 58
    assert.deepEqual(rulesOf('Ofsted inspected all 58 nurseries in the borough. Nine were outstanding and 37 were judged good, and the other 14 required improvement.'), MISMATCH);
    // 5 + 13 + 8 = 26, not 24 ('one or two' is a rough figure of measures, no part)
    assert.deepEqual(rulesOf('We visited all 24 approved premises in the region. Only 5 scored well on every measure, 13 slipped on one or two measures and the remaining 8 on most of them.'), MISMATCH);
    // Twelve + 31 + 9 = 52, not 50
    assert.deepEqual(rulesOf('HMICFRS looked at all 50 custody suites. Twelve were fully compliant and 31 needed minor changes, and the other nine required major work.'), MISMATCH);
  });
  it('accepts the same lists when they make the whole', () => {
    // 9 + 37 + 12 = 58
    assert.deepEqual(rulesOf('Ofsted inspected all 58 nurseries in the borough. Nine were outstanding and 37 were judged good, and the other 12 required improvement.'), []);
    // 5 + 13 + 6 = 24
    assert.deepEqual(rulesOf('We visited all 24 approved premises in the region. Only 5 scored well on every measure, 13 slipped on one or two measures and the remaining 6 on most of them.'), []);
    const c = claimsOf('HMICFRS looked at all 50 custody suites. Twelve were fully compliant and 29 needed minor changes, and the other nine required major work.');
    // 12 + 29 + 9 = 50
    assert.ok(c.some((x) => x.kind === 'remainder' && x.verdict === 'ok'));
  });
  it('leaves a list with a subset or overlap in it unjudged', () => {
    // 'including' makes the four a part of the ten, not of the 40: 10 + 28 = 38, not 40, is not judged
    assert.deepEqual(rulesOf('We rated all 40 prisons. Ten were good, including 4 that had improved since the last visit, and the other 28 were not.'), []);
    // 'both' says the parts overlap: 18 + 15 + 4 is not a sum of the 30
    assert.deepEqual(rulesOf('We spoke to all 30 staff. Eighteen had completed first aid and 15 fire safety training, and the other 4 had done both.'), []);
  });
});

describe('totals-5: a rest whose parts name their kind after "of them"', () => {
  it('reads the noun after the rest as its kind', () => {
    // 40 + 20 = 60, not 64
    assert.deepEqual(rulesOf('The home recorded 64 incidents last year – 40 of them falls, the remaining 20 medication errors – and reported each one.'), MISMATCH);
    // 310 + 95 = 405, not 415
    assert.deepEqual(rulesOf('The force received 415 complaints in the year, 310 of them allegations of rudeness and the other 95 allegations of delay.'), MISMATCH);
  });
  it('accepts the kinds when they make the whole', () => {
    // 40 + 24 = 64
    assert.deepEqual(rulesOf('The home recorded 64 incidents last year – 40 of them falls, the remaining 24 medication errors – and reported each one.'), []);
    // 310 + 105 = 415
    assert.deepEqual(rulesOf('The force received 415 complaints in the year, 310 of them allegations of rudeness and the other 105 allegations of delay.'), []);
  });
  it('keeps a rest of another group silent when the part names no kind', () => {
    // '25 of whom were positive' names no kind; the other 12 officers are another group
    assert.deepEqual(rulesOf('We spoke to 40 prisoners, 25 of whom were positive about their treatment, while the other 12 officers on the wing were not asked.'), []);
  });
});

describe('totals-5: "the rest, N," set off by commas', () => {
  it('reads the rest after parts of the sentence before', () => {
    // 30 + 20 = 50, not 48
    assert.deepEqual(rulesOf('The team examined 48 supervision files. Of these, 30 showed regular contact. The rest, 20, did not.'), MISMATCH);
    // 21 + 9 = 30, not 32
    assert.deepEqual(rulesOf('The panel sampled 32 case files. In 21 the plan was sound; in the rest, 9, it needed work.'), MISMATCH);
    // 140 + 70 = 210, not 200
    assert.deepEqual(rulesOf('The ombudsman closed 200 cases. Of these, 140 were resolved early. The remainder, 70, went to a full investigation.'), MISMATCH);
  });
  it('accepts a rest that makes the whole', () => {
    // 30 + 18 = 48
    assert.deepEqual(rulesOf('The team examined 48 supervision files. Of these, 30 showed regular contact. The rest, 18, did not.'), []);
    // 21 + 11 = 32
    assert.deepEqual(rulesOf('The panel sampled 32 case files. In 21 the plan was sound; in the rest, 11, it needed work.'), []);
  });
  it('keeps a rough rest, money and durations silent', () => {
    // 'about 20' is rough
    assert.deepEqual(rulesOf('The team examined 48 supervision files. Of these, 30 showed regular contact. The rest, about 20, did not.'), []);
    // money is no count of cases
    assert.deepEqual(rulesOf('The trust spent £48 million on staffing. Of this, £30 million went on agency nurses. The rest, £20 million, paid for bank staff.'), []);
    // days are no whole of sessions
    assert.deepEqual(rulesOf('The inspection lasted 10 days. In 6 the team was on site; in the rest, 5, it worked remotely.'), []);
  });
});

describe('totals-5: "Of the other N …," after a part of the whole two sentences back', () => {
  it('reads the part "k of them" and the other N as the whole', () => {
    // 18 + 10 = 28, not 27
    assert.deepEqual(rulesOf('The inspectorate published 27 reports on children’s homes this month. Eighteen of them concern homes run by private companies. Of the other 10 reports, four found good care and six found poor care.'), MISMATCH);
    // 9 + 5 = 14, not 15 (the 'in 3 of those' is a part of the nine)
    assert.deepEqual(rulesOf('We published 15 reports on secure colleges. Nine of them were full inspections, and in 3 of those the education was poor. Of the other 5 reports, two were follow-ups and three were thematic.'), MISMATCH);
  });
  it('accepts the same when it makes the whole', () => {
    // 18 + 9 = 27
    assert.deepEqual(rulesOf('The inspectorate published 27 reports on children’s homes this month. Eighteen of them concern homes run by private companies. Of the other 9 reports, four found good care and five found poor care.'), []);
    // 9 + 6 = 15
    assert.deepEqual(rulesOf('We published 15 reports on secure colleges. Nine of them were full inspections, and in 3 of those the education was poor. Of the other 6 reports, two were follow-ups and four were thematic.'), []);
  });
  it('keeps a part of another group silent', () => {
    // the eighteen are staff, not homes: 18 + 10 is no sum of the 27 homes
    assert.deepEqual(rulesOf('The council ran 27 homes last year. Eighteen staff left during the year. Of the other 10 homes, four were good and six were not.'), []);
  });
});

describe('totals-5: a list between dashes closed by its total', () => {
  const PARTS = ['numbers/parts-sum'];
  it('reports a total that the dashed list does not make', () => {
    // 45 + 38 = 83, not 93 (the 'two to three days' is a range of days, no part)
    assert.deepEqual(rulesOf('The review drew on two groups of children – 45 who had been excluded from school, and a further 38 who had been missing from care for two to three days – 93 children in all.'), PARTS);
    // 14 + 22 + 9 = 45, not 47
    assert.deepEqual(rulesOf('The audit covered three kinds of premises – 14 hostels, 22 supported flats and 9 bail houses – 47 premises in total.'), PARTS);
  });
  it('accepts a total that it makes', () => {
    // 45 + 38 = 83
    assert.deepEqual(rulesOf('The review drew on two groups of children – 45 who had been excluded from school, and a further 38 who had been missing from care for two to three days – 83 children in all.'), []);
    // 14 + 22 + 11 = 47
    assert.deepEqual(rulesOf('The audit covered three kinds of premises – 14 hostels, 22 supported flats and 11 bail houses – 47 premises altogether.'), []);
  });
  it('leaves a dashed list with another count or a subset in it unjudged', () => {
    // the 3 managers are not files: 40 + 25 = 65 is no sum judged against 68
    assert.deepEqual(rulesOf('The team read two sets of files – 40 where 3 managers had signed off the plan, and a further 25 with no plan – 68 files in all.'), []);
    // 'including 12' is a part of the 40: 40 + 25 = 65, not 70, is not judged
    assert.deepEqual(rulesOf('The team read files from two areas – 40 from the north, including 12 from one city, and 25 from the south – 70 files in all.'), []);
    // money is no count
    assert.deepEqual(rulesOf('The trust spent its grant in two ways – £40 million on staff and £25 million on buildings – £70 million in all.'), []);
    // 'about' makes the parts rough
    assert.deepEqual(rulesOf('The survey reached two groups – about 300 parents and 150 carers – 480 people in all.'), []);
  });
});

describe('totals-5: shares after ", of which" and the degrees of one outcome', () => {
  const PARTS = ['numbers/parts-sum'];
  it('reports degrees of one outcome whose shares pass 100%', () => {
    // 55 + 25 + 24 = 104, more than 100 + 1.5
    assert.deepEqual(rulesOf('The ombudsman investigated 380 complaints, of which 55% were upheld, 25% partly upheld and 24% not upheld.'), PARTS);
    // 'fully', 'partly', 'not': 62 + 21 + 22 = 105
    assert.deepEqual(rulesOf('The regulator reviewed 240 appeals, of which 62% were fully upheld, 21% partly upheld and 22% not upheld.'), PARTS);
    // counts in the same degrees: 60 + 35 + 30 = 125, not 120
    assert.deepEqual(rulesOf('Of the 120 complaints, 60 were fully upheld, 35 partly upheld and 30 not upheld.'), PARTS);
  });
  it('accepts them when they make 100% within rounding', () => {
    // 55 + 25 + 20 = 100
    assert.deepEqual(rulesOf('The ombudsman investigated 380 complaints, of which 55% were upheld, 25% partly upheld and 20% not upheld.'), []);
    // 62 + 21 + 17 = 100
    assert.deepEqual(rulesOf('The regulator reviewed 240 appeals, of which 62% were fully upheld, 21% partly upheld and 17% not upheld.'), []);
  });
  it('still judges the points of one polar scale, each with its own be-verb', () => {
    // 52 + 30 + 21 = 103
    assert.deepEqual(rulesOf('Of the 400 respondents, 52% were satisfied, 30% were neither satisfied nor dissatisfied and 21% were dissatisfied.'), PARTS);
    // 52 + 27 + 21 = 100
    assert.deepEqual(rulesOf('Of the 400 respondents, 52% were satisfied, 27% were neither satisfied nor dissatisfied and 21% were dissatisfied.'), []);
    // grades of a scale of its own, each with 'were': 40 + 35 + 30 = 105
    assert.deepEqual(rulesOf('Of the lessons seen, 40% were good, 35% were adequate and 30% were poor.'), PARTS);
    // bands sharing their last word: 40 + 35 + 30 = 105
    assert.deepEqual(rulesOf('Of the cases, 40% were low risk, 35% were medium risk and 30% were high risk.'), PARTS);
    // a third share that is no point of the scale: 52 + 30 + 21 is not judged
    assert.deepEqual(rulesOf('Of the 400 respondents, 52% were happy, 30% were unhappy and 21% were women.'), []);
  });
  it('keeps shares of attributes that may overlap silent', () => {
    // a person may be a woman, under 25 and disabled: 64 + 40 + 12 = 116 is no partition
    assert.deepEqual(rulesOf('The service supervised 300 people. Of these, 64% were women, 40% were under 25 and 12% were disabled.'), []);
    assert.deepEqual(rulesOf('The service supervised 300 people, of whom 64% were women, 40% were under 25 and 12% were disabled.'), []);
    // a case may have a plan, a review and be closed: 70 + 45 + 20 = 135
    assert.deepEqual(rulesOf('Inspectors reviewed 200 cases, of which 70% had a plan, 45% had been reviewed and 20% were closed.'), []);
    // 'fully' beside the bare outcome overlaps it: 'reviewed' and 'fully reviewed' (60 + 30 + 15 = 105)
    assert.deepEqual(rulesOf('Inspectors looked at 150 plans, of which 60% were reviewed, 30% fully reviewed and 15% not reviewed.'), []);
  });
});

describe('totals-5: a rest after a list of the sentence between it and its whole', () => {
  it('reads the whole two sentences back and the list between', () => {
    // 41 + 38 + 13 = 92, not 90
    assert.deepEqual(rulesOf('The panel heard 90 appeals. It allowed 41 and dismissed 38. The remaining 13 were withdrawn.'), MISMATCH);
    // 30 + 12 + 12 = 54, not 52
    assert.deepEqual(rulesOf('Inspectors visited 52 homes. In 30 the care was good and in a further 12 it required improvement. In the remaining 12 it was inadequate.'), MISMATCH);
  });
  it('reads "a further" as carrying on the list, so the one count before is a part', () => {
    // 30 + 12 + 12 = 54, not 52 (not 12 + 12 against the 30)
    const d = numbersDiagnostics(reportWith(['Inspectors visited 52 homes. In 30 the care was good. In a further 12 it required improvement, and in the remaining 12 it was inadequate.']));
    assert.deepEqual(d.map((x) => x.ruleId), MISMATCH);
    assert.match(d[0]!.message, /52/);
    // 30 + 12 + 12 = 54
    assert.deepEqual(rulesOf('Inspectors visited 54 homes. In 30 the care was good. In a further 12 it required improvement, and in the remaining 12 it was inadequate.'), []);
  });
  it('reads "the others, N," after a part before a semicolon', () => {
    // 10 + 14 + 14 = 38, not 36
    assert.deepEqual(rulesOf('We inspected 36 prisons. Ten were good and 14 reasonably good; the others, 14, were poor.'), MISMATCH);
    // 10 + 14 + 12 = 36
    assert.deepEqual(rulesOf('We inspected 36 prisons. Ten were good and 14 reasonably good; the others, 12, were poor.'), []);
  });
  it('accepts lists that make the whole', () => {
    // 41 + 38 + 11 = 90
    assert.deepEqual(rulesOf('The panel heard 90 appeals. It allowed 41 and dismissed 38. The remaining 11 were withdrawn.'), []);
  });
  it('keeps a list of other groups, or a rest still to come, silent', () => {
    // staff and prisoners are not prisons: 41 + 38 + 13 is no sum of the 90
    assert.deepEqual(rulesOf('We inspected 90 prisons. Inspectors interviewed 41 staff and 38 prisoners. The remaining 13 prisons were not visited.'), []);
    // the remaining 15 will be inspected: perhaps the rest of a wider programme
    assert.deepEqual(rulesOf('The programme covers 60 schools. We inspected 20 in the autumn and 21 in the spring. The remaining 15 will be inspected next year.'), []);
  });
});

describe('totals-5: a count split into its kinds between dashes', () => {
  const PARTS = ['numbers/parts-sum'];
  it('reports kinds that do not make the count', () => {
    // 136 + 28 = 164, not 154
    assert.deepEqual(rulesOf('We have now inspected all 154 acute trusts – the 136 non-specialist trusts and the 28 specialist ones – and published every report.'), PARTS);
    // 35 + 27 = 62, not 60
    assert.deepEqual(rulesOf('The probation service sampled 60 cases – 35 men and 27 women – for the inspection.'), PARTS);
    // 9 + 14 + 6 = 29, not 31
    assert.deepEqual(rulesOf('Estyn visited 31 settings – 9 nurseries, 14 primary schools and 6 special schools – during the term.'), PARTS);
  });
  it('accepts kinds that make it', () => {
    // 136 + 18 = 154
    assert.deepEqual(rulesOf('We have now inspected all 154 acute trusts – the 136 non-specialist trusts and the 18 specialist ones – and published every report.'), []);
    // 9 + 14 + 8 = 31
    assert.deepEqual(rulesOf('Estyn visited 31 settings – 9 nurseries, 14 primary schools and 8 special schools – during the term.'), []);
  });
  it('leaves dashes that hold no split into kinds silent', () => {
    // what happened to each case, not its kind: 35 + 27 = 62 is not judged against 60
    assert.deepEqual(rulesOf('We followed up 60 cases – 35 improved and 27 closed – during the year.'), []);
    // 'of them' and a place: a subset read elsewhere, not a split of kinds here
    assert.deepEqual(rulesOf('We followed up 60 cases – 35 of them in the north and 27 in the south – during the year.').filter((r) => r === 'numbers/parts-sum'), []);
    // a dash to the end of the sentence opens no closed list
    assert.deepEqual(rulesOf('The probation service sampled 60 cases – 35 men and 27 women.'), []);
    // attributes a case may share
    assert.deepEqual(rulesOf('The probation service sampled 60 cases – 35 with a plan and 40 with a review – for the inspection.'), []);
    // a clause before the dash: a band and its grades, perhaps not all of them
    assert.deepEqual(rulesOf('Of the 300 lessons seen, 210 were good or better – 31 outstanding and 150 good – and 90 were not.').filter((r) => r === 'numbers/parts-sum'), []);
  });
});

describe('totals-5: a part carried on by "a further" is no part of the count before it', () => {
  it('takes the whole of the sentence before, not the first part', () => {
    // 180 + 70 + 60 = 310: consistent, so no report (not 70 + 60 against the 180)
    assert.deepEqual(rulesOf('We looked at 310 complaints in detail. In 180 the response was timely; a further 70 were late, and the remaining 60 had no response at all.'), []);
    // 180 + 70 + 60 = 310, not 300
    assert.deepEqual(rulesOf('We looked at 300 complaints in detail. In 180 the response was timely; a further 70 were late, and the remaining 60 had no response at all.'), MISMATCH);
  });
  it('reads "the rest – N –" set off by dashes', () => {
    // 180 + 70 + 60 = 310, not 300
    assert.deepEqual(rulesOf('We looked at 300 complaints in detail. In 180 the response was timely; a further 70 were late, and the rest – 60 – had no response at all.'), MISMATCH);
    // 180 + 70 + 50 = 300
    assert.deepEqual(rulesOf('We looked at 300 complaints in detail. In 180 the response was timely; a further 70 were late, and the rest – 50 – had no response at all.'), []);
  });
  it('reads a bare part that opens its sentence as a part of the group before', () => {
    // 30 + 25 = 55, not 54
    assert.deepEqual(rulesOf('We reviewed 54 files. Thirty had a plan. Of the other 25, most had none.'), MISMATCH);
    // 30 + 24 = 54
    assert.deepEqual(rulesOf('We reviewed 54 files. Thirty had a plan. Of the other 24, most had none.'), []);
    // 'Thirty staff' are another group: 30 + 25 is no sum of the 54 files
    assert.deepEqual(rulesOf('We reviewed 54 files. Thirty staff were interviewed. Of the other 25 files, most had no plan.'), []);
  });
});

describe('totals-5: parts that give what cases have or did may overlap', () => {
  it('leaves an excess over the whole unjudged when the parts have different verbs of having or doing', () => {
    // a prison may have a library and offer work: 40 + 35 + 10 = 85 is more than 60, but the rest is of the union
    assert.deepEqual(rulesOf('We rated all 60 prisons. Forty had a good library and 35 offered enough work, and the other ten were closed.'), []);
    // a learner may attend and complete: 50 + 30 + 5 = 85, more than 70
    assert.deepEqual(rulesOf('The provider enrolled 70 learners. Fifty attended every session and 30 completed the course; the other five left early.'), []);
  });
  it('leaves an excess of parts that each said something unjudged, unless a later part denies the first', () => {
    // two questions: 40 + 35 + 10 = 85 is more than 60, but a prisoner may say both
    assert.deepEqual(rulesOf('Inspectors spoke to 60 prisoners. 40 said they felt safe and 35 said staff were respectful; the other 10 gave no answer.'), []);
    // one question, yes and no: 40 + 15 + 10 = 65, not 60
    assert.deepEqual(rulesOf('Inspectors spoke to 60 prisoners. 40 said they felt safe and 15 said they did not; the other 10 gave no answer.'), MISMATCH);
  });
  it('still reports a shortfall, which overlap cannot explain', () => {
    // 40 + 5 + 10 = 55, short of 60: the other ten cannot be all the rest
    assert.deepEqual(rulesOf('We rated all 60 prisons. Forty had a good library and 5 offered enough work, and the other ten were closed.'), MISMATCH);
  });
  it('still judges one question answered in degrees, or with one verb', () => {
    // 11 + 4 + 10 = 25, not 24
    assert.deepEqual(rulesOf('We checked 24 follow-up actions: 11 had been completed, 4 partly completed and the remaining 10 not started.'), MISMATCH);
    // 19 + 4 + 9 = 32, not 30
    assert.deepEqual(rulesOf('We looked at 30 care plans. Nineteen had been signed, four had been drafted and the remaining nine had not been started.'), MISMATCH);
  });
});

describe('totals-5: readings that only confirm', () => {
  const remainderOk = (finding: string) => claimsOf(finding).some((c) => c.kind === 'remainder' && c.verdict === 'ok');
  it('confirms a roughly given whole by its part and its rest, and never reports it', () => {
    // 4 + 25 = 29
    assert.ok(remainderOk('Since 2010 the regulator has issued notices to some 29 nurseries. Four of those nurseries received two notices and the remaining 25 one notice each.'));
    // 4 + 27 = 31, not 29: but 'some 29' is rough
    assert.deepEqual(rulesOf('Since 2010 the regulator has issued notices to some 29 nurseries. Four of those nurseries received two notices and the remaining 27 one notice each.'), []);
  });
  it('reads a part past what its cases have and a fraction in apposition', () => {
    // 9 + 3 = 12
    assert.ok(remainderOk('All 12 reports published this week concern homes run by the council. Nine of them, three-quarters, are full inspections of all 14 standards; the other three looked at five standards only.'));
    // 9 + 4 = 13, not 12
    assert.deepEqual(rulesOf('All 12 reports published this week concern homes run by the council. Nine of them, three-quarters, are full inspections of all 14 standards; the other four looked at five standards only.'), MISMATCH);
  });
  it('confirms a definite group that may be the rest of a part, and never reports it', () => {
    // 3 + 6 = 9
    assert.ok(remainderOk('This year 9 colleges were judged inadequate. Three of them are in Wales. Of the six in England, five improved on re-inspection.'));
    // 3 + 6 = 9, not 8: but 'in London' and 'in England' may overlap
    assert.deepEqual(rulesOf('This year 8 colleges were judged inadequate. Three of them are in London. Of the six in England, five improved on re-inspection.'), []);
  });
});

describe('totals-5: a list closed by words that make its total', () => {
  const PARTS = ['numbers/parts-sum'];
  it('reports a total after "a total of", "making", "giving a total of" or with its noun before "in total"', () => {
    // 31 + 27 = 58, not 60
    assert.deepEqual(rulesOf('There were 31 inspections in the north and 27 in the south, a total of 60.'), PARTS);
    // 410 + 300 = 710, not 720
    assert.deepEqual(rulesOf('The prison held 410 men on remand and 300 who had been sentenced, making 720 in all.'), PARTS);
    // 18 + 22 + 7 = 47, not 45
    assert.deepEqual(rulesOf('The ombudsman closed 18 cases in April, 22 in May and 7 in June, giving a total of 45 cases.'), PARTS);
    // 31 + 27 = 58, not 60
    assert.deepEqual(rulesOf('Inspectors carried out 31 visits to nurseries and 27 to childminders, 60 visits in total.'), PARTS);
  });
  it('accepts a total that the list makes', () => {
    // 31 + 27 = 58
    assert.deepEqual(rulesOf('There were 31 inspections in the north and 27 in the south, a total of 58.'), []);
    // 18 + 22 + 7 = 47
    assert.deepEqual(rulesOf('The ombudsman closed 18 cases in April, 22 in May and 7 in June, giving a total of 47 cases.'), []);
  });
  it('keeps totals of another group or of a wider count silent', () => {
    // staff are not homes or wards
    assert.deepEqual(rulesOf('We visited 12 homes and 9 wards, a total of 40 staff.'), []);
    // 'bringing the total to' adds to an earlier count
    assert.deepEqual(rulesOf('Inspectors found 3 new breaches and 2 repeated ones, bringing the total to 12 this year.'), []);
    // 'out of a total of' is a whole of more than the list
    assert.deepEqual(rulesOf('We inspected 31 homes in the north and 27 in the south, out of a total of 90.'), []);
    // rough parts
    assert.deepEqual(rulesOf('There were about 31 inspections in the north and 27 in the south, a total of 60.'), []);
    // money is no count
    assert.deepEqual(rulesOf('The trust spent £31 million on staff and £27 million on buildings, a total of £60 million.'), []);
  });
});

describe('totals-5: shares that must make 100% within rounding', () => {
  const PARTS = ['numbers/parts-sum'];
  it('reads answers of yes and no as one question without the question', () => {
    // 48 + 45 + 10 = 103, more than 100 + 1.5
    assert.deepEqual(rulesOf('Respondents were split: 48% said yes, 45% said no and 10% did not know.'), PARTS);
    // 48 + 42 + 10 = 100
    assert.deepEqual(rulesOf('Respondents were split: 48% said yes, 42% said no and 10% did not know.'), []);
    // under 100: some may not have answered (48 + 40 + 5 = 93)
    assert.deepEqual(rulesOf('Respondents were split: 48% said yes, 40% said no and 5% did not know.'), []);
    // two questions, not one: 60 + 55
    assert.deepEqual(rulesOf('Staff were asked two questions: 60% said yes to the first and 55% said no to the second.'), []);
    // statements, not answers of yes and no
    assert.deepEqual(rulesOf('Of the parents, 48% said the school was well led and 65% said their child was safe.'), []);
  });
  it('reads age bands that cover the scale as one partition', () => {
    // 35 + 40 + 30 = 105
    assert.deepEqual(rulesOf('Of the learners, 35% were under 19, 40% were aged 19 to 24 and 30% were 25 or over.'), PARTS);
    // 35 + 40 + 25 = 100
    assert.deepEqual(rulesOf('Of the learners, 35% were under 19, 40% were aged 19 to 24 and 25% were 25 or over.'), []);
    // bands that leave a gap (19 to 21 is missing) are no partition: 35 + 40 + 30 = 105 not judged
    assert.deepEqual(rulesOf('Of the learners, 35% were under 19, 40% were aged 22 to 24 and 30% were 25 or over.'), []);
  });
  it('reads "The remaining P%" opening a sentence as the rest of the one share before', () => {
    // 55 + 50 = 105
    assert.deepEqual(rulesOf('Of the 300 cases we read, 55% involved men. The remaining 50% involved women.'), MISMATCH);
    // 62 + 38 = 100
    assert.deepEqual(rulesOf('Of the 300 cases we read, 62% involved men. The remaining 38% involved women.'), []);
  });
  it('keeps a lone rest silent when it may be of another whole or year, or short of 100%', () => {
    // another whole
    assert.deepEqual(rulesOf('Of the 300 cases we read, 55% involved men. The remaining 50% of the budget went on staff.'), []);
    // a year of its own
    assert.deepEqual(rulesOf('In 2019, 55% of cases involved men. The remaining 50% involved women.'), []);
    // 30 + 50 = 80: an earlier share may make the rest
    assert.deepEqual(rulesOf('Twenty per cent of homes were run by councils. Charities ran 30% of them. The remaining 50% were private.'), []);
  });
});

describe('totals-5: the rest named, its count in the bracket closing its clause', () => {
  it('reads "the rest were poor (14)" as the rest', () => {
    // 10 + 14 + 14 = 38, not 36
    assert.deepEqual(rulesOf('We inspected 36 prisons. Ten were good, 14 were reasonably good and the rest were poor (14).'), MISMATCH);
    // 10 + 14 + 12 = 36
    assert.deepEqual(rulesOf('We inspected 36 prisons. Ten were good, 14 were reasonably good and the rest were poor (12).'), []);
    // 30 + 18 = 48, not 50
    assert.deepEqual(rulesOf('Of the 50 supervision cases, 30 were men and the others were women (18).'), MISMATCH);
  });
  it('keeps a bracket after two categories, or a share, silent', () => {
    // the 18 may be the young people alone
    assert.deepEqual(rulesOf('Of the 50 supervision cases, 30 were men and the others were women or young people (18).'), []);
    // a share, not the count of the rest
    assert.deepEqual(rulesOf('Of the 50 supervision cases, 30 were men and the rest were women (18%).').filter((r) => r === 'numbers/complement-mismatch'), []);
  });
});

describe('totals-5: lists over three and four sentences', () => {
  it('reads "Of these," then "A further" then the rest, the whole three sentences back', () => {
    // 11 + 20 + 13 = 44, not 43
    assert.deepEqual(rulesOf('HMICFRS inspected 43 forces. Of these, 11 were outstanding. A further 20 were good. The remaining 13 required improvement.'), MISMATCH);
    // 11 + 20 + 12 = 43
    assert.deepEqual(rulesOf('HMICFRS inspected 43 forces. Of these, 11 were outstanding. A further 20 were good. The remaining 12 required improvement.'), []);
  });
  it('reads a list after an opening phrase in the sentence between, its parts naming no other group', () => {
    // 14 + 7 + 6 = 27, not 26
    assert.deepEqual(rulesOf('We made 26 recommendations last time. Since then, 14 have been achieved and seven partly achieved. The other six have not been achieved.'), MISMATCH);
    // 14 + 7 + 5 = 26
    assert.deepEqual(rulesOf('We made 26 recommendations last time. Since then, 14 have been achieved and seven partly achieved. The other five have not been achieved.'), []);
    // the parts are staff, not recommendations
    assert.deepEqual(rulesOf('We made 26 recommendations last time. Since then, 14 managers have left and seven officers have joined. The other six recommendations are still open.'), []);
  });
});

describe('totals-5: grades after a pair of the sentence before', () => {
  const PARTS = ['numbers/parts-sum'];
  it('judges grades that exceed both the pair part and its whole against the whole', () => {
    // 7 + 2 + 6 = 15, more than 14 (and than 9)
    const d = numbersDiagnostics(reportWith(['Nine out of the 14 prisons visited must improve their safety. Of those inspected in the spring, seven were rated requires improvement for safety and two inadequate; six prisons were rated good for safety.']));
    assert.deepEqual(d.map((x) => x.ruleId), PARTS);
    assert.match(d[0]!.message, /not 14/);
  });
  it('accepts grades that make the whole or the part', () => {
    // 7 + 2 + 5 = 14
    assert.deepEqual(rulesOf('Nine out of the 14 prisons visited must improve their safety. Of those inspected in the spring, seven were rated requires improvement for safety and two inadequate; five prisons were rated good for safety.'), []);
    // 7 + 2 = 9
    assert.deepEqual(rulesOf('Nine out of the 14 prisons visited must improve their safety. Seven were rated requires improvement for safety and two inadequate.'), []);
  });
  it('leaves grades between the part and the whole unjudged', () => {
    // 7 + 3 = 10: more than nine, fewer than 14; which whole is meant is not known
    assert.deepEqual(rulesOf('Nine out of the 14 prisons visited must improve their safety. Seven were rated requires improvement for safety and three inadequate.'), []);
  });
});

describe('totals-5: a rest after the same subject and verb as the list before it', () => {
  it('reads "It judged … . It judged the other N …"', () => {
    // 30 + 70 + 25 = 125, not 120
    assert.deepEqual(rulesOf('Ofsted inspected 120 providers. It judged 30 outstanding and 70 good. It judged the other 25 to require improvement.'), MISMATCH);
    // 30 + 70 + 20 = 120
    assert.deepEqual(rulesOf('Ofsted inspected 120 providers. It judged 30 outstanding and 70 good. It judged the other 20 to require improvement.'), []);
  });
  it('keeps parts that name other groups silent', () => {
    // nurseries and childminders are named groups of their own: 30 + 70 + 25 is not judged against 120
    assert.deepEqual(rulesOf('Ofsted inspected 120 providers. It visited 30 nurseries and 70 childminders. It visited the other 25 schools later.'), []);
  });
});

describe('totals-5: a run of shares is not confirmed when the list goes on', () => {
  it('does not confirm two shares that make 100% when a third share follows with "and"', () => {
    // 70 + 30 = 100, but 70 + 30 + 8 = 108: no confirmation of the first two
    const c = claimsOf('Most of the 480 homes – 70% – are run by charities; thirty per cent are run by councils and 8% by private firms.');
    assert.ok(!c.some((x) => x.kind === 'shares-sum' && x.verdict === 'ok'), JSON.stringify(c.map((x) => [x.kind, x.verdict, x.arithmetic])));
    // 70 + 22 + 8 = 100 is confirmed
    assert.ok(claimsOf('Most of the 480 homes – 70% – are run by charities; twenty-two per cent are run by councils and 8% by private firms.').some((x) => x.kind === 'shares-sum' && x.verdict === 'ok'));
  });
});
