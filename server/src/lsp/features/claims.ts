/**
 * The `inspection/claims` request: the numeric claims of one report (the
 * core's coverage view) with LSP ranges, for the client's Show Claims command
 * and its faint marking of unresolved numbers.
 */
import type { Range } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/analyze.js';
import { claimCoverage, claimViews, type ClaimCoverage, type ClaimVerdict } from '../../core/numbers/coverage.js';
import { toRange } from '../convert.js';

export const CLAIMS_REQUEST = 'inspection/claims';

export interface ClaimsParams {
  textDocument: { uri: string };
}

export interface LspClaim {
  kind: string;
  text: string;
  range: Range;
  verdict: ClaimVerdict;
  figures: { role: string; text: string; range: Range; inferred?: boolean }[];
  related: { range: Range; message: string }[];
  arithmetic: string;
  criterionId?: string;
  rule?: string;
}

export interface ClaimsResult {
  claims: LspClaim[];
  coverage: ClaimCoverage;
}

export function claims(result: AnalysisResult): ClaimsResult {
  const text = (s: { start: number; end: number }) => result.text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return {
    claims: claimViews(result.report).map((c) => {
      const out: LspClaim = {
        kind: c.kind,
        text: text(c.span),
        range: toRange(result.lines, c.span),
        verdict: c.verdict,
        figures: c.figures.map((f) => ({ role: f.role, text: f.raw, range: toRange(result.lines, f.span), ...(f.inferred ? { inferred: true } : {}) })),
        related: c.related.map((r) => ({ range: toRange(result.lines, r.span), message: r.message })),
        arithmetic: c.arithmetic,
      };
      if (c.criterionId) out.criterionId = c.criterionId;
      if (c.rule) out.rule = c.rule;
      return out;
    }),
    coverage: claimCoverage(result.report),
  };
}
