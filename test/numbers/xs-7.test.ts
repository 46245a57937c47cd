/**
 * Cross-sentence back-references, round 7 (helper xs): totals stated in an earlier sentence and the
 * shares and parts that point back to them. Sentences written for these tests, with the arithmetic in
 * the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const MISMATCH = ['numbers/percentage-mismatch'];
/** The judged claims of one kind as [verdict, figures]. */
const judged = (finding: string, kind: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === kind && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe("xs-7: two groups before 'these' (relations/several-groups.ts)", () => {
  it('stays silent when the group meant may be either group or both together', () => {
    // 'these' may be 52, 14 or 66: 30 fits 52 and 66
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. 30 of these were good.'), []);
    // 60 is more than 52 and 14 but not than 66
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. 60 of these were good.'), []);
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. Of these, 60 were good.'), []);
    // 45% fits 30/66 = 45.45%, not 30/52 = 57.69%: confirm-only, so no report
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. Of these, 30 (45%) were good.'), []);
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. Teaching was good in 30 of these. This was 45%.'), []);
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. Teaching was good in 30 of them, which is 45 per cent.'), []);
    // GRIM: 45% of 52 or of 14 needs rounding up, 30 of 66 gives it
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. 45% of these were good.'), []);
  });
  it('still reports a count larger than every reading, and reads one group as before', () => {
    // '30 files in each of the 4 teams' are 120: 90 of these is possible, 190 is not
    assert.deepEqual(rulesOf('We read 30 files in each of the 4 teams. Of these, 90 (75%) had a plan.'), []);
    assert.deepEqual(rulesOf('We read 30 files in each of the 4 teams. Of these, 190 had a plan.'), ['numbers/impossible']);
    // one group: 60 of 52 is impossible
    assert.deepEqual(rulesOf('We inspected 52 schools. 60 of these were good.'), ['numbers/impossible']);
    // a group after a preposition is where the first one is, not a second group: 40/90 = 44% is no majority
    assert.deepEqual(rulesOf('We read 90 case files at the three offices. The majority of them (40) had a plan.'), ['numbers/quantifier-mismatch']);
  });
  it("leaves 'them' alone when the clause names another plural group", () => {
    // 'them' may be the wings, which are not counted
    assert.deepEqual(rulesOf('The prison held 96 men. Staff said the wings were dirty and 120 of them needed repainting.'), []);
  });
});

describe("xs-7: 'k of these' followed by a verb (extract/reading.ts lookOf)", () => {
  it('takes the group before, not the verb, as what the count is of', () => {
    // 12 ≤ 40
    assert.deepEqual(judged('We sampled 40 personal plans. 12 of these were out of date.', 'count-of'), [['ok', '12 40']]);
    // 26/40 = 65%
    assert.deepEqual(rulesOf('We sampled 40 personal plans. 26 of these were up to date, which is 65%.'), []);
    // 24/40 = 60%, not 65%
    assert.deepEqual(rulesOf('We sampled 40 personal plans. 24 of these were up to date, which is 65%.'), MISMATCH);
  });
});

describe("xs-7: a share pointing back with a noun phrase of its own (back-share.ts)", () => {
  it("reads 'This is a recording accuracy of 80%'", () => {
    // 64/80 = 80%
    assert.deepEqual(rulesOf('We reviewed 80 crime reports. In 64 of these, the crime had been recorded correctly. This is a recording accuracy of 80%.'), []);
    // 60/80 = 75%, not 80%
    assert.deepEqual(rulesOf('We reviewed 80 crime reports. In 60 of these, the crime had been recorded correctly. This is a recording accuracy of 80%.'), MISMATCH);
  });
  it('leaves a change, or a share of a restricted group, alone', () => {
    // 'a rise of 20%' is a change
    assert.deepEqual(rulesOf('We reviewed 80 crime reports. In 64 of these, the crime had been recorded correctly. This was a rise of 20%.'), []);
    // 'of those we investigated in detail' is another base: 640/1240 = 51.6% proves nothing
    assert.deepEqual(rulesOf('We received 1,240 complaints about adult social care. We upheld 640 of them, which was 66% of those we investigated in detail.'), []);
  });
});

describe("xs-7: a count pointed back to by ', of whom' or 'of the NOUN' (of-these-share.ts)", () => {
  it('judges the clause-final share on the group', () => {
    // 12/43 = 27.91% → 28%
    assert.deepEqual(rulesOf('There had been 43 deaths since the last inspection, of whom 12 had taken their own lives (28%).'), []);
    // 12/43 = 28%, not 32%
    assert.deepEqual(rulesOf('There had been 43 deaths since the last inspection, of whom 12 had taken their own lives (32%).'), MISMATCH);
    // 9/12 = 75%
    assert.deepEqual(rulesOf('We visited 12 schools during the survey. In nine of the schools, leaders had a clear plan for mathematics (75%).'), []);
    // 8/12 = 66.67% → 67%, not 75%
    assert.deepEqual(rulesOf('We visited 12 schools during the survey. In 8 of the schools, leaders had a clear plan for mathematics (75%).'), MISMATCH);
  });
  it('leaves a group restricted after its noun alone', () => {
    // 'the schools in the north' may be a part of the 12
    assert.deepEqual(rulesOf('We visited 12 schools during the survey. In 8 of the schools in the north, leaders had a clear plan (75%).'), []);
  });
});

describe("xs-7: a pair after a part, and 'Of those who …' (of-these-share.ts readOfTheseOpening)", () => {
  it('takes the whole of a part for its sibling when the two make it', () => {
    // 12 + 3 = 15: 3/15 = 20%, not 25%
    assert.deepEqual(rulesOf('We looked at 15 staff files. Of these, 12 showed that checks had been made. Three (25%) did not.'), MISMATCH);
    assert.deepEqual(rulesOf('We looked at 15 staff files. Of these, 12 showed that checks had been made. Three (20%) did not.'), []);
    // 11 + 3 = 14, not 15: the whole is not known
    assert.deepEqual(rulesOf('We looked at 15 staff files. Of these, 11 showed that checks had been made. Three (25%) did not.'), []);
  });
  it("judges 'Of those who completed it' on the group that completed it", () => {
    // 390/556 = 70.14% → 70%, not 75%
    assert.deepEqual(rulesOf('In our survey, 556 prisoners completed the questionnaire. Of those who completed it, 390 (75%) said staff treated them with respect.'), MISMATCH);
    assert.deepEqual(rulesOf('In our survey, 556 prisoners completed the questionnaire. Of those who completed it, 390 (70%) said staff treated them with respect.'), []);
  });
  it("reports 'Of those who responded' only when the share would need more than the group", () => {
    // those who responded may be fewer than 182: 96/166 = 57.8% → 58% is possible
    assert.deepEqual(rulesOf('We surveyed 182 prisoners. Of those who responded, 96 (58%) said they had felt unsafe.'), []);
    // 45% of n = 96 needs n ≈ 213 > 182
    assert.deepEqual(rulesOf('We surveyed 182 prisoners. Of those who responded, 96 (45%) said they had felt unsafe.'), MISMATCH);
  });
});

describe('xs-7: parts tied to a group by the words that counted it (echoed-part.ts, confirm only)', () => {
  it('confirms a part counted with the same subject and verb', () => {
    // 15,591 ≤ 23,667
    assert.deepEqual(judged('During the year we resolved 23,667 enquiries in all. We resolved 15,591 by giving advice.', 'count-of'), [['ok', '15,591 23,667']]);
  });
  it("confirms the members after 'These included' and 'Among … were'", () => {
    // 6 ≤ 18, 4 ≤ 18, 6 + 4 ≤ 18
    assert.deepEqual(judged('Inspectors visited 18 schools in the autumn term. These included six special schools and four pupil referral units.', 'count-of'), [['ok', 'six 18'], ['ok', 'four 18']]);
    // 108 + 161 + 93 = 362 ≤ 410
    assert.equal(judged("In the year, 410 providers were inspected. Among this year's inspections were 108 colleges, 161 training providers and 93 community providers.", 'count-of').length, 3);
  });
  it('confirms a count that restates a bare share, and says nothing when it does not fit', () => {
    // 273/372 = 73.39% → 73%
    assert.ok(claimsOf('Of 372 homes rated inadequate, 73% had a better rating at their latest inspection. Among the 273 that improved, most went up one step.').some((c) => c.kind === 'percent-of' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '273')));
    // 250/372 = 67%, not 73%: the clause may name another group, so nothing is reported
    assert.deepEqual(rulesOf('Of 372 homes rated inadequate, 73% had a better rating at their latest inspection. Among the 250 that improved, most went up one step.'), []);
  });
});

describe("xs-7: 'Of these,' or 'Of this group,' opening the sentence (extract/of-these.ts, of-these-share.ts)", () => {
  it('judges a share at the end of the clause on the one group before', () => {
    // 26/40 = 65%
    assert.deepEqual(rulesOf('In total, 40 children were referred. Of this group, 26 were seen within a week (65%).'), []);
    // 26/40 = 65%, not 70%
    assert.deepEqual(rulesOf('In total, 40 children were referred. Of this group, 26 were seen within a week (70%).'), MISMATCH);
    assert.deepEqual(rulesOf('We examined 40 cases. Of these, 26 had a plan that addressed risk (70%).'), MISMATCH);
    // two groups before: 26/52 = 50%, 26/66 = 39%: not known, not reported
    assert.deepEqual(rulesOf('We inspected 52 schools and 14 colleges. Of these, 26 had a plan (70%).'), []);
    // a share of another time in the bracket is not read
    assert.deepEqual(rulesOf('We examined 40 cases. Of these, 26 had a plan (70% in 2023).'), []);
  });
  it("confirms a bare share after 'Of these,' that a whole number of the group gives", () => {
    // 26/40 = 65%
    assert.ok(claimsOf('We examined 40 case files. Of these, 65% contained a risk assessment.').some((c) => c.kind === 'percent-of' && c.verdict === 'ok'));
    // no whole number of 40 gives 66%, but the share may be of a sub-group: listed, not reported
    assert.deepEqual(rulesOf('We examined 40 case files. Of these, 66% contained a risk assessment.'), []);
  });
});

describe('xs-7: a share named after a count pointed back, or a fraction word (back-share.ts)', () => {
  it("reads ', a rate of P%' after 'k of these'", () => {
    // 80/100 = 80%
    assert.deepEqual(rulesOf('We audited 100 crime reports. We found that 80 of these were correctly recorded, a rate of 80%.'), []);
    // 85/100 = 85%, not 80%
    assert.deepEqual(rulesOf('We audited 100 crime reports. We found that 85 of these were correctly recorded, a rate of 80%.'), MISMATCH);
    // a change is no share
    assert.deepEqual(rulesOf('We audited 100 crime reports. We found that 80 of these were correctly recorded, an increase of 20%.'), []);
    // a rate of one count against another may pass 100%: 610/500 = 122%
    assert.deepEqual(rulesOf('The jail held 610 men against a certified capacity of 500, an occupancy rate of 122%.'), []);
  });
  it("reads 'That is three-quarters of the cases' as the fraction of the group before", () => {
    // 27/36 = 75%
    assert.deepEqual(rulesOf('We looked at 36 cases. In 27 of these there was a plan. That is three-quarters of the cases.'), []);
    // 24/36 = 66.67%, no three-quarters
    assert.deepEqual(rulesOf('We looked at 36 cases. In 24 of these there was a plan. That is three-quarters of the cases.'), ['numbers/fraction-mismatch']);
    // 24/36 = 66.67%: about two-thirds
    assert.deepEqual(rulesOf('We looked at 36 cases. In 24 of these there was a plan. That is about two-thirds.'), []);
  });
});

describe("xs-7: 'these' as the part just counted (extract/of-these.ts, of-these-share.ts)", () => {
  it('takes a part of the same sentence that holds the count', () => {
    // 'those' are the 14 reports: 3 ≤ 14
    assert.deepEqual(judged('All 21 of the reports concern centres run by the board. Fourteen of them are about centres in the north, and three of those had improved.', 'count-of').filter((x) => x[1]!.startsWith('three')), [['ok', 'three Fourteen']]);
  });
  it("confirms 'Of those, k' as a part of the group just counted when its share is of the wider one", () => {
    // 587/25,970 = 2.26% → 2.3%; 587 ≤ 3680
    const c = claimsOf('There were 25,970 attendances in the week, and 3680 patients (14.2%) waited longer than four hours. Of those, 587 (2.3%) waited more than eight hours.');
    assert.ok(c.some((x) => x.kind === 'count-of' && x.verdict === 'ok' && x.operands.map((o) => o.raw).join(' ') === '587 3680'));
  });
});

describe("xs-7: 'In k NOUN (P%)' opening the sentence after the one group of that noun (readOfTheseOpening)", () => {
  it('judges the pair on the group when the nouns are the same word', () => {
    // 45/60 = 75%
    assert.deepEqual(rulesOf('We reviewed 60 cases. In 45 cases (75%), the response was on time.'), []);
    // 45/60 = 75%, not 70%
    assert.deepEqual(rulesOf('We reviewed 60 cases. In 45 cases (70%), the response was on time.'), MISMATCH);
  });
  it('leaves a pair of another noun alone', () => {
    // 'cases' may be the complaints where a response was due, not the 60
    assert.deepEqual(rulesOf('We reviewed 60 complaints. In 45 cases (70%), the response was on time.'), []);
  });
});

describe("xs-7: 'This was P%' of another statistic (back-share.ts)", () => {
  it('does not judge a share of a rate, a figure or a number against the group', () => {
    // 50% of the national rate says nothing of 10/40
    assert.deepEqual(rulesOf('We inspected 40 schools. In 10 of these, leaders were new. This was 50% of the national rate.'), []);
    assert.deepEqual(rulesOf('We inspected 40 schools. In 10 of these, leaders were new. This was 50% of the figure for 2019.'), []);
    assert.deepEqual(rulesOf('We inspected 40 schools. In 10 of these, leaders were new. This was half the number in 2019.'), []);
    // 'of the schools' is the group: 10/40 = 25%, not 50%
    assert.deepEqual(rulesOf('We inspected 40 schools. In 10 of these, leaders were new. This was 50% of the schools.'), MISMATCH);
  });
});

describe('xs-7: a later whole of every thing of a noun (echoed-part.ts laterWhole, confirm only)', () => {
  it('confirms an earlier count of the same noun against it', () => {
    // 3 ≤ 15
    assert.ok(judged('Only three health boards have met the target since it was introduced. In September, six of the 15 boards achieved it.', 'count-of').some((x) => x[1] === 'three 15'));
  });
  it('says nothing of a larger earlier count, which may be of another time', () => {
    // 20 > 15: not read
    assert.ok(!judged('We visited 20 schools in March. In April, 12 of the 15 schools we saw were good.', 'count-of').some((x) => x[1] === '20 15'));
    assert.deepEqual(rulesOf('We visited 20 schools in March. In April, 12 of the 15 schools we saw were good.'), []);
  });
});
