/**
 * A share set in apposition to a count pair, a quantifier or a percentage
 * (issue 9, families 1, 7 and 8):
 *
 *   '212 of the 530 files we read – some 40% – had no plan'         (a hedged share of the pair)
 *   'Of the 900 visits made, 63 (7%, or one in 14) were unannounced' (a share and a ratio of the pair)
 *   'The vast majority of the 410 homes – 88% – were rated good'     (a quantifier and its figure)
 *   'Some 23 per cent of those asked – nearly one in four – said …'  (a ratio restating a percentage)
 *   '… 1,960 of the 2,120 – 92.7% – were good, which the board called over nine in ten' (confirmed only)
 *
 * The pair is 'k of (the) n <words>' or a sentence opening 'Of the n <words>, k'; the apposition
 * follows the pair's words (or k) directly: in brackets, between dashes, or between commas when it
 * is hedged or opened by 'or'. Nothing but the group's words may stand between, so the figure can
 * only be the pair's share; it is judged both ways. A ratio stands for what `ratioInterval` says
 * (interval.ts): a large base ('one in 14') for the shares whose nearest 'one in N' is within one of
 * N, not the looser reach of a small ratio ('one in five').
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { q, ratioInterval, type RInterval } from '../interval.js';
import { judgeInterval, judgePercentInterval, judgeQuantifier, judgeShare, type PctIn } from '../judge.js';
import { CLAUSE_VERBS, isPopulation, MODALS, nounAfter, ratioBase, sameGroup, SAYING_VERBS, type Tok } from '../scan.js';
import { DEFAULT_QUANTIFIER_BANDS, FRACTION_WORDS, hedgeKind, HEDGE_WORDS, SHARE_OPENING_WORDS, type HedgeKind } from '../words.js';
import { countOfTok, groupsCountedBefore, plainCount, builtRegExp } from './common.js';
import { at, type SentenceView } from './index.js';
import { groupNoun, OTHER_SUBJECT_CLAUSE } from './shares.js';

const OF_BETWEEN = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** 'k of the service's n', 'k of its n': the whole named by its owner (a pair, for a share in apposition right after it). */
const OF_OWNED = /^\s+of\s+(?:(?:the\s+)?[A-Za-z][\w-]*['\u2019]s?|its|their)\s+$/i;
const OF_CLAUSE = /(?:^|[;:])\s*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** 'in 27 cases out of 40': the part's noun before 'out of' (a noun, not a verb or a function word). */
const NOUN_OUT_OF = /^\s+(?!(?:and|or|but|were|was|are|is|had|has|have|of|in|on|at|to|by|for|with|from|that|which|who)\b)[A-Za-z][\w'-]*\s+out\s+of\s+(?:the\s+)?$/i;
/** The group's words after a count, up to the apposition: no figure, no clause break (bounded). */
const GROUP_WORDS = /^(?:\s+[A-Za-z][\w'&-]*){0,12}?(?=\s*(?:\(|[\u2013\u2014]|\s-\s|,))/;
/** The opening of an apposition. */
/** 'just' or 'only' before a figure says it is small, not that it is rounded ('just 41%'; 'just over' is a hedge). */
const OPEN = /^\s*(\(|[\u2013\u2014]|-(?=\s)|,)\s*(?:(or|that\s+is|i\.e\.|(?:just|only)(?=\s+\d)|(?:which\s+is\s+)?an?\s+(?:rate|proportion|share)\s+of)\s*,?\s*)?/i;
const IN = /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;
const HEDGE_AT = new RegExp(String.raw`^(${HEDGE_WORDS})\s+$`, 'i');
/** Between a share and a ratio in one apposition: '(7%, or one in 14)', '(7%; one in 14)'. */
const JOIN = /^\s*(?:[,;]|[\u2013\u2014])?\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+|about\s+|roughly\s+)?/i;
const QUANT_OF = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$/i;
const MAX_PAIRS = 8;
/** Words before k that make the part another figure: 'all but three of the 27', 'more than 40 of the 60'. */
const NOT_THE_PART = /\b(?:all\s+but|all\s+except|except(?:\s+for)?|bar|other\s+than|not|every\s+one|each)\s+$/i;

type Kind = '(' | 'dash' | ',';

function closes(kind: Kind, rest: string): number | undefined {
  const m = kind === '(' ? /^\s*\)/.exec(rest) : kind === 'dash' ? /^\s*(?:[\u2013\u2014]|-(?=\s)|[,.;]|$)/.exec(rest) : /^\s*(?:,|[.;]|$)/.exec(rest);
  return m ? m[0].length : undefined;
}

/** The text with the figures that are no quantities (years, labels) blanked to letters. */
function blanked(s: SentenceView): string {
  let g = s.text;
  for (const t of s.toks) if (t.notCount) g = g.slice(0, t.start) + 'x'.repeat(t.end - t.start) + g.slice(t.end);
  return g;
}

interface Ratio {
  a: Tok;
  b: Tok;
  start: number;
  hedge?: HedgeKind;
  hedgeRaw?: string;
}

/** A ratio whose first figure is the token at `i` ('[nearly] one in five'), with a hedge written from `from`. */
function ratioAt(s: SentenceView, i: number, from: number): Ratio | undefined {
  const a = s.toks[i];
  const b = s.toks[i + 1];
  if (!a || !b || a.kind !== 'num' || b.kind !== 'num' || a.notCount || b.notCount) return undefined;
  if (!IN.test(s.text.slice(a.end, b.start)) || a.value < 1 || a.value >= b.value) return undefined;
  if (!(a.word || b.word || b.value <= 10 || a.value === 1)) return undefined;
  const before = s.text.slice(from, a.start);
  if (/^\s*$/.test(before)) return { a, b, start: a.start };
  const h = HEDGE_AT.exec(before.trimStart());
  const kind = h ? hedgeKind(h[1]!) : undefined;
  if (!h || !kind) return undefined;
  return { a, b, start: a.start - before.trimStart().length, hedge: kind, hedgeRaw: h[1]! };
}

/** The shares a ratio stands for; a large base is a rounding of the base itself. */
function ratioRange(r: Ratio, n?: number): RInterval {
  const target = q(100 * r.a.value, r.b.value);
  return ratioInterval(r.hedge, target, n);
}

function ratioOperand(s: SentenceView, r: Ratio): Operand {
  const said = s.text.slice(r.start, r.b.end).replace(/\s+/g, ' ');
  const o: Operand = { role: 'f', value: r.a.value / r.b.value, fraction: { num: r.a.value, den: r.b.value }, raw: said, span: at(s, r.start, r.b.end) };
  if (r.hedgeRaw) o.hedge = r.hedgeRaw;
  return o;
}

function countOperand(s: SentenceView, t: Tok, role: 'k' | 'n'): Operand {
  const o: Operand = { role, value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
  if (t.word) o.word = true;
  return o;
}

function pctIn(s: SentenceView, t: Tok): PctIn {
  const p: PctIn = { scaled: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) };
  if (t.hedge) p.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
  return p;
}

function pctOperand(s: SentenceView, t: Tok): Operand {
  const o: Operand = { role: 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) };
  if (t.hedge) o.hedge = t.hedge.raw;
  return o;
}

/** Index of the token that starts (with its hedge) exactly at `pos`. */
function tokStartingAt(toks: readonly Tok[], pos: number): number {
  return toks.findIndex((t) => (t.hedge && t.kind === 'pct' ? t.hedge.start : t.start) === pos || t.start === pos);
}

interface Apposition {
  pct?: Tok;
  ratio?: Ratio;
  end: number;
  kind: Kind;
  /** An estimate with its confidence interval: it may be weighted beyond the sample, so it is only confirmed. */
  estimate?: boolean;
}

/** The apposition that opens at `pos`: a share, a ratio, or a share and a ratio, closed as it opened. */
function appositionAt(s: SentenceView, pos: number, bareComma = false): Apposition | undefined {
  const o = OPEN.exec(s.text.slice(pos, pos + 20));
  if (!o) return undefined;
  const kind: Kind = o[1] === '(' ? '(' : o[1] === ',' ? ',' : 'dash';
  const from = pos + o[0].length;
  // The first figure: a share (with its hedge) or a ratio (with its hedge).
  let i = s.toks.findIndex((t) => t.start >= from);
  if (i < 0) return undefined;
  const first = s.toks[i]!;
  let pct: Tok | undefined;
  let ratio: Ratio | undefined;
  if (first.kind === 'pct' && (first.hedge ? first.hedge.start : first.start) === from) {
    pct = first;
    i++;
  } else {
    ratio = ratioAt(s, i, from);
    if (!ratio) return undefined;
    i += 2;
  }
  let end = (pct ?? ratio!.b).end;
  if (pct) {
    // '(7%, or one in 14)'
    const j = JOIN.exec(s.text.slice(end, end + 24));
    const r = j && j[0].length > 0 ? ratioAt(s, i, end + j[0].length) : undefined;
    if (r && (r.start === end + j![0].length || r.hedge)) {
      ratio = r;
      end = r.b.end;
    }
  }
  // '– 41 of the 96 people on the caseload, or 43% –': after ', or' the share may close the dash aside the pair is in.
  const c = closes(kind, s.text.slice(end, end + 8)) ?? (kind === ',' && o[2] && /^or$/i.test(o[2]) ? closes('dash', s.text.slice(end, end + 8)) : undefined);
  if (c === undefined) return undefined;
  // Between commas, only a hedged figure or one opened by 'or' is an apposition (', 70%, were' may be a list).
  if (kind === ',' && !bareComma && !o[2] && !(pct?.hedge || ratio?.hedge)) return undefined;
  return pct ? { pct, ...(ratio ? { ratio } : {}), end, kind } : { ratio: ratio!, end, kind };
}

function judgePair(s: SentenceView, k: Tok, n: Tok, app: Apposition, out: ClaimRecord[]): void {
  const kIn = countOfTok(k, s.offset);
  const nIn = countOfTok(n, s.offset);
  const lo = Math.min(k.start, n.start);
  if (app.pct) {
    out.push(judgeShare({ kind: 'percent-of', span: at(s, lo, app.pct.end) }, pctIn(s, app.pct), kIn, nIn, s.policy));
  }
  if (app.ratio) {
    const r = app.ratio;
    const said = s.text.slice(r.start, r.b.end).replace(/\s+/g, ' ');
    out.push(judgeInterval({ kind: 'ratio', span: at(s, lo, r.b.end) }, [ratioOperand(s, r), countOperand(s, k, 'k'), countOperand(s, n, 'n')], (nn) => ratioRange(r, nn), said, k.value, n.value, RULE.fractionMismatch));
  }
}

/** The count pairs of a sentence with where their apposition may open. */
function pairsOf(s: SentenceView, text: string): { k: Tok; n: Tok; after: number; frame?: boolean }[] {
  const out: { k: Tok; n: Tok; after: number; frame?: boolean }[] = [];
  const toks = s.toks.filter((t) => !t.notCount);
  // 'Of the 900 visits made, 63 …', opening the sentence or a clause after ';' or ':'.
  for (let i = 0; i + 1 < toks.length && out.length < MAX_PAIRS; i++) {
    const n0 = toks[i]!;
    const k0 = toks[i + 1]!;
    if (n0.kind !== 'num' || k0.kind !== 'num' || !plainCount(s.text, n0) || !plainCount(s.text, k0) || k0.value > n0.value) continue;
    if (!OF_CLAUSE.test(text.slice(Math.max(0, n0.start - 20), n0.start))) continue;
    // ('Of the 17 complaints we investigated, we upheld 14, …': the part the object of a verb of deciding after 'we'.)
    // ('Of the 163 crimes that should have been recorded, the force had recorded 141 – an accuracy rate of 87.5%': a
    // subject of its own, 'the force', 'the council', 'inspectors', and a verb in the past.)
    if (!/^[^;:()\d]*,\s*(?:(?:only|just|some|a\s+total\s+of)\s+|(?:we|the\s+(?:force|council|service|trust|provider|school|college|board|authority|department|court|prison|home|team|panel|inspectorate)|inspectors|staff|officers|it|they)\s+(?:had\s+)?(?:upheld|found|judged|rated|graded|assessed|accepted|resolved|closed|completed|refused|rejected|recorded|reviewed|investigated|inspected|visited|approved|answered|dealt\s+with)\s+(?:only\s+|just\s+)?)?$/i.test(text.slice(n0.end, k0.start))) continue;
    out.push({ k: k0, n: n0, after: k0.end, frame: true });
  }
  // 'The Department had approved 524 free schools by the end of the period, of which 87 — about one in six — had …':
  // the group counted, then its part after ', of which' or ', of whom', no other count between.
  for (let i = 0; i + 1 < toks.length && out.length < MAX_PAIRS; i++) {
    const n0 = toks[i]!;
    const k0 = toks[i + 1]!;
    if (n0.kind !== 'num' || k0.kind !== 'num' || !plainCount(s.text, n0) || !plainCount(s.text, k0) || k0.value > n0.value || !isPopulation(s.text, n0)) continue;
    if (!/^[^;:()\d\u2013\u2014]{0,100},\s*of\s+(?:which|whom)\s+(?:only\s+|just\s+)?$/i.test(text.slice(n0.end, k0.start))) continue;
    out.push({ k: k0, n: n0, after: k0.end });
  }
  for (let i = 0; i + 1 < toks.length && out.length < MAX_PAIRS; i++) {
    const k = toks[i]!;
    const n = toks[i + 1]!;
    if (k.kind !== 'num' || n.kind !== 'num' || !plainCount(s.text, k) || !plainCount(s.text, n) || k.value > n.value) continue;
    if (!(OF_BETWEEN.test(text.slice(k.end, n.start)) || OF_OWNED.test(text.slice(k.end, n.start)) || NOUN_OUT_OF.test(text.slice(k.end, n.start))) || NOT_THE_PART.test(text.slice(Math.max(0, k.start - 24), k.start))) continue;
    // 'Four out of five of the 136 trusts': the count is a ratio's denominator, the ratio is the share of n.
    if (ratioBase(text, k)) continue;
    const w = GROUP_WORDS.exec(text.slice(n.end, n.end + 160));
    if (!w || OTHER_SUBJECT_CLAUSE.test(w[0])) continue;
    out.push({ k, n, after: n.end + w[0].length });
  }
  return out;
}

export function readApposedShare(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (s.toks.length < 2) return out;
  const text = blanked(s);
  const view: SentenceView = { ...s, text };
  for (const { k, n, after, frame } of pairsOf(s, text)) {
    const app = appositionAt(view, after) ?? bareBeforeVerb(view, after) ?? closingShare(view, k, after) ?? (frame ? dashAfterClause(view, after) : undefined);
    if (!app) continue;
    if (app.estimate) {
      const mine: ClaimRecord[] = [];
      judgePair(view, k, n, app, mine);
      out.push(...mine.filter((c) => c.verdict === 'ok'));
      continue;
    }
    judgePair(view, k, n, app, out);
    if (app.pct) confirmWhich(view, k, n, app.end, out);
  }
  readCountThenShareOf(view, out);
  readShareOfTotal(view, out);
  readQuantifierPair(view, out);
  readQuantifierApposed(view, out);
  readPercentThenRatio(view, out);
  readOfWhichShare(view, out);
  readShareThenPair(view, out);
  readLateOutOf(view, out);
  return out;
}

/**
 * 'Nine residents had lost weight without a plan in place, out of the 35 whose records we reviewed (26%)': a count
 * opening the sentence, its clause, then the whole it is a part of after ', out of', and the share in brackets
 * closing the sentence. No other figure; the two counts name one kind of thing.
 */
function readLateOutOf(s: SentenceView, out: ClaimRecord[]): void {
  const counts = s.toks.filter((t) => !t.notCount);
  if (counts.length !== 3) return;
  const [k, n, p] = counts as [Tok, Tok, Tok];
  if (k.kind !== 'num' || n.kind !== 'num' || p.kind !== 'pct' || p.hedge || !plainCount(s.text, k) || !plainCount(s.text, n) || k.value > n.value) return;
  if (!/^[\s*>#-]*$/.test(s.text.slice(0, k.start))) return;
  const gap = s.text.slice(k.end, n.start);
  if (!/^[^;:()\u2013\u2014]{1,200},\s*out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$/i.test(gap) || /\b(?:and|but|while|whereas|than|compared|against)\b/i.test(gap)) return;
  if (!/^[^;:()\d\u2013\u2014]{0,100}\(\s*$/.test(s.text.slice(n.end, p.start)) || !/^\s*\)\s*[.;]?\s*$/.test(s.text.slice(p.end))) return;
  if (!sameGroup(groupNoun(s.text, k.end), groupNoun(s.text, n.end))) return;
  out.push(judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy));
}

/** After a bare share set off by commas: the predicate of the pair's clause ('…, 30 per cent, were not in training'). */
const PREDICATE_AFTER = new RegExp(String.raw`^\s*,\s+(?:(?:had|have|has)\s+(?:not\s+|never\s+)?been|(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS})\b)`, 'i');

/**
 * 'Twelve of the 40 care leavers we spoke with, 30 per cent, were not in education': a bare share between
 * commas after a pair's group words, with the pair's verb right after it, restates the pair (',
 * 70%, were' is read as an apposition only when the predicate follows, not in a list).
 */
function bareBeforeVerb(s: SentenceView, after: number): Apposition | undefined {
  const app = appositionAt(s, after, true);
  if (!app?.pct || app.ratio || app.kind !== ',' || !PREDICATE_AFTER.test(s.text.slice(app.end, app.end + 40))) return undefined;
  return app;
}

/**
 * 'Of the 61 apprentices due to finish, 47 achieved – 72% – against a national rate of 55%': after a frame's part,
 * its verb alone, then its share alone between dashes (not 'P% of …', which names another base).
 */
function dashAfterClause(s: SentenceView, after: number): Apposition | undefined {
  // Only the part's verb between ('47 achieved – 72% –'): after an object ('47 achieved their qualification - 72% -')
  // the sentence no longer ties the share to the count (test/numbers/candidate-pairs.test.ts).
  const w = /^\s+(?!(?:and|but|or|while|whereas|which|who|than|compared|against)\b)[A-Za-z][\w'-]*(?=\s*(?:[\u2013\u2014]|\s-\s))/i.exec(s.text.slice(after, after + 80));
  if (!w) return undefined;
  const app = appositionAt(s, after + w[0].length);
  if (!app?.pct || app.ratio || app.kind !== 'dash' || app.pct.hedge) return undefined;
  if (/^\s+of\b/i.test(s.text.slice(app.end, app.end + 6))) return undefined;
  return app;
}

/** Between a share and the pair that restates it: ', or', a dash. */
const SHARE_THEN_PAIR = /^\s*(?:,\s*or|[\u2013\u2014]|\s-)\s*$/i;
/** Before a share that is a change, not a level ('rose by 46%, or …'). */
const CHANGE_BEFORE = /\b(?:by|up|down|rose|fell|increased|decreased|grew|dropped|declined|(?:increase|rise|growth|jump|fall|drop|decrease|reduction|decline)\s+of)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$/i;

/**
 * 'an overall uphold rate of 46%, or 2,393 of the 5,200 appeals it decided'; 'Some 40% – 212 of the 530
 * files – had no plan': a share, then the count pair that restates it after ', or' or between dashes.
 * Nothing but the joining words stands between, so the pair is the share's; it is judged both ways (a
 * hedged share by its hedge's interval). Not a change ('rose by 46%, or 2,393 …').
 */
function readShareThenPair(s: SentenceView, out: ClaimRecord[]): void {
  const { text, toks } = s;
  for (let i = 0; i + 2 < toks.length; i++) {
    const p = toks[i]!;
    const k = toks[i + 1]!;
    const n = toks[i + 2]!;
    if (p.kind !== 'pct' || !plainCount(text, k) || !plainCount(text, n) || k.value > n.value) continue;
    const join = text.slice(p.end, k.start);
    if (!SHARE_THEN_PAIR.test(join) || !OF_BETWEEN.test(text.slice(k.end, n.start))) continue;
    if (CHANGE_BEFORE.test(text.slice(Math.max(0, (p.hedge?.start ?? p.start) - 30), p.hedge?.start ?? p.start))) continue;
    // Between dashes, the pair's group words close the aside.
    if (!/,\s*or\s*$/i.test(join) && !/^(?:\s+[A-Za-z][\w'-]*){0,8}?\s*(?:[\u2013\u2014]|\s-\s)/.test(text.slice(n.end, n.end + 120))) continue;
    out.push(judgeShare({ kind: 'percent-of', span: at(s, p.hedge?.start ?? p.start, n.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy));
    i += 2;
  }
  readGroupShareThenPair(s, out);
}

/** A share's own group, then the pair's opening: 'of the people on probation we interviewed, that is ', ' of them – '. */
const GROUP_THEN_PAIR = /^\s+of\s+(?:the|them|these|those|all)\b((?:\s+[A-Za-z][\w'-]*){0,8}?)\s*(,\s*(?:or|that\s+is|i\.e\.),?|[\u2013\u2014]|\s-)\s*$/i;

/**
 * 'Sixty-one per cent of the people on probation we interviewed, that is 33 out of 54, said …': a share with its
 * group named in words (no figure), then the count pair that restates it after ', that is', ', or' or between
 * dashes, closed as it opened. The pair names the share's group (one noun, or none), so it is judged both ways.
 */
function readGroupShareThenPair(s: SentenceView, out: ClaimRecord[]): void {
  const { text, toks } = s;
  for (let i = 0; i + 2 < toks.length; i++) {
    const p = toks[i]!;
    const k = toks[i + 1]!;
    const n = toks[i + 2]!;
    if (p.kind !== 'pct' || p.hedge || !plainCount(text, k) || !plainCount(text, n) || k.value > n.value) continue;
    const g = GROUP_THEN_PAIR.exec(text.slice(p.end, k.start));
    if (!g || !(OF_BETWEEN.test(text.slice(k.end, n.start)) || /^\s+out\s+of\s+$/i.test(text.slice(k.end, n.start)))) continue;
    if (CHANGE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    const dash = !g[2]!.includes(',');
    const close = (dash ? /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*(?:[\u2013\u2014]|\s-\s)/ : /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*,/).exec(text.slice(n.end, n.end + 60));
    if (!close || toks[i + 3]?.start !== undefined && toks[i + 3]!.start < n.end + close[0].length) continue;
    const gNoun = nounAfter(text, p.end + /^\s+of\s+(?:the|them|these|those|all)\b/i.exec(text.slice(p.end))![0].length);
    const nNoun = nounAfter(text, n.end);
    if (gNoun && nNoun && !sameGroup(gNoun, nNoun)) continue;
    out.push(judgeShare({ kind: 'percent-of', span: at(s, p.start, n.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy));
    i += 2;
  }
}

/**
 * '…, 1,960 of the 2,120 – 92.7% – were good, which the board called over nine in ten': a ratio in a
 * 'which' clause after the pair's own apposition, with no figure between, may restate the pair; it may
 * also be of something else, so it is judged only when it fits.
 */
function confirmWhich(s: SentenceView, k: Tok, n: Tok, from: number, out: ClaimRecord[]): void {
  const i = s.toks.findIndex((t) => t.start >= from);
  if (i < 0) return;
  for (let j = i; j + 1 < s.toks.length && j < i + 4; j++) {
    const lead = s.text.slice(from, s.toks[j]!.start);
    const m = /,\s+which\s+[^.;:()\u2013\u2014]{0,80}?\s(?:as|at|to\s+be)\s+/i.exec(lead);
    if (!m) continue;
    const r = ratioAt(s, j, from + m.index + m[0].length);
    if (!r) return;
    if (s.toks.slice(i, j).some((t) => !t.notCount)) return;
    const said = s.text.slice(r.start, r.b.end).replace(/\s+/g, ' ');
    const c = judgeInterval({ kind: 'ratio', span: at(s, Math.min(k.start, n.start), r.b.end) }, [ratioOperand(s, r), countOperand(s, k, 'k'), countOperand(s, n, 'n')], (nn) => ratioRange(r, nn), said, k.value, n.value, RULE.fractionMismatch);
    if (c.verdict === 'ok') out.push(c);
    return;
  }
}

const bandPatterns = new WeakMap<object, { band: { phrase: string; min: number; max: number; plurality?: boolean }; re: RegExp }[]>();

function patternsOf(bands: readonly { phrase: string; min: number; max: number; plurality?: boolean }[]) {
  let p = bandPatterns.get(bands);
  if (!p) {
    p = [...bands]
      .filter((b) => b.phrase.includes(' ') || /^(?:most|few)$/i.test(b.phrase))
      .sort((a, b) => b.phrase.length - a.phrase.length)
      .map((band) => ({ band, re: new RegExp(String.raw`\b${band.phrase.replace(/\s+/g, String.raw`\s+`)}\b`, 'gi') }));
    // 'the large majority', 'a significant minority': a describing word keeps the share on its side of half (as
    // shares.ts reads them), after every exact phrase.
    for (const band of bands) {
      const w = /^(?:a|the)\s+(minority|majority)$/i.exec(band.phrase.trim());
      const side = band.max < 50 ? { min: 0, max: band.max } : band.min > 50 ? { min: band.min, max: 100 } : undefined;
      if (w && side && !p.some((x) => x.band.phrase === `described ${w[1]!.toLowerCase()}`)) {
        // (Not a describing word with a phrase of its own: 'the vast majority' keeps its band.)
        const own = bands.map((b) => new RegExp(String.raw`^(?:a|the)\s+([a-z-]+)\s+${w[1]}$`, 'i').exec(b.phrase.trim())?.[1]).filter((x): x is string => !!x);
        const not = [w[1]!, ...own].join('|');
        p.push({ band: { phrase: `described ${w[1]!.toLowerCase()}`, ...side }, re: new RegExp(String.raw`\b(?:a|the)\s+(?!(?:${not})\b)[a-z][a-z-]*\s+${w[1]}\b`, 'gi') });
      }
    }
    bandPatterns.set(bands, p);
  }
  return p;
}

/** 'The vast majority of the 410 homes – 88% – …': a quantifier of a counted group, its share between dashes or commas. */
function readQuantifierApposed(s: SentenceView, out: ClaimRecord[]): void {
  const bands = s.quantifierBands ?? DEFAULT_QUANTIFIER_BANDS;
  if (!/\b(?:majority|minority|most|all|few|half)\b/i.test(s.text)) return;
  const taken: number[] = [];
  for (const { band, re } of patternsOf(bands)) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const start = m.index;
      if (taken.some((t) => t >= start && t < start + m![0].length)) continue;
      if (/\b(?:the|at|for\s+the)\s+$/i.test(s.text.slice(Math.max(0, start - 12), start)) && /^most$/i.test(band.phrase)) continue;
      const e = start + m[0].length;
      const ni = s.toks.findIndex((t) => t.start >= e);
      const n = s.toks[ni];
      if (!n || n.kind !== 'num' || !plainCount(s.text, n) || !QUANT_OF.test(s.text.slice(e, n.start))) continue;
      const w = GROUP_WORDS.exec(s.text.slice(n.end, n.end + 160));
      if (!w) continue;
      // Between commas a bare share is the quantifier's too: 'The majority of the 577 centres, 76%, are …'.
      const app = appositionAt(s, n.end + w[0].length, true);
      if (!app?.pct || app.ratio || app.kind === '(') {
        // 'The large majority of the 150 cases we examined – 138, or 92% – were …': the quantifier's count (and its share).
        const kc = countApposedAt(s, n, n.end + w[0].length);
        if (!kc) continue;
        taken.push(start);
        const phrase = m[0].replace(/\s+/g, ' ');
        out.push(judgeQuantifier({ kind: 'quantifier', span: at(s, start, kc.k.end) }, phrase, band.min, band.max, { k: countOfTok(kc.k, s.offset), n: countOfTok(n, s.offset) }, s.policy, band.plurality));
        if (kc.p) out.push(judgeShare({ kind: 'percent-of', span: at(s, n.start, kc.p.end) }, pctIn(s, kc.p), countOfTok(kc.k, s.offset), countOfTok(n, s.offset), s.policy));
        continue;
      }
      taken.push(start);
      const phrase = m[0].replace(/\s+/g, ' ');
      const c = judgeQuantifier({ kind: 'quantifier', span: at(s, start, app.pct.end) }, phrase, band.min, band.max, { p: pctIn(s, app.pct) }, s.policy, band.plurality);
      out.push(c);
    }
  }
}

/**
 * After a quantifier's counted group, its count between dashes or commas, perhaps with its share after ', or'
 * ('– 138, or 92% –', ', 31, or 78%,'), closed as it opened; no other figure.
 */
function countApposedAt(s: SentenceView, n: Tok, pos: number): { k: Tok; p?: Tok } | undefined {
  const o = /^\s*([\u2013\u2014]|\s-(?=\s)|,)\s*/.exec(s.text.slice(pos, pos + 8));
  if (!o) return undefined;
  const i = tokStartingAt(s.toks, pos + o[0].length);
  const k = s.toks[i];
  if (!k || k.kind !== 'num' || !plainCount(s.text, k) || k.value > n.value) return undefined;
  const dash = o[1] !== ',';
  let end = k.end;
  let p: Tok | undefined;
  const q = s.toks[i + 1];
  const or = q && q.kind === 'pct' && !q.hedge ? /^\s*,\s*or\s+$/i.exec(s.text.slice(k.end, q.start)) : null;
  if (or) {
    p = q;
    end = q!.end;
  }
  const close = (dash ? /^\s*(?:[\u2013\u2014]|\s-\s)/ : /^\s*,/).exec(s.text.slice(end, end + 6));
  if (!close) return undefined;
  // Between commas, the count must be followed by its verb: ', 31, or 78%, were …' (a list may follow a comma).
  if (!dash && !p) return undefined;
  return p ? { k, p } : { k };
}

/** 'Some 23 per cent of those asked – nearly one in four – said …': a ratio set beside the percentage it rounds. */
function readPercentThenRatio(s: SentenceView, out: ClaimRecord[]): void {
  for (let i = 0; i < s.toks.length; i++) {
    const p = s.toks[i]!;
    if (p.kind !== 'pct') continue;
    // The share's own words ('of those who replied'), then the apposition; no figure between.
    const w = /^(?:\s+[A-Za-z][\w'-]*){0,8}?(?=\s*(?:\(|[\u2013\u2014]|\s-\s|,))/.exec(s.text.slice(p.end, p.end + 120));
    if (!w) continue;
    const app = appositionAt(s, p.end + w[0].length);
    if (!app || app.pct || !app.ratio) continue;
    // A ratio closing the clause is share-beside's ('41% of the services – roughly two in five.'); here the sentence goes on.
    if (!/^\s*(?:\)|[\u2013\u2014]|-)\s+[a-z]/.test(s.text.slice(app.end, app.end + 12))) continue;
    const r = app.ratio;
    // A bare bracket right after the share is the extractor's ('18% (one in five)').
    const said = s.text.slice(r.start, r.b.end).replace(/\s+/g, ' ');
    const c = judgePercentInterval({ kind: 'ratio', span: at(s, p.hedge ? p.hedge.start : p.start, r.b.end) }, [ratioOperand(s, r), pctOperand(s, p)], pctIn(s, p), ratioRange(r), said, RULE.fractionMismatch, s.policy.mode !== 'nearest');
    out.push(c);
  }
}

/** Before a share of the group just counted: ', of which', ', of whom'. */
const OF_WHICH = /,\s*(?:of\s+(?:which|whom)|of\s+these|of\s+them)\s+(?:only\s+|just\s+|some\s+)?$/i;
/** Between the share and its count: ', or', '– ', ', that is'. */
const OR_COUNT = /^\s*(?:,\s*or|,\s*that\s+is,?|[\u2013\u2014]|\s-)\s+$/i;

/** '113,000 grades were awarded, of which 0.8 per cent, or 900, were changed': the share and its count of the group just counted. */
function readOfWhichShare(s: SentenceView, out: ClaimRecord[]): void {
  for (let i = 1; i + 1 < s.toks.length; i++) {
    const p = s.toks[i]!;
    if (p.kind !== 'pct') continue;
    if (!OF_WHICH.test(s.text.slice(Math.max(0, (p.hedge ? p.hedge.start : p.start) - 30), p.hedge ? p.hedge.start : p.start))) continue;
    const n = [...s.toks.slice(0, i)].reverse().find((t) => !t.notCount);
    const k = s.toks[i + 1]!;
    if (!n || n.kind !== 'num' || !plainCount(s.text, n) || k.kind !== 'num' || !plainCount(s.text, k) || k.value > n.value) continue;
    if (!OR_COUNT.test(s.text.slice(p.end, k.start))) continue;
    if (!/^\s*(?:,|[\u2013\u2014]|\s-|\))/.test(s.text.slice(k.end, k.end + 4)) || /[;:.]\s/.test(s.text.slice(n.end, p.start))) continue;
    out.push(judgeShare({ kind: 'percent-of', span: at(s, n.start, k.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy));
  }
}

/**
 * 'Just 27 of the 225 homes inspected were inadequate, around 12 per cent.': a hedged share (or one
 * opened by 'or', 'that is', 'a rate of') closing the clause of the pair, with no figure between.
 */
function closingShare(s: SentenceView, k: Tok, after: number): Apposition | undefined {
  const i = s.toks.findIndex((t) => t.start >= after);
  const p = s.toks[i];
  if (!p || p.kind !== 'pct') return undefined;
  const from = p.hedge ? p.hedge.start : p.start;
  const gap = s.text.slice(after, from);
  // ('which is an uphold rate of 86%': one word may name the rate.)
  const m = /(?:,|\s[\u2013\u2014-])\s*((?:or|that\s+is|i\.e\.|(?:which\s+is\s+)?an?\s+(?:(?!(?:national|average|sector|regional|target|benchmark|comparator)\b)[a-z]+\s+)?(?:rate|proportion|share)\s+of)\s*,?\s*)?$/i.exec(gap);
  if (!m || (!m[1] && !p.hedge)) return undefined;
  // ('we upheld 14 – most of them about delays – which is an uphold rate of 86%': a dash aside with no figure before
  // a rate that names itself.)
  const aside = /^\s[\u2013\u2014][^.;:()\u2013\u2014]{1,100}$/.test(gap.slice(0, m.index)) && /[\u2013\u2014]/.test(m[0]) && !!m[1] && /\b(?:rate|proportion|share)\s+of/i.test(m[1]);
  if ((!aside && /[;:.()\u2013\u2014]/.test(gap.slice(0, m.index))) || gap.length > 140) return undefined;
  // Only the pair's own words before the comma: no verb of another subject ('and 20 had none').
  if (/\b(?:and|but|while|whereas)\b/i.test(gap.slice(0, gap.length - m[0].length))) return undefined;
  // ('…, or 89.1 per cent (with a confidence interval of plus or minus 2.9 per cent).': the estimate's margin closes it.)
  const estimate = /^\s*\(\s*(?:with\s+)?an?\s+confidence\s+interval\b[^()]{0,80}\)\s*(?:[.;]|$)/i.test(s.text.slice(p.end, p.end + 120));
  if (!/^\s*(?:[.;]|$)/.test(s.text.slice(p.end, p.end + 4)) && !estimate) return undefined;
  void k;
  return estimate ? { pct: p, end: p.end, kind: ',', estimate } : { pct: p, end: p.end, kind: ',' };
}

/** '27 homes, 12% of the 225 inspected, were …': a count, then its share of a stated whole between commas or dashes. */
/** After the whole of a bare share closing its sentence: its noun, a participle of counting or a phrase of time, then the end. */
const CLOSING_WHOLE = /^\s+[a-z][\w'-]*(?:\s+(?:awarded|inspected|received|made|issued|registered|assessed|reviewed|recorded|handled|given|published|sampled|completed|examined|surveyed|logged|rated|graded|sent|submitted|taken|sat|opened|closed|referred))?(?:\s+(?:in\s+(?:total|all)|(?:that|this|the)\s+year|nationally|overall))?\s*\.?\s*$/i;

function readCountThenShareOf(s: SentenceView, out: ClaimRecord[]): void {
  for (let i = 0; i + 2 < s.toks.length; i++) {
    const k = s.toks[i]!;
    const p = s.toks[i + 1]!;
    const n = s.toks[i + 2]!;
    if (k.kind !== 'num' || p.kind !== 'pct' || n.kind !== 'num' || !plainCount(s.text, k) || !plainCount(s.text, n) || k.value > n.value) continue;
    const from = p.hedge ? p.hedge.start : p.start;
    // 'k <its words>, [or] P% of the n <words>,'
    // (Six words of its own when a word of restating opens the share: '1,049 referrals to the Channel programme, representing 6% of …'.)
    const gap = /^((?:\s+[A-Za-z][\w'-]*){0,6}?)\s*(,|[\u2013\u2014]|\()\s*(?:(or|that\s+is|i\.e\.|representing|which\s+(?:is|was)|equivalent\s+to)\s*,?\s*)?$/i.exec(s.text.slice(k.end, from))?.slice(1);
    if (!gap || !OF_BETWEEN.test(s.text.slice(p.end, n.start))) continue;
    if (!gap[2] && gap[0]!.trim().split(/\s+/).length > 4) continue;
    if (NOT_THE_PART.test(s.text.slice(Math.max(0, k.start - 24), k.start))) continue;
    // 'In 27 homes, 40% of the 225 residents …': a count after a preposition is a frame, and the two counts must name one kind of thing.
    // ('in 17 cases, or 75% of the 24 inspected': the share restates the count, so it is of that kind of thing.)
    if (!gap[2] && /\b(?:in|at|across|for|from|among|within|on)\s+$/i.test(s.text.slice(Math.max(0, k.start - 10), k.start))) continue;
    // '12 homes in the north and 17 in the south, which was 75% of …': after a list, 'which' may take up the sum.
    const before = s.toks[i - 1];
    if (gap[2] && before && !before.notCount && !/[;:.]/.test(s.text.slice(before.end, k.start))) continue;
    const nNoun = nounAfter(s.text, n.end);
    if (!sameGroup(nounAfter(s.text, k.end), nNoun && /[a-z]ed$/.test(nNoun) ? undefined : nNoun)) continue;
    const w = GROUP_WORDS.exec(s.text.slice(n.end, n.end + 160));
    const closeAt = n.end + (w ? w[0].length : 0);
    // After ', or', ', representing' the share may close the sentence.
    const close = gap[1] === '(' ? /^\s*\)/ : gap[1] === ',' ? (gap[2] ? /^\s*(?:[,.;]|$)/ : /^\s*,/) : /^\s*(?:[\u2013\u2014]|-(?=\s))/;
    const tail = gap[2] && gap[1] === ',' ? /^(?:\s+[A-Za-z][\w'-]*){0,8}?(?=\s*(?:[,.;]|$))/.exec(s.text.slice(n.end, n.end + 60)) : null;
    // '53,765 grades were changed, 1.9% of the 5,967,675 grades awarded.': a bare share closing the sentence, its
    // whole named by the part's noun and a participle of counting at most, restates the part.
    const closing = !gap[2] && gap[1] === ',' && CLOSING_WHOLE.test(s.text.slice(n.end, n.end + 80));
    if (!closing && !close.test(s.text.slice(closeAt, closeAt + 4)) && !(tail && close.test(s.text.slice(n.end + tail[0].length, n.end + tail[0].length + 4)))) continue;
    out.push(judgeShare({ kind: 'percent-of', span: at(s, k.start, n.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy));
  }
}

/** Only markup or nothing before the quantifier: it opens the sentence. */
const OPENS_SENTENCE = /^[\s#*>\-\u2013\u2014]*(?:\(?[a-z0-9]{1,3}[).]\s*)?$/i;
/** A group named in words after the quantifier (no 'of'), then the mark before the pair. Group 1 is the words. */
const BARE_GROUP = /^((?:\s+(?!(?:of|and|or|but|that|which|who)\b)[A-Za-z][\w'-]*){1,6}?)\s*([\u2013\u2014(]|,)\s*/i;
/** A relative clause of the inspectors in the group's words ('we spoke with', 'inspectors met'). */
const RELATIVE_WE = /\b(?:we|inspectors|I)\s+[a-z]+\b/gi;
/** A verb of the group's words: then they are a clause of their own, not a group ('Most staff felt safe, 19 of …'). */
const GROUP_VERB = /\b(?:were|was|is|are|had|has|have|did|do|does|said|told|felt|thought|would|could|should|will|can|may|might|must|got|made|took|went|[a-z]{2,}ed)\b/i;

/**
 * 'Most of them – 150 of the 225 – had a manager': a quantifier with its pair between dashes, or between
 * commas or in brackets ('The majority, 31 of the 45 children, …'), its group perhaps named in words first
 * ('Most of those we spoke to – 35 of the 48 –').
 */
function readQuantifierPair(s: SentenceView, out: ClaimRecord[]): void {
  const bands = s.quantifierBands ?? DEFAULT_QUANTIFIER_BANDS;
  if (!/\b(?:majority|minority|most|all|few|half)\b/i.test(s.text)) return;
  // (Every reading below is of a pair 'k of (the) n', two number tokens in a row with OF_BETWEEN between them.)
  if (!s.toks.some((k, i) => k.kind === 'num' && s.toks[i + 1]?.kind === 'num' && OF_BETWEEN.test(s.text.slice(k.end, s.toks[i + 1]!.start)))) return;
  for (const { band, re } of patternsOf(bands)) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const start = m.index;
      if (/^most$/i.test(band.phrase) && /\b(?:the|at|for\s+the)\s+$/i.test(s.text.slice(Math.max(0, start - 12), start))) continue;
      const e = start + m[0].length;
      // The quantifier's group may be named in words with no figure ('Most of those we spoke to – 15 of the 48 –').
      let d: { 0: string; mark: string; noun?: string | undefined } | undefined;
      const of = /^(?:\s+of\s+(?:them|these|those|the)(?:\s+[A-Za-z][\w'-]*){0,6}?)?\s*([\u2013\u2014(]|,)\s*/i.exec(s.text.slice(e, e + 80));
      if (of) d = { 0: of[0], mark: of[1]! };
      // Or named in words right after it, opening the sentence: 'Most staff we spoke with, 19 of the 23, said …',
      // 'Nearly all pupils in the base, 11 of 12, have …' (no verb of its own but a relative 'we spoke with').
      if (!d && OPENS_SENTENCE.test(s.text.slice(0, start))) {
        const g = BARE_GROUP.exec(s.text.slice(e, e + 80));
        if (g && !GROUP_VERB.test(g[1]!.replace(RELATIVE_WE, ' '))) d = { 0: g[0], mark: g[2]!, noun: nounAfter(s.text, e) };
      }
      if (!d) continue;
      const mark = d.mark;
      // Between commas or brackets, the quantifier opens its clause ('The majority, 11 of the 45 children, …'), not a frame ('In most cases, 11 of …').
      if (mark !== '\u2013' && mark !== '\u2014' && /\b(?:in|for|at|on|by|with|across|among|from)\s+$/i.test(s.text.slice(Math.max(0, start - 10), start))) continue;
      const i = s.toks.findIndex((t) => t.start === e + d[0].length);
      const k = s.toks[i];
      const n = s.toks[i + 1];
      if (!k || !n || k.kind !== 'num' || n.kind !== 'num' || !plainCount(s.text, k) || !plainCount(s.text, n) || k.value > n.value) continue;
      if (!OF_BETWEEN.test(s.text.slice(k.end, n.start))) continue;
      // A group named in words is the pair's only when the pair names no other ('Most days, 11 of the 12 beds …').
      if (d.noun && !sameGroup(d.noun, nounAfter(s.text, n.end))) continue;
      const closeMark = mark === '(' ? String.raw`\)` : mark === ',' ? ',' : String.raw`[\u2013\u2014]`;
      const w = builtRegExp(String.raw`^(?:\s+[A-Za-z][\w'-]*){0,6}?\s*${closeMark}`).exec(s.text.slice(n.end, n.end + 80));
      if (!w) continue;
      const phrase = m[0].replace(/\s+/g, ' ');
      out.push(judgeQuantifier({ kind: 'quantifier', span: at(s, start, n.end) }, phrase, band.min, band.max, { k: countOfTok(k, s.offset), n: countOfTok(n, s.offset) }, s.policy, band.plurality));
    }
  }
}

/** Before the old level of a change: 'down from', 'up from', 'rose from'. */
const OLD_LEVEL_BEFORE = /\b(?:down|up|rising|falling|rose|risen|fell|fallen|increased|decreased|dropped|grew|grown)\s+from\s+(?:the\s+)?$/i;

/**
 * '27, or 12% of the total, were …', '27 of them, or 15%, found …', 'found 27 inadequate, 15% of the
 * total': a count and its share of the group counted before it (in its sentence or the one before).
 * With one such group the share is judged; with more, the nearest is taken only when it fits.
 */
/** A fraction or share word as the subject of a clause ('a quarter were rated good', 'most had'). */
const SHARE_WORD_CLAUSE = new RegExp(String.raw`\b(?:${FRACTION_WORDS}|${SHARE_OPENING_WORDS})\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|had|have|has|are|is|did|said|received|needed|met)\b`, 'i');

function readShareOfTotal(s: SentenceView, out: ClaimRecord[]): void {
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    const p = s.toks[i + 1]!;
    if (k.kind !== 'num' || p.kind !== 'pct' || !plainCount(s.text, k)) continue;
    const from = p.hedge ? p.hedge.start : p.start;
    const gap = s.text.slice(k.end, from);
    const ofThem = /^\s+of\s+(?:them|these|those)\s*(?:,|[\u2013\u2014]|\()\s*(?:(?:or|that\s+is|i\.e\.)\s*,?\s*)?$/i.test(gap);
    const bare = /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*(?:,|[\u2013\u2014]|\()\s*(?:(?:or|that\s+is|i\.e\.)\s*,?\s*)?$/i.test(gap);
    const rest = s.text.slice(p.end, p.end + 30);
    const ofTotal = /^\s+of\s+(?:the\s+)?(?:total|whole)\b/i.exec(rest);
    // '14,870 were full inspections of providers on the register – 95% of the total': with 'of the total', the
    // count's clause may run on (no clause break, no other figure) before the share set off after it.
    const longBare = !bare && !!ofTotal && /^(?:\s+[^\s\d,;:()\u2013\u2014]+){1,16}?\s*(?:,|\s[\u2013\u2014])\s*(?:(?:or|that\s+is|i\.e\.|which\s+(?:is|was|represents|represented))\s*,?\s*)?$/i.test(gap);
    if (!(ofThem || ((bare || longBare) && ofTotal))) continue;
    if (ofThem && /^\s+of\s/i.test(rest) && !ofTotal) continue;
    const closeAt = p.end + (ofTotal ? ofTotal[0].length : 0);
    if (!/^\s*(?:,|\)|[\u2013\u2014]|[.;]|$)/.test(s.text.slice(closeAt, closeAt + 3))) continue;
    if (NOT_THE_PART.test(s.text.slice(Math.max(0, k.start - 24), k.start))) continue;
    // ('76,634 contacts, down from 80,567 the year before': the old level of a change is the group at another
    // time, no other group 'them' may name, nor a count between; a share that fits it leaves the claim open.)
    const textOf = (off: number) => (off === s.offset ? s.text : s.previous?.find((x) => x.offset === off)?.text ?? '');
    const oldLevel = (t: Tok, off: number) => t.kind === 'num' && OLD_LEVEL_BEFORE.test(textOf(off).slice(Math.max(0, t.start - 24), t.start));
    const all = groupsCountedBefore(s, k, undefined).filter((g) => g.tok !== k);
    const olds = all.filter((g) => oldLevel(g.tok, g.offset));
    const groups = all.filter((g) => !olds.includes(g));
    const g = groups[0];
    if (!g) continue;
    // No other count between the group and k: 'Of the 225 homes, 27 had no manager. 12, or 44% of them' is of the 27.
    const prevToks = s.previous?.find((x) => x.offset === g.offset)?.toks.filter((t) => t.start > g.tok.end && !oldLevel(t, g.offset)) ?? [];
    const between = g.offset === s.offset ? s.toks.filter((t) => t.start > g.tok.end && t.end < k.start && !oldLevel(t, s.offset)) : [...s.toks.filter((t) => t.end < k.start), ...prevToks];
    if (between.some((t) => t.kind === 'num' && !t.notCount)) continue;
    // Nor a share of the group with no count of its own: 'Of the 40 homes, a quarter were rated good, and 4 of these
    // (40%) …' may be of the quarter (10), whose size is not written.
    const gapText = g.offset === s.offset ? s.text.slice(g.tok.end, k.start) : `${textOf(g.offset).slice(g.tok.end)} ${s.text.slice(0, k.start)}`;
    if (between.some((t) => t.kind === 'pct' || t.kind === 'frac') || SHARE_WORD_CLAUSE.test(gapText)) continue;
    const gText = textOf(g.offset);
    const oldToks = [...olds.map((o) => ({ tok: o.tok, offset: o.offset })), ...(s.previous?.find((x) => x.offset === g.offset)?.toks ?? (g.offset === s.offset ? s.toks : [])).filter((t) => t.start > g.tok.end && t.kind === 'num' && !t.notCount && OLD_LEVEL_BEFORE.test(gText.slice(Math.max(0, t.start - 24), t.start))).map((t) => ({ tok: t, offset: g.offset }))];
    if (oldToks.some((o) => judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(o.tok, o.offset), s.policy).verdict === 'ok')) continue;
    const nIn = countOfTok(g.tok, g.offset);
    const c = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctIn(s, p), countOfTok(k, s.offset), nIn, s.policy);
    const sure = groups.length === 1 && g.alone;
    if (c.verdict === 'ok' || sure) out.push({ ...c, sources: [{ span: nIn.span, message: `the total is taken to be the ${g.tok.raw} counted before` }] });
  }
}
