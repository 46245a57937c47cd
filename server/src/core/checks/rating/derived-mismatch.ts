import type { Rule } from '../rule.js';
import { derive, describeGrades, fmt, gradeOf, withLimiters } from './derive.js';

const FM = '---\ntitle: Example\nframework: cqc-saf-2024\n---\n\n';
const kq = (rating: string, scores: number[], extra = '') =>
  `${FM}## 1.1 Safe\n\nRating: ${rating}\n\n${scores.map((s, i) => `- Quality statement ${i + 1}: ${s}`).join('\n')}\n${extra}`;

export const rule: Rule = {
  meta: {
    id: 'rating/derived-mismatch',
    severity: 'error',
    summary: 'A rating that disagrees with the figures that drive it, or a printed percentage that disagrees with its parts.',
    description:
      "When a framework derives a criterion's rating from figures (`rating: { from: score }` or `rating: { from: parts, aggregate: lowest | mean | points }` with `ratings.bands`), the grade line must be the band those figures give. The message shows the arithmetic ('3 + 2 + 2 + 3 = 10 of 16 = 62.5% → Requires improvement, not Good'). A percentage printed next to the parts must be their percentage. A figure that falls between bands, or that two roundings put in different bands, accepts either rating; where a framework allows rating limiters, a lower rating is accepted when a part scores low. The quick fix changes the rating (the figures are the data).",
    needsFramework: true,
    examples: {
      ok: [kq('Good', [3, 3, 3, 2]), kq('Requires improvement', [3, 2, 2, 3]), kq('Good', [3, 3, 3, 3], '\n75%\n')],
      notOk: [kq('Good', [3, 2, 2, 2]), kq('Outstanding', [3, 3, 3, 3]), kq('Good', [3, 3, 3, 3], '\n80%\n')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      const d = derive(fw, c);
      if (!d) continue;
      const fromParts = (c.parts?.length ?? 0) > 0;
      if (fromParts && c.score && !d.printed.includes(c.score.value)) {
        const to = d.printed.length > 1 ? fmt(d.printed[1]!) : fmt(d.exact);
        emit({
          message: `${c.id} prints ${c.score.raw}, but its parts give ${d.arithmetic}${d.printed.length > 1 ? ` → ${to}%` : ''}`,
          span: c.score.valueSpan,
          fix: { title: `Change to ${to}%`, edits: [{ span: c.score.valueSpan, newText: `${to}%` }] },
        });
      }
      const written = gradeOf(fw, c);
      if (!c.grade || !written || d.grades.length === 0) continue;
      const allowed = d.mayBeLimited ? withLimiters(fw, d.grades) : d.grades;
      if (allowed.includes(written)) continue;
      const change = (g: string) => ({ title: `Change to '${g}'`, edits: [{ span: c.grade!.valueSpan, newText: g }] });
      // One allowed grade: the preferred fix. Two (a figure that two roundings put in different bands): both offered, neither preferred.
      const fix = d.grades.length === 1 ? change(d.grades[0]!) : undefined;
      emit({
        message: `${c.id} is rated '${c.grade.raw}', but ${d.arithmetic} → ${describeGrades(fw, d.grades)}, not ${written}`,
        span: c.grade.valueSpan,
        related: c.parts?.length ? [{ span: c.parts[0]!.span, message: `the parts of ${c.id} start here` }] : c.score ? [{ span: c.score.valueSpan, message: `${c.id} scores ${c.score.raw} here` }] : undefined,
        fix,
        alternatives: d.grades.length > 1 ? d.grades.map(change) : undefined,
      });
    }
  },
};
