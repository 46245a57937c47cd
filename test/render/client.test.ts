/**
 * The pure parts the extension uses: detection of reports written as plain
 * Markdown, the preview stylesheet it contributes, and the dashboard's HTML.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeReport } from '../../server/src/render/detect.js';
import { PREVIEW_CSS } from '../../server/src/render/markdownIt.js';
import { ROOT, seedText } from '../core/helpers.js';

describe('render: what the extension uses', () => {
  it('offers the language mode to Markdown that names a framework or follows the dialect, and not to other Markdown', () => {
    assert.equal(looksLikeReport(seedText()), true);
    assert.equal(looksLikeReport('---\nframework: ./my-framework.yaml\n---\n\nDraft.\n'), true);
    assert.equal(looksLikeReport('# 1. Section\n\n## 1.1 Something\n\n### Strengths\n\n- (a) x\n'), true);
    assert.equal(looksLikeReport('# Project\n\n## 1.2 Release notes\n\nNothing else.\n'), false);
    assert.equal(looksLikeReport('---\ntitle: x\n---\n### Strengths\n'), false);
    assert.equal(looksLikeReport(''), false);
  });

  it('ships the preview stylesheet the renderer defines', () => {
    const css = fs.readFileSync(path.join(ROOT, 'media/preview.css'), 'utf8');
    assert.equal(css.replace(/^\/\*[^*]*\*\//, ''), PREVIEW_CSS);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.contributes['markdown.markdownItPlugins'], true);
    assert.deepEqual(manifest.contributes['markdown.previewStyles'], ['./media/preview.css']);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!media\/\*\.css$/m);
  });
});
