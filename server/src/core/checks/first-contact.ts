/**
 * First contact: what a writer sees on a report that is empty or just
 * started, and on a fresh skeleton (Inspection: New Report…).
 *
 * - A report with no criteria yet is a report not yet started, not a broken
 *   one: structure/missing-criterion says so once, as information, with an
 *   'Insert report skeleton' fix that writes every section and criterion of
 *   the framework (the same text as New Report…, `core/skeleton.ts`).
 * - A slot still holding the skeleton's placeholder (an HTML comment where the
 *   score, grade or conclusion goes, `<!-- score: … -->`) is work still to do:
 *   structure/missing-score and structure/missing-conclusion report it as a
 *   hint, not an error. The user's severity setting still wins.
 */
import type { Fix } from '../diagnostic.js';
import type { Criterion, Severity, Span } from '../model.js';
import { reportSkeleton, skeletonText } from '../skeleton.js';
import type { RuleContext } from './rule.js';

const PLACEHOLDER_ALL = /<!--[^]*?-->/g;

/** Whether the text of `span` holds a placeholder comment (optionally one that starts with one of `words`). */
export function holdsPlaceholder(text: string, span: Span, words?: RegExp): boolean {
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(PLACEHOLDER_ALL)) if (!words || words.test(m[0].slice(4))) return true;
  return false;
}

/** Where a criterion's score or grade line goes: after the heading, before the first group or conclusion. */
function scoreSlot(c: Criterion): Span {
  const ends = [c.span.end, ...c.groups.map((g) => Math.min(g.labelSpan.start, g.span.start))];
  if (c.conclusion) ends.push(c.conclusion.labelSpan.start);
  return { start: c.headingSpan.end, end: Math.min(...ends) };
}

/** The severity for a missing score or grade: a hint while the skeleton's placeholder is still there. */
export function missingScoreSeverity(ctx: RuleContext, c: Criterion): Severity | undefined {
  return holdsPlaceholder(ctx.text, scoreSlot(c), /^\s*(?:score|grade)\b/i) ? 'hint' : undefined;
}

/** The severity for a conclusion with no sentence: a hint while the skeleton's placeholder is still there. */
export function missingConclusionSeverity(ctx: RuleContext, c: Criterion): Severity | undefined {
  if (!c.conclusion) return undefined;
  return holdsPlaceholder(ctx.text, { start: c.conclusion.labelSpan.end, end: c.span.end }) ? 'hint' : undefined;
}

/**
 * The 'Insert report skeleton' fix for a report with no criteria: the
 * framework's sections and criteria after what is already written, and front
 * matter naming the framework when there is none.
 */
export function skeletonFix(ctx: RuleContext): Fix | undefined {
  const fw = ctx.framework;
  if (!fw) return undefined;
  const fm = ctx.report.frontMatter;
  const frameworkRef = fm?.values.framework?.trim() || fw.id;
  const body = skeletonText(reportSkeleton(fw.data, { frameworkRef, noFrontMatter: true }));
  const text = ctx.text;
  if (!fm) {
    const head = skeletonText(reportSkeleton({ ...fw.data, sections: [], summaryTable: undefined }, { frameworkRef }));
    if (text.trim() === '') return { title: 'Insert report skeleton', edits: [{ span: { start: 0, end: 0 }, newText: head + body }] };
    const end = text.length;
    const sep = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return {
      title: 'Insert report skeleton',
      edits: [
        { span: { start: 0, end: 0 }, newText: `${head}\n` },
        { span: { start: end, end }, newText: sep + body.replace(/^\n/, '') },
      ],
    };
  }
  const end = text.length;
  const sep = text.endsWith('\n') ? '' : '\n';
  return { title: 'Insert report skeleton', edits: [{ span: { start: end, end }, newText: sep + body }] };
}
