/**
 * Cells that carry their own figures: '36 of 44 (86%)', '36/44 (82%)',
 * '86% (36 of 44)', '5 of 6', and 'k (P%)' / 'P% (k)' cells whose whole is
 * elsewhere in the table. For a 'k (P%)' cell every plausible whole is tried:
 * the Total row of its column, the Total column of its row, the row's
 * base column (`DEN_HEADER`) and a base the column's header states
 * ('Cases (n = 40)'). A cell that fits one of them is consistent; a
 * cell that fits none is judged only when it has one possible whole and the
 * other cells read that way mostly fit (`reading.ts`).
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, judgeShare, type CountIn } from '../judge.js';
import { judge, type RoundingPolicy } from '../rounding.js';
import { DEN_HEADER, headerOf, isCountColumn, isTotalLabel, NOT_ADDITIVE, plainHeader, value, type Grid } from './grid.js';
import { settle } from './reading.js';

/** A row label that states a base: 'Number in sample', 'Sample size', 'Number of incidents', 'Base'. */
const BASE_ROW = /^(?:(?:total\s+)?(?:number|no\.?)\s+(?:in|of)\s+(?:the\s+)?(?:sample|[a-z-]+(?:\s+(?:sampled|inspected|assessed|examined|audited|reviewed|surveyed))?)|sample(?:\s+size)?|base|cases\s+in\s+(?:the\s+)?sample)$/i;

const looksLikeYears = (k: number, n: number) => (k >= 1900 && k <= 2100) || (n === (k + 1) % 100 && k >= 10);

export function readCellCounts(g: Grid, policy: RoundingPolicy): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const totalCol = headerIndex(g, (h) => isTotalLabel(h));
  const denCols: number[] = [];
  for (let c = 1; c < g.width; c++) if (isCountColumn(g, c) && DEN_HEADER.test(plainHeader(headerOf(g, c))) && !isTotalLabel(headerOf(g, c))) denCols.push(c);
  const denCol = denCols.length === 1 ? denCols[0] : undefined;
  // A first body row that states each column's base ('| Number in sample | 48 | 12 | 60 |', '| Respondents | 140 | … |'):
  // every cell of it a count, its label a base word.
  const first = (g.header ?? -1) + 1;
  const firstLabel = plainHeader(g.rows[first]?.[0]?.text ?? '');
  const baseRow = first + 1 < g.rows.length && first !== g.total && (DEN_HEADER.test(firstLabel) || BASE_ROW.test(firstLabel)) && g.rows[first]!.slice(1).every((_c, i) => value(g, first, i + 1).kind === 'count') ? first : undefined;
  for (let col = 1; col < g.width; col++) {
    const header = headerOf(g, col);
    if (NOT_ADDITIVE.test(header)) continue;
    const wholes: ClaimRecord[] = [];
    // A header that states its column's base: 'Cases (n = 40)', 'Respondents (n=212)'.
    const hn = g.header !== undefined ? /\bn\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b/i.exec(header) : null;
    const hCell = g.header !== undefined ? g.rows[g.header]![col] : undefined;
    const headerN: CountIn | undefined = hn && hCell ? { value: Number(hn[1]!.replace(/,/g, '')), raw: hn[1]!, span: { start: hCell.start + hn.index + hn[0].length - hn[1]!.length, end: hCell.start + hn.index + hn[0].length } } : undefined;
    for (let r = (g.header ?? -1) + 1; r < g.rows.length; r++) {
      const v = value(g, r, col);
      const c = g.rows[r]![col]!;
      const base = { kind: 'table-percent', span: { start: c.start, end: c.end } };
      if (v.kind === 'part-pct') out.push(judgeShare(base, v.p, v.k, v.n, policy));
      else if (v.kind === 'part') {
        if (looksLikeYears(v.k.value, v.n.value)) continue;
        // '24/7' and other slashes that are not 'k of n' are left alone.
        if (v.slash && v.k.value > v.n.value) continue;
        out.push(judgeCountOf({ kind: 'table-count-of', span: base.span }, v.k, v.n));
      } else if (v.kind === 'count-pct') {
        const candidates: { n: CountIn; where: string }[] = [];
        if (g.total !== undefined && r !== g.total) {
          const t = value(g, g.total, col);
          const n = t.kind === 'count' || t.kind === 'count-pct' ? t.k : undefined;
          if (n) candidates.push({ n, where: 'the total row' });
        }
        // (Under a row of each column's base, the Total column holds the sum of the row's counts, not their base.)
        if (totalCol !== undefined && totalCol !== col && baseRow === undefined) {
          const t = value(g, r, totalCol);
          const n = t.kind === 'count' || t.kind === 'count-pct' ? t.k : undefined;
          if (n) candidates.push({ n, where: 'the total column' });
        }
        if (denCol !== undefined && denCol !== col) {
          const t = value(g, r, denCol);
          if (t.kind === 'count') candidates.push({ n: t.k, where: `the ${headerOf(g, denCol)} column` });
        }
        if (headerN && r !== g.total) candidates.push({ n: headerN, where: 'the column header' });
        if (baseRow !== undefined && r > baseRow) {
          const t = value(g, baseRow, col);
          if (t.kind === 'count') candidates.push({ n: t.k, where: `the ${g.rows[baseRow]![0]!.text.trim()} row` });
        }
        if (r === g.total && candidates.length === 0) candidates.push({ n: v.k, where: 'itself' });
        const usable = candidates.filter((x) => x.n.value > 0);
        if (usable.length === 0) continue;
        const fits = usable.find((x) => x.n.value >= v.k.value && judge(v.k.value, x.n.value, v.p.scaled, v.p.decimals, policy).verdict !== 'inconsistent');
        const pick = fits ?? usable[0]!;
        const sources = pick.where === 'itself' ? undefined : [{ span: pick.n.span, message: pick.where }];
        const claim = judgeShare(base, v.p, v.k, { ...pick.n, inferred: pick.where !== 'itself' }, policy, sources);
        if (!fits && usable.length > 1) {
          out.push({ ...claim, verdict: 'unchecked', arithmetic: `${claim.arithmetic} (the whole may be ${usable.map((x) => x.where).join(' or ')}: not judged)`, rule: undefined, message: undefined, replacement: undefined });
          continue;
        }
        wholes.push(claim);
      }
    }
    out.push(...settle(wholes, 'named', 'the other cells of this column do not fit their total'));
  }
  return out.map(clean);
}

function clean(c: ClaimRecord): ClaimRecord {
  if (c.rule === undefined) delete c.rule;
  if (c.message === undefined) delete c.message;
  if (c.replacement === undefined) delete c.replacement;
  return c;
}

function headerIndex(g: Grid, test: (h: string) => boolean): number | undefined {
  for (let c = 1; c < g.width; c++) if (test(headerOf(g, c))) return c;
  return undefined;
}
