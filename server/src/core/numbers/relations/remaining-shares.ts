/**
 * Shares closed by 'the remaining' over two sentences: 'Councils ran a
 * quarter of homes in 2013, a share that has now fallen to a fifth (20%).
 * Private firms run 72% of homes and charities the remaining 8%.'
 *
 * 'The remaining P%' is the rest of a whole after every share named before
 * it; when the shares of its own sentence fall short of 100% with it, the rest
 * is also after a share of the sentence before: its only share, or the one a
 * change ends on ('has fallen to …', 'now …'), of the same whole (its noun is
 * named there). The shares are then one partition: with that share they
 * cannot exceed 100% beyond rounding (a further share named earlier would
 * only add to the sum). A sum short of 100% may have left a share out, and is
 * not judged.
 *
 * Read only when the sentence holds two or three shares, the last of them
 * after 'the remaining', 'the other' or 'the rest', and no other figure; or
 * when it opens with the rest as its only figure after a sentence with one
 * share ('55% involved men. The remaining 50% involved women.', `loneRest`).
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { formatScaled } from '../rounding.js';
import { nounAfter, singular, type Tok } from '../scan.js';
import { depthAt, overlapSaid, previousShare, builtRegExp } from './common.js';
import type { SentenceView } from './index.js';

const REST = /\bthe\s+(?:remaining|other|rest,?|remainder,?)\s+$/i;
/** The share a change ends on: 'has now fallen to a fifth (', 'rose to ', 'now '. */
const CURRENT = /\b(?:(?:fallen|fell|risen|rose|dropped|increased|decreased|grown|grew|climbed|declined|gone\s+(?:up|down)|went\s+(?:up|down))\s+to|now(?:\s+(?:is|are|stands\s+at|at))?)\s+(?:[a-z-]+\s+){0,3}?\(?\s*$/i;

const usable = (text: string, t: Tok) => t.kind === 'pct' && !t.hedge && !previousShare(text, t);

export function readRemainingShares(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const prev = s.previous?.[s.previous.length - 1];
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  const listed = listRest(s, pcts);
  if (listed) return listed;
  if (!prev) return [];
  if (pcts.length === 1) return loneRest(s, pcts[0]!);
  if (pcts.length < 2 || pcts.length > 3 || s.toks.some((t) => t.kind !== 'pct' && !t.notCount)) return [];
  if (!pcts.every((t) => usable(text, t) && depthAt(text, t.start) === 0)) return [];
  const last = pcts[pcts.length - 1]!;
  if (!REST.test(text.slice(Math.max(0, last.start - 20), last.start))) return [];
  if (/[;:]/.test(text.slice(pcts[0]!.start, last.end))) return [];
  const d0 = Math.max(...pcts.map((t) => t.decimals));
  const own = pcts.reduce((x, t) => x + t.value * 10 ** (d0 - t.decimals), 0);
  if (own >= 100 * 10 ** d0) return [];
  // The whole: the noun after the first share ('of homes'), named in the sentence before.
  const of = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+|all\s+)?/i.exec(text.slice(pcts[0]!.end, pcts[0]!.end + 30));
  const noun = of ? nounAfter(text, pcts[0]!.end + of[0].length - 1) : undefined;
  if (!noun) return [];
  if (!named(prev.text, noun)) return [];
  // The share of the sentence before: its only one, or the one its change ends on.
  const cands = prev.toks.filter((t) => usable(prev.text, t) && depthAt(prev.text, t.start) <= 1);
  const current = cands.length === 1 ? cands : cands.filter((t) => CURRENT.test(prev.text.slice(Math.max(0, t.start - 50), t.start)));
  if (current.length !== 1) return [];
  // A sentence before with a time of its own and no change to the present may be of another year.
  if (cands.length === 1 && prev.toks.some((t) => t.kind === 'num' && (t.type === 'year' || t.type === 'date'))) return [];
  const parts: { t: Tok; offset: number }[] = [{ t: current[0]!, offset: prev.offset }, ...pcts.map((t) => ({ t, offset: s.offset }))];
  return restSum(s, parts, 'the other shares', (r) => `These shares of one whole, closed by ${r},`);
}

/** Whether a noun (or its singular) is written in a text. */
function named(text: string, noun: string): boolean {
  return builtRegExp(String.raw`(?<![\w-])${singular(noun).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\w-])`, 'i').test(text);
}

/**
 * Shares closed by a rest (the last of `parts`): they cannot exceed 100% beyond rounding; a sum short of it
 * may have left out a share named elsewhere, and is not judged. `before` says what the rest is left after;
 * `lead` opens the message with the rest's words.
 */
function restSum(s: SentenceView, parts: { t: Tok; offset: number }[], before: string, lead: (rest: string) => string): ClaimRecord[] {
  const last = parts[parts.length - 1]!.t;
  const d = Math.max(...parts.map((p) => p.t.decimals));
  const sum = parts.reduce((x, p) => x + p.t.value * 10 ** (d - p.t.decimals), 0);
  const slack2 = parts.reduce((x, p) => x + 10 ** (d - p.t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  const off = 2 * (sum - 100 * 10 ** d);
  const operands: Operand[] = parts.map(({ t, offset }): Operand => ({ role: 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: { start: offset + t.start, end: offset + t.end } }));
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  const expr = `${parts.map((p) => formatScaled(p.t.value, p.t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  if (Math.abs(off) <= slack2) return [{ kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (closed by '${last.raw}' as the rest)`, verdict: 'ok', operands }];
  if (off < 0) return [{ kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (a share may be named elsewhere: not judged)`, verdict: 'unchecked', operands }];
  return [
    {
      kind: 'shares-sum',
      span,
      arithmetic: `${expr}, more than 100% ('${restWords(s, parts[parts.length - 1]!)}' is what is left after ${before})`,
      verdict: 'inconsistent',
      // The rest is the figure the sum puts in doubt, as the extractor's own reading of it says.
      rule: RULE.complementMismatch,
      message: `${lead(`'${restWords(s, parts[parts.length - 1]!)}'`)} should add up to 100% within rounding, but ${expr}`,
      operands,
    },
  ];
}

/** 'The remaining 50% …' opening a sentence: the rest after the share of the sentence before. */
const REST_OPENS = /^\s*(?:(?:in|for|among|across|at)\s+)?(?:the\s+(?:remaining|other)|the\s+(?:rest|remainder)\s*,)\s*$/i;

/**
 * 'Of the 300 cases, 55% involved men. The remaining 50% involved women.': a sentence that opens with the
 * rest as its only figure, after a sentence with one share and no year or date of its own. The two are one
 * partition and cannot exceed 100% beyond rounding; a sum short of it may have left out a share named
 * earlier, and is not judged. A rest of another whole ('the remaining 50% of the budget') must name a noun
 * of the sentence before.
 */
function loneRest(s: SentenceView, rest: Tok): ClaimRecord[] {
  const text = s.text;
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || !usable(text, rest) || depthAt(text, rest.start) > 0 || !REST_OPENS.test(text.slice(0, rest.start))) return [];
  if (s.toks.some((t) => t !== rest && !t.notCount)) return [];
  const of = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?/i.exec(text.slice(rest.end, rest.end + 30));
  if (of) {
    const noun = nounAfter(text, rest.end + of[0].length - 1);
    if (!noun || !named(prev.text, noun)) return [];
  }
  const cands = prev.toks.filter((t) => t.kind === 'pct');
  if (cands.length === 0 || !cands.every((t) => usable(prev.text, t) && depthAt(prev.text, t.start) === 0)) return [];
  if (prev.toks.some((t) => t.kind === 'num' && (t.type === 'year' || t.type === 'date'))) return [];
  // Several shares before ('In 62% …, and a further 21% … . In the remaining 21% …'): one list, when nothing
  // else is counted there and nothing says they overlap or are of several groups.
  if (cands.length > 1) {
    if (cands.length > 4 || prev.toks.some((t) => t.kind !== 'pct' && !t.notCount)) return [];
    const span = prev.text.slice(cands[0]!.start);
    if (NOT_PARTITION.test(span) || overlapSaid(span, 0) || cands.some((t) => PART_OF_PART.test(prev.text.slice(t.end, t.end + 30)))) return [];
    const nouns = new Set(cands.map((t) => OF_NOUN.exec(prev.text.slice(t.end, t.end + 40))?.[1]).filter((x): x is string => !!x).map((x) => singular(x.toLowerCase())));
    if (nouns.size > 1 || overlapSaid(text, 0)) return [];
    // Written as one list: each later share added by 'a further' or 'another', or every share and the rest
    // framed alike ('In 62% …, in 21% … . In the remaining 17% …').
    const lead = (t2: string, t: Tok) => t2.slice(Math.max(0, t.start - 16), t.start);
    const further = cands.slice(1).every((t) => /\b(?:a\s+further|another)\s+$/i.test(lead(prev.text, t)));
    const framed = cands.every((t) => /\bin\s+$/i.test(lead(prev.text, t))) && /^\s*in\s+the\s/i.test(text);
    if (!further && !framed) return [];
  }
  return restSum(s, [...cands.map((t) => ({ t, offset: prev.offset })), { t: rest, offset: s.offset }], cands.length > 1 ? 'the shares before' : 'the share before', (r) => `${cands.length > 1 ? 'The shares before' : 'The share before'} and ${r}`);
}

/**
 * A rest named after its sentence's shares: 'the rest (30%)', 'the remainder, 39%,', 'the balance – 12% –', or
 * 'the remaining 14%' after two shares or more (one share and 'the remaining P%' is the extractor's complement).
 */
const NAMED_REST = /\bthe\s+(?:rest|remainder|balance|others)(?:\s+of\s+(?:them|these|those))?\s*(?:\(|,|\s[\u2013\u2014])\s*$/i;
const NAMED_CLOSE = /^\s*(?:\)|,|[\u2013\u2014])/;
const REMAINING = /\bthe\s+(?:remaining|other)\s+$/i;
/** After a share: a part of a part ('25% of them'), of another group named ('of boys'), or a bracketed count is fine. */
const PART_OF_PART = /^\s*(?:%|per\s?cent|percent)?\s+(?:of|out\s+of)\s+(?:them|these|those|whom|which)\b/i;
/** A share's own group: 'of the boys', 'of girls'. */
const OF_NOUN = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+|all\s+)?([a-z][\w-]*)/i;
/** Words that say the shares may overlap, or are not one question's answers. */
const NOT_PARTITION = /\b(?:both|as\s+well\s+as|also|including|included|among\s+them|at\s+least|respectively|compared|against|while|whereas|up\s+from|down\s+from)\b/i;

/**
 * Shares listed in one sentence and closed by a named rest ('Of the 240 staff, 45% said yes, 25% were unsure and
 * the rest (30%) said no'; 'Across the 220 reviews, 73% were on time; the rest, 29%, were late'): one partition,
 * which must make 100% within rounding. An excess is reported; a shortfall only when the sentence before names
 * no share (a share there may be one of the parts). Not read when the shares may overlap or be of several wholes,
 * when a count stands in the list on its own, or when a year or date divides it.
 */
function listRest(s: SentenceView, pcts: readonly Tok[]): ClaimRecord[] | undefined {
  const text = s.text;
  if (pcts.length < 2) return undefined;
  const rest = pcts[pcts.length - 1]!;
  const before = text.slice(Math.max(0, rest.start - 40), rest.start);
  const named = NAMED_REST.test(before) && NAMED_CLOSE.test(text.slice(rest.end, rest.end + 3));
  if (!named && !(REMAINING.test(before) && pcts.length >= 3)) return undefined;
  if (rest.hedge) return undefined;
  const parts = pcts.slice(0, -1);
  // Bracket depth at each token, in one pass.
  const depth = new Map<Tok, number>();
  let d = 0;
  let ti = 0;
  for (let i = 0; i <= rest.start && ti < s.toks.length; i++) {
    while (ti < s.toks.length && s.toks[ti]!.start === i) depth.set(s.toks[ti++]!, d);
    if (text[i] === '(') d++;
    else if (text[i] === ')') d = Math.max(0, d - 1);
  }
  const first = parts[0]!;
  const span = text.slice(first.start, rest.start);
  if (NOT_PARTITION.test(span) || overlapSaid(span, 0)) return undefined;
  const nouns = new Set<string>();
  for (const t of parts) {
    if (!usable(text, t) || PART_OF_PART.test(text.slice(t.end, t.end + 30))) return undefined;
    const dt = depth.get(t) ?? 0;
    // A share in brackets is the share of the count before it ('62 (31%)').
    if (dt > 1 || (dt === 1 && !/\d[\d,]*\s*\($|\b[a-z]+\s*\($/i.test(text.slice(Math.max(0, t.start - 12), t.start)))) return undefined;
    const of = OF_NOUN.exec(text.slice(t.end, t.end + 40));
    if (of) nouns.add(singular(of[1]!.toLowerCase()));
  }
  if (nouns.size > 1) return undefined;
  // Nothing else in the list but the shares, the counts they are shares of, and figures that are no counts.
  for (const t of s.toks) {
    if (t.start <= first.start || t.start >= rest.start || t.kind === 'pct') continue;
    if (t.kind === 'num' && (t.type === 'year' || t.type === 'date')) return undefined;
    if (t.notCount) continue;
    if (t.kind !== 'num') return undefined;
    // A count is allowed only with its share in brackets right after it.
    if (!/^\s*\(\s*[\d.]+\s*(?:%|per\s?cent)/i.test(text.slice(t.end, t.end + 16))) return undefined;
  }
  // The rest must be what the listed shares leave: shares that make 100% or more without it are no partition
  // ('91%, below the national 94%; the remaining 9%'), and a rest that fits the last shares alone ('Last year
  // 58% …; this year 62% … and the rest (38%)') may be of them only: either way no reading is certain.
  const dm = Math.max(...[...parts, rest].map((t) => t.decimals));
  const scaled = (t: Tok) => t.value * 10 ** (dm - t.decimals);
  const half = (ts: readonly Tok[]) => ts.reduce((x, t) => x + 10 ** (dm - t.decimals), 0) / 2 * (s.policy.mode === 'nearest' ? 1 : 2);
  const hundred = 100 * 10 ** dm;
  if (parts.reduce((x, t) => x + scaled(t), 0) >= hundred - half(parts)) return undefined;
  for (let j = 1; j < parts.length; j++) {
    const tail = [...parts.slice(parts.length - j), rest];
    if (Math.abs(tail.reduce((x, t) => x + scaled(t), 0) - hundred) <= half(tail)) return undefined;
  }
  const claims = restSum(s, [...parts, rest].map((t) => ({ t, offset: s.offset })), 'the shares before it', (r) => `The shares of this sentence and ${r}`);
  const c = claims[0];
  if (!c || c.verdict !== 'unchecked') return claims;
  // A shortfall: reported when nothing before may hold another part.
  const prev = s.previous?.[s.previous.length - 1];
  if (prev && prev.toks.some((t) => t.kind === 'pct' || t.kind === 'frac')) return claims;
  if (/\b(?:a\s+further|another|other)\s+$/i.test(text.slice(Math.max(0, first.start - 16), first.start))) return claims;
  const dd = Math.max(...[...parts, rest].map((t) => t.decimals));
  const sum = [...parts, rest].reduce((x, t) => x + t.value * 10 ** (dd - t.decimals), 0);
  const expr = `${[...parts, rest].map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, dd)}%`;
  return [{ ...c, verdict: 'inconsistent', rule: RULE.complementMismatch, arithmetic: `${expr}, under 100% ('${rest.raw}' is named as the rest of the shares before it)`, message: `The shares of this sentence and the rest, ${rest.raw}, should add up to 100% within rounding, but ${expr}` }];
}

/** The rest as written, its marker and its figure: 'the remaining 21%', 'the rest (30%', 'the others, 30 per cent'. */
function restWords(s: SentenceView, rest: { t: Tok; offset: number }): string {
  if (rest.offset !== s.offset) return `the remaining ${rest.t.raw}`;
  const m = /\bthe\s+(?:remaining|other|others|rest|remainder|balance)\b[^.;]*$/i.exec(s.text.slice(Math.max(0, rest.t.start - 30), rest.t.start));
  return m ? `${m[0]}${rest.t.raw}${m[0].includes("(") ? ")" : ""}` : `the remaining ${rest.t.raw}`;
}
