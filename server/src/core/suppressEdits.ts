/**
 * The edits behind the quick fixes 'Ignore this problem on this line' and
 * 'Ignore RULE in this file' (pure; the language server offers them).
 *
 * On a line: a `<!-- inspection-disable-next-line RULE -->` line is inserted
 * above, with the line's indentation, when that cannot change the Markdown
 * around it (the line starts a block: after a blank line, at a list item or a
 * heading, or under another directive, which then gets the rule added);
 * in the middle of a paragraph an HTML comment line would split the
 * paragraph, so `<!-- inspection-disable-line RULE -->` goes at the end of the line instead.
 * In the file: the rule joins the front matter's `disable:` list, which is
 * created (and the front matter too) when missing.
 */
import type { AnalysisResult } from './analyze.js';
import type { Diagnostic, TextEdit } from './diagnostic.js';
import { findDirectives } from './suppress.js';

const STARTS_BLOCK = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|>|\|)/;

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  let end = nl < 0 ? text.length : nl;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

export function ignoreOnLineEdit(result: AnalysisResult, d: Diagnostic): TextEdit | undefined {
  const text = result.text;
  if (d.uri && d.uri !== result.uri) return undefined;
  const line = lineBounds(text, d.span.start);
  const lineText = text.slice(line.start, line.end);
  const lineNo = result.lines.positionAt(d.span.start).line;
  const ctx = { text, lines: result.lines, blocks: result.blocks };
  const directives = findDirectives(ctx);
  // Already a directive for this line: add the rule to it.
  const existing = directives.find((x) => (x.kind === 'disable-next-line' || x.kind === 'disable-line') && x.line === lineNo && x.rules.length > 0);
  if (existing) {
    if (existing.rules.some((r) => r.id === d.ruleId)) return undefined;
    return { span: { start: existing.rules.at(-1)!.span.end, end: existing.rules.at(-1)!.span.end }, newText: `, ${d.ruleId}` };
  }
  const prev = line.start === 0 ? undefined : lineBounds(text, line.start - 1);
  const prevText = prev ? text.slice(prev.start, prev.end) : '';
  const inFrontMatter = result.blocks[0]?.frontMatter && d.span.start < result.blocks[0].offset + result.blocks[0].text.length;
  if (inFrontMatter) return undefined;
  const startsBlock = !prev || prevText.trim() === '' || STARTS_BLOCK.test(lineText) || /^\s*<!--.*-->\s*$/.test(prevText);
  if (startsBlock) {
    const indent = /^[ \t]*/.exec(lineText)![0];
    return { span: { start: line.start, end: line.start }, newText: `${indent}<!-- inspection-disable-next-line ${d.ruleId} -->\n` };
  }
  return { span: { start: line.end, end: line.end }, newText: ` <!-- inspection-disable-line ${d.ruleId} -->` };
}

export function ignoreInFileEdit(result: AnalysisResult, ruleId: string): TextEdit | undefined {
  const text = result.text;
  const fm = result.blocks[0]?.frontMatter ? result.blocks[0] : undefined;
  if (!fm) {
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    return { span: { start: bom, end: bom }, newText: `---\ndisable: [${ruleId}]\n---\n\n` };
  }
  const entry = findDirectives({ text, lines: result.lines, blocks: result.blocks }).find((x) => x.kind === 'front-matter');
  if (entry) {
    if (entry.rules.some((r) => r.id === ruleId)) return undefined;
    const last = entry.rules.at(-1)!;
    const after = text.slice(last.span.end).match(/^[ \t]*(.)/)?.[1];
    const lineOfLast = lineBounds(text, last.span.start);
    const item = /^([ \t]*-[ \t]+)/.exec(text.slice(lineOfLast.start, lineOfLast.end));
    // A block list (`- id` lines) gets a new line; a flow list or a plain value gets `, id`.
    if (item && after !== ',' && after !== ']') return { span: { start: lineOfLast.end, end: lineOfLast.end }, newText: `\n${item[1]}${ruleId}` };
    return { span: { start: last.span.end, end: last.span.end }, newText: `, ${ruleId}` };
  }
  const close = fm.text.trimEnd().lastIndexOf('\n') + 1;
  if (close <= 0) return undefined;
  const at = fm.offset + close;
  // The closing fence follows a newline; the new key goes just before it.
  return { span: { start: at, end: at }, newText: `disable: [${ruleId}]\n` };
}
