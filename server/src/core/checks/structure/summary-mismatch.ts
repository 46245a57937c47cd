import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { normaliseWords } from '../../text.js';

const table = (grade: string) => `| Criterion | Grade |\n|---|---|\n| 4.3 General Criterion: RESOURCE DEPLOYMENT | ${grade} |\n\n`;

export const rule: Rule = {
  meta: {
    id: 'structure/summary-mismatch',
    severity: 'error',
    summary: 'A summary table row whose grade or score differs from the criterion\'s own line.',
    description:
      'Summary tables (such as the table of section 4 grades) restate each criterion\'s grade or score. When the two disagree, one of them is wrong; the quick fix copies the criterion\'s own value into the table.',
    needsFramework: false,
    examples: {
      ok: [FM + table('Satisfactorily met') + criterion('4.3', 'Resource deployment', 'Satisfactorily met')],
      notOk: [FM + table('Well met') + criterion('4.3', 'Resource deployment', 'Satisfactorily met')],
    },
  },
  check(ctx, emit) {
    for (const t of ctx.report.summaryTables) {
      for (const row of t.rows) {
        const c = ctx.index.criteria.get(row.criterionId);
        if (!c) continue;
        if (row.valueKind === 'grade' && c.grade) {
          if (normaliseWords(row.value) === normaliseWords(c.grade.raw)) continue;
          // A misspelt grade line is structure/unknown-grade's to report; copying it into the table would spread it.
          if (ctx.framework && !ctx.framework.grade(c.grade.raw)) continue;
          emit({
            message: `the summary gives ${row.criterionId} '${row.value}', but the criterion is graded '${c.grade.raw}'`,
            span: row.valueSpan,
            related: [{ span: c.grade.valueSpan, message: `${c.id} is graded here` }],
            fix: { title: `Change to '${c.grade.raw}'`, edits: [{ span: row.valueSpan, newText: c.grade.raw }] },
          });
        } else if (row.valueKind === 'percentage' && c.score) {
          const v = Number(row.value.replace(/\s*%$/, ''));
          if (v === c.score.value) continue;
          emit({
            message: `the summary gives ${row.criterionId} ${row.value}, but the criterion scores ${c.score.raw}`,
            span: row.valueSpan,
            related: [{ span: c.score.valueSpan, message: `${c.id} is scored here` }],
            fix: { title: `Change to ${c.score.raw}`, edits: [{ span: row.valueSpan, newText: c.score.raw }] },
          });
        }
      }
    }
  },
};
