/**
 * The core parses each block with only the GFM constructs whose trigger
 * characters the block holds (`server/src/core/parse/markdown.ts`). The tree
 * must be exactly remark-gfm's: same nodes, same positions. This test compares
 * them over every block of the repository's reports and corpus passages, and
 * over written texts that sit at the edge of each construct.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../server/src/core/parse/markdown.js';
import { corpusDir, loadCorpus } from '../../tools/eval/corpus-data.js';
import { ROOT } from './helpers.js';

const reference = unified().use(remarkParse).use(remarkGfm).freeze();

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** A document cut the way the core cuts it: at each ATX heading line. */
function blocksOf(text: string): string[] {
  return text.split(/\n(?=#{1,6} )/);
}

function same(text: string): void {
  assert.deepEqual(parseMarkdown(text), reference.parse(text), JSON.stringify(text.slice(0, 80)));
}

describe('markdown parse: only the GFM constructs a block can hold', () => {
  it('gives remark-gfm’s tree for every block of the seeds, reports, docs and corpus', function () {
    // Two parses of every corpus passage (about 5,000 and growing with each round): more than the default 20 s on a loaded machine.
    this.timeout(180000);
    const files = ['seeds', 'test/reports', 'test/reports-unseen', 'test/reports-fresh', 'test/reports-fresh-2', 'test/reports-fresh-3', 'test/reports-fresh-4', 'test/reports-fresh-5', 'test/reports-fresh-6', 'docs', 'test/fixtures'].flatMap((d) => markdownFiles(path.join(ROOT, d)));
    const texts = [...files.map((f) => fs.readFileSync(f, 'utf8')), ...loadCorpus(corpusDir(ROOT)).flatMap((f) => f.passages.map((p) => p.text))];
    let blocks = 0;
    for (const text of texts) {
      for (const b of blocksOf(text)) {
        same(b);
        blocks++;
      }
    }
    assert.ok(files.length > 10 && blocks > 1500, `${files.length} files, ${blocks} blocks`);
  });

  it('gives remark-gfm’s tree at the edge of each construct', () => {
    const texts = [
      // autolink literals, in every case and next to numbers
      'See www.example.org and WWW.EXAMPLE.ORG for 12 of 30 (40%).',
      'Contact inspections@example.gov.uk or HTTPS://example.org/a?b=1.',
      'http:/not-a-link and ww.example.org and a@b are not links; a@b.co is.',
      '36% (12) of 36 cases, and no link at all.',
      // tables, with and without a leading pipe, and a pipe that is not a table
      '| Criterion | Score |\n|---|---|\n| 1.1 | 70% |',
      'Criterion | Score\n--- | ---\n1.1 | 70%',
      'A ratio of 3 | 4 is not a table.',
      // footnotes, strikethrough and task lists
      'A claim[^1] with a note.\n\n[^1]: The note, 12 of 30.',
      'Brackets [^] and [ ^x] are not footnotes.',
      'Scores ~~70%~~ 72% and ~single~ tilde, 5~6 cases.',
      '- [ ] to do\n- [x] done\n- [not a task] 3 of 4',
      // constructs that the triggers do not gate
      '> A quote with *emphasis*, `code`, <b>html</b> and [a link](http://example.org).',
      '1. first\n2. second\n\n   indented 12 of 30',
      '```\n| not | a | table |\n```',
      '',
      '\n\n',
    ];
    for (const t of texts) same(t);
  });
});
