/**
 * Quantifier words with a figure in brackets: 'most (62%)', 'the majority of
 * the 30 cases (18)', 'a few (3 of 40)'. Each phrase has a band of shares
 * from the framework (or `DEFAULT_QUANTIFIER_BANDS`), and the figure must lie
 * in it (`judgeQuantifier`). 'the most', 'at most' are not the quantifier.
 */
import type { CountIn, PctIn } from '../judge.js';
import { judgeQuantifier, unchecked } from '../judge.js';
import { firstTokFrom, sameGroup, toksBetween } from '../scan.js';
import type { Reading } from './reading.js';
import { bracketEnd, PAIR, tokAt, WINDOW } from './shared.js';

/** 'of the …' after a quantifier phrase; a possessive before a whole, 'of the college's 410', 'of its 30'. */
const QUANTIFIER_OF = /^\s+of\s+(?:(?:(?:the\s+)?[A-Za-z][\w-]*['\u2019]s?|its|their|our)\s+(?=\d)|the\s+|these\s+|those\s+)?(?=\S)/i;

/** The sentence's quantifier phrases with a bracketed figure, read after every token reading. */
export function quantifiers(r: Reading): void {
  const { text, toks, claimBase, pctIn, countIn, emit } = r;
  const { any, patterns } = compiledBands(r.scope.bands);
  // One test for all the phrases: most sentences have none, and then no phrase is looked for.
  if (!any.test(text)) return;
  // Characters already in a quantifier claim (a list of ranges searched per match is quadratic).
  const taken = new Uint8Array(text.length);
  const isFree = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  for (const { band, re } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!isFree(s, e)) continue;
      // 'most' in 'the most', 'at most' is not the quantifier.
      if (/^most$/i.test(band.phrase) && /\b(?:the|at|for\s+the)\s+$/i.test(text.slice(Math.max(0, s - 12), s))) continue;
      const rest = text.slice(e, e + WINDOW);
      // 'all but two (82%)' is a count short of all; '19 in all, or 38%' is a total: neither is the share 'all'.
      if (NOT_ALL.test(band.phrase) && (ALL_BUT_AFTER.test(rest) || (IN_BEFORE.test(text.slice(Math.max(0, s - 4), s)) && !/^\s+of\b/i.test(rest)))) continue;
      // 'a few more (42.2%)', 'many fewer', 'some others': a quantity beyond another, not a share of the whole.
      if (/^\s+(?:more|fewer|less|others?|extra)\b/i.test(rest)) continue;
      // 'the rate for all 19-year-olds (15%)', 'the average across all schools (92%)': the figure is that group's rate,
      // and 'all' names the group it is measured on, not the share that has it.
      if (RATE_OF_GROUP_BEFORE.test(text.slice(Math.max(0, s - 40), s))) continue;
      // 'Twenty-nine per cent of all detainees (141 of 486)', 'a third of most wings': after a share and 'of', the word
      // names the group that share is of, not a share of its own.
      // (Only the token right before the word can be such a share: ' of ' holds no figure.)
      const shareBefore = toks[firstTokFrom(toks, s) - 1];
      if (shareBefore && (shareBefore.kind === 'pct' || shareBefore.kind === 'frac') && shareBefore.end <= s && /^\s+of\s+$/i.test(text.slice(shareBefore.end, s))) continue;
      // Optional 'of the n …' then a bracketed figure.
      const ofN = QUANTIFIER_OF.exec(rest);
      let from = e + (ofN ? ofN[0].length : 0);
      const nAt = tokAt(toks, from);
      const nTok = nAt && nAt.kind === 'num' && !nAt.notCount ? nAt : undefined;
      if (nTok) from = bracketEnd(text, nTok);
      // Up to four words of the group before the bracket, a year or other figure that is not a quantity
      // among them ('of those surveyed in 2022 (86%)'); a longer gap may hold a figure of another clause.
      const paren = /^(?:\s*[A-Za-z][\w'-]*){0,4}?\s*\(\s*/.exec(notCountBlanked(toks, text, from, from + WINDOW)) ?? closingShare(r, s, from) ?? (ofN && !nTok ? groupShare(r, from) : null);
      if (!paren) continue;
      const figAt = from + paren[0].length;
      const figIndex = firstTokFrom(toks, figAt);
      const fig = toks[figIndex]?.start === figAt ? toks[figIndex] : undefined;
      if (!fig) continue;
      const t2 = toks[figIndex + 1];
      let figure: { p?: PctIn; k?: CountIn; n?: CountIn } | undefined;
      let close: number | undefined;
      const pctClose = fig?.kind === 'pct' ? (/^\s*\)/.exec(text.slice(fig.end, fig.end + WINDOW)) ?? YEAR_ON.exec(text.slice(fig.end, fig.end + WINDOW))) : null;
      if (fig.kind === 'pct' && !fig.hedge && pctClose) {
        figure = { p: pctIn(fig) };
        close = fig.end + pctClose[0].length;
      } else if (fig.kind === 'num' && !fig.notCount && t2?.kind === 'num' && PAIR.test(text.slice(fig.end, t2.start)) && /^[^()]*\)/.test(text.slice(t2.end, t2.end + WINDOW))) {
        figure = { k: countIn(fig), n: countIn(t2) };
        close = t2.end + /^[^()]*\)/.exec(text.slice(t2.end, t2.end + WINDOW))![0].length;
      } else if (fig.kind === 'num' && !fig.notCount && nTok && /^\s*\)/.test(text.slice(fig.end, fig.end + WINDOW))) {
        figure = { k: countIn(fig), n: countIn(nTok) };
        close = fig.end + /^\s*\)/.exec(text.slice(fig.end, fig.end + WINDOW))![0].length;
      } else if (fig.kind === 'num' && !fig.notCount && !nTok && !ofN && BARE_BRACKET.test(text.slice(e, fig.start)) && /^\s*\)/.test(text.slice(fig.end, fig.end + 4)) && !NOUN_AFTER_BRACKET.test(text.slice(fig.end, fig.end + 30)) && /^\s*(?:only\s+|just\s+)?$/i.test(text.slice(0, s))) {
        // 'We spoke to 47 patients. Most (39) rated the service as good.': a quantifier opening its sentence, its
        // count in brackets and no group of its own, is a share of the one group the sentence before counts
        // (not rough, not a part of another), as a fraction is (`fraction.ts`).
        const all = r.popsBefore(r.at + s, 0, [fig], { backward: true }, true);
        const sole = all.length === 1 && all[0]!.sentence === r.si - 1 && !all[0]!.part && !all[0]!.rough && all[0]!.tok.value >= fig.value ? all[0] : undefined;
        // A noun of its own names the group: the same as the one before ('Most patients (19)' after '47 patients'),
        // or the answers to a survey counted by another name ('Most respondents (39)' after '47 questionnaires').
        const own = /([A-Za-z][\w'-]*)\s*\(\s*$/.exec(text.slice(e, fig.start))?.[1]?.toLowerCase();
        const named = !own || (!!sole?.noun && (sameGroup(own, sole.noun) || (SURVEY_NOUN.test(own) && SURVEY_NOUN.test(sole.noun))));
        if (sole && named) {
          figure = { k: countIn(fig), n: { ...countIn(sole.tok), span: sole.span, inferred: true } };
          close = fig.end + /^\s*\)/.exec(text.slice(fig.end, fig.end + 4))![0].length;
        }
      }
      if (!figure || close === undefined) continue;
      taken.fill(1, s, close);
      const c = judgeQuantifier(claimBase(s, close, 'quantifier'), m[0].replace(/\s+/g, ' '), band.min, band.max, figure, r.policy, band.plurality);
      // (Of a total taken from the sentence before, a count below the band may be the largest of several groups, as
      // a bare percentage may: 'Most (19) were about staffing, 12 about food …'.)
      if (figure.n?.inferred && figure.k && band.plurality && c.verdict === 'inconsistent' && (100 * figure.k.value) / figure.n.value < band.min) {
        emit(unchecked(claimBase(s, close, 'quantifier'), c.operands, `${figure.k.value} of ${figure.n.value} is too few for '${m[0].replace(/\s+/g, ' ')}' as a share of the whole, but it may name the largest of several groups: unresolved`));
      } else emit(c);
    }
  }
}

/** The phrase 'all' (in any case), and what makes it no share: 'all but', 'all except'; 'in all' not followed by 'of'. */
const NOT_ALL = /^all$/i;
const ALL_BUT_AFTER = /^\s+(?:but|except|bar|save)\b/i;
const IN_BEFORE = /\bin\s+$/i;

/** The answers of a survey, by any of their names. */
const SURVEY_NOUN = /^(?:responses?|respondents?|replies|returns?|questionnaires?|surveys?)$/i;
/** Between a quantifier and its bracketed count: at most the group's noun ('Most respondents (39)'). */
const BARE_BRACKET = /^(?:\s+[A-Za-z][\w'-]*){0,2}?\s*\(\s*$/;

/** After the bracketed count, a noun of another group rather than the clause's verb: 'Almost all (45) staff said …'. */
const NOUN_AFTER_BRACKET = /^\s*\)\s+(?!(?:were|was|are|is|had|have|has|did|do|does|said|told|felt|thought|would|could|should|will|can|may|might|must|also|still|all|now|then|not|never|always|only|just|rated|described|reported|agreed|received|needed|showed|met|went|came|took)\b)(?![a-z]{3,}ed\b)[a-z][\w'-]*\s+(?:said|were|was|had|felt|told|thought|reported|agreed|described)\b/i;

/** A rate or average measured on a group: 'the rate for ', 'the average across ', 'the figure among '. */
const RATE_OF_GROUP_BEFORE = /\b(?:rates?|averages?|figures?|levels?|proportions?|percentages?|scores?)\s+(?:[a-z-]+\s+){0,2}?(?:for|of|among|across|in)\s+$/i;

/** ' in 2023, up from 90% in 2022)': the bracket's share is of its year, measured against an earlier one. */
const YEAR_ON = /^\s+in\s+(?:19|20)\d\d(?:\/\d\d)?,\s+(?:up|down)\s+from\s+\d[\d.]*\s*(?:%|per\s*cent|percent)\s+in\s+(?:19|20)\d\d(?:\/\d\d)?\s*\)/i;

/** What stops a bracket at the end of the sentence from being the opening quantifier's: another clause or a group of its own. */
const OTHER_CLAUSE = /\b(?:but|while|whilst|whereas|although|though|yet|because|except|who|whom|which|whose|where|than|compared|including|particularly|especially|mainly|mostly|some|many|few|most|several|others?)\b|,\s*(?:and|so|or)\b|[;:()[\]\u2013\u2014]|\s-\s/i;

/**
 * 'Most respondents thought staff did not understand their culture (43.7%).': the quantifier opens the
 * sentence (no 'of the n' count), and its share closes the clause, in brackets, with no other figure,
 * clause or group between ('… their culture (53.7%); only a quarter …'). Returns the stretch up to the bracket's figure, as the bracket pattern would.
 */
function closingShare(r: Reading, qStart: number, from: number): RegExpExecArray | null {
  const { text, toks } = r;
  // The quantifier opens the sentence, or a clause after a semicolon ('…; the great majority said …').
  const lead = text.slice(0, qStart);
  const atClause = /;\s*(?:and\s+)?(?:(?:only|just|but)\s+)?$/i.test(lead);
  // (Or after an opening phrase of no verb and no figure: 'In response to rising demand, a minority …'.)
  const opening = /^\s*[A-Z][^,;:()\d]{2,60},\s*$/.test(lead) && !FINITE.test(lead) && !ANY_PAST.test(lead);
  if (!/^\s*(?:(?:only|just|but)\s+)?$/i.test(lead) && !atClause && !opening) return null;
  const open = text.indexOf('(', from);
  if (open < 0 || open - from > 240) return null;
  // '(94% in 2023, up from 90% in 2022)': the share of its year, then the earlier one it is measured against (a
  // bracket of a year alone, '(82% in 2022)', may be the earlier figure only).
  const m =
    /^\(\s*(\d[\d.]*\s*(?:%|per\s*cent|percent))\s*\)\s*(?:[.;]|$)/i.exec(text.slice(open)) ??
    // A pair names its own whole, so it may close the clause before ', and …': '(19 out of 33), and six …'.
    /^\(\s*(\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*)\s*\)\s*(?:[.;]|,\s+and\b|$)/i.exec(text.slice(open)) ??
    /^\(\s*(\d[\d.]*\s*(?:%|per\s*cent|percent))\s+in\s+(?:19|20)\d\d(?:\/\d\d)?,\s+(?:up|down)\s+from\s+\d[\d.]*\s*(?:%|per\s*cent|percent)\s+in\s+(?:19|20)\d\d(?:\/\d\d)?\s*\)\s*(?:[.;]|$)/i.exec(text.slice(open));
  if (!m) return null;
  m.index = open;
  const between = text.slice(from, m.index);
  if (OTHER_CLAUSE.test(withoutGroupRelatives(between)) || toksBetween(toks, from, m.index).some((t) => !t.notCount)) return null;
  const out = /^[^]*\(\s*/.exec(text.slice(from, m.index + m[0].indexOf(m[1]!)));
  return out;
}

/**
 * The relative clauses that describe the quantifier's own group of people, written right after its noun:
 * 'Most of the young people whose cases we inspected and who had been in custody had a plan … (14 of 20)'. The
 * first 'who', 'whom' or 'whose' follows the group's noun (at most three words after 'of the'), any later one
 * is joined by 'and' alone; their words are kept, the pronouns blanked, so that no other break passes.
 */
const GROUP_RELATIVE = /^(\s*(?:of\s+(?:the|these|those|all\s+the)\s+)?(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*\s+)(?:who|whom|whose)\b/i;
function withoutGroupRelatives(between: string): string {
  const m = GROUP_RELATIVE.exec(between);
  if (!m || /^\s+(?:of\s+)?$/i.test(m[1]!)) return between;
  const head = m[1]!;
  // A later relative pronoun is blanked only after ' and ' ('… and who had been in custody').
  const rest = between.slice(m[0].length).replace(/(\sand\s+)(?:who|whom|whose)\b/gi, '$1x');
  return `${head}x${rest}`;
}

/** A past in -ed: a verb of an opening clause ('When asked, most …'). */
const ANY_PAST = /\b[a-z]{3,}ed\b/i;

/** A finite verb: the words before a bracket then hold a clause of their own, whose figure the bracket may be. */
const FINITE = /\b(?:were|was|is|are|had|has|have|said|told|felt|did|do|does|could|would|should|will|can|may|must|but|and|or|than|compared|against)\b/i;

/**
 * 'Most of the lessons we observed across the 14 schools (82%) were good', 'In a significant minority of the
 * lessons observed in the post-primary schools inspected (38%), the pace …': a longer description of the group
 * (up to nine words, no clause break, no finite verb), which may name a definite count of another thing ('the 14
 * schools'), and then a bracketed percentage alone: the quantifier's share.
 */
function groupShare(r: Reading, from: number): RegExpExecArray | null {
  const { text, toks } = r;
  // (Whole words only: a word split at every letter would make the search exponential.)
  const m = /^((?:(?:^|\s+)[A-Za-z][\w'-]*(?![\w'-])|\s+the\s+[\d,]*\d(?=\s+[A-Za-z])){5,12}?)\s*\(\s*(?=\d[\d.]*\s*(?:%|per\s*cent|percent)\s*\))/i.exec(notCountBlanked(toks, text, from, from + WINDOW));
  if (!m || FINITE.test(m[1]!) || m[1]!.split(/\s+/).filter(Boolean).length > 10) return null;
  // A count in the words is only the definite count of another noun ('across the 14 schools'): at most one.
  if (toksBetween(toks, from, from + m[1]!.length).filter((t) => !t.notCount).length > 1) return null;
  return m;
}

/** The text from `from` to `to` with the figures that are not quantities (years, labels) written as letters. */
function notCountBlanked(toks: Reading['toks'], text: string, from: number, to: number): string {
  let g = text.slice(from, to);
  for (const t of toksBetween(toks, from, to)) if (t.notCount) g = g.slice(0, t.start - from) + 'x'.repeat(t.end - t.start) + g.slice(t.end - from);
  return g;
}

type Band = { phrase: string; min: number; max: number; plurality?: boolean };
interface CompiledBands {
  /** Matches where any of the phrases does (a sentence it does not match has no quantifier). */
  any: RegExp;
  patterns: { band: Band; re: RegExp }[];
}
const bandCache = new WeakMap<readonly Band[], CompiledBands>();

/** Quantifier phrases as patterns, longest first (so 'the vast majority' wins over 'the majority'). */
function compiledBands(bands: readonly Band[]): CompiledBands {
  let out = bandCache.get(bands);
  if (!out) {
    const sorted = [...bands].sort((a, b) => b.phrase.length - a.phrase.length);
    const phrase = (band: Band) => band.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
    // A phrase that starts with a word character can only match at a word boundary (the
    // look-behind excludes one before it): a leading \b changes no match and is much faster.
    const edge = (bs: Band[]) => (bs.every((b) => /^\w/.test(b.phrase)) ? String.raw`\b` : '');
    // 'a significant minority', 'a clear majority': a describing word may move the share within its side of half,
    // never across it, so the phrase stands for the band widened to that side (after every exact phrase, so that a
    // framework's own 'a small minority' wins).
    const widened: { band: Band; src: string }[] = [];
    for (const band of sorted) {
      const w = /^a\s+(minority|majority)$/i.exec(band.phrase.trim());
      if (!w) continue;
      const side = band.max < 50 ? { min: 0, max: band.max } : band.min > 50 ? { min: band.min, max: 100 } : undefined;
      if (side) widened.push({ band: { phrase: band.phrase, ...side }, src: String.raw`a\s+(?!${w[1]}\b)[a-z][a-z-]*\s+${w[1]}` });
    }
    const all = [...sorted.map((band) => ({ band, src: phrase(band) })), ...widened];
    out = {
      any: new RegExp(String.raw`${edge(sorted)}(?<![\w-])(?:${all.map((x) => x.src).join('|')})(?![\w-])`, 'i'),
      patterns: all.map(({ band, src }) => ({ band, re: new RegExp(String.raw`${edge([band])}(?<![\w-])${src}(?![\w-])`, 'gi') })),
    };
    bandCache.set(bands, out);
  }
  return out;
}
