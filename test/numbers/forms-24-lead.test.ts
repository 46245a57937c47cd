/**
 * Two false alarms of a trap round (226 correct passages, written without running the checker), read by the lead
 * in the session of 2026-12-08: a change amount's share of the older figure, and a share of a capacity.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

describe("a change amount's share and a share of capacity (back-share.ts)", () => {
  it("trap: 'up from 1,752: an extra 160, or 9%' is of the older figure, not the newer", () => {
    assert.deepEqual(rulesOf('The force now has 1,912 police officers, up from 1,752 in 2019: an extra 160 officers, or 9%.'), []);
  });
  it('not-ok: the same change with a share that neither figure gives is not confirmed', () => {
    const c = claimsOf('The force now has 1,912 police officers, up from 1,752 in 2019: an extra 160 officers, or 14%.').find((x) => x.operands.some((o) => o.raw === '14%'));
    assert.notEqual(c?.verdict, 'ok');
  });
  it("trap: 'That is 113% of capacity' may pass 100%", () => {
    assert.deepEqual(rulesOf('The prison held 412 men, against a design capacity of 364. That is 113% of capacity.'), []);
  });
});

describe("a count that is a part of a group its finding counted before, tied by its noun or its verb (running-part.ts)", () => {
  const partsOf = (text: string, k: string) =>
    claimsOf(text)
      .filter((c) => c.kind === 'count-of' && c.operands.some((o) => o.role === 'k' && o.raw === k))
      .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);
  it('reads a later count with the noun left out as a part of the group looked at', () => {
    assert.deepEqual(partsOf('We spoke to 64 women in the first night centre. Most of them said staff had been kind, and 12 said they had been searched.', '12'), [['ok', '64']]);
    assert.deepEqual(partsOf('We reviewed 120 missing person investigations. A risk assessment was recorded early, and in 88 the assessment had been reviewed.', '88'), [['ok', '120']]);
  });
  it('reads a later frame or count of the same noun as a part of it', () => {
    assert.deepEqual(partsOf('We reviewed the records of 48 patients on the wards. Of the 21 patients who were detained, most had a plan.', '21'), [['ok', '48']]);
    assert.deepEqual(partsOf('There are 214 pupils on roll this term. Thirty-one pupils have additional learning needs.', 'Thirty-one'), [['ok', '214']]);
    assert.deepEqual(partsOf('Of the 14 detainees aged 17 or under, an appropriate adult had attended within two hours for 9.', '9'), [['ok', '14']]);
  });
  it('not-ok: a count larger than the group is not read as its part, and nothing is reported (the text does not tie them)', () => {
    assert.deepEqual(partsOf('We spoke to 64 women in the first night centre. Staff were kind, and 72 said they had been searched.', '72'), []);
    assert.deepEqual(rulesOf('We spoke to 64 women in the first night centre. Staff were kind, and 72 said they had been searched.'), []);
  });
  it('trap: a count of another noun, a sibling in a list, a count of another time', () => {
    assert.deepEqual(partsOf('We read 60 custody records. In total, 52 detainees asked for a call.', '52'), []);
    assert.deepEqual(partsOf('We inspected 30 care homes and 12 homes for children.', '12'), []);
    assert.deepEqual(partsOf('We inspected 40 schools this year. Last year 25 schools were inspected.', '25'), []);
    assert.deepEqual(partsOf('Of the 30 homes, 12 qualified nurses had left.', '12'), []);
  });
});

describe("a count's bracketed share after a sentence with several counts: the one whole that gives it (candidate-pairs.ts withNearestWhole)", () => {
  const whole = (text: string, raw: string) => claimsOf(text).find((c) => c.operands.some((o) => o.role === 'p' && o.raw === raw))?.operands.find((o) => o.role === 'n')?.raw;
  it('confirms the share on the one count before that gives it', () => {
    assert.equal(whole('We examined 60 custody records at the two suites. A free call had been offered in 52 (87%).', '87%'), '60');
  });
  it('not-ok stays unjudged: a share that no count before gives names no whole and is not reported', () => {
    const text = 'We examined 60 custody records at the two suites. A free call had been offered in 52 (84%).';
    assert.equal(whole(text, '84%'), undefined);
    assert.deepEqual(rulesOf(text), []);
  });
  it('trap: two counts before that both give the share leave the whole unnamed', () => {
    // 12/24 = 50%, and 12/24 again for the second group of 24
    assert.equal(whole('We read 24 files in May and 24 in June. A plan was in place in 12 (50%).', '50%'), undefined);
  });
});

describe("a count split into its kinds after the ages of its group ('61 children aged 12 to 17 – 57 boys and four girls –')", () => {
  it('reads the split after the ages, in dashes or brackets', () => {
    assert.deepEqual(rulesOf('The centre held 61 children aged 12 to 17 – 57 boys and four girls – in six house blocks.'), []);
    assert.ok(claimsOf('The centre held 61 children aged 12 to 17 – 57 boys and four girls – in six house blocks.').some((c) => c.kind === 'parts-sum' && c.verdict === 'ok'));
    assert.ok(claimsOf('We reviewed 60 cases of young people aged 15 to 17 (35 boys and 25 girls).').some((c) => c.kind === 'parts-sum' && c.verdict === 'ok'));
  });
  it('not-ok: a split that does not make the count is reported', () => {
    assert.deepEqual(rulesOf('The centre held 61 children aged 12 to 17 – 57 boys and five girls – in six house blocks.'), ['numbers/parts-sum']);
  });
  it('trap: a range after a range end is still a range where it goes on a number with no noun', () => {
    assert.deepEqual(rulesOf('Waiting times were 10 to 12 weeks in May – 14 in June.'), []);
  });
});

describe('a quantifier word with its count set beside it, the group counted before (quantifier-apposed.ts)', () => {
  const q = (text: string, k: string) => claimsOf(text).find((c) => c.kind === 'quantifier' && c.operands.some((o) => o.role === 'k' && o.raw === k));
  it('confirms the word on the group of the sentence before', () => {
    const c = q('Nineteen pupils have a statement of needs. The tracking shows that a majority of them, 12 pupils, are making good progress.', '12');
    assert.equal(c?.verdict, 'ok');
    assert.ok(c?.operands.some((o) => o.role === 'n' && o.raw === 'Nineteen'));
    assert.equal(q('The base serves 24 pupils with complex needs. Most of these pupils, 22 in all, make strong progress.', '22')?.verdict, 'ok');
  });
  it('not-ok: a word the count does not fit is not confirmed, and nothing is reported here (the text does not tie them)', () => {
    const text = 'Nineteen pupils have a statement of needs. The tracking shows that a majority of them, 6 pupils, are making good progress.';
    assert.notEqual(q(text, '6')?.verdict, 'ok');
    assert.deepEqual(rulesOf(text), []);
  });
  it('trap: two groups counted before leave the word unread', () => {
    const c = q('We spoke to 19 pupils and 30 parents. A majority, 12 people, were positive.', '12');
    assert.notEqual(c?.verdict, 'ok');
  });
  it("trap: a count with its own whole ('a majority, 12 of the 19') is left to the pair readers", () => {
    assert.deepEqual(rulesOf('There were 40 pupils. A majority, 12 of the 19 boys, were positive.'), []);
  });
});

describe("shares of a group the sentence names with 'of those NOUN', not the group of another noun counted before (them-share.ts, extract/percent-count.ts)", () => {
  const text = 'The Service employed 7,834 people. Two-thirds of those stations (240) rely mainly on retained crews, 21% (74) are wholetime and 12% (42) are crewed by volunteers.';
  it('trap: neither the fraction nor the later shares are judged on the 7,834 people', () => {
    assert.deepEqual(rulesOf(text), []);
  });
  it("the group of the same noun ('of these pupils' after '40 pupils') is still taken", () => {
    assert.deepEqual(rulesOf('Inspectors looked at the books of 40 pupils. Two-thirds of these pupils (12) wrote at length.'), ['numbers/fraction-mismatch']);
  });
  it("a noun whose word the sentence before has ('strip-searched' … 'these searches') is still of that group", () => {
    assert.deepEqual(rulesOf('Twenty-four children had been strip-searched in the year. Half of these searches (14) had been carried out under restraint.'), ['numbers/fraction-mismatch']);
  });
});

describe("a list closed by its total with 'a further' before a part (trailing-total.ts)", () => {
  it("confirms '141 … and a further 46 …, 187 in all'", () => {
    assert.ok(claimsOf('We received 141 responses online and a further 46 on paper, 187 in all.').some((c) => c.kind === 'parts-sum' && c.verdict === 'ok'));
  });
  it("not-ok is listed, not reported: 'a further' is a loose word, the parts may overlap", () => {
    const text = 'We received 141 responses online and a further 46 on paper, 190 in all.';
    assert.ok(claimsOf(text).some((c) => c.kind === 'parts-sum' && c.verdict === 'unchecked'));
    assert.deepEqual(rulesOf(text), []);
  });
  it('trap: without the total the parts are no list', () => {
    assert.ok(!claimsOf('We received 141 responses online and a further 46 on paper.').some((c) => c.kind === 'parts-sum'));
  });
});
