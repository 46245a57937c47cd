import type { Rule } from '../rule.js';
import { FM } from '../examples.js';
import { letterAt } from '../util.js';

const body = (letters: string[]) => letters.map((l) => `- (${l}) A finding.`).join('\n');

export const rule: Rule = {
  meta: {
    id: 'structure/finding-letters',
    severity: 'warning',
    summary: 'Finding letters that skip, repeat or go out of order within a group.',
    description:
      'Findings in each group are lettered (a), (b), (c)... without gaps. References such as `see 4.3d` rely on it. The quick fix reletters the group; renaming a letter from the editor also updates references.',
    needsFramework: false,
    examples: {
      ok: [FM + `## 2.3 Victims\n\n66%\n\n### Strengths\n\n${body(['a', 'b', 'c'])}\n\n### Areas for Improvement\n\n${body(['a', 'b'])}\n`],
      notOk: [
        FM + `## 2.3 Victims\n\n66%\n\n### Strengths\n\n${body(['a', 'c'])}\n`,
        FM + `## 2.3 Victims\n\n66%\n\n### Strengths\n\n${body(['a', 'b', 'b'])}\n`,
        FM + `## 2.3 Victims\n\n66%\n\n### Strengths\n\n${body(['b', 'a'])}\n`,
      ],
    },
  },
  check(ctx, emit) {
    for (const c of ctx.report.criteria) {
      for (const g of c.groups) {
        // Unlettered bullet findings (a framework's `findings.style`) have no letters to check.
        if (g.findings.some((f) => f.bulleted)) continue;
        const wrong = g.findings.map((f, i) => ({ f, expected: letterAt(i) })).filter((x) => x.f.letter !== x.expected);
        if (wrong.length === 0) continue;
        const { f, expected } = wrong[0]!;
        const i = g.findings.indexOf(f);
        const seenBefore = g.findings.slice(0, i).some((x) => x.letter === f.letter);
        const why = seenBefore ? `(${f.letter}) repeats` : f.letter > expected ? `(${expected}) is skipped` : `(${f.letter}) is out of order`;
        emit({
          message: `${c.id} ${g.label}: ${why}; expected (${expected}) here`,
          span: f.letterSpan,
          fix: {
            title: `Reletter ${c.id} ${g.label} from (a) to (${letterAt(g.findings.length - 1)})`,
            edits: wrong.map((w) => ({ span: w.f.letterSpan, newText: w.expected })),
          },
        });
      }
    }
  },
};
