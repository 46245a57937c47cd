/**
 * The declarative parts of the extension that VS Code reads from the manifest
 * without running any code: the language, grammar, snippets and editor
 * configuration, and that the manifest and the client agree on command ids.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IGrammar } from 'vscode-textmate';
import { GRAMMAR_PATH, REPO_ROOT, ROOT_SCOPE, loadGrammar, scopesAt, tokenize } from './textmate.js';

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    languages: { id: string; extensions: string[]; aliases: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { default?: unknown; type: string }> };
  };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const LANGUAGE_ID = 'inspection-report';
const inRepo = (p: string) => path.join(REPO_ROOT, p);

/** A snippet body with every tab stop replaced by its default (or first choice, or nothing). */
function expandSnippet(body: string): string {
  let text = body;
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '')
      .replace(/\$\{CURRENT_YEAR\}/g, '2024')
      .replace(/\$\{CURRENT_MONTH\}/g, '01');
  }
  return text;
}

describe('contributions: language, grammar, snippets, editor configuration', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('declares the language for *.inspection.md and activates on it', () => {
    const lang = manifest.contributes.languages.find((l) => l.id === LANGUAGE_ID);
    assert.ok(lang);
    assert.deepEqual(lang.extensions, ['.inspection.md']);
    assert.ok(existsSync(inRepo(lang.configuration)));
    assert.ok(manifest.activationEvents.includes(`onLanguage:${LANGUAGE_ID}`));
    assert.equal(manifest.main, './dist/extension.cjs');
    assert.match(readFileSync(inRepo('scripts/bundle.mjs'), 'utf8'), /extension: 'client\/src\/extension\.ts'/);
  });

  it('points the grammar contribution at the grammar file and its scope', () => {
    const contribution = manifest.contributes.grammars.find((g) => g.language === LANGUAGE_ID);
    assert.ok(contribution);
    assert.equal(path.resolve(inRepo(contribution.path)), GRAMMAR_PATH);
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string };
    assert.equal(raw.scopeName, contribution.scopeName);
    assert.equal(contribution.scopeName, ROOT_SCOPE);
  });

  it('ships the grammar JSON that syntaxes/inspection-report.grammar.mjs writes', async () => {
    const source = (await import(pathToFileURL(inRepo('syntaxes/inspection-report.grammar.mjs')).href)) as {
      grammarJson(): string;
    };
    assert.equal(
      readFileSync(GRAMMAR_PATH, 'utf8'),
      source.grammarJson(),
      'syntaxes/inspection-report.tmLanguage.json is out of date: run node syntaxes/inspection-report.grammar.mjs',
    );
  });

  it('has snippets whose expansion the grammar reads as the dialect', () => {
    const contribution = manifest.contributes.snippets.find((s) => s.language === LANGUAGE_ID);
    assert.ok(contribution);
    const snippets = JSON.parse(readFileSync(inRepo(contribution.path), 'utf8')) as Record<
      string,
      { prefix: string | string[]; body: string | string[]; description: string }
    >;
    const bodies = Object.entries(snippets).map(([name, s]) => ({
      name,
      text: expandSnippet(Array.isArray(s.body) ? s.body.join('\n') : s.body),
    }));
    const criteria = bodies.filter((b) => /^#{1,6} \d+\.\d+ /m.test(b.text));
    assert.ok(criteria.length >= 2, 'a percentage and a grade criterion snippet');
    for (const { name, text } of criteria) {
      const lines = text.split('\n');
      const tokens = tokenize(grammar, text);
      const heading = lines.findIndex((l) => /^#{1,6} \d+\.\d+ /.test(l));
      const id = /\d+\.\d+/.exec(lines[heading]!)![0];
      assert.ok(scopesAt(tokens[heading]!, lines[heading]!, id).includes('constant.numeric.criterion-id.inspection'), name);
      const strengths = lines.indexOf('### Strengths');
      assert.ok(scopesAt(tokens[strengths]!, lines[strengths]!, 'Strengths').includes('keyword.control.group.strengths.inspection'), name);
      const finding = lines.findIndex((l) => l.startsWith('- (a)'));
      assert.ok(scopesAt(tokens[finding]!, lines[finding]!, 'a').includes('constant.character.finding-letter.inspection'), name);
    }
    const grade = criteria.find((c) => /grade/i.test(c.name));
    assert.ok(grade, 'a grade criterion snippet');
    const gradeLines = grade.text.split('\n');
    const gradeLine = gradeLines.findIndex((l) => l === 'Grade');
    assert.ok(scopesAt(tokenize(grammar, grade.text)[gradeLine]!, 'Grade', 'Grade').includes('constant.language.grade.inspection'));
  });

  it('keeps criterion ids, findings and percentages whole words', () => {
    const config = JSON.parse(readFileSync(inRepo('language-configuration.json'), 'utf8')) as {
      wordPattern: { pattern: string; flags: string };
    };
    const words = (s: string) => s.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags)) ?? [];
    assert.deepEqual(words('(see 4.3d) in 69% (22) of 98.7% under 1.1, the 12th offender\'s plan'), [
      'see', '4.3d', 'in', '69%', '22', 'of', '98.7%', 'under', '1.1', 'the', '12th', "offender's", 'plan',
    ]);
  });

  it('contributes every command the client registers, and no other', () => {
    const ids = readFileSync(inRepo('client/src/ids.ts'), 'utf8');
    const block = /export const COMMANDS = \{([\s\S]*?)\} as const/.exec(ids);
    assert.ok(block, 'client/src/ids.ts has a COMMANDS table');
    const registered = [...block[1]!.matchAll(/'(inspectionReport\.[A-Za-z]+)'/g)].map((m) => m[1]!).sort();
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, registered);
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Inspection', c.command);
  });

  it('declares every setting the language server and the client read', () => {
    const props = manifest.contributes.configuration.properties;
    for (const key of ['inspectionReport.rules', 'inspectionReport.rounding', 'inspectionReport.inlayHints.enabled', 'inspectionReport.trace.server']) {
      assert.ok(props[key], key);
    }
    assert.equal(props['inspectionReport.inlayHints.enabled']!.default, false);
    assert.equal(props['inspectionReport.trace.server']!.default, 'off');
  });
});
