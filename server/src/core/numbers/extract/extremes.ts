/**
 * Words that fix a count exactly ('extreme' claims):
 *
 *   'both of the 2 reports', 'neither of the 3'    'both', 'either', 'neither' mean two
 *   'none of the 14 cases'                          a share of 0
 *   'all 12', 'in all of the 9 cases', 'all 8 of the 9'   'all' of n is n
 */
import { countOperand, impossible, ok } from '../judge.js';
import type { Reading } from './reading.js';
import { bracketEnd, endsWithQualifier, OF_N } from './shared.js';

/** A count after 'both / either / neither of the', 'none of the' or '(in) all (of the)'. */
export function extremeCount(r: Reading, i: number): boolean {
  const { text, at, toks, used, span, claimBase, countIn, between, isCount, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  const pre = text.slice(Math.max(0, t.start - 80), t.start);
  // Each pattern ends with one of a few words and white space; a count after anything else
  // skips the three patterns, which would each scan all of `pre`.
  if (!endsWithQualifier(pre)) return false;
  // both / either / neither of the n
  const pair = /\b(both|either|neither)\s+of\s+(?:the|these|those)\s+$/i.exec(pre);
  if (pair) {
    used.add(t);
    addPop(t);
    const start = t.start - pair[0].length;
    const n = countIn(t);
    if (n.value !== 2) emit(impossible(claimBase(start, t.end, 'extreme'), [countOperand(n, 'n')], `'${pair[1]!.toLowerCase()}' means two, not ${n.value}`, `'${pair[1]!.toLowerCase()} of the ${t.raw}' only makes sense for two`));
    else emit(ok(claimBase(start, t.end, 'extreme'), [countOperand(n, 'n')], `${pair[1]!.toLowerCase()} of 2 ✓`));
    return true;
  }
  // none of the n
  const none = /\bnone\s+of\s+(?:the|these|those)\s+$/i.exec(pre);
  if (none) {
    used.add(t);
    addPop(t);
    emit(ok(claimBase(t.start - none[0].length, t.end, 'extreme'), [countOperand(countIn(t), 'n')], `none of ${t.value} = 0 ✓`));
    pushBase({ end: at + t.end, k: { value: 0, raw: '0', span: span(t), inferred: true }, n: countIn(t) });
    return true;
  }
  // all n [of the m]
  const all = /\b(?:in\s+)?all\s+(?:of\s+the\s+)?$/i.exec(pre);
  if (all && !/\ball\s+but\s+$/i.test(pre)) {
    used.add(t);
    addPop(t);
    const start = t.start - all[0].length + (all[0].toLowerCase().startsWith('in') ? 3 : 0);
    if (isCount(t1) && OF_N.test(between(t, t1))) {
      used.add(t1);
      addPop(t1);
      const end = bracketEnd(text, t1);
      if (t.value !== t1.value) emit(impossible(claimBase(start, end, 'extreme'), [countOperand(countIn(t), 'k'), countOperand(countIn(t1), 'n')], `all ${t.value} of ${t1.value}: 'all' means ${t1.value}`, `'all ${t.raw} of the ${t1.raw}': all of ${t1.value} is ${t1.value}`));
      else emit(ok(claimBase(start, end, 'extreme'), [countOperand(countIn(t), 'k'), countOperand(countIn(t1), 'n')], `all ${t.value} of ${t1.value} ✓`));
      return true;
    }
    emit(ok(claimBase(start, t.end, 'extreme'), [countOperand(countIn(t), 'n')], `all ${t.value} ✓`));
    pushBase({ end: at + t.end, k: countIn(t), n: countIn(t) });
    return true;
  }
  return false;
}
