/**
 * Shapes of prose read by relations/apposed-share.ts, response-rate.ts, pair-share.ts, them-share.ts,
 * matched-breakdown.ts, fraction-change.ts, colon-share.ts and elided-part.ts. Sentences written for these tests, with
 * the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

/** Verdicts of the judged claims that hold every one of the given figures. */
const verdictsWith = (finding: string, ...raws: string[]) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && raws.every((r) => c.operands.some((o) => o.raw === r || o.raw.endsWith(r))))
    .map((c) => c.verdict);

describe('numbers: a share set in apposition (apposed-share)', () => {
  it('reads a hedged share between dashes after a count pair', () => {
    // 212/530 = 40%: 'some 40%' fits
    const ok = 'During the year, 212 of the 530 files we read – some 40% – had no plan.';
    assert.ok(verdictsWith(ok, '212', '530', '40%').includes('ok'));
    assert.deepEqual(rulesOf(ok), []);
    // 212/530 = 40%: 'some 60%' reaches 55%..65% only (a hedged share is judged as its interval)
    assert.deepEqual(rulesOf(ok.replace('some 40%', 'some 60%')), ['numbers/fraction-mismatch']);
  });
  it('reads a share and a ratio in one bracket after a frame', () => {
    // 63/900 = 7%, one in 14.3: 'one in 14' fits, 'one in 11' (1/12 .. 1/10) does not
    const ok = 'Of the 900 visits made across the year, 63 (7%, or one in 14) were unannounced.';
    assert.ok(verdictsWith(ok, '63', '900', '7%').includes('ok'));
    assert.ok(verdictsWith(ok, '63', '900', 'one in 14').includes('ok'));
    assert.deepEqual(rulesOf(ok), []);
    assert.deepEqual(rulesOf(ok.replace('one in 14', 'one in 11')), ['numbers/fraction-mismatch']);
  });
  it('reads a quantifier with its share between dashes', () => {
    // 88% is within 'the vast majority' (75% to 100%); 58% is not
    const ok = 'The vast majority of the 410 homes – 88% – were rated good.';
    assert.ok(verdictsWith(ok, '88%').includes('ok'));
    assert.deepEqual(rulesOf(ok.replace('88%', '58%')), ['numbers/quantifier-mismatch']);
  });
  it('reads a ratio set beside the percentage it rounds', () => {
    // 'nearly one in four' is 17.5% to 25%: 23% fits, 31% does not
    const ok = 'Some 23 per cent of those asked – nearly one in four – said they felt unsafe.';
    assert.ok(verdictsWith(ok, 'nearly one in four').includes('ok'));
    assert.deepEqual(rulesOf('Just 31 per cent of those asked – nearly one in four – said they felt unsafe.'), ['numbers/fraction-mismatch']);
  });
  it('reads a share and its count after "of which"', () => {
    // 900/113,000 = 0.80%; 0.9% is not
    const ok = 'In the spring series 113,000 grades were awarded, of which 0.8 per cent, or 900, were changed.';
    assert.ok(verdictsWith(ok, '900', '113,000').includes('ok'));
    assert.deepEqual(rulesOf(ok.replace('0.8 per cent', '0.9 per cent')), ['numbers/percentage-mismatch']);
  });
  it('confirms a ratio in a "which" clause after the pair', () => {
    // 1,960/2,120 = 92.45% > 90%
    const ok = 'Of the 2,120 ratings given, 1,960 – 92.5% – were good, which the board described as over nine in ten.';
    assert.ok(verdictsWith(ok, '1,960', '2,120', 'over nine in ten').includes('ok'));
  });
  it('reads a count and its share of a stated whole between commas', () => {
    // 27/225 = 12%, not 15%
    assert.deepEqual(rulesOf('Inspectors found 27 homes, or 15% of the 225 inspected, were inadequate.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Inspectors found 27 homes, or 12% of the 225 inspected, were inadequate.'), []);
  });
  it('reads a hedged share closing the clause of a pair', () => {
    // 27/225 = 12%: 'around 22 per cent' reaches 17% to 27%
    assert.deepEqual(rulesOf('Just 27 of the 225 homes inspected were inadequate, around 22 per cent.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Just 27 of the 225 homes inspected were inadequate, around 12 per cent.'), []);
  });
  it('reads a quantifier with a bare share between commas, or with its pair between dashes', () => {
    assert.deepEqual(rulesOf('The majority of the 577 centres, 46%, are run by private providers.'), ['numbers/quantifier-mismatch']);
    // 100/225 = 44.4%: no majority
    assert.deepEqual(rulesOf('Most of them – 100 of the 225 – had a manager.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('Most of them – 150 of the 225 – had a manager.'), []);
  });
  it('reads a count and its share of the group counted before it', () => {
    // 27/225 = 12%, not 15%
    assert.deepEqual(rulesOf('We inspected 225 homes. 27, or 15% of the total, were inadequate.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('There were 225 inspections in the year; 27 of them, or 15%, found serious failings.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('There were 225 inspections in the year; 27 of them, or 12%, found serious failings.'), []);
    assert.deepEqual(rulesOf('Of the 225 homes inspected, 27 were inadequate – that is, 15%.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a share of them after a later count is of that count', () => {
    // 12/27 = 44%; 12 of 225 would be 5%
    assert.deepEqual(rulesOf('Of the 225 homes, 27 had no manager. 12 of them, or 44%, were in the north.'), []);
  });
  it('trap: with two groups before, a share that fits neither is not reported', () => {
    assert.deepEqual(rulesOf('We inspected 225 homes and 300 nurseries. 27 of them, or 15%, had failings.'), []);
  });
  it('trap: a count after a preposition is a frame, not the part of a share of another noun', () => {
    assert.deepEqual(rulesOf('In 27 homes, 40% of the 225 residents were unwell.'), []);
  });
  it('trap: a hedged share after another clause may restate either count', () => {
    assert.deepEqual(rulesOf('Of the 95 homes visited, 52 had no fire risk assessment and 20 had no plan, around 35%.'), []);
  });
  it('trap: "all but k of the n" is no pair for the share beside it', () => {
    // all but three of 27 = 24/27 = 88.9% → 89%
    assert.deepEqual(rulesOf('All but three of the 27 cases where a visit was due (89%) showed that it took place.'), []);
  });
  it('trap: a bare share between commas may be a list item, not an apposition', () => {
    assert.deepEqual(rulesOf('Of the 60 staff surveyed, 20 were agency workers, 70% were full time and 10% were bank staff.'), []);
  });
});

describe('numbers: a survey and its response rate (response-rate)', () => {
  it('reads the returns of what was sent and the rate', () => {
    // 120/150 = 80%
    const ok = 'We sent questionnaires to 150 of the 600 pupils and received 120 replies, a response rate of 80%.';
    assert.ok(verdictsWith(ok, '120', '150', '80%').includes('ok'));
    assert.deepEqual(rulesOf(ok), []);
    // 120/150 = 80%, not 75%
    assert.deepEqual(rulesOf(ok.replace('80%', '75%')), ['numbers/percentage-mismatch']);
  });
  it('reads a rate that opens the next sentence', () => {
    // 45/90 = 50%, not 60%
    assert.deepEqual(rulesOf('Staff issued 90 surveys to parents and 45 were returned. The response rate was 60%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Staff issued 90 surveys to parents and 45 were returned. The response rate was 50%.'), []);
  });
  it('reads the other ways of writing a survey', () => {
    // 120/300 = 40%, not 50%, in each
    assert.deepEqual(rulesOf('Questionnaires were sent to 300 parents and 120 were returned (50%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 300 surveys sent out, 120 were returned, a response rate of 50%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We sent surveys to 300 parents. We received 120 responses, a response rate of 50%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The response rate was 50%: 120 of the 300 parents replied.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The response rate was 40%: 120 of the 300 parents replied.'), []);
    // 450/600 = 75%
    assert.deepEqual(rulesOf('The survey had 450 respondents from a possible 600, a response rate of 70%.'), ['numbers/percentage-mismatch']);
  });
  it('reads the returns written first', () => {
    // 166/209 = 79.4%, not 69%
    assert.deepEqual(rulesOf('We received 166 responses to the 209 questionnaires we sent, a response rate of 69%.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a count after "had" with a noun of its own is no return', () => {
    assert.deepEqual(rulesOf('We sent letters to 40 families who had 65 children between them.'), []);
  });
  it('trap: a rate of another measure is not the response rate', () => {
    assert.deepEqual(rulesOf('We sent questionnaires to 150 pupils and received 120 replies; the attendance rate was 93%.'), []);
  });
});

describe('numbers: a percentage restating a count pair (pair-share)', () => {
  it('reads a share of the same group later in the sentence', () => {
    // 90/200 = 45%
    const ok = 'Of the 200 plans we read, only 90 were of good quality – in other words, 45% of plans were of good quality.';
    assert.ok(verdictsWith(ok, '90', '200', '45%').includes('ok'));
    assert.deepEqual(rulesOf(ok), []);
    assert.deepEqual(rulesOf(ok.replace('45%', '54%')), ['numbers/percentage-mismatch']);
  });
  it('reads the latest share in the next sentence', () => {
    // 30/120 = 25%, not 20%
    const wrong = 'A review of 120 care records found just 30 up to date. Since the last visit the share of up-to-date records has fallen from 40% to 20%.';
    assert.deepEqual(rulesOf(wrong), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf(wrong.replace('to 20%', 'to 25%')), []);
  });
  it('reads a pair whose part opens the next clause or sentence', () => {
    // 90/150 = 60%, not 70%
    assert.deepEqual(rulesOf('We reviewed 150 records; 90 were complete, so 70% of records were complete.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We reviewed 150 records. Only 90 were complete: just 70% of records were complete.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We reviewed 150 records. Only 90 were complete: just 60% of records were complete.'), []);
  });
  it('trap: a share of the same group about another thing is not the pair', () => {
    // 40% of plans were late: another measure, no word of 'good quality'
    assert.deepEqual(rulesOf('Of the 200 plans we read, only 90 were of good quality, and 40% of plans were late.'), []);
  });
  it('trap: a share of another year is not the pair', () => {
    assert.deepEqual(rulesOf('Of the 150 records, 90 were complete. In 2019, 70% of records were complete.'), []);
  });
  it('trap: a share of the same group nationally is of another whole', () => {
    assert.deepEqual(rulesOf('Of the 200 plans we read, only 90 were of good quality, while nationally 60% of plans were of good quality.'), []);
  });
});

describe('numbers: "of them" with the whole of the sentence before (them-share)', () => {
  it('takes the one group large enough to hold the count', () => {
    // 52/90 = 57.8% > 50%; 40/90 = 44.4% is no majority
    const ok = 'We read 90 case files at the three offices. The majority of them (52) had a plan, and in 11 there was no plan at all.';
    assert.ok(verdictsWith(ok, '52').includes('ok'));
    assert.ok(verdictsWith(ok, '11', '90').includes('ok'));
    assert.deepEqual(rulesOf(ok.replace('(52)', '(40)')), ['numbers/quantifier-mismatch']);
  });
  it("reads a share after 'Of these,' with its count in brackets", () => {
    // 18/40 = 45%: no majority
    assert.deepEqual(rulesOf('We inspected 40 schools in the area. Of these, the majority (18) were good.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('We inspected 40 schools in the area. Of these, the majority (28) were good.'), []);
  });
  it('trap: two groups that could be "them" are not chosen between', () => {
    assert.deepEqual(rulesOf('We read 90 case files and 70 reports. The majority of them (40) were late.'), []);
  });
});

describe('numbers: parts counted by the kinds of their wholes (matched-breakdown)', () => {
  it('reads each part against the whole of its kind', () => {
    const ok = 'It names 300 primary and 120 secondary schools that are stuck, among them 90 (60 primary and 30 secondary) that have never been good.';
    assert.ok(verdictsWith(ok, '60', '300').includes('ok'));
    assert.ok(verdictsWith(ok, '30', '120').includes('ok'));
    // 130 secondary cannot be among 120
    assert.deepEqual(rulesOf('It names 300 primary and 120 secondary schools that are stuck, among them 190 (60 primary and 130 secondary) that have never been good.').filter((r) => r === 'numbers/impossible'), ['numbers/impossible']);
  });
  it('trap: parts of another noun are not parts of the wholes', () => {
    assert.deepEqual(rulesOf('The trust runs 30 primary and 12 secondary schools, including 400 primary and 900 secondary pupils with a plan.').filter((r) => r === 'numbers/impossible'), []);
  });
});

describe('numbers: a change given as a fraction (fraction-change)', () => {
  it('reads a fall as a fraction of the earlier share', () => {
    // (40 − 12)/40 = 70% > two-thirds
    assert.deepEqual(rulesOf('Only 12% said drugs were easy to get, down from 40% at the last inspection, a fall of more than two-thirds.'), []);
    // (44 − 16)/44 = 63.6% (62.1% to 65.2% with rounding): not more than two-thirds
    assert.deepEqual(rulesOf('Only 16% said drugs were easy to get, down from 44% at the last inspection, a fall of more than two-thirds.'), ['numbers/change-mismatch']);
  });
  it('reads a rise from one share to another', () => {
    // (30 − 20)/20 = 50%: 'a half'
    assert.deepEqual(rulesOf('The rate rose from 20% to 30%, an increase of a half.'), []);
  });
  it('trap: words that go the other way are not read', () => {
    assert.deepEqual(rulesOf('The rate rose from 20% to 30%, a fall of a third in the gap.'), []);
  });
});

describe('numbers: a word share restated after a colon, and a share and its rest (colon-share)', () => {
  it('confirms a fraction by the first percentage after the colon', () => {
    const ok = 'Nearly half of them are short-staffed, the report says: a census found 45 per cent of 60 wards below planned numbers.';
    assert.ok(claimsOf(ok).some((c) => c.kind === 'fraction' && c.verdict === 'ok'));
    // 70% is no 'nearly half': nothing is said
    assert.deepEqual(rulesOf(ok.replace('45 per cent', '70 per cent')), []);
  });
  it('reads two shares on either side of one threshold', () => {
    // 100 − 85.5 = 14.5, not 'about 5'
    assert.deepEqual(rulesOf('About 5 per cent of callers waited more than ten minutes: the figures show 85.5% answered within ten minutes.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('About 14 per cent of callers waited more than ten minutes: the figures show 85.5% answered within ten minutes.'), []);
  });
  it('confirms a word share of a group by the rest of a pair set against it', () => {
    // 43 − 10 = 33; 33/43 = 76.7%: three-quarters
    const ok = 'Three-quarters of the councils are missing the target: the rules say 90% should be met, yet only 10 of the 43 councils met it.';
    assert.ok(claimsOf(ok).some((c) => c.kind === 'fraction' && c.verdict === 'ok' && c.operands.some((o) => o.raw === '43')));
    // 30/43 = 69.8% and 13/43 = 30.2%: neither is three-quarters, and nothing is said
    assert.deepEqual(rulesOf(ok.replace('only 10', 'only 30')), []);
  });
  it('trap: two thresholds that differ are no share and its rest', () => {
    assert.deepEqual(rulesOf('About 5 per cent of callers waited more than ten minutes: the figures show 85.5% answered within two minutes.'), []);
  });
});

describe('numbers: parts written without "of" (elided-part)', () => {
  const parts = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'count-of' && c.verdict === 'ok' && c.operands.some((o) => o.role === 'n' && o.inferred !== true)).map((c) => c.operands.map((o) => o.raw).join(' of '));
  it("confirms 'in k' closing a clause after a pair", () => {
    assert.ok(parts('In all, 9 of the 12 homes had a plan; fire checks were missed in three.').includes('three of 12'));
  });
  it("confirms '<noun> for k' after a count of events done", () => {
    assert.ok(parts('So far 410 visits have taken place and reports for 395 have been published.').includes('395 of 410'));
  });
  it('confirms parts naming a word of the whole of the sentence before', () => {
    const c = claimsOf('The team opened 220 death reviews in the year. Of those, 60 deaths were sudden, 40 were unexplained and 120 were expected.').filter((x) => x.kind === 'count-of' && x.verdict === 'ok');
    assert.equal(c.length, 3);
  });
  it('trap: a part larger than the whole is not read at all', () => {
    assert.deepEqual(rulesOf('In all, 9 of the 12 homes had a plan; fire checks were missed in 30.'), []);
    assert.deepEqual(rulesOf('So far 410 visits have taken place and reports for 495 have been published.'), []);
  });
});
