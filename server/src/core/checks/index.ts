/**
 * The registry of checks. Adding a rule: create its file under the family
 * folder, export `rule`, and list it here. Docs in docs/rules/ are generated
 * from the metadata (`npm run docs:rules`); a test keeps them in step.
 */
import type { Rule } from './rule.js';
import { rule as conclusionBandMismatch } from './conclusion/band-mismatch.js';
import { rule as conclusionUnknownPhrase } from './conclusion/unknown-phrase.js';
import { rule as referenceUnknownCriterion } from './reference/unknown-criterion.js';
import { rule as referenceUnknownLetter } from './reference/unknown-letter.js';
import { rule as criterionOrder } from './structure/criterion-order.js';
import { rule as duplicateCriterion } from './structure/duplicate-criterion.js';
import { rule as findingLetters } from './structure/finding-letters.js';
import { rule as missingConclusion } from './structure/missing-conclusion.js';
import { rule as missingCriterion } from './structure/missing-criterion.js';
import { rule as missingScore } from './structure/missing-score.js';
import { rule as scoreKind } from './structure/score-kind.js';
import { rule as summaryIncomplete } from './structure/summary-incomplete.js';
import { rule as titleMismatch } from './structure/title-mismatch.js';
import { rule as unknownCriterion } from './structure/unknown-criterion.js';
import { rule as unknownGrade } from './structure/unknown-grade.js';
import { rule as conclusionRestatedFigure } from './conclusion/restated-figure.js';
import { rule as numbersComplementMismatch } from './numbers/complement-mismatch.js';
import { rule as numbersFractionMismatch } from './numbers/fraction-mismatch.js';
import { rule as numbersImpossible } from './numbers/impossible.js';
import { rule as numbersNoWholeCount } from './numbers/no-whole-count.js';
import { rule as numbersPercentageMismatch } from './numbers/percentage-mismatch.js';
import { rule as numbersQuantifierMismatch } from './numbers/quantifier-mismatch.js';
import { rule as numbersRoundingConvention } from './numbers/rounding-convention.js';
import { rule as numbersRoundingSetting } from './numbers/rounding-setting.js';
import { rule as numbersSectionMean } from './numbers/section-mean.js';
import { rule as numbersTableShares } from './numbers/table-shares.js';
import { rule as numbersChangeMismatch } from './numbers/change-mismatch.js';
import { rule as numbersPartsSum } from './numbers/parts-sum.js';
import { rule as numbersMeanMismatch } from './numbers/mean-mismatch.js';
import { RATING_RULES } from './rating/index.js';
import { STYLE_RULES } from './style/index.js';
import { rule as suppressionUnknownRule } from './suppression/unknown-rule.js';
import { rule as suppressionUnused } from './suppression/unused.js';

export const RULES: Rule[] = [
  unknownCriterion,
  titleMismatch,
  duplicateCriterion,
  missingCriterion,
  criterionOrder,
  missingScore,
  scoreKind,
  missingConclusion,
  findingLetters,
  unknownGrade,
  summaryIncomplete,
  referenceUnknownCriterion,
  referenceUnknownLetter,
  conclusionBandMismatch,
  conclusionUnknownPhrase,
  conclusionRestatedFigure,
  numbersPercentageMismatch,
  numbersRoundingConvention,
  numbersNoWholeCount,
  numbersImpossible,
  numbersComplementMismatch,
  numbersFractionMismatch,
  numbersQuantifierMismatch,
  numbersTableShares,
  numbersChangeMismatch,
  numbersPartsSum,
  numbersMeanMismatch,
  numbersSectionMean,
  numbersRoundingSetting,
  ...RATING_RULES,
  ...STYLE_RULES,
  // After suppressions are applied (core/suppress.ts).
  suppressionUnused,
  suppressionUnknownRule,
];

export function allRules(): Rule[] {
  return RULES;
}
