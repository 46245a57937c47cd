/**
 * Numbers that are no counts, round 7 (helper ncn): the readings keep reading the counts and shares
 * beside an age, a provision's number, a period or a place, and never take those numbers for counts.
 * Sentences written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';
import { tokensOf } from '../../server/src/core/numbers/scan.js';

const MISMATCH = ['numbers/percentage-mismatch'];
const PARTS = ['numbers/parts-sum'];
const MEAN = ['numbers/mean-mismatch'];
const judged = (finding: string, kind: string) => claimsOf(finding).some((c) => c.kind === kind && c.verdict === 'ok');
const typeOf = (text: string, raw: string, nth = 1) => tokensOf(text).filter((t) => t.raw === raw)[nth - 1]?.type;

describe('ncn-7: a count, a number that is no count, then the count\'s share (extract/beside-non-count.ts)', () => {
  it('reads the share as the count\'s', () => {
    // 12/48 = 25%
    assert.ok(judged('Of the 48 children, 12 were aged 15 (25%).', 'count-of'));
    // 30/48 = 62.5% -> 63%: 'aged 16 or 17' is one age range between the count and its share
    assert.ok(claimsOf('Of the 48 children, 30 were aged 16 or 17 (63%).').some((c) => c.verdict === 'ok' && c.operands.some((o) => o.value === 30) && c.operands.some((o) => o.value === 63)));
    // 9/14 = 64.29% -> 64%
    assert.deepEqual(rulesOf('Of the 14 homes, 9 were in breach of Regulation 12 (64%).'), []);
  });
  it('reports a share that the count does not give', () => {
    // 30/48 = 62.5%, not 67%
    assert.deepEqual(rulesOf('Of the 48 children, 30 were aged 16 or 17 (67%).'), MISMATCH);
    // 9/14 = 64.29%, not 69%
    assert.deepEqual(rulesOf('Of the 14 homes, 9 were in breach of Regulation 12 (69%).'), MISMATCH);
  });
  it('leaves the base of a rate alone: the bracket may restate the rate', () => {
    // 31 per 1,000 is 3.1%; 31 of 2,000 would be 1.55%: no finding
    assert.deepEqual(rulesOf('Of the 2,000 prisoners, there were 31 assaults per 1,000 (3.1%).'), []);
  });
});

describe('ncn-7: typing (quantities.ts)', () => {
  it('types the numbers that are no counts', () => {
    // "15 days' notice": the possessive apostrophe does not hide the unit
    assert.equal(typeOf("Schools now get only 15 days' notice.", '15'), 'duration');
    // 'Regulations 6(1), 6(2) and 6(5)(b)': provision numbers, not counts
    const regs = 'Regulations 6(1), 6(2) and 6(5)(b) apply.';
    assert.equal(typeOf(regs, '6', 2), 'label');
    assert.equal(typeOf(regs, '6', 3), 'label');
    // 'aged 16 or 17': both bounds are ages, not 'one or two'
    assert.equal(typeOf('Of the 48, 30 were aged 16 or 17 (63%).', '16'), 'age');
    assert.equal(typeOf('Of the 48, 30 were aged 16 or 17 (63%).', '17'), 'age');
  });
  it('keeps the counts beside them counts', () => {
    // 'reached 45 of the 60 families': a part of a total, not a birthday
    assert.equal(typeOf('The grant reached 45 of the 60 families (75%).', '45'), 'count');
    // 'on 5 of the 16 nights': the total counts nights
    assert.equal(typeOf('On 5 of the 16 nights we reviewed (31%), staffing was short.', '16'), 'count');
    // an age does not spread to a count with an age of its own
    assert.equal(typeOf('Of the 48 children, 12 (25%) were aged 15 and 30 (63%) were aged 16 or 17.', '30'), 'count');
    // nor from an open bound: 'under 5 and 30' is no range
    assert.equal(typeOf('Of the 60 cases, 15 (25%) involved a child under 5 and 30 (50%) involved a child aged 5 to 10.', '30'), 'count');
  });
  it('judges the pairs those counts make', () => {
    // 45/60 = 75%
    assert.ok(judged('The grant of $3,000 per family reached 45 of the 60 families (75%).', 'count-of'));
    // 5/16 = 31.25% -> 31%, not 38%
    assert.deepEqual(rulesOf('On 5 of the 16 nights we reviewed (38%), staffing fell below 1:8.'), MISMATCH);
  });
});

describe('ncn-7: a frame with a possessive (total-first.ts)', () => {
  it('reads "Of its n" as "Of the n"', () => {
    // 20/32 = 62.5%, not 58%
    assert.deepEqual(rulesOf('Of its 32 residents, 20 (58%) were funded by the council.'), MISMATCH);
    // 20/32 = 62.5% -> 63%
    assert.deepEqual(rulesOf('Of its 32 residents, 20 (63%) were funded by the council.'), []);
  });
});

describe('ncn-7: shares of one group each, by place or time (relations/adjunct-shares.ts)', () => {
  it('does not add up shares of different wards, months or times', () => {
    // 30 + 40 + 50 = 120, but each share is of its own ward's shifts
    assert.deepEqual(rulesOf('Across the 12 wards, 30% of shifts were short on ward 1, 40% on ward 6 and 50% on ward 12.'), []);
    assert.deepEqual(rulesOf('Across the year, 30% of shifts were short in May, 40% in June and 50% in July.'), []);
    assert.deepEqual(rulesOf('Across the prisons, 30% of men were unemployed at Leeds, 40% at Hull and 50% at York.'), []);
    // 40 + 30 + 45 = 115, at three different times
    assert.deepEqual(rulesOf('Of the men, 40% were unemployed on arrival, 30% on release and 45% six weeks later.'), []);
  });
  it('still adds up a category named right after the verb', () => {
    // 30 + 40 + 35 = 105: where referrals came from is one question
    assert.deepEqual(rulesOf('Of the 60 referrals, 30% came from schools, 40% from the police and 35% from health.'), PARTS);
  });
});

describe('ncn-7: a mean per named item (relations/mean.ts)', () => {
  it('judges a mean per ward when the sentence names as many wards as figures', () => {
    // (22 + 25 + 28 + 20 + 24 + 19) / 6 = 138/6 = 23
    assert.ok(judged('The six wards had 22, 25, 28, 20, 24 and 19 beds, an average of 23 beds a ward.', 'mean'));
    // 23, not 24
    assert.deepEqual(rulesOf('The six wards had 22, 25, 28, 20, 24 and 19 beds, an average of 24 beds a ward.'), MEAN);
  });
  it('leaves it unjudged when the named number is not the list\'s length', () => {
    // six wards, four figures: the mean may be over all six
    assert.deepEqual(rulesOf('The six wards had 22, 25, 28 and 20 beds, an average of 24 beds a ward.'), []);
  });
});

describe('ncn-7: numbers inside names (quantities.ts)', () => {
  it('reads a number after a name as part of the name', () => {
    // a count with no total would have to be a share of a whole number: 4/n is never 37%, but 'Houseblock 4' is no count
    assert.deepEqual(rulesOf('Most prisoners were held on Houseblock 4 (37%).'), []);
    assert.deepEqual(rulesOf('Most men were at HMP Grendon 2 (43%).'), []);
    assert.deepEqual(rulesOf('Pathway 2 (37%) was the most used.'), []);
    assert.equal(typeOf('Most men were at HMP Grendon 2 (43%).', '2'), 'label');
  });
  it('keeps a count after a category, a grade or an opening word', () => {
    assert.equal(typeOf('Another 759 (16%) were resolved.', '759'), 'count');
    assert.equal(typeOf('Of the 50 homes, Good 30 (60%) and Outstanding 5 (10%).', '30'), 'count');
    assert.equal(typeOf('Men 40 (25%) and women 120 (75%) replied.', '40'), 'count');
  });
});

describe('ncn-7: a grade before "in k of the n" is no ratio (count-of.ts, count-percent.ts)', () => {
  it('reads the pair after a grade number', () => {
    // 12/20 = 60%
    assert.ok(judged('Ofsted grades improved from grade 3 to grade 2 in 12 of the 20 schools (60%).', 'count-of'));
    // 12/20 = 60%, not 65%
    assert.deepEqual(rulesOf('Ofsted grades improved from grade 3 to grade 2 in 12 of the 20 schools (65%).'), MISMATCH);
  });
  it('never takes the total of a pair for the part of its share', () => {
    // '2 in 12' may be a ratio here, but the 20 is the total of '12 of the 20': no finding on '20 (60%)'
    assert.deepEqual(rulesOf('Grades improved from 3 to 2 in 12 of the 20 schools (60%).'), []);
  });
});

describe('ncn-7: scale points, idioms and numbered days (quantities.ts)', () => {
  it('reads them as no counts, so a share beside them is not judged against them', () => {
    // 'one-to-one': both ones are the idiom
    assert.deepEqual(rulesOf('Most support was one-to-one (43%).'), []);
    // 'scores were 7 (43%)': 43% of respondents gave 7, not a share of 7
    assert.deepEqual(rulesOf('The most common scores were 7 (43%) and 8 (27%).'), []);
    // 'rated the service 4 out of 5 (43%)': a rating, not four fifths (80%)
    assert.deepEqual(rulesOf('Most respondents rated the service 4 out of 5 (43%).'), []);
    // 'on day 2 (37%)': a numbered day
    assert.deepEqual(rulesOf('Most calls were made on day 2 (37%).'), []);
  });
  it('still reads a ratio and a count where there is no scale', () => {
    // 4/5 = 80%, not 43%
    assert.deepEqual(rulesOf('Of the respondents, 4 out of 5 (43%) were satisfied.'), ['numbers/percentage-mismatch']);
  });
});

describe('ncn-7: "k of them" after a count with its noun left out (extract/reading.ts themGroups)', () => {
  it('takes the count just before as the group', () => {
    // 30/45 = 66.67% -> 67% (of the 48 places it would be 62.5%)
    assert.deepEqual(rulesOf('The centre is registered for 48 residents; on the day, 45 were living there, 30 of them (67%) aged over 80.'), []);
    // 30/45 = 66.67%, not 60%
    assert.deepEqual(rulesOf('The centre is registered for 48 residents; on the day, 45 were living there, 30 of them (60%) aged over 80.'), MISMATCH);
  });
});

describe('ncn-7: two readings of a total (register.ts disagreeingTotals)', () => {
  it('does not report a share against one total when it fits another reading', () => {
    // 1,280/3,200 = 40%; of the 15,800 complaints received it would be 8%
    assert.deepEqual(rulesOf('We received 15,800 complaints in 2022-23 and made 3,200 detailed investigations, upholding 2,560 of them (80%) and recommending remedies in 1,280 (40%).'), []);
  });
  it('still reports a share that fits no reading', () => {
    // 1,280/3,200 = 40%, not 45%; 1,280/15,800 = 8%
    assert.deepEqual(rulesOf('We received 15,800 complaints in 2022-23 and made 3,200 detailed investigations, upholding 2,560 of them (80%) and recommending remedies in 1,280 (45%).'), MISMATCH);
  });
});

describe('ncn-7: a value each member of a group has (extract/beside-non-count.ts distributionValues)', () => {
  it('does not read the share as a share of the value', () => {
    // 43% of families had two children: 2/n is never 43%, but 2 is no count of families
    assert.deepEqual(rulesOf('Most families had 2 children (43%).'), []);
    assert.deepEqual(rulesOf('Most visits were carried out by 2 staff (43%).'), []);
    assert.deepEqual(rulesOf('The commonest response was 2 (37%), on a scale where 1 is poor.'), []);
    assert.deepEqual(rulesOf('Most had 1 conviction (43%).'), []);
  });
  it('after the count of the clause too', () => {
    // 40% is the share of the 12 men (12/30 = 40%), 1 is how many others share each cell
    assert.deepEqual(rulesOf('Of the 30 men, 12 shared a cell with 1 other man (40%).'), []);
    // 40% of the 50 staff is 20; 4 shifts is each one's week
    assert.deepEqual(rulesOf('Of the 50 staff, 20 worked 4 shifts a week (40%).'), []);
  });
  it('still reads a count that opens its clause or has its total after the share', () => {
    // 4/30 = 13.3% -> 13%: a count after 'and' opens its own clause
    assert.ok(judged('Of the 30 men, 12 were released and 4 (13%) were recalled.', 'count-percent'));
    // 12/40 = 30%, not 40%
    assert.deepEqual(rulesOf('Most inspections found that 12 (40%) of the 40 homes were good.'), MISMATCH);
  });
});

describe('ncn-7: a ratio\'s first figure is no amount of a change (change.ts, one line)', () => {
  it('does not read "from 1 in 10 to 1 in 8" as a change from 1 to 1', () => {
    // 10% to 12.5% is a rise of 25%; 1 to 1 would be none
    assert.deepEqual(rulesOf('The figure rose from 1 in 10 in 2019 to 1 in 8 in 2023, an increase of 25%.'), []);
  });
  it('still reads a count followed by its year', () => {
    // (15 - 12) / 12 = 25%, not 30%
    assert.deepEqual(rulesOf('Assaults rose from 12 in 2019 to 15 in 2023, an increase of 30%.'), ['numbers/change-mismatch']);
  });
});

describe('ncn-7: a count straight after its verb is no per-member value (beside-non-count.ts distributionValues)', () => {
  it('reads the count of an audit of a whole', () => {
    // 20/80 = 25%: the 20 is the audit's count, not a value each record has
    assert.ok(claimsOf('An audit of 80 care records found 20 (25%) with a plan.').some((c) => c.kind === 'count-percent' && c.verdict === 'ok' && /20 \/ 80/.test(c.arithmetic)));
    // 20/80 = 25%, not 30%
    assert.deepEqual(rulesOf('An audit of 80 care records found 20 (30%) with a plan.'), ['numbers/percentage-mismatch']);
  });
});
