/**
 * A sentence that is only a share word, pointing back at the count of the sentence before (issue 9, family
 * cross-sentence):
 *
 *   'We decided 1,150 reviews of police complaints. We upheld 287 of them. That is a quarter.'
 *   'Inspectors spoke with 38 pupils. Thirty-one of them said behaviour was good. That is more than four in five.'
 *   'Of the 60 files we read, 41 had a plan. That was about two thirds.'
 *
 * The sentence opens with 'That is', 'This is', 'That was', 'This was', 'This represents' and holds nothing but
 * one fraction word or ratio, hedged or not (a percentage is `back-share.ts`'s). The count is the one count of
 * the sentence before, tied to its whole: 'k of them' (the one group counted in the sentence before that, as
 * `them-share.ts` reads it), or 'k of the n' / 'Of the n …, k …' in its own sentence.
 */
import type { ClaimRecord } from '../claim.js';
import { RULE } from '../claim.js';
import { fractionInterval } from '../interval.js';
import { countOperand, fracOperand, judgeInterval, type CountIn } from '../judge.js';
import { isPopulation, type Tok } from '../scan.js';
import { FRACTION_WORDS, HEDGE_WORDS, hedgeKind, parseFraction, type Fraction, type HedgeKind } from '../words.js';
import { plainCount } from './common.js';
import { at, type PreviousSentence, type SentenceView } from './index.js';
import { sharesOf } from './shares.js';
import { severalGroups } from './several-groups.js';

/** 'That is', 'This was', 'This represents', with an 'only' or 'just' before the share. */
const OPENER = /^\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?$/i;
/** After the share, nothing but 'of them' and the full stop. */
const CLOSER = /^\s*(?:of\s+(?:them|these|those|the\s+total))?\s*\.?\s*$/i;
/** Whether a sentence may be such a share sentence (read even when it holds no figure token). */
export const THAT_IS_SENTENCE = new RegExp(String.raw`^\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?(?:(?:${HEDGE_WORDS})\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|half|\d)\b[^.;:,()]*\.?\s*$`, 'i');

/** The whole sentence: its opener, a hedge, a fraction word ('a quarter', 'two-thirds', 'half'), and its close. */
const WORD_SHARE = new RegExp(String.raw`^(\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?)(?:(${HEDGE_WORDS})\s+)?(${FRACTION_WORDS})(?=\s*(?:of\s+(?:them|these|those|the\s+total))?\s*\.?\s*$)`, 'i');

type Share = { fraction: Fraction; raw: string; start: number; end: number; hedge?: { kind: HedgeKind; raw: string } };

/** The sentence's one share: a fraction word read here, or a ratio ('more than four in five') as `shares.ts` reads it. */
function shareOfSentence(s: SentenceView): Share | undefined {
  const m = WORD_SHARE.exec(s.text);
  if (m) {
    const fraction = parseFraction(m[3]!);
    if (!fraction) return undefined;
    const start = m[1]!.length;
    const kind = m[2] ? hedgeKind(m[2]) : undefined;
    if (m[2] && !kind) return undefined;
    return { fraction, raw: s.text.slice(start, m[0].length), start, end: m[0].length, ...(m[2] && kind ? { hedge: { kind, raw: m[2] } } : {}) };
  }
  const shares = sharesOf(s);
  if (shares.length !== 1) return undefined;
  const sh = shares[0]!;
  if (sh.type !== 'frac' || !sh.ratio) return undefined;
  const lead = s.text.slice(0, sh.start);
  if (!OPENER.test(lead) || !CLOSER.test(s.text.slice(sh.end))) return undefined;
  return { fraction: sh.fraction, raw: sh.raw, start: sh.start, end: sh.end, ...(sh.hedge ? { hedge: sh.hedge } : {}) };
}

const counts = (p: PreviousSentence) => p.toks.filter((t) => t.kind === 'num' && !t.notCount);

export function readThatIsShare(s: SentenceView): ClaimRecord[] {
  if (!THAT_IS_SENTENCE.test(s.text)) return [];
  const prev = s.previous ?? [];
  const last = prev[prev.length - 1];
  if (!last) return [];
  const share = shareOfSentence(s);
  if (!share) return [];
  // The sentence's own figures are the share's ('four in five'): no other count.
  if (s.toks.some((t) => t.start < share.start || t.end > share.end)) return [];
  // The count: the one count of the sentence before, a plain count.
  const lc = counts(last);
  let k: Tok | undefined;
  let n: { tok: Tok; sentence: PreviousSentence } | undefined;
  if (lc.length === 1) {
    k = lc[0]!;
    // 'We upheld 287 of them.': the one group counted in the sentence before that.
    if (!/^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i.test(last.text.slice(k.end, k.end + 20)) && !/^\s*(?:Of|Among)\s+(?:them|these|those),\s*$/i.test(last.text.slice(0, k.start))) return [];
    const before = prev[prev.length - 2];
    if (!before) return [];
    const groups = before.toks.filter((t) => isPopulation(before.text, t) && !t.notCount && t.value >= k!.value);
    const others = counts(before).filter((t) => !groups.includes(t) && t.value >= k!.value);
    if (groups.length !== 1 || others.length > 0 || severalGroups(before.text, before.toks)) return [];
    n = { tok: groups[0]!, sentence: before };
  } else if (lc.length === 2) {
    // '41 of the 60 files had a plan.' or 'Of the 60 files we read, 41 had a plan.'
    const [a, b] = lc as [Tok, Tok];
    if (/^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(last.text.slice(a.end, b.start)) && a.value <= b.value) {
      k = a;
      n = { tok: b, sentence: last };
    } else if (/^\s*Of\s+the\s+$/i.test(last.text.slice(0, a.start)) && /^[^,;:.]*,\s*$/.test(last.text.slice(a.end, b.start)) && b.value <= a.value) {
      k = b;
      n = { tok: a, sentence: last };
    } else return [];
  } else return [];
  if (!k || !n || !plainCount(last.text, k) || !plainCount(n.sentence.text, n.tok)) return [];
  const shift = (p: PreviousSentence, t: Tok): CountIn => {
    const x: CountIn = { value: t.value, raw: t.raw, span: at({ ...s, offset: p.offset }, t.start, t.end) };
    if (t.word) x.word = true;
    return x;
  };
  const kIn = shift(last, k);
  const nIn = { ...shift(n.sentence, n.tok), inferred: true };
  const f = { fraction: share.fraction, raw: share.raw, span: at(s, share.start, share.end), ...(share.hedge ? { hedge: share.hedge } : {}) };
  const c = judgeInterval({ kind: 'fraction', span: at(s, share.start, share.end) }, [fracOperand(f), countOperand(kIn, 'k'), countOperand(nIn, 'n')], (nn) => fractionInterval(share.fraction, share.hedge?.kind, nn), share.raw, k.value, n.tok.value, RULE.fractionMismatch);
  return [{ ...c, sources: [{ span: kIn.span, message: `'That is' points back to ${k.raw} of the ${n.tok.raw} in the sentence before` }] }];
}
