/**
 * A ratio set after a comma, colon or dash at the end of its sentence, restating the count before it: 'Only 12 of
 * them said they felt cared for by staff, one in three.'; 'Of the 172 people in our sample, 69 went into settled
 * accommodation, only four out of every 10.'; '… 23 of the 31 files had a plan: about three in four.'
 *
 * The ratio is the share of the last count before it in the sentence, no other count between, of that count's
 * whole: the 'of the N' written with the count ('12 of the 27'), the frame that opens the sentence ('Of the 172 …, 69'), or, for
 * 'k of them', the one group counted before (`groupBefore`; a group given roughly only confirms).
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { q, ratioInterval } from '../interval.js';
import { judgeInterval } from '../judge.js';
import { nounAfter, type Tok } from '../scan.js';
import { hedgeKind } from '../words.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';
import { groupBefore } from './quantifier-distant.js';

/** The ratio closing the sentence, after its mark: ', only four out of every 10.', ': one in three of them.' */
const CLOSING = /(?:,|:|\s[\u2013\u2014-])\s*(?:(only|just|about|around|roughly|approximately|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|under|some)\s+)?$/i;
const AFTER = /^\s*(?:of\s+(?:them|these|those)\s*)?[.!]?\s*$/i;
const IN = /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;
const SLASH = /^\/$/;
/** A frame opening the sentence: 'Of the 172 people in our sample, 69 …'. */
/** A hedge before a count: a rough group only confirms, so it is not taken here. */
const HEDGED = /\b(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|under|up\s+to|at\s+least)\s+$/i;
const FRAME = /^\s*(?:Of|Out\s+of|Among|Amongst|Across)\s+(?:the\s+|all\s+(?:the\s+)?|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['\u2019]s\s+|its\s+|their\s+)?$/i;

export function readClosingRatio(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  const n = toks.length;
  if (n < 3) return [];
  const a = toks[n - 2]!;
  const b = toks[n - 1]!;
  // ('about 1/5': a written fraction of a small base is the ratio too; a larger one, '12/40', may be a pair of its own.)
  const slash = SLASH.test(text.slice(a.end, b.start));
  // (The scanner reads 'd/m' as a range or a date: after a comma and a hedge, closing the sentence, it is a share.)
  const noCount = (t: Tok) => t.notCount && !(slash && t.type === 'range');
  if (a.kind !== 'num' || b.kind !== 'num' || noCount(a) || noCount(b) || !(IN.test(text.slice(a.end, b.start)) || slash) || !AFTER.test(text.slice(b.end))) return [];
  if (a.value < 1 || a.value >= b.value || b.value > (slash ? 10 : 100)) return [];
  const lead = CLOSING.exec(text.slice(Math.max(0, a.start - 30), a.start));
  return closing(s, n - 2, lead);
}

/** A ratio between dashes after the count it restates: 'around 1,400 – roughly one in 12 – had been absent'. */
const DASH_OPEN = /\s[\u2013\u2014-]\s*(?:(only|just|about|around|roughly|approximately|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|under|some)\s+)?$/i;

/**
 * 'Of Police Scotland's 16,600 officers, around 1,400 – roughly one in 12 – had been absent …': a ratio set between
 * dashes right after a count, read as a closing ratio of that count's clause (the dash closes it, the sentence goes on).
 */
export function readDashedRatio(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  for (let i = 1; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    // ('600 – one in eight –': the scanner may take the first figure after a spaced dash as a range's end.)
    const aRange = a.notCount && a.type === 'range' && /\s[\u2013\u2014-]\s*(?:[a-z]+\s+){0,2}$/i.test(text.slice(Math.max(0, a.start - 20), a.start));
    if (a.kind !== 'num' || b.kind !== 'num' || (a.notCount && !aRange) || b.notCount || !IN.test(text.slice(a.end, b.start))) continue;
    if (a.value < 1 || a.value >= b.value || b.value > 100 || !/^\s*[\u2013\u2014]\s|^\s+-\s/.test(text.slice(b.end, b.end + 3))) continue;
    const lead = DASH_OPEN.exec(text.slice(Math.max(0, a.start - 30), a.start));
    // The count right before the opening dash, no other figure between.
    const last = toks[i - 1]!;
    if (!lead || !/^\s*$/.test(text.slice(last.end, a.start - lead[0].length))) continue;
    return closing(s, i, lead, true);
  }
  return [];
}

function closing(s: SentenceView, ai: number, lead: RegExpExecArray | null, dashed = false): ClaimRecord[] {
  const { text, toks } = s;
  const a = toks[ai]!;
  const b = toks[ai + 1]!;
  const n = ai + 2;
  const slash = SLASH.test(text.slice(a.end, b.start));
  if (!lead || (slash && !(lead[1] && hedgeKind(lead[1])))) return [];
  // (Scale points and other figures that count nothing may stand in the count's clause: 'graded 5 (very good) or 6'.)
  let li = n - 3;
  while (li > 0 && toks[li]!.notCount && toks[li]!.type === 'score') li--;
  const last = toks[li]!;
  // (Between dashes the count may be given roughly: 'around 1,400 – roughly one in 12 –'; it then only confirms.)
  if (!count(s, last) && !(dashed && last.kind === 'num' && !last.notCount && HEDGED.test(text.slice(Math.max(0, last.start - 24), last.start)))) return [];
  const markAt = a.start - lead[0].length;
  // The count's clause reaches the mark with no break of its own.
  // (A scale point's label in brackets, 'graded 5 (very good) or 6 (excellent)', is no break.)
  if (/[;()]|\.\s/.test(text.slice(last.end, markAt).replace(/\b\d{1,2}\s*\([^()\d]{1,30}\)/g, 'x'))) return [];
  // '12 of the 27 prisoners …, one in three': a pair, the count and its whole; else the count alone.
  const prev = toks[li - 1];
  const pair = prev && count(s, prev) && /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(text.slice(prev.end, last.start));
  const k = pair ? prev : last;
  const whole: Whole | undefined = pair ? { value: last.value, raw: last.raw, span: at(s, last.start, last.end) } : wholeOf(s, k, toks.slice(0, li).filter((t) => !(t.notCount && (t.type === 'age' || t.type === 'year' || t.type === 'date' || t.type === 'duration'))));
  // (A count given roughly, 'around 1,400 – roughly one in 12 –', only confirms.)
  const roughK = HEDGED.test(text.slice(Math.max(0, k.start - 24), k.start));
  if (!whole || whole.value < k.value) return [];
  // ('only' and 'just' are no hedge: 'only four out of every 10' is four in ten.)
  const kind = lead[1] ? hedgeKind(lead[1]) : undefined;
  const hedgeWord = kind ? lead[1] : undefined;
  const start = hedgeWord ? a.start - (lead[0].length - lead[0].indexOf(hedgeWord)) : a.start;
  const said = text.slice(start, b.end).replace(/\s+/g, ' ');
  const target = q(100 * a.value, b.value);
  const ratioOp: Operand = { role: 'f', value: a.value / b.value, fraction: { num: a.value, den: b.value }, raw: said, span: at(s, start, b.end) };
  if (hedgeWord) ratioOp.hedge = hedgeWord;
  const kOp: Operand = { role: 'k', value: k.value, raw: k.raw, span: at(s, k.start, k.end) };
  const nOp: Operand = { role: 'n', value: whole.value, raw: whole.raw, span: whole.span };
  const c = judgeInterval({ kind: 'ratio', span: at(s, Math.min(k.start, whole.frameAt ?? k.start), b.end) }, [ratioOp, kOp, nOp], (nn?: number) => ratioInterval(kind, target, nn), said, k.value, whole.value, RULE.fractionMismatch);
  if ((whole.rough || roughK) && c.verdict !== 'ok') return [];
  return [whole.why ? { ...c, sources: [{ span: whole.span, message: whole.why }] } : c];
}

/** The whole a closing ratio is judged against, with where it came from. */
interface Whole {
  value: number;
  raw: string;
  span: { start: number; end: number };
  /** A frame opening the sentence: where it starts, in the sentence. */
  frameAt?: number;
  /** A group pointed back to: why it is taken to be the whole. */
  why?: string;
  /** Given roughly ('some 460 men'): it confirms, never finds wrong. */
  rough?: boolean;
}

function count(s: SentenceView, t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'num' && !t.notCount && plainCount(s.text, t);
}

/** The whole of the count before the ratio: the sentence's frame, or the group 'them' points back to. */
function wholeOf(s: SentenceView, k: Tok, before: readonly Tok[]): Whole | undefined {
  const { text } = s;
  const prev = before[before.length - 1];
  // 'Of the 172 people in our sample, 69 …': the frame, the only count before the part.
  if (before.length === 1 && prev && count(s, prev) && FRAME.test(text.slice(0, prev.start)) && /^[^,;:()\d]{0,80},\s*(?:only\s+|just\s+|(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than|fewer\s+than|under)\s+)?$/i.test(text.slice(prev.end, k.start))) {
    return { value: prev.value, raw: prev.raw, span: at(s, prev.start, prev.end), frameAt: prev.start };
  }
  // 'Inspectors graded 1,926 childminders during the year, and 642 of them were graded …: one in three': 'them'
  // is the group the clause before counts, the sentence's one count before the part.
  if (before.length === 1 && prev && count(s, prev) && nounAfter(text, prev.end) && /^\s+of\s+(?:them|these|those)\b/i.test(text.slice(k.end, k.end + 16)) && /^[^;:()\d]{0,80}(?:,\s*and|;|,)\s+(?:only\s+|just\s+)?$/i.test(text.slice(prev.end, k.start)) && !HEDGED.test(text.slice(Math.max(0, prev.start - 24), prev.start))) {
    return { value: prev.value, raw: prev.raw, span: at(s, prev.start, prev.end), why: `the whole, ${prev.raw}, is the group the clause before counts` };
  }
  // 'The college has 3,210 students …, of whom 402 are on T-level courses, about one in eight': 'of whom' or 'of which'
  // right before the part points back to the one count before it in the sentence.
  if (before.length === 1 && prev && count(s, prev) && nounAfter(text, prev.end) && /,\s*of\s+(?:whom|which)\s+$/i.test(text.slice(prev.end, k.start)) && /^[^;:()]{0,100}$/.test(text.slice(prev.end, k.start)) && !s.toks.some((t) => t.start > prev.end && t.end < k.start && !t.notCount) && !HEDGED.test(text.slice(Math.max(0, prev.start - 24), prev.start))) {
    return { value: prev.value, raw: prev.raw, span: at(s, prev.start, prev.end), why: `'of whom' points back to the ${prev.raw}` };
  }
  // 'Only 12 of them said …': the one group counted before.
  if (before.length === 0 && /^\s+of\s+(?:them|these|those)\b/i.test(text.slice(k.end, k.end + 16))) {
    const g = groupBefore(s, k.start);
    if (!g) return undefined;
    const out: Whole = { value: g.n.value, raw: g.n.raw, span: at(s, g.n.start, g.n.end), why: g.why };
    if (g.rough) out.rough = true;
    return out;
  }
  return undefined;
}
