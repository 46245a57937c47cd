/**
 * Forms read in the third session of 2026-12-07 (tuner r3; families ratio, clause-between, totals, hedge,
 * non-count-number, remainder, table); sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const multiple = (s: string) => claimsOf(s).find((c) => c.kind === 'multiple');

describe("a multiple in apposition to the figure it is said of: 'A …, almost twice as long as the B' (relations/multiple.ts)", () => {
  it('reads two durations in one unit, the first before the comma', () => {
    // 412 / 210 = 1.96, about twice
    assert.equal(multiple('Appeals took 412 days on average to be heard, about twice as long as the 210 days the tribunal aims for.')?.verdict, 'ok');
    // 412 / 210 = 1.96, not more than three times
    assert.deepEqual(rulesOf('Appeals took 412 days on average to be heard, more than three times as long as the 210 days the tribunal aims for.'), ['numbers/change-mismatch']);
  });
  it("reads a frequency 'k times' against a count of occasions", () => {
    // 96 / 31 = 3.10, three times
    assert.equal(multiple('Officers used handcuffs 96 times in the quarter, three times the 31 occasions in the quarter before.')?.verdict, 'ok');
    // 96 / 31 = 3.10, not twice
    assert.deepEqual(rulesOf('Officers used handcuffs 96 times in the quarter, twice the 31 occasions in the quarter before.'), ['numbers/change-mismatch']);
  });
  it('a figure before the comma of another kind and a historic year are no pair', () => {
    // 'in 1877' is a year: 1,310 / 640 = 2.05, more than double
    assert.equal(multiple('The prison now holds 1,310 men, more than double the 640 it was built for in 1877.')?.verdict, 'ok');
    // 'nearly treble' does not fit 1,310 / 640 = 2.05 (and never 640 against 1877)
    assert.deepEqual(rulesOf('The prison now holds 1,310 men, nearly treble the 640 it was built for in 1877.'), ['numbers/change-mismatch']);
    // trap: two figures after the base in its clause: no pair is taken
    assert.deepEqual(rulesOf('The review took 90 days, twice as long as the 30 days allowed for the first stage and the 15 days for the second.'), []);
    // trap: 'three times a week' is how often, not the first figure of a multiple
    assert.deepEqual(rulesOf('Staff checked the room 14 times a week, three times the 20 checks the policy sets.'), []);
  });
});

describe("a multiple of two rates after a colon, each rate's noun before its base: '11.2 suspensions per 100 …, against 3.4 per 100' (relations/multiple.ts)", () => {
  it('reads the rates as of one base', () => {
    // 8.4 / 2.1 = 4.0, four times
    assert.equal(multiple('Looked-after children were excluded at four times the rate of other pupils: 8.4 exclusions per 100 children, against 2.1 per 100 pupils.')?.verdict, 'ok');
    // 8.4 / 2.1 = 4.0, not around twice
    assert.deepEqual(rulesOf('Looked-after children were excluded at around twice the rate of other pupils: 8.4 exclusions per 100 children, against 2.1 per 100 pupils.'), ['numbers/change-mismatch']);
  });
  it('reads the base written once, with the first rate', () => {
    // 13.5 / 3.0 = 4.5
    assert.equal(multiple('Young men were arrested at 4.5 times the rate of young women: 13.5 arrests per 1,000 against 3.0.')?.verdict, 'ok');
  });
  it('trap: rates of different bases are not compared', () => {
    // per 100 against per 1,000: not one scale
    assert.deepEqual(rulesOf('Looked-after children were excluded at twice the rate of other pupils: 8.4 exclusions per 100 children, against 2.1 per 1,000 pupils.'), []);
  });
});

describe("groups listed by their own nouns, and each part named by one: 'Of the 30 women and 52 men …, 21 women (70%) and 29 men (56%)' (extract/count-percent.ts)", () => {
  it('judges each part on the group of its own noun, not on its sibling\'s', () => {
    // 18 / 24 = 75%; 27 / 60 = 45%
    assert.deepEqual(rulesOf('Of the 24 girls and 60 boys we interviewed, 18 girls (75%) and 27 boys (45%) said they felt safe.'), []);
    // 27 / 60 = 45%, not 54% (before: judged on the girls' 24)
    const rules = rulesOf('Of the 24 girls and 60 boys we interviewed, 18 girls (75%) and 27 boys (54%) said they felt safe.');
    assert.deepEqual(rules, ['numbers/percentage-mismatch']);
    const c = claimsOf('Of the 24 girls and 60 boys we interviewed, 18 girls (75%) and 27 boys (54%) said they felt safe.').find((x) => x.kind === 'count-percent' && x.operands.some((o) => o.raw === '27'));
    assert.equal(c?.operands.find((o) => o.role === 'n')?.raw, '60');
  });
  it('trap: a share that fits a group as written is left as it is', () => {
    // a share that fits a candidate as written keeps it (18 / 24 = 75%): the noun's group is taken only when none fits
    assert.deepEqual(rulesOf('We interviewed 24 girls and 60 boys; 18 girls (75%) said they felt safe.'), []);
    // parts named by no listed noun: not read as either group
    assert.deepEqual(rulesOf('Of the 24 girls and 60 boys we interviewed, 18 (75%) said they felt safe.'), []);
  });
});

describe("a mean per establishment of the establishments the sentence names: 'the four young offender institutions held 312, 174, 96 and 58 children, an average of 160 children per establishment' (relations/mean.ts)", () => {
  const mean = (s: string) => claimsOf(s).find((c) => c.kind === 'mean');
  it("reads 'per establishment' (or 'per site', 'per setting') as per one of the kind named", () => {
    // (40 + 25 + 31) / 3 = 32
    assert.equal(mean('The three secure children\'s homes held 40, 25 and 31 children, an average of 32 children per establishment.')?.verdict, 'ok');
    // 96 / 3 = 32, not 36
    assert.deepEqual(rulesOf('The three secure children\'s homes held 40, 25 and 31 children, an average of 36 children per establishment.'), ['numbers/mean-mismatch']);
    // (210 + 190 + 170 + 230) / 4 = 200
    assert.deepEqual(rulesOf('The four colleges had 210, 190, 170 and 230 apprentices, an average of 220 apprentices per site.'), ['numbers/mean-mismatch']);
  });
  it('trap: a mean per a smaller unit than the places named is not the mean of the list', () => {
    // the four prisons' populations averaged per wing: the number of wings is not given
    assert.equal(mean('The four prisons held 312, 174, 96 and 58 men, an average of 60 men per wing.')?.verdict, 'unchecked');
  });
});

describe("parts and their rest after a time phrase or a finding's lead, the whole in the sentence before: 'made 60 recommendations. By the time of this inspection 22 had been achieved and 26 partially achieved, which left 14 not achieved' (relations/remainder.ts)", () => {
  it('judges the rest of the one count before', () => {
    // 50 − (20 + 18) = 12
    assert.deepEqual(rulesOf('Our last inspection made 50 recommendations. By the time of this inspection 20 had been achieved and 18 partially achieved, which left 12 not achieved.'), []);
    // 50 − 38 = 12, not 15
    assert.deepEqual(rulesOf('Our last inspection made 50 recommendations. By the time of this inspection 20 had been achieved and 18 partially achieved, which left 15 not achieved.'), ['numbers/complement-mismatch']);
    // 36 − (14 + 10) = 12, not 10
    assert.deepEqual(rulesOf('At the last inspection we made 36 recommendations. At this visit we found that 14 had been achieved and 10 partly achieved; the remaining 10 had not been achieved.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('At the last inspection we made 36 recommendations. At this visit we found that 14 had been achieved and 10 partly achieved; the remaining 12 had not been achieved.'), []);
  });
  it('trap: parts that name another group than the whole are not its parts', () => {
    // 12 staff are no recommendations: no sum of the 30 is judged
    assert.deepEqual(rulesOf('We made 30 recommendations. At this visit we found that 12 staff had left and 9 had been replaced; the remaining 21 were new.'), []);
  });
});

describe("a fraction with its count in brackets after its group: 'over a third of them (2,752)', 'Just over a quarter of pupils (372)' (extract/fraction.ts)", () => {
  const fraction = (s: string) => claimsOf(s).find((c) => c.kind === 'fraction' && c.operands.some((o) => o.role === 'k'));
  it('judges the count on the one group counted before that is as large', () => {
    // 1,530 / 4,210 = 36.3%, over a third
    assert.equal(fraction('Across the region, 4,210 people waited more than four hours in August, nearly 300 more than in July, and over a third of them (1,530) were over 75.')?.verdict, 'ok');
    // 1,230 / 4,210 = 29.2%, under a third
    assert.deepEqual(rulesOf('Across the region, 4,210 people waited more than four hours in August, nearly 300 more than in July, and over a third of them (1,230) were over 75.'), ['numbers/fraction-mismatch']);
    // 'of pupils': 240 / 910 = 26.4%, just over a quarter; 300 / 910 = 33.0%, not
    assert.equal(fraction('The academy has 910 pupils. Just over a quarter of pupils (240) speak English as an additional language.')?.verdict, 'ok');
    assert.deepEqual(rulesOf('The academy has 910 pupils. Just over a quarter of pupils (300) speak English as an additional language.'), ['numbers/fraction-mismatch']);
  });
  it('trap: a share or another count of the group between leaves the whole open', () => {
    // 'those' may be the 80% who said yes (36 of 45): 18 is half of 36
    assert.deepEqual(rulesOf('Four in five (80%) of the 45 staff who replied said they had had supervision, but only half of those (18) said it was useful.'), []);
    // 'them' may be the 104 who answered (a label-like figure after a colon): 58/104 = 55.8%
    assert.deepEqual(rulesOf('We received 113 responses. Not everyone answered every question: 104 people answered the one about their officer, and just over half of them (58) said they had been given enough say.'), []);
    // after a part, 'those' may be the part (45): a third of 45 is 15, not 20 — not read as 20 of the 60
    const c = claimsOf('Of the 60 children, 45 had a plan, and a third of those (20) had been involved in writing it.').find((x) => x.kind === 'fraction' && x.operands.some((o) => o.raw === '20'));
    assert.notEqual(c?.operands.find((o) => o.role === 'n')?.raw, '60');
    // two groups as large: the count is judged only on one that fits (60/200 = 30%, 60/150 = 40%): neither is 'over half'
    assert.deepEqual(rulesOf('We reviewed 200 cases and 150 plans. Over half of them (60) were late.'), []);
  });
});

describe("places named before the population: 'designed to hold 987 men, held 1,383 …, 30% above its design capacity' (relations/over-capacity.ts)", () => {
  it('judges the share over the places', () => {
    // (1,110 − 669) / 669 = 65.9% → 66%
    assert.deepEqual(rulesOf('HMP Leeds, designed to hold 669 men, held 1,110 when we inspected, 66% above its design capacity.'), []);
    // 65.9%, not 56%
    assert.deepEqual(rulesOf('HMP Leeds, designed to hold 669 men, held 1,110 when we inspected, 56% above its design capacity.'), ['numbers/change-mismatch']);
    // 512 / 400 = 128% of its accommodation
    assert.deepEqual(rulesOf('Built for 400, the prison held 512 men in March, 128% of its certified normal accommodation.'), []);
  });
  it('trap: a share of something else after the population is not read', () => {
    // 40% is a share of the men, not of the places
    assert.deepEqual(rulesOf('The prison, designed to hold 669 men, held 1,110, 40% of whom were on remand.'), []);
  });
});

describe("a ratio restating a count: ', of whom 402 …, about one in eight'; 'Of the trust's 4,800 staff, 600 – one in eight – …' (relations/closing-ratio.ts)", () => {
  const ratio = (s: string) => claimsOf(s).find((c) => c.kind === 'ratio' && c.operands.some((o) => o.role === 'n'));
  it("reads 'of whom' back to the count its comma closes (ages between are no counts)", () => {
    // 300 / 1,200 = 25%, one in four
    assert.equal(ratio('The school has 1,200 pupils aged 11 to 16, of whom 300 are eligible for free school meals, one in four.')?.verdict, 'ok');
    // 200 / 1,200 = 16.7%, not one in four
    assert.deepEqual(rulesOf('The school has 1,200 pupils aged 11 to 16, of whom 200 are eligible for free school meals, one in four.'), ['numbers/fraction-mismatch']);
  });
  it('reads a ratio between dashes after the count, the whole the frame with its owner', () => {
    // 600 / 4,800 = 12.5%, one in eight
    assert.equal(ratio("Of the trust's 4,800 staff, 600 – one in eight – had not had an appraisal.")?.verdict, 'ok');
    // 900 / 4,800 = 18.75%, not one in eight
    assert.deepEqual(rulesOf("Of the trust's 4,800 staff, 900 – one in eight – had not had an appraisal."), ['numbers/fraction-mismatch']);
  });
  it('trap: a count given roughly only confirms', () => {
    // 'around 900' of 4,800 is about 19%: not one in eight, but the count is rough, so nothing is said
    assert.deepEqual(rulesOf("Of the trust's 4,800 staff, around 900 – roughly one in eight – had not had an appraisal."), []);
    // 1,400 / 16,600 = 8.4%, roughly one in 12: confirmed
    assert.equal(ratio("Of the force's 16,600 officers, around 1,400 – roughly one in 12 – had been absent for more than four weeks.")?.verdict, 'ok');
  });
});

describe("kinds after a colon past a count of places, each with ', or P%': '88 residents across the eight homes: 64 women, or 73%, and 26 men, or 27%' (relations/apposed-kinds.ts)", () => {
  it('reads the total before the place phrase, the shares after ", or" set aside', () => {
    // 42 + 30 = 72, not 70
    assert.deepEqual(rulesOf('We spoke with 70 patients across the four wards: 42 women, or 60%, and 30 men, or 43%.').filter((r) => r === 'numbers/parts-sum'), ['numbers/parts-sum']);
    // 40 + 30 = 70
    assert.deepEqual(rulesOf('We spoke with 70 patients across the four wards: 40 women, or 57%, and 30 men, or 43%.'), []);
    assert.deepEqual(rulesOf('We spoke with 70 patients across the four wards: 42 women and 30 men.'), ['numbers/parts-sum']);
  });
  it('trap: kinds that may leave some out are not judged short, and a place count as large as a part stays a total', () => {
    // 25 + 12 = 37 of 40: other wards may be neither
    assert.deepEqual(rulesOf('We inspected 40 wards in 6 hospitals: 25 adult wards and 12 older people\'s wards.'), []);
  });
});
