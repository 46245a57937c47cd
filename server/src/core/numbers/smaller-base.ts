/**
 * The GRIM stand-aside (issue 9): when no whole count of a stated total N
 * gives a percentage ('77 per cent of the 33 services': 25/33 = 75.8%, 26/33
 * = 78.8%), the figure is wrong only if N is surely its base. These are the
 * plausible readings under which it is not, found from the sentence alone:
 *
 * 1. **Detached**: the percentage is not written as a share of N — not
 *    'P% of [the|these|all] N', 'P% of these [N]' or 'P% (n = N)' — but, say,
 *    'Of the N services, P% were rated good': the share may be of those the
 *    question applied to (the services rated so far).
 * 2. **A named sub-group**: the share's own 'of' names another group ('P% of
 *    those rated', 'of respondents', 'of those who answered'), or the sentence
 *    takes some out ('excluding', 'where known', 'apart from', 'did not
 *    answer').
 * 3. **One decimal elsewhere**: the sentence gives shares to one decimal or
 *    says figures are rounded to one decimal place, so a whole percentage may
 *    be a one-decimal figure rounded again (10/22 = 45.45% → 45.5% → 46%).
 *
 * A clause that defines N itself ('of the 33 cases where a review was
 * needed', 'of the 33 people who answered') is not a sub-group: N is the base
 * it names. Each test reads a bounded window after the percentage, so the
 * reading is linear in the sentence.
 */
import type { Span } from '../model.js';
import { pow10 } from './rounding.js';

/** The share as the judge has it: its written value and where it is. */
export interface ShareAt {
  scaled: number;
  decimals: number;
  raw: string;
  span: Span;
}

/** The total as the judge has it. */
export interface TotalAt {
  value: number;
  raw: string;
  span: Span;
  inferred?: boolean;
}

/** How far after the percentage its own phrase is read. */
const WINDOW = 80;
/** How far either side of the share the sentence is read for words that take some out or one-decimal figures (MAX_SENTENCE of relations/index.ts is 2,000). */
const SENTENCE_REACH = 2000;

/** 'of [the|these|those|all (the)] [' right before N: the share is written of N. */
const OF_N_DIRECT = /^\s*(?:of|out\s+of)\s+(?:the\s+total\s+of\s+|a\s+total\s+of\s+|all\s+(?:the\s+)?|the\s+|these\s+|those\s+)?\[?\s*$/i;
/** '(n = ' or '(base: ' right before N. */
const N_BRACKET = /^\s*\(\s*(?:n|base|total)\s*[=:]\s*$/i;
/** 'of these', 'of those', 'of them' after the percentage: an anaphoric base. */
const OF_THESE = /^\s*of\s+(?:these|those|them)\b/i;

/** The share's own 'of' names a group other than N: 'of those rated', 'of respondents', 'of those who …'. */
const SUBGROUP_OF =
  /^\s*(?:of\s+(?:(?:all\s+)?respondents|those\s+(?:who|that|which|whose|where|with|rated|inspected|asked|surveyed|responding|answering|eligible|assessed|judged|graded|seen|visited)|them\s+(?:who|that|with)|these\s+(?:who|that|which|where|with)|the\s+ones|those\s+\w+ed\b|the\s+(?:services|cases|people|providers|schools|homes|prisons|respondents)\s+(?:(?:that|which|who)\s+)?(?:rated|inspected|responding|answering|who\s+(?:responded|answered|replied)))|(?:of\s+)?(?:those|respondents|people)\s+(?:who|that)\s+(?:responded|answered|replied|expressed|gave|took\s+part|returned))/i;

/** Words anywhere in the sentence that take some of N out of the base. */
const TAKES_OUT =
  /\b(?:excluding|excluded|not\s+counting|not\s+including|other\s+than|apart\s+from|except(?:\s+for)?|with\s+the\s+exception\s+of|leaving\s+aside|where\s+(?:known|recorded|applicable|relevant|stated|available|data\s+(?:were|was)\s+available|information\s+was\s+available|an?\s+answer\s+was\s+given)|did\s+not\s+(?:answer|respond|reply)|no\s+response|non[-\s]?respon\w*|(?:who|that)\s+(?:expressed|gave)\s+(?:a|an)\s+(?:view|opinion)|not\s+yet\s+(?:rated|inspected|assessed))\b/i;

/** Shares to one decimal ('61.3%'), or a statement that figures are rounded to one decimal place. */
const ONE_DECIMAL = /\b\d+\.\d\s*(?:%|per\s?cent\b|percent\b)|\b(?:one|1)\s+decimal\s+place|\bnearest\s+(?:0\.1|tenth)\b/i;

/**
 * Why P% may be of a smaller base than N, or undefined when N is surely its
 * base. `sentence` is the claim's sentence (its text and where it starts).
 */
export function smallerBase(sentence: { text: string; span: Span } | undefined, p: ShareAt, n: TotalAt): string | undefined {
  if (!sentence) return undefined;
  const text = sentence.text;
  const pAt = locate(text, sentence.span.start, p.raw, p.span.start);
  if (pAt === undefined) return undefined;
  const after = text.slice(pAt + p.raw.length, pAt + p.raw.length + WINDOW);
  const nAt = n.inferred ? undefined : locate(text, sentence.span.start, n.raw, n.span.start);

  if (SUBGROUP_OF.test(after)) return `the share may be of a sub-group of the ${n.value} (${phrase(after)})`;
  // 1. Detached: N is not what the share is written of.
  if (n.inferred) {
    if (!OF_THESE.test(after)) return `the share is not written of the ${n.value}, so it may be of a sub-group`;
  } else if (nAt !== undefined) {
    const between = nAt > pAt ? text.slice(pAt + p.raw.length, nAt) : undefined;
    if (between === undefined || !(OF_N_DIRECT.test(between) || N_BRACKET.test(between))) {
      return `the share is not written 'of the ${n.value}', so it may be of those the question applied to`;
    }
  }
  // 2. Some of N taken out. (Within a sentence's reach of the share: the relation readers read no longer
  // sentence, and the whole of an over-long one, scanned for every claim in it, would cost its square.)
  const near = text.length <= 2 * SENTENCE_REACH ? text : text.slice(Math.max(0, pAt - SENTENCE_REACH), pAt + SENTENCE_REACH);
  const out = TAKES_OUT.exec(near);
  if (out) return `the sentence takes some out ('${out[0]}'), so the base may be smaller than ${n.value}`;
  // 3. A one-decimal figure rounded again.
  if (p.decimals === 0 && ONE_DECIMAL.test(near) && twiceRounded(n.value, p.scaled) !== undefined) {
    const k = twiceRounded(n.value, p.scaled)!;
    return `the sentence gives one-decimal figures, and ${k} / ${n.value} rounded to one decimal and again to a whole number gives ${p.scaled}%`;
  }
  return undefined;
}

/** Where `raw` sits in the (folded) sentence text: at its own offset when the text there matches, else the nearest copy. */
function locate(text: string, sentenceStart: number, raw: string, absStart: number): number | undefined {
  const local = absStart - sentenceStart;
  if (local >= 0 && text.startsWith(raw, local)) return local;
  if (absStart < sentenceStart || absStart > sentenceStart + text.length + 64) return undefined;
  let best: number | undefined;
  for (let i = text.indexOf(raw); i !== -1; i = text.indexOf(raw, i + 1)) {
    if (best === undefined || Math.abs(i - local) < Math.abs(best - local)) best = i;
  }
  return best;
}

/** The first words of the sub-group phrase, for the message. */
function phrase(after: string): string {
  return after.trim().split(/[,.;:()]/)[0]!.split(/\s+/).slice(0, 5).join(' ');
}

/**
 * A whole k of n whose share, rounded half up to one decimal and then to a
 * whole number (either way at a half), is P%; exact in integers.
 */
export function twiceRounded(n: number, whole: number): number | undefined {
  if (n <= 0) return undefined;
  const S = pow10(1);
  for (let k = Math.max(0, Math.floor(((whole - 1) * n) / 100)); k <= n && 100 * k <= (whole + 1) * n; k++) {
    const tenth = Math.floor((200 * k * S + n) / (2 * n)); // k/n in tenths of a percent, half up
    const twice = Math.abs(tenth - whole * S) * 2;
    if (twice <= S) return k;
  }
  return undefined;
}
