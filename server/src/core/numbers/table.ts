/**
 * Claims in GFM tables. The table is read once into a grid (`tables/grid.ts`:
 * cells, what each holds, the header, the Total row, column roles), then
 * each reading has its own file:
 * - `tables/row-denominator.ts` — a base column per row ('Relevant cases |
 *   Yes | %');
 * - `tables/column-share.ts` — a percentage column against its count
 *   column's Total row ('Number | %', 'Total | 60 | 100%');
 * - `tables/cell-counts.ts` — cells with their own figures ('36 of 44 (86%)',
 *   '36/44 (82%)', '86% (36)' against a total);
 * - `tables/column-sum.ts` — a Total row or a Total column that must be the
 *   sum of its parts;
 * - `tables/shares-sum.ts` — shares that must add up to 100;
 * - `tables/stated-total.ts` — a column's total stated in the paragraph
 *   before the table ('5,996 schools' over a 'Schools' column);
 * - `tables/change-column.ts` — a change column after two period columns
 *   ('| 2022/23 | 2023/24 | Change |', 'up 2%');
 * and `tables/reading.ts` decides when a reading of the columns stands.
 * Stated section scores ('| Section 1 | 73% |') are read here.
 */
import type { ClaimRecord, Operand } from './claim.js';
import type { GradeScale } from './relations/grade-parts.js';
import type { RoundingPolicy } from './rounding.js';
import { readCellCounts } from './tables/cell-counts.js';
import { readChangeColumns } from './tables/change-column.js';
import { readColumnShares } from './tables/column-share.js';
import { readColumnSums } from './tables/column-sum.js';
import { gridOf, isPctColumn, isTotalLabel, type Grid } from './tables/grid.js';
import { readRowDenominators } from './tables/row-denominator.js';
import { readSharesSums } from './tables/shares-sum.js';
import { readStatedTotals, type Lead } from './tables/stated-total.js';

export function sectionScoreClaim(sectionId: string, start: number, end: number, raw: string): ClaimRecord {
  const value = /(\d{1,3})(?:\.(\d+))?/.exec(raw)!;
  const decimals = value[2]?.length ?? 0;
  const operand: Operand = { role: 'score', value: Number(value[1]! + (value[2] ?? '')), decimals, raw, span: { start, end } };
  return { kind: 'section-score', span: { start, end }, sectionId, operands: [operand], verdict: 'unchecked', arithmetic: `stated score of section ${sectionId}: ${raw}` };
}

/** Stated section scores: '| Section 1 | 73% |', '| 2. Interventions | 68% |'. */
function sectionScores(g: Grid): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const row of g.rows) {
    const label = row[0]?.text ?? '';
    const m = /^(?:section\s+)?(\d{1,2})(?:\s*[.:)\u2013-]\s*|\s+|$)(?!\d)/i.exec(label);
    if (!m || /^\d+\.\d/.test(label)) continue;
    if (!/^section\b/i.test(label) && !/^\d{1,2}\s*[.:)\u2013-]?\s*[A-Za-z]/.test(label) && !/^\d{1,2}$/.test(label)) continue;
    for (let i = row.length - 1; i >= 1; i--) {
      const c = row[i]!;
      if (/^\d{1,3}(?:\.\d+)?\s*%$/.test(c.text)) {
        out.push(sectionScoreClaim(m[1]!, c.start, c.end, c.text));
        break;
      }
      if (c.text) break;
    }
  }
  return out;
}

/** Tables wider or longer than this are not read for relations (each reading is linear in the cells). */
const MAX_CELLS = 20000;

/** `lead`: the prose just before the table (a total stated there); `scales`: the rating scales a report may use (framework data), for rows that are grades. */
export function tableClaims(raw: string, at: number, policy: RoundingPolicy, lead?: Lead, scales: readonly GradeScale[] = []): ClaimRecord[] {
  const g = gridOf(raw, at);
  if (g.rows.length === 0) return [];
  const out = sectionScores(g);
  if (g.rows.length * g.width > MAX_CELLS) return out;
  // Cells read as a share of their own row's base ('row:col'): no other reading takes them as column shares,
  // and such a column is not a split of one whole.
  const taken = new Set<string>();
  out.push(...readRowDenominators(g, policy, taken));
  // A table laid out the other way round ('| Relevant cases | 44 | 30 |', '| Yes | 36 | 21 |', '| % | 82% | 70% |'):
  // with no percentage column of its own, its rows are read as the columns of a row reading.
  if (taken.size === 0 && !hasPctColumn(g)) {
    const t = transposed(g);
    if (t && hasPctColumn(t)) out.push(...readRowDenominators(t, policy, new Set()));
  }
  const rowRead = new Set([...taken].map((key) => Number(key.split(':')[1])));
  // A column whose wrong share is reported against its count: its sum is not reported again.
  const explained = new Set<number>();
  out.push(...readColumnShares(g, policy, taken, explained));
  out.push(...readCellCounts(g, policy));
  out.push(...readColumnSums(g, scales, lead));
  out.push(...readStatedTotals(g, lead, policy));
  out.push(...readSharesSums(g, policy, rowRead, explained, scales));
  out.push(...readChangeColumns(g, policy));
  return out;
}

function hasPctColumn(g: Grid): boolean {
  for (let c = 1; c < g.width; c++) if (isPctColumn(g, c)) return true;
  return false;
}

/**
 * The grid with rows and columns swapped, when it has a header row and its first column labels every row
 * (cells keep their spans). A Total column becomes the Total row.
 */
function transposed(g: Grid): Grid | undefined {
  if (g.header === undefined || g.rows.some((r) => r.length !== g.width)) return undefined;
  const rows = Array.from({ length: g.width }, (_, c) => g.rows.map((r) => r[c]!));
  const values = Array.from({ length: g.width }, (_, c) => g.values.map((r) => r[c]!));
  const t: Grid = { rows, values, width: g.rows.length, header: 0 };
  const last = rows.length - 1;
  if (last > 0 && isTotalLabel(rows[last]![0]!.text) && rows.filter((r, i) => i > 0 && isTotalLabel(r[0]!.text)).length === 1) t.total = last;
  return t;
}
