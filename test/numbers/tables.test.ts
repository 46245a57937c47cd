/** Claims in tables. */
import * as assert from 'node:assert/strict';
import { claims, FM, numbersDiagnostics } from './helpers.js';

const context = (rows: string) => `${FM}# Appendix 1 Contextual information\n\n| Caseload at end of March 2007 |  |\n|---|---|\n| Total caseload | 4,885 |\n${rows}`;

describe('numbers: tables', () => {
  it('complementary shares must make up 100', () => {
    const ok = context('| % White | 87.2 |\n| % Minority ethnic\\* | 12.8 |\n| % Male | 86.4 |\n| % Female | 13.6 |\n');
    const cs = claims(ok).filter((c) => c.kind === 'table-shares');
    assert.deepEqual(cs.map((c) => c.arithmetic), ['87.2 + 12.8 = 100.0 ✓', '86.4 + 13.6 = 100.0 ✓']);
    assert.deepEqual(numbersDiagnostics(ok), []);
    const bad = context('| % White | 87.2 |\n| % Minority ethnic | 12.8 |\n| % Male | 86.4 |\n| % Female | 14.6 |\n');
    const d = numbersDiagnostics(bad);
    assert.deepEqual(d.map((x) => x.ruleId), ['numbers/table-shares']);
    assert.match(d[0]!.message, /86\.4 \+ 14\.6/);
    assert.equal(d[0]!.fix!.edits[0]!.newText, '13.6');
    assert.equal(bad.slice(d[0]!.fix!.edits[0]!.span.start, d[0]!.fix!.edits[0]!.span.end), '14.6');
  });

  it('leaves shares that need not make up the whole alone', () => {
    assert.deepEqual(numbersDiagnostics(context('| % aged under 25 | 20.1 |\n| % aged over 50 | 12.0 |\n')), []);
  });

  it('recomputes a percentage column from its counts and the Total row', () => {
    const table = (a: string) => `${FM}# Appendix 2 Outcomes\n\n| Outcome | Number | % |\n|---|---|---|\n| Completed | 45 | ${a} |\n| Breached | 15 | 25% |\n| Total | 60 | 100% |\n`;
    assert.deepEqual(numbersDiagnostics(table('75%')), []);
    const d = numbersDiagnostics(table('73%'));
    assert.deepEqual(d.map((x) => x.ruleId), ['numbers/percentage-mismatch']);
    assert.match(d[0]!.message, /45 \/ 60 = 75% → 75%, not 73%/);
  });

  it("checks 'k (P%)' cells against their column's total", () => {
    const table = (a: string) => `${FM}# Appendix 2 Outcomes\n\n| Outcome | Community | Licence |\n|---|---|---|\n| Reviewed | ${a} | 9 (45%) |\n| Total | 36 | 20 |\n`;
    assert.deepEqual(numbersDiagnostics(table('12 (33%)')), []);
    assert.deepEqual(numbersDiagnostics(table('12 (36%)')).map((x) => x.ruleId), ['numbers/percentage-mismatch']);
  });
});
