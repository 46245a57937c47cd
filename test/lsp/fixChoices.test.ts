import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/core/index.js';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/features/codeActions.js';
import { analyzeText, applyEdits, posOf, seed, seedText, SEED_URI } from './helpers.js';

const edits = (a: CodeAction): TextEdit[] => Object.values(a.edit!.changes!)[0]!;
const quickFixesAt = (result: ReturnType<typeof analyzeText>, needle: string, delta = 0) => {
  const at = posOf(result, needle, delta);
  // Fixes that change the text (the 'Ignore …' suppressions have their own tests).
  return codeActions(result, { start: at, end: at }, [CodeActionKind.QuickFix]).filter((a) => !a.title.startsWith('Ignore '));
};
const codes = (result: ReturnType<typeof analyzeText>) => result.diagnostics.map((d) => d.ruleId).sort();

describe('lsp: fixes with choices', () => {
  it("offers three exact choices for '36% (12)' of 36 cases: the percentage (preferred), the count, the total", () => {
    const result = seed();
    const actions = quickFixesAt(result, '36% (12)', 1).filter((a) => a.diagnostics?.[0]?.code === 'numbers/percentage-mismatch');
    assert.equal(actions.length, 3, actions.map((a) => a.title).join(' | '));
    const [pct, count, total] = actions;
    assert.equal(pct!.isPreferred, true);
    assert.equal(count!.isPreferred, undefined);
    assert.equal(total!.isPreferred, undefined);
    assert.equal(pct!.title, "Change '36%' to '33%'");
    assert.match(count!.title, /^Change the count '12' to '13' \(13 \/ 36 = 36\.11% → 36%\)$/);
    assert.match(total!.title, /^Change the total '36' to '33' \(12 \/ 33 = 36\.36% → 36%\)$/);
    const base = seedText();
    // Each choice is a complete edit after which the figure is consistent, and nothing else changed.
    for (const [action, expect] of [
      [pct!, base.replace('in 36% (12) of cases', 'in 33% (12) of cases')],
      [count!, base.replace('in 36% (12) of cases', 'in 36% (13) of cases')],
      [total!, base.replace('In the 36 cases where the e-OASys', 'In the 33 cases where the e-OASys')],
    ] as const) {
      const after = applyEdits(result, edits(action));
      assert.equal(after, expect, action.title);
      const again = analyze(after, SEED_URI);
      assert.ok(!again.diagnostics.some((d) => d.ruleId === 'numbers/percentage-mismatch'), `${action.title} leaves a mismatch`);
    }
  });

  it('keeps a count written in words in words, and does not offer a total that other figures use', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n## 1.1 Preparing for sentence\n\n79%\n\n### Areas for Improvement\n\n- (a) Of the 20 cases, victim work was done in 30% (seven) of them. Of those 20 cases, 50% (10) had a plan.\n`;
    const result = analyzeText(text);
    const actions = quickFixesAt(result, '30% (seven)').filter((a) => a.diagnostics?.[0]?.code === 'numbers/percentage-mismatch');
    assert.ok(actions.length >= 2, actions.map((a) => a.title).join(' | '));
    assert.equal(actions[0]!.isPreferred, true);
    const count = actions.find((a) => a.title.startsWith('Change the count'))!;
    assert.ok(count, 'no count choice');
    assert.match(count.title, /'seven' to 'six'/);
    assert.equal(applyEdits(result, edits(count)), text.replace('30% (seven)', '30% (six)'));
  });

  it('a conclusion against its score: the preferred fix changes the conclusion, and the score line is named and offered the fix too', () => {
    // The 79 → 59 typo under 1.1 of the seed.
    const text = seedText().replace('effective.\n\n79%\n', 'effective.\n\n59%\n');
    const result = analyze(text, SEED_URI);
    const d = result.diagnostics.find((x) => x.ruleId === 'conclusion/band-mismatch')!;
    assert.ok(d, codes(result).join(','));
    const scoreLine = result.lines.positionAt(text.indexOf('59%\n')).line + 1;
    assert.match(d.message, new RegExp(`score on line ${scoreLine}`));
    assert.equal(d.related?.length, 1);
    assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '59%');
    assert.match(d.related![0]!.message, /mistyped/);
    // At the conclusion and at the score line the same fix is offered.
    const atConclusion = quickFixesAt(result, 'Performance against this criterion was good.', 2).filter((a) => a.diagnostics?.[0]?.code === 'conclusion/band-mismatch');
    const atScore = quickFixesAt(result, '59%\n', 1).filter((a) => a.diagnostics?.[0]?.code === 'conclusion/band-mismatch');
    assert.equal(atConclusion.length, 1);
    assert.equal(atScore.length, 1);
    assert.equal(atScore[0]!.isPreferred, true);
    assert.equal(atScore[0]!.title, atConclusion[0]!.title);
    assert.match(atScore[0]!.title, /urgent priority/);
  });

  it('a section mean: the fix writes the stated mean, and the criterion scores are in related information', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n# 3. Achievement and monitoring of outcomes\n\nSection score: 64%\n\n## 3.1 Achievement of initial outcomes\n\n58%\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n\n## 3.2 Sustainability of progress\n\n65%\n\n### Conclusion\n\nThis criterion represents a priority for improvement.\n`;
    const result = analyzeText(text);
    const d = result.diagnostics.find((x) => x.ruleId === 'numbers/section-mean')!;
    assert.ok(d, codes(result).join(','));
    assert.deepEqual(
      d.related!.map((r) => text.slice(r.span.start, r.span.end)),
      ['58%', '65%'],
    );
    const [fix] = quickFixesAt(result, 'Section score: 64%', 16).filter((a) => a.diagnostics?.[0]?.code === 'numbers/section-mean');
    assert.equal(fix!.isPreferred, true);
    assert.equal(applyEdits(result, edits(fix!)), text.replace('Section score: 64%', 'Section score: 62%'));
  });

  it("Fix all takes only preferred fixes of errors and warnings: the seed's info-level 72% stays", () => {
    const result = seed();
    const info = result.diagnostics.find((d) => d.ruleId === 'numbers/rounding-convention')!;
    assert.ok(info, 'the seed has an info-level rounding convention');
    assert.equal(info.severity, 'info');
    assert.equal(result.text.slice(info.fix!.edits[0]!.span.start, info.fix!.edits[0]!.span.end), '72%');
    const all = codeActions(result, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [FIX_ALL_KIND]);
    assert.equal(all.length, 1);
    const after = applyEdits(result, edits(all[0]!));
    // The error is fixed with its preferred choice (the percentage), not the count or total.
    assert.match(after, /in 33% \(12\) of cases/);
    assert.match(after, /In the 36 cases where the e-OASys/);
    // The info-level convention is left as written.
    assert.match(after, /of a satisfactory standard in 72% of the 77 cases/);
    assert.equal(edits(all[0]!).length, 1);
  });
});
