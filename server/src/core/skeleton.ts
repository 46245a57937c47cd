/**
 * The text of a new, empty report for a framework: front matter, a summary
 * table when the framework asks for one, and every section and criterion with
 * its standard, a score or grade placeholder and empty finding groups.
 *
 * Pure: framework data in, snippet segments out. The extension turns the
 * segments into a `SnippetString` so that the writer can tab through the
 * fields to fill in (Inspection: New Report…); the core's 'Insert report
 * skeleton' fix of an empty report (structure/missing-criterion) writes the
 * same text with the defaults. Placeholders the writer must replace are HTML comments,
 * which the Markdown preview does not show and the analysis does not read as
 * scores, grades or conclusions, so the server reports what is still missing.
 */
import type { FrameworkData } from './framework/schema.js';

/** Literal text, or a tab stop with a default value. */
export type Segment = string | { placeholder: string };

export interface SkeletonOptions {
  /** What goes after `framework:` in the front matter: a built-in id or a relative path. */
  frameworkRef: string;
  /** Today, for the `date:` field (YYYY-MM); without it there is no `date:` line. */
  date?: Date;
  /** Leave out the front matter (for a document that already has one). */
  noFrontMatter?: boolean;
}

/** A YAML scalar that reads back as the same string (quoted unless plainly safe). */
function yamlScalar(value: string): string {
  const plain = /^[\w ./()-]+$/.test(value) && !/^(?:[\d-]|\.\d)/.test(value) && value.trim() === value;
  return plain ? value : JSON.stringify(value);
}

function month(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function reportSkeleton(fw: FrameworkData, options: SkeletonOptions): Segment[] {
  const out: Segment[] = [];
  /** Whole lines, each ending in a newline. */
  const lines = (...ls: string[]) => out.push(ls.map((l) => `${l}\n`).join(''));
  const field = (before: string, placeholder: string) => {
    out.push(before, { placeholder }, '\n');
  };
  const strengths = fw.groups.strengths[0] ?? 'Strengths';
  const areas = fw.groups.areas[0] ?? 'Areas for Improvement';
  const conclusion = fw.groups.conclusion[0] ?? 'Conclusion';

  if (!options.noFrontMatter) {
    lines('---');
    field('title: ', `A report on ${fw.name}`);
    if (fw.inspectorate) lines(`inspectorate: ${yamlScalar(fw.inspectorate)}`);
    field('area: ', 'Area');
    if (options.date) lines(`date: ${month(options.date)}`);
    lines(`framework: ${yamlScalar(options.frameworkRef)}`, '---');
  }

  const titleOf = (id: string) => {
    for (const s of fw.sections) for (const c of s.criteria) if (c.id === id) return c.title;
    return '';
  };

  if (fw.summaryTable) {
    const shows = fw.summaryTable.shows === 'grade' ? 'Grade' : 'Score';
    lines('', '# Summary of scores', '', `| Criterion | ${shows} |`, '|---|---|');
    for (const id of fw.summaryTable.criteria) lines(`| ${id} ${titleOf(id)} |  |`);
  }

  const gradeHint = fw.grades.length > 0 ? `one of: ${fw.grades.join(', ')}` : 'a grade';
  // Frameworks of today (docs/frameworks.md): grade line labels, bulleted findings, parts, an overall rating.
  const gradeLabel = fw.labels.grade[0] ?? 'Grade';
  const findingStart = fw.findings.style === 'bulleted' ? '- ' : '- (a) ';
  if (fw.overall) lines('', `<!-- ${fw.overall.labels[0] ?? 'Overall rating'}: ${gradeHint} -->`);
  const conclusionHint =
    fw.conclusions.length > 0
      ? `one of: ${[...fw.conclusions].sort((a, b) => b.min - a.min).map((c) => c.sentence).join(' | ')}`
      : 'the conclusion';

  for (const section of fw.sections) {
    lines('', `# ${section.id}. ${section.title}`);
    for (const criterion of section.criteria) {
      const kind = criterion.scoreKind ?? section.scoreKind;
      lines('', `## ${criterion.id} ${criterion.title}`, '');
      lines(criterion.standard ?? `<!-- the standard of ${criterion.id} -->`, '');
      lines(kind === 'percentage' ? '<!-- score: the percentage for this criterion -->' : `<!-- grade: ${gradeLabel === 'Grade' ? '' : `a '${gradeLabel}:' line, `}${gradeHint} -->`, '');
      const rating = criterion.rating ?? section.rating;
      if (rating?.from === 'parts') {
        const figure = (rating.aggregate ?? 'points') === 'points' && fw.ratings?.scale ? `a score from ${fw.ratings.scale.min} to ${fw.ratings.scale.max}` : 'a percentage';
        const names = rating.parts?.length ? rating.parts.map((n) => `- ${n}: `) : [`<!-- one line per part: '- Name: ' and ${figure} -->`];
        lines(...names, '');
      }
      lines(`### ${strengths}`, '', findingStart, '');
      lines(`### ${areas}`, '', findingStart);
      if (criterion.conclusionRequired ?? section.conclusionRequired) lines('', `### ${conclusion}`, '', `<!-- ${conclusionHint} -->`);
    }
  }
  return out;
}

/** The skeleton as plain text, placeholders filled with their defaults. */
export function skeletonText(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.placeholder)).join('');
}
