import * as assert from 'node:assert/strict';
import { definition, toLocations } from '../../server/src/lsp/features/definition.js';
import { fixture, posOf, seed, textAt } from './helpers.js';

describe('lsp: definition', () => {
  it("goes from 'see 4.3d' to finding (d) of 4.3, selecting its letter", () => {
    const result = seed();
    const [link, ...rest] = definition(result, posOf(result, 'see 4.3d', 6));
    assert.equal(rest.length, 0);
    assert.ok(link);
    assert.equal(textAt(result, link.originSelectionRange!), 'see 4.3d');
    assert.equal(textAt(result, link.targetSelectionRange), 'd');
    assert.match(textAt(result, link.targetRange), /^- \(d\) Overall, sentencers were satisfied/);
    // The finding is under 4.3.
    const c43 = result.index.criteria.get('4.3')!;
    const at = result.lines.offsetAt(link.targetRange.start);
    assert.ok(at > c43.span.start && at < c43.span.end);
  });

  it('goes from OMI Criterion: 1.2d, section 4.1 and an under-reference', () => {
    const result = seed();
    const omi = definition(result, posOf(result, 'OMI Criterion: 1.2d', 2))[0]!;
    assert.equal(textAt(result, omi.targetSelectionRange), 'd');
    assert.equal(result.lines.offsetAt(omi.targetSelectionRange.start), result.index.finding(result.index.criteria.get('1.2')!, 'd')!.letterSpan.start);

    const section = definition(result, posOf(result, 'section 4.1', 9))[0]!;
    assert.equal(textAt(result, section.targetSelectionRange), '4.1');
    assert.match(textAt(result, section.targetRange), /^## 4\.1 General Criterion: LEADERSHIP AND PLANNING/);

    const under = definition(result, posOf(result, "see 'e' under 'Areas for Improvement'", 5))[0]!;
    const c21 = result.index.criteria.get('2.1')!;
    const e = result.index.finding(c21, 'e', 'areas')!;
    assert.equal(result.lines.offsetAt(under.targetSelectionRange.start), e.letterSpan.start);
  });

  it('goes from criterion 1.1 and from a summary-table row id', () => {
    const result = fixture();
    const link = definition(result, posOf(result, 'criterion 1.1', 11))[0]!;
    assert.equal(textAt(result, link.targetSelectionRange), '1.1');
    assert.equal(result.lines.offsetAt(link.targetSelectionRange.start), result.index.criteria.get('1.1')!.idSpan.start);

    const seeded = seed();
    const row = seeded.report.summaryTables.flatMap((t) => t.rows).find((r) => r.criterionId === '4.3');
    assert.ok(row, 'the seed has a summary row for 4.3');
    const fromRow = definition(seeded, seeded.lines.positionAt(row.idSpan.start + 1))[0]!;
    assert.equal(seeded.lines.offsetAt(fromRow.targetSelectionRange.start), seeded.index.criteria.get('4.3')!.idSpan.start);
  });

  it('gives nothing on plain prose or an unresolved reference', () => {
    const result = fixture();
    assert.deepEqual(definition(result, posOf(result, 'Reports were timely', 3)), []);
  });

  it('turns links into locations for clients without link support', () => {
    const result = seed();
    const [loc] = toLocations(definition(result, posOf(result, 'see 4.3d', 6)));
    assert.ok(loc);
    assert.equal(loc.uri, result.uri);
    assert.equal(textAt(result, loc.range), 'd');
  });
});
