/**
 * `inspection-check render`: HTML and Word export of a report, checked on the
 * Sussex seed against the model the core builds from it (never against
 * figures typed in here, except the issue's own count of 14 scored criteria).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { analyze } from '../../server/src/core/index.js';
import { main } from '../../server/src/cli/main.js';
import { bookmarkName } from '../../server/src/render/docx.js';
import { ROOT, SEED_PATH, seedText } from '../core/helpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const attrs = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1]!);

describe('cli: inspection-check render', () => {
  let tmp: string;
  const seed = analyze(seedText(), pathToFileURL(SEED_PATH).href);
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-render-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('render --format html SEED writes an HTML file with an SVG chart of the 14 scored criteria and a link for every reference', async () => {
    const copy = path.join(tmp, 'sussex-2007.inspection.md');
    fs.copyFileSync(SEED_PATH, copy);
    const { code, out, err } = await run(['render', '--format', 'html', copy]);
    assert.equal(err, '');
    assert.equal(code, 0);
    const file = path.join(tmp, 'sussex-2007.html');
    assert.equal(out, `wrote ${file}\n`);
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    // Standalone: no script, nothing fetched.
    assert.doesNotMatch(html, /<script|<link |src="http|url\(http/i);

    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 1, 'one chart');
    const bars = attrs(svgs[0]!, /data-criterion="([^"]+)"/g);
    const scored = seed.report.criteria.filter((c) => c.score !== undefined).map((c) => c.id);
    assert.equal(scored.length, 14);
    assert.deepEqual(bars, scored);
    // Each bar shows the score as written.
    for (const c of seed.report.criteria.filter((x) => x.score)) {
      assert.match(svgs[0]!, new RegExp(`data-criterion="${c.id.replace('.', '\\.')}"><title>[^<]*: ${c.score!.raw}</title>`));
    }
    // Section means are bars too, one per section with scores.
    const means = attrs(svgs[0]!, /data-section="([^"]+)"/g);
    assert.deepEqual(means, [...new Set(seed.report.criteria.filter((c) => c.score).map((c) => c.sectionId))]);
    // The chart stands after the seed's Chart 1 heading.
    const chartHeading = html.indexOf('Chart 1');
    assert.ok(chartHeading >= 0 && chartHeading < html.indexOf('<svg'), 'chart placed under its heading');

    const ids = new Set(attrs(html, / id="([^"]+)"/g));
    const links = attrs(html, /<a href="#([^"]+)" class="ir-ref">/g);
    assert.equal(links.length, seed.report.references.length, 'one link per reference');
    for (const target of links) assert.ok(ids.has(target), `link target #${target} exists`);
    // References to a finding land on the finding's list item.
    const toFinding = seed.report.references.filter((r) => r.letter).length;
    assert.ok(toFinding > 0);
    assert.equal(links.filter((l) => l.startsWith('finding-')).length, toFinding);
  });

  it('marks problems in HTML unless --no-problems, and writes to stdout with -o -', async () => {
    const withProblems = await run(['render', SEED_PATH, '-o', '-']);
    assert.equal(withProblems.code, 0);
    const errors = seed.diagnostics.filter((d) => d.severity === 'error' && !d.uri).length;
    assert.ok(errors > 0);
    assert.ok((withProblems.out.match(/class="ir-marker ir-error"/g) ?? []).length >= 1);
    assert.match(withProblems.out, /36% \(12\)/);
    const without = await run(['render', '--no-problems', SEED_PATH, '-o', '-']);
    assert.equal(without.code, 0);
    assert.doesNotMatch(without.out, /class="ir-marker/);
  });

  it('render --format docx writes a Word document with headings, lists, tables, the scores table and internal links', async () => {
    const file = path.join(tmp, 'out.docx');
    const { code } = await run(['render', '--format', 'docx', SEED_PATH, '-o', file]);
    assert.equal(code, 0);
    const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const xml = strFromU8(zip['word/document.xml']!);
    const headings = (xml.match(/<w:pStyle w:val="Heading\d"\/>/g) ?? []).length;
    const expectedHeadings = seedText().split('\n').filter((l) => /^#{1,6} /.test(l)).length;
    assert.equal(headings, expectedHeadings);
    assert.ok((xml.match(/<w:numPr>/g) ?? []).length >= seed.report.criteria.flatMap((c) => c.groups.flatMap((g) => g.findings)).length);
    // Every markdown table, plus the scores table.
    const tables = (xml.match(/<w:tbl>/g) ?? []).length;
    assert.ok(tables >= 2);
    for (const c of seed.report.criteria) assert.ok(xml.includes(`w:name="${bookmarkName(`criterion-${c.id}`)}"`), `bookmark for ${c.id}`);
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(anchors.length, seed.report.references.length);
    for (const a of anchors) assert.ok(xml.includes(`w:name="${a}"`), `bookmark ${a} exists`);
    // The scores table lists each criterion's score or grade as written.
    for (const c of seed.report.criteria) {
      const v = c.score?.raw ?? c.grade?.raw;
      if (v) assert.ok(xml.includes(`>${v}</w:t>`), `score ${v} of ${c.id}`);
    }
  });

  it('usage errors exit 2 and the installed bin renders too', async () => {
    assert.equal((await run(['render'])).code, 2);
    assert.equal((await run(['render', '--format', 'pdf', SEED_PATH])).code, 2);
    assert.equal((await run(['render', '--format', 'docx', SEED_PATH, '-o', '-'])).code, 2);
    assert.equal((await run(['render', path.join(tmp, 'missing.inspection.md')])).code, 2);
    const out = path.join(tmp, 'bin.html');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/inspection-check.js'), 'render', SEED_PATH, '-o', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(fs.readFileSync(out, 'utf8'), /<svg/);
  });
});
