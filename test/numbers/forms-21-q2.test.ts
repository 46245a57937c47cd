/**
 * Forms read by tuner q2 (issue 9, families cross-sentence and totals; sentences written for these tests).
 */
import assert from 'node:assert/strict';
import { claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

const sums = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'parts-sum');

describe("degrees of compliance given with a preposition: 'compliant with 15, substantially compliant with five and not compliant with three' (relations/degree-with.ts)", () => {
  it('takes the whole from the sentence before when the judging verb has an object before it', () => {
    // 14 + 4 + 3 = 21, not 20: each regulation gets one judgement
    assert.deepEqual(rulesOf('Inspectors assessed the designated centre against 20 regulations. It was compliant with 14, substantially compliant with four and not compliant with three.'), ['numbers/parts-sum']);
    // 13 + 4 + 3 = 20
    assert.deepEqual(sums('Inspectors assessed the designated centre against 20 regulations. It was compliant with 13, substantially compliant with four and not compliant with three.').map((c) => c.verdict), ['ok']);
  });
  it("reads a list whose last part closes with an aside of no count: ', including Regulation 28 on fire safety'", () => {
    // 9 + 4 + 2 = 15, not 14
    assert.deepEqual(rulesOf('Of the 14 regulations reviewed, the service was compliant with 9, substantially compliant with 4 and not compliant with 2, including Regulation 28 on fire safety.'), ['numbers/parts-sum']);
    // 8 + 4 + 2 = 14
    assert.deepEqual(sums('Of the 14 regulations reviewed, the service was compliant with 8, substantially compliant with 4 and not compliant with 2, including Regulation 28 on fire safety.').map((c) => c.verdict), ['ok']);
  });
  it("reads a band of two degrees and a frame after a phrase of place: 'At the Mater, of the 12 standards …, compliant or substantially compliant with seven'", () => {
    // 7 + 6 = 13 > 12: the bands share no degree, so they cannot pass the whole
    assert.deepEqual(rulesOf('At the regional hospital, of the 12 national standards assessed, the hospital was compliant or substantially compliant with seven and partially compliant with six.'), ['numbers/parts-sum']);
    // 7 + 5 = 12
    assert.deepEqual(sums('At the regional hospital, of the 12 national standards assessed, the hospital was compliant or substantially compliant with seven and partially compliant with five.').map((c) => c.verdict), ['ok']);
  });
  it('traps: a band or a list with no denial may leave a degree out, so a shortfall is not judged', () => {
    // 7 + 4 = 11 < 12: the last standard may have been not compliant
    assert.deepEqual(rulesOf('At the regional hospital, of the 12 national standards assessed, the hospital was compliant or substantially compliant with seven and partially compliant with four.'), []);
    assert.deepEqual(rulesOf('Of the 12 standards assessed, the centre was compliant with seven and substantially compliant with four.'), []);
    // with no band and no denial, not even an excess is read (7 + 6 = 13 > 12)
    assert.deepEqual(rulesOf('Of the 12 standards assessed, the centre was compliant with seven and substantially compliant with six.'), []);
  });
  it('traps: two bands that share a degree, or an aside with a count of its own, are not read', () => {
    // 'compliant or substantially compliant' and 'substantially compliant' overlap: 8 + 6 = 14 > 12 says nothing
    assert.deepEqual(rulesOf('Of the 12 standards assessed, the centre was compliant or substantially compliant with eight and substantially compliant with six.'), []);
    // the aside counts two more things: the list is not the last thing said
    assert.deepEqual(rulesOf('Of the 14 regulations reviewed, the service was compliant with 9, substantially compliant with 4 and not compliant with 2, including two on fire safety.'), []);
  });
  it("trap: a count of the sentence before that was not judged ('employs 22 staff') is no whole", () => {
    assert.deepEqual(rulesOf('The centre employs 22 staff. It was compliant with 15, substantially compliant with five and not compliant with three.'), []);
  });
});

describe("an absolute difference after the new count: 'N …, d more than the M …' (relations/change.ts readAbsolute; quantities.ts)", () => {
  const changes = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'change');
  it("reads a dash after a year pair as an aside, not a range: '… during 2023/24 – 130 more than the 1,310 we received'", () => {
    // 1,420 − 1,310 = 110, not 130
    assert.deepEqual(rulesOf('We closed 1,420 complaints during 2023/24 – 130 more than the 1,310 we received.'), ['numbers/change-mismatch']);
    // 1,420 − 1,310 = 110
    assert.deepEqual(changes('We closed 1,420 complaints during 2023/24 – 110 more than the 1,310 we received.').map((c) => c.verdict), ['ok']);
  });
  it("reads the old figure closing a short noun phrase with 'of': 'than its registered capacity of 50'", () => {
    // 44 − 50 = −6, not −4
    assert.deepEqual(rulesOf('The home had 44 residents on the day of the inspection, 4 fewer than its registered capacity of 50.'), ['numbers/change-mismatch']);
    assert.deepEqual(changes('The home had 46 residents on the day of the inspection, 4 fewer than its registered capacity of 50.').map((c) => c.verdict), ['ok']);
  });
  it("reads the new count as the subject of a be-verb: 'The 640 men held in 2024 were 52 more than in 2023 (598)'", () => {
    // 640 − 598 = 42, not 52
    assert.deepEqual(rulesOf('The 640 men held in 2024 were 52 more than in 2023 (598).'), ['numbers/change-mismatch']);
    assert.deepEqual(changes('The 640 men held in 2024 were 42 more than in 2023 (598).').map((c) => c.verdict), ['ok']);
  });
  it('traps: no old figure, a figure of another group between, or a multiple, is not read as the difference', () => {
    assert.deepEqual(rulesOf('We closed 1,420 complaints during 2023/24 – 130 more than we had planned.'), []);
    // the 52 is of the women, the nearer count: 30 − 598 says nothing
    assert.deepEqual(changes('The 640 men, and 30 women, were 52 more than in 2023 (598).').filter((c) => c.verdict === 'inconsistent'), []);
    assert.deepEqual(rulesOf('The 640 men held in 2024 were 52 more than twice the 294 held in 2010.'), []);
  });
  it('trap: a span of years is still a range of years', () => {
    assert.deepEqual(rulesOf('The plan for 2022/23 – 2024/25 set out 40 actions, and 12 were complete.'), []);
  });
});

describe("a list carried over the sentences after its whole, closed by a rest (relations/remainder.ts parallelFrame, listBetween)", () => {
  it("reads 'In 32, the medicine record was …. In 11 the record was …, and in the remaining nine …' as one list of the whole two back", () => {
    // 32 + 11 + 9 = 52, not 50: the frame may close with a comma, and 'the medicine record' and 'the record' are one subject
    assert.deepEqual(rulesOf('We audited 50 medication charts. In 32, the medicine record was complete. In 11 the record was incomplete, and in the remaining nine there was no record at all.'), ['numbers/complement-mismatch']);
    // 32 + 11 + 7 = 50
    assert.deepEqual(rulesOf('We audited 50 medication charts. In 32, the medicine record was complete. In 11 the record was incomplete, and in the remaining seven there was no record at all.'), []);
  });
  it("trap: another subject or another verb in the second frame asks another question", () => {
    assert.deepEqual(rulesOf('We audited 50 medication charts. In 32, the medicine record was complete. In 11 the care plan was incomplete, and in the remaining nine there was no record at all.'), []);
    assert.deepEqual(rulesOf('We audited 50 medication charts. In 32, the medicine record was complete. In 11 the record had gaps, and in the remaining nine there was no record at all.'), []);
  });
  it("reads a bare count opening the sentence after the whole as its first part, not the whole of the clause after its semicolon", () => {
    // 45 − 30 − 9 = 6, not 8 (against the 30 the fix would be 21)
    const text = 'We reviewed 45 risk assessments. Thirty were up to date; nine had not been reviewed since the last incident. The other eight had been written by agency staff.';
    const ds = numbersDiagnostics(reportWith([text]));
    assert.deepEqual(ds.map((d) => d.ruleId), ['numbers/complement-mismatch']);
    assert.match(ds[0]!.message, /rest of 45 after 30 \+ 9 is 6/);
    assert.deepEqual(rulesOf('We reviewed 45 risk assessments. Thirty were up to date; nine had not been reviewed since the last incident. The other six had been written by agency staff.'), []);
  });
  it('trap: a colon after the first count makes it the whole of what follows', () => {
    // 9 + 15 + 6 = 30: the list breaks down the 30
    assert.deepEqual(rulesOf('We reviewed 45 risk assessments. Thirty were up to date: nine had been reviewed this month and 15 last month. The other six were older.'), []);
  });
});

describe("'We made 12 recommendations. At this visit, seven had been achieved. Three were partly achieved and the remaining two …' (relations/remainder.ts readOne asList)", () => {
  it('reads the bare count opening the middle sentence as the first part of the whole two back', () => {
    // 12 − 7 − 3 = 2, not 3 (against the seven the fix would be 'four')
    const ds = numbersDiagnostics(reportWith(['We made 12 recommendations at the last inspection. At this visit, seven had been achieved. Three were partly achieved and the remaining three had not been started.']));
    assert.deepEqual(ds.map((d) => d.ruleId), ['numbers/complement-mismatch']);
    assert.match(ds[0]!.message, /rest of 12 after 7 \+ 3 is 2/);
    // 7 + 3 + 2 = 12
    assert.deepEqual(rulesOf('We made 12 recommendations at the last inspection. At this visit, seven had been achieved. Three were partly achieved and the remaining two had not been started.'), []);
  });
  it("traps: a reading of the middle count as the whole that fits is kept; 'of them' makes it the whole (other-total.ts otherWholeFits: the complement read against the 12 stands aside)", () => {
    // 7 − 3 = 4: the rest may be of the seven good homes
    assert.deepEqual(rulesOf('We visited 12 homes. Seven were rated good. Three had a new manager and the remaining four had the same one.'), []);
    // 'Three of them' are of the seven: 7 − 3 = 4
    assert.deepEqual(rulesOf('We made 12 recommendations. At this visit, seven had been achieved. Three of them had been achieved late and the remaining four on time.'), []);
  });
});

describe("'Of these, 163 concerned property': a verb after the count names no noun that narrows 'these' (extract/of-these.ts VERB_NEXT; register.ts wholeIsPart)", () => {
  it('reads the part against the one group before', () => {
    // 40 of 96 ✓
    const c = claimsOf('We received 96 complaints about the home. Of these, 40 concerned staffing.').find((x) => x.kind === 'count-of');
    assert.equal(c?.verdict, 'ok');
    // 140 of 96 is more than the whole
    assert.deepEqual(rulesOf('We received 96 complaints about the home. Of these, 140 concerned staffing.'), ['numbers/impossible']);
  });
  it("trap: two groups before, so 'these' may be both together", () => {
    // 120 ≤ 96 + 40
    assert.deepEqual(rulesOf('We received 96 complaints and 40 compliments. Of these, 120 concerned staffing.'), []);
  });
  it("a frame that names the part by a word of its clause makes it the whole of the next list: 'Of the parole appeals,'", () => {
    // 120 − 70 = 50, not 60
    assert.deepEqual(rulesOf('The panel received 310 appeals. Of these, 120 concerned parole. Of the parole appeals, 70 were upheld and the remaining 60 were dismissed.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('The panel received 310 appeals. Of these, 120 concerned parole. Of the parole appeals, 70 were upheld and the remaining 50 were dismissed.'), []);
  });
  it('trap: a frame of another kind leaves the rest unjudged against the part', () => {
    assert.deepEqual(rulesOf('The panel received 310 appeals. Of these, 120 concerned parole. Of the transfer appeals, 70 were upheld and the remaining 60 were dismissed.'), []);
  });
});

describe("a band of two named grades as one part: '180 were good or outstanding, 45 required improvement and 25 were inadequate' (relations/grade-parts.ts partsOf band)", () => {
  it('reads the band as one category, so the list is a partition of the whole', () => {
    // 180 + 45 + 25 = 250 > 240: a school has one grade
    assert.deepEqual(rulesOf('Of the 240 schools inspected, 180 were good or outstanding, 45 required improvement and 25 were inadequate.'), ['numbers/parts-sum']);
    // every grade named (the band names two): 180 + 45 + 10 = 235 < 240 is a shortfall
    assert.deepEqual(rulesOf('Of the 240 schools inspected, 180 were good or outstanding, 45 required improvement and 10 were inadequate.'), ['numbers/parts-sum']);
    // 180 + 45 + 15 = 240
    assert.deepEqual(sums('Of the 240 schools inspected, 180 were good or outstanding, 45 required improvement and 15 were inadequate.').map((c) => c.verdict), ['ok']);
  });
  it("traps: a band given by its bound ('good or better'), or a grade in two parts, is no partition", () => {
    assert.deepEqual(rulesOf('Of the 240 schools inspected, 180 were good or better, 45 required improvement and 25 were inadequate.'), []);
    assert.deepEqual(rulesOf('Of the 240 schools inspected, 180 were good or outstanding and 70 were good.'), []);
  });
});

describe("'In 25, the debrief was held within 48 hours. Another 9 …, and the rest, eight in all, …' (relations/remainder.ts timeFigure, the rest with 'in all')", () => {
  it('passes over a time in the first part\'s clause and reads a rest closed by "in all"', () => {
    // 40 − 25 − 9 = 6, not 8
    assert.deepEqual(rulesOf('We examined 40 incident records. In 25, the debrief was held within 48 hours. Another 9 were held within a week, and the rest, eight in all, were later still.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('We examined 40 incident records. In 25, the debrief was held within 48 hours. Another 9 were held within a week, and the remaining eight were later still.'), ['numbers/complement-mismatch']);
    // 25 + 9 + 6 = 40
    assert.deepEqual(rulesOf('We examined 40 incident records. In 25, the debrief was held within 48 hours. Another 9 were held within a week, and the rest, six in all, were later still.'), []);
  });
  it('trap: a count of people in the first part\'s clause is a figure of its own, so the list is not read', () => {
    assert.deepEqual(rulesOf('We examined 40 incident records. In 25, the debrief was attended by 3 managers. Another 9 were attended by one, and the rest, eight in all, by none.'), []);
  });
});

describe("a rest after one part 'k of them' of the group counted before (relations/remainder.ts leadPartsOfThem, partOfThemBefore)", () => {
  it("passes over a share word set off by dashes after the part: 'Eighteen of them – more than half – were rated good; the other 12 …'", () => {
    // 32 − 18 = 14, not 12
    assert.deepEqual(rulesOf('Inspectors visited 32 homes. Eighteen of them – more than half – were rated good; the other 12 required improvement.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('Inspectors visited 32 homes. Eighteen of them – more than half – were rated good; the other 14 required improvement.'), []);
  });
  it("reads the rest opening the sentence after the part's sentence: 'up to date in 42 of them (70%). In the other 20, …'", () => {
    // 60 − 42 = 18, not 20
    assert.deepEqual(rulesOf('We audited 60 care plans. The plan was up to date in 42 of them (70%). In the other 20, reviews were overdue.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('We audited 60 care plans. The plan was up to date in 42 of them (70%). In the other 18, reviews were overdue.'), []);
  });
  it('traps: another count in the part\'s sentence, or a rest of another group, is not read', () => {
    assert.deepEqual(rulesOf('We audited 60 care plans. The plan was up to date in 42 of them, and 6 staff had been trained. In the other 20, reviews were overdue.'), []);
    assert.deepEqual(rulesOf('We audited 60 care plans. The plan was up to date in 42 of them (70%). In the other 20 homes in the county, plans were not audited.'), []);
  });
});

describe("a capacity, its occupants and its vacancies: 'registered for 50 … 48 people were living there and there were 3 vacancies' (relations/capacity-vacancies.ts)", () => {
  it('reads the occupants and the vacancies as making the capacity, over one sentence or two', () => {
    // 48 + 3 = 51, not 50
    assert.deepEqual(rulesOf('The centre is registered for 50 residents. On the day of the inspection 48 people were living there and there were 3 vacancies.'), ['numbers/parts-sum']);
    // 29 + 4 = 33, not 32
    assert.deepEqual(rulesOf('The home is registered to accommodate 32 people; 29 people were living there at the time of the inspection and there were four vacant places.'), ['numbers/parts-sum']);
    // 48 + 2 = 50
    assert.deepEqual(sums('The centre is registered for 50 residents. On the day of the inspection 48 people were living there and there were 2 vacancies.').map((c) => c.verdict), ['ok']);
  });
  it('traps: another count that may hold or leave a place, or no capacity stated, leaves it unread', () => {
    // the two in hospital keep their places
    assert.deepEqual(rulesOf('The centre is registered for 50 residents. On the day of the inspection 46 people were living there, 2 were in hospital and there were 3 vacancies.'), []);
    // 'has 50 staff' is no capacity
    assert.deepEqual(rulesOf('The centre has 50 staff. On the day of the inspection 48 people were living there and there were 3 vacancies.'), []);
  });
});
