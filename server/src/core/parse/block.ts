/**
 * Parses one block (a heading and what follows it up to the next heading)
 * into plain data: the heading's role, a flat list of recognised items, the
 * cross-references and any summary tables. The result holds no mdast and no
 * reference to other blocks, so it can be cached by text and reused at another
 * offset after {@link shiftBlock}.
 */
import type { List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import type { Framework } from '../framework/framework.js';
import type { GroupKind, Reference, Span, SummaryCell, SummaryRow, SummaryTable } from '../model.js';
import { blockBudget, checkBlockShape, DEFAULT_LIMITS, type BlockBudget, type Limits } from '../limits.js';
import { maskMarkup } from '../text.js';
import { parseMarkdown } from './markdown.js';
import { extractReferences } from './references.js';
import { headingText, trimCell, trimEndSpace, withoutTrailingColon } from './spaces.js';

export type GroupLabelKind = GroupKind | 'conclusion';

export interface HeadingInfo {
  level: number;
  /** The whole heading line. */
  span: Span;
  /** Heading text without the hashes. */
  text: string;
  kind: 'section' | 'criterion' | 'group' | 'other';
  id?: string;
  idSpan?: Span;
  title?: string;
  titleSpan?: Span;
  group?: GroupLabelKind;
}

export type BlockItem =
  | { kind: 'paragraph'; span: Span; text: string; /** Where the trimmed text starts and ends (a span, so that shifting moves it). */ textSpan: Span }
  | { kind: 'label'; span: Span; labelSpan: Span; label: string; group: GroupLabelKind; rest?: { text: string; span: Span } }
  | { kind: 'finding'; span: Span; letter: string; letterSpan: Span; summary: string }
  | { kind: 'other'; span: Span; /** An unlettered list item: its first paragraph (a bulleted finding or a part line). */ bullet?: { text: string; textSpan: Span } };

export interface BlockData {
  /** Absolute offset; updated in place when a cached block moves. */
  offset: number;
  text: string;
  frontMatter: boolean;
  heading?: HeadingInfo;
  items: BlockItem[];
  references: Reference[];
  tables: SummaryTable[];
  /** Data that other extractors attach (numeric claims and the like). */
  extras: Record<string, unknown>;
  /** Why this block was analysed only in part (a limit, or a failure inside the parser), located. */
  notes?: BlockNote[];
}

/** A located note on a block: becomes a diagnostic of its own (`limits/…`, `internal/…`). */
export interface BlockNote {
  ruleId: string;
  message: string;
  span: Span;
}

/**
 * Settings beyond the framework that change what extractors produce (the
 * rounding override and the report's front matter values). The analyzer drops
 * its block cache when they change.
 */
export interface ExtractorContext {
  rounding?: { decimals?: number; ties?: 'either' | 'up' | 'down' | 'even' };
  frontMatter?: Readonly<Record<string, string>>;
  /** Size and nesting limits (core/limits.ts); the defaults when absent. */
  limits?: Limits;
  /** Read only the heading of each block (a report beyond the size limit). */
  headingsOnly?: boolean;
  /** A clock for the per-block time budget (limits.blockTimeBudgetMs); the server gives one, the CLI does not. */
  clock?: () => number;
  /**
   * The blocks of the version before that this update replaces (the run an
   * edit changed): an extractor may take over what it read in their unchanged
   * parts (numbers/scope-memo.ts). What it produces never depends on them.
   */
  earlier?: readonly BlockData[];
}

/** An extractor adds data of its own to each parsed block. */
export type BlockExtractor = (block: BlockData, masked: string, framework: Framework | undefined, context: ExtractorContext) => unknown;

const extractors = new Map<string, BlockExtractor>();

/** Registers an extractor whose result is kept in `block.extras[name]`. */
export function registerBlockExtractor(name: string, fn: BlockExtractor): void {
  extractors.set(name, fn);
}

const SECTION_HEADING = /^(?:section\s+)?(\d+)(?:\.|\s*[:\u2013-])\s+(\S.*)$/i;
const CRITERION_HEADING = /^(\d+\.\d+)\.?\s+(?:general\s+criterion\s*:\s*)?(\S.*)$/i;
const FINDING_START = /^\(([a-z]{1,2})\)(?=\s|$)/;
const PERCENT_CELL = /^\d{1,3}(?:\.\d+)?\s*%$/;

export function parseBlock(text: string, offset: number, frontMatter: boolean, framework: Framework | undefined, context: ExtractorContext = {}): BlockData {
  const block: BlockData = { offset, text, frontMatter, items: [], references: [], tables: [], extras: {} };
  if (frontMatter) return block;
  const budget = blockBudget(context.clock, context.limits ?? DEFAULT_LIMITS);
  const masked = maskMarkup(text);
  const abs = (s: number, e: number): Span => ({ start: offset + s, end: offset + e });

  let bodyStart = 0;
  if (text.startsWith('#')) {
    const eol = text.indexOf('\n');
    const lineEnd = eol === -1 ? text.length : eol;
    block.heading = classifyHeading(masked.slice(0, lineEnd).replace(/\r$/, ''), offset, framework);
    bodyStart = eol === -1 ? text.length : eol + 1;
  }

  if (bodyStart < text.length) {
    const body = text.slice(bodyStart);
    const base = bodyStart;
    if (context.headingsOnly) {
      block.items.push({ kind: 'other', span: abs(base, text.length) });
      return block;
    }
    // Guard before remark: its cost grows faster than linearly with nesting, and deep nesting overflows its stack.
    const tooMuch = checkBlockShape(body, context.limits ?? DEFAULT_LIMITS);
    if (tooMuch) {
      block.notes = [{ ruleId: tooMuch.ruleId, message: tooMuch.message, span: abs(base + tooMuch.span.start, base + tooMuch.span.end) }];
      block.items.push({ kind: 'other', span: abs(base, text.length) });
      return block;
    }
    const span = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span =>
      abs(base + (node.position?.start.offset ?? 0), base + (node.position?.end.offset ?? 0));
    try {
      const tree = parseMarkdown(body);
      for (const node of tree.children) collectItems(node, block, masked, base, span, abs, framework);
    } catch (err) {
      // Parsing never throws: keep the heading, say what failed and where.
      block.items = [{ kind: 'other', span: abs(base, text.length) }];
      block.tables = [];
      block.notes = [{ ruleId: 'internal/block-failed', message: `this block could not be parsed (${errorText(err)}); it is not analysed`, span: abs(base, text.length) }];
      return block;
    }
  }

  if (overBudget(block, budget, 'its structure')) return block;
  block.references = extractReferences(masked, offset, framework);
  for (const [name, fn] of extractors) {
    if (overBudget(block, budget, `its ${name}`)) return block;
    try {
      block.extras[name] = fn(block, masked, framework, context);
    } catch {
      // Parsing never throws: an extractor that fails contributes nothing.
      block.extras[name] = undefined;
    }
  }
  return block;
}

/** Past its time budget, a block keeps what it has and says so (limits/block-time) on its whole span. */
function overBudget(block: BlockData, budget: BlockBudget, done: string): boolean {
  if (!budget.over()) return false;
  const span = { start: block.offset, end: block.offset + block.text.length };
  block.notes = [...(block.notes ?? []), { ruleId: 'limits/block-time', message: `this block took longer than its time budget of ${budget.ms} ms: only ${done} was analysed (setting blockTimeBudgetMs)`, span }];
  return true;
}

export function errorText(err: unknown): string {
  const s = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

function classifyHeading(line: string, offset: number, framework: Framework | undefined): HeadingInfo {
  const m = /^(#{1,6})[ \t]*/.exec(line)!;
  const level = m[1]!.length;
  let text = line.slice(m[0].length);
  // Closing hashes and trailing space are not part of the heading text.
  text = headingText(text);
  const textStart = m[0].length;
  const info: HeadingInfo = { level, span: { start: offset, end: offset + line.length }, text, kind: 'other' };
  const crit = CRITERION_HEADING.exec(text);
  if (crit) {
    info.kind = 'criterion';
    info.id = crit[1]!;
    info.idSpan = { start: offset + textStart, end: offset + textStart + crit[1]!.length };
    const title = crit[2]!.trim();
    const titleStart = textStart + text.lastIndexOf(title);
    info.title = title;
    info.titleSpan = { start: offset + titleStart, end: offset + titleStart + title.length };
    return info;
  }
  const sec = SECTION_HEADING.exec(text);
  if (sec) {
    info.kind = 'section';
    info.id = sec[1]!;
    const idAt = textStart + text.indexOf(sec[1]!);
    info.idSpan = { start: offset + idAt, end: offset + idAt + sec[1]!.length };
    const title = sec[2]!.trim();
    const titleStart = textStart + text.lastIndexOf(title);
    info.title = title;
    info.titleSpan = { start: offset + titleStart, end: offset + titleStart + title.length };
    return info;
  }
  const label = withoutTrailingColon(text).trim();
  const group = groupOf(label, framework);
  if (group) {
    info.kind = 'group';
    info.group = group;
    info.title = label;
    const at = textStart + text.indexOf(label);
    info.titleSpan = { start: offset + at, end: offset + at + label.length };
  }
  return info;
}

const DEFAULT_GROUPS = new Map<string, GroupLabelKind>([
  ['strengths', 'strengths'],
  ['areas for improvement', 'areas'],
  ['area for improvement', 'areas'],
  ['conclusion', 'conclusion'],
]);

function groupOf(label: string, framework: Framework | undefined): GroupLabelKind | undefined {
  if (framework) return framework.groupKind(label);
  return DEFAULT_GROUPS.get(label.toLowerCase().replace(/\s+/g, ' '));
}

type SpanOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => Span;

function collectItems(
  node: RootContent,
  block: BlockData,
  masked: string,
  base: number,
  span: SpanOf,
  abs: (s: number, e: number) => Span,
  framework: Framework | undefined,
): void {
  switch (node.type) {
    case 'paragraph':
      block.items.push(...paragraphItems(node, block, masked, span, framework));
      return;
    case 'list':
      for (const item of (node as List).children) block.items.push(listItem(item, block, masked, span));
      return;
    case 'table': {
      const table = summaryTable(node as Table, block, masked, span, framework);
      if (table) block.tables.push(table);
      block.items.push({ kind: 'other', span: span(node) });
      return;
    }
    default:
      block.items.push({ kind: 'other', span: span(node) });
  }
}

/** The masked source of a node, with its absolute start. */
function sourceOf(sp: Span, block: BlockData, masked: string): string {
  return masked.slice(sp.start - block.offset, sp.end - block.offset);
}

function plain(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A group label at the start of a paragraph: `Strengths`, `**Conclusion:**`, `Conclusion: This ...`. */
const LABEL_LINE = /^([A-Za-z][A-Za-z ]{2,40}?)[ \t]*(?:(:)[ \t]*(.*))?$/;

function paragraphItems(node: Paragraph, block: BlockData, masked: string, span: SpanOf, framework: Framework | undefined): BlockItem[] {
  const sp = span(node);
  const src = sourceOf(sp, block, masked);
  const lead = src.length - src.trimStart().length;
  const text = plain(src);
  const finding = findingItem(sp, sp, src);
  if (finding) return [finding];
  const label = labelItems(sp, src, lead, framework);
  if (label) return label;
  return [{ kind: 'paragraph', span: sp, text, textSpan: { start: sp.start + lead, end: sp.start + lead + src.trim().length } }];
}

/**
 * A paragraph that opens with a group label. What follows the label on its
 * own line ('Conclusion: This criterion ...') or on the next lines (a label
 * followed by a single line break) is the conclusion sentence, or the
 * group's first findings when they start with a letter in brackets.
 */
function labelItems(sp: Span, src: string, lead: number, framework: Framework | undefined): BlockItem[] | undefined {
  const body = src.slice(lead);
  const eol = body.indexOf('\n');
  const firstLine = trimEndSpace(eol === -1 ? body : body.slice(0, eol));
  const m = LABEL_LINE.exec(firstLine);
  if (!m) return undefined;
  const group = groupOf(m[1]!, framework);
  if (!group) return undefined;
  const sameLineRest = (m[3] ?? '').trim();
  // 'Strengths: the area ...' is prose: only a conclusion may go on after its label on the same line.
  if (sameLineRest && group !== 'conclusion') return undefined;
  const labelStart = sp.start + lead;
  const label: BlockItem = { kind: 'label', span: sp, labelSpan: { start: labelStart, end: labelStart + m[1]!.length }, label: m[1]!, group };
  const restOffset = sameLineRest ? firstLine.length - (m[3] ?? '').length : eol === -1 ? body.length : eol + 1;
  const restSrc = body.slice(restOffset);
  const restLead = restSrc.length - restSrc.trimStart().length;
  const restText = plain(restSrc);
  if (!restText) return [label];
  const restStart = sp.start + lead + restOffset + restLead;
  const restSpan = { start: restStart, end: sp.start + lead + restOffset + restSrc.trimEnd().length };
  if (group === 'conclusion') {
    (label as Extract<BlockItem, { kind: 'label' }>).rest = { text: restText, span: restSpan };
    return [label];
  }
  // Findings written one per line right under the label.
  const items: BlockItem[] = [label];
  const lines = restSrc.slice(restLead).split('\n');
  let at = restStart;
  let current: { start: number; end: number; src: string } | undefined;
  const flush = () => {
    if (!current) return;
    const f = findingItem({ start: current.start, end: current.end }, { start: current.start, end: current.end }, current.src);
    if (f) items.push(f);
    else items.push({ kind: 'paragraph', span: { start: current.start, end: current.end }, text: plain(current.src), textSpan: { start: current.start, end: current.end } });
  };
  for (const line of lines) {
    const trimmedEnd = trimEndSpace(line);
    if (!current || FINDING_START.test(line.trimStart())) {
      flush();
      current = { start: at, end: at + trimmedEnd.length, src: line };
    } else {
      current.src += `\n${line}`;
      current.end = at + trimmedEnd.length;
    }
    at += line.length + 1;
  }
  flush();
  return items;
}

/** A finding when the paragraph (source `src` at `paragraph`) starts with `(a)`; it spans `whole`. */
function findingItem(whole: Span, paragraph: Span, src: string): BlockItem | undefined {
  const trimmed = src.trimStart();
  const m = FINDING_START.exec(trimmed);
  if (!m) return undefined;
  const letterStart = paragraph.start + (src.length - trimmed.length) + 1;
  return {
    kind: 'finding',
    span: whole,
    letter: m[1]!,
    letterSpan: { start: letterStart, end: letterStart + m[1]!.length },
    summary: firstLine(plain(trimmed.slice(m[0].length))),
  };
}

function listItem(item: ListItem, block: BlockData, masked: string, span: SpanOf): BlockItem {
  const sp = span(item);
  const first = item.children[0];
  if (first && first.type === 'paragraph') {
    const psp = span(first);
    const src = sourceOf(psp, block, masked);
    const finding = findingItem(sp, psp, src);
    if (finding) return finding;
    const lead = src.length - src.trimStart().length;
    return { kind: 'other', span: sp, bullet: { text: plain(src), textSpan: { start: psp.start + lead, end: psp.start + lead + src.trim().length } } };
  }
  return { kind: 'other', span: sp };
}

function firstLine(s: string): string {
  const t = s.trim();
  const stop = t.search(/(?<=[.!?])\s/);
  const sentence = stop > 0 ? t.slice(0, stop) : t;
  return sentence.length > 120 ? `${sentence.slice(0, 117)}...` : sentence;
}

function summaryTable(node: Table, block: BlockData, masked: string, span: SpanOf, framework: Framework | undefined): SummaryTable | undefined {
  const rows: SummaryRow[] = [];
  const headers: string[] = [];
  node.children.forEach((row, r) => {
    const cells = row.children;
    if (r === 0) {
      for (const cell of cells) headers.push(plain(trimCell(sourceOf(span(cell), block, masked))));
      return;
    }
    if (cells.length < 2) return;
    const firstSp = span(cells[0]!);
    const firstSrc = sourceOf(firstSp, block, masked);
    const idm = /^([\s|]*)(\d+\.\d+)\b/.exec(firstSrc);
    if (!idm) return;
    const found: SummaryCell[] = [];
    for (let i = 1; i < cells.length; i++) {
      const csp = span(cells[i]!);
      const csrc = sourceOf(csp, block, masked);
      // A cell's source may include its delimiting pipes.
      const value = plain(trimCell(csrc));
      if (!value) continue;
      const isGrade = framework ? framework.grade(value) !== undefined : false;
      const isPercent = PERCENT_CELL.test(value);
      if (!isGrade && !isPercent) continue;
      const at = csp.start + csrc.indexOf(value);
      found.push({ column: i, value, span: { start: at, end: at + value.length }, kind: isGrade ? 'grade' : 'percentage' });
    }
    const last = found[found.length - 1];
    if (!last) return;
    const idStart = firstSp.start + idm[1]!.length;
    rows.push({
      criterionId: idm[2]!,
      idSpan: { start: idStart, end: idStart + idm[2]!.length },
      span: span(row),
      value: last.value,
      valueSpan: last.span,
      valueKind: last.kind,
      cells: found,
    });
  });
  return rows.length > 0 ? { span: span(node), headers, rows } : undefined;
}

/**
 * Every span object in a block's data, each once (a sentence span that several
 * claims point to is one object). Collected on the block's first move, so
 * that later moves are a loop over an array rather than a walk of the data.
 * Block data is not changed after parsing, so the list stays complete.
 */
const spansOf = new WeakMap<BlockData, Span[]>();

/** Moves a block and everything in it by `delta` characters. */
export function shiftBlock(block: BlockData, delta: number): void {
  if (delta === 0) return;
  block.offset += delta;
  let spans = spansOf.get(block);
  if (!spans) {
    spans = [];
    const seen = new Set<object>();
    for (const part of [block.heading, block.items, block.references, block.tables, block.extras, block.notes]) collectSpans(part, seen, spans);
    spansOf.set(block, spans);
  }
  for (const sp of spans) {
    sp.start += delta;
    sp.end += delta;
  }
}

function collectSpans(v: unknown, seen: Set<object>, out: Span[]): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (Array.isArray(v)) {
    for (const x of v) collectSpans(x, seen, out);
    return;
  }
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as unknown as Span);
  for (const key in o) {
    const x = o[key];
    if (x !== null && typeof x === 'object') collectSpans(x, seen, out);
  }
}
