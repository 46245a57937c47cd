/**
 * A change column after two period columns: '| Output | 2022/23 | 2023/24 | Change |' over rows
 * '| Accounts audited | 224 | 228 | up 2% |', '| Briefings | 15 | 10 | down 33% |' (also '+2%', '-33%',
 * '2%'). Each row's stated change is judged as the relative change from the earlier period's count to the
 * later one's, |later − earlier| / earlier, by `rounding.ts` under the report's rounding policy: a change that
 * only another convention gives (truncation, ceiling) is left unresolved, not reported. A change said to go
 * the other way from the figures is listed, not judged. The reading stands as the headers name it (`reading.ts`).
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { exactPercent, judge, type RoundingPolicy } from '../rounding.js';
import { PERIOD, value, type Grid } from './grid.js';
import { settle } from './reading.js';

/** A header of a relative change column: 'Change', '% change', 'Change (%)', 'Percentage change'. */
const CHANGE_HEADER = /^\s*(?:%\s*change|change\s*(?:\(%\)|%)?|percentage\s+change|(?:annual|year[-\s]on[-\s]year)\s+change(?:\s*\(%\))?)\s*$/i;
/** A change cell: 'up 2%', 'down 33%', '+2%', '-33%', '−33%', '2%'. */
const CHANGE_CELL = /^\s*(?:(up|down|\+|-|\u2212|\u2013)\s*)?(\d{1,4}(?:\.\d{1,2})?)\s*(?:%|per\s?cent)\s*$/i;

const plain = (t: string) => t.replace(/[*_]/g, '').trim();

export function readChangeColumns(g: Grid, policy: RoundingPolicy): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const head = g.rows[0];
  if (!head || g.rows.length < 3) return out;
  for (let c = 3; c < g.width; c++) {
    if (!CHANGE_HEADER.test(plain(head[c]?.text ?? ''))) continue;
    // The two columns just before it are periods, the earlier first ('2022/23 | 2023/24').
    const a = plain(head[c - 2]?.text ?? '');
    const b = plain(head[c - 1]?.text ?? '');
    if (!PERIOD.test(a) || !PERIOD.test(b) || !(Number(/\d{4}/.exec(a)![0]) < Number(/\d{4}/.exec(b)![0]))) continue;
    const claims: ClaimRecord[] = [];
    for (let r = 1; r < g.rows.length; r++) {
      const cell = g.rows[r]![c];
      const m = cell ? CHANGE_CELL.exec(cell.text) : null;
      const va = value(g, r, c - 2);
      const vb = value(g, r, c - 1);
      if (!cell || !m || va.kind !== 'count' || vb.kind !== 'count' || va.k.value <= 0) continue;
      const old = va.k.value;
      const now = vb.k.value;
      const [int, frac = ''] = m[2]!.split('.');
      const decimals = frac.length;
      const scaled = Number(int! + frac);
      const dir = !m[1] ? 0 : /^(?:up|\+)$/i.test(m[1]) ? 1 : -1;
      const sign = Math.sign(now - old);
      const text = cell.text.trim();
      const start = cell.start + cell.text.indexOf(text);
      const operands: Operand[] = [
        { role: 'n', value: old, raw: va.k.raw, span: va.k.span },
        { role: 'k', value: now, raw: vb.k.raw, span: vb.k.span },
        { role: 'p', value: scaled, decimals, raw: text, span: { start, end: start + text.length } },
      ];
      const exact = `${sign < 0 ? '−' : ''}${exactPercent(Math.abs(now - old), old, Math.max(2, decimals + 1))}%`;
      const arithmetic = `(${vb.k.raw} − ${va.k.raw}) / ${va.k.raw} = ${exact}`;
      const span = { start: g.rows[r]![0]?.start ?? va.k.span.start, end: start + text.length };
      const base = { kind: 'change', span, operands } as const;
      const verdict = judge(Math.abs(now - old), old, scaled, decimals, policy).verdict;
      if (dir !== 0 && sign !== 0 && dir !== sign) {
        claims.push({ ...base, verdict: 'unchecked', arithmetic: `${arithmetic} vs ${text} (the change goes the other way: not judged)` });
      } else if (verdict === 'ok') {
        claims.push({ ...base, verdict: 'ok', arithmetic: `${arithmetic} ≈ ${text} ✓` });
      } else if (verdict === 'inconsistent') {
        claims.push({ ...base, verdict: 'inconsistent', arithmetic: `${arithmetic} vs ${text}`, rule: RULE.changeMismatch, message: `The change does not match its figures: ${va.k.raw} → ${vb.k.raw} is ${exact}, not ${text}` });
      } else {
        claims.push({ ...base, verdict: 'unchecked', arithmetic: `${arithmetic} vs ${text} (only another rounding convention gives it: not judged)` });
      }
    }
    out.push(...settle(claims, 'named', 'the change column may not be of the two periods before it'));
  }
  return out;
}
