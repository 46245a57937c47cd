/**
 * Forms read in the second session of 2026-12-07 (q1: restatement and quantifier-distant; sentences written for
 * these tests).
 */
import assert from 'node:assert/strict';
import { clauseAround } from '../../server/src/core/numbers/restate.js';
import { claims, claimsOf, FM, numbersDiagnostics, rulesOf } from './helpers.js';

describe("a later bare share word of the sentence, 'and most (39) said …', of the group the share word before it is of (relations/quantifier-distant.ts laterBareShares)", () => {
  it('judges it of the group counted for the first share word', () => {
    // 20/48 = 41.7%, and 20/45 = 44.4%: not most of the parents, nor of the 45 who felt safe
    assert.deepEqual(rulesOf('Almost all of the 48 parents (45) said their child felt safe at school, and most (20) said the school kept them well informed.'), ['numbers/quantifier-mismatch']);
    // the group counted in the sentence before, 'of them, 45 in total': 20/48 = 41.7%
    assert.deepEqual(rulesOf('Inspectors spoke with 48 parents. Almost all of them, 45 in total, said their child felt safe at school, and most (20) said the school kept them well informed.'), ['numbers/quantifier-mismatch']);
    // 30/48 = 62.5%, not a minority (and 30/45 = 66.7%)
    assert.deepEqual(rulesOf('Most of the 52 tenants (40) were satisfied with repairs, but a minority (30) said the landlord listened to them.'), ['numbers/quantifier-mismatch']);
  });
  it('confirms it when it fits', () => {
    // 39/48 = 81.3%: most
    const c = claimsOf('Inspectors spoke with 48 parents. Almost all of them, 45 in total, said their child felt safe at school, and most (39) said the school kept them well informed.').filter((x) => x.kind === 'quantifier');
    assert.deepEqual(c.map((x) => x.verdict), ['ok', 'ok']);
    assert.ok(c[1]!.operands.some((o) => o.role === 'n' && o.value === 48));
  });
  it("trap: a count that fits the first share word's part but not the group is left unresolved", () => {
    // 23/48 = 47.9% (not most of the parents) but 23/45 = 51.1% (most of those who felt safe)
    assert.deepEqual(rulesOf('Almost all of the 48 parents (45) said their child felt safe at school, and most (23) said the school kept them well informed.'), []);
    // 20/48 = 41.7% (a minority of the parents) but 20/30 = 66.7% (not a minority of the satisfied)
    assert.deepEqual(rulesOf('Most of the 48 tenants (30) were satisfied with repairs, but a minority (20) said the landlord listened to them.'), []);
  });
  it('traps: a group of its own, another figure between or after, and a list of answers are not read', () => {
    // 'most staff (9)': another group
    assert.deepEqual(rulesOf('Almost all of the 48 parents (45) said their child felt safe at school, and most staff (9) said the school kept them well informed.'), []);
    // '30 staff' between: the later share word may be of them
    assert.deepEqual(rulesOf('Almost all of the 48 parents (45) said their child felt safe at school, while 30 staff agreed, and most (20) said the school kept them well informed.'), []);
    // another answer's count after it: 'most' may name the largest of several answers
    assert.deepEqual(rulesOf('Almost all of the 48 parents (45) said their child felt safe at school, and most (20) said the school kept them well informed, 12 said it did not.'), []);
    // a semicolon before a sentence of its own subject: 'most pupils (20)' names its own group
    assert.deepEqual(rulesOf('Almost all of the 48 parents (45) said their child felt safe at school; most pupils (20) said the school kept them well informed.'), []);
  });
});

describe("a bare share word opening its sentence or clause with its count between commas, 'The majority, 12, said …' (relations/them-share.ts bare, now for quantifiers as for fractions)", () => {
  it('judges it of the one group counted before', () => {
    // 8/19 = 42.1%: not the majority
    assert.deepEqual(rulesOf('We spoke with 19 staff. The majority, 8, said they would be confident raising a concern.'), ['numbers/quantifier-mismatch']);
    // after a semicolon, of the clause before: 25/40 = 62.5%, not a minority
    assert.deepEqual(rulesOf('We inspected 40 homes in the region; a minority, 25, were rated good.'), ['numbers/quantifier-mismatch']);
    // 12/19 = 63.2%: the majority
    const c = claimsOf('We spoke with 19 staff. The majority, 12, said they would be confident raising a concern.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
  });
  it("traps: no count between the commas, a count with words of its own, and 'most' as the largest of several answers", () => {
    assert.deepEqual(rulesOf('We spoke with 19 staff. Most, if not all, said they would be confident raising a concern.'), []);
    assert.deepEqual(rulesOf('We visited 40 homes. A few, 12 of them new, were short of staff.'), []);
    // 15/40 = 37.5%: below a majority, but the largest of three answers (15, 12, 13)
    assert.deepEqual(rulesOf('We spoke with 40 patients. Most, 15, said the food was good, 12 said it was poor and 13 gave no view.'), []);
  });
});

describe("a labelled summary's share word restating a finding's pair lists the pair's whole among the figures it restates (restate-local.ts matchLabelled also)", () => {
  const text = (k: number) => `${FM}# Findings\n\nSummary: a majority of the tenants who answered our survey say repairs are done on time.\n\nRepairs: of the 84 tenants who answered, ${k} say repairs are done on time, and a further 12 say they sometimes are.\n`;
  it('names the whole (84) as well as the count in the restatement', () => {
    // 35/84 = 41.7%: not a majority
    const c = claims(text(35)).find((x) => x.kind === 'restatement');
    assert.equal(c?.verdict, 'inconsistent');
    assert.ok(c!.sources!.some((x) => /: 84$/.test(x.message)), JSON.stringify(c!.sources));
    // 50/84 = 59.5%: a majority
    const ok = claims(text(50)).find((x) => x.kind === 'restatement');
    assert.equal(ok?.verdict, 'ok');
    assert.ok(ok!.sources!.some((x) => /: 84$/.test(x.message)));
  });
  it('trap: a summary that restates a count names no whole of its own', () => {
    // 'Summary: 35 tenants …' restates the count 35, not a share of the 84
    const c = claims(`${FM}# Findings\n\nSummary: 35 tenants who answered our survey say repairs are done on time.\n\nRepairs: of the 84 tenants who answered, 35 say repairs are done on time.\n`).find((x) => x.kind === 'restatement');
    assert.ok(!c || !c.sources!.some((x) => /: 84$/.test(x.message)));
  });
});

describe("a finding's pair 'k of the n' whose whole is counted earlier in its sentence ('9 of the 11 children …, and 7 of the 9 said …') reads its clause back to that count (restate.ts clauseOf)", () => {
  const text = (tail: string) => `${FM}# Summary\n\nMost children told us they felt safe in the home.\n\n# Children's experiences\n\nWe spoke with 9 of the 11 children living in the home, ${tail}\n`;
  it("ties the summary to the part that says what it says (7 of the 9 felt safe), not to the sample (9 of the 11)", () => {
    // 7/9 = 77.8%: most; the pair's clause now holds 'children … home' as well as 'felt safe'
    const c = claims(text('and 7 of the 9 said they felt safe.')).find((x) => x.kind === 'restatement');
    assert.equal(c?.verdict, 'ok');
    assert.deepEqual(c!.operands.map((o) => o.raw), ['Most', '7']);
    assert.ok(c!.sources!.some((x) => /: 9$/.test(x.message)));
  });
  it('trap: a part that does not fit is not confirmed by the sample that does (9/11 = 81.8%)', () => {
    // 4/9 = 44.4%: the sample's 9 of 11 no longer answers for the summary
    const c = claims(text('and 4 of the 9 said they felt safe.')).filter((x) => x.kind === 'restatement');
    assert.ok(c.every((x) => x.verdict !== 'ok'), JSON.stringify(c.map((x) => x.arithmetic)));
  });
  it("trap: a whole with a noun of its own ('of the 9 boys') is not read back", () => {
    const c = claims(`${FM}# Summary\n\nMost children told us they felt safe in the home.\n\n# Children's experiences\n\nWe spoke with 9 of the 11 children living in the home, and 7 of the 9 boys said they felt safe.\n`).find((x) => x.kind === 'restatement');
    assert.ok(!c || c.operands[1]!.raw !== '7' || !c.arithmetic.includes('home'), c?.arithmetic);
  });
});

describe("a share word's sentence, then its group counted with its noun and the part after a semicolon ('We looked at 16 care plans; 7 had been reviewed …') (relations/quantifier-distant.ts toldAfter AND_PART)", () => {
  it('judges the share word when the part says its predicate again', () => {
    // 7/16 = 43.8%: not most
    assert.deepEqual(rulesOf('Most care plans had been reviewed with the person. We looked at 16 care plans; 7 had been reviewed with the person.'), ['numbers/quantifier-mismatch']);
    // 12/16 = 75%: most
    const c = claimsOf('Most care plans had been reviewed with the person. We looked at 16 care plans; 12 had been reviewed with the person.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
  });
  it('only confirms it when the part says something else, and reads nothing from a denial', () => {
    // 5/31 = 16.1%: few (confirmed; 'reviewed promptly' is not 'updated after a change')
    const c = claimsOf("Few of the children's plans had been updated after a change in their circumstances. Inspectors sampled 31 plans; 5 had been reviewed promptly.").find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 7/16 = 43.8%, but of plans written in the last month, another finding: not judged
    assert.deepEqual(rulesOf('Most care plans had been reviewed with the person. We looked at 16 care plans; 7 had been written in the last month.'), []);
    // 'had no review date' denies: it gives the rest, not the part
    assert.deepEqual(rulesOf('Most care plans had been reviewed with the person. We looked at 16 care plans; 3 had no review with the person.'), []);
  });
});

describe("a finding outside any criterion whose part is counted in the sentence after its whole ('We reviewed 26 medicines records. Fifteen were complete.') is a source for the summary (restate.ts: read in its part's sentence, withWhole)", () => {
  const FM0 = '---\ntitle: Example\n---\n\n';
  const rules = (finding: string) => numbersDiagnostics(`${FM0}## Summary\n\nFewer than half of the medicines records we reviewed were complete.\n\n## Is the service safe?\n\n${finding}\n`).map((d) => d.ruleId);
  it('judges the summary against it', () => {
    // 15/26 = 57.7%: not fewer than half
    assert.deepEqual(rules('We reviewed 26 medicines administration records. Fifteen were complete; the others had gaps in signatures.'), ['conclusion/restated-figure']);
    // 11/26 = 42.3%: fewer than half
    assert.deepEqual(rules('We reviewed 26 medicines administration records. Eleven were complete; the others had gaps in signatures.'), []);
    const c = claims(`${FM0}## Summary\n\nFewer than half of the medicines records we reviewed were complete.\n\n## Is the service safe?\n\nWe reviewed 26 medicines administration records. Eleven were complete.\n`).find((x) => x.kind === 'restatement');
    assert.equal(c?.verdict, 'ok');
  });
  it("traps: a part that says something else, or a whole of other things, is not the summary's finding", () => {
    // 'signed by two staff' is not 'complete'
    assert.deepEqual(rules('We reviewed 26 medicines administration records. Fifteen had been signed by two staff.'), []);
    // care plans are not medicines records
    assert.deepEqual(rules('We reviewed 26 care plans. Fifteen were complete.'), []);
  });
});

describe("each item of a list of figures is a clause of its own ('Of these, 14 (35%) improved …, 18 (45%) kept …') (restate.ts clauseAround), and a change restates only a change (FigureClause.change)", () => {
  const FM0 = '---\ntitle: Example\n---\n\n';
  const doc = (items: string) => `${FM0}## Summary\n\nMost of the schools inspected twice have improved their grade since their first inspection.\n\n## Findings\n\nForty schools have had two inspections. Of these, ${items}\n`;
  const clause = (t: string, f: string) => clauseAround(t, t.indexOf(f), t.indexOf(f) + f.length);
  it('cuts the clause of a figure at the next item', () => {
    const t = 'Of these, 14 (35%) improved on their first grade, 18 (45%) kept the same grade and 8 (20%) declined.';
    assert.equal(clause(t, '35%'), 'Of these, 14 (35%) improved on their first grade');
    assert.ok(!clause(t, '45%').includes('improved'), clause(t, '45%'));
  });
  it("traps: a frame before the figure stays with it, and a list of bare figures is one clause", () => {
    assert.equal(clause('Of the 58 cases, 26 had a plan, and 12 had none.', '26'), 'Of the 58 cases, 26 had a plan');
    assert.equal(clause('In 2023, 26 (40%) were good.', '40%'), 'In 2023, 26 (40%) were good.');
    assert.equal(clause('Of the cases, 26, 15 and 12 were late.', '26'), 'Of the cases, 26, 15 and 12 were late.');
  });
  it("judges a summary's share word against the one item that says what it says", () => {
    // 14/40 = 35%: not most
    assert.deepEqual(numbersDiagnostics(doc('14 (35%) improved on their first grade, 18 (45%) kept the same grade and 8 (20%) declined.')).map((d) => d.ruleId), ['conclusion/restated-figure']);
    // 24/40 = 60%: most
    const c = claims(doc('24 (60%) improved on their first grade, 10 (25%) kept the same grade and 6 (15%) declined.')).find((x) => x.kind === 'restatement');
    assert.equal(c?.verdict, 'ok');
  });
  it("trap: a change in the summary ('had fallen by 18%') is no restatement of a finding's level", () => {
    // (a criterion's finding: without the guard, '18%' was said to restate 1.1's 68% on 'first night')
    const text = `${FM}# Summary\n\nLeaders had improved safety: self-harm had fallen by 18%, first night arrangements were among the best we have seen.\n\n# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\nActivity in the phase leading up to sentence is timely, purposeful and effective.\n\n### Strengths\n\n- (a) In the six months to March, 214 men were released. Of these, 146 (68%) had sustainable accommodation on their first night, 41 (19%) went to temporary accommodation, and the remaining 27 (13%) were homeless.\n`;
    assert.deepEqual(numbersDiagnostics(text).map((d) => d.ruleId), []);
    // a change restated as a change is still judged: 'fell by 18%' against 'fell by 12%'
    const changed = `${FM}# Summary\n\nSelf-harm among men in the prison had fallen by 18% since the last inspection.\n\n# 1. Assessment and sentence planning\n\n## 1.1 Preparing for sentence\n\nActivity in the phase leading up to sentence is timely, purposeful and effective.\n\n### Strengths\n\n- (a) Self-harm among men in the prison had fallen by 12% since the last inspection.\n`;
    assert.ok(claims(changed).some((c) => c.kind === 'restatement'), 'a change against a change is matched');
  });
});

describe("'Of these, 91 said …': a verb of saying or a modal after the count names no noun of it (scan.ts nounAfter), so 'these' finds its group; a sibling count 'and 60 from managers' is a group too (extract/reading.ts GAPPED_AFTER)", () => {
  it("reads the count of 'these' before a verb of saying", () => {
    // 91/143 = 63.6%
    const c = claimsOf('We received 143 responses from staff. Of these, 91 said they felt supported by their line manager.').find((x) => x.kind === 'count-of');
    assert.equal(c?.verdict, 'ok');
    assert.ok(c!.operands.some((o) => o.role === 'n' && o.value === 143));
    // and before a modal
    assert.equal(claimsOf('We received 143 responses from staff. Of these, 91 could name their line manager.').find((x) => x.kind === 'count-of')?.verdict, 'ok');
  });
  it('reports a part larger than its only group', () => {
    // 151 > 143
    assert.deepEqual(rulesOf('We received 143 responses from staff. Of these, 151 said they felt supported by their line manager.'), ['numbers/impossible']);
  });
  it("traps: 'these' after two groups, one with its noun left out ('40 responses from staff and 60 from managers'), may be both together", () => {
    // 70 > 40 but <= 40 + 60
    assert.deepEqual(rulesOf('We received 40 responses from staff and 60 from managers. Of these, 70 said they felt supported.'), []);
    assert.deepEqual(rulesOf('We received 40 responses from staff and 60 from managers. Of these, 70 were positive.'), []);
  });
});

describe("'In detail, …': a sentence that opens by giving the detail of the one before restates its share (restate-local.ts GIVES_DETAIL, matched as a labelled summary's finding)", () => {
  const ofPair = (detail: string) => claimsOf(`About a third of the homes we inspected were rated good. In detail, ${detail}`).filter((c) => c.kind === 'restatement');
  it('judges the share against the one finding of the detail sentence that says what it says', () => {
    // 20/40 = 50%: not about a third
    assert.deepEqual(rulesOf('About a third of the homes we inspected were rated good. In detail, 20 of the 40 homes were rated good.'), ['conclusion/restated-figure']);
    // 13/40 = 32.5%: about a third
    assert.deepEqual(ofPair('13 of the 40 homes were rated good.').map((c) => c.verdict), ['ok']);
    // a share word opening the sentence before: 'Most' against 17/40 = 42.5%
    assert.deepEqual(rulesOf('Most of the homes we inspected were rated good. In detail, 17 of the 40 homes were rated good.'), ['conclusion/restated-figure']);
  });
  it('traps: two findings in the detail, a detail that says more, and a sentence before with a count of its own', () => {
    // 45% and 15%: neither is about a third, and which one the share restates is not known
    assert.deepEqual(ofPair('18 of the 40 homes (45%) were rated good and 6 of the 40 (15%) outstanding.').filter((c) => c.verdict !== 'ok').length, 0);
    assert.deepEqual(rulesOf('About a third of the homes we inspected were rated good. In detail, 18 of the 40 homes (45%) were rated good and 6 of the 40 (15%) outstanding.'), []);
    // 'rated good for leadership' says more than the share's sentence: only a consistent reading could stand
    assert.deepEqual(rulesOf('About a third of the homes we inspected were rated good. In detail, 20 of the 40 homes were rated good for leadership and management by the inspectors.'), []);
    // 'Of the 40 homes' counted in the sentence before: its share is read there, not restated
    assert.deepEqual(rulesOf('About a third of the 40 homes we inspected (13) were rated good. In detail, 20 of the 40 homes were rated good for leadership.'), []);
  });
});

describe("a summary's share word opening a clause after ', although' or ', though' (restate.ts QUANT_CLAUSE_OPENING), as after ', but'", () => {
  const FM0 = '---\ntitle: Example\n---\n\n';
  const doc = (b: string) => `${FM0}# Summary\n\nFew people had been involved in reviewing their care plan, although most relatives felt well informed about their care.\n\n# Evidence\n\n- (a) Of the 32 people whose care plans we read, 5 had signed a review of their plan.\n- (b) ${b}\n`;
  it('judges it against the finding of its words', () => {
    // 7/18 = 38.9%: not most
    assert.deepEqual(numbersDiagnostics(doc('Of the 18 relatives we spoke with, 7 said they felt well informed about their care.')).map((d) => d.ruleId), ['conclusion/restated-figure']);
    // 14/18 = 77.8%: most
    const c = claims(doc('Of the 18 relatives we spoke with, 14 said they felt well informed about their care.')).filter((x) => x.kind === 'restatement');
    assert.deepEqual(c.map((x) => x.verdict), ['ok', 'ok']);
  });
  it('trap: a finding of other words is not its source', () => {
    // 7/18 says the food was good: nothing of being informed
    assert.deepEqual(numbersDiagnostics(doc('Of the 18 relatives we spoke with, 7 said the food was good.')).map((d) => d.ruleId), []);
  });
});
