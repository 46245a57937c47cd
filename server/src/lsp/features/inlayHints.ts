/**
 * Inlay hints, shown only when `inspectionReport.inlayHints.enabled` is on
 * (the server checks the setting):
 * - after counts that do not state their percentage: `22 of the 32 cases`
 *   shows ` = 69%`, rounded under the report's rounding policy (framework,
 *   then front matter: `numbers/policy.ts`), exactly, in integers;
 * - after a reference, the title of the criterion it points to: `see 2.3d`
 *   shows ` Victims`, unless the title is already written there.
 */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { AnalysisResult, NumericClaim } from '../../core/index.js';
import { isClaimRecord } from '../../core/numbers/claim.js';
import { describePolicy, resolvePolicy } from '../../core/numbers/policy.js';
import { exactPercent, formatScaled, roundByPolicy, type RoundingPolicy } from '../../core/numbers/rounding.js';
import { normaliseWords } from '../../core/index.js';
import { readableTitle } from './display.js';

/** The percentage a claim's arithmetic arrives at, e.g. `69%`. */
export function claimPercentage(claim: NumericClaim): string | undefined {
  const all = claim.arithmetic.match(/\d+(?:\.\d+)?\s*%/g);
  return all ? all[all.length - 1]!.replace(/\s+/g, '') : undefined;
}

/** The percentage of a count claim rounded under the policy, from its operands: `69%`, with the exact share for the tooltip. */
export function roundedPercentage(claim: NumericClaim, policy: RoundingPolicy): { label: string; exact: string } | undefined {
  if (!isClaimRecord(claim)) return undefined;
  const k = claim.operands.filter((o) => o.role === 'k');
  const n = claim.operands.filter((o) => o.role === 'n');
  if (k.length !== 1 || n.length !== 1 || claim.operands.some((o) => o.role === 'p')) return undefined;
  const kv = k[0]!.value;
  const nv = n[0]!.value;
  if (!Number.isInteger(kv) || !Number.isInteger(nv) || nv <= 0 || kv < 0) return undefined;
  return { label: `${formatScaled(roundByPolicy(kv, nv, policy.decimals, policy), policy.decimals)}%`, exact: `${kv} / ${nv} = ${exactPercent(kv, nv, policy.decimals + 2)}%` };
}

export function inlayHints(result: AnalysisResult, range?: Range): InlayHint[] {
  const out: InlayHint[] = [];
  const policy = resolvePolicy(result.framework, { frontMatter: result.report.frontMatter?.values });
  const from = range ? result.lines.offsetAt(range.start) : 0;
  const to = range ? result.lines.offsetAt(range.end) : result.text.length;
  for (const claim of result.report.claims) {
    if (claim.span.end < from || claim.span.start > to) continue;
    const written = result.text.slice(claim.span.start, claim.span.end);
    if (written.includes('%')) continue; // The percentage is already on the page.
    const rounded = roundedPercentage(claim, policy);
    const pct = rounded?.label ?? claimPercentage(claim);
    if (!pct) continue;
    const bad = claim.verdict === 'inconsistent' || claim.verdict === 'impossible';
    out.push({
      position: result.lines.positionAt(claim.span.end),
      label: `= ${pct}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: rounded ? `${rounded.exact} → ${pct} (${describePolicy(policy)})${bad ? ' ✗' : ''}` : `${claim.arithmetic}${bad ? ' ✗' : ''}`,
    });
  }
  for (const ref of result.report.references) {
    if (ref.span.end < from || ref.span.start > to || !ref.criterionId) continue;
    const target = result.index.resolve(ref);
    const c = target.criterion;
    if (!c || target.problem) continue;
    const title = readableTitle(c.title, result.framework?.criterion(c.id)?.title);
    const rest = result.text.slice(ref.span.end, Math.min(result.text.length, ref.span.end + title.length + 40));
    // The title is already written after the reference (`OMI Criterion: 1.2d Assessment of risk of harm`).
    if (normaliseWords(rest).startsWith(normaliseWords(title).slice(0, 20))) continue;
    out.push({ position: result.lines.positionAt(ref.span.end), label: title, paddingLeft: true, tooltip: `${c.id} ${title}` });
  }
  out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
  return out;
}
