/**
 * Shares chained by 'a further' and 'another', in one sentence or over two
 * (issue 9, families 4 and 13):
 *
 *   'just 31% of them were treated within the year. A further 37% were not
 *   accepted …, and another 32% were still waiting when the year ended.'
 *
 * 'A further P%' and 'another P%' count cases beyond those of the share
 * before, of the same whole: the chain's shares cannot add up to more than
 * 100% beyond rounding, whatever each one says. A sum short of 100% may
 * leave cases out and makes no claim. Two shares that say the same ('were
 * rated good …', 'were rated good …') are two breakdowns of one answer. The chain is the share before the first
 * mark and every marked share after it, with no other share between; a marked
 * share that names a whole of its own ('a further 20% of girls') breaks it,
 * as does a share written as an earlier figure ('up from 30%').
 */
import { RULE, type ClaimRecord } from '../claim.js';
import type { Tok } from '../scan.js';
import { depthAt, previousShare, sharesTotal } from './common.js';
import type { SentenceView } from './index.js';

/** Right before a marked share: 'a further', 'another', after nothing, 'and', 'but', 'while' or a comma. */
const MARK = /(?:^|[,;]\s*|\b(?:and|but|while|with)\s+|^\s*)(?:a\s+further|another)\s+$/i;
/** After a marked share: a whole of its own ('of girls', 'of the secondary schools'), not 'of them'. */
const OWN_WHOLE = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?!them\b|these\b|those\b|whom\b|which\b)[a-z]/i;
/** A hedge that means 'only', not 'about': 'just 31%', 'only 12%'. */
const ONLY = /^(?:just|only)$/i;

interface Share {
  tok: Tok;
  text: string;
  offset: number;
  marked: boolean;
}

/** The first three words said of a share ('were treated within'), from its verb ('of the staff were rated good'). */
function predicate(text: string, t: Tok): string {
  let rest = text.slice(t.end, t.end + 100).replace(/^\s*(?:%|per\s?cent|percent)?\s*/i, '');
  // 'of the staff were rated good': from the verb.
  const verb = /\b(?:were|was|are|is|had|have|has)\b/i.exec(rest.slice(0, 60));
  if (verb) rest = rest.slice(verb.index);
  return (rest.toLowerCase().match(/[a-z][\w'-]*/g) ?? []).slice(0, 3).join(' ');
}

function sharesOfSentence(text: string, toks: readonly Tok[], offset: number): Share[] | undefined {
  const out: Share[] = [];
  for (const t of toks) {
    if (t.kind !== 'pct') continue;
    if (depthAt(text, t.start) > 0) continue;
    const at = t.hedge?.start ?? t.start;
    const marked = MARK.test(text.slice(Math.max(0, at - 24), at));
    out.push({ tok: t, text, offset, marked });
  }
  return out;
}

export function readFurtherShares(s: SentenceView): ClaimRecord[] {
  if (!/\b(?:further|another)\b/i.test(s.text)) return [];
  const prev = s.previous?.[s.previous.length - 1];
  const here = sharesOfSentence(s.text, s.toks, s.offset) ?? [];
  const before = prev ? (sharesOfSentence(prev.text, prev.toks, prev.offset) ?? []) : [];
  const all = [...before, ...here];
  // The chain ends at the last marked share of this sentence.
  let end = -1;
  for (let i = all.length - 1; i >= before.length; i--) {
    if (all[i]!.marked) {
      end = i;
      break;
    }
  }
  if (end < 1) return [];
  let start = end;
  while (start > 0 && all[start]!.marked) start--;
  const chain = all.slice(start, end + 1);
  if (chain.length < 2 || chain[0]!.marked) return [];
  for (const [i, x] of chain.entries()) {
    // A hedged share is a range, except 'just' or 'only'; an earlier figure is no part.
    if (x.tok.hedge && !ONLY.test(x.tok.hedge.raw.trim())) return [];
    if (previousShare(x.text, x.tok)) return [];
    if (i > 0 && OWN_WHOLE.test(x.text.slice(x.tok.end, x.tok.end + 40))) return [];
  }
  // Two shares that say the same ('were rated good at the appraisal', 'were rated good by their managers') are two
  // breakdowns of one answer, not parts of one whole.
  const said = chain.map((x) => predicate(x.text, x.tok));
  if (new Set(said).size !== said.length) return [];
  // Each written share stands for half a unit of its last place either side (a whole unit for truncation).
  const { off, slack2, operands, expr } = sharesTotal(chain, s.policy);
  const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
  if (Math.abs(off) <= slack2) return [{ kind: 'shares-sum', span, arithmetic: `${expr} ≈ 100% ✓ ('a further' and 'another' count the rest of one whole)`, verdict: 'ok', operands }];
  // Short of the whole: other cases may be left out, and the chain says nothing more.
  if (off < 0) return [];
  return [
    {
      kind: 'shares-sum',
      span,
      arithmetic: `${expr}, more than 100%: 'a further' and 'another' count cases beyond the share before, of the same whole`,
      verdict: 'inconsistent',
      rule: RULE.partsSum,
      message: `These shares count different cases of one whole ('a further', 'another'), so they cannot add up to more than 100%, but ${expr}`,
      operands,
    },
  ];
}
