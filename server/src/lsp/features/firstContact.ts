/**
 * First contact in the editor: a report without front matter is offered one
 * (title, inspectorate, area, date and a choice of framework) at its first
 * line. The 'Insert report skeleton' fix of an empty report comes from the
 * core (checks/first-contact.ts) like any other fix.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/index.js';
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
