/**
 * The renderer and the analysis core for the preview, the dashboard and the
 * exports, bundled on its own (dist/render.cjs) and loaded on first use, so
 * that activation does not parse the core, zod, remark, markdown-it and docx.
 * No `vscode` here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocumentAnalyzer, type AnalysisResult, type AnalyzeOptions, type FrameworkSource } from '../../server/src/core/index.js';
import { parseSettings } from '../../server/src/lsp/settings.js';

export { decorate, PREVIEW_CSS } from '../../server/src/render/markdownIt.js';
export { renderHtmlPage } from '../../server/src/render/html.js';
export { renderDocx } from '../../server/src/render/docx.js';
export { buildView } from '../../server/src/render/view.js';
export { chartFigure } from '../../server/src/render/markdownIt.js';
export { escapeXml } from '../../server/src/render/chart.js';

/** Reads framework files next to a report on disk (the core does no I/O). */
function resolveFramework(ref: string, reportUri: string): FrameworkSource | undefined {
  try {
    if (!reportUri.startsWith('file:')) return undefined;
    const p = path.resolve(path.dirname(fileURLToPath(reportUri)), ref);
    return { uri: pathToFileURL(p).href, text: fs.readFileSync(p, 'utf8') };
  } catch {
    return undefined;
  }
}

/** One incremental analyzer per document, with the user's settings. */
export class Analyses {
  private readonly analyzers = new Map<string, { analyzer: DocumentAnalyzer; key: string; last?: AnalysisResult }>();

  /** `settings` is the raw `inspectionReport` configuration section. */
  analyze(uri: string, text: string, settings: unknown): AnalysisResult {
    const parsed = parseSettings(settings);
    const options: AnalyzeOptions = { resolveFramework, severities: parsed.rules, ...(parsed.rounding ? { rounding: parsed.rounding } : {}) };
    const key = JSON.stringify([parsed.rules, parsed.rounding]);
    let entry = this.analyzers.get(uri);
    if (!entry || entry.key !== key) {
      entry = { analyzer: new DocumentAnalyzer(uri, options), key };
      this.analyzers.set(uri, entry);
    }
    if (entry.last && entry.last.text === text) return entry.last;
    entry.last = entry.analyzer.update(text);
    return entry.last;
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
  }
}
