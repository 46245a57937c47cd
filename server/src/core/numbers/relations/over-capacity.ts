/**
 * A population against the places it is held in, and the share it is over them: 'the prison held 1,412 men in
 * accommodation designed for 987, 53% over its design capacity' ((1,412 − 987) / 987 = 43%). Or the share it
 * is of them: 'held 1,412 men in accommodation designed for 987, 143% of its capacity'. A share written before the
 * places, right after the population, is read too: 'held 1,412 men, 143% of its certified normal accommodation of 987'.
 *
 * The population is a plain count before the places in the same clause ('held', 'housed', 'accommodated',
 * 'there were'), the places a count after 'designed for', 'places for', 'built for', 'a capacity of' or
 * 'certified normal accommodation of'; the share the only percentage after them, with 'over' or 'above' and
 * a word for the places ('capacity', 'places', 'accommodation').
 */
import type { Span } from '../../model.js';
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { exactPercent, judge } from '../rounding.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const PLACES_BEFORE = /\b(?:designed\s+for|built\s+for|places\s+for|room\s+for|(?:a|an|its|the)\s+(?:(?:design|operational|certified)\s+)?capacity\s+of|(?:against|with)\s+(?:a|an|its|the)\s+(?:(?:agreed|funded|full|planned|approved)\s+)?(?:complement|establishment)\s+of|(?:certified\s+normal\s+accommodation|CNA|uncrowded\s+capacity)\s+(?:of\s+)?)\s*$/i;
const HELD_BEFORE = /\b(?:held|housed|accommodated|holding|housing|there\s+were|had|has|have|with)\s+(?:a\s+population\s+of\s+)?$/i;
const OVER_AFTER = /^\s*(?:over|above|in\s+excess\s+of)\s+(?:its|the|their)\s+(?:(?:design|operational|certified|normal|uncrowded)\s+)*(?:capacity|places|accommodation|CNA)\b/i;
/** 'of its capacity', 'of capacity', 'of its strength' (a staff complement's). */
const OF_AFTER = /^\s*of\s+(?:(?:its|the|their)\s+)?(?:(?:design|operational|certified|normal|uncrowded|agreed|funded|full)\s+)*(?:capacity|places|accommodation|CNA|strength|complement|establishment)\b/i;

const SHARE_OPENS_CLAUSE = /\b(?:and|but|while|whereas)\s+(?:only\s+|just\s+|some\s+)?$/i;

export function readOverCapacity(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  if (!/capacity|places|accommodation|CNA|complement|establishment/i.test(text)) return [];
  const out: ClaimRecord[] = [];
  for (let i = 1; i < toks.length; i++) {
    const places = toks[i]!;
    if (places.kind !== 'num' || places.notCount || !PLACES_BEFORE.test(text.slice(Math.max(0, places.start - 50), places.start))) continue;
    const held = [...toks.slice(0, i)].reverse().find((t) => t.kind === 'num' && !t.notCount);
    if (!held || !plainCount(text, held) || !HELD_BEFORE.test(text.slice(Math.max(0, held.start - 30), held.start))) continue;
    // The clause from the population to the share holds no other count and no break.
    if (/[;()]|\.\s/.test(text.slice(held.end, places.start))) continue;
    const rest = toks.slice(i + 1);
    const p = rest[0];
    if (!p || p.kind !== 'pct' || p.hedge || rest.length > 1 || /[;()]|\.\s/.test(text.slice(places.end, p.start))) continue;
    const after = text.slice(p.end, p.end + 60);
    const over = OVER_AFTER.test(after);
    if (!over && !OF_AFTER.test(after)) continue;
    if (held.value < places.value && over) continue;
    if (places.value <= 0) continue;
    // ('…, and 75% of its strength is on days': a share opening a clause of its own is a part of the places.)
    if (SHARE_OPENS_CLAUSE.test(text.slice(Math.max(0, p.start - 12), p.start))) continue;
    out.push(judgeHeld(s, held, places, p, over, at(s, held.start, p.end)));
  }
  return [...out, ...shareBeforePlaces(s), ...placesFirst(s)];
}

/** Before places named ahead of the population: 'designed to hold 987 men, held 1,383', 'built for 400, it held 512'. */
const PLACES_FIRST_BEFORE = /\b(?:(?:designed|built)\s+to\s+(?:hold|accommodate)|(?:designed|built)\s+for|with\s+(?:a|an)\s+(?:(?:design|operational|certified)\s+)?capacity\s+of)\s*$/i;

/**
 * 'HMP Barlinnie, designed to hold 987 men, held 1,383 on the first day of the inspection, 30% above its design
 * capacity': the places first, the population after them in the next clause (its verb 'held', no other figure
 * between), and the share over or of the places the one figure after it.
 */
function placesFirst(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  const out: ClaimRecord[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const places = toks[i]!;
    if (places.kind !== 'num' || places.notCount || places.value <= 0 || !PLACES_FIRST_BEFORE.test(text.slice(Math.max(0, places.start - 50), places.start))) continue;
    const rest = toks.slice(i + 1).filter((t) => !(t.notCount && (t.type === 'date' || t.type === 'year')));
    const held = rest[0];
    const p = rest[1];
    if (!held || !p || rest.length > 2 || held.kind !== 'num' || !plainCount(text, held) || !/\b(?:held|housed|accommodated|was\s+holding|is\s+holding|holds)\s+$/i.test(text.slice(Math.max(0, held.start - 20), held.start))) continue;
    if (!/^(?:\s+[a-z][\w'-]*){0,3}\s*,?\s*(?:it\s+|the\s+prison\s+)?(?:held|housed|accommodated|was\s+holding|is\s+holding|holds)\s+$/i.test(text.slice(places.end, held.start))) continue;
    if (p.kind !== 'pct' || p.hedge || /[;()]|\.\s/.test(text.slice(held.end, p.start))) continue;
    const after = text.slice(p.end, p.end + 60);
    const over = OVER_AFTER.test(after);
    if (!over && !OF_AFTER.test(after)) continue;
    if (held.value < places.value && over) continue;
    out.push(judgeHeld(s, held, places, p, over, at(s, places.start, p.end)));
  }
  return out;
}

/**
 * The population `held` against its `places` and the share `p` said of them: the share over them (`over`,
 * (held − places) / places) or of them (held / places), judged under the report's rounding.
 */
function judgeHeld(s: SentenceView, held: Tok, places: Tok, p: Tok, over: boolean, span: Span): ClaimRecord {
  const k = over ? held.value - places.value : held.value;
  const staff = /\b(?:complement|establishment)\s+of\s*$/i.test(s.text.slice(Math.max(0, places.start - 20), places.start));
  const j = judge(k, places.value, p.value, p.decimals, s.policy);
  const operands: Operand[] = [
    { role: 'p', value: p.value, decimals: p.decimals, raw: p.raw, span: at(s, p.start, p.end) },
    { role: 'k', value: held.value, raw: held.raw, span: at(s, held.start, held.end) },
    { role: 'n', value: places.value, raw: places.raw, span: at(s, places.start, places.end) },
  ];
  const expr = over ? `(${held.raw} − ${places.raw}) / ${places.raw} = ${exactPercent(k, places.value)}%` : `${held.raw} / ${places.raw} = ${exactPercent(k, places.value)}%`;
  if (j.verdict === 'ok') return { kind: 'change', span, operands, verdict: 'ok', arithmetic: `${expr} ≈ ${p.raw} ✓` };
  if (j.verdict === 'convention') return { kind: 'change', span, operands, verdict: 'convention', rule: RULE.roundingConvention, arithmetic: `${expr}: ${p.raw} only by another rounding`, message: `${p.raw} follows another rounding convention: ${expr}` };
  return { kind: 'change', span, operands, verdict: 'inconsistent', rule: RULE.changeMismatch, arithmetic: `${expr}, not ${p.raw}`, message: `${staff ? `${held.raw} against a complement of ${places.raw}` : `${held.raw} held for ${places.raw} places`} is ${exactPercent(k, places.value, 0)}% ${over ? 'over' : 'of'} ${staff ? 'it' : 'them'}, not ${p.raw}: ${expr}` };
}

/** 'P% of its capacity of ' / 'P% of its certified normal accommodation of ': the places named after the share. */
const OF_PLACES_OF = /^\s*of\s+(?:its|the|their)\s+(?:(?:design|operational|certified|normal|uncrowded)\s+)*(?:capacity|places|accommodation|CNA)\s+of\s+$/i;
/** Between the population and the share: its noun, then a comma ('held 48 women, 80% of …'). */
const HELD_TO_SHARE = /^(?:\s+[a-z][\w'-]*){0,2}\s*,\s*$/i;

/**
 * 'held 1,412 men, 143% of its certified normal accommodation of 987', 'held 48 women, 80% of its capacity of 60':
 * the share written before the places, right after the population it is of.
 */
function shareBeforePlaces(s: SentenceView): ClaimRecord[] {
  const { text, toks } = s;
  const out: ClaimRecord[] = [];
  for (let i = 2; i < toks.length; i++) {
    const places = toks[i]!;
    const p = toks[i - 1]!;
    const held = toks[i - 2]!;
    if (places.kind !== 'num' || places.notCount || places.value <= 0 || p.kind !== 'pct' || p.hedge || !OF_PLACES_OF.test(text.slice(p.end, places.start))) continue;
    if (held.kind !== 'num' || !plainCount(text, held) || !HELD_BEFORE.test(text.slice(Math.max(0, held.start - 30), held.start)) || !HELD_TO_SHARE.test(text.slice(held.end, p.start))) continue;
    out.push(judgeHeld(s, held, places, p, false, at(s, held.start, places.end)));
  }
  return out;
}
