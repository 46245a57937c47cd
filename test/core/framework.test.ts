import * as assert from 'node:assert/strict';
import { analyze, builtinFramework, FrameworkSchema, loadFramework } from '../../server/src/core/index.js';
import { hmipOmi2007 } from '../../server/src/core/framework/hmip-omi-2007.js';

const GOOD = `id: mini
name: Mini framework
sections:
  - id: "1"
    title: One
    scoreKind: percentage
    conclusionRequired: true
    criteria:
      - id: "1.1"
        title: First
grades: [Met, Not met]
conclusions:
  - { id: good, phrase: was good, sentence: Performance was good., min: 70 }
  - { id: poor, phrase: was poor, sentence: Performance was poor., min: 0 }
`;

describe('frameworks are data', () => {
  it('the built-in hmip-omi-2007 validates and lists the 20 criteria with their titles', () => {
    const fw = builtinFramework('hmip-omi-2007');
    assert.ok(fw);
    assert.equal(fw.criterionOrder.length, 20);
    assert.equal(fw.criterion('2.4')?.title, 'Ensuring containment and promoting compliance (Punish)');
    assert.equal(fw.scoreKind('4.2'), 'grade');
    assert.equal(fw.scoreKind('3.1'), 'percentage');
    assert.ok(FrameworkSchema.safeParse(hmipOmi2007).success);
  });

  it('the built-in bands agree with every published Sussex conclusion', () => {
    const fw = builtinFramework('hmip-omi-2007')!;
    for (const s of [75, 79, 81, 88]) assert.equal(fw.bandFor(s)?.id, 'good', String(s));
    for (const s of [65, 66, 67, 68, 70]) assert.equal(fw.bandFor(s)?.id, 'priority', String(s));
    for (const s of [58, 61]) assert.equal(fw.bandFor(s)?.id, 'urgent', String(s));
  });

  it('matches the longest conclusion phrase', () => {
    const fw = builtinFramework('hmip-omi-2007')!;
    assert.equal(fw.bandOfSentence('This criterion represents an urgent priority for improvement.')?.id, 'urgent');
    assert.equal(fw.bandOfSentence('This criterion represents a priority for improvement.')?.id, 'priority');
    assert.equal(fw.bandOfSentence('Performance against this criterion was good.')?.id, 'good');
    assert.equal(fw.bandOfSentence('No phrase here.'), undefined);
  });

  it('loads a valid user framework from YAML and JSON', () => {
    assert.equal(loadFramework(GOOD, 'file:///fw.yaml').framework?.id, 'mini');
    const json = JSON.stringify({ id: 'j', name: 'J', sections: [{ id: '1', title: 'T', scoreKind: 'grade', criteria: [{ id: '1.1', title: 'A' }] }], grades: ['Met'] });
    assert.equal(loadFramework(json, 'file:///fw.json').framework?.id, 'j');
  });

  it('locates a schema error at the offending line of the framework file', () => {
    const bad = GOOD.replace('scoreKind: percentage', 'scoreKind: percent');
    const r = loadFramework(bad, 'file:///fw.yaml');
    assert.equal(r.framework, undefined);
    assert.equal(r.diagnostics.length, 1);
    const d = r.diagnostics[0]!;
    assert.equal(d.uri, 'file:///fw.yaml');
    assert.equal(d.position!.start.line, bad.split('\n').findIndex((l) => l.includes('scoreKind: percent')));
    assert.match(d.message, /sections\.0\.scoreKind/);
  });

  it('locates a missing key at its parent and a duplicate criterion at the second id', () => {
    const noTitle = GOOD.replace('        title: First\n', '');
    const r1 = loadFramework(noTitle, 'file:///fw.yaml');
    assert.match(r1.diagnostics[0]!.message, /criteria\.0\.title/);
    assert.equal(r1.diagnostics[0]!.position!.start.line, noTitle.split('\n').findIndex((l) => l.includes('- id: "1.1"')));
    const dup = GOOD.replace('        title: First\n', '        title: First\n      - id: "1.1"\n        title: Again\n');
    const r2 = loadFramework(dup, 'file:///fw.yaml');
    assert.match(r2.diagnostics[0]!.message, /listed twice/);
    const idLines = dup.split('\n').flatMap((l, i) => (l.includes('- id: "1.1"') ? [i] : []));
    assert.equal(r2.diagnostics[0]!.position!.start.line, idLines[1]);
  });

  it('a resolver that returns no text gets a diagnostic, not an exception', () => {
    const r = analyze('---\nframework: ./fw.yaml\n---\n', 'file:///r.inspection.md', { resolveFramework: () => ({ uri: 'file:///fw.yaml', text: undefined as unknown as string }) });
    assert.ok(r.diagnostics.some((d) => d.ruleId === 'framework/unknown' && /cannot read the framework file/.test(d.message)));
  });

  it('reports YAML syntax errors with a position, and never throws', () => {
    for (const text of ['sections: [\n', '{"id": }', '', '- just a list', 'id: x\nid: y\n', '\u0000\u0001']) {
      const r = loadFramework(text, 'file:///fw.yaml');
      assert.equal(r.framework, undefined, JSON.stringify(text));
      assert.ok(r.diagnostics.length > 0);
      for (const d of r.diagnostics) assert.ok(d.position && d.position.start.line >= 0);
    }
  });

  it('a report whose framework file is malformed gets a located diagnostic at its front matter', () => {
    const report = '---\ntitle: T\nframework: ./fw.yaml\n---\n\n## 1.1 First\n\n80%\n';
    const bad = GOOD.replace('min: 70', 'min: high');
    const r = analyze(report, 'file:///dir/r.inspection.md', { resolveFramework: () => ({ uri: 'file:///dir/fw.yaml', text: bad }) });
    const front = r.diagnostics.find((d) => d.ruleId === 'framework/invalid' && !d.uri);
    assert.ok(front, 'diagnostic on the report');
    assert.equal(report.slice(front.span.start, front.span.end), './fw.yaml');
    const inFile = r.diagnostics.find((d) => d.uri === 'file:///dir/fw.yaml');
    assert.ok(inFile, 'diagnostic in the framework file');
    assert.equal(inFile.position!.start.line, bad.split('\n').findIndex((l) => l.includes('min: high')));
  });

  it('a report naming an unknown framework gets a diagnostic at the name', () => {
    const report = '---\nframework: hmip-omi-2099\n---\n';
    const r = analyze(report, 'file:///r.inspection.md');
    const d = r.diagnostics.find((x) => x.ruleId === 'framework/unknown');
    assert.ok(d);
    assert.equal(report.slice(d.span.start, d.span.end), 'hmip-omi-2099');
  });

  it('a user framework changes what is checked', () => {
    const report = '---\nframework: ./fw.yaml\n---\n\n## 1.1 First\n\nA standard.\n\n60%\n\n### Conclusion\n\nPerformance was good.\n';
    const r = analyze(report, 'file:///r.inspection.md', { resolveFramework: () => ({ uri: 'file:///fw.yaml', text: GOOD }) });
    assert.deepEqual(r.diagnostics.map((d) => d.ruleId), ['conclusion/band-mismatch']);
    assert.equal(r.report.frameworkId, 'mini');
  });
});
