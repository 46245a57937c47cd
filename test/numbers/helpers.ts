import { analyze, type AnalysisResult, type AnalyzeOptions, type Diagnostic } from '../../server/src/core/index.js';
import { isClaimRecord, type ClaimRecord } from '../../server/src/core/numbers/claim.js';

export const FM = '---\ntitle: Example\nframework: hmip-omi-2007\n---\n\n';

/** A report with one criterion whose Strengths hold the given findings (each a paragraph of text). */
export function reportWith(findings: string[], fm = FM): string {
  const items = findings.map((f, i) => `- (${String.fromCharCode(97 + i)}) ${f}`).join('\n');
  return `${fm}# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\nActivity in the phase leading up to sentence is timely, purposeful and effective.\n\n79%\n\n### Strengths\n\n${items}\n\n### Conclusion\n\nPerformance against this criterion was good.\n`;
}

export function run(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return analyze(text, 'file:///test.inspection.md', options);
}

export function claims(text: string, options: AnalyzeOptions = {}): ClaimRecord[] {
  return run(text, options).report.claims.filter(isClaimRecord);
}

/** The claims of a single finding, without the plain counts (which are only candidate totals). */
export function claimsOf(finding: string, options: AnalyzeOptions = {}): ClaimRecord[] {
  return claims(reportWith([finding]), options).filter((c) => c.kind !== 'count');
}

export function numbersDiagnostics(text: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return run(text, options).diagnostics.filter((d) => /^(numbers|conclusion\/restated)/.test(d.ruleId));
}

/** The numeric rule ids raised on a minimal report with this one finding. */
export function rulesOf(finding: string): string[] {
  return numbersDiagnostics(reportWith([finding])).map((d) => d.ruleId);
}

/** The text a span covers. */
export function at(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
