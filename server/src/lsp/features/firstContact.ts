/**
 * First contact in the editor: a report without front matter is offered one
 * (title, inspectorate, area, date and a choice of framework) at its first
 * line. The 'Insert report skeleton' fix of an empty report comes from the
 * core (checks/first-contact.ts) like any other fix; a code lens offers it
 * too, because editors ask for no code actions on an empty line.
 */
import { CompletionItemKind, InsertTextFormat, type CodeLens, type CompletionItem, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { AnalysisResult, Diagnostic } from '../../core/index.js';
import { toRange } from '../convert.js';
import { lspEdits } from './codeActions.js';
import { builtinFrameworkIds } from '../../core/index.js';

/** Escapes a snippet choice (`,` `|` `\` are special inside `${1|a,b|}`). */
const choice = (s: string) => s.replace(/[\\,|$}]/g, (c) => `\\${c}`);

/** The front matter item, when the report has none and the cursor is on its first line with at most `---` before it. */
export function frontMatterItems(result: AnalysisResult, line: number, before: string, range: Range): CompletionItem[] {
  if (result.report.frontMatter || line !== 0 || !/^-{0,3}$/.test(before)) return [];
  const ids = builtinFrameworkIds();
  const newText = [
    '---',
    'title: ${1:A report on …}',
    'inspectorate: ${2:HM Inspectorate of Probation}',
    'area: ${3:Area}',
    'date: ${4:YYYY-MM}',
    `framework: \${5|${ids.map(choice).join(',')}|}`,
    '---',
    '',
    '$0',
  ].join('\n');
  return [
    {
      label: 'Front matter',
      kind: CompletionItemKind.Snippet,
      detail: 'title, inspectorate, area, date and framework',
      documentation: 'The report’s front matter. The framework decides which criteria, scores and conclusions are checked.',
      insertTextFormat: InsertTextFormat.Snippet,
      filterText: '---',
      sortText: '0',
      textEdit: { range, newText },
    },
  ];
}

/**
 * The server command behind the 'Insert report skeleton' code lens. VS Code
 * asks for no code actions on an empty line, so in an empty report the quick
 * fix of `structure/missing-criterion` cannot be reached with Ctrl+.; the
 * lens above line 1 runs the same fix. The language client registers the
 * command from `executeCommandProvider`.
 */
export const INSERT_SKELETON_COMMAND = 'inspectionReport.server.insertSkeleton';

/** The 'Insert report skeleton' fix of a report with no criteria, when it has one. */
export function skeletonDiagnostic(result: AnalysisResult): Diagnostic | undefined {
  if (result.report.criteria.length > 0) return undefined;
  return result.diagnostics.find((d) => d.ruleId === 'structure/missing-criterion' && d.fix && d.fix.edits.length > 0);
}

/** A lens on the first line of a report with no criteria that inserts the skeleton. */
export function skeletonLenses(result: AnalysisResult): CodeLens[] {
  const d = skeletonDiagnostic(result);
  if (!d) return [];
  const range = toRange(result.lines, { start: d.span.start, end: d.span.start });
  return [{ range, command: { title: d.fix!.title, command: INSERT_SKELETON_COMMAND, arguments: [result.uri] } }];
}

/** The edit of the skeleton fix, as LSP text edits, for `workspace/applyEdit`. */
export function skeletonEdits(result: AnalysisResult): LspTextEdit[] | undefined {
  const d = skeletonDiagnostic(result);
  if (!d) return undefined;
  return lspEdits(result, d.fix!.edits);
}
