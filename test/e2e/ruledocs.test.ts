/**
 * End-to-end: rule docs open rendered (issue 12). A click on a problem's rule
 * link in the Problems panel shows the rule's page in VS Code's Markdown
 * preview, with no raw (editable) editor of the page left open, and the links
 * between the docs work inside the preview. Real VS Code (code-server) driven
 * through Chromium; the workspace is a temp folder with one small report.
 *
 * Screenshots: test-artifacts/e2e/ruledocs-*.png.
 *
 * Run alone: npm run package && npx mocha --config .mocharc.e2e.json out/test/e2e/ruledocs.test.js
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../server/src/core/index.js';
import {
  REPO_ROOT,
  SELECTORS,
  closeQuickInput,
  getNotifications,
  openBrowser,
  openFile,
  pollUntil,
  screenshot,
  startCodeServer,
  stopAll,
  waitForProblem,
  waitForWorkbench,
  type CodeServer,
  type Page,
} from './harness.js';

const REPORT = 'victims.inspection.md';
/** One criterion whose only error is a percentage that does not match its counts. */
const TEXT =
  '---\nframework: hmip-omi-2007\n---\n\n# 2. IMPLEMENTATION OF INTERVENTIONS\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n- (a) It was done in 36% (12) of the 36 cases.\n';
/** The workspace's configuration: the rules a one-criterion excerpt breaks on purpose, off. */
const RC = 'rules:\n  structure/missing-criterion: off\n  structure/missing-conclusion: off\n';
const RC_OPTIONS = { severities: { 'structure/missing-criterion': 'off', 'structure/missing-conclusion': 'off' } } as const;
const RULE = 'numbers/percentage-mismatch';
const VSIX = process.env.E2E_VSIX ?? path.join(REPO_ROOT, 'inspection-report.vsix');
const PAGE_NAME = `${RULE.split('/')[1]}.md`;
/** The page's first paragraph, as the preview shows it. */
const SUMMARY = readFileSync(path.join(REPO_ROOT, 'docs/rules', `${RULE}.md`), 'utf8').split('\n')[4]!;

interface TabInfo {
  label: string;
  resource: string | null;
  active: boolean;
}

async function tabs(page: Page): Promise<TabInfo[]> {
  return page.locator('.editor-group-container .tabs-container .tab').evaluateAll((els) =>
    els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', resource: e.getAttribute('data-resource-name'), active: e.classList.contains('active') })),
  );
}

/** Text editors (not previews) showing a file named `name`. */
async function rawEditorsOf(page: Page, name: string): Promise<TabInfo[]> {
  return (await tabs(page)).filter((t) => t.resource === name && !/^Preview /.test(t.label));
}

/** The frame of a Markdown preview showing `selector` with `text`. */
async function previewFrame(page: Page, selector: string, text: string, timeoutMs = 30_000) {
  return pollUntil(
    `a preview frame with ${selector} '${text}'`,
    async () => {
      for (const f of page.frames()) {
        try {
          if ((await f.locator(selector, { hasText: text }).count()) > 0) return f;
        } catch {
          // detached frame
        }
      }
      return undefined;
    },
    { timeoutMs, intervalMs: 250 },
  );
}

describe('e2e: rule docs open rendered (real VS Code)', function () {
  let server: CodeServer;
  let page: Page;
  let workspace: string;

  before(async function () {
    this.timeout(180_000);
    const expected = analyze(TEXT, 'file:///x/victims.inspection.md', RC_OPTIONS).diagnostics;
    assert.deepEqual(
      expected.map((d) => d.ruleId),
      [RULE],
      'under its configuration the fixture has exactly one problem, of the rule under test',
    );
    workspace = mkdtempSync(path.join(os.tmpdir(), 'e2e-inspection-ruledocs-'));
    writeFileSync(path.join(workspace, REPORT), TEXT);
    writeFileSync(path.join(workspace, '.inspectionrc.yaml'), RC);
    server = await startCodeServer({
      vsixPath: VSIX,
      workspaceDir: workspace,
      settings: { 'editor.minimap.enabled': false, 'files.autoSave': 'off' },
    });
    page = await openBrowser(server.url);
    await waitForWorkbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const file = await screenshot(page, `ruledocs-failed-${this.currentTest.title}`).catch((e) => String(e));
      process.stderr.write(`    screenshot: ${file}\n    tabs: ${JSON.stringify(await tabs(page).catch(() => []))}\n`);
    }
    if (page) await closeQuickInput(page).catch(() => undefined);
  });

  after(async function () {
    await stopAll();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it("a click on the rule link in Problems opens the rule's page in the Markdown preview, and no raw editor", async function () {
    this.timeout(120_000);
    await openFile(page, REPORT);
    const row = await waitForProblem(page, /does not match 12 of 36/, 60_000);
    assert.equal(row.severity, 'error');
    // The marker row shows the code as a link ('numbers/percentage-mismatch').
    const link = page.locator(`${SELECTORS.problemsRow}[aria-level="2"] a`, { hasText: RULE }).first();
    await link.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, 'ruledocs-problems');
    await link.click();
    const frame = await previewFrame(page, 'h1', RULE, 30_000);
    assert.ok((await frame.locator('p', { hasText: SUMMARY.slice(0, 40) }).count()) > 0, 'the page is rendered: its summary is a paragraph');
    assert.equal(await frame.locator('text=**Severity:**').count(), 0, 'no raw Markdown');
    const previewTab = await pollUntil('the preview tab, active', async () => (await tabs(page)).find((t) => t.active && t.label.startsWith(`Preview ${PAGE_NAME}`)));
    assert.ok(previewTab);
    await pollUntil('no raw editor of the page', async () => ((await rawEditorsOf(page, PAGE_NAME)).length === 0 ? true : undefined), { timeoutMs: 10_000 });
    // The page's example reports are not taken for a report of the user's: no language-mode offer for it.
    assert.deepEqual((await getNotifications(page)).filter((n) => n.includes(PAGE_NAME)), []);
    await screenshot(page, 'ruledocs-preview');
  });

  it('links between the docs work in the preview: the page links to the index, and the index back to a page', async function () {
    this.timeout(90_000);
    const frame = await previewFrame(page, 'h1', RULE);
    await frame.locator('a', { hasText: 'All rules' }).first().click();
    const index = await previewFrame(page, 'h1', 'Rules');
    assert.ok((await index.locator('table a', { hasText: RULE }).count()) > 0, 'the index lists the rule');
    assert.equal((await rawEditorsOf(page, 'README.md')).length, 0, 'no raw editor of the index');
    await screenshot(page, 'ruledocs-index');
    const other = 'structure/finding-letters';
    await index.locator('table a', { hasText: other }).first().click();
    await previewFrame(page, 'h1', other);
    await pollUntil('no raw editor of the linked page', async () => ((await rawEditorsOf(page, 'finding-letters.md')).length === 0 ? true : undefined), { timeoutMs: 10_000 });
    await screenshot(page, 'ruledocs-linked-page');
    // Seconds after the first page opened: still no language-mode offer for any of the docs.
    assert.deepEqual((await getNotifications(page)).filter((n) => /\.md looks like an inspection report/.test(n)), []);
  });
});
