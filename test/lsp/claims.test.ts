import * as assert from 'node:assert/strict';
import { claims } from '../../server/src/lsp/features/claims.js';
import { seed } from './helpers.js';

describe('lsp: inspection/claims', () => {
  it("lists the seed's claims with ranges, verdicts and coverage; '36% (12)' is inconsistent and its total is named", () => {
    const result = seed();
    const r = claims(result);
    assert.ok(r.claims.length > 50);
    assert.equal(r.coverage.checked + r.coverage.unresolved, r.claims.length);
    const wrong = r.claims.filter((c) => c.verdict === 'inconsistent');
    assert.ok(wrong.some((c) => c.text.startsWith('36% (12)') && c.rule === 'numbers/percentage-mismatch'), JSON.stringify(wrong.map((c) => c.text)));
    const c = wrong.find((x) => x.text.startsWith('36% (12)'))!;
    // Line 344 of the seed (0-based 343).
    assert.equal(c.range.start.line, 343);
    const n = c.figures.find((f) => f.role === 'n');
    assert.ok(n && n.inferred, 'the total 36 is read from earlier text');
    assert.ok(c.related.length > 0);
    assert.ok(r.claims.some((x) => x.verdict === 'unresolved'));
    assert.ok(r.claims.every((x) => x.kind !== 'count'));
  });
});
