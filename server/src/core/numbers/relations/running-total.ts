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
 * unresolved.
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

export function readRunningTotal(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
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
