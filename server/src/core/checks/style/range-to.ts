import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { proseRuns } from './prose.js';

const body = (s: string) => FM + criterion('2.3', 'Victims', '66%', `- (b) ${s}\n`, 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: 'style/range-to',
    severity: 'info',
    summary: "A range written with a hyphen or dash ('15-20') where the house style writes '15 to 20'.",
    description:
      "House style (`style.ranges: to`; ONS and GOV.UK both ask for it, GOV.UK except in tables): a range of numbers is written with 'to'. Tables are not checked, nor year spans such as 2023-24, whose fix is not a plain replacement. Off unless a framework sets it or a setting turns it on.",
    needsFramework: false,
    defaultOff: true,
    enabledBy: (fw) => (fw.data.style as { ranges?: string } | undefined)?.ranges === 'to',
    examples: {
      ok: [body('Around 15 to 20 people attended.'), body('In 2023-24 the service changed.')],
      notOk: [body('Around 15-20 people attended.'), body('Between 40%–50% of cases were late.')],
    },
  },
  check(ctx, emit) {
    const re = /(?<![\d.,-])(\d+(?:\.\d+)?%?)[ \u00a0]?[-\u2013\u2014][ \u00a0]?(\d+(?:\.\d+)?%?)(?![\d.,-]|\.\d)/g;
    for (const run of proseRuns(ctx)) {
      re.lastIndex = 0;
      for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
        const [a, b] = [m[1]!, m[2]!];
        if (/^\d{4}$/.test(a) && /^\d{2,4}$/.test(b)) continue;
        const span = { start: run.start + m.index, end: run.start + m.index + m[0].length };
        const newText = `${a} to ${b}`;
        emit({ message: `house style writes ranges with 'to': '${newText}'`, span, fix: { title: `Write '${newText}'`, edits: [{ span, newText }] } });
      }
    }
  },
};
