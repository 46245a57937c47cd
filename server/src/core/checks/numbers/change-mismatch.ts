import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('2.4', 'Ensuring containment and promoting compliance (Punish)', '81%', `- (b) ${finding}\n`, 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.changeMismatch,
    severity: 'warning',
    summary: "A change or multiple that does not fit its figures: 'rose by 20%, from 3,788 to 4,505'.",
    description:
      "Reads changes written with their old and new figures ('rose by 15% to 2,300, from 2,000', 'an increase of 2.5% from 1,200 to 1,230', '7% higher than a year earlier, at 1,470 compared with 1,400', 'up by 756, or 1%, from 68,554', 'fell by a quarter, from 48 to 40', 'a rise of 10 percentage points' between two percentages) and multiples ('twice as likely (18.2% against 9.1%)', 'doubled, from 140 to 280', 'three times as many (27) as before (11)'). A relative change between counts is judged with exact rounding; rounded percentages stand for half a unit either side, and between two percentages a change in per cent may mean relative change or points: either reading that fits is accepted. A plain multiple holds within a tenth of itself, and hedges ('more than twice', 'almost three times') bound it on one side. A hedged old or new figure is a bound ('to more than 20,000'; 'to about 89,700', rounded to its last non-zero place): a change that fits it is consistent, one that does not is only listed, as is a change written as reported or estimated ('is understood to have fallen') that fits when a one-digit round figure ('4,000') is read as rounded. The quick fix, when the change is a plain percentage, writes the recomputed change (the counts are the data).",
    needsFramework: false,
    examples: {
      ok: [
        body('Notifications to the inspectorate rose by 12% to 4,480, from 4,000 the year before.'),
        body('The share of cases with a plan rose from 60% to 72%, an increase of 12 percentage points.'),
        body('Young people were twice as likely to be reviewed on time (18.2% against 9.1%).'),
      ],
      notOk: [
        body('Notifications to the inspectorate rose by 14% to 4,480, from 4,000 the year before.'),
        body('The number of cases waiting for allocation fell by 35%, from 240 to 180.'),
        body('The service recorded three times as many incidents in the quarter (27) as in the one before (11).'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.changeMismatch);
  },
};
