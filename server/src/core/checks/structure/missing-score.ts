import type { Rule } from '../rule.js';
import { FM } from '../examples.js';
import { missingScoreSeverity } from '../first-contact.js';

export const rule: Rule = {
  meta: {
    id: 'structure/missing-score',
    severity: 'error',
    summary: 'A criterion without its score line (percentage) or grade line.',
    description:
      'Criteria scored by percentage carry a line holding only the score (`79%`); criteria that are graded carry a line holding only the grade (`Well met`). Put it after the standard, before Strengths. While the slot still holds the placeholder comment of a new report\'s skeleton (`<!-- score: … -->`), it is reported as a hint: work still to do, not an error.',
    needsFramework: true,
    examples: {
      ok: [FM + '## 2.3 Victims\n\nConsistent attention is given to issues concerning victims.\n\n66%\n\n### Strengths\n\n- (a) Good.\n'],
      notOk: [FM + '## 2.3 Victims\n\nConsistent attention is given to issues concerning victims.\n\n### Strengths\n\n- (a) Good.\n'],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      const kind = fw.scoreKind(c.id);
      if (!kind || c.score || c.grade) continue;
      const what = kind === 'percentage' ? 'a score line such as `75%`' : `a grade line (${fw.grades.join(', ')})`;
      const todo = missingScoreSeverity(ctx, c);
      emit({ message: `${c.id} has no ${kind === 'percentage' ? 'score' : 'grade'}${todo ? ' yet (placeholder)' : ''}: add ${what} after the standard`, span: c.headingSpan, ...(todo ? { severity: todo } : {}) });
    }
  },
};
