/**
 * Tables whose Total rows went unjudged in corpus round y- (tables/grid.ts, tables/shares-sum.ts,
 * tables/column-sum.ts): a Total row named 'All' and three words, a residual row named 'Other' and a noun, and
 * a Total of the rated cases only under rows of every grade. Tables written for these tests.
 */
import * as assert from 'node:assert/strict';
import { FM, numbersDiagnostics } from './helpers.js';

const rules = (table: string) => numbersDiagnostics(`${FM}# Appendix 2 Figures\n\n${table.trim()}\n`).map((d) => d.ruleId);
const T = ['numbers/table-shares'];

const placements = (total: string) => `
| Where children in care lived | Children |
| --- | --- |
| Foster care | 301 |
| Children's homes | 44 |
| Placed with parents | 29 |
| Other placements | 17 |
| All children in care | ${total} |`;

const ratings = (total: string, label = 'All rated services') => `
| Current rating | Services |
| --- | --- |
| Outstanding | 120 |
| Good | 2,804 |
| Requires improvement | 611 |
| Inadequate | 58 |
| ${label} | ${total} |`;

describe('tables of round y-: Total rows named in words, a residual row, rated cases only', () => {
  it("judges a Total named 'All' and three words over rows closed by 'Other' and a noun", () => {
    // 301 + 44 + 29 + 17 = 391
    assert.deepEqual(rules(placements('391')), []);
    // 391, not 381
    assert.deepEqual(rules(placements('381')), T);
  });
  it('judges a Total of the rated cases under a row for every grade', () => {
    // 120 + 2,804 + 611 + 58 = 3,593
    assert.deepEqual(rules(ratings('3,593')), []);
    // 3,593, not 3,639: every grade is a row, and the Total counts rated services only
    assert.deepEqual(rules(ratings('3,639')), T);
  });
  it('trap: a plain Total above the grades may hold services not yet rated', () => {
    // 3,593 of 3,639: the other 46 may have no rating, and no row says they have none
    assert.deepEqual(rules(ratings('3,639', 'Total')), []);
  });
  it("trap: rows not closed by a residual row may overlap ('Learners with high needs' are also on the programmes)", () => {
    const table = `
| Type of provision | Learners |
| --- | --- |
| Education programmes for young people | 1,240 |
| Adult learning programmes | 865 |
| Learners with high needs | 58 |
| All learners on roll | 2,150 |`;
    assert.deepEqual(rules(table), []);
  });
});
