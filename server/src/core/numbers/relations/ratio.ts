/**
 * Ratios with the figure they round: 'one in four of the 60 cases (15
 * cases)', 'Three in ten of the 30 cases (9)', 'two in every five', 'Four out
 * of five of the 136 trusts (81%)', 'around eight in 10 of the 188 schools
 * (151)', '18 of the 24 exclusions – three in four –', 'one in three …: 177
 * of the 576'.
 *
 * A ratio is a rounded figure: unhedged, it stands for what 'around' would
 * (`HEDGE_REACH.around`, policy.ts: 'Three out of ten (31.5%)' and 'one in
 * three' for 177 of 576 are consistent); hedged, the hedge's interval
 * ('nearly one in five (18%)'). A ratio with no figure of its own decides
 * nothing and is left to the extractor.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { fractionInterval, q, ratioInterval } from '../interval.js';
import { judgeInterval, judgePercentInterval } from '../judge.js';
import { CLAUSE_VERBS, isPopulation, nounAfter, sameGroup, SAYING_VERBS, singular, type Tok } from '../scan.js';
import { hedgeKind, HEDGE_BEFORE, HEDGE_WORDS, type HedgeKind } from '../words.js';
import { pctOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';
import { groupBefore } from './quantifier-distant.js';

const IN = /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;
const OF_THE = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$/i;
/** A bracket soon after: up to four words, then '('. */
const PAREN = /^(?:\s+[A-Za-z][\w'-]*){0,8}?\s*\(\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+)?$/i;
/** A longer clause before a bracket: up to twenty words, none of them 'and', 'but' or 'or'. */
const LONG_PAREN = /^(?:\s+(?!(?:and|but|or|whereas|while)\b)[A-Za-z][\w'-]*){9,20}?\s*\(\s*$/i;
/** A figure set between dashes soon after: up to two words, then a dash. */
const DASH_OPEN = /^(?:\s+[A-Za-z][\w'-]*){0,2}?\s*(?:[\u2013\u2014]|\s-)\s*$/;
const DASH_CLOSE = /^\s*(?:[\u2013\u2014]|-(?=\s))/;
const OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;
/** Between the two counts of a bracketed pair: '(41 of 211)', '(19 out of the 96)'. */
const BRACKET_OF = /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i;

/** After a ratio's bracket: 'and' and a noun phrase with no verb or share word of its own, then the next bracket. */
const GAPPED = /^\s+and\s+(?:(?!(?:had|has|have|was|were|is|are|did|said|most|some|many|few|all|none|half|majority|minority)\b)[A-Za-z][\w'-]*\s+){1,4}\(\s*/i;
/** A verb right after a ratio that opens its sentence: 'One in four had …', 'Three in ten said …'. */
const RATIO_VERB = /^(?:had|has|have|was|were|is|are|did|does|said|told|felt|reported|showed|lacked|needed|received|contained|included|gave|got|waited|lived|left|went|used)$/;
/** Between a ratio and a pair set beside it: at most three words of its noun, then a comma or a dash. */
const APPOSED_PAIR = /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*(?:,|[\u2013\u2014]|\s-)\s*$/;
/** Words for people of any kind, which a pair may name beside a ratio of a narrower noun. */
const PEOPLE = /^(?:people|persons|men|women|boys|girls|children|adults|staff|individuals|residents|patients|prisoners|pupils|learners)$/;
/** How many ratios a sentence may hold before the reader stops (a bound that keeps it linear). */
const MAX_RATIOS = 8;

function count(s: SentenceView, t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'num' && plainCount(s.text, t);
}

/** The text between two positions with the figures that are not quantities (years, labels) blanked to letters. */
function gap(s: SentenceView, from: number, to: number): string {
  let g = s.text.slice(from, to);
  for (const t of s.toks) if (t.notCount && t.start >= from && t.end <= to) g = g.slice(0, t.start - from) + 'x'.repeat(t.end - t.start) + g.slice(t.end - from);
  return g;
}

/** 'Of the 60 cases we read, …': the whole a sentence opens with, when no other count stands between it and `pos`. */
function frameBefore(s: SentenceView, pos: number): Tok | undefined {
  const m = /^\s*(?:Of|Out\s+of|Among|Amongst)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
  const t = s.toks.find((x) => !x.notCount);
  if (!t || !count(s, t) || !m.test(s.text.slice(0, t.start))) return undefined;
  const comma = s.text.indexOf(',', t.end);
  if (comma < 0 || comma > pos || /[;:()]/.test(s.text.slice(t.end, pos))) return undefined;
  if (s.toks.some((x) => x.start > t.end && x.end <= pos && !x.notCount)) return undefined;
  return t;
}

/** Right after a ratio, its clause's verb (after at most its noun or 'of them'): the ratio is that clause's subject. */
const OWN_CLAUSE_AFTER = new RegExp(String.raw`^(?:\s+(?:of\s+(?:them|these|those)|[a-z][\w'-]*)){0,2}?\s+(?:${CLAUSE_VERBS}|${SAYING_VERBS}|could|would|should|needed|received)\b`, 'i');

export function readRatio(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const { text, toks } = s;
  let ratios = 0;
  for (let i = 0; i + 1 < toks.length && ratios < MAX_RATIOS; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (a.kind !== 'num' || b.kind !== 'num' || a.notCount || b.notCount) continue;
    if (!IN.test(text.slice(a.end, b.start))) continue;
    if (!(a.word || b.word || b.value <= 10) || a.value < 1 || a.value >= b.value || b.value > 100) continue;
    // Not 'in 40 of the 52 cases' read backwards: the ratio is 'a in b', b a round base.
    ratios++;
    const before = text.slice(Math.max(0, a.start - 30), a.start);
    const h = HEDGE_BEFORE.exec(before);
    const hedge: { kind: HedgeKind; raw: string; start: number } | undefined = h ? (() => {
      const kind = hedgeKind(h[1]!);
      return kind ? { kind, raw: h[1]!, start: a.start - (h[0].length - h[0].indexOf(h[1]!)) } : undefined;
    })() : undefined;
    const start = hedge ? hedge.start : a.start;
    const said = text.slice(start, b.end).replace(/\s+/g, ' ');
    const target = q(100 * a.value, b.value);
    const interval = (n?: number) => ratioInterval(hedge?.kind, target, n);
    const ratioOp: Operand = { role: 'f', value: a.value / b.value, fraction: { num: a.value, den: b.value }, raw: said, span: at(s, start, b.end) };
    if (hedge) ratioOp.hedge = hedge.raw;
    // The whole: 'of the 60 cases'.
    let j = i + 2;
    let n: Tok | undefined;
    if (count(s, toks[j]) && OF_THE.test(text.slice(b.end, toks[j]!.start))) {
      n = toks[j];
      j++;
    }
    // 'One in four of them had no signed consent form (24).': 'them' is the one group counted before (`groupBefore`).
    const them = !n ? OF_THEM.exec(text.slice(b.end, b.end + 20)) : null;
    const from = n ? n.end : them ? b.end + them[0].length : b.end;
    while (toks[j]?.notCount && toks[j]!.start - from < 80) j++;
    const fig = toks[j];
    let k: Tok | undefined;
    let p: Tok | undefined;
    let end = from;
    // 'One in three pupils who joined Year 7 in September 2024 had a low reading age (58 of 219).': a longer
    // clause before a bracketed pair that closes the sentence, with no break, no 'and' or 'but' and no other
    // count in it; the pair gives its own whole.
    const longPair = !!fig && !n && !them && LONG_PAREN.test(gap(s, from, fig.start)) && count(s, fig) && count(s, toks[j + 1]) && BRACKET_OF.test(text.slice(fig.end, toks[j + 1]!.start)) && /^\s*\)\s*\.?\s*$/.test(text.slice(toks[j + 1]!.end));
    if (fig && (PAREN.test(gap(s, from, fig.start)) || longPair)) {
      const close = /^(?:\s+[A-Za-z][\w'-]*){0,2}?\s*\)/.exec(text.slice(fig.end, fig.end + 40));
      // 'One in three respondents (41 of 211)': the bracket gives the ratio's pair.
      const whole = toks[j + 1];
      const pairClose = !close && count(s, fig) && count(s, whole) && BRACKET_OF.test(text.slice(fig.end, whole!.start)) ? /^\s*\)/.exec(text.slice(whole!.end, whole!.end + 8)) : null;
      if (pairClose && (!n || n.value === whole!.value) && fig.value <= whole!.value) {
        k = fig;
        n = whole;
        end = whole!.end + pairClose[0].length;
      } else if (close) {
        if (count(s, fig)) k = fig;
        else if (fig.kind === 'pct' && !fig.hedge) p = fig;
        end = fig.end + close[0].length;
      }
    }
    // 'one in eight of the 400 prisoners, 50 men, had a job': the count set between commas after the whole, its
    // noun none, the whole's, or a word for people; not one of a list ('50 men, and 20 women').
    if (fig && !k && !p && n && count(s, fig) && fig.value <= n.value && /^(?:\s+[A-Za-z][\w'-]*){0,3}?\s*,\s*$/.test(gap(s, from, fig.start))) {
      const tail = /^(?:\s+([A-Za-z][\w'-]*))?\s*,\s*(?!and\b|or\b|\d)/i.exec(text.slice(fig.end, fig.end + 40));
      const noun = tail?.[1]?.toLowerCase();
      const wholeNoun = nounAfter(text, n.end);
      if (tail && (!noun || (wholeNoun !== undefined && sameGroup(noun, wholeNoun)) || /^(?:people|persons|men|women|boys|girls|children|adults|staff|individuals|cases)$/.test(noun))) {
        k = fig;
        end = fig.end + tail[0].length;
      }
    }
    // 'nearly one in five cases – 18% – had no plan': the figure set between dashes beside the ratio.
    const dashClose = fig && !k && !p && fig.kind === 'pct' && !fig.hedge && DASH_OPEN.test(gap(s, from, fig.start)) ? DASH_CLOSE.exec(text.slice(fig.end, fig.end + 4)) : null;
    if (dashClose) {
      p = fig;
      end = fig!.end + dashClose[0].length;
    }
    // 'missing for one in three people, 11 of the 44 who lived there', 'one in four – 12 of the 48 –': a pair set
    // right after the ratio by a comma or a dash restates it; its noun, if any, is the ratio's or a word for people.
    const pairN = fig && !k && !p && !n && count(s, fig) ? toks[j + 1] : undefined;
    if (pairN && count(s, pairN) && fig!.value <= pairN.value && APPOSED_PAIR.test(gap(s, from, fig!.start)) && BRACKET_OF.test(text.slice(fig!.end, pairN.start))) {
      const ratioNoun = nounAfter(text, b.end);
      // (Only a plural names the pair's group: '11 of the 44 who lived there', '61 of the 290 we surveyed' name none.)
      const pairNoun = nounAfter(text, pairN.end);
      const named = pairNoun !== undefined && (/[a-z]s$/.test(pairNoun) || PEOPLE.test(pairNoun));
      if (!ratioNoun || !named || sameGroup(ratioNoun, pairNoun) || PEOPLE.test(pairNoun!)) {
        k = fig;
        n = pairN;
        end = pairN.end;
      }
    }
    if (!k && !p && !n) {
      // '… one in three of the cases …: 177 of the 576 we examined'
      const colon = text.indexOf(':', b.end);
      let xi = i + 2;
      while (colon !== -1 && xi < toks.length && toks[xi]!.start < colon) xi++;
      const x = colon === -1 ? undefined : toks[xi];
      const y = x ? toks[xi + 1] : undefined;
      if (x && y && count(s, x) && count(s, y) && /^\s*$/.test(text.slice(colon + 1, x.start)) && /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start))) {
        k = x;
        n = y;
        end = y.end;
      } else if (x && x.kind === 'pct' && !x.hedge && x.start - colon < 60 ) {
        // '…: we gave those ratings to 70 per cent of the 33 services'
        p = x;
        end = x.end;
      }
    }
    // 'had a sufficient plan, two in five had a risk assessment': a ratio that opens a clause of its own (its verb
    // right after it or after its noun) is that clause's subject, no restatement of the pair before it.
    const ownClause = OWN_CLAUSE_AFTER.test(text.slice(b.end, b.end + 60));
    if (!k && !p && !n && !ownClause) {
      // '18 of the 24 exclusions – three in four –'
      const x = toks[i - 2];
      const y = toks[i - 1];
      if (x && y && count(s, x) && count(s, y) && /^\s+(?:of|out\s+of)\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start)) && /^[^.;()\d]{0,40}[\u2013\u2014,(-]\s*$/.test(text.slice(y.end, start)) && !hedge) {
        k = x;
        n = y;
      }
    }
    // 'Of the 2,640 applications waiting, 372 had been waiting for more than a year, about one in four, and …': the
    // ratio set after a count's clause, closing it, is the count's share of its whole (`clauseCountBefore`).
    let nWhy: string | undefined;
    if (!k && !p && !n && !ownClause) {
      const c = clauseCountBefore(s, start, b.end);
      if (c) {
        k = c.k;
        n = c.n;
        nWhy = c.why;
        end = b.end;
      }
    }
    const ops: Operand[] = [ratioOp];
    const opOf = (t: Tok, role: Operand['role']): Operand => {
      const o: Operand = { role, value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
      if (t.word) o.word = true;
      if (t.kind === 'pct') o.decimals = t.decimals;
      return o;
    };
    const spanStart = Math.min(start, k ? k.start : start, n ? n.start : start);
    const base = { kind: 'ratio', span: at(s, spanStart, Math.max(end, b.end, n ? n.end : 0, k ? k.end : 0)) };
    if (k && n) {
      ops.push(opOf(k, 'k'), opOf(n, 'n'));
      const c = judgeInterval(base, ops, interval, said, k.value, n.value, RULE.fractionMismatch);
      out.push(nWhy ? { ...c, sources: [{ span: at(s, n.start, n.end), message: nWhy }] } : c);
    } else if (p && !n && !hedge && /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*\(\s*$/.test(text.slice(b.end, p.start))) {
      // 'one in five (18%)': the extractor reads the ratio beside its figure (`judgeRatio`); one report is enough.
      // 'Eight in ten had seen the nurse (80%) and the dentist (78%).': a gapped second object closing the
      // sentence, its own figure in brackets, shares the ratio; the gap may hide another subject, so it is
      // judged only when it fits.
      const g = GAPPED.exec(text.slice(end));
      const p2 = g ? toks[j + 1] : undefined;
      if (g && p2 && p2.kind === 'pct' && !p2.hedge && p2.start === end + g[0].length && /^\s*\)\s*[.;]?\s*$/.test(text.slice(p2.end))) {
        const c = judgePercentInterval({ kind: 'ratio', span: at(s, start, p2.end) }, [ratioOp, opOf(p2, 'p')], pctOfTok(p2, s.offset), interval(), said, RULE.fractionMismatch, s.policy.mode !== 'nearest');
        if (c.verdict === 'ok') out.push(c);
      }
      continue;
    } else if (p) {
      ops.push(opOf(p, 'p'));
      if (n) ops.push(opOf(n, 'n'));
      const pin = pctOfTok(p, s.offset);
      out.push(judgePercentInterval(base, ops, pin, interval(n?.value), said, RULE.fractionMismatch, s.policy.mode !== 'nearest'));
    } else if (k && !n && them) {
      const g = groupBefore(s, start);
      if (!g || g.n.value < k.value) continue;
      const nOp: Operand = { role: 'n', value: g.n.value, raw: g.n.raw, span: at(s, g.n.start, g.n.end) };
      ops.push(opOf(k, 'k'), nOp);
      const c = judgeInterval({ kind: 'ratio', span: at(s, start, end) }, ops, interval, said, k.value, g.n.value, RULE.fractionMismatch);
      // A group given roughly ('some 460 men'): the ratio is confirmed on it, never found wrong on it.
      if (g.rough && c.verdict !== 'ok') continue;
      out.push({ ...c, sources: [{ span: nOp.span, message: g.why }] });
    } else if (k && !n && !hedge) {
      // 'Of the 60 cases we read, one in four had no plan (15 cases).': the bracket closing the ratio's clause,
      // after words of its own, and the whole the frame that opens the sentence, no other count between; the
      // bracket names the frame's noun or no noun.
      const frame = frameBefore(s, start);
      const noun = /^\s*([A-Za-z][\w'-]*)?\s*\)/.exec(text.slice(k.end, k.end + 30))?.[1];
      const words = /^(?:\s+[A-Za-z][\w'-]*){1,8}?\s*\(\s*$/.test(gap(s, b.end, k.start));
      if (!frame && words) {
        // 'We read 60 cases. One in four had no plan (21 cases).': a ratio opening its sentence, its verb right
        // after it or the group's own noun ('One in four cases had'), and the one group the sentence before
        // counts, nothing else counted in either sentence; the bracket names the group's noun or none.
        const g = OPENING_RATIO.test(text.slice(0, start)) && toks.every((t) => t === a || t === b || t === k || t.notCount) ? groupBefore(s, start) : undefined;
        const next = /^\s+([A-Za-z][\w'-]*)/.exec(text.slice(b.end, b.end + 30))?.[1]?.toLowerCase();
        const ownNoun = next !== undefined && g?.noun !== undefined && singular(next) === singular(g.noun);
        if (!g || g.n.value < k.value || !next || !(RATIO_VERB.test(next) || ownNoun) || (noun && (!g.noun || !sameGroup(noun.toLowerCase(), g.noun)))) continue;
        const nOp: Operand = { role: 'n', value: g.n.value, raw: g.n.raw, span: at(s, g.n.start, g.n.end) };
        ops.push(opOf(k, 'k'), nOp);
        const c = judgeInterval({ kind: 'ratio', span: at(s, start, end) }, ops, interval, said, k.value, g.n.value, RULE.fractionMismatch);
        if (g.rough && c.verdict !== 'ok') continue;
        out.push({ ...c, sources: [{ span: nOp.span, message: `the ratio is taken to be of the ${g.n.raw} counted in the sentence before` }] });
        i++;
        continue;
      }
      if (!frame || !words || frame.value < k.value || (noun && !sameGroup(noun.toLowerCase(), nounAfter(text, frame.end)))) continue;
      ops.push(opOf(k, 'k'), opOf(frame, 'n'));
      out.push(judgeInterval({ kind: 'ratio', span: at(s, frame.start, end) }, ops, interval, said, k.value, frame.value, RULE.fractionMismatch));
    } else if (k && !n) {
      // A count with no whole: nothing to compare it with.
      continue;
    }
    i++;
  }
  return out;
}

/** After a ratio that closes a count's clause: a comma, a semicolon, a full stop or the end (not 'of …', not more words). */
const CLAUSE_CLOSE = /^\s*(?:[,;.]|$)/;

/**
 * The count a ratio set after its clause restates, and that count's whole: 'Of the 2,640 applications waiting,
 * 372 had been waiting for more than a year, about one in four, …'. The ratio follows a comma and closes; between
 * it and the count, the count's clause: words only (no other quantity, no clause break, at most 100 characters).
 * The whole is, with no other count in the sentence:
 * - the frame the sentence opens with ('Of the 2,640 …, 372 …');
 * - the count's own ('372 of the 2,640 applications had …');
 * - the group before 'of whom' ('supported 88 people, 30 of whom lived alone, nearly one in two');
 * - after 'Of these, k …', the one figure of the sentence before, a group's count (kept at its place in the text,
 *   a position before this sentence's start).
 */
function clauseCountBefore(s: SentenceView, start: number, end: number): { k: Tok; n: Tok; why: string } | undefined {
  const { text, toks } = s;
  if (!/,\s*$/.test(text.slice(0, start)) || !CLAUSE_CLOSE.test(text.slice(end, end + 4))) return undefined;
  const figs = toks.filter((t) => !t.notCount && t.end <= start);
  let k: Tok | undefined;
  let n: Tok | undefined;
  let from = 0;
  let why = '';
  if (figs.length === 2) {
    const [x, y] = figs as [Tok, Tok];
    if (!count(s, x) || !count(s, y)) return undefined;
    if (/^\s*(?:Of|Out\s+of|Among|Amongst)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(text.slice(0, x.start)) && /^(?:\s+[A-Za-z][\w'-]*){0,8}?\s*,\s*(?:only\s+|just\s+)?$/.test(gap(s, x.end, y.start))) {
      [n, k, from, why] = [x, y, y.end, `the ratio is taken as ${y.raw} of the ${x.raw} the sentence opens with`];
    } else if (/^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(text.slice(x.end, y.start))) {
      [k, n, from, why] = [x, y, y.end, `the ratio is taken as ${x.raw} of the ${y.raw}`];
    } else {
      const w = /^\s+of\s+whom\b/i.exec(text.slice(y.end, y.end + 12));
      if (!w || !/^(?:\s+[A-Za-z][\w'-]*){1,6}?\s*,\s*$/.test(gap(s, x.end, y.start))) return undefined;
      [n, k, from, why] = [x, y, y.end + w[0].length, `the ratio is taken as ${y.raw} of the ${x.raw} 'of whom' points back to`];
    }
  } else if (figs.length === 1) {
    const y = figs[0]!;
    const prev = s.previous?.[s.previous.length - 1];
    if (!prev || !count(s, y) || !/^\s*(?:Of|Among)\s+(?:these|those|them)\s*,\s*$/i.test(text.slice(0, y.start))) return undefined;
    const counted = prev.toks.filter((t) => !t.notCount);
    const x = counted[0];
    if (counted.length !== 1 || !x || x.kind !== 'num' || !isPopulation(prev.text, x) || HEDGE_BEFORE.test(prev.text.slice(Math.max(0, x.start - 32), x.start))) return undefined;
    const shift = prev.offset - s.offset;
    [n, k, from, why] = [{ ...x, start: x.start + shift, end: x.end + shift }, y, y.end, `'these' is taken to mean the ${x.raw} counted in the sentence before`];
  } else return undefined;
  if (!k || !n || k.value > n.value) return undefined;
  const clause = gap(s, from, start);
  if (clause.length > 100 || /[;:()\u2013\u2014]/.test(clause) || !/^(?:\s+[A-Za-z][\w'x-]*){1,16}\s*,\s*$/.test(clause)) return undefined;
  return { k, n, why };
}

/** A sentence that opens with a ratio: '[Nearly] one in four councils has …', 'Seven out of ten services were …'. */
const OPENING_RATIO = new RegExp(String.raw`^\s*(?:(${HEDGE_WORDS})\s+)?$`, 'i');
/** A sentence that opens with its group: 'Of the 71 services inspected …, 18 got …'. */
const OF_THE_FIRST = /^\s*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;

/**
 * A ratio that opens a sentence with no figure of its own, and the first figure of the next sentence, which
 * may give it precisely: 'One in four councils has inadequate services. Of the 71 services inspected, 18 got
 * the lowest grade.', 'Seven out of ten services were rated good. Inspectors rated 70 per cent of the 33 …'.
 * The next sentence may be about another group or another grade, so the ratio is judged on it only when
 * it fits; otherwise nothing is said.
 */
export function readRatioBefore(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const figs = prev.toks.filter((t) => !t.notCount);
  const a = figs[0];
  const b = figs[1];
  if (figs.length !== 2 || !a || !b || a.kind !== 'num' || b.kind !== 'num' || !a.word) return [];
  if (!IN.test(prev.text.slice(a.end, b.start)) || a.value < 1 || a.value >= b.value || b.value > 10) return [];
  const h = OPENING_RATIO.exec(prev.text.slice(0, a.start));
  if (!h) return [];
  const hedge = h[1] ? hedgeKind(h[1]) : undefined;
  if (h[1] && !hedge) return [];
  // Not 'one in four of the …' (a share of a group of its own) nor 'one in four (25%)'.
  if (/^\s*(?:of\b|\()/i.test(prev.text.slice(b.end, b.end + 8))) return [];
  const start = h[1] ? prev.text.indexOf(h[1], h.index) : a.start;
  const said = prev.text.slice(start, b.end).replace(/\s+/g, ' ');
  const ratioOp: Operand = { role: 'f', value: a.value / b.value, fraction: { num: a.value, den: b.value }, raw: said, span: { start: prev.offset + start, end: prev.offset + b.end } };
  if (h[1]) ratioOp.hedge = h[1];
  const target = q(100 * a.value, b.value);
  const interval = (n?: number) => ratioInterval(hedge, target, n);
  const own = s.toks.filter((t) => !t.notCount);
  const first = own[0];
  if (!first) return [];
  const base = { kind: 'ratio', span: { start: prev.offset + start, end: s.offset + first.end } };
  const sources = [{ span: at(s, first.start, first.end), message: `the next sentence's figure is taken to give '${said}' precisely` }];
  const opOf = (t: Tok, role: Operand['role']): Operand => {
    const o: Operand = { role, value: t.value, raw: t.raw, span: at(s, t.start, t.end) };
    if (t.word) o.word = true;
    if (t.kind === 'pct') o.decimals = t.decimals;
    return o;
  };
  let c: ClaimRecord | undefined;
  if (first.kind === 'pct' && !first.hedge) {
    c = judgePercentInterval(base, [ratioOp, opOf(first, 'p')], pctOfTok(first, s.offset), interval(), said, RULE.fractionMismatch, s.policy.mode !== 'nearest');
  } else if (count(s, first) && OF_THE_FIRST.test(s.text.slice(0, first.start))) {
    // 'Of the 71 …, 18 …': the first count after the group's clause.
    const k = own[1];
    if (!k || !count(s, k) || k.value > first.value || !/,\s*$/.test(s.text.slice(0, k.start))) return [];
    c = judgeInterval({ ...base, span: { start: base.span.start, end: s.offset + k.end } }, [ratioOp, opOf(k, 'k'), opOf(first, 'n')], interval, said, k.value, first.value, RULE.fractionMismatch);
  }
  // 'Up to one in seven stop and searches may have been unlawful. Inspectors read 100 records from each of the
  // 43 forces, and in some 15% no grounds were recorded.': the next sentence's one share, wherever it stands,
  // hedged only by a rounding word ('some', 'about').
  if (!c || c.verdict !== 'ok') {
    const shares = s.toks.filter((t) => t.kind === 'pct' || t.kind === 'frac');
    const only = shares.length === 1 ? shares[0]! : undefined;
    if (only && only.kind === 'pct' && only !== first && (!only.hedge || hedgeKind(only.hedge.raw) === 'around')) {
      const one = judgePercentInterval({ ...base, span: { start: base.span.start, end: s.offset + only.end } }, [ratioOp, opOf(only, 'p')], { ...pctOfTok(only, s.offset), ...(only.hedge ? { hedge: { kind: 'around' as const, raw: only.hedge.raw } } : {}) }, interval(), said, RULE.fractionMismatch, s.policy.mode !== 'nearest');
      if (one.verdict === 'ok') return [{ ...one, sources: [{ span: at(s, only.start, only.end), message: `the next sentence's one share is taken to give '${said}' precisely` }] }];
    }
  }
  return c && c.verdict === 'ok' ? [{ ...c, sources }] : [];
}

/** Words too common to tie two clauses to one measure. */
const TIE_STOP = new Set(['that', 'this', 'these', 'those', 'they', 'them', 'their', 'there', 'were', 'have', 'been', 'with', 'from', 'which', 'what', 'said', 'told', 'more', 'than', 'about', 'some', 'also', 'into', 'over', 'under', 'nearly', 'almost', 'around', 'just', 'only', 'still', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'cent', 'percent', 'figure', 'every', 'each', 'other', 'their', 'while', 'whom', 'when', 'where', 'after', 'before', 'during', 'year', 'years']);
const tieStem = (w: string) => w.toLowerCase().replace(/['\u2019]s$/, '').slice(0, 5);

/** The stems of the content words of text[from, to): words of four letters or more, not `TIE_STOP`. */
function tieWords(text: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const w of text.slice(from, to).split(/[^A-Za-z'\u2019]+/)) if (w.length >= 4 && !TIE_STOP.has(w.toLowerCase())) out.add(tieStem(w));
  return out;
}

/** The clause around `pos`: between the nearest ',', ';', ':', '(' or ')' on either side. */
function clauseAround(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !/[,;:()]/.test(text[a - 1]!)) a--;
  let b = to;
  while (b < text.length && !/[,;:()]/.test(text[b]!)) b++;
  return [a, b];
}

/** A hedge just before a ratio: 'almost one in five'. */
const HEDGE_JUST_BEFORE = new RegExp(String.raw`(?:^|\s)(${HEDGE_WORDS})\s+$`, 'i');

/** A share word with no figure of its own in its clause, and the words that tie it to a later share. */
interface ShareWord {
  op: Operand;
  said: string;
  kind: 'fraction' | 'ratio';
  interval: ReturnType<typeof ratioInterval>;
  start: number;
  end: number;
  words: Set<string>;
}

/**
 * The share words of a sentence that nothing in their own sentence gives precisely: a fraction word of a
 * group ('close to three quarters of care homes', 'a quarter of all sexual offences') or a ratio ('almost one
 * in five crimes'), with no other figure in their clause and no bracket or 'of the N' after them.
 */
function openShareWords(text: string, toks: readonly Tok[], offset: number): ShareWord[] {
  const out: ShareWord[] = [];
  let looked = 0;
  const lone = (from: number, to: number, own: readonly Tok[]) => {
    // (A bound on the clauses looked at keeps the reader linear in a sentence of many share words.)
    if (++looked > MAX_RATIOS) return undefined;
    const [a, b] = clauseAround(text, from, to);
    return toks.some((x) => !own.includes(x) && !x.notCount && x.start >= a && x.end <= b) ? undefined : [a, b] as const;
  };
  for (let i = 0; i < toks.length && out.length < MAX_RATIOS; i++) {
    const t = toks[i]!;
    if (t.kind === 'frac' && t.fraction && t.fraction.den > 1) {
      // 'two thirds of care homes', 'two thirds reported': not 'two thirds of the 30', 'half (15)', 'half-day'.
      if (!/^\s+(?:of\s+(?:the\s+|all\s+(?:the\s+)?)?)?[a-z]/i.test(text.slice(t.end, t.end + 16))) continue;
      const c = lone(t.start, t.end, [t]);
      if (!c) continue;
      const start = t.hedge ? t.hedge.start : t.start;
      const said = `${t.hedge ? `${t.hedge.raw} ` : ''}${t.raw}`;
      const op: Operand = { role: 'f', value: t.fraction.num / t.fraction.den, fraction: t.fraction, raw: said, span: { start: offset + start, end: offset + t.end } };
      if (t.hedge) op.hedge = t.hedge.raw;
      out.push({ op, said, kind: 'fraction', interval: fractionInterval(t.fraction, t.hedge?.kind), start, end: t.end, words: tieWords(text, c[0], c[1]) });
      continue;
    }
    const b = toks[i + 1];
    if (t.kind !== 'num' || !b || b.kind !== 'num' || !t.word || !IN.test(text.slice(t.end, b.start)) || t.value < 1 || t.value >= b.value || b.value > 10) continue;
    // Not 'one in four of the …' (a share of a group of its own) nor 'one in four (25%)'.
    if (/^\s*(?:of\b|\()/i.test(text.slice(b.end, b.end + 8))) continue;
    const c = lone(t.start, b.end, [t, b]);
    if (!c) continue;
    const from = Math.max(0, t.start - 40);
    const h = HEDGE_JUST_BEFORE.exec(text.slice(from, t.start));
    const hedge = h?.[1] ? hedgeKind(h[1]) : undefined;
    if (h?.[1] && !hedge) continue;
    const start = h?.[1] ? from + h.index + h[0].indexOf(h[1]) : t.start;
    const said = text.slice(start, b.end).replace(/\s+/g, ' ');
    const op: Operand = { role: 'f', value: t.value / b.value, fraction: { num: t.value, den: b.value }, raw: said, span: { start: offset + start, end: offset + b.end } };
    if (h?.[1]) op.hedge = h[1];
    out.push({ op, said, kind: 'ratio', interval: ratioInterval(hedge, q(100 * t.value, b.value)), start, end: b.end, words: tieWords(text, c[0], c[1]) });
    i++;
  }
  return out;
}

/**
 * A share word that nothing in its sentence gives precisely, and the share of the next sentence that gives
 * it: 'Close to three quarters of care homes rated inadequate have improved. Of 372 homes rated inadequate,
 * 73% had a better rating', 'In our survey a third of prisoners said staff had victimised them. Twenty per
 * cent said they felt unsafe and 34 per cent that they had suffered victimisation by staff'. The later share
 * is tied to the word by the words they share: the sentence, when it is its one share, holds a content word of
 * the share word's clause; when the sentence holds several shares, the one with the most such
 * words, at least two and more than any other. Or, in the share word's own sentence, the one share after a
 * colon that closes its clause ('About two thirds reported a positive experience: … 65% scored it seven or
 * above'). The later share may be of another group or another answer, so the word is judged on it only when
 * it fits; otherwise nothing is said.
 */
export function readShareWordBefore(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const shares = s.toks.filter((t) => t.kind === 'pct' && (!t.hedge || hedgeKind(t.hedge.raw) === 'around'));
  // (Many shares: no one of them is told apart by its words, and the reader stays linear.)
  if (shares.length === 0 || shares.length > 12) return out;
  const judgeOn = (w: ShareWord, wOffset: number, p: Tok, why: string) => {
    const pOp: Operand = { role: 'p', value: p.value, raw: p.raw, span: at(s, p.start, p.end), decimals: p.decimals };
    if (p.word) pOp.word = true;
    const pin = { ...pctOfTok(p, s.offset), ...(p.hedge ? { hedge: { kind: 'around' as const, raw: p.hedge.raw } } : {}) };
    const c = judgePercentInterval({ kind: w.kind, span: { start: wOffset + w.start, end: s.offset + p.end } }, [w.op, pOp], pin, w.interval, w.said, RULE.fractionMismatch, s.policy.mode !== 'nearest');
    if (c.verdict === 'ok') out.push({ ...c, sources: [{ span: at(s, p.start, p.end), message: why }] });
  };
  // In this sentence, after a colon.
  const colon = s.text.indexOf(':');
  if (colon > 0) {
    const after = shares.filter((t) => t.start > colon);
    const words = openShareWords(s.text.slice(0, colon), s.toks.filter((t) => t.end <= colon), s.offset);
    if (after.length === 1 && words.length === 1 && s.toks.every((t) => t.end > colon || t.notCount || t.kind === 'frac' || words[0]!.kind === 'ratio')) judgeOn(words[0]!, s.offset, after[0]!, `the share after the colon is taken to give '${words[0]!.said}' precisely`);
  }
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return out;
  const words = openShareWords(prev.text, prev.toks, prev.offset);
  if (words.length !== 1) return out;
  const w = words[0]!;
  // Each share's stretch: its clause, cut at the shares beside it.
  const scored = shares.map((p, i) => {
    // (The one share of the sentence: the whole sentence.)
    const [a0, b0] = shares.length === 1 ? [0, s.text.length] : clauseAround(s.text, p.start, p.end);
    const a = Math.max(a0, i > 0 ? shares[i - 1]!.end : 0);
    const b = Math.min(b0, i + 1 < shares.length ? shares[i + 1]!.start : s.text.length);
    let n = 0;
    for (const x of tieWords(s.text, a, b)) if (w.words.has(x)) n++;
    return { p, n };
  });
  const best = [...scored].sort((x, y) => y.n - x.n);
  const top = best[0]!;
  if (shares.length === 1 ? top.n < 1 : top.n < 2 || best[1]!.n >= top.n) return out;
  judgeOn(w, prev.offset, top.p, `the next sentence's share of the same words is taken to give '${w.said}' precisely`);
  return out;
}

/**
 * A fraction of a stated whole with no part of its own, 'Just under half of the 30 centres inspected were judged
 * non-compliant.', and its part in the next sentence: 'Non-compliance was found at 14 centres, while sixteen
 * …'. The part is a plain count no larger than the whole, of the whole's noun or none, whose stretch (its clause,
 * cut at the counts beside it) shares at least two content words with the fraction's clause and more than any
 * other count of the sentence. The next sentence may count another thing, so the fraction is judged on the part
 * only when it fits; otherwise nothing is said.
 */
export function readFractionPartAfter(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev) return [];
  const { text, toks } = prev;
  const fracs = toks.filter((t) => t.kind === 'frac' && t.fraction && t.fraction.den > 1);
  if (fracs.length !== 1) return [];
  const f = fracs[0]!;
  const n = toks[toks.indexOf(f) + 1];
  if (!n || !count(prev as SentenceView, n) || !OF_THE.test(text.slice(f.end, n.start)) || n.value < 2) return [];
  // Nothing else counted in the fraction's sentence: no part of its own, no second whole.
  if (toks.some((t) => t !== f && t !== n && !t.notCount)) return [];
  const [a, b] = clauseAround(text, f.start, n.end);
  const words = tieWords(text, a, b);
  const wholeNoun = nounAfter(text, n.end);
  const counts = s.toks.filter((t) => !t.notCount);
  if (counts.some((t) => t.kind !== 'num') || counts.length === 0 || counts.length > 4) return [];
  const scored = counts.map((k, i) => {
    const [a0, b0] = clauseAround(s.text, k.start, k.end);
    const x = Math.max(a0, i > 0 ? counts[i - 1]!.end : 0);
    const y = Math.min(b0, i + 1 < counts.length ? counts[i + 1]!.start : s.text.length);
    let tie = 0;
    for (const w of tieWords(s.text, x, y)) if (words.has(w)) tie++;
    const noun = nounAfter(s.text, k.end);
    const fits = count(s, k) && k.value <= n.value && !HEDGE_BEFORE.test(s.text.slice(Math.max(0, k.start - 16), k.start)) && (noun === undefined || (wholeNoun !== undefined && singular(noun) === singular(wholeNoun)));
    return { k, tie, fits };
  });
  const best = [...scored].sort((x, y) => y.tie - x.tie);
  const top = best[0]!;
  if (!top.fits || top.tie < 2 || (best[1] && best[1].tie >= top.tie)) return [];
  const start = f.hedge ? f.hedge.start : f.start;
  const said = `${f.hedge ? `${f.hedge.raw} ` : ''}${f.raw}`;
  const fOp: Operand = { role: 'f', value: f.fraction!.num / f.fraction!.den, fraction: f.fraction!, raw: said, span: { start: prev.offset + start, end: prev.offset + f.end } };
  if (f.hedge) fOp.hedge = f.hedge.raw;
  const kOp: Operand = { role: 'k', value: top.k.value, raw: top.k.raw, span: at(s, top.k.start, top.k.end) };
  if (top.k.word) kOp.word = true;
  const nOp: Operand = { role: 'n', value: n.value, raw: n.raw, span: { start: prev.offset + n.start, end: prev.offset + n.end } };
  if (n.word) nOp.word = true;
  const c = judgeInterval({ kind: 'fraction', span: { start: prev.offset + start, end: s.offset + top.k.end } }, [fOp, kOp, nOp], (m: number) => fractionInterval(f.fraction!, f.hedge?.kind, m), said, top.k.value, n.value, RULE.fractionMismatch);
  return c.verdict === 'ok' ? [{ ...c, sources: [{ span: kOp.span, message: `the next sentence's count of the same words is taken as the part '${said}' of the ${n.raw} is` }] }] : [];
}
