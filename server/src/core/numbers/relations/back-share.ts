/**
 * A share stated after its counts, pointing back: 'The worker had shared
 * information in 44 of these. This represented only 81 per cent.'; 'Body-worn
 * video was switched on in eleven. This was 32 per cent of the incidents.';
 * 'An application was made in 34 of them, which is 85 per cent of the files.'; 'in just 18, or 36%';
 * 'in 18; that is 36%'.
 *
 * The count is the last one of the clause pointed back to; its total is the
 * 'of the N' written with it, or the group it points back to ('of these'), or
 * the latest group counted before it in the last few sentences of the scope
 * (`SentenceView.previous`). A total that no figure fits is used only when the
 * text ties the count to it ('of these', or one candidate); otherwise the claim
 * is unresolved.
 */
import type { ClaimRecord } from '../claim.js';
import { countOperand, fracOperand, judgeInterval, judgeShare as judgeShareOf, pctOperand, type CountIn } from '../judge.js';
import { RULE } from '../claim.js';
import { contains, fractionInterval, percentInterval, share } from '../interval.js';
import { judge } from '../rounding.js';
import { isPopulation, nounAfter, sameGroup, singular, type Tok } from '../scan.js';
import { otherBaseFits, pctOfTok, plainCount, builtRegExp } from './common.js';
import { at, type SentenceView } from './index.js';
import { severalGroups } from './several-groups.js';
import { HEDGE_BEFORE, PLURALS_WITHOUT_S } from '../words.js';

const OPENS = /^\s*(?:this|that|it|these|which)\s+(?:represented|represents|was|is|were|are|equated\s+to|equates\s+to|amounted\s+to|amounts\s+to|made\s+up|makes\s+up|accounted\s+for)\s+(?:only\s+|just\s+|a\s+mere\s+|some\s+)?(?:(?:about|around|nearly|almost|roughly|approximately|over|under|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$/i;
/**
 * 'This is a recording accuracy of 80%', 'This represented a completion rate of 65%': the share named by a
 * noun phrase of its own, not a change, a target or another statistic ('a rise of 20%', 'a target of 90%').
 */
const OPENS_NP = /^\s*(?:this|that|it)\s+(?:represented|represents|was|is|gives|gave|equated\s+to|equates\s+to|amounted\s+to|amounts\s+to)\s+an?\s+((?:[a-z][\w-]*\s+){1,3})of\s+(?:only\s+|just\s+)?$/i;
const NOT_A_SHARE_NP = /\b(?:increase|rise|growth|jump|fall|drop|decrease|reduction|decline|improvement|deterioration|change|cut|gain|difference|gap|shortfall|margin|target|ambition|aim|goal|benchmark|threshold|expectation|average|mean|median|maximum|minimum|score|mark|total|increment)s?\b/i;
/** ', a rate of 80%', ', a compliance rate of 80 per cent': the share in apposition, named by a noun phrase of its own. */
const NP_AFTER = /,\s*an?\s+((?:[a-z][\w-]*\s+){1,3})of\s+(?:only\s+|just\s+)?$/i;
function sharedNp(lead: string): RegExpExecArray | null {
  const m = NP_AFTER.exec(lead);
  return m && !NOT_A_SHARE_NP.test(m[1]!) ? m : null;
}
const WHICH = /(?:,\s*(?:which|this|that)\s+(?:represented|represents|was|is|equated\s+to|equates\s+to|amounted\s+to|amounts\s+to)|;\s*(?:that|this)\s+(?:is|was|represents|represented))\s+(?:only\s+|just\s+|a\s+mere\s+)?$/i;
/** The count's own plural noun before ', or P%' ('151 schools', '12 care homes'). */
const COUNT_NOUN = /^\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*[a-rt-z]s)\s*$/i;
/** 'in just 18, or 36%': the share in apposition right after the count. */
const OR_AFTER_COUNT = /,\s*or\s+(?:only\s+|just\s+)?$/i;
const OF_N = /^\s+(?:of|out\s+of)\s+(?:the\s+|a\s+total\s+of\s+)?$/i;
const OF_THESE = /^\s+(?:of|out\s+of)\s+(?:these|them|those)\b/i;

/** 'of the staff team', 'of the people': a group named by a plural without an s. */
const OF_PLURAL_WITHOUT_S = new RegExp(String.raw`^\s+of\s+(?:the|these|those|all)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?(${PLURALS_WITHOUT_S})\b`, 'i');

/** After the share: it is a change or a comparison ('20% higher than', '5 percentage points lower', '30% up on'). */
const COMPARED_AFTER = /^\s*(?:percentage\s+points?\s+|points?\s+)?(?:higher|lower|more|fewer|less|greater|smaller|larger|bigger|up|down|above|below|over|under|than|increase|rise|fall|drop|better|worse)\b/i;
/** After a share: 'of the national rate', 'of the figure for 2019', 'of the average': a statistic, not a group. */
const STAT_AFTER = /^\s+of\s+(?:the|a|an|its|their|our|this|that|last\s+year's)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?(?:rate|figure|average|mean|median|target|number|level|proportion|percentage|share|score|benchmark|expectation|norm|amount|value)s?\b/i;
/** 'of the plans due', 'of the cases that needed one': a group restricted after its noun. */
/** 'of those we investigated', 'of those who replied', 'of the ones decided': a group the share's own clause restricts. */
const RESTRICTED_THOSE = /^\s+of\s+(?:all\s+)?(?:those|the\s+ones)\s+(?:who|that|which|whom|where|we|they|our|its|their|[a-z]+ed)\b/i;
const RESTRICTED_OF = /^\s+of\s+(?:the|these|those|all)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*s\s+(?:due|required|needed|expected|eligible|open|outstanding|that|which|who|whom|where|when|in\s+which|with|without|needing|requiring|awaiting)\b/i;

interface Clause {
  text: string;
  toks: readonly Tok[];
  offset: number;
  end: number;
}

/** A count's own group after it: '45 of the files', '12 of these homes'. */
const K_OF_NOUN = /^\s+(?:of|out\s+of)\s+(?:the|these|those)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?([A-Za-z][\w'-]*s)\b/i;
/** A frame of a bare plural noun opening a clause before its count: 'Of the nurses, 180 …'. */
const NOUN_FRAME = /^\s*(?:of|among|amongst)\s+(?:the|these|those)\s+([a-z][a-z-]*[a-rt-z]s)\s*,\s*(?:only\s+|just\s+)?$/i;
/** A frame opening its sentence: 'Of the 88, 61 …', 'Out of all 40 cases, 12 …'. */
const FRAME_BEFORE = /^\s*(?:of|out\s+of|among)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$/i;
/** After the frame's count: its noun and words, a comma, the part ('Of the 88 cases we read, 61 …'). */
const FRAME_GAP = /^[^,;:.()\d]{0,60},\s*(?:only\s+|just\s+)?$/;

/**
 * Whether the count's own clause names the group by the share's noun: 'staff returned 44', '44 staff replied'
 * (the words from the last clause break to the count, or the noun right after it).
 */
function countNamed(text: string, k: Tok, noun: string): boolean {
  const from = Math.max(text.lastIndexOf(';', k.start), text.lastIndexOf(':', k.start), text.lastIndexOf('. ', k.start)) + 1;
  const stem = singular(noun);
  const words = text.slice(from, k.start).toLowerCase().split(/[^a-z'-]+/).map(singular);
  return words.includes(stem) || singular(nounAfter(text, k.end) ?? '') === stem;
}

/** Whether two counts before `k` differ by exactly `k`, and its share fits one of them. */
function differenceFits(k: Tok, clauses: readonly Clause[], fits: (n: number) => boolean): boolean {
  // (The count's own clause holds no count after it: it is the clause's last.)
  const vals = clauses.flatMap((c) => c.toks.filter((t) => t !== k && t.kind === 'num' && !t.notCount).map((t) => t.value));
  for (const a of vals) for (const b of vals) if (a - b === k.value && (fits(a) || fits(b))) return true;
  return false;
}

/** 'That is 113% of capacity', '… of its operational capacity': a share of a capacity, which may pass 100%. */
const OF_CAPACITY = /^\s+of\s+(?:(?:the|its|their|our)\s+)?(?:[a-z]+\s+){0,2}?(?:capacity|complement|establishment)\b/i;

export function readBackShare(s: SentenceView): ClaimRecord[] {
  return [...partNamedAfter(s), ...partNumbered(s), ...backShareHere(s)];
}

/** 'Serious assaults numbered 2,734': the part's subject, its verb of amount, and its count. */
const NUMBERED = /^\s*((?:[A-Za-z][\w'-]*\s+){1,3}?)(?:numbered|totalled|totaled|came\s+to|stood\s+at|reached)\s+([\d,]*\d)\b/i;
/** 'Of all assaults, 11% were …': a frame naming the whole by its noun alone. */
const OF_ALL = /^\s*(?:of|among|across)\s+(?:all\s+(?:the\s+)?|the\s+)?([A-Za-z][\w'-]*)\s*,\s*$/i;

/**
 * 'Assault incidents totalled 24,407 in the year. Of all assaults, 11% were classed as serious. Serious assaults
 * numbered 2,734 over the year.': a share of a whole framed by its noun alone, the whole counted in the sentence
 * before (its one count, the frame's noun among its words), and the part counted in the sentence after, its
 * subject the share's predicate word and the frame's noun. The share is judged on the part and the whole.
 */
function partNumbered(s: SentenceView): ClaimRecord[] {
  const m = NUMBERED.exec(s.text);
  const prev = s.previous ?? [];
  const mid = prev[prev.length - 1];
  const first = prev[prev.length - 2];
  if (!m || !mid || !first) return [];
  const k = s.toks.find((t) => t.start === m.index + m[0].length - m[2]!.length);
  if (!k || k.kind !== 'num' || k.notCount || !plainCount(s.text, k) || s.toks.some((t) => t !== k && !t.notCount && t.start < k.start)) return [];
  const quantities = mid.toks.filter((t) => !t.notCount);
  const p = quantities[0];
  if (quantities.length !== 1 || !p || p.kind !== 'pct' || p.hedge) return [];
  const frame = OF_ALL.exec(mid.text.slice(0, p.start));
  if (!frame) return [];
  const noun = singular(frame[1]!.toLowerCase());
  const subject = m[1]!.trim().toLowerCase().split(/\s+/);
  // The part's subject: the share's predicate words, then the frame's noun ('Serious assaults').
  if (subject.length < 2 || singular(subject[subject.length - 1]!) !== noun) return [];
  const predicate = new Set((mid.text.slice(p.end).toLowerCase().match(/[a-z][\w'-]*/g) ?? []).map((w) => singular(w)));
  if (!subject.slice(0, -1).every((w) => predicate.has(singular(w)))) return [];
  // (A change of the whole beside it, '27% down on the year before', is no other count.)
  const counts = first.toks.filter((t) => t.kind === 'num' && !t.notCount);
  const n = counts[0];
  if (counts.length !== 1 || !n || first.toks.some((t) => t.kind === 'frac') || !plainCount(first.text, n) || n.value < k.value) return [];
  if (!(first.text.toLowerCase().match(/[a-z][\w'-]*/g) ?? []).some((w) => singular(w) === noun)) return [];
  const nShift = first.offset - s.offset;
  const pShift = mid.offset - s.offset;
  const nIn: CountIn = { value: n.value, raw: n.raw, span: at(s, n.start + nShift, n.end + nShift), inferred: true, ...(n.word ? { word: true } : {}) };
  return [
    judgeShareOf({ kind: 'percent-of', span: at(s, p.start + pShift, k.end) }, pctOfTok(p, mid.offset), { value: k.value, raw: k.raw, span: at(s, k.start, k.end), ...(k.word ? { word: true } : {}) }, nIn, s.policy, [
      { span: nIn.span, message: `the whole of '${frame[0].trim().replace(/,$/, '')}' is taken to be the ${n.raw} counted before, and its part the ${k.raw} ${m[1]!.trim()}` },
    ]),
  ];
}

/** 'Of those 14,870 full inspections, …': the opening frame that names a part counted by a share before. */
const THOSE_K = /^\s*(?:of|among|amongst|for)\s+(?:those|these)\s+([\d,]*\d)\s+((?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)\s*,/i;

/**
 * 'Ofsted made 16,485 inspections, and a large majority of them (90%) were full inspections of providers on the
 * Early Years Register. Of those 14,870 full inspections, 67% …': a share of the one group its sentence counts,
 * and the count of that part given by the next sentence's opening frame, 'those' and the part's own words (every
 * word of the frame's noun is a word of the share's predicate). The share is judged on the count.
 */
function partNamedAfter(s: SentenceView): ClaimRecord[] {
  const m = THOSE_K.exec(s.text);
  const prev = s.previous?.[s.previous.length - 1];
  if (!m || !prev) return [];
  const k = s.toks.find((t) => t.start === m.index + m[0].indexOf(m[1]!, m[0].search(/\d/)));
  if (!k || k.kind !== 'num' || k.notCount || !plainCount(s.text, k) || !Number.isInteger(k.value)) return [];
  const pcts = prev.toks.filter((t) => t.kind === 'pct' || t.kind === 'frac');
  const p = pcts[0];
  if (pcts.length !== 1 || !p || p.kind !== 'pct' || p.hedge) return [];
  const counts = prev.toks.filter((t) => t.kind === 'num' && !t.notCount);
  const n = counts[0];
  if (counts.length !== 1 || !n || n.end > p.start || !isPopulation(prev.text, n) || !plainCount(prev.text, n) || n.value < k.value) return [];
  // The share's predicate, to the end of its clause, holds every word of the part's noun.
  const after = prev.text.slice(p.end).split(/[;:]/)[0]!.toLowerCase();
  const stems = new Set((after.match(/[a-z][\w'-]*/g) ?? []).map((w) => singular(w)));
  const words = m[2]!.toLowerCase().split(/\s+/);
  if (!words.every((w) => stems.has(singular(w)))) return [];
  const shift = prev.offset - s.offset;
  const nIn: CountIn = { value: n.value, raw: n.raw, span: at(s, n.start + shift, n.end + shift), inferred: true, ...(n.word ? { word: true } : {}) };
  const c = judgeShareOf({ kind: 'percent-of', span: at(s, p.start + shift, k.end) }, pctOfTok(p, prev.offset), { value: k.value, raw: k.raw, span: at(s, k.start, k.end), ...(k.word ? { word: true } : {}) }, nIn, s.policy, [
    { span: at(s, k.start, k.end), message: `the next sentence counts the part the ${p.raw} is of: ${k.raw} ${m[2]!}` },
  ]);
  return [c];
}

function backShareHere(s: SentenceView): ClaimRecord[] {
  // The share: a percentage (not hedged), or a fraction word ('That is three-quarters of the cases').
  const p = s.toks.find((t) => t.kind === 'pct' || t.kind === 'frac');
  if (!p) return [];
  const lead = s.text.slice(0, p.start);
  // 'That is about 9% of detainees.': a hedged percentage is read only in a sentence that is the share alone, as
  // the interval its hedge reaches (`percentInterval`), never by its rounding.
  const hedgedPct = p.kind === 'pct' && p.hedge ? p.hedge : undefined;
  if (hedgedPct && !(s.toks[0] === p && s.toks.length === 1 && OPENS.test(lead))) return [];
  let clause: Clause | undefined;
  let earlier: Clause[] = [];
  let viaNp = false;
  let countNoun: string | undefined;
  const prev = s.previous ?? [];
  const np = OPENS_NP.exec(lead);
  if ((OPENS.test(lead) || (np && !NOT_A_SHARE_NP.test(np[1]!))) && s.toks[0] === p) {
    const last = prev[prev.length - 1];
    if (!last) return [];
    clause = { text: last.text, toks: last.toks, offset: last.offset, end: last.text.length };
    earlier = prev.slice(0, -1).map((x) => ({ text: x.text, toks: x.toks, offset: x.offset, end: x.text.length }));
  } else {
    let m = WHICH.exec(lead);
    // ', a rate of 80%' is read only after a count pointed back ('85 of these were …, a rate of 80%'):
    // after two counts of its own clause it is a rate of one against the other (`rate-of.ts`).
    if (!m) {
      m = sharedNp(lead);
      viaNp = m !== null;
    }
    // ', or P%' right after the clause's last count, which ends the clause ('in just 18, or 36%').
    // ('to 151 schools, or 44%': the count may take its noun, which the total's must then be.)
    if (!m) {
      const o = OR_AFTER_COUNT.exec(lead);
      const last = o ? s.toks.filter((t) => t.end <= o.index && !(t.kind === 'num' && t.notCount)).pop() : undefined;
      const nounAt = last ? COUNT_NOUN.exec(s.text.slice(last.end, o!.index)) : null;
      if (o && last && last.kind === 'num' && (/^\s*$/.test(s.text.slice(last.end, o.index)) || nounAt) && /^\s*(?:[.;]|$)/.test(s.text.slice(p.end, p.end + 3))) {
        m = o;
        if (nounAt) countNoun = nounAt[1]!.toLowerCase();
      }
    }
    if (!m) return [];
    clause = { text: s.text, toks: s.toks.filter((t) => t.end <= m.index), offset: s.offset, end: m.index };
    earlier = prev.map((x) => ({ text: x.text, toks: x.toks, offset: x.offset, end: x.text.length }));
  }
  // The count: the last figure of the clause, a plain count.
  // (A figure that is no count after it, 'for 10 hours', 'in 2023', is not the count.)
  const toks = clause.toks.filter((t) => t.end <= clause!.end && !(t.kind === 'num' && t.notCount));
  const k = toks[toks.length - 1];
  if (!k || k.kind !== 'num' || !plainCount(clause.text, k)) return [];
  const after = s.text.slice(p.end, p.end + 60);
  // 'This was 20% higher than last year', 'This is 5 percentage points lower': a change or a comparison, no share.
  if (COMPARED_AFTER.test(after)) return [];
  // 'This was 50% of the national rate', '… of the figure for 2019': a share of another statistic, not of a group.
  if (STAT_AFTER.test(after) || OF_CAPACITY.test(after)) return [];
  // A fraction word is a share of the group only when it ends the sentence or names a group of things after
  // it ('three-quarters of the cases', 'of them'): 'half the number in 2019' compares two figures.
  if (p.kind === 'frac' && !/^\s*(?:$|[.;]|of\s+(?:them|these|those)\b|of\s+(?:the|all)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*s\s*(?:$|[.;,]))/i.test(after)) return [];
  // (A plural without an s names a group too: 'of the staff team', 'of the people', 'of the children'.)
  const ofNoun = (/^\s+of\s+(?:the|these|those|all)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?([A-Za-z][\w'-]*s)\b/i.exec(after) ?? OF_PLURAL_WITHOUT_S.exec(after))?.[1]?.toLowerCase();
  const abs = (c: Clause, t: Tok) => at({ ...s, offset: c.offset }, t.start, t.end);
  const cin = (c: Clause, t: Tok, inferred = false): CountIn => {
    const x: CountIn = { value: t.value, raw: t.raw, span: abs(c, t) };
    if (t.word) x.word = true;
    if (inferred) x.inferred = true;
    return x;
  };
  const pin = pctOfTok(p, s.offset);
  const base = { kind: p.kind === 'frac' ? 'fraction' : 'percent-of', span: { start: abs(clause, k).start, end: at(s, p.start, p.end).end } };
  // A percentage is judged by its rounding; a fraction word by the interval it allows (`fractionInterval`).
  const judgeShare = (b: typeof base, _p: unknown, kIn: CountIn, nIn: CountIn, policy: typeof s.policy, sources?: ClaimRecord['sources']): ClaimRecord => {
    if (p.kind === 'pct' && hedgedPct) {
      const c = judgeInterval({ ...b, kind: 'percent-of' }, [pctOperand({ ...pin, hedge: { kind: hedgedPct.kind, raw: hedgedPct.raw } }), countOperand(kIn, 'k'), countOperand(nIn, 'n')], (nn) => percentInterval(p.value, p.decimals, hedgedPct.kind, false, nn), `${hedgedPct.raw} ${p.raw}`, kIn.value, nIn.value, RULE.percentageMismatch);
      return sources ? { ...c, sources } : c;
    }
    if (p.kind === 'pct') return judgeShareOf(b, pin, kIn, nIn, policy, sources);
    const f = { fraction: p.fraction!, raw: p.raw, span: at(s, p.start, p.end), ...(p.hedge ? { hedge: { kind: p.hedge.kind, raw: p.hedge.raw } } : {}) };
    const c = judgeInterval({ ...b, kind: 'fraction' }, [fracOperand(f), countOperand(kIn, 'k'), countOperand(nIn, 'n')], (nn) => fractionInterval(p.fraction!, p.hedge?.kind, nn), p.raw, kIn.value, nIn.value, RULE.fractionMismatch);
    return sources ? { ...c, sources } : c;
  };
  const fitsShare = (kv: number, nv: number): boolean => (hedgedPct ? contains(percentInterval(p.value, p.decimals, hedgedPct.kind, false, nv), share(kv, nv)) : p.kind === 'pct' ? judge(kv, nv, p.value, p.decimals, s.policy).verdict === 'ok' : contains(fractionInterval(p.fraction!, p.hedge?.kind, nv), share(kv, nv)));
  // 'in 12 of the 40 cases. This was 30%.'
  const before = toks[toks.length - 2];
  if (before && before.kind === 'num' && plainCount(clause.text, before) && OF_N.test(clause.text.slice(before.end, k.start))) {
    return [judgeShare({ ...base, span: { start: abs(clause, before).start, end: base.span.end } }, pin, cin(clause, before), cin(clause, k), s.policy)];
  }
  // 'Of the 88, 61 had a sufficient assessment; this represented 69 per cent.': the frame that opens the clause.
  if (before && before.kind === 'num' && plainCount(clause.text, before) && before.value >= k.value && FRAME_BEFORE.test(clause.text.slice(0, before.start)) && FRAME_GAP.test(clause.text.slice(before.end, k.start)) && (ofNoun === undefined || singular(nounAfter(clause.text, before.end) ?? '') === singular(ofNoun)) && !RESTRICTED_OF.test(after) && !RESTRICTED_THOSE.test(after)) {
    return [judgeShare({ ...base, span: { start: abs(clause, before).start, end: base.span.end } }, pin, cin(clause, k), cin(clause, before), s.policy)];
  }
  const tied = OF_THESE.test(clause.text.slice(k.end, k.end + 20));
  if (viaNp && !tied) return [];
  // Candidate totals: groups counted before the count, nearest first, within the clause and the sentences before it.
  const cands: { c: Clause; t: Tok }[] = [];
  for (const t of [...toks].reverse()) if (t !== k && t.start < k.start && isPopulation(clause.text, t) && t.value >= k.value) cands.push({ c: clause, t });
  for (const c of [...earlier].reverse()) for (const t of [...c.toks].reverse()) if (isPopulation(c.text, t) && t.value >= k.value) cands.push({ c, t });
  // A group named after the share must be the candidate's ('34 use of force incidents' … 'of the incidents').
  const stem = ofNoun?.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  const names = (c: Clause, t: Tok) => stem !== undefined && builtRegExp(String.raw`^[^.,;:()]{0,50}?\b${stem.replace(/[^\w-]/g, '')}`, 'i').test(c.text.slice(t.end, t.end + 60));
  // 'This was 40% of all the assessments completed': a whole said to be all of a kind is a wider group than a
  // sample counted before, unless the sample was counted with that very noun.
  const ofAll = ofNoun !== undefined && /^\s+of\s+all\b/i.test(after);
  const fitting0 = cands.filter((x) => (ofAll ? singular(nounAfter(x.c.text, x.t.end) ?? '') === singular(ofNoun) : sameGroup(nounAfter(x.c.text, x.t.end), ofNoun) || names(x.c, x.t)) && (countNoun === undefined || singular(nounAfter(x.c.text, x.t.end) ?? '') === singular(countNoun)));
  // 'In 45 of the files …. This represented 40%.': the count names its group after 'of the'; of the totals
  // before, the one group counted with that very noun ('120 case files') is its whole.
  // (Or a frame of a bare plural noun opening the count's clause: 'Of the nurses, 180 were agency staff.')
  const kNoun = (K_OF_NOUN.exec(clause.text.slice(k.end, k.end + 40)) ?? NOUN_FRAME.exec(clause.text.slice(0, k.start)))?.[1]?.toLowerCase();
  const byName = kNoun !== undefined ? fitting0.filter((x) => singular(nounAfter(x.c.text, x.t.end) ?? '') === singular(kNoun)) : [];
  const fitting = byName.length === 1 ? byName : fitting0;
  if (fitting.length === 0) return [];
  const fit = fitting.find((x) => fitsShare(k.value, x.t.value));
  const pick = fit ?? fitting[0]!;
  const n = cin(pick.c, pick.t, true);
  const sources = [{ span: n.span, message: `the total, ${pick.t.raw}, is taken from here` }];
  const claim = judgeShare(base, pin, cin(clause, k), n, s.policy, sources);
  if (claim.verdict === 'ok') return [claim];
  // 'has 1,912 officers, up from 1,752 in 2019: an extra 160 officers, or 9%': a count that is the difference of two
  // figures before it is a change, and its share may be of either of them (160 / 1,752 = 9.1%): another reading.
  if (p.kind === 'pct' && differenceFits(k, [clause, ...earlier], (nv) => fitsShare(k.value, nv))) return [];
  if (claim.verdict === 'convention') return [claim];
  // The total's sentence counts several groups ('52 schools and 14 colleges'): the count may be of any or all of them.
  // (Unless the count's own noun names one of them: 'Of the nurses, 180 …' after '900 nurses and 300 doctors'.)
  const onlyNamed = fitting === byName && pick.c.toks.filter((t) => t.kind === 'num' && !t.notCount && singular(nounAfter(pick.c.text, t.end) ?? '') === singular(kNoun!)).length === 1;
  // (Or the share names its group and one group before is counted with that very noun: '… and to the home's
  // 67 staff. Staff returned 44, which is 72% of the staff team.')
  // The count may still be of all the groups together, the share's noun used loosely ('40 replied, which is
  // 61% of the schools' after 52 schools and 14 colleges): a share that fits the groups' sum, or any other
  // group, leaves it unresolved.
  const groupsSum = pick.c.toks.filter((t) => isPopulation(pick.c.text, t)).reduce((a, t) => a + t.value, 0);
  const shareNamed = ofNoun !== undefined && fitting0.length === 1 && fitting0[0] === pick && singular(nounAfter(pick.c.text, pick.t.end) ?? '') === singular(ofNoun) && !fitsShare(k.value, groupsSum) && !cands.some((x) => fitsShare(k.value, x.t.value)) && countNamed(clause.text, k, ofNoun);
  if (pick.c !== clause && severalGroups(pick.c.text, pick.c.toks) && !onlyNamed && !shareNamed) return [];
  // Another count before that gives the share is another reading, and it fits: consistent.
  // (A hedged share that another group before would give is another reading of it: not judged.)
  if (hedgedPct && cands.some((x) => fitsShare(k.value, x.t.value))) return [];
  // (Nor of a group given roughly, 'Some 4,371 people', at a tenth either side.)
  if (hedgedPct && HEDGE_BEFORE.test(pick.c.text.slice(Math.max(0, pick.t.start - 30), pick.t.start)) && (fitsShare(k.value, Math.floor(0.9 * pick.t.value)) || fitsShare(k.value, Math.ceil(1.1 * pick.t.value)))) return [];
  const other = claim.verdict === 'inconsistent' && p.kind === 'pct' && !hedgedPct ? otherBaseFits(s, k, p) : undefined;
  if (other) {
    const nOther: CountIn = { value: other.tok.value, raw: other.tok.raw, span: { start: other.offset + other.tok.start, end: other.offset + other.tok.end }, inferred: true };
    if (other.tok.word) nOther.word = true;
    return [judgeShare(base, pin, cin(clause, k), nOther, s.policy, [{ span: nOther.span, message: `the total is taken to be ${other.tok.raw}: ${k.raw} of the ${pick.t.raw} does not give ${p.raw}, but ${k.raw} of ${other.tok.raw} does` }])];
  }
  // 'This was 35% of the plans due': a group restricted after its noun may be a part of the total.
  // 'which was 66% of those we investigated': the share's base is the group its words restrict, not the count's total.
  if ((tied || fitting.length === 1) && !RESTRICTED_OF.test(after) && !RESTRICTED_THOSE.test(after)) return [claim];
  const open: ClaimRecord = { ...claim, verdict: 'unchecked', arithmetic: `${claim.arithmetic} (the total may be another group: not judged)` };
  delete open.rule;
  delete open.message;
  delete open.replacement;
  return [open];
}
