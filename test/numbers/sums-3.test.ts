/**
 * Sums, third round: counts that make a stated total, within a sentence and
 * across two or three (relations/remainder.ts, parts-sum.ts, grade-parts.ts,
 * split-groups.ts, spread-sum.ts). Sentences written for these tests; the sums
 * are worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { claimsOf, rulesOf } from './helpers.js';

const SUM_KINDS = new Set(['parts-sum', 'shares-sum', 'remainder']);
const sums = (finding: string): ClaimRecord[] => claimsOf(finding).filter((c) => SUM_KINDS.has(c.kind));
/** [verdict, figures] of each sum claim that was judged. */
const judged = (finding: string) => sums(finding).filter((c) => c.verdict !== 'unchecked').map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);
const sumRules = (finding: string) => rulesOf(finding).filter((r) => r === 'numbers/parts-sum' || r === 'numbers/complement-mismatch');

describe('numbers sums 3: a rest after a list in the sentence before (remainder.ts)', () => {
  it('reads the whole two sentences back when the list opens with "Of these,"', () => {
    // 40 + 12 + 8 = 60
    assert.deepEqual(judged('The team checked 60 care plans. Of these, 40 were up to date and 12 partly up to date. The remaining 8 were out of date.'), [['ok', '60 40 12 8']]);
    // 40 + 12 + 10 = 62, not 60: the rest should be 8
    assert.deepEqual(sumRules('The team checked 60 care plans. Of these, 40 were up to date and 12 partly up to date. The remaining 10 were out of date.'), ['numbers/complement-mismatch']);
  });
  it('reads the rest of a pair counted in the sentence before', () => {
    // 43 − 12 = 31
    assert.deepEqual(judged('The council reviewed 43 placements and found only 12 of them suitable. The remaining 31 were unsuitable.'), [['ok', '43 12 31']]);
    // 43 − 12 = 31, not 33
    assert.deepEqual(sumRules('The council reviewed 43 placements and found only 12 of them suitable. The remaining 33 were unsuitable.'), ['numbers/complement-mismatch']);
  });
  it('reads "the other N reports" of N reports after "In k centres"', () => {
    // 25 − 16 = 9, not 10
    assert.deepEqual(sumRules('The regulator published 25 reports this month. In 16 centres inspectors found full compliance. The other 10 reports found breaches of the regulations.'), ['numbers/complement-mismatch']);
    assert.deepEqual(sumRules('The regulator published 25 reports this month. In 16 centres inspectors found full compliance. The other 9 reports found breaches of the regulations.'), []);
  });
  it('traps: a part of another noun, a hedged part, a rest of its own subgroup', () => {
    // the 16 are staff, not reports: 16 + 10 = 26 of 25 is not judged
    assert.deepEqual(sumRules('The regulator published 25 reports this month. Inspectors spoke to 16 staff members. The other 10 reports found breaches.'), []);
    // 'about 40' is no exact part
    assert.deepEqual(sumRules('The team checked 60 care plans. Of these, about 40 were up to date and 12 partly up to date. The remaining 10 were out of date.'), []);
  });
});

describe('numbers sums 3: confirmations a rest or a complement gives (remainder.ts)', () => {
  it('confirms a rest whose pair is some sentences back, and never reports one that does not fit', () => {
    // 30 − 22 = 8
    const s = 'The board has reviewed all 30 schools and has so far graded 22 of them. Most (15) are good and seven are adequate. Grades for the remaining 8 schools will follow.';
    assert.ok(sums(s).some((c) => c.kind === 'remainder' && c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '30 22 8'));
    assert.deepEqual(sumRules(s.replace('remaining 8', 'remaining 9')), []);
  });
  it('confirms "Of the remaining X, a … and b …" against the two counts of the sentence before', () => {
    // 50 − 20 = 30 = 18 + 12
    const s = 'Fewer than half of the 50 homes were compliant: only 20 met the standard. Of the remaining homes, 18 were not compliant with two or more standards and 12 with one.';
    assert.ok(sums(s).some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '50 20 18 12'));
    assert.deepEqual(sumRules(s.replace('and 12 with one', 'and 14 with one')), []);
  });
  it('confirms a count of the pair\'s noun in the next sentence that is its rest', () => {
    // 36 − 24 = 12
    const s = 'Inspectors visited 36 nurseries and found 24 of them good. A total of 12 nurseries were judged to require improvement.';
    assert.ok(sums(s).some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '36 24 12'));
    // another noun: no reading
    assert.ok(!sums('Inspectors visited 36 nurseries and found 24 of them good. A total of 12 staff were interviewed.').some((c) => c.operands.some((o) => o.raw === '12')));
  });
});

describe('numbers sums 3: counts by grade (grade-parts.ts)', () => {
  it('takes the whole of the pair the first part opens, past a year', () => {
    // 12 + 9 + 29 = 50
    assert.deepEqual(judged('Only 12 of the 50 services inspected in 2021-22 were good; nine were inadequate and 29 required improvement.'), [['ok', '50 12 nine 29']]);
    // 12 + 9 + 31 = 52 > 50: a case has one grade
    assert.deepEqual(sumRules('Only 12 of the 50 services inspected in 2021-22 were good; nine were inadequate and 31 required improvement.'), ['numbers/parts-sum']);
    // 12 + 9 + 27 = 48 < 50 with outstanding unnamed: not judged
    assert.deepEqual(sumRules('Only 12 of the 50 services inspected in 2021-22 were good; nine were inadequate and 27 required improvement.'), []);
  });
  it('reads a grade in another form of its verb ("require improvement")', () => {
    // 20 + 14 + 2 = 36; 'none is outstanding' names the fourth grade
    assert.deepEqual(judged('The inspectorate rated 36 of them. Twenty (20) require improvement and 14 are good; two are inadequate and none is outstanding.').filter(([, f]) => f.includes('Twenty') || f.includes('20')), [['ok', '36 20 14 two']]);
  });
  it('judges a shortfall against the sentence before when every grade is named and the first part names the whole\'s noun', () => {
    // 4 + 12 + 6 + 2 = 24, not 25
    assert.deepEqual(sumRules('The report covers inspections of 25 youth services over the year. Inspectors rated four services Outstanding, 12 Good, six Requires improvement and two Inadequate.'), ['numbers/parts-sum']);
    // the first part names another noun: one of the 25 reports may carry no rating
    assert.deepEqual(sumRules('The report covers 25 inspection reports over the year. Inspectors rated four services Outstanding, 12 Good, six Requires improvement and two Inadequate.'), []);
  });
  it('carries a list by grade on into the next sentence', () => {
    // 10 + 25 + 15 = 50, and no authority outstanding
    assert.deepEqual(judged('Of the 50 authorities inspected, 20 per cent (10) were graded inadequate and 50 per cent (25) requires improvement. A further 15 were rated good, and no authority was outstanding.').filter(([, f]) => f.split(' ').length === 4), [['ok', '50 10 25 15']]);
    // 10 + 25 + 17 = 52, not 50
    assert.deepEqual(sumRules('Of the 50 authorities inspected, 10 were graded inadequate and 25 requires improvement. A further 17 were rated good, and no authority was outstanding.'), ['numbers/parts-sum']);
    // another count in the second sentence: not judged
    assert.deepEqual(sumRules('Of the 50 authorities inspected, 10 were graded inadequate and 25 requires improvement. A further 17 were rated good after 3 visits, and no authority was outstanding.'), []);
  });
});

describe('numbers sums 3: lists after a colon (parts-sum.ts, split-groups.ts)', () => {
  it('reads a part broken down after a colon as the whole of the parts after it', () => {
    // 8 + 6 + 5 + 11 = 30
    assert.deepEqual(judged('Of the 45 homes inspected, 30 were in breach of one or more standards: eight with one standard, six with two, five with three and 11 with four or more.'), [['ok', '30 eight six five 11']]);
    // 8 + 6 + 7 + 11 = 32, not 30
    assert.deepEqual(sumRules('Of the 45 homes inspected, 30 were in breach of one or more standards: eight with one standard, six with two, seven with three and 11 with four or more.'), ['numbers/parts-sum']);
  });
  it('reads the number of groups before a colon as no whole, and the sizes against the whole', () => {
    // 12 + 15 + 11 = 38
    assert.deepEqual(judged('The 38 reports were published in three batches: 12 in March, 15 in July and the last 11 in November.'), [['ok', '38 12 15 11']]);
    // 12 + 15 + 13 = 40, not 38 (and never 'not three')
    const wrong = 'The programme covered all 38 councils. The reports were published in three batches: 12 in March 2020, 15 in July 2020 and the last 13 in November 2020.';
    assert.deepEqual(judged(wrong), [['inconsistent', '38 12 15 13']]);
    assert.deepEqual(sumRules(wrong), ['numbers/parts-sum']);
  });
  it('traps: groups of another thing than the whole of the sentence before', () => {
    // the inspectors are not the councils: 12 + 15 + 13 = 40 of 38 is not judged
    assert.deepEqual(sumRules('The programme covered all 38 councils. The inspectors worked in three teams: 12 in the north, 15 in the midlands and the last 13 in the south.'), []);
  });
  it('reads a whole whose name holds commas and closes with its acronym', () => {
    // 9 + 7 + 4 = 20, not 18
    assert.deepEqual(sumRules('We sampled 18 education, health and care (EHC) plans: 9 were of good quality, 7 were adequate and 4 were weak.'), ['numbers/parts-sum']);
  });
});

describe('numbers sums 3: gapping and wholes in the clause before (parts-sum.ts)', () => {
  it('reads later parts whose be-verb is left out ("19 were for …, 9 for …")', () => {
    // 14 + 8 + 6 = 28, not 26
    assert.deepEqual(sumRules('Of the 26 recalls, 14 were for missed appointments, 8 for a new offence and 6 for a breach of licence conditions.'), ['numbers/parts-sum']);
    // topics may overlap: 'about' is not gapped so
    assert.deepEqual(sumRules('Of the 26 complaints, 14 were about staff, 8 about food and 6 about visits.'), []);
    // times overlap, and 'at' then 'in' mixes two questions
    assert.deepEqual(sumRules('Of the 26 incidents, 14 were at night, 8 at weekends and 6 in the dining hall.'), []);
  });
  it('judges an excess over the one count of the sentence before or the clause before a semicolon', () => {
    // 15 + 7 + 6 = 28, not 26
    assert.deepEqual(sumRules('At the last inspection we made 26 recommendations. Of these, 15 had been achieved, 7 partly achieved and 6 not achieved.'), ['numbers/parts-sum']);
    assert.deepEqual(sumRules('At the last inspection we made 26 recommendations. Fifteen had been achieved, seven partly achieved and six not achieved.'), ['numbers/parts-sum']);
    assert.deepEqual(sumRules('Thirty wards were inspected; 18 were clean, 9 partly clean and 5 dirty.'), ['numbers/parts-sum']);
    // 15 + 7 + 4 = 26
    assert.deepEqual(judged('At the last inspection we made 26 recommendations. Of these, 15 had been achieved, 7 partly achieved and 4 not achieved.'), [['ok', '26 15 7 4']]);
  });
  it('traps: a shortfall, two parts, a pronoun, parts of another group, a year among the parts', () => {
    // 15 + 7 + 2 = 24 < 26: a category may be left out
    assert.deepEqual(sumRules('At the last inspection we made 26 recommendations. Of these, 15 had been achieved, 7 partly achieved and 2 not achieved.'), []);
    // two qualities of one ward: 20 + 15 = 35 of 30 may overlap
    assert.deepEqual(sumRules('We inspected 30 wards. 20 were clean and 15 well lit.'), []);
    // 'in 15 they found': a clause of its own, and both may be found in one ward
    assert.deepEqual(sumRules('We inspected 30 wards. In 20 they found good practice, in 15 poor practice and in 4 both.'), []);
    // the parts are staff and residents, not wards
    assert.deepEqual(sumRules('We inspected 30 wards; 20 staff were interviewed, 15 managers and 12 residents.'), []);
    // years are no parts
    assert.deepEqual(sumRules('We inspected 30 wards in 2019; 20 in 2020 and 15 in 2021.'), []);
  });
  it('traps: overlapping groups after "of whom", a part with "at least", a subgroup of a part', () => {
    // 'of whom' parts may overlap: 30 + 19 = 49 of 52, and 30 + 25 = 55 of 52, are not judged
    assert.deepEqual(sumRules('There were 52 men due for release, of whom 30 had housing and 25 had a job.'), []);
    // 'at least 20' is a bound
    assert.deepEqual(sumRules('Of the 40 centres, at least 20 were compliant, 12 substantially compliant and 10 not compliant.'), []);
    // six of the 11 is a subgroup, not another part: 15 + 11 = 26
    assert.deepEqual(sumRules('The regulator published 26 reports. Inspectors found compliance in 15 centres. They found breaches on 11 inspections, six of them in one provider\'s centres.'), []);
  });
});

describe('numbers sums 3: confirmations over the sentences after a total (spread-sum.ts)', () => {
  it('confirms counts spread over the sentences after a total, and never reports a sum that does not fit', () => {
    // 14 + 9 = 23
    const s = 'The regulator has published 23 inspection reports on children\'s homes. Inspectors found good practice in 14 homes. They identified breaches on 9 inspections, four of them in homes run by one company.';
    assert.ok(sums(s).some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '23 14 9'));
    assert.deepEqual(sumRules(s.replace('on 9 inspections', 'on 10 inspections')), []);
  });
  it('confirms a run in the same sentence after the total', () => {
    // 5 + 9 + 4 = 18
    assert.ok(sums('One home was assessed against 18 standards and found not compliant in five, substantially compliant in nine and compliant in four.').some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '18 five nine four'));
  });
  it('traps: a count given for each of a group is no part', () => {
    // 'each had one', 'another had two': 1 + 2 = 3 is chance, not the three centres
    assert.ok(!sums('Three centres run by one provider needed repairs. Four providers each had one centre noted, while another had two.').some((c) => c.verdict === 'ok'));
  });
  it('confirms the difference of a change given as a count, and never reports one that does not fit', () => {
    // 64 − 57 = 7
    const s = 'The number of special schools fell from 64 to 57 over the year. The closure of these 7 schools followed two mergers.';
    assert.ok(sums(s).some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '64 57 7'));
    // 2,040 − 1,900 = 140, not 150: a gross figure may differ from the net change
    assert.deepEqual(sumRules('Places rose from 1,900 to 2,040 over the year, an increase of 7.4% (150 places).'), []);
  });
  it('confirms counts in brackets beside shares that make a count before them', () => {
    // 20 + 60 + 20 = 100
    assert.ok(sums('Of the 400 schools inspected, 100 were special schools; 20 per cent of these were judged outstanding (20), 60 per cent good (60) and 20 per cent requires improvement (20).').some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '100 20 60 20'));
  });
  it('confirms the share of a band and the shares of its two categories', () => {
    // 12 + 41 = 53
    assert.ok(sums('Just over half of the wards (53%) were rated inadequate (12%) or requires improvement (41%) this year.').some((c) => c.kind === 'shares-sum' && c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '53% 12% 41%'));
    // 12 + 45 = 57, not 53: never reported by this reading; the band's breakdown (band-shares.ts) reports it, once
    assert.deepEqual(rulesOf('Just over half of the wards (53%) were rated inadequate (12%) or requires improvement (45%) this year.').filter((r) => r === 'numbers/parts-sum'), ['numbers/parts-sum']);
    // the band named in the sentence before
    assert.ok(sums('The share of nurseries that are good or outstanding is 91 per cent. At their last inspection 17 per cent were outstanding, 74 per cent were good and 9 per cent were weaker.').some((c) => c.verdict === 'ok' && c.operands.map((o) => o.raw).join(' ') === '91 per cent 17 per cent 74 per cent'));
  });
});

describe('numbers sums 3: one outcome in its degrees (parts-sum.ts)', () => {
  it('reads "were upheld, were partly upheld, were not upheld" as exclusive answers', () => {
    // 60 + 25 + 20 = 105, not 100
    assert.deepEqual(sumRules('Of the 100 appeals, 60 were upheld, 25 were partly upheld and 20 were not upheld.'), ['numbers/parts-sum']);
    assert.deepEqual(sumRules('In total, 100 appeals were heard. 60 were upheld, 25 were partly upheld and 20 were not upheld.'), ['numbers/parts-sum']);
    assert.deepEqual(sumRules('A total of 100 appeals were heard, with 60 upheld, 25 partly upheld and 20 not upheld.'), ['numbers/parts-sum']);
    assert.deepEqual(sumRules('There were 100 appeals in the year (60 upheld, 25 partly upheld and 20 not upheld).'), ['numbers/parts-sum']);
    // 60 + 25 + 15 = 100
    assert.deepEqual(judged('There were 100 appeals in the year (60 upheld, 25 partly upheld and 15 not upheld).'), [['ok', '100 60 25 15']]);
  });
  it('traps: a shortfall, degrees that include one another, a "with" list of two questions', () => {
    // 60 + 25 + 10 = 95 < 100: some appeals may not be decided yet
    assert.deepEqual(sumRules('Of the 100 appeals, 60 were upheld, 25 were partly upheld and 10 were not upheld.'), []);
    // 'fully reviewed' is a part of 'reviewed': 30 + 20 + 5 = 55 of 40 is not judged
    assert.deepEqual(sumRules('Of the 40 cases, 30 were reviewed, 20 were fully reviewed and 5 were never reviewed.'), []);
    // rated good and improved may be the same homes
    assert.deepEqual(sumRules('We inspected 120 homes, with 70 rated good and 60 improved since last time.'), []);
    assert.deepEqual(sumRules('We inspected 120 homes (70 in the north, 60 improved and 5 closed).'), []);
  });
});

describe('numbers sums 3: rests after a pair and a list carried on (remainder.ts)', () => {
  it('reads "N …, A of whom …, while the other B …" as a partition', () => {
    // 30 − 18 = 12, not 14
    assert.deepEqual(sumRules('Inspectors spoke to 30 parents, 18 of whom were positive, while the other 14 were critical.'), ['numbers/complement-mismatch']);
    assert.deepEqual(sumRules('Inspectors spoke to 30 parents, 18 of whom were positive, while the other 12 were critical.'), []);
  });
  it('reads a list carried on by "A further" into a rest two sentences on', () => {
    // 20 + 6 + 5 = 31, not 30
    assert.deepEqual(sumRules('Of the 30 plans, 20 were good. A further 6 were adequate. The remaining 5 were poor.'), ['numbers/complement-mismatch']);
    // 20 + 6 + 4 = 30
    assert.deepEqual(judged('Of the 30 plans, 20 were good. A further 6 were adequate. The remaining 4 were poor.'), [['ok', '30 20 6 4']]);
  });
  it('traps: a later count after "of whom" with no rest may overlap the first', () => {
    // men and the under-21s may overlap: 18 + 14 = 32 of 30 is not judged
    assert.deepEqual(sumRules('Inspectors spoke to 30 prisoners, 18 of whom were men and 14 under 21.'), []);
  });
});

describe('numbers sums 3: a whole made of its parts, said in the next sentence or after a year and a colon', () => {
  it('reads "These comprised …" against the one count of the sentence before', () => {
    // 30 + 12 + 10 = 52, not 50
    assert.deepEqual(sumRules('We carried out 50 visits in 2022. These comprised 30 full inspections, 12 focused inspections and 10 monitoring visits.'), ['numbers/parts-sum']);
    assert.deepEqual(sumRules('We carried out 50 visits in 2022, comprising 30 full inspections, 12 focused inspections and 10 monitoring visits.'), ['numbers/parts-sum']);
    // 30 + 12 + 8 = 50
    assert.deepEqual(judged('We carried out 50 visits in 2022. These comprised 30 full inspections, 12 focused inspections and 8 monitoring visits.'), [['ok', '50 30 12 8']]);
  });
  it('reads a year before a colon as a year, not a clock time', () => {
    // 30 + 12 + 10 = 52, not 50
    assert.deepEqual(sumRules('We carried out 50 visits in 2022: 30 full inspections, 12 focused inspections and 10 monitoring visits.'), ['numbers/parts-sum']);
  });
  it('traps: "including" names some of the parts', () => {
    assert.deepEqual(sumRules('We carried out 50 visits in 2022, including 30 full inspections, 12 focused inspections and 10 monitoring visits.'), []);
  });
});

describe('numbers sums 3: guards on lists by grade', () => {
  it('traps: a case said to have no grade yet, a continuation of another group', () => {
    // 4 + 12 + 6 + 2 = 24 of 25, and one not yet rated
    assert.deepEqual(sumRules('The report covers inspections of 25 youth services. Inspectors rated four services Outstanding, 12 Good, six Requires improvement and two Inadequate, and one service was not yet rated.'), []);
    // the schools are not the councils: 14 + 31 + 16 = 61 of 59 is not judged as one list
    assert.deepEqual(sumRules('Of the 59 councils, 14 were inadequate and 31 requires improvement. A further 16 schools were rated good, and no council was outstanding.'), []);
    // the same group: 14 + 31 + 16 = 61, not 59
    assert.deepEqual(sumRules('Of the 59 councils, 14 were inadequate and 31 requires improvement. A further 16 councils were rated good, and no council was outstanding.'), ['numbers/parts-sum']);
  });
});

describe('numbers sums 3: a share in brackets after a count is no list', () => {
  it('still reads the list after "Of the N" when a part carries its share in brackets', () => {
    // 12 + 60 + 30 = 102, not 100
    assert.ok(rulesOf('Of the 100 homes, 12 homes (12%) were rated outstanding, 60 (60%) good and 30 (30%) requires improvement.').includes('numbers/parts-sum'));
  });
});

describe('numbers sums 3: a rest still to come', () => {
  it('traps: "the remaining N … will be inspected" may be the rest of a wider programme', () => {
    assert.deepEqual(sumRules('We have inspected 43 homes so far and found 10 of them good. The remaining 8 homes will be inspected next year.'), []);
    assert.deepEqual(sumRules('We made 30 visits. Of these, 20 were announced and 6 unannounced. The remaining 9 visits are due next month.'), []);
  });
});
