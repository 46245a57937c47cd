/**
 * A validated framework with the look-ups that checks need.
 */
import type { ConclusionBand, CriterionData, FrameworkData, RatingBand, RatingRule, ScoreKind, SectionData } from './schema.js';
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
    const entry = this.criteriaById.get(criterionId);
    if (!entry) return false;
    return entry.criterion.conclusionRequired ?? entry.section.conclusionRequired;
  }

  /** How the criterion's rating follows from figures, when the framework says. */
  ratingRule(criterionId: string): RatingRule | undefined {
    const entry = this.criteriaById.get(criterionId);
    if (!entry || !this.data.ratings) return undefined;
    return entry.criterion.rating ?? entry.section.rating;
  }

  /** The words that open a grade line (`Grade`, `Rating`, `Judgement`), as the framework lists them. */
  get gradeLabels(): readonly string[] {
    return this.data.labels.grade;
  }

  /** A linear-time matcher for `<label>: <grade>` lines. */
  get gradeLinePattern(): RegExp {
    if (!this.gradeLine) {
      const words = this.data.labels.grade.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
      this.gradeLine = new RegExp(`^(?:${words.join('|')})[ \\t]*:[ \\t]*(\\S.*)$`, 'i');
    }
    return this.gradeLine;
  }
  private gradeLine?: RegExp;

  get findingStyle(): 'lettered' | 'bulleted' | 'either' {
    return this.data.findings.style;
  }

  /**
   * The grade words a score stands for under `bands` (default the framework's
   * rating bands). Empty when the score falls in no band (a gap between one
   * band's max and the next band's min): the rating is then undecided.
   */
  gradesForScore(score: number, bands: readonly RatingBand[] | undefined = this.data.ratings?.bands): string[] {
    if (!bands) return [];
    const sorted = [...bands].sort((a, b) => b.min - a.min);
    const out: string[] = [];
    sorted.forEach((b, i) => {
      const higher = sorted[i - 1];
      const max = b.max ?? (higher ? higher.min : 100);
      const inside = b.max !== undefined || !higher ? score >= b.min && score <= max : score >= b.min && score < max;
      if (inside) out.push(this.grade(b.grade) ?? b.grade);
    });
    return out;
  }

  /** A band's range in words, for messages: '63 to 87%'. */
  describeBand(grade: string, bands: readonly RatingBand[] | undefined = this.data.ratings?.bands): string | undefined {
    if (!bands) return undefined;
    const sorted = [...bands].sort((a, b) => b.min - a.min);
    const i = sorted.findIndex((b) => normaliseWords(b.grade) === normaliseWords(grade));
    if (i < 0) return undefined;
    const b = sorted[i]!;
    if (b.max !== undefined) return `${b.min} to ${b.max}%`;
    const higher = sorted[i - 1];
    return higher ? `${b.min}% to under ${higher.min}%` : `${b.min}% and over`;
  }

  /** Position of a grade word in the framework's list (0 = best), or -1. */
  gradeRank(word: string): number {
    const g = this.grade(word);
    return g === undefined ? -1 : this.data.grades.indexOf(g);
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
    const text = phraseWords(sentence);
    // The bands' phrases are read once per framework.
    this.bandPhrases ??= this.bands.map((band) => ({ band, phrase: phraseWords(band.phrase) }));
    let best: ConclusionBand | undefined;
    for (const { band, phrase } of this.bandPhrases) {
      if (text.includes(phrase) && (!best || band.phrase.length > best.phrase.length)) best = band;
    }
    return best;
  }

  private bandPhrases?: { band: ConclusionBand; phrase: string }[];

  /** Group labels that open each kind of group, normalised. */
  groupKind(label: string): 'strengths' | 'areas' | 'conclusion' | undefined {
    const key = normaliseWords(label);
    if (this.data.groups.strengths.some((l) => normaliseWords(l) === key)) return 'strengths';
    if (this.data.groups.areas.some((l) => normaliseWords(l) === key)) return 'areas';
    if (this.data.groups.conclusion.some((l) => normaliseWords(l) === key)) return 'conclusion';
    return undefined;
  }
}

/** Words only, space-delimited: punctuation and quotes ('a ‘priority for improvement’') do not matter. */
function phraseWords(s: string): string {
  return ` ${normaliseWords(s).replace(/[^\p{L}\p{N} -]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
}
