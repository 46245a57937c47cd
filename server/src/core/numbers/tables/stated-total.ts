/**
 * A table with no Total row whose total is stated in the sentence before it:
 * 'In 2005/06, 2,098,828 pupils attended the 5,996 schools that Ofsted
 * inspected.' over '| Judgement | Schools | Pupils on roll |'. A count in the
 * paragraph just before the table, followed by a noun that its column's
 * header names ('5,996 schools' and 'Schools', '2,098,828 pupils' and
 * 'Pupils on roll'), is that column's total.
 *
 * Each column is tied to one count of the paragraph, and each count to one
 * column, or nothing is read (two counts of schools may be two groups). A sum
 * that holds is consistent. One that does not is judged only when another
 * column's stated total holds: the rows are then all of the whole (every
 * pupil of the schools is in a row, so every school is), as a Total row is
 * judged in `column-sum.ts` when another sum of the table holds; alone, the
 * table may be a part of the group the paragraph counts, and it is listed as
 * unresolved.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { countOperand, judgeShare, ok, unresolve, type CountIn } from '../judge.js';
import type { RoundingPolicy } from '../rounding.js';
import { sentencesOf, tokensOf } from '../scan.js';
import { plainCount } from '../relations/common.js';
import { bodyRows, headerOf, headerStems, isCountColumn, isPctColumn, isTotalLabel, value, type Grid } from './grid.js';
import { settle } from './reading.js';

/** The paragraph just before a table: its text and where it starts in the report. */
export interface Lead {
  text: string;
  at: number;
  /** The table just before this one in the block, with nothing between (its raw text and where it starts). */
  table?: { raw: string; at: number };
}

const NESTED_LABEL = /^(?:of\s+(?:which|whom|these|those)|including|incl\b|within\s+(?:which|this)|among\s+(?:them|whom|these)|[-\u2013\u2014\u2022>]\s|\u00a0)/i;
const stem = (w: string) => w.toLowerCase().replace(/(?:ies)$/, 'y').replace(/(?:ed|es|s)$/, '');

/** The counts of the lead with the noun after them (or after one word more): '5,996 schools'. */
function leadCounts(lead: Lead): { k: CountIn; nouns: string[] }[] {
  const out: { k: CountIn; nouns: string[] }[] = [];
  for (const se of sentencesOf(lead.text)) {
    const st = lead.text.slice(se.start, se.end);
    for (const t of tokensOf(st)) {
      if (!plainCount(st, t) || t.hedge) continue;
      const m = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/i.exec(st.slice(t.end, t.end + 40));
      if (!m) continue;
      // 'more than 1,000 cases', 'about 600 pupils': not a total.
      if (/\b(?:more|fewer|less)\s+than\s+$|\b(?:over|under|about|around|almost|nearly|some|roughly|approximately|up\s+to|at\s+least)\s+$/i.test(st.slice(Math.max(0, t.start - 16), t.start))) continue;
      const start = lead.at + se.start + t.start;
      out.push({ k: { value: t.value, raw: t.raw, span: { start, end: start + t.raw.length }, ...(t.word ? { word: true } : {}) }, nouns: [m[1]!, m[2] ?? ''].filter(Boolean).map(stem) });
    }
  }
  return out;
}

/**
 * The count that the prose before the table states for column `col`: the one count of the lead whose noun is
 * the header's first word ('6,218 safeguarding concerns' over 'Concerns'), if there is exactly one.
 */
export function statedTotalOf(g: Grid, lead: Lead | undefined, col: number): CountIn | undefined {
  if (!lead) return undefined;
  const stems = headerStems(headerOf(g, col));
  if (!stems.length) return undefined;
  const found = leadCounts(lead).filter((x) => x.nouns[0] === stems[0] || x.nouns[1] === stems[0]);
  // One group named again with the same count ('Of the 198 children, … Some 58 of the 198 children') is one total.
  return found.length >= 1 && found.every((x) => x.k.value === found[0]!.k.value) ? found[0]!.k : undefined;
}

export function readStatedTotals(g: Grid, lead: Lead | undefined, policy?: RoundingPolicy): ClaimRecord[] {
  if (!lead || g.total !== undefined || g.header === undefined) return [];
  const body = bodyRows(g);
  if (body.length < 2) return [];
  if (body.some((r) => NESTED_LABEL.test(g.rows[r]![0]?.text ?? '') || isTotalLabel(g.rows[r]![0]?.text ?? ''))) return [];
  const counts = leadCounts(lead);
  if (!counts.length) return [];
  const pairs: { col: number; total: CountIn }[] = [];
  const usedBy = new Map<number, number>();
  for (let c = 1; c < g.width; c++) {
    if (!isCountColumn(g, c)) continue;
    const stems = headerStems(headerOf(g, c));
    if (!stems.length) continue;
    // The header's first word is its noun ('Pupils on roll'); the count's noun must be it.
    const found = counts.map((x, i) => ({ x, i })).filter(({ x }) => x.nouns[0] === stems[0] || x.nouns[1] === stems[0]);
    if (found.length !== 1) continue;
    const i = found[0]!.i;
    usedBy.set(i, (usedBy.get(i) ?? 0) + 1);
    pairs.push({ col: c, total: found[0]!.x.k });
  }
  const claims: ClaimRecord[] = [];
  const shares: ClaimRecord[] = [];
  for (const { col, total } of pairs) {
    if ((usedBy.get(counts.findIndex((x) => x.k === total)) ?? 0) !== 1) continue;
    const parts = body.map((r) => value(g, r, col));
    if (parts.some((v) => v.kind !== 'count')) continue;
    const ks = parts.map((v) => (v as Extract<typeof v, { kind: 'count' }>).k);
    const sum = ks.reduce((a, k) => a + k.value, 0);
    const operands: Operand[] = [countOperand(total, 'n'), ...ks.map((k) => countOperand(k, 'k'))];
    const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
    const expr = `${ks.map((k) => k.value).join(' + ')} = ${sum}`;
    const where = headerOf(g, col) || 'the column';
    if (sum === total.value) {
      claims.push(ok({ kind: 'table-sum', span }, operands, `${expr} = ${total.raw} ✓ (the total stated before the table)`));
      if (policy) shares.push(...sharesOfStated(g, col, total, policy));
      continue;
    }
    claims.push({
      kind: 'table-sum',
      span,
      operands,
      verdict: 'inconsistent',
      arithmetic: `${expr}, not ${total.raw} (the total of ${where} stated before the table)`,
      rule: RULE.tableShares,
      message: `The column ${where} does not add up to the total stated before the table: ${expr}, not ${total.raw}`,
    });
  }
  const holding = claims.filter((c) => c.verdict === 'ok').length;
  const bad = claims.length - holding;
  if (bad === 0 || (holding >= 1 && holding >= bad)) return [...claims, ...shares];
  return [...claims.map((c) => unresolve(c, 'no other column adds up to its stated total, so the table may be a part of the group')), ...shares];
}

/**
 * 'The 50 schools inspected … were judged as follows.' over '| Judgement | Schools | Per cent |': when the count
 * column adds up to the total stated before the table, the percentage column right after it (its only one, no
 * Total row) gives each row's share of that total. Judged as the column shares of a Total row are (`settle`).
 */
function sharesOfStated(g: Grid, col: number, total: CountIn, policy: RoundingPolicy): ClaimRecord[] {
  const pcts: number[] = [];
  for (let c = 1; c < g.width; c++) if (isPctColumn(g, c)) pcts.push(c);
  if (pcts.length !== 1 || pcts[0] !== col + 1 || total.value <= 0) return [];
  const pct = pcts[0]!;
  const out: ClaimRecord[] = [];
  for (const r of bodyRows(g)) {
    const pv = value(g, r, pct);
    const kv = value(g, r, col);
    if (pv.kind !== 'pct' || kv.kind !== 'count') continue;
    const span = { start: g.rows[r]![0]?.start ?? kv.k.span.start, end: pv.p.span.end };
    out.push(judgeShare({ kind: 'table-percent', span }, pv.p, kv.k, { ...total, inferred: true }, policy, [{ span: total.span, message: 'the total stated before the table' }]));
  }
  return settle(out, 'named', 'the percentages may not be shares of the stated total');
}
