/**
 * Shares of one whole by bands of one grade scale: 'Of the schools inspected,
 * 6% were inadequate, 46% were satisfactory and 48% were good or better';
 * '(97%) provide satisfactory or better childcare …; childcare is inadequate
 * in 3% of them'; across two sentences, '63% of the schools … give good, very
 * good or outstanding education. … the 37% of schools graded satisfactory,
 * inadequate or unsatisfactory'.
 *
 * Each share names a set of grades of one scale (best first): one grade, a
 * list ('good, very good or outstanding'), or a band open at one end ('good or
 * better', 'satisfactory or below'). A case has one grade, so shares whose sets
 * do not overlap cannot add up to more than 100% beyond rounding; when their
 * sets also cover the whole scale and the cases are graded ones ('inspected',
 * 'judged'), they must add up to 100%. Shares whose sets overlap ('97% … good or
 * better, and 60% good or outstanding') are read only through the one subset
 * that is disjoint and covers the scale, and then only confirmed.
 *
 * Read only when every share of the sentence names its grades (after it, or
 * before it: 'is inadequate in 3%', 'was met in 60% of cases, partly met in
 * 30% and not met in 10%'), the shares name one whole, and no second
 * time stands between them ('this year', 'compared with'); a share after
 * 'from' or 'than' is an earlier figure and is left out. Across two sentences
 * (the second's shares only completing the first's), a sum is only confirmed.
 *
 * The scales: the frameworks' grade lists and the common inspection scales in
 * `framework/builtin/grade-scales.ts` (data).
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { formatScaled } from '../rounding.js';
import type { Tok } from '../scan.js';
import { commonGradeScales } from '../../framework/builtin/grade-scales.js';
import { depthAt, previousShare, sharesTotal } from './common.js';
import { scaleTest, type GradeScale } from './grade-parts.js';
import type { SentenceView } from './index.js';

const esc = (g: string) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`).replace(/^requires/i, 'requir(?:e|es|ed|ing)');

const gradeCache = new WeakMap<GradeScale, RegExp[]>();
function gradePatterns(scale: GradeScale): RegExp[] {
  let p = gradeCache.get(scale);
  if (!p) {
    p = scale.map((g) => new RegExp(String.raw`(?<![\w-])${esc(g)}(?![\w-])`, 'iy'));
    gradeCache.set(scale, p);
  }
  return p;
}

/** The grade of the scale written at `pos` (the longest), if any. */
function gradeAt(text: string, pos: number, scale: GradeScale): { grade: number; end: number } | undefined {
  let best: { grade: number; end: number } | undefined;
  for (const [i, re] of gradePatterns(scale).entries()) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m && (!best || pos + m[0].length > best.end)) best = { grade: i, end: pos + m[0].length };
  }
  return best;
}

const BAND_PREFIX = /(at\s+least|better\s+than|less\s+than|worse\s+than|below)\s+/iy;
const LIST_SEP = /(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)/y;
const OPEN_UP = /\s+or\s+(?:better|above|higher)\b/iy;
const OPEN_DOWN = /\s+or\s+(?:worse|below|lower)\b/iy;

/** A set of grades written at `pos`: 'good', 'good, very good or outstanding', 'good or better'. */
function bandAt(text: string, pos: number, scale: GradeScale): { set: number[]; end: number } | undefined {
  // 'at least good' (that grade and every one above), 'better than good', 'less than good' (every one below).
  const pre = sticky(BAND_PREFIX, text, pos);
  if (pre) {
    const g = gradeAt(text, pos + pre[0].length, scale);
    if (!g) return undefined;
    const w = pre[1]!.toLowerCase();
    const all = scale.map((_, i) => i);
    const set = /^at\s+least$/.test(w) ? all.filter((i) => i <= g.grade) : /^better/.test(w) ? all.filter((i) => i < g.grade) : all.filter((i) => i > g.grade);
    return set.length ? { set, end: g.end } : undefined;
  }
  const first = gradeAt(text, pos, scale);
  if (!first) return undefined;
  const set = [first.grade];
  let end = first.end;
  for (let k = 0; k < scale.length; k++) {
    LIST_SEP.lastIndex = end;
    const sep = LIST_SEP.exec(text);
    if (!sep) break;
    const g = gradeAt(text, end + sep[0].length, scale);
    if (!g) break;
    set.push(g.grade);
    end = g.end;
  }
  OPEN_UP.lastIndex = end;
  const up = set.length === 1 ? OPEN_UP.exec(text) : null;
  OPEN_DOWN.lastIndex = end;
  const down = set.length === 1 && !up ? OPEN_DOWN.exec(text) : null;
  if (up) return { set: scale.map((_, i) => i).filter((i) => i <= first.grade), end: end + up[0].length };
  if (down) return { set: scale.map((_, i) => i).filter((i) => i >= first.grade), end: end + down[0].length };
  if (new Set(set).size !== set.length) return undefined;
  return { set, end };
}

/** After a share: its unit and bracket, then the whole it is of ('of the schools inspected'). */
const UNIT_AFTER = /\s*(?:%|per\s?cent|percent)?\s*\)?/y;
const OF_WHOLE = /\s*of\s+(?:(them|these|those)\b|(?:the\s+|all\s+)?([a-z'-]+))/iy;
const MORE_WORDS = /\s+[a-z'-]+/iy;
/** A verb of grading before the band ('were rated', 'are', 'judged as'), or none (an elided verb: '43% satisfactory'). */
const GRADING = /\s*(?:(?:that|which)\s+)?(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been|being|been)\s+)?(?:(?:rated|judged|graded|assessed|evaluated|found)\s+(?:as\s+|to\s+be\s+)?)?/iy;
/** A verb of providing, whose object the band qualifies ('provide satisfactory or better childcare'). */
const PROVIDING = /\s*(?:(?:that|which)\s+)?(?:provide|provides|provided|give|gives|gave|offer|offers|offered|deliver|delivers|delivered)\s+/iy;

const sticky = (re: RegExp, text: string, pos: number): RegExpExecArray | null => {
  re.lastIndex = pos;
  return re.exec(text);
};

/** The band read after a share from `from`: the whole it names, the band, and the object of a providing verb. */
function bandAfter(text: string, from: number, scale: GradeScale): { set: number[]; end: number; whole?: string; pronoun: boolean; noun?: string } | undefined {
  const p0 = from + sticky(UNIT_AFTER, text, from)![0].length;
  // Where the verb may start: right away, or after 'of' and one to three words of the whole.
  const starts: { pos: number; whole?: string; pronoun: boolean }[] = [{ pos: p0, pronoun: false }];
  const of = sticky(OF_WHOLE, text, p0);
  if (of) {
    let pos = p0 + of[0].length;
    starts.unshift({ pos, ...(of[2] ? { whole: of[2] } : {}), pronoun: !!of[1] });
    for (let k = 0; k < 2 && !of[1]; k++) {
      const w = sticky(MORE_WORDS, text, pos);
      if (!w) break;
      pos += w[0].length;
      starts.push({ pos, whole: of[2]!, pronoun: false });
    }
  }
  for (const st of starts) {
    for (const [re, providing] of [[GRADING, false], [PROVIDING, true]] as const) {
      const v = sticky(re, text, st.pos);
      if (!v) continue;
      const band = bandAt(text, st.pos + v[0].length, scale);
      if (!band) continue;
      let end = band.end;
      let noun: string | undefined;
      if (providing) {
        const m = /^\s+([a-z-]+)/i.exec(text.slice(end, end + 30));
        if (!m) continue;
        noun = m[1];
        end += m[0].length;
      }
      if (!CLAUSE_END.test(text.slice(end, end + 12))) continue;
      const out: { set: number[]; end: number; whole?: string; pronoun: boolean; noun?: string } = { set: band.set, end, pronoun: st.pronoun };
      if (st.whole) out.whole = st.whole;
      if (noun) out.noun = noun;
      return out;
    }
  }
  return undefined;
}

/** Before a share: 'childcare is inadequate in' (the subject and its verb, then the band). */
/** A band after a separator, its subject and verb left out ('…, partly met in'): the band's words to the end. */
const ELIDED_BAND = /(?:[,;]\s*(?:and\s+|but\s+|while\s+)?|\s+(?:and|but|while)\s+)([a-z][a-z -]{0,40})$/i;
const SUBJECT_VERB = /\b([a-z'-]+)\s+(?:is|was|are|were)\s+(?:(?:rated|judged|graded)\s+(?:as\s+)?)?/gi;
/** The end of a share's clause after its band. */
const CLAUSE_END = /^\s*(?:$|[,;:.()\u2013\u2014]|(?:and|but|while|whereas)\b)/i;
/** A second time, or a comparison, between the shares. */
const TIME = /\b(?:this\s+year|last\s+year|the\s+year\s+before|previous(?:ly)?|a\s+year\s+(?:ago|earlier)|compared|than|from|rose|fell|increased|decreased|since|earlier|later|(?:19|20)\d\d)\b/i;
/** Between one share's clause and the next share: a separator and a connective. */
const GAP = /^\s*(?:[,;]\s*)?(?:(?:and|while|whereas|but)\s+)?(?:(?:a\s+further|another|only|just|the\s+remaining|the\s+other|the\s+rest,?)\s+)?$/i;

interface Part {
  tok: Tok;
  /** The sentence's offset in the report. */
  offset: number;
  set: number[];
  /** The whole named after the share ('of the schools'), singular-ish, if any. */
  whole?: string;
  /** The object a providing verb names ('childcare'), or the subject before the band. */
  noun?: string;
  /** The band is written before the share ('met in 60%'). */
  before?: boolean;
  /** Where the share's words start and end (for the gaps between shares). */
  start: number;
  end: number;
}

const stem = (w: string | undefined) => w?.toLowerCase().replace(/(?:ies)$/, 'y').replace(/s$/, '');

/** The band of a share: read after it, or before it ('is inadequate in 3% of them'). */
function partOf(text: string, t: Tok, scale: GradeScale): Omit<Part, 'offset'> | undefined {
  // A share in brackets is read from after its bracket ('Almost all settings (97%) provide …').
  let from = t.end;
  let start = t.hedge?.start ?? t.start;
  const depth = depthAt(text, t.start);
  if (depth === 1) {
    if (!/\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || !/^\s*\)/.test(text.slice(t.end, t.end + 3))) return undefined;
    from = text.indexOf(')', t.end) + 1;
    start = text.lastIndexOf('(', t.start);
  } else if (depth > 1) return undefined;
  const after = bandAfter(text, from, scale);
  if (after) {
    const p: Omit<Part, 'offset'> = { tok: t, set: after.set, start, end: after.end };
    if (after.whole) p.whole = stem(after.whole);
    if (after.noun) p.noun = stem(after.noun);
    return p;
  }
  // 'childcare is inadequate in 3% of them': the band before the share.
  const before = text.slice(Math.max(0, start - 80), start);
  const inAt = /\s+in\s+(?:the\s+)?$/i.exec(before);
  if (!inAt) return undefined;
  const head = before.slice(0, inAt.index);
  const base = start - before.length;
  let subj: RegExpExecArray | undefined;
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(head); m; m = SUBJECT_VERB.exec(head)) subj = m;
  // A later part may leave its subject and verb out ('…, partly met in 30% and not met in 15%'): the band right after a separator.
  let bandStart: number;
  let partStart: number;
  const bySubject = subj ? bandAt(text, base + subj.index + subj[0].length, scale) : undefined;
  if (subj && bySubject && bySubject.end === base + head.length) {
    bandStart = base + subj.index + subj[0].length;
    partStart = base + subj.index;
  } else {
    const el = ELIDED_BAND.exec(head);
    if (!el) return undefined;
    bandStart = partStart = base + el.index + el[0].length - el[1]!.length;
    subj = undefined;
  }
  const band = bandAt(text, bandStart, scale);
  if (!band || band.end !== base + head.length) return undefined;
  // After the share: its unit, and what it is of ('of them', 'of cases').
  const tail = /^(?:\s*(?:%|per\s?cent|percent))?(?:\s+of\s+(?:(?:them|these|those)\b|(?:the\s+|all\s+)?([a-z'-]+)))?/i.exec(text.slice(t.end))!;
  if (!CLAUSE_END.test(text.slice(t.end + tail[0].length, t.end + tail[0].length + 12))) return undefined;
  const p: Omit<Part, 'offset'> = { tok: t, set: band.set, start: partStart, end: t.end + tail[0].length, before: true };
  if (subj) p.noun = stem(subj[1]);
  if (tail[1]) p.whole = stem(tail[1]);
  return p;
}

/** The parts of one sentence on one scale: every share read, or undefined. */
function partsOf(view: { text: string; toks: Tok[]; offset: number }, scale: GradeScale): Part[] | undefined {
  const parts: Part[] = [];
  for (const t of view.toks) {
    if (t.kind !== 'pct') continue;
    // An earlier or other figure ('down from 8% in 2009/10') is not a part.
    if (previousShare(view.text, t)) continue;
    const p = partOf(view.text, t, scale);
    if (!p) {
      // A share inside a bracket of other words ('(down from 8% in 2009/10)') belongs to that bracket's clause.
      if (depthAt(view.text, t.start) === 1 && !/\(\s*$/.test(view.text.slice(Math.max(0, t.start - 3), t.start))) continue;
      return undefined;
    }
    parts.push({ ...p, offset: view.offset });
  }
  return parts;
}

/** The text with bracketed asides blanked (a figure of another year inside them is not a frame of the list). */
const blankBrackets = (text: string) => text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));

/** Whether the parts of one sentence are one list: separators between them, no second time. */
function oneList(text: string, parts: readonly Part[]): boolean {
  const plain = blankBrackets(text);
  for (let i = 1; i < parts.length; i++) {
    const gap = plain.slice(parts[i - 1]!.end, parts[i]!.start);
    if (!GAP.test(gap) || TIME.test(gap)) return false;
  }
  // A band's own words ('less than good') are no second time; what stands around the list's shares may be.
  return parts.every((p) => !TIME.test(plain.slice(p.start, p.tok.start)));
}

const disjoint = (a: readonly number[], b: readonly number[]) => !a.some((x) => b.includes(x));

/** One whole and one object: the named wholes agree, and so do the nouns. */
function oneWhole(parts: readonly Part[]): boolean {
  const wholes = new Set(parts.map((p) => p.whole).filter(Boolean));
  const nouns = new Set(parts.map((p) => p.noun).filter(Boolean));
  return wholes.size <= 1 && nouns.size <= 1;
}

/** One pattern per scale for any of its grade words: a sentence with none of them has no part of that scale. */
const mentions = scaleTest((scale) => scale.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|'));

/** The scales whose grade words the sentence (or, for a share completing the sentence before's, that one) names. */
function scalesOf(s: SentenceView): readonly GradeScale[] {
  const prev = s.previous?.[s.previous.length - 1]?.text ?? '';
  return [...(s.gradeScales ?? []), ...commonGradeScales()].filter((g) => mentions(s.text, g) || mentions(prev, g));
}

/** Every subset of the parts that is pairwise disjoint and covers the scale (small lists only). */
function coveringSubsets(parts: readonly Part[], size: number): Part[][] {
  const out: Part[][] = [];
  const n = parts.length;
  if (n > 8) return out;
  for (let mask = 1; mask < 1 << n; mask++) {
    const sub = parts.filter((_, i) => mask & (1 << i));
    if (sub.length < 2) continue;
    if (!sub.every((a, i) => sub.every((b, j) => i >= j || disjoint(a.set, b.set)))) continue;
    if (new Set(sub.flatMap((p) => p.set)).size === size) out.push(sub);
  }
  return out;
}

function judge(s: SentenceView, parts: readonly Part[], scale: GradeScale, covering: boolean, mode: 'full' | 'confirm', graded: boolean): ClaimRecord {
  const { sum, d, off, slack2, operands } = sharesTotal(parts, s.policy);
  const toks = parts.map((p) => p.tok);
  const sorted = [...operands].sort((a, b) => a.span.start - b.span.start);
  const span = { start: sorted[0]!.span.start, end: sorted[sorted.length - 1]!.span.end };
  const expr = `${toks.map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  const bands = parts.map((p) => p.set.map((i) => scale[i]!.toLowerCase()).join('/')).join('; ');
  if (Math.abs(off) <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (by grade: ${bands})`, verdict: 'ok', operands };
  const certain = mode === 'full' && (off > 0 || (covering && graded));
  if (!certain) return { kind: 'shares-sum', span, arithmetic: `${expr}, not 100% (grades ${bands}${covering ? '' : '; a grade may be left out'}: not judged)`, verdict: 'unchecked', operands };
  return {
    kind: 'shares-sum',
    span,
    arithmetic: off > 0 ? `${expr}, more than 100% (a case has one grade, so these bands cannot overlap: ${bands})` : `${expr}, less than 100% (the bands ${bands} cover every grade of the scale)`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `These shares by grade should add up to ${off > 0 ? 'no more than ' : ''}100% within rounding, but ${expr}`,
    operands,
  };
}

/** Whether the cases are graded ones: the sentence says they were inspected, judged, rated or graded. */
const GRADED = /\b(?:inspected|inspections?|judged|rated|graded|evaluated|assessed)\b/i;

export function readBandShares(s: SentenceView): ClaimRecord[] {
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (!pcts.length) return [];
  // (Each path below needs two shares here or one in the sentence before.)
  if (pcts.length < 2 && !s.previous?.[s.previous.length - 1]?.toks.some((t) => t.kind === 'pct')) return [];
  for (const scale of scalesOf(s)) {
    const own = pcts.length >= 2 ? partsOf(s, scale) : undefined;
    if (own && own.length >= 2 && oneList(s.text, own) && oneWhole(own)) {
      // Only a list with a band ('good or better', 'excellent or good'): a list of single grades is read by grade-shares.ts.
      if (!own.some((p) => p.set.length > 1 || p.before)) return [];
      const allDisjoint = own.every((a, i) => own.every((b, j) => i >= j || disjoint(a.set, b.set)));
      const graded = GRADED.test(s.text);
      if (allDisjoint) return [judge(s, own, scale, new Set(own.flatMap((p) => p.set)).size === scale.length, 'full', graded)];
      const subs = coveringSubsets(own, scale.length);
      if (subs.length === 1) return [judge(s, subs[0]!, scale, true, 'confirm', graded)];
      return [];
    }
    // Across two sentences: a share of this sentence completing the last one's ('… the 37% of schools graded satisfactory or below').
    const prev = s.previous?.[s.previous.length - 1];
    if (!prev || !prev.toks.some((t) => t.kind === 'pct')) continue;
    const mine = partsOf(s, scale);
    const theirs = partsOf(prev, scale);
    if (!mine?.length || !theirs?.length) continue;
    if (mine.length > 1 && !oneList(s.text, mine)) continue;
    if (theirs.length > 1 && !oneList(prev.text, theirs)) continue;
    const both = [...theirs, ...mine];
    if (!oneWhole(both) || !both.some((p) => p.set.length > 1)) continue;
    const subs = coveringSubsets(both, scale.length).filter((x) => x.some((p) => p.offset === s.offset) && x.some((p) => p.offset === prev.offset));
    if (subs.length === 1) return [judge(s, subs[0]!, scale, true, 'confirm', false)];
  }
  return [];
}

/**
 * A band's share broken down by its grades, each grade's share in brackets after it: 'Nearly half of
 * services (49%) were rated inadequate (10%) or requires improvement (39%)'. A case has one grade, so
 * the grades' shares add up to the band's within the rounding of every figure.
 */
export function readBandBreakdown(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const out: ClaimRecord[] = [];
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 3) return out;
  for (const [i, w] of pcts.entries()) {
    if (w.hedge || previousShare(text, w)) continue;
    let from = w.end;
    const depth = depthAt(text, w.start);
    if (depth === 1) {
      if (!/\(\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start)) || !/^\s*\)/.test(text.slice(w.end, w.end + 3))) continue;
      from = text.indexOf(')', w.end) + 1;
    } else if (depth > 1) continue;
    const p0 = from + sticky(UNIT_AFTER, text, from)![0].length;
    const v = sticky(GRADING, text, p0);
    if (!v || v[0].trim() === '') continue;
    for (const scale of scalesOf(s)) {
      const parts: Tok[] = [];
      const grades: number[] = [];
      let pos = p0 + v[0].length;
      for (let k = 0; k < scale.length; k++) {
        if (k > 0) {
          const sep = sticky(LIST_SEP, text, pos);
          if (!sep) break;
          pos += sep[0].length;
        }
        const g = gradeAt(text, pos, scale);
        if (!g) break;
        const t = pcts[i + 1 + k];
        if (!t || t.hedge || !/^\s*\(\s*$/.test(text.slice(g.end, t.start)) || !/^\s*\)/.test(text.slice(t.end, t.end + 3))) break;
        parts.push(t);
        grades.push(g.grade);
        pos = text.indexOf(')', t.end) + 1;
      }
      if (parts.length < 2 || new Set(grades).size !== grades.length) continue;
      const d = Math.max(...[w, ...parts].map((t) => t.decimals));
      const scale10 = (t: Tok) => t.value * 10 ** (d - t.decimals);
      const sum = parts.reduce((x, t) => x + scale10(t), 0);
      const slack2 = [w, ...parts].reduce((x, t) => x + 10 ** (d - t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
      const fits = Math.abs(2 * (sum - scale10(w))) <= slack2;
      const operands: Operand[] = [w, ...parts].map((t, j): Operand => ({ role: j === 0 ? 'q' : 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: { start: s.offset + t.start, end: s.offset + t.end } }));
      const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
      const expr = `${parts.map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
      const named = grades.map((g) => scale[g]!.toLowerCase()).join(', ');
      out.push(
        fits
          ? { kind: 'shares-sum', span, arithmetic: `${expr} ≈ ${w.raw} ✓ (its grades: ${named})`, verdict: 'ok', operands }
          : { kind: 'shares-sum', span, arithmetic: `${expr}, not ${w.raw} within rounding (its grades: ${named})`, verdict: 'inconsistent', rule: RULE.partsSum, message: `The shares of the grades do not add up to the share of the band they make: ${expr}, not ${w.raw}`, operands },
      );
      break;
    }
  }
  return out;
}
