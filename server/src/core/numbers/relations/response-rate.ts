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
const SENT_BEFORE = /\b(?:sent|send|sending|issued|distributed|handed\s+out|posted|e-?mailed|circulated)\s+(?:(?:out\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:to|among)\s+)?(?:all\s+|the\s+|a\s+sample\s+of\s+)?$|\b(?:surveyed|polled)\s+(?:a\s+sample\s+of\s+|the\s+|all\s+)?$/i;
/** Before the number returned: 'received 166', 'got back 40', 'had 50'. */
const RECEIVED_BEFORE = /\b(?:received|receiving|got\s+back|obtained|collected)\s+(?:back\s+)?(?:only\s+|just\s+)?$/i;
/** After a count received with no noun of its own: 'received 166 back', 'received 166.' */
const BARE_AFTER = /^\s*(?:back\b|in\s+return\b|[.,;)]|$)/i;
/** After the number returned: a word of reply. */
const REPLY_AFTER = /^\s+(?:(?:completed|valid|usable|written)\s+)?(?:replies|responses|returns|completed\s+questionnaires|questionnaires\s+back)\b|^\s+(?:(?:of\s+them|of\s+these)\s+)?(?:were|was)\s+(?:returned|completed)\b|^\s+(?:of\s+them\s+|of\s+these\s+)?(?:replied|responded|returned\s+them|returned\s+it)\b/i;
/** Between the returns and the rate: the clause goes on to 'a response rate of'. */
const RATE_BEFORE = /^[^.;\d]{0,80}?\b(?:response|return|reply)\s+rate\s+(?:was\s+|is\s+|of\s+|stood\s+at\s+|of\s+only\s+|of\s+just\s+)?$/i;
/** A rate opening the next sentence: 'The response rate was 50%.' */
const RATE_OPENING = /^\s*(?:This\s+(?:gave|represents|was)\s+a\s+|That\s+(?:gave|is)\s+a\s+|The\s+(?:overall\s+)?|Our\s+|A\s+)(?:response|return|reply)\s+rate\s+(?:was\s+|is\s+|of\s+|stood\s+at\s+)?(?:only\s+|just\s+)?$/i;

interface Survey {
  sent: Tok;
  got: Tok;
}

/** 'k responses to the n questionnaires', 'k replies from n surveys': the returns first. */
const REPLIES_TO = /^\s+(?:(?:completed|valid|usable)\s+)?(?:replies|responses|returns)\s+(?:to|from|out\s+of)\s+(?:the\s+|our\s+)?$/i;
const FORM_AFTER = /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:questionnaires|surveys|forms|letters|invitations|requests)\b/i;

function surveyOf(text: string, toks: readonly Tok[]): Survey | undefined {
  const counts = toks.filter((t) => t.kind === 'num' && plainCount(text, t));
  for (let i = 0; i + 1 < counts.length; i++) {
    const k = counts[i]!;
    const n = counts[i + 1]!;
    if (REPLIES_TO.test(text.slice(k.end, n.start)) && FORM_AFTER.test(text.slice(n.end, n.end + 40))) return { sent: n, got: k };
  }
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    if (!SENT_BEFORE.test(text.slice(Math.max(0, n.start - 60), n.start))) continue;
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

export function readResponseRate(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const sv = surveyOf(s.text, s.toks);
  if (sv) {
    out.push(judgeCountOf({ kind: 'count-of', span: at(s, Math.min(sv.sent.start, sv.got.start), Math.max(sv.sent.end, sv.got.end)) }, countOfTok(sv.got, s.offset), countOfTok(sv.sent, s.offset)));
    const last = Math.max(sv.got.end, sv.sent.end);
    const p = s.toks.find((t) => t.kind === 'pct' && t.start > last);
    if (p && RATE_BEFORE.test(s.text.slice(last, p.hedge ? p.hedge.start : p.start))) {
      out.push(judgeShare({ kind: 'percent-of', span: at(s, Math.min(sv.sent.start, sv.got.start), p.end) }, pctWithHedge(p, s.offset), countOfTok(sv.got, s.offset), countOfTok(sv.sent, s.offset), s.policy));
    }
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
