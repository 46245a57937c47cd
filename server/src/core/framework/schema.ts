/**
 * The schema of an inspection framework: the data that every check reads
 * instead of hard-coding criteria, grade words, conclusion phrases or bands.
 */
import { z } from 'zod';
import { QUANTIFIER_PRESETS, STYLE_PRESETS } from './presets.js';

export const ScoreKind = z.enum(['percentage', 'grade']);
export type ScoreKind = z.infer<typeof ScoreKind>;

const criterionId = z
  .string()
  .regex(/^\d+\.\d+$/, 'a criterion id is a section number, a dot and a number, like "1.2"');
const sectionId = z.string().regex(/^\d+$/, 'a section id is a whole number, like "1"');

/**
 * How a criterion's rating (its grade word) follows from figures:
 * `score` — from its own percentage line, through `ratings.bands`;
 * `parts` — from the figures of its parts (key questions, quality statements),
 * aggregated by `aggregate`.
 */
export const RatingRuleSchema = z.object({
  from: z.enum(['score', 'parts']),
  /**
   * For `from: parts`: `lowest` (the band of the lowest part percentage),
   * `mean` (the band of the mean of part percentages), `points` (the sum of
   * part scores over the maximum, `ratings.scale.max` per part, as a percentage).
   */
  aggregate: z.enum(['lowest', 'mean', 'points']).optional(),
  /** Names of the parts, when the framework fixes them (otherwise any named part line counts). */
  parts: z.array(z.string().min(1)).optional(),
});
export type RatingRule = z.infer<typeof RatingRuleSchema>;

export const CriterionSchema = z.object({
  id: criterionId,
  title: z.string().min(1),
  standard: z.string().optional(),
  /** Overrides the section's score kind for this criterion. */
  scoreKind: ScoreKind.optional(),
  /** Overrides the section's `conclusionRequired` for this criterion. */
  conclusionRequired: z.boolean().optional(),
  /** How this criterion's rating follows from figures (overrides the section's). */
  rating: RatingRuleSchema.optional(),
});

export const SectionSchema = z.object({
  id: sectionId,
  title: z.string().min(1),
  scoreKind: ScoreKind,
  /** Whether each criterion of this section must carry a Conclusion. */
  conclusionRequired: z.boolean().default(false),
  /** How the ratings of this section's criteria follow from figures. */
  rating: RatingRuleSchema.optional(),
  criteria: z.array(CriterionSchema).min(1),
});

export const ConclusionBandSchema = z.object({
  /** A short stable name for the band, used in hovers and code lenses. */
  id: z.string().min(1),
  /** The phrase a writer uses, matched case-insensitively inside the conclusion sentence. */
  phrase: z.string().min(1),
  /** The full sentence offered by quick fixes and completion. */
  sentence: z.string().min(1),
  /** Lowest score (inclusive) for which this phrase is right. The band ends where the next higher band starts. */
  min: z.number().min(0).max(100),
});

export const RoundingSchema = z.object({
  /** Decimal places of reported percentages. */
  decimals: z.number().int().min(0).max(4).default(0),
  /** How an exact half is rounded: either direction accepted, always up, always down, or to even. */
  ties: z.enum(['either', 'up', 'down', 'even']).default('either'),
});

export const QuantifierBandSchema = z.object({
  /** The word or phrase, e.g. "the vast majority". */
  phrase: z.string().min(1),
  /** Inclusive lower bound of the share, in percent. */
  min: z.number().min(0).max(100),
  /** Inclusive upper bound of the share, in percent. */
  max: z.number().min(0).max(100),
  /**
   * The phrase may also name the largest of several groups, a plurality ('most
   * complaints (46%) came from relatives'): a percentage below `min` written
   * beside it is then unresolved, not a mismatch. A count of a stated total
   * ('most of the 32 (14)') is still judged.
   */
  plurality: z.boolean().optional(),
});

/** A grade word with the scores it stands for. Both ends are inclusive; see docs/frameworks.md. */
export const RatingBandSchema = z.object({
  grade: z.string().min(1),
  /** Lowest score (inclusive). */
  min: z.number().min(0).max(100),
  /** Highest score (inclusive). Without it the band runs up to (not including) the next higher band's min, or 100. */
  max: z.number().min(0).max(100).optional(),
});
export type RatingBand = z.infer<typeof RatingBandSchema>;

export const RatingsSchema = z.object({
  /** Score bands of the grade words. */
  bands: z.array(RatingBandSchema).min(1),
  /** The scale of part scores for `aggregate: points` (CQC: 1 to 4). */
  scale: z.object({ min: z.number().int().min(0), max: z.number().int().min(1) }).optional(),
  /**
   * When any part scores at most this, a rating lower than the band is not
   * reported (an inspectorate's rating limiters may lower it).
   */
  mayBeLimitedWhenAnyPartAtMost: z.number().optional(),
});

/** How an overall rating follows from the criteria. */
export const OverallSchema = z.object({
  /** Labels that open the overall rating line (`Overall rating: Good`). */
  labels: z.array(z.string().min(1)).min(1).default(['Overall rating']),
  /**
   * Accepted ways to compute it; the overall rating is reported only when it
   * agrees with none. `parts`: all part scores of all rated criteria, over the
   * maximum, as a percentage, banded. `points`: each criterion's rating as
   * points (`points`), summed over the maximum, as a percentage, banded.
   * `lowest`: the lowest criterion rating.
   */
  methods: z.array(z.enum(['parts', 'points', 'lowest'])).min(1),
  /** Points per grade word, for `points`. Default: the best grade gets as many points as there are grades, the worst 1. */
  points: z.record(z.string(), z.number()).optional(),
  /** Bands for the overall percentage; default `ratings.bands`. */
  bands: z.array(RatingBandSchema).optional(),
});

/** House style: how numbers are written. Each key turns one `style/` rule on. */
export const StyleSchema = z
  .object({
    /** A named preset (`gov-uk`, `ons`, `hmi-probation`); explicit keys override it. */
    preset: z.enum(Object.keys(STYLE_PRESETS) as [string, ...string[]]).optional(),
    /** `symbol`: 45%; `words`: 45 per cent. */
    percent: z.enum(['symbol', 'words']).optional(),
    /** `words`: one to nine in words; `numerals`: 1 to 9 as numerals. */
    smallNumbers: z.enum(['words', 'numerals']).optional(),
    /** true: a sentence does not start with a numeral. */
    noNumeralAtSentenceStart: z.boolean().optional(),
    /** `to`: ranges are written '5 to 10', not '5-10'. */
    ranges: z.enum(['to']).optional(),
  })
  .transform((s) => ({ ...(s.preset ? STYLE_PRESETS[s.preset]!.style : {}), ...stripUndefined(s) }));

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const FrameworkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'an id is letters, digits, dots, dashes or underscores'),
    name: z.string().min(1),
    inspectorate: z.string().optional(),
    sections: z.array(SectionSchema).min(1),
    /** Grade words, best first. */
    grades: z.array(z.string().min(1)).default([]),
    /** Conclusion phrases with the score band each one requires. */
    conclusions: z.array(ConclusionBandSchema).default([]),
    rounding: RoundingSchema.default({ decimals: 0, ties: 'either' }),
    groups: z
      .object({
        strengths: z.array(z.string().min(1)).min(1).default(['Strengths']),
        areas: z
          .array(z.string().min(1))
          .min(1)
          .default(['Areas for Improvement', 'Area for Improvement']),
        conclusion: z.array(z.string().min(1)).min(1).default(['Conclusion']),
      })
      .default({
        strengths: ['Strengths'],
        areas: ['Areas for Improvement', 'Area for Improvement'],
        conclusion: ['Conclusion'],
      }),
    /** Which criteria a summary table must list, and what it shows for them. */
    summaryTable: z
      .object({
        criteria: z.array(criterionId).min(1),
        /** `mixed`: each row shows its criterion's own kind (a grade, or a percentage). */
        shows: z.enum(['percentage', 'grade', 'mixed']),
      })
      .optional(),
    quantifiers: z
      .object({
        enabled: z.boolean().default(true),
        /** A published convention (`education-scotland`); explicit `bands` win over it. */
        preset: z.enum(Object.keys(QUANTIFIER_PRESETS) as [string, ...string[]]).optional(),
        bands: z.array(QuantifierBandSchema).default([]),
      })
      .transform((q) => (q.preset && q.bands.length === 0 ? { ...q, bands: QUANTIFIER_PRESETS[q.preset]!.bands.map((b) => ({ ...b })) } : q))
      .optional(),
    /** Words that open a grade line (`Grade: Good`, `Rating: Good`, `Judgement: Good`). */
    labels: z.object({ grade: z.array(z.string().min(1)).min(1).default(['Grade']) }).default({ grade: ['Grade'] }),
    /** How findings are written: `lettered` `- (a) ...`, `bulleted` `- ...`, or `either`. */
    findings: z.object({ style: z.enum(['lettered', 'bulleted', 'either']).default('lettered') }).default({ style: 'lettered' }),
    /** Grade words from scores: bands, the part scale, limiters. */
    ratings: RatingsSchema.optional(),
    /** How the overall rating follows from the criteria's ratings or parts. */
    overall: OverallSchema.optional(),
    /** House style for numbers (the `style/` rules, off unless set). */
    style: StyleSchema.optional(),
    /** Where the framework's facts come from (URLs). */
    sources: z.array(z.string().min(1)).optional(),
  })
  .superRefine((fw, ctx) => {
    const seen = new Set<string>();
    fw.sections.forEach((section, si) => {
      section.criteria.forEach((c, ci) => {
        if (seen.has(c.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', si, 'criteria', ci, 'id'],
            message: `criterion ${c.id} is listed twice`,
          });
        }
        seen.add(c.id);
        if (c.id.split('.')[0] !== section.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', si, 'criteria', ci, 'id'],
            message: `criterion ${c.id} is listed under section ${section.id}`,
          });
        }
      });
    });
    const mins = new Set<number>();
    fw.conclusions.forEach((band, bi) => {
      if (mins.has(band.min)) {
        ctx.addIssue({
          code: 'custom',
          path: ['conclusions', bi, 'min'],
          message: `two conclusion bands start at ${band.min}`,
        });
      }
      mins.add(band.min);
    });
    if (fw.conclusions.length > 0 && !fw.conclusions.some((b) => b.min === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['conclusions'],
        message: 'the lowest conclusion band must start at 0, so that every score has a phrase',
      });
    }
    const gradeKeys = new Set(fw.grades.map((g) => g.toLowerCase().replace(/\s+/g, ' ').trim()));
    const checkBands = (bands: RatingBand[] | undefined, path: (string | number)[]) =>
      bands?.forEach((b, i) => {
        if (!gradeKeys.has(b.grade.toLowerCase().replace(/\s+/g, ' ').trim())) {
          ctx.addIssue({ code: 'custom', path: [...path, i, 'grade'], message: `'${b.grade}' is not one of the framework's grades` });
        }
        if (b.max !== undefined && b.max < b.min) ctx.addIssue({ code: 'custom', path: [...path, i, 'max'], message: `max ${b.max} is below min ${b.min}` });
      });
    checkBands(fw.ratings?.bands, ['ratings', 'bands']);
    checkBands(fw.overall?.bands, ['overall', 'bands']);
    const usesRating = fw.sections.some((s) => s.rating || s.criteria.some((c) => c.rating));
    // `lowest` reads the criteria's own grades; `points` and `parts` band a figure, with the overall
    // rating's own bands or the framework's.
    const overallBands = fw.overall !== undefined && fw.overall.methods.some((m) => m !== 'lowest') && !fw.overall.bands;
    if ((usesRating || overallBands) && !fw.ratings) {
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'ratings derived from figures need `ratings.bands`' });
    }
    fw.summaryTable?.criteria.forEach((id, i) => {
      if (!seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['summaryTable', 'criteria', i],
          message: `summary table lists ${id}, which is not a criterion of this framework`,
        });
      }
    });
  });

export type FrameworkInput = z.input<typeof FrameworkSchema>;
export type FrameworkData = z.output<typeof FrameworkSchema>;
export type CriterionData = z.output<typeof CriterionSchema>;
export type SectionData = z.output<typeof SectionSchema>;
export type ConclusionBand = z.output<typeof ConclusionBandSchema>;
