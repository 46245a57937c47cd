/**
 * A fraction of another figure of the sentence, not of a group (issue 9, family 8, the hedges):
 *
 *   '61% of its prisoners were on remand, whereas in 2018 that population had been less than half this
 *    figure, at 28%.'                                    (28 / 61 = 46%: less than half)
 *   'In 2018 it was 28%, less than half the 61% now.'    (the other figure after 'the')
 *
 * The fraction (hedged or not) names its base: 'this figure', 'that level', 'the rate' (the nearest
 * percentage before it) or 'the P1%' itself; its own figure is the percentage set after it (', at 28%',
 * '(28%)') or, for 'the P1%', the one just before it. The quotient of the two, each standing for half a
 * unit either side, must meet the fraction's interval (`fractionInterval`, interval.ts). Only
 * percentages of one clause are read, and no other figure may stand between.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { cmp, fractionInterval, q } from '../interval.js';
import type { Tok } from '../scan.js';
import { at, type SentenceView } from './index.js';

const THIS_FIGURE = /^\s+(?:of\s+)?(?:this|that|the\s+same|the|its|their)\s+(?:figure|level|rate|proportion|share|percentage)\b/i;
const THE_PCT = /^\s+(?:of\s+)?the\s+$/i;
/** Before the fraction's own figure: ', at 28%', ' (28%)', ' – 28%'. */
const OWN_FIGURE = /^\s*(?:,\s*(?:at|or|just|only)?\s*|\(\s*|[\u2013\u2014]\s*)$/i;

export function readFractionOfFigure(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  const out: ClaimRecord[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = toks[i]!;
    if (f.kind !== 'frac' || !f.fraction || f.fraction.num >= f.fraction.den) continue;
    let base: Tok | undefined;
    let own: Tok | undefined;
    let end = f.end;
    const named = THIS_FIGURE.exec(text.slice(f.end, f.end + 40));
    if (named) {
      // The base: the nearest percentage before the fraction; its own figure after the noun.
      let bi = i - 1;
      while (bi >= 0 && toks[bi]!.kind === 'num' && toks[bi]!.notCount) bi--;
      const b = toks[bi];
      const o = toks[i + 1];
      const from = f.end + named[0].length;
      if (!b || b.kind !== 'pct' || b.hedge || !o || o.kind !== 'pct' || o.hedge) continue;
      if (!OWN_FIGURE.test(text.slice(from, o.start)) || /[;:]/.test(text.slice(b.end, f.start))) continue;
      base = b;
      own = o;
      end = o.end;
    } else {
      const o = toks[i - 1];
      const b = toks[i + 1];
      if (!b || b.kind !== 'pct' || b.hedge || !THE_PCT.test(text.slice(f.end, b.start)) || !o || o.kind !== 'pct' || o.hedge) continue;
      if (!/^\s*,?\s*$/.test(text.slice(o.end, f.hedge ? f.hedge.start : f.start))) continue;
      base = b;
      own = o;
      end = b.end;
    }
    // own / base, each half a unit either side, against the fraction's interval (in percent of the base).
    // Token values are scaled by 10^decimals: the true figure is within (2v ± 1) / (2S).
    const So = 10 ** own.decimals;
    const Sb = 10 ** base.decimals;
    const lo = q(100 * (2 * own.value - 1) * Sb, (2 * base.value + 1) * So);
    const hi = q(100 * (2 * own.value + 1) * Sb, Math.max(1, 2 * base.value - 1) * So);
    const fi = fractionInterval(f.fraction, f.hedge?.kind);
    const meets = !(cmp(hi, fi.lo) < 0 || (cmp(hi, fi.lo) === 0 && fi.loOpen) || cmp(lo, fi.hi) > 0 || (cmp(lo, fi.hi) === 0 && fi.hiOpen));
    const said = `${f.hedge ? `${f.hedge.raw} ` : ''}${f.raw}`;
    const start = Math.min(f.hedge ? f.hedge.start : f.start, own.start, base.start);
    const ops: Operand[] = [
      { role: 'f', value: f.value, fraction: f.fraction, raw: said, span: at(s, f.hedge ? f.hedge.start : f.start, f.end), ...(f.hedge ? { hedge: f.hedge.raw } : {}) },
      { role: 'p', value: own.value, decimals: own.decimals, raw: own.raw, span: at(s, own.start, own.end) },
      { role: 'q', value: base.value, decimals: base.decimals, raw: base.raw, span: at(s, base.start, base.end) },
    ];
    const ratio = ((100 * own.value * Sb) / (base.value * So)).toFixed(1);
    const c: ClaimRecord = meets
      ? { kind: 'fraction', span: at(s, start, Math.max(end, f.end)), operands: ops, verdict: 'ok', arithmetic: `${own.raw} / ${base.raw} = ${ratio}%: ${said} ✓` }
      : {
          kind: 'fraction',
          span: at(s, start, Math.max(end, f.end)),
          operands: ops,
          verdict: 'inconsistent',
          arithmetic: `${own.raw} / ${base.raw} = ${ratio}%, not ${said}`,
          rule: RULE.fractionMismatch,
          message: `'${said}' of ${base.raw} does not fit ${own.raw} (${ratio}% of it)`,
        };
    out.push(c);
  }
  return out;
}
