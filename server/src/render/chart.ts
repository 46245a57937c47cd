/**
 * Chart 1: the criterion scores and the section means as a horizontal bar
 * chart in plain SVG (no script, no fonts to fetch, no network), so that it
 * can sit in VS Code's preview, in a webview under a strict CSP, in an
 * exported HTML file and, rasterised by nobody, in print. See ARCHITECTURE.md
 * for why this is our own SVG rather than a charting library.
 */
import type { ReportView } from './view.js';

export interface ChartBand {
  id: string;
  min: number;
}

export interface ChartOptions {
  /** Band thresholds drawn as dashed lines (from the framework's conclusions). */
  bands?: readonly ChartBand[];
  /** Caption shown above the bars. */
  caption?: string;
  /** Width of the whole image in px. */
  width?: number;
}

interface Row {
  kind: 'criterion' | 'mean';
  id: string;
  label: string;
  value: number;
  text: string;
  anchor: string;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** The rows of the chart: each section's scored criteria, then its mean. */
function rows(view: ReportView): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const s of view.sections) {
    const scored = s.criteria.filter((c) => c.value !== undefined);
    if (scored.length === 0) continue;
    for (const c of scored) {
      seen.add(c.anchor);
      out.push({ kind: 'criterion', id: c.id, label: `${c.id} ${c.title}`, value: c.value!, text: c.score!, anchor: c.anchor });
    }
    if (s.mean !== undefined) {
      out.push({ kind: 'mean', id: s.id, label: `Section ${s.id}: ${s.title}`, value: s.mean, text: `${trim(s.mean)}%`, anchor: s.anchor });
    }
  }
  for (const c of view.criteria) {
    if (c.value === undefined || seen.has(c.anchor)) continue;
    out.push({ kind: 'criterion', id: c.id, label: `${c.id} ${c.title}`, value: c.value, text: c.score!, anchor: c.anchor });
  }
  return out;
}

function trim(n: number): string {
  return String(Number(n.toFixed(4)));
}

/** Whether the report has anything to chart (at least one percentage score). */
export function hasChartData(view: ReportView): boolean {
  return view.criteria.some((c) => c.value !== undefined);
}

/**
 * The chart as an SVG element string. Every bar is a `<g>` with
 * `data-criterion` (or `data-section` for a mean) and a `<title>`, wrapped in
 * a link to the criterion's (or section's) anchor.
 */
export function scoreChartSvg(view: ReportView, options: ChartOptions = {}): string {
  const data = rows(view);
  const width = options.width ?? 760;
  const labelW = Math.round(width * 0.45);
  const valueW = 56;
  const plotW = width - labelW - valueW - 16;
  const rowH = 20;
  const top = options.caption ? 34 : 12;
  const axisH = 26;
  const height = top + data.length * rowH + axisH;
  const x = (v: number) => labelW + (Math.max(0, Math.min(100, v)) / 100) * plotW;
  const caption = options.caption ?? 'Scores of each criterion and section';
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="inspection-chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(caption)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  if (options.caption) parts.push(`<text x="4" y="20" font-size="13" font-weight="bold" fill="#1f3b57">${escapeXml(options.caption)}</text>`);
  // Grid: every 20%, and the framework's band thresholds.
  const plotBottom = top + data.length * rowH;
  for (let v = 0; v <= 100; v += 20) {
    parts.push(
      `<line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${plotBottom}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${x(v).toFixed(1)}" y="${plotBottom + 14}" text-anchor="middle" fill="#57606a">${v}%</text>`,
    );
  }
  for (const b of options.bands ?? []) {
    if (b.min <= 0 || b.min >= 100) continue;
    parts.push(
      `<line class="band" x1="${x(b.min).toFixed(1)}" y1="${top}" x2="${x(b.min).toFixed(1)}" y2="${plotBottom}" stroke="#9a6700" stroke-width="1" stroke-dasharray="3 3"><title>${escapeXml(`${b.id} from ${b.min}%`)}</title></line>`,
    );
  }
  data.forEach((r, i) => {
    const y = top + i * rowH;
    const mean = r.kind === 'mean';
    const fill = mean ? '#1f3b57' : '#4f86c6';
    const attr = mean ? `data-section="${escapeXml(r.id)}"` : `data-criterion="${escapeXml(r.id)}"`;
    const tip = mean ? `${r.label}: mean ${r.text}` : `${r.label}: ${r.text}`;
    parts.push(
      `<a href="#${escapeXml(r.anchor)}"><g class="bar ${mean ? 'mean' : 'criterion'}" ${attr}><title>${escapeXml(tip)}</title>`,
      `<text x="${labelW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="#24292f"${mean ? ' font-weight="bold"' : ''}>${escapeXml(clip(r.label, Math.floor(labelW / 6.2)))}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${(x(r.value) - labelW).toFixed(1)}" height="${rowH - 6}" fill="${fill}"/>`,
      `<text x="${(x(r.value) + 4).toFixed(1)}" y="${y + rowH / 2 + 4}" fill="#24292f"${mean ? ' font-weight="bold"' : ''}>${escapeXml(r.text)}</text>`,
      `</g></a>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
