/**
 * Semantic tokens (full document). Standard token types, so that any theme
 * colours them:
 *
 * | type         | what                                                        |
 * |--------------|-------------------------------------------------------------|
 * | `namespace`  | criterion and section ids (headings: + `declaration`), summary-row ids |
 * | `macro`      | cross-references (`see 4.3d`, `OMI Criterion: 1.2d`)        |
 * | `number`     | score lines (`79%`), percentage summary cells, the numbers of numeric claims (`69%`, `22` in `69% (22)`) |
 * | `enumMember` | grade words on grade lines and in summary tables            |
 * | `keyword`    | group labels: Strengths, Areas for Improvement, Conclusion  |
 * | `string`     | conclusion sentences                                        |
 *
 * Tokens never overlap: earlier kinds in the list above win, and a later,
 * longer token (a conclusion around a reference) is split around them.
 * Tokens never span a line end.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { AnalysisResult, Span } from '../../core/index.js';

export const TOKEN_TYPES = ['namespace', 'macro', 'number', 'enumMember', 'keyword', 'string'] as const;
export const TOKEN_MODIFIERS = ['declaration'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface Token {
  span: Span;
  type: TokenType;
  declaration?: boolean;
}

/** The number's span with a directly following percent sign. */
function withPercent(text: string, span: Span): Span {
  return text[span.end] === '%' ? { start: span.start, end: span.end + 1 } : span;
}

/** The tokens of a report as offsets, in document order, not overlapping, one line each. */
export function tokens(result: AnalysisResult): Token[] {
  const { report, text } = result;
  const taken: Span[] = [];
  const out: Token[] = [];
  const add = (span: Span, type: TokenType, declaration = false) => {
    if (span.end <= span.start) return;
    let pieces: Span[] = [span];
    for (const t of taken) {
      const next: Span[] = [];
      for (const p of pieces) {
        if (t.end <= p.start || t.start >= p.end) {
          next.push(p);
          continue;
        }
        if (p.start < t.start) next.push({ start: p.start, end: t.start });
        if (t.end < p.end) next.push({ start: t.end, end: p.end });
      }
      pieces = next;
    }
    for (const p of pieces) {
      taken.push(p);
      // One token per line.
      let s = p.start;
      while (s < p.end) {
        const nl = text.indexOf('\n', s);
        const e = nl === -1 || nl >= p.end ? p.end : nl;
        let ts = s;
        let te = e;
        while (ts < te && /\s/.test(text[ts]!)) ts++;
        while (te > ts && /\s/.test(text[te - 1]!)) te--;
        if (te > ts) out.push({ span: { start: ts, end: te }, type, declaration: declaration || undefined });
        s = e + 1;
      }
    }
  };

  for (const r of report.references) add(r.span, 'macro');
  for (const s of report.sections) add(s.idSpan, 'namespace', true);
  for (const c of report.criteria) add(c.idSpan, 'namespace', true);
  for (const t of report.summaryTables) {
    for (const row of t.rows) {
      add(row.idSpan, 'namespace');
      add(row.valueSpan, row.valueKind === 'grade' ? 'enumMember' : 'number');
    }
  }
  for (const c of report.criteria) {
    if (c.score) add(withPercent(text, c.score.valueSpan), 'number');
    if (c.grade) add(c.grade.valueSpan, 'enumMember');
    for (const g of c.groups) add(g.labelSpan, 'keyword');
    if (c.conclusion) add(c.conclusion.labelSpan, 'keyword');
  }
  for (const claim of report.claims) {
    // The numbers themselves when the extractor recorded them (its claim records carry operands), else the whole claim.
    const operands = (claim as { operands?: { span?: Span; inferred?: boolean }[] }).operands?.filter((o) => o.span && !o.inferred && o.span.start >= claim.span.start && o.span.end <= claim.span.end);
    if (operands && operands.length > 0) for (const o of operands) add(withPercent(text, o.span!), 'number');
    else add(claim.span, 'number');
  }
  for (const c of report.criteria) if (c.conclusion?.textSpan) add(c.conclusion.textSpan, 'string');

  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

export function semanticTokens(result: AnalysisResult): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens(result)) {
    const start = result.lines.positionAt(t.span.start);
    const deltaLine = start.line - prevLine;
    const deltaChar = deltaLine === 0 ? start.character - prevChar : start.character;
    data.push(deltaLine, deltaChar, t.span.end - t.span.start, TOKEN_TYPES.indexOf(t.type), t.declaration ? 1 : 0);
    prevLine = start.line;
    prevChar = start.character;
  }
  return { data };
}
