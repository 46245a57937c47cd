/**
 * 'All but c': the rest of a total after c.
 *
 *   'all but two of the 18 cases'              18 − 2 = 16, nothing to judge unless c ≥ n
 *   'all but 3 of the 40 (93%)'                the share 37/40 is judged
 *   'all but one of the 12 (11)'               the rest is judged as a count
 *   'all but two of these'                     a total stated before
 *   'all but two (93%)'                        is there any total n with (n − 2)/n = 93%?
 */
import { countOperand, impossible, judgeComplementCount, judgeShare, ok, unchecked, type CountIn } from '../judge.js';
import type { Reading } from './reading.js';
import { BACKREF, bracketEnd, endsWithQualifier, OF_N, parenFigure } from './shared.js';

/** Between a count and the 'all but' phrase set beside it: '14 of them – ', '14 (', '14, '. */
const APPOSED_BEFORE = /^(?:\s+(?:of|out\s+of)\s+(?:them|these|those|whom))?\s*(?:[\u2013\u2014]|\s-|,|\()\s*$/i;

/** A count after 'all but'. */
export function allBut(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, countIn, between, after, isCount, emit, pushBase, popsBefore, lookOf, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  const pre = text.slice(Math.max(0, t.start - 80), t.start);
  // 'all but' ends with one of a few words and white space: a count after anything else skips the pattern.
  const allBut = endsWithQualifier(pre) ? /\ball\s+but\s+$/i.exec(pre) : null;
  if (!allBut) return false;
  used.add(t);
  const start = t.start - allBut[0].length;
  const c = countIn(t);
  if (isCount(t1) && OF_N.test(between(t, t1))) {
    used.add(t1);
    addPop(t1);
    const n = countIn(t1);
    const end = bracketEnd(text, t1);
    if (c.value >= n.value) {
      emit(impossible(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value}: nothing is left`, `'all but ${t.raw}' of ${n.value} leaves nothing`));
    } else {
      const k: CountIn = { value: n.value - c.value, raw: `${n.value - c.value}`, span: c.span, inferred: true };
      const paren = parenFigure(text, toks, end, at);
      if (paren?.p) {
        used.add(paren.tok);
        emit(judgeShare(claimBase(start, paren.close, 'all-but'), paren.p, k, n, r.policy));
      } else if (paren?.k) {
        used.add(paren.tok);
        emit(judgeComplementCount(claimBase(start, paren.close, 'all-but'), n, paren.k, undefined, c, r.policy));
      } else {
        // '14 of them – all but one of the 15 practitioners –': the count the phrase is set beside is its rest.
        const j = i - 1;
        const kb = j >= 0 ? toks[j] : undefined;
        const gap = kb ? text.slice(kb.end, start) : '';
        if (kb && isCount(kb) && APPOSED_BEFORE.test(gap) && (/\(\s*$/.test(gap) ? /^\s*\)/ : /^\s*(?:[\u2013\u2014,]|\s-\s)/).test(text.slice(end, end + 40).replace(/^(?:\s+[A-Za-z][\w'-]*){0,4}/, ''))) {
          emit(judgeComplementCount(claimBase(kb.start, end, 'all-but'), n, countIn(kb), undefined, c, r.policy));
        } else {
          emit(ok(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value} = ${n.value - c.value} ✓`));
        }
      }
      pushBase({ end: at + end, k, n });
    }
    return true;
  }
  // all but c of these (cases): the total stated before
  if (BACKREF.test(after(t))) {
    const end = t.end + BACKREF.exec(after(t))![0].length;
    const cands = popsBefore(at + t.start, 1, [t], lookOf(t.start, t.end));
    if (cands.length > 0) {
      const fit = cands.find((x) => x.tok.value > c.value) ?? cands[0]!;
      const n: CountIn = { ...countIn(fit.tok), span: fit.span, inferred: true };
      const sources = [{ span: fit.span, message: `'these' is taken to mean the ${fit.tok.raw} here` }];
      const rest: CountIn = { value: n.value - c.value, raw: `${n.value - c.value}`, span: c.span, inferred: true };
      // 'Inspectors checked 31 files; all but three of them (94%) held …': the bracket is the rest's share of the total
      // 'them' names; with more than one group it may name, the share is judged only when it fits.
      const paren = c.value < n.value ? parenFigure(text, toks, end, at) : undefined;
      const share = paren?.p ? judgeShare(claimBase(start, paren.close, 'all-but'), paren.p, rest, n, r.policy, sources) : undefined;
      if (c.value >= n.value) emit(impossible(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value}: nothing is left`, `'all but ${t.raw}' of ${n.value} leaves nothing`, { sources }));
      else if (share && paren && (cands.length === 1 || share.verdict === 'ok')) {
        used.add(paren.tok);
        emit(share);
      } else emit(ok(claimBase(start, end, 'all-but'), [countOperand(c, 'c'), countOperand(n, 'n')], `all but ${c.value} of ${n.value} = ${n.value - c.value} ✓`, { sources }));
      pushBase({ end: at + end, k: rest, n });
      return true;
    }
  }
  const paren = parenFigure(text, toks, t.end, at);
  if (paren?.p) {
    // 'all but two (93%)': is there a total n with (n − 2) / n = 93%?
    used.add(paren.tok);
    emit(judgeComplementCount(claimBase(start, paren.close, 'all-but'), undefined, undefined, paren.p, c, r.policy));
  } else {
    emit(unchecked(claimBase(start, t.end, 'all-but'), [countOperand(c, 'c')], `all but ${c.value}: no total stated`));
  }
  return true;
}
