/**
 * Which cells of a summary table are the report's own: a table may show a
 * grade column, a score column, both, or one column per period ('Outcome in
 * 2022 | Outcome in 2025'). The report's columns are:
 *
 * - a column headed as the current period ('This inspection', 'Current');
 * - else, when columns are headed by years: the one headed by the report's
 *   own year (front matter `date` or `year`); else, when there are columns of
 *   two years or more and no column without a year, the latest (the last of a
 *   series); a year after the report's is never the report's;
 * - else the value columns that name no period.
 *
 * Columns headed as another period or another measure ('Previous rating',
 * 'Target', 'National average') are never the report's. Of the report's
 * columns, a kind (grade or percentage) is read only when one column holds it:
 * two grade columns with no period to choose between them are unclear, and
 * unclear gives no cell (precision first: no comparison, no finding).
 */
import type { Report, SummaryCell, SummaryRow, SummaryTable } from '../../model.js';

/** Header words of a column that is not this report's (another period or a reference figure). */
const NOT_OURS = /\b(?:previous|prior|earlier|former|last|baseline|target|targets|comparator|benchmark|national|average|expected)\b/i;
/** Header words of the report's own period. */
const OURS = /\b(?:this\s+(?:inspection|report|year|visit)|current|latest)\b/i;
const YEAR = /\b((?:19|20)\d{2})(?:\s*[/\u2013-]\s*(\d{2}|(?:19|20)\d{2}))?\b/g;

/** The latest year a header names ('2006/07' is 2007), or undefined. */
export function headerYear(header: string): number | undefined {
  let best: number | undefined;
  for (const m of header.matchAll(YEAR)) {
    const start = Number(m[1]);
    let y = start;
    if (m[2]) {
      const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (end > start && end - start <= 1) y = end;
    }
    if (best === undefined || y > best) best = y;
  }
  return best;
}

/** The report's year from its front matter (`date: 2025-05`, `year: 2025`). */
export function reportYear(report: Report): number | undefined {
  const values = report.frontMatter?.values ?? {};
  for (const key of ['date', 'year']) {
    const m = /^\s*((?:19|20)\d{2})\b/.exec(values[key] ?? '');
    if (m) return Number(m[1]);
  }
  return undefined;
}

export interface ReportCells {
  grade?: SummaryCell;
  percentage?: SummaryCell;
}

/** The columns of a table that hold the report's grade and the report's percentage (undefined: none, or unclear). */
export function reportColumns(table: SummaryTable, year: number | undefined): { grade?: number; percentage?: number } {
  const used = new Set<number>();
  for (const row of table.rows) for (const c of row.cells) used.add(c.column);
  const header = (i: number) => table.headers[i] ?? '';
  const columns = [...used].filter((i) => !NOT_OURS.test(header(i)) || OURS.test(header(i)));
  let ours: number[];
  const current = columns.filter((i) => OURS.test(header(i)));
  const dated = columns.filter((i) => headerYear(header(i)) !== undefined);
  if (current.length > 0) ours = current;
  else if (dated.length > 0) {
    const own = year === undefined ? [] : dated.filter((i) => headerYear(header(i)) === year);
    if (own.length > 0) ours = own;
    else {
      const years = new Set(dated.map((i) => headerYear(header(i))!));
      const latest = Math.max(...years);
      // One year alone may be another period's table; columns without a year beside dated ones may be the report's.
      if (years.size < 2 || dated.length < columns.length || (year !== undefined && latest > year)) return {};
      ours = dated.filter((i) => headerYear(header(i)) === latest);
    }
  } else ours = columns;
  const holding = (kind: SummaryCell['kind']) => {
    const cols = ours.filter((i) => table.rows.some((r) => r.cells.some((c) => c.column === i && c.kind === kind)));
    return cols.length === 1 ? cols[0] : undefined;
  };
  return { grade: holding('grade'), percentage: holding('percentage') };
}

/** The report's grade cell and percentage cell of a row, given its table's report columns. */
export function reportCells(row: SummaryRow, columns: { grade?: number; percentage?: number }): ReportCells {
  const out: ReportCells = {};
  for (const c of row.cells) {
    if (c.kind === 'grade' && c.column === columns.grade) out.grade = c;
    if (c.kind === 'percentage' && c.column === columns.percentage) out.percentage = c;
  }
  return out;
}
