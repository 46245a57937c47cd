/**
 * Forms read by tuner t3 in the session of 2026-12-06 (sentences written for these tests): changes written
 * with 'a gain of', the new level before the old one after a comma, a long old-figure period, and a
 * clause after ', yet' that is not the change's.
 */
import assert from 'node:assert/strict';
import { claims, claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

const doc = (body: string) => `${FM}# Background\n\n${body.trim()}\n`;
const tableRules = (text: string) => numbersDiagnostics(doc(text)).map((d) => d.ruleId);
const tableKinds = (text: string, kind: string) => claims(doc(text)).filter((c) => c.kind === kind).map((c) => c.verdict);

const changeOf = (s: string) => claimsOf(s).find((c) => c.kind === 'change');

describe("changes: 'a gain of N percentage points' (relations/change.ts CUE_BEFORE, UP)", () => {
  it('reads a gain as a rise', () => {
    // 85.7 − 76.8 = 8.9 points, not 9.9
    assert.deepEqual(rulesOf('Performance against the standard improved from 76.8 per cent to 85.7 per cent – a gain of 9.9 percentage points in a month.'), ['numbers/change-mismatch']);
    // 71 − 64 = 7 points
    assert.deepEqual(rulesOf('Attendance rose from 64 per cent in 2021 to 71 per cent in 2023, a gain of seven percentage points.'), []);
    assert.equal(changeOf('Attendance rose from 64 per cent in 2021 to 71 per cent in 2023, a gain of seven percentage points.')?.verdict, 'ok');
    // 71 − 64 = 7 points, not 9
    assert.deepEqual(rulesOf('Attendance rose from 64 per cent in 2021 to 71 per cent in 2023, a gain of nine percentage points.'), ['numbers/change-mismatch']);
  });
  it("trap: 'a gain of P% of' a whole is no change", () => {
    assert.deepEqual(rulesOf('The provider made a gain of 12% of its local market over the year.'), []);
  });
});

describe("changes: the new level before the old after a comma, 'dropped to 61, from 90 … – 32% fewer' (relations/change.ts)", () => {
  it('reads the pair with the change after it', () => {
    // (61 − 90) / 90 = −32.2%
    assert.equal(changeOf('Deaths in custody dropped to 61, from 90 in the preceding quarter – 32% fewer.')?.verdict, 'ok');
    // 32.2%, not 42%
    assert.deepEqual(rulesOf('Deaths in custody dropped to 61, from 90 in the preceding quarter – 42% fewer.'), ['numbers/change-mismatch']);
    // (340 − 300) / 300 = 13.3%, not 23%
    assert.deepEqual(rulesOf('Referrals rose to 340, from 300 the year before, an increase of 23%.'), ['numbers/change-mismatch']);
  });
  it("trap: after a comma, 'from' a group of another noun is a source, not the old level", () => {
    assert.deepEqual(rulesOf('Applications rose to 340, from 120 schools, an increase of 23%.'), []);
  });
});

describe("changes: an old figure's period that holds its own 'to', 'from 3,263 cases in July to September 2023 to 3,813' (relations/change.ts)", () => {
  it('reads the pair across the period', () => {
    // (3,813 − 3,263) / 3,263 = 16.86%
    assert.equal(changeOf('The caseload grew from 3,263 charged cases in July to September 2023 to 3,813 a year later – up 16.9%.')?.verdict, 'ok');
    // 16.86%, not 19.6%
    assert.deepEqual(rulesOf('The caseload grew from 3,263 charged cases in July to September 2023 to 3,813 a year later – up 19.6%.'), ['numbers/change-mismatch']);
  });
  it('trap: a long gap with another count between is no pair', () => {
    assert.deepEqual(rulesOf('The caseload grew from 3,263 cases held by 40 teams in the region to 3,813 a year later – up 19.6%.'), []);
  });
});

describe("changes: a clause after ', yet' is not the change's (relations/change.ts OTHER_CLAUSE_AFTER)", () => {
  it("does not take a figure after 'yet … against' for the old level", () => {
    // (2,108,000 − 2,094,000) / 2,094,000 = 0.67%, not 1.7%
    assert.deepEqual(rulesOf('Attendances went up from 2,094,000 in June 2018 to 2,108,000 in June 2019, a rise of 1.7%, yet performance against the four-hour standard was the worst for any June.'), ['numbers/change-mismatch']);
    // 0.67% ≈ 0.7%
    assert.deepEqual(rulesOf('Attendances went up from 2,094,000 in June 2018 to 2,108,000 in June 2019, a rise of 0.7%, yet performance against the four-hour standard was the worst for any June.'), []);
  });
});

describe("a pair and its rate after ', which gives it a … rate of P%' (relations/rate-of.ts RATE_BEFORE)", () => {
  it('judges the rate against the pair', () => {
    // 30 / 39 = 76.92% → 77%, not 72%
    assert.deepEqual(rulesOf('The home was compliant with 30 of the 39 standards reviewed, which gives it an overall compliance rate of 72%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The home was compliant with 30 of the 39 standards reviewed, which gives it an overall compliance rate of 77%.'), []);
    // 170 / 220 = 77.27% → 77%, not 81%
    assert.deepEqual(rulesOf('Staff had completed 170 of the 220 courses required, giving the service a completion rate of 81 per cent.'), ['numbers/percentage-mismatch']);
  });
  it('trap: an object with no verb of giving before it is no such rate', () => {
    assert.deepEqual(rulesOf('Staff had completed 170 of the 220 courses required, the staff a completion rate of 81 per cent.'), []);
  });
});

describe("a part's bracketed share followed by a comparison with a target, '65 were seen within 14 days (99.5 per cent), just short of the 100 per cent target' (scan.ts CLAUSE_ENDS)", () => {
  it("judges the share of 'Of the n …, k … (P%)'", () => {
    // 65 / 66 = 98.48% → 98.5%, not 99.5%
    assert.deepEqual(rulesOf('Of the 66 urgent referrals received in March, 65 were seen within 14 days (99.5 per cent), just short of the 100 per cent target.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 66 urgent referrals received in March, 65 were seen within 14 days (98.5 per cent), just short of the 100 per cent target.'), []);
    // 61 / 80 = 76.25% → 76%, not 67%
    assert.deepEqual(rulesOf('Of the 80 referrals, 61 were seen within two weeks (67%), well below the 93% standard.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a bracket followed by another clause with a figure of its own is not read so', () => {
    // the 12% is another group's: no judgement of it against 61 of 80
    assert.deepEqual(rulesOf('Of the 80 referrals, 61 were seen within two weeks (76%), and 12% of the rest waited longer.'), []);
  });
});

describe("'k of the NOUN (P%)' naming again the one group counted with that noun (extract/count-percent.ts ofTheWhole; words.ts: 'sessions' counts)", () => {
  it('judges the share against that group', () => {
    // 17 / 23 = 73.9% → 74%, not 81%
    assert.deepEqual(rulesOf('Inspectors observed 23 lessons taught by 9 tutors to around 140 learners. Teaching was good or better in 17 of the lessons (81%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Inspectors observed 23 lessons taught by 9 tutors to around 140 learners. Teaching was good or better in 17 of the lessons (74%).'), []);
    // sessions observed are counted things, not a duration
    assert.deepEqual(rulesOf('Inspectors observed 23 sessions taught by 9 tutors. Teaching was good or better in 17 of the sessions (81%).'), ['numbers/percentage-mismatch']);
  });
  it('traps: two groups of that noun before, or a bracket followed by its own base, are not judged', () => {
    // 'the lessons' may be the 23, the 20 or all 43
    assert.deepEqual(rulesOf('We observed 23 lessons in the morning and 20 lessons in the afternoon. Teaching was good in 17 of the lessons (81%).'), []);
    assert.deepEqual(rulesOf('We observed 23 lessons. Teaching was good in 17 of the lessons (81%) of the learners we spoke to.'), []);
  });
});

describe("'In k of the n NOUN where …, [and where …,] CLAUSE (P%).' (extract/count-of.ts closingPct FRAMED_RELATIVE)", () => {
  it('judges the closing share on the framing pair', () => {
    // 18 / 27 = 66.67% → 67%, not 62%
    assert.deepEqual(rulesOf('In 18 of the 27 cases where a risk of harm had been identified at the start, and where the case had been open for at least six months, a formal review had taken place (62%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('In 18 of the 27 cases where a risk had been identified, a formal review had taken place (67%).'), []);
    // 12 / 40 = 30%, not 35%
    assert.deepEqual(rulesOf('In 12 of the 40 homes that we visited unannounced, staff could not find the fire plan (35%).'), ['numbers/percentage-mismatch']);
  });
  it('traps: no relative clause, no framing In, or another clause after the framed one', () => {
    assert.deepEqual(rulesOf('In 18 of the 27 cases, a formal review had taken place (62%).'), []);
    assert.deepEqual(rulesOf('18 of the 27 cases where a risk had been identified, a formal review had taken place (62%).'), []);
    assert.deepEqual(rulesOf('In 18 of the 27 cases where a risk had been identified, a review had taken place, which staff welcomed (62%).'), []);
  });
});

describe("a service number after 'calls to' or 'dialled' before a relative or a verb, 'calls to 101 that we sampled' (quantities.ts PHONE_STRONG_TAIL)", () => {
  it('is no count, so the frame and its part are read past it', () => {
    // 546 / 1,820 = 30%, not 35%
    assert.deepEqual(rulesOf('Of the 1,820 calls to 101 that we sampled, 546 were abandoned before they were answered (35%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 1,820 calls to 101 that we sampled, 546 were abandoned before they were answered (30%).'), []);
  });
  it("trap: 'the 101 that …' is still a count", () => {
    // 'the 101 that were inspected' counts settings; 40 / 101 = 39.6%
    assert.deepEqual(rulesOf('Of the 101 that were inspected, 40 were good (40%).'), []);
    assert.deepEqual(rulesOf('Of the 101 that were inspected, 40 were good (45%).'), ['numbers/percentage-mismatch']);
  });
});

describe("a table column counted within a time, 'Plans issued within 20 weeks', is a part of its row's base (tables/grid.ts NOT_ADDITIVE)", () => {
  const t = (last: string) => `
| Area | Children with a new plan | Plans issued within 20 weeks | % |
| --- | --- | --- | --- |
| Northvale | 312 | 187 | 60% |
| Southmere | 145 | 61 | 42% |
| Westbury | 98 | 73 | ${last} |
`;
  it('judges the row shares', () => {
    // 187/312 = 59.9% → 60%; 61/145 = 42.1% → 42%; 73/98 = 74.5% → 74%
    assert.deepEqual(tableKinds(t('74%'), 'table-percent'), ['ok', 'ok', 'ok']);
    // 74.5% → 74%, not 77%
    assert.deepEqual(tableRules(t('77%')), ['numbers/percentage-mismatch']);
  });
  it('trap: a column of weeks with no bound before them is still no part', () => {
    const w = `
| Area | Children waiting | Average wait in weeks | % |
| --- | --- | --- | --- |
| Northvale | 312 | 18 | 60% |
| Southmere | 145 | 61 | 12% |
`;
    assert.deepEqual(tableRules(w), []);
    assert.deepEqual(tableKinds(w, 'table-percent'), []);
  });
});

describe("a change column after two period columns, '| 2022/23 | 2023/24 | Change |' (tables/change-column.ts)", () => {
  const t = (last: string) => `
| Output | 2021/22 | 2022/23 | Change |
| --- | --- | --- | --- |
| Inspections | 300 | 330 | up 10% |
| Reports | 40 | 30 | down 25% |
| Briefings | 8 | 13 | +63% |
| Guides | 26 | 17 | ${last} |
`;
  it("judges each row's relative change", () => {
    // 30/300 = 10%; −10/40 = −25%; 5/8 = 62.5% → 63%; −9/26 = −34.6% → 35%
    assert.deepEqual(tableKinds(t('down 35%'), 'change'), ['ok', 'ok', 'ok', 'ok']);
    assert.deepEqual(tableRules(t('down 35%')), []);
    // 34.6%, not 38%
    assert.deepEqual(tableRules(t('down 38%')), ['numbers/change-mismatch']);
  });
  it('traps: a change said to go the other way, one within a unit of its rounding, or no period columns', () => {
    // the figures fall: 'up 35%' is listed, not judged
    assert.deepEqual(tableRules(t('up 35%')), []);
    // 34.6% written as 34%: a truncation, not judged
    assert.deepEqual(tableRules(t('down 34%')), []);
    const np = `
| Output | Planned | Delivered | Change |
| --- | --- | --- | --- |
| Inspections | 300 | 330 | up 40% |
| Reports | 40 | 30 | down 50% |
`;
    assert.deepEqual(tableRules(np), []);
  });
});

describe("a new share after 'this had risen to' in the clause after the old one (relations/change.ts SAME_SHARE in the loose reading)", () => {
  it('takes the old share as marked', () => {
    // 94 − 74 = 20 points, not 27
    assert.deepEqual(rulesOf('In August 2012, 74% of providers were good or outstanding; by August 2017 this had risen to 94%, a rise of 27 percentage points.'), ['numbers/change-mismatch']);
    assert.equal(changeOf('In August 2012, 74% of providers were good or outstanding; by August 2017 this had risen to 94%, a rise of 20 percentage points.')?.verdict, 'ok');
  });
  it('trap: a new figure of another measure after the old one is still not judged', () => {
    assert.deepEqual(rulesOf('In 2012, 74% of providers were good, while by 2017 the share of schools had risen to 94%, a rise of 27 percentage points.'), []);
  });
});

describe("a change amount with its absolute size in brackets, 'a fall of 21.3% (204) on the 956' (extract/percent-count.ts)", () => {
  it('is no share of the new figure', () => {
    // (752 − 956) / 956 = −21.3%; 204 is the size of the fall, not 21.3% of 752
    assert.deepEqual(rulesOf('The trust received 752 complaints in 2020/21, a fall of 21.3% (204) on the 956 received in 2019/20.'), []);
    assert.equal(changeOf('The trust received 752 complaints in 2020/21, a fall of 21.3% (204) on the 956 received in 2019/20.')?.verdict, 'ok');
    // 21.3%, not 25.3%: the change is still judged
    assert.deepEqual(rulesOf('The trust received 752 complaints in 2020/21, a fall of 25.3% (204) on the 956 received in 2019/20.'), ['numbers/change-mismatch']);
  });
  it("trap: a share with its count after no change word is still a share", () => {
    // 204 / 752 = 27.1%, not 21.3%
    assert.deepEqual(rulesOf('The trust received 752 complaints in 2020/21. Of these, 21.3% (204) were upheld.'), ['numbers/percentage-mismatch']);
  });
});

describe("'N years earlier' after 'of' is a time, not the whole of a pair: 'three times the 2,120 of two years earlier' (quantities.ts)", () => {
  it('reads no pair 2,120 of two', () => {
    // 6,406 / 2,120 = 3.02, three times
    assert.deepEqual(rulesOf('By March 2017 the trust had 6,406 patients waiting longer than 26 weeks, three times the 2,120 of two years earlier.'), []);
  });
  it("trap: 'in 3 of the 5 years' still counts years", () => {
    assert.deepEqual(rulesOf('The school met its target in 6 of the 5 years we looked at.'), ['numbers/impossible']);
  });
});

describe("'one and a half times the N' (relations/multiple.ts) and 'four and a half years' as a time (quantities.ts)", () => {
  it('judges the multiple of 1.5', () => {
    // 691,885 / 461,250 = 1.50
    assert.deepEqual(rulesOf('There were 691,885 patients waiting in February 2022, one and a half times the 461,250 who were waiting two years before.'), []);
    // 791,885 / 461,250 = 1.72, not about 1.5
    assert.deepEqual(rulesOf('There were 791,885 patients waiting in February 2022, one and a half times the 461,250 who were waiting two years before.'), ['numbers/change-mismatch']);
  });
  it("traps: 'one and a half times a week' is how often; 'four and a half years' counts nothing", () => {
    assert.deepEqual(rulesOf('Staff visited 40 homes one and a half times a week on average, 60 in all.'), []);
    // 'four' is no count between the two shares: 40% / 21% = 1.9, twice
    assert.deepEqual(rulesOf('About 40% of the ratings given over the four and a half years were poor, twice the 21% of homes rated so now.'), []);
  });
});

describe("'N, k of them' in one item of a list split by semicolons (relations/count-of-total.ts partitives)", () => {
  it('takes the group of its own item, whatever counts earlier items hold', () => {
    // 26 of them, of the Home Office's 24: more than the whole
    assert.deepEqual(rulesOf('The bodies with the most complaints were the Ministry of Justice with 29, of which 14 concerned the courts; the Home Office with 24, 26 of them about visas; and the DWP with 20, including 9 about benefits.'), ['numbers/impossible']);
    assert.deepEqual(rulesOf('The bodies with the most complaints were the Ministry of Justice with 29, of which 14 concerned the courts; the Home Office with 24, 22 of them about visas; and the DWP with 20, including 9 about benefits.'), []);
  });
  it("trap: another count in the item's own clause may be what 'them' counts", () => {
    assert.deepEqual(rulesOf('In the year the service took 40 calls and made 24 visits, 26 of them at night.'), []);
  });
});

describe("a word share between dashes after a pair whose words hold the pronoun 'one' (relations/share-beside.ts pairBefore)", () => {
  it("judges 'nearly half' on the pair", () => {
    // 21 / 58 = 36.2%, not nearly half
    assert.deepEqual(rulesOf('In 21 of the 58 cases where one was needed – nearly half – a referral to a programme had been made.'), ['numbers/fraction-mismatch']);
    // 27 / 58 = 46.6%: nearly half
    assert.deepEqual(rulesOf('In 27 of the 58 cases where one was needed – nearly half – a referral to a programme had been made.'), []);
  });
  it("trap: a count 'one' that is a figure still stops the pair", () => {
    assert.deepEqual(rulesOf('In 21 of the 58 cases, one in each team – nearly half – had a referral.'), []);
  });
});

describe("a closing ratio of 'k of them' whose group the clause before counts; scale points in a list (relations/closing-ratio.ts, quantities.ts)", () => {
  it('judges the ratio against that group', () => {
    // 642 / 1,926 = 33.3%: one in three
    assert.deepEqual(rulesOf('Inspectors graded 1,926 childminders during the year, and 642 of them were graded 5 (very good) or 6 (excellent) for every theme: one in three.'), []);
    // 842 / 1,926 = 43.7%, not one in three
    assert.deepEqual(rulesOf('Inspectors graded 1,926 childminders during the year, and 842 of them were graded 5 (very good) or 6 (excellent) for every theme: one in three.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('We read 120 case files, and 60 of them had a current plan, one in four.'), ['numbers/fraction-mismatch']);
  });
  it('traps: a rough group, or two counts before the part, are not judged', () => {
    assert.deepEqual(rulesOf('We read about 120 case files, and 60 of them had a current plan, one in four.'), []);
    assert.deepEqual(rulesOf('We read 120 case files from 40 teams, and 60 of them had a current plan, one in four.'), []);
  });
});

describe("a fraction opening its sentence with its count beside it, 'Fewer than a third – 15 – contained …', of the one group the sentence before counts (extract/fraction.ts)", () => {
  it('judges the fraction on that group', () => {
    // 15 / 52 = 28.8%: fewer than a third
    assert.deepEqual(rulesOf('Inspectors read 52 case files of people on probation. Fewer than a third – 15 – contained a clear analysis of the risk.'), []);
    // 25 / 52 = 48.1%, not fewer than a third
    assert.deepEqual(rulesOf('Inspectors read 52 case files of people on probation. Fewer than a third – 25 – contained a clear analysis of the risk.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Inspectors read 52 case files. Fewer than a third (25) contained a clear analysis.'), ['numbers/fraction-mismatch']);
  });
  it("traps: two groups counted before, or an 'of …' naming the fraction's own group", () => {
    assert.deepEqual(rulesOf('We visited 12 homes and read 52 case files. Fewer than a third (25) contained a clear analysis.'), []);
    assert.deepEqual(rulesOf('Inspectors read 52 case files. Fewer than a third (25) of staff had training.'), []);
  });
});

describe("'k NOUN were …, P% of the n NOUN awarded.' closing its sentence (relations/apposed-share.ts CLOSING_WHOLE)", () => {
  it('judges the closing share on the part and its whole', () => {
    // 53,765 / 5,967,675 = 0.90%, not 1.9%
    assert.deepEqual(rulesOf('In summer 2022, 53,765 grades were changed, 1.9% of the 5,967,675 grades awarded.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('In summer 2022, 53,765 grades were changed, 0.9% of the 5,967,675 grades awarded.'), []);
  });
  it('trap: a share with a verb of its own after the whole opens a new clause', () => {
    assert.deepEqual(rulesOf('In the year 12 homes were inspected, 40% of the 225 homes improved.'), []);
  });
});

describe("a table's percentage column against the total stated before it, when its count column adds up to that total (tables/stated-total.ts sharesOfStated)", () => {
  const t = (good: string) => `
The 40 homes inspected in the region this year were judged as follows.

| Judgement | Homes | Per cent |
| --- | --- | --- |
| Outstanding | 4 | 10% |
| Good | 26 | ${good} |
| Requires improvement | 8 | 20% |
| Inadequate | 2 | 5% |
`;
  it('judges each row against the stated total', () => {
    // 4/40 = 10%, 26/40 = 65%, 8/40 = 20%, 2/40 = 5%
    assert.deepEqual(tableKinds(t('65%'), 'table-percent'), ['ok', 'ok', 'ok', 'ok']);
    assert.deepEqual(tableRules(t('65%')), []);
    // 26/40 = 65%, not 70%
    assert.ok(tableRules(t('70%')).includes('numbers/percentage-mismatch'));
  });
  it('trap: a count column that does not add up to the stated total gives no base for the shares', () => {
    const w = `
The 50 homes inspected in the region this year were judged as follows.

| Judgement | Homes | Per cent |
| --- | --- | --- |
| Outstanding | 4 | 10% |
| Good | 26 | 65% |
| Requires improvement | 8 | 20% |
| Inadequate | 2 | 5% |
`;
    assert.deepEqual(tableKinds(w, 'table-percent'), []);
  });
});

describe("'In k of the n NOUN, including …, CLAUSE (P%).' (extract/count-of.ts closingPct INCLUDING_ASIDE)", () => {
  it('judges the closing share on the framing pair', () => {
    // 14 / 20 = 70%, not 75%
    assert.deepEqual(rulesOf('In 14 of the 20 cases, including the four in which a child had gone missing from home, the plan had been reviewed on time (75%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('In 14 of the 20 cases, including the four in which a child had gone missing from home, the plan had been reviewed on time (70%).'), []);
  });
  it('trap: a count in the aside larger than the part is another group', () => {
    assert.deepEqual(rulesOf('In 14 of the 20 cases, including 16 in which a child had gone missing, the plan had been reviewed (75%).'), []);
  });
});
