/**
 * Builds the report model from parsed blocks in one pass over their items.
 * This is cheap (no text is parsed here), so it runs after every edit.
 */
import type { Framework } from '../framework/framework.js';
import type { Criterion, FindingGroup, FrontMatter, NumericClaim, Reference, Report, Section, Span, SummaryTable } from '../model.js';
import { overallLine, partLine } from './ratings.js';
import type { BlockData, BlockItem } from './block.js';

const SCORE_LINE = /^(?:(?:overall\s+)?score\s*:\s*)?(\d{1,3}(?:\.\d+)?)\s*%$/i;
const GRADE_LINE = /^(?:grade\s*:\s*)(.+)$/i;

export function assemble(blocks: BlockData[], uri: string, frameworkId: string, framework: Framework | undefined, frontMatter?: FrontMatter): Report {
  const report: Report = {
    uri,
    frontMatter,
    frameworkId,
    sections: [],
    criteria: [],
    references: [],
    summaryTables: [],
    claims: [],
  };

  let section: Section | undefined;
  let criterion: Criterion | undefined;
  let group: FindingGroup | undefined;
  let awaitingConclusion = false;
  /** Paragraph index inside the criterion before any group: the first is the standard. */
  let preamble = 0;
  let end = 0;

  const closeCriterion = () => {
    if (criterion) criterion.span = { start: criterion.span.start, end };
    criterion = undefined;
    group = undefined;
    awaitingConclusion = false;
  };
  const closeSection = () => {
    closeCriterion();
    if (section) section.span = { start: section.span.start, end };
    section = undefined;
  };

  for (const block of blocks) {
    if (block.frontMatter) {
      end = block.offset + block.text.length;
      continue;
    }
    const h = block.heading;
    if (h) {
      if (h.kind === 'section') {
        closeSection();
        section = {
          id: h.id!,
          title: h.title!,
          idSpan: h.idSpan!,
          headingSpan: h.span,
          headingLevel: h.level,
          span: { start: h.span.start, end: h.span.end },
          criteria: [],
        };
        report.sections.push(section);
      } else if (h.kind === 'criterion') {
        closeCriterion();
        const sectionId = h.id!.split('.')[0]!;
        if (section && section.id !== sectionId && h.level <= section.headingLevel) closeSection();
        criterion = {
          id: h.id!,
          sectionId,
          title: h.title!,
          titleSpan: h.titleSpan!,
          idSpan: h.idSpan!,
          headingSpan: h.span,
          headingLevel: h.level,
          span: { start: h.span.start, end: h.span.end },
          extraScoreLines: [],
          groups: [],
        };
        preamble = 0;
        report.criteria.push(criterion);
        if (section && section.id === sectionId) section.criteria.push(criterion);
      } else if (h.kind === 'group' && criterion) {
        openGroup(h.group!, h.title!, h.titleSpan!, h.span);
      } else if (h.kind === 'other' || (h.kind === 'group' && !criterion)) {
        if (criterion && h.level <= criterion.headingLevel) closeCriterion();
        if (section && h.level <= section.headingLevel) closeSection();
      }
    }

    for (const item of block.items) handleItem(item);
    for (const ref of block.references) {
      // Cached block data is reused across versions: always recompute what depends on context.
      if (ref.form === 'under') ref.criterionId = criterion?.id;
      report.references.push(ref);
    }
    for (const t of block.tables) report.summaryTables.push(t as SummaryTable);
    const claims = block.extras.claims as NumericClaim[] | undefined;
    if (claims) {
      for (const c of claims) {
        // As with references, context comes from assembly, not from the cached block.
        c.criterionId = criterion?.id;
        report.claims.push(c);
      }
    }
    end = block.offset + block.text.length;
  }
  closeSection();

  return report;

  function openGroup(kind: 'strengths' | 'areas' | 'conclusion', label: string, labelSpan: Span, span: Span) {
    if (!criterion) return;
    if (kind === 'conclusion') {
      group = undefined;
      awaitingConclusion = true;
      criterion.conclusion = { labelSpan, text: '' };
      return;
    }
    awaitingConclusion = false;
    group = { kind, label, labelSpan, span: { start: span.start, end: span.end }, findings: [] };
    criterion.groups.push(group);
  }

  function extend(to: number) {
    if (group) {
      group.span = { start: group.span.start, end: Math.max(group.span.end, to) };
      const last = group.findings[group.findings.length - 1];
      if (last) last.span = { start: last.span.start, end: Math.max(last.span.end, to) };
    }
  }

  function handleItem(item: BlockItem) {
    if (item.kind === 'paragraph' && framework?.data.overall && !report.overall) {
      const overall = overallLine(item.text, item.textSpan, framework);
      if (overall) {
        report.overall = overall;
        return;
      }
    }
    if (!criterion) return;
    switch (item.kind) {
      case 'label':
        openGroup(item.group, item.label, item.labelSpan, item.span);
        if (item.rest && item.group === 'conclusion' && criterion.conclusion) {
          criterion.conclusion.text = item.rest.text;
          criterion.conclusion.textSpan = item.rest.span;
          awaitingConclusion = false;
        }
        return;
      case 'finding':
        if (group) {
          group.findings.push({
            letter: item.letter,
            group: group.kind,
            letterSpan: item.letterSpan,
            span: item.span,
            summary: item.summary,
          });
          extend(item.span.end);
        }
        return;
      case 'paragraph': {
        if (awaitingConclusion && criterion.conclusion) {
          criterion.conclusion.text = item.text;
          criterion.conclusion.textSpan = item.span;
          awaitingConclusion = false;
          return;
        }
        if (group) {
          extend(item.span.end);
          return;
        }
        if (criterion.groups.length > 0 || criterion.conclusion) return;
        const derived = framework?.ratingRule(criterion.id) !== undefined;
        const score = SCORE_LINE.exec(item.text);
        if (score) {
          // A rating driven by a percentage carries both lines: the percentage and the grade it gives.
          if (criterion.score || (criterion.grade && !derived)) {
            criterion.extraScoreLines.push(item.span);
            return;
          }
          const raw = score[1]!;
          const numberSpan = valueSpan(item.textSpan.start, item.text, raw);
          // The value span runs from the number through the percent sign.
          const percentAt = item.text.indexOf('%', numberSpan.end - item.textSpan.start);
          const scoreSpan = { start: numberSpan.start, end: item.textSpan.start + percentAt + 1 };
          criterion.score = { kind: 'percentage', value: Number(raw), raw: `${raw}%`, span: item.span, valueSpan: scoreSpan };
          return;
        }
        const labelled = (framework?.gradeLinePattern ?? GRADE_LINE).exec(item.text);
        const grade = labelled ? labelled[1]!.trim() : item.text;
        const known = framework?.grade(grade) !== undefined;
        // An unlabelled short line after the standard is a grade line even when misspelt.
        const looksLikeGrade = labelled !== null || known || (preamble >= 1 && isShortLabel(item.text) && (!criterion.score || derived));
        if (looksLikeGrade && (known || labelled !== null || framework?.scoreKind(criterion.id) === 'grade')) {
          if ((criterion.score && !derived) || criterion.grade) {
            criterion.extraScoreLines.push(item.span);
            return;
          }
          criterion.grade = { kind: 'grade', raw: grade, span: item.span, valueSpan: valueSpan(item.textSpan.start, item.text, grade) };
          return;
        }
        if (preamble === 0 && !criterion.standard) criterion.standard = { text: item.text, span: item.span };
        preamble++;
        return;
      }
      case 'other':
        if (item.bullet && framework) {
          if (group && framework.findingStyle !== 'lettered') {
            const at = item.bullet.textSpan.start;
            group.findings.push({ letter: '', group: group.kind, letterSpan: { start: at, end: at }, span: item.span, summary: item.bullet.text, bulleted: true });
            extend(item.span.end);
            return;
          }
          if (!group && !criterion.conclusion && framework.ratingRule(criterion.id)?.from === 'parts') {
            const part = partLine(item.bullet.text, item.bullet.textSpan, item.span);
            if (part) {
              (criterion.parts ??= []).push(part);
              return;
            }
          }
        }
        if (group) extend(item.span.end);
        return;
    }
  }
}

/** Few words, no sentence punctuation: the shape of a grade line. */
function isShortLabel(text: string): boolean {
  return text.length <= 40 && !/[.;,!?]$/.test(text) && text.split(' ').length <= 5 && !/\d/.test(text);
}

/** Score and grade lines are single short lines, so folded text and source line up. */
function valueSpan(textStart: number, text: string, value: string): Span {
  const at = Math.max(0, text.lastIndexOf(value));
  return { start: textStart + at, end: textStart + at + value.length };
}

export type { Reference };
