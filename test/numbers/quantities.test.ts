/**
 * The quantities stage (issue 9, family 2): every number token is typed as a
 * count or as something that is not a quantity of cases, and a real count
 * next to a trap is still read. Sentences are our own, in varied wording.
 */
import * as assert from 'node:assert/strict';
import { tokensOf } from '../../server/src/core/numbers/scan.js';
import { quantitiesOf } from '../../server/src/core/numbers/quantities.js';
import { claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

/** The type of each number token of a sentence, by its text ('21@2' for the second '21'). */
function types(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const seen = new Map<string, number>();
  for (const t of tokensOf(text)) {
    if (t.kind !== 'num') continue;
    const n = (seen.get(t.raw) ?? 0) + 1;
    seen.set(t.raw, n);
    out[n === 1 ? t.raw : `${t.raw}@${n}`] = t.type!;
  }
  return out;
}

/** Each case: a sentence and the types some of its numbers must have. */
const TYPED: [string, Record<string, string>][] = [
  // years and dates
  ['Of the 12 prisons visited in 2021/22, five had a full-time chaplain.', { '12': 'count', '2021': 'year', '22': 'year', five: 'count' }],
  ['In 2019, 45 referrals were made and 30 were accepted.', { '2019': 'year', '45': 'count', '30': 'count' }],
  ['By April 2023 the service held 2,100 cases.', { '2023': 'year', '2,100': 'count' }],
  ['On 31 March there were 64 children in care, against 58 on March 31 of the year before.', { '31': 'date', '64': 'count', '58': 'count', '31@2': 'date' }],
  ['The figures for 2018-19 show 14 complaints.', { '2018': 'year', '19': 'year', '14': 'count' }],
  ['Between 20 and 29 October we visited 10 holding rooms.', { '20': 'date', '29': 'date', '10': 'count' }],
  ['Between 2017 and 2020 the unit received 120 referrals.', { '2017': 'year', '2020': 'year', '120': 'count' }],
  // ages
  ['Of the 30 young people aged 18 to 21, 12 had a job.', { '30': 'count', '18': 'age', '21': 'age', '12': 'count' }],
  ['Young people aged 16 (25%) and 17 (40%) made up most of the caseload.', { '16': 'age', '17': 'age' }],
  ['Most 18-year-olds in the sample, 14 of 20, had a plan.', { '18': 'age', '14': 'count', '20': 'count' }],
  ['The under 25s made up 40 of the 90 people seen.', { '25': 'none', '40': 'count', '90': 'count' }],
  ["The over-50s made up 12 of the 40 staff.", { '50': 'none', '12': 'count', '40': 'count' }],
  ['Around half of the four to seven-year-olds, 11 of 23, needed help.', { four: 'age', seven: 'age', '11': 'count', '23': 'count' }],
  ['There were 40 men over 50 on the wing, and 12 women under 21.', { '40': 'count', '50': 'age', '12': 'count', '21': 'age' }],
  ['Children between the ages of 10 and 17 accounted for 65 of the arrests.', { '10': 'age', '17': 'age', '65': 'count' }],
  ['We saw 25 people, all aged 65 years or over.', { '25': 'count', '65': 'age' }],
  ['Of the 60 residents, 14 were aged under 18 and 9 were 65 or older.', { '60': 'count', '14': 'count', '18': 'age', '9': 'count', '65': 'age' }],
  ['Services for people aged 18 and over saw 300 referrals.', { '18': 'age', '300': 'count' }],
  // money
  ['Spending of £450,000 covered 38 staff.', { '38': 'count' }],
  ['A grant of 400 pounds helped 3 families.', { '400': 'money', '3': 'count' }],
  // durations, times, measures, frequencies
  ['Within 28 days in 20 of 31 cases, the review had taken place.', { '28': 'duration', '20': 'count', '31': 'count' }],
  ['Over six months, 12 of the 48 prisoners were released.', { six: 'duration', '12': 'count', '48': 'count' }],
  ['Over a 13-month period we inspected 24 units.', { '13': 'duration', '24': 'count' }],
  ['Six-monthly reviews were held for 40 of the 52 men.', { Six: 'duration', '40': 'count', '52': 'count' }],
  ['The 20-bed unit held 18 patients.', { '20': 'measure', '18': 'count' }],
  ['Staff worked 12-hour shifts and 9 of them said they were tired.', { '12': 'duration', '9': 'count' }],
  ['At 17:00 only 15 of the 60 staff were on duty.', { '17': 'time', '00': 'time', '15': 'count', '60': 'count' }],
  ['The visits started at 9 pm, and 4 were cancelled.', { '9': 'time', '4': 'count' }],
  ['The rule was used 30 times; 9 of the 30 uses were reviewed.', { '30': 'frequency', '9': 'count', '30@2': 'count' }],
  ['Families lived more than three miles away in 7 cases.', { three: 'measure', '7': 'count' }],
  // telephone and service numbers
  ['Staff answered 999 calls quickly, and 45 of the 90 callers were referred.', { '999': 'phone', '45': 'count', '90': 'count' }],
  ['Residents were told to ring 111 if unwell; 6 did.', { '111': 'phone', '6': 'count' }],
  ['The force took 101 reports of theft.', { '101': 'count' }],
  // legal sections and identifiers
  ['Under section 47, 8 of the 16 enquiries were completed on time.', { '47': 'label', '8': 'count', '16': 'count' }],
  ['Schedule 21 applied in 3 of the cases.', { '21': 'label', '3': 'count' }],
  ['Rule 45 was used for 6 prisoners.', { '45': 'label', '6': 'count' }],
  ['Against Standard 2, 14 of the 20 files met the expectation.', { '2': 'label', '14': 'count', '20': 'count' }],
  ['On ward 7, 6 of the 24 patients had a care plan.', { '7': 'label', '6': 'count', '24': 'count' }],
  ['On the ward 7 patients were waiting for a bed.', { '7': 'count' }],
  ['Year 11 pupils sat 9 examinations.', { '11': 'label', '9': 'count' }],
  ['Under Article 8, 2 of the 5 families appealed.', { '8': 'label', '2': 'count', '5': 'count' }],
  ['Offenders in Tier 3 were seen in 19 cases.', { '3': 'label', '19': 'count' }],
  // the pronoun 'one'
  ['In 40 of the 52 cases where one was required, a plan was in place.', { '40': 'count', '52': 'count', one: 'pronoun' }],
  ['More than one officer attended 14 incidents.', { one: 'pronoun', '14': 'count' }],
  ['No one was interviewed in 3 of the 12 cases.', { one: 'pronoun', '3': 'count', '12': 'count' }],
  ['Four had one in draft, and one of the nine had none.', { Four: 'count', one: 'pronoun', 'one@2': 'count', nine: 'count' }],
  ['Staff held one-to-one sessions with 18 learners.', { one: 'pronoun', '18': 'count' }],
  ['Only one case of the 20 was late.', { one: 'count', '20': 'count' }],
  // scale points and scores
  ['The school was rated 3 out of 4 for leadership, and 20 of the 25 pupils attended.', { '3': 'score', '4': 'score', '20': 'count', '25': 'count' }],
  ['The service scored 2 overall, with 5 of its 8 domains weak.', { '2': 'score', '5': 'count', '8': 'count' }],
  ['Inspectors rated 3 out of 4 services good.', { '3': 'count', '4': 'count' }],
  // ranges and decimals
  ['A sample of 110-120 offenders was drawn from 6 teams.', { '110': 'range', '120': 'range', '6': 'count' }],
  ['Sickness fell to 10.6 days across 14 offices.', { '10.6': 'decimal', '14': 'count' }],
];

describe('numbers: the quantities stage types every number', () => {
  for (const [text, want] of TYPED) {
    it(text.slice(0, 80), () => {
      const got = types(text);
      // 'none': not a number token at all ('25s'), which is also never a count.
      for (const [fig, type] of Object.entries(want)) assert.equal(got[fig] ?? 'none', type, `${fig} in: ${text}\n${JSON.stringify(got)}`);
    });
  }

  it('quantitiesOf keeps counts, percentages and fractions, and drops the rest', () => {
    const q = quantitiesOf(tokensOf('Of the 12 prisons visited in 2021/22, five (42%) had a chaplain, about half of them since section 4 applied.'));
    assert.deepEqual(
      q.map((t) => t.raw),
      ['12', 'five', '42%', 'half'],
    );
  });
});

describe('numbers: a number that is not a quantity is never a count or a total', () => {
  /** Sentences where a trap sits where a count or a total could be: no claim may use it, nothing is raised. */
  const TRAPS: [string, string][] = [
    ['Of the 50 young people, those aged 18 to 21 (40%) were the largest group.', '21'],
    ['Young people aged 16 (25%) and 17 (40%) made up most of the caseload.', '17'],
    ['Children under 16 (30%) were fewer than the year before.', '16'],
    ['In 2019 (45%) and 2020 (52%) the share of late reports rose.', '2020'],
    ['Waiting times fell from 12 weeks (30%) to six weeks.', '12'],
    ['The 2nd and 3rd quarters (50%) saw most referrals.', '3'],
    ['Under section 47 (35%) most enquiries were completed on time.', '47'],
    ['Men over 50 (22%) were more likely to be isolated.', '50'],
    ['Ward 7 (20%) had the most falls.', '7'],
    ['The school was rated 3 out of 4 (75%) by parents.', '4'],
  ];
  for (const [text, trap] of TRAPS) {
    it(text.slice(0, 80), () => {
      const report = reportWith([text]);
      assert.deepEqual(numbersDiagnostics(report).map((d) => d.message), []);
      for (const c of claimsOf(text)) if (c.verdict !== 'unchecked') assert.ok(!c.operands.some((o) => o.raw === trap && o.role !== 'p'), `${trap} used in ${c.arithmetic}`);
    });
  }

  /** A real count next to a trap is still read, right or wrong. */
  const COUNTS: [string, 'ok' | 'inconsistent'][] = [
    ['Of the 30 young people aged 18 to 21, 12 (40%) had a job.', 'ok'],
    ['Of the 30 young people aged 18 to 21, 12 (45%) had a job.', 'inconsistent'],
    ['Within 28 days in 20 of 31 cases (65%), the review had taken place.', 'ok'],
    ['Within 28 days in 20 of 31 cases (71%), the review had taken place.', 'inconsistent'],
    ['Under section 47, 8 of the 16 enquiries (50%) were completed on time.', 'ok'],
    ['Under section 47, 8 of the 16 enquiries (60%) were completed on time.', 'inconsistent'],
    ['In 40 of the 52 cases where one was required (77%), a plan was in place.', 'ok'],
    ['In 40 of the 52 cases where one was required (70%), a plan was in place.', 'inconsistent'],
    ['Staff took 999 calls, and 45 of the 90 callers (50%) were referred.', 'ok'],
    ['In 2019, 14 of the 20 plans (70%) were reviewed.', 'ok'],
    ['In 2019, 14 of the 20 plans (75%) were reviewed.', 'inconsistent'],
    ['The school was rated 3 out of 4 for leadership, and 20 of the 25 pupils (80%) attended.', 'ok'],
    ['The school was rated 3 out of 4 for leadership, and 20 of the 25 pupils (85%) attended.', 'inconsistent'],
  ];
  for (const [text, verdict] of COUNTS) {
    it(`${verdict}: ${text.slice(0, 70)}`, () => {
      const judged = claimsOf(text).filter((c) => c.verdict !== 'unchecked' && c.operands.some((o) => o.role === 'p'));
      assert.ok(judged.length > 0, 'no judged share');
      if (verdict === 'ok') assert.ok(judged.every((c) => c.verdict === 'ok'), judged.map((c) => c.arithmetic).join('; '));
      else assert.ok(judged.some((c) => c.verdict === 'inconsistent'), judged.map((c) => c.arithmetic).join('; '));
    });
  }
});
