/**
 * A word share of a stated total, restated by a count with no share of its own
 * (issue 9, the hedge family). Each is judged only when it fits: the count may
 * be of a narrower group than the word share, so a misfit is left unchecked.
 *
 *   'Fewer than half of the 48 homes were compliant: just 22 met that bar.'  (a colon, then the count)
 *   'Almost half of the 52 homes were judged good. The 24 homes given that judgement …' (the next sentence)
 *   'Of the 131 providers, 62 (47%) were rated inadequate overall, just under half.' (a hedge closing the clause of a counted part)
 *   'More than three quarters of councils are not giving a good service. Only 10 of the 43 councils were good.' (the rest of a count)
 *   'inadequate in 38 percent of a sample of nearly 600 cases. Of the 576 cases, … 220 inadequate.' (a rough total made exact)
 *   '… nine were judged poor and forty others adequate. More than two-thirds of councils were good or excellent.' (the rest after graded parts)
 *
 * The claim's operands are the word share, k and n; the interval is the word
 * share's (`intervalOf`, share-beside.ts).
 */
import type { ClaimRecord, Operand } from '../claim.js';
import { judgeInterval, judgeShare } from '../judge.js';
import { countOfTok, pctOfTok, builtRegExp } from './common.js';
import { firstTokFrom, sameGroup, type Tok } from '../scan.js';
import { at, type SentenceView } from './index.js';
import { populationsOf } from './population.js';
import { intervalOf, shareOperand } from './share-beside.js';
import { groupNoun, isCountTok, pairsOf, sharesOf, tokAt, type ShareFig } from './shares.js';

/** 'of the 48 nursing homes', 'of all 52': the total right after a word share. */
const OF_TOTAL = /^\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?/i;
/** The count opening what follows a colon: '…: just 22 met that bar'. */
const COLON_LEAD = /^:\s*(?:just\s+|only\s+|exactly\s+|in\s+all,?\s+)?$/i;
/** A verb after the count, or the total's own noun. */
const VERB_AFTER = /^\s+(?:were|was|had|have|has|are|is|did|met|got|received|achieved|passed|failed|reached|said|felt|told|thought|knew|[a-z]{3,}ed|in\s+all|in\s+total|altogether)\b/i;
/** A reference back to the word share's predicate: 'given that judgement', 'so rated', 'in that group'. */
const BACK_REF = /\b(?:(?:that|this|the\s+same|such\s+a)\s+(?:judgement|judgment|grade|rating|standard|bar|outcome|category|verdict|group|level)|so\s+(?:judged|rated|graded|assessed)|(?:done|did)\s+so|these|those)\b/i;
/** '… of local authorities are not giving …': the share is of those that are not. */
const NOT_AFTER = /^\s+of\s+(?:the\s+)?(?:[A-Za-z][\w'-]*\s+){1,4}?(?:are|were|is|was|do|did|have|had)\s+not\s+([^.;:]{3,120})/i;

interface Side {
  view: SentenceView;
  tok: Tok;
}

/** The word shares of a sentence that a count may restate: fractions, ratios, hedged percentages, quantifiers. */
function wordShares(s: SentenceView): ShareFig[] {
  return sharesOf(s, { quantifiers: true }).filter((f) => (f.type === 'pct' ? !!f.tok.hedge : true));
}

function countOperand(side: Side, role: 'k' | 'n', value = side.tok.value, raw = side.tok.raw): Operand {
  const o: Operand = { role, value, raw, span: at(side.view, side.tok.start, side.tok.end) };
  if (side.tok.word) o.word = true;
  return o;
}

/** f of n restated as k of n (or as n − k of n): kept only when it fits. */
function judged(fs: SentenceView, f: ShareFig, k: Side, n: Side, span: { start: number; end: number }, rest = false): ClaimRecord | undefined {
  const iv = intervalOf(f);
  if (!iv) return undefined;
  const so = shareOperand(fs, f);
  const operands: Operand[] = so ? [so] : [];
  operands.push(countOperand(k, 'k'), countOperand(n, 'n'));
  const part = rest ? n.tok.value - k.tok.value : k.tok.value;
  if (part < 0) return undefined;
  const kind = f.type === 'quantifier' ? 'quantifier' : f.type === 'frac' && f.ratio ? 'ratio' : f.type === 'frac' ? 'fraction' : 'hedge';
  const c = judgeInterval({ kind, span }, operands, iv.interval, iv.said, part, n.tok.value, iv.rule, { qualifier: iv.said });
  if (c.verdict !== 'ok') return undefined;
  if (rest) c.arithmetic = `${n.tok.value} − ${k.tok.value} = ${part}; ${c.arithmetic}`;
  return c;
}

/** The count the word share is of: 'of the 48 homes' right after it. */
function totalAfter(s: SentenceView, f: ShareFig): Tok | undefined {
  const m = OF_TOTAL.exec(s.text.slice(f.end, f.end + 24));
  if (!m) return undefined;
  const t = tokAt(s.toks, f.end + m[0].length);
  return isCountTok(s, t) && t.value >= 2 && groupNoun(s.text, t.end) ? t : undefined;
}

/** '…of the 48 homes … were compliant: just 22 met that bar'. */
function colon(s: SentenceView, f: ShareFig, n: Tok): ClaimRecord | undefined {
  const c = s.text.indexOf(':', n.end);
  if (c < 0 || c - n.end > 200 || /[;()]/.test(s.text.slice(n.end, c))) return undefined;
  const i = firstTokFrom(s.toks, n.end);
  let k: Tok | undefined;
  for (let j = i; j < s.toks.length; j++) {
    const t = s.toks[j]!;
    if (t.start < c) {
      if (t.kind !== 'num' || !t.notCount) return undefined;
      continue;
    }
    k = t;
    break;
  }
  if (!k || !isCountTok(s, k) || !COLON_LEAD.test(s.text.slice(c, k.start))) return undefined;
  const rest = s.text.slice(k.end, k.end + 30);
  const kNoun = groupNoun(s.text, k.end);
  if (!VERB_AFTER.test(rest) && !(kNoun && sameGroup(kNoun, groupNoun(s.text, n.end)))) return undefined;
  if (/^\s+(?:of|out\s+of)\b/i.test(rest)) return undefined;
  return judged(s, f, { view: s, tok: k }, { view: s, tok: n }, at(s, f.start, k.end));
}

/** 'Almost half of the 52 homes were judged good. The 24 homes given that judgement …'. */
function nextSentence(s: SentenceView): ClaimRecord[] {
  const p = s.previous?.[s.previous.length - 1];
  if (!p) return [];
  const k = s.toks.find((t) => t.kind === 'num' && !t.notCount);
  if (!k || !isCountTok(s, k) || !/^\s*(?:(?:the|these|those|all|all\s+the)\s+)?$/i.test(s.text.slice(0, k.start))) return [];
  if (!BACK_REF.test(s.text.slice(k.end, k.end + 80))) return [];
  const pv: SentenceView = { text: p.text, toks: p.toks, offset: p.offset, policy: s.policy };
  if (s.quantifierBands) pv.quantifierBands = s.quantifierBands;
  const out: ClaimRecord[] = [];
  for (const f of wordShares(pv)) {
    const n = totalAfter(pv, f);
    if (!n || !sameGroup(groupNoun(s.text, k.end), groupNoun(pv.text, n.end))) continue;
    const c = judged(pv, f, { view: s, tok: k }, { view: pv, tok: n }, { start: p.offset + f.start, end: s.offset + k.end });
    if (c) out.push(c);
  }
  return out;
}

/** 'Of the 131 providers, 62 (47%) were rated … overall, just under half.': the hedge closes the part's clause. */
function closing(s: SentenceView, f: ShareFig): ClaimRecord | undefined {
  if (!/,\s*$/.test(s.text.slice(Math.max(0, f.start - 3), f.start)) || !/^\s*(?:[.;]|$)/.test(s.text.slice(f.end, f.end + 3))) return undefined;
  // The part: 'k (P%)', the first count after a frame's comma, its clause unbroken up to the hedge.
  const frame = populationsOf(s).find((p) => p.how === 'frame' && p.tok.end < f.start);
  if (!frame) return undefined;
  const comma = s.text.indexOf(',', frame.tok.end);
  if (comma < 0 || comma > f.start) return undefined;
  const i = firstTokFrom(s.toks, comma);
  const k = s.toks[i];
  if (!k || !isCountTok(s, k) || !/^,\s*(?:only\s+|just\s+)?$/i.test(s.text.slice(comma, k.start))) return undefined;
  const between = s.toks.filter((t) => t.start > k.end && t.end <= f.start && !(t.kind === 'num' && t.notCount));
  if (between.length > 1 || (between.length === 1 && !(between[0]!.kind === 'pct' && /^\s*\(\s*$/.test(s.text.slice(k.end, between[0]!.start))))) return undefined;
  if (/[;:()\u2013\u2014]/.test(s.text.slice(between.length ? between[0]!.end + 1 : k.end, f.start))) return undefined;
  return judged(s, f, { view: s, tok: k }, { view: s, tok: frame.tok }, at(s, frame.tok.start, f.end));
}

/** 'More than three quarters of councils are not giving a good service. Only 10 of the 43 … were good.' */
function restOf(s: SentenceView): ClaimRecord[] {
  const p = s.previous?.[s.previous.length - 1];
  // Cheap tests first: a pair here, a negation there.
  if (!p || !/\bnot\b/i.test(p.text) || pairsOf(s).length === 0) return [];
  const pv: SentenceView = { text: p.text, toks: p.toks, offset: p.offset, policy: s.policy };
  if (s.quantifierBands) pv.quantifierBands = s.quantifierBands;
  const out: ClaimRecord[] = [];
  for (const f of wordShares(pv)) {
    const m = NOT_AFTER.exec(pv.text.slice(f.end, f.end + 200));
    if (!m) continue;
    const said = new Set(m[1]!.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    for (const a of pairsOf(s)) {
      if (!a.kTok || !a.nTok || a.kTok.value > a.nTok.value) continue;
      // The pair's predicate names a word of what the share is not: '… were good' against 'not giving … a good …'.
      const pred = /^[^.;:]{0,80}?\b(?:were|was|are|is)\s+(?:judged\s+|rated\s+|graded\s+)?([a-z]{4,})\b/i.exec(s.text.slice(a.nTok.end, a.nTok.end + 100));
      if (!pred || !said.has(pred[1]!.toLowerCase())) continue;
      const c = judged(pv, f, { view: s, tok: a.kTok }, { view: s, tok: a.nTok }, { start: p.offset + f.start, end: s.offset + a.nTok.end }, true);
      if (c) out.push(c);
    }
  }
  return out;
}

/** 'P% of a sample of nearly 600 cases': a share of a total given roughly. */
const ROUGH_TOTAL = /^\s+of\s+(?:a\s+(?:sample|total)\s+of\s+)?(?:nearly|almost|about|around|approximately|roughly|some|just\s+under|just\s+over)\s+$/i;

/**
 * 'The response was inadequate in 38 percent of a sample of nearly 600 cases. Of the 576 cases examined,
 * … 220 inadequate.': the share of a total given roughly, restated by the exact count of the next
 * sentence's frame, tied by the word the part is said with ('inadequate'). Judged only when it fits.
 */
function roughSample(s: SentenceView): ClaimRecord[] {
  const p = s.previous?.[s.previous.length - 1];
  if (!p) return [];
  const frame = populationsOf(s).find((x) => x.how === 'frame');
  if (!frame) return [];
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < p.toks.length; i++) {
    const pt = p.toks[i]!;
    const nt = p.toks[i + 1]!;
    if (pt.kind !== 'pct' || pt.hedge || nt.kind !== 'num' || nt.notCount || !ROUGH_TOTAL.test(p.text.slice(pt.end, nt.start))) continue;
    // The exact total is within a tenth of the rough one, of the same noun.
    if (Math.abs(frame.n.value - nt.value) * 10 > nt.value || !sameGroup(groupNoun(p.text, nt.end), frame.noun) || !groupNoun(p.text, nt.end)) continue;
    // The word said of the share, just before it ('inadequate in 38 percent'), names one count of the frame ('220 inadequate').
    const w = /([A-Za-z]{4,})\s+(?:in|for|at)\s+$/i.exec(p.text.slice(Math.max(0, pt.start - 30), pt.start))?.[1]?.toLowerCase();
    if (!w) continue;
    const ks = s.toks.filter((t) => t.start > frame.tok.end && isCountTok(s, t) && builtRegExp(String.raw`^\s+(?:were\s+|was\s+|rated\s+|judged\s+)?${w}\b`, 'i').test(s.text.slice(t.end, t.end + 30)));
    if (ks.length !== 1) continue;
    const k = ks[0]!;
    const c = judgeShare({ kind: 'percent-of', span: { start: p.offset + pt.start, end: s.offset + k.end } }, pctOfTok(pt, p.offset), countOfTok(k, s.offset), countOfTok(frame.tok, s.offset), s.policy, [
      { span: at(s, frame.tok.start, frame.tok.end), message: `the exact total, ${frame.tok.raw}, of the sample given roughly before (${nt.raw}) (a reading that holds; not reported otherwise)` },
    ]);
    if (c.verdict === 'ok') out.push(c);
  }
  return out;
}

const GRADE_WORD = /\b(?:excellent|outstanding|good|adequate|satisfactory|unsatisfactory|poor|inadequate|weak|strong|effective|ineffective|requires?\s+improvement)\b/i;
/** A word share opening its sentence: 'More than two-thirds of councils …'. */
const OPENING_SHARE = /^\s*$/;
/** Words that say nothing of a grade. */
const FILLER = new Set(['were', 'was', 'have', 'been', 'rated', 'judged', 'found', 'given', 'only', 'with', 'that', 'this', 'their', 'they', 'from', 'into', 'services', 'service', 'others', 'other', 'further']);
const contentWords = (t: string): Set<string> => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !FILLER.has(w)));

/**
 * 'In the ratings of the 152 councils, services in nine were judged poor and forty others were rated
 * adequate. More than two-thirds of councils delivered excellent or good services.': a word share of the
 * frame's group that names other grades than the parts counted before is a share of the rest (152 − 9 − 40).
 * Judged only when it fits (the parts may overlap, or leave out a grade the share does not name).
 */
function restAfterParts(s: SentenceView): ClaimRecord[] {
  const p = s.previous?.[s.previous.length - 1];
  if (!p) return [];
  const f = wordShares(s).find((x) => OPENING_SHARE.test(s.text.slice(0, x.start)));
  if (!f || f.type === 'pct') return [];
  const of = /^\s+of\s+(?:all\s+)?(?:the\s+)?([A-Za-z][\w'-]*)\s+([^.;:]{3,120})/i.exec(s.text.slice(f.end, f.end + 160));
  if (!of || s.toks.some((t) => t.kind === 'num' && !t.notCount)) return [];
  const pv: SentenceView = { text: p.text, toks: p.toks, offset: p.offset, policy: s.policy };
  const frame = populationsOf(pv).find((x) => x.how === 'frame') ?? framedBy(pv);
  if (!frame || !frame.noun || !sameGroup(frame.noun, of[1]!)) return [];
  const comma = pv.text.indexOf(',', frame.tok.end);
  if (comma < 0) return [];
  const parts = pv.toks.filter((t) => t.start > comma && t.kind === 'num' && !t.notCount);
  if (parts.length < 1 || parts.length > 6 || parts.some((t) => !isCountTok(pv, t))) return [];
  const sum = parts.reduce((a, t) => a + t.value, 0);
  if (sum > frame.tok.value) return [];
  // Grades: each part is rated or judged, and the share names a grade.
  const clauses = parts.map((t, i) => pv.text.slice(t.end, parts[i + 1]?.start ?? pv.text.length));
  if (!clauses.every((c) => /\b(?:rated|judged|graded|assessed|found)\b/i.test(c)) || !GRADE_WORD.test(of[2]!)) return [];
  // The share names other words than the parts' clauses.
  const said = contentWords(of[2]!);
  const before = contentWords(pv.text.slice(comma));
  if (said.size === 0 || [...said].some((w) => before.has(w))) return [];
  const iv = intervalOf(f);
  if (!iv) return [];
  const so = shareOperand(s, f);
  const operands: Operand[] = so ? [so] : [];
  operands.push({ role: 'n', value: frame.tok.value, raw: frame.tok.raw, span: at(pv, frame.tok.start, frame.tok.end) });
  for (const t of parts) operands.push({ role: 'c', value: t.value, raw: t.raw, span: at(pv, t.start, t.end) });
  const rest = frame.tok.value - sum;
  const kind = f.type === 'quantifier' ? 'quantifier' : f.type === 'frac' && f.ratio ? 'ratio' : 'fraction';
  const c = judgeInterval({ kind, span: at(s, f.start, f.end) }, operands, iv.interval, iv.said, rest, frame.tok.value, iv.rule, { qualifier: iv.said });
  if (c.verdict !== 'ok') return [];
  c.arithmetic = `${frame.tok.value} − ${parts.map((t) => t.value).join(' − ')} = ${rest}; ${c.arithmetic}`;
  return [c];
}

/** 'In the annual ratings of the 152 councils in England, …': a frame led by a noun phrase. */
function framedBy(s: SentenceView): { tok: Tok; noun?: string } | undefined {
  const n = s.toks.find((t) => t.kind === 'num' && !t.notCount);
  if (!n || !isCountTok(s, n) || !/^\s*(?:in|across|during|from|among)\s+(?:the\s+)?(?:[A-Za-z][\w'-]*\s+){1,4}of\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(s.text.slice(0, n.start))) return undefined;
  const noun = groupNoun(s.text, n.end);
  return noun ? { tok: n, noun } : undefined;
}


export function readHedgeCount(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (s.toks.length >= 1) {
    for (const f of wordShares(s)) {
      const n = totalAfter(s, f);
      const c = n ? colon(s, f, n) : closing(s, f);
      if (c) out.push(c);
    }
  }
  out.push(...nextSentence(s), ...restOf(s), ...roughSample(s), ...restAfterParts(s));
  return out;
}
