/**
 * Totals, round 8 (helper tot): parts told by the degree they meet a standard to, the noun left after a
 * preposition ('compliant with six, substantially compliant with three and not compliant with two'); a
 * whole made of two parts ('were made up of 800 … and 300 …') or 'broken down as' its parts; the whole
 * scale of agreement written out ('strongly agreed', 'agreed', 'disagreed', 'strongly disagreed'); a
 * table's 'Total assessed' row. And the readings beside them that must stay silent: parts that may
 * overlap, leave some out or nest. Sentences and tables written for these tests, with the arithmetic in
 * the comments.
 */
import assert from 'node:assert/strict';
import { claims, claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

const SUM = ['numbers/parts-sum'];
const verdicts = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);

describe('tot-8: degrees of one standard after a preposition (degree-with.ts)', () => {
  it('reports parts that pass the whole', () => {
    // 3 + 4 + 3 = 10 standards, of nine assessed
    assert.deepEqual(rulesOf('Nine standards were assessed; the centre was non-compliant with three, substantially compliant with four and compliant with three.'), SUM);
    // 6 + 8 = 14, of 12
    assert.deepEqual(rulesOf('Of the 12 regulations reviewed, the service was compliant with six and not compliant with eight.'), SUM);
  });
  it('reports a shortfall when every degree is named', () => {
    // 6 + 3 + 2 = 11, not 12: compliant, substantially compliant and not compliant are the whole scale
    assert.deepEqual(rulesOf('Of the 12 regulations reviewed, the service was compliant with six, substantially compliant with three and not compliant with two.'), SUM);
  });
  it('confirms parts that make the whole', () => {
    // 3 + 4 + 2 = 9
    assert.ok(verdicts('Nine standards were assessed; the centre was non-compliant with three, substantially compliant with four and compliant with two.', 'parts-sum').includes('ok'));
    assert.deepEqual(rulesOf('Eleven regulations were inspected: the home was compliant with six, partly compliant with three and not compliant with two.'), []);
  });
  it('reads the whole as the object of a verb of judging', () => {
    // 6 + 2 + 3 = 11, not 10
    assert.deepEqual(rulesOf('Inspectors assessed 10 standards: the service was effective in six, partly effective in two and not effective in three.'), SUM);
  });
  it('reads nothing when the parts are of two times or say more', () => {
    // 'on the first day', 'on the second': one standard may be counted twice
    assert.deepEqual(rulesOf('Ten standards were assessed; staff were compliant with six on the first day and not compliant with five on the second.'), []);
    // 'including two …': a further clause after the parts
    assert.deepEqual(rulesOf('Twelve regulations were reviewed; the centre was compliant with eight and not compliant with five, including two it had been compliant with at the last inspection.'), []);
  });
  it('leaves a shortfall of two degrees alone (a middle degree may be left out)', () => {
    // 6 + 2 = 8 of 12: the other four may be substantially compliant
    assert.deepEqual(rulesOf('Of the 12 regulations reviewed, the service was compliant with six and not compliant with two.'), []);
  });
  it('does not read counts of other things after the preposition', () => {
    // 'with 30 staff', 'with 12 residents': groups of people, not standards
    assert.deepEqual(rulesOf('Of the 12 homes visited, one was compliant with 30 staff and another not compliant with 12 residents.'), []);
    // no denial among the degrees: 'compliant' and 'substantially compliant' may not be all (6 + 8 = 14 of 12 is still no partition we can read)
    assert.deepEqual(rulesOf('Twelve regulations were assessed; the centre was compliant with six and substantially compliant with eight.'), []);
  });
});

describe('tot-8: a whole made up of two parts, or broken down as its parts (parts-sum.ts MADE_OF)', () => {
  it('reports two parts that fall short of a whole said to be made of them', () => {
    // 800 + 300 = 1,100, not 1,150
    assert.deepEqual(rulesOf('The 1,150 calls received in the quarter were made up of 800 emergency calls and 300 non-emergency calls.'), SUM);
  });
  it('reads "broken down as"', () => {
    // 230 + 200 + 70 = 500, not 510
    assert.deepEqual(rulesOf('The 510 incidents were broken down as 230 assaults on staff, 200 assaults on prisoners and 70 fights.'), SUM);
    // 230 + 210 + 70 = 510
    assert.deepEqual(rulesOf('The 510 incidents were broken down as 230 assaults on staff, 210 assaults on prisoners and 70 fights.'), []);
  });
  it('leaves two parts alone when something else may be in the whole', () => {
    // 'with the rest …': a third part with no figure
    assert.deepEqual(rulesOf('The 1,150 calls received in the quarter were made up of 800 emergency calls and 300 non-emergency calls, with the rest test calls.'), []);
    // 'mainly': not every call
    assert.deepEqual(rulesOf('The 1,150 calls received in the quarter were made up mainly of 800 emergency calls and 300 non-emergency calls.'), []);
  });
});

describe('tot-8: the whole scale of agreement (survey-answers.ts readAgreement)', () => {
  it('reports the five points of the scale passing 100%', () => {
    // 62 + 32 + 6 + 2 + 1 = 103, beyond the 2.5 that five rounded shares allow
    assert.deepEqual(rulesOf('Of the 1,480 responses, 62% strongly agreed and 32% agreed that their child was happy at the school; 6% disagreed, 2% strongly disagreed and 1% did not know.'), SUM);
    // 48 + 30 + 12 + 4 + 9 = 103
    assert.deepEqual(rulesOf('Of the 640 parents who responded, 48% strongly agreed, 30% agreed, 12% disagreed, 4% strongly disagreed and 9% did not know.'), SUM);
  });
  it('confirms the scale within rounding', () => {
    // 62 + 29 + 6 + 2 + 1 = 100
    assert.deepEqual(rulesOf('Of the 1,480 responses, 62% strongly agreed and 29% agreed that their child was happy at the school; 6% disagreed, 2% strongly disagreed and 1% did not know.'), []);
  });
  it('leaves a shortfall alone (some may not have answered)', () => {
    // 48 + 30 + 12 + 4 + 2 = 96: perhaps those who did not answer, or a point not named
    assert.deepEqual(rulesOf('Of the 640 parents who responded, 48% strongly agreed, 30% agreed, 12% disagreed, 4% strongly disagreed and 2% did not know.'), []);
  });
  it('leaves a strong answer that may be counted in the plain one', () => {
    // 'agreed' may include those who strongly agreed: 60 + 30 of 100 is no excess read so (60 + 10 = 70)
    assert.deepEqual(rulesOf('Asked about the school, 60% of parents agreed that it was well led, 30% strongly agreed and 10% disagreed.'), []);
    // both poles graded, but read nested (the strong ones inside the plain ones) 70 + 25 + 5 = 100 fits
    assert.deepEqual(rulesOf('Of the parents, 70% agreed, 40% strongly agreed, 25% disagreed, 10% strongly disagreed and 5% did not know.'), []);
  });
});

describe("tot-8: a table's 'Total assessed' row (grid.ts TOTAL_LABEL)", () => {
  const doc = (t: string) => `${FM}# Background\n\n| Judgment | Regulations |\n|---|---|\n| Compliant | 14 |\n| Substantially compliant | 5 |\n| Not compliant | 3 |\n| Total assessed | ${t} |\n`;
  it('sums the rows into it', () => {
    // 14 + 5 + 3 = 22
    assert.ok(claims(doc('22')).some((c) => c.kind === 'table-sum' && c.verdict === 'ok'));
    // 14 + 5 + 3 = 22, not 24
    assert.deepEqual(numbersDiagnostics(doc('24')).map((d) => d.ruleId), ['numbers/table-shares']);
  });
  it('leaves a lone Total over rows that may overlap', () => {
    // 'Safe' and 'Well led' are two questions: a service may count under both (12 + 9 = 21, not 18)
    const t = `${FM}# Background\n\n| Area | Services |\n|---|---|\n| Safe | 12 |\n| Well led | 9 |\n| Total assessed | 18 |\n`;
    assert.deepEqual(numbersDiagnostics(t), []);
  });
});

describe('tot-8: parts named and counted in brackets after a verb of making (parts-sum.ts labelledParts)', () => {
  it('reports the bracketed parts that miss the whole', () => {
    // 58 + 40 = 98, not 96
    assert.deepEqual(rulesOf('The 96 recommendations were split between the prison (58) and the health provider (40).'), SUM);
    // 40 + 25 + 12 = 77, not 75
    assert.deepEqual(rulesOf('The 75 staff comprise officers (40), civilians (25) and managers (12).'), SUM);
  });
  it('reads grades with their counts in brackets after a colon', () => {
    // 39 + 18 + 7 + 1 = 65, not 63
    assert.deepEqual(rulesOf('Ratings for the 63 services were: Good (39), Requires improvement (18), Inadequate (seven) and Outstanding (one).'), SUM);
    // 39 + 18 + 5 + 1 = 63
    assert.deepEqual(rulesOf('Ratings for the 63 services were: good (39), requires improvement (18), inadequate (five) and outstanding (one).'), []);
  });
  it('does not take the bracket after a name for a count of the whole', () => {
    // three homes named, each with a count of something else: 4 + 5 + 4 is no count of the 12 homes
    assert.deepEqual(rulesOf('We visited 12 homes: Ash House (4), Elm Court (5) and Birch Lodge (4).'), []);
  });
  it('confirms them, and leaves a list with a member not counted', () => {
    // 58 + 38 = 96
    assert.deepEqual(rulesOf('The 96 recommendations were split between the prison (58) and the health provider (38).'), []);
    // 'and volunteers': no figure, so 40 + 25 + 12 need not be 75
    assert.deepEqual(rulesOf('The 75 staff comprise officers (40), civilians (25), managers (12) and volunteers.'), []);
  });
});

describe('tot-8: a member of the list with no figure of its own (common.ts unnumberedItem)', () => {
  it('leaves the sum alone when one member is named without a count', () => {
    // 1 lead inspector + 8 + 3 = 12: 'a lead inspector' is in the total but has no figure
    assert.deepEqual(rulesOf('The team was made up of a lead inspector, 8 inspectors and 3 specialists, 12 in all.'), []);
    assert.deepEqual(rulesOf('The inspection team included a lead inspector, 8 inspectors and 3 specialists, 12 in all.'), []);
    // the manager + 8 + 3 + 2 = 14
    assert.deepEqual(rulesOf('The 14 staff comprised 8 care workers, the manager, 3 nurses and 2 cooks.'), []);
    assert.deepEqual(rulesOf('The team of 14 was made up of a lead inspector, 8 inspectors, 3 specialists and 2 observers.'), []);
  });
  it('still reports a list whose every member is counted', () => {
    // 8 + 3 + 2 = 13, not 14
    assert.deepEqual(rulesOf('The 14 staff comprised 8 care workers, 3 nurses and 2 cooks.'), SUM);
    // 62 + 28 = 90, not 91
    assert.deepEqual(rulesOf('We held 62 hearings in the spring and 28 in the autumn, 91 in all.'), SUM);
  });
});

describe('tot-8: shares closed by a total written after them (trailing-total.ts shareTotal)', () => {
  it('confirms a total of overlapping shares that is their sum', () => {
    // 71 + 31 = 102: the writer adds them, whatever they overlap
    assert.ok(verdicts('The breakdown showed that 71% of prisoners felt staff treated them with respect, while 31% felt staff had victimised them, a total of 102%.', 'shares-sum').includes('ok'));
    assert.deepEqual(rulesOf('The breakdown showed that 71% of prisoners felt staff treated them with respect, while 31% felt staff had victimised them, a total of 102%.'), []);
  });
  it('reports a total beyond the rounding of its shares', () => {
    // 71 + 31 = 102, not 105: three rounded figures allow 1.5
    assert.deepEqual(rulesOf('In the survey 71% felt respected and 31% felt victimised, a total of 105%.'), SUM);
  });
  it('allows the rounding of each share and of the total', () => {
    // 71 + 31 = 102 against 103: within 1.5
    assert.deepEqual(rulesOf('In the survey 71% felt respected and 31% felt victimised, a total of 103%.'), []);
  });
  it('leaves a hedged run alone', () => {
    // 'About 40%': 40 + 30 = 70 need not be 75
    assert.deepEqual(rulesOf('About 40% were men and 30% were women, a total of 75%.'), []);
  });
});

describe('tot-8: a colon and the bulleted list after it (index.ts joinedList)', () => {
  const doc = (intro: string, items: string[]) => `${FM}# Background\n\n${intro}\n\n${items.map((x) => `- ${x}`).join('\n')}\n`;
  const rules = (t: string) => numbersDiagnostics(t).map((d) => d.ruleId);
  it('reports grades in bullets that miss the whole before the colon', () => {
    // 10 + 18 + 6 + 2 = 36, not 37
    assert.deepEqual(rules(doc("Of the 37 children's homes inspected:", ['10 were outstanding', '18 were good', '6 required improvement', '2 were inadequate'])), SUM);
    // 44 + 20 + 18 = 82, not 80 (items closed by semicolons and '; and')
    assert.deepEqual(rules(doc('The 80 recommendations from the last inspection:', ['44 had been achieved;', '20 had been partially achieved; and', '18 had not been achieved.'])), SUM);
  });
  it('confirms a list that makes the whole', () => {
    // 10 + 18 + 6 + 2 = 36
    const t = doc("Of the 36 children's homes inspected:", ['10 were outstanding', '18 were good', '6 required improvement', '2 were inadequate']);
    assert.deepEqual(rules(t), []);
    assert.ok(claims(t).some((c) => c.kind === 'parts-sum' && c.verdict === 'ok'));
  });
  it('leaves bullets that may overlap alone', () => {
    // one prisoner may say all three: 70 + 45 + 30 = 145 of 120 is no error
    assert.deepEqual(rules(doc('Of the 120 prisoners surveyed:', ['70 said they felt safe', '45 said they had been victimised', '30 said they had a drug problem'])), []);
  });
  it('does not join a list after a paragraph that does not close on a colon', () => {
    // the list is not said to be of the 37
    assert.deepEqual(rules(doc("We inspected 37 children's homes.", ['10 were outstanding', '18 were good', '6 required improvement', '2 were inadequate'])), []);
  });
});

describe('tot-8: shares written after their grades (grade-shares.ts partsAfterGrades)', () => {
  it('reports grades whose shares pass 100%', () => {
    // 25 + 51 + 19 + 8 = 103, beyond the 2 that four rounded shares allow
    assert.deepEqual(rulesOf('The grades were outstanding (25%), good (51%), requires improvement (19%) and inadequate (8%).'), SUM);
    assert.deepEqual(rulesOf('The grades were: outstanding 25%, good 51%, requires improvement 19% and inadequate 8%.'), SUM);
  });
  it('confirms them within rounding, and leaves a shortfall', () => {
    // 25 + 51 + 19 + 5 = 100
    assert.deepEqual(rulesOf('The grades were outstanding (25%), good (51%), requires improvement (19%) and inadequate (5%).'), []);
    // 25 + 51 + 19 = 95: inadequate may be left out
    assert.deepEqual(rulesOf('The grades were outstanding (25%), good (51%) and requires improvement (19%).'), []);
  });
  it('reads no grade that names something else', () => {
    // 'poor practice in 51%': practices found in homes, a home may have several
    assert.deepEqual(rulesOf('Good practice was found in 25% of homes, poor practice in 51% and outstanding practice in 30%.'), []);
  });
});

describe("tot-8: 'which comprised' after the whole (parts-sum.ts wholeOf)", () => {
  it('reads the whole a relative clause says is made of its parts', () => {
    // 1,300 + 700 + 350 = 2,350, not 2,400
    assert.deepEqual(rulesOf('The 2,400 staff, which comprised 1,300 officers, 700 operational support grades and 350 civilians, were surveyed.'), SUM);
  });
  it('reads no list after a single dash (the rule of totals-5)', () => {
    assert.deepEqual(rulesOf('In total there were 2,400 staff – 1,300 officers, 700 operational support grades and 350 civilians.'), []);
    assert.deepEqual(rulesOf('The service had 30 staff – 10 more than the year before, and 5 vacancies.'), []);
  });
});

describe('tot-8: shares of a whole said to be made of them (made-shares.ts)', () => {
  it('reports shares that pass 100%', () => {
    // 70 + 20 + 15 = 105
    assert.deepEqual(rulesOf('The budget was split between staffing (70%), buildings (20%) and equipment (15%).'), SUM);
    // 60 + 45 = 105
    assert.deepEqual(rulesOf('The workforce is made up of 60% women and 45% men.'), SUM);
  });
  it('reports a shortfall of three parts or more', () => {
    // 55 + 30 + 10 = 95, beyond the 1.5 of three rounded shares
    assert.deepEqual(rulesOf('The caseload comprised 55% community orders, 30% licences and 10% suspended sentences.'), SUM);
  });
  it('confirms shares that make 100%, and leaves two short or a part unnamed', () => {
    assert.deepEqual(rulesOf('The budget was split between staffing (70%), buildings (20%) and equipment (10%).'), []);
    // 60 + 35 = 95 of two: a small rest may be unnamed
    assert.deepEqual(rulesOf('The workforce is made up of 60% women and 35% men.'), []);
    // 'and other costs': a part with no share
    assert.deepEqual(rulesOf('The budget was split between staffing (70%), buildings (20%), equipment (5%) and other costs.'), []);
  });
  it('reads no shares of groups of their own', () => {
    // 60% of the men and 45% of the women: two wholes
    assert.deepEqual(rulesOf('The sample comprised 60% of the men and 45% of the women interviewed.'), []);
  });
});

describe('tot-8: a whole in equal groups (equal-groups.ts)', () => {
  it('confirms K groups of M that make the whole', () => {
    // 3 x 15 = 45
    assert.ok(verdicts('HMICFRS will inspect all 45 fire and rescue services in England, in three sets of 15, starting in summer 2018.', 'parts-sum').includes('ok'));
  });
  it('never reports a product that misses (the sizes may be rough)', () => {
    // 4 x 25 = 100, not 120
    assert.deepEqual(rulesOf('We reviewed 120 cases in four batches of 25.'), []);
    assert.deepEqual(verdicts('We reviewed 120 cases in four batches of 25.', 'parts-sum'), ['unchecked']);
  });
});

describe('tot-8: cases decided, each after its verb of outcome in one degree (degree-with.ts readDegreeVerbs)', () => {
  it('reports outcomes that miss the cases decided', () => {
    // 110 + 70 + 50 = 230, not 240: upheld, partly upheld and not upheld are every outcome
    assert.deepEqual(rulesOf('We investigated 240 complaints: we upheld 110, partly upheld 70 and did not uphold 50.'), SUM);
    assert.deepEqual(rulesOf('Of the 240 complaints we investigated, we upheld 110, partly upheld 70 and did not uphold 50.'), SUM);
    assert.deepEqual(rulesOf('In 2024 we decided 240 complaints, upholding 110, partly upholding 70 and not upholding 50.'), SUM);
    // two degrees passing the whole: 110 + 150 = 260
    assert.deepEqual(rulesOf('Of the 240 complaints we investigated, we upheld 110 and did not uphold 150.'), SUM);
  });
  it('confirms outcomes that make the whole, and leaves a shortfall of two degrees', () => {
    assert.deepEqual(rulesOf('Of the 240 complaints we investigated, we upheld 110, partly upheld 70 and did not uphold 60.'), []);
    // 110 + 50 = 160 of 240: some may be partly upheld
    assert.deepEqual(rulesOf('Of the 240 complaints we investigated, we upheld 110 and did not uphold 50.'), []);
  });
  it('reads no whole that was only received (some may be open)', () => {
    assert.deepEqual(rulesOf('We received 240 complaints: we upheld 110, partly upheld 70 and did not uphold 50.'), []);
  });
});

describe('tot-8: parts that say they overlap (parts-sum.ts sameGradeTwice, both)', () => {
  it("leaves shares with a part for 'both' alone", () => {
    // 54 + 41 + 23 = 118: the 23% who have both are in the 54% and the 41% too
    assert.deepEqual(rulesOf('Of the 300 prisoners who answered, 52% said they had a mental health problem, 44% said they had a drug problem and 21% said they had both.'), []);
  });
  it('leaves one grade given for two questions alone', () => {
    // a practice may be good for being well led and good for being caring: 96 + 102 of 140 is no error
    assert.deepEqual(rulesOf('Of the 150 GP practices, 97 were rated good for being responsive and 109 good for being effective.'), []);
    // 'good' and 'good with outstanding features': one grade twice
    assert.deepEqual(rulesOf('Of the 30 homes, 12 were good, 15 good with outstanding features and 6 inadequate.'), []);
  });
  it('still reports a grade and its denial', () => {
    // 88 + 35 = 123, not 117
    assert.deepEqual(rulesOf('Of the 117 homes, 88 were compliant and 35 were not compliant.'), SUM);
  });
});

describe('tot-8: grades each with its count bare after it, after a colon (parts-sum.ts labelledParts)', () => {
  it('reports and confirms', () => {
    // 39 + 18 + 7 + 1 = 65, not 63
    assert.deepEqual(rulesOf('The 63 services were rated: good 39, requires improvement 18, inadequate seven and outstanding one.'), SUM);
    // 39 + 18 + 5 + 1 = 63
    assert.deepEqual(rulesOf('The 63 services were rated as follows: good 39, requires improvement 18, inadequate five and outstanding one.'), []);
  });
  it('reads no label that is not a grade', () => {
    assert.deepEqual(rulesOf('We visited 12 homes: ward 4, ward 5 and ward 4.'), []);
  });
});

describe("tot-8: a plain answer that may count the strong ones again (parts-sum.ts nestedAnswerFits)", () => {
  it('leaves the shares alone when read nested they do not pass 100%', () => {
    // 'agreed' may include 'strongly agreed': 72 + 8 = 80 (it was a false alarm: 72 + 30 + 8 = 110)
    assert.deepEqual(rulesOf('In the survey, 72% agreed that they felt safe, 30% strongly agreed and 8% disagreed.'), []);
  });
  it('still reports the whole scale written out', () => {
    // 62 + 32 + 6 + 2 + 1 = 103
    assert.deepEqual(rulesOf('Of the parents, 62% strongly agreed, 32% agreed, 6% disagreed, 2% strongly disagreed and 1% did not know.'), SUM);
  });
});

describe('tot-8: every degree of one outcome of cases said to be decided, before a semicolon (parts-sum.ts decidedBefore)', () => {
  it('reports a shortfall when the clause before says the cases were decided', () => {
    // 1,032 + 146 + 52 = 1,230, not 1,240: closed, and upheld, partly upheld and not upheld are every outcome
    assert.deepEqual(rulesOf('1,240 complaints were closed; 1,032 were upheld, 146 partly upheld and 52 not upheld.'), SUM);
  });
  it('leaves a shortfall of a whole that may hold open cases', () => {
    // not said to be decided: some may be pending (the rule of tot-6)
    assert.deepEqual(rulesOf('Of the 1,240 complaints, 1,032 were upheld, 146 partly upheld and 52 not upheld.'), []);
    assert.deepEqual(rulesOf('1,240 complaints were received; 1,032 were upheld, 146 partly upheld and 52 not upheld.'), []);
    // two degrees only: 'partly upheld' may be left out
    assert.deepEqual(rulesOf('1,240 complaints were closed; 1,032 were upheld and 52 not upheld.'), []);
  });
  it('confirms the parts that make the whole', () => {
    assert.deepEqual(rulesOf('Of the 1,240 complaints, 1,032 were upheld, 156 partly upheld and 52 not upheld.'), []);
  });
});
