import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { analyze } from '../../server/src/core/index.js';
import { diagnosticsByUri, ruleDocLink, type DiagnosticData } from '../../server/src/lsp/features/diagnostics.js';
import { analyzeText, textAt } from './helpers.js';

const DOCS = 'file:///repo/docs/rules/';

describe('lsp: diagnostics', () => {
  const text = `---\nframework: hmip-omi-2007\n---\n\n## 1.1 Preparing for sentence\n\n79%\n\n### Strengths\n\n- (a) One, see 1.1z.\n- (c) Two.\n\n### Conclusion\n\nPerformance against this criterion was good.\n`;
  const result = analyzeText(text);
  const list = diagnosticsByUri(result, { docsBase: DOCS }).get(result.uri)!;

  it('carries rule id as code, a link to the rule doc, source and severity', () => {
    const unknown = list.find((d) => d.code === 'reference/unknown-letter')!;
    assert.ok(unknown, list.map((d) => d.code).join(','));
    assert.equal(unknown.source, 'inspection');
    assert.equal(unknown.codeDescription!.href, 'file:///repo/docs/rules/reference/unknown-letter.md');
    assert.equal(textAt(result, unknown.range), 'z');
    const letters = list.find((d) => d.code === 'structure/finding-letters')!;
    assert.equal(letters.severity, DiagnosticSeverity.Warning);
    assert.equal(textAt(result, letters.range), 'c');
  });

  it('carries the fix in data', () => {
    const letters = list.find((d) => d.code === 'structure/finding-letters')!;
    const data = letters.data as DiagnosticData;
    assert.equal(data.ruleId, 'structure/finding-letters');
    assert.equal(data.fix!.edits[0]!.newText, 'b');
    assert.equal(textAt(result, data.fix!.edits[0]!.range), 'c');
  });

  it('maps severities from settings', () => {
    const r = analyzeText(text, undefined, { severities: { 'structure/finding-letters': 'hint' } });
    const d = diagnosticsByUri(r).get(r.uri)!.find((x) => x.code === 'structure/finding-letters')!;
    assert.equal(d.severity, DiagnosticSeverity.Hint);
    assert.equal(d.codeDescription, undefined);
  });

  it('publishes framework-file diagnostics to the framework file, with related information', () => {
    const reportUri = 'file:///repo/r.inspection.md';
    const fwUri = 'file:///repo/fw.yaml';
    const fwText = 'id: broken\nname: Broken\nsections: 3\n';
    const r = analyze(`---\nframework: ./fw.yaml\n---\n\n# 1. A\n`, reportUri, { resolveFramework: () => ({ uri: fwUri, text: fwText }) });
    const byUri = diagnosticsByUri(r);
    assert.deepEqual([...byUri.keys()].sort(), [fwUri, reportUri].sort());
    const inFw = byUri.get(fwUri)!;
    assert.ok(inFw.length > 0);
    assert.equal(inFw[0]!.range.start.line, 2);
    const inReport = byUri.get(reportUri)!.find((d) => d.code === 'framework/invalid')!;
    assert.equal(inReport.relatedInformation![0]!.location.uri, fwUri);
    assert.equal(inReport.relatedInformation![0]!.location.range.start.line, 2);
  });

  it('builds rule doc links with the rule id path', () => {
    assert.equal(ruleDocLink(DOCS, 'structure/missing-score'), 'file:///repo/docs/rules/structure/missing-score.md');
    assert.equal(ruleDocLink(undefined, 'structure/missing-score'), undefined);
  });
});
