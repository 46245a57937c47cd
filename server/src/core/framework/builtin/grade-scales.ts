/**
 * Grade scales that inspectorates publish, beyond those of the built-in
 * frameworks: data, validated with zod on first use like a framework. The
 * numeric readers use them to tell shares of one scale ('70% were good, 25%
 * satisfactory and 5% inadequate') from shares of different measures, which
 * may not be summed. A scale missing here leaves a sentence unread; it never
 * makes a finding.
 */
import { z } from 'zod';

const GradeScalesSchema = z.array(
  z.object({
    /** Who grades on this scale (for the reader of this file). */
    used: z.string().min(1),
    /** Best first. */
    grades: z.array(z.string().min(1)).min(2),
  }),
);

const SCALES: z.input<typeof GradeScalesSchema> = [
  { used: 'Ofsted, CQC and HM Inspectorate of Probation (four points)', grades: ['outstanding', 'good', 'requires improvement', 'inadequate'] },
  { used: 'Ofsted before 2012', grades: ['outstanding', 'good', 'satisfactory', 'inadequate'] },
  { used: "Ofsted children's social care before 2014", grades: ['outstanding', 'good', 'adequate', 'inadequate'] },
  { used: 'Estyn before 2022', grades: ['excellent', 'good', 'adequate', 'unsatisfactory'] },
  { used: 'other four-point scales', grades: ['excellent', 'good', 'adequate', 'poor'] },
  { used: 'Education Scotland (six points)', grades: ['excellent', 'very good', 'good', 'satisfactory', 'weak', 'unsatisfactory'] },
  { used: 'the Care Inspectorate, Scotland (six points)', grades: ['excellent', 'very good', 'good', 'adequate', 'weak', 'unsatisfactory'] },
  { used: 'the Education and Training Inspectorate, Northern Ireland', grades: ['outstanding', 'very good', 'good', 'satisfactory', 'inadequate', 'unsatisfactory'] },
  { used: 'three-point compliance and quality scales (HMI Prisons, HMICFRS, audits)', grades: ['good', 'satisfactory', 'poor'] },
  { used: 'three-point compliance and quality scales (HMI Prisons, HMICFRS, audits)', grades: ['good', 'adequate', 'poor'] },
  { used: 'three-point compliance and quality scales (HMI Prisons, HMICFRS, audits)', grades: ['good', 'fair', 'poor'] },
  { used: 'HIQA and the Mental Health Commission (compliance)', grades: ['compliant', 'substantially compliant', 'not compliant'] },
  { used: 'HIQA and the Mental Health Commission (compliance)', grades: ['compliant', 'substantially compliant', 'non-compliant'] },
  { used: 'standards and recommendations', grades: ['met', 'partly met', 'not met'] },
  { used: 'standards and recommendations', grades: ['fully met', 'partly met', 'not met'] },
  { used: 'HM Inspectorate of Prisons, independent reviews of progress on recommendations', grades: ['good progress', 'reasonable progress', 'insufficient progress', 'no meaningful progress'] },
];

let parsed: readonly (readonly string[])[] | undefined;

/** The published grade scales, each best first (validated once). */
export function commonGradeScales(): readonly (readonly string[])[] {
  parsed ??= GradeScalesSchema.parse(SCALES).map((s) => s.grades);
  return parsed;
}
