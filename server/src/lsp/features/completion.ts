/**
 * Completion:
 * - criterion ids (with titles) after `see `, `section `, `criterion `,
 *   `OMI Criterion: `; section ids too after `section `;
 * - finding letters (with summaries) right after an id: `see 4.3` -> a, b...;
 * - grade words on an empty or partial grade line of a graded criterion;
 * - conclusion sentences after a Conclusion label;
 * - front matter keys, and built-in framework ids after `framework:`;
 * - the whole front matter at the top of a report that has none (firstContact.ts).
 */
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { AnalysisResult, Criterion } from '../../core/index.js';
import { builtinFrameworkIds } from '../../core/index.js';
import { criterionAt } from './locate.js';
import { frontMatterItems as firstContactItems } from './firstContact.js';
import { criterionDetail, readableTitle } from './display.js';

export const FRONT_MATTER_KEYS: Record<string, string> = {
  title: 'The report title',
  inspectorate: 'The inspectorate that wrote the report',
  area: 'The area (or organisation) inspected',
  date: 'Publication date, e.g. 2007-10',
  framework: 'A built-in framework id, or a relative path to a framework file',
};

// Digits so that letters are offered right after 'see 4.3'; '-' for front matter at the top of an empty report.
export const TRIGGER_CHARACTERS = [' ', '.', ':', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const ID_CONTEXT = /\b(see(?:\s+also)?|section|criterion|OMI\s+criterion\s*:?)[ \t]+(\d+(?:\.\d*)?)?$/i;
const LETTER_CONTEXT = /\b(see(?:\s+also)?|criterion|OMI\s+criterion\s*:?)[ \t]+(\d+\.\d+)([a-z]?)$/i;

/** What completion may ask of the workspace (injected, so that the feature stays a pure function). */
export interface CompletionContext {
  /** Framework files near the report, offered after `framework:` (lsp/frameworkFiles.ts). */
  frameworkFiles?: () => { ref: string; id: string; name: string }[];
}

export function completion(result: AnalysisResult, position: Position, context: CompletionContext = {}): CompletionItem[] {
  const { lines, text } = result;
  const offset = lines.offsetAt(position);
  const lineStart = lines.lineStart(position.line);
  const before = text.slice(lineStart, offset);
  const lineEnd = (() => {
    const e = text.indexOf('\n', offset);
    return e === -1 ? text.length : e;
  })();
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const rangeFrom = (start: number): Range => ({ start: lines.positionAt(start), end: position });

  const fm = result.report.frontMatter;
  if (!fm && position.line === 0) {
    const items = firstContactItems(result, position.line, before, rangeFrom(lineStart));
    if (items.length > 0) return items;
  }
  if (fm && offset > fm.span.start && offset < fm.span.end && position.line > 0) {
    return frontMatterItems(result, before, offset, rangeFrom, context);
  }

  const letter = LETTER_CONTEXT.exec(before);
  if (letter) {
    const c = result.index.criteria.get(letter[2]!);
    if (c) {
      const letters = letterItems(c, rangeFrom(offset - letter[3]!.length));
      if (letter[3]) return letters;
      // Right after 'see 4.3': the criterion itself (with its title) and its finding letters.
      const ids = idItems(result, false, rangeFrom(offset - letter[2]!.length)).filter((i) => i.label.startsWith(letter[2]!));
      return [...ids, ...letters];
    }
  }

  const id = ID_CONTEXT.exec(before);
  if (id) {
    const partial = id[2] ?? '';
    return idItems(result, /^section$/i.test(id[1]!), rangeFrom(offset - partial.length));
  }

  const c = criterionAt(result, offset);
  if (!c || offset <= c.headingSpan.end) return [];

  const conclusion = conclusionItems(result, c, offset, before, rangeFrom);
  if (conclusion) return conclusion;
  return gradeItems(result, c, offset, line, before, rangeFrom);
}

function frontMatterItems(result: AnalysisResult, before: string, offset: number, rangeFrom: (start: number) => Range, context: CompletionContext = {}): CompletionItem[] {
  const fw = /^\s*framework\s*:\s*(\S*)$/.exec(before);
  if (fw) return frameworkItems(rangeFrom(offset - fw[1]!.length), context);
  const key = /^([A-Za-z]*)$/.exec(before);
  if (!key) return [];
  const present = result.report.frontMatter?.keySpans ?? {};
  return Object.entries(FRONT_MATTER_KEYS)
    .filter(([k]) => !(k in present))
    .map(([k, doc]) => ({
      label: k,
      kind: CompletionItemKind.Property,
      documentation: doc,
      textEdit: { range: rangeFrom(offset - key[1]!.length), newText: `${k}: ` },
    }));
}

/**
 * The id items of one analysis, without their edit range: they depend only on
 * the model, so they are built once per analysis and shared by every request.
 */
const idItemCache = new WeakMap<AnalysisResult, Map<boolean, CompletionItem[]>>();

function idItems(result: AnalysisResult, withSections: boolean, range: Range): CompletionItem[] {
  let byKind = idItemCache.get(result);
  if (!byKind) {
    byKind = new Map();
    idItemCache.set(result, byKind);
  }
  let base = byKind.get(withSections);
  if (!base) {
    base = buildIdItems(result, withSections);
    byKind.set(withSections, base);
  }
  return base.map((item) => ({ ...item, textEdit: { range, newText: item.label } }));
}

function buildIdItems(result: AnalysisResult, withSections: boolean): CompletionItem[] {
  const { report, framework } = result;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const criteria: { id: string; title: string; detail?: string }[] = report.criteria.map((c) => ({
    id: c.id,
    title: readableTitle(c.title, framework?.criterion(c.id)?.title),
    detail: criterionDetail(c, framework),
  }));
  if (criteria.length === 0 && framework) {
    for (const s of framework.sections) for (const c of s.criteria) criteria.push({ id: c.id, title: c.title });
  }
  for (const c of criteria) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    items.push({
      label: c.id,
      kind: CompletionItemKind.Reference,
      // The title goes in the row itself (VS Code shows labelDetails.detail right after the label).
      labelDetails: { detail: ` ${c.title}`, description: c.detail },
      sortText: sortKey(c.id),
    });
  }
  if (withSections) {
    for (const s of report.sections) {
      items.push({
        label: s.id,
        kind: CompletionItemKind.Module,
        labelDetails: { detail: ` ${readableTitle(s.title, framework?.section(s.id)?.title)}` },
        sortText: sortKey(s.id),
      });
    }
  }
  return items;
}

/**
 * The answer for clients that accept a default edit range (LSP 3.17
 * `CompletionList.itemDefaults.editRange`): when every item replaces the same
 * range, the range is sent once and items whose text is their label carry no
 * edit at all. For long lists (every criterion of a large report) this is most
 * of the answer's size. The edits the client applies are the same.
 */
export function compactList(items: CompletionItem[]): CompletionList {
  const first = items[0]?.textEdit;
  const sameRange =
    first !== undefined &&
    'range' in first &&
    items.every((i) => i.textEdit && 'range' in i.textEdit && rangeEquals(i.textEdit.range, first.range));
  if (!sameRange) return { isIncomplete: false, items };
  return {
    isIncomplete: false,
    itemDefaults: { editRange: first.range },
    items: items.map(({ textEdit, ...rest }) => (textEdit!.newText === rest.label ? rest : { ...rest, textEditText: textEdit!.newText })),
  };
}

function rangeEquals(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** `4.10` after `4.9`: ids sort by their numbers. */
function sortKey(id: string): string {
  return id
    .split('.')
    .map((p) => p.padStart(4, '0'))
    .join('.');
}

function letterItems(c: Criterion, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const strengthLetters = new Set(c.groups.filter((g) => g.kind === 'strengths').flatMap((g) => g.findings.map((f) => f.letter)));
  c.groups.forEach((g, gi) => {
    for (const f of g.findings) {
      // A bare letter resolves to Strengths first: name the group when Strengths has the same letter.
      const qualified = g.kind === 'areas' && strengthLetters.has(f.letter);
      const newText = qualified ? `${f.letter} (Areas for Improvement)` : f.letter;
      items.push({
        label: newText,
        kind: CompletionItemKind.EnumMember,
        detail: `${c.id} ${g.label} (${f.letter})`,
        documentation: f.summary,
        sortText: `${gi}-${f.letter.padStart(2, ' ')}`,
        filterText: f.letter,
        textEdit: { range, newText },
      });
    }
  });
  return items;
}

function gradeItems(result: AnalysisResult, c: Criterion, offset: number, line: string, before: string, rangeFrom: (start: number) => Range): CompletionItem[] {
  const fw = result.framework;
  if (!fw || fw.scoreKind(c.id) !== 'grade') return [];
  const firstGroup = Math.min(c.groups[0]?.labelSpan.start ?? Infinity, c.conclusion?.labelSpan.start ?? Infinity);
  if (offset >= firstGroup) return [];
  const shape = /^\s*(?:\*\*)?(?:grade\s*:\s*)?([A-Za-z ]*)$/i;
  if (!shape.test(line)) return [];
  // Only where no grade line exists yet, or on the grade line itself.
  if (c.grade && !(offset >= c.grade.span.start && offset <= c.grade.span.end)) return [];
  const m = shape.exec(before);
  if (!m) return [];
  return fw.grades.map((g, i) => ({
    label: g,
    kind: CompletionItemKind.EnumMember,
    detail: `grade ${i + 1} of ${fw.grades.length}`,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range: rangeFrom(offset - m[1]!.length), newText: g },
  }));
}

function conclusionItems(
  result: AnalysisResult,
  c: Criterion,
  offset: number,
  before: string,
  rangeFrom: (start: number) => Range,
): CompletionItem[] | undefined {
  const fw = result.framework;
  const label = c.conclusion?.labelSpan;
  if (!fw || !label || offset < label.end || fw.bands.length === 0) return undefined;
  let partialStart: number;
  const sameLine = /^\s*(?:#+\s*)?(?:\*\*)?[A-Za-z ]+?(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?:\*\*)?([^]*)$/.exec(before);
  const lineStart = offset - before.length;
  if (label.start >= lineStart) {
    if (!sameLine) return undefined;
    partialStart = offset - sameLine[1]!.length;
  } else {
    // A line after the label, with nothing but the label's colon or bold markers in between.
    const between = result.text.slice(label.end, lineStart);
    if (!/^[\s:*]*$/.test(between)) return undefined;
    partialStart = lineStart + (before.length - before.trimStart().length);
  }
  const band = c.score ? fw.bandFor(c.score.value) : undefined;
  return fw.bands.map((b, i) => ({
    label: b.sentence,
    kind: CompletionItemKind.Text,
    detail: `${b.id}: from ${b.min}%`,
    preselect: b === band,
    sortText: `${b === band ? 0 : 1}-${String(i).padStart(3, '0')}`,
    textEdit: { range: rangeFrom(partialStart), newText: b.sentence },
  }));
}

/** After `framework:`: the built-in framework ids, then the framework files of the workspace near the report. */
function frameworkItems(range: Range, context: CompletionContext): CompletionItem[] {
  const items: CompletionItem[] = builtinFrameworkIds().map((id) => ({
    label: id,
    kind: CompletionItemKind.Module,
    detail: 'built-in framework',
    textEdit: { range, newText: id },
  }));
  let files: { ref: string; id: string; name: string }[] = [];
  try {
    files = context.frameworkFiles?.() ?? [];
  } catch {
    files = [];
  }
  for (const f of files) {
    items.push({
      label: f.ref,
      kind: CompletionItemKind.File,
      detail: `framework file: ${f.name} (${f.id})`,
      sortText: `~${f.ref}`,
      textEdit: { range, newText: f.ref },
    });
  }
  return items;
}
