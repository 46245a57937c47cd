/**
 * A count stated as a part of a total, with no share (issue 9, the plain
 * family): the relation holds when 0 ≤ k ≤ n.
 *
 * - a frame, then the counts that are subjects of its clauses: 'Of the 108
 *   services covered by our reports over the last four years, 55 have been
 *   rated good and 12 "outstanding"'; 'Of the 40 people we spoke with, 32 said
 *   … and 28 said …'; 'Across the 12 schools, 5 were …' (population.ts finds
 *   the frame; numbers inside it that are not counts are skipped);
 * - a part of the group just named: '272 concerns about visiting, 114 of
 *   them about bans'; 'rose to 6,844, of which 789 were serious'; 'the 40
 *   people – 12 of whom …'; '347 detainees, about 40 of them women' (a
 *   hedged part is judged only when it fits);
 * - a bracketed or written-out total: '55 (of 108)', '12 (out of 40)', '7 out
 *   of a possible 10', '9 from a total of 30';
 * - ', including 12 (5%) that …' after the group ('60 (25%) need …'); 'two
 *   more …, bringing the number … to five'; a breakdown after a colon, '1,884
 *   homes: 1,301 in the private sector, 433 run by councils and 141 …', read
 *   only when the parts' sum fits the whole (else they may overlap).
 *
 * A count is read as a frame's part only where it opens a clause (after the
 * frame's comma, or after 'and', 'but', a comma or a semicolon) and what
 * follows it is a verb, a quoted grade or a grade word, or the frame's own
 * noun; any other noun ('Of the 3 offices, 45 staff') is another group.
 * k > n is reported only when the reading is certain: the first count after
 * an 'of' frame, a bracketed or written-out total, or 'of them' / 'of which'
 * with no other group in the sentence or the ones before it that could be the
 * total. Otherwise it is listed as unresolved.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, type CountIn } from '../judge.js';
import { firstTokFrom, isPopulation, sameGroup, singular, type Tok } from '../scan.js';
import { HEDGE_WORDS, NUMBER } from '../words.js';
import { addsToEarlier, countOfTok } from './common.js';
import { at, type SentenceView } from './index.js';
import { readLaterParts } from './later-part.js';
import { readPlainParts, siblingsOf } from './plain-part.js';
import { readRunningParts } from './running-part.js';
import { readSampleParts } from './sample-part.js';
import { populationsOf, type Population } from './population.js';
import { countFig, groupNoun, isCountTok, pairsOf } from './shares.js';

/** What may stand between the frame's comma and its first count. */
const FIRST_LEAD = /^\s*(?:only\s+|just\s+|exactly\s+)?$/i;
/** 'in 12 (of them) the plan …': a count after 'in' or 'for' opens a clause too, but says nothing of its verb. */
const IN_LEAD = /^\s*(?:in|for)\s+(?:only\s+|just\s+)?$/i;
/** A later clause of the same frame: ', 28 said', 'and 30 were', '; one had', 'while 12 had', 'a further 4 had' (not 'all but four'). */
const COORD = /(?:[,;]|\b(?:and|while|whereas)|(?<!\b(?:all|none|nothing|anything)\s+)\bbut)\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?$/i;
/** A later group inside a frame's sentence: 'of the remaining nine', 'among those', 'of these'. */
const NESTED = /\b(?:of|out\s+of|among|amongst)\s+(?:the|these|those|them|whom|which)\b/i;
/** An 'of' frame ('Of the N', 'Out of the N') makes its counts parts; 'in', 'across', 'among' frames less surely. */
const OF_FRAME = /\b(?:of|out\s+of)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?$/i;

/** Words after a count that are verbs: the count is the subject ('55 have been rated', '32 said'). */
const VERB =
  /^(?:were|was|had|have|has|are|is|did|do|does|could|can|would|will|should|might|may|must|remain|remained|remains|say|says|said|told|tell|felt|feel|feels|knew|know|got|gave|made|took|thought|saw|left|went|came|kept|met|found|held|hold|spent|won|became|lost|paid|sent|chose|wrote|spoke|understood|put|set|need|lack|meet|use|live|receive|achieve|require|show|showed|shown|got|began|ran|grew|fell|rose|sat|stood|still|also|then|now|already|never|either|both|not|partly|partially|fully|largely|mostly|substantially|successfully)$/i;
/** A past form: a verb, unless a noun of another group follows ('12 qualified nurses'). */
const PAST = /^[a-z]{3,}ed$/i;
/** Grades written without a verb ('and 12 outstanding', '9 adequate'). */
const GRADE = /^(?:good|outstanding|inadequate|adequate|satisfactory|unsatisfactory|poor|weak|excellent|effective|ineffective|insufficient|sufficient|requires|compliant|non-compliant|unrated)$/i;
/** '14 residents aged over 85; of them, nine …': 'of them' opening the next clause, its count after a comma. */
const OF_THEM_LEAD = /[;,]\s*(?:and\s+)?(?:of|among|amongst)\s+(?:them|these|those|whom)\s*,\s*(?:only\s+|just\s+)?$/i;
/** 'k of them', 'k of whom', 'k of which', 'k of these', 'k out of them'. */
const OF_THEM_AFTER = /^\s+(?:of|out\s+of)\s+(?:them|whom|which|these|those)\b/i;
/** What opens 'k of them' after the group: a comma, a bracket, a dash, 'and', 'with', 'including'. */
const OF_THEM_BEFORE = new RegExp(String.raw`(?:[,;(\u2013\u2014]|\s-|\b(?:and|with)|\band\s+(?:found|judged|rated|assessed|graded|considered|deemed|identified|saw))\s*(?:(?:in|for|at)\s+)?(?:only\s+|just\s+)?(?:(${HEDGE_WORDS})\s+)?$`, 'i');
/** ', of which 789 were serious', '(of whom 12 …'. */
const OF_WHICH_BEFORE = /(?:[,(\u2013\u2014]|\s-)\s*(?:of|out\s+of)\s+(?:which|whom)\s+(?:only\s+|just\s+)?$/i;
/** '55 (of 108)', '12 (out of 40)', '7 out of a possible 10', '9 from a total of 30', '5 of a maximum of 8'. */
const WRITTEN_TOTAL = /^\s*(?:\(\s*(?:of|out\s+of|from)\s+(?:a\s+total\s+of\s+|a\s+possible\s+|the\s+)?|(?:of|out\s+of)\s+a\s+(?:possible|maximum\s+of)\s+|from\s+a\s+total\s+of\s+)$/i;

/** A gapped clause ('35% had waited more than 13 weeks and 5,485 more than 26 weeks'): the count is followed by a comparative bound that an earlier clause of the frame wrote with its verb. */
const GAPPED = new RegExp(String.raw`^\s+((?:more|fewer|less|longer)\s+than|over|under|at\s+least)\s+${NUMBER}\b`, 'i');


/** How a count after a frame reads: as its part ('verb', 'grade', 'noun') or not at all. */
function subjectKind(s: SentenceView, t: Tok, frameNoun: string | undefined): 'verb' | 'object' | 'noun' | 'grade' | 'partitive' | undefined {
  const rest = s.text.slice(t.end, t.end + 60);
  if (/^\s*['"\u2018\u201c]/.test(rest)) return 'grade';
  if (OF_THEM_AFTER.test(rest)) return 'partitive';
  const w = /^\s+([A-Za-z][\w'-]*)/.exec(rest)?.[1];
  if (!w) return undefined;
  if (VERB.test(w)) return 'verb';
  const noun = groupNoun(s.text, t.end);
  const other = noun !== undefined && noun !== w.toLowerCase() && !(frameNoun && singular(noun) === singular(frameNoun));
  if (PAST.test(w) || GRADE.test(w)) return other ? (PAST.test(w) && pastWithObject(rest) ? 'object' : undefined) : PAST.test(w) ? 'verb' : 'grade';
  // A noun: only the frame's own ('Of the 40 cases, 12 cases …').
  if (noun && frameNoun && singular(noun) === singular(frameNoun)) return 'noun';
  return undefined;
}

/** A finite verb, or a word that cannot follow a subject noun phrase without one ('12 qualified nurses were …'). */
const FINITE = /\b(?:were|was|are|is|had|has|have|did|do|does|could|can|would|will|should|might|may|must|said|felt|got|went|[a-z]{3,}ed)\b/i;

/**
 * '5 offered appointments after 6pm', '12 involved children': a past form then a noun, and no other verb
 * in the clause, so the past form is the clause's verb and the noun its object. With a verb later
 * ('12 qualified nurses were …') the past form is an adjective of another group.
 */
function pastWithObject(rest: string): boolean {
  const m = /^\s+[a-z]{3,}ed((?:\s+[A-Za-z][\w'-]*){1,8}?)\s*(?:[,;.:()]|\s(?:and|but|while|whereas)\s(?![\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|$)/i.exec(rest);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  // The object opens with a noun or a determiner, not a preposition ('12 trained in …' has no object).
  if (/^(?:in|on|at|by|for|to|from|with|within|as|of|into|under|over)$/i.test(words[0]!)) return false;
  return !FINITE.test(m[1]!);
}

/** 'and 5,485 more than 26 weeks': the verb left out, the bound repeated from an earlier clause of the frame (judged only when it fits). */
function gapped(s: SentenceView, t: Tok, comma: number): 'verb' | undefined {
  const m = GAPPED.exec(s.text.slice(t.end, t.end + 30));
  if (!m) return sameObject(s, t, comma);
  const bound = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const earlier = s.text.slice(comma, t.start).toLowerCase().replace(/\s+/g, ' ');
  return earlier.includes(` ${bound} `) ? 'verb' : undefined;
}

/**
 * 'Of the 48 staff, 40 had completed safeguarding training and 35 fire safety training': the verb left
 * out, the later count's words closing its clause with the same last word as the earlier clause's
 * (another object of the same verb). Judged only when it fits, like every gapped part.
 */
function sameObject(s: SentenceView, t: Tok, comma: number): 'verb' | undefined {
  const own = /^((?:\s+[a-z][\w-]*){1,4})\s*(?:[.;,]|$)/i.exec(s.text.slice(t.end, t.end + 50));
  const earlier = /((?:\s+[a-z][\w-]*){2,8})\s+and\s+$/i.exec(s.text.slice(comma, t.start));
  if (!own || !earlier) return undefined;
  const last = (x: string) => x.trim().split(/\s+/).pop()!.toLowerCase();
  const words = own[1]!.trim().split(/\s+/);
  // The earlier clause has a verb; the gapped one has none of its own.
  if (!/\b(?:were|was|had|have|has|are|is|did|[a-z]{3,}ed)\b/i.test(earlier[1]!) || words.some((w) => VERB.test(w) || PAST.test(w))) return undefined;
  return last(own[1]!) === last(earlier[1]!) && words.length >= 2 ? 'verb' : undefined;
}

const countIn = (s: SentenceView, t: Tok, offset = s.offset): CountIn => countOfTok(t, offset);

/** The claim of k of n: judged, or unresolved when k > n and the reading is not certain. */
function claimOf(s: SentenceView, k: Tok, n: CountIn, span: { start: number; end: number }, certain: boolean, why?: string): ClaimRecord {
  const sources = why ? [{ span: n.span, message: why }] : undefined;
  const c = judgeCountOf({ kind: 'count-of', span }, countIn(s, k), n, sources);
  if (c.verdict === 'ok' || certain) return c;
  const open: ClaimRecord = { ...c, verdict: 'unchecked', arithmetic: `${k.value} of ${n.value}: larger than the whole, so the total may be another group (not judged)` };
  delete open.rule;
  delete open.message;
  delete open.replacement;
  return open;
}

/** Tokens that are one figure of a pair ('k of the n', 'all but j of the n'). */
function pairToks(s: SentenceView): Set<Tok> {
  const out = new Set<Tok>();
  for (const a of pairsOf(s)) {
    if (a.kTok) out.add(a.kTok);
    if (a.nTok) out.add(a.nTok);
  }
  return out;
}

/** The counts of a frame: its first count and the subjects of later clauses, up to the next frame. */
function frameParts(s: SentenceView, p: Population, limit: number, paired: Set<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const comma = s.text.indexOf(',', p.tok.end);
  if (comma < 0 || comma >= limit || comma - p.tok.end > 200) return out;
  if (/[.;:()]/.test(s.text.slice(p.tok.end, comma).replace(/\d\.\d/g, ''))) return out;
  const lead = s.text.slice(Math.max(0, p.tok.start - 30), p.tok.start);
  const ofFrame = OF_FRAME.test(lead) || /\b(?:of|out\s+of)\s+the\s+(?:remaining|other)\s+$/i.test(lead);
  const n = countIn(s, p.tok);
  const why = `the total, ${p.tok.raw}, is the group this sentence is about`;
  let first = true;
  for (let i = firstTokFrom(s.toks, comma + 1); i < s.toks.length && s.toks[i]!.start < limit; i++) {
    const t = s.toks[i]!;
    if (t.kind !== 'num') {
      first = false;
      continue;
    }
    if (!isCountTok(s, t)) continue;
    const lead = s.text.slice(comma + 1, t.start);
    const opens = first && FIRST_LEAD.test(lead);
    const inLead = first && IN_LEAD.test(lead);
    const coord = !opens && !inLead && COORD.test(s.text.slice(Math.max(comma, t.start - 30), t.start));
    first = false;
    if (!opens && !inLead && !coord) continue;
    if (paired.has(t)) continue;
    // A group of its own inside the frame ('and, of the remaining nine, four …'): its counts are not the frame's.
    if (NESTED.test(lead)) break;
    const span = at(s, p.tok.start, t.end);
    if (inLead) {
      // 'Of the 40 cases, in 12 the plan …': a part, unless another group is named after it.
      const noun = groupNoun(s.text, t.end);
      if (noun && p.noun && !sameGroup(noun, p.noun)) continue;
      if (/^\s+(?:of|out\s+of)\b/i.test(s.text.slice(t.end, t.end + 12)) && !OF_THEM_AFTER.test(s.text.slice(t.end, t.end + 20))) continue;
      out.push(claimOf(s, t, n, span, false, why));
      continue;
    }
    const kind = subjectKind(s, t, p.noun) ?? (coord ? gapped(s, t, comma) : undefined);
    if (!kind) continue;
    // A later 'k of those' ('Of the 312 …, 48 involved …, and 33 of those were referred'): 'those' is the group
    // named nearest before it, a part of the frame's, read by `partitives`.
    if (kind === 'partitive' && !opens) continue;
    // A past form read as the verb only because no other verb follows ('5 offered appointments') may be an
    // adjective of another group after all ('30 registered managers left'): judged only when it fits.
    out.push(claimOf(s, t, n, span, opens && ofFrame && kind !== 'object', why));
  }
  return out;
}

/** The group a partitive ('k of them', ', of which k') points to: the nearest count before `open` with only words between. */
function headBefore(s: SentenceView, open: number, k: Tok): Tok | undefined {
  for (let i = firstTokFrom(s.toks, open) - 1; i >= 0; i--) {
    const t = s.toks[i]!;
    if (t === k) continue;
    // A share in brackets right after the group ('214 (11%) were children, and 37 of those …') is about it.
    if (t.kind !== 'num' && /\(\s*$/.test(s.text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*\)/.test(s.text.slice(t.end, t.end + 3)) && s.toks[i - 1]?.kind === 'num' && /^\s*\(\s*$/.test(s.text.slice(s.toks[i - 1]!.end, t.start))) continue;
    if (t.kind !== 'num') return undefined;
    // An amount counted in units ('2,460 hours had been ordered, and 1,518 of them …') may be what 'them' counts.
    if (t.notCount && (t.type === 'duration' || t.type === 'measure' || t.type === 'money')) return undefined;
    if (t.notCount) continue;
    const between = s.text.slice(t.end, open);
    // A bracket may stand between ('three quarters (39 homes) went on to improve, and 16 of these …'); a clause break may not.
    if (/[.;:!?\u2013\u2014]|\s-\s/.test(between) || between.length > 80) return undefined;
    return isCountTok(s, t) && t.value >= 1 ? t : undefined;
  }
  return undefined;
}

/** 'k of them' / ', of which k': the part of the group just named. */
function partitives(s: SentenceView, paired: Set<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const k of s.toks) {
    // A hedged count ('about 40 of them') is a part too, judged only when it fits.
    const plain: boolean = isCountTok(s, k) as boolean;
    const kt: Tok = k;
    const approx = !plain && kt.kind === 'num' && !kt.notCount && Number.isInteger(kt.value);
    if ((!plain && !approx) || paired.has(k)) continue;
    const before = s.text.slice(Math.max(0, k.start - 40), k.start);
    let open: number | undefined;
    const w = OF_WHICH_BEFORE.exec(before);
    const lead = w ? null : OF_THEM_LEAD.exec(before);
    if (w) open = k.start - before.length + w.index;
    else if (lead) open = k.start - before.length + lead.index;
    else if (OF_THEM_AFTER.test(s.text.slice(k.end, k.end + 20))) {
      const m = OF_THEM_BEFORE.exec(before);
      if (m) open = k.start - before.length + m.index;
    }
    if (open === undefined) continue;
    const head = headBefore(s, open, k);
    if (!head || (approx && kt.value > head.value)) continue;
    const span = at(s, head.start, k.end);
    const why = `the total, ${head.raw}, is the group named just before`;
    if (k.value <= head.value) {
      out.push(claimOf(s, k, countIn(s, head), span, false, why));
      continue;
    }
    // Larger than the group just named: another group of the sentence (or the ones before) may be meant.
    const other = s.toks.find((t) => t !== head && t.end <= open! && isPopulation(s.text, t) && t.value >= k.value);
    if (other) {
      out.push(claimOf(s, k, countIn(s, other), at(s, other.start, k.end), false, `the total, ${other.raw}, is a group named earlier in the sentence`));
      continue;
    }
    const earlier = (s.previous ?? []).some((p) => p.toks.some((t) => isPopulation(p.text, t) && t.value >= k.value));
    // (With other counts before it, 'them' may be a group named in words: 'Two in every three schools …, and
    // the remaining 1,100 …; 3,000 of them are small'.)
    // (A count in an earlier item of a list split by semicolons, 'the Ministry of Justice with 29, of which 14 …; the
    // Home Office with 24, 26 of them …', is another item's: 'them' is the group its own item names.)
    const item = s.text.lastIndexOf(';', head.start) + 1;
    const alone = !s.toks.some((t) => t !== head && t !== k && t.start >= item && t.end <= open! && isCountTok(s, t));
    out.push(claimOf(s, k, countIn(s, head), span, alone && !earlier, why));
  }
  return out;
}

/** What may open a sentence before its 'k of these': 'Only', 'In', 'But just'. */
const OPENING = /^\s*(?:(?:but|and|yet|however,?|overall,?|only|just|in|for|on|at)\s+)*$/i;
/** The word after 'of these' when it is no noun of the group ('12 of these were good', 'of them had'). */
const NOT_NOUN_AFTER = /^(?:were|was|is|are|had|has|have|did|do|does|could|would|should|will|can|may|might|must|said|felt|told|found|got|went|came|made|also|still|then|now|all|both|only|in|on|at|by|for|to|from|with|within|during|over|under|as|and|but|or|the|a|an|[a-z]+ed|[a-z]+ly)$/i;

/**
 * 'We inspected 52 schools. Twelve of these were good.': a sentence that opens with 'k of these / them /
 * those' (or has it as its first figure: 'It paid bonuses to 30 of them') takes the group the sentence
 * before counts, when that sentence counts one group and nothing
 * else (then k > n is reported); with other figures there, judged only when it fits; with two groups
 * counted there, not read.
 */
function openingPartitive(s: SentenceView, paired: Set<Tok>): ClaimRecord[] {
  const p = s.previous?.[s.previous.length - 1];
  // The first figure of the sentence that is a quantity ('It paid £1,250 to 30 of them in 2024').
  const k = s.toks.find((t) => t.kind !== 'num' || !t.notCount);
  if (!p || !k || paired.has(k) || !isCountTok(s, k)) return [];
  // Not opening the sentence, 'them' may be a group named in words before it: judged only when it fits.
  const opens = OPENING.test(s.text.slice(0, k.start));
  // 'of them' takes no noun after it ('judged 20 of them inadequate'); 'of these' may ('12 of these schools').
  const m = /^\s+(?:of|out\s+of)\s+(?:these|those|(them))\b(?:\s+([A-Za-z][\w'-]*))?/i.exec(s.text.slice(k.end, k.end + 40));
  if (!m) return [];
  const pv = { ...s, text: p.text, toks: p.toks };
  const counts = p.toks.filter((t) => t.kind !== 'num' || !t.notCount);
  const heads = p.toks.filter((t) => isCountTok(pv, t) && t.value >= 1 && isPopulation(p.text, t) && !/^\s+(?:of|out\s+of)\b/i.test(p.text.slice(t.end, t.end + 8)));
  // Two groups counted ('52 schools and 14 colleges'): 'these' may be either or both.
  const head = heads.length === 1 ? heads[0] : undefined;
  if (!head) return [];
  const noun = !m[1] && m[2] && !NOT_NOUN_AFTER.test(m[2]) && !GRADE.test(m[2]) ? m[2] : undefined;
  if (noun && !sameGroup(noun.toLowerCase(), groupNoun(p.text, head.end))) return [];
  const n: CountIn = countOfTok(head, p.offset);
  const span = { start: p.offset + head.start, end: s.offset + k.end };
  const c = judgeCountOf({ kind: 'count-of', span }, countIn(s, k), n, [{ span: n.span, message: `the total, ${head.raw}, is the group the sentence before counts` }]);
  // 'We read 50 cases. A further 20 cases were read by … . In 35 of these …': a group counted as more of one
  // before it (`addsToEarlier`) is a part of a running whole, and 'these' may be that whole: judged only when it fits.
  // Likewise after an earlier sentence counting the same kind of thing ('We read 50 cases … . Another team read 20
  // cases. In 35 of these …'): the groups so far may be meant together.
  const headNoun = groupNoun(p.text, head.end);
  const running = addsToEarlier(p.text, head) || (s.previous ?? []).slice(0, -1).some((q) => q.toks.some((t) => isCountTok({ ...s, text: q.text, toks: q.toks }, t) && isPopulation(q.text, t) && (t.value >= k.value || (headNoun !== undefined && sameGroup(groupNoun(q.text, t.end), headNoun)))));
  if (c.verdict === 'ok' || (opens && counts.length === 1 && !running)) return [c];
  return [];
}

/** '55 (of 108)', '7 out of a possible 10', '9 from a total of 30'. */
function writtenTotals(s: SentenceView, paired: Set<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    const n = s.toks[i + 1]!;
    if (paired.has(k) || !isCountTok(s, k) || !isCountTok(s, n)) continue;
    const between = s.text.slice(k.end, n.start);
    if (!WRITTEN_TOTAL.test(between)) continue;
    const bracketed = between.includes('(');
    if (bracketed && !/^\s*(?:[A-Za-z][\w'-]*\s*){0,3}\)/.test(s.text.slice(n.end, n.end + 40))) continue;
    out.push(claimOf(s, k, countIn(s, n), at(s, k.start, n.end), true));
  }
  return out;
}

/** ', including 12 (5%) that …': the part named after the group. */
const INCLUDING_BEFORE = /,\s*(?:including|among\s+them|among\s+which)\s+(?:only\s+|just\s+)?$/i;
/** 'Two more men had died, bringing the number of deaths … to five': the additions are in the new total. */
const BRINGING = /\b(?:bringing|taking|raising)\s+(?:the\s+(?:total|number|count)\b[^.;:()]{0,80}?|(?:it|them|this)\s+)to\s+(?:a\s+total\s+of\s+)?$/i;
/** A count written as an addition: 'two more', 'a further 12', 'another six'. */
const MORE_AFTER = /^\s+(?:more|extra|additional|further|new)\b/i;
const MORE_BEFORE = /\b(?:a\s+further|another|an\s+extra|an\s+additional)\s+$/i;

/** The count that names the group before a partitive at `open`, skipping a bracketed share right after it ('60 (25%) need …'). */
function groupBefore(s: SentenceView, open: number, k: Tok): Tok | undefined {
  for (let i = firstTokFrom(s.toks, open) - 1; i >= 0; i--) {
    const t = s.toks[i]!;
    if (t === k) continue;
    const between = s.text.slice(t.end, open);
    if (/[.;:!?\u2013\u2014]|\s-\s/.test(between) || between.length > 100) return undefined;
    if (t.kind === 'pct' && /\(\s*$/.test(s.text.slice(Math.max(0, t.start - 3), t.start))) continue;
    if (t.kind !== 'num') return undefined;
    if (t.notCount) continue;
    return isCountTok(s, t) && t.value >= 1 && !/[()]/.test(s.text.slice(t.end, open).replace(/\(\s*\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*\)/gi, '')) ? t : undefined;
  }
  return undefined;
}

/** ', including k': a part of the group just named (a larger count may name another group: listed). */
function including(s: SentenceView, paired: Set<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const k of s.toks) {
    if (!isCountTok(s, k) || paired.has(k)) continue;
    const before = s.text.slice(Math.max(0, k.start - 30), k.start);
    const m = INCLUDING_BEFORE.exec(before);
    if (!m) continue;
    const open = k.start - before.length + m.index;
    const head = groupBefore(s, open, k);
    if (!head) continue;
    out.push(claimOf(s, k, countIn(s, head), at(s, head.start, k.end), false, `the total, ${head.raw}, is the group named just before 'including'`));
  }
  return out;
}

/** 'Two more men had taken their own lives, bringing the number … to five': k more, in the new total n. */
function bringing(s: SentenceView, paired: Set<Tok>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const n = s.toks[i]!;
    if (!isCountTok(s, n) || paired.has(n) || !BRINGING.test(s.text.slice(Math.max(0, n.start - 120), n.start))) continue;
    // The addition: the nearest count before, written as one ('two more', 'a further 12'), in the same sentence.
    for (let j = i - 1; j >= 0; j--) {
      const k = s.toks[j]!;
      if (k.kind !== 'num' || k.notCount) continue;
      if (isCountTok(s, k) && (MORE_AFTER.test(s.text.slice(k.end, k.end + 14)) || MORE_BEFORE.test(s.text.slice(Math.max(0, k.start - 16), k.start))) && !/[.;:]/.test(s.text.slice(k.end, n.start))) {
        out.push(claimOf(s, k, countIn(s, n), at(s, k.start, n.end), false, `the new total, ${n.raw}, includes the ${k.raw} added`));
      }
      break;
    }
  }
  return out;
}

/**
 * 'visited 1,884 children's homes: 1,301 in the private sector, 433 run by councils and 141 by voluntary
 * organisations': counts listed after a colon that follows a count with its noun are its parts. Judged only
 * when they fit together (their sum is at most the whole); otherwise they may overlap: not read.
 */
function colonParts(s: SentenceView, paired: Set<Tok>): ClaimRecord[] {
  const colon = s.text.indexOf(':');
  if (colon < 0) return [];
  const i = firstTokFrom(s.toks, colon) - 1;
  const n = s.toks[i];
  // The whole's words before the colon: its noun, or its noun and a clause about it ('37 trusts have
  // been inspected again:', '40 children and read their records:'), with no figure.
  if (!n) return [];
  const head = s.text.slice(n.end, colon);
  const short = /^(?:\s+[A-Za-z][\w'-]*){1,4}\s*$/.test(head);
  if (!isCountTok(s, n) || paired.has(n) || !groupNoun(s.text, n.end) || !(short || /^(?:\s+[A-Za-z][\w'-]*){1,10}\s*$/.test(head))) return [];
  const parts: Tok[] = [];
  let from = colon + 1;
  for (let j = i + 1; j < s.toks.length; j++) {
    const t = s.toks[j]!;
    if (t.kind !== 'num' || t.notCount) {
      if (t.kind === 'num') continue;
      return [];
    }
    const gap = s.text.slice(from, t.start);
    if (!(parts.length === 0 ? /^\s*$/.test(gap) : /^(?:\s+[A-Za-z][\w'-]*){1,6}\s*(?:,\s*(?:and\s+)?|and\s+)$/i.test(gap)) || !isCountTok(s, t) || paired.has(t)) {
      // The list of clause subjects may end before the sentence does (', and all but two of the 26 …').
      if (parts.length >= 2 && /[,;]/.test(gap)) break;
      return [];
    }
    parts.push(t);
    from = t.end;
  }
  if (parts.length < 2 || !/^(?:\s+[A-Za-z][\w'-]*){1,12}\s*(?:[,;.]|$)/.test(gapOf(s, from, Math.min(s.text.length, from + 100)))) return [];
  // Parts that may overlap (their sum passes the whole) are each still a part when each opens a clause
  // of its own with its verb ('30 had a plan and 15 had had a review'), judged only when each fits.
  if (parts.reduce((a, t) => a + t.value, 0) > n.value) {
    const clauses = parts.every((t) => VERB.test(/^\s+([A-Za-z]+)/.exec(s.text.slice(t.end, t.end + 20))?.[1] ?? ''));
    if (!clauses || parts.some((t) => t.value > n.value)) return [];
  } else if (!short && !parts.every((t) => VERB.test(/^\s+([A-Za-z]+)/.exec(s.text.slice(t.end, t.end + 20))?.[1] ?? ''))) return [];
  return parts.map((k) => claimOf(s, k, countIn(s, n), at(s, n.start, k.end), false, `the total, ${n.raw}, is the group the list after the colon breaks down`));
}

/** The text between two positions with the figures that are no quantity blanked to letters. */
function gapOf(s: SentenceView, from: number, to: number): string {
  let g = s.text.slice(from, to);
  for (const t of s.toks) if (t.notCount && t.start >= from && t.end <= to) g = g.slice(0, t.start - from) + 'x'.repeat(t.end - t.start) + g.slice(t.end - from);
  return g;
}

/** 'Of the remaining 24, nine …', 'Among the other 12, …': a frame whose group is the rest of one counted before. */
const REST_FRAME = /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:of|out\s+of|among|amongst)\s+the\s+(?:remaining|other)\s+$/i;

/** The frames population.ts leaves out because their group is itself a rest: their counts are parts of it all the same. */
function restFrames(s: SentenceView): Population[] {
  const out: Population[] = [];
  for (const t of s.toks) {
    if (!isCountTok(s, t) || t.value < 1 || !REST_FRAME.test(s.text.slice(Math.max(0, t.start - 40), t.start))) continue;
    if (/^\s*(?:of|out\s+of)\b/i.test(s.text.slice(t.end, t.end + 8))) continue;
    const p: Population = { n: countFig(t), tok: t, how: 'frame', why: `the total, ${t.raw}, is the group this sentence is about` };
    const noun = groupNoun(s.text, t.end);
    if (noun) p.noun = noun;
    out.push(p);
  }
  return out;
}

export function readCountOfTotal(s: SentenceView): ClaimRecord[] {
  // 'Seven of the reports …' may take its total from the sentences before.
  if (s.toks.length < 2) {
    if (s.toks.length === 0) return [];
    const read = [...openingPartitive(s, new Set()), ...readPlainParts(s), ...readSampleParts(s)];
    return read.length ? read : readRunningParts(s);
  }
  const paired = pairToks(s);
  // 'of these' points to the group named nearest before it, so partitives come before frames.
  const out: ClaimRecord[] = [...partitives(s, paired), ...openingPartitive(s, paired)];
  const frames = [...populationsOf(s).filter((p) => p.how === 'frame'), ...restFrames(s)].sort((a, b) => a.tok.start - b.tok.start);
  for (let i = 0; i < frames.length; i++) {
    const limit = frames[i + 1]?.tok.start ?? s.text.length;
    out.push(...frameParts(s, frames[i]!, limit, paired));
  }
  out.push(...writtenTotals(s, paired));
  out.push(...including(s, paired), ...bringing(s, paired), ...colonParts(s, paired));
  // Last: a later count of the group just counted, judged only when it fits (later-part.ts).
  out.push(...readLaterParts(s, paired));
  // Other plain parts, judged only when they fit (plain-part.ts, sample-part.ts), and the siblings of every part read.
  out.push(...readPlainParts(s));
  const seeds = pairsOf(s).flatMap((a) => (a.kTok && a.nTok && a.k.value <= a.n!.value ? [judgeCountOf({ kind: 'count-of', span: at(s, a.kTok.start, a.nTok.end) }, countIn(s, a.kTok), countIn(s, a.nTok))] : []));
  out.push(...siblingsOf(s, [...seeds, ...out], paired));
  // Last of all, a part whose noun is left out after a group counted before (sample-part.ts).
  out.push(...readSampleParts(s));
  // After every other reading, a part of the finding's running population tied by its noun (running-part.ts).
  out.push(...readRunningParts(s));
  return onePerCount(out);
}

/** One claim per count: the first reading found. */
function onePerCount(out: ClaimRecord[]): ClaimRecord[] {
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = c.operands.find((o) => o.role === 'k');
    const key = k ? `${k.span.start}:${k.span.end}` : '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
