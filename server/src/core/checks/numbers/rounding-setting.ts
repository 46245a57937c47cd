import { FM, criterion } from '../examples.js';
import { RULE } from '../../numbers/claim.js';
import { ROUNDING_WORDS, decimalsValue, roundingWord } from '../../numbers/policy.js';
import type { Rule } from '../rule.js';
import { closest } from '../util.js';

const withFm = (lines: string) => `---\ntitle: Example\nframework: hmip-omi-2007\n${lines}\n---\n\n` + criterion('1.1', 'Preparing for sentence', '79%', '', 'Performance against this criterion was good.');

export const rule: Rule = {
  meta: {
    id: RULE.roundingSetting,
    severity: 'warning',
    summary: "A front matter 'rounding:' or 'decimals:' value the checker does not know.",
    description:
      "The front matter may set how the report rounds percentages: `rounding: nearest` (the default; an exact half either way), `half-up`, `half-down`, `half-even`, `truncate`, `ceiling` or `any`, and `decimals: 0` to `4` (the fewest decimal places a percentage is read with). An unknown value is ignored, and reported here with the nearest known word as a quick fix.",
    needsFramework: false,
    examples: {
      ok: [FM + criterion('1.1', 'Preparing for sentence', '79%', '', 'Performance against this criterion was good.'), withFm('rounding: truncate\ndecimals: 1')],
      notOk: [withFm('rounding: nearst'), withFm('decimals: many')],
    },
  },
  check(ctx, emit) {
    const fm = ctx.report.frontMatter;
    if (!fm) return;
    const r = fm.values.rounding;
    const rSpan = fm.valueSpans.rounding ?? fm.keySpans.rounding;
    if (r !== undefined && !roundingWord(r) && rSpan) {
      const words = Object.keys(ROUNDING_WORDS);
      const best = closest(r.trim(), words);
      emit({
        message: `'${r}' is not a rounding convention; use one of ${words.join(', ')}`,
        span: rSpan,
        fix: best ? { title: `Change to '${best}'`, edits: [{ span: rSpan, newText: best }] } : undefined,
      });
    }
    const d = fm.values.decimals;
    const dSpan = fm.valueSpans.decimals ?? fm.keySpans.decimals;
    if (d !== undefined && decimalsValue(d) === undefined && dSpan) {
      emit({ message: `'decimals' is a whole number of decimal places from 0 to 4, not '${d}'`, span: dSpan });
    }
  },
};
