/**
 * Issue 10: the per-block time budget (limits.blockTimeBudgetMs, with the
 * clock the server injects) and parsing ahead (DocumentAnalyzer.prewarm, what
 * the server's queue uses to spread an analysis over turns of its event loop).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DocumentAnalyzer } from '../../server/src/core/index.js';
import { ROOT } from '../protocol/client.js';

const SEED = fs.readFileSync(path.join(ROOT, 'seeds', 'sussex-2007.inspection.md'), 'utf8');
const URI = 'file:///budget.inspection.md';

function plain(r: ReturnType<typeof analyze>) {
  return { diagnostics: r.diagnostics, report: JSON.parse(JSON.stringify(r.report)) as unknown };
}

describe('robustness: a time budget per block, and parsing ahead (issue 10)', () => {
  it('a block over its budget gets a located limits/block-time warning and keeps its structure; the other blocks are analysed', () => {
    const text = '# 1. Assessment\n\n## 1.1 Slow\n\nStrengths\n\n(a) 12 of 20 (60%) cases; see 1.2a.\n\n## 1.2 Fast\n\nStrengths\n\n(a) 3 of 4 (75%) cases.\n';
    const slowAt = text.indexOf('## 1.1');
    // A clock that jumps 10 s at each reading while the slow block is parsed: it alone is parsed ahead with that clock.
    let t = 0;
    let inSlow = false;
    const clock = () => (inSlow ? (t += 10_000) : t);
    const analyzer = new DocumentAnalyzer(URI, { clock, limits: { blockTimeBudgetMs: 1000 } });
    inSlow = true;
    assert.equal(analyzer.prewarm(text.slice(slowAt, text.indexOf('## 1.2')), 100), true);
    inSlow = false;
    const r = analyzer.update(text);
    const notes = r.diagnostics.filter((d) => d.ruleId === 'limits/block-time');
    assert.equal(notes.length, 1, JSON.stringify(r.diagnostics));
    assert.equal(notes[0]!.span.start, slowAt);
    assert.match(notes[0]!.message, /1000 ms/);
    // Degraded: its structure (the criterion, its finding) is kept, its references and numbers are not.
    const crit = r.report.sections.flatMap((s) => s.criteria).find((c) => c.id === '1.1');
    assert.ok(crit, 'the slow block keeps its criterion');
    assert.equal(r.diagnostics.filter((d) => d.ruleId.startsWith('reference/') && d.span.start > slowAt && d.span.start < text.indexOf('## 1.2')).length, 0);
    // The other block was analysed in full.
    assert.ok(r.report.sections.flatMap((s) => s.criteria).some((c) => c.id === '1.2'));
  });

  it('without a clock no budget applies (the CLI): the same text analyses in full', () => {
    const r = analyze('# 1. A\n\n## 1.1 B\n\n(a) see 1.9z.\n', URI, { limits: { blockTimeBudgetMs: 1 } });
    assert.equal(r.diagnostics.filter((d) => d.ruleId === 'limits/block-time').length, 0);
  });

  it('parsing ahead a few blocks at a time, across edits, gives exactly the analysis from scratch', () => {
    const analyzer = new DocumentAnalyzer(URI);
    let steps = 0;
    while (!analyzer.prewarm(SEED, 3)) steps++;
    assert.ok(steps > 3, `the seed takes several steps of 3 blocks (${steps})`);
    assert.equal(analyzer.prewarm(SEED, 3), true);
    const first = analyzer.update(SEED);
    // Only the front matter block is left to update (it is not parsed by Markdown: nothing to spread).
    assert.equal(analyzer.lastParsed, 1, 'update parses nothing that was parsed ahead');
    assert.deepEqual(plain(first), plain(analyze(SEED, URI)));
    // An edit in the middle, parsed ahead in part only (the queue may be superseded half-way).
    const edited = SEED.replace('Strengths', 'Strengths\n\n(z) 1 of 3 (50%) cases.\n');
    analyzer.prewarm(edited, 1);
    const second = analyzer.update(edited);
    assert.deepEqual(plain(second), plain(analyze(edited, URI)));
    // Parsed ahead for a text that is never analysed: the next update is still exact.
    analyzer.prewarm(`${edited}\n## 9.9 Never\n\ntext\n`, 10);
    assert.deepEqual(plain(analyzer.update(SEED)), plain(analyze(SEED, URI)));
  });
});
