/**
 * Seeded single-error mutations of a report: each copy differs from the
 * original by one edit of one class. Sites are found in the text itself (not
 * from the checker's claims), so figures the checker does not understand are
 * mutated too and show up as misses or as undetectable.
 */
import type { Framework } from '../../server/src/core/framework/framework.js';
import type { Report } from '../../server/src/core/model.js';
import { sectionMean } from '../../server/src/core/numbers/section.js';
import { FRACTION_WORDS, HEDGE_WORDS, NUMBER_WORDS, numberToWords, wordsToNumber } from '../../server/src/core/numbers/words.js';
import type { Edit } from './oracle.js';
import type { Rng } from '../prng.js';

export type MutationClass =
  | 'percent ±1'
  | 'percent ±2'
  | 'percent ±5'
  | 'swapped digits'
  | 'count ±1'
  | 'number word'
  | 'fraction/hedge'
  | 'conclusion phrase'
  | 'section mean';

export const CLASSES: MutationClass[] = ['percent ±1', 'percent ±2', 'percent ±5', 'swapped digits', 'count ±1', 'number word', 'fraction/hedge', 'conclusion phrase', 'section mean'];

export interface Mutation {
  cls: MutationClass;
  edit: Edit;
  /** What the edit does, for the log. */
  note: string;
  /** For 'section mean': the inserted statement and whether it was altered. */
  section?: { id: string; stated: number; altered: boolean };
}

interface Site {
  start: number;
  end: number;
  raw: string;
}

/** Ranges that are not prose or tables: front matter, headings, link targets. */
function excluded(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const fm = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\s*\r?\n/.exec(text);
  if (fm) out.push({ start: 0, end: fm[0].length });
  for (const m of text.matchAll(/^#{1,6}[ \t].*$/gm)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(/<https?:[^>]*>|https?:\/\/\S+/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  // Cross-reference ids and criterion ids: 1.2d, 4.3, OMI Criterion lines.
  for (const m of text.matchAll(/\b\d+\.\d+[a-z]?\b/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

function sites(text: string, re: RegExp, group = 0): Site[] {
  const ex = excluded(text);
  const out: Site[] = [];
  for (const m of text.matchAll(re)) {
    const g = m[group]!;
    const start = m.index! + (group === 0 ? 0 : m[0].indexOf(g));
    const end = start + g.length;
    if (ex.some((x) => start < x.end && end > x.start)) continue;
    out.push({ start, end, raw: g });
  }
  return out;
}

const PERCENT_NUM = /(?<![\w.,£$])(\d{1,3}(?:\.\d+)?)(?=\s?%|\s+per\s?cent|\s*percent|\s*\(%\))/g;
/** Table share rows ('| % White | 87.2 |'). */
const SHARE_CELL = /^\|\s*%[^|\n]*\|\s*(\d{1,3}(?:\.\d+)?)\s*\|/gm;
const COUNT_NUM = /(?<![\w.,£$€/:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%.,:/-]|\s?%|\s+per\s?cent|\.\d)/g;
const WORD_NUM = new RegExp(String.raw`(?<![\w-])(${NUMBER_WORDS})(?![\w-])`, 'gi');
const FRACTION = new RegExp(String.raw`(?<![\w-])(${FRACTION_WORDS})(?![\w-])`, 'gi');
const HEDGE = new RegExp(String.raw`(?<![\w-])(${HEDGE_WORDS})(?=\s+(?:an?\s+)?(?:${FRACTION_WORDS}|\d{1,3}(?:\.\d+)?\s?%))`, 'gi');

function bump(raw: string, delta: number): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(raw);
  if (!m) return undefined;
  const d = m[2]?.length ?? 0;
  const v = Number(m[1]! + (m[2] ?? '')) + delta * 10 ** d;
  if (v < 0) return undefined;
  const s = String(v).padStart(d + 1, '0');
  return d === 0 ? s : `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
}

const FRACTION_SWAPS: Record<string, string[]> = {
  half: ['a third', 'two-thirds', 'a quarter'],
  'a half': ['a third', 'a quarter'],
  'a third': ['half', 'a quarter', 'two-thirds'],
  'one third': ['half', 'a quarter'],
  'one-third': ['half', 'a quarter'],
  'two-thirds': ['half', 'three-quarters', 'a third'],
  'two thirds': ['half', 'three-quarters'],
  'a quarter': ['a third', 'half', 'three-quarters'],
  'one quarter': ['a third', 'half'],
  'one-quarter': ['a third', 'half'],
  'three-quarters': ['two-thirds', 'half', 'a quarter'],
  'three quarters': ['two-thirds', 'half'],
  'one-fifth': ['a quarter', 'a third', 'two-fifths'],
  'one fifth': ['a quarter', 'a third'],
  'a fifth': ['a quarter', 'a third'],
};
const HEDGE_SWAPS: Record<string, string[]> = {
  over: ['under', 'nearly'],
  under: ['over'],
  'just over': ['just under', 'well over'],
  'just under': ['just over'],
  nearly: ['over', 'just over'],
  almost: ['over', 'just over'],
  'less than': ['more than', 'over'],
  'fewer than': ['more than'],
  'more than': ['less than', 'fewer than'],
  around: ['over', 'under'],
  about: ['over', 'under'],
  some: ['over'],
  'at least': ['under'],
};

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

function sample<T>(rng: Rng, xs: T[], n: number): T[] {
  return rng.shuffle([...xs]).slice(0, n);
}

export function generate(text: string, report: Report, framework: Framework | undefined, rng: Rng, perClass: number): Mutation[] {
  const out: Mutation[] = [];
  const pctSites = [...sites(text, PERCENT_NUM, 1), ...sites(text, SHARE_CELL, 1)];
  for (const [cls, delta] of [
    ['percent ±1', 1],
    ['percent ±2', 2],
    ['percent ±5', 5],
  ] as const) {
    const all: Mutation[] = [];
    for (const s of pctSites) {
      for (const sign of [1, -1]) {
        const v = bump(s.raw, sign * delta);
        if (v !== undefined) all.push({ cls, edit: { start: s.start, end: s.end, text: v }, note: `${s.raw} → ${v}` });
      }
    }
    out.push(...sample(rng, all, perClass));
  }
  {
    const all: Mutation[] = [];
    const digitSites = [...pctSites, ...sites(text, COUNT_NUM, 1)];
    const seen = new Set<number>();
    for (const s of digitSites) {
      if (seen.has(s.start)) continue;
      seen.add(s.start);
      const digits = s.raw;
      for (let i = 0; i + 1 < digits.length; i++) {
        const a = digits[i]!;
        const b = digits[i + 1]!;
        if (!/\d/.test(a) || !/\d/.test(b) || a === b) continue;
        const swapped = digits.slice(0, i) + b + a + digits.slice(i + 2);
        if (/^0\d/.test(swapped)) continue;
        all.push({ cls: 'swapped digits', edit: { start: s.start, end: s.end, text: swapped }, note: `${digits} → ${swapped}` });
      }
    }
    out.push(...sample(rng, all, perClass));
  }
  {
    const all: Mutation[] = [];
    for (const s of sites(text, COUNT_NUM, 1)) {
      const v = Number(s.raw.replace(/,/g, ''));
      if (v >= 1900 && v <= 2100) continue;
      for (const sign of [1, -1]) {
        if (v + sign < 0) continue;
        all.push({ cls: 'count ±1', edit: { start: s.start, end: s.end, text: String(v + sign) }, note: `${s.raw} → ${v + sign}` });
      }
    }
    out.push(...sample(rng, all, perClass));
  }
  {
    const all: Mutation[] = [];
    for (const s of sites(text, WORD_NUM, 1)) {
      const v = wordsToNumber(s.raw);
      if (v === undefined || /^a\s/i.test(s.raw)) continue;
      for (const sign of [1, -1]) {
        const w = numberToWords(v + sign);
        if (!w || v + sign < 0) continue;
        const repl = matchCase(s.raw, w);
        all.push({ cls: 'number word', edit: { start: s.start, end: s.end, text: repl }, note: `${s.raw} → ${repl}` });
      }
    }
    out.push(...sample(rng, all, perClass));
  }
  {
    const all: Mutation[] = [];
    for (const s of sites(text, FRACTION, 1)) {
      const alts = FRACTION_SWAPS[s.raw.toLowerCase()];
      if (!alts) continue;
      for (const a of alts) all.push({ cls: 'fraction/hedge', edit: { start: s.start, end: s.end, text: matchCase(s.raw, a) }, note: `${s.raw} → ${a}` });
    }
    for (const s of sites(text, HEDGE, 1)) {
      const alts = HEDGE_SWAPS[s.raw.toLowerCase().replace(/\s+/g, ' ')];
      if (!alts) continue;
      for (const a of alts) all.push({ cls: 'fraction/hedge', edit: { start: s.start, end: s.end, text: matchCase(s.raw, a) }, note: `${s.raw} → ${a}` });
    }
    out.push(...sample(rng, all, perClass));
  }
  if (framework) {
    const all: Mutation[] = [];
    for (const c of report.criteria) {
      const span = c.conclusion?.textSpan;
      if (!span) continue;
      const current = framework.bandOfSentence(c.conclusion!.text);
      for (const band of framework.bands) {
        if (band.id === current?.id) continue;
        all.push({ cls: 'conclusion phrase', edit: { start: span.start, end: span.end, text: band.sentence }, note: `${c.id}: '${current?.phrase ?? '?'}' → '${band.phrase}'` });
      }
    }
    out.push(...sample(rng, all, perClass));
  }
  {
    // The seed states no section score: insert one after each section heading, at the
    // rounded mean (a control that must raise nothing) and altered by ±1, ±2, ±5.
    const all: Mutation[] = [];
    for (const s of report.sections) {
      const mean = sectionMean(report, s.id);
      if (!mean || mean.decimals !== 0) continue;
      const at = s.headingSpan.end;
      for (const delta of [0, 1, -1, 2, -2, 5, -5]) {
        const stated = mean.rounded + delta;
        all.push({
          cls: 'section mean',
          edit: { start: at, end: at, text: `\n\nSection score: ${stated}%` },
          note: `section ${s.id}: mean ${mean.text}, stated ${stated}%${delta === 0 ? ' (control)' : ''}`,
          section: { id: s.id, stated, altered: delta !== 0 },
        });
      }
    }
    out.push(...sample(rng, all, perClass));
  }
  return out;
}
