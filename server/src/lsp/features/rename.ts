/**
 * Rename a criterion id or a finding letter, from the heading, the letter, a
 * summary-table row or any reference to it. Renaming a criterion renumbers
 * its heading, every reference to it (`see 4.3d` -> `see 4.9d`,
 * `section 4.3` -> `section 4.9`) and its summary-table rows. Renaming a
 * letter changes the finding's letter and every reference to that finding.
 *
 * Scope: one report, like references (see references.ts). Table rows that
 * are not summary rows (a contents table with page numbers) are left alone.
 */
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import type { AnalysisResult, Criterion, Finding, Span, TextEdit } from '../../core/index.js';
import { contains, toRange } from '../convert.js';
import { withReferenceEdits } from './codeActions.js';
import { groupOf, locate, referenceIdSpan } from './locate.js';

/** A rename that cannot be done; the message is for the user. */
export class RenameError extends Error {}

type RenameTarget = { kind: 'criterion'; criterion: Criterion; span: Span } | { kind: 'finding'; criterion: Criterion; finding: Finding; span: Span };

function renameTarget(result: AnalysisResult, offset: number): RenameTarget | undefined {
  const t = locate(result, offset);
  if (!t || t.kind === 'unresolved' || t.kind === 'section') return undefined;
  if (t.via === 'reference' && t.reference) {
    const ref = t.reference;
    const idSpan = referenceIdSpan(result.text, ref);
    const onLetter = ref.letterSpan && offset >= ref.letterSpan.start && offset <= ref.letterSpan.end;
    if (t.kind === 'finding' && (onLetter || !idSpan || !contains(idSpan, offset))) return { kind: 'finding', criterion: t.criterion, finding: t.finding, span: ref.letterSpan ?? ref.targetSpan };
    if (idSpan && contains(idSpan, offset)) return { kind: 'criterion', criterion: t.criterion, span: idSpan };
    return undefined;
  }
  if (t.kind === 'finding') return { kind: 'finding', criterion: t.criterion, finding: t.finding, span: t.finding.letterSpan };
  if (t.via === 'summary-row' && t.row) return { kind: 'criterion', criterion: t.criterion, span: t.row.idSpan };
  if (contains(t.criterion.idSpan, offset)) return { kind: 'criterion', criterion: t.criterion, span: t.criterion.idSpan };
  return undefined;
}

export function prepareRename(result: AnalysisResult, position: Position): { range: Range; placeholder: string } | undefined {
  const t = renameTarget(result, result.lines.offsetAt(position));
  if (!t) return undefined;
  return { range: toRange(result.lines, t.span), placeholder: result.text.slice(t.span.start, t.span.end) };
}

export function renameEdits(result: AnalysisResult, position: Position, newName: string): TextEdit[] {
  const t = renameTarget(result, result.lines.offsetAt(position));
  if (!t) throw new RenameError('Only a criterion id or a finding letter can be renamed here.');
  const name = newName.trim();
  if (t.kind === 'criterion') {
    const old = t.criterion.id;
    if (!/^\d+\.\d+$/.test(name)) throw new RenameError(`'${newName}' is not a criterion id (a section number, a dot and a number, like 4.9).`);
    if (name === old) return [];
    if (result.index.criteria.has(name)) throw new RenameError(`This report already has a criterion ${name}.`);
    const fw = result.framework;
    if (fw && !fw.criterion(name)) {
      const ids = fw.criterionOrder;
      throw new RenameError(`${fw.data.name} has no criterion ${name} (its criteria run from ${ids[0]} to ${ids[ids.length - 1]}): renaming to it would make the criterion unknown to the checks.`);
    }
    const edits: TextEdit[] = [{ span: t.criterion.idSpan, newText: name }];
    for (const ref of result.index.referencesTo(old)) {
      const span = referenceIdSpan(result.text, ref);
      if (span) edits.push({ span, newText: name });
    }
    for (const table of result.report.summaryTables) for (const row of table.rows) if (row.criterionId === old) edits.push({ span: row.idSpan, newText: name });
    return sortUnique(edits);
  }
  const letter = name.toLowerCase();
  if (!/^[a-z]{1,2}$/.test(letter)) throw new RenameError(`'${newName}' is not a finding letter (a to z, then aa, ab...).`);
  if (letter === t.finding.letter) return [];
  const group = groupOf(t.criterion, t.finding);
  if (group?.findings.some((f) => f.letter === letter)) throw new RenameError(`${t.criterion.id} ${group.label} already has a finding (${letter}).`);
  return withReferenceEdits(result, [{ span: t.finding.letterSpan, newText: letter }]);
}

export function rename(result: AnalysisResult, position: Position, newName: string): WorkspaceEdit {
  const edits = renameEdits(result, position, newName);
  return { changes: { [result.uri]: edits.map((e) => ({ range: toRange(result.lines, e.span), newText: e.newText })) } };
}

function sortUnique(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return sorted.filter((e, i) => i === 0 || e.span.start !== sorted[i - 1]!.span.start);
}
