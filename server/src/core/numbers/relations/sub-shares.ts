/**
 * A share broken down in brackets into the shares it is made of: '92% were
 * satisfied with the care they received (68% very satisfied and 21% fairly
 * satisfied)', '91% were satisfied (70% very and 21% fairly satisfied)'. The
 * shares in the bracket must add up to the share before it, within the
 * rounding of every figure (k shares each rounded: k halves of a unit).
 *
 * Read only when the bracket is written as the share's breakdown: it closes
 * the clause of the share, it holds two or more shares and nothing else that
 * is a number, its list ends with 'and', and its last part names the share's
 * own category word ('satisfied' … 'fairly satisfied') — so the parts are
 * kinds of the share's category, not other groups ('(30% in 2019 and 50% in
 * 2020)'). Anything else is not read.
 *
 * Also a share broken down by participle clauses ('9% were judged
 * inadequate, 5% being given a notice to improve and 4% being placed in
 * special measures'): confirmed when it fits, never reported.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { at, type SentenceView } from './index.js';
import { sharesAgainstWhole } from './parts-sum.js';
import { builtRegExp } from './common.js';

const BETWEEN_SUBS = /^\s*[a-z-]*(?:\s+[a-z-]+){0,3}\s*(?:,|,?\s+and)\s+$/i;

export function readSubShares(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const out: ClaimRecord[] = [];
  const toks = s.toks;
  for (let i = 0; i < toks.length; i++) {
    const whole = toks[i]!;
    if (whole.kind !== 'pct' || whole.hedge) continue;
    const o = text.slice(whole.end, whole.end + 81).indexOf('(');
    if (o < 0) continue;
    const open = whole.end + o;
    const lead = text.slice(whole.end, open);
    // The share's own clause up to the bracket: words, no other figure, no clause break.
    const next = toks[i + 1];
    if (/[;:.()]/.test(lead) || (next && next.start < open)) continue;
    const c = text.slice(open, open + 200).indexOf(')');
    if (c < 0) continue;
    const close = open + c;
    const inside: Tok[] = [];
    for (let j = i + 1; j < toks.length && toks[j]!.start < close; j++) inside.push(toks[j]!);
    if (inside.some((t) => t.end > close)) continue;
    if (inside.length < 2 || inside.some((t) => t.kind !== 'pct' || t.hedge)) continue;
    // The parts are a list: 'Q% very satisfied and R% fairly satisfied', the last after 'and'.
    const gaps = inside.slice(1).map((t, j) => text.slice(inside[j]!.end, t.start));
    if (!gaps.every((g) => BETWEEN_SUBS.test(g)) || !/\band\s+$/i.test(gaps[gaps.length - 1]!)) continue;
    if (!/^\s*\(\s*$/.test(text.slice(open, inside[0]!.start))) continue;
    const tail = text.slice(inside[inside.length - 1]!.end, close).trim().toLowerCase();
    const category = /([a-z-]+)$/.exec(tail)?.[1];
    if (!category || category.length < 4 || !builtRegExp(String.raw`(?<![\w-])${category}(?![\w-])`, 'i').test(lead)) continue;
    out.push(judge(s, whole, inside));
  }
  return out;
}

/** After a share of a breakdown: 'being given', 'having been placed'. */
const BEING = /^\s*(?:%|per\s?cent|percent)?\s*(?:of\s+(?:them|these|those)\s+)?(?:being|having\s+been)\s+[a-z]/i;

/**
 * A share broken down by participle clauses after it: '9% were judged
 * inadequate, 5% being given a notice to improve and 4% being placed in
 * special measures'. The later shares describe kinds of the first one's
 * cases ('being …'), so they add up to it when the kinds are all of them.
 * Whether they are is not said, and kinds may overlap: a sum that fits is
 * confirmed, any other is listed as unresolved, never reported.
 */
export function readParticipleBreakdown(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const out: ClaimRecord[] = [];
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  for (let i = 0; i + 2 < pcts.length; i++) {
    const whole = pcts[i]!;
    if (whole.hedge || BEING.test(text.slice(whole.end, whole.end + 40))) continue;
    // The whole's clause, then a comma (or 'with'), then the parts, each 'being …', the last after 'and'.
    const lead = text.slice(whole.end, pcts[i + 1]!.start);
    if (!/^[^;:.()\d]*?(?:,\s*(?:with\s+)?|\s+with\s+)$/i.test(lead)) continue;
    const parts: Tok[] = [];
    for (let j = i + 1; j < pcts.length; j++) {
      const t = pcts[j]!;
      if (t.hedge || !BEING.test(text.slice(t.end, t.end + 40))) break;
      if (parts.length && !/^[^;:.()\d]*?(?:,\s*(?:and\s+)?|\s+and\s+)$/i.test(text.slice(parts[parts.length - 1]!.end, t.start))) break;
      parts.push(t);
    }
    if (parts.length < 2 || !/\band\s+$/i.test(text.slice(parts[parts.length - 2]!.end, parts[parts.length - 1]!.start))) continue;
    // No other share or count after the list in its clause.
    const { fits, operands, expr } = sharesAgainstWhole(s, whole, parts);
    const span = at(s, whole.start, parts[parts.length - 1]!.end);
    out.push(
      fits
        ? { kind: 'shares-sum', span, arithmetic: `${expr} ≈ ${whole.raw} ✓ (its breakdown)`, verdict: 'ok', operands }
        : { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw} (the kinds may not be all of it, or may overlap: not judged)`, verdict: 'unchecked', operands },
    );
    i += parts.length;
  }
  return out;
}

function judge(s: SentenceView, whole: Tok, parts: Tok[]): ClaimRecord {
  const { fits, operands, expr } = sharesAgainstWhole(s, whole, parts);
  const span = at(s, whole.start, parts[parts.length - 1]!.end);
  if (fits) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ ${whole.raw} ✓`, verdict: 'ok', operands };
  return {
    kind: 'shares-sum',
    span,
    arithmetic: `${expr}, not ${whole.raw} within rounding`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `The shares in the bracket do not add up to the share they break down: ${expr}, not ${whole.raw}`,
    operands,
  };
}
