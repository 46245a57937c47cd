import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';

export const rule: Rule = {
  meta: {
    id: 'conclusion/unknown-phrase',
    severity: 'warning',
    summary: 'A conclusion that uses none of the framework\'s conclusion phrases.',
    description: 'Conclusions use the framework\'s phrases so that readers, and the checker, can tell which band the writer meant.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('1.1', 'Preparing for sentence', '79%', '', 'Performance against this criterion was good.')],
      notOk: [FM + criterion('1.1', 'Preparing for sentence', '79%', '', 'Performance was fine overall.')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    if (fw.bands.length === 0) return;
    for (const c of ctx.report.criteria) {
      if (!c.conclusion?.text || !c.conclusion.textSpan) continue;
      if (fw.bandOfSentence(c.conclusion.text)) continue;
      emit({
        message: `the conclusion of ${c.id} uses none of the framework's phrases (${fw.bands.map((b) => `'${b.phrase}'`).join(', ')})`,
        span: c.conclusion.textSpan,
      });
    }
  },
};
