/**
 * A standalone, print-ready HTML page of a report: the Markdown rendered by
 * markdown-it with the report plugin (anchors, reference links, badges,
 * problem markers, Chart 1), a scores table, and an embedded stylesheet. No
 * script and no remote resource, so it opens offline and prints as it shows.
 */
import MarkdownIt, { type Env, type MarkdownIt as MarkdownItInstance } from 'markdown-it';
import type { AnalysisResult } from '../core/index.js';
import { chartFigure, inspectionPlugin, PREVIEW_CSS, type InspectionEnv } from './markdownIt.js';
import { escapeXml } from './chart.js';
import type { ReportView } from './view.js';

export interface HtmlPageOptions {
  /** Show problem markers (default true; an export for publication may turn them off). */
  problems?: boolean;
}

/** A markdown-it instance that renders this analysis with the report plugin. */
export function reportMarkdownIt(result: AnalysisResult, options: HtmlPageOptions = {}): MarkdownItInstance {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const shown = options.problems === false ? { ...result, diagnostics: [] } : result;
  md.use(inspectionPlugin, { analyze: (src: string) => (src === blankFrontMatter(result.text) ? shown : undefined) });
  return md;
}

/**
 * The text with its front matter turned into blank lines: markdown-it would
 * render it as a paragraph, and blanking keeps every line where the analysis
 * saw it.
 */
export function blankFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
  if (!m) return text;
  return m[0].replace(/[^\r\n]/g, '') + text.slice(m[0].length);
}

/** The body HTML of the report and what the plugin found. */
export function renderReportBody(result: AnalysisResult, options: HtmlPageOptions = {}): { html: string; env: InspectionEnv } {
  const md = reportMarkdownIt(result, options);
  const env: Env & InspectionEnv = {};
  const html = md.render(blankFrontMatter(result.text), env);
  return { html, env };
}

/** The scores table: one row per criterion. */
export function scoresTableHtml(view: ReportView): string {
  const rows = view.criteria.map(
    (c) =>
      `<tr><td><a href="#${escapeXml(c.anchor)}">${escapeXml(c.id)}</a></td><td>${escapeXml(c.title)}</td><td>${escapeXml(c.score ?? '')}</td><td>${escapeXml(c.band ?? '')}</td><td>${escapeXml(c.conclusion ?? '')}</td></tr>`,
  );
  return `<table class="ir-scores"><thead><tr><th>Criterion</th><th>Title</th><th>Score or grade</th><th>Band</th><th>Conclusion</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const PAGE_CSS = `
body{font-family:Georgia,'Times New Roman',serif;max-width:52em;margin:2em auto;padding:0 1em;color:#1b1f23;line-height:1.5}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;color:#1f3b57;page-break-after:avoid}
table{border-collapse:collapse;margin:1em 0}
th,td{border:1px solid #c8ccd0;padding:.25em .5em;vertical-align:top}
th{background:#eef2f6}
.ir-meta{color:#57606a;font-size:.9em}
@media print{body{margin:0;max-width:none}.ir-marker,.ir-problems{display:none}a{color:inherit;text-decoration:none}figure.ir-chart{page-break-inside:avoid}}
`;

/** The whole page. */
export function renderHtmlPage(result: AnalysisResult, options: HtmlPageOptions = {}): string {
  const { html, env } = renderReportBody(result, options);
  const info = env.inspection;
  const view = info?.view;
  const title = view?.title ?? 'Inspection report';
  const extra: string[] = [];
  if (result.report.criteria.length > 0 && view) {
    extra.push(`<section class="ir-summary"><h2>Scores</h2>`);
    if (!info.chartPlaced && view.criteria.some((c) => c.value !== undefined)) extra.push(chartFigure(result, view));
    extra.push(scoresTableHtml(view), `</section>`);
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${PAGE_CSS}${PREVIEW_CSS}</style>`,
    '</head>',
    '<body>',
    `<p class="ir-meta">${escapeXml(view?.frameworkName ?? result.report.frameworkId)}</p>`,
    html,
    ...extra,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
