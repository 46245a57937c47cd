/**
 * The total first, then the part, at the start of a sentence:
 *
 *   'Of the 50 questionnaires sent, 12 were returned'
 *   'Of the 84 cases, 45% (38) had a plan'
 *   'Out of the 30 files, only 9 (30%) …'
 *   'Across the 412 nurseries visited, 198 were judged good (48.1%)', 'Among the 60 …'
 *   'Of 116 cases, the service failed to write in 61' (the part closes the clause)
 *
 * The part must count the same kind of thing as the total ('Of the 3
 * offices, 45 staff …' does not).
 */
import { countOperand, judgeCountOf, judgeGrim, judgeShare, pctOperand, unchecked, written, type CountIn, type PctIn } from '../judge.js';
import { quantitiesOf } from '../quantities.js';
import { NUMBER } from '../words.js';
import { bracketClosesClause, CHANGE_OR_QUESTION, CLAUSE_VERBS, MODALS, nounAfter, OTHER_FIGURE, sameGroup, SAYING_VERBS, type Tok } from '../scan.js';
import type { Reading } from './reading.js';
import { ofOtherGroup, parenFigure, tokAt } from './shared.js';

/**
 * A verb right after a part ('248 took place', '30 met', '39 said', '121 would recommend'); a past in -ed
 * may be an adjective ('12 qualified nurses'), so it is a verb only before its object or a preposition
 * ('88 described their experience as good', '40 reported that', '40 reached the expected standard').
 */
const PART_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${CLAUSE_VERBS}|${SAYING_VERBS}|${MODALS}|said|told|felt|thought|agreed|disagreed|stated|described|answered|responded|replied)\b|[a-z]{3,}ed\s+(?:their|his|her|its|the|a|an|to|that|as|it|them|this|these|those|no|all|every|each|our)\b)`,
  'i',
);

/** After a part, its own whole: ' of the 1,500 files', ' out of 40'. */
const OWN_WHOLE_AFTER = new RegExp(String.raw`^\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:${NUMBER})\b`, 'i');

/** 'Of the n …, k …' / 'Of the n …, P% …' with an optional bracketed figure after the part. */
export function totalFirst(r: Reading): void {
  const { text, at, toks, used, claimBase, pctIn, countIn, between, before, isCount, emit, pushBase, addPop } = r;
  // The first two quantities: a year, an age or a label between them is not the part ('Of the 12 prisons visited in 2021/22, five …').
  const qs = quantitiesOf(toks);
  const n00 = qs[0];
  // 'Of the 52 cases, including the nine transferred in …, 30 had …': an aside set between the frame and its part.
  const aside = n00 && isCount(n00) && FRAME_BEFORE.test(before(n00)) ? asideAfterFrame(text, qs, n00) : undefined;
  if (aside) {
    // The aside's own count after 'including' is a part of the frame's whole.
    if (aside.included && !used.has(aside.included)) emit(judgeCountOf({ ...claimBase(n00.start, aside.included.end, 'count-of') }, countIn(aside.included), countIn(n00)));
    for (const t of aside.inside) used.add(t);
  }
  // 'Of the 96 cases we read, which was around 12 per officer, 41 had …': another aside that opens with a word
  // that begins no part, when the part's verb follows it.
  const mine = !aside && qs[1] && n00 && ASIDE_BETWEEN.test(between(n00, qs[1])) ? asidePart(r, qs, n00) : undefined;
  const [n0, k0] = aside ? [n00, aside.part] : mine ? [n00, mine] : qs;
  // 'Of the centre's population of more than 400 men, 23 had …': a whole named as a population, perhaps given roughly.
  const popFrame = n0 && !FRAME_BEFORE.test(before(n0)) ? POP_FRAME.exec(before(n0)) : null;
  if (popFrame && isCount(n0) && k0 && k0.kind === 'num' && !k0.notCount && !used.has(k0) && /^[^.;:()]*,\s*(?:only\s+|just\s+|some\s+)?$/i.test(between(n0, k0)) && PART_VERB_AFTER.test(text.slice(k0.end, k0.end + 16))) {
    used.add(n0).add(k0);
    addPop(n0);
    const c = judgeCountOf({ ...claimBase(n0.start, k0.end, 'count-of') }, countIn(k0), countIn(n0));
    // A population given roughly only confirms.
    if (!popFrame[1] || c.verdict === 'ok') emit(c);
    if (!popFrame[1]) pushBase({ end: at + k0.end, k: countIn(k0), n: countIn(n0) });
    return;
  }
  if (
    isCount(n0) &&
    k0 &&
    FRAME_BEFORE.test(before(n0)) &&
    (!!aside || !!mine || /^[^.;:()]*,\s*(?:only\s+|just\s+|some\s+)?$/i.test(between(n0, k0))) &&
    // 'Of the 3 offices, 45 staff …' counts something else.
    // (A verb right after the part names no group: 'Of the 301 conferences, 248 took place …'.)
    // ('Across the 3 sites, 45, 60 and 75 staff were employed': a list of counts names its noun after its last.)
    (k0.kind !== 'num' || PART_VERB_AFTER.test(text.slice(k0.end, k0.end + 16)) || sameGroup(nounAfter(text, n0.end), nounAfter(text, k0.end) ?? listNoun(text, k0.end))) &&
    // 'Of the 60 staff, one in four (25%) …': a ratio's first figure is no count of the part (ratio-in.ts).
    !(k0.kind === 'num' && RATIO_AFTER.test(text.slice(k0.end, k0.end + 24))) &&
    // 'Across the 4 regions, 1,236 of the 1,500 files …': a part with its own whole is that whole's (count-of.ts).
    !(k0.kind === 'num' && OWN_WHOLE_AFTER.test(text.slice(k0.end, k0.end + 40)))
  ) {
    const n = countIn(n0);
    if (k0.kind === 'num' && !k0.notCount) {
      used.add(n0).add(k0);
      addPop(n0);
      const k = countIn(k0);
      // ('Of the 200 parents, 150 said fees had increased (12%)': the bracket is the change's, not the part's share.)
      const near = parenFigure(text, toks, k0.end, at);
      const paren = (near && !CHANGE_OR_QUESTION.test(text.slice(k0.end, near.tok.start)) ? near : undefined) ?? closingShare(r, k0);
      if (paren?.p) {
        used.add(paren.tok);
        emit(judgeShare(claimBase(n0.start, paren.close, 'count-of'), paren.p, k, n, r.policy));
      } else {
        emit(judgeCountOf({ ...claimBase(n0.start, k0.end, 'count-of') }, k, n));
      }
      pushBase({ end: at + k0.end, k, n });
    } else if (k0.kind === 'pct') {
      used.add(n0).add(k0);
      addPop(n0);
      const p = pctIn(k0);
      // '10 per cent were judged outstanding (31 schools)': the bracket may name the total's noun.
      const paren = parenFigure(text, toks, k0.end, at) ?? parenCountNamed(text, toks, k0.end, at, nounAfter(text, n0.end));
      // 'Of the 1,500 people supervised, 48% of those on licence (360)': the share names a group of its own, a part of
      // the frame's whole whose size is not written.
      // (With no bracket, the GRIM reading stands aside for such a group itself: smaller-base.ts.)
      const ownGroup = paren !== undefined && ofOtherGroup(text.slice(k0.end, paren.tok.start), nounAfter(text, n0.end));
      if (paren?.k && ownGroup) {
        used.add(paren.tok);
        emit(unchecked(claimBase(n0.start, paren.close, 'percent-of'), [pctOperand(p), countOperand(paren.k, 'k')], `${written(p)} of a group the share names, a part of the ${n.value} (${paren.k.value}): not judged`));
      } else if (paren?.k) {
        used.add(paren.tok);
        emit(judgeShare(claimBase(n0.start, paren.close, 'percent-of'), p, paren.k, n, r.policy));
        pushBase({ end: at + paren.close, p, k: paren.k, n });
      } else {
        emit(p.hedge ? unchecked(claimBase(n0.start, k0.end, 'percent-of'), [pctOperand(p), countOperand(n, 'n')], `${p.hedge.raw} ${written(p)} of ${n.value}`) : judgeGrim(claimBase(n0.start, k0.end, 'percent-of'), p, n, r.policy));
        pushBase({ end: at + k0.end, p, n });
      }
    }
  } else if (
    isCount(n0) &&
    k0 &&
    k0.kind === 'num' &&
    !k0.notCount &&
    !used.has(k0) &&
    FRAME_BEFORE.test(before(n0)) &&
    // 'Of 116 delayed cases, the CPS failed to write in 61': the part closes the clause, after 'in'.
    IN_PART_BETWEEN.test(between(n0, k0)) &&
    /^\s*(?:[,;.]|$)/.test(text.slice(k0.end, k0.end + 2))
  ) {
    used.add(n0).add(k0);
    addPop(n0);
    const n = countIn(n0);
    const k = countIn(k0);
    // A share in brackets after a comma ('in 61, just over half (53%)'): the share of the part; the token stays free for its hedge.
    const paren = /^,\s*(?:[A-Za-z][\w'-]*\s+){0,4}\(/.test(text.slice(k0.end, k0.end + WINDOW_PAREN)) ? parenFigure(text, toks, text.indexOf(',', k0.end) + 1, at) : undefined;
    if (paren?.p) emit(judgeShare(claimBase(n0.start, paren.close, 'count-of'), paren.p, k, n, r.policy));
    else emit(judgeCountOf({ ...claimBase(n0.start, k0.end, 'count-of') }, k, n));
    pushBase({ end: at + k0.end, k, n });
  }
}

/** After the first count of a list of bare counts: the rest of the list, ', 60 and 75'. */
const LIST_REST = /^(?:\s*,\s*\d[\d,]*(?=[\s,]))*\s*,?\s+(?:and|or)\s+\d[\d,]*/;

/** The noun of a list of bare counts that opens at `end` ('45, 60 and 75 staff'): the noun after its last count. */
function listNoun(text: string, end: number): string | undefined {
  const m = LIST_REST.exec(text.slice(end, end + 60));
  return m ? nounAfter(text, end + m[0].length) : undefined;
}

/** Between the total and the first figure of an aside: its noun phrase, a comma, and words that begin no part ('a population below the capacity of'). */
const ASIDE_BETWEEN = /^[^.;:()\d,]*,\s*(?!of\s+(?:whom|which|these|them|those)\b)(?:a|an|the|which|who|that|well|just|up|down|below|above|over|under|compared|against|including|excluding|out|most|all|many|some|each|every|almost|nearly|about|around|roughly|representing|equivalent)\b[^.;:(),\d]*$/i;

/** The part after a comma-set aside: the first quantity after the aside's closing comma, a count with its verb right after it. */
function asidePart(r: Reading, qs: Tok[], n0: Tok): Tok | undefined {
  const { text, between } = r;
  for (const q of qs.slice(2, 6)) {
    const gap = between(n0, q);
    if (/[.;:()]/.test(gap)) return undefined;
    const m = /^[^,]*,([^,]+),\s*(?:only\s+|just\s+|some\s+)?$/.exec(gap);
    if (!m) continue;
    return q.kind === 'num' && !q.notCount && PART_VERB_AFTER.test(text.slice(q.end, q.end + 16)) ? q : undefined;
  }
  return undefined;
}

/**
 * The words an aside between a frame's comma and its part may open with: what the whole includes ('including the
 * nine transferred in'), or a noun phrase describing the whole ('a population well below the capacity of 676').
 */
const ASIDE_OPEN = /^[^.;:()\d]{0,80}?,\s*(?:(including|excluding|not\s+including|not\s+counting)\s+(?:the\s+|these\s+|those\s+)?|an?\s+(?:population|group|sample|cohort|caseload|number|figure|total)\b)/i;
/** The aside runs to a comma, then the part ('only' or 'just' before it at most). */
const ASIDE_CLOSE = /^[^.;:()]{0,160}?,\s*(?:only\s+|just\s+)?$/i;

/**
 * An aside set between a frame's whole and its part, 'Of the 52 cases, including the nine transferred in from another
 * region, 30 had …', 'Of the 552 men held, a population well below the centre's capacity of 676, 23 had …': the
 * part is the first count after the aside's closing comma, its figures are passed over (an included count, no
 * larger than the whole, is a part of it). Only one aside, no clause break.
 */
function asideAfterFrame(text: string, qs: readonly Tok[], n0: Tok): { part: Tok; inside: Tok[]; included?: Tok } | undefined {
  const open = ASIDE_OPEN.exec(text.slice(n0.end, n0.end + 120));
  if (!open) return undefined;
  const from = n0.end + open[0].length;
  const after = qs.filter((t) => t.start >= from);
  // The part: the first quantity after the aside's comma.
  for (const t of after) {
    if (!ASIDE_CLOSE.test(text.slice(from, t.start))) continue;
    if (t.kind !== 'num' || t.notCount || t.value > n0.value) return undefined;
    const inside = after.filter((x) => x.start < t.start);
    const first = inside[0];
    const included = open[1] && first && first.start === from && first.kind === 'num' && !first.notCount && first.value <= n0.value ? first : undefined;
    return included ? { part: t, inside, included } : { part: t, inside };
  }
  return undefined;
}

/** ', including …,' right after the part, up to the comma before its clause (that clause has no comma). */
const INCLUDING_ASIDE = /^,\s*including\s[^.;:()\u2013\u2014]*,/i;

const RATIO_AFTER = /^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?!\s+of\b)/i;

/**
 * 'Of the 84 referrals received, 63 were allocated within 24 hours (73%).': a bare share in brackets
 * that closes the part's clause, with only its words between (a year, a duration, a dash-set aside with
 * no figure, 'Of the 318 who answered, 97 – most on one wing – said … (29%)'), is the part's share.
 */
export function closingShare(r: Reading, k0: Tok): { tok: Tok; close: number; p: PctIn } | undefined {
  const { text, toks } = r;
  // '593, including three new academies, were judged good (72%)': a comma-set aside after the part is skipped.
  // (Not an aside with a count of its own or words of another figure: 'including the 40 nurseries', 'rated last year'.)
  const asideM = PART_ASIDE.exec(text.slice(k0.end, k0.end + 120));
  const aside = asideM && !OTHER_FIGURE.test(asideM[0]) && !toks.some((x) => x.start > k0.end && x.end <= k0.end + asideM[0].length && !x.notCount) ? asideM : null;
  const from = aside ? k0.end + aside[0].length : k0.end;
  let i = toks.findIndex((x) => x.start >= from);
  if (i < 0) return undefined;
  while (i < toks.length && toks[i]!.kind === 'num' && toks[i]!.notCount) i++;
  const t = toks[i];
  if (!t || t.kind !== 'pct' || t.hedge) return undefined;
  // '1,093 were resolved at the early stages, without a full investigation (90%)': a phrase of manner or
  // place after a comma, with no figure and no word of another figure, still closes the part's clause.
  const tail = TAIL_PHRASE.exec(text.slice(from, t.start));
  const ignore = tail && !OTHER_FIGURE.test(tail[0]) ? TAIL_IGNORE : undefined;
  // 'Of the 819 providers, 593, including childminders, nannies and nurseries, were judged good (72%)': an
  // aside naming kinds of the part's members (no figure, no words of another figure), commas and all, sits between.
  const including = INCLUDING_ASIDE.exec(text.slice(k0.end, t.start));
  const closes = bracketClosesClause(text, from, t, ignore) || (!!including && !OTHER_FIGURE.test(including[0]) && bracketClosesClause(text, k0.end, t, INCLUDING_ASIDE));
  if (!closes) return undefined;
  return { tok: t, close: t.end + /^\s*\)/.exec(text.slice(t.end))![0].length, p: r.pctIn(t) };
}

/** A closing phrase after a comma, before the bracket: ', without a full investigation ('. */
const TAIL_PHRASE = /,\s*(?:without|with|within|in|on|at|by|for|after|before|during|mostly|mainly|usually|often|through|under)\s[^,\d]{1,60}?\s*\(\s*$/i;
/** The same phrase as the clause's gap has it (up to the bracket). */
const TAIL_IGNORE = /,\s*(?:without|with|within|in|on|at|by|for|after|before|during|mostly|mainly|usually|often|through|under)\s[^,\d]{1,60}?\s*$/i;

/** A comma-set aside right after a part, that opens with a word and begins no clause of its own. */
const PART_ASIDE = /^,\s*(?!(?:and|but|or|while|whereas|then|so|yet|nor)\b)[a-z][^.;:(),\u2013\u2014]{2,100},/i;

/**
 * Before the total: 'Of the', 'Out of', 'Of the trust's', at the sentence start or after a
 * comma that follows words with no figure ('In 2009-10, out of a possible
 * 75,887 cases, 21,654 …': the total is the sentence's first quantity).
 */
const FRAME_BEFORE = /^(?:[^.;:()]*,)?\s*(?:of|out\s+of|across|among|amongst)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+|all\s+(?:the\s+)?|a\s+possible\s+|a\s+total\s+of\s+|(?:the\s+)?[A-Za-z][\w-]*['\u2019]s\s+)?$/i;

/** Before a whole named as a population: 'Of the centre's population of more than ', 'Of its caseload of '. */
const POP_FRAME = /^\s*(?:of|out\s+of|among|amongst)\s+(?:the|its|their)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?(?:population|caseload|cohort|roll)\s+of\s+((?:more\s+than|over|some|about|around|approximately|nearly|almost|just\s+over|just\s+under)\s+)?$/i;
/** Between the total and a closing 'in k': one clause, no bracket or quantity. */
const IN_PART_BETWEEN = /^[^.;:(),\d]{0,80},[^.;:()\d]{3,160}\bin\s+$/i;
const WINDOW_PAREN = 60;

/**
 * 'P% were judged outstanding (31 schools)': a bracketed count that names the total's own noun, a few
 * words after the share (a different noun, '(12 boroughs)', is another group: not read).
 */
function parenCountNamed(text: string, toks: Tok[], from: number, at: number, noun: string | undefined): { tok: Tok; close: number; k: CountIn } | undefined {
  if (!noun) return undefined;
  const m = /^(?:\s+[A-Za-z][\w'-]*){0,4}?\s*\(\s*/.exec(text.slice(from, from + WINDOW_PAREN + 40));
  if (!m) return undefined;
  const tok = tokAt(toks, from + m[0].length);
  if (!tok || tok.kind !== 'num' || tok.notCount) return undefined;
  const shut = /^\s+([A-Za-z][\w'-]*)\s*\)/.exec(text.slice(tok.end, tok.end + 40));
  if (!shut || singular(shut[1]!) !== singular(noun)) return undefined;
  const k: CountIn = { value: tok.value, raw: tok.raw, span: { start: at + tok.start, end: at + tok.end } };
  if (tok.word) k.word = true;
  return { tok, close: tok.end + shut[0].length, k };
}

const singular = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');
