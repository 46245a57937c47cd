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

/**
 * A criterion id as written in a reference: `4.3`, never `12.03` (a time or a
 * decimal), `2.3.1` (a version or a paragraph number) or `2.5 million`.
 */
const ID = String.raw`(\d{1,2}\.(?!0\d)\d{1,2})(?![\d]|\.\d)`;
const NOT_A_QUANTITY = String.raw`(?!\s*(?:%|per\s*cent|percent|million|billion|thousand|hundred|seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|km|kg)\b)`;
/** A finding letter right after the id (`4.3d`), or in brackets (`4.3(d)`, `4.3 (d)`). */
const LETTER = String.raw`(?:([a-z])(?![\w])|\s*\(([a-z])\))?`;

// Order matters: earlier patterns win where two overlap.
const PATTERNS: Pattern[] = [
  { form: 'omi', re: new RegExp(String.raw`\bOMI\s+criterion\s*:?\s*${ID}${LETTER}`, 'gi') },
  { form: 'under', re: new RegExp(String.raw`\bsee\s+${Q}([a-z])${Q}\s+(?:under|in)\s+${Q}${GROUP}${Q}`, 'gi') },
  { form: 'see', re: new RegExp(String.raw`\bsee\s+(?:also\s+)?${ID}\s+${GROUP}\s*\(([a-z])\)`, 'gi') },
  { form: 'see', re: new RegExp(String.raw`\bsee\s+(?:also\s+)?${ID}${NOT_A_QUANTITY}${LETTER}(?:\s*\(\s*${GROUP}\s*\))?`, 'gi') },
  { form: 'sections', re: /\bsections\s+(\d{1,2})\s*(-|\u2013|to|and)\s*(\d{1,2})(?!\d|\.\d)/gi },
  { form: 'section', re: new RegExp(String.raw`\bsection\s+(?:${ID}|(\d{1,2})(?!\d|\.\d))${NOT_A_QUANTITY}${LETTER}`, 'gi') },
  { form: 'criterion', re: new RegExp(String.raw`\bcriterion\s+${ID}${NOT_A_QUANTITY}${LETTER}`, 'gi') },
];

/** The next id of a list after a reference: `, 4.3z`, ` and 4.3z`, `, and 2.1 (d)` (sticky: read only where the last one ended). */
const LIST_NEXT = new RegExp(String.raw`(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)${ID}${NOT_A_QUANTITY}${LETTER}`, 'iy');

/**
 * Every further id of a list that follows a reference ('see 5.1 and 4.3z',
 * 'criteria 1.2, 1.3 and 1.4'), as references of the same form, so that each
 * is resolved and checked. Linear: one sticky match per item.
 */
function listContinuation(masked: string, from: number, offset: number, form: ReferenceForm): Reference[] {
  const out: Reference[] = [];
  let at = from;
  for (;;) {
    LIST_NEXT.lastIndex = at;
    const m = LIST_NEXT.exec(masked);
    if (!m) break;
    const whole = m[0];
    const idAt = m.index + whole.search(/\d/);
    const id = m[1]!;
    const idSpan = { start: offset + idAt, end: offset + idAt + id.length };
    const written = m[2] ?? m[3];
    const end = m.index + whole.length;
    const ref: Reference = { form, span: { start: idSpan.start, end: offset + end }, targetSpan: { start: idSpan.start, end: offset + end }, criterionId: id };
    if (written) {
      const i = whole.lastIndexOf(written);
      ref.letter = written.toLowerCase();
      ref.letterSpan = { start: offset + m.index + i, end: offset + m.index + i + 1 };
    }
    out.push(ref);
    at = end;
  }
  return out;
}

/**
 * `section 20 of the Criminal Justice Act 2003` names a section of a law, not of the report; so do
 * `section 38(6) of PACE` (a subsection, a law named by its acronym) and `section 2 or section 3 of that Act`.
 */
const OF_A_LAW = /^(?:\s*\(\w{1,4}\))*(?:\s*(?:,|\bor|\band|\bto)\s+(?:sections?\s+)?\d{1,3}[A-Za-z]?(?:\s*\(\w{1,4}\))*)*\s+of\s+(?:(?:the|that|this)\s+)?(?:[^.;:\n]{0,60}?\b(?:Act|Order|Regulations?|Bill|Code|Rules|Directive|Schedule)\b|[A-Z]{2,8}\b)/;

/** A lower-case noun right after a bare 'section N' (not a word that goes on about the report's own section). */
const STATUTORY_NOUN_AFTER = /^[ \t]+(?!(?:of|for|and|or|above|below|on|in|into|to|is|was|are|were|be|been|show|shows|showed|which|that|where|when|at|the|with|from|as|has|have|had|there|it|its|we|but|also|set|sets|describe|describes|describing|give|gives|cover|covers|explain|explains|deal|deals|list|lists|summarise|summarises|sets?|here|then|than|before|after|under|by|again|refers?)\b)[a-z][a-z-]{2,}\b/;

/** What stands before a match on its line is only a table cell's start, a list marker or nothing. */
const LABEL_START = /(?:^|\|)[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?$/;
/** A lower-case gloss in brackets: ' (assessment)', ' (hospital order)'. */
const BRACKETED_GLOSS = /^[ \t]*\((?!(?:see|above|below|page|para)\b)[a-z][a-z -]{2,40}\)/;

function lineBefore(text: string, at: number): string {
  const nl = text.lastIndexOf('\n', at - 1);
  return text.slice(nl + 1, at);
}

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
      if ((form === 'section' || form === 'sections') && OF_A_LAW.test(masked.slice(end, end + 80))) continue;
      // 'section 47 enquiries', 'section 20 accommodation', 'a section 136 suite': a bare number used as the
      // name of a statutory power before a noun, not a section of the report.
      if (form === 'section' && m[1] === undefined && STATUTORY_NOUN_AFTER.test(masked.slice(end, end + 40))) continue;
      // A row label that names a power with its gloss ('| Section 2 (assessment) | 31 |', a list item
      // 'Section 37 (hospital order): 6'): at the start of a table cell or a line, a bare number with a
      // lower-case word in brackets after it is the name of a power, not a pointer into the report.
      if (form === 'section' && m[1] === undefined && LABEL_START.test(lineBefore(masked, start)) && BRACKETED_GLOSS.test(masked.slice(end, end + 40))) continue;
      const refs = build(form, m, start, offset);
      if (refs.length === 0) continue;
      taken.push({ start, end });
      out.push(...refs);
      if (form === 'see' || form === 'criterion' || form === 'omi' || (form === 'section' && refs[0]?.criterionId)) {
        const more = listContinuation(masked, end, offset, form);
        for (const r of more) taken.push({ start: r.span.start - offset, end: r.span.end - offset });
        out.push(...more);
        if (more.length > 0) re.lastIndex = more[more.length - 1]!.span.end - offset;
      }
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

function build(form: ReferenceForm, m: RegExpExecArray, start: number, offset: number): Reference[] {
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
      return [{ form, span, targetSpan: letterSpan, letter, letterSpan, group: groupKind(m[2]) }];
    }
    case 'sections': {
      const first = locate(m[1]!, whole.search(/\d/));
      if (/^and$/i.test(m[2]!)) {
        // 'sections 1 and 3' names two sections, not a range.
        const second = locate(m[3]!, first.end - span.start + 1);
        return [
          { form, span, targetSpan: first, sectionId: m[1]! },
          { form, span, targetSpan: second, sectionId: m[3]! },
        ];
      }
      return [{ form, span, targetSpan: { start: first.start, end: span.end }, sectionId: m[1]!, sectionEndId: m[3]! }];
    }
    default: {
      // Groups: the id (or, for 'section', a bare section number), then the letter forms, then a group name.
      const explicitFirst = form === 'see' && m.length === 4;
      const id = (m[1] ?? m[2])!;
      const idSpan = locate(id, whole.search(/\d/));
      let letter: string | undefined;
      let group: GroupKind | undefined;
      let letterSpan: Span | undefined;
      const at = (l: string) => {
        const i = whole.indexOf(l, idSpan.end - span.start);
        return { start: span.start + i, end: span.start + i + 1 };
      };
      if (explicitFirst) {
        // `see 4.3 Areas for Improvement (d)`: group in m[2], letter in m[3].
        letter = m[3]!.toLowerCase();
        group = groupKind(m[2]);
        const i = whole.lastIndexOf(`(${m[3]})`) + 1;
        letterSpan = { start: span.start + i, end: span.start + i + 1 };
      } else {
        const rest = form === 'section' ? m.slice(3) : m.slice(2);
        const written = rest[0] ?? rest[1];
        if (written) {
          letter = written.toLowerCase();
          letterSpan = at(written);
        }
        group = groupKind(rest[2]);
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
      return [ref];
    }
  }
}
