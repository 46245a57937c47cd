/**
 * What the numbers engine recognised, in a form for people and tools: every
 * claim with its figures, the figures it relates them to (and where they were
 * found), its verdict and arithmetic; and a summary of coverage. The CLI
 * (`--claims`, `--format json`) and the language server (`inspection/claims`)
 * both read this one view.
 */
import type { Report, Span } from '../model.js';
import { isClaimRecord, type ClaimRecord, type OperandRole } from './claim.js';

/** What a claim's verdict means to a reader. */
export type ClaimVerdict = 'consistent' | 'inconsistent' | 'rounding-convention' | 'unresolved';

export interface ClaimFigure {
  /** k count, n total, p percentage, c complement, q quantifier share, f fraction, score. */
  role: OperandRole;
  raw: string;
  span: Span;
  /** Not written in the claim itself: taken from earlier text (a back-reference or a total stated before). */
  inferred?: boolean;
}

export interface ClaimView {
  kind: string;
  span: Span;
  verdict: ClaimVerdict;
  figures: ClaimFigure[];
  /** Figures stated elsewhere that the claim was read against ('the total, 36, is taken from here'). */
  related: { span: Span; message: string }[];
  arithmetic: string;
  criterionId?: string;
  /** The rule that reports it, when it is not consistent. */
  rule?: string;
  /** A hedge or quantifier as written ('nearly', 'the majority'). */
  qualifier?: string;
}

export interface ClaimCoverage {
  /** Distinct figures written in the text that the engine typed as quantities. */
  numbers: number;
  /** Claims it could judge (consistent, inconsistent or a rounding convention). */
  checked: number;
  /** Claims it recognised but could not judge (no stated total, readings that disagree). */
  unresolved: number;
  inconsistent: number;
}

export function claimVerdict(c: ClaimRecord): ClaimVerdict {
  switch (c.verdict) {
    case 'ok':
      return 'consistent';
    case 'convention':
      return 'rounding-convention';
    case 'unchecked':
      return 'unresolved';
    default:
      return 'inconsistent';
  }
}

/** Plain counts ('the 32 cases') are kept by the engine as candidate totals; they assert nothing alone. */
function isClaim(c: ClaimRecord): boolean {
  return c.kind !== 'count';
}

/** The claims of a report in document order. */
export function claimViews(report: Report): ClaimView[] {
  const out: ClaimView[] = [];
  for (const c of report.claims) {
    if (!isClaimRecord(c) || !isClaim(c)) continue;
    const v: ClaimView = {
      kind: c.kind,
      span: c.span,
      verdict: claimVerdict(c),
      figures: c.operands.map((o) => {
        const f: ClaimFigure = { role: o.role, raw: o.raw, span: o.span };
        if (o.inferred) f.inferred = true;
        return f;
      }),
      related: c.sources ? c.sources.map((s) => ({ span: s.span, message: s.message })) : [],
      arithmetic: c.arithmetic,
    };
    if (c.criterionId) v.criterionId = c.criterionId;
    if (c.rule && v.verdict !== 'consistent' && v.verdict !== 'unresolved') v.rule = c.rule;
    if (c.qualifier) v.qualifier = c.qualifier;
    out.push(v);
  }
  return out;
}

/** How much of the report's numbers the engine read and judged. */
export function claimCoverage(report: Report): ClaimCoverage {
  const figures = new Set<string>();
  let checked = 0;
  let unresolved = 0;
  let inconsistent = 0;
  for (const c of report.claims) {
    if (!isClaimRecord(c)) continue;
    for (const o of c.operands) if (!o.inferred) figures.add(`${o.span.start}:${o.span.end}`);
    if (!isClaim(c)) continue;
    const v = claimVerdict(c);
    if (v === 'unresolved') unresolved++;
    else checked++;
    if (v === 'inconsistent') inconsistent++;
  }
  return { numbers: figures.size, checked, unresolved, inconsistent };
}

/** 'N numbers, K checked, U unresolved'. */
export function coverageLine(c: ClaimCoverage): string {
  return `${c.numbers} number${c.numbers === 1 ? '' : 's'}, ${c.checked} checked, ${c.unresolved} unresolved`;
}
