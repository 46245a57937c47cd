/**
 * The answers to one survey question of one scale: 'Asked how easy it was to
 * get drugs, 41% of respondents said very or quite easy, 17% said difficult or
 * very difficult and 42% said they did not know'; 'When asked whether they
 * felt safe, 70% said yes, 22% said no and 8% were not sure'.
 *
 * A question of degree or of yes and no ('asked how …', 'asked whether …',
 * 'asked if …') answered by points of a scale ('very or quite easy',
 * 'difficult', 'yes', 'no', 'did not know') has one answer per respondent: the
 * shares cannot add up to more than 100% beyond rounding. A sum short of 100%
 * may leave those who did not answer out, and is not judged.
 *
 * Answers of yes and no are one question's without it ('Respondents were split:
 * 48% said yes, 45% said no and 10% did not know'): read when the shares open the
 * sentence or its clause after a colon, and both 'yes' and 'no' are given.
 *
 * Answers of how often ('always', 'usually', 'most of the time', 'never') are points of one scale whatever
 * the question; without one, three of them are needed, one an end of the scale. Answers of agreement with
 * one statement ('58% agreed that …, 29% disagreed and 15% did not know') are read by `readAgreement`.
 *
 * Read only when the sentence opens with the question, every share of the
 * sentence gives one answer after 'said' (or 'answered', 'replied', or none:
 * '17% difficult'), each answer is a short scale point (an intensifier and an
 * adjective, 'yes', 'no', a 'don't know') and no answer is given twice.
 * Answers that are statements ('said staff were respectful') may overlap, and
 * leave the sentence unread.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, oneAnswerEach, previousShare, sharesTotal, builtRegExp } from './common.js';
import type { SentenceView } from './index.js';

/** The question, opening the sentence: 'Asked how easy it was …,', 'When asked whether …,'. */
const QUESTION = /^\s*(?:When\s+|If\s+)?asked\s+(?:how\s+([a-z-]+)|whether|if)\b[^,;:.()]{3,140},\s*/i;
/** A sentence whose shares start it, or its clause after a colon: 'Respondents were split: 48% said yes, …'. */
const YES_NO_LEAD = /^(?:[^:;.%]{0,120}:\s*)?(?=\d)/;
/** Not knowing, not remembering, no view: 'they did not know', 'could not remember', 'not sure'. */
const NOT_KNOWING = String.raw`(?:they\s+)?(?:did\s+not|didn't|do\s+not|don't)\s+know|(?:they\s+)?(?:could\s+not|couldn't|can't|cannot|did\s+not|didn't)\s+(?:remember|recall|say)|(?:they\s+)?(?:were\s+)?(?:not\s+sure|unsure)|no\s+(?:view|opinion|answer)`;
/** An answer of yes or no, or of not knowing. */
const YES_NO = new RegExp(String.raw`^(?:yes|no|partly|partially|in\s+part|sometimes|${NOT_KNOWING})$`, 'i');
const DONT_KNOW = new RegExp(`^(?:${NOT_KNOWING})$`, 'i');
/** An answer of how often: 'always', 'usually', 'most of the time', 'never'. Points of one frequency scale. */
const FREQUENCY = /^(?:always|usually|often|sometimes|occasionally|rarely|seldom|never|(?:most|some|all|none)\s+of\s+the\s+time|hardly\s+ever|not\s+(?:very\s+)?often|(?:very|quite|fairly)\s+often)$/i;
/** After a share: the respondents ('of respondents', 'of the prisoners'), the verb of answering. */
const ANSWERING = /\s*(?:%|per\s?cent|percent)?(?:\s+of\s+(?:the\s+|those\s+)?(?:[a-z'-]+\s+){0,2}?[a-z'-]+?)?\s+(?:said|answered|replied|told\s+us|responded)\s+/iy;
const ELIDED = /\s*(?:%|per\s?cent|percent)?\s+(?=[a-z])/iy;
const INTENSIFIER = String.raw`(?:very|quite|fairly|extremely|mostly|somewhat|not\s+very|not\s+at\s+all|not)`;
/** A point of the scale: '(very or quite) easy', 'difficult or very difficult', 'yes', 'no', 'they did not know'. */
const SCALE_POINT = new RegExp(
  String.raw`^(?:not\s+at\s+all|(?:${INTENSIFIER}(?:\s+or\s+${INTENSIFIER})?\s+)?[a-z-]+(?:\s+or\s+(?:${INTENSIFIER}\s+)?[a-z-]+)?|${NOT_KNOWING})$`,
  'i',
);
/** Words that are not answers of a scale but the start of a statement. */
const NOT_POINT = /^(?:they|it|there|staff|the|a|an|this|that|he|she|we)\b(?!\s+(?:did\s+not|didn't|do\s+not|don't|were\s+not\s+sure|were\s+unsure)\b)/i;
/** Between one answer and the next share. */
const GAP = /^\s*(?:,\s*(?:and\s+|while\s+|but\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+while\s+|\s+but\s+)(?:(?:a\s+further|another|only|just|the\s+remaining|the\s+other|the\s+rest,?)\s+)?$/i;

export function readSurveyAnswers(s: SentenceView): ClaimRecord[] {
  // (Both readings need two shares: readAgreement and the answers below return nothing with fewer.)
  if (s.toks.filter((t) => t.kind === 'pct').length < 2) return [];
  const agreed = readAgreement(s);
  if (agreed.length) return agreed;
  const text = s.text;
  // Without the question, answers of yes and of no still answer one ('Respondents were split: 48% said yes,
  // 45% said no and 10% did not know'): the shares opening the sentence or its clause after a colon.
  const q = QUESTION.exec(text) ?? YES_NO_LEAD.exec(text);
  if (!q) return [];
  const bare = !QUESTION.test(text);
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 2 || s.toks.some((t) => t.kind !== 'pct' && t.start >= q[0].length && !t.notCount)) return [];
  const answers: string[] = [];
  let prevEnd = q[0].length;
  for (const [i, t] of pcts.entries()) {
    if (t.hedge || depthAt(text, t.start) > 0 || previousShare(text, t)) return [];
    if (i > 0 && !GAP.test(text.slice(prevEnd, t.start))) return [];
    if (i === 0 && text.slice(q[0].length, t.start).trim() !== '') return [];
    const next = pcts[i + 1]?.start ?? text.length;
    ANSWERING.lastIndex = t.end;
    let lead = ANSWERING.exec(text);
    if (!lead && i > 0) {
      ELIDED.lastIndex = t.end;
      lead = ELIDED.exec(text);
    }
    if (!lead) return [];
    const from = t.end + lead[0].length;
    // The answer runs to the clause's end: the next separator before the next share, or the sentence's end.
    const seg = text.slice(from, next);
    const cut = /\s*(?:,|;|\band\b|\bwhile\b|\bbut\b|[.!?]\s*$|$)/i.exec(seg)!;
    const answer = seg.slice(0, cut.index).trim().toLowerCase();
    if (!answer || !(SCALE_POINT.test(answer) || FREQUENCY.test(answer)) || NOT_POINT.test(answer) || answers.includes(answer)) return [];
    answers.push(answer);
    prevEnd = from + cut.index;
  }
  if (!/^\s*[.!?]?\s*$/.test(text.slice(prevEnd))) return [];
  // A question of yes or no is answered so; one of degree ('how easy') by points of its own scale, at
  // least one naming the degree asked about ('very or quite easy'). Other answers may be several a person.
  const degree = bare ? undefined : q[1]?.toLowerCase();
  // Answers of how often ('71% said always, 18% usually, 8% sometimes and 3% never') are points of one scale,
  // whatever the question; without one, three of them at least, one an end of the scale.
  const often = answers.filter((a) => FREQUENCY.test(a));
  const frequency = often.length >= 2 && answers.every((a) => FREQUENCY.test(a) || DONT_KNOW.test(a)) && (!bare || (often.length >= 3 && often.some((a) => /^(?:always|never|all\s+of|none\s+of)/i.test(a))));
  // Degrees of one answer without the question ('45% said very well, 38% quite well, 14% not very well and 7% not
  // at all'): three answers or more, two of them the same word with different intensifiers, the others that word
  // with another, 'not at all' or a 'don't know'.
  const graded = degreesOfOneWord(answers);
  if (!frequency && !degree && !graded && !answers.every((a) => YES_NO.test(a))) return [];
  if (!frequency && !graded && bare && !(answers.includes('yes') && answers.includes('no'))) return [];
  if (!frequency && degree && (/^(?:they|he|she|it|we|you|the|a|an|their|his|her|its|our|many|much|far)$/.test(degree) || !answers.some((a) => !DONT_KNOW.test(a) && builtRegExp(String.raw`(?<![\w-])(?:un|in|not\s+)?${degree}(?![\w-])`, 'i').test(a)))) return [];
  // A sum short of 100% may leave out those who did not answer, even with a 'don't know' named.
  return answerSum(s, pcts, answers);
}

const DEGREE_OF = new RegExp(String.raw`^((?:${INTENSIFIER}\s+){1,2})([a-z-]+)$`, 'i');

/** Three answers or more that are degrees of one word ('very well', 'quite well', 'not very well', 'not at all'). */
function degreesOfOneWord(answers: readonly string[]): boolean {
  if (answers.length < 3) return false;
  const heads = new Map<string, Set<string>>();
  for (const a of answers) {
    if (/^not\s+at\s+all$/i.test(a) || DONT_KNOW.test(a)) continue;
    const m = DEGREE_OF.exec(a);
    if (!m) return false;
    const head = m[2]!.toLowerCase();
    heads.set(head, (heads.get(head) ?? new Set()).add(m[1]!.trim().toLowerCase()));
  }
  return heads.size === 1 && [...heads.values()][0]!.size >= 2;
}

/** The shares of one question's answers: at most 100% within rounding (a shortfall may be those who did not answer). */
function answerSum(s: SentenceView, pcts: readonly Tok[], answers: readonly string[]): ClaimRecord[] {
  const { off, slack2, operands, expr } = sharesTotal(pcts.map((tok) => ({ tok, offset: s.offset })), s.policy);
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  const named = answers.join('; ');
  if (Math.abs(off) <= slack2) return [{ kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ (answers to one question: ${named})`, verdict: 'ok', operands }];
  // A statement that each respondent chose one of as many answers as are given ('each choosing one of five
  // answers'): none is left out, and a shortfall is certain too.
  const each = oneAnswerEach(s.text.slice(0, pcts[0]!.start));
  if (off < 0 && each?.n === pcts.length) {
    return [{ kind: 'shares-sum', span, arithmetic: `${expr}, not 100% within rounding (each respondent chose one of the ${pcts.length} answers: ${named})`, verdict: 'inconsistent', rule: RULE.partsSum, message: `These answers to one question should add up to 100% within rounding, but ${expr}`, operands }];
  }
  if (off < 0) return [{ kind: 'shares-sum', span, arithmetic: `${expr}, under 100% (some may not have answered: not judged)`, verdict: 'unchecked', operands }];
  return [
    {
      kind: 'shares-sum',
      span,
      arithmetic: `${expr}, more than 100% (each respondent gives one answer to the question: ${named})`,
      verdict: 'inconsistent',
      rule: RULE.partsSum,
      message: `These answers to one question should add up to no more than 100% within rounding, but ${expr}`,
      operands,
    },
  ];
}

/** A point of agreement, right after a share: 'agreed', 'strongly disagreed', 'neither agreed nor disagreed', 'were unsure', 'did not know'. */
const AGREEMENT = /\s*(?:%|per\s?cent|percent)?(?:\s+of\s+(?:the\s+|those\s+)?(?:[a-z'-]+\s+){0,2}?[a-z'-]+?)?\s+((?:(?:strongly|tended\s+to|tend\s+to|slightly|somewhat)\s+)?(?:dis)?agree[ds]?|neither\s+agreed\s+nor\s+disagreed|(?:did\s+not|didn't|do\s+not|don't)\s+know|(?:were|was)\s+(?:not\s+sure|unsure|undecided|neutral)|had\s+no\s+(?:view|opinion)|(?:did\s+not|didn't)\s+(?:express|give)\s+(?:a|an)\s+(?:view|opinion))\b/iy;

/**
 * The answers to one statement on a scale of agreement: '58% agreed that the school dealt well with
 * bullying, 29% disagreed and 15% did not know'; 'Responses were mixed: 46% agreed that leaders listened,
 * 31% were unsure and 19% disagreed'. Each share is followed by its point of agreement (after 'of the
 * parents' perhaps); the first may name the statement ('that …', 'with …'), the others name none (or the
 * same one again). Both 'agree' and 'disagree' must be given, each point once, and every share of the
 * sentence must be one. A respondent gives one answer: an excess is reported (a shortfall may be those
 * who did not answer, and is not judged).
 */
function readAgreement(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 2 || pcts.length > 6 || s.toks.some((t) => t.kind !== 'pct' && !t.notCount && t.start > pcts[0]!.start)) return [];
  const answers: string[] = [];
  let statement: string | undefined;
  let prevEnd = 0;
  for (const [i, t] of pcts.entries()) {
    if (t.hedge || depthAt(text, t.start) > 0 || previousShare(text, t)) return [];
    if (i > 0 && !GAP.test(text.slice(prevEnd, t.start))) return [];
    AGREEMENT.lastIndex = t.end;
    const m = AGREEMENT.exec(text);
    if (!m) return [];
    const point = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/n't/g, ' not').replace(/\s+/g, ' ');
    const from = t.end + m[0].length;
    const next = pcts[i + 1]?.start ?? text.length;
    const seg = text.slice(from, next);
    const cut = /\s*(?:,|;|\band\b|\bwhile\b|\bbut\b|\bwhereas\b|[.!?]\s*$|$)/i.exec(seg)!;
    const said = seg.slice(0, cut.index).trim().toLowerCase();
    // The statement, once: the first answer's, or the same words again. After points of one pole written
    // together ('62% strongly agreed and 32% agreed that …') the statement follows the last of them.
    if (said !== '') {
      if (statement === undefined && (i === 0 || answers.every((a) => /agree/.test(a) && !/neither/.test(a) && /dis/.test(a) === /dis/.test(point)))) statement = said;
      else if (said !== statement) return [];
    }
    const key = point.replace(/^(?:were|was) /, '').replace(/^(?:did|do) not /, 'not ');
    if (answers.includes(key)) return [];
    answers.push(key);
    prevEnd = from + cut.index;
  }
  if (!/^\s*[.!?]?\s*$/.test(text.slice(prevEnd))) return [];
  const agree = answers.some((a) => /(?<!dis)agree/.test(a) && !/neither/.test(a));
  const disagree = answers.some((a) => /disagree/.test(a) && !/neither/.test(a));
  if (!agree || !disagree) return [];
  // 'agreed' beside 'strongly agreed' may count the strong ones again ('72% agreed, 30% strongly'): not read.
  const plain = (re: RegExp) => answers.some((a) => re.test(a) && !/strongly|tend|slightly|somewhat|neither/.test(a));
  const strong = (re: RegExp) => answers.some((a) => re.test(a) && /strongly|tend|slightly|somewhat/.test(a));
  // Unless the whole scale is written, both poles plain and strong ('62% strongly agreed, 30% agreed, 5%
  // disagreed and 2% strongly disagreed'), and the shares read as nested (the strong ones left out) do not fit.
  const both = (re: RegExp) => plain(re) && strong(re);
  if (both(/(?<!dis)agree/) || both(/disagree/)) {
    if (!(both(/(?<!dis)agree/) && both(/disagree/))) return [];
    const unnested = pcts.filter((_t, i) => !/strongly|tend|slightly|somewhat/.test(answers[i]!));
    if (Math.abs(sharesTotal(unnested.map((tok) => ({ tok, offset: s.offset })), s.policy).off) <= sharesTotal(unnested.map((tok) => ({ tok, offset: s.offset })), s.policy).slack2) return [];
  }
  return answerSum(s, pcts, answers);
}
