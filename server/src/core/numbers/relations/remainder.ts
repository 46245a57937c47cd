/**
 * Remainders: a whole, its parts, and the rest named as such ('Of the 30
 * young people, 19 had a plan, a further four had one in draft and, of the
 * remaining seven, three …'; 'We followed up 37 recommendations: 18 had been
 * achieved, 6 partly achieved and the remaining 13 not achieved'; 'Of the 22
 * orders, only 14 were completed. This left eight.'; '39 forces were
 * inspected. 20 were graded good, 5 adequate and the other 15 requires
 * improvement.').
 *
 * Only a count written as the rest ('the remaining N', 'the other N',
 * 'leaving N', 'this left N', 'the rest (N)') is read as the remainder, and
 * only the counts listed between the whole and it are its parts: 'a further
 * N' is a part. The whole is the count that opens the list ('Of the N …,',
 * 'N … :', 'N …;'), or the one count of the sentence before. The parts and
 * the rest must make the whole. A list that does not add up is reported only
 * when it is written as a partition (a whole that introduces it, every count
 * of the list accounted for, no 'including', 'at least', hedged or bracketed
 * parts); otherwise it is listed as unresolved.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { countText, type CountIn } from '../judge.js';
import { nounAfter, sameGroup, type Tok } from '../scan.js';
import { dashBreakdowns, plainCount } from './common.js';
import { at, type PreviousSentence, type SentenceView } from './index.js';

/** Words right before a count that make it the rest of a whole. */
const REST_BEFORE = /(?:\bthe\s+(?:remaining|other|outstanding)|\bleaving(?:\s+(?:only|just|a\s+further|another))?|\b(?:this|that|which|it)\s+(?:left|leaves)(?:\s+(?:only|just|a\s+further|another))?|\bthe\s+(?:rest|remainder)\s*\()\s*$/i;
/** 'the 13 remaining', 'the seven others'. */
const REST_AFTER = /^\s+(?:remaining|others|outstanding)\b/i;
/** A rest that opens its sentence points back to the sentence before ('This left eight', 'The remaining 557 files'). */
const REST_OPENS = /^\s*(?:(?:this|that|it)\s+(?:left|leaves)|the\s+(?:remaining|other|outstanding|rest|remainder))\b/i;
/** A list that may not be a partition. */
const LOOSE = /\b(?:including|included|includes|among\s+them|such\s+as|at\s+least|more\s+than|fewer\s+than|less\s+than|over|almost|nearly|about|around|approximately|some|respectively|per\s+cent|percent)\b|%/i;
/** What follows a count that is not a part of a list (a share, a ratio, a range). */
const NOT_PART_AFTER = /^\s*(?:%|per\s*cent|percent|out\s+of|\/|in\s+(?:every\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|of\s+(?!them\b|these\b|those\b|whom\b|which\b))/i;

/** A count that points back to a group just named: 'five of these', '3 of them'. */
const OF_BACK_AFTER = /^\s+(?:of|out\s+of)\s+(?:these|those|them|whom|which)\b/i;

/** A short subject and verb before a sentence's first part ('They upheld', 'We published'). */
const LEAD = /^(?:[A-Za-z][\w'-]*\s+){1,3}$/;

/** Words ending in -s after a count that are verbs, not the group's noun. */
const VERB_S = /^(?:requires|needs|remains|has|does|goes|shows|meets|receives|lacks|falls|comes|gets|gives|makes|takes|means|seems|appears|continues|concerns|relates|involves)$/;

interface Whole {
  tok: Tok;
  /** Where the parts start (local to the whole's sentence). */
  from: number;
  /** Written as the whole of a list: 'Of the N …,', a colon or a semicolon, or the one count of a sentence. */
  strong: boolean;
}

interface Located {
  tok: Tok;
  sentence: { text: string; offset: number };
}

/** Bracket depth at each position of the last text asked about (one pass per sentence, not one per token). */
let depthText: string | undefined;
let depthArr: Uint16Array = new Uint16Array(0);
function depthAt(text: string, pos: number): number {
  if (text !== depthText) {
    depthArr = new Uint16Array(text.length + 1);
    let d = 0;
    for (let i = 0; i < text.length; i++) {
      depthArr[i] = d;
      if (text[i] === '(') d = Math.min(d + 1, 65535);
      else if (text[i] === ')') d = Math.max(0, d - 1);
    }
    depthArr[text.length] = d;
    depthText = text;
  }
  return depthArr[Math.min(pos, text.length)]!;
}

/** How many rests a sentence may name before the reader stops (a bound that keeps it linear). */
const MAX_RESTS = 8;

/** The count that opens a list in `text` before `limit`. */
function wholeIn(text: string, toks: readonly Tok[], limit: number): Whole | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start >= limit) return undefined;
    if (!plainCount(text, t)) continue;
    // A cut prefix starts with a NUL, so that '^' means the sentence start.
    const lead = t.start <= 40 ? text.slice(0, t.start) : `\u0000${text.slice(t.start - 40, t.start)}`;
    const of = /(?:^|[,;:])\s*(?:of|out\s+of)\s+(?:the\s+|these\s+|all\s+(?:the\s+)?|those\s+|its\s+|their\s+)?$/i.test(lead);
    // Up to the first separator after the count, with no other count before it.
    const rest = text.slice(t.end, Math.min(limit, t.end + 100));
    const sep = /^[^,;:.()]*?([,;:])/.exec(rest);
    if (!sep) {
      if (of) return undefined;
      continue;
    }
    const from = t.end + sep[0].length;
    // A figure that is no count ('within four years', 'in 2016') does not stand between the whole and its list.
    let k = i + 1;
    while (k < toks.length && toks[k]!.notCount && toks[k]!.start < from) k++;
    const between = toks[k] !== undefined && toks[k]!.start < from;
    if (between) continue;
    if (of) return { tok: t, from, strong: sep[1] === ',' || sep[1] === ':' };
    if (sep[1] === ':' || sep[1] === ';') return { tok: t, from, strong: true };
    // 'received 44,687 case files, 44,130 of them …': a population, then its parts.
    if (nounAfter(text, t.end)) return { tok: t, from, strong: false };
    return undefined;
  }
  return undefined;
}

/** The one count of the sentence two before, when it is larger than the part of the sentence between. */
function twoBack(s: SentenceView, part: Tok): { tok: Tok; text: string; offset: number } | undefined {
  const pp = s.previous && s.previous.length >= 2 ? s.previous[s.previous.length - 2]! : undefined;
  if (!pp) return undefined;
  const counts = pp.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length !== 1 || pp.toks.some((t) => t.kind !== 'num') || !plainCount(pp.text, counts[0]!) || counts[0]!.value <= part.value) return undefined;
  return { tok: counts[0]!, text: pp.text, offset: pp.offset };
}

/** The parts listed in [from, to) of a sentence: plain counts at the list's depth. Undefined when a figure there cannot be placed. */
function partsIn(text: string, toks: readonly Tok[], from: number, to: number): { parts: Tok[]; clean: boolean } | undefined {
  const base = depthAt(text, from);
  const parts: Tok[] = [];
  let clean = true;
  for (const t of toks) {
    if (t.start < from || t.start >= to) continue;
    if (t.kind !== 'num') {
      // A share or fraction of a part ('44,130 (99%) of them') is about that part, not another part.
      if (depthAt(text, t.start) > base) continue;
      return undefined;
    }
    if (t.notCount) continue;
    if (depthAt(text, t.start) > base) continue;
    if (!plainCount(text, t)) {
      clean = false;
      continue;
    }
    if (NOT_PART_AFTER.test(text.slice(t.end, t.end + 24))) return undefined;
    parts.push(t);
  }
  if (LOOSE.test(text.slice(from, to).replace(/\([^)]*\)/g, ' '))) clean = false;
  // Counts between dashes that make the part before them break it down ('803 … – seven excellent, 189 … and 607 good –').
  const dashed = dashBreakdowns(text, parts, from, to);
  return { parts: dashed.parts, clean: clean && !dashed.ambiguous };
}


function operand(role: Operand['role'], l: Located): Operand {
  const o: Operand = { role, value: l.tok.value, raw: l.tok.raw, span: { start: l.sentence.offset + l.tok.start, end: l.sentence.offset + l.tok.end } };
  if (l.tok.word) o.word = true;
  return o;
}

export function readRemainder(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const text = s.text;
  let rests = 0;
  for (let i = 0; i < s.toks.length && rests < MAX_RESTS; i++) {
    const rest = s.toks[i]!;
    if (rest.kind !== 'num' || rest.notCount || rest.value < 1) continue;
    const before = text.slice(Math.max(0, rest.start - 40), rest.start);
    const marked = REST_BEFORE.test(before) || (/\bthe\s+$/i.test(before) && REST_AFTER.test(text.slice(rest.end, rest.end + 20)));
    if (!marked) continue;
    if (!plainCount(text, rest) && !/\b(?:remaining|other|outstanding|rest|remainder|left|leaves|leaving)\s*\(?\s*$/i.test(before)) continue;
    rests++;
    const claim = readOne(s, rest);
    if (claim) out.push(...claim);
  }
  return out;
}

function readOne(s: SentenceView, rest: Tok): ClaimRecord[] | undefined {
  const text = s.text;
  const here = { text, offset: s.offset };
  const restAt: Located = { tok: rest, sentence: here };
  // The rest's marker starts here (for 'of the remaining seven, three …').
  const markStart = rest.start - (/(?:\bthe\s+(?:remaining|other|outstanding|rest|remainder)|\bleaving|\b(?:this|that|which|it)\s+(?:left|leaves))[^]*$/i.exec(text.slice(Math.max(0, rest.start - 40), rest.start))?.[0].length ?? 0);
  let whole: Located | undefined;
  let parts: Located[] = [];
  let strong = false;
  let clean = true;
  const w = wholeIn(text, s.toks, markStart);
  // A whole with no parts after it ('We published 39 on our website; the other five …') is a part of the sentence before's whole.
  const wp = w ? partsIn(text, s.toks, w.from, markStart) : undefined;
  if (w && !(wp && wp.parts.length === 0 && s.toks[0] === w.tok)) {
    const p = wp;
    if (!p) return undefined;
    whole = { tok: w.tok, sentence: here };
    parts = p.parts.map((tok) => ({ tok, sentence: here }));
    strong = w.strong;
    clean = p.clean;
    // 'Three of the five rated inadequate …; the other three …': the whole is the total of a pair, its
    // part the pair's count, and the rest is the rest of it (a partition, since the pair names both).
    const wi = s.toks.indexOf(w.tok);
    const pk = wi > 0 ? s.toks[wi - 1] : undefined;
    if (parts.length === 0 && pk && plainCount(text, pk) && /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$/i.test(text.slice(pk.end, w.tok.start)) && pk.value <= w.tok.value) {
      parts = [{ tok: pk, sentence: here }];
      strong = true;
    }
  } else {
    // The whole (and perhaps parts) in the sentence before: '39 forces were inspected. 20 were …';
    // 'Of the 22 orders, only 14 were completed. This left eight.'
    const prev: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
    if (!prev) return undefined;
    const lead = text.slice(0, markStart);
    const opens = REST_OPENS.test(text.slice(markStart));
    const prevCounts = prev.toks.filter((t) => plainCount(prev.text, t) && depthAt(prev.text, t.start) === 0);
    const pw = wholeIn(prev.text, prev.toks, prev.text.length);
    const there = { text: prev.text, offset: prev.offset };
    if (pw && (opens || lead.trim() === '')) {
      const p = partsIn(prev.text, prev.toks, pw.from, prev.text.length);
      if (!p || p.parts.length === 0) return undefined;
      const q = partsIn(text, s.toks, 0, markStart);
      if (!q) return undefined;
      whole = { tok: pw.tok, sentence: there };
      parts = [...p.parts.map((tok) => ({ tok, sentence: there })), ...q.parts.map((tok) => ({ tok, sentence: here }))];
      strong = pw.strong;
      clean = p.clean && q.clean;
    } else if (opens && lead.trim() === '' && prevCounts.length === 1 && prev.toks.length === 1 && twoBack(s, prevCounts[0]!)) {
      // 'We published 19 reports. In 13 of them … . The other six …': the whole two sentences back,
      // its one part in the sentence before, each the one count of its sentence.
      const pp = twoBack(s, prevCounts[0]!)!;
      whole = { tok: pp.tok, sentence: { text: pp.text, offset: pp.offset } };
      parts = [{ tok: prevCounts[0]!, sentence: there }];
      // Judged only when the part names the whole's group ('19 reports. 13 reports …'): a count of
      // another noun between them ('Inspectors spoke to 12 residents') may be no part at all.
      const partNoun = nounAfter(prev.text, prevCounts[0]!.end);
      const wholeNoun = nounAfter(pp.text, pp.tok.end);
      // The same noun, not merely a kindred one ('residents' and 'reports' both count cases).
      strong = partNoun !== undefined && wholeNoun !== undefined && partNoun.replace(/s$/, '') === wholeNoun.replace(/s$/, '');
    } else if (prevCounts.length === 1 && prev.toks.filter((t) => !t.notCount).length === 1) {
      // The one count of the sentence before (a year or date beside it is no count) is the whole; this
      // sentence lists its parts from its start, or after a short subject and verb ('They upheld 947, …').
      const q = partsIn(text, s.toks, 0, markStart);
      if (!q || q.parts.length === 0 || s.toks[0] !== q.parts[0]) return undefined;
      const first = q.parts[0]!;
      if (first.start > 4 && !LEAD.test(text.slice(0, first.start))) return undefined;
      whole = { tok: prevCounts[0]!, sentence: there };
      parts = q.parts.map((tok) => ({ tok, sentence: here }));
      // After a verb, the part must not name another group ('We interviewed 120 staff'): only then a partition.
      const wholeNoun = nounAfter(prev.text, whole.tok.end);
      const partNoun = nounAfter(text, first.end);
      strong = first.start <= 4 || !partNoun || sameGroup(wholeNoun, partNoun);
      clean = q.clean;
    } else return undefined;
  }
  if (!whole || parts.length === 0) return undefined;
  // 'Of the 40 children, 12 turned 18 … . … timely in five of these; in the remaining seven …':
  // a later part 'of these' is a part of the part before it, not another part of the whole.
  if (parts.some((p, i) => i > 0 && OF_BACK_AFTER.test(p.sentence.text.slice(p.tok.end, p.tok.end + 24)))) return undefined;
  // The rest must be of the same kind as the whole ('the remaining 312 files' of 'cases' may be; 'offices' of 'cases' may not).
  // Only a plural noun after the rest names its group ('the remaining 13 not achieved' names none; 'the
  // other 15 requires improvement' is a verb), and a mismatch only withholds the verdict.
  const restNoun = nounAfter(text, rest.end);
  const named = restNoun !== undefined && /[a-z]s$/.test(restNoun) && !/(?:ss|us|is)$/.test(restNoun) && !VERB_S.test(restNoun);
  const same = !named || sameGroup(nounAfter(whole.sentence.text, whole.tok.end), restNoun);
  const out: ClaimRecord[] = [sumClaim(whole, parts, restAt, strong && clean && same)];
  // 'of the remaining seven, three had …': a part of the rest.
  if (/\bof\s+the\s+(?:remaining|other)\s+$/i.test(text.slice(Math.max(0, rest.start - 24), rest.start))) {
    const next = s.toks[s.toks.indexOf(rest) + 1];
    if (next && plainCount(text, next) && /^\s*,\s*(?:only\s+|just\s+)?$/.test(text.slice(rest.end, next.start))) {
      const k = operand('k', { tok: next, sentence: here });
      const n = operand('n', restAt);
      const span = { start: s.offset + markStart, end: s.offset + next.end };
      if (next.value <= rest.value) out.push({ kind: 'count-of', span, operands: [k, n], verdict: 'ok', arithmetic: `${next.value} of the remaining ${rest.value} ✓` });
      else out.push({ kind: 'count-of', span, operands: [k, n], verdict: 'inconsistent', rule: RULE.impossible, arithmetic: `${next.value} of ${rest.value}: the part is larger than the whole`, message: `${next.value} of the remaining ${rest.value} is more than the whole` });
    }
  }
  return out;
}

function sumClaim(whole: Located, parts: Located[], rest: Located, partition: boolean): ClaimRecord {
  const operands: Operand[] = [operand('n', whole), ...parts.map((p) => operand('k', p)), operand('c', rest)];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const used = parts.reduce((a, p) => a + p.tok.value, 0);
  const sum = used + rest.tok.value;
  const expr = `${[...parts, rest].map((p) => p.tok.value).join(' + ')} = ${sum}`;
  if (sum === whole.tok.value) return { kind: 'remainder', span, operands, verdict: 'ok', arithmetic: `${expr} = ${whole.tok.raw} ✓` };
  if (!partition) return { kind: 'remainder', span, operands, verdict: 'unchecked', arithmetic: `${expr}, not ${whole.tok.raw} (the list may not be all of the whole: not judged)` };
  const left = whole.tok.value - used;
  const c: CountIn = { value: rest.tok.value, raw: rest.tok.raw, span: operands[operands.length - 1]!.span };
  if (rest.tok.word) c.word = true;
  const claim: ClaimRecord = {
    kind: 'remainder',
    span,
    operands,
    verdict: 'inconsistent',
    rule: RULE.complementMismatch,
    arithmetic: `${expr}, not ${whole.tok.raw}`,
    message: left > 0 ? `the rest of ${whole.tok.value} after ${parts.map((p) => p.tok.value).join(' + ')} is ${left}, not ${rest.tok.value}: ${whole.tok.value} − ${used} = ${left}` : `the parts and the rest make ${sum}, not ${whole.tok.raw}: ${expr}`,
  };
  if (left > 0) claim.replacement = { span: c.span, newText: countText(c, left) };
  return claim;
}
