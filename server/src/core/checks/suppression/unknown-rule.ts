import type { Rule } from '../rule.js';
import { FM } from '../examples.js';

const CRITERION = '## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n';

export const rule: Rule = {
  meta: {
    id: 'suppression/unknown-rule',
    severity: 'warning',
    summary: 'A suppression comment or front matter `disable:` entry names a rule id that does not exist.',
    description:
      'Rule ids are `family/name`, as printed in brackets after each finding (`[numbers/percentage-mismatch]`) and listed in docs/rules. A misspelt id silences nothing, so the finding it was meant for is still reported.',
    needsFramework: false,
    afterSuppression: true,
    examples: {
      ok: [FM + CRITERION + '<!-- inspection-disable-next-line numbers/percentage-mismatch -->\n- (a) It was done in 36% (12) of the 36 cases.\n'],
      notOk: [
        FM + CRITERION + '<!-- inspection-disable-next-line numbers/percentage-mistmatch -->\n- (a) It was done in 36% (12) of the 36 cases.\n',
        FM.replace('---\n\n', 'disable: [numbers/percent]\n---\n\n') + CRITERION + '- (a) Done.\n',
      ],
    },
  },
  check(ctx, emit) {
    const known = new Set<string>(ctx.suppressions?.knownIds ?? []);
    for (const d of ctx.suppressions?.directives ?? []) {
      for (const r of d.rules) {
        if (known.has(r.id)) continue;
        const matches = [...known].filter((k) => k.endsWith(`/${r.id}`));
        const close = matches.length === 1 ? matches[0] : undefined;
        emit({ message: `'${r.id}' is not a rule id${close ? ` (did you mean ${close}?)` : ''}: this suppresses nothing`, span: r.span, ...(close ? { fix: { title: `Change to ${close}`, edits: [{ span: r.span, newText: close }] } } : {}) });
      }
    }
  },
};
