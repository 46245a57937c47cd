import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import { restatements } from '../../numbers/restate.js';
import type { Rule } from '../rule.js';

const report = (summary: string) =>
  `${FM}# Summary\n\n## Achievement and Monitoring of Outcomes\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n` +
  criterion(
    '3.1',
    'Achievement of initial outcomes',
    '58%',
    '- (b) OASys had been rescored in 75% of cases.\n\n### Areas for Improvement\n\n- (a) Only 58% of offenders complied with the requirements of the sentence.\n- (b) Increased victim awareness had been clearly evidenced in only 20% of the relevant cases in the sample.\n',
    'This criterion represents an urgent priority for improvement.',
  );

export const rule: Rule = {
  meta: {
    id: RULE.restatedFigure,
    severity: 'warning',
    summary: "A summary that restates a criterion's figure differently: 'Only 59% of offenders had complied' against 58% in 3.1.",
    description:
      "Summaries and forewords restate findings: 'Only 58% of offenders had complied with their supervision' (Summary) restates 'Only 58% of offenders complied with the requirements of the sentence' (3.1). A figure outside the criteria, under a heading such as Summary, Foreword or Overview, is matched to the criterion finding whose clause shares its words (a word no other figure clause uses, or several rarer ones; generic words such as 'cases' and 'sample' do not count), and only when that finding matches better than any other. The two figures must agree: equal percentages, or a fraction within reach of the percentage ('three-quarters' for 75%). When no finding matches clearly, nothing is said. The quick fix writes the criterion's percentage.",
    needsFramework: false,
    examples: {
      ok: [
        report('Only 58% of offenders had complied with their supervision and only 20% demonstrated increased victim awareness.'),
        report('OASys had been rescored in three-quarters of the case file sample.'),
      ],
      notOk: [
        report('Only 59% of offenders had complied with their supervision and only 20% demonstrated increased victim awareness.'),
        report('OASys had been rescored in two-thirds of the case file sample.'),
      ],
    },
  },
  check(ctx, emit) {
    for (const r of restatements(ctx.report, ctx.blocks, ctx.framework)) {
      if (r.agrees) continue;
      const s = r.summary.figure.operand;
      const src = r.source.figure.operand;
      const where = r.where ?? r.source.criterionId ?? 'a criterion';
      const canFix = s.role === 'p' && src.role === 'p' && !s.hedge && !src.hedge;
      emit({
        message: `${r.where ? 'the restatement' : 'the summary'} says ${s.hedge ? `${s.hedge} ` : ''}${s.raw}, but ${where} says ${src.hedge ? `${src.hedge} ` : ''}${src.raw} for what reads as the same finding (shared words: ${r.shared.join(', ')})`,
        span: s.span,
        related: [{ span: src.span, message: `${where}: ${src.raw}` }],
        fix: canFix ? { title: `Change '${ctx.text.slice(s.span.start, s.span.end)}' to '${ctx.text.slice(src.span.start, src.span.end)}'`, edits: [{ span: s.span, newText: ctx.text.slice(src.span.start, src.span.end) }] } : undefined,
      });
    }
  },
};
