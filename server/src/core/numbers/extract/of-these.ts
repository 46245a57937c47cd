/**
 * Back-references: a figure whose total is a group named before, by 'these',
 * 'those' or 'them'.
 *
 *   'Of these, 24 had been visited'          (the sentence starts with it)
 *   '45% of these were reviewed'             (a percentage of these)
 *   '45% of these (18) were reviewed'        (with its count in brackets)
 *   '12 of these cases had a plan'           (a count of these)
 *
 * The total is the nearest candidate total before (`Reading.popsBefore`) that
 * fits, and the claim says which one it took. Fractions ('half of these') and
 * 'all but two of these' are read in `fraction.ts` and `all-but.ts`.
 */
import { countOperand, judgeCountOf, judgeGrim, judgeShare, pctOperand, unchecked, written, type CountIn } from '../judge.js';
import { nounAfter } from '../scan.js';
import { barePercent } from './percent-alone.js';
import { shareOfPopBefore, sharePartBefore, type Pop, type Reading, type ShareBase } from './reading.js';
import { BACKREF, parenFigure } from './shared.js';
import { otherNounBefore } from '../relations/several-groups.js';
import { closingShare } from './total-first.js';

/**
 * The candidates of the nearest one's sentence, when that sentence counts two groups or more ('We inspected
 * 52 schools and 14 colleges. 30 of these …'): 'these' may be any of them or all together
 * (`relations/several-groups.ts`), so a misfit is unresolved unless the count is larger than their sum
 * and their product ('30 files in each of the 4 teams').
 */
function severalBefore(cands: readonly Pop[]): { sum: number } | undefined {
  const near = cands[0];
  if (!near) return undefined;
  const same = cands.filter((c) => c.sentence === near.sentence);
  // Their sum, or their product ('30 files in each of the 4 teams. Of these, 90 …' are of 120): the largest
  // total 'these' may name.
  return same.length >= 2 ? { sum: Math.max(same.reduce((a, c) => a + c.tok.value, 0), same.reduce((a, c) => a * c.tok.value, 1)) } : undefined;
}

/** A verb right after a count, so that the words after it are its predicate, not its noun ('163 concerned property'). */
const VERB_NEXT = /^\s+(?:concerned|involved|related|included|contained|resulted|required|needed|lacked|showed|received|attended|completed|achieved|reached|remained|became)\b/i;

/** 'Of these, 24 had been visited': the sentence's first figure, and the total stated before. */
export function ofTheseFirst(r: Reading): void {
  const { text, at, toks, used, claimBase, countIn, before, isCount, emit, pushBase, popsBefore } = r;
  const k0 = toks[0];
  // 'Of this group,', 'Of this number,', 'Within this sample,': the group named by 'this' and a noun of its own.
  const m = /^\s*(?:(?:of|out\s+of)\s+(?:these|those|them)|(?:of|out\s+of|within|among|amongst)\s+(?:this|that)\s+(?:number|group|total|cohort|sample|population|figure))\s*,\s*(?:only\s+|just\s+)?$/i.exec(k0 ? before(k0) : '');
  if (m && k0 && k0.kind === 'pct') ofTheseShare(r, m.index + m[0].search(/\S/));
  if (m && isCount(k0)) {
    // ('Of these, 163 concerned property', '26 involved concerns about …': a verb right after the count names no
    // group of its own, so no noun of the words after it narrows which group 'these' is.)
    const verbNext = VERB_NEXT.test(text.slice(k0.end, k0.end + 24));
    const cands = popsBefore(at + k0.start, 1, [k0], { backward: true, noun: verbNext ? undefined : nounAfter(text, k0.end) });
    if (cands.length > 0) {
      used.add(k0);
      // 'Of these, 2,766 (10.4%) …', 'Of these, 40 were seen within a week (25%).': the share in
      // brackets is of the total 'these' names, the nearest one, taken only when it fits.
      const paren = /^\s*\(/.test(text.slice(k0.end, k0.end + 3)) ? parenFigure(text, toks, k0.end, at) : closingShare(r, k0);
      if (paren?.p) {
        const byCand = cands.map((c) =>
          judgeShare(claimBase(m.index + m[0].search(/\S/), paren.close, 'percent-of'), paren.p!, countIn(k0), { ...countIn(c.tok), span: c.span, inferred: true }, r.policy, [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }]),
        );
        const gi = byCand.findIndex((c) => c.verdict === 'ok' || c.verdict === 'convention');
        // Only the nearest total, and only when it fits: a farther one that fits may be another group's, and
        // a misfit may be of a group the extractor does not count (`relations/of-these-share.ts` tries them all).
        if (gi === 0) {
          used.add(paren.tok);
          const c = cands[Math.max(gi, 0)]!;
          emit(byCand[Math.max(gi, 0)]!);
          const n: CountIn = { ...countIn(c.tok), span: c.span, inferred: true };
          pushBase({ end: at + paren.close, p: paren.p, k: countIn(k0), n });
          gappedSibling(r, paren.close, n, c.tok.raw);
          return;
        }
      }
      const fit = cands.find((c) => c.tok.value >= k0.value) ?? cands[0]!;
      const n: CountIn = { ...countIn(fit.tok), span: fit.span, inferred: true };
      const several = severalBefore(cands);
      if (fit.tok.value < k0.value && several && several.sum >= k0.value) {
        emit(unchecked(claimBase(m.index + m[0].search(/\S/), k0.end, 'count-of'), [countOperand(countIn(k0), 'k')], `${k0.raw} of these: 'these' may be several groups together`));
        return;
      }
      emit(judgeCountOf(claimBase(m.index + m[0].search(/\S/), k0.end, 'count-of'), countIn(k0), n, [{ span: fit.span, message: `'these' is taken to mean the ${fit.tok.raw} here` }]));
      // (The one group counted before, given exactly and no part of another: 'these' can be nothing else.)
      pushBase(cands.length === 1 && !fit.rough && !fit.part && fit.tok.value >= k0.value ? { end: at + k0.end, k: countIn(k0), n, sole: true } : { end: at + k0.end, k: countIn(k0), n });
    }
  }
}

/**
 * 'We examined 40 case files. Of these, 66% contained …': a bare share of the group before, which some
 * whole number of it must give (GRIM). Taken only when the share has no count or total of its own after
 * it ('66% (26)', '66% of the plans'), nor a hedge; with several groups before, confirm-only.
 */
function ofTheseShare(r: Reading, from: number): void {
  const { text, at, toks, used, claimBase, pctIn, countIn, emit, pushBase, popsBefore } = r;
  const t = toks[0]!;
  if (t.hedge || used.has(t)) return;
  const rest = text.slice(t.end, t.end + 40);
  // Its own count or total, or a change or comparison, after it: another reading's.
  if (/^\s*(?:\(|of\b|,\s*or\b|[\u2013\u2014]|-\s|percentage\s+points?|points?\b|(?:higher|lower|more|fewer|less|up|down|above|below|than)\b)/i.test(rest)) return;
  if (toks.slice(1).some((u) => u.kind === 'num' && !u.notCount)) return;
  const cands = popsBefore(at + t.start, 1, [], { backward: true });
  if (cands.length === 0) return;
  used.add(t);
  const p = pctIn(t);
  const claimsFor = cands.map((c) => judgeGrim(claimBase(from, t.end, 'percent-of'), p, { ...countIn(c.tok), span: c.span, inferred: true }, r.policy, [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }]));
  const gi = claimsFor.findIndex((c) => c.verdict === 'ok');
  // Only the nearest group, or one that fits: a misfit against a farther one, or with several groups, is unresolved.
  if (gi < 0 && (cands.length > 1 || severalBefore(cands))) {
    emit(unchecked(claimBase(from, t.end, 'percent-of'), [pctOperand(p)], `${written(p)} of these: which group 'these' is is not known`));
    return;
  }
  const c = cands[Math.max(gi, 0)]!;
  emit(claimsFor[Math.max(gi, 0)]!);
  pushBase({ end: at + t.end, p, n: { ...countIn(c.tok), span: c.span, inferred: true } });
}

/** Between the first part's bracket and a gapped sibling: its clause's words, then 'and' (no figure, no clause break). */
const SIBLING_GAP = /^[^.;:()]{0,80}?(?:,\s*and|\band)\s+$/i;
/** A gapped sibling's share: '1,052, or 4.4%, more than 12 hours', '140 (0.5%) more than 12 hours'. */
const SIBLING_SHARE = /^\s*(?:,\s*or\s+|\(\s*)$/i;

/**
 * 'Of these, 2,766 (10.4%) spent more than 8 hours … and 1,052, or 4.4%, more than 12 hours': a later
 * count joined by 'and' with its own share, its verb left out, is a part of the same 'these'.
 */
function gappedSibling(r: Reading, from: number, n: CountIn, nRaw: string): void {
  const { text, at, toks, used, claimBase, countIn, pctIn, emit, isCount } = r;
  // Only figures that are no quantity of cases ('more than 8 hours') may stand between.
  let i = toks.findIndex((t) => t.start >= from);
  while (i >= 0 && i < toks.length && toks[i]!.kind === 'num' && toks[i]!.notCount) i++;
  const k = toks[i];
  const p = toks[i + 1];
  if (!k || !p || !isCount(k) || used.has(k) || used.has(p) || p.kind !== 'pct' || p.hedge) return;
  if (!SIBLING_GAP.test(text.slice(from, k.start)) || !SIBLING_SHARE.test(text.slice(k.end, p.start))) return;
  const after = text.slice(p.end, p.end + 40);
  const bracket = /\(\s*$/.test(text.slice(k.end, p.start));
  const shut = bracket ? /^\s*\)/.exec(after) : /^\s*,/.exec(after);
  if (!shut) return;
  // The verb is left out: what follows is no verb of its own ('… more than 12 hours').
  if (/^\s*(?:were|was|are|is|had|have|has|did)\b/i.test(after.slice(shut[0].length))) return;
  used.add(k);
  used.add(p);
  emit(judgeShare(claimBase(k.start, p.end + (bracket ? shut[0].length : 0), 'percent-of'), pctIn(p), countIn(k), n, r.policy, [{ span: n.span, message: `'these' is taken to mean the ${nRaw} here` }]));
}

/** Between a count and a percentage set beside it: a comma, a dash or a bracket, perhaps 'or', and at most two words of its noun. */
const APPOSED = /^(?:\s+[A-Za-z][\w'-]*){0,2}\s*(?:,|\(|[\u2013\u2014]|\s-)\s*(?:or\s+|that\s+is,?\s+)?$/;

/** 'P% of these': a percentage of a total stated before (not for a hedged percentage). */
/** A word after 'of those' that narrows the group: a relative, a preposition, a participle ('of those due', 'of those we saw', 'of those referred'); a noun ('of these cases') restates it. */
const NARROWING = /^\s+(?:who|whom|whose|that|which|where|we|they|you|due|eligible|still|not|already|aged|in|on|at|from|with|without|under|over|for|requiring|needing|[a-z]+ed)\b/i;

/** The first figure of a ratio ('four out of every 10', 'one in five'): a proportion, not a part that 'those' may mean. */
const RATIO_FIRST = /^\s+(?:in|out\s+of)\s+(?:every\s|each\s|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|10|100|1,000)\b)/i;

export function percentOfThese(r: Reading, i: number): boolean {
  const { at, toks, used, claimBase, pctIn, countIn, after, emit, pushBase, popsBefore, lookOf } = r;
  const t = toks[i]!;
  const p = pctIn(t);
  if (!(BACKREF.test(after(t)) && !p.hedge)) return false;
  // In apposition to the count before it ('66, or 70 per cent of them, were …'), the share is that count's:
  // the apposition reader (relations/apposition.ts) reads it with its count, not as a share of unknown size.
  const prev = toks[i - 1];
  if (prev && prev.kind === 'num' && !prev.notCount && APPOSED.test(r.text.slice(prev.end, t.start))) return false;
  const look = lookOf(t.start, t.end);
  // 'Of the 45 staff, 36 said they had had supervision, and 50% of those …': a part counted just before in this
  // sentence may be what 'those' means, as well as the group it is a part of (a reading tried first).
  const parts = popsBefore(at + t.start, 1, [], look, true).filter((c) => c.part && c.sentence === r.si && !RATIO_FIRST.test(r.text.slice(c.tok.end, c.tok.end + 24)));
  const wholes = popsBefore(at + t.start, 1, [], look);
  const cands = [...parts.slice(0, 1), ...wholes];
  const end = t.end + BACKREF.exec(after(t))![0].length;
  // 'P% of those due in the year', 'of those we saw': words that narrow 'those' make a base of their own, a
  // part of the group before, so the share can be confirmed on that group but never found wrong on it.
  const narrowed = NARROWING.test(r.text.slice(end, end + 24));
  used.add(t);
  // 'P% of these (k)': the bracketed count is the part; the share is judged on it.
  const paren = cands.length > 0 ? parenFigure(r.text, toks, end, at) : undefined;
  if (paren?.k) {
    used.add(paren.tok);
    const claimsFor = cands.map((c) => judgeShare(claimBase(t.start, paren.close, 'percent-of'), p, paren.k!, { ...countIn(c.tok), span: c.span, inferred: true }, r.policy, [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }]));
    const gi = claimsFor.findIndex((c) => c.verdict === 'ok' || c.verdict === 'convention');
    // Several candidate totals and none fits: which group 'these' names is not known.
    // ('Of the 400 calls, 25% were about …, and in 30% of those calls (30) …': the last share read is of the group
    // with no count of its own, so 'those' may be that share's part, whose size is not written.)
    if (gi < 0 && (wholes.length > 1 || narrowed || sharePartBefore(r, cands[0]!, at + t.start) || shareOfPopBefore(r, cands[0]!, at + t.start))) emit(unchecked(claimBase(t.start, paren.close, 'percent-of'), [pctOperand(p), countOperand(paren.k, 'k')], `${written(p)} of these (${paren.k.value})`));
    else emit(claimsFor[Math.max(gi, 0)]!);
    const c = cands[Math.max(gi, 0)]!;
    pushBase({ end: at + paren.close, p, k: paren.k, n: { ...countIn(c.tok), span: c.span, inferred: true } });
    return true;
  }
  if (cands.length > 0) {
    const claimsFor = cands.map((c) => judgeGrim(claimBase(t.start, end, 'percent-of'), p, { ...countIn(c.tok), span: c.span, inferred: true }, r.policy, [{ span: c.span, message: `'these' is taken to mean the ${c.tok.raw} here` }]));
    const good = claimsFor.find((c) => c.verdict === 'ok') ?? claimsFor.find((c) => c.verdict === 'convention') ?? claimsFor[0]!;
    // Several groups before and none fits: 'these' may be them all together, a total not tried.
    const near = cands[0]!;
    if (good.verdict !== 'ok' && severalBefore(wholes)) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p)], `${written(p)} of these: 'these' may be several groups together`));
    // '38 inspections … Two-thirds of relative foster carers …, only 40% of them': 'them' may be a group named
    // between, with no count of its own.
    else if (good.verdict !== 'ok' && otherNounBefore(r.text, toks, t, near.sentence === r.si ? near.end - at : 0)) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p)], `${written(p)} of them: 'them' may be a group named before it with no count`));
    else if (good.verdict !== 'ok' && good.verdict !== 'convention' && narrowed) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p)], `${written(p)} of those narrowed by the words after it: a base of its own`));
    // 'Of the 45 staff, 80% said they had had supervision, but only 50% of those …': the last share read is of the
    // group with no count of its own, so 'those' may be that share's part (36), whose size is not written.
    else if (good.verdict !== 'ok' && good.verdict !== 'convention' && (sharePartBefore(r, near, at + t.start) || shareOfPopBefore(r, near, at + t.start))) emit(unchecked(claimBase(t.start, end, 'percent-of'), [pctOperand(p)], `${written(p)} of those: 'those' may be the part an earlier share of the ${near.tok.raw} names, whose count is not written`));
    else emit(good);
    pushBase({ end: at + end, p, n: { ...countIn(cands[claimsFor.indexOf(good)]!.tok), span: cands[claimsFor.indexOf(good)]!.span, inferred: true } });
  } else {
    emit(barePercent(claimBase(t.start, end, 'percent'), p, true));
    pushBase({ end: at + end, p, implicitN: true });
  }
  return true;
}

/** 'k of these (cases)': a count of a total stated before. */
export function countOfThese(r: Reading, i: number): boolean {
  const { at, toks, used, claimBase, countIn, after, emit, pushBase, popsBefore, lookOf } = r;
  const t = toks[i]!;
  if (!BACKREF.test(after(t))) return false;
  used.add(t);
  const end = t.end + BACKREF.exec(after(t))![0].length;
  const look = lookOf(t.start, t.end);
  const cands = popsBefore(at + t.start, 1, [t], look);
  if (cands.length > 0) {
    const max = cands.reduce((a, b) => (b.tok.value > a.tok.value ? b : a));
    const several = severalBefore(cands);
    const near = cands[0]!;
    // 'The prison held 96 men. Staff said the wings were dirty and 120 of them …': 'them' may be the wings.
    const otherGroup = t.value > max.tok.value && otherNounBefore(r.text, toks, t, near.sentence === r.si ? near.end - at : 0);
    // 'We also closed 9,771 cases, 3,331 of them complaints.': a noun after 'them' may be the part's kind, not
    // the group's; a group of any noun before that holds the count is then a reading that fits.
    const kindAfterThem = t.value > max.tok.value && look.noun !== undefined && /^\s*\)?\s*of\s+them\b/i.test(after(t)) && popsBefore(at + t.start, t.value, [t], { backward: true }).length > 0;
    if (kindAfterThem) {
      emit(unchecked(claimBase(t.start, end, 'count-of'), [countOperand(countIn(t), 'k')], `${t.raw} of them: the noun after 'them' may be the part's kind, and a group before holds it`));
    } else if ((t.value > max.tok.value && several && several.sum >= t.value) || otherGroup) {
      emit(unchecked(claimBase(t.start, end, 'count-of'), [countOperand(countIn(t), 'k')], `${t.raw} of these: 'these' may be several groups together`));
    } else if (t.value > max.tok.value) {
      emit(judgeCountOf(claimBase(t.start, end, 'count-of'), countIn(t), { ...countIn(near.tok), span: near.span, inferred: true }, [{ span: near.span, message: `'these' is taken to mean the ${near.tok.raw} here` }]));
    } else {
      // A part counted just before in this sentence ('Fourteen of the reports are about …; three of these had
      // improved'): 'these' is most plausibly that part, when it holds the count (a confirmation either way).
      // (The nearest that can hold it: 'in at least one …, and 33 of those' passes over the one.)
      const withParts = popsBefore(at + t.start, t.value, [t], look, true);
      const part = withParts[0]?.part && withParts[0].sentence === r.si ? withParts[0] : undefined;
      const fit = part ?? cands.find((c) => c.tok.value >= t.value)!;
      emit(judgeCountOf(claimBase(t.start, end, 'count-of'), countIn(t), { ...countIn(fit.tok), span: fit.span, inferred: true }, [{ span: fit.span, message: `'these' is taken to mean the ${fit.tok.raw} here` }]));
      // The one group counted before in the scope, and no part of it between: 'them' can be nothing else.
      const base: Omit<ShareBase, 'sentence'> = { end: at + end, k: countIn(t), n: { ...countIn(fit.tok), span: fit.span, inferred: true } };
      if (cands.length === 1 && !part && !fit.rough) base.sole = true;
      pushBase(base);
    }
  }
  return true;
}
