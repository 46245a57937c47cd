/**
 * Which fixes are applied together: the editor's *Fix all* and the CLI's
 * `--fix` use this one definition.
 *
 * Convention: a diagnostic's `fix` is its preferred fix (counts are the data;
 * what is derived from them follows them). `alternatives` are other choices,
 * offered as quick fixes but never applied in bulk. Bulk application takes the
 * preferred fix of every error or warning, never of info or hint (those are
 * conventions a report may follow on purpose), and never two fixes whose
 * edits clash.
 *
 * A fix that changes a finding's letter (the relettering fix of
 * structure/finding-letters) also updates the references to that finding.
 */
import type { AnalysisResult } from './analyze.js';
import type { Diagnostic, TextEdit } from './diagnostic.js';
import type { Criterion, Finding } from './model.js';

function findingAtLetter(result: AnalysisResult, start: number, end: number): { criterion: Criterion; finding: Finding } | undefined {
  for (const c of result.report.criteria) {
    if (start < c.span.start || end > c.span.end) continue;
    for (const g of c.groups) for (const f of g.findings) if (f.letterSpan.start === start && f.letterSpan.end === end) return { criterion: c, finding: f };
  }
  return undefined;
}

/**
 * The edits of a fix, plus what keeps every reference pointing at the same
 * finding once letters change: the new letter at each reference to a moved
 * finding, and, where a bare letter (`see 4.3b`, which looks in Strengths
 * first) would reach a different finding afterwards, the group's name after
 * the reference (`see 4.3b (Areas for Improvement)`). Sorted, without duplicates.
 */
export function withReferenceEdits(result: AnalysisResult, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [...edits];
  const moved = new Map<Finding, string>();
  const touched = new Map<string, Criterion>();
  for (const e of edits) {
    if (!/^[a-z]{1,2}$/.test(e.newText)) continue;
    const hit = findingAtLetter(result, e.span.start, e.span.end);
    if (!hit) continue;
    moved.set(hit.finding, e.newText);
    touched.set(hit.criterion.id, hit.criterion);
  }
  if (moved.size === 0) return dedupe(out);
  const letterAfter = (f: Finding) => moved.get(f) ?? f.letter;
  for (const ref of result.report.references) {
    const c = ref.criterionId ? touched.get(ref.criterionId) : undefined;
    if (!c || !ref.letter) continue;
    const target = result.index.resolve(ref).finding;
    if (!target) continue;
    const letter = letterAfter(target);
    if (letter !== ref.letter && ref.letterSpan) out.push({ span: ref.letterSpan, newText: letter });
    if (ref.group || ref.form !== 'see') continue;
    // Where will the bare letter lead once every letter has changed?
    const order = ['strengths', 'areas'] as const;
    let reached: Finding | undefined;
    for (const kind of order) {
      for (const g of c.groups) if (g.kind === kind && !reached) reached = g.findings.find((f) => letterAfter(f) === letter);
      if (reached) break;
    }
    if (reached !== target) {
      const group = c.groups.find((g) => g.findings.includes(target));
      if (group) out.push({ span: { start: ref.span.end, end: ref.span.end }, newText: ` (${group.label})` });
    }
  }
  return dedupe(out);
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return sorted.filter((e, i) => i === 0 || e.span.start !== sorted[i - 1]!.span.start || e.span.end !== sorted[i - 1]!.span.end);
}

/** Diagnostics of the report itself that carry a preferred fix with edits. */
export function fixable(result: AnalysisResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.fix && d.fix.edits.length > 0 && (!d.uri || d.uri === result.uri));
}

/** Whether bulk fixing (Fix all, `--fix`) applies this diagnostic's preferred fix. */
export function appliedInBulk(d: Diagnostic): boolean {
  return d.severity === 'error' || d.severity === 'warning';
}

/** Two edits clash when their spans overlap, or when one is an insertion at or inside the other. */
export function editsClash(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start < b.span.end && b.span.start < a.span.end) return true;
  if (a.span.start === a.span.end && b.span.start <= a.span.start && a.span.start <= b.span.end) return true;
  if (b.span.start === b.span.end && a.span.start <= b.span.start && b.span.start <= a.span.end) return true;
  return false;
}

/**
 * The preferred fixes of every error and warning of the document whose edits
 * do not clash: each fix is taken whole or not at all.
 */
export function fixAllEdits(result: AnalysisResult): { edits: TextEdit[]; diagnostics: Diagnostic[] } {
  const taken: TextEdit[] = [];
  const used: Diagnostic[] = [];
  const overlaps = (e: TextEdit) => taken.some((t) => editsClash(e, t));
  for (const d of fixable(result)) {
    if (!appliedInBulk(d)) continue;
    const edits = withReferenceEdits(result, d.fix!.edits);
    if (edits.some(overlaps)) continue;
    taken.push(...edits);
    used.push(d);
  }
  taken.sort((a, b) => a.span.start - b.span.start);
  return { edits: taken, diagnostics: used };
}

