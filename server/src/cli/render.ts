/**
 * `inspection-check render`: exports one report as a standalone HTML page or
 * a Word document, with the same renderer as the editor's preview
 * (server/src/render). Reading the report and writing the file happen here;
 * the rendering itself is pure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type AnalyzeOptions } from '../core/analyze.js';

export const RENDER_USAGE = `usage: inspection-check render [--format html|docx] [--no-problems] [-o OUT] REPORT

Renders one report (*.inspection.md) with its anchors, reference links,
score and band badges, and Chart 1 (criterion scores and section means).

  --format html   a standalone, print-ready HTML page (default)
  --format docx   a Word document with headings, lists, tables and the scores table
  --no-problems   leave out the problem markers (html; docx never has them)
  -o, --output    where to write; the default is the report's name with .html or .docx;
                  '-' writes HTML to standard output

Exit codes: 0 written, 2 usage or I/O failure.`;

interface RenderArgs {
  format: 'html' | 'docx';
  problems: boolean;
  output?: string;
  report?: string;
}

function parseRenderArgs(argv: string[]): RenderArgs | string {
  const args: RenderArgs = { format: 'html', problems: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'html' && v !== 'docx') return `unknown render format '${v ?? ''}': use html or docx`;
      args.format = v;
    } else if (a === '-o' || a === '--output' || a.startsWith('--output=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return `${a} needs a file name`;
      args.output = v;
    } else if (a === '--no-problems') args.problems = false;
    else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (args.report) return 'render takes one report';
    else args.report = a;
  }
  if (!args.report) return 'render needs a report file';
  return args;
}

/** The default output: the report's path with `.inspection.md` (or `.md`) replaced. */
export function defaultOutput(report: string, format: 'html' | 'docx'): string {
  const base = report.replace(/\.inspection\.md$/i, '').replace(/\.md$/i, '');
  return `${base}.${format}`;
}

export async function render(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  resolveFramework?: AnalyzeOptions['resolveFramework'],
): Promise<number> {
  const args = parseRenderArgs(argv);
  if (args === 'help') {
    out(`${RENDER_USAGE}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    err(`inspection-check: ${args}\n${RENDER_USAGE}\n`);
    return 2;
  }
  const report = args.report!;
  let text: string;
  try {
    text = fs.readFileSync(report, 'utf8');
  } catch (e) {
    err(`inspection-check: cannot read ${report}: ${(e as Error).message}\n`);
    return 2;
  }
  const result = analyze(text, pathToFileURL(path.resolve(report)).href, resolveFramework ? { resolveFramework } : {});
  const output = args.output ?? defaultOutput(report, args.format);
  try {
    if (args.format === 'html') {
      const { renderHtmlPage } = await import('../render/html.js');
      const page = renderHtmlPage(result, { problems: args.problems });
      if (output === '-') {
        out(page);
        return 0;
      }
      fs.writeFileSync(output, page);
    } else {
      if (output === '-') {
        err('inspection-check: docx output needs a file name (-o OUT.docx)\n');
        return 2;
      }
      const { renderDocx } = await import('../render/docx.js');
      fs.writeFileSync(output, await renderDocx(result));
    }
  } catch (e) {
    err(`inspection-check: cannot write ${output}: ${(e as Error).message}\n`);
    return 2;
  }
  out(`wrote ${output}\n`);
  return 0;
}
