/**
 * A count that is a part of a group its finding counted before, tied to it by nothing but the group's noun or by a
 * clause that leaves its noun out (issue 9, families 4 and plain; the running population of a finding):
 *
 *   'We spoke to 64 women in the first night centre. … 12 said they had been strip-searched.' (the noun left out)
 *   'Of the 214 pupils on roll, 38 are eligible for free school meals. Thirty-one pupils have additional needs.'
 *   'We reviewed 35 patients' records. … Of the 12 patients who were detained, …'  (a smaller frame of the noun)
 *   'HIQA published 10 reports today. In two of the centres …, and in three …'     (the reports' centres: not read)
 *
 * Nothing in such a text says that the later count is of that group ('We visited 12 schools in May. 15 schools
 * were visited in June' is as plausible), so the pair is judged only when it fits (k ≤ n): a reading that holds,
 * listed as checked; a larger count is not read at all. These claims are never reported.
 *
 * The group: a population of an earlier sentence of the scope (`population.ts`: a frame, a sample or a named group)
 * or earlier in the same sentence, with the count's noun (the same word, singular); for a count with no noun of
 * its own, the subject of a verb ('12 said', 'only three were') or the object closing a clause ('in 15.'), the one
 * population of the sentences before. The nearest such group is taken. Read last of the count-of-total readings
 * (`count-of-total.ts` keeps the first reading of each count), and not when a sentence sets one time against another.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf } from '../judge.js';
import { CLAUSE_VERBS, MODALS, SAYING_VERBS, singular, type Tok } from '../scan.js';
import { countOfTok, depthAt, OTHER_TIME } from './common.js';
import type { SentenceView } from './index.js';
import { populationsBefore, populationsOf, type Population } from './population.js';
import { groupNoun, isCountTok } from './shares.js';

/** After a count with no noun: a verb of its clause ('12 said', 'three were', '9 had been'). */
const VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:only|just|also|still|then|later|all|both)\s+)?(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|do|does|reported|agreed|received|set|showed|[a-z]{3,}ed(?=\s+(?:by|in|on|at|to|for|with|from|within|as|and|but|or|the|a|an|their|his|her|its|that|this|them)\b|\s*[.,;:]|\s*$))\b`, 'i');
/** A count with no noun closing its clause after 'in', 'for' or 'to' ('in 15.', 'for 9;'). */
const CLOSING_AFTER_PREP = { before: /\b(?:in|for|to|by|with)\s+(?:only\s+|just\s+)?$/i, after: /^\s*(?:[.;,)]|$|\s+(?:the|this|that|these|those|there|it|they|no|a|an|staff|inspectors)\b)/i };
/** A frame opening its clause ('Of the 21 patients who …,'): with the noun of a group before, a part of it. */
const FRAME_BEFORE = /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:of|among|amongst|for|in)\s+(?:the|these|those)\s+$/i;
/**
 * Before a count: it is all of a group ('all nine', read by `extract/extremes.ts`), a part or a rest of another
 * group, a change, or a comparison ('of the', 'a further', 'more than').
 */
const NOT_OF_GROUP_BEFORE = /(?:\d\s*(?:,|and|or|to|-|\u2013)\s*$)|\b(?:all|both|each|every|either|neither|of|out\s+of|than|from|to|by|between|further|another|other|remaining|extra|additional|rest|except|but|up|down|over|under|about|around|nearly|almost|some|approximately|roughly)\s+(?:the\s+)?$/i;
/** After a count: its own whole or rate ('of the 40', '/40', 'per', 'in every', 'out of'). */
const OWN_WHOLE_AFTER = /^\s*(?:\/|\(|(?:[A-Za-z][\w'-]*\s+)?(?:of|out\s+of|in\s+every|per|a|each)\b)/i;

export function readRunningParts(s: SentenceView): ClaimRecord[] {
  const previous = s.previous ?? [];
  if (previous.length === 0 && s.toks.length < 2) return [];
  let otherTime: boolean | undefined;
  const out: ClaimRecord[] = [];
  for (const k of s.toks) {
    if (k.kind !== 'num' || k.notCount || k.hedge || k.value < 1 || !isCountTok(s, k) || depthAt(s.text, k.start) > 0) continue;
    const lead = s.text.slice(Math.max(0, k.start - 30), k.start);
    const tail = s.text.slice(k.end, k.end + 40);
    const frame = FRAME_BEFORE.test(lead);
    if ((!frame && NOT_OF_GROUP_BEFORE.test(lead)) || OWN_WHOLE_AFTER.test(tail)) continue;
    // The count's noun right after it ('31 pupils'), or none: the subject of a verb ('12 said') or a clause's end ('in 15.').
    let named: string | undefined;
    if (frame || (!VERB_AFTER.test(tail) && !(CLOSING_AFTER_PREP.before.test(lead) && CLOSING_AFTER_PREP.after.test(tail)))) {
      named = groupNoun(s.text, k.end);
      if (named === undefined || !/^\s+[a-z]/i.test(tail)) continue;
    }
    otherTime ??= OTHER_TIME.test(s.text) || previous.some((p) => OTHER_TIME.test(p.text));
    if (otherTime) return [];
    const n = groupOf(s, k, named);
    if (!n || n.pop.n.value < k.value) continue;
    const span = { start: n.offset + n.pop.tok.start, end: s.offset + k.end };
    const c = judgeCountOf({ kind: 'count-of', span }, countOfTok(k, s.offset), countOfTok(n.pop.tok, n.offset), [
      { span: { start: n.offset + n.pop.tok.start, end: n.offset + n.pop.tok.end }, message: `${n.pop.why}; the ${k.raw} is read as a part of it (a reading that holds; not reported otherwise)` },
    ]);
    if (c.verdict === 'ok') out.push(c);
  }
  return out;
}

/**
 * The group a count is a part of: with a noun, the nearest population of that noun before it (in this sentence or
 * the ones before); with none, the one population of the sentences before (none in this sentence before it).
 */
function groupOf(s: SentenceView, k: Tok, noun: string | undefined): { pop: Population; offset: number } | undefined {
  // (In the count's own sentence only a frame: a group counted in its clauses is read by the readers of lists and pairs.)
  const here = populationsOf(s).filter((p) => p.tok.end <= k.start && p.tok !== k && p.how === 'frame');
  const previous = s.previous ?? [];
  if (noun !== undefined) {
    const stem = singular(noun);
    const own = here.filter((p) => p.noun !== undefined && singular(p.noun) === stem);
    if (own.length) return { pop: own[own.length - 1]!, offset: s.offset };
    for (let i = previous.length - 1; i >= 0; i--) {
      const found = populationsBefore(s, previous[i]!).filter((p) => p.noun !== undefined && singular(p.noun) === stem);
      if (found.length) return { pop: found[found.length - 1]!, offset: previous[i]!.offset };
    }
    return undefined;
  }
  if (here.length) return here.length === 1 ? { pop: here[0]!, offset: s.offset } : undefined;
  const all = previous.flatMap((p) => populationsBefore(s, p).filter((x) => x.how !== 'group' || x.noun !== undefined).map((pop) => ({ pop, offset: p.offset })));
  return all.length === 1 ? all[0] : undefined;
}
