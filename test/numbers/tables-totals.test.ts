/**
 * Issue 9, families 11 (tables), 13 (totals) and 14 (restatements): sentence-
 * and table-level examples, ok and not ok. Tables and sentences are our own.
 */
import * as assert from 'node:assert/strict';
import { at, claims, FM, numbersDiagnostics } from './helpers.js';

const doc = (table: string) => `${FM}# Appendix 2 Case audit\n\n${table.trim()}\n`;
const judged = (text: string, kind: string) => claims(text).filter((c) => c.kind === kind && c.verdict !== 'unchecked');
/** Each numbers diagnostic as its rule and the figure it ends on (a row's claim spans the row from its label). */
const flagged = (text: string) => numbersDiagnostics(text).map((d) => `${d.ruleId} ${/([\d.,]+%?)\)?$/.exec(at(text, d.span))?.[1] ?? at(text, d.span)}`);

describe('numbers: tables with a base per row (issue 9, family 11)', () => {
  const rows = (third: string) =>
    doc(`
| Practice area | Cases in scope | Met | % met |
|---|---|---|---|
| Home visits recorded | 28 | 21 | 75% |
| Manager oversight | 30 | 24 | 80% |
| Plan shared with carer | 25 | 19 | ${third} |
`);

  it('recomputes each row from its own base column', () => {
    const ok = rows('76%');
    assert.equal(judged(ok, 'table-percent').length, 3);
    assert.deepEqual(flagged(ok), []);
    const bad = rows('82%');
    assert.deepEqual(flagged(bad), ['numbers/percentage-mismatch 82%']);
    assert.match(numbersDiagnostics(bad)[0]!.message, /19 of 25/);
  });

  it("finds the base a '% of those ...' header names, and the count a '% met' header names", () => {
    const t = (p: string) =>
      doc(`
| Team | Assessed | Not met | Met | % met of those assessed |
|---|---|---|---|---|
| North | 40 | 10 | 30 | 75% |
| South | 20 | 2 | 18 | ${p} |
`);
    assert.deepEqual(flagged(t('90%')), []);
    assert.deepEqual(flagged(t('95%')), ['numbers/percentage-mismatch 95%']);
  });

  it('leaves a table alone when most rows do not fit a guessed reading', () => {
    // Two count columns, no header naming a base: the larger is only a guess, and no row fits it.
    const t = doc(`
| Region | Places | Inspected | Rated good |
|---|---|---|---|
| East | 80 | 60 | 40% |
| West | 90 | 45 | 35% |
`);
    assert.deepEqual(flagged(t), []);
  });

  it('does not read a change column as a share', () => {
    const t = doc(`
| Outcome | Number | % change |
|---|---|---|
| Completed | 45 | 12% |
| Breached | 15 | -3% |
| Total | 60 | 8% |
`);
    assert.deepEqual(flagged(t), []);
  });
});

describe('numbers: cells with their own figures (issue 9, family 11)', () => {
  it("checks 'k of n (P%)', 'k/n (P%)' and 'P% (k of n)' cells", () => {
    const t = (a: string) =>
      doc(`
| Standard | Result |
|---|---|
| Risk reviewed | 14 of 16 (88%) |
| Contact made | 9/15 (${a}) |
| Seen alone | 70% (7 of 10) |
`);
    assert.deepEqual(flagged(t('60%')), []);
    assert.equal(judged(t('60%'), 'table-percent').length, 3);
    assert.deepEqual(flagged(t('66%')), ['numbers/percentage-mismatch 66%']);
  });

  it("tries the row's whole as well as the column's for 'k (P%)' cells", () => {
    // Shares of each row (a Total column), not of the column's Total row: consistent.
    const t = doc(`
| Outcome | Community | Licence | Total |
|---|---|---|---|
| Reviewed | 12 (60%) | 8 (40%) | 20 |
| Not reviewed | 6 (30%) | 14 (70%) | 20 |
| Total | 18 | 22 | 40 |
`);
    assert.deepEqual(flagged(t), []);
    assert.equal(judged(t, 'table-percent').length, 4);
  });

  it("flags 'k of n' cells whose part exceeds the whole, and leaves '24/7' and years alone", () => {
    assert.deepEqual(flagged(doc('| Home | Requirements met |\n|---|---|\n| A | 5 of 6 |\n| B | 7 of 6 |\n')), ['numbers/impossible 6']);
    assert.deepEqual(flagged(doc('| Service | Cover | Year |\n|---|---|---|\n| Helpline | 24/7 | 2021/22 |\n')), []);
  });
});

describe('numbers: totals in tables (issue 9, families 11 and 13)', () => {
  const byYear = (t2: string) =>
    doc(`
| Year | Day | Night | Total |
|---|---|---|---|
| 2020-21 | 120 | 31 | 151 |
| 2021-22 | 98 | 40 | ${t2} |
| 2022-23 | 101 | 12 | 113 |
`);

  it('checks a Total column against the columns before it', () => {
    assert.deepEqual(flagged(byYear('138')), []);
    assert.equal(judged(byYear('138'), 'table-sum').length, 3);
    const bad = byYear('148');
    assert.deepEqual(flagged(bad), ['numbers/table-shares 148']);
    assert.equal(numbersDiagnostics(bad)[0]!.fix?.edits[0]?.newText, '138');
  });

  it('checks a Total row against its column, and a percentage column whose Total says 100%', () => {
    const t = (n: string, p: string) =>
      doc(`
| Grade at follow-up | Providers | % |
|---|---|---|
| Better | 18 | 45% |
| Same | 15 | ${p} |
| Worse | 7 | 18% |
| Total | ${n} | 100% |
`);
    assert.deepEqual(flagged(t('40', '38%')), []);
    // 18 + 15 + 7 = 40, and 45 + 38 + 18 = 101 is within the rounding of three shares.
    assert.equal(judged(t('40', '38%'), 'table-shares').length, 1);
    // The wrong share is reported once, against its count; the sum of the column is listed with it.
    assert.deepEqual(flagged(t('40', '43%')), ['numbers/percentage-mismatch 43%']);
    assert.equal(claims(t('40', '43%')).find((c) => c.kind === 'table-shares')?.verdict, 'inconsistent');
    // A Total row that is not the sum of its column (18 + 15 + 7 = 40), while every share is of 40 and not of 42
    // (15/42 = 35.7% -> 36%, not 38%): the Total's 100% and its count disagree with the shares, so the Total is the error.
    assert.deepEqual(flagged(t('42', '38%')).includes('numbers/table-shares 42'), true);
  });

  it('does not sum a lone column that may count people more than once', () => {
    const t = doc(`
| Need identified | Prisoners |
|---|---|
| Housing | 41 |
| Employment | 52 |
| Substance misuse | 33 |
| Total | 87 |
`);
    assert.deepEqual(flagged(t), []);
  });

  it('does not sum sub-rows', () => {
    const t = doc(`
| Referrals | Number |
|---|---|
| Accepted | 60 |
| of which urgent | 12 |
| Declined | 20 |
| Total | 80 |
`);
    assert.deepEqual(flagged(t), []);
  });
});

describe('numbers: shares in tables that make up one whole (issue 9, family 11)', () => {
  it('checks rows of percentage columns when the other rows add up', () => {
    const t = (x: string) =>
      doc(`
| Statement | Agree | Disagree | Not sure |
|---|---|---|---|
| Staff listen to me | 71% | 20% | 9% |
| I feel safe | 85% | 10% | 5% |
| I know how to complain | 64% | ${x} | 14% |
`);
    assert.deepEqual(flagged(t('22%')), []);
    assert.deepEqual(flagged(t('32%')), ['numbers/table-shares 14%']);
  });

  it('leaves columns that are not parts of one whole (cumulative or of different years)', () => {
    const t = doc(`
| Service | 2022 | 2023 |
|---|---|---|
| Safe | 61% | 70% |
| Effective | 55% | 45% |
| Caring | 40% | 60% |
`);
    assert.deepEqual(flagged(t), []);
  });

  it("does not make 'Yes' and 'No' a whole when a 'Not sure' row sits next to them", () => {
    const t = doc('| Answer | Share |\n|---|---|\n| Yes | 62% |\n| No | 30% |\n| Not sure | 8% |\n');
    assert.deepEqual(flagged(t), []);
    assert.deepEqual(flagged(doc('| Answer | Share |\n|---|---|\n| Yes | 62% |\n| No | 30% |\n')), ['numbers/table-shares 30%']);
  });
});

describe('numbers: parts and shares in running text (issue 9, family 13)', () => {
  const finding = (f: string) => `${FM}# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\nActivity.\n\n79%\n\n### Strengths\n\n- (a) ${f}\n`;
  const sums = (f: string) => claims(finding(f)).filter((c) => c.kind === 'parts-sum' || c.kind === 'shares-sum');
  const reported = (f: string) => numbersDiagnostics(finding(f)).map((d) => d.ruleId);

  it("reads 'the other N' as the rest of the whole", () => {
    const sumOrRest = (f: string) => claims(finding(f)).filter((c) => c.kind === 'parts-sum' || c.kind === 'remainder');
    const right = sumOrRest("Of the 31 youth offending teams visited, 19 were rated 'good' and the other 12 'requires improvement'.");
    assert.deepEqual(right.map((c) => c.verdict), ['ok']);
    // One finding for the one wrong figure: the rest (the more specific reading of the same sum).
    const wrong = "Of the 31 youth offending teams visited, 19 were rated 'good' and the other 14 'requires improvement'.";
    assert.deepEqual(reported(wrong), ['numbers/complement-mismatch']);
    assert.deepEqual(sumOrRest(wrong).map((c) => c.verdict), ['inconsistent']);
  });

  it('reads a count set off by dashes with its share as a part', () => {
    const c = sums('Of the 64 hospitals rated, 40 – 63 per cent – were good, while 15 required improvement; seven were inadequate and two outstanding.');
    assert.equal(c.find((x) => x.kind === 'parts-sum')?.verdict, 'ok');
  });

  it("reads a stated number of categories ('the three routes:') as a partition", () => {
    const f = (x: string) => `Concerns reached us by the three routes: in 58% the family raised them, ${x} came from schools and 12% were referred by the police.`;
    assert.equal(sums(f('30%'))[0]?.verdict, 'ok');
    assert.deepEqual(reported(f('36%')), ['numbers/parts-sum']);
  });

  it("reads a lone '(P%)' after a figure in words as that part's share", () => {
    const f = (x: string) => `Of the homes inspected, 6% were inadequate and one in five (${x}) required improvement, while 70% were good and 4% outstanding.`;
    assert.equal(sums(f('20%'))[0]?.verdict, 'ok');
    // 28% is wrong against the ratio it restates, and the four grades then make 108%: one wrong figure,
    // one finding (its fix, 20%, brings the grades to 100%; register.ts, sameFindings).
    assert.deepEqual(reported(f('28%')).sort(), ['numbers/percentage-mismatch']);
    // The sum claim is still judged, and names its rule.
    assert.ok(sums(f('28%')).some((c) => c.verdict === 'inconsistent' && c.rule === 'numbers/parts-sum' && c.sameFindingAs));
  });

  it('checks parts after a colon against a whole that names both of them', () => {
    const f = (x: string) => `At the end of the year ${x} of nurseries were good or outstanding: 18% outstanding and 70% good.`;
    assert.equal(sums(f('88%'))[0]?.verdict, 'ok');
    assert.deepEqual(reported(f('91%')), ['numbers/parts-sum']);
    // A whole that may hold a category the parts do not name is not judged when the parts fall short.
    assert.deepEqual(reported('At the end of the year 91% of nurseries were good or better: 18% outstanding and 70% good.'), []);
  });

  it('does not sum shares that answer different questions of one group', () => {
    // Each share has its own question: a case can have a plan and have been reviewed.
    assert.deepEqual(reported('Of the cases we read, 70% had a sentence plan, 55% had been reviewed on time and 40% had a named worker.'), []);
    assert.deepEqual(reported('Of the 50 cases, 30 (60%) had a plan, 25 (50%) had been reviewed and 20 (40%) had a named worker.'), []);
    // Shares of different wholes never sum.
    assert.deepEqual(reported('Attendance was 40% of boys, 55% of girls and 62% of the pupils with a plan.'), []);
  });

  it('keeps a total after "so" out of the parts', () => {
    const f = 'Of the settings open in March, 15% were outstanding, a further 60% were good, 21% required improvement and 4% were inadequate, so 75% were good or better.';
    assert.equal(sums(f).find((c) => c.operands.length === 4)?.verdict, 'ok');
    assert.deepEqual(reported(f), []);
  });
});

describe('numbers: summary restatements (issue 9, family 14)', () => {
  const report = (summary: string, a: string, b: string) =>
    `${FM}# Summary\n\n${summary}\n\n# 2. Implementation of interventions\n\n## 2.4 Ensuring containment and promoting compliance (Punish)\n\nA standard.\n\n70%\n\n### Strengths\n\n- (a) ${a}\n\n### Areas for Improvement\n\n- (a) ${b}\n\n### Conclusion\n\nPerformance against this criterion was good.\n`;
  const restated = (text: string) => claims(text).filter((c) => c.kind === 'restatement');

  it('pairs a summary figure with the finding about the same thing, and lists it as a claim', () => {
    const ok = report('Drug tests had been carried out as required in 62% of cases.', 'Drug tests had been carried out as required in 62% of the relevant cases.', 'Curfew breaches were acted on within two days in 40% of cases.');
    const c = restated(ok);
    assert.equal(c.length, 1);
    assert.equal(c[0]!.verdict, 'ok');
    assert.equal(at(ok, c[0]!.operands[1]!.span), '62%');
    assert.deepEqual(numbersDiagnostics(ok), []);
    const bad = report('Drug tests had been carried out as required in 66% of cases.', 'Drug tests had been carried out as required in 62% of the relevant cases.', 'Curfew breaches were acted on within two days in 40% of cases.');
    assert.deepEqual(numbersDiagnostics(bad).map((d) => `${d.ruleId} ${at(bad, d.span)}`), ['conclusion/restated-figure 66%']);
    assert.equal(restated(bad)[0]!.verdict, 'inconsistent');
  });

  it('does not pair on one shared word such as "days"', () => {
    const text = report('Victim contact had been offered within ten days in 48% of cases.', 'Appointments had been rebooked within three days in 81% of cases.', 'Curfew breaches were acted on promptly in 40% of cases.');
    assert.deepEqual(restated(text), []);
    assert.deepEqual(numbersDiagnostics(text), []);
  });
});

describe('numbers: a rate column is not a share of the Total row (issue 9, family 11)', () => {
  it("leaves '% reoffended' per row alone when its Total row states no 100%", () => {
    const t = doc(`
| Group | Number | % reoffended |
|---|---|---|
| Under 18 | 40 | 30% |
| 18 to 24 | 60 | 25% |
| Total | 100 | |
`);
    assert.deepEqual(flagged(t), []);
  });
});
