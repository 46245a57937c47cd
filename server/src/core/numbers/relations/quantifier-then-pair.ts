/**
 * A share word in one sentence and its count pair in the next, which says it is the share word's (issue 9, families
 * quantifier-distant and cross-sentence):
 *
 *   'Nearly all pupils in key stage 2 write at length. In the books we read, this was true of 41 of the 52 pupils.'
 *   'Almost all parents who replied agree that their child likes school. In total, 68 of the 81 parents said so.'
 *   'A majority of P7 pupils achieved the expected level. This was 38 of the 59 pupils in the year group.'
 *
 * The sentence before holds one share word (a quantifier phrase of the bands, or a fraction in words) and no
 * figure; this sentence holds one pair 'k of (the) n' and no other figure, and a word that points back to the
 * sentence before: 'this was', 'this was true of', 'this applies to', 'the case for', 'said so', 'did so'. The
 * share word is judged on k of n, when the pair counts the share word's own group (its noun) and no word makes it
 * another group ('This was also true of 12 of the 30 agency staff'). Without the pointer the pair may be of
 * another finding, and nothing is read.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import { fractionInterval } from '../interval.js';
import { countOperand, fracOperand, judgeInterval, judgeQuantifier, type CountIn } from '../judge.js';
import { nounAfter, sameGroup, type Tok } from '../scan.js';
import { plainCount } from './common.js';
import type { SentenceView } from './index.js';
import { sharesOf } from './shares.js';

/** A word of this sentence that points back to the sentence before. */
const POINTS_BACK = /\b(?:(?:this|that)\s+(?:was|is|were|applied|applies|held|holds)\b(?:\s+(?:true|the\s+case))?|the\s+case\s+(?:for|in|of)\b|(?:said|did|do|does|felt|thought|agreed|told\s+us)\s+so\b)/i;
/** Words that make the pair another group's: 'also', 'too', 'as well', 'likewise', 'similarly'. */
const ANOTHER_GROUP = /\b(?:also|too|as\s+well|likewise|similarly|again|even)\b/i;
/** Between the pair's part and its whole. */
const OF_BETWEEN = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;

const isFigure = (t: Tok) => !(t.kind === 'num' && t.notCount);

export function readQuantifierThenPair(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || prev.toks.some(isFigure)) return [];
  const figures = s.toks.filter(isFigure);
  if (figures.length !== 2) return [];
  const [k, n] = figures as [Tok, Tok];
  if (k.kind !== 'num' || n.kind !== 'num' || k.hedge || n.hedge || !plainCount(s.text, k) || !plainCount(s.text, n) || k.value > n.value || n.value <= 0) return [];
  if (!OF_BETWEEN.test(s.text.slice(k.end, n.start)) || !POINTS_BACK.test(s.text)) return [];
  // 'This was also true of 12 of the 30 agency staff': another group, of which the predicate holds too.
  if (ANOTHER_GROUP.test(s.text)) return [];
  const pv: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy, ...(s.quantifierBands ? { quantifierBands: s.quantifierBands } : {}) };
  const shares = sharesOf(pv, { quantifiers: true }).filter((f) => f.type === 'quantifier' || (f.type === 'frac' && !f.ratio));
  if (shares.length !== 1) return [];
  const share = shares[0]!;
  // The pair counts the share word's own group: 'Nearly all pupils …' and '41 of the 52 pupils'.
  const groupNoun = nounAfter(prev.text, share.end + (/^\s+of\s+(?:the\s+|these\s+|those\s+)?/i.exec(prev.text.slice(share.end))?.[0].length ?? 0));
  if (!sameGroup(groupNoun, nounAfter(s.text, n.end))) return [];
  const kIn: CountIn = { value: k.value, raw: k.raw, span: { start: s.offset + k.start, end: s.offset + k.end }, ...(k.word ? { word: true } : {}) };
  const nIn: CountIn = { value: n.value, raw: n.raw, span: { start: s.offset + n.start, end: s.offset + n.end }, ...(n.word ? { word: true } : {}) };
  const span = { start: prev.offset + share.start, end: s.offset + n.end };
  if (share.type === 'quantifier') return [judgeQuantifier({ kind: 'quantifier', span }, share.phrase, share.min, share.max, { k: kIn, n: nIn }, s.policy, share.plurality)];
  if (share.type !== 'frac') return [];
  const f = { fraction: share.fraction, raw: share.raw, span: { start: prev.offset + share.start, end: prev.offset + share.end }, ...(share.hedge ? { hedge: share.hedge } : {}) };
  return [judgeInterval({ kind: 'fraction', span }, [fracOperand(f), countOperand(kIn, 'k'), countOperand(nIn, 'n')], (nn) => fractionInterval(share.fraction, share.hedge?.kind, nn), share.raw, k.value, n.value, RULE.fractionMismatch)];
}
