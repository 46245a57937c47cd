import type { Rule } from '../rule.js';
import { FM } from '../examples.js';
import { removalSpan, ruleRemovalSpan } from '../../suppress.js';

const CRITERION = '## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n';

export const rule: Rule = {
  meta: {
    id: 'suppression/unused',
    severity: 'warning',
    summary: 'An inline suppression (or front matter `disable:` entry) that silences nothing.',
    description:
      'Suppressions are HTML comments such as `<!-- inspection-disable-next-line numbers/percentage-mismatch -->`, `<!-- inspection-disable RULE -->` … `<!-- inspection-enable RULE -->`, `<!-- inspection-disable-line RULE -->` at the end of a line, or a front matter list `disable: [RULE]`. ' +
      'One that no longer silences anything (the figure was corrected, the rule is off, the comment drifted away from its line) hides nothing today but would hide a future problem. The fix removes it, or only the rule name that is not needed.',
    needsFramework: false,
    afterSuppression: true,
    examples: {
      ok: [
        FM + CRITERION + '<!-- inspection-disable-next-line numbers/percentage-mismatch -->\n- (a) It was done in 36% (12) of the 36 cases.\n',
        FM + CRITERION + '- (a) It was done in 33% (12) of the 36 cases.\n',
      ],
      notOk: [
        FM + CRITERION + '<!-- inspection-disable-next-line numbers/percentage-mismatch -->\n- (a) It was done in 33% (12) of the 36 cases.\n',
        FM.replace('---\n\n', 'disable: [numbers/percentage-mismatch]\n---\n\n') + CRITERION + '- (a) It was done in 33% (12) of the 36 cases.\n',
      ],
    },
  },
  check(ctx, emit) {
    const known = new Set<string>(ctx.suppressions?.knownIds ?? []);
    for (const d of ctx.suppressions?.directives ?? []) {
      if (d.kind === 'enable') continue;
      const where = d.kind === 'front-matter' ? 'front matter `disable`' : `inspection-${d.kind}`;
      if (d.rules.length === 0) {
        if (!d.used) emit({ message: `this ${where} comment silences nothing: remove it`, span: d.span, fix: { title: 'Remove the unused suppression', edits: [{ span: removalSpan(ctx.text, d.span), newText: '' }] } });
        continue;
      }
      // Unknown ids are suppression/unknown-rule's to report.
      const unused = d.rules.filter((r) => !r.used && known.has(r.id));
      for (const r of unused) {
        const span = unused.length === d.rules.length && unused.length > 1 ? removalSpan(ctx.text, d.span) : ruleRemovalSpan(ctx.text, d, r);
        const whole = unused.length === d.rules.length;
        emit({
          message: `${r.id} is suppressed here (${where}) but nothing of it is reported: remove ${d.rules.length === 1 ? 'the suppression' : 'it from the list'}`,
          span: r.span,
          fix: { title: whole && d.rules.length > 1 ? 'Remove the unused suppression' : `Remove ${r.id} from the suppression`, edits: [{ span, newText: '' }] },
        });
        if (whole && d.rules.length > 1) break;
      }
    }
  },
};
