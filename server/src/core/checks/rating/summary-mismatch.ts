import type { Rule } from '../rule.js';
import { derive, describeGrades, fmt, gradeOf, gradesFor } from './derive.js';

const FM = '---\ntitle: Example\nframework: ./fw.yaml\n---\n\n';
const FM_CQC = '---\ntitle: Example\nframework: cqc-saf-2024\n---\n\n';
const table = (rows: string) => `| Key question | Rating |\n|---|---|\n${rows}\n`;
const kq = (id: string, title: string, rating: string, scores: number[]) =>
  `## ${id} ${title}\n\nRating: ${rating}\n\n${scores.map((s, i) => `- Statement ${i + 1}: ${s}`).join('\n')}\n\n`;
void FM;

export const rule: Rule = {
  meta: {
    id: 'rating/summary-mismatch',
    severity: 'error',
    summary: "A summary table row that disagrees with the body when the kinds differ: a grade for a percentage-scored criterion, or a percentage for a rated one.",
    description:
      "Summary tables may list criteria of both kinds. A grade cell for a criterion scored as a percentage must be the band of that percentage ('2.1 | Good' is wrong at 52% when 52% is Requires improvement). A percentage cell for a criterion rated from its parts must be the parts' percentage, and a percentage cell for a rated criterion must fall in its rating's band. Rows of the same kind as the body are `structure/summary-mismatch`'s. The fix makes the derived value follow the data: a grade row or a parts percentage row follows the body's figures; for a percentage row of a criterion that has only a grade line, the percentage is the figure, so the fix changes the body's rating to its band.",
    needsFramework: true,
    examples: {
      ok: [FM_CQC + table('| 1.1 Safe | 75% |') + kq('1.1', 'Safe', 'Good', [3, 3, 3, 3])],
      notOk: [FM_CQC + table('| 1.1 Safe | 81% |') + kq('1.1', 'Safe', 'Good', [3, 3, 3, 3])],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    if (!fw.data.ratings) return;
    for (const t of ctx.report.summaryTables) {
      for (const row of t.rows) {
        const c = ctx.index.criteria.get(row.criterionId);
        if (!c) continue;
        if (row.valueKind === 'grade' && !c.grade && c.score) {
          const grades = gradesFor(fw, [c.score.value]);
          const said = fw.grade(row.value);
          if (!said || grades.length === 0 || grades.includes(said)) continue;
          emit({
            message: `the summary gives ${row.criterionId} '${row.value}', but ${row.criterionId} scores ${c.score.raw}, which is ${describeGrades(fw, grades)}`,
            span: row.valueSpan,
            related: [{ span: c.score.valueSpan, message: `${c.id} is scored here` }],
            fix: grades.length === 1 ? { title: `Change to '${grades[0]}'`, edits: [{ span: row.valueSpan, newText: grades[0]! }] } : undefined,
          });
        } else if (row.valueKind === 'percentage' && !c.score) {
          const v = Number(row.value.replace(/\s*%$/, ''));
          const d = derive(fw, c);
          if (d && (c.parts?.length ?? 0) > 0) {
            if (d.printed.includes(v)) continue;
            const to = fmt(d.printed.length > 1 ? d.printed[1]! : d.exact);
            emit({
              message: `the summary gives ${row.criterionId} ${row.value}, but its parts give ${d.arithmetic}`,
              span: row.valueSpan,
              related: [{ span: c.parts![0]!.span, message: `the parts of ${c.id} start here` }],
              fix: { title: `Change to ${to}%`, edits: [{ span: row.valueSpan, newText: `${to}%` }] },
            });
            continue;
          }
          const written = gradeOf(fw, c);
          if (!written || !c.grade) continue;
          const grades = gradesFor(fw, [v]);
          if (grades.length === 0 || grades.includes(written)) continue;
          emit({
            message: `the summary gives ${row.criterionId} ${row.value}, which is ${describeGrades(fw, grades)}, but ${row.criterionId} is rated '${c.grade.raw}'`,
            span: row.valueSpan,
            related: [{ span: c.grade.valueSpan, message: `${c.id} is rated here` }],
            // The percentage is the data: the rating follows it.
            fix: grades.length === 1 ? { title: `Change the rating of ${c.id} to '${grades[0]}'`, edits: [{ span: c.grade.valueSpan, newText: grades[0]! }] } : undefined,
          });
        }
      }
    }
  },
};
