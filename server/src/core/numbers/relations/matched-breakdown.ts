/**
 * Groups counted by kind, then a part of them counted by the same kinds (issue 9, families 1 and 14):
 *
 *   'It names 300 primary and 120 secondary schools that are stuck, among them 90 (60 primary and 30
 *    secondary) that have never been good.'
 *   'The trust employs 400 nurses and 90 doctors, including 35 nurses and 12 doctors from agencies.'
 *
 * Two counts joined by 'and', each with its own word ('300 primary and 120 secondary'), and later in the
 * sentence, after 'among them', 'including', 'of which', 'of whom' or 'of these', two counts with the
 * same words: each later count is a part of the earlier count of its word.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf } from '../judge.js';
import type { Tok } from '../scan.js';
import { countOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const WORD_AND = /^\s+([A-Za-z][\w'-]*)\s+(?:and|or)\s+$/i;
const WORD_AFTER = /^\s+([A-Za-z][\w'-]*)/;
const INTRO = /\b(?:among(?:st)?\s+(?:them|these|those)|including|of\s+which|of\s+whom|of\s+these|of\s+those)\b/i;
const NOT_KIND = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'were', 'was', 'are', 'is', 'had', 'have', 'in', 'at', 'to', 'for', 'with', 'per', 'percent', 'cent', 'more', 'fewer', 'less', 'other', 'others']);

interface Couple {
  a: Tok;
  b: Tok;
  wa: string;
  wb: string;
}

function couplesOf(s: SentenceView): Couple[] {
  const out: Couple[] = [];
  const toks = s.toks.filter((t) => !t.notCount);
  for (let i = 0; i + 1 < toks.length && out.length < 6; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (a.kind !== 'num' || b.kind !== 'num' || !plainCount(s.text, a) || !plainCount(s.text, b)) continue;
    const m = WORD_AND.exec(s.text.slice(a.end, b.start));
    const w = WORD_AFTER.exec(s.text.slice(b.end, b.end + 40));
    if (!m || !w) continue;
    const wa = m[1]!.toLowerCase();
    const wb = w[1]!.toLowerCase();
    if (wa === wb || NOT_KIND.has(wa) || NOT_KIND.has(wb)) continue;
    out.push({ a, b, wa, wb });
  }
  return out;
}

/** The word after a count's kind word ('schools' in '200 secondary schools'), unless a clause goes on. */
function nounAfterKind(text: string, end: number): string | undefined {
  const m = /^\s+[A-Za-z][\w'-]*\s+([A-Za-z][\w'-]*)/.exec(text.slice(end, end + 60));
  const w = m?.[1]?.toLowerCase();
  return w && !NOT_KIND.has(w) && !/^(?:that|which|who|whose)$/.test(w) ? w : undefined;
}

export function readMatchedBreakdown(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const cs = couplesOf(s);
  for (let i = 0; i < cs.length; i++) {
    const whole = cs[i]!;
    for (let j = i + 1; j < cs.length; j++) {
      const part = cs[j]!;
      const same = part.wa === whole.wa && part.wb === whole.wb;
      const swapped = part.wa === whole.wb && part.wb === whole.wa;
      if (!same && !swapped) continue;
      if (!INTRO.test(s.text.slice(whole.b.end, part.a.start))) continue;
      // The parts are of the same thing: a noun after the parts' second word is the wholes' noun ('… secondary schools').
      const pn = nounAfterKind(s.text, part.b.end);
      if (pn && pn !== nounAfterKind(s.text, whole.b.end)) continue;
      const pairs: [Tok, Tok][] = same ? [[part.a, whole.a], [part.b, whole.b]] : [[part.a, whole.b], [part.b, whole.a]];
      for (const [k, n] of pairs) {
        out.push(judgeCountOf({ kind: 'count-of', span: at(s, n.start, k.end) }, countOfTok(k, s.offset), countOfTok(n, s.offset)));
      }
      break;
    }
  }
  return out;
}
