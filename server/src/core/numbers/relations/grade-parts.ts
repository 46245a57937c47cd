/**
 * Counts given by grade: 'Three of the practices were rated Outstanding, 57
 * Good, 10 Requires improvement and five Inadequate' (of 'a further 75
 * reports' in the sentence before), 'rating 10 of the units Requires
 * improvement and 14 Inadequate' (of '24 units' before them).
 *
 * A list of counts, each naming a different grade of one rating scale, is a
 * breakdown of the group that was graded. The scales are the grade lists of
 * the frameworks (the report's own and the built-in ones: framework data,
 * never a word list here). The list is known to be the whole only when it
 * names every grade of the scale (a grade may be named with none: 'No service
 * was rated outstanding'); a list that names fewer may leave a grade out, so a
 * shortfall is then not judged.
 *
 * The whole is a count before the parts in the sentence, or else the first
 * count of the sentence before. Parts that add up to a candidate whole are
 * consistent. Otherwise the claim is reported only when the whole is certain
 * (the one count before the parts in the sentence) and either the parts
 * exceed it (a case has one grade, so the parts cannot overlap) or every
 * grade is named. A whole from the sentence before is judged only on an
 * excess: a shortfall there may be a wider group than the one graded.
 */
import { builtinFramework, builtinFrameworkIds } from '../../framework/load.js';
import { commonGradeScales } from '../../framework/builtin/grade-scales.js';
import type { Framework } from '../../framework/framework.js';
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

export type GradeScale = readonly string[];

let builtinScales: GradeScale[] | undefined;

/** The grade scales a report may use: its framework's grades first, then each built-in framework's (two grades or more). */
export function gradeScalesOf(framework: Framework | undefined): readonly GradeScale[] {
  if (!builtinScales) {
    builtinScales = [];
    for (const id of builtinFrameworkIds()) {
      const g = builtinFramework(id)?.grades;
      if (g && g.length >= 2) builtinScales.push(g);
    }
    // Then the compliance, standards and progress scales inspectorates publish beyond the frameworks ('compliant',
    // 'substantially compliant', 'not compliant'; 'met', 'partly met', 'not met'; 'good progress', …): a case has one point of such a
    // scale as of a framework's grades. (Not the scales of bare adjectives, 'good', 'fair', 'poor': 'good practice
    // in 20, poor practice in 15' and 'the food was good' are words of many questions.)
    builtinScales = withScales(builtinScales, commonGradeScales().filter((g) => g.some((x) => /\b(?:compliant|met|progress)$/i.test(x))));
  }
  const own = framework?.grades;
  const cached = own ? SCALES_WITH.get(own) : withoutOwn;
  if (cached) return cached;
  const out = withScales(own && own.length >= 2 ? [own] : [], builtinScales);
  if (own) SCALES_WITH.set(own, out);
  else withoutOwn = out;
  return out;
}

/** `first`, then each scale of `more` not already among them (the same grades, ignoring case). */
export function withScales(first: readonly GradeScale[], more: readonly GradeScale[]): GradeScale[] {
  const key = (g: GradeScale) => g.join('\n').toLowerCase();
  const seen = new Set(first.map(key));
  const out = [...first];
  for (const g of more) if (!seen.has(key(g))) (seen.add(key(g)), out.push(g));
  return out;
}
/** The scales per framework's own grades, computed once per list (this is asked once per block). */
const SCALES_WITH = new WeakMap<readonly string[], readonly GradeScale[]>();
let withoutOwn: readonly GradeScale[] | undefined;

/**
 * A grade that opens with a verb ('Requires improvement') is also written in the verb's other forms:
 * '26 required improvement', 'two thirds (29) require improvement', 'those requiring improvement'.
 */
function inflected(grade: string): string {
  const m = /^([A-Za-z]{3,}[^aeiou\s])es(\s.*)$/i.exec(grade);
  if (!m) return grade;
  return `${m[1]}(?:es|ed|e|ing)${m[2]}`;
}

const patternCache = new WeakMap<GradeScale, RegExp[]>();
function patterns(scale: GradeScale): RegExp[] {
  let p = patternCache.get(scale);
  if (!p) {
    p = scale.map((g) => new RegExp(String.raw`(?<![\w-])${inflected(g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).replace(/\s+/g, String.raw`\s+`)}(?![\w-])`, 'i'));
    patternCache.set(scale, p);
  }
  return p;
}

/**
 * A test of a text against each grade scale by one pattern per scale (`source` builds it), remembering the
 * answers for the last few texts asked about: a sentence is asked about by several readers, for each scale, and
 * again as the sentence before the next.
 */
export function scaleTest(source: (scale: GradeScale) => string): (text: string, scale: GradeScale) => boolean {
  const patterns = new WeakMap<GradeScale, RegExp>();
  const answers = new Map<string, Map<GradeScale, boolean>>();
  return (text, scale) => {
    let byScale = answers.get(text);
    const known = byScale?.get(scale);
    if (known !== undefined) return known;
    let re = patterns.get(scale);
    if (!re) patterns.set(scale, (re = new RegExp(source(scale), 'i')));
    const yes = re.test(text);
    if (!byScale) {
      if (answers.size >= 32) answers.clear();
      answers.set(text, (byScale = new Map()));
    }
    byScale.set(scale, yes);
    return yes;
  };
}

/**
 * Any grade of the scale as bare words, with no boundary test: weaker than `patterns`, so text it does not
 * match holds no grade (and no substring of it does). One test instead of one per grade.
 */
export const mentionsScale = scaleTest((scale) => scale.map((g) => inflected(g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).replace(/\s+/g, String.raw`\s+`)).join('|'));

/** A rest named after the grades with no count: 'the remaining reports', 'the others', 'the rest'. */
const REST_AFTER = /\b(?:the\s+(?:remaining|other|rest)\b|the\s+remainder\b|the\s+others\b)/i;

/** How far after a count its grade may be written ('of the care homes and homecare agencies were rated Good'). */
const WINDOW = 90;
/** A grade that names a band of grades ('good or better', 'good or outstanding'): not one category. */
const BAND_AFTER = /^\s*['"\u2019\u201d]?\s*(?:or|and|to)\s+(?:better|above|worse|below|higher|lower|more|over)\b/i;

/** The first grade of the scale written in `text` (its index and where it ends), if any. */
export function firstGrade(text: string, scale: GradeScale): { grade: number; start: number; end: number } | undefined {
  let best: { grade: number; start: number; end: number } | undefined;
  if (!mentionsScale(text, scale)) return undefined;
  for (const [i, re] of patterns(scale).entries()) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.start || (m.index === best.start && m[0].length > best.end - best.start))) best = { grade: i, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

interface GradePart {
  tok: Tok;
  grade: number;
  /** The other grade of a band of two named grades ('1,613 were good or outstanding'). */
  band?: number;
  /** The whole of a pair the part opens ('Only 10 of the 43 services … were good'). */
  whole?: Tok;
}

/** Words that say a case has no grade: 'not yet rated', 'unrated', 'awaiting a rating'. */
const UNRATED = /\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:rated|graded|judged|inspected)|(?:will|are\s+yet\s+to|is\s+yet\s+to)\s+be\s+(?:rated|graded|judged|published)|unrated|ungraded|no\s+(?:rating|grade)|awaiting\s+(?:a\s+|its\s+|their\s+)?(?:rating|grade|judgement))\b/i;

/** Whether the part's noun ('three services Outstanding') is the whole's own ('26 youth offending services'). */
function sameNoun(text: string, part: Tok, wholeText: string, whole: Tok): boolean {
  const noun = /^\s+([a-z][a-z-]*s)\b/i.exec(text.slice(part.end, part.end + 30))?.[1]?.toLowerCase();
  if (!noun) return false;
  const words = (/^(?:\s+[a-z][a-z'-]*){1,4}/i.exec(wholeText.slice(whole.end, whole.end + 60))?.[0] ?? '').trim().toLowerCase().split(/\s+/);
  return words.includes(noun);
}

/** Between the two counts of a pair: '10 of the 43', '10 out of 43'. */
const PAIR_GAP = /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?|(?:the\s+)?[a-z]+['\u2019]s\s+|its\s+|their\s+)?$/i;

/** What a grade is given for, right after it: ' at listening', ' for safety', ' on leadership' (not 'for the year'). */
const GRADED_FOR = /^\s*['"\u2019\u201d]?\s+(?:at|for|on|in)\s+(?!(?:the|a|an|this|that|its|their|all|each|every|both|\d)\b)([a-z][a-z-]+)/i;

/** A count of places or times in a phrase of its own, 'across two locations', 'at three sites': no part of the list. */
const ADJUNCT_BEFORE = /\b(?:across|at|over|from|between|within)\s+$/i;
const ADJUNCT_AFTER = /^\s+(?:(?:separate|different)\s+)?(?:locations|sites|places|areas|regions|wards|floors|units|campuses|premises|visits|days|weeks|months|years)\b/i;
function adjunctCount(text: string, t: Tok): boolean {
  return ADJUNCT_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && ADJUNCT_AFTER.test(text.slice(t.end, t.end + 30));
}

/** The grades a part names: its grade, and the other grade of its band. */
const gradesOf = (p: GradePart): number[] => (p.band !== undefined ? [p.grade, p.band] : [p.grade]);
/** Whether no grade is named by two parts. */
function eachGradeOnce(parts: readonly GradePart[]): boolean {
  const all = parts.flatMap(gradesOf);
  return new Set(all).size === all.length;
}
/** The name of a part's grade or band. */
const gradeName = (scale: GradeScale, p: GradePart): string => (p.grade < 0 ? 'not rated' : p.band !== undefined ? `${scale[p.grade]} or ${scale[p.band]}` : scale[p.grade]!);

/** The counts of the sentence that each name a grade of `scale`, in order; undefined when the list is not one breakdown. */
function partsOf(s: { text: string; toks: readonly Tok[] }, scale: GradeScale, min = 2): GradePart[] | undefined {
  // Every grade is found in a part of the sentence: a sentence with none has no parts.
  if (!mentionsScale(s.text, scale)) return undefined;
  // A sentence is read as itself and then as the sentence before the next (`continuedGrades`): its parts once.
  let memo = partsMemo.get(s.toks);
  if (!memo || memo.text !== s.text) partsMemo.set(s.toks, (memo = { text: s.text, byScale: new Map() }));
  let parts = memo.byScale.get(scale);
  if (parts === undefined) memo.byScale.set(scale, (parts = allPartsOf(s, scale) ?? null));
  return parts && parts.length >= min ? parts : undefined;
}

/** The parts of each sentence by scale (null: none), for the tokens of one sentence text. */
const partsMemo = new WeakMap<readonly Tok[], { text: string; byScale: Map<GradeScale, GradePart[] | null> }>();

/** `partsOf` with no least number of parts. */
function allPartsOf(s: { text: string; toks: readonly Tok[] }, scale: GradeScale): GradePart[] | undefined {
  const toks = s.toks;
  const parts: GradePart[] = [];
  const abouts = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!plainCount(s.text, t) || !Number.isInteger(t.value) || adjunctCount(s.text, t)) continue;
    // 'Only 10 of the 43 services inspected in 2013-14 were good': the grade after the pair is the part's,
    // and the pair's whole is the list's whole. A year or date is no count: the window runs past it.
    let j = i + 1;
    let whole: Tok | undefined;
    if (parts.length === 0 && toks[j] && plainCount(s.text, toks[j]!) && PAIR_GAP.test(s.text.slice(t.end, toks[j]!.start)) && toks[j]!.value > t.value) whole = toks[j++];
    const from = whole ? whole.end : t.end;
    while (toks[j] && toks[j]!.kind === 'num' && (toks[j]!.notCount || adjunctCount(s.text, toks[j]!))) j++;
    const next = toks[j];
    const end = Math.min(next ? next.start : s.text.length, from + WINDOW);
    const window = s.text.slice(from, end);
    // The grade of this count: the first one after it, before a full stop of a clause ('; ').
    // (A colon closes it too: 'graded on nine of the ten questions: 'good' on six, …': the grades after it are the list's.)
    const stop = window.search(/[;.:]/);
    const g = firstGrade(stop < 0 ? window : window.slice(0, stop), scale);
    if (!g) continue;
    // '3 visits, and no authority was outstanding': a grade after a negation is the grade no case has.
    if (/\b(?:no|none|not|never)\b/i.test(window.slice(0, g.start))) continue;
    const after = window.slice(g.end);
    // 'reports on 103 of the 152, and found services inadequate in 20% of them': the grade is the next
    // figure's, a share written right after it ('in', 'for', 'at'), not this count's.
    if (next && end === next.start && /^\s+(?:in|for|at|with)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$/i.test(after)) continue;
    // 'good or better': a band of grades given by its bound, so the list is not a partition. 'good or outstanding',
    // a band of two grades each named, is one category of two grades: the list is a partition when no grade is
    // in two of its parts (checked below).
    const or = /^\s*['"\u2019\u201d]?\s*or\s+['"\u2018\u201c]?/i.exec(after);
    if (BAND_AFTER.test(after)) return undefined;
    const g2 = or ? firstGrade(after.slice(or[0].length, or[0].length + 40), scale) : undefined;
    let band: number | undefined;
    let rest = after;
    if (or && g2?.start === 0) {
      rest = after.slice(or[0].length + g2.end);
      if (g2.grade === g.grade || BAND_AFTER.test(rest) || /^\s*['"\u2019\u201d]?\s*(?:,\s*)?or\s/i.test(rest)) return undefined;
      band = g2.grade;
    }
    if (/\bor\s+$/i.test(window.slice(0, g.start))) return undefined;
    parts.push({ tok: t, grade: g.grade, ...(band !== undefined ? { band } : {}), ...(whole ? { whole } : {}) });
    const about = GRADED_FOR.exec(rest)?.[1]?.toLowerCase();
    if (about) abouts.add(about);
    if (whole) i++;
  }
  // 'Of the 40 staff, 20 were good at listening and 25 poor at recording': each grade is given on its own
  // question, so a case may be in both.
  if (abouts.size >= 2) return undefined;
  // Each grade once: the same grade twice is two breakdowns (this year and last), not one.
  if (!eachGradeOnce(parts)) return undefined;
  return parts;
}

const beforePatternCache = new WeakMap<GradeScale, RegExp[]>();
/** Each grade of the scale written right before a count it is given to: ''good' on ', 'requires improvement for '. */
function beforePatterns(scale: GradeScale): RegExp[] {
  let p = beforePatternCache.get(scale);
  if (!p) {
    p = patterns(scale).map((re) => new RegExp(String.raw`${re.source}['"\u2019\u201d]?\s+(?:on|in|for|at|against)\s+$`, 'i'));
    beforePatternCache.set(scale, p);
  }
  return p;
}

/**
 * 'The force was judged 'good' on six of them, 'requires improvement' on two and 'inadequate' on one': each grade
 * written before its count, after the preposition that gives it ('on', 'in', 'for'). Every count of the list so
 * told, each grade once; undefined when fewer than two.
 */
function partsAfterGrades(s: { text: string; toks: readonly Tok[] }, scale: GradeScale): GradePart[] | undefined {
  if (!mentionsScale(s.text, scale)) return undefined;
  const parts: GradePart[] = [];
  const res = beforePatterns(scale);
  let from = 0;
  for (const t of s.toks) {
    const gap = s.text.slice(from, t.start);
    from = t.end;
    if (!plainCount(s.text, t) || !Number.isInteger(t.value)) continue;
    // Only the gap since the figure before, and within its clause.
    const clause = gap.slice(Math.max(gap.lastIndexOf(';'), gap.lastIndexOf(':')) + 1);
    const g = res.findIndex((re) => re.test(clause));
    if (g < 0) continue;
    // (A negation that is the grade's own word, 'no meaningful progress on three', is no negation of it.)
    if (/\b(?:no|none|not|never)\b/i.test(clause.replace(res[g]!, ' '))) return undefined;
    parts.push({ tok: t, grade: g });
  }
  if (parts.length < 2 || new Set(parts.map((p) => p.grade)).size !== parts.length) return undefined;
  return parts;
}

/** Grades named with no count: 'No service was rated outstanding', 'none was inadequate'. */
function zeroGrades(text: string, scale: GradeScale): Set<number> {
  const out = new Set<number>();
  const re = /\b(?:no|none)\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = firstGrade(text.slice(m.index, m.index + 60).split(/[,;.]/)[0]!, scale);
    if (g) out.add(g.grade);
  }
  return out;
}

/** A sentence that carries on the list of the sentence before: 'A further 14 were rated good', 'Another three …'. */
const CONTINUES = /^\s*(?:a\s+further|another|and|the\s+other|the\s+remaining|the\s+rest|the\s+remainder)\b/i;

/**
 * 'Of the 59 services inspected, 14 were graded inadequate and 31 requires improvement. A further 14 were
 * rated good, and no authority was outstanding.': a list by grade carried on into the next sentence. The
 * whole is the one count before the first sentence's parts; the two lists together are judged as one (a
 * case has one grade: an excess always, a shortfall when every grade is named, here or with none).
 */
function continuedGrades(s: SentenceView, scales: readonly GradeScale[]): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const continues = CONTINUES.test(s.text);
  for (const scale of scales) {
    const before = partsOf(prev, scale, continues ? 2 : 1);
    // ('… 41 were rated good, 22 requires improvement and five inadequate. One home was rated outstanding.': a
    // sentence of one count and one grade, after a list of two or more, goes on with the list when the count
    // opens it, it has no other figure and no word of another time, and its noun is the list's.)
    // (Such a sentence may also be a remark on one case, so a shortfall there is not judged: an excess is.)
    let here = partsOf(s, scale, continues ? 1 : 2);
    const lone = !here && !continues && !!before && before.length >= 2 && lonePart(s, prev.text);
    if (lone) here = partsOf(s, scale, 1);
    if (!before || !here) continue;
    // Or a sentence that opens with its first part, by another grade ('Of the 44 providers, 9 were judged
    // outstanding. Twenty-six were good, seven …'): the list goes on.
    if (!continues && !(s.toks[0] === here[0]!.tok && /^\s*$/.test(s.text.slice(0, here[0]!.tok.start)))) continue;
    const parts = [...before, ...here];
    if (!eachGradeOnce(parts)) continue;
    // 'A further 14 schools were rated good' after a list of councils: another group.
    const ownNoun = /^\s+([a-z][a-z-]*s)\b/i.exec(s.text.slice(here[0]!.tok.end, here[0]!.tok.end + 30))?.[1]?.toLowerCase();
    if (ownNoun && !/^(?:were|was|is|are|has|had)$/.test(ownNoun) && !(prev.text.toLowerCase().includes(ownNoun.replace(/s$/, '')))) return [];
    const first = before[0]!.tok;
    // The whole: the pair's, or the one count before the first part (a year or date is no count).
    const earlier = prev.toks.filter((t) => t.end <= first.start && t.kind === 'num' && !t.notCount);
    const whole = before[0]!.whole ?? (earlier.length === 1 && plainCount(prev.text, earlier[0]!) ? earlier[0] : undefined);
    if (!whole) return [];
    const partToks = new Set(parts.map((p) => p.tok));
    // Every other count of the two sentences after the whole is a part, or the list may be read another way.
    const stray = prev.toks.some((t) => t.start > first.start && t !== whole && !partToks.has(t) && plainCount(prev.text, t)) || s.toks.some((t) => !partToks.has(t) && plainCount(s.text, t));
    const named = new Set(parts.flatMap(gradesOf));
    for (const g of [...zeroGrades(prev.text, scale), ...zeroGrades(s.text, scale)]) named.add(g);
    const exhaustive = named.size === scale.length && !lone;
    const sum = parts.reduce((a, p) => a + p.tok.value, 0);
    const spanOf = (t: Tok, off: number) => ({ start: off + t.start, end: off + t.end });
    const operands: Operand[] = [
      { role: 'n', value: whole.value, raw: whole.raw, span: spanOf(whole, prev.offset) },
      ...before.map((p): Operand => ({ role: 'k', value: p.tok.value, raw: p.tok.raw, span: spanOf(p.tok, prev.offset) })),
      ...here.map((p): Operand => ({ role: 'k', value: p.tok.value, raw: p.tok.raw, span: spanOf(p.tok, s.offset) })),
    ];
    const span = { start: operands[1]!.span.start, end: operands[operands.length - 1]!.span.end };
    const expr = `${parts.map((p) => p.tok.value).join(' + ')} = ${sum}`;
    const names = parts.map((p) => gradeName(scale, p)).join(', ');
    if (sum === whole.value) return [{ kind: 'parts-sum', span, arithmetic: `${expr} = ${whole.raw} ✓ (by grade, over two sentences: ${names})`, verdict: 'ok', operands }];
    if (stray || !(sum > whole.value || exhaustive)) return [{ kind: 'parts-sum', span, arithmetic: `${expr}, not ${whole.raw} (${stray ? 'other counts among the parts' : lone ? 'the sentence of one count may be a remark apart, so some may be left out' : 'a grade of the scale is not named, so some may be left out'}: not judged)`, verdict: 'unchecked', operands }];
    return [
      {
        kind: 'parts-sum',
        span,
        arithmetic: `${expr}, not ${whole.raw} (${exhaustive ? `every grade named: ${scale.join(', ')}` : 'a case has one grade, so the parts cannot overlap'})`,
        verdict: 'inconsistent',
        rule: RULE.partsSum,
        message: `The counts by grade do not add up to the whole: ${expr}, not ${whole.raw}`,
        operands,
      },
    ];
  }
  return [];
}

/** Words that set a sentence at another time than the list before it. */
const OTHER_TIME = /\b(?:previous(?:ly)?|last|earlier|before|formerly|then|since|until|ago|already|now)\b/i;

/** A sentence of one count that may carry on a list: the count opens it, nothing else is a figure, its noun (if any) is the list sentence's. */
function lonePart(s: SentenceView, prevText: string): boolean {
  if (s.toks.length !== 1 || !/^\s*$/.test(s.text.slice(0, s.toks[0]!.start)) || OTHER_TIME.test(s.text)) return false;
  const noun = /^\s+([a-z][a-z-]*)\s+(?:was|were|is|are|had|has)\b/i.exec(s.text.slice(s.toks[0]!.end, s.toks[0]!.end + 40))?.[1]?.toLowerCase();
  if (!noun) return /^\s+(?:was|were|is|are|had|has)\b/i.test(s.text.slice(s.toks[0]!.end, s.toks[0]!.end + 12));
  const stem = noun.replace(/(?:ies|es|s)$/, '');
  return stem.length >= 3 && prevText.toLowerCase().includes(stem);
}

/** A clause of a count, its verb of being and a short predicate, then the list: 'Four were met, three were partly met …'. */
const SIBLING_CLAUSE = /^\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:rated\s+|judged\s+|graded\s+|found\s+|assessed\s+as\s+)?([a-z][a-z' -]{0,40}?)['"\u2019\u201d]?\s*(?:,\s*(?:and\s+|while\s+|but\s+|whereas\s+)?|\s+and\s+)$/i;

/**
 * Whether a count before the first part is a part of the list that names no grade of the scale, not its whole:
 * its clause ends in a word of the scale's grades ('Four were met, three were partly met and two were not met':
 * 'met' of 'Partly met', 'Not met' when the scale has 'Well met', not 'Met').
 */
function siblingOfGrades(text: string, t: Tok, first: Tok, scale: GradeScale): boolean {
  const m = SIBLING_CLAUSE.exec(text.slice(t.end, first.start));
  if (!m) return false;
  const last = m[1]!.trim().split(/\s+/).pop()!.toLowerCase();
  return scale.some((g) => g.toLowerCase().split(/\s+/).slice(1).includes(last) || g.toLowerCase() === last);
}

export function readGradeParts(s: SentenceView): ClaimRecord[] {
  const scales = s.gradeScales;
  if (!scales?.length) return [];
  const continued = continuedGrades(s, scales);
  if (continued.length) return continued;
  const whole = gradePartsIn(s, scales);
  if (whole.length || !s.text.includes(';')) return whole;
  // 'Across the south, 27 of the 65 homes were rated good, 28 requires improvement and 10 inadequate; in London,
  // 20 of 31 were good, 8 …': two lists by grade, one in each clause of the semicolon, each read on its own
  // (the clause's text alone, at its place; the sentence before only for the first clause).
  const out: ClaimRecord[] = [];
  let from = 0;
  for (const end of [...semicolons(s.text), s.text.length]) {
    const text = ' '.repeat(from) + s.text.slice(from, end) + ' '.repeat(s.text.length - end);
    const toks = s.toks.filter((t) => t.start >= from && t.end <= end);
    const view: SentenceView = { ...s, text, toks };
    if (from > 0) delete view.previous;
    out.push(...gradePartsIn(view, scales));
    from = end + 1;
  }
  return out;
}

const semicolons = (text: string): number[] => [...text.matchAll(/;/g)].map((m) => m.index!);

/** The clause break after a list's last grade: '; ', ', and ', ' and ', ', while '. */
const UNRATED_GAP = /^[^;,.:\d()]{0,60}(?:[;,]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?|\s+and\s+|\s+while\s+)$/i;
/**
 * A count that opens a clause saying its cases have no grade: 'two were not rated', 'one service had not yet been
 * inspected', 'one was a focused inspection that carries no rating'.
 */
const UNRATED_TAIL = /^\s+(?:(?:other\s+|more\s+)?[a-z][a-z-]*\s+)?(?:were|was|are|is|had|have|has|remain|remained|remains)\s+(?=not\b|unrated\b|ungraded\b|awaiting\b|yet\b|still\b|(?:an?\s+)?(?:[a-z-]+\s+){1,4}(?:that|which)\s+(?:carries|carried|carry|has|had|have|gets|got|receives|received)\s+no\s+(?:rating|grade)\b)/i;

/** The one count after the list's last part that is said to have no grade, with nothing after it. */
function unratedAfter(s: SentenceView, last: Tok, scale: GradeScale): Tok | undefined {
  const after = s.toks.filter((t) => t.start > last.end && t.kind === 'num' && !t.notCount);
  if (after.length !== 1 || !plainCount(s.text, after[0]!)) return undefined;
  const u = after[0]!;
  if (!UNRATED_GAP.test(s.text.slice(last.end, u.start))) return undefined;
  const tail = UNRATED_TAIL.exec(s.text.slice(u.end, u.end + 60));
  if (!tail) return undefined;
  const rest = s.text.slice(u.end + tail[0].length);
  // Only the clause of the unrated cases to the sentence's end: 'not rated.' or 'not yet been inspected'.
  // ('two were not rated good' names a grade: no unrated cases.)
  if (!UNRATED.test(rest.slice(0, 50)) || !/^[^,;:()\d]{0,60}[.!]?\s*$/.test(rest) || firstGrade(rest, scale)) return undefined;
  return u;
}

function gradePartsIn(s: SentenceView, scales: readonly GradeScale[]): ClaimRecord[] {
  let best: { scale: GradeScale; parts: GradePart[] } | undefined;
  for (const scale of scales) {
    const parts = partsOf(s, scale);
    if (parts && (!best || parts.length > best.parts.length)) best = { scale, parts };
    // Grades written before their counts, when that reading places more of them.
    const after = partsAfterGrades(s, scale);
    if (after && (!best || after.length > best.parts.length)) best = { scale, parts: after };
  }
  if (!best) return [];
  const { scale } = best;
  // A count after the list said to have no grade ('…, seven requires improvement; two were not rated'): a part
  // of the whole beside the grades, exclusive of them (a case rated is not unrated).
  const unratedPart = unratedAfter(s, best.parts[best.parts.length - 1]!.tok, scale);
  const parts: GradePart[] = unratedPart ? [...best.parts, { tok: unratedPart, grade: -1 }] : best.parts;
  const first = parts[0]!.tok;
  const last = parts[parts.length - 1]!.tok;
  const partToks = new Set(parts.map((p) => p.tok));
  // Other counts among or after the parts: the list may be read another way.
  const pairWhole = parts[0]!.whole;
  const stray = s.toks.some((t) => t.start > first.start && !partToks.has(t) && t !== pairWhole && t.kind === 'num' && plainCount(s.text, t) && !adjunctCount(s.text, t) && t.start < last.end + 1);
  const named = new Set(parts.filter((p) => p.grade >= 0).flatMap(gradesOf));
  for (const g of zeroGrades(s.text, scale)) named.add(g);
  const exhaustive = named.size === scale.length;
  const sum = parts.reduce((a, p) => a + p.tok.value, 0);
  const max = Math.max(...parts.map((p) => p.tok.value));
  // Candidate wholes: counts before the parts, nearest first; else the first count of the sentence before.
  const before = s.toks.filter((t) => t.end <= first.start && plainCount(s.text, t) && t.value > max && !siblingOfGrades(s.text, t, first, scale)).reverse();
  const cands: { tok: Tok; view: { text: string; offset: number }; certain: boolean }[] = [];
  const beforeCounts = s.toks.filter((t) => t.end <= first.start && t.kind === 'num' && !t.notCount);
  // The whole of the pair the first part opens is the list's whole ('Only 10 of the 43 … were good; seven …').
  // 'The force was graded on nine of the ten questions: 'good' on six, …': a pair just before the colon that
  // opens the list, the sentence's only counts before it; the list is of the pair's part.
  const [px, py] = beforeCounts;
  const colonPair = !pairWhole && beforeCounts.length === 2 && px && py && plainCount(s.text, px) && plainCount(s.text, py) && PAIR_GAP.test(s.text.slice(px.end, py.start)) && px.value < py.value && px.value >= max && /^(?:\s+[A-Za-z][\w'-]*){0,4}\s*:\s*['"\u2018\u201c]?\s*$/.test(s.text.slice(py.end, s.text.lastIndexOf(':', first.start) + 1)) && s.text.lastIndexOf(':', first.start) > py.end && !/[;:]/.test(s.text.slice(s.text.lastIndexOf(':', first.start) + 1, first.start));
  if (colonPair) cands.push({ tok: px, view: s, certain: true });
  else if (pairWhole) cands.push({ tok: pairWhole, view: s, certain: beforeCounts.length === 0 });
  else for (const t of before) cands.push({ tok: t, view: s, certain: before.length === 1 && beforeCounts.length === 1 });
  const prev = s.previous?.[s.previous.length - 1];
  if (!cands.length && prev) {
    const firstPrev = prev.toks.find((t) => t.kind === 'num' && !t.notCount);
    if (firstPrev && plainCount(prev.text, firstPrev) && firstPrev.value > max) cands.push({ tok: firstPrev, view: prev, certain: false });
    // 'Nine out of the 12 trusts … . … eight were rated requires improvement and one inadequate; four …': the
    // first count is a pair's part, and its whole is a whole of the list too.
    const pi = firstPrev ? prev.toks.indexOf(firstPrev) : -1;
    const pn = pi >= 0 ? prev.toks[pi + 1] : undefined;
    if (firstPrev && pn && plainCount(prev.text, firstPrev) && plainCount(prev.text, pn) && pn.value > firstPrev.value && pn.value > max && /^\s+(?:out\s+)?of\s+(?:the\s+)?$/i.test(prev.text.slice(firstPrev.end, pn.start))) cands.push({ tok: pn, view: prev, certain: false });
    for (const t of prev.toks) if (t !== firstPrev && plainCount(prev.text, t) && t.value === sum) cands.push({ tok: t, view: prev, certain: false });
  }
  if (!cands.length) return [];
  const fit = cands.find((c) => c.tok.value === sum);
  // Parts that exceed every candidate exceed whichever is the whole: judged against the largest.
  const overAll = !fit && cands.length > 1 && cands.every((x) => x.view !== s) && cands.every((x) => sum > x.tok.value);
  if (overAll) cands.sort((a, b) => b.tok.value - a.tok.value).splice(1);
  const c = fit ?? cands[0]!;
  const operands: Operand[] = [
    { role: 'n', value: c.tok.value, raw: c.tok.raw, span: { start: c.view.offset + c.tok.start, end: c.view.offset + c.tok.end } },
    ...parts.map((p): Operand => ({ role: 'k', value: p.tok.value, raw: p.tok.raw, span: at(s, p.tok.start, p.tok.end) })),
  ];
  const span = { start: at(s, first.start, first.end).start, end: at(s, last.start, last.end).end };
  const expr = `${parts.map((p) => p.tok.value).join(' + ')} = ${sum}`;
  const names = parts.map((p) => gradeName(scale, p)).join(', ');
  if (fit) return [{ kind: 'parts-sum', span, arithmetic: `${expr} = ${c.tok.raw} ✓ (by grade: ${names})`, verdict: 'ok', operands }];
  // A rest named with no count after the grades ('; the remaining reports were of focused inspections'):
  // the grades and the rest make the whole, so a shortfall is the rest and is consistent.
  // The rest is of the whole's own noun ('52 more reports …; the remaining reports'), or 'the rest' with a verb.
  const restAt = REST_AFTER.exec(s.text.slice(last.end));
  const restNoun = restAt ? /^\s+([a-z][a-z-]*)/i.exec(s.text.slice(last.end + restAt.index + restAt[0].length, last.end + restAt.index + restAt[0].length + 30))?.[1]?.toLowerCase() : undefined;
  const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');
  const wholeWords = (/^(?:\s+[a-z][a-z-]*){1,4}/i.exec(c.view.text.slice(c.tok.end, c.tok.end + 50))?.[0] ?? '').trim().split(/\s+/).map(stem);
  const restOfWhole = !!restNoun && (wholeWords.includes(stem(restNoun)) || (/\b(?:rest|remainder|others)$/i.test(restAt![0]) && /^(?:were|was|had|have|are|is)$/.test(restNoun)));
  if (!stray && sum < c.tok.value && restAt && restOfWhole && !s.toks.some((t) => t.start >= last.end + restAt.index && t.start < last.end + restAt.index + restAt[0].length + 12 && t.kind === 'num'))
    return [{ kind: 'parts-sum', span, arithmetic: `${expr} of ${c.tok.raw}, and the rest (${c.tok.value - sum}) named with no count ✓ (by grade: ${names})`, verdict: 'ok', operands }];
  if (stray) return [{ kind: 'parts-sum', span, arithmetic: `${expr}, not ${c.tok.raw} (other counts among the parts: not judged)`, verdict: 'unchecked', operands }];
  // Judged: the whole is the one count before the parts, or the count of the
  // sentence before that the parts overflow.
  // A case has one grade, so the parts never overlap: an excess is certain; a shortfall only when every grade is named.
  const over = sum > c.tok.value;
  // A whole in the sentence before is judged on a shortfall too when every grade is named and the first part
  // names the whole's own noun ('inspections of 26 services. … rated three services Outstanding, …'): the
  // services graded are the services counted. ('30 reports. Four of these services …' stays unresolved: a
  // report may carry no rating.)
  const tied = c.view !== s && sameNoun(s.text, first, c.view.text, c.tok);
  // A case said to have no grade yet ('and one service was not yet rated'), or another count after the list:
  // a shortfall may be those.
  const unrated = (!unratedPart && UNRATED.test(s.text.slice(last.end))) || s.toks.some((t) => t.start > last.end && plainCount(s.text, t));
  // (A colon list of three parts or more is the pair's part broken down: a shortfall is judged too, as in parts-sum.)
  const judged = (exhaustive || over || (colonPair && parts.length >= 3)) && cands.length === 1 && (c.certain || (c.view !== s && (over || tied))) && (over || !unrated);
  if (!judged) return [{ kind: 'parts-sum', span, arithmetic: `${expr}, not ${c.tok.raw} (${exhaustive ? 'the whole may be another group' : 'a grade of the scale is not named, so some may be left out'}: not judged)`, verdict: 'unchecked', operands }];
  return [
    {
      kind: 'parts-sum',
      span,
      arithmetic: `${expr}, not ${c.tok.raw} (${exhaustive ? `every grade named: ${scale.join(', ')}` : over ? 'a case has one grade, so the parts cannot overlap' : 'the list after the colon breaks the part down'})`,
      verdict: 'inconsistent',
      rule: RULE.partsSum,
      message: `The counts by grade do not add up to the whole: ${expr}, not ${c.tok.raw}`,
      operands,
    },
  ];
}
