import type { Rule } from '../rule.js';
import type { Framework } from '../../framework/framework.js';
import type { Report } from '../../model.js';
import { describeGrades, fmt, gradeOf, gradesFor, printedValues } from './derive.js';

const FM = '---\ntitle: Example\nframework: cqc-saf-2024\n---\n\n';
const kq = (id: string, title: string, rating: string, scores: number[]) =>
  `## ${id} ${title}\n\nRating: ${rating}\n\n${scores.map((s, i) => `- Statement ${i + 1}: ${s}`).join('\n')}\n\n`;
const report = (overall: string) =>
  `${FM}Overall rating: ${overall}\n\n` +
  kq('1.1', 'Safe', 'Good', [3, 3, 3, 3]) +
  kq('1.2', 'Effective', 'Good', [3, 3, 3]) +
  kq('1.3', 'Caring', 'Outstanding', [4, 4, 4]) +
  kq('1.4', 'Responsive', 'Good', [3, 3, 3]) +
  kq('1.5', 'Well-led', 'Requires improvement', [2, 2, 3]);

interface Reading {
  arithmetic: string;
  grades: string[];
}

/** Each way the framework allows to compute the overall rating, where the report has what it needs. */
export function overallReadings(fw: Framework, report: Report): Reading[] {
  const spec = fw.data.overall;
  if (!spec) return [];
  const rated = fw.criterionOrder.filter((id) => fw.ratingRule(id) || fw.scoreKind(id) === 'grade');
  const criteria = rated.map((id) => report.criteria.find((c) => c.id === id));
  const decimals = fw.data.rounding.decimals;
  const out: Reading[] = [];
  for (const method of spec.methods) {
    if (method === 'points') {
      const points = spec.points ?? Object.fromEntries(fw.grades.map((g, i) => [g, fw.grades.length - i]));
      const max = Math.max(...Object.values(points));
      const got = criteria.map((c) => (c ? gradeOf(fw, c) : undefined));
      if (got.some((g) => g === undefined || points[g] === undefined)) continue;
      const values = got.map((g) => points[g!]!);
      const total = values.reduce((a, b) => a + b, 0);
      const exact = (100 * total) / (values.length * max);
      out.push({ arithmetic: `ratings as points ${values.join(' + ')} = ${total} of ${values.length * max} = ${fmt(exact)}%`, grades: gradesFor(fw, printedValues(exact, decimals), spec.bands) });
    } else if (method === 'parts') {
      const scale = fw.data.ratings?.scale;
      const parts = criteria.flatMap((c) => c?.parts ?? []);
      if (!scale || criteria.some((c) => !c?.parts?.length) || parts.some((p) => p.kind !== 'points')) continue;
      const total = parts.reduce((a, p) => a + p.value, 0);
      const exact = (100 * total) / (parts.length * scale.max);
      out.push({ arithmetic: `all ${parts.length} part scores ${total} of ${parts.length * scale.max} = ${fmt(exact)}%`, grades: gradesFor(fw, printedValues(exact, decimals), spec.bands) });
    } else {
      const got = criteria.map((c) => (c ? gradeOf(fw, c) : undefined));
      if (got.some((g) => g === undefined)) continue;
      const worst = got.reduce((a, g) => (fw.gradeRank(g!) > fw.gradeRank(a!) ? g : a))!;
      out.push({ arithmetic: `the lowest rating is ${worst}`, grades: [worst] });
    }
  }
  return out.filter((r) => r.grades.length > 0);
}

export const rule: Rule = {
  meta: {
    id: 'rating/overall-mismatch',
    severity: 'error',
    summary: 'An overall rating that disagrees with the ratings (or part scores) of its criteria.',
    description:
      "When a framework defines `overall`, the report's `Overall rating:` line must be what its methods give: `points` (each criterion's rating as points, summed over the maximum, banded), `parts` (all part scores together over the maximum, banded) or `lowest` (the lowest criterion rating). When a framework lists more than one method, the overall rating is reported only when it fits none of them. The quick fix writes the rating when all methods agree on one.",
    needsFramework: true,
    examples: {
      ok: [report('Good')],
      notOk: [report('Outstanding'), report('Inadequate')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    const line = ctx.report.overall;
    if (!line || !fw.data.overall) return;
    const said = fw.grade(line.raw);
    if (!said) return;
    const readings = overallReadings(fw, ctx.report);
    if (readings.length === 0 || readings.some((r) => r.grades.includes(said))) return;
    const all = [...new Set(readings.flatMap((r) => r.grades))];
    const agreed = readings.every((r) => r.grades.length === 1 && r.grades[0] === all[0]) ? all[0] : undefined;
    emit({
      message: `the overall rating is '${line.raw}', but ${readings.map((r) => `${r.arithmetic} → ${describeGrades(fw, r.grades)}`).join('; ')}`,
      span: line.valueSpan,
      fix: agreed ? { title: `Change to '${agreed}'`, edits: [{ span: line.valueSpan, newText: agreed }] } : undefined,
    });
  },
};
