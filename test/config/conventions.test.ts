/**
 * `quantifiers` and `style` in `.inspectionrc.*` and in the editor settings of
 * the same names: validated with located diagnostics, merged (editor over
 * file), laid over the framework, and seen by the checks.
 */
import * as assert from 'node:assert/strict';
import { analyze, DocumentAnalyzer } from '../../server/src/core/index.js';
import { quantifiersOver, styleOver, withConventions } from '../../server/src/core/framework/conventions.js';
import { builtinFramework } from '../../server/src/core/framework/load.js';
import { QUANTIFIER_PRESETS, STYLE_PRESETS } from '../../server/src/core/framework/presets.js';
import { conventionsOf } from '../../server/src/config/conventions.js';
import { reportOptions } from '../../server/src/config/options.js';
import { parseConfig } from '../../server/src/config/parse.js';
import { ConfigResolver } from '../../server/src/config/resolve.js';
import { analyzeOptionsOf, parseSettings } from '../../server/src/lsp/settings.js';

const URI = 'file:///reports/r.inspection.md';
/** One criterion with a quantifier claim: 'most' fits 60% by default (over half), not under Education Scotland (75 to 90). */
const REPORT = '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n- (a) In most of the 20 cases (12) the plan was sound.\n- (b) Reviews took 5-7 days.\n- (c) 4 cases were late, and only 3 were seen.\n';
const QM = 'numbers/quantifier-mismatch';

const ids = (text: string, options: Parameters<typeof analyze>[2]) => analyze(text, URI, options).diagnostics.map((d) => d.ruleId);

/** A resolver over files held in memory. */
function resolverOf(files: Record<string, string>): ConfigResolver {
  return new ConfigResolver({ read: (f) => files[f] });
}

describe('config: quantifiers and style', () => {
  describe('validation (config/parse.ts)', () => {
    it('accepts a preset name or the framework-shaped object for each key', () => {
      for (const text of ['quantifiers: education-scotland\nstyle: ons\n', 'quantifiers: { enabled: true, preset: education-scotland }\nstyle: { preset: gov-uk, percent: words }\n', 'quantifiers:\n  bands:\n    - { phrase: most, min: 70, max: 100 }\nstyle: { ranges: to }\n']) {
        const parsed = parseConfig(text, 'file:///w/.inspectionrc.yaml');
        assert.deepEqual(parsed.diagnostics, [], text);
        assert.ok(parsed.data.quantifiers !== undefined && parsed.data.style !== undefined, text);
      }
    });

    it('an unknown preset or key gets a located config/invalid diagnostic, and only that key is dropped', () => {
      const text = 'rules:\n  numbers/percentage-mismatch: off\nstyle: govuk\nquantifiers: { bandz: [] }\n';
      const parsed = parseConfig(text, 'file:///w/.inspectionrc.yaml');
      assert.equal(parsed.diagnostics.length, 2, JSON.stringify(parsed.diagnostics.map((d) => d.message)));
      assert.ok(parsed.diagnostics.every((d) => d.ruleId === 'config/invalid'));
      const style = parsed.diagnostics.find((d) => d.message.startsWith('style'))!;
      assert.deepEqual(style.position!.start, { line: 2, character: 7 }, 'at the value govuk');
      const quant = parsed.diagnostics.find((d) => d.message.startsWith('quantifiers'))!;
      assert.equal(quant.position!.start.line, 3);
      assert.equal(parsed.data.style, undefined);
      assert.equal(parsed.data.quantifiers, undefined);
      assert.deepEqual(parsed.data.rules, { 'numbers/percentage-mismatch': 'off' });
    });

    it('a band outside 0 to 100 is reported at the band', () => {
      const parsed = parseConfig('quantifiers:\n  bands:\n    - { phrase: most, min: 70, max: 120 }\n', 'file:///w/.inspectionrc.yaml');
      assert.equal(parsed.diagnostics.length, 1);
      assert.equal(parsed.diagnostics[0]!.position!.start.line, 2);
      assert.match(parsed.diagnostics[0]!.message, /^quantifiers\.bands\.0\.max/);
    });
  });

  describe('settings and merging', () => {
    it('the editor settings of the same names give the same options as the file', () => {
      const fromSettings = analyzeOptionsOf(parseSettings({ quantifiers: 'education-scotland', style: { preset: 'ons', percent: 'symbol' } }));
      const resolver = resolverOf({ '/w/.inspectionrc.json': JSON.stringify({ quantifiers: 'education-scotland', style: { preset: 'ons', percent: 'symbol' } }) });
      const config = resolver.fromFile('/w/.inspectionrc.json');
      assert.deepEqual(config.diagnostics, []);
      const fromFile = reportOptions(config);
      assert.deepEqual(fromFile.quantifiers, { preset: 'education-scotland' });
      assert.deepEqual(fromFile.style, { preset: 'ons', percent: 'symbol' });
      assert.deepEqual({ q: fromFile.quantifiers, s: fromFile.style }, { q: fromSettings.quantifiers, s: fromSettings.style });
    });

    it('editor settings override the file key by key (a preset name counts as { preset }); an unset setting (null or {}) keeps the file', () => {
      const config = resolverOf({ '/w/.inspectionrc.yaml': 'quantifiers: education-scotland\nstyle: { preset: ons, ranges: to }\n' }).fromFile('/w/.inspectionrc.yaml');
      const over = reportOptions(config, { settings: { style: { percent: 'words' }, quantifiers: { enabled: false } } });
      assert.deepEqual(over.style, { preset: 'ons', ranges: 'to', percent: 'words' });
      assert.deepEqual(over.quantifiers, { preset: 'education-scotland', enabled: false });
      assert.deepEqual(reportOptions(config, { settings: { style: 'gov-uk' } }).style, { preset: 'gov-uk', ranges: 'to' });
      const unset = reportOptions(config, { settings: { style: {}, quantifiers: null } });
      assert.deepEqual(unset.style, { preset: 'ons', ranges: 'to' });
      assert.deepEqual(unset.quantifiers, { preset: 'education-scotland' });
    });

    it('extends: the file that extends wins over its base, key by key inside style', () => {
      const config = resolverOf({ '/w/base.yaml': 'style: { preset: gov-uk, ranges: to }\nquantifiers: education-scotland\n', '/w/.inspectionrc.yaml': 'extends: base.yaml\nstyle: { percent: words }\n' }).fromFile('/w/.inspectionrc.yaml');
      const options = reportOptions(config);
      assert.deepEqual(options.style, { preset: 'gov-uk', ranges: 'to', percent: 'words' });
      assert.deepEqual(options.quantifiers, { preset: 'education-scotland' });
    });

    it('malformed settings values are dropped, not passed on', () => {
      assert.deepEqual(conventionsOf({ quantifiers: 'nope', style: ['ons'] }), {});
      assert.deepEqual(conventionsOf({ quantifiers: { enabled: 'yes' }, style: { percent: 'sometimes' } }), {});
    });
  });

  describe('over the framework (core/framework/conventions.ts)', () => {
    const fw = builtinFramework('hmip-omi-2007')!;

    it('a quantifier preset turns the rule on with its bands; explicit bands win; enabled: false turns it off', () => {
      assert.deepEqual(quantifiersOver(fw.data.quantifiers, { preset: 'education-scotland' }).bands, QUANTIFIER_PRESETS['education-scotland']!.bands);
      assert.equal(quantifiersOver(undefined, { preset: 'education-scotland' }).enabled, true);
      const bands = [{ phrase: 'most', min: 70, max: 100 }];
      assert.deepEqual(quantifiersOver(fw.data.quantifiers, { preset: 'education-scotland', bands }).bands, bands);
      const off = quantifiersOver(fw.data.quantifiers, { enabled: false });
      assert.equal(off.enabled, false);
      assert.deepEqual(off.bands, fw.data.quantifiers?.bands ?? [], 'no preset and no bands: the framework\'s bands are kept');
    });

    it('style: a preset, then explicit keys, over the framework\'s style key by key', () => {
      assert.deepEqual(styleOver({ percent: 'words' }, { preset: 'ons' }), { percent: 'words', ...STYLE_PRESETS.ons!.style });
      assert.deepEqual(styleOver({ percent: 'words', ranges: 'to' }, { preset: 'gov-uk', percent: 'words' }), { ...STYLE_PRESETS['gov-uk']!.style, percent: 'words' });
    });

    it('the framework itself is not changed, and the derived one is cached', () => {
      const before = JSON.stringify(fw.data);
      const a = withConventions(fw, { style: { preset: 'ons' } });
      assert.notEqual(a, fw);
      assert.equal(withConventions(fw, { style: { preset: 'ons' } }), a);
      assert.equal(withConventions(fw, {}), fw);
      assert.equal(JSON.stringify(fw.data), before);
    });
  });

  describe('in the analysis', () => {
    it('quantifiers: the preset\'s bands decide; without it the framework\'s', () => {
      assert.ok(!ids(REPORT, {}).includes(QM), "'most' (60%) fits the framework's bands");
      const found = analyze(REPORT, URI, { quantifiers: { preset: 'education-scotland' } }).diagnostics.filter((d) => d.ruleId === QM);
      assert.equal(found.length, 1);
      assert.match(found[0]!.message, /'most' does not fit 12 of 20 \(60%\)/);
      assert.ok(!ids(REPORT, { quantifiers: { preset: 'education-scotland', enabled: false } }).includes(QM));
      assert.ok(!ids(REPORT, { quantifiers: { preset: 'education-scotland' }, severities: { [QM]: 'off' } }).includes(QM), 'rules: off still wins');
    });

    it('style: each key turns its rule on, over a framework that has none', () => {
      assert.ok(!ids(REPORT, {}).some((id) => id.startsWith('style/')));
      const ons = ids(REPORT, { style: { preset: 'ons' } });
      assert.ok(ons.includes('style/small-numbers'), ons.join());
      assert.ok(ons.includes('style/sentence-start-numeral'), ons.join());
      assert.ok(ons.includes('style/range-to'), ons.join());
      assert.deepEqual(ids(REPORT, { style: { ranges: 'to' } }).filter((id) => id.startsWith('style/')), ['style/range-to']);
    });

    it('incremental equals full with conventions, and changing them re-parses', () => {
      const options = { quantifiers: { preset: 'education-scotland' }, style: { preset: 'ons' } };
      const analyzer = new DocumentAnalyzer(URI, options);
      analyzer.update(REPORT);
      const edited = REPORT.replace('(12)', '(13)');
      assert.deepEqual(analyzer.update(edited).diagnostics, analyze(edited, URI, options).diagnostics);
      analyzer.setOptions({});
      assert.deepEqual(analyzer.update(edited).diagnostics, analyze(edited, URI, {}).diagnostics);
    });
  });
});
