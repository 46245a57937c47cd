import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';

export const rule: Rule = {
  meta: {
    id: 'reference/unknown-criterion',
    severity: 'error',
    summary: 'A reference to a criterion or section that the framework or the report does not have.',
    description:
      'References such as `see 4.3d`, `see section 4.1`, `OMI Criterion: 1.2d`, `criterion 2.2` and `sections 1-3` must point at a criterion or section that exists in the framework and is written in the report.',
    needsFramework: false,
    examples: {
      ok: [FM + criterion('2.3', 'Victims', '66%', '- (b) Work continued (see section 2.3).\n'), FM + '# 2. Implementation of interventions\n\nAs shown in section 2.\n'],
      notOk: [FM + criterion('2.3', 'Victims', '66%', '- (b) Work continued (see section 2.9).\n'), FM + criterion('2.3', 'Victims', '66%', '- (b) Compare criterion 2.2.\n')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework;
    for (const ref of ctx.report.references) {
      if (ref.form === 'under') continue;
      if (ref.criterionId) {
        if (ctx.index.criteria.has(ref.criterionId)) continue;
        const known = fw?.criterion(ref.criterionId);
        emit({
          message: known
            ? `criterion ${ref.criterionId} ${known.title} is not written in this report`
            : fw
              ? `${ref.criterionId} is not a criterion of ${fw.data.name}`
              : `criterion ${ref.criterionId} is not in this report`,
          span: ref.targetSpan,
        });
        continue;
      }
      const ids = ref.sectionEndId ? rangeIds(ref.sectionId!, ref.sectionEndId) : [ref.sectionId!];
      for (const id of ids) {
        if (ctx.index.sections.has(id) || fw?.section(id)) continue;
        emit({ message: fw ? `section ${id} is not a section of ${fw.data.name}` : `section ${id} is not in this report`, span: ref.targetSpan });
      }
    }
  },
};

function rangeIds(from: string, to: string): string[] {
  const a = Number(from);
  const b = Number(to);
  if (!(b >= a) || b - a > 50) return [from, to];
  return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
}
