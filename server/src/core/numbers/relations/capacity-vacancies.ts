/**
 * A capacity, its occupants and its vacancies: 'The centre is registered for 50 residents. On the day of the
 * inspection 48 people were living there and there were 3 vacancies.' (in one sentence or over two, the capacity
 * first). The vacancies are the places the occupants leave, so occupants and vacancies make the capacity.
 *
 * Read only when the sentences hold nothing else that may take a place or leave one: exactly the three counts (no
 * other count, share or fraction, beyond figures of time: 'in hospital', 'two beds closed' would be counts of their
 * own), the capacity stated as places one is registered or able to hold ('registered for', 'capacity of',
 * 'accommodate up to', 'has 40 beds'), the occupants said to be living or held there, and the vacancies as such
 * ('3 vacancies', '3 vacant places', '3 beds were empty'). Then a sum that misses the capacity is reported.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount } from './common.js';
import type { PreviousSentence, SentenceView } from './index.js';

/** Before the capacity: 'registered for', 'registered to accommodate', 'a capacity of', 'accommodate up to'. */
const CAPACITY_BEFORE = /\b(?:registered\s+(?:for|to\s+(?:provide\s+care\s+for|accommodate|care\s+for|support))|(?:a|its|the)\s+capacity\s+(?:of|for)|(?:can|could)\s+(?:accommodate|hold|house|take))\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?$/i;
/** After the occupants: 'people were living there', 'residents were accommodated', 'were resident'. */
const OCCUPANT_AFTER = /^(?:\s+[A-Za-z][\w'-]*){0,2}?\s+(?:were|was|are|is)\s+(?:currently\s+|then\s+)?(?:living|accommodated|resident|staying|in\s+residence|placed)\b/i;
/** After the vacancies: 'vacancies', 'vacant places', 'beds were empty'. */
const VACANCY_AFTER = /^\s+(?:vacancies\b|vacant\s+(?:beds|places|rooms)\b|(?:beds|places|rooms)\s+(?:were\s+|was\s+)?(?:vacant|empty|unoccupied|available)\b)/i;

const timeFigure = (t: Tok): boolean => !!t.notCount && (t.type === 'duration' || t.type === 'year' || t.type === 'date' || t.type === 'time');

interface Placed {
  tok: Tok;
  text: string;
  offset: number;
}

export function readCapacityVacancies(s: SentenceView): ClaimRecord[] {
  if (!/\bvacan|\b(?:empty|unoccupied)\b/i.test(s.text)) return [];
  const prev: PreviousSentence | undefined = s.previous?.[s.previous.length - 1];
  const sentences = [...(prev ? [{ text: prev.text, toks: prev.toks, offset: prev.offset }] : []), { text: s.text, toks: s.toks, offset: s.offset }];
  // The capacity in this sentence, or in the one before (then that sentence holds it alone).
  for (const from of [sentences.length - 1, 0]) {
    const used = sentences.slice(from);
    const figures: Placed[] = used.flatMap((x) => x.toks.filter((t) => !timeFigure(t)).map((tok) => ({ tok, text: x.text, offset: x.offset })));
    if (figures.length !== 3 || figures.some((f) => f.tok.kind !== 'num' || f.tok.notCount || !plainCount(f.text, f.tok) || depthAt(f.text, f.tok.start) > 0)) continue;
    const [n, k, m] = figures as [Placed, Placed, Placed];
    if (!CAPACITY_BEFORE.test(n.text.slice(Math.max(0, n.tok.start - 50), n.tok.start))) continue;
    if (!OCCUPANT_AFTER.test(k.text.slice(k.tok.end, k.tok.end + 60))) continue;
    if (!VACANCY_AFTER.test(m.text.slice(m.tok.end, m.tok.end + 30)) || m.offset !== s.offset) continue;
    const operands: Operand[] = [n, k, m].map((f, i) => ({ role: i === 0 ? 'n' : 'k', value: f.tok.value, raw: f.tok.raw, span: { start: f.offset + f.tok.start, end: f.offset + f.tok.end }, ...(f.tok.word ? { word: true } : {}) }));
    const span = { start: operands[0]!.span.start, end: operands[2]!.span.end };
    const sum = k.tok.value + m.tok.value;
    const expr = `${k.tok.value} + ${m.tok.value} = ${sum}`;
    if (sum === n.tok.value) return [{ kind: 'parts-sum', span, operands, verdict: 'ok', arithmetic: `${expr} = ${n.tok.raw} ✓ (occupants and vacancies make the capacity)` }];
    return [
      {
        kind: 'parts-sum',
        span,
        operands,
        verdict: 'inconsistent',
        rule: RULE.partsSum,
        arithmetic: `${expr}, not ${n.tok.raw} (occupants and vacancies make the capacity)`,
        message: `The parts do not add up to the whole: ${expr}, not ${n.tok.raw}`,
      },
    ];
  }
  return [];
}
