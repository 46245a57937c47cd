/**
 * The schema of an inspection framework: the data that every check reads
 * instead of hard-coding criteria, grade words, conclusion phrases or bands.
 */
import { z } from 'zod';

export const ScoreKind = z.enum(['percentage', 'grade']);
export type ScoreKind = z.infer<typeof ScoreKind>;

const criterionId = z
  .string()
  .regex(/^\d+\.\d+$/, 'a criterion id is a section number, a dot and a number, like "1.2"');
const sectionId = z.string().regex(/^\d+$/, 'a section id is a whole number, like "1"');

export const CriterionSchema = z.object({
  id: criterionId,
  title: z.string().min(1),
  standard: z.string().optional(),
  /** Overrides the section's score kind for this criterion. */
  scoreKind: ScoreKind.optional(),
});

export const SectionSchema = z.object({
  id: sectionId,
  title: z.string().min(1),
  scoreKind: ScoreKind,
  /** Whether each criterion of this section must carry a Conclusion. */
  conclusionRequired: z.boolean().default(false),
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
});

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
        shows: ScoreKind,
      })
      .optional(),
    quantifiers: z
      .object({
        enabled: z.boolean().default(false),
        bands: z.array(QuantifierBandSchema).default([]),
      })
      .optional(),
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
