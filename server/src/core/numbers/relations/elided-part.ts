/**
 * Parts of a counted group written without 'of' (issue 9, the plain family), judged only when they
 * fit (a part no larger than its whole), never reported:
 *
 *   '9 of the 12 homes had a plan; fire checks were missed in three.'        ('in k' closing a clause)
 *   '410 visits have taken place and reports for 395 have been published.'  ('<noun> for k' + verb)
 *   'The team opened 220 death reviews. Of those, 60 deaths were sudden, 40 were … and 120 were …'
 *      (the parts name a word of the whole's own phrase: 'deaths' of 'death reviews')
 *
 * Such a count could be of another group ('in three' wards), so a part larger than the whole is not
 * read at all.
 */
import type { ClaimRecord } from '../claim.js';
import { judgeCountOf, type CountIn } from '../judge.js';
import { isPopulation, type Tok } from '../scan.js';
import { countOfTok, plainCount } from './common.js';
import { at, type SentenceView } from './index.js';

const OF_BETWEEN = /^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
const OF_CLAUSE = /(?:^|[;:])\s*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$/i;
/** 'in k' closing its clause. */
const IN_CLOSING = /\b(?:in|for)\s+(?:a\s+further\s+|another\s+|only\s+|just\s+)?$/i;
const CLOSES = /^\s*(?:[.;,]|$)/;
/** '<noun> for k have been published': a count after 'for' with a verb, no noun. */
const FOR_K = /\band\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:for|on)\s+$/i;
const VERB_AFTER = /^\s+(?:have|has|had|were|was|are|is)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+ed\b/i;
const DONE_AFTER = /^(?:\s+[A-Za-z][\w'-]*){1,8}?\s+(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?(?:taken\s+place|been\s+(?:carried\s+out|completed|done|held|undertaken|made))\b/i;
const OF_THOSE = /^\s*(?:Of|Among)\s+(?:those|these|them),\s*$/i;

const singular = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/(?<=[a-z])s$/, '');

function confirm(s: SentenceView, k: Tok, n: CountIn, nEnd: number, out: ClaimRecord[]): void {
  if (k.value > n.value) return;
  const c = judgeCountOf({ kind: 'count-of', span: at(s, k.start, k.end) }, countOfTok(k, s.offset), n);
  if (c.verdict === 'ok') out.push(c);
  void nEnd;
}

export function readElidedPart(s: SentenceView): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const counts = s.toks.filter((t) => t.kind === 'num' && plainCount(s.text, t));
  // 'k0 of the n …; … in k.'
  for (let i = 0; i + 2 < counts.length + 1 && i + 1 < counts.length; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    let n: Tok | undefined;
    if (OF_BETWEEN.test(s.text.slice(a.end, b.start))) n = b;
    else if (OF_CLAUSE.test(s.text.slice(Math.max(0, a.start - 20), a.start))) n = a;
    if (!n) continue;
    const later = counts.filter((t) => t.start > b.end);
    const k = later[0];
    if (!k || later.length > 1) continue;
    if (s.toks.some((t) => t.start > b.end && t.end < k.start && !t.notCount && t.kind !== 'pct')) continue;
    if (!IN_CLOSING.test(s.text.slice(Math.max(0, k.start - 24), k.start)) || !CLOSES.test(s.text.slice(k.end, k.end + 3))) continue;
    confirm(s, k, countOfTok(n, s.offset), n.end, out);
    break;
  }
  // 'n X have taken place and reports for k have been published'
  for (let i = 0; i + 1 < counts.length; i++) {
    const n = counts[i]!;
    const k = counts[i + 1]!;
    if (!DONE_AFTER.test(s.text.slice(n.end, n.end + 160))) continue;
    if (!FOR_K.test(s.text.slice(Math.max(0, k.start - 40), k.start)) || !VERB_AFTER.test(s.text.slice(k.end, k.end + 40))) continue;
    if (/[;:.]\s/.test(s.text.slice(n.end, k.start))) continue;
    confirm(s, k, countOfTok(n, s.offset), n.end, out);
  }
  // 'Of those, 60 deaths were …, 40 were … and 120 were …' after one group whose phrase holds the parts' noun.
  const prev = s.previous?.[s.previous.length - 1];
  const first = counts[0];
  if (prev && first && OF_THOSE.test(s.text.slice(0, first.start))) {
    const groups = prev.toks.filter((t) => isPopulation(prev.text, t) && !t.notCount);
    if (groups.length === 1) {
      const g = groups[0]!;
      const phrase = (/^(?:\s+[A-Za-z][\w'-]*){1,4}/.exec(prev.text.slice(g.end, g.end + 60))?.[0] ?? '').toLowerCase().split(/\s+/).filter(Boolean).map(singular);
      const noun = /^\s+([A-Za-z][\w'-]*)/.exec(s.text.slice(first.end, first.end + 30))?.[1];
      if (noun && phrase.includes(singular(noun)) && singular(noun) !== phrase[phrase.length - 1]) {
        const n: CountIn = { value: g.value, raw: g.raw, span: { start: prev.offset + g.start, end: prev.offset + g.end }, inferred: true };
        // The parts of the list: the first, and each later count after ',' or 'and' with a verb after it.
        for (const t of counts) {
          if (t !== first && !/(?:,|\band)\s+$/i.test(s.text.slice(Math.max(0, t.start - 6), t.start))) break;
          confirm(s, t, n, g.end, out);
        }
      }
    }
  }
  return out;
}
