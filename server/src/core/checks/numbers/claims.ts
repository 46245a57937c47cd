/**
 * Shared by the numbers rules: the claims a rule reports, turned into
 * diagnostics with the arithmetic, the source of any operand taken from
 * earlier text, and the exact replacement as a quick fix.
 */
import type { Diagnostic } from '../../diagnostic.js';
import type { Report } from '../../model.js';
import { isClaimRecord, type ClaimRecord, type NumbersRuleId } from '../../numbers/claim.js';
import type { Emit, RuleContext } from '../rule.js';

const records = new WeakMap<Report, ClaimRecord[]>();
const failing = new WeakMap<Report, Map<string, ClaimRecord[]>>();

/** The report's claims that carry operands (computed once per report, shared by the rules). */
export function claimRecords(report: Report): ClaimRecord[] {
  let list = records.get(report);
  if (!list) {
    list = report.claims.filter(isClaimRecord);
    records.set(report, list);
  }
  return list;
}

/** The claims a rule reports (not ok, not unchecked), grouped once per report. */
function failingClaims(report: Report, rule: NumbersRuleId): ClaimRecord[] {
  let byRule = failing.get(report);
  if (!byRule) {
    byRule = new Map();
    for (const c of claimRecords(report)) {
      // A claim whose wrong figure another claim reports (one figure, one finding) is not reported again.
      if (c.verdict === 'ok' || c.verdict === 'unchecked' || !c.rule || c.sameFindingAs) continue;
      const list = byRule.get(c.rule);
      if (list) list.push(c);
      else byRule.set(c.rule, [c]);
    }
    failing.set(report, byRule);
  }
  return byRule.get(rule) ?? [];
}

export function diagnosticOf(c: ClaimRecord, text: string): Omit<Diagnostic, 'ruleId' | 'severity'> {
  const d: Omit<Diagnostic, 'ruleId' | 'severity'> = { message: c.message ?? c.arithmetic, span: c.span };
  if (c.sources?.length) d.related = c.sources.map((s) => ({ span: s.span, message: s.message }));
  if (c.replacement) {
    const old = text.slice(c.replacement.span.start, c.replacement.span.end);
    d.fix = { title: `Change '${old}' to '${c.replacement.newText}'`, edits: [{ span: c.replacement.span, newText: c.replacement.newText }] };
  }
  return d;
}

/**
 * Emits one diagnostic per claim that this rule reports. When several claims
 * judge the same written percentage (a 'P% of n' and its complement), the one
 * that knows most (most operands) speaks for them.
 */
export function emitClaims(ctx: RuleContext, emit: Emit, rule: NumbersRuleId): void {
  const mine = failingClaims(ctx.report, rule);
  const byFigure = new Map<string, ClaimRecord>();
  const rest: ClaimRecord[] = [];
  for (const c of mine) {
    const p = c.operands.find((o) => o.role === 'p');
    if (!p) {
      rest.push(c);
      continue;
    }
    const key = `${p.span.start}:${p.span.end}`;
    const seen = byFigure.get(key);
    if (!seen || c.operands.length > seen.operands.length) byFigure.set(key, c);
  }
  const chosen = [...rest, ...byFigure.values()].sort((a, b) => a.span.start - b.span.start);
  for (const c of chosen) emit(diagnosticOf(c, ctx.text));
}
