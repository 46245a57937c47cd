/**
 * Hovers:
 * - on a reference: the target's title, score or grade, conclusion, and the
 *   finding's text;
 * - on a numeric claim: its arithmetic with ✓ or ✗, unless a diagnostic there
 *   already says it (one text per problem: the editor shows the diagnostic);
 * - on a criterion heading: standard, score, band, the section mean and the
 *   number of references to it;
 * - on a finding's letter, a section heading or a summary row: a short summary.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { AnalysisResult, Criterion, Finding, NumericClaim, Section, Span } from '../../core/index.js';
import { contains, toRange, trimSpan } from '../convert.js';
import { sectionMean } from '../../core/numbers/section.js';
import { criterionName, plural, scoreText, sectionName } from './display.js';
import { groupOf, locate } from './locate.js';

const MAX_FINDING = 1200;

export function claimAt(result: AnalysisResult, offset: number): NumericClaim | undefined {
  return result.report.claims.find((c) => contains(c.span, offset));
}

export function verdictMark(claim: NumericClaim): string {
  switch (claim.verdict) {
    case 'ok':
      return '✓';
    case 'convention':
      return '✓ (by convention)';
    case 'inconsistent':
      return '✗';
    case 'impossible':
      return '✗ (impossible)';
    case 'unchecked':
      return '(not checked)';
  }
}

export function claimHover(result: AnalysisResult, claim: NumericClaim): string {
  // The core already ends consistent arithmetic with a tick; do not print two.
  const arithmetic = claim.arithmetic.replace(/\s*[✓✗]$/u, '');
  const lines = [`\`${arithmetic}\` ${verdictMark(claim)}`];
  for (const s of claim.sources ?? []) {
    const line = result.lines.positionAt(s.span.start).line + 1;
    lines.push(`- ${s.message} (line ${line})`);
  }
  if (claim.replacement) lines.push(`\nConsistent: \`${claim.replacement.newText}\``);
  return lines.join('\n');
}

function bandLine(result: AnalysisResult, c: Criterion): string | undefined {
  const fw = result.framework;
  if (!fw || !c.score) return undefined;
  const band = fw.bandFor(c.score.value);
  if (!band) return undefined;
  const i = fw.bands.indexOf(band);
  const upper = i > 0 ? fw.bands[i - 1]!.min : undefined;
  const range = upper === undefined ? `${band.min}% and above` : `${band.min}% to below ${upper}%`;
  return `Band: **${band.id}** (${range}): _${band.sentence}_`;
}

function findingText(result: AnalysisResult, f: Finding): string {
  const span = trimSpan(result.text, f.span);
  let text = result.text.slice(span.start, span.end);
  // Drop the list marker and letter: `- (d) `.
  const letterEnd = f.letterSpan.end + 1 - span.start;
  if (letterEnd > 0 && letterEnd <= text.length) text = text.slice(letterEnd).trimStart();
  text = text.replace(/\n[ \t]+/g, '\n');
  if (text.length > MAX_FINDING) text = `${text.slice(0, MAX_FINDING - 3)}...`;
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

function criterionSummary(result: AnalysisResult, c: Criterion): string[] {
  const head = [`**${criterionName(c, result.framework)}**`];
  const score = scoreText(c);
  if (score) head.push(score);
  const lines = [head.join(' · ')];
  if (c.conclusion?.text) lines.push('', `Conclusion: _${c.conclusion.text}_`);
  return lines;
}

function referenceHover(result: AnalysisResult, c: Criterion, f?: Finding): string {
  const lines = criterionSummary(result, c);
  if (f) {
    const g = groupOf(c, f);
    lines.push('', `**${g?.label ?? (f.group === 'strengths' ? 'Strengths' : 'Areas for Improvement')}${f.bulleted ? '' : ` (${f.letter})`}**`, '', findingText(result, f));
  }
  return lines.join('\n');
}

function headingHover(result: AnalysisResult, c: Criterion): string {
  const lines = [`**${criterionName(c, result.framework)}**`];
  const standard = c.standard?.text ?? result.framework?.criterion(c.id)?.standard;
  if (standard) lines.push('', `Standard: _${standard}_`);
  const score = scoreText(c);
  lines.push('', `${c.grade ? 'Grade' : 'Score'}: ${score ?? 'none'}`);
  const band = bandLine(result, c);
  if (band) lines.push('', band);
  const section = result.index.sections.get(c.sectionId);
  const mean = section ? sectionMean(result.report, section.id) : undefined;
  if (section && mean) lines.push('', `Section ${section.id} mean: ${mean.text} (${plural(mean.count, 'criterion score')})`);
  const refs = result.index.referencesTo(c.id).length;
  lines.push('', `${plural(refs, 'reference')} in this report`);
  return lines.join('\n');
}

function sectionHover(result: AnalysisResult, s: Section): string {
  const lines = [`**${sectionName(s, result.framework)}**`, ''];
  for (const c of s.criteria) lines.push(`- ${criterionName(c, result.framework)}: ${scoreText(c) ?? 'no score'}`);
  const mean = sectionMean(result.report, s.id);
  if (mean) lines.push('', `Mean: ${mean.arithmetic}`);
  return lines.join('\n');
}

/** Whether a diagnostic of the report covers the span (the editor then shows its message in the hover). */
export function reportedAt(result: AnalysisResult, span: Span): boolean {
  return result.diagnostics.some((d) => (!d.uri || d.uri === result.uri) && d.severity !== 'hint' && d.span.start <= span.start && d.span.end >= span.end);
}

export function hover(result: AnalysisResult, position: Position): Hover | undefined {
  const offset = result.lines.offsetAt(position);
  const make = (value: string, span: Span): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: toRange(result.lines, span) });
  const t = locate(result, offset);
  if (t && (t.kind === 'unresolved' || t.via === 'reference')) {
    const ref = t.reference!;
    switch (t.kind) {
      case 'finding':
        return make(referenceHover(result, t.criterion, t.finding), ref.span);
      case 'criterion':
        return make(referenceHover(result, t.criterion), ref.span);
      case 'section':
        return make(sectionHover(result, t.section), ref.span);
      case 'unresolved':
        return undefined;
    }
  }
  const claim = claimAt(result, offset);
  // A claim that a diagnostic already reports at this place: the editor shows that diagnostic's
  // message (with the arithmetic) and its related information in the hover, so say nothing more.
  if (claim && !reportedAt(result, claim.span)) return make(claimHover(result, claim), claim.span);
  if (!t) return undefined;
  switch (t.kind) {
    case 'criterion':
      return make(t.via === 'heading' ? headingHover(result, t.criterion) : criterionSummary(result, t.criterion).join('\n'), t.via === 'heading' ? t.criterion.headingSpan : t.row!.idSpan);
    case 'finding': {
      const label = groupOf(t.criterion, t.finding)?.label ?? t.finding.group;
      const refs = result.index.referencesTo(t.criterion.id, t.finding).length;
      return make(`**${criterionName(t.criterion, result.framework)}** · ${label} (${t.finding.letter})\n\n${plural(refs, 'reference')} in this report`, t.finding.letterSpan);
    }
    case 'section':
      return make(sectionHover(result, t.section), t.section.headingSpan);
  }
  return undefined;
}
