/**
 * The population a sentence is about: the total that its later counts are
 * parts of, when the count is not written with its own total ('k of n').
 *
 * - a frame: 'Of the 120 staff files we reviewed, …', 'Of 43 inspections …',
 *   'Across the 12 schools in the sample, …', 'Among the 40 …', 'In the 30
 *   cases we inspected, …', 'During the 22 inspections, …', 'Out of 64 …' (a
 *   clause start, then of / out of, or among / across / in / from / within /
 *   for / during with a determiner);
 * - a sample: 'we reviewed 40 cases', 'the inspectorate resolved 1815
 *   complaints', '58 care homes were inspected';
 * - for 'of them', 'of these', any count of a group before the figure ('the
 *   40 people – 12 of them …').
 *
 * Relative clauses after the total ('of the 120 staff files we reviewed',
 * 'of the 30 cases in which a referral was needed') are skipped by the
 * readers: the total is the number, whatever the clause says about it.
 * A count that is itself a part ('18 of the 24') is not a population.
 */
import { isPopulation, sameGroup, type Tok } from '../scan.js';
import type { PreviousSentence, SentenceView } from './index.js';
import { countFig, groupNoun, isCountTok, type CountFig } from './shares.js';

export interface Population {
  n: CountFig;
  tok: Tok;
  how: 'frame' | 'sample' | 'group';
  noun?: string;
  /** One line for the related information: where the total comes from. */
  why: string;
}

const FRAME_OF = /(?:^|[,;:(\u2013\u2014]\s*|\b(?:and|but|while|whereas)\s+)(?:of|out\s+of)\s+(?:all\s+|a\s+possible\s+|a\s+total\s+of\s+)?(?:the\s+|these\s+|those\s+)?$/i;
const FRAME_IN = /(?:^|[,;:(\u2013\u2014]\s*|\b(?:and|but|while|whereas)\s+)(?:among|amongst|across|in|within|from|for|during)\s+(?:all\s+)?(?:the|these|those)\s+$/i;
const FRAME_ACROSS = /(?:^|[,;:(\u2013\u2014]\s*)(?:among|amongst|across)\s+$/i;
const SAMPLE_VERB = String.raw`(?:reviewed|inspected|sampled|examined|audited|read|assessed|visited|surveyed|checked|interviewed|observed|resolved|received|considered|analysed|analyzed|tracked|rated|looked\s+at|spoke\s+(?:to|with))`;
const SAMPLE_BEFORE = new RegExp(String.raw`\b${SAMPLE_VERB}\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?$`, 'i');
const SAMPLE_AFTER = new RegExp(String.raw`^(?:\s+[A-Za-z][\w'-]*){1,4}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?${SAMPLE_VERB}\b`, 'i');
/** A count followed by 'of (the) N' or '/N' is a part, not a population. */
const PART_AFTER = /^\s*(?:\/\s*\d|(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:\d|[a-z]+\b))/i;

const cache = new WeakMap<SentenceView, Population[]>();

/** The populations of a sentence, in text order (computed once per sentence). */
export function populationsOf(s: SentenceView): Population[] {
  let out = cache.get(s);
  if (out) return out;
  out = [];
  for (const t of s.toks) {
    if (!isCountTok(s, t) || t.value < 1) continue;
    const before = s.text.slice(Math.max(0, t.start - 40), t.start);
    const after = s.text.slice(t.end, t.end + 80);
    const noun = groupNoun(s.text, t.end);
    const part = PART_AFTER.test(after);
    let how: Population['how'] | undefined;
    let why = '';
    if (!part && (FRAME_OF.test(before) || FRAME_IN.test(before) || FRAME_ACROSS.test(before) || sizedFrame(s.text, t))) {
      how = 'frame';
      why = `the total, ${t.raw}, is the group this sentence is about ('${phrase(s, t)}')`;
    } else if (!part && (SAMPLE_BEFORE.test(before) || SAMPLE_AFTER.test(after))) {
      how = 'sample';
      why = `the total, ${t.raw}, is the group this sentence says was looked at ('${phrase(s, t)}')`;
    } else if (!part && isPopulation(s.text, t)) {
      how = 'group';
      why = `the total, ${t.raw}, is the group named earlier in the sentence ('${phrase(s, t)}')`;
    }
    if (!how) continue;
    const p: Population = { n: countFig(t), tok: t, how, why };
    if (noun) p.noun = noun;
    out.push(p);
  }
  cache.set(s, out);
  return out;
}

const previousCache = new WeakMap<PreviousSentence, Population[]>();

/** The populations of a sentence before `s` (computed once per sentence, whichever later sentence asks). */
export function populationsBefore(s: SentenceView, p: PreviousSentence): Population[] {
  let out = previousCache.get(p);
  if (!out) previousCache.set(p, (out = populationsOf({ text: p.text, toks: p.toks, offset: p.offset, policy: s.policy })));
  return out;
}

/** 'Of those who raised a concern – 305 in all – …': the frame's size set aside after its words. */
const SIZED_FRAME_BEFORE = /^\s*(?:Of|Among|Amongst)\s+(?:those|these|the)\b[^.;:()\d\u2013\u2014]{3,120}?(?:[\u2013\u2014]|\s-|\(|,)\s*$/i;
const SIZED_FRAME_AFTER = /^\s+(?:in\s+all|in\s+total|altogether)\s*(?:[\u2013\u2014)]|\s-\s|,)/i;

function sizedFrame(text: string, t: Tok): boolean {
  return SIZED_FRAME_AFTER.test(text.slice(t.end, t.end + 20)) && SIZED_FRAME_BEFORE.test(text.slice(0, t.start));
}

/** A few words around a total, for the related information. */
function phrase(s: SentenceView, t: Tok): string {
  const from = Math.max(0, s.text.lastIndexOf(' ', Math.max(0, t.start - 8)) + 1);
  const m = /^(?:\s+[^\s,;:()]+){1,4}/.exec(s.text.slice(t.end, t.end + 60));
  return s.text.slice(from, t.end + (m ? m[0].length : 0)).replace(/\s+/g, ' ').trim();
}

export interface TotalOptions {
  /** 'of them', 'of these': any named group before the count will do. */
  ofThem?: boolean;
  /** Tokens that are not the total (the count itself, the other figures of the pair). */
  exclude?: readonly Tok[];
  /** The count is followed by a verb, not a noun ('29 rated the service …'): no noun to compare. */
  noNoun?: boolean;
}

/**
 * Candidate totals for a count at `k` (nearest first): the frames and
 * samples of the sentence before it, or with `ofThem` any group before it;
 * at least as large as the count, and of the same kind of thing when both
 * name one ('Of the 3 offices, 45 staff' has no total).
 */
export function totalsBefore(s: SentenceView, k: CountFig, opts: TotalOptions = {}): Population[] {
  const kNoun = opts.noNoun ? undefined : groupNoun(s.text, k.end);
  const out: Population[] = [];
  for (const p of populationsOf(s)) {
    if (p.tok.end > k.start || opts.exclude?.includes(p.tok)) continue;
    if (p.n.value < k.value) continue;
    if (p.how === 'group' && !opts.ofThem) continue;
    if (!sameGroup(kNoun, p.noun)) continue;
    out.push(p);
  }
  return out.reverse();
}
