/**
 * Apposition (issue 9, family 8): a share set beside its count with commas,
 * dashes, brackets or 'or':
 *
 *   'Of the 120 staff files we reviewed, 96, or 80%, showed …'
 *   'Of the 41 services, 30 – or 73 per cent – were rated good'
 *   'a total of 25 (70 per cent)', '884 or 48.7% of them'
 *   'In 14 cases, 58% of the 24 we read, …'
 *   'in 27 cases – nearly half – of the 58'
 *   'Of the 48 care leavers, 31 – almost two thirds, or 65% – were …'
 *   '18 of the 24 exclusions – three in four – …'
 *
 * The total is, in order: the pair's own ('17 of the 20 schools visited –
 * 80 per cent –'), one written after the share ('58% of the 24', '– nearly
 * half – of the 58'), for 'of them' any group named before, or the
 * population the sentence is about (`population.ts`). The apposition must
 * close (a comma, a dash, a bracket, the end of the sentence) or end in 'of
 * …': '12 improved, 50% stayed the same' is two clauses, not an apposition.
 */
import { sameGroup, type Tok } from '../scan.js';
import type { SentenceView } from './index.js';
import { totalsBefore } from './population.js';
import { countFig, groupNoun, isCountTok, shareAt, tokAt, type Anchor, type CountFig, type Reading, type ShareFig } from './shares.js';

/** Words that end a noun phrase: verbs and function words (a count's noun phrase has none of them). */
const STOP = String.raw`(?:were|was|is|are|had|has|have|been|be|being|did|do|does|and|but|or|of|in|on|at|to|for|with|by|from|that|which|who|whom|whose|where|when|while|not|no|said|says|showed|felt|the|a|an|this|these|those|it|they|we)`;
/** The count's noun phrase (a few words; for a pair, also 'of the files'), then the opening of the apposition. */
const OPEN = new RegExp(
  String.raw`^((?:\s+of\s+(?:the|these|those))?(?:\s+(?!${STOP}\b)[A-Za-z][\w'-]*){0,5}?)(\s*[,(\u2013\u2014]|\s+-(?=\s)|\s+or(?=\s))\s*(?:or\s+|that\s+is,?\s+|i\.e\.,?\s+|which\s+(?:is|was)\s+|representing\s+|equivalent\s+to\s+)?`,
  'i',
);
const OF_THEM = /^\s+of\s+(?:them|these|those|the\s+total|all\s+(?:of\s+)?(?:them|these|those))\b/i;
const OF_N = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?/i;
const MORE = /^\s*,\s*(?:or\s+)?/;
const CLOSE_PAREN = /^\s*\)/;
const CLOSE = /^\s*(?:[,;:)\u2013\u2014.]|\s-\s|$)/;
const WINDOW = 240;

export function appositionReadings(s: SentenceView, anchors: readonly Anchor[]): Reading[] {
  const out: Reading[] = [];
  for (const a of anchors) {
    const rest = s.text.slice(a.end, a.end + WINDOW);
    const m = OPEN.exec(rest);
    if (!m) continue;
    const paren = m[2]!.includes('(');
    let pos = a.end + m[0].length;
    const shares: ShareFig[] = [];
    let localN: CountFig | undefined;
    let localTok: Tok | undefined;
    let ofThem = false;
    for (;;) {
      const f = shareAt(s, pos);
      if (!f || f.start !== pos) break;
      shares.push(f);
      pos = f.end;
      const tail = s.text.slice(pos, pos + WINDOW);
      const them = OF_THEM.exec(tail);
      if (them) {
        ofThem = true;
        pos += them[0].length;
        break;
      }
      const of = OF_N.exec(tail);
      if (of) {
        const t = tokAt(s.toks, pos + of[0].length);
        if (isCountTok(s, t)) {
          localN = countFig(t);
          localTok = t;
          pos = t.end;
        }
        break;
      }
      const more = MORE.exec(tail);
      if (more && shareAt(s, pos + more[0].length)?.start === pos + more[0].length) {
        pos += more[0].length;
        continue;
      }
      break;
    }
    if (shares.length === 0) continue;
    if (!ofThem && !localN) {
      // The apposition must close; then a total may follow it ('– nearly half – of the 58').
      const tail = s.text.slice(pos, pos + WINDOW);
      const c = (paren ? CLOSE_PAREN : CLOSE).exec(tail);
      if (!c) continue;
      const after = pos + c[0].length;
      const of = OF_N.exec(s.text.slice(after, after + WINDOW));
      const t = of ? tokAt(s.toks, after + of[0].length) : undefined;
      if (of && isCountTok(s, t)) {
        localN = countFig(t);
        localTok = t;
      }
    }
    // A total written after the share must count the same kind of thing as the count.
    if (localN && localTok && !sameGroup(groupNoun(s.text, a.k.end), groupNoun(s.text, localTok.end))) continue;
    const totals: { n: CountFig; why?: string }[] = [];
    if (a.n) totals.push({ n: a.n });
    else if (localN) totals.push({ n: localN });
    else for (const p of totalsBefore(s, a.k, { ofThem, exclude: a.kTok ? [a.kTok] : [] })) totals.push({ n: p.n, why: p.why });
    for (const share of shares) {
      for (const t of totals) {
        const r: Reading = { share, k: a.k, n: t.n, family: a.family ?? 'apposition' };
        if (t.why) r.nWhy = t.why;
        out.push(r);
      }
    }
  }
  return out;
}
