/**
 * Forms read in the session of 2026-12-07 (z3, restatement; sentences written for these tests): a summary's share
 * word or fraction ('Fewer than half of …', 'A minority of …', 'Most of …') restating a finding of a report with no
 * criteria, whose figure is a count of a whole counted in the sentence before ('… the 15 primary schools. Nine of
 * them …', 'We spoke to 40 residents. Of these, 15 (38%) …') or whose group is named by its section's title.
 */
import assert from 'node:assert/strict';
import { numbersDiagnostics } from './helpers.js';

const FM = '---\ntitle: Example\n---\n\n';
const rules = (text: string) => numbersDiagnostics(`${FM}${text}\n`).map((d) => d.ruleId);

describe("a summary's fraction word restating a finding outside any criterion (restate.ts isWordShare, clearFinding)", () => {
  it("judges 'Fewer than half' and 'Just over half' against the one finding of its words", () => {
    // 9/15 = 60%: not fewer than half
    assert.deepEqual(rules('## Summary\n\nFewer than half of the primary schools had a clear plan for teaching reading.\n\n## Reading\n\nInspectors visited the 15 primary schools in the cluster. Nine of them had a clear plan for teaching reading.'), ['conclusion/restated-figure']);
    // 6/15 = 40%: fewer than half
    assert.deepEqual(rules('## Summary\n\nFewer than half of the primary schools had a clear plan for teaching reading.\n\n## Reading\n\nInspectors visited the 15 primary schools in the cluster. Six of them had a clear plan for teaching reading.'), []);
    // 13/30 = 43%: not just over half
    assert.deepEqual(rules('## Summary\n\nJust over half of the cases had a sufficient review of the sentence plan.\n\n## Reviewing\n\nThe review of the sentence plan was sufficient in 13 of the 30 cases (43%).'), ['conclusion/restated-figure']);
    // 16/30 = 53%
    assert.deepEqual(rules('## Summary\n\nJust over half of the cases had a sufficient review of the sentence plan.\n\n## Reviewing\n\nThe review of the sentence plan was sufficient in 16 of the 30 cases (53%).'), []);
  });
  it('trap: a second finding of the same words leaves it unresolved', () => {
    // 9/15 = 60% of the primary schools, 3/8 = 38% of the secondary schools: either may be meant
    assert.deepEqual(rules('## Summary\n\nFewer than half of the schools had a clear plan for teaching reading.\n\n## Reading\n\nInspectors visited 15 primary schools. Nine of them had a clear plan for teaching reading. They also visited 8 secondary schools. Three of them had a clear plan for teaching reading.'), []);
  });
});

describe("a share word against a finding whose whole is counted before, or named by its section's title (restate.ts withWhole, clearFinding)", () => {
  it("judges 'A minority' against 'Of the 31 young people …, 19 (61%)' under the title of the group", () => {
    // 19/31 = 61%: a majority, not a minority
    assert.deepEqual(rules('## Summary\n\nA minority of young people in the secure unit had a current education plan.\n\n## Young people in the secure unit\n\nOf the 31 young people who answered our survey, 19 (61%) told us they had a current education plan.'), ['conclusion/restated-figure']);
    // 12/31 = 39%
    assert.deepEqual(rules('## Summary\n\nA minority of young people in the secure unit had a current education plan.\n\n## Young people in the secure unit\n\nOf the 31 young people who answered our survey, 12 (39%) told us they had a current education plan.'), []);
  });
  it("judges 'Most of the residents we spoke to' against 'We spoke to 40 residents … Of these, 15 (38%) …'", () => {
    // 15/40 = 38%: not most
    assert.deepEqual(rules('# Key findings\n\nMost of the residents we spoke to knew how to make a complaint about their care.\n\n# Being heard\n\nWe spoke to 40 residents across both floors. Of these, 15 (38%) could tell us how they would make a complaint about their care or treatment.'), ['conclusion/restated-figure']);
    // 31/40 = 78%
    assert.deepEqual(rules('# Key findings\n\nMost of the residents we spoke to knew how to make a complaint about their care.\n\n# Being heard\n\nWe spoke to 40 residents across both floors. Of these, 31 (78%) could tell us how they would make a complaint about their care or treatment.'), []);
  });
  it("trap: 'in 4 of those cases' whose whole is bracketed in its own sentence is not read as a share of the summary's", () => {
    // 'those' may be a part of the group ('(12)' of the 20): only a whole counted in a sentence before is taken
    assert.deepEqual(rules('## Summary\n\nMost of the plans for moving on had been agreed with the council.\n\n## Moving on\n\nMost of the 20 residents (12) had a plan for moving on, and in 4 of those cases the plan had been agreed with the council.'), []);
  });
});

describe("a bare share after 'Of these,' restating the group the sentence before counts (restate.ts withWhole)", () => {
  it("judges 'Fewer than half of registered childminders …' against 'There were 2,400 registered childminders … Of these, 58% …'", () => {
    // 58% is more than half
    assert.deepEqual(rules('## Summary\n\nFewer than half of registered childminders offer funded places for two-year-olds.\n\n## Childminders\n\nThere were 2,400 registered childminders in the county. Of these, 58% offer funded places for two-year-olds.'), ['conclusion/restated-figure']);
    // 42% is fewer than half
    assert.deepEqual(rules('## Summary\n\nFewer than half of registered childminders offer funded places for two-year-olds.\n\n## Childminders\n\nThere were 2,400 registered childminders in the county. Of these, 42% offer funded places for two-year-olds.'), []);
  });
  it("trap: a summary of a group the sentence before does not count is not tied to it", () => {
    // the 58% is of the nurseries, not of the childminders the summary speaks of
    assert.deepEqual(rules('## Summary\n\nFewer than half of registered childminders offer funded places for two-year-olds.\n\n## Nurseries\n\nThere were 300 nurseries in the county. Of these, 58% offer funded places for two-year-olds.'), []);
  });
});
