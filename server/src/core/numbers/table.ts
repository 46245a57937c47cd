/**
 * Claims in GFM tables: shares that must make up the whole ('% White 87.2'
 * with '% Minority ethnic 12.8'), count and percentage columns against a
 * Total row, 'k (P%)' cells, and stated section scores ('| Section 1 | 73% |').
 */
import type { ClaimRecord, Operand } from './claim.js';
import { judgeShare, judgeSharesTotal, type CountIn, type PctIn } from './judge.js';
import type { RoundingPolicy } from './rounding.js';

interface Cell {
  text: string;
  start: number;
  end: number;
}

const DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

function rowsOf(raw: string, at: number): Cell[][] {
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

const VALUE = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(%|\(%\))?\s*$/;

function pctCell(c: Cell | undefined, requireSign: boolean): PctIn | undefined {
  if (!c) return undefined;
  const m = VALUE.exec(c.text);
  if (!m || (requireSign && !m[2])) return undefined;
  const num = m[1]!.replace(/,/g, '');
  const [int, frac = ''] = num.split('.');
  return { scaled: Number(int! + frac), decimals: frac.length, raw: c.text, span: { start: c.start, end: c.start + m[1]!.length + (m[2] === '%' ? 1 : 0) } };
}

function countCell(c: Cell | undefined): CountIn | undefined {
  if (!c) return undefined;
  const m = /^(\d{1,3}(?:,\d{3})*|\d+)$/.exec(c.text);
  if (!m) return undefined;
  return { value: Number(m[1]!.replace(/,/g, '')), raw: c.text, span: { start: c.start, end: c.end } };
}

/** 'k (P%)' or 'P% (k)' in one cell. */
function mixedCell(c: Cell | undefined): { k: CountIn; p: PctIn } | undefined {
  if (!c) return undefined;
  let m = /^(\d[\d,]*)\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)$/.exec(c.text);
  if (m) {
    const pAt = c.start + c.text.indexOf(m[2]!, m[1]!.length);
    const [int, frac = ''] = m[2]!.split('.');
    return {
      k: { value: Number(m[1]!.replace(/,/g, '')), raw: m[1]!, span: { start: c.start, end: c.start + m[1]!.length } },
      p: { scaled: Number(int! + frac), decimals: frac.length, raw: `${m[2]}%`, span: { start: pAt, end: pAt + m[2]!.length + 1 } },
    };
  }
  m = /^(\d{1,3}(?:\.\d+)?)\s*%\s*\(\s*(\d[\d,]*)\s*\)$/.exec(c.text);
  if (m) {
    const kAt = c.start + c.text.lastIndexOf(m[2]!);
    const [int, frac = ''] = m[1]!.split('.');
    return {
      k: { value: Number(m[2]!.replace(/,/g, '')), raw: m[2]!, span: { start: kAt, end: kAt + m[2]!.length } },
      p: { scaled: Number(int! + frac), decimals: frac.length, raw: `${m[1]}%`, span: { start: c.start, end: c.start + m[1]!.length + 1 } },
    };
  }
  return undefined;
}

const SHARE_LABEL = /^%|\(%\)|%\s*\**$|\bper\s?cent\b|\bpercentage\b|\bproportion\b/i;

function category(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(%\)|%|\*|\bpercentage\s+(?:of\s+)?|\bproportion\s+(?:of\s+)?|\bper\s?cent\b/g, ' ')
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

export function sectionScoreClaim(sectionId: string, start: number, end: number, raw: string): ClaimRecord {
  const value = /(\d{1,3})(?:\.(\d+))?/.exec(raw)!;
  const decimals = value[2]?.length ?? 0;
  const operand: Operand = { role: 'score', value: Number(value[1]! + (value[2] ?? '')), decimals, raw, span: { start, end } };
  return { kind: 'section-score', span: { start, end }, sectionId, operands: [operand], verdict: 'unchecked', arithmetic: `stated score of section ${sectionId}: ${raw}` };
}

export function tableClaims(raw: string, at: number, policy: RoundingPolicy): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const rows = rowsOf(raw, at);
  if (rows.length === 0) return out;

  // Stated section scores.
  for (const row of rows) {
    const label = row[0]?.text ?? '';
    const m = /^(?:section\s+)?(\d{1,2})(?:\s*[.:)\u2013-]\s*|\s+|$)(?!\d)/i.exec(label);
    if (!m || /^\d+\.\d/.test(label)) continue;
    if (!/^section\b/i.test(label) && !/^\d{1,2}\s*[.:)\u2013-]?\s*[A-Za-z]/.test(label) && !/^\d{1,2}$/.test(label)) continue;
    for (let i = row.length - 1; i >= 1; i--) {
      const c = row[i]!;
      if (/^\d{1,3}(?:\.\d+)?\s*%$/.test(c.text)) {
        out.push(sectionScoreClaim(m[1]!, c.start, c.end, c.text));
        break;
      }
      if (c.text) break;
    }
  }

  // Complementary shares in consecutive rows.
  const shareRows = rows.map((row) => {
    const label = row[0]?.text ?? '';
    const valueCell = row.slice(1).find((c) => c.text !== '');
    const p = pctCell(valueCell, false);
    const isShare = p !== undefined && (SHARE_LABEL.test(label) || /%/.test(valueCell?.text ?? ''));
    return isShare ? { label, cat: category(label), p: p!, row } : undefined;
  });
  for (let i = 0; i + 1 < shareRows.length; i++) {
    const a = shareRows[i];
    const b = shareRows[i + 1];
    if (!a || !b || !complementary(a.cat, b.cat)) continue;
    const base = { kind: 'table-shares', span: { start: a.row[0]!.start, end: b.p.span.end } };
    out.push(judgeSharesTotal(base, [a.p, b.p], policy));
    i++;
  }

  // Count and percentage columns against a Total row.
  const header = rows[0]!;
  const pctCol = header.findIndex((c, i) => i > 0 && /^(?:%|per ?cent|percentage|proportion|share)\b|\(%\)$|^%/i.test(c.text));
  const totalRow = rows.find((r, i) => i > 0 && /^(?:total|all)\b/i.test(r[0]?.text ?? ''));
  if (pctCol > 0 && totalRow) {
    let countCol = header.findIndex((c, i) => i > 0 && i !== pctCol && /^(?:n|no\.?|number|count|cases|total|frequency)\b/i.test(c.text));
    if (countCol < 0 && pctCol > 1) countCol = pctCol - 1;
    const n = countCol > 0 ? countCell(totalRow[countCol]) : undefined;
    if (n && n.value > 0) {
      for (const row of rows.slice(1)) {
        const k = countCell(row[countCol]);
        const p = pctCell(row[pctCol], false);
        if (!k || !p) continue;
        const base = { kind: 'table-percent', span: { start: row[0]?.start ?? k.span.start, end: p.span.end } };
        out.push(judgeShare(base, p, k, { ...n, inferred: row !== totalRow }, policy, row === totalRow ? undefined : [{ span: n.span, message: 'the total row' }]));
      }
    }
  }
  // 'k (P%)' cells against the Total row of their column.
  if (totalRow) {
    const width = Math.max(...rows.map((r) => r.length));
    for (let col = 1; col < width; col++) {
      const totalCell = totalRow[col];
      const n = countCell(totalCell) ?? mixedCell(totalCell)?.k;
      if (!n || n.value <= 0) continue;
      for (const row of rows.slice(1)) {
        const mixed = mixedCell(row[col]);
        if (!mixed) continue;
        const base = { kind: 'table-percent', span: { start: row[col]!.start, end: row[col]!.end } };
        out.push(judgeShare(base, mixed.p, mixed.k, { ...n, inferred: row !== totalRow }, policy, row === totalRow ? undefined : [{ span: n.span, message: 'the total row' }]));
      }
    }
  }
  return out;
}
