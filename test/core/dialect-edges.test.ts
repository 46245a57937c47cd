/**
 * Realistic variations of the dialect (found in review): each must be read
 * the way a writer means it.
 */
import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../server/src/core/index.js';

const FM = '---\nframework: hmip-omi-2007\n---\n\n';
const uri = 'file:///edge.inspection.md';
const criterion = (body: string, score = '79%', id = '1.1 Preparing for sentence') => `${FM}# 1. Assessment\n\n## ${id}\n\nA standard.\n\n${score}\n\n${body}\n`;
const rules = (r: AnalysisResult, prefix = '') => r.diagnostics.filter((d) => d.ruleId.startsWith(prefix) && d.ruleId !== 'structure/missing-criterion').map((d) => d.ruleId);
const refsOf = (text: string) => analyze(text, uri).report.references.map((x) => `${x.criterionId ?? x.sectionId}${x.letter ?? ''}${x.sectionEndId ? `-${x.sectionEndId}` : ''}`);

describe('dialect: edge cases writers produce', () => {
  it('a conclusion sentence that wraps after its label: the fix replaces the sentence only', () => {
    const text = criterion('**Conclusion:** Performance\nagainst this criterion was good.', '60%');
    const r = analyze(text, uri);
    const d = r.diagnostics.find((x) => x.ruleId === 'conclusion/band-mismatch');
    assert.ok(d?.fix);
    const e = d.fix.edits[0]!;
    assert.equal(text.slice(e.span.start, e.span.end), 'Performance\nagainst this criterion was good.');
    const fixed = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
    assert.deepEqual(rules(analyze(fixed, uri), 'conclusion/'), []);
    assert.deepEqual(rules(analyze(fixed, uri), 'structure/missing-conclusion'), []);
  });

  it('a label followed by a single line break: conclusion sentence and findings on the next lines', () => {
    const c = analyze(criterion('**Conclusion**\nPerformance against this criterion was good.'), uri).report.criteria[0]!;
    assert.equal(c.conclusion?.text, 'Performance against this criterion was good.');
    const s = analyze(criterion('**Strengths**\n(a) One thing.\n(b) Another\nthing.'), uri).report.criteria[0]!;
    assert.deepEqual(s.groups.map((g) => `${g.kind}:${g.findings.map((f) => f.letter).join('')}`), ['strengths:ab']);
  });

  it('underscore emphasis on labels, grades and scores', () => {
    const r = analyze(criterion('__Strengths__\n\n- (a) x.\n\n__Areas for Improvement__\n\n- (a) y.\n\n_Conclusion_\n\nPerformance against this criterion was good.', '__79%__'), uri);
    const c = r.report.criteria[0]!;
    assert.equal(c.score?.value, 79);
    assert.deepEqual(c.groups.map((g) => g.kind), ['strengths', 'areas']);
    assert.deepEqual(rules(r), []);
    const g = analyze(criterion('### Strengths\n\n- (a) x.', '_Well met_', '4.1 Leadership and planning'), uri).report.criteria[0]!;
    assert.equal(g.grade?.raw, 'Well met');
  });

  it('a byte order mark before the front matter', () => {
    const r = analyze(`\uFEFF${criterion('### Conclusion\n\nPerformance against this criterion was good.')}`, uri);
    assert.equal(r.report.frontMatter?.values.framework, 'hmip-omi-2007');
    assert.deepEqual(rules(r, 'framework/'), []);
  });

  it('numbers that are not references', () => {
    for (const prose of ['Under section 20 of the Criminal Justice Act 2003, orders changed.', 'See 2.3.1 for details.', 'The budget rose by 2.5 million.', 'see 2.5 million more', 'See 3.2 seconds later.', 'The meeting (see 12.03) ran late.']) {
      assert.deepEqual(refsOf(criterion(`- ${prose}`)), [], prose);
    }
  });

  it('statutory powers named by a bare section number are not references', () => {
    // a section number used as the name of a power before a noun
    for (const prose of ['There were 986 section 47 enquiries in the year.', 'Nine children were in section 20 accommodation.', 'The unit has a section 136 suite.']) {
      assert.deepEqual(refsOf(criterion(`- ${prose}`)), [], prose);
    }
    // a section of a law with a subsection, named by its acronym, or joined to another of the same law
    for (const prose of ['Under section 38(6) of PACE, the force asked for a place for 61 children.', 'Of these, 339 led to detention under section 2 or section 3 of that Act.', 'Sections 2, 3 and 4 of the Mental Health Act were used.']) {
      assert.deepEqual(refsOf(criterion(`- ${prose}`)), [], prose);
    }
    // a row label naming a power with its gloss, in a table or a list
    assert.deepEqual(refsOf(criterion('- Patients by legal status:\n\n| Legal status | Patients |\n|---|---|\n| Section 2 (assessment) | 31 |\n| Section 37 (hospital order) | 6 |')), []);
    assert.deepEqual(refsOf(criterion('- Detentions:\n  - Section 3 (treatment): 52')), []);
    // but a pointer with a bracket in running prose, or a bracket that is no gloss, is still a reference
    assert.deepEqual(refsOf(criterion('- The plans are described in section 2 (leadership).')), ['2']);
    assert.deepEqual(refsOf(criterion('- | Section 2 (see above) | 31 |')), ['2']);
    // the report's own sections still are
    assert.deepEqual(refsOf(criterion('- As section 1 shows, work was late.')), ['1']);
    assert.deepEqual(refsOf(criterion('- See section 1 or section 2 of this report.')), ['1', '2']);
    assert.deepEqual(refsOf(criterion('- The detail is in section 1 of this report.')), ['1']);
  });

  it('references with a bracketed letter, and two sections joined by and', () => {
    assert.deepEqual(refsOf(criterion('### Strengths\n\n- (a) x.\n- (b) As above (see 1.1(a)); compare 1.1 (b).')), ['1.1a']);
    assert.deepEqual(refsOf(criterion('- As in sections 1 and 3; see section 1.')), ['1', '3', '1']);
    assert.deepEqual(refsOf(criterion('- Read sections 1-3.')), ['1-3']);
    const r = analyze(criterion('### Strengths\n\n- (a) x (see 1.1 (z)).'), uri);
    assert.deepEqual(rules(r, 'reference/'), ['reference/unknown-letter']);
  });

  it('code fences: a closing fence has nothing after it, and a backtick info string has no backtick', () => {
    const fenced = '```\ncode\n``` not a close\n# 2. Not a section\n```\n';
    assert.deepEqual(analyze(`${FM}${fenced}`, uri).report.sections.map((s) => s.id), []);
    const inline = '``` js `x` ```\n\n# 2. Implementation of interventions\n';
    assert.deepEqual(analyze(`${FM}${inline}`, uri).report.sections.map((s) => s.id), ['2']);
  });

  it('a conclusion phrase in quotes is still that phrase', () => {
    const r = analyze(criterion('### Conclusion\n\nThis criterion represents a \u2018priority for improvement\u2019.', '68%'), uri);
    assert.deepEqual(rules(r, 'conclusion/'), []);
  });
});
