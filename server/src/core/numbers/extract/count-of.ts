/**
 * A count and its total: 'k of [the] n', 'k out of n', with an optional
 * bracketed percentage after the total ('22 of the 32 cases (69%)').
 *
 * 'Three out of ten respondents (31.5%)' is a ratio (number words, or a total
 * of ten or less, after 'out of'), which rounds the precise figure beside it
 * (`judgeRatio`); otherwise the percentage is judged against the counts.
 */
import { countOperand, judgeCountOf, type PctIn, judgeHedgedCountShare, judgeRatio, judgeShare, unchecked } from '../judge.js';
import { hedgeKind, HEDGE_BEFORE } from '../words.js';
import type { Reading } from './reading.js';
import { bracketEnd, OF_N, parenFigure } from './shared.js';

/**
 * 'k of its n', 'k of their n', and with a noun of the part's own, 'k
 * inspections of its n premises': the second is a count of something done to
 * the total's members, so it may exceed it (several inspections of one
 * home): judged only when it fits, otherwise not judged. Without a noun
 * ('13 of its 256') the noun may be elided from an earlier clause, so the
 * same holds. A possessive noun is read the same way: 'seven of the
 * country's 195 schools', '12 out of Wales's 22 councils' ('out of' is not a
 * noun of the part's own).
 */
const OF_POSS = /^\s+(?:(?!out\s+of\b)([a-z][\w-]*)\s+)?(?:of|out\s+of)\s+(?:its|their|our|his|her|(?:the\s+)?[A-Za-z][\w-]*['\u2019]s?)\s+$/i;

/** The second figure of a ratio: 'one in five', 'two in every three'. */
const RATIO_BEFORE = /(?:^|[^\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+in\s+(?:every\s+)?$/i;


/** 'k cases out of [the] n', 'k medication records out of the n': the count's noun phrase before 'out of', up to
 * three words (not a verb, a participle or a function word: '15 prisoners moved out of the 120' is no pair). */
const NOUN_OUT_OF = /^\s+(?:(?!(?:and|or|but|were|was|are|is|had|has|have|been|being|of|in|on|at|to|by|for|with|from|that|which|who|whom|whose|then|than|not|also|all|each|per)\b)[A-Za-z][\w'-]*(?<!ed)\s+){1,3}out\s+of\s+(?:the\s+)?$/i;

/** 'k of [the] n [...] [(P%)]', 'k out of n' and 'k cases out of n'. */
export function countOfN(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, countIn, between, before, after, isCount, emit, pushBase, addPop } = r;
  const t = toks[i]!;
  const t1 = toks[i + 1];
  // 'one in five of the 300 prisoners': the five is the ratio's, not a count of the 300 ('to grade 2 in 12 of
  // the 20 schools' is no ratio: the 2 is a grade).
  if (RATIO_BEFORE.test(before(t)) && !(toks[i - 1]?.notCount && toks[i - 1]!.end > t.start - 8)) return false;
  const share = isCount(t1) ? possShare(r, i) : undefined;
  const poss = isCount(t1) && (share || !/^\s*[(/]/.test(after(t1))) ? OF_POSS.exec(between(t, t1)) : null;
  // 'k of its n' with a noun of its own, or after such a clause ('… 39 inspections of its 34 homes, and 5 of its 172'), may count several of one.
  if (poss && (poss[1] ? !/^(?:of|out|and|or|in|to)$/i.test(poss[1]) : true)) {
    used.add(t).add(t1);
    const k = countIn(t);
    const n = countIn(t1);
    // 'answered 143 of its 188 stage 1 complaints (76%)', '15 of the trust's 17 core services (82%)': with no noun
    // of the part's own, a share in brackets after the whole's noun says the part is of the whole.
    const pEnd = poss[1] || share ? undefined : bracketEnd(text, t1);
    const pp = share ?? (pEnd !== undefined ? parenFigure(text, toks, pEnd, at) : undefined);
    if (!poss[1] && pp?.p && !pp.p.hedge) {
      used.add(pp.tok);
      emit(judgeShare(claimBase(t.start, pp.close, 'count-of'), pp.p, k, n, r.policy));
      pushBase({ end: at + pp.close, k, n });
      return true;
    }
    const c = judgeCountOf(claimBase(t.start, t1.end, 'count-of'), k, n);
    emit(c.verdict === 'ok' ? c : unchecked(claimBase(t.start, t1.end, 'count-of'), [countOperand(k, 'k'), countOperand(n, 'n')], `${k.value} of its ${n.value}: may count several of one (not judged)`));
    pushBase({ end: at + t1.end, k, n });
    return true;
  }
  if (!(isCount(t1) && (OF_N.test(between(t, t1)) || NOUN_OUT_OF.test(between(t, t1))) && !/^\s*\)/.test(after(t1)))) return false;
  // 'in 18 of those one had been reviewed': 'one' after a group is the pronoun opening a clause, not a total of 1.
  if (t1!.word && t1!.value === 1 && t.value > 1) return false;
  used.add(t).add(t1);
  addPop(t1);
  const k = countIn(t);
  const n = countIn(t1);
  const end = bracketEnd(text, t1);
  const paren = parenFigure(text, toks, end, at);
  if (paren?.p) {
    used.add(paren.tok);
    // 'Three out of ten respondents (31.5%)' is a ratio rounding its figure; '22 out of 32 (69%)' is counts.
    const ratio = /out\s+of/i.test(between(t, t1)) && (t.word || t1.word || t1.value <= 10);
    // 'Over 70 of the 90 schools (85%)': a hedged count is a range, and the share is judged on it.
    const h = ratio ? null : HEDGE_BEFORE.exec(before(t));
    const kind = h ? hedgeKind(h[1]!) : undefined;
    if (h && kind) emit(judgeHedgedCountShare(claimBase(t.start - h[0].length + h[0].indexOf(h[1]!), paren.close, 'count-of'), paren.p, k, { kind, raw: h[1]! }, n, r.policy));
    else emit((ratio ? judgeRatio : judgeShare)(claimBase(t.start, paren.close, ratio ? 'ratio' : 'count-of'), paren.p, k, n, r.policy));
  } else {
    const late = closingPct(r, i, end);
    if (late) {
      used.add(late.tok);
      emit(judgeShare(claimBase(t.start, late.close, 'count-of'), late.p, k, n, r.policy));
    } else emit(judgeCountOf(claimBase(t.start, end, /out\s+of/i.test(between(t, t1)) ? 'ratio' : 'count-of'), k, n));
  }
  pushBase({ end: at + end, k, n });
  return true;
}

/**
 * The share in brackets after 'k of its n', 'k of Wales's n': right after the whole or after up to four
 * words of its noun, which may hold a label ('143 of its 188 stage 1 complaints (76%)').
 */
function possShare(r: Reading, i: number): { tok: Reading['toks'][number]; p: PctIn; close: number } | undefined {
  const { text, toks, pctIn } = r;
  const n = toks[i + 1]!;
  const m = /^(?:\s+[A-Za-z0-9][\w'-]*){0,4}?\s*\(\s*/.exec(text.slice(n.end, n.end + 80));
  if (!m) return undefined;
  const open = n.end + m[0].length;
  let j = i + 2;
  while (j < toks.length && toks[j]!.start < open && toks[j]!.notCount) j++;
  const p = toks[j];
  if (!p || p.start !== open || p.kind !== 'pct' || p.hedge) return undefined;
  const shut = /^\s*\)/.exec(text.slice(p.end, p.end + 8));
  return shut ? { tok: p, p: pctIn(p), close: p.end + shut[0].length } : undefined;
}

/** What stops a closing bracket from being the pair's share: another clause, another group or share word, a bracket or dash. */
const OTHER_CLAUSE = /\b(?:but|while|whilst|whereas|although|though|yet|because|except|compared|than|most|many|some|few|several|majority|minority|others?|remaining|rest|them|those)\b|,\s*(?:and|so|or)\b|[;:()[\]\u2013\u2014]|\s-\s/i;

/** After 'In k of the n': the noun, its relative clauses (joined by ', and where'), a comma, the framed clause. */
const FRAMED_RELATIVE = /^((?:\s+[A-Za-z][\w'-]*){1,3}?\s+(?:where|in\s+which|for\s+which|that|who|whom|which)\b[^,;:()]*(?:,\s*and\s+(?:where|in\s+which|for\s+which|that|who|whom|which)\b[^,;:()]*)?),\s+([^,;:()]+)$/i;

/** After 'In k of the n': the noun, an aside ', including …,' with no other clause mark, then the framed clause. */
const INCLUDING_ASIDE = /^((?:\s+[A-Za-z][\w'-]*){1,3}?)(,\s*including\s[^,;:()]*),\s+([^,;:()]+)$/i;

/**
 * '14 of the 20 cases, all of which involved a child under 12, were referred (70%).', '14 of the 20
 * services inspected since our visit were referred to the panel (70%).': the pair opens the sentence, and
 * a share in brackets closes it, with no other figure (years and ages aside), clause, comma (but for an
 * aside about the pair's members), group or bracket between.
 */
function closingPct(r: Reading, i: number, end: number): { tok: Reading['toks'][number]; p: PctIn; close: number } | undefined {
  const { text, toks, pctIn } = r;
  const t = toks[i]!;
  if (!/^\s*(?:(?:in|only|just)\s+)?$/i.test(text.slice(0, t.start))) return undefined;
  const m = /\(\s*(\d[\d.]*\s*(?:%|per\s*cent|percent))\s*\)\s*\.?\s*$/i.exec(text);
  if (!m || m.index < end || m.index - end > 240) return undefined;
  // ', which accepted the referral (75%)': a relative clause may have a share of its own ('all of which' is the pair's).
  // A comma ends the pair's clause ('In 14 of the 30 cases, the plan was reviewed (40%)': the share may be
  // the clause's own), but for an aside about the pair's members (', all of which involved …,').
  let gap = text.slice(end, m.index).replace(/,\s*(?:all|each|both|none|most|many|some)\s+of\s+(?:which|whom|them)\b[^,]*,/i, ' ');
  // 'In 18 of the 27 cases where a risk had been identified, and where the case had been open for six months, a
  // review had taken place (67%).': after 'In', the pair's own relative clauses end at a comma, and the clause
  // after it is the one the pair frames (the share is of the cases it happened in).
  const framed = /^\s*in\s+$/i.test(text.slice(0, t.start)) ? FRAMED_RELATIVE.exec(gap) : null;
  if (framed) gap = `${framed[1]!.replace(/,\s*and\s+(?=(?:where|in\s+which|for\s+which|that|who|whom|which)\b)/gi, ' ')} ${framed[2]!}`;
  // 'In 14 of the 20 cases, including the four in which a child had gone missing, the plan had been reviewed on
  // time (70%).': after 'In', an aside of some of the pair's members ('including the four …') and the framed clause.
  const including = !framed && /^\s*in\s+$/i.test(text.slice(0, t.start)) ? INCLUDING_ASIDE.exec(gap) : null;
  let aside: { start: number; end: number } | undefined;
  if (including) {
    aside = { start: end + including[1]!.length, end: end + including[1]!.length + including[2]!.length };
    gap = `${including[1]!} ${including[3]!}`;
  }
  if (OTHER_CLAUSE.test(gap) || gap.includes(',')) return undefined;
  // (A count in the aside names some of the pair's members: no larger than the part.)
  const rest = toks.slice(i + 2).filter((x) => !(aside && x.start >= aside.start && x.end <= aside.end && x.kind === 'num' && x.value <= t.value));
  const p = rest.find((x) => !x.notCount);
  if (!p || p.kind !== 'pct' || p.hedge || p.start !== m.index + m[0].indexOf(m[1]!) || rest.some((x) => x !== p && !x.notCount)) return undefined;
  return { tok: p, p: pctIn(p), close: m.index + m[0].trimEnd().replace(/\.$/, '').length };
}
