/**
 * Tables and restatements, round 7 (helper tab): a header row of periods, comparator columns, a share
 * column with no Total row, a Total row over cells not given, the Total the error when every share is of
 * the rows' sum, and restatements inside one passage (a summing-up sentence, the paragraph after a table).
 * Tables and sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claims, FM, numbersDiagnostics, rulesOf } from './helpers.js';

const doc = (body: string) => `${FM}# Background\n\n${body.trim()}\n`;
const rules = (text: string) => numbersDiagnostics(text).map((d) => d.ruleId);
const kinds = (text: string, kind: string) => claims(text).filter((c) => c.kind === kind).map((c) => c.verdict);

describe('tab-7: a first row of periods is the header (grid.ts periodHeader)', () => {
  const byYear = (t: string) =>
    doc(`
| Rating | 2021 | 2022 | 2023 |
|---|---|---|---|
| Good | 61 | 66 | 70 |
| Requires improvement | 30 | 25 | 22 |
| Inadequate | 9 | 7 | 6 |
| Total | 100 | 98 | ${t} |
`);
  it('sums the columns under the years, not the years', () => {
    // 70 + 22 + 6 = 98; 61 + 30 + 9 = 100; 66 + 25 + 7 = 98
    assert.deepEqual(kinds(byYear('98'), 'table-sum'), ['ok', 'ok', 'ok']);
    assert.deepEqual(rules(byYear('98')), []);
  });
  it('reports a Total under a year that is not the sum', () => {
    // 70 + 22 + 6 = 98, not 99
    assert.deepEqual(rules(byYear('99')), ['numbers/table-shares']);
  });
  it('reads financial years and a Total column in the header row', () => {
    // 12 + 15 = 27 and 20 + 18 = 38; '2022/23' is no fraction
    const t = (x: string) => doc(`
| Outcome | 2022/23 | 2023/24 | Total |
|---|---|---|---|
| Upheld | 12 | 15 | 27 |
| Not upheld | 20 | 18 | ${x} |
`);
    assert.deepEqual(kinds(t('38'), 'table-sum'), ['ok', 'ok']);
    // 20 + 18 = 38, not 36
    assert.deepEqual(rules(t('36')), ['numbers/table-shares']);
  });
});

describe('tab-7: a comparator column is no share of the row (row-denominator.ts)', () => {
  const t = (yes: string) =>
    doc(`
| Question | Respondents | Yes | Yes % | Comparator % |
|---|---|---|---|---|
| Could get a shower every day | 120 | 90 | 75 | 81 |
| Could use the gym twice a week | 120 | 54 | ${yes} | 45 |
`);
  it('judges the share column against its counts, whatever the comparator says', () => {
    // 90/120 = 75%, 54/120 = 45%
    assert.deepEqual(rules(t('45')), []);
    // 54/120 = 45%, not 51 (the comparator's 45 is not this row's share)
    assert.deepEqual(rules(t('51')), ['numbers/percentage-mismatch']);
  });
});

describe('tab-7: a share column with no Total row (shares-sum.ts columnSplits)', () => {
  it('reports a split of one whole, closed by a catch-all row, that passes 100', () => {
    // 52 + 30 + 12 + 10 = 104, beyond 100 +- 2
    assert.deepEqual(
      rules(doc('| How they heard of the service | % |\n|---|---|\n| From staff | 52 |\n| From other prisoners | 30 |\n| From a leaflet | 12 |\n| Other | 10 |')),
      ['numbers/table-shares'],
    );
  });
  it('confirms a column that adds up, and judges a second column over the same rows', () => {
    const t = (x: string) => doc(`
| Answer | Staff (n=80) | Visitors (n=52) |
|---|---|---|
| Agree | 61% | 48% |
| Disagree | 27% | ${x} |
| Unsure | 12% | 23% |
`);
    // 61 + 27 + 12 = 100 and 48 + 29 + 23 = 100
    assert.deepEqual(kinds(t('29%'), 'table-shares').filter((v) => v === 'ok').length >= 2, true);
    // 48 + 39 + 23 = 110: the first column shows the rows split one whole
    assert.deepEqual(rules(t('39%')), ['numbers/table-shares']);
  });
  it('judges the grades of one scale, each a row', () => {
    // 10 + 61 + 27 + 6 = 104
    assert.deepEqual(rules(doc('| Judgement | Per cent |\n|---|---|\n| Excellent | 10 |\n| Good | 61 |\n| Adequate | 27 |\n| Unsatisfactory | 6 |')), ['numbers/table-shares']);
  });
  it('leaves separate questions unjudged, even with a row that begins with Other', () => {
    // 72 + 41 + 30 + 18 = 161: four questions, not four answers to one
    const t = doc('| Question | Yes % |\n|---|---|\n| Felt safe on arrival | 72 |\n| Had a job | 41 |\n| Could see a nurse | 30 |\n| Other help received | 18 |');
    assert.deepEqual(rules(t), []);
    assert.deepEqual(kinds(t, 'table-shares'), ['unchecked']);
  });
  it('says nothing of a column with a suppressed cell', () => {
    // 70 + 20 = 90 and '*' hides the rest
    assert.deepEqual(kinds(doc('| Ethnicity | % |\n|---|---|\n| White | 70 |\n| Black | 20 |\n| Other | * |'), 'table-shares'), []);
  });
});

describe('tab-7: a Total row over cells not given (column-sum.ts)', () => {
  const t = (x: string) => doc(`
| Prison | Fires | Assaults |
|---|---|---|
| Hewell | 14 | 120 |
| Brinsford | - | 96 |
| Stoke Heath | 9 | 61 |
| Total | ${x} | 277 |
`);
  it('confirms a Total that is the sum of the given cells', () => {
    // 14 + 9 = 23, the '-' cell not given; 120 + 96 + 61 = 277
    assert.deepEqual(kinds(t('23'), 'table-sum'), ['ok', 'ok']);
  });
  it('says nothing when the given cells fall short (the cell not given may hold the rest)', () => {
    // 14 + 9 = 23, not 30: Brinsford may have had 7
    assert.deepEqual(rules(t('30')), []);
  });
});

describe('tab-7: a Total row whose shares are all of the rows\' sum (column-sum.ts additiveRows)', () => {
  const t = (total: string) => doc(`
| Rating | Homes | % |
|---|---|---|
| Good | 60 | 75% |
| Requires improvement | 16 | 20% |
| Inadequate | 4 | 5% |
| Total | ${total} | 100% |
`);
  it('reports the Total when every share is of the sum and not of the Total', () => {
    // 60 + 16 + 4 = 80; 60/80 = 75%, but 60/86 = 69.8% -> 70%
    assert.deepEqual(rules(t('86')), ['numbers/table-shares']);
    assert.deepEqual(rules(t('80')), []);
  });
  it('leaves it unresolved when the shares fit the Total too', () => {
    // 600 + 160 + 40 = 800, and every share fits the Total of 802 as well: 600/802 = 74.81% -> 75%,
    // 160/802 = 19.95% -> 20%, 40/802 = 4.99% -> 5%; the Total may hold two homes in no row
    const big = doc('| Rating | Homes | % |\n|---|---|---|\n| Good | 600 | 75% |\n| Requires improvement | 160 | 20% |\n| Inadequate | 40 | 5% |\n| Total | 802 | 100% |');
    assert.deepEqual(kinds(big, 'table-sum'), ['unchecked']);
  });
});

describe('tab-7: a sentence that sums up restates a figure before it (restate-local.ts)', () => {
  it('confirms and reports a restated share', () => {
    // the conclusion restates 18 of 30 (60%)
    assert.deepEqual(rulesOf('We read 30 files. Safeguarding checks had been completed in 18 of them (60%). In summary, safeguarding checks were complete in 60% of the files.'), []);
    assert.ok(claims(doc('We read 30 files. Safeguarding checks had been completed in 18 of them (60%). In summary, safeguarding checks were complete in 60% of the files.')).some((c) => c.kind === 'restatement' && c.verdict === 'ok'));
    // 66% where the finding says 60%
    assert.deepEqual(rulesOf('We read 30 files. Safeguarding checks had been completed in 18 of them (60%). In summary, safeguarding checks were complete in 66% of the files.'), ['conclusion/restated-figure']);
  });
  it('compares a count pair with the pair of the same whole', () => {
    // 11 of the 16 against 13 of the 16
    assert.deepEqual(rulesOf('Medication records were accurate for 13 of the 16 residents. To summarise, medication records were accurate for 11 of the 16 residents.'), ['conclusion/restated-figure']);
    assert.deepEqual(rulesOf('Medication records were accurate for 13 of the 16 residents. To summarise, medication records were accurate for 13 of the 16 residents.'), []);
  });
  it('only confirms a summing-up after two figure sentences (it may total them)', () => {
    // 58% overall may be the mean of 55% and 61% over two teams
    assert.deepEqual(rulesOf('In the east team, reviews of risk were timely in 55% of cases. In the west team, reviews of risk were timely in 61% of cases. Overall, reviews of risk were timely in 58% of cases.'), []);
  });
  it('reads a denial that gives the rest as no restatement', () => {
    // 9 of the 30 is the rest of 21 of the 30
    assert.deepEqual(rulesOf('In 21 of the 30 cases, contingency plans were sound. Overall, contingency plans were not sound in 9 of the 30 cases.'), []);
  });
  it('does not tie two findings by one common word', () => {
    // 'visits' alone ties nothing
    assert.deepEqual(rulesOf('Home visits took place in 44% of cases. In conclusion, the first visit to the victim was late in 20% of cases.'), []);
  });
});

describe('tab-7: the paragraph after a table restates a cell (restate-local.ts tableTrails)', () => {
  const t = (s: string) => doc(`
| Question | Respondents | Yes | % |
|---|---|---|---|
| Knew how to make a complaint | 150 | 96 | 64% |
| Had been offered a health check | 150 | 117 | 78% |

${s}
`);
  it('confirms and reports a cell restated', () => {
    assert.deepEqual(rules(t('Only 64% of respondents said they knew how to make a complaint.')), []);
    assert.ok(claims(t('Only 64% of respondents said they knew how to make a complaint.')).some((c) => c.kind === 'restatement' && c.verdict === 'ok'));
    // 46% where the row says 64%
    assert.deepEqual(rules(t('Only 46% of respondents said they knew how to make a complaint.')), ['conclusion/restated-figure']);
  });
  it('reads no sub-group, no complement, and no row with two share columns of its own', () => {
    // a group the table does not show
    assert.deepEqual(rules(t('Only 40% of older disabled respondents said they knew how to make a complaint.')), []);
    // 36% did not know: the rest of 64%
    assert.deepEqual(rules(t('Some 36% said they did not know how to make a complaint.')), []);
    const two = doc('| Question | Men % | Women % |\n|---|---|---|\n| Knew how to make a complaint | 60 | 70 |\n\nOverall, 63% of respondents knew how to make a complaint.');
    assert.deepEqual(rules(two), []);
  });
});

describe('tab-7: pair cells and a base column marked (n) (column-sum.ts, grid.ts DEN_HEADER)', () => {
  it('sums the parts and the wholes of pair cells into the Total pair', () => {
    const t = (x: string) => doc(`
| Team | Plans reviewed |
|---|---|
| East | 15 of 20 (75%) |
| West | 21 of 30 (70%) |
| Total | ${x} |
`);
    // 15 + 21 = 36 and 20 + 30 = 50; 36/50 = 72%
    assert.deepEqual(kinds(t('36 of 50 (72%)'), 'table-sum'), ['ok', 'ok']);
    // 15 + 21 = 36, not 38 (and 38/50 = 76%, so the Total's share is right for its own pair)
    assert.deepEqual(rules(t('38 of 50 (76%)')), ['numbers/table-shares']);
  });
  it('reads a base column headed "Cases (n)" for cells that give a count and its share', () => {
    const t = (x: string) => doc(`
| Team | Cases (n) | Sufficient n (%) |
|---|---|---|
| East | 20 | 15 (75%) |
| West | 30 | ${x} |
`);
    // 21/30 = 70%
    assert.deepEqual(rules(t('21 (70%)')), []);
    // 21/30 = 70%, not 72%
    assert.deepEqual(rules(t('21 (72%)')), ['numbers/percentage-mismatch']);
  });
});

describe('tab-7: share columns under a list of questions are not split (shares-sum.ts columnSplits)', () => {
  it('only confirms columns of separate questions, even when one column happens to add up', () => {
    // men: 40 + 35 + 25 = 100 by chance; women: 50 + 45 + 30 = 125; three questions, not three answers
    const t = doc('| Question | Men % | Women % |\n|---|---|---|\n| Had a job | 40 | 50 |\n| Went to education | 35 | 45 |\n| Did nothing all day | 25 | 30 |');
    assert.deepEqual(rules(t), []);
  });
});

describe('tab-7: the paragraph after a table restates a count with its base (restate-local.ts rowCounts)', () => {
  const t = (s: string) => doc(`
| Question | Respondents | Yes | % |
|---|---|---|---|
| Knew how to make a complaint | 150 | 96 | 64% |
| Had been offered a health check | 150 | 117 | 78% |

${s}
`);
  it('confirms and reports the count of the row with the same base', () => {
    // 117 of the 150, as in the row
    assert.ok(claims(t('In all, 117 of the 150 respondents said they had been offered a health check.')).some((c) => c.kind === 'restatement' && c.verdict === 'ok'));
    // 111 where the row says 117 (of the same 150)
    assert.deepEqual(rules(t('In all, 111 of the 150 respondents said they had been offered a health check.')), ['conclusion/restated-figure']);
  });
  it('reads the rest of the row as no restatement', () => {
    // 33 of the 150 had not: 150 - 117
    assert.deepEqual(rules(t('Some 33 of the 150 respondents said they had not been offered a health check.')), []);
  });
});

describe('tab-7: two pairs of one whole are tied by what they say, not by the whole\'s noun (restate-local.ts)', () => {
  it('does not read a summing-up about another thing of the same group as a restatement', () => {
    // 30 of the 40 staff files had a photograph; 25 of the 40 staff files had references: two findings
    assert.deepEqual(rulesOf('Of the 40 staff files we checked, 30 of the 40 staff files had a photograph. Overall, 25 of the 40 staff files had two references.'), []);
    assert.deepEqual(rulesOf('Thirty of the 40 staff had completed fire training. Overall, 25 of the 40 staff had an appraisal.'), []);
  });
});

describe('tab-7: a summing-up that says something else of the same thing (restate-local.ts QUALITY)', () => {
  it('does not report a share of another finding that shares most words', () => {
    // assessed well (65%) and managed well (58%) are two findings about risk of harm
    assert.deepEqual(rulesOf('Risk of harm was assessed well in 65% of cases. Overall, risk of harm was managed well in 58% of cases.'), []);
  });
  it('still reports a restatement that only drops a word of quality', () => {
    // 'assessed well' restated as 'assessment of risk of harm': 58% where the finding says 65%
    assert.deepEqual(rulesOf('Risk of harm was assessed well in 65% of cases. Overall, the assessment of risk of harm was sufficient in 58% of cases.'), ['conclusion/restated-figure']);
  });
});

describe('tab-7: a sentence after a table that leaves out a word of the row (restate-local.ts)', () => {
  it('does not report a sentence about a near question', () => {
    // 'felt safe at night' is not 'felt safe on their first night' (72)
    const t = doc('| Question | Respondents | Yes | % |\n|---|---|---|---|\n| Felt safe on their first night | 150 | 108 | 72% |\n| Had a shower on arrival | 150 | 90 | 60% |\n\nJust 55% said they felt safe at night.');
    assert.deepEqual(rules(t), []);
  });
});

describe('tab-7: a figure beside a table or in a summary that is another figure, not a wrong copy', () => {
  it('reads no restatement of a row when the column asks another question', () => {
    // the row is the group (care assistants); the cell counts training (29 of 34), the sentence registration (31 of 34)
    const table = (s: string) =>
      doc(`| Staff group | In post | Completed safeguarding training | % |\n|---|---|---|---|\n| Care assistants | 34 | 29 | 85% |\n| Nurses | 8 | 8 | 100% |\n\n${s}`);
    assert.deepEqual(rules(table('Of the 34 care assistants, 31 were registered with the Social Care Register.')), []);
    // the same question and the same figure is still tied to the row and confirmed (29 of 34)
    assert.ok(claims(table('Of the 34 care assistants, 29 had completed safeguarding training.')).some((c) => c.kind === 'restatement' && c.verdict === 'ok'));
  });
  it('reads no restatement of a share from a summary count of another whole', () => {
    // the summary's 58 is a count of the 104 cases; the finding's 84% is 49 of those 58
    const text = `${FM}# Summary\n\nWe examined 104 cases: 58 community orders, 38 licences and 8 custody cases.\n\n# 1. Assessment\n\n## 1.1 Reports\n\n- (a) A report had been prepared in 49 of the 58 community order cases (84%).\n`;
    assert.deepEqual(rules(text), []);
  });
});
