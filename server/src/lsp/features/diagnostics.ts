/**
 * Core diagnostics as LSP diagnostics, grouped by the file they belong to:
 * the report itself, or a framework file (framework/invalid) for diagnostics
 * that carry their own `uri` and `position`.
 */
import type { Diagnostic as LspDiagnostic, DiagnosticRelatedInformation, Range, TextEdit } from 'vscode-languageserver';
import type { AnalysisResult, Diagnostic, Span } from '../../core/index.js';
import { LineIndex } from '../../core/index.js';
import { toRange, toSeverity } from '../convert.js';

export const SOURCE = 'inspection';

/** What a diagnostic carries for the code action that fixes it. */
export interface DiagnosticData {
  ruleId: string;
  fix?: { title: string; edits: TextEdit[] };
}

export interface DiagnosticsOptions {
  /** A file URI of the rule docs folder, ending in `/` (`file:///.../docs/rules/`). */
  docsBase?: string;
}

/** Ranges in the report or in the framework file the analysis read. */
export class RangeMapper {
  private frameworkLines?: LineIndex;

  constructor(private readonly result: AnalysisResult) {}

  range(uri: string | undefined, span: Span): Range | undefined {
    if (!uri || uri === this.result.uri) return toRange(this.result.lines, span);
    const fw = this.result.frameworkSource;
    if (fw && fw.uri === uri) {
      this.frameworkLines ??= new LineIndex(fw.text);
      return toRange(this.frameworkLines, span);
    }
    return undefined;
  }
}

export function ruleDocLink(docsBase: string | undefined, ruleId: string): string | undefined {
  if (!docsBase) return undefined;
  return `${docsBase}${ruleId.split('/').map(encodeURIComponent).join('/')}.md`;
}

export function toLspDiagnostic(result: AnalysisResult, d: Diagnostic, options: DiagnosticsOptions = {}, mapper = new RangeMapper(result)): LspDiagnostic {
  const range: Range = d.uri && d.uri !== result.uri && d.position ? d.position : (mapper.range(d.uri, d.span) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  const out: LspDiagnostic = {
    range,
    severity: toSeverity(d.severity),
    code: d.ruleId,
    source: SOURCE,
    message: d.message,
  };
  const href = ruleDocLink(options.docsBase, d.ruleId);
  if (href) out.codeDescription = { href };
  if (d.related && d.related.length > 0) {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of d.related) {
      const uri = r.uri ?? result.uri;
      const rr = mapper.range(uri, r.span);
      if (rr) related.push({ location: { uri, range: rr }, message: r.message });
    }
    if (related.length > 0) out.relatedInformation = related;
  }
  const data: DiagnosticData = { ruleId: d.ruleId };
  if (d.fix && (!d.uri || d.uri === result.uri)) {
    data.fix = { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: toRange(result.lines, e.span), newText: e.newText })) };
  }
  out.data = data;
  return out;
}

/** All diagnostics of one analysis, by the uri to publish them to (the report's first). */
export function diagnosticsByUri(result: AnalysisResult, options: DiagnosticsOptions = {}): Map<string, LspDiagnostic[]> {
  const out = new Map<string, LspDiagnostic[]>([[result.uri, []]]);
  const mapper = new RangeMapper(result);
  for (const d of result.diagnostics) {
    const uri = d.uri ?? result.uri;
    let list = out.get(uri);
    if (!list) out.set(uri, (list = []));
    list.push(toLspDiagnostic(result, d, options, mapper));
  }
  return out;
}
