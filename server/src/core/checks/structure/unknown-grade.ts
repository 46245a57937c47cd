import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { closest } from '../util.js';

export const rule: Rule = {
  meta: {
    id: 'structure/unknown-grade',
    severity: 'error',
    summary: 'A grade line whose word is not one of the framework\'s grades.',
    description: 'Graded criteria use exactly the framework\'s grade words. The quick fix offers the closest one.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('4.3', 'Resource deployment', 'Satisfactorily met')],
      notOk: [FM + criterion('4.3', 'Resource deployment', 'Satisfactory met'), FM + criterion('4.3', 'Resource deployment', 'Grade: Mostly met')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      if (!c.grade || fw.grade(c.grade.raw)) continue;
      const suggestion = closest(c.grade.raw, fw.grades);
      emit({
        message: `'${c.grade.raw}' is not a grade of ${fw.data.name}; use one of ${fw.grades.map((g) => `'${g}'`).join(', ')}`,
        span: c.grade.valueSpan,
        fix: suggestion ? { title: `Change to '${suggestion}'`, edits: [{ span: c.grade.valueSpan, newText: suggestion }] } : undefined,
      });
    }
  },
};
