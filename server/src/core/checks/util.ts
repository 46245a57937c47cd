/** Small helpers shared by several checks. */
import type { FindingGroup } from '../model.js';

export const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The letter expected at position i of a group: a, b, ..., z, aa, ab, ... */
export function letterAt(i: number): string {
  return i < 26 ? LETTERS[i]! : LETTERS[Math.floor(i / 26) - 1]! + LETTERS[i % 26]!;
}

export function describeLetters(g: FindingGroup): string {
  if (g.findings.length === 0) return `${g.label} has no findings`;
  return `${g.label} has ${g.findings.map((f) => `(${f.letter})`).join(' ')}`;
}

/** Edit distance, for suggesting the closest word. */
export function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Matches the capitalisation style of the written text: ALL CAPS stays all caps. */
export function inStyleOf(written: string, canonical: string): string {
  const letters = written.replace(/[^A-Za-z]/g, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) {
    // Keep a bracketed qualifier as the framework writes it, as published reports do.
    return canonical.replace(/^([^(]*)/, (m) => m.toUpperCase());
  }
  return canonical;
}
