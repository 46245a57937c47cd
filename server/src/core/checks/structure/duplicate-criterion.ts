import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';

export const rule: Rule = {
  meta: {
    id: 'structure/duplicate-criterion',
    severity: 'error',
    summary: 'The same criterion id appears under two headings.',
    description:
      'Each criterion is written once. A second heading with the same id is usually a copy-and-paste slip; references would resolve only to the first.',
    needsFramework: false,
    examples: {
      ok: [FM + criterion('2.2', 'Protecting the public by minimising risk of harm', '61%') + criterion('2.3', 'Victims', '66%')],
      notOk: [FM + criterion('2.3', 'Victims', '66%') + criterion('2.3', 'Victims', '66%')],
    },
  },
  check(ctx, emit) {
    const first = new Map<string, (typeof ctx.report.criteria)[number]>();
    for (const c of ctx.report.criteria) {
      const prev = first.get(c.id);
      if (!prev) {
        first.set(c.id, c);
        continue;
      }
      emit({
        message: `criterion ${c.id} is written twice`,
        span: c.idSpan,
        related: [{ span: prev.idSpan, message: `${c.id} is first written here` }],
      });
    }
  },
};
