/**
 * The running prose that house-style rules read: paragraphs, findings, bullet
 * items and conclusion sentences, masked, without score, grade, part and
 * overall rating lines, headings, tables or code.
 */
import type { StyleSettings } from '../../framework/presets.js';
import type { Span } from '../../model.js';
import { maskMarkup } from '../../text.js';
import type { RuleContext } from '../rule.js';

export interface ProseRun {
  start: number;
  /** Masked text (same length as the source), so offsets map one to one. */
  text: string;
}

export function proseRuns(ctx: RuleContext): ProseRun[] {
  const skip: Span[] = [];
  for (const c of ctx.report.criteria) {
    if (c.score) skip.push(c.score.span);
    if (c.grade) skip.push(c.grade.span);
    for (const p of c.parts ?? []) skip.push(p.span);
  }
  if (ctx.report.overall) skip.push(ctx.report.overall.span);
  const inSkip = (sp: Span) => skip.some((s) => sp.start >= s.start && sp.end <= s.end);
  const runs: ProseRun[] = [];
  const add = (sp: Span) => {
    if (sp.end <= sp.start || inSkip(sp)) return;
    runs.push({ start: sp.start, text: maskMarkup(ctx.text.slice(sp.start, sp.end)) });
  };
  for (const b of ctx.blocks) {
    if (b.frontMatter) continue;
    for (const item of b.items) {
      if (item.kind === 'paragraph') add(item.span);
      // A finding's text starts after its letter: '- (b) 12 cases' is a sentence starting '12'.
      else if (item.kind === 'finding') add({ start: Math.min(item.span.end, item.letterSpan.end + 1), end: item.span.end });
      else if (item.kind === 'label' && item.rest) add(item.rest.span);
      else if (item.kind === 'other' && item.bullet) add(item.bullet.textSpan);
    }
  }
  return runs;
}

/** The framework's style, or the defaults a rule enabled by settings uses. */
export function styleOf(ctx: RuleContext): StyleSettings {
  return (ctx.framework?.data.style as StyleSettings | undefined) ?? {};
}

export const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Whether offset `i` of `text` starts a sentence (its start, or after . ! ? and space). */
export function startsSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '(' || text[j] === '"' || text[j] === '‘' || text[j] === '“')) j--;
  return j < 0 || /[.!?]/.test(text[j]!);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
