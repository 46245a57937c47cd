/**
 * A whole in equal groups: 'all 45 fire and rescue services, in three sets of 15'; '120 cases in four
 * batches of 30'. The groups make the whole: K × M = N is confirmed. A product that misses is listed as
 * unresolved, never reported (the sizes may be rough: 'in four groups of 10' of 42).
 *
 * The whole is the count just before, in the same clause; the groups are 'in K <noun>s of M' with nothing
 * hedging the size ('of about 15', 'of up to 15').
 */
import type { ClaimRecord, Operand } from '../claim.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const GROUP_NOUN = /^\s+(?:equal\s+)?(?:sets|groups|tranches|batches|waves|rounds|cohorts|phases|blocks|teams|classes|parts)\s+of\s+$/i;

export function readEqualGroups(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  if (!/\b(?:sets|groups|tranches|batches|waves|rounds|cohorts|phases|blocks|teams|classes|parts)\s+of\s/i.test(text)) return [];
  const out: ClaimRecord[] = [];
  for (let i = 1; i + 1 < s.toks.length; i++) {
    const k = s.toks[i]!;
    const m = s.toks[i + 1]!;
    if (k.kind !== 'num' || m.kind !== 'num' || !GROUP_NOUN.test(text.slice(k.end, m.start)) || !plainCount(text, m) || k.value < 2 || !Number.isInteger(k.value)) continue;
    // The whole: the count before, in the same clause, the groups after a comma or its noun phrase ('in').
    const n = s.toks[i - 1]!;
    if (!plainCount(text, n) || /[.;:()]/.test(text.slice(n.end, k.start))) continue;
    const between = text.slice(n.end, k.start);
    const lead = /(?:,\s*|\s)(?:in|into|across)\s+$/i.exec(between);
    if (!lead || between.length > 80) continue;
    const operands: Operand[] = [
      { role: 'n', value: n.value, raw: n.raw, span: at(s, n.start, n.end) },
      { role: 'k', value: k.value, raw: k.raw, span: at(s, k.start, k.end) },
      { role: 'k', value: m.value, raw: m.raw, span: at(s, m.start, m.end) },
    ];
    const span = at(s, n.start, m.end);
    const product = k.value * m.value;
    out.push(
      product === n.value
        ? { kind: 'parts-sum', span, arithmetic: `${k.value} × ${m.value} = ${product} = ${n.raw} ✓ (equal groups)`, verdict: 'ok', operands }
        : { kind: 'parts-sum', span, arithmetic: `${k.value} × ${m.value} = ${product}, not ${n.raw} (the sizes may be rough: not judged)`, verdict: 'unchecked', operands },
    );
  }
  return out;
}
