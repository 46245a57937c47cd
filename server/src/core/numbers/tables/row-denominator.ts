/**
 * Tables whose rows carry their own base: 'Aspect | Relevant cases | Yes | %',
 * 'Cases | Met | Not met | % met', 'Training | Staff required | Completed |
 * Compliance'. Each row's percentage is recomputed from its count and its
 * base, with or without a Total row (a Total row is read like any row).
 *
 * Roles come from the headers: the base is the count column named by the
 * percentage header ('% of those assessed' → 'Assessed') or the one count
 * column whose header is a base word (`DEN_HEADER`); the count is the column
 * the percentage header names ('% met' → 'Met'), else the only other count
 * column. With two count columns and no such header, the larger column in
 * every row is taken as the base, a guess that is judged only when most rows
 * agree with it (`reading.ts`). Two columns of which one denies the other
 * ('Yes | No | % yes', 'Met | Not met | % met') are the base together (a
 * guess: the share may be of all who answered). A percentage column beside
 * one base column and no count ('Area | Sample | % met') is judged by whole
 * counts (GRIM), a guess too. A count column that is the sum of the other count columns in every row
 * ('Settled | % | Not settled | % | Releases') is their base, each percentage of the count to its left. Bare numbers under a percentage header ('% good'
 * over '75') are percentages. A comparator column ('Comparator %', 'National
 * average') is no row's share and is not read.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeGrim, judgeShare, type CountIn } from '../judge.js';
import type { RoundingPolicy } from '../rounding.js';
import { bodyRows, cell, COMPARATOR, CUMULATIVE, DEN_HEADER, headerOf, headerStems, isCountColumn, isPctColumn, pctAt, plainHeader, value, type Grid } from './grid.js';
import { settle, type Strength } from './reading.js';

export interface RowRoles {
  pct: number;
  k: number;
  /** The base column; with `rest`, the column of the rest of the base ('Yes | No | % yes': the base is Yes + No). */
  n: number;
  rest?: boolean;
  strength: Strength;
}

/** The header a negated header denies: 'No' → 'yes', 'Not met' → 'met', 'Non-compliant' → 'compliant', 'Unmet' → 'met'. */
function denied(plain: string): string | undefined {
  if (plain === 'no') return 'yes';
  const m = /^(?:not\s+|non-?|un)(\w+(?:\s+\w+){0,2})$/.exec(plain);
  return m?.[1];
}

const sameStems = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && a.every((w) => b.includes(w));
const within = (a: string[], b: string[]) => a.length > 0 && a.every((w) => b.includes(w));

/** The columns of a row reading for the percentage column `pct`, when the table has one. */
export function rowRoles(g: Grid, pct: number): RowRoles | undefined {
  const counts: number[] = [];
  for (let c = 1; c < g.width; c++) if (c !== pct && isCountColumn(g, c)) counts.push(c);
  if (counts.length < 2) return undefined;
  const ph = plainHeader(headerOf(g, pct));
  const of = /\bof\s+(.+)$/.exec(ph);
  const ofStems = of ? headerStems(of[1]!) : [];
  const ownStems = headerStems(of ? ph.slice(0, of.index) : ph);
  let n: number | undefined;
  let nNamed = false;
  if (counts.length === 2 && ownStems.length > 0) {
    // 'Yes | No | % yes', 'Met | Not met | % met': two columns, one the other's denial, and the share of the first
    // is of the two together ('No' here is the answer, not 'No.' the number: the other column is 'Yes').
    const [a, b] = counts as [number, number];
    for (const [yes, no] of [[a, b], [b, a]] as const) {
      const d = denied(plainHeader(headerOf(g, no)));
      // The share may instead be of all who answered ('Don't know' left out of the table): judged only when most rows fit.
      if (d && sameStems(ownStems, headerStems(headerOf(g, yes))) && sameStems(headerStems(d), headerStems(headerOf(g, yes)))) return { pct, k: yes, n: no, rest: true, strength: 'guessed' };
    }
  }
  if (ofStems.length) {
    const hit = counts.filter((c) => within(ofStems, headerStems(headerOf(g, c))) || within(headerStems(headerOf(g, c)), ofStems));
    if (hit.length === 1) [n, nNamed] = [hit[0]!, true];
  }
  if (n === undefined) {
    // ('Registered | Inspected | % inspected': the column the percentage header names is its part, not its base,
    // though 'Inspected' alone is a base word.)
    const den = counts.filter((c) => DEN_HEADER.test(plainHeader(headerOf(g, c))) && !(ownStems.length > 0 && !of && sameStems(ownStems, headerStems(headerOf(g, c)))));
    if (den.length === 1) [n, nNamed] = [den[0]!, true];
  }
  const rows = rowsWithFigures(g, counts);
  // 'Settled | % | Not settled | % | Releases': a count column that is the sum of all the others in every row is
  // their whole, whatever its header says.
  if (n === undefined && counts.length >= 3 && rows.length > 0) {
    const sums = counts.filter((c) => rows.every((r) => num(g, r, c)! > 0 && num(g, r, c) === counts.reduce((a, x) => (x === c ? a : a + num(g, r, x)!), 0)));
    if (sums.length === 1) [n, nNamed] = [sums[0]!, true];
  }
  if (n === undefined) {
    if (counts.length !== 2) return undefined;
    const [a, b] = counts as [number, number];
    const ge = (x: number, y: number) => rows.every((r) => num(g, r, x)! >= num(g, r, y)!);
    if (ge(a, b) && !ge(b, a)) n = a;
    else if (ge(b, a) && !ge(a, b)) n = b;
    else return undefined;
  }
  const others = counts.filter((c) => c !== n);
  let k: number | undefined;
  let kNamed = false;
  const exact = others.filter((c) => sameStems(ownStems, headerStems(headerOf(g, c))));
  if (exact.length === 1) [k, kNamed] = [exact[0]!, true];
  if (k === undefined && others.length === 1) [k, kNamed] = [others[0]!, true];
  // ('Settled | % | …': a bare '%' right after a count column is that column's share, when the base is named or
  // is the sum of the counts.)
  if (k === undefined && others.includes(pct - 1)) [k, kNamed] = [pct - 1, nNamed && ph === '' && !isPctColumn(g, pct - 2)];
  if (k === undefined) return undefined;
  // A base smaller than its count in some row is not the base.
  if (rows.some((r) => num(g, r, k!)! > num(g, r, n!)!) && !nNamed) return undefined;
  return { pct, k, n, strength: nNamed && kNamed ? 'named' : 'guessed' };
}

function num(g: Grid, r: number, c: number): number | undefined {
  const v = value(g, r, c);
  return v.kind === 'count' ? v.k.value : undefined;
}

function rowsWithFigures(g: Grid, cols: number[]): number[] {
  const rows = bodyRows(g);
  if (g.total !== undefined) rows.push(g.total);
  return rows.filter((r) => cols.every((c) => num(g, r, c) !== undefined));
}

export function readRowDenominators(g: Grid, policy: RoundingPolicy, taken: Set<string>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let pct = 1; pct < g.width; pct++) {
    // A comparator column ('Comparator %', 'National average') is a figure for elsewhere, not this row's share.
    // A running share ('Cumulative %') is of the whole so far, not of its own row.
    if (!isPctColumn(g, pct) || COMPARATOR.test(headerOf(g, pct)) || CUMULATIVE.test(headerOf(g, pct))) continue;
    const roles = rowRoles(g, pct);
    if (!roles) {
      out.push(...baseOnly(g, pct, policy, taken), ...partCells(g, pct, policy, taken), ...labelBase(g, pct, policy, taken));
      continue;
    }
    const claims: ClaimRecord[] = [];
    for (const r of rowsWithFigures(g, [roles.k, roles.n])) {
      const p = pctAt(g, r, pct);
      const kv = value(g, r, roles.k);
      const nv = value(g, r, roles.n);
      if (!p || kv.kind !== 'count' || nv.kind !== 'count') continue;
      const n: CountIn = roles.rest ? { value: kv.k.value + nv.k.value, raw: String(kv.k.value + nv.k.value), span: nv.k.span, inferred: true } : nv.k;
      if (n.value <= 0) continue;
      const label = cell(g, r, 0);
      const span = { start: label?.start ?? kv.k.span.start, end: p.span.end };
      const sources = roles.rest ? [{ span: nv.k.span, message: `${kv.k.raw} + ${nv.k.raw}, the ${headerOf(g, roles.k)} and ${headerOf(g, roles.n)} columns` }] : undefined;
      claims.push(judgeShare({ kind: 'table-percent', span }, p, kv.k, n, policy, sources));
      taken.add(`${r}:${pct}`);
    }
    out.push(...settle(claims, roles.strength, 'most rows do not fit this reading of the columns'));
  }
  return out;
}

/**
 * A percentage column beside one base column and no count of its own ('Area | Sample | % met'): each row's
 * share must be a whole number of its base (GRIM), with a base the header names (`DEN_HEADER`).
 */
function baseOnly(g: Grid, pct: number, policy: RoundingPolicy, taken: Set<string>): ClaimRecord[] {
  const counts: number[] = [];
  for (let c = 1; c < g.width; c++) if (c !== pct && isCountColumn(g, c)) counts.push(c);
  const h = plainHeader(headerOf(g, counts[0]!));
  // 'Number', 'Total' may head the counts the shares are of, a split of one whole ('Outcome | Number | %'): not a base per row.
  if (counts.length !== 1 || !DEN_HEADER.test(h) || /^(?:number|no|total|totals)$/.test(h) || g.total !== undefined) return [];
  // Shares that add up to about 100 are a split of one whole, not each of its own row's base.
  const rowsP = bodyRows(g).map((r) => pctAt(g, r, pct)).filter((p) => p !== undefined);
  const sum = rowsP.reduce((a, p) => a + p.scaled / 10 ** p.decimals, 0);
  if (rowsP.length >= 2 && Math.abs(sum - 100) <= 0.5 * rowsP.length + 1e-9) return [];
  // Other figures in the rows (a second share, a count of another kind) may be what the share is of.
  for (let c = 1; c < g.width; c++) if (c !== pct && c !== counts[0] && bodyRows(g).some((r) => value(g, r, c).kind !== 'empty' && value(g, r, c).kind !== 'other')) return [];
  // A header naming the share's own base ('% of 60', '% of all referrals') that is not the count column's: the
  // base is that, not each row's count.
  const of = /\bof\s+(.+)$/.exec(plainHeader(headerOf(g, pct)));
  if (of && !within(headerStems(of[1]!), headerStems(headerOf(g, counts[0]!)))) return [];
  const n = counts[0]!;
  const claims: ClaimRecord[] = [];
  for (const r of rowsWithFigures(g, [n])) {
    const p = pctAt(g, r, pct);
    const nv = value(g, r, n);
    if (!p || nv.kind !== 'count' || nv.k.value <= 0) continue;
    const span = { start: cell(g, r, 0)?.start ?? nv.k.span.start, end: p.span.end };
    claims.push(judgeGrim({ kind: 'table-percent', span }, p, nv.k, policy));
    taken.add(`${r}:${pct}`);
  }
  // The share may be of a part of the sample (the cases where it applied): judged only when most rows fit.
  return settle(claims, 'guessed', 'most rows do not fit this reading of the columns');
}

/** 'Area | Cases meeting the standard | %' over '36/44 | 81.8%': the share of the part written in the column before it. */
function partCells(g: Grid, pct: number, policy: RoundingPolicy, taken: Set<string>): ClaimRecord[] {
  const col = pct - 1;
  if (col < 1) return [];
  const claims: ClaimRecord[] = [];
  for (const r of bodyRows(g)) {
    if (taken.has(`${r}:${pct}`)) continue;
    const v = value(g, r, col);
    const p = pctAt(g, r, pct);
    if (v.kind !== 'part' || !p || v.n.value <= 0 || v.k.value > v.n.value) continue;
    const span = { start: cell(g, r, 0)?.start ?? v.k.span.start, end: p.span.end };
    claims.push(judgeShare({ kind: 'table-percent', span }, p, v.k, v.n, policy));
    taken.add(`${r}:${pct}`);
  }
  return settle(claims, 'named', 'most rows do not fit this reading of the columns');
}

/** A row label that states the row's base: 'Housing (n=44)', 'Health (n = 25)'. */
const LABEL_BASE = /\(\s*n\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)\s*$/i;

/** 'Area | Met | %' over 'Housing (n=44) | 36 | 82%': the base of each row in its label, the count in the one count column. */
function labelBase(g: Grid, pct: number, policy: RoundingPolicy, taken: Set<string>): ClaimRecord[] {
  const counts: number[] = [];
  for (let c = 1; c < g.width; c++) if (c !== pct && isCountColumn(g, c)) counts.push(c);
  if (counts.length !== 1) return [];
  const k = counts[0]!;
  const claims: ClaimRecord[] = [];
  for (const r of bodyRows(g)) {
    if (taken.has(`${r}:${pct}`)) continue;
    const label = cell(g, r, 0);
    const m = label ? LABEL_BASE.exec(label.text) : null;
    const kv = value(g, r, k);
    const p = pctAt(g, r, pct);
    if (!label || !m || kv.kind !== 'count' || !p) continue;
    const raw = m[1]!;
    const at = label.start + label.text.lastIndexOf(raw);
    const n: CountIn = { value: Number(raw.replace(/,/g, '')), raw, span: { start: at, end: at + raw.length } };
    if (n.value <= 0 || kv.k.value > n.value) continue;
    claims.push(judgeShare({ kind: 'table-percent', span: { start: label.start, end: p.span.end } }, p, kv.k, n, policy));
    taken.add(`${r}:${pct}`);
  }
  return settle(claims, 'named', 'most rows do not fit this reading of the columns');
}
