import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string, fm = FM) => fm + criterion('1.2', 'Assessment of risk of harm', '70%', `- (b) ${finding}\n`, 'This criterion represents a priority for improvement.');
const TRUNCATE = '---\ntitle: Example\nframework: hmip-omi-2007\nrounding: truncate\n---\n\n';

export const rule: Rule = {
  meta: {
    id: RULE.roundingConvention,
    severity: 'info',
    summary: 'A percentage that only truncation (or rounding up) explains, where the report rounds to nearest.',
    description:
      "Percentages are checked against the report's rounding policy: by default the nearest value at the precision written, with an exact half going either way. A value that is not what rounding gives but is what truncation gives (56 / 77 = 72.73% written as 72%), or rounding up, is not silently accepted: it is reported here, at a lower severity than a mismatch. Set `rounding: truncate` (or `ceiling`, or `any`) in the front matter when the report follows that convention throughout; a value that only rounding to nearest explains is then reported here instead.",
    needsFramework: false,
    examples: {
      ok: [
        body('The full analysis was of a satisfactory standard in 73% of the 77 cases where it was completed. This left 21 cases where it was insufficient.'),
        body('The full analysis was of a satisfactory standard in 72% of the 77 cases where it was completed. This left 21 cases where it was insufficient.', TRUNCATE),
      ],
      notOk: [
        body('The full analysis was of a satisfactory standard in 72% of the 77 cases where it was completed. This left 21 cases where it was insufficient.'),
        body('In the 32 cases where self-harm was an issue, it was clearly recorded in only 68% (22) of these cases.'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.roundingConvention);
  },
};
