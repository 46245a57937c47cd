import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { normaliseWords } from '../../text.js';
import { inStyleOf } from '../util.js';

export const rule: Rule = {
  meta: {
    id: 'structure/title-mismatch',
    severity: 'warning',
    summary: 'A criterion title that differs from the framework\'s title for that id.',
    description:
      'Titles are compared case-insensitively, so the published capitals (`PREPARING FOR SENTENCE`) are fine. A different wording usually means the wrong id was typed. The quick fix writes the framework\'s title in the capitalisation the heading uses.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('1.1', 'PREPARING FOR SENTENCE', '79%'), FM + '## 1.1 General Criterion: Preparing for sentence\n\n79%\n'],
      notOk: [FM + criterion('1.1', 'Preparing the sentence', '79%')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      const def = fw.criterion(c.id);
      if (!def) continue;
      if (normaliseWords(c.title) === normaliseWords(def.title)) continue;
      const expected = inStyleOf(c.title, def.title);
      emit({
        message: `the title of ${c.id} is '${def.title}' in ${fw.data.name}, not '${c.title}'`,
        span: c.titleSpan,
        fix: { title: `Use the framework title '${expected}'`, edits: [{ span: c.titleSpan, newText: expected }] },
      });
    }
  },
};
