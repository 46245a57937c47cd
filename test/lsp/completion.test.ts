import * as assert from 'node:assert/strict';
import type { CompletionItem, Range, TextEdit } from 'vscode-languageserver';
import { compactList, completion } from '../../server/src/lsp/features/completion.js';
import { analyzeText, applyEdits, fixture, posOf, seed } from './helpers.js';

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

/** Inserts `typed` at the needle's start, then completes at its end. */
function typed(text: string, needle: string, insert: string, delta = 0) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture text not found: ${needle}`);
  const next = text.slice(0, at + delta) + insert + text.slice(at + delta);
  const result = analyzeText(next);
  return { result, items: completion(result, result.lines.positionAt(at + delta + insert.length)) };
}

describe('lsp: completion', () => {
  it("offers criterion ids with titles after 'see '", () => {
    const result = seed();
    const items = completion(result, posOf(result, 'see 4.3d', 4));
    assert.equal(items.length, 20);
    const c43 = items.find((i) => i.label === '4.3')!;
    // The title must show in the row itself, not only in the details pane.
    assert.equal(c43.labelDetails?.detail, ' Resource deployment');
    assert.equal((c43.textEdit as TextEdit).newText, '4.3');
  });

  it("offers ids after 'section ', 'criterion ' and 'OMI Criterion: ', replacing a partial id", () => {
    const text = fixture().text;
    for (const prefix of ['section ', 'criterion ', 'OMI Criterion: ']) {
      const { items } = typed(text, 'Assessments were thorough.', `${prefix}1.`, 'Assessments were thorough.'.length);
      assert.ok(labels(items).includes('1.2'), `${prefix}: ${labels(items).join(',')}`);
    }
    const { result, items } = typed(text, 'Assessments were thorough.', 'see 1.', 'Assessments were thorough.'.length);
    const edit = items.find((i) => i.label === '1.2')!.textEdit as TextEdit;
    assert.match(applyEdits(result, [edit]), /Assessments were thorough\.see 1\.2\n/);
  });

  it('offers section ids too after section', () => {
    const { items } = typed(fixture().text, 'Assessments were thorough.', ' section ', 'Assessments were thorough.'.length);
    assert.ok(labels(items).includes('4'));
  });

  it('offers finding letters with summaries right after an id', () => {
    const result = seed();
    const items = completion(result, posOf(result, 'see 4.3d', 7));
    // The criterion itself first (so that 'see 4.3' still offers it with its title), then its letters.
    assert.deepEqual(labels(items).slice(0, 7), ['4.3', 'a', 'b', 'c', 'd', 'e', 'f']);
    const d = items.find((i) => i.label === 'd')!;
    assert.match(String(d.documentation), /^Overall, sentencers were satisfied/);
    // Areas for Improvement letters that Strengths also has are named with their group.
    assert.ok(labels(items).includes('a (Areas for Improvement)'));
  });

  it('offers grade words on an empty grade line of a graded criterion', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n## 4.3 Resource deployment\n\nThere is a strategic approach.\n\nSat\n\n### Strengths\n\n- (a) A finding.\n`;
    const result = analyzeText(text);
    const items = completion(result, posOf(result, 'Sat\n', 3));
    assert.ok(labels(items).includes('Satisfactorily met'), labels(items).join(','));
    assert.ok(labels(items).includes('Well met'));
    const edit = items.find((i) => i.label === 'Satisfactorily met')!.textEdit as TextEdit;
    assert.match(applyEdits(result, [edit]), /\n\nSatisfactorily met\n\n### Strengths/);
    // Not in a percentage criterion.
    const pct = fixture();
    assert.deepEqual(completion(pct, posOf(pct, '79%', 0)), []);
  });

  it('offers conclusion sentences after a Conclusion label, the score band first', () => {
    const text = `---\nframework: hmip-omi-2007\n---\n\n## 1.1 Preparing for sentence\n\n66%\n\n### Strengths\n\n- (a) A finding.\n\n### Conclusion\n\n`;
    const result = analyzeText(text);
    const items = completion(result, result.lines.positionAt(text.length));
    assert.equal(items.length, 3);
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
    assert.equal(first.label, 'This criterion represents a priority for improvement.');
    assert.equal(first.preselect, true);

    const inline = `---\nframework: hmip-omi-2007\n---\n\n## 1.1 Preparing for sentence\n\n79%\n\nConclusion: Perf`;
    const r2 = analyzeText(inline);
    const items2 = completion(r2, r2.lines.positionAt(inline.length));
    const good = items2.find((i) => i.label === 'Performance against this criterion was good.')!;
    assert.ok(good);
    assert.match(applyEdits(r2, [good.textEdit as TextEdit]), /Conclusion: Performance against this criterion was good\.$/);
  });

  it('offers missing front matter keys, and framework ids after framework:', () => {
    const text = `---\ntitle: A report\nfr\n---\n\n# 1. Assessment\n`;
    const result = analyzeText(text);
    const keys = completion(result, posOf(result, 'fr\n', 2));
    assert.deepEqual(labels(keys).sort(), ['area', 'date', 'framework', 'inspectorate']);
    const fw = `---\ntitle: A report\nframework: hm\n---\n`;
    const r2 = analyzeText(fw);
    const ids = completion(r2, posOf(r2, 'hm\n', 2));
    assert.deepEqual(labels(ids).sort(), ['cqc-saf-2024', 'hmip-omi-2007']);
    const hmip = ids.find((i) => i.label === 'hmip-omi-2007')!;
    assert.match(applyEdits(r2, [hmip.textEdit as TextEdit]), /framework: hmip-omi-2007\n/);
  });

  it('offers nothing in plain prose', () => {
    const result = fixture();
    assert.deepEqual(completion(result, posOf(result, 'Reports were timely', 7)), []);
  });

  it('compacts a list whose items share one range into itemDefaults.editRange, with the same edits', () => {
    const result = seed();
    const items = completion(result, posOf(result, 'see 4.3d', 4));
    const list = compactList(items);
    const range = list.itemDefaults?.editRange as Range;
    assert.deepEqual(range, (items[0]!.textEdit as TextEdit).range);
    list.items.forEach((item, i) => {
      const full = items[i]!;
      assert.equal(item.textEdit, undefined);
      assert.equal(item.textEditText ?? item.label, (full.textEdit as TextEdit).newText);
    });
    const elsewhere = { start: { line: range.start.line + 1, character: 0 }, end: { line: range.start.line + 1, character: 0 } };
    const mixed = [items[0]!, { ...items[1]!, textEdit: { range: elsewhere, newText: 'x' } }];
    assert.equal(compactList(mixed).itemDefaults, undefined);
  });
});
