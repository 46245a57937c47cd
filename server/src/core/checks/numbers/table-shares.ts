import { FM } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const table = (white: string, minority: string) =>
  `${FM}# Appendix 1 Contextual information\n\n| Caseload | |\n|---|---|\n| Total caseload | 4,885 |\n| % White | ${white} |\n| % Minority ethnic | ${minority} |\n`;
const sums = (t: string) => `${FM}# Appendix 2 Outcomes\n\n| Year | Day | Night | Total |\n|---|---|---|---|\n| 2021 | 40 | 12 | 52 |\n| 2022 | 35 | 9 | ${t} |\n`;
const split = (x: string) => `${FM}# Appendix 2 Survey\n\n| Statement | Agree | Disagree | Not sure |\n|---|---|---|---|\n| I was listened to | 70% | 20% | 10% |\n| I felt safe | 82% | 12% | 6% |\n| I knew my plan | 55% | ${x} | 15% |\n`;
const counts = (a: string) => `${FM}# Appendix 2 Outcomes\n\n| Outcome | Number | % |\n|---|---|---|\n| Completed | 45 | ${a} |\n| Breached | 15 | 25% |\n| Total | 60 | 100% |\n`;

export const rule: Rule = {
  meta: {
    id: RULE.tableShares,
    severity: 'warning',
    summary: 'Table shares that do not make up the whole, totals that are not the sum of their parts, or table percentages that do not match their counts.',
    description:
      "In tables, two rows that split a whole ('% White' and '% Minority ethnic', '% Male' and '% Female', 'X' and 'non-X', 'Yes' and 'No') must add up to 100 within rounding (87.2 + 12.8). A table with a count column, a percentage column and a Total row has each row's percentage recomputed from its count (mismatches there are reported by numbers/percentage-mismatch), and so do 'k (P%)' cells against their column's total. A Total row must be the sum of its column and a Total column the sum of the count columns before it, when another total of the same table adds up (a table whose rows may overlap is not judged); the fix writes the sum. A percentage column whose Total row says 100%, and rows of percentage columns that split one whole (when the other rows add up to 100%), must add up to 100 within rounding. Tables whose rows carry their own base ('Relevant cases | Yes | %', '36 of 44 (86%)') are recomputed row by row; those mismatches are reported by numbers/percentage-mismatch.",
    needsFramework: false,
    examples: {
      ok: [table('87.2', '12.8'), counts('75%'), sums('44'), split('30%')],
      notOk: [table('87.2', '13.8'), table('86.2', '12.8'), sums('45'), split('36%')],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.tableShares);
  },
};
