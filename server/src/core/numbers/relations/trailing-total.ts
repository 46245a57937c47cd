/**
 * A list of counts closed by its total ('62 at the first hearing and 28 at
 * the second, 90 in all'; '…, 41 altogether'; '…, 60 inspections in total';
 * '…, a total of 60'; '…, making 60 in all'; not 'bringing the total to',
 * which adds to an earlier count): the words around the total
 * say it is the sum of the list before it, so a sum that misses it is
 * reported either way (a part too many or a part short).
 *
 * The list is the run of counts just before the total, each after the first
 * following a comma or 'and'. Any other count in the clause (a count of
 * another group: '3 inspectors visited 12 homes and 9 wards, 21 in all'), a
 * share among the parts, a loose word ('including', 'about') or a hedge
 * leaves a sum that misses unresolved; a sum that matches is confirmed.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import { nounAfter, sameGroup, type Tok } from '../scan.js';
import { depthAt, plainCount, unnumberedItem } from './common.js';
import { sharesAgainstWhole, sumClaim } from './parts-sum.js';
import { at } from './index.js';
import type { SentenceView } from './index.js';

/** After the total, closing its clause: 'in all', 'in total', 'altogether', 'all told'. */
const TOTAL_AFTER = /^\s*(?:in\s+(?:all|total)|altogether|all\s+told)\s*(?:[.;!?),]|\s[\u2013\u2014]|$)/i;
/** Before the total: a comma, perhaps with words that make it the sum ('a total of', 'making', 'giving a total of'). */
const TOTAL_LEAD = /(?:[,:]|\s[\u2013\u2014])\s*((?:a\s+total\s+of|making(?:\s+a\s+total\s+of)?|giving(?:\s+a\s+total\s+of)?|totalling|totaling|in\s+(?:all|total)|altogether)\s+)?$/i;
/** After the total, its noun and then 'in all' / 'in total' / 'altogether': '60 inspections in total'. */
const NOUN_TOTAL_AFTER = /^\s+(?:[a-z][\w'-]*\s+){1,2}(?:in\s+(?:all|total)|altogether|all\s+told)\s*(?:[.;!?),]|\s[\u2013\u2014]|$)/i;
/**
 * A total named by a word for people of any kind ('one manager, two deputies and nine care workers, 12 staff in
 * all'): the parts name its kinds, so their nouns need not be its own.
 */
const COLLECTIVE_TOTAL = /^(?:staff|people|personnel|employees|members)$/i;
/** A word for a person by role among a part's words: 'managers', 'care workers', 'nurse in charge', 'deputies', 'men'. */
const ROLE_WORD = /\b(?:[a-z]+(?:er|or|ist|ant|ent|ian)s?|deput(?:y|ies)|staff|nurses?|men|women|people|volunteers?|carers?|officers?|doctors?|chaplains?)\b/i;
/** The total closes its clause: '…, a total of 60.', '…, a total of 60 inspections.' */
const CLAUSE_END = /^(?:\s+[a-z][\w'-]*){0,2}\s*(?:[.;!?)]|$)/i;
/** A period closing the total's clause: '…, making 57 in the year'. */
const PERIOD_END = /^(?:\s+[a-z][\w'-]*)?\s+(?:in|over|across|during|for|throughout)\s+(?:the|that|this)\s+(?:(?:[a-z]+|\d+)\s+){0,2}?(?:year|years|months?|weeks?|quarters?|terms?|period|programme)\s*(?:[.;!?)]|$)/i;

/** Between two parts: the words of the part before, then a comma or 'and'. */
const BETWEEN = /^[^.;:()]{0,70}?(?:,|\band)\s*$/i;
/** Between two parts of the run: as BETWEEN, perhaps with 'a further' or 'another' ('141 online and a further 46 on paper'; a loose word, `LOOSE`). */
const BETWEEN_PARTS = /^[^.;:()]{0,70}?(?:,|\band)\s*(?:a\s+further\s+|another\s+)?$/i;
/**
 * A figure next: 'over', 'under', 'about', 'around' and 'some' hedge it ('about 40'), but before words they
 * are prepositions ('17 recommendations about safeguarding', 'over the year') and say nothing of the list.
 */
const NUMBER_AHEAD = String.raw`(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:hundred|thousand|dozen|third|quarter|half)|half)\b)`;
const LOOSE = new RegExp(String.raw`\b(?:including|included|includes|such\s+as|of\s+these|of\s+them|of\s+whom|of\s+which|at\s+least|more\s+than|fewer\s+than|less\s+than|almost|nearly|up\s+to|approximately|roughly|another|further|other|respectively|each|per|a\s+day|a\s+week|a\s+month|a\s+year|(?:over|under|about|around|some)(?=\s+${NUMBER_AHEAD}))\b`, 'i');
const MAX_PARTS = 12;
/** Before the count of a frame that opens the sentence or a clause: 'Across the ', 'In all the ', 'Of its '. */
const FRAME_BEFORE = /(?:^|[,;:]\s*)(?:across|of|among|amongst|in|at|from|within|for|during|over)\s+(?:all\s+)?(?:the|these|those|its|their|our)\s+$/i;
/** The last part's words before a colon that leads to the total: '43 joint inspections of offender management in prisons: '. */
const LAST_BEFORE_COLON = /^[^.;:()]{0,70}?:\s*$/;


/** After a total that closes a list between dashes, perhaps with its noun: '– 143 cases in all'. */
const DASH_TOTAL_AFTER = /^\s+(?:[a-z][\w'-]*\s+){0,2}(?:in\s+(?:all|total)|altogether|all\s+told)\s*(?:[.;!?),]|$)/i;
/** A dash that sets off a list: spaced, an en or em dash. */
const DASH = /\s[\u2013\u2014]\s/g;
/** Words in a dashed list that say its counts may not be its parts. */
const DASH_LOOSE = /\b(?:including|included|includes|such\s+as|among\s+them|of\s+these|of\s+them|of\s+whom|of\s+which|at\s+least|more\s+than|fewer\s+than|less\s+than|over|under|almost|nearly|about|around|some|up\s+to|approximately|roughly|respectively|each|per|both|either|neither|as\s+well\s+as)\b|%/i;

/**
 * 'two samples of cases – 60 in which an order had started …, and a further 83 in which … – 143 cases in
 * all': a list between dashes closed, after the second dash, by its total. The parts are the plain counts
 * between the dashes (a duration or range there is no part); 'a further' adds a part. Any other count
 * there, a loose word or a hedge leaves a sum that misses unresolved.
 */
function dashedList(s: SentenceView, total: Tok): ClaimRecord | undefined {
  const text = s.text;
  if (!/\s[\u2013\u2014]\s*$/.test(text.slice(Math.max(0, total.start - 3), total.start))) return undefined;
  if (!DASH_TOTAL_AFTER.test(text.slice(total.end, total.end + 40))) return undefined;
  const close = text.slice(0, total.start).search(/\s[\u2013\u2014]\s*$/);
  let open = -1;
  DASH.lastIndex = Math.max(0, close - 400);
  for (let m = DASH.exec(text); m && m.index < close; m = DASH.exec(text)) open = m.index;
  if (open < 0) return undefined;
  const inner = text.slice(open, close);
  if (/[;:]/.test(inner)) return undefined;
  const depth = depthAt(text, total.start);
  const inside = s.toks.filter((t, k) => t.start > open && t.end <= close && depthAt(text, t.start) === depth && !t.notCount && !inRange(s.toks, k, text));
  if (inside.some((t) => t.kind !== 'num')) return undefined;
  // A part opens the list or follows a comma or 'and' ('and a further 83'); any other count is of something else.
  const parts = inside.filter((t, k) => (k === 0 ? /^\s[\u2013\u2014]\s*$/.test(text.slice(open, t.start)) : LIST_LEAD.test(text.slice(Math.max(0, t.start - 24), t.start))));
  if (parts.length < 2 || parts.length > MAX_PARTS || parts[0] !== inside[0]) return undefined;
  const plain = parts.length === inside.length && parts.every((t) => plainCount(text, t));
  const loose = DASH_LOOSE.test(inner.replace(/\([^)]*\)/g, ' ')) || [...parts, total].some((t) => !!t.hedge);
  return sumClaim(s, total, parts, plain && !loose);
}

/** Between the last part and a total set off by a dash: the words of the part, then the dash. */
const DASH_BEFORE_TOTAL = /^[^.;:()\u2013\u2014]{0,70}?\s[\u2013\u2014]\s*$/;

/** Before a later part of a list: a comma or 'and', perhaps 'a further' or 'another'. */
const LIST_LEAD = /(?:,|\band)\s+(?:a\s+further\s+|another\s+|then\s+)?$/i;

/** Whether the k-th token is one end of a range ('six to seven months', '3-4', 'two or three'). */
function inRange(toks: readonly Tok[], k: number, text: string): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  const prev = toks[k - 1];
  const joint = /^\s*(?:to|or|-|\u2013|and\s+up\s+to)\s*$/i;
  return (!!next && joint.test(text.slice(t.end, next.start))) || (!!prev && joint.test(text.slice(prev.end, t.start)));
}

/** Before a share that totals the shares before it: 'a total of', 'making', 'totalling', 'together', 'combined'. */
const SHARE_TOTAL_LEAD = /,\s*(?:(?:a\s+(?:combined\s+)?total\s+of|making(?:\s+a\s+(?:combined\s+)?total\s+of)?|giving(?:\s+a\s+(?:combined\s+)?total\s+of)?|totalling|totaling|(?:so\s+)?(?:together|combined)\s+(?:making|totalling|totaling|accounting\s+for)?)\s*)$/i;
/** Between two shares of the run: the words of the share before, then a comma, 'and', 'while' or 'whereas'. */
const SHARE_BETWEEN = /^[^.;:()\d]{0,90}?(?:,|\band|\bwhile|\bwhereas)\s*$/i;

/** ', so that' before a share that totals the shares before it. */
const SO_THAT_LEAD = /,\s*so\s+that\s+$/i;
/** After such a total: its verb and 'in all' ('… were downgraded in all'). */
const SO_THAT_AFTER = /^\s+(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+\s+){1,2}?(?:in\s+(?:all|total)|altogether|overall)\s*(?:[.;!?)]|$)/i;
/** A count after 'by' in a share's predicate, the amount of its change ('adjusted down by one grade', 'by three'): no part. */
const byAmount = (text: string, t: Tok) => t.kind === 'num' && /\bby\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start));

/**
 * Shares closed by a total the words make their sum ('71% felt respected, while 31% felt victimised, a total
 * of 102%'; '…, making 59%'): the writer adds the shares before it, whatever they overlap. Each share and
 * the total round by half a unit of their last place, so the sum is judged against the total within
 * (n + 1) halves. Any other share or count in the clause, or a hedge, leaves a sum that misses unresolved.
 */
function shareTotal(s: SentenceView, i: number): ClaimRecord | undefined {
  const text = s.text;
  const total = s.toks[i]!;
  if (total.kind !== 'pct' || total.hedge) return undefined;
  // (', so that 41.1 per cent were downgraded in all': the verb of the parts and 'in all' after the total.)
  const soThat = SO_THAT_LEAD.test(text.slice(Math.max(0, total.start - 20), total.start)) && SO_THAT_AFTER.test(text.slice(total.end, total.end + 60));
  if (!soThat && !SHARE_TOTAL_LEAD.test(text.slice(Math.max(0, total.start - 50), total.start))) return undefined;
  if (!soThat && !/^\s*(?:[.;!?)]|$)/.test(text.slice(total.end))) return undefined;
  const leadEnd = text.slice(0, total.start).search(soThat ? SO_THAT_LEAD : SHARE_TOTAL_LEAD);
  const clause = Math.max(text.lastIndexOf(';', total.start), text.lastIndexOf(':', total.start)) + 1;
  const depth = depthAt(text, total.start);
  const parts: Tok[] = [];
  let next = leadEnd + 1;
  for (let j = i - 1; j >= 0; j--) {
    const t = s.toks[j]!;
    if (t.start < clause) break;
    if (depthAt(text, t.start) !== depth) continue;
    if (byAmount(text, t)) continue;
    if (t.kind !== 'pct' || !SHARE_BETWEEN.test(text.slice(t.end, next))) break;
    parts.unshift(t);
    next = t.start;
  }
  if (parts.length < 2) return undefined;
  // ('Of the 718,276 grades, …': the frame's whole opening the sentence is no other group.)
  const frame = (t: Tok) => t.end <= parts[0]!.start && /^\s*(?:of|among)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(text.slice(0, t.start)) && /^[^,;:.()\d]{0,60},\s*$/.test(text.slice(t.end, parts[0]!.start));
  const stray = s.toks.some((t) => t.start >= clause && t.start < total.start && !parts.includes(t) && depthAt(text, t.start) === depth && !byAmount(text, t) && !frame(t) && (plainCount(text, t) || t.kind === 'pct'));
  const { fits, operands, expr } = sharesAgainstWhole(s, total, parts);
  const span = at(s, parts[0]!.start, total.end);
  if (fits) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ ${total.raw} ✓ (the total written after them)`, verdict: 'ok', operands };
  if (stray || parts.some((t) => !!t.hedge) || LOOSE.test(text.slice(parts[0]!.start, total.start).replace(/\bper\s?cent\b/gi, '%'))) return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${total.raw} (not judged)`, verdict: 'unchecked', operands };
  return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${total.raw} within rounding`, verdict: 'inconsistent', rule: RULE.partsSum, message: `The shares do not add up to the total written after them: ${expr}, not ${total.raw}`, operands };
}

/** A count's adjective that says its part is of another kind, not a count added from outside the list: '13 further inspections'. */
const PART_ADJECTIVE = new RegExp(String.raw`(?<=(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))\s+)(?:further|other)\b(?=\s+[a-z])`, 'gi');

/**
 * Counts of the clause before the list that are of another group, in a clause of their own verb: 'We visited 11
 * services and spoke with 43 children, 29 parents and 58 staff, 140 people in all'. Each is before the first part,
 * not joined to it as a list item, a plural of a noun that is neither the parts' nor the total's, and the total is
 * not the sum with it (a reading that takes it in): then the list is the parts alone.
 */
function otherClauseCounts(s: SentenceView, others: readonly Tok[], parts: readonly Tok[], total: Tok, totalNoun: string | undefined): boolean {
  const text = s.text;
  const first = parts[0]!;
  const sum = parts.reduce((a, t) => a + t.value, 0);
  if (!totalNoun || !COLLECTIVE_TOTAL.test(totalNoun) && !/^[a-z]+s$/i.test(totalNoun)) return false;
  const partNoun = nounAfter(text, first.end);
  for (const t of others) {
    if (t.end > first.start || !plainCount(text, t)) return false;
    // A verb between it and the list ('11 services and spoke with 43 …'): no list separator alone.
    const gap = text.slice(t.end, first.start);
    if (BETWEEN.test(gap) || !/^\s+[a-z][\w'-]*\s+(?:and\s+)?(?:[a-z]+ed|spoke|met|saw|heard|took|made|held|ran|gave)\b/i.test(gap)) return false;
    const own = nounAfter(text, t.end);
    if (!own || !/[a-z]s$/i.test(own) || sameGroup(own, totalNoun) || (partNoun && sameGroup(own, partNoun)) || ROLE_WORD.test(own)) return false;
    if (sum + t.value === total.value) return false;
  }
  return others.reduce((a, t) => a + t.value, sum) !== total.value;
}

export function readTrailingTotal(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  const out: ClaimRecord[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    const total = s.toks[i]!;
    const shares = shareTotal(s, i);
    if (shares) {
      out.push(shares);
      continue;
    }
    if (plainCount(text, total)) {
      const dashed = dashedList(s, total);
      if (dashed) {
        out.push(dashed);
        continue;
      }
    }
    if (!plainCount(text, total)) continue;
    // '…, 90 in all'; '…, 60 inspections in total'; '…, a total of 60'; '…, making 60 in all'.
    const after = text.slice(total.end, total.end + 60);
    // A period after a total its words make the sum ('…, making 57 in the year'); after a bare dash the period
    // may be wider than the parts ('30 in May and 25 in June – 400 over the year'), so not read.
    const lead = TOTAL_LEAD.exec(text.slice(Math.max(0, total.start - 40), total.start));
    // '…: 94 inspections in all': a colon before the total only with its noun and 'in all' after it.
    const colonLead = !!lead && lead[0].startsWith(':');
    if (colonLead && !NOUN_TOTAL_AFTER.test(after) && !TOTAL_AFTER.test(after)) continue;
    const closes = TOTAL_AFTER.test(after) || (NOUN_TOTAL_AFTER.test(after) && !!lead);
    if (!(closes || (lead && lead[1] && (CLAUSE_END.test(after) || PERIOD_END.test(after))))) continue;
    if (!lead) continue;
    // Where the words before the total end: before 'a total of', 'making'.
    const leadEnd = total.start - (lead[1]?.length ?? 0);
    // The total's own noun must be the parts' ('… 27 in the south, a total of 60 staff' of inspections is another group).
    const totalNoun = TOTAL_AFTER.test(after) ? undefined : nounAfter(text, total.end);
    // The clause the list is in: from the last semicolon or colon before the total.
    const clauseTo = colonLead ? text.lastIndexOf(':', total.start) - 1 : total.start;
    const clause = Math.max(text.lastIndexOf(';', clauseTo), text.lastIndexOf(':', clauseTo)) + 1;
    const depth = depthAt(text, total.start);
    const parts: Tok[] = [];
    let brokenRun = false;
    let frame: Tok | undefined;
    let j = i - 1;
    let next = total;
    for (; j >= 0 && parts.length < MAX_PARTS; j--) {
      const t = s.toks[j]!;
      if (t.start < clause) break;
      if (depthAt(text, t.start) !== depth) continue;
      if (!plainCount(text, t)) {
        // 'about 17 …, 9 … and 6 …, 34 in all': a hedged or other figure in the run is a part the sum cannot know.
        if (t.kind !== 'frac' && !(t.kind === 'num' && t.notCount && !t.hedge) && BETWEEN.test(text.slice(t.end, next.start))) brokenRun = true;
        break;
      }
      // The gap to the next figure (the total for the last part) must be a list separator.
      // (Before a colon lead, the last part's words run to the colon; before a total set off by a dash, '… and nine
      // care workers — 12 staff in total —', the dash is the separator.)
      const gapOk = next === total && colonLead ? LAST_BEFORE_COLON.test(text.slice(t.end, leadEnd)) : (next === total && DASH_BEFORE_TOTAL.test(text.slice(t.end, leadEnd))) || BETWEEN_PARTS.test(text.slice(t.end, next === total ? leadEnd : next.start));
      if (!gapOk) break;
      // ('Across the 3 sites, 45, 60 and 75 staff were employed, 180 in total': the count of an opening frame says
      // where the list is, and is no part of it.)
      if (FRAME_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) {
        frame = t;
        break;
      }
      parts.unshift(t);
      next = t;
    }
    if (parts.length < 2) continue;
    const first = parts[0]!;
    // (A total for people of any kind over parts that each name a role: 'one manager, two deputies and nine care
    // workers, 12 staff in all'; not '12 homes and 9 wards, a total of 40 staff'.)
    const roles = COLLECTIVE_TOTAL.test(totalNoun ?? '') && parts.every((t, k) => ROLE_WORD.test(text.slice(t.end, k + 1 < parts.length ? parts[k + 1]!.start : leadEnd)));
    if (totalNoun && !/^(?:in|all|total)$/i.test(totalNoun) && !roles && !sameGroup(nounAfter(text, first.end), totalNoun)) continue;
    // Any other figure of the clause at the list's level: another group or a share, so another reading.
    const others = s.toks.filter((t) => t.start >= clause && t.start < total.start && !parts.includes(t) && t !== frame && depthAt(text, t.start) === depth && (plainCount(text, t) || t.kind === 'pct'));
    const stray = others.length > 0 && !otherClauseCounts(s, others, parts, total, totalNoun);
    // ('a lead inspector, 8 inspectors and 3 specialists, 12 in all': a member with no figure is in the total too.)
    // ('13 further inspections', '9 other services': an adjective of the part's own noun, not a count added from elsewhere.)
    const loose = LOOSE.test(text.slice(first.start, total.end + 20).replace(/\([^)]*\)/g, ' ').replace(PART_ADJECTIVE, ' ')) || [...parts, total].some((t) => !!t.hedge) || unnumberedItem(text, clause, leadEnd, s.toks);
    out.push(sumClaim(s, total, parts, !stray && !loose && !brokenRun));
  }
  return out;
}
