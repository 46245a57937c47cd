import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';
import { withPercentageChoices } from '../fix-choices.js';

const body = (finding: string) => FM + criterion('1.1', 'Preparing for sentence', '79%', `- (b) ${finding}\n`, 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.percentageMismatch,
    severity: 'error',
    summary: 'A percentage that does not match the counts it is given with.',
    description:
      "Recomputes every percentage stated with its counts — '69% (22)' with the total earlier in the finding, '45% (38 of the 84)', '13 of the 34 cases (38%)', '85% (367) of the 432' — and reports those that no rounding of k / n gives. The message shows the arithmetic (12 / 36 = 33.33% → 33%, not 36%) and the preferred quick fix writes the recomputed percentage at the precision the writer used (the counts are the data). Two other quick fixes, never applied by Fix all, change the count or the total instead, to the nearest whole number that the written percentage fits; a total that other figures also use is not offered. A value that only truncation or rounding up explains is reported by numbers/rounding-convention instead. When the total is not written with the claim, it is the nearest earlier count of the same sentence that is at least k, or of an earlier sentence of the finding when the claim points back to it ('of these cases', 'These issues …'); a total of another kind of thing ('30 staff' for a share of cases) is not used. The total taken is named in the related information.",
    needsFramework: false,
    examples: {
      ok: [
        body('In the 32 cases where self-harm was an issue, it was clearly recorded in only 69% (22) of these cases.'),
        body('Victim awareness work had been undertaken in only 45% (38 of the 84) of relevant cases.'),
        body('A full assessment was completed in 13 of the 34 cases (38%).'),
      ],
      notOk: [
        body('In the 36 cases where the template had been used, there was insufficient evidence that it had helped in 36% (12) of cases.'),
        body('Victim awareness work had been undertaken in only 45% (38 of the 48) of relevant cases.'),
        body('In the 32 cases where self-harm was an issue, it was clearly recorded in only 72% (22) of these cases.'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, withPercentageChoices(ctx, emit), RULE.percentageMismatch);
  },
};
