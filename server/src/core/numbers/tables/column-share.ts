/**
 * A percentage column that gives each row's share of the column's Total:
 * 'Outcome | Number | %' with a Total row ('Completed | 45 | 75%', 'Total |
 * 60 | 100%'). The count column is the one the percentage header names, else
 * the one just before it, else the only count column. The reading is named
 * (judged) when the Total row says 100% in the percentage column or the
 * count column adds up to its Total; otherwise it is a guess (`reading.ts`).
 * Rows that another reader already read (a base column in the row) are left.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare, unresolve } from '../judge.js';
import type { RoundingPolicy } from '../rounding.js';
import { bodyRows, cell, headerOf, headerStems, isCountColumn, isPctColumn, pctAt, plainHeader, value, type Grid } from './grid.js';
import { judge } from '../rounding.js';
import { settle, type Strength } from './reading.js';

export function columnAdds(g: Grid, col: number): boolean {
  if (g.total === undefined) return false;
  const t = value(g, g.total, col);
  if (t.kind !== 'count') return false;
  let sum = 0;
  for (const r of bodyRows(g)) {
    const v = value(g, r, col);
    if (v.kind === 'count') sum += v.k.value;
    else if (v.kind !== 'empty') return false;
  }
  return sum === t.k.value;
}

export function readColumnShares(g: Grid, policy: RoundingPolicy, taken: Set<string>, explained: Set<number> = new Set()): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (g.total === undefined) return out;
  const total = g.total;
  const counts: number[] = [];
  for (let c = 1; c < g.width; c++) if (isCountColumn(g, c)) counts.push(c);
  if (counts.length === 0) return out;
  for (let pct = 1; pct < g.width; pct++) {
    if (!isPctColumn(g, pct)) continue;
    if (bodyRows(g).some((r) => taken.has(`${r}:${pct}`))) continue;
    const own = headerStems(plainHeader(headerOf(g, pct)));
    const named = counts.filter((c) => own.length > 0 && headerStems(headerOf(g, c)).join(' ') === own.join(' '));
    const k = named.length === 1 ? named[0]! : counts.includes(pct - 1) ? pct - 1 : counts.length === 1 ? counts[0]! : undefined;
    if (k === undefined) continue;
    const nv = value(g, total, k);
    if (nv.kind !== 'count' || nv.k.value <= 0) continue;
    // (Bare numbers under a percentage header, '%' over '65', are its percentages too.)
    const tp = pctAt(g, total, pct);
    const says100 = !!tp && tp.scaled === 100 * 10 ** tp.decimals;
    // A Total row with another percentage (a rate over all rows) is a row reading, not a column share.
    if (tp && !says100) continue;
    // A percentage header that names something of its own ('% reoffended') not named by the count column
    // may be a rate within each row: only a Total row of 100% makes it a share of the column.
    const ownThing = own.length > 0 && named.length !== 1;
    const strength: Strength = says100 || (columnAdds(g, k) && !ownThing) ? 'named' : 'guessed';
    const claims: ClaimRecord[] = [];
    for (const r of bodyRows(g)) {
      const pv = pctAt(g, r, pct);
      const kv = value(g, r, k);
      if (!pv || kv.kind !== 'count') continue;
      const span = { start: cell(g, r, 0)?.start ?? kv.k.span.start, end: pv.span.end };
      claims.push(judgeShare({ kind: 'table-percent', span }, pv, kv.k, { ...nv.k, inferred: true }, policy, [{ span: nv.k.span, message: 'the total row' }]));
      taken.add(`${r}:${pct}`);
    }
    // Every share fits the rows' own sum, which is not the Total: the shares are of the rows, and the Total
    // either holds cases in no row or is itself wrong (column-sum.ts says which it can). No row is to blame.
    const rows = bodyRows(g).map((r) => ({ p: pctAt(g, r, pct), k: value(g, r, k) }));
    const rowSum = rows.reduce((a, x) => a + (x.k.kind === 'count' ? x.k.k.value : 0), 0);
    const ofRows =
      rowSum > 0 && rowSum !== nv.k.value && rows.every((x) => !!x.p && x.k.kind === 'count' && judge(x.k.k.value, rowSum, x.p.scaled, x.p.decimals, policy).verdict === 'ok');
    if (ofRows) {
      const why = `every share is of the rows' own sum, ${rowSum}, not of the Total row`;
      // A share that fits the Total only by another rounding is no finding either.
      out.push(...claims.map((c) => (c.verdict === 'convention' ? unresolve({ ...c, verdict: 'inconsistent' }, why) : unresolve(c, why))));
      continue;
    }
    const settled = settle(claims, strength, 'the percentages may not be shares of the Total row');
    if (settled.some((c) => c.rule)) explained.add(pct);
    out.push(...settled);
  }
  return out;
}
