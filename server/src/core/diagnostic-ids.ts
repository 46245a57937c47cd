/**
 * Diagnostic ids that are not rules of `checks/`: the framework a report
 * names, its front matter, and a check that failed. They are reported by the
 * analyzer itself, but each has its page in docs/rules/ like a rule
 * (`npm run docs:rules` writes them), so that every code a writer sees links
 * to a page that exists.
 */
import type { Severity } from './model.js';

export interface DiagnosticIdDoc {
  id: string;
  severity: Severity;
  summary: string;
  description: string;
  /** Report texts that raise it (none for an internal failure). */
  examples: string[];
}

const FM = (body: string) => `---\ntitle: A report\n${body}---\n\n`;

export const OTHER_DIAGNOSTIC_IDS: readonly DiagnosticIdDoc[] = [
  {
    id: 'framework/default',
    severity: 'info',
    summary: 'The report names no framework, so the default one is used.',
    description:
      "A report says which framework it is written against in its front matter (`framework: hmip-omi-2007`, or a relative path to a framework file such as `./frameworks/ofsted.yaml`). Without one, the report is checked against the default built-in framework, and this note says so once, at the top of the report. Add a `framework:` line to the front matter to choose; the editor completes the built-in ids after `framework:`.",
    examples: ['# Foreword\n\nA report without front matter.\n', FM('') + '# Foreword\n\nFront matter without a framework.\n'],
  },
  {
    id: 'framework/unknown',
    severity: 'error',
    summary: 'The framework the report names is neither built in nor a readable file.',
    description:
      'The value of `framework:` is either the id of a built-in framework or a path, relative to the report, to a framework file (YAML or JSON). The message says which: an id that is not built in (and lists the built-in ones), or a file that cannot be read. Checks that need a framework do not run until it is found.',
    examples: [FM('framework: no-such-framework\n') + '# Foreword\n\nText.\n'],
  },
  {
    id: 'framework/invalid',
    severity: 'error',
    summary: 'The framework file the report names does not follow the framework schema.',
    description:
      'A framework file is data, validated by a schema (docs/frameworks.md). Each problem is reported in the framework file itself, at its line, and the report gets one diagnostic at its `framework:` value that names the first problem and links to the others. Checks that need a framework do not run until the file is valid.',
    examples: [],
  },
  {
    id: 'structure/front-matter',
    severity: 'error',
    summary: 'Front matter that is not valid YAML.',
    description:
      'The front matter is the YAML block between `---` lines at the very top of a report (title, inspectorate, area, date, framework, rounding). When it is not valid YAML, the error is reported at the offending line and the values that could not be read are ignored; the rest of the report is still checked.',
    examples: ['---\ntitle: [unclosed\nframework: hmip-omi-2007\n---\n\n# Foreword\n\nText.\n'],
  },
  {
    id: 'internal/check-failed',
    severity: 'warning',
    summary: 'A check stopped with an internal error; the other checks still ran.',
    description:
      'A failing check must not take the others down, so its failure is reported as this warning at the top of the report, naming the check and the error. It is a bug in the tools, not in the report: please report it with the text that causes it. Turning the named rule off in `inspectionReport.rules` silences it meanwhile.',
    examples: [],
  },
  {
    id: 'internal/analysis-failed',
    severity: 'error',
    summary: 'The whole report could not be analysed because of an internal error.',
    description:
      'Analysis never throws: if it fails as a whole, the report gets this one error at its top, naming the cause, instead of no answer at all. It is a bug in the tools, not in the report: please report it with the text that causes it.',
    examples: [],
  },
  {
    id: 'internal/block-failed',
    severity: 'warning',
    summary: 'One block (a heading and what follows it) could not be parsed or analysed; the rest of the report was.',
    description:
      'A block whose parsing fails keeps only its text and is left out of the checks; the warning sits on the block and names the cause. It is a bug in the tools, not in the report: please report it with the text of the block.',
    examples: [],
  },
  {
    id: 'limits/report-size',
    severity: 'warning',
    summary: 'A report longer than the size limit: only its headings are analysed.',
    description:
      'To keep the editor responsive, a report longer than `maxReportChars` characters is analysed only as far as its headings (the outline still works). Raise the limit in the settings or the configuration file if the report is genuinely that long.',
    examples: [],
  },
  {
    id: 'limits/line-length',
    severity: 'warning',
    summary: 'A line longer than the line-length limit: its block is not analysed.',
    description:
      'A single line longer than `maxLineChars` characters (often pasted data rather than prose) makes its block be left out of the analysis; the warning sits on that line. Break the line, or raise the limit.',
    examples: [],
  },
  {
    id: 'limits/nesting-depth',
    severity: 'warning',
    summary: 'A block nested deeper than the nesting limit: it is not analysed.',
    description:
      'Lists, quotes, brackets or emphasis marks nested (or left open) deeper than `maxNestingDepth` levels make their block be left out of the analysis, so that a malformed paste cannot slow the editor down. The warning sits on the line where the limit is passed.',
    examples: [],
  },
  {
    id: 'limits/block-time',
    severity: 'warning',
    summary: 'A block whose analysis took longer than its time budget: only part of it is analysed.',
    description:
      'In the editor, each block (a heading and what follows it) may take at most `blockTimeBudgetMs` milliseconds, so that one block cannot hold up the others. A block over its budget keeps what was analysed so far (its structure, perhaps its references) and the later stages are skipped; the warning sits on the block. No real report comes near the default; raise the setting if one does. The command line has no time budget, so its output never depends on timing.',
    examples: [],
  },
  {
    id: 'limits/front-matter-size',
    severity: 'warning',
    summary: 'Front matter longer than its size limit: it is not read.',
    description:
      'Front matter holds a few short values (title, framework, rounding ...). Front matter longer than `maxFrontMatterChars` characters is not read at all, so its framework and rounding are not taken into account; the warning sits on its opening `---`.',
    examples: [],
  },
  {
    id: 'config/invalid',
    severity: 'error',
    summary: 'A configuration file (.inspectionrc.yaml, .yml or .json) with a value that does not follow its schema.',
    description:
      'Settings can be kept in a configuration file next to the reports. Each key that is unknown, or whose value is malformed, is reported in the configuration file at its line, and is ignored; the other keys still apply.',
    examples: [],
  },
];
