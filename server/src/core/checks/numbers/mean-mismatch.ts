import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('2.4', 'Ensuring containment and promoting compliance (Punish)', '81%', `- (b) ${finding}\n`, 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.meanMismatch,
    severity: 'warning',
    summary: "A mean that does not fit the figures it is the mean of: 'recorded 40, 52 and 61, an average of 55'.",
    description:
      "Reads a mean stated with its figures: the list written right before the cue ('recorded 40, 52 and 61, an average of 51 each') or in brackets right after the mean ('an average of 51 across the three teams (40, 52, 61)'). The mean is the sum over the number of figures, in exact arithmetic, against the stated mean read to its last written place (a whole mean such as '800' may be rounded to its last non-zero place). Not judged: a mean of percentages or rates (over groups of different sizes it may be weighted), a mean written as a rate ('an average of 4.6 per 100,000'), a sentence that names another number of items than the list holds ('the four teams … 40, 52 and 61'), a mean said to be of a wider group ('an average of 51 across the service'), and a hedged mean ('an average of about 50') that the figures do not fit. The quick fix writes the recomputed mean at the stated precision.",
    needsFramework: false,
    examples: {
      ok: [
        body('The three approved premises recorded 40, 52 and 61 incidents, an average of 51 each.'),
        body('Caseloads averaged 35.5 across the four teams (31, 38, 36 and 37).'),
        body('The teams met their targets in 60%, 70% and 95% of cases, an average of 80%.'),
      ],
      notOk: [
        body('The three approved premises recorded 40, 52 and 61 incidents, an average of 55 each.'),
        body('Caseloads averaged 33.5 across the four teams (31, 38, 36 and 37).'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.meanMismatch);
  },
};
