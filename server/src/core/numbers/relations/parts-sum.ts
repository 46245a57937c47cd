/**
 * Parts of a whole: counts that must add up to a stated total ('Of the 43
 * forces assessed, 29 were graded good, six outstanding, seven requires
 * improvement and one inadequate'; 'The 27 settings comprised 15 …, eight …
 * and four …'; 'four were Good (three CRCs and one NPS division)'), and shares
 * of one whole that must add up to 100 within rounding ('2% are rated
 * outstanding, 77% good, 19% requires improvement and 2% inadequate').
 *
 * A list is read as a partition only when it is written as one: parts in a
 * list, the later ones elided ('six outstanding', no verb of their own), or a
 * whole introduced by 'of the', a colon or 'comprised'. Anything looser (parts
 * that share a verb and may overlap, 'including', 'of these') is listed as
 * unresolved when it does not add up, never reported.
 */
import { RULE, type ClaimRecord, type Operand } from '../claim.js';
import { formatScaled } from '../rounding.js';
import type { Tok } from '../scan.js';
import { plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const SEPARATOR = /(?:^|[,;:\u2013\u2014]|\band|\bwhile|\bwhereas|\bbut|\bwith)\s*(?:(?:only|just|a\s+further|another|a\s+record|and)\s+)?$/i;
const VERBS = /^(?:was|were|is|are|had|has|have|did|do|does|received|got|showed|met|achieved|needed|required|concerned|related|involved|could|would|should|may|might|said|reported|felt|went|came|led|made|gave|took|of|per|percent|in|at|on|to|for|from|by|with|than|times|days?|weeks?|months?|years?|hours?|minutes?)$/i;
const LOOSE = /\b(?:including|included|includes|among\s+them|such\s+as|of\s+these|of\s+them|of\s+whom|of\s+which|of\s+the\s+remaining|the\s+rest|the\s+remainder|remaining|others?|respectively|at\s+least|more\s+than|fewer\s+than|less\s+than|over|almost|nearly|about|around|some)\b/i;
const TOTAL_BEFORE = /\b(?:so|thus|meaning|making|in\s+total|in\s+all|altogether|overall|a\s+total\s+of|total\s+of)\s+$/i;

interface Part {
  tok: Tok;
  elided: boolean;
}

/** Depth of parentheses at each token. */
function depthAt(text: string, pos: number): number {
  let d = 0;
  for (let i = 0; i < pos; i++) {
    if (text[i] === '(') d++;
    else if (text[i] === ')') d = Math.max(0, d - 1);
  }
  return d;
}

function nextWord(text: string, end: number): string {
  return /^\s*['"\u2018\u201c]?([A-Za-z][\w-]*)/.exec(text.slice(end, end + 40))?.[1] ?? '';
}

function isPart(s: SentenceView, t: Tok, regionStart: number, kind: 'num' | 'pct', allowOf = false): boolean {
  if (t.kind !== kind) return false;
  if (kind === 'num' ? !plainCount(s.text, t) : !!t.hedge) return false;
  const before = s.text.slice(Math.max(regionStart, t.start - 30), t.start);
  if (t.start - regionStart > 0 && !SEPARATOR.test(before) && before.trim() !== '') return false;
  if (TOTAL_BEFORE.test(s.text.slice(Math.max(0, t.start - 20), t.start))) return false;
  const after = s.text.slice(t.end, t.end + 24);
  if (kind === 'num' && /^\s*(?:%|per\s*cent|percent|of\b|in\b|out\s+of|\/)/i.test(after)) return false;
  if (kind === 'pct' && !allowOf && /^\s*of\b/i.test(after)) return false;
  if (kind === 'pct' && /^\s*(?:more|fewer|higher|lower|less|up\b|down\b|points?|percentage\s+points?|in\s+\d)/i.test(after)) return false;
  return true;
}

export function readPartsSum(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const counts = readCounts(s);
  if (counts) out.push(...counts);
  const shares = readShares(s);
  if (shares) out.push(shares);
  return out;
}

/** The whole: 'Of the 43 …,', 'The 27 settings … comprised', '110 reports …:'. Returns the whole and where its parts start. */
function wholeOf(s: SentenceView): { whole: Tok; from: number; strong: boolean } | undefined {
  const text = s.text;
  for (const t of s.toks) {
    if (!plainCount(text, t)) continue;
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    const from0 = Math.max(0, t.start - 40);
    const of = /(?:^\s*|[,;:]\s*)of\s+(?:the\s+|these\s+|all\s+|those\s+|its\s+|their\s+)?$/i.exec(text.slice(from0, t.start));
    if (of && ((of.index === 0 && from0 === 0) || /^[,;:]/.test(of[0]))) {
      const comma = text.indexOf(',', t.end);
      const colon = text.indexOf(':', t.end);
      const cut = [comma, colon].filter((x) => x !== -1).sort((a, b) => a - b)[0];
      if (cut === undefined || cut - t.end > 90) continue;
      return { whole: t, from: cut + 1, strong: false };
    }
    const rest = text.slice(t.end, t.end + 100);
    const comprised = /^[^,;:.]{0,60}?\b(?:comprised|consisted\s+of|were\s+made\s+up\s+of|was\s+made\s+up\s+of|were\s+split\s+into|broke\s+down\s+as)\b/i.exec(rest);
    if (comprised) return { whole: t, from: t.end + comprised[0].length, strong: true };
    const colon = /^[^,;:.]{0,80}?:/.exec(rest);
    if (colon && s.toks.some((x) => x.start > t.end + colon[0].length && x.kind === 'num')) return { whole: t, from: t.end + colon[0].length, strong: true };
  }
  return undefined;
}

function readCounts(s: SentenceView): ClaimRecord[] | undefined {
  const w = wholeOf(s);
  if (!w) return undefined;
  const text = s.text;
  const region = text.slice(w.from);
  const base = depthAt(text, w.from);
  const parts: Part[] = [];
  const nested: { parent: Tok; kids: Tok[] }[] = [];
  for (const t of s.toks) {
    if (t.start < w.from || t === w.whole) continue;
    const depth = depthAt(text, t.start);
    if (depth > base) {
      // A breakdown of the part just before it: 'four were Good (three CRCs and one NPS division)'.
      const parent = parts[parts.length - 1];
      if (parent && plainCount(text, t) && !/^\s*(?:%|per\s*cent)/i.test(text.slice(t.end, t.end + 10))) {
        let n = nested.find((x) => x.parent === parent.tok);
        if (!n) nested.push((n = { parent: parent.tok, kids: [] }));
        n.kids.push(t);
      }
      continue;
    }
    if (!isPart(s, t, w.from, 'num')) continue;
    parts.push({ tok: t, elided: parts.length > 0 && !VERBS.test(nextWord(text, t.end)) });
  }
  const out: ClaimRecord[] = [];
  if (parts.length >= 2) {
    // Every other count at the parts' level must be accounted for, or the list may be read another way.
    const stray = s.toks.some((t) => t.start >= w.from && t.kind === 'num' && plainCount(text, t) && depthAt(text, t.start) === base && !parts.some((p) => p.tok === t));
    const partition = !stray && (w.strong || parts.some((p) => p.elided)) && !LOOSE.test(region.replace(/\([^)]*\)/g, ' '));
    const sum = parts.reduce((a, p) => a + p.tok.value, 0);
    // Parts that fall short of the whole may leave a category unnamed ('55 good and 12 outstanding' of 108):
    // only a whole that is said to be made of them ('comprised', a colon) and three or more parts are judged.
    const short = sum < w.whole.value && !(w.strong && parts.length >= 3);
    out.push(sumClaim(s, w.whole, parts.map((p) => p.tok), partition && !short));
  }
  for (const n of nested) if (n.kids.length >= 2) out.push(sumClaim(s, n.parent, n.kids, !LOOSE.test(text.slice(n.kids[0]!.start, n.kids[n.kids.length - 1]!.end))));
  return out;
}

function sumClaim(s: SentenceView, whole: Tok, parts: Tok[], partition: boolean): ClaimRecord {
  const sum = parts.reduce((a, t) => a + t.value, 0);
  const operands: Operand[] = [{ role: 'n', value: whole.value, raw: whole.raw, span: at(s, whole.start, whole.end) }, ...parts.map((t): Operand => ({ role: 'k', value: t.value, raw: t.raw, span: at(s, t.start, t.end) }))];
  const span = { start: Math.min(...operands.map((o) => o.span.start)), end: Math.max(...operands.map((o) => o.span.end)) };
  const expr = `${parts.map((t) => t.value).join(' + ')} = ${sum}`;
  if (sum === whole.value) return { kind: 'parts-sum', span, arithmetic: `${expr} = ${whole.raw} ✓`, verdict: 'ok', operands };
  if (!partition) return { kind: 'parts-sum', span, arithmetic: `${expr}, not ${whole.raw} (the parts may overlap or leave some out: not judged)`, verdict: 'unchecked', operands };
  return {
    kind: 'parts-sum',
    span,
    arithmetic: `${expr}, not ${whole.raw}`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `The parts do not add up to the whole: ${expr}, not ${whole.raw}`,
    operands,
  };
}

function readShares(s: SentenceView): ClaimRecord | undefined {
  const text = s.text;
  const pcts = s.toks.filter((t) => t.kind === 'pct');
  if (pcts.length < 3) return undefined;
  const parts: Part[] = [];
  let stray = false;
  for (const t of pcts) {
    const first = parts.length === 0;
    // 'X% of trusts were rated A, Y% B …': the first share may name its whole.
    const part = depthAt(text, t.start) === 0 && (isPart(s, t, 0, 'pct', first));
    if (!part) {
      if (!TOTAL_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) stray = true;
      continue;
    }
    parts.push({ tok: t, elided: parts.length > 0 && !VERBS.test(nextWord(text, t.end)) });
  }
  if (parts.length < 3) return undefined;
  // Overlapping categories ('good or better', 'satisfactory or above') are not a partition, and
  // 'P%: Q% and R%' is a whole with its parts.
  if (/\bor\s+(?:better|above|more|higher|over|worse|below|less|lower)\b/i.test(text)) stray = true;
  const head = parts[0]!.tok;
  if (/^[^,;]*?:/.test(text.slice(head.end, parts[1]!.tok.start))) return wholeShare(s, parts.map((p) => p.tok));
  const intro = /^\s*(?:Of|Among|Across)\b/i.test(text);
  const partition = !stray && (intro || parts.filter((p) => p.elided).length >= 1) && !LOOSE.test(text) && pcts.every((t) => !t.hedge);
  const d = Math.max(...parts.map((p) => p.tok.decimals));
  const S = 10 ** d;
  const scaled = parts.map((p) => p.tok.value * 10 ** (d - p.tok.decimals));
  const sum = scaled.reduce((a, b) => a + b, 0);
  // Each share may be off by half of its last place (nearest) or a whole one (other conventions).
  const slack2 = parts.reduce((a, p) => a + 10 ** (d - p.tok.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  const off = Math.abs(2 * (sum - 100 * S));
  const operands: Operand[] = parts.map((p): Operand => ({ role: 'p', value: p.tok.value, decimals: p.tok.decimals, raw: p.tok.raw, span: at(s, p.tok.start, p.tok.end) }));
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  const expr = `${parts.map((p) => formatScaled(p.tok.value, p.tok.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  if (off <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓`, verdict: 'ok', operands };
  // Shares under 100% may leave a category unnamed (those who did not answer): only an excess is certain.
  if (!partition || sum < 100 * S) return { kind: 'shares-sum', span, arithmetic: `${expr}, not 100% (perhaps not shares of one whole: not judged)`, verdict: 'unchecked', operands };
  return {
    kind: 'shares-sum',
    span,
    arithmetic: `${expr}, not 100% within rounding`,
    verdict: 'inconsistent',
    rule: RULE.partsSum,
    message: `These shares of one whole should add up to 100% within rounding, but ${expr}`,
    operands,
  };
}

/** 'P% were good or outstanding: Q% outstanding and R% good': the parts add up to the whole within rounding. */
function wholeShare(s: SentenceView, toks: Tok[]): ClaimRecord {
  const [whole, ...parts] = toks as [Tok, ...Tok[]];
  const d = Math.max(...toks.map((t) => t.decimals));
  const scale = (t: Tok) => t.value * 10 ** (d - t.decimals);
  const sum = parts.reduce((a, t) => a + scale(t), 0);
  const slack2 = toks.reduce((a, t) => a + 10 ** (d - t.decimals), 0) * (s.policy.mode === 'nearest' ? 1 : 2);
  const off = Math.abs(2 * (sum - scale(whole)));
  const operands: Operand[] = toks.map((t, i): Operand => ({ role: i === 0 ? 'q' : 'p', value: t.value, decimals: t.decimals, raw: t.raw, span: at(s, t.start, t.end) }));
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  const expr = `${parts.map((t) => formatScaled(t.value, t.decimals)).join(' + ')} = ${formatScaled(sum, d)}%`;
  if (off <= slack2) return { kind: 'shares-sum', span, arithmetic: `${expr} ≈ ${whole.raw} ✓`, verdict: 'ok', operands };
  // The parts may not be all of the whole ('86% were good or better: 21% outstanding' and others unnamed).
  if (sum < scale(whole)) return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw} (parts may be missing: not judged)`, verdict: 'unchecked', operands };
  return { kind: 'shares-sum', span, arithmetic: `${expr}, not ${whole.raw} within rounding`, verdict: 'inconsistent', rule: RULE.partsSum, message: `The shares do not add up to the whole they make: ${expr}, not ${whole.raw}`, operands };
}
