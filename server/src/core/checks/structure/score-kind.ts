import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';

export const rule: Rule = {
  meta: {
    id: 'structure/score-kind',
    severity: 'error',
    summary: 'A percentage where the framework expects a grade, or a grade where it expects a percentage; or two score lines.',
    description: 'Each criterion is scored one way, as its framework section says. A criterion also has one score line only.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('4.1', 'Leadership and planning', 'Well met'), FM + criterion('2.3', 'Victims', '66%')],
      notOk: [FM + criterion('4.1', 'Leadership and planning', '80%'), FM + criterion('2.3', 'Victims', 'Well met'), FM + criterion('2.3', 'Victims', '66%\n\n67%')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      const kind = fw.scoreKind(c.id);
      // A rating derived from figures may print its percentage next to the grade (rating/derived-mismatch checks it).
      const derived = fw.ratingRule(c.id) !== undefined;
      if (kind === 'grade' && c.score && !derived) {
        emit({ message: `${c.id} is graded (${fw.grades.join(', ')}), not scored as a percentage`, span: c.score.valueSpan });
      } else if (kind === 'percentage' && c.grade && !derived) {
        emit({ message: `${c.id} is scored as a percentage, not graded`, span: c.grade.valueSpan });
      }
      for (const extra of c.extraScoreLines) {
        emit({ message: `${c.id} has more than one score or grade line`, span: extra, related: [{ span: (c.score ?? c.grade)!.span, message: 'the first score or grade line' }] });
      }
    }
  },
};
