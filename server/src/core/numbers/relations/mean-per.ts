/**
 * A mean per unit of a total over a stated number of units (issue 9):
 *
 *   'The panel considered 96 cases at its 11 meetings, an average of just under nine per meeting.'
 *   'Over 52 weeks the line took 1,300 calls, an average of 25 a week.'
 *   '4,380 hours of unpaid work were done across the 12 teams, averaging 365 per team.'
 *
 * The cue is 'an average of M', 'a mean of M', 'averaging M' or 'on average M', followed by 'per',
 * 'a', 'an' or 'for each' and a unit noun. The number of units is the one count of the sentence whose
 * own noun is that unit ('11 meetings', '52 weeks'); the total is the one other plain count before
 * the cue. The mean is total / units against M read to its last written place, or its hedge.
 *
 * A total may be an amount of time ('4,380 hours'). Not read: a unit that no count of the sentence names ('an average of 25 a week' over 'the year'),
 * two candidate totals, a total whose noun differs from a noun written after M ('an average of 3
 * visits per home' over '96 cases'), and a rate ('per 100,000').
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { nounAfter, type Tok } from '../scan.js';
import { hedgeKind, HEDGE_WORDS } from '../words.js';
import { cmpR, div, maxR, plainCount, r, showR, statedRange, tokValue, type R } from './common.js';
import { at, type SentenceView } from './index.js';

const CUE = new RegExp(String.raw`\b(?:an?\s+(?:overall\s+)?(?:average|mean)\s+of|averaging|on\s+average)\s+(?:(${HEDGE_WORDS})\s+)?$`, 'i');
/** After the mean: an optional noun of up to two words, then 'per', 'a', 'an' or 'for each', and the unit. */
const PER = /^\s+(?:([a-z][\w'-]*)(?:\s+[a-z][\w'-]*)?\s+)??(?:per|an?|for\s+each|for\s+every|each)\s+([a-z][\w'-]*)\b/i;

const singular = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

function inRange(x: R, lo: R | undefined, hi: R | undefined, loOpen?: boolean, hiOpen?: boolean): boolean {
  if (lo && (loOpen ? cmpR(x, lo) <= 0 : cmpR(x, lo) < 0)) return false;
  if (hi && (hiOpen ? cmpR(x, hi) >= 0 : cmpR(x, hi) > 0)) return false;
  return true;
}

export function readMeanPer(s: SentenceView): ClaimRecord[] {
  const text = s.text;
  if (!/\b(?:average|averaging|mean)\b/i.test(text)) return [];
  const out: ClaimRecord[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const m = s.toks[i]!;
    if (m.kind !== 'num' || m.word && m.value < 2) continue;
    const cueStart = m.hedge?.start ?? m.start;
    const cue = CUE.exec(text.slice(Math.max(0, cueStart - 40), cueStart));
    if (!cue) continue;
    const per = PER.exec(text.slice(m.end, m.end + 60));
    if (!per) continue;
    const unit = singular(per[2]!);
    if (/^(?:cent|\d)/.test(unit)) continue;
    // The number of units: the one count whose own noun is the unit (a duration counts as well: '52 weeks').
    const units = s.toks.filter((t) => t !== m && t.kind === 'num' && t.decimals === 0 && t.value >= 2 && (!t.notCount || t.type === 'duration') && !t.hedge && singular(nounAfter(text, t.end) ?? '') === unit);
    if (units.length !== 1) continue;
    const n = units[0]!;
    // The total: the one other plain count before the cue, of a noun other than the unit.
    // A total of time ('4,380 hours … across the 12 teams') counts as well.
    const totals = s.toks.filter(
      (t) => t !== n && t.end <= cueStart && t.kind === 'num' && t.decimals === 0 && !t.hedge && (plainCount(text, t) || (t.type === 'duration' && !/^\s+(?:old|ago|later|earlier)\b/i.test(text.slice(t.end, t.end + 12)))) && singular(nounAfter(text, t.end) ?? '') !== unit,
    );
    if (totals.length !== 1) continue;
    const total = totals[0]!;
    const said = per[1] ? singular(per[1]) : undefined;
    const totalNoun = nounAfter(text, total.end);
    if (said && totalNoun && singular(totalNoun) !== said) continue;
    const mean = div(r(total.value), r(n.value));
    const v = tokValue(m);
    // A whole mean with trailing zeros ('an average of 300') may be rounded to its last non-zero place.
    let unit0 = v.unit;
    if (m.decimals === 0 && Number.isInteger(m.value) && !/\./.test(m.raw) && m.value > 0) {
      let u = 1;
      while (u < 1e6 && m.value % (u * 10) === 0) u *= 10;
      unit0 = r(u);
    }
    const hedgeRaw = m.hedge?.raw ?? cue[1];
    const hedge = hedgeRaw ? hedgeKind(hedgeRaw) : undefined;
    // The reach of 'just', 'nearly' and 'around': a tenth of the figure, at least one unit of its last place.
    const near = maxR(unit0, div(v.value, r(10)));
    const range = statedRange(v.value, unit0, hedge, near);
    const fits = inRange(mean, range.lo, range.hi, range.loOpen, range.hiOpen);
    // A hedged mean is reported only on the wrong side of its figure ('just over nine' for 8.73); a
    // mean outside the reach of 'around' or 'nearly' but on the right side is listed, not reported.
    const side = cmpR(mean, v.value);
    const wrongSide =
      hedge === 'above' || hedge === 'justAbove' ? side <= 0 : hedge === 'atLeast' ? side < 0 : hedge === 'below' || hedge === 'justBelow' || hedge === 'nearly' ? side >= 0 : hedge === 'atMost' ? side > 0 : false;
    const verdict: ClaimRecord['verdict'] = fits ? 'ok' : !hedge || wrongSide ? 'inconsistent' : 'unchecked';
    const operands: Operand[] = [
      { role: 'c', value: m.value, decimals: m.decimals, raw: m.raw, span: at(s, m.start, m.end), ...(hedgeRaw ? { hedge: hedgeRaw } : {}) },
      { role: 'k', value: total.value, raw: total.raw, span: at(s, total.start, total.end) },
      { role: 'n', value: n.value, raw: n.raw, span: at(s, n.start, n.end) },
    ];
    const stated = text.slice(cueStart, m.end);
    const arithmetic = `${total.raw} / ${n.raw} = ${showR(mean, 2)} per ${unit}${fits ? ` ≈ ${stated}` : `, not ${stated}`}`;
    const c: ClaimRecord = {
      kind: 'mean',
      span: at(s, Math.min(total.start, n.start), m.end + per[0].length),
      operands,
      verdict,
      arithmetic: verdict === 'unchecked' ? `${arithmetic} (a hedged mean on the side its hedge allows: not judged)` : arithmetic,
    };
    if (verdict === 'inconsistent') {
      c.rule = RULE.meanMismatch;
      c.message = `the mean per ${unit} does not fit: ${arithmetic}`;
    }
    out.push(c);
  }
  return out;
}
