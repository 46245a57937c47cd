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
import { fractionInterval, q, ratioInterval, type RInterval } from '../interval.js';
import { countOperand, fracOperand, judgeInterval, type CountIn } from '../judge.js';
import { isPopulation, type Tok } from '../scan.js';
import { FRACTION_WORDS, HEDGE_BEFORE, HEDGE_WORDS, hedgeKind, parseFraction, type Fraction, type HedgeKind } from '../words.js';
import { plainCount } from './common.js';
import { at, type PreviousSentence, type SentenceView } from './index.js';
import { sharesOf } from './shares.js';
import { severalGroups } from './several-groups.js';

/** 'That is', 'This was', 'This represents', with an 'only' or 'just' before the share. */
const OPENER = /^\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?$/i;
/**
 * After the share, nothing but 'of them' and the full stop, or the group's plural noun restated ('That is about 1
 * in 12 detainees.', 'That is nine in ten of the files.'): one or two words, no possessive, no figure.
 */
const TAIL = String.raw`(?:of\s+(?:them|these|those|the\s+total)|(?:of\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?)?(?:[a-z]+\s+)?(?:[a-z]{2,}[^s\W']s|people|men|women|children|staff))`;
const CLOSER = new RegExp(String.raw`^\s*${TAIL}?\s*\.?\s*$`, 'i');
/** Whether a sentence may be such a share sentence (read even when it holds no figure token). */
export const THAT_IS_SENTENCE = new RegExp(String.raw`^\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?(?:(?:${HEDGE_WORDS})\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|half|\d)\b[^.;:,()]*\.?\s*$`, 'i');

/** The whole sentence: its opener, a hedge, a fraction word ('a quarter', 'two-thirds', 'half'), and its close. */
const WORD_SHARE = new RegExp(String.raw`^(\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?)(?:(${HEDGE_WORDS})\s+)?(${FRACTION_WORDS})(?=\s*${TAIL}?\s*\.?\s*$)`, 'i');

const RATIO_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, fifty: 50, hundred: 100 };
const RATIO_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})?|${Object.keys(RATIO_WORDS).join('|')})`;
const ratioNumber = (w: string): number | undefined => RATIO_WORDS[w.toLowerCase()] ?? (/^\d{1,3}(?:,\d{3})?$/.test(w) ? Number(w.replace(/,/g, '')) : undefined);
/** The whole sentence: its opener, a hedge, a ratio of any base ('1 in 12', 'one in every 20'), and its close. */
const WIDE_RATIO = new RegExp(String.raw`^(\s*(?:That|This)\s+(?:is|was|represents|represented)\s+(?:only\s+|just\s+)?)(?:(${HEDGE_WORDS})\s+)?(${RATIO_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:a\s+)?(${RATIO_NUMBER})(?![\w,-])(?=\s*${TAIL}?\s*\.?\s*$)`, 'i');

type Share = { fraction: Fraction; raw: string; start: number; end: number; hedge?: { kind: HedgeKind; raw: string }; ratio?: boolean };

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
  // 'That is about 1 in 12 detainees.', 'That is one in 20.': a ratio of a larger base than `shares.ts` reads.
  const r = WIDE_RATIO.exec(s.text);
  if (r) {
    const num = ratioNumber(r[3]!);
    const den = ratioNumber(r[4]!);
    if (num === undefined || den === undefined || !(num > 0 && num < den)) return undefined;
    const start = r[1]!.length;
    const kind = r[2] ? hedgeKind(r[2]) : undefined;
    if (r[2] && !kind) return undefined;
    const end = r[0].length;
    return { fraction: { num, den }, ratio: true, raw: s.text.slice(start, end), start, end, ...(r[2] && kind ? { hedge: { kind, raw: r[2] } } : {}) };
  }
  const shares = sharesOf(s);
  if (shares.length !== 1) return undefined;
  const sh = shares[0]!;
  if (sh.type !== 'frac' || !sh.ratio) return undefined;
  const lead = s.text.slice(0, sh.start);
  if (!OPENER.test(lead) || !CLOSER.test(s.text.slice(sh.end))) return undefined;
  return { fraction: sh.fraction, raw: sh.raw, start: sh.start, end: sh.end, ...(sh.hedge ? { hedge: sh.hedge } : {}) };
}

/** A count set beside a share word opening its sentence: 'In the great majority, 136, …', 'Most (31) …'. */
const QUANTIFIER_BESIDE = /^\s*(?:In\s+|For\s+)?(?:the\s+)?(?:(?:great|vast|large|clear|overwhelming)\s+)?(?:majority|minority|most)(?:\s+of\s+(?:them|these|those|the\s+cases))?\s*(?:,|\(|[\u2013\u2014])\s*$/i;

/** 'exactly nine in ten' of n: within a case of the share (a count may not divide evenly). */
function exactly(f: Fraction, n: number): RInterval {
  const lo = q(100 * f.num * n - 100 * f.den, f.den * n);
  const hi = q(100 * f.num * n + 100 * f.den, f.den * n);
  return { lo: lo.n < 0 ? q(0) : lo, hi, loOpen: false, hiOpen: false };
}

const counts = (p: PreviousSentence) => p.toks.filter((t) => t.kind === 'num' && !t.notCount);

/** 'This was nearly three in ten of the 1,012 men held.': the share's own whole, written after it, then a few words. */
const OWN_WHOLE = /\s+of\s+(?:the|all|all\s+the)\s+$/i;
const OWN_WHOLE_AFTER = /^(?:\s+[a-z][\w'-]*){0,4}\s*\.?\s*$/i;

export function readThatIsShare(view: SentenceView): ClaimRecord[] {
  let s = view;
  // The share's whole written with it: the sentence is read without it, and the whole is that figure.
  let own: Tok | undefined;
  const lastTok = view.toks[view.toks.length - 1];
  if (lastTok && lastTok.kind === 'num' && !lastTok.notCount && OWN_WHOLE_AFTER.test(view.text.slice(lastTok.end))) {
    const m = OWN_WHOLE.exec(view.text.slice(0, lastTok.start));
    if (m && m.index + m[0].length === lastTok.start) {
      own = lastTok;
      s = { ...view, text: view.text.slice(0, m.index) + '.', toks: view.toks.filter((t) => t.end <= m.index) };
    }
  }
  // 'That is exactly nine in ten.': the share is exact, within a case of the group (blanked, so the offsets hold).
  const ex = /^(\s*(?:That|This)\s+(?:is|was|represents|represented)\s+)(exactly)(?=\s)/i.exec(s.text);
  if (ex) s = { ...s, text: ex[1]! + ' '.repeat(ex[2]!.length) + s.text.slice(ex[0].length) };
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
  // A group given roughly ('Some 4,371 people'): the share is found wrong only if it is wrong of a whole a tenth
  // either side.
  let rough = false;
  if (own) {
    // '289 prisoners were unemployed. This was nearly three in ten of the 1,012 men held.': the count is the one
    // count of the sentence before, its whole the one written with the share.
    if (lc.length !== 1 || lc[0]!.value > own.value) return [];
    k = lc[0]!;
    n = { tok: own, sentence: { text: view.text, toks: view.toks, offset: view.offset } as PreviousSentence };
  } else if (lc.length === 1) {
    k = lc[0]!;
    // 'We upheld 287 of them.': the one group counted in the sentence before that.
    // ('In the great majority, 136, the decision was correct.': a count set beside a share word of the group is a
    // part of it as 'of them' is.)
    if (!/^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i.test(last.text.slice(k.end, k.end + 20)) && !/^\s*(?:Of|Among)\s+(?:them|these|those),\s*$/i.test(last.text.slice(0, k.start)) && !QUANTIFIER_BESIDE.test(last.text.slice(0, k.start))) return [];
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
    } else if (b.value < a.value && isPopulation(last.text, a) && /^[^,;:.()\u2013\u2014]*,\s*(?:and\s+)?$/.test(last.text.slice(a.end, b.start)) && /^\s+of\s+(?:them|these|those)\b/i.test(last.text.slice(b.end, b.end + 20)) && !/\b(?:and|or|but|while|whereas|rest|remainder|others?|remaining|each|both)\b/i.test(last.text.slice(b.end, b.end + 60).split(/[.;]/)[0]!)) {
      // 'Some 4,371 people passed through the custody suites, 198 of them children.': the group, then its part
      // set after a comma ('k of them' and its noun or clause), one pair in the sentence.
      k = b;
      n = { tok: a, sentence: last };
      rough = HEDGE_BEFORE.test(last.text.slice(Math.max(0, a.start - 30), a.start));
    } else return [];
  } else return [];
  // (A rough group's hedge is no bar here: it is judged at a tenth either side below.)
  const roughCount = (p: PreviousSentence, t: Tok) => t.kind === 'num' && !t.notCount && !/^-[a-z]/i.test(p.text.slice(t.end, t.end + 2)) && !/\bper\s+$/i.test(p.text.slice(Math.max(0, t.start - 8), t.start));
  if (!k || !n || !plainCount(last.text, k) || !(rough ? roughCount(n.sentence, n.tok) : plainCount(n.sentence.text, n.tok))) return [];
  const shift = (p: PreviousSentence, t: Tok): CountIn => {
    const x: CountIn = { value: t.value, raw: t.raw, span: at({ ...s, offset: p.offset }, t.start, t.end) };
    if (t.word) x.word = true;
    return x;
  };
  const kIn = shift(last, k);
  const nIn = { ...shift(n.sentence, n.tok), inferred: true };
  const f = { fraction: share.fraction, raw: share.raw, span: at(s, share.start, share.end), ...(share.hedge ? { hedge: share.hedge } : {}) };
  const interval = (nn?: number) => ex && nn && nn > 0 && !share.hedge ? exactly(share.fraction, nn) : (share.ratio ? ratioInterval(share.hedge?.kind, q(100 * share.fraction.num, share.fraction.den), nn) : fractionInterval(share.fraction, share.hedge?.kind, nn));
  const c = judgeInterval({ kind: 'fraction', span: at(s, share.start, share.end) }, [fracOperand(f), countOperand(kIn, 'k'), countOperand(nIn, 'n')], interval, share.raw, k.value, n.tok.value, RULE.fractionMismatch);
  if (rough && c.verdict !== 'ok') {
    const nv = n.tok.value;
    for (const nn of [Math.floor(0.9 * nv), Math.ceil(1.1 * nv)]) {
      if (nn < k.value) return [];
      const alt = judgeInterval({ kind: 'fraction', span: at(s, share.start, share.end) }, [fracOperand(f), countOperand(kIn, 'k'), countOperand({ ...nIn, value: nn }, 'n')], interval, share.raw, k.value, nn, RULE.fractionMismatch);
      if (alt.verdict === 'ok') return [];
    }
  }
  return [{ ...c, sources: [{ span: kIn.span, message: `'That is' points back to ${k.raw} of the ${n.tok.raw} in the sentence before` }] }];
}
