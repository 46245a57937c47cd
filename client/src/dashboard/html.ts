/**
 * The dashboard's HTML, from a report's analysis: the chart, the criteria
 * (score or grade, band, conclusion, problem counts) and the numeric claims.
 * Pure string building, no `vscode`; every row carries the 0-based line and
 * character it goes to when clicked.
 */
import type * as Render from '../render.js';

type Result = ReturnType<Render.Analyses['analyze']>;

/** A claim row as the dashboard shows it (from `inspection/claims` or the local analysis). */
export interface ClaimRow {
  text: string;
  kind: string;
  verdict: string;
  arithmetic: string;
  criterionId?: string;
  line: number;
  character: number;
}

export function localClaims(result: Result): ClaimRow[] {
  return result.report.claims.map((c) => {
    const p = result.lines.positionAt(c.span.start);
    return {
      text: result.text.slice(c.span.start, c.span.end),
      kind: c.kind,
      verdict: c.verdict,
      arithmetic: c.arithmetic,
      ...(c.criterionId ? { criterionId: c.criterionId } : {}),
      line: p.line,
      character: p.character,
    };
  });
}

const VERDICTS: Record<string, string> = {
  ok: 'consistent',
  inconsistent: 'inconsistent',
  convention: 'convention',
  impossible: 'impossible',
  unchecked: 'not checked',
};

/** The body of the dashboard (what live updates replace). */
export function dashboardBody(r: typeof Render, result: Result, claims: ClaimRow[], claimsSource: string): string {
  const esc = r.escapeXml;
  const view = r.buildView(result);
  const at = (line: number, character = 0) => `data-line="${line}" data-character="${character}" tabindex="0"`;
  const count = (n: number, cls: string) => (n > 0 ? `<span class="count ${cls}">${n}</span>` : '<span class="zero">0</span>');
  const parts: string[] = [];
  const t = view.problems;
  parts.push(
    `<header><h1>${esc(view.title)}</h1><p class="meta">${esc(view.frameworkName ?? view.frameworkId)} · ${view.criteria.length} criteria · ` +
      `<span class="sum error">${t.error} errors</span> · <span class="sum warning">${t.warning} warnings</span> · <span class="sum info">${t.info} notes</span></p></header>`,
  );
  if (view.criteria.some((c) => c.value !== undefined)) {
    parts.push(`<section><h2>Chart</h2>${r.chartFigure(result, view)}</section>`);
  }
  parts.push(
    '<section><h2>Criteria</h2><table id="criteria"><thead><tr><th>Criterion</th><th>Score or grade</th><th>Band</th><th>Conclusion</th><th title="errors">E</th><th title="warnings">W</th><th title="notes">I</th></tr></thead><tbody>',
  );
  for (const c of view.criteria) {
    const mismatch = c.band && c.conclusionBand && c.band !== c.conclusionBand;
    parts.push(
      `<tr class="go criterion" data-criterion="${esc(c.id)}" ${at(c.line)}><td><a href="#">${esc(c.id)}</a> ${esc(c.title)}</td><td>${esc(c.score ?? '—')}</td><td>${esc(c.band ?? '')}</td>` +
        `<td${mismatch ? ' class="mismatch"' : ''}>${esc(c.conclusion ?? '')}</td><td>${count(c.problems.error, 'error')}</td><td>${count(c.problems.warning, 'warning')}</td><td>${count(c.problems.info, 'info')}</td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');
  for (const s of view.sections.filter((x) => x.meanText)) {
    parts.push(`<p class="mean go" ${at(s.line)}>Section ${esc(s.id)} ${esc(s.title)}: mean of criterion scores ${esc(s.meanText!)}</p>`);
  }
  parts.push(`<section><h2>Claims</h2><p class="meta">${claims.length} numeric claims (${esc(claimsSource)})</p><table id="claims"><thead><tr><th>Claim</th><th>Criterion</th><th>Verdict</th><th>Arithmetic</th></tr></thead><tbody>`);
  for (const c of claims) {
    parts.push(
      `<tr class="go claim ${esc(c.verdict)}" ${at(c.line, c.character)}><td>${esc(c.text)}</td><td>${esc(c.criterionId ?? '')}</td><td>${esc(VERDICTS[c.verdict] ?? c.verdict)}</td><td>${esc(c.arithmetic)}</td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');
  return parts.join('\n');
}

const CSS = `
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:0 1em 2em}
h1{font-size:1.4em;margin:.6em 0 .2em}h2{font-size:1.1em;margin:1.2em 0 .4em}
.meta{color:var(--vscode-descriptionForeground);margin:.2em 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.2em .5em;border-bottom:1px solid var(--vscode-panel-border,#8884);vertical-align:top}
tr.go,p.go{cursor:pointer}tr.go:hover,tr.go:focus,p.go:hover{background:var(--vscode-list-hoverBackground)}
.count{font-weight:700;padding:0 .35em;border-radius:.5em}
.count.error,.sum.error{color:var(--vscode-errorForeground)}
.count.warning,.sum.warning{color:var(--vscode-editorWarning-foreground)}
.count.info,.sum.info{color:var(--vscode-editorInfo-foreground)}
.zero{opacity:.4}
td.mismatch{color:var(--vscode-errorForeground)}
tr.claim.inconsistent td:nth-child(3),tr.claim.impossible td:nth-child(3){color:var(--vscode-errorForeground);font-weight:600}
figure.ir-chart{margin:0;overflow-x:auto}figure.ir-chart svg{max-width:100%;height:auto;border-radius:4px}
`;

/**
 * The whole page. Strict CSP: nothing remote, no inline script but the one
 * with the nonce, styles only from the nonce'd block.
 */
export function dashboardPage(body: string, nonce: string, cspSource: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report dashboard</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<div id="root">${body}</div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  function go(el) {
    vscode.postMessage({ type: 'reveal', line: Number(el.dataset.line), character: Number(el.dataset.character || 0) });
  }
  root.addEventListener('click', function (e) {
    const bar = e.target.closest && e.target.closest('a[href^="#"]');
    if (bar) e.preventDefault();
    const target = e.target.closest && e.target.closest('[data-line]');
    if (target) { go(target); return; }
    if (bar) {
      const id = bar.getAttribute('href').slice(1).replace(/^criterion-/, '');
      const row = root.querySelector('tr.criterion[data-criterion="' + CSS.escape(id) + '"]');
      if (row) go(row);
    }
  });
  root.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { const t = e.target.closest && e.target.closest('[data-line]'); if (t) go(t); }
  });
  window.addEventListener('message', function (e) {
    const m = e.data;
    if (m && m.type === 'update') root.innerHTML = m.body;
  });
})();
</script>
</body>
</html>`;
}
