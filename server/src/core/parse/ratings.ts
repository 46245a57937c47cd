/**
 * Recognises the lines that ratings are built from: part lines
 * (`- Learning culture: 3`, `- Assessment: 58%`) and the overall rating line
 * (`Overall rating: Good`). Plain string scans, no backtracking regexes.
 */
import type { Framework } from '../framework/framework.js';
import type { OverallLine, Part, Span } from '../model.js';
import { normaliseWords } from '../text.js';

const FIGURE = /^(\d{1,3}(?:\.\d{1,4})?)[ \t]*(%?)$/;

/** `<name>: <figure>` where the figure is a percentage or a whole score; undefined otherwise. */
export function partLine(text: string, textSpan: Span, span: Span): Part | undefined {
  const colon = text.lastIndexOf(':');
  if (colon < 1 || colon > 120) return undefined;
  const name = text.slice(0, colon).trim().replace(/^\*\*|\*\*$/g, '').trim();
  const rest = text.slice(colon + 1).trim().replace(/^\*\*|\*\*$/g, '').trim();
  if (!name) return undefined;
  const m = FIGURE.exec(rest);
  if (!m) return undefined;
  const isPct = m[2] === '%';
  if (!isPct && m[1]!.includes('.')) return undefined;
  const nameAt = textSpan.start;
  // The figure sits at the end of the written line.
  const valueEnd = textSpan.end;
  const valueStart = valueEnd - rest.length;
  return {
    name,
    nameSpan: { start: nameAt, end: nameAt + name.length },
    value: Number(m[1]),
    raw: rest,
    kind: isPct ? 'percentage' : 'points',
    valueSpan: { start: valueStart, end: valueEnd },
    span: { start: span.start, end: span.end },
  };
}

/** `Overall rating: Good`, with the framework's labels. */
export function overallLine(text: string, textSpan: Span, framework: Framework): OverallLine | undefined {
  const colon = text.indexOf(':');
  if (colon < 1) return undefined;
  const label = text.slice(0, colon).replace(/\*/g, '').trim();
  const key = normaliseWords(label);
  if (!framework.data.overall!.labels.some((l) => normaliseWords(l) === key)) return undefined;
  const after = text.slice(colon + 1);
  const raw = after.replace(/\*/g, '').trim();
  if (!raw) return undefined;
  const rawAt = textSpan.start + colon + 1 + after.indexOf(raw);
  const labelAt = textSpan.start + text.indexOf(label);
  if (textSpan.end - textSpan.start !== text.length) {
    // A paragraph folded from several lines: spans past the first line would drift; keep single-line lines only.
    return undefined;
  }
  return {
    raw,
    span: { start: textSpan.start, end: textSpan.end },
    labelSpan: { start: labelAt, end: labelAt + label.length },
    valueSpan: { start: rawAt, end: rawAt + raw.length },
  };
}
