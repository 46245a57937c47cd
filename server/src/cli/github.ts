/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per finding, which the Actions runner turns into annotations on the
 * file and line. Lines and columns are 1-based; values are escaped as the
 * runner expects (`%`, CR and LF in the message; also `:` and `,` in properties).
 */
import type { Diagnostic } from '../core/diagnostic.js';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotation(d: Diagnostic, file: string, range: Range): string {
  const props = [
    `file=${escapeProperty(file.split('\\').join('/'))}`,
    `line=${range.start.line + 1}`,
    `col=${range.start.character + 1}`,
    `endLine=${range.end.line + 1}`,
    `endColumn=${range.end.character + 1}`,
    `title=${escapeProperty(d.ruleId)}`,
  ];
  return `::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message)}`;
}
