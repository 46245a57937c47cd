/**
 * A markdown-it plugin that makes any markdown-it renderer report-aware:
 * VS Code's Markdown preview (through `extendMarkdownIt`), the HTML export
 * and the dashboard use it alike.
 *
 * It runs the analysis core on the source (through the `analyze` option, so
 * that callers can cache or inject a framework resolver) and then, on the
 * token stream only (no re-parsing, no I/O):
 * - puts anchors on criterion, section and finding headings and items;
 * - turns every cross-reference into a link to its target (an unresolved
 *   one into a marked span saying why);
 * - adds score, grade and band badges to criterion headings;
 * - marks the blocks that carry problems (errors, warnings, information);
 * - draws Chart 1 (criterion scores and section means, inline SVG) after a
 *   heading that names a chart of scores (`Chart 1: Scoring of sections
 *   1-3`), or in place of a fenced block with the info string `inspection-chart`.
 *
 * Tokens are matched to the model by line: markdown-it maps block tokens to
 * 0-based source lines, the model's spans are offsets turned into lines by the
 * result's LineIndex.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { AnalysisResult, Diagnostic, Severity } from '../core/index.js';
import { scoreChartSvg, hasChartData } from './chart.js';
import { buildView, criterionAnchor, findingAnchor, ownDiagnostics, sectionAnchor, type ReportView } from './view.js';


export interface InspectionPluginOptions {
  /** The analysis of the source, or undefined to leave the document as plain Markdown. */
  analyze(src: string, env: Record<string, unknown>): AnalysisResult | undefined;
}

/** What the plugin leaves in markdown-it's `env` for callers (the HTML page, tests). */
export interface InspectionEnv {
  inspection?: { result: AnalysisResult; view: ReportView; chartPlaced: boolean; links: number; brokenLinks: number };
}

/** A heading that introduces the chart of scores. */
export const CHART_HEADING = /^\s*chart\b.*\bscor/i;
/** The info string of a fenced block the chart replaces. */
export const CHART_FENCE = 'inspection-chart';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];

export function inspectionPlugin(md: MarkdownIt, options: InspectionPluginOptions): void {
  md.core.ruler.push('inspection_report', (state: StateCore) => {
    const env = (state.env ?? {}) as Record<string, unknown> & InspectionEnv;
    let result: AnalysisResult | undefined;
    try {
      result = options.analyze(state.src, env);
    } catch {
      result = undefined; // A renderer must never fail because of the analysis.
    }
    if (!result) return;
    decorate(md, state, result, env);
  });
}

/** The chart of a view as an HTML figure. */
export function chartFigure(result: AnalysisResult, view: ReportView): string {
  const bands = result.framework?.bands.map((b) => ({ id: b.id, min: b.min })) ?? [];
  return `<figure class="ir-chart" aria-label="Chart of scores">${scoreChartSvg(view, { bands, caption: 'Criterion scores and section means' })}</figure>\n`;
}

/**
 * Decorates the tokens of one parse with a report's analysis (what the plugin
 * does once it has the analysis; exported for hosts that load the analysis
 * lazily, like the VS Code extension).
 */
export function decorate(md: MarkdownIt, state: StateCore, result: AnalysisResult, env: InspectionEnv): void {
  const { lines, report, index } = result;
  const esc = md.utils.escapeHtml;
  const view = buildView(result);
  const lineOf = (offset: number) => lines.positionAt(offset).line;
  const tokens = state.tokens;
  const html = (content: string): Token => {
    const t = new state.Token('html_inline', '', 0);
    t.content = content;
    return t;
  };

  const criteriaByLine = new Map<number, (typeof report.criteria)[number]>();
  for (const c of report.criteria) if (!criteriaByLine.has(lineOf(c.headingSpan.start))) criteriaByLine.set(lineOf(c.headingSpan.start), c);
  const sectionsByLine = new Map<number, string>();
  for (const s of report.sections) sectionsByLine.set(lineOf(s.headingSpan.start), s.id);
  const findingsByLine = new Map<number, string>();
  for (const c of report.criteria)
    for (const g of c.groups) for (const f of g.findings) findingsByLine.set(lineOf(f.span.start), findingAnchor(c.id, g.kind, f.letter));
  const viewById = new Map(view.criteria.map((c) => [c.id, c]));

  // The innermost block token owning each line, for problem markers.
  const owner = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!t.map || t.nesting === -1) return;
    const candidate =
      t.type === 'heading_open' ||
      (t.type === 'paragraph_open' && !t.hidden) ||
      t.type === 'list_item_open' ||
      t.type === 'tr_open' ||
      t.type === 'fence' ||
      t.type === 'code_block';
    if (!candidate) return;
    for (let l = t.map[0]; l < Math.max(t.map[1], t.map[0] + 1); l++) owner.set(l, i);
  });
  const problemsByToken = new Map<number, Diagnostic[]>();
  for (const d of ownDiagnostics(result)) {
    if (d.severity === 'hint') continue;
    const i = owner.get(lineOf(d.span.start));
    if (i === undefined) continue;
    const list = problemsByToken.get(i) ?? [];
    list.push(d);
    problemsByToken.set(i, list);
  }

  // References by the line they start on.
  const refsByLine = new Map<number, typeof report.references>();
  for (const r of report.references) {
    const l = lineOf(r.span.start);
    const list = refsByLine.get(l) ?? [];
    list.push(r);
    refsByLine.set(l, list);
  }

  let links = 0;
  let brokenLinks = 0;
  let chartPlaced = false;
  const insertAfter: { at: number; token: Token }[] = [];
  const nextInline = (from: number): Token | undefined => {
    for (let j = from + 1; j < tokens.length; j++) {
      if (tokens[j]!.type === 'inline') return tokens[j];
      if (tokens[j]!.nesting === -1 && tokens[j]!.level < tokens[from]!.level + 1) return undefined;
    }
    return undefined;
  };

  const link = (ref: (typeof report.references)[number], label: string): Token[] => {
    const r = index.resolve(ref);
    if (r.problem) {
      brokenLinks++;
      return [html(`<span class="ir-broken-ref" title="${esc(brokenMessage(r.problem))}">`), textToken(state, label), html('</span>')];
    }
    const href = r.finding
      ? findingAnchor(r.criterion!.id, groupOf(r.criterion!, r.finding), r.finding.letter)
      : r.criterion
        ? criterionAnchor(r.criterion.id)
        : sectionAnchor(r.section!.id);
    links++;
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [
      ['href', `#${href}`],
      ['class', 'ir-ref'],
    ];
    return [open, textToken(state, label), new state.Token('link_close', 'a', -1)];
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const line = t.map?.[0];

    if (t.type === 'heading_open' && line !== undefined) {
      const inline = tokens[i + 1];
      const c = criteriaByLine.get(line);
      const sectionId = sectionsByLine.get(line);
      if (inline?.type === 'inline') {
        inline.children ??= [];
        if (c) {
          const v = viewById.get(c.id);
          inline.children.unshift(html(`<a id="${esc(criterionAnchor(c.id))}" class="ir-anchor"></a>`));
          if (v) inline.children.push(...badges(v, esc).map(html));
        } else if (sectionId !== undefined) {
          inline.children.unshift(html(`<a id="${esc(sectionAnchor(sectionId))}" class="ir-anchor"></a>`));
        }
        if (!chartPlaced && CHART_HEADING.test(inline.content) && hasChartData(view)) {
          const close = tokens[i + 2];
          if (close?.type === 'heading_close') {
            const block = new state.Token('html_block', '', 0);
            block.content = chartFigure(result, view);
            insertAfter.push({ at: i + 2, token: block });
            chartPlaced = true;
          }
        }
      }
    }

    if (t.type === 'list_item_open' && line !== undefined) {
      const anchor = findingsByLine.get(line);
      if (anchor) t.attrSet('id', anchor);
    }

    if (t.type === 'fence' && t.info.trim() === CHART_FENCE && hasChartData(view)) {
      t.type = 'html_block';
      t.content = chartFigure(result, view);
      chartPlaced = true;
    }

    const problems = problemsByToken.get(i);
    if (problems) {
      const worst = SEVERITY_ORDER.find((s) => problems.some((d) => d.severity === s))!;
      const title = problems.map((d) => `${d.severity}: ${d.message} [${d.ruleId}]`).join('\n');
      t.attrJoin('class', `ir-problem ir-problem-${worst}`);
      t.attrSet('title', title);
      const inline = t.type === 'fence' || t.type === 'code_block' ? undefined : nextInline(i);
      if (inline) {
        inline.children ??= [];
        inline.children.unshift(
          html(`<span class="ir-marker ir-${worst}" title="${esc(title)}" data-problems="${problems.length}">${worst === 'error' ? '✖' : worst === 'warning' ? '▲' : 'ℹ'} ${problems.length}</span> `),
        );
      }
    }

    if (t.type === 'inline' && t.map && t.children) {
      const refs: typeof report.references = [];
      for (let l = t.map[0]; l < t.map[1]; l++) refs.push(...(refsByLine.get(l) ?? []));
      if (refs.length === 0) continue;
      refs.sort((a, b) => a.span.start - b.span.start);
      const out: Token[] = [];
      let k = 0;
      for (const child of t.children) {
        if (child.type !== 'text' || k >= refs.length) {
          out.push(child);
          continue;
        }
        let text = child.content;
        while (k < refs.length) {
          // References that share one span ('sections 1 and 2') are linked target by target.
          const first = refs[k]!;
          let n = 1;
          while (k + n < refs.length && refs[k + n]!.span.start === first.span.start && refs[k + n]!.span.end === first.span.end) n++;
          const group = refs.slice(k, k + n);
          const raw = result.text.slice(first.span.start, first.span.end);
          const at = text.indexOf(raw);
          if (at < 0) break;
          if (at > 0) out.push(textToken(state, text.slice(0, at)));
          if (n === 1) out.push(...link(first, raw));
          else {
            let pos = 0;
            for (const ref of [...group].sort((a, b) => a.targetSpan.start - b.targetSpan.start)) {
              const from = ref.targetSpan.start - first.span.start;
              const to = ref.targetSpan.end - first.span.start;
              if (from < pos || to > raw.length) continue;
              if (from > pos) out.push(textToken(state, raw.slice(pos, from)));
              out.push(...link(ref, raw.slice(from, to)));
              pos = to;
            }
            if (pos < raw.length) out.push(textToken(state, raw.slice(pos)));
          }
          text = text.slice(at + raw.length);
          k += n;
        }
        if (text) out.push(textToken(state, text));
      }
      t.children = out;
    }
  }
  for (const { at, token } of insertAfter.reverse()) tokens.splice(at + 1, 0, token);
  env.inspection = { result, view, chartPlaced, links, brokenLinks };
}

function groupOf(criterion: { groups: { kind: string; findings: unknown[] }[] }, finding: unknown): string {
  return criterion.groups.find((g) => g.findings.includes(finding))?.kind ?? 'strengths';
}

function textToken(state: StateCore, content: string): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  return t;
}

function brokenMessage(problem: string): string {
  switch (problem) {
    case 'unknown-letter':
      return 'This criterion has no finding with that letter.';
    case 'unknown-section':
      return 'The report has no section with that number.';
    default:
      return 'The report has no criterion with that id.';
  }
}

function badges(v: ReportView['criteria'][number], esc: (s: string) => string): string[] {
  const out: string[] = [];
  if (v.score) out.push(` <span class="ir-badge ir-score" title="Score">${esc(v.score)}</span>`);
  if (v.band) out.push(` <span class="ir-badge ir-band ir-band-${esc(v.band.replace(/[^a-z0-9-]/gi, '-'))}" title="Band of the score">${esc(v.band)}</span>`);
  const n = v.problems.error + v.problems.warning;
  if (n > 0) out.push(` <span class="ir-badge ir-problems" title="Errors and warnings in this criterion">${n} ${n === 1 ? 'problem' : 'problems'}</span>`);
  return out;
}

/** The preview's stylesheet (also embedded by the HTML export). */
export const PREVIEW_CSS = `
.ir-badge{display:inline-block;margin-left:.4em;padding:0 .5em;border-radius:.6em;font-size:.7em;font-weight:600;vertical-align:middle;line-height:1.6;color:#fff}
.ir-score{background:#0b5394}
.ir-band{background:#7a4e00}
.ir-problems{background:#b42318}
a.ir-ref{text-decoration:underline dotted}
.ir-broken-ref{text-decoration:underline wavy #b42318}
.ir-marker{font-size:.8em;font-weight:700;padding:0 .3em;border-radius:.3em;cursor:help}
.ir-marker.ir-error{color:#fff;background:#b42318}
.ir-marker.ir-warning{color:#000;background:#f5c518}
.ir-marker.ir-info{color:#fff;background:#2f6fb0}
.ir-problem-error{border-left:3px solid #b42318;padding-left:.4em}
.ir-problem-warning{border-left:3px solid #d4a20a;padding-left:.4em}
.ir-problem-info{border-left:3px solid #2f6fb0;padding-left:.4em}
figure.ir-chart{margin:1em 0;overflow-x:auto}
figure.ir-chart svg{max-width:100%;height:auto}
`;
