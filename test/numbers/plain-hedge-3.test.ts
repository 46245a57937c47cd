/**
 * Plain counts of a total judged only when they fit (relations/plain-part.ts),
 * word shares restated by a count (relations/hedge-count.ts) and 'P% were
 * judged outstanding (k schools)' after a frame (extract/total-first.ts).
 * Sentences written for these tests; the arithmetic is worked by hand in the
 * comments. A reading that cannot be sure is never reported: a misfit leaves
 * no claim, or an unchecked one.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

/** [verdict, total] of every count-of claim whose count is written `k`. */
const partOf = (finding: string, k: string) =>
  claimsOf(finding)
    .filter((c) => c.kind === 'count-of' && c.operands.some((o) => o.role === 'k' && o.raw === k))
    .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);
/** [kind, verdict] of every word-share claim that has a count `k` and a total `n`. */
const wordShare = (finding: string, k: string, n: string) =>
  claimsOf(finding)
    .filter((c) => c.operands.some((o) => o.role === 'f' || o.role === 'q') && c.operands.some((o) => o.role === 'k' && o.raw === k) && c.operands.some((o) => o.role === 'n' && o.raw === n))
    .map((c) => [c.kind, c.verdict]);
const usesFigure = (finding: string, raw: string) => claimsOf(finding).some((c) => c.kind !== 'count' && c.verdict !== 'unchecked' && c.operands.some((o) => o.raw === raw));

describe('numbers plain-hedge-3: a capacity and its occupants', () => {
  it("'can hold up to N …, and k were held': k of N when it fits", () => {
    const s = 'The unit can hold up to 60 women, and 48 were held there when we visited.';
    assert.deepEqual(partOf(s, '48'), [['ok', '60']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it('over capacity is possible: not judged, never reported', () => {
    const s = 'The wing is registered for 30 people; 34 were living there during our visit.';
    assert.deepEqual(partOf(s, '34'), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: money and dates beside the capacity are no counts', () => {
    const s = 'The home is registered for 25 people and charges £900 a week; 22 were living there on 3 May 2024.';
    assert.deepEqual(partOf(s, '22'), [['ok', '25']]);
    assert.equal(usesFigure(s, '2024'), false);
    assert.equal(usesFigure(s, '900'), false);
  });
  it('trap: staff are another population than the places', () => {
    assert.deepEqual(partOf('The prison can hold 500 men, and 40 staff were on duty.', '40'), []);
  });
});

describe("numbers plain-hedge-3: 'in k' closing a clause", () => {
  it("a frame, then 'in k [noun]' at the clause end", () => {
    // 21 ≤ 30.
    assert.deepEqual(partOf('Across the 30 visits, inspectors found safe staffing in 21 homes.', '21'), [['ok', '30']]);
    assert.deepEqual(partOf('During the 12 inspections, inspectors found good practice in 7 schools.', '7'), [['ok', '12']]);
  });
  it("'in most of them … in only k': the total the sentence before counts", () => {
    const s = 'Inspectors read 40 files. Plans were sound in most of them but up to date in only 15.';
    assert.deepEqual(partOf(s, '15'), [['ok', '40']]);
  });
  it('a larger count may be of rooms, not visits: not judged, never reported', () => {
    const s = 'Across the 30 visits, inspectors found damp in 45 rooms.';
    assert.deepEqual(partOf(s, '45'), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it("trap: 'in 2019' is a year", () => {
    assert.equal(usesFigure('Across the 30 visits, inspectors found the same fault as in 2019.', '2019'), false);
  });
});

describe("numbers plain-hedge-3: 'one of only k', 'of those that …', 'k of the X'", () => {
  it("'of n …, X was one of only k to …'", () => {
    const s = 'The review found that of 80 prisons inspected in the year, Ashford was one of only six to be rated poor.';
    assert.deepEqual(partOf(s, 'six'), [['ok', '80']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it("trap: 'one of 40' larger than the frame is another group: not read", () => {
    const s = 'Of 12 prisons visited, Ashford was one of 40 to report a rise in violence.';
    assert.deepEqual(partOf(s, '40'), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it("'n …; of those that …, k … and j …': parts of a part", () => {
    const s = 'In all, 500 claims were made; of those that were decided, 120 succeeded and 80 failed.';
    assert.deepEqual(partOf(s, '120'), [['ok', '500']]);
    assert.deepEqual(partOf(s, '80'), [['ok', '500']]);
  });
  it("'k of the X', X counted once in the sentences before", () => {
    const s = 'The council published 14 reports in May. Five of the reports concern homes in the north.';
    assert.deepEqual(partOf(s, 'Five'), [['ok', '14']]);
  });
  it('trap: two counts of the noun before leave the total open', () => {
    const s = 'The council published 14 reports in May and 9 reports in June. Five of the reports concern homes in the north.';
    assert.deepEqual(partOf(s, 'Five'), []);
  });
});

describe("numbers plain-hedge-3: 'in k X' of one earlier count, 'the number …', a frame led by a noun phrase", () => {
  it("'with 30 homes for 400 places; by 2020 only 250 places were used, in 18 homes'", () => {
    const s = 'In 2010 the council contracted with 30 homes for 400 places; by 2020 only 250 places were used, in 18 homes.';
    assert.deepEqual(partOf(s, '18'), [['ok', '30']]);
    assert.equal(usesFigure(s, '2010'), false);
  });
  it('trap: two earlier counts of the noun leave the total open', () => {
    // (The later-part reading of the count just before, 9 of 12, is older and judged only when it fits.)
    const s = 'The trust ran 30 homes in the north and 12 homes in the south; inspectors found damp in 9 homes.';
    assert.ok(!partOf(s, '9').some(([, n]) => n === '30'));
    assert.deepEqual(rulesOf(s), []);
  });
  it("'N people were held …, while the number on remand had grown to k'", () => {
    const s = 'In March 2020 about 800 people were held in the three prisons, while the number on remand had grown to 210.';
    assert.deepEqual(partOf(s, '210'), [['ok', '800']]);
    assert.equal(usesFigure(s, '2020'), false);
  });
  it("trap: 'the number of staff' is another group", () => {
    assert.deepEqual(partOf('About 800 people were held in the three prisons, while the number of staff had grown to 210.', '210'), []);
  });
  it("'In the annual ratings of the n X, Y in k were judged …'", () => {
    const s = 'In the annual ratings of the 90 councils in the region, services in seven were judged poor.';
    assert.deepEqual(partOf(s, 'seven'), [['ok', '90']]);
    assert.deepEqual(rulesOf(s), []);
  });
});

describe('numbers plain-hedge-3: a verdict given to some of the group the sentence before frames', () => {
  it("'Of the 60 homes …, 9 were … The most common grade was good, given to 35 homes for care and to 30 for leadership.'", () => {
    const s = 'Of the 60 homes inspected this year, 9 were rated inadequate. The most common grade was good, given to 35 homes for care and to 30 for leadership.';
    assert.deepEqual(partOf(s, '35'), [['ok', '60']]);
    assert.deepEqual(partOf(s, '30'), [['ok', '60']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: a larger count is not judged (the grade may be given per service)', () => {
    const s = 'Of the 60 homes inspected this year, 9 were rated inadequate. The most common grade was good, given to 75 services.';
    assert.deepEqual(partOf(s, '75'), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: no frame opens the sentence before', () => {
    assert.deepEqual(partOf('We inspected 60 homes this year. The most common grade was good, given to 35 homes.', '35'), []);
  });
});

describe('numbers plain-hedge-3: a word share of the rest of a frame after its graded parts', () => {
  const rest = (finding: string) => claimsOf(finding).filter((c) => c.kind === 'fraction' && c.operands.some((o) => o.role === 'c')).map((c) => c.verdict);
  it("'… 6 were judged poor and 20 others were rated adequate. More than half of councils were rated good or excellent.'", () => {
    // 60 − 6 − 20 = 34; 34/60 = 56.7% > 50%.
    assert.deepEqual(rest('In the annual ratings of the 60 councils, services in 6 were judged poor and 20 others were rated adequate. More than half of councils were rated good or excellent.'), ['ok']);
  });
  it('a misfit may leave out a grade: not judged, never reported', () => {
    // 60 − 16 − 20 = 24; 24/60 = 40%, not more than half.
    const s = 'In the annual ratings of the 60 councils, services in 16 were judged poor and 20 others were rated adequate. More than half of councils were rated good or excellent.';
    assert.deepEqual(rest(s), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: parts that are not grades (visits by month) say nothing of the rest', () => {
    assert.deepEqual(rest('Of the 40 schools, 10 were visited in May and 8 in June. More than half of schools had good leadership.'), []);
  });
});

describe("numbers plain-hedge-3: 'a third of them (N)' and 'Of these, k (P%)'", () => {
  const shareOf = (finding: string, k: string) =>
    claimsOf(finding)
      .filter((c) => c.kind === 'percent-of' && c.operands.some((o) => o.role === 'k' && o.raw === k))
      .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);
  it('a year-like count alone in brackets after a share of a group is a count, and the group of the next sentence', () => {
    // 1990/6000 = 33.2%: a third; 12/1990 = 0.6%.
    const s = 'Childminders make up 6000 of the services, and a third of them (1990) have been inspected. Of these, just 12 (0.6%) were rated inadequate.';
    assert.deepEqual(shareOf(s, '12'), [['ok', '1990']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it("a misfit below k/n may be a share of a wider group, counted or not: listed, never reported", () => {
    // 12/1990 = 0.60%, 12/6000 = 0.20%: 0.1% may be of all the services, which are not counted
    const s = 'Childminders make up 6000 of the services, and a third of them (1990) have been inspected. Of these, just 12 (0.1%) were rated inadequate.';
    assert.deepEqual(shareOf(s, '12'), [['unchecked', '1990']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it("a misfit above k/n that no count before gives needs a group smaller than 'these': reported (cross-sentence-5)", () => {
    // 12/1990 = 0.60%, 12/6000 = 0.20%: 0.9% would need about 1,333, fewer than 'these'
    const s = 'Childminders make up 6000 of the services, and a third of them (1990) have been inspected. Of these, just 12 (0.9%) were rated inadequate.';
    assert.deepEqual(shareOf(s, '12'), [['inconsistent', '1990']]);
  });
  it("trap: a year in brackets after a name stays a year", () => {
    assert.equal(usesFigure('The duties in the Act (1998) apply to all 40 homes, and 12 of them were inspected.', '1998'), false);
  });
});

describe('numbers plain-hedge-3: places and their occupants', () => {
  it("'has 400 beds and 380 were occupied'", () => {
    assert.deepEqual(partOf('The hospital has 400 beds and 380 were occupied on the day of our visit.', '380'), [['ok', '400']]);
  });
  it("trap: 'has 12 staff' is no capacity", () => {
    assert.deepEqual(partOf('The team has 12 staff and 10 were in post.', '10'), []);
  });
  it('trap: men held are not cells; over capacity is not judged', () => {
    const s = 'The prison had 300 cells, and 420 men were held there.';
    assert.deepEqual(partOf(s, '420'), []);
    assert.deepEqual(rulesOf(s), []);
  });
});

describe('numbers plain-hedge-3: a share of a rough sample, made exact the next sentence', () => {
  it("'poor in 25 percent of a sample of about 400 files. Of the 404 files read, … 101 poor.'", () => {
    // 101/404 = 25%.
    const s = 'Recording was poor in 25 percent of a sample of about 400 files. Of the 404 files read, 150 were good, 153 adequate and 101 poor.';
    const c = claimsOf(s).filter((x) => x.kind === 'percent-of' && x.operands.some((o) => o.raw === '101'));
    assert.deepEqual(c.map((x) => [x.verdict, x.operands.find((o) => o.role === 'n')?.raw]), [['ok', '404']]);
  });
  it('a misfit may be a share of another sample: not judged, never reported', () => {
    // 130/404 = 32.2%, not 25%.
    const s = 'Recording was poor in 25 percent of a sample of about 400 files. Of the 404 files read, 150 were good, 124 adequate and 130 poor.';
    assert.deepEqual(claimsOf(s).filter((x) => x.kind === 'percent-of' && x.operands.some((o) => o.raw === '130')), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: an exact total far from the rough one is another sample', () => {
    const s = 'Recording was poor in 25 percent of a sample of about 400 files. Of the 80 files read in May, 40 were good and 20 poor.';
    assert.deepEqual(claimsOf(s).filter((x) => x.kind === 'percent-of' && x.operands.some((o) => o.raw === '20')), []);
  });
});

describe('numbers plain-hedge-3: siblings of a counted part', () => {
  it("'Only k of the n were … and j were …'", () => {
    // 40 ≤ 60.
    assert.deepEqual(partOf('Only 9 of the 60 schools were outstanding and 40 were good.', '40'), [['ok', '60']]);
  });
  it("', with k succeeding … and j succeeding …'", () => {
    const s = 'A total of 1,200 appeals were heard, with 310 succeeding at the first hearing and 95 succeeding later.';
    assert.deepEqual(partOf(s, '95'), [['ok', '1,200']]);
  });
  it("a past verb after the sibling: '…, 18 were good and eight required improvement'", () => {
    const s = 'Only four of the 30 trusts were rated outstanding, 18 were good and eight required improvement.';
    assert.deepEqual(partOf(s, '18'), [['ok', '30']]);
    assert.deepEqual(partOf(s, 'eight'), [['ok', '30']]);
  });
  it("trap: a past form before another group's noun ('18 qualified nurses')", () => {
    assert.deepEqual(partOf('Only four of the 30 trusts were rated outstanding and 18 qualified nurses left.', '18'), []);
  });
  it('trap: a sibling that names another group (pupils, not schools)', () => {
    assert.deepEqual(partOf('Only 9 of the 60 schools were outstanding and 40 pupils were excluded.', '40'), []);
  });
  it("trap: 'more than one' is no count", () => {
    const s = 'Only 9 of the 60 schools were outstanding and more than one was inadequate.';
    assert.equal(usesFigure(s, 'one'), false);
    assert.deepEqual(rulesOf(s), []);
  });
  it('trap: ages between the counts are not parts', () => {
    const s = 'Only 9 of the 60 children were aged 16 and 12 were aged 17.';
    assert.equal(usesFigure(s, '16'), false);
    assert.equal(usesFigure(s, '17'), false);
    assert.deepEqual(rulesOf(s), []);
  });
});

describe('numbers plain-hedge-3: a word share restated by a count', () => {
  it("after a colon: 'Fewer than half of the 40 …: only 18 met the standard'", () => {
    // 18/40 = 45% < 50%.
    const s = 'Fewer than half of the 40 homes we visited were compliant: only 18 met the standard.';
    assert.deepEqual(wordShare(s, '18', '40'), [['fraction', 'ok']]);
    assert.deepEqual(rulesOf(s), []);
  });
  it("after a colon, 'k said so', 'k in all'", () => {
    // 58/90 = 64.4%: nearly two thirds; 31/120 = 25.8%: around a quarter.
    assert.deepEqual(wordShare('Nearly two thirds of the 90 prisoners we surveyed felt safe: 58 said so.', '58', '90'), [['fraction', 'ok']]);
    assert.deepEqual(wordShare('Around a quarter of the 120 cases we read had a plan: 31 in all.', '31', '120'), [['fraction', 'ok']]);
  });
  it('a misfit after the colon may count a narrower group: no claim, never reported', () => {
    // 25/40 = 62.5%, not fewer than half.
    const s = 'Fewer than half of the 40 homes we visited were compliant: only 25 met the standard.';
    assert.deepEqual(wordShare(s, '25', '40'), []);
    assert.deepEqual(rulesOf(s), []);
  });
  it("the next sentence, with a reference back: 'The k X given that judgement'", () => {
    // 28/60 = 46.67%: almost half [42.5%, 50%).
    const s = 'Almost half of the 60 schools inspected were judged good. The 28 schools given that judgement were mostly small.';
    assert.deepEqual(wordShare(s, '28', '60'), [['fraction', 'ok']]);
  });
  it("'The k X who had done so' refers back too", () => {
    // 29/45 = 64.4%: around two thirds.
    assert.deepEqual(wordShare('Around two thirds of the 45 staff had completed training. The 29 staff who had done so were mostly new.', '29', '45'), [['fraction', 'ok']]);
  });
  it("trap: 'one in five of the 300' is a ratio, not five of the 300", () => {
    assert.deepEqual(partOf('Fewer than one in five of the 300 prisoners had a job.', 'five'), []);
  });
  it('trap: the next sentence counts another part of the group (no reference back)', () => {
    assert.deepEqual(wordShare('Almost half of the 60 schools inspected were judged good. The 27 schools in the north were small.', '27', '60'), []);
  });
  it("a hedge closing the clause of a frame's part: '70 (47%) …, just under half'", () => {
    // 70/150 = 46.67%: just under half [45%, 50%).
    const s = 'Of the 150 wards visited, 70 (47%) were rated good overall, just under half.';
    assert.deepEqual(wordShare(s, '70', '150'), [['fraction', 'ok']]);
  });
  it("trap: a hedge that does not fit the part is not read as the part's", () => {
    const s = 'Of the 150 wards visited, 70 were rated good overall, just over half.';
    assert.deepEqual(wordShare(s, '70', '150'), []);
  });
  it("the rest of a pair: '… are not giving a good service. Only 12 of the 50 … were good.'", () => {
    // 50 − 12 = 38; 38/50 = 76% > 66.67%.
    const s = 'More than two thirds of the councils are not giving a good service. Only 12 of the 50 councils were good.';
    assert.deepEqual(wordShare(s, '12', '50'), [['fraction', 'ok']]);
  });
  it("trap: the pair's predicate is not what the share denies", () => {
    const s = 'More than two thirds of the councils are not giving a good service. Only 12 of the 50 councils were visited.';
    assert.deepEqual(wordShare(s, '12', '50'), []);
  });
});

describe("numbers plain-hedge-3: 'Of the n, P% were judged X (k schools)'", () => {
  const shareOf = (finding: string, k: string) =>
    claimsOf(finding)
      .filter((c) => c.operands.some((o) => o.role === 'p') && c.operands.some((o) => o.role === 'k' && o.raw === k))
      .map((c) => [c.verdict, c.operands.find((o) => o.role === 'n')?.raw]);
  it('a bracket that names the total\'s noun is the share\'s count', () => {
    // 30/200 = 15%.
    assert.deepEqual(shareOf('Of the 200 schools inspected, 15 per cent were judged outstanding (30 schools), and 60 per cent good (120).', '30'), [['ok', '200']]);
  });
  it('a count that does not round to the share is reported', () => {
    // 36/200 = 18%, not 15%.
    const s = 'Of the 200 schools inspected, 15 per cent were judged outstanding (36 schools).';
    assert.deepEqual(shareOf(s, '36'), [['inconsistent', '200']]);
    assert.deepEqual(rulesOf(s), ['numbers/percentage-mismatch']);
  });
  it('trap: a bracket naming another group is not the share\'s count', () => {
    const s = 'Of the 200 schools inspected, 15 per cent were in London (12 boroughs).';
    assert.deepEqual(shareOf(s, '12'), []);
    assert.deepEqual(rulesOf(s), []);
  });
});
