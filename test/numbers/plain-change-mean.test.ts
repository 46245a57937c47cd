/**
 * The plain, change, quantifier-distant and mean readings of issue 9 (the
 * helper's batch): sentences written for these tests, arithmetic by hand.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const changes = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'change').map((c) => c.verdict);

describe('numbers: changes (plain-change-mean)', () => {
  it("'there were N …; … there were M, a fall of P%': parallel clauses mark the old figure", () => {
    // (150 − 400) / 400 = −62.5%.
    assert.deepEqual(changes('In 2015 there were 400 homes on the register; by the end of 2022 there were 150, a fall of 62.5%.'), ['ok']);
    assert.deepEqual(rulesOf('In 2015 there were 400 homes on the register; by the end of 2022 there were 150, a fall of 58%.'), ['numbers/change-mismatch']);
  });
  it('trap: the old figure opens no parallel clause: only listed', () => {
    assert.deepEqual(rulesOf('We read 400 files in 2015 and by the end of 2022 there were 150, a fall of 58%.'), []);
  });
  it("'a fall of nearly a quarter (P%) since <year>, when M …': the percentage after its fraction, the old figure after 'when'", () => {
    // (1,560 − 2,000) / 2,000 = −22%.
    assert.deepEqual(changes('Only 1,560 appeals were lodged in 2023, a fall of nearly a quarter (22 per cent) since 2018, when 2,000 appeals were lodged.'), ['ok']);
    assert.ok(rulesOf('Only 1,560 appeals were lodged in 2023, a fall of nearly a quarter (27 per cent) since 2018, when 2,000 appeals were lodged.').includes('numbers/change-mismatch'));
  });
  it("trap: the figure after 'since <year>, when' names another group: only listed", () => {
    assert.deepEqual(rulesOf('The service received 300 referrals in 2023, a rise of 12% since 2020, when 40 staff were in post.'), []);
  });
  it("'P% (d) more than in <period> (M) and Q% (e) more than in <period> (L)': two changes against one new figure", () => {
    // 5,500 − 5,000 = 500, 10%; 5,500 − 4,400 = 1,100, 25%.
    const ok = 'By March 5,500 people were waiting, 10% (500) more than in December (5,000) and 25% (1,100) more than a year before (4,400).';
    assert.deepEqual(changes(ok), ['ok', 'ok']);
    const bad = 'By March 5,500 people were waiting, 12% (500) more than in December (5,000) and 25% (1,100) more than a year before (4,400).';
    assert.deepEqual(changes(bad), ['inconsistent', 'ok']);
    assert.deepEqual(rulesOf(bad), ['numbers/change-mismatch']);
  });
  it("a hedged new figure is a bound: 'to more than N' fits, one that cannot fit is only listed", () => {
    // (310 − 400)/400 = −22.5%: 'more than 310' allows any fall under 22.5%.
    assert.deepEqual(changes('Referrals fell by 20 per cent, to more than 310 from 400 the year before.'), ['ok']);
    assert.deepEqual(changes('Referrals fell by 30 per cent, to more than 310 from 400 the year before.'), ['unchecked']);
    assert.deepEqual(rulesOf('Referrals fell by 30 per cent, to more than 310 from 400 the year before.'), []);
  });
  it("'to about N': the figure rounded to its last non-zero place", () => {
    // (12,400 − 2,000) / 2,000 = 520%; 12,350..12,450 gives 517.5%..522.5%.
    assert.deepEqual(changes('Calls rose by 520 per cent, from 2,000 in 2010 to about 12,400 in 2020.'), ['ok']);
    assert.deepEqual(rulesOf('Calls rose by 620 per cent, from 2,000 in 2010 to about 12,400 in 2020.'), []);
  });
  it('a reported change over a round figure may rest on its rounding: only listed; a measured one is still judged', () => {
    // (712 − 3,000) / 3,000 = −76.3%; 3,000 read as 2,500..3,500 gives 71.5%..79.7%.
    assert.deepEqual(rulesOf('The backlog is thought to have fallen by 75 per cent, from 3,000 in May to 712.'), []);
    assert.deepEqual(rulesOf('The backlog fell by 75 per cent, from 3,000 in May to 712.'), ['numbers/change-mismatch']);
  });
});

const means = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'mean').map((c) => c.verdict);

describe('numbers: a mean with its figures (plain-change-mean)', () => {
  it("'a, b and c, an average of M': the list before the cue", () => {
    // (27 + 35 + 44) / 3 = 106/3 = 35.33 → 35.
    assert.deepEqual(means('The three hostels logged 27, 35 and 44 incidents, an average of 35 each.'), ['ok']);
    assert.deepEqual(rulesOf('The three hostels logged 27, 35 and 44 incidents, an average of 53 each.'), ['numbers/mean-mismatch']);
  });
  it("'an average of M across the N … (a, b, c)': the list in brackets after the mean, to the stated precision", () => {
    // (12 + 17 + 14 + 20) / 4 = 63/4 = 15.75 → 15.8.
    assert.deepEqual(means('Caseloads came to an average of 15.8 across the four teams (12, 17, 14 and 20).'), ['ok']);
    assert.deepEqual(rulesOf('Caseloads came to an average of 15.2 across the four teams (12, 17, 14 and 20).'), ['numbers/mean-mismatch']);
  });
  it('a round mean may be rounded to its last non-zero place', () => {
    // (690 + 910 + 780) / 3 = 793.3; '800' rounded to the hundred fits.
    assert.deepEqual(means('The units recorded 690, 910 and 780 referrals, an average of 800.'), ['ok']);
  });
  it('traps: a mean of shares, a rate, another number of items, a hedged mean: not judged', () => {
    assert.deepEqual(means('The offices met the standard in 50%, 64% and 90% of cases, an average of 80%.'), ['unchecked']);
    assert.deepEqual(rulesOf('The offices met the standard in 50%, 64% and 90% of cases, an average of 80%.'), []);
    assert.deepEqual(means('Staff made 14, 11 and 9 home visits, an average of 20 a week.'), ['unchecked']);
    assert.deepEqual(rulesOf('The five hostels logged 27, 35 and 44 incidents, an average of 53 each.'), []);
    assert.deepEqual(rulesOf('The hostels logged 27, 35 and 44 incidents, an average of about 45.'), []);
  });
  it("trap: a mean of a wider group ('across the service', 'nationally') is not judged", () => {
    assert.deepEqual(means('The three teams had caseloads of 31, 38 and 36, an average of 33 across the service.'), ['unchecked']);
    assert.deepEqual(rulesOf('The three teams had caseloads of 31, 38 and 36, an average of 33 nationally.'), []);
    assert.deepEqual(rulesOf('The three teams had caseloads of 31, 38 and 36, an average of 33 cases each.'), ['numbers/mean-mismatch']);
  });
  it('trap: figures that are not a list joined to the cue are not averaged', () => {
    assert.deepEqual(means('We read 30 cases in 2022 and 40 in 2023; an average of 12 weeks had passed.'), []);
  });
});

const kinds = (finding: string, kind: string) => claimsOf(finding).filter((c) => c.kind === kind).map((c) => c.verdict);

describe('numbers: quantifiers a clause away (plain-change-mean)', () => {
  it("'most of the N … held at the two sites (k)': a definite count inside the group's words", () => {
    // 31/48 = 64.6%: most. 19/48 = 39.6%: not most.
    assert.deepEqual(kinds('Inspectors found most of the 48 girls placed in the two units last winter (31) without a plan.', 'quantifier'), ['ok']);
    assert.deepEqual(rulesOf('Inspectors found most of the 48 girls placed in the two units last winter (19) without a plan.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: a bracketed count no larger than the inner count may be its own: not read', () => {
    assert.deepEqual(kinds('Inspectors found most of the 48 girls placed in the two units last winter (2) without a plan.', 'quantifier'), []);
  });
  it("'almost all of the X: k of the n (P%)': the pair after a colon restates the word share", () => {
    // 55/60 = 91.7%: almost all. 40/60 = 66.7%: not.
    assert.deepEqual(kinds('Plans were reviewed for almost all of the children: 55 of the 60 (92%).', 'quantifier'), ['ok']);
    assert.ok(rulesOf('Plans were reviewed for almost all of the children: 40 of the 60 (67%).').includes('numbers/quantifier-mismatch'));
    assert.deepEqual(kinds('Fewer than half of the homes were good: 18 of the 40 on the register.', 'fraction'), ['ok']);
  });
  it("traps: 'most' may be a plurality; a pair that starts a clause of its own, or two pairs, are not a restatement", () => {
    assert.deepEqual(rulesOf('A plan was in place for most of the children: 14 of the 30 on the register.'), []);
    assert.deepEqual(kinds('Most staff were positive: 12 of the 20 managers said so.', 'quantifier'), []);
    assert.deepEqual(kinds('Most of the staff were positive: 12 of the 20 managers and 15 of the 20 officers.', 'quantifier'), []);
  });
  it("'the majority of the N … were upheld (P% of …)': the bracket closing the clause, judged only when it fits", () => {
    assert.deepEqual(kinds('The majority of the 420 appeals heard in 2021/22 were allowed (61% of decided appeals), and the rest were withdrawn.', 'quantifier'), ['ok']);
    assert.deepEqual(rulesOf('The majority of the 420 appeals heard in 2021/22 were allowed (41% of decided appeals), and the rest were withdrawn.'), []);
  });
  it("'in the majority of cases: P% waited …': the figure opening a clause after the colon, judged only when it fits", () => {
    assert.deepEqual(kinds('Waits were short in the majority of cases: 70 per cent waited less than a week and 90 per cent less than a month.', 'quantifier'), ['ok']);
    assert.deepEqual(rulesOf('Waits were short in the majority of cases: 30 per cent waited less than a week and 90 per cent less than a month.'), []);
  });
});

describe('numbers: a gapped sibling ties its earlier sibling to the total (plain-change-mean)', () => {
  const shares = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'count-percent').map((c) => `${c.verdict}:${c.operands.find((o) => o.role === 'n')?.raw ?? '-'}`);
  it("'N visits …, k1 (P1%) were rated good and k2 (P2%) outstanding': both are shares of N", () => {
    // 30/120 = 25%, 12/120 = 10%.
    assert.deepEqual(shares('We carried out 120 visits, and 30 services (25%) were rated good and 12 (10%) outstanding.'), ['ok:120', 'ok:120']);
    assert.deepEqual(shares('We carried out 120 visits, and 30 services (20%) were rated good and 12 (10%) outstanding.'), ['inconsistent:120', 'ok:120']);
    assert.deepEqual(rulesOf('We carried out 120 visits, and 30 services (20%) were rated good and 12 (10%) outstanding.'), ['numbers/percentage-mismatch']);
  });
  it('traps: a later sibling with a verb or a place of its own is not gapped: the earlier one keeps no total', () => {
    assert.deepEqual(shares('We carried out 120 visits, and 30 services (20%) were rated good and 12 (10%) in the north.'), ['ok:-', 'ok:120']);
    assert.deepEqual(shares('We carried out 120 visits, and 30 services (20%) were rated good and 12 (10%) closed.'), ['ok:-', 'ok:120']);
  });
});

describe('numbers: counts as parts with no share (plain-change-mean)', () => {
  const parts = (finding: string) =>
    claimsOf(finding)
      .filter((c) => c.kind === 'count-of')
      .map((c) => `${c.verdict}:${c.operands.find((o) => o.role === 'k')?.raw}/${c.operands.find((o) => o.role === 'n')?.raw}`);
  it("', including k': a part of the group just named, past its bracketed share", () => {
    assert.ok(parts('Of the 90 homes visited, 30 (33%) needed a second visit, including 8 (9%) that were closed.').includes('ok:8/30'));
    assert.ok(parts('We reviewed 45 cases, including 12 where a child lived at home.').includes('ok:12/45'));
  });
  it("trap: ', including k' larger than the group may name another group: listed, not reported", () => {
    assert.deepEqual(rulesOf('We visited 12 schools, including 40 pupils in the sixth form.'), []);
  });
  it("'k more …, bringing the number … to n': the additions are in the new total", () => {
    assert.ok(parts('Three more homes had closed by June, bringing the number of closures in 2024 to eleven.').includes('ok:Three/eleven'));
    assert.deepEqual(rulesOf('Three more homes had closed by June, bringing the number of closures in 2024 to two.'), []);
  });
  it("'N X: a …, b … and c …': counts after a colon break the whole down, read only when their sum fits", () => {
    assert.deepEqual(parts('Inspectors visited 300 settings: 180 in towns, 90 in villages and 25 on farms.'), ['ok:180/300', 'ok:90/300', 'ok:25/300']);
    // 180 + 150 + 25 > 300: the groups may overlap, so nothing is read.
    assert.deepEqual(parts('Inspectors visited 300 settings: 180 in towns, 150 with a nursery and 25 on farms.'), []);
  });
  it("'… numbered N, and k were <verb>': the total as a predicate, judged only when it fits", () => {
    assert.ok(parts('The case files for the year numbered 1,250, and 96 were sampled.').includes('ok:96/1,250'));
    assert.deepEqual(parts('The case files for the year numbered 90, and 96 were sampled.'), []);
  });
});

describe('numbers: restatements after a colon, later subjects (plain-change-mean)', () => {
  it("'Fewer than half of the X, P%, had …: k of the n …': the pair restates the percentage", () => {
    // 33/80 = 41.25% → 41%.
    assert.deepEqual(kinds('Fewer than half of the tenants, 41%, had a current plan: 33 of the 80 on the list.', 'percent-of'), ['ok']);
    assert.ok(rulesOf('Fewer than half of the tenants, 44%, had a current plan: 33 of the 80 on the list.').includes('numbers/percentage-mismatch'));
  });
  it('trap: two pairs after the colon break the share down: not a restatement', () => {
    assert.deepEqual(kinds('Fewer than half of the tenants, 44%, had a current plan: 33 of the 80 in flats and 9 of the 20 in houses.', 'percent-of'), []);
  });
  it("'Almost a fifth …: P% this year, against …': a time phrase after the colon's figure", () => {
    assert.deepEqual(kinds('Almost a fifth of appeals still succeeded: 18 per cent this year, against 16 per cent in 2019.', 'fraction'), ['ok']);
    assert.ok(rulesOf('Almost a fifth of appeals still succeeded: 28 per cent this year, against 16 per cent in 2019.').includes('numbers/fraction-mismatch'));
  });
  it("'promised N places, but so far only k have been added': the later subject, judged only when it fits", () => {
    const parts = (f: string) => claimsOf(f).filter((c) => c.kind === 'count-of').map((c) => c.verdict);
    assert.deepEqual(parts('The council promised 400 new homes by 2030, but so far only 35 have been built.'), ['ok']);
    assert.deepEqual(parts('The council promised 40 new homes by 2030, but so far only 55 have been built.'), []);
  });
});

describe("numbers: 'the proportion … fell from P1 to P2' after a word share (plain-change-mean)", () => {
  it('the new figure is the share now, judged only when it fits', () => {
    const withShare = (f: string) => claimsOf(f).filter((c) => c.kind === 'ratio' && c.operands.some((o) => o.role === 'p')).map((c) => c.verdict);
    assert.deepEqual(withShare('Most hostels did well, with around 3 in 4 rated good, although the proportion fell from 78% to 74% this year.'), ['ok']);
    assert.deepEqual(withShare('Most hostels did well, with around 3 in 4 rated good, although the proportion fell from 58% to 54% this year.'), ['unchecked']);
    assert.deepEqual(rulesOf('Most hostels did well, with around 3 in 4 rated good, although the proportion fell from 58% to 54% this year.'), []);
  });
});

describe("numbers: outcomes 'after which' (plain-change-mean)", () => {
  const parts = (f: string) => claimsOf(f).filter((c) => c.kind === 'count-of').map((c) => `${c.verdict}:${c.operands.find((o) => o.role === 'k')?.raw}/${c.operands.find((o) => o.role === 'n')?.raw}`);
  it("'N visits …, after which k X were rated … and j …': each outcome is at most N", () => {
    assert.deepEqual(parts('We made 64 monitoring visits in the spring, after which 9 nurseries were judged weak and three inadequate.'), ['ok:9/64', 'ok:three/64']);
  });
  it('trap: outcomes that add up to more than the events are not read', () => {
    assert.deepEqual(parts('We made 10 monitoring visits in the spring, after which 9 nurseries were judged weak and three inadequate.'), []);
  });
});

describe("numbers: 'the N it <verb>ed' (plain-change-mean)", () => {
  const parts = (f: string) => claimsOf(f).filter((c) => c.kind === 'count-of').map((c) => `${c.verdict}:${c.operands.find((o) => o.role === 'k')?.raw}/${c.operands.find((o) => o.role === 'n')?.raw}`);
  it('the ones the subject dealt with are a part of the group it counted before, judged only when they fit', () => {
    assert.deepEqual(parts('The service logged 2,400 referrals in the year, and closed 60% of the 900 it assessed.'), ['ok:900/2,400']);
    assert.deepEqual(parts('The service logged 400 referrals in the year, and closed 60% of the 900 it assessed.'), []);
  });
});
