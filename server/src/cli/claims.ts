/**
 * The numeric claims of checked reports, for the CLI: a `claims` array in the
 * JSON output, a coverage summary for the text output, and the `--claims`
 * table. The view itself is the core's (`core/numbers/coverage.ts`).
 */
import type { Span } from '../core/model.js';
import { claimCoverage, claimViews, coverageLine, type ClaimCoverage } from '../core/numbers/coverage.js';
import type { CheckedFile } from './format.js';

function range(file: CheckedFile, span: Span) {
  const s = file.result.lines.positionAt(span.start);
  const e = file.result.lines.positionAt(span.end);
  return { start: { line: s.line + 1, column: s.character + 1 }, end: { line: e.line + 1, column: e.character + 1 } };
}

/** The `claims` array of one report in `--format json`. */
export function claimsJson(file: CheckedFile) {
  return claimViews(file.result.report).map((c) => {
    const out: Record<string, unknown> = {
      kind: c.kind,
      text: sourceText(file, c.span),
      range: range(file, c.span),
      verdict: c.verdict,
      figures: c.figures.map((f) => ({ role: f.role, text: f.raw, range: range(file, f.span), ...(f.inferred ? { inferred: true } : {}) })),
      related: c.related.map((r) => ({ text: sourceText(file, r.span), range: range(file, r.span), message: r.message })),
      arithmetic: c.arithmetic,
    };
    if (c.criterionId) out.criterion = c.criterionId;
    if (c.rule) out.rule = c.rule;
    if (c.qualifier) out.qualifier = c.qualifier;
    return out;
  });
}

/** The coverage counts of one report in `--format json`. */
export function coverageJson(file: CheckedFile): ClaimCoverage {
  return claimCoverage(file.result.report);
}

function sourceText(file: CheckedFile, span: Span): string {
  return file.result.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** ', N numbers, K checked, U unresolved' over all checked reports, for the text summary line. */
export function coverageSummary(files: readonly CheckedFile[]): string {
  const total = emptyCoverage();
  for (const f of files) addCoverage(total, claimCoverage(f.result.report));
  return coverageLine(total);
}

export function emptyCoverage(): ClaimCoverage {
  return { numbers: 0, checked: 0, unresolved: 0, inconsistent: 0 };
}

export function addCoverage(total: ClaimCoverage, c: ClaimCoverage): void {
  total.numbers += c.numbers;
  total.checked += c.checked;
  total.unresolved += c.unresolved;
  total.inconsistent += c.inconsistent;
}

export { claimCoverage, coverageLine };

const VERDICT_MARK: Record<string, string> = { consistent: 'ok', inconsistent: 'WRONG', 'rounding-convention': 'rounding', unresolved: '?' };

/** The rows of one report in the `--claims` table. */
export function claimRows(f: CheckedFile): string[][] {
  const rows: string[][] = [];
  for (const c of claimViews(f.result.report)) {
    const p = f.result.lines.positionAt(c.span.start);
    const claim = sourceText(f, c.span);
    rows.push([`${f.path}:${p.line + 1}:${p.character + 1}`, VERDICT_MARK[c.verdict] ?? c.verdict, c.kind, claim.length > 60 ? `${claim.slice(0, 57)}...` : claim, c.arithmetic]);
  }
  return rows;
}

/** The `--claims` table: one row per claim, `path:line:col  verdict  kind  claim  arithmetic`. */
export function claimsTable(files: readonly CheckedFile[]): string {
  return claimsTableOf(files.flatMap(claimRows));
}

/** The `--claims` table of rows already made (`claimRows`), in report order. */
export function claimsTableOf(rows: readonly string[][]): string {
  if (rows.length === 0) return 'no numeric claims\n';
  const head = ['where', 'verdict', 'kind', 'claim', 'arithmetic'];
  const widths = head.map((h, i) => {
    let w = h.length;
    for (const r of rows) w = Math.max(w, r[i]!.length);
    return w;
  });
  // The last column is not padded (it is the longest and ends the line).
  const line = (r: readonly string[]) => r.map((x, i) => (i === r.length - 1 ? x : x.padEnd(widths[i]!))).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}
