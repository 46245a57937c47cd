/**
 * Forms read by tuner t1 in the session of 2026-12-06 (sentences written for these tests): a quantifier word a
 * sentence away from its count, and its whole (the sample counted before, the group 'them' names).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("'Most of those we interviewed – 11 –' after the sample counted before (relations/quantifier-distant.ts samplePart)", () => {
  it('judges the quantifier on the count against the sample', () => {
    // 5 of 14 = 35.7%: not 'most'
    assert.deepEqual(rulesOf('We interviewed 14 residents during the visit. Most of those we interviewed – 5 – said the food was good.'), ['numbers/quantifier-mismatch']);
    // 10 of 14 = 71.4%: most
    assert.deepEqual(rulesOf('We interviewed 14 residents during the visit. Most of those we interviewed – 10 – said the food was good.'), []);
    const c = claimsOf('We interviewed 14 residents during the visit. Most of those we interviewed – 10 – said the food was good.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // two sentences back, by commas: 21 of 30 = 70%, not 'a minority'
    assert.deepEqual(rulesOf('Inspectors spoke to 30 parents. Eleven of them had more than one child at the school. A minority of all those we spoke to, 21, had read the new policy.'), ['numbers/quantifier-mismatch']);
    // 9 of 30 = 30%: a minority
    assert.deepEqual(rulesOf('Inspectors spoke to 30 parents. Eleven of them had more than one child at the school. A minority of all those we spoke to, 9, had read the new policy.'), []);
  });
  it('traps: two samples, a sample in a list, or another noun leave it unread', () => {
    // 'those we spoke to' may be the 12 staff or the 20 parents
    assert.deepEqual(rulesOf('We spoke to 12 staff. We also spoke to 20 parents. Most of those we spoke to, 8, were positive.'), []);
    assert.deepEqual(rulesOf('We spoke to 12 staff and 20 parents. Most of those we spoke to, 8, were positive.'), []);
    // the parents are not the 40 staff
    assert.deepEqual(rulesOf('We spoke to 40 staff on the wards. Most of the parents we spoke to, 6, were positive.'), []);
  });
});

describe("'The majority of them, which …, were achieved (ten).' (relations/quantifier-distant.ts, closing count after 'of them')", () => {
  it("judges the closing bracket against the one group counted before 'them'", () => {
    // 6 of 15 = 40%: not the majority
    assert.deepEqual(rulesOf('The review followed up all 15 recommendations of the last report. The majority of them, which the board had accepted in full, were now met (six).'), ['numbers/quantifier-mismatch']);
    // 11 of 15 = 73.3%
    assert.deepEqual(rulesOf('The review followed up all 15 recommendations of the last report. The majority of them, which the board had accepted in full, were now met (11).'), []);
  });
  it('trap: another plural noun before the share may be what them means', () => {
    assert.deepEqual(rulesOf('The review followed up all 15 recommendations of the last report. The managers were new, and the majority of them, which surprised us, were now trained (six).'), []);
  });
});

describe("a share word, then its count told in the next sentence: 'Most staff felt supported. We spoke with 23 staff, and 17 of them said they felt supported.' (relations/quantifier-distant.ts toldAfter)", () => {
  it('judges the share word in full when the part says its predicate again', () => {
    // 8 of 20 = 40%: not 'most'
    assert.deepEqual(rulesOf('Most parents told us they were kept well informed. We spoke with 20 parents during the visit, and 8 of them said they were kept well informed.'), ['numbers/quantifier-mismatch']);
    // 15 of 20 = 75%
    assert.deepEqual(rulesOf('Most parents told us they were kept well informed. We spoke with 20 parents during the visit, and 15 of them said they were kept well informed.'), []);
    // 'said so' says it again: 4 of 30 = 13.3%, not 'the majority'
    assert.deepEqual(rulesOf('The majority of tenants felt safe in their homes. We surveyed 30 tenants, and 4 of them said so.'), ['numbers/quantifier-mismatch']);
  });
  it('only confirms the share word on a part that tells it in other words', () => {
    // 13 of 18 = 72.2%: most, confirmed
    const c = claimsOf('Most of the records we read were up to date. We read 18 records, and 13 of them had been reviewed this month.').find((x) => x.kind === 'quantifier');
    assert.equal(c?.verdict, 'ok');
    // 5 of 18 = 27.8%: 'reviewed this month' may be another finding than 'up to date', so nothing is said
    assert.deepEqual(rulesOf('Most of the records we read were up to date. We read 18 records, and 5 of them had been reviewed this month.'), []);
    // in one sentence, after the group counted before: 150 of 160 = 93.8%, nearly all, confirmed
    const d = claimsOf('The service completed 160 reviews in the year. Nearly all were finished by the deadline, and we checked 150 of them.').find((x) => x.kind === 'quantifier');
    assert.equal(d?.verdict, 'ok');
  });
  it('traps: a denial, another finding of like words, or a pair of another group', () => {
    // the 6 are those who did not feel supported: 17 of 23 did
    assert.deepEqual(rulesOf('Most staff told us they felt well supported. We spoke with 23 members of staff, and 6 of them said they did not feel well supported.'), []);
    // fire safety is not safeguarding: 31 of 34 is no 'All'
    assert.deepEqual(rulesOf('All staff had completed safeguarding training, and 31 of the 34 had completed fire safety training.'), []);
    assert.deepEqual(rulesOf('All staff had completed safeguarding training. In the records, 31 of the 34 staff had completed fire safety training.'), []);
    // the 40 are visits, not parents
    assert.deepEqual(rulesOf('Most parents told us they were kept well informed. Inspectors made 40 visits, and 8 of the 40 visits were unannounced.'), []);
  });
});

describe("a band the passage defines: \"Estyn uses 'many' to mean 70% or more\" (defined-bands.ts, read by extract.ts and relations/index.ts)", () => {
  it('judges the share word by the band its scope defines', () => {
    // 15 of 24 = 62.5%: 'many' is 70% or more here
    assert.deepEqual(rulesOf("In many of the 24 visits we made (15), staff knew the residents well; the inspectorate uses 'many' to mean 70% or more."), ['numbers/quantifier-mismatch']);
    // 18 of 24 = 75%
    assert.deepEqual(rulesOf("In many of the 24 visits we made (18), staff knew the residents well; the inspectorate uses 'many' to mean 70% or more."), []);
    // 'most' narrowed to 75%-90%: 20 of 30 = 66.7% is more than half but not 'most' here
    assert.deepEqual(rulesOf("In this report, 'most' means 75% to 90%. In most of the 30 lessons observed (20), pupils worked well together."), ['numbers/quantifier-mismatch']);
    // a list of bands after a colon: 'a significant minority, 30% to 49%'; 5 of 40 = 12.5%
    assert.deepEqual(rulesOf('The terms used in this report mean: most, 75% to 90%; a significant minority, 30% to 49%; a minority, 10% to 29%. A significant minority of the 40 parents we surveyed (5) had concerns.'), ['numbers/quantifier-mismatch']);
  });
  it('traps: a bound is read as rounded, and without a definition the default band stands', () => {
    // 21 of 30 = 70% is 'many' at its bound
    assert.deepEqual(rulesOf("In many of the 30 visits we made (21), staff knew the residents well; the inspectorate uses 'many' to mean 70% or more."), []);
    // 20 of 30 = 66.7% is 'most' by the default band when nothing narrows it
    assert.deepEqual(rulesOf('In most of the 30 lessons observed (20), pupils worked well together.'), []);
    // a quoted word that is no share word defines nothing
    assert.deepEqual(rulesOf("The service uses 'rapid' to mean 90% or more within a day. In most of the 30 cases we read (20), the response was rapid."), []);
  });
});

describe("'Most of the lessons we observed across the 14 schools (82%)' (extract/quantifier.ts groupShare)", () => {
  it("judges the bracketed percentage after a longer description of the quantifier's group", () => {
    // 64% is not 'almost all'
    assert.deepEqual(rulesOf('Almost all of the visits we made to homes across the council areas (64%) were unannounced.'), ['numbers/quantifier-mismatch']);
    assert.deepEqual(rulesOf('Almost all of the visits we made to homes across the council areas (91%) were unannounced.'), []);
  });
  it('trap: a finite verb or a comparison among the words makes the bracket another clause\'s', () => {
    assert.deepEqual(rulesOf('Most of the visits that were made to homes in the area last year (40%) were unannounced.'), []);
    assert.deepEqual(rulesOf('Almost all of the pupils in the school and their parents in the survey (64%) were positive.'), []);
  });
});

describe("the share word in apposition after a frame, 'Of the 56 homes we inspected, 44 – almost all – gave …' (relations/quantifier-distant.ts framedApposite)", () => {
  it("judges the share word on the count and the frame's whole", () => {
    // 30 of 40 = 75%: not 'nearly all'
    assert.deepEqual(rulesOf('Of the 40 nurseries we visited, 30 – nearly all – had a named lead for safeguarding.'), ['numbers/quantifier-mismatch']);
    // 38 of 40 = 95%
    assert.deepEqual(rulesOf('Of the 40 nurseries we visited, 38 – nearly all – had a named lead for safeguarding.'), []);
    // by commas: 9 of 40 = 22.5%, not 'the majority'
    assert.deepEqual(rulesOf('Of the 40 nurseries we visited, 9, the majority, had a named lead for safeguarding.'), ['numbers/quantifier-mismatch']);
  });
  it('trap: another count in the sentence leaves it unread', () => {
    assert.deepEqual(rulesOf('Of the 40 nurseries we visited, 30 – nearly all of those open – had a lead, and 12 had two.'), []);
  });
});

describe("'In most of these incidents, which …, the force was proportionate (12).' (relations/quantifier-distant.ts)", () => {
  it('judges the closing count against the group counted in the sentence before', () => {
    // 9 of 24 = 37.5%: not 'most'
    assert.deepEqual(rulesOf('We examined 24 complaints about the service. In most of these complaints, which we compared with the case notes, the response was timely (9).'), ['numbers/quantifier-mismatch']);
    // 18 of 24 = 75%
    assert.deepEqual(rulesOf('We examined 24 complaints about the service. In most of these complaints, which we compared with the case notes, the response was timely (18).'), []);
  });
  it('trap: a clause of another subject before the bracket', () => {
    assert.deepEqual(rulesOf('We examined 24 complaints about the service. In most of these complaints the response was timely, but the letters were unclear (9).'), []);
  });
});

describe("'The majority of the records … had a gap: 13 of the 30.' (relations/quantifier-distant.ts colonPair)", () => {
  it('judges the share word on the pair that closes its sentence after a colon', () => {
    // 13 of 30 = 43.3%: not 'the majority'
    assert.deepEqual(rulesOf('We sampled 30 care plans. The majority of the plans, including several written by agency staff, had been reviewed on time: 13 of the 30.'), ['numbers/quantifier-mismatch']);
    // 19 of 30 = 63.3%
    assert.deepEqual(rulesOf('We sampled 30 care plans. The majority of the plans, including several written by agency staff, had been reviewed on time: 19 of the 30.'), []);
  });
  it('trap: a pair with a predicate of its own after the colon is another finding', () => {
    assert.deepEqual(rulesOf('We sampled 30 care plans. The majority of the plans had been reviewed on time: 13 of the 30 had been signed by the person.'), []);
  });
});

describe("'Of these, 8,112 people (68%) said …' after a count of responses (relations/of-these-share.ts namesGroup)", () => {
  it("judges the share of a pair that names the group's noun, or people for responses", () => {
    // 410 / 1,200 = 34.2%, not 41%
    assert.deepEqual(rulesOf('The staff survey drew 1,200 responses. Of these, 410 people (41%) said they would recommend the trust as a place to work.'), ['numbers/percentage-mismatch']);
    // 410 / 1,200 = 34.2% -> 34%
    assert.deepEqual(rulesOf('The staff survey drew 1,200 responses. Of these, 410 people (34%) said they would recommend the trust as a place to work.'), []);
    // the group's own noun: 45 / 150 = 30%, not 25%
    assert.deepEqual(rulesOf('We reviewed 150 complaints. Of these, 45 complaints (25%) were about staff attitude.'), ['numbers/percentage-mismatch']);
  });
  it('trap: a pair of another noun is a share of another group', () => {
    // 30 pupils (5%) are a share of the pupils, not of the 60 schools
    assert.deepEqual(rulesOf('We visited 60 schools. Of these, 30 pupils (5%) were absent on the day.'), []);
  });
});

describe("'We inspected 7,365 practices. The first round rated 300 practices (4%) inadequate and 972 (16%) requires improvement.' (relations/of-these-share.ts namedObject)", () => {
  it('judges the gapped sibling on the group its first share fits', () => {
    // 36/600 = 6% fits; 90/600 = 15%, not 19%
    assert.deepEqual(rulesOf('The regulator inspected 600 care homes last year. Its inspectors rated 36 homes (6%) inadequate and 90 (19%) requires improvement.'), ['numbers/percentage-mismatch']);
    // 90/600 = 15%
    assert.deepEqual(rulesOf('The regulator inspected 600 care homes last year. Its inspectors rated 36 homes (6%) inadequate and 90 (15%) requires improvement.'), []);
  });
  it('traps: a first share that does not fit the group says the pair is of a part of it', () => {
    // 36 homes (12%) are a share of some 300 homes, not of the 600: neither is judged
    assert.deepEqual(rulesOf('The regulator inspected 600 care homes last year. In the north, inspectors rated 36 homes (12%) inadequate and 90 (19%) requires improvement.'), []);
    // another noun: the 36 managers are no share of the homes
    assert.deepEqual(rulesOf('The regulator inspected 600 care homes last year. Its inspectors rated 36 managers (6%) inadequate and 90 (19%) requires improvement.'), []);
  });
});

describe("a share, then its part counted by the next sentence's frame: '… a large majority of them (90%) were full inspections. Of those 14,870 full inspections, …' (relations/back-share.ts partNamedAfter)", () => {
  it("judges the share on the count the frame names with the share's own words", () => {
    // 1,530 / 2,400 = 63.75%, not 70%
    assert.deepEqual(rulesOf('The council received 2,400 requests for help in the year, and most of them (70%) were requests for housing advice. Of those 1,530 housing advice requests, a third were urgent.'), ['numbers/percentage-mismatch']);
    // 1,680 / 2,400 = 70%
    assert.deepEqual(rulesOf('The council received 2,400 requests for help in the year, and most of them (70%) were requests for housing advice. Of those 1,680 housing advice requests, a third were urgent.'), []);
  });
  it("trap: a frame whose words are not the share's predicate counts another group", () => {
    assert.deepEqual(rulesOf('The council received 2,400 requests for help in the year, and most of them (70%) were requests for housing advice. Of those 1,530 urgent cases, a third were resolved.'), []);
  });
});

describe("'Of those, 14,870 were full inspections of providers on the register – 95% of the total.' (relations/apposed-share.ts readShareOfTotal)", () => {
  it("reads a count's longer clause before its share 'of the total'", () => {
    // 540 / 900 = 60%, not 65%
    assert.deepEqual(rulesOf('The agency completed 900 reviews in 2023. Of those, 540 were reviews of people living in their own homes – 65% of the total.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The agency completed 900 reviews in 2023. Of those, 540 were reviews of people living in their own homes – 60% of the total.'), []);
  });
  it("trap: a share of 'the total' of another thing is not read", () => {
    assert.deepEqual(rulesOf('The agency completed 900 reviews in 2023. Of those, 540 were reviews of people living in their own homes – 65% of the total number of home care users.'), []);
  });
});

describe("'Complaints totalled 1,250. Of all complaints, 30% were upheld. Upheld complaints numbered 300.' (relations/back-share.ts partNumbered)", () => {
  it('judges the share of the framed whole on the part the next sentence counts', () => {
    // 300 / 1,250 = 24%, not 30%
    assert.deepEqual(rulesOf('Complaints to the service totalled 1,250 in the year. Of all complaints, 30% were upheld. Upheld complaints numbered 300 over the year.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('Complaints to the service totalled 1,250 in the year. Of all complaints, 24% were upheld. Upheld complaints numbered 300 over the year.'), []);
  });
  it("traps: a part whose subject is not the share's predicate, or of another noun", () => {
    assert.deepEqual(rulesOf('Complaints to the service totalled 1,250 in the year. Of all complaints, 30% were upheld. Late complaints numbered 300 over the year.'), []);
    assert.deepEqual(rulesOf('Complaints to the service totalled 1,250 in the year. Of all complaints, 30% were upheld. Upheld appeals numbered 300 over the year.'), []);
  });
});

describe("'Among the children on court orders, 34 (18%) …' after '112 were subject to court orders' (relations/of-these-share.ts framedPart, relations/index.ts firstWhole)", () => {
  it('judges the share on the part the frame names by what was said of it', () => {
    // 12 / 40 = 30%, not 15% (15% is 12 of the 80)
    assert.deepEqual(rulesOf('The team worked with 80 families last year. Of these, 40 were referred by schools and 40 by health visitors. Among the families referred by schools, 12 (15%) had a child with a disability.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The team worked with 80 families last year. Of these, 40 were referred by schools and 40 by health visitors. Among the families referred by schools, 12 (30%) had a child with a disability.'), []);
  });
  it('traps: a frame whose words name no one count, or only one word of it', () => {
    // 'referred' alone ties both counts
    assert.deepEqual(rulesOf('The team worked with 80 families last year. Of these, 40 were referred by schools and 40 by health visitors. Among the families referred, 12 (15%) had a child with a disability.'), []);
    // 'with young carers' is said of no count before
    assert.deepEqual(rulesOf('The team worked with 80 families last year. Of these, 40 were referred by schools and 40 by health visitors. Among the families with young carers, 12 (15%) had a child with a disability.'), []);
  });
});

describe("'Among the community order cases, 29 (40%) …' after '45 were on a community order and the rest on …' (relations/of-these-share.ts framedPart)", () => {
  it("takes the frame's words but the group's noun", () => {
    // 20 / 50 = 40%, not 25%
    assert.deepEqual(rulesOf('The court heard 90 cases. Of these, 50 were youth court cases and the rest adult cases. Among the youth court cases, 20 (25%) ended in a referral order.'), ['numbers/percentage-mismatch']);
    assert.deepEqual(rulesOf('The court heard 90 cases. Of these, 50 were youth court cases and the rest adult cases. Among the youth court cases, 20 (40%) ended in a referral order.'), []);
  });
  it("trap: the rest's words are not the count's", () => {
    // the adult cases are the other 40, not the 50
    assert.deepEqual(rulesOf('The court heard 90 cases. Of these, 50 were youth cases and the rest adult sentence cases. Among the adult sentence cases, 20 (25%) ended in a community order.'), []);
  });
});

describe("a summary restating a figure under a 'Findings' heading of a report with no criteria (restate.ts findingClaims)", () => {
  const report = (summary: string, finding: string) =>
    `---\ntitle: Example\nframework: hmip-omi-2007\n---\n\n# Summary\n\n${summary}\n\n# Findings\n\n- (a) ${finding}\n- (b) A debrief was recorded in 12 of the 40 incidents (30%).\n`;
  it('confirms a summary figure that agrees with the finding of the same words', async () => {
    const { claims } = await import('./helpers.js');
    // 29 of 40 = 72.5% -> 73%; the summary says 73%
    const cs = claims(report('In 73% of the restraint incidents we reviewed, staff had recorded the reasons.', 'Staff had recorded the reasons in 29 of the 40 restraint incidents we reviewed (73%).'));
    assert.ok(cs.some((c) => c.kind === 'restatement' && c.verdict === 'ok'), JSON.stringify(cs.map((c) => [c.kind, c.verdict])));
  });
  it('reports a disagreement with the one finding outside any criterion that holds every word of the summary (restate.ts clearFinding)', async () => {
    const { numbersDiagnostics } = await import('./helpers.js');
    // the summary's 80% against 29 of 40 = 73%, in a finding that says all the summary says
    assert.deepEqual(numbersDiagnostics(report('In 80% of the restraint incidents we reviewed, staff had recorded the reasons.', 'Staff had recorded the reasons in 29 of the 40 restraint incidents we reviewed (73%).')).map((d) => d.ruleId), ['conclusion/restated-figure']);
  });
  it('trap: a summary with words the finding lacks is not reported against it', async () => {
    const { numbersDiagnostics } = await import('./helpers.js');
    // 'and a debrief' is finding (b)'s too: which finding the summary restates is not known
    assert.deepEqual(numbersDiagnostics(report('In 80% of the restraint incidents we reviewed, staff had recorded the reasons and held a debrief.', 'Staff had recorded the reasons in 29 of the 40 restraint incidents we reviewed (73%).')).map((d) => d.ruleId), []);
  });
});
