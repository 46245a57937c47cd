/**
 * A hedge, fraction, ratio or quantifier beside the precise percentage it
 * rounds (issue 9, families 6 and 7):
 *
 *   'Nearly 90 percent of the victims (88 percent) said …'
 *   'Nearly one fifth of complaints – 21.1% – were about …'
 *   'Fewer than half of the learners, 46%, had …'
 *   'in 38 percent of a sample of nearly 600 cases – more than one-third.'
 *   'Almost three quarters of the grades were good: 3,106 (74%), against …'
 *
 * The word share is an interval, never a value: a hedge is the interval its
 * words reach (`HEDGE_REACH`, policy.ts), an unhedged fraction is within
 * FRACTION_TOLERANCE, an unhedged ratio reaches as far as 'around', a
 * quantifier is its band. The precise figure stands for the shares its
 * rounding allows; the two are consistent when the intervals meet, and
 * reported only when they cannot.
 *
 * Three shapes, each closed on both sides so that a share of something else
 * is not read as a restatement:
 * - forward: the word share, its noun phrase ('of the victims', a few words,
 *   no verb), then the figure in brackets, between dashes or commas;
 * - back: the figure, the rest of its clause (no clause break, no
 *   conjunction, no other share), then the word share between dashes,
 *   commas or brackets, closing the clause;
 * - colon: the word share, its clause, a colon, and the figure first after
 *   it ('…: 74%', '…: 3,106 (74%)'), closing; or a count pair alone after
 *   the colon, closing the sentence ('almost all of the inspections: 707 of
 *   the 758 (93%)'), judged on the pair; or a figure that opens a clause of
 *   its own ('in the majority of cases: 75 per cent waited …'), judged only
 *   when it fits;
 * - clause end: the word share opening a clause and an unhedged percentage
 *   in brackets closing it ('The majority of the 1,397 complaints
 *   investigated were upheld (58% of completed investigations)'), judged
 *   only when it fits (the bracket may give the share of another base).
 */
import { RULE, type ClaimRecord, type NumbersRuleId, type Operand } from '../claim.js';
import { band, fractionInterval, hedged, percentInterval, q, ratioInterval, type RInterval } from '../interval.js';
import { judgeInterval, judgePercentInterval, judgeShare, pluralityAside, type PctIn } from '../judge.js';
import { firstTokFrom, isPopulation, sameGroup, singular, type Tok } from '../scan.js';
import { hedgeKind, HEDGE_WORDS, INTRANSITIVE_PAST, WHOLE_WORDS } from '../words.js';
import { COUNT_HEDGE, countOfTok, pctOfTok } from './common.js';
import { at, type SentenceView } from './index.js';
import { groupNoun, sharesOf, skipSpace, tokAt, type ShareFig } from './shares.js';
import { groupBefore } from './quantifier-distant.js';

/** Words that end a noun phrase: verbs and clause words. */
const STOP = String.raw`(?:were|was|is|are|had|has|have|been|be|being|did|do|does|said|says|felt|showed|and|but|or|while|whereas|which|that|who|whom|whose|where|when)`;
/** After the word share: its noun phrase ('of the victims', 'of complaints', 'of all young people seen'), then the opening. */
const FORWARD = new RegExp(
  String.raw`^(?:\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+)?(?:(?!${STOP}\b)[A-Za-z][\w'-]*\s*){1,6}?)?(\s*\(|\s*,|\s*[\u2013\u2014]|\s+-(?=\s))\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+)?`,
  'i',
);
/** After the figure: the rest of its clause, then the opening of the word share. */
const BACK = new RegExp(
  String.raw`^((?:\s+(?!(?:and|but|or|while|whereas|whilst|which|who|whom|whose|although|though|because|compared|against|than)\b)[^\s,;:()[\]!?\u2013\u2014]+){0,14}?)(\s*\(|\s*,|\s*[\u2013\u2014]|\s+-(?=\s))\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+)?(?:only\s+)?`,
  'i',
);
/** BACK, where a relative clause may describe the pair's group ('who responded', 'which we read'). */
const BACK_REL = new RegExp(BACK.source.replace('|which|who|whom|whose|', '|'), 'i');
/** BACK, where 'or' may join two categories of the clause (no other number between). */
const BACK_OR = new RegExp(BACK.source.replace('|or|', '|'), 'i');
/** What may follow a closed apposition: a stop, a comma, a dash, a bracket, or the end. */
const CLOSE = /^\s*(?:[,;:.\u2013\u2014]|\s-\s|$)/;
const CLOSE_PAREN = /^\s*\)/;
/** After the figure of the colon shape: the clause ends or goes on to another figure. */
/** A time the figure is of may sit between it and the close: '…: 18% this year, against 19% in 2015'. */
const COLON_CLOSE = /^(?:\s+(?:this|last|that|the\s+previous|the\s+same|each|every)\s+(?:year|month|quarter|term|week|period|time)|\s+in\s+(?:19|20)\d\d(?:[-/]\d{2,4})?)?\s*(?:[,;.]|$|\s*(?:and|against|compared|while|whereas|with|but)\b)/i;
const WINDOW = 240;
/** How many word shares a sentence may hold before the reader stops (linear). */
const MAX_SHARES = 12;

/** The interval a word share stands for, and the words it was said in. */
export function intervalOf(f: ShareFig): { interval: RInterval; said: string; rule: NumbersRuleId } | undefined {
  const said = f.raw.replace(/\s+/g, ' ');
  if (f.type === 'pct') {
    // A percentage is a word share only when hedged ('nearly 90 percent'); two plain figures are two claims.
    const h = f.tok.hedge;
    if (!h) return undefined;
    return { interval: percentInterval(f.tok.value, f.tok.decimals, h.kind), said, rule: RULE.percentageMismatch };
  }
  if (f.type === 'frac') {
    const target = q(100 * f.fraction.num, f.fraction.den);
    const interval = f.ratio ? ratioInterval(f.hedge?.kind, target) : fractionInterval(f.fraction, f.hedge?.kind);
    return { interval, said, rule: RULE.fractionMismatch };
  }
  return { interval: band(f.min, f.max), said, rule: RULE.quantifierMismatch };
}

/** The unhedged percentage token that starts exactly at `pos`. */
function plainPct(s: SentenceView, pos: number): Tok | undefined {
  const t = tokAt(s.toks, pos);
  return t && t.kind === 'pct' && !t.hedge ? t : undefined;
}

const pctIn = (s: SentenceView, t: Tok): PctIn => pctOfTok(t, s.offset);

export function shareOperand(s: SentenceView, f: ShareFig): Operand | undefined {
  if (f.type === 'pct') {
    const o: Operand = { role: 'q', value: f.tok.value, decimals: f.tok.decimals, raw: f.tok.raw, span: at(s, f.tok.start, f.tok.end) };
    if (f.tok.hedge) o.hedge = f.tok.hedge.raw;
    return o;
  }
  if (f.type === 'frac') {
    const raw = f.hedge ? f.raw.slice(f.raw.toLowerCase().indexOf(f.hedge.raw.toLowerCase()) + f.hedge.raw.length).trim() : f.raw;
    const o: Operand = { role: 'f', value: f.fraction.num / f.fraction.den, fraction: f.fraction, raw, span: at(s, f.end - raw.length, f.end) };
    if (f.hedge) o.hedge = f.hedge.raw;
    return o;
  }
  return undefined;
}

/** Whether a share or fraction token (not a count) lies in [from, to). */
function shareTokBetween(s: SentenceView, from: number, to: number): boolean {
  for (let i = firstTokFrom(s.toks, from); i < s.toks.length && s.toks[i]!.start < to; i++) if (s.toks[i]!.kind !== 'num') return true;
  return false;
}

function judge(s: SentenceView, f: ShareFig, p: Tok, lo: number, hi: number): ClaimRecord | undefined {
  const iv = intervalOf(f);
  if (!iv) return undefined;
  const operands: Operand[] = [];
  const so = shareOperand(s, f);
  if (so) operands.push(so);
  const pin = pctIn(s, p);
  operands.push({ role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: pin.span });
  const kind = f.type === 'quantifier' ? 'quantifier' : f.type === 'frac' && f.ratio ? 'ratio' : f.type === 'frac' ? 'fraction' : 'hedge';
  const base = { kind, span: at(s, lo, hi), sentence: { text: s.text.replace(/\s+/g, ' ').trim(), span: at(s, 0, s.text.length) } };
  const c = judgePercentInterval(base, operands, pin, iv.interval, iv.said, iv.rule, s.policy.mode !== 'nearest', { qualifier: f.type === 'quantifier' ? iv.said : f.type === 'pct' ? f.tok.hedge!.raw : f.type === 'frac' && f.hedge ? f.hedge.raw : iv.said });
  return f.type === 'quantifier' ? pluralityAside(c, iv.said, f.plurality, pin, f.min) : c;
}

export function readShareBeside(s: SentenceView): ClaimRecord[] {
  if (s.toks.length === 0) return [];
  const anyPct = s.toks.some((t) => t.kind === 'pct');
  const out: ClaimRecord[] = [];
  const taken = new Set<Tok>();
  const shares = sharesOf(s, { quantifiers: true }).filter((f) => f.type !== 'pct' || f.tok.hedge).map((f) => withRatioHedge(s, f));
  let seen = 0;
  for (const f of shares) {
    if (++seen > MAX_SHARES) break;
    // Pair: '201 of the 640 prisoners, over a third of the population,'.
    // 'Just over half, 3,143 or 54%, were …': the share word opening the sentence, its count and percentage after it.
    const oa = openingApposed(s, f);
    if (oa.length) {
      out.push(...oa);
      for (const c of oa) for (const o of c.operands) if (o.role === 'p') { const t = tokAt(s.toks, o.span.start - s.offset); if (t) taken.add(t); }
      continue;
    }
    const pc = pairBefore(s, f) ?? pairAfter(s, f) ?? frameClosing(s, f) ?? partBefore(s, f);
    if (pc) {
      out.push(pc);
      continue;
    }
    if (!anyPct) {
      // 'most of the children: 14 of the 30' needs no percentage.
      const colon = s.text.indexOf(':', f.end);
      if (colon !== -1 && colon - f.end < WINDOW && !/[;()\u2013\u2014]/.test(s.text.slice(f.end, colon)) && !shareTokBetween(s, f.end, colon) && !s.toks.some((t) => t.start >= f.end && t.end <= colon && !t.notCount)) {
        const c = colonPair(s, f, skipSpace(s.text, colon + 1));
        if (c) out.push(c);
      }
      continue;
    }
    // Forward: 'Nearly one fifth of complaints – 21.1% –'.
    const fw = FORWARD.exec(s.text.slice(f.end, f.end + WINDOW));
    if (fw) {
      const pos = f.end + fw[0].length;
      const p = plainPct(s, pos);
      const paren = fw[1]!.includes('(');
      // 'one in five (18%)', 'nearly one in three of the services (38%)': the ratio readers' (extract.ts, ratio.ts).
      if (p && !taken.has(p) && !(paren && f.type === 'frac' && f.ratio)) {
        const tail = s.text.slice(p.end, p.end + 40);
        const close = (paren ? CLOSE_PAREN : CLOSE).exec(tail);
        if (close && !/^\s+of\b/i.test(tail)) {
          const c = judge(s, f, p, f.start, p.end + (paren ? close[0].length : 0));
          if (c) {
            out.push(c);
            taken.add(p);
            // 'Fewer than half of the learners, 46%, had completed …: 63 of the 150 on the programme.'
            const pc = pctColonPair(s, p);
            if (pc) out.push(pc);
            continue;
          }
        }
      }
    }
    // Back: '38 percent of the cases – more than one-third.'
    const prev = lastPctBefore(s, f.start);
    if (prev && !taken.has(prev)) {
      // '62 (47%) were rated … overall, just under half': a bracketed figure, then the rest of its clause.
      const shut = /\(\s*$/.test(s.text.slice(Math.max(0, prev.start - 3), prev.start)) ? /^\s*\)/.exec(s.text.slice(prev.end, prev.end + 4)) : null;
      const from = prev.end + (shut ? shut[0].length : 0);
      // With no other count between, 'or' joins two categories of the one clause ('requires improvement or inadequate').
      const plainGap = s.toks.every((t) => t.end <= prev.end || t.start >= f.start || t.notCount);
      const b = (plainGap ? BACK_OR : BACK).exec(s.text.slice(from, from + WINDOW));
      if (b && skipSpace(s.text, from + b[0].length) === f.start && !shareTokBetween(s, prev.end, f.start)) {
        const paren = b[2]!.includes('(');
        const tail = s.text.slice(f.end, f.end + 40);
        const close = (paren ? CLOSE_PAREN : CLOSE).exec(tail);
        if (close && !/^\s+(?:of|in|at|for|to)\b/i.test(tail)) {
          const c = judge(s, f, prev, prev.start, f.end + (paren ? close[0].length : 0));
          if (c) {
            out.push(c);
            taken.add(prev);
            continue;
          }
        }
      }
    }
    // 'around 7 in 10 judged good …, although the proportion fell from 71% to 69%': the current figure of the
    // proportion just stated, judged only when it fits (the proportion may be of another group).
    const pr = proportionNow(s, f);
    if (pr && !taken.has(pr)) {
      const c = judge(s, f, pr, f.start, pr.end);
      if (c) {
        out.push(onlyWhenFits(c, "'the proportion' may be of another group"));
        taken.add(pr);
        continue;
      }
    }
    // '… judged X and Y to be positive (95% and 92% respectively)': each figure of the closing bracket.
    const resp = respectively(s, f);
    if (resp.length > 0) {
      for (const p of resp) {
        const c = judge(s, f, p, f.start, p.end);
        if (c) out.push(onlyWhenFits(c, 'the figures may be of other groups'));
        taken.add(p);
      }
      continue;
    }
    // Clause end: 'The majority of the 1,397 complaints investigated were upheld (58% of completed investigations)'.
    const ce = clauseEndShare(s, f);
    if (ce && !taken.has(ce.p)) {
      const c = judge(s, f, ce.p, f.start, ce.end);
      if (c) {
        out.push(onlyWhenFits(c, 'the bracket may give the share of another base'));
        taken.add(ce.p);
        continue;
      }
    }
    // Colon: 'Almost three quarters of the grades … were good: 3,106 (74%), against …'.
    const colon = s.text.indexOf(':', f.end);
    if (colon !== -1 && colon - f.end < WINDOW && !/[;()\u2013\u2014]/.test(s.text.slice(f.end, colon)) && !shareTokBetween(s, f.end, colon)) {
      const after = skipSpace(s.text, colon + 1);
      let p = plainPct(s, after);
      let end = p ? p.end : 0;
      if (!p) {
        // '3,106 (74%)'
        const k = tokAt(s.toks, after);
        const open = k && k.kind === 'num' && !k.notCount ? /^\s*\(\s*/.exec(s.text.slice(k.end, k.end + 8)) : null;
        const pp = open ? plainPct(s, k!.end + open[0].length) : undefined;
        const shut = pp ? CLOSE_PAREN.exec(s.text.slice(pp.end, pp.end + 8)) : null;
        if (pp && shut) {
          p = pp;
          end = pp.end + shut[0].length;
          // '… had been rated weak: 21 (15.5 per cent) of the 135 primary schools visited, …': the pair restates the word share.
          const of = /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
          const n = s.toks[firstTokFrom(s.toks, end)];
          const plainN = n && n.kind === 'num' && !n.notCount && !n.hedge && Number.isInteger(n.value) && n.value >= k!.value;
          if (plainN && of.test(s.text.slice(end, n.start)) && /^(?:\s+[A-Za-z][\w'-]*){0,5}\s*(?:[,.;]|$)/.test(s.text.slice(n.end, n.end + 80)) && (f.type === 'frac' || f.type === 'quantifier')) {
            const c = judgeWordShare(s, f, k!, n, at(s, f.start, n.end));
            if (c) out.push(c);
            taken.add(pp);
            continue;
          }
        }
      }
      if (p && !taken.has(p) && COLON_CLOSE.test(s.text.slice(end, end + 40))) {
        const c = judge(s, f, p, f.start, end);
        if (c) {
          out.push(c);
          taken.add(p);
          continue;
        }
      } else if (p && !taken.has(p) && COLON_CLAUSE.test(s.text.slice(end, end + 40))) {
        // '… in the majority of cases: 75 per cent waited less than three months': the figure opens a clause
        // of its own, which may say something else of the cases, so it is judged only when it fits.
        const c = judge(s, f, p, f.start, end);
        if (c) {
          out.push(onlyWhenFits(c, 'the figure opens a clause of its own'));
          taken.add(p);
          continue;
        }
      } else if (!p) {
        const c = colonPair(s, f, after);
        if (c) out.push(c);
      }
    }
  }
  return out;
}

/** After the colon shape's figure: a clause of its own ('75 per cent waited …', '40% had …'). */
const COLON_CLAUSE = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?(?:\d[\d,]*\s+)?(?:(?!${STOP}\b)[A-Za-z][\w'-]*\s+){0,4}?(?=\S))?\s*(?:${STOP}|[a-z]+ed|said|told|felt|waited|took|got)\b`,
  'i',
);
/** The words between a word share and a bracket closing its clause: 'of the 1,397 complaints investigated in 2018/19 were upheld'. */
const CLAUSE_TO_BRACKET = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?[^.;:()\u2013\u2014]{1,120}?\(\s*$/i;

/** 'the proportion … fell from 71% to ': the anaphor, its change, the old figure, then the new one. */
const PROPORTION_TO = /\bthe\s+(?:proportion|share|percentage)\b[^.;:()]{0,60}?\b(?:fell|rose|dropped|increased|decreased|declined|grew|went\s+(?:up|down)|improved)\s+(?:slightly\s+|sharply\s+)?from\s+$/i;

/** The new figure of 'the proportion … fell from P1 to P2' after the word share, with no other share between. */
function proportionNow(s: SentenceView, f: ShareFig): Tok | undefined {
  const i = firstTokFrom(s.toks, f.end);
  const a = s.toks[i];
  const b = s.toks[i + 1];
  if (!a || !b || a.kind !== 'pct' || b.kind !== 'pct' || a.hedge || b.hedge) return undefined;
  if (a.start - f.end > 200 || !PROPORTION_TO.test(s.text.slice(f.end, a.start))) return undefined;
  if (!/^\s+to\s+$/i.test(s.text.slice(a.end, b.start))) return undefined;
  return b;
}

/** A verb or clause word anywhere in a stretch of text. */
const STOP_IN = new RegExp(String.raw`\b${STOP}\b`, 'i');

/** A reading that may be of something else: kept when it fits, else only listed. */
function onlyWhenFits(c: ClaimRecord, why: string): ClaimRecord {
  if (c.verdict === 'ok') return c;
  const open: ClaimRecord = { ...c, verdict: 'unchecked', arithmetic: `${c.arithmetic} (${why}: not judged)` };
  delete open.rule;
  delete open.message;
  delete open.replacement;
  return open;
}

/**
 * A word share opening a clause, and the unhedged percentage in brackets that closes it: the group's
 * words may hold its own count ('of the 1,397 complaints') and years, no other share or count, and one
 * verb phrase; the bracket closes the sentence or its clause. Judged only when it fits.
 */
function clauseEndShare(s: SentenceView, f: ShareFig): { p: Tok; end: number } | undefined {
  const open = s.text.indexOf('(', f.end);
  if (open < 0 || open - f.end > 140) return undefined;
  if (!CLAUSE_TO_BRACKET.test(s.text.slice(f.end, open + 1))) return undefined;
  const p = plainPct(s, skipSpace(s.text, open + 1));
  if (!p) return undefined;
  // Between: at most the group's count right after 'of (the)', and numbers that are not counts (years).
  const between = s.toks.filter((t) => t.start >= f.end && t.end <= open);
  const first = between[0];
  const ofN = first && /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$/i.test(s.text.slice(f.end, first.start));
  if (between.some((t, i) => t.kind !== 'num' || (!t.notCount && !(i === 0 && ofN)))) return undefined;
  // A verb in the clause ('were upheld'), so that the bracket is the clause's, not the noun's.
  if (!STOP_IN.test(s.text.slice(f.end, open))) return undefined;
  const close = s.text.indexOf(')', p.end);
  if (close < 0 || !/^\s*(?:of\s+[^()]{0,60})?$/i.test(s.text.slice(p.end, close))) return undefined;
  if (!CLOSE.test(s.text.slice(close + 1, close + 20)) && !/^\s*(?:and|but|while)\b/i.test(s.text.slice(close + 1, close + 20))) return undefined;
  return { p, end: close + 1 };
}

/**
 * The percentage of a word share's clause, restated by a count pair alone after the colon that ends the
 * clause and closing the sentence: '46%, had completed their qualification on time: 63 of the 150 on the
 * programme.' The pair is the share written in counts, so the percentage is judged on it.
 */
function pctColonPair(s: SentenceView, p: Tok): ClaimRecord | undefined {
  const colon = s.text.indexOf(':', p.end);
  if (colon < 0 || colon - p.end > WINDOW || /[;()\u2013\u2014]/.test(s.text.slice(p.end, colon))) return undefined;
  if (s.toks.some((t) => t.start >= p.end && t.end <= colon && (t.kind !== 'num' || !t.notCount))) return undefined;
  const after = skipSpace(s.text, colon + 1);
  const k = tokAt(s.toks, after);
  const plain = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'num' && !t.notCount && !t.hedge && Number.isInteger(t.value);
  if (!plain(k)) return undefined;
  const n = s.toks[firstTokFrom(s.toks, k.end)];
  if (!plain(n) || !PAIR_OF.test(s.text.slice(k.end, n.start)) || !COLON_PAIR_TAIL.test(s.text.slice(n.end))) return undefined;
  if (/\(/.test(s.text.slice(n.end)) || s.toks.some((t) => t.start >= n.end)) return undefined;
  const c = judgeShare({ kind: 'percent-of', span: at(s, p.start, n.end) }, pctIn(s, p), countOfTok(k, s.offset), countOfTok(n, s.offset), s.policy, [
    { span: at(s, k.start, n.end), message: `the pair after the colon restates ${p.raw}` },
  ]);
  return c;
}

/** 'k of the n' right after a colon, with an optional '(P%)' or ', or P%', closing the sentence ('on the programme' at most). */
const COLON_PAIR_TAIL = new RegExp(String.raw`^(?:\s+(?!${STOP}\b)[A-Za-z][\w'-]*){0,4}\s*(?:\(\s*\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*\)\s*|,\s*or\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*)?[.;]?\s*$`, 'i');

/**
 * The colon shape with a count pair: 'A report was published for almost all of the inspections: 707 of
 * the 758 (93%).' The pair, alone after the colon and closing the sentence, restates the word share,
 * which is judged on it (a quantifier that may name a plurality, 'most', stands aside when it does not fit).
 */
function colonPair(s: SentenceView, f: ShareFig, after: number): ClaimRecord | undefined {
  const k = tokAt(s.toks, after);
  const plain = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'num' && !t.notCount && !t.hedge && Number.isInteger(t.value);
  if (!plain(k)) return undefined;
  const n = s.toks[firstTokFrom(s.toks, k.end)];
  if (!plain(n) || !PAIR_OF.test(s.text.slice(k.end, n.start))) return undefined;
  const tail = s.text.slice(n.end);
  if (!COLON_PAIR_TAIL.test(tail)) return undefined;
  // No other count after the pair (the bracket holds at most its percentage).
  if (s.toks.some((t) => t.start >= n.end && t.kind === 'num' && !t.notCount)) return undefined;
  const operands = pairOperands(s, f, k, n);
  const said = f.raw.replace(/\s+/g, ' ');
  const kind = f.type === 'quantifier' ? 'quantifier' : f.type === 'frac' && f.ratio ? 'ratio' : f.type === 'frac' ? 'fraction' : 'hedge';
  const base = { kind, span: at(s, f.start, n.end) };
  let interval: (nn: number) => RInterval;
  let rule: NumbersRuleId;
  if (f.type === 'quantifier') {
    interval = () => band(f.min, f.max);
    rule = RULE.quantifierMismatch;
  } else if (f.type === 'frac') {
    interval = (nn) => (f.ratio ? ratioInterval(f.hedge?.kind, q(100 * f.fraction.num, f.fraction.den), nn) : fractionInterval(f.fraction, f.hedge?.kind, nn));
    rule = RULE.fractionMismatch;
  } else {
    const h = f.tok.hedge;
    if (!h) return undefined;
    interval = (nn) => percentInterval(f.tok.value, f.tok.decimals, h.kind, false, nn);
    rule = RULE.percentageMismatch;
  }
  const c = judgeInterval(base, operands, interval, said, k.value, n.value, rule, f.type === 'quantifier' ? { qualifier: said } : {});
  if (c.verdict !== 'ok' && f.type === 'quantifier' && f.plurality) {
    const open: ClaimRecord = { ...c, verdict: 'unchecked', arithmetic: `${c.arithmetic} ('${said}' may name the largest of several groups: not judged)` };
    delete open.rule;
    delete open.message;
    return open;
  }
  return c;
}

const HEDGE_BEFORE = new RegExp(String.raw`(?<![\w-])(${HEDGE_WORDS})\s+$`, 'i');
/**
 * A ratio written in figures ('More than 9 in 10') whose hedge `sharesOf`
 * did not take: the hedge right before it is the ratio's, and the ratio's
 * interval is the hedge's (never 'around', which would accept a figure the
 * hedge excludes).
 */
export function withRatioHedge(s: SentenceView, f: ShareFig): ShareFig {
  if (f.type !== 'frac' || !f.ratio || f.hedge) return f;
  const h = HEDGE_BEFORE.exec(s.text.slice(Math.max(0, f.start - 30), f.start));
  const kind = h ? hedgeKind(h[1]!) : undefined;
  if (!h || !kind) return f;
  const start = f.start - h[0].length;
  return { ...f, hedge: { kind, raw: h[1]! }, start, raw: s.text.slice(start, f.end) };
}

/** 'of the' between a share and its whole. */
const OF_N = /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?=\d)/i;
/** After the whole of the count-first shape: a few words with no verb or clause word, then the clause closes. */
const N_TAIL = new RegExp(String.raw`^(?:\s+(?!${STOP}\b)[A-Za-z][\w'-]*){0,3}\s*(?:[,;.]|$)`, 'i');
/** 'k of (the) n' between two counts. */
const PAIR_OF = /^\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$/i;
/** After the word share in a pair's apposition: nothing, or 'of the population' / 'of the prisoners' (the whole), then the clause closes. */
const PAIR_TAIL = /^(?:\s+of\s+(?:the\s+|all\s+(?:the\s+)?)([A-Za-z][\w'-]*))?\s*(?:[,;.\u2013\u2014)]|\s-\s|$)/i;

/**
 * A count pair with the word share in apposition after it: '201 of the 640
 * prisoners, over a third of the population, were …', '12 of the 40 cases –
 * fewer than half –'. The share is a restatement of k of n (no other figure
 * between, the share's own tail names no other number), judged on the pair.
 */
function pairBefore(s: SentenceView, f: ShareFig): ClaimRecord | undefined {
  // A quantifier after a pair is as often a share of k ('12 of the 40 cases, most of them late'): only a fraction or ratio.
  if (f.type !== 'frac') return undefined;
  let i = firstTokFrom(s.toks, f.start) - 1;
  // ('21 of the 58 cases where one was needed – nearly half –': a pronoun 'one' in the group's words is no figure.)
  while (i > 1 && s.toks[i]!.notCount && s.toks[i]!.type === 'pronoun') i--;
  const plain = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'num' && !t.notCount && !t.hedge;
  let n: Tok | undefined = s.toks[i];
  let k: Tok | undefined = s.toks[i - 1];
  let verbAfterN = false;
  if (plain(n) && plain(k) && PAIR_OF.test(s.text.slice(k.end, n.start))) {
    // '201 of the 640 prisoners, over a third of the population,'; the group's words may hold a relative clause of
    // their own ('47 of the 98 teachers who responded to the survey, just over half,').
    const b = BACK_REL.exec(s.text.slice(n.end, n.end + WINDOW));
    if (!b || skipSpace(s.text, n.end + b[0].length) !== f.start || /[(]/.test(b[2]!)) return undefined;
    const next = s.toks[firstTokFrom(s.toks, f.end)];
    const tail = PAIR_TAIL.exec(s.text.slice(f.end, f.end + 60));
    if (!tail || (next && next.start < f.end + tail[0].length)) return undefined;
    // 'of the population' or the group's own noun names the whole; 'of them', 'of the girls' may be a share of k.
    const noun = tail[1]?.toLowerCase();
    if (noun && !WHOLE_WORDS.has(noun) && !(groupNoun(s.text, n.end) && sameGroup(noun, groupNoun(s.text, n.end)))) return undefined;
  } else {
    // '4380 care services … had been graded, almost a third of the 14,859 registered;': the count, its clause, the share of n.
    k = s.toks[i];
    const of = OF_N.exec(s.text.slice(f.end, f.end + 40));
    n = of ? tokAt(s.toks, f.end + of[0].length) : undefined;
    if (!plain(k) || !plain(n) || !f.hedge || k.value > n.value) return undefined;
    const b = BACK.exec(s.text.slice(k.end, k.end + WINDOW));
    if (!b || skipSpace(s.text, k.end + b[0].length) !== f.start || !/,/.test(b[2]!)) return undefined;
    // The count opens its clause ('By 5 November a total of 4380 …'): no count before it in the sentence's clause.
    const prev = s.toks[i - 1];
    if (prev && !prev.notCount && !/[.;:]/.test(s.text.slice(prev.end, k.start))) return undefined;
    const rest = N_TAIL.exec(s.text.slice(n.end, n.end + 80));
    const next = s.toks[firstTokFrom(s.toks, n.end)];
    if (!rest || (next && next.start < n.end + rest[0].length)) return undefined;
    // 'of the 14,859 registered' names the whole; in 'We read 12 files, nearly half of the 70 improved'
    // the word may be the verb of a new clause about the 70: that reading may only confirm.
    verbAfterN = INTRANSITIVE_PAST.has(/^\s+([A-Za-z-]+)/.exec(rest[0])?.[1]?.toLowerCase() ?? '');
  }
  const operands = pairOperands(s, f, k, n);
  const said = f.raw.replace(/\s+/g, ' ');
  const base = { kind: f.ratio ? 'ratio' : 'fraction', span: at(s, k.start, f.end) };
  const interval = (nn: number) => (f.ratio ? ratioInterval(f.hedge?.kind, q(100 * f.fraction.num, f.fraction.den), nn) : fractionInterval(f.fraction, f.hedge?.kind, nn));
  const c = judgeInterval(base, operands, interval, said, k.value, n.value, RULE.fractionMismatch);
  return verbAfterN && c.verdict !== 'ok' ? undefined : c;
}

/** After a word share: its group's words (no figure, no clause break), then the mark that opens the pair's apposition. */
const GROUP_THEN_MARK = /^(?:\s+of\s+(?:all\s+)?(?:the|these|those|its|their|our)(?:\s+[A-Za-z][\w'-]*){0,8}?)?\s*([\u2013\u2014]|,|\s-(?=\s))\s*$/i;
/** A preposition before the word share: it frames a clause ('In half of the schools, 12 of the 20 governors …'). */
const FRAME_PREP = /\b(?:in|for|at|on|by|with|across|among|from|to|over|under|within)\s+$/i;

/**
 * 'Nearly half of the teachers who responded, 47 of 98, said …', 'About a third of the homes – 14 of the 41 –
 * were …': a fraction or ratio with its group's words, then the count pair that restates it set off by commas
 * or dashes (a bracket is the extractor's), the pair's own words closing the apposition as it opened. Judged
 * on the pair.
 */
function pairAfter(s: SentenceView, f: ShareFig): ClaimRecord | undefined {
  if (f.type !== 'frac') return undefined;
  const i = firstTokFrom(s.toks, f.end);
  const k = s.toks[i];
  const n = s.toks[i + 1];
  const plain = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'num' && !t.notCount && !t.hedge && Number.isInteger(t.value);
  if (!plain(k) || !plain(n) || k.value > n.value || !PAIR_OF.test(s.text.slice(k.end, n.start))) return undefined;
  const g = GROUP_THEN_MARK.exec(s.text.slice(f.end, k.start));
  if (!g) return undefined;
  const dash = g[1] !== ',';
  // Between commas the word share opens its clause: not a frame ('In half of the schools, 12 of the 20 …').
  if (!dash && FRAME_PREP.test(s.text.slice(Math.max(0, f.start - 12), f.start))) return undefined;
  const close = (dash ? /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*(?:[\u2013\u2014]|\s-\s)/ : /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*,/).exec(s.text.slice(n.end, n.end + 60));
  if (!close) return undefined;
  const next = s.toks[i + 2];
  if (next && next.start < n.end + close[0].length) return undefined;
  // A group named on both sides names one kind of thing ('Half of the wards, 12 of the 24 beds,' does not).
  const of = /^\s+of\s+(?:all\s+)?(?:the|these|those|its|their|our)/i.exec(s.text.slice(f.end, k.start));
  const gNoun = of ? groupNoun(s.text, f.end + of[0].length) : undefined;
  const nNoun = groupNoun(s.text, n.end);
  if (gNoun && nNoun && !sameGroup(gNoun, nNoun)) return undefined;
  return judgeWordShare(s, f, k, n, at(s, f.start, n.end));
}

/** 'of them', 'of these', 'of those' right after a count. */
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\b/i;
/**
 * From a part to the word share set off after it: the rest of the part's clause (words only, at most one aside
 * between commas), then a comma or a dash. Each word follows white space and holds none, so the match is linear.
 */
const PART_CLAUSE = /^(?:\s+[^\s,;:()[\]\u2013\u2014]+){0,16}(?:\s*,(?:\s+[^\s,;:()[\]\u2013\u2014]+){1,8}\s*,(?:\s+[^\s,;:()[\]\u2013\u2014]+){1,8})?\s*(,|[\u2013\u2014]|\s-)\s*$/;
/** Words that open another clause or a comparison: the share after them may be of something else. */
const OTHER_CLAUSE_WORD = /\b(?:and|but|or|while|whereas|whilst|although|though|because|compared|against|than|which|who|whom|whose|when|where|if|unless)\b/i;
/** After a quantifier that closes its part's clause: the sentence ends, or 'though not all' qualifies it. */
const QUANT_CLOSE = /^\s*(?:[.;]\s*$|$|,\s*(?:though|although|but|if)\s+not\s+all\s*[.;]?\s*$)/i;
/** 'of the population of 1,210', 'of the total of 96': the whole written after the word share. */
const OF_WHOLE_OF = new RegExp(String.raw`^\s+of\s+(?:the|its|their|a)\s+(?:${[...WHOLE_WORDS].join('|')})\s+of\s+(?=\d)`, 'i');

/**
 * A word share set off after a part, restating the part as a share of its whole (issue 9, families hedge,
 * quantifier-distant and cross-sentence):
 * - a count pair with its bracketed share, then the rest of its clause: '187 of the 322 prisoners (58%) were locked
 *   in their cells – well over half.', '216 of the 928 men held (27%), roughly a quarter of the population.';
 *   judged on the pair (a word share that fits only the bracket leaves the bracket's own claim to report);
 * - 'k of them', 'k of these', the whole the one group the sentence before counts, or the one part it counts
 *   with no whole of its own ('… in 34 of the cases we inspected. In only 16 of them, …, had this happened – less
 *   than half.'): set right after the pair ('Only 18 of them, about one in six, had …') or closing the clause;
 * - the sentence's one count, bare or after 'in', against the one group the sentence before counts, the share
 *   closing the sentence ('We inspected 27 cases. Work was sufficient in 17, just under two thirds.');
 * - a hedged count and the whole written after the share, 'About 400 men …, roughly a third of the population of
 *   1,210.' (the count is rough: only confirmed).
 * A quantifier ('most') only closing the sentence, after a dash or with 'though not all'. No other figure between
 * the part and the share, no word that opens another clause, and the share's tail names no other group.
 */
function partBefore(s: SentenceView, f: ShareFig): ClaimRecord | undefined {
  if (f.type === 'pct') return undefined;
  let i = firstTokFrom(s.toks, f.start) - 1;
  while (i > 0 && s.toks[i]!.notCount && s.toks[i]!.type === 'pronoun') i--;
  const t = s.toks[i];
  if (!t) return undefined;
  const plain = (x: Tok | undefined): x is Tok => x !== undefined && x.kind === 'num' && !x.notCount && !x.hedge && Number.isInteger(x.value);
  const tail = s.text.slice(f.end, f.end + 60);
  const inShare = (x: Tok) => x.start < f.end && x.end > f.start;
  // The whole written after the share: 'About 400 men …, roughly a third of the population of 1,210.'
  const ofWhole = f.type === 'frac' && f.hedge ? OF_WHOLE_OF.exec(tail) : null;
  if (ofWhole) {
    const n = tokAt(s.toks, f.end + ofWhole[0].length);
    if (!t || t.kind !== 'num' || t.notCount || !plain(n) || t.value > n.value) return undefined;
    if (s.toks.some((x) => x !== t && x !== n && !x.notCount && !inShare(x))) return undefined;
    if (!/^\s*(?:[.;]|$)/.test(s.text.slice(n.end, n.end + 4))) return undefined;
    const gap = s.text.slice(t.end, f.start);
    if (!PART_CLAUSE.test(gap) || !/,\s*$/.test(gap) || OTHER_CLAUSE_WORD.test(gap)) return undefined;
    const c = judgeWordShare(s, f, t, n, at(s, t.start, n.end));
    // A rough count ('About 400') is only confirmed.
    return c && (c.verdict === 'ok' || !roughBefore(s, t)) ? c : undefined;
  }
  let k: Tok | undefined;
  let n: { value: number; raw: string; start: number; end: number; word: boolean } | undefined;
  let from: number;
  let bracket: Tok | undefined;
  let why: string | undefined;
  let rough = false;
  let bare = false;
  let groupWord: string | undefined;
  if (t.kind === 'pct' && !t.hedge && /\(\s*$/.test(s.text.slice(Math.max(0, t.start - 3), t.start))) {
    // '187 of the 322 prisoners (58%) were locked …'
    const shut = /^\s*\)/.exec(s.text.slice(t.end, t.end + 4));
    const nn = s.toks[i - 1];
    k = s.toks[i - 2];
    if (!shut || !plain(nn) || !plain(k) || !PAIR_OF.test(s.text.slice(k.end, nn.start)) || k.value > nn.value) return undefined;
    // The pair's noun and words, no verb, up to the bracket.
    if (!/^(?:\s+[A-Za-z][\w'-]*){0,4}\s*\(\s*$/.test(s.text.slice(nn.end, t.start)) || STOP_IN.test(s.text.slice(nn.end, t.start))) return undefined;
    n = nn;
    bracket = t;
    from = t.end + shut[0].length;
  } else if (plain(t)) {
    k = t;
    const them = OF_THEM_AFTER.exec(s.text.slice(t.end, t.end + 16));
    // No other count in the sentence before the part.
    if (s.toks.some((x) => x.end <= t.start && !x.notCount)) return undefined;
    if (them) {
      from = t.end + them[0].length;
      const g = groupBefore(s, t.start);
      if (g) {
        n = g.n;
        why = g.why;
        rough = !!g.rough;
        groupWord = g.noun;
      } else {
        const p = partGroupBefore(s);
        if (!p) return undefined;
        n = p;
        why = `'them' is taken to mean the ${p.raw} counted in the sentence before`;
      }
    } else {
      // The sentence's one count, its noun left out ('in 17', '17 were'), and the one group of the sentence before.
      if (s.toks.some((x) => x !== t && !x.notCount && !inShare(x)) || /^\s+of\b/i.test(s.text.slice(t.end, t.end + 4))) return undefined;
      const g = groupBefore(s, t.start);
      if (!g || g.n.start >= 0) return undefined;
      if (isPopulation(s.text, t) && !sameGroup(groupNoun(s.text, t.end), g.noun)) return undefined;
      n = g.n;
      why = `the share is taken to be of the ${g.n.raw} counted in the sentence before`;
      rough = !!g.rough;
      from = t.end;
      bare = true;
    }
    if (k.value > n.value) return undefined;
  } else return undefined;
  // ('In 38 of them, that is four in ten, we found …', '…, or two in five,': the share said to restate the part.)
  const gap = s.text.slice(from, f.start).replace(/(,|[\u2013\u2014]|\s-)\s*(?:or|that\s+is|i\.e\.)\s*,?\s*$/i, '$1 ');
  const m = PART_CLAUSE.exec(gap);
  if (!m || OTHER_CLAUSE_WORD.test(gap) || s.toks.some((x) => x.start >= from && x.end <= f.start && !x.notCount)) return undefined;
  const dash = m[1] !== ',';
  // What follows the share: the sentence's end for a quantifier or a bare count's share; a close of the apposition
  // ('of the population' at most) for a fraction after its pair.
  if (f.type === 'quantifier') {
    if (!dash || !QUANT_CLOSE.test(tail)) return undefined;
  } else if (bare) {
    if (!/^\s*(?:[.;]\s*$|$)/.test(tail)) return undefined;
  } else {
    const pt = PAIR_TAIL.exec(tail);
    const next = s.toks[firstTokFrom(s.toks, f.end)];
    if (!pt || (next && next.start < f.end + pt[0].length + 1 && !next.notCount)) return undefined;
    const noun = pt[1]?.toLowerCase();
    if (noun && !WHOLE_WORDS.has(noun)) return undefined;
    // Set off after the clause (not right after the pair), the share closes the sentence.
    // ('In 16 of these files, around two thirds, …': the group's own noun after 'of these' is still right after the pair.)
    const gapWords = gap.replace(/[,\u2013\u2014-]/g, '').trim();
    const ownNoun = groupWord !== undefined && /^[A-Za-z][\w'-]*$/.test(gapWords) && singular(gapWords.toLowerCase()) === singular(groupWord.toLowerCase());
    if (gapWords !== '' && !ownNoun && !/^(?:\s+of\s+(?:the\s+)?[A-Za-z]+)?\s*(?:[.;]\s*$|$)/i.test(tail)) return undefined;
  }
  const c = judgeWordShare(s, f, k, n, at(s, Math.min(k.start, n.start), f.end));
  if (!c) return undefined;
  if (c.verdict !== 'ok') {
    // A rough part or whole confirms only; a word share that fits the bracket but not the pair leaves the bracket's claim to report.
    if (rough || roughBefore(s, k)) return undefined;
    if (bracket) {
      const byPct = judge(s, f, bracket, bracket.start, f.end);
      if (byPct?.verdict === 'ok') return onlyWhenFits(c, `the bracket's ${bracket.raw} fits the word share`);
    }
  }
  return why ? { ...c, sources: [{ span: at(s, n.start, n.end), message: why }] } : c;
}

/**
 * The sentence before counts one part and nothing else, with no whole of its own ('… in 34 of the cases we
 * inspected.'): the group 'them' means in the next sentence.
 */
function partGroupBefore(s: SentenceView): { value: number; raw: string; start: number; end: number; word: boolean } | undefined {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return undefined;
  const counted = prev.toks.filter((x) => !x.notCount);
  const x = counted[0];
  if (counted.length !== 1 || !x || x.kind !== 'num' || x.hedge || !Number.isInteger(x.value)) return undefined;
  if (!/^\s+of\s+(?:the|these|those|all\s+the)\s+[A-Za-z]/i.test(prev.text.slice(x.end, x.end + 24))) return undefined;
  const shift = prev.offset - s.offset;
  return { value: x.value, raw: x.raw, start: x.start + shift, end: x.end + shift, word: x.word };
}

/** After a word share opening its sentence: a comma or dash, the count, 'or' or a bracket, the percentage, and the close. */
const APPOSED_OPEN = /^\s*(?:,|[\u2013\u2014]|\s-)\s*$/;
const APPOSED_OR = /^\s*(?:or|\(|,)\s*$/i;
const APPOSED_CLOSE = /^\s*\)?\s*(?:,|[\u2013\u2014]|\s-\s)/;

/**
 * A word share opening its sentence with its count and percentage set off after it, of the one group the sentence
 * before counts: 'There were 5,860 releases in December 2017. Just over half, 3,143 or 54%, were to settled
 * accommodation.' The percentage and the word share are both judged on the count and that group (a group given
 * roughly, 'some 5,800', only confirms).
 */
function openingApposed(s: SentenceView, f: ShareFig): ClaimRecord[] {
  if (f.type === 'pct' || !/^\s*$/.test(s.text.slice(0, f.start))) return [];
  const i = firstTokFrom(s.toks, f.end);
  const k = s.toks[i];
  const p = s.toks[i + 1];
  if (!k || !p || k.kind !== 'num' || k.notCount || k.hedge || !Number.isInteger(k.value) || p.kind !== 'pct' || p.hedge) return [];
  if (!APPOSED_OPEN.test(s.text.slice(f.end, k.start)) || !APPOSED_OR.test(s.text.slice(k.end, p.start)) || !APPOSED_CLOSE.test(s.text.slice(p.end, p.end + 6))) return [];
  // A bracket opened before the percentage is closed after it, and only then.
  if (/\(/.test(s.text.slice(k.end, p.start)) !== /^\s*\)/.test(s.text.slice(p.end, p.end + 4))) return [];
  const g = groupBefore(s, f.start);
  if (!g || g.n.start >= 0 || g.n.value < k.value) return [];
  const why = `the share is taken to be of the ${g.n.raw} counted in the sentence before`;
  const nSpan = at(s, g.n.start, g.n.end);
  const pct = judgeShare({ kind: 'percent-of', span: at(s, k.start, p.end) }, pctIn(s, p), countOfTok(k, s.offset), { value: g.n.value, raw: g.n.raw, span: nSpan }, s.policy, [{ span: nSpan, message: why }]);
  const word = judgeWordShare(s, f, k, g.n, at(s, f.start, p.end));
  const out = [pct, ...(word ? [{ ...word, sources: [{ span: nSpan, message: why }] }] : [])];
  // A rough group confirms only.
  return g.rough ? out.filter((c) => c.verdict === 'ok') : out;
}

/** A count given roughly ('About 400 men', 'some 30'). */
function roughBefore(s: SentenceView, t: Tok): boolean {
  return COUNT_HEDGE.test(s.text.slice(Math.max(0, t.start - 24), t.start));
}

/** A word share judged on a part and its whole. */
export function judgeWordShare(s: SentenceView, f: ShareFig, k: { value: number; raw: string; start: number; end: number; word: boolean }, n: { value: number; raw: string; start: number; end: number; word: boolean }, span: { start: number; end: number }): ClaimRecord | undefined {
  const operands = pairOperands(s, f, k as Tok, n as Tok);
  const said = f.raw.replace(/\s+/g, ' ');
  if (f.type === 'quantifier') {
    const c = judgeInterval({ kind: 'quantifier', span }, operands, () => band(f.min, f.max), said, k.value, n.value, RULE.quantifierMismatch, { qualifier: said });
    // '– most, though not all.' is a share of the whole, never the largest of several groups.
    const notAll = /^\s*,\s*(?:though|although|but|if)\s+not\s+all\b/i.test(s.text.slice(f.end, f.end + 30));
    return c.verdict !== 'ok' && f.plurality && !notAll ? onlyWhenFits(c, `'${said}' may name the largest of several groups`) : c;
  }
  if (f.type !== 'frac') return undefined;
  const interval = (nn: number) => (f.ratio ? ratioInterval(f.hedge?.kind, q(100 * f.fraction.num, f.fraction.den), nn) : fractionInterval(f.fraction, f.hedge?.kind, nn));
  return judgeInterval({ kind: f.ratio ? 'ratio' : 'fraction', span }, operands, interval, said, k.value, n.value, RULE.fractionMismatch);
}

/** 'Of the 45 trusts, ' opening the sentence: the frame of the part after it. */
const FRAME_OF = /^\s*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** From the frame's count to its part: the frame's words and a comma, 'only' or 'just' (no figure, no clause break). */
const FRAME_TO_PART = /^[^;:()\d\u2013\u2014]*,\s*(?:(?:only|just)\s+)?$/i;
/** From the part to the closing share: the part's clause (no clause break, no other subject), then a comma. */
const PART_TO_SHARE = /^[^;:()\d\u2013\u2014]{1,120}(?:,|\s[\u2013\u2014])\s*(?:(?:only|just)\s+)?$/;
/** Before the part: a preposition whose object it is ('carried out in 19', 'for only 12'): a count of the frame's own things. */
const PART_IN = /\b(?:in|for)\s+(?:(?:only|just)\s+)?$/i;
/** From the frame's count to a part after 'in': the frame's words, its comma, then one clause (no break, no second clause). */
const FRAME_TO_IN_PART = /^[^;:()\d\u2013\u2014,]*,(?![^;:()\d\u2013\u2014]*\b(?:and|but|while|whereas|although|though|or|which|who|where|when|than)\b)[^;:(),\d\u2013\u2014]*$/i;
/** From such a part to the share: only the comma or dash that sets the share off. */
const IN_PART_TO_SHARE = /^\s*(?:,|\s?[\u2013\u2014])\s*(?:(?:only|just)\s+)?$/;

/**
 * 'Of the 45 trusts, 21 had a plan, around two thirds.': a hedged fraction or ratio closing the sentence
 * after the part of an 'Of the n' frame restates k of n (no other figure in the sentence); judged only when it fits.
 */
function frameClosing(s: SentenceView, f: ShareFig): ClaimRecord | undefined {
  if (f.type !== 'frac') return undefined;
  // '… — two fifths of the total.': the share names the frame's whole, so it is the part's, hedged or not, and judged.
  const ofTotal = /^\s+of\s+(?:the\s+)?(?:total|whole)\s*(?:[.;]|$)/i.test(s.text.slice(f.end, f.end + 24));
  const closes = /^\s*(?:[.;]|$)/.test(s.text.slice(f.end, f.end + 4));
  if (!ofTotal && !closes) return undefined;
  const counts = s.toks.filter((t) => !t.notCount && t.start < f.start);
  if (counts.length !== 2 || s.toks.some((t) => !t.notCount && t.start >= f.end)) return undefined;
  const [n, k] = counts as [Tok, Tok];
  if (n.kind !== 'num' || k.kind !== 'num' || n.hedge || k.hedge || k.value > n.value) return undefined;
  if (!FRAME_OF.test(s.text.slice(0, n.start))) return undefined;
  const gap = s.text.slice(k.end, f.start);
  // 'Of the 57 cases …, a visit was made in 19, just a third.': a part that is the object of 'in' or 'for', closing
  // the frame's one clause, counts the frame's own things (no other group the clause implies), so the share set
  // right after it is of the frame, hedged or not.
  const framePart = PART_IN.test(s.text.slice(Math.max(0, k.start - 16), k.start)) && FRAME_TO_IN_PART.test(s.text.slice(n.end, k.start)) && IN_PART_TO_SHARE.test(gap);
  if (!framePart) {
    if (!FRAME_TO_PART.test(s.text.slice(n.end, k.start))) return undefined;
    // ('and' may join the part's words when the share names the total and no other figure stands between.)
    if (!PART_TO_SHARE.test(gap) || (ofTotal ? /\b(?:but|while|whereas|of)\b/i : /\b(?:and|but|while|whereas|of)\b/i).test(gap)) return undefined;
    if (!ofTotal && !f.hedge) return undefined;
  }
  const said = f.raw.replace(/\s+/g, ' ');
  const interval = (nn: number) => (f.ratio ? ratioInterval(f.hedge?.kind, q(100 * f.fraction.num, f.fraction.den), nn) : fractionInterval(f.fraction, f.hedge?.kind, nn));
  const c = judgeInterval({ kind: f.ratio ? 'ratio' : 'fraction', span: at(s, n.start, f.end) }, pairOperands(s, f, k, n), interval, said, k.value, n.value, RULE.fractionMismatch);
  // The share may be of another group the clause implies ('70 were rated good, just over half' of those rated): judged only when it fits.
  return c.verdict === 'ok' || ofTotal || framePart ? c : undefined;
}

/** The last percentage token before `pos`, with at most a few counts (no other share) between. */
function lastPctBefore(s: SentenceView, pos: number): Tok | undefined {
  for (let i = firstTokFrom(s.toks, pos) - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = s.toks[i]!;
    if (t.kind === 'num') continue;
    return t.kind === 'pct' && !t.hedge ? t : undefined;
  }
  return undefined;
}

/** The share's operand (when it has one) and the pair's k and n, as a claim takes them. */
function pairOperands(s: SentenceView, f: ShareFig, k: Tok, n: Tok): Operand[] {
  const operands: Operand[] = [];
  const so = shareOperand(s, f);
  if (so) operands.push(so);
  const opOf = (t: Tok, role: Operand['role']): Operand => {
    const o: Operand = { role, value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
    if (t.word) o.word = true;
    return o;
  };
  operands.push(opOf(k, 'k'), opOf(n, 'n'));
  return operands;
}

/** A bracket of figures, one for each of the things named before it: '(95% and 92% respectively)'. */
const FIGURE_LIST = /^\d[\d.]*\s*(?:%|per\s*cent|percent)(?:\s*,\s*\d[\d.]*\s*(?:%|per\s*cent|percent))*\s*,?\s+and\s+\d[\d.]*\s*(?:%|per\s*cent|percent)$/i;
const RESPECTIVELY = /^\(\s*([^()]{1,80}?)\s*,?\s+respectively\s*\)\s*[.;]?\s*$/i;

/**
 * The unhedged percentages of a bracket that closes the word share's sentence and gives one figure for each
 * of the things its clause names ('The vast majority rated the food and the laundry as good (91% and 88%
 * respectively).'), with no other figure, colon or semicolon between the word share and the bracket.
 */
function respectively(s: SentenceView, f: ShareFig): Tok[] {
  if (f.type === 'pct') return [];
  const open = s.text.indexOf('(', f.end);
  if (open < 0 || open - f.end > WINDOW || /[;:]/.test(s.text.slice(f.end, open))) return [];
  const m = RESPECTIVELY.exec(s.text.slice(open));
  if (!m) return [];
  if (s.toks.some((t) => t.start >= f.end && t.end <= open && !t.notCount)) return [];
  const inner = s.toks.filter((t) => t.start > open && t.end <= open + m[0].length);
  if (inner.length < 2 || inner.some((t) => t.kind !== 'pct' || t.hedge)) return [];
  // Only the figures and their joining words in the bracket.
  if (!FIGURE_LIST.test(m[1]!)) return [];
  return inner;
}
