/**
 * A word share restated by a percentage after a colon (issue 9, families 8 and 10), and a share
 * restated by its complement across a threshold:
 *
 *   'Nearly half of the wards are short-staffed, the report says: a census found 45 per cent of 60
 *    wards below their planned numbers.'                          (confirmed only)
 *   'About 8% of callers waited more than ten minutes: the figures show 91.5% answered within ten
 *    minutes.'                                                   (the rest of the share)
 *
 * A fraction or ratio with no figure of its own before the colon, and the first figure after it a
 * percentage: the percentage may give it precisely, or be of another measure, so the pair is judged
 * only when it fits. Two shares of one sentence with the same threshold on either side ('more than
 * four hours' and 'within four hours') are a share and its rest; each stands for what it rounds or
 * its hedge allows.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { fractionInterval, ratioInterval, q } from '../interval.js';
import { countOperand, judgeComplementShare, judgeInterval, judgePercentInterval, type PctIn } from '../judge.js';
import { countOfTok, plainCount } from './common.js';
import type { Tok } from '../scan.js';
import { at, type SentenceView } from './index.js';
import { sharesOf } from './shares.js';

function pctIn(s: SentenceView, t: Tok): PctIn {
  const p: PctIn = { scaled: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) };
  if (t.hedge) p.hedge = { kind: t.hedge.kind, raw: t.hedge.raw };
  return p;
}

function colonRestated(s: SentenceView, out: ClaimRecord[]): void {
  const colon = s.text.indexOf(':');
  if (colon < 0) return;
  const before = s.toks.filter((t) => t.end <= colon && !t.notCount);
  const after = s.toks.filter((t) => t.start > colon && !t.notCount);
  const p = after[0];
  // A figure right after the colon is share-beside's colon shape; here the clause after the colon names its own subject first.
  if (!p || p.kind !== 'pct' || p.start - colon > 120 || !/[A-Za-z]/.test(s.text.slice(colon + 1, p.hedge ? p.hedge.start : p.start))) return;
  const shares = sharesOf(s).filter((f) => f.end <= colon && f.type === 'frac');
  if (shares.length !== 1) return;
  const f = shares[0]!;
  if (f.type !== 'frac') return;
  // The share is the only figure before the colon ('half of them', no 'of the 60').
  if (before.some((t) => t.start < f.start || t.start >= f.end)) return;
  if (/^\s+of\s+(?:the\s+)?\d/.test(s.text.slice(f.end, f.end + 12))) return;
  const target = q(100 * f.fraction.num, f.fraction.den);
  const interval = f.ratio ? ratioInterval(f.hedge?.kind, target) : fractionInterval(f.fraction, f.hedge?.kind);
  const op: Operand = { role: 'f', value: f.fraction.num / f.fraction.den, fraction: { ...f.fraction }, raw: f.raw, span: at(s, f.start, f.end) };
  if (f.hedge) op.hedge = f.hedge.raw;
  const c = judgePercentInterval({ kind: f.ratio ? 'ratio' : 'fraction', span: at(s, f.start, p.end) }, [op, { role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: at(s, p.start, p.end) }], pctIn(s, p), interval, f.raw, RULE.fractionMismatch, s.policy.mode !== 'nearest');
  if (c.verdict === 'ok') out.push(c);
}

/** 'more than four hours' / 'within four hours': a threshold and its side. */
const OVER = /\b(?:more\s+than|over|longer\s+than|beyond|in\s+excess\s+of)\s+((?:\w+\s+){0,1}\w+\s+(?:hours?|minutes?|days?|weeks?|months?|years?))\b/i;
const UNDER = /\b(?:within|in\s+(?:under|less\s+than)|under|less\s+than|inside)\s+((?:\w+\s+){0,1}\w+\s+(?:hours?|minutes?|days?|weeks?|months?|years?))\b/i;

function thresholdRest(s: SentenceView, out: ClaimRecord[]): void {
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length !== 2) return;
  const [a, b] = pcts as [Tok, Tok];
  const clauseA = s.text.slice(a.end, b.hedge ? b.hedge.start : b.start);
  const clauseB = s.text.slice(b.end, b.end + 80).split(/[.;]/)[0]!;
  const oa = OVER.exec(clauseA);
  const ub = UNDER.exec(clauseB);
  const ua = UNDER.exec(clauseA);
  const ob = OVER.exec(clauseB);
  let over: Tok | undefined;
  let under: Tok | undefined;
  const norm = (x: string) => x.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
  if (oa && ub && norm(oa[1]!) === norm(ub[1]!) && !ua && !ob) [over, under] = [a, b];
  else if (ua && ob && norm(ua[1]!) === norm(ob[1]!) && !oa && !ub) [over, under] = [b, a];
  if (!over || !under || under.hedge) return;
  // The second share is a clause of its own about the same cases (after ':' or ';' or 'while').
  if (!/[:;]|\bwhile\b|\bwhereas\b/.test(clauseA)) return;
  const c = judgeComplementShare({ kind: 'complement', span: at(s, Math.min(a.start, b.start), Math.max(a.end, b.end)) }, { p: pctIn(s, under) }, { p: pctIn(s, over) }, s.policy);
  out.push(c);
}

/**
 * 'Three-quarters of the councils are missing the target: … only ten of the 43 councils met it': a word
 * share of a group before the colon, and after it a pair of the same group, set against it ('yet', 'but',
 * 'only'): the share may be of the pair's part or of its rest, so it is judged only when one of them fits.
 */
function colonAgainstPair(s: SentenceView, out: ClaimRecord[]): void {
  const colon = s.text.indexOf(':');
  if (colon < 0) return;
  const shares = sharesOf(s).filter((f) => f.end <= colon && f.type === 'frac');
  const f = shares[0];
  if (shares.length !== 1 || !f || f.type !== 'frac' || f.ratio) return;
  const of = /^\s+of\s+(?:the\s+|all\s+)?(?:[A-Za-z-]+\s+){0,2}?([A-Za-z-]+s)\b/i.exec(s.text.slice(f.end, f.end + 60));
  if (!of) return;
  const noun = of[1]!.toLowerCase();
  const toks = s.toks.filter((t) => t.start > colon && t.kind === 'num' && plainCount(s.text, t));
  for (let i = 0; i + 1 < toks.length; i++) {
    const k = toks[i]!;
    const n = toks[i + 1]!;
    if (!/^\s+of\s+(?:the\s+|all\s+)?$/i.test(s.text.slice(k.end, n.start)) || k.value > n.value) continue;
    const nNoun = /^\s+([A-Za-z-]+)/.exec(s.text.slice(n.end, n.end + 30))?.[1]?.toLowerCase();
    if (nNoun !== noun) continue;
    if (!/\b(?:yet|but|only|just|while)\s+(?:only\s+|just\s+)?$/i.test(s.text.slice(Math.max(0, k.start - 16), k.start))) continue;
    const op: Operand = { role: 'f', value: f.fraction.num / f.fraction.den, fraction: { ...f.fraction }, raw: f.raw, span: at(s, f.start, f.end) };
    if (f.hedge) op.hedge = f.hedge.raw;
    const kIn = countOfTok(k, s.offset);
    const nIn = countOfTok(n, s.offset);
    const base = { kind: 'fraction', span: at(s, f.start, n.end) };
    const interval = (nn: number) => fractionInterval(f.fraction, f.hedge?.kind, nn);
    const direct = judgeInterval(base, [op, countOperand(kIn, 'k'), countOperand(nIn, 'n')], interval, f.raw, k.value, n.value, RULE.fractionMismatch);
    if (direct.verdict === 'ok') {
      out.push(direct);
      return;
    }
    const rest = judgeInterval(base, [op, countOperand(kIn, 'k'), countOperand(nIn, 'n')], interval, f.raw, n.value - k.value, n.value, RULE.fractionMismatch);
    if (rest.verdict === 'ok') out.push({ ...rest, arithmetic: `${n.value} − ${k.value} = ${n.value - k.value}; ${rest.arithmetic} (the rest of the pair)` });
    return;
  }
}

export function readColonShare(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  if (s.toks.length === 0) return out;
  colonRestated(s, out);
  colonAgainstPair(s, out);
  thresholdRest(s, out);
  return out;
}
