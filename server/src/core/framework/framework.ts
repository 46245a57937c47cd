/**
 * A validated framework with the look-ups that checks need.
 */
import type { ConclusionBand, CriterionData, FrameworkData, ScoreKind, SectionData } from './schema.js';
import { normaliseWords } from '../text.js';

export class Framework {
  readonly id: string;
  private readonly criteriaById = new Map<string, { criterion: CriterionData; section: SectionData; index: number }>();
  private readonly sectionsById = new Map<string, SectionData>();
  private readonly gradeByKey = new Map<string, string>();
  /** Bands sorted from the highest minimum to the lowest. */
  readonly bands: ConclusionBand[];
  readonly criterionOrder: string[] = [];

  constructor(readonly data: FrameworkData) {
    this.id = data.id;
    let index = 0;
    for (const section of data.sections) {
      this.sectionsById.set(section.id, section);
      for (const criterion of section.criteria) {
        this.criteriaById.set(criterion.id, { criterion, section, index: index++ });
        this.criterionOrder.push(criterion.id);
      }
    }
    for (const g of data.grades) this.gradeByKey.set(normaliseWords(g), g);
    this.bands = [...data.conclusions].sort((a, b) => b.min - a.min);
  }

  criterion(id: string): CriterionData | undefined {
    return this.criteriaById.get(id)?.criterion;
  }

  /** Position of a criterion in the framework's order, or -1. */
  criterionIndex(id: string): number {
    return this.criteriaById.get(id)?.index ?? -1;
  }

  section(id: string): SectionData | undefined {
    return this.sectionsById.get(id);
  }

  get sections(): readonly SectionData[] {
    return this.data.sections;
  }

  scoreKind(criterionId: string): ScoreKind | undefined {
    const entry = this.criteriaById.get(criterionId);
    if (!entry) return undefined;
    return entry.criterion.scoreKind ?? entry.section.scoreKind;
  }

  conclusionRequired(criterionId: string): boolean {
    return this.criteriaById.get(criterionId)?.section.conclusionRequired ?? false;
  }

  /** The canonical spelling of a grade word, or undefined when it is not one. */
  grade(word: string): string | undefined {
    return this.gradeByKey.get(normaliseWords(word));
  }

  get grades(): readonly string[] {
    return this.data.grades;
  }

  /** The band a score falls in. Scores are compared exactly: a band holds [min, next band's min). */
  bandFor(score: number): ConclusionBand | undefined {
    return this.bands.find((b) => score >= b.min);
  }

  /**
   * The band whose phrase the sentence uses. When several phrases occur
   * (one inside another), the longest wins.
   */
  bandOfSentence(sentence: string): ConclusionBand | undefined {
    // Words only: punctuation and quotes ('a ‘priority for improvement’') do not matter.
    const words = (s: string) => ` ${normaliseWords(s).replace(/[^\p{L}\p{N} -]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
    const text = words(sentence);
    let best: ConclusionBand | undefined;
    for (const band of this.bands) {
      const phrase = words(band.phrase);
      if (text.includes(phrase) && (!best || band.phrase.length > best.phrase.length)) best = band;
    }
    return best;
  }

  /** Group labels that open each kind of group, normalised. */
  groupKind(label: string): 'strengths' | 'areas' | 'conclusion' | undefined {
    const key = normaliseWords(label);
    if (this.data.groups.strengths.some((l) => normaliseWords(l) === key)) return 'strengths';
    if (this.data.groups.areas.some((l) => normaliseWords(l) === key)) return 'areas';
    if (this.data.groups.conclusion.some((l) => normaliseWords(l) === key)) return 'conclusion';
    return undefined;
  }
}
