import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rulesDocsBase, rulesDocsFolder } from '../../server/src/lsp/docs.js';
import { analyzeOptionsOf, DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings.js';
import { ROOT } from './helpers.js';

describe('lsp: settings', () => {
  it('keeps valid rule levels, rounding and the inlay hint switch', () => {
    const s = parseSettings({ rules: { 'a/b': 'off', 'c/d': 'hint', 'e/f': 'loud', 'g/h': 3 }, rounding: { decimals: 1, ties: 'up' }, inlayHints: { enabled: true } });
    assert.deepEqual(s.rules, { 'a/b': 'off', 'c/d': 'hint' });
    assert.deepEqual(s.rounding, { decimals: 1, ties: 'up' });
    assert.equal(s.inlayHints.enabled, true);
    assert.deepEqual(analyzeOptionsOf(s), { severities: { 'a/b': 'off', 'c/d': 'hint' }, rounding: { decimals: 1, ties: 'up' } });
  });

  it('falls back to defaults for anything malformed', () => {
    assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings({ rules: [], rounding: { decimals: 9, ties: 'sideways' }, inlayHints: 'yes' }), DEFAULT_SETTINGS);
  });
});

describe('lsp: rule docs location', () => {
  it('finds docs/rules above the compiled server and above a bundle', () => {
    const exists = (p: string) => p === path.join('/repo', 'docs', 'rules');
    assert.equal(rulesDocsFolder('/repo/out/server/src/lsp', exists), '/repo/docs/rules');
    assert.equal(rulesDocsFolder('/repo/dist', exists), '/repo/docs/rules');
  });

  it('falls back on the layout when the docs are not generated', () => {
    const none = () => false;
    assert.equal(rulesDocsFolder('/repo/out/server/src/lsp', none), '/repo/docs/rules');
    assert.equal(rulesDocsFolder('/repo/dist', none), '/repo/docs/rules');
  });

  it('points the running server at this repository', () => {
    assert.equal(rulesDocsBase(), `${pathToFileURL(path.join(ROOT, 'docs', 'rules')).href}/`);
  });
});
