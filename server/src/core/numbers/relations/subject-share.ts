/**
 * A counted group that is said to be a share of a whole (issue 9, family 4):
 *
 *   'The 24 homes given that judgement represent 43 per cent of those inspected.'
 *   '312 falls accounted for 21% of all incidents recorded.'
 *   'These 18 referrals made up 30 per cent of the 60 received.'
 *
 * and the same with the share first and its count in apposition at the end
 * of the clause (`readShareThenCount`):
 *
 *   '… 47 per cent of all the schools inspected that quarter had improved, a total of 977 schools.'
 *
 * The count is the subject, the verb says it is part of a whole
 * ('represent', 'accounted for', 'made up', 'constituted'), and the whole is
 * 'of the N' or a group counted before ('of those inspected', 'of all …'):
 * in this sentence before the count, or in the last sentences of the scope,
 * nearest first and at least as large as the count. A whole that fits makes
 * the share consistent; with none, the share is reported only against the one
 * group counted before, and otherwise left unresolved.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeShare, type CountIn } from '../judge.js';
import { judge } from '../rounding.js';
import { countOfTok, groupsCountedBefore, pctOfTok, standAside, type CountedGroup } from './common.js';
import { at, type SentenceView } from './index.js';
import { isCountTok, tokAt } from './shares.js';
import { nounAfter, sameGroup } from '../scan.js';

/** From the count to the share: its noun phrase (no figure, no clause break), then the verb. */
const VERB = /^((?:\s+[^\s\d,;:()[\]!?\u2013\u2014.]+){0,8}?)\s+(?:represent(?:s|ed)?|account(?:s|ed)?\s+for|ma(?:de|kes?)\s+up|constitut(?:e|es|ed)|equat(?:e|es|ed)\s+to|(were|was|are|is))\s+(?:only\s+|just\s+|some\s+|a\s+mere\s+)?(?:an?\s+)?$/i;
/** After the share: the whole. Group 1: a back-reference ('those', 'these', 'all'); group 2: the noun after 'all'. */
const WHOLE = /^(?:\s+(?:share|proportion))?\s+of\s+(?:(the)\s+(?=\d)|(those|these|them|all(?:\s+the)?)\b\s*([A-Za-z][\w'-]*)?)/i;

export function readSubjectShare(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    let j = i + 1;
    while (j + 1 < s.toks.length && s.toks[j]!.notCount && s.toks[j]!.kind === 'num') j++;
    const p = s.toks[j]!;
    if (!isCountTok(s, k) || p.kind !== 'pct' || p.hedge) continue;
    // ('The 14 providers fined £2,500 or more were 7% of the 200': a figure that is no count is a word of the noun phrase.)
    const v = VERB.exec(blankNotCounts(s, k.end, p.start));
    if (!v) continue;
    // The count opens its clause ('The 24 homes …', '312 falls …', 'These 18 …').
    if (!/(?:^|[.;:]\s*|\b(?:the|these|those|its|their|our)\s+)$/i.test(s.text.slice(Math.max(0, k.start - 8), k.start))) continue;
    const w = WHOLE.exec(s.text.slice(p.end, p.end + 40));
    if (!w) continue;
    let cands: CountedGroup[];
    // After a plain 'were' or 'is', the whole must be written: 'were 7% of the 200' ('were 40% of those' may be another question).
    if (v[2] && !w[1]) continue;
    if (w[1]) {
      const n = tokAt(s.toks, p.end + w[0].length);
      if (!isCountTok(s, n) || n.value < k.value) continue;
      cands = [{ tok: n, offset: s.offset, alone: true }];
    } else {
      const noun = w[3] && !/^(?:the|a|an|who|which|that|were|was|inspected|visited|seen|received|recorded|reviewed)$/i.test(w[3]) ? w[3].toLowerCase() : undefined;
      cands = groupsCountedBefore(s, k, noun);
    }
    if (cands.length === 0) continue;
    const fit = cands.find((c) => judge(k.value, c.tok.value, p.value, p.decimals, s.policy).verdict === 'ok');
    const pick = fit ?? cands[0]!;
    const n: CountIn = { ...countOfTok(pick.tok, pick.offset), inferred: pick.offset !== s.offset || !w[1] };
    const sources = w[1] ? undefined : [{ span: n.span, message: `the whole, ${pick.tok.raw}, is taken to be the group counted here` }];
    const claim = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), n, s.policy, sources);
    if (claim.verdict === 'ok' || claim.verdict === 'convention' || (pick === cands[0] && pick.alone && cands.length === 1)) {
      out.push(claim);
      continue;
    }
    out.push(standAside(claim, 'the whole may be another group'));
  }
  readThisShare(s, out);
  return out;
}

/** Between the count's clause and its share: '; this was', ', which represented', '. This is' is another sentence. */
const THIS_VERB = /[;,]\s*(?:this|which|that)\s+(?:was|is|represent(?:s|ed)?|account(?:s|ed)\s+for|equat(?:es|ed)\s+to)\s+(?:only\s+|just\s+)?$/i;

/**
 * 'Assessments were completed on time in 17 cases; this was 75% of the 24 inspected.': 'this' or 'which'
 * takes up the count of the clause before (the one count in it, no other figure between), and the share's
 * whole is written after it ('of the N'), at least as large.
 */
function readThisShare(s: SentenceView, out: ClaimRecord[]): void {
  for (let i = 1; i + 1 < s.toks.length; i++) {
    const p = s.toks[i]!;
    const k = s.toks[i - 1]!;
    if (p.kind !== 'pct' || p.hedge || !isCountTok(s, k)) continue;
    const between = s.text.slice(k.end, p.start);
    if (!THIS_VERB.test(between) || /[;,].*[;,]/.test(between.replace(THIS_VERB, '')) || between.length > 120) continue;
    // The count is the only figure of its clause: none before it since the clause opened.
    const prev = s.toks[i - 2];
    if (prev && !prev.notCount && !/[;.:]/.test(s.text.slice(prev.end, k.start))) continue;
    const w = /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?=\d)/i.exec(s.text.slice(p.end, p.end + 30));
    const n = w ? tokAt(s.toks, p.end + w[0].length) : undefined;
    if (!isCountTok(s, n) || n.value < k.value) continue;
    out.push(judgeShare({ kind: 'percent-of', span: at(s, k.start, n.end) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy));
  }
}

/** The text from `from` to `to` with the figures that are no counts (money, years) blanked to letters. */
function blankNotCounts(s: SentenceView, from: number, to: number): string {
  let g = s.text.slice(from, to);
  for (const t of s.toks) if (t.notCount && t.start >= from && t.end <= to) g = g.slice(0, t.start - from) + 'x'.repeat(t.end - t.start) + g.slice(t.end - from);
  // An amount of money is no token at all.
  return g.replace(/[£$€]\d[\d,.]*/g, (m) => 'x'.repeat(m.length));
}

/** Before the count that closes the share's clause: ', a total of', ', or', ', some'. */
const COUNT_AFTER = /,\s*(?:a\s+total\s+of|that\s+is|or|some)\s+$/i;
/** The share's whole: 'of all (the) <noun>', 'of the <noun>' (a group counted before), or 'of the N'. */
const SHARE_OF = /^\s+of\s+(?:all\s+(?:the\s+)?|the\s+|those\s+)([A-Za-z][\w'-]*)/i;

/**
 * 'P% of all the <group> …, a total of k <noun>': the count restates the share's part; the whole is
 * the group counted before (or written 'of the N'). Judged as the subject form is.
 */
export function readShareThenCount(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const p = s.toks[i]!;
    if (p.kind !== 'pct' || p.hedge) continue;
    const of = SHARE_OF.exec(s.text.slice(p.end, p.end + 60));
    if (!of) continue;
    // The count closes the clause: the next figure, after ', a total of', and the sentence ends after its noun.
    const k = s.toks[i + 1]!;
    if (!isCountTok(s, k) || !COUNT_AFTER.test(s.text.slice(Math.max(p.end, k.start - 16), k.start))) continue;
    if (!/^(?:\s+[A-Za-z][\w'-]*){0,2}\s*(?:[.;]|$)/.test(s.text.slice(k.end, k.end + 40))) continue;
    const noun = of[1]!.toLowerCase();
    const kNoun = nounAfter(s.text, k.end);
    if (kNoun && !sameGroup(kNoun, noun)) continue;
    const n = tokAt(s.toks, p.end + of[0].length - of[1]!.length);
    const cands: CountedGroup[] = isCountTok(s, n) ? [{ tok: n, offset: s.offset, alone: true }] : groupsCountedBefore(s, k, noun).filter((c) => c.tok.end <= p.start || c.offset !== s.offset);
    if (cands.length === 0) continue;
    const fit = cands.find((c) => judge(k.value, c.tok.value, p.value, p.decimals, s.policy).verdict === 'ok');
    const pick = fit ?? cands[0]!;
    const nin: CountIn = { ...countOfTok(pick.tok, pick.offset), inferred: true };
    const sources = [{ span: nin.span, message: `the whole, ${pick.tok.raw}, is taken to be the group counted here` }];
    const claim = judgeShare({ kind: 'percent-of', span: at(s, p.start, k.end) }, pctOfTok(p, s.offset), countOfTok(k, s.offset), nin, s.policy, sources);
    if (claim.verdict === 'ok' || claim.verdict === 'convention' || (pick.alone && cands.length === 1)) out.push(claim);
    else out.push(standAside(claim, 'the whole may be another group'));
  }
  return out;
}
