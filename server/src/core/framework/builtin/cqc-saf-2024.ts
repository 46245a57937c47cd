/**
 * The Care Quality Commission's single assessment framework for health and
 * social care providers, as data. Every fact is taken from CQC's own pages
 * (listed in `sources` and in docs/frameworks.md); what we could not verify
 * there is left out.
 *
 * - Five key questions: safe, effective, caring, responsive, well-led.
 * - Four ratings: outstanding, good, requires improvement, inadequate.
 * - Each quality statement is scored 1 to 4; a key question's percentage is the
 *   total of its quality statement scores over the maximum (4 per statement).
 * - Bands: 88 to 100% outstanding; 63 to 87% good; 39 to 62% requires
 *   improvement; 38% or lower inadequate.
 *
 * Left out (not verified on CQC's pages): the names of the 34 quality
 * statements under each key question (so any named quality statement line is
 * accepted), and CQC's exact formula for a provider's overall rating (so both
 * readings below are accepted, and only an overall rating that fits neither is
 * reported). Rating limiters are not modelled as rules: where any quality
 * statement scores 2 or less, a rating below the band is not reported.
 */
import type { FrameworkInput } from '../schema.js';

export const cqcSaf2024: FrameworkInput = {
  id: 'cqc-saf-2024',
  name: 'CQC single assessment framework (providers)',
  inspectorate: 'Care Quality Commission',
  sections: [
    {
      id: '1',
      title: 'Key questions',
      scoreKind: 'grade',
      rating: { from: 'parts', aggregate: 'points' },
      criteria: [
        { id: '1.1', title: 'Safe' },
        { id: '1.2', title: 'Effective' },
        { id: '1.3', title: 'Caring' },
        { id: '1.4', title: 'Responsive' },
        { id: '1.5', title: 'Well-led' },
      ],
    },
  ],
  grades: ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
  labels: { grade: ['Rating', 'Grade'] },
  findings: { style: 'either' },
  ratings: {
    bands: [
      { grade: 'Outstanding', min: 88, max: 100 },
      { grade: 'Good', min: 63, max: 87 },
      { grade: 'Requires improvement', min: 39, max: 62 },
      { grade: 'Inadequate', min: 0, max: 38 },
    ],
    scale: { min: 1, max: 4 },
    mayBeLimitedWhenAnyPartAtMost: 2,
  },
  overall: {
    labels: ['Overall rating'],
    // 'parts': all quality statement scores together, weighted equally (CQC's published method for
    // local authority assessments); 'points': the key question ratings as 4, 3, 2, 1.
    methods: ['parts', 'points'],
    points: { Outstanding: 4, Good: 3, 'Requires improvement': 2, Inadequate: 1 },
  },
  summaryTable: { criteria: ['1.1', '1.2', '1.3', '1.4', '1.5'], shows: 'grade' },
  sources: [
    'https://www.cqc.org.uk/guidance-regulation/providers/assessment/assessing-quality-and-performance/reach-rating',
    'https://www.cqc.org.uk/guidance-regulation/providers/assessment/assessing-quality-and-performance/reach-rating/example-gp-practice',
    'https://www.cqc.org.uk/guidance-regulation/providers/assessment/assessment-framework',
    'https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings',
  ],
};
