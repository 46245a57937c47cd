/**
 * Figures of one claim in two sentences of a finding (issue 9, the
 * cross-sentence family, second round). Sentences written for these tests;
 * the arithmetic is worked out by hand in the comments. A hedge is an
 * interval ('nearly' reaches 7.5 points below, 'almost' likewise, 'more
 * than' is above), an unhedged ratio reaches as far as 'around' (5 points).
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

/** [verdict, figures] of the judged claims that read a word share. */
const wordClaims = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'f' || (o.role === 'q' && o.hedge)))
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers cross-sentence: a word share restated by a precise share in the next sentence (restated-share.ts)', () => {
  it('confirms a hedge, a fraction or a ratio restated about the same group and measure', () => {
    // 'nearly a third' is [25.83, 33.33); 31% fits
    assert.deepEqual(wordClaims('Nearly a third of the learners on the access course left early. The college figures show that 31% of the learners on the access course left early.'), [['ok', 'a third 31%']]);
    // 'three in 4' is 75% ± 5; 76% fits
    assert.deepEqual(wordClaims('Three in 4 wards in the north wing were clean on our visit. The share of wards in the north wing found clean was 76%.'), [['ok', 'Three in 4 76%']]);
    // 'over 60 per cent' is above 60; 64 per cent fits
    assert.deepEqual(wordClaims('Over 60 per cent of tenants in the older blocks reported damp. In the survey, 64 per cent reported damp in the older blocks.'), [['ok', '60 per cent 64 per cent']]);
  });
  it('reports a restatement the word share cannot be', () => {
    // 'nearly a third' is below 33.33; 38% is not
    assert.deepEqual(rulesOf('Nearly a third of the learners on the access course left early. Overall, 38% of the learners on the access course left early.'), ['numbers/fraction-mismatch']);
    // 'three in 4' is [70, 80]; 62% is far below
    assert.deepEqual(rulesOf('Three in 4 wards in the north wing were clean on our visit. The share of wards in the north wing found clean was 62%.'), ['numbers/fraction-mismatch']);
  });
  it('pairs two word shares with the two figures that name their groups', () => {
    // 'two in 3' (66.67 ± 5) is the 68% of the north; 'one in 4' (25 ± 5) the 27% of the south
    const s = 'Two in 3 tenants in the north were satisfied, against one in 4 in the south. Of the tenants surveyed, those in the north were the most often satisfied, at 68%, and those in the south the least, at 27%.';
    assert.deepEqual(wordClaims(s), [
      ['ok', 'Two in 3 68%'],
      ['ok', 'one in 4 27%'],
    ]);
  });
  it('does not tie a figure about another group, another measure or another year', () => {
    // girls, not boys
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. Among girls, 20 per cent felt unsafe at night.'), []);
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. The share of girls who felt unsafe at night was 20 per cent.'), []);
    // one thing the first sentence does not say ('the college figures'): confirmed when it fits, never reported
    assert.deepEqual(rulesOf('Nearly a third of the learners on the access course left early. The college figures show that 38% of the learners on the access course left early.'), []);
    // two new words: another measure that shares a topic word ('drug')
    assert.deepEqual(wordClaims('Around a third of prisoners said they had a drug problem. In our survey, 45% of prisoners said it was easy to get drugs.'), []);
    // another measure of the same boys
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. 20 per cent of the boys on the unit had been restrained.'), []);
    // safe, not unsafe; 'not'
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. 20 per cent of the boys on the unit felt safe at night.'), []);
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. 20 per cent of the boys on the unit did not feel unsafe at night.'), []);
    // another year
    assert.deepEqual(wordClaims('In 2019, almost half of the boys on the unit felt unsafe at night. In 2021, 20 per cent of the boys on the unit felt unsafe at night.'), []);
  });
  it('leaves a figure of a change, of a count, or one of two candidates alone', () => {
    // the 20% is the old value
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. The share of boys on the unit feeling unsafe rose from 20 per cent to 47 per cent.'), []);
    // a count of its own in the first sentence: its claim, not a restatement
    assert.deepEqual(rulesOf('Almost half of the 40 boys on the unit felt unsafe at night. 20 per cent of the boys on the unit felt unsafe at night.'), []);
    // two figures of the boys: which one the word share is, is not said
    assert.deepEqual(wordClaims('Almost half of the boys on the unit felt unsafe at night. 20 per cent of the boys on the unit felt unsafe at night in the first survey and 47 per cent of the boys on the unit in the second.'), []);
    // a word share with no group of its own
    assert.deepEqual(wordClaims('Almost half said they felt unsafe at night. 20 per cent of the boys on the unit felt unsafe at night.'), []);
  });
});

describe('numbers cross-sentence: the colon shape with a time after the figure (share-beside.ts)', () => {
  it('reads the figure first after the colon when a time follows it', () => {
    // 'nearly a third' is [25.83, 33.33): 31% fits, 41% does not
    assert.deepEqual(wordClaims('Nearly a third of the appeals succeeded: 31% this year, against 24% in 2019.'), [['ok', 'a third 31%']]);
    assert.deepEqual(rulesOf('Nearly a third of the appeals succeeded: 41% in 2022, against 31% in 2019.'), ['numbers/fraction-mismatch']);
  });
  it('still needs the clause to close after the time', () => {
    assert.deepEqual(wordClaims('Nearly a third of the appeals succeeded: 41% this year were from the north.'), []);
  });
});

/** [verdict, figures] of the judged count-with-share claims. */
const shareClaims = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'count-percent' && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers cross-sentence: a part whose clause names the group of the next count (count-percent.ts)', () => {
  it('takes the part as the total of the next count of that noun', () => {
    // 320 / 800 = 40%; 96 / 320 = 30% (96 / 800 = 12%)
    const ok = 'The council received 800 applications in the year. 320 (40%) of these applications led to assessments, and 96 (30%) assessments found an eligible need.';
    assert.deepEqual(shareClaims(ok), [
      ['ok', '40% 320 800'],
      ['ok', '30% 96 320'],
    ]);
    // 96 / 320 = 30%, not 35%; 96 / 800 = 12%: no reading fits, and the message names the 320
    const bad = 'The council received 800 applications in the year. 320 (40%) of these applications led to assessments, and 96 (35%) assessments found an eligible need.';
    assert.deepEqual(shareClaims(bad), [
      ['ok', '40% 320 800'],
      ['inconsistent', '35% 96 320'],
    ]);
  });
  it('does not chain when the clause ends with another noun, or a share of the first total fits', () => {
    // 'visits', not 'assessments': the 320 is not the group of the 96
    assert.deepEqual(
      shareClaims('The council received 800 applications in the year. 320 (40%) of these applications led to visits, and 96 (35%) assessments found an eligible need.').filter((c) => c[0] === 'inconsistent' && c[1]!.includes('320')),
      [],
    );
    // 96 / 800 = 12%: the share fits the first total, which stands
    assert.deepEqual(shareClaims('The council received 800 applications in the year. 320 (40%) of these applications led to assessments, and 96 (12%) assessments found an eligible need.')[1], ['ok', '12% 96 800']);
  });
});

/** [verdict, figures] of the judged percent-of claims ('these' read as a total before). */
const ofClaims = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'percent-of' && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe("numbers cross-sentence: totals in a row, then 'Of these,' and their shares in the same order (of-these-share.ts)", () => {
  const totals = 'The waiting list stood at 2,400 in June 2021, 2,100 in March 2021 and 1,800 in December 2020.';
  it('pairs the i-th share with the i-th total', () => {
    // 600 / 2400 = 25%, 420 / 2100 = 20%, 270 / 1800 = 15%
    assert.deepEqual(ofClaims(`${totals} Of these, 600 (25%) had waited a year at the latest count, against 420 (20%) in March 2021 and 270 (15%) in December 2020.`), [
      ['ok', '25% 600 2,400'],
      ['ok', '20% 420 2,100'],
      ['ok', '15% 270 1,800'],
    ]);
  });
  it('reports a share that fits neither its own total nor any other', () => {
    // 420 / 2100 = 20%, not 22%; 420 / 2400 = 17.5%, 420 / 1800 = 23.3%
    assert.deepEqual(rulesOf(`${totals} Of these, 600 (25%) had waited a year at the latest count, against 420 (22%) in March 2021 and 270 (15%) in December 2020.`), ['numbers/percentage-mismatch']);
  });
  it('leaves a share unresolved when another total fits it', () => {
    // 450 / 2100 = 21.4%, but 450 / 1800 = 25%
    assert.deepEqual(rulesOf(`${totals} Of these, 600 (25%) had waited a year at the latest count, against 450 (25%) in March 2021 and 270 (15%) in December 2020.`), []);
  });
  it('does not pair in order when the years say otherwise, the numbers differ, or the sentence before has a share', () => {
    // December before March: the order is not the pairing
    assert.deepEqual(ofClaims(`${totals} Of these, 600 (25%) had waited a year at the latest count, against 270 (13%) in December 2020 and 420 (23%) in March 2021.`), []);
    // three totals, two shares
    assert.deepEqual(ofClaims(`${totals} Of these, 600 (25%) had waited a year at the latest count, against 420 (22%) in March 2021.`), []);
    assert.deepEqual(ofClaims('The waiting list stood at 2,400 in June 2021, up 14%, and 2,100 in March 2021. Of these, 600 (25%) had waited a year, against 420 (22%) in March 2021.'), []);
  });
});

describe('numbers cross-sentence: a count pair restated as a rate in the next sentence (restated-share.ts)', () => {
  const pair = 'There were 640 appeals where a fee was charged, and 208 of these were upheld.';
  it('judges the rate on the pair when it names the part and what restricts the group', () => {
    // 208 / 640 = 32.5% -> 33% (32% or 33% under half-even rounding of 32.5)
    assert.deepEqual(ofClaims(`${pair} The upheld rate for fee appeals was therefore 33%.`), [['ok', '33% 208 640']]);
    assert.deepEqual(rulesOf(`${pair} The upheld rate for fee appeals was therefore 38%.`), ['numbers/percentage-mismatch']);
    // 'k of the n' in one clause: 208 / 640 = 32.5%, not 28%
    assert.deepEqual(rulesOf('Last year 208 of the 640 fee appeals were upheld. The upheld rate for fee appeals was 28%.'), ['numbers/percentage-mismatch']);
  });
  it('does not tie a rate of a wider or another group, or one with no rate word', () => {
    // 'all appeals' may be more than the fee appeals
    assert.deepEqual(ofClaims(`${pair} The upheld rate for all appeals was 22%.`), []);
    // 'in the north': something the first sentence does not say
    assert.deepEqual(ofClaims(`${pair} The upheld rate for fee appeals in the north was 22%.`), []);
    // not a rate of the pair
    assert.deepEqual(ofClaims(`${pair} Fee appeals took 22% longer to decide.`), []);
    // two counts of a part: which one the rate is, is not said
    assert.deepEqual(ofClaims('There were 640 appeals where a fee was charged; 208 of these were upheld and 90 withdrawn. The upheld rate for fee appeals was 22%.'), []);
  });
});

/** [verdict, figures] of the judged remainder claims. */
const restClaims = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'remainder' && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe("numbers: 'k of the n …; the other c …' (remainder.ts)", () => {
  it('reads the rest of a pair', () => {
    // 4 + 3 = 7
    assert.deepEqual(restClaims('Four of the seven wards we visited had a full staff team; the other three relied on agency nurses.'), [['ok', 'seven Four three']]);
    // 4 + 4 = 8, not 7
    assert.deepEqual(rulesOf('Four of the seven wards we visited had a full staff team; the other four relied on agency nurses.'), ['numbers/complement-mismatch']);
  });
  it('does not judge a rest of another group', () => {
    // 'the other four nurses' are not wards
    assert.deepEqual(rulesOf('Four of the seven wards we visited had a full staff team; the other four nurses were from an agency.'), []);
  });
});

/** [verdict, figures] of the judged quantifier claims. */
const quantClaims = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'quantifier' && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe("numbers cross-sentence: 'most of them, k in all' with the group counted in the sentence before (quantifier-distant.ts)", () => {
  it('judges the quantifier on the one group of the sentence before', () => {
    // 31 / 50 = 62%: most
    assert.deepEqual(quantClaims('We read 50 case files during the visit. The plan was up to date in most of them, 31 in all, and reviews were timely.'), [['ok', '31 50']]);
    // 22 / 50 = 44%: not most
    assert.deepEqual(rulesOf('We read 50 case files during the visit. The plan was up to date in most of them, 22 in all, and reviews were timely.'), ['numbers/quantifier-mismatch']);
  });
  it("does not take the total when 'them' may mean another group, or the sentence before counts two", () => {
    // 'the managers' may be what 'them' means
    assert.deepEqual(quantClaims('We read 50 case files during the visit. The managers were new, and most of them, 22 in all, had not been trained.'), []);
    // two groups counted before
    assert.deepEqual(quantClaims('We read 50 case files and spoke to 30 staff. Plans were up to date in most of them, 22 in all.'), []);
    // a count of its own before the share: 'them' is the 40 cases of this sentence, not the 50 files (22 / 40 = 55%)
    assert.deepEqual(quantClaims('We read 50 case files during the visit. In 40 cases there was a plan, and most of them, 22 in all, were up to date.'), [['ok', '22 40']]);
  });
});

describe("numbers cross-sentence: totals in a row of different groups are not paired (of-these-share.ts)", () => {
  it('leaves the shares alone when the totals count different things', () => {
    // 600 / 2400 = 25%, but 420 (22%) fits no total: not reported, the totals are of beds, staff and volunteers
    assert.deepEqual(ofClaims('The trust had 2,400 beds, 2,100 staff and 1,800 volunteers. Of these, 600 (25%) were in the north, against 420 (22%) in the south and 270 (15%) in the west.'), []);
  });
});

/** [verdict, figures] of the judged parts-sum claims. */
const sumClaims = (finding: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'parts-sum' && c.verdict !== 'unchecked')
    .map((c) => [c.verdict, c.operands.map((o) => o.raw).join(' ')]);

describe('numbers cross-sentence: parts in the next sentence that add up to a total (list-sum.ts, confirmed only)', () => {
  it('reads each clause of a list cut by a semicolon, and a count after a label word written with a separator', () => {
    // 1,200 + 300 = 1,500; 2,400 + 100 = 2,500 ('tier 2' is a label; 'tier 2,400' is a count)
    assert.deepEqual(sumClaims('We marked 1,500 papers in the foundation tier and 2,500 in the higher tier. In the foundation tier 1,200 passed and 300 failed; in the higher tier 2,400 passed and 100 failed.'), [
      ['ok', '1,500 1,200 300'],
      ['ok', '2,500 2,400 100'],
    ]);
  });
  it("reads parts joined by 'while', a hedged part among them", () => {
    // 8,400 + 1,100 = 9,500
    assert.deepEqual(sumClaims('Of the 20,000 claims made, 9,500 were refused. Some 8,400 of these lacked evidence, while 1,100 were late.'), [['ok', '9,500 8,400 1,100']]);
  });
  it('never reports a list that does not add up', () => {
    // 8,400 + 1,300 = 9,700, not 9,500: the parts may overlap or leave some out
    assert.deepEqual(rulesOf('Of the 20,000 claims made, 9,500 were refused. Some 8,400 of these lacked evidence, while 1,300 were late.'), []);
  });
});

describe('numbers cross-sentence: a restricted group restated by its head noun alone (restated-share.ts)', () => {
  it('does not report a figure that may be of the wider group', () => {
    // 'the boys in the secure unit' against 'the boys': 30% may be of all boys
    assert.deepEqual(rulesOf('Almost half of the boys in the secure unit felt unsafe at night. Overall, 30% of the boys felt unsafe at night.'), []);
    // named with the restriction, it is reported: 30% is not almost half
    assert.deepEqual(rulesOf('Almost half of the boys in the secure unit felt unsafe at night. Overall, 30% of the boys in the secure unit felt unsafe at night.'), ['numbers/fraction-mismatch']);
  });
});
