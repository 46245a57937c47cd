/**
 * Fixes with choices. A check's `fix` is the preferred one (counts are the
 * data; what is derived from them follows them); this file computes the other
 * complete, exact choices a writer may take instead, offered as quick fixes
 * only (`Diagnostic.alternatives`, never applied in bulk):
 *
 * - a percentage that does not match its counts: change the count, or the
 *   total, to the nearest whole number for which the written percentage is
 *   right under the report's rounding policy (decided in integers by
 *   `numbers/rounding.ts`);
 * - a conclusion against its score: the score line is named in the message and
 *   in related information, so that a mistyped score is found as easily as a
 *   wrong conclusion.
 */
import type { Fix, RelatedInfo } from '../diagnostic.js';
import type { Criterion, Span } from '../model.js';
import { isClaimRecord, RULE, type ClaimRecord, type Operand } from '../numbers/claim.js';
import { resolvePolicy } from '../numbers/policy.js';
import { atPrecision, exactPercent, formatScaled, judge, roundByPolicy, type RoundingPolicy } from '../numbers/rounding.js';
import { numberToWords } from '../numbers/words.js';
import type { Emit, RuleContext } from './rule.js';

/** A count in the writer's style: words stay words (capitalised if they were), digits keep thousands separators. */
export function countInStyle(o: Pick<Operand, 'raw' | 'word'>, value: number): string | undefined {
  if (o.word) {
    const w = numberToWords(value);
    if (!w) return undefined;
    return /^[A-Z]/.test(o.raw.trim()) ? w[0]!.toUpperCase() + w.slice(1) : w;
  }
  return /\d,\d{3}/.test(o.raw) || value >= 10000 ? value.toLocaleString('en-GB') : String(value);
}

/** The span of the number itself inside an operand's raw text (a count's raw may carry nothing else, but be safe). */
function numberSpan(o: Operand): Span {
  const raw = o.raw;
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return { start: o.span.start + lead, end: o.span.end - trail };
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** Whether `k / n` is written as the percentage `p` under the policy. */
function fits(k: number, n: number, p: Operand, policy: RoundingPolicy): boolean {
  return n > 0 && k >= 0 && k <= n && judge(k, n, p.value, p.decimals ?? 0, policy).verdict === 'ok';
}

function arithmetic(k: number, n: number, p: Operand, policy: RoundingPolicy): string {
  const eff = atPrecision(p.value, p.decimals ?? 0, policy.decimals);
  return `${k} / ${n} = ${exactPercent(k, n, eff.decimals + 2)}% → ${formatScaled(roundByPolicy(k, n, eff.decimals, policy), eff.decimals)}%`;
}

/** The nearest whole count k' of n (k' ≠ k) for which the percentage is right; the smaller one on a tie. */
export function nearestFittingCount(k: number, n: number, p: Operand, policy: RoundingPolicy): number | undefined {
  for (let d = 1; d <= n; d++) {
    if (k - d >= 0 && fits(k - d, n, p, policy)) return k - d;
    if (k + d <= n && fits(k + d, n, p, policy)) return k + d;
    if (k - d < 0 && k + d > n) break;
  }
  return undefined;
}

/** The nearest whole total n' ≥ k (n' ≠ n) for which the percentage is right; the smaller one on a tie. */
export function nearestFittingTotal(k: number, n: number, p: Operand, policy: RoundingPolicy): number | undefined {
  const eff = atPrecision(p.value, p.decimals ?? 0, policy.decimals);
  const S = 10 ** eff.decimals;
  if (k <= 0 || eff.scaled <= 0) return undefined;
  // k/n'·100·S lies within one unit of the written V: n' in [100kS/(V+1), 100kS/(V−1)].
  const lo = Math.max(k, Math.floor((100 * k * S) / (eff.scaled + 1)));
  const hi = eff.scaled > 1 ? Math.ceil((100 * k * S) / (eff.scaled - 1)) : lo + 100 * k * S;
  if (hi - lo > 200000) return undefined;
  let best: number | undefined;
  for (let m = lo; m <= hi; m++) {
    if (m === n || !fits(k, m, p, policy)) continue;
    if (best === undefined || Math.abs(m - n) < Math.abs(best - n)) best = m;
  }
  return best;
}

/**
 * The other choices for a percentage that does not match its counts: change
 * the count, or change the total. A total that other claims of the report also
 * use is not offered, since changing it would break them.
 */
export function percentageChoices(claim: ClaimRecord, text: string, policy: RoundingPolicy, all: readonly ClaimRecord[]): Fix[] {
  const one = (role: Operand['role']) => {
    const list = claim.operands.filter((o) => o.role === role);
    return list.length === 1 ? list[0] : undefined;
  };
  const p = one('p');
  const k = one('k');
  const n = one('n');
  if (!p || !k || !n || p.hedge) return [];
  const out: Fix[] = [];
  const kSpan = numberSpan(k);
  const nSpan = numberSpan(n);
  const count = nearestFittingCount(k.value, n.value, p, policy);
  if (count !== undefined) {
    const newText = countInStyle(k, count);
    if (newText !== undefined) {
      out.push({
        title: `Change the count '${text.slice(kSpan.start, kSpan.end)}' to '${newText}' (${arithmetic(count, n.value, p, policy)})`,
        edits: [{ span: kSpan, newText }],
      });
    }
  }
  const sharedTotal = all.some((c) => c !== claim && c.operands.some((o) => o.role === 'n' && sameSpan(o.span, n.span)));
  const total = sharedTotal ? undefined : nearestFittingTotal(k.value, n.value, p, policy);
  if (total !== undefined) {
    const newText = countInStyle(n, total);
    if (newText !== undefined) {
      out.push({
        title: `Change the total '${text.slice(nSpan.start, nSpan.end)}' to '${newText}' (${arithmetic(k.value, total, p, policy)})`,
        edits: [{ span: nSpan, newText }],
      });
    }
  }
  return out;
}

/**
 * Wraps a numbers rule's `emit` so that each diagnostic of a claim whose
 * percentage does not match its counts also carries the other choices.
 */
export function withPercentageChoices(ctx: RuleContext, emit: Emit): Emit {
  const policy = resolvePolicy(ctx.framework, { frontMatter: ctx.report.frontMatter?.values });
  const claims = ctx.report.claims.filter(isClaimRecord);
  return (d) => {
    const claim = claims.find((c) => sameSpan(c.span, d.span) && c.rule === RULE.percentageMismatch);
    const choices = claim ? percentageChoices(claim, ctx.text, policy, claims) : [];
    emit(choices.length > 0 ? { ...d, alternatives: [...(d.alternatives ?? []), ...choices] } : d);
  };
}

/**
 * For a conclusion that does not match its score: where the score is, so that
 * the writer who mistyped the score (79% → 59%) is sent to the line they
 * edited, not only to the conclusion.
 */
export function scorePointer(ctx: RuleContext, c: Criterion): { message: string; related: RelatedInfo } {
  const score = c.score!;
  const line = ctx.lines.positionAt(score.valueSpan.start).line + 1;
  return {
    message: ` (if the score on line ${line} is the mistake, correct it there)`,
    related: { span: score.valueSpan, message: `${c.id} scores ${score.raw} here, on line ${line}: if this figure is mistyped, correcting it resolves the mismatch` },
  };
}
