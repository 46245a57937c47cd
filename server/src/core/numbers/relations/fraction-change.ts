/**
 * A change between two shares given as a fraction of the earlier one (issue 9, families 8 and 13):
 *
 *   'Only 12% said so, down from 40% at the last inspection, a fall of more than two-thirds.'
 *   'The rate rose from 20% to 30%, an increase of a half.'
 *   'Use fell from 30% to 21%, a drop of almost a third.'
 *
 * The two shares are 'B …, down / up from A' or 'from A to B'; the fraction closes the clause as 'a
 * fall / drop / rise / increase … of <fraction>' or '(fell / rose) by <fraction>'. A fraction of a
 * share is a relative change: (A − B) / A for a fall, (B − A) / A for a rise, with each share standing
 * for what it rounds. The fraction's own reach (its hedge, or an unhedged fraction's tolerance) must
 * meet that range. A change whose direction the words contradict is not read.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { fractionInterval, intersects, q, type Q, type RInterval } from '../interval.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const FALL = /\b(?:a|an)\s+(?:[a-z]+\s+)?(?:fall|drop|decrease|reduction|decline|cut)\s+of\s+$|\b(?:fell|fallen|dropped|decreased|declined|reduced|gone\s+down|went\s+down)\s+by\s+$/i;
const RISE = /\b(?:a|an)\s+(?:[a-z]+\s+)?(?:rise|increase|growth)\s+of\s+$|\b(?:rose|risen|increased|grew|grown|gone\s+up|went\s+up)\s+by\s+$/i;
const DOWN_FROM = /\b(?:down|up|fallen|risen|dropped|fell|rose|compared\s+with)\s+from\s+$|\bdown\s+from\s+$/i;

const OTHER_SUBJECT = /\b(?:while|whilst|whereas|but|although|though)\b|\band\s+(?:the|its|their|this|that|these|those)\s/i;

const mulQ = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const divQ = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const subQ = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const ONE = q(1);
const HUNDRED = q(100);

/** The true values a written share stands for (half a unit of its last place either side); a count is exact. */
function bounds(t: Tok): [Q, Q] {
  if (t.kind === 'num') return [q(t.value), q(t.value)];
  const S = 10 ** t.decimals;
  return [q(2 * t.value - 1, 2 * S), q(2 * t.value + 1, 2 * S)];
}

/**
 * Two figures a fraction can be a change between: two unhedged shares, or two exact counts ('fell from
 * 1,320 to 990, a fall of a quarter'), not years, amounts or labels.
 */
function alike(s: SentenceView, a: Tok, b: Tok): boolean {
  if (a.kind === 'pct' && b.kind === 'pct') return !a.hedge && !b.hedge;
  return a.kind === 'num' && b.kind === 'num' && a.decimals === 0 && b.decimals === 0 && a.value > 0 && plainCount(s.text, a) && plainCount(s.text, b);
}

export function readFractionChange(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const f = s.toks[i]!;
    if (f.kind !== 'frac' || !f.fraction) continue;
    const lead = s.text.slice(Math.max(0, (f.hedge ? f.hedge.start : f.start) - 40), f.hedge ? f.hedge.start : f.start);
    const fall = FALL.test(lead);
    if (!fall && !RISE.test(lead)) continue;
    // 'fell by a third, from 30% to 20%': the shares after the fraction.
    const u = s.toks[i + 1];
    const v = s.toks[i + 2];
    const after = u && v && alike(s, u, v) && /^,?\s+from\s+$/i.test(s.text.slice(f.end, u.start)) && /^\s+to\s+$/i.test(s.text.slice(u.end, v.start));
    // Before the fraction, the last two quantities: a duration or a year between them is not one ('from 240 to 365 over the two years').
    const back = after ? [] : s.toks.slice(Math.max(0, i - 4), i).filter((t) => !(t.kind === 'num' && t.notCount));
    const x = after ? u! : back[back.length - 2];
    const y = after ? v! : back[back.length - 1];
    if (!x || !y || !alike(s, x, y)) continue;
    // 'fell by a quarter, from 48 to 40' between counts is change.ts's reading.
    if (after && x.kind === 'num' && /\bby\s+$/i.test(lead)) continue;
    // No clause break between the shares and the fraction but a comma.
    if (!after && /[;:.]\s/.test(s.text.slice(y.end, f.start))) continue;
    // Nor a clause of another subject: 'from 160 to 320, while the population had risen by a quarter'.
    if (!after && OTHER_SUBJECT.test(s.text.slice(y.end, f.start))) continue;
    let from: Tok;
    let to: Tok;
    if (after) [from, to] = [x, y];
    else if (/\bfrom\s+$/i.test(s.text.slice(Math.max(0, x.start - 8), x.start)) && /^\s+to\s+$/i.test(s.text.slice(x.end, y.start))) [from, to] = [x, y];
    else if (DOWN_FROM.test(s.text.slice(Math.max(0, y.start - 24), y.start)) && !/[;:.]\s/.test(s.text.slice(x.end, y.start))) [from, to] = [y, x];
    else continue;
    const [a1, a2] = bounds(from);
    const [b1, b2] = bounds(to);
    if (a1.n <= 0) continue;
    // The relative change as a range, in percent.
    let lo: Q;
    let hi: Q;
    if (fall) {
      if (to.value * 10 ** from.decimals >= from.value * 10 ** to.decimals) continue;
      lo = mulQ(HUNDRED, subQ(ONE, divQ(b2, a1)));
      hi = mulQ(HUNDRED, subQ(ONE, divQ(b1, a2)));
    } else {
      if (to.value * 10 ** from.decimals <= from.value * 10 ** to.decimals) continue;
      lo = mulQ(HUNDRED, subQ(divQ(b1, a2), ONE));
      hi = mulQ(HUNDRED, subQ(divQ(b2, a1), ONE));
    }
    const change: RInterval = { lo, hi, loOpen: false, hiOpen: false };
    const fi = fractionInterval(f.fraction, f.hedge?.kind);
    const said = s.text.slice(f.hedge ? f.hedge.start : f.start, f.end).replace(/\s+/g, ' ');
    const ops: Operand[] = [
      { role: 'f', value: f.fraction.num / f.fraction.den, fraction: { ...f.fraction }, raw: said, span: at(s, f.hedge ? f.hedge.start : f.start, f.end), ...(f.hedge ? { hedge: f.hedge.raw } : {}) },
      from.kind === 'num'
        ? { role: 'n', value: from.value, raw: from.raw, span: at(s, from.start, from.end) }
        : { role: 'p', value: from.value, decimals: from.decimals, raw: from.raw, span: at(s, from.start, from.end) },
      from.kind === 'num'
        ? { role: 'k', value: to.value, raw: to.raw, span: at(s, to.start, to.end) }
        : { role: 'q', value: to.value, decimals: to.decimals, raw: to.raw, span: at(s, to.start, to.end) },
    ];
    const base = { kind: 'change', span: at(s, Math.min(x.start, y.start, f.hedge ? f.hedge.start : f.start), Math.max(y.end, f.end)) };
    const way = fall ? `(${from.raw} − ${to.raw}) / ${from.raw}` : `(${to.raw} − ${from.raw}) / ${from.raw}`;
    const ok = intersects(change, fi);
    const show = (v: Q) => (Math.round((10 * v.n) / v.d) / 10).toFixed(1);
    const span = (a: Q, b: Q) => (a.n * b.d === b.n * a.d ? `${show(a)}%` : `${show(a)}% to ${show(b)}%`);
    const c: ClaimRecord = {
      ...base,
      operands: ops,
      verdict: ok ? 'ok' : 'inconsistent',
      arithmetic: `${way} = ${span(lo, hi)}${ok ? `: ${said} ✓` : `, not ${said}`}`,
    };
    if (!ok) {
      c.rule = RULE.changeMismatch;
      c.message = `'${said}' does not fit the change from ${from.raw} to ${to.raw}: ${way} is ${span(lo, hi)}`;
    }
    out.push(c);
  }
  return out;
}
