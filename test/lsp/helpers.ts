import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position, Range } from 'vscode-languageserver';
import { analyze, type AnalysisResult, type AnalyzeOptions } from '../../server/src/core/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEED_PATH = path.join(ROOT, 'seeds/sussex-2007.inspection.md');
export const SEED_URI = 'file:///reports/sussex-2007.inspection.md';
export const seedText = (): string => fs.readFileSync(SEED_PATH, 'utf8');

let seedCache: AnalysisResult | undefined;
export function seed(): AnalysisResult {
  seedCache ??= analyze(seedText(), SEED_URI);
  return seedCache;
}

export function analyzeText(text: string, uri = 'file:///reports/fixture.inspection.md', options: AnalyzeOptions = {}): AnalysisResult {
  return analyze(text, uri, options);
}

/** Offset of a needle (plus delta); throws when absent so that tests cannot pass vacuously. */
export function offsetOf(text: string, needle: string, delta = 0, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture text not found: ${needle}`);
  return at + delta;
}

export function posOf(result: AnalysisResult, needle: string, delta = 0, from = 0): Position {
  return result.lines.positionAt(offsetOf(result.text, needle, delta, from));
}

export function textAt(result: AnalysisResult, range: Range): string {
  return result.text.slice(result.lines.offsetAt(range.start), result.lines.offsetAt(range.end));
}

/** Applies non-overlapping edits (LSP ranges) to a text. */
export function applyEdits(result: AnalysisResult, edits: { range: Range; newText: string }[]): string {
  const spans = edits
    .map((e) => ({ start: result.lines.offsetAt(e.range.start), end: result.lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let text = result.text;
  for (const e of spans) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

/** A small report with two sections, letters, references of every form and a graded criterion. */
export const FIXTURE = `---
title: A small report
framework: hmip-omi-2007
---

# 1. Assessment and sentence planning

## 1.1 Preparing for sentence

Activity in the phase leading up to sentence is timely, purposeful and effective.

79%

### Strengths

- (a) Reports were timely in most cases.
- (b) Reports were well written (see 1.2b).

  A second paragraph of the same finding.

### Areas for Improvement

- (a) Some reports lacked analysis, see 'b' under 'Strengths' above.

### Conclusion

Performance against this criterion was good.

## 1.2 Assessment of risk of harm

70%

### Strengths

- (a) Risk was assessed on time, as criterion 1.1 expects.
- (b) Assessments were thorough.

### Areas for Improvement

- (a) Plans were thin; see section 1.1 and OMI Criterion: 1.1a.

### Conclusion

This criterion represents a priority for improvement.

# 4. Leadership and strategic management

## 4.1 Leadership and planning

There is active leadership.

Well met

### Strengths

- (a) Leadership was visible, see 1.1b.
`;

export function fixture(): AnalysisResult {
  return analyzeText(FIXTURE);
}
