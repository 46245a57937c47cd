/**
 * End-to-end tests of issue 12's editing journey in a real VS Code
 * (code-server + Chromium): fix choices, Fix all, the whole-document outline
 * with findings collapsed, and the first contact with an empty report.
 * Everything expected is computed from the seed; every step waits on what the
 * screen shows. Screenshots: test-artifacts/e2e/editing-*.png.
 *
 * Run with a built vsix: `npm run package && npx mocha --config .mocharc.e2e.json out/test/e2e/editing.test.js`.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  SELECTORS,
  closeQuickInput,
  getProblems,
  openBrowser,
  openFile,
  openProblemsPanel,
  openQuickInput,
  pollUntil,
  runCommand,
  screenshot,
  startCodeServer,
  stopAll,
  waitForWorkbench,
  type CodeServer,
  type Page,
} from './harness.js';

const SEED_NAME = 'sussex-2007.inspection.md';
const EMPTY_NAME = 'test.inspection.md';
const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
const VSIX = process.env.E2E_VSIX ?? path.join(REPO_ROOT, 'inspection-report.vsix');
const ORIGINAL = readFileSync(path.join(SEEDS_DIR, SEED_NAME), 'utf8');
const LINES = ORIGINAL.split(/\r?\n/);
const EDITOR = SELECTORS.activeEditor;

function locate(needle: string, fromLine = 1): { line: number; col: number } {
  for (let i = fromLine - 1; i < LINES.length; i++) {
    const c = LINES[i]!.indexOf(needle);
    if (c >= 0) return { line: i + 1, col: c + 1 };
  }
  throw new Error(`"${needle}" not found in ${SEED_NAME}`);
}

const BAD_AT = locate('36% (12)');
/** The score line of 1.1 (the first line holding only a percentage after its heading). */
const C11 = locate('## 1.1 ').line;
const C11_SCORE = LINES.findIndex((l, i) => i >= C11 && /^\d{1,3}%\s*$/.test(l)) + 1;
const C11_SCORE_VALUE = LINES[C11_SCORE - 1]!.trim();

async function cursorPosition(page: Page): Promise<{ line: number; col: number } | undefined> {
  const text = (await page.locator('#status\\.editor\\.selection').first().textContent().catch(() => null)) ?? '';
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
}

async function ensureOpen(page: Page, name: string): Promise<void> {
  const tab = `${SELECTORS.activeTab}[data-resource-name="${name}"]`;
  if (!(await page.isVisible(tab))) await openFile(page, name);
  await page.waitForSelector(`${EDITOR} .view-lines`, { state: 'visible' });
}

async function goTo(page: Page, name: string, line: number, col: number): Promise<void> {
  await ensureOpen(page, name);
  await openQuickInput(page, 'Control+G');
  await page.fill(SELECTORS.quickInputBox, `:${line}:${col}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(SELECTORS.quickInput, { state: 'hidden' });
  await pollUntil(`the cursor at ${line}:${col}`, async () => {
    const p = await cursorPosition(page);
    return p?.line === line && p.col === col;
  });
}

/** Opens the Quick Fix menu at the cursor and reads its actions, once they stop changing. */
async function quickFixes(page: Page, expectSome: RegExp): Promise<string[]> {
  await page.keyboard.press('Control+.');
  const actionSel = '.action-widget .monaco-list-row.action';
  await page.waitForSelector(actionSel, { state: 'visible', timeout: 30_000 });
  return pollUntil(`a quick fix like ${expectSome}`, async () => {
    const offered = await page.locator(actionSel).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    return offered.some((t) => expectSome.test(t)) ? offered : undefined;
  });
}

async function waitForProblem(page: Page, file: string, re: RegExp): Promise<string> {
  await openProblemsPanel(page);
  return pollUntil(`a problem like ${re}`, async () => {
    const rows = await getProblems(page);
    return rows.find((r) => r.kind === 'marker' && re.test(r.label))?.label;
  }, { timeoutMs: 60_000, intervalMs: 250 });
}

describe('e2e: editing (issue 12: fixes with choices, Fix all, outline, first contact)', function () {
  let server: CodeServer;
  let page: Page;
  let workspace: string;

  before(async function () {
    assert.equal(C11_SCORE_VALUE, '79%', 'the seed scores 1.1 at 79%');
    workspace = mkdtempSync(path.join(os.tmpdir(), 'e2e-editing-ws-'));
    cpSync(SEEDS_DIR, workspace, { recursive: true });
    writeFileSync(path.join(workspace, EMPTY_NAME), '');
    server = await startCodeServer({
      vsixPath: VSIX,
      workspaceDir: workspace,
      settings: { 'editor.minimap.enabled': false, 'workbench.editor.enablePreview': false, 'files.autoSave': 'off' },
    });
    page = await openBrowser(server.url);
    await waitForWorkbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const file = await screenshot(page, `editing-failed-${this.currentTest.title}`).catch((e) => String(e));
      process.stderr.write(`    screenshot: ${file}\n`);
    }
    if (page) {
      await closeQuickInput(page).catch(() => undefined);
      await page.keyboard.press('Escape').catch(() => undefined);
    }
  });

  after(async function () {
    await stopAll();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it("offers three choices on '36% (12)': the percentage (preferred), the count and the total", async function () {
    await ensureOpen(page, SEED_NAME);
    await waitForProblem(page, SEED_NAME, /36% does not match 12 of 36/);
    await goTo(page, SEED_NAME, BAD_AT.line, BAD_AT.col + 1);
    const offered = await quickFixes(page, /Change the total/);
    await screenshot(page, 'editing-fix-choices');
    assert.ok(offered.some((t) => t.includes("Change '36%' to '33%'")), JSON.stringify(offered));
    assert.ok(offered.some((t) => t.includes("Change the count '12' to '13'")), JSON.stringify(offered));
    assert.ok(offered.some((t) => t.includes("Change the total '36' to '33'")), JSON.stringify(offered));
    await page.keyboard.press('Escape');
  });

  it('after a 79 → 59 typo under 1.1, the problem names the score line and the score line offers the fix', async function () {
    await goTo(page, SEED_NAME, C11_SCORE, 1);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('5');
    try {
      // The problem's own row ('1.1 scores 59%, which is …'), not its related row under it ('1.1 scores 59% here, …').
      const label = await waitForProblem(page, SEED_NAME, /1\.1 scores 59%, which/);
      assert.match(label, new RegExp(`score on line ${C11_SCORE}`));
      await goTo(page, SEED_NAME, C11_SCORE, 2);
      const offered = await quickFixes(page, /urgent priority/);
      await screenshot(page, 'editing-typo-79-59');
      assert.ok(offered.some((t) => /urgent priority/.test(t)), JSON.stringify(offered));
      await page.keyboard.press('Escape');
    } finally {
      await page.keyboard.press('Escape');
      await runCommand(page, 'File: Revert File');
    }
  });

  it("Fix all fixes the error with its preferred choice and leaves the info-level 72% alone", async function () {
    await ensureOpen(page, SEED_NAME);
    await waitForProblem(page, SEED_NAME, /36% does not match 12 of 36/);
    await goTo(page, SEED_NAME, BAD_AT.line, BAD_AT.col);
    // Fix All applies a workspace edit asynchronously: wait for the tab to turn dirty (running it again
    // while nothing has changed is harmless), then save, and save again while the disk has not changed.
    const dirtyTab = `${SELECTORS.activeTab}.dirty[data-resource-name="${SEED_NAME}"]`;
    await pollUntil('the report edited by Fix All', async () => {
      if (await page.isVisible(dirtyTab)) return true;
      await runCommand(page, 'Fix All');
      await page.waitForSelector(dirtyTab, { state: 'visible', timeout: 5_000 }).catch(() => undefined);
      return page.isVisible(dirtyTab);
    });
    const file = path.join(workspace, SEED_NAME);
    let lastSave = 0;
    const onDisk = await pollUntil('the saved file', async () => {
      const t = readFileSync(file, 'utf8');
      if (t !== ORIGINAL) return t;
      if (Date.now() - lastSave > 3_000) {
        lastSave = Date.now();
        await runCommand(page, 'File: Save');
      }
      return undefined;
    });
    try {
      assert.ok(onDisk.includes('in 33% (12) of cases'), 'the error is fixed by changing the percentage');
      assert.ok(onDisk.includes('In the 36 cases where the e-OASys'), 'the total is not changed');
      assert.ok(onDisk.includes('satisfactory standard in 72% of the 77 cases'), 'the info-level 72% is left as written');
      assert.equal(onDisk, ORIGINAL.replace('in 36% (12) of cases', 'in 33% (12) of cases'));
    } finally {
      writeFileSync(file, ORIGINAL);
      await runCommand(page, 'File: Revert File');
    }
  });

  it('the Outline lists the foreword and the appendices, with findings collapsed', async function () {
    await ensureOpen(page, SEED_NAME);
    await runCommand(page, 'Explorer: Focus on Outline View');
    const ROW = '.outline-pane .monaco-list-row';
    const folders = page.locator('.part.sidebar .pane-header[aria-label^="Explorer Section"]');
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    await page.waitForSelector(ROW, { state: 'visible' });
    const readRows = () =>
      page.locator(ROW).evaluateAll((els) =>
        els.map((e) => ({
          level: Number(e.getAttribute('aria-level')),
          expanded: e.getAttribute('aria-expanded'),
          name: (e.querySelector('.label-name')?.textContent ?? '').trim(),
        })),
      );
    // As a user first sees it: collapsed by the language default, the top level only.
    const top = await pollUntil('the outline at its top level', async () => {
      const r = await readRows();
      return r.some((x) => x.name.startsWith('APPENDIX')) ? r : undefined;
    });
    assert.ok(top.every((r) => r.level === 1), `only top-level rows are shown: ${JSON.stringify(top)}`);
    const names = top.map((r) => r.name);
    assert.ok(names.includes('FOREWORD'), JSON.stringify(names));
    assert.ok(names.some((n) => n.startsWith('APPENDIX 1')), JSON.stringify(names));
    assert.ok(names.some((n) => n.startsWith('APPENDIX 4')), JSON.stringify(names));
    assert.ok(top.filter((r) => r.expanded !== null).every((r) => r.expanded === 'false'), 'every row starts collapsed');
    // Open section 1, then 1.1: its groups show, still collapsed, and no finding is listed.
    const open = async (level: number, re: RegExp) => {
      const row = page.locator(`${ROW}[aria-level="${level}"]`).filter({ hasText: re }).first();
      await row.locator('.monaco-tl-twistie').click();
      await pollUntil(`${re} expanded`, async () => (await row.getAttribute('aria-expanded')) === 'true');
    };
    await open(1, /^\s*1\.\s/);
    await open(2, /^\s*1\.1\s/);
    const rows = await pollUntil('the groups of 1.1', async () => {
      const r = await readRows();
      return r.some((x) => x.level === 3 && x.name === 'Strengths') ? r : undefined;
    });
    await screenshot(page, 'editing-outline');
    const groups = rows.filter((r) => r.level === 3);
    assert.deepEqual(groups.map((g) => g.name), ['Strengths', 'Areas for Improvement', 'Conclusion']);
    assert.ok(groups.filter((g) => g.name !== 'Conclusion').every((g) => g.expanded === 'false'), 'groups start collapsed');
    assert.ok(!rows.some((r) => r.level >= 4), `no finding shown: ${JSON.stringify(rows.filter((r) => r.level >= 4))}`);
  });

  // VS Code asks for no code actions on an empty line (microsoft/vscode#132960), so in an empty report the
  // 'Insert report skeleton' quick fix cannot be reached with Ctrl+.; a code lens above line 1 runs it.
  it("an empty report gets only information, and an 'Insert report skeleton' lens that writes the skeleton", async function () {
    await ensureOpen(page, EMPTY_NAME);
    await openProblemsPanel(page);
    const filter = `${SELECTORS.problemsPanel} .markers-panel-action-filter input, .viewpane-filter input`;
    await page.locator(filter).first().fill(EMPTY_NAME).catch(() => undefined);
    try {
      await waitForProblem(page, EMPTY_NAME, /no criteria yet/);
      const rows = await getProblems(page);
      // What the empty report gets (its two notes) is information, not errors.
      const mine = rows.filter((r) => r.kind === 'marker' && /no criteria yet|no framework in front matter/.test(r.label));
      assert.ok(mine.length >= 2, JSON.stringify(rows));
      assert.ok(mine.every((r) => r.severity === 'info'), `only information: ${JSON.stringify(mine)}`);
    } finally {
      await page.locator(filter).first().fill('').catch(() => undefined);
    }
    const lens = page.locator(`${EDITOR} .codelens-decoration a`, { hasText: 'Insert report skeleton' }).first();
    await lens.waitFor({ state: 'visible', timeout: 60_000 });
    await screenshot(page, 'editing-empty-report');
    await lens.click();
    const file = path.join(workspace, EMPTY_NAME);
    try {
      // The skeleton is in the editor: front matter naming the framework, and the last criterion.
      await pollUntil('the skeleton in the editor', async () => {
        const shown = (await page.locator(`${EDITOR} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
        return /framework: hmip-omi-2007/.test(shown) ? shown : undefined;
      });
      await runCommand(page, 'File: Save');
      const saved = await pollUntil('the saved skeleton', () => {
        const t = readFileSync(file, 'utf8');
        return t.includes('## 4.6 ') ? t : undefined;
      });
      assert.match(saved, /^---\n/);
      assert.equal((saved.match(/^## \d\.\d+ /gm) ?? []).length, 20, 'every criterion of the framework');
      await screenshot(page, 'editing-empty-report-skeleton');
    } finally {
      writeFileSync(file, '');
      await runCommand(page, 'File: Revert File').catch(() => undefined);
    }
  });
});
