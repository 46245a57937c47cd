/**
 * A percentage on its own, with no count or total beside it: 'in 85% of
 * cases', 'nearly 40%'. It is listed (unchecked), with the interval its hedge
 * gives ('nearly', 'over', 'about': `../interval.ts`), unless it is a share of
 * a group of people or cases above 100%, which is impossible.
 */
import type { ClaimRecord } from '../claim.js';
import { percentInterval } from '../interval.js';
import { impossible, pctOperand, unchecked, written, type PctIn } from '../judge.js';
import type { Tok } from '../scan.js';
import type { Reading } from './reading.js';
import { plainInterval } from './shared.js';

/** The last reading of a percentage token: it is read on its own. */
export function percentAlone(r: Reading, i: number): boolean {
  const { text, at, toks, used, claimBase, pctIn, emit, pushBase } = r;
  const t = toks[i]!;
  const p = pctIn(t);
  used.add(t);
  const isShare = shareContext(text, t);
  emit(barePercent(claimBase(t.hedge ? t.hedge.start : t.start, t.end, 'percent'), p, isShare, isShare && ofGroup(text, t)));
  if (isShare) pushBase({ end: at + t.end, p, implicitN: true, back: r.anaphoraBefore(t.start) });
  return true;
}

/** The claim of a percentage with no stated total: impossible above 100% of a group, else unchecked (with its hedge's interval). */
export function barePercent(base: Parameters<typeof unchecked>[0], p: PctIn, isShare: boolean, ofGroup = isShare): ClaimRecord {
  const S = 10 ** p.decimals;
  if (ofGroup && p.scaled > 100 * S && p.hedge?.kind !== 'below' && p.hedge?.kind !== 'justBelow' && p.hedge?.kind !== 'nearly' && p.hedge?.kind !== 'atMost') {
    return impossible(base, [pctOperand(p)], `${written(p)} of a group: a share cannot exceed 100%`, `${written(p)} of a group is more than the whole`);
  }
  const said = p.hedge ? `${p.hedge.raw} ${written(p)}` : written(p);
  const extra = { ...(isShare ? { share: true } : {}), ...(p.hedge ? { qualifier: p.hedge.raw, interval: plainInterval(percentInterval(p.scaled, p.decimals, p.hedge.kind)) } : {}) };
  return unchecked(base, [pctOperand(p)], isShare ? `${said} of an unstated total` : said, extra);
}

/** Whether a percentage reads as a share of a group: 'in 85% of cases', 'in an impressive 96%', '80% of the offenders'. */
function shareContext(text: string, t: Tok): boolean {
  const after = text.slice(t.end, t.end + 40);
  const before = text.slice(Math.max(0, t.start - 40), t.hedge ? t.hedge.start : t.start);
  if (/^\s+of\s+(?:the\s+)?(?:target|national|average|budget|capacity|the\s+target)\b/i.test(after)) return false;
  if (/^\s+of\s/i.test(after)) return true;
  if (/\b(?:in|for)\s+(?:only\s+|just\s+|a\s+(?:further\s+)?|an\s+)?(?:[a-z]+\s+){0,2}$/i.test(before) && !/\b(?:increase|rise|fall|decrease|improvement|reduction)\s+(?:of\s+)?in\s+$/i.test(before)) return true;
  return false;
}

const GROUP_NOUNS = /^\s*(?:of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:cases|offenders|reports|people|staff|victims|respondents|orders|plans|assessments|records|sentences|licences|men|women|children|young\s+people|them|these|those|sample)\b|$|[,.;)])/i;

/** A share of a group of people or cases (not of a target): 'in 104% of cases', 'in 104%.' — over 100% is impossible. */
function ofGroup(text: string, t: Tok): boolean {
  return GROUP_NOUNS.test(text.slice(t.end, t.end + 60)) && !/\b(?:target|capacity|budget|average|baseline)\b/i.test(text.slice(t.end, t.end + 40));
}
