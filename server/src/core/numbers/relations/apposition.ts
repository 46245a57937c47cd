/**
 * Apposition (issue 9, family 8): a share set beside its count with commas,
 * dashes, brackets or 'or':
 *
 *   'Of the 120 staff files we reviewed, 96, or 80%, showed …'
 *   'Of the 41 services, 30 – or 73 per cent – were rated good'
 *   'a total of 25 (70 per cent)', '884 or 48.7% of them'
 *   'In 14 cases, 58% of the 24 we read, …'
 *   'in 27 cases – nearly half – of the 58'
 *   'Of the 48 care leavers, 31 – almost two thirds, or 65% – were …'
 *   '18 of the 24 exclusions – three in four – …', '21/28 = 75%'
 *
 * The total is, in order: the pair's own ('17 of the 20 schools visited –
 * 80 per cent –'), the whole before 'of which' ('150 referrals, of which
 * 45, or 30%,'), one written after the share ('58% of the 24', '– nearly
 * half – of the 58'), for 'of them' any group named before, or the
 * population the sentence is about (`population.ts`); for 'of those …' with
 * no group in the sentence, the one group of the count's noun counted in the
 * sentences before ('We sampled 50 children. … 23 children, 46% of those in
 * the sample, …'). The apposition must
 * close (a comma, a dash, a bracket, the end of the sentence) or end in 'of
 * …': '12 improved, 50% stayed the same' is two clauses, not an apposition.
 *
 * The share may also come first, with the count in brackets or between
 * dashes (`shareFirstReadings`):
 *
 *   'Of the 54 homes judged inadequate, just under three quarters (39 homes) went on to improve'
 *   'nearly half – 27 – of the 58', 'a third of them (1978)', 'Of the 52 plans, most (31) were good'
 *
 * Its total is one written after the count ('of the 58'), for 'of them' the
 * nearest count before it, or the population of the sentence.
 *
 * A count set off by spaced dashes before its share ('12 – 75 per cent –')
 * is read by the scanner as a range ('12 – 75'); here it is a count when the
 * share closes with a second dash (`dashAnchors`).
 */
import { firstTokFrom, sameGroup, tokensOf, type Tok } from '../scan.js';
import { stem } from '../restate.js';
import { FRACTION_WORDS, HEDGE_BEFORE, SHARE_OPENING_WORDS } from '../words.js';
import { otherPeriod } from '../extract/shared.js';
import { groupsCountedBefore } from './common.js';
import type { SentenceView } from './index.js';
import { totalsBefore } from './population.js';
import { PAIR_OF_REST_BEFORE } from './remainder.js';
import { countFig, groupNoun, isCountTok, quantityBetween, sharePartOf, sharesOf, shareAt, skipSpace, tokAt, type Anchor, type CountFig, type Reading, type ShareFig } from './shares.js';

/** Words that end a noun phrase: verbs and function words (a count's noun phrase has none of them). */
const STOP = String.raw`(?:were|was|is|are|had|has|have|been|be|being|did|do|does|and|but|or|of|in|on|at|to|for|with|by|from|that|which|who|whom|whose|where|when|while|not|no|said|says|showed|felt|the|a|an|this|these|those|it|they|we)`;
/** The count's noun phrase (a few words; for a pair, also 'of the files'), then the opening of the apposition. */
const OPEN = new RegExp(
  String.raw`^((?:\s+of\s+(?:the|these|those))?(?:\s+(?!${STOP}\b)[A-Za-z][\w'-]*){0,5}?)(\s*[,(\u2013\u2014=]|\s+-(?=\s)|\s+or(?=\s))\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+|which\s+(?:is|was)\s+|representing\s+|equivalent\s+to\s+)?`,
  'i',
);
const OF_THEM = /^\s+of\s+(?:them|these|those|the\s+total|all\s+(?:of\s+)?(?:them|these|those))\b/i;
const OF_N = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?/i;
const MORE = /^\s*,\s*(?:or\s+)?/;
const CLOSE_PAREN = /^\s*\)/;
const CLOSE = /^\s*(?:[,;:)\u2013\u2014.]|\s-\s|$)/;
const WINDOW = 240;
/**
 * A total whose noun is left out, a participle of selection or handling right after it ('of the 69,600 treated
 * in the quarter', 'of the 312 inspected'); not a verb that may open a clause of its own ('of the 70 improved').
 */
const ELIDED_BY_PARTICIPLE = /^\s+(?:treated|seen|inspected|awarded|received|made|issued|registered|assessed|reviewed|recorded|handled|sampled|examined|surveyed|admitted|detained|screened|referred|investigated|visited)(?=\s*(?:[,.;:)]|\s(?:in|during|by|at|over|since|across|this|that|last|nationally|overall)\b|$))/i;
/** A finite verb: after a share's own whole, it makes the share the subject of a clause. */
const CLAUSE_VERB = /\b(?:were|was|is|are|had|has|have|did|do|does|could|would|should|will)\b/i;

/** After 'of those': a denial, 'who did not', 'who had not', 'not', 'without'. */
const DENIED_THOSE = /^\s+(?:(?:who|that|which)\s+(?:did|were|was|had|have|has|could|would|do|does|are|is)(?:\s+not\b|n't\b)|not\b|without\b)/i;
const DENIED_OF_THOSE = new RegExp(String.raw`^\s*of\s+(?:those|them|these)${DENIED_THOSE.source.slice(1)}`, 'i');
/** After a share's apposition: the rest of a whole ('of the others', 'of the rest', 'of the remaining staff', 'of the other 40'). */
const REST_OF = /^\s*of\s+(?:the\s+)?(?:others|rest|remainder|remaining|other\s+[a-z\d])/i;

export function appositionReadings(s: SentenceView, given: readonly Anchor[]): Reading[] {
  const out: Reading[] = [];
  const dashed = dashAnchors(s);
  const anchors = dashed.length ? [...given, ...dashed] : given;
  for (const a of anchors) {
    const rest = s.text.slice(a.end, a.end + WINDOW);
    const m = OPEN.exec(rest);
    if (!m) continue;
    const paren = m[2]!.includes('(');
    let pos = a.end + m[0].length;
    const shares: ShareFig[] = [];
    let localN: CountFig | undefined;
    let localTok: Tok | undefined;
    let ofThem = false;
    // The total was written after the apposition closed ('30, or nearly three-quarters, of the 41 …'):
    // the share is a parenthesis, and 'of the 41' belongs to the count, not to a clause of the share's own.
    let afterClose = false;
    let thoseWords: string | undefined;
    for (;;) {
      const f = shareAt(s, pos);
      if (!f || f.start !== pos) break;
      shares.push(f);
      pos = f.end;
      const tail = s.text.slice(pos, pos + WINDOW);
      const them = OF_THEM.exec(tail);
      if (them) {
        ofThem = true;
        pos += them[0].length;
        // ('60 passed; 12 (60%) of those who did not …': 'those' denied is the rest of the part before, not the total.)
        if (DENIED_THOSE.test(s.text.slice(pos, pos + 40))) {
          shares.length = 0;
          break;
        }
        // 'of those we read', 'of those in the sample': words that say which group 'those' is.
        if (/those$/i.test(them[0])) {
          const w = THOSE_WORDS.exec(s.text.slice(pos, pos + 80));
          if (w) {
            thoseWords = w[0];
            pos += w[0].length;
          }
        }
        break;
      }
      const of = OF_N.exec(tail);
      if (of) {
        const t = tokAt(s.toks, pos + of[0].length);
        if (isCountTok(s, t)) {
          localN = countFig(t);
          localTok = t;
          pos = t.end;
        }
        break;
      }
      const more = MORE.exec(tail);
      if (more && shareAt(s, pos + more[0].length)?.start === pos + more[0].length) {
        pos += more[0].length;
        continue;
      }
      break;
    }
    if (shares.length === 0) continue;
    // 'of them' closes the apposition: '12 – half of them in London –' is a part of the 12, not their share.
    // After 'or' the share restates the count, and the words after it are the count's ('884 or 48.7% of them
    // about care homes').
    if (ofThem && !thoseWords && !(paren ? CLOSE_PAREN : CLOSE).test(s.text.slice(pos, pos + WINDOW)) && !/\bor\b/i.test(m[0])) continue;
    if (!ofThem && !localN) {
      // The apposition must close; then a total may follow it ('– nearly half – of the 58').
      const tail = s.text.slice(pos, pos + WINDOW);
      const c = (paren ? CLOSE_PAREN : CLOSE).exec(tail);
      if (!c) continue;
      const after = pos + c[0].length;
      // ('…; 28 (70%) of the rest did', 'compared with 28 (70%) of the others': a share of the rest of a whole, whose
      // size is the whole less a part, is no share of the sentence's total.)
      if (REST_OF.test(s.text.slice(after, after + 40)) || DENIED_OF_THOSE.test(s.text.slice(after, after + 48))) continue;
      const of = OF_N.exec(s.text.slice(after, after + WINDOW));
      const t = of ? tokAt(s.toks, after + of[0].length) : undefined;
      if (of && isCountTok(s, t)) {
        localN = countFig(t);
        localTok = t;
        afterClose = true;
      }
    }
    // Opened by a comma, a share with its own 'of the n' may instead be the subject of a new clause:
    // 'We read 12 files, nearly half of the 70 in the region were late' (a share of the 70, not of 12).
    // An apposition closes before any verb of its own ('In 14 cases, 58% of the 24 we read, …').
    if (localTok && !afterClose && /^\s*,/.test(m[2]!) && CLAUSE_VERB.test(s.text.slice(localTok.end, localTok.end + WINDOW).split(/[,;:()\u2013\u2014]|\s-\s/)[0]!)) continue;
    // A total written after the share must count the same kind of thing as the count.
    // ('16,772 patients, 21.4% of the 69,600 treated in the quarter': a participle of selection right after the
    // total leaves its noun out, so it names no other group.)
    if (localN && localTok && !sameGroup(groupNoun(s.text, a.k.end), ELIDED_BY_PARTICIPLE.test(s.text.slice(localTok.end, localTok.end + 40)) ? undefined : groupNoun(s.text, localTok.end))) continue;
    const totals: { n: CountFig; why?: string }[] = [];
    const whichOf = a.n || localN ? undefined : ofWhichTotal(s, a.k);
    if (a.n) totals.push({ n: a.n });
    else if (localN) totals.push({ n: localN });
    else if (whichOf) totals.push({ n: whichOf });
    else
      for (const p of PAIR_OF_REST_BEFORE.test(s.text.slice(Math.max(0, a.k.start - 30), a.k.start)) ? [] : totalsBefore(s, a.k, { ofThem, exclude: a.kTok ? [a.kTok] : [] })) {
        // ('We inspected 90 cases, and 36 – 40% – were sufficient, compared with 24 – 30% – last year': a count and
        // share of another period is no part of the group of now.)
        if (otherPeriod(s.text, Math.max(0, p.n.end), a.k.start, pos)) continue;
        // ('Of the 40 homes, a quarter were rated good, and 4 of these (40%) …': 'these' may be the quarter.)
        if (bareShareBetween(s, p.n.end, a.k.start)) continue;
        if (!thoseWords || echoes(thoseWords, s.text.slice(0, a.k.start))) totals.push({ n: p.n, why: p.why });
      }
    // '104 (65%) were privately run, and 38 of the private homes (37%)': a group named in words after the count
    // with a word the total's own words lack is a part of the total, not all of it; an earlier count of the sentence
    // said to be that part is the total then, and no other is.
    const named = !a.n && !localN ? NAMED_GROUP.exec(m[1]!.trimEnd()) : null;
    if (named) narrowTotals(s, a.k.start, named[1]!, a.k.value, totals);
    // 'We sampled 50 children. … 23 children, 46% of those in the sample, …': 'of those' with no group in its
    // own sentence is the one group of the count's noun counted in the sentences before (and so is the
    // group of a sentence that opens 'Of these, …').
    // 'There were 41 services. Of these, 30 – 73 per cent – …': the count is of the one group counted before.
    const ofTheseFrame = totals.length === 0 && !a.n && !localN && OF_THESE_FRAME.test(s.text.slice(0, a.k.start));
    if ((ofThem || ofTheseFrame) && totals.length === 0 && a.kTok && !a.n) {
      const kNoun = groupNoun(s.text, a.k.end);
      const before = s.toks.some((t) => t.end <= a.k.start && t.kind === 'num' && !t.notCount);
      const groups = before ? [] : groupsCountedBefore(s, a.kTok, kNoun).filter((g) => g.offset !== s.offset);
      const g = groups[0];
      const prevS = g ? s.previous?.find((x) => x.offset === g.offset) : undefined;
      // 'Of these' names the group of the sentence before only when that sentence counts one thing: after
      // '840 homes, and a quarter of them (210) …' the 'these' may be the 840 or the 210.
      // It is the group of the sentence right before: '40 cases. In 12, … . Of these, 6 …' are of the 12.
      const last = s.previous?.[s.previous.length - 1];
      // ('about 300 carers. Of these, 45 (12%)': a rough group is no base to judge a share on.)
      const oneFigure = !ofTheseFrame || (prevS !== undefined && prevS === last && prevS.toks.filter((t) => !t.notCount).length === 1 && !!g && !HEDGE_BEFORE.test(prevS.text.slice(Math.max(0, g.tok.start - 32), g.tok.start)));
      // The words after 'those' must be said of that group, before the sentence's next count: after 'registered for
      // 60 people and 47 were living there', 'a quarter of those living there' is of the 47, not the 60.
      const own = prevS && g ? prevS.text.slice(0, prevS.toks.find((t) => t.start > g.tok.end && t.kind === 'num' && !t.notCount)?.start ?? prevS.text.length) : undefined;
      if (g && groups.length === 1 && g.alone && oneFigure && (!thoseWords || (own !== undefined && echoes(thoseWords, own)))) {
        const shift = g.offset - s.offset;
        totals.push({ n: { ...countFig(g.tok), start: g.tok.start + shift, end: g.tok.end + shift }, why: `'of those' is taken to mean the ${g.tok.raw} counted before` });
      }
    }
    // '1,842 children were waiting, and 1,106 – or 52% – had waited more than a year': a bare count opening a
    // clause after ', and', its share set off by dashes or 'or', is a part of the one count of the clause before.
    if (totals.length === 0 && !a.n && !localN && a.kTok && !ofThem && m[1]!.trim() === '' && (/[\u2013\u2014-]/.test(m[2]!) || /\bor\b/i.test(m[0]))) {
      // Not a share of another group named after the apposition ('120 – or 45% – of the reviews').
      const whole = /^\s*(?:[\u2013\u2014),]|\s-\s)?\s*(?:of|out\s+of)\b/i.test(s.text.slice(pos, pos + 20)) ? undefined : elidedWhole(s, a.kTok);
      if (whole) totals.push(whole);
    }
    for (const share of shares) {
      for (const t of totals) {
        const r: Reading = { share, k: a.k, n: t.n, family: a.family ?? 'apposition' };
        if (t.why) r.nWhy = t.why;
        out.push(r);
      }
    }
  }
  for (const r of shareFirstReadings(s)) out.push(r);
  for (const a of anchors) {
    const r = rateReading(s, a);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The count's clause, then the share it makes named as a rate: '14 posts, of which 5 were vacant – a vacancy
 * rate of 36%', '1,000 were sent, and 367 came back, a response rate of 36.7%', '12 of the 40 had been
 * excluded, an exclusion rate of 30%'. The clause has no figure and no break; the rate is a percentage
 * that closes the sentence or its clause; the rate's name is no benchmark's ('a national rate of …').
 */
const RATE_OPEN = /^[^,;:()[\]\u2013\u2014.!?]{0,120}?(?:\s*[,\u2013\u2014]|\s+-(?=\s))\s*(?:(?:giving|representing)\s+)?(?:a|an)\s+((?:[A-Za-z][\w-]*\s+){0,2})rate\s+of\s+/i;
const RATE_OTHER = /\b(?:national|average|overall|target|expected|previous|england|wales|scotland|regional|local|typical|usual|annual|monthly|weekly)\b/i;
const RATE_CLOSE = /^\s*(?:[,;.]|$)/;

function rateReading(s: SentenceView, a: Anchor): Reading | undefined {
  const m = RATE_OPEN.exec(s.text.slice(a.end, a.end + WINDOW));
  if (!m || RATE_OTHER.test(m[1]!)) return undefined;
  const pos = a.end + m[0].length;
  if (quantityBetween(s, a.end, pos)) return undefined;
  const share = shareAt(s, pos);
  if (!share || share.start !== pos || share.type !== 'pct' || share.tok.hedge || !RATE_CLOSE.test(s.text.slice(share.end, share.end + 4))) return undefined;
  let n = a.n ?? ofWhichTotal(s, a.k);
  let why: string | undefined;
  if (!n && a.kTok) {
    const whole = elidedWhole(s, a.kTok);
    if (whole) {
      n = whole.n;
      why = whole.why;
    }
  }
  if (!n) return undefined;
  const r: Reading = { share, k: a.k, n, family: a.family ?? 'apposition' };
  if (why) r.nWhy = why;
  return r;
}

/** Before a bare count that opens a clause of its own: ', and', ', but', ', while'. */
const CLAUSE_JOIN = /,\s*(?:and|but|while|whereas)\s+(?:only\s+|just\s+|some\s+)?$/i;
/** After a whole: 'of the', '/', a share, or words and a figure of its own (not a whole stated alone). */
const WHOLE_IS_PART = /^\s*(?:\/|\(|(?:of|out\s+of)\s)/i;

/**
 * The whole a bare count is a part of when the sentence joins it to a clause that counts one thing ('1,842
 * children were waiting for an assessment, and 1,106 – or 52% – …'): the one figure before it in the sentence,
 * a plain count at least as large, not hedged, not itself a part ('12 of the 40').
 */
function elidedWhole(s: SentenceView, k: Tok): { n: CountFig; why: string } | undefined {
  if (!CLAUSE_JOIN.test(s.text.slice(Math.max(0, k.start - 30), k.start))) return undefined;
  const before = s.toks.filter((t) => t.end <= k.start && !t.notCount);
  if (before.length !== 1) return undefined;
  const n = before[0]!;
  if (n.kind !== 'num' || n.value < k.value || n.value === k.value || !Number.isInteger(n.value)) return undefined;
  if (HEDGE_BEFORE.test(s.text.slice(Math.max(0, n.start - 32), n.start)) || WHOLE_IS_PART.test(s.text.slice(n.end, n.end + 8))) return undefined;
  // The clause between names its group with no other number or clause break ('children were waiting for an assessment').
  if (/[;:()\u2013\u2014]/.test(s.text.slice(n.end, k.start))) return undefined;
  return { n: countFig(n), why: `the ${k.raw} is taken as a part of the ${n.raw} counted in the clause before` };
}

/** A count's group named in words after it: 'of the violent crimes', 'of the children placed'. */
const NAMED_GROUP = /^\s+of\s+the((?:\s+[A-Za-z][\w'-]*){1,5})$/i;

/** Words of a group's name that say nothing of which group: articles, prepositions, conjunctions. */
const NAME_STOP = /^(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|who|which|that|were|was|is|are|had|has|have|been|their|its|our)$/i;
/** Two words of one stem: equal, or the same first five letters ('private', 'privately'). */
const sameStem = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
const wordsOf = (x: string) => (x.toLowerCase().match(/[a-z][\w'-]*/g) ?? []).filter((w) => !NAME_STOP.test(w));

/**
 * The totals a count 'of the <words>' may be of ('38 of the private homes'), narrowed in place: a total whose own
 * words (after it, to the clause's end) lack one of the group's words is dropped, and the latest earlier count of
 * the sentence (at least `min`) whose clause has those words is added ('104 (65%) were privately run').
 */
function narrowTotals(s: SentenceView, pos: number, words: string, min: number, totals: { n: CountFig; why?: string }[]): void {
  const own = wordsOf(words);
  if (own.length === 0) return;
  const clauseOf = (start: number, end: number) => wordsOf(s.text.slice(start, end).split(/[,;:()]/)[0]!);
  let missing: string[] = [];
  for (let i = totals.length - 1; i >= 0; i--) {
    const t = totals[i]!;
    const there = t.n.end >= 0 && t.n.end <= s.text.length ? clauseOf(t.n.end, Math.min(s.text.length, t.n.end + 80)) : [];
    const lack = own.filter((w) => !there.some((x) => sameStem(w, x)));
    if (lack.length === 0) continue;
    missing = lack;
    totals.splice(i, 1);
  }
  if (missing.length === 0) return;
  for (let j = firstTokFrom(s.toks, pos) - 1; j >= 0; j--) {
    const t = s.toks[j]!;
    if (t.end > pos || !isCountTok(s, t) || t.value < min) continue;
    // Its clause runs to the next figure, past only its own share in brackets ('1,080 (30%) were violent crimes').
    const next = s.toks.slice(j + 1).find((x) => x.start >= t.end && !(x.kind === 'pct' && /^\s*\(\s*$/.test(s.text.slice(t.end, x.start))));
    const clause = wordsOf(s.text.slice(t.end, Math.min(next ? next.start : pos, pos)).replace(/\([^)]*\)/g, ' '));
    if (missing.every((w) => clause.some((x) => sameStem(w, x)))) {
      totals.push({ n: countFig(t), why: `'of the ${words.trim()}' is taken to mean the ${t.raw} said to be so before` });
      return;
    }
  }
}

/** A sentence that opens with a reference back to a group: 'Of these, ', 'Of them, only '. */
const OF_THESE_FRAME = /^\s*(?:of|among|out\s+of)\s+(?:these|them|those)\s*,\s*(?:only\s+|just\s+)?$/i;

/** The words after 'of those' up to the close: 'we read', 'in the sample', 'inspected'. */
const THOSE_WORDS = /^(?:\s+(?!(?:were|was|is|are|had|has|have)\b)[A-Za-z][\w'-]*){1,6}?(?=\s*(?:[,;:)\u2013\u2014]|\s-\s|$))/;
const THOSE_STOP = /^(?:we|they|it|in|on|at|of|the|a|an|to|by|for|with|from|this|that|these|those|our|their|who|which|were|was|been|had|have)$/i;

/**
 * Whether the words that say which group 'those' is ('in the sample', 'inspected') echo the words that
 * counted the group ('We sampled 50 children', 'Of the 30 prisons inspected'): 'of those in England' names
 * another group than 'We inspected 30 prisons'.
 */
function echoes(words: string, where: string): boolean {
  const own = (words.match(/[A-Za-z][\w'-]*/g) ?? []).filter((w) => !THOSE_STOP.test(w)).map(stem);
  if (own.length === 0) return true;
  const there = new Set((where.match(/[A-Za-z][\w'-]*/g) ?? []).map(stem));
  return own.every((w) => there.has(w));
}

/** Between a whole and its part: its noun, then 'of which' / 'of whom' ('150 referrals, of which 45, or 30%, …'). */
const OF_WHICH = /^(?:\s+[A-Za-z][\w'-]*){0,4}\s*,?\s*(?:of|among|from)\s+(?:which|whom)\s+$/i;

/** The whole a count is a part of by 'of which': the count just before it. */
function ofWhichTotal(s: SentenceView, k: CountFig): CountFig | undefined {
  const i = firstTokFrom(s.toks, k.start);
  const t = s.toks[i - 1];
  if (!t || !isCountTok(s, t) || t.value < k.value || !OF_WHICH.test(s.text.slice(t.end, k.start))) return undefined;
  return countFig(t);
}

/** A count before a spaced dash, a percentage and a closing dash: '109 – 61 per cent – were …'. */
const DASH_SHARE = /^\s+[\u2013\u2014-]\s+$/;
const DASH_CLOSE = /^\s*(?:[\u2013\u2014]|-\s)/;
const DASH_ANCHOR_BEFORE = /(?:^\s*|[,;:]\s*|\b(?:in|and|but|while|whereas)\s+)$/i;

function dashAnchors(s: SentenceView): Anchor[] {
  let cands: number[] | undefined;
  const toks = s.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const p = toks[i + 1]!;
    if (a.kind !== 'num' || !a.notCount || a.word || !Number.isInteger(a.value) || p.kind !== 'pct' || p.hedge) continue;
    if (!DASH_SHARE.test(s.text.slice(a.end, p.start)) || !DASH_CLOSE.test(s.text.slice(p.end, p.end + 4))) continue;
    // The count opens a clause ('…, 109 – 61 per cent – were'); 'rose by 10 – 15 per cent –' is a range.
    if (!DASH_ANCHOR_BEFORE.test(s.text.slice(Math.max(0, a.start - 12), a.start))) continue;
    (cands ??= []).push(i);
  }
  if (!cands) return [];
  // Is the count a count once the dash is a comma? (It may be a year, an amount or a label for other reasons.)
  let copy = s.text;
  for (const i of cands) {
    const a = toks[i]!;
    const gap = s.text.slice(a.end, toks[i + 1]!.start);
    const d = gap.search(/[\u2013\u2014-]/);
    copy = copy.slice(0, a.end + d) + ',' + copy.slice(a.end + d + 1);
  }
  const again = tokensOf(copy);
  const out: Anchor[] = [];
  for (const i of cands) {
    const a = toks[i]!;
    const t = tokAt(again, a.start);
    if (!t || t.kind !== 'num' || t.notCount || t.end !== a.end) continue;
    // Not the second end of a range ('10 – 12 – 75%').
    if (/\d\s*[\u2013\u2014-]\s*$/.test(s.text.slice(Math.max(0, a.start - 4), a.start))) continue;
    const tok: Tok = { ...a, notCount: false };
    out.push({ k: countFig(tok), kTok: a, end: a.end });
  }
  return out;
}

// ---------------------------------------------------------------- the share first

/** After the share: its noun phrase (no number), then the opening of the count. */
const SHARE_NP = /^(\s+of\s+(?:all\s+)?(?:(them|these|those)\b|(?:the\s+|their\s+|its\s+)?(?:[A-Za-z][\w'-]*\s*){1,4}?))?(\s*\(|\s+[\u2013\u2014](?=\s)|\s+-(?=\s))\s*/i;
/** After the count: at most one noun, then the close. */
const COUNT_CLOSE_PAREN = /^(\s+[A-Za-z][\w'-]*)?\s*\)/;
const COUNT_CLOSE_DASH = /^(\s+[A-Za-z][\w'-]*)?\s+(?:[\u2013\u2014]|-(?=\s))/;
const TOTAL_AFTER = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?/i;
/** Words of a noun phrase that end it (a verb means the count is about something else). */
const NP_STOP = /\b(?:were|was|is|are|had|has|have|been|did|and|or|but|who|which|that|in|on|at|for|with|by|from|to)\b/i;
const MAX_SHARES = 12;

/** Readings with the share before its count: 'just under three quarters (39 homes)'. */
export function shareFirstReadings(s: SentenceView): Reading[] {
  const out: Reading[] = [];
  let seen = 0;
  for (const share of sharesOf(s, { quantifiers: true })) {
    if (share.type === 'pct') continue; // 'P% (k)' is the extractor's
    if (++seen > MAX_SHARES) break;
    const m = SHARE_NP.exec(s.text.slice(share.end, share.end + 80));
    if (!m) continue;
    const np = m[1];
    if (np && !m[2] && (NP_STOP.test(np) || /\d/.test(np))) continue;
    const paren = m[3]!.includes('(');
    // A quantifier is not set off by dashes from its count here: '– most of them –' is another reader's.
    if (!paren && share.type === 'quantifier') continue;
    const kAt = share.end + m[0].length;
    const kTok = tokAt(s.toks, kAt);
    if (!isCountTok(s, kTok) || kTok.value < 1) continue;
    const close = (paren ? COUNT_CLOSE_PAREN : COUNT_CLOSE_DASH).exec(s.text.slice(kTok.end, kTok.end + 40));
    if (!close) continue;
    const kNoun = close[1]?.trim().toLowerCase();
    const shareNoun = np && !m[2] ? groupNoun(s.text, share.end + np.search(/of/i) + 2) : undefined;
    if (!sameGroup(kNoun, shareNoun)) continue;
    const k = countFig(kTok);
    const after = kTok.end + close[0].length;
    // A total written after: '– nearly half – 27 – of the 58' / 'nearly half (27) of the 58'.
    const of = TOTAL_AFTER.exec(s.text.slice(after, after + 40));
    const nTok = of ? tokAt(s.toks, skipSpace(s.text, after + of[0].length)) : undefined;
    if (of && isCountTok(s, nTok)) {
      if (!sameGroup(kNoun ?? shareNoun, groupNoun(s.text, nTok.end))) continue;
      out.push({ share, k, n: countFig(nTok), family: 'apposition' });
      continue;
    }
    // 'in half of those cases (5)', 'a third of these homes (4)': 'those' with its noun points back like 'of them'.
    if (m[2] || (np && /^\s+of\s+(?:all\s+)?(?:these|those)\s/i.test(np))) {
      // 'a third of them (1978)': the nearest count before the share.
      const before = nearestCountBefore(s, share.start);
      // ('Four in five (80%) of the 45 staff …, but half of those (18)': 'those' may be the share's part.)
      if (before && before.value >= k.value && !sharePartOf(s, before, share.start)) out.push({ share, k, n: countFig(before), family: 'apposition', nWhy: `'${m[2]}' is taken to mean the ${before.raw} here` });
      continue;
    }
    const totals: { n: CountFig; why?: string }[] = [];
    for (const p of totalsBefore(s, k, { exclude: [kTok] })) {
      if (p.tok.end > share.start || !sameGroup(shareNoun, p.noun)) continue;
      // ('Of the 45 staff, 80% had had supervision, of whom half (18) …': 'whom' may be the 80%.)
      if (bareShareBetween(s, p.n.end, share.start)) continue;
      totals.push({ n: p.n, why: p.why });
    }
    // 'a quarter of the adults (2)' after '14 were aged 16 to 18 and 8 were adults': the group named in words.
    const named = np ? NAMED_GROUP.exec(np.trimEnd()) : null;
    if (named) narrowTotals(s, share.start, named[1]!, k.value, totals);
    for (const t of totals) out.push({ share, k, n: t.n, family: 'apposition', nWhy: t.why });
  }
  return out;
}

/** A share word of the group as the subject of a clause ('a quarter were rated good', 'most had'). */
const SHARE_WORD_CLAUSE = new RegExp(String.raw`\b(?:${FRACTION_WORDS}|${SHARE_OPENING_WORDS})\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|had|have|has|are|is|did|said|received|needed|met)\b`, 'i');

/**
 * Between a group counted in this sentence (ending at `from`) and a later figure: a bare share of it, a percentage
 * or fraction with no count beside it, or a share word opening a clause ('Of the 45 staff, 80% had …, of whom half
 * (18)'): a later 'of them' may name that share's part, whose size is not written.
 */
function bareShareBetween(s: SentenceView, from: number, to: number): boolean {
  if (from < 0 || from >= to) return false;
  const counted = (t: Tok) => {
    const i = s.toks.indexOf(t);
    const prev = i > 0 ? s.toks[i - 1] : undefined;
    const next = s.toks[i + 1];
    // Its count beside it, before ('36 (80%)') or after ('just under half (1,937)').
    return (
      (!!prev && prev.kind === 'num' && !prev.notCount && /^\s*(?:\(|,|[\u2013\u2014])\s*(?:or\s+)?$/.test(s.text.slice(prev.end, t.start))) ||
      (!!next && next.kind === 'num' && !next.notCount && /^\s*(?:\(|[\u2013\u2014]|,\s*or)\s*$/.test(s.text.slice(t.end, next.start)))
    );
  };
  if (s.toks.some((t) => (t.kind === 'pct' || t.kind === 'frac') && t.start >= from && t.end <= to && !counted(t))) return true;
  return SHARE_WORD_CLAUSE.test(s.text.slice(from, to));
}

function nearestCountBefore(s: SentenceView, pos: number): Tok | undefined {
  const t = s.toks[firstTokFrom(s.toks, pos) - 1];
  return t && t.end <= pos && isCountTok(s, t) ? t : undefined;
}
