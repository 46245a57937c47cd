/**
 * Forms of a count and its share in one sentence (families plain, apposition, clause-between, hedge, ratio),
 * read in the second session of 2026-12-07 (tuner q3); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'all but c of them (P%)': the rest's share of the group 'them' names (extract/all-but.ts)", () => {
  it('judges the bracket on the rest of the one group counted before', () => {
    // 40 − 3 = 37; 37 / 40 = 92.5% → 93%, not 97%
    assert.deepEqual(rulesOf('We reviewed 40 care plans; all but three of them (97%) had been signed by the resident.'), ['numbers/percentage-mismatch']);
    // 37 / 40 = 92.5% → 93%
    assert.deepEqual(rulesOf('We reviewed 40 care plans; all but three of them (93%) had been signed by the resident.'), []);
    const c = claimsOf('We reviewed 40 care plans; all but three of these (93%) had been signed by the resident.').find((x) => x.kind === 'all-but');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: with two groups counted before, a bracket that fits neither is not judged', () => {
    // 'them' may be the 40 plans or the 12 files: 37/40 = 93%, 9/12 = 75%; 80% fits neither, left open
    assert.deepEqual(rulesOf('We reviewed 40 care plans and 12 staff files; all but three of them (80%) had been signed.'), []);
  });
});

describe("'– k of the n <words>, or P% –': a pair and its share closing the dash aside (relations/apposed-share.ts)", () => {
  it('judges the share after ", or" closed by the dash', () => {
    // 41 / 96 = 42.7% → 43%, not 48%
    assert.deepEqual(rulesOf('The largest group – 41 of the 96 people on the caseload, or 48% – were serving community orders.'), ['numbers/percentage-mismatch']);
    // 41 / 96 = 42.7% → 43%
    assert.deepEqual(rulesOf('The largest group – 41 of the 96 people on the caseload, or 43% – were serving community orders.'), []);
    const c = claimsOf('Most referrals – 58 of the 80 made in the year, or 73% – came from schools.').find((x) => x.kind === 'percent-of');
    // 58 / 80 = 72.5% → 73%
    assert.equal(c?.verdict, 'ok');
  });
  it("reads a whole named by its owner: 'of the service's n', 'of its n'", () => {
    // 768 / 1,132 = 67.8% → 68%, not 72%
    assert.deepEqual(rulesOf("On-call firefighters – 768 of the service's 1,132, or 72% – crew most of its stations."), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf("On-call firefighters – 768 of the service's 1,132, or 68% – crew most of its stations."), []);
    // 12 / 40 = 30%
    assert.deepEqual(rulesOf('The council closed 12 of its 40 homes, or 35%, during the year.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The council closed 12 of its 40 homes, or 30%, during the year.'), []);
  });
  it('trap: a share in a later clause of its own is not the pair\'s', () => {
    // the 55% is of another group, after 'and'
    assert.deepEqual(rulesOf('The largest group – 41 of the 96 people on the caseload – were on licence, and 55% had a plan.'), []);
  });
});

describe("a word share and its count pair in apposition either way: 'Nearly half of the teachers who responded, 47 of 98, said' (relations/share-beside.ts pairAfter, pairBefore)", () => {
  it('judges a fraction with the pair set after it between commas or dashes', () => {
    // 47 / 98 = 48.0%: under half
    assert.deepEqual(rulesOf('Just over half of the teachers who responded to the survey, 47 of 98, said that their workload is manageable.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Nearly half of the teachers who responded to the survey, 47 of 98, said that their workload is manageable.'), []);
    // 24 / 41 = 58.5%, not about a third; 14 / 41 = 34.1%
    assert.deepEqual(rulesOf('About a third of the homes – 24 of the 41 we visited – were rated good.'), ['numbers/fraction-mismatch']);
    const c = claimsOf('About a third of the homes – 14 of the 41 we visited – were rated good.').find((x) => x.kind === 'fraction');
    assert.equal(c?.verdict, 'ok');
  });
  it('judges a pair whose group holds a relative clause, with the fraction set after it', () => {
    // 47 / 98 = 48.0%: not just over half
    assert.deepEqual(rulesOf('Forty-seven of the 98 teachers who responded to the survey, just over half, said that their workload is manageable.'), ['numbers/fraction-mismatch']);
    assert.deepEqual(rulesOf('Forty-seven of the 98 teachers who responded to the survey, just under half, said that their workload is manageable.'), []);
  });
  it('traps: a fraction that frames the clause, or a pair of another kind of thing, is not restated', () => {
    // 'In half of the schools' is a frame; 12 of 20 governors is of governors
    assert.deepEqual(rulesOf('In half of the schools, 12 of the 20 governors, all volunteers, were new.'), []);
    // wards and beds are two kinds of thing
    assert.deepEqual(rulesOf('Half of the wards, 12 of the 40 beds, were closed for repairs.'), []);
  });
});

describe("a quantifier of a counted group with its count in apposition: 'The large majority of the 150 cases we examined – 138, or 92% –' (relations/apposed-share.ts countApposedAt)", () => {
  it('judges the quantifier on the count, and the share after ", or" on the pair', () => {
    // 138 / 150 = 92%, not 95%
    assert.deepEqual(rulesOf('The large majority of the 150 rape cases we examined – 138, or 95% – had been charged correctly.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The large majority of the 150 rape cases we examined – 138, or 92% – had been charged correctly.'), []);
    // 38 / 150 = 25%: no majority
    assert.deepEqual(rulesOf('The large majority of the 150 rape cases we examined – 38 – had been charged correctly.'), ['numbers/quantifier-mismatch']);
    // 31 / 40 = 77.5% → 78%
    const c = claimsOf('The majority of the 40 homes, 31, or 78%, were rated good.').filter((x) => x.kind === 'quantifier' || x.kind === 'percent-of');
    assert.deepEqual(c.map((x) => x.verdict), ['ok', 'ok']);
  });
  it('reads a describing word on its side of half only', () => {
    // 'a significant minority' is under half: 105 / 150 = 70%
    assert.deepEqual(rulesOf('A significant minority of the 150 cases – 105 – had been charged correctly.'), ['numbers/quantifier-mismatch']);
    // 'a sizeable minority': 45 / 150 = 30%
    assert.deepEqual(rulesOf('A sizeable minority of the 150 cases – 45 – had been charged late.'), []);
  });
  it('traps: a count with words of its own, or a bare count between commas, is no apposition', () => {
    // '12 in the north' is a part of the homes, not the majority
    assert.deepEqual(rulesOf('Most of the 40 homes – 12 in the north – were rated good.'), []);
    // ', 12, ' may open a list
    assert.deepEqual(rulesOf('The majority of the 40 homes, 12, 9 and 5 of them in the north, were rated good.'), []);
  });
});

describe("'received k questionnaires from n children …, a response rate of P%' (relations/response-rate.ts returnsFrom)", () => {
  it('judges the rate on the returns from those asked', () => {
    // 613 / 789 = 77.7% → 78%, not 72%
    assert.deepEqual(rulesOf('We received 613 completed questionnaires from 789 children who could have taken part, a response rate of 72%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We received 613 completed questionnaires from 789 children who could have taken part, a response rate of 78%.'), []);
    // 120 / 300 = 40%
    const c = claimsOf('Inspectors received 120 responses from the 300 parents asked, a response rate of 40%.').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('traps: more returns than senders, or no rate, are not read as a part of a whole', () => {
    // several responses from each school: 450 > 30
    assert.deepEqual(rulesOf('We received 450 responses from 30 schools, a response rate of 60%.'), []);
    // no response rate: the 45% is of something else
    assert.deepEqual(rulesOf('We received 120 responses from 300 parents; 45% of the parents had a child with additional needs.'), []);
  });
});

describe("a pair whose aside names what its count leaves out, '19 of the 27 nurses, excluding the nurse in charge, were … (70%)' (relations/clause-between.ts ASIDE_GAP)", () => {
  it('judges the bracket on the pair across the aside', () => {
    // 19 / 27 = 70.4% → 70%, not 76%
    assert.deepEqual(rulesOf('On the three wards, 19 of the 27 registered nurses on shift, not counting the nurse in charge, were permanent staff (76%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('On the three wards, 19 of the 27 registered nurses on shift, excluding the nurse in charge, were permanent staff (70%).'), []);
    // 33 / 40 = 82.5% → 83%
    const c = claimsOf('Of the sample, 33 of the 40 case files, apart from those transferred in, held a plan (83%).').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: an aside with a figure of its own may change the whole', () => {
    // 19 / (27 − 3) = 79%: the aside's count leaves the base open
    assert.deepEqual(rulesOf('19 of the 27 registered nurses, excluding the three in charge, were permanent staff (79%).'), []);
  });
});

describe("'Of the n <words>, the force had recorded k – an accuracy rate of P%': a frame's part as the object of a verb of its own subject (relations/apposed-share.ts pairsOf)", () => {
  it('judges the share closing the clause on the frame and its part', () => {
    // 141 / 163 = 86.50% → 86.5%, not 87.5%
    assert.deepEqual(rulesOf('Of the 163 crimes that should have been recorded, which we drew from incident logs, the force had recorded 141 – an accuracy rate of 87.5%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 163 crimes that should have been recorded, the force had recorded 141 – an accuracy rate of 86.5%.'), []);
    // 20 / 80 = 25%
    const c = claimsOf('Of the 80 complaints about the home, the council upheld 20, or 25%.').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a verb of another kind (receiving more) makes no part of the frame', () => {
    // '20 more' received is no part of the 80
    assert.deepEqual(rulesOf('Of the 80 complaints about the home, the council received 20 by email, or 40%.'), []);
  });
});

describe("a word share restated after a colon by a pair with its share, '…: 1,658 of 2,315, or 72%' (relations/share-beside.ts COLON_PAIR_TAIL)", () => {
  it('judges the word share on the pair', () => {
    // 1,158 / 2,315 = 50.0%: not nearly three quarters
    assert.deepEqual(rulesOf('Nearly three quarters of the learners completed their apprenticeship: 1,158 of 2,315, or 50%.'), ['numbers/fraction-mismatch']);
    // 1,658 / 2,315 = 71.6% → 72%
    assert.deepEqual(rulesOf('Nearly three quarters of the learners completed their apprenticeship: 1,658 of 2,315, or 72%.'), []);
    const c = claimsOf('Nearly three quarters of the learners completed their apprenticeship: 1,658 of 2,315, or 72%.').find((x) => x.kind === 'fraction');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a pair followed by another figure is not read as the restatement', () => {
    // the clause goes on to other learners
    assert.deepEqual(rulesOf('Nearly three quarters of the learners completed their apprenticeship: 1,158 of 2,315, or 50%, and 300 more are still in learning.'), []);
  });
});

describe("'almost exactly a third' is a hedge at the figure itself, either side (words.ts HEDGES)", () => {
  it('judges the fraction on the pair it is set beside', () => {
    // 151 / 454 = 33.3%
    assert.deepEqual(rulesOf('Of the 454 men held, 151 – almost exactly a third – had been identified as adults at risk.'), []);
    const c = claimsOf('Of the 454 men held, 151 – almost exactly a third – had been identified as adults at risk.').find((x) => x.kind === 'fraction');
    assert.equal(c?.verdict, 'ok');
    // 201 / 454 = 44.3%
    assert.deepEqual(rulesOf('Of the 454 men held, 201 – almost exactly a third – had been identified as adults at risk.'), ['numbers/fraction-mismatch']);
  });
  it('trap: a count given almost exactly is no share', () => {
    assert.deepEqual(rulesOf('Almost exactly 100 people replied to the survey, and 40% of them were parents.'), []);
  });
});

describe("a frame's part with its word share after a dash, 'Out of 120 prisoners …, 46 had been waiting … – almost two in five' (relations/share-beside.ts frameClosing)", () => {
  it('confirms the share when it fits', () => {
    // 46 / 120 = 38.3%: almost two in five
    const c = claimsOf('Out of 120 prisoners on the waiting list, 46 had been waiting for longer than three months – almost two in five.').find((x) => x.kind === 'ratio' && x.operands.some((o) => o.value === 46));
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a share that does not fit may be of another group the clause implies, and is left open', () => {
    // 58 / 120 = 48.3%
    assert.deepEqual(rulesOf('Out of 120 prisoners on the waiting list, 58 had been waiting for longer than three months – almost two in five.'), []);
  });
});

describe("a frame's part with its fraction 'of the total' closing the sentence, 'Of the 40 reports, 16 concerned … — two fifths of the total' (relations/share-beside.ts frameClosing)", () => {
  it('judges the fraction, hedged or not, on the frame and its part', () => {
    // 18 / 40 = 45%, not two fifths
    assert.deepEqual(rulesOf("Of the 40 reports we published, 18 concerned education and children's services — two fifths of the total."), ['numbers/fraction-mismatch']);
    // 16 / 40 = 40%
    assert.deepEqual(rulesOf("Of the 40 reports we published, 16 concerned education and children's services — two fifths of the total."), []);
    assert.deepEqual(rulesOf('Of the 90 homes inspected, 12 were rated inadequate, well over half of the total.'), ['numbers/fraction-mismatch']);
  });
  it('trap: without "of the total" an unhedged fraction after the part is not read', () => {
    // '– two fifths' alone may be of another group
    assert.deepEqual(rulesOf('Of the 40 reports we published, 18 concerned education — two fifths.'), []);
  });
});

describe("a frame's part, the rest of its clause, then its share between dashes: 'Of the 61 apprentices, 47 achieved – 77% –' (relations/apposed-share.ts dashAfterClause)", () => {
  it('judges the share on the frame and its part', () => {
    // 47 / 61 = 77.0%, not 72%
    assert.deepEqual(rulesOf('Of the 61 apprentices due to finish in 2023/24, 47 achieved – 72% – against a national rate of around 55%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 61 apprentices due to finish in 2023/24, 47 achieved - 77% - against a national rate of around 55%.'), []);
    const c = claimsOf('Of the 61 apprentices due to finish, 47 achieved – 77% – this year.').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('traps: a share of the part, or a share with words of its own, is not the frame\'s', () => {
    // '72% of them' is a share of the 47
    assert.deepEqual(rulesOf('Of the 61 apprentices due to finish, 47 achieved a pass – 72% of them with merit.'), []);
    // '72% nationally' is another figure
    assert.deepEqual(rulesOf('Of the 61 apprentices due to finish, 47 achieved – 72% nationally – this year.'), []);
  });
});

describe("a share of a group named in words, restated by a pair: 'Sixty-one per cent of the people we interviewed, that is 33 out of 54, said' (relations/apposed-share.ts readGroupShareThenPair)", () => {
  it('judges the share on the pair after ", that is" or between dashes', () => {
    // 33 / 54 = 61.1% → 61%
    assert.deepEqual(rulesOf('Sixty-one per cent of the people on probation we interviewed, that is 33 out of 54, said their practitioner had helped.'), []);
    // 36 / 54 = 66.7% → 67%, not 61%
    assert.deepEqual(rulesOf('Sixty-one per cent of the people on probation we interviewed – 36 of 54 – said their practitioner had helped.'), ['numbers/percentage-mismatch']);
    const c = claimsOf('Forty per cent of the homes we visited, or 12 of 30, had no manager.').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('traps: a pair of another kind of thing, or a change, is not the share restated', () => {
    // wards and beds
    assert.deepEqual(rulesOf('Sixty-one per cent of the wards, that is 36 of the 54 beds, were closed.'), []);
    assert.deepEqual(rulesOf('Referrals rose by 61% of the base, or 36 of 54, this year.'), []);
  });
});

describe("a part, its clause, then its whole after ', out of' and the share closing the sentence: 'Nine residents had lost weight …, out of the 35 whose records we reviewed (26%)' (relations/apposed-share.ts readLateOutOf)", () => {
  it('judges the share on the part and the late whole', () => {
    // 9 / 35 = 25.7% → 26%, not 29%
    assert.deepEqual(rulesOf('Nine residents had lost weight without a plan being put in place, out of the 35 whose nutrition records we reviewed (29%).'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Nine residents had lost weight without a plan being put in place, out of the 35 whose nutrition records we reviewed (26%).'), []);
    const c = claimsOf('Twelve homes were rated inadequate, out of the 40 we inspected (30%).').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: a whole of another kind of thing is not the part\'s', () => {
    // residents and staff
    assert.deepEqual(rulesOf('Nine residents had lost weight, out of the 35 staff on the rota (29%).'), []);
  });
});

describe('dashAfterClause reads the part\'s verb alone before the dashes', () => {
  it('trap: after an object the share between dashes is not tied to the count', () => {
    // 47 / 61 = 77%: left open, as candidate-pairs.test.ts asks
    assert.deepEqual(rulesOf('Of the 61 apprentices due to finish, 47 achieved their qualification – 72% – which was above the year before.'), []);
  });
});

describe("a dash aside between a frame's part and the rate that closes the clause: 'we upheld 14 – most of them about delays – which is an uphold rate of 86%' (relations/apposed-share.ts closingShare)", () => {
  it('judges the named rate on the frame and its part across the aside', () => {
    // 14 / 17 = 82.4% → 82%, not 86%
    assert.deepEqual(rulesOf('Of the 17 complaints that we investigated in detail, we upheld 14 -- most of them about delays in issuing plans -- which is an uphold rate of 86%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Of the 17 complaints that we investigated in detail, we upheld 14 – most of them about delays – which is an uphold rate of 82%.'), []);
  });
  it("trap: a bare ', or P%' after the aside may be the aside's, and is not judged on the pair", () => {
    assert.deepEqual(rulesOf('Of the 17 complaints, we upheld 14 – most of them about delays – or 70%.'), []);
  });
});

describe("a frame's part with its share and the estimate's confidence interval, '…, or 89.1 per cent (with a confidence interval of plus or minus 2.9 per cent)' (relations/apposed-share.ts closingShare estimate)", () => {
  it('confirms the share when the sample gives it', () => {
    // 312 / 350 = 89.14% → 89.1%
    const c = claimsOf('Of the 350 crimes we expected to be recorded, the force had recorded 312, or 89.1 per cent (with a confidence interval of plus or minus 2.9 per cent).').find((x) => x.kind === 'percent-of');
    assert.equal(c?.verdict, 'ok');
  });
  it('trap: an estimate may be weighted beyond the sample, so a share the sample does not give is left open', () => {
    assert.deepEqual(rulesOf('Of the 350 crimes we expected to be recorded, the force had recorded 312, or 91.4 per cent (with a confidence interval of plus or minus 2.9 per cent).'), []);
  });
});

describe("a survey's sample and those who 'completed the questionnaire', 'We sampled 212 men …, and 163 completed the questionnaire, a response rate of 77%' (relations/response-rate.ts)", () => {
  it('judges the response rate on the sample', () => {
    // 163 / 212 = 76.9% → 77%, not 72%
    assert.deepEqual(rulesOf('We sampled 212 men from a population of 694, and 163 completed the questionnaire, a response rate of 72%.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('We sampled 212 men from a population of 694, and 163 completed the questionnaire, a response rate of 77%.'), []);
  });
  it('trap: a sample with no survey is not what was sent', () => {
    // no questionnaire: 'sampled' is not a sending, and the 60% is another figure
    assert.deepEqual(rulesOf('We sampled 212 case files from a population of 694, and 163 were of a good standard, against a target of 60%.'), []);
  });
});

describe("a word share restated after a colon by 'k (P%) of the n': '… rated weak: 21 (15.6 per cent) of the 135 schools visited' (relations/share-beside.ts colon)", () => {
  it('judges the word share on the pair', () => {
    // 11 / 135 = 8.1%: not over one in ten
    assert.deepEqual(rulesOf('Well over one in 10 of the primaries inspected had been rated weak: 11 (8 per cent) of the 135 primary schools visited.'), ['numbers/fraction-mismatch']);
    // 21 / 135 = 15.6%
    const c = claimsOf('Well over one in 10 of the primaries inspected had been rated weak: 21 (15.6 per cent) of the 135 primary schools visited.').find((x) => x.kind === 'ratio' && x.operands.some((o) => o.value === 135));
    assert.equal(c?.verdict, 'ok');
  });
  it("trap: 'most' may name the largest of several groups, and is not reported", () => {
    assert.deepEqual(rulesOf('Most of the primaries inspected had been rated weak: 21 (15.6 per cent) of the 135 primary schools visited.'), []);
  });
});
