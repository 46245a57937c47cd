/**
 * Totals in tables: a Total row must be the sum of its column (of pair cells,
 * '36 of 44 (82%)', the parts and the wholes each), and a Total
 * column the sum of the count columns before it in its row ('Year | Primary
 * | Secondary | Special | Total'). A table whose rows may overlap or nest
 * ('of which', 'including', indented sub-rows) is not summed. A sum that
 * does not hold is judged only when another sum of the same table holds (the
 * table is additive); alone it is listed as unresolved. The preferred fix
 * writes the sum in the Total cell: the parts are the data.
 */
import { commonGradeScales } from '../../framework/builtin/grade-scales.js';
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { countOperand, ok, unresolve, type CountIn } from '../judge.js';
import { bodyRows, DEN_HEADER, PERIOD, gridOf, headerOf, headerStems, isCountColumn, isPctColumn, isTotalLabel, plainHeader, value, type Grid, type Value } from './grid.js';
import { settle, supported } from './reading.js';
import type { GradeScale } from '../relations/grade-parts.js';
import { statedTotalOf, type Lead } from './stated-total.js';
import { CATCH_ALL, plainLabel, QUESTION_LIST } from './shares-sum.js';

const NESTED_LABEL = /^(?:of\s+(?:which|whom|these|those)|including|incl\b|within\s+(?:which|this)|among\s+(?:them|whom|these)|[-\u2013\u2014\u2022>]\s|\u00a0)/i;

const countIn = (v: Value): CountIn | undefined => (v.kind === 'count' || v.kind === 'count-pct' ? v.k : undefined);

function sumClaim(total: CountIn, parts: CountIn[], where: string): ClaimRecord {
  const operands: Operand[] = [countOperand(total, 'n'), ...parts.map((p) => countOperand(p, 'k'))];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const expr = `${parts.map((p) => p.value).join(' + ')} = ${sum}`;
  const base = { kind: 'table-sum', span };
  if (sum === total.value) return ok(base, operands, `${expr} = ${total.raw} ✓`);
  const newText = total.raw.includes(',') || sum >= 10000 ? sum.toLocaleString('en-GB') : String(sum);
  return {
    ...base,
    operands,
    verdict: 'inconsistent',
    arithmetic: `${expr}, not ${total.raw}`,
    rule: RULE.tableShares,
    message: `The total ${where} is not the sum of its parts: ${expr}, not ${total.raw}`,
    replacement: { span: total.span, newText },
  };
}

/**
 * Whether the body rows are known to split the Total row's whole, so that a
 * Total that is not their sum is an error even when no other sum holds:
 * - the rows are distinct periods ('2014/15', '2015/16', …), which cannot overlap;
 * - a share column of the same rows adds up to 100% within rounding and its
 *   Total row says 100%: the rows are all of the whole, each case in one row
 *   (unless the shares are of the rows' own sum and fit the stated Total
 *   too: the Total may then hold cases in no row; shares of the sum that do
 *   not fit the stated Total make the Total the error).
 */
function additiveRows(g: Grid, body: readonly number[], col: number): boolean {
  if (g.total === undefined) return false;
  const labels = body.map((r) => g.rows[r]![0]?.text ?? '');
  if (labels.every((l) => PERIOD.test(l)) && new Set(labels.map((l) => l.replace(/\s+/g, ''))).size === labels.length) return true;
  for (let c = 1; c < g.width; c++) {
    const tv = value(g, g.total, c);
    if (tv.kind !== 'pct' || tv.p.scaled !== 100 * 10 ** tv.p.decimals) continue;
    const vals = body.map((r) => value(g, r, c));
    if (!vals.every((v) => v.kind === 'pct')) continue;
    const ps = vals.map((v) => (v as Extract<typeof v, { kind: 'pct' }>).p);
    const d = Math.max(...ps.map((p) => p.decimals));
    const sum = ps.reduce((a, p) => a + p.scaled * 10 ** (d - p.decimals), 0);
    // Each share off by at most a whole unit of its last place (any rounding convention).
    const slack = ps.reduce((a, p) => a + 10 ** (d - p.decimals), 0);
    if (Math.abs(sum - 100 * 10 ** d) > slack) continue;
    // Another reading: the shares are of the rows' own sum, and the Total holds cases in no row (not graded,
    // not known). When every share fits the rows' sum, and every share fits the stated Total as well, that
    // reading is consistent: not judged. When every share fits the sum but some share does not fit the
    // stated Total, the Total row's 100% and its count disagree with the shares written above it: the shares
    // say the whole is the sum, so the stated Total is the error (judged).
    const counts = body.map((r) => countIn(value(g, r, col)));
    const partsSum = counts.reduce((a, k) => a + (k?.value ?? 0), 0);
    const fits = (whole: number) => whole > 0 && counts.every((k, i) => k !== undefined && Math.abs((k.value / whole) * 100 - ps[i]!.scaled / 10 ** ps[i]!.decimals) <= 0.5 / 10 ** ps[i]!.decimals + 1e-9);
    const total = countIn(value(g, g.total, col));
    if (!fits(partsSum) || (total !== undefined && !fits(total.value))) return true;
  }
  return false;
}

export function readColumnSums(g: Grid, scales: readonly GradeScale[] = [], lead?: Lead): ClaimRecord[] {
  const body = bodyRows(g);
  if (body.length < 2) return [];
  if (body.some((r) => NESTED_LABEL.test(g.rows[r]![0]?.text ?? '') || isTotalLabel(g.rows[r]![0]?.text ?? ''))) return [];
  const claims: ClaimRecord[] = [];
  const rowSums: { claim: ClaimRecord; col: number }[] = [];
  // A Total row: each count column adds up to it.
  if (g.total !== undefined) {
    for (let c = 1; c < g.width; c++) {
      // Cells of pairs ('36 of 44 (82%)', '36/44'): the Total's pair is the sum of the parts and of the wholes.
      const pairs = [...body, g.total].map((r) => value(g, r, c)).filter((v): v is Extract<Value, { kind: 'part' | 'part-pct' }> => v.kind === 'part' || v.kind === 'part-pct');
      if (pairs.length === body.length + 1) {
        const t = pairs[pairs.length - 1]!;
        const rows = pairs.slice(0, -1);
        const where = `of ${headerOf(g, c) || 'the column'}`;
        for (const claim of [sumClaim(t.k, rows.map((v) => v.k), `${where} (the parts)`), sumClaim(t.n, rows.map((v) => v.n), `${where} (the wholes)`)]) {
          claims.push(claim);
          rowSums.push({ claim, col: c });
        }
        continue;
      }
      if (!isCountColumn(g, c) && !body.every((r) => value(g, r, c).kind === 'count-pct')) continue;
      const total = countIn(value(g, g.total, c));
      if (!total) continue;
      const parts = body.map((r) => countIn(value(g, r, c)));
      if (parts.some((p) => !p)) {
        // Cells left blank, '-' or 'n/a' (not given): a Total that is the sum of the given cells is confirmed,
        // one that is not says nothing (the missing cells may hold the rest).
        const given = parts.filter((p): p is CountIn => !!p);
        const blanks = body.filter((r) => value(g, r, c).kind === 'empty').length;
        if (given.length >= 2 && given.length + blanks === parts.length) {
          const claim = sumClaim(total, given, `of ${headerOf(g, c) || 'the column'}`);
          if (claim.verdict === 'ok') claims.push({ ...claim, arithmetic: `${claim.arithmetic} (cells not given left out)` });
        }
        continue;
      }
      const claim = sumClaim(total, parts as CountIn[], `of ${headerOf(g, c) || 'the column'}`);
      claims.push(claim);
      rowSums.push({ claim, col: c });
    }
  }
  // A Total column: the count columns before it add up to it, row by row.
  let tc: number | undefined;
  for (let c = 2; c < g.width; c++) if (isTotalLabel(headerOf(g, c))) tc = c;
  if (tc !== undefined) {
    const partCols: number[] = [];
    for (let c = 1; c < tc; c++) {
      // (A share column right after its count column is the count's share, no part: 'Settled | % settled | …'.)
      if (isPctColumn(g, c) && partCols.length > 0 && partCols[partCols.length - 1] === c - 1) continue;
      const counts = isCountColumn(g, c) || body.every((r) => value(g, r, c).kind === 'count-pct');
      if (counts && !DEN_HEADER.test(plainHeader(headerOf(g, c)))) partCols.push(c);
      else if (value(g, body[0]!, c).kind !== 'other' && value(g, body[0]!, c).kind !== 'empty') {
        // A figure column that is not a part (a base, a percentage) between the label and the Total: not a row sum.
        partCols.length = 0;
        break;
      }
    }
    if (partCols.length >= 2) {
      const rows = g.total !== undefined ? [...body, g.total] : body;
      for (const r of rows) {
        const total = countIn(value(g, r, tc));
        const parts = partCols.map((c) => countIn(value(g, r, c)));
        if (!total || parts.some((p) => !p)) continue;
        claims.push(sumClaim(total, parts as CountIn[], `of ${g.rows[r]![0]?.text || 'the row'}`));
      }
    }
  }
  // No column is named Total: the last column may be one, named for what it counts ('Compliant | Substantially
  // compliant | Not compliant | Centres'). That reading is guessed from the figures, so it stands only when its rows
  // mostly add up (`settle`, 'guessed'); when they do not, the column is something else and nothing is said.
  if (tc === undefined) claims.push(...guessedTotalColumn(g, body));
  // One sum that holds shows the table adds up; a sum alone that fails may be a table of overlapping counts.
  const holding = claims.filter((c) => c.verdict === 'ok').length;
  if (holding >= 1) return claims;
  // A Total row whose rows are known to split its whole is judged alone; every other sum is settled.
  // (Or rows whose sum is the total the prose before the table states for the column: '6,218 safeguarding
  // concerns' over rows that make 6,218, so the Total row's 6,281 is the wrong figure.)
  const alone = new Set(rowSums.filter((x) => additiveRows(g, body, x.col) || gradeRows(g, body, scales, x.claim) || degreeRows(g, body, x.claim) || rowsMakeStated(g, body, x.col, lead) || closedByCatchAll(g, body, x.col, lead)).map((x) => x.claim));
  // (Rows of one value each are judged alone only when the Total row is not the sum of some of them in every column.)
  if (!alone.size && rowSums.some((x) => oneValueEach(g, body, x.claim)) && !rowSums.some((x) => someRowsMake(x.claim))) for (const x of rowSums) if (oneValueEach(g, body, x.claim)) alone.add(x.claim);
  const rest = settle(claims.filter((c) => !alone.has(c)), 'guessed', 'no other total of this table adds up, so its rows may overlap');
  const out = [...claims.filter((c) => alone.has(c)), ...rest];
  // A Total row that is the sum of the same rows in every column is a total of those rows.
  const subset = alone.size ? undefined : totalOfSomeRows(g, body, rowSums.map((x) => x.col));
  if (!subset) return out;
  // The sums over every row give way (settling may copy a claim, so they are found by their Total cell).
  const replaced = new Set(rowSums.map((x) => x.claim.operands[0]!.span.start));
  return [...out.filter((c) => !(c.operands[0]?.role === 'n' && replaced.has(c.operands[0].span.start))), ...subset];
}

/** Rows in a table this long or shorter are searched for a subset the Total row is the sum of (2^n sums per column). */
const MAX_SUBSET_ROWS = 12;

/**
 * The Total row as the sum of some of the rows only: 'Total | 21,975 | 6,469'
 * under seven rows where five of them add up to both (the total of the
 * state-funded schools, not the independent ones). A reading, not a proof,
 * so it is taken only when it is certain to be meant: two count columns or
 * more, one set of rows (of two or more, leaving one or more out) that adds
 * up to the Total in every column, and no other set that does. The claims
 * are then consistent, over the rows the Total is of; otherwise nothing.
 */
function totalOfSomeRows(g: Grid, body: readonly number[], cols: readonly number[]): ClaimRecord[] | undefined {
  if (cols.length < 2 || body.length < 3 || body.length > MAX_SUBSET_ROWS || g.total === undefined) return undefined;
  const parts = cols.map((c) => body.map((r) => countIn(value(g, r, c))!));
  const totals = cols.map((c) => countIn(value(g, g.total!, c))!);
  let found: number | undefined;
  const full = (1 << body.length) - 1;
  for (let mask = 1; mask < full; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let fits = true;
    for (let j = 0; j < cols.length && fits; j++) {
      let sum = 0;
      for (let i = 0; i < body.length; i++) if (mask & (1 << i)) sum += parts[j]![i]!.value;
      fits = sum === totals[j]!.value;
    }
    if (!fits) continue;
    if (found !== undefined) return undefined;
    found = mask;
  }
  if (found === undefined) return undefined;
  const mask = found;
  const label = (r: number) => g.rows[r]![0]?.text || `row ${r + 1}`;
  const left = body.filter((_, i) => !(mask & (1 << i))).map(label);
  return cols.map((c, j) => {
    const kept = parts[j]!.filter((_, i) => mask & (1 << i));
    const claim = sumClaim(totals[j]!, kept, `of ${headerOf(g, c) || 'the column'}`);
    return { ...claim, arithmetic: `${claim.arithmetic} (the Total leaves out ${left.join(', ')}, in every column)` };
  });
}

/**
 * The last column as the Total of the count columns before it, when no header says Total: every other figure
 * column is a count column, none is a period ('2021'), and the rows mostly add up to it (at least two, and
 * twice as many as do not). Otherwise no claim: the last column is then another count. A row whose parts
 * exceed it is reported; a row short of it is listed (a category may have no column).
 */
function guessedTotalColumn(g: Grid, body: readonly number[]): ClaimRecord[] {
  const last = g.width - 1;
  if (last < 3 || body.length < 2 || !isCountColumn(g, last) || PERIOD.test(headerOf(g, last))) return [];
  const partCols: number[] = [];
  for (let c = 1; c < last; c++) {
    // ('Settled | % settled | Not settled | % not settled | All releases': a share column right after its count is no part.)
    if (isPctColumn(g, c) && partCols.length > 0 && partCols[partCols.length - 1] === c - 1) continue;
    if (!isCountColumn(g, c) || DEN_HEADER.test(plainHeader(headerOf(g, c))) || PERIOD.test(headerOf(g, c))) return [];
    partCols.push(c);
  }
  if (partCols.length < 2) return [];
  const out: ClaimRecord[] = [];
  for (const r of body) {
    const total = countIn(value(g, r, last));
    const parts = partCols.map((c) => countIn(value(g, r, c)));
    if (!total || parts.some((p) => !p)) return [];
    out.push(sumClaim(total, parts as CountIn[], `of ${g.rows[r]![0]?.text || 'the row'}`));
  }
  if (!supported(out, 'guessed')) return [];
  // A row short of the last column may have cases in a category with no column ('Not assessed'): only an excess is judged.
  return out.map((c) => {
    const [total, ...parts] = c.operands;
    return parts.reduce((a, o) => a + o.value, 0) < total!.value ? unresolve(c, 'a category may have no column of its own') : c;
  });
}

/** A Total row of the graded cases only: 'All rated services', 'Total rated', 'Services with a rating'. */
const RATED_TOTAL = /\b(?:rated|graded|judged|with\s+an?\s+(?:rating|grade|judgement))\b/i;

/** A row that is neither a grade nor the total: cases with no grade ('Not rated', 'Not yet rated (new service)'). */
const UNRATED_LABEL = /^(?:not\s+(?:yet\s+)?(?:rated|graded|inspected)|unrated|ungraded|no\s+(?:rating|grade))\b/i;

/**
 * Whether the body rows are the grades of one rating scale (framework data), each named once, with at most one
 * row of cases with no grade: a case has one grade, so the rows cannot overlap and parts above the Total are an
 * error. A Total above the parts is an error only when every grade of the scale is a row and so are the cases
 * with no grade (else a missing row may hold the rest).
 */
/** A row label that is one degree of meeting a standard: 'Compliant', 'Substantially compliant', 'Not compliant', 'Non-compliant'. */
// (Or a past participle of the standard: 'Achieved | Partially achieved | Not achieved', 'Met | Partly met | Not met'.)
const DEGREE_LABEL = /^(?:(not|fully|substantially|partly|partially|largely|mostly|wholly)\s+|(non|in|un)-?)?([a-z]{4,}(?:ant|ent|ive|ful|able|ible|ory|ate)|[a-z]{4,}ed|met)$/;

/**
 * Whether the rows are the degrees of one standard, each once, with its denial ('Compliant', 'Substantially
 * compliant', 'Not compliant'): a thing judged gets one degree, so the rows cannot pass their Total. They
 * are every degree, and a shortfall is judged too, only with the bare (or 'fully') degree, a middle one and the denial.
 */
function degreeRows(g: Grid, body: readonly number[], claim: ClaimRecord): boolean {
  const labels = body.map((r) => (g.rows[r]![0]?.text ?? '').replace(/[*_]/g, '').trim().toLowerCase().replace(/\s+/g, ' '));
  const ms = labels.map((l) => DEGREE_LABEL.exec(l));
  if (ms.length < 2 || ms.some((m) => !m) || new Set(ms.map((m) => m![3])).size !== 1) return false;
  const degrees = ms.map((m) => (m![2] ? 'not' : (m![1] ?? '')));
  if (new Set(degrees).size !== degrees.length || !degrees.includes('not')) return false;
  const [total, ...parts] = claim.operands;
  if (parts.reduce((a, o) => a + o.value, 0) > total!.value) return true;
  return degrees.length >= 3 && degrees.some((d) => d === '' || d === 'fully' || d === 'wholly') && degrees.some((d) => /^(?:substantially|partly|partially|largely|mostly)$/.test(d));
}

function gradeRows(g: Grid, body: readonly number[], scales: readonly GradeScale[], claim: ClaimRecord): boolean {
  const labels = body.map((r) => (g.rows[r]![0]?.text ?? '').replace(/[*_]/g, '').trim().toLowerCase().replace(/\s+/g, ' '));
  const unrated = labels.filter((l) => UNRATED_LABEL.test(l));
  if (unrated.length > 1) return false;
  const graded = labels.filter((l) => !UNRATED_LABEL.test(l));
  if (graded.length < 2 || new Set(graded).size !== graded.length) return false;
  const [total, ...parts] = claim.operands;
  const sum = parts.reduce((a, o) => a + o.value, 0);
  // (The framework's scales, then the published ones: 'Outstanding | Good | Adequate | Inadequate' rows are one scale's.)
  for (const scale of [...scales, ...commonGradeScales()]) {
    const grades = scale.map((x) => x.toLowerCase().replace(/\s+/g, ' '));
    if (!graded.every((l) => grades.includes(l))) continue;
    if (sum > total!.value) return true;
    // Every grade is a row, and the cases with no grade are a row too or are left out of the Total by its own
    // label ('All rated services', 'Total graded'): a missing row cannot hold the rest.
    const totalLabel = g.total !== undefined ? (g.rows[g.total]![0]?.text ?? '') : '';
    return graded.length === grades.length && (unrated.length === 1 || (unrated.length === 0 && RATED_TOTAL.test(totalLabel)));
  }
  return false;
}

/**
 * A label column headed by a classification each thing counted has one value of: a place ('Hospital', 'Region',
 * 'Local authority', 'Prison'), a sector, a phase or setting, a mode ('Mode of birth'), a type of provider or
 * school. Each case is then in one row, so rows that pass the Total row make it wrong; a shortfall is not judged
 * (a place or a kind may be left out of the rows). Not a classification of which one thing may have several
 * ('Need identified', 'Reason', 'Type of abuse', 'Type of provision', whose 'Learners with high needs' are also on
 * the programmes), and not a rating header over rows that are no grades (`gradeRows` reads those); not when some
 * of the rows make the Total exactly (a Total of those rows only, `totalOfSomeRows`).
 */
const ONE_VALUE_HEADER = /^(?:the\s+)?(?:hospital|site|ward|region|county|country|nation|local\s+authority|council|police\s+force|force|prison|establishment|sector|phase|setting|mode\s+of\s+[a-z]+|(?:type|kind)\s+of\s+(?:provider|setting|school|establishment))s?$/;
function oneValueEach(g: Grid, body: readonly number[], claim: ClaimRecord): boolean {
  if (g.total === undefined || body.length < 2 || body.length > MAX_SUBSET_ROWS) return false;
  if (!ONE_VALUE_HEADER.test(plainHeader(headerOf(g, 0)).trim())) return false;
  const labels = body.map((r) => plainLabel(g.rows[r]![0]?.text ?? ''));
  if (labels.some((l) => !l) || new Set(labels).size !== labels.length) return false;
  const [total, ...parts] = claim.operands;
  return parts.length === body.length && parts.reduce((a, o) => a + o.value, 0) > total!.value;
}

/** Whether some of a Total row's parts (not all) make it exactly: the Total may be theirs alone, in any column. */
function someRowsMake(claim: ClaimRecord): boolean {
  const [total, ...parts] = claim.operands;
  if (parts.length > MAX_SUBSET_ROWS) return true;
  const full = (1 << parts.length) - 1;
  for (let mask = 1; mask < full; mask++) {
    let sum = 0;
    for (let i = 0; i < parts.length; i++) if (mask & (1 << i)) sum += parts[i]!.value;
    if (sum === total!.value) return true;
  }
  return false;
}

/** Whether the rows of column `col` add up to the total the prose before the table states for it. */
/**
 * A classification closed by its residual category ('Refusing to relocate | 44', …, 'Other | 98'): each case is in one
 * row, as a catch-all row makes a share column split one whole (shares-sum.ts `columnSplits`). Not rows that are
 * separate questions, and not when the prose before the table states a total of the column (`rowsMakeStated` reads
 * that: a stated figure that neither the rows nor the Total make leaves either of them in doubt).
 */
function closedByCatchAll(g: Grid, body: readonly number[], col: number, lead: Lead | undefined): boolean {
  if (g.total === undefined || body.length < 3) return false;
  const last = g.rows[body[body.length - 1]!]![0]?.text ?? '';
  if (!CATCH_ALL.test(plainLabel(last)) || QUESTION_LIST.test(plainHeader(headerOf(g, 0)))) return false;
  return !statedTotalOf(g, lead, col);
}

function rowsMakeStated(g: Grid, body: readonly number[], col: number, lead: Lead | undefined): boolean {
  const parts = body.map((r) => countIn(value(g, r, col)));
  if (!parts.every((p) => !!p)) return false;
  const sum = parts.reduce((a, p) => a + p!.value, 0);
  const stated = statedTotalOf(g, lead, col);
  if (stated) return sum === stated.value;
  return lead?.table !== undefined && previousTableTotals(lead.table, headerStems(headerOf(g, col))[0]).includes(sum);
}

/**
 * The Total row figures of the table just before, in its columns headed with the noun `noun` ('Detainees'), that
 * its own rows add up to: the same whole counted another way ('Length of detention | Detainees' over 'Nationality
 * | Detainees'). Rows of this table that make it exactly show this table's differing Total is the wrong figure.
 */
function previousTableTotals(table: { raw: string; at: number }, noun: string | undefined): number[] {
  if (!noun) return [];
  const p = gridOf(table.raw, table.at);
  if (p.total === undefined || p.header === undefined) return [];
  const body = bodyRows(p);
  if (body.length < 2 || body.some((r) => NESTED_LABEL.test(p.rows[r]![0]?.text ?? '') || isTotalLabel(p.rows[r]![0]?.text ?? ''))) return [];
  const out: number[] = [];
  for (let c = 1; c < p.width; c++) {
    if (headerStems(headerOf(p, c))[0] !== noun || !isCountColumn(p, c)) continue;
    const total = countIn(value(p, p.total, c));
    const parts = body.map((r) => countIn(value(p, r, c)));
    if (total && parts.every((k) => !!k) && parts.reduce((a, k) => a + k!.value, 0) === total.value) out.push(total.value);
  }
  return out;
}
