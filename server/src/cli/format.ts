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

export function toJson(files: CheckedFile[], outline: boolean) {
  return {
    reports: files.map((f) => {
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
    }),
  };
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(files: CheckedFile[], rules: Rule[]) {
  const ruleIds = [...rules.map((r) => r.meta.id)];
  const extra = new Set<string>();
  /** Diagnostics outside the rule registry (framework/..., front matter) carry their own severity. */
  const extraSeverity = new Map<string, Severity>();
  for (const f of files) {
    for (const d of f.result.diagnostics) {
      if (ruleIds.includes(d.ruleId)) continue;
      extra.add(d.ruleId);
      if (!extraSeverity.has(d.ruleId)) extraSeverity.set(d.ruleId, d.severity);
    }
  }
  const allIds = [...ruleIds, ...[...extra].sort()];
  const meta = new Map(rules.map((r) => [r.meta.id, r.meta]));
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
        results: files.flatMap((f) =>
          f.result.diagnostics.map((d) => {
            const r = diagnosticRange(f, d);
            return {
              ruleId: d.ruleId,
              ruleIndex: allIds.indexOf(d.ruleId),
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
          }),
        ),
      },
    ],
  };
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

