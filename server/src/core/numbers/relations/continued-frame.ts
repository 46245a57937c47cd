/**
 * A frame's list carried on into the next sentence by bare counts with the same verb (issue 9, families plain and
 * clause-between; confirm only): 'Of the 104 approved premises in England and Wales, eight are for women only.
 * Twelve are psychologically informed planned environments …, and fourteen are independent, …'.
 *
 * The sentence before opens with the frame ('Of the N …,') and its part right after the comma, a verb of being or
 * having after the part, and no other kind of figure; this sentence opens with a bare count and the same verb, and
 * its later counts each follow ', and' or 'and' with the same verb again. Each is a part of the frame's whole: a
 * reading that holds is confirmed, and nothing is reported (the parts may be of other groups, or overlap).
 */
import type { ClaimRecord, Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const FRAME = /^\s*(?:Of|Among|Amongst)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
const FRAME_TO_PART = /^[^.;:()\d]{0,100},\s*(?:only\s+|just\s+)?$/;
const VERB = /^\s+(are|were|is|was|have|had|has)\b/i;
const SIBLING = /^[^.;:()\d]{0,140}?(?:,\s*and|\band)\s+$/i;

export function readContinuedFrame(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const counted = prev.toks.filter((t) => !t.notCount);
  const [n, k] = counted;
  if (counted.length !== 2 || !n || !k || n.kind !== 'num' || k.kind !== 'num' || !plainCount(prev.text, n) || !plainCount(prev.text, k)) return [];
  if (!FRAME.test(prev.text.slice(0, n.start)) || !FRAME_TO_PART.test(prev.text.slice(n.end, k.start))) return [];
  const verb = VERB.exec(prev.text.slice(k.end, k.end + 12))?.[1]?.toLowerCase();
  if (!verb) return [];
  const own = s.toks.filter((t) => !t.notCount);
  const first = own[0];
  if (!first || first.kind !== 'num' || first.start > 4 || !plainCount(s.text, first) || VERB.exec(s.text.slice(first.end, first.end + 12))?.[1]?.toLowerCase() !== verb) return [];
  const parts: Tok[] = [first];
  for (let i = 1; i < own.length && i < 8; i++) {
    const t = own[i]!;
    const p = parts[parts.length - 1]!;
    if (t.kind !== 'num' || !plainCount(s.text, t) || own[i - 1] !== p || !SIBLING.test(s.text.slice(p.end, t.start)) || VERB.exec(s.text.slice(t.end, t.end + 12))?.[1]?.toLowerCase() !== verb) break;
    parts.push(t);
  }
  const nSpan = { start: prev.offset + n.start, end: prev.offset + n.end };
  const out: ClaimRecord[] = [];
  for (const t of parts) {
    if (t.value > n.value) continue;
    const operands: Operand[] = [
      { role: 'k', value: t.value, raw: t.raw, span: at(s, t.start, t.end), ...(t.word ? { word: true } : {}) },
      { role: 'n', value: n.value, raw: n.raw, span: nSpan, ...(n.word ? { word: true } : {}) },
    ];
    out.push({
      kind: 'count-of',
      span: at(s, t.start, t.end),
      operands,
      verdict: 'ok',
      arithmetic: `${t.value} of ${n.value} = ${Math.round((10000 * t.value) / n.value) / 100}% ✓ (a part of the frame of the sentence before, its list carried on; a reading that holds, never reported otherwise)`,
      sources: [{ span: nSpan, message: `the list of the ${n.raw} framed in the sentence before goes on here` }],
    });
  }
  return out;
}
