import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('2.4', 'Ensuring containment and promoting compliance (Punish)', '81%', `- (b) ${finding}\n`, 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.fractionMismatch,
    severity: 'warning',
    summary: "A fraction or hedged share that does not fit its figures: 'just over half (9 of 19)'.",
    description:
      "Fractions in words (half, a third, two-thirds, a quarter, three-quarters, one-fifth …) are read as shares, and hedges turn them into ranges: 'over a third' is more than 33.33%, 'just over half' is above 50% and at most 6 points above, 'nearly half' and 'almost half' are under 50% and at most 7.5 points under, 'around two-thirds' is within 5 points, 'fewer than two-thirds' is below; for a small group each reach is at least part of a case (`HEDGE_REACH` in numbers/policy.ts states them all). Ratios ('one in four of the 60 cases (15 cases)', 'three out of ten (31.5%)', 'nearly one in five (18%)') are rounded figures: unhedged they reach as far as 'around', hedged as far as their hedge. An unhedged fraction may be 4 points off ('a third' for 30%). The share is checked against the counts or percentage given with it ('half (15 of 30)', 'a third (33%)'), against a stated total ('just over half of the 3 cases' cannot be), and as the rest of an earlier share ('70% … this meant that in almost a third').",
    needsFramework: false,
    examples: {
      ok: [body('Reviews were sufficient in just over half (10 of 19) of the cases.'), body('One in five of the 45 cases (9 cases) had no review of risk.'), body('Contact was sufficient in 70% of cases. This meant that in almost a third of relevant cases, arrangements were weak.')],
      notOk: [body('Reviews were sufficient in just over half (9 of 19) of the cases.'), body('One in five of the 45 cases (16 cases) had no review of risk.'), body('Contact was sufficient in 50% of cases. This meant that in almost a third of relevant cases, arrangements were weak.')],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.fractionMismatch);
  },
};
