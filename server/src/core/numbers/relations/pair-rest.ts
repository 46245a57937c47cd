/**
 * The rest of a pair named as a group of its own, with no word of remaining: 'Of the 146 parents who
 * responded, 121 would recommend the school. Most of the 25 who would not …'; 'Of the 53 cases, 41 had an
 * offer recorded; in the 12 without one, …'; 'Of the 12 recommendations, 10 had been addressed in full; the
 * two still outstanding …'; 'It met eight of the nine standards and was substantially compliant with the one
 * that remained.'
 *
 * The pair is 'k of the N' or 'Of the N …, k', in this sentence or the one before; the rest is a later 'the M'
 * followed by a clause that sets it apart ('who would not', 'without one', 'still outstanding', 'that
 * remained') or by the whole's own noun. Confirmed only, when M is the whole less the part exactly: a group so
 * named may also be another one.
 */
import type { ClaimRecord, Operand } from '../claim.js';
import { countOperand } from '../judge.js';
import { nounAfter, sameGroup, type Tok } from '../scan.js';
import { countOfTok, plainCount } from './common.js';
import type { SentenceView } from './index.js';

/** 'k of the N', 'k out of N', 'all but k of the N'. */
const PAIR_GAP = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?$/i;
/** 'Of the N' opening the sentence. */
const OF_OPEN = /^\s*(?:of|among)\s+(?:the|all|these|those)\s+$/i;
/** Before the rest: 'the', after 'of', 'in', 'for', 'most of', or alone. */
const REST_BEFORE = /\bthe\s+$/i;
/** After the rest: a clause that sets it apart. */
const REST_CLAUSE = /^\s+(?:who|that|which|whose|where|without|with\s+no|not|still|remaining|left|outstanding)\b/i;

interface Pair {
  k: Tok;
  n: Tok;
  at: { text: string; offset: number };
}

function pairsIn(text: string, toks: readonly Tok[], offset: number): Pair[] {
  const out: Pair[] = [];
  const counts = toks.filter((t) => t.kind === 'num' && !t.notCount && plainCount(text, t));
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    if (a.value < b.value && PAIR_GAP.test(text.slice(a.end, b.start))) out.push({ k: a, n: b, at: { text, offset } });
  }
  const first = counts[0];
  const second = counts[1];
  // (A year or date between is no count: 'Of the 12 recommendations from our inspection in 2022, 10 …'.)
  const gapOf = (a: Tok, b: Tok) => {
    let g = text.slice(a.end, b.start);
    for (const t of toks) if (t.notCount && t.start >= a.end && t.end <= b.start) g = g.slice(0, t.start - a.end) + 'x'.repeat(t.end - t.start) + g.slice(t.end - a.end);
    return g;
  };
  if (first && second && OF_OPEN.test(text.slice(0, first.start)) && second.value < first.value && /^[^.;:()\d]{0,90},\s*(?:only\s+|just\s+)?$/i.test(gapOf(first, second))) out.push({ k: second, n: first, at: { text, offset } });
  return out;
}

export function readPairRest(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  const pairs = [...(prev ? pairsIn(prev.text, prev.toks, prev.offset) : []), ...pairsIn(s.text, s.toks, s.offset)];
  if (!pairs.length) return [];
  const out: ClaimRecord[] = [];
  for (const m of s.toks) {
    if (m.kind !== 'num' || m.notCount || !plainCount(s.text, m) || !REST_BEFORE.test(s.text.slice(Math.max(0, m.start - 8), m.start))) continue;
    for (const p of pairs) {
      if (p.at.offset === s.offset && m.start <= p.k.end) continue;
      if (m === p.n || m === p.k || m.value !== p.n.value - p.k.value || m.value === p.k.value) continue;
      // Set apart by a clause of its own, or of the whole's own noun ('the 554 emergency calls' of '2,117 calls').
      const after = s.text.slice(m.end, m.end + 40);
      const own = nounAfter(s.text, m.end);
      const wholeNoun = nounAfter(p.at.text, p.n.end);
      const nounOfWhole = !!own && !!wholeNoun && (sameGroup(wholeNoun, own) || new RegExp(String.raw`^\s+[a-z-]+\s+${wholeNoun.replace(/[^\w-]/g, '')}\b`, 'i').test(after));
      if (!REST_CLAUSE.test(after) && !nounOfWhole) continue;
      const op = (role: 'k' | 'n' | 'c', t: Tok, offset: number): Operand => countOperand(countOfTok(t, offset), role);
      const operands: Operand[] = [op('n', p.n, p.at.offset), op('k', p.k, p.at.offset), op('c', m, s.offset)];
      const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
      out.push({ kind: 'remainder', span, operands, verdict: 'ok', arithmetic: `${p.k.value} + ${m.value} = ${p.n.value} = ${p.n.raw} ✓ (the rest of the pair, named as a group of its own; confirmed only)` });
      break;
    }
  }
  return out;
}
