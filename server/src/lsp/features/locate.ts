/**
 * What is under the cursor: a reference, a criterion heading, a finding's
 * letter, a summary-table row id or a section heading. Shared by definition,
 * references, highlights, hover and rename.
 */
import type { AnalysisResult, Criterion, Finding, FindingGroup, Reference, Section, Span, SummaryRow } from '../../core/index.js';
import { contains } from '../convert.js';

export type Target =
  | { kind: 'criterion'; criterion: Criterion; via: 'heading' | 'reference' | 'summary-row'; reference?: Reference; row?: SummaryRow }
  | { kind: 'finding'; criterion: Criterion; finding: Finding; via: 'letter' | 'reference'; reference?: Reference }
  | { kind: 'section'; section: Section; via: 'heading' | 'reference'; reference?: Reference }
  | { kind: 'unresolved'; reference: Reference };

export function referenceAt(result: AnalysisResult, offset: number): Reference | undefined {
  return result.report.references.find((r) => contains(r.span, offset));
}

/** The letter with its brackets: `(a)`, so that a cursor on a bracket still finds it. */
function letterHit(f: Finding, offset: number): boolean {
  return offset >= f.letterSpan.start - 1 && offset <= f.letterSpan.end + 1;
}

export function locate(result: AnalysisResult, offset: number): Target | undefined {
  const { report, index } = result;
  const ref = referenceAt(result, offset);
  if (ref) {
    const r = index.resolve(ref);
    if (r.criterion && r.finding) return { kind: 'finding', criterion: r.criterion, finding: r.finding, via: 'reference', reference: ref };
    if (r.criterion && !r.problem) return { kind: 'criterion', criterion: r.criterion, via: 'reference', reference: ref };
    if (r.section && !ref.criterionId && !r.problem) return { kind: 'section', section: r.section, via: 'reference', reference: ref };
    return { kind: 'unresolved', reference: ref };
  }
  for (const c of report.criteria) {
    if (contains(c.headingSpan, offset)) return { kind: 'criterion', criterion: c, via: 'heading' };
    if (!contains(c.span, offset)) continue;
    for (const g of c.groups) {
      for (const f of g.findings) if (letterHit(f, offset)) return { kind: 'finding', criterion: c, finding: f, via: 'letter' };
    }
  }
  for (const t of report.summaryTables) {
    if (!contains(t.span, offset)) continue;
    for (const row of t.rows) {
      if (!contains(row.idSpan, offset)) continue;
      const criterion = index.criteria.get(row.criterionId);
      if (criterion) return { kind: 'criterion', criterion, via: 'summary-row', row };
    }
  }
  for (const s of report.sections) {
    if (contains(s.headingSpan, offset)) return { kind: 'section', section: s, via: 'heading' };
  }
  return undefined;
}

/** The innermost criterion whose body holds the offset. */
export function criterionAt(result: AnalysisResult, offset: number): Criterion | undefined {
  return result.report.criteria.find((c) => offset >= c.span.start && offset <= c.span.end);
}

export function groupOf(criterion: Criterion, finding: Finding): FindingGroup | undefined {
  return criterion.groups.find((g) => g.findings.includes(finding));
}

/** The id part of a reference's target (`4.3` in `4.3d`), when the text names it. */
export function referenceIdSpan(text: string, ref: Reference): Span | undefined {
  if (!ref.criterionId) return undefined;
  const at = ref.targetSpan.start;
  if (text.slice(at, at + ref.criterionId.length) !== ref.criterionId) return undefined;
  return { start: at, end: at + ref.criterionId.length };
}
