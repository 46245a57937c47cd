/**
 * Counts of a whole told by the degree each part meets a standard to, the noun left out after a
 * preposition: 'Nine standards were assessed; the centre was compliant with two, substantially compliant
 * with four and not compliant with three'; 'Of the 11 regulations reviewed, the service was compliant with
 * six, partly compliant with three and non-compliant with two'.
 *
 * Each part is one adjective of meeting a standard ('compliant', 'effective', 'satisfactory') after a word
 * of degree or of denial, or none ('substantially', 'partly', 'not', 'non-'), and before the same
 * preposition and a bare count (its noun the whole's, left out). The parts follow one another with nothing
 * but a separator between them, each a different degree of the same adjective, one of them its denial.
 * One standard gets one judgement, so the parts cannot pass the whole. They name every degree only with a
 * bare (or 'fully') one, a middle one and the denial: only then is a shortfall judged.
 *
 * The whole is the one count before the parts, framed as what was judged: 'Of the N …,' opening the
 * sentence (perhaps after a phrase of place, 'At the Mater Hospital, of the 13 standards assessed,'),
 * 'N … were assessed / reviewed / inspected / examined / checked / tested' or 'Inspectors
 * assessed N …' closing its clause with a semicolon or colon; or the one count of the sentence before,
 * said to be what was judged ('Inspectors assessed the centre against 22 regulations. It was compliant
 * with 15, …').
 *
 * A part may be a band of two neighbouring degrees, 'compliant or substantially compliant with eight and
 * partially compliant with five' (the bands still may not share a degree). Such a band of 'compliant' tells
 * the degrees apart, one a standard, even with no denial among them: an excess is judged; a shortfall is not
 * (the degrees left out may hold the rest). With no band, a list with no denial is not read. A closing aside on the last part with no count of its own, ',
 * including Standard 3.2 on safeguarding', does not end the list early.
 */
import type { ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount } from './common.js';
import { sumClaim } from './parts-sum.js';
import type { SentenceView } from './index.js';

/** Before a part's count: its degree, adjective and preposition ('substantially compliant with '). */
const PART_BEFORE = /(?:\b(not|fully|substantially|partly|partially|largely|mostly|wholly)\s+|\b(non|in|un)-?)?\b([a-z]{4,}(?:ant|ent|ive|ful|able|ible|ory|ate))\s+(with|against|on|in)\s+$/i;
/** Between two parts: a separator, perhaps the subject again ('and it was'). */
const GAP = /^\s*(?:,\s*(?:and\s+|while\s+|but\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+while\s+|\s+but\s+)(?:(?:it|they|the\s+[a-z]+)\s+(?:was|were|is|are)\s+)?$/i;
/** Before a part that is a band: the band's other degree and 'or' ('compliant or ' before 'substantially compliant with'). */
const BAND_BEFORE = /(?:\b(not|fully|substantially|partly|partially|largely|mostly|wholly)\s+|\b(non|in|un)-?)?\b([a-z]{4,})\s+or\s+$/i;
/** After the last part: an aside that says more of it with no count of its own (', including Standard 3.2 on safeguarding'). */
const CLOSING_ASIDE = /^\s*,\s*(?:including|notably|in\s+particular|among\s+them)\b[^;:]*$/i;
/** After a part's count: a separator or the sentence's end (a noun of its own is another list). */
const PART_AFTER = /^\s*(?:[,;.]|\band\b|\bwhile\b|\bbut\b|$)/i;
/** The whole framed as what was judged. */
const OF_WHOLE = /^\s*(?:(?:at|in|for)\s+[^,;:\d]{1,60},\s*)?(?:Of|Across)\s+(?:the|all|these|its)\s+$/i;
const JUDGED_CLAUSE = /^\s+(?:[a-z-]+\s+){1,3}?(?:were|was|had\s+been|have\s+been)\s+(?:assessed|reviewed|inspected|examined|checked|tested|looked\s+at|judged|considered)\b[^;:,.]{0,40}[;:]\s*/i;
const SUBJECT = /^(?:(?:the|this|that|its|each|every)\s+)?(?:[a-z-]+\s+){0,3}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:found\s+(?:to\s+be\s+)?|judged\s+(?:to\s+be\s+)?|assessed\s+as\s+)?$/i;
/** 'Inspectors assessed 10 standards:': the judging said with its agent, the whole its object, closed by a colon or semicolon. */
const ACTIVE_LEAD = /^\s*(?:we|they|inspectors|the\s+inspectors?|the\s+team|the\s+inspection\s+team)\s+(?:assessed|reviewed|inspected|examined|checked|tested|looked\s+at|judged)\s+(?:the\s+|all\s+)?$/i;
/** The subject of a list whose whole is in the sentence before: a noun phrase and its be-verb ('The first centre was '). */
const CROSS_SUBJECT = /^(?:(?:the|this|that|its|each|every)\s+)?(?:[A-Za-z-]+\s+){0,4}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:found\s+(?:to\s+be\s+)?|judged\s+(?:to\s+be\s+)?|assessed\s+as\s+)?$/i;
const NOUN_CLAUSE = /^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\b[^;:,.]{0,40}[;:]\s*/i;
const OF_CLAUSE = /^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\b[^,;:.]{0,50},\s*/i;

export function readDegreeWith(s: SentenceView): ClaimRecord[] {
  if (!/\b(?:with|against|on|in)\s+/i.test(s.text)) return [];
  const own = readDegreeWithIn(s, false);
  if (own.length) return own;
  // 'Each centre was assessed against eight standards. The first was compliant with three, substantially compliant
  // with two and not compliant with three; the second was compliant with …': the whole in the sentence before, and
  // a list in each clause of a semicolon (each clause read alone, at its place), each of that whole.
  if (!s.text.includes(';')) return readDegreeWithIn(s, true);
  const out: ClaimRecord[] = [];
  let from = 0;
  for (const end of [...[...s.text.matchAll(/;/g)].map((m) => m.index!), s.text.length]) {
    const text = ' '.repeat(from) + s.text.slice(from, end) + ' '.repeat(s.text.length - end);
    out.push(...readDegreeWithIn({ ...s, text, toks: s.toks.filter((t) => t.start >= from && t.end <= end) }, true));
    from = end + 1;
  }
  return out;
}

/**
 * The whole of a list with no count before it in its sentence: the one count of the sentence before (or the
 * second of two, 'two centres, and each was assessed against eight standards'), said to be assessed.
 */
function wholeBefore(s: SentenceView): { tok: Tok; offset: number } | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return undefined;
  const pc = prev.toks.filter((t) => !t.notCount);
  if (pc.some((t) => t.kind !== 'num')) return undefined;
  const judged = (t: Tok) => JUDGED_NEAR.test(prev.text.slice(Math.max(0, t.start - 70), t.start)) || JUDGED_AFTER.test(prev.text.slice(t.end, t.end + 60));
  // (Of two counts, the other is what each was assessed in: 'two centres, and each …', '… at each of the two centres'.)
  const t = pc.length === 1 ? pc[0] : pc.length === 2 && /\beach\b/i.test(prev.text) ? pc.filter(judged).length === 1 ? pc.find(judged) : undefined : undefined;
  if (!t || !judged(t) || !plainCount(prev.text, t) || depthAt(prev.text, t.start) > 0) return undefined;
  return { tok: t, offset: prev.offset };
}
/** 'was assessed against eight', 'inspectors assessed ten', 'assessed the centre against 22': the count is what was judged. */
const JUDGED_NEAR = /\b(?:assessed|reviewed|inspected|examined|checked|tested|judged)\s+(?:(?:(?:the|this|that|its|each|every)\s+(?:[a-z-]+\s+){1,4})?(?:against|on)\s+)?(?:the\s+|all\s+)?$/i;
/** 'Ten standards were assessed at each of the two centres'. */
const JUDGED_AFTER = /^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\s+(?:were|was|had\s+been|have\s+been)\s+(?:assessed|reviewed|inspected|examined|checked|tested|judged)\b/i;
/** 'and judged the centre ', 'and found the home ': the subject of the parts as the object of the judging. */
const AND_JUDGED = /^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\s+and\s+(?:judged|found|rated|assessed|deemed)\s+(?:the|this|that|its|each|every)\s+(?:[a-z-]+\s+){0,3}?$/i;

function readDegreeWithIn(s: SentenceView, cross: boolean): ClaimRecord[] {
  const text = s.text;
  // ('substantially compliant with one': 'one' after the preposition is a count the scanner may take for a pronoun.)
  const oneAfter = (t: Tok) => t.kind === 'num' && t.type === 'pronoun' && t.value === 1 && PART_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start));
  const counts = s.toks.filter((t) => t.kind === 'num' && (!t.notCount || oneAfter(t)));
  if (counts.length < (cross ? 2 : 3) || s.toks.some((t) => t.kind !== 'num')) return [];
  const parts: { tok: Tok; degree: string; band?: string; adj: string; prep: string; from: number }[] = [];
  const degreeOf = (d: string | undefined) => {
    const x = (d ?? '').toLowerCase();
    return /^(?:non|in|un)$/.test(x) ? 'not' : x === 'partially' ? 'partly' : x;
  };
  for (const t of counts) {
    const m = PART_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
    if (!m || !(oneAfter(t) || plainCount(text, t)) || depthAt(text, t.start) > 0 || !PART_AFTER.test(text.slice(t.end, t.end + 8))) continue;
    const from = t.start - m[0].length;
    // ('compliant or substantially compliant with eight': a band of two degrees of the same adjective.)
    const b = BAND_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
    const band = b && b[3]!.toLowerCase() === m[3]!.toLowerCase() ? b : undefined;
    parts.push({ tok: t, degree: degreeOf(m[1] ?? m[2]), ...(band ? { band: degreeOf(band[1] ?? band[2]) } : {}), adj: m[3]!.toLowerCase(), prep: m[4]!.toLowerCase(), from: from - (band ? band[0].length : 0) });
  }
  if (parts.length < 2) return [];
  // The parts run together, one after the other: every count after the first part is a part.
  const first = parts[0]!;
  const after = counts.filter((t) => t.start > first.tok.start);
  if (after.length !== parts.length - 1) return [];
  for (let i = 1; i < parts.length; i++) if (!GAP.test(text.slice(parts[i - 1]!.tok.end, parts[i]!.from))) return [];
  const close = text.slice(parts[parts.length - 1]!.tok.end);
  if (!/^\s*[.!?]?\s*$/.test(close) && !CLOSING_ASIDE.test(close)) return [];
  // One adjective and preposition, a different degree each, with its denial ('compliant' alone may leave it out).
  if (parts.some((p) => p.adj !== first.adj || p.prep !== first.prep)) return [];
  const degrees = parts.flatMap((p) => (p.band !== undefined ? [p.band, p.degree] : [p.degree]));
  if (new Set(degrees).size !== degrees.length) return [];
  const denied = degrees.includes('not');
  // (With no denial, only a band of 'compliant' says the degrees are told apart, one a standard: 'compliant or
  // substantially compliant with eight and partially compliant with six'. 'compliant with six and substantially
  // compliant with eight' alone is not read.)
  if (!denied && !(first.adj === 'compliant' && parts.some((p) => p.band !== undefined) && degrees.some((d) => /^(?:substantially|partly|largely|mostly)$/.test(d)))) return [];
  // A band, or no denial: some degree may be left out, so only an excess is judged.
  const loose = !denied || parts.some((p) => p.band !== undefined);
  // The whole: the one count before the parts, framed as what was judged.
  const before = counts.filter((t) => t.start < first.tok.start);
  const sum0 = parts.reduce((a, p) => a + p.tok.value, 0);
  const complete0 = !loose && parts.length >= 3 && degrees.some((d) => d === '' || d === 'fully' || d === 'wholly') && degrees.some((d) => /^(?:substantially|partly|partially|largely|mostly)$/.test(d));
  if (cross) {
    // The list's subject and be-verb open its clause ('The Dublin North East centre was '), the whole before.
    const w = before.length === 0 && CROSS_SUBJECT.test(text.slice(0, first.from).trimStart()) ? wholeBefore(s) : undefined;
    if (!w || parts.some((p) => p.tok.value > w.tok.value)) return [];
    const c = sumClaim(s, w.tok, parts.map((p) => p.tok), sum0 > w.tok.value || complete0);
    c.operands[0]!.span = { start: w.offset + w.tok.start, end: w.offset + w.tok.end };
    c.span = { start: Math.min(c.span.start, c.operands[0]!.span.start), end: c.span.end };
    return [c];
  }
  if (before.length !== 1) return [];
  const whole = before[0]!;
  if (!plainCount(text, whole) || depthAt(text, whole.start) > 0) return [];
  const lead = text.slice(0, whole.start);
  const tail = text.slice(whole.end, first.from);
  // After the frame, a subject and be-verb and no other clause: '… ; the centre was'.
  const subject = SUBJECT.exec(tail.replace(OF_WHOLE.test(lead) ? OF_CLAUSE : /^\s*$/.test(lead) ? JUDGED_CLAUSE : ACTIVE_LEAD.test(lead) ? NOUN_CLAUSE : /^$/, ''));
  const active = ACTIVE_LEAD.test(lead) && NOUN_CLAUSE.test(tail);
  // 'At the first centre, inspectors assessed seven standards and judged the centre compliant with three, …': the
  // judging verb after 'and', its object the subject of the parts (a phrase of place or time may open the sentence).
  const andJudged = ACTIVE_LEAD.test(lead.replace(/^[^,;:\d]{0,80},\s*/, '')) && AND_JUDGED.test(tail);
  if (!(OF_WHOLE.test(lead) && OF_CLAUSE.test(tail)) && !(/^\s*$/.test(lead) && JUDGED_CLAUSE.test(tail)) && !active && !andJudged) return [];
  if (!subject && !andJudged) return [];
  const sum = parts.reduce((a, p) => a + p.tok.value, 0);
  const complete = !loose && parts.length >= 3 && degrees.some((d) => d === '' || d === 'fully' || d === 'wholly') && degrees.some((d) => /^(?:substantially|partly|partially|largely|mostly)$/.test(d));
  return [sumClaim(s, whole, parts.map((p) => p.tok), sum > whole.value || complete)];
}

/** Before a part's count: a degree or denial and the verb of the outcome ('partly upheld ', 'did not uphold ', 'not upholding '). */
const VERB_BEFORE = /(?:\b(partly|partially|fully|not|did\s+not|didn't|do\s+not|does\s+not|never)\s+)?\b([a-z]{4,})\s+$/i;
/** The whole framed as cases decided, then the list: 'Of the 240 complaints (we) investigated, we', 'We investigated 240 complaints: we', 'We decided 240 complaints,'. */
const DECIDING = String.raw`(?:investigated|decided|determined|closed|concluded|considered|completed|finalised|reviewed|assessed|examined|resolved)`;
const OF_DECIDED = new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,4}?[a-z-]+s\b[^,;:.]{0,50},\s*(?:(?:we|it|they|the\s+[a-z]+)\s+)?$`, 'i');
const AGENT_DECIDED = new RegExp(String.raw`^\s*(?:in\s+[^,;:]{1,30},?\s+)?(?:we|it|they|the\s+(?:ombudsman|commissioner|service|council|inspectorate|panel|board|team))\s+${DECIDING}\s+(?:a\s+total\s+of\s+)?$`, 'i');
const AGENT_TAIL = /^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\b[^,;:.]{0,40}(?:[;:]\s*(?:(?:we|it|they|the\s+[a-z]+)\s+)?|,\s*)$/i;

/**
 * Counts of cases decided, each after its verb of outcome in one degree: 'Of the 240 complaints we
 * investigated, we upheld 110, partly upheld 70 and did not uphold 50'; 'We decided 240 complaints,
 * upholding 110, partly upholding 70 and not upholding 50'. The verbs share their stem ('uphold', 'upheld',
 * 'upholding'), each with a different degree, one of them the denial and one the outcome itself: one case,
 * one outcome. An excess is reported; a shortfall only with a middle degree too ('partly').
 */
export function readDegreeVerbs(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  if (!/\b(?:not|n't|never)\b/i.test(text)) return [];
  const counts = s.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (counts.length < 3 || s.toks.some((t) => t.kind !== 'num')) return [];
  const whole = counts[0]!;
  if (!plainCount(text, whole) || depthAt(text, whole.start) > 0) return [];
  const parts: { tok: Tok; degree: string; verb: string; from: number }[] = [];
  for (const t of counts.slice(1)) {
    const m = VERB_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start));
    if (!m || !plainCount(text, t) || depthAt(text, t.start) > 0 || !PART_AFTER.test(text.slice(t.end, t.end + 8))) return [];
    const d = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    parts.push({ tok: t, degree: /^(?:not|did not|didn't|do not|does not|never)$/.test(d) ? 'not' : d === 'partially' ? 'partly' : d, verb: m[2]!.toLowerCase(), from: t.start - m[0].length });
  }
  if (parts.length < 2) return [];
  for (let i = 1; i < parts.length; i++) if (!GAP.test(text.slice(parts[i - 1]!.tok.end, parts[i]!.from))) return [];
  if (!/^\s*[.!?]?\s*$/.test(text.slice(parts[parts.length - 1]!.tok.end))) return [];
  // One verb: a shared stem ('upholding', 'partly upholding').
  const verbs = parts.map((p) => p.verb);
  let stem = 0;
  while (verbs.every((v) => v.length > stem && v[stem] === verbs[0]![stem])) stem++;
  // (An irregular past shares less: 'upheld', 'uphold'; at least half the shortest verb.)
  if (stem < 3 || stem * 2 < Math.min(...verbs.map((v) => v.length)) || /^(?:were|was|have|been|had)/.test(verbs[0]!)) return [];
  const degrees = parts.map((p) => p.degree);
  if (new Set(degrees).size !== degrees.length || !degrees.includes('not') || !degrees.some((d) => d === '' || d === 'fully')) return [];
  // The frame of the whole.
  const lead = text.slice(0, whole.start);
  const tail = text.slice(whole.end, parts[0]!.from);
  const framed = (OF_WHOLE.test(lead) && OF_DECIDED.test(tail) && new RegExp(String.raw`\b${DECIDING}\b`, 'i').test(tail)) || (AGENT_DECIDED.test(lead) && AGENT_TAIL.test(tail));
  if (!framed) return [];
  const sum = parts.reduce((a, p) => a + p.tok.value, 0);
  const complete = parts.length >= 3 && degrees.includes('partly');
  return [sumClaim(s, whole, parts.map((p) => p.tok), sum > whole.value || complete)];
}
