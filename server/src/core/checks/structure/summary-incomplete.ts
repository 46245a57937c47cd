import type { Rule } from '../rule.js';
import { FM } from '../examples.js';

const row = (id: string, title: string) => `| ${id} ${title} | Well met |\n`;
const head = '| Criterion | Grade |\n|---|---|\n';
const all =
  row('4.1', 'Leadership and planning') +
  row('4.2', 'Performance against national and regional targets') +
  row('4.3', 'Resource deployment') +
  row('4.4', 'Workforce planning and development') +
  row('4.5', 'Review and evaluation') +
  row('4.6', 'Commissioning of services');

export const rule: Rule = {
  meta: {
    id: 'structure/summary-incomplete',
    severity: 'warning',
    summary: 'A summary table that leaves out criteria the framework says it must list.',
    description: 'When a framework names the criteria its summary table lists, a summary table in the report lists all of them.',
    needsFramework: true,
    examples: {
      ok: [FM + head + all],
      notOk: [FM + head + row('4.1', 'Leadership and planning') + row('4.2', 'Performance against national and regional targets')],
    },
  },
  check(ctx, emit) {
    const spec = ctx.framework!.data.summaryTable;
    if (!spec) return;
    const wanted = new Set(spec.criteria);
    for (const t of ctx.report.summaryTables) {
      const listed = new Set(t.rows.map((r) => r.criterionId));
      if (![...listed].some((id) => wanted.has(id))) continue;
      const missing = spec.criteria.filter((id) => !listed.has(id));
      if (missing.length === 0) continue;
      emit({ message: `this summary table does not list ${missing.join(', ')}`, span: t.rows[0]!.span });
    }
  },
};
