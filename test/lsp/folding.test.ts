import * as assert from 'node:assert/strict';
import { foldingRanges } from '../../server/src/lsp/features/folding.js';
import { fixture, seed } from './helpers.js';

describe('lsp: folding ranges', () => {
  it('folds sections, criteria, groups and multi-line findings', () => {
    const result = fixture();
    const ranges = foldingRanges(result);
    const line = (needle: string) => result.lines.positionAt(result.text.indexOf(needle)).line;
    const starts = new Set(ranges.map((r) => r.startLine));
    assert.ok(starts.has(line('# 1. Assessment')), 'section');
    assert.ok(starts.has(line('## 1.1 Preparing')), 'criterion');
    assert.ok(starts.has(line('### Strengths')), 'group');
    assert.ok(starts.has(line('- (b) Reports were well written')), 'a finding with a second paragraph');
    assert.ok(!starts.has(line('- (a) Reports were timely')), 'a one-line finding does not fold');
    const section = ranges.find((r) => r.startLine === line('# 1. Assessment'))!;
    assert.equal(section.endLine, line('This criterion represents a priority for improvement.'));
  });

  it('has one range per start and end line pair, each over at least two lines', () => {
    const ranges = foldingRanges(seed());
    assert.ok(ranges.length > 60, `${ranges.length} ranges`);
    const keys = ranges.map((r) => `${r.startLine}:${r.endLine}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });
});
