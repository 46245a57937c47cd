/**
 * Counts spread over the sentences after a total that add up to it exactly
 * ('HIQA has published 26 inspection reports on designated centres. Inspectors
 * found a good level of compliance in 15 centres. They identified
 * non-compliance on 11 inspections, six of them …'; 'All 10 reports … concern
 * centres run by one provider. Two centres had a good level of compliance, but
 * inspectors found non-compliance in eight.'), or over the rest of the
 * sentence after it with no list frame ('One home was assessed against 16
 * standards and found not compliant in four, substantially compliant in eight
 * and fully compliant in four').
 *
 * Nothing in such prose says that the counts are all of the total and no more
 * (another group, an example, a count of something else may be among them), so
 * this reading only ever confirms: when some of the counts add up exactly to a
 * group counted before them, the relation is read as consistent. A sum that
 * does not fit is never reported here.
 *
 * The parts are the counts of the sentence (a run of them, in order) with, from
 * each sentence between the total and this one, at most its first count. A
 * count that is part of a pair ('six of them', '12 of the 40'), a restatement
 * ('these 17 centres'), a bound ('four or more') or what a part is of ('with
 * one regulation') is no part. A part that names its noun must name the
 * total's (one of the total's first words) unless the total is of records
 * made for each case ('reports', 'inspections').
 */
import type { ClaimRecord, Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount, builtRegExp } from './common.js';
import { at, type SentenceView } from './index.js';

/** Nouns of records made for each case counted: a report to a centre. */
const RECORD_NOUN = /^(?:report|inspection|visit|rating|assessment|review|judgement|judgment)$/;
/** Words after a count that make it no part of a list. */
const NOT_PART_AFTER = /^\s*(?:%|per\s*cent|percent|\/|-[a-z]|(?:of|out\s+of)\b|in\s+(?:every\b|each\b|\d)|or\s+(?:more|fewer|less|above|over|below|under)\b|times\b)/i;
/** Words before a count that make it a restatement, or what another part is of. */
const NOT_PART_BEFORE = /\b(?:these|those|this|that|the|all|with|against|per|every|each|than|aged|age|of|from|to|between)\s+$/i;
/** ...unless it is a rest: 'the other six', 'the remaining 9', 'the final 15'. */
const REST_BEFORE = /\bthe\s+(?:other|remaining|final|last)\s+$/i;
/** Longest run of parts considered in one sentence, and most sentences looked back. */
const MAX_RUN = 8;
const MAX_BACK = 3;

const singular = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

interface Place {
  tok: Tok;
  text: string;
  offset: number;
}

/** The words right after a count (up to eight), singular. */
function wordsAfter(text: string, end: number, n: number): string[] {
  const m = builtRegExp(String.raw`^(?:\s+[A-Za-z][\w'-]*){1,${n}}`).exec(text.slice(end, end + 90));
  return m ? m[0].trim().split(/\s+/).map(singular) : [];
}

/** The plural noun of a count's noun phrase ('15 centres', '26 inspection reports'), if any: one of its first three words. */
function pluralAfter(text: string, end: number): string | undefined {
  const m = /^(?:\s+[a-z][a-z'-]*){1,3}/i.exec(text.slice(end, end + 50));
  if (!m) return undefined;
  for (const w of m[0].trim().split(/\s+/)) {
    if (/^(?:was|were|is|are|has|had|have|of|in|on|at|for|and|or|to|by|with|from|the|a|an)$/i.test(w)) return undefined;
    if (/[a-z]s$/i.test(w) && !/(?:ss|us|is)$/i.test(w)) return w.toLowerCase();
  }
  return undefined;
}

function isPart(text: string, t: Tok): boolean {
  if (!plainCount(text, t) || !Number.isInteger(t.value) || t.value < 1 || depthAt(text, t.start) > 0) return false;
  if (NOT_PART_AFTER.test(text.slice(t.end, t.end + 16))) return false;
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  // 'four providers each had one centre': a count given for each of a group is no part.
  if (/\beach\s+(?:[a-z]+\s+){0,2}$/i.test(before)) return false;
  return !NOT_PART_BEFORE.test(before) || REST_BEFORE.test(before);
}

/** A total: a plain count naming a plural noun. */
function isWhole(text: string, t: Tok): boolean {
  return plainCount(text, t) && Number.isInteger(t.value) && t.value >= 2 && depthAt(text, t.start) === 0 && pluralAfter(text, t.end) !== undefined;
}

function fitsNoun(part: Place, whole: Place): boolean {
  const noun = pluralAfter(part.text, part.tok.end);
  if (!noun) return true;
  const words = wordsAfter(whole.text, whole.tok.end, 8);
  return words.includes(singular(noun)) || RECORD_NOUN.test(singular(pluralAfter(whole.text, whole.tok.end) ?? ''));
}

export function readSpreadSum(s: SentenceView): ClaimRecord[] {
  const here = s.toks.filter((t) => isPart(s.text, t));
  if (here.length === 0) return [];
  const prev = (s.previous ?? []).slice(-MAX_BACK);
  // Wholes: counts of this sentence before its parts, then of each sentence before, nearest first.
  const wholes: { whole: Place; between: Place[] }[] = [];
  for (const t of s.toks) if (isWhole(s.text, t)) wholes.push({ whole: { tok: t, text: s.text, offset: s.offset }, between: [] });
  for (let i = prev.length - 1; i >= 0; i--) {
    const p = prev[i]!;
    // From each sentence between the whole's and this one, its first count that may be a part.
    const between: Place[] = [];
    for (let j = i + 1; j < prev.length; j++) {
      const q = prev[j]!;
      const first = q.toks.find((t) => t.kind === 'num' && !t.notCount);
      if (first && isPart(q.text, first)) between.push({ tok: first, text: q.text, offset: q.offset });
    }
    // (A small total in an earlier sentence is too easily made by chance: 'three centres … . … one …, another two'.)
    for (const t of p.toks) if (isWhole(p.text, t) && t.value >= 5) wholes.push({ whole: { tok: t, text: p.text, offset: p.offset }, between });
  }
  for (const { whole, between } of wholes) {
    const sameSentence = whole.text === s.text && whole.offset === s.offset;
    const cands = sameSentence ? here.filter((t) => t.start > whole.tok.end) : here;
    const places = cands.map((tok): Place => ({ tok, text: s.text, offset: s.offset }));
    const earlier = between.filter((b) => b.tok.value < whole.tok.value && fitsNoun(b, whole));
    // Each run of this sentence's parts, with each choice of the earlier sentences' first counts.
    for (let a = 0; a < places.length; a++) {
      for (let b = a + 1; b <= Math.min(places.length, a + MAX_RUN); b++) {
        const run = places.slice(a, b);
        if (run.some((p) => p.tok.value >= whole.tok.value || !fitsNoun(p, whole))) break;
        // A run cut off inside a list ('50 were assessed by a psychiatrist, 30 by a psychologist and 10 by
        // a nurse': 50 + 30 is not the list) is no reading: the next count goes on the same list.
        const next = places[b];
        if (next && /(?:,|\band)\s+$/i.test(s.text.slice(run[run.length - 1]!.tok.end, next.tok.start)) && !/[.;:()]/.test(s.text.slice(run[run.length - 1]!.tok.end, next.tok.start))) continue;
        for (let mask = 0; mask < 1 << earlier.length; mask++) {
          const parts = [...earlier.filter((_, k) => mask & (1 << k)), ...run];
          if (parts.length < 2) continue;
          const sum = parts.reduce((x, p) => x + p.tok.value, 0);
          if (sum !== whole.tok.value) continue;
          return [claim(s, whole, parts)];
        }
      }
    }
  }
  return [];
}

function claim(s: SentenceView, whole: Place, parts: Place[]): ClaimRecord {
  const span = (p: Place) => ({ start: p.offset + p.tok.start, end: p.offset + p.tok.end });
  const operands: Operand[] = [
    { role: 'n', value: whole.tok.value, raw: whole.tok.raw, span: span(whole) },
    ...parts.map((p): Operand => ({ role: 'k', value: p.tok.value, raw: p.tok.raw, span: span(p) })),
  ];
  const last = parts[parts.length - 1]!;
  return {
    kind: 'parts-sum',
    span: { start: Math.min(...operands.map((o) => o.span.start)), end: at(s, last.tok.start, last.tok.end).end },
    arithmetic: `${parts.map((p) => p.tok.value).join(' + ')} = ${whole.tok.value} = ${whole.tok.raw} ✓ (counts after the total that make it; a reading that holds, never reported otherwise)`,
    verdict: 'ok',
    operands,
  };
}

/**
 * 'the number of colleges fell from 90 to 79 … . The change of status of these 11 colleges …'; 'places rose
 * from 40,750 to 42,869, an increase of 5.2% (2,119 places)': a count that is the difference of a change
 * from one count to another, in its sentence or the next. The count may be a gross figure (new places
 * registered, with some closed), not the net change, so this reading only ever confirms.
 */
export function readChangeDifference(s: SentenceView): ClaimRecord[] {
  const views = [...(s.previous ?? []).slice(-1), s];
  for (const v of views) {
    const same = v === s;
    for (let i = 0; i + 1 < v.toks.length; i++) {
      const a = v.toks[i]!;
      const b = v.toks[i + 1]!;
      if (!plainCount(v.text, a) || !plainCount(v.text, b) || a.value === b.value) continue;
      if (!/\bfrom\s+$/i.test(v.text.slice(Math.max(0, a.start - 6), a.start)) || !/^\s+to\s+$/i.test(v.text.slice(a.end, b.start))) continue;
      const diff = Math.abs(a.value - b.value);
      const c = s.toks.find((t) => (!same || t.start > b.end) && plainCount(s.text, t) && t.value === diff && !NOT_PART_AFTER.test(s.text.slice(t.end, t.end + 16)));
      if (!c) continue;
      const [hi, lo] = a.value > b.value ? [a, b] : [b, a];
      const place = (t: Tok, w: { text: string; offset: number }): Place => ({ tok: t, text: w.text, offset: w.offset });
      const claimed = claim(s, place(hi, v), [place(lo, v), place(c, s)]);
      claimed.arithmetic = `${lo.value} + ${c.value} = ${hi.value} ✓ (the difference of the change from ${a.raw} to ${b.raw}; a reading that holds, never reported otherwise)`;
      return [claimed];
    }
  }
  return [];
}

/** A count alone in brackets after a share: '10 per cent … (31 schools)', '46 per cent good (143)'. */
function bracketCount(text: string, t: Tok): boolean {
  return plainCount(text, t) && depthAt(text, t.start) === 1 && /\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^\s*(?:[a-z][a-z-]*\s*)?\)/i.test(text.slice(t.end, t.end + 24)) && /(?:%|per\s?cent|percent)\b[^()]{0,60}\(\s*$/i.test(text.slice(Math.max(0, t.start - 80), t.start));
}

/**
 * '309 were secondaries; 10 per cent of these were judged outstanding (31 schools), 46 per cent good (143),
 * 34 per cent requires improvement (104) and 10 per cent inadequate (31)': the counts in brackets beside a
 * list of shares that make a count before them. Only ever confirmed (the shares are read on their own).
 */
export function readBracketSum(s: SentenceView): ClaimRecord[] {
  const kids = s.toks.filter((t) => bracketCount(s.text, t));
  if (kids.length < 2) return [];
  const sum = kids.reduce((a, t) => a + t.value, 0);
  const whole = s.toks.find((t) => t.end <= kids[0]!.start && plainCount(s.text, t) && depthAt(s.text, t.start) === 0 && t.value === sum);
  const prev = s.previous?.[s.previous.length - 1];
  const there = whole ? undefined : prev?.toks.find((t) => plainCount(prev.text, t) && t.value === sum);
  if (!whole && !there) return [];
  const w: Place = whole ? { tok: whole, text: s.text, offset: s.offset } : { tok: there!, text: prev!.text, offset: prev!.offset };
  const c = claim(s, w, kids.map((tok) => ({ tok, text: s.text, offset: s.offset })));
  c.arithmetic = `${kids.map((t) => t.value).join(' + ')} = ${sum} = ${w.tok.raw} ✓ (the counts beside the shares; a reading that holds, never reported otherwise)`;
  return [c];
}

const WORD_AFTER_SHARE = /^\s*(?:%|per\s?cent|percent)?\s*(?:of\s+[a-z]+\s+)?(?:were|was|are|is)?\s*(?:rated|judged|graded)?\s*['"\u2018\u201c]?([a-z]+)/i;

/**
 * A share of a band of two categories and the shares of the two ('Nearly half of maternity services (49%)
 * were rated inadequate (10%) or requires improvement (39%)'; 'the share of schools that are good or
 * outstanding at 82 per cent. … 20 per cent of schools were outstanding, 62 per cent were good, …'). Read
 * when the two shares are joined by 'or' after the band's share, or are the first two shares of the
 * sentence after one whose share names the band ('good or outstanding … 82 per cent') and each names one
 * of its categories. Only ever confirmed: the shares may be of other bases.
 */
export function readShareBand(s: SentenceView, agrees: (whole: Tok, parts: Tok[]) => boolean): ClaimRecord[] {
  const pcts = s.toks.filter((t) => t.kind === 'pct' && !t.hedge);
  const mk = (w: Tok, wv: { text: string; offset: number }, parts: Tok[]): ClaimRecord => {
    const operands: Operand[] = [
      { role: 'q', value: w.value, decimals: w.decimals, raw: w.raw, span: { start: wv.offset + w.start, end: wv.offset + w.end } },
      ...parts.map((t): Operand => ({ role: 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) })),
    ];
    return { kind: 'shares-sum', span: { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end }, arithmetic: `${parts.map((t) => t.raw).join(' + ')} ≈ ${w.raw} ✓ (the shares of a band's two categories; a reading that holds, never reported otherwise)`, verdict: 'ok', operands };
  };
  // (i) In one sentence: the band's share, then two shares joined by 'or'.
  for (let i = 0; i + 2 < pcts.length; i++) {
    const [w, p, q] = [pcts[i]!, pcts[i + 1]!, pcts[i + 2]!];
    if (!/\bor\b/i.test(s.text.slice(p.end, q.start)) || /[.;]/.test(s.text.slice(w.end, q.start))) continue;
    if (agrees(w, [p, q])) return [mk(w, s, [p, q])];
  }
  // (ii) The band named with its share in the sentence before; its two categories the first two shares here.
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || pcts.length < 2) return [];
  const [p, q] = [pcts[0]!, pcts[1]!];
  for (const w of prev.toks.filter((t) => t.kind === 'pct' && !t.hedge)) {
    const band = /\b([a-z]+)\s+or\s+([a-z]+)\b[^.;%]{0,40}$/i.exec(prev.text.slice(Math.max(0, w.start - 80), w.start));
    if (!band) continue;
    const cats = [band[1]!.toLowerCase(), band[2]!.toLowerCase()];
    const named = [p, q].map((t) => WORD_AFTER_SHARE.exec(s.text.slice(t.end, t.end + 40))?.[1]?.toLowerCase() ?? '');
    if (!named.every((x) => cats.includes(x)) || named[0] === named[1]) continue;
    if (agrees(w, [p, q])) return [mk(w, prev, [p, q])];
  }
  return [];
}
