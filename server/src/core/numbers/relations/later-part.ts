/**
 * A later count of the group a sentence has just counted, with no 'of' to
 * tie them (issue 9, the plain family):
 *
 *   'For all 45 services, we have so far inspected 14 services'   (the same noun)
 *   'We asked for 44 case studies and published 39 on our website' (the noun left out)
 *   '1,200 appeals were heard, with 310 succeeding'                (an absolute 'with' clause)
 *   'the files numbered 2,277, and 81 were inspected'              (the total as a predicate)
 *   'promised 10,000 places, but so far only 200 have been added'  (the subject of the next clause)
 *   '86 inspections …, after which 12 homes were rated … and five inadequate' (outcomes of the events)
 *   'received 17,937 complaints, and upheld 80% of the 4,003 it investigated' (the ones it dealt with)
 *
 * Nothing in such a sentence says the second count is a part of the first:
 * 'We visited 12 schools in May and 15 in June' is as plausible. So the pair
 * is judged only when the count fits in the total (k ≤ n, a reading that
 * holds); a larger count is not read at all. These claims are never reported.
 *
 * The total is the count just before, with no other number between, naming
 * its group ('45 services'); the later count names the same word ('14
 * services'), or no noun at all after a coordinated verb ('and published 39
 * on …').
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf } from '../judge.js';
import { isPopulation, type Tok } from '../scan.js';
import { countOfTok } from './common.js';
import { at, type SentenceView } from './index.js';
import { groupNoun, isCountTok } from './shares.js';

const singular = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');
/** What may stand between the two counts: one stretch of words, no sentence-like break or bracket. */
const GAP = /^[^.:()%\u2013\u2014]{1,200}$/;
/** '… and published 39', '…, and then recorded 12': the second count is the object of a coordinated verb. */
const AND_VERB = /\b(?:and|but)\s+(?:(?:then|later|only|so\s+far|eventually)\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}\s+(?:only\s+|just\s+)?$/i;
/** After an elided count: a preposition, a clause break or the end ('39 on our website', '39.', '39, and'). */
/** A sibling or a rest, not a part: 'and a further 15 cases', 'all but four cases', 'the other 12'. */
const NOT_PART_BEFORE = /\b(?:all\s+but|a\s+further|another|other|remaining|extra|additional|more|further|rest|none|except)\s+(?:of\s+)?(?:the\s+)?$/i;
/** A list of siblings: the total's noun phrase, then only ',' or 'and' ('30 care homes, 12 nursing homes'). */
const LIST = /^[^,;]*(?:,|;|\band|\bor)\s*$/i;
/** ', with 22,550 going up': an absolute clause after the total's clause, its count the subject of an -ing verb. */
const WITH_BEFORE = /,\s*with\s+(?:only\s+|just\s+)?$/i;
const ING_AFTER = /^\s+[a-z]{2,}ing\b/i;
const NO_NOUN_AFTER = /^\s*(?:$|[,;.]|(?:on|in|at|by|for|to|from|with|during|within|over|before|after|so|this|last|that)\b)/i;

/** A count written as the size of the clause's group: 'numbered 2,277', 'totalled 412'. */
const PREDICATE_TOTAL = /\b(?:numbered|numbering|totalled|totaled|totalling|totaling|came\s+to)\s+$/i;
/** After the later count: a verb with its noun left out ('81 were inspected', '12 had been reviewed'). */
const SUBJECT_AFTER = /^\s+(?:were|was|had|have|are|is)\b/i;
/** What opens a coordinated clause whose subject is the later count: ', but so far only', 'and just'. */
const BUT_SUBJECT = /(?:,\s*|\s)(?:and|but)\s+(?:(?:so\s+far|to\s+date|since\s+then|then)\s+)?(?:only\s+|just\s+)?$/i;

/** 'There were 86 inspections in the quarter, after which 12 homes were rated …': the outcomes of the events counted. */
const AFTER_WHICH = /^[^.;:()%]{0,100}?,\s*(?:after|following)\s+which\s+(?:only\s+|just\s+)?$/i;
/** A later outcome of the same clause: 'and five inadequate', ', 29 satisfactory', 'and 4 were …'. */
const OUTCOME_GAP = /^[^.;:()%\d]{1,80}?(?:,\s*and|,|\band)\s+$/i;

/**
 * 'There were 86 full inspections …, after which 12 homes were rated outstanding … and five inadequate':
 * the counts of the clause 'after which' opens are outcomes of the N events, so each is at most N, and so
 * is their sum. Judged only when they fit (an event may concern several homes): never reported.
 */
function afterWhich(s: SentenceView, paired: ReadonlySet<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const n = s.toks[i]!;
    if (!isCountTok(s, n) || paired.has(n) || !groupNoun(s.text, n.end)) continue;
    let j = i + 1;
    while (j < s.toks.length && s.toks[j]!.notCount && s.toks[j]!.kind === 'num') j++;
    const k = s.toks[j];
    if (!k || !isCountTok(s, k) || !AFTER_WHICH.test(s.text.slice(n.end, k.start))) continue;
    const parts = [k];
    for (let m = j + 1; m < s.toks.length; m++) {
      const t = s.toks[m]!;
      if (!isCountTok(s, t) || !OUTCOME_GAP.test(s.text.slice(parts[parts.length - 1]!.end, t.start))) break;
      parts.push(t);
    }
    if (parts.some((t) => paired.has(t)) || parts.reduce((a, t) => a + t.value, 0) > n.value) continue;
    for (const t of parts) {
      out.push(
        judgeCountOf({ kind: 'count-of', span: at(s, n.start, t.end) }, countOfTok(t, s.offset), countOfTok(n, s.offset), [
          { span: at(s, n.start, n.end), message: `the total, ${n.raw}, is the events 'after which' these are counted (a reading that holds; not reported otherwise)` },
        ]),
      );
    }
  }
  return out;
}

/** 'the 4,003 it investigated': a definite count whose noun is left out, the subject of its relative clause a pronoun. */
const THE_BEFORE = /\bthe\s+$/i;
const RELATIVE_AFTER = /^\s+(?:that\s+)?(?:it|we|they|inspectors)\s+(?:had\s+|has\s+|have\s+)?[a-z]{3,}ed\b/i;

/**
 * 'received 17,937 complaints …, and upheld 80% of the 4,003 it investigated': the group the subject
 * dealt with is a part of the group it counted before in the sentence. Judged only when it fits.
 */
function theOnesIt(s: SentenceView, paired: ReadonlySet<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const k = s.toks[i]!;
    if (!isCountTok(s, k) || paired.has(k) || !THE_BEFORE.test(s.text.slice(Math.max(0, k.start - 5), k.start)) || !RELATIVE_AFTER.test(s.text.slice(k.end, k.end + 40))) continue;
    let n: Tok | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const t = s.toks[j]!;
      if (/[.;:]/.test(s.text.slice(t.end, k.start))) break;
      if (isCountTok(s, t) && isPopulation(s.text, t) && groupNoun(s.text, t.end)) {
        n = t;
        break;
      }
    }
    if (!n || paired.has(n) || k.value > n.value) continue;
    out.push(
      judgeCountOf({ kind: 'count-of', span: at(s, n.start, k.end) }, countOfTok(k, s.offset), countOfTok(n, s.offset), [
        { span: at(s, n.start, n.end), message: `the total, ${n.raw}, is the group counted before 'the ${k.raw} …' (a reading that holds; not reported otherwise)` },
      ]),
    );
  }
  return out;
}

export function readLaterParts(s: SentenceView, paired: ReadonlySet<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [...afterWhich(s, paired), ...theOnesIt(s, paired)];
  let prev: Tok | undefined;
  for (const t of s.toks) {
    if (t.kind !== 'num') {
      prev = undefined;
      continue;
    }
    const notCount = t.notCount;
    if (!isCountTok(s, t)) {
      // A number that is not a count (a year, a measure) does not separate the pair; a hedged count does.
      if (!notCount) prev = undefined;
      continue;
    }
    const n = prev;
    prev = t;
    if (!n || paired.has(n) || paired.has(t) || t.value > n.value || n.value < 2) continue;
    // 'the records … numbered 2,277, and 81 were inspected': the total as the predicate of its group, the
    // count the subject of the next clause, its noun left out.
    if (PREDICATE_TOTAL.test(s.text.slice(Math.max(0, n.start - 16), n.start)) && /^\s*,?\s*(?:and|but|of\s+which|of\s+these)\s+(?:only\s+|just\s+)?$/i.test(s.text.slice(n.end, t.start)) && SUBJECT_AFTER.test(s.text.slice(t.end, t.end + 20))) {
      const c = judgeCountOf({ kind: 'count-of', span: at(s, n.start, t.end) }, countOfTok(t, s.offset), countOfTok(n, s.offset), [
        { span: at(s, n.start, n.end), message: `the total, ${n.raw}, is read as the group counted just before (a reading that holds; not reported otherwise)` },
      ]);
      if (c.verdict === 'ok') out.push(c);
      continue;
    }
    if (!isPopulation(s.text, n)) continue;
    const between = s.text.slice(n.end, t.start);
    // A list of siblings has no verb between them; '28 trusts have gone into special measures and 15 have
    // since come out' is two clauses, the second's subject taken from the first's group.
    const clauses = SUBJECT_AFTER.test(s.text.slice(t.end, t.end + 20)) && /\b(?:were|was|had|have|has|are|is|[a-z]{3,}ed)\b/i.test(between);
    if (!GAP.test(between) || NOT_PART_BEFORE.test(between) || (LIST.test(between) && !clauses)) continue;
    const nNoun = groupNoun(s.text, n.end);
    if (!nNoun) continue;
    const kNoun = groupNoun(s.text, t.end);
    const rest = s.text.slice(t.end, t.end + 20);
    // The total's noun phrase may hold 'and' ('45 fire and rescue services'): any of its first words will do.
    const phrase = (/^(?:\s+[A-Za-z][\w'-]*){1,5}/.exec(between)?.[0] ?? '').trim().split(/\s+/).map(singular);
    const sameNoun = kNoun !== undefined && (singular(kNoun) === singular(nNoun) || phrase.includes(singular(kNoun)));
    // A preposition after the count is no noun of its own (the scanner's noun guess may be one: '27 during the visit').
    const elided = NO_NOUN_AFTER.test(rest) && AND_VERB.test(between);
    const withIng = WITH_BEFORE.test(between) && ING_AFTER.test(rest);
    // '… promised 10,000 new places, but so far only 200 have been added': the subject of a coordinated clause, its noun left out.
    const subject = SUBJECT_AFTER.test(rest) && BUT_SUBJECT.test(between);
    if (!sameNoun && !elided && !withIng && !subject) continue;
    const c = judgeCountOf({ kind: 'count-of', span: at(s, n.start, t.end) }, countOfTok(t, s.offset), countOfTok(n, s.offset), [
      { span: at(s, n.start, n.end), message: `the total, ${n.raw}, is read as the group counted just before (a reading that holds; not reported otherwise)` },
    ]);
    if (c.verdict === 'ok') out.push(c);
  }
  return out;
}
