/**
 * Parts of a whole: counts that must add up to a stated total ('Of the 43
 * forces assessed, 29 were graded good, six outstanding, seven requires
 * improvement and one inadequate'; 'The 27 settings comprised 15 …, eight …
 * and four …'; 'four were Good (three CRCs and one NPS division)'), and shares
 * of one whole that must add up to 100 within rounding ('2% are rated
 * outstanding, 77% good, 19% requires improvement and 2% inadequate').
 *
 * A list is read as a partition only when it is written as one: parts in a
 * list, the later ones elided ('six outstanding', no verb of their own), or a
 * whole introduced by 'of the', a colon or 'comprised'. Anything looser (parts
 * that share a verb and may overlap, 'including', 'of these') is listed as
 * unresolved when it does not add up, never reported.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { formatScaled } from '../rounding.js';
import { EXCLUSIVE_STATES, NUMBER, parseNumber, PLURALS_WITHOUT_S } from '../words.js';
import { isPopulation, nounAfter, ratioBase, sameGroup, singular, type Tok } from '../scan.js';
import { DENIAL, dashBreakdowns, depthAt, oneAnswerEach, otherThing, overlapSaid, plainCount, previousShare, sharesTotal, builtRegExp, unnumberedItem } from './common.js';
import { readGradeParts } from './grade-parts.js';
import { readListSum, readShareListSum } from './list-sum.js';
import { readParticipleBreakdown, readSubShares } from './sub-shares.js';
import { readBandTotal } from './band-total.js';
import { adjunctShares } from './adjunct-shares.js';
import { coveringBands } from './age-bands.js';
import { measureBands } from './measure-bands.js';
import { readRunningTotal } from './running-total.js';
import { readTrailingTotal } from './trailing-total.js';
import { readSplitGroups } from './split-groups.js';
import { readBracketSum, readChangeDifference, readShareBand, readSpreadSum } from './spread-sum.js';
import { readContinuedShares } from './continued-shares.js';
import { readGradeShares } from './grade-shares.js';
import { readSubjectList } from './subject-list.js';
import { readLabelledList } from './labelled-list.js';
import { at, type SentenceView } from './index.js';

const PLURAL_WITHOUT_S = new RegExp(`^(?:${PLURALS_WITHOUT_S})$`, 'i');

/** ('with' only opening its clause, ', with 70 upheld': 'inspectors talked with 11 children' is a clause of its own.) */
const SEPARATOR = /(?:^|[,;:\u2013\u2014]|\band|\bwhile|\bwhereas|\bbut|(?:^|[,;:(\u2013\u2014]\s*|\band\s+|\bbut\s+)with)\s*(?:(?:only|just|a\s+further|another|a\s+record|and|in|(?:in\s+)?(?:the\s+)?(?:other|remaining|final|last))\s+)?$/i;
/** A rest that frames what follows it: 'in the remaining 30 cases, 20 …', 'among the other 12, 9 …'. */
const REST_FRAME_BEFORE = /\b(?:in|among|amongst|of|for|within|across)\s+the\s+(?:other|remaining)\s+$/i;
const REST_FRAME_AFTER = /^(?:\s+(?!(?:were|was|had|have|has|is|are|did|said|been|and|or)\b)[a-z'-]+){0,4}(?:\s*\([a-z' -]{1,30}\))?\s*,\s*$/i;
const BACK_FRAME_THE = /(?:;|,\s*(?:and|but|while|whereas))\s*(?:of|on|among|amongst|in|for|across|within)\s+the\s+((?:[a-z'-]+\s+){0,3}?[a-z][a-z'-]+)\s*,\s*$/i;
/** A clause opened by a frame that points back to a part ('…; of those responsive inspections, 130 found a breach'). */
const BACK_FRAME_BEFORE = /(?:;|,\s*(?:and|but|while|whereas)?)\s*(?:of|on|among|amongst|in|for|across|within)\s+(?:these|those|them|the\s+latter|the\s+former)(?:\s+(?!(?:were|was|had|have|has|is|are|did|said|been|and|or)\b)[a-z'-]+){0,4}\s*,\s*$/i;
/** A part written as what is left ('and the other 10', 'the remaining one'): the list is a partition. */
const REST_BEFORE = /\b(?:the\s+(?:other|remaining|final|last)|the\s+others,?|the\s+rest,?|the\s+remainder,?)\s+$/i;
const VERBS = /^(?:was|were|is|are|had|has|have|did|do|does|received|got|showed|met|achieved|needed|required|concerned|related|involved|could|would|should|may|might|said|reported|felt|went|came|led|made|gave|took|of|per|percent|in|at|on|to|for|from|by|with|than|times|days?|weeks?|months?|years?|hours?|minutes?)$/i;
/** Words that say a list leaves cases out or may overlap; a hedge ('about', 'over', 'around') only before a figure ('448 about housing' is a subject). */
const LOOSE = new RegExp(String.raw`\b(?:a\s+(?:small\s+|large\s+|further\s+small\s+)?number\s+(?:of\b|run\b|were\b|was\b|had\b|in\b|by\b|from\b)|a\s+few|a\s+handful|several|including|included|includes|among\s+them|such\s+as|of\s+these|of\s+them|of\s+whom|of\s+which|of\s+the\s+remaining|the\s+rest|the\s+remainder|remaining|others?|respectively|at\s+least|more\s+than|fewer\s+than|less\s+than|almost|nearly|some)\b|\b(?:over|(?<!\basked\s+)about|around)\b(?=\s+(?:a\s+|an\s+)?(?:${NUMBER}|half|third|quarter|fifth|tenth|dozen|hundred|thousand|handful|few|quarters|thirds)\b)`, 'i');
/** A thousands separator or decimal point inside a figure ('21,362'): no clause break. */
const DIGIT_GROUP = /(?<=\d)[,.](?=\d)/g;
const TOTAL_BEFORE = /\b(?:so|thus|meaning|making|in\s+total|in\s+all|altogether|overall|a\s+total\s+of|total\s+of)\s+$/i;

interface Part {
  tok: Tok;
  elided: boolean;
  /** Elided after an agent or destination of the passive before it ('690 by …' after '1,480 were managed by …'). */
  agent?: boolean;
  /** Written as the rest of the whole ('the other 10'). */
  rest?: boolean;
}

/** The text with the rest phrases of its parts taken out (they mark a partition, not a loose list). */
const withoutRest = (text: string) => text.replace(/\b(?:the\s+(?:other|remaining|final|last)|the\s+others,|the\s+rest|the\s+remainder)\s+(?=[\w-]+)/gi, ' ');

/**
 * A count set off by dashes with its share ('109 – 61 per cent – were'): the
 * scanner takes '109 – 61' for a range, but the share after the dash says it
 * is a count.
 */
function countTok(text: string, t: Tok): boolean {
  if (plainCount(text, t)) return true;
  if (t.kind !== 'num' || !t.notCount || t.value >= 1900 && t.value <= 2100) return false;
  return /^\s+[\u2013\u2014]\s+\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s+[\u2013\u2014]/i.test(text.slice(t.end, t.end + 30)) && !/[\d]\s*[-\u2013]\s*$/.test(text.slice(Math.max(0, t.start - 6), t.start));
}

/** The words after a part up to the next part or separator: 'were rated', 'had a plan'. */
function predicate(text: string, t: Tok, next: number): string {
  return text
    .slice(t.end, next)
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;:\u2013\u2014]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b/i)[0]!
    .replace(/^\s*(?:%|per\s?cent|percent)?\s*\)?/i, '')
    .trim()
    .toLowerCase();
}

/**
 * Whether parts written with their own verbs name categories of one
 * dimension: each verb phrase is the same but for its last word(s) ('were
 * rated good', 'were rated inadequate'), or every part but the first has none
 * ('29 were graded good, six outstanding'). 'had a plan' and 'had been
 * reviewed' are different questions, and their shares may overlap.
 */
function oneDimension(text: string, parts: readonly Part[]): boolean {
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length));
  const withVerb = preds.filter((x, i) => i === 0 || !parts[i]!.elided);
  if (withVerb.length <= 1) return true;
  // Every share with its own be-verb and another word after it ('64% were women, 40% were under 25 and 12%
  // were disabled'): attributes of one group, which may overlap, unless they are degrees of one outcome.
  // (Points of one polar scale are no attributes: 'were satisfied', 'were neither …', 'were dissatisfied'.)
  const seconds = withVerb.map((x) => (x.split(/\s+/)[1] ?? '').toLowerCase().replace(/[^a-z-]/g, ''));
  const pole = (a: string) => a === 'neither' || seconds.some((b) => b !== a && b.length > 3 && a.length > 3 && (builtRegExp(`^(?:dis|un|in|im|non-?)${b}$`).test(a) || builtRegExp(`^(?:dis|un|in|im|non-?)${a}$`).test(b)));
  const polar = seconds.every(pole);
  // Attributes, not points of a scale, when one says more than a grade: a figure, a preposition, a participle
  // or a group ('were under 25', 'were disabled', 'were women'); a shared last word makes a scale ('low risk', 'high risk').
  const tails = withVerb.map((x) => x.trim().split(/\s+/).slice(1).join(' ').toLowerCase().replace(/[.,;:)]+$/, ''));
  const lastWords = new Set(tails.map((x) => x.split(/\s+/).pop()));
  const attributeLike = lastWords.size > 1 && tails.some((x) => /\d|\b(?:under|over|aged|from|with|without|in|on|at|of)\b|\b[a-z]{3,}ed\b|\b(?:men|women|children|people|boys|girls|adults|parents|carers|[a-z]+ers)\b/.test(x));
  if (withVerb.length === parts.length && withVerb.every((x) => /^(?:were|was|are|is)\s/i.test(x)) && new Set(seconds).size > 1 && attributeLike && !polar && !degreeScale(text, parts)) return false;
  const head = (x: string) => x.split(/\s+/).slice(0, 2).join(' ');
  const h0 = head(withVerb[0]!);
  if (h0 !== '' && withVerb.every((x) => head(x) === h0 && x.split(/\s+/).length > 2) && new Set(withVerb).size === withVerb.length) return true;
  // Different verbs of outcome ('went to the inspector', 'were resolved by the service') split events;
  // verbs of having, saying or experiencing ('had a plan', 'said they felt safe') describe one group several ways.
  return !withVerb.some((x) => ATTRIBUTE.test(x));
}

/**
 * Whether counts after 'Of the N …,', each with its own verb, answer one
 * question with different answers, so that no case is counted twice: the
 * verb phrases share their first word(s) and differ after them ('were in
 * work', 'were in education', 'were in training'; 'concerned safeguarding',
 * 'concerned medicines'). A shared be-verb alone ('were announced', 'were
 * joint') names two questions; a verb of having, saying or being given ('had
 * a plan', 'had a review'; 'were offered …') describes one case several
 * ways. Stricter than `oneDimension`, which shares also pass when they have
 * an intro: a count list with no elided part has no other sign of one
 * question.
 */

/**
 * Whether parts that say what each case has or did may overlap: the first part's verb is one of having,
 * saying or experiencing ('40 had completed safeguarding training'), and the later parts name other
 * things of the same kind, with their verb left out or their own ('and 35 fire safety training', 'and 15
 * had had a review'), none of them a denial of the first ('and 8 had none', 'and 12 no plan'). A case
 * may be counted in each.
 */
function attributesOverlap(text: string, parts: readonly Part[], havingOnly = false): boolean {
  if (parts.length < 2) return false;
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length));
  // ('were assessed as having a mental health need', 'were identified with a housing need': having, in other words.)
  const having = /^(?:were|was|are|is)\s+(?:[a-z]+\s+){0,2}?(?:as\s+)?having\s+(?!(?:no|not|none)\b)[a-z]|^(?:were|was|are|is)\s+(?:identified|assessed|diagnosed|recorded|flagged)\s+with\s+(?!(?:no|not|none)\b)[a-z]/i.test(preds[0]!);
  // (Shares answering one question with verbs of saying are read by the readers of answers: `havingOnly`.)
  // ('71% mentioned workload, 54% staffing levels and 38% the records system': the things named when asked for
  // concerns, reasons or needs, of which one may name several.)
  const naming = /^(?:mentioned|cited|named|raised|listed|highlighted|ticked|selected|picked|identified|gave|pointed\s+to|spoke\s+(?:of|about))\s+(?!(?:no|not|none|nothing)\b)[a-z]/i.test(preds[0]!);
  if (!having && !naming && !/^(?:had|has|have)\s+(?!(?:no|not|none|never)\b)[a-z]/i.test(preds[0]!) && (havingOnly || !/^(?:said|felt|reported|received|completed|attended|involved|affected)\b/i.test(preds[0]!))) return false;
  // (A denial is the has-not of the same thing, unless it is about another thing: 'had no activity room' after
  // 'had a good garden'.)
  return preds.slice(1).every((x) => x !== '' && x !== preds[0] && (!DENIAL.test(x) || otherThing(preds[0]!, x)));
}

const ABOUT_TOPIC = /^(?:(?:were|was|are|is)\s+)?(?:mainly\s+|mostly\s+|chiefly\s+)?about\s+[a-z]/i;

/**
 * Parts each about a topic ('14 were about staff, 8 about food and 6 about visits'): one complaint may raise
 * several, so the parts may add up to more than the whole; they cannot add up to less when the list is said to
 * be complete ('48 complaints: 21 about …, 15 about … and 9 about …').
 */
function topicList(text: string, parts: readonly Part[]): boolean {
  if (parts.length < 2) return false;
  return parts.every((p, i) => ABOUT_TOPIC.test(predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length)));
}

/** A bound on a measure: 'within 10 seconds', 'more than 12 hours', '26 weeks or longer'. */
const BOUND = /\b(?:within|more\s+than|over|under|less\s+than|fewer\s+than|at\s+least|up\s+to|longer\s+than|shorter\s+than|in\s+excess\s+of|after|before)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)|\b\d[\d,.]*\s+(?:[a-z]+\s+)?or\s+(?:more|longer|over|less|fewer|under)\b/i;

/**
 * Whether parts are told apart by bounds on a measure ('180 were answered within 10 seconds and 30 within
 * 60 seconds'): bounds nest, so a case may be counted under each (a band, 'between 10 and 60 seconds', does
 * not, and is no bound here).
 */
function nestedBounds(text: string, parts: readonly Part[]): boolean {
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length));
  const bounds = preds.filter((x) => BOUND.test(x) && !/\bbetween\b/i.test(x));
  if (bounds.length < 2) return false;
  // An upper bound and a lower bound ('within 28 days', 'longer than 90 days') do not nest: the cases under
  // one are not under the other. Two bounds of one direction ('within 10 seconds', 'within 60 seconds') do.
  const dir = (x: string) => (UPPER_BOUND.test(x) ? 'upper' : LOWER_BOUND.test(x) ? 'lower' : 'other');
  const dirs = bounds.map(dir);
  if (dirs.includes('other') || new Set(dirs).size < dirs.length) return true;
  // One upper and one lower bound are apart only when the upper one is no more than the lower one, in the
  // same unit ('within 28 days', 'longer than 90 days'); 'more than two years' and 'under three years' overlap.
  const at = bounds.map((x) => BOUND_FIGURE.exec(x));
  if (at.some((m) => !m)) return true;
  const [u, l] = dirs[0] === 'upper' ? [at[0]!, at[1]!] : [at[1]!, at[0]!];
  const uv = parseNumber(u[1]!)?.value;
  const lv = parseNumber(l[1]!)?.value;
  const unit = (m: RegExpExecArray) => (m[2] ?? '').toLowerCase().replace(/s$/, '');
  return uv === undefined || lv === undefined || unit(u) !== unit(l) || uv > lv;
}

/** The figure of a bound and its unit: 'within 28 days' → 28, 'day'. */
const BOUND_FIGURE = new RegExp(String.raw`\b(?:within|under|less\s+than|fewer\s+than|up\s+to|shorter\s+than|before|more\s+than|over|at\s+least|longer\s+than|in\s+excess\s+of|after)\s+(${NUMBER})(?:\s+([a-z]+))?`, 'i');

/** Bounds from above and from below: 'within 10 days', 'less than 5'; 'more than 12 hours', '26 weeks or longer'. */
const UPPER_BOUND = /\b(?:within|under|less\s+than|fewer\s+than|up\s+to|shorter\s+than|before)\s|\bor\s+(?:less|fewer|under)\b/i;
const LOWER_BOUND = /\b(?:more\s+than|over|at\s+least|longer\s+than|in\s+excess\s+of|after)\s|\bor\s+(?:more|longer|over)\b/i;

/** Words that grade one outcome by degree: 'upheld', 'partly upheld', 'not upheld'. */
const DEGREE = /^(?:partly|partially|substantially|not|only|never|yet)$/;

/**
 * Whether the parts' verb phrases are one outcome in different degrees ('70 were upheld, 30 were partly
 * upheld and 25 were not upheld'; 'had been achieved', 'partly achieved', 'not achieved'): the same last
 * word, and before it only a be-verb and words of degree, which differ from part to part. Such answers
 * exclude each other and, with three of them, name every degree.
 */
function degreeScale(text: string, parts: readonly Part[], standardOnly = false): boolean {
  if (parts.length < 3) return false;
  // ('were complied with': a prepositional verb is read by its participle.)
  // ('fully meeting the standard', 'partially meeting it', 'not meeting it': the standard named once, then by a pronoun.)
  const preds0 = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)]+$/, '').replace(/\b(meet(?:ing|s)?|met)\s+(?:it|them|the\s+(?:standards?|criteri(?:on|a)|requirements?|threshold|expectations?))$/, '$1').split(/\s+/).filter(Boolean)).map((w) => (w.length >= 2 && w[w.length - 1] === 'with' && /ed$/.test(w[w.length - 2]!) ? w.slice(0, -1) : w));
  if (preds0.some((w) => w.length === 0 || w.length > 4)) return false;
  const last = preds0[0]![preds0[0]!.length - 1]!;
  // The last part a bare denial with the first's auxiliary ('four were complied with, three were substantially
  // complied with and two were not'): the outcome denied, its participle left out.
  const preds = preds0.map((w, i) => (i === parts.length - 1 && i > 0 && w.length === 2 && w[1] === 'not' && w[0] === preds0[0]![0] && /^(?:were|was|are|is|had|have|has)$/.test(w[0]!) ? [...w, last] : w));
  // A participle ('upheld', 'achieved') or an adjective of meeting a standard ('compliant', 'effective', 'satisfactory').
  const standard = (/^[a-z]{3,}(?:ant|ent|ive|ful|able|ible|ory|ate)$/.test(last) && !/^[a-z]+(?:ed|en|et|ld)$/.test(last)) || /^meeting$/.test(last);
  if (!/^[a-z]+(?:ed|en|et|ld)$/.test(last) && !standard) return false;
  if (standardOnly && !standard) return false;
  if (preds.some((w) => w[w.length - 1] !== last)) return false;
  // ('were rated fully meeting the standard': the verb of rating, like the be-verb, is no degree.)
  const mods = preds.map((w) => w.slice(0, -1).filter((x) => !/^(?:were|was|are|is|had|have|has|been)$/.test(x)).filter((x, j, a) => !(j === 0 && a.length > 1 && /^(?:rated|judged|assessed|graded|found)$/.test(x))));
  // 'fully' is a degree beside 'partly' ('fully upheld', 'partly upheld', 'not upheld'), not beside the bare outcome.
  const partly = mods.some((m) => m.length === 1 && /^(?:partly|partially)$/.test(m[0]!));
  const fully = partly && mods.some((m) => m.length === 1 && m[0] === 'fully') && !mods.some((m) => m.length === 0);
  if (mods.some((m) => m.some((x) => !DEGREE.test(x) && !(fully && x === 'fully')))) return false;
  // The outcome itself, and its denial among the others ('reviewed', 'fully reviewed' overlap; 'fully' is no degree here).
  if (!(fully || mods.some((m) => m.length === 0)) || !mods.some((m) => m.includes('not') || m.includes('never'))) return false;
  return new Set(mods.map((m) => m.join(' '))).size === parts.length;
}

/**
 * Two parts, the second the denial of the first ('88 were compliant with the standards and 29 were not';
 * '41 met the standard and 9 did not'; '12 had a plan and 3 had not'; '98 were expected and 26 (were)
 * unexpected', a one-word state and its negative with 'un-', 'non-', 'in-', 'dis-'): its verb phrase is the first's
 * auxiliary (or 'do'/'did' for a verb of its own) with 'not', and at most the first's next words. The
 * two answers of a yes-or-no question, so no case is in both and none in neither.
 */
export function denialPair(text: string, parts: readonly { tok: Tok }[], allowSaid = true): boolean {
  if (parts.length !== 2) return false;
  const words = (i: number) => predicate(text, parts[i]!.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)!?]+$/, '').replace(/n't\b/g, ' not').split(/\s+/).filter(Boolean);
  // 'said they had a key worker' and 'said they did not': the answer after a verb of saying, in both parts.
  const SAID = /^(?:said|told\s+us|told\s+inspectors|reported|stated|indicated|felt|thought)\s+(?:that\s+)?(?:they|it|he|she|we)\s+/i;
  const framed = [words(0), words(1)].map((w) => SAID.exec(w.join(' ')));
  // ('152 said they had a key worker and 92 did not': the second says nothing, so denies the first's answer.)
  const bareDid = /^(?:did|do|does)\s+not$/.test(words(1).join(' '));
  if (!!framed[0] !== !!framed[1] && !(framed[0] && bareDid)) return false;
  // Answers of a survey may leave out those who did not answer: `allowSaid` false reads no such pair.
  if (framed[0] && !allowSaid) return false;
  const [a, b] = [words(0), words(1)].map((w, i) => (framed[i] ? w.join(' ').slice(framed[i]![0].length).split(/\s+/).filter(Boolean) : w)) as [string[], string[]];
  if (a.length === 0 || DENIAL.test(a.join(' '))) return false;
  // 'were expected' and '(were) unexpected', 'were compliant' and 'non-compliant': a word and its negative.
  const last = a[a.length - 1]!;
  const opposite = (w: string) => w.length > 3 && (w === `un${last}` || w === `non-${last}` || w === `non${last}` || w === `in${last}` || w === `im${last}` || w === `dis${last}` || w === `ir${last}` || w === `il${last}`);
  if (a.length <= 2 && b.length === a.length && b.slice(0, -1).join(' ') === a.slice(0, -1).join(' ') && opposite(b[b.length - 1]!)) return true;
  if (a.length === 2 && /^(?:were|was|are|is)$/.test(a[0]!) && b.length === 1 && opposite(b[0]!)) return true;
  if (b.length < 2 || b[1] !== 'not') return false;
  const aux = /^(?:were|was|are|is|had|has|have|could|would|did|do|does)$/;
  // ('had a plan' and 'did not': 'had' with an object is a verb of its own.)
  const ownVerb = !aux.test(a[0]!) || (/^(?:had|has|have)$/.test(a[0]!) && a.length > 1 && !/^(?:been|not|to)$/.test(a[1]!) && !/ed$/.test(a[1]!));
  if (!(aux.test(a[0]!) && b[0] === a[0]) && !(ownVerb && /^(?:did|do|does)$/.test(b[0]!))) return false;
  const restA = aux.test(a[0]!) ? a.slice(1) : a;
  const restB = b.slice(2);
  // 'were not compliant' repeats the first's words; 'were not in work' of 'were in education' names another state.
  return restB.length <= restA.length && restB.every((x, i) => x === restA[i]);
}

/** The whole's words say every case has its outcome: 'complaints investigated', 'appeals decided', 'cases we closed'. */
/** Cases the inspectors looked at themselves, each given a judgement: 'we examined', 'reviewed', 'audited'. */
const EXAMINED = /\b(?:we|inspectors)\s+(?:examined|reviewed|audited|assessed|inspected|looked\s+at|sampled|tracked|checked)\b|\b(?:examined|reviewed|audited|assessed|inspected|sampled|tracked)\s+(?:by\s+(?:us|inspectors)|in\s+detail)?\s*$/i;
const DECIDED = /\b(?:decided|determined|concluded|closed|completed|finalised|finalized|investigated|heard|adjudicated)\b/i;

/** Words that grade an answer without changing what it is about: 'very', 'sometimes', 'less often than'. */
const GRADE_WORD = /^(?:very|fairly|quite|rather|not|never|always|sometimes|often|usually|mostly|mainly|rarely|seldom|occasionally|partly|partially|fully|completely|somewhat|slightly|extremely|totally|less|more|as|than|so|too|at|all|neither|nor|no)$/;
/** Words that carry no content of an answer. */
const ANSWER_STOP = /^(?:they|it|he|she|we|you|them|their|its|the|a|an|that|this|to|of|and|or|was|were|is|are|be|been|had|have|has|felt|feel|found|find|said|say|thought|think|rated|described|would|could|did|do|does)$/;
/** The last verb of saying or being in a share's predicate: the answer follows it. */
const ANSWER_VERB = /\b(?:said|say|says|felt|feel|feels|thought|think|were|was|are|is|rated|described\s+\w+\s+as|found\s+\w+)\s+(?:(?:it|they|that|this|them)\s+(?:was|were|is|are)\s+)?/gi;

/** Each part's answer: the words after its last verb of saying or being, with a degree or denial before that verb. */
function answerWords(text: string, parts: readonly Part[]): string[][] {
  return parts.map((p, i) => {
    // 'most of the time' is a degree as 'mostly' is.
    const pred = predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)]+$/, '').replace(/\b(most|some|all|none)\s+of\s+the\s+time\b/g, (_m, w: string) => ({ most: 'mostly', some: 'sometimes', all: 'always', none: 'never' })[w] ?? w);
    let from = 0;
    for (const m of pred.matchAll(ANSWER_VERB)) from = m.index! + m[0].length;
    const words = pred.slice(from).split(/\s+/).filter(Boolean);
    // A degree or denial before the verb ('always felt safe', 'did not feel safe') grades the answer after it.
    const lead = pred.slice(0, from).replace(/n't\b/g, ' not').split(/\s+/).filter((x) => /^(?:not|never|always|usually|often|sometimes|rarely|seldom|mostly|mainly)$/.test(x));
    return [...lead, ...words];
  });
}

/**
 * Whether shares are degrees of one answer: after its last verb of saying or being, each part's answer is
 * one content word (or more) that every part shares, graded by words such as 'very', 'sometimes', 'less
 * … than' or the prefix 'un-' / 'dis-' ('41% said it was manageable, 38% said it was sometimes manageable
 * and 26% said it was unmanageable'; '58% were very satisfied, 29% were satisfied and 16% were not
 * satisfied'; 'as often as they wanted, less often …, more often …'). Such answers exclude each other, so
 * their shares cannot pass 100%. Answers about different things ('more staff', 'better food') are not read so.
 */
function degreesOfOneAnswer(text: string, parts: readonly Part[]): boolean {
  if (parts.length < 2) return false;
  const answers = lastComplementCut(answerWords(text, parts));
  if (answers.some((w) => w.length === 0 || w.length > 6)) return false;
  const all = new Set(answers.flat());
  // 'unmanageable' beside 'manageable', 'dissatisfied' beside 'satisfied': the same answer, denied.
  const base = (w: string) => {
    const m = /^(?:un|dis|in|im|non-?)(.{4,})$/.exec(w);
    return m && all.has(m[1]!) ? m[1]! : w;
  };
  const content = answers.map((w) => new Set(w.map(base).filter((x) => !GRADE_WORD.test(x) && !ANSWER_STOP.test(x))));
  const shared = [...content[0]!].filter((x) => x.length >= 4 && content.every((c) => c.has(x)));
  // The first answer may name what it is about, the later ones leave it out ('said their child was happy at
  // school, 27% said mostly happy and 15% said unhappy'); a later one naming something else is another answer.
  if (shared.length === 0 || content.some((c, i) => i > 0 && [...c].some((x) => !shared.includes(x)))) return false;
  if ([...content[0]!].filter((x) => !shared.includes(x)).length > 2) return false;
  // Each part a different degree.
  return new Set(answers.map((w) => w.join(' '))).size === parts.length;
}

/**
 * The last answer may name what all are about after the answer, as a complement ('22% were very satisfied, 34%
 * fairly satisfied and 21% very dissatisfied with the support'): cut there, when no earlier answer has such a
 * complement of its own (then each names its own thing, and they may be several a person).
 */
function lastComplementCut(answers: string[][]): string[][] {
  const last = answers[answers.length - 1]!;
  const k = last.findIndex((w, i) => i > 0 && COMPLEMENT_WORD.test(w));
  if (k < 0 || answers.slice(0, -1).some((w) => w.some((x) => COMPLEMENT_WORD.test(x)))) return firstComplementCut(answers);
  return [...answers.slice(0, -1), last.slice(0, k)];
}

/**
 * Or the first answer names it, and the later ones leave it out ('38% were satisfied with the time the police took
 * to arrive, 23% were neither satisfied nor dissatisfied and 43% were dissatisfied'): cut there, when no later
 * answer has a complement of its own.
 */
function firstComplementCut(answers: string[][]): string[][] {
  const first = answers[0]!;
  const k = first.findIndex((w, i) => i > 0 && COMPLEMENT_WORD.test(w));
  if (k < 0 || answers.length < 3 || answers.slice(1).some((w) => w.some((x) => COMPLEMENT_WORD.test(x)))) return answers;
  return [first.slice(0, k), ...answers.slice(1)];
}
const COMPLEMENT_WORD = /^(?:with|about|of|at|for|towards?|by)$/;

/**
 * Whether degrees of one answer are its whole scale: both poles ('satisfied', 'dissatisfied') with the same
 * degrees each ('very', and 'fairly' or none), and at most one middle point ('neither satisfied nor dissatisfied').
 */
function degreesComplete(text: string, parts: readonly Part[]): boolean {
  const answers = lastComplementCut(answerWords(text, parts)).map((w) => w.filter((x) => !ANSWER_STOP.test(x)));
  const middle = answers.filter((w) => w[0] === 'neither');
  const poles = answers.filter((w) => w[0] !== 'neither');
  if (middle.length > 1 || poles.some((w) => w.length === 0 || w.length > 2)) return false;
  const heads = poles.map((w) => w[w.length - 1]!);
  const neg = (h: string) => heads.some((b) => b !== h && builtRegExp(`^(?:dis|un|in|im|non-?)${b}$`).test(h));
  const side = (wantNeg: boolean) => poles.filter((w) => neg(w[w.length - 1]!) === wantNeg).map((w) => (w.length === 1 || /^(?:fairly|quite)$/.test(w[0]!) ? 'p' : w[0] === 'very' ? 'v' : '?')).sort().join('');
  const up = side(false);
  return new Set(heads).size === 2 && up === 'pv' && side(true) === up;
}

/**
 * Parts that each say what a person said they had, did or wanted ('46% said they had a drug problem, 38% said they
 * had an alcohol problem'; '58% said they had done safeguarding training, 52% … fire training'): answers to several
 * questions, or several answers a person, which may overlap.
 */
function saidAttributes(text: string, parts: readonly Part[]): boolean {
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length));
  return preds.filter((x) => SAID_HAVING.test(x)).length >= 2 && new Set(preds).size === preds.length;
}
const SAID_HAVING = /^(?:said|reported|stated|told\s+(?:us|inspectors))\s+(?:that\s+)?(?:they|he|she)\s+(?:had|have|has|used|wanted|needed|would|could|did|were\s+(?:given|offered|helped|able|aware|in))\b/i;

/**
 * Parts whose answers each name their own thing after it ('were very satisfied with the food, … fairly satisfied
 * with the laundry'): several things rated, one person may be in each.
 */
function ownComplements(text: string, parts: readonly Part[]): boolean {
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)!?]+$/, ''));
  const comps = preds.map((x) => /\b(?:with|about|of|at|for|towards?)\s+(?:the\s+|their\s+|its\s+)?([a-z][a-z\s-]*)$/i.exec(x)?.[1]?.trim()).filter((x): x is string => !!x);
  return comps.length >= 2 && new Set(comps).size > 1;
}

/** A rating of quality, good or bad, graded or not: 'very good', 'good', 'fairly poor', 'neither good nor poor'. */
const RATING_POINT = /^(?:(?:very|quite|fairly|really|extremely|not\s+very|not\s+at\s+all)\s+)?(excellent|outstanding|good|satisfactory|acceptable|adequate|fair|average|mixed|poor|bad|unsatisfactory|unacceptable|inadequate)$|^neither\s+(?:good|satisfactory)\s+nor\s+(?:poor|bad|unsatisfactory)$/;
/** Two points of one pole as one answer: 'good or very good', 'very bad or bad'. */
const RATING_BAND = /^(?:(?:very|quite|fairly)\s+)?([a-z]+)\s+or\s+(?:(?:very|quite|fairly)\s+)?([a-z]+)$/;
const RATING_UP = /^(?:excellent|outstanding|good|satisfactory|acceptable)$/;
const RATING_DOWN = /^(?:poor|bad|unsatisfactory|unacceptable|inadequate)$/;
/** No answer on the scale: 'had no view', 'did not know', 'were not sure'. */
const NO_VIEW = /^(?:(?:had|gave|expressed|held)\s+)?no\s+(?:view|opinion)$|^(?:did\s+not|didn't|do\s+not|don't)\s+know$|^(?:were\s+|was\s+)?(?:not\s+sure|unsure|undecided)$/;

/**
 * Whether each part gives one rating of quality, after its verb of saying or being ('18 said it was very
 * good, 14 said it was good, 6 said it was poor'; '78 said morale was good, 45 said it was poor and 30 had
 * no view'): points of one scale, each once, with both a good and a bad one, or no view. A person gives
 * one rating, so the parts cannot overlap (a shortfall may be those who did not answer).
 */
function ratingAnswers(text: string, parts: readonly Part[]): boolean {
  return ratingScale(text, parts) !== undefined;
}

/**
 * The points of `ratingAnswers`, when the parts are such answers: and whether they are the whole scale, both
 * poles alike with their plain and strong points ('very good', 'good', 'poor', 'very poor'; 'good or very
 * good', 'neither good nor bad', 'bad or very bad'), so that only a 'don't know' or no answer is left out.
 */
function ratingScale(text: string, parts: readonly Part[]): { complete: boolean } | undefined {
  if (parts.length < 2) return undefined;
  const raw = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)!?]+$/, '').replace(/n't\b/g, ' not').trim());
  const spoken: string[] = [];
  const bands: boolean[] = [];
  const answers = raw.map((x, i) => {
    spoken[i] = x;
    if (NO_VIEW.test(x)) return 'no view';
    // The answer after the last verb of saying or being: 'said their supervision was very good' → 'very good'.
    let from = 0;
    for (const m of x.matchAll(/\b(?:was|were|is|are|as|said|rated\s+it|described\s+it\s+as)\s+/g)) from = m.index! + m[0].length;
    const a = x.slice(from).trim();
    spoken[i] = a;
    // A band of one pole, 'good or very good', 'very poor or poor', is one answer: its plain point.
    const band = RATING_BAND.exec(a);
    if (band) {
      bands[i] = true;
      return band[1] === band[2] && /\b(?:very|quite|fairly)\b/.test(a) ? band[1]! : '';
    }
    // A part with no verb of its own, gapped ('14 good'), gives its answer bare.
    return RATING_POINT.test(a) ? a : NO_VIEW.test(a) ? 'no view' : '';
  });
  if (answers.some((a) => a === '') || new Set(answers).size !== answers.length) return undefined;
  // The first part says what is rated, with a verb of saying or being.
  if (!/\b(?:said|felt|thought|rated|described|was|were)\b/.test(raw[0]!)) return undefined;
  // One thing rated: each part's subject is the first's, a pronoun or left out ('said the food was good and
  // … said the cleanliness was poor' rates two things).
  const subject = (x: string, a: string) => x.slice(0, x.length - a.length).replace(/^(?:said|felt|thought|told\s+us|reported)\s+(?:that\s+)?/, '').replace(/\b(?:was|were|is|are|as)\s*$/, '').replace(/^(?:it|they|this|that|these|those|them)\s*$/, '').trim();
  const subjects = raw.map((x, i) => (answers[i] === 'no view' ? '' : subject(x, spoken[i]!)));
  if (subjects.some((x) => x !== '' && x !== subjects[0])) return undefined;
  const heads = answers.map((a) => RATING_POINT.exec(a)?.[1] ?? '');
  if (!(heads.some((h) => RATING_UP.test(h)) && heads.some((h) => RATING_DOWN.test(h)))) return undefined;
  // A band and a point of it ('good or very good' and 'very good') overlap.
  if (heads.some((h, i) => bands[i] && heads.some((g, j) => j !== i && g === h))) return undefined;
  // Each pole's points: 'b' a band of both, 'v' the strong one, 'p' the plain one; the middle at most once.
  const pole = (re: RegExp) => answers.flatMap((a, i) => (RATING_UP.test(heads[i]!) === (re === RATING_UP) && re.test(heads[i]!) ? [bands[i] ? 'b' : /^very\s/.test(a) ? 'v' : /^(?:quite|fairly|really|extremely|not)\s/.test(a) ? '' : 'p'] : [])).sort().join('');
  const up = pole(RATING_UP);
  const down = pole(RATING_DOWN);
  const middle = answers.filter((a) => /^neither\s/.test(a)).length;
  const others = answers.length - answers.filter((_a, i) => RATING_UP.test(heads[i]!) || RATING_DOWN.test(heads[i]!)).length - middle;
  const complete = others === 0 && middle <= 1 && up === down && (up === 'b' || up === 'pv') && (up !== 'b' || middle === 1);
  return { complete };
}

/**
 * Three parts: a state, its denial and no view ('47% said they felt safe, 39% said they did not and 17% did
 * not know'; '30 had a plan, 12 had not and 3 were not sure'): the answers of a yes-or-no question with its
 * 'don't know', one a case.
 */
function denialWithNoView(text: string, parts: readonly Part[]): boolean {
  if (parts.length !== 3) return false;
  const answer = (i: number) => predicate(text, parts[i]!.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)!?]+$/, '').replace(/n't\b/g, ' not').replace(/^(?:said|told\s+us|felt|thought|reported)\s+(?:that\s+)?(?:they|it|he|she)\s+/, '').trim();
  const j = [0, 1, 2].filter((i) => NO_VIEW.test(answer(i)) || NOT_APPLICABLE.test(judgedAs(answer(i))));
  if (j.length !== 1 || j[0] === 0) return false;
  const pair = parts.filter((_p, i) => i !== j[0]);
  // The pair read as it stands: the second's predicate runs to the third part, cut at its separator.
  if (denialPair(text, pair)) return true;
  // Or two judgements, a word and its negative ('in 29 the work was judged sufficient, in 33 it was
  // insufficient and in 11 it was not required').
  const [a, b] = [0, 1, 2].filter((i) => i !== j[0]).map((i) => judgedAs(answer(i)));
  // One thing judged: each subject the first's, a pronoun or none ('the plan was …, the risk assessment was …' are two).
  const subjects = [0, 1, 2].map((i) => {
    const x = answer(i);
    return x.slice(0, x.length - judgedAs(x).length).replace(/\b(?:was|were|is|are|judged|rated|assessed\s+as|found\s+to\s+be)\s*/g, ' ').replace(/^\s*(?:it|they|this|that|these|those|he|she)\s*$/, '').trim();
  });
  if (subjects.some((x) => x !== '' && x !== subjects[0])) return false;
  return !!a && !!b && /^[a-z]{4,}$/.test(a) && (b === `in${a}` || b === `un${a}` || b === `not ${a}` || b === `non-${a}` || b === `dis${a}`);
}

/** The answer after a share's last verb of being or judging: 'the work was judged sufficient' → 'sufficient'. */
function judgedAs(pred: string): string {
  let from = -1;
  for (const m of pred.matchAll(/\b(?:was|were|is|are|judged|rated|assessed\s+as|found\s+to\s+be)\s+/g)) from = m.index! + m[0].length;
  return from < 0 ? '' : pred.slice(from).trim();
}

/** An answer that the question did not apply: 'not required', 'not applicable', 'not needed'. */
const NOT_APPLICABLE = /^not\s+(?:required|applicable|needed|relevant|necessary|due)$/;

/**
 * The bare answer beside 'always', 'mostly', 'strongly' ('80% felt safe, 30% felt safe all of the time and
 * 20% did not'; '60% agreed, 25% strongly agreed'): the bare one may be all who gave that answer at all, and
 * count the graded ones again. Whether the shares fit 100% read so (80 + 20, without the 30), or, for points
 * of agreement, fall short of it: then that reading is consistent and the list is not judged.
 */
function nestedAnswerFits(text: string, parts: readonly Part[]): boolean {
  if (parts.length < 2) return false;
  const answers = answerWords(text, parts);
  const bare = answers.some((w) => w.length > 0 && w.every((x) => !GRADE_WORD.test(x)));
  const nested = answers.map((w) => w.some((x) => /^(?:always|mostly|fully|completely|totally|mainly|strongly)$/.test(x)));
  if (!bare || !nested.some(Boolean)) return false;
  const kept = parts.filter((_p, i) => !nested[i]).map((p) => ({ tok: p.tok, offset: 0 }));
  if (!kept.length) return false;
  const { off, slack2 } = sharesTotal(kept, { mode: 'nearest' });
  // Points of agreement leave the middle of the scale unnamed as a rule ('neither agree nor disagree'): read
  // nested, shares that do not pass 100% ('72% agreed, 30% strongly agreed and 8% disagreed': 72 + 8) are
  // consistent too.
  const agreement = answers.every((w) => w.some((x) => /^(?:dis)?agree[ds]?$/.test(x))) || parts.every((p, i) => /^\s*(?:%|per\s?cent|percent)?\s+(?:[a-z]+\s+)?(?:dis)?agree/i.test(text.slice(p.tok.end, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length)));
  return Math.abs(off) <= slack2 || (agreement && off < 0);
}

/** One outcome bare and 'fully' ('60% were reviewed, 30% fully reviewed'): the second is a part of the first. */
function nestedDegrees(text: string, parts: readonly Part[]): boolean {
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)]+$/, '').split(/\s+/).filter((x) => x && !/^(?:were|was|are|is|had|have|has|been)$/.test(x)));
  const last = preds[0]?.[preds[0].length - 1];
  if (!last || preds.some((w) => w[w.length - 1] !== last)) return false;
  return preds.some((w) => w.length === 1) && preds.some((w) => w.length === 2 && /^(?:fully|completely|wholly)$/.test(w[0]!));
}

/**
 * Parts that say what each case is like with a participle of quality ('30 were clean and 15 well
 * maintained', '40 were tidy and 20 well decorated'): a case may be both, so the list is no partition
 * unless it says it is the whole. Outcomes of one question ('upheld', 'partly upheld') are read by
 * `degreeScale`, grades by the grade readers.
 */
function qualities(text: string, parts: readonly Part[], complete: boolean): boolean {
  if (complete || parts.length < 2 || degreeScale(text, parts)) return false;
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)]+$/, ''));
  return preds.some((x) => QUALITY.test(x));
}

/** Whether both parts are said to be in a state ('were complete', 'were out of date'), by different words. */
function twoStates(text: string, parts: readonly Part[]): boolean {
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)!?]+$/, '').trim().toLowerCase());
  if (!preds.every((x) => STATE.test(x))) return false;
  const [a, b] = preds.map((x) => x.replace(STATE_VERB, '').replace(/^(?:a|an)\s+/, '')) as [string, string];
  return a !== b && !EXCLUSIVE_STATES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}
const STATE = /^(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+[a-z]/;
const STATE_VERB = /^(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+/;

/** A predicate of quality: an adverb of degree and a participle ('well maintained', 'poorly kept'). */
const QUALITY = /^(?:(?:were|was|are|is|had\s+been|have\s+been|been)\s+)?(?:well|poorly|badly|properly|adequately|appropriately|newly|recently|regularly|suitably|sufficiently|securely|safely)\s+[a-z]+(?:ed|en|pt|wn)\b/;

function oneQuestion(text: string, parts: readonly Part[]): boolean {
  if (degreeScale(text, parts)) return true;
  if (parts.length < 2 || parts.some((p, i) => i > 0 && p.elided)) return false;
  const words = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).split(/\s+/).filter(Boolean));
  let common = 0;
  while (words.every((w) => w.length > common && w[common] === words[0]![common])) common++;
  if (common === 0 || words.some((w) => w.length === common)) return false;
  const rests = words.map((w) => w.slice(common).join(' '));
  if (new Set(rests).size !== rests.length) return false;
  const head = words[0]!.slice(0, common).join(' ');
  if (common === 1 && /^(?:was|were|is|are|be|been|had|has|have|did|do|does|could|would|should|may|might|will|can)$/.test(head)) return false;
  // 'were in work', 'were in education': one place or state each; other attributes may overlap.
  if (ATTRIBUTE.test(head) && !/^(?:were|was|are|is)\s+in$/.test(head)) return false;
  // Verbs of receiving or taking part accumulate ('were trained in first aid', '… in fire safety'): a case may have several.
  if (ACCUMULATE.test(head)) return false;
  return true;
}

const ACCUMULATE = /\b(?:trained|taught|offered|given|referred|supported|helped|visited|seen|involved|included|received|receives?|receiving|attends?|uses?|attended|completed|used|accessed|engaged|provided|shown|told|asked|invited|consulted|contacted|interviewed|supervised|reviewed|checked|discussed|mentioned|raised|identified|recorded|reported)\b/i;

const ATTRIBUTE = /^(?:(?:had|has|have|having)\b|(?:were|was|are|is)\s+(?:in|on|aware|able|given|offered|seen|known|involved|subject)\b|(?:included|includes|received|showed|met|contained|said|felt|reported|knew|agreed|disagreed|named|mentioned|cited|experienced|lacked|used|wanted|could|would|did)\b)/i;

/**
 * 'Of the 31 breaches, 19 were for failure to attend, 9 for failure to comply … and 5 for a further offence':
 * later parts whose words open with the preposition that follows the first part's be-verb have that verb
 * left out (gapping), so they are elided. Only prepositions of a reason, place or origin ('for', 'in',
 * 'from'): 'about' and 'with' name topics and needs that one case may have several of, 'at' times.
 */
function gapped(text: string, parts: Part[]): void {
  if (parts.length < 2) return;
  const first = predicate(text, parts[0]!.tok, parts[1]!.tok.start).split(/\s+/);
  if (first.length < 3 || !/^(?:were|was|are|is)$/.test(first[0]!) || !/^(?:for|in|from|to)$/.test(first[1]!) || first[2] === 'be') return;
  // Every later part opens with the same preposition ('18 were at night, 9 at weekends and 6 in the hall'
  // mixes two questions, and times may overlap: 'at' is not read so).
  const later = parts.slice(1).map((p, j) => predicate(text, p.tok, j + 2 < parts.length ? parts[j + 2]!.tok.start : text.length).split(/\s+/));
  // A later part may repeat the verb with the preposition ('14 were to secondary schools, 17 were to primary
  // schools and seven were to special schools'): one frame, each case in one place, as when the verb is left out.
  const sameFrame = (words: string[]) => (words[0] === first[1] && words.length >= 2) || (words[0] === first[0] && words[1] === first[1] && words.length >= 3 && words[2] !== 'be');
  if (!later.every(sameFrame)) return;
  for (const p of parts.slice(1)) p.elided = true;
}

/**
 * A list that sorts its cases by one verb, the later parts gapped, the last one 'other' ('512 concerned
 * residential care, 436 home care and 301 other services'): 'other' names the rest of the whole, so the
 * list is all of it, and a verb that is none of having, saying or receiving gives each case one kind.
 */
function sortedWithOther(text: string, parts: readonly Part[]): boolean {
  if (parts.length < 3) return false;
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length));
  // Each part with a verb of its own, or gapped after the first: none of having, saying or receiving.
  if (preds.some((x, i) => (i === 0 || !parts[i]!.elided) && (x === '' || ATTRIBUTE.test(x) || ACCUMULATE.test(x) || PRONOUN.test(x.split(/\s+/)[0]!) || /\b(?:having|with)\b/.test(x)))) return false;
  // A verb in the past, regular or one of origin or sorting ('came from', 'fell into'; 'went to' the gym and the library may be both).
  if (!/^[a-z]+(?:ed|ated)\b|^(?:were|was|are|is|came|come|comes|fell|fall|falls|arose)\s/i.test(preds[0]!)) return false;
  const last = parts[parts.length - 1]!.tok;
  const tail = text.slice(last.end, last.end + 40).split(/[,;:.]/)[0]!;
  // 'and 301 other services', '10 were classified as other', '5 for other reasons'.
  return (/^\s+(?:[a-z]+\s+){0,3}?others?\b(?:\s+[a-z]|\s*$)/i.test(tail)) && !/^\s+(?:and|or|with|than)\b/i.test(tail) && !/\b(?:than|among|including)\s+(?:the\s+)?others?\b/i.test(tail);
}

/**
 * 'are operated by the Health Service Executive and 3% by voluntary bodies': a later part that opens with
 * the preposition after the participle of the part before has that verb left out, so it is elided. Not
 * for verbs of being seen, supported or receiving ('50 were seen by a doctor and 40 by a nurse' may
 * count one person twice), nor for 'at', 'about' and 'with' (times and topics overlap).
 */
function gappedAgent(text: string, parts: Part[]): void {
  // The passive that opened the run of parts gapped so far ('1,480 were managed by …, 690 by … and 230 by …').
  let opener = 0;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.elided) continue;
    if (!(i > 1 && parts[i - 1]!.agent)) opener = i - 1;
    const prev = predicate(text, parts[opener]!.tok, parts[opener + 1]!.tok.start);
    // A passive ('were sent to', 'are run by'): an active verb of going ('went to the gym') may be done often.
    const m = /^(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+([a-z]+(?:ed|en|un|wn|lt|pt|de|ht|nt))\s+(by|from|into|to)\s+[a-z]/.exec(prev);
    if (!m || ACCUMULATE.test(m[1]!) || ATTRIBUTE.test(prev)) continue;
    // An agent of one case is the one who runs, owns or brings it ('run by', 'made by'); one who assesses
    // or treats it may be one of several ('assessed by a psychiatrist and 20 by a psychologist').
    if (m[2] === 'by' && !CONTROL.test(m[1]!)) continue;
    if (nextWord(text, p.tok.end).toLowerCase() === m[2]) p.elided = p.agent = true;
  }
}

/** Verbs whose agent is the one who runs, owns, brings or decides a case: each case has one. */
const CONTROL = /^(?:run|operated|managed|owned|provided|delivered|commissioned|funded|led|made|submitted|raised|brought|lodged|initiated|sent|caught|held|decided|determined|issued)$/;

/** 'the four pathways:' before the parts: a stated number of categories. */
function statedCategories(text: string, from: number): number | undefined {
  const m = /\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[a-z-]+\s+){0,2}?(?:categories|pathways|groups|outcomes|types|ways|routes|grades|ratings|levels|bands|kinds|options|areas)\s*:\s*(?:in\s+)?$/i.exec(text.slice(Math.max(0, from - 80), from));
  if (!m) return undefined;
  const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const w = m[1]!.toLowerCase();
  return words.includes(w) ? words.indexOf(w) + 2 : Number(w);
}


/** The word after a part, past its share in brackets ('25 (50%) had been reviewed': 'had'). */
function nextWord(text: string, end: number): string {
  return /^\s*(?:\([^()]{0,24}\)\s*)?['"\u2018\u201c]?([A-Za-z][\w-]*)/.exec(text.slice(end, end + 60))?.[1] ?? '';
}

function isPart(s: SentenceView, t: Tok, regionStart: number, kind: 'num' | 'pct', allowOf = false): boolean {
  if (t.kind !== kind) return false;
  if (kind === 'num' ? !countTok(s.text, t) : !!t.hedge) return false;
  const before = s.text.slice(Math.max(regionStart, t.start - 30), t.start);
  // The first share may be written 'in 62%' ('the information went to the inspector in 62%').
  // Or after 'of which' closing its whole ('421 complaints, of which 60% were upheld, …').
  const firstIn = kind === 'pct' && allowOf && (/\bin\s+$/i.test(before) || /,\s*of\s+(?:which|whom)\s+$/i.test(before) || /^\s*(?:the\s+(?:top|bottom|highest|lowest)|only|just|some)\s+$/i.test(s.text.slice(0, t.start)));
  if (t.start - regionStart > 0 && !SEPARATOR.test(before) && !LINE_BREAK.test(before) && before.trim() !== '' && !firstIn) return false;
  if (TOTAL_BEFORE.test(s.text.slice(Math.max(0, t.start - 20), t.start))) return false;
  if (kind === 'num' && comparedCount(s, t)) return false;
  // 'nine were non-compliant with one regulation, seven with two': a number after 'with' in the item
  // of a count (no comma between them) says what the count is of, it is not a part of its own.
  if (kind === 'num' && itemAttribute(s, t, regionStart)) return false;
  const after = s.text.slice(t.end, t.end + 24);
  // '12 in 20', '1 in every 5' is a ratio; '1,301 in the private sector' is a part with its place.
  if (kind === 'num' && /^\s*(?:%|per\s*cent|percent|of\b|in\s+(?:\d|every\b|each\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+hundred)\b)|out\s+of|\/)/i.test(after) && !(allowOf && ofCategory(s, t))) return false;
  if (kind === 'pct' && !allowOf && /^\s*of\b/i.test(after)) return false;
  if (kind === 'pct' && /^\s*(?:more|fewer|higher|lower|less|up\b|down\b|points?|percentage\s+points?|in\s+\d)/i.test(after)) return false;
  return true;
}

/**
 * A line break before a part, after a line that closes its clause: the items of a bulleted list ('Of the
 * 40 people …:' then '- 18 said …', '- 14 said …'). A line that ends in a word that needs its complement
 * ('reviewed by', 'in the', 'and') is a wrapped line of one sentence, not a list.
 */
const LINE_BREAK = /(?<!\b(?:by|of|in|into|to|for|with|from|the|a|an|and|or|nor|than|were|was|is|are|be|been|had|has|have|at|on|about|over|under|nearly|almost|some|only|just|all|these|those|their|its|our))[ \t]*\n[ \t]*$/i;

/** A comparison right before a figure: 'compared with', 'against', 'up from', 'than'. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|as\s+against|against|versus|than|(?:up|down|rising|falling|risen|fallen)\s+from)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * Whether a count is an earlier figure that a part is compared with ('150 had been achieved, compared with
 * 120 at the last review'), or a later item of such a list ('… and five declined, compared with 14, 15 and
 * seven last year'): the figure of another time or group, not a part of this whole.
 */
function comparedCount(s: SentenceView, t: Tok): boolean {
  let i = s.toks.indexOf(t);
  let cur = t;
  for (let steps = 0; steps < 6 && i >= 0; steps++) {
    if (COMPARED_BEFORE.test(s.text.slice(Math.max(0, cur.start - 24), cur.start))) return true;
    const prev = s.toks[i - 1];
    if (!prev || prev.kind !== cur.kind || !/^\s*(?:,|,?\s*(?:and|or))\s*$/i.test(s.text.slice(prev.end, cur.start))) return false;
    cur = prev;
    i--;
  }
  return false;
}

/**
 * 'nine were non-compliant with one regulation, seven with two': a number after 'with' in the item of a
 * count (no comma between them) says what the count is of; it is not a part of its own.
 */
function itemAttribute(s: SentenceView, t: Tok, regionStart: number): boolean {
  const lead = /\b(with|of)\s+$/i.exec(s.text.slice(Math.max(regionStart, t.start - 8), t.start));
  if (!lead) return false;
  const i = s.toks.indexOf(t);
  const prev = i > 0 ? s.toks[i - 1] : undefined;
  if (prev === undefined || prev.kind !== 'num' || prev.start < regionStart) return false;
  const gap = s.text.slice(prev.end, t.start);
  if (/[,;:\u2013\u2014]/.test(gap)) return false;
  // '… were in breach of one standard' (words between); 'five of two' may be a part of a whole.
  return lead[1]!.toLowerCase() === 'with' || /^\s+\S+\s+\S/.test(gap);
}

/** Words after 'of' that make a count a share of a whole ('12 of the homes', '12 of them'), not a category. */
const OF_WHOLE = /^\s*of\s+(?:the|these|those|them|this|that|which|whom|all|its|their|our|his|her|a|an|each|every|any|some|us|you|both|either|neither)\b/i;

/**
 * A part named by what it is of, after a whole that is said to be made of its
 * parts ('2,040 visits: 1,310 of care homes, 690 of hospitals and 40 of
 * prisons'): a bare noun after 'of', not a number or a determiner.
 */
function ofCategory(s: SentenceView, t: Tok): boolean {
  const m = /^\s*of\s+[a-z]/i.exec(s.text.slice(t.end, t.end + 12));
  if (!m || OF_WHOLE.test(s.text.slice(t.end, t.end + 16))) return false;
  // 'five of nine': a number after 'of' is a whole.
  return !s.toks.some((x) => x.start >= t.end && x.start <= t.end + m[0].length);
}

/** A sentence that carries on the list of the sentence before: 'A further 15 had not been achieved.' */
const FURTHER_OPEN = /^\s*(?:a\s+further|another)\s+(?=\S)/i;

/**
 * A list framed in the sentence before and carried on by 'A further' or 'Another' ('Of the 45
 * recommendations, 19 had been achieved and 14 partly achieved. A further 15 had not been achieved.'): the
 * two sentences read as one list, the full stop as a semicolon, with every test of a list in one sentence.
 * Only the reading with parts in both sentences is kept.
 */
function readContinuedCounts(s: SentenceView): ClaimRecord[] {
  const prev = s.previous?.[s.previous.length - 1];
  const open = FURTHER_OPEN.exec(s.text);
  if (!prev || !open) return [];
  // 'A further 16 schools were rated good' after a list of councils: another group.
  const first = s.toks[0];
  if (!first || first.start !== open[0].length) return [];
  const ownNoun = /^\s+([a-z][a-z-]*s)\b/i.exec(s.text.slice(first.end, first.end + 30))?.[1]?.toLowerCase();
  if (ownNoun && !/^(?:was|is|has|does)$/.test(ownNoun) && !prev.text.toLowerCase().includes(ownNoun.replace(/s$/, ''))) return [];
  const gap = s.offset - prev.offset - prev.text.length;
  const stop = /\.(\s*)$/.exec(prev.text);
  if (gap < 0 || gap > 4 || !stop) return [];
  const text = `${prev.text.slice(0, stop.index)};${stop[1]}${' '.repeat(gap)}${s.text}`;
  const shift = prev.text.length + gap;
  const moved = (t: Tok): Tok => ({ ...t, start: t.start + shift, end: t.end + shift, ...(t.hedge ? { hedge: { ...t.hedge, start: t.hedge.start + shift, end: t.hedge.end + shift } } : {}) });
  const view: SentenceView = { text, toks: [...prev.toks, ...s.toks.map(moved)], offset: prev.offset, policy: s.policy };
  if (s.gradeScales) view.gradeScales = s.gradeScales;
  const framed = wholeOf(view);
  if (!framed || framed.whole.end > prev.text.length) return [];
  return (readCounts(view) ?? []).filter((c) => c.kind === 'parts-sum' && c.operands.some((o) => o.role === 'k' && o.span.start < s.offset) && c.operands.some((o) => o.role === 'k' && o.span.start >= s.offset));
}

export function readPartsSum(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  out.push(...readContinuedCounts(s));
  // Counts by grade ('57 Good, 10 Requires improvement and five Inadequate') are read by grade-parts.ts;
  // the same parts read here too would be a second, looser claim on the same figures.
  // A judged reading by grade stands; one left unjudged gives way to the reading of the list here.
  const graded = readGradeParts(s);
  const gradedAt = new Set(graded.flatMap((c) => c.operands.filter((o) => o.role === 'k').map((o) => o.span.start)));
  const overlaps = (c: ClaimRecord) => c.operands.some((o) => o.role === 'k' && gradedAt.has(o.span.start));
  const counts = readCounts(s) ?? [];
  if (graded.some((c) => c.verdict !== 'unchecked')) out.push(...graded, ...counts.filter((c) => !overlaps(c)));
  else out.push(...counts, ...(counts.some(overlaps) ? [] : graded));
  // A whole split in the next sentence by who did each case, the verb left out after the first ('Permanent staff
  // covered 1,032, bank staff 146 and agency nurses 52'), unless the list is read already.
  if (!out.some((c) => c.verdict !== 'unchecked')) {
    const bySubject = readSubjectList(s);
    if (bySubject.length) out.splice(0, out.length, ...bySubject);
  }
  // A whole listed by label after a colon ('78 teachers across six faculties: English 16, mathematics 12, …'), or
  // by place after a comma ('486 strip searches, at A (261), B (139) and C (96)'), unless the list is read already.
  if (!out.some((c) => c.verdict !== 'unchecked')) {
    const byLabel = readLabelledList(s);
    if (byLabel.length) out.splice(0, out.length, ...out.filter((c) => !c.operands.some((o) => byLabel.some((x) => x.operands.some((y) => y.span.start === o.span.start)))), ...byLabel);
  }
  // A list with no frame that adds up to a count before it: only ever confirmed (list-sum.ts).
  if (!out.some((c) => c.verdict !== 'unchecked')) {
    // A whole that is itself a part of a list by grade ('eleven Good, eight … and three …': 8 + 3 = eleven) is no whole.
    const listed = readListSum(s).filter((l) => !l.operands.some((o) => o.role === 'n' && gradedAt.has(o.span.start)));
    if (listed.length) out.splice(0, out.length, ...out.filter((c) => !c.operands.some((o) => o.role === 'k' && listed.some((l) => l.operands.some((x) => x.span.start === o.span.start)))), ...listed);
  }
  // A list closed by its total ('62 at the first hearing and 28 at the second, 90 in all'), unless its figures are read already.
  const taken = new Set(out.flatMap((c) => c.operands.map((o) => o.span.start)));
  out.push(...readTrailingTotal(s).filter((c) => !c.operands.some((o) => taken.has(o.span.start))));
  // A running total carried on by an addition ('44 … by June. Another 13 …, taking the number discharged to 55').
  out.push(...readRunningTotal(s).filter((c) => !c.operands.some((o) => o.role === 'k' && taken.has(o.span.start))));
  // A whole split into a stated number of groups with their sizes ('in three tranches, of 14, 15 and 15 forces').
  const split = readSplitGroups(s).filter((c) => !c.operands.some((o) => o.role === 'k' && taken.has(o.span.start)));
  if (split.length) out.splice(0, out.length, ...out.filter((c) => !c.operands.some((o) => split.some((x) => x.operands.some((y) => y.span.start === o.span.start)))), ...split);
  const shares = readShares(s) ?? readSharePair(s);
  // Shares in a row that add up to 100% with no frame: confirmed only (list-sum.ts), in place of an unjudged reading.
  const listed = !shares || shares.verdict === 'unchecked' ? readShareListSum(s) : undefined;
  // Shares of one question carried on from the sentence before ('… 38% satisfactory. But 9% were judged inadequate.').
  const continued = readContinuedShares(s);
  const inContinued = (c: ClaimRecord | undefined) => !!c && !!continued && c.operands.some((o) => continued.operands.some((x) => x.span.start === o.span.start));
  if (continued) out.push(continued);
  // Shares by grade of one scale ('70% were good, 15% were requires improvement …'): they cannot overlap.
  // A judged reading by grade stands in place of the list's unjudged one.
  const byGrade = continued ? undefined : readGradeShares(s);
  const gradeTaken = !!byGrade && byGrade.verdict !== 'unchecked';
  if (gradeTaken) out.push(byGrade!);
  if (listed && !inContinued(listed)) out.push(listed);
  else if (shares && !listed && !inContinued(shares) && !(gradeTaken && shares.verdict === 'unchecked')) out.push(shares);
  // A share broken down in brackets ('92% were satisfied (68% very satisfied and 21% fairly satisfied)').
  out.push(...readSubShares(s));
  // A share broken down by participles ('9% were judged inadequate, 5% being … and 4% being …'): confirmed only.
  // It stands in place of an unjudged reading of the same shares as one list.
  const broken = readParticipleBreakdown(s);
  if (broken.length) {
    const at0 = new Set(broken.flatMap((c) => c.operands.map((o) => o.span.start)));
    out.splice(0, out.length, ...out.filter((c) => !(c.kind === 'shares-sum' && c.verdict === 'unchecked' && c.operands.some((o) => at0.has(o.span.start)))), ...broken);
  }
  // A band's share and its grades' shares ('so 70% were good or better'), unless its figure is judged already.
  const judgedAt = new Set(out.filter((c) => c.verdict !== 'unchecked').flatMap((c) => c.operands.filter((o) => o.role === 'q').map((o) => o.span.start)));
  out.push(...readBandTotal(s).filter((c) => !judgedAt.has(c.operands[0]!.span.start)));
  // Counts after a total, in this sentence and the ones between, that make it exactly: only ever confirmed
  // (spread-sum.ts), and only over counts no judged sum of the sentence reads.
  const judgedFigures = new Set(out.filter((c) => c.verdict !== 'unchecked').flatMap((c) => c.operands.map((o) => o.span.start)));
  const band = readShareBand(s, (w, parts) => sharesAgainstWhole(s, w, parts).fits);
  out.push(...[...readSpreadSum(s), ...readChangeDifference(s), ...readBracketSum(s), ...band].filter((c) => !c.operands.some((o) => o.role === 'k' && judgedFigures.has(o.span.start))));
  return out.map((c) => subPartConfirmed(s, c));
}

/** After a part: 'three of these', 'two of them' — a part of a part before it, not another part of the whole. */
const SUB_PART_AFTER = /^\s+(?:of|out\s+of)\s+(?:these|them|those)\b/i;

/**
 * A sum confirmed over a later part that points back ('Four were serious concerns; three of these had been upheld
 * and two …': 4 + 3 + 2 = 9 of nine is a coincidence, the three are of the four): left unresolved.
 */
function subPartConfirmed(s: SentenceView, c: ClaimRecord): ClaimRecord {
  if (c.kind !== 'parts-sum' || c.verdict !== 'ok') return c;
  const ks = c.operands.filter((o) => o.role === 'k');
  // (Only a part no larger than the part before it: '12 and 18 of them respectively' are of the groups before.)
  const back = ks.slice(1).some((o, i) => o.value <= ks[i]!.value && o.span.start >= s.offset && o.span.end <= s.offset + s.text.length && SUB_PART_AFTER.test(s.text.slice(o.span.end - s.offset, o.span.end - s.offset + 24)));
  if (!back) return c;
  return { kind: c.kind, span: c.span, operands: c.operands, verdict: 'unchecked', arithmetic: c.arithmetic.replace(/ ✓.*$/, '') + ' (a later part is of a part before it: not judged)' };
}

/** The whole: 'Of the 43 …,', 'The 27 settings … comprised', '110 reports …:'. Returns the whole and where its parts start. */
/** ', and each was one of three types:', ', all of them investigated:': an aside saying every case is in one of the parts, then a colon. */
const EVERY_ASIDE = /^([^,;:.()]{0,80}?),\s*(?:and\s+)?(?:each(?:\s+one)?(?:\s+of\s+them)?\s+(?:was|is|fell|falls|came|comes)\b|every\s+one\s+of\s+them\b|all\s+of\s+them\b|all\s+(?:were|are|was|had\s+been|have\s+been)\b)[^,;:.()]{0,60}:/i;

/**
 * Where a list framed by one agent or origin starts after its whole's clause: '2,150 visits were made, 1,420 by
 * the council's carers, 510 by an agency and 260 by a voluntary scheme'; '300 calls were received, 200 from the
 * public and 120 from other services'. The whole's clause ends in a passive whose agent is the one who makes,
 * runs or brings each case (CONTROL, for 'by'), or any passive (for 'from', an origin); three parts or more, each
 * a count straight after a comma or 'and' and then the same preposition, and no other count after the whole.
 */
function framedAfterComma(s: SentenceView, t: Tok): number | undefined {
  const text = s.text;
  const m = /^\s+[a-z][a-z' -]{0,60}?\b(?:were|was|had\s+been|have\s+been)\s+([a-z]+)(?:\s+(?:in|during|over|last|this|between)\b[^,;:.()\d]{0,40})?,\s*/i.exec(text.slice(t.end, t.end + 120));
  // ('RQIA issued 46 notices in the year, 28 to nursing homes, …': the verb before the whole, active.)
  const active = m ? undefined : /\b([a-z]+)\s+(?:a\s+total\s+of\s+)?$/i.exec(text.slice(Math.max(0, t.start - 30), t.start));
  const activeRest = active && (CONTROL.test(active[1]!.toLowerCase()) || /^(?:received|logged|recorded)$/i.test(active[1]!)) ? /^\s+[a-z][a-z' -]{0,60}?(?:\s+(?:in|during|over|last|this|between)\b[^,;:.()\d]{0,40})?,\s*/i.exec(text.slice(t.end, t.end + 120)) : null;
  const verb = m?.[1] ?? (activeRest ? active![1] : undefined);
  if (!verb) return undefined;
  const from = t.end + (m ?? activeRest)![0].length;
  const later = s.toks.filter((x) => x.start >= from);
  if (later.length < 3 || !later.every((x) => x.kind === 'num' && plainCount(text, x) && depthAt(text, x.start) === 0)) return undefined;
  if (later[0]!.start !== from) return undefined;
  const preps = later.map((x) => /^\s+(by|from|to)\s+[a-z]/i.exec(text.slice(x.end, x.end + 12))?.[1]?.toLowerCase());
  const prep = preps[0];
  if (!prep || preps.some((p) => p !== prep)) return undefined;
  // An active verb has its agent before it: only 'to' (whom each was issued to) or 'from' follows.
  if (!m && prep === 'by') return undefined;
  // ('to' and 'by' only after a verb with one agent or one recipient a case: '60 children were referred, 40 to
  // CAMHS and 30 to social care' may refer one child to both.)
  if (prep !== 'from' && !CONTROL.test(verb.toLowerCase())) return undefined;
  // Each part after a comma or 'and', nothing but its item between.
  for (let i = 1; i < later.length; i++) if (!/(?:,|\band)\s*$/i.test(text.slice(later[i - 1]!.end, later[i]!.start))) return undefined;
  return from;
}

function wholeOf(s: SentenceView): { whole: Tok; from: number; strong: boolean; intro?: boolean; degree?: boolean; first?: Tok; made?: boolean; framed?: boolean } | undefined {
  const text = s.text;
  for (const t of s.toks) {
    if (!plainCount(text, t)) continue;
    // 'Nine of the 21 were rated good, four adequate, …': a pair opening the sentence is the list's first part
    // and its whole; the later parts are of the same whole, their verb the pair's, left out.
    const ti = s.toks.indexOf(t);
    const pk = ti > 0 ? s.toks[ti - 1] : undefined;
    if (ti === 1 && pk && plainCount(text, pk) && pk.value < t.value && PAIR_OPEN_GAP.test(text.slice(pk.end, t.start)) && /^\s*(?:only\s+|just\s+)?$/i.test(text.slice(0, pk.start)) && !/^\s*(?:%|per\s*cent|percent|\(|of\b|out\s+of\b|in\b)/i.test(text.slice(t.end, t.end + 10)) && !ratioBase(text, pk))
      return { whole: t, from: t.end, strong: false, intro: true, first: pk };
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    const from0 = Math.max(0, t.start - 40);
    // 'Of the 30 …,' at the start, after a comma, or opening a clause ('confirms that of the 30 recommendations …, 16 …').
    // 'Of the remaining 93, 90 were weak and five unsatisfactory': the rest of an earlier whole is a whole of its own.
    const of = /(?:^\s*|[,;:]\s*|\b(?:that|and|but|while|whereas)\s+)(?:of|among)\s+(?:the\s+(?:remaining\s+|other\s+)?|these\s+|all\s+|those\s+|its\s+|their\s+)?$/i.exec(text.slice(from0, t.start));
    if (of && ((of.index === 0 && from0 === 0) || /^[,;:]|^[a-z]/i.test(of[0]))) {
      const comma = text.indexOf(',', t.end);
      const colon = text.indexOf(':', t.end);
      const cut = [comma, colon].filter((x) => x !== -1).sort((a, b) => a - b)[0];
      if (cut === undefined || cut - t.end > 90) continue;
      // '…, of 14, 14 and 15 forces': a bare number straight before the comma is the first of a
      // list, not a whole; a whole has its noun or an article ('of the 22,').
      if (!/[a-z]/i.test(text.slice(t.end, cut)) && !/\b(?:the|these|all|those|its|their|remaining|other)\s+$/i.test(of[0])) continue;
      // 'Of 38 staff and 41 residents, 33 staff … while 29 residents …': a frame of two groups gives no one whole.
      if (s.toks.some((x) => x !== t && x.start > t.end && x.end <= cut && plainCount(text, x))) continue;
      return { whole: t, from: cut + 1, strong: false, intro: true };
    }
    const rest = text.slice(t.end, t.end + 100);
    // '66 new reports on …, of which 29 …': the parts follow 'of which'.
    const ofWhich = /^[^,;:.()]{0,80}?,\s*of\s+(?:which|whom)\s+/i.exec(rest);
    if (ofWhich) return { whole: t, from: t.end + ofWhich[0].length, strong: false };
    // 'A total of 120 complaints were received, with 70 upheld, 30 partly upheld and 25 not upheld'; '120
    // complaints in the year (70 upheld, …)': read only as the degrees of one outcome (degreeScale).
    const withList = /^[^,;:.()\d]{0,80}?(?:,\s*with\s+|\s*\(\s*)(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i.exec(rest);
    if (withList && !s.toks.some((x) => x.kind === 'num' && !x.notCount && x.start > t.end && x.start < t.end + withList[0].length)) {
      // Only a list of three counts or more at the list's depth ('12 homes (12%) were …' is a share, not a list).
      const from = t.end + withList[0].length;
      const depth = depthAt(text, from);
      const end = depth > 0 ? text.indexOf(')', from) : text.length;
      const listed = s.toks.filter((x) => x.start >= from && x.start < (end < 0 ? text.length : end) && plainCount(text, x) && depthAt(text, x.start) === depth && !/^\s*(?:%|per\s?cent|percent)/i.test(text.slice(x.end, x.end + 10)));
      if (listed.length >= 3 && !s.toks.some((x) => x.kind === 'pct' && x.start >= from && x.start < (end < 0 ? text.length : end))) return { whole: t, from, strong: false, degree: true };
    }
    // '2,150 visits were made, 1,420 by the council's carers, 510 by an agency and 260 by a voluntary scheme': a
    // list after the whole's clause, each part its agent or origin with the verb left out (framedAfterComma).
    const framedFrom = framedAfterComma(s, t);
    if (framedFrom !== undefined) return { whole: t, from: framedFrom, strong: false, framed: true };
    // ('The 2,400 staff, which comprised 1,300 officers, …': the relative clause says so too.)
    const comprised = MADE_OF_AFTER.exec(rest);
    if (comprised) return { whole: t, from: t.end + comprised[0].length, strong: true, made: true };
    // A name with commas in it, closed by its acronym ('18 assessment, care in custody and teamwork (ACCT) documents:').
    // ('120 case files, and each was one of three types:', '180 complaints, all of them investigated:': an aside
    // that says every case is in one of the parts, before the colon.)
    // (Each reading below has a colon after the whole: with none, nothing below can read it.)
    if (!rest.includes(':')) continue;
    const aside = EVERY_ASIDE.exec(rest);
    const colon = /^[^,;:.]{0,80}?:/.exec(rest) ?? aside ?? /^[^;:.()\d]{0,100}?\([A-Z]{2,8}\)\s+[a-z-]+s\s*:/.exec(rest);
    const asideAt = aside && colon === aside ? t.end + aside[1]!.length : Infinity;
    // '259 core inspections and 4 interim visits: 92 …': two counts before the colon, so no one of them is the whole.
    const clause = Math.max(text.lastIndexOf(',', t.start), text.lastIndexOf(';', t.start)) + 1;
    // ('in breach of at least one standard:', 'with one or more regulations:' is no second count: a bound is not a group.)
    const bound = (x: Tok) => !plainCount(text, x) || /^\s+or\s+(?:more|fewer|less|above|over|below)\b/i.test(text.slice(x.end, x.end + 16));
    // ('found 32 of them …: nine …': a count before that the whole is a part of is its own whole, not a second one.)
    const partOfBefore = /^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i.test(text.slice(t.end, t.end + 16));
    const twoBefore = !!colon && s.toks.some((x) => x !== t && x.kind === 'num' && !x.notCount && !bound(x) && !(partOfBefore && x.end <= t.start) && x.start >= clause && x.start < Math.min(asideAt, t.end + colon[0].length));
    // 'in three tranches: 14 …, 17 … and the final 15 …': the number of groups before the colon, as many
    // counts after it, is no whole (split-groups.ts reads the sizes).
    if (colon && groupsBeforeColon(s, t)) continue;
    // ('each was logged under one protected characteristic: race (71), …': a count smaller than a part after the colon is no whole.)
    const after = colon ? s.toks.filter((x) => x.start > t.end + colon[0].length && x.kind === 'num' && !x.notCount) : [];
    if (colon && !twoBefore && after.length > 0 && !after.some((x) => x.value > t.value)) return { whole: t, from: t.end + colon[0].length, strong: true };
  }
  return undefined;
}

/**
 * Whether a count is the number of groups a list after the colon gives ('in three tranches: 14 in …, 17 in …
 * and the final 15 in …'): a small count, its plural noun right before the colon, and as many plain counts
 * after the colon as it says.
 */
export function groupsBeforeColon(s: SentenceView, t: Tok): boolean {
  if (!plainCount(s.text, t) || t.value < 2 || t.value > 12 || !Number.isInteger(t.value)) return false;
  const m = /^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s*:/i.exec(s.text.slice(t.end, t.end + 50));
  if (!m) return false;
  const from = t.end + m[0].length;
  const after = s.toks.filter((x) => x.start >= from && x.kind === 'num' && !x.notCount && depthAt(s.text, x.start) === depthAt(s.text, from));
  return after.length === t.value && after.every((x) => plainCount(s.text, x));
}

const PRONOUN = /^(?:they|we|it|he|she|there|this|these|those|inspectors?|staff|you|i)$/i;

/** Verbs that say a whole is made of its parts. */
export const MADE_OF = String.raw`comprised|comprising|consisted\s+of|consisting\s+of|were\s+made\s+up\s+of|was\s+made\s+up\s+of|were\s+split\s+(?:into|between)|broke\s+down\s+(?:as|into)|(?:were|was|is|are)\s+broken\s+down\s+(?:as|into)|breaks?\s+down\s+(?:as|into)|(?:were|was|is|are)\s+split\s+(?:into|between)|(?:comprise|comprises|consists\s+of|consist\s+of|is\s+made\s+up\s+of|are\s+made\s+up\s+of)`;
/** A whole's noun, then a verb that says it is made of what follows ('27 settings … comprised', '…, which comprised'). */
const MADE_OF_AFTER = new RegExp(String.raw`^[^,;:.]{0,60}?(?:,\s*(?:(?:which|who|that)\s+)?)?\b(?:${MADE_OF})\b`, 'i');
/** 'These comprised …', 'They were made up of …', 'The 64 were split between …', 'They were 27 community orders, …': a whole of the sentence before, made of the parts. */
const MADE_OF_OPEN = new RegExp(String.raw`^\s*(?:(?:these|they|those|the\s+[a-z]+)\s+(?:${MADE_OF})\s+|(?:these|they|those)\s+(?:were|are)\s+(?=${NUMBER}\s+[a-z]))`, 'i');

/** 'These took place …', 'They were held …': the group of the sentence before, spread over where its cases were. */
const SPREAD_OPEN = /^\s*(?:these|they|all\s+of\s+(?:these|them))\s+(?:took\s+place|happened|occurred|were\s+(?:held|carried\s+out|recorded|located|based|conducted|spread))\s+(?=(?:on|in|at|across|within)\s)/i;
/** Before a first part named and counted in its brackets: its label, a few lower-case words ('on the wings (', 'the wings ('). */
const LABELLED_FIRST = /^\s*(?:(?:on|in|at|across|within|by|from)\s+)?(?:the\s+|a\s+|an\s+)?(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*\s*\(\s*$/;

/** A sentence that opens by pointing back to a group just counted: 'Of these,', 'Of them,'. */
const BACK_OPEN = /^\s*(?:of|among)\s+(?:these|them|those)\s*,\s*/i;
/** 'Of the cases, ': a frame of a bare plural noun opening the sentence. */
const BACK_NOUN_OPEN = /^\s*(?:of|among)\s+the\s+([a-z][a-z-]*[a-rt-z]s)\s*,\s*/i;
/** The frame 'Of the cases, ' when the one count of the sentence before counts that noun. */
function namedBack(text: string, prev: { text: string; toks: readonly Tok[] }): RegExpExecArray | null {
  const m = BACK_NOUN_OPEN.exec(text);
  if (!m) return null;
  const pc = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  if (pc.length !== 1) return null;
  return singular((nounAfter(prev.text, pc[0]!.end) ?? '').toLowerCase()) === singular(m[1]!.toLowerCase()) ? m : null;
}
/** A short lead before a list's first part ('Twelve had …', 'In all, 12 …' is no lead: a total). */
const SHORT_LEAD = /^\s*(?:(?:only|just|some|of\s+these,?|of\s+them,?|in)\s+)?$/i;
/** A subject and a verb of grading before a list 'N as X' ('We graded 23 as very good, 44 as good …'). */
const GRADING_LEAD = /^\s*(?:we|they|it|inspectors|the\s+(?:inspectorate|inspectors|team|regulator))\s+(?:graded|rated|judged|assessed|evaluated|classed|classified)\s+$/i;
/** A part of such a list: 'N as X'. */
const AS_GRADE = /^\s+as\s+[a-z]/i;

/**
 * The whole of a list that opens its clause, counted in the clause before: the one count of the
 * sentence before ('At the last inspection we made 24 recommendations. Of these, 12 had been achieved,
 * 6 partly achieved and 8 not achieved.'; '… 40 centres were inspected. Twenty-two were compliant, …'),
 * or of the clause before a semicolon ('Forty centres were inspected; 22 were compliant, …'). Such a list
 * may leave a category out (it has no 'Of the N' to frame it), so only an excess is judged.
 */
function wholeBefore(s: SentenceView): { whole: Tok; from: number; strong: boolean; intro?: boolean; at?: { offset: number; text: string }; ofThem?: Tok; excessOnly?: boolean } | undefined {
  const text = s.text;
  const counts = s.toks.filter((t) => t.kind === 'num' && !t.notCount);
  // The clause before a semicolon, with one count.
  const semi = text.indexOf(';');
  // ('Of these, 19 had been achieved; 14 …': the count before the semicolon is the first part of the list.)
  if (semi > 0 && !BACK_OPEN.test(text)) {
    const before = counts.filter((t) => t.end <= semi);
    const after = counts.find((t) => t.start > semi);
    if (before.length === 1 && plainCount(text, before[0]!) && depthAt(text, before[0]!.start) === 0 && after && SHORT_LEAD.test(text.slice(semi + 1, after.start)) && !s.toks.some((t) => t.kind !== 'num' && t.end <= semi))
      return { whole: before[0]!, from: semi + 1, strong: false };
  }
  const prev = s.previous?.[s.previous.length - 1];
  if (!prev || counts.length === 0) return undefined;
  const pc0 = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  const made = MADE_OF_OPEN.exec(text);
  // 'We carried out 64 inspections. These comprised 40 …, 14 … and 12 …': the parts make the one count before.
  // ('These were made up of the wings (261), reception (139) and …': the first part named, then counted in its brackets.)
  if (made && (counts[0]!.start === made[0].length || LABELLED_FIRST.test(text.slice(made[0].length, counts[0]!.start))) && pc0.length === 1 && pc0[0]!.value > 1 && !prev.toks.some((t) => t.kind !== 'num') && plainCount(prev.text, pc0[0]!) && depthAt(prev.text, pc0[0]!.start) === 0)
    return { whole: pc0[0]!, from: made[0].length, strong: true, at: { offset: prev.offset, text: prev.text } };
  // 'There were 486 uses of force. These took place on the wings (261), in reception (139) and in the
  // segregation unit (96).': the one group before spread over places, each named and counted in its brackets.
  // Each case is in one place, so an excess is judged; a place may be left out, so a shortfall is not.
  const spread = SPREAD_OPEN.exec(text);
  if (spread && LABELLED_FIRST.test(text.slice(spread[0].length, counts[0]!.start)) && pc0.length === 1 && pc0[0]!.value > 1 && !prev.toks.some((t) => t.kind !== 'num') && plainCount(prev.text, pc0[0]!) && depthAt(prev.text, pc0[0]!.start) === 0 && isPopulation(prev.text, pc0[0]!))
    return { whole: pc0[0]!, from: spread[0].length, strong: true, excessOnly: true, at: { offset: prev.offset, text: prev.text } };
  // ('We looked at 60 cases. Of the cases, 33 were …': the one group before, named again by its bare noun.)
  const back = BACK_OPEN.exec(text) ?? namedBack(text, prev);
  const from0 = back ? back[0].length : 0;
  // 'We graded 23 as very good, …': the list starts after its subject and verb of grading.
  const grading = GRADING_LEAD.test(text.slice(from0, counts[0]!.start));
  const from = grading ? counts[0]!.start : from0;
  if (!grading && !SHORT_LEAD.test(text.slice(from, counts[0]!.start)) && !(back && counts[0]!.start === from)) return undefined;
  const pc = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  // A count of one is no group to be split ('One of the inspectors spent a day at each campus. The team was
  // made up of one lead inspector, 8 inspectors and 3 senior inspectors.').
  if (pc.length !== 1 || pc[0]!.value <= 1 || prev.toks.some((t) => t.kind !== 'num') || !plainCount(prev.text, pc[0]!) || depthAt(prev.text, pc[0]!.start) > 0) return undefined;
  // 'Eight of them were rated good, five adequate …': a first part that points back to the group counted
  // before opens the list as 'Of these,' does; its 'of them' is no whole of its own.
  // ('Eight of the childminders were …' after '17 childminders': the group named again by its own noun.)
  const ofNamed = OF_THE_NOUN.exec(text.slice(counts[0]!.end, counts[0]!.end + 40));
  const named = !!ofNamed && singular(ofNamed[1]!.toLowerCase()) === singular((nounAfter(prev.text, pc[0]!.end) ?? '').toLowerCase());
  const ofThem = !back && (OF_THEM_AFTER.test(text.slice(counts[0]!.end, counts[0]!.end + 16)) || named) ? counts[0] : undefined;
  return { whole: pc[0]!, from, strong: false, intro: !!back, at: { offset: prev.offset, text: prev.text }, ...(ofThem ? { ofThem } : {}) };
}

/** The pair's noun after its whole, up to its verb: ' homes' in 'Nine of the 21 homes had …'. */
const FRAME_NOUN = /^(?:\s+(?!(?:were|was|are|is|had|has|have|did|do|does|could|would|said|felt|received|got|made|met|showed|needed|required)\b)[a-z][\w'-]*){0,3}/i;
/** Between the two counts of a pair opening a list: 'Nine of the 21', '12 out of all 30'. */
const PAIR_OPEN_GAP = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** 'k of them', 'k of these', 'k out of those': a count that points back to a group just counted. */
const OF_THEM_AFTER = /^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i;
/** 'k of the reports': a count of a group named again by a bare plural noun. */
const OF_THE_NOUN = /^\s+(?:of|out\s+of)\s+the\s+([a-z][a-z-]*[a-rt-z]s)\b/i;

/** Words that compare two figures rather than split one: 'twice as many men as women (60 against 30)'. */
const COMPARING = /\b(?:as\s+(?:many|much|few|likely)|more|fewer|less|than|twice|times|half\s+as|compared|against|versus|vs)\b/i;

/**
 * Whether the bracket a count stands in breaks down the part before it ('four were Good (three CRCs and
 * one NPS division)'): the bracket closes the part's own clause, with no clause break or comparison
 * between the part and the bracket, and no comparison inside it ('120 were women, with twice as many men
 * as women (60 against 30)' compares two other groups: no breakdown of the 120).
 */
function bracketOfPart(text: string, part: Tok, t: Tok): boolean {
  const open = text.lastIndexOf('(', t.start);
  if (open < part.end) return false;
  const close = text.indexOf(')', t.start);
  const gap = text.slice(part.end, open);
  const inside = text.slice(open + 1, close < 0 ? text.length : close);
  // ('(60 under 25 and 60 older)': a bound or an age inside names the kinds by a figure that is no part.)
  const bound = /\b(?:under|over|aged|below|above|than|least|to)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i.test(inside);
  return gap.length <= 60 && !bound && !/[,;:\u2013\u2014]/.test(gap) && !COMPARING.test(gap) && !COMPARING.test(inside);
}

function readCounts(s: SentenceView, given?: ReturnType<typeof wholeOf>): ClaimRecord[] | undefined {
  const framed = given ?? wholeOf(s);
  // 'Nine of the 21 homes had a garden, …': the pair's 'of the 21 homes' is the list's frame; the first part's
  // predicate is read with it left out (blanked, so that every offset stays), as the later parts' are.
  if (!given && framed?.first) {
    const nounEnd = framed.whole.end + (FRAME_NOUN.exec(s.text.slice(framed.whole.end))?.[0].length ?? 0);
    const text = s.text.slice(0, framed.first.end) + ' '.repeat(nounEnd - framed.first.end) + s.text.slice(nounEnd);
    return readCounts({ ...s, text }, { ...framed, from: nounEnd });
  }
  const w = framed ?? wholeBefore(s);
  if (!w) return undefined;
  // 'Eight of them were rated good, five adequate …': a first part that points back to the group counted
  // before opens the list as 'Of these,' does. Its 'of them' is the list's frame, not a loose word or a
  // whole of its own: the list is read with it left out (blanked, so that every offset stays).
  if (!framed && 'ofThem' in w && w.ofThem) {
    const m = (OF_THEM_AFTER.exec(s.text.slice(w.ofThem.end)) ?? OF_THE_NOUN.exec(s.text.slice(w.ofThem.end)))!;
    const text = s.text.slice(0, w.ofThem.end) + ' '.repeat(m[0].length) + s.text.slice(w.ofThem.end + m[0].length);
    return readCounts({ ...s, text });
  }
  // A whole from the clause or sentence before, with no frame: an excess only, and the parts of its group.
  const before = framed ? undefined : (w as ReturnType<typeof wholeBefore>)!;
  const text = s.text;
  const region = text.slice(w.from);
  const base = depthAt(text, w.from);
  const parts: Part[] = [];
  // (The pair that opens the list is its first part: 'Nine of the 21 were rated good, four …'.)
  if (framed?.first) parts.push({ tok: framed.first, elided: false, rest: false });
  const nested: { parent: Tok; kids: Tok[] }[] = [];
  for (const t of s.toks) {
    if (t.start < w.from || t === w.whole) continue;
    const depth = depthAt(text, t.start);
    if (depth > base) {
      // A breakdown of the part just before it: 'four were Good (three CRCs and one NPS division)'.
      const parent = parts[parts.length - 1];
      // The bracket must be the part's own: no share between them ('309 …; 10 per cent … (31 schools)' is the share's count).
      const own = parent !== undefined && !s.toks.some((x) => x.kind === 'pct' && x.start > parent.tok.end && x.start < t.start);
      if (parent && own && bracketOfPart(text, parent.tok, t) && plainCount(text, t) && !/^\s*(?:%|per\s*cent)/i.test(text.slice(t.end, t.end + 10))) {
        let n = nested.find((x) => x.parent === parent.tok);
        if (!n) nested.push((n = { parent: parent.tok, kids: [] }));
        n.kids.push(t);
      }
      continue;
    }
    if (!isPart(s, t, w.from, 'num', w.strong)) continue;
    // ('were split between three routes: 30 in …, 19 in … and 6 in …': the number of groups is no part.)
    if (groupsBeforeColon(s, t)) continue;
    const rest = REST_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start));
    parts.push({ tok: t, elided: parts.length > 0 && !VERBS.test(nextWord(text, t.end)), rest });
  }
  // 'The 96 recommendations were split between the prison (58) and the health provider (40)': after a verb that
  // says the whole is made of them, parts each named and then counted in its own brackets.
  if (w.strong && parts.length === 0) parts.push(...labelledParts(s, w.from, !framed?.made));
  gapped(text, parts);
  gappedAgent(text, parts);
  // Counts between dashes that make the part before them are its breakdown, not parts of the list.
  const dashed = dashBreakdowns(text, parts.map((p) => p.tok), w.from, text.length);
  if (dashed.groups.length) {
    const keep = new Set(dashed.parts);
    parts.splice(0, parts.length, ...parts.filter((p) => keep.has(p.tok)));
    for (const g of dashed.groups) nested.push({ parent: g.head, kids: g.inner });
  }
  const out: ClaimRecord[] = [];
  // 'Of the 48 centres inspected, 32 were not compliant …: nine with one regulation, seven with two, …': a part
  // followed by a colon is broken down by the parts after it, which are not parts of the whole.
  const sub = parts.findIndex((p, i) => i + 2 < parts.length && /^[^,;.()]*:/.test(text.slice(p.tok.end, parts[i + 1]!.tok.start).replace(DIGIT_GROUP, '')));
  if (sub >= 0 && w.intro) {
    const head = parts[sub]!.tok;
    const kids = parts.slice(sub + 1);
    const colon = text.indexOf(':', head.end);
    const after = text.slice(colon + 1);
    const stray = s.toks.some((t) => t.start > colon && t.kind === 'num' && plainCount(text, t) && depthAt(text, t.start) === base && !kids.some((p) => p.tok === t) && !itemAttribute(s, t, w.from));
    const sum = kids.reduce((a, p) => a + p.tok.value, 0);
    // As for a whole before a colon: a shortfall is judged only with three parts or more.
    const judged = !stray && !LOOSE.test(after.replace(/\([^)]*\)/g, ' ')) && (sum > head.value || kids.length >= 3);
    out.push(sumClaim(s, head, kids.map((p) => p.tok), judged));
    parts.splice(sub + 1);
  }
  // 'Of the 36 children, 20 were boys and 16 girls; 11 were aged 16 and 9 aged 17': parts that make the whole
  // exactly, then after a semicolon two or more parts of another split of it (or of a part): the first split alone.
  const split = secondSplit(text, parts, w.whole.value);
  if (split > 0) {
    out.push(sumClaim(s, w.whole, parts.slice(0, split).map((p) => p.tok), true));
    parts.splice(0, parts.length);
  }
  // ('Of the 40 cases, 24 were men; 18 men and 8 women had a plan, 26 overall': after a semicolon, a list closed by
  // its own total is a split of its own, whatever the parts before it make: only those are parts of the whole.)
  const tail = closedTail(text, parts);
  if (tail > 0) parts.splice(tail);
  // 'Of the 90 cases, 60 were in the city, and in the remaining 30 cases, 20 had a home visit': a rest after a
  // preposition that frames its clause (its noun, then a comma) is a whole of its own; the parts after it are its.
  const framedRest = parts.findIndex((p, i) => p.rest && i + 1 < parts.length && REST_FRAME_BEFORE.test(text.slice(Math.max(0, p.tok.start - 30), p.tok.start)) && REST_FRAME_AFTER.test(text.slice(p.tok.end, parts[i + 1]!.tok.start)));
  const subParts = new Set<Tok>();
  if (framedRest >= 0) for (const p of parts.splice(framedRest + 1)) subParts.add(p.tok);
  // ('Of the 1,000 inspections, 780 were routine and 220 responsive; of those responsive inspections, 130 …': a part of a part.)
  // ('…, 700 were boys and 500 girls; of the girls, 85 …': a frame with 'the' whose noun an earlier part named.)
  const namedBefore = (p: Part, i: number) => {
    const from = Math.max(0, p.tok.start - 60);
    const m = i >= 1 ? BACK_FRAME_THE.exec(text.slice(from, p.tok.start)) : null;
    const between = m ? text.slice(parts[0]!.tok.end, from + m.index) : '';
    return !!m && m[1]!.split(/\s+/).some((x) => x.length >= 4 && !/^(?:that|with|were|have|been|which|from|into|they|them|their|than|also)$/i.test(x) && new RegExp(String.raw`(?<![\w'-])${x}(?![\w'-])`, 'i').test(between));
  };
  const framedBack = parts.findIndex((p, i) => i >= 1 && (BACK_FRAME_BEFORE.test(text.slice(Math.max(0, p.tok.start - 60), p.tok.start)) || namedBefore(p, i)));
  if (framedBack >= 0) for (const p of parts.splice(framedBack)) subParts.add(p.tok);
  if (parts.length >= 2) {
    // Every other count at the parts' level must be accounted for, or the list may be read another way.
    const stray = s.toks.some((t) => t.start >= w.from && t.kind === 'num' && plainCount(text, t) && depthAt(text, t.start) === base && !parts.some((p) => p.tok === t) && !subParts.has(t) && !dashed.groups.some((g) => g.inner.includes(t)) && !itemAttribute(s, t, w.from) && !comparedCount(s, t) && !groupsBeforeColon(s, t));
    // A part written as the rest ('and the other 10') or a stated number of categories says the list is the whole.
    // Bands that cover a scale end to end ('under 5', '5-10', '11 and over') also name every case.
    // Each band must have its part, or a part was not read (a count taken for an age).
    const ageBands = coveringBands(region);
    const measured = ageBands ? undefined : measureBands(region);
    const covering = ageBands ?? measured;
    // Bands of a measure that cover it leave no case for a part beside them ('more than four years', 'less
    // than four years' and 'serving life': a life sentence may be counted in the first): one part a band.
    const bands = covering && (measured ? parts.length === covering.length : parts.length >= covering.length) ? covering : undefined;
    const besideBands = !!measured && parts.length > measured.length;
    // Under 'Of the N …,' a state and its denial ('88 were compliant and 29 were not') names every case, and
    // so does one outcome in all its degrees ('were upheld', 'partly upheld', 'not upheld') of cases said to
    // be decided ('Of the 240 complaints investigated,'; of '100 appeals' some may be pending): a shortfall is judged too.
    // ('partly upheld' beside 'upheld' and 'not upheld': every degree of the outcome is given.)
    const allDegrees = parts.length >= 3 && /\b(?:partly|partially)\b/i.test(text.slice(parts[0]!.tok.end));
    const decided = DECIDED.test(text.slice(w.whole.end, w.from));
    // A standard met in all its degrees ('were effective', 'partly effective', 'not effective'), of the cases the
    // inspectors examined ('Of the 120 investigations we examined,'): each case examined was given one of them.
    const examined = EXAMINED.test(text.slice(w.whole.end, w.from));
    const complete = parts.some((p) => p.rest) || statedCategories(text, w.from) === parts.length || !!bands || (!!framed && !!w.intro && ((decided && degreeScale(text, parts)) || (examined && degreeScale(text, parts, true)) || denialPair(text, parts, false)));
    const degreeOnly = !!framed && 'degree' in framed && framed.degree;
    const rated = ratingAnswers(text, parts) || denialWithNoView(text, parts);
    // A named rest says the list is exhaustive, not that the parts before it exclude each other: '28 said
    // their supervisor helped them and 22 said they got help with housing; the remaining six …' (the rest is
    // those who said neither, and a case may be counted under both answers). Such a list is left to
    // remainder.ts, which reads a named rest with its own tests of overlap and of samples.
    const named = parts.filter((p) => !p.rest);
    const overlap = attributesOverlap(text, named.length >= 2 ? named : parts);
    const restAfterOverlap = named.length < parts.length && !statedCategories(text, w.from) && !bands && overlap && !rated && !degreeScale(text, parts);
    // A whole said to be made of its list, with an item that has no figure ('made up of a lead inspector, 8
    // inspectors and 3 specialists'): that member is not counted, so the counts need not make the whole.
    const unnumbered = w.strong && unnumberedItem(text, w.from, text.length, s.toks);
    // A figure typed by its unit between the parts and joined as a sibling to the part just before it ('40 worked
    // days and 24 nights; 30 …'; not 'took between 29 and 90 days'): it may be a part with its noun left out.
    const unitSibling = s.toks.some((t, j) => t.notCount && (t.type === 'duration' || t.type === 'measure') && j > 0 && parts.some((p) => p.tok === s.toks[j - 1]) && t.start > parts[0]!.tok.end && t.start < parts[parts.length - 1]!.tok.start && depthAt(text, t.start) === base && /(?:,|\band|\bor)\s*$/i.test(text.slice(Math.max(0, t.start - 6), t.start)));
    // Every part with its own share in brackets, and the shares well over 100% ('47 (65%) were in education …, and
    // 68 (94%) were in suitable accommodation'): the writer's own shares say the parts overlap.
    const shareOf = (p: Part) => s.toks.find((x) => x.kind === 'pct' && x.start > p.tok.end && /^\s*\(\s*$/.test(text.slice(p.tok.end, x.start)));
    const owned = parts.map(shareOf);
    const sharesOver = owned.every((x) => x !== undefined) && owned.reduce((a, x) => a + x!.value / 10 ** x!.decimals, 0) > 110;
    let partition = !unnumbered && !sameGradeTwice(text, parts) && !stray && !unitSibling && !sharesOver && !besideBands && !dashed.ambiguous && !overlapSaid(text, parts[0]!.tok.end) && !qualities(text, parts, complete) && ((complete && !restAfterOverlap) || rated || (!overlap && !nestedBounds(text, parts))) && (degreeOnly ? degreeScale(text, parts) : w.strong || complete || parts.some((p) => p.elided) || (!!framed && 'framed' in framed && !!framed.framed) || (!!w.intro && (oneQuestion(text, parts) || rated)) || sortedWithOther(text, parts) || degreeScale(text, parts) || denialPair(text, parts)) && !LOOSE.test(lastOther(examplesOfLast(withoutRest(measureHedges(s, blank(region, bands), w.from)), parts[parts.length - 1]!.tok.end - w.from), parts[parts.length - 1]!.tok.end - w.from).replace(/\([^)]*\)/g, ' '));
    // 'We sampled 20 staff files: 17 were complete and four were out of date': two states named by different
    // words may both hold of one member; only a word and its negative, or points of one scale, split a whole in two.
    if (w.strong && parts.length === 2 && !rated && !complete && twoStates(text, parts) && !denialPair(text, parts) && !degreeScale(text, parts)) partition = false;
    const sum = parts.reduce((a, p) => a + p.tok.value, 0);
    // Topics may overlap: an excess over the whole is then no error (a shortfall still is, for a complete list).
    if (sum > w.whole.value && topicList(text, parts)) partition = false;
    // Parts that fall short of the whole may leave a category unnamed ('55 good and 12 outstanding' of 108):
    // only a whole that is said to be made of them ('comprised', a colon) and three or more parts are judged.
    // Two parts after a verb that says the whole is made of them ('The 1,150 calls were made up of 800 emergency
    // calls and 300 non-emergency calls') are the whole too, when nothing stands before the first or after the last.
    const madeTwo = !!framed?.made && parts.length === 2 && /^\s*$/.test(text.slice(w.from, parts[0]!.tok.start).replace(/^.*\(\s*$/, '')) && /^\)?(?:\s+[a-z'-]+){0,4}\s*[.!]?\s*$/i.test(text.slice(parts[1]!.tok.end)) && !/\b(?:and|or|plus|with|other|others|including|mainly|mostly)\b/i.test(text.slice(parts[1]!.tok.end));
    const short = sum < w.whole.value && (!(w.strong && (parts.length >= 3 || madeTwo)) || (!!before && !!before.excessOnly)) && !complete;
    if (before) {
      // The first part names no group of its own ('22 staff were trained' is not of '40 centres').
      const wholeText = before.at?.text ?? text;
      const wholeWords = (/^(?:\s+[a-z][a-z'-]*){1,5}/i.exec(wholeText.slice(w.whole.end, w.whole.end + 60))?.[0] ?? '').trim().toLowerCase().split(/\s+/).map((x) => x.replace(/s$/, ''));
      const ofGroup = parts.every((p) => {
        // ('and 301 other services': the rest of the whole, named by its kind.)
        if (/^\s+other\s/i.test(text.slice(p.tok.end, p.tok.end + 8))) return true;
        const own = nounAfter(text, p.tok.end);
        // Only a plural names a group ('22 centres', '30 staff'); 'ten substantially compliant' names none.
        const plural = (/[a-z]s$/i.test(own ?? '') && !/(?:ss|us|is|ly)$/i.test(own ?? '')) || PLURAL_WITHOUT_S.test(own ?? '');
        return !own || !plural || wholeWords.includes(own.replace(/s$/, '')) || sameGroup(nounAfter(wholeText, w.whole.end), own);
      });
      // Three parts or more, the later ones with their verb left out ('Twelve had been achieved, six partly
      // achieved and eight not achieved'): the answers of one question. Two ('30 were clean and 15 well
      // maintained') may be two questions; a pronoun after a part ('in 15 they found') is a verb of its own.
      const graded = parts.length >= 3 && GRADING_LEAD.test(text.slice(0, parts[0]!.tok.start).replace(BACK_OPEN, '')) && parts.every((p) => AS_GRADE.test(text.slice(p.tok.end, p.tok.end + 8)));
      const answers = graded || degreeScale(text, parts) || denialPair(text, parts) || (parts.length >= 3 && /^(?:were|was|are|is|had|have|has)$/i.test(nextWord(text, parts[0]!.tok.end)) && parts.slice(1).every((p) => p.elided && !PRONOUN.test(nextWord(text, p.tok.end)))) || sortedWithOther(text, parts) || (parts.length >= 3 && rated);
      // 'These comprised …' says the parts make the whole: judged as a whole that is said to be made of them.
      // ('1,240 complaints were closed; 1,032 were upheld, 146 partly upheld and 52 not upheld': the clause
      // before the semicolon says every case was decided, and the parts are every degree of the outcome.)
      const decidedBefore = !before.at && allDegrees && DECIDED.test(text.slice(w.whole.end, w.from)) && degreeScale(text, parts);
      // ('We examined 120 files. Of these, 54 were effective, 41 partly effective and 23 not effective.': each case
      // the inspectors examined was given one degree of the standard, as under 'Of the 120 files we examined,'.)
      const examinedBefore = !!before.at && !!w.intro && EXAMINED.test(before.at.text.slice(0, w.whole.start)) && degreeScale(text, parts, true);
      const c = sumClaim(s, w.whole, parts.map((p) => p.tok), w.strong ? partition && !short : partition && answers && ofGroup && (sum > w.whole.value || decidedBefore || examinedBefore));
      if (before.at) {
        c.operands[0]!.span = { start: before.at.offset + w.whole.start, end: before.at.offset + w.whole.end };
        c.span = { start: c.operands[0]!.span.start, end: c.span.end };
      }
      if (!restAfterOverlap && (w.strong || ofGroup || c.verdict !== 'inconsistent')) out.push(c);
    } else if (!restAfterOverlap) out.push(sumClaim(s, w.whole, parts.map((p) => p.tok), partition && !short));
  }
  for (const n of nested) if (n.kids.length >= 2) out.push(sumClaim(s, n.parent, n.kids, !LOOSE.test(text.slice(n.kids[0]!.start, n.kids[n.kids.length - 1]!.end))));
  return out;
}

/**
 * Where a second split of the whole starts: the index of the first part after a clause break when the parts before
 * it (two or more) add up to the whole exactly and those after it add up to no more than it; else 0. The break is a
 * semicolon, or a comma with 'and', 'while', 'whereas' or 'but'. After a semicolon or ', and' the later parts are
 * another split only when they are two or more or have a verb of their own other than the first part's ('40
 * worked days and 24 nights, and 30 were full time'); after 'while', 'whereas' or 'but' one part is enough.
 */
function secondSplit(text: string, parts: readonly Part[], whole: number): number {
  if (parts.length < 3) return 0;
  let sum = 0;
  for (let i = 0; i + 1 < parts.length; i++) {
    sum += parts[i]!.tok.value;
    if (i === 0 || sum !== whole) continue;
    const gap = text.slice(parts[i]!.tok.end, parts[i + 1]!.tok.start).replace(DIGIT_GROUP, '');
    const semi = gap.includes(';');
    const contrast = /,\s*(?:while|whilst|whereas|but)\b/i.test(gap);
    const comma = /,\s*and\b/i.test(gap);
    if (!semi && !contrast && !comma) return 0;
    const rest = parts.slice(i + 1);
    // ('…; 36 of the men and 9 of the women had a plan, 45 overall': a later split closed by its own total, the last
    // part the sum of the ones before it, is a split of its own even when with that total it passes the whole.)
    const lastGap = rest.length >= 3 ? text.slice(rest[rest.length - 2]!.tok.end, rest[rest.length - 1]!.tok.start).replace(/\([^)]*\)/g, ' ') : '';
    const closed = rest.length >= 3 && lastGap.includes(',') && rest[rest.length - 1]!.tok.value === rest.slice(0, -1).reduce((a, p) => a + p.tok.value, 0);
    if (!closed && rest.reduce((a, p) => a + p.tok.value, 0) > whole) return 0;
    const verb = (p: Part) => nextWord(text, p.tok.end).toLowerCase();
    const ownVerb = !rest[0]!.elided && verb(rest[0]!) !== verb(parts[0]!);
    return rest.length >= 2 || contrast || ownVerb ? i + 1 : 0;
  }
  return 0;
}

/** Where a list after a semicolon closed by its own total starts (its last part the sum of the others, after a comma); else 0. */
function closedTail(text: string, parts: readonly Part[]): number {
  for (let j = 1; j + 2 < parts.length; j++) {
    if (!text.slice(parts[j - 1]!.tok.end, parts[j]!.tok.start).includes(';')) continue;
    const rest = parts.slice(j);
    const last = rest[rest.length - 1]!;
    if (!text.slice(rest[rest.length - 2]!.tok.end, last.tok.start).replace(/\([^)]*\)/g, ' ').includes(',')) return 0;
    return last.tok.value === rest.slice(0, -1).reduce((a, p) => a + p.tok.value, 0) ? j : 0;
  }
  return 0;
}

/** A grade word in a part's predicate, with its degrees or denial before it: 'good', 'very poor', 'partly compliant', 'non-compliant'. */
const GRADE_IN_PRED = /\b((?:(?:not|very|fairly|quite|partly|partially|substantially|fully|largely|mostly|broadly|wholly)\s+|non-)*(?:outstanding|excellent|very\s+good|good|satisfactory|adequate|weak|poor|unsatisfactory|inadequate|requires?\s+improvement|compliant|effective))\b/i;

/**
 * Whether two parts give the same grade ('96 were rated good for being well led and 102 good for being
 * caring'): then what differs is the question asked, and a case may be in both.
 */
function sameGradeTwice(text: string, parts: readonly Part[]): boolean {
  const seen = new Set<string>();
  for (const [i, p] of parts.entries()) {
    // ('neither good nor bad' is the middle of a scale, no grade of its own.)
    const g = GRADE_IN_PRED.exec(predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/\bneither\s+[a-z]+\s+nor\s+[a-z]+/g, ' '))?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (!g) continue;
    if (seen.has(g)) return true;
    seen.add(g);
  }
  return false;
}

/** A grade as a label: 'Good', 'Requires improvement', 'Outstanding', 'Not compliant'. */
const GRADE_LABEL = /^(?:outstanding|excellent|very\s+good|good|satisfactory|adequate|fair|weak|poor|unsatisfactory|inadequate|requires?\s+improvement|requiring\s+improvement|needs?\s+improvement|(?:not\s+|non-|substantially\s+|partly\s+)?compliant|(?:not\s+|partly\s+)?(?:met|achieved|upheld))$/i;

/**
 * Parts each a name and its count alone in brackets, one after the other to the sentence's end: 'the prison
 * (58) and the health provider (40)'; 'officers (40), civilians (25) and managers (12)'; or a grade and its
 * count bare after it ('good 39, requires improvement 18, …'). Nothing else in the region: no other figure,
 * no name without a count.
 */
function labelledParts(s: SentenceView, from: number, kindsOnly: boolean): Part[] {
  const text = s.text;
  const region = text.slice(from);
  const ITEM = /^\s*(?:(?:,\s*(?:and\s+)?|\s+and\s+))?(?:the\s+|a\s+|an\s+)?(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*\s*\(\s*$/i;
  // A grade and its count bare after it: 'excellent 9, good 41, adequate 18 and poor 4'.
  const BARE_ITEM = /^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*)([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})\s+$/i;
  const toks = s.toks.filter((t) => t.start >= from);
  if (toks.length < 2 || toks.some((t) => !plainCount(text, t) || depthAt(text, t.start) > 1)) return [];
  let prev = from;
  for (const t of toks) {
    const gap = text.slice(prev, t.start);
    if (depthAt(text, t.start) === 0) {
      const m = BARE_ITEM.exec(prev === from ? ' ' + gap : gap);
      if (!m || !GRADE_LABEL.test(m[1]!) || !/^\s*(?:[,;.]|\band\b|$)/i.test(text.slice(t.end))) return [];
      prev = t.end;
      continue;
    }
    if (!ITEM.test(prev === from ? ' ' + gap : gap) || !/^\s*\)/.test(text.slice(t.end))) return [];
    // After a bare colon, a name ('Ash House (4)') may be one member with a count of something else: only
    // kinds are read, in lower case or a grade ('good (39)', 'Requires improvement (18)').
    const label = gap.replace(/^\s*(?:,\s*(?:and\s+)?|and\s+)?/i, '').replace(/\s*\(\s*$/, '').trim();
    if (kindsOnly && !/^[a-z]/.test(label) && !GRADE_LABEL.test(label)) return [];
    prev = text.indexOf(')', t.end) + 1;
  }
  // ('and others' leaves members out; 'other characteristics (21)', a counted rest, closes the list.)
  if (!/^\s*[.!]?\s*$/.test(text.slice(prev)) || /\b(?:including|such\s+as|among|mainly|mostly)\b/i.test(region) || /\bothers?\b(?![^(),;]*\(\s*\d)/i.test(region)) return [];
  return toks.map((tok) => ({ tok, elided: true }));
}

export function sumClaim(s: SentenceView, whole: Tok, parts: Tok[], partition: boolean): ClaimRecord {
  const sum = parts.reduce((a, t) => a + t.value, 0);
  const operands: Operand[] = [{ role: 'n', value: whole.value, raw: whole.raw, span: at(s, whole.start, whole.end) }, ...parts.map((t): Operand => ({ role: 'k', value: t.value, raw: t.raw, span: at(s, t.start, t.end) }))];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const expr = `${parts.map((t) => t.value).join(' + ')} = ${sum}`;
  if (sum === whole.value) return { kind: 'parts-sum', span, arithmetic: `${expr} = ${whole.raw} ✓`, verdict: 'ok', operands };
  if (!partition) return { kind: 'parts-sum', span, arithmetic: `${expr}, not ${whole.raw} (the parts may overlap or leave some out: not judged)`, verdict: 'unchecked', operands };
  return {
    kind: 'parts-sum',
    span,
    arithmetic: `${expr}, not ${whole.raw}`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `The parts do not add up to the whole: ${expr}, not ${whole.raw}`,
    operands,
  };
}

/**
 * Shares each of a quality said of something ('60% said very friendly, 55% quite helpful and 40% not very clean'):
 * three or more different words, not the points of a rating scale ('good', 'adequate', 'poor'), are answers to
 * as many questions, and one person may give each of them.
 */
function severalQualities(text: string, parts: readonly Part[]): boolean {
  if (parts.length < 3) return false;
  const heads: string[] = [];
  for (const [i, p] of parts.entries()) {
    const pred = predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/^(?:of\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?)?(?:said|felt|thought|answered|replied)\s+/, '').replace(/[.!?]+$/, '').trim();
    const m = /^(?:(?:very|quite|fairly|not|extremely|really|too|so|mostly)\s+){0,2}([a-z-]+)$/.exec(pred);
    if (!m) return false;
    heads.push(m[1]!);
  }
  const distinct = new Set(heads.filter((h) => !/^(?:neither|know|sure|all|applicable)$/.test(h)));
  return distinct.size >= 3 && [...distinct].some((h) => !RATING_POINT.test(h) && !/^(?:always|usually|often|sometimes|rarely|never|well|badly|easy|difficult|hard|safe|unsafe|likely|unlikely|satisfied|dissatisfied|important|unimportant|confident|helpful|unhelpful)$/.test(h));
}

/** Two groups that between them are everyone: 'women' and 'men' ('64% were women and 38% men'). */
const COMPLEMENTS: readonly (readonly [string, string])[] = [['men', 'women'], ['male', 'female'], ['boys', 'girls'], ['males', 'females']];

/** Whether two parts name the two groups of a complement pair, with the same verb ('were women', '(were) men'). */
function complementPair(text: string, parts: readonly Part[]): boolean {
  if (parts.length !== 2) return false;
  const preds = parts.map((p, i) => predicate(text, p.tok, i + 1 < parts.length ? parts[i + 1]!.tok.start : text.length).replace(/[.,;:)!?]+$/, '').split(/\s+/).filter(Boolean));
  const [a, b] = preds as [string[], string[]];
  if (a.length !== 2 || !/^(?:were|was|are|is)$/.test(a[0]!) || !(b.length === 1 || (b.length === 2 && b[0] === a[0]))) return false;
  const x = a[1]!.toLowerCase();
  const y = b[b.length - 1]!.toLowerCase();
  return COMPLEMENTS.some(([m, f]) => (x === m && y === f) || (x === f && y === m));
}

/**
 * Two shares of one whole that are a state and its denial, or two groups that make everyone: '58% had a
 * plan and 45% did not'; '71% were compliant and 32% were not'; '64% of respondents were women and 38%
 * men'. Each case is in one of them: an excess is reported. (Some may be in neither, 'prefer not to say',
 * so a shortfall is not judged.) Only a sentence of exactly two shares, unhedged, with no other count.
 */
/** The frame of a whole that opens the sentence: 'Of the', 'Among the', 'Across all'. */
const SHARE_PAIR_FRAME = /^\s*(?:of|among|across)\s+(?:the\s+|all\s+(?:the\s+)?|these\s+|those\s+)?$/i;

function readSharePair(s: SentenceView): ClaimRecord | undefined {
  const text = s.text;
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  // ('Of the 715 centres inspected, 92% met the criteria and 10% did not': one count, the whole the frame opens;
  // a count in a bracket glosses a part, '92% met the criteria (good in all three indicators)'.)
  const counts = s.toks.filter((t) => t.kind !== 'pct' && !t.notCount && depthAt(text, t.start) === 0);
  const framed = counts.length === 1 && pcts.length > 0 && counts[0]!.end < pcts[0]!.start && SHARE_PAIR_FRAME.test(text.slice(0, counts[0]!.start)) && /^[^,;:()\d]{0,80},\s*$/.test(text.slice(counts[0]!.end, pcts[0]!.start));
  if (pcts.length !== 2 || (counts.length > 0 && !framed) || pcts.some((t) => !!t.hedge || depthAt(text, t.start) > 0 || previousShare(text, t))) return undefined;
  if (!isPart(s, pcts[0]!, 0, 'pct', true) || !isPart(s, pcts[1]!, 0, 'pct')) return undefined;
  // 'P% … in 2019 and Q% … in 2023', a hedge word or a loose word: two wholes, or parts of a wider list.
  if (s.toks.some((t) => t.kind === 'num' && (t.type === 'year' || t.type === 'date')) || LOOSE.test(looseText(s))) return undefined;
  const parts: Part[] = pcts.map((t, i) => ({ tok: t, elided: i > 0 && !VERBS.test(nextWord(text, t.end)) }));
  if (!denialPair(text, parts) && !complementPair(text, parts)) return undefined;
  const { off, slack2, operands, expr } = sharesTotal(pcts.map((tok) => ({ tok, offset: s.offset })), s.policy);
  const span = { start: operands[0]!.span.start, end: operands[1]!.span.end };
  if (Math.abs(off) <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓`, verdict: 'ok', operands };
  if (off < 0) return { kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (some may be in neither: not judged)`, verdict: 'unchecked', operands };
  return { kind: 'shares-sum', span, arithmetic: `${expr}, more than 100% (a case is in one of the two)`, verdict: 'inconsistent', rule: RULE.partsSum, message: `A share and the share of the rest cannot add up to more than 100% beyond rounding, but ${expr}`, operands };
}

function readShares(s: SentenceView): ClaimRecord | undefined {
  const text = s.text;
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 3) return undefined;
  const parts: Part[] = [];
  let stray = false;
  let totalAt = text.length;
  // A list of groups named so before a colon ('with every record falling in one of these groups:'): each
  // figure after it is a group's share, 'P% of mixed ethnicity' and 'for P% none was recorded' too.
  const named = !!oneAnswerEach(text.slice(0, pcts[0]!.start))?.these;
  for (const [i, t] of pcts.entries()) {
    // An earlier or other figure ('up from 11%', 'fell from 8% in 2006 to 6%') is not a share of the list.
    if (depthAt(text, t.start) === 0 && previousShare(text, t)) continue;
    const first = parts.length === 0;
    // 'P% of nurseries were good or outstanding: Q% … and R% …': a whole before a colon, wherever it stands.
    const wholeLead = first && i + 1 < pcts.length && depthAt(text, t.start) === 0 && !t.hedge && /^[^,;.]*?:[^,;.:]*$/.test(text.slice(t.end, pcts[i + 1]!.start).replace(DIGIT_GROUP, ''));
    // 'X% of trusts were rated A, Y% B …': the first share may name its whole. A lone '(P%)' after a
    // figure in words is that part's share: 'one in 10 (10%) requires improvement', 'most were good (85%)'.
    const lone = depthAt(text, t.start) === 1 && /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*\)/.test(text.slice(t.end, t.end + 3)) && (!/\d\s*(?:%|per\s?cent)?\s*\(\s*$/i.test(text.slice(Math.max(0, t.start - 16), t.start)) || /\b(?:in|out\s+of)\s+\d+\s*\(\s*$/i.test(text.slice(Math.max(0, t.start - 16), t.start)));
    const namedPart = named && depthAt(text, t.start) === 0 && !t.hedge && (isPart(s, t, 0, 'pct', true) || /(?:,|\band)\s+for\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start)));
    const part = wholeLead || namedPart || (depthAt(text, t.start) === 0 && isPart(s, t, 0, 'pct', first)) || (lone && !TOTAL_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)));
    if (!part) {
      if (TOTAL_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) totalAt = Math.min(totalAt, t.start);
      else stray = true;
      continue;
    }
    const rest = REST_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start));
    parts.push({ tok: t, elided: parts.length > 0 && !lone && !VERBS.test(nextWord(text, t.end)), rest });
  }
  if (parts.length < 3) return undefined;
  gappedAgent(text, parts);
  // Overlapping categories ('good or better', 'satisfactory or above') are not a partition (a total after
  // 'so' that names one, 'so 70% were good or better', is not one of the parts), and
  // 'P%: Q% and R%' is a whole with its parts.
  // (Bands that cover a scale end to end, 'under 10', '10 to 14', '15 or over', are no such categories.)
  const covering0 = coveringBands(text);
  const bands0 = covering0 && parts.length >= covering0.length ? covering0 : undefined;
  if (/\bor\s+(?:better|above|more|higher|over|worse|below|less|lower)\b/i.test(blank(text, bands0).slice(0, totalAt))) stray = true;
  const head = parts[0]!.tok;
  if (/^[^,;]*?:/.test(text.slice(head.end, parts[1]!.tok.start).replace(DIGIT_GROUP, ''))) return wholeShare(s, parts.map((p) => p.tok));
  const intro = /^\s*(?:Of|Among|Across)\b/i.test(text);
  // An intro ('Of the cases, 60% had a plan, 50% had been reviewed …') makes a partition only when the
  // parts name categories of one question; a stated number of categories or a rest part always does.
  const covering = coveringBands(text);
  const bands = covering && parts.length >= covering.length ? covering : undefined;
  const complete = parts.some((p) => p.rest) || statedCategories(text, parts[0]!.tok.start) === parts.length || !!bands;
  // ', of which P%' names the whole the shares are of, as 'Of these,' does: not a subset of a list.
  const ofWhich = /,\s*of\s+(?:which|whom)\s+$/i.exec(text.slice(Math.max(0, head.start - 16), head.start));
  const lt = ofWhich ? blankSpan(looseText(s), head.start - ofWhich[0].length, head.start) : looseText(s);
  // '30% … were short on ward 1, 40% on ward 6 …': one share per place or time, not categories of one whole.
  // ('54% said they had a mental health problem, 41% a drug problem and 23% both': the parts overlap.)
  const overlapping = /\b(?:both|all\s+(?:three|four|five|of\s+them)|as\s+well\s+as)\b/i.test(text.slice(head.end)) || sameGradeTwice(text, parts);
  // A part that names the overlap of the others ('in 58% …, in 47% … and in 31% both'): the others overlap.
  const overlapPart = parts.some((p) => OVERLAP_PART.test(text.slice(p.tok.end, p.tok.end + 24)));
  // Shares listed with nothing between them but commas and 'and', after a list of as many figures ('(310, 88 and
  // 21), 64%, 55% and 48% were upheld'): one predicate for all; they are shares of those groups, in turn.
  const inTurn = parts.every((p, i) => i === 0 || SEP_ONLY.test(text.slice(parts[i - 1]!.tok.end, p.tok.start))) && listBefore(s, parts[0]!.tok.start, parts.length);
  // A statement that each case is in one of the parts ('each of whom chose one of four answers'): with as many
  // answers as parts, or the groups of the list, or a whole scale, a shortfall is certain too.
  const each = oneAnswerEach(text.slice(0, head.start));
  const eachFits = !!each && (each.n === undefined || each.n === parts.length);
  const scale = ratingScale(text, parts);
  const wholeScale = !!scale?.complete || (degreesOfOneAnswer(text, parts) && degreesComplete(text, parts));
  const certain = eachFits && (each!.n === parts.length || each!.these || wholeScale);
  // (In a list of groups so named, 'any other ethnic group' is the last group, the rest of the whole.)
  const ltEach0 = eachFits ? blankSpan(lt, each!.start, each!.end) : lt;
  const ltEach = named ? ltEach0.replace(/\b(?:any|an|some)?\s*other\b(?=\s+[a-z])/gi, (m) => ' '.repeat(m.length)) : ltEach0;
  const partition = !overlapping && !stray && !overlapPart && !inTurn && !severalQualities(text, parts) && !adjunctShares(text, parts.map((p) => p.tok)) && !nestedDegrees(text, parts) && !nestedAnswerFits(text, parts) && (complete || certain || degreesOfOneAnswer(text, parts) || !!scale || denialWithNoView(text, parts) || ((intro || parts.some((p) => p.elided)) && oneDimension(text, parts) && !attributesOverlap(text, parts, true) && !saidAttributes(text, parts) && !ownComplements(text, parts))) && !LOOSE.test(lastOther(withoutRest(blank(ltEach, bands)), parts[parts.length - 1]!.tok.end)) && pcts.every((t) => !t.hedge);
  const d = Math.max(...parts.map((p) => p.tok.decimals));
  const S = 10 ** d;
  const scaled = parts.map((p) => p.tok.value * 10 ** (d - p.tok.decimals));
  const sum = scaled.reduce((a, b) => a + b, 0);
  // Each share may be off by half of its last place (nearest) or a whole one (other conventions).
  const slack2 = parts.reduce((a, p) => a + 10 ** (d - p.tok.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  const off = Math.abs(2 * (sum - 100 * S));
  const operands: Operand[] = parts.map((p): Operand => ({ role: 'p', value: p.tok.value, decimals: p.tok.decimals, raw: p.tok.raw, span: at(s, p.tok.start, p.tok.end) }));
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  const expr = `${parts.map((p) => formatScaled(p.tok.value, p.tok.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  if (off <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓`, verdict: 'ok', operands };
  // Shares under 100% may leave a category unnamed (those who did not answer): only an excess is certain.
  if (!partition || (sum < 100 * S && !certain)) return { kind: 'shares-sum', span, arithmetic: `${expr}, not 100% (perhaps not shares of one whole: not judged)`, verdict: 'unchecked', operands };
  return {
    kind: 'shares-sum',
    span,
    arithmetic: `${expr}, not 100% within rounding`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `These shares of one whole should add up to 100% within rounding, but ${expr}`,
    operands,
  };
}

/** Nothing but a comma or 'and' between two figures of a list. */
const SEP_ONLY = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;

/** Whether `n` figures listed in turn ('310, 88 and 21') stand before `pos` in the sentence. */
function listBefore(s: SentenceView, pos: number, n: number): boolean {
  let run = 0;
  for (let j = 0; j < s.toks.length && s.toks[j]!.end <= pos; j++) {
    const t = s.toks[j]!;
    if (t.kind !== 'num') {
      run = 0;
      continue;
    }
    const prev = s.toks[j - 1];
    run = run > 0 && prev && prev.kind === 'num' && SEP_ONLY.test(s.text.slice(prev.end, t.start)) ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}

/** After a share: it names the cases in two or more of the categories ('31% both', '12% had all three'). */
const OVERLAP_PART = /^\s*(?:\)\s*)?(?:(?:had|were|did|said|showed|reported)\s+)?(?:both|all\s+(?:three|four|five|of\s+(?:these|them|those)))\b/i;

/** The text with the band phrases blanked ('11 and over' is a band, not a hedge). */
/**
 * Examples after the last part's noun describe that category ('2,343 special services such as road
 * collisions and floods'), not a list that leaves parts out: they are left out of the loose-list test.
 * Examples before or between the parts ('such as 12 fires and 4 floods') still loosen it.
 */
function examplesOfLast(region: string, lastEnd: number): string {
  const tail = region.slice(lastEnd);
  const m = /^\s+[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?,?\s+(?:such\s+as|like|for\s+example|e\.g\.)\s/i.exec(tail);
  return m ? region.slice(0, lastEnd) + tail.slice(0, m.index + m[0].length).replace(/such\s+as|for\s+example/gi, (x) => ' '.repeat(x.length)) + tail.slice(m.index + m[0].length) : region;
}

/**
 * 'other' naming the last part's category ('88 into deaths from natural causes, 39 into self-inflicted deaths
 * and 17 into other deaths'; '… and 5 for other reasons') is the rest of the whole, not a loose list: blanked.
 */
function lastOther(region: string, lastEnd: number): string {
  const m = /^(\s+(?:[a-z]+\s+){0,5}?)other\b(?=\s+[a-z]|\s*(?:[.;,]|$))/i.exec(region.slice(lastEnd));
  if (!m || /\b(?:and|or|with|than|among|including)\s+$/i.test(m[1]!)) return region;
  const at0 = lastEnd + m[1]!.length;
  return region.slice(0, at0) + '     ' + region.slice(at0 + 5);
}

/** A bound right before a figure of a measure ('more than four years', 'over 90 days', 'about £250'). */
const MEASURE_HEDGE = /\b(?:more\s+than|fewer\s+than|less\s+than|longer\s+than|over|almost|nearly|about|around|at\s+least|some)\s+(?:[£$€]\s*)?$/i;

/**
 * The region with the bounds on measures blanked: 'serving sentences of more than four years' bounds a
 * duration, and says nothing of whether the counts of the list are exact (`LOOSE` reads hedges on counts).
 * `from` is where the region starts in the sentence.
 */
function measureHedges(s: SentenceView, region: string, from: number): string {
  let out = region;
  for (const t of s.toks) {
    if (t.start < from || t.kind !== 'num' || !t.notCount || t.type === 'pronoun') continue;
    const m = MEASURE_HEDGE.exec(region.slice(Math.max(0, t.start - from - 24), t.start - from));
    if (!m) continue;
    const start = t.start - from - m[0].length;
    out = blankSpan(out, start, start + m[0].length);
  }
  return out;
}

function blankSpan(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function blank(text: string, bands: readonly { start: number; end: number }[] | undefined): string {
  if (!bands) return text;
  let out = text;
  for (const b of bands) out = out.slice(0, b.start) + ' '.repeat(b.end - b.start) + out.slice(b.end);
  return out;
}

/**
 * The sentence as the loose-list test of shares reads it: an opening back-reference names the whole
 * ('Of these, 16% were …'), and the hedge of a fraction that is not a part ('Around three-fifths
 * (57%)') says nothing of the shares; both are blanked.
 */
function looseText(s: SentenceView): string {
  let text = s.text.replace(/^\s*(?:of|among)\s+(?:these|them|those)\b,?/i, (m) => ' '.repeat(m.length));
  // ('had made insufficient progress in at least one area', 'at least one significant judgement': a threshold in a
  // category's words, not a hedge of a part.)
  text = text.replace(/\bat\s+least\s+one\s+(?!of\b|in\b|or\b)(?=['\u2018a-z])/gi, (m) => ' '.repeat(m.length));
  for (const t of s.toks) if (t.kind === 'frac' && t.hedge) text = text.slice(0, t.hedge.start) + ' '.repeat(t.hedge.end - t.hedge.start) + text.slice(t.hedge.end);
  return text;
}

/** Whether the parts after a colon name exactly the categories of the whole ('good or outstanding'). */
function namesAll(text: string, whole: Tok, parts: Tok[]): boolean {
  const colon = text.indexOf(':', whole.end);
  if (colon < 0) return false;
  const m = /\b([a-z-]+)\s+(?:or|and)\s+([a-z-]+)\s*$/i.exec(text.slice(whole.end, colon));
  if (!m || parts.length !== 2) return false;
  const cats = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
  const named = parts.map((t, i) => predicate(text, t, i + 1 < parts.length ? parts[i + 1]!.start : text.length).replace(/[^a-z\s-]/gi, '').trim().split(/\s+/).pop()?.toLowerCase() ?? '');
  return named.every((w) => cats.includes(w)) && new Set(named).size === 2;
}

/**
 * Shares that make up a share ('84%: 20% … and 62% …', a band of grades, a bracketed breakdown):
 * their sum, and whether it meets the whole within rounding: every figure may be off by half of
 * its last place (nearest) or a whole one (other conventions). Operands: the whole 'q', the parts 'p'.
 */
export function sharesAgainstWhole(s: SentenceView, whole: Tok, parts: readonly Tok[]): { d: number; scale: (t: Tok) => number; sum: number; fits: boolean; operands: Operand[]; expr: string } {
  const all = [whole, ...parts];
  const d = Math.max(...all.map((t) => t.decimals));
  const scale = (t: Tok) => t.value * 10 ** (d - t.decimals);
  const sum = parts.reduce((a, t) => a + scale(t), 0);
  const slack2 = all.reduce((a, t) => a + 10 ** (d - t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  const fits = Math.abs(2 * (sum - scale(whole))) <= slack2;
  const operands: Operand[] = all.map((t, i): Operand => ({ role: i === 0 ? 'q' : 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) }));
  const expr = `${parts.map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  return { d, scale, sum, fits, operands, expr };
}

/** Whether shares add up to 100% within rounding (every figure off by up to half its last place, or a whole one). */
function fullBreakdown(s: SentenceView, toks: readonly Tok[]): boolean {
  const d = Math.max(...toks.map((t) => t.decimals));
  const sum = toks.reduce((a, t) => a + t.value * 10 ** (d - t.decimals), 0);
  const slack2 = toks.reduce((a, t) => a + 10 ** (d - t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  return Math.abs(2 * (sum - 100 * 10 ** d)) <= slack2;
}

/** Whether the first shares of `list`, or its last ones, add up to `whole` within rounding. */
function endRunFits(s: SentenceView, whole: Tok, list: readonly Tok[]): boolean {
  const fits = (run: readonly Tok[]) => sharesAgainstWhole(s, whole, run).fits;
  for (let n = 1; n < list.length; n++) if (fits(list.slice(0, n)) || fits(list.slice(list.length - n))) return true;
  return false;
}

/** 'P% were good or outstanding: Q% outstanding and R% good': the parts add up to the whole within rounding. */
function wholeShare(s: SentenceView, toks: Tok[]): ClaimRecord {
  const [whole, ...parts] = toks as [Tok, ...Tok[]];
  const { d, scale, sum, fits, operands, expr } = sharesAgainstWhole(s, whole, parts);
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  if (fits) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ ${whole.raw} ✓`, verdict: 'ok', operands };
  // The parts may not be all of the whole ('86% were good or better: 21% outstanding' and others unnamed),
  // unless they name every category the whole is made of ('good or outstanding: 21% outstanding and 65% good').
  if (sum < scale(whole) && !namesAll(s.text, whole, parts)) return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw} (parts may be missing: not judged)`, verdict: 'unchecked', operands };
  // Another reading: the whole is an overall rate and the figures after it the rates of its groups
  // ('73% met the standards: 77% for NHS bodies, 82% for …, 72% for …'). An overall rate lies between
  // its groups' lowest and highest (a weighted mean); when it does, the readings disagree: unresolved.
  const lo = Math.min(...parts.map(scale));
  const hi = Math.max(...parts.map(scale));
  if (hi > scale(whole) && lo <= scale(whole) && scale(whole) <= hi) return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw}; read as the rates of its groups, ${whole.raw} lies between them (not judged)`, verdict: 'unchecked', operands };
  // Another reading: the shares after the colon break down the whole population, of which the share before it is a
  // part ('70% were good or better: 20% were outstanding, a further 50% good, 28% satisfactory and 2% inadequate').
  // When the parts, or every share after the whole (the ones not taken as its parts too), make 100%, the whole is
  // some of them ('82% were good or outstanding: 20% outstanding, 62% good, 16% requires improvement and 2% inadequate'),
  // when the first shares of the list, or its last ones, make it ('75% were permanent: 40% …, 30% …, 25% … and 5% …'
  // has no such run, so is still reported).
  const after = s.toks.filter((t) => t.kind === 'pct' && t.start > whole.end);
  const list = fullBreakdown(s, parts) ? parts : after.length > parts.length && fullBreakdown(s, after) ? after : undefined;
  if (scale(whole) < 100 * 10 ** d && list && endRunFits(s, whole, list)) return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw}; the shares after it make 100%, a breakdown of all of which ${whole.raw} is a part (not judged)`, verdict: 'unchecked', operands };
  return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw} within rounding`, verdict: 'inconsistent', rule: RULE.partsSum, message: `The shares do not add up to the whole they make: ${expr}, not ${whole.raw}`, operands };
}
