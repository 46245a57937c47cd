import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { describeLetters } from '../util.js';

export const rule: Rule = {
  meta: {
    id: 'reference/unknown-letter',
    severity: 'error',
    summary: 'A reference to a finding letter that the criterion does not have.',
    description:
      'A bare letter (`see 4.3d`) points into Strengths, or into Areas for Improvement when Strengths has no such letter. A named group (`see 4.3 Areas for Improvement (d)`, `see \'e\' under \'Areas for Improvement\' below`) points into that group only.',
    needsFramework: false,
    examples: {
      ok: [FM + criterion('2.3', 'Victims', '66%', '- (b) As before (see 2.3a).\n')],
      notOk: [FM + criterion('2.3', 'Victims', '66%', '- (b) As before (see 2.3z).\n'), FM + criterion('2.3', 'Victims', '66%', "- (b) See 'c' under 'Areas for Improvement' below.\n")],
    },
  },
  check(ctx, emit) {
    for (const ref of ctx.report.references) {
      if (!ref.letter || !ref.criterionId) continue;
      const r = ctx.index.resolve(ref);
      if (r.problem !== 'unknown-letter' || !r.criterion) continue;
      const groups = r.criterion.groups.filter((g) => !ref.group || g.kind === ref.group);
      const have = groups.length > 0 ? groups.map(describeLetters).join('; ') : 'it has no such group';
      emit({
        message: `${ref.criterionId} has no finding (${ref.letter})${ref.group ? ` under ${ref.group === 'strengths' ? 'Strengths' : 'Areas for Improvement'}` : ''}: ${have}`,
        span: ref.letterSpan ?? ref.targetSpan,
        related: [{ span: r.criterion.headingSpan, message: `${r.criterion.id} ${r.criterion.title}` }],
      });
    }
  },
};
