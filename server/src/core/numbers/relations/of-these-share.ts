/**
 * 'k of these', a clause, then the share (issue 9, family 4): 'We reviewed 72
 * cases involving a missing child. In 54 of these, a return home interview
 * had been offered (75%).'; 'Inspectors looked at 40 files; for 26 of them
 * the worker had recorded a visit (65 per cent).'
 *
 * The count points back ('of these', 'of them', 'of those'); the share is the
 * one bracketed percentage of its clause, with no other quantity between. The
 * total is a group counted before the count: earlier in the sentence or in
 * the last sentences of the scope (`SentenceView.previous`), nearest first, at
 * least as large as the count and of the same kind of thing when 'of these
 * cases' names one. When a candidate fits, the share is consistent. When none
 * does, it is reported against the nearest candidate only when that is the
 * one group counted in its sentence; otherwise it is unresolved.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare, type CountIn } from '../judge.js';
import { judge } from '../rounding.js';
import { isPopulation, nounAfter, sameGroup, type Tok } from '../scan.js';
import { countOfTok, groupsCountedBefore, pctOfTok, standAside } from './common.js';
import { at, type SentenceView } from './index.js';
import { isCountTok } from './shares.js';

const BACK = /^\s+(?:of|out\s+of)\s+(?:these|them|those)\b(?:\s+([A-Za-z][\w'-]*))?/i;
/** From the end of 'of these' to the bracket: words and commas, no clause break, at most 30 words. */
const GAP = /^(?:\s*,)?(?:\s*[^\s;:()[\]!?\u2013\u2014.]+(?:\s+[^\s;:()[\]!?\u2013\u2014.]+){1,29})\s*\(\s*$/;

export function readOfThese(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    const p = s.toks[i + 1]!;
    if (!isCountTok(s, k) || p.kind !== 'pct' || p.hedge) continue;
    const m = BACK.exec(s.text.slice(k.end, k.end + 40));
    if (!m) continue;
    const backEnd = k.end + m[0].length - (m[1]?.length ?? 0);
    const gap = s.text.slice(backEnd, p.start);
    if (!GAP.test(gap)) continue;
    if (!/^\s*\)/.test(s.text.slice(p.end, p.end + 4))) continue;
    const noun = m[1] && !/^(?:the|a|an|and|or|but|had|has|have|was|were|is|are|there|it|we|they|he|she|inspectors?)$/i.test(m[1]) ? m[1].toLowerCase() : undefined;
    const cands = groupsCountedBefore(s, k, noun);
    if (cands.length === 0) continue;
    const fit = cands.find((c) => judge(k.value, c.tok.value, p.value, p.decimals, s.policy).verdict === 'ok');
    const pick = fit ?? cands[0]!;
    const n: CountIn = { ...countOfTok(pick.tok, pick.offset), inferred: true };
    const kin = countOfTok(k, s.offset);
    const pin = pctOfTok(p, s.offset);
    const close = p.end + /^\s*\)/.exec(s.text.slice(p.end, p.end + 4))![0].length;
    const sources = [{ span: n.span, message: `'these' is taken to mean the ${pick.tok.raw} here` }];
    const claim = judgeShare({ kind: 'percent-of', span: at(s, k.start, close) }, pin, kin, n, s.policy, sources);
    if (claim.verdict === 'ok' || claim.verdict === 'convention' || (pick === cands[0] && pick.alone)) {
      out.push(claim);
      continue;
    }
    out.push(standAside(claim, 'the total may be another group'));
  }
  return out;
}
