import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { numberToWords } from '../../numbers/words.js';
import { capitalise, proseRuns } from './prose.js';

const body = (s: string) => FM + criterion('2.3', 'Victims', '66%', `- (b) ${s}\n`, 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: 'style/sentence-start-numeral',
    severity: 'info',
    summary: 'A sentence that starts with a numeral.',
    description:
      "House style (`style.noNumeralAtSentenceStart: true`; ONS and GOV.UK both ask for it): a sentence does not start with a numeral. The quick fix writes a whole number up to 100 in words; other figures need the sentence rearranged. Off unless a framework sets it or a setting turns it on.",
    needsFramework: false,
    defaultOff: true,
    enabledBy: (fw) => (fw.data.style as { noNumeralAtSentenceStart?: boolean } | undefined)?.noNumeralAtSentenceStart === true,
    examples: {
      ok: [body('Twelve cases were reviewed.'), body('We reviewed 12 cases.')],
      notOk: [body('12 cases were reviewed.'), body('The plan was late. 40% of cases had none.')],
    },
  },
  check(ctx, emit) {
    for (const run of proseRuns(ctx)) {
      const t = run.text;
      const re = /(^\s*|[.!?]\s+)(\d[\d,]*(?:\.\d+)?)/g;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const raw = m[2]!;
        const at = m.index + m[1]!.length;
        const span = { start: run.start + at, end: run.start + at + raw.length };
        const next = t.slice(at + raw.length);
        const n = /^\d+$/.test(raw) ? Number(raw) : undefined;
        const words = n !== undefined && n <= 100 && !/^\s*(?:%|per cent)/.test(next) ? numberToWords(n) : undefined;
        emit({
          message: `a sentence starts with the numeral '${raw}'`,
          span,
          fix: words ? { title: `Write '${capitalise(words)}'`, edits: [{ span, newText: capitalise(words) }] } : undefined,
        });
      }
    }
  },
};
