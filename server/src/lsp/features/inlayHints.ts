/**
 * Inlay hints after counts that do not state their percentage: `22 of the 32
 * cases` shows ` = 69%`. The percentage is the last one in the claim's
 * arithmetic (`22 / 32 = 68.75% → 69%`). Shown only when
 * `inspectionReport.inlayHints.enabled` is on (the server checks the setting).
 */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { AnalysisResult, NumericClaim } from '../../core/index.js';

/** The percentage a claim's arithmetic arrives at, e.g. `69%`. */
export function claimPercentage(claim: NumericClaim): string | undefined {
  const all = claim.arithmetic.match(/\d+(?:\.\d+)?\s*%/g);
  return all ? all[all.length - 1]!.replace(/\s+/g, '') : undefined;
}

export function inlayHints(result: AnalysisResult, range?: Range): InlayHint[] {
  const out: InlayHint[] = [];
  const from = range ? result.lines.offsetAt(range.start) : 0;
  const to = range ? result.lines.offsetAt(range.end) : result.text.length;
  for (const claim of result.report.claims) {
    if (claim.span.end < from || claim.span.start > to) continue;
    const written = result.text.slice(claim.span.start, claim.span.end);
    if (written.includes('%')) continue; // The percentage is already on the page.
    const pct = claimPercentage(claim);
    if (!pct) continue;
    const bad = claim.verdict === 'inconsistent' || claim.verdict === 'impossible';
    out.push({
      position: result.lines.positionAt(claim.span.end),
      label: `= ${pct}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${claim.arithmetic}${bad ? ' ✗' : ''}`,
    });
  }
  return out;
}
