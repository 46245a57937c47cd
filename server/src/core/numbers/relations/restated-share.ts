/**
 * A word share restated by a precise share in the next sentence (issue 9,
 * the cross-sentence family):
 *
 *   'Nearly a third of the learners on the course left early. The college's
 *    figures show that 31% of learners left before the end of the course.'
 *   'Three in 4 wards in the north were clean. The share of wards in the
 *    north found clean was 76%.'
 *
 * The word share (a hedged percentage, a fraction word, a ratio; never a
 * quantifier, which is as often loose) is read as `share-beside.ts` reads
 * one in apposition: an interval, judged against the shares the precise
 * figure's rounding allows. A share of something else is the main risk, so
 * the two are tied only when the later sentence plainly speaks of the same
 * group and the same measure:
 * - the group: the word share's noun phrase ('of the learners on the
 *   course', 'wards in the north') shares a word with the precise figure's
 *   own stretch of its sentence, and a group named on the figure ('31% of
 *   girls', 'the share of girls') is that group;
 * - the measure: the later sentence shares a word with the rest of the
 *   earlier one (what was said of the group), and neither sentence negates
 *   what the other says ('safe' / 'unsafe', 'not');
 * - nothing new: the figure's clause (after a frame that opens its sentence)
 *   says nothing the earlier sentence does not; one new word ('of childcare
 *   providers') keeps only a consistent reading, two make it another measure
 *   ('said it was easy to get drugs' after 'had a drug problem');
 * - the part: a group the earlier sentence restricts ('the boys in the unit')
 *   and the later one names by its head alone ('30% of the boys') may be the
 *   wider group, and keeps only a consistent reading;
 * - the time: when both name a year, a year in common;
 * - one to one: the word share ties to one figure, and that figure to one
 *   word share; else nothing is judged (two readings, unresolved).
 * The earlier sentence must state no precise share and no count of its own
 * (its word share is then read there), the precise figure is not part of a
 * change ('fell from 25% …', 'by 4%') or of a count ('12 (40%)', '40% of the
 * 30'), and the later sentence has no word share of its own.
 *
 * A count pair restated as a rate (`readRestatedPair`): 'There were 640
 * appeals where a fee was charged, and 208 of these were upheld. The upheld
 * rate for fee appeals was therefore 33%.' The earlier sentence counts a
 * group and a part of it ('k of these', 'k of the n') and nothing else; the
 * later one has one precise share, named as a rate, share, proportion or
 * percentage, and says nothing the earlier one does not: its words name what
 * the part is ('upheld') and what restricts the group beyond its noun ('fee');
 * a group named only by its noun ('the upheld rate for all appeals') may be a
 * wider one.
 */
import type { ClaimRecord, Operand } from '../claim.js';
import { judgePercentInterval, judgeShare, type CountIn } from '../judge.js';
import { keywords, stem } from '../restate.js';
import type { Tok } from '../scan.js';
import { countOfTok, depthAt, pctOfTok, plainCount } from './common.js';
import { type SentenceView } from './index.js';
import { intervalOf, shareOperand, withRatioHedge } from './share-beside.js';
import { sharesOf, type ShareFig } from './shares.js';

/** Words that end the noun phrase of a word share: verbs and clause words. */
const STOP = /^(?:were|was|is|are|had|has|have|been|be|being|did|do|does|said|say|says|felt|feel|feels|thought|think|thinks|told|reported|received|got|made|showed|show|shows|left|went|came|took|gave|saw|found|met|kept|knew|paid|sent|spent|won|lost|began|chose|wrote|ran|rose|fell|grew|and|but|or|while|whereas|which|that|who|whom|whose|where|when|now|still|can|could|would|will|should|may|might|must)$/i;
/** Words that frame a figure rather than say what it measures. */
const FRAMING = new Set(
  ['against', 'compared', 'said', 'say', 'told', 'tell', 'report', 'reported', 'found', 'find', 'survey', 'surveys', 'show', 'showed', 'figure', 'share', 'proportion', 'rate', 'percentage', 'still', 'level', 'highest', 'lowest', 'therefore', 'also', 'percent'].map(stem),
);
/** A stretch of a sentence ends at these. */
const BREAK = /[,;:()\u2013\u2014]/;
/** A change around the precise figure: it is a value at one time of two, or a difference. */
const CHANGE = /\b(?:rose|risen|rise|rising|fell|fallen|fall|falling|increas\w*|decreas\w*|declin\w*|dropp?\w*|grew|grown|went\s+(?:up|down)|up\s+from|down\s+from|compared|than)\b/i;
const NEGATION = /\b(?:not|no|never|nor|neither|none)\b|n't\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A group named on the precise figure: '31% of girls', 'the share of girls'. */
const GROUP_OF = /^\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+|its\s+|their\s+)?((?:[A-Za-z][\w'-]*\s*){1,5})/i;
const SHARE_OF = /\b(?:share|proportion|percentage|rate|number)\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?((?:[A-Za-z][\w'-]*\s*){1,5})/i;
const ANAPHOR = /^(?:them|these|those|this|it|whom|which)\b/i;
/** How many word shares and figures a pair of sentences may hold before the reader stops (linear). */
const MAX_FIGURES = 8;

/** Past forms that the stems do not bring back to the verb ('felt' and 'feel'). */
const IRREGULAR: Record<string, string> = { felt: 'feel', said: 'say', told: 'tell', thought: 'think', made: 'make', got: 'get', gave: 'give', took: 'take', left: 'leave', kept: 'keep', met: 'meet', saw: 'see', went: 'go', came: 'come', knew: 'know', held: 'hold', paid: 'pay', sent: 'send', spent: 'spend', lost: 'lose', won: 'win', began: 'begin', grew: 'grow' };
const keysOf = (text: string): Set<string> =>
  new Set([...keywords(text.replace(/[A-Za-z]+/g, (w) => IRREGULAR[w.toLowerCase()] ?? w)).keys()].filter((k) => !FRAMING.has(k)));
/** Words that end a group's head noun phrase: prepositions and participles ('boys held in …', 'providers on the register'). */
const PREP = /^(?:in|on|at|of|for|from|with|without|under|over|across|within|aged|held|placed|living|who|that|which|whose|where)$/i;
/** A frame that opens the sentence ('Of the authorities inspected as at 31 August,'): where the figure's clause starts. */
const LEAD_FRAME = /^\s*(?:of|among|amongst|in|for|across|from)\b[^,;:]{0,100},/i;
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((k) => b.has(k));
const yearsOf = (text: string): Set<string> => new Set(text.match(YEAR) ?? []);

/** The words of a noun phrase, up to its verb. */
function nounPhrase(text: string): string {
  const words: string[] = [];
  for (const w of text.trim().split(/\s+/)) {
    if (!w || STOP.test(w) || BREAK.test(w[0]!) || words.length >= 8) break;
    words.push(w);
    if (BREAK.test(w)) break;
  }
  return words.join(' ');
}

/** Where the stretch of a figure starts: after the figure before it or the last ';' / ':' before it. */
function stretchStart(text: string, prevEnd: number, start: number): number {
  let p = prevEnd;
  for (let i = start - 1; i >= prevEnd; i--) {
    if (text[i] === ';' || text[i] === ':') {
      p = i + 1;
      break;
    }
  }
  return p;
}
/** Where the stretch of a figure ends: at the first break after it, or the figure after it. */
function stretchEnd(text: string, end: number, nextStart: number): number {
  for (let i = end; i < nextStart; i++) if (BREAK.test(text[i]!)) return i;
  return nextStart;
}

interface Said {
  f: ShareFig;
  group: Set<string>;
  /** The group's words other than its head noun ('in London' of 'local authorities in London'): what makes it a part of a wider group. */
  restrict: Set<string>;
  /** The stretch of the sentence around the share. */
  stretch: string;
}

interface Precise {
  t: Tok;
  stretch: string;
}

/** The word shares of the earlier sentence that a later precise share may restate. */
function saidShares(a: SentenceView): Said[] {
  // A precise share of its own: the word share is read there (share-beside.ts).
  if (a.toks.some((t) => t.kind === 'pct' && !t.hedge)) return [];
  const shares = sharesOf(a)
    .filter((f) => f.type === 'frac' || (f.type === 'pct' && f.tok.hedge))
    .map((f) => withRatioHedge(a, f));
  if (shares.length === 0 || shares.length > MAX_FIGURES) return [];
  // A count of its own ('Almost half of the 40 boys'): a claim of the sentence, not a restatement.
  const inShare = (t: Tok) => shares.some((f) => t.start >= f.start && t.end <= f.end);
  if (a.toks.some((t) => t.kind === 'num' && !t.notCount && !inShare(t))) return [];
  const out: Said[] = [];
  shares.forEach((f, i) => {
    const after = a.text.slice(f.end, stretchEnd(a.text, f.end, shares[i + 1]?.start ?? a.text.length));
    const of = /^\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+|its\s+|their\s+)?/i.exec(after);
    // A fraction or hedged percentage names its group with 'of'; a ratio, by the noun after it ('Four in 5 wards').
    const np = of ? nounPhrase(after.slice(of[0].length)) : f.type === 'frac' && f.ratio ? nounPhrase(after) : '';
    const group = keysOf(np);
    if (group.size === 0) return;
    const start = stretchStart(a.text, shares[i - 1]?.end ?? 0, f.start);
    // The head noun: the last word before the first preposition or participle ('boys' of 'all boys held in …').
    const words = np.split(/\s+/).filter(Boolean);
    const cut = words.findIndex((w, j) => j > 0 && PREP.test(w));
    const head = keysOf(words[(cut === -1 ? words.length : cut) - 1] ?? '');
    const restrict = new Set([...group].filter((k) => !head.has(k)));
    out.push({ f, group, restrict, stretch: a.text.slice(start, f.end) + after });
  });
  return out;
}

/** The precise shares of the later sentence that may restate a word share. */
function preciseShares(s: SentenceView): Precise[] {
  const pcts = s.toks.filter((t) => t.kind === 'pct' && !t.hedge && !t.notCount);
  if (pcts.length === 0 || pcts.length > MAX_FIGURES) return [];
  const out: Precise[] = [];
  pcts.forEach((t, i) => {
    const before = s.text.slice(stretchStart(s.text, pcts[i - 1]?.end ?? 0, t.start), t.start);
    const tail = s.text.slice(t.end, t.end + 60);
    // Part of a count ('12 (40%)', '40% (12)', '40% of the 30') or of a change ('from 25%', 'by 4%', '4 percentage points').
    if (/\(\s*$/.test(before) || /^\s*\(\s*\d/.test(tail) || /^\s+of\s+(?:the\s+|all\s+)?\d/i.test(tail) || /^\s*(?:percentage\s+)?points?\b/i.test(tail)) return;
    if (/\b(?:from|by|between)\s+$/i.test(before)) return;
    const after = s.text.slice(t.end, stretchEnd(s.text, t.end, pcts[i + 1]?.start ?? s.text.length));
    const stretch = before + s.text.slice(t.start, t.end) + after;
    if (CHANGE.test(stretch)) return;
    out.push({ t, stretch });
  });
  return out;
}

/** Whether one stretch negates what the other says: 'not' on one side only, or 'safe' against 'unsafe'. */
function negates(a: string, b: string): boolean {
  if (NEGATION.test(a) !== NEGATION.test(b)) return true;
  const wa = new Set(a.toLowerCase().match(/[a-z]+/g) ?? []);
  const wb = new Set(b.toLowerCase().match(/[a-z]+/g) ?? []);
  const opposite = (x: Set<string>, y: Set<string>) => [...x].some((w) => /^(?:un|in|im|non|dis)[a-z]{3,}/.test(w) && y.has(w.replace(/^(?:un|in|im|non|dis)/, '')));
  return opposite(wa, wb) || opposite(wb, wa);
}

/**
 * Whether the figure restates the word share: false; 'ok-only' when its
 * clause says one thing the earlier sentence does not ('of childcare
 * providers'), so that only a consistent reading is kept; 'full' when it
 * says nothing new. Two new words ('said it was easy to get drugs' after 'had
 * a drug problem') make it another measure.
 */
function ties(said: Said, measure: ReadonlySet<string>, s: SentenceView, p: Precise, later: ReadonlySet<string>, earlier: ReadonlySet<string>): false | 'ok-only' | 'full' {
  // The group: named on the figure, it is the word share's; else the figure's stretch names it.
  const named = GROUP_OF.exec(s.text.slice(p.t.end, p.t.end + 80)) ?? SHARE_OF.exec(p.stretch);
  if (named && !ANAPHOR.test(named[1]!)) {
    if (!meets(keysOf(nounPhrase(named[1]!)), said.group)) return false;
  }
  if (!meets(keysOf(p.stretch), said.group)) return false;
  // The measure: what the earlier sentence says of the group.
  if (!meets(measure, later)) return false;
  if (negates(said.stretch, p.stretch)) return false;
  // The time: two years named, none in common.
  const ya = yearsOf(said.stretch);
  const yb = yearsOf(p.stretch);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) return false;
  const clause = p.stretch.replace(LEAD_FRAME, ' ');
  const fresh = [...keysOf(clause)].filter((k) => !earlier.has(k) && !/^acr:/.test(k)).length;
  if (fresh > 1) return false;
  // A group restricted in the earlier sentence ('the boys in the unit') and named only by its head later
  // ('Overall, 30% of the boys'): the figure may be of the wider group, so only a consistent reading stands.
  if (said.restrict.size > 0 && !meets(keysOf(s.text), said.restrict)) return 'ok-only';
  return fresh === 0 ? 'full' : 'ok-only';
}

export function readRestatedShare(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || prev.toks.length === 0 || !s.toks.some((t) => t.kind === 'pct')) return [];
  // A word share of its own: the later sentence's figures are read against it (share-beside.ts).
  if (sharesOf(s).some((f) => f.type === 'frac' || (f.type === 'pct' && f.tok.hedge))) return [];
  const precise = preciseShares(s);
  if (precise.length === 0) return [];
  const a: SentenceView = { text: prev.text, toks: prev.toks, offset: prev.offset, policy: s.policy };
  const said = saidShares(a);
  if (said.length === 0) return [];
  const sentenceKeys = keysOf(a.text);
  const groups = new Set(said.flatMap((x) => [...x.group]));
  const measure = new Set([...sentenceKeys].filter((k) => !groups.has(k)));
  const later = keysOf(s.text);
  const earlier = keysOf(a.text);
  const how = new Map<Precise, 'ok-only' | 'full'>();
  const tied = said.map((x) =>
    precise.filter((p) => {
      const t = ties(x, measure, s, p, later, earlier);
      if (t) how.set(p, t);
      return t !== false;
    }),
  );
  const out: ClaimRecord[] = [];
  said.forEach((x, i) => {
    const ps = tied[i]!;
    if (ps.length !== 1) return;
    const p = ps[0]!;
    if (tied.filter((t) => t.includes(p)).length !== 1) return;
    const c = judge(a, x.f, s, p.t);
    if (c && (c.verdict === 'ok' || how.get(p) === 'full')) out.push(c);
  });
  return out;
}

function judge(a: SentenceView, f: ShareFig, s: SentenceView, p: Tok): ClaimRecord | undefined {
  const iv = intervalOf(f);
  if (!iv) return undefined;
  const operands: Operand[] = [];
  const so = shareOperand(a, f);
  if (so) operands.push(so);
  const pin = pctOfTok(p, s.offset);
  operands.push({ role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: pin.span });
  const kind = f.type === 'frac' && f.ratio ? 'ratio' : f.type === 'frac' ? 'fraction' : 'hedge';
  const base = {
    kind,
    span: { start: a.offset + f.start, end: s.offset + p.end },
    sentence: { text: s.text.replace(/\s+/g, ' ').trim(), span: { start: s.offset, end: s.offset + s.text.length } },
  };
  const qualifier = f.type === 'pct' ? f.tok.hedge!.raw : f.type === 'frac' && f.hedge ? f.hedge.raw : iv.said;
  const c = judgePercentInterval(base, operands, pin, iv.interval, iv.said, iv.rule, s.policy.mode !== 'nearest', { qualifier });
  if (c.verdict === 'inconsistent') c.sources = [{ span: so?.span ?? base.span, message: `'${iv.said}' is taken to be restated by ${p.raw} in the next sentence` }];
  return c;
}

/** The share is named as a ratio of the pair. */
const RATE_WORD = /\b(?:rate|share|proportion|percentage)\b/i;
/** 'k of these', 'k of the n' after the part. */
const PAIR_BACK = /^\s+(?:of|out\s+of)\s+(?:these|them|those)\b/i;
const PAIR_OF = /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i;
/** Words of a clause up to its end. */
const clauseAfter = (text: string, from: number): string => {
  const m = /[;:.!?]/.exec(text.slice(from));
  return text.slice(from, m ? from + m.index : text.length);
};

export function readRestatedPair(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const quantities = s.toks.filter((t) => !t.notCount);
  if (quantities.length !== 1) return [];
  const p = quantities[0]!;
  if (p.kind !== 'pct' || p.hedge) return [];
  const precise = preciseShares(s);
  if (precise.length !== 1 || precise[0]!.t !== p) return [];
  const stretch = precise[0]!.stretch;
  if (!RATE_WORD.test(stretch)) return [];
  // The earlier sentence: a group and a part of it, nothing else.
  const counts = prev.toks.filter((t) => !t.notCount);
  if (counts.length !== 2 || counts.some((t) => t.kind !== 'num' || !plainCount(prev.text, t) || depthAt(prev.text, t.start) > 0)) return [];
  const [a, b] = counts as [Tok, Tok];
  let n: Tok;
  let k: Tok;
  let groupText: string;
  let partText: string;
  let headWord: string;
  const back = PAIR_BACK.exec(prev.text.slice(b.end, b.end + 30));
  if (back) {
    // 'there were 640 appeals where a fee was charged, and 208 of these were upheld'
    [n, k] = [a, b];
    groupText = prev.text.slice(a.end, b.start);
    headWord = /^\s*([A-Za-z][\w'-]*)/.exec(groupText)?.[1] ?? '';
    partText = clauseAfter(prev.text, b.end + back[0].length);
  } else if (PAIR_OF.test(prev.text.slice(a.end, b.start))) {
    // '208 of the 640 fee appeals were upheld'
    [k, n] = [a, b];
    const rest = clauseAfter(prev.text, b.end);
    groupText = nounPhrase(rest);
    partText = rest.slice(rest.indexOf(groupText) + groupText.length);
    headWord = groupText.split(/\s+/).pop() ?? '';
  } else return [];
  if (k.value > n.value || n.value <= 0) return [];
  // What the part is, and what restricts the group beyond its noun.
  const partWords = keysOf(partText);
  const head = keysOf(headWord);
  const groupWords = new Set([...keysOf(groupText)].filter((w) => !head.has(w) && !partWords.has(w)));
  const said = keysOf(stretch);
  const tiedPart = [...said].some((w) => partWords.has(w) && !groupWords.has(w));
  const tiedGroup = [...said].some((w) => groupWords.has(w));
  // Nothing the earlier sentence does not say ('for gangs in London').
  const earlier = keysOf(prev.text);
  if (!tiedPart || !tiedGroup || [...said].some((w) => !earlier.has(w))) return [];
  if (negates(prev.text, stretch)) return [];
  const nIn: CountIn = { ...countOfTok(n, prev.offset), inferred: true };
  const kIn: CountIn = { ...countOfTok(k, prev.offset), inferred: true };
  const sources = [{ span: nIn.span, message: `the share is taken to be ${k.raw} of the ${n.raw} of the sentence before` }];
  return [judgeShare({ kind: 'percent-of', span: { start: s.offset + p.start, end: s.offset + p.end } }, pctOfTok(p, s.offset), kIn, nIn, s.policy, sources)];
}
