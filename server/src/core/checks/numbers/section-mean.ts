import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import { resolvePolicy } from '../../numbers/policy.js';
import { formatScaled, roundHalfUp } from '../../numbers/rounding.js';
import { sectionMean, sectionScoreAgrees, statedSectionScores } from '../../numbers/section.js';
import type { Rule } from '../rule.js';

const report = (stated: string) =>
  FM +
  `# 3. Achievement and monitoring of outcomes\n\nSection score: ${stated}\n\n` +
  criterion('3.1', 'Achievement of initial outcomes', '58%', '', 'This criterion represents an urgent priority for improvement.') +
  criterion('3.2', 'Sustainability of progress', '65%', '', 'This criterion represents a priority for improvement.');
const table = (stated: string) =>
  FM +
  `# Summary of scores\n\n| Section | Score |\n|---|---|\n| 3. Achievement and monitoring of outcomes | ${stated} |\n\n` +
  '# 3. Achievement and monitoring of outcomes\n\n' +
  criterion('3.1', 'Achievement of initial outcomes', '58%', '', 'This criterion represents an urgent priority for improvement.') +
  criterion('3.2', 'Sustainability of progress', '65%', '', 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: RULE.sectionMean,
    severity: 'warning',
    summary: "A stated section score that is not the mean of the section's criterion scores.",
    description:
      "A section's score is the mean of its criteria's scores. Where the report states one — a line `Section score: 62%` under the section heading, 'the section 3 score was 62%' in prose, or a table row `| 3. Achievement and monitoring of outcomes | 62% |` — it is compared with the mean of the criterion scores as written. Because each criterion score is itself rounded, the stated score may differ from that mean by up to half a unit of each precision (for whole percentages: by at most 1). The quick fix writes the mean rounded to the stated precision.",
    needsFramework: false,
    examples: {
      ok: [report('62%'), report('61%'), table('62%')],
      notOk: [report('64%'), report('59%'), table('66%')],
    },
  },
  check(ctx, emit) {
    const policy = resolvePolicy(ctx.framework, { frontMatter: ctx.report.frontMatter?.values });
    for (const stated of statedSectionScores(ctx.report)) {
      const mean = sectionMean(ctx.report, stated.sectionId);
      if (!mean) continue;
      if (sectionScoreAgrees(mean, stated.scaled, stated.decimals, policy.mode !== 'nearest')) continue;
      const d = stated.decimals;
      const want = roundHalfUp(mean.sum, 100 * mean.count * 10 ** mean.decimals, d);
      const wantText = `${formatScaled(want, d)}%`;
      const missing = mean.missing.length > 0 ? ` (${mean.missing.join(', ')} ha${mean.missing.length === 1 ? 's' : 've'} no score and ${mean.missing.length === 1 ? 'is' : 'are'} left out)` : '';
      const old = ctx.text.slice(stated.span.start, stated.span.end);
      const newText = /%\s*$/.test(old) ? wantText : wantText.replace(/%$/, '');
      emit({
        message: `section ${stated.sectionId} is stated as ${formatScaled(stated.scaled, d)}%, but the mean of its criterion scores is ${mean.arithmetic} → ${wantText}${missing}`,
        span: stated.span,
        related: mean.criteria.map((c) => {
          const crit = ctx.report.criteria.find((x) => x.id === c.id);
          return { span: crit?.score?.valueSpan ?? stated.span, message: `${c.id} scores ${c.raw}` };
        }),
        fix: { title: `Change '${old}' to '${newText}'`, edits: [{ span: stated.span, newText }] },
      });
    }
  },
};
