import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { missingConclusionSeverity } from '../first-contact.js';

export const rule: Rule = {
  meta: {
    id: 'structure/missing-conclusion',
    severity: 'error',
    summary: 'A criterion without a Conclusion where the framework asks for one, or a Conclusion with no sentence.',
    description:
      'In frameworks whose sections require a conclusion, each criterion ends with a `Conclusion` label followed by one of the framework\'s conclusion sentences. While a Conclusion still holds the placeholder comment of a new report\'s skeleton, the missing sentence is reported as a hint.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('1.1', 'Preparing for sentence', '79%', '', 'Performance against this criterion was good.')],
      notOk: [FM + criterion('1.1', 'Preparing for sentence', '79%'), FM + criterion('1.1', 'Preparing for sentence', '79%', '', '')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      if (!fw.criterion(c.id)) continue;
      if (c.conclusion && !c.conclusion.text) {
        const todo = missingConclusionSeverity(ctx, c);
        emit({ message: `the Conclusion of ${c.id} has no sentence${todo ? ' yet (placeholder)' : ''}`, span: c.conclusion.labelSpan, ...(todo ? { severity: todo } : {}) });
        continue;
      }
      if (c.conclusion || !fw.conclusionRequired(c.id)) continue;
      const phrases = fw.bands.map((b) => `'${b.sentence}'`).join(' or ');
      emit({ message: `${c.id} has no Conclusion: end it with 'Conclusion' and one of ${phrases}`, span: c.headingSpan });
    }
  },
};
