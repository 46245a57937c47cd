/**
 * Criterion navigation: next / previous criterion, Go to Criterion…, and the
 * status bar item that names the criterion under the cursor.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID, STATUS_ITEM_ID } from './ids.js';
import { CriteriaCache, criterionAt, criterionSummary, type CriterionSymbol } from './symbols.js';

function reportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === LANGUAGE_ID ? editor : undefined;
}

function moveTo(editor: vscode.TextEditor, c: CriterionSymbol, reveal: vscode.TextEditorRevealType): void {
  const at = c.selectionRange.start;
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), reveal);
}

function noCriteria(): void {
  void vscode.window.showInformationMessage(
    'No criteria found in this report (criterion headings start with an id such as "## 1.1"). If the report has some, the language server may still be starting.',
  );
}

export function registerNavigation(context: vscode.ExtensionContext, cache: CriteriaCache): void {
  const step = (direction: 1 | -1) => async () => {
    const editor = reportEditor();
    if (!editor) return;
    const criteria = await cache.get(editor.document);
    if (criteria.length === 0) return noCriteria();
    const line = editor.selection.active.line;
    const target =
      direction === 1
        ? criteria.find((c) => c.selectionRange.start.line > line)
        : [...criteria].reverse().find((c) => c.selectionRange.start.line < line);
    if (!target) {
      vscode.window.setStatusBarMessage(direction === 1 ? 'No criterion after the cursor' : 'No criterion before the cursor', 3000);
      return;
    }
    moveTo(editor, target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const goTo = async () => {
    const editor = reportEditor();
    if (!editor) return;
    const criteria = await cache.get(editor.document);
    if (criteria.length === 0) return noCriteria();
    type Item = vscode.QuickPickItem & { criterion: CriterionSymbol };
    const items: Item[] = criteria.map((c) => ({
      label: c.name,
      description: c.detail,
      detail: `line ${c.selectionRange.start.line + 1}`,
      criterion: c,
    }));
    const pick = vscode.window.createQuickPick<Item>();
    pick.placeholder = 'Go to a criterion (type an id or words of its title)';
    pick.matchOnDescription = true;
    pick.items = items;
    const current = criterionAt(criteria, editor.selection.active);
    const currentItem = items.find((i) => i.criterion === current);
    if (currentItem) pick.activeItems = [currentItem];
    const original = { selection: editor.selection, visible: editor.visibleRanges[0] };
    let accepted = false;
    pick.onDidChangeActive((active) => {
      const c = active[0]?.criterion;
      if (c) editor.revealRange(c.selectionRange, vscode.TextEditorRevealType.AtTop);
    });
    pick.onDidAccept(() => {
      const c = pick.selectedItems[0]?.criterion ?? pick.activeItems[0]?.criterion;
      if (c) {
        accepted = true;
        moveTo(editor, c, vscode.TextEditorRevealType.AtTop);
      }
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!accepted) {
        editor.selection = original.selection;
        if (original.visible) editor.revealRange(original.visible, vscode.TextEditorRevealType.AtTop);
      }
      pick.dispose();
    });
    pick.show();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.nextCriterion, step(1)),
    vscode.commands.registerCommand(COMMANDS.previousCriterion, step(-1)),
    vscode.commands.registerCommand(COMMANDS.goToCriterion, goTo),
  );
}

/** The status bar item: `$(checklist) 1.1 · 79% · good` while the cursor is inside a criterion. */
export class CriterionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts updates so that a slow answer for an old cursor position is dropped. */
  private generation = 0;

  constructor(private readonly cache: CriteriaCache) {
    this.item.name = 'Inspection Report: Current Criterion';
    this.item.command = COMMANDS.goToCriterion;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.schedule(100);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(400);
      }),
    );
    this.schedule(0);
  }

  /** Refreshes now (used when the server has just started). */
  refresh(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const editor = reportEditor();
    if (!editor) {
      this.item.hide();
      return;
    }
    const criteria = await this.cache.get(editor.document);
    if (generation !== this.generation) return;
    const c = criterionAt(criteria, editor.selection.active);
    if (!c) {
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${criterionSummary(c)}`;
    this.item.tooltip = [c.name, c.detail, 'Click to go to another criterion.'].filter(Boolean).join('\n');
    this.item.accessibilityInformation = { label: `Criterion ${[c.name, c.detail].filter(Boolean).join(', ')}` };
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
