import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { matchSnapshot } from './snapshot.js';
import { FIXTURES, REPO_ROOT, hasScope, loadGrammar, renderTokens, scopesAt, tokenize, type Token } from './textmate.js';

const CRITERION_ID = 'constant.numeric.criterion-id.inspection';
const SECTION_ID = 'constant.numeric.section-id.inspection';
const REFERENCE_TARGET = 'markup.underline.link.reference.inspection';
const PERCENTAGE = 'constant.numeric.percentage.inspection';
const SCORE = 'constant.numeric.percentage.score.inspection';
const COUNT = 'constant.numeric.count.inspection';
const GRADE = 'constant.language.grade.inspection';
const FINDING_LETTER = 'constant.character.finding-letter.inspection';
const CONCLUSION_SENTENCE = 'meta.conclusion.sentence.inspection';

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Scopes that only say which dialect block a token is in. */
const CONTAINERS = new Set(['meta.finding.inspection', 'meta.criterion.head.inspection', 'meta.conclusion.inspection']);

/** True when the grammar gave the token a dialect scope of its own (not just a containing block). */
function ours(t: Token): boolean {
  return t.scopes.some((s) => s.endsWith('.inspection') && !CONTAINERS.has(s));
}

describe('grammar: inspection-report.tmLanguage.json', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  /** Tokenizes `text` and returns the scopes shared by the tokens covering `needle` on line `line` (0-based). */
  function at(text: string, line: number, needle: string, from = 0): string[] {
    const lines = text.split('\n');
    return scopesAt(tokenize(grammar, text)[line]!, lines[line]!, needle, from);
  }

  describe('key scopes', () => {
    it('gives the id of a criterion heading the criterion-id scope, inside a Markdown heading', () => {
      const scopes = at('## 1.1 Preparing for sentence', 0, '1.1');
      assert.ok(scopes.includes(CRITERION_ID), scopes.join(' '));
      assert.ok(scopes.includes('markup.heading.markdown'));
      assert.ok(at('## 1.1 Preparing for sentence', 0, 'Preparing').includes('entity.name.section.markdown'));
    });

    it('marks the published heading form: `General Criterion:` label and title', () => {
      const text = '### 2.4 General Criterion: ENSURING CONTAINMENT (Punish)';
      assert.ok(at(text, 0, '2.4').includes(CRITERION_ID));
      assert.ok(at(text, 0, 'General Criterion').includes('keyword.other.criterion-label.inspection'));
      assert.ok(at(text, 0, 'ENSURING').includes('entity.name.criterion-title.inspection'));
    });

    it('tells section headings from criterion headings', () => {
      const text = '# 1. ASSESSMENT AND SENTENCE PLANNING';
      assert.ok(at(text, 0, '1').includes(SECTION_ID));
      assert.ok(!at(text, 0, '1').includes(CRITERION_ID));
      assert.ok(!at('# 2007 in review', 0, '2007').includes(SECTION_ID));
    });

    it('gives `see 4.3d` a reference scope, in prose and in brackets', () => {
      const text = 'Resources followed risk (see 4.3d). Also see 4.6d';
      const scopes = at(text, 0, '4.3d');
      assert.ok(scopes.includes(REFERENCE_TARGET), scopes.join(' '));
      assert.ok(scopes.includes('meta.reference.see.inspection'));
      assert.ok(at(text, 0, 'see', 26).includes('keyword.other.reference.inspection'));
      assert.ok(at(text, 0, '4.6d').includes(REFERENCE_TARGET));
    });

    it('recognises every reference form of the dialect', () => {
      // [text, the target, the text just before the target]
      const cases: [string, string, string][] = [
        ['see section 4.1 for more details', '4.1', 'section '],
        ['OMI Criterion: 1.2d', '1.2d', ': '],
        ['**OMI Criterion: 2.4g**', '2.4g', ': '],
        ['as criterion 2.2 says', '2.2', 'criterion '],
        ['in section 4 of', '4', 'section '],
        ['for each of the sections 1-3.', '3', '-'],
        ['see 4.3 Areas for Improvement (d)', 'd', '('],
        ['see 4.3d (Areas for Improvement)', '4.3d', 'see '],
        ["(see 'e' under 'Areas for Improvement' below)", 'e', "see '"],
      ];
      for (const [text, target, before] of cases) {
        const scopes = at(text, 0, target, text.indexOf(before) + before.length);
        assert.ok(scopes.includes(REFERENCE_TARGET), `${text}: ${target} has ${scopes.join(' ')}`);
      }
    });

    it('gives percentages and counts numeric scopes', () => {
      const text = 'recorded in only 69% (22) of these cases, 45% (38 of the 84) and 60 of the 69 cases; 98.7% too';
      assert.ok(at(text, 0, '69%').includes(PERCENTAGE));
      assert.ok(at(text, 0, '22').includes(COUNT));
      assert.ok(at(text, 0, '38').includes(COUNT));
      assert.ok(at(text, 0, '84').includes('constant.numeric.count.total.inspection'));
      assert.ok(at(text, 0, '60').includes(COUNT));
      assert.ok(at(text, 0, '98.7%').includes(PERCENTAGE));
    });

    it('marks score lines, grade lines, group labels, finding letters and the conclusion', () => {
      const text = [
        '## 4.1 Leadership and planning', // 0
        '', // 1
        'There is active leadership.', // 2
        '', // 3
        'Well met', // 4
        '', // 5
        '### Strengths', // 6
        '', // 7
        '- (a) All 12 sentencers said so.', // 8
        '', // 9
        '### Conclusion', // 10
        '', // 11
        'This criterion represents a priority for improvement.', // 12
        '', // 13
        '**79%**', // 14
      ].join('\n');
      assert.ok(at(text, 4, 'Well met').includes(GRADE));
      assert.ok(!at(text, 2, 'There').includes(GRADE), 'a sentence is not a grade line');
      assert.ok(at(text, 6, 'Strengths').includes('keyword.control.group.strengths.inspection'));
      assert.ok(at(text, 8, 'a').includes(FINDING_LETTER));
      assert.ok(at(text, 8, 'All').includes('markup.list.unnumbered.markdown'));
      assert.ok(at(text, 10, 'Conclusion').includes('keyword.control.group.conclusion.inspection'));
      assert.ok(at(text, 12, 'This').includes(CONCLUSION_SENTENCE));
      assert.ok(at(text, 12, 'a priority for improvement').includes('keyword.other.conclusion-phrase.inspection'));
      assert.ok(at(text, 14, '79%').includes(SCORE));
    });

    it('leaves code, inline code, comments and front matter alone', () => {
      const text = read(path.join(FIXTURES, 'dialect.inspection.md'));
      const lines = text.split('\n');
      const tokens = tokenize(grammar, text);
      const check = (pattern: RegExp, what: string) => {
        const i = lines.findIndex((l) => pattern.test(l));
        assert.ok(i >= 0, `fixture has ${what}`);
        return { i, tokens: tokens[i]! };
      };
      const fm = check(/^area: see 4\.3d/, 'a front matter value');
      assert.ok(!fm.tokens.some(ours), `front matter: ${fm.tokens.filter(ours).map((t) => t.text).join(', ')}`);
      const code = check(/^## 9\.9/, 'a heading inside a code block');
      assert.ok(!code.tokens.some(ours));
      assert.ok(!tokens[code.i + 1]!.some(ours), 'a score inside a code block');
      const comment = check(/^<!-- see 4\.3d/, 'an HTML comment');
      assert.ok(!comment.tokens.some(ours));
      const raw = check(/`see 4\.3d` in code/, 'inline code');
      const rawToken = raw.tokens.find((t) => t.text === 'see 4.3d');
      assert.ok(rawToken, 'inline code is one token');
      assert.ok(rawToken.scopes.includes('markup.inline.raw.string.markdown'));
      assert.ok(!ours(rawToken), `inline code is not a reference: ${rawToken.scopes.join(' ')}`);
      const outside = lines.lastIndexOf('Well met');
      assert.ok(outside > raw.i, 'fixture ends with a grade-like line outside any criterion');
      assert.ok(!tokens[outside]!.some((t) => hasScope(t, GRADE)), 'a short line outside a criterion is not a grade');
    });

    it('marks summary table rows by their criterion id and value, and leaves page-number rows alone', () => {
      const text = [
        '| Criterion | Grade |',
        '|---|---|',
        '| 4.1 General Criterion: LEADERSHIP AND PLANNING | Well met |',
        '| 1.1 Governance and leadership | Good |',
        '| 4.2 Performance | 81% |',
        '| 1.1 Preparing for sentence | 14 |',
      ].join('\n');
      assert.ok(at(text, 2, '4.1').includes(CRITERION_ID));
      assert.ok(at(text, 2, 'Well met').includes(GRADE));
      assert.ok(at(text, 3, 'Good').includes(GRADE));
      assert.ok(at(text, 4, '81%').includes(SCORE));
      assert.ok(!at(text, 5, '1.1').includes(CRITERION_ID));
    });
  });

  describe('snapshots', () => {
    it('fixtures/dialect.inspection.md (every token)', () => {
      const text = read(path.join(FIXTURES, 'dialect.inspection.md'));
      matchSnapshot('dialect', renderTokens(tokenize(grammar, text), text.split('\n')));
    });

    for (const seed of ['sussex-2007', 'example-youth-2024']) {
      it(`seeds/${seed}.inspection.md (tokens the dialect names)`, () => {
        const text = read(path.join(REPO_ROOT, 'seeds', `${seed}.inspection.md`));
        const lines = text.split('\n');
        // Only the tokens the dialect names (ids, references, numbers, labels), not its meta.* wrappers.
        const named = (t: Token) => t.scopes.filter((s) => s.endsWith('.inspection') && !s.startsWith('meta.'));
        const options = { filter: (t: Token) => named(t).length > 0, scopes: named, maxLine: 72 };
        matchSnapshot(seed, renderTokens(tokenize(grammar, text), lines, options));
      });
    }
  });

  describe('the seeds', () => {
    const text = read(path.join(REPO_ROOT, 'seeds', 'sussex-2007.inspection.md'));
    const lines = text.split('\n');

    it('gives every criterion heading its id scope and every score line its score scope', () => {
      const tokens = tokenize(grammar, text);
      let headings = 0;
      let scores = 0;
      lines.forEach((line, i) => {
        const h = /^#{1,6} (\d+\.\d+) /.exec(line);
        if (h) {
          headings++;
          assert.ok(scopesAt(tokens[i]!, line, h[1]!).includes(CRITERION_ID), `line ${i + 1}: ${line}`);
        }
        if (/^\d+%$/.test(line)) {
          scores++;
          assert.ok(scopesAt(tokens[i]!, line, line).includes(SCORE), `line ${i + 1}: ${line}`);
        }
      });
      assert.equal(headings, 20, "the Sussex report has the 20 criteria of hmip-omi-2007");
      assert.ok(scores >= 14, `score lines: ${scores}`);
    });

    it('gives the sentence after every `### Conclusion` the conclusion scope', () => {
      const tokens = tokenize(grammar, text);
      let n = 0;
      lines.forEach((line, i) => {
        if (line !== '### Conclusion') return;
        const j = lines.findIndex((l, k) => k > i && l.trim() !== '');
        const sentence = lines[j]!;
        if (sentence.startsWith('#')) return;
        n++;
        assert.ok(scopesAt(tokens[j]!, sentence, sentence.trim()).includes(CONCLUSION_SENTENCE), `line ${j + 1}`);
      });
      assert.ok(n >= 14, `conclusions: ${n}`);
    });
  });
});
