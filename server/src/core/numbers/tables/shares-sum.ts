/**
 * Shares in a table that make up one whole and so must add up to 100 within
 * rounding (each share may be off by half of its last written place, a whole
 * one under truncation or ceiling):
 * - a percentage column whose Total row says 100% ('Improved | 57%', ...,
 *   'Total | 100%');
 * - rows of percentage columns that split each row's whole ('Agree |
 *   Disagree | Don't know'), when a Total column says 100% or at least two
 *   other rows add up (a row that fails alone is then an error);
 * - two consecutive rows that split a whole by their labels ('% White' and
 *   '% Minority ethnic', 'Male' and 'Female', 'X' and 'non-X', 'Yes' and
 *   'No'), when no third share row stands next to them;
 * - a percentage column with no Total row that splits one whole over its
 *   rows (`columnSplits`: confirmed when it adds up, judged when a catch-all
 *   row, the grades of one scale or another column shows the split).
 */
import type { ClaimRecord, Operand } from '../claim.js';
import { RULE } from '../claim.js';
import { judgeSharesTotal, pctOperand, unresolve, type PctIn } from '../judge.js';
import { formatScaled, type RoundingPolicy } from '../rounding.js';
import { bodyRows, COMPARATOR, headerOf, isPctColumn, pctAt, isTotalLabel, NOT_ADDITIVE, plainHeader, value, type Grid } from './grid.js';
import { settle } from './reading.js';
import type { GradeScale } from '../relations/grade-parts.js';
import { commonGradeScales } from '../../framework/builtin/grade-scales.js';

const UNKNOWN = /\b(?:don't know|do not know|not sure|unsure|no answer|not known|unknown|other|prefer not|not stated|not recorded|n a|neither)\b/;

const YEAR_HEADER = /^\s*(?:\d{4}(?:\s*[-/\u2013]\s*\d{2,4})?|(?:19|20)\d{2}\s*(?:to|and)\s*(?:19|20)?\d{2})\s*$/;

/** Shares that should make 100: ok within rounding, else inconsistent. */
export function sharesClaim(kind: string, parts: PctIn[], policy: RoundingPolicy, whole = '100%'): ClaimRecord {
  const operands: Operand[] = parts.map((p) => pctOperand(p));
  const d = Math.max(...parts.map((p) => p.decimals));
  const scaled = parts.map((p) => p.scaled * 10 ** (d - p.decimals));
  const sum = scaled.reduce((a, b) => a + b, 0);
  const slack2 = parts.reduce((a, p) => a + 10 ** (d - p.decimals), 0) * (policy.mode === 'nearest' ? 1 : 2);
  const off = Math.abs(2 * (sum - 100 * 10 ** d));
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const expr = `${parts.map((p) => formatScaled(p.scaled, p.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  if (off <= slack2) return { kind, span, operands, verdict: 'ok', arithmetic: `${expr} ≈ ${whole} ✓` };
  return {
    kind,
    span,
    operands,
    verdict: 'inconsistent',
    arithmetic: `${expr}, not ${whole} within rounding`,
    rule: RULE.tableShares,
    message: `These shares of one whole should add up to ${whole} within rounding, but ${expr}`,
  };
}

const pctIn = (g: Grid, r: number, c: number): PctIn | undefined => {
  const v = value(g, r, c);
  return v.kind === 'pct' ? v.p : v.kind === 'count-pct' || v.kind === 'part-pct' ? v.p : undefined;
};

export function readSharesSums(g: Grid, policy: RoundingPolicy, rowRead: Set<number>, explained: Set<number> = new Set(), scales: readonly GradeScale[] = []): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const body = bodyRows(g);
  // A column whose Total row says 100%.
  if (g.total !== undefined && body.length >= 2) {
    for (let c = 1; c < g.width; c++) {
      if (rowRead.has(c)) continue;
      const t = pctIn(g, g.total, c);
      if (!t || t.scaled !== 100 * 10 ** t.decimals) continue;
      const parts = body.map((r) => pctIn(g, r, c));
      if (parts.some((p) => !p)) continue;
      const claim = sharesClaim('table-shares', parts as PctIn[], policy);
      if (claim.rule && explained.has(c)) {
        // The wrong share is reported against its count: the sum is listed, not reported twice.
        delete claim.rule;
        delete claim.message;
        claim.arithmetic += ' (reported where a share does not match its count)';
      }
      out.push(claim);
    }
  }
  // Rows of percentage columns that split each row's whole.
  const cols: number[] = [];
  let totalCol: number | undefined;
  for (let c = 1; c < g.width; c++) {
    const h = headerOf(g, c);
    if (isTotalLabel(h)) totalCol = c;
    else if (isPctColumn(g, c) && !rowRead.has(c) && !YEAR_HEADER.test(h) && !NOT_ADDITIVE.test(h) && !COMPARATOR.test(h)) cols.push(c);
  }
  // Every figure column of the row must be one of the shares.
  const figureCols = Array.from({ length: g.width - 1 }, (_, i) => i + 1).filter((c) => c !== totalCol && body.some((r) => !['other', 'empty'].includes(value(g, r, c).kind)));
  if (cols.length >= 2 && figureCols.every((c) => cols.includes(c))) {
    const rows = g.total !== undefined ? [...body, g.total] : body;
    const claims: ClaimRecord[] = [];
    let stated = false;
    for (const r of rows) {
      const parts = cols.map((c) => pctIn(g, r, c));
      if (parts.some((p) => !p)) continue;
      const t = totalCol !== undefined ? pctIn(g, r, totalCol) : undefined;
      if (t && t.scaled === 100 * 10 ** t.decimals) stated = true;
      claims.push(sharesClaim('table-shares', parts as PctIn[], policy));
    }
    if (claims.length >= 1) out.push(...settle(claims, stated ? 'named' : 'guessed', 'the other rows do not add up to 100% either, so the columns may not split one whole'));
  }
  if (g.total === undefined) out.push(...columnSplits(g, policy, rowRead, scales));
  out.push(...complementaryRows(g, policy));
  return out;
}

/** A row that closes a list of answers: the whole label is a catch-all ('Other', 'Don't know', 'Other (please specify)'). */
export const CATCH_ALL = /^(?:other(?: [a-z'-]+){0,2}|others|any other(?: \w+)?|other \([^)]*\)|something else|don['\u2019]t know|do not know|not sure|unsure|no answer|no response|not known|unknown|prefer not to say|not stated|not recorded|neither(?: \w+){0,3})$/;

/** A label column that lists separate questions or measures, not the answers to one. */
export const QUESTION_LIST = /\b(?:questions?|indicators?|measures?|statements?|items?|standards?|aspects?|criteria|criterion)\b/;

/** A row label in plain words, its markup and a leading grade number ('6 Excellent') dropped. */
export const plainLabel = (t: string) => t.replace(/[*_]/g, ' ').replace(/^\s*\d{1,2}\s*[.:)\u2013-]?\s+/, '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Percentage columns with no Total row, each a split of one whole over the rows ('Where respondents lived |
 * %' over 'With parents | 44', …, 'Other | 8'; 'Response | Pupils (n=320) | Parents (n=145)'). The rows may
 * instead be separate questions (a survey table's '% yes' column), so a column that adds up to 100 within
 * rounding is confirmed, and one that does not is judged only when the rows are known to split one whole:
 * a catch-all row ('Other', 'Don't know') closes the list of answers; the rows are the grades of one scale
 * (the framework's or a published one), each named once; or another percentage column over the same rows adds up
 * (the last two not under a label column headed as a list of questions: 'Question', 'Indicator', 'Statement').
 * Else it is listed, unresolved.
 * A column with a suppressed or missing cell ('*', '<5', '-') makes no claim.
 */
function columnSplits(g: Grid, policy: RoundingPolicy, rowRead: Set<number>, scales: readonly GradeScale[]): ClaimRecord[] {
  const body = bodyRows(g);
  if (body.length < 3) return [];
  const claims: ClaimRecord[] = [];
  const labels = body.map((r) => plainLabel(g.rows[r]![0]?.text ?? ''));
  const graded = new Set(labels).size === labels.length && [...scales, ...commonGradeScales()].some((sc) => labels.every((l) => sc.some((x) => x.toLowerCase() === l)));
  for (let c = 1; c < g.width; c++) {
    const h = headerOf(g, c);
    // (A column headed by a year is a series of separate measures, unless its rows are the grades of one scale.)
    if (rowRead.has(c) || !isPctColumn(g, c) || (YEAR_HEADER.test(h) && !graded) || NOT_ADDITIVE.test(h) || COMPARATOR.test(h)) continue;
    // Bare numbers under a percentage header ('%' over '44') are shares too.
    const parts = body.map((r) => pctAt(g, r, c) ?? pctIn(g, r, c));
    if (parts.some((p) => !p)) continue;
    claims.push(sharesClaim('table-shares', parts as PctIn[], policy));
  }
  if (claims.length === 0) return [];
  const catchAll = labels.some((l) => CATCH_ALL.test(l));
  const degrees = degreeLabels(labels);
  const another = claims.some((x) => x.verdict === 'ok') && claims.length >= 2;
  // Rows headed as a list of questions ('Question', 'Indicator', 'Statement') are separate questions, whatever
  // their last row is called or another column adds up to.
  const questions = QUESTION_LIST.test(plainHeader(headerOf(g, 0)));
  if (graded || (!questions && (catchAll || another || degrees))) return claims;
  return claims.map((x) => unresolve(x, 'the rows may be separate questions, not the parts of one whole'));
}

/**
 * Row labels that are one outcome in all its degrees ('Upheld', 'Partly upheld', 'Not upheld'; 'Met', 'Partially
 * met', 'Not met'): the same last word, before it only a word of degree, the bare outcome and its denial among them.
 */
function degreeLabels(labels: readonly string[]): boolean {
  if (labels.length < 3 || new Set(labels).size !== labels.length) return false;
  const words = labels.map((l) => l.split(' '));
  const last = words[0]![words[0]!.length - 1]!;
  if (!/^[a-z]{3,}$/.test(last) || words.some((w) => w[w.length - 1] !== last || w.length > 2)) return false;
  const mods = words.map((w) => (w.length === 2 ? w[0]! : ''));
  if (mods.some((m) => m !== '' && !/^(?:partly|partially|substantially|fully|not|non)$/.test(m))) return false;
  return mods.includes('') && mods.includes('not') && mods.some((m) => /^(?:partly|partially|substantially)$/.test(m));
}

const SHARE_LABEL = /^%|\(%\)|%\s*\**$|\bper\s?cent\b|\bpercentage\b|\bproportion\b/i;

function category(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(%\)|%|\\\*|\*|\bpercentage\s+(?:of\s+)?|\bproportion\s+(?:of\s+)?|\bper\s?cent\b/g, ' ')
    .replace(/[^a-z -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pairs of categories that together make a whole. */
const DIMENSIONS: RegExp[][] = [
  [/^(?:male|males|men|boys)$/, /^(?:female|females|women|girls)$/],
  [/^white(?: british)?$/, /^(?:(?:black(?: asian)? and )?minority ethnic(?: groups?)?|bme|bame|ethnic minorit(?:y|ies)|non-? ?white)$/],
  [/^yes$/, /^no$/],
  [/^met$/, /^not met$/],
];

function complementary(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  for (const [x, y] of DIMENSIONS) if ((x!.test(a) && y!.test(b)) || (y!.test(a) && x!.test(b))) return true;
  const neg = (u: string, v: string) => v === `non-${u}` || v === `non ${u}` || v === `not ${u}` || v === `other than ${u}`;
  return neg(a, b) || neg(b, a);
}

/** Two consecutive share rows that split a whole by their labels. */
function complementaryRows(g: Grid, policy: RoundingPolicy): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const shareRows = g.rows.map((row, i) => {
    const label = row[0]?.text ?? '';
    const col = row.findIndex((c, j) => j > 0 && c.text !== '');
    if (col < 0) return undefined;
    const v = value(g, i, col);
    const p = v.kind === 'pct' ? v.p : undefined;
    const isShare = p !== undefined && (SHARE_LABEL.test(label) || /%/.test(row[col]!.text));
    return isShare ? { cat: category(label), p: p!, row } : undefined;
  });
  for (let i = 0; i + 1 < shareRows.length; i++) {
    const a = shareRows[i];
    const b = shareRows[i + 1];
    if (!a || !b || !complementary(a.cat, b.cat)) continue;
    const base = { kind: 'table-shares', span: { start: a.row[0]!.start, end: b.p.span.end } };
    const claim = judgeSharesTotal(base, [a.p, b.p], policy);
    // A third share row next to the pair ('Yes', 'No', 'Not sure') may be part of the same whole.
    const third = [shareRows[i - 1], shareRows[i + 2]].filter((x, j) => {
      if (!x) return false;
      const mate = j === 0 ? shareRows[i - 2] : shareRows[i + 3];
      return !(mate && (j === 0 ? complementary(mate.cat, x.cat) : complementary(x.cat, mate.cat)));
    });
    const completes = third.some((x) => UNKNOWN.test(x!.cat) || sharesClaim('table-shares', [a.p, b.p, x!.p], policy).verdict === 'ok');
    out.push(claim.verdict !== 'ok' && completes ? unresolve(claim, 'a third row may be part of the same whole') : claim);
    i++;
  }
  return out;
}
