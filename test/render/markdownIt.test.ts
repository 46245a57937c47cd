/**
 * The report plugin on a plain markdown-it: what any markdown-it renderer
 * (VS Code's preview among them) shows for a report.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analyze, type AnalysisResult } from '../../server/src/core/index.js';
import { inspectionPlugin } from '../../server/src/render/markdownIt.js';
import { blankFrontMatter, renderHtmlPage } from '../../server/src/render/html.js';
import { buildView } from '../../server/src/render/view.js';

const REPORT = `---
framework: hmip-omi-2007
---

# 1. ASSESSMENT AND SENTENCE PLANNING

## 1.1 General Criterion: PREPARING FOR SENTENCE

80%

### Strengths

- (a) Most reports were timely (see 1.2b).

### Areas for Improvement

- (a) Only 50% (3) of the 9 cases had a plan; see 1.9, and see 1.1c.

### Conclusion

Performance against this criterion was good.

## 1.2 General Criterion: ASSESSMENT OF RISK OF HARM

60%

### Strengths

- (a) One.
- (b) Two.

\`\`\`inspection-chart
\`\`\`
`;

function render(text: string, decorate = true): { html: string; result: AnalysisResult } {
  const result = analyze(text, 'file:///t/a.inspection.md');
  const md = new MarkdownIt({ html: true });
  md.use(inspectionPlugin, { analyze: () => (decorate ? result : undefined) });
  // Plain markdown-it knows no front matter: blank it, keeping the lines.
  return { html: md.render(blankFrontMatter(text)), result };
}

describe('render: markdown-it plugin', () => {
  it('links resolved references to their targets and marks unresolved ones', () => {
    const { html } = render(REPORT);
    assert.match(html, /<li id="finding-1\.2-strengths-b">/);
    assert.match(html, /<a href="#finding-1\.2-strengths-b" class="ir-ref">see 1\.2b<\/a>/);
    assert.match(html, /<span class="ir-broken-ref" title="The report has no criterion with that id\.">see 1\.9<\/span>/);
    assert.match(html, /<span class="ir-broken-ref" title="This criterion has no finding with that letter\.">see 1\.1c<\/span>/);
  });

  it('puts anchors and score and band badges on criterion headings', () => {
    const { html, result } = render(REPORT);
    const band = result.framework!.bandFor(80)!.id;
    assert.match(html, /<h2><a id="criterion-1\.1" class="ir-anchor"><\/a>1\.1 General Criterion: PREPARING FOR SENTENCE <span class="ir-badge ir-score" title="Score">80%<\/span>/);
    assert.ok(html.includes(`title="Band of the score">${band}</span>`));
    assert.match(html, /<h1[^>]*>(<span class="ir-marker[^>]*>[^<]*<\/span> )?<a id="section-1" class="ir-anchor"><\/a>1\. ASSESSMENT/);
  });

  it('marks the blocks that carry errors with a marker naming the problem', () => {
    const { html, result } = render(REPORT);
    const d = result.diagnostics.find((x) => x.severity === 'error' && x.ruleId.startsWith('numbers/'));
    assert.ok(d, 'the fixture has a numeric error');
    const markers = [...html.matchAll(/<span class="ir-marker ir-error" title="([^"]*)" data-problems="(\d+)">/g)];
    const onItem = markers.find((m) => m[1]!.includes(`[${d.ruleId}]`));
    assert.ok(onItem, 'a marker names the numeric error');
    // It sits in the finding's list item, which is marked as a whole.
    assert.match(html, /<li id="finding-1\.1-areas-a" class="ir-problem ir-problem-error" title="[^"]*percentage-mismatch/);
  });

  it('draws the chart in place of an inspection-chart fence, with one bar per scored criterion and section means', () => {
    const { html } = render(REPORT);
    assert.doesNotMatch(html, /<code class="language-inspection-chart">/);
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0];
    assert.deepEqual([...svg.matchAll(/data-criterion="([^"]+)"/g)].map((m) => m[1]), ['1.1', '1.2']);
    assert.match(svg, /data-section="1"><title>Section 1: [^<]*: mean 70%<\/title>/);
  });

  it('leaves a document alone when analyze declines it', () => {
    const { html } = render(REPORT, false);
    assert.equal(html, new MarkdownIt({ html: true }).render(blankFrontMatter(REPORT)));
  });

  it('never throws, whatever the text', () => {
    const odd = ['', '#', '## 1.1', '- (a)\n- (a)', '```\n', '| a |\n|---|\n| see 1.1 |', '---\nframework: [\n---\n', '# 1. X\n## 1.1 General Criterion: Y\nsee 1.1a and 9.9'];
    for (const text of odd) {
      assert.doesNotThrow(() => render(text));
      assert.doesNotThrow(() => renderHtmlPage(analyze(text, 'file:///t/x.inspection.md')));
    }
  });

  it('the view counts problems per criterion and computes section means', () => {
    const result = analyze(REPORT, 'file:///t/a.inspection.md');
    const view = buildView(result);
    assert.deepEqual(view.criteria.map((c) => c.score), ['80%', '60%']);
    assert.equal(view.sections[0]!.mean, 70);
    const in11 = result.diagnostics.filter((d) => d.span.start >= result.report.criteria[0]!.span.start && d.span.start < result.report.criteria[0]!.span.end && d.severity === 'error').length;
    assert.equal(view.criteria[0]!.problems.error, in11);
  });
});
