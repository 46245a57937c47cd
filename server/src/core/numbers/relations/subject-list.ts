/**
 * A whole counted in one sentence and split in the next by who did each case, the verb written once and left
 * out after the first subject: 'The rota set out 1,240 shifts, and every one of them was filled. Permanent
 * staff covered 1,032, bank staff 146 and agency nurses 52.' Each case is done by one of the subjects only
 * when the verb is one of making, filling or doing a case once (SUBJECT_VERBS: a shift is covered by one
 * person, a response completed by one respondent; an incident may be attended by several crews), and no
 * word of the sentence says some were done together. An excess is reported; a shortfall only when the
 * sentence of the whole says every case was done ('every one of them was filled', 'all of them'), since
 * the subjects need not be all who did them.
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount } from './common.js';
import { sumClaim } from './parts-sum.js';
import type { SentenceView } from './index.js';

/** Verbs of making, filling or doing a case once, in the past. */
const SUBJECT_VERBS = /^(?:carried\s+out|covered|filled|worked|staffed|completed|returned|submitted|made|raised|lodged|brought|sent|issued|answered|handled|ran|led|delivered|wrote|signed|took)$/i;
/** A subject of one to four words, a capital or lower case noun phrase with no figure ('Permanent staff', 'the day team'). */
const SUBJECT = String.raw`(?:the\s+)?[A-Za-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?`;
/** The first part: its subject, the verb and the count, opening the sentence. */
const FIRST = new RegExp(String.raw`^\s*(${SUBJECT})\s+([a-z]+(?:\s+out)?)\s+$`);
/** A later part: ', bank staff ', ' and agency nurses ' before its count. */
const LATER = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(${SUBJECT})\s+$`);
/** Words that say cases were shared or counted twice. */
const OVERLAP = /\b(?:together|jointly|joint|both|between\s+them|shared|some\s+(?:by|with)\s+more|more\s+than\s+one|also|as\s+well)\b/i;
/** The whole's sentence says every case was done: 'and every one of them was filled', 'all of them were'. */
const EVERY = /\b(?:every\s+one\s+of\s+(?:them|these|those)|all\s+of\s+(?:them|these|those)|each\s+of\s+(?:them|these|those)|every\s+(?:one|single\s+one))\b/i;

export function readSubjectList(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const text = s.text;
  const toks = s.toks;
  if (toks.length < 3 || !toks.every((t) => t.kind === 'num' && plainCount(text, t) && depthAt(text, t.start) === 0)) return [];
  const first = FIRST.exec(text.slice(0, toks[0]!.start));
  if (!first || !SUBJECT_VERBS.test(first[2]!) || /^(?:there|it|they|we|this|these|those|which)$/i.test(first[1]!.split(/\s+/)[0]!)) return [];
  for (let i = 1; i < toks.length; i++) if (!LATER.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) return [];
  // Nothing after the last count but the full stop.
  if (!/^\s*[.!]?\s*$/.test(text.slice(toks[toks.length - 1]!.end))) return [];
  if (OVERLAP.test(text)) return [];
  // The whole: the one count of the sentence before, a plain count of a plural noun at the top level.
  const pc = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (pc.length !== 1 || prev.toks.some((t) => t.kind !== 'num')) return [];
  const whole: Tok = pc[0]!;
  if (!plainCount(prev.text, whole) || depthAt(prev.text, whole.start) > 0 || whole.value <= toks.reduce((m, t) => Math.max(m, t.value), 0)) return [];
  if (!/^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\b/i.test(prev.text.slice(whole.end, whole.end + 60))) return [];
  if (OVERLAP.test(prev.text)) return [];
  const sum = toks.reduce((a, t) => a + t.value, 0);
  const every = EVERY.test(prev.text.slice(whole.end)) || /\ball\s+$/i.test(prev.text.slice(0, whole.start));
  const c = sumClaim(s, whole, toks, sum > whole.value || every);
  c.operands[0]!.span = { start: prev.offset + whole.start, end: prev.offset + whole.end };
  c.span = { start: c.operands[0]!.span.start, end: s.offset + toks[toks.length - 1]!.end };
  return [c];
}
