/**
 * Readings that a whole report showed to be wrong, each a general shape:
 * words of time do not tie a summary figure to a finding; 'all but two of
 * the 26 … The other two' is no pair with a rest; 'k of them' after an
 * amount in units may count the units; a table whose shares are all of the
 * rows' own sum blames no row when the Total differs. Sentences and tables
 * written for these tests, with the arithmetic in the comments.
 */
import assert from 'node:assert/strict';
import { FM, numbersDiagnostics, rulesOf } from './helpers.js';

const report = (summary: string, finding: string) =>
  `${FM}# Summary\n\n${summary}\n\n# 3. Achievement and monitoring of outcomes\n\n## 3.1 Achievement of initial outcomes\n\nPlanned objectives are efficiently achieved.\n\n### Strengths\n\n- (a) ${finding}\n\n### Conclusion\n\nThis criterion represents an urgent priority for improvement.\n`;

describe('numbers: readings a whole report showed to be wrong', () => {
  it('does not tie a summary figure to a finding by words of time alone', () => {
    // trainees (9 of 15 = 60%) and staff (96%) share only 'completed', 'last' and 'year'
    const text = report('Nine of the 15 trainees who completed last year found work.', 'Nearly all staff (96%) had completed first aid training in the last year.');
    assert.deepEqual(numbersDiagnostics(text).filter((d) => d.ruleId === 'conclusion/restated-figure'), []);
  });
  it('still ties a summary figure to the finding it restates', () => {
    // 'first aid training' is the same finding: 90% is not 96%
    const text = report('Only 90% of staff had completed first aid training.', 'Nearly all staff (96%) had completed first aid training in the last year.');
    assert.deepEqual(numbersDiagnostics(text).map((d) => d.ruleId), ['conclusion/restated-figure']);
  });
  it('reads "all but two of the 26 … The other two" as 24 and the two, not as a pair and its rest', () => {
    // all but 2 of 26 = 24 acted on; the other 2 are the two
    assert.deepEqual(rulesOf('The service had acted on all but two of the 26 safety notices issued in 2024. The other two were awaiting new equipment.'), []);
  });
  it('does not count "k of them" after an amount in units against an earlier group', () => {
    // 'them' are the 3,100 hours, not the 24 cases: 1,860 of 3,100 = 60%
    assert.deepEqual(rulesOf('In the 24 cases we inspected, 3,100 hours had been ordered in total, and 1,860 of them had been worked (60%).'), []);
  });
  it('blames no row when every share is of the rows\' own sum and the Total differs', () => {
    // rows: 500 + 300 + 200 = 1,000, and 50%, 30%, 20% are of 1,000; the Total says 1,040
    const text = `${FM}# Background\n\n| Orders | People | % |\n|---|---|---|\n| Community | 500 | 50% |\n| Suspended | 300 | 30% |\n| Licence | 200 | 20% |\n| Total | 1,040 | 100% |\n`;
    assert.deepEqual(numbersDiagnostics(text).filter((d) => d.ruleId === 'numbers/percentage-mismatch' || d.ruleId === 'numbers/rounding-convention'), []);
  });
  it('still reports a row whose share fits neither the Total nor the rows\' sum', () => {
    // 500 of 1,000 is 50%, not 60%
    const text = `${FM}# Background\n\n| Orders | People | % |\n|---|---|---|\n| Community | 500 | 60% |\n| Suspended | 300 | 30% |\n| Licence | 200 | 20% |\n| Total | 1,000 | 100% |\n`;
    assert.ok(numbersDiagnostics(text).some((d) => d.ruleId === 'numbers/percentage-mismatch'));
  });
});

describe('numbers: more shapes a whole report showed', () => {
  it('reads a colon list whose last part is described by examples', () => {
    // 3,120 + 4,250 + 1,980 = 9,350, not 9,450; 'such as' describes the last category
    assert.deepEqual(rulesOf('Last year the service attended 9,450 incidents: 3,120 fires, 4,250 false alarms and 1,980 special services such as road collisions and floods.'), ['numbers/parts-sum']);
    assert.deepEqual(rulesOf('Last year the service attended 9,350 incidents: 3,120 fires, 4,250 false alarms and 1,980 special services such as road collisions and floods.'), []);
  });
  it('trap: examples before the parts leave the list open', () => {
    // 'such as' before the parts: they are examples, not the whole list
    assert.deepEqual(rulesOf('Last year the service attended 9,450 incidents, such as 3,120 fires and 4,250 false alarms.'), []);
  });
  it('reads a rest after "k of them", its whole the one group of the sentence before', () => {
    // 412 − 287 = 125, not 135
    assert.deepEqual(rulesOf('The service has listed 412 premises as high risk. By March, 287 of them had been audited (70%); the remaining 135 had not been visited.'), ['numbers/complement-mismatch']);
    assert.deepEqual(rulesOf('The service has listed 412 premises as high risk. By March, 287 of them had been audited (70%); the remaining 125 had not been visited.'), []);
  });
  it('judges a change between amounts in one unit of time', () => {
    // (11.4 − 9.1) / 9.1 = 24–26.5% within rounding: 25% fits, 31% does not
    assert.deepEqual(rulesOf('Sickness absence averaged 11.4 days per person this year, up from 9.1 days the year before, an increase of 25%.'), []);
    assert.deepEqual(rulesOf('Sickness absence averaged 11.4 days per person this year, up from 9.1 days the year before, an increase of 31%.'), ['numbers/change-mismatch']);
  });
  it('trap: a change between amounts of different units', () => {
    // days against a count of staff: no change is read
    assert.deepEqual(rulesOf('Staff took 9.1 days of leave on average, up from 40 staff the year before, an increase of 31%.'), []);
  });
});

describe('numbers: a count split into its kinds in a bracket (bracket-breakdown.ts)', () => {
  it('checks that the kinds make the count', () => {
    // 36 + 24 = 60
    assert.deepEqual(rulesOf('We reviewed 60 cases (36 men and 24 women) across the two offices.'), []);
    // 36 + 20 = 56, not 60
    assert.deepEqual(rulesOf('We reviewed 60 cases (36 men and 20 women) across the two offices.'), ['numbers/parts-sum']);
    // 80 + 40 = 120, not 130
    assert.deepEqual(rulesOf('The review named 700 schools, among them 130 (80 primary and 40 secondary) that had never been judged good.'), ['numbers/parts-sum']);
  });
  it('trap: attributes a case may have several of', () => {
    // a plan and a review may both apply to one case
    assert.deepEqual(rulesOf('We reviewed 60 cases (35 with a plan and 40 reviewed on time).'), []);
  });
  it('trap: a bracket of ages, shares or examples', () => {
    assert.deepEqual(rulesOf('We met 12 young people (aged 15 and 17) during the visit.'), []);
    assert.deepEqual(rulesOf('We reviewed 60 cases (35% men and 20% women).').filter((r) => r === 'numbers/parts-sum'), []);
    assert.deepEqual(rulesOf('We reviewed 60 cases (including 35 men and 20 women).'), []);
  });
});

describe('numbers: parts that say what a case is like', () => {
  it('trap: qualities a case may have both of', () => {
    // a centre may be clean and well maintained: 30 + 15 of 40 is no excess
    assert.deepEqual(rulesOf('Of the 40 centres, 30 were clean and 15 well maintained.'), []);
    assert.deepEqual(rulesOf('Of the 52 homes we visited, 40 were tidy and 20 were well decorated.'), []);
  });
  it('still reports kinds that cannot overlap', () => {
    // 30 + 15 = 45 of 40
    assert.deepEqual(rulesOf('Of the 40 centres, 30 were rated good and 15 requires improvement.'), ['numbers/parts-sum']);
  });
});

describe('numbers: "Of them, a … and b …; the remaining c" after a sentence that counts one group', () => {
  it('reads the group of the sentence before as the whole', () => {
    // 120 + 45 + 35 = 200
    assert.deepEqual(rulesOf('The council had 200 children in its care. Of them, 120 lived with foster carers and 45 in children\'s homes; the remaining 35 were placed with parents.'), []);
    // 120 + 45 + 45 = 210, not 200
    assert.deepEqual(rulesOf('The council had 200 children in its care. Of them, 120 lived with foster carers and 45 in children\'s homes; the remaining 45 were placed with parents.'), ['numbers/complement-mismatch']);
  });
  it('trap: a sentence before that counts two groups', () => {
    // 200 children and 60 carers: 'them' is not known
    assert.deepEqual(rulesOf('The council had 200 children in its care and 60 foster carers. Of them, 120 lived locally and 45 further away; the remaining 45 were placed out of the county.'), []);
  });
});

describe('numbers: a pair, then "Another k …, and the remaining r"', () => {
  it('reads the pair\'s whole, its part, the further part and the rest', () => {
    // 300 + 500 + 2,200 = 3,000
    assert.deepEqual(rulesOf('The office reviewed 3,000 complaints and investigated 300 of them. Another 500 were resolved early, while in the remaining 2,200 no case was found.'), []);
    // 300 + 500 + 2,300 = 3,100, not 3,000
    assert.deepEqual(rulesOf('The office reviewed 3,000 complaints and investigated 300 of them. Another 500 were resolved early, while in the remaining 2,300 no case was found.'), ['numbers/complement-mismatch']);
  });
});

describe('numbers: a sub-part "of those" inside a remainder list', () => {
  it('leaves the sub-part out of the parts', () => {
    // 6 + 10 = 16: 'three of those' is a part of the six
    assert.deepEqual(rulesOf('At the start of the year 16 schools were in special measures. During the year six of them were removed, three of those within a term; the other 10 remain in special measures.'), []);
    // 6 + 8 = 14, not 16 (and 6 + 3 + 8 = 17 is no reading)
    assert.deepEqual(rulesOf('At the start of the year 16 schools were in special measures. During the year six of them were removed, three of those within a term; the other 8 remain in special measures.'), ['numbers/complement-mismatch']);
  });
});
