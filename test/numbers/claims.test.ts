/**
 * The claims the numbers extractor recognises, one group per shape, each
 * with a consistent and an inconsistent case, the arithmetic and the exact
 * replacement.
 */
import * as assert from 'node:assert/strict';
import { at, claims, claimsOf, numbersDiagnostics, reportWith } from './helpers.js';

const one = (finding: string, kind?: string) => {
  const cs = claimsOf(finding).filter((c) => kind === undefined || c.kind === kind);
  assert.ok(cs.length > 0, `no ${kind ?? ''} claim in: ${finding}`);
  return cs[0]!;
};

describe('numbers: claims', () => {
  describe("1. 'P% (k)' with the total earlier in the finding", () => {
    it('recomputes 22 / 32 with the arithmetic', () => {
      const c = one('In the 32 cases where self-harm was an issue, it was clearly recorded in only 69% (22) of these cases.', 'percent-count');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.arithmetic, '22 / 32 = 68.75% → 69% ✓');
      assert.ok(c.sources?.length === 1, 'names where the total came from');
    });
    it('flags 36% (12) of 36 and offers 33%', () => {
      const text = reportWith(['In the 36 cases where the template had been used, there was insufficient evidence in 36% (12) of cases.']);
      const [d] = numbersDiagnostics(text);
      assert.equal(d?.ruleId, 'numbers/percentage-mismatch');
      assert.equal(at(text, d!.span), '36% (12)');
      assert.match(d!.message, /12 \/ 36 = 33\.33% → 33%, not 36%/);
      assert.equal(d!.fix?.edits.length, 1);
      assert.equal(at(text, d!.fix!.edits[0]!.span), '36%');
      assert.equal(d!.fix!.edits[0]!.newText, '33%');
    });
    it('takes the total from an earlier sentence of the same finding', () => {
      const c = one('In part due to good screening, 32 offenders in the sample had disclosed disabilities. These issues had been addressed in 63% (20) of cases.', 'percent-count');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.operands.find((o) => o.role === 'n')?.value, 32);
    });
    it("judges 'P% (k)' with no total by whether any total can give it", () => {
      assert.equal(one('Issues were addressed in 61% (23) of cases.', 'percent-count').verdict, 'ok');
      const bad = one('Issues were addressed in 72% (22) of cases.', 'percent-count');
      assert.equal(bad.verdict, 'inconsistent');
      assert.equal(bad.rule, 'numbers/no-whole-count');
    });
    it("accepts 'P% (k) of the n'", () => {
      const c = one('85% (367) of the 432 offenders who were registered achieved the qualification.');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.arithmetic, '367 / 432 = 84.95% → 85% ✓');
    });
  });

  describe("2. 'P% (k of the n)'", () => {
    it('is consistent for 38 of the 84', () => {
      const c = one('Work had been undertaken in only 45% (38 of the 84) of relevant cases.', 'percent-count-of');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.arithmetic, '38 / 84 = 45.24% → 45% ✓');
    });
    it('flags 38 of the 48 at the claim, with the arithmetic and the fix', () => {
      const text = reportWith(['Work had been undertaken in only 45% (38 of the 48) of relevant cases.']);
      const [d] = numbersDiagnostics(text);
      assert.equal(d?.ruleId, 'numbers/percentage-mismatch');
      assert.equal(at(text, d!.span), '45% (38 of the 48)');
      assert.match(d!.message, /38 \/ 48 = 79\.17% → 79%, not 45%/);
      assert.equal(d!.fix!.edits[0]!.newText, '79%');
    });
    it("reads '(k/n)' and a bracket later in the sentence", () => {
      assert.equal(one('Plans were reviewed in 27% (20/73) of cases.').verdict, 'ok');
      const c = one('In 27% of cases where assessments were available from other agencies (20 of 73 cases), they were not used.');
      assert.equal(c.kind, 'percent-count-of');
      assert.equal(c.verdict, 'ok');
    });
  });

  describe("3. 'k of [the] n' in digits or words", () => {
    for (const [text, k, n] of [
      ['A PSR had been written in 60 of the 69 cases.', 60, 69],
      ['In seven of the nine relevant cases, the victim had been informed.', 7, 9],
      ['A full assessment was completed in only 13 of the 34 cases.', 13, 34],
      ['There was effective involvement in ten of the 13 high RoH cases.', 10, 13],
    ] as const) {
      it(`reads ${k} of ${n}`, () => {
        const c = one(text, 'count-of');
        assert.equal(c.verdict, 'ok');
        assert.equal(c.operands.find((o) => o.role === 'k')?.value, k);
        assert.equal(c.operands.find((o) => o.role === 'n')?.value, n);
      });
    }
    it('reports a part larger than its whole', () => {
      const c = one('A full assessment was completed in only 38 of the 34 cases.', 'count-of');
      assert.equal(c.verdict, 'impossible');
      assert.equal(c.rule, 'numbers/impossible');
    });
    it("reads 'Of the n …, k …'", () => {
      const c = one('Out of the 50 questionnaires sent to sentencers, 12 were completed and returned.', 'count-of');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.arithmetic, '12 of 50 = 24% ✓');
    });
  });

  describe("4. 'k of n (P%)' and 'P% of the n' with a later count or rest", () => {
    it('checks k of n (P%)', () => {
      assert.equal(one('A full assessment was completed in 13 of the 34 cases (38%).').verdict, 'ok');
      const bad = one('A full assessment was completed in 13 of the 34 cases (40%).');
      assert.equal(bad.verdict, 'inconsistent');
      assert.equal(bad.replacement?.newText, '38%');
    });
    it("finds '72% of the 77 cases' possible only by truncation, and the rest agrees with it", () => {
      const cs = claimsOf('The full analysis was satisfactory in 72% of the 77 cases where it was completed. This left 21 cases where it was insufficient.');
      const grim = cs.find((c) => c.kind === 'percent-of')!;
      const rest = cs.find((c) => c.kind === 'complement')!;
      assert.equal(grim.verdict, 'convention');
      assert.equal(rest.verdict, 'convention');
      assert.match(rest.arithmetic, /77 − 21 = 56; 56 \/ 77 = 72\.73% → 73%/);
    });
    it('flags a rest that does not add up', () => {
      const cs = claimsOf('The full analysis was satisfactory in 73% of the 77 cases where it was completed. This left 25 cases where it was insufficient.');
      const rest = cs.find((c) => c.kind === 'complement')!;
      assert.equal(rest.verdict, 'inconsistent');
      assert.equal(rest.rule, 'numbers/complement-mismatch');
      assert.equal(rest.replacement?.newText, '21');
    });
    it("checks 'P% of the n (k)'", () => {
      assert.equal(one('Plans were structured in 82% of the 33 orders (27).').verdict, 'ok');
      assert.equal(one('Plans were structured in 82% of the 33 orders (29).').verdict, 'inconsistent');
    });
  });

  describe("5. an editor's total: '82% of these [33] cases'", () => {
    it('uses the bracketed total', () => {
      const c = one('In 82% of these [33] cases, the plan was structured.', 'percent-of');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.arithmetic, '82% of 33: 27 / 33 = 81.82% → 82% ✓');
      assert.equal(one('In 83% of these [33] cases, the plan was structured.', 'percent-of').verdict, 'inconsistent');
    });
    it("reads '(n = 84)'", () => {
      const c = one('Victim awareness work was evident in 45% (n = 84) of cases.', 'percent-of');
      assert.equal(c.verdict, 'ok');
      assert.equal(c.arithmetic, '45% of 84: 38 / 84 = 45.24% → 45% ✓');
      assert.equal(one('Plans were structured in 83% (n = 33) of orders.', 'percent-of').verdict, 'inconsistent');
    });
  });

  describe('6. ratios', () => {
    it("reads 'one in five' and 'three out of four'", () => {
      // A ratio alone is consistent with itself: listed, not counted as checked.
      const a = one('One in five offenders had an accredited programme requirement.', 'ratio');
      assert.equal(a.verdict, 'unchecked');
      assert.equal(a.arithmetic, 'One in five: a ratio with no count or share beside it to check');
      const b = one('The premises met the needs of three out of the four residents.', 'ratio');
      assert.equal(b.verdict, 'ok');
    });
    it('checks a ratio against its percentage', () => {
      assert.equal(one('One in five (20%) of offenders had a requirement.', 'ratio').verdict, 'ok');
      assert.equal(one('One in five (25%) of offenders had a requirement.', 'ratio').verdict, 'inconsistent');
    });
  });

  describe('7. counts in words, also at a sentence start', () => {
    it("reads 'Twenty-three offenders' and 'Twenty-six' as totals for what follows", () => {
      const cs = claimsOf('Twenty-six offenders had had three or more offender managers. In nearly half of these cases, this was felt to be detrimental.');
      const f = cs.find((c) => c.kind === 'fraction')!;
      assert.equal(f.verdict, 'ok');
      assert.equal(f.operands.find((o) => o.role === 'n')?.value, 26);
    });
    it('reads compound and hundreds', () => {
      const cs = claims(reportWith(['One hundred and ten questionnaires were sent, and 24 were returned. Twenty-three offenders had been reconvicted.']));
      // 110 is read as a group's size: a count, or the total of '24 were returned' (later-part.ts).
      const counts = cs.filter((c) => c.kind === 'count').map((c) => c.operands[0]!.value);
      const totals = cs.filter((c) => c.kind === 'count-of').map((c) => c.operands.find((o) => o.role === 'n')!.value);
      assert.deepEqual([...totals, ...counts], [110, 23]);
    });
  });

  describe('8. fractions', () => {
    for (const [text, num, den] of [
      ['In half of the 30 cases, no intervention had been set up.', 1, 2],
      ['A third of the 30 placements were not demanding.', 1, 3],
      ['Two-thirds of the 30 staff were supervised monthly.', 2, 3],
      ['One-fifth of the 100 cases had a programme requirement.', 1, 5],
      ['A quarter of the 20 cases had been transferred.', 1, 4],
      ['Three-quarters of the 40 cases had been rescored.', 3, 4],
    ] as const) {
      it(`reads ${num}/${den} in '${text.slice(0, 24)}…'`, () => {
        const c = one(text, 'fraction');
        const f = c.operands.find((o) => o.role === 'f')!;
        assert.deepEqual(f.fraction, { num, den });
        assert.equal(c.verdict, 'ok');
      });
    }
    it('checks a fraction against its counts and its percentage', () => {
      assert.equal(one('Half (15 of 30) of the cases were reviewed.', 'fraction').verdict, 'ok');
      assert.equal(one('Half (11 of 30) of the cases were reviewed.', 'fraction').verdict, 'inconsistent');
      assert.equal(one('A third (33%) of placements were not demanding.', 'fraction').verdict, 'ok');
      assert.equal(one('A third (45%) of placements were not demanding.', 'fraction').verdict, 'inconsistent');
    });
    it("does not read 'the last two quarters' or 'a third party' as shares", () => {
      assert.equal(claimsOf('Improvements were noted in the last two quarters of 2006/2007.').filter((c) => c.kind === 'fraction').length, 0);
      assert.equal(claimsOf('The report went to a third party.').filter((c) => c.kind === 'fraction').length, 0);
    });
  });

  describe('9. hedged fractions become inequalities', () => {
    it("'fewer than two-thirds of the 17 relevant cases' allows 0 to 11", () => {
      const c = one('Home visits were used in fewer than two-thirds of the 17 relevant cases.', 'fraction');
      assert.equal(c.verdict, 'ok');
      assert.match(c.arithmetic, /allows 0 to 11/);
    });
    it("'just over half' fits 10 of 19 but not 9 of 19, which is 'just under half'", () => {
      assert.equal(one('Reviews were sufficient in just over half (10 of 19) of the cases.', 'fraction').verdict, 'ok');
      const finding = 'Reviews were sufficient in just over half (9 of 19) of the cases.';
      const bad = one(finding, 'fraction');
      assert.equal(bad.verdict, 'inconsistent');
      assert.equal(bad.rule, 'numbers/fraction-mismatch');
      assert.equal(bad.replacement?.newText, 'just under half');
      assert.equal(at(reportWith([finding]), bad.replacement!.span), 'just over half');
    });
    it("'nearly half', 'over a third', 'less than half of the relevant cases'", () => {
      assert.equal(one('In nearly half (12 of 26) of these cases, progress stalled.', 'fraction').verdict, 'ok');
      assert.equal(one('In nearly half (13 of 26) of these cases, progress stalled.', 'fraction').verdict, 'inconsistent');
      assert.equal(one('Work was insufficient in over a third (12 of 30) of cases.', 'fraction').verdict, 'ok');
      assert.equal(one('Work was insufficient in over a third (10 of 30) of cases.', 'fraction').verdict, 'inconsistent');
      assert.equal(one('Positive behaviour was reinforced in less than half of the relevant cases.', 'fraction').verdict, 'unchecked');
    });
    it("'just over half of the 4 cases' is not possible; of 3 cases, 2 is just over half", () => {
      assert.equal(one('Plans were reviewed in just over half of the 4 cases.', 'fraction').verdict, 'inconsistent');
      assert.equal(one('Plans were reviewed in just over half of the 3 cases.', 'fraction').verdict, 'ok');
      assert.equal(one('Plans were reviewed in nearly half of the 2 cases.', 'fraction').verdict, 'inconsistent');
      assert.equal(one('Plans were reviewed in half of the 17 cases.', 'fraction').verdict, 'ok');
    });
    it('a hedged rest of a share: 70% … almost a third', () => {
      const ok = claimsOf('Contact was sufficient in 70% of cases. This meant that in almost a third of relevant cases, arrangements were weak.').find((c) => c.kind === 'complement')!;
      assert.equal(ok.verdict, 'ok');
      const bad = claimsOf('Contact was sufficient in 50% of cases. This meant that in almost a third of relevant cases, arrangements were weak.').find((c) => c.kind === 'complement')!;
      assert.equal(bad.verdict, 'inconsistent');
      const pct = claimsOf('Contact was sufficient in 70% of cases. This meant that in 40% of relevant cases, arrangements were weak.').find((c) => c.kind === 'complement')!;
      assert.equal(pct.verdict, 'inconsistent');
      assert.equal(pct.replacement?.newText, '30%');
    });
  });

  describe('10. complements and extremes', () => {
    it("'all but one of the 108'", () => {
      const c = one('A REM classification was seen in all but one of the 108 cases in the sample.', 'all-but');
      assert.equal(c.arithmetic, 'all but 1 of 108 = 107 ✓');
    });
    it("'all but two' against a stated count", () => {
      assert.equal(one('Plans were completed in all but two of the 30 cases (28).', 'all-but').verdict, 'ok');
      const bad = one('Plans were completed in all but two of the 30 cases (27).', 'all-but');
      assert.equal(bad.verdict, 'inconsistent');
      assert.equal(one('Plans were completed in all but two of the 30 cases (93%).', 'all-but').verdict, 'ok');
      assert.equal(one('Plans were completed in all but five of the five cases.', 'all-but').verdict, 'impossible');
      assert.equal(one('Plans were completed in all but two cases (93%).', 'all-but').verdict, 'ok');
      assert.equal(one('Plans were completed in all but two cases (20%).', 'all-but').verdict, 'inconsistent');
      assert.equal(one('There were 12 PPO cases. Plans were completed in all but two of these cases.', 'all-but').arithmetic, 'all but 2 of 12 = 10 ✓');
      assert.equal(one('There were 12 PPO cases. Plans were completed in all but 14 of these cases.', 'all-but').verdict, 'impossible');
    });
    it("'none of', 'all five of the relevant custody cases', 'both', 'either of the two'", () => {
      assert.equal(one('None of the 12 residents had undertaken victim work.', 'extreme').verdict, 'ok');
      assert.equal(one('It had been reviewed in all five of the relevant custody cases.', 'extreme').verdict, 'ok');
      assert.equal(one('It had been reviewed in all six of the five custody cases.', 'extreme').verdict, 'impossible');
      assert.equal(one('No review took place in either of the two custody cases.', 'extreme').verdict, 'ok');
      assert.equal(one('No review took place in either of the three custody cases.', 'extreme').verdict, 'impossible');
      assert.equal(one('Reviews took place in both of the three custody cases.', 'extreme').verdict, 'impossible');
    });
    it("a rest given in words keeps the writer's style", () => {
      const rest = claimsOf('There was effective involvement in ten of the 13 cases. Whilst encouraging, it left four cases where oversight was insufficient.').find((c) => c.kind === 'complement')!;
      assert.equal(rest.verdict, 'inconsistent');
      assert.equal(rest.replacement?.newText, 'three');
    });
    it("'61% …, meaning that … 19' of 49 adds up (30 of 49 = 61.22%)", () => {
      const rest = claimsOf('Victim safety was an issue in 49 cases. This was given priority in only 61%, meaning that the safety of 19 victims was not paramount.').find((c) => c.kind === 'complement')!;
      assert.equal(rest.verdict, 'ok');
      assert.equal(rest.arithmetic, '49 − 19 = 30; 30 / 49 = 61.22% → 61% ✓');
    });
  });

  describe('11. percent spellings', () => {
    for (const spelling of ['45%', '45 %', '45 per cent', '45 percent', '45per cent']) {
      it(`reads '${spelling} (38 of the 84)'`, () => {
        const c = one(`Work was evident in ${spelling} (38 of the 84) of cases.`, 'percent-count-of');
        assert.equal(c.verdict, 'ok');
      });
    }
    it('keeps the spelling in the replacement', () => {
      const c = one('Work was evident in 48 per cent (38 of the 84) of cases.', 'percent-count-of');
      assert.equal(c.replacement?.newText, '45 per cent');
    });
    it('reads decimals at their precision', () => {
      assert.equal(one('Data were accurate in 98.7% (74 of 75) of records.').verdict, 'ok');
      assert.equal(one('Data were accurate in 98.6% (74 of 75) of records.').verdict, 'convention');
      const c = one('Data were accurate in 98.5% (74 of 75) of records.');
      assert.equal(c.verdict, 'inconsistent');
      assert.equal(c.replacement?.newText, '98.7%');
    });
  });

  describe('12. back-references to a total', () => {
    it("'of these', 'of those', 'in half of these'", () => {
      assert.equal(one('The sample included 33 community orders. In 82% of these cases, the plan was structured.', 'percent-of').verdict, 'ok');
      assert.equal(one('The sample included 33 community orders. In 83% of these cases, the plan was structured.', 'percent-of').verdict, 'inconsistent');
      assert.equal(one('There were 17 PPOs in the sample. An OASys was completed in 11 of those cases.', 'count-of').verdict, 'ok');
      assert.equal(one('There were 17 PPOs in the sample. An OASys was completed in 19 of those cases.', 'count-of').verdict, 'impossible');
      assert.equal(one('A total of 30 cases required input. In half of these, nothing had been set up.', 'fraction').verdict, 'ok');
    });
  });

  describe('numbers that are not counts', () => {
    it('leaves ids, years, days and money alone', () => {
      const cs = claimsOf('In 2006/2007, Tier 3 cases at Level 2 were reviewed within five working days; £450,000 was spent over 12 months (see 4.3d).');
      assert.deepEqual(
        cs.filter((c) => c.verdict !== 'unchecked'),
        [],
      );
    });
    it('does not take a percentage of a target for a share', () => {
      assert.equal(claimsOf('Job entry stood at 138% of target, and starts were at 143%.').filter((c) => c.verdict === 'impossible').length, 0);
      assert.equal(one('Screening was completed in 104% of cases.').verdict, 'impossible');
    });
  });
});
