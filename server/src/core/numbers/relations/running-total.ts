/**
 * A running total carried on by an addition: 'Forty-four recommendations had been discharged by June.
 * Another 13 were signed off by the end of September, taking the number discharged to 55.' (44 + 13 = 57,
 * not 55); 'recorded 44 recommendations as discharged. … signed off a further 11 as complete, which brings
 * the number discharged to 55' (44 + 11 = 55).
 *
 * The addition is a count written as one ('another 13', 'a further 11', 'two more'); the new total follows
 * 'bringing', 'taking' or 'raising' 'the number … to', 'which brings the total to'. The earlier level is the one
 * count before the addition in its sentence, or else the one count of the sentence before. The total is judged
 * only when it names what the earlier count counts (a word of the phrase after 'the number', 'discharged', is a
 * word of the earlier count's clause) and the earlier count is a level reached ('had been discharged by June',
 * 'recorded … as discharged', 'so far', 'to date'), not a flow of a period ('recruited in 2023': the total may
 * hold cases from before it). Otherwise a total that fits is confirmed and one that does not is left
 * unresolved. A total 'in all' after an addition that opens its sentence, '… 1,333 new complaints. A further 334
 * were re-presented, so that 1,677 cases came to us in all.', is the sum of the two (`inAllAfterFurther`).
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import type { PreviousSentence, SentenceView } from './index.js';
import { sumClaim } from './parts-sum.js';

/** Before the new total: 'taking the number discharged to', ', which brings the total to', 'raising it to'. */
const BRINGING = /\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised)\s+(?:the\s+(?:total|number|count|tally)\b([^.;:()\d]{0,60}?)|(?:it|them|this|these)\s+)to\s+(?:a\s+total\s+of\s+)?$/i;
/** A count written as an addition: 'two more', 'another six', 'a further 12'. */
const MORE_AFTER = /^\s+(?:more|extra|additional|further)\b/i;
const MORE_BEFORE = /\b(?:a\s+further|another|an\s+extra|an\s+additional)\s+$/i;
/** A level reached, not a flow: 'had been discharged by June', 'recorded … as discharged', 'so far', 'to date'. */
const LEVEL = /\b(?:had|have|has)\s+(?:already\s+)?been\b|\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Z]|\d)|\bso\s+far\b|\bto\s+date\b|\balready\b|\brecorded\b[^.;]{0,60}\bas\b|\bat\s+the\s+(?:end|start|time)\b/;
/** A flow of a period after the earlier count: 'in 2023', 'during the year', 'last year', 'this month'. */
const FLOW = /\b(?:in|during|over|throughout)\s+(?:the\s+)?(?:\d{4}|year|month|quarter|period|week|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:last|this|that|each|every|per)\s+(?:year|month|quarter|week)\b/i;
/** Words that say nothing of what is counted. */
const STOP = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'at', 'by', 'that', 'which', 'now', 'so', 'far', 'overall', 'all', 'total', 'number', 'its', 'their', 'our']);

const stem = (w: string) => w.toLowerCase().replace(/(?:ies|es|s)$/, '');

/** The clause of a count: from the clause break before it to the one after it. */
function clauseOf(text: string, t: Tok): string {
  const start = Math.max(text.lastIndexOf(';', t.start), text.lastIndexOf(':', t.start)) + 1;
  const ends = [text.indexOf(';', t.end), text.indexOf(':', t.end)].filter((x) => x >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/** Before a total of everything counted so far: ', so that', ', making', ', giving' ('…, so that 1,677 cases came to us in all'). */
const IN_ALL_LEAD = /,\s*(?:so\s+that|making|giving)\s+(?:a\s+total\s+of\s+)?$/i;
/** After it, closing its clause: its noun and verb, then 'in all', 'in total', 'altogether'. */
const IN_ALL_AFTER = /^(?:\s+[a-z][\w'-]*){0,5}?\s+(?:in\s+(?:all|total)|altogether|all\s+told)\s*(?:[.;!?)]|$)/i;
/** A sentence that opens by adding to the count before: 'A further 334 …', 'Another 13 …'. */
const FURTHER_OPEN = /^\s*(?:a\s+further|another)\s+$/i;

/**
 * 'The office received 1,333 new complaints in the year. A further 334 were re-presented, so that 1,677 cases
 * came to us in all.': the one count of the sentence before, the addition that opens this sentence, and a total
 * 'in all' after it: the words make it their sum (1,333 + 334 = 1,667, not 1,677).
 */
function inAllAfterFurther(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  const counts = s.toks.filter((t) => t.kind !== 'num' || !t.notCount);
  if (!prev || counts.length !== 2) return [];
  const [k, n] = counts as [Tok, Tok];
  if (!plainCount(s.text, k) || !plainCount(s.text, n) || !FURTHER_OPEN.test(s.text.slice(0, k.start))) return [];
  if (!IN_ALL_LEAD.test(s.text.slice(Math.max(0, n.start - 30), n.start)) || !IN_ALL_AFTER.test(s.text.slice(n.end, n.end + 80))) return [];
  if (/[;:]/.test(s.text.slice(k.end, n.start))) return [];
  const earlier = prev.toks.filter((t) => t.kind !== 'num' || !t.notCount);
  if (earlier.length !== 1 || !plainCount(prev.text, earlier[0]!) || earlier[0]!.value > n.value) return [];
  const e = earlier[0]!;
  const c = sumClaim(s, n, [e, k], true);
  c.operands[1]!.span = { start: prev.offset + e.start, end: prev.offset + e.end };
  c.span = { start: c.operands[1]!.span.start, end: c.span.end };
  return [c];
}

/** 'those 237 schools', 'these 55 cases', 'all of those 237 schools': a count that points back to groups just counted. */
const THOSE_BEFORE = /\b(?:those|these)\s+$/i;

/**
 * 'Ninety-seven schools are in the most serious category and another 130 have growing deficits … . Specialist
 * staff will work with each of those 237 schools.': the two groups of the sentence before, the second added by
 * 'another' or 'a further', named together by 'those N' and the first group's noun in the next sentence (97 +
 * 130 = 227, not 237). Judged only when the sentence before has just those two counts and 'those N' its one count.
 */
function thoseTogether(s: SentenceView): ClaimRecord[] {
  const n = s.toks.find((t) => plainCount(s.text, t) && THOSE_BEFORE.test(s.text.slice(Math.max(0, t.start - 8), t.start)));
  if (!n) return [];
  // The two groups before it in its own sentence ('97 schools …; another 130 …, and … each of those 227 schools'),
  // or, with no other count here, the sentence before's.
  const before = s.toks.filter((t) => t.end <= n.start && t.kind === 'num' && !t.notCount);
  const prev0 = s.previous?.[s.previous.length - 1];
  const prev = before.length > 0 ? { text: s.text, toks: before, offset: s.offset } : prev0;
  if (!prev || s.toks.some((t) => t !== n && t.kind === 'num' && !t.notCount && (before.length === 0 || t.start > n.start))) return [];
  const pc = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (pc.length !== 2 || !pc.every((t) => plainCount(prev.text, t))) return [];
  const [e, k] = pc as [Tok, Tok];
  if (!MORE_BEFORE.test(prev.text.slice(Math.max(0, k.start - 16), k.start)) || Math.max(e.value, k.value) >= n.value) return [];
  const noun = /^\s+([a-z][a-z-]*s)\b/i.exec(s.text.slice(n.end, n.end + 30))?.[1]?.toLowerCase();
  const firstNoun = /^\s+([a-z][a-z-]*s)\b/i.exec(prev.text.slice(e.end, e.end + 30))?.[1]?.toLowerCase();
  if (!noun || noun !== firstNoun) return [];
  const c = sumClaim(s, n, [e, k], true);
  for (const o of c.operands.slice(1)) o.span = { start: prev.offset + (o === c.operands[1] ? e : k).start, end: prev.offset + (o === c.operands[1] ? e : k).end };
  c.span = { start: c.operands[1]!.span.start, end: c.span.end };
  return [c];
}

export function readRunningTotal(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [...inAllAfterFurther(s), ...thoseTogether(s)];
  for (let i = 1; i < s.toks.length; i++) {
    const n = s.toks[i]!;
    if (!plainCount(s.text, n)) continue;
    const m = BRINGING.exec(s.text.slice(Math.max(0, n.start - 100), n.start));
    if (!m) continue;
    // The addition: the count just before the total, written as one, in the same clause.
    const k = s.toks[i - 1]!;
    if (!plainCount(s.text, k) || /[.;:]/.test(s.text.slice(k.end, n.start))) continue;
    if (!MORE_AFTER.test(s.text.slice(k.end, k.end + 14)) && !MORE_BEFORE.test(s.text.slice(Math.max(0, k.start - 16), k.start))) continue;
    // The earlier level: the one count before the addition in its sentence, or the one count of the sentence before.
    const here = s.toks.slice(0, i - 1).filter((t) => t.kind !== 'num' || !t.notCount);
    const prev: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
    let view: { text: string; toks: readonly Tok[]; offset: number };
    let earlier: Tok[];
    if (here.length > 0) {
      view = s;
      earlier = here;
    } else {
      if (!prev) continue;
      view = prev;
      earlier = prev.toks.filter((t) => t.kind !== 'num' || !t.notCount);
    }
    if (earlier.length !== 1 || !plainCount(view.text, earlier[0]!)) continue;
    const e = earlier[0]!;
    // ('44 … . Another 13 …, taking the number to 40': an earlier level above the new total is no level of it.)
    if (e.value > n.value) continue;
    const clause = clauseOf(view.text, e);
    const named = (m[1] ?? '').toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 2 && !STOP.has(w));
    const clauseWords = new Set(clause.toLowerCase().split(/[^a-z-]+/).filter(Boolean).map(stem));
    const tied = named.length > 0 && named.some((w) => clauseWords.has(stem(w)));
    const level = LEVEL.test(view === s ? s.text.slice(0, k.start) : clause) && !FLOW.test(view === s ? s.text.slice(e.end, k.start) : clause.slice(clause.indexOf(e.raw) + e.raw.length));
    const c = sumClaim(s, n, [e, k], tied && level);
    // The earlier count stands in its own sentence: its span there.
    if (view !== s) {
      c.operands[1]!.span = { start: view.offset + e.start, end: view.offset + e.end };
      c.span = { start: c.operands[1]!.span.start, end: c.span.end };
    }
    if (c.verdict === 'unchecked' && !tied) continue;
    out.push(c);
  }
  return out;
}
