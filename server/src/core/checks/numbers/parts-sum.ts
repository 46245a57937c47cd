import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('2.4', 'Ensuring containment and promoting compliance (Punish)', '81%', `- (b) ${finding}\n`, 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.partsSum,
    severity: 'warning',
    summary: "Parts that do not add up to their whole: 'Of the 43 services, 29 …, six …, eight … and one …'.",
    description:
      "Reads a whole and its parts written as a partition — 'Of the 43 services assessed, 29 were rated good, six outstanding, seven requires improvement and one inadequate', 'The 27 settings comprised 15 …, eight … and four …', '110 reports: 75 …, 28 …', a breakdown in brackets ('four were good (three in the north and one in the south)') — and shares of one whole ('2% are rated outstanding, 77% good, 19% requires improvement and 2% inadequate'), and checks that the counts add up to the whole and the shares to 100% within rounding (half of the last written place per share; a whole place under truncation). A list is taken as a partition only when it is written as one: later parts elided ('six outstanding', with no verb of their own), or a whole introduced by 'comprised' or a colon. Parts that each have their own verb may overlap, and lists with 'including', 'of these', 'the rest', 'others' or hedged parts may leave some out: when those do not add up, the claim is listed as unresolved and not reported. No fix is offered: which part is wrong cannot be known.",
    needsFramework: false,
    examples: {
      ok: [
        body('Of the 43 cases inspected, 29 were rated good, six outstanding, seven requires improvement and one inadequate.'),
        body('Of the cases we inspected, 45.2% were rated good, 38.1% adequate, 10.4% poor and 6.2% very poor.'),
        body('Of the 40 cases, 30 had a plan and 25 had been reviewed.'),
      ],
      notOk: [
        body('Of the 43 cases inspected, 29 were rated good, six outstanding, eight requires improvement and one inadequate.'),
        body('The 27 cases examined comprised 15 community orders, eight suspended sentences and six licences.'),
        body('Of the cases we inspected, 52% were rated good, 19% adequate, 13% poor and 19% very poor.'),
      ],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.partsSum);
  },
};
