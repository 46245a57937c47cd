import type { Emit, Rule } from '../rule.js';
import type { Framework } from '../../framework/framework.js';
import type { Criterion, Span, SummaryCell } from '../../model.js';
import { derive, describeGrades, fmt, gradeOf, gradesFor, printedValues, withLimiters } from './derive.js';
import { FM, criterion } from '../examples.js';
import { reportCells, reportColumns, reportYear } from './summary-columns.js';

const FM_CQC = '---\ntitle: Example\nframework: cqc-saf-2024\n---\n\n';
const FM_CQC_2025 = '---\ntitle: Example\nframework: cqc-saf-2024\ndate: 2025-03\n---\n\n';
const table = (rows: string, head = '| Key question | Rating |\n|---|---|') => `${head}\n${rows}\n\n`;
const kq = (id: string, title: string, rating: string, scores: number[]) =>
  `## ${id} ${title}\n\nRating: ${rating}\n\n${scores.map((s, i) => `- Statement ${i + 1}: ${s}`).join('\n')}\n\n`;
const grade43 = (grade: string) => `| Criterion | Grade |\n|---|---|\n| 4.3 General Criterion: RESOURCE DEPLOYMENT | ${grade} |\n\n`;
const twoYears = (last: string) => table(`| 1.1 Safe | Requires improvement | ${last} |`, '| Key question | Rating in 2022 | Rating in 2025 |\n|---|---|---|');

export const rule: Rule = {
  meta: {
    id: 'rating/summary-mismatch',
    severity: 'error',
    summary: "A summary table row whose grade or score disagrees with the criterion it names.",
    description:
      "A summary table restates each criterion's grade, score, or both. The report's own cells are read from the table's columns: a grade column, a score column, both, or one column per period ('Rating in 2022 | Rating in 2025'), where the report's is the column headed by its own year (front matter `date` or `year`) or as the current one ('This inspection'), else the latest of a series of years. Columns headed as another period or figure ('Previous rating', 'Target') are never the report's; when two columns could be the report's grade (or score) and nothing says which, the table is not judged for that kind. "
      + "A grade cell must be the criterion's grade line, or a band its figures give (its score, or its parts' percentage, under the framework's rating bands): '2.1 | Good' is wrong when the body rates 2.1 Requires improvement, or scores it 52% and 52% is Requires improvement. When the body disagrees with itself (a grade line outside its score's band), a cell that agrees with either is not reported: the body's rule reports the body. "
      + "A percentage cell must be the criterion's score line (or its rounding), else its parts' percentage, else fall in its rating's band. "
      + "The fix copies the body's value into the table when the body agrees with itself; for a percentage cell of a criterion that has only a grade line, the percentage is the figure, so the fix changes the body's rating to its band.",
    needsFramework: true,
    examples: {
      ok: [
        FM_CQC + table('| 1.1 Safe | 75% |') + kq('1.1', 'Safe', 'Good', [3, 3, 3, 3]),
        FM + grade43('Satisfactorily met') + criterion('4.3', 'Resource deployment', 'Satisfactorily met'),
        FM_CQC_2025 + twoYears('Good') + kq('1.1', 'Safe', 'Good', [3, 3, 3, 3]),
      ],
      notOk: [
        FM_CQC + table('| 1.1 Safe | 81% |') + kq('1.1', 'Safe', 'Good', [3, 3, 3, 3]),
        FM + grade43('Well met') + criterion('4.3', 'Resource deployment', 'Satisfactorily met'),
        FM_CQC_2025 + twoYears('Requires improvement') + kq('1.1', 'Safe', 'Good', [3, 3, 3, 3]),
      ],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    const year = reportYear(ctx.report);
    for (const t of ctx.report.summaryTables) {
      const columns = reportColumns(t, year);
      for (const row of t.rows) {
        const c = ctx.index.criteria.get(row.criterionId);
        if (!c) continue;
        const cells = reportCells(row, columns);
        if (cells.grade) checkGrade(fw, c, row.criterionId, cells.grade, emit);
        if (cells.percentage) checkPercentage(fw, c, row.criterionId, cells.percentage, emit);
      }
    }
  },
};

/** What the body says a criterion's grade is: its grade line, and the band its figures give. */
function bodyGrades(fw: Framework, c: Criterion): { line?: string; figures: string[]; band: string[]; figureText?: string; figureSpan?: Span } {
  const line = gradeOf(fw, c);
  const d = fw.data.ratings ? derive(fw, c) : undefined;
  if (d && d.grades.length > 0) {
    const figures = d.mayBeLimited ? withLimiters(fw, d.grades) : d.grades;
    const figureSpan = c.score && d.arithmetic === c.score.raw ? c.score.valueSpan : (c.parts?.[0]?.span ?? c.score?.valueSpan);
    return { line, figures, band: d.grades, figureText: d.arithmetic, figureSpan };
  }
  if (fw.data.ratings && c.score) {
    const band = gradesFor(fw, [c.score.value]);
    return { line, figures: band, band, figureText: c.score.raw, figureSpan: c.score.valueSpan };
  }
  return { line, figures: [], band: [] };
}

/** A grade cell: reported only when it is neither the grade line nor a band the criterion's figures give. */
function checkGrade(fw: Framework, c: Criterion, id: string, cell: SummaryCell, emit: Emit): void {
  const said = fw.grade(cell.value);
  if (!said) return;
  // A grade line that is not one of the framework's is structure/unknown-grade's: what it means is unknown.
  if (c.grade && !gradeOf(fw, c)) return;
  const body = bodyGrades(fw, c);
  if (!body.line && body.figures.length === 0) return;
  if (said === body.line) return;
  // A grade line its figures allow is the body's grade; else the cell may follow either.
  const consistent = body.line !== undefined && (body.figures.length === 0 || body.figures.includes(body.line));
  if (!consistent && body.figures.includes(said)) return;
  const figures = body.figures.length > 0 ? `${body.figureText}, which is ${describeGrades(fw, body.band)}` : undefined;
  // The body agrees with itself: its grade is the fix. When it does not, no fix is offered.
  const agreed = consistent ? body.line : !body.line && body.figures.length === 1 ? body.figures[0] : undefined;
  const related = [];
  if (body.line && c.grade) related.push({ span: c.grade.valueSpan, message: `${c.id} is rated here` });
  if (figures && body.figureSpan) related.push({ span: body.figureSpan, message: `${c.id}'s figures are here` });
  const message = body.line
    ? `the summary gives ${id} '${cell.value}', but ${id} is rated '${c.grade!.raw}'${figures ? ` (${figures})` : ''}`
    : `the summary gives ${id} '${cell.value}', but ${id} scores ${figures}`;
  emit({
    message,
    span: cell.span,
    related,
    fix: agreed ? { title: `Change to '${agreed}'`, edits: [{ span: cell.span, newText: agreed }] } : undefined,
  });
}

/** A percentage cell: the criterion's score line, else its parts' percentage, else within its rating's band. */
function checkPercentage(fw: Framework, c: Criterion, id: string, cell: SummaryCell, emit: Emit): void {
  const raw = cell.value.replace(/\s*%$/, '');
  const v = Number(raw);
  if (c.score) {
    if (samePrinted(v, decimalsOf(raw), c.score.value)) return;
    emit({
      message: `the summary gives ${id} ${cell.value}, but ${id} scores ${c.score.raw}`,
      span: cell.span,
      related: [{ span: c.score.valueSpan, message: `${c.id} is scored here` }],
      fix: { title: `Change to ${c.score.raw}`, edits: [{ span: cell.span, newText: c.score.raw }] },
    });
    return;
  }
  if (!fw.data.ratings) return;
  const d = derive(fw, c);
  if (d && (c.parts?.length ?? 0) > 0) {
    if (d.printed.includes(v)) return;
    const to = fmt(d.printed.length > 1 ? d.printed[1]! : d.exact);
    emit({
      message: `the summary gives ${id} ${cell.value}, but its parts give ${d.arithmetic}`,
      span: cell.span,
      related: [{ span: c.parts![0]!.span, message: `the parts of ${c.id} start here` }],
      fix: { title: `Change to ${to}%`, edits: [{ span: cell.span, newText: `${to}%` }] },
    });
    return;
  }
  const written = gradeOf(fw, c);
  if (!written || !c.grade) return;
  const grades = gradesFor(fw, [v]);
  if (grades.length === 0 || grades.includes(written)) return;
  emit({
    message: `the summary gives ${id} ${cell.value}, which is ${describeGrades(fw, grades)}, but ${id} is rated '${c.grade.raw}'`,
    span: cell.span,
    related: [{ span: c.grade.valueSpan, message: `${c.id} is rated here` }],
    // The percentage is the data: the rating follows it.
    fix: grades.length === 1 ? { title: `Change the rating of ${c.id} to '${grades[0]}'`, edits: [{ span: c.grade.valueSpan, newText: grades[0]! }] } : undefined,
  });
}

function decimalsOf(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : raw.length - dot - 1;
}

/** Whether a table figure printed to `decimals` places is the body's figure, as written or rounded either way at a half. */
function samePrinted(table: number, decimals: number, body: number): boolean {
  if (table === body) return true;
  return printedValues(body, decimals).includes(table);
}
