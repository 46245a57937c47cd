import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('1.2', 'Assessment of risk of harm', '70%', `- (b) ${finding}\n`, 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: RULE.complementMismatch,
    severity: 'error',
    summary: "The rest of a share that does not add up: 'ten of the 13 … it left four'.",
    description:
      "After a share, writers often state the rest: 'This left 21 cases', 'meaning that the safety of 19 … was not', 'it left three cases', 'the seven outstanding cases', 'this meant that in 30% of cases'. The rest must be the total less the part (13 − 10 = 3), or, for a percentage of a total, a count that gives the percentage (49 − 19 = 30, 30 / 49 = 61.22% → 61%). A rest given as a percentage must make 100% with the share, within rounding. When other parts are listed before the rest ('19 had a plan, a further four had one in draft and, of the remaining seven, …'), the rest is the whole less all of them (19 + 4 + 7 = 30); the whole may be in the sentence before ('39 forces were inspected. 20 were graded good, 5 adequate and the other 14 …'). A list that may not be all of the whole ('including', 'at least', hedged parts) is not judged. The quick fix writes the corrected count in the writer's style (words stay words).",
    needsFramework: false,
    examples: {
      ok: [
        body('There was effective management involvement in ten of the 13 high RoH cases. Whilst this was encouraging, it left three cases where oversight was insufficient.'),
        body('Victim safety was an issue in 49 cases. This was given a high enough priority in only 61%, meaning that the safety of 19 victims was not paramount.'),
        body('Of the 18 cases, 9 had a plan, a further four had one in draft and the remaining five had none.'),
      ],
      notOk: [
        body('There was effective management involvement in ten of the 13 high RoH cases. Whilst this was encouraging, it left four cases where oversight was insufficient.'),
        body('Victim safety was an issue in 49 cases. This was given a high enough priority in only 61%, meaning that the safety of 23 victims was not paramount.'),
        body('Of the 18 cases, 9 had a plan, a further four had one in draft and the remaining six had none.'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.complementMismatch);
  },
};
