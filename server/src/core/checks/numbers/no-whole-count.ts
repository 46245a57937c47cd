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
      "When a report gives a percentage of a total but not the count ('82% of these [33] cases', '72% of the 77 cases', '61% (23)' with no total), there must be a whole number of cases that gives it: 27 / 33 = 81.82% → 82% is possible, 83% of 33 is not (27 / 33 → 82%, 28 / 33 → 85%). This is the granularity test (GRIM) applied to proportions. 'of these' takes the total from the nearest earlier count in the finding; an editor can pin it with a bracketed total, '82% of these [33] cases'. Values that only truncation or rounding up explain go to numbers/rounding-convention.",
    needsFramework: false,
    examples: {
      ok: [body('The sample included 33 community orders. In 82% of these [33] cases, the plan was structured.'), body('Issues were addressed in 61% (23) of cases.')],
      notOk: [body('The sample included 33 community orders. In 83% of these [33] cases, the plan was structured.'), body('Issues were addressed in 72% (22) of cases.')],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.grim);
  },
};
