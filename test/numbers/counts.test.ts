/**
 * Counts of a stated total and shares of them (issue 9, branch counts): the
 * shapes the numeric checks missed in plain and cross-sentence prose. Every
 * sentence is written for these tests (not a corpus passage); the arithmetic
 * is worked out in the comments. Each shape has a wrong figure that is now
 * reported, a right one that is not, and a trap that must stay unresolved.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

/** [kind, verdict, k, n] of every claim that has a count written `k`. */
const withCount = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.kind, c.verdict, k, c.operands.find((o) => o.role === 'n')?.raw]);
/** The verdicts of the claims whose share is written `p`. */
const shareVerdicts = (finding: string, p: string) =>
  claimsOf(finding)
    .filter((c) => c.operands.some((o) => o.role === 'p' && o.raw === p) && c.operands.some((o) => o.role === 'n'))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'k')?.raw, c.operands.find((o) => o.role === 'n')?.raw]);

describe('numbers counts: quoted grades of later siblings', () => {
  it("reads '14 as \"partly secure\" (30%)' with the verb left out", () => {
    // 18/40 = 45% ✓; 14/40 = 35%, not 30% ✗; 8/40 = 20% ✓
    const s = 'Of the 40 wards, 18 were rated as "secure" (45%), 14 as "partly secure" (30%) and 8 as "unsafe" (20%).';
    assert.deepEqual(shareVerdicts(s, '45%'), [['ok', '18', '40']]);
    assert.deepEqual(shareVerdicts(s, '30%'), [['inconsistent', '14', '40']]);
    assert.deepEqual(shareVerdicts(s, '20%'), [['ok', '8', '40']]);
  });
  it("reads a grading verb with an object ('21 rated the food \"poor\" (48%)')", () => {
    // 21/50 = 42%, not 48%; 20/50 = 40% ✓
    assert.deepEqual(shareVerdicts('Of the 50 surveys returned, 21 rated the food "poor" (48%).', '48%'), [['inconsistent', '21', '50']]);
    assert.deepEqual(shareVerdicts('Of the 50 surveys returned, 20 rated it "poor" (40%).', '40%'), [['ok', '20', '50']]);
  });
  it('does not take the total for a count of another group', () => {
    // 18 staff are not 18 of the 40 wards: no reading of 45% against 40.
    assert.deepEqual(shareVerdicts('Of the 40 wards, 18 staff rated it "good" (45%).', '45%'), []);
  });
});

describe("numbers counts: 'P% of these (k)'", () => {
  it('judges the share on its bracketed count', () => {
    // 330/1,200 = 27.5%, not 25%; 300/1,200 = 25% ✓
    assert.deepEqual(shareVerdicts('We closed 1,200 cases in the year, and 25% of these (330) were closed early.', '25%'), [['inconsistent', '330', '1,200']]);
    assert.deepEqual(shareVerdicts('We closed 1,200 cases in the year, and 25% of these (300) were closed early.', '25%'), [['ok', '300', '1,200']]);
  });
  it('leaves it unresolved when several totals could be meant and none fits', () => {
    // 30/120 = 25%, 30/80 = 37.5%: neither is 30%, and 'these' may be either group.
    const s = 'We read 120 files and 80 plans. 30% of these (30) were late.';
    assert.deepEqual(rulesOf(s), []);
    assert.ok(claimsOf(s).every((c) => c.verdict !== 'inconsistent'));
  });
});

describe("numbers counts: 'k/n' with thousands separators", () => {
  it('reads a large pair as a count and its total', () => {
    // 2,310/8,400 = 27.5%, not 30%; 2,352/8,400 = 28% ✓
    assert.deepEqual(shareVerdicts('Inspectors visited 2,310/8,400 nurseries (30%) last year.', '30%'), [['inconsistent', '2,310', '8,400']]);
    assert.deepEqual(shareVerdicts('Inspectors visited 2,352/8,400 nurseries (28%) last year.', '28%'), [['ok', '2,352', '8,400']]);
  });
  it('does not read a pair of years', () => {
    assert.deepEqual(shareVerdicts('In 2019/2020 we saw 12 nurseries (40%).', '40%').filter((c) => c[2] === '2020'), []);
  });
});

describe("numbers counts: 'Of n …, … in k' (the part closes the clause)", () => {
  it('reads the count after the closing in', () => {
    // 52 of 90 ✓; 95 of 90 cannot be
    assert.deepEqual(withCount('Of 90 late files, the team failed to record a reason in 52.', '52'), [['count-of', 'ok', '52', '90']]);
    assert.deepEqual(withCount('Of 90 late files, the team failed to record a reason in 95.', '95'), [['count-of', 'impossible', '95', '90']]);
  });
  it('judges a bracketed share after it', () => {
    // 52/90 = 57.8%, not 62%
    const s = 'Of 90 late files, the team failed to record a reason in 52, well over half (62%).';
    assert.ok(withCount(s, '52').some((c) => c[1] === 'inconsistent' && c[3] === '90'));
  });
  it('does not read a year or a count with its own noun', () => {
    assert.deepEqual(withCount('Of 90 late files, the team had failed to act in 2021.', '2021'), []);
    assert.deepEqual(withCount('Of 90 late files, the team found errors in 120 letters.', '120').filter((c) => c[1] === 'impossible'), []);
  });
});

describe("numbers counts: 'out of a possible n'", () => {
  it('reads the frame after a clause start', () => {
    // 1,870 of 3,140 ✓
    assert.deepEqual(withCount('Across the region, out of a possible 3,140 referrals, 1,870 were accepted.', '1,870'), [['count-of', 'ok', '1,870', '3,140']]);
  });
  it('reports a larger first count, as at the sentence start', () => {
    // 3,870 of 3,140 cannot be
    const s = 'Across the region, out of a possible 3,140 referrals, 3,870 were accepted.';
    assert.deepEqual(rulesOf(s), ['numbers/impossible']);
  });
  it('does not read a count of another group after it', () => {
    assert.deepEqual(rulesOf('Across the region, out of a possible 3,140 referrals, 3,870 staff were trained.'), []);
  });
});

describe("numbers counts: 'k of its n'", () => {
  it('judges a part that fits', () => {
    assert.deepEqual(withCount('The trust reviewed 14 of its 22 wards.', '14'), [['count-of', 'ok', '14', '22']]);
    assert.deepEqual(withCount('The council made 17 inspections of its 40 care homes.', '17'), [['count-of', 'ok', '17', '40']]);
  });
  it('does not report a larger part: it may count several of one', () => {
    // 45 inspections of 30 homes can be (some homes twice); '31 of its 30' after such a clause may elide 'inspections'.
    assert.deepEqual(rulesOf('The council made 45 inspections of its 30 care homes.'), []);
    assert.deepEqual(rulesOf('The council made 45 inspections of its 30 care homes and 31 of its 30 nurseries.'), []);
  });
});

describe("numbers counts: a hedged part ('about 60 of them')", () => {
  it('judges it when it fits', () => {
    assert.deepEqual(withCount('There were 212 residents, around 60 of them over 80.', '60'), [['count-of', 'ok', '60', '212']]);
  });
  it('never reports it', () => {
    assert.deepEqual(rulesOf('There were 212 residents, around 260 of them living alone.'), []);
  });
});

describe("numbers counts: 'P% of cases (k reviews to n cases)'", () => {
  it('judges the share when the nouns agree or it fits', () => {
    // 14/40 = 35%, not 40%; 270/600 = 45% ✓
    assert.deepEqual(shareVerdicts('The team saw 40% of the children (14 children out of 40).', '40%'), [['inconsistent', '14', '40']]);
    assert.deepEqual(shareVerdicts('The service reviewed 45% of its cases (270 reviews to 600 cases).', '45%'), [['ok', '270', '600']]);
  });
  it('does not report it when the part counts something else', () => {
    // 300 reviews of 600 cases is 50%, but some cases may have had two reviews: 45% of cases can be right.
    assert.deepEqual(rulesOf('The service reviewed 45% of its cases (300 reviews to 600 cases).'), []);
  });
});

describe("numbers counts: 'A further k X (P%)' after a total", () => {
  it('takes the total of the sentence before', () => {
    // 60/250 = 24%, not 30%; 20/250 = 8% ✓
    const wrong = 'Of the 250 nurseries inspected, 20 (8%) were judged weak. A further 60 nurseries (30%) were judged adequate.';
    assert.deepEqual(shareVerdicts(wrong, '30%'), [['inconsistent', '60', '250']]);
    const right = 'Of the 250 nurseries inspected, 20 (8%) were judged weak. A further 60 nurseries (24%) were judged adequate.';
    assert.deepEqual(shareVerdicts(right, '24%'), [['ok', '60', '250']]);
  });
  it('does not take it for a count of another group', () => {
    const s = 'Of the 250 nurseries inspected, 20 (8%) were judged weak. A further 60 staff (30%) had left.';
    assert.deepEqual(rulesOf(s), []);
  });
});

describe('numbers counts: a later count of the group just counted (later-part.ts)', () => {
  it('judges the same noun, or a count whose noun is left out after a coordinated verb, when it fits', () => {
    // 16 of 60 ✓; 27 of 30 ✓
    assert.deepEqual(withCount('For all 60 providers in the region, we have so far visited 16 providers in person.', '16'), [['count-of', 'ok', '16', '60']]);
    assert.deepEqual(withCount('We requested 30 staff files and checked 27 during the visit.', '27'), [['count-of', 'ok', '27', '30']]);
  });
  it('never reports a larger count: the two may be different groups', () => {
    const s = 'We visited 12 schools in May and visited 15 in June.';
    assert.deepEqual(withCount(s, '15'), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it("reads the total's noun phrase past 'and' ('60 care and support providers')", () => {
    assert.deepEqual(withCount('This covers the 60 care and support providers in the city; so far we have inspected 16 providers.', '16'), [['count-of', 'ok', '16', '60']]);
  });
  it('does not read a list of siblings as a part', () => {
    assert.deepEqual(withCount('We inspected 30 care homes and 12 homes for children.', '12'), []);
    assert.deepEqual(withCount('We inspected 30 care homes, 12 nursing homes and 4 hospices.', '12'), []);
  });
  it("does not read a sibling or a rest ('a further 9 cases', 'all but two cases') as a part", () => {
    assert.deepEqual(withCount('This left 14 cases where it was weak, and a further 9 cases where no reason was given.', '9'), []);
    assert.deepEqual(withCount('In the 18 cases we read, the plan had been shared in all but two cases.', 'two').filter((c) => c[0] === 'count-of'), []);
  });
});

describe('numbers counts: a gapped clause of a frame repeats its bound', () => {
  it("reads 'and 1,240 more than six months' as a part of the frame's total", () => {
    // 1,240 <= 9,800 ✓ (the verb 'had waited' is left out)
    const s = 'Of the 9,800 people on the list, 42% had waited more than three months and 1,240 more than six months.';
    assert.deepEqual(withCount(s, '1,240'), [['count-of', 'ok', '1,240', '9,800']]);
  });
  it('never reports a larger gapped count: it may be another group', () => {
    // 12,400 > 9,800: listed, not reported
    const s = 'Of the 9,800 people on the list, 42% had waited more than three months and 12,400 more than six months.';
    assert.deepEqual(withCount(s, '12,400'), [['count-of', 'unchecked', '12,400', '9,800']]);
    assert.deepEqual(rulesOf(s).filter((r) => r === 'numbers/count-exceeds-total'), []);
  });
  it('does not read a difference as a part when no earlier clause wrote the bound', () => {
    // '310 more than last year' is a difference, not 310 of the 9,800
    const s = 'Of the 9,800 people on the list, 42% had waited for a first appointment and 310 more than last year.';
    assert.deepEqual(withCount(s, '310'), []);
  });
});

describe('numbers counts: a later sibling k (P%) takes the total its sibling fits', () => {
  it("reports 'and 21 (20%)' after '45 (30%)' of 150 complaints", () => {
    // 45/150 = 30% ✓; 21/150 = 14%, not 20% ✗
    const s = 'The service received 150 complaints last year: 45 (30%) about waiting times and 21 (20%) about staff attitudes.';
    assert.deepEqual(shareVerdicts(s, '30%'), [['ok', '45', '150']]);
    assert.deepEqual(shareVerdicts(s, '20%'), [['inconsistent', '21', '150']]);
  });
  it('accepts a right sibling share', () => {
    // 21/150 = 14% ✓
    const s = 'The service received 150 complaints last year: 45 (30%) about waiting times and 21 (14%) about staff attitudes.';
    assert.deepEqual(shareVerdicts(s, '14%'), [['ok', '21', '150']]);
  });
  it('does not give the total to a share of another group named between', () => {
    // 9 (60%) is a share of the staff asked (a group never counted), not 9/150 = 6%: not judged against 150
    const s = 'The service received 150 complaints last year: 45 (30%) about waiting times and for the staff asked, 9 (60%) felt supported.';
    assert.deepEqual(rulesOf(s).filter((r) => r === 'numbers/percentage-mismatch'), []);
  });
});

describe("numbers counts: an absolute 'with k -ing' clause after the total", () => {
  it("reads ', with 310 succeeding' as a part of 1,200 appeals when it fits", () => {
    // 310 <= 1,200 ✓
    const s = 'Last year 1,200 appeals were heard by the panel, with 310 succeeding.';
    assert.deepEqual(withCount(s, '310'), [['count-of', 'ok', '310', '1,200']]);
  });
  it('never reads a larger count, and never reports it', () => {
    // 1,310 > 1,200: not read (it may be another group)
    const s = 'Last year 1,200 appeals were heard by the panel, with 1,310 waiting.';
    assert.deepEqual(withCount(s, '1,310'), []);
    assert.deepEqual(rulesOf(s).filter((r) => r === 'numbers/count-exceeds-total'), []);
  });
});
