/**
 * A change whose new level is the count of the sentence before, which a pronoun takes up (issue 9, families
 * change and cross-sentence):
 *
 *   'The service completed 537,081 checks in the year. That was 22% more than the 440,624 of the year before.'
 *   'Inspectors received 1,210 complaints. This was a rise of 12% on the 1,080 of 2022.'
 *
 * The sentence opens with 'That', 'This' or 'It' and a verb of being ('was', 'is', 'represented'), then the
 * change; the sentence before holds exactly one count (years, dates and other numbers that name no amount
 * aside), which is the level the pronoun names. The two are read as one sentence, the pronoun and its verb
 * blanked and the full stop between them a comma ('…537,081 checks in the year,          22% more than the
 * 440,624 …'), by the change reader (`change.ts`), and only its readings that join a figure of each sentence
 * are kept: the sentence alone has no new level, and the sentence before is read on its own already.
 */
import type { ClaimRecord } from '../claim.js';
import { tokensOf } from '../scan.js';
import { readChange } from './change.js';
import { plainCount } from './common.js';
import type { SentenceView } from './index.js';

/** The pronoun and its verb, before the change's amount (a figure, a hedge or 'a rise of'). */
const OPENING = /^\s*(?:That|This|It)\s+(?:was|is|represented|represents|marked|marks)\s+(?=(?:an?\s+)?(?:(?:further|small|slight|sharp|steep|significant|marked|modest)\s+)?(?:increase|rise|fall|drop|decrease|reduction|decline)\s+of\s|(?:about|around|nearly|almost|over|more\s+than|just\s+over|just\s+under|some|roughly|approximately)\s+\d|\d)/i;

export function readThatWasChange(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || !s.toks.some((t) => t.kind === 'pct')) return [];
  const m = OPENING.exec(s.text);
  if (!m) return [];
  // The one level of the sentence before.
  if (prev.toks.filter((t) => t.kind === 'num' && plainCount(prev.text, t)).length !== 1) return [];
  const gap = s.offset - (prev.offset + prev.text.length);
  const stop = /[.!?](\s*)$/.exec(prev.text);
  if (gap < 0 || gap > 4 || !stop) return [];
  // The sentence alone may judge its change (it names both levels): then it is its own.
  const alone = readChange(s);
  if (alone.some((c) => c.verdict !== 'unchecked')) return [];
  const text = `${prev.text.slice(0, stop.index)},${stop[1]}${' '.repeat(gap)}${' '.repeat(m[0].length)}${s.text.slice(m[0].length)}`;
  const view: SentenceView = { ...s, text, toks: tokensOf(text), offset: prev.offset, previous: s.previous!.slice(0, -1) };
  return readChange(view).filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.span.start >= s.offset) && c.operands.some((o) => o.span.end <= prev.offset + prev.text.length));
}
