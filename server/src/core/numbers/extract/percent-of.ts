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
  const paren = parenFigure(text, toks, end, at);
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
