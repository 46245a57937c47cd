/**
 * A ratio written with 'in': 'one in five', 'two in every five', '1 in 4
 * (26%)', 'seven out of every ten' ('out of' alone is count-of.ts's). A ratio beside a precise figure is a rounding of it: 'nearly one
 * in five cases (18%)' is consistent (`judgeRatio`).
 */
import { judgeCountOf, judgeRatio, judgeShare } from '../judge.js';
import type { Reading } from './reading.js';
import { parenFigure } from './shared.js';
import { HEDGE_BEFORE } from '../words.js';
import type { Tok } from '../scan.js';
import type { PctIn } from '../judge.js';

/**
 * 'One in every 50 prisoners, or 2%, had …': the precise share after ', or' (a few words of the ratio's
 * noun between), closed by a comma, a full stop or the end: a figure set beside the ratio, as a bracket is.
 */
function orFigure(text: string, toks: Tok[], from: number, at: number): { tok: Tok; close: number; p: PctIn } | undefined {
  const m = /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*,\s*or\s+/.exec(text.slice(from, from + 60));
  if (!m) return undefined;
  const pos = from + m[0].length;
  const tok = toks.find((x) => x.start === pos);
  if (!tok || tok.kind !== 'pct' || tok.hedge || !/^\s*(?:[,.;)]|$)/.test(text.slice(tok.end, tok.end + 2))) return undefined;
  return { tok, close: tok.end, p: { scaled: tok.value, decimals: tok.decimals, raw: tok.raw, span: { start: at + tok.start, end: at + tok.end } } };
}

/**
 * Whether a written share is far from a small ratio it sits beside: the ratio one in ten or smaller, and the
 * share, at either end of its rounding, more than a quarter above or below the ratio's.
 */
function farFromSmallRatio(k: number, n: number, scaled: number, decimals: number): boolean {
  if (!(k > 0 && n >= 10 * k)) return false;
  const share = (100 * k) / n;
  const S = 10 ** decimals;
  const lo = (scaled - 0.5) / S;
  const hi = (scaled + 0.5) / S;
  return hi < share / 1.25 || lo > share * 1.25;
}

/** 'k in [every] n' [(P%)]. */
export function ratioIn(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, countIn, between, after, isCount, emit, pushBase } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  if (!(isCount(t1) && /^\s+(?:in\s+(?:every\s+)?|out\s+of\s+every\s+)$/i.test(between(t, t1)) && (t.word || t1.word || t1.value <= 100) && !/^\s*(?:[A-Za-z]+\s+)?(?:cases?|offenders?|people|staff)\b/i.test(after(t)))) return false;
  used.add(t).add(t1);
  const paren = parenFigure(text, toks, t1.end, at) ?? orFigure(text, toks, t1.end, at);
  // 'over one in 10 (16.3%)': a hedged ratio is the ratio readers' (relations/ratio.ts), with its hedge's reach.
  if (paren?.p && HEDGE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) {
    used.add(paren.tok);
  } else if (paren?.p) {
    used.add(paren.tok);
    // 'one in five cases (18%)': a ratio next to the precise figure is a rounding of it. A small ratio ('one in
    // every 50', 2%) rounds within a quarter of its share, not within the five points of a large one: 'one in
    // 50 (5%)' is the exact share's verdict.
    const base = claimBase(t.start, paren.close, 'ratio');
    const k = countIn(t);
    const n = countIn(t1);
    emit(farFromSmallRatio(k.value, n.value, paren.p.scaled, paren.p.decimals) ? judgeShare(base, paren.p, k, n, r.policy) : judgeRatio(base, paren.p, k, n, r.policy));
  } else {
    // A ratio alone ('Almost two in five prisoners …') is consistent with itself: listed, not counted as checked.
    // (A count or share beside it, or a pair it closes, is judged by the readers that find them.)
    const c = judgeCountOf(claimBase(t.start, t1.end, 'ratio'), countIn(t), countIn(t1));
    emit(c.verdict === 'ok' ? { ...c, verdict: 'unchecked', arithmetic: `${t.raw} in ${t1.raw}: a ratio with no count or share beside it to check` } : c);
  }
  pushBase({ end: at + t1.end, k: countIn(t), n: countIn(t1), ratio: true });
  return true;
}
