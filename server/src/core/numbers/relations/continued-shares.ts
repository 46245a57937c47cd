/**
 * Shares of one question given over two sentences: '11% of schools were
 * judged outstanding, 42% good and 38% satisfactory. But 9% were judged
 * inadequate.'; 'Some 6,848 schools were inspected, 14% of them judged
 * outstanding, up from 11% in 2006. A further 46% were judged good and 34%
 * satisfactory, and the share judged inadequate fell from 8% in 2006 to 6%.'
 * Each share names one answer after the same verb ('judged', 'rated'), or
 * none (an elided answer: '42% good'), so every case is counted once: the
 * shares cannot add up to more than 100% beyond rounding. A sum short of
 * 100% may leave an answer out, and is not judged.
 *
 * Read only when the second sentence carries the list on: it opens with its
 * first share, or with 'but', 'and', 'a further', 'another'; a frame of its
 * own ('In secondary schools, …', 'Last year …') or a share of another
 * whole ('25% of colleges') may be another group. A share after 'from',
 * 'than' or 'compared with' is an earlier or other figure, not a part; the
 * share at the end of a change ('the share judged inadequate fell from 8% to
 * 6%') is a part, its answer named before it. An answer that is a band
 * ('good or better') overlaps the others: nothing is read. Shares with
 * another verb ('5% being given a notice to improve') answer another
 * question and are left out.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, previousShare, sharesTotal } from './common.js';
import type { PreviousSentence, SentenceView } from './index.js';

interface Part {
  tok: Tok;
  offset: number;
  verb?: string;
  answer: string;
}

/** The words after a share to the next separator ('of schools were judged outstanding'). */
function after(text: string, t: Tok, next: number): string {
  return text
    .slice(t.end, next)
    .split(/[,;:()\u2013\u2014]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b/i)[0]!
    .replace(/^\s*(?:%|per\s?cent|percent)?/i, '')
    .replace(/[.!?]+\s*$/, '')
    .trim()
    .toLowerCase();
}

const OF_WHOLE = /^of\s+(?:(them|these|those)|(?:the\s+|all\s+)?([a-z-]+(?:\s+[a-z-]+)?))\s+(?=[a-z])/;
/**
 * A verb of judging written before the answer ('judged', 'rated', 'graded', 'assessed as'): it gives each
 * case one answer. Verbs of receiving or taking part ('trained in', 'offered', 'referred to') do not: a
 * case may have several, so such shares are another question each and are not read.
 */
const JUDGED = /^((?:rat|judg|grad|assess|class|classifi|categori[sz]|deem|evaluat|scor|inspect)ed)\s+(?:as\s+|to\s+be\s+)?([a-z][a-z\s-]*)$/;
/** An answer that starts with a preposition or an article is an attribute ('in first aid', 'a plan'), not a category. */
const NOT_ANSWER = /^(?:in|on|for|to|with|by|at|from|into|of|a|an|the|their|his|her|its)\b/;
/** An answer is a category: up to three words, no figure, no phrase of time, place or agent ('good by their managers'). */
const isAnswer = (a: string) => !NOT_ANSWER.test(a) && a.split(/\s+/).length <= 3 && !/\d/.test(a) && !/\b(?:in|on|for|to|with|by|at|from|into|during|after|before|since|than|last|this|next)\b/.test(a);
/** A word that is a verb, so the share is not an elided answer. */
const VERBISH = /^(?:[a-z]+(?:ed|ing)|was|were|is|are|had|has|have|did|do|does|got|met|made|gave|took|went|came|said|felt|could|would|should|may|might|will|can|found|seen|given|known|shown)$/;
/** 'the share judged inadequate fell from 8% in 2006 to ': the share at the end of a change, its answer before it. */
const CHANGE_TO = /\bthe\s+(?:share|proportion|percentage|rate)\s+(?:of\s+[a-z-]+\s+)?([a-z]+ed)\s+(?:as\s+)?([a-z][a-z\s-]{0,40}?)\s+(?:fell|rose|increased|decreased|dropped|grew|went\s+(?:up|down)|was\s+(?:up|down)|climbed|declined)\s+from\s+[^.;:]{0,50}?\bto\s+$/i;

type Read = { part: Part; whole?: string } | 'other' | 'skip';

function readOne(text: string, offset: number, t: Tok, next: number, prevVerb: string | undefined, prevInSentence: boolean): Read {
  if (t.kind !== 'pct' || depthAt(text, t.start) > 0 || previousShare(text, t)) return 'skip';
  if (t.hedge) return 'other';
  const ch = CHANGE_TO.exec(text.slice(Math.max(0, t.start - 160), t.start));
  if (ch) return { part: { tok: t, offset, verb: ch[1]!.toLowerCase(), answer: ch[2]!.toLowerCase().trim() } };
  let p = after(text, t, next);
  let whole: string | undefined;
  // 'of the homes we visited were rated excellent': the verb phrase starts after the last be-verb.
  let cop: RegExpExecArray | null = null;
  for (const m of p.matchAll(/\b(?:were|was|are|is|being|been)\s+/g)) cop = m;
  const of = /^of\s+/.test(p);
  if (cop) {
    const head = p.slice(0, cop.index).trim();
    if (head !== '' && !/^of\s+(?:them|these|those)$/.test(head)) {
      if (!/^of\s/.test(head) && !/^(?:had|have|has)$/.test(head)) return 'other';
      if (/^of\s/.test(head)) whole = head;
    }
    p = p.slice(cop.index + cop[0].length);
  } else {
    const m = OF_WHOLE.exec(p);
    if (m) {
      whole = m[1] ? undefined : m[2];
      p = p.slice(m[0].length);
    }
  }
  const j = JUDGED.exec(p);
  if (j) return !isAnswer(j[2]!.trim()) ? 'other' : { part: { tok: t, offset, verb: j[1], answer: j[2]!.trim() }, ...(whole ? { whole } : {}) };
  // An elided answer ('42% good'): no verb, no whole, after a part of the same sentence.
  const first = p.split(/\s+/)[0] ?? '';
  if (!of && prevInSentence && prevVerb && p !== '' && !VERBISH.test(first) && isAnswer(p)) return { part: { tok: t, offset, answer: p } };
  return 'other';
}

/** What may stand before the first share of the second sentence: nothing, or a word that carries the list on. */
const CARRY_ON = /^\s*(?:(?:but|and|yet|however,?|meanwhile,?)\s+)?(?:(?:a\s+further|another|only|just)\s+)?$/i;

export function partsOf(view: { text: string; toks: Tok[]; offset: number }, second: boolean): { parts: Part[]; wholes: string[]; ok: boolean } {
  const parts: Part[] = [];
  const wholes: string[] = [];
  const pcts = view.toks.filter((t) => t.kind === 'pct');
  let verb: string | undefined;
  let last = -1;
  for (const [i, t] of pcts.entries()) {
    const next = pcts[i + 1]?.start ?? view.text.length;
    const r = readOne(view.text, view.offset, t, next, verb, last === i - 1 && last >= 0);
    if (r === 'skip' || r === 'other') continue;
    if (second && parts.length === 0 && !r.part.verb) continue;
    if (second && parts.length === 0 && !CARRY_ON.test(view.text.slice(0, t.start)) && !CHANGE_TO.test(view.text.slice(Math.max(0, t.start - 160), t.start))) return { parts, wholes, ok: false };
    if (r.whole) wholes.push(r.whole);
    if (r.part.verb) verb = r.part.verb;
    else r.part.verb = verb;
    parts.push(r.part);
    last = i;
  }
  return { parts, wholes, ok: true };
}

export function readContinuedShares(s: SentenceView): ClaimRecord | undefined {
  const prev: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
  if (!prev || !s.toks.some((t) => t.kind === 'pct') || !prev.toks.some((t) => t.kind === 'pct')) return undefined;
  const a = partsOf(prev, false);
  const b = partsOf(s, true);
  if (!b.ok || !a.parts.length || !b.parts.length) return undefined;
  // One verb: a share with another ('5% being placed in special measures') answers another question.
  const verb = a.parts[0]!.verb;
  if (!verb) return undefined;
  const parts = [...a.parts, ...b.parts].filter((p) => p.verb === verb);
  if (parts.length < 3 || !parts.some((p) => p.offset === s.offset)) return undefined;
  // Each answer once, no band of answers, and one whole at most, named by the first share.
  if (new Set(parts.map((p) => p.answer)).size !== parts.length) return undefined;
  if (parts.some((p) => /\b(?:or|and|to)\b/.test(p.answer))) return undefined;
  if (b.wholes.length || a.wholes.length > 1) return undefined;
  const { off, slack2, operands, expr } = sharesTotal(parts, s.policy);
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  if (Math.abs(off) <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (${verb}: ${parts.map((p) => p.answer).join(', ')})`, verdict: 'ok', operands };
  if (off < 0) return { kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (an answer may be left out: not judged)`, verdict: 'unchecked', operands };
  return {
    kind: 'shares-sum',
    span,
    arithmetic: `${expr}, more than 100% (each case is ${verb} one of: ${parts.map((p) => p.answer).join(', ')})`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `These shares of one whole should add up to 100% within rounding, but ${expr}`,
    operands,
  };
}
