/**
 * A list of counts that adds up to a count stated before it, with no frame
 * that says so ('We also made 5 engagement visits, 2 to Welsh-medium and 3 to
 * English-medium schools'; 'There were 250 deaths … . We began investigations
 * into 155 deaths from natural causes; 76 were self-inflicted, 4 … and 8 …').
 *
 * Without a frame the list may be anything (other groups, parts that overlap,
 * a partial list), so this reading only ever confirms: when the parts add up
 * exactly to a count before them (in the sentence or the one before), the
 * relation is read as consistent. A list that does not add up is left to the
 * framed readings (`parts-sum.ts`, `grade-parts.ts`); nothing is reported here.
 */
import type { ClaimRecord, Operand } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, plainCount, previousShare } from './common.js';
import { at, type SentenceView } from './index.js';

/** What may stand between two parts of a list: a comma, semicolon, dash or 'and', with a few words of the part before. */
const BETWEEN = /(?:[,;\u2013\u2014]|\band|\bwhile|\bwhereas)\s*(?:(?:and|while|whereas|a\s+further|another|only|just|the\s+(?:other|remaining|final|last)|the\s+rest,?)\s+)?$/i;
/** 'k of them', 'k of these', 'k out of those': a count that points back to a group counted before. */
const POINTS_BACK = /^\s+(?:of|out\s+of)\s+(?:them|these|those)\b/i;
/** Longest list considered (a bound, so the suffix sums stay small). */
const MAX_PARTS = 12;

/** 'Some 20,059', 'about 400': an approximate count may still add up exactly, and a sum that does is consistent (never a bound: 'more than 20'). */
const APPROX = /\b(?:some|about|around|approximately|roughly)\s+$/i;
const isCount = (text: string, t: Tok) =>
  (plainCount(text, t) || (t.kind === 'num' && !t.notCount && APPROX.test(text.slice(Math.max(0, t.start - 16), t.start)) && !/^-[a-z]/i.test(text.slice(t.end, t.end + 2)))) && Number.isInteger(t.value) && t.value >= 0;

/** Runs of counts in one list: each after the first follows a list separator within 60 characters of the one before. */
function runsOf(s: SentenceView): Tok[][] {
  const runs: Tok[][] = [];
  let cur: Tok[] = [];
  for (const t of s.toks) {
    if (!isCount(s.text, t)) {
      if (t.kind !== 'num') {
        if (cur.length >= 2) runs.push(cur);
        cur = [];
      }
      continue;
    }
    const prev = cur[cur.length - 1];
    const gap = prev ? s.text.slice(prev.end, t.start) : '';
    // Between two parts: the words of the part before ('deaths were self-inflicted') and a separator, no full stop of a clause.
    if (prev && gap.length <= 70 && BETWEEN.test(gap) && !/[.:]/.test(gap) && !/\([^)]*$/.test(gap)) cur.push(t);
    else {
      if (cur.length >= 2) runs.push(cur);
      cur = [t];
    }
    if (cur.length > MAX_PARTS) cur.shift();
  }
  if (cur.length >= 2) runs.push(cur);
  return runs;
}

export function readListSum(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const prev = s.previous?.[s.previous.length - 1];
  // The first count of each value, here and in the sentence before (a whole is looked up, not searched for).
  const firstOf = new Map<number, Tok>();
  for (const t of s.toks) if (isCount(s.text, t) && !firstOf.has(t.value)) firstOf.set(t.value, t);
  const prevOf = new Map<number, Tok>();
  if (prev) for (const t of prev.toks) if (plainCount(prev.text, t) && !prevOf.has(t.value)) prevOf.set(t.value, t);
  const runs = runsOf(s);
  // A run cut at semicolons is also read clause by clause ('At GCSE 53,850 went up and 400 down; at A level 22,550 …').
  for (const run of [...runs]) {
    let cut = 0;
    for (let j = 1; j <= run.length; j++) {
      if (j === run.length || s.text.slice(run[j - 1]!.end, run[j]!.start).includes(';')) {
        if (cut > 0 || j < run.length) if (j - cut >= 2) runs.push(run.slice(cut, j));
        cut = j;
      }
    }
  }
  for (const run of runs) {
    // Each suffix of the run: the counts dropped before it may be the whole ('5 visits, 2 … and 3 …').
    for (let i = 0; i + 1 < run.length; i++) {
      const parts = run.slice(i);
      const sum = parts.reduce((a, t) => a + t.value, 0);
      const max = Math.max(...parts.map((t) => t.value));
      if (max >= sum) continue;
      const first = parts[0]!;
      const here = firstOf.get(sum);
      // ('Nine of them cover …, four record …, four …, three … and two …': a count that points back to a group
      // counted before is the first part of the list, not the whole of the parts after it.)
      const inSentence = here && here.end <= first.start && !POINTS_BACK.test(s.text.slice(here.end, here.end + 20)) ? here : undefined;
      const fromPrev = inSentence ? undefined : prevOf.get(sum);
      const whole = inSentence ?? fromPrev;
      if (!whole) continue;
      const view = inSentence ? s : prev!;
      const operands: Operand[] = [
        { role: 'n', value: whole.value, raw: whole.raw, span: { start: view.offset + whole.start, end: view.offset + whole.end } },
        ...parts.map((t): Operand => ({ role: 'k', value: t.value, raw: t.raw, span: at(s, t.start, t.end) })),
      ];
      const last = parts[parts.length - 1]!;
      out.push({ kind: 'parts-sum', span: at(s, first.start, last.end), arithmetic: `${parts.map((t) => t.value).join(' + ')} = ${sum} = ${whole.raw} ✓`, verdict: 'ok', operands });
      break;
    }
  }
  return out;
}

/** Longest run of shares considered. */
const MAX_SHARES = 8;

/**
 * Shares in a row that add up to 100% within rounding ('82.4%, with 4% not
 * meeting the standard and 13.6% meeting it only in part'; '3,106 (74%),
 * against 1,078 (26%)'): read as consistent shares of one whole. Like the
 * counts above, a run that does not add up is never reported here: without a
 * frame it may be shares of different bases, or leave a category out.
 */
export function readShareListSum(s: SentenceView): ClaimRecord | undefined {
  // An earlier or other figure ('down from 8% in 2009/10', 'fell from 8% to 6%') is never one of the run.
  const pcts = s.toks.filter((t) => t.kind === 'pct' && !previousShare(s.text, t));
  if (pcts.length < 2) return undefined;
  const slackOf = (run: Tok[], d: number) => run.reduce((a, t) => a + 10 ** (d - t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  let best: Tok[] | undefined;
  for (let i = 0; i < pcts.length; i++) {
    for (let j = i + 2; j <= Math.min(pcts.length, i + MAX_SHARES); j++) {
      const run = pcts.slice(i, j);
      if (run.some((t) => t.hedge || t.value <= 0)) break;
      const d = Math.max(...run.map((t) => t.decimals));
      const sum = run.reduce((a, t) => a + t.value * 10 ** (d - t.decimals), 0);
      if (Math.abs(2 * (sum - 100 * 10 ** d)) <= slackOf(run, d) && (!best || run.length > best.length)) best = run;
    }
  }
  if (!best) return undefined;
  // A run that a further share of the same list goes on from ('76% …; 24% … and 3% by …') is not all of it.
  const after = pcts[pcts.indexOf(best[best.length - 1]!) + 1];
  if (after && !after.hedge && depthAt(s.text, after.start) === depthAt(s.text, best[best.length - 1]!.start) && /^[^.;:()]{0,80}?\band\s*$/i.test(s.text.slice(best[best.length - 1]!.end, after.start))) return undefined;
  const operands: Operand[] = best.map((t): Operand => ({ role: 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) }));
  const d = Math.max(...best.map((t) => t.decimals));
  const sum = best.reduce((a, t) => a + t.value * 10 ** (d - t.decimals), 0) / 10 ** d;
  return { kind: 'shares-sum', span: at(s, best[0]!.start, best[best.length - 1]!.end), arithmetic: `${best.map((t) => t.raw).join(' + ')} = ${sum}% ≈ 100% ✓`, verdict: 'ok', operands };
}
