/**
 * The numeric claims the extractor records for each block. A ClaimRecord is
 * a {@link NumericClaim} (what hovers and the model show) plus the operands
 * it was computed from and the rule that reports it when it is not right.
 *
 * Everything here is cached with its block and shifted when the block moves,
 * so every offset sits in a `{ start, end }` object.
 */
import type { NumericClaim, Span } from '../model.js';

/** The rule ids of the numbers family (and the one conclusion rule about figures). */
export const RULE = {
  percentageMismatch: 'numbers/percentage-mismatch',
  roundingConvention: 'numbers/rounding-convention',
  grim: 'numbers/no-whole-count',
  impossible: 'numbers/impossible',
  complementMismatch: 'numbers/complement-mismatch',
  fractionMismatch: 'numbers/fraction-mismatch',
  quantifierMismatch: 'numbers/quantifier-mismatch',
  tableShares: 'numbers/table-shares',
  sectionMean: 'numbers/section-mean',
  roundingSetting: 'numbers/rounding-setting',
  restatedFigure: 'conclusion/restated-figure',
  changeMismatch: 'numbers/change-mismatch',
  partsSum: 'numbers/parts-sum',
  meanMismatch: 'numbers/mean-mismatch',
} as const;

export type NumbersRuleId = (typeof RULE)[keyof typeof RULE];

export type OperandRole = 'k' | 'n' | 'p' | 'c' | 'q' | 'f' | 'score';

export interface Operand {
  role: OperandRole;
  /** A count, or for 'p'/'q' the percentage as a scaled integer (see `decimals`); for 'f' num/den in `fraction`. */
  value: number;
  decimals?: number;
  fraction?: { num: number; den: number };
  /** Written in words ('seven'), so that a replacement keeps the style. */
  word?: boolean;
  raw: string;
  span: Span;
  /** A hedge written before a percentage or fraction ('just over', 'nearly'). */
  hedge?: string;
  /** The operand was not written in this claim but taken from earlier text (a back-reference). */
  inferred?: boolean;
}

export interface ClaimRecord extends NumericClaim {
  /** The rule that reports this claim when its verdict is not 'ok' or 'unchecked'. */
  rule?: NumbersRuleId;
  /** One line for the diagnostic, when the claim is wrong. */
  message?: string;
  operands: Operand[];
  /** The sentence the claim sits in (masked, white space folded), for matching restatements. */
  sentence?: { text: string; span: Span };
  /** A bare percentage that reads as a share of a group ('in 85% of cases'): it cannot exceed 100%. */
  share?: boolean;
  /** A stated section score: which section. */
  sectionId?: string;
  /** A hedge or quantifier as written ('just over', 'the vast majority'). */
  qualifier?: string;
  /**
   * The claim's wrong figure is reported by another claim (`mergeClaims`): the span of that claim.
   * The claim keeps its verdict and rule but gives no diagnostic of its own.
   */
  sameFindingAs?: Span;
  /** The share the claim asserts, as an interval in percent, when it is a fraction, hedge or quantifier. */
  interval?: { lo: number; hi: number; loOpen: boolean; hiOpen: boolean };
}

export function isClaimRecord(c: NumericClaim): c is ClaimRecord {
  return Array.isArray((c as ClaimRecord).operands);
}
