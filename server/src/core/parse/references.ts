/**
 * Finds cross-references in prose, in the forms writers already use:
 * `see 4.3d`, `(see section 4.1)`, `OMI Criterion: 2.4g`, `criterion 2.2`,
 * `sections 1-3`, `see 4.3 Areas for Improvement (d)` and
 * `see 'e' under 'Areas for Improvement' below`.
 *
 * The text given is masked source (markup replaced by spaces), so offsets
 * are those of the document.
 */
import type { Framework } from '../framework/framework.js';
import type { GroupKind, Reference, ReferenceForm, Span } from '../model.js';

const GROUP = String.raw`(strengths|areas?\s+for\s+improvement)`;
const Q = String.raw`['\u2018\u2019"\u201c\u201d]?`;

interface Pattern {
  form: ReferenceForm;
  re: RegExp;
}

// Order matters: earlier patterns win where two overlap.
const PATTERNS: Pattern[] = [
  { form: 'omi', re: /\bOMI\s+criterion\s*:?\s*(\d+\.\d+)([a-z])?(?![\w.]*\d)\b/gi },
  { form: 'under', re: new RegExp(String.raw`\bsee\s+${Q}([a-z])${Q}\s+(?:under|in)\s+${Q}${GROUP}${Q}`, 'gi') },
  { form: 'see', re: new RegExp(String.raw`\bsee\s+(?:also\s+)?(\d+\.\d+)\s+${GROUP}\s*\(([a-z])\)`, 'gi') },
  { form: 'see', re: new RegExp(String.raw`\bsee\s+(?:also\s+)?(\d+\.\d+)([a-z])?\b(?:\s*\(\s*${GROUP}\s*\))?`, 'gi') },
  { form: 'sections', re: /\bsections\s+(\d+)\s*(?:-|\u2013|to|and)\s*(\d+)\b/gi },
  { form: 'section', re: /\bsection\s+(\d+(?:\.\d+)?)([a-z])?\b/gi },
  { form: 'criterion', re: /\bcriterion\s+(\d+\.\d+)([a-z])?\b/gi },
];

function groupKind(s: string | undefined): GroupKind | undefined {
  if (!s) return undefined;
  return /^strengths$/i.test(s) ? 'strengths' : 'areas';
}

export function extractReferences(masked: string, offset: number, _framework: Framework | undefined): Reference[] {
  const out: Reference[] = [];
  const taken: Span[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  for (const { form, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const ref = build(form, m, start, offset);
      if (!ref) continue;
      taken.push({ start, end });
      out.push(ref);
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

function build(form: ReferenceForm, m: RegExpExecArray, start: number, offset: number): Reference | undefined {
  const whole = m[0];
  const span: Span = { start: offset + start, end: offset + start + whole.length };
  const locate = (s: string, from = 0): Span => {
    const at = whole.indexOf(s, from);
    return { start: span.start + at, end: span.start + at + s.length };
  };
  switch (form) {
    case 'under': {
      const letter = m[1]!.toLowerCase();
      const letterAt = whole.search(/['\u2018\u2019"\u201c\u201d\s][a-z]['\u2018\u2019"\u201c\u201d\s]/i) + 1;
      const letterSpan = { start: span.start + letterAt, end: span.start + letterAt + 1 };
      return { form, span, targetSpan: letterSpan, letter, letterSpan, group: groupKind(m[2]) };
    }
    case 'sections': {
      const first = locate(m[1]!, whole.search(/\d/));
      return { form, span, targetSpan: { start: first.start, end: span.end }, sectionId: m[1]!, sectionEndId: m[2]! };
    }
    default: {
      const id = m[1]!;
      const idSpan = locate(id, whole.search(/\d/));
      // `see 4.3 Areas for Improvement (d)`: group in m[2], letter in m[3].
      const explicitFirst = form === 'see' && m.length === 4 && /^[a-z]$/i.test(m[3] ?? '') && m[2] && !/^[a-z]$/i.test(m[2]);
      let letter: string | undefined;
      let group: GroupKind | undefined;
      let letterSpan: Span | undefined;
      if (explicitFirst) {
        letter = m[3]!.toLowerCase();
        group = groupKind(m[2]);
        const at = whole.lastIndexOf(`(${m[3]})`) + 1;
        letterSpan = { start: span.start + at, end: span.start + at + 1 };
      } else if (m[2] && /^[a-z]$/i.test(m[2])) {
        letter = m[2].toLowerCase();
        letterSpan = { start: idSpan.end, end: idSpan.end + 1 };
        group = groupKind(m[3]);
      }
      const targetSpan = letterSpan && letterSpan.start === idSpan.end ? { start: idSpan.start, end: letterSpan.end } : idSpan;
      const ref: Reference = { form, span, targetSpan };
      if (id.includes('.')) {
        ref.criterionId = id;
        ref.sectionId = id.split('.')[0];
      } else {
        ref.sectionId = id;
      }
      if (letter) {
        ref.letter = letter;
        ref.letterSpan = letterSpan;
      }
      if (group) ref.group = group;
      return ref;
    }
  }
}
