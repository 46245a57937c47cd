import type { Rule } from '../rule.js';
import { gradeOf } from './derive.js';

const FM = '---\ntitle: Example\nframework: cqc-saf-2024\n---\n\n';
const kq = (rating: string, sentence: string) => `${FM}## 1.3 Caring\n\nRating: ${rating}\n\n${sentence}\n`;

/** Grade words as a linear-time alternation, longest first. */
function gradePattern(grades: readonly string[]): RegExp {
  const words = [...grades].sort((a, b) => b.length - a.length).map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // 'rated as good', 'rated Good', 'rated this key question as good' (up to four words before 'as').
  return new RegExp(`\\brated\\s+(?:(?:[\\p{L}'’-]+\\s+){0,4}?as\\s+)?['‘"“]?(${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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
      ok: [kq('Good', 'We rated this key question as good.'), kq('Outstanding', 'Caring is rated Outstanding.')],
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
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const word = m[1]!;
        const said = fw.grade(word);
        if (!said || said === written) continue;
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
