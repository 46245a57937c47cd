import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver';
import { frameworkFilesNear } from '../../server/src/lsp/frameworkFiles.js';
import { completion } from '../../server/src/lsp/features/completion.js';
import { documentSymbols } from '../../server/src/lsp/features/symbols.js';
import { ROOT } from '../core/helpers.js';
import { analyzeText, applyEdits, posOf } from './helpers.js';

describe('lsp: framework files after framework:', () => {
  it('finds the valid framework files near a report, relative to it', () => {
    const files = frameworkFilesNear(pathToFileURL(path.join(ROOT, 'seeds/new.inspection.md')).toString());
    const refs = files.map((f) => f.ref);
    assert.ok(refs.includes('./frameworks/example-youth-2024.yaml'), refs.join(', '));
    assert.ok(refs.includes('./frameworks/example-ofsted-eif-2023.yaml'));
    assert.equal(files.find((f) => f.ref === './frameworks/example-youth-2024.yaml')!.id, 'example-youth-2024');
    // A non-file uri has no folder to look in.
    assert.deepEqual(frameworkFilesNear('untitled:Untitled-1'), []);
  });

  it('completion offers the built-ins and the workspace framework files', () => {
    const text = `---\ntitle: A report\nframework: \n---\n`;
    const r = analyzeText(text);
    const items = completion(r, posOf(r, 'framework: ', 'framework: '.length), {
      frameworkFiles: () => [{ ref: './frameworks/mine.yaml', id: 'mine', name: 'My framework' }],
    });
    assert.deepEqual(items.map((i) => i.label), ['hmip-omi-2007', 'cqc-saf-2024', './frameworks/mine.yaml']);
    const file = items[2]!;
    assert.match(String(file.detail), /My framework \(mine\)/);
    assert.match(applyEdits(r, [file.textEdit as TextEdit]), /framework: \.\/frameworks\/mine\.yaml\n/);
  });
});

describe('lsp: bulleted findings in the outline', () => {
  it('numbers unlettered findings instead of showing empty letters', () => {
    const text = `---\nframework: cqc-saf-2024\n---\n\n# 1. Key questions\n\n## 1.1 Safe\n\nRating: Good\n\n### Strengths\n\n- One.\n- Two.\n`;
    const r = analyzeText(text);
    const names = JSON.stringify(documentSymbols(r));
    assert.match(names, /"name":"• 1".*"name":"• 2"/);
    assert.doesNotMatch(names, /"name":"\(\)"/);
  });
});
