/**
 * Shares of a whole said to be made of them: 'The budget was split between staffing (70%), buildings (20%)
 * and equipment (15%)'; 'The workforce is made up of 60% women and 45% men'; 'The caseload comprised 55%
 * community orders, 30% licences and 10% suspended sentences'. The verb ('split between', 'made up of',
 * 'comprised', 'broken down as') says the parts are the whole and no part is in two, so the shares must
 * make 100% within the rounding of each: an excess is reported, and a shortfall too with three parts or
 * more (two may leave a small rest unnamed).
 *
 * Every item after the verb must give its share ('70% on staffing' or 'staffing (70%)'), with no other
 * figure there, no hedge and no loose word ('including', 'mainly', 'other', 'about').
 */
import { RULE, type ClaimRecord } from '../claim.js';
import { depthAt, sharesTotal, unnumberedItem } from './common.js';
import { MADE_OF } from './parts-sum.js';
import type { SentenceView } from './index.js';

/** The verb of making, built on first use (parts-sum.ts and this file import each other through index.ts). */
let verb: RegExp | undefined;
const VERB = () => (verb ??= new RegExp(String.raw`\b(?:${MADE_OF})\s+`, 'i'));
const LOOSE = /\b(?:including|included|such\s+as|among|mainly|mostly|largely|chiefly|other|others|about|around|approximately|roughly|nearly|almost|over|under|at\s+least|more\s+than|less\s+than|respectively|each|or\s+(?:more|better|above|worse|below))\b/i;

export function readMadeShares(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  if (!/%|per\s?cent|percent/i.test(text)) return [];
  const v = VERB().exec(text);
  if (!v) return [];
  const from = v.index + v[0].length;
  const after = s.toks.filter((t) => t.start >= from);
  if (after.length < 2 || after.some((t) => t.kind !== 'pct' || !!t.hedge || depthAt(text, t.start) > 1)) return [];
  // A share in a bracket stands alone in it ('staffing (70%)'), not beside words of its own ('(70% of spending)').
  if (after.some((t) => depthAt(text, t.start) === 1 && (!/\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || !/^\s*(?:%|per\s?cent|percent)?\s*\)/i.test(text.slice(t.end, t.end + 12))))) return [];
  // A share of a group named after it ('60% of the men') has a whole of its own.
  if (after.some((t) => /^\s*(?:%|per\s?cent|percent)?\s+of\b/i.test(text.slice(t.end, t.end + 16)))) return [];
  // No figure between the verb's subject and the verb that is a share (the whole is no share of another).
  if (s.toks.some((t) => t.start < v.index && t.kind === 'pct')) return [];
  const region = text.slice(from);
  if (LOOSE.test(region.replace(/\([^()]*\)/g, ' ')) || unnumberedItem(text, from, text.length, s.toks)) return [];
  const { off, slack2, operands, expr } = sharesTotal(after.map((tok) => ({ tok, offset: s.offset })), s.policy);
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  if (Math.abs(off) <= slack2) return [{ kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (the whole is made of them)`, verdict: 'ok', operands }];
  if (off < 0 && after.length < 3) return [{ kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (a small rest may be unnamed: not judged)`, verdict: 'unchecked', operands }];
  return [
    {
      kind: 'shares-sum',
      span,
      arithmetic: `${expr}, not 100% within rounding (the whole is said to be made of them)`,
      verdict: 'inconsistent',
      rule: RULE.partsSum,
      message: `The shares of a whole said to be made of them should add up to 100% within rounding, but ${expr}`,
      operands,
    },
  ];
}
