/**
 * A share set against a target, standard or average with a word of direction (issue 9, family 8, the
 * hedges):
 *
 *   '94.9 per cent of patients started treatment within a month, just short of the 95 per cent standard.'
 *   '72% of calls were answered in time, well below the target of 90%.'
 *   'Attendance was 96.1%, above the national average of 94.5%.'
 *
 * The comparison is a hedge on the target: 'just short of Q' is 'just under Q', 'below Q' is 'under Q',
 * 'above Q' is 'over Q' (their reach is `HEDGE_REACH`, policy.ts), and the share before it, in the same
 * clause with no other figure between, must fit it. Both are percentages, and the first is a level, not
 * a change ('rose by 5%, above the 3% target' is not read). 'Better' and 'worse' are not read: which
 * way is better depends on the measure.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { percentInterval } from '../interval.js';
import { judgePercentInterval } from '../judge.js';
import type { Tok } from '../scan.js';
import { changeAmountBefore, type HedgeKind } from '../words.js';
import { pctOfTok } from './common.js';
import { at, type SentenceView } from './index.js';

/** The words of direction and the hedge each stands for. */
const DIRECTIONS: readonly [RegExp, HedgeKind][] = [
  [/^(?:just|slightly|marginally|fractionally)\s+(?:short\s+of|below|under|behind|lower\s+than|less\s+than)$/i, 'justBelow'],
  [/^(?:just|slightly|marginally|fractionally)\s+(?:above|over|ahead\s+of|higher\s+than|more\s+than|exceeding)$/i, 'justAbove'],
  [/^(?:(?:well|far|some\s+way|considerably|significantly)\s+)?(?:short\s+of|below|under|behind|lower\s+than|less\s+than|beneath)$/i, 'below'],
  [/^(?:(?:well|far|considerably|significantly)\s+)?(?:above|over|ahead\s+of|higher\s+than|exceeding|beyond|in\s+excess\s+of)$/i, 'above'],
];
const DIRECTION_WORDS = String.raw`(?:(?:just|slightly|marginally|fractionally|well|far|some\s+way|considerably|significantly)\s+)?(?:short\s+of|below|under|behind|lower\s+than|less\s+than|beneath|above|over|ahead\s+of|higher\s+than|more\s+than|exceeding|beyond|in\s+excess\s+of)`;
/** 'just short of the 95 per cent standard' (the direction, then the figure) */
const DIRECTION = new RegExp(String.raw`,?\s*(${DIRECTION_WORDS})\s+(?:the|its|their|our|a|an)\s+$`, 'i');
/** What the second figure is: a target, a standard, an average. */
const TARGET_NOUN = String.raw`(?:(?:national|regional|england|scottish|welsh|local|overall|government|interim|expected|minimum|agreed)\s+)?(?:target|standard|benchmark|threshold|average|goal|expectation|ambition|requirement|aim)`;
/** 'the 95 per cent standard' (the figure, then its noun) */
const NOUN_AFTER = new RegExp(String.raw`^\s+(?:[a-z][\w-]*\s+){0,2}?${TARGET_NOUN}\b`, 'i');
/** 'below the target of 90%', 'above the national average of 94.5%' (the noun, then the figure) */
const DIRECTION_NOUN = new RegExp(String.raw`,?\s*(${DIRECTION_WORDS})\s+(?:the|its|their|our|a|an)\s+${TARGET_NOUN}\s+(?:of|at)\s+$`, 'i');

export function readAgainstTarget(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  if (!/\b(?:target|standard|benchmark|threshold|average|goal|expectation|ambition|requirement|aim)\b/i.test(text)) return [];
  const out: ClaimRecord[] = [];
  for (let j = 1; j < toks.length; j++) {
    const q = toks[j]!;
    if (q.kind !== 'pct' || q.hedge) continue;
    // The comparison and the target's noun, on either side of its figure.
    const before = text.slice(Math.max(0, q.start - 120), q.start);
    let lead = '';
    let m = DIRECTION.exec(before);
    if (m && NOUN_AFTER.test(text.slice(q.end, q.end + 50))) lead = m[0];
    else {
      m = DIRECTION_NOUN.exec(before);
      if (m) lead = m[0];
    }
    if (!m || !lead) continue;
    const words = m[1]!.replace(/\s+/g, ' ').trim();
    const kind = DIRECTIONS.find(([re]) => re.test(words))?.[1];
    if (!kind) continue;
    // The share compared: the figure before, skipping those that are no quantity, in the same clause.
    let i = j - 1;
    while (i >= 0 && toks[i]!.kind === 'num' && toks[i]!.notCount) i--;
    const p: Tok | undefined = toks[i];
    if (!p || p.kind !== 'pct' || p.hedge) continue;
    const leadStart = q.start - lead.length;
    const gap = text.slice(p.end, leadStart);
    if (gap.length > 160 || /[;:()]/.test(gap) || /\b(?:while|whereas|but|and\s+\d)\b/i.test(gap)) continue;
    if (changeAmountBefore(text.slice(Math.max(0, p.start - 40), p.start))) continue;
    const said = `${words} ${q.raw}`;
    const interval = percentInterval(q.value, q.decimals, kind, false);
    const ops: Operand[] = [
      { role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: at(s, p.start, p.end) },
      { role: 'q', value: q.value, decimals: q.decimals, raw: q.raw, span: at(s, q.start, q.end), hedge: words },
    ];
    out.push(judgePercentInterval({ kind: 'hedge', span: at(s, p.start, q.end) }, ops, pctOfTok(p, s.offset), interval, said, RULE.fractionMismatch, s.policy.mode !== 'nearest'));
  }
  return out;
}
