/**
 * A count that opens the clause after a group was counted, its noun left
 * out (issue 9, the plain family), judged only when it fits (k ≤ n), never
 * reported:
 *
 *   'We looked at 25 records; 19 were up to date.'               (after a semicolon)
 *   'Forty children were referred. 32 were seen within a week.'  (the next sentence)
 *   'Inspectors examined 120 cases. In 84, the plan addressed …' ('In k,' opening it)
 *   'We sampled 48 staff files and found 6 without a DBS check.' ('and found [that] k')
 *   'The ombudsman received 380 complaints, upholding 140.'       (a participle and its object)
 *
 * The whole is the one count of the clause (or sentence) before, naming its
 * group ('25 records'), and not itself a part ('25 of the …'); the part has
 * no noun of its own, so it is read as the same group. It may still be of
 * another group or time ('We visited 25 homes; 40 were …' may count
 * something else), so a part larger than the whole is not read at all.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf } from '../judge.js';
import { isPopulation, toksBetween, type Tok } from '../scan.js';
import { countOfTok } from './common.js';
import type { SentenceView } from './index.js';
import { groupNoun, isCountTok } from './shares.js';
import { HEDGE_WORDS } from '../words.js';

/** A verb right after the part: its subject is the count ('19 were', '32 had been seen', '12 said'). */
const VERB_AFTER = /^\s+(?:(?:also|still|then|now|already|all|both)\s+)?(?:were|was|had|have|has|are|is|did|could|would|said|told|felt|received|showed|contained|met|needed|lacked|included|involved|related|concerned|resulted|led|came|went|got)\b/i;
/** What opens the part's clause: a semicolon, ', and', ', but', or the sentence's start, with 'only' or 'just'. */
const OPEN_AFTER_BREAK = new RegExp(String.raw`(?:;|,\s*(?:and|but)|\b(?:and|but))\s+(?:(?:of\s+these|of\s+them|in\s+all)\s*,\s*)?(?:only\s+|just\s+)?(?:(?:${HEDGE_WORDS})\s+)?$`, 'i');
const SENTENCE_START = new RegExp(String.raw`^\s*(?:(?:but|and|however,?|overall,?)\s+)?(?:only\s+|just\s+)?(?:(?:${HEDGE_WORDS})\s+)?$`, 'i');
/** 'In 84, the plan …', 'For 12, there was …': the part opening its sentence, a comma after it. */
const IN_START = /^\s*(?:in|for)\s+(?:only\s+|just\s+)?$/i;
/** 'and found 6', 'and found that 40', 'but identified only 3' after a sample verb. */
const FOUND = /\b(?:and|but)\s+(?:inspectors\s+|we\s+)?(?:found|identified|judged|assessed|rated|considered)\s+(?:that\s+)?(?:only\s+|just\s+)?$/i;
/** ', upholding 140', ', approving 31': a participle and its object. */
const ING = /,\s*(?:and\s+)?(?:upholding|approving|accepting|rejecting|closing|resolving|refusing|granting|completing|publishing|finding|rating|judging)\s+(?:only\s+|just\s+)?$/i;
/** After a participle's or found's object: the end of the clause, a preposition, or 'to be', no noun of its own. */
const NO_NOUN = /^\s*(?:$|[,;.:)]|(?:in|on|at|by|for|to|from|with|without|within|during|over|before|after|that|which|where|who|as|and|but)\b)/i;

/** The counts of a stretch of text that may be a group's size: counts with a noun, not parts ('25 of the …'). */
function wholes(s: { text: string; toks: Tok[] }, from: number, to: number): Tok[] {
  return toksBetween(s.toks, from, to).filter((t) => t.kind === 'num' && !t.notCount);
}

/** The one count of [from, to) when it names its group and is no part; undefined when there are others (or shares). */
function oneWhole(s: SentenceView | { text: string; toks: Tok[] }, from: number, to: number): Tok | undefined {
  const inside = toksBetween(s.toks, from, to).filter((t) => !(t.kind === 'num' && t.notCount));
  if (inside.length !== 1) return undefined;
  const t = inside[0]!;
  if (t.kind !== 'num' || !Number.isInteger(t.value) || t.value < 2 || !isPopulation(s.text, t)) return undefined;
  // A count followed by its verb is a part itself ('53,850 went up'), not a group named.
  if (VERB_AFTER.test(s.text.slice(t.end, t.end + 40)) || /^\s+(?:[a-z]{3,}ed|went|got|came|fell|rose|grew)\b/i.test(s.text.slice(t.end, t.end + 20)) && !/^\s+[a-z]{3,}ed\s+(?:[A-Za-z][\w'-]*\s+)?(?:were|was|had|have|has|are|is)\b/i.test(s.text.slice(t.end, t.end + 40))) return undefined;
  if (/^\s+(?:[A-Za-z][\w'-]*\s+){0,2}?(?:of|out\s+of)\s+(?:the|these|those|them|its|their|all|\d)/i.test(s.text.slice(t.end, t.end + 40))) return undefined;
  if (/\b(?:of|out\s+of|than|from|to|by|about|over|under|nearly|almost|around|some)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, t.start - 12), t.start))) return undefined;
  // 'The team has 12 staff and 10 were in post': a number held or employed may be a complement, not a group looked at.
  if (/\b(?:has|have|had|having|with|employs?|employed|can\s+(?:hold|take))\s+(?:a\s+total\s+of\s+|up\s+to\s+)?$/i.test(s.text.slice(Math.max(0, t.start - 30), t.start))) return undefined;
  return wholes(s, from, to).length === 1 ? t : undefined;
}

const plainCount = (s: SentenceView, t: Tok): boolean => isCountTok(s, t);

/** A hedged part ('around 200') is judged only when well inside the whole. */
function claim(s: SentenceView, k: Tok, hedged: boolean, n: Tok, nOffset: number, why: string): ClaimRecord | undefined {
  if (hedged && k.value > 0.8 * n.value) return undefined;
  const span = { start: nOffset + n.start, end: s.offset + k.end };
  const c = judgeCountOf({ kind: 'count-of', span }, countOfTok(k, s.offset), countOfTok(n, nOffset), [{ span: { start: nOffset + n.start, end: nOffset + n.end }, message: `${why} (a reading that holds; not reported otherwise)` }]);
  return c.verdict === 'ok' ? c : undefined;
}

export function readSampleParts(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const k = s.toks[i]!;
    // A hedged part ('around 200 were foreign nationals', no plain count) is read too, when well inside the whole.
    // (Called as a plain boolean: the type guard would narrow k to never when it fails.)
    const plain = plainCount(s, k);
    const approx = !plain && k.kind === 'num' && !k.notCount && Number.isInteger(k.value);
    if (!plain && !approx) continue;
    // The words before the part, in a fixed window (every pattern below is shorter); the whole prefix only
    // when the part is near the sentence's start, for the patterns anchored there.
    const before = s.text.slice(Math.max(0, k.start - 80), k.start);
    const base = k.start - before.length;
    const atStart = base === 0;
    const after = s.text.slice(k.end, k.end + 40);
    // The part is written with no noun of its own: a verb after it, or 'In k,'.
    const verb = VERB_AFTER.test(after);
    const inStart = atStart && IN_START.test(before) && /^\s*,/.test(after);
    const w60 = before.slice(-60);
    const w40 = before.slice(-40);
    const found = FOUND.exec(w60);
    const ing = found ? null : ING.exec(w40);
    if (!verb && !inStart && !found && !ing) continue;
    if (found || ing) {
      if (!NO_NOUN.test(after) && !verb) continue;
      // The whole: the one count of the same clause before 'and found' / ', upholding'.
      const open = found ? k.start - w60.length + found.index : k.start - w40.length + ing!.index;
      const n = oneWhole(s, s.text.lastIndexOf(';', open) + 1, open);
      if (n) {
        const c = claim(s, k, approx, n, s.offset, `the total, ${n.raw}, is the group the clause counts before '${(found ?? ing)![0].trim()}'`);
        if (c) out.push(c);
      }
      continue;
    }
    const semi = OPEN_AFTER_BREAK.exec(before);
    if (semi && !inStart) {
      // The whole: the one count of the clause before the break, in this sentence.
      const brk = base + semi.index;
      const from = Math.max(0, s.text.lastIndexOf(';', brk - 1) + 1);
      const n = oneWhole(s, from, brk);
      if (n) {
        const c = claim(s, k, approx, n, s.offset, `the total, ${n.raw}, is the group the clause before counts`);
        if (c) out.push(c);
      }
      continue;
    }
    if (!(atStart && SENTENCE_START.test(before)) && !inStart) continue;
    // The whole: the one count of the sentence before.
    const p = s.previous?.[s.previous.length - 1];
    if (!p) continue;
    const n = oneWhole(p, 0, p.text.length);
    if (!n) continue;
    // 'In 84,' names no group: the sentence before must name one ('120 cases').
    if (inStart && !groupNoun(p.text, n.end)) continue;
    const c = claim(s, k, approx, n, p.offset, `the total, ${n.raw}, is the group the sentence before counts`);
    if (c) out.push(c);
  }
  return out;
}
