/**
 * How criteria, sections and scores read in outlines, hovers and lenses.
 */
import type { Criterion, Framework, Section } from '../../core/index.js';
import { normaliseWords } from '../../core/index.js';

/** True when a title is written in capitals (`PREPARING FOR SENTENCE`), a bracketed qualifier aside (`(Punish)`). */
function shouting(title: string): boolean {
  const main = title.replace(/\([^)]*\)/g, '');
  return /\p{Lu}/u.test(main) && !/\p{Ll}/u.test(main);
}

function sentenceCase(title: string): string {
  // Lower-case the capitals, keep bracketed qualifiers as written.
  const lower = title.replace(/\([^)]*\)|[^(]+/g, (part) => (part.startsWith('(') ? part : part.toLowerCase()));
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * A heading title as a reader expects it: as written, except that a title in
 * capitals takes the framework's spelling when it is the same words, or
 * sentence case otherwise.
 */
export function readableTitle(title: string, frameworkTitle: string | undefined): string {
  if (!shouting(title)) return title;
  if (frameworkTitle && normaliseWords(frameworkTitle) === normaliseWords(title)) return frameworkTitle;
  return sentenceCase(title);
}

export function criterionName(c: Criterion, framework: Framework | undefined): string {
  return `${c.id} ${readableTitle(c.title, framework?.criterion(c.id)?.title)}`;
}

export function sectionName(s: Section, framework: Framework | undefined): string {
  return `${s.id}. ${readableTitle(s.title, framework?.section(s.id)?.title)}`;
}

/** `79%` or `Well met`; undefined without a score or grade line. */
export function scoreText(c: Criterion): string | undefined {
  if (c.score) return c.score.raw;
  if (c.grade) return c.grade.raw;
  return undefined;
}

/** `79% · good`, `Well met`, or `no score`. */
export function criterionDetail(c: Criterion, framework: Framework | undefined): string {
  const parts: string[] = [];
  const score = scoreText(c);
  parts.push(score ?? 'no score');
  if (c.score && framework) {
    const band = framework.bandFor(c.score.value);
    if (band) parts.push(band.id);
  }
  return parts.join(' · ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
