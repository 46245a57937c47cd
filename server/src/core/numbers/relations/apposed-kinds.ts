/**
 * A count broken down into its kinds by a list set beside it, closing the
 * sentence or its clause (issue 9, totals):
 *
 *   '6,977 people were in prison, 6,661 men and 361 women; …'
 *   'When inspectors visited, 17,739 learners remained on programme – 9,556 apprentices and 7,823 adult learners.'
 *   'Scotland had 9,127 services at the end of 2017 — 3,701 daycare services and 5,246 childminders.'
 *   'There were 1,150 calls: 800 emergency calls and 350 non-emergency calls.'
 *
 * The list is set off by a comma, a spaced dash or a colon after the clause
 * of the total, and holds nothing but two or more counts, each with the short
 * name of its kind (no verb, no hedge, no share word, no 'other', no
 * participle), joined by commas and 'and', up to the clause's end. That is
 * how a writer spells out what a count is made of, as in a bracket
 * (`bracket-breakdown.ts`), so the counts make it.
 *
 * After a comma the total's clause must be a finished one (a verb between the
 * total and the comma): '12 homes, 8 schools and 5 hospitals' is a list of
 * three groups, not a total and its parts. A total right after 'of', 'than',
 * 'from' or 'to', or before 'of', is the base of something else, not read.
 *
 * A part's own share in brackets ('125 girls (48%)') is set aside, and 'of them'
 * after the first part ('125 of them girls and 136 boys') is read for a pair only.
 *
 * After a colon an excess is judged, a shortfall only when the parts are a pair
 * that splits a whole ('men' and 'women', 'X' and 'non-X'): '30 staff: 12
 * nurses and 10 carers' may leave a kind unnamed. After a comma only such a
 * pair is judged ('20 staff were interviewed, 15 managers and 12 residents' is
 * one list of groups, its verb gapped), and after
 * a single dash to the sentence's end a list is only ever confirmed (the rule
 * of totals-5: the dash may open a clause of another kind).
 */
import type { ClaimRecord } from '../claim.js';
import { firstTokFrom, type Tok } from '../scan.js';
import { EXCLUSIVE_STATES } from '../words.js';
import { depthAt, kindsSplit, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

/** The name of one kind after its count: up to four words, perhaps after 'in'/'from'/'for'/'at'/'on'. */
const CATEGORY = /^\s+(?:(?:in|from|for|at|on)\s+)?[A-Za-z][\w'-]*(?:\s+(?!and\b)[A-Za-z][\w'-]*){0,3}\s*$/i;
/** Words that make a list something other than a split into kinds. */
const NOT_A_SPLIT = /\b(?:with|without|who|whom|which|that|had|has|have|were|was|is|are|being|been|did|do|does|not|no|including|includes|included|among|about|around|approximately|some|over|under|more|fewer|less|least|most|almost|nearly|up\s+to|each|per|of|other|others|another|further|also|both|either|respectively|aged|age|years?|months?|weeks?|days?|hours?|minutes?|times?|per\s*cent|percent|previously|before|after|earlier|later|last|since|until|between|compared|against|than|in\s+(?:all|total)|altogether|overall|a\s+total|total|each|only|just|while|whereas|but|or|then|so|too)\b|%/i;
/** Between two items: a comma, 'and', ', and'. */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** A finished clause between the total and a comma: a verb of its own. */
const CLAUSE_VERB = /\b(?:were|was|are|is|had|has|have|remained|left|took|held|housed|received|made|gave|got|came|went|ran|saw|met|did|[a-z]{3,}(?:ed|en))\b/i;
/** Before a total that is the base or bound of something else. */
const BASE_BEFORE = /\b(?:of|than|from|to|by|per|between|and|or)\s+(?:the\s+|all\s+)?$/i;

/** A part's own share in brackets: '(48%)', '(10 per cent)'. */
const SHARE_BRACKET = /\(\s*\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s*\)|,\s*or\s+\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)(?=\s*(?:,|[.;]|$))/gi;

/** Where a list of kinds may open: a comma, a spaced dash or a hyphen, a colon (at the sentence's top level). */
const OPENER = /,|:|\s[\u2013\u2014-]\s|\s[\u2013\u2014](?=\d)/g;

export function readApposedKinds(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const text = s.text;
  if (s.toks.length < 3) return out;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const sep = m[0].trim();
    const open = m.index + m[0].length;
    // A thousands separator is no comma of a clause.
    if (sep === ',' && /\d$/.test(text.slice(0, m.index)) && /^\d/.test(text.slice(m.index + 1))) continue;
    // (Cheap first: a figure must open the list, right after the opener.)
    const first = s.toks[firstTokFrom(s.toks, open)];
    if (!first || !/^\s*$/.test(text.slice(open, first.start))) continue;
    if (depthAt(text, m.index) !== 0) continue;
    // The clause the list closes: to a full stop, a semicolon, or the sentence's end.
    const endRel = text.slice(open).search(/[.;!?](?:\s|$)|[;:]|\s[\u2013\u2014-]\s/);
    const close = endRel < 0 ? text.length : open + endRel;
    // Each part's own share in brackets right after it ('125 girls (48%)') is set aside: the shares are read elsewhere.
    const view = text.slice(0, open) + text.slice(open, close).replace(SHARE_BRACKET, (x) => ' '.repeat(x.length)) + text.slice(close);
    const shares = s.toks.filter((t) => t.start >= open && t.end <= close && t.kind === 'pct' && /^\s*$/.test(view.slice(t.start, t.end)));
    const inside = s.toks.filter((t) => t.start >= open && t.end <= close && !shares.includes(t));
    if (inside.length < 2 || inside.length > 6) continue;
    if (inside.some((t) => t.kind !== 'num' || !plainCount(text, t))) continue;
    // 'of them' after the first part ('125 of them girls and 136 boys'): read only for a pair that splits a whole.
    const ofThem = /^\s+of\s+(?:them|whom)\b/i.exec(view.slice(inside[0]!.end));
    const body = ofThem ? view.slice(0, inside[0]!.end) + ' '.repeat(ofThem[0].length) + view.slice(inside[0]!.end + ofThem[0].length) : view;
    const region = body.slice(open, close);
    if (NOT_A_SPLIT.test(region) || /[()\/]/.test(region)) continue;
    if (!/^\s*$/.test(body.slice(open, inside[0]!.start))) continue;
    // Each item: a count, then the name of its kind; the items joined by commas and 'and'.
    const names: string[] = [];
    let shaped = true;
    for (let j = 0; j < inside.length && shaped; j++) {
      const t = inside[j]!;
      const next = inside[j + 1];
      const tail = body.slice(t.end, next ? next.start : close);
      const mm = next ? /^(.*?)(\s*(?:,\s*(?:and\s+)?|\s+and\s+))$/i.exec(tail) : [tail, tail, ''];
      // A participle names what happened to a case ('60 improved and 5 closed'), not its kind.
      if (!mm || !CATEGORY.test(mm[1]!) || (next && !JOIN.test(mm[2]!)) || /\b[a-z]{3,}ed\b/i.test(mm[1]!)) shaped = false;
      else names.push(mm[1]!.trim().toLowerCase());
    }
    if (!shaped) continue;
    // The total: the last count before the opener, in the same sentence and clause.
    // (A figure that is no count, an age or a year, may stand in the total's clause: 'people aged over 50 were …'.)
    const before = s.toks.filter((t) => t.end <= m!.index);
    // (The end of a range of ages, 'aged 16 to 18', goes with its start.)
    const noCount = (i: number) => before[i]!.kind === 'num' && (before[i]!.notCount || (i > 0 && !!before[i - 1]!.notCount && before[i - 1]!.type === 'age' && /^\s*(?:to|-|\u2013|and)\s*$/.test(text.slice(before[i - 1]!.end, before[i]!.start))));
    while (before.length > 1 && noCount(before.length - 1)) before.pop();
    // ('88 residents across the eight homes: 64 women …': a count of places after a preposition, right after the
    // total's noun and smaller than the parts, says where the total is, and is no total of the list.)
    const place = before[before.length - 1];
    const owner = before[before.length - 2];
    if (place && owner && plainCount(text, owner) && inside.some((t) => t.value > place.value) && /^\s+[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?\s+(?:across|in|at|from|within)\s+(?:the\s+|its\s+|their\s+)?$/i.test(text.slice(owner.end, place.start)) && inside.every((t) => t.value < owner.value)) before.pop();
    const n = before[before.length - 1];
    if (!n || !plainCount(text, n) || n.kind !== 'num' || depthAt(text, n.start) !== 0) continue;
    const stretch = text.slice(n.end, m.index);
    if (/[,;:()\u2013\u2014]|\s-\s/.test(stretch) || stretch.length > 90) continue;
    if (BASE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) || /^\s+(?:of|out\s+of|in\s+every|per)\b/i.test(stretch)) continue;
    // A noun for the total ('people', 'calls'); after a comma, a verb of the clause too.
    if (!/^\s+[A-Za-z]/.test(stretch)) continue;
    // ('We inspected 12 homes, 8 schools and 5 hospitals' is a list of three groups: with the verb before the total,
    // only parts named by a place or a source, 'in London', 'from the community', split it.)
    if (sep === ',' && !CLAUSE_VERB.test(stretch) && !(CLAUSE_VERB.test(text.slice(0, n.start).split(/[,;:]/).pop()!) && names.every((x) => /^(?:in|from|at|on)\s/.test(x)))) continue;
    // Another count in the total's clause may be the one the list breaks down.
    const clauseStart = Math.max(text.lastIndexOf(';', n.start), text.lastIndexOf(':', n.start), 0);
    if (before.slice(0, -1).some((t) => t.start >= clauseStart && plainCount(text, t) && depthAt(text, t.start) === 0)) continue;
    if (inside.some((t) => t.value >= n.value)) continue;
    const sum = inside.reduce((a, t) => a + t.value, 0);
    const pair = inside.length === 2 && complementary(names[0]!, names[1]!);
    if (ofThem && !pair) continue;
    // After a single dash to the sentence's end no list is judged (the rule of totals-5: the dash may open a
    // clause of another kind); after a comma only a pair that splits a whole ('20 staff were interviewed, 15
    // managers and 12 residents' is one list of groups, its verb gapped).
    // After a colon a shortfall is judged only for such a pair: '108 services: 55 good and 12 outstanding' and '30
    // staff: 12 nurses and 10 carers' may leave a kind unnamed (the rule of parts-sum.ts for two parts).
    const judged = sep === ':' ? pair || sum > n.value : sep === ',' ? pair : false;
    out.push(kindsSplit(s, n, inside, at(s, n.start, inside[inside.length - 1]!.end), 'the list beside it splits', judged));
  }
  return out;
}

/** Two names that split a whole between them: a pair of exclusive states, or a word and its negative ('emergency', 'non-emergency'). */
function complementary(a: string, b: string): boolean {
  const head = (x: string) => x.replace(/^(?:(?:in|from|for|at|on)\s+)?(?:the\s+)?/, '');
  const [x, y] = [head(a), head(b)];
  // ('men', "men's prisons"; not 'mental health'.)
  const opens = (u: string, w: string) => u === w || u.startsWith(`${w} `) || u.startsWith(`${w}'`);
  if (EXCLUSIVE_STATES.some(([p, q]) => (opens(x, p) && opens(y, q)) || (opens(x, q) && opens(y, p)))) return true;
  const wx = x.split(/\s+/);
  const wy = y.split(/\s+/);
  const neg = (u: string, v: string) => v === `non-${u}` || v === `non${u}` || v === `un${u}`;
  return wx.length === wy.length && wx.slice(1).join(' ') === wy.slice(1).join(' ') && (neg(wx[0]!, wy[0]!) || neg(wy[0]!, wx[0]!));
}

