/**
 * JSON and SARIF renderings of checked reports. Lines and columns are 1-based.
 */
import * as path from 'node:path';
import type { AnalysisResult } from '../core/analyze.js';
import type { Rule } from '../core/checks/rule.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Severity } from '../core/model.js';
import type { LineIndex } from '../core/text.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claimsJson, coverageJson } from './claims.js';

export interface CheckedFile {
  path: string;
  result: AnalysisResult;
  frameworkLines?: LineIndex;
}

export function criteriaJson(result: AnalysisResult) {
  return result.report.criteria.map((c) => ({
    id: c.id,
    title: c.title,
    score: c.score ? c.score.value : null,
    grade: c.grade ? c.grade.raw : null,
    conclusion: c.conclusion?.text ? c.conclusion.text : null,
    findings: {
      strengths: c.groups.filter((g) => g.kind === 'strengths').flatMap((g) => g.findings.map((f) => f.letter)),
      areasForImprovement: c.groups.filter((g) => g.kind === 'areas').flatMap((g) => g.findings.map((f) => f.letter)),
    },
  }));
}

function diagnosticJson(file: CheckedFile, d: Diagnostic) {
  const r = diagnosticRange(file, d);
  const out: Record<string, unknown> = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    range: {
      start: { line: r.start.line + 1, column: r.start.character + 1 },
      end: { line: r.end.line + 1, column: r.end.character + 1 },
    },
  };
  const p = diagnosticPath(file, d);
  if (p !== file.path) out.path = p;
  if (d.fix) {
    out.fix = {
      title: d.fix.title,
      edits: d.fix.edits.map((e) => {
        const s = file.result.lines.positionAt(e.span.start);
        const t = file.result.lines.positionAt(e.span.end);
        return {
          range: { start: { line: s.line + 1, column: s.character + 1 }, end: { line: t.line + 1, column: t.character + 1 } },
          newText: e.newText,
        };
      }),
    };
  }
  return out;
}

/** One report's entry in `--format json`. */
export function jsonEntry(f: CheckedFile, outline: boolean): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    path: f.path,
    framework: f.result.report.frameworkId,
    criteria: criteriaJson(f.result),
  };
  if (!outline) entry.diagnostics = f.result.diagnostics.map((d) => diagnosticJson(f, d));
  if (!outline) {
    entry.claims = claimsJson(f);
    entry.coverage = coverageJson(f);
  }
  return entry;
}

export function toJson(files: CheckedFile[], outline: boolean) {
  return { reports: files.map((f) => jsonEntry(f, outline)) };
}

/**
 * The `--format json` output written piece by piece, byte for byte what
 * `JSON.stringify(toJson(files, outline), null, 2)` gives: `jsonHead`, each
 * report's `jsonPiece` (its entry indented as an element of `reports`), `jsonTail`.
 */
export const JSON_HEAD = '{\n  "reports": [';
/** A report's entry as an element of `reports` (indented by four spaces; only at '\n', which JSON strings never hold raw). */
export function jsonElement(entry: Record<string, unknown>): string {
  return `    ${JSON.stringify(entry, null, 2).replaceAll('\n', '\n    ')}`;
}
export function jsonPiece(element: string, first: boolean): string {
  return `${first ? '\n' : ',\n'}${element}`;
}
export function jsonTail(count: number): string {
  return count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** One SARIF result without its `ruleIndex` (which depends on every report's rule ids). */
export interface SarifResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: unknown[];
}

/** The SARIF results of one report, and the ids outside the registry that it uses, with their first severity. */
export function sarifResults(f: CheckedFile, ruleIds: ReadonlySet<string>): { results: SarifResult[]; extra: [string, Severity][] } {
  const extra: [string, Severity][] = [];
  const seen = new Set<string>();
  for (const d of f.result.diagnostics) {
    if (ruleIds.has(d.ruleId) || seen.has(d.ruleId)) continue;
    seen.add(d.ruleId);
    extra.push([d.ruleId, d.severity]);
  }
  const results = f.result.diagnostics.map((d) => {
    const r = diagnosticRange(f, d);
    return {
      ruleId: d.ruleId,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(diagnosticPath(f, d)), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: r.start.line + 1,
              startColumn: r.start.character + 1,
              endLine: r.end.line + 1,
              endColumn: r.end.character + 1,
            },
          },
        },
      ],
    };
  });
  return { results, extra };
}

/**
 * Collects the SARIF results of reports one at a time (`add`, in report
 * order), holding only the results, and builds the log at the end.
 */
export class SarifCollector {
  private readonly ruleIds: Set<string>;
  /** Diagnostics outside the rule registry (framework/..., front matter) carry their own severity. */
  private readonly extraSeverity = new Map<string, Severity>();
  private readonly results: SarifResult[] = [];

  constructor(private readonly rules: Rule[]) {
    this.ruleIds = new Set(rules.map((r) => r.meta.id));
  }

  get registry(): ReadonlySet<string> {
    return this.ruleIds;
  }

  add(part: { results: SarifResult[]; extra: [string, Severity][] }): void {
    for (const [id, severity] of part.extra) if (!this.extraSeverity.has(id)) this.extraSeverity.set(id, severity);
    for (const r of part.results) this.results.push(r);
  }

  log() {
    const rules = this.rules;
    const allIds = [...rules.map((r) => r.meta.id), ...[...this.extraSeverity.keys()].sort()];
    const indexOf = new Map<string, number>();
    for (const [i, id] of allIds.entries()) if (!indexOf.has(id)) indexOf.set(id, i);
    const meta = new Map(rules.map((r) => [r.meta.id, r.meta]));
    const extraSeverity = this.extraSeverity;
    return {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'inspection-check',
              informationUri: 'https://example.invalid/inspection-report',
              version: '0.1.0',
              rules: allIds.map((id) => {
                const m = meta.get(id);
                return {
                  id,
                  shortDescription: { text: m?.summary ?? id },
                  fullDescription: { text: m?.description ?? id },
                  // SARIF wants an absolute helpUri; the rule's text travels with the log instead.
                  help: { text: `${m?.description ?? id} See docs/rules/${id}.md in the inspection-report package.` },
                  defaultConfiguration: { level: LEVEL[m?.severity ?? extraSeverity.get(id) ?? 'error'] },
                };
              }),
            },
          },
          columnKind: 'utf16CodeUnits',
          originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(process.cwd()).href}/` } },
          results: this.results.map((r) => ({ ruleId: r.ruleId, ruleIndex: indexOf.get(r.ruleId) ?? -1, level: r.level, message: r.message, locations: r.locations })),
        },
      ],
    };
  }
}

export function toSarif(files: CheckedFile[], rules: Rule[]) {
  const sarif = new SarifCollector(rules);
  for (const f of files) sarif.add(sarifResults(f, sarif.registry));
  return sarif.log();
}

/** A path relative to the working folder as a URI reference: `/` separators, each segment percent-encoded. */
function relativeUri(p: string): string {
  if (path.isAbsolute(p)) return pathToFileURL(p).href;
  return p.split(path.sep).map((seg) => encodeURIComponent(seg)).join('/');
}

export function diagnosticPath(file: CheckedFile, d: Diagnostic): string {
  if (!d.uri || d.uri === file.result.uri) return file.path;
  try {
    return path.relative(process.cwd(), fileURLToPath(d.uri));
  } catch {
    return d.uri;
  }
}

export function diagnosticRange(file: CheckedFile, d: Diagnostic) {
  if (d.position) return d.position;
  const lines = d.uri && d.uri !== file.result.uri && file.frameworkLines ? file.frameworkLines : file.result.lines;
  return { start: lines.positionAt(d.span.start), end: lines.positionAt(d.span.end) };
}

