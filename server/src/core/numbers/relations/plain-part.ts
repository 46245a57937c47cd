/**
 * More plain counts of a total (issue 9, the plain family), each judged only
 * when it fits (k ≤ n): nothing here is ever reported, since in each shape
 * the count could be of another group or another time.
 *
 *   'The unit can hold up to 60 women, and 48 were held when we visited'  (a capacity and its occupants)
 *   'Across the 30 visits, staff were rated good in 21 homes.'            (a frame, a part closing its clause after 'in')
 *   'We read 40 files. Plans were sound in most of them but current in only 15.' (the same, the total the sentence before)
 *   'of the 80 prisons inspected, Ash was one of only six to …'           ('one of k' inside an 'of n' frame)
 *   '500 claims were made; of those that were decided, 120 succeeded …'   (a part of a part)
 *   'Only 9 of the 60 were good and 40 were adequate.'                    (a sibling of a counted part)
 *   'The council published 14 reports. Five of the reports …'             ('k of the X', X the noun of one count before)
 *   'with 22 homes for 297 places; by 2012 …, in 10 homes'                ('in k X', X the noun of one count before)
 *   'just under 7500 people were held …, while the number on remand had grown to 1046' (a subgroup's number)
 *   'Of the 71 services …, 18 got … The most common verdict was adequate, given to 33 …' (a verdict given to some of a frame)
 *
 * The readings return claims for `count-of-total.ts`, which keeps one claim per
 * count.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf } from '../judge.js';
import { firstTokFrom, isPopulation, sameGroup, type Tok } from '../scan.js';
import { countOfTok, builtRegExp, OTHER_TIME } from './common.js';
import { at, type PreviousSentence, type SentenceView } from './index.js';
import { populationsOf } from './population.js';
import { groupNoun, isCountTok } from './shares.js';

const singular = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

/** A claim k of n that is kept only when it fits. */
function fits(s: SentenceView, k: Tok, n: { tok: Tok; offset: number }, span: { start: number; end: number }, why: string): ClaimRecord | undefined {
  const c = judgeCountOf({ kind: 'count-of', span }, countOfTok(k, s.offset), countOfTok(n.tok, n.offset), [{ span: { start: n.offset + n.tok.start, end: n.offset + n.tok.end }, message: `${why} (a reading that holds; not reported otherwise)` }]);
  return c.verdict === 'ok' ? c : undefined;
}

/** The next count token after index i, skipping numbers that are not counts (years, durations). */
function nextCount(s: SentenceView, i: number): number {
  for (let j = i + 1; j < s.toks.length; j++) {
    const t = s.toks[j]!;
    if (t.kind === 'num' && t.notCount) continue;
    return isCountTok(s, t) ? j : -1;
  }
  return -1;
}

// ------------------------------------------------------------------ capacity

/** What states a capacity: 'can hold up to 60', 'is registered for 40', 'a capacity of 120', 'places for 30'. */
const CAPACITY_BEFORE = /\b(?:(?:hold|holds|accommodate|accommodates|house|houses|take|takes)\s+(?:up\s+to\s+)?|(?:has|had|have|with)\s+|registered\s+(?:for|to\s+(?:provide\s+care\s+for|accommodate|care\s+for|support))\s+(?:up\s+to\s+)?|capacity\s+(?:of|for)\s+(?:up\s+to\s+)?)$/i;
/** A count of places: '400 beds', '120 places', '60 single cells'. */
const PLACES = /^(?:\s+[A-Za-z][\w'-]*)?\s+(?:beds|places|cells|rooms|bedrooms|spaces|pitches)\b/i;
/** The occupants: '48 were held', '38 were living there', '50 men were detained'. */
const OCCUPANT_AFTER = /^(?:\s+[A-Za-z][\w'-]*){0,2}?\s+(?:were|was|are|is)\s+(?:being\s+|currently\s+|then\s+|still\s+)?(?:held|living|detained|accommodated|resident|staying|housed|in\s+residence|on\s+the\s+roll|placed|there|occupied|filled|in\s+use)\b/i;

function capacity(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const n = s.toks[i]!;
    // A capacity may be written as a limit ('up to 162').
    if (n.kind !== 'num' || n.notCount || !Number.isInteger(n.value) || n.value < 2 || !CAPACITY_BEFORE.test(s.text.slice(Math.max(0, n.start - 50), n.start))) continue;
    const nNoun = groupNoun(s.text, n.end);
    // 'has 400 beds': only a count of places states a capacity after 'has'.
    if (/\b(?:has|had|have|with)\s+$/i.test(s.text.slice(Math.max(0, n.start - 6), n.start)) && !PLACES.test(s.text.slice(n.end, n.end + 30))) continue;
    // The first plain count of occupants after it, in the same sentence (a hedged limit, 'cut to below 100', is skipped).
    for (let j = i + 1; j < s.toks.length; j++) {
      const k = s.toks[j]!;
      if (k.kind !== 'num' || k.notCount || !isCountTok(s, k)) continue;
      if (!OCCUPANT_AFTER.test(s.text.slice(k.end, k.end + 60))) continue;
      const kNoun = groupNoun(s.text, k.end);
      if (kNoun && /^(?:were|was|are|is)$/i.test(kNoun) === false && !sameGroup(kNoun, nNoun)) break;
      const c = fits(s, k, { tok: n, offset: s.offset }, at(s, n.start, k.end), `the total, ${n.raw}, is the capacity the sentence states; over capacity is possible`);
      if (c) out.push(c);
      break;
    }
  }
  return out;
}

// ------------------------------------------------------------------ 'in k' closing a clause

/** 'in 12 centres.', 'in only 27.', 'in just 4 of them' is the partitive readers'. */
const IN_BEFORE = /\bin\s+(?:only\s+|just\s+)?$/i;
const CLAUSE_END = /^(?:\s+[A-Za-z][\w'-]*)?\s*(?:[,;.]|$)/;
const OF_THEM = /\b(?:of|in)\s+(?:them|these|those)\b/i;

/** The one sample or frame the sentences before count ('Inspectors examined 64 cases.'), if there is just one. */
function previousTotal(s: SentenceView): { tok: Tok; offset: number; noun?: string } | undefined {
  const p: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
  if (!p) return undefined;
  const counts = p.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length !== 1 || p.toks.some((t) => t.kind !== 'num')) return undefined;
  const t = counts[0]!;
  if (!isPopulation(p.text, t)) return undefined;
  return { tok: t, offset: p.offset, noun: groupNoun(p.text, t.end) };
}

/** A frame led by a noun phrase: 'In the first annual ratings of the 152 councils, …'. */
const LEAD_FRAME = /^\s*(?:in|across|during|from|among)\s+(?:the\s+|its\s+|our\s+)?(?:[A-Za-z][\w'-]*\s+){1,4}(?:of|for)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** 'children's services in nine were judged …': the count's noun left out, a verb after it. */
const VERB_NEXT = /^\s+(?:were|was|had|have|has)\b/i;

function framesOf(s: SentenceView): { tok: Tok }[] {
  const out: { tok: Tok }[] = populationsOf(s).filter((p) => p.how === 'frame');
  const n = s.toks.find((t) => t.kind === 'num' && !t.notCount);
  if (n && isCountTok(s, n) && !out.some((p) => p.tok === n) && LEAD_FRAME.test(s.text.slice(0, n.start)) && groupNoun(s.text, n.end)) {
    const comma = s.text.indexOf(',', n.end);
    if (comma > 0 && comma - n.end < 120 && !/[.;:()]/.test(s.text.slice(n.end, comma))) out.unshift({ tok: n });
  }
  return out;
}

function inClauseEnd(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  // (The frames only when a count closes an 'in' clause: framesOf is pure, so computing it late changes nothing.)
  let frames: { tok: Tok }[] | undefined;
  for (const k of s.toks) {
    if (!isCountTok(s, k) || !IN_BEFORE.test(s.text.slice(Math.max(0, k.start - 12), k.start))) continue;
    frames ??= framesOf(s);
    const after = s.text.slice(k.end, k.end + 40);
    if (!CLAUSE_END.test(after) && !(frames.length && VERB_NEXT.test(after))) continue;
    // The frame of this sentence before it, with no other count between.
    const frame = frames.filter((p) => p.tok.end <= k.start).pop();
    if (frame) {
      const between = s.toks.filter((t) => t.start >= frame.tok.end && t.end <= k.start && t.kind === 'num' && !t.notCount);
      if (between.length === 0 && !/[;:()]/.test(s.text.slice(frame.tok.end, k.start))) {
        const c = fits(s, k, { tok: frame.tok, offset: s.offset }, at(s, frame.tok.start, k.end), `the total, ${frame.tok.raw}, is the group this sentence is about`);
        if (c) out.push(c);
      }
      continue;
    }
    // '… with 22 homes for 297 places; by 2012 only 166 places were provided, in 10 homes': the one earlier count of the same noun.
    const kNoun = groupNoun(s.text, k.end);
    if (kNoun) {
      const same = s.toks.filter((t) => t.end <= k.start && isCountTok(s, t) && singular(groupNoun(s.text, t.end) ?? '') === singular(kNoun) && !/^\s*(?:of|out\s+of)\b/i.test(s.text.slice(t.end, t.end + 8)));
      if (same.length === 1) {
        const n = same[0]!;
        const c = fits(s, k, { tok: n, offset: s.offset }, at(s, n.start, k.end), `the total, ${n.raw}, is the one count of ${kNoun} before it`);
        if (c) out.push(c);
      }
      continue;
    }
    // 'Plans were sound in most of them but current in only 27': 'of them' takes the group the sentence before counts.
    if (!OF_THEM.test(s.text.slice(0, k.start))) continue;
    const prev = previousTotal(s);
    if (!prev) continue;
    const c = fits(s, k, prev, at(s, k.start, k.end), `the total, ${prev.tok.raw}, is the group the sentence before counts`);
    if (c) out.push(c);
  }
  return out;
}

// ------------------------------------------------------------------ 'one of only k'

/** An 'of n' frame opening a clause, 'that' included ('found that of 169 inspections …, '). */
const OF_FRAME = /(?:^|[,;:]\s*|\b(?:and|but|that)\s+)(?:of|out\s+of)\s+(?:the\s+)?$/i;
const ONE_OF_BEFORE = /\bone\s+of\s+(?:only\s+|just\s+)?$/i;

function oneOf(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const n = s.toks[i]!;
    if (!isCountTok(s, n) || !OF_FRAME.test(s.text.slice(Math.max(0, n.start - 16), n.start)) || !groupNoun(s.text, n.end)) continue;
    const comma = s.text.indexOf(',', n.end);
    if (comma < 0 || comma - n.end > 160 || /[.;:()]/.test(s.text.slice(n.end, comma))) continue;
    // The count after 'one of' (the 'one' itself may be read as a count), the next count of the clause.
    let j = nextCount(s, i);
    if (j >= 0 && /^one$/i.test(s.toks[j]!.raw) && /^\s+of\b/i.test(s.text.slice(s.toks[j]!.end, s.toks[j]!.end + 4))) j = nextCount(s, j);
    const k = j >= 0 ? s.toks[j] : undefined;
    if (!k || k.start < comma || /[;:]/.test(s.text.slice(comma, k.start)) || !ONE_OF_BEFORE.test(s.text.slice(Math.max(0, k.start - 20), k.start))) continue;
    // 'one of only three to …', 'one of 12 that …': no noun of another group after it.
    const kNoun = groupNoun(s.text, k.end);
    if (kNoun && !/^(?:to|that|which|who|where)$/.test(kNoun) && !sameGroup(kNoun, groupNoun(s.text, n.end))) continue;
    const c = fits(s, k, { tok: n, offset: s.offset }, at(s, n.start, k.end), `the total, ${n.raw}, is the group 'one of ${k.raw}' is counted in`);
    if (c) out.push(c);
  }
  return out;
}

// ------------------------------------------------------------------ 'of those that …, k'

/** '; of those that changed, 53,850 went up', ', and of those who replied, 12 said'. */
const SUBSET_BEFORE = /(?:[;,]\s*|\b(?:and|but)\s+)(?:of|among|amongst)\s+(?:those|them|these)\s+(?:that|who|which|whose|where)\b[^.;:()\d]{1,60},\s*(?:only\s+|just\s+)?$/i;
const VERB_AFTER = /^\s+(?:were|was|had|have|has|are|is|went|said|got|did|[a-z]{3,}ed)\b/i;

function ofThoseThat(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const k = s.toks[i]!;
    if (!isCountTok(s, k)) continue;
    const before = s.text.slice(Math.max(0, k.start - 90), k.start);
    const m = SUBSET_BEFORE.exec(before);
    if (!m || !VERB_AFTER.test(s.text.slice(k.end, k.end + 16))) continue;
    const open = k.start - before.length + m.index;
    // The group just counted before the subset: the nearest count, one clause back.
    let n: Tok | undefined;
    for (let j = firstTokFrom(s.toks, open) - 1; j >= 0; j--) {
      const t = s.toks[j]!;
      if (t.kind === 'num' && t.notCount) continue;
      if (isCountTok(s, t) && groupNoun(s.text, t.end) && !/[.:()]/.test(s.text.slice(t.end, open))) n = t;
      break;
    }
    if (!n) continue;
    const c = fits(s, k, { tok: n, offset: s.offset }, at(s, n.start, k.end), `the total, ${n.raw}, holds the group 'of those …' picks out`);
    if (c) out.push(c);
  }
  return out;
}

// ------------------------------------------------------------------ 'k of the X', X counted before

/** 'Seven of the reports', 'In two of the homes': a count of a definite group named by its noun alone. */
const OF_THE_NOUN = /^\s+of\s+(?:the|these|those)\s+([A-Za-z][\w'-]*)/i;

function ofTheNoun(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const prev = s.previous ?? [];
  if (prev.length === 0) return out;
  for (const k of s.toks) {
    if (!isCountTok(s, k)) continue;
    const m = OF_THE_NOUN.exec(s.text.slice(k.end, k.end + 40));
    if (!m) continue;
    const noun = singular(m[1]!);
    if (noun.length < 3) continue;
    // The one count of that noun in the sentences before (two would leave it open).
    const found: { tok: Tok; offset: number }[] = [];
    for (const p of prev)
      for (const t of p.toks) {
        if (!isCountTok({ ...s, text: p.text, toks: p.toks }, t)) continue;
        // 'All 21 of the reports' counts the reports, all of them.
        const all = /\ball\s+$/i.test(p.text.slice(Math.max(0, t.start - 5), t.start)) ? /^\s+of\s+the\s+([A-Za-z][\w'-]*)/i.exec(p.text.slice(t.end, t.end + 40)) : null;
        if (all && singular(all[1]!) === noun) found.push({ tok: t, offset: p.offset });
        else if (singular(groupNoun(p.text, t.end) ?? '') === noun && !/^\s*(?:of|out\s+of)\b/i.test(p.text.slice(t.end, t.end + 8)) && !/\b(?:of|out\s+of)\s+(?:the\s+)?$/i.test(p.text.slice(Math.max(0, t.start - 12), t.start))) found.push({ tok: t, offset: p.offset });
      }
    if (found.length !== 1) continue;
    const n = found[0]!;
    const c = fits(s, k, n, at(s, k.start, k.end + m[0].length), `the total, ${n.tok.raw}, is the ${m[1]} counted before`);
    if (c) out.push(c);
  }
  return out;
}

// ------------------------------------------------------------------ siblings

/** Between a counted part and its sibling: one clause, then 'and', ', and' or ', with'. */
const SIBLING_GAP = /^[^.;:()\d%]{0,100}?(?:,\s*(?:and\s+|with\s+)?|\s+and\s+(?:to\s+|for\s+)?|,?\s+with\s+)(?:only\s+|just\s+|a\s+further\s+|another\s+)?$/i;
const SIB_VERB = /^\s+(?:were|was|had|have|has|are|is|did|got|went|said|received|remained)\b/i;
const SIB_GRADE = /^\s+(?:good|outstanding|inadequate|adequate|satisfactory|unsatisfactory|poor|excellent|compliant|non-compliant)\b/i;
const MORE = /^\s+more\b/i;
const ING = /^\s+([a-z]{2,}ing)\b/i;
const PAST = /^\s+[a-z]{3,}ed\b/i;
/** After a sibling whose verb is left out: its object, opened by an article or a possessive. */
const GAPPED_OBJECT = /^\s+(?:a|an|no|their|its|his|her)\s+[a-z]/i;

/**
 * 'Only seven of the 87 were outstanding and 20 were good', '…, with 22,550 going up … and 600 going
 * down', 'only 200 have been added, with 3,000 more still being built': a later count in a parallel
 * clause after a part k of n is a part of n too (judged only when it fits).
 */
/** The noun after the total at absolute offset `start`, when it is in this sentence. */
function nounOfTotal(s: SentenceView, start: number): string | undefined {
  const t = s.toks.find((x) => s.offset + x.start === start);
  return t ? groupNoun(s.text, t.end) : undefined;
}

export function siblingsOf(s: SentenceView, parts: readonly ClaimRecord[], paired: ReadonlySet<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const done = new Set<Tok>();
  const queue = [...parts];
  for (let q = 0; q < queue.length && q < 40; q++) {
    const c = queue[q]!;
    if (c.verdict !== 'ok') continue;
    const ko = c.operands.find((o) => o.role === 'k');
    const no = c.operands.find((o) => o.role === 'n');
    if (!ko || !no) continue;
    const ki = s.toks.findIndex((t) => s.offset + t.start === ko.span.start && s.offset + t.end === ko.span.end);
    if (ki < 0) continue;
    const kTok = s.toks[ki]!;
    // A part written with its total ('seven of the 87') continues after the total.
    const nIn = s.toks.findIndex((t) => s.offset + t.start === no.span.start);
    let from = kTok.end;
    let fromIdx = ki;
    if (nIn === ki + 1 && /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(s.text.slice(kTok.end, s.toks[nIn]!.start))) {
      from = s.toks[nIn]!.end;
      fromIdx = nIn;
    }
    const j = nextCount(s, fromIdx);
    if (j < 0) continue;
    const t = s.toks[j]!;
    if (done.has(t) || paired.has(t)) continue;
    const gap = s.text.slice(from, t.start);
    if (!SIBLING_GAP.test(gap)) continue;
    const rest = s.text.slice(t.end, t.end + 30);
    const kIng = ING.exec(s.text.slice(kTok.end, kTok.end + 20));
    // Parallel verbs: 'k going up … and j going down', '120 succeeded and 80 failed'.
    const ing = (kIng && ING.test(rest)) || (PAST.test(s.text.slice(kTok.end, kTok.end + 20)) && PAST.test(rest));
    const more = /with\s+$/i.test(gap) && MORE.test(rest);
    // 'given to 33 councils for safeguarding and to 39 for …': the same preposition repeated.
    const prep = /\b(?:to|for)\s+$/i.exec(s.text.slice(Math.max(0, kTok.start - 5), kTok.start))?.[0].trim().toLowerCase();
    const samePrep = prep !== undefined && builtRegExp(String.raw`\band\s+${prep}\s+$`, 'i').test(gap) && /^(?:\s+[A-Za-z][\w'-]*)?\s+(?:for|in|at|on)\b/i.test(rest);
    const kNoun = groupNoun(s.text, t.end);
    // A past form is a verb unless a noun of another group follows it ('18 qualified nurses').
    const totalNoun = nounOfTotal(s, no.span.start);
    const pastVerb = PAST.test(rest) && (!kNoun || kNoun === /^\s+([a-z]+)/i.exec(rest)![1]!.toLowerCase() || (totalNoun !== undefined && singular(kNoun) === singular(totalNoun)));
    const verb = SIB_VERB.test(rest) || ((SIB_GRADE.test(rest) || pastVerb) && !/\bwith\s+$/i.test(gap));
    // '58 had a drug misuse need and 49 an alcohol misuse need': the sibling's verb left out, its object right after it.
    const gapped = /^\s+and\s+$/i.test(gap.slice(-5)) && SIB_VERB.test(s.text.slice(kTok.end, kTok.end + 16)) && GAPPED_OBJECT.test(rest);
    if (!ing && !more && !samePrep && !gapped && !(verb && !/with\s+$/i.test(gap))) continue;
    if (!more && !ing && !samePrep && !gapped && kNoun && !SIB_VERB.test(rest) && !SIB_GRADE.test(rest) && !pastVerb) continue;
    done.add(t);
    const nTok = { value: no.value, raw: no.raw, span: no.span };
    const judged = judgeCountOf({ kind: 'count-of', span: { start: no.span.start < s.offset + t.start ? no.span.start : s.offset + t.start, end: s.offset + t.end } }, countOfTok(t, s.offset), nTok, [
      { span: no.span, message: `the total, ${no.raw}, is the whole its sibling ${ko.raw} is counted in (a reading that holds; not reported otherwise)` },
    ]);
    if (judged.verdict !== 'ok') continue;
    out.push(judged);
    queue.push(judged);
  }
  return out;
}

// ------------------------------------------------------------------ 'the number on remand … to k'

/** 'the number on remand had grown to 1046', 'the number who were sentenced fell to 40': a subgroup of the group counted, no noun of its own. */
const NUMBER_OF_SUB = /\bthe\s+(?:number|proportion\s+of\s+them)\s+(?:on|in|awaiting|serving|held\s+on|who|that|with|without)\b[^.;:()\d]{0,60}?\b(?:had\s+|has\s+|have\s+)?(?:grown|risen|rose|fallen|fell|increased|decreased|dropped|reached|climbed|stood\s+at|was|were)\s+(?:to\s+)?(?:only\s+|just\s+)?$/i;
/** The group: a count of people 'held', 'living', 'detained' … before it. */
const HELD_AFTER = /^(?:\s+[A-Za-z][\w'-]*){1,2}?\s+(?:were|was|are|is)\s+(?:being\s+)?(?:held|detained|living|accommodated|in\s+custody|on\s+the\s+roll|supervised|registered|open)\b/i;

function numberOfSub(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const k = s.toks[i]!;
    if (!isCountTok(s, k) || !NUMBER_OF_SUB.test(s.text.slice(Math.max(0, k.start - 120), k.start))) continue;
    // The nearest count before it that names a group held (a hedged total, 'just under 7500 people', will do).
    for (let j = i - 1; j >= 0; j--) {
      const n = s.toks[j]!;
      if (n.kind !== 'num' || n.notCount || !Number.isInteger(n.value)) continue;
      if (HELD_AFTER.test(s.text.slice(n.end, n.end + 60))) {
        const c = fits(s, k, { tok: n, offset: s.offset }, at(s, n.start, k.end), `the total, ${n.raw}, is the group 'the number …' is a part of`);
        if (c) out.push(c);
        break;
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ a verdict given to k, after a frame

/** 'The most common verdict was adequate, given to 33 councils …': a grade given to some of the group the sentence before frames. */
const GIVEN_TO = /\b(?:verdict|grade|judgement|judgment|rating|mark|outcome)\b[^.;:()\d]{0,60}?\b(?:given|awarded|assigned)\s+to\s+(?:only\s+|just\s+)?$/i;
const OPENING_FRAME = /^\s*(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;

function givenTo(s: SentenceView): ClaimRecord[] {
  const p = s.previous?.[s.previous.length - 1];
  const n = p?.toks[0];
  if (!p || !n || n.kind !== 'num' || n.notCount || !OPENING_FRAME.test(p.text.slice(0, n.start)) || !isCountTok({ ...s, text: p.text, toks: p.toks }, n)) return [];
  const out: ClaimRecord[] = [];
  for (const k of s.toks) {
    if (!isCountTok(s, k) || !GIVEN_TO.test(s.text.slice(Math.max(0, k.start - 100), k.start))) continue;
    const c = fits(s, k, { tok: n, offset: p.offset }, { start: p.offset + n.start, end: s.offset + k.end }, `the total, ${n.raw}, is the group the sentence before frames`);
    if (c) out.push(c);
  }
  return out;
}

// ------------------------------------------------------------------ 'k X' after 'of the n X' in the sentence before

/** A whole written as one: 'three of the 15 boards', 'all 21 reports', 'Of the 40 homes, …'. */
const WHOLE_BEFORE = /\b(?:(?:of|out\s+of)\s+(?:the|all\s+(?:the\s+)?)|all)\s+$/i;

/**
 * 'Just three of the 15 boards kept to the guarantee. In September, 13 boards met the standard …': a
 * count of the noun the sentence before counts as a whole ('of the 15 boards', 'all 21 reports'), with
 * no other whole of that noun there, is a part of that whole. Nothing ties the two but the noun, so it
 * is judged only when it fits, and not when either sentence sets one time against another.
 */
function sameNounBefore(s: SentenceView): ClaimRecord[] {
  const p: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
  if (!p) return [];
  // (A sentence or the one before it of another time is no whole and part: tested once a count would be read.)
  let otherTime: boolean | undefined;
  const out: ClaimRecord[] = [];
  const pv = { ...s, text: p.text, toks: p.toks };
  for (const k of s.toks) {
    if (!isCountTok(s, k) || k.value < 1) continue;
    const noun = groupNoun(s.text, k.end);
    // The count's own noun right after it, plural ('13 boards met'), not a pair or a share of its own.
    if (!noun || !/^\s+[A-Za-z]/.test(s.text.slice(k.end, k.end + 2)) || !/[a-z]s$/.test(noun) || noun.length < 4) continue;
    if (/^\s+[A-Za-z][\w'-]*\s+(?:of|out\s+of)\b/i.test(s.text.slice(k.end, k.end + 40)) || /\b(?:of|out\s+of|than|from|to)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, k.start - 12), k.start))) continue;
    if (/^\s+[A-Za-z][\w'-]*\s*\(/.test(s.text.slice(k.end, k.end + 40))) continue;
    otherTime ??= OTHER_TIME.test(s.text) || OTHER_TIME.test(p.text);
    if (otherTime) return [];
    const found = p.toks.filter((t) => isCountTok(pv, t) && singular(groupNoun(p.text, t.end) ?? '') === singular(noun) && WHOLE_BEFORE.test(p.text.slice(Math.max(0, t.start - 16), t.start)));
    if (found.length !== 1) continue;
    const n = found[0]!;
    const c = fits(s, k, { tok: n, offset: p.offset }, { start: p.offset + n.start, end: s.offset + k.end }, `the total, ${n.raw}, is the whole of ${noun} the sentence before counts`);
    if (c) out.push(c);
  }
  return out;
}

export function readPlainParts(s: SentenceView): ClaimRecord[] {
  return [...capacity(s), ...inClauseEnd(s), ...oneOf(s), ...ofThoseThat(s), ...ofTheNoun(s), ...numberOfSub(s), ...givenTo(s), ...sameNounBefore(s)];
}
