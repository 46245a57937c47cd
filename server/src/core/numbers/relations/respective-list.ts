/**
 * Categories named in a list, then their figures in the same order, closed by
 * 'respectively' (issue 9, family 13):
 *
 *   'The proportions of schools judged excellent, good and adequate were 18%, 64% and 21% respectively.'
 *   'Of the 96 people in the sample, the numbers assessed as low, medium and high risk were 30, 44 and 22 respectively.'
 *
 * The figures are a run of shares, or of plain counts, joined by commas and
 * 'and', right before 'respectively', after a verb of being ('were', 'stood
 * at'); the categories are as many items, joined so, after a verb of judging
 * ('judged', 'rated', 'graded', 'assessed as') in the same clause. A case gets
 * one judgement, so such categories cannot overlap: shares that pass 100%
 * beyond rounding, or counts that pass the whole framed by 'Of the N …,', are
 * reported. A shortfall may be a category left unnamed: never judged. With no
 * verb of judging ('the proportions of men and of women were …') the
 * categories may overlap: only a sum that fits is confirmed.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount, sharesTotal } from './common.js';
import { sumClaim } from './parts-sum.js';
import type { SentenceView } from './index.js';

/** Between two figures of the run. */
const JOIN = /^\s*(?:,\s*and|,|\band)\s*$/i;
/** After the run: 'respectively', bare or in brackets, closing the clause. */
const CLOSE = /^\s*\)?\s*,?\s*respectively\b/i;
/** Before the run: a verb of being or amounting. */
const VERB_BEFORE = /\b(?:were|was|are|is|stood\s+at|came\s+to|numbered|totalled|totaled)\s+(?:(?:about|around|some|only|just)\s+)?$/i;
/** A verb of judging that names the categories after it. */
const JUDGING = /\b(?:judged|rated|graded|assessed\s+as|evaluated\s+as|classed\s+as|classified\s+as|categorised\s+as|categorized\s+as|found\s+to\s+be|deemed)\s+(?:as\s+)?/gi;
/** Items of the category list. */
const ITEM_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i;
/** Words no category of a judgement holds: a figure, a comparison, a time. */
const NOT_CATEGORY = /\d|\b(?:than|compared|against|previous|last|year|years|national|average|target)\b/i;

export function readRespectiveList(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  const m = /\brespectively\b/i.exec(text);
  if (!m) return [];
  // The run of figures right before 'respectively'.
  let lastIdx = -1;
  for (let i = 0; i < toks.length && toks[i]!.end <= m.index; i++) lastIdx = i;
  if (lastIdx < 0 || !CLOSE.test(text.slice(toks[lastIdx]!.end, m.index + m[0].length))) return [];
  const kind = toks[lastIdx]!.kind;
  if (kind !== 'pct' && kind !== 'num') return [];
  const run: Tok[] = [toks[lastIdx]!];
  for (let i = lastIdx - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.kind !== kind || !JOIN.test(text.slice(t.end, run[0]!.start))) break;
    run.unshift(t);
  }
  if (run.length < 2 || run.some((t) => !!t.hedge || depthAt(text, t.start) > 0 || (kind === 'num' && !plainCount(text, t)))) return [];
  // The clause before the run: from the last clause break, with its verb of being last.
  const head = text.slice(0, run[0]!.start);
  if (!VERB_BEFORE.test(head)) return [];
  const clauseStart = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const clause = head.slice(clauseStart).replace(VERB_BEFORE, '');
  // The categories: after the last verb of judging, else after the clause's last 'of' phrase head.
  let from = -1;
  for (const j of clause.matchAll(JUDGING)) from = j.index! + j[0].length;
  const judged = from >= 0;
  const catText = judged ? clause.slice(from) : (/\b(?:of|for|in)\s+((?:[a-z'-]+\s*,\s*)+(?:[a-z'-]+\s+)*(?:and|or)\s+[a-z' -]+)$/i.exec(clause.trim())?.[1] ?? '');
  const items = catText.trim().split(ITEM_SPLIT).filter(Boolean);
  if (items.length !== run.length || items.some((x) => x.split(/\s+/).length > 4 || NOT_CATEGORY.test(x))) return [];
  // No other figure in the clause between the categories and the run.
  const catStart = clauseStart + (judged ? from : clause.lastIndexOf(catText));
  if (toks.some((t) => t.start >= catStart && t.start < run[0]!.start)) return [];
  if (kind === 'pct') {
    const { off, slack2, operands, expr } = sharesTotal(run.map((tok) => ({ tok, offset: s.offset })), s.policy);
    const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
    if (Math.abs(off) <= slack2) return [{ kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (given respectively)`, verdict: 'ok', operands }];
    if (!judged || off < 0) return [{ kind: 'shares-sum', span, arithmetic: `${expr}, not 100% (${judged ? 'a category may be left unnamed' : 'the categories may overlap'}: not judged)`, verdict: 'unchecked', operands }];
    return [{ kind: 'shares-sum', span, arithmetic: `${expr}, more than 100% (one judgement a case)`, verdict: 'inconsistent', rule: RULE.partsSum, message: `Shares of the categories of one judgement cannot add up to more than 100% beyond rounding, but ${expr}`, operands }];
  }
  // Counts: the whole framed by 'Of the N …,' opening the sentence, before the categories.
  const w = toks[0];
  if (!w || run.includes(w) || !plainCount(text, w) || !/^\s*(?:of|among|across)\s+(?:the\s+|these\s+|all\s+(?:the\s+)?|its\s+|their\s+)?$/i.test(text.slice(0, w.start))) return [];
  const comma = text.indexOf(',', w.end);
  if (comma < 0 || comma > catStart || toks.some((t) => t !== w && t.start < catStart && !run.includes(t))) return [];
  const sum = run.reduce((a, t) => a + t.value, 0);
  return [sumClaim(s, w, run, judged && sum > w.value)];
}
