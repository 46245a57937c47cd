/**
 * A total stated in a sentence of its own after its parts (issue 9, totals):
 *
 *   '85,057 pupils were eligible through the means test. A further 24,290 were receiving meals through
 *    transitional protection. Taken together, that came to 109,977 pupils.'
 *   'The final quarter brought 487 requests. The earlier quarters brought 422, 399 and 368. In all, 1,667
 *    requests were received over the year.'
 *
 * The sentence of the total opens with words that say it is the sum of what came before ('In all', 'In
 * total', 'Altogether', 'All told', 'Taken together', 'Together', 'Combined', 'Between them') or closes its
 * one count with 'in all', 'in total' or 'altogether'; it holds no other count. The parts are the counts of
 * the sentences before it in its paragraph (one to three of them): a window of the last one, two or three
 * sentences whose counts add up to the total exactly is consistent. The total is judged against every count
 * before it only when those sentences are all the paragraph holds before it, no count among them points back
 * to a group or is hedged, no share stands among them, no word says the list leaves some out or may overlap
 * ('including', 'of them', 'among'), every part is named by the total's noun or by none ('120 schools'
 * before '1,667 requests' is another group), and the sum misses the total by less than its smallest part
 * (a miss as large as a part may hold a count of something else, or leave one out). A chain of one count a
 * sentence, each after the first opening with 'A further' or 'Another', is the list by its words: the total
 * may then name it by a wider noun ('1,000 parents …. A further 111 …. That gave 1,121 respondents in all.').
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { nounAfter, sameGroup, type Tok } from '../scan.js';
import { PLURALS_WITHOUT_S } from '../words.js';
import { plainCount } from './common.js';
import { PREVIOUS_SENTENCES, type PreviousSentence, type SentenceView } from './index.js';

/** Opening the total's sentence: 'In all,', 'Taken together, that came to', 'Altogether'. */
const TOTAL_OPEN = /^\s*(?:in\s+all|in\s+total|altogether|all\s+told|all\s+in\s+all|taken\s+together|together|combined|between\s+them|added\s+together)\b,?/i;
/** After the total's one count, closing its clause: '… 1,667 requests were received in all.' */
const IN_ALL_AFTER = /^(?:\s+[a-z][\w'-]*){0,6}?\s+(?:in\s+(?:all|total)|altogether|all\s+told)\s*[.!]?\s*$/i;
/** Words that say the counts before may not be parts of one whole, or are not all of it. */
const LOOSE = /\b(?:including|included|includes|such\s+as|among|of\s+them|of\s+these|of\s+those|of\s+whom|of\s+which|out\s+of|at\s+least|more\s+than|fewer\s+than|less\s+than|(?:over|under|about|around|some)(?=\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter|half|hundred|thousand)|half)\b))|almost|nearly|approximately|roughly|up\s+to|respectively|each|per|both|either|of\s+the|rate|average|mean|median)\b/i;
/** A sentence that points back to a group counted before it: 'Of these, …', 'They …'. */
const POINTS_BACK = /^\s*(?:of\s+(?:these|them|those|whom|which)|these|those|they|this|that|it|in\s+(?:these|those))\b/i;
/** A sentence that adds to the count before it: 'A further 111 …', 'Another 24 …'. */
const ADDITION_OPEN = /^\s*(?:a\s+further|another|an\s+additional|an\s+extra)\s+\S/i;
/** A word that may follow a count and names no group ('487 in the final quarter', '24,290 were …'). */
const NO_NOUN = /^(?:in|on|at|by|for|from|to|of|with|during|over|across|and|or|were|was|are|is|had|has|have|more|further|extra|new|additional)$/i;

const PLURAL_WITHOUT_S = new RegExp(`^(?:${PLURALS_WITHOUT_S})$`, 'i');

const countsOf = (p: PreviousSentence | SentenceView) => p.toks.filter((t) => t.kind !== 'num' || !t.notCount);

export function readClosingTotal(s: SentenceView): ClaimRecord[] {
  const prev = s.previous ?? [];
  if (prev.length === 0) return [];
  const own = countsOf(s);
  if (own.length !== 1) return [];
  const n = own[0]!;
  if (!plainCount(s.text, n) || n.kind !== 'num') return [];
  const opens = TOTAL_OPEN.exec(s.text);
  if (!opens && !IN_ALL_AFTER.test(s.text.slice(n.end))) return [];
  // Only the total and its clause: 'In all, 1,667 requests were received', 'that came to 109,977 pupils'.
  if (/[;:]/.test(s.text)) return [];
  const noun = nounAfter(s.text, n.end);
  // The windows: the last one, two, three sentences before, each with its counts.
  const windows: { sentences: PreviousSentence[]; parts: { tok: Tok; from: PreviousSentence }[] }[] = [];
  for (let w = 1; w <= prev.length; w++) {
    const sentences = prev.slice(prev.length - w);
    const parts = sentences.flatMap((p) => countsOf(p).map((tok) => ({ tok, from: p })));
    windows.push({ sentences, parts });
  }
  const fits = (parts: { tok: Tok; from: PreviousSentence }[]) =>
    parts.length >= 2 && parts.every(({ tok, from }) => tok.kind === 'num' && plainCount(from.text, tok) && tok.value < n.value && Number.isInteger(tok.value));
  for (const win of windows) {
    if (!fits(win.parts)) continue;
    const sum = win.parts.reduce((a, p) => a + p.tok.value, 0);
    if (sum === n.value) return [claim(s, n, win.parts, true)];
  }
  // The judged reading: every count of the paragraph before the total.
  const all = windows[windows.length - 1]!;
  if (prev.length >= PREVIOUS_SENTENCES || !fits(all.parts)) return [];
  if (POINTS_BACK.test(all.sentences[0]!.text)) return [];
  if (all.sentences.some((p) => LOOSE.test(p.text) || p.toks.some((t) => t.kind !== 'num'))) return [];
  if (LOOSE.test(s.text)) return [];
  const named = all.parts.every(({ tok, from }) => {
    const next = /^\s*([A-Za-z][\w'-]*)/.exec(from.text.slice(tok.end))?.[1];
    if (!next || NO_NOUN.test(next)) return true;
    const own = nounAfter(from.text, tok.end);
    // Only a plural names a group ('120 schools'); a verb after the count ('120 came in') names none.
    const plural = (/[a-z]s$/i.test(own ?? '') && !/(?:ss|us|is|ly)$/i.test(own ?? '')) || PLURAL_WITHOUT_S.test(own ?? '');
    return !own || !plural || (!!noun && sameGroup(own, noun) && singularOf(own) === singularOf(noun));
  });
  // A chain of one count a sentence, each after the first an addition ('… 1,000 parents …. A further 111 had ….
  // That gave 1,121 respondents in all.'): the words make the list, and the total may name it by a wider noun.
  const chain = all.sentences.length >= 2 && all.sentences.every((p) => countsOf(p).length === 1) && all.sentences.slice(1).every((p) => ADDITION_OPEN.test(p.text));
  if (!chain) {
    if (!named || !noun) return [];
    // The total's noun must be a noun the paragraph counted ('requests', 'pupils').
    if (!all.parts.some(({ tok, from }) => nounAfter(from.text, tok.end) && singularOf(nounAfter(from.text, tok.end)!) === singularOf(noun))) return [];
  }
  // A sum that misses by as much as a whole part may hold a count of something else, or leave one out: not judged.
  const sum = all.parts.reduce((a, p) => a + p.tok.value, 0);
  if (Math.abs(sum - n.value) >= Math.min(...all.parts.map((p) => p.tok.value))) return [];
  return [claim(s, n, all.parts, false)];
}

const singularOf = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

function claim(s: SentenceView, n: Tok, parts: { tok: Tok; from: PreviousSentence }[], ok: boolean): ClaimRecord {
  const sum = parts.reduce((a, p) => a + p.tok.value, 0);
  const operands: Operand[] = [
    { role: 'n', value: n.value, raw: n.raw, span: { start: s.offset + n.start, end: s.offset + n.end } },
    ...parts.map(({ tok, from }): Operand => ({ role: 'k', value: tok.value, raw: tok.raw, span: { start: from.offset + tok.start, end: from.offset + tok.end }, ...(tok.word ? { word: true } : {}) })),
  ];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const expr = `${parts.map((p) => p.tok.value).join(' + ')} = ${sum}`;
  if (ok) return { kind: 'parts-sum', span, operands, verdict: 'ok', arithmetic: `${expr} = ${n.raw} ✓ (the total closes the counts before it)` };
  return {
    kind: 'parts-sum',
    span,
    operands,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    arithmetic: `${expr}, not ${n.raw} (the total closes the counts before it)`,
    message: `The total said to close the counts before it does not match them: ${expr}, not ${n.raw}`,
  };
}
