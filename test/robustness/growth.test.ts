/**
 * Issue 10, points 3, 6 and 8: our own code is linear on the adversarial
 * shapes, and the guard before remark keeps the analysis linear on the shapes
 * remark itself is super-linear on. Each input is doubled from 128 KB to 1 MB;
 * the cost may grow by at most about 2.5x per doubling (GROWTH_LIMIT, 2.75:
 * quadratic code gives 4x, n^1.5 gives 2.83). How the cost is measured so
 * that a loaded machine does not make linear code look super-linear:
 * measure.ts (CPU time, interleaved rounds, least per size, fitted slope).
 * A growth ratio, not a timed target.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index.js';
import { checkBlockShape, DEFAULT_LIMITS, shapeSteps } from '../../server/src/core/limits.js';
import { splitBlocks } from '../../server/src/core/parse/blocks.js';
import { hasDelimiterLine } from '../../server/src/core/numbers/scan.js';
import { headingText, spaceSteps, trimCell, trimEndSpace, withoutTrailingColon } from '../../server/src/core/parse/spaces.js';
import { cpuOf, GROWTH_LIMIT, growthOf, settledGrowth, SIZES } from './measure.js';

function assertLinear(name: string, make: (bytes: number) => string, fn: (s: string) => void): void {
  it(`${name}: at most about 2.5x per doubling up to 1 MB`, () => {
    const inputs = SIZES.map(make);
    const g = settledGrowth(() => growthOf(inputs, (s) => cpuOf(() => fn(s as string))));
    assert.ok(g.growth <= GROWTH_LIMIT, g.summary);
  });
}

/**
 * Linear by operation count: our own scanners count the characters they
 * examine (a test-only counter), so their growth is exact and no load on the
 * machine can disturb it; the CPU measure is for what runs through remark.
 */
function assertLinearCount(name: string, counter: { count: number }, make: (bytes: number) => string, fn: (s: string) => void): void {
  it(`${name}: at most about 2.5x per doubling up to 1 MB (operations counted)`, () => {
    const counts = SIZES.map((n) => {
      const s = make(n);
      const before = counter.count;
      fn(s);
      return counter.count - before;
    });
    const ratios = counts.slice(1).map((c, i) => c / Math.max(1, counts[i]!));
    assert.ok(counts[0]! > 0, 'the counter counts');
    for (const r of ratios) assert.ok(r <= GROWTH_LIMIT, `operations ${counts.join(', ')}; ratios ${ratios.map((x) => x.toFixed(2)).join(', ')}`);
  });
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

describe('robustness: linear growth on adversarial input (issue 10)', function () {
  this.timeout(120_000);
  const spaces = (b: number) => `a${' '.repeat(b)}b`;
  assertLinearCount('trailing-space trim on a run of spaces inside a line', spaceSteps, spaces, (s) => trimEndSpace(s));
  // Trailing: a run inside the line costs the trim nothing at all (the counter would stay at 0).
  assertLinearCount('heading trim on a run of trailing spaces and hashes', spaceSteps, (b) => `a${' '.repeat(b / 2)}#${' '.repeat(b / 2)}`, (s) => headingText(s));
  assertLinearCount('label colon trim on a run of spaces', spaceSteps, spaces, (s) => withoutTrailingColon(s));
  assertLinearCount('table cell trim on a run of spaces and pipes', spaceSteps, (b) => `|${fill(' |', b)}x`, (s) => trimCell(s));
  assertLinearCount('the nesting guard on spaces', shapeSteps, (b) => `# 1. A\n\n${fill(' \n', b)}`, (s) => checkBlockShape(s, { ...DEFAULT_LIMITS, maxLineChars: 1e9 }));
  assertLinearCount('the nesting guard on emphasis', shapeSteps, (b) => fill('*a ', b), (s) => checkBlockShape(s, { ...DEFAULT_LIMITS, maxNestingDepth: 1e9, maxLineChars: 1e9 }));
  assertLinearCount('the nesting guard on closing marks with nothing open', shapeSteps, (b) => `![a${fill(' a*', b)}`, (s) => checkBlockShape(s, { ...DEFAULT_LIMITS, maxNestingDepth: 1e9, maxLineChars: 1e9 }));
  // Lines ended by a lone CR, fences and HTML block starts (what the guard must read as the parser does).
  assertLinearCount('the nesting guard on CR-ended fence lines', shapeSteps, (b) => fill('~~~\r', b), (s) => checkBlockShape(s, { ...DEFAULT_LIMITS, maxLineChars: 1e9 }));
  assertLinearCount('the nesting guard on HTML block lines', shapeSteps, (b) => fill('<div>\n\n', b), (s) => checkBlockShape(s, { ...DEFAULT_LIMITS, maxLineChars: 1e9 }));
  // One long line of white space (masking makes one of HTML tags in an unclosed fence): the
  // delimiter-row test was quadratic on it (30 KB took 13 s). Twenty tries per size, so that
  // the smallest size is well above timer noise.
  assertLinear('the table delimiter test on one long line of spaces', (b) => `a\n${' '.repeat(b)}x`, (s) => {
    for (let i = 0; i < 20; i++) if (hasDelimiterLine(s)) throw new Error('not a delimiter row');
  });
  assertLinear('the block split on many headings and fences', (b) => fill('# 1. A\n```\n#x\n```\n', b), (s) => splitBlocks(s));
  // The whole analysis, on shapes remark is super-linear on: the guard stops them before remark.
  const whole = (body: (b: number) => string) => (b: number) => `# 1. A\n\n${body(b)}\n`;
  assertLinear('analyze: deep block quotes', whole((b) => `${fill('> ', b)}x`), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear('analyze: deep list markers', whole((b) => `${fill('- ', b)}x`), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear('analyze: nested emphasis', whole((b) => `${fill('*a ', b / 2)}b${fill(' a*', b / 2)}`), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear('analyze: nested links', whole((b) => `${fill('![a', b / 2)}${fill('](b)', b / 2)}`), (s) => analyze(s, 'file:///g.inspection.md'));
  // Closing marks with nothing open: remark looks back through the whole paragraph for each (found by `npm run fuzz`).
  assertLinear("analyze: '![a' then runs of ' a*'", whole((b) => `![a${fill(' a*', b)}`), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear("analyze: runs of ' a*' (emphasis closed, never opened)", whole((b) => fill(' a*', b)), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear("analyze: runs of ' a~' (strikethrough closed, never opened)", whole((b) => fill(' a~', b)), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear("analyze: runs of 'a]' (brackets closed, never opened)", whole((b) => fill('a]', b)), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear("analyze: runs of '![a](' (link destinations left open)", whole((b) => fill('![a](', b)), (s) => analyze(s, 'file:///g.inspection.md'));
  assertLinear('analyze: an indented list', whole((b) => Array.from({ length: Math.floor(Math.sqrt(b)) }, (_, i) => `${' '.repeat(i)}- a`).join('\n')), (s) => analyze(s, 'file:///g.inspection.md'));
});
