/**
 * A GFM table as the table readers see it: rows of cells with absolute
 * spans, what each cell holds (a count, a percentage, 'k of n (P%)', ...),
 * the header row, the Total row and the role of each column, decided by its
 * header and its cells.
 *
 * Header words (the one small list the table readers use; framework words
 * such as grades are never listed here):
 * - percentage: '%', '(%)', 'per cent', 'percent', 'percentage', 'proportion',
 *   'share', 'rate' (but not a rate 'per 1,000'), 'compliance';
 * - denominator (the base of a row): 'n', 'base', 'total', 'All <noun>' ('All releases'), 'Total <noun>', 'number',
 *   'relevant', 'sample', 'sampled', 'eligible', 'applicable', 'required',
 *   'due', 'inspected', 'assessed', 'examined', 'audited', 'reviewed',
 *   'checked', 'looked at', 'in scope', 'surveyed', '… interviewed', '… asked', 'cases', 'files', 'records',
 *   'respondents', 'responses'; any of these with '(n)' after it ('Cases (n)');
 * - comparator (a figure for elsewhere, not a share of the row): 'comparator', 'benchmark', 'national',
 *   'similar', 'previous', 'last inspection', 'other prisons';
 * - not a share or a count to add up: 'change', 'difference', 'increase',
 *   'decrease', 'rise', 'fall', 'points', 'target', 'average', 'mean',
 *   'median', 'score', 'rank', 'year', 'date', 'age', 'per 1,000', 'per 100,000'.
 * A Total row's label is 'Total', 'Totals', 'Grand total', 'All', 'All <noun>' ('All homes') or 'Sum'.
 */
import type { CountIn, PctIn } from '../judge.js';

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export type Value =
  | { kind: 'count'; k: CountIn }
  | { kind: 'pct'; p: PctIn }
  /** 'k (P%)' or 'P% (k)': a count and its share of a whole written elsewhere. */
  | { kind: 'count-pct'; k: CountIn; p: PctIn }
  /** 'k of n (P%)', 'k/n (P%)', 'P% (k of n)', 'P% (k/n)'. */
  | { kind: 'part-pct'; k: CountIn; n: CountIn; p: PctIn; slash: boolean }
  /** 'k of n', 'k out of n', 'k/n'. */
  | { kind: 'part'; k: CountIn; n: CountIn; slash: boolean }
  | { kind: 'empty' }
  | { kind: 'other' };

export interface Grid {
  rows: Cell[][];
  /** Values of `rows`, cell for cell. */
  values: Value[][];
  /** Index of the header row (0), undefined when the first row holds figures. */
  header?: number;
  /** Index of the Total row, when one row is labelled as the total. */
  total?: number;
  width: number;
}

const DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** The rows of a table, cells with absolute spans (`at` is the table's offset in the report). */
export function rowsOf(raw: string, at: number): Cell[][] {
  const rows: Cell[][] = [];
  let pos = 0;
  for (const line of raw.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    if (!line.includes('|') || DELIMITER.test(line)) continue;
    const cells: Cell[] = [];
    let i = 0;
    const body = line.replace(/\r$/, '');
    const lead = /^\s*\|/.exec(body);
    if (lead) i = lead[0].length;
    let cellStart = i;
    for (; i <= body.length; i++) {
      if (i === body.length || (body[i] === '|' && body[i - 1] !== '\\')) {
        const rawCell = body.slice(cellStart, i);
        if (i === body.length && rawCell.trim() === '' && cells.length > 0) break;
        const lead2 = rawCell.length - rawCell.trimStart().length;
        const text = rawCell.trim();
        cells.push({ text, start: at + lineStart + cellStart + lead2, end: at + lineStart + cellStart + lead2 + text.length });
        cellStart = i + 1;
      }
    }
    rows.push(cells);
  }
  return rows;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const PCT = String.raw`\d{1,3}(?:\.\d+)?`;
/** Footnote marks and emphasis around a figure: '93%\*', '**12**', '45%†'. */
const MARKS = /^(?:\*\*|__)?(.*?)(?:\*\*|__)?\s*(?:\\\*|\*|†|‡|\[\w{1,3}\])*$/;

function count(raw: string, at: number): CountIn {
  return { value: Number(raw.replace(/,/g, '')), raw, span: { start: at, end: at + raw.length } };
}

function pct(raw: string, sign: string, at: number): PctIn {
  const [int, frac = ''] = raw.split('.');
  return { scaled: Number(int! + frac), decimals: frac.length, raw: `${raw}${sign}`, span: { start: at, end: at + raw.length + sign.length } };
}

const RE_COUNT = new RegExp(`^(${NUM})$`);
const RE_PCT = new RegExp(`^(${PCT})\\s*(%|\\(%\\)|per\\s?cent|percent)?$`, 'i');
const RE_COUNT_PCT = new RegExp(`^(${NUM})\\s*\\(\\s*(${PCT})\\s*%\\s*\\)$`);
const RE_PCT_COUNT = new RegExp(`^(${PCT})\\s*%\\s*\\(\\s*(?:n\\s*=\\s*)?(${NUM})\\s*\\)$`, 'i');
const RE_PART_PCT = new RegExp(`^(${NUM})\\s*(?:(of|out\\s+of)\\s+|(/))\\s*(${NUM})\\s*[(,;\\u2013-]\\s*(${PCT})\\s*%\\s*\\)?$`, 'i');
const RE_PCT_PART = new RegExp(`^(${PCT})\\s*%\\s*\\(\\s*(${NUM})\\s*(?:(of|out\\s+of)\\s+|(/))\\s*(${NUM})\\s*\\)$`, 'i');
const RE_PART = new RegExp(`^(${NUM})\\s*(?:(of|out\\s+of)\\s+|(/))\\s*(${NUM})$`, 'i');

/** What a cell holds. Never throws; anything not read is `other`. */
export function valueOf(c: Cell): Value {
  const m0 = MARKS.exec(c.text);
  const text = (m0?.[1] ?? c.text).trim();
  if (text === '' || /^[-\u2013\u2014]$|^n\/?a$/i.test(text)) return { kind: 'empty' };
  // Offsets: the figure text starts where `text` starts in the cell.
  const base = c.start + c.text.indexOf(text);
  const find = (s: string, from = 0) => base + text.indexOf(s, from);
  let m = RE_COUNT.exec(text);
  if (m) return { kind: 'count', k: count(m[1]!, base) };
  m = RE_PCT.exec(text);
  if (m) {
    const sign = m[2] ? text.slice(text.indexOf(m[2], m[1]!.length)) : '';
    return { kind: 'pct', p: pct(m[1]!, m[2] ? sign : '', base) };
  }
  m = RE_COUNT_PCT.exec(text);
  if (m) return { kind: 'count-pct', k: count(m[1]!, base), p: pct(m[2]!, '%', find(m[2]!, m[1]!.length)) };
  m = RE_PCT_COUNT.exec(text);
  if (m) return { kind: 'count-pct', k: count(m[2]!, base + text.lastIndexOf(m[2]!)), p: pct(m[1]!, '%', base) };
  m = RE_PART_PCT.exec(text);
  if (m) {
    const nAt = text.indexOf(m[4]!, m[1]!.length + 1);
    const pAt = text.indexOf(m[5]!, nAt + m[4]!.length);
    return { kind: 'part-pct', k: count(m[1]!, base), n: count(m[4]!, base + nAt), p: pct(m[5]!, '%', base + pAt), slash: !!m[3] };
  }
  m = RE_PCT_PART.exec(text);
  if (m) {
    const kAt = text.indexOf(m[2]!, m[1]!.length + 1);
    const nAt = text.indexOf(m[5]!, kAt + m[2]!.length);
    return { kind: 'part-pct', k: count(m[2]!, base + kAt), n: count(m[5]!, base + nAt), p: pct(m[1]!, '%', base), slash: !!m[4] };
  }
  m = RE_PART.exec(text);
  if (m) {
    const nAt = text.indexOf(m[4]!, m[1]!.length + 1);
    return { kind: 'part', k: count(m[1]!, base), n: count(m[4]!, base + nAt), slash: !!m[3] };
  }
  return { kind: 'other' };
}

// 'Total assessed', 'Total inspected': the total of what the rows count.
// 'All homes', 'All prisons': 'All' with the rows' noun; never 'All other sectors' (a catch-all row) or 'All of the above'.
const TOTAL_LABEL = /^(?:\*\*|__)?\s*(?:total|totals|grand\s+total|total\s+(?:assessed|inspected|reviewed|examined|sampled|checked|audited|received|recorded|surveyed|published|made|closed|completed)|all|sum|all\s+(?!(?:of|the|above|other|others|else|remaining|these|those|three|four|five)\b)[a-z'-]+(?:\s+(?!(?:other|others|else|remaining)\b)[a-z'-]+){0,2})\s*(?:\*\*|__)?\s*:?$/i;

/** Whether a label names the total of the other rows (or columns). */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(text.trim());
}

/** Words of a header that say the column holds percentages. */
export const PCT_HEADER = /%|\bper\s?cent\b|\bpercent(?:age)?\b|\bproportion\b|\bshare\b|\bcompliance\b|\brate\b/i;
/** Words of a header that say the column is the base of its row. */
export const DEN_HEADER =
  /^(?:n|base|total|totals|(?:all|total)(?:\s+[a-z-]+){1,2}|number|no\.?|relevant|eligible|applicable|in\s+scope|sample|sampled|(?:number\s+(?:of\s+)?)?(?:relevant\s+)?(?:cases|files|records|people|children|staff|respondents|responses|replies)(?:\s+(?:sampled|inspected|assessed|examined|audited|reviewed|checked|required|due|eligible|in\s+scope|looked\s+at))?|(?:number\s+)?(?:sampled|inspected|assessed|examined|audited|reviewed|checked|looked\s+at|required|due|surveyed)|\w+(?:\s+\w+)?\s+(?:required|due|sampled|inspected|assessed|examined|audited|eligible|in\s+scope|surveyed|interviewed|asked))(?:\s+n)?$/i;
/**
 * Headers of columns that are neither shares of a row's base nor counts that add up ('Past their planned end date' counts those past it: no date column;
 * 'Plans issued within 20 weeks' counts the plans issued in that time: no column of weeks).
 */
/** (A header that names the period of its counts, 'Inspected this year', 'Cases in the year', is still a count column.) */
export const NOT_ADDITIVE = /\b(?:cumulative|running\s+total|change|difference|increase|decrease|rise|fall|points?|target|average|mean|median|score|rank(?:ing)?|(?<!\b(?:this|that|last|next|the|each|every|previous|current)\s+)years?|(?<!\b(?:past|beyond|after|before|by|on|within|missed|met|overdue)\b[\w\s'\u2019]{0,30})date|age|ages|per\s+(?:1,?000|10,?000|100,?000|head|capita)|ratio|index|(?<!\b(?:within|in|under|over|after|beyond|inside|more\s+than|less\s+than|longer\s+than|up\s+to)\s+\d{1,3}\s+(?:(?:working|calendar|school|clear|business)\s+)?)(?:days|weeks|months|hours|minutes)|cost|£|\$|€)\b/i;

/**
 * Headers of a comparator column: a figure for other places or another time ('Comparator %', 'National
 * average', 'Similar prisons', 'Last inspection'), never a share of this row's counts.
 */
export const COMPARATOR = /\b(?:comparators?|benchmarks?|national|similar|previous|last\s+(?:inspection|survey|year)|(?:all\s+)?other\s+(?:prisons|establishments|areas|services|forces|regions|schools|providers))\b/i;

/** A header of a running total ('Cumulative %', 'Running total'): each row holds the rows before it too. */
export const CUMULATIVE = /\b(?:cumulative|running\s+total)\b/i;

/** A header in plain words: lower case, marks and the percentage sign dropped. */
export function plainHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\\\*|\*|_|†|‡/g, ' ')
    .replace(/\(%\)|%/g, ' ')
    .replace(/[^a-z0-9' -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A period label: '2014/15', '2019-20', '2021', '2021 to 2022'. */
/** A year or a pair of years, perhaps with a note in brackets ('2009 (since April)'). */
export const PERIOD = /^\s*(?:19|20)\d{2}(?:\s*(?:[-/\u2013]|to)\s*(?:\d{2}|(?:19|20)\d{2}))?(?:\s*\([^()\d]{1,30}\))?\s*$/;

/** A first row whose label cell is words and whose other filled cells are distinct periods, two or more (and Total cells). */
function periodHeader(row: readonly Cell[]): boolean {
  const label = row[0]?.text ?? '';
  if (label !== '' && !/[A-Za-z]/.test(label)) return false;
  const filled = row.slice(1).map((c) => c.text.replace(/[*_]/g, '').trim()).filter((t) => t !== '');
  const periods = filled.filter((t) => PERIOD.test(t));
  // A Total column after the periods ('| 2021 | 2022 | Total |') is a header cell as well.
  return periods.length >= 2 && filled.every((t) => PERIOD.test(t) || isTotalLabel(t)) && new Set(periods).size === periods.length;
}

export function gridOf(raw: string, at: number): Grid {
  const rows = rowsOf(raw, at);
  const values = rows.map((r) => r.map(valueOf));
  const width = rows.reduce((a, r) => Math.max(a, r.length), 0);
  const g: Grid = { rows, values, width };
  // A header row holds no figure of its own; a row of period labels ('| Grade | 2022 | 2023 |', '2020/21')
  // under a label cell is a header too: years name the columns, they count nothing.
  if (rows.length > 0 && (values[0]!.slice(1).every((v) => v.kind === 'other' || v.kind === 'empty') || periodHeader(rows[0]!))) g.header = 0;
  const totals = rows.map((r, i) => (i > 0 && isTotalLabel(r[0]?.text ?? '') ? i : -1)).filter((i) => i >= 0);
  // One Total row, and it is the last row (a total in the middle is a subtotal: nothing is summed).
  if (totals.length === 1 && totals[0] === rows.length - 1) g.total = totals[0];
  // A last row that names the base and holds 100% ('Respondents | 200 | 100%') is the Total row too.
  const last = rows.length - 1;
  // So is one that holds 100% and, in a column of counts, the sum of the rows above it ('Residents asked | 50 | 100%').
  if (totals.length === 0 && last > (g.header ?? 0) + 1 && values[last]!.some((v) => v.kind === 'pct' && v.p.scaled === 100 * 10 ** v.p.decimals)) {
    const label = (rows[last]![0]?.text ?? '').replace(/[*_]/g, '').trim();
    // (A catch-all row, 'All other wards', is a row of its own.)
    if (BASE_ROW.test(label) || (!/\b(?:other|others|else|remaining|rest)\b/i.test(label) && sumsAbove(values, (g.header ?? -1) + 1, last))) g.total = last;
  }
  return g;
}

/** Whether, in some column, the last row's count is the sum of the counts of two or more rows above it (from `first`). */
function sumsAbove(values: Value[][], first: number, last: number): boolean {
  const width = values[last]!.length;
  for (let c = 1; c < width; c++) {
    const v = values[last]![c];
    if (!v || v.kind !== 'count') continue;
    let sum = 0;
    let n = 0;
    let all = true;
    for (let r = first; r < last; r++) {
      const x = values[r]![c];
      if (!x || x.kind !== 'count') {
        all = false;
        break;
      }
      sum += x.k.value;
      n++;
    }
    if (all && n >= 2 && sum === v.k.value) return true;
  }
  return false;
}

/** A row label that names the base of a table's shares: 'Respondents', 'All respondents', 'Base', 'Number of respondents'. */
const BASE_ROW = /^(?:(?:all|total|number\s+of)\s+)?(?:respondents|responses|replies|answers)$|^(?:base|sample|n|base\s*\(n\))$/i;

/** The body rows: after the header (and a second header row of labels), before the Total row. */
export function bodyRows(g: Grid): number[] {
  const out: number[] = [];
  for (let i = (g.header ?? -1) + 1; i < g.rows.length; i++) {
    if (i === g.total) continue;
    // A second header row ('|  |  | Sussex | England and Wales |') holds no figure.
    if (g.values[i]!.every((v) => v.kind === 'other' || v.kind === 'empty') && i === (g.header ?? -1) + 1) continue;
    out.push(i);
  }
  return out;
}

export function headerOf(g: Grid, col: number): string {
  return g.header === undefined ? '' : (g.rows[g.header]![col]?.text ?? '');
}

export const cell = (g: Grid, row: number, col: number): Cell | undefined => g.rows[row]?.[col];
export const value = (g: Grid, row: number, col: number): Value => g.values[row]?.[col] ?? { kind: 'empty' };

/** Whether every filled body cell of a column is of the given kind (and at least two are). */
export function columnIs(g: Grid, col: number, kinds: Value['kind'][], rows = bodyRows(g)): boolean {
  let filled = 0;
  for (const r of rows) {
    const v = value(g, r, col);
    if (v.kind === 'empty') continue;
    if (!kinds.includes(v.kind)) return false;
    filled++;
  }
  return filled >= 1;
}

/** A column's percentages: a column of 'P%' cells, or of bare numbers under a percentage header. */
export function isPctColumn(g: Grid, col: number): boolean {
  const h = headerOf(g, col);
  if (NOT_ADDITIVE.test(h)) return false;
  const rows = bodyRows(g);
  let signed = 0;
  let bare = 0;
  for (const r of rows) {
    const v = value(g, r, col);
    if (v.kind === 'empty') continue;
    if (v.kind === 'pct' && /%|cent/i.test(v.p.raw)) signed++;
    else if (v.kind === 'pct' || v.kind === 'count') bare++;
    else return false;
  }
  if (signed + bare === 0) return false;
  return bare === 0 || (PCT_HEADER.test(h) && !/\bnumber\b|\bno\.|\bcount\b/i.test(h));
}

/**
 * A cell's percentage in a percentage column (`isPctColumn`): a 'P%' cell, or a bare whole number of at most
 * 100 under a percentage header ('% good' over '75').
 */
export function pctAt(g: Grid, row: number, col: number): PctIn | undefined {
  const v = value(g, row, col);
  if (v.kind === 'pct') return v.p;
  if (v.kind === 'count' && v.k.value <= 100 && !v.k.raw.includes(',')) return { scaled: v.k.value, decimals: 0, raw: v.k.raw, span: v.k.span };
  return undefined;
}

/** A column of plain counts (not percentages, years or amounts). */
export function isCountColumn(g: Grid, col: number): boolean {
  const h = headerOf(g, col);
  if (NOT_ADDITIVE.test(h) || (PCT_HEADER.test(h) && !/\bnumber\b|\bno\.|\bcount\b/i.test(h))) return false;
  if (!columnIs(g, col, ['count'])) return false;
  // A column of years is not a column of counts.
  const rows = bodyRows(g);
  const vals = rows.map((r) => value(g, r, col)).filter((v): v is Extract<Value, { kind: 'count' }> => v.kind === 'count');
  if (vals.length > 0 && vals.every((v) => v.k.value >= 1900 && v.k.value <= 2100 && !v.k.raw.includes(','))) return false;
  return true;
}

/** Stems of a header's words, for matching '% of those assessed' to 'Assessed'. */
export function headerStems(text: string): string[] {
  return plainHeader(text)
    .split(' ')
    .filter((w) => w.length >= 2 && !/^(?:of|the|a|an|those|that|were|was|who|which|in|with|and|or|per|cent|percent|percentage|proportion|share|number|no|total)$/.test(w))
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?:ed|es|s)$/, ''));
}
