import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import type { Rule } from '../rule.js';
import { emitClaims } from './claims.js';

const body = (finding: string) => FM + criterion('2.1', 'Delivering the sentence plan', '67%', `- (b) ${finding}\n`, 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: RULE.quantifierMismatch,
    severity: 'warning',
    summary: "A quantifier that does not fit the figure given with it: 'the vast majority (60%)'.",
    description:
      "Quantifier words imply a share: by default 'almost all' 85–100%, 'the vast majority' 75–100%, 'most' and 'the majority' over 50%, 'a minority' and 'less than half' under 50%, 'few' up to 25%. A framework sets its own bands under `quantifiers.bands`, and may turn the rule off with `quantifiers.enabled: false` where its house style uses these words loosely; it is on for every framework otherwise (a report with no framework has it only when a setting names a severity for it). Only a quantifier with its figure in brackets is checked: 'the vast majority (92%)', 'most of the 17 PPOs (9)', 'a minority (4 of 30)'. A band marked `plurality` ('most' by default) may also name the largest of several groups, so a percentage below it ('most complaints (46%) came from relatives') is listed as unresolved, not reported; a count of a stated total ('most of the 17 (7)') is still judged.",
    needsFramework: false,
    defaultOff: true,
    enabledBy: (fw) => fw.data.quantifiers?.enabled !== false,
    examples: {
      ok: [body('The vast majority (92%) of offenders were seen within five days.'), body('Most of the 17 PPOs (12) had been reviewed.'), body('Most complaints received (46%) came from relatives or carers.')],
      notOk: [body('The vast majority (60%) of offenders were seen within five days.'), body('Most of the 17 PPOs (7) had been reviewed.')],
    },
  },
  check(ctx, emit) {
    emitClaims(ctx, emit, RULE.quantifierMismatch);
  },
};
