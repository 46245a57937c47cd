import { FM } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const table = (white: string, minority: string) =>
  `${FM}# Appendix 1 Contextual information\n\n| Caseload | |\n|---|---|\n| Total caseload | 4,885 |\n| % White | ${white} |\n| % Minority ethnic | ${minority} |\n`;
const counts = (a: string) => `${FM}# Appendix 2 Outcomes\n\n| Outcome | Number | % |\n|---|---|---|\n| Completed | 45 | ${a} |\n| Breached | 15 | 25% |\n| Total | 60 | 100% |\n`;

export const rule: Rule = {
  meta: {
    id: RULE.tableShares,
    severity: 'warning',
    summary: 'Table shares that do not make up the whole, or table percentages that do not match their counts.',
    description:
      "In tables, two rows that split a whole ('% White' and '% Minority ethnic', '% Male' and '% Female', 'X' and 'non-X', 'Yes' and 'No') must add up to 100 within rounding (87.2 + 12.8). A table with a count column, a percentage column and a Total row has each row's percentage recomputed from its count (mismatches there are reported by numbers/percentage-mismatch), and so do 'k (P%)' cells against their column's total.",
    needsFramework: false,
    examples: {
      ok: [table('87.2', '12.8'), counts('75%')],
      notOk: [table('87.2', '13.8'), table('86.2', '12.8')],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.tableShares);
  },
};
