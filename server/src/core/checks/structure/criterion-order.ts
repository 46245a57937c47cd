import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';

export const rule: Rule = {
  meta: {
    id: 'structure/criterion-order',
    severity: 'warning',
    summary: 'Criteria that are not in the framework\'s order.',
    description: 'Criteria are written in the order the framework lists them, so that readers can find them and section scores follow the text.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('1.1', 'Preparing for sentence', '79%') + criterion('1.2', 'Assessment of risk of harm', '70%')],
      notOk: [FM + criterion('1.2', 'Assessment of risk of harm', '70%') + criterion('1.1', 'Preparing for sentence', '79%')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    let maxIndex = -1;
    let maxId = '';
    const seen = new Set<string>();
    for (const c of ctx.report.criteria) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const i = fw.criterionIndex(c.id);
      if (i < 0) continue;
      if (i < maxIndex) {
        emit({ message: `${c.id} comes after ${maxId}; the framework puts it before`, span: c.idSpan });
      } else {
        maxIndex = i;
        maxId = c.id;
      }
    }
  },
};
