/**
 * A percentage and its total, with no count: whether any whole count of that
 * total rounds to the percentage (the GRIM test, `judgeGrim`).
 *
 *   'P% (n = N)', 'P% (base: N)'                percentTotalInBrackets
 *   'P% of the n', 'P% of [33]', 'P% of n (k)'  percentOfN (with a later '(k)', the share is judged)
 *
 * A hedged percentage ('about 40% of the 52') is listed, not judged.
 */
import { countOperand, judgeGrim, judgeShare, pctOperand, unchecked, written } from '../judge.js';
import { nounAfter, sameGroup } from '../scan.js';
import type { Reading } from './reading.js';
import { bracketEnd, OF_N, parenFigure } from './shared.js';

/** 'a 69% share of', 'a 35% proportion of': the word that names the percentage a share. */
const SHARE_WORD = /^\s+(?:share|proportion)(?=\s+of\s)/i;

/** 'P% (n = N)': the total in brackets. */
export function percentTotalInBrackets(r: Reading, i: number): boolean {
  const { at, toks, used, claimBase, pctIn, countIn, between, after, isCount, closeAfter, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  if (!(isCount(t1) && /^\s*\(\s*(?:n|base|total)\s*[=:]\s*$/i.test(between(t, t1)) && /^\s*\)/.test(after(t1)))) return false;
  const p = pctIn(t);
  used.add(t).add(t1);
  addPop(t1);
  const n = countIn(t1);
  const end = closeAfter(t1);
  if (p.hedge) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p), countOperand(n, 'n')], `${p.hedge.raw} ${written(p)} of ${n.value}: no count stated`));
  else emit(judgeGrim(claimBase(t.start, end, 'percent-of'), p, n, r.policy));
  pushBase({ end: at + end, p, n });
  return true;
}

/** 'P% of [the] n' (GRIM), also with an editor's [n], and with a later '(k)'. */
export function percentOfN(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, countIn, between, after, isCount, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  // 'a 35% share of the 60 placements (18)': the share named as such.
  if (!(isCount(t1) && OF_N.test(between(t, t1).replace(SHARE_WORD, '')) && !/^\s*(?:of|out)\b/i.test(after(t1)))) return false;
  const p = pctIn(t);
  const end = bracketEnd(text, t1);
  used.add(t).add(t1);
  addPop(t1);
  const n = countIn(t1);
  // '68 – that is 75% of the 96 –', '40, or 20% of the 200,': the count set before the share is its part.
  const k0 = toks[i - 1];
  if (k0 && isCount(k0) && !p.hedge && APPOSED_BEFORE.test(between(k0, t)) && k0.value <= t1.value) {
    const k = countIn(k0);
    emit(judgeShare(claimBase(k0.start, end, 'percent-of'), p, k, n, r.policy));
    pushBase({ end: at + end, p, k, n });
    return true;
  }
  const paren = parenFigure(text, toks, end, at) ?? closingCount(r, end);
  if (paren?.k) {
    used.add(paren.tok);
    emit(judgeShare(claimBase(t.start, paren.close, 'percent-of'), p, paren.k, n, r.policy));
    pushBase({ end: at + paren.close, p, k: paren.k, n });
    return true;
  }
  if (p.hedge) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p), countOperand(n, 'n')], `${p.hedge.raw} ${written(p)} of ${n.value}: no count stated`));
  else emit(judgeGrim(claimBase(t.start, end, 'percent-of'), p, n, r.policy));
  pushBase({ end: at + end, p, n });
  return true;
}

/** Between a count and the share of a named total set beside it: ', ', ' – that is ', ', or ' (no words: the count names no other noun). */
const APPOSED_BEFORE = /^\s*(?:,|[\u2013\u2014]|\s-)\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+|which\s+(?:is|was)\s+|representing\s+|equivalent\s+to\s+)?$/i;

/** Before a count restating 'P% of the n …' at the clause's end: ', or', ', a total of', ', that is', a dash. */
const COUNT_OPEN = /^(?:\s+[A-Za-z][\w'-]*){0,6}?\s*(?:,\s*(?:or|a\s+total\s+of|that\s+is,?|i\.e\.,?)\s+|\s[\u2013\u2014]\s*|\s-\s+)$/i;
/** After it: 'in all', 'in total', its noun, then the clause ends. */
const COUNT_CLOSE = /^(?:\s+(?:in\s+all|in\s+total|altogether|[A-Za-z][\w'-]*))?\s*(?:[.;]|$)/i;

/**
 * 'in 75% of the 32 cases, or 24.', '… – 24 in all.', ', a total of 24.': the count that closes the clause
 * restates the share of n (the next figure after n, nothing but the opener between).
 */
function closingCount(r: Reading, end: number): ReturnType<typeof parenFigure> {
  const { text, toks, at, isCount } = r;
  const i = toks.findIndex((x) => x.start >= end);
  const t = toks[i];
  if (!t || !isCount(t) || !COUNT_OPEN.test(text.slice(end, t.start)) || !COUNT_CLOSE.test(text.slice(t.end, t.end + 40))) return undefined;
  // '…, or 3 wards': a count of another noun is no restatement.
  const own = /^\s+(?!in\b|altogether\b)([A-Za-z][\w'-]*)/i.exec(text.slice(t.end, t.end + 40))?.[1];
  const n = toks[i - 1];
  if (own && n && !sameGroup(own.toLowerCase(), nounAfter(text, n.end))) return undefined;
  return { tok: t, close: t.end, k: { value: t.value, raw: t.raw, span: { start: at + t.start, end: at + t.end }, ...(t.word ? { word: true } : {}) } };
}
