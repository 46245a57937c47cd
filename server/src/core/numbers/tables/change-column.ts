/**
 * A change column after two period columns: '| Output | 2022/23 | 2023/24 | Change |' over rows
 * '| Accounts audited | 224 | 228 | up 2% |', '| Briefings | 15 | 10 | down 33% |' (also '+2%', '-33%',
 * '2%'). Each row's stated change is judged as the relative change from the earlier period's count to the
 * later one's: within half a unit of its last written place it holds; a unit or more away it does not;
 * between, it is left unresolved (a rounding a writer may have used). A change said to go the other way
 * from the figures is listed, not judged. The reading stands as the headers name it (`reading.ts`).
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { PERIOD, value, type Grid } from './grid.js';
import { settle } from './reading.js';

/** A header of a relative change column: 'Change', '% change', 'Change (%)', 'Percentage change'. */
const CHANGE_HEADER = /^\s*(?:%\s*change|change\s*(?:\(%\)|%)?|percentage\s+change|(?:annual|year[-\s]on[-\s]year)\s+change(?:\s*\(%\))?)\s*$/i;
/** A change cell: 'up 2%', 'down 33%', '+2%', '-33%', '−33%', '2%'. */
const CHANGE_CELL = /^\s*(?:(up|down|\+|-|\u2212|\u2013)\s*)?(\d{1,4}(?:\.\d{1,2})?)\s*(?:%|per\s?cent)\s*$/i;

const plain = (t: string) => t.replace(/[*_]/g, '').trim();

export function readChangeColumns(g: Grid): ClaimRecord[] {
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
      const stated = Number(m[2]!);
      const unit = 10 ** -decimals;
      const actual = (Math.abs(now - old) / old) * 100;
      const dir = !m[1] ? 0 : /^(?:up|\+)$/i.test(m[1]) ? 1 : -1;
      const sign = Math.sign(now - old);
      const off = Math.abs(actual - stated);
      const text = cell.text.trim();
      const start = cell.start + cell.text.indexOf(text);
      const operands: Operand[] = [
        { role: 'n', value: old, raw: va.k.raw, span: va.k.span },
        { role: 'k', value: now, raw: vb.k.raw, span: vb.k.span },
        { role: 'p', value: Number(int! + frac), decimals, raw: text, span: { start, end: start + text.length } },
      ];
      const arithmetic = `(${vb.k.raw} − ${va.k.raw}) / ${va.k.raw} = ${sign < 0 ? '−' : ''}${actual.toFixed(Math.max(2, decimals + 1))}%`;
      const span = { start: g.rows[r]![0]?.start ?? va.k.span.start, end: start + text.length };
      const base = { kind: 'change', span, operands } as const;
      if (dir !== 0 && sign !== 0 && dir !== sign) {
        claims.push({ ...base, verdict: 'unchecked', arithmetic: `${arithmetic} vs ${text} (the change goes the other way: not judged)` });
      } else if (off <= unit / 2 + 1e-9) {
        claims.push({ ...base, verdict: 'ok', arithmetic: `${arithmetic} ≈ ${text} ✓` });
      } else if (off >= unit - 1e-9) {
        claims.push({ ...base, verdict: 'inconsistent', arithmetic: `${arithmetic} vs ${text}`, rule: RULE.changeMismatch, message: `The change does not match its figures: ${va.k.raw} → ${vb.k.raw} is ${actual.toFixed(Math.max(2, decimals + 1))}%, not ${text}` });
      } else {
        claims.push({ ...base, verdict: 'unchecked', arithmetic: `${arithmetic} vs ${text} (within a unit of its rounding: not judged)` });
      }
    }
    out.push(...settle(claims, 'named', 'the change column may not be of the two periods before it'));
  }
  return out;
}
