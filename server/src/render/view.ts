/**
 * The report as the preview, the dashboard and the exports show it: one row
 * per criterion (score or grade, band, conclusion, problem counts, anchor),
 * the section means and the chart's data. Pure: it reads an analysis result
 * and nothing else, so the CLI, the extension and the webview agree.
 */
import type { AnalysisResult, Criterion, Diagnostic, Severity } from '../core/index.js';
import { sectionMean } from '../core/numbers/section.js';
import { readableTitle } from '../lsp/features/display.js';

export interface ProblemCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface CriterionView {
  id: string;
  sectionId: string;
  title: string;
  /** The anchor of the criterion's heading in rendered HTML. */
  anchor: string;
  /** 0-based line of the heading. */
  line: number;
  /** `79%` or `Well met`, as written. */
  score?: string;
  /** The percentage as a number, when the criterion is scored in percent. */
  value?: number;
  grade?: string;
  /** The framework's band for the score (`good`), when there is one. */
  band?: string;
  /** The conclusion sentence as written. */
  conclusion?: string;
  /** The band the conclusion's wording names, when it names one. */
  conclusionBand?: string;
  problems: ProblemCounts;
}

export interface SectionView {
  id: string;
  title: string;
  anchor: string;
  line: number;
  /** The mean of the section's percentage scores, rounded as the scores are written. */
  mean?: number;
  meanText?: string;
  criteria: CriterionView[];
}

export interface ReportView {
  uri: string;
  title: string;
  frameworkId: string;
  frameworkName?: string;
  sections: SectionView[];
  /** Every criterion in document order (also those outside any section). */
  criteria: CriterionView[];
  problems: ProblemCounts;
}

/** The anchor of a criterion heading: `criterion-1.2`. */
export function criterionAnchor(id: string): string {
  return `criterion-${id}`;
}

/** The anchor of a finding: `finding-1.2-areas-c`. */
export function findingAnchor(criterionId: string, group: string, letter: string): string {
  return `finding-${criterionId}-${group}-${letter}`;
}

/** The anchor of a numbered section heading: `section-4`. */
export function sectionAnchor(id: string): string {
  return `section-${id}`;
}

export function emptyCounts(): ProblemCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

function count(counts: ProblemCounts, severity: Severity): void {
  counts[severity]++;
}

/** Diagnostics of the report itself (not of a framework file). */
export function ownDiagnostics(result: AnalysisResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.uri === undefined || d.uri === result.uri);
}

export function buildView(result: AnalysisResult): ReportView {
  const { report, framework, lines } = result;
  const own = ownDiagnostics(result);
  const total = emptyCounts();
  for (const d of own) count(total, d.severity);

  const criterionView = (c: Criterion): CriterionView => {
    const problems = emptyCounts();
    for (const d of own) if (d.span.start >= c.span.start && d.span.start < c.span.end) count(problems, d.severity);
    const band = c.score && framework ? framework.bandFor(c.score.value) : undefined;
    const conclusionBand = c.conclusion?.text && framework ? framework.bandOfSentence(c.conclusion.text) : undefined;
    return {
      id: c.id,
      sectionId: c.sectionId,
      title: readableTitle(c.title, framework?.criterion(c.id)?.title),
      anchor: criterionAnchor(c.id),
      line: lines.positionAt(c.headingSpan.start).line,
      ...(c.score ? { score: c.score.raw, value: c.score.value } : {}),
      ...(c.grade ? { score: c.grade.raw, grade: c.grade.raw } : {}),
      ...(band ? { band: band.id } : {}),
      ...(c.conclusion?.text ? { conclusion: c.conclusion.text } : {}),
      ...(conclusionBand ? { conclusionBand: conclusionBand.id } : {}),
      problems,
    };
  };

  const criteria = report.criteria.map(criterionView);
  const byId = new Map<string, CriterionView>();
  report.criteria.forEach((c, i) => byId.set(`${c.headingSpan.start}`, criteria[i]!));
  const sections: SectionView[] = report.sections.map((s) => {
    const mean = sectionMean(report, s.id);
    return {
      id: s.id,
      title: readableTitle(s.title, framework?.section(s.id)?.title),
      anchor: sectionAnchor(s.id),
      line: lines.positionAt(s.headingSpan.start).line,
      ...(mean ? { mean: mean.rounded / 10 ** mean.decimals, meanText: mean.text } : {}),
      criteria: s.criteria.map((c) => byId.get(`${c.headingSpan.start}`)!).filter((c) => c !== undefined),
    };
  });
  const fm = report.frontMatter?.values ?? {};
  return {
    uri: result.uri,
    title: fm['title'] ?? firstHeading(result.text) ?? 'Inspection report',
    frameworkId: report.frameworkId,
    ...(framework ? { frameworkName: framework.data.name } : {}),
    sections,
    criteria,
    problems: total,
  };
}

function firstHeading(text: string): string | undefined {
  const m = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text);
  return m ? m[1] : undefined;
}
