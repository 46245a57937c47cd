import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';

export const rule: Rule = {
  meta: {
    id: 'structure/unknown-criterion',
    severity: 'error',
    summary: 'A criterion heading whose id is not in the framework.',
    description:
      'Every criterion heading (`## 2.3 Victims`) must use an id that the report\'s framework defines. A typo in the id breaks references, outlines and the summary of scores.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('2.3', 'Victims', '66%')],
      notOk: [FM + criterion('2.9', 'Victims', '66%')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      if (fw.criterion(c.id)) continue;
      emit({
        message: `${c.id} is not a criterion of ${fw.data.name}; its criteria are ${fw.criterionOrder[0]} to ${fw.criterionOrder[fw.criterionOrder.length - 1]}`,
        span: c.idSpan,
      });
    }
  },
};
