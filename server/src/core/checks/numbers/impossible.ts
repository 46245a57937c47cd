import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('1.4', 'Assessment of offender engagement', '75%', `- (b) ${finding}\n`, 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.impossible,
    severity: 'error',
    summary: 'A claim that cannot be true: a part larger than its whole, a share over 100%, "both" of three.',
    description:
      "Reports counts and shares that no data could produce: 'k of n' with k larger than n ('38 of the 34 cases'), a share of cases over 100% ('in 104% of cases'), 'all but five of the five', 'all six of the five', and 'both', 'either' or 'neither' of a number other than two. Percentages of a target ('stood at 138% of target') are not shares and are left alone.",
    needsFramework: false,
    examples: {
      ok: [body('A full assessment was completed in only 13 of the 34 cases.'), body('Job entry stood at 138% against the target.'), body('No review took place in either of the two custody cases.')],
      notOk: [body('A full assessment was completed in only 38 of the 34 cases.'), body('No review took place in either of the three custody cases.'), body('Screening was completed in 104% of cases.')],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.impossible);
  },
};
