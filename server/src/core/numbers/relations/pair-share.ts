/**
 * A percentage that restates a count pair a clause or a sentence before it (issue 9, families 1 and 5):
 *
 *   'Of the 200 plans we read, only 90 were of good quality – in other words, 45% of plans were good.'
 *   'A review of 120 care records found just 30 up to date. The share of up-to-date records has fallen
 *    from 40% to 25%.'
 *   'We examined 80 files and found 60 complete; 75% of the files were complete.'
 *
 * The pair is 'Of the n X …, k …', 'k of the n X …', or a look at n X that 'found' k ('a review of
 * 120 records found 30 …', 'we examined 80 files and found 60 …'). The share names the same X and
 * repeats a word of what the k are ('good', 'complete', 'standard'): 'P% of (the) X <words>', or
 * 'the share / proportion / percentage of <words> X … P%' (after 'from A% to', the latest figure).
 * A share of the same group may still be of another time or place: it is judged only when nothing in
 * its clause points elsewhere (a year, 'nationally', 'last year', 'compared with').
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare } from '../judge.js';
import { nounAfter, type Tok } from '../scan.js';
import { countOfTok, pctOfTok, plainCount, previousShare } from './common.js';
import { type SentenceView } from './index.js';

interface Pair {
  k: Tok;
  n: Tok;
  noun: string;
  /** The content words of what the k are. */
  words: Set<string>;
  text: string;
  offset: number;
  /** Where n's sentence starts, when n is in the sentence before k's. */
  nOffset?: number;
}

const OF_CLAUSE = /(?:^|[;:])\s*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
const OF_BETWEEN = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
const LOOK_BEFORE = /\b(?:(?:inspection|review|audit|examination|analysis|sample|survey|check|scrutiny)\s+of|examined|reviewed|looked\s+at|read|inspected|checked|audited|sampled|assessed|considered)\s+(?:the\s+|all\s+|a\s+sample\s+of\s+)?$/i;
const FOUND_BEFORE = /\b(?:found|showed|revealed|identified|judged|rated)\s+(?:that\s+)?(?:only\s+|just\s+|some\s+)?$/i;
/** A verb right after k: 'were complete', 'had a plan', 'met the standard'. */
const K_VERB = /^\s+(?:of\s+them\s+|of\s+these\s+)?(?:were|was|had|did|met|showed|held|contained|received|included|passed|failed|achieved)\b/i;
const STOP = new Set(
  'the and were was that with from have has had been their this these those they them for not are but only just some into than then also which who what when where there here its our all any each per cent percent of in on at to by as be is it or an a'.split(' '),
);
/** What points a share to another time, place or group. */
const ELSEWHERE = /\b(?:nationally|national|England|Wales|Scotland|average|compared|comparison|comparator|previous|previously|last\s+year|a\s+year\s+(?:earlier|ago|before)|earlier|benchmark|similar|other\s+(?:areas|prisons|forces|services|schools|providers))\b/i;

const singular = (w: string): string => w.toLowerCase().replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/[A-Za-z][a-z']+/g) ?? []) {
    const x = w.toLowerCase().replace(/'s$/, '');
    if (x.length >= 4 && !STOP.has(x)) out.add(x.replace(/(?:ed|s)$/, ''));
    else if (x.length === 3 && !STOP.has(x)) out.add(x);
  }
  return out;
}

/** What the k are: the words after k to the end of its clause. */
function predicate(text: string, k: Tok): Set<string> {
  const m = /^[^,;:.()\u2013\u2014]{0,80}/.exec(text.slice(k.end));
  return contentWords(m ? m[0] : '');
}

function pairsOf(text: string, toks: readonly Tok[], offset: number): Pair[] {
  const out: Pair[] = [];
  const counts = toks.filter((t) => t.kind === 'num' && plainCount(text, t));
  for (let i = 0; i + 1 < counts.length && out.length < 4; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    // Only these two counts between them: no other figure of any kind.
    if (toks.some((t) => t.start > a.end && t.end < b.start && !t.notCount)) continue;
    let k: Tok | undefined;
    let n: Tok | undefined;
    if (OF_CLAUSE.test(text.slice(Math.max(0, a.start - 20), a.start)) && /^[^;:()\d]*,\s*(?:(?:only|just|some)\s+)?$/i.test(text.slice(a.end, b.start))) [n, k] = [a, b];
    else if (OF_BETWEEN.test(text.slice(a.end, b.start)) && !/\b(?:all\s+but|except|not)\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) [k, n] = [a, b];
    else if (LOOK_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && FOUND_BEFORE.test(text.slice(Math.max(0, b.start - 30), b.start)) && !/[.;:]/.test(text.slice(a.end, b.start))) [n, k] = [a, b];
    // 'We reviewed 150 records; 90 were complete': the next clause opens with k and its verb.
    else if (LOOK_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) && /^[^.;:\d]*[;,:]\s*(?:and\s+)?(?:only\s+|just\s+|some\s+)?$/i.test(text.slice(a.end, b.start)) && K_VERB.test(text.slice(b.end, b.end + 20))) [n, k] = [a, b];
    if (!k || !n || k.value > n.value) continue;
    const noun = nounAfter(text, n.end);
    if (!noun) continue;
    out.push({ k, n, noun: singular(noun), words: predicate(text, k), text, offset });
  }
  return out;
}

/** The share's group and words: 'P% of (the) X <words>' or 'the share of <words> X … P%'. */
function shareOf(text: string, p: Tok): { noun: string; words: Set<string>; clause: string } | undefined {
  if (previousShare(text, p)) return undefined;
  const after = /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?((?:[A-Za-z][\w'-]*\s+){0,2}?)([A-Za-z][\w'-]*s)\b([^,;:.()\u2013\u2014]{0,80})/i.exec(text.slice(p.end, p.end + 140));
  if (after) {
    const clause = text.slice(p.start, p.end + after[0].length);
    // Only the words after the group say what is restated ('45% of plans were good'): words before its noun
    // name a part of the group ('65% of the community order cases'), whose share this is, not the pair's.
    return { noun: singular(after[2]!), words: contentWords(after[3]!), clause };
  }
  // 'the share of good replies has dropped from 25.7% to 18.8%', 'the proportion of complete files was 75%'
  const lead = text.slice(0, p.hedge ? p.hedge.start : p.start);
  const m = /\bthe\s+(?:share|proportion|percentage|rate)\s+of\s+((?:[A-Za-z][\w'-]*\s+){0,3}?)([A-Za-z][\w'-]*s)\s+(?:(?:has|had|have)\s+)?(?:[a-z]+\s+){0,3}?(?:from\s+\d[\d.]*\s*(?:%|per\s?cent)\s+to|to|at|was|is|stood\s+at|of)\s+(?:only\s+|just\s+)?$/i.exec(lead.slice(-180));
  if (!m) return undefined;
  return { noun: singular(m[2]!), words: contentWords(m[1]!), clause: m[0] };
}

function judgeOne(s: SentenceView, p: Tok, pairs: readonly Pair[], sameSentence: boolean): ClaimRecord | undefined {
  const sh = shareOf(s.text, p);
  if (!sh) return undefined;
  // The nearest pair of the same group whose k the share's words describe.
  const pair = [...pairs].reverse().find((x) => x.noun === sh.noun && [...sh.words].some((w) => x.words.has(w)));
  if (!pair) return undefined;
  if (sameSentence && pair.k.end > p.start) return undefined;
  const pin = pctOfTok(p, s.offset);
  if (p.hedge) pin.hedge = { kind: p.hedge.kind, raw: p.hedge.raw };
  const kIn = countOfTok(pair.k, pair.offset);
  const nIn = countOfTok(pair.n, pair.nOffset ?? pair.offset);
  const c = judgeShare({ kind: 'percent-of', span: sameSentence && pair.nOffset === undefined ? { start: pair.offset + Math.min(pair.k.start, pair.n.start), end: s.offset + p.end } : { start: s.offset + (p.hedge ? p.hedge.start : p.start), end: s.offset + p.end } }, pin, kIn, nIn, s.policy);
  if (c.verdict === 'ok') return c;
  // Reported only when nothing points the share elsewhere: no year or comparison in its sentence (for
  // 'from A% to B%' only its clause, which the latest figure closes).
  const scope = /\bfrom\s+\d[\d.]*\s*(?:%|per\s?cent)\s+to\s+$/i.test(s.text.slice(Math.max(0, p.start - 40), p.start)) ? sh.clause : s.text;
  const yearIn = s.toks.some((t) => t.type === 'year' && scope.includes(t.raw) && !/\bsince\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, t.start - 12), t.start)));
  if (ELSEWHERE.test(scope) || yearIn) return undefined;
  return c;
}

export function readPairShare(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length === 0) return out;
  const here = pairsOf(s.text, s.toks, s.offset);
  const cross = crossPair(s);
  if (cross) here.unshift(cross);
  const prev = s.previous?.[s.previous.length - 1];
  const before = prev ? pairsOf(prev.text, prev.toks, prev.offset) : [];
  for (const p of pcts) {
    const c = (here.length ? judgeOne(s, p, here, true) : undefined) ?? (before.length && !here.length ? judgeOne(s, p, before, false) : undefined);
    if (c) out.push(c);
  }
  return out;
}

/** 'We reviewed 150 records. Only 90 were complete …': n alone in the sentence before, k opening this one. */
function crossPair(s: SentenceView): Pair | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return undefined;
  const ns = prev.toks.filter((t) => !t.notCount);
  const n = ns[0];
  if (ns.length !== 1 || !n || n.kind !== 'num' || !plainCount(prev.text, n) || !LOOK_BEFORE.test(prev.text.slice(Math.max(0, n.start - 40), n.start))) return undefined;
  const k = s.toks.find((t) => !t.notCount);
  if (!k || k.kind !== 'num' || !plainCount(s.text, k) || k.value > n.value) return undefined;
  if (!/^\s*(?:(?:Only|Just|Some|Of\s+these,|Of\s+them,)\s+)?$/i.test(s.text.slice(0, k.start)) || !K_VERB.test(s.text.slice(k.end, k.end + 20))) return undefined;
  const noun = nounAfter(prev.text, n.end);
  if (!noun) return undefined;
  return { k, n, noun: singular(noun), words: predicate(s.text, k), text: s.text, offset: s.offset, nOffset: prev.offset };
}
