import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('1.2', 'Assessment of risk of harm', '70%', `- (b) ${finding}\n`, 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: RULE.grim,
    severity: 'warning',
    summary: 'A percentage of a stated total that no whole number of cases can give (the GRIM test).',
    description:
      "When a report gives a percentage of a total but not the count ('82% of these [33] cases', '72% of the 77 cases', '61% (23)' with no total), there must be a whole number of cases that gives it: 27 / 33 = 81.82% → 82% is possible, 83% of 33 is not (27 / 33 → 82%, 28 / 33 → 85%). This is the granularity test (GRIM) applied to proportions. 'of these' takes the total from the nearest earlier count in the finding; an editor can pin it with a bracketed total, '82% of these [33] cases'. Values that only truncation or rounding up explain go to numbers/rounding-convention. " +
      "The test stands aside (the claim is listed as unresolved, not reported) when a plausible reading has a smaller base (`numbers/smaller-base.ts`): the percentage is not written as a share of the total ('Of the 33 services, 77 per cent were rated good' may be a share of the services rated so far); the share's own 'of' names a sub-group ('77 per cent of those rated', 'of those who replied'); the sentence takes some out ('excluding', 'where known', 'not yet rated'); or the sentence gives figures to one decimal, so a whole percentage may be a one-decimal figure rounded again (10 / 22 = 45.45% → 45.5% → 46%). A clause that defines the total itself ('of the 33 cases where a review was needed') is not a sub-group.",
    needsFramework: false,
    examples: {
      ok: [
        body('The sample included 33 community orders. In 82% of these [33] cases, the plan was structured.'),
        body('Issues were addressed in 61% (23) of cases.'),
        body('Of the 33 services, 77 per cent were rated good.'),
        body('We rated 77 per cent of the 33 services, excluding those not yet inspected, as good.'),
        body('Of the 33 services, 77 per cent of those rated were good.'),
        body('Of the 22 young people, 45.5% had a job and 46% of the 22 were in training.'),
      ],
      notOk: [
        body('The sample included 33 community orders. In 83% of these [33] cases, the plan was structured.'),
        body('Issues were addressed in 72% (22) of cases.'),
        body('We rated 77 per cent of the 33 services as good.'),
        body('In 77% of the 33 cases where a review was needed, it was done on time.'),
        body('A plan was in place in 83% (n = 33) of the cases.'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.grim);
  },
};
