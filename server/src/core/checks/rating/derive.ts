/**
 * What a criterion's figures say its rating must be, with the arithmetic.
 * Shared by the rating/ rules. Undecidable cases (a figure between bands, a
 * missing or malformed part) give no verdict rather than a guess.
 */
import type { Framework } from '../../framework/framework.js';
import type { RatingBand } from '../../framework/schema.js';
import type { Criterion, Part } from '../../model.js';

export interface Derived {
  /** The exact percentage the figures give. */
  exact: number;
  /** Percentages a writer may print for it (the exact value and its roundings). */
  printed: number[];
  /** Grade words the figures allow (canonical spelling), best first. */
  grades: string[];
  /** 'lowest key question 58%', '3 + 2 + 3 = 8 of 12 = 66.67%'. */
  arithmetic: string;
  /** Whether a limiter may lower the rating below the band. */
  mayBeLimited: boolean;
}

export const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));

/** The exact value and its half-up and half-down roundings at `decimals`. */
export function printedValues(exact: number, decimals: number): number[] {
  const f = 10 ** decimals;
  const scaled = exact * f;
  const lo = Math.floor(scaled + 1e-9);
  const hi = Math.ceil(scaled - 1e-9);
  const near = new Set<number>();
  const frac = scaled - lo;
  if (Math.abs(frac - 0.5) < 1e-9) {
    near.add(lo / f);
    near.add(hi / f);
  } else near.add(Math.round(scaled) / f);
  return [exact, ...[...near].filter((v) => v !== exact)];
}

/** Grades for any of the values, in the framework's order. */
export function gradesFor(fw: Framework, values: number[], bands?: readonly RatingBand[]): string[] {
  const set = new Set<string>();
  for (const v of values) for (const g of fw.gradesForScore(v, bands)) set.add(g);
  return fw.grades.filter((g) => set.has(g));
}

/** Accepts also every grade worse than the best allowed one (a limiter may lower a rating). */
export function withLimiters(fw: Framework, grades: string[]): string[] {
  if (grades.length === 0) return grades;
  const best = Math.min(...grades.map((g) => fw.gradeRank(g)));
  return fw.grades.filter((_, i) => i >= best);
}

export function derive(fw: Framework, c: Criterion): Derived | undefined {
  const rule = fw.ratingRule(c.id);
  if (!rule) return undefined;
  const decimals = fw.data.rounding.decimals;
  const parts = c.parts ?? [];
  if (rule.from === 'score' || parts.length === 0) {
    if (!c.score) return undefined;
    const v = c.score.value;
    return { exact: v, printed: [v], grades: gradesFor(fw, [v]), arithmetic: `${c.score.raw}`, mayBeLimited: false };
  }
  const aggregate = rule.aggregate ?? 'points';
  if (aggregate === 'points') {
    const scale = fw.data.ratings?.scale;
    if (!scale || parts.some((p) => p.kind !== 'points' || p.value < scale.min || p.value > scale.max)) return undefined;
    const total = parts.reduce((a, p) => a + p.value, 0);
    const max = parts.length * scale.max;
    const exact = (100 * total) / max;
    const printed = printedValues(exact, decimals);
    const limit = fw.data.ratings?.mayBeLimitedWhenAnyPartAtMost;
    return {
      exact,
      printed,
      grades: gradesFor(fw, printed),
      arithmetic: `${parts.map((p) => p.value).join(' + ')} = ${total} of ${max} = ${fmt(exact)}%`,
      mayBeLimited: limit !== undefined && parts.some((p) => p.value <= limit),
    };
  }
  if (parts.some((p: Part) => p.kind !== 'percentage')) return undefined;
  if (aggregate === 'lowest') {
    const low = parts.reduce((a, p) => (p.value < a.value ? p : a));
    return { exact: low.value, printed: [low.value], grades: gradesFor(fw, [low.value]), arithmetic: `lowest part ${low.name} ${low.raw}`, mayBeLimited: false };
  }
  const exact = parts.reduce((a, p) => a + p.value, 0) / parts.length;
  const printed = printedValues(exact, decimals);
  return {
    exact,
    printed,
    grades: gradesFor(fw, printed),
    arithmetic: `mean of ${parts.map((p) => p.raw).join(', ')} = ${fmt(exact)}%`,
    mayBeLimited: false,
  };
}

/** The canonical grade of a criterion's grade line, when it is one of the framework's. */
export function gradeOf(fw: Framework, c: Criterion): string | undefined {
  return c.grade ? fw.grade(c.grade.raw) : undefined;
}

/** 'Good (63 to 87%)' or 'Good or Outstanding'. */
export function describeGrades(fw: Framework, grades: string[]): string {
  if (grades.length === 1) {
    const range = fw.describeBand(grades[0]!);
    return range ? `${grades[0]} (${range})` : grades[0]!;
  }
  return grades.join(' or ');
}
