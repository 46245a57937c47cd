/**
 * Links between the docs work (issue 12: rule docs open in the Markdown
 * preview, where a reader follows them): every relative link in docs/**.md
 * and the README names a file that exists, and a #fragment into a Markdown
 * file names one of its headings (GitHub's and VS Code's slugs).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core/index.js';
import { ROOT } from './helpers.js';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
}

/** Heading slugs as GitHub and VS Code's Markdown preview make them. */
function slugs(text: string): Set<string> {
  const out = new Set<string>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) out.add(m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-'));
  }
  return out;
}

/** Relative links `[text](target)` outside code fences and code spans. */
function links(text: string): string[] {
  const prose = text.replace(/^(````|```)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

describe('docs: links between the docs', () => {
  const files = [...markdownFiles(path.join(ROOT, 'docs')), path.join(ROOT, 'README.md')];

  it('every relative link names a file that exists, and every #fragment a heading of it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const target of links(fs.readFileSync(file, 'utf8'))) {
        const [rel, fragment] = target.split('#') as [string, string | undefined];
        const dest = rel === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(rel));
        checked++;
        if (!fs.existsSync(dest)) {
          broken.push(`${path.relative(ROOT, file)}: ${target} (no such file)`);
          continue;
        }
        if (fragment && dest.endsWith('.md') && !slugs(fs.readFileSync(dest, 'utf8')).has(fragment)) broken.push(`${path.relative(ROOT, file)}: ${target} (no such heading)`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > allRules().length * 2, `links were found (${checked})`);
  });

  it('every rule page links to the index and to the configuration, and the index links to every page', () => {
    const index = fs.readFileSync(path.join(ROOT, 'docs/rules/README.md'), 'utf8');
    for (const rule of allRules()) {
      const page = fs.readFileSync(path.join(ROOT, 'docs/rules', `${rule.meta.id}.md`), 'utf8');
      assert.ok(links(page).includes('../README.md'), `${rule.meta.id} links to the index`);
      assert.ok(links(page).includes('../../../README.md#configuration'), `${rule.meta.id} links to the configuration`);
      assert.ok(links(index).includes(`${rule.meta.id}.md`), `the index links to ${rule.meta.id}`);
    }
  });
});
