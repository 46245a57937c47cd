/**
 * A share of a group named by the very words it was counted with in a sentence before (issue 9, family
 * cross-sentence):
 *
 *   'Of these, 412 were children subject to a plan and 389 were children in care. Two thirds of the children in
 *    care (259) lived with foster carers.'
 *   'We held 400 people, including 90 children. Two thirds of the children (60) were held overnight.'
 *
 * The sentence opens with a fraction, a ratio or a quantifier ('Almost all of the children (25)'), 'of the' and a noun phrase of one to four words, and the count in
 * brackets. The whole is the one count of the sentences before followed by those words ('389 were children in
 * care', '90 children'); when two counts are ('412 children … 389 children'), or none, nothing is said.
 */
import type { ClaimRecord } from '../claim.js';
import { RULE } from '../claim.js';
import { fractionInterval, q, ratioInterval } from '../interval.js';
import { countOperand, fracOperand, judgeInterval, type CountIn } from '../judge.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';
import { countFig, judgeReadings, sharesOf, type Reading } from './shares.js';

const OPENING = /^\s*(?:(?:But|And|However,?|Overall,?)\s+)?$/i;
/** 'of the children in care (': the group's words, then the bracket. */
const OF_NAMED = /^\s+of\s+the\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*\(\s*$/i;
/** A word that names a group of people or things (a plural). */
const PLURAL = /^(?:[a-z]{2,}[^s\W]s|children|people|men|women|staff)$/i;
/** Words of the phrase that make it no plain restatement ('the other children', 'the remaining cases'). */
const NOT_SAME = /^(?:other|remaining|rest|same|following|above|total|number|majority|minority)$/i;

export function readNamedWhole(s: SentenceView): ClaimRecord[] {
  const prev = s.previous ?? [];
  if (prev.length === 0) return [];
  // ('Almost all of the children (25)': a quantifier of the framework's bands is read so too.)
  const share = sharesOf(s, { quantifiers: true })[0];
  if (!share || share.type === 'pct' || !OPENING.test(s.text.slice(0, share.start))) return [];
  const ki = s.toks.findIndex((t) => t.start >= share.end);
  const k = s.toks[ki];
  if (!k || k.kind !== 'num' || !plainCount(s.text, k) || !/^\s*\)/.test(s.text.slice(k.end, k.end + 4))) return [];
  const m = OF_NAMED.exec(s.text.slice(share.end, k.start));
  if (!m) return [];
  const words = m[1]!.toLowerCase().split(/\s+/);
  if (!words.some((w) => PLURAL.test(w)) || words.some((w) => NOT_SAME.test(w))) return [];
  // The counts before followed by those very words ('389 were children in care'), and not by more of a noun.
  // ('40 case files' is named by 'the files': up to two words of the count's noun before those words, none that makes
  // it a further group, 'another 12 files'.)
  const mods = String.raw`(?:(?!(?:other|more|further|additional|remaining|of|in|at|on|for|with|and|or)\s)[a-z][\w-]*\s+){0,2}`;
  const phrase = new RegExp(String.raw`^\s+(?:(?:were|was|are|is)\s+)?${mods}${words.join(String.raw`\s+`)}(?![\w-])(?!\s+(?:[a-z]+ing|of|aged|under|over|who|with)\b)`, 'i');
  const loose = new RegExp(String.raw`^\s+(?:(?:were|was|are|is)\s+)?(?:[a-z][\w-]*\s+){0,2}${words.join(String.raw`\s+`)}(?![\w-])`, 'i');
  const found: { t: Tok; offset: number }[] = [];
  let mentions = 0;
  for (const p of prev) {
    for (const t of p.toks) {
      if (t.kind !== 'num' || t.notCount) continue;
      const after = p.text.slice(t.end, t.end + 80);
      if (loose.test(after)) mentions++;
      if (plainCount(p.text, t) && phrase.test(after)) found.push({ t, offset: p.offset });
    }
  }
  // (Any other count with those words, 'and 40 children under 12', is another reading.)
  if (found.length !== 1 || mentions !== 1) return [];
  const { t: nTok, offset } = found[0]!;
  if (nTok.value < k.value) return [];
  const why = `'the ${m[1]}' is taken to mean the ${nTok.raw} counted with those words before`;
  if (share.type === 'quantifier') {
    const r: Reading = { share, k: countFig(k), n: { ...countFig(nTok), start: nTok.start + offset - s.offset, end: nTok.end + offset - s.offset }, family: 'named-whole', nWhy: why };
    return judgeReadings(s, [r]);
  }
  const n: CountIn = { value: nTok.value, raw: nTok.raw, span: { start: offset + nTok.start, end: offset + nTok.end }, inferred: true };
  if (nTok.word) n.word = true;
  const kIn: CountIn = { value: k.value, raw: k.raw, span: at(s, k.start, k.end) };
  if (k.word) kIn.word = true;
  const f = { fraction: share.fraction, raw: share.raw, span: at(s, share.start, share.end), ...(share.hedge ? { hedge: share.hedge } : {}) };
  const interval = (nn?: number) => (share.ratio ? ratioInterval(share.hedge?.kind, q(100 * share.fraction.num, share.fraction.den), nn) : fractionInterval(share.fraction, share.hedge?.kind, nn));
  const c = judgeInterval({ kind: share.ratio ? 'ratio' : 'fraction', span: at(s, share.start, k.end) }, [fracOperand(f), countOperand(kIn, 'k'), countOperand(n, 'n')], interval, share.raw, k.value, nTok.value, RULE.fractionMismatch);
  return [{ ...c, sources: [{ span: n.span, message: why }] }];
}
