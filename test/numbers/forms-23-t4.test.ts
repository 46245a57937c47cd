/**
 * Forms of round j- (findings over several sentences) read in the sixth session of 2026-12-07 (tuner t4): means of
 * labelled figures and of shares, gaps in percentage points against a year or after 'This was', and rests closing
 * lists after a preposition, ', of whom' or 'Of these,'. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { claims, numbersDiagnostics } from './helpers.js';

const FM0 = '---\ntitle: Example\n---\n\n';
const doc = (text: string) => `${FM0}## Findings\n\n${text}\n`;
const of = (text: string, kind: string) => claims(doc(text)).filter((c) => c.kind === kind);
const rules = (text: string) => numbersDiagnostics(doc(text)).map((d) => d.ruleId);

describe("a mean of labelled figures, '31 days at Site North, 45 at Site South and 20 at Site East, an average of 32 days across the three sites' (mean.ts labelledListBack)", () => {
  it('judges the mean of the figures when the mean names as many items as the list has', () => {
    const ok = of('Average stays were 31 days at Site North, 45 at Site South and 20 at Site East, an average of 32 days across the three sites.', 'mean');
    assert.deepEqual(ok.map((c) => c.verdict), ['ok']);
    // (31 + 45 + 20) / 3 = 32, not 36
    assert.deepEqual(rules('Average stays were 31 days at Site North, 45 at Site South and 20 at Site East, an average of 36 days across the three sites.'), ['numbers/mean-mismatch']);
    // (12 + 18 + 9 + 21) / 4 = 15, not 17
    assert.deepEqual(rules('Waits were 12 days in Unit A, 18 in Unit B, 9 in Unit C and 21 in Unit D, an average of 17 days across the four units.'), ['numbers/mean-mismatch']);
  });
  it('trap: a mean of a wider group, or of another number of items, is not read', () => {
    assert.deepEqual(of('Average stays were 31 days at Site North, 45 at Site South and 20 at Site East, an average of 36 days across the region.', 'mean'), []);
    assert.deepEqual(of('Average stays were 31 days at Site North, 45 at Site South and 20 at Site East, an average of 36 days across the four sites.', 'mean'), []);
    // labels after different prepositions are no one list
    assert.deepEqual(rules('Stays were 31 days at Site North, 45 in Site South and 20 for Site East, an average of 36 days across the three sites.'), []);
  });
});

describe("a mean of shares, '81%, 77%, 90% and 84%, an average of 83%' (mean.ts plainMeanFits: confirm only)", () => {
  it('confirms the plain mean when it fits', () => {
    const c = of('Attendance at the four centres was 81%, 77%, 90% and 84%, an average of 83%.', 'mean');
    assert.deepEqual(c.map((x) => x.verdict), ['ok']);
  });
  it('trap: a mean that the plain mean does not give is never reported (it may be weighted)', () => {
    const c = of('Attendance at the four centres was 81%, 77%, 90% and 84%, an average of 86%.', 'mean');
    assert.deepEqual(c.map((x) => x.verdict), ['unchecked']);
    assert.deepEqual(rules('Attendance at the four centres was 81%, 77%, 90% and 84%, an average of 86%.'), []);
  });
});

describe("a mean per item of the items counted in the sentence before, 'We visited four day centres. They made 3, 7, 2 and 4 referrals respectively, a mean of 4 referrals per centre.' (mean.ts perNamedPeriod)", () => {
  it('judges the mean when the sentence points back to as many items as the list has', () => {
    assert.deepEqual(of('We visited four day centres this year. They made 3, 7, 2 and 4 referrals respectively, a mean of 4 referrals per centre.', 'mean').map((c) => c.verdict), ['ok']);
    // 16 / 4 = 4, not 5
    assert.deepEqual(rules('We visited four day centres this year. They made 3, 7, 2 and 4 referrals respectively, a mean of 5 referrals per centre.'), ['numbers/mean-mismatch']);
  });
  it('trap: another number of items before, or no pointing back, leaves the rate unjudged', () => {
    assert.deepEqual(rules('We visited six day centres this year. They made 3, 7, 2 and 4 referrals respectively, a mean of 5 referrals per centre.'), []);
    assert.deepEqual(rules('We visited four day centres this year. Staff made 3, 7, 2 and 4 referrals, a mean of 5 referrals per centre.'), []);
  });
});

describe("a gap in percentage points against a year with its level in brackets, 'stood at 54.3%: 2.1 percentage points above 2019/20 (52.2%)' (change.ts CUE_AFTER)", () => {
  it('reads each gap against the level that opens the sentence', () => {
    const text = 'The pass rate stood at 54.3%: 2.1 percentage points above 2019/20 (52.2%) and 6.8 percentage points above 2015/16 (47.5%).';
    assert.deepEqual(of(text, 'change').map((c) => c.verdict), ['ok', 'ok']);
    // 54.3 − 47.5 = 6.8, not 7.2 (the bracketed old level of the first gap is no new level of the second)
    assert.deepEqual(rules('The pass rate stood at 54.3%: 2.1 percentage points above 2019/20 (52.2%) and 7.2 percentage points above 2015/16 (47.5%).'), ['numbers/change-mismatch']);
  });
  it('trap: a year after "above" with no level of its own is not read as one', () => {
    assert.deepEqual(rules('The pass rate stood at 54.3%, 7.2 percentage points above 2019 levels.'), []);
  });
});

describe("a gap in points after 'This was', its new level the one share of the sentence before, 'This was unchanged from March and 14 percentage points higher than at 31 August 2015 (68%).' (change.ts newBefore THIS_POINTS)", () => {
  it('judges the gap against the share before', () => {
    const ok = 'At 31 August 2020, 82% of childminders were judged good or better. This was unchanged from March and 14 percentage points higher than at 31 August 2015 (68%).';
    assert.deepEqual(of(ok, 'change').map((c) => c.verdict), ['ok']);
    assert.deepEqual(rules('At 31 August 2020, 82% of childminders were judged good or better. This was 16 percentage points higher than at 31 August 2015 (68%).'), ['numbers/change-mismatch']);
  });
  it('trap: two shares before leave the new level unknown', () => {
    assert.deepEqual(rules('At 31 August 2020, 82% of childminders and 79% of nurseries were judged good. This was 16 percentage points higher than at 31 August 2015 (68%).'), []);
  });
});

describe("a rest closing parts each after one preposition, 'The service was assessed against 15 standards. It was compliant with 9, partly compliant with 2 and not compliant with the remaining 4.' (remainder.ts parallelPrepParts)", () => {
  it('reads the list as a partition of the whole before', () => {
    assert.deepEqual(of('The service was assessed against 15 standards. It was compliant with 9, partly compliant with 2 and not compliant with the remaining 4.', 'remainder').map((c) => c.verdict), ['ok']);
    // 15 − 9 − 2 = 4, not 6
    assert.deepEqual(rules('The service was assessed against 15 standards. It was compliant with 9, partly compliant with 2 and not compliant with the remaining 6.'), ['numbers/complement-mismatch']);
  });
  it('trap: a whole of places visited, or parts of having, are not read so', () => {
    assert.deepEqual(rules('Inspectors visited 15 services. The provider was compliant with 9, partly compliant with 2 and not compliant with the remaining 6.'), []);
    assert.deepEqual(rules('The service was assessed against 15 standards. It was compliant with 9, had made progress with 2 and was not compliant with the remaining 6.'), []);
  });
});

describe("a rest after ', of whom k …; the remaining r …' (remainder.ts)", () => {
  it('judges the rest of the one part', () => {
    assert.deepEqual(of('We spoke with 20 parents, of whom 14 said their child felt safe; the remaining 6 were unsure.', 'remainder').map((c) => c.verdict), ['ok']);
    assert.deepEqual(rules('We spoke with 20 parents, of whom 14 said their child felt safe; the remaining 8 were unsure.'), ['numbers/complement-mismatch']);
  });
  it('trap: a rest of another group is not judged', () => {
    assert.deepEqual(rules('We spoke with 20 parents, of whom 14 said their child felt safe; the remaining 8 staff were unsure.'), []);
  });
});

describe("a rest closing an 'Of these,' list after a preposition or a clause of none ('In the remaining 9 …', 'No school was judged inadequate, and the remaining 9 …') (remainder.ts BACK_REST_LEAD)", () => {
  it('reads the rest of the whole two back', () => {
    const ok = 'We inspected 40 schools this term. Of these, 31 (78%) were judged good. No school was judged inadequate, and the remaining 9 were judged to require improvement.';
    assert.deepEqual(of(ok, 'remainder').map((c) => c.verdict), ['ok']);
    assert.deepEqual(rules('We inspected 40 schools this term. Of these, 31 (78%) were judged good. No school was judged inadequate, and the remaining 11 were judged to require improvement.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rules('We inspected 40 schools this term. Of these, 31 (78%) were judged good. In the remaining 11, leaders had not acted on the last report.'), ['numbers/complement-mismatch']);
  });
  it('trap: a lead with a figure of its own is not read', () => {
    assert.deepEqual(rules('We inspected 40 schools this term. Of these, 31 (78%) were judged good. Two were judged inadequate, and the remaining 11 were judged to require improvement.').filter((r) => r === 'numbers/complement-mismatch').length <= 1, true);
  });
});

describe("a hedged fraction with its share and count in brackets, the whole opening the sentence, 'Of the 80 tenants …, just over a quarter (26%, or 21 tenants) …' (extract/fraction.ts)", () => {
  it('judges the fraction and the share on the count of the whole', () => {
    const ok = claims(doc('Of the 80 tenants who reported a repair, just over a quarter (26%, or 21 tenants) were still waiting after a month.'));
    // (The fraction on the share, the share on the count and the fraction on the count: t7's reading, merged over this one.)
    const read = ok.filter((c) => c.kind === 'fraction' || c.kind === 'percent-of');
    assert.ok(read.length >= 2 && read.every((c) => c.verdict === 'ok'), JSON.stringify(read.map((c) => c.verdict)));
    // 21 / 80 = 26.25%, not 31%
    assert.deepEqual(rules('Of the 80 tenants who reported a repair, just over a quarter (31%, or 21 tenants) were still waiting after a month.'), ['numbers/percentage-mismatch']);
  });
  it('trap: with another figure between the whole and the fraction the bracket is not read on the whole', () => {
    assert.deepEqual(rules('Of the 80 tenants who reported a repair, 52 had a visit and just over a quarter (31%, or 21 tenants) were still waiting.').filter((r) => r === 'numbers/percentage-mismatch'), []);
  });
});

describe("a word share of 'them' restated after a colon by a count 'in all' of the group the sentence before counts, 'We checked 30 files. Just over half of them had a signed plan: 19 files in all.' (them-share.ts, which the merge kept over hedge-count.ts colonOfThem)", () => {
  it('judges the word share on the count and the whole', () => {
    const c = claims(doc('We checked the records of 30 residents. Just over half of them had a care plan signed by the resident: 16 residents in all.')).filter((x) => x.kind === 'fraction' && x.operands.length === 3);
    assert.deepEqual(c.map((x) => x.verdict), ['ok']);
    // 21 / 30 = 70%: not just over half
    assert.deepEqual(rules('We checked the records of 30 residents. Just over half of them had a care plan signed by the resident: 21 residents in all.'), ['numbers/fraction-mismatch']);
  });
  it('trap: a count of another noun after the colon is not read', () => {
    assert.deepEqual(rules('We checked the records of 30 residents. Just over half of them had a care plan signed by the resident: 21 plans in all.'), []);
  });
});

describe("a rest after 'Of the NOUN,' naming one count of the sentence before, 'There were 900 pupils and 120 staff. Of the staff, 70 …, and the remaining 50 …' (remainder.ts BACK_OPEN_NAMED)", () => {
  it('judges the rest of the count the noun names', () => {
    assert.deepEqual(of('The college had 640 full-time learners and 210 apprentices. Of the apprentices, 150 were on level 3 courses, and the remaining 60 were on level 2.', 'remainder').map((c) => c.verdict), ['ok']);
    assert.deepEqual(rules('The college had 640 full-time learners and 210 apprentices. Of the apprentices, 150 were on level 3 courses, and the remaining 70 were on level 2.'), ['numbers/complement-mismatch']);
  });
  it('trap: two counts of that noun before leave the whole unknown', () => {
    assert.deepEqual(rules('The college had 210 apprentices in 2022 and 230 apprentices in 2023. Of the apprentices, 150 were on level 3 courses, and the remaining 70 were on level 2.'), []);
  });
});
