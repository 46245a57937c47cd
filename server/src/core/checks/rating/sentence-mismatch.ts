import type { Rule } from '../rule.js';
import { normaliseWords } from '../../text.js';
import { gradeOf } from './derive.js';

/** Words that put a rating in the past or elsewhere: 'at the last inspection', 'previously rated'. */
const HISTORY = /\b(?:previous|previously|last|earlier|prior|former|formerly|before|was rated|were rated|had been rated|has been rated|at the time|(?:19|20)\d\d)\b/i;

/** Ratings of other things, several of them: 'care homes … were mostly rated good', 'most schools are rated good' (a criterion is one thing). */
const OTHERS_RATED = /\b(?:were|are|have\s+been)\s+(?:[a-z]+ly\s+)+rated\b|\b(?:mostly|mainly|largely|generally|usually|all|most|many|some|several|both)\s+(?:(?:were|are|have\s+been)\s+)?rated\b/i;

/** The sentence of `text` around offset `i`. */
function sentenceAround(text: string, i: number): string {
  let start = i;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = i;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

const FM = '---\ntitle: Example\nframework: cqc-saf-2024\n---\n\n';
const kq = (rating: string, sentence: string) => `${FM}## 1.3 Caring\n\nRating: ${rating}\n\n${sentence}\n`;

/** Grade words as a linear-time alternation, longest first. */
function gradePattern(grades: readonly string[]): RegExp {
  const words = [...grades].sort((a, b) => b.length - a.length).map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // 'rated as good', 'rated Good', 'rated this key question as good' (up to four words before 'as').
  return new RegExp(`rated\\s+(?:(?:[\\p{L}'’-]+\\s+){0,4}?as\\s+)?['‘"“]?(${words.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
}

/** Where 'rated' starts a word: the full pattern is tried only there (sticky), not at every offset. */
const RATED = /\brated\b/gi;

/** The matches of a sticky `pattern` at each 'rated' of `text`. */
function* ratedMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  RATED.lastIndex = 0;
  for (let r = RATED.exec(text); r; r = RATED.exec(text)) {
    pattern.lastIndex = r.index;
    const m = pattern.exec(text);
    if (m) yield m;
  }
}

export const rule: Rule = {
  meta: {
    id: 'rating/sentence-mismatch',
    severity: 'error',
    summary: "A rating sentence in the prose ('this key question is rated as Good') that disagrees with the grade line.",
    description:
      "Reports often restate a criterion's rating in a sentence: 'We rated this key question as requires improvement'. The sentence must name the grade of the criterion's own grade line. The preferred quick fix changes the sentence (it restates the grade line); the other changes the grade line to the sentence's word.",
    needsFramework: true,
    examples: {
      ok: [
        kq('Good', 'We rated this key question as good.'),
        kq('Outstanding', 'Caring is rated Outstanding.'),
        kq('Good', 'At the last inspection we rated caring as requires improvement.'),
        kq('Requires improvement', 'Care homes in the area were mostly rated good.'),
      ],
      notOk: [kq('Good', 'This key question is rated as Requires improvement.'), kq('Requires improvement', 'We rated caring as good.')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    if (fw.grades.length === 0) return;
    const pattern = gradePattern(fw.grades);
    for (const c of ctx.report.criteria) {
      const written = gradeOf(fw, c);
      if (!c.grade || !written) continue;
      const start = c.grade.span.end;
      const text = ctx.text.slice(start, c.span.end);
      let others: string[] | undefined;
      for (const m of ratedMatches(text, pattern)) {
        const word = m[1]!;
        const said = fw.grade(word);
        if (!said || said === written) continue;
        // Precision: a sentence about an earlier inspection, or about another criterion, may name another rating.
        const sentence = ` ${normaliseWords(sentenceAround(text, m.index))} `;
        others ??= ctx.report.criteria.filter((o) => o !== c).map((o) => normaliseWords(fw.criterion(o.id)?.title ?? o.title));
        if (HISTORY.test(sentence) || OTHERS_RATED.test(sentence) || others.some((t) => t.length > 2 && sentence.includes(` ${t} `))) continue;
        const at = start + m.index + m[0].length - word.length;
        const span = { start: at, end: at + word.length };
        // Keep the sentence's capitalisation style: 'rated as good' stays lower case.
        const lower = word === word.toLowerCase();
        const newWord = lower ? written.toLowerCase() : written;
        emit({
          message: `the text says ${c.id} is rated '${word}', but its grade line says '${c.grade.raw}'`,
          span,
          related: [{ span: c.grade.valueSpan, message: `${c.id} is rated here` }],
          fix: { title: `Change the sentence to '${newWord}'`, edits: [{ span, newText: newWord }] },
          alternatives: [{ title: `Change the rating to '${said}'`, edits: [{ span: c.grade.valueSpan, newText: said }] }],
        });
      }
    }
  },
};
