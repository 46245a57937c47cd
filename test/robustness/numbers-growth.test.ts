/**
 * Issue 10, points 5 and 7: the numbers code is linear in its input. Each
 * adversarial shape is doubled from 128 KB to 1 MB and run through the numbers
 * stages alone (scopes, tokens, relations, judgements, restatements; remark is
 * not part of what is measured), with a summary block an eighth of its size.
 * The cost is the CPU time per run of a batch of runs that lasts at least
 * 20 ms, measured as measure.ts says (interleaved rounds, the least per size,
 * the fitted slope); the test asserts the growth per doubling, never a time.
 */
import assert from 'node:assert/strict';
import type { Reference, Report } from '../../server/src/core/model.js';
import type { BlockData, BlockItem } from '../../server/src/core/parse/block.js';
import type { ClaimRecord } from '../../server/src/core/numbers/claim.js';
import { extractClaims } from '../../server/src/core/numbers/extract.js';
import { restatements } from '../../server/src/core/numbers/restate.js';
import { maskMarkup } from '../../server/src/core/text.js';
import { builtinFramework } from '../../server/src/core/framework/load.js';
import { GROWTH_LIMIT, growthOf, settledGrowth, SIZES } from './measure.js';

const framework = builtinFramework('hmip-omi-2007');


interface Shape {
  name: string;
  /** The text of one block of about `size` characters. */
  make(size: number): string;
  /** How the block's parser would see it. */
  item: 'paragraph' | 'other';
  /** The references inside the text (as the reference extractor would find them). */
  refs?(text: string): { start: number; end: number }[];
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const SHAPES: Shape[] = [
  // Point 5: masking turns HTML tags into spaces, and the table-delimiter test met long white space.
  { name: 'an HTML block (masked to white space)', item: 'other', make: (n) => `<div>\n${repeatTo('<p>\n', n)}</div>\n` },
  { name: "' \\n' lines in a code block", item: 'other', make: (n) => `\`\`\`\n${repeatTo(' \n', n)}\`\`\`\n` },
  // Point 7: the extractor's cases.
  { name: 'numbers in one paragraph', item: 'paragraph', make: (n) => `In ${repeatTo('12, ', n)}cases.\n` },
  { name: 'claims in one sentence', item: 'paragraph', make: (n) => `There were 40 cases, ${repeatTo('in 12 of the 30 cases (40%) and 9 (75%) of 12 offenders, ', n)}and more.\n` },
  {
    name: "'see 1.2d ' repeated",
    item: 'paragraph',
    make: (n) => repeatTo('see 1.2d ', n),
    refs: (t) => {
      const out: { start: number; end: number }[] = [];
      for (let i = t.indexOf('1.2d'); i !== -1; i = t.indexOf('1.2d', i + 1)) out.push({ start: i - 4, end: i + 4 });
      return out;
    },
  },
  { name: "'(1/2) ' repeated", item: 'paragraph', make: (n) => repeatTo('(1/2) ', n) },
  { name: "'Of these…' repeated", item: 'paragraph', make: (n) => `There were 40 cases. ${repeatTo('Of these\u2026 12 of these had a plan, 45% of these ', n)}\n` },
  { name: 'items joined by U+2028', item: 'paragraph', make: (n) => repeatTo('item 3 of 4 (75%) of the 40 cases\u2028', n) },
  { name: 'quantifiers and complements in one sentence', item: 'paragraph', make: (n) => `Of the 40 cases, ${repeatTo('most of the 24 offenders (10), which left 14 cases, the remaining 3 were ', n)}done.\n` },
];

function block(text: string, offset: number, shape: Shape, heading?: BlockData['heading']): BlockData {
  const item: BlockItem =
    shape.item === 'paragraph'
      ? { kind: 'paragraph', span: { start: offset, end: offset + text.length }, text, textSpan: { start: offset, end: offset + text.length } }
      : { kind: 'other', span: { start: offset, end: offset + text.length } };
  const references = (shape.refs?.(text) ?? []).map((r) => ({ span: { start: offset + r.start, end: offset + r.end } }) as unknown as Reference);
  const b: BlockData = { offset, text, frontMatter: false, items: [item], references, tables: [], extras: {} };
  if (heading) b.heading = heading;
  return b;
}

/** The numbers stages on a criterion block and a summary block that restates it. */
function runOnce(shape: Shape, text: string, summaryText = shape.make(Math.max(1024, text.length / 8))): number {
  const summaryHeading = { level: 1, span: { start: 0, end: 9 }, text: 'Summary', kind: 'other' as const };
  const criterionHeading = { level: 2, span: { start: 0, end: 8 }, text: '1.1 Crit', kind: 'criterion' as const, id: '1.1' };
  const summary = block(summaryText, 0, shape, summaryHeading);
  const criterion = block(text, summaryText.length, shape, criterionHeading);
  const claims: ClaimRecord[] = [];
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  for (const c of extractClaims(summary, maskMarkup(summary.text), framework, {})) claims.push(c);
  for (const c of extractClaims(criterion, maskMarkup(criterion.text), framework, {})) claims.push({ ...c, criterionId: '1.1' });
  restatements({ claims } as unknown as Report, [summary, criterion]);
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/** CPU time per run, over as many runs as make 20 ms (small inputs are otherwise all noise). */
function batch(shape: Shape, text: string, summaryText: string): number {
  let total = 0;
  let runs = 0;
  while (total < 20_000 || runs === 0) {
    total += runOnce(shape, text, summaryText);
    runs++;
  }
  return total / runs;
}

describe('robustness: the numbers code grows linearly (issue 10, points 5 and 7)', function () {
  this.timeout(240_000);
  for (const shape of SHAPES) {
    it(`${shape.name}: at most about 2.5x per doubling up to 1 MB`, () => {
      // Measured as in measure.ts: interleaved rounds, the least batch per size, the fitted slope.
      const inputs = SIZES.map((n) => {
        const text = shape.make(n);
        return { text, summary: shape.make(Math.max(1024, text.length / 8)) };
      });
      const g = settledGrowth(() => growthOf(inputs, (input) => {
        const { text, summary } = input as { text: string; summary: string };
        return batch(shape, text, summary);
      }, SIZES, 3));
      assert.ok(g.growth <= GROWTH_LIMIT, g.summary);
    });
  }
});
