import type { Rule } from '../rule.js';
import { FM, criterion, fullReport } from '../examples.js';
import { skeletonFix } from '../first-contact.js';

export const rule: Rule = {
  meta: {
    id: 'structure/missing-criterion',
    severity: 'error',
    summary: 'A criterion of the framework that the report does not contain.',
    description:
      'A report covers every criterion of its framework. The diagnostic sits on the heading of the criterion that follows the missing one (or on its section heading) so that the place to add it is one click away. A report with no criteria at all is one not yet started: it gets a single note, as information rather than an error, whose quick fix inserts the skeleton of every section and criterion (the same as Inspection: New Report…). In the editor the same fix is also a code lens above line 1, because VS Code offers no quick fixes on an empty line.',
    needsFramework: true,
    examples: {
      ok: [fullReport()],
      notOk: [FM + '# 1. Assessment and sentence planning\n\n' + criterion('1.1', 'Preparing for sentence', '79%')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    const present = ctx.index.criteria;
    if (ctx.report.criteria.length === 0) {
      // A report with no criteria at all is a draft outline, or not a report: say it once.
      // A report not yet started: information with the skeleton as its fix, not an error (checks/first-contact.ts).
      const fix = skeletonFix(ctx);
      emit({
        message: `no criteria yet: ${fw.data.name} has ${fw.criterionOrder.length}, from ${fw.criterionOrder[0]} to ${fw.criterionOrder[fw.criterionOrder.length - 1]}${fix ? " (quick fix: 'Insert report skeleton')" : ''}`,
        span: ctx.report.frontMatter?.valueSpans.framework ?? { start: 0, end: 0 },
        severity: 'info',
        ...(fix ? { fix } : {}),
      });
      return;
    }
    const order = fw.criterionOrder;
    for (let i = 0; i < order.length; i++) {
      const id = order[i]!;
      if (present.has(id)) continue;
      const def = fw.criterion(id)!;
      let anchor = undefined as { start: number; end: number } | undefined;
      for (let j = i + 1; j < order.length && !anchor; j++) {
        const next = present.get(order[j]!);
        if (next) anchor = next.headingSpan;
      }
      if (!anchor) {
        const section = ctx.index.sections.get(id.split('.')[0]!);
        anchor = section?.headingSpan;
      }
      if (!anchor) {
        for (let j = i - 1; j >= 0 && !anchor; j--) {
          const prev = present.get(order[j]!);
          if (prev) anchor = prev.headingSpan;
        }
      }
      emit({ message: `criterion ${id} ${def.title} is missing`, span: anchor ?? { start: 0, end: 0 } });
    }
  },
};
