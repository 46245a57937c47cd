/**
 * Tables in more of their shapes (issue 9, family 11): a bare percentage column, a base made of two
 * columns ('Yes | No'), a base stated in a header, a share column beside its base alone. Our own tables;
 * arithmetic in the comments.
 */
import * as assert from 'node:assert/strict';
import { FM, numbersDiagnostics } from './helpers.js';

const table = (rows: string) => `${FM}# Appendix 2 What inspectors found\n\nThe table gives the findings from the cases inspectors read.\n\n${rows}`;
const rules = (rows: string) => numbersDiagnostics(table(rows)).map((d) => d.ruleId);

describe('numbers: tables, fifth round', () => {
  it("reads bare numbers under a '% …' header as percentages of the row's base", () => {
    // 30/40 = 75; 27/45 = 60; 14/22 = 63.6 -> 64.
    const t = (last: string) => `| Team | Number inspected | Number good | % good |\n|---|---|---|---|\n| East | 40 | 30 | 75 |\n| West | 45 | 27 | 60 |\n| Central | 22 | 14 | ${last} |\n`;
    assert.deepEqual(rules(t('64')), []);
    // 14/22 = 63.6%, not 70.
    assert.deepEqual(rules(t('70')), ['numbers/percentage-mismatch']);
  });

  it("takes 'Yes' and 'No' together as the base of '% yes'", () => {
    // 18/(18+6) = 75%; 14/(14+6) = 70%; 20/(20+5) = 80%.
    const t = (last: string) => `| Question | Yes | No | % yes |\n|---|---|---|---|\n| Felt safe | 18 | 6 | 75% |\n| Had a key worker | 14 | 6 | 70% |\n| Knew how to complain | 20 | 5 | ${last} |\n`;
    assert.deepEqual(rules(t('80%')), []);
    // 20/25 = 80%, not 90%.
    assert.deepEqual(rules(t('90%')), ['numbers/percentage-mismatch']);
  });

  it("takes 'Met' and 'Not met' together as the base of '% met'", () => {
    // 12/(12+4) = 75%; 8/(8+2) = 80%; 9/(9+6) = 60%.
    const t = (last: string) => `| Standard | Met | Not met | % met |\n|---|---|---|---|\n| Medicines | 12 | 4 | 75% |\n| Records | 8 | 2 | 80% |\n| Staffing | 9 | 6 | ${last} |\n`;
    assert.deepEqual(rules(t('60%')), []);
    assert.deepEqual(rules(t('40%')), ['numbers/percentage-mismatch']);
  });

  it("leaves '% yes' alone when most rows are not of Yes and No together", () => {
    // 40% = 8 of 20 answers in all, 'Don't know' not shown: 8/(8+4) = 66.7% and 6/(6+6) = 50% do not fit.
    assert.deepEqual(rules('| Question | Yes | No | % yes |\n|---|---|---|---|\n| Felt safe | 8 | 4 | 40% |\n| Had a key worker | 6 | 6 | 30% |\n| Knew how to complain | 10 | 5 | 67% |\n'), []);
  });

  it("does not take 'No' for the rest of a column it does not deny", () => {
    // 'No' here may be 'No.' (the number): 'Met' is not 'Yes', so nothing is summed.
    assert.deepEqual(rules('| Area | No | Met | % met |\n|---|---|---|---|\n| North | 20 | 15 | 75% |\n| South | 30 | 24 | 80% |\n'), []);
  });

  it("uses a base a column's header states ('Cases (n = 48)')", () => {
    // 36/48 = 75%; 30/48 = 62.5% -> 63%.
    const t = (last: string) => `| Measure | Cases (n = 48) |\n|---|---|\n| Seen within five days | 36 (75%) |\n| Plan within 15 days | 30 (${last}) |\n`;
    assert.deepEqual(rules(t('63%')), []);
    // 30/48 = 62.5%, not 68%.
    assert.deepEqual(rules(t('68%')), ['numbers/percentage-mismatch']);
  });

  it('judges a share column beside its base column alone by whole counts', () => {
    // of 25: 48% = 12/25; of 32: 62.5% -> 63% = 20/32 (half up); of 28: 25% = 7/28.
    const t = (last: string) => `| Area | Sample | % met |\n|---|---|---|\n| Housing | 25 | 48% |\n| Health | 32 | 63% |\n| Training | 28 | ${last} |\n`;
    assert.deepEqual(rules(t('25%')), []);
    // k/28 = 27% has no whole k: 7/28 = 25%, 8/28 = 28.6%.
    assert.deepEqual(rules(t('27%')), ['numbers/no-whole-count']);
  });

  it("leaves shares of one whole beside 'Number' alone", () => {
    // The shares add up to 100: they split one whole, and 'Number' is no base of each row.
    assert.deepEqual(rules('| Outcome | Number | % |\n|---|---|---|\n| Improved | 28 | 57% |\n| Same | 15 | 31% |\n| Declined | 6 | 12% |\n'), []);
  });

  it('reads a table laid out the other way round: base, count and share as rows', () => {
    // 30/40 = 75%; 18/24 = 75%; 9/15 = 60%.
    const t = (last: string) => `|  | East | West | Central |\n|---|---|---|---|\n| Relevant cases | 40 | 24 | 15 |\n| Met | 30 | 18 | 9 |\n| % met | 75% | 75% | ${last} |\n`;
    assert.deepEqual(rules(t('60%')), []);
    // 9/15 = 60%, not 66%.
    assert.deepEqual(rules(t('66%')), ['numbers/percentage-mismatch']);
  });

  it("uses a base a row's label states ('Housing (n=44)')", () => {
    // 33/44 = 75%; 12/20 = 60%; 14/16 = 87.5% -> 88%.
    const t = (last: string) => `| Area | Met | % |\n|---|---|---|\n| Housing (n=44) | 33 | 75% |\n| Health (n=20) | 12 | 60% |\n| Training (n=16) | 14 | ${last} |\n`;
    assert.deepEqual(rules(t('88%')), []);
    // 14/16 = 87.5%, not 78%.
    assert.deepEqual(rules(t('78%')), ['numbers/percentage-mismatch']);
  });

  it("reads 'k/n' cells against the percentage column beside them", () => {
    // 27/36 = 75.0%; 14/20 = 70.0%.
    const t = (last: string) => `| Team | Plans signed | % |\n|---|---|---|\n| North | 27/36 | 75.0% |\n| South | 14/20 | ${last} |\n`;
    assert.deepEqual(rules(t('70.0%')), []);
    // 14/20 = 70.0%, not 77.0%.
    assert.deepEqual(rules(t('77.0%')), ['numbers/percentage-mismatch']);
  });
});
