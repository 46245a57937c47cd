/**
 * Parts that must add up to a total, and shares that must add up to 100%
 * (issue 9, the totals family): counts by grade (relations/grade-parts.ts),
 * lists that add up to a count before them (relations/list-sum.ts), a whole
 * before ', of which', a share broken down in brackets
 * (relations/sub-shares.ts) and the share of a band of grades
 * (relations/band-total.ts). Sentences written for these tests; the sums are
 * worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { FM, claims, claimsOf, numbersDiagnostics, reportWith, rulesOf } from './helpers.js';

const sums = (finding: string): ClaimRecord[] => claimsOf(finding).filter((c) => c.kind === 'parts-sum' || c.kind === 'shares-sum');
/** [verdict, figures] of each sum claim. */
const verdicts = (finding: string) => sums(finding).map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers totals: counts by grade of a framework scale', () => {
  it('reports counts by grade that exceed the whole of the sentence before', () => {
    // 4 + 18 + 7 + 3 = 32, not 30; a case has one grade, so the parts cannot overlap
    const s = 'We published 30 reports this quarter. Four services were rated Outstanding, 18 Good, 7 Requires improvement and 3 Inadequate.';
    assert.deepEqual(verdicts(s), [['inconsistent', '30 Four 18 7 3']]);
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
  });
  it('confirms counts by grade that add up, and a grade given as none', () => {
    // 4 + 16 + 7 + 3 = 30
    assert.deepEqual(verdicts('We published 30 reports this quarter. Four services were rated Outstanding, 16 Good, 7 Requires improvement and 3 Inadequate.'), [['ok', '30 Four 16 7 3']]);
    // No service outstanding: 16 + 11 + 5 = 32, not 30, every grade named
    const none = 'We published 30 reports this quarter. No service was rated outstanding, 16 were rated good, 11 requires improvement and 5 inadequate.';
    assert.deepEqual(rulesOf(none), ['numbers/parts-sum']);
  });
  it('leaves a shortfall unresolved when a grade is not named, or the whole is in the sentence before', () => {
    // 18 + 7 = 25 of 30: the outstanding and inadequate services may be the other five
    assert.deepEqual(rulesOf('We published 30 reports this quarter. 18 services were rated Good and 7 Requires improvement.'), []);
    // 4 + 15 + 7 + 3 = 29 of 30: every grade named, but the 30 may include a report with no rating
    assert.deepEqual(rulesOf('We published 30 reports this quarter. Four services were rated Outstanding, 15 Good, 7 Requires improvement and 3 Inadequate.'), []);
    // A band of grades is not one category: 'good or better'
    assert.deepEqual(rulesOf('We published 30 reports this quarter. 20 services were rated good or better, 7 Requires improvement and 5 Inadequate.'), []);
  });
  it('reads a whole before \', of which\'', () => {
    // 20 + 15 + 12 = 47, not 45: the later parts have no verb of their own
    const s = 'There were 45 referrals in the year, of which 20 were accepted, 15 were closed and 12 signposted elsewhere.';
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('There were 47 referrals in the year, of which 20 were accepted, 15 were closed and 12 signposted elsewhere.'), []);
  });
  it('keeps parts that may overlap unresolved', () => {
    // 20 + 15 = 35 of 30: a case may have both
    assert.deepEqual(rulesOf('Of the 30 cases we read, 20 had a care plan and 15 had a risk assessment.'), []);
  });
});

describe('numbers totals: lists with no frame are only confirmed', () => {
  it('confirms counts that add up to a count before them', () => {
    // 4 + 5 = 9
    assert.deepEqual(verdicts('We made 9 visits, 4 to primary schools and 5 to secondary schools.'), [['ok', '9 4 5']]);
    // 120 + 40 + 15 = 175, the count of the sentence before
    assert.deepEqual(verdicts('The team received 175 complaints. We upheld 120 complaints; 40 were not upheld and 15 were withdrawn.'), [['ok', '175 120 40 15']]);
  });
  it('never reports a list that does not add up', () => {
    assert.deepEqual(rulesOf('We made 9 visits, 4 to primary schools and 6 to secondary schools.'), []);
  });
  it('confirms shares in a row that add up to 100% within rounding, and reports none that do not', () => {
    // 71.5 + 20 + 8.5 = 100
    assert.deepEqual(verdicts('The rate was 71.5%, with 20% partly meeting the standard and 8.5% not meeting it.'), [['ok', '71.5% 20% 8.5%']]);
    // 71.5 + 20 + 10 = 101.5: perhaps not shares of one whole
    assert.deepEqual(rulesOf('The rate was 71.5%, with 20% partly meeting the standard and 10% not meeting it.'), []);
  });
});

describe('numbers totals: shares that must add up', () => {
  it('reads a list closed by the rest after an opening back-reference', () => {
    // 40 + 35 + 30 = 105: the remaining share closes the list
    const s = 'We reviewed 200 cases. Of these, 40% were closed and 35% were transferred, with the remaining 30% still open.';
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('We reviewed 200 cases. Of these, 40% were closed and 35% were transferred, with the remaining 25% still open.'), []);
  });
  it('reports a share whose bracketed breakdown does not add up to it', () => {
    // 50 + 30 = 80, not 85 (three figures rounded: at most 1.5 off)
    const s = 'Of the pupils who answered, 85% said they felt safe at school (50% very safe and 30% fairly safe).';
    assert.deepEqual(verdicts(s), [['inconsistent', '85% 50% 30%']]);
    // 54 + 30 = 84 ≈ 85 within rounding
    assert.deepEqual(verdicts('Of the pupils who answered, 85% said they felt safe at school (54% very safe and 30% fairly safe).'), [['ok', '85% 54% 30%']]);
    // Another breakdown (years), not kinds of 'safe': not read
    assert.deepEqual(rulesOf('Of the pupils who answered, 85% said they felt safe at school (50% in 2022 and 30% in 2023).'), []);
  });
  it('reports the share of a band of grades that is not the sum of its grades', () => {
    // outstanding + good = 15 + 60 = 75, not 80 ('good or better' from the CQC scale: outstanding, good)
    const s = 'Of the homes, 15% were outstanding, 60% were good, 20% requires improvement and 5% inadequate, so 80% were good or better.';
    assert.ok(verdicts(s).some(([v, f]) => v === 'inconsistent' && f === '80% 15% 60%'));
    assert.ok(verdicts('Of the homes, 15% were outstanding, 60% were good, 20% requires improvement and 5% inadequate, so 75% were good or better.').some(([v, f]) => v === 'ok' && f === '75% 15% 60%'));
    // 33 + 33 = 66 ≈ 67: three rounded figures may be 1.5 off
    assert.ok(verdicts('Of the homes, 33% were outstanding, 33% were good and 34% requires improvement, so 67% were good or better.').some(([v, f]) => v === 'ok' && f === '67% 33% 33%'));
    // The band's grades are not all named (no share is outstanding): not read
    assert.ok(!verdicts('Of the homes, 60% were good, 20% requires improvement and 5% inadequate, so 80% were good or better.').some(([, f]) => f.startsWith('80%')));
  });
});

const table = (t: string) => `${FM}# Appendix 2 Case audit\n\n${t.trim()}\n`;
const tableSums = (text: string) => claims(text).filter((c) => c.kind === 'table-sum').map((c) => c.verdict);

describe('numbers totals: a Total row judged alone when its rows split the whole', () => {
  it('reads rows of distinct periods as parts that cannot overlap', () => {
    // 40 + 52 + 61 = 153, not 163
    const t = (n: string) => table(`
| Year | Visits made |
|---|---|
| 2020/21 | 40 |
| 2021/22 | 52 |
| 2022/23 | 61 |
| Total | ${n} |
`);
    assert.deepEqual(tableSums(t('163')), ['inconsistent']);
    assert.deepEqual(tableSums(t('153')), ['ok']);
  });
  it('reads a share column that adds up to 100% of the Total as a split of it', () => {
    // 150 + 90 + 80 = 320, not 300; the shares are of 300 (150/300 = 50%, 90/300 = 30%, 80/300 = 27%, and the share column says 20%: a split of the whole all the same)
    const t = (n: string) => table(`
| Outcome | Cases | Share |
|---|---|---|
| Closed | 150 | 50% |
| Transferred | 90 | 30% |
| Open | 80 | 20% |
| Total | ${n} | 100% |
`);
    assert.deepEqual(tableSums(t('300')), ['inconsistent']);
  });
  it('keeps a lone Total unresolved when the rows may overlap, or the shares fit the rows\' own sum and the Total alike', () => {
    const needs = table(`
| Need identified | Prisoners |
|---|---|
| Housing | 30 |
| Employment | 45 |
| Total | 60 |
`);
    assert.deepEqual(tableSums(needs), ['unchecked']);
    // 500 + 300 + 200 = 1,000, and the shares fit 1,000 and the Total of 1,002 alike (300/1002 = 29.94% -> 30%):
    // the Total may hold two cases in no row
    const graded = table(`
| Grade | Providers | % |
|---|---|---|
| Better | 500 | 50% |
| Same | 300 | 30% |
| Worse | 200 | 20% |
| Total | 1,002 | 100% |
`);
    assert.deepEqual(tableSums(graded), ['unchecked']);
    // 20 + 20 + 10 = 50, and every share is of 50 but not of the Total of 52 (20/52 = 38.5% -> 38%, not 40%):
    // the Total's count disagrees with its own 100%, so the Total is the error
    const wrongTotal = table(`
| Grade | Providers | % |
|---|---|---|
| Better | 20 | 40% |
| Same | 20 | 40% |
| Worse | 10 | 20% |
| Total | 52 | 100% |
`);
    assert.deepEqual(tableSums(wrongTotal), ['inconsistent']);
  });
});

describe('numbers totals: bands that cover a scale end to end close the list', () => {
  it('reports counts by age band that do not add up to the whole', () => {
    // 35 + 120 + 40 = 195, not 205: under 10, 10 to 17 and 18 and over cover every age
    const s = 'Of the 205 children referred, 35 were under 10, 40 were 18 and over and 120 were aged 10 to 17.';
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Of the 195 children referred, 35 were under 10, 40 were 18 and over and 120 were aged 10 to 17.'), []);
    // A band whose count is not read as a part ('aged 10 to 17 and 40' is taken for ages): not judged
    assert.deepEqual(rulesOf('Of the 205 children referred, 35 were under 10, 120 were aged 10 to 17 and 40 were 18 and over.'), []);
  });
  it('reports shares by age band that exceed 100%', () => {
    // 30 + 45 + 28 = 103%: three shares rounded can be at most 1.5 off
    assert.deepEqual(rulesOf('Of the children looked after, 30% were under five, 45% were aged five to 15 and 28% were 16 and over.'), ['numbers/parts-sum']);
  });
  it('leaves bands with a gap unresolved', () => {
    // under 10 and 12 to 17 leave 10 and 11 out, and 18 and over is not named
    assert.deepEqual(rulesOf('Of the 205 children referred, 35 were under 10 and 120 were aged 12 to 17.'), []);
  });
});

describe('numbers totals: counts with their shares in brackets, and parts named by what they are of', () => {
  it('reports counts given with their shares that do not add up to the whole', () => {
    // each share is right of 120 (30/120 = 25%, 62/120 = 51.7%, 20/120 = 16.7%, 10/120 = 8.3%), but 30 + 62 + 20 + 10 = 122
    const s = 'Of the 120 visits this year, 30 (25%) found practice strong, 62 (52%) adequate, 20 (17%) weak and 10 (8%) poor.';
    assert.deepEqual(verdicts(s).filter((v) => v[0] !== 'ok'), [['inconsistent', '120 30 62 20 10']]);
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
  });
  it('confirms counts with their shares that add up, and leaves loose ones unresolved', () => {
    // 30 + 60 + 20 + 10 = 120
    const ok = 'Of the 120 visits this year, 30 (25%) found practice strong, 60 (50%) adequate, 20 (17%) weak and 10 (8%) poor.';
    assert.ok(verdicts(ok).some((v) => v[0] === 'ok' && v[1] === '120 30 60 20 10'));
    assert.deepEqual(rulesOf(ok), []);
    // 80 + 62 = 142 of 120: a visit may include a tour and an interview
    assert.deepEqual(rulesOf('Of the 120 visits this year, 80 (67%) included a tour and 62 (52%) included an interview.'), []);
    // 25 + 20 + 10 = 55 of 40: each count has its own verb past its share in brackets, so the questions differ
    assert.deepEqual(rulesOf('Of the 40 homes, 25 (63%) had a manager, 20 (50%) had been visited and 10 (25%) had a garden.'), []);
  });
  it('reports parts named by what they are of after a colon that do not add up', () => {
    // 1,310 + 690 + 60 = 2,060, not 2,040
    const s = 'The team made 2,040 visits: 1,310 of care homes, 690 of hospitals and 60 of prisons.';
    assert.deepEqual(verdicts(s), [['inconsistent', '2,040 1,310 690 60']]);
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
  });
  it('confirms them when they add up, and does not take a share of a whole for a part', () => {
    // 1,310 + 690 + 40 = 2,040
    assert.deepEqual(verdicts('The team made 2,040 visits: 1,310 of care homes, 690 of hospitals and 40 of prisons.'), [['ok', '2,040 1,310 690 40']]);
    // '12 of 15', 'nine of them': counts out of a whole, not categories of the 20
    assert.deepEqual(rulesOf('The panel reviewed 20 files: 12 of 15 were complete and nine of 12 were on time.'), []);
    assert.deepEqual(rulesOf('The panel reviewed 20 files: 14 of them were complete and nine of the rest were on time.'), []);
    // without a colon or 'comprised' the list is not said to be the whole
    assert.deepEqual(rulesOf('The team made 2,040 visits, and wrote 1,310 of care homes, 690 of hospitals and 60 of prisons.'), []);
  });
});

describe('numbers totals: a list closed by its total (relations/trailing-total.ts)', () => {
  it('reports a list whose total after it, "in all" or "altogether", is not its sum', () => {
    // 41 + 37 = 78, not 88
    const s = 'The board heard 41 appeals in spring and 37 in autumn, 88 in all.';
    assert.deepEqual(verdicts(s), [['inconsistent', '88 41 37']]);
    assert.deepEqual(rulesOf(s), ['numbers/parts-sum']);
    // 14 + 12 + 9 = 35, not 33
    assert.deepEqual(rulesOf('The team wrote 14 reports in May, 12 in June and 9 in July, 33 altogether.'), ['numbers/parts-sum']);
  });
  it('confirms a list that adds up to its total', () => {
    // 41 + 37 = 78
    assert.deepEqual(verdicts('The board heard 41 appeals in spring and 37 in autumn, 78 in all.'), [['ok', '78 41 37']]);
  });
  it('leaves the total unresolved when another count, a loose word or a hedge is in the clause', () => {
    // 'Three' counts the members, not appeals: the list may be read another way
    assert.deepEqual(rulesOf('Three members heard 41 appeals in spring and 37 in autumn, 88 in all.'), []);
    assert.deepEqual(rulesOf('The board heard about 41 appeals in spring and 37 in autumn, 88 in all.'), []);
    assert.deepEqual(rulesOf('The board heard 41 appeals in spring and 37 in autumn, including 20 from one prison, 88 in all.'), []);
    // the total does not close its clause: it may count a longer period
    assert.deepEqual(rulesOf('The board heard 41 appeals in spring and 37 in autumn, 88 in all over the two years.'), []);
  });
});

describe('numbers totals: a number joined to the word after it is not a count', () => {
  it('reads the parts past a modifier such as "12-month"', () => {
    // 9 + 8 + 5 = 22, not 21; '12-month' and '6-month' are kinds of plan, not counts
    assert.deepEqual(rulesOf('Inspectors read 21 plans: 9 were 12-month plans, 8 were 6-month plans and 5 were short.'), ['numbers/parts-sum']);
    // 9 + 8 + 4 = 21
    assert.deepEqual(verdicts('Inspectors read 21 plans: 9 were 12-month plans, 8 were 6-month plans and 4 were short.'), [['ok', '21 9 8 4']]);
  });
  it('does not confirm a sum made with a modifier', () => {
    // 12 + 5 + 4 = 21 only if '12-week' were a count: the parts are 6, 5 and 4 (15, a shortfall, not judged)
    assert.deepEqual(verdicts('We closed 21 cases. Six of the cases had 12-week reviews, five had audits and four had both.').filter((v) => v[0] === 'ok'), []);
  });
});

describe('numbers totals: a figure that is no count does not stand between a whole and its list', () => {
  const rules = (f: string) => numbersDiagnostics(reportWith([f])).map((d) => d.ruleId);
  it('reads the rest of a whole given with a duration', () => {
    // 500 − 120 − 200 = 180, not 230
    assert.deepEqual(rules('The council pledged 500 new homes within three years; 120 have been finished and 200 are under way, leaving 230 to start.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rules('The council pledged 500 new homes within three years; 120 have been finished and 200 are under way, leaving 180 to start.'), []);
    assert.ok(claimsOf('The council pledged 500 new homes within three years; 120 have been finished and 200 are under way, leaving 180 to start.').some((c) => c.kind === 'remainder' && c.verdict === 'ok'));
  });
  it('leaves a hedged list unresolved', () => {
    assert.deepEqual(rules('The council pledged 500 new homes within three years; about 120 have been finished and 200 are under way, leaving 230 to start.'), []);
  });
});

describe('numbers totals: counts by grade that point back to the whole', () => {
  it('leaves a shortfall against the group before unresolved even when the first count points back to it', () => {
    // 4 + 15 + 7 + 3 = 29, not 30: 'of these' names the 30, but one of the 30 reports may carry no rating
    // (a plausible reading that is consistent), so it is listed, not reported. An excess is reported.
    assert.deepEqual(rulesOf('We published 30 reports this quarter. Four of these services were rated Outstanding, 15 Good, 7 Requires improvement and 3 Inadequate.'), []);
    assert.deepEqual(rulesOf('We published 30 reports this quarter. Four of these services were rated Outstanding, 17 Good, 7 Requires improvement and 3 Inadequate.'), ['numbers/parts-sum']);
  });
  it('confirms one that adds up, and leaves a shortfall unresolved without the back-reference or with a grade unnamed', () => {
    // 4 + 16 + 7 + 3 = 30
    assert.deepEqual(verdicts('We published 30 reports this quarter. Four of these services were rated Outstanding, 16 Good, 7 Requires improvement and 3 Inadequate.'), [['ok', '30 Four 16 7 3']]);
    // no 'of these': the 30 may include a report with no rating
    assert.deepEqual(rulesOf('We published 30 reports this quarter. Four services were rated Outstanding, 15 Good, 7 Requires improvement and 3 Inadequate.'), []);
    // Inadequate not named: the missing one may be inadequate
    assert.deepEqual(rulesOf('We published 30 reports this quarter. Four of these services were rated Outstanding, 15 Good and 7 Requires improvement.'), []);
  });
});

describe('numbers totals: a Total row labelled "All <noun>"', () => {
  const grid = (label: string, share: string) => table(`
| Ward | Patients | Share |
|---|---|---|
| North | 120 | 60% |
| South | 50 | ${share} |
| East | 30 | 15% |
| ${label} | 200 | 100% |
`);
  const tableRules = (t: string) => numbersDiagnostics(t).map((d) => d.ruleId);
  it('checks the rows against an "All wards" row as against a Total row', () => {
    // 50 / 200 = 25%, not 35%; 120 + 50 + 30 = 200
    assert.ok(tableRules(grid('All wards', '35%')).length > 0);
    assert.deepEqual(tableSums(grid('All wards', '35%')), ['ok']);
    assert.deepEqual(tableRules(grid('All wards', '25%')), []);
  });
  it('does not take a catch-all row for a total', () => {
    // 'All other wards' is a row of its own: 120 + 50 + 30 is not checked against it
    assert.deepEqual(tableSums(grid('All other wards', '35%')), []);
  });
});

describe('numbers totals: the rest of a whole two sentences back', () => {
  const rules = (f: string) => numbersDiagnostics(reportWith([f])).map((d) => d.ruleId);
  const rests = (f: string) => claimsOf(f).filter((c) => c.kind === 'remainder').map((c) => c.verdict);
  it('reports "the other N" that does not make up the whole with the part of the sentence between', () => {
    // 30 − 22 = 8, not 9
    assert.deepEqual(rules('The unit held 30 hearings in May. 22 hearings ended in a caution. The other nine hearings were adjourned.'), ['numbers/complement-mismatch']);
  });
  it('confirms one that does, and leaves a count of another group between unresolved', () => {
    assert.deepEqual(rests('The unit held 30 hearings in May. 22 hearings ended in a caution. The other eight hearings were adjourned.'), ['ok']);
    // '12 witnesses' need not be hearings: 12 + 9 = 21 of 30 is not judged
    assert.deepEqual(rules('The unit held 30 hearings in May. It heard 12 witnesses. The other nine hearings were adjourned.'), []);
  });
});
