/**
 * Smart selection: word -> reference -> finding -> group -> criterion ->
 * section -> document. Each range contains the previous one.
 */
import type { Position, SelectionRange } from 'vscode-languageserver';
import type { AnalysisResult, Span } from '../../core/index.js';
import { contains, toRange, trimSpan } from '../convert.js';
import { referenceAt } from './locate.js';

function wordAt(text: string, offset: number): Span | undefined {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_.%'-]/u.test(ch);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (end < text.length && isWord(text[end])) end++;
  // Do not keep a sentence's full stop or a quote at either end.
  while (end > start && /[.'-]/.test(text[end - 1]!)) end--;
  while (start < end && /[.'-]/.test(text[start]!)) start++;
  return end > start ? { start, end } : undefined;
}

export function selectionRange(result: AnalysisResult, position: Position): SelectionRange {
  const { text, lines, report } = result;
  const offset = lines.offsetAt(position);
  const spans: Span[] = [];
  const word = wordAt(text, offset);
  if (word) spans.push(word);
  const ref = referenceAt(result, offset);
  if (ref) spans.push(ref.targetSpan, ref.span);
  for (const c of report.criteria) {
    if (!contains(c.span, offset)) continue;
    for (const g of c.groups) {
      if (!contains(g.span, offset) && !contains(g.labelSpan, offset)) continue;
      for (const f of g.findings) if (contains(f.span, offset)) spans.push(f.span);
      spans.push({ start: Math.min(g.labelSpan.start, g.span.start), end: g.span.end });
    }
    spans.push(c.span);
  }
  for (const s of report.sections) if (contains(s.span, offset)) spans.push(s.span);
  spans.push({ start: 0, end: text.length });

  // Keep a chain of strictly growing spans, each containing the last.
  const chain: Span[] = [];
  for (const raw of spans) {
    const s = raw.end - raw.start > 1 ? trimSpan(text, raw) : raw;
    const last = chain[chain.length - 1];
    if (last && (s.start > last.start || s.end < last.end || (s.start === last.start && s.end === last.end))) continue;
    chain.push(s);
  }
  let out: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) out = { range: toRange(lines, chain[i]!), parent: out };
  return out ?? { range: { start: position, end: position } };
}
