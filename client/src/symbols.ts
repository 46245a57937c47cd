/**
 * Criteria of a report, read from the language server's document symbols
 * (sections → criteria → groups → findings). The client does no analysis of
 * its own: a criterion is a symbol whose name starts with a criterion id
 * (`1.2`, as in the framework schema), and its detail (`79% · good`,
 * `Well met`) is shown as the server wrote it.
 */
import * as vscode from 'vscode';

export interface CriterionSymbol {
  id: string;
  /** The symbol name as the server gave it, e.g. `1.1 Preparing for sentence`. */
  name: string;
  /** Score and band, or grade, as the server gave them (may be empty). */
  detail: string;
  /** The whole criterion. */
  range: vscode.Range;
  /** Its heading (where navigation puts the cursor). */
  selectionRange: vscode.Range;
}

const CRITERION_NAME = /^(\d+\.\d+)(?![.\d])/;

function isDocumentSymbol(s: vscode.DocumentSymbol | vscode.SymbolInformation): s is vscode.DocumentSymbol {
  return 'selectionRange' in s && 'children' in s;
}

/** Flattens the symbol tree and keeps the criteria, in document order. */
export function criteriaFromSymbols(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): CriterionSymbol[] {
  const out: CriterionSymbol[] = [];
  const visit = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    const m = CRITERION_NAME.exec(s.name.trim());
    if (isDocumentSymbol(s)) {
      if (m) {
        out.push({ id: m[1]!, name: s.name.trim(), detail: s.detail ?? '', range: s.range, selectionRange: s.selectionRange });
        return; // groups and findings below a criterion are not criteria
      }
      s.children.forEach(visit);
    } else if (m) {
      const range = s.location.range;
      out.push({ id: m[1]!, name: s.name.trim(), detail: '', range, selectionRange: range });
    }
  };
  symbols.forEach(visit);
  return out.sort((a, b) => a.selectionRange.start.compareTo(b.selectionRange.start));
}

/** Symbols per document version, so that cursor moves do not re-ask the server. */
export class CriteriaCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; criteria: Promise<CriterionSymbol[]> }>();
  private readonly closing = vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString()));

  get(document: vscode.TextDocument): Promise<CriterionSymbol[]> {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.criteria;
    const criteria = Promise.resolve(
      vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      ),
    ).then(
      (symbols) => criteriaFromSymbols(symbols ?? []),
      () => [],
    );
    this.entries.set(key, { version: document.version, criteria });
    // An empty answer may only mean that the server is still starting: do not keep it.
    void criteria.then((list) => {
      if (list.length === 0 && this.entries.get(key)?.criteria === criteria) this.entries.delete(key);
    });
    return criteria;
  }

  dispose(): void {
    this.closing.dispose();
    this.entries.clear();
  }
}

/** The criterion whose range holds the position, if any. */
export function criterionAt(criteria: readonly CriterionSymbol[], position: vscode.Position): CriterionSymbol | undefined {
  let found: CriterionSymbol | undefined;
  for (const c of criteria) if (c.range.contains(position)) found = c;
  return found;
}

/** `1.1 · 79% · good`: the id and what the server says about the criterion. */
export function criterionSummary(c: CriterionSymbol): string {
  return c.detail ? `${c.id} · ${c.detail}` : c.id;
}
