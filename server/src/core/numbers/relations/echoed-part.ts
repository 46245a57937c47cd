/**
 * Parts of a group counted in the sentence before, tied to it by the words that counted it (issue 9,
 * family 4). Confirm-only: each is judged only when it fits, and never reported, since the part may
 * still be of another group or time.
 *
 *   'During the year we resolved 23,667 enquiries in all. … We resolved 15,591 by advising people …'
 *       (the same subject and verb again, the part with no noun of its own: k ≤ n)
 *   'In the year, 410 providers were inspected. Among this year's inspections were 108 colleges, 161 …
 *    and 93 …'; 'These included six special schools and four pupil referral units.'
 *       (a list the sentence opens as the group's members: each part and their sum ≤ n)
 *   'Of 372 homes rated inadequate, 73% had a better rating. Among the 273 that improved, …'
 *       (a count that restates the sentence before's bare share: 273 of 372 = 73%)
 *   'Only three health boards have met the guarantee. … six of the 15 boards achieved it.'
 *       (a later whole of all the things of that noun: the earlier count of the same noun ≤ 15)
 *
 * The group is the one count of the sentence before that states a group (`isPopulation`, outside
 * brackets, no part of another); with two or more, 'these' is not known and nothing is read
 * (`several-groups.ts`).
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, judgeShare, type CountIn } from '../judge.js';
import { nounAfter, singular, type Tok } from '../scan.js';
import { countOfTok, depthAt, pctOfTok, plainCount, builtRegExp } from './common.js';
import { at, type PreviousSentence, type SentenceView } from './index.js';
import { groupsOf } from './several-groups.js';

/** A subject and verb opening a clause: 'We resolved', 'The council received', 'Inspectors found'. */
const SUBJECT_VERB = /^\s*(?:(?:In\s+all|Overall|In\s+total|During\s+the\s+year|This\s+year|Last\s+year),?\s+)?((?:we|it|they|the\s+[a-z]+|inspectors|[A-Z][a-z]+))\s+((?:also\s+|then\s+|later\s+)?[a-z]{3,}ed)\s+(?:a\s+further\s+)?$/;
/** After the part: no noun of its own (a preposition, a clause break, the end). */
const NO_NOUN = /^\s*(?:$|[,;.:)]|(?:in|on|at|by|for|to|from|with|without|within|during|over|before|after|that|which|where|who|as|and|but|of\s+them|of\s+these)\b)/i;
/** A sentence that opens a list of the group's members: 'These included', 'Among this year's inspections were'. */
const MEMBERS_OPEN = /^\s*(?:(?:these|they|those|this)\s+(?:included|includes|include)|among\s+(?:them|these|those|(?:the|this\s+year's|last\s+year's|these|those)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*s)\s+(?:were|was|are|is))\s+/i;
/** 'Among the 273 that improved,', 'Of the 273 who did,', 'For the 273 that …,': a count restated, its own clause after it. */
const RESTATED_OPEN = /^\s*(?:among|amongst|of|for|in)\s+(?:the|these|those)\s+$/i;
const RESTATED_AFTER = /^\s+(?:that|which|who|whose|where)\s+[^,;:()0-9]{1,60},/i;
/** 'Of 372 homes rated inadequate,' opening a sentence: the frame of its shares. */
const FRAME_BEFORE = /^\s*(?:of|among|amongst|across)\s+(?:the\s+|all\s+)?$/i;

/** The one group of the sentence before, if it counts exactly one. */
function oneGroup(prev: PreviousSentence): Tok | undefined {
  const g = groupsOf(prev.text, prev.toks);
  return g.length === 1 ? g[0] : undefined;
}

export function readEchoedPart(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  return [...echoedVerb(s), ...members(s, prev), ...restatedShare(s, prev), ...laterWhole(s)];
}

/** 'We resolved 23,667 enquiries. … We resolved 15,591 by advising …': the same subject and verb again. */
function echoedVerb(s: SentenceView): ClaimRecord[] {
  const k = s.toks.find((t) => !t.notCount);
  if (!k || k.kind !== 'num' || !plainCount(s.text, k)) return [];
  const m = SUBJECT_VERB.exec(s.text.slice(0, k.start));
  if (!m || !NO_NOUN.test(s.text.slice(k.end, k.end + 20))) return [];
  // The nearest sentence before that counted its one group with the same subject and verb ('we resolved
  // 23,667 enquiries'), a sentence or two back.
  const subject = m[1]!.toLowerCase();
  const verb = m[2]!.replace(/^(?:also|then|later)\s+/i, '').toLowerCase();
  const said = builtRegExp(String.raw`\b${subject.replace(/\s+/g, '\\s+')}\s+(?:[a-z]+\s+)?${verb}\s+(?:a\s+total\s+of\s+|some\s+)?$`);
  let n: Tok | undefined;
  let prev: PreviousSentence | undefined;
  for (const x of [...(s.previous ?? [])].reverse()) {
    const g = oneGroup(x);
    if (g && said.test(x.text.slice(Math.max(0, g.start - 60), g.start).toLowerCase())) {
      n = g;
      prev = x;
      break;
    }
  }
  if (!n || !prev || k.value > n.value) return [];
  const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
  return [judgeCountOf({ kind: 'count-of', span: at(s, k.start, k.end) }, countOfTok(k, s.offset), nIn, [{ span: nIn.span, message: `'${m[1]} ${m[2]}' again: a part of the ${n.raw} counted so in the sentence before` }])];
}

/** 'These included six special schools and four pupil referral units.': members of the group, each and all ≤ n. */
function members(s: SentenceView, prev: PreviousSentence): ClaimRecord[] {
  const open = MEMBERS_OPEN.exec(s.text);
  if (!open) return [];
  const n = oneGroup(prev);
  if (!n) return [];
  const parts = s.toks.filter((t) => t.start >= open[0].length && t.kind === 'num' && plainCount(s.text, t));
  if (parts.length === 0 || s.toks.some((t) => !t.notCount && t.kind !== 'num' && t.start < (parts[parts.length - 1]!.end))) return [];
  if (parts.reduce((a, t) => a + t.value, 0) > n.value) return [];
  const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
  return parts.map((k) => judgeCountOf({ kind: 'count-of', span: at(s, k.start, k.end) }, countOfTok(k, s.offset), nIn, [{ span: nIn.span, message: `a member of the ${n.raw} counted in the sentence before` }]));
}

/** 'Of 372 homes rated inadequate, 73% had a better rating. Among the 273 that improved, …': 273 of 372 = 73%. */
function restatedShare(s: SentenceView, prev: PreviousSentence): ClaimRecord[] {
  const k = s.toks[0];
  if (!k || k.kind !== 'num' || !plainCount(s.text, k) || !RESTATED_OPEN.test(s.text.slice(0, k.start)) || !RESTATED_AFTER.test(s.text.slice(k.end, k.end + 80))) return [];
  // The sentence before: a frame 'Of N …,' and one bare share, no other quantity.
  const q = prev.toks.filter((t) => !t.notCount);
  if (q.length !== 2 || q[0]!.kind !== 'num' || q[1]!.kind !== 'pct' || q[1]!.hedge || !FRAME_BEFORE.test(prev.text.slice(0, q[0]!.start))) return [];
  const n = q[0]!;
  const p = q[1]!;
  if (k.value > n.value) return [];
  const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
  const c = judgeShare({ kind: 'percent-of', span: { start: prev.offset + p.start, end: s.offset + k.end } }, pctOfTok(p, prev.offset), countOfTok(k, s.offset), nIn, s.policy, [{ span: nIn.span, message: `the ${k.raw} restate the ${p.raw} of the ${n.raw} in the sentence before` }]);
  // Confirm-only: the clause after the count may name another part ('Among the 200 that were re-inspected').
  return c.verdict === 'ok' ? [c] : [];
}

/** 'of the 15 boards': a whole written with its noun after a part ('six of the 15 boards'). */
const OF_THE_WHOLE = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+)?$/i;

/**
 * 'Only three health boards have met the guarantee. In September, six of the 15 boards achieved it.': the
 * whole 'of the 15 boards' counts every board, so an earlier count of boards is at most 15. The earlier
 * count is a plain count with the same noun (the same word), outside brackets, in one of the sentences before.
 */
function laterWhole(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const n = s.toks[i]!;
    const k = s.toks[i - 1]!;
    if (n.kind !== 'num' || n.notCount || k.kind !== 'num' || !OF_THE_WHOLE.test(s.text.slice(k.end, n.start))) continue;
    const noun = nounAfter(s.text, n.end);
    if (!noun || !/s$/.test(noun)) continue;
    for (const prev of s.previous ?? []) {
      for (const t of prev.toks) {
        if (t.kind !== 'num' || !plainCount(prev.text, t) || t.value > n.value || t.value < 2 || depthAt(prev.text, t.start) > 0) continue;
        if (/^\s+(?:of|out\s+of)\b/i.test(prev.text.slice(t.end, t.end + 8))) continue;
        const own = nounAfter(prev.text, t.end);
        if (!own || singular(own) !== singular(noun)) continue;
        const nIn: CountIn = { ...countOfTok(n, s.offset), inferred: true };
        out.push(judgeCountOf({ kind: 'count-of', span: { start: prev.offset + t.start, end: prev.offset + t.end } }, countOfTok(t, prev.offset), nIn, [{ span: nIn.span, message: `the ${n.raw} ${noun} written later are all of them` }]));
      }
    }
  }
  return out;
}
