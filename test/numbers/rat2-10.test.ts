/**
 * Ratios, hedges and changes, round 10 (helper rat2). Sentences written for these tests, with the arithmetic
 * in the comments.
 */
import assert from 'node:assert/strict';
import { claimsOf, rulesOf } from './helpers.js';

const CHANGE = ['numbers/change-mismatch'];
const flagged = (finding: string) => rulesOf(finding).length > 0;
const judged = (finding: string, kind: string) => claimsOf(finding).some((c) => c.kind === kind && c.verdict !== 'unchecked');

describe('rat2-10: a change whose old level is the one count of the sentence before, its subject naming the measure (change.ts earlierOld)', () => {
  it('reads "the number of <what was counted>" as the same measure', () => {
    // (611 - 430)/430 = 42.1%
    const ok = 'In the year before our last visit, staff used force on 430 occasions. Since then the number of times force was used has risen by 42% to 611.';
    assert.deepEqual(rulesOf(ok), []);
    assert.ok(judged(ok, 'change'));
    // (215 - 250)/250 = -14%, not 18%
    assert.ok(flagged('Last year the regulator served 250 warning notices on care providers. This year the number of warning notices fell by 18% to 215.'));
    assert.deepEqual(rulesOf('Last year the regulator served 250 warning notices on care providers. This year the number of warning notices fell by 14% to 215.'), []);
  });
  it('reads a bare noun subject that names the count of the sentence before', () => {
    // (1,380 - 1,200)/1,200 = 15%, not 12%
    assert.ok(flagged('The team received 1,200 referrals in the spring term. In the following term, referrals rose by 12% to 1,380.'));
  });
  it('leaves a subject naming another group or another measure alone', () => {
    // 'men' is not in the sentence before: uses of force on men may be a part of the 430
    assert.deepEqual(rulesOf('Staff used force 430 times in the year. The number of times force was used on men rose by 10% to 611.'), []);
    // 430 prisoners, not 430 occasions: another measure
    assert.deepEqual(rulesOf('Staff used force on 430 prisoners in the year. The number of times force was used rose by 10% to 611.'), []);
    // two earlier levels: the base is ambiguous
    assert.deepEqual(rulesOf('The service had 300 complaints in 2021 and 320 in 2022. In 2023 complaints rose by 17% to 352.'), []);
  });
});

describe('rat2-10: a share word given precisely by a later share tied to it by its words (ratio.ts readShareWordBefore)', () => {
  const confirmed = (finding: string) => claimsOf(finding).some((c) => (c.kind === 'fraction' || c.kind === 'ratio') && c.verdict === 'ok' && (c.sources ?? []).some((x) => /precisely/.test(x.message)));
  it('confirms a fraction of a group by the next sentence\'s one share of the same words', () => {
    // 71% is close to three quarters
    const f = 'Close to three quarters of the homes rated inadequate have since improved. Of 410 homes rated inadequate, 71% had a better rating at their next inspection.';
    assert.ok(confirmed(f));
    assert.deepEqual(rulesOf(f), []);
  });
  it('picks the share whose stretch shares the most words when the next sentence has several', () => {
    // 'victimised' / 'victimisation' and 'staff': the 32%, not the 18% or the 61%
    const f = 'In our survey a third of detainees said staff had victimised them. 18 per cent said they felt unsafe and 32 per cent that they had suffered victimisation by staff; among younger detainees the figure was 61 per cent.';
    assert.ok(confirmed(f));
    assert.deepEqual(rulesOf(f), []);
  });
  it('confirms a ratio inside its sentence by the next sentence\'s share', () => {
    // 21% is about one in five
    assert.ok(confirmed('Across the force area about one in five burglaries is never recorded, the review found. Under-recording of burglaries stands at 21 per cent.'));
  });
  it('confirms a fraction by the one share after a colon', () => {
    // 64% is about two thirds
    assert.ok(confirmed('About two thirds rated their care highly: asked to score it out of ten, 64% gave it eight or more.'));
  });
  it('says nothing when the later share does not fit or no words tie them', () => {
    // 52% is not close to three quarters: the later share may be of another group
    const f = 'Close to three quarters of the homes rated inadequate have since improved. Of 410 homes rated inadequate, 52% had a better rating at their next inspection.';
    assert.ok(!confirmed(f));
    assert.deepEqual(rulesOf(f), []);
    // no share ties: two shares of other words
    assert.ok(!confirmed('In our survey a third of detainees said staff had victimised them. 18 per cent said the food was poor and 32 per cent that visits were cancelled.'));
    // a fraction completed in its own sentence is left to the extractor
    assert.ok(!confirmed('A third of the 60 homes (20) improved. Of 410 homes, 33% had a better rating.'));
  });
});

describe('rat2-10: a change named by its subject alone takes the count of that noun in the sentence before (change.ts newOfSubject)', () => {
  const before = 'In the year the service received 4,410 contacts (1,310 enquiries and 3,100 complaints).';
  it('judges the change on the one count written with the subject\'s noun', () => {
    // (1,310 - 1,150)/1,150 = 13.9%; (3,100 - 2,900)/2,900 = 6.9%
    assert.deepEqual(rulesOf(`${before} Enquiries were up 14% on the 1,150 of the year before, and complaints up 7% on 2,900.`), []);
    assert.ok(judged(`${before} Enquiries were up 14% on the 1,150 of the year before, and complaints up 7% on 2,900.`, 'change'));
    // 13.9%, not 19%
    assert.deepEqual(rulesOf(`${before} Enquiries were up 19% on the 1,150 of the year before.`), CHANGE);
  });
  it('leaves the change alone when the noun is of two counts, of a joint noun only, or hedged', () => {
    // 'enquiries' after 4,410 is one of a joint noun: no count of enquiries alone
    assert.deepEqual(rulesOf('In the year the service received 1,310 enquiries and complaints. Enquiries were up 19% on the 1,150 of the year before.'), []);
    // two counts of enquiries: which is the new level?
    assert.deepEqual(rulesOf('The service received 1,310 enquiries by phone and 400 enquiries by email. Enquiries were up 19% on the 1,150 of the year before.'), []);
    assert.deepEqual(rulesOf('In the year the service received about 1,310 enquiries. Enquiries were up 19% on the 1,150 of the year before.'), []);
  });
});

describe('rat2-10: a change closing its clause with a colon and two dated levels (change.ts colonLevels)', () => {
  it('takes the earlier level as the old figure', () => {
    // (199,869 - 200,190)/200,190 = -0.16%
    assert.deepEqual(rulesOf('Across the country, registered capacity dipped by 0.2%: 200,190 places in 2016, 199,869 now.'), []);
    assert.ok(judged('Across the country, registered capacity dipped by 0.2%: 200,190 places in 2016, 199,869 now.', 'change'));
    // (1,480 - 1,320)/1,320 = 12.1%, not 16%
    assert.deepEqual(rulesOf('Referrals to the team rose by 16%: 1,480 in 2024 against 1,320 in 2023.'), CHANGE);
  });
  it('leaves levels with no time of their own, or more than two, alone', () => {
    assert.deepEqual(rulesOf('Referrals to the team rose by 16%: 1,480 from schools and 1,320 from health.'), []);
    assert.deepEqual(rulesOf('Referrals rose by 16%: 1,480 in 2024, 1,320 in 2023 and 1,100 in 2022.'), []);
  });
});

describe('rat2-10: a ratio opening its sentence with a bracketed count, of the one group counted in the sentence before (ratio.ts readRatio)', () => {
  it('judges the count against that group', () => {
    // 21/60 = 35%: not one in four
    assert.deepEqual(rulesOf('Inspectors read 60 case files. One in four had no plan to manage risk (21 cases).'), ['numbers/fraction-mismatch']);
    // 15/60 = 25%
    assert.deepEqual(rulesOf('Inspectors read 60 case files. One in four had no plan to manage risk (15 cases).'), []);
    assert.ok(judged('Inspectors read 60 case files. One in four had no plan to manage risk (15 cases).', 'ratio'));
    // 34/90 = 37.8%: not three in ten; the ratio's noun is the group's
    assert.ok(flagged('We surveyed 90 tenants. Three in ten tenants said repairs were late (34).'));
  });
  it('leaves a ratio of a sub-group, or after a sentence of two counts, alone', () => {
    // 'women' may be a part of the 60 files
    assert.deepEqual(rulesOf('Inspectors read 60 case files. One in four women had no plan to manage risk (6 cases).'), []);
    assert.deepEqual(rulesOf('Inspectors read 60 case files and spoke to 25 staff. One in four had no plan to manage risk (21 cases).'), []);
    // the bracket names another noun
    assert.deepEqual(rulesOf('We surveyed 90 tenants. Three in ten said repairs were late (34 homes).'), []);
  });
});

describe('rat2-10: "there were" before both counts of a change over two sentences (change.ts earlierFigure)', () => {
  it('takes the count of the sentence before as the old level', () => {
    // (1,450 - 1,200)/1,200 = 20.8%, not 15%
    assert.deepEqual(rulesOf('There were 1,200 complaints about the council in 2022. In 2023 there were 1,450, an increase of 15%.'), CHANGE);
    assert.deepEqual(rulesOf('There were 1,200 complaints about the council in 2022. In 2023 there were 1,450, an increase of 21%.'), []);
  });
  it('leaves a new count with words of its own alone', () => {
    assert.deepEqual(rulesOf('There were 1,200 complaints about housing. There were 1,450 about schools, an increase of 15%.'), []);
  });
});

describe('rat2-10: a fraction of a stated whole, its part counted in the next sentence (ratio.ts readFractionPartAfter)', () => {
  const confirmed = (finding: string) => claimsOf(finding).some((c) => c.kind === 'fraction' && c.verdict === 'ok' && (c.sources ?? []).some((x) => /next sentence's count/.test(x.message)));
  it('confirms the fraction on the count tied to it by its words', () => {
    // 17/40 = 42.5%: about two fifths
    const f = 'About two fifths of the 40 nurseries visited were found to have weak safeguarding records. Weak safeguarding records were found in 17 nurseries, while the other 23 kept good records.';
    assert.ok(confirmed(f));
    assert.deepEqual(rulesOf(f), []);
  });
  it('says nothing when the count does not fit, is of another noun, or no count is tied', () => {
    // 25/40 = 62.5%: the next sentence may count another thing
    assert.deepEqual(rulesOf('About two fifths of the 40 nurseries visited were found to have weak safeguarding records. Weak safeguarding records were found in 25 nurseries, while the other 15 kept good records.'), []);
    assert.ok(!confirmed('About two fifths of the 40 nurseries visited were found to have weak safeguarding records. Weak safeguarding records were found for 17 children.'));
    assert.ok(!confirmed('About two fifths of the 40 nurseries visited were found to have weak safeguarding records. Inspectors returned to 17 of them in the spring.'));
  });
});
