/**
 * Forms read by tuner x1 in the session of 2026-12-07 (sentences written for these tests): share words whose count
 * and group are in another clause or sentence (the quantifier-distant family).
 */
import assert from 'node:assert/strict';
import { claims, claimsOf, FM, rulesOf } from './helpers.js';

describe("'Weaknesses were found at a few of them (13).': the clause's own subject is not what 'them' means (relations/quantifier-distant.ts withoutOwnSubject)", () => {
  it('reads the group counted in the sentence before', () => {
    // 13 / 36 = 36.1%, not a few (at most 25%)
    assert.deepEqual(rulesOf('We examined contract management at 36 public bodies. Weaknesses serious enough to put value for money at risk were found at only a few of them (13).'), ['numbers/quantifier-mismatch']);
    // 5 / 36 = 13.9%: a few
    const c = claimsOf('We examined contract management at 36 public bodies. Weaknesses were found at only a few of them (5).').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 11 / 24 = 45.8%, not most
    assert.deepEqual(rulesOf('We looked at 24 cases. Victims were offered contact promptly in most of them (11).'), ['numbers/quantifier-mismatch']);
  });
  it('traps: another plural noun, a second clause, or a clause after a verb of saying may be what them means', () => {
    // 'them' may be the plans
    assert.deepEqual(rulesOf('We examined 36 public bodies. Weaknesses in the plans were found at a few of them (13).'), []);
    // 'them' may be the managers' weaknesses or the managers
    assert.deepEqual(rulesOf('We examined 36 public bodies. Weaknesses that managers had missed were found at a few of them (13).'), []);
    // 'them' may be the pupils: a clause after 'reported'
    assert.deepEqual(rulesOf('We spoke to 36 parents. Pupils reported most of them (13) were positive.'), []);
  });
});

describe("'Of the 17 reports …, 10 gave a rating of 'Inadequate' – the majority.': a share word closing the part's clause (relations/quantifier-distant.ts clauseTrailingWord)", () => {
  it("reads the share word as the part's, of the frame's whole", () => {
    // 7 / 17 = 41.2%, not the majority
    assert.deepEqual(rulesOf("Of the 17 reports we published in 2022, 7 gave a rating of 'Inadequate' – the majority."), ['numbers/quantifier-mismatch']);
    // 10 / 17 = 58.8%: the majority
    const c = claimsOf("Of the 17 reports we published in 2022, 10 gave a rating of 'Inadequate' – the majority.").find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 12 / 40 = 30%, not most
    assert.deepEqual(rulesOf('Of the 40 homes we visited, 12 were rated good, the majority.'), ['numbers/quantifier-mismatch']);
  });
  it("traps: two parts, or 'most of them' (which may be most of the part), are not judged", () => {
    // the majority may be the 20, or the 12 and 20 together
    assert.deepEqual(rulesOf('Of the 40 homes we visited, 12 were rated good and 20 requires improvement – the majority.'), []);
    // most of the 12 homes
    assert.deepEqual(rulesOf('Of the 40 homes we visited, 12 were rated good – most of them.'), []);
  });
});

describe("'In almost all of the 27 schools (25), …. In most of them (20), …': 'them' after a group and its part (relations/quantifier-distant.ts pairBefore)", () => {
  it('judges the share word when it says the same of the group and of the part', () => {
    // 20 / 27 = 74.1% and 20 / 25 = 80%: most either way
    const c = claimsOf("In almost all of the 27 primary schools inspected (25), children say they feel safe. In most of them (20), children's attainment in numeracy is good or better.").find((x) => x.kind === 'quantifier' && x.operands.some((o) => o.raw === '20'));
    assert.equal(c?.verdict, 'ok');
    // 12 / 27 = 44.4% and 12 / 25 = 48%: not most either way
    assert.deepEqual(rulesOf("In almost all of the 27 primary schools inspected (25), children say they feel safe. In most of them (12), children's attainment in numeracy is good or better."), ['numbers/quantifier-mismatch']);
    // 9 / 24 = 37.5% and 9 / 19 = 47.4%: not most either way
    assert.deepEqual(rulesOf('In 19 of the 24 classes, pupils read well. In most of them (9), pupils also wrote well.'), ['numbers/quantifier-mismatch']);
  });
  it('traps: a share that fits the part but not the group, or two groups, is left unresolved', () => {
    // 13 / 27 = 48.1%, not most, but 13 / 25 = 52% is: 'them' may be the 25
    const c = claimsOf("In almost all of the 27 primary schools inspected (25), children say they feel safe. In most of them (13), children's attainment in numeracy is good or better.").find((x) => x.kind === 'quantifier' && x.operands.some((o) => o.raw === '13'));
    assert.notEqual(c?.verdict, 'inconsistent');
    assert.notEqual(c?.verdict, 'ok');
    // 11 / 24 = 45.8%, 11 / 19 = 57.9%
    assert.deepEqual(rulesOf('In 19 of the 24 classes, pupils read well. In most of them (11), pupils also wrote well.'), []);
    // 'them' may be all 52
    assert.deepEqual(rulesOf('We visited 27 schools and 25 nurseries. In most of them (12), children were safe.'), []);
  });
});

describe("'Most people were happy with their care, but fewer than half felt involved': a share word opening a later clause of a summary sentence (restate.ts QUANT_CLAUSE_OPENING, scope)", () => {
  const restated = (text: string) => claims(FM + text).filter((c) => c.kind === 'restatement');
  const findings = '# Findings\n\n- (a) Of the 22 people we spoke to, 17 said they were happy with the care and support they received (77%).\n- (b) Nine of the 22 said they had been involved in a review of their personal plan (41%).\n';
  it('reads each clause by its own share word: the first is no longer lost for the claim of the second', () => {
    // most = 17 / 22 = 77%; fewer than half = 9 / 22 = 41%
    const rs = restated(`# Summary\n\nMost people we spoke to were happy with their care, but fewer than half felt involved in reviewing it.\n\n${findings}`);
    assert.deepEqual(rs.map((c) => [c.operands[0]!.raw, c.verdict]).sort(), [['Most', 'ok'], ['half', 'ok']]);
    // a share word opening the clause after ', and': most against 9 / 22 = 41%
    const wrong = restated('# Summary\n\nMeals were good, and most people we spoke to were happy with the activities on offer.\n\n# Findings\n\n- (a) Of the 22 people we spoke to, 9 said they were happy with the activities on offer (41%).\n');
    assert.deepEqual(wrong.map((c) => c.verdict), ['inconsistent']);
  });
  it('traps: two findings the clause may restate, one of which it fits, are consistent', () => {
    // 'most people … happy with their care': the 77% fits, the relatives' 36% is another group
    const rs = restated("# Summary\n\nStaff were kind; most people were happy with their care.\n\n# Findings\n\n- (a) Of the 22 people we spoke to, 17 said they were happy with their care (77%).\n- (b) Of the 14 relatives we spoke to, 5 said they were happy with the care (36%).\n");
    assert.ok(rs.every((c) => c.verdict !== 'inconsistent'));
  });
});

describe("'… and most are in education, employment or training.' against a section of any title (restate.ts findRestatements, wordShare)", () => {
  const restated = (text: string) => claims(FM + text).filter((c) => c.kind === 'restatement');
  const summary = '# Summary\n\nThe council stays in touch with nearly all its care leavers, and most are in education, employment or training.\n\n# Care leavers\n\n';
  it("judges a share word whose every word is in the one finding's sentence", () => {
    // most against 79 of 187 = 42%
    assert.deepEqual(restated(`${summary}The council is in touch with 187 of its 194 care leavers. Of the 187, 79 (42%) are in education, employment or training.\n`).map((c) => c.verdict), ['inconsistent']);
    // most against 121 of 187 = 65%
    assert.deepEqual(restated(`${summary}The council is in touch with 187 of its 194 care leavers. Of the 187, 121 (65%) are in education, employment or training.\n`).map((c) => c.verdict), ['ok']);
  });
  it("traps: a finding that lacks a word of the summary's clause, or a second finding of as many words, is only confirmed", () => {
    // 'training' is not in the finding: it may be another measure
    assert.ok(restated(`${summary}The council is in touch with 187 of its 194 care leavers. Of the 187, 79 (42%) are in education or employment.\n`).every((c) => c.verdict !== 'inconsistent'));
    // two findings of the same words: which one the summary restates is not known
    assert.ok(restated(`${summary}Of the 120 care leavers aged 19 to 21, 50 (42%) are in education, employment or training. Of the 67 aged 17 or 18, 40 (60%) are in education, employment or training.\n`).every((c) => c.verdict !== 'inconsistent'));
  });
});

describe("'Few had carried one out: three in total.': a bare share word and the count after its colon (relations/quantifier-distant.ts colonCount)", () => {
  it('reads the count as the share word\'s, of the one group counted before', () => {
    // 3 / 22 = 13.6%: few
    const c = claimsOf('We asked all 22 councils for their evaluations of school transport policy. Few had carried one out: three in total.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 9 / 22 = 40.9%, not few
    assert.deepEqual(rulesOf('We asked all 22 councils for their evaluations of school transport policy. Few had carried one out: nine in total.'), ['numbers/quantifier-mismatch']);
  });
  it('traps: a plural of the predicate, a clause after the count, or two groups before are not read', () => {
    // 9 may be vacancies
    assert.deepEqual(rulesOf('We visited 22 homes. Most had vacancies: 9 in total.'), []);
    // 9 is a part of the most, not the most
    assert.deepEqual(rulesOf('We visited 22 homes. Most were clean: nine were spotless.'), []);
    // the group may be the councils, the trusts or both
    assert.deepEqual(rulesOf('We asked 22 councils and 14 trusts for their policies. Few had one: nine in total.'), []);
  });
});
