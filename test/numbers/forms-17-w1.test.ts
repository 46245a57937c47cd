/**
 * Forms read by helper w1 (issue 9, families cross-sentence and restatement; sentences written for these tests):
 * a share word 'of them' whose count is set off with its own noun ('Roughly a third of them, 16 men, …'), whose
 * whole is a sentence that only gives the size of a group ('There were 29.'), and whose count closes the sentence
 * ('… were sent a notice: 13 in all.') (relations/them-share.ts).
 */
import assert from 'node:assert/strict';
import { claims, claimsOf, FM as FMH, rulesOf } from './helpers.js';

const FM = 'numbers/fraction-mismatch';

describe("'a third of them, sixteen men, …': the count set off with its own noun (relations/them-share.ts namedCount)", () => {
  it('judges the share of a group counted with no noun of its own', () => {
    // 16 / 29 = 55.2%: not roughly a third
    assert.deepEqual(rulesOf('We read the files of prisoners who had been segregated. There were 29. Roughly a third of them, sixteen men, had been held for longer than 42 days.'), [FM]);
    // 31 / 40 = 77.5%: not about half
    assert.deepEqual(rulesOf('Inspectors spoke to staff on two wings. There were 40 in all. About half of them – 31 officers – said they felt safe.'), [FM]);
    // 21 / 40 = 52.5%: about half
    assert.deepEqual(rulesOf('Inspectors spoke to staff on two wings. There were 40 in all. About half of them – 21 officers – said they felt safe.'), []);
  });
  it("trap: a count with another noun than the group's may be of another group", () => {
    // 'volunteers' are not the 25 care workers
    assert.deepEqual(rulesOf('The provider employed 25 care workers. Roughly a third of them, 20 volunteers, had been trained.'), []);
  });
  it("trap: a verb after the count makes it a clause of its own, not the share's count", () => {
    assert.deepEqual(rulesOf('We read the files of prisoners who had been segregated. There were 29. Roughly a third of them, 16 were late, had reviews.'), []);
    assert.deepEqual(rulesOf('We read the files of prisoners who had been segregated. There were 29. Roughly a third of them, 16 quickly, had been released.'), []);
  });
});

describe("'We looked at the records of every prisoner segregated. There were 29.': a sentence giving only a group's size (relations/them-share.ts SIZE_ONLY)", () => {
  it("counts the group 'them' is of", () => {
    // 16 / 29 = 55.2%: not roughly a third
    assert.deepEqual(rulesOf('We looked at the records of every prisoner who had been segregated in the previous three months. There were 29. Roughly a third of them, sixteen men, had been held there for longer than 42 days.'), [FM]);
    // 9 / 29 = 31.0%: roughly a third
    assert.deepEqual(rulesOf('We looked at the records of every prisoner who had been segregated in the previous three months. There were 29. Roughly a third of them, nine men, had been held there for longer than 42 days.'), []);
  });
  it('trap: a sentence with more than the size is no size sentence', () => {
    // 'There were 29 on the wing and 40 in all': which group 'them' is, is not known
    assert.deepEqual(rulesOf('We looked at the records of prisoners who had been segregated. There were 29 on the wing and 40 in the prison. Roughly a third of them, sixteen men, had been held there for longer than 42 days.'), []);
  });
});

describe("'More than a third of them were sent a notice: 13 in all.': the count closing the share's sentence (relations/them-share.ts CLOSING_TOTAL_*)", () => {
  it('judges the closing count against the whole of the sentence before', () => {
    // 13 / 49 = 26.5%: not more than a third
    assert.deepEqual(rulesOf('HIQA inspected 49 public acute hospitals. More than a third of them were sent a formal notification of serious risk: 13 in all.'), [FM]);
    // 19 / 49 = 38.8%: more than a third
    assert.ok(!rulesOf('HIQA inspected 49 public acute hospitals. More than a third of them were sent a formal notification of serious risk: 19 in all.').includes(FM));
    // 20 / 80 = 25%: a quarter, not half
    assert.deepEqual(rulesOf('We visited 80 care homes. Around half of them had no registered manager – 20 in total.'), [FM]);
  });
  it('trap: a group given roughly is only confirmed on', () => {
    // 'some 80 care homes': 20 / 80 = 25% is not reported
    assert.deepEqual(rulesOf('We visited some 80 care homes. Around half of them had no registered manager – 20 in total.'), []);
  });
  it('trap: a closing count after another group or another figure is not the share\'s', () => {
    // the 20 may be the rest, not the half
    assert.deepEqual(rulesOf('We visited 80 care homes. Around half of them had a registered manager, and the rest did not: 20 in total.'), []);
    // '3 notices each' counts notices: the closing 39 is of notices
    assert.deepEqual(rulesOf('HIQA inspected 49 public acute hospitals. More than a third of them were sent 3 notices each: 39 in all.'), []);
  });
  it('the share read alone still makes no claim on a count', () => {
    const cs = claimsOf('HIQA inspected 49 public acute hospitals. More than a third of them were sent a formal notification of serious risk.');
    assert.ok(!cs.some((c) => c.verdict === 'inconsistent'));
  });
});

describe("'We upheld 287 of them. That is a quarter.': a sentence of one share word pointing back at the count before (relations/that-is-share.ts)", () => {
  it("judges the share of 'k of them' against the group of the sentence before that", () => {
    // 345 / 1,150 = 30%: not a quarter
    assert.deepEqual(rulesOf('We decided 1,150 reviews of police complaints in 2022/23. We upheld 345 of them. That is a quarter.'), [FM]);
    // 287 / 1,150 = 25.0%: a quarter
    assert.deepEqual(rulesOf('We decided 1,150 reviews of police complaints in 2022/23. We upheld 287 of them. That is a quarter.'), []);
    // 19 / 38 = 50%: not more than four in five
    assert.deepEqual(rulesOf('Inspectors spoke with 38 pupils in meetings. Nineteen of them said behaviour in lessons was good. That is more than four in five.'), [FM]);
  });
  it("judges 'k of the n' and 'Of the n …, k …' of the sentence before", () => {
    // 41 / 60 = 68.3%: about two thirds
    assert.deepEqual(rulesOf('Of the 60 files we read, 41 had a plan. That was about two thirds.'), []);
    // 21 / 60 = 35%: not about two thirds
    assert.deepEqual(rulesOf('Of the 60 files we read, 21 had a plan. That was about two thirds.'), [FM]);
    // 12 / 48 = 25%: not half
    assert.deepEqual(rulesOf('Inspectors found 12 of the 48 records incomplete. This is half.'), [FM]);
  });
  it('traps: a share that compares, names another whole, or follows a count with no whole, is not read', () => {
    // 'a quarter more than last year' is a change
    assert.deepEqual(rulesOf('We decided 1,150 reviews of police complaints. We upheld 345 of them. That is a quarter more than last year.'), []);
    // 'half the number in 2019' compares two figures
    assert.deepEqual(rulesOf('We decided 1,150 reviews of police complaints. We upheld 345 of them. That is half the number in 2019.'), []);
    // no whole: 'We upheld 345.' ties the count to nothing
    assert.deepEqual(rulesOf('We decided 1,150 reviews of police complaints. We upheld 345. That is a quarter.'), []);
    // the sentence before counts two groups: 'them' may be either
    assert.deepEqual(rulesOf('We decided 1,150 reviews and 400 appeals. We upheld 345 of them. That is a quarter.'), []);
  });
});

describe("a summary's share restating a finding's pair: the pair's whole is among what it restates (restate.ts alsoOf)", () => {
  const text = (share: string) => `${FMH}# Summary\n\n${share} of child in need plans were reviewed.\n\n# Findings\n\n- (a) Of the 58 child in need plans we sampled, 26 (45%) had been reviewed.\n`;
  it("lists the finding's count and whole with the summary's share", () => {
    // 26 / 58 = 44.8%: fewer than half
    const r = claims(text('Fewer than half')).find((c) => c.kind === 'restatement');
    assert.ok(r, 'a restatement');
    const src = text('Fewer than half');
    const figures = [...r.operands.map((o) => src.slice(o.span.start, o.span.end)), ...(r.sources ?? []).map((x) => src.slice(x.span.start, x.span.end))];
    assert.ok(figures.includes('26') && figures.includes('58') && figures.includes('45%'), JSON.stringify(figures));
  });
  it('a count summary is not given the whole: it restates the count only', () => {
    // '26 child in need plans' restates 26, not 58
    const src = `${FMH}# Summary\n\n26 child in need plans were reviewed.\n\n# Findings\n\n- (a) Of the 58 child in need plans we sampled, 26 had been reviewed.\n`;
    const r = claims(src).find((c) => c.kind === 'restatement');
    if (r) assert.ok(!(r.sources ?? []).some((x) => src.slice(x.span.start, x.span.end) === '58'));
  });
});

describe("'Most staff told us X. We spoke with 23 staff, and 11 said this.': 'said this' says the share word's predicate again (relations/quantifier-distant.ts SAID_SO)", () => {
  it('judges the share word on the count that says this', () => {
    // 11 / 23 = 47.8%: not the majority
    assert.deepEqual(rulesOf('The majority of care staff told us they felt well supported by the manager. We spoke with 23 staff during the inspection, and 11 said this.'), ['numbers/quantifier-mismatch']);
    // 17 / 23 = 73.9%: the majority
    assert.deepEqual(rulesOf('The majority of care staff told us they felt well supported by the manager. We spoke with 23 staff during the inspection, and 17 said this.'), []);
    // 9 / 30 = 30%: not most
    assert.deepEqual(rulesOf('Most parents said the school kept their child safe. We received 30 responses from parents, and 9 told us this.'), ['numbers/quantifier-mismatch']);
  });
  it("trap: 'said that' opens a clause of its own, which may be another answer", () => {
    // '11 said that the manager was approachable' is another finding: the share word is only confirmed on it
    assert.deepEqual(rulesOf('The majority of care staff told us they felt well supported by the manager. We spoke with 23 staff during the inspection, and 11 said that the rota was fair.'), []);
  });
});
