/**
 * A share of a band of grades and the shares of the grades it is made of:
 * '20% were outstanding, a further 50% were good, … so 70% were good or
 * better'; 'twenty per cent outstanding, 62 per cent good …: a record 84 per
 * cent were good or outstanding'. The band's share must be the sum of its
 * grades' shares within rounding.
 *
 * Which grades a band holds comes from a framework's scale (data, best grade
 * first): 'good or better' is good and every grade above it, 'requires
 * improvement or worse' that grade and every one below, 'good or outstanding'
 * the two named. The band is judged only when each of its grades is named by
 * exactly one other share of the sentence; a grade named twice, or not at
 * all, leaves it unread. A band open at one end ('or better') is judged only
 * when the other shares add up to 100%: the text's scale may have a grade this
 * one lacks, and only a whole list shows that none is left unnamed.
 */
import { RULE, type ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { mentionsScale, type GradeScale } from './grade-parts.js';
import { at, type SentenceView } from './index.js';
import { sharesAgainstWhole } from './parts-sum.js';
import { builtRegExp } from './common.js';

const esc = (g: string) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);

/** The first grade of the scale in `text` (index, start, end). */
function firstGrade(text: string, scale: GradeScale): { grade: number; start: number; end: number } | undefined {
  let best: { grade: number; start: number; end: number } | undefined;
  if (!mentionsScale(text, scale)) return undefined;
  for (const [i, g] of scale.entries()) {
    const m = builtRegExp(String.raw`(?<![\w-])${esc(g)}(?![\w-])`, 'i').exec(text);
    if (m && (!best || m.index < best.start || (m.index === best.start && m[0].length > best.end - best.start))) best = { grade: i, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** The words a share's grade is read from: after it, up to the next share or a clause break, at most 60 characters. */
function wordsAfter(s: SentenceView, t: Tok, next: Tok | undefined): string {
  return s.text.slice(t.end, Math.min(next ? next.start : s.text.length, t.end + 60)).split(/[;:.,]/)[0]!;
}

/** The grades of a band written after a share ('good or better'), or undefined. */
function bandOf(words: string, scale: GradeScale): { grades: number[]; open: boolean } | undefined {
  const g = firstGrade(words, scale);
  if (!g) return undefined;
  const after = words.slice(g.end);
  if (/^\s*['"\u2019\u201d]?\s*or\s+(?:better|above|higher)\b/i.test(after)) return { grades: scale.map((_, i) => i).filter((i) => i <= g.grade), open: true };
  if (/^\s*['"\u2019\u201d]?\s*or\s+(?:worse|below|lower)\b/i.test(after)) return { grades: scale.map((_, i) => i).filter((i) => i >= g.grade), open: true };
  const or = /^\s*['"\u2019\u201d]?\s*or\s+['"\u2018\u201c]?/i.exec(after);
  if (or) {
    const h = firstGrade(after.slice(or[0].length), scale);
    if (h && h.start === 0 && h.grade !== g.grade) return { grades: [g.grade, h.grade], open: false };
  }
  return undefined;
}

export function readBandTotal(s: SentenceView): ClaimRecord[] {
  const scales = s.gradeScales;
  if (!scales?.length) return [];
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 3) return [];
  const words = pcts.map((t, i) => wordsAfter(s, t, pcts[i + 1]));
  const list = wholeList(s, pcts);
  const out: ClaimRecord[] = [];
  for (const scale of scales) {
    const bands = pcts.map((_, i) => bandOf(words[i]!, scale));
    // The single grade each other share names.
    const gradeOf = pcts.map((t, i) => (bands[i] || t.hedge ? undefined : firstGrade(words[i]!, scale)?.grade));
    const byGrade = new Map<number, number[]>();
    for (const [j, g] of gradeOf.entries()) if (g !== undefined) byGrade.set(g, [...(byGrade.get(g) ?? []), j]);
    for (const [i, b] of bands.entries()) {
      const whole = pcts[i]!;
      if (!b || whole.hedge) continue;
      // 'good or better' counts every grade above good, and the text may use a scale with one that this
      // scale lacks ('very good'): judged only when the other shares make a whole list (about 100%).
      if (b.open && !list.without(i)) continue;
      const band = b.grades;
      const parts: Tok[] = [];
      let ok = true;
      for (const g of band) {
        const named = (byGrade.get(g) ?? []).filter((j) => j !== i);
        if (named.length !== 1) ok = false;
        else parts.push(pcts[named[0]!]!);
      }
      if (!ok || parts.length < 2) continue;
      out.push(judge(s, whole, parts, band.map((g) => scale[g]!)));
    }
    if (out.length) break;
  }
  return out;
}

/** Whether the shares but one add up to 100% within the rounding of each (sums taken once: linear). */
function wholeList(s: SentenceView, toks: Tok[]): { without(i: number): boolean } {
  const d = Math.max(...toks.map((t) => t.decimals));
  const scaled = toks.map((t) => t.value * 10 ** (d - t.decimals));
  const unit = toks.map((t) => 10 ** (d - t.decimals) * (s.policy.mode === 'nearest' ? 1 : 2));
  const sum = scaled.reduce((a, b) => a + b, 0);
  const slack2 = unit.reduce((a, b) => a + b, 0);
  const hedged = toks.filter((t) => t.hedge).length;
  return {
    without: (i) => toks.length >= 3 && hedged - (toks[i]!.hedge ? 1 : 0) === 0 && Math.abs(2 * (sum - scaled[i]! - 100 * 10 ** d)) <= slack2 - unit[i]!,
  };
}

function judge(s: SentenceView, whole: Tok, parts: Tok[], grades: string[]): ClaimRecord {
  const { fits, operands, expr } = sharesAgainstWhole(s, whole, parts);
  const all = [whole, ...parts];
  const lo = Math.min(...all.map((t) => t.start));
  const hi = Math.max(...all.map((t) => t.end));
  if (fits) return { kind: 'shares-sum', span: at(s, lo, hi), arithmetic: `${expr} ≈ ${whole.raw} ✓ (${grades.join(' + ')})`, verdict: 'ok', operands };
  return {
    kind: 'shares-sum',
    span: at(s, lo, hi),
    arithmetic: `${expr}, not ${whole.raw} within rounding (${grades.join(' + ')})`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `The share of a band of grades should be the sum of its grades' shares: ${expr}, not ${whole.raw}`,
    operands,
  };
}
