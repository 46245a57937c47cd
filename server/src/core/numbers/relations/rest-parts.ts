/**
 * The rest of a whole broken down in a sentence of its own, the rest named with no count: 'We closed 412
 * complaints. We decided not to investigate 268 of them. Of the rest, 71 were settled early and 73 were
 * investigated in full.'; '… published 49 reports. Four … and a further 20 … . Of the remainder, 15 centres …
 * and 10 with four or more.' The rest is the whole less the parts before it, and its parts must make it.
 *
 * The whole is the one count of the sentence before the parts (then every count of that sentence after it
 * is a part), or the one count of the sentence before that (then every count of the sentence between is a
 * part). Confirmed only, when the rest's parts make the rest exactly: the parts of the rest may overlap or
 * leave some of it out, and the parts before it may not be all that is not the rest.
 */
import type { ClaimRecord, Operand } from '../claim.js';
import { countOperand } from '../judge.js';
import type { Tok } from '../scan.js';
import { countOfTok, depthAt, plainCount } from './common.js';
import type { PreviousSentence, SentenceView } from './index.js';

/** 'Of the rest,', 'Of the remainder,', 'Among the others,', 'In the remaining reports,', 'Of the other cases,'. */
const REST_OPEN = /^\s*(?:of|among|in|for)\s+the\s+(?:rest|remainder|others|remaining(?:\s+[a-z][a-z-]*){1,2}|other(?:\s+[a-z][a-z-]*){1,2})\s*,\s*/i;
/** Words that say a list leaves cases out, may overlap, or is hedged. */
const LOOSE = /\b(?:including|included|such\s+as|among\s+them|at\s+least|more\s+than|fewer\s+than|less\s+than|over|almost|nearly|about|around|approximately|some|respectively|also|both|either|of\s+(?:these|them|whom|which|those)|per\s+cent|percent)\b|%/i;

/** Before a part of the list: a separator and a connective ('…, and ', ' and ', '; '). */
const ITEM_BEFORE = /(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s*(?:(?:a\s+further|another|only|just)\s+)?$/i;
/** Before a count that a part has: a preposition ('with three regulations'). */
const ATTRIBUTE_BEFORE = /\b(?:with|against|for|on|in|by|within|under)\s+$/i;

/** The plain counts of a sentence at the top level, or undefined when a share or a bracketed figure is there. */
function countsOf(text: string, toks: readonly Tok[]): Tok[] | undefined {
  const out: Tok[] = [];
  for (const t of toks) {
    if (t.kind !== 'num') return undefined;
    if (t.notCount) continue;
    if (depthAt(text, t.start) > 0 || !plainCount(text, t) || t.hedge) return undefined;
    out.push(t);
  }
  return out;
}

interface Reading {
  whole: { tok: Tok; at: PreviousSentence };
  before: { tok: Tok; at: PreviousSentence }[];
}

export function readRestParts(s: SentenceView): ClaimRecord[] {
  const open = REST_OPEN.exec(s.text);
  const prev = s.previous;
  if (!open || !prev?.length) return [];
  const tail = s.text.slice(open[0].length);
  if (LOOSE.test(tail)) return [];
  const counts = countsOf(s.text, s.toks);
  if (!counts || counts.length < 2 || counts[0]!.start < open[0].length) return [];
  // Each part opens the list or an item of it ('15 centres …, and 10 …'); a count after a preposition is what a
  // part has ('non-compliant with three regulations or fewer'), no part; any other count leaves the list unread.
  const parts: Tok[] = [];
  for (const [i, t] of counts.entries()) {
    const before = s.text.slice(i === 0 ? open[0].length : counts[i - 1]!.end, t.start);
    if (i === 0 ? /^\s*$/.test(before) : ITEM_BEFORE.test(before)) parts.push(t);
    else if (!ATTRIBUTE_BEFORE.test(before)) return [];
  }
  if (parts.length < 2) return [];
  const readings: Reading[] = [];
  const p1 = prev[prev.length - 1]!;
  const c1 = countsOf(p1.text, p1.toks);
  // ('268 of them' points back to the whole: no loose word there.)
  if (!c1 || c1.length === 0 || LOOSE.test(p1.text.replace(/\b(?:of|out\s+of)\s+(?:them|these|those)\b/gi, ' '))) return [];
  // The whole opens the sentence before, and the rest of that sentence's counts are the parts before the rest.
  if (c1.length >= 2) readings.push({ whole: { tok: c1[0]!, at: p1 }, before: c1.slice(1).map((tok) => ({ tok, at: p1 })) });
  // The one count of the sentence before that is the whole, and the counts of the sentence between are parts.
  const p0 = prev.length >= 2 ? prev[prev.length - 2]! : undefined;
  const c0 = p0 ? countsOf(p0.text, p0.toks) : undefined;
  if (p0 && c0 && c0.length === 1) readings.push({ whole: { tok: c0[0]!, at: p0 }, before: c1.map((tok) => ({ tok, at: p1 })) });
  const restSum = parts.reduce((a, t) => a + t.value, 0);
  for (const r of readings) {
    const used = r.before.reduce((a, b) => a + b.tok.value, 0);
    if (used >= r.whole.tok.value || r.whole.tok.value - used !== restSum) continue;
    const op = (role: 'k' | 'n' | 'c', t: Tok, offset: number): Operand => countOperand(countOfTok(t, offset), role);
    const operands: Operand[] = [op('n', r.whole.tok, r.whole.at.offset), ...r.before.map((b) => op('k', b.tok, b.at.offset)), ...parts.map((t) => op('k', t, s.offset))];
    const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
    const expr = `${[...r.before.map((b) => b.tok.value), ...parts.map((t) => t.value)].join(' + ')} = ${r.whole.tok.value}`;
    return [{ kind: 'remainder', span, operands, verdict: 'ok', arithmetic: `${expr} = ${r.whole.tok.raw} ✓ (the rest, ${restSum}, broken down in a sentence of its own; confirmed only)` }];
  }
  return [];
}
