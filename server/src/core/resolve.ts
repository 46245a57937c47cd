/**
 * Look-ups over one report: criteria by id, and what a reference points to.
 * Shared by checks and by editor features (definition, references, hover).
 */
import type { Criterion, Finding, GroupKind, Reference, Report, Section } from './model.js';

export interface Resolution {
  section?: Section;
  criterion?: Criterion;
  finding?: Finding;
  /** Set when the reference cannot be followed. */
  problem?: 'unknown-criterion' | 'unknown-section' | 'unknown-letter';
}

export class ReportIndex {
  readonly criteria = new Map<string, Criterion>();
  readonly sections = new Map<string, Section>();

  constructor(readonly report: Report) {
    for (const c of report.criteria) if (!this.criteria.has(c.id)) this.criteria.set(c.id, c);
    for (const s of report.sections) if (!this.sections.has(s.id)) this.sections.set(s.id, s);
  }

  /** A finding by letter: in the named group, or Strengths first, then Areas for Improvement. */
  finding(criterion: Criterion, letter: string, group?: GroupKind): Finding | undefined {
    const order: GroupKind[] = group ? [group] : ['strengths', 'areas'];
    for (const kind of order) {
      for (const g of criterion.groups) {
        if (g.kind !== kind) continue;
        const f = g.findings.find((x) => x.letter === letter);
        if (f) return f;
      }
    }
    return undefined;
  }

  resolve(ref: Reference): Resolution {
    if (ref.criterionId) {
      const criterion = this.criteria.get(ref.criterionId);
      if (!criterion) return { problem: 'unknown-criterion' };
      if (!ref.letter) return { criterion, section: this.sections.get(criterion.sectionId) };
      const finding = this.finding(criterion, ref.letter, ref.group);
      if (!finding) return { criterion, problem: 'unknown-letter' };
      return { criterion, finding, section: this.sections.get(criterion.sectionId) };
    }
    if (ref.sectionId) {
      const section = this.sections.get(ref.sectionId);
      if (!section) return { problem: 'unknown-section' };
      return { section };
    }
    return { problem: 'unknown-criterion' };
  }

  /** Every reference that points at the criterion, or at one finding of it. */
  referencesTo(criterionId: string, finding?: Finding): Reference[] {
    const out: Reference[] = [];
    for (const ref of this.report.references) {
      if (ref.criterionId !== criterionId) continue;
      if (!finding) {
        out.push(ref);
        continue;
      }
      const r = this.resolve(ref);
      if (r.finding === finding) out.push(ref);
    }
    return out;
  }
}
