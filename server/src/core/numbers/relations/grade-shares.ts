/**
 * Shares given by grade in one sentence: '12% of the homes were outstanding,
 * 70% were good, 15% were requires improvement and 6% were inadequate';
 * 'Two thirds (66%) were good, a quarter (25%) requires improvement and 12%
 * were inadequate'. Each share names one grade of one rating scale (the
 * frameworks' grade lists, as in `grade-parts.ts`), and a case has one grade,
 * so the shares cannot add up to more than 100% beyond rounding: an excess is
 * reported. A sum short of 100% may leave a grade or the unrated out, and is
 * not judged, unless every grade of the scale is given and the whole is the
 * cases graded ('of the schools inspected', 'at their most recent inspection').
 *
 * Read only when the grade is all that follows the share's verb ('were',
 * 'was rated', 'judged'), or follows it with no verb at all ('70% good'); a
 * share of another whole ('40% of the colleges'), a band ('good or better'),
 * a grade twice, a hedged share, any other share in the sentence, or a second
 * time ('this year', 'in 2022', 'up from') reads nothing.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { formatScaled } from '../rounding.js';
import type { Tok } from '../scan.js';
import { depthAt, previousShare } from './common.js';
import { firstGrade, withScales, type GradeScale } from './grade-parts.js';
import { commonGradeScales } from '../../framework/builtin/grade-scales.js';
import { at, type SentenceView } from './index.js';

/** Before the grade: 'of the homes' (the first share only), a be-verb, a verb of grading. */
const LEAD = /^(?:of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?[a-z'-]+(?:\s+[a-z'-]+){0,3}?\s+(?=(?:were|was|are|is|had\s+been|have\s+been|has\s+been|been|rated|judged|graded)\b))?(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)?(?:(?:rated|judged|graded)\s+(?:as\s+)?)?/i;
/** A second time in the sentence: the shares may be of two years. */
const TIME = /\b(?:this\s+year|last\s+year|the\s+year\s+before|previous(?:ly)?|a\s+year\s+(?:ago|earlier)|compared|than|from|up|down|rose|fell|increased|decreased|now|then|before|after|since|earlier|later)\b/i;

/** Words that make the whole the cases that were graded: 'of the 120 schools inspected', 'of those rated', 'at their most recent inspection'. */
const GRADED_WHOLE = /\b(?:of\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[a-z'-]+\s+){0,3}?(?:inspected|rated|graded|assessed)\b|of\s+those\s+(?:inspected|rated|graded|assessed)\b|at\s+(?:their|its)\s+(?:most\s+recent|latest|last)\s+inspection\b|(?:that|which|who)\s+(?:were|had\s+been|have\s+been)\s+(?:inspected|rated|graded)\b)/i;

interface Part {
  tok: Tok;
  grade: number;
}

/** The words a share's grade is read from: after the share, or after its bracket ('Two thirds (66%) were good'). */
function predicate(text: string, t: Tok, next: number): string | undefined {
  let from = t.end;
  if (depthAt(text, t.start) === 1) {
    if (!/\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || !/^\s*\)/.test(text.slice(t.end, t.end + 3))) return undefined;
    from = text.indexOf(')', t.end) + 1;
  } else if (depthAt(text, t.start) > 1) return undefined;
  return text
    .slice(from, next)
    .replace(/^\s*(?:%|per\s?cent|percent)?/i, '')
    .replace(/\([^()]*\)/g, ' ')
    // ('of the 2,140 nurseries': a thousands separator is no clause break.)
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .split(/[,;:\u2013\u2014]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b/i)[0]!
    .replace(/[.!?]+\s*$/, '')
    .trim();
}

/**
 * Between one share's grade and the next share: a separator and a connective, and for a share in
 * brackets the words it follows ('…, a quarter (25%)'); anything else ('and in England 30%') may
 * be another whole.
 */
const GAP = /^(?:\s*[,;]\s*(?:(?:and|while|whereas|but)\s+)?|\s+(?:and|while|whereas|but)\s+)(?:(?:a\s+further|another|only|just)\s+)?(?:[a-z0-9-]+(?:\s+[a-z0-9-]+){0,3}\s*\(\s*)?$/i;

/** A grade without the quotation marks it is written in: "'good'" → 'good'. */
const unquoted = (x: string) => x.replace(/^['"\u2018\u201c]([^'"\u2018\u2019\u201c\u201d]+)['"\u2019\u201d]$/, '$1');

function gapOk(text: string, prev: Tok, t: Tok): boolean {
  let from = prev.end;
  if (depthAt(text, prev.start) === 1) from = text.indexOf(')', prev.end) + 1;
  const seg = text.slice(from, t.start).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).replace(/(?<=\d),(?=\d{3}\b)/g, ' ');
  const sep = /[,;]|\b(?:and|while|whereas|but)\b/i.exec(seg);
  return !!sep && GAP.test(seg.slice(Math.max(0, sep.index - (/\s/.test(seg[sep.index - 1] ?? '') ? 1 : 0))));
}

/**
 * What each share's clause says after its verb ('were good', '70% good'), one text a share, or undefined when
 * the shares are not one list of clauses. It does not depend on the scale: it is read once, then each scale's
 * grades are looked for in it (`gradedParts`).
 */
function predicatesOf(s: SentenceView, pcts: readonly Tok[]): string[] | undefined {
  const out: string[] = [];
  for (const [i, t] of pcts.entries()) {
    if (i > 0 && !gapOk(s.text, pcts[i - 1]!, t)) return undefined;
    const next = pcts[i + 1]?.start ?? s.text.length;
    const p = predicate(s.text, t, next);
    if (p === undefined) return undefined;
    const lead = LEAD.exec(p)![0];
    if (i > 0 && /^of\s/i.test(lead)) return undefined;
    // ('were 'outstanding'', '72% 'good'': a grade in quotation marks is the grade.)
    out.push(unquoted(p.slice(lead.length)));
  }
  return out;
}

/** The parts by grade of `scale`: each share's text is one grade of it and nothing else. */
function gradedParts(rests: readonly string[], scale: GradeScale, pcts: readonly Tok[]): Part[] | undefined {
  const parts: Part[] = [];
  for (const [i, rest] of rests.entries()) {
    const g = firstGrade(rest, scale);
    // The grade, and nothing else: 'were good', '70% good' (not 'were good at planning', 'said food was poor').
    if (!g || g.start !== 0 || rest.slice(g.end).trim() !== '') return undefined;
    parts.push({ tok: pcts[i]!, grade: g.grade });
  }
  return parts;
}

const LABEL_GAP = /^\s*(?:[,;]\s*(?:and\s+|while\s+|but\s+)?|\s+and\s+|\s+while\s+)/i;

/**
 * Shares written after their grades: 'The grades were outstanding (25%), good (51%), requires improvement
 * (19%) and inadequate (8%)'; 'Grades awarded: outstanding 25%, good 51%, …'. Each share follows its grade
 * and nothing else, alone in its bracket or bare; the first grade follows a colon or a be-verb; nothing
 * follows the last share.
 */
/**
 * The label written before each share ('compliant on 59%, substantially compliant on 21% …'), or undefined when
 * the shares are not one such list. It does not depend on the scale (`labelledParts` looks for each scale's grades).
 */
function labelsOf(s: SentenceView, pcts: readonly Tok[]): string[] | undefined {
  const text = s.text;
  const labels: string[] = [];
  let prevEnd = 0;
  // ('compliant on 59%, substantially compliant on 21% and not compliant on 15% of the regulations': each grade
  // given on its share of one whole by the same preposition, the whole named once after the last.)
  const preps = new Set<string>();
  for (const [i, t] of pcts.entries()) {
    const depth = depthAt(text, t.start);
    const bracketed = depth === 1 && /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*(?:%|per\s?cent|percent)?\s*\)/i.test(text.slice(t.end, t.end + 12));
    if (depth > 1 || (depth === 1 && !bracketed)) return undefined;
    let seg = text.slice(prevEnd, t.start).replace(/\s*\(\s*$/, '');
    if (i === 0) {
      let cut = -1;
      for (const m of seg.matchAll(/:|\b(?:were|was|are|is)\b/gi)) cut = m.index + m[0].length;
      if (cut < 0) return undefined;
      seg = seg.slice(cut);
    } else {
      const gap = LABEL_GAP.exec(seg);
      if (!gap) return undefined;
      seg = seg.slice(gap[0].length);
    }
    let label = unquoted(seg.trim());
    const prep = /\s+(on|in|for)$/i.exec(label);
    if (prep) {
      preps.add(prep[1]!.toLowerCase());
      label = unquoted(label.slice(0, prep.index).trim());
    } else preps.add('');
    labels.push(label);
    prevEnd = bracketed ? text.indexOf(')', t.end) + 1 : t.end + (/^\s*(?:%|per\s?cent|percent)/i.exec(text.slice(t.end))?.[0].length ?? 0);
  }
  if (preps.size !== 1) return undefined;
  const tail = text.slice(prevEnd);
  if (!/^\s*[.!]?\s*$/.test(tail) && !(!preps.has('') && /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[a-z'-]+\s+){0,3}[a-z'-]+\s*[.!]?\s*$/i.test(tail))) return undefined;
  return labels;
}

/** The parts by grade of `scale` when each share's label is wholly one grade of it. */
function labelledParts(labels: readonly string[], scale: GradeScale, pcts: readonly Tok[]): Part[] | undefined {
  const parts: Part[] = [];
  for (const [i, label] of labels.entries()) {
    const g = firstGrade(label, scale);
    if (!g || g.start !== 0 || g.end !== label.length) return undefined;
    parts.push({ tok: pcts[i]!, grade: g.grade });
  }
  return parts;
}

function allScales(own: readonly GradeScale[] | undefined): readonly GradeScale[] {
  const cached = own ? SCALES_OF.get(own) : NO_OWN;
  if (cached) return cached;
  const out = withScales(own ?? [], commonGradeScales());
  if (own) SCALES_OF.set(own, out);
  else NO_OWN = out;
  return out;
}
/** The scales per report's own list (computed once per list, not once per sentence). */
const SCALES_OF = new WeakMap<readonly GradeScale[], readonly GradeScale[]>();
let NO_OWN: readonly GradeScale[] | undefined;

export function readGradeShares(s: SentenceView): ClaimRecord | undefined {
  const text = s.text;
  const all = s.toks.filter((t) => t.kind === 'pct');
  if (all.length < 2 || all.some((t) => previousShare(text, t))) return undefined;
  const scales = allScales(s.gradeScales);
  if (!scales.length) return undefined;
  // (A year or date after the first share may be a second time; one before it, 'the schools inspected in 2009-10
  // were: …', is the one time of them all.)
  if (all.some((t) => t.hedge) || s.toks.some((t) => t.kind === 'num' && (t.type === 'year' || t.type === 'date') && t.start > all[0]!.start)) return undefined;
  if (TIME.test(text.slice(all[0]!.start))) return undefined;
  if (/\bor\s+(?:better|above|worse|below|higher|lower)\b/i.test(text)) return undefined;
  let best: Part[] | undefined;
  let whole = false;
  const rests = predicatesOf(s, all);
  const labels = labelsOf(s, all);
  if (!rests && !labels) return undefined;
  for (const scale of scales) {
    const parts = (rests && gradedParts(rests, scale, all)) ?? (labels && labelledParts(labels, scale, all));
    if (parts && new Set(parts.map((p) => p.grade)).size === parts.length) {
      best = parts;
      // Every grade of the scale is given, and the whole is the cases that were graded ('of the schools
      // inspected', 'at their most recent inspection'): no grade and no unrated case is left out.
      whole = parts.length === scale.length && GRADED_WHOLE.test(text);
      break;
    }
  }
  if (!best) return undefined;
  const toks = best.map((p) => p.tok);
  const d = Math.max(...toks.map((t) => t.decimals));
  const sum = toks.reduce((x, t) => x + t.value * 10 ** (d - t.decimals), 0);
  const slack2 = toks.reduce((x, t) => x + 10 ** (d - t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  const off = 2 * (sum - 100 * 10 ** d);
  const operands: Operand[] = toks.map((t): Operand => ({ role: 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) }));
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  const expr = `${toks.map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  if (Math.abs(off) <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (by grade)`, verdict: 'ok', operands };
  if (off < 0 && !whole) return { kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (a grade or the unrated may be left out: not judged)`, verdict: 'unchecked', operands };
  if (off < 0) {
    return {
      kind: 'shares-sum',
      span,
      arithmetic: `${expr}, under 100% (every grade is given, of the cases graded: none is left out)`,
      verdict: 'inconsistent',
      rule: RULE.partsSum,
      message: `These shares of every grade, of the cases graded, should add up to 100% within rounding, but ${expr}`,
      operands,
    };
  }
  return {
    kind: 'shares-sum',
    span,
    arithmetic: `${expr}, more than 100% (a case has one grade, so shares by grade cannot overlap)`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `These shares by grade should add up to no more than 100% within rounding, but ${expr}`,
    operands,
  };
}
