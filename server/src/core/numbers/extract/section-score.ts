/**
 * Score lines: a criterion's own score line ('Score: 73%') is not a claim to
 * judge here; a section's stated score ('Section score: 68%', or in prose
 * 'The section 1 score was 73%') is a `section-score` claim, checked on the
 * assembled model (`../section.ts`), since it needs the section's criteria.
 */
import type { BlockData } from '../../parse/block.js';
import type { ClaimRecord } from '../claim.js';
import { sectionScoreClaim } from '../table.js';
import { foldSpace } from './shared.js';

const SCORE_LINE = /^(?:(?:overall\s+)?score\s*:\s*)?\d{1,3}(?:\.\d+)?\s*%$/i;
const SECTION_SCORE_LINE = /^(?:(?:section|overall|mean|average)\s+)?(?:score|mean|average)?\s*(?:score)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\s*%$/i;
const SECTION_SCORE_PROSE = /\bsection\s+(\d+)(?:\s+(?:overall|mean|average))?\s+(?:score|mean|average)(?:\s+(?:was|is|of|stood\s+at))?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\s*%/gi;

/**
 * When the scope `raw` (at absolute offset `at`) is a score line under its heading, the claims it
 * makes (none for a criterion's score, the stated score for a section's); otherwise undefined.
 */
export function scoreLine(heading: BlockData['heading'], raw: string, at: number): ClaimRecord[] | undefined {
  // Both score-line patterns end in '%', so only a scope whose last visible character is '%'
  // can match: the folded text is built for those alone.
  const plain = (heading?.kind === 'criterion' || heading?.kind === 'section') && endsWithPercent(raw) ? foldSpace(raw) : '';
  if (heading?.kind === 'criterion' && SCORE_LINE.test(plain)) return [];
  if (heading?.kind === 'section') {
    const m = SECTION_SCORE_LINE.exec(plain);
    if (m && /\d/.test(plain)) {
      const pos = raw.indexOf(m[1]!);
      const pctEnd = raw.indexOf('%', pos) + 1;
      return [sectionScoreClaim(heading.id!, at + pos, at + pctEnd, raw.slice(pos, pctEnd))];
    }
  }
  return undefined;
}

/** Stated section scores written as prose ('The section 1 score was 73%') in the scope `raw` at absolute offset `at`. */
export function sectionScoresInProse(raw: string, at: number): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  SECTION_SCORE_PROSE.lastIndex = 0;
  for (let m = SECTION_SCORE_PROSE.exec(raw); m; m = SECTION_SCORE_PROSE.exec(raw)) {
    const pos = m.index + m[0].lastIndexOf(m[2]!);
    const end = raw.indexOf('%', pos) + 1;
    out.push(sectionScoreClaim(m[1]!, at + pos, at + end, raw.slice(pos, end)));
  }
  return out;
}

/** Whether the last character that is not white space is '%' (the last character of `foldSpace(s)`). */
function endsWithPercent(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && WHITE.test(s[i]!)) i--;
  return i >= 0 && s[i] === '%';
}
const WHITE = /\s/;
