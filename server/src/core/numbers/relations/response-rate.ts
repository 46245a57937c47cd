/**
 * A survey's returns and its response rate (issue 9, families 1 and 2):
 *
 *   'We sent questionnaires to 150 of the 600 pupils and received 120 replies, a response rate of 80%.'
 *   'Inspectors issued 300 surveys; 240 were returned (a response rate of 80 per cent).'
 *   'Staff surveyed 90 parents and 45 responded. The response rate was 50%.'
 *
 * The number sent is the count after a verb of sending ('sent … to n', 'issued n', 'surveyed n'); the
 * number returned is a later count of the same sentence after 'received' or with a word of reply
 * ('k replies', 'k were returned', 'k responded'). The returns are a part of what was sent (judged),
 * and a response rate closing the clause, or opening the next sentence, is returns over sent.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, judgeShare } from '../judge.js';
import type { Tok } from '../scan.js';
import { countOfTok, pctOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/** Before the number sent. */
const SENT_BEFORE = /\b(?:sent|send|sending|issued|distributed|handed\s+out|posted|e-?mailed|circulated)\s+(?:(?:out\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:to|among)\s+)?(?:all\s+|the\s+|a\s+sample\s+of\s+)?$|\b(?:surveyed|polled)\s+(?:a\s+sample\s+of\s+|the\s+|all\s+)?$|\b(?:survey|questionnaire|questionnaires|surveys)\s+(?:went|was\s+sent|were\s+sent|was\s+issued|were\s+issued|went\s+out)\s+to\s+(?:all\s+|the\s+|a\s+sample\s+of\s+)?$/i;
/** Before the number returned: 'received 166', 'got back 40', 'had 50'. */
const RECEIVED_BEFORE = /\b(?:received|receiving|got\s+back|obtained|collected)\s+(?:back\s+)?(?:only\s+|just\s+)?$/i;
/** After a count received with no noun of its own: 'received 166 back', 'received 166.' */
const BARE_AFTER = /^\s*(?:back\b|in\s+return\b|[.,;)]|$)/i;
/** After the number returned: a word of reply. */
const REPLY_AFTER = /^\s+(?:(?:completed|valid|usable|written)\s+)?(?:replies|responses|returns|completed\s+questionnaires|questionnaires\s+back)\b|^\s+(?:of\s+them\s+|of\s+these\s+)?(?:completed|returned|filled\s+in)\s+(?:the|a|our|their)\s+(?:questionnaires?|surveys?)\b|^\s+(?:(?:of\s+them|of\s+these)\s+)?(?:were|was)\s+(?:returned|completed)\b|^\s+(?:of\s+them\s+|of\s+these\s+)?(?:replied|responded|returned\s+them|returned\s+it|came\s+back|were\s+sent\s+back)\b/i;
/** Between the returns and the rate: the clause goes on to 'a response rate of'. */
const RATE_BEFORE = /^[^.;\d]{0,80}?\b(?:(?:response|return|reply)\s+rate\s+(?:was\s+|is\s+|of\s+|stood\s+at\s+|of\s+only\s+|of\s+just\s+)?|an?\s+(?:return|response)\s+of\s+(?:only\s+|just\s+)?)$/i;
/** A rate opening the next sentence: 'The response rate was 50%.' */
const RATE_OPENING = /^\s*(?:This\s+(?:gave|represents|was)\s+a\s+|That\s+(?:gave|is)\s+a\s+|The\s+(?:overall\s+)?|Our\s+|A\s+)(?:response|return|reply)\s+rate\s+(?:was\s+|is\s+|of\s+|stood\s+at\s+)?(?:only\s+|just\s+)?$/i;

interface Survey {
  sent: Tok;
  got: Tok;
}

/** 'k responses to the n questionnaires', 'k replies from n surveys': the returns first. */
const REPLIES_TO = /^\s+(?:(?:completed|valid|usable)\s+)?(?:replies|responses|returns)\s+(?:to|from|out\s+of)\s+(?:the\s+|our\s+)?$/i;
const FORM_AFTER = /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:questionnaires|surveys|forms|letters|invitations|requests)\b/i;

/** 'n were handed out', 'n were sent out to parents': the number sent, in the passive. */
const SENT_AFTER = /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:were|was)\s+(?:handed\s+out|sent(?:\s+out)?|issued|distributed|posted|e-?mailed|circulated)\b/i;
const FROM_POSSIBLE = /^\s+(?:respondents|responses|replies|returns)\s+(?:from|out\s+of)\s+(?:a\s+possible|a\s+total\s+of|a\s+sample\s+of)\s+$/i;
const OF_FRAME = /(?:^|[;:])\s*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
const SENT_WORDS = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s+(?:sent(?:\s+out)?|issued|distributed|handed\s+out|posted|e-?mailed)\b[^,]{0,40},\s*$/i;
/** A share in brackets right after the returns' clause: '120 were returned (40%)'. */
const BRACKET_RATE = /^\s+(?:of\s+them\s+|of\s+these\s+)?(?:were|was)\s+(?:returned|completed)\s*\(\s*$|^\s+(?:of\s+them\s+|of\s+these\s+)?(?:replied|responded)\s*\(\s*$|^\s+(?:replies|responses|returns)\s*\(\s*$/i;

function surveyOf(text: string, toks: readonly Tok[]): Survey | undefined {
  const counts = toks.filter((t) => t.kind === 'num' && plainCount(text, t));
  for (let i = 0; i + 1 < counts.length; i++) {
    const k = counts[i]!;
    const n = counts[i + 1]!;
    if (REPLIES_TO.test(text.slice(k.end, n.start)) && FORM_AFTER.test(text.slice(n.end, n.end + 40))) return { sent: n, got: k };
    // '450 respondents from a possible 600'
    if (FROM_POSSIBLE.test(text.slice(k.end, n.start))) return { sent: n, got: k };
    // 'Of the 300 surveys sent out, 120 were returned'
    if (OF_FRAME.test(text.slice(Math.max(0, k.start - 20), k.start)) && SENT_WORDS.test(text.slice(k.end, n.start)) && !/[;:.]\s/.test(text.slice(k.end, n.start)) && REPLY_AFTER.test(text.slice(n.end, n.end + 40))) return { sent: k, got: n };
  }
  // 'We sampled 212 men …, and 163 completed the questionnaire': a sample is what was sent when the sentence is of a survey.
  const survey = /\b(?:questionnaires?|surveys?)\b/i.test(text);
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    const pre = text.slice(Math.max(0, n.start - 60), n.start);
    if (!SENT_BEFORE.test(pre) && !(survey && /\bsampled\s+(?:the\s+|all\s+)?$/i.test(pre))) continue;
    for (let j = i + 1; j < counts.length && j < i + 4; j++) {
      const k = counts[j]!;
      const after = text.slice(k.end, k.end + 40);
      if (!REPLY_AFTER.test(after) && !(RECEIVED_BEFORE.test(text.slice(Math.max(0, k.start - 30), k.start)) && BARE_AFTER.test(after))) continue;
      // The returns come in the next clause ('and received', '; 240 were returned'): no full stop between.
      if (/[.!?]\s/.test(text.slice(n.end, k.start))) break;
      // 'to 209 of the 834 men … received 166': the count just after 'of the' is the population, not what was sent.
      return { sent: n, got: k };
    }
  }
  return undefined;
}

/** Before the returns of 'received k questionnaires from n children': a verb of receiving. */
const GOT_BEFORE = /\b(?:received|receiving|got\s+back|had|obtained|collected)\s+(?:back\s+)?(?:only\s+|just\s+)?$/i;
/** Between the returns and those who could reply: 'completed questionnaires from', 'responses from the'. */
const RETURNS_FROM = /^\s+(?:(?:completed|valid|usable|written|survey)\s+)?(?:questionnaires|surveys|responses|replies|returns|forms)\s+(?:back\s+)?from\s+(?:the\s+|a\s+possible\s+|all\s+)?$/i;

/**
 * 'We received 613 completed questionnaires from 789 children who could have taken part, a response rate of
 * 78%': the returns from those asked, with the response rate closing the clause (without the rate, the returns
 * may come several from each, so nothing is read). Judged when the returns are no more than those asked.
 */
function returnsFrom(s: SentenceView): ClaimRecord[] {
  const counts = s.toks.filter((t) => t.kind === 'num' && plainCount(s.text, t));
  for (let i = 0; i + 1 < counts.length; i++) {
    const k = counts[i]!;
    const n = counts[i + 1]!;
    if (!GOT_BEFORE.test(s.text.slice(Math.max(0, k.start - 30), k.start)) || !RETURNS_FROM.test(s.text.slice(k.end, n.start))) continue;
    const p = s.toks.find((t) => t.start > n.end);
    if (!p || p.kind !== 'pct' || !RATE_BEFORE.test(s.text.slice(n.end, p.hedge ? p.hedge.start : p.start)) || k.value > n.value) return [];
    return [judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctWithHedge(p, s.offset), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy)];
  }
  return [];
}

export function readResponseRate(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const sv = surveyOf(s.text, s.toks);
  if (!sv) {
    const rf = returnsFrom(s);
    if (rf.length) return rf;
  }
  if (sv) {
    out.push(judgeCountOf({ kind: 'count-of', span: at(s, Math.min(sv.sent.start, sv.got.start), Math.max(sv.sent.end, sv.got.end)) }, countOfTok(sv.got, s.offset), countOfTok(sv.sent, s.offset)));
    const last = Math.max(sv.got.end, sv.sent.end);
    const p = s.toks.find((t) => t.kind === 'pct' && t.start > last);
    if (p && (RATE_BEFORE.test(s.text.slice(last, p.hedge ? p.hedge.start : p.start)) || (sv.got.end === last && BRACKET_RATE.test(s.text.slice(last, p.start)) && /^\s*\)/.test(s.text.slice(p.end, p.end + 3))))) {
      out.push(judgeShare({ kind: 'percent-of', span: at(s, Math.min(sv.sent.start, sv.got.start), p.end) }, pctWithHedge(p, s.offset), countOfTok(sv.got, s.offset), countOfTok(sv.sent, s.offset), s.policy));
    }
    return out;
  }
  // 'We sent surveys to 300 parents. We received 120 responses, a response rate of 50%.'
  const before = s.previous?.[s.previous.length - 1];
  if (before) {
    const sent = before.toks.filter((t) => t.kind === 'num' && plainCount(before.text, t));
    const got = s.toks.filter((t) => t.kind === 'num' && plainCount(s.text, t));
    const n = sent[0];
    const k = got[0];
    if (sent.length === 1 && got.length === 1 && n && k && (SENT_BEFORE.test(before.text.slice(Math.max(0, n.start - 60), n.start)) || SENT_AFTER.test(before.text.slice(n.end, n.end + 40))) && REPLY_AFTER.test(s.text.slice(k.end, k.end + 40)) && /^\s*(?:We|They|Inspectors|The\s+\w+)?\s*(?:received|got\s+back|had)?\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(0, k.start))) {
      const nIn = countOfTok(n, before.offset);
      const kIn = countOfTok(k, s.offset);
      const c = judgeCountOf({ kind: 'count-of', span: at(s, k.start, k.end) }, kIn, nIn);
      if (c.verdict === 'ok') out.push(c);
      const p = s.toks.find((t) => t.kind === 'pct' && t.start > k.end);
      if (p && RATE_BEFORE.test(s.text.slice(k.end, p.hedge ? p.hedge.start : p.start))) out.push(judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctWithHedge(p, s.offset), kIn, nIn, s.policy));
      return out;
    }
  }
  // 'The response rate was 50%: 120 of the 300 parents replied.'
  const r0 = s.toks[0];
  const k0 = s.toks[1];
  const n0 = s.toks[2];
  if (r0?.kind === 'pct' && k0 && n0 && k0.kind === 'num' && n0.kind === 'num' && plainCount(s.text, k0) && plainCount(s.text, n0) && RATE_OPENING.test(s.text.slice(0, r0.hedge ? r0.hedge.start : r0.start)) && /^\s*[:\u2013\u2014(]\s*$/.test(s.text.slice(r0.end, k0.start)) && /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(s.text.slice(k0.end, n0.start)) && /\b(?:replied|responded|returned|completed)\b/i.test(s.text.slice(n0.end, n0.end + 60))) {
    out.push(judgeShare({ kind: 'percent-of', span: at(s, r0.start, n0.end) }, pctWithHedge(r0, s.offset), countOfTok(k0, s.offset), countOfTok(n0, s.offset), s.policy));
    return out;
  }
  // 'The response rate was 50%.' after the sentence that sent and received.
  const p = s.toks[0];
  const prev = s.previous?.[s.previous.length - 1];
  if (!p || p.kind !== 'pct' || !prev || !RATE_OPENING.test(s.text.slice(0, p.hedge ? p.hedge.start : p.start))) return out;
  const pv = surveyOf(prev.text, prev.toks);
  if (!pv) return out;
  const sentIn = countOfTok(pv.sent, prev.offset);
  const gotIn = countOfTok(pv.got, prev.offset);
  out.push(judgeShare({ kind: 'percent-of', span: { start: prev.offset + pv.sent.start, end: s.offset + p.end } }, pctWithHedge(p, s.offset), gotIn, sentIn, s.policy));
  return out;
}

function pctWithHedge(t: Tok, offset: number) {
  const p = pctOfTok(t, offset);
  if (t.hedge) p.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
  return p;
}
